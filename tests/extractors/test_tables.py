"""The table extractor over many 绩效自评表 layouts built in code."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import tables
from extractors.table_facts import TABLE_ROW_ITEM
from pipeline.text.segment import segment
from schemas.document import Document
from schemas.facts import Extraction
from schemas.text.normalize import normalize_document
from tests.extractors import test_table_layouts as layouts

D = Decimal
PROJECT = layouts.PROJECT_TITLE
DEPARTMENT = layouts.DEPARTMENT_TITLE


def run(pages: list[tuple[str, tuple]]) -> Extraction:  # type: ignore[type-arg]
    return tables.extract(layouts.make_tables_doc(pages))


def extract_document(document: Document) -> Extraction:
    """A reader's document through normalize and segment to the table extractor."""
    return tables.extract(segment(document, normalize_document(document)))


def items_of(ex: Extraction) -> dict[str, Decimal]:
    """Report-level items as `code` / `code@basis` -> yuan (or percent)."""
    out = {}
    for b in ex.budget_items:
        if b.scope is None:
            key = b.item + (f"@{b.basis.value}" if b.basis else "")
            assert key not in out, f"{key} extracted twice"
            out[key] = b.value
    return out


def indicators_of(ex: Extraction) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {i.name: (i.target, i.actual, i.weight.value if i.weight else None, i.score.value if i.score else None)
            for i in ex.indicators}


def fields_of(ex: Extraction) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in sorted(ex.fields, key=lambda f: -f.strength):
        out.setdefault(f.name, f.value)
    return out


