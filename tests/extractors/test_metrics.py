from decimal import Decimal

import pytest

from extractors.metrics import find_metrics


def one(text: str):  # type: ignore[no-untyped-def]
    found = find_metrics(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, unit, qualifier, subject", [
    ("全区大检查累计出动执法人员11436人次,", "11436", "人次", "", "执法人员"),
    ("检查企业22279家次。", "22279", "家次", "", "检查企业"),
    ("常态化开展支部学习日活动,共计60余次。", "60", "次", "余", "活动"),
    ("全区逾10000人次参与。", "10000", "人次", "逾", "参与"),
    ("活动覆盖面人数达25万余人。", "250000", "人", "余", "覆盖面"),
    ("处罚金额1203.2万元。", "12032000.00", "元", "", "处罚金额"),
    ("同比增长128%。", "128", "%", "", "同比增长"),
    ("依法依规对年内9起生产安全事故开展调查。", "9", "起", "", "事故"),
    ("为182名特困人员落实基本生活保障。", "182", "名", "", "特困人员"),
    ("较上年提高1.2个百分点。", "1.2", "百分点", "", "提高"),
    ("养护里程1180.5公里。", "1180.5", "公里", "", "养护里程"),
    ("送书下乡116559册次。", "116559", "册次", "", "送书下乡"),
    ("捐赠市值近20万元的物资。", "200000.00", "元", "近", "市值"),
    ("全年免疫各类畜禽326.8万头只。", "3268000.0", "头只", "", "免疫各类畜禽"),
    ("强制免疫牛羊1864000头次。", "1864000", "头次", "", "强制免疫牛羊"),
    ("全年接种疫苗32.6万剂次。", "326000.0", "剂次", "", "接种疫苗"),
    ("生产木耳菌包826万袋。", "8260000", "袋", "", "生产木耳菌包"),
    ("执行到位金额3.26亿元;", "326000000.00", "元", "", "执行到位金额"),
    ("维修涵洞146道。", "146", "道", "", "涵洞"),
    ("户政窗口办理户籍业务3.4万笔。", "34000.0", "笔", "", "户籍业务"),
    # money with no wording before it is named by what it paid for, not by `用于`
    ("本项目共完成预算资金89.97万元。其中:29.99万元用于基建工程项目设计、规划、测绘。", "299900.00", "元", "",
     "基建工程项目设计"),
])
def test_achievement_wordings(text: str, value: str, unit: str, qualifier: str, subject: str) -> None:
    m = one(text)
    assert (m.figure.value, m.unit, m.qualifier) == (Decimal(value), unit, qualifier)
    assert subject in m.subject


@pytest.mark.parametrize("text", [
    "6月24日举行演练。",
    "2022年度工作。",
    "深入学习党的二十大精神。",
    "落实“十四五”规划。",
    "增配800M集群对讲机。",
    "海珠“10·22”疫情期间。",
    "严格落实“3个第一时间”规定。",
    "支援第6网格。",
    "城镇新增就业12000人以上。",
    "满意度不低于90%。",
    "低于4.5%的控制目标。",
    "基本支出389512.47万元,占全年执行数的81.33%。",
    "年初预算为2626.63万元。",
    "预算执行率为98.15%。",
    "资金到位率100%。",
    "湘财社指〔2022〕27号。",
    # the budget's history: how often money moved, how much it grew
    "年度执行中,先后3次追加食品安全抽检等专项经费。",
    "奖补资金分2批下达。",
    "本年全年预算较上年增加498.22万元,增长8.69%。",
    # a measure word beginning another word; a document site's page counter
    "开展2020人口普查经费保障工作。",
    "修复3道路段。",
    "组织2022笔试考务工作。",
    "1 根据县政府要求开展工作。",
    "第3页 / 共27页",
    "已阅读5页,还剩1页未读",
    "本年收入合计较上年的13530.32万元增加856.20万元,增长6.33%。",
    "本年支出合计24986.35万元,较上年决算数23705.86万元增加1280.49万元,增长5.40%。",
    # a deduction's reason and the balance's explanation
    "扣分原因是1个为农服务中心受疫情影响未能完工。",
    "剩余32.12万元为1个为农服务中心的工程尾款。",
    # a shortfall, and the change of the budget's own rate
    "标准化羊场改造数量较计划少2个。",
    "受不利气象条件影响,优良天数较年度目标少4天。",
    "项目支出403.24万元(因四舍五入,分项之和与合计存在0.01万元尾差)。",
    "全年预算执行率97.42%,较上年提高1.05个百分点。",
    # last year's figure, stated to compare with; a plan at the year's start; money not yet come or paid
    "上年为\n11352家次。",
    "比上年的15.86万人次增长",
    "全年发生生产安全事故较上年的8起",
    "年初计划治理中小河流35公里。",
    "尚未到位的86.00万元已申请在下年度拨付。",
    "已到位尚未支付的15.48万元为质量保证金。",
    "按到位资金计算,到位资金支出率为98.00%。",
    "与上年相比,调整后预算增加6083.45万元,本年支出增加6369.58万元。",
    "全年支出相当于年初预算的112.03%,主要是年中追加了配套经费。",
    "县级配套资金因县财政困难到位30.00万元。",
])
def test_not_metrics(text: str) -> None:
    assert find_metrics(text) == []


