"""An adjusted budget in a wording nobody read, taken where the report's own arithmetic needs it."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from pipeline.extraction.corroborate import corroborate
from pipeline.extraction.extract import extract
from pipeline.extraction.unread_budget import adopt_unread_budget
from pipeline.rules import check_all
from pipeline.rules.check import check
from schemas.facts import BudgetItem, Flag, ReportFacts, ReportMeta, Severity, StatedMoney
from schemas.figures import Figure
from schemas.provenance import Provenance
from tests.conftest import make_doc

TITLE = "# 某市自然资源局2023年度部门整体支出绩效自评报告\n\n"
# `经年中追加和调减后为…` is no wording of the vocabulary: the adjusted budget is not read.
BUDGET = ("2023年年初预算3,126.80万元,经年中追加和调减后为3,475.30万元。其中一般公共预算财政拨款3,015.30万元,"
          "政府性基金预算财政拨款400.00万元,上年结转60.00万元。全年支出3,368.72万元,预算执行率{rate}。")


def run(text: str, adopt: bool = True) -> ReportFacts:
    facts = corroborate(extract(make_doc(TITLE + text)), check_all)
    return check(adopt_unread_budget(facts, check_all) if adopt else facts)


def errors(facts: ReportFacts) -> list[str]:
    return [f.rule for f in facts.flags if f.severity is Severity.ERROR]


def adjusted(facts: ReportFacts) -> str | None:
    return next((b.figure.stated for b in facts.budget_items if b.item == "budget_adjusted" and b.scope is None), None)


def test_the_figure_the_sources_and_the_rate_agree_on_is_the_adjusted_budget() -> None:
    text = BUDGET.format(rate="96.93%")
    assert sorted(errors(run(text, adopt=False))) == ["execution_rate.stated_vs_computed", "revenue.parts_sum"]
    facts = run(text)
    assert adjusted(facts) == "3475.30万元" and errors(facts) == []
    taken = next(b for b in facts.budget_items if b.item == "budget_adjusted")
    assert taken.provenance.char_start is not None  # the auditor is shown where it stands


def test_a_true_error_that_remains_is_stated_against_the_right_budget() -> None:
    facts = run(BUDGET.format(rate="97.93%"))
    assert adjusted(facts) == "3475.30万元"
    (flag,) = [f for f in facts.flags if f.severity is Severity.ERROR]
    assert flag.rule == "execution_rate.stated_vs_computed" and "调整后预算 3475.30万元" in (flag.message or "")


def test_a_stated_adjusted_budget_is_never_replaced_and_a_consistent_report_is_left_alone() -> None:
    stated = "年初预算100.00万元,调整后预算120.00万元,全年支出110.00万元,预算执行率91.67%。另安排专项资金30.00万元。"
    assert adjusted(run(stated)) == "120.00万元"
    alone = "年初预算100.00万元,全年支出95.00万元,预算执行率95%。另有上级补助12.00万元。"
    assert adjusted(run(alone)) is None


def test_no_figure_that_does_not_remove_an_error_is_taken() -> None:
    # the sources add up to no stated figure and the rate to none: the errors stand, nothing is adopted
    text = ("年初预算1,000.00万元,其中一般公共预算财政拨款600.00万元,政府性基金预算财政拨款300.00万元。"
            "另有捐赠50.00万元。全年支出900.00万元,预算执行率80%。")
    facts = run(text)
    assert adjusted(facts) is None and errors(facts)


# The mechanism alone, with a checker that errs until the adjusted budget is the figure it wants.
def _money(value: str, start: int, page: int = 1) -> StatedMoney:
    figure = Figure(Decimal(value), f"{value}元", Decimal("0.5"))
    return StatedMoney(figure, Provenance(page=page, char_start=start, char_end=start + len(value) + 1))


def _item(code: str, value: str, start: int | None, scope: str | None = None) -> BudgetItem:
    figure = Figure(Decimal(value), f"{value}元", Decimal("0.5"))
    end = None if start is None else start + len(value) + 1
    return BudgetItem(item=code, figure=figure, provenance=Provenance(page=1, char_start=start, char_end=end),
                      scope=scope)


def _wants(value: str) -> Callable[[ReportFacts], list[Flag]]:
    def check(facts: ReportFacts) -> list[Flag]:
        ok = any(b.item == "budget_adjusted" and b.scope is None and b.figure.value == Decimal(value)
                 for b in facts.budget_items)
        return [] if ok else [Flag(rule="x", severity=Severity.ERROR, items=("budget_adjusted",), message="x")]
    return check


def _facts(items: tuple[BudgetItem, ...], stated: tuple[StatedMoney, ...]) -> ReportFacts:
    return ReportFacts(meta=ReportMeta(), budget_items=items, projects=(), indicators=(), metrics=(), findings=(),
                       stated_money=stated)


def test_the_adopted_figure_is_the_weakest_reading_and_keeps_where_it_stands() -> None:
    facts = _facts((_item("budget_initial", "100", 1000),), (_money("120", 1190),))
    (adopted,) = [b for b in adopt_unread_budget(facts, _wants("120")).budget_items if b.item == "budget_adjusted"]
    assert adopted.strength == 0 and adopted.provenance.char_start == 1190


def test_only_figures_near_a_budget_anchor_on_its_page_and_read_by_no_item_are_tried() -> None:
    anchor = _item("budget_initial", "100", 1000)
    for stated in (_money("120", 1201), _money("120", 1000, page=2), _money("120", 1005)):
        taken = _item("funds_central", "120", 1005)  # the last one overlaps a figure an item took
        facts = _facts((anchor, taken), (stated,))
        assert adopt_unread_budget(facts, _wants("120")) is facts
    # a figure right at the edge of the passage, or beside a figure it only touches, is tried
    for stated, taken_at in ((_money("120", 1200), 1100), (_money("120", 1006), 1004), (_money("120", 1020), 1024)):
        facts = _facts((anchor, _item("funds_central", "7", taken_at)), (stated,))  # `7元` ends where `120元` starts,
        assert adopt_unread_budget(facts, _wants("120")) is not facts  # or starts where it ends
    # near only a figure that is no budget anchor (a level's funds): not tried
    facts = _facts((_item("funds_central", "100", 1000),), (_money("120", 1010),))
    assert adopt_unread_budget(facts, _wants("120")) is facts
    # an anchor without a span anchors nothing; a stated figure without its end is not tried
    facts = _facts((_item("budget_initial", "100", None),), (_money("120", 10),))
    assert adopt_unread_budget(facts, _wants("120")) is facts
    half = StatedMoney(_money("120", 1010).figure, Provenance(page=1, char_start=1010, char_end=None))
    assert adopt_unread_budget(_facts((anchor,), (half,)), _wants("120")).budget_items == (anchor,)


def test_an_adjusted_budget_of_a_part_or_of_a_column_does_not_stop_the_search() -> None:
    part = _item("budget_adjusted", "50", 900, scope="evaluated")
    facts = _facts((_item("budget_initial", "100", 1000), part), (_money("120", 1010),))
    assert any(b.figure.value == 120 for b in adopt_unread_budget(facts, _wants("120")).budget_items)
