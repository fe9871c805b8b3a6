"""Report metadata: title, department, fiscal year, kind, project, score, grade.

The region (province, city, county) is read from the resolved department's name
(`pipeline.extraction.resolve`), so all three come from the one unit the report is about.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from decimal import Decimal

from extractors.region import gazetteer, region_parts, stated_belongings, stated_chains, upper_division
from extractors.registry import register
from extractors.reportkind import detect_report_kind
from extractors.title import (
    DEPT_SUFFIX,
    UNIT_NAME,
    TitleSpan,
    find_title,
    parse_title,
    project_above,
    project_name,
)
from extractors.vocab import (
    alternation,
    form_label_pattern,
    grade_words,
    internal_offices,
    unit_labels,
    year_labels,
)
from schemas.facts import FLOOR_GRADES, GRADE_FLOOR, Extraction, FieldCandidate, ReportKind
from schemas.provenance import Provenance
from schemas.text import SegmentedDocument

NAME = "metadata"
# How far below a title without its unit the title may stand again, with it.
TITLE_AGAIN_REACH = 400
SCORE = re.compile(r"(?P<score>\d{1,3}(?:\.\d{1,2})?)\s*分(?![值类制数钟])")
SCORE_CONTEXT = re.compile(r"自评|得分|评分|总分|综合评|结果为|分数|评价分|自评分")
SCORE_VETO = re.compile(r"扣|满分|减|权重|分值|占|以上|以下|标准|不低于|低于")
# The written grades (`extractors/data/grades.json`); a word that starts another (一般公共预算,
# 优化, 良性) is no grade.
_GRADES = alternation(grade_words())
_NOT_A_GRADE_AFTER = r"(?![化势质秀点公性好央心期国间距异额])"  # (中央, 中心, 差距, 差异: no grades)
GRADE = re.compile(
    r"(?:等级|等次|结论|结果|评级|评定为|评为|评价为|档次)[^。\n,;]{0,6}?[为是:]?\s*[“\"']?(?P<grade>" + _GRADES + ")"
    + _NOT_A_GRADE_AFTER
)
# One band of a grading scale: `90分及以上为优`, `80-89分为良`, `优:90分以上`, `良(80-90分)`.
_GRADE_WORD = r"(?P<g{n}>" + alternation(w for w in grade_words() if "合格" not in w) + ")"
# A band written with comparators around the score: `优（90≤得分≤100）`, `差（得分<60）`, `得分≥90分为优`.
_BAND_SCORE = r"(?:综合得分|自评得分|得分|分数|总分|评分)"
_BAND_CMP = r"(?:≤|<=|<|＜|≥|>=|>|＞)"
_BAND_FIGURE = r"\d{1,3}(?:\.\d+)?\s*分?"
_COMPARED_BAND = (rf"(?:{_BAND_FIGURE}\s*{_BAND_CMP}\s*{_BAND_SCORE}(?:\s*{_BAND_CMP}\s*{_BAND_FIGURE})?"
                  rf"|{_BAND_SCORE}\s*{_BAND_CMP}\s*{_BAND_FIGURE})")
SCALE_ENTRY = re.compile(
    r"\d{1,3}(?:\.\d+)?\s*分[^,，。;；]{0,14}?(?:为|是|[:：])\s*[“\"']?" + _GRADE_WORD.format(n=1)
    + r"|" + _GRADE_WORD.format(n=2) + r"[”\"']?\s*(?:[:：]|为|[(（])\s*\d{1,3}(?:\.\d+)?\s*(?:分|-|~|—|至|以上|及以上)"
    + r"|" + _GRADE_WORD.format(n=3) + r"[”\"']?\s*(?:[:：]|为|[(（])\s*" + _COMPARED_BAND
    + r"|" + _COMPARED_BAND + r"\s*[)）]?\s*(?:为|是|[:：])\s*[“\"']?" + _GRADE_WORD.format(n=4)
)
# The floor of a band written with comparators: the figure below the score (`80≤得分`), or above it (`得分≥80`).
_COMPARED_FLOOR = re.compile(rf"(?P<below>\d{{1,3}}(?:\.\d+)?)\s*分?\s*(?:≤|<=|<|＜)\s*{_BAND_SCORE}"
                             rf"|{_BAND_SCORE}\s*(?:≥|>=|>|＞)\s*(?P<above>\d{{1,3}}(?:\.\d+)?)")


def band_grade(m: re.Match[str]) -> str:
    """The grade word of a SCALE_ENTRY match, whichever of its forms matched."""
    return str(m.group("g1") or m.group("g2") or m.group("g3") or m.group("g4"))
# An evaluation by someone else (a third party, the finance bureau): its grade is not the self-grade.
# The finance bureau's framework (`按照区财政局部门整体支出绩效评价指标体系`) is no evaluation by it.
EXTERNAL_EVALUATION = re.compile(r"第三方|财政(?:局|部门|厅)[^。]{0,8}(?:评价|复核)(?!指标|办法|标准|体系|细则|方案|工作)"
                                 r"|重点评价|外部评价|再评价|复核(?:结果|等级)|抽查复核")
# A labelled unit name near the top: `填报单位：XX局`, `部门（单位）名称：XX局`.
UNIT_LABEL = re.compile(
    # a label may name the unit's kind twice: `预算部门、单位名称`, `部门/单位名称`
    rf"(?P<label>{alternation(unit_labels())})(?:[、/／]单位)?(?:名称)?"
    rf"\s*(?:\((?:盖章|公章)\))?\s*[:：|]?\s*\|?\s*"
    # the name never runs on over the next label (`主管部门大英县司法局部门实施单位大英县司法局` once spaces are gone)
    rf"(?P<dept>(?:(?!{form_label_pattern()})[\u4e00-\u9fff()]){{2,40}}?{DEPT_SUFFIX})"
    rf"(?:(?![\u4e00-\u9fff])|(?={form_label_pattern()}))"
)
# A published page's metadata (`来源:临夏市退役军人事务局`, `• 发文机关:五指山市统计局`): weak, like
# its 发布机构, and only with its colon (`资金来源为…` names no unit).
PAGE_SOURCE_LABEL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:(?:信息)?来\s*源|发文机关|制发机构|发布单位)\s*[:：]\s*\|?\s*"
    rf"(?![厅局处科室])(?P<dept>[\u4e00-\u9fff()]{{2,40}}?{DEPT_SUFFIX})(?:(?![\u4e00-\u9fff])|(?={form_label_pattern()}))"
)
YEAR_LABEL = re.compile(rf"{alternation(year_labels())}\s*[:：|]\s*\|?\s*(?P<year>20\d{{2}})(?!\d)")
# A project's period: `项目起止时间:2016年1月起至2016年12月止`, `实施期限 2021年3月-2021年11月`.
PROJECT_PERIOD = re.compile(r"(?:起止时间|实施期限|实施周期|执行期限|实施时间)\s*[:：|]?\s*(?P<first>20\d{2})\s*年"
                            r"[^至到\-—~～。\n]{0,8}(?:至|到|-|—|~|～)\s*(?P<last>20\d{2})\s*年")
# A form's year opening a line under its caption, `(2024年度)` (its opening bracket may be lost, the
# next cells run on after it in a flattened form).
YEAR_LINE = re.compile(r"(?m)^[ \t]*[(（]?[ \t]*(?P<year>20\d{2})[ \t]*年度?[ \t]*[)）]"
                       # ... or right after the caption on its line, in a form flattened to one line
                       r"|(?:报告|评价表|自评表)[ \t]*[(（][ \t]*(?P<after>20\d{2})[ \t]*年度?[ \t]*[)）]")
# The unit introduced with its short name, the way a report names itself in its opening:
# `湖北残疾人联合会(以下简称"省残联")`.
SHORT_NAME_INTRO = re.compile(rf"(?P<dept>[\u4e00-\u9fff]{{2,40}}?{DEPT_SUFFIX})\((?:以下)?简称")
SHORT_NAME_REACH = 1500
# `项目名称：科技型中小企业培育专项资金；主管部门：…`
# (a form's next label ends it where a reflowed page ran the lines together: `…项目年度总体目标预期目标:…`)
PROJECT_LABEL = re.compile(rf"项目名称\s*[:：]\s*(?P<name>[^;；,，。:：\n]{{2,60}}?)\s*(?=[;；,，。\n]|主管部门|实施单位|$"
                           rf"|{form_label_pattern()})")
# A form's name row flattened, its label without a colon, the name up to the next label:
# `专项(项目)名称彩票市场调控资金…中央主管部门…`.
PROJECT_LINE_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:专项|转移支付)?[(（]?项目[)）]?名称\s*(?P<name>[^;；,，。:：|\s]{4,60}?)\s*"
                                rf"(?=\n|$|{form_label_pattern()}|(?:中央|省级|自治区|市级)?主管部门)")
# The signature: the unit's name, then the date, on its own line or run into one line with the
# date (a right-aligned signature reaches the margin, so the layout joins it to the date below).
# A line joined onto the one above it (`…自评表[点击下载]固始县…人民政府`) starts after that line's end.
SIGNATURE = re.compile(rf"(?:\n|[\]】。])(?P<dept>[\u4e00-\u9fff]{{2,40}}{DEPT_SUFFIX})\s*\n?\s*20\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s*(?:\n|$)")


@functools.lru_cache(maxsize=1)
def _office_after_unit() -> re.Pattern[str]:
    """An internal office after a department's own name (`…民政厅` + `规划财务处`, `data/internal_offices.txt`)."""
    return re.compile(rf"(?<=[厅局委办院会])(?:{alternation(internal_offices())})$")


