from decimal import Decimal

import pytest

from extractors import budget
from tests.conftest import make_doc

TITLE = "2022年度某区某局部门整体支出绩效自评报告\n"


def items(text: str, title: str = TITLE) -> dict[str, Decimal]:
    found = budget.extract(make_doc(title + text)).budget_items
    return {b.item: b.value for b in found if b.scope is None}


@pytest.mark.parametrize("text, expected", [
    ("2022年部门年初预算为2626.63万元,经预算调整,本年收入预算为2731.93万元。",
     {"budget_initial": Decimal("26266300.00"), "budget_adjusted": Decimal("27319300.00")}),
    ("年初预算6,215.80万元,年中追加调整626.56万元,全年预算数6,842.36万元。",
     {"budget_initial": Decimal("62158000.00"), "budget_addition": Decimal("6265600.00"),
      "budget_adjusted": Decimal("68423600.00")}),
    ("其中:一般公共预算拨款6395.16万元,政府性基金预算拨款(福利彩票公益金)352.00万元,上年结转资金95.20万元。",
     {"revenue_general_budget": Decimal("63951600.00"), "revenue_gov_fund": Decimal("3520000.00"),
      "revenue_carryover": Decimal("952000.00")}),
    # what the budget completed is its spending (`完成预算的98%` is the rate, a separate wording)
    ("本项目共完成预算资金89.97万元，预算执行率99.97%。",
     {"expenditure_total": Decimal("899700.00"), "execution_rate": Decimal("99.97")}),
    ("本年支出2681.33万元,其中基本支出2134.84万元,项目支出546.49万元。预算执行率为98.15%。",
     {"expenditure_total": Decimal("26813300.00"), "expenditure_basic": Decimal("21348400.00"),
      "expenditure_project": Decimal("5464900.00"), "execution_rate": Decimal("98.15")}),
    ("基本支出1386.72万元,包括人员经费1205.38万元、公用经费181.34万元。",
     {"expenditure_basic": Decimal("13867200.00"), "expenditure_personnel": Decimal("12053800.00"),
      "expenditure_public": Decimal("1813400.00")}),
    ("工资福利支出318274.55万元,商品和服务支出96318.42万元,对个人和家庭的补助37120.86万元,资本性支出27191.38万元。",
     {"expenditure_wages": Decimal("3182745500.00"), "expenditure_goods_services": Decimal("963184200.00"),
      "expenditure_household_subsidies": Decimal("371208600.00"), "expenditure_capital": Decimal("271913800.00")}),
    ("本部门全年执行数为478905.21万元,预算完成率98.39%,年末结转结余7827.37万元。",
     {"expenditure_total": Decimal("4789052100.00"), "execution_rate": Decimal("98.39"),
      "balance_carryforward": Decimal("78273700.00")}),
    ("全年预算数1.2亿元。", {"budget_adjusted": Decimal("120000000.00")}),
    ("收入:356.2万元。", {"revenue_total": Decimal("3562000.00")}),
    ("实际到位资金3,286.00万元,资金到位率100%。", {"funds_received": Decimal("32860000.00")}),
    ("其中:中央财政资金2150万元(湘财社指〔2021〕86号),省级资金716万元,市县资金415万元。",
     {"funds_central": Decimal("21500000.00"), "funds_provincial": Decimal("7160000.00"),
      "funds_local": Decimal("4150000.00")}),
    ("年初预算一千二百万元。", {"budget_initial": Decimal("12000000.00")}),
])
def test_wordings_of_budget_figures(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text) == expected


@pytest.mark.parametrize("text", [
    "“执法综合业务费”项目全年预算数为80.17万元,执行数为80.17万元,完成预算的100%。",  # a project's figures
    "绩效目标:预算执行率达到95%以上。",  # a target
    "预算执行率≥95%。",
    "同比上年度增加120万元。",  # a change, not a figure
    "全年发放职业培训补贴1126.40万元。",  # an achievement
    "占全年执行数的81.33%。",  # a share
    "资金到位率100%。",  # a rate that is no contract item
])
def test_near_misses_are_not_budget_items(text: str) -> None:
    assert items(text) == {}


def test_project_report_figures_describe_the_report() -> None:
    title = "某市人社局2022年度就业补助资金项目支出绩效自评报告\n"
    found = items("项目全年执行数3,198.62万元,预算执行率97.34%。", title)
    assert found == {"expenditure_total": Decimal("31986200.00"), "execution_rate": Decimal("97.34")}


def test_tolerance_follows_written_precision() -> None:
    found = budget.extract(make_doc(TITLE + "年初预算2626.63万元,全年预算3286万元。")).budget_items
    tolerances = {b.item: b.figure.tolerance for b in found}
    assert tolerances == {"budget_initial": Decimal("50"), "budget_adjusted": Decimal("5000")}


def test_provenance_points_at_the_figure() -> None:
    doc = make_doc(TITLE + "本年支出2681.33万元。")
    (item,) = budget.extract(doc).budget_items
    p = item.provenance
    assert p.page == 1 and doc.text[p.char_start:p.char_end] == "2681.33万元"


@pytest.mark.parametrize("text, expected", [
    ("本年收入合计500万元;包括财政拨款收入450万元(其中,一般公共预算400万元,政府性基金预算50万元),事业收入50万元。",
     {"revenue_total": Decimal("5000000.00"), "revenue_general_budget": Decimal("4000000.00"),
      "revenue_gov_fund": Decimal("500000.00"), "revenue_other": Decimal("500000.00")}),
    ("其中中央财政下达资金200万元、省级财政补助100万元、市县配套资金50万元。",
     {"funds_central": Decimal("2000000.00"), "funds_provincial": Decimal("1000000.00"),
      "funds_local": Decimal("500000.00")}),
    ("指标金额是120万元,实际拨付金额是110万元。",
     {"budget_adjusted": Decimal("1200000.00"), "funds_received": Decimal("1100000.00")}),
    ("绩效自评“优”的项目12个,财政资金800万元;“良”的项目3个,财政资金100万元。", {}),
    ("节省资金20万元。", {}),
])
def test_more_wordings(text: str, expected: dict[str, Decimal]) -> None:
    from pipeline.extraction.resolve import resolve

    found = resolve(budget.extract(make_doc(TITLE + text))).budget_items
    assert {b.item: b.value for b in found if b.scope is None} == expected


@pytest.mark.parametrize("text, expected", [
    # a count between the wording and its amount
    ("年初批复预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后项目预算861.46万元。",
     {"budget_initial": Decimal("9850000.00"), "budget_adjusted": Decimal("8614600.00")}),
    ("年初数为3,256.78万元,全年可用资金3,612.98万元,实际到位3,500.00万元。",
     {"budget_initial": Decimal("32567800.00"), "budget_adjusted": Decimal("36129800.00"),
      "funds_received": Decimal("35000000.00")}),
    # a transfer payment (转移支付) is a kind of fund, not a payment made: handed down to a project, its budget
    ("上级下达转移支付资金1,200.00万元。", {"budget_adjusted": Decimal("12000000.00")}),
    # 预算金额 and a bare 预算数 are the budget; what is due to be spent (应执行数) is no spending
    ("专项业务费预算金额54.41万元,实际执行43.65万元。",
     {"budget_adjusted": Decimal("544100.00"), "expenditure_total": Decimal("436500.00")}),
    ("本部门预算数11,605.29万元,执行数11,580.25万元。",
     {"budget_adjusted": Decimal("116052900.00"), "expenditure_total": Decimal("115802500.00")}),
    ("全年应执行数为7.79万元,实际执行率为100%。",
     {"budget_adjusted": Decimal("77900.00"), "execution_rate": Decimal("100")}),
    ("年度资金使用完成比率99.98 %。", {"execution_rate": Decimal("99.98")}),
    # fourth survey: the year's opening allocation, a summing spending verb, an investment plan
    ("年初财政下达资金5万元,实际支出4.8万元。",
     {"budget_initial": Decimal("50000.00"), "expenditure_total": Decimal("48000.00")}),
    ("2024年度我中心共计支出3307.77万元。", {"expenditure_total": Decimal("33077700.00")}),
    # a flattened form keeps the unit in its label
    ("计划投资额(万元)110.00 实际到位(万元)84.74 实际使用情况(万元)84.74",
     {"budget_adjusted": Decimal("1100000.00"), "funds_received": Decimal("847400.00"),
      "expenditure_total": Decimal("847400.00")}),
    # what is left over is the balance, whatever it is left of
    ("全年支出133.46万元,剩余上年结转资金1.54万元结转下年继续使用。",
     {"expenditure_total": Decimal("1334600.00"), "balance_carryforward": Decimal("15400.00")}),
    ("可支配资金中，一般公共预算财政拨款96.50万元，经营收入0.70万元。",
     {"revenue_general_budget": Decimal("965000.00"), "revenue_other": Decimal("7000.00")}),
    ("预算收入60.00万元，其他资金来源20.00万元。", {"budget_adjusted": Decimal("600000.00"),
                                                   "revenue_other": Decimal("200000.00")}),
    ("全年实际支出数2,236.53万元。全年资金支付进度98.18%。",
     {"expenditure_total": Decimal("22365300.00"), "execution_rate": Decimal("98.18")}),
    ("计划投资额110.00万元,实际使用84.74万元。",
     {"budget_adjusted": Decimal("1100000.00"), "expenditure_total": Decimal("847400.00")}),
])
def test_wordings_seen_in_published_reports(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text, title="某中心2024年度项目支出绩效自评报告\n") == expected


