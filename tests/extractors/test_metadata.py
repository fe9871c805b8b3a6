from decimal import Decimal

import pytest

from extractors import metadata
from pipeline.extraction.resolve import resolve
from schemas.facts import ReportKind
from tests.conftest import make_doc


def meta(text: str):  # type: ignore[no-untyped-def]
    return resolve(metadata.extract(make_doc(text))).meta


@pytest.mark.parametrize("title, department, city, county, year, kind, project", [
    ("2022年度广州市海珠区应急管理局部门整体支出绩效自评报告", "广州市海珠区应急管理局", "广州市", "海珠区", 2022,
     ReportKind.DEPARTMENT_OVERALL, None),
    ("上海市徐汇区教育局2023年度部门整体支出绩效自评报告", "上海市徐汇区教育局", "上海市", "徐汇区", 2023,
     ReportKind.DEPARTMENT_OVERALL, None),
    ("益阳市人力资源和社会保障局2022年度就业补助资金项目支出绩效自评报告", "益阳市人力资源和社会保障局", "益阳市", None,
     2022, ReportKind.PROJECT, "就业补助资金"),
    ("太和县卫生健康委员会2021年度部门整体支出绩效自评报告", "太和县卫生健康委员会", None, "太和县", 2021,
     ReportKind.DEPARTMENT_OVERALL, None),
])
def test_title_facts(title: str, department: str, city: str | None, county: str | None, year: int,
                     kind: ReportKind, project: str | None) -> None:
    m = meta(title + "\n正文。")
    assert (m.department, m.city, m.county, m.fiscal_year, m.report_kind, m.project_name) == (
        department, city, county, year, kind, project)


@pytest.mark.parametrize("sentence, score, grade", [
    ("部门整体支出绩效自评结果为96分,等级为“优”。", "96", "优"),
    ("本项目2022年度自评得分88.6分,绩效等级为“良”。", "88.6", "良"),
    ("部门整体支出绩效综合自评分为89.5分,自评等级为“良好”。", "89.5", "良"),
    ("整体支出绩效自评综合得分94.6分,评价等级为“优秀”。", "94.6", "优"),
    ("自评绩效等级为“优”,分数为92分。", "92", "优"),
    ("项目自评分:78分。", "78", None),
])
def test_score_and_grade_wordings(sentence: str, score: str, grade: str | None) -> None:
    m = meta("2022年度某局部门整体支出绩效自评报告\n" + sentence)
    assert m.self_score == Decimal(score)
    assert m.grade == grade


@pytest.mark.parametrize("sentence", [
    "产出指标满分50分,扣2分。",
    "预算执行率权重10分。",
    # a flattened form: the header row runs into a block's points in brackets
    "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n(50分)\n数量指标 完成项目数量 1 1 10 10",
    "年度绩效指标完成情况：得分情况见下表（30分）",
])
def test_points_that_are_not_the_self_score(sentence: str) -> None:
    assert meta("2022年度某局部门整体支出绩效自评报告\n" + sentence).self_score is None


def test_the_dimensions_points_listed_before_the_total_are_no_self_score() -> None:
    text = ("2017年度某县残联部门整体支出绩效自评报告\n按照部门整体支出绩效评价指标体系，自评满分100分，其中预算决策15分、"
            "预算管理25分、履职产出35分、履职效益25分。经自评，预算决策得13分、预算管理得22分、履职产出得30.5分、"
            "履职效益得21分，合计自评得分86.5分。")
    assert meta(text).self_score == Decimal("86.5")
    # a score stated in its own clause after a comma still is one
    assert meta("2022年度某局部门整体支出绩效自评报告\n经综合评价，自评得分92分。").self_score == Decimal("92")
    # the sum of the dimensions' points the sentence lists is the score, said only as 合计
    said = ("2015年度某县文广新局部门整体支出绩效自评报告\n我局从投入、过程、产出和效果四个方面进行自评：投入（20分）得18分、"
            "过程（25分）得22.5分、产出（30分）得27分、效果（25分）得21分，合计88.5分。")
    assert meta(said).self_score == Decimal("88.5")
    # a 合计 the points do not add up to is no sum of them: the first stated score stands
    assert meta(said.replace("合计88.5分", "合计86.5分")).self_score == Decimal("18")


