"""`jixiao report`: one self-contained HTML file comparing departments, for the browser.

Opens offline: CSS and JavaScript are inline (from `pipeline/outputs/templates/`), charts are
SVG drawn in Python (`pipeline.outputs.charts`), nothing is fetched. A Content-Security-Policy
allows only the report's own script (by its hash), so even a report text that slipped
past escaping could not run. Every text taken from a report goes through `esc`.
Money is shown in 万元 with two decimals; sortable cells carry the yuan value.
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from string import Template

import duckdb

from pipeline.outputs.charts import (
    AMBER,
    BLUE,
    GREY,
    PURPLE,
    RED,
    SEVERITY_COLORS,
    TEAL,
    Bar,
    Point,
    Stack,
    esc,
    hbar_chart,
    scatter_chart,
    stacked_chart,
)
from pipeline.outputs.compare import (
    KIND_LABELS,
    LOW_RATE,
    TOP_SCORE,
    ComparisonFilter,
    ComparisonRow,
    RuleCount,
    comparison_rows,
    effective_rate,
    flags_by_rule,
    fmt_number,
    fmt_pct,
    fmt_wan,
    pct,
    top_grade_low_rate,
)
from pipeline.outputs.htmldetails import ReportDetail, anchor, load_details, render_report_detail
from pipeline.storage.store import Store
from pipeline.version import PIPELINE_VERSION

TEMPLATE_PACKAGE = "pipeline.outputs"
WIDE_CHART = 1100  # the execution-rate chart spans the page; the others share a row


@dataclass(frozen=True)
class ReportSettings:
    year: int | None = None
    quote_sources: bool = True  # quote the sentence or table row (stored at ingest) behind each flag
    max_chart_rows: int = 60  # bars per chart; the lowest rates are kept
    title: str = "预算绩效自评报告 · 部门对比"


def _template(name: str) -> str:
    return resources.files(TEMPLATE_PACKAGE).joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def write_report(db: str | Path, out: str | Path, settings: ReportSettings | None = None) -> Path:
    settings = settings or ReportSettings()
    target = Path(out)
    with Store(db, read_only=True) as store:
        html = build_report(store.con, settings, db_label=Path(db).name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target


def build_report(con: duckdb.DuckDBPyConnection, settings: ReportSettings, db_label: str = "") -> str:
    filt = ComparisonFilter(year=settings.year)
    rows = comparison_rows(con, filt)
    rules = flags_by_rule(con, filt)
    details = load_details(con, [r.report_id for r in rows])
    unreadable = _unreadable_count(con)
    script = _template("report.js")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_hash(script)}"
    rates_svg, rates_note = rate_chart(rows, settings.max_chart_rows)
    years = sorted({r.fiscal_year for r in rows if r.fiscal_year is not None})
    subtitle = (f"{len(rows)} 份报告 · " + (f"{years[0]}–{years[-1]} 年度" if len(years) > 1 else
                                           f"{years[0]} 年度" if years else "年度未知"))
    return Template(_template("report.html")).substitute(
        csp=csp, version=esc(PIPELINE_VERSION), title=esc(settings.title), subtitle=esc(subtitle),
        style=_template("report.css"), overview=overview_cards(rows, rules, unreadable),
        chart_rates=rates_svg, rates_note=esc(rates_note), chart_scatter=score_rate_chart(rows),
        chart_composition=composition_chart(rows, settings.max_chart_rows), chart_flags=rule_chart(rules),
        table=department_table(rows),
        reports="\n".join(render_report_detail(r, details.get(r.report_id, ReportDetail()), settings.quote_sources)
                          for r in rows) or '<p class="note">没有可读的报告。</p>',
        generated=esc(datetime.now().strftime("%Y-%m-%d %H:%M")), db=esc(db_label), script=script,
    )


def _unreadable_count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT count(*) FROM reports WHERE status NOT IN ('ok', 'partial')").fetchone()
    return int(row[0]) if row else 0


def row_label(row: ComparisonRow, with_year: bool = True) -> str:
    parts = [row.department or row.title or row.source_path]
    if row.project_name:
        parts.append(row.project_name)
    if with_year and row.fiscal_year is not None:
        parts.append(str(row.fiscal_year))
    return " · ".join(parts)


# --- overview ----------------------------------------------------------------------------------

def overview_cards(rows: Sequence[ComparisonRow], rules: Sequence[RuleCount], unreadable: int) -> str:
    overall = [r for r in rows if r.kind == "department_overall"] or list(rows)
    both = [r for r in overall if r.budget is not None and r.spending is not None]
    budget = sum((r.budget for r in both if r.budget is not None), Decimal(0))
    spending = sum((r.spending for r in both if r.spending is not None), Decimal(0))
    errors = sum(c.n_flags for c in rules if c.severity == "error")
    warnings = sum(c.n_flags for c in rules if c.severity == "warning")
    corner = sum(top_grade_low_rate(r) for r in rows)
    cards = [
        ("报告", str(len(rows)), f"部门整体 {sum(r.kind == 'department_overall' for r in rows)} · "
                                f"项目 {sum(r.kind == 'project' for r in rows)}", False),
        ("部门", str(len({r.department for r in rows if r.department})), "", False),
        ("预算合计（万元）", fmt_wan(budget) if both else "—", "部门整体报告，调整后预算", False),
        ("支出合计（万元）", fmt_wan(spending) if both else "—", "同上报告的本年支出", False),
        ("总体执行率", f"{fmt_pct(pct(spending, budget))}%" if both else "—", "支出合计 ÷ 预算合计", False),
        ("自评“优”", str(sum(r.grade == "优" for r in rows)), "", False),
        ("“优”但执行率 < 85%", str(corner), "见散点图红色区域", corner > 0),
        ("错误提示", str(errors), "报告前后数字矛盾", errors > 0),
        ("警告提示", str(warnings), "", False),
        ("未能读取的文件", str(unreadable), "失败、需 OCR 或非自评报告", unreadable > 0),
    ]
    return '<div class="cards">' + "".join(
        f'<div class="card{" alert" if alert else ""}"><div class="k">{esc(k)}</div><div class="v">{esc(v)}</div>'
        f'<div class="k">{esc(note)}</div></div>' for k, v, note, alert in cards) + "</div>"


# --- charts ------------------------------------------------------------------------------------

def _rate_color(row: ComparisonRow, rate: Decimal) -> str:
    if top_grade_low_rate(row):
        return RED
    if rate < LOW_RATE:
        return AMBER
    return PURPLE if rate > 100 else BLUE


def rate_chart(rows: Sequence[ComparisonRow], limit: int) -> tuple[str, str]:
    rated = sorted((r for r in rows if effective_rate(r) is not None), key=lambda r: effective_rate(r) or 0)
    shown = rated[:limit]
    note = f"（共 {len(rated)} 份，仅显示执行率最低的 {limit} 份）" if len(rated) > limit else ""
    years = {r.fiscal_year for r in rows}
    bars = []
    for r in shown:
        rate = effective_rate(r) or Decimal(0)
        tip = (f"{row_label(r)}：执行率 {fmt_pct(rate)}%（报告 {fmt_pct(r.rate_stated) or '—'}%），"
               f"预算 {fmt_wan(r.budget) or '—'} 万元，支出 {fmt_wan(r.spending) or '—'} 万元，等级 {r.grade or '—'}")
        marker = r.rate_stated if r.rate_computed is not None and r.rate_stated is not None else None
        bars.append(Bar(row_label(r, len(years) > 1), rate, tip, _rate_color(r, rate), marker, "#" + anchor(r.report_id)))
    return hbar_chart(bars, title="执行率（按部门）", reference=LOW_RATE, css_class="rates", width=WIDE_CHART), note


def score_rate_chart(rows: Sequence[ComparisonRow]) -> str:
    points = []
    for r in rows:
        rate = effective_rate(r)
        if rate is None or r.self_score is None:
            continue
        points.append(Point(rate, r.self_score, row_label(r), f"{row_label(r)}：执行率 {fmt_pct(rate)}%，"
                            f"自评 {fmt_number(r.self_score)} 分（{r.grade or '—'}）", top_grade_low_rate(r),
                            "#" + anchor(r.report_id)))
    return scatter_chart(points, title="自评分与执行率", corner_x=LOW_RATE, corner_y=TOP_SCORE,
                         corner_label="自评“优”但执行率 < 85%", x_label="执行率（%）", y_label="自评分")


def composition_chart(rows: Sequence[ComparisonRow], limit: int) -> str:
    shared = [r for r in rows if r.basic_share is not None or r.project_share is not None]
    shared.sort(key=lambda r: r.project_share if r.project_share is not None else Decimal(-1), reverse=True)
    stacks = [Stack(row_label(r), (r.basic_share or Decimal(0), r.project_share or Decimal(0)),
                    f"{row_label(r)}：基本支出 {fmt_wan(r.expenditure_basic) or '—'} 万元"
                    f"（{fmt_pct(r.basic_share) or '—'}%），项目支出 {fmt_wan(r.expenditure_project) or '—'} 万元"
                    f"（{fmt_pct(r.project_share) or '—'}%）", "#" + anchor(r.report_id))
              for r in shared[:limit]]
    return stacked_chart(stacks, title="支出结构", segments=(("基本支出", TEAL), ("项目支出", BLUE)),
                         total=Decimal(100), unit="%", css_class="composition")


def rule_chart(rules: Sequence[RuleCount]) -> str:
    per_rule: dict[str, dict[str, int]] = {}
    for c in rules:
        per_rule.setdefault(c.rule, {})[c.severity] = c.n_flags
    order = sorted(per_rule, key=lambda k: (-sum(per_rule[k].values()), k))
    stacks = [Stack(rule, tuple(Decimal(per_rule[rule].get(s, 0)) for s in ("error", "warning", "info")),
                    f"{rule}：错误 {per_rule[rule].get('error', 0)}，警告 {per_rule[rule].get('warning', 0)}，"
                    f"提示 {per_rule[rule].get('info', 0)}") for rule in order]
    return stacked_chart(stacks, title="一致性提示（按规则）",
                         segments=(("错误", SEVERITY_COLORS["error"]), ("警告", SEVERITY_COLORS["warning"]),
                                   ("提示", GREY)), css_class="rules")


# --- department table --------------------------------------------------------------------------

def _td(text: str, sort: object = None, num: bool = False) -> str:
    attr = "" if sort is None else f' data-sort="{esc(sort)}"'
    cls = ' class="num"' if num else ""
    return f"<td{cls}{attr}>{text}</td>"


TABLE_HEADS = (
    ("department", "部门", "text"), ("region", "地区", "text"), ("fiscal_year", "年度", "num"),
    ("kind", "类型", "text"), ("budget", "预算(万元)", "num"), ("spending", "支出(万元)", "num"),
    ("rate_stated", "执行率·报告%", "num"), ("rate_computed", "执行率·计算%", "num"),
    ("basic_share", "基本支出%", "num"), ("project_share", "项目支出%", "num"), ("self_score", "自评分", "num"),
    ("grade", "等级", "text"), ("n_projects", "项目数", "num"), ("n_errors", "错误", "num"),
    ("n_warnings", "警告", "num"),
)


def department_table(rows: Sequence[ComparisonRow]) -> str:
    num = ' class="num"'
    head = "".join(f'<th data-key="{k}" data-type="{t}"{num if t == "num" else ""}>{esc(label)}</th>'
                   for k, label, t in TABLE_HEADS)
    body = []
    for r in rows:
        def n(v: object) -> str:
            return "" if v is None else str(v)

        kind = KIND_LABELS.get(r.kind or "", r.kind or "") + (f"·{r.project_name}" if r.project_name else "")
        classes = " ".join(c for c, on in (("err", r.n_errors > 0), ("corner", top_grade_low_rate(r))) if on)
        body.append(
            (f'<tr class="{classes}">' if classes else "<tr>")
            + _td(f'<a href="#{anchor(r.report_id)}">{esc(r.department or r.title or r.source_path)}</a>',
                  r.department or "")
            + _td(esc(r.region or "")) + _td(esc(n(r.fiscal_year)), n(r.fiscal_year), True) + _td(esc(kind))
            + _td(esc(fmt_wan(r.budget)), n(r.budget), True) + _td(esc(fmt_wan(r.spending)), n(r.spending), True)
            + _td(esc(fmt_pct(r.rate_stated)), n(r.rate_stated), True)
            + _td(esc(fmt_pct(r.rate_computed)), n(r.rate_computed), True)
            + _td(esc(fmt_pct(r.basic_share)), n(r.basic_share), True)
            + _td(esc(fmt_pct(r.project_share)), n(r.project_share), True)
            + _td(esc(fmt_number(r.self_score)), n(r.self_score), True) + _td(esc(r.grade or ""))
            + _td(str(r.n_projects), r.n_projects, True) + _td(str(r.n_errors), r.n_errors, True)
            + _td(str(r.n_warnings), r.n_warnings, True) + "</tr>")
    return (f'<table id="dept-table" class="sortable"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')
