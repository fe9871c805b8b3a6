"""The level of government a figure's money comes from: the tier that added or granted it, or the words after it.
(Through the budget extractor, in context: tests/extractors/test_budget.py.)"""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.budget_levels import adding_level, granting_level, level_after, where_only
from schemas.facts import BudgetItem
from schemas.figures import Figure
from schemas.provenance import Provenance


@pytest.mark.parametrize("head, level", [
    ("年中省级财政追加下达茶产业发展补助资金", "funds_provincial"),
    ("年初预算安排县级财政资金", "funds_local"),
    ("县财政追加预算", None),  # the local finance adding to a budget is its authority, not its source
    ("年初预算", None),
])
def test_the_tier_that_added_the_money(head: str, level: str | None) -> None:
    assert adding_level(head) == level


@pytest.mark.parametrize("head, local, any_wording, level", [
    ("省财政厅、省农牧厅以青财农字〔2017〕516号文件下达项目资金", False, True, "funds_provincial"),
    ("中央财政下达项目资金", False, True, "funds_central"),
    ("2019年旗财政年初安排森林草原防火经费", True, True, "funds_local"),
    ("2019年旗财政年初安排森林草原防火经费", False, True, None),  # a department's budget from its finance
    ("县农业农村局下达项目资金", True, True, None),  # a county's bureau passes money on
    ("省财政厅下达项目资金", False, False, None),  # a wording that says whose money it is decides
])
def test_the_tier_that_granted_the_money_as_its_clause_s_subject(head: str, local: bool, any_wording: bool,
                                                                level: str | None) -> None:
    assert granting_level(head, local=local, any_wording=any_wording) == level


def test_the_level_named_after_a_figure() -> None:
    text = "年初数180.00万元，全部由县级财政安排。"
    assert level_after(text, text.index("万元") + 2) == "funds_local"
    assert level_after("年初数180.00万元，主要用于工程建设。", 10) is None


def _item(item: str, value: str) -> BudgetItem:
    return BudgetItem(item, Figure(Decimal(value), value, Decimal("0.005")), Provenance(page=1, extractor="budget"))


def test_a_figure_wholly_from_one_level_is_its_share_only_beside_other_levels() -> None:
    whole = _item("funds_local", "180.00")
    alone = [_item("budget_initial", "180.00"), whole]
    assert where_only(alone, [whole]) == alone[:1]  # alone it says only where the money came from
    shared = [*alone, _item("funds_central", "300.00")]
    assert where_only(shared, [whole]) == shared
