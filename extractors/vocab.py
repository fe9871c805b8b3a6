"""Domain vocabularies, loaded from the data files in `extractors/data/`.

Item synonyms, money units, measure words, grade words: data, not literals in
code, so a new wording is a line in a file.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from schemas.text.site_chrome import chrome_marks


def _data_text(name: str) -> str:
    return (resources.files("extractors") / "data" / name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class ItemLabel:
    """A wording of a budget figure: the synonym, its item code (None: a rate that is no item).

    `exact`: the wording must be all the clause head says (bare `收入`, `支出`);
    `umbrella`: a wider total reports also use for the item (`财政拨款` for the
    general budget), so a more specific wording of the same item wins over it;
    `project_only`: the item in a project report only, elsewhere a rate that is no item.
    A wording written `re:…` is a regular expression matched at the head's end.
    """

    label: str
    item: str | None
    exact: bool = False
    umbrella: bool = False
    pattern: re.Pattern[str] | None = None
    project_only: bool = False

    def ends(self, head: str) -> int:
        """Length of this wording at the end of `head` (0 when it is not there)."""
        if self.pattern is not None:
            m = self.pattern.search(head)
            return len(m.group(0)) if m else 0
        return len(self.label) if head.endswith(self.label) else 0


@functools.lru_cache(maxsize=1)
def item_labels() -> tuple[ItemLabel, ...]:
    """Budget-item wordings, literal ones longest first, then patterns (`item_synonyms.tsv`)."""
    labels = []
    for line in _lines("item_synonyms.tsv"):
        parts = [p.strip() for p in line.split("\t")]
        code, wording, flags = parts[0], parts[1], set(parts[2:])
        pattern = re.compile("(?:" + wording[3:] + ")$") if wording.startswith("re:") else None
        labels.append(ItemLabel(wording, None if code == "-" else code, "exact" in flags, "umbrella" in flags, pattern,
                                "project" in flags))
    return tuple(sorted(labels, key=lambda x: (x.pattern is not None, -len(x.label))))


@functools.lru_cache(maxsize=1)
def money_units() -> dict[str, Decimal]:
    return {k: Decimal(v) for k, v in json.loads(_data_text("money_units.json")).items()}


@functools.lru_cache(maxsize=1)
def measure_words() -> tuple[str, ...]:
    """Measure words for achievement counts, longest first."""
    return tuple(sorted(set(_lines("measure_words.txt")), key=lambda w: -len(w)))


@functools.lru_cache(maxsize=1)
def spending_classes() -> tuple[str, ...]:
    """The budget's spending classes by function and by economic kind (`data/spending_classes.txt`)."""
    return tuple(_lines("spending_classes.txt"))


@functools.lru_cache(maxsize=1)
def measure_word_lookalikes() -> tuple[str, ...]:
    """Words that begin with a measure word but count nothing (`data/measure_word_lookalikes.txt`)."""
    return tuple(_lines("measure_word_lookalikes.txt"))


@functools.lru_cache(maxsize=1)
def others_income_words() -> tuple[str, ...]:
    """Words that make an income before them the economy's or the people's (`data/others_income_words.txt`)."""
    return tuple(_lines("others_income_words.txt"))


@functools.lru_cache(maxsize=1)
def money_words() -> tuple[str, ...]:
    """Words that make a rate one of money (`data/money_words.txt`)."""
    return tuple(_lines("money_words.txt"))


@functools.lru_cache(maxsize=1)
def rates_of_things() -> tuple[str, ...]:
    """Rates that measure money or things alike (`data/rates_of_things.txt`)."""
    return tuple(_lines("rates_of_things.txt"))


@functools.lru_cache(maxsize=1)
def whole_count_measure_words() -> tuple[str, ...]:
    """Measure words of whole things, which take no decimals (`data/whole_count_measure_words.txt`)."""
    return tuple(_lines("whole_count_measure_words.txt"))


@functools.lru_cache(maxsize=1)
def grade_words() -> dict[str, str]:
    """Written grade -> contract grade (`优秀` -> `优`)."""
    return dict(json.loads(_data_text("grades.json")))


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of the words, the longest tried first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=1)
def unit_suffix_pattern() -> str:
    """A regex group matching how a reporting unit's name ends (`data/unit_suffixes.txt`), longest first.

    Never inside a place word: `仰天洼社区` and `城市中心区` end in no 社 or 中心."""
    return alternation(_lines("unit_suffixes.txt")) + "(?!区)"


@functools.lru_cache(maxsize=1)
def works_word_pattern() -> str:
    """A regex group of building-work words (`data/works_words.txt`), longest first."""
    return alternation(_lines("works_words.txt"))


@functools.lru_cache(maxsize=1)
def form_label_pattern() -> str:
    """A regex group of the cover and form labels that may follow a unit's name (`data/form_labels.txt`)."""
    return alternation(_lines("form_labels.txt"))


def site_chrome_pattern() -> re.Pattern[str]:
    """A web page's or document site's furniture words: a figure on a line holding one is the page's
    (`schemas/text/data/site_chrome.tsv`, use `figure`)."""
    return chrome_marks("figure")


@functools.lru_cache(maxsize=1)
def unit_labels() -> dict[str, int]:
    """Labels naming the reporting unit, with the strength of what they name (`data/unit_labels.tsv`)."""
    return {label: int(strength) for label, strength in (line.split("\t")[:2] for line in _lines("unit_labels.tsv"))}


@functools.lru_cache(maxsize=1)
def internal_offices() -> tuple[str, ...]:
    """Offices inside a department that fill in its forms (`data/internal_offices.txt`)."""
    return tuple(_lines("internal_offices.txt"))


@functools.lru_cache(maxsize=1)
def year_labels() -> tuple[str, ...]:
    """Labels whose value is the fiscal year (`data/year_labels.txt`)."""
    return tuple(_lines("year_labels.txt"))


@dataclass(frozen=True)
class GovernmentTier:
    """A tier of government (`data/government_tiers.tsv`): its words, and whether the bare word names a payer."""

    name: str
    words: tuple[str, ...]
    bare_names_payer: bool


@functools.lru_cache(maxsize=1)
def government_tiers() -> tuple[GovernmentTier, ...]:
    """The tiers of government, top down (`data/government_tiers.tsv`)."""
    tiers = []
    for line in _lines("government_tiers.tsv"):
        name, words, bare = line.split("\t")[:3]
        tiers.append(GovernmentTier(name, tuple(words.split()), bare.strip() == "yes"))
    return tuple(tiers)


@functools.lru_cache(maxsize=1)
def funding_verbs() -> tuple[tuple[str, str], ...]:
    """(verb, item code) pairs, longest verb first (`data/funding_verbs.tsv`)."""
    pairs = [tuple(line.split("\t")[:2]) for line in _lines("funding_verbs.tsv")]
    return tuple(sorted(((verb, code) for code, verb in pairs), key=lambda p: -len(p[0])))