@pytest.mark.parametrize("text, kept", [
    # the plan a result is measured against (the text as normalized: ASCII commas)
    ("全年拆除违法建设8.6万平方米,完成年度任务8万平方米的107.5%。", ["86000.0", "107.5"]),
    ("全年改造提升低产茶园5120亩,超过年度目标5000亩。", ["5120"]),
    ("全年完成人工造林1.26万亩,完成年度造林任务1.2万亩的105%。", ["12600.00", "105"]),
    ("完成投资5000万元的80%。", ["80"]),
    ("全年完成审计项目26个,完成年度计划24个的108.33%,上年完成22个。", ["26", "108.33"]),
    ("全年完成任务12项。", ["12"]),  # a result of its own
    ("抽检合格率98.6%,高于省定97%的目标。", ["98.6"]),
    ("林业有害生物成灾率低于市下达的4‰控制指标。", []),
    ("提供档案资料1.12万卷次。", ["11200.00"]),
    ("另有对口援藏资金50.00万元用于培训基地实训设备购置,单独核算,不纳入本项目自评范围。", []),
    ("完成馆藏档案数字化加工86.4万页,为年度目标(80万页)的108.0%。", ["864000.0", "108.0"]),
    # a money rate in brackets after its wording; a rate of things is a result
    ("项目支出执行率(92.46%)低于部门整体预算执行率。", []),
    ("群众满意率(95.3%)较高。", ["95.3"]),
    # last year's result, for comparison
    ("完成脐橙品种改良4398亩。上年全县完成品种改良3860亩。", ["4398"]),
    # the treasury's money, and the money handed down to the towns
    ("全年罚没收入386.20万元,按规定全额缴入县级国库,不列入本局收入。", []),
    ("全年查处案件罚没款412.36万元,已全部缴入国库,不作为本局收入。", []),
    ("立案查处违法行为42件,罚没款86.50万元已全额缴入国库;组织应急演练126场次。", ["42", "126"]),
    ("县财政已拨付至乡镇和项目实施单位5921.60万元。", []),
    # the rest of the money after its parts
    ("其余513.40万元为禁毒、消防监督等小额项目支出。", []),
    # the whole a counted share is taken of; a count done, then its part, stays a result
    ("全县289个行政村中236个建有村级服务点,覆盖率81.66%。", ["236", "81.66"]),
    ("全镇共有46个村当中已有41个通客车。", ["41"]),
    ("抽查企业120家中合格115家。", ["120", "115"]),
    ("完成农村公益电影放映3276场,实现全县273个行政村每村每月放映1场。", ["3276"]),
    # the places the work was done in, and the growth of the budget's own figures
    ("2020年在4个村寨修缮鼓楼、风雨桥等民族特色建筑11座。", ["11"]),
    ("项目支出较上年增长8.62%,主要是任务增加。全县居民人均可支配收入较上年增长8.2%。", ["8.2"]),
    ("旅游综合收入同比增长6.5%。全年“三公”经费支出较上年下降12.3%。", ["6.5", "12.3"]),
    ("全年接待游客46.3万人次,实现旅游收入2.86亿元,同比增长12.4%。", ["463000.0", "286000000.00", "12.4"]),
    ("全年部门收入2.86亿元,同比增长12.4%。", []),
    ("与上年相比,收入增加186.25万元、增长12.07%,支出增加172.36万元、增长11.40%。", []),
    # money the paragraph then puts outside the unit's
    ("乡政府自筹46.50万元用于入户管网配套;县林业局使用植被恢复费38.60万元改造管网。这两笔资金由各自单位管理,"
     "不在本项目预算内。\n全年新建供水工程4处。", ["4"]),
    # the area's own places; the year's plan, then the result; a goal handed down; a survey's sample
    ("辖区6个村发展特色种植1360亩,培育农民专业合作社9家。", ["1360", "9"]),
    ("年度计划新建农村幸福院13处,实际建成12处,新增养老床位360张。", ["12", "360"]),
    ("空气质量优良天数比例为96.7%,高于省下达的目标93.5%。", ["96.7"]),
    ("随机抽取120户牧户开展问卷调查,牧户满意度为95.8%。", ["95.8"]),
    ("对300户项目区农户开展问卷调查,满意度为95.7%。", ["95.7"]),
    ("对项目区200户茶农开展问卷调查,满意度为93.5%。依法对年内9起事故开展调查。", ["93.5", "9"]),
    ("发放问卷500份,满意度96.2%。", ["500", "96.2"]),
    ("工作小组向150户种植户发放满意度调查问卷,回收有效问卷146份,种植户满意度为95.2%。", ["146", "95.2"]),
    # a compound unit of measure
    ("项目区耕地土壤有机质含量平均提高0.8克/千克。", ["0.8"]),
])
def test_plans_last_year_treasury_and_remainder_are_no_results(text: str, kept: list[str]) -> None:
    assert [str(m.figure.value) for m in find_metrics(text)] == kept


