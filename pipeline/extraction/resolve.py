"""Resolve: from every candidate, one value per field; disagreements become flags.

Find, then resolve (as in spaCy's span ruler): extractors return all they
found with evidence; this step picks. Figures equal within their stated
rounding are one fact with several provenances; different figures for one item
are a contradiction: an error when a table and the narrative disagree, a
warning when one source states two values (which may be two scopes the
patterns could not tell apart).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from itertools import combinations

from extractors.narrative_indicators import NAME as NARRATIVE_LEVELS
from extractors.region import BELONGS_TO, MUNICIPALITIES, chain_at, encloses, gazetteer, region_parts
from extractors.region import LEVELS as REGION_LEVELS
from schemas.facts import (
    FLOOR_GRADES,
    GRADE_FLOOR,
    GRADES,
    REPORT_FIELDS,
    WEIGHT_TOTAL,
    BudgetItem,
    Extraction,
    FieldCandidate,
    Flag,
    FlagParam,
    FlagText,
    Indicator,
    Metric,
    Project,
    ReportFacts,
    ReportKind,
    ReportMeta,
    Severity,
)
from schemas.figures import Figure
from schemas.provenance import Provenance

RULE_CONFLICT = "resolve.conflict"
RULE_TABLE_NARRATIVE = "resolve.table_vs_narrative"
TABLE_EXTRACTORS = frozenset({"tables", "budget_grid"})
RESOLVER_RULES: dict[str, str] = {
    RULE_TABLE_NARRATIVE: "A table and the narrative state different values for one figure (error).",
    RULE_CONFLICT: "One source states two values for one figure or report field (warning).",
}


def resolve(extraction: Extraction) -> ReportFacts:
    """One value per field by the strength of its wording; rivals kept as alternatives
    (`pipeline.extraction.corroborate` may then choose among them by the report's arithmetic)."""
    meta = _resolve_meta(extraction.fields)
    items = reduction_as_change(_resolve_budget(extraction.budget_items))
    flags = conflict_flags(meta, items)
    return ReportFacts(
        meta=meta,
        budget_items=tuple(items),
        projects=tuple(_resolve_projects(extraction.projects)),
        indicators=tuple(_without_restated_levels(_dedupe_indicators(extraction.indicators))),
        metrics=tuple(_dedupe_metrics(extraction.metrics)),
        findings=extraction.findings,
        flags=tuple(flags),
        breakdowns=extraction.breakdowns,
        stated_money=extraction.stated_money,
    )


# Self-evaluations are scored out of 100 (满分100分): a larger "score" is another figure misread.
MAX_SELF_SCORE = Decimal(100)


def _is_points(value: object) -> bool:
    try:
        points = Decimal(str(value))
    except ArithmeticError:
        return False
    return 0 <= points <= MAX_SELF_SCORE


# Fields whose rivals (stated as firmly as the chosen value) are kept and reported.
RIVAL_FIELDS = ("self_score", "grade", "fiscal_year")


def _resolve_meta(fields: tuple[FieldCandidate, ...]) -> ReportMeta:
    by_name: dict[str, list[FieldCandidate]] = defaultdict(list)
    # strength 0: a division read from a chain in running text (`江苏省盐城市东台市…`), taken only
    # as what leads to the department's own region (meta_from); a labelled one stands by itself
    stated_regions = [c for c in fields if c.name in REGION_LEVELS and c.strength == 0]
    for c in fields:
        if c.name in REGION_LEVELS and c.strength == 0:
            continue
        if c.name in REPORT_FIELDS and (c.name not in ("grade", "external_grade") or c.value in GRADES) \
                and (c.name != "self_score" or _is_points(c.value)):
            by_name[c.name].append(c)
    chosen: dict[str, FieldCandidate] = {}
    alternatives: dict[str, tuple[FieldCandidate, ...]] = {}
    for name, cands in by_name.items():
        ranked = sorted(cands, key=lambda c: -c.strength)  # stable: earliest first among equals
        if name == "department":  # among equals, a name with its place (`发布机构 湘管委` / `来源:某区…管委会`)
            ranked.sort(key=lambda c: (-c.strength, not _opens_with_place(str(c.value))))
        best = _as_the_text_layer_reads(ranked[0], ranked) if name in NAME_FIELDS else ranked[0]
        if name == "department":
            best = _with_its_place(_expanded(best, ranked), ranked)
        chosen[name] = best
        rivals: list[FieldCandidate] = []
        for c in ranked[1:]:
            if c.strength == best.strength and not any(_same_value(c.value, r.value) for r in [best, *rivals]):
                rivals.append(c)
        if rivals and name in RIVAL_FIELDS:
            alternatives[name] = tuple(rivals)
    weight_totals = sorted((c for c in fields if c.name == WEIGHT_TOTAL and isinstance(c.value, Decimal)),
                           key=lambda c: -c.strength)
    return replace(meta_from(chosen, alternatives, stated_regions), grade_floors=stated_grade_floors(fields),
                   weight_total=weight_totals[0].value if weight_totals else None)  # type: ignore[arg-type]


# Names a text layer may state again, more surely than OCR read them.
NAME_FIELDS = ("department", "project_name")
# OCR misreads at most one character in this many of a name (`衣牧民技能培训` for `农牧民技能培训`).
MISREAD_ONE_IN = 6


def _as_the_text_layer_reads(best: FieldCandidate, cands: Sequence[FieldCandidate]) -> FieldCandidate:
    """A name OCR read (its provenance has a confidence) that a text layer states with a character or
    two otherwise, the same length: the text layer's reading stands."""
    if best.provenance.confidence is None:
        return best
    read = str(best.value)
    for c in cands:
        other = str(c.value)
        if c.provenance.confidence is None and len(other) == len(read) \
                and 0 < sum(a != b for a, b in zip(read, other)) <= max(1, len(read) // MISREAD_ONE_IN):
            return c
    return best


def _expanded(best: FieldCandidate, cands: Sequence[FieldCandidate]) -> FieldCandidate:
    """A short name's full form, where a statement as firm spells it out: `湘管委` is `…湘湖旅游度假区管委会`,
    an abbreviation taking the full name's characters in order, its first and last among them."""
    short = str(best.value)
    if len(short) > MAX_ABBREVIATION:
        return best
    for c in cands:
        full = str(c.value)
        if c.strength >= best.strength and len(short) < len(full) <= MAX_EXPANDED and _abbreviates(short, full):
            return c
    return best


MAX_ABBREVIATION = 4
MAX_EXPANDED = 20


def _abbreviates(short: str, full: str) -> bool:
    first = at = full.find(short[0])
    if first < 0 or first > len(full) // 2:
        return False
    for char in short[1:]:
        at = full.find(char, at + 1)
        if at < 0:
            return False
    return len(full) - at <= 3  # its last character in the full name's ending


def _opens_with_place(name: str) -> bool:
    parts = region_parts(name)
    return bool(parts) and parts[0].start == 0


def _with_its_place(best: FieldCandidate, cands: Sequence[FieldCandidate]) -> FieldCandidate:
    """The unit's name with the places before it, where another statement gives them and it names
    none: a title's `柳溪卫生院` is the form's `青石县白沙乡柳溪卫生院`, and the places are where it stands."""
    name = str(best.value)
    if region_parts(name):
        # `昌吉市林业和草原局` names its place already; the form's full chain adds nothing, but a
        # municipality's district is named with the municipality (`上海市杨浦区医疗保障局`)
        named = {city + name for city in MUNICIPALITIES}
        return next((c for c in cands if c.strength >= 1 and str(c.value) in named), best)
    for c in cands:
        fuller = str(c.value)
        places = fuller[:len(fuller) - len(name)]
        # `县档案馆` cut from `寻甸回族彝族自治县档案馆`: its first character may close the places
        # a name cut to its level's character (`县司法局`) is no name at all: any statement may complete it
        # and a bare bureau (`林业局`) is every county's: a page's 发布机构 with its places names it
        weakest = 1 if name[:1] in _LEVEL_FIRST or _BARE_BUREAU.fullmatch(name) else LABELLED
        if c.strength >= weakest and places and fuller.endswith(name) \
                and (_PLACES.fullmatch(places) or _PLACES.fullmatch(places + name[:1])) \
                and any(p.start == 0 for p in region_parts(fuller)):
            return c
    return best


_LEVEL_FIRST = ("省", "市", "区", "县", "旗", "州")
# A government bureau named by its field alone (`林业局`, `卫生健康委员会`), no proper name in it.
_BARE_BUREAU = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|委员会|委|厅)")
# A department candidate at least this strong names the unit itself (a form's 单位名称), not a unit above it.
LABELLED = 2
# Divisions down to the township: `青石县白沙乡`, `某市某区某街道`.
_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|旗|州|盟|乡|镇|街道))+")


