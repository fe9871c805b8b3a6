"""The domain vocabularies of extractors/data, as the extractors see them."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from extractors.vocab import (
    government_tiers,
    grade_words,
    item_labels,
    measure_words,
    money_units,
    unit_suffix_pattern,
)
from schemas.facts import GRADES
from schemas.tables import ITEM_CODES


def test_item_labels_longest_literal_first_then_patterns() -> None:
    labels = item_labels()
    literal = [x for x in labels if x.pattern is None]
    patterns = [x for x in labels if x.pattern is not None]
    assert labels == tuple(literal + patterns) and patterns
    assert [len(x.label) for x in literal] == sorted((len(x.label) for x in literal), reverse=True)


def test_every_item_label_names_a_contract_item_or_none() -> None:
    extra = {"budget_reduction"}  # 调减: kept for the arithmetic, never stored
    assert {x.item for x in item_labels()} - {None} <= set(ITEM_CODES) | extra


def _label(wording: str):  # type: ignore[no-untyped-def]
    (found,) = [x for x in item_labels() if x.label == wording]
    return found


@pytest.mark.parametrize(("wording", "head", "length"), [
    ("年初预算", "2022年部门年初预算", 4),
    ("年初预算", "年初预算数", 0),  # the wording must end the clause head
    ("收入", "本年收入", 2),
])
def test_a_literal_wording_ends_a_clause_head(wording: str, head: str, length: int) -> None:
    assert _label(wording).ends(head) == length


def test_flags_of_a_wording() -> None:
    assert _label("收入").exact and _label("收入").item == "revenue_total"
    assert _label("财政拨款").umbrella and not _label("财政拨款收入").exact


@pytest.mark.parametrize(("item", "head", "matched"), [
    ("funds_central", "其中中央财政补助资金", "中央财政补助资金"),
    ("funds_provincial", "省级配套", "省级配套"),
    ("funds_local", "市县配套资金", "市县配套资金"),
    ("funds_central", "中央资金以外", ""),
])
def test_a_pattern_wording_matches_at_the_end_of_the_head(item: str, head: str, matched: str) -> None:
    patterns = [x for x in item_labels() if x.item == item and x.pattern is not None]
    assert max(label.ends(head) for label in patterns) == len(matched)


@pytest.mark.parametrize(("unit", "factor"), [("元", 1), ("千元", 1000), ("万元", 10000), ("万", 10000),
                                              ("亿元", 100000000)])
def test_money_units(unit: str, factor: int) -> None:
    assert money_units()[unit] == Decimal(factor)


def test_measure_words_longest_first_without_duplicates() -> None:
    words = measure_words()
    assert len(words) == len(set(words)) and "人次" in words
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)
    assert not any(w.startswith("#") for w in words)


@pytest.mark.parametrize(("written", "grade"), [("优秀", "优"), ("良好", "良"), ("合格", "中"), ("不合格", "差")])
def test_grade_words_map_to_the_four_grades(written: str, grade: str) -> None:
    assert grade_words()[written] == grade
    assert set(grade_words().values()) == set(GRADES)


@pytest.mark.parametrize(("name", "is_unit"), [
    ("某县财政局", True), ("某区审计局办公室", True), ("某街道办事处", True), ("某县人民", False),
])
def test_unit_suffix_pattern_ends_a_unit_name(name: str, is_unit: bool) -> None:
    assert bool(re.search(unit_suffix_pattern() + "$", name)) == is_unit


def test_upper_levels_named_together_are_a_funds_row_of_no_item() -> None:
    from extractors import table_vocab
    for label in ("其中：央省资金", "中央及省级资金", "中央和省级补助"):
        assert table_vocab.fund_row(label) is None and table_vocab.is_funds_row(label)
    assert table_vocab.fund_row("中央资金") == "funds_central" and table_vocab.is_funds_row("中央资金")
    assert not table_vocab.is_funds_row("产出指标")


@pytest.mark.parametrize("label", ["转移支付（项目）名称", "转移支付名称", "项目名称", "资金名称"])
def test_labels_that_name_the_project(label: str) -> None:
    from extractors import table_vocab
    assert table_vocab.header_field(label) == "project_name"


def test_metric_vocabularies_come_from_their_data_files() -> None:
    from extractors.vocab import money_words, rates_of_things, whole_count_measure_words
    assert {"资金", "补贴", "债券"} <= set(money_words())
    assert set(rates_of_things()) == {"使用率", "发放率"}
    counts = whole_count_measure_words()
    assert {"个", "家", "人"} <= set(counts) and "人次" not in counts  # 人次 may be a rounded figure
    assert set(counts) <= set(measure_words())
    for words in (money_words(), rates_of_things(), counts):
        assert not any(w.startswith("#") for w in words)


def test_government_tiers_top_down_with_which_bare_words_name_a_payer() -> None:
    tiers = government_tiers()
    assert [tier.name for tier in tiers] == ["upper", "central", "province", "city", "county"]
    assert {word for tier in tiers if tier.bare_names_payer for word in tier.words} == {"上级", "中央", "省", "自治区"}
    assert "旗" in tiers[-1].words and "盟" in tiers[-2].words
