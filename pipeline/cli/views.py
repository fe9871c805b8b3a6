"""Terminal views of one report and of flags: 100 columns, the reader's language, safe text.

Document text goes through `terminal_text` (no escape sequences) and rich's `escape` (no
markup). Money is shown in 万元 with separators, rates in percent; item codes are never
broken inside a word (their column does not wrap, and flag lines wrap at spaces).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.outputs.compare import KIND_LABELS, fmt_number, fmt_pct, fmt_wan
from pipeline.outputs.flagview import FlagView, flag_value, review_label
from schemas.messages import Lang, item_label, resolve_lang, t
from schemas.safe_text import terminal_text
from schemas.tables import RATE_ITEMS

SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "blue"}
REVIEW_STYLE = {"confirmed": "red", "dismissed": "green", "follow_up": "magenta", None: "dim"}

# section name -> (query, columns shown); every query takes the report id
SECTION_SQL: dict[str, str] = {
    "budget_items": "SELECT item, basis, value, stated, page, char_start, char_end FROM budget_items "
                    "WHERE report_id = ? ORDER BY page NULLS LAST, char_start NULLS LAST",
    "projects": "SELECT name, fund_source, budget, executed, execution_rate, page, char_start, char_end "
                "FROM projects WHERE report_id = ? ORDER BY page NULLS LAST, char_start NULLS LAST",
    "indicators": "SELECT project, level1, level2, name, target, actual, weight, score, page FROM indicators "
                  "WHERE report_id = ?",
    "metrics": "SELECT section, subject, value, unit, qualifier, stated, page, char_start, char_end FROM metrics "
               "WHERE report_id = ? ORDER BY page NULLS LAST, char_start NULLS LAST",
    "findings": "SELECT kind, ordinal, text, page FROM findings WHERE report_id = ? ORDER BY kind, ordinal",
}
FACT_FIELDS = ("source_path", "source_format", "status", "error", "department", "province", "city", "county",
               "fiscal_year", "report_kind", "project_name", "self_score", "grade", "external_grade", "n_pages",
               "pipeline_version")


def json_value(value: Any) -> Any:
    """A value for JSON: decimals as exact strings, times as ISO 8601."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def report_sections(con: duckdb.DuckDBPyConnection, report_id: str) -> dict[str, tuple[list[dict[str, Any]], int]]:
    out = {}
    for name, sql in SECTION_SQL.items():
        cur = con.execute(sql, [report_id])
        cols = [d[0] for d in cur.description]
        rows = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        out[name] = (rows, len(rows))
    return out


def _safe(value: Any) -> str:
    return escape(terminal_text(value))


def where(page: int | None, start: int | None = None, end: int | None = None, lang: Lang | None = None) -> str:
    """`第2页 120–128` / `p.2 120–128`: the page and the offsets a figure was read at."""
    lang = resolve_lang(lang)
    if page is None and start is None:
        return ""
    text = "" if page is None else t("where.page", lang, page=page)
    if start is not None:
        text += f" {start}–{end}" if end is not None else f" {start}"
    return text.strip()


