"""The comparison view: one row per readable report, the figures departments are compared on.

Read from the contract tables (never from the pipeline's records), so it works on
any dataset `jixiao ingest` left behind. Money stays yuan `Decimal` here; turning
it into 万元 is presentation (`fmt_wan`, used by the terminal table and the HTML
report). Derived figures are computed with `Decimal`, rounded half-up:

- `budget`: `budget_adjusted`, else `budget_initial` (`budget_basis` says which);
- `rate_computed`: spending ÷ budget × 100, two decimals;
- `basic_share`, `project_share`: `expenditure_basic` / `expenditure_project` as a
  percent of spending (of basic + project when the total is not stated).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import duckdb

from pipeline.outputs.reviewsql import flags_with_reviews, review_sql
from schemas.errors import ConfigError
from schemas.facts import ReportKind
from schemas.tables import ReviewFilter

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
WAN = Decimal(10000)
READABLE_STATUSES = ("ok", "partial")

# Which row of an item wins when a report states it under several bases: the
# report's own total (basis null) first, then what was executed, then the budget columns.
_PICK_ITEMS = ("budget_initial", "budget_adjusted", "expenditure_total", "expenditure_basic",
               "expenditure_project", "execution_rate")
_PICK_SQL = f"""
SELECT report_id, item, value FROM (
  SELECT report_id, item, value, row_number() OVER (
    PARTITION BY report_id, item
    ORDER BY CASE WHEN basis IS NULL THEN 0 WHEN basis = 'executed' THEN 1
                  WHEN basis = 'adjusted' THEN 2 ELSE 3 END, page NULLS LAST, char_start NULLS LAST
  ) AS rn
  FROM budget_items WHERE item IN ({", ".join(f"'{i}'" for i in _PICK_ITEMS)})
) WHERE rn = 1
"""


@dataclass(frozen=True)
class ComparisonFilter:
    """Which reports the views cover; every field optional (None: no filter)."""

    year: int | None = None
    region: str | None = None  # substring of province + city + county
    kind: str | None = None  # a `reports.report_kind` value
    department: str | None = None  # substring
    review: ReviewFilter | None = None  # reports with at least one flag in this review state

    def __post_init__(self) -> None:
        kinds = [k.value for k in ReportKind]
        if self.kind is not None and self.kind not in kinds:
            raise ConfigError(f"kind {self.kind!r} is not a report kind; choose one of {', '.join(kinds)}")
        if self.review is not None and not isinstance(self.review, ReviewFilter):
            object.__setattr__(self, "review", ReviewFilter(self.review))

    @property
    def narrowed(self) -> bool:
        return any(v is not None for v in (self.year, self.region, self.kind, self.department, self.review))

    def where(self, alias: str = "r", con: duckdb.DuckDBPyConnection | None = None) -> tuple[str, list[Any]]:
        """SQL conditions on `reports` (aliased) and their parameters (`con`: needed for a review filter)."""
        sql = [f"{alias}.status IN ({', '.join(repr(s) for s in READABLE_STATUSES)})"]
        params: list[Any] = []
        if self.year is not None:
            sql.append(f"{alias}.fiscal_year = ?")
            params.append(self.year)
        if self.region:
            sql.append(f"concat_ws('', {alias}.province, {alias}.city, {alias}.county) LIKE ?")
            params.append(f"%{self.region}%")
        if self.kind:
            sql.append(f"{alias}.report_kind = ?")
            params.append(self.kind)
        if self.department:
            sql.append(f"{alias}.department LIKE ?")
            params.append(f"%{self.department}%")
        if self.review is not None:
            if con is None:
                raise ConfigError("a review filter needs the dataset's connection")
            sql.append(f"EXISTS (SELECT 1 FROM {flags_with_reviews(con)} WHERE f.report_id = {alias}.report_id "
                       f"AND {review_sql(self.review, 'v')})")
        return " AND ".join(sql), params


@dataclass(frozen=True)
class ComparisonRow:
    department: str | None
    region: str | None
    fiscal_year: int | None
    kind: str | None
    project_name: str | None
    budget: Decimal | None  # yuan: budget_adjusted, else budget_initial
    spending: Decimal | None  # yuan: expenditure_total
    rate_stated: Decimal | None  # percent, as the report states it
    rate_computed: Decimal | None  # percent: spending / budget * 100
    basic_share: Decimal | None  # percent of spending
    project_share: Decimal | None
    self_score: Decimal | None
    grade: str | None
    n_projects: int
    n_errors: int
    n_warnings: int
    n_open: int  # error and warning flags not reviewed yet, or marked follow-up
    rate_diff: Decimal | None  # stated - computed, percentage points
    budget_basis: str | None  # "adjusted" | "initial"
    budget_initial: Decimal | None
    expenditure_basic: Decimal | None
    expenditure_project: Decimal | None
    province: str | None
    city: str | None
    county: str | None
    status: str
    title: str | None
    report_id: str
    source_path: str


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ComparisonRow))
MONEY_COLUMNS = frozenset({"budget", "spending", "budget_initial", "expenditure_basic", "expenditure_project"})
PERCENT_COLUMNS = frozenset({"rate_stated", "rate_computed", "basic_share", "project_share", "rate_diff"})
COUNT_COLUMNS = frozenset({"n_projects", "n_errors", "n_warnings", "n_open"})
NUMERIC_COLUMNS = MONEY_COLUMNS | PERCENT_COLUMNS | COUNT_COLUMNS | {"fiscal_year", "self_score"}

# User-facing column labels (terminal, XLSX, HTML); CSV and DataFrames keep the English names.
LABELS: dict[str, str] = {
    "department": "部门", "region": "地区", "fiscal_year": "年度", "kind": "类型", "project_name": "项目",
    "budget": "调整后预算(元)", "spending": "支出(元)", "rate_stated": "执行率·报告(%)",
    "rate_computed": "执行率·计算(%)", "basic_share": "基本支出占比(%)", "project_share": "项目支出占比(%)",
    "self_score": "自评分", "grade": "等级", "n_projects": "项目数", "n_errors": "错误", "n_warnings": "警告",
    "n_open": "待处理提示",
    "rate_diff": "执行率差(百分点)", "budget_basis": "预算口径", "budget_initial": "年初预算(元)",
    "expenditure_basic": "基本支出(元)", "expenditure_project": "项目支出(元)", "province": "省",
    "city": "市", "county": "区县", "status": "状态", "title": "标题", "report_id": "report_id",
    "source_path": "文件", "previous_year": "上一年度", "budget_change": "预算增减(%)",
    "spending_change": "支出增减(%)", "rate_change": "执行率增减(百分点)", "score_change": "自评分增减",
    "rule": "规则", "severity": "级别", "n_flags": "提示数", "n_reports": "报告数",
}
KIND_LABELS = {"department_overall": "部门整体", "project": "项目", "unknown": "未知"}


def pct(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """part / whole as a percent with two decimals; None when either is missing or whole is zero."""
    if part is None or whole is None or whole == 0:
        return None
    return (part / whole * HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _rate(value: Decimal | None) -> Decimal | None:
    """A stored rate (DECIMAL(20,4)) with two decimals, or more where the report stated more."""
    if value is None:
        return None
    cents = Decimal(value).quantize(CENT)
    return cents if cents == value else Decimal(value).normalize()


def comparison_rows(con: duckdb.DuckDBPyConnection, filt: ComparisonFilter | None = None) -> list[ComparisonRow]:
    """One row per ok/partial report matching the filter, in (department, year) order."""
    filt = filt or ComparisonFilter()
    where, params = filt.where("r", con)
    cur = con.execute(f"""
        SELECT r.report_id, r.source_path, r.status, r.title, r.department, r.province, r.city, r.county,
               r.fiscal_year, r.report_kind, r.project_name, r.self_score, r.grade,
               (SELECT count(*) FROM projects p WHERE p.report_id = r.report_id) AS n_projects,
               (SELECT count(*) FROM flags f WHERE f.report_id = r.report_id AND f.severity = 'error') AS n_errors,
               (SELECT count(*) FROM flags f WHERE f.report_id = r.report_id AND f.severity = 'warning')
                   AS n_warnings,
               (SELECT count(*) FROM {flags_with_reviews(con)} WHERE f.report_id = r.report_id
                   AND f.severity IN ('error', 'warning') AND {review_sql(ReviewFilter.OPEN, 'v')}) AS n_open
        FROM reports r WHERE {where}
        ORDER BY r.department NULLS LAST, r.fiscal_year NULLS LAST, r.project_name NULLS FIRST, r.report_id
    """, params)
    names = [d[0] for d in cur.description]
    reports = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    items: dict[tuple[str, str], Decimal] = {
        (rid, item): value for rid, item, value in con.execute(_PICK_SQL).fetchall()
    }
    return [_row(r, lambda code, rid=r["report_id"]: items.get((rid, code))) for r in reports]


def _row(r: dict[str, Any], item: Any) -> ComparisonRow:
    adjusted, initial = _money(item("budget_adjusted")), _money(item("budget_initial"))
    budget = adjusted if adjusted is not None else initial
    spending = _money(item("expenditure_total"))
    basic, project = _money(item("expenditure_basic")), _money(item("expenditure_project"))
    share_base = spending if spending is not None else (
        basic + project if basic is not None and project is not None else None)
    rate_stated = _rate(item("execution_rate"))
    rate_computed = pct(spending, budget)
    region = "".join(p for p in (r["province"], r["city"], r["county"]) if p) or None
    return ComparisonRow(
        department=r["department"], region=region, fiscal_year=r["fiscal_year"], kind=r["report_kind"],
        project_name=r["project_name"], budget=budget, spending=spending, rate_stated=rate_stated,
        rate_computed=rate_computed, basic_share=pct(basic, share_base), project_share=pct(project, share_base),
        self_score=r["self_score"], grade=r["grade"], n_projects=int(r["n_projects"]),
        n_errors=int(r["n_errors"]), n_warnings=int(r["n_warnings"]), n_open=int(r["n_open"]),
        rate_diff=None if rate_stated is None or rate_computed is None else rate_stated - rate_computed,
        budget_basis=None if budget is None else ("adjusted" if adjusted is not None else "initial"),
        budget_initial=initial, expenditure_basic=basic, expenditure_project=project,
        province=r["province"], city=r["city"], county=r["county"], status=r["status"], title=r["title"],
        report_id=r["report_id"], source_path=r["source_path"],
    )


def sort_rows(rows: Sequence[Any], by: str | None, columns: Iterable[str] = COLUMNS) -> list[Any]:
    """Rows (dataclasses) sorted by one column: numbers descending, text ascending, missing last."""
    if by is None:
        return list(rows)
    known = list(columns)
    if by not in known:
        raise ConfigError(f"cannot sort by {by!r}; columns: {', '.join(known)}")
    present = [r for r in rows if getattr(r, by) is not None]
    missing = [r for r in rows if getattr(r, by) is None]
    return sorted(present, key=lambda r: getattr(r, by), reverse=by in NUMERIC_COLUMNS) + missing


# --- year over year ---------------------------------------------------------------------------

@dataclass(frozen=True)
class YoyRow:
    department: str | None
    kind: str | None
    project_name: str | None
    fiscal_year: int | None
    previous_year: int | None
    budget: Decimal | None
    spending: Decimal | None
    rate_stated: Decimal | None
    rate_computed: Decimal | None
    self_score: Decimal | None
    grade: str | None
    n_errors: int
    n_warnings: int
    n_open: int
    budget_change: Decimal | None  # percent change against the previous year stated
    spending_change: Decimal | None
    rate_change: Decimal | None  # percentage points
    score_change: Decimal | None
    report_id: str


YOY_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(YoyRow))
YOY_PERCENT_COLUMNS = frozenset({"rate_stated", "rate_computed", "budget_change", "spending_change", "rate_change"})


def _change(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    return None if now is None or before is None or before == 0 else pct(now - before, before)


def _diff(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    return None if now is None or before is None else now - before


def year_over_year(rows: Iterable[ComparisonRow], department: str | None = None) -> list[YoyRow]:
    """Each department's (and project's) reports across years, with changes against the year before.

    Reports are grouped by (department, kind, project) so a department's overall report is
    compared with its overall report of the previous year, not with one of its projects.
    """
    chosen = [r for r in rows if department is None or (r.department and department in r.department)]
    groups: dict[tuple[str, str, str], list[ComparisonRow]] = {}
    for r in chosen:
        groups.setdefault((r.department or "", r.kind or "", r.project_name or ""), []).append(r)
    out: list[YoyRow] = []
    for key in sorted(groups):
        previous: ComparisonRow | None = None
        for r in sorted(groups[key], key=lambda r: (r.fiscal_year is None, r.fiscal_year or 0)):
            p = previous
            out.append(YoyRow(
                department=r.department, kind=r.kind, project_name=r.project_name, fiscal_year=r.fiscal_year,
                previous_year=p.fiscal_year if p else None, budget=r.budget, spending=r.spending,
                rate_stated=r.rate_stated, rate_computed=r.rate_computed, self_score=r.self_score,
                grade=r.grade, n_errors=r.n_errors, n_warnings=r.n_warnings, n_open=r.n_open,
                budget_change=_change(r.budget, p.budget) if p else None,
                spending_change=_change(r.spending, p.spending) if p else None,
                rate_change=_diff(r.rate_computed, p.rate_computed) if p else None,
                score_change=_diff(r.self_score, p.self_score) if p else None,
                report_id=r.report_id,
            ))
            previous = r
    return out


# --- flags by rule ----------------------------------------------------------------------------

@dataclass(frozen=True)
class RuleCount:
    rule: str
    severity: str
    n_flags: int
    n_reports: int


RULE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(RuleCount))


def flags_by_rule(con: duckdb.DuckDBPyConnection, filt: ComparisonFilter | None = None) -> list[RuleCount]:
    """How often each rule fired, per severity, over the filtered reports (most frequent first)."""
    where, params = (filt or ComparisonFilter()).where("r", con)
    rows = con.execute(f"""
        SELECT f.rule, f.severity, count(*) AS n_flags, count(DISTINCT f.report_id) AS n_reports
        FROM flags f JOIN reports r USING (report_id) WHERE {where}
        GROUP BY f.rule, f.severity
        ORDER BY n_flags DESC, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.rule
    """, params).fetchall()
    return [RuleCount(rule, severity, int(n), int(m)) for rule, severity, n, m in rows]


# --- presentation helpers ---------------------------------------------------------------------

def fmt_wan(yuan: Decimal | None) -> str:
    """Yuan as 万元 with two decimals and thousands separators (`26266300` -> `2,626.63`)."""
    if yuan is None:
        return ""
    return f"{(Decimal(yuan) / WAN).quantize(CENT, rounding=ROUND_HALF_UP):,}"


def fmt_pct(value: Decimal | None) -> str:
    """A percent (or percentage points) with two decimals: `80` -> `80.00`."""
    return "" if value is None else f"{Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP):,}"


def fmt_number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,}" if value != value.to_integral() else f"{value:,.0f}"
    return str(value)


def rows_to_records(rows: Iterable[Any]) -> list[dict[str, Any]]:
    return [asdict(r) for r in rows]


# --- the "graded 优 but spent little" corner --------------------------------------------------

LOW_RATE = Decimal(85)  # execution below this is weak whatever the grade (财政部 scores 预算执行率 on 100%)
TOP_SCORE = Decimal(90)  # 优 is 90 points and above in the 自评 scoring


def effective_rate(row: ComparisonRow) -> Decimal | None:
    """The computed rate when both figures are stated, else the rate the report states."""
    return row.rate_computed if row.rate_computed is not None else row.rate_stated


def is_top_graded(row: ComparisonRow) -> bool:
    return row.grade == "优" or (row.grade is None and row.self_score is not None and row.self_score >= TOP_SCORE)


def top_grade_low_rate(row: ComparisonRow) -> bool:
    """Graded 优 (or scored ≥ 90) while spending under 85% of the budget."""
    rate = effective_rate(row)
    return is_top_graded(row) and rate is not None and rate < LOW_RATE