def test_figures_of_the_page_a_report_was_published_on_are_no_metrics() -> None:
    from extractors.metrics import find_metrics

    text = ("《某校专项资金绩效自评报告.docx(2页珍藏版)》由会员分享,可在线阅读。\n"
            "项目的绩效自评报告(精选20篇)\n"
            "全年资助学生1236人次。网站全年访问量186万次。")
    assert [(str(m.figure.value), m.unit) for m in find_metrics(text)] == [("1236", "人次"), ("1860000", "次")]


def test_a_figure_against_a_control_target_or_a_per_head_standard_is_no_metric() -> None:
    from extractors.metrics import find_metrics

    text = "全年发生森林火灾3起,低于控制指标82起。学校按生均1000元安排公用经费。"
    assert [(str(m.figure.value), m.unit) for m in find_metrics(text)] == [("3", "起")]
    # a count inside the standard the money is reckoned by; the people it reached are counted
    text = "营养改善计划按每生每天3元、全年200天的标准补助,全年惠及学生12480人。按要求完成12个村的标准地名设置。"
    assert [(str(m.figure.value), m.unit) for m in find_metrics(text)] == [("12480", "人"), ("12", "个")]


def test_the_counted_people_after_an_age_range_are_the_subject() -> None:
    from extractors.metrics import find_metrics

    found = find_metrics("全市建立电子健康档案,建档率91.3%;为112.6万名65岁及以上老年人提供健康管理服务。")
    assert [(m.unit, m.subject) for m in found][-1] == ("名", "65岁及以上老年人")


def test_a_subject_ending_in_xingwei_keeps_its_last_character() -> None:
    from extractors.metrics import find_metrics

    assert [m.subject for m in find_metrics("立案查处违法行为87起,培训人数为1500人。")] == ["立案查处违法行为", "培训人数"]


