from decimal import Decimal

from extractors import stated_money
from pipeline.extraction.extract import extract
from pipeline.rules.check import check
from schemas.facts import Severity
from tests.conftest import make_doc

TITLE = "海伦市人民医院2019年度急诊急救能力提升项目支出绩效自评报告\n"


def test_every_money_figure_of_the_text_with_where_it_stands() -> None:
    text = TITLE + "项目预算280.00万元，已支付2,765,312.40元，执行率98.76%，惠及12000人。"
    found = stated_money.extract(make_doc(text)).stated_money
    assert [(s.figure.value, s.figure.stated) for s in found] == [
        (Decimal("2800000.00"), "280.00万元"), (Decimal("2765312.40"), "2765312.40元")]
    for s in found:
        assert s.provenance.page == 1 and s.provenance.extractor == "stated_money"
    # The offsets index the page's normalized text.
    doc = make_doc(text)
    first = found[0].provenance
    assert first.char_start is not None and first.char_end is not None
    assert doc.text[first.char_start:first.char_end] == "280.00万元"


def test_a_part_in_a_wording_no_extractor_knows_softens_the_sum_to_a_warning() -> None:
    # The central funds arrive through a wording no pattern reads (`…转来的…补助`), so 省级 + 市级
    # fall short of the budget by exactly that figure: a missed part, which the warning names.
    text = TITLE + ("本项目全年预算资金共计2,800,000.00元。其中：我院于2019年5月收到国家卫生健康委员会转来的"
                    "急诊急救能力提升补助1,850,000.00元，省级财政拨付配套资金600,000.00元，市级财政安排配套"
                    "资金350,000.00元。截至12月31日，累计支付2,765,312.40元，预算执行率98.76%。")
    flags = check(extract(make_doc(text))).flags
    levels = [f for f in flags if f.rule == "funds.levels_sum"]
    assert [f.severity for f in levels] == [Severity.WARNING]
    assert not [f for f in flags if f.severity is Severity.ERROR]
