"""Recognized table blocks to facts: budget items, projects, indicators, report fields.

A funds block's total row gives `budget_initial`, `budget_adjusted`,
`expenditure_total`, `execution_rate` (basis None) and, from its 分值/得分,
the `预算执行率` indicator; its 其中 rows give one source item per column with
`basis` set. A row whose label the vocabulary does not know is kept as a
scoped part (`TABLE_ROW_ITEM`, never stored) so the table rules still see
every addend. The funds of a project table that is not the report's own are
scoped to that project and also give a `Project`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from extractors.table_blocks import FundsBlock, FundsRow, IndicatorBlock, IndicatorRow, TableBlocks
from extractors.table_grid import CellAt, TableView
from extractors.table_headers import MONEY_ROLES
from extractors.table_values import (
    DEFAULT_MONEY_UNIT,
    Number,
    is_missing,
    normalize_unit,
    parse_grade,
    parse_indicator_value,
    parse_money,
    parse_number,
    parse_points,
    parse_rate,
    parse_total_points,
)
from extractors.title import TITLE_WORDS, UNIT_NAME, YEAR, project_name
from schemas.facts import (
    EXECUTION_LEVEL1,
    FULL_MARKS,
    NESTED_SCOPE,
    PROJECT_SCOPE,
    ROW_RATE,
    WEIGHT_TOTAL,
    Basis,
    Breakdown,
    BudgetItem,
    FieldCandidate,
    Indicator,
    Project,
)
from schemas.figures import Figure
from schemas.provenance import Provenance
from schemas.tables import ITEM_PARTS

EXTRACTOR = "tables"
# Table figures are structured and labelled: they outrank a pattern match in prose.
TABLE_STRENGTH = 2
# The form's facts that name something; a name read by OCR carries its confidence to resolve.
NAMING_FACTS = ("department", "reporter", "implementer", "project_name")
SCORE_STRENGTH = 3
EXECUTION_INDICATOR = "预算执行率"
TABLE_ROW_ITEM = "table_row"  # an addend whose label is not in the vocabulary (scoped, never stored)
ROW_SCOPE = "table_row:"

TOTAL_ITEMS = {"initial": "budget_initial", "adjusted": "budget_adjusted", "executed": "expenditure_total",
               "received": "funds_received"}
BASES = {"initial": Basis.INITIAL, "adjusted": Basis.ADJUSTED, "executed": Basis.EXECUTED, "amount": None}
# A spending row's figures by column: checked against the column's total, never stored.
SPENDING_COLUMN_SCOPE = "spending_column"
# The total of a one-money-column table is the total its label names.
AMOUNT_TOTALS = (("收入", "revenue_total"), ("支出", "expenditure_total"))
OPERATOR_SIGNS = {"≥": "≥", ">=": "≥", "≤": "≤", "<=": "≤", "=": "=", ">": ">", "<": "<"}
DIRECTIONS = {"正向": "≥", "正向指标": "≥", "反向": "≤", "反向指标": "≤"}
_DEPARTMENT_CODE = re.compile(r"^[\[【(（]?\d{3,}[\]】)）]?\s*[-—－_]?\s*|[\[【(（]\d{3,}[\]】)）]$")


@dataclass(frozen=True)
class TableContext:
    """What a table is about: the report itself, or one project among several."""

    kind: str | None  # "project", "department", or None when the table does not say
    project: str | None
    report_level: bool

    @property
    def scope(self) -> str | None:
        return None if self.report_level else f"{PROJECT_SCOPE}{self.project or '?'}"


def provenance(view: TableView, cell: CellAt, evidence: str | None = None) -> Provenance:
    return Provenance(page=view.page, extractor=EXTRACTOR, evidence=evidence if evidence is not None else cell.text,
                      table=view.index, row=cell.row, col=cell.col, location=cell.address or view.table.location)


def department_name(text: str) -> str:
    return _DEPARTMENT_CODE.sub("", text).strip() or text


def single_unit(text: str) -> str | None:
    """One unit's name (`霍山县医院`), not a list (`各乡镇卫生院`, `A、B`) or a description."""
    name = department_name(text).replace(" ", "")
    if not UNIT_NAME.fullmatch(name) or _UNIT_LIST.search(name):
        return None
    # 和/及/与 join two units (`县医院和县中医院`), or stand inside one name (`发展和改革局`).
    parts = _JOINED.split(name)
    return None if len(parts) > 1 and all(UNIT_NAME.fullmatch(p) for p in parts) else name