@pytest.mark.parametrize("text, found", [
    # a level reached from a baseline: the baseline is no achievement, the subject is the measure
    ("管网漏损率由改造前的18%下降至9.6%。", [("9.6%", "管网漏损率")]),
    ("平均办结时间从5个工作日压缩至3个工作日。", [("3个工作日", "平均办结时间")]),
    # a change stated after the level: its topic is the clause before, the comparison base goes
    ("农村自来水普及率达到98.2%,较上年提高1.5个百分点。",
     [("98.2%", "农村自来水普及率"), ("1.5个百分点", "农村自来水普及率提高")]),
    ("城乡低保平均保障标准较上年提高6.3%。", [("6.3%", "城乡低保平均保障标准提高")]),
    ("安装点位32个;接待游客5.86万人次,较上年增长18.2%。",  # the clause right before, not an earlier one
     [("32个", "安装点位"), ("5.86万人次", "接待游客"), ("18.2%", "接待游客增长")]),
    # 同比 / 环比 stay, and 占比 is no comparison
    ("全年规模以上工业总产值5826.7亿元,同比增长12.4%。",
     [("5826.7亿元", "规模以上工业总产值"), ("12.4%", "规模以上工业总产值同比增长")]),
    ("道路运输安全事故起数同比下降12%。", [("12%", "道路运输安全事故起数同比下降")]),
    ("全市养老机构护理型床位占比提高到56.8%。", [("56.8%", "养老机构护理型床位占比提高到")]),
])
def test_changes_and_levels_name_what_changed(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.figure.stated, m.subject) for m in find_metrics(text)] == found


def test_last_year_s_money_and_the_change_from_it_are_no_achievements() -> None:
    from extractors.metrics import find_metrics

    found = find_metrics("全年支出合计2100.54万元,比上年决算数1974.12万元增加126.42万元。发放救助金38.60万元。")
    assert [(m.subject, m.figure.value) for m in found] == [("发放救助金", Decimal("386000.00"))]


def test_an_earlier_year_s_money_is_no_achievement() -> None:
    from extractors import metrics as metrics_extractor
    from tests.conftest import make_doc

    doc = make_doc("某街道2023年度部门整体支出绩效自评报告\n2023年本年支出20,764.32万元。2022年同口径支出为19,318.40万元。\n")
    values = [m.value for m in metrics_extractor.extract(doc).metrics]
    assert Decimal("193184000") not in values and Decimal("193184000.00") not in values


def test_scope_counts_and_shortfalls_are_no_achievements() -> None:
    from extractors import metrics as metrics_extractor
    from tests.conftest import make_doc

    doc = make_doc("某局2022年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                   "全年新建服务站点26个。本次自评设置一级指标4个、二级指标9个、三级指标14个。全年实施项目7个。\n"
                   "二、存在的问题\n全县只有8名持证师资，培训覆盖面不足。\n三、改进措施\n下一步新建站点10个。\n")
    found = {(m.subject, m.figure.value) for m in metrics_extractor.extract(doc).metrics}
    assert any(value == Decimal(26) for _, value in found)
    assert not any(value in (Decimal(4), Decimal(9), Decimal(14), Decimal(7), Decimal(8), Decimal(10))
                   for _, value in found)


def test_targets_met_are_achievements_though_they_are_indicators() -> None:
    from extractors import metrics as metrics_extractor
    from tests.conftest import make_doc

    doc = make_doc("某区应急管理局2022年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n全面完成市下达的43项硬性指标。\n")
    assert Decimal(43) in [m.figure.value for m in metrics_extractor.extract(doc).metrics]


def test_counts_of_times_and_rates_of_growth_that_are_results_stay_metrics() -> None:
    text = ("全年开展专项检查12次。案件办结率较上年增长5.2%。开机排涝2860台时。新增数字资源12.6TB。"
            "修复破损古籍1260叶。作业消耗火箭弹146枚。")
    assert [(str(m.figure.value), m.unit) for m in find_metrics(text)] == [
        ("12", "次"), ("5.2", "%"), ("2860", "台时"), ("12.6", "TB"), ("1260", "叶"), ("146", "枚")]