CASES = {
    "classic": (
        [(PROJECT, (layouts.classic(),))],
        {"budget_initial": D("8600000"), "budget_adjusted": D("9200000"), "expenditure_total": D("8743200"),
         "execution_rate": D("95.03"), "revenue_general_budget@initial": D("8600000"),
         "revenue_general_budget@adjusted": D("8600000"), "revenue_general_budget@executed": D("8221200"),
         "revenue_carryover@adjusted": D("600000"), "revenue_carryover@executed": D("522000")},
        {"预算执行率": (None, "95.03%", D(10), D("9.5")),
         "乡镇卫生院诊疗设备配置数量": ("=12个", "12个", D(10), D(10)),
         "乡村医生能力提升培训人次": ("≥600人次", "648人次", D(10), D(10)),
         "设备安装验收合格率": ("≥95%", "100%", D(10), D(10)),
         "培训考核合格率": ("≥90%", "88.5%", D(5), D(4)),
         "设备采购安装完成时间": ("2022年10月底前", "2022年12月20日", D(5), D(3)),
         "单台设备平均采购成本": ("≤120万元", "96.8万元", D(10), D(10)),
         "基层诊疗量占比": ("≥65%", "66.2%", D(10), D(10)),
         "群众就医便利程度": ("明显提升", "有所提升", D(10), D(8)),
         "设备正常使用年限": ("≥5年", "达到预期", D(10), D(10)),
         "就诊群众满意度": ("≥95%", "92.6%", D(10), D(9))},
        {"project_name": "基层医疗卫生机构服务能力提升项目", "department": "太和县卫生健康委员会",
         "self_score": D("94.5"), "grade": "优", "report_kind": "project"},
    ),
    "sichuan": (
        [(PROJECT, (layouts.sichuan(),))],
        {"budget_initial": D("1200000"), "budget_adjusted": D("1300000"), "expenditure_total": D("1261000"),
         "execution_rate": D("97.00"), "revenue_general_budget@initial": D("1000000"),
         "revenue_general_budget@adjusted": D("1100000"), "revenue_general_budget@executed": D("1061000"),
         "revenue_special_account@initial": D("100000"), "revenue_special_account@adjusted": D("100000"),
         "revenue_special_account@executed": D("100000"), "revenue_other@initial": D("100000"),
         "revenue_other@adjusted": D("100000"), "revenue_other@executed": D("100000")},
        {"预算执行率": (None, "97.00%", D(10), D("9.7")),
         "保障在职人数": ("≥52", "52", D(30), D(30)),
         "工资发放及时率": ("=100", "100", D(30), D(30)),
         "单位正常运转": ("保障", "保障", D(20), D(20)),
         "职工满意度": ("≥90", "95", D(10), D(10))},
        {"project_name": "工资性支出", "department": "四川省某某中心", "report_kind": "project"},  # the 实施单位 reports, not its 主管部门
    ),
    "chongqing": (
        [(DEPARTMENT, (layouts.chongqing(),))],
        {"budget_initial": D("23864500"), "budget_adjusted": D("27129000"), "expenditure_total": D("26451800"),
         "execution_rate": D("97.50")},
        {"预算执行率": (None, "97.50", D(10), D("9.75")),
         "举办全民健身赛事活动场次": ("≥40", "46", D(30), D(30)),
         "社会体育指导员培训人次": ("≥320", "286", D(20), D("17.88")),  # the adjusted target wins
         "全民健身公共服务水平": ("明显提升", "有所提升", D(20), D(16)),
         "群众对健身设施满意度": ("≥90%", "93.4%", D(20), D(20))},
        {"department": "重庆市江北区体育局", "self_score": D("93.63"), "report_kind": "department_overall"},
    ),
    "anhui": (
        [(PROJECT, (layouts.anhui(),))],
        {"budget_adjusted": D("5000000"), "expenditure_total": D("4750000"), "execution_rate": D("95.00"),
         "revenue_general_budget@adjusted": D("4500000"), "revenue_general_budget@executed": D("4300000"),
         "revenue_other@adjusted": D("500000"), "revenue_other@executed": D("450000")},
        {"预算执行率": (None, "95.00%", D(10), D("9.5")),
         "养护里程": ("≥1180公里", "1180.5公里", D(50), D(50)),
         "路况优良率": ("≥85%", "80%", D(30), D(30)),
         "群众满意度": ("≥90%", "95%", D(10), D(8))},
        {"project_name": "农村公路养护", "self_score": D("97.5")},
    ),
    "transfer": (
        [(PROJECT, (layouts.transfer(),))],
        {"budget_adjusted": D("32860000"), "expenditure_total": D("31986200"), "execution_rate": D("97.34"),
         "funds_central@adjusted": D("21500000"), "funds_central@executed": D("21084000"),
         "funds_provincial@adjusted": D("7160000"), "funds_provincial@executed": D("6905200"),
         "funds_local@adjusted": D("4150000"), "funds_local@executed": D("3997000")},
        {},
        {},
    ),
    "yunnan_yuan": (
        [(PROJECT, (layouts.yunnan(),))],
        {"budget_initial": D("1234567.89"), "budget_adjusted": D("1300000.00"), "expenditure_total": D("1287000.00"),
         "execution_rate": D("99.00"), "revenue_general_budget@initial": D("1234567.89"),
         "revenue_general_budget@adjusted": D("1300000.00"), "revenue_general_budget@executed": D("1287000.00")},
        {"预算执行率": (None, "99.00%", None, D(10))},
        {"project_name": "边境小康村建设"},
    ),
    "html_flattened": (
        [(DEPARTMENT, (layouts.html_flattened(),))],
        {"budget_initial": D("62158000"), "budget_adjusted": D("68423600"), "expenditure_total": D("64455000"),
         "revenue_general_budget@initial": D("59808000"), "revenue_general_budget@adjusted": D("63951600"),
         "revenue_general_budget@executed": D("60103400"), "revenue_gov_fund@initial": D("2350000"),
         "revenue_gov_fund@adjusted": D("3520000"), "revenue_gov_fund@executed": D("3400000"),
         "revenue_carryover@adjusted": D("952000"), "revenue_carryover@executed": D("951600")},
        {"城乡低保对象保障人数": ("≥2800人", "2916人", None, None),
         "社区养老服务综合体建成数量": ("=3个", "3个", None, None),
         "低保资金发放准确率": ("100%", "100%", None, None),
         "困难群众基本生活保障水平": ("有效保障", "有效保障", None, None)},
        {"department": "成都市武侯区民政局", "report_kind": "department_overall"},
    ),
    "split_across_pages": (
        [(PROJECT, (layouts.split_pages()[0],)), ("续表", (layouts.split_pages()[1],))],
        {},
        {"清运垃圾量": ("≥5000吨", "5200吨", D(40), D(40)),
         "无害化处理率": ("=100%", "100%", D(20), D(20)),
         "清运及时率": ("≥95%", "97%", D(20), D(20)),
         "群众满意度": ("≥90%", "85%", D(20), D(20))},
        {"project_name": "城乡环境综合治理", "self_score": D(100)},
    ),
    "split_header_funds": (
        [(PROJECT, (layouts.split_header_funds(),))],
        {"budget_initial": D(1000000), "budget_adjusted": D(1200000), "expenditure_total": D(1100000),
         "execution_rate": D("91.67"), "revenue_general_budget@initial": D(1000000),
         "revenue_general_budget@adjusted": D(1200000), "revenue_general_budget@executed": D(1100000)},
        {},
        {},
    ),
    "department_sources_and_spending": (
        [(DEPARTMENT, (layouts.department_spending(),))],
        {"budget_initial": D(10000000), "budget_adjusted": D(12000000), "expenditure_total": D(11500000),
         "revenue_general_budget@initial": D(9000000), "revenue_general_budget@adjusted": D(11000000),
         "revenue_general_budget@executed": D(10600000), "revenue_other@initial": D(1000000),
         "revenue_other@adjusted": D(1000000), "revenue_other@executed": D(900000),
         # spending rows give their spending (the 执行数); their budget columns are no stored item
         "expenditure_basic": D(6400000), "expenditure_project": D(5100000)},
        {},
        {"department": "某某局", "report_kind": "department_overall"},
    ),
    "framework_points_only": (
        [(PROJECT, (layouts.framework(),))],
        {},
        {"立项依据充分性": (None, None, D(10), D(10)), "绩效目标合理性": (None, None, D(10), D(9)),
         "实际完成率": (None, None, D(80), D(78))},
        {"project_name": "乡村振兴衔接资金", "self_score": D(97)},
    ),
    "nested_funds_keep_totals_only": (
        [(PROJECT, (layouts.nested_funds(),))],
        {"budget_initial": D(1100000), "budget_adjusted": D(1100000), "expenditure_total": D(1000000)},
        {},
        {"project_name": "某项目"},
    ),
    "spending_nested_by_items_keeps_its_parts": (
        [(PROJECT, (layouts.spending_nested_by_items(),))],
        {"budget_initial": D(62486000), "budget_adjusted": D(70268000), "expenditure_total": D(68124600),
         "expenditure_basic": D(19862400), "expenditure_personnel": D(17125800), "expenditure_public": D(2736600),
         "expenditure_project": D(48262200)},
        {},
        {},
    ),
    "split_with_repeated_header": (
        [(PROJECT, (layouts.split_pages(True)[0],)), ("续表", (layouts.split_pages(True)[1],))],
        {},
        {"清运垃圾量": ("≥5000吨", "5200吨", D(40), D(40)),
         "无害化处理率": ("=100%", "100%", D(20), D(20)),
         "清运及时率": ("≥95%", "97%", D(20), D(20)),
         "群众满意度": ("≥90%", "85%", D(20), D(20))},
        {"project_name": "城乡环境综合治理", "self_score": D(100)},
    ),
    "glued_cells": (
        [(PROJECT, (layouts.glued(),))],
        {"budget_adjusted": D("3900000"), "expenditure_total": D("3900000"), "execution_rate": D(100)},
        {},
        {"project_name": "道路养护"},
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_layout(name: str) -> None:
    pages, want_items, want_indicators, want_fields = CASES[name]
    ex = run(pages)
    assert items_of(ex) == want_items
    got = indicators_of(ex)
    assert set(got) == set(want_indicators)
    for key, want in want_indicators.items():
        assert got[key] == want, key
    fields = fields_of(ex)
    for key, want in want_fields.items():
        assert fields.get(key) == want, key


def test_every_table_value_carries_its_cell() -> None:
    ex = run([(PROJECT, (layouts.classic(),))])
    for b in ex.budget_items:
        p = b.provenance
        assert (p.extractor, p.page, p.table) == ("tables", 1, 0)
        assert p.row is not None and p.col is not None and p.location
    total = next(b for b in ex.budget_items if b.item == "budget_adjusted")
    assert (total.provenance.row, total.provenance.col, total.figure.stated) == (3, 5, "920.00")
    assert total.figure.tolerance == D(50)  # 0.005万元


@pytest.mark.parametrize("repeat_header", [False, True])
def test_split_table_keeps_level_labels_and_project(repeat_header: bool) -> None:
    first, second = layouts.split_pages(repeat_header)
    ex = run([(PROJECT, (first,)), ("续表", (second,))])
    levels = {i.name: (i.level1, i.project, i.provenance.page) for i in ex.indicators}
    assert levels["清运及时率"] == ("产出指标", "城乡环境综合治理", 2)


def test_header_repeated_inside_a_joined_table_keeps_level_labels() -> None:
    first, second = layouts.split_pages(repeat_header=True)
    joined = layouts.build([[c.text for c in sorted(t.cells, key=lambda c: c.col) if c.row == r]
                            for t in (first, second) for r in range(t.n_rows)][1:])  # spans dropped: plain rows
    ex = run([(PROJECT, (joined,))])
    levels = {i.name: i.level1 for i in ex.indicators}
    assert levels == {"清运垃圾量": "产出指标", "无害化处理率": "产出指标", "清运及时率": "产出指标",
                      "群众满意度": "满意度指标"}


def test_indicator_details_classic() -> None:
    ex = run([(PROJECT, (layouts.classic(),))])
    by_name = {i.name: i for i in ex.indicators}
    training = by_name["乡村医生能力提升培训人次"]
    assert (training.level1, training.level2, training.target_operator, training.target_value,
            training.actual_value, training.unit) == ("产出指标", "数量指标", "≥", D(600), D(648), "人次")
    assert by_name["乡镇卫生院诊疗设备配置数量"].name == "乡镇卫生院诊疗设备配置数量"  # wrapped cell joined
    assert by_name["培训考核合格率"].note == "部分乡村医生实操考核未通过"
    assert by_name["基层诊疗量占比"].level1 == "效益指标"  # `效益指标(30分)`: points stripped
    assert by_name["设备采购安装完成时间"].target_value is None  # a deadline, not a quantity
    execution = by_name["预算执行率"]
    assert (execution.level1, execution.actual_value, execution.project) == ("预算执行", D("95.03"),
                                                                             "基层医疗卫生机构服务能力提升项目")
    assert "指标2" not in by_name and "……" not in by_name  # placeholder rows skipped


def test_sichuan_operator_and_unit_columns() -> None:
    ex = run([(PROJECT, (layouts.sichuan(),))])
    staff = next(i for i in ex.indicators if i.name == "保障在职人数")
    assert (staff.target_operator, staff.target_value, staff.unit) == ("≥", D(52), "人")
    rate = next(i for i in ex.indicators if i.name == "工资发放及时率")
    assert (rate.target_operator, rate.unit) == ("=", "%")


def test_department_report_with_several_project_tables() -> None:
    ex = run([(DEPARTMENT, (layouts.small_project("教师培训"),
                            layouts.small_project("学生资助", "200.00", "150.00", "80.00%", "95")))])
    assert items_of(ex) == {}  # the projects' funds are not the department's
    assert {b.scope for b in ex.budget_items} == {"project:教师培训", "project:学生资助"}
    projects = {p.name: (p.budget.value, p.executed.value, p.execution_rate.value) for p in ex.projects}  # type: ignore[union-attr]
    assert projects == {"教师培训": (D("1000000.00"), D("950000.00"), D("95.00")),
                        "学生资助": (D("2000000.00"), D("1500000.00"), D("80.00"))}
    assert {i.project for i in ex.indicators} == {"教师培训", "学生资助"}
    assert "self_score" not in fields_of(ex) and "project_name" not in fields_of(ex)


def test_unknown_fund_row_is_kept_as_a_scoped_part() -> None:
    table = layouts.build([
        ["", "全年预算数", "全年执行数"],
        ["年度资金总额", "100", "90"],
        ["其中：财政拨款", "80", "70"],
        ["某某专项补助", "20", "20"],
    ])
    ex = run([(PROJECT, (table,))])
    parts = [b for b in ex.budget_items if b.item == TABLE_ROW_ITEM]
    assert {(b.scope, b.basis.value, b.value) for b in parts if b.basis} == {
        ("table_row:某某专项补助", "adjusted", D(200000)), ("table_row:某某专项补助", "executed", D(200000))}


def test_goal_actual_texts_are_the_hook_for_metrics() -> None:
    doc = layouts.make_tables_doc([(PROJECT, (layouts.classic(),))])
    texts = tables.goal_actual_texts(doc)
    assert [t for t, _ in texts] == ["全年培训乡村医生648人次,12家乡镇卫生院完成设备配置。"]
    assert texts[0][1].table == 0 and texts[0][1].row == 8


def test_goal_metrics_come_from_the_actual_text_only() -> None:
    ex = run([(PROJECT, (layouts.classic(),))])
    values = {(m.value, m.unit) for m in ex.metrics}
    assert (D(648), "人次") in values
    assert (D(600), "人次") not in values  # 预期目标 is a target, not an achievement
    assert all(m.provenance.extractor == "tables" and m.provenance.table == 0 for m in ex.metrics)


def test_no_tables_no_facts() -> None:
    assert run([(PROJECT, ())]) == Extraction()


def test_table_without_blocks_gives_nothing() -> None:
    table = layouts.build([["资金管理情况", "资金是否及时足额拨付到位", "是"], ["资金管理情况", "是否建立专账核算", "是"]])
    ex = run([(PROJECT, (table,))])
    assert ex.budget_items == () and ex.indicators == ()


def test_department_table_listing_projects() -> None:
    table = layouts.build([
        ["项目名称", "全年预算数", "全年执行数", "执行率"],
        ["城乡居民最低生活保障", "2,150.00", "2,138.62", "99.47%"],
        ["社区养老服务综合体建设运营补贴", "680.00", "512.40", "75.35%"],
        ["合计", "2,830.00", "2,651.02", "93.68%"],
    ])
    ex = run([(DEPARTMENT, (table,))])
    assert ex.budget_items == ()  # a listing's 合计 is the projects' sum, not the department's budget
    projects = {p.name: (p.budget.value, p.executed.value, p.execution_rate.value) for p in ex.projects}  # type: ignore[union-attr]
    assert projects == {"城乡居民最低生活保障": (D("21500000.00"), D("21386200.00"), D("99.47")),
                        "社区养老服务综合体建设运营补贴": (D("6800000.00"), D("5124000.00"), D("75.35"))}


MARKDOWN_PAGE = """某项目支出绩效自评报告
附表：项目支出绩效自评表
| 项目名称 | 农村公路养护 | | | | | |
| --- | --- | --- | --- | --- | --- | --- |
| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分 |
| | 年度资金总额 | 500.00 | 500.00 | 475.00 | 95.00% | 9.5 |
| | 其中：财政拨款 | 500.00 | 500.00 | 475.00 | — | — |
||||||||
| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |
| | 产出指标 | 数量指标 | 养护里程 | ≥1180公里 | 1180.5公里 | 50 |
| | | 质量指标 | 路况优良率 | ≥85% | 88% | 30 |
| 总分 | | | | | | 89.5 |
以上为自评表。"""


def test_pipe_table_in_the_text() -> None:
    ex = run([(MARKDOWN_PAGE, ())])
    assert items_of(ex) == {"budget_initial": D(5000000), "budget_adjusted": D(5000000),
                            "expenditure_total": D(4750000), "execution_rate": D(95),
                            "revenue_general_budget@initial": D(5000000),
                            "revenue_general_budget@adjusted": D(5000000),
                            "revenue_general_budget@executed": D(4750000)}
    assert indicators_of(ex) == {"预算执行率": (None, "95.00%", None, D("9.5")),
                                 "养护里程": ("≥1180公里", "1180.5公里", None, D(50)),
                                 "路况优良率": ("≥85%", "88%", None, D(30))}
    assert fields_of(ex)["self_score"] == D("89.5")
    assert {i.level1 for i in ex.indicators if i.name != "预算执行率"} == {"产出指标"}
    assert all(b.provenance.location == "text-table[1]" for b in ex.budget_items)


def test_xlsx_with_merged_cells_through_the_reader() -> None:
    import io

    import openpyxl

    from pipeline.reading.read import read_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效自评表"
    rows = [
        ["某区体育局2022年度部门整体绩效自评表"],
        ["金额单位：万元"],
        ["主管部门", "某区体育局", None, None, "自评总分(分)", 19.5],
        ["部门预算执行情况（万元）", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"],
        [None, 2386.45, 2712.9, 2645.18, 97.5, 10, 9.75],
        ["绩效指标", "指标名称", "计量单位", "年初指标值", "全年完成值", "指标权重(分)", "指标得分(分)"],
        [None, "举办全民健身赛事活动场次", "场次", "≥40", 46, 10, 9.75],
    ]
    for row in rows:
        ws.append(row)
    for ref in ("A1:G1", "A2:G2", "B3:D3", "A4:A5", "A6:A7"):
        ws.merge_cells(ref)
    for ref, fmt in (("B5", "#,##0.00"), ("C5", "#,##0.00"), ("D5", "#,##0.00"), ("E5", "0.00"), ("G5", "0.00")):
        ws[ref].number_format = fmt
    buffer = io.BytesIO()
    wb.save(buffer)
    document = read_bytes(buffer.getvalue(), "sheet.xlsx")
    ex = extract_document(document)
    assert items_of(ex) == {"budget_initial": D("23864500"), "budget_adjusted": D("27129000"),
                            "expenditure_total": D("26451800"), "execution_rate": D("97.50")}
    assert {i.name: (i.weight.value, i.score.value) for i in ex.indicators} == {  # type: ignore[union-attr]
        "预算执行率": (D(10), D("9.75")), "举办全民健身赛事活动场次": (D(10), D("9.75"))}
    assert fields_of(ex)["self_score"] == D("19.5")


def _golden_cases() -> list[str]:
    return ["taihe-weijian-2022.pdf", "jiangbei-tiyu-2022.xlsx", "wuhou-minzheng-2021.html", "yiyang-renshe-2022.docx"]


@pytest.mark.parametrize("name", _golden_cases())
def test_dev_corpus_tables_match_the_golden_files(name: str) -> None:
    """What the tables state in the dev corpus: basis items and indicators as the golden files list them."""
    import json
    import unicodedata

    from pipeline.reading.read import read_path
    from tests.conftest import shared_dir

    path = shared_dir() / "corpus" / "dev" / name
    golden = json.loads(path.with_name(path.stem + ".golden.json").read_text(encoding="utf-8"))
    document = read_path(path)
    ex = extract_document(document)
    got = items_of(ex)
    for key, want in golden["budget_items"].items():
        if "@" in key:
            assert got.get(key) == D(want), key
    assert {k for k in got if "@" in k} == {k for k in golden["budget_items"] if "@" in k}

    def norm(text: object) -> object:
        return None if text is None else unicodedata.normalize("NFKC", str(text))

    by_name = {norm(i.name): i for i in ex.indicators}
    assert set(by_name) == {norm(w["name"]) for w in golden["indicators"]}
    for want in golden["indicators"]:
        ind = by_name[norm(want["name"])]
        for key in ("target", "actual"):
            if key in want:
                assert norm(getattr(ind, key)) == norm(want[key]), (want["name"], key)
        for key in ("weight", "score"):
            if key in want:
                figure = getattr(ind, key)
                assert figure is not None and figure.value == D(want[key]), (want["name"], key)


def test_a_unit_named_with_he_is_one_unit_and_two_units_joined_by_it_are_not() -> None:
    from extractors.table_facts import single_unit

    assert single_unit("青神县发展和改革局") == "青神县发展和改革局"
    assert single_unit("某县人力资源和社会保障局") == "某县人力资源和社会保障局"
    assert single_unit("县人民医院和县中医院") is None
    assert single_unit("各乡镇卫生院") is None


def test_a_form_s_indicator_numbering_is_no_part_of_the_name() -> None:
    from extractors.table_facts import _INDICATOR_NUMBER

    assert _INDICATOR_NUMBER.sub("", "指标1:居民健康档案建档人数") == "居民健康档案建档人数"
    assert _INDICATOR_NUMBER.sub("", "指标12、传染病报告及时率") == "传染病报告及时率"
    assert _INDICATOR_NUMBER.sub("", "指标完成率") == "指标完成率"


def test_a_lone_hundred_on_a_sum_row_is_the_weights_total_not_a_perfect_score() -> None:
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    head = ("# 某县司法局2023年度项目支出绩效自评表\n\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 |\n"
            "| --- | --- | --- | --- | --- | --- | --- |\n"
            "| 产出指标 | 数量指标 | 采购设备 | 13台 | 13台 | 90 | 88 |\n")
    sum_row = resolve(tables.extract(make_doc(head + "| 合计 | 100 | | | | | |\n"))).meta
    assert sum_row.self_score is None and sum_row.weight_total == Decimal("100")
    score_row = resolve(tables.extract(make_doc(head + "| 总分 | 100 | | | | | |\n"))).meta
    assert score_row.self_score == Decimal("100")
    scored = resolve(tables.extract(make_doc(head + "| 合计 | 98 | | | | | |\n"))).meta
    assert scored.self_score == Decimal("98")


def test_the_execution_line_printed_again_among_the_indicators_is_one_indicator() -> None:
    from tests.conftest import make_doc

    text = ("# 某市水务局2025年度项目支出绩效自评表\n\n"
            "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            "| 年度资金总额 | 150.00 | 168.00 | 165.34 | 10 | 98.42% | 9.84 |\n\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            "| 预算执行 | 预算执行率 | 预算执行率 | 100% | 98.42% | 10 | 9.84 |\n"
            "| 产出指标 | 数量指标 | 维修工程 | ≥45处 | 48处 | 90 | 90 |\n")
    names = [i.name for i in tables.extract(make_doc(text)).indicators]
    assert names.count("预算执行率") == 1 and "维修工程" in names


def test_the_unit_that_fills_the_form_in_reports_above_the_one_that_carried_it_out() -> None:
    from schemas.document import Table

    heading = Table.from_rows([["项目名称：城市绿地养护项目", "主管部门：上海市宝山区绿化和市容管理局"],
                               ["实施单位：宝山区绿化管理所", "评价方式：单位自评"]])
    footer = Table.from_rows([["填报单位：上海市宝山区绿化和市容管理局", "填报日期：2022年3月18日"]])
    ex = run([(PROJECT, (heading, footer))])
    by_strength = sorted((f for f in ex.fields if f.name == "department"), key=lambda f: -f.strength)
    assert [(f.value, f.strength) for f in by_strength][:2] == [("上海市宝山区绿化和市容管理局", 3), ("宝山区绿化管理所", 2)]


def _scored_table(budget: str, spent: str, rate: str, score: str) -> object:
    from schemas.document import Table

    return Table.from_rows([["全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"],
                            [budget, spent, rate, score, "优"]])


def test_tables_that_each_score_what_they_hold_are_the_projects_the_headings_name() -> None:
    from tests.conftest import make_doc

    text = ("某县文化体育和广播电视局2018年度部门整体支出绩效自评报告\n一、部门整体支出情况\n调整后预算1,286.40万元。\n"
            "二、重点项目绩效自评情况\n（一）公共文化服务体系建设项目\n全年完成14个文化站提档升级。\n"
            "（二）全民健身设施建设项目\n全年新建健身工程24个。\n")
    doc = make_doc(text, tables=(_scored_table("186.00", "181.42", "97.54%", "96"),
                                 _scored_table("120.00", "112.36", "93.63%", "91")))
    ex = tables.extract(doc)
    found = {p.name: p.budget.value for p in ex.projects if p.budget is not None}
    assert found == {"公共文化服务体系建设": D("1860000.00"), "全民健身设施建设": D("1200000.00")}
    assert "budget_adjusted" not in items_of(ex)  # no project's budget is the department's


def test_a_name_read_by_ocr_carries_its_confidence() -> None:
    from dataclasses import replace as with_

    from schemas.document import OcrTrace

    table = layouts.classic()
    trace = OcrTrace((0, 1), ((0, 0, 1, 1), (1, 0, 2, 1)), (0.8, 0.9))
    ocr_table = with_(table, cells=tuple(with_(c, ocr=trace) for c in table.cells))
    names = {f.name: f.provenance.confidence for f in run([(PROJECT, (ocr_table,))]).fields
             if f.name in ("project_name", "department")}
    assert names and all(abs(c - 0.85) < 1e-9 for c in names.values() if c is not None)
    assert names["project_name"] is not None
    assert all(f.provenance.confidence is None for f in run([(PROJECT, (table,))]).fields)


def test_a_total_row_whose_label_spans_the_points_column_reads_its_figures_in_order() -> None:
    rows: list[list[layouts.Spec]] = [
        ["项目名称", ("医疗救助资金", 1, 8)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "住院救助人次", "≥9000人次", "9846人次", "50", "48", ""],
        ["效益指标", "社会效益指标", "个人负担比例", "≤15%", "12.6%", "50", "49.62", ""],
        [("总分", 1, 6), "100", "97.62", "自评等级：优"],
    ]
    fields = fields_of(run([(PROJECT, (layouts.build(rows),))]))
    assert fields["self_score"] == D("97.62")


def test_a_projects_listing_in_numbered_groups_with_subtotals_lists_every_project_once() -> None:
    table = layouts.build([
        ["项目名称", "调整后预算", "执行数", "执行率"],
        [("一、产业发展类", 1, 4)],
        ["茶产业发展补助", "486.00", "472.35", "97.19%"], ["蓝莓产业提质增效", "362.50", "350.80", "96.77%"],
        ["小计", "848.50", "823.15", "97.01%"],
        [("二、农业服务类", 1, 4)],
        ["动物疫病防控", "516.00", "505.26", "97.92%"],
        ["小计", "516.00", "505.26", "97.92%"],
        ["合计", "1,364.50", "1,328.41", "97.36%"],
    ])
    ex = run([(DEPARTMENT + "表1 2021年度项目支出执行情况 单位：万元\n", (table,))])
    assert {p.name: p.budget.value for p in ex.projects if p.budget} == {  # type: ignore[union-attr]
        "茶产业发展补助": D("4860000.00"), "蓝莓产业提质增效": D("3625000.00"), "动物疫病防控": D("5160000.00")}


def test_a_comparison_sign_ocr_could_not_read_is_the_one_the_row_s_points_bear_out() -> None:
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分"]
    table = layouts.build([
        header,
        ["产出指标", "数量指标", "推广新品种面积", "N", "2.2", "万亩", "2.36", "15", "15"],  # above, full: ≥
        ["产出指标", "时效指标", "良种发放完成时间", "", "4", "月", "5", "5", "3"],  # later, points lost: ≤
        ["效益指标", "满意度指标", "蔗农满意度", "2", "90", "%", "87.6", "10", "8"],  # below, points lost: ≥
        ["产出指标", "成本指标", "亩均补助", "≤", "300", "元", "280", "10", "10"],  # read: kept
        ["产出指标", "数量指标", "培训蔗农", "N", "3500", "人次", "3500", "10", "10"],  # met exactly: no telling
        ["产出指标", "质量指标", "良种纯度", "定性", "95", "%", "96.2", "10", "10"],  # a word: no sign
    ])
    ex = run([(PROJECT, (table,))])
    targets = {i.name: i.target for i in ex.indicators}
    assert targets == {"推广新品种面积": "≥2.2", "良种发放完成时间": "≤4", "蔗农满意度": "≥90", "亩均补助": "≤300",
                       "培训蔗农": "3500", "良种纯度": "95"}


def test_a_project_report_s_indicators_under_their_own_header_on_the_next_page_are_its_project_s() -> None:
    funds = layouts.build([
        ["项目名称", ("城乡环境综合治理", 1, 7)],
        [("项目资金（万元）", 2, 1), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "9.5"],
    ])
    indicators = layouts.build([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "清运垃圾量", "≥5000吨", "5200吨", "50", "50"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "40", "38"],
        [("总分", 1, 5), "100", "97.5"],
    ], page=2)
    ex = run([(PROJECT, (funds,)), ("绩效指标完成情况", (indicators,))])
    assert {i.name: i.project for i in ex.indicators} == {
        "预算执行率": "城乡环境综合治理", "清运垃圾量": "城乡环境综合治理", "群众满意度": "城乡环境综合治理"}


def test_a_department_form_s_tasks_with_their_money_are_its_projects_not_parts_of_its_funds() -> None:
    form = layouts.build([
        ["部门名称", ("某镇人民政府", 1, 8)],
        [("年度预算资金（万元）", 4, 1), ("资金来源", 1, 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [("年度资金总额", 1, 2), "5,426.80", "6,482.60", "6,275.38", "10", "96.80%", "9.68"],
        [("其中：一般公共预算财政拨款", 1, 2), "5,046.80", "5,862.60", "5,667.92", "—", "—", "—"],
        [("政府性基金预算财政拨款", 1, 2), "380.00", "620.00", "607.46", "—", "—", "—"],
        [("年度主要任务", 3, 1), ("任务名称", 1, 2), ("主要内容", 1, 4), "全年预算数", "全年执行数"],
        [("机关运转保障", 1, 2), ("保障镇机关人员经费和日常公用经费", 1, 4), "4,336.30", "4,255.17"],
        [("西瓜产业发展", 1, 2), ("西瓜标准化种植技术推广和品牌宣传", 1, 4), "2,146.30", "2,020.21"],
    ])
    ex = run([(DEPARTMENT, (form,))])
    assert {p.name: (p.budget.value, p.executed.value) for p in ex.projects} == {  # type: ignore[union-attr]
        "机关运转保障": (D("43363000.00"), D("42551700.00")), "西瓜产业发展": (D("21463000.00"), D("20202100.00"))}
    assert not [b for b in ex.budget_items if b.item == TABLE_ROW_ITEM]  # no task is a source of the funds


def test_a_form_s_conclusion_row_states_what_was_done() -> None:
    form = layouts.build([
        ["项目名称", ("老旧小区微更新", 1, 3)],
        ["评价结论", ("项目自评总分95.85分，自评等级为优。全年完成6个小区微更新，受益居民3260户。", 1, 3)],
        ["存在问题", ("部分小区居民对改造方案意见不一，协调用时较长。", 1, 3)],
    ])
    texts = tables.goal_actual_texts(layouts.make_tables_doc([(PROJECT, (form,))]))
    assert [text for text, _ in texts] == ["项目自评总分95.85分,自评等级为优。全年完成6个小区微更新,受益居民3260户。"]


def test_a_header_merged_over_two_label_columns_is_one_name_column_only_when_its_rows_merge_them_too() -> None:
    # `项目` over `其中 | 一般公共预算财政拨款`: the labels together, the funds' sources, no projects' names
    form = layouts.build([
        [("项目", 1, 2), "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分"],
        [("年度资金总额", 1, 2), "3,826.40", "5,217.85", "5,046.93", "10", "96.72%", "9.67"],
        [("其中", 3, 1), "一般公共预算财政拨款", "3,826.40", "4,362.85", "4,238.37", "—", "—", "—"],
        ["政府性基金预算财政拨款", "—", "600.00", "561.56", "—", "—", "—"],
        ["上年结转", "—", "255.00", "247.00", "—", "—", "—"],
    ])
    ex = run([(DEPARTMENT, (form,))])
    assert not ex.projects
    sources = {(b.item, b.basis.value if b.basis else None): b.value for b in ex.budget_items}
    assert sources[("revenue_general_budget", "adjusted")] == D("43628500.00")
    assert sources[("revenue_carryover", "executed")] == D("2470000.00")
