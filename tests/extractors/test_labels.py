"""Which budget wording stands right before a figure (in normalized text: ASCII punctuation)."""
from __future__ import annotations

import re

import pytest

from extractors.labels import clause_head, label_before


def figure_start(text: str) -> int:
    found = re.search(r"\d[\d,.]*(?:万元|元|人)", text)
    assert found is not None
    return found.start()


@pytest.mark.parametrize(("text", "head"), [
    ("项目已完成。本年收入合计356.2万元", "本年收入合计"),
    ("其中:财政拨款(福利彩票公益金)352万元", "财政拨款"),  # an aside before the figure is no clause break
    ("收入:356.2万元", "收入"),  # the wording stands before the colon
    ("支出,共计5万元", "共计"),
])
def test_clause_head(text: str, head: str) -> None:
    assert clause_head(text, figure_start(text)) == head


@pytest.mark.parametrize(("text", "item", "wording"), [
    ("本年收入合计356.2万元", "revenue_total", "本年收入合计"),
    ("年初预算为1,085.36万元", "budget_initial", "年初预算"),  # a connector skipped
    ("一般公共预算财政拨款收入5万元", "revenue_general_budget", "一般公共预算财政拨款收入"),  # the longest wins
    ("收入总计5万元", "revenue_total", "收入总计"),  # read whole before 总计 is taken for a connector
    ("年初批复预算8个项目985万元", "budget_initial", "年初批复预算"),  # a count between wording and amount
    ("县财政在年初预算中安排项目资金160.00万元", "budget_initial",
     r"re:年初(?:部门)?(?:预算)?中?(?:安排|批复|下达)[\u4e00-\u9fff]{0,12}?(?:资金|经费)"),
    ("调整预算后项目预算861.46万元", "budget_adjusted", "调整预算后"),  # a generic noun after the wording
    ("2022年支出为5万元", "expenditure_total", "支出"),  # an exact wording after a filler (a year)
    ("我局本年收入5万元", "revenue_total", "本年收入"),
    ("2023年医院总收入31862.47万元", "revenue_total", "总收入"),  # the unit's own
    ("其中:财政拨款(福利彩票公益金)352万元", "revenue_general_budget", "财政拨款"),
    # only a summing word before the figure: the sentence's earlier verb says what it is
    ("先后追加国土空间规划等资金,共计246.50万元", "budget_addition", "追加"),
    ("支出,共计5万元", "expenditure_total", "支出"),
])
def test_label_before(text: str, item: str, wording: str) -> None:
    label = label_before(text, figure_start(text))
    assert label is not None and (label.item, label.label) == (item, wording)


@pytest.mark.parametrize("text", [
    "全年完成培训1200人",  # no budget wording
    "公共收入5万元",  # bare 收入 must be all the head says, fillers aside
    "全年完成培训1200人,共计5万元",  # a summing word, but no funding verb before it
    "全年支出。共计5万元",  # the verb is in the sentence before
    "实现旅游总收入1126000万元",  # the economy's income, not the unit's
    "农村居民人均可支配收入1.5万元",
])
def test_no_label(text: str) -> None:
    assert label_before(text, figure_start(text)) is None


def test_a_funding_verb_closing_the_clause_after_a_figure_names_it() -> None:
    from extractors.labels import verb_after

    def item(text: str) -> str | None:
        label = verb_after(text, text.index("万元") + 2)
        return label.item if label else None

    assert item("项目资金660.00万元已全部到位。") == "funds_received"
    assert item("项目资金660.00万元已全部拨付到位,") == "funds_received"  # the longest verb wins
    assert item("专项资金50.00万元已全部下达。") == "budget_adjusted"
    assert item("专项资金50.00万元已支付完毕。") == "expenditure_total"
    assert item("专项资金50.00万元已于6月底前全部到位。") is None  # the verb does not follow the figure
    assert item("专项资金50.00万元到位率100%。") is None  # the clause goes on: no verb closes it


def test_a_works_fund_moved_by_its_verb_names_the_budget() -> None:
    from extractors.labels import verb_object
    text = "市财政下达市交通运输局保山站房规模扩大工程建设经费260万元。"
    label = verb_object(text, text.index("260"))
    assert label is not None and label.item == "budget_adjusted"
    use = "县财政下达后用于建设的资金260万元。"
    assert verb_object(use, use.index("260")) is None  # a use of the money, not the money moved
