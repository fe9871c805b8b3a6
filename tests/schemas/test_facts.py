"""The extracted facts: quotes of a figure in its context, candidate sets, resolved facts."""
from __future__ import annotations

from decimal import Decimal

import pytest

from schemas.facts import (
    Basis,
    BudgetItem,
    Extraction,
    FieldCandidate,
    Metric,
    Project,
    Quote,
    ReportFacts,
    ReportKind,
    ReportMeta,
    Severity,
    Status,
)
from schemas.figures import Figure
from schemas.provenance import Provenance

WHERE = Provenance(page=1)


def item(code: str, value: str, basis: Basis | None = None) -> BudgetItem:
    return BudgetItem(code, Figure.exact(Decimal(value)), WHERE, basis=basis)


@pytest.mark.parametrize(("quote", "context", "span"), [
    (Quote(1, before="全年预算数", figure="1,826.00万元", after="。"), "全年预算数1,826.00万元。", (5, 15)),
    (Quote(2, row=("年度资金总额", "1,826.00", "1,759.45"), cell=2), "年度资金总额 | 1,826.00 | 1,759.45", (20, 28)),
    (Quote(2, row=("合计", "5"), cell=None), "合计 | 5", None),
    (Quote(None), "", (0, 0)),
])
def test_a_quote_is_one_line_with_the_figure_located(quote: Quote, context: str, span) -> None:  # type: ignore[no-untyped-def]
    assert quote.context == context and quote.figure_span == span
    if span:
        assert context[span[0]:span[1]] == (quote.row[quote.cell] if quote.row and quote.cell is not None
                                            else quote.figure)
    assert quote.is_table_row == bool(quote.row)


def test_extractions_add_up_field_by_field() -> None:
    a = Extraction(fields=(FieldCandidate("grade", "优", WHERE),), budget_items=(item("budget_initial", "1"),))
    b = Extraction(budget_items=(item("budget_adjusted", "2"),), projects=(Project("甲", WHERE),))
    total = a + b
    assert [x.item for x in total.budget_items] == ["budget_initial", "budget_adjusted"]
    assert (len(total.fields), len(total.projects), total.metrics) == (1, 1, ())
    assert a + Extraction() == a


def test_report_facts_find_an_item_by_code_and_basis() -> None:
    narrative, table = item("expenditure_total", "5"), item("expenditure_total", "6", Basis.EXECUTED)
    facts = ReportFacts(ReportMeta(), (narrative, table), (), (), (), ())
    assert facts.item("expenditure_total") is narrative
    assert facts.item("expenditure_total", Basis.EXECUTED) is table
    assert facts.item("expenditure_total", Basis.INITIAL) is None and facts.item("budget_initial") is None


def test_values_come_from_the_figure() -> None:
    metric = Metric("培训", Figure(Decimal(120), "120人次", Decimal("0.5")), "人次", WHERE)
    assert metric.value == Decimal(120) and item("execution_rate", "96.36").value == Decimal("96.36")


def test_meta_compares_without_provenance_and_alternatives() -> None:
    a = ReportMeta(grade="优", provenance={"grade": WHERE})
    assert a == ReportMeta(grade="优") and a.report_kind is ReportKind.UNKNOWN


@pytest.mark.parametrize(("member", "value"), [
    (Status.NEEDS_OCR, "needs_ocr"), (Severity.ERROR, "error"), (Basis.ADJUSTED, "adjusted"),
    (ReportKind.DEPARTMENT_OVERALL, "department_overall"),
])
def test_enums_are_the_contract_strings(member, value) -> None:  # type: ignore[no-untyped-def]
    assert member == value and type(member)(value) is member
