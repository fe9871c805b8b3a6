"""Domain vocabularies, loaded from the data files in `extractors/data/`.

Item synonyms, money units, measure words, grade words: data, not literals in
code, so a new wording is a line in a file.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources


def _data_text(name: str) -> str:
    return (resources.files("extractors") / "data" / name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class ItemLabel:
    """A wording of a budget figure: the synonym, its item code (None: a rate that is no item)."""

    label: str
    item: str | None
    exact: bool  # the label must be the whole clause head (bare `收入`, `支出`)


@functools.lru_cache(maxsize=1)
def item_labels() -> tuple[ItemLabel, ...]:
    """Budget-item synonyms, longest first (`item_synonyms.tsv`: code, synonym, optional `exact`)."""
    labels = []
    for line in _lines("item_synonyms.tsv"):
        parts = line.split("\t")
        code = parts[0].strip()
        labels.append(ItemLabel(parts[1].strip(), None if code == "-" else code, len(parts) > 2 and parts[2].strip() == "exact"))
    return tuple(sorted(labels, key=lambda x: -len(x.label)))


@functools.lru_cache(maxsize=1)
def money_units() -> dict[str, Decimal]:
    return {k: Decimal(v) for k, v in json.loads(_data_text("money_units.json")).items()}


@functools.lru_cache(maxsize=1)
def measure_words() -> tuple[str, ...]:
    """Measure words for achievement counts, longest first."""
    return tuple(sorted(set(_lines("measure_words.txt")), key=lambda w: -len(w)))


@functools.lru_cache(maxsize=1)
def grade_words() -> dict[str, str]:
    """Written grade -> contract grade (`优秀` -> `优`)."""
    return dict(json.loads(_data_text("grades.json")))