def stated_grade_floors(fields: Sequence[FieldCandidate]) -> tuple[tuple[str, Decimal], ...]:
    """The report's own grading scale (its first statement of each grade's floor), best grade first;
    none when the floors it states do not fall grade by grade (a misread scale grades nothing)."""
    floors: dict[str, Decimal] = {}
    for c in fields:
        grade = c.name.removeprefix(GRADE_FLOOR)
        if c.name.startswith(GRADE_FLOOR) and grade not in floors and isinstance(c.value, Decimal):
            floors[grade] = c.value
    stated = tuple((g, floors[g]) for g in FLOOR_GRADES if g in floors)
    values = [v for _, v in stated]
    if any(a <= b for a, b in zip(values, values[1:])) or any(not 0 < v <= MAX_SELF_SCORE for v in values):
        return ()
    return stated


def meta_from(chosen: dict[str, FieldCandidate], alternatives: dict[str, tuple[FieldCandidate, ...]],
              stated_regions: Sequence[FieldCandidate] = ()) -> ReportMeta:
    """The report's fields from the chosen candidates (the region read off the department, and
    the divisions above it from a chain the text states: `江苏省盐城市东台市实验中学…`)."""
    chosen = dict(chosen)
    values = {name: c.value for name, c in chosen.items()}
    department = values.get("department")
    if department and not any(k in values for k in REGION_LEVELS):
        # the region is the department's: `广州市海珠区应急管理局` -> 广州市, 海珠区
        parts = region_parts(str(department))
        for part in parts:
            values[part.level] = part.name
            chosen[part.level] = chosen["department"]
        if parts:
            for level in REGION_LEVELS[:REGION_LEVELS.index(parts[0].level)]:
                above = next((c for c in stated_regions if c.name == level and _leads_to(c, parts[0].name)), None)
                if above is not None:
                    values[level] = above.value
                    chosen[level] = above
        else:
            for level, name, stated in _chain_named_by_short_name(str(department), stated_regions):
                values[level] = name
                chosen[level] = stated
    title = values.get("title")
    if not department and title and not any(k in values for k in REGION_LEVELS):
        # no unit named: the place the title opens with (`四川省汶川县2021年…专项转移支付绩效自评报告`)
        parts = region_parts(str(title))  # the chain the title opens with
        if parts and parts[0].name in gazetteer():  # a known division, not a guess (`关于四川省`)
            for part in parts:
                values[part.level] = part.name
                chosen[part.level] = chosen["title"]
    return ReportMeta(
        title=_text(values.get("title")),
        department=_text(values.get("department")),
        province=_text(values.get("province")),
        city=_text(values.get("city")),
        county=_text(values.get("county")),
        fiscal_year=int(values["fiscal_year"]) if "fiscal_year" in values else None,
        report_kind=ReportKind(str(values.get("report_kind", ReportKind.UNKNOWN.value))),
        project_name=_text(values.get("project_name")),
        self_score=_decimal(values.get("self_score")),
        grade=_text(values.get("grade")),
        external_grade=_text(values.get("external_grade")),
        provenance={name: c.provenance for name, c in chosen.items()},
        alternatives=alternatives,
    )


