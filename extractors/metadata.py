"""Report metadata: title, department, region, fiscal year, kind, project, score, grade."""
from __future__ import annotations

import re
from decimal import Decimal

from extractors.region import region_parts
from extractors.registry import register
from extractors.reportkind import detect_report_kind
from extractors.vocab import grade_words
from schemas.facts import Extraction, FieldCandidate, ReportKind
from schemas.text import SegmentedDocument

NAME = "metadata"
TITLE_LINE = re.compile(r"[^\n]{6,120}?(?:自评报告|评价报告|绩效报告|自评表|情况报告|评价表)")
YEAR = re.compile(r"(?<!\d)(?P<year>20\d{2})\s*年度?")
KIND_SPLIT = re.compile(
    r"(?:部门整体支出|部门整体|单位整体支出|整体支出|项目支出|项目|专项资金|转移支付资金)?\s*(?:绩效)?(?:自评|评价)(?:报告|表)?$"
)
DEPT_SUFFIX = (
    r"(?:委员会|人民政府|办事处|管理局|服务中心|中心|委|局|厅|办公室|办|院|馆|站|所|队|会|署|部|社|团|校|学校|公司|处|室)"
)
DEPARTMENT = re.compile(rf"(?P<dept>[\u4e00-\u9fff()]{{2,40}}?{DEPT_SUFFIX})")
TITLE_YEAR_LINE = re.compile(r"\n\s*(?P<year_text>[(（]?\s*20\d{2}\s*年度?\s*[)）]?)\s*(?:\n|$)")
SCORE = re.compile(r"(?P<score>\d{1,3}(?:\.\d{1,2})?)\s*分(?![值类制数钟])")
SCORE_CONTEXT = re.compile(r"自评|得分|评分|总分|综合评|结果为|分数|评价分|自评分")
SCORE_VETO = re.compile(r"扣|满分|减|权重|分值|占|以上|以下|标准|不低于|低于")
GRADE = re.compile(
    r"(?:等级|结论|结果|评级|评定为|评为|档次)[^。\n,;]{0,6}?[为是:]?\s*[“\"']?(?P<grade>优秀|良好|中等|较差|不合格|合格|优|良|中|差)(?![化势质秀点])"
)
SIGNATURE = re.compile(rf"\n(?P<dept>[\u4e00-\u9fff]{{2,40}}{DEPT_SUFFIX})\s*\n\s*20\d{{2}}年\d{{1,2}}月\d{{1,2}}日")


@register(NAME, produces=("fields",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    fields: list[FieldCandidate] = []
    kind = detect_report_kind(doc)
    fields.append(_field(doc, "report_kind", kind.value, 0, 0, 1))
    title, t_start = _title(doc)
    if title:
        fields.append(_field(doc, "title", title, t_start, t_start + len(title), 2))
        fields.extend(_from_title(doc, title, t_start, kind))
    fields.extend(_body_year(doc))
    fields.extend(_scores(doc))
    fields.extend(_grades(doc))
    sig = SIGNATURE.search(doc.text)
    if sig:
        fields.append(_field(doc, "department", sig.group("dept"), sig.start("dept"), sig.end("dept"), 1))
        fields.extend(_regions(doc, sig.group("dept"), sig.start("dept"), 1))
    return Extraction(fields=tuple(fields))


def _field(doc: SegmentedDocument, name: str, value: str | int | Decimal, start: int, end: int, strength: int) -> FieldCandidate:
    return FieldCandidate(name, value, doc.provenance(start, end, NAME), strength)


def _title(doc: SegmentedDocument) -> tuple[str | None, int]:
    hint = doc.document.title_hint
    head = doc.text[:400]
    m = TITLE_LINE.search(head)
    if m:
        title = re.sub(r"\s+", "", m.group(0))
        year_line = TITLE_YEAR_LINE.match(head, m.end())
        if year_line and not YEAR.search(title):
            title += year_line.group("year_text")
        return title, m.start()
    if hint:
        return re.sub(r"\s+", "", hint), 0
    return None, 0


def _from_title(doc: SegmentedDocument, title: str, start: int, kind: ReportKind) -> list[FieldCandidate]:
    out: list[FieldCandidate] = []
    year = YEAR.search(title)
    if year:
        out.append(_field(doc, "fiscal_year", int(year.group("year")), start + year.start(), start + year.end(), 3))
    core = KIND_SPLIT.sub("", title)
    core = re.sub(r"^关于", "", core)
    parts = [p for p in YEAR.split(core) if p and not re.fullmatch(r"20\d{2}", p)]
    before = core[: year.start()] if year else core
    after = core[year.end():] if year else ""
    dept_text = before.strip("()（） ") or (after if not before else "")
    project = None
    if kind is ReportKind.PROJECT and year and before:
        project = after.strip("()（） ") or None
    dept = DEPARTMENT.fullmatch(dept_text) or DEPARTMENT.match(dept_text) if dept_text else None
    if dept is None and after:
        dept = DEPARTMENT.match(after)
        if dept is not None and kind is ReportKind.PROJECT:
            project = after[dept.end():].strip() or None
    if dept is not None:
        name = dept.group("dept")
        offset = start + title.find(name)
        out.append(_field(doc, "department", name, offset, offset + len(name), 3))
        out.extend(_regions(doc, name, offset, 3))
    if project:
        project = re.sub(r"(?:项目)$", "", project) or project
        offset = start + max(title.find(project), 0)
        out.append(_field(doc, "project_name", project, offset, offset + len(project), 3))
    del parts
    return out


def _regions(doc: SegmentedDocument, department: str, offset: int, strength: int) -> list[FieldCandidate]:
    return [_field(doc, p.level, p.name, offset + p.start, offset + p.end, strength) for p in region_parts(department)]


def _body_year(doc: SegmentedDocument) -> list[FieldCandidate]:
    m = re.search(r"(?:对|开展|关于|本部门|我局)?(?P<year>20\d{2})年度?(?:部门整体|项目|预算|整体支出|绩效)", doc.text[:3000])
    if not m:
        return []
    return [_field(doc, "fiscal_year", int(m.group("year")), m.start("year"), m.end("year"), 1)]


def _scores(doc: SegmentedDocument) -> list[FieldCandidate]:
    out: list[FieldCandidate] = []
    text = doc.text
    for m in SCORE.finditer(text):
        value = Decimal(m.group("score"))
        if value > 100:
            continue
        head = _clause_head(text, m.start())
        heading = _previous_line(text, m.start()) if not head.strip() else ""
        context = head or heading
        if not SCORE_CONTEXT.search(context) or SCORE_VETO.search(head[-8:]):
            continue
        if re.search(r"(?:产出|效益|满意度|预算执行|指标)[^,;。]{0,6}$", head):
            continue  # a block's points, not the total
        strength = 2 if re.search(r"自评|综合|总分|评价", context) else 1
        out.append(_field(doc, "self_score", value, m.start("score"), m.end("score"), strength))
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
        if grade:
            out.append(_field(doc, "grade", grade, m.start("grade"), m.end("grade"), 2))
    return out
