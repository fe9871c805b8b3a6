"""Runs of equal adjacent labels: the cells a printed table merges into one."""
from __future__ import annotations

from collections.abc import Sequence


def runs(labels: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) index pairs of the runs of equal adjacent labels, single cells included."""
    out, i = [], 0
    while i < len(labels):
        j = i
        while j + 1 < len(labels) and labels[j + 1] == labels[i]:
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def merged_runs(labels: Sequence[str]) -> list[tuple[int, int]]:
    """Only the runs that span two cells or more."""
    return [(first, last) for first, last in runs(labels) if last > first]
