from pipeline.rules import completeness
from schemas.facts import ReportKind
from tests.pipeline.rules.facts_builder import facts


def test_department_report_without_spending_is_warned() -> None:
    (flag,) = completeness.missing_figures(facts({"budget_adjusted": "100万元", "execution_rate": "90%"}, score="90"))
    assert flag.severity.value == "warning" and flag.items == ("expenditure_total",)


def test_complete_project_report_is_not_warned() -> None:
    figures = {"budget_adjusted": "100万元", "expenditure_total": "90万元"}
    assert completeness.missing_figures(facts(figures, score="90", kind=ReportKind.PROJECT)) == []