def test_a_reduction_is_kept_for_the_arithmetic_but_is_no_item() -> None:
    found = budget.extract(make_doc(TITLE + "年初预算100.00万元,追加20.00万元,调减5.00万元,调整后预算115.00万元。"))
    reductions = [b for b in found.budget_items if b.scope == "budget_reduction"]
    assert [(b.item, b.value) for b in reductions] == [("budget_addition", Decimal("50000.00"))]
    assert items("年初预算100.00万元,追加20.00万元,调减5.00万元,调整后预算115.00万元。") == {
        "budget_initial": Decimal("1000000.00"), "budget_addition": Decimal("200000.00"),
        "budget_adjusted": Decimal("1150000.00")}


@pytest.mark.parametrize("text, expected", [
    # a summing word after a list: the verb earlier in the sentence says what the amount is
    ("年度执行中,先后追加国土空间规划、地质灾害治理等资金,共计246.50万元,全年可用资金1331.86万元。",
     {"budget_addition": Decimal("2465000.00"), "budget_adjusted": Decimal("13318600.00")}),
    ("财政资金总额16.20万元,已完成拨付16.20万元。",
     {"budget_adjusted": Decimal("162000.00"), "expenditure_total": Decimal("162000.00")}),
    ("部门预算总金额803.74万元,实际执行790.12万元。",
     {"budget_adjusted": Decimal("8037400.00"), "expenditure_total": Decimal("7901200.00")}),
    ("上级下达中央补助资金356.00万元,省级财政下达配套资金84.00万元,州级财政安排资金60.00万元。",
     {"funds_central": Decimal("3560000.00"), "funds_provincial": Decimal("840000.00"),
      "funds_local": Decimal("600000.00")}),
])
def test_verbs_and_totals_seen_in_published_reports(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text) == expected


def test_a_budget_that_includes_a_mid_year_addition_is_the_adjusted_one() -> None:
    from extractors import budget
    from tests.conftest import make_doc

    doc = make_doc("# 某区城市管理委员会2022年度项目支出绩效自评报告\n\n"
                   "2022年该项目预算批复数为860.00万元(含年中追加的80.00万元),全年支出842.80万元,执行率98%。\n"
                   "年初预算批复数为780.00万元,全年支出770.00万元。")
    items = [(b.item, b.figure.stated) for b in budget.extract(doc).budget_items]
    assert ("budget_adjusted", "860.00万元") in items
    assert ("budget_initial", "780.00万元") in items


def test_the_same_wording_stated_as_a_sum_is_the_total() -> None:
    from extractors import budget
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    doc = make_doc("# 某县交通运输局2021年度道路建设项目绩效自评报告\n\n"
                   "一批项目县级批复总投资3374.3万元,二批项目县级批复总投资2069.51万元,"
                   "三批项目县级批复投资778.59万元,合计批复总投资6222.4万元。")
    chosen = {b.item: b.figure.stated for b in resolve(budget.extract(doc)).budget_items}
    assert chosen["budget_adjusted"] == "6222.4万元"


def test_a_level_s_fund_named_with_its_programme_is_that_level_s() -> None:
    from extractors import budget
    from tests.conftest import make_doc

    doc = make_doc("# 某市林业和草原局2022年度项目支出绩效自评报告\n\n"
                   "项目全年预算数为1,580.00万元,其中中央财政林业草原生态保护恢复资金1,100.00万元,"
                   "自治区财政补助资金300.00万元,某市本级配套资金180.00万元。")
    items = {b.item: b.figure.stated for b in budget.extract(doc).budget_items}
    assert (items["funds_central"], items["funds_provincial"], items["funds_local"]) == (
        "1100.00万元", "300.00万元", "180.00万元")


PROJECT_TITLE = "某区水务局供水管网改造工程项目2021年度绩效自评报告\n"


def test_a_project_s_payment_rate_is_its_execution_rate_and_its_paid_works_its_spending() -> None:
    text = "项目全年预算数960.00万元。项目资金已全部到位960.00万元,已拨付工程款952.30万元,支付率99.20%。"
    assert items(text, PROJECT_TITLE) == {
        "budget_adjusted": Decimal("9600000.00"), "funds_received": Decimal("9600000.00"),
        "expenditure_total": Decimal("9523000.00"), "execution_rate": Decimal("99.20")}


def test_a_department_s_payment_rate_is_no_item_but_a_rate_checked_against_its_figures() -> None:
    text = "专项资金到位500.00万元,已支付480.00万元,支付率96.00%。"
    found = budget.extract(make_doc(TITLE + text))
    assert "execution_rate" not in {b.item for b in found.budget_items}
    assert [r.total.value for r in found.breakdowns] == [Decimal("96.00")]


def test_a_stated_execution_rate_outranks_a_project_s_payment_rate() -> None:
    text = "项目预算执行率为98.00%。已支付480.00万元,支付率96.00%。"
    rates = [b for b in budget.extract(make_doc(PROJECT_TITLE + text)).budget_items if b.item == "execution_rate"]
    assert max(rates, key=lambda b: b.strength).value == Decimal("98.00")


@pytest.mark.parametrize("text", [
    "项目年初预算280.00万元,年度中未作调整,全年支出275.41万元。",
    "年初预算280.00万元,全年预算未调整。",
    "年初预算280.00万元,年中无预算调整。",
])
def test_an_initial_budget_said_unchanged_is_also_the_adjusted_one(text: str) -> None:
    found = items(text)
    assert found["budget_initial"] == found["budget_adjusted"] == Decimal("2800000.00")


def test_an_initial_budget_with_a_later_adjustment_is_not_the_adjusted_one() -> None:
    found = items("年初预算280.00万元,年中追加20.00万元,调整后预算300.00万元。")
    assert found["budget_adjusted"] == Decimal("3000000.00")


def test_an_addition_stated_inside_the_budget_s_brackets_is_the_addition() -> None:
    found = items("项目全年预算数为1580.00万元(含年中追加的260.00万元),其中中央资金1100.00万元。", PROJECT_TITLE)
    assert found["budget_adjusted"] == Decimal("15800000.00")
    assert found["budget_addition"] == Decimal("2600000.00")
    # a part named inside the brackets stays out
    assert "funds_central" not in items("全年预算1856.40万元(含中央和省级补助资金1020.00万元)。")


