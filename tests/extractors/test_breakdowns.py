import pytest

from extractors import breakdowns
from pipeline.extraction.resolve import resolve
from pipeline.rules import breakdowns as rules
from tests.conftest import make_doc

TITLE = "2022年度某县某局部门整体支出绩效自评报告\n"


def flags(text: str) -> list[tuple[str, str]]:
    facts = resolve(breakdowns.extract(make_doc(TITLE + text)))
    out = rules.parts_sum(facts) + rules.count_list(facts) + rules.grade_buckets(facts)
    return [(f.rule, f.severity.value) for f in out]


@pytest.mark.parametrize("text, expected", [
    ("全年发放各类补贴3600.00万元,分别为职业培训补贴1200.00万元、社保补贴1400.00万元、岗位补贴1000.00万元。", []),
    ("全年发放各类补贴3600.00万元,分别为职业培训补贴1200.00万元、社保补贴1400.00万元、岗位补贴900.00万元。",
     [("breakdown.parts_sum", "error")]),
    ("项目资金500万元,其中设备购置200万元、人员培训100万元。", [("breakdown.parts_sum", "warning")]),
    ("项目资金500万元,其中设备购置400万元、人员培训200万元。", [("breakdown.parts_sum", "error")]),
    ("核定编制50人,其中行政编制30人、事业编制20人。", []),
    ("核定编制50人,其中行政编制30人、事业编制15人。", [("breakdown.parts_sum", "warning")]),
    ("下属事业单位3个,分别是区安全生产宣传教育培训中心、区应急救援指挥中心、区总值班室。", []),
    ("下属事业单位10个,分别是一中心、二中心、三中心、四中心、五中心、六中心、七中心、八中心和九中心。",
     [("breakdown.count_list", "error")]),
    ("下属单位5个,包括区文化馆、区图书馆等。", []),
    ("共对15个项目开展自评,涉及资金900万元。其中自评“优”的项目12个,资金800万元;“良”的项目3个,资金100万元。", []),
    ("共对15个项目开展自评,涉及资金900万元。其中自评“优”的项目12个,资金850万元;“良”的项目3个,资金100万元。",
     [("breakdown.grade_buckets", "error")]),
    ("本年支出100万元,其中基本支出60万元,项目支出30万元。", []),  # budget figures: the budget rules' business
    # `上述6个`: the total named again, not a part (the list is 1 + 5)
    ("纳入本部门决算汇总范围的单位共6个,包括局机关本级和甲中心、乙中心、丙站、丁所、戊队5个所属单位;"
     "本报告反映上述6个单位汇总后的整体支出情况。", []),
])
def test_breakdowns(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_last_year_s_figure_beside_a_total_is_no_total_of_the_parts_after_it() -> None:
    assert flags("全年办理法律援助案件655件，上年为588件，其中民事案件412件、刑事案件243件。") == []
    assert flags("全年办理法律援助案件655件，上年为588件，其中民事案件412件、刑事案件233件。") != []


def test_a_standard_per_mu_and_the_clause_after_a_semicolon_are_no_parts() -> None:
    # `每亩1000元` is a rate, `结余13.50万元` after the rate clause is the whole's: one part, a partial list
    text = "全年实际支出486.50万元,其中按每亩1000元标准向实施主体兑付补助320.00万元;预算执行率97.30%,结余13.50万元。"
    assert flags(text) == []
    # parts each after a semicolon are still the list's
    assert flags("全年支出90万元,其中:设备40万元;培训30万元;宣传10万元。") == [("breakdown.parts_sum", "error")]


def test_tranches_are_the_parts_of_the_figure_before_them() -> None:
    text = ("全年发放补贴500.00万元，其中困难群众补贴400.00万元，分两批下达：第一批300.00万元，第二批100.00万元；"
            "临时救助100.00万元。")
    assert flags(text) == []
    assert flags("全年发放补贴500.00万元，其中困难群众补贴400.00万元，临时救助90.00万元。") == [("breakdown.parts_sum", "warning")]


def test_a_name_with_he_is_one_name_when_the_count_says_so() -> None:
    assert flags("内设机构3个,分别是办公室、财务股、规划和建设股。") == []
    assert flags("内设机构3个,分别是办公室、财务股和业务股。") == []


def test_figures_side_by_side_each_with_its_use_are_no_breakdown() -> None:
    # `其中:` opens the parts of the earlier sentence's 90万元; each part names its own use
    text = "本项目共申请预算资金90万元。其中:30万元用于预算编制;30万元用于工程审计;30万元用于设计、规划、测绘。"
    assert flags(text) == []
    assert flags("本项目共申请预算资金90万元,其中:30万元用于预算编制;30万元用于工程审计;29.99万元用于设计。") == []


def test_a_list_cut_by_the_end_of_the_text_is_not_checked() -> None:
    assert flags("全年项目支出87.5万元,分别是交流经费5万元,评审费18万元,专家经费2.5万元,工作经费18万元,科") == []
    assert flags("全年项目支出87.5万元,分别是交流经费5万元,评审费18万元,专家经费2.5万元。") == [
        ("breakdown.parts_sum", "error")]


def test_a_count_list_message_says_its_measure_word_once() -> None:
    from schemas.messages import render

    facts = resolve(breakdowns.extract(make_doc(
        TITLE + "直属事业单位10个,即一中心、二中心、三中心、四中心、五中心、六中心、七中心、八中心和九中心。")))
    (flag,) = rules.count_list(facts)
    text = render(flag.text, "zh")
    assert "10个个" not in text and "10个" in text


def test_levels_under_a_total_named_by_its_funding_verb_are_the_budget_rules_business() -> None:
    # funds.levels_sum checks 中央 + 省级 + 地方 against the budget; no second flag for the same sum
    assert flags("林区财政局先后两批下达本项目衔接资金共计1260000.00元，其中中央财政衔接补助资金800000.00元、"
                 "省级财政衔接补助资金300000.00元、林区级衔接资金180000.00元。") == []


def test_parts_listed_in_the_sentence_after_their_total() -> None:
    text = ("下达某县2023年中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库维修养护25万元,"
            "农村饮水工程维修养护55万元,小流域综合治理700万元,山洪灾害防治6万元,水资源管理14万元,农业水价改革18万元。")
    assert flags(text) == [("breakdown.parts_sum", "error")]  # 10万元 short of a complete 其中 list
    assert flags(text.replace("1435万元", "1445万元")) == []


def test_a_next_sentence_s_parts_belong_to_a_lone_figure_only() -> None:
    # two figures before the 其中 sentence: its parts may be either's (here the spending's)
    assert flags("全年支出461.52万元,结转结余24.48万元。其中:防火隔离带198.40万元,扑火机具156.32万元,"
                 "视频监控78.60万元,培训演练28.20万元。") == []


def test_a_list_with_an_amount_masked_or_blank_is_not_checked() -> None:
    # Copies on sharing sites hide some amounts behind a link; a form left blank has none.
    assert flags("全年发放林业补助1.53万元,分别为抚育补助 点击查看>> 万元,造林补助2.42万元,"
                 "防治补助2.88万元,管护补助1.12万元。") == []
    assert flags("全年发放各类补贴10万元,分别为培训补贴X万元,社保补贴6万元,岗位补贴8万元。") == []
    assert flags("全年发放各类补贴10万元,分别为培训补贴 万元,社保补贴6万元,岗位补贴8万元。") == []
    assert flags("全年发放各类补贴10万元,分别为培训补贴5万元,社保补贴7万元,岗位补贴8万元。") == [
        ("breakdown.parts_sum", "error")]


def test_a_list_with_a_cut_among_its_parts_is_not_summed() -> None:
    assert flags("全年发放林业补助1.5万元,分别为生态补偿调减2.6万元,造林补助2.4万元,抚育补助1.7万元。") == []
    assert flags("全年发放林业补助1.5万元,分别为生态补偿2.6万元,造林补助2.4万元,抚育补助1.7万元。") == [
        ("breakdown.parts_sum", "error")]


def test_figures_a_part_takes_up_are_inside_that_part_not_beside_it() -> None:
    text = ("全年发放各类补助3307.77万元,分别为困难群众补助1680.11万元,城市低保占854万元,农村低保占826.11万元;"
            "特困供养补助1627.66万元,城市特困占216.85万元,农村特困占722.80万元,临时救助占688.01万元。")
    assert flags(text) == []
    assert flags(text.replace("特困供养补助1627.66万元", "特困供养补助1637.66万元")) == [("breakdown.parts_sum", "error")]


@pytest.mark.parametrize("text, expected", [
    # three or more parts, none partial, the sentence ending with the last: the list is all of it
    ("下达中央水利发展资金2263万元。其中:中小河流治理1435万元,水库维修养护25万元,饮水工程维修养护55万元,"
     "小流域综合治理700万元,山洪灾害防治6万元,水资源管理14万元,农业水价改革18万元。", [("breakdown.parts_sum", "error")]),
    ("项目资金500万元,其中设备购置200万元、人员培训100万元、宣传50万元。", [("breakdown.parts_sum", "error")]),
    # a word that makes the list partial, or prose after the last part: only a warning
    ("项目资金500万元,其中设备购置200万元、人员培训100万元、宣传50万元等。", [("breakdown.parts_sum", "warning")]),
    ("项目资金500万元,其中重点用于设备购置200万元、人员培训100万元、宣传50万元。", [("breakdown.parts_sum", "warning")]),
    ("项目资金500万元,其中设备购置200万元、人员培训100万元、宣传50万元,均已支付完毕。", [("breakdown.parts_sum", "warning")]),
])
def test_a_complete_qizhong_list_short_of_its_total_is_an_error(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_a_list_after_具体是_in_the_next_sentence_adds_up_to_the_total_before_it() -> None:
    text = ("一是某管理处,下达预算资金9378万元。具体是:修缮展示工程3005万元;结构检测工程1235万元;古籍数字化255万元;"
            "预防性保护429万元;抢救性保护1228万元;消防提升工程1613万元。")
    assert flags(text) == [("breakdown.parts_sum", "error")]
    assert flags(text.replace("1613万元", "3226万元")) == []


def test_parts_after_a_sentence_s_end_that_add_up_to_an_earlier_figure_are_its_parts() -> None:
    text = ("本年支出合计61658.08万元,预算执行率为97.10%。年末结转结余1843.7万元。其中,基本支出13645.88万元、"
            "项目支出47881.27万元、经营支出130.93万元。\n")
    assert breakdowns.extract(make_doc(TITLE + text)).breakdowns == ()
    # adding up to no figure of the paragraph: still the figure's before them
    missed = text.replace("130.93万元。", "100.00万元。")
    (found,) = breakdowns.extract(make_doc(TITLE + missed)).breakdowns
    assert found.total.stated == "1843.7万元"


def test_the_figure_a_change_is_measured_from_is_no_total_of_the_parts_after_it() -> None:
    # `较2023年的12,864.30万元增加322.12万元；其中…`: the parts are the spending's, a budget figure the budget
    # rules check; neither last year's figure nor the change is their total
    text = "全年支出13,186.42万元，较2023年的12,864.30万元增加322.12万元；其中基本支出4,862.96万元，项目支出8,323.46万元。"
    assert flags(text) == []
    assert flags("全年举办培训65期，较2023年的58期增加7期；其中线上培训40期、线下培训25期。") == []
    assert flags("全年举办培训65期，较2023年的58期增加7期；其中线上培训40期、线下培训20期。") != []
