"""Cell texts to values: money with the table's unit, rates, points, indicator values."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import table_values as tv
from extractors import table_vocab as vocab

D = Decimal


@pytest.mark.parametrize("text, unit, value, tolerance", [
    ("860.00", "万元", D("8600000"), D(50)),
    ("3,286.00", "万元", D("32860000"), D(50)),
    ("6,215.80", "万元", D("62158000"), D(50)),
    ("2386.45", "万元", D("23864500"), D(50)),
    ("3286", "万元", D("32860000"), D(5000)),
    ("1234567.89", "元", D("1234567.89"), D("0.005")),
    ("860万元", "元", D("8600000"), D(5000)),  # a unit in the cell wins over the table's
    ("1.2亿元", "万元", D("120000000"), D(5000000)),
    ("167、00", "万元", D("1670000"), D(50)),  # 顿号 as decimal mark
    ("0.0900000762939453", "万元", D("900"), D(50)),  # float noise from a spreadsheet
    ("0", "万元", D(0), D(5000)),  # a stated zero is a figure
])
def test_money(text: str, unit: str, value: Decimal, tolerance: Decimal) -> None:
    figure = tv.parse_money(text, unit)
    assert figure is not None
    assert (figure.value, figure.tolerance) == (value, tolerance)
    assert figure.stated == tv.clean_text(text)


@pytest.mark.parametrize("text", ["", None, "—", "——", "-", "/", "／", "…", "无", "95.03%", "年度资金总额", "6.1.2"])
def test_money_missing_or_not_money(text: str | None) -> None:
    assert tv.parse_money(text) is None


@pytest.mark.parametrize("text, header, value", [
    ("95.03%", "执行率", D("95.03")),
    ("97.50", "执行率(%)", D("97.50")),
    ("100 %", "执行率", D(100)),
    ("0.9503", "执行率", D("95.03")),  # a spreadsheet fraction
    ("1", "执行率", D(1)),  # no decimals: taken as written
    ("102.59%", "预算执行率(B/A×100%)", D("102.59")),
])
def test_rate(text: str, header: str, value: Decimal) -> None:
    figure = tv.parse_rate(text, header)
    assert figure is not None and figure.value == value


@pytest.mark.parametrize("text, value, tolerance", [
    ("10", D(10), D(0)),  # whole points are exact
    ("9.5", D("9.5"), D("0.05")),
    ("4.77分", D("4.77"), D("0.005")),
    ("10.", D(10), D(0)),  # a full stop closing the cell is no decimal point
    ("9.5。", D("9.5"), D("0.05")),
    ("10..", None, None),
    ("—", None, None),
    ("/", None, None),
])
def test_points(text: str, value: Decimal | None, tolerance: Decimal | None) -> None:
    figure = tv.parse_points(text)
    assert (figure.value if figure else None, figure.tolerance if figure else None) == (value, tolerance)


def test_total_points_are_rounded_like_any_written_figure() -> None:
    figure = tv.parse_total_points("94.5")
    assert figure is not None and figure.tolerance == D("0.05")
    whole = tv.parse_total_points("96")
    assert whole is not None and whole.tolerance == D("0.5")


@pytest.mark.parametrize("text, operator, value, unit", [
    ("≥50个", "≥", D(50), "个"),
    ("=100%", "=", D(100), "%"),
    ("≤90万元", "≤", D(90), "万元"),
    ("=8个", "=", D(8), "个"),
    (">=21933人", "≥", D(21933), "人"),
    ("<=5300元/户", "≤", D(5300), "元/户"),
    ("≧95%", "≥", D(95), "%"),
    ("═1", "=", D(1), None),
    ("≦0%", "≤", D(0), "%"),
    ("≥100百分比", "≥", D(100), "%"),
    ("不低于95%", "≥", D(95), "%"),
    ("不少于600人次", "≥", D(600), "人次"),
    ("95%及以上", "≥", D(95), "%"),
    ("300人次以上", "≥", D(300), "人次"),
    ("3天以内", "≤", D(3), "天"),
    ("小于0.9‰", "<", D("0.9"), "‰"),
    ("46", None, D(46), None),
    ("12,486人", None, D(12486), "人"),
    ("≥ 2.3 平方米", "≥", D("2.3"), "平方米"),
])
def test_indicator_values(text: str, operator: str | None, value: Decimal, unit: str | None) -> None:
    parsed = tv.parse_indicator_value(text)
    assert parsed is not None
    assert (parsed.operator, parsed.value, parsed.unit) == (operator, value, unit)


@pytest.mark.parametrize("text", ["达成预期指标", "已完成", "效果明显", "2022年10月\n底前", "9月前", "12月底", "(≥**人)", "高"])
def test_qualitative_values_keep_their_text(text: str) -> None:
    parsed = tv.parse_indicator_value(text)
    assert parsed is not None and parsed.value is None and parsed.text == tv.clean_text(text)


@pytest.mark.parametrize("text", ["", None, "—", "/"])
def test_missing_indicator_value(text: str | None) -> None:
    assert tv.parse_indicator_value(text) is None


@pytest.mark.parametrize("text, unit", [
    ("金额单位：万元", "万元"), ("单位:元", "元"), ("项目资金（万元）", "万元"), ("全年预算数(A)\n（万元）", "万元"),
    ("金额单位：亿元", "亿元"), ("年初预算数", None),
])
def test_unit_declared(text: str, unit: str | None) -> None:
    assert tv.unit_declared(text) == unit


@pytest.mark.parametrize("text, label, points", [
    ("产出指标(50分)", "产出指标", D(50)), ("效益指标（30分）", "效益指标", D(30)), ("产出指标50分", "产出指标", D(50)),
    ("满意度指标", "满意度指标", None), ("预算执行情况(10分)", "预算执行情况", D(10)),
])
def test_points_in_label(text: str, label: str, points: Decimal | None) -> None:
    assert tv.points_in_label(text) == (label, points)


@pytest.mark.parametrize("text, grade", [
    ("优", "优"), ("优秀", "优"), ("“良好”", "良"), ("中等", "中"), ("较差", "差"), ("差", "差"), ("94.5", None), ("", None),
])
def test_grades(text: str, grade: str | None) -> None:
    assert tv.parse_grade(text) == grade


@pytest.mark.parametrize("text, parts, split", [
    ("390390100%", 3, ["390", "390", "100%"]),
    ("50045090%", 3, ["500", "450", "90%"]),
    ("100100", 2, ["100", "100"]),
    ("12345", 2, None),  # no consistent reading: left alone
])
def test_split_glued(text: str, parts: int, split: list[str] | None) -> None:
    assert tv.split_glued(text, parts) == split


def test_clean_text_joins_wrapped_lines() -> None:
    assert tv.clean_text("乡镇卫生院诊疗设\n备配置数量") == "乡镇卫生院诊疗设备配置数量"
    assert tv.clean_text("项 目 名 称") == "项目名称"
    assert tv.clean_text("Word\nfile") == "Word file"


@pytest.mark.parametrize("label, role", [
    ("年初预算数", "initial"), ("全年预算数", "adjusted"), ("全年(调整)预算数", "adjusted"), ("调整后预算数", "adjusted"),
    ("全年预算数(A)", "adjusted"), ("全年执行数", "executed"), ("预算执行数", "executed"), ("全年执行数(B)", "executed"),
    ("执行率", "rate"), ("执行率(B/A)", "rate"), ("预算执行率\n(B/A×100%)", "rate"), ("分值", "weight"),
    ("执行率权重", "weight"), ("权重", "weight"), ("得分", "score"), ("执行率得分(分)", "score"), ("资金来源", None),
])
def test_fund_columns(label: str, role: str | None) -> None:
    assert vocab.fund_column(label) == role


@pytest.mark.parametrize("label, code", [
    ("年度资金总额", "total"), ("总额", "total"), ("合计", "total"), ("其中：本年财政拨款", "revenue_general_budget"),
    ("其中：当年财政拨款", "revenue_general_budget"), ("财政资金", "revenue_general_budget"),
    ("一般公共预算财政拨款", "revenue_general_budget"), ("政府性基金预算财政拨款", "revenue_gov_fund"),
    ("上年结转资金", "revenue_carryover"), ("上年财政拨款结转", "revenue_carryover"), ("其他资金", "revenue_other"),
    ("单位资金", "revenue_other"), ("财政专户管理资金", "revenue_special_account"),
    ("其中：中央财政资金", "funds_central"), ("中央资金", "funds_central"), ("省级资金", "funds_provincial"),
    ("市县资金", "funds_local"), ("地方资金", "funds_local"), ("市级资金", "funds_local"), ("本级资金", "funds_local"),
    ("某某专项补助", None),
])
def test_fund_rows(label: str, code: str | None) -> None:
    assert vocab.fund_row(label) == code


@pytest.mark.parametrize("label, role", [
    ("一级指标", "level1"), ("二级指标", "level2"), ("三级指标", "name"), ("指标名称", "name"), ("年度指标值", "target"),
    ("年初指标值", "target_initial"), ("调整指标值", "target_adjusted"), ("实际完成值", "actual"), ("全年完成值", "actual"),
    ("全年实际值", "actual"), ("分值", "weight"), ("指标权重(分)", "weight"), ("得分", "score"), ("指标得分(分)", "score"),
    ("得分系数(%)", "coefficient"), ("度量单位", "unit"), ("计量单位", "unit"), ("指标性质", "nature"),
    ("偏差原因分析及改进措施", "note"), ("未完成原因和改进措施", "note"), ("绩效指标", None), ("年度绩效指标", None),
])
def test_indicator_columns(label: str, role: str | None) -> None:
    assert vocab.indicator_column(label) == role


@pytest.mark.parametrize("label, field", [
    ("项目名称", "project_name"), ("主管部门", "department"), ("主管部门及代码", "department"),
    ("部门（单位）名称", "department"), ("自评总分(分)", "self_score"), ("评价等级", "grade"), ("实施单位", "implementer"),
    ("资金管理情况", None),
])
def test_header_fields(label: str, field: str | None) -> None:
    assert vocab.header_field(label) == field



def test_a_label_s_group_heading_is_not_part_of_its_key() -> None:
    from extractors.table_values import label_key

    assert label_key("按支出性质分：基本支出") == "基本支出"
    assert label_key("其中：一般公共预算") == "一般公共预算"


def test_a_bare_万_in_a_money_cell_is_ten_thousand_yuan() -> None:
    from extractors.table_values import parse_money
    figure = parse_money("3359.62万", "元")
    assert figure is not None and figure.value == Decimal("33596200.00") and figure.stated == "3359.62万"
    two = parse_money("2.5亿", "万元")
    assert two is not None and two.value == Decimal("250000000.0")
    assert parse_money("3万人", "元") is None and parse_money("万", "元") is None


def test_the_unit_a_page_declares_or_the_caption_closing_the_page_before() -> None:
    from extractors.table_values import page_unit
    from schemas.document import Page

    caption_at_foot = Page(number=1, text="正文。\n表1 2022年度部门收支情况（单位：万元）\n")
    table_on_top = Page(number=2, text="与上年相比，支出有所增加。\n")
    assert page_unit([caption_at_foot, table_on_top], 1) == "万元"
    assert page_unit([caption_at_foot], 0) == "万元"
    prose_at_foot = Page(number=1, text="本页注明金额单位：元。\n以下为正文。\n")
    assert page_unit([prose_at_foot, table_on_top], 1) is None  # only a caption closing the page carries over
    two_units = Page(number=1, text="表1（单位：万元）\n表2（单位：元）\n")
    assert page_unit([two_units], 0) is None


def test_a_speck_after_a_cell_s_last_character_is_no_text() -> None:
    from extractors.table_values import clean_text

    assert clean_text("为消费者挽回经济损失·") == "为消费者挽回经济损失"
    assert clean_text("马克·吐温纪念馆") == "马克·吐温纪念馆"  # a dot inside a name stays
    assert clean_text("93.5%·") == "93.5%" and clean_text("46所 •") == "46所"  # after a figure too


@pytest.mark.parametrize("text, expected", [
    ("95.71自评等级：优", ("95.71", "优")),
    ("92 良", ("92", "良")),
    ("88.5分，等级：良好", ("88.5", "良")),
    ("95.71", None),  # a score alone
    ("自评等级：优", None),  # a grade alone
    ("95.71 部分指标未完成", None),  # a note after the score, no grade
])
def test_a_score_cell_that_states_its_grade_after_it(text: str, expected: tuple[str, str] | None) -> None:
    assert tv.score_then_grade(text) == expected