@register(NAME, produces=("fields",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    fields: list[FieldCandidate] = []
    kind = detect_report_kind(doc)
    if kind is not ReportKind.UNKNOWN:  # no wording found is no evidence: a form's caption may still say
        fields.append(_field(doc, "report_kind", kind.value, 0, 0, 1))
    span = find_title(doc.text, doc.document.title_hint)
    if span is not None:
        fields.append(_field(doc, "title", span.text, span.start, span.end, 2))
        fields.extend(_from_title(doc, span, kind))
    fields.extend(_body_year(doc))
    fields.extend(_scores(doc))
    fields.extend(_grades(doc))
    fields.extend(_grade_floors(doc))
    fields.extend(_cell_conclusions(doc))
    project = PROJECT_LABEL.search(doc.text[:3000]) or PROJECT_LINE_LABEL.search(doc.text[:3000])
    if project:
        name = project_name(project.group("name"))  # without the budget system's code before it
        start = project.end("name") - len(name) if project.group("name").endswith(name) else project.start("name")
        fields.append(_field(doc, "project_name", name, start, project.end("name"), 2))
    for m in UNIT_LABEL.finditer(doc.text[:3000]):
        strength = unit_labels()[m.group("label")]
        office = _office_after_unit().search(m.group("dept"))
        end = m.start("dept") + office.start() if office else m.end("dept")
        fields.append(_field(doc, "department", doc.text[m.start("dept"):end], m.start("dept"), end, strength))
    for m in PAGE_SOURCE_LABEL.finditer(doc.text[:3000]):
        fields.append(_field(doc, "department", m.group("dept"), m.start("dept"), m.end("dept"), 1))
    intro = SHORT_NAME_INTRO.search(doc.text[:SHORT_NAME_REACH])
    if intro:
        fields.append(_field(doc, "department", intro.group("dept"), intro.start("dept"), intro.end("dept"), 1))
    period = PROJECT_PERIOD.search(doc.text[:3000])
    if period and period.group("first") == period.group("last"):
        # `项目起止时间2016年1月起至2016年12月止`: a project of one calendar year is of that year
        fields.append(_field(doc, "fiscal_year", int(period.group("first")), period.start("first"),
                             period.end("last"), 1))
    year = YEAR_LABEL.search(doc.text[:3000]) or YEAR_LINE.search(doc.text[:3000])
    if year:
        group = "year" if year.group("year") else "after"
        fields.append(_field(doc, "fiscal_year", int(year.group(group)), year.start(group), year.end(group), 2))
    header = doc.document.running_header
    if header and UNIT_NAME.fullmatch(header):
        # a Word document's running header: its own statement of its unit, where the body says `我局`
        fields.append(FieldCandidate("department", header, Provenance(page=1, extractor=NAME, evidence=header,
                                                                      location="header"), 1))
    publisher = doc.document.publisher_hint
    if publisher and UNIT_NAME.fullmatch(publisher):
        # the page's 发布机构: the weakest fallback (a finance bureau may publish another unit's report)
        fields.append(FieldCandidate("department", publisher, Provenance(page=1, extractor=NAME, evidence=publisher), 0))
    crumb = _breadcrumb_unit(doc.text[:LAST_RESORT_REACH])
    if crumb is not None:  # `首页 >> 部门信息公开 >> 某县水务局 >> 正文`: the page stands in that unit's section
        name, at = crumb
        fields.append(_field(doc, "department", name, at, at + len(name), 1))
    evaluator = SELF_EVALUATOR.search(doc.text[:LAST_RESORT_REACH])
    if evaluator:  # `紫金县司法局对…经费进行了自评`: the unit that evaluated its own funds
        fields.append(_field(doc, "department", evaluator.group("dept"), evaluator.start("dept"),
                             evaluator.end("dept"), 1))
    evaluated = EVALUATED_UNIT.search(doc.text[:LAST_RESORT_REACH])
    if evaluated:  # an evaluation report names the unit whose funds it evaluated
        fields.append(_field(doc, "department", evaluated.group("dept"), evaluated.start("dept"), evaluated.end("dept"), 1))
    sig = SIGNATURE.search(doc.text)
    if sig:
        fields.append(_field(doc, "department", sig.group("dept"), sig.start("dept"), sig.end("dept"), 1))
    fields.extend(_stated_regions(doc))
    fields.extend(_branch_regions(doc, fields))
    fields.extend(_last_resorts(doc, fields))
    return Extraction(fields=tuple(fields))


# Last resorts, for a page that names its unit and year nowhere else (a transfer-payment page with
# no title, a report whose unit is only a sentence's subject): the first unit the body names with
# its place, not an addressee (`临夏州退役军人事务局：`) nor an issuer (`《…厅关于…》`, `…局要求`);
# and the year the opening mentions most, dates left aside.
BODY_UNIT = re.compile(rf"(?<![\u4e00-\u9fff《])(?<!作者[:：])(?<!作者[:：] )(?P<dept>[\u4e00-\u9fff]{{2,30}}?{DEPT_SUFFIX})"
                       r"(?![^《》\n]{0,40}》)(?!\s*[:：《]|(?:的|有关|相关)?(?:关于|要求|通知|文件|印发|下达|批复))")
# A site's breadcrumb (`首页 >> 部门信息公开 >> 某县水务局 >> 正文`) and the unit one of its crumbs names.
BREADCRUMB = re.compile(r"(?:首页|当前位置[:：]?|您的位置[:：]?)\s*(?:>>|>|»|＞|/)[^\n]{0,160}")
CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|>|»|＞|/)\s*")


def _breadcrumb_unit(text: str) -> tuple[str, int] | None:
    """The last crumb of the page's breadcrumb that is a unit's name, and where it starts."""
    trail = BREADCRUMB.search(text)
    if trail is None:
        return None
    found = None
    at = trail.start()
    for crumb in CRUMB_SEPARATOR.split(trail.group(0)):
        at = text.find(crumb, at)
        if crumb and UNIT_NAME.fullmatch(crumb) and not crumb.endswith("人民政府"):
            found = crumb, at
        at += len(crumb)
    return found


# `对隆回县七江镇人民政府2021年乡村振兴专项资金项目进行绩效评价`: the unit an evaluation is of.
EVALUATED_UNIT = re.compile(rf"对(?P<dept>[\u4e00-\u9fff]{{2,30}}?{DEPT_SUFFIX})(?:20\d{{2}}年度?)?[^。；;]{{0,30}}?"
                            r"(?:项目|资金|支出)(?:开展|进行)了?(?:绩效)?(?:评价|自评)")
SELF_EVALUATOR = re.compile(rf"(?<![\u4e00-\u9fff《])(?P<dept>[\u4e00-\u9fff]{{2,30}}?{DEPT_SUFFIX})对[^。；;]{{0,40}}?"
                            r"(?:进行|开展)了?(?:绩效)?自评")
BODY_YEAR = re.compile(r"(?<!\d)(?P<year>20\d{2})\s*年(?!\s*\d{1,2}\s*月)")
LAST_RESORT_REACH = 3000
# The document's first line (a form's heading) is read this far for a division named alone.
OPENING_REACH = 200
# A line of addressees: units joined by 、 or ，, closed by a colon.
_ADDRESSEES = re.compile(r"[\u4e00-\u9fff()（）、，,]{2,120}[:：]")
_NOT_IN_A_NAME = re.compile(r"位于|地处|是|为|在|由|对|经|将|已|共|全|应(?!急)|承担|负责")


_SUFFIX_END = re.compile(DEPT_SUFFIX)
WHOLE_NAME_REACH = 8


def _whole_name(text: str, start: int, end: int) -> str:
    """The unit's whole name where the shortest one stops at a suffix inside it: `贵德县人力资源和社`
    runs on to `…和社会保障局`; the name ends at the last suffix a few characters on, before any verb."""
    best = end
    for m in _SUFFIX_END.finditer(text, end, min(len(text), end + WHOLE_NAME_REACH)):
        if not re.fullmatch(r"[\u4e00-\u9fff]*", text[end:m.end()]) or _NOT_IN_A_NAME.search(text, end, m.end()):
            break
        if m.end() - end >= 2:  # `…司法局局长`: one more suffix character is a title, not a name
            best = m.end()
    return text[start:best]


def _last_resorts(doc: SegmentedDocument, fields: list[FieldCandidate]) -> list[FieldCandidate]:
    named = {c.name for c in fields}
    out: list[FieldCandidate] = []
    head = doc.text[:LAST_RESORT_REACH]
    if "department" not in named:
        for m in BODY_UNIT.finditer(head):
            if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()):
                continue  # inside a cited document's title: its issuer
            line_end = head.find("\n", m.end())
            if _ADDRESSEES.fullmatch(head[head.rfind("\n", 0, m.start()) + 1:line_end if line_end >= 0 else None].strip()):
                continue  # `郑州市财政局、郑州市农业农村工作委员会:`: the offices a report is sent to
            name = _whole_name(head, m.start("dept"), m.end("dept"))
            parts = region_parts(name)
            # a known place, then a unit's name (short, no verb: `沙县位于…西南部` is no unit)
            if (parts and parts[0].start == 0 and parts[0].name in gazetteer()
                    and len(name) - parts[-1].end <= 12 and not _NOT_IN_A_NAME.search(name, parts[-1].end)):
                out.append(_field(doc, "department", name, m.start("dept"), m.start("dept") + len(name), 0))
                break
    if "fiscal_year" not in named:
        mentions = list(BODY_YEAR.finditer(head))
        if mentions:
            year, _ = Counter(int(m.group("year")) for m in mentions).most_common(1)[0]
            at = next(m for m in mentions if int(m.group("year")) == year)
            out.append(_field(doc, "fiscal_year", year, at.start("year"), at.end("year"), 0))
    return out


