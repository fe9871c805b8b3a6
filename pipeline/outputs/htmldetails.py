"""The HTML report's per-report part: facts, budget figures, projects, and every flag with its source.

A flag names the item codes it involves; each is shown as the report wrote it, at its
page, inside the sentence (or table row) it came from with the figure marked, when the
dataset stored its context at ingest (`context` columns); otherwise the stated figure and page.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import duckdb

from pipeline.outputs.charts import esc
from pipeline.outputs.compare import (
    KIND_LABELS,
    ComparisonRow,
    fmt_number,
    fmt_pct,
    fmt_wan,
    top_grade_low_rate,
)
from schemas.facts import Quote
from schemas.tables import ITEM_CODES, RATE_ITEMS

ITEM_LABELS = {
    "budget_initial": "年初预算", "budget_addition": "调整追加", "budget_adjusted": "调整后预算",
    "funds_received": "实际到位资金", "revenue_total": "收入合计", "revenue_general_budget": "一般公共预算拨款",
    "revenue_gov_fund": "政府性基金拨款", "revenue_state_capital": "国有资本经营预算拨款",
    "revenue_special_account": "财政专户管理资金", "revenue_carryover": "上年结转", "revenue_other": "其他资金",
    "funds_central": "中央财政资金", "funds_provincial": "省级资金", "funds_local": "市县资金",
    "expenditure_total": "支出合计", "expenditure_basic": "基本支出", "expenditure_personnel": "人员经费",
    "expenditure_public": "公用经费", "expenditure_project": "项目支出", "expenditure_wages": "工资福利支出",
    "expenditure_goods_services": "商品和服务支出", "expenditure_household_subsidies": "对个人和家庭的补助",
    "expenditure_capital": "资本性支出", "balance_carryforward": "结转结余", "execution_rate": "预算执行率",
}
BASIS_LABELS = {"initial": "年初预算数", "adjusted": "全年预算数", "executed": "全年执行数"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
MONEY_ITEMS = frozenset(ITEM_CODES) - RATE_ITEMS


@dataclass(frozen=True)
class ItemRow:
    item: str
    basis: str | None
    value: Decimal
    stated: str | None
    page: int | None
    char_start: int | None
    char_end: int | None
    context: str | None = None
    context_start: int | None = None
    context_end: int | None = None
    context_kind: str | None = None


@dataclass(frozen=True)
class ProjectRow:
    name: str
    fund_source: str | None
    budget: Decimal | None
    executed: Decimal | None
    execution_rate: Decimal | None
    page: int | None
    char_start: int | None = None
    char_end: int | None = None
    context: str | None = None
    context_start: int | None = None
    context_end: int | None = None
    context_kind: str | None = None


@dataclass(frozen=True)
class FlagRow:
    rule: str
    severity: str
    items: tuple[str, ...]
    expected: Decimal | None
    stated: Decimal | None
    message: str | None
    page: int | None


@dataclass(frozen=True)
class ReportDetail:
    items: tuple[ItemRow, ...] = ()
    projects: tuple[ProjectRow, ...] = ()
    flags: tuple[FlagRow, ...] = ()


def load_details(con: duckdb.DuckDBPyConnection, report_ids: Sequence[str]) -> dict[str, ReportDetail]:
    ids = list(report_ids)
    items: dict[str, list[ItemRow]] = {}
    projects: dict[str, list[ProjectRow]] = {}
    flags: dict[str, list[FlagRow]] = {}
    for rid, *rest in con.execute(
            "SELECT report_id, item, basis, value, stated, page, char_start, char_end, context, context_start, "
            "context_end, context_kind FROM budget_items "
            "WHERE list_contains(?, report_id) ORDER BY page NULLS LAST, char_start NULLS LAST", [ids]).fetchall():
        items.setdefault(rid, []).append(ItemRow(*rest))
    for rid, *rest in con.execute(
            "SELECT report_id, name, fund_source, budget, executed, execution_rate, page, char_start, char_end, "
            "context, context_start, context_end, context_kind "
            "FROM projects "
            "WHERE list_contains(?, report_id) ORDER BY page NULLS LAST, char_start NULLS LAST", [ids]).fetchall():
        projects.setdefault(rid, []).append(ProjectRow(*rest))
    for rid, rule, severity, item_text, expected, stated, message, page in con.execute(
            "SELECT report_id, rule, severity, items, expected, stated, message, page FROM flags "
            "WHERE list_contains(?, report_id) "
            "ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule", [ids]).fetchall():
        codes = tuple(c.strip() for c in (item_text or "").split(",") if c.strip())
        flags.setdefault(rid, []).append(FlagRow(rule, severity, codes, expected, stated, message, page))
    return {rid: ReportDetail(tuple(items.get(rid, ())), tuple(projects.get(rid, ())), tuple(flags.get(rid, ())))
            for rid in ids}


def anchor(report_id: str) -> str:
    """The in-page id of a report's section."""
    return f"r-{report_id[:16]}"