def test_funds_of_higher_levels_in_general_name_no_project() -> None:
    found = items("年初预算2846.30万元,年中根据上级项目资金下达情况追加预算412.58万元,调整后全年预算3258.88万元。")
    assert found == {"budget_initial": Decimal("28463000.00"), "budget_addition": Decimal("4125800.00"),
                     "budget_adjusted": Decimal("32588800.00")}
    assert items("“乡村道路”项目全年预算数120.00万元。") == {}  # one named project's budget is not the report's


def test_a_sum_of_basic_spending_is_basic_spending() -> None:
    found = items("本年支出1296.88万元。基本支出合计468.23万元,项目支出合计828.65万元。")
    assert found["expenditure_total"] == Decimal("12968800.00")
    assert found["expenditure_basic"] == Decimal("4682300.00")
    assert found["expenditure_project"] == Decimal("8286500.00")


def test_a_level_s_funds_named_after_a_long_programme_and_a_funding_verb() -> None:
    text = ("2019年6月,中央财政下达我院医疗服务与保障能力提升补助资金1850000.00元(某财社〔2019〕57号);"
            "8月,省级财政拨付配套资金620000.00元;市级财政安排配套资金330000.00元。")
    assert items(text, PROJECT_TITLE) == {"funds_central": Decimal("1850000.00"),
                                          "funds_provincial": Decimal("620000.00"), "funds_local": Decimal("330000.00")}


def test_money_said_to_be_in_place_after_the_figure_is_the_funds_received() -> None:
    text = "项目全年预算数660.00万元,项目资金660.00万元已全部到位。累计支付643.18万元,剩余16.82万元为质量保证金。"
    found = items(text, PROJECT_TITLE)
    assert found["funds_received"] == Decimal("6600000.00")
    assert found["balance_carryforward"] == Decimal("168200.00")
    assert "funds_received" not in items("项目全年预算数660.00万元,已全部下达。", PROJECT_TITLE)


@pytest.mark.parametrize("text, expected", [
    # only a reduction stated: the change is the reduction, negated
    ("年初预算批复数2386.52万元。年度执行中,调减财政拨款预算36.00万元,调整后预算数为2350.52万元。",
     {"budget_initial": Decimal("23865200.00"), "budget_addition": Decimal("-360000.00"),
      "budget_adjusted": Decimal("23505200.00")}),
    # a source's wording after a change verb is the change, not the source
    ("年初预算500万元,年中追加一般公共预算拨款50万元,调整后预算550万元。",
     {"budget_initial": Decimal("5000000.00"), "budget_addition": Decimal("500000.00"),
      "budget_adjusted": Decimal("5500000.00")}),
    # `追加后` names the result
    ("年初预算500万元,追加后预算数为550万元。",
     {"budget_initial": Decimal("5000000.00"), "budget_adjusted": Decimal("5500000.00")}),
])
def test_changes_of_the_budget(text: str, expected: dict[str, Decimal]) -> None:
    from pipeline.extraction.resolve import resolve

    found = resolve(budget.extract(make_doc(TITLE + text))).budget_items
    assert {b.item: b.value for b in found if b.scope is None} == expected


def test_an_addition_and_a_reduction_stay_apart() -> None:
    from pipeline.extraction.resolve import resolve

    found = resolve(budget.extract(make_doc(TITLE + "年初预算500万元,年中追加一般公共预算拨款50万元,"
                                                     "调减政府性基金10万元,调整后预算540万元。"))).budget_items
    assert {(b.item, b.value, b.scope) for b in found if b.item == "budget_addition"} == {
        ("budget_addition", Decimal("500000.00"), None), ("budget_addition", Decimal("100000.00"), "budget_reduction")}


@pytest.mark.parametrize("text, expected", [
    ("调整后预算数为2350.52万元。上年调整后预算数为2274.06万元,本年略有增加。",
     {"budget_adjusted": Decimal("23505200.00")}),
    ("全年预算数8,326.45万元,比上年预算7,912.30万元增加414.15万元。", {"budget_adjusted": Decimal("83264500.00")}),
    # last year's carry-over into this year is this year's money
    ("收入合计2350.52万元,其中财政拨款收入2262.12万元;上年结转88.40万元。",
     {"revenue_total": Decimal("23505200.00"), "revenue_general_budget": Decimal("22621200.00"),
      "revenue_carryover": Decimal("884000.00")}),
])
def test_last_year_s_figures_are_no_items(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text) == expected


def test_the_sources_of_an_addition_named_in_its_brackets_are_the_addition_s() -> None:
    text = ("年中追加38.50万元(其中区级财政拨款14.50万元、政府性基金安排的档案数字化加工经费24.00万元),"
            "加上上年结转18.00万元,调整后预算668.90万元。")
    assert items(text) == {"budget_addition": Decimal("385000.00"), "revenue_carryover": Decimal("180000.00"),
                           "budget_adjusted": Decimal("6689000.00")}
    # the sources of the year's budget in its brackets are the year's
    assert items("调整后预算668.90万元(其中一般公共预算拨款626.90万元、上年结转18.00万元)。") == {
        "budget_adjusted": Decimal("6689000.00"), "revenue_general_budget": Decimal("6269000.00"),
        "revenue_carryover": Decimal("180000.00")}


def test_the_tier_that_gave_or_added_the_money_names_its_level() -> None:
    text = ("2018年项目年初预算安排县级财政资金120.00万元,年中省级财政追加下达茶产业发展补助资金30.00万元,"
            "调整后预算150.00万元。")
    assert items(text, "某县茶叶产业发展中心2018年度茶园提质增效项目绩效自评报告\n") == {
        "budget_initial": Decimal("1200000.00"), "funds_local": Decimal("1200000.00"),
        "budget_addition": Decimal("300000.00"), "funds_provincial": Decimal("300000.00"),
        "budget_adjusted": Decimal("1500000.00")}
    # an addition from no named tier names no level
    assert "funds_provincial" not in items("年初预算500万元,年中追加一般公共预算拨款50万元,调整后预算550万元。")
    # the local finance adding to the budget is its authority: the money may be the upper levels'
    added = items("年初预算4862.30万元。中央和省级下达草原生态保护等资金,县财政追加预算8736.50万元,调整后预算13598.80万元。")
    assert added["budget_addition"] == Decimal("87365000.00") and "funds_local" not in added


def test_the_sources_a_spending_figure_lists_are_spent_from_each() -> None:
    text = "全年执行254.64万元,其中财政拨款236.84万元、其他资金17.80万元,预算执行率96.08%。"
    found = budget.extract(make_doc(PROJECT_TITLE + text)).budget_items
    assert {(b.item, b.basis.value if b.basis else None, b.value) for b in found if b.item.startswith("revenue")} == {
        ("revenue_general_budget", "executed", Decimal("2368400.00")), ("revenue_other", "executed", Decimal("178000.00"))}
    # a budget's sources, or a spending figure's kinds, keep no basis
    budgeted = budget.extract(make_doc(PROJECT_TITLE + "全年预算数268.00万元,其中财政拨款248.00万元、其他资金20.00万元。"))
    assert all(b.basis is None for b in budgeted.budget_items)
    kinds = budget.extract(make_doc(TITLE + "本年支出100万元,其中基本支出60万元,项目支出40万元。"))
    assert all(b.basis is None for b in kinds.budget_items)


def test_a_sentence_set_in_an_earlier_year_states_that_year_s_money() -> None:
    title = "2018年度某县商务局电子商务进农村综合示范项目绩效自评报告\n"
    earlier = "2017年，中央财政下达我县专项资金1,500.00万元，当年支付410.60万元。"
    assert items(earlier + "2018年全年预算数1,289.40万元。", title) == {"budget_adjusted": Decimal("12894000.00")}
    # the report's own year set at the sentence's start is this year
    assert items("2018年，中央财政下达我县专项资金1,500.00万元。", title) != {}
    # an earlier year's money the paragraph does not set against the report's year: a project's funds
    assert items("2017年，中央财政下达我县专项资金1,500.00万元。", title) != {}
    # a year named in the middle of a sentence sets no time for it
    assert items("根据2017年印发的管理办法，本年下达专项资金1,500.00万元。", title) != {}


