"""Does a cell read like a 绩效自评表 header word? (Evidence that aligned text is a table.)

The wordings are the extractors' own (`schemas/data/table_headers.json`: fund
and indicator columns, goal columns, label cells such as 项目名称 and 主管部门),
read from the shared data file: the reading layer does not import `extractors`.
Only the question "is this a header word" is answered here; which column a
header names is the extractors' business.
"""
from __future__ import annotations

import re
from functools import lru_cache

from schemas.table_vocabulary import table_headers

# Sections of the vocabulary whose patterns name a header cell.
HEADER_SECTIONS = ("fund_columns", "indicator_columns", "goal_columns", "header_fields")
# A header cell is a short label (the extractors' MAX_HEADER_CHARS).
MAX_HEADER_CHARS = 24
_BLANKS = re.compile(r"[\s\u3000]+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = table_headers()
    patterns: list[re.Pattern[str]] = []
    for section in HEADER_SECTIONS:
        for _role, words in data.get(section, ()):
            patterns.extend(re.compile(w) for w in words)
    return tuple(patterns)


@lru_cache(maxsize=4096)
def is_header_word(text: str) -> bool:
    """A short label that the header vocabulary knows (`全年预算数（万元）`, `三级指标`, `项目名称`)."""
    key = _BLANKS.sub("", text).replace("（", "(").replace("）", ")")
    if not key or len(key) > MAX_HEADER_CHARS:
        return False
    return any(p.search(key) for p in _patterns())