def _same_value(a: object, b: object) -> bool:
    da, db = _decimal(a), _decimal(b)
    if da is not None and db is not None:
        return da == db
    return str(a) == str(b)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _chain_named_by_short_name(department: str, stated_regions: Sequence[FieldCandidate]
                               ) -> list[tuple[str, str, FieldCandidate]]:
    """A unit named by its place's short name (`咸宁职业技术学院`) is in the division a chain the text
    states ends with (`湖北省咸宁市人民政府举办`): that chain's divisions, each with its level."""
    for stated in stated_regions:
        chain = chain_at(stated.provenance.evidence, 0)
        if len(chain) < 2:
            continue
        short = chain[-1].name[:-1]
        if len(short) >= 2 and department.startswith(short) and not department.startswith(chain[-1].name):
            return [(part.level, part.name, stated) for part in chain]
    return []


def _leads_to(stated: FieldCandidate, division: str) -> bool:
    """Whether a stated division heads a chain that goes on to `division` (its evidence is the chain), the
    evidence places `division` in it (`广河县隶属临夏回族自治州`), or, named alone at the opening, it is the
    division the gazetteer puts `division` in (`锡林郭勒盟…自评表` over `阿巴嘎旗卫生和计划生育局`)."""
    if stated.provenance.evidence == str(stated.value):  # named alone: where the gazetteer puts the division
        return encloses(str(stated.value), division)
    above, found, after = stated.provenance.evidence.partition(division)
    if not found:
        return False
    relation = BELONGS_TO.match(after)
    return str(stated.value) in above or (relation is not None and after[relation.end():] == str(stated.value))


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def agree(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) <= a.tolerance + b.tolerance


