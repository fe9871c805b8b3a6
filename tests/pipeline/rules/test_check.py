"""Misreads are not contradictions: errors that fail only through doubtful OCR figures become warnings."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.rules.check import check, doubtful_figures, soften, with_readings_tried, without_doubtful
from schemas.facts import (
    Breakdown,
    Flag,
    FlagParam,
    FlagText,
    Indicator,
    Metric,
    Project,
    ReportFacts,
    ReportKind,
    ReportMeta,
    Severity,
)
from schemas.figures import Figure
from schemas.messages import render, render_stored
from schemas.provenance import Provenance
from tests.pipeline.rules.facts_builder import facts

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
    assert flag.text is not None and render(flag.text, "en").endswith(
        "(difference -50.00万元, rounding allows 0.02万元) — only through figures OCR read with low confidence: "
        "project spending 39.00万元 (page 1, OCR confidence 0.62); check them against the scan")
    assert flag.message == render(flag.text, "zh") and flag.message.endswith(
        "——仅因 OCR 低置信度识别的数字而不符：项目支出 39.00万元（第 1 页，OCR 置信度 0.62）；疑为识别误差，请核对扫描件")


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



# --- what is doubtful, what is left out, what the warning says (mutation testing: docs/testing.md) ---

def fig(stated: str, confidence: float | None = None) -> Figure:
    return Figure(Decimal(stated), stated, Decimal("0.5"), confidence)


def at(page: int, confidence: float | None = None) -> Provenance:
    return Provenance(page=page, confidence=confidence)


def scanned(score_confidence: float | None = 0.5, score: str | None = "88") -> ReportFacts:
    """One of everything, doubtful (confidence below 0.9) and sure, each on its own page."""
    base = facts({"expenditure_total": "100万元", "budget_adjusted": "90万元"})
    total, budget = base.budget_items
    return replace(
        base,
        meta=ReportMeta(self_score=Decimal(score) if score else None, provenance={"self_score": at(6, score_confidence)}),
        budget_items=(replace(total, figure=replace(total.figure, confidence=0.6), provenance=at(2)), budget),
        projects=(Project("甲", at(3), fig("10", 0.4), fig("9", 0.95), fig("90", 0.3)), Project("乙", at(3), fig("5"))),
        indicators=(Indicator("满意度", at(4), weight=fig("10", 0.7), score=fig("8", 0.8)),
                    Indicator("覆盖率", at(4), weight=fig("10"), score=fig("9"))),
        metrics=(Metric("检查企业", fig("22279", 0.5), "家次", at(5)), Metric("培训", fig("12"), "场", at(5))),
        breakdowns=(Breakdown("sum", fig("10", 0.2), "资金", (("a", fig("4")), ("b", fig("6"))), True, at(5)),
                    Breakdown("sum", fig("10"), "资金", (("a", fig("4", 0.1)), ("b", fig("6"))), True, at(7)),
                    Breakdown("sum", fig("10"), "资金", (("a", fig("4")), ("b", fig("6"))), True, at(8))),
        flags=(Flag("earlier", Severity.WARNING, ()),),
    )


def test_every_doubtful_figure_is_found_with_its_place_and_confidence() -> None:
    assert doubtful_figures(scanned()) == [
        ("expenditure_total", "100万元", 2, 0.6),
        ("projects.budget", "10", 3, 0.4), ("projects.execution_rate", "90", 3, 0.3),
        ("indicators.weight", "10", 4, 0.7), ("indicators.score", "8", 4, 0.8),
        ("breakdown", "10", 5, 0.2), ("breakdown", "4", 7, 0.1),
        ("self_score", "88", 6, 0.5),
    ]


@pytest.mark.parametrize("confidence, doubtful", [(0.9, False), (0.89, True), (None, False), (0.0, True)])
def test_a_score_is_doubtful_below_the_confidence_threshold(confidence: float | None, doubtful: bool) -> None:
    doubts = [d for d in doubtful_figures(scanned(confidence)) if d[0] == "self_score"]
    assert doubts == ([("self_score", "88", 6, confidence)] if doubtful else [])
    assert (without_doubtful(scanned(confidence)).meta.self_score is None) == doubtful


def test_a_doubtful_place_without_a_score_is_no_doubt() -> None:
    assert [d for d in doubtful_figures(scanned(0.5, score=None)) if d[0] == "self_score"] == []


def test_a_figure_read_with_no_confidence_at_all_is_named_with_it() -> None:
    assert doubtful_figures(read_by_ocr(facts({"expenditure_total": "1万元"}), {"expenditure_total": 0.0})) == [
        ("expenditure_total", "1万元", 1, 0.0)]


def test_the_second_run_sees_only_sure_figures() -> None:
    sure = without_doubtful(scanned())
    assert sure.meta.self_score is None and sure.flags == ()
    assert [b.item for b in sure.budget_items] == ["budget_adjusted"]
    assert [(p.budget, p.executed, p.execution_rate) for p in sure.projects] == [
        (None, fig("9", 0.95), None), (fig("5"), None, None)]
    assert [(i.weight, i.score) for i in sure.indicators] == [(None, None), (fig("10"), fig("9"))]
    assert [m.subject for m in sure.metrics] == ["培训"]
    assert [b.provenance.page for b in sure.breakdowns] == [8]


def test_a_sure_score_stays_in_the_second_run() -> None:
    assert without_doubtful(scanned(0.95)).meta.self_score == Decimal("88")


SPENT_OVER_BUDGET = Flag("x.sum", Severity.ERROR, ("expenditure_total", "budget_adjusted"), page=2,
                         text=FlagText("score.range", (FlagParam.number("score", Decimal(120)),)))


def named_in(flag: Flag) -> str:
    assert flag.text is not None
    return render(flag.text, "en").split("low confidence: ")[1].split("; check")[0]


def test_a_softened_error_names_the_doubtful_figures_it_involves() -> None:
    doubts = [("expenditure_total", "100万元", 2, 0.6), ("projects.budget", "10", 2, 0.4)]
    flag = soften(SPENT_OVER_BUDGET, doubts)
    assert flag.severity is Severity.WARNING and flag.rule == "x.sum"
    assert named_in(flag) == "total spending 100万元 (page 2, OCR confidence 0.60)"


@pytest.mark.parametrize("page, named", [
    (2, "project budget 10 (page 2, OCR confidence 0.40)"),  # none named: the ones on its page
    (9, "project budget 10 (page 2, OCR confidence 0.40); indicator score 8 (page 3, OCR confidence 0.80)"),
    (None, "project budget 10 (page 2, OCR confidence 0.40); indicator score 8 (page 3, OCR confidence 0.80)"),
])
def test_without_a_named_figure_the_doubts_of_its_page_are_named_else_all(page: int | None, named: str) -> None:
    doubts = [("projects.budget", "10", 2, 0.4), ("indicators.score", "8", 3, 0.8)]
    assert named_in(soften(replace(SPENT_OVER_BUDGET, page=page), doubts)) == named


def test_at_most_three_doubtful_figures_are_named_and_a_page_is_named_when_known() -> None:
    doubts = [("expenditure_total", s, None, 0.5) for s in ("1万元", "2万元", "3万元", "4万元")]
    assert named_in(soften(SPENT_OVER_BUDGET, doubts)) == "; ".join(
        f"total spending {n}万元 (OCR confidence 0.50)" for n in (1, 2, 3))


def test_the_softened_sentence_survives_storage_in_both_languages() -> None:
    flag = soften(SPENT_OVER_BUDGET, [("expenditure_total", "100万元", 2, 0.6)])
    assert flag.text is not None
    stored = flag.text.to_json()
    assert render_stored(stored, None, "en") == render(flag.text, "en")
    assert render_stored(stored, None, "zh").endswith("支出合计 100万元（第 2 页，OCR 置信度 0.60）；疑为识别误差，请核对扫描件")
    assert flag.message == render(flag.text, "zh")


def test_a_flag_without_figures_gets_the_note_in_its_sentence() -> None:
    flag = soften(Flag("x", Severity.ERROR, ("expenditure_total",), message="不符"), [("expenditure_total", "1万元", 1, 0.5)])
    assert flag.message.startswith("不符——仅因 OCR") and flag.text is None
    assert flag.severity is Severity.WARNING


def test_the_only_error_failing_through_a_doubtful_figure_is_softened() -> None:
    # a project report with its budget and score: no completeness warning beside the error
    project_report = facts({**MISREAD, "budget_adjusted": "478.00万元"}, score="90", kind=ReportKind.PROJECT)
    result = check(read_by_ocr(project_report, {"expenditure_project": 0.62}))
    assert [(f.rule, f.severity) for f in result.flags] == [("expenditure.parts_sum", Severity.WARNING)]


def resolver_flag(item: str) -> Flag:
    return Flag("resolve.table_vs_narrative", Severity.ERROR, (item,), page=1,
                text=FlagText("score.range", (FlagParam.number("score", Decimal(120)),)))


def test_a_table_against_the_narrative_on_a_doubtful_figure_is_softened() -> None:
    base = read_by_ocr(facts(MISREAD), {"expenditure_project": 0.62})
    earlier = (resolver_flag("expenditure_project"), resolver_flag("expenditure_basic"),
               Flag("resolve.conflict", Severity.WARNING, ("expenditure_project",)))
    result = check(replace(base, flags=earlier))
    assert [(f.rule, f.items, f.severity) for f in result.flags[:3]] == [
        ("resolve.table_vs_narrative", ("expenditure_project",), Severity.WARNING),
        ("resolve.table_vs_narrative", ("expenditure_basic",), Severity.ERROR),  # a sure figure: still an error
        ("resolve.conflict", ("expenditure_project",), Severity.WARNING)]
    assert "OCR confidence 0.62" in render(result.flags[0].text, "en")  # type: ignore[arg-type]
    assert result.flags[2] == earlier[2]


def test_without_doubtful_figures_earlier_flags_stand() -> None:
    earlier = (resolver_flag("expenditure_project"),)
    assert check(replace(facts(MISREAD), flags=earlier)).flags[0] == earlier[0]


def test_errors_name_the_rival_readings_tried_warnings_do_not() -> None:
    error = Flag("e", Severity.ERROR, ("budget_adjusted", "expenditure_total"))
    warning = Flag("w", Severity.WARNING, ("budget_adjusted",))
    other = Flag("o", Severity.ERROR, ("expenditure_basic",))
    tried = replace(facts({}), tried=("budget_adjusted@adjusted=1300万元", "expenditure_total=90万元", "grade=良",
                                      "expenditure_total=9=0万元"))  # a reading's text may hold "=" itself
    assert [f.tried for f in with_readings_tried([error, warning, other], tried)] == [
        ("budget_adjusted@adjusted=1300万元", "expenditure_total=90万元", "expenditure_total=9=0万元"), (), ()]


def test_without_doubtful_figures_a_project_keeps_only_its_sure_figures() -> None:
    first, second = without_doubtful(scanned()).projects
    assert (first.budget, first.executed, first.execution_rate) == (None, fig("9", 0.95), None)
    assert second == scanned().projects[1]
    spent_doubtful = Project("丙", at(3), fig("10"), fig("9", 0.5), fig("90"))
    (kept,) = without_doubtful(replace(scanned(), projects=(spent_doubtful,))).projects
    assert (kept.budget, kept.executed, kept.execution_rate) == (fig("10"), None, fig("90"))
