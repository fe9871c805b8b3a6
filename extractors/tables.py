"""绩效自评表 tables to facts: funds, indicators, scores and header fields.

The chain, one pure step each (every intermediate kept in `ParsedTable` so a
debugging view can show it): a reader's `Table` -> `TableView` (cleaned grid
that knows its merged cells) -> `TableBlocks` (funds, goals, indicators,
header facts, 总分 rows; `table_blocks`) -> `TableContext` (whose table it is:
the report's, or one project's among several) -> facts (`table_facts`).

Pages without reader tables are searched for pipe tables in their text, and
every page for blocks of `标签：值` label lines (`table_text`). Tables are read in document order so that an indicators block cut by a page
break continues in the next table, and a header-less continuation keeps the
context of the table it continues.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from extractors import table_vocab as vocab
from extractors.registry import register
from extractors.table_blocks import Carry, TableBlocks, table_to_blocks
from extractors.table_facts import (
    EXTRACTOR,
    TableContext,
    field_candidates,
    funds_to_facts,
    indicators_to_facts,
    provenance,
)
from extractors.table_grid import TableView
from extractors.table_labelled_rows import labelled_row_tables
from extractors.table_pairs import pair_items
from extractors.table_point_pairs import split_point_pairs
from extractors.table_stream import regroup
from extractors.table_text import label_tables, stream_block_tables, stream_line_tables, text_tables
from extractors.table_values import DEFAULT_MONEY_UNIT, table_unit
from extractors.title import project_name
from schemas.facts import Breakdown, BudgetItem, Extraction, FieldCandidate, Indicator, Metric, Project
from schemas.provenance import Provenance
from schemas.text import SegmentedDocument
from schemas.text.site_chrome import title_lines

GOALS_SECTION = "绩效自评表 / 年度总体目标 / 实际完成情况"
# Where the report names its own kind: its first lines (the title), within the first characters.
TITLE_CHARS = 300
TITLE_LINES = 3
_DEPARTMENT_WORDS = re.compile(r"部门整体|整体支出|部门预算执行")
_PROJECT_WORDS = re.compile(r"项目支出|项目绩效|项目名称")
# A caption that names a table (`项目支出绩效自评表`), not a row's item.
_NAMES_A_TABLE = re.compile(r"绩效|自评|表")


@dataclass(frozen=True)
class ParsedTable:
    view: TableView
    blocks: TableBlocks
    own_kind: str | None  # what the table itself says it is
    project: str | None
    continued: bool  # went on from the table before


def parse_tables(doc: SegmentedDocument) -> list[ParsedTable]:
    """Every table of the document with its blocks, in reading order."""
    out: list[ParsedTable] = []
    carry: Carry | None = None
    for page in doc.document.pages:
        # Lines one cell each are the last resort: a page whose text holds pipe or one-line tables has its form.
        found = page.tables or (*text_tables(page), *stream_line_tables(page), *labelled_row_tables(page)) \
            or tuple(stream_block_tables(page))
        for index, table in enumerate((*found, *label_tables(page))):
            table = regroup(table) or table
            view = TableView(page.number, index, split_point_pairs(table) or table)
            blocks = table_to_blocks(view, carry)
            continued = carry is not None and any(b.continued for b in blocks.indicators)
            carry = blocks.carry
            out.append(ParsedTable(view, blocks, _own_kind(blocks), _project_of(blocks), continued))
    return out


def _own_kind(blocks: TableBlocks) -> str | None:
    fields = {f.field for f in blocks.facts}
    # a cell naming a funds item (`项目支出` beside `基本支出`) says what the row holds, not whose table it is
    captions = [c for c in blocks.captions if _NAMES_A_TABLE.search(c) or not vocab.is_funds_row(c)]
    text = " ".join([blocks.title or "", *captions, *(h for fb in blocks.funds for h in fb.columns.headers.values())])
    caption_text = " ".join(blocks.view.texts[fb.header_row][0] for fb in blocks.funds)
    if _DEPARTMENT_WORDS.search(blocks.title or ""):
        return "department"  # `部门整体绩效自评表` whose 项目名称 is the unit's whole budget (`…整体监控`)
    if "project_name" in fields:
        return "project"
    # `部门名称 | X` heads a department's own table (a project table names its 主管部门 instead).
    names_unit = any(f.field == "department" and not f.label.startswith("主管") for f in blocks.facts)
    if names_unit or _DEPARTMENT_WORDS.search(text + caption_text):
        return "department"
    if _PROJECT_WORDS.search(text + caption_text):
        return "project"
    return None


def _project_of(blocks: TableBlocks) -> str | None:
    return next((project_name(f.value) for f in blocks.facts if f.field == "project_name"), None)


def contexts(doc: SegmentedDocument, tables: list[ParsedTable]) -> list[TableContext]:
    """Whose facts each table holds.

    A project table is the report's own in a project report with one project;
    in a department report, or beside other projects' tables, it describes
    one project (its funds are scoped to it). A table that does not say what it
    is takes the context of the table it continues (a continuation across a page
    break), else belongs to the report: a new table with its own header (a closing
    评价维度 | 分值 | 得分 score table) is the report's, whatever came before it, and in a
    project report naming one project, that project's.
    """
    title = title_text(doc)
    names = {t.project for t in tables if t.own_kind == "project" and t.project}
    department_doc = bool(_DEPARTMENT_WORDS.search(title)) or any(t.own_kind == "department" for t in tables)
    # Two or more tables in a department's report that each score what they hold (a 自评得分 column of their
    # own): each is one evaluated project, named in order by the report's project headings when they agree.
    scored = [t for t in tables if t.own_kind is None and not t.continued
              and any("score" in fb.columns.roles for fb in t.blocks.funds)]
    scored_names: dict[int, str | None] = {}
    if department_doc and len(scored) >= 2:
        headings = _project_headings(doc)
        scored_names = {id(t): headings[k] if len(headings) == len(scored) else None for k, t in enumerate(scored)}
    out: list[TableContext] = []
    previous: TableContext | None = None
    for t in tables:
        lists_projects = any(fb.lists_projects for fb in t.blocks.funds)
        if t.own_kind == "project" and department_doc and not t.project and lists_projects:
            # a department's sheet that lists its projects (`项目名称 | 全年预算数 | 执行数`): no one project's form
            ctx = TableContext("department", None, report_level=True)
        elif t.own_kind == "project":
            ctx = TableContext("project", t.project, report_level=not department_doc and len(names) <= 1)
        elif t.own_kind == "department":
            ctx = TableContext("department", None, report_level=True)
        elif id(t) in scored_names:
            ctx = TableContext("project", scored_names[id(t)], report_level=False)
        elif previous is not None and t.continued:
            ctx = previous
        elif not department_doc and len(names) == 1:
            # A project report's one project: its form's later tables (the indicators on the next page,
            # under their own header) are that project's too.
            ctx = TableContext("project", next(iter(names)), report_level=True)
        else:
            ctx = TableContext(None, None, report_level=True)
        out.append(ctx)
        previous = ctx
    return out


# A section heading that names a project: `（一）公共文化服务体系建设项目`.
_PROJECT_HEADING = re.compile(r"^\s*[(（][一二三四五六七八九十\d]{1,3}[)）]\s*(?P<name>[^，。；:：]{2,40}?(?:项目|工程))\s*$")


def _project_headings(doc: SegmentedDocument) -> list[str]:
    """The project names the report's section headings give, in order (`X项目` names `X`, as in the text)."""
    out = []
    for section in doc.sections:
        m = _PROJECT_HEADING.match(section.title)
        if m:
            name = m.group("name")
            out.append(name.removesuffix("项目"))
    return out