@pytest.mark.parametrize("text, expected", [
    # carried into the report's own year, even in a sentence set in the year before: the year's carry-over
    ("2017年，中央财政下达我县专项资金1,500.00万元，当年支付410.60万元，结转2018年1,089.40万元。2018年全年预算数"
     "1,289.40万元。", {"revenue_carryover": Decimal("10894000.00"), "budget_adjusted": Decimal("12894000.00")}),
    ("本项目资金结转至2018年度的资金为86.00万元。", {"revenue_carryover": Decimal("860000.00")}),
    # carried into a later year: what the year leaves
    ("当年支出1,236.58万元，结转2019年52.82万元。", {"expenditure_total": Decimal("12365800.00"),
                                                 "balance_carryforward": Decimal("528200.00")}),
])
def test_money_carried_into_a_named_year(text: str, expected: dict[str, Decimal]) -> None:
    title = "2018年度某县商务局电子商务进农村综合示范项目绩效自评报告\n"
    assert items(text, title) == expected


def test_money_carried_into_an_earlier_year_is_no_item_of_this_one() -> None:
    title = "2018年度某县商务局电子商务进农村综合示范项目绩效自评报告\n"
    assert "revenue_carryover" not in items("2016年资金结转2017年300.00万元。", title)


def test_money_named_by_its_verb_beside_figures_named_by_their_own_wordings() -> None:
    title = "某县农业农村局2022年度农村人居环境整治以奖代补资金绩效自评报告\n"
    text = "截至2022年12月31日,乡镇实际兑付奖补资金873.45万元,预算执行率97.05%,结余26.55万元由县财政收回。"
    assert items(text, title)["expenditure_total"] == Decimal("8734500.00")
    # beside an amount no wording names (a use), the verb's figure is left alone
    assert "expenditure_total" not in items("乡镇兑付奖补资金873.45万元,用于改厕26.55万元。", title)


@pytest.mark.parametrize("text", ["2022年,旗财政局年初批复我院部门预算1856.40万元。", "年初下达我局预算资金1856.40万元。"])
def test_an_initial_budget_granted_to_the_unit(text: str) -> None:
    assert items(text) == {"budget_initial": Decimal("18564000.00")}


def test_a_figure_wholly_from_one_level_is_that_level_s_funds_too() -> None:
    text = ("年初数180.00万元,全部由县级财政安排。年度中,中央财政下达补助资金52.00万元,省级财政下达补助资金14.00万元,"
            "调整后全年预算数246.00万元。全年执行数238.62万元,结转下年7.38万元。")
    assert items(text) == {
        "budget_initial": Decimal("1800000.00"), "funds_local": Decimal("1800000.00"),
        "funds_central": Decimal("520000.00"), "funds_provincial": Decimal("140000.00"),
        "budget_adjusted": Decimal("2460000.00"), "expenditure_total": Decimal("2386200.00"),
        "balance_carryforward": Decimal("73800.00")}


@pytest.mark.parametrize("text, expected", [
    ("项目年初预算42.00万元,由县级财政安排;省级财政下达6.00万元。全年执行46.97万元。",
     {"budget_initial": Decimal("420000.00"), "funds_local": Decimal("420000.00"),
      "funds_provincial": Decimal("60000.00"), "expenditure_total": Decimal("469700.00")}),
    # one level alone says where all the money came from, no level's share of it
    ("项目年初预算42.00万元,由县级财政安排。全年执行46.97万元。",
     {"budget_initial": Decimal("420000.00"), "expenditure_total": Decimal("469700.00")}),
    # a part of it from one level is no statement of the whole
    ("年初预算50.00万元,由中央财政承担30.00万元。", {"budget_initial": Decimal("500000.00")}),
])
def test_the_level_a_whole_figure_comes_from(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text) == expected


PROJECT_TITLE = "某县农业农村局2022年度乡村振兴衔接资金项目支出绩效自评报告\n"


@pytest.mark.parametrize("text, expected", [
    ("下达2022年乡村振兴衔接资金100万元，用于垃圾转运站提升改造。", {"budget_adjusted": Decimal("1000000.00")}),
    ("2022年衔接资金共下达105万元，已全部拨付到位。", {"budget_adjusted": Decimal("1050000.00")}),
    ("批复项目资金60万元。", {"budget_adjusted": Decimal("600000.00")}),
    ("项目经费已使用20.5万元。", {"expenditure_total": Decimal("205000.00")}),
    # a total followed by its parts: the parts do not make it a list of uses
    ("2022年共安排项目资金1 286.50万元（12 865 000.00元），其中：省级财政补助860.00万元，区级财政配套426.50万元。",
     {"budget_adjusted": Decimal("12865000.00"), "funds_provincial": Decimal("8600000.00"),
      "funds_local": Decimal("4265000.00")}),
])
def test_a_funding_verb_and_the_funds_it_moved_name_a_project_s_figure(text: str, expected: dict) -> None:
    assert items(text, PROJECT_TITLE) == expected


@pytest.mark.parametrize("text", [
    # a department report: an allocation is one of many, not the report's budget
    "下达2022年乡村振兴衔接资金100万元。",
])
def test_a_funding_verb_alone_names_no_figure_of_a_department_report(text: str) -> None:
    assert items(text) == {}


@pytest.mark.parametrize("text", [
    "安排就业创业服务补助177.40万元。",  # a use, not funds
    "全年发放培训补贴126.40万元，安排服务经费77.40万元。",  # a list of uses
    "下达后用于建设的资金50万元。",  # a clause of its own inside what was moved
])
def test_uses_and_lists_are_no_project_figure(text: str) -> None:
    assert items(text, PROJECT_TITLE) == {}


@pytest.mark.parametrize("text, expected", [
    ("林区财政局先后两批下达本项目衔接资金共计1260000.00元。", {"budget_adjusted": Decimal("1260000.00")}),
    ("县财政局批复本项目预算245.00万元。", {"budget_adjusted": Decimal("2450000.00")}),
    ("截至12月31日，按工程进度兑付工程款2,386,720.50元。", {"expenditure_total": Decimal("2386720.50")}),
])
def test_a_project_s_own_budget_and_its_payments(text: str, expected: dict) -> None:
    assert items(text, PROJECT_TITLE) == expected


def test_a_department_s_project_budget_and_works_payments_are_parts() -> None:
    assert items("其中项目预算245.00万元。按进度支付工程款100.00万元。") == {}


def test_a_figure_of_a_year_before_the_report_s_is_for_comparison() -> None:
    title = "某街道2023年度部门整体支出绩效自评报告\n"
    assert items("2022年支出为19,318.40万元。", title) == {}
    assert items("2023年支出为20,764.32万元。", title) == {"expenditure_total": Decimal("207643200.00")}
    # a cover's date after the title's fiscal year does not make this year's figures earlier ones
    assert items("一、收支情况\n2023年支出为20,764.32万元。", "某局\n2024年4月\n某局2023年度部门整体支出绩效自评报告\n") == {
        "expenditure_total": Decimal("207643200.00")}


def test_two_wordings_sharing_one_figure() -> None:
    assert items("项目年初预算和全年预算均为86.4万元，全年实际支出82.56万元。", PROJECT_TITLE) == {
        "budget_initial": Decimal("864000.00"), "budget_adjusted": Decimal("864000.00"),
        "expenditure_total": Decimal("825600.00")}


def test_several_allocations_named_only_by_their_verb_are_tranches_not_the_budget() -> None:
    text = "下达某县2023年中央水利发展资金2263万元。下达某县2023年衔接资金791万元。下达某县2023年资金5万元。"
    assert "budget_adjusted" not in items(text, PROJECT_TITLE)
    assert items("下达某县2023年衔接资金791万元。资金已全部到位。", PROJECT_TITLE) == {"budget_adjusted": Decimal("7910000.00")}


