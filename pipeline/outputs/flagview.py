"""Flags as readers see them: the sentence in their language, the report they belong to, the review.

Read from the dataset: `flags` (its `figures` rendered with `schemas.messages`), `reports`
and `reviews` (`jixiao review`). Used by `jixiao flags`, `show`, `review`, `compare`, the
HTML report and the exports, so every output shows the same state.

Review states as filters: `open` (not reviewed, or marked follow-up), `unreviewed`,
`reviewed`, `confirmed`, `dismissed`, `follow_up`. Open flags are what is left to do;
`confirmed` and `dismissed` ones are closed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from pipeline.outputs.compare import fmt_number, fmt_pct, fmt_wan
from pipeline.outputs.reviewsql import flag_key_sql, review_sql, reviews_sql
from pipeline.storage.reviews import has_column, has_table
from schemas.messages import Lang, render_stored, resolve_lang, t
from schemas.tables import ITEM_CODES, RATE_ITEMS, ReviewFilter, ReviewState

MONEY_ITEMS = frozenset(ITEM_CODES) - RATE_ITEMS
SEVERITY_ORDER = "CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"
OPEN_SEVERITIES = ("error", "warning")  # info flags ask for nothing; they are not counted as open


def review_label(state: str | None, lang: Lang | str | None = None) -> str:
    return t(f"review.{state or 'unreviewed'}", lang)


def is_open(state: str | None) -> bool:
    return state is None or state == ReviewState.FOLLOW_UP.value


@dataclass(frozen=True)
class FlagFilter:
    """Which flags; every field optional."""

    severity: str | None = None
    rule: str | None = None  # prefix of the rule id
    department: str | None = None  # substring
    report_ids: tuple[str, ...] | None = None
    review: ReviewFilter | None = None
    flag_keys: tuple[str, ...] | None = None  # prefixes of flag keys

    @property
    def narrowed(self) -> bool:
        return any(v is not None for v in (self.severity, self.rule, self.department, self.report_ids,
                                           self.review, self.flag_keys))

    def where(self) -> tuple[str, list[Any]]:
        sql: list[str] = ["1=1"]
        params: list[Any] = []
        if self.severity:
            sql.append("f.severity = ?")
            params.append(self.severity)
        if self.rule:
            sql.append("f.rule LIKE ?")
            params.append(self.rule.replace("%", r"\%").replace("_", r"\_") + "%")
            sql[-1] += " ESCAPE '\\'"
        if self.department:
            sql.append("r.department LIKE ?")
            params.append(f"%{self.department}%")
        if self.report_ids is not None:
            sql.append("list_contains(?, f.report_id)")
            params.append(list(self.report_ids))
        if self.flag_keys is not None:
            sql.append("(" + " OR ".join("starts_with(k.flag_key, ?)" for _ in self.flag_keys or ("",)) + ")")
            params.extend(self.flag_keys or ("\x00",))
        if self.review is not None:
            sql.append(review_sql(self.review, "v"))
        return " AND ".join(sql), params


@dataclass(frozen=True)
class FlagView:
    flag_key: str
    report_id: str
    source_path: str
    department: str | None
    title: str | None
    fiscal_year: int | None
    rule: str
    severity: str
    items: tuple[str, ...]
    expected: Decimal | None
    stated: Decimal | None
    message: str  # in the language asked for
    page: int | None
    review_state: str | None = None
    review_note: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    stored_message: str | None = field(default=None, compare=False)

    @property
    def short_id(self) -> str:
        return self.flag_key[:8]

    @property
    def file(self) -> str:
        return Path(self.source_path).name

    @property
    def is_open(self) -> bool:
        return is_open(self.review_state)

    def as_json(self, lang: Lang | str | None = None) -> dict[str, Any]:
        return {
            "flag_id": self.flag_key, "report_id": self.report_id, "source_path": self.source_path,
            "department": self.department, "title": self.title, "fiscal_year": self.fiscal_year,
            "rule": self.rule, "severity": self.severity, "items": list(self.items),
            "expected": None if self.expected is None else str(self.expected),
            "stated": None if self.stated is None else str(self.stated),
            "message": self.message, "page": self.page,
            "review": None if self.review_state is None else {
                "state": self.review_state, "note": self.review_note, "reviewer": self.reviewer,
                "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None},
        }


def _figures_sql(con: duckdb.DuckDBPyConnection) -> str:
    return "f.figures" if has_column(con, "flags", "figures") else "NULL::VARCHAR"


def load_flags(con: duckdb.DuckDBPyConnection, filt: FlagFilter | None = None,
               lang: Lang | str | None = None) -> list[FlagView]:
    """Flags with their report and review, errors first, in the language asked for."""
    filt = filt or FlagFilter()
    lang = resolve_lang(lang)
    where, params = filt.where()
    rows = con.execute(f"""
        SELECT k.flag_key, f.report_id, r.source_path, r.department, r.title, r.fiscal_year, f.rule, f.severity,
               f.items, f.expected, f.stated, k.figures, f.message, f.page,
               v.state, v.note, v.reviewer, v.reviewed_at
        FROM flags f
        JOIN reports r USING (report_id)
        CROSS JOIN LATERAL (SELECT {flag_key_sql(con)} AS flag_key, {_figures_sql(con)} AS figures) k
        LEFT JOIN {reviews_sql(con)} v ON v.flag_key = k.flag_key
        WHERE {where}
        ORDER BY r.source_path, {SEVERITY_ORDER}, f.rule, f.page NULLS LAST, k.flag_key
    """, params).fetchall()
    out = []
    for (key, rid, path, dept, title, year, rule, severity, items, expected, stated, figures, message, page,
         state, note, reviewer, reviewed_at) in rows:
        codes = tuple(c.strip() for c in (items or "").split(",") if c.strip())
        out.append(FlagView(key, rid, path, dept, title, year, rule, severity, codes, expected, stated,
                            render_stored(figures, message, lang), page, state, note, reviewer, reviewed_at,
                            message))
    return out


@dataclass(frozen=True)
class StaleReview:
    """A review whose flag no longer appears (the report changed, or the rule no longer fires)."""

    flag_key: str
    report_id: str
    rule: str
    items: str | None
    state: str
    note: str | None
    reviewer: str
    reviewed_at: datetime
    message: str | None
    source_path: str | None  # None when the report itself is gone


def stale_reviews(con: duckdb.DuckDBPyConnection) -> list[StaleReview]:
    if not has_table(con, "reviews"):
        return []
    rows = con.execute(f"""
        SELECT v.flag_key, v.report_id, v.rule, v.items, v.state, v.note, v.reviewer, v.reviewed_at, v.message,
               r.source_path
        FROM reviews v LEFT JOIN reports r USING (report_id)
        WHERE v.flag_key NOT IN (SELECT {flag_key_sql(con)} FROM flags f)
        ORDER BY v.reviewed_at
    """).fetchall()
    return [StaleReview(*row) for row in rows]


def open_counts(con: duckdb.DuckDBPyConnection, report_ids: Sequence[str] | None = None) -> dict[str, int]:
    """Open error and warning flags per report (not reviewed, or marked follow-up)."""
    condition = "" if report_ids is None else "AND list_contains(?, f.report_id)"
    params: list[Any] = [] if report_ids is None else [list(report_ids)]
    rows = con.execute(f"""
        SELECT f.report_id, count(*) FROM flags f
        CROSS JOIN LATERAL (SELECT {flag_key_sql(con)} AS flag_key) k
        LEFT JOIN {reviews_sql(con)} v ON v.flag_key = k.flag_key
        WHERE f.severity IN ('error', 'warning') AND {review_sql(ReviewFilter.OPEN, 'v')} {condition}
        GROUP BY f.report_id
    """, params).fetchall()
    return {rid: int(n) for rid, n in rows}


def flag_value(codes: Sequence[str], value: Decimal | None) -> str:
    """A flag's expected/stated figure, in the unit of the first item it names (the figure `stated`
    refers to): a percent for a rate, 万元 for money, else the number as stored."""
    if value is None:
        return "—"
    first = codes[0].split("@")[0].removeprefix("projects.") if codes else ""
    if first in RATE_ITEMS:
        return f"{fmt_pct(value)}%"
    if first in MONEY_ITEMS or first in ("budget", "executed"):
        return f"{fmt_wan(value)}万元"
    return fmt_number(value)
