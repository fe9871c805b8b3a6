"""A report's title: where it stands, and the department, year and project it names.

Titles come as `2022年度广州市海珠区应急管理局部门整体支出绩效自评报告`,
`上海市徐汇区教育局2023年度部门整体支出绩效自评报告`, `关于2021年度部门整体支出绩效自评的报告`
(the unit on the next line), `巴中市恩阳区农业农村局关于2022年度高标准农田建设项目资金绩效自评情况的报告`,
`项目支出绩效自评表` with `（2022年度）` on the next line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from extractors.region import region_parts
from extractors.vocab import form_label_pattern, unit_suffix_pattern, works_word_pattern
from schemas.text.site_chrome import title_lines

DEPT_SUFFIX = unit_suffix_pattern()
UNIT_NAME = re.compile(rf"[\u4e00-\u9fff()]{{2,40}}?{DEPT_SUFFIX}")
YEAR = re.compile(r"(?<!\d)(?P<year>20\d{2})\s*年度?")
TITLE_WORDS = re.compile(r"绩效|自评|评价|考评")
_TITLE_END = re.compile(r"(?:报告|自评表|评价表|情况表|目标表|自评结果)[)）]?(?:[(（]\s*20\d{2}\s*年度?\s*[)）])?$")
YEAR_LINE = re.compile(r"^[(（]?\s*20\d{2}\s*年度?\s*[)）]?$")  # `(2024年度)` under a title
_TAIL = re.compile(r"(?:的)?(?:绩效)?(?:单位|部门)?(?:自评价|自评|评价|考评)?(?:总结)?(?:工作)?(?:情况)?(?:的)?(?:报告|自评表|评价表|情况表|目标表|表)$")
# Government bonds named by their issuer: `地方政府专项债券`, `政府一般债券`.
_BOND = re.compile(r"(?:一般|专项)?债(?:券)?")
# A title whose project is only the kind of its money (`2021年度专项债券项目绩效自评报告`).
_BOND_ONLY = re.compile(r"(?:地方)?(?:政府)?(?:一般|专项)?债券(?:资金)?(?:项目)?")
# A project's name alone on the line above such a title: no sentence, year or label in it.
_NAME_LINE = re.compile(r"[\u4e00-\u9fff()（）\d]{4,40}(?:工程|项目|建设|改造|设施)")
_KIND_TAIL = re.compile(r"(?:部门整体支出|部门整体|单位整体支出|整体支出|部门)?(?:绩效)?$")
# What ends a title's project name but is no part of it: `项目支出` (the report's kind), `区域` (a transfer's
# form, `…资金区域绩效自评表`). `X项目绩效自评报告` names `X项目`, as written.
_PROJECT_TAIL = re.compile(r"(?:绩效)?(?:项目支出|支出|区域|预算执行情况)?(?:绩效)?$")
# A title whose project part is only the word 项目 (`2021年度项目绩效自评报告`).
_PROJECT_WORD_ONLY = re.compile(r"(?:本|该|\d{4}年?度?)?项目")
# A title that names only the kind of money evaluated (`…2021年度中央对地方转移支付预算执行情况绩效自评报告`): no project.
_TRANSFERS_ONLY = re.compile(r"(?:中央对地方|中央|省级|省对市县|市级)?(?:财政)?转移支付(?:资金)?")
# A title that names only the kind of its money (`耒阳市第四中学专项资金绩效自评价报告`): no project.
_MONEY_KIND_ONLY = re.compile(r"(?:财政)?(?:专项)?(?:资金|经费)")
# After the unit's name, words that start the report's subject, not the name.
_AFTER_UNIT = re.compile(r"(?:部门|单位|整体|本级|关于|\d|$)")
MAX_TITLE_LINES = 8
_FILE_NAME = re.compile(r"^(?:\d+[、.])?《?(?P<name>[^《》]{6,100}?)\.(?:pdf|docx?|xlsx?|wps|ofd|txt)(?![a-z])", re.I)
_SENTENCE_TITLE = re.compile(r"现将(?P<title>[^。;:：\n]{6,80}?(?:报告|情况))如下")
SENTENCE_TITLE_REACH = 2000
# A published page's field label before its title (`标      题 某单位2020年度…报告`).
_FIELD_LABEL = re.compile(r"^(?:标题|题名|名称|文章标题|信息名称)[:：|]?")
_LEADING_TITLE = re.compile(r"^(?P<title>[^。;:：]{6,80}?(?:报告|自评表|评价表))(?=\s)")
# A title line that starts with the report's kind continues the line above it.
_KIND_START = re.compile(r"^(?:部门整体|整体支出|项目支出|项目绩效|专项资金|资金绩效|绩效自评|绩效评价|自评报告|支出绩效)")


@dataclass(frozen=True)
class TitleSpan:
    text: str  # the title, whitespace removed, with a year line appended when it stood apart
    start: int
    end: int
    unit_line: str | None = None  # a unit's name standing alone right after the title
    unit_start: int = 0


@dataclass(frozen=True)
class TitleParts:
    department: str | None
    year: int | None
    project: str | None


_PROJECT_CODE = re.compile(r"^[0-9A-Za-z]{12,}\s*[-－—_:：]\s*")


def project_name(text: str) -> str:
    """A project name without the budget-system code Sichuan puts before it (`51092324T000010263357-…`)."""
    return _PROJECT_CODE.sub("", text).strip() or text


def find_title(text: str, hint: str | None = None) -> TitleSpan | None:
    """The title among the first lines of the text (else the reader's hint)."""
    lines = [(start, line.strip()) for start, line in islice(title_lines(text[:1200]), MAX_TITLE_LINES)]
    file_title: TitleSpan | None = None
    for i, (start, line) in enumerate(lines):
        compact = _FIELD_LABEL.sub("", re.sub(r"\s+", "", line))
        named = _FILE_NAME.match(compact)
        if named:  # `《…自评报告.docx》由会员分享…`, `2021年…自评报告.pdf`: a file name standing for the title
            compact = named.group("name")
            if not UNIT_NAME.search(compact):  # `河湖水系2022年…报告.docx`: a short name; the title may follow
                if file_title is None and TITLE_WORDS.search(compact) and _TITLE_END.search(compact):
                    file_title = TitleSpan(compact, start, start + len(line))
                continue
        leading = _LEADING_TITLE.match(line) if len(compact) > 120 else None
        if leading:  # a title glued to the text after it (a document's text on one line)
            line = leading.group("title")
            compact = re.sub(r"\s+", "", line)
        if len(compact) > 120 or not TITLE_WORDS.search(compact) or not _TITLE_END.search(compact):
            continue
        title = compact
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        # the lines right above and below, with nothing but blank lines between (a page's breadcrumb is no cover's)
        prev = lines[i - 1] if i > 0 and not text[lines[i - 1][0]:start].split("\n", 1)[-1].strip() else None
        broken = prev is not None and YEAR.search(prev[1]) is not None and not YEAR.search(compact) \
            and not UNIT_NAME.fullmatch(re.sub(r"\s+", "", prev[1]))
        if prev and (_KIND_START.match(compact) or broken) and not re.search(r"[。;；:：!?！？]", prev[1]) \
                and len(prev[1]) <= 60:
            # `湖州市统计局2023年度第五次全国经济普查经费` / `项目支出 绩效自评报告`: one title on two lines,
            # as is `某镇人民政府2021年度村级公益事业` / `一事一议财政奖补项目绩效自评报告` (the year above)
            title = re.sub(r"\s+", "", prev[1]) + compact
            start = prev[0]
        nxt = lines[i + 1] if i + 1 < len(lines) and not text[line_end:lines[i + 1][0]].strip() else None
        unit_line, unit_start = None, 0
        if nxt and YEAR_LINE.match(nxt[1]) and not YEAR.search(title):
            title += re.sub(r"\s+", "", nxt[1])
        elif nxt and _is_unit_line(nxt[1]):
            unit_line, unit_start = nxt[1], nxt[0]
        if unit_line is None and prev and start != prev[0] and _is_unit_line(re.sub(r"\s+", "", prev[1])):
            # the unit on its own line above the title (a cover): `平泉市自然资源和规划局` / `2020年度…报告`
            unit_line, unit_start = re.sub(r"\s+", "", prev[1]), prev[0]
        return TitleSpan(title, start, start + len(line), unit_line, unit_start)
    if file_title is not None:
        return file_title
    if hint and TITLE_WORDS.search(hint):
        return TitleSpan(re.sub(r"\s+", "", hint), 0, 0)
    said = _SENTENCE_TITLE.search(text[:SENTENCE_TITLE_REACH])
    if said and TITLE_WORDS.search(said.group("title")):
        # `现将2022年西平县交通运输局…绩效自评总结报告如下`: the report names itself in its opening
        return TitleSpan(re.sub(r"\s+", "", said.group("title")), said.start("title"), said.end("title"))
    if hint:
        return TitleSpan(re.sub(r"\s+", "", hint), 0, 0)
    return None


def parse_title(title: str, is_project: bool) -> TitleParts:
    """Department, fiscal year and project named in a title."""
    core = _TAIL.sub("", re.sub(r"[(（]\s*20\d{2}\s*年度?\s*[)）]$", "", title)) or title
    year = YEAR.search(core) or YEAR.search(title)
    before = core[: year.start()] if year and year.start() < len(core) else ""
    after = core[year.end():] if year and year.end() <= len(core) else core
    before = re.sub(r"关于$", "", before).strip("()（） ")
    after = re.sub(r"^关于", "", after)
    department: str | None = None
    rest = after
    if before and UNIT_NAME.fullmatch(before):
        department = before
    elif before:
        unit = UNIT_NAME.match(before)
        department = unit.group(0) if unit else None
    else:
        prefix = _unit_prefix(after)
        if prefix:
            department, rest = prefix, re.sub(r"^关于", "", after[len(prefix):])
    if is_project and department and not _PROJECT_TAIL.sub("", rest) and before.startswith(department):
        rest = before[len(department):]  # `某局X工程项目2021年度绩效自评报告`: the project before the year
    project = None
    if is_project:
        name = _PROJECT_TAIL.sub("", rest).strip("()（） ")
        name = re.sub(r"(项目)资金$", r"\1", name)
        name = re.sub(r"^部门预算$", "", name)  # Sichuan's form name: 部门预算项目支出绩效自评表
        name = re.sub(r"[(（]项目[)）]?$", "", name)  # `专项事业费(项目)支出…`: the kind in brackets
        bare = re.sub(r"项目$", "", name)
        name = "" if _TRANSFERS_ONLY.fullmatch(bare) or _PROJECT_WORD_ONLY.fullmatch(name) \
            or _MONEY_KIND_ONLY.fullmatch(bare) else name
        project = name or None
    return TitleParts(department, int(year.group("year")) if year else None, project)


def project_above(text: str, span: TitleSpan, project: str | None) -> tuple[str, int] | None:
    """The project a title names, and where it stands: the title's own, or the one on the line above
    a title that names only its bonds (`兴国县城区雨污分流改造工程` / `2021年度专项债券项目绩效自评报告`)."""
    if project is None:
        return None
    if not _BOND_ONLY.fullmatch(project):
        return project, span.start
    head = text[:span.start].rstrip()
    line_start = head.rfind("\n") + 1
    name = re.sub(r"\s+", "", head[line_start:])
    if _NAME_LINE.fullmatch(name) and not YEAR.search(name) and not TITLE_WORDS.search(name):
        return name, line_start
    return None


def _unit_prefix(text: str) -> str | None:
    """The unit's name at the start of `text`: the shortest name followed by what starts a subject."""
    for m in re.finditer(DEPT_SUFFIX, text):
        candidate = text[: m.end()]
        if _BOND.match(text, m.end()):
            return None  # `某省地方政府专项债券项目…`: the bonds' issuer, not the reporting unit
        if len(candidate) >= 3 and _AFTER_UNIT.match(text, m.end()) and UNIT_NAME.fullmatch(candidate):
            return candidate
    whole = UNIT_NAME.match(text)
    if whole and _KIND_TAIL.sub("", text[whole.end():]) == "":
        return whole.group(0)
    # `西平县交通运输局财政衔接推进乡村振兴资金项目`: a unit of a named region, then the project
    for m in re.finditer(DEPT_SUFFIX, text):
        candidate = text[: m.end()]
        parts = region_parts(candidate)
        if re.match(works_word_pattern(), text[m.end():]):
            continue  # `…垃圾转运站提升改造项目`: the station is what the project works on
        if len(candidate) >= 5 and UNIT_NAME.fullmatch(candidate) and parts and parts[0].start == 0:
            return candidate
    return None


def _is_unit_line(text: str) -> bool:
    """A unit's name alone on its line; form labels run together (`项目名称…主管部门…局`) are no name."""
    return UNIT_NAME.fullmatch(text) is not None and not re.search(form_label_pattern(), text)