def test_tranches_on_a_later_page_are_tranches_too() -> None:
    # offsets on page 2 are the page's own: the tranches are told by the figures, not by offsets
    text = "一、概况\n正文。\f下达某县2022年水利发展资金2263万元。下达某县2022年衔接资金791万元。"
    assert "budget_adjusted" not in items(text, PROJECT_TITLE)


def test_a_cut_named_by_what_it_cut_is_a_reduction_and_ends_no_project_sentence() -> None:
    # `调减土地整治项目预算`: the department's budget cut on account of a project; the adjusted
    # budget after it is still the department's.
    text = "年初预算3,126.80万元,年中追加地灾防治资金468.50万元、调减土地整治项目预算120.00万元,调整后预算3,475.30万元。"
    assert items(text) == {"budget_initial": Decimal("31268000.00"), "budget_addition": Decimal("4685000.00"),
                           "budget_adjusted": Decimal("34753000.00")}
    found = budget.extract(make_doc(TITLE + text))
    assert [b.figure.value for b in found.budget_items if b.scope == "budget_reduction"] == [Decimal("1200000.00")]
    # a sentence about one project's own figures stays the project's
    assert items("“执法业务费”项目全年预算数50.00万元,执行数48.00万元。") == {}


def test_a_project_named_in_a_bracketed_aside_says_what_money_was_for_and_ends_no_sentence() -> None:
    text = ("年初预算2,386.40万元，年中追加318.50万元（主要为中小河流治理项目资金），因部分项目调整调减86.00万元，"
            "调整后预算2,618.90万元。")
    assert items(text) == {"budget_initial": Decimal("23864000.00"), "budget_addition": Decimal("3185000.00"),
                           "budget_adjusted": Decimal("26189000.00")}
    found = budget.extract(make_doc(TITLE + text))
    assert [b.figure.value for b in found.budget_items if b.scope == "budget_reduction"] == [Decimal("860000.00")]
    # a project named before its bracket is still the sentence's subject
    assert items("中小河流治理项目（省级）全年预算数120.00万元，执行数118.00万元。") == {}


def test_a_project_s_funds_and_the_levels_that_sent_them() -> None:
    text = ("项目资金共计2,846.00万元,其中中央财政下达2,120.00万元、省级财政下达412.00万元、"
            "市本级财政安排314.00万元。")
    assert items(text, PROJECT_TITLE) == {
        "budget_adjusted": Decimal("28460000.00"), "funds_central": Decimal("21200000.00"),
        "funds_provincial": Decimal("4120000.00"), "funds_local": Decimal("3140000.00")}


def test_transfer_payments_by_level_and_the_total_handed_down() -> None:
    text = ("某镇人民政府2023年度下达上级资金转移支付400.00万元。其中：中央级资金转移支付100.00万元，"
            "省级资金转移支付200.00万元，市级资金90.00万元。")
    assert items(text, PROJECT_TITLE) == {
        "budget_adjusted": Decimal("4000000.00"), "funds_central": Decimal("1000000.00"),
        "funds_provincial": Decimal("2000000.00"), "funds_local": Decimal("900000.00")}


def test_funds_obtained_in_all_are_the_budget_and_funds_received_in_all_are_received() -> None:
    text = ("2023年我镇获得财政衔接资金共300.00万元，其中：中央专项衔接资金200.00万元，省级专项衔接资金100.00万元。"
            "2023年我镇项目资金共到位320.00万元。")
    found = items(text, PROJECT_TITLE)
    assert found["budget_adjusted"] == Decimal("3000000.00")
    assert found["funds_received"] == Decimal("3200000.00")


def test_万_alone_closing_its_clause_is_money_where_the_wording_names_money() -> None:
    assert items("2023年安排资金2000.00万。全年支付1800.00万元。", PROJECT_TITLE)["budget_adjusted"] == Decimal("20000000.00")
    # a count in 万 with its measure word is no money
    assert "budget_adjusted" not in items("全年安排资金1.5万亩。", PROJECT_TITLE)


def test_a_transfer_handed_down_is_no_budget_of_a_department() -> None:
    assert items("上级下达转移支付资金1,200.00万元。") == {}


def test_an_addition_named_by_the_purposes_it_was_for() -> None:
    text = ("年初预算3,862.40万元。年度执行中，上级追加农村供水保障、河道治理和高效节水灌溉等资金1,046.35万元，"
            "全年预算4,908.75万元。")
    assert items(text)["budget_addition"] == Decimal("10463500.00")
    # purposes with no funding verb before them name nothing
    assert "budget_addition" not in items("年初预算100.00万元。用于河道治理和节水灌溉等资金20.00万元。")


def test_a_plan_or_procurement_execution_rate_is_no_budget_execution_rate() -> None:
    assert items("政府采购管理执行率100%。整改任务执行率95%。") == {}
    assert items("预算执行率95%。")["execution_rate"] == Decimal("95")


@pytest.mark.parametrize("text, expected", [
    # funds received from above, in all
    ("2022年6月我市收到上级补助资金360万元，用于河堤加固。实际支付324万元。",
     {"budget_adjusted": Decimal("3600000.00"), "expenditure_total": Decimal("3240000.00")}),
    # a budget and a spending named by what the money is for
    ("2022年预算防火经费共计400万元，其中中央补助资金300万元，省级补助资金100万元。实际执行防火经费360万元。",
     {"budget_adjusted": Decimal("4000000.00"), "funds_central": Decimal("3000000.00"),
      "funds_provincial": Decimal("1000000.00"), "expenditure_total": Decimal("3600000.00")}),
    # a works project's investment completed is its spending
    ("该工程下达资金80万元，实际完成投资76万元。",
     {"budget_adjusted": Decimal("800000.00"), "expenditure_total": Decimal("760000.00")}),
    # one level's allocation and nothing else: the project's budget too
    ("下达我县2022年省级文化发展资金120.00万元，用于乡村文化站建设。",
     {"funds_provincial": Decimal("1200000.00"), "budget_adjusted": Decimal("1200000.00")}),
    # ... but two levels' allocations are parts, and a budget wording wins
    ("下达中央资金100.00万元，下达省级资金20.00万元。",
     {"funds_central": Decimal("1000000.00"), "funds_provincial": Decimal("200000.00")}),
    # 地方匹配 is the local level's share
    ("收到中央下达资金500万元，自治区下达50万元，地方匹配200万元。",
     {"funds_central": Decimal("5000000.00"), "funds_provincial": Decimal("500000.00"),
      "funds_local": Decimal("2000000.00")}),
])
def test_transfer_payment_wordings_of_round_six(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text, PROJECT_TITLE) == expected


def test_a_damaged_sentence_with_万_alone_is_read_without_error() -> None:
    # the only figure of its sentence is the bare-万 one: it is the sentence's one amount
    assert items("下达资金2000万。", PROJECT_TITLE) == {"budget_adjusted": Decimal("20000000.00")}


def test_two_levels_named_together_are_no_one_level_and_a_bare_预算资金_is_the_budget() -> None:
    found = items("项目预算资金600万元，其中中央及省级补助资金500万元，县级配套资金100万元。", PROJECT_TITLE)
    assert found["budget_adjusted"] == Decimal("6000000.00")
    assert "funds_central" not in found and "funds_provincial" not in found
    assert items("申请中央及省级项目预算资金495万元。", PROJECT_TITLE) == {"budget_adjusted": Decimal("4950000.00")}
    assert items("央省补助1500.00万元、市级200.00万元。", PROJECT_TITLE).get("funds_central") is None