def _branch_regions(doc: SegmentedDocument, fields: list[FieldCandidate]) -> list[FieldCandidate]:
    """A city's bureau's branch named by its district (`金华市公安局婺城分局`) is in that district
    when the text states the chain (`浙江省金华市婺城区`): the chain's divisions are the report's."""
    units = [c for c in fields if c.name == "department" and isinstance(c.value, str)]
    if not units:
        return []
    unit = str(max(units, key=lambda c: c.strength).value)
    parts = region_parts(unit)
    if not parts:
        return []
    rest = unit[parts[-1].end:]
    for chain in stated_chains(doc.text[:LAST_RESORT_REACH]):
        names = [p.name for p in chain]
        if parts[-1].name not in names or names[-1] == parts[-1].name:
            continue
        lower = chain[names.index(parts[-1].name) + 1:]
        if lower and len(lower[-1].name) > 2 and lower[-1].name[:-1] in rest and _BRANCH.search(rest):
            return [_field(doc, p.level, p.name, chain[0].start, chain[-1].end, 1) for p in chain]
    return []


_BRANCH = re.compile(r"分局|分院|分中心|分所|支队|大队|中队")


def _stated_regions(doc: SegmentedDocument) -> list[FieldCandidate]:
    """Divisions the text states as a chain (`江苏省盐城市东台市…`), weakest of all: the resolver
    takes one only above the department's own region, and only from a chain leading to it."""
    out: list[FieldCandidate] = []
    for chain in stated_chains(doc.text):
        start, end = chain[0].start, chain[-1].end
        out.extend(_field(doc, part.level, part.name, start, end, 0) for part in chain[:-1])
    for lower, upper in stated_belongings(doc.text[:LAST_RESORT_REACH]):
        # `广河县隶属临夏回族自治州`: the division above the county, its evidence naming both
        out.append(_field(doc, upper.level, upper.name, lower.start, upper.end, 0))
    # a division named alone in the document's first line (a form's title `锡林郭勒盟旗县（市、区）项目支出绩效自评表`):
    # the resolver takes it only when the gazetteer puts the department's own region inside it
    first_line = doc.text[:OPENING_REACH].split("\n", 1)[0]
    for m in upper_division().finditer(first_line):
        out.append(_field(doc, gazetteer()[m.group(0)], m.group(0), m.start(), m.end(), 0))
    # a portal's name in the page's <title> (`…自评报告_洛阳市偃师区人民政府`): the site of the place
    for title in (doc.document.title_hint, doc.document.page_title):
        for chain in stated_chains(title or ""):
            evidence = Provenance(page=1, extractor=NAME, evidence=(title or "")[chain[0].start:chain[-1].end])
            out.extend(FieldCandidate(part.level, part.name, evidence, 0) for part in chain[:-1])
    return out