def title_text(doc: SegmentedDocument) -> str:
    """The report's title as far as it can be told: the page title hint and the first lines."""
    lines = [line for _, line in islice(title_lines(doc.text[:TITLE_CHARS]), TITLE_LINES)]
    return " ".join([doc.document.title_hint or "", *lines])


def goal_actual_texts(doc: SegmentedDocument) -> list[tuple[str, Provenance]]:
    """The 实际完成情况 texts of the goals blocks (achievements; the 预期目标 texts are targets)."""
    return _goal_texts(parse_tables(doc))


def _goal_texts(tables: list[ParsedTable]) -> list[tuple[str, Provenance]]:
    out = []
    for t in tables:
        for goal in t.blocks.goals:
            if goal.actual is not None and goal.actual.text:
                out.append((goal.actual.text, provenance(t.view, goal.actual)))
    return out


def _metrics_from_text() -> Callable[..., list[Metric]] | None:
    """The narrative metrics finder, when that extractor is installed."""
    try:
        from extractors.metrics import metrics_from_text
    except ImportError:
        return None
    return metrics_from_text  # type: ignore[no-any-return]


def goal_metrics(tables: list[ParsedTable]) -> list[Metric]:
    """Achievements stated in the goals blocks, through the narrative metrics finder."""
    finder = _metrics_from_text()
    if finder is None:
        return []
    out: list[Metric] = []
    for text, prov in _goal_texts(tables):
        for metric in finder(text, prov.page, GOALS_SECTION, EXTRACTOR):
            out.append(Metric(metric.subject, metric.figure, metric.unit,
                              Provenance(page=prov.page, extractor=EXTRACTOR, evidence=metric.provenance.evidence,
                                         table=prov.table, row=prov.row, col=prov.col, location=prov.location),
                              qualifier=metric.qualifier, section=GOALS_SECTION))
    return out


