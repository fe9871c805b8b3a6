from decimal import Decimal

import pytest

from extractors import projects
from tests.conftest import make_doc


@pytest.mark.parametrize("text, name, budget, executed, rate", [
    ("“执法综合业务费”项目全年预算数为80.17万元,执行数为80.17万元,完成预算的100%。",
     "执法综合业务费", "801700.00", "801700.00", "100"),
    ("“城乡居民最低生活保障”项目全年预算数2,150.00万元,执行数2,138.62万元,执行率99.47%;",
     "城乡居民最低生活保障", "21500000.00", "21386200.00", "99.47"),
    ("“校舍修缮”项目预算数为120万元,已于本年度支出96万元,预算完成率80%。", "校舍修缮", "1200000.00", "960000.00", "80"),
    ("组织对“琶洲地区区域评估经费”1个政府性基金预算项目开展绩效自评,共涉及资金168.4万元。",
     "琶洲地区区域评估经费", "1684000.00", None, None),
])
def test_project_wordings(text: str, name: str, budget: str, executed: str | None, rate: str | None) -> None:
    (p,) = projects.extract(make_doc(text)).projects
    assert p.name == name
    assert p.budget is not None and p.budget.value == Decimal(budget)
    assert (p.executed.value if p.executed else None) == (Decimal(executed) if executed else None)
    assert (p.execution_rate.value if p.execution_rate else None) == (Decimal(rate) if rate else None)


def test_two_projects_in_one_sentence_do_not_share_figures() -> None:
    text = "“甲项工程”项目预算数10万元,执行数9万元;“乙项工程”项目预算数20万元,执行数20万元。"
    found = {p.name: (p.budget.value, p.executed.value) for p in projects.extract(make_doc(text)).projects}
    assert found == {"甲项工程": (Decimal("100000.00"), Decimal("90000.00")), "乙项工程": (Decimal("200000.00"), Decimal("200000.00"))}


def test_a_quoted_name_without_amounts_is_no_project() -> None:
    assert projects.extract(make_doc("开展“安全生产月”项目宣传活动。")).projects == ()


def test_the_unit_s_own_short_name_in_quotes_is_no_project() -> None:
    text = "2024年,某州数据中心(以下简称“州数据中心”)实施项目共15个,调整预算后项目预算861.46万元。"
    assert projects.extract(make_doc(text)).projects == ()
    quoted = "“州数据中心”运维项目预算数10万元,执行数9万元。"
    assert [p.name for p in projects.extract(make_doc(quoted)).projects] == ["州数据中心"]


def test_a_project_heading_owns_the_figures_of_its_paragraph() -> None:
    from extractors import projects as project_extractor

    doc = make_doc("2017年度某县林业局部门整体支出绩效自评报告\n三、重点项目实施情况\n"
                   "(一)“森林防火”项目。安排资金61.80万元,已支付61.80万元,执行率100%。全年巡查1280人次。\n"
                   "(二)“林业有害生物防治”项目。自治区下达资金40.00万元,已拨付到林农38.00万元,执行率95%。\n")
    found = {p.name: (p.budget.value if p.budget else None, p.executed.value if p.executed else None,
                      p.execution_rate.value if p.execution_rate else None)
             for p in project_extractor.extract(doc).projects}
    assert found == {"森林防火": (Decimal("618000.00"), Decimal("618000.00"), Decimal("100")),
                     "林业有害生物防治": (Decimal("400000.00"), Decimal("380000.00"), Decimal("95"))}


def test_lines_that_open_with_a_name_glued_to_its_budget() -> None:
    text = ("2022年度某县交通运输局部门整体支出绩效自评报告\n"
            "项目支出3,612.64万元，主要用于农村公路建设、干线公路养护和客运补贴。其中：\n"
            "农村公路安全生命防护工程全年预算1,260.00万元，支出1,221.38万元，执行率96.93%；\n"
            "国省干线公路养护全年预算840.50万元，支出840.50万元，执行率100.00%；\n"
            "项目年初预算386.00万元，调整后预算400.00万元。\n"
            "本年度全年预算5,000.00万元，支出4,800.00万元。\n")
    found = {p.name: p for p in projects.extract(make_doc(text)).projects}
    assert set(found) == {"农村公路安全生命防护工程", "国省干线公路养护"}
    assert found["农村公路安全生命防护工程"].budget is not None
    assert found["农村公路安全生命防护工程"].budget.value == Decimal("12600000.00")
    assert found["国省干线公路养护"].execution_rate is not None
    assert found["国省干线公路养护"].execution_rate.value == Decimal("100.00")


def test_a_heading_s_project_word_is_dropped_when_the_report_lists_the_name_with_its_amount() -> None:
    head = "2023年度某市市场监督管理局部门整体支出绩效自评报告\n三、重点项目实施情况\n"
    listed = "项目支出600.00万元,其中食品安全监督抽检412.86万元、知识产权奖补187.14万元。\n"
    heading = "1.食品安全监督抽检项目:全年预算420.00万元,执行数412.86万元,执行率98.30%。\n"
    names = [p.name for p in projects.extract(make_doc(head + listed + heading)).projects]
    assert names == ["食品安全监督抽检"]
    # named only with 项目 (or listed without an amount): the name keeps it
    names = [p.name for p in projects.extract(make_doc(head + "重点保障食品安全监督抽检等工作。\n" + heading)).projects]
    assert names == ["食品安全监督抽检项目"]


