"""The 绩效自评表 vocabulary (schemas/data/table_headers.json), compiled once.

Header cells map to column roles, row labels to contract item codes, label
cells to report fields. Each list is ordered: the first pattern that matches
decides, so `执行率得分` is a score column before it is a rate column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.table_values import CACHE_SIZE, label_key
from schemas.errors import ConfigError
from schemas.table_vocabulary import TABLE_HEADERS_PATH, table_headers

VOCAB_PATH = TABLE_HEADERS_PATH
_SECTIONS = ("fund_columns", "fund_rows", "indicator_columns", "goal_columns", "header_fields", "indicator_levels")

Ordered = tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
NO_ITEM = "-"  # a role of labels that are known but name no contract item


@dataclass(frozen=True)
class Vocabulary:
    fund_columns: Ordered
    fund_rows: Ordered
    indicator_columns: Ordered
    goal_columns: Ordered
    header_fields: Ordered
    indicator_levels: Ordered
    total_rows: tuple[re.Pattern[str], ...]
    subtotal_rows: tuple[re.Pattern[str], ...]  # `产出指标小计`: a level's points again, no row of its own
    block_captions: tuple[str, ...]
    caption_words: tuple[str, ...]
    placeholders: tuple[re.Pattern[str], ...]


def _ordered(raw: object, section: str) -> Ordered:
    if not isinstance(raw, list):
        raise ConfigError(f"{VOCAB_PATH.name}: {section!r} must be a list of [role, [patterns]]")
    out = []
    for entry in raw:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], list)):
            raise ConfigError(f"{VOCAB_PATH.name}: bad entry in {section!r}: {entry!r}")
        out.append((str(entry[0]), tuple(re.compile(p) for p in entry[1])))
    return tuple(out)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = table_headers()
    missing = [s for s in (*_SECTIONS, "total_rows", "subtotal_rows", "block_captions", "caption_words", "placeholders") if s not in data]
    if missing:
        raise ConfigError(f"{VOCAB_PATH.name}: missing sections {', '.join(missing)}")
    return Vocabulary(
        fund_columns=_ordered(data["fund_columns"], "fund_columns"),
        fund_rows=_ordered(data["fund_rows"], "fund_rows"),
        indicator_columns=_ordered(data["indicator_columns"], "indicator_columns"),
        goal_columns=_ordered(data["goal_columns"], "goal_columns"),
        header_fields=_ordered(data["header_fields"], "header_fields"),
        indicator_levels=_ordered(data["indicator_levels"], "indicator_levels"),
        total_rows=tuple(re.compile(p) for p in data["total_rows"]),
        subtotal_rows=tuple(re.compile(p) for p in data["subtotal_rows"]),
        block_captions=tuple(data["block_captions"]),
        caption_words=tuple(data["caption_words"]),
        placeholders=tuple(re.compile(p) for p in data["placeholders"]),
    )


def classify(text: str, ordered: Ordered) -> str | None:
    """The role of the first pattern list that matches the label, or None."""
    key = label_key(text)
    if not key:
        return None
    for role, patterns in ordered:
        if any(p.search(key) for p in patterns):
            return role
    return None


@lru_cache(maxsize=CACHE_SIZE)
def fund_column(text: str) -> str | None:
    return classify(text, vocabulary().fund_columns)


@lru_cache(maxsize=CACHE_SIZE)
def fund_row(text: str) -> str | None:
    """The item a funds row's label names; None also for a source row that is no one item
    (`-` in the vocabulary: `央省资金`, `中央及省级资金`, the upper levels together)."""
    role = classify(text, vocabulary().fund_rows)
    return None if role == NO_ITEM else role


@lru_cache(maxsize=CACHE_SIZE)
def is_funds_row(text: str) -> bool:
    """Whether the label names a funds row: an item's, or a source that is no one item."""
    return classify(text, vocabulary().fund_rows) is not None


@lru_cache(maxsize=CACHE_SIZE)
def indicator_column(text: str) -> str | None:
    return classify(text, vocabulary().indicator_columns)


@lru_cache(maxsize=CACHE_SIZE)
def goal_column(text: str) -> str | None:
    return classify(text, vocabulary().goal_columns)


@lru_cache(maxsize=CACHE_SIZE)
def indicator_level(text: str) -> str | None:
    """`level1` or `level2` when the cell is an indicator level's label (`产出指标（50分）`, `2、成本指标`).

    A page marker a sharing site glued on (`2、`) and the points a label states are not part of it.
    """
    key = re.sub(r"^\d{1,2}、", "", label_key(text))
    key = re.sub(r"\(\d+(\.\d+)?分\)$", "", key)
    return classify(key, vocabulary().indicator_levels)


@lru_cache(maxsize=CACHE_SIZE)
def header_field(text: str) -> str | None:
    """The report field a label cell names (`项目名称` -> project_name), if it is a short label."""
    key = label_key(text)
    if len(key) > 14:
        return None
    return classify(key, vocabulary().header_fields)


@lru_cache(maxsize=CACHE_SIZE)
def is_total_row(text: str) -> bool:
    key = label_key(text)
    return any(p.search(key) for p in vocabulary().total_rows)


# A heading over the rows that follow it, by what they are grouped by: `一、按资金来源`, `按支出性质分：`.
GROUP_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?按[\u4e00-\u9fff]{1,8}?分?[:：]?$")


def is_group_heading(text: str) -> bool:
    return bool(GROUP_HEADING.match(label_key(text)))


def is_subtotal_row(text: str) -> bool:
    key = label_key(text)
    return bool(key) and any(p.search(key) for p in vocabulary().subtotal_rows)


@lru_cache(maxsize=CACHE_SIZE)
def is_placeholder(text: str) -> bool:
    key = label_key(text)
    return not key or any(p.search(key) for p in vocabulary().placeholders)
