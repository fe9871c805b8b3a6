"""The indicator rows of a 绩效自评表 that reached us as a stream of cells, rebuilt.

A form flattened to text (one cell per line, or every cell of the form on one line) keeps the
cells in order but loses the empty ones and the row boundaries, and a merged 一级/二级指标 cell
appears once, before the first row it spans. What is left to go by is the order the header
states (`一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因…`) and what each
cell can be: a row is `[level labels] name target actual weight score [note]`, its weight and
score bare points (`10`, `9.73`); level labels are the vocabulary's (`产出指标（50分）`,
`数量指标`); a cell left between one row's score and the next row is its note. The rows come
back as a grid under the stated header, which the block reader reads like any ruled table.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors import table_vocab as vocab
from extractors.table_values import parse_number
from schemas.facts import FULL_MARKS

MAX_HEADER_CHARS = 24
MIN_HEADER_ROLES = 4
POINT_ROLES = ("weight", "score")
LEVEL_ROLES = ("level1", "level2")
MAX_NAME_CHARS = 30
MAX_HEADER_REST_CHARS = 6
# Bare points: `10`, `9.73`, `10分` (a count, a percent or an amount with its unit is a value, not points).
_POINTS = re.compile(r"^\d{1,3}(\.\d{1,2})?分?$")


@dataclass(frozen=True)
class IndicatorStream:
    """The rebuilt block: its header row, its rows (one cell per header column), where it ended."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    end: int


def header_run(cells: Sequence[str], start: int) -> tuple[list[str], int]:
    """Roles of a run of indicator column headers at `start` (with a name and points), and its end."""
    roles: list[str] = []
    i = start
    while i < len(cells) and len(cells[i]) <= MAX_HEADER_CHARS and parse_number(cells[i]) is None:
        role = vocab.indicator_column(cells[i])
        if role is None or role in roles:
            break
        roles.append(role)
        i += 1
    named = "name" in roles or "level2" in roles
    if len(roles) >= MIN_HEADER_ROLES and named and all(p in roles for p in POINT_ROLES):
        # the note's header broken over lines (`偏差原因` / `分析及` / `改进措施`): the rest is header too
        while roles[-1] == "note" and i < len(cells) and _header_rest(cells[i]):
            i += 1
        return roles, i
    return [], start


def _header_rest(text: str) -> bool:
    """A short piece that names nothing itself: no column, no level, no figure."""
    return (len(text) <= MAX_HEADER_REST_CHARS and parse_number(text) is None
            and vocab.indicator_column(text) in (None, "note") and vocab.indicator_level(text) is None)


def is_points(text: str) -> bool:
    if not _POINTS.match(text):
        return False
    number = parse_number(text)
    return number is not None and number.value <= FULL_MARKS


def read_block(cells: Sequence[str], start: int) -> IndicatorStream | None:
    """The indicator block whose header run starts at `start`, or None when none starts there."""
    roles, i = header_run(cells, start)
    if not roles:
        return None
    header = tuple(cells[start:i])
    layout = _Layout(roles)
    rows: list[tuple[str, ...]] = []
    while i < len(cells):
        if vocab.is_total_row(cells[i]):
            total, i = _total(cells, i, layout)
            rows.append(total)
            break
        found = layout.row_at(cells, i)
        if found is None:
            if rows and layout.note is not None and not _starts_other_block(cells[i]):
                rows[-1] = layout.with_note(rows[-1], cells[i])
                i += 1
                continue
            break
        row, i = found
        rows.append(row)
    if not rows:
        return None
    return IndicatorStream(header, tuple(rows), i)


def _is_sentence(text: str) -> bool:
    """A note or a goal, not an indicator's name: names are short and unpunctuated."""
    return len(text) > MAX_NAME_CHARS or any(p in text for p in "，。；")


def _starts_other_block(text: str) -> bool:
    return bool(vocab.header_field(text) or vocab.fund_column(text) or vocab.indicator_column(text))


class _Layout:
    """Where each role stands in the header, and how a row of cells is read against it."""

    def __init__(self, roles: Sequence[str]) -> None:
        self.roles = list(roles)
        self.width = len(roles)
        first_core = next(k for k, r in enumerate(roles) if r not in LEVEL_ROLES)
        last_point = max(roles.index(p) for p in POINT_ROLES)
        self.levels = [r for r in roles[:first_core] if r in LEVEL_ROLES]
        self.core = self.roles[first_core:last_point + 1]
        self.note = next((roles.index(r) for r in roles[last_point + 1:] if r == "note"), None)

    def row_at(self, cells: Sequence[str], start: int) -> tuple[tuple[str, ...], int] | None:
        """The row starting at `start` (level labels first), and where the next one may start."""
        labels: list[str] = []
        i = start
        while i < len(cells) and vocab.indicator_level(cells[i]) and len(labels) < len(self.levels):
            labels.append(cells[i])
            i += 1
        # fewer labels when the row fits no other way (`预算执行率` is a level's label or a row's name)
        while True:
            end = i + len(self.core)
            core = list(cells[i:end]) if end <= len(cells) else []
            if core and self._fits(core):
                break
            if not labels:
                return None
            labels.pop()
            i -= 1
        row = [""] * self.width
        for text, role in zip(self._level_roles(labels), labels, strict=True):
            row[self.roles.index(text)] = role
        for k, text in enumerate(core):
            row[self.roles.index(self.core[k])] = text
        return tuple(row), end

    def _fits(self, core: Sequence[str]) -> bool:
        for role, text in zip(self.core, core, strict=True):
            if role in POINT_ROLES:
                if not is_points(text):
                    return False
            elif role == "name":
                # `预算执行 | 预算执行率 | 预算执行率`: a name may repeat its second level's label
                if is_points(text) or _is_sentence(text) or vocab.is_total_row(text) or vocab.indicator_level(text) == "level1":
                    return False
            elif vocab.indicator_level(text) or vocab.is_total_row(text):
                return False
        return True

    def _level_roles(self, labels: Sequence[str]) -> list[str]:
        """The columns the labels before a row fill: two labels are (一级, 二级); one is its own level."""
        if len(labels) >= 2 and len(self.levels) >= 2:
            return list(self.levels[:2])
        if not labels:
            return []
        level = vocab.indicator_level(labels[0]) or "level2"
        return [level if level in self.levels else self.levels[-1]]

    def with_note(self, row: tuple[str, ...], text: str) -> tuple[str, ...]:
        assert self.note is not None
        cells = list(row)
        cells[self.note] = f"{cells[self.note]} {text}".strip()
        return tuple(cells)


def _total(cells: Sequence[str], start: int, layout: _Layout) -> tuple[tuple[str, ...], int]:
    """The 总分 row: its label, then the points after it under 分值 and 得分 (or 得分 alone)."""
    i = start + 1
    points: list[str] = []
    while i < len(cells) and is_points(cells[i]) and len(points) < 2:
        points.append(cells[i])
        i += 1
    row = [""] * layout.width
    row[0] = cells[start]
    targets = [layout.roles.index(p) for p in POINT_ROLES][-len(points):] if points else []
    for col, text in zip(targets, points, strict=True):
        row[col] = text
    return tuple(row), i