@pytest.mark.parametrize("text, expected", [
    # the county that hands the money down is no level of it
    ("2023年县级分配我镇衔接资金共计1,286.00万元，其中：中央衔接资金812.00万元，省级衔接资金326.00万元，"
     "县级衔接资金138.00万元。",
     {"budget_adjusted": Decimal("12860000.00"), "funds_central": Decimal("8120000.00"),
      "funds_provincial": Decimal("3260000.00"), "funds_local": Decimal("1380000.00")}),
    # beside the upper levels named together, the county's share stays a level
    ("2022年全县安排财政衔接推进乡村振兴补助资金5,630.00万元，其中中央及省级衔接资金4,870.00万元，县级衔接资金760.00万元。",
     {"budget_adjusted": Decimal("56300000.00"), "funds_local": Decimal("7600000.00")}),
    # money from the levels above taken together, then the unit's own level's share (`本级`)
    ("我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元。",
     {"budget_adjusted": Decimal("2390000.00"), "funds_local": Decimal("597500.00")}),
    # the initial budget named with what it is for
    ("2022年年初预算安排衔接资金2,380.00万元；年中追加642.50万元；调整后预算2,946.30万元。",
     {"budget_initial": Decimal("23800000.00"), "budget_addition": Decimal("6425000.00"),
      "budget_adjusted": Decimal("29463000.00")}),
    # a project's 支付进度 is its execution rate
    ("全年累计支付4,712.58万元，支付进度96.97%。", {"expenditure_total": Decimal("47125800.00"),
                                                 "execution_rate": Decimal("96.97")}),
])
def test_township_transfer_wordings(text: str, expected: dict[str, Decimal]) -> None:
    assert items(text, PROJECT_TITLE) == expected


def test_an_indicator_row_s_target_before_its_actual_is_no_stated_rate() -> None:
    # `预算执行率` / `100%` / `98.24%` one cell a line, joined: the target, then what was achieved
    assert "execution_rate" not in items("预算执行\n预算执行率\n预算执行率100%98.24%\n10\n9.82\n", PROJECT_TITLE)
    assert "execution_rate" not in items("预算执行率 | 100% | 98.24% | 10 | 9.82\n", PROJECT_TITLE)
    assert items("预算执行率98.24%，较上年提高2个百分点。", PROJECT_TITLE)["execution_rate"] == Decimal("98.24")


def test_a_scoring_rule_s_threshold_is_no_stated_rate() -> None:
    note = "注：预算执行率达到95%（含）以上的得满分，95%以下的按执行率乘以分值计算得分。"
    assert "execution_rate" not in items(note, PROJECT_TITLE)


def test_bonds_in_tranches_and_the_unspent_balance() -> None:
    found = items("2022年本项目获得地方政府专项债券资金6,500.00万元，分两批发行：第一批3,800.00万元于5月发行，"
                  "第二批2,700.00万元于9月发行。债券资金累计支出6,382.15万元，未支出的117.85万元已结转下年。",
                  PROJECT_TITLE)
    assert found["budget_adjusted"] == Decimal("65000000.00")  # the whole, not a tranche nor a local level
    assert "funds_local" not in found and "revenue_general_budget" not in found
    assert found["balance_carryforward"] == Decimal("1178500.00")
    assert items("未支付的147.42万元为尾款，已结转下年支付。", PROJECT_TITLE)["balance_carryforward"] == Decimal("1474200.00")
    # the local government's matching funds are still a level
    assert items("中央补助资金300万元，地方政府配套资金120万元。", PROJECT_TITLE)["funds_local"] == Decimal("1200000.00")


def test_a_hospital_s_appropriation_named_inside_its_wordings() -> None:
    found = items("调整后财政拨款预算4,000.00万元。全年财政拨款支出3,962.18万元，年末财政拨款结转37.82万元。"
                  "医院总收入31,862.47万元。")
    assert found["budget_adjusted"] == Decimal("40000000.00")
    assert found["expenditure_total"] == Decimal("39621800.00")
    assert found["balance_carryforward"] == Decimal("378200.00")
    assert found["revenue_total"] == Decimal("318624700.00")


def test_the_budget_as_the_year_s_change_left_it() -> None:
    found = items("2022年部门年初预算1022.89万元,年中调整预算为1781.86万元,比年初预算增加758.97万元。")
    assert found["budget_initial"] == Decimal("10228900.00")
    assert found["budget_adjusted"] == Decimal("17818600.00")


def test_a_report_s_date_is_no_year_its_figures_could_be_earlier_than() -> None:
    text = ("报告日期:2017年7月15日\n项目起止时间2016年1月起至2016年12月止计划安排资金(万元)170实际到位资金(万元)170"
            "实际支出(万元)179.6结余(万元)0")
    found = items(text, "财政支出项目绩效评价自评报告(优抚)\n")
    assert found["budget_adjusted"] == Decimal("1700000.00")
    assert found["expenditure_total"] == Decimal("1796000.00")


def test_a_total_its_listed_levels_add_up_to_is_the_budget() -> None:
    text = ("2023年全市共投入各级财政衔接推进乡村振兴补助资金14380万元,其中:中央资金1836万元、省级资金1682万元、"
            "市级资金6954万元,本级资金3908万元。")
    assert items(text, PROJECT_TITLE)["budget_adjusted"] == Decimal("143800000.00")
    # levels that do not make it: no reading says what the figure is
    assert "budget_adjusted" not in items(text.replace("3908万元", "3900万元"), PROJECT_TITLE)


@pytest.mark.parametrize("text, item, value", [
    ("2021年预算安排2700万元,全年实际支出1723.62万元。", "budget_adjusted", Decimal("27000000.00")),
    ("项目总投资约22.66亿元,申请专项债券资金11亿元。", "budget_adjusted", Decimal("1100000000.00")),
    ("执行有效,预算完成100%,保障了全县159公里农村公路的养护。", "execution_rate", Decimal("100")),
])
def test_plain_budget_bond_and_rate_wordings(text: str, item: str, value: Decimal) -> None:
    found = budget.extract(make_doc("某县某局2021年度某某项目支出绩效自评报告\n" + text)).budget_items
    assert any(b.item == item and b.value == value and b.scope is None for b in found)


def test_a_project_s_total_investment_gives_way_to_the_year_s_bonds() -> None:
    from pipeline.extraction.resolve import resolve
    facts = resolve(budget.extract(make_doc("某县某局2021年度某某项目支出绩效自评报告\n项目总投资约22.66亿元,申请专项债券资金11亿元。")))
    assert {b.item: b.value for b in facts.budget_items}["budget_adjusted"] == Decimal("1100000000.00")


def test_an_allocation_whose_parts_stand_in_its_own_brackets_and_a_level_said_to_be_all() -> None:
    assert items("2023年下达我区教育督导评价奖励补助资金70万元(其中省级资金70万元)。", PROJECT_TITLE)[
        "budget_adjusted"] == Decimal("700000.00")
    found = items("2022年,省级法律援助办案补助经费共计1400万元,全部为财政经费拨款。", PROJECT_TITLE)
    assert found["budget_adjusted"] == Decimal("14000000.00") and found["funds_provincial"] == Decimal("14000000.00")
    # a level's share beside others is no budget
    assert "budget_adjusted" not in items("省级补助资金300万元,县级配套资金100万元。", PROJECT_TITLE)


def test_one_level_s_money_received_is_not_the_report_s_and_a_rate_stated_after_how_it_is_counted() -> None:
    found = items("中央和省级资金已全部到位，县级配套资金到位90.00万元，实际到位资金590.00万元。全年实际支出576.84万元。"
                  "本项目预算执行率按实际到位资金计算，为97.77%。", PROJECT_TITLE)
    assert found["funds_received"] == Decimal("5900000.00")
    assert found["execution_rate"] == Decimal("97.77")
    # a rate that the clause before does not name is no execution rate
    assert "execution_rate" not in items("项目完成较好，为97%。", PROJECT_TITLE)


def test_a_county_s_finance_arranging_matching_funds_is_the_local_level() -> None:
    found = items("上级下达项目资金1,260.00万元,其中中央资金860.00万元、省级资金400.00万元;县财政安排配套资金140.00万元。",
                  PROJECT_TITLE)
    assert found["funds_local"] == Decimal("1400000.00")
    assert "funds_local" not in items("县财政局下达资金140.00万元。", PROJECT_TITLE)


