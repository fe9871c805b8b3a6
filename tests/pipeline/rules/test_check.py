"""Misreads are not contradictions: errors that fail only through doubtful OCR figures become warnings."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facts_builder import facts  # noqa: E402

from pipeline.rules.check import check, doubtful_figures, without_doubtful  # noqa: E402
from schemas.facts import ReportFacts, Severity  # noqa: E402

SPENDING = {"expenditure_basic": "389.00万元", "expenditure_project": "89.00万元", "expenditure_total": "478.00万元"}
MISREAD = {**SPENDING, "expenditure_project": "39.00万元"}  # 8 read as 3


def read_by_ocr(f: ReportFacts, confidences: dict[str, float]) -> ReportFacts:
    items = tuple(
        replace(b, figure=replace(b.figure, confidence=confidences.get(b.item, 0.99))) for b in f.budget_items
    )
    return replace(f, budget_items=items)


def errors(f: ReportFacts) -> list[str]:
    return [flag.rule for flag in check(f).flags if flag.severity is Severity.ERROR]


def test_a_sum_that_fails_only_through_a_doubtful_figure_warns_and_names_it() -> None:
    result = check(read_by_ocr(facts(MISREAD), {"expenditure_project": 0.62}))
    (flag,) = [f for f in result.flags if f.rule == "expenditure.parts_sum"]
    assert flag.severity is Severity.WARNING
    assert "expenditure_project 39.00万元" in flag.message and "0.62" in flag.message and "scan" in flag.message


def test_a_sum_that_fails_with_sure_figures_stays_an_error() -> None:
    assert errors(read_by_ocr(facts(MISREAD), {})) == ["expenditure.parts_sum"]


def test_a_vector_report_is_checked_as_before() -> None:
    assert errors(facts(MISREAD)) == ["expenditure.parts_sum"]
    assert doubtful_figures(facts(MISREAD)) == []


def test_an_error_that_stands_without_the_doubtful_figures_stays_an_error() -> None:
    figures = {**MISREAD, "expenditure_personnel": "300.00万元", "expenditure_public": "80.00万元"}
    # 人员 + 公用 = 380 ≠ 基本 389: a real contradiction among sure figures, whatever the doubtful 项目支出.
    result = errors(read_by_ocr(facts(figures), {"expenditure_project": 0.5}))
    assert "expenditure.basic_parts_sum" in result and "expenditure.parts_sum" not in result


def test_doubtful_figures_are_left_out_of_the_second_run() -> None:
    f = read_by_ocr(facts(MISREAD), {"expenditure_project": 0.5})
    assert [b.item for b in without_doubtful(f).budget_items] == ["expenditure_basic", "expenditure_total"]
