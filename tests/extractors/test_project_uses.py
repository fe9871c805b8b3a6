from decimal import Decimal

from extractors import project_uses
from pipeline.extraction.resolve import resolve
from tests.conftest import make_doc

TITLE = "某县文化广电和旅游局2022年度部门整体支出绩效自评报告\n"


def found(text: str) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    facts = resolve(project_uses.extract(make_doc(TITLE + text)))
    return {p.name: (p.budget and p.budget.value, p.executed and p.executed.value) for p in facts.projects}


def test_the_items_of_a_list_of_project_spending_are_projects_with_what_they_spent() -> None:
    text = ("项目支出1,433.39万元。项目支出主要包括：文化惠民工程386.40万元、旅游公路沿线环境整治512.75万元、"
            "文物保护单位修缮218.60万元等。")
    assert found(text) == {"文化惠民工程": (None, Decimal("3864000.00")),
                           "旅游公路沿线环境整治": (None, Decimal("5127500.00")),
                           "文物保护单位修缮": (None, Decimal("2186000.00"))}
    # `X项目` in the list is named as a table names it; a budget's list gives budgets
    assert found("项目预算440.00万元,其中古建筑修缮项目120.00万元、文物普查项目320.00万元。") == {
        "古建筑修缮": (Decimal("1200000.00"), None), "文物普查": (Decimal("3200000.00"), None)}


def test_a_breakdown_by_kind_or_source_or_a_single_item_is_no_list_of_projects() -> None:
    assert found("项目支出500万元,其中人员经费200万元、公用经费300万元。") == {}
    assert found("项目支出500万元,其中中央资金300万元、县级资金200万元。") == {}
    assert found("项目支出500万元,主要用于道路养护500万元。") == {}


def test_the_uses_a_list_singles_out_are_no_projects() -> None:
    assert found("项目支出274.42万元,其中重点保障法律援助案件补贴68.40万元、人民调解员以案定补补贴52.30万元。") == {}
