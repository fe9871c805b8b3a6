"""A subtotal among a funds table's sources is told by its label and by the rows above it adding up to it."""
from __future__ import annotations

from extractors import tables
from extractors.table_subtotals import subtotal_rows
from pipeline.extraction.resolve import resolve
from tests.conftest import make_doc

TITLE = "# 福海县水利局2017年度部门整体支出绩效自评报告\n\n"


def money(initial: str, adjusted: str, executed: str) -> dict[str, str]:
    return {"initial": initial, "adjusted": adjusted, "executed": executed}


def test_a_subtotal_adding_up_the_rows_above_it_is_found() -> None:
    labels = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "财政拨款小计", "上年结转资金", "合计"]
    figures = [money("2,364.50", "3,284.80", "3,162.47"), money("500.00", "706.00", "688.95"),
               money("2,864.50", "3,990.80", "3,851.42"), money("—", "318.20", "302.16"),
               money("2,864.50", "4,309.00", "4,153.58")]
    assert subtotal_rows(labels, figures, [False, False, False, False, True]) == {2}


def test_a_subtotal_that_misses_its_rows_or_stands_first_stays_a_row() -> None:
    # off by 10.00 in one column: not the rows above added up (a rule may flag it, the reader keeps it)
    labels = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "财政拨款小计"]
    figures = [money("100.00", "120.00", "110.00"), money("50.00", "60.00", "55.00"), money("150.00", "180.00", "175.00")]
    assert subtotal_rows(labels, figures, [False] * 3) == set()
    # the subtotal first, its parts under it: nothing above it to add
    first = ["财政拨款小计", "其中：一般公共预算", "政府性基金"]
    assert subtotal_rows(first, [figures[2], figures[0], figures[1]], [False] * 3) == set()
    # within the rounding of what is written: 0.01 each
    close = [money("", "33.33", ""), money("", "66.67", ""), money("", "100.01", "")]
    assert subtotal_rows(labels, close, [False] * 3) == {2}
    assert subtotal_rows(labels, [money("", "33.33", ""), money("", "66.67", ""), money("", "100.04", "")], [False] * 3) == set()


def test_the_sources_of_a_three_line_table_leave_out_their_subtotal() -> None:
    text = TITLE + (
        "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 一般公共预算财政拨款 | 2,364.50 | 3,284.80 | 3,162.47 | 96.28% |\n"
        "| 政府性基金预算财政拨款 | 500.00 | 706.00 | 688.95 | 97.58% |\n"
        "| 财政拨款小计 | 2,864.50 | 3,990.80 | 3,851.42 | 96.51% |\n"
        "| 上年结转资金 | — | 318.20 | 302.16 | 94.96% |\n"
        "| 合计 | 2,864.50 | 4,309.00 | 4,153.58 | 96.39% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    general = {b.basis.value: b.figure.stated for b in facts.budget_items
               if b.item == "revenue_general_budget" and b.basis is not None}
    assert general == {"initial": "2,364.50", "adjusted": "3,284.80", "executed": "3,162.47"}


def test_a_total_among_the_sources_with_the_table_s_total_below_it_is_a_subtotal() -> None:
    labels = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "财政拨款合计", "上年结转资金", "合计"]
    figures = [money("", "3,284.80", ""), money("", "706.00", ""), money("", "3,990.80", ""), money("", "318.20", ""),
               money("", "4,309.00", "")]
    assert subtotal_rows(labels, figures, [False, False, True, False, True]) == {2}
    # the table's own total, last, is never one; nor a first-row total over its parts
    assert subtotal_rows(labels[:2] + ["合计"], figures[:2] + [money("", "3,990.80", "")], [False, False, True]) == set()
    assert subtotal_rows(["合计", *labels[:2]], [figures[2], *figures[:2]], [True, False, False]) == set()