def tables_to_extraction(doc: SegmentedDocument, tables: list[ParsedTable]) -> Extraction:
    fields: list[FieldCandidate] = []
    items: list[BudgetItem] = []
    projects: list[Project] = []
    indicators: list[Indicator] = []
    executions: list[Indicator] = []
    breakdowns: list[Breakdown] = []
    for t, ctx in zip(tables, contexts(doc, tables), strict=True):
        pages = doc.document.pages
        unit = t.blocks.unit or (table_unit(t.view.table, pages, t.view.page - 1) if 0 < t.view.page <= len(pages) else None)
        for fb in t.blocks.funds:
            funds = funds_to_facts(t.view, fb, unit, ctx)
            items.extend(funds.items)
            if funds.execution:
                indicators.append(funds.execution)
                executions.append(funds.execution)
            projects.extend(funds.projects)
            breakdowns.extend(funds.breakdowns)
        items.extend(pair_items(t.view, unit or DEFAULT_MONEY_UNIT, ctx.scope))
        for ib in t.blocks.indicators:
            indicators.extend(indicators_to_facts(t.view, ib, ctx))
        fields.extend(field_candidates(t.blocks, ctx))
    # A funds block's 预算执行率 is its row of the indicators, unless the form prints that row again
    # among them (`预算执行 | 预算执行率 | 100% | 98.42% | 10 | 9.84`): then it is that row.
    from_funds = {id(e) for e in executions}
    printed = {(i.name, i.project) for i in indicators if id(i) not in from_funds}
    indicators = [i for i in indicators if id(i) not in from_funds or (i.name, i.project) not in printed]
    return Extraction(fields=tuple(fields), budget_items=tuple(items), projects=tuple(projects),
                      indicators=tuple(indicators), breakdowns=tuple(breakdowns))


@register("tables", produces=("fields", "budget_items", "projects", "indicators", "metrics", "breakdowns"), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    tables = parse_tables(doc)
    if not tables:
        return Extraction()
    return tables_to_extraction(doc, tables) + Extraction(metrics=tuple(goal_metrics(tables)))