def test_a_numbered_heading_names_the_project_whose_figures_the_next_sentence_states() -> None:
    doc = make_doc("2021年度某市卫生健康局部门整体支出绩效自评报告\n(二)重点项目执行情况\n"
                   "1.基本公共卫生服务项目。该项目全年预算数2846.00万元,执行数2803.31万元,预算执行率98.50%。\n")
    (p,) = projects.extract(doc).projects
    assert (p.name, p.budget and p.budget.value, p.executed and p.executed.value) == (
        "基本公共卫生服务项目", Decimal("28460000.00"), Decimal("28033100.00"))


def test_a_quoted_name_its_budget_follows_at_once_is_a_project() -> None:
    text = ("主要项目执行情况:“城乡低保资金”全年预算数为4,120.00万元,执行数为3,986.50万元,完成预算的96.76%;"
            "“特困人员救助供养”预算数为980.00万元,执行数为912.60万元,预算执行率93.12%。")
    found = {p.name: (p.budget and p.budget.value, p.execution_rate and p.execution_rate.value)
             for p in projects.extract(make_doc(text)).projects}
    assert found == {"城乡低保资金": (Decimal("41200000.00"), Decimal("96.76")),
                     "特困人员救助供养": (Decimal("9800000.00"), Decimal("93.12"))}


def test_a_fund_named_for_what_it_pays_is_a_project_but_money_named_by_its_source_is_not() -> None:
    text = ("(四)重点项目执行情况。城乡居民最低生活保障资金全年预算数3,860.00万元,执行数3,812.46万元,完成预算的98.77%;"
            "特困人员救助供养资金预算数为1,120.00万元,执行数为1,098.30万元,预算执行率98.06%。")
    assert [p.name for p in projects.extract(make_doc(text)).projects] == ["城乡居民最低生活保障资金", "特困人员救助供养资金"]
    assert projects.extract(make_doc("全年情况。县级配套资金全年预算数100.00万元,执行数90.00万元。")).projects == ()


def test_a_total_row_or_a_bureau_s_approval_names_no_project() -> None:
    text = ("重点项目执行情况\n年度资金总额:全年预算120.00万元,执行数118.00万元。\n"
            "县财政局批复本项目预算120.00万元,执行数118.00万元。\n"
            "5月,县财政据此追加项目预算26.45万元,全年预算186.45万元。\n")
    assert projects.extract(make_doc(text)).projects == ()


def test_project_ends_the_name_before_a_full_year_budget_and_is_the_budget_s_noun_before_预算() -> None:
    text = ("# 某县文化广电旅游体育局2023年度部门整体支出绩效自评报告\n\n"
            "全民健身设施建设项目全年预算860.00万元，执行842.80万元，执行率98.00%；"
            "法律援助办案补贴项目预算48.00万元，实际支出46.30万元。\n")
    names = [p.name for p in projects.extract(make_doc(text)).projects]
    assert names == ["全民健身设施建设项目", "法律援助办案补贴"]


def test_a_numbered_list_run_on_inside_a_sentence_names_its_projects() -> None:
    text = ("2022年度某县司法局部门整体支出绩效自评报告\n全年实施项目3个:1.法律援助经费,预算98.00万元,支出96.52万元,"
            "执行率98.49%;2.人民调解以案定补经费,预算86.40万元,支出84.90万元,执行率98.26%;3.社区矫正工作经费,"
            "预算93.00万元,支出93.00万元,执行率100.00%。得分:9.5,预算执行较好。\n")
    found = {p.name: p for p in projects.extract(make_doc(text)).projects}
    assert set(found) == {"法律援助经费", "人民调解以案定补经费", "社区矫正工作经费"}
    assert found["人民调解以案定补经费"].executed is not None
    assert found["人民调解以案定补经费"].executed.value == Decimal("849000.00")


def test_a_sub_project_keeps_its_word_and_a_comma_may_stand_before_its_budget() -> None:
    text = ("2023年度某区园林绿化局部门整体支出绩效自评报告\n其中,坝体防渗加固子项目预算260.00万元,已支出256.10万元,执行率98.50%。\n"
            "项目支出主要包括:森林防火项目,全年预算数1,210.00万元,执行数1,186.20万元,预算执行率98.03%;"
            "野生动物疫源疫病监测项目,全年预算数186.00万元,执行数178.40万元,预算执行率95.91%等。\n")
    found = {p.name: p for p in projects.extract(make_doc(text)).projects}
    assert set(found) == {"坝体防渗加固子项目", "森林防火项目", "野生动物疫源疫病监测项目"}
    assert found["森林防火项目"].budget is not None and found["森林防火项目"].budget.value == Decimal("12100000.00")


def test_uses_listed_with_their_budget_and_spending_in_brackets_are_projects_the_list_s_verb_no_name() -> None:
    from extractors import projects
    from tests.conftest import make_doc
    text = ("2017年度某县林业局部门整体支出绩效自评报告\n项目支出1232.24万元,主要用于天然林保护工程(预算420.00万元,支出416.50万元,"
            "执行率99.17%)、森林防火(预算160.00万元,支出151.36万元,执行率94.60%)等项目。森林防火(宣传)工作有序开展。\n")
    found = projects.extract(make_doc(text)).projects
    assert [(p.name, str(p.budget.value) if p.budget else None) for p in found] == [
        ("天然林保护工程", "4200000.00"), ("森林防火", "1600000.00")]