@pytest.mark.parametrize("text, department", [
    ("2022年度部门整体支出绩效自评报告\n填报单位:宁远县财政局\n一、基本情况\n", "宁远县财政局"),
    ("2022年度部门整体支出绩效自评报告\n正文。\n宁远县自然资源局\n2023年3月1日\n", "宁远县自然资源局"),
    # the office that filled the form in is inside the department
    ("部门整体支出绩效自评表\n(2024年度)\n填报单位:青海省民政厅规划财务处 填报日期:2025年3月28日\n", "青海省民政厅"),
    ("部门整体支出绩效自评表\n(2024年度)\n填报单位:宁远县水利局财务股\n", "宁远县水利局"),
    # a unit whose name ends like an office is that unit
    ("2017年度部门整体支出绩效评价报告\n填报单位:横县机构编制委员会办公室\n", "横县机构编制委员会办公室"),
    ("2022年度部门整体支出绩效自评报告\n填报单位:宁远县九嶷山水库管理处\n", "宁远县九嶷山水库管理处"),
])
def test_department_from_the_body(text: str, department: str) -> None:
    assert meta(text).department == department


@pytest.mark.parametrize("sentence", [
    "按照评分标准,满分100分,90分及以上为优,80分(含)至90分为良,60分(含)至80分为中,60分以下为差。",
    "评分等级分为四档:90-100分为优,80-89分为良,60-79分为中,60分以下为差。",
    "等级划分:优(90分以上)、良(80-90分)、中(60-80分)、差(60分以下)。",
    "绩效指标权重合计100分,其中产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。",
    "本次自评满分为100分。",
])
def test_a_grading_scale_or_weight_total_is_never_the_score(sentence: str) -> None:
    m = meta("某局2022年度部门整体支出绩效自评报告\n" + sentence)
    assert (m.self_score, m.grade) == (None, None)


def test_the_score_beside_a_stated_scale_is_found() -> None:
    m = meta("某局2021年度部门整体支出绩效自评报告\n按照评分标准(90分及以上为优,80分(含)至90分为良,60分以下为差),"
             "部门整体支出绩效自评得78分,自评等级为“优”。")
    assert (m.self_score, m.grade) == (Decimal("78"), "优")


@pytest.mark.parametrize("text, department", [
    ("2023年度部门整体支出绩效自评报告\n部门(单位)名称:湘西土家族苗族自治州民族中学", "湘西土家族苗族自治州民族中学"),
    ("广西壮族自治区桂林市临桂区第二中学2022年度部门整体支出绩效自评报告", "广西壮族自治区桂林市临桂区第二中学"),
    ("某县妇幼保健院2022年度部门整体支出绩效自评报告", "某县妇幼保健院"),
    ("某市第三幼儿园2022年度部门整体支出绩效自评报告", "某市第三幼儿园"),
])
def test_schools_hospitals_and_centres_are_reporting_units(text: str, department: str) -> None:
    assert meta(text).department == department


def test_a_title_naming_the_unit_without_a_project_has_no_project_name() -> None:
    m = meta("红河州数据发展中心2024年度项目支出绩效单位自评报告\n一、基本情况")
    assert (m.department, m.city, m.report_kind, m.project_name) == ("红河州数据发展中心", "红河州", ReportKind.PROJECT, None)


def test_a_cover_label_after_the_unit_ends_its_name() -> None:
    from extractors.metadata import UNIT_LABEL

    for line, unit in (("部门(单位)名称: 某市城市管理监督指挥中心 预算编码: 906017", "某市城市管理监督指挥中心"),
                       ("单位名称:某市中心医院填报日期:2022年3月18日", "某市中心医院")):
        found = UNIT_LABEL.search(normalize_line(line))
        assert found is not None and found.group("dept") == unit


def normalize_line(line: str) -> str:
    from schemas.text.normalize import normalize_text
    from schemas.text.textmap import TextMap

    return normalize_text(TextMap.identity(line)).text