def test_targets_handed_down_are_no_results_and_the_results_after_them_are() -> None:
    from extractors import metrics as metric_extractor
    from tests.conftest import make_doc

    doc = make_doc("某县商务局2022年度中央对地方转移支付绩效自评报告\n一、绩效目标分解下达情况\n"
                   "(一)中央下达资金和绩效目标情况\n新建冷藏库10个,库容约50000立方米。\n"
                   "二、绩效目标完成情况分析\n建成冷藏库10个,库容50000立方米。\n")
    found = [(m.figure.stated, m.section.split(" / ")[0]) for m in metric_extractor.extract(doc).metrics]
    assert found == [("10个", "二、绩效目标完成情况分析"), ("50000立方米", "二、绩效目标完成情况分析")]
    allocations = make_doc("某县文旅局2023年度转移支付绩效自评报告\n一、项目资金分解下达情况\n分配甲馆9378万元,乙馆5009万元。\n")
    assert metric_extractor.extract(allocations).metrics == ()


def test_a_part_in_brackets_of_a_count_is_no_result_of_its_own() -> None:
    assert [m.figure.stated for m in find_metrics("全年新建为农服务中心4个(其中1个尚在收尾),为农户提供服务。")] == ["4个"]


def test_spending_by_budget_class_is_accounted_for_not_achieved() -> None:
    from extractors import metrics
    from tests.conftest import make_doc

    text = ("某旗卫生健康委员会2021年度部门整体支出绩效自评报告\n二、绩效目标完成情况\n"
            "全年支出按功能分类为：卫生健康支出19,864.52万元，社会保障和就业支出826.40万元。"
            "开展卫生监督检查3,215户次，完成建筑施工安全检查1,268项次，湿地修复工程支出862.40万元。\n")
    found = [(str(m.figure.value), m.unit) for m in metrics.extract(make_doc(text)).metrics]
    assert found == [("3215", "户次"), ("1268", "项次"), ("8624000.00", "元")]


def test_the_end_of_a_range_is_no_count_and_main_projects_are_the_budget_s_scope() -> None:
    from extractors import metrics
    from tests.conftest import make_doc

    text = ("某旗卫生健康委员会2021年度部门整体支出绩效自评报告\n二、绩效目标完成情况\n"
            "0—6岁儿童健康管理率95.8%。上述5个主要项目以外，项目支出还包括物业管理指导等其他项目。\n")
    assert [(str(m.figure.value), m.unit) for m in metrics.extract(make_doc(text)).metrics] == [("95.8", "%")]


@pytest.mark.parametrize("text", [
    "债券资金分两批发行：第一批3800.00万元于5月发行，第二批2700.00万元于9月发行。",
    "债券期限10年，票面利率3.38%。",
])
def test_tranches_and_the_price_of_money_are_no_metrics(text: str) -> None:
    assert find_metrics(text) == []


@pytest.mark.parametrize("text", [
    "资金已全部下达至4个乡镇,具体是:下达花马池镇286.40万元;大水坑镇241.60万元;惠安堡镇198.00万元。",
    "23个项目中,自评等级为“优”的19个,“良”的4个,无“中”和“差”等级项目。",
])
def test_allocations_to_recipients_and_projects_by_grade_are_no_metrics(text: str) -> None:
    assert find_metrics(text) == []


def test_a_payment_broken_down_under_其中_stays_a_result() -> None:
    found = find_metrics("项目资金已全部拨付到项目实施单位,累计支付1512.64万元,其中支付草籽和有机肥采购款416.80万元。")
    assert [(m.figure.value, m.subject) for m in found][-1:] == [(Decimal("4168000.00"), "支付草籽和有机肥采购款")]


