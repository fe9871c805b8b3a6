"""An amount listing's numbered items against its 合计 row."""
from __future__ import annotations

from decimal import Decimal

from extractors import table_listing_sums
from pipeline.extraction.resolve import resolve
from pipeline.rules.breakdowns import parts_sum
from schemas.document import Table
from schemas.facts import Severity
from tests.conftest import make_doc

TITLE = "2020年度某职业技术教育中心部门整体支出绩效自评报告\n"


def table(rows: list[list[str]]) -> Table:
    return Table.from_rows([[c or None for c in row] for row in rows], page=1)


SANGONG = [["项目", "金额（万元）"], ["“三公”经费合计", "6.82"], ["1.因公出国（境）费", "0.00"],
           ["2.公务用车购置及运行维护费", "4.36"], ["其中：公务用车购置费", "0.00"], ["公务用车运行维护费", "4.36"],
           ["3.公务接待费", "2.46"]]


def listings(rows: list[list[str]]):  # type: ignore[no-untyped-def]
    return table_listing_sums.extract(make_doc(TITLE, tables=(table(rows),))).breakdowns


def test_the_numbered_items_of_a_listing_are_the_parts_of_its_total() -> None:
    (b,) = listings(SANGONG)
    assert (b.total_label, b.total.value) == ("“三公”经费合计", Decimal("68200.00"))
    assert [name for name, _ in b.parts] == ["1.因公出国(境)费", "2.公务用车购置及运行维护费", "3.公务接待费"]
    assert parts_sum(resolve(table_listing_sums.extract(make_doc(TITLE, tables=(table(SANGONG),))))) == []


def test_numbered_items_short_of_the_total_are_an_error() -> None:
    short = [row if row[0] != "3.公务接待费" else ["3.公务接待费", "1.46"] for row in SANGONG]
    (flag,) = parts_sum(resolve(table_listing_sums.extract(make_doc(TITLE, tables=(table(short),)))))
    assert flag.severity is Severity.ERROR and flag.items == ("breakdown",)


def test_no_listing_without_a_money_unit_a_total_row_or_numbered_items() -> None:
    assert listings([["项目", "金额"], *SANGONG[1:]]) == ()  # no unit: points or counts, maybe
    assert listings([row for row in SANGONG if "合计" not in row[0]]) == ()
    assert listings([["项目", "金额（万元）"], ["合计", "6.82"], ["公务接待费", "2.46"], ["公务用车", "4.36"]]) == ()
    # fund sources are the funds blocks' business
    assert listings([["资金来源", "金额（万元）"], ["合计", "300"], ["1.中央资金", "200"], ["2.省级资金", "100"]]) == ()