@pytest.mark.parametrize("text, department, year", [
    ("项目支出绩效自评报告\n项目名称:水库除险加固工程\n评价年度:2022\n预算部门单位(公章):某县水务局\n一、基本情况",
     "某县水务局", 2022),
    ("发布机构: | 某县卫生健康委员会 | 主题分类: | 卫生 |\n基本公共卫生服务项目绩效评价自评报告\n一、项目基本情况",
     "某县卫生健康委员会", None),
    ("某项目2018年度绩效自评报告\n根据有关规定,湖北省某某联合会(以下简称“省某联”)成立绩效自评工作专班。",
     "湖北省某某联合会", 2018),
    # a published page's metadata, glued to the next field once spaces are gone
    ("发布时间:2024-03-27来源:某市退役军人事务局浏览次数:\n关于上报2023年护理费项目支出绩效自评的报告\n一、基本情况",
     "某市退役军人事务局", 2023),
    ("• 发文机关:某市统计局 成文日期:2021-09-23\n人口普查经费项目绩效自评报告\n一、基本情况", "某市统计局", None),
    # a form flattened to one line: the year right after its caption, the unit after 项目单位
    ("PAGE 8 某市财政项目支出绩效自评报告 (2018年度) 项目名称:某市困难大学新生入学补助项目 "
     "项目单位:某市学生资助管理办公室 主管部门:某市教育局 一、项目基本情况", "某市学生资助管理办公室", 2018),
    # the year only in the opening sentence, on the funds evaluated
    ("部门评价报告\n根据县财政局要求,我办对2021年专项工作经费绩效情况进行检查,现报告如下:", None, 2021),
    # a form flattened to one line with its labels glued: the implementing unit, ended by the next label
    ("学生资助项目绩效目标自评表项目名称某学院学生资助项目主管部门某省教育厅项目实施单位某工程学院项目类别部门预算项目",
     "某工程学院", None),
    # last resorts: the unit a body sentence names with its place, the year the opening mentions most
    ("一、自评结论\n2022年,荆门市民政局较好地完成了年初制定的各项目标任务,2022年预算执行率100%。", "荆门市民政局", 2022),
    ("一、绩效目标分解下达情况\n2022年6月14日,省里收到《财政部关于下达2022年服务业发展资金预算的通知》,"
     "下达中央服务业发展资金14680万元。", None, 2022),
    # an addressee, an issuer and a place's description are no unit
    ("临夏州退役军人事务局:\n根据《甘肃省退役军人事务厅关于开展自评工作的通知》要求,现报告如下。", None, None),
    ("项目概况\n沙县位于自治区西南部,资金主要用于道路建设。", None, None),
    # the body's unit named whole, past a suffix character inside its name (人力资源和社…)
    ("2018年度部门整体支出绩效自评报告\n一、部门基本情况\n贵德县人力资源和社会保障局主要负责全县就业创业工作。",
     "贵德县人力资源和社会保障局", 2018),
    # a project of one calendar year, by its period; a report's date is no year of it
    ("财政支出项目绩效评价自评报告\n报告日期:2017年7月15日\n项目单位南湖新区民政局主管部门\n项目起止时间2016年1月起至2016年12月止",
     "南湖新区民政局", 2016),
    # addressees listed on one line, and a body naming the requirements of a unit above
    ("郑州市财政局、郑州市农业农村工作委员会:\n为加强资金绩效管理,巩义市组织开展绩效自评工作。", None, None),
    ("一、基本情况\n按照郑州市农委相关要求,开展项目绩效自评。", None, None),
    # a source of funds is no unit
    ("项目支出绩效自评报告\n资金来源:县财政局\n一、基本情况", None, None),
    # the signature, its line joined onto the attachment line above it
    ("2024年某镇某社区产业设施配套项目绩效自评报告\n一、基本情况\n附件:自评表[点击下载]某县某镇人民政府\n2025年1月3日\n",
     "某县某镇人民政府", 2024),
])
def test_units_and_years_named_by_labels_and_short_name_introductions(text: str, department: str,
                                                                       year: int | None) -> None:
    meta = resolve(metadata.extract(make_doc(text))).meta
    assert (meta.department, meta.fiscal_year) == (department, year)