def _resolve_budget(cands: tuple[BudgetItem, ...]) -> list[BudgetItem]:
    """Per item (and basis), candidates equal within their rounding are one figure with several
    provenances; the strongest figure is chosen and the others kept as its alternatives."""
    groups: dict[tuple[str, object], list[BudgetItem]] = defaultdict(list)
    out: list[BudgetItem] = []
    for c in cands:
        if c.scope is not None:
            out.append(c)  # parts of a scope (each evaluated fund) are all kept
        else:
            groups[(c.item, c.basis)].append(c)
    for group in groups.values():
        clusters: list[list[BudgetItem]] = []
        for c in sorted(group, key=lambda c: -c.strength):
            home = next((cl for cl in clusters if agree(cl[0].figure, c.figure)), None)
            if home is None:
                clusters.append([c])
            else:
                home.append(c)
        figures = _whole_before_its_tranches([_most_exact(cl) for cl in clusters])
        out.append(replace(figures[0], alternatives=tuple(figures[1:])))
    return out


MAX_TRANCHES = 6


def _whole_before_its_tranches(figures: list[BudgetItem]) -> list[BudgetItem]:
    """A figure stated as firmly as the strongest that others add up to is the whole, and those are its
    tranches, no rivals: `中央下达…资金共1737万元` over `下达…1300万元` and `下达…437万元`."""
    strongest = figures[0].strength
    for whole in figures:
        if whole.strength < strongest:
            break
        others = [f for f in figures if f is not whole]
        for size in range(2, min(len(others), MAX_TRANCHES) + 1):
            for parts in combinations(others[:MAX_TRANCHES], size):
                gap = abs(sum(p.value for p in parts) - whole.value)
                if gap <= whole.figure.tolerance + sum(p.figure.tolerance for p in parts):
                    return [whole, *(f for f in others if not any(f is p for p in parts))]
    return figures


