"""A consistent generated report is never flagged; a perturbed figure always is."""
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.run import process_document
from schemas.document import Document, Page

wan = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("99999.99"), places=2)


def report(initial: Decimal, addition: Decimal, basic: Decimal, project: Decimal, personnel_share: int,
           spent_delta: Decimal = Decimal(0)) -> str:
    adjusted = initial + addition
    spent = basic + project
    personnel = (basic * personnel_share / 100).quantize(Decimal("0.01"))
    public = basic - personnel
    rate = (spent / adjusted * 100).quantize(Decimal("0.01"))
    return (
        "2023年度某县交通运输局部门整体支出绩效自评报告\n一、部门收支情况\n"
        f"2023年部门年初预算为{initial}万元,年中追加调整{addition}万元,调整后预算为{adjusted}万元。"
        f"本年支出{spent + spent_delta}万元,其中基本支出{basic}万元(人员经费{personnel}万元,公用经费{public}万元),"
        f"项目支出{project}万元。预算执行率为{rate}%。\n二、自评结论\n自评得分92分,评价等级为“优”。\n"
    )


def errors(text: str) -> list[str]:
    doc = Document("gen.md", "0" * 64, "md", (Page(1, text),))
    outcome = process_document(doc)
    assert outcome.facts is not None
    return [f.rule for f in outcome.facts.flags if f.severity.value == "error"]


@settings(max_examples=40, deadline=None)
@given(wan, wan, wan, wan, st.integers(min_value=1, max_value=99))
def test_consistent_report_is_never_flagged(initial, addition, basic, project, share) -> None:  # type: ignore[no-untyped-def]
    assert errors(report(initial, addition, basic, project, share)) == []


@settings(max_examples=40, deadline=None)
@given(wan, wan, wan, wan, st.integers(min_value=1, max_value=99),
       st.decimals(min_value=Decimal("0.03"), max_value=Decimal("500"), places=2))
def test_perturbed_spending_is_always_flagged(initial, addition, basic, project, share, delta) -> None:  # type: ignore[no-untyped-def]
    assert "expenditure.parts_sum" in errors(report(initial, addition, basic, project, share, delta))
