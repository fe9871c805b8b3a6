"""Projects listed one by one after their count: their spending is the report's 项目支出."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import project_listing
from tests.conftest import make_doc

TEXT = ("2019年度某县文化广电和旅游局部门整体支出绩效自评报告\n二、部门预算收支情况\n本年支出2436.50万元,其中基本支出986.42万元,"
        "项目支出1450.08万元。\n三、项目支出情况\n2019年我局共实施项目{n}个,逐项说明如下:\n"
        "1.公共文化服务体系建设项目:全年预算520.00万元,实际支出508.36万元,执行率97.76%。\n"
        "2.文物保护修缮项目:全年预算460.00万元,实际支出447.12万元,执行率97.20%。\n"
        "3.旅游宣传推介项目:全年预算300.00万元,实际支出295.80万元,执行率98.60%。\n"
        "4.广播电视村村通运维项目:全年预算200.00万元,实际支出188.80万元,执行率94.40%。\n")


def test_as_many_projects_as_the_count_make_a_sum_against_项目支出() -> None:
    (found,) = project_listing.extract(make_doc(TEXT.format(n=4))).breakdowns
    assert found.total.value == Decimal("14500800.00") and found.parts_item == "projects.executed"
    assert sum(f.value for _, f in found.parts) == Decimal("14400800.00") and found.exhaustive


@pytest.mark.parametrize("count", ["5", "3"])
def test_a_list_shorter_or_longer_than_its_count_is_no_sum(count: str) -> None:
    assert project_listing.extract(make_doc(TEXT.format(n=count))).breakdowns == ()


def test_a_count_in_chinese_numerals() -> None:
    assert len(project_listing.extract(make_doc(TEXT.format(n="四"))).breakdowns) == 1
    assert project_listing._count("十二") == 12 and project_listing._count("二十") == 20