def _most_exact(cluster: list[BudgetItem]) -> BudgetItem:
    """One figure stated several ways within rounding (`18,106.52万元` in the text, `181,065,248.52元`
    in the table): the exact statement stands for it, with the strongest one's strength; the
    others corroborate it."""
    exact = min(cluster, key=lambda c: c.figure.tolerance)  # the first (strongest) of equals
    others = tuple(x.provenance for x in cluster if x is not exact)
    return replace(exact, strength=cluster[0].strength, corroborations=others)


REDUCTION_SCOPE = "budget_reduction"


def reduction_as_change(items: list[BudgetItem]) -> list[BudgetItem]:
    """A budget changed only downward (`调减财政拨款预算36.00万元`, no 追加 stated): its change,
    `budget_addition`, is the reduction negated. With an addition stated as well, the reduction
    stays beside it (not stored) for 年初 + 追加 − 调减 = 调整后."""
    reductions = [b for b in items if b.scope == REDUCTION_SCOPE]
    if len({b.figure.value for b in reductions}) != 1:
        return items
    if any(b.item == "budget_addition" and b.scope is None and b.basis is None for b in items):
        return items
    change = replace(reductions[0], figure=reductions[0].figure.negated(), scope=None,
                     corroborations=tuple(b.provenance for b in reductions[1:]))
    return [b for b in items if b.scope != REDUCTION_SCOPE] + [change]


def _from_a_table(where: Provenance) -> bool:
    return where.extractor in TABLE_EXTRACTORS


def conflict_flags(meta: ReportMeta, items: list[BudgetItem] | tuple[BudgetItem, ...]) -> list[Flag]:
    """Rival values of one figure: an error when a table and the narrative disagree, a warning when
    one source states two values (which may be two scopes the patterns could not tell apart), as when
    the narrative states the table's value too (`年初…160.00万元`, `全年预算186.45万元` beside a form's
    全年 1,864,500.00): the narrative disagrees with itself, not with the table."""
    flags: list[Flag] = []
    for name, rivals in meta.alternatives.items():
        where = meta.provenance.get(name)
        best = getattr(meta, name)
        flags.append(Flag(
            rule=RULE_CONFLICT, severity=Severity.WARNING, items=(name,),
            text=FlagText("resolve.conflict.field", (
                FlagParam.item("subject", name), FlagParam.text("value", best),
                FlagParam.names("others", sorted(str(r.value) for r in rivals)))),
            page=where.page if where is not None else None,
        ))
    for best in items:
        for other in best.alternatives:
            if other.strength < best.strength and other.provenance.extractor == best.provenance.extractor:
                continue  # a wider wording (`财政拨款`) beside the specific one: not a contradiction
            cross = _from_a_table(best.provenance) != _from_a_table(other.provenance) and not any(
                _from_a_table(p) == _from_a_table(other.provenance) for p in best.corroborations)
            label = best.item + (f"@{best.basis.value}" if best.basis is not None else "")
            flags.append(Flag(
                rule=RULE_TABLE_NARRATIVE if cross else RULE_CONFLICT,
                severity=Severity.ERROR if cross else Severity.WARNING,
                items=(best.item,),
                expected=best.value, stated=other.value,
                text=FlagText("resolve.figure", (
                    FlagParam.item("subject", label), FlagParam.text("best", best.figure.stated),
                    FlagParam.text("best_page", best.provenance.page if best.provenance.page is not None else "?"),
                    FlagParam.text("other", other.figure.stated),
                    FlagParam.text("other_page", other.provenance.page if other.provenance.page is not None else "?"))),
                page=other.provenance.page,
            ))
    return flags


def _name_key(name: str) -> str:
    return re.sub(r"[\s“”\"'‘’《》()（）]", "", name)


