"""Checks across reports: what no single report can contradict by itself.

They run over the stored dataset after ingest (`jixiao validate`, the end of `ingest`)
and write `flags` rows with rule ids `cross.*` on the later report of each pair (the
outlier itself for `cross.score_outlier`). Each run replaces the previous `cross.*`
flags, so re-ingesting never leaves stale ones behind.

Only reports with extracted facts (`ok`, `partial`) take part. Figures stay Decimal.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from statistics import median

import duckdb

from pipeline.storage.rows import Row
from schemas.errors import StoreError
from schemas.facts import FlagParam, FlagText, flag_key
from schemas.messages import render
from schemas.tables import RATE_ITEMS

USABLE = ("ok", "partial")

CROSS_RULES: dict[str, str] = {
    "cross.duplicate_report": "the same department, year, kind and project stored from two files "
                              "(error when their figures differ, info when they agree)",
    "cross.budget_jump": "a department's 年初预算 changes by more than a factor from the previous year's",
    "cross.project_in_two_departments": "a project named by two departments in the same year",
    "cross.score_outlier": "a self-score far from those of the same region's departments (robust z)",
}


@dataclass(frozen=True)
class CrossCheckSettings:
    budget_jump_factor: Decimal = Decimal(3)   # flag when this year / last year > f or < 1/f
    outlier_z: Decimal = Decimal("2.5")        # |robust z| above this is an outlier
    outlier_min_group: int = 5                 # scored reports needed in a region-year-kind
    project_min_chars: int = 6                 # shorter names (工资, 办公经费) are generic
    project_max_departments: int = 3           # names used by more departments are generic line items


@dataclass(frozen=True)
class StoredReport:
    report_id: str
    source_path: str
    department: str | None
    province: str | None
    city: str | None
    county: str | None
    fiscal_year: int | None
    report_kind: str | None
    project_name: str | None
    self_score: Decimal | None
    ingested_at: object

    @property
    def file(self) -> str:
        return Path(self.source_path).name


@dataclass(frozen=True)
class StoredDataset:
    """What the checks read: usable reports in ingest order, their figures and project names."""

    reports: list[StoredReport]
    figures: dict[str, dict[str, Decimal]]  # report_id -> {'item' or 'item@basis': value}
    project_names: dict[str, set[str]]


def _flag(report: StoredReport, rule: str, severity: str, items: Iterable[str], text: FlagText,
          expected: Decimal | None = None, stated: Decimal | None = None) -> Row:
    joined = ",".join(items)
    return {"report_id": report.report_id, "rule": rule, "severity": severity, "items": joined,
            "expected": expected, "stated": stated, "message": render(text), "page": None,
            "figures": text.to_json(), "flag_key": flag_key(report.report_id, rule, joined, text.subject)}


def _figure(name: str, key: str, value: Decimal) -> FlagParam:
    """A stored figure (`item` or `item@basis`, or self_score) as a typed message parameter."""
    item = key.split("@")[0]
    if item in RATE_ITEMS:
        return FlagParam.percent(name, value)
    if item == "self_score":
        return FlagParam.number(name, value)
    return FlagParam.money(name, value)


def _order(report: StoredReport) -> tuple[str, str]:
    """Ingest order; the path breaks ties inside one batch."""
    return (str(report.ingested_at), report.source_path)


def load_dataset(con: duckdb.DuckDBPyConnection) -> StoredDataset:
    rows = con.execute(
        "SELECT report_id, source_path, department, province, city, county, fiscal_year, report_kind, "
        "project_name, self_score, ingested_at FROM reports WHERE status IN (?, ?) AND report_id IS NOT NULL",
        list(USABLE)).fetchall()
    figures: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for rid, item, basis, value in con.execute(
            "SELECT report_id, item, basis, value FROM budget_items WHERE value IS NOT NULL").fetchall():
        figures[rid].setdefault(f"{item}@{basis}" if basis else item, value)
    names: dict[str, set[str]] = defaultdict(set)
    for rid, name in con.execute("SELECT report_id, name FROM projects WHERE name IS NOT NULL").fetchall():
        names[rid].add(name)
    return StoredDataset(sorted((StoredReport(*r) for r in rows), key=_order), dict(figures), dict(names))


def duplicate_reports(data: StoredDataset, settings: CrossCheckSettings) -> list[Row]:
    figures = data.figures
    groups: dict[tuple, list[StoredReport]] = defaultdict(list)
    for r in data.reports:
        if r.department and r.fiscal_year is not None:
            groups[(r.department, r.fiscal_year, r.report_kind, r.project_name or "")].append(r)
    flags = []
    for members in groups.values():
        for i, later in enumerate(members):
            for earlier in members[:i]:
                a, b = dict(figures.get(earlier.report_id, {})), dict(figures.get(later.report_id, {}))
                if earlier.self_score is not None and later.self_score is not None:
                    a["self_score"], b["self_score"] = earlier.self_score, later.self_score
                differ = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
                what = f"{later.department} {later.fiscal_year}" + (f" {later.project_name}" if later.project_name else "")
                # the earlier file's id tells apart the flags of a report stored three times
                base = (FlagParam.text("subject", earlier.report_id[:16]), FlagParam.text("what", what),
                        FlagParam.text("file", earlier.file))
                if differ:
                    k = differ[0]
                    flags.append(_flag(
                        later, "cross.duplicate_report", "error", dict.fromkeys(d.split("@")[0] for d in differ),
                        FlagText("cross.duplicate_report.differs", (
                            *base, FlagParam.item("figure", k), _figure("here", k, b[k]), _figure("there", k, a[k]),
                            FlagParam.number("differ", len(differ)))), a[k], b[k]))
                else:
                    flags.append(_flag(later, "cross.duplicate_report", "info", [],
                                       FlagText("cross.duplicate_report.same", base)))
    return flags


def budget_jumps(data: StoredDataset, settings: CrossCheckSettings) -> list[Row]:
    figures = data.figures
    latest: dict[tuple[str, int], StoredReport] = {}
    for r in data.reports:  # ingest order: the last one stored for a department-year wins
        if r.report_kind == "department_overall" and r.department and r.fiscal_year is not None \
                and "budget_initial" in figures.get(r.report_id, {}):
            latest[(r.department, r.fiscal_year)] = r
    f = settings.budget_jump_factor
    flags = []
    for (dept, year), r in sorted(latest.items()):
        prev = latest.get((dept, year - 1))
        if prev is None:
            continue
        before, now = figures[prev.report_id]["budget_initial"], figures[r.report_id]["budget_initial"]
        if before <= 0 or now <= 0:
            continue  # zero or negative budgets are a per-report problem, not a trend
        ratio = now / before
        if ratio > f or ratio < 1 / f:
            flags.append(_flag(
                r, "cross.budget_jump", "warning", ["budget_initial"],
                FlagText("cross.budget_jump", (
                    FlagParam.text("department", dept), FlagParam.text("year", year),
                    FlagParam.money("now", now), FlagParam.money("before", before),
                    FlagParam.text("previous_year", year - 1), FlagParam.text("file", prev.file),
                    FlagParam.number("ratio", Decimal(ratio).quantize(Decimal("0.01"))), FlagParam.number("factor", f))),
                before, now))
    return flags


_CODE_PREFIX = re.compile(r"^[0-9A-Z]{10,}[-—_－]")  # Sichuan-style project codes differ per department


def _project_key(name: str) -> str:
    return _CODE_PREFIX.sub("", re.sub(r"\s+", "", name))


def projects_in_two_departments(data: StoredDataset, settings: CrossCheckSettings) -> list[Row]:
    seen: dict[tuple[str, int], dict[str, StoredReport]] = defaultdict(dict)  # (name, year) -> dept -> first
    for r in data.reports:
        if not r.department or r.fiscal_year is None:
            continue
        names = set(data.project_names.get(r.report_id, set()))
        if r.project_name:
            names.add(r.project_name)
        for name in {_project_key(n) for n in names}:
            if len(name) >= settings.project_min_chars:
                seen[(name, r.fiscal_year)].setdefault(r.department, r)
    flags = []
    for (name, year), by_dept in sorted(seen.items()):
        if not 2 <= len(by_dept) <= settings.project_max_departments:
            continue
        first, *later = sorted(by_dept.values(), key=_order)
        for r in later:
            flags.append(_flag(r, "cross.project_in_two_departments", "warning", ["project_name"],
                               FlagText("cross.project_in_two_departments", (
                                   FlagParam.text("subject", name), FlagParam.text("year", year),
                                   FlagParam.text("department", first.department), FlagParam.text("file", first.file)))))
    return flags


def robust_z(value: Decimal, values: list[Decimal]) -> Decimal | None:
    """Iglewicz-Hoaglin modified z (0.6745·(x − median)/MAD); mean absolute deviation when MAD is 0."""
    mid = median(values)
    deviations = [abs(v - mid) for v in values]
    mad = median(deviations)
    if mad > 0:
        return Decimal("0.6745") * (value - mid) / mad
    mean_ad = sum(deviations, Decimal(0)) / len(deviations)
    if mean_ad > 0:
        return (value - mid) / (Decimal("1.253314") * mean_ad)
    return None


def score_outliers(data: StoredDataset, settings: CrossCheckSettings) -> list[Row]:
    groups: dict[tuple, list[tuple[StoredReport, Decimal]]] = defaultdict(list)
    for r in data.reports:
        if r.self_score is not None and r.fiscal_year is not None and (r.province or r.city or r.county):
            groups[(r.province, r.city, r.county, r.fiscal_year, r.report_kind)].append((r, Decimal(r.self_score)))
    flags = []
    for (province, city, county, year, _kind), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(members) < settings.outlier_min_group:
            continue
        scores = [score for _, score in members]
        mid = median(scores)
        region = "".join(p for p in (province, city, county) if p)
        for r, score in members:
            z = robust_z(score, scores)
            if z is not None and abs(z) > settings.outlier_z:
                flags.append(_flag(
                    r, "cross.score_outlier", "warning", ["self_score"],
                    FlagText("cross.score_outlier", (
                        FlagParam.number("score", score), FlagParam.number("count", len(members)),
                        FlagParam.text("region", region), FlagParam.text("year", year),
                        FlagParam.number("median", Decimal(mid)), FlagParam.number("z", Decimal(z).quantize(Decimal("0.1"))))),
                    mid, score))
    return flags


Check = Callable[[StoredDataset, CrossCheckSettings], list[Row]]
CHECKS: tuple[Check, ...] = (duplicate_reports, budget_jumps, projects_in_two_departments, score_outliers)


def crosscheck_flags(con: duckdb.DuckDBPyConnection, settings: CrossCheckSettings | None = None) -> list[Row]:
    data = load_dataset(con)
    return [f for check in CHECKS for f in check(data, settings or CrossCheckSettings())]


def run_crosschecks(con: duckdb.DuckDBPyConnection, settings: CrossCheckSettings | None = None) -> int:
    """Replace the `cross.*` flags with fresh ones; returns how many were written."""
    flags = crosscheck_flags(con, settings)
    columns = ["report_id", "rule", "severity", "items", "expected", "stated", "message", "page", "figures", "flag_key"]
    casts = "?, ?, ?, ?, CAST(? AS DECIMAL(20,4)), CAST(? AS DECIMAL(20,4)), ?, CAST(? AS INTEGER), ?, ?"
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM flags WHERE rule LIKE 'cross.%'")
        # Multi-row INSERTs (executemany costs milliseconds per row; pyarrow would import pandas,
        # half a second of a small ingest); decimals travel as exact strings.
        for start in range(0, len(flags), _INSERT_ROWS):
            chunk = flags[start:start + _INSERT_ROWS]
            con.execute(f"INSERT INTO flags ({', '.join(columns)}) VALUES " + ", ".join(f"({casts})" for _ in chunk),
                        [None if f[c] is None else str(f[c]) for f in chunk for c in columns])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"writing cross-report flags failed ({exc})") from exc
    return len(flags)


_INSERT_ROWS = 500
