"""`jixiao report`: one self-contained HTML file comparing departments, for the browser.

Opens offline: CSS and JavaScript are inline (from `pipeline/outputs/templates/`), charts are
SVG drawn in Python (`pipeline.outputs.charts`), nothing is fetched. A Content-Security-Policy
allows only the report's own script (by its hash), so even a report text that slipped
past escaping could not run. Every text taken from a report goes through `esc`.
Money is shown in 万元 with two decimals; sortable cells carry the yuan value.

In Chinese by default, English with `--lang en`: every word of the page comes from
`schemas/data/ui.json` (`html.*`). Each flag shows its review (`jixiao review`), the page
counts open flags per department, and carries the last validation run's results.
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
from pipeline.outputs.flagview import stale_reviews
from pipeline.outputs.htmldetails import ReportDetail, anchor, load_details, render_report_detail
from pipeline.outputs.htmlreview import render_review
from pipeline.outputs.htmlvalidation import load_validation, render_validation
from pipeline.storage.store import Store
from pipeline.version import PIPELINE_VERSION
from schemas.messages import Lang, resolve_lang, t, ui_strings

TEMPLATE_PACKAGE = "pipeline.outputs"
WIDE_CHART = 1100  # the execution-rate chart spans the page; the others share a row


@dataclass(frozen=True)
class ReportSettings:
    year: int | None = None
    quote_sources: bool = True  # quote the sentence or table row (stored at ingest) behind each flag
    max_chart_rows: int = 60  # bars per chart; the lowest rates are kept
    title: str | None = None  # default: `html.title` in the reader's language


def _template(name: str) -> str:
    return resources.files(TEMPLATE_PACKAGE).joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def write_report(db: str | Path, out: str | Path, settings: ReportSettings | None = None) -> Path:
    from schemas.errors import OutputError

    settings = settings or ReportSettings()
    target = Path(out)
    with Store(db, read_only=True) as store:
        html = build_report(store.con, settings, db_label=Path(db).name, out=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise OutputError(t("error.cannot_write", path=target, reason=exc.strerror or exc)) from exc
    return target


def words() -> dict[str, str]:
    """Every `html.*` interface string, as `w_<name>` template fields."""
    return {"w_" + key.removeprefix("html."): esc(t(key)) for key in ui_strings() if key.startswith("html.")
            and "{" not in ui_strings()[key].get("zh", "")}


def review_options() -> str:
    choices = ("all", "open", "unreviewed", "follow_up", "confirmed", "dismissed")
    return "".join(f'<option value="{c}"{" selected" if c == "all" else ""}>{esc(t("html.filter_" + c))}</option>'
                   for c in choices)


def build_report(con: duckdb.DuckDBPyConnection, settings: ReportSettings, db_label: str = "",
                 out: Path | None = None) -> str:
    filt = ComparisonFilter(year=settings.year)
    rows = comparison_rows(con, filt)
    rules = flags_by_rule(con, filt)
    details = load_details(con, [r.report_id for r in rows])
    unreadable = _unreadable_count(con)
    script = _template("report.js")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_hash(script)}"
    rates_svg, rates_note = rate_chart(rows, settings.max_chart_rows)
    years = sorted({r.fiscal_year for r in rows if r.fiscal_year is not None})
    span = (t("html.years", first=years[0], last=years[-1]) if len(years) > 1 else
            t("html.year", year=years[0]) if years else t("html.year_unknown"))
    subtitle = t("html.subtitle", n=len(rows), years=span)
    title = settings.title or t("html.title")
    all_flags = [f for d in details.values() for f in d.flags]
    return Template(_template("report.html")).substitute(
        **words(), html_lang="zh-CN" if resolve_lang() is Lang.ZH else "en",
        csp=csp, version=esc(PIPELINE_VERSION), title=esc(title), subtitle=esc(subtitle),
        style=_template("report.css"), overview=overview_cards(rows, rules, unreadable),
        chart_rates=rates_svg, rates_note=esc(rates_note), chart_scatter=score_rate_chart(rows),
        chart_composition=composition_chart(rows, settings.max_chart_rows), chart_flags=rule_chart(rules),
        table=department_table(rows), review=render_review(all_flags, stale_reviews(con)),
        validation=render_validation(load_validation(con), out), review_options=review_options(),
        reports="\n".join(render_report_detail(r, details.get(r.report_id, ReportDetail()), settings.quote_sources)
                          for r in rows) or f'<p class="note">{esc(t("html.no_reports"))}</p>',
        footer=esc(t("html.footer", version=PIPELINE_VERSION, generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
                     db=db_label)),
        script=script,
    )


def _unreadable_count(con: duckdb.DuckDBPyConnection) -> int:
    rows = con.execute("SELECT count(*) FROM reports WHERE status NOT IN ('ok', 'partial')").fetchall()
    return int(rows[0][0]) if rows else 0


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
    open_flags = sum(r.n_open for r in rows)
    cards = [
        (t("html.card_reports"), str(len(rows)), t("html.card_reports_note", overall=sum(
            r.kind == "department_overall" for r in rows), projects=sum(r.kind == "project" for r in rows)), False),
        (t("html.card_departments"), str(len({r.department for r in rows if r.department})), "", False),
        (t("html.card_budget"), fmt_wan(budget) if both else "—", t("html.card_budget_note"), False),
        (t("html.card_spending"), fmt_wan(spending) if both else "—", t("html.card_spending_note"), False),
        (t("html.card_rate"), f"{fmt_pct(pct(spending, budget))}%" if both else "—", t("html.card_rate_note"), False),
        (t("html.card_top"), str(sum(r.grade == "优" for r in rows)), "", False),
        (t("html.corner"), str(corner), t("html.card_corner_note"), corner > 0),
        (t("html.card_errors"), str(errors), t("html.card_errors_note"), errors > 0),
        (t("html.card_warnings"), str(warnings), "", False),
        (t("html.card_open"), str(open_flags), t("html.card_open_note"), open_flags > 0),
        (t("html.card_unreadable"), str(unreadable), t("html.card_unreadable_note"), unreadable > 0),
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
    note = t("html.rates_limited", n=len(rated), limit=limit) if len(rated) > limit else ""
    years = {r.fiscal_year for r in rows}
    bars = []
    for r in shown:
        rate = effective_rate(r) or Decimal(0)
        tip = t("html.tip_rate", label=row_label(r), rate=fmt_pct(rate), stated=fmt_pct(r.rate_stated) or "—",
                budget=fmt_wan(r.budget) or "—", spending=fmt_wan(r.spending) or "—", grade=r.grade or "—")
        marker = r.rate_stated if r.rate_computed is not None and r.rate_stated is not None else None
        bars.append(Bar(row_label(r, len(years) > 1), rate, tip, _rate_color(r, rate), marker, "#" + anchor(r.report_id)))
    return hbar_chart(bars, title=t("html.chart_rates"), reference=LOW_RATE, css_class="rates", width=WIDE_CHART), note


def score_rate_chart(rows: Sequence[ComparisonRow]) -> str:
    points = []
    for r in rows:
        rate = effective_rate(r)
        if rate is None or r.self_score is None:
            continue
        points.append(Point(rate, r.self_score, row_label(r), t(
            "html.tip_score", label=row_label(r), rate=fmt_pct(rate), score=fmt_number(r.self_score),
            grade=r.grade or "—"), top_grade_low_rate(r), "#" + anchor(r.report_id)))
    return scatter_chart(points, title=t("html.scatter_caption"), corner_x=LOW_RATE, corner_y=TOP_SCORE,
                         corner_label=t("html.corner_label"), x_label=t("html.x_rate"), y_label=t("html.y_score"))


def composition_chart(rows: Sequence[ComparisonRow], limit: int) -> str:
    shared = [r for r in rows if r.basic_share is not None or r.project_share is not None]
    shared.sort(key=lambda r: r.project_share if r.project_share is not None else Decimal(-1), reverse=True)
    stacks = [Stack(row_label(r), (r.basic_share or Decimal(0), r.project_share or Decimal(0)),
                    t("html.tip_composition", label=row_label(r), basic=fmt_wan(r.expenditure_basic) or "—",
                      basic_share=fmt_pct(r.basic_share) or "—", project=fmt_wan(r.expenditure_project) or "—",
                      project_share=fmt_pct(r.project_share) or "—"), "#" + anchor(r.report_id))
              for r in shared[:limit]]
    return stacked_chart(stacks, title=t("html.chart_composition"),
                         segments=((t("html.basic"), TEAL), (t("html.project"), BLUE)),
                         total=Decimal(100), unit="%", css_class="composition")


def rule_chart(rules: Sequence[RuleCount]) -> str:
    per_rule: dict[str, dict[str, int]] = {}
    for c in rules:
        per_rule.setdefault(c.rule, {})[c.severity] = c.n_flags
    order = sorted(per_rule, key=lambda k: (-sum(per_rule[k].values()), k))
    stacks = [Stack(rule, tuple(Decimal(per_rule[rule].get(s, 0)) for s in ("error", "warning", "info")),
                    t("html.tip_rule", rule=rule, errors=per_rule[rule].get("error", 0),
                      warnings=per_rule[rule].get("warning", 0), infos=per_rule[rule].get("info", 0)))
              for rule in order]
    return stacked_chart(stacks, title=t("html.rules_caption"),
                         segments=((t("severity.error"), SEVERITY_COLORS["error"]),
                                   (t("severity.warning"), SEVERITY_COLORS["warning"]),
                                   (t("severity.info"), GREY)), css_class="rules")


# --- department table --------------------------------------------------------------------------

def _td(text: str, sort: object = None, num: bool = False) -> str:
    attr = "" if sort is None else f' data-sort="{esc(sort)}"'
    cls = ' class="num"' if num else ""
    return f"<td{cls}{attr}>{text}</td>"


TABLE_HEADS = (
    ("department", "text"), ("region", "text"), ("fiscal_year", "num"), ("kind", "text"), ("budget", "num"),
    ("spending", "num"), ("rate_stated", "num"), ("rate_computed", "num"), ("basic_share", "num"),
    ("project_share", "num"), ("self_score", "num"), ("grade", "text"), ("n_projects", "num"),
    ("n_errors", "num"), ("n_warnings", "num"), ("n_open", "num"),
)


def department_table(rows: Sequence[ComparisonRow]) -> str:
    num = ' class="num"'
    head = "".join(f'<th data-key="{k}" data-type="{kind}"{num if kind == "num" else ""}>{esc(t("html.col_" + k))}</th>'
                   for k, kind in TABLE_HEADS)
    body = []
    for r in rows:
        def n(v: object) -> str:
            return "" if v is None else str(v)

        kind = (t(f"kind.{r.kind}") if r.kind else "") + (f"·{r.project_name}" if r.project_name else "")
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
            + _td(str(r.n_warnings), r.n_warnings, True) + _td(str(r.n_open), r.n_open, True) + "</tr>")
    return (f'<table id="dept-table" class="sortable"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')