_UNIT_LIST = re.compile(r"[、,，等]|各|辖区|相关")
# A cell that is another label with its value (`单位:万元` in the cell right of `主管部门:`): no unit's name.
_LABEL_VALUE = re.compile(r"[:：]")
_JOINED = re.compile(r"[和及与]")


# --- funds ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FundsFacts:
    items: tuple[BudgetItem, ...] = ()
    execution: Indicator | None = None
    projects: tuple[Project, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()  # a projects listing's 合计 row over its rows


def funds_to_facts(view: TableView, block: FundsBlock, unit: str | None, ctx: TableContext) -> FundsFacts:
    unit = block.unit or unit or DEFAULT_MONEY_UNIT
    if block.lists_projects:
        listed = [(row, _listed_project(view, block, row, unit)) for row in block.rows if row.kind == "project"]
        total = next((row for row in block.rows if row.kind == "total"), None)
        return FundsFacts(projects=tuple(p for _, p in listed),
                          breakdowns=_listing_totals(view, total, [p for _, p in listed], unit) if total else ())
    items: list[BudgetItem] = []
    execution: Indicator | None = None
    totals: dict[str, BudgetItem] = {}
    nested = is_nested(block)
    # by position in the block: one row of the table may hold several (`其中：基本支出：884.26项目支出：1,027.80`)
    parts = {k: _part_items(view, row, unit, ctx, nested) for k, row in enumerate(block.rows) if row.kind != "total"}
    kinds = Counter(row.kind for k, row in enumerate(block.rows) if row.kind not in (None, "total") and parts[k])
    for k, row in enumerate(block.rows):
        if row.kind == "total" and not totals:
            totals = _without_empty_columns(_total_items(view, block, row, unit, ctx),
                                            [b for k, found in parts.items() for b in found])
            items.extend(totals.values())
            execution = _execution_indicator(view, block, row, ctx)
        elif row.kind != "total":
            # two rows of one kind (`盟市财政资金`, `旗县财政资金`: two local tiers): each a part of
            # the sums, neither the item alone
            twice = row.kind is not None and kinds[row.kind] > 1
            items.extend(_part_items(view, replace(row, kind=None), unit, ctx, nested) if twice else parts[k])
    header = block.columns.headers.get("rate", "")
    rates = tuple(r for row in block.rows if row.kind != "total" and (r := _row_rate(view, row, unit, header)) is not None)
    projects: tuple[Project, ...] = ()
    if not ctx.report_level and ctx.project and totals:
        budget = totals.get("budget_adjusted") or totals.get("budget_initial")
        projects = (Project(
            name=ctx.project,
            provenance=(budget or next(iter(totals.values()))).provenance,
            budget=budget.figure if budget else None,
            executed=totals["expenditure_total"].figure if "expenditure_total" in totals else None,
            execution_rate=totals["execution_rate"].figure if "execution_rate" in totals else None,
        ),)
    return FundsFacts(tuple(items), execution, projects, rates)


def _row_rate(view: TableView, row: FundsRow, unit: str, header: str) -> Breakdown | None:
    """A source row's own 执行率 with the two figures it is the ratio of (`政府性基金 | 160.00 | 150.28 |
    95.93%`): the rules check it as they check the total's."""
    rate_cell = row.cells.get("rate")
    rate = parse_rate(rate_cell.text, header) if rate_cell else None
    budget_cell = row.cells.get("adjusted") or row.cells.get("initial")
    spent_cell = row.cells.get("executed")
    budget = parse_money(budget_cell.text, unit) if budget_cell else None
    spent = parse_money(spent_cell.text, unit) if spent_cell else None
    if rate is None or rate_cell is None or budget is None or spent is None or not budget.value:
        return None
    return Breakdown(kind=ROW_RATE, total=rate, total_label=row.label, parts=(("budget", budget), ("executed", spent)),
                     exhaustive=True, provenance=provenance(view, rate_cell, f"{row.label}: {rate_cell.text}"),
                     unit="%", item=row.kind)


# A listing's money columns: the role in the total row, and the projects' field with its contract name.
_LISTING_COLUMNS = (("executed", "executed", "projects.executed"), ("adjusted", "budget", "projects.budget"),
                    ("initial", "budget", "projects.budget"))


def _listing_totals(view: TableView, total: FundsRow, projects: list[Project], unit: str) -> tuple[Breakdown, ...]:
    """`合计 | 6,820.00 | 6,655.64` under the projects' rows: each money column's total over its rows."""
    out: list[Breakdown] = []
    seen: set[str] = set()
    for role, field_name, parts_item in _LISTING_COLUMNS:
        cell = total.cells.get(role)
        stated = parse_money(cell.text, unit) if cell else None
        parts = [(p.name, getattr(p, field_name)) for p in projects]
        if cell is None or stated is None or parts_item in seen or len(parts) < 2 or any(f is None for _, f in parts):
            continue
        seen.add(parts_item)
        out.append(Breakdown(kind="sum", total=stated, total_label=total.label, parts=tuple(parts), exhaustive=True,
                             provenance=provenance(view, cell), unit="元", parts_item=parts_item))
    return tuple(out)


def _listed_project(view: TableView, block: FundsBlock, row: FundsRow, unit: str) -> Project:
    """One row of a `项目名称 | 预算数 | 执行数 | 执行率` listing."""
    def money(role: str) -> Figure | None:
        cell = row.cells.get(role)
        return parse_money(cell.text, unit) if cell else None

    rate_cell = row.cells.get("rate")
    anchor = next((row.cells[r] for r in ("adjusted", "initial", "executed") if r in row.cells), None)
    prov = provenance(view, anchor, view.row_text(row.row)) if anchor else Provenance(page=view.page, extractor=EXTRACTOR)
    return Project(
        name=project_name(row.label), provenance=prov,
        budget=money("adjusted") or money("initial"), executed=money("executed"),
        execution_rate=parse_rate(rate_cell.text, block.columns.headers.get("rate", "")) if rate_cell else None,
        fund_source=row.source,
    )


def _total_items(view: TableView, block: FundsBlock, row: FundsRow, unit: str,
                 ctx: TableContext) -> dict[str, BudgetItem]:
    out: dict[str, BudgetItem] = {}
    for role, code in TOTAL_ITEMS.items():
        cell = row.cells.get(role)
        figure = parse_money(cell.text, unit) if cell else None
        if cell and figure:
            out[code] = BudgetItem(code, figure, provenance(view, cell), strength=TABLE_STRENGTH, scope=ctx.scope)
    amount = row.cells.get("amount")
    named = next((c for word, c in AMOUNT_TOTALS if word in row.label), None)
    total = parse_money(amount.text, unit) if amount and named else None
    if amount and named and total:
        out[named] = BudgetItem(named, total, provenance(view, amount), strength=TABLE_STRENGTH, scope=ctx.scope)
    cell = row.cells.get("rate")
    rate = parse_rate(cell.text, block.columns.headers.get("rate", "")) if cell else None
    if cell and rate:
        out["execution_rate"] = BudgetItem("execution_rate", rate, provenance(view, cell), strength=TABLE_STRENGTH,
                                           scope=ctx.scope)
    return out


def _without_empty_columns(totals: dict[str, BudgetItem], parts: list[BudgetItem]) -> dict[str, BudgetItem]:
    """A total of 0.00 over parts that are all zero or blank states no money (`年初预算数 0.00` of a project
    added during the year); over parts with money it stays, for the sums to catch."""
    empty = {role for role, basis in BASES.items()
             if basis is not None and not any(b.basis is basis and b.figure.value for b in parts)}
    return {code: item for code, item in totals.items()
            if item.figure.value or not any(TOTAL_ITEMS.get(role) == code for role in empty)}


def is_nested(block: FundsBlock) -> bool:
    """Whether a `其中` row opens a second level (`财政拨款` / `其中：一般公共预算` / `政府性基金`).

    Which rows then split which is not written down; such a block's parts are
    kept out of the dataset and out of the sums (scope `nested:`), not guessed.
    """
    parts = [r for r in block.rows if r.kind != "total"]
    total = next((r for r in block.rows if r.kind == "total"), None)
    return (any(_opens_inner_list(r) for r in parts[1:]) and not _nesting_named_by_items(parts)
            and not (total is not None and _lists_of_the_total(total, parts)))


def _lists_of_the_total(total: FundsRow, parts: list[FundsRow]) -> bool:
    """Each `其中` list adds up to the total row in every column it fills (`其中：一般公共预算` / `上年结转`, then
    `其中：基本支出` / `项目支出`; a `—` is nothing): two breakdowns of the whole side by side, by source and by
    kind, not one nested in the other. The report's own arithmetic says so; a list that does not add up says
    nothing."""
    groups: list[list[FundsRow]] = []
    for row in parts:
        if _opens_inner_list(row) or not groups:
            groups.append([])
        groups[-1].append(row)
    if len(groups) < 2:
        return False
    for group in groups:
        filled = 0
        for role in MONEY_ROLES:
            whole = _number(total.cells.get(role))
            values = [_number(r.cells.get(role)) for r in group]
            present = [v for v in values if v is not None]
            if whole is None or not present:
                continue
            if len(group) < 2:
                return False
            tolerance = sum((v.half_unit() for v in present), whole.half_unit())
            if abs(sum(v.value for v in present) - whole.value) > tolerance:
                return False
            filled += 1
        if not filled:
            return False
    return True


def _number(cell: CellAt | None) -> Number | None:
    return parse_number(cell.text) if cell is not None else None


def _opens_inner_list(row: FundsRow) -> bool:
    return re.match(r"\s*(其中|含)", row.label) is not None


def _nesting_named_by_items(parts: list[FundsRow]) -> bool:
    """Every `其中` list names items inside the row above it (`基本支出` / `其中：人员经费` / `公用经费`),
    so the items themselves say which row splits which."""
    parent: str | None = None
    inside = False
    for row in parts:
        within_parent = row.kind in ITEM_PARTS.get(parent or "", frozenset())
        if _opens_inner_list(row):
            if not within_parent:
                return False
            inside = True
        elif not (inside and within_parent):
            parent, inside = row.kind, False
    return True


def _part_items(view: TableView, row: FundsRow, unit: str, ctx: TableContext, nested: bool) -> list[BudgetItem]:
    """The row's figures by basis; none for a row of zeros (`单位资金 | 0 | 0 | 0`: no money from that
    source, which adds nothing to any sum). A spending row (基本支出, 项目支出) gives its spending,
    the 执行数, as the report's figure."""
    out = []
    spending = (row.kind or "").startswith("expenditure_")
    for role, basis in BASES.items():
        cell = row.cells.get(role)
        figure = parse_money(cell.text, unit) if cell else None
        if cell is None or figure is None:
            continue
        if spending and not nested:
            # A 基本支出 / 项目支出 row: its 执行数 is the report's spending; its budget columns are no
            # item, kept (not stored) so that each column's spending rows still add up to its total.
            where = provenance(view, cell, f"{row.label}: {cell.text}")
            if basis in (Basis.EXECUTED, None):
                out.append(BudgetItem(row.kind or TABLE_ROW_ITEM, figure, where, strength=TABLE_STRENGTH, scope=ctx.scope))
            if basis is not None:
                out.append(BudgetItem(row.kind or TABLE_ROW_ITEM, figure, where, basis=basis, strength=TABLE_STRENGTH,
                                      scope=ctx.scope or SPENDING_COLUMN_SCOPE))
            continue
        scope: str | None
        if nested:
            code, scope = row.kind or TABLE_ROW_ITEM, f"{NESTED_SCOPE}{row.label}"
        elif row.kind is None:
            code, scope = TABLE_ROW_ITEM, f"{ROW_SCOPE}{row.label}"
        else:
            code, scope = row.kind, ctx.scope
        out.append(BudgetItem(code, figure, provenance(view, cell, f"{row.label}: {cell.text}"), basis=basis,
                              strength=TABLE_STRENGTH, scope=scope))
    return out if any(b.figure.value for b in out) else []


_WHOLE_SCORE_HEADER = re.compile(r"自评|综合|总")


def _execution_indicator(view: TableView, block: FundsBlock, row: FundsRow, ctx: TableContext) -> Indicator | None:
    weight_cell, score_cell = row.cells.get("weight"), row.cells.get("score")
    weight = parse_points(weight_cell.text) if weight_cell else None
    score = parse_points(score_cell.text) if score_cell else None
    if weight is None and score is None:
        return None
    if weight is None and _WHOLE_SCORE_HEADER.search(block.columns.headers.get("score", "")):
        return None  # `执行率 | 自评得分 | 自评等级`: the project's own score beside its rate, no points of the rate
    rate_cell = row.cells.get("rate")
    rate = parse_rate(rate_cell.text, block.columns.headers.get("rate", "")) if rate_cell else None
    anchor = score_cell if score is not None and score_cell else weight_cell
    assert anchor is not None
    return Indicator(
        name=EXECUTION_INDICATOR, provenance=provenance(view, anchor, view.row_text(row.row)),
        project=ctx.project, level1=EXECUTION_LEVEL1,
        actual=rate.stated if rate else None, actual_value=rate.value if rate else None,
        unit="%" if rate else None, weight=weight, score=score,
    )


# --- indicators ----------------------------------------------------------------------------------

def indicators_to_facts(view: TableView, block: IndicatorBlock, ctx: TableContext) -> list[Indicator]:
    return [_indicator(view, row, ctx) for row in block.rows]


def _text(row: IndicatorRow, role: str) -> str | None:
    cell = row.cells.get(role)
    return None if cell is None or is_missing(cell.text) else cell.text


# `指标1:居民健康档案建档人数`: the form's numbering is not part of the indicator's name.
_INDICATOR_NUMBER = re.compile(r"^\s*指标\s*\d{1,3}\s*[:：、.．]\s*")


# A 指标性质 cell OCR could not read: blank, or one stray letter or digit for its `≥` / `≤` (`N`, `M`, `2`).
_UNREAD_SIGN = re.compile(r"^[A-Za-z0-9]?$")


def _sign_by_the_points(row: IndicatorRow, target: str | None, actual: str | None) -> str | None:
    """The comparison the row's own points bear out, when its sign was not read: full points for an actual
    above the target, or fewer for one below it, say `≥`; the other way round, `≤` (a date or a cost)."""
    target_value, actual_value = parse_indicator_value(target), parse_indicator_value(actual)
    weight_cell, score_cell = row.cells.get("weight"), row.cells.get("score")
    weight = parse_points(weight_cell.text) if weight_cell else None
    score = parse_points(score_cell.text) if score_cell else None
    if (target_value is None or actual_value is None or target_value.value is None or actual_value.value is None
            or weight is None or score is None or actual_value.value == target_value.value):
        return None
    above, full = actual_value.value > target_value.value, score.value >= weight.value
    return "≥" if above == full else "≤"


def _indicator(view: TableView, row: IndicatorRow, ctx: TableContext) -> Indicator:
    if row.level_row:
        return _level_indicator(view, row, ctx)
    name_cell = row.cells.get("name") or row.cells["level2"]
    # Chongqing tables state a target twice: the adjusted one, when given, is the one evaluated.
    target = _text(row, "target") or _text(row, "target_adjusted") or _text(row, "target_initial")
    actual = _text(row, "actual")
    target_value = parse_indicator_value(target)
    nature = (_text(row, "nature") or "").replace(" ", "")
    if target_value is not None and target_value.operator is None and target_value.value is not None:
        # Sichuan puts the comparison in 指标性质 (`≥ | 52 | 人`): it belongs to the target.
        if nature in OPERATOR_SIGNS:
            target = OPERATOR_SIGNS[nature] + (target or "")
            target_value = parse_indicator_value(target)
        elif nature in DIRECTIONS:
            target_value = replace(target_value, operator=DIRECTIONS[nature])
        elif "nature" in row.cells and _UNREAD_SIGN.match(nature) and (sign := _sign_by_the_points(row, target, actual)):
            target = sign + (target or "")
            target_value = parse_indicator_value(target)
    actual_value = parse_indicator_value(actual)
    unit = normalize_unit(_text(row, "unit")) or (target_value.unit if target_value else None) or (
        actual_value.unit if actual_value else None)
    weight_cell, score_cell = row.cells.get("weight"), row.cells.get("score")
    return Indicator(
        name=_INDICATOR_NUMBER.sub("", name_cell.text) or name_cell.text,
        provenance=provenance(view, name_cell, row.evidence),
        project=ctx.project,
        level1=row.level1 if "name" in row.cells or row.level1 != name_cell.text else None,
        level2=row.level2 if "name" in row.cells else None,
        target=target, actual=actual,
        target_value=target_value.value if target_value else None,
        actual_value=actual_value.value if actual_value else None,
        target_operator=target_value.operator if target_value else None,
        unit=unit,
        weight=parse_points(weight_cell.text) if weight_cell else None,
        score=parse_points(score_cell.text) if score_cell else None,
        note=_text(row, "note"),
    )


def _level_indicator(view: TableView, row: IndicatorRow, ctx: TableContext) -> Indicator:
    label = row.cells["level1"]
    weight_cell, score_cell = row.cells.get("weight"), row.cells.get("score")
    weight = parse_points(weight_cell.text) if weight_cell else None
    if weight is None and row.level1_points is not None:
        weight = Figure.exact(row.level1_points)
    return Indicator(
        name=row.level1 or label.text, provenance=provenance(view, label, row.evidence), project=ctx.project,
        weight=weight, score=parse_points(score_cell.text) if score_cell else None, level_row=True,
    )


# --- report fields -------------------------------------------------------------------------------

REPORTER_STRENGTH = 3  # a form's 填报单位: as firm as the title's own unit


def field_candidates(blocks: TableBlocks, ctx: TableContext) -> list[FieldCandidate]:
    """Header facts and the 总分 row as report fields (only for the report's own tables)."""
    view = blocks.view
    out: list[FieldCandidate] = []
    for fact in blocks.facts:
        prov = provenance(view, fact.cell, fact.value)
        if fact.field in NAMING_FACTS:  # a name OCR read may yield to the text layer's (resolve)
            prov = replace(prov, confidence=view.ocr_confidence(fact.cell))
        if fact.field == "department" and ctx.report_level and not _LABEL_VALUE.search(fact.value):
            out.append(FieldCandidate("department", department_name(fact.value), prov, strength=1))
        elif fact.field == "reporter" and ctx.report_level and (unit := single_unit(fact.value)):
            # the unit that fills the form in says it reports, above the unit that carried the project out
            out.append(FieldCandidate("department", unit, prov, strength=REPORTER_STRENGTH))
        elif fact.field == "implementer" and ctx.report_level and (unit := single_unit(fact.value)):
            # the unit that carried the project out reports on it (a school, a hospital under its bureau)
            out.append(FieldCandidate("department", unit, prov, strength=2))
        elif fact.field == "project_name" and ctx.report_level and ctx.kind == "project":
            out.append(FieldCandidate("project_name", project_name(fact.value), prov, strength=TABLE_STRENGTH))
        elif fact.field == "self_score" and ctx.report_level:
            number = parse_number(fact.value)
            if number is not None:
                out.append(FieldCandidate("self_score", number.value, prov, strength=SCORE_STRENGTH))
        elif fact.field == "grade" and ctx.report_level and (grade := parse_grade(fact.value)):
            out.append(FieldCandidate("grade", grade, prov, strength=SCORE_STRENGTH))
    if not ctx.report_level:
        return out
    for total in blocks.totals:
        weight = parse_total_points(total.weight.text) if total.weight else None
        if weight is not None and total.weight is not None:
            out.append(FieldCandidate(WEIGHT_TOTAL, weight.value, provenance(view, total.weight), strength=SCORE_STRENGTH))
        score = parse_total_points(total.score.text) if total.score else None
        if score is not None and total.score is not None:
            # `合计 | 90 | 88.2` under indicators worth 90: the funds' 10 points are scored apart, so the
            # row is part of the self-score, taken only when nothing states the whole
            partial = weight is not None and weight.value < FULL_MARKS
            out.append(FieldCandidate("self_score", score.value, provenance(view, total.score),
                                      strength=1 if partial else SCORE_STRENGTH))
        if total.grade:
            cell = total.score or total.weight
            prov = provenance(view, cell, total.grade) if cell else Provenance(page=view.page, extractor=EXTRACTOR)
            out.append(FieldCandidate("grade", total.grade, prov, strength=SCORE_STRENGTH))
    year = YEAR.search(blocks.title or "")
    if year and TITLE_WORDS.search(blocks.title or ""):  # `项目支出绩效自评表(2023年度)`
        out.append(FieldCandidate("fiscal_year", int(year.group("year")), Provenance(
            page=view.page, extractor=EXTRACTOR, table=view.index, evidence=blocks.title or ""), strength=2))
    if ctx.kind in ("project", "department"):
        kind = "project" if ctx.kind == "project" else "department_overall"
        out.append(FieldCandidate("report_kind", kind, Provenance(page=view.page, extractor=EXTRACTOR,
                                                                  table=view.index, evidence=blocks.title or ""),
                                  strength=1))
    return out