def _field(doc: SegmentedDocument, name: str, value: str | int | Decimal, start: int, end: int, strength: int) -> FieldCandidate:
    return FieldCandidate(name, value, doc.provenance(start, end, NAME), strength)


def _from_title(doc: SegmentedDocument, span: TitleSpan, kind: ReportKind) -> list[FieldCandidate]:
    out: list[FieldCandidate] = []
    parts = parse_title(span.text, kind is ReportKind.PROJECT)
    start = span.start
    if parts.year is not None:
        out.append(_field(doc, "fiscal_year", parts.year, start, span.end, 3))
    name, offset = parts.department, start
    if name is None and span.unit_line:
        name, offset = span.unit_line, span.unit_start
    elif name is not None:
        offset = start + max(doc.text.find(name, start, span.end + 1) - start, 0)
    if name is None:
        name, offset = _title_again(doc, span, kind)
    if name:
        out.append(_field(doc, "department", name, offset, offset + len(name), 3))
    project = project_above(doc.text, span, parts.project)
    if project is not None:
        # a stated 项目名称 (a table's header cell) names the project exactly; the title is the fallback
        out.append(_field(doc, "project_name", project[0], project[1], span.end, 1))
    return out


def _title_again(doc: SegmentedDocument, span: TitleSpan, kind: ReportKind) -> tuple[str | None, int]:
    """The unit of the title stated again below a title without it (a portal's headline
    `2023年度部门(单位)整体支出绩效自评报告` over the report's own `2023年度某区残联部门(单位)…`)."""
    again = find_title(doc.text[span.end:span.end + TITLE_AGAIN_REACH])
    if again is None:
        return None, 0
    name = parse_title(again.text, kind is ReportKind.PROJECT).department
    if name is None:
        return None, 0
    start = span.end + again.start
    return name, start + max(doc.text.find(name, start, span.end + again.end + 1) - start, 0)


