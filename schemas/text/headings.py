"""Heading numbering styles of Chinese official reports, and their levels.

`一、` is level 1, `（一）` level 2, `1.` level 3, `(1)`/`①` level 4; `第一部分`
is level 1. The level comes from the numbering style, not from Markdown `#`
counts, which real files use inconsistently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CN_NUM = "一二三四五六七八九十百零〇"
_STYLES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^第[{CN_NUM}]+(?:部分|章|节)\s*")),
    (1, re.compile(rf"^[{CN_NUM}]+\s*[、.．]\s*")),
    # The numeral lost in conversion (`、项目绩效情况`); a line that lists on (`、区物业管理中心、区园林所`)
    # is the rest of a list wrapped there.
    (1, re.compile(r"^、(?=[\u4e00-\u9fff])(?![^。]*、)")),
    (2, re.compile(rf"^[(（]\s*[{CN_NUM}]+\s*[)）]\s*[、.]?\s*")),
    (3, re.compile(r"^\d{1,2}\s*[.、．](?!\d)\s*")),
    (4, re.compile(r"^[(（]\s*\d{1,2}\s*[)）]\s*")),
    (4, re.compile(r"^[①-⑳]\s*")),
)
# A heading line has no more than this many characters (longer lines are numbered paragraphs).
MAX_HEADING_CHARS = 40
# A numbered paragraph whose first sentence is this short uses it as its heading.
MAX_LEAD_SENTENCE_CHARS = 30
_TITLE_END = re.compile(r"(报告|自评表|评价表|情况表|说明|目录)$")
_SENTENCE_END = re.compile(r"[。！？!?]")


@dataclass(frozen=True)
class HeadingMatch:
    level: int
    numbering: str  # the numbering as written, e.g. `（四）`
    title: str  # the heading text, numbering included, without trailing punctuation


def numbering_of(line: str) -> tuple[int, str] | None:
    """The numbering style level and prefix a line starts with, if any."""
    stripped = line.strip()
    for level, pattern in _STYLES:
        m = pattern.match(stripped)
        if m:
            return level, m.group(0)
    return None


def match_heading(line: str) -> HeadingMatch | None:
    """A heading if the line is one: numbered and short, or a numbered paragraph's short lead."""
    stripped = line.strip()
    found = numbering_of(stripped)
    if found is None:
        return None
    level, numbering = found
    body = stripped[len(numbering):]
    if not body:
        return None
    end = _SENTENCE_END.search(body)
    has_clauses = bool(re.search(r"[,，;；]", body))
    if len(stripped) <= MAX_HEADING_CHARS and not has_clauses and (end is None or end.end() == len(body)):
        return HeadingMatch(level, numbering.strip(), stripped.rstrip("。:：;；"))
    if end is not None and end.start() <= MAX_LEAD_SENTENCE_CHARS and "，" not in body[: end.start()] and "," not in body[: end.start()]:
        return HeadingMatch(level, numbering.strip(), (numbering.strip() + body[: end.start()]))
    return None


def is_title_line(line: str) -> bool:
    """A report or table title, which ends its line though it has no full stop."""
    stripped = line.strip()
    return 0 < len(stripped) <= 80 and bool(_TITLE_END.search(stripped))