def _table(title: str, headers: list[tuple[str, dict[str, Any]]]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for header, options in headers:
        table.add_column(header, **options)
    return table


def _item_value(item: str, value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{fmt_pct(value)}%" if item in RATE_ITEMS else fmt_wan(value)


def section_table(name: str, rows: list[dict[str, Any]]) -> Table:
    lang = resolve_lang()
    title = t(f"show.section.{name}", n=len(rows))
    wrap = {"overflow": "fold"}
    if name == "budget_items":
        table = _table(title, [(t("show.col.item"), wrap), (t("show.col.code"), {"no_wrap": True}),
                               (t("show.col.basis"), {"no_wrap": True}),
                               (t("show.col.value_wan"), {"justify": "right", "no_wrap": True}),
                               (t("show.col.stated"), wrap), (t("show.col.where"), {"no_wrap": True})])
        for r in rows:
            basis = t(f"basis.{r['basis']}") if r["basis"] else ""
            table.add_row(escape(item_label(r["item"], lang)), r["item"], escape(basis),
                          _item_value(r["item"], r["value"]), _safe(r["stated"]),
                          where(r["page"], r["char_start"], r["char_end"]))
        return table
    if name == "projects":
        table = _table(title, [(t("show.col.project"), wrap), (t("show.col.budget_wan"), {"justify": "right"}),
                               (t("show.col.executed_wan"), {"justify": "right"}),
                               (t("show.col.rate"), {"justify": "right"}), (t("show.col.where"), {"no_wrap": True})])
        for r in rows:
            table.add_row(_safe(r["name"]) + (f" ({_safe(r['fund_source'])})" if r["fund_source"] else ""),
                          fmt_wan(r["budget"]), fmt_wan(r["executed"]), fmt_pct(r["execution_rate"]),
                          where(r["page"], r["char_start"], r["char_end"]))
        return table
    if name == "indicators":
        table = _table(title, [(t("show.col.level"), wrap), (t("show.col.indicator"), wrap),
                               (t("show.col.target"), wrap), (t("show.col.actual"), wrap),
                               (t("show.col.weight"), {"justify": "right"}), (t("show.col.score"), {"justify": "right"}),
                               (t("show.col.page"), {"justify": "right"})])
        for r in rows:
            level = " / ".join(terminal_text(v) for v in (r["level1"], r["level2"]) if v)
            name_text = _safe(r["name"]) + (f" [{_safe(r['project'])}]" if r["project"] else "")
            table.add_row(escape(level), name_text, _safe(r["target"]), _safe(r["actual"]),
                          fmt_number(r["weight"]), fmt_number(r["score"]), _safe(r["page"]))
        return table
    if name == "metrics":
        table = _table(title, [(t("show.col.section"), wrap), (t("show.col.subject"), wrap),
                               (t("show.col.value"), {"justify": "right"}), (t("show.col.stated"), wrap),
                               (t("show.col.where"), {"no_wrap": True})])
        for r in rows:
            amount = fmt_wan(r["value"]) + "万元" if r["unit"] == "元" else fmt_number(r["value"]) + terminal_text(r["unit"])
            value = amount + (f" ({terminal_text(r['qualifier'])})" if r["qualifier"] else "")
            table.add_row(_safe(r["section"]), _safe(r["subject"]), escape(value), _safe(r["stated"]),
                          where(r["page"], r["char_start"], r["char_end"]))
        return table
    table = _table(title, [(t("show.col.kind"), {"no_wrap": True}), ("#", {"justify": "right"}),
                           (t("show.col.text"), wrap), (t("show.col.page"), {"justify": "right"})])
    for r in rows:
        table.add_row(escape(t(f"finding.{r['kind']}")), _safe(r["ordinal"]), _safe(r["text"]), _safe(r["page"]))
    return table


def flag_lines(f: FlagView, with_file: bool = False) -> list[str]:
    """A flag in two or three lines: severity, rule, where, review, id; the sentence; the figures."""
    style = SEVERITY_STYLE.get(f.severity, "")
    head = [f"[{style}]● {escape(t(f'severity.{f.severity}'))}[/{style}]", f"[bold]{escape(f.rule)}[/bold]"]
    if with_file:
        head.append(_safe(f.file))
    if f.page is not None:
        head.append(escape(t("where.page", page=f.page)))
    review_style = REVIEW_STYLE.get(f.review_state, "")
    head.append(f"[{review_style}]{escape(review_label(f.review_state))}[/{review_style}]")
    head.append(f"#{f.short_id}")
    lines = [" · ".join(head), _safe(f.message)]
    figures = []
    if f.expected is not None or f.stated is not None:
        figures.append(escape(t("flags.figures", expected=flag_value(f.items, f.expected),
                                stated=flag_value(f.items, f.stated))))
    if f.items:
        figures.append(escape(t("flags.items", items=", ".join(f.items))))
    if figures:
        lines.append("[dim]" + " · ".join(figures) + "[/dim]")
    if f.review_state is not None:
        when = f.reviewed_at.strftime("%Y-%m-%d") if f.reviewed_at else ""
        lines.append(escape(t("flags.reviewed", state=review_label(f.review_state), reviewer=terminal_text(
            f.reviewer), when=when, note=terminal_text(f.review_note or "—"))))
    return lines


def print_flag(console: Console, f: FlagView, with_file: bool = False) -> None:
    """A flag's head line, then its sentence, figures and review indented (also when they wrap)."""
    from rich.padding import Padding
    from rich.text import Text

    head, *rest = flag_lines(f, with_file)
    console.print(head)
    for line in rest:
        console.print(Padding(Text.from_markup(line), (0, 0, 0, 2)))


def print_report(console: Console, report: dict[str, Any], sections: dict[str, tuple[list[dict[str, Any]], int]],
                 flags: list[FlagView]) -> None:
    title = report["title"] or Path(report["source_path"]).name
    console.rule(_safe(title))
    console.print(f"[bold]{escape(t('show.field.report_id'))}[/bold]: {report['report_id']}")
    for k in FACT_FIELDS:
        value = report.get(k)
        if value is None:
            continue
        if k == "report_kind":
            value = KIND_LABELS.get(str(value), str(value)) if resolve_lang() is Lang.ZH else value
        elif k == "status":
            value = t(f"status.{value}")
        console.print(f"[bold]{escape(t(f'show.field.{k}'))}[/bold]: {_safe(value)}")
    for name, (rows, _) in sections.items():
        if rows:
            console.print(section_table(name, rows))
    if flags:
        open_n = sum(f.is_open and f.severity != "info" for f in flags)
        console.print(f"[bold]{escape(t('show.section.flags', n=len(flags), open=open_n))}[/bold]")
        for f in flags:
            print_flag(console, f)
