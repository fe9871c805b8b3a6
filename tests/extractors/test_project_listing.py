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


PROJECT_TABLE = [["序号", "项目名称", "全年预算数(万元)", "全年执行数(万元)", "执行率"],
                 ["1", "水文监测站网运行维护", "320.00", "316.40", "98.88%"],
                 ["2", "河湖长制工作经费", "98.00", "96.24", "98.20%"],
                 ["3", "水利工程质量安全监督", "74.00", "{last}", "98.22%"]]
TABLE_TEXT = ("2022年度某市水利局部门整体支出绩效自评报告\n二、部门预算收支情况\n本年支出1286.40万元,其中基本支出801.05万元,"
              "项目支出485.35万元。\n三、项目支出情况\n2022年部门共实施项目支出项目{n}个,各项目执行情况见表2。\n表2\n")


@pytest.mark.parametrize("n, last, adds_up", [(3, "72.71", True), (3, "62.71", False), (4, "72.71", None)])
def test_a_project_table_after_the_count_is_the_list(n: int, last: str, adds_up: bool | None) -> None:
    from schemas.document import Table

    table = Table.from_rows([[c.format(last=last) for c in row] for row in PROJECT_TABLE])
    found = project_listing.extract(make_doc(TABLE_TEXT.format(n=n), tables=(table,))).breakdowns
    if adds_up is None:  # three rows for a count of four: no complete list
        assert found == ()
        return
    (listing,) = found
    assert listing.total.value == Decimal("4853500.00") and listing.exhaustive
    assert (sum(f.value for _, f in listing.parts) == listing.total.value) is adds_up