def test_a_cut_sent_down_by_the_province_is_a_reduction_and_共支_is_spending() -> None:
    title = "2021年度某县公共文化服务体系建设专项资金绩效自评报告\n"
    text = ("(2)省财政厅等部门(川财教〔2021〕132号)追减我县2021年中央公共文化服务体系建设专项资金223.57万元。\n"
            "(1)2021年公共文化服务专项资金共支182.564万元。\n")
    found = budget.extract(make_doc(title + text)).budget_items
    assert {(b.item, b.value, b.scope) for b in found} == {
        ("budget_addition", Decimal("2235700.00"), "budget_reduction"), ("expenditure_total", Decimal("1825640.00"), None)}


@pytest.mark.parametrize("whole, item", [
    ("全部为中央财政森林抚育补贴资金", "funds_central"), ("均为中央财政资金", "funds_central"),
    ("全部为一般公共预算财政拨款", "revenue_general_budget"),  # all of this one figure
    ("均为一般公共预算财政拨款", None),  # every figure before: where they came from, no figure of its own
    ("全部为当年财政拨款", "revenue_general_budget"),
])
def test_a_budget_wholly_an_upper_level_s_money_is_that_level_s_figure(whole: str, item: str | None) -> None:
    found = items(f"全年预算数480.00万元,{whole},实际支出468.48万元。", title="2025年度某县森林抚育补贴项目绩效自评报告\n")
    levels = {code: v for code, v in found.items() if code.startswith(("funds_", "revenue_"))}
    assert levels == ({item: Decimal("4800000.00")} if item else {})


def test_of_rival_allocations_the_one_its_own_parts_add_up_to_is_the_whole() -> None:
    title = "某县省级彩票公益金转移支付2023年度绩效自评报告\n"
    text = ("一、绩效目标分解下达情况\n2023年下达省级福彩公益金113万元,其中养老机构运营补贴项目48万元、社会工作服务站项目建设资金15万元、"
            "村级互助幸福院项目建设资金50万元。\n二、资金投入情况\n1.养老机构运营补贴项目:2023年下达省级福彩公益金48万元,到位资金48万元。\n"
            "(二)资金管理情况分析\n2023年共支付省级福利彩票公益金113万元。\n")
    found = items(text, title=title)
    assert found["budget_adjusted"] == Decimal("1130000.00") and found["expenditure_total"] == Decimal("1130000.00")
    # rivals none of which is the whole: no budget from them
    tranches = items("下达某县衔接资金2263万元。\n又下达某县衔接资金791万元。\n", title=title)
    assert "budget_adjusted" not in tranches


def test_安排预算_is_the_budget() -> None:
    assert items("该项目在2023年度安排预算547.615万元。", title="2023年度某转移支付绩效自评报告\n")["budget_adjusted"] \
        == Decimal("5476150.00")


def test_how_one_level_s_money_was_shared_out_is_no_level_of_the_whole_and_a_fund_s_规模_is_its_budget() -> None:
    text = ("中央核定我省粮食风险基金规模为36121.00万元(不含粮食直补),其中:中央补助15150.00万元,地方自筹20971.00万元。"
            "2022年,收到中央补助资金15150.00万元,全部补助到各级政府,其中省级支出安排489.00万元,各州市安排14661.00万元。")
    found = items(text, title="2022年度某省粮食风险基金绩效自评报告\n")
    assert found["budget_adjusted"] == Decimal("361210000.00") and "funds_provincial" not in found
    assert found["funds_central"] == Decimal("151500000.00")
    # a province's share named first is still a level
    assert "funds_provincial" in items("下达资金100万元,其中中央资金60万元,省级资金40万元。",
                                       title="2022年度某项目绩效自评报告\n")


def test_年初收支预算_is_the_initial_budget() -> None:
    assert items("2023年度年初收支预算为50289.2万元,全年预算为63501.78万元。")["budget_initial"] == Decimal("502892000.0")


def test_a_fund_named_补助地方资金_is_no_level_above_the_levels_listed_under_it() -> None:
    text = "2022年,上级财政下达我县车辆购置税收入补助地方资金共计1380.00万元,其中中央下达1150.00万元、省级下达230.00万元。"
    found = items(text, title="2022年度某县车辆购置税收入补助地方资金绩效自评报告\n")
    assert found["funds_central"] == Decimal("11500000.00") and found["funds_provincial"] == Decimal("2300000.00")


@pytest.mark.parametrize("text, left_out", [
    # money the report says is not its own: after the figure, or for the sentence before
    ("中央下达我省某项资金12600.00万元,省级安排配套资金3400.00万元,项目资金合计16000.00万元。"
     "各市州另行安排地方配套资金2380.00万元,未纳入本项目资金总额。", "funds_local"),
    ("本年共分配下达各市县转移支付资金28.65亿元,其中中央资金19.42亿元、省级资金9.23亿元。"
     "上述资金由市县组织实施,不纳入本部门预算收支。", "funds_central"),
    # who pays it out between the figure and the words that leave it out
    ("年初预算2846.30万元。此外,自治区下达的中央救灾资金3600.00万元由市财政直接拨付受灾县(区),不纳入本部门预算收支。",
     "funds_central"),
])
def test_money_the_report_leaves_out_of_its_own_is_no_item(text: str, left_out: str) -> None:
    assert left_out not in items(text)
    kept = text.replace("未纳入本项目资金总额", "用于配套工程").replace("不纳入本部门预算收支", "按期完成")
    assert left_out in items(kept)


def test_money_already_executed_is_the_spending() -> None:
    found = items("中央下达资金6200万元,已全部分解到位。目前,资金已执行3728.4万元,预算执行率60.14%。")
    assert found["expenditure_total"] == Decimal("37284000.00")


def test_money_paid_by_a_level_above_or_to_the_unit_is_received_not_spent() -> None:
    text = ("2023年度省级拨付我区农机购置补贴资金58万元,中央拨付20万元,上年度结余资金4.2万元,共计82.2万元。"
            "2023年实际使用补贴资金15.8万元。")
    found = items(text, title="2023年度某区农机购置补贴项目绩效自评报告\n")
    assert found["budget_adjusted"] == Decimal("822000.00") and found["expenditure_total"] == Decimal("158000.00")


def test_money_the_unit_paid_out_is_its_spending() -> None:
    text = "我局先后向合作社拨付农机购置补贴资金50万元、30万元,共计80万元。"
    assert items(text, title="2023年度某区农机购置补贴项目绩效自评报告\n")["expenditure_total"] == Decimal("800000.00")


@pytest.mark.parametrize("text, expected", [
    ("2023年度,我市安排政策性农业保险保费补贴预算265万元,用于保费补贴本级配套。", Decimal("2650000.00")),
    ("2023年度,我局安排基本支出预算265万元。", None),  # a spending class's budget is a part
])
def test_a_budget_arranged_for_a_purpose_is_the_budget(text: str, expected: Decimal | None) -> None:
    assert items(text).get("budget_adjusted") == expected


def test_a_project_s_one_level_figure_with_no_budget_stated_is_its_budget() -> None:
    title = "关于某区2022年度中央农业生产和水利救灾资金绩效自评报告\n"
    found = items("共下达我区2022年中央农业生产和水利救灾资金480万元,主要用于抗旱救灾。", title=title)
    assert found["budget_adjusted"] == Decimal("4800000.00")
    two = items("共下达我区中央资金480万元,省级资金120万元,主要用于抗旱救灾。", title=title)
    assert "budget_adjusted" not in two  # two levels: their sum is not stated


@pytest.mark.parametrize("levels", ["中央、省、市财政", "中央、省、县", "中央、自治区、盟、旗", "中央和省、州"])
def test_every_level_s_money_together_is_the_budget(levels: str) -> None:
    text = f"2024年{levels}衔接推进乡村振兴补助资金1640万元,全部在规定时限内下达。"
    assert items(text, title="2024年度某区衔接推进乡村振兴补助资金绩效自评报告\n")["budget_adjusted"] == Decimal("16400000.00")