@pytest.mark.parametrize("sentence, floors", [
    ("评价结果分为四档:85分(含)以上为优,70-84分为良,60-69分为中,60分以下为差。",
     (("优", Decimal(85)), ("良", Decimal(70)), ("中", Decimal(60)))),
    ("等级划分:优秀(90分以上)、良好(75-89分)、合格(60-74分)、不合格(60分以下)。",
     (("优", Decimal(90)), ("良", Decimal(75)))),
    ("按照评分标准,90分及以上为优,80分(含)至90分为良,60分(含)至80分为中,60分以下为差。",
     (("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)))),
    ("评分等级分为四档:90-100分为优,80-89分为良,60-79分为中,60分以下为差。",
     (("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)))),
    # bands written with comparators around the score; the lowest band has no floor
    ("项目评价结果分为四个等级:优(90≤得分≤100)、良(80≤得分<90)、中(60≤得分<80)、差(得分<60)。",
     (("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)))),
    ("得分≥85分为优,70≤得分<85为良,60≤得分<70为中,得分<60为差。",
     (("优", Decimal(85)), ("良", Decimal(70)), ("中", Decimal(60)))),
    # A scale whose floors do not fall grade by grade was misread: it grades nothing.
    ("评分标准:80分以上为优,85-89分为良。", ()),
    ("本项目自评得分92分。", ()),
])
def test_the_grading_scale_the_report_states(sentence: str, floors: tuple) -> None:  # type: ignore[type-arg]
    assert meta("某局2022年度部门整体支出绩效自评报告\n" + sentence).grade_floors == floors


def test_the_first_stated_scale_is_the_report_s() -> None:
    m = meta("某局2022年度部门整体支出绩效自评报告\n评分标准:85分以上为优,70-84分为良。"
             "\n附:省级标准90分以上为优,80-89分为良。")
    assert m.grade_floors == (("优", Decimal(85)), ("良", Decimal(70)))


@pytest.mark.parametrize("closing", ["\n洋浦经济开发区管理委员会\n2024年4月8日\n", "\n洋浦经济开发区管理委员会2024年4月8日\n",
                                     "\n洋浦经济开发区管理委员会 2024年4月8日"])
def test_the_signature_names_the_unit_on_its_own_line_or_run_into_the_date(closing: str) -> None:
    m = meta("2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本部门负责开发区的规划和建设。" + closing)
    assert m.department == "洋浦经济开发区管理委员会"


def test_a_grading_scale_stated_in_a_form_s_cell_grades_its_score() -> None:
    from schemas.document import Table

    note = Table.from_rows([["总分", "100", "88.77", "自评等级：优秀"],
                            ["评分说明", "总分85分（含）以上为优秀，75分（含）至85分为良好，60分（含）至75分为合格，60分以下为不合格。", None, None]])
    doc = make_doc("某县文化馆2019年度部门整体支出绩效自评表\n", tables=(note,))
    floors = resolve(metadata.extract(doc)).meta.grade_floors
    assert floors == (("优", Decimal(85)), ("良", Decimal(75)))


def test_the_finance_bureau_s_framework_is_no_evaluation_by_it() -> None:
    m = meta("某街道2022年度部门整体支出绩效自评报告\n按照区财政局部门整体支出绩效评价指标体系进行自评,"
             "综合自评得分93.4分,评价等级为“优”。")
    assert (m.grade, m.external_grade) == ("优", None)


@pytest.mark.parametrize("line, score", [("得分：92.5", Decimal("92.5")), ("自评得分：88.6分", Decimal("88.6")),
                                         ("执行率得分：9.74", None), ("得分：92.5%", None)])
def test_a_score_on_a_labelled_line_of_its_own(line: str, score: Decimal | None) -> None:
    doc = make_doc("某局2021年度部门整体支出绩效自评报告\n四、自评结论\n" + line + "\n等级：优秀\n", "docx")
    assert resolve(metadata.extract(doc)).meta.self_score == score


def test_a_scale_written_with_full_width_brackets_sets_the_floors() -> None:
    from extractors.metadata import scale_floors

    floors = {name: floor for name, floor, _, _ in scale_floors(
        "评价结果分为优（95分及以上）、良（85分至95分）、中（60分至85分）、差（60分以下）")}
    assert floors == {"grade_floor.优": Decimal(95), "grade_floor.良": Decimal(85), "grade_floor.中": Decimal(60)}


@pytest.mark.parametrize("sentence, grade", [
    ("综合得分78.5分，评价等次为“一般”。", "中"),
    ("自评结果为一般。", "中"),
    ("评价等级为良好。", "良"),
])
def test_grade_words_come_from_the_vocabulary(sentence: str, grade: str) -> None:
    assert meta("某局2021年度部门整体支出绩效自评报告\n" + sentence).grade == grade


def test_a_word_that_starts_with_a_grade_is_no_grade() -> None:
    m = meta("某局2021年度部门整体支出绩效自评报告\n评价结果一般公共预算财政拨款全部到位。")
    assert m.grade is None


@pytest.mark.parametrize("text, year", [
    ("项目支出绩效自评表\n自评等级：优\n(2024年度)\n项目名称 防疫补助\n", 2024),
    ("项目支出绩效自评表\n2019年度)项目名称办公楼改造经费主管部门某市发改委\n", 2019),  # bracket lost, cells run on
    ("项目支出绩效自评表\n（2022年）\n", 2022),
])
def test_a_form_s_year_opening_a_line_under_its_caption(text: str, year: int) -> None:
    assert meta(text).fiscal_year == year


def test_form_labels_run_together_end_a_unit_s_name() -> None:
    # a flattened form: `项目名称 X 主管部门 Y 实施单位 Z` loses its spaces
    m = meta("项目支出绩效自评表\n项目名称 水旱灾害防御经费\n主管部门 天长市水利局 实施单位 天长市水利局\n")
    assert m.department == "天长市水利局"


def test_an_empty_label_does_not_take_the_next_label_as_its_value() -> None:
    m = meta("项目支出绩效自评表\n主管部门 实施单位 天长市水利局\n")
    assert m.department == "天长市水利局"


def test_a_form_s_conclusion_cell_states_the_score_and_grade() -> None:
    from extractors import tables
    from schemas.document import Table

    conclusion = Table.from_rows([["合计", "100", ""],
                                  ["自评结论", "资助资金按时足额发放。本项目自评得分98分，评价等级为优。", None]])
    doc = make_doc("项目支出绩效自评表\n（2025年度）\n", tables=(conclusion,))
    m = resolve(metadata.extract(doc) + tables.extract(doc)).meta
    assert (m.self_score, m.grade) == (Decimal(98), "优")


def test_a_scale_in_a_cell_is_no_score() -> None:
    from schemas.document import Table

    note = Table.from_rows([["评分说明", "自评得分90分（含）以上为优，80分（含）至90分为良，60分以下为差。"]])
    m = meta_of(make_doc("项目支出绩效自评表\n", tables=(note,)))
    assert (m.self_score, m.grade) == (None, None)


def meta_of(doc):  # type: ignore[no-untyped-def]
    return resolve(metadata.extract(doc)).meta


def test_a_station_the_project_works_on_is_not_the_reporting_unit() -> None:
    m = meta("银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告\n"
             "发布机构 兴庆区住房和城乡建设局 责任部门 兴庆区住房和城乡建设局\n一、项目概况\n正文。\n")
    assert m.department == "兴庆区住房和城乡建设局"
    assert m.project_name == "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目"


def test_a_self_score_label_without_its_colon_states_the_score_but_a_total_alone_does_not() -> None:
    head = "某县林业局2024年度项目支出绩效自评报告\n一、自评结论\n"
    assert meta(head + "自评得分 98\n评价等级 优\n").self_score == Decimal("98")
    assert meta(head + "综合得分96.5\n").self_score == Decimal("96.5")
    assert meta(head + "总分 100\n").self_score is None


def test_a_branch_named_by_its_district_is_in_that_district_when_the_text_states_the_chain() -> None:
    text = ("金华市公安局婺城分局\n2021年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            "金华市公安局婺城分局承担浙江省金华市婺城区辖区内的治安管理等职能。\n")
    m = meta(text)
    assert (m.department, m.province, m.city, m.county) == ("金华市公安局婺城分局", "浙江省", "金华市", "婺城区")
    # a bureau of the city itself stays the city's, whatever districts the text names
    plain = meta(text.replace("婺城分局", "").replace("金华市公安局承担", "金华市公安局承担"))
    assert (plain.city, plain.county) == ("金华市", None)


def test_a_portal_headline_without_the_unit_gives_way_to_the_title_stated_again_with_it() -> None:
    text = ("2023年度部门(单位)整体支出 绩效自评报告\n来源:柳溪区残联 作者:柳溪区政府 发布时间:2024-11-02\n"
            " 2023年度青石市柳溪区残疾人联合会部门(单位)整体支出绩效自评报告\n一、部门(单位)基本情况\n正文。\n")
    assert meta(text).department == "青石市柳溪区残疾人联合会"


def test_local_government_bonds_name_their_issuer_not_the_reporting_unit() -> None:
    text = "青山省地方政府专项债券项目资金绩效评价报告\n一、基本情况\n柳溪镇位于青石市东南部。\n"
    assert meta(text).department is None


def test_a_short_name_in_the_title_takes_the_places_the_form_s_label_states() -> None:
    text = ("柳溪卫生院整体支出绩效自评表(2022年度)\n"
            "评价部门名称青石县白沙乡柳溪卫生院下属单位个数0整体支出规模\n")
    m = meta(text)
    assert (m.department, m.county) == ("青石县白沙乡柳溪卫生院", "青石县")


def test_an_evaluation_names_the_unit_it_evaluated_not_the_issuer_of_a_document_it_cites() -> None:
    text = ("2022年度青石县柳溪镇乡村振兴专项资金\n绩效评价报告\n"
            "根据《青山省财政厅、青山省乡村振兴局关于印发<青山省衔接资金绩效评价办法>的通知》等文件精神，"
            "受青石县财政局委托，我所对青石县柳溪镇人民政府2022年乡村振兴专项资金项目进行绩效评价。\n")
    assert meta(text).department == "青石县柳溪镇人民政府"
    cited_only = "2022年度乡村振兴专项资金绩效评价报告\n根据《青山省财政厅关于印发<办法>的通知》，现报告如下。\n"
    assert meta(cited_only).department is None


def test_a_page_s_信息来源_names_its_unit_up_to_the_next_chrome_label() -> None:
    text = "2024年度专项债券项目绩效评价情况\n发布日期:2025-06-24 访问次数:信息来源:区湘湖旅游度假区管委会分享:\n正文。\n"
    m = meta(text)
    assert m.department == "区湘湖旅游度假区管委会"
    assert m.county is None  # `区…` is the district's, not a district named 区湘湖…


def test_a_breadcrumb_names_the_unit_whose_section_the_page_stands_in() -> None:
    text = ("青石县人民政府\n首页 >> 部门信息公开 >> 青石县水务局 >> 正文\n"
            "青石县2021年农村饮水安全工程绩效自评报告\n一、绩效目标分解下达情况\n正文。\n")
    assert meta(text).department == "青石县水务局"
    # the government of the site is not the unit
    assert meta(text.replace("青石县水务局 >> ", "")).department is None


def test_a_score_glued_after_its_label_with_the_unit_is_the_self_score() -> None:
    text = ("《青石县水务局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读。\n"
            "1、青石县水务局2022年度部门整体绩效自评表主管部门青石县水务局自评总分(分)95.40年初预算数全年执行数\n")
    assert meta(text).self_score == Decimal("95.40")


def test_how_a_column_is_scored_is_no_score() -> None:
    text = "2022年度项目支出绩效自评表\n预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分×执行率)年度财政资金总额501020\n"
    assert meta(text).self_score is None


def test_the_unit_that_evaluated_its_own_funds_completes_a_title_cut_to_its_level() -> None:
    text = ("县司法局2020年度一村(社区)一法律顾问经费绩效自评报告\n根据文件精神,紫金县司法局对紫金县一村(社区)一法律顾问经费"
            "进行了自评,现将情况汇报如下。\n")
    assert meta(text).department == "紫金县司法局"


@pytest.mark.parametrize("text, score", [
    ("……满意度10≥95%≥95%10……总分100100注:1.一级指标分值统一设置。", Decimal("100")),
    ("……总分10095.5\n", Decimal("95.5")),
    ("……总分10095.50万元\n", None),  # money, not points
])
def test_a_form_s_total_row_glued_full_marks_before_the_score(text: str, score: Decimal | None) -> None:
    assert meta("2022年度项目支出绩效自评表\n" + text).self_score == score


def test_a_division_of_an_unnamed_unit_in_the_page_s_source_is_no_unit() -> None:
    text = "中央支持地方公共文化服务体系建设补助资金2022年度绩效自评报告\n2023-12-15 来源:厅公共服务处 作者:\n正文。\n"
    assert meta(text).department is None


def test_a_page_s_发布机构_ends_at_the_next_site_label() -> None:
    text = "2019年度供水管网改造工程项目支出绩效评价报告\n发布日期: 2020.06.26 发布机构: 水利局 文号:\n正文。\n"
    assert meta(text).department == "水利局"


@pytest.mark.parametrize("sentence", [
    "根据中共青石市委、青石市人民政府《关于全面实施预算绩效管理的实施意见》有关规定,开展自评。",
    "青石市应承担青石站站房扩大规模增加投资共9925万元。",
])
def test_an_issuer_before_its_document_or_a_clause_s_subject_is_not_the_unit(sentence: str) -> None:
    assert meta("2023年度公共文化服务体系建设专项资金绩效自评情况\n一、基本情况\n" + sentence + "\n").department is None


def test_a_flattened_form_s_name_row_without_its_colon_names_the_project_and_the_unit_ends_at_the_next_label() -> None:
    text = ("2023年福彩中心绩效项目支出自评表\n(注:以下内容为附件图片识别)专项(项目)名称彩票市场调控资金-某福彩APP系统改版升级"
            "中央主管部门中国福利彩票发行管理中心自治区主管部门某自治区民政厅资金使用单位某福利彩票发行中心\n")
    m = meta(text)
    assert m.project_name == "彩票市场调控资金-某福彩APP系统改版升级" and m.department == "某福利彩票发行中心"
    assert m.report_kind.value == "project"


def test_the_site_s_作者_is_not_the_unit_and_site_labels_end_a_publisher_without_its_colon() -> None:
    text = "城乡义务教育补助经费转移支付2023年度绩效自评报告\n来源:某县教育和科技单位 作者:青石县人民政府\n字号:\n一、基本情况\n正文。\n"
    assert meta(text).department is None
    page = ("某县省级彩票公益金转移支付2023年度绩效自评报告\n索引号 620722051/2024-00080 发文字号\n关键词 发布机构 青石县民政局\n"
            "公开形式 主动公开 责任部门 青石县民政局\n正文。\n")
    assert meta(page).department == "青石县民政局"


def test_a_project_name_run_on_into_the_form_s_next_label_ends_before_it() -> None:
    m = meta("某市交通运输局\n2022年度项目支出绩效自评表\n项目名称:农村公路养护工程项目年度总体目标预期目标:完成养护。")
    assert m.project_name == "农村公路养护工程项目"


@pytest.mark.parametrize("text", [
    "部门绩效自评结果公开汇总表\n序号 项目名称 自评得分 自评结果应用意见 中央 省级 市级\n",
    "二、自评结果分析\n差距主要在于项目前期准备不足。\n",
])
def test_a_word_that_begins_like_a_grade_is_no_grade(text: str) -> None:
    assert meta("某区医疗保障局2023年度绩效自评报告\n" + text).grade is None


def test_a_portal_s_name_in_the_page_title_states_the_divisions_above_the_unit() -> None:
    from dataclasses import replace

    doc = make_doc("偃师区民政局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n正文。\n", "html")
    titled = replace(doc, document=replace(doc.document, page_title="偃师区民政局2022年度部门整体支出绩效自评报告_洛阳市偃师区人民政府"))
    meta = resolve(metadata.extract(titled)).meta
    assert (meta.city, meta.county) == ("洛阳市", "偃师区")
    assert meta.provenance["city"].evidence == "洛阳市偃师区"
    assert resolve(metadata.extract(doc)).meta.city is None  # no <title>: nothing above the district


def test_a_label_naming_the_unit_s_kind_twice_names_the_unit() -> None:
    doc = make_doc("2022年度部门整体支出绩效自评表\n预算部门、单位名称：平江县某乡人民政府\n一、正文\n")
    assert resolve(metadata.extract(doc)).meta.department == "平江县某乡人民政府"


def test_a_county_the_text_places_in_its_prefecture_gives_the_report_its_city() -> None:
    doc = make_doc("广河县妇幼保健院2015年度部门整体支出绩效自评报告\n一、基本情况\n广河县隶属临夏回族自治州，本院负责全县妇幼保健。\n")
    meta = resolve(metadata.extract(doc)).meta
    assert (meta.city, meta.county) == ("临夏回族自治州", "广河县")
    other = make_doc("广河县妇幼保健院2015年度部门整体支出绩效自评报告\n一、基本情况\n和政县隶属临夏回族自治州。\n")
    assert resolve(metadata.extract(other)).meta.city is None  # another county's prefecture says nothing of this one


def test_a_prefecture_named_alone_in_the_first_line_is_the_city_of_a_county_the_gazetteer_puts_in_it() -> None:
    form = "锡林郭勒盟旗县（市、区）项目支出绩效自评表\n（2017年度）\n主管部门：{unit}\n"
    meta = resolve(metadata.extract(make_doc(form.format(unit="阿巴嘎旗卫生和计划生育局")))).meta
    assert (meta.province, meta.city, meta.county) == (None, "锡林郭勒盟", "阿巴嘎旗")
    # a county elsewhere: the heading's prefecture is not its city
    assert resolve(metadata.extract(make_doc(form.format(unit="广河县卫生健康局")))).meta.city is None


def test_a_word_document_s_running_header_completes_a_unit_cut_to_its_level() -> None:
    from dataclasses import replace

    from pipeline.text.segment import segment
    from schemas.text.normalize import normalize_document

    def with_header(text: str, header: str | None):  # type: ignore[no-untyped-def]
        document = replace(make_doc(text).document, running_header=header)
        return resolve(metadata.extract(segment(document, normalize_document(document)))).meta

    text = "我局2021年度棉花质量提升项目支出绩效自评报告\n项目名称：棉花质量提升\n实施单位：县农业农村局\n"
    meta = with_header(text, "轮台县农业农村局")
    assert (meta.department, meta.county) == ("轮台县农业农村局", "轮台县")
    assert with_header(text, None).department == "县农业农村局"
    # a header that is no unit's name (a title, a slogan) names none
    assert with_header(text, "棉花质量提升项目").department == "县农业农村局"


def test_the_grade_a_report_states_after_a_scale_written_with_comparators_is_its_own() -> None:
    m = meta("乾安县农业农村局2020年度黑土地保护利用项目绩效自评报告\n项目评价结果分为四个等级:优(90≤得分≤100)、"
             "良(80≤得分<90)、中(60≤得分<80)、差(得分<60)。经自评,综合评分92.4分,评价结果为“良”。")
    assert (m.self_score, m.grade) == (Decimal("92.4"), "良")


def test_a_labelled_project_name_leaves_its_budget_system_code() -> None:
    text = "部门预算项目支出绩效自评表(2023年度)\n项目名称：51092324T000010263357-2023年全县安可替代补助资金项目\n主管部门：大英县司法局\n"
    assert meta(text).project_name == "2023年全县安可替代补助资金项目"


def test_a_form_s_header_flattened_without_its_spaces_still_names_its_unit() -> None:
    # a document site's copy: the form's rows run together and the spaces between cells are gone
    text = ("部门预算项目支出绩效自评表(2023年度)项目名称51092324T000010263357-2023年全县安可替代补助资金项目"
            "主管部门大英县司法局部门实施单位大英县司法局预算执行情况(10分)年度预算数(万元)年初预算调整后预算数\n")
    assert meta(text).department == "大英县司法局"