@pytest.mark.parametrize("text", [
    "其中,自评结果为“优”的9个,“良”的2个,“中”的1个。",
    "2023年度“三公”经费财政拨款支出12.36万元,其中公务用车运行维护费10.86万元、公务接待费1.50万元。",
])
def test_projects_by_grade_and_the_三公_expenses_are_no_metrics(text: str) -> None:
    from extractors.metrics import extract
    from tests.conftest import make_doc
    assert extract(make_doc("2023年度某局部门整体支出绩效自评报告\n" + text)).metrics == ()


def test_a_list_number_glued_to_the_count_opening_its_item_is_no_decimal() -> None:
    (found,) = find_metrics("一、工作成效\n7.21个司法所基本完成信息化建设。")
    assert (found.figure.value, found.unit) == (Decimal("21"), "个")
    (share,) = find_metrics("1.5个百分点")
    assert share.figure.value == Decimal("1.5")


def test_how_a_figure_changed_is_no_result() -> None:
    values = [m.figure.value for m in find_metrics("全年发放困难群众救助金120万元,较上年减少30万元。")]
    assert Decimal("300000") not in values and Decimal("1200000") in values


def test_ranks_money_rates_and_a_hospital_s_results() -> None:
    found = [(m.figure.value, m.unit) for m in find_metrics(
        "中考全县前100名中我校学生31人;开展手术4260台次;床位使用率88.6%,资金到位率100%。")]
    assert found == [(Decimal("31"), "人"), (Decimal("4260"), "台次"), (Decimal("88.6"), "%")]


@pytest.mark.parametrize("text", [
    "全年预算数131202.80万元(约13.12亿元)。",  # the same money in another unit
    "2018年我局部门预算总规模1.36亿元。",  # the budget's size
    "2025年自治区财政厅批复下达我市三包经费2.46亿元。",  # money a verb moved
    "2022年衔接资金105万元已全部到位。",  # money that came, its verb after it
    "年初安排资金239万元,其中上级资金179.25万元,县级配套59.75万元。",  # money named only by whose it is
    "家长满意度达到90%（含）以上的得满分。",  # a scoring rule's threshold
    "全年下达各市（地）和省直管县困难群众救助补助资金38.26亿元、养老服务体系建设补助资金4.12亿元。",  # handed down
    "征收补偿资金2.86亿元由项目业主单位按征收补偿协议直接拨付被征收人，不纳入本所部门预算。",  # another's money
    "项目按每村每月放映1场的标准组织农村公益电影放映。",  # a count set as a standard
    "资金按因素法分配下达7个州(市)。",  # those the money went to
    "结余863.52万元,主要是2个标段的工程款按合同约定于竣工验收后支付。",  # what the money left over waits for
    "结余资金为2处工程的质量保证金,待质保期满后支付。",
])
def test_budget_money_and_its_recipients_are_no_metrics(text: str) -> None:
    assert find_metrics(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("完成建设项目环境影响评价审批186个。", "186", "个"),  # an EIA approval is a service, not an evaluation's scope
    ("改造雨污合流片区18片。", "18", "片"),
])
def test_services_counted_are_metrics(text: str, value: str, unit: str) -> None:
    m = one(text)
    assert (str(m.figure.value), m.unit) == (value, unit)


def test_money_paid_out_to_those_it_serves_is_a_metric() -> None:
    m = one("全年发放各类学生资助资金1640.20万元。")
    assert m.figure.value == Decimal("16402000.00")
    paid = one("困难群众救助资金86.40万元已全部发放。")  # paid out, its verb after it: a result still
    assert paid.figure.value == Decimal("864000.00")
    served = one("拨付各乡镇卫生院服务补助1236.40万元。")  # paid to the units that serve: a result
    assert served.figure.value == Decimal("12364000.00")


def test_people_counted_by_the_noun_that_names_them() -> None:
    m = one("巩固提升了1.86万农村人口的饮水保障水平。")
    assert (m.figure.value, m.unit, m.subject) == (Decimal("18600.00"), "人", "农村人口")
    assert find_metrics("开展2020年人口普查。") == []


