"""Is a readable document a performance self-evaluation at all? (before anything is extracted)"""
from __future__ import annotations

import functools
import re
from importlib import resources
from itertools import islice

from schemas.document import Document
from schemas.facts import ReportFacts
from schemas.text.hanzi import to_simplified
from schemas.text.site_chrome import title_lines

# A performance self-evaluation names itself in its title, or its tables are self-evaluation forms.
_REPORT_MARKERS = re.compile(r"绩效|自评|评价")
_FORM_MARKERS = re.compile(r"自评|得分|绩效指标")
TITLE_LINES = 5  # a cover may put 附件N, the unit and the year before the title


# A report whose title names only the funds (`关于…补助资金管理使用情况`) is one when its own
# section headings carry the evaluation: its result, and how its indicators were met.
_HEADING = re.compile(r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])[^\n]{0,30}")
_RESULT_HEADING = re.compile(r"绩效(?:自评|评价)(?:结果|结论|情况)|(?:自评|评价)结论")
_INDICATOR_HEADING = re.compile(r"(?:产出|效益|效果|满意度)指标|绩效(?:目标|指标)(?:完成|实现)情况")
HEADING_REACH = 12000
_STATED_SCORE = re.compile(r"自评(?:得分|总分|分数|综合得分)(?:为|是)?\s*\d{2,3}(?:\.\d+)?\s*分")
# A page cut to a report's body (no title): a heading on the unit's performance targets, and the year's
# execution stated (a budget plan has the targets but nothing executed yet).
_TARGETS_HEADING = re.compile(r"整体(?:支出)?绩效目标")
_STATED_EXECUTION = re.compile(r"执行率(?:为|是|达到?)?\s*\d{1,3}(?:\.\d+)?\s*%")
# A page's metadata label left empty (`• 索 引 号:`): no title line.
_EMPTY_LABEL = re.compile(r"^\W*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,10}[:：]\s*$")


def is_self_evaluation(text: str, document: Document) -> bool:
    if _REPORT_MARKERS.search(_title_head(text, document)):
        return True
    # cells as the text is matched: in simplified characters (`績效目標自評表`)
    cells = to_simplified(" ".join(c.text for t in document.tables for c in t.cells[:300]))
    if _FORM_MARKERS.search(cells) and _REPORT_MARKERS.search(cells):
        return True
    headings = " ".join(m.group(0) for m in _HEADING.finditer(text, 0, HEADING_REACH))
    indicator_headings = {m.group(0) for m in _INDICATOR_HEADING.finditer(headings)}
    # a self-evaluation inside another document (a 决算 page's `(三)部门整体支出绩效自评结果`): its result's
    # heading and the score it gives
    if _RESULT_HEADING.search(headings) and _STATED_SCORE.search(text):
        return True
    if _TARGETS_HEADING.search(headings) and _STATED_EXECUTION.search(text, 0, HEADING_REACH):
        return True
    # an evaluation result and its indicators, or two kinds of indicators met (`三、绩效目标完成情况分析`
    # / `(1)产出指标完成情况分析`)
    return bool(indicator_headings) and (bool(_RESULT_HEADING.search(headings)) or len(indicator_headings) >= 2)


@functools.lru_cache(maxsize=1)
def _other_documents() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None, str], ...]:
    text = resources.files("schemas").joinpath("data").joinpath("other_documents.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            names, also, reason = line.split("\t")
            rows.append((re.compile(names), None if also == "-" else re.compile(also), reason))
    return tuple(rows)


def other_document(text: str, document: Document) -> str | None:
    """Why a performance document is no self-evaluation of a year's spending, when its title says what else it
    is (`data/other_documents.tsv`: an ex-ante assessment, a declaration of targets, a monitoring form, a third
    party's evaluation); None for a title that names 自评, or names none of them."""
    head = _title_head(text, document)
    if "自评" in head:
        return None
    for names, also, reason in _other_documents():
        if names.search(head) and (also is None or also.search(head)):
            return reason
    return None


BLANK_FORM = "a blank form or its instructions: no unit, year, project or figure is filled in"


def is_blank_form(facts: ReportFacts) -> bool:
    """A performance form nobody filled in (a template, its instructions, a site's sample): no unit, no year, no
    project, no money, no score, no indicator read, no result counted."""
    meta = facts.meta
    named = meta.department or meta.fiscal_year or meta.project_name or meta.self_score is not None
    scored = any(i.score is not None or i.actual for i in facts.indicators)
    return not (named or facts.budget_items or scored or facts.metrics)


def _title_head(text: str, document: Document) -> str:
    """The reader's title hint and the first lines of the text, where a title stands."""
    # the portal page's lines above a saved report (`当前位置：…`, `索引号 …`, `发布日期 …`) are no title's
    head = (line for _, line in title_lines(text) if not _EMPTY_LABEL.match(line))
    return (document.title_hint or "") + " ".join(islice(head, TITLE_LINES))  # not the whole text
