"""The report's kind from its title and body wording (shared by several extractors)."""
from __future__ import annotations

import re
from itertools import islice

from schemas.facts import ReportKind
from schemas.text import SegmentedDocument
from schemas.text.site_chrome import title_lines

TITLE_LINES = 4  # the hint and the first lines, where the title's kind is told
DEPARTMENT_WORDS = re.compile(r"部门(?:[(（]单位[)）])?整体(?:支出)?(?:绩效)?|整体支出绩效|单位整体支出|年度(?:部门)?预算(?:资金)?绩效自评"
                              # `…卫生服务中心预算执行情况绩效自评报告`, `…幼儿园2024年财政预算支出绩效自评情况报告`
                              r"|(?<!项目)(?<!资金)(?<!转移支付)(?:财政)?预算(?:执行情况|支出)绩效自评")
# With no kind in the title or the wording, the first section says whose the report is.
# A heading starts its line, or runs on from the title in a copy flattened to one line (`…报告一、项目概况`).
_DEPARTMENT_HEADING = re.compile(r"(?m)(?:^|报告)\s*[一1][、.．]\s*(?:部门|单位)(?:基本)?(?:概况|情况)")
_PROJECT_HEADING = re.compile(r"(?m)(?:^|报告)\s*[一1][、.．]\s*项目(?:基本)?(?:概况|情况)")
# "…工程项目2021年度绩效自评报告": a year may stand between the project and 绩效
_YEAR = r"(?:\d{4}年度?)?"
# A title broken over two lines (`…中央水利发展资金` / `绩效自评报告`) keeps its line break between them.
PROJECT_WORDS = re.compile(rf"项目{_YEAR}(?:支出)?的?\n?绩效|专项资金{_YEAR}\n?绩效|(?<!预算)(?:资金|经费)(?:[(（][^()（）\n]{{1,8}}[)）])?{_YEAR}(?:支出)?的?\n?绩效(?:目标)?的?(?:自评|评价)|项目自评"
                           r"|转移支付[^。]{0,10}绩效"
                           # `…通组道路工程绩效评价报告`: a works project named as such
                           rf"|(?:工程|建设){_YEAR}\n?绩效(?:自评|评价)"
                           r"|项目预算(?:资金|执行情况|支出)?绩效"
                           # a transfer payment's 区域绩效目标自评表: a fund's, reported by region
                           r"|区域绩效(?:目标)?自评"
                           # the transfer-payment template's first section
                           r"|绩效目标分解下达情况"
                           # `…绩效项目支出自评表`: the form of a project's spending
                           r"|项目支出(?:绩效)?自评表")


def title_text(doc: SegmentedDocument) -> str:
    """The first lines of the document, where the title stands."""
    hint = doc.document.title_hint or ""
    return hint + "\n" + doc.text[:300]


def detect_report_kind(doc: SegmentedDocument) -> ReportKind:
    first_lines = "\n".join(line for _, line in islice(title_lines(title_text(doc)), TITLE_LINES))
    if DEPARTMENT_WORDS.search(first_lines):
        return ReportKind.DEPARTMENT_OVERALL
    if PROJECT_WORDS.search(first_lines):
        return ReportKind.PROJECT
    body = doc.text[:5000]
    dept = len(DEPARTMENT_WORDS.findall(body))
    proj = len(PROJECT_WORDS.findall(body))
    if dept > proj:
        return ReportKind.DEPARTMENT_OVERALL
    if proj > dept:
        return ReportKind.PROJECT
    if not dept:
        department, project = _DEPARTMENT_HEADING.search(body), _PROJECT_HEADING.search(body)
        if department and not project:
            return ReportKind.DEPARTMENT_OVERALL
        if project and not department:
            return ReportKind.PROJECT
    return ReportKind.UNKNOWN


# An attachment that is another report (`附件2` / `…移民后期扶持资金项目绩效评价报告`): its figures are that
# report's, not the department's.
_ATTACHMENT = re.compile(r"(?m)^[ \t]*附件[ \t]*[0-9一二三四五六七八九十]{0,2}[ \t]*[:：]?[ \t]*\n[ \t]*(?P<title>[^\n]{4,80})")
_REPORT_TITLE = re.compile(r"(?:报告|自评表|评价表)[ \t]*$")


def attached_project_report(doc: SegmentedDocument) -> int | None:
    """Where a project report attached to a department's report starts, or None."""
    for m in _ATTACHMENT.finditer(doc.text):
        title = m.group("title")
        if PROJECT_WORDS.search(title) and not DEPARTMENT_WORDS.search(title) and _REPORT_TITLE.search(title):
            return m.start()
    return None