def test_a_year_s_own_figure_after_an_earlier_year_s_is_a_metric() -> None:
    found = find_metrics("2021年度某局部门整体支出绩效自评报告\n全年检查12486家次,2020年为11352家次。")
    assert [m.figure.value for m in found] == [Decimal("12486")]


def test_the_count_a_money_standard_multiplies_is_no_result_and_the_amount_it_comes_to_is() -> None:
    found = [(str(m.figure.value), m.unit) for m in find_metrics("村级组织运转经费按每村每年5万元的标准安排，全镇16个村共80.00万元。")]
    assert found == [("800000.00", "元")]


def test_a_count_and_an_amount_in_clauses_of_their_own_are_results_though_a_standard_ties_them() -> None:
    found = [(str(m.figure.value), m.unit) for m in find_metrics("按每亩10元标准，完成造林1200亩，发放补助1.2万元。")]
    assert found == [("1200", "亩"), ("12000.00", "元")]


def test_minutes_and_seconds_are_measure_words() -> None:
    found = [(str(m.figure.value), m.unit) for m in find_metrics("入门至球囊扩张平均时间缩短至68分钟。平均响应时间15秒。")]
    assert found == [("68", "分钟"), ("15", "秒")]


def test_the_evaluation_s_own_work_is_no_achievement() -> None:
    from extractors import metrics
    from tests.conftest import make_doc

    doc = make_doc("某县卫生健康委员会2020年度基本公共卫生服务项目绩效评价报告\n二、评价工作开展情况\n"
                   "评价方式为单位自评。抽查了8家镇卫生院和40个村卫生室的服务记录,电话回访服务对象600人。\n"
                   "三、绩效目标完成情况\n全年建立居民电子健康档案41.2万份。\n")
    assert [m.figure.stated for m in metrics.extract(doc).metrics] == ["41.2万份"]


def test_the_people_a_standard_pays_are_a_result_though_the_standard_reckons_the_amount() -> None:
    text = "按每户2,800元标准向138户移民兑付产业奖补资金386,400元。"
    assert [(str(m.figure.value), m.unit) for m in find_metrics(text)][:1] == [("138", "户")]


def test_money_that_came_in_or_is_still_unspent_is_no_result() -> None:
    text = ("县级资金因财力紧张到位206.00万元。年末预算结余127.54万元，其中县级未到位资金80.00万元，"
            "已到位尚未支付的工程质保金47.54万元。")
    assert [str(m.figure.value) for m in find_metrics(text)] == []


def test_a_scoring_rule_s_steps_and_the_document_s_own_parts_are_no_results() -> None:
    rules = "项目完成时间按计划完成得满分，每推迟10天扣1分；基本达到得该指标分值的80%；每降低1个百分点扣0.5分。"
    assert find_metrics(rules) == []
    assert find_metrics("一、本工作簿共4张工作表，依次为说明、部门整体支出绩效自评表和两张项目支出绩效自评表。") == []
    # a survey's sample of units, as of households
    assert find_metrics("年末对120个防汛责任单位开展问卷调查，满意度为96.2%。")[0].figure.value == Decimal("96.2")
    assert [m.figure.value for m in find_metrics("全年新建村级服务站120个。")] == [Decimal("120")]


def test_the_share_of_the_plan_done_is_a_result_and_the_plan_is_not() -> None:
    found = find_metrics("维修加固嫩江、洮儿河堤防18.6公里，为年度计划18公里的103.3%。")
    assert [(str(m.figure.value), m.unit) for m in found] == [("18.6", "公里"), ("103.3", "%")]


def test_the_terms_money_was_reckoned_on_are_no_results() -> None:
    found = find_metrics("按每生每天5元、全年在校200天测算，全县学生需补助资金786.20万元。")
    assert ("200", "天") not in [(str(m.figure.value), m.unit) for m in found]
    assert [(str(m.figure.value), m.unit) for m in find_metrics("全年在校200天，供餐率100%。")] == [("200", "天"), ("100", "%")]
