"""Where the 绩效自评表 header vocabulary lives, shared by the readers and the extractors.

`schemas/data/table_headers.json` lists the wordings of table headers (fund and
indicator columns, goal columns, label cells such as 项目名称). The extractors
compile it into column roles (`extractors.table_vocab`); the reading layer only
needs to know whether a cell reads like a header word (`pipeline.reading.layout.header_words`),
to tell a borderless table from aligned prose. Neither imports the other: both read this file.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLE_HEADERS_PATH = Path(__file__).parent / "data" / "table_headers.json"


@lru_cache(maxsize=1)
def table_headers() -> dict[str, Any]:
    """The raw vocabulary (read once); validation is the caller's (`extractors.table_vocab`)."""
    data: dict[str, Any] = json.loads(TABLE_HEADERS_PATH.read_text(encoding="utf-8"))
    return data