def _page(page: int | None) -> str:
    return "页码未知" if page is None else f"第 {page} 页"


def _value(item: str, value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{fmt_pct(value)}%" if item in RATE_ITEMS else f"{fmt_wan(value)} 万元"


def _flag_value(codes: Sequence[str], value: Decimal | None) -> str:
    """A flag's expected/stated figure: a percent when a rate is involved (rate rules compare
    rates), 万元 when every item is money, else the number as stored."""
    if value is None:
        return "—"
    bare = [c.split("@")[0].removeprefix("projects.") for c in codes]
    if any(c in RATE_ITEMS for c in bare):
        return f"{fmt_pct(value)}%"
    if bare and all(c in MONEY_ITEMS or c in ("budget", "executed") for c in bare):
        return f"{fmt_wan(value)} 万元"
    return fmt_number(value)


def render_quote(quote: Quote, label: str) -> str:
    where = f'<span class="where">{esc(_page(quote.page))} · {esc(label)}</span>'
    if quote.is_table_row:
        cells = "".join(f"<td>{f'<mark>{esc(c)}</mark>' if j == quote.cell else esc(c)}</td>"
                        for j, c in enumerate(quote.row))
        return f'<blockquote class="src">{where}表格行：<table class="srcrow"><tr>{cells}</tr></table></blockquote>'
    return (f'<blockquote class="src">{where}{esc(quote.before)}<mark>{esc(quote.figure)}</mark>'
            f"{esc(quote.after)}</blockquote>")


def _items_for(codes: Sequence[str], items: Sequence[ItemRow]) -> list[ItemRow]:
    """The stored figures a flag names (`item` or `item@basis`); the report's own total first."""
    found: list[ItemRow] = []
    for code in codes:
        item, _, basis = code.partition("@")
        rows = [i for i in items if i.item == item and (not basis or i.basis == basis)]
        plain = [i for i in rows if i.basis is None]
        found.extend(plain or rows)
    return found


def _projects_for(flag: FlagRow, projects: Sequence[ProjectRow]) -> list[ProjectRow]:
    """The projects a `projects.*` flag is about: those its message names."""
    if not any(c.startswith("projects.") for c in flag.items):
        return []
    return [p for p in projects if p.name and p.name in (flag.message or "")]


def stored_quote(row: ItemRow | ProjectRow) -> Quote | None:
    """The quote ingest stored with a figure: a sentence with the figure marked, or a table row."""
    text, start, end = row.context, row.context_start, row.context_end
    if not text:
        return None
    if row.context_kind == "table_row":
        cells = tuple(text.split(" | "))
        cell = None
        if start is not None:
            offsets = [sum(len(c) + 3 for c in cells[:j]) for j in range(len(cells))]
            cell = offsets.index(start) if start in offsets else None
        return Quote(row.page, figure=cells[cell] if cell is not None else "", row=cells, cell=cell)
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return Quote(row.page, before=text)
    return Quote(row.page, text[:start], text[start:end], text[end:])


def render_flag(flag: FlagRow, report: ComparisonRow, detail: ReportDetail, quotes_on: bool = True) -> str:
    quotes = []
    for item in _items_for(flag.items, detail.items):
        label = ITEM_LABELS.get(item.item, item.item) + (f"（{BASIS_LABELS.get(item.basis, item.basis)}）"
                                                         if item.basis else "")
        quote = stored_quote(item) if quotes_on else None
        quotes.append(render_quote(quote or Quote(item.page, figure=item.stated or fmt_number(item.value)), label))
    for project in _projects_for(flag, detail.projects):
        quote = stored_quote(project) if quotes_on else None
        quotes.append(render_quote(quote or Quote(project.page, figure=project.name), f"项目：{project.name}"))
    figures = ""
    if flag.expected is not None or flag.stated is not None:
        figures = (f'<p class="note">应为 {esc(_flag_value(flag.items, flag.expected))} · '
                   f"报告为 {esc(_flag_value(flag.items, flag.stated))}</p>")
    return (f'<div class="flag {esc(flag.severity)}"><span class="badge {esc(flag.severity)}">'
            f"{esc(SEVERITY_LABELS.get(flag.severity, flag.severity))}</span>"
            f'<span class="rule">{esc(flag.rule)}</span> · {esc(_page(flag.page))}'
            f' · <span class="items">{esc(", ".join(flag.items))}</span>'
            f"<p>{esc(flag.message or '')}</p>{figures}{''.join(quotes)}</div>")


def _facts(r: ComparisonRow) -> str:
    pairs = [
        ("文件", r.source_path), ("状态", r.status), ("部门", r.department), ("地区", r.region),
        ("年度", r.fiscal_year), ("类型", KIND_LABELS.get(r.kind or "", r.kind)), ("项目", r.project_name),
        ("自评分", fmt_number(r.self_score)), ("等级", r.grade),
        ("预算（万元）", f"{fmt_wan(r.budget)}（{'调整后' if r.budget_basis == 'adjusted' else '年初'}）"
         if r.budget is not None else None),
        ("支出（万元）", fmt_wan(r.spending)), ("执行率·报告", fmt_pct(r.rate_stated)),
        ("执行率·计算", fmt_pct(r.rate_computed)),
    ]
    return '<dl class="facts">' + "".join(
        f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs if v not in (None, "")) + "</dl>"


def _items_table(items: Sequence[ItemRow]) -> str:
    if not items:
        return ""
    rows = "".join(
        f"<tr><td>{esc(ITEM_LABELS.get(i.item, i.item))}</td><td>{esc(BASIS_LABELS.get(i.basis or '', ''))}</td>"
        f'<td class="num" data-value="{esc(i.value)}">{esc(_value(i.item, i.value))}</td>'
        f"<td>{esc(i.stated or '')}</td><td class=\"num\">{esc(i.page if i.page is not None else '')}</td></tr>"
        for i in items)
    return ("<h4>预算数字</h4><table><thead><tr><th>科目</th><th>口径</th><th class=\"num\">数值</th>"
            f"<th>原文</th><th class=\"num\">页码</th></tr></thead><tbody>{rows}</tbody></table>")


def _projects_table(projects: Sequence[ProjectRow]) -> str:
    if not projects:
        return ""
    rows = "".join(
        f"<tr><td>{esc(p.name)}</td><td>{esc(p.fund_source or '')}</td><td class=\"num\">{esc(fmt_wan(p.budget))}</td>"
        f"<td class=\"num\">{esc(fmt_wan(p.executed))}</td><td class=\"num\">{esc(fmt_pct(p.execution_rate))}</td>"
        f"<td class=\"num\">{esc(p.page if p.page is not None else '')}</td></tr>" for p in projects)
    return ("<h4>项目</h4><table><thead><tr><th>项目</th><th>资金来源</th><th class=\"num\">预算(万元)</th>"
            "<th class=\"num\">执行(万元)</th><th class=\"num\">执行率%</th><th class=\"num\">页码</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def render_report_detail(r: ComparisonRow, detail: ReportDetail, quotes_on: bool = True) -> str:
    badges = []
    n_err = sum(f.severity == "error" for f in detail.flags)
    n_warn = sum(f.severity == "warning" for f in detail.flags)
    if n_err:
        badges.append(f'<span class="badge error">错误 {n_err}</span>')
    if n_warn:
        badges.append(f'<span class="badge warning">警告 {n_warn}</span>')
    if top_grade_low_rate(r):
        badges.append('<span class="badge corner">“优”但执行率 &lt; 85%</span>')
    title = r.title or r.department or r.source_path
    flags = "".join(render_flag(f, r, detail, quotes_on) for f in detail.flags)
    flags_part = f"<h4>一致性提示（{len(detail.flags)}）</h4>{flags}" if detail.flags else ""
    is_open = " open" if n_err or top_grade_low_rate(r) else ""
    return (f'<details class="report" id="{esc(anchor(r.report_id))}"{is_open}><summary>{"".join(badges)}'
            f"{esc(title)}</summary>{_facts(r)}{flags_part}{_items_table(detail.items)}"
            f"{_projects_table(detail.projects)}</details>")