@pytest.mark.parametrize("levels", ["中央、省", "省、市、县"])  # two tiers, or no central money: not all of it
def test_some_levels_money_is_not_the_budget(levels: str) -> None:
    text = f"2024年{levels}衔接推进乡村振兴补助资金1640万元,全部在规定时限内下达。"
    assert "budget_adjusted" not in items(text, title="2024年度某区衔接推进乡村振兴补助资金绩效自评报告\n")


@pytest.mark.parametrize("payer", ["自治区财政", "盟级", "上级", "州财政"])
def test_money_paid_by_any_tier_above_is_received(payer: str) -> None:
    text = (f"2023年度{payer}拨付农机购置补贴资金58万元。2023年实际使用补贴资金15.8万元。")
    found = items(text, title="2023年度某旗农机购置补贴项目绩效自评报告\n")
    assert found["budget_adjusted"] == Decimal("580000.00") and found["expenditure_total"] == Decimal("158000.00")


def test_a_budget_arranged_as_an_addition_is_the_addition() -> None:
    found = items("2021年初部门预算批复数为2816.40万元,年中根据区政府工作安排追加预算412.25万元,调整后预算为3228.65万元。")
    assert found["budget_addition"] == Decimal("4122500.00") and found["budget_adjusted"] == Decimal("32286500.00")


def test_money_paid_out_as_promised_is_the_spending() -> None:
    found = items("全年已兑现临时救助资金1.86万元。", title="2021年度某镇临时救助备用金项目支出绩效自评报告\n")
    assert found["expenditure_total"] == Decimal("18600.00")


def test_a_project_report_attached_to_a_department_s_keeps_its_figures() -> None:
    text = ("一、部门基本情况\n本局全年支出1286.40万元。\n四、自评结论\n本局整体绩效自评分95分。\n附件2\n"
            "某县2020年度移民后期扶持资金项目绩效评价报告\n一、项目概况\n共下达我县2020年度移民后扶资金2272万元,"
            "其中:中央资金1753万元,省级资金519万元。\n")
    found = items(text)
    assert found["expenditure_total"] == Decimal("12864000.00")
    assert "budget_adjusted" not in found and "funds_central" not in found
    plain = items(text.replace("附件2\n", ""))
    assert "funds_central" in plain  # without the attachment line the figures stand in the report


def test_the_year_s_income_wholly_from_the_general_budget() -> None:
    found = items("本年收入合计22000000.00元,全部为一般公共预算财政拨款收入,较上年增加1153487.64元。")
    assert found["revenue_total"] == found["revenue_general_budget"] == Decimal("22000000.00")


def test_the_tier_that_granted_a_project_s_money_names_its_level() -> None:
    granted = items("省财政厅、省农牧厅以青财农字〔2017〕516号文件下达项目资金480.00万元,县财政安排配套资金60.00万元,"
                    "项目全年预算540.00万元。", PROJECT_TITLE)
    assert granted["funds_provincial"] == Decimal("4800000.00") and granted["funds_local"] == Decimal("600000.00")
    assert "revenue_general_budget" not in granted  # the county's money is one level's share beside the province's
    local = items("2022年旗财政年初安排森林草原防火经费260.00万元;5月,自治区财政下达森林草原防火补助资金180.00万元。",
                  PROJECT_TITLE)
    assert local["funds_local"] == local["budget_initial"] == Decimal("2600000.00")
    assert local["funds_provincial"] == Decimal("1800000.00")
    # a county's bureau passing money on grants none of its own, and a department's budget from its finance
    # is no level's share
    assert "funds_local" not in items("县农业农村局下达项目资金300.00万元,县财政下达中央资金200.00万元。", PROJECT_TITLE)
    assert items("县财政局下达我局年初预算1,200.00万元。") == {"budget_initial": Decimal("12000000.00")}


def test_each_level_s_share_named_by_its_finance_and_verb_alone() -> None:
    found = items("2022年,中央财政下达学生资助资金186.40万元,省级财政下达92.60万元,县财政安排46.00万元,"
                  "项目全年预算325.00万元。", PROJECT_TITLE)
    assert (found["funds_central"], found["funds_provincial"], found["funds_local"]) == (
        Decimal("1864000.00"), Decimal("926000.00"), Decimal("460000.00"))
    # central money a province passes on is the centre's
    assert "funds_provincial" not in items("自治区下达的中央救灾资金3600.00万元全部用于受灾群众救助。", PROJECT_TITLE)


def test_the_whole_budget_from_the_unit_s_own_tier_s_general_budget_is_that_source() -> None:
    found = items("调整后预算13,522.75万元，全部为区级一般公共预算财政拨款。")
    assert found["revenue_general_budget"] == found["budget_adjusted"] == Decimal("135227500.00")
    # the tier's money by an umbrella word says whose it is, not which source
    assert "revenue_general_budget" not in items("全年预算数480.00万元，全部为县级财政资金。")


def test_a_tier_money_is_handed_down_to_is_no_source_of_the_department_s() -> None:
    found = items("调整后预算59,848.55万元。项目支出中，按因素法分配下达市县的林业专项资金31,280.00万元，已于9月底前全部拨付到位。")
    assert "funds_local" not in found
    # the tier as the money's source stays one
    assert items("项目全年预算540.00万元，其中中央资金480.00万元，市县配套资金60.00万元。", PROJECT_TITLE)["funds_local"] == Decimal(
        "600000.00")


def test_a_tier_s_first_budget_of_the_year_is_the_initial_budget() -> None:
    found = items("2024年县级年初预算安排项目资金320.00万元；年中省级财政下达柑橘产业发展资金，追加预算180.00万元，"
                  "调整后预算500.00万元，其中省级资金180.00万元、县级资金320.00万元。", PROJECT_TITLE)
    assert found["budget_initial"] == found["funds_local"] == Decimal("3200000.00")
    assert found["budget_adjusted"] == Decimal("5000000.00")


def test_the_source_a_sentence_names_for_the_year_s_budget_outweighs_the_tier_that_granted_its_first_money() -> None:
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    text = ("2023年市财政年初安排项目预算1,260.00万元，主汛期追加防汛应急抢险经费340.00万元，调整后预算1,600.00万元，"
            "全部为一般公共预算资金。")
    facts = resolve(budget.extract(make_doc(PROJECT_TITLE + text)))
    assert facts.item("revenue_general_budget").value == Decimal("16000000.00")


def test_money_said_to_be_in_the_budget_the_year_began_with_is_the_initial_budget() -> None:
    found = items("2022年中央财政下达营养膳食补助资金786.20万元，全部列入年初预算，实际到位资金786.20万元。", PROJECT_TITLE)
    assert found["budget_initial"] == found["funds_central"] == found["funds_received"] == Decimal("7862000.00")
    assert found["budget_adjusted"] == Decimal("7862000.00")  # one level's allocation, unchanged: the year's budget
    assert items("项目资金300.00万元，已全部纳入年初预算。", PROJECT_TITLE)["budget_initial"] == Decimal("3000000.00")
    # a figure no wording names, but the words after it
    assert items("2022年共争取到786.20万元，全部列入年初预算。", PROJECT_TITLE) == {"budget_initial": Decimal("7862000.00")}
    # the budget the year began with, not the adjusted one: no initial budget said
    assert "budget_initial" not in items("项目资金300.00万元，已全部拨付到位。", PROJECT_TITLE)
    # `均列入年初预算` after a split speaks of all its parts at once, no one figure's
    split = items("2022年本年财政拨款1,380.00万元，其中中央水利发展资金1,100.00万元、自治区配套资金280.00万元，均列入年初预算。",
                  PROJECT_TITLE)
    assert "budget_initial" not in split and split["funds_provincial"] == Decimal("2800000.00")