# Rows of a project listing that sum or summarise it: `合计`, `部门整体支出(万元)`.
NOT_A_PROJECT = re.compile(r"^(?:合计|总计|小计|其中)|部门整体|整体支出")


def _resolve_projects(projects: tuple[Project, ...]) -> list[Project]:
    """One row per project: mentions of one name complete each other; the same name funded from two
    sources (`高标准农田建设 | 一般公共预算` / `高标准农田建设 | 政府性基金`) is two rows."""
    merged: dict[tuple[str, str | None], Project] = {}
    for p in projects:
        if NOT_A_PROJECT.search(p.name):
            continue
        key: tuple[str, str | None] = (_name_key(p.name), None)
        if key in merged and p.fund_source and merged[key].fund_source not in (None, p.fund_source):
            key = (key[0], p.fund_source)
        if key not in merged:
            merged[key] = p
            continue
        old = merged[key]
        merged[key] = replace(
            old,
            budget=old.budget or p.budget,
            executed=old.executed or p.executed,
            execution_rate=old.execution_rate or p.execution_rate,
            fund_source=old.fund_source or p.fund_source,
        )
    return list(merged.values())


def _dedupe_indicators(indicators: tuple[Indicator, ...]) -> list[Indicator]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for ind in indicators:
        key = (ind.project, ind.level1, ind.level2, ind.name, ind.target, ind.actual)
        if key not in seen:
            seen.add(key)
            out.append(ind)
    return out


_LEVEL_SUFFIX = re.compile(r"(?:类)?(?:指标)?$")


def _without_restated_levels(indicators: list[Indicator]) -> list[Indicator]:
    """A first-level score stated in prose (`决策类指标满分15分，得14分`) that a table's rows under that
    first level add up to (决策: 5 + 5 + 5, 5 + 4 + 5) restates them: the table's rows stand."""
    rows: dict[str, list[Indicator]] = defaultdict(list)
    for ind in indicators:
        if ind.level1 and not ind.level_row and ind.provenance.extractor != NARRATIVE_LEVELS:
            rows[_LEVEL_SUFFIX.sub("", ind.level1)].append(ind)
    return [ind for ind in indicators if not (
        ind.provenance.extractor == NARRATIVE_LEVELS and _adds_up(ind, rows.get(_LEVEL_SUFFIX.sub("", ind.name))))]


def _adds_up(level: Indicator, rows: list[Indicator] | None) -> bool:
    """The rows' weights and scores add up to the level's, within rounding, wherever both are stated."""
    if not rows:
        return False
    for attr in ("weight", "score"):
        stated: Figure | None = getattr(level, attr)
        parts = [getattr(r, attr) for r in rows]
        if stated is None or any(p is None for p in parts):
            continue
        if abs(sum(p.value for p in parts) - stated.value) > stated.tolerance + sum(p.tolerance for p in parts):
            return False
    return True


def _dedupe_metrics(metrics: tuple[Metric, ...]) -> list[Metric]:
    """One row per achievement: the same figure found twice at one place, or restated by a table's
    实际完成情况 cell after the narrative said it, is kept once (the narrative's, which has offsets)."""
    seen: set[tuple[object, ...]] = set()
    out: list[Metric] = []
    for m in metrics:
        key = (m.provenance.page, m.provenance.char_start, m.provenance.table, m.provenance.row, m.provenance.col,
               m.value, m.unit, m.subject, m.section)
        if key not in seen:
            seen.add(key)
            out.append(m)
    in_text = [m for m in out if m.provenance.char_start is not None]
    return [m for m in out if m.provenance.char_start is not None or not any(_same_metric(m, t) for t in in_text)]


def _same_metric(a: Metric, b: Metric) -> bool:
    if a.value != b.value or a.unit != b.unit:
        return False
    shorter, longer = sorted((a.subject, b.subject), key=len)
    return bool(shorter) and (shorter in longer or len(set(shorter) & set(longer)) >= min(3, len(shorter)))
