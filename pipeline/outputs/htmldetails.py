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
    ComparisonRow,
    fmt_number,
    fmt_pct,
    fmt_wan,
    top_grade_low_rate,
)
from pipeline.outputs.flagview import FlagFilter, FlagView, flag_value, load_flags, review_label
from schemas.facts import Quote
from schemas.messages import item_label, t
from schemas.tables import RATE_ITEMS


def _basis_label(basis: str | None) -> str:
    return t(f"basis.{basis}") if basis else ""


NUM = ' class="num"'


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


FlagRow = FlagView  # a flag as the report shows it: sentence in the reader's language, review state


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
    for flag in load_flags(con, FlagFilter(report_ids=tuple(ids))):
        flags.setdefault(flag.report_id, []).append(flag)
    return {rid: ReportDetail(tuple(items.get(rid, ())), tuple(projects.get(rid, ())), tuple(flags.get(rid, ())))
            for rid in ids}


def anchor(report_id: str) -> str:
    """The in-page id of a report's section."""
    return f"r-{report_id[:16]}"


def _page(page: int | None) -> str:
    return t("html.page_unknown") if page is None else t("html.page", page=page)


def _value(item: str, value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{fmt_pct(value)}%" if item in RATE_ITEMS else f"{fmt_wan(value)} 万元"


def render_quote(quote: Quote, label: str) -> str:
    where = f'<span class="where">{esc(_page(quote.page))} · {esc(label)}</span>'
    if quote.is_table_row:
        cells = "".join(f"<td>{f'<mark>{esc(c)}</mark>' if j == quote.cell else esc(c)}</td>"
                        for j, c in enumerate(quote.row))
        return (f'<blockquote class="src">{where}{esc(t("html.table_row"))}<table class="srcrow"><tr>{cells}</tr>'
                "</table></blockquote>")
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
        label = item_label(item.item) + (f"（{_basis_label(item.basis)}）" if item.basis else "")
        quote = stored_quote(item) if quotes_on else None
        quotes.append(render_quote(quote or Quote(item.page, figure=item.stated or fmt_number(item.value)), label))
    for project in _projects_for(flag, detail.projects):
        quote = stored_quote(project) if quotes_on else None
        quotes.append(render_quote(quote or Quote(project.page, figure=project.name),
                                   t("html.project_label", name=project.name)))
    figures = ""
    if flag.expected is not None or flag.stated is not None:
        said = t("flags.figures", expected=flag_value(flag.items, flag.expected),
                 stated=flag_value(flag.items, flag.stated))
        figures = f'<p class="note">{esc(said)}</p>'
    state = flag.review_state or "unreviewed"
    review = ""
    if flag.review_state is not None:
        when = flag.reviewed_at.strftime("%Y-%m-%d") if flag.reviewed_at else ""
        said = t("flags.reviewed", state=review_label(flag.review_state), reviewer=flag.reviewer or "", when=when,
                 note=flag.review_note or "—")
        review = f'<p class="review">{esc(said)}</p>'
    return (f'<div class="flag {esc(flag.severity)}" data-review="{esc(state)}" id="f-{esc(flag.short_id)}">'
            f'<span class="badge {esc(flag.severity)}">{esc(t("severity." + flag.severity))}</span>'
            f'<span class="badge review {esc(state)}">{esc(review_label(flag.review_state))}</span>'
            f'<span class="rule">{esc(flag.rule)}</span> · {esc(_page(flag.page))}'
            f' · <span class="items">{esc(", ".join(flag.items))}</span> · <span class="fid">#{esc(flag.short_id)}</span>'
            f"<p>{esc(flag.message or '')}</p>{figures}{review}{''.join(quotes)}</div>")


def _facts(r: ComparisonRow) -> str:
    basis = t("html.basis_adjusted") if r.budget_basis == "adjusted" else t("html.basis_initial")
    pairs = [
        (t("show.field.source_path"), r.source_path), (t("show.field.status"), t(f"status.{r.status}")),
        (t("show.field.department"), r.department), (t("compare.col.region"), r.region),
        (t("show.field.fiscal_year"), r.fiscal_year), (t("show.field.report_kind"), t(f"kind.{r.kind}") if r.kind else None),
        (t("show.field.project_name"), r.project_name),
        (t("show.field.self_score"), fmt_number(r.self_score)), (t("show.field.grade"), r.grade),
        (t("html.budget_wan"), f"{fmt_wan(r.budget)}（{basis}）" if r.budget is not None else None),
        (t("html.spending_wan"), fmt_wan(r.spending)), (t("html.rate_stated"), fmt_pct(r.rate_stated)),
        (t("html.rate_computed"), fmt_pct(r.rate_computed)),
    ]
    return '<dl class="facts">' + "".join(
        f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs if v not in (None, "")) + "</dl>"


def _items_table(items: Sequence[ItemRow]) -> str:
    if not items:
        return ""
    rows = "".join(
        f"<tr><td>{esc(item_label(i.item))}</td><td>{esc(_basis_label(i.basis))}</td>"
        f'<td class="num" data-value="{esc(i.value)}">{esc(_value(i.item, i.value))}</td>'
        f"<td>{esc(i.stated or '')}</td><td class=\"num\">{esc(i.page if i.page is not None else '')}</td></tr>"
        for i in items)
    return (f"<h4>{esc(t('html.items_title'))}</h4><table><thead><tr><th>{esc(t('show.col.item'))}</th>"
            f"<th>{esc(t('show.col.basis'))}</th><th class=\"num\">{esc(t('show.col.value'))}</th>"
            f"<th>{esc(t('show.col.stated'))}</th><th class=\"num\">{esc(t('show.col.page'))}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _projects_table(projects: Sequence[ProjectRow]) -> str:
    if not projects:
        return ""
    rows = "".join(
        f"<tr><td>{esc(p.name)}</td><td>{esc(p.fund_source or '')}</td><td class=\"num\">{esc(fmt_wan(p.budget))}</td>"
        f"<td class=\"num\">{esc(fmt_wan(p.executed))}</td><td class=\"num\">{esc(fmt_pct(p.execution_rate))}</td>"
        f"<td class=\"num\">{esc(p.page if p.page is not None else '')}</td></tr>" for p in projects)
    heads = "".join(f'<th{NUM if num else ""}>{esc(t(key))}</th>' for key, num in (
        ("show.col.project", False), ("html.fund_source", False), ("show.col.budget_wan", True),
        ("show.col.executed_wan", True), ("show.col.rate", True), ("show.col.page", True)))
    return (f"<h4>{esc(t('html.projects_title'))}</h4><table><thead><tr>{heads}</tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def render_report_detail(r: ComparisonRow, detail: ReportDetail, quotes_on: bool = True) -> str:
    badges = []
    n_err = sum(f.severity == "error" for f in detail.flags)
    n_warn = sum(f.severity == "warning" for f in detail.flags)
    n_open = sum(f.is_open and f.severity != "info" for f in detail.flags)
    if n_err:
        badges.append(f'<span class="badge error">{esc(t("severity.error"))} {n_err}</span>')
    if n_warn:
        badges.append(f'<span class="badge warning">{esc(t("severity.warning"))} {n_warn}</span>')
    if n_open:
        badges.append(f'<span class="badge review open">{esc(t("html.open_n", n=n_open))}</span>')
    if top_grade_low_rate(r):
        badges.append(f'<span class="badge corner">{esc(t("html.corner"))}</span>')
    title = r.title or r.department or r.source_path
    flags = "".join(render_flag(f, r, detail, quotes_on) for f in detail.flags)
    flags_part = f"<h4>{esc(t('html.flags_title', n=len(detail.flags)))}</h4>{flags}" if detail.flags else ""
    is_open = " open" if n_err or top_grade_low_rate(r) else ""
    return (f'<details class="report" id="{esc(anchor(r.report_id))}" data-open-flags="{n_open}"{is_open}>'
            f'<summary>{"".join(badges)}'
            f"{esc(title)}</summary>{_facts(r)}{flags_part}{_items_table(detail.items)}"
            f"{_projects_table(detail.projects)}</details>")