def _body_year(doc: SegmentedDocument) -> list[FieldCandidate]:
    m = re.search(r"(?:对|开展|关于|本部门|我局)?(?P<year>20\d{2})年度?(?:部门整体|项目|预算|整体支出|绩效)"
                  r"|对(?P<of>20\d{2})年度?[\u4e00-\u9fff]{0,16}?(?:资金|经费)绩效", doc.text[:3000])
    if not m:
        return []
    group = "year" if m.group("year") else "of"
    return [_field(doc, "fiscal_year", int(m.group(group)), m.start(group), m.end(group), 1)]


def grading_scales(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that state a grading scale: several bands naming at least two grades.
    A figure or grade inside one is the scale's, never the report's own score or grade."""
    spans: list[tuple[int, int]] = []
    entries = list(SCALE_ENTRY.finditer(text))
    i = 0
    while i < len(entries):
        j = i
        # bands of one scale follow each other closely (a comma, a bracket between them)
        while j + 1 < len(entries) and entries[j + 1].start() - entries[j].end() <= 12:
            j += 1
        run = entries[i:j + 1]
        grades = {grade_words().get(band_grade(m)) for m in run}
        if len(grades - {None}) >= 2:
            spans.append((run[0].start(), run[-1].end()))
        i = j + 1
    return spans


# A band stated by its upper end (`60分以下为差`) sets no grade's floor.
_UPPER_END = re.compile(r"以下|低于|不足|不满|<|＜")
_BAND_NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")
_RANGE_START = re.compile(r"(?P<low>\d{1,3}(?:\.\d+)?)\s*分?\s*(?:\(含\))?\s*(?:-|~|—|－|至|到)\s*$")


def _grade_floors(doc: SegmentedDocument) -> list[FieldCandidate]:
    """The lowest score of each grade in the scales the report states (`85分以上为优，70-84分为良`):
    `grade_floor.优` = 85. Provinces and years grade differently; the report's own scale is the one
    its grade must follow. The running text first, then table cells (a form's `评分说明` row)."""
    out = [_field(doc, name, floor, start, end, 1) for name, floor, start, end in scale_floors(doc.text)]
    for page in doc.document.pages:
        for index, table in enumerate(page.tables):
            for cell in table.cells:
                where = Provenance(page=page.number, extractor=NAME, evidence=cell.text, table=index,
                                   row=cell.row, col=cell.col, location=cell.address)
                out.extend(FieldCandidate(name, floor, where, 1) for name, floor, _, _ in scale_floors(cell.text))
    return out


def scale_floors(text: str) -> list[tuple[str, Decimal, int, int]]:
    """(`grade_floor.<grade>`, floor, start, end) of every band of the grading scales in `text`."""
    out = []
    words = grade_words()
    for start, end in grading_scales(text):
        for m in SCALE_ENTRY.finditer(text, start, end):
            grade = words.get(band_grade(m))
            if grade not in FLOOR_GRADES:
                continue
            if m.group("g3") or m.group("g4"):
                compared = _COMPARED_FLOOR.search(m.group(0))
                if compared:  # `差（得分<60）` has none
                    out.append((f"{GRADE_FLOOR}{grade}", Decimal(compared.group("below") or compared.group("above")),
                                m.start(), m.end()))
                continue
            if _UPPER_END.search(m.group(0)):
                continue
            numbers = [Decimal(n) for n in _BAND_NUMBER.findall(m.group(0))]
            lead = _RANGE_START.search(text, max(0, m.start() - 12), m.start())
            if lead:  # `70-84分为良`: the band opens before the match
                numbers.append(Decimal(lead.group("low")))
            out.append((f"{GRADE_FLOOR}{grade}", min(numbers), m.start(), m.end()))
    return out


def _in_scale(doc: SegmentedDocument, offset: int) -> bool:
    span = doc.sentence_at(offset)
    if span.end <= span.start:
        return False
    local = offset - span.start
    return any(a <= local < b for a, b in grading_scales(doc.text[span.start:span.end]))


# A score on a line of its own under a label (a text box `得分：92.5`, a cover `自评得分：88.6分`).
# Without its colon only a self-score's own label (`自评得分 98`): `总分 100` alone is a weights' total.
SCORE_LINE = re.compile(r"(?m)^[ \t]*(?:(?:自评|综合|评价)?(?:得分|总分|评分)[ \t]*[:：]|(?:自评|综合)得分)"
                        r"[ \t]*(?P<score>\d{1,3}(?:\.\d{1,2})?)[ \t]*分?[ \t]*"
                        # its line's end, or the grade's label the line was joined to (`自评得分98评价等级优`)
                        r"(?:$|(?=(?:评价|自评)?等[级次]))")


# A form's label with its unit, glued to the score (`自评总分(分)95.40年初预算数…`, a flattened copy).
SCORE_IN_POINTS_LABEL = re.compile(r"(?:自评总分|自评得分|综合得分|总得分|自评分)\s*[(（]分[)）]\s*[:：]?\s*"
                                   r"(?P<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.])")


# A form's total row glued together, full marks before the score: `总分100100注:`, `总分10095.5`.
GLUED_TOTAL_ROW = re.compile(r"(?<![\u4e00-\u9fff])总分100(?P<score>\d{2}(?:\.\d{1,2})?|100(?:\.0{1,2})?)(?![\d.%万元亿])")


# Where a clause's list of parts breaks (`预算决策15分、预算管理25分`): a score's own words come after the last.
_LIST_BREAK = re.compile(r"[，,、]")


# Dimension points then their sum (`投入（20分）得18分、过程（25分）得22.5分、…，合计88.5分`): the sum is the score.
_DIMENSION_POINTS = re.compile(r"得\s*(?P<points>\d{1,2}(?:\.\d{1,2})?)\s*分")
_SUM_OF_POINTS = re.compile(r"(?:合计|总计|共计|累计|总分|共)(?:得分)?为?\s*(?P<score>\d{1,3}(?:\.\d{1,2})?)\s*分")
_SENTENCE = re.compile(r"[^。;\n]+")


def _summed_points(text: str) -> list[tuple[re.Match[str], int]]:
    """Each sum of a sentence's dimension points that the report's own arithmetic bears out, with where
    its list starts: the points before it are no score of the report."""
    out = []
    for sentence in _SENTENCE.finditer(text):
        for total in _SUM_OF_POINTS.finditer(text, sentence.start(), sentence.end()):
            parts = list(_DIMENSION_POINTS.finditer(text, sentence.start(), total.start()))
            if len(parts) >= 2 and sum(Decimal(p.group("points")) for p in parts) == Decimal(total.group("score")):
                out.append((total, parts[0].start()))
    return out


def _scores(doc: SegmentedDocument) -> list[FieldCandidate]:
    out: list[FieldCandidate] = []
    text = doc.text
    summed = _summed_points(text)
    for total, _ in summed:
        out.append(_field(doc, "self_score", Decimal(total.group("score")), total.start("score"), total.end("score"), 2))
    for m in GLUED_TOTAL_ROW.finditer(text):
        out.append(_field(doc, "self_score", Decimal(m.group("score")), m.start("score"), m.end("score"), 2))
    for m in SCORE_IN_POINTS_LABEL.finditer(text):
        if Decimal(m.group("score")) <= 100:
            out.append(_field(doc, "self_score", Decimal(m.group("score")), m.start("score"), m.end("score"), 2))
    for m in SCORE_LINE.finditer(text):
        if Decimal(m.group("score")) <= 100:
            out.append(_field(doc, "self_score", Decimal(m.group("score")), m.start("score"), m.end("score"), 2))
    for m in SCORE.finditer(text):
        if _in_scale(doc, m.start()) or any(start <= m.start() <= total.end() for total, start in summed):
            continue  # a grading scale's bands; a dimension's points, or the sum read above
        head = _clause_head(text, m.start())
        context = head or (_previous_line(text, m.start()) if not head.strip() else "")
        if _stated_score(text, m, head, context):
            # said to be the score in its own clause (`合计自评得分86.5分`), not only in the sentence
            # around a list of parts (`自评满分100分，其中预算决策15分、预算管理25分`)
            near = _LIST_BREAK.split(context)[-1] if head else context
            if "其中" in near:
                continue
            strength = 2 if re.search(r"自评|综合|总分|评价", near) else 1
            out.append(_field(doc, "self_score", Decimal(m.group("score")), m.start("score"), m.end("score"), strength))
    return out


def _stated_score(text: str, m: re.Match[str], head: str, context: str) -> bool:
    """A `…分` that states the report's score: said to be one in its context, no more than 100, and
    neither a band, a deduction, a weight nor a block's points."""
    if Decimal(m.group("score")) > 100 or not SCORE_CONTEXT.search(context) or SCORE_VETO.search(head[-8:]):
        return False
    if re.match(r"分?(?:\(含\))?(?:以上|以下|及以上|至|-|~|—|（含）)", text[m.end() - 1:m.end() + 4]):
        return False  # a band (`90分以上为“优”`), not the score
    if text[m.start() - 1:m.start()] in ("(", "（") and text[m.end():m.end() + 1] in (")", "）"):
        return False  # a block's points in brackets (`产出指标(50分)`), never the score stated
    if text[m.start() - 1:m.start()] in ("(", "（") and re.match(r"[*×xX]", text[m.end():m.end() + 1]):
        return False  # how a column is scored (`得分(20分*执行率)`), not the score
    return not re.search(r"(?:产出|效益|满意度|预算执行|指标)[^,;。]{0,6}$", head)  # a block's points


# A table cell of prose (a form's 自评结论 row) long enough to state a score in a sentence.
MIN_CONCLUSION_CHARS = 12


def _cell_conclusions(doc: SegmentedDocument) -> list[FieldCandidate]:
    """The score and grade a form's prose cell states (`自评结论 | …本项目自评得分98分，评价等级为优。`),
    read with the running text's patterns; weaker than the running text and the 总分 row."""
    out: list[FieldCandidate] = []
    for page in doc.document.pages:
        for index, table in enumerate(page.tables):
            for cell in table.cells:
                text = cell.text
                if len(text) < MIN_CONCLUSION_CHARS or not SCORE_CONTEXT.search(text):
                    continue
                scales = grading_scales(text)
                where = Provenance(page=page.number, extractor=NAME, evidence=text, table=index,
                                   row=cell.row, col=cell.col, location=cell.address)
                for m in SCORE.finditer(text):
                    head = _clause_head(text, m.start())
                    if not any(a <= m.start() < b for a, b in scales) and _stated_score(text, m, head, head):
                        out.append(FieldCandidate("self_score", Decimal(m.group("score")), where, 1))
                for m in GRADE.finditer(text):
                    grade = grade_words().get(m.group("grade"))
                    if grade and not any(a <= m.start("grade") < b for a, b in scales):
                        out.append(FieldCandidate("grade", grade, where, 1))
    return out


def _clause_head(text: str, start: int) -> str:
    window = text[max(0, start - 30):start]
    cut = max(window.rfind(ch) for ch in "。;\n")
    return window[cut + 1:]


def _previous_line(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start)
    prev_start = text.rfind("\n", 0, max(line_start, 0))
    return text[prev_start + 1:max(line_start, 0)]


def _grades(doc: SegmentedDocument) -> list[FieldCandidate]:
    words = grade_words()
    out: list[FieldCandidate] = []
    for m in GRADE.finditer(doc.text):
        sentence = doc.text[max(0, m.start() - 40):m.end()]
        if not re.search(r"自评|评价|绩效|综合", sentence):
            continue
        if re.match(r"[”\"]?的项目", doc.text[m.end():m.end() + 4]):
            continue  # a grade bucket: `“优”的项目12个`
        grade = words.get(m.group("grade"))
        if not grade or _in_scale(doc, m.start("grade")):
            continue
        clause = doc.text[doc.sentence_at(m.start()).start:m.end()]
        name = "external_grade" if EXTERNAL_EVALUATION.search(clause) else "grade"
        out.append(_field(doc, name, grade, m.start("grade"), m.end("grade"), 2))
    return out
