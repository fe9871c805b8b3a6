import pytest

from extractors.title import find_title, parse_title


@pytest.mark.parametrize("title, is_project, department, year, project", [
    ("2022年度广州市海珠区应急管理局部门整体支出绩效自评报告", False, "广州市海珠区应急管理局", 2022, None),
    ("上海市徐汇区教育局2023年度部门整体支出绩效自评报告", False, "上海市徐汇区教育局", 2023, None),
    ("益阳市人力资源和社会保障局2022年度就业补助资金项目支出绩效自评报告", True, "益阳市人力资源和社会保障局", 2022, "就业补助资金"),
    ("关于2021年度部门整体支出绩效自评的报告", False, None, 2021, None),
    ("巴中市恩阳区农业农村局关于2022年度高标准农田建设项目资金绩效自评情况的报告", True, "巴中市恩阳区农业农村局", 2022,
     "高标准农田建设项目"),
    ("湘潭市岳塘区财政局2020年度部门整体支出绩效评价报告", False, "湘潭市岳塘区财政局", 2020, None),
    ("项目支出绩效自评表(2022年度)", True, None, 2022, None),
    ("重庆市江北区体育局2022年度部门整体绩效自评表", False, "重庆市江北区体育局", 2022, None),
    ("2023年宁远县人民政府办公室部门整体支出绩效自评报告", False, "宁远县人民政府办公室", 2023, None),
    # the project before the year; `…X项目绩效` names `X项目` as written, `…X项目支出绩效` names X (项目支出 is the kind)
    ("某市某区水务局农村供水管网改造工程项目2021年度绩效自评报告", True, "某市某区水务局", 2021, "农村供水管网改造工程项目"),
    ("某市林业和草原局2020年度天然林保护工程项目绩效自评报告", True, "某市林业和草原局", 2020, "天然林保护工程项目"),
    ("某市林业和草原局2020年度天然林保护工程项目支出绩效自评报告", True, "某市林业和草原局", 2020, "天然林保护工程"),
    ("2021年度项目绩效自评报告", True, None, 2021, None),
    ("某市司法局2017年度专项事业费(项目)支出绩效自评报告", True, "某市司法局", 2017, "专项事业费"),
    # a unit's report on a fund's spending; the kind of money only, no project
    ("某市文化和旅游局关于公共文化服务体系建设补助资金支出绩效的自评报告", True, "某市文化和旅游局", None,
     "公共文化服务体系建设补助资金"),
    ("某市林业和草原局2021年度中央对地方转移支付预算执行情况绩效自评报告", True, "某市林业和草原局", 2021, None),
    ("耒阳市第四中学2022年专项资金绩效自评价报告", True, "耒阳市第四中学", 2022, None),  # only the kind of money
])
def test_title_parts(title: str, is_project: bool, department: str | None, year: int, project: str | None) -> None:
    parts = parse_title(title, is_project)
    assert (parts.department, parts.year, parts.project) == (department, year, project)


def test_title_found_with_its_unit_on_the_next_line() -> None:
    span = find_title("\n关于2021年度部门整体支出绩效自评的报告\n中共宁远县委宣传部\n一、基本情况\n")
    assert span is not None and span.text == "关于2021年度部门整体支出绩效自评的报告"
    assert span.unit_line == "中共宁远县委宣传部"


def test_a_title_broken_after_its_year_joins_its_two_lines() -> None:
    text = "某镇人民政府\n某县某镇人民政府2021年度村级公益事业\n一事一议财政奖补项目绩效自评报告\n一、项目概况\n"
    span = find_title(text)
    assert span is not None and span.text == "某县某镇人民政府2021年度村级公益事业一事一议财政奖补项目绩效自评报告"
    parts = parse_title(span.text, True)
    assert (parts.department, parts.year, parts.project) == ("某县某镇人民政府", 2021, "村级公益事业一事一议财政奖补项目")


def test_a_dated_sentence_above_the_title_stays_apart() -> None:
    span = find_title("2021年5月召开会议。\n某局部门整体支出绩效自评报告\n正文\n")
    assert span is not None and span.text == "某局部门整体支出绩效自评报告"


def test_year_on_its_own_line_joins_the_title() -> None:
    span = find_title("项目支出绩效自评表\n(2022年度)\n项目名称")
    assert span is not None and span.text == "项目支出绩效自评表(2022年度)"


@pytest.mark.parametrize("text, department, year", [
    # a file name standing for the title (a document site, a download page)
    ("2021年某市发展和改革局部门整体支出绩效自评报告.pdf\n根据通知要求,我局开展自评。", "某市发展和改革局", 2021),
    ("《某县第四中学专项资金绩效自评价报告.docx》由会员分享,可在线阅读。\n一、基本情况", "某县第四中学", None),
    # the report naming itself in its opening sentence
    ("为做好项目绩效管理工作,现将2022年西平县交通运输局农村公路建设项目绩效自评总结报告如下:\n一、绩效目标",
     "西平县交通运输局", 2022),
])
def test_titles_that_are_no_title_line(text: str, department: str, year: int | None) -> None:
    span = find_title(text)
    assert span is not None
    parts = parse_title(span.text, is_project=True)
    assert (parts.department, parts.year) == (department, year)


def test_an_opening_that_names_no_report_gives_no_title() -> None:
    assert find_title("为加强管理,现将有关情况报告如下:\n一、基本情况") is None


def test_a_file_name_without_a_unit_gives_way_to_the_title_glued_to_the_text_after_it() -> None:
    text = ("河湖水系2022年整体绩效自评总结报告.docx\n"
            "某市河湖水系水源调度中心 2022 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。"
            + "我单位按照文件要求,对本单位整体支出和项目支出开展全过程预算绩效管理。" * 3)
    span = find_title(text)
    assert span is not None
    assert parse_title(span.text, is_project=False).department == "某市河湖水系水源调度中心"
    assert find_title("河湖水系2022年整体绩效自评总结报告.docx\n正文。").text == "河湖水系2022年整体绩效自评总结报告"


def test_a_page_field_label_before_the_title_is_not_part_of_it() -> None:
    span = find_title("标      题 某自治区残疾人联合会2020年度预算绩效自评报告\n索引号 000014349/2021-00002")
    assert span is not None and parse_title(span.text, False).department == "某自治区残疾人联合会"


def test_a_title_naming_only_its_bonds_takes_the_project_from_the_line_above() -> None:
    from extractors.title import project_above
    text = "兴国县城区雨污分流改造工程\n2021年度专项债券项目绩效自评报告\n一、项目概况\n"
    span = find_title(text)
    assert span is not None
    parts = parse_title(span.text, True)
    assert parts.project == "专项债券项目"
    assert project_above(text, span, parts.project) == ("兴国县城区雨污分流改造工程", 0)
    # no name above: the bonds are no project's name
    bare = "2021年度专项债券项目绩效自评报告\n一、项目概况\n"
    bare_span = find_title(bare)
    assert bare_span is not None and project_above(bare, bare_span, "专项债券项目") is None
    assert project_above(text, span, "农村公路养护") == ("农村公路养护", span.start)


def test_a_transfer_s_regional_form_names_its_fund_without_区域() -> None:
    assert parse_title("衔接推进乡村振兴补助资金区域绩效自评表（2024年度）", True).project == "衔接推进乡村振兴补助资金"
