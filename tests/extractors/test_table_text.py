"""Label lines (`标签：值`) give the facts of their ruled two-column equivalent."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import tables
from extractors.table_text import label_tables
from pipeline.text.segment import segment
from schemas.document import Document, Page, Table
from schemas.facts import Extraction
from schemas.text.normalize import normalize_document
from tests.conftest import make_doc

TITLE = "某县农业农村局2022年度高标准农田建设项目支出绩效自评报告"
PAIRS = [("项目名称", "高标准农田建设项目"), ("主管部门", "某县农业农村局"), ("实施单位", "某县农田建设服务中心"),
         ("自评得分", "92.5"), ("自评等级", "优")]
NARRATIVE = "一、项目概况\n本项目全年预算数为500万元，全年执行数为480万元。\n"


def document(text: str, tables_: tuple[Table, ...] = ()) -> Document:
    return Document(source_path="x.txt", sha256="0" * 64, source_format="txt",
                    pages=(Page(number=1, text=text, tables=tables_),))


def fields_of(doc: Document) -> dict[str, object]:
    ex: Extraction = tables.extract(segment(doc, normalize_document(doc)))
    return {f.name: f.value for f in ex.fields if f.name != "report_kind"}


def test_label_lines_give_the_facts_of_the_ruled_table() -> None:
    ruled = Table.from_rows([[label, value] for label, value in PAIRS])
    lines = "\n".join(f"{label}：{value}" for label, value in PAIRS)
    from_table = fields_of(document(f"{TITLE}\n{NARRATIVE}", (ruled,)))
    from_lines = fields_of(document(f"{TITLE}\n{lines}\n{NARRATIVE}"))
    assert from_table == from_lines
    assert from_lines["self_score"] == Decimal("92.5") and from_lines["grade"] == "优"
    assert from_lines["project_name"] == "高标准农田建设项目"


def test_pairs_on_one_line_and_their_offsets() -> None:
    text = f"{TITLE}\n主管部门：某县农业农村局  实施单位：某县农田建设服务中心\n自评等级：优；总分：96\n"
    (table,) = label_tables(document(text).pages[0])
    assert table.n_rows == 2 and table.n_cols == 4
    cell = next(c for c in table.cells if c.text == "某县农田建设服务中心")
    assert cell.address is not None
    start, end = map(int, cell.address.split("chars(")[1].rstrip(")").split("-"))
    assert text[start:end] == "实施单位：某县农田建设服务中心"


@pytest.mark.parametrize(
    "text",
    [
        "总分：100分\n",  # one line: a scoring rule, not a form
        "问题一：资金拨付不及时\n问题二：绩效目标不够细化\n",  # no label of the header vocabulary
        "根据要求：我局开展了自评工作，现报告如下。\n主管部门：某县农业农村局\n",  # a sentence is no value
    ],
)
def test_no_label_table_without_a_block_of_form_labels(text: str) -> None:
    assert label_tables(document(text).pages[0]) == []


def budget_of(text: str) -> dict[str, object]:
    doc = document(text)
    ex: Extraction = tables.extract(segment(doc, normalize_document(doc)))
    return {(c.item, c.basis): c.figure.value for c in ex.budget_items}


FORM_ROWS = (
    "项目资金\n(万元)\n"
    "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
    "年度资金总额: 640 720 684 10 95% 9.5\n"
    " 其中:本年财政拨款 640 720 684 - -\n"
    "    上年结转资金 - -\n"
    "年度总体目标完成情况 预期目标 实际完成情况\n"
)


def test_a_form_header_row_alone_on_its_line_takes_the_rows_below_it() -> None:
    budget = budget_of(f"{TITLE}\n{FORM_ROWS}")
    assert budget[("budget_initial", None)] == Decimal("6400000")
    assert budget[("budget_adjusted", None)] == Decimal("7200000")
    assert budget[("expenditure_total", None)] == Decimal("6840000")
    assert budget[("execution_rate", None)] == Decimal("95")


def test_the_rows_below_a_header_stop_at_a_line_that_is_no_form_row() -> None:
    from extractors.table_text import stream_line_tables

    text = f"{TITLE}\n{FORM_ROWS}本项目全年执行684万元，执行率95%，完成年度目标。\n"
    (table,) = stream_line_tables(document(text).pages[0])
    cells = [c.text for c in table.cells]
    assert cells[-1] == "-" and "年度总体目标完成情况" not in cells
    assert len(cells) == 6 + 7 + 6 + 3


@pytest.mark.parametrize("line,is_row", [
    ("年度资金总额: 880 880 880 10 10", True),
    ("其中:本年财政拨款 880 880 880 - -", True),
    ("上年结转资金 - -", True),
    ("880 880 880", True),
    ("年度总体目标完成情况 预期目标 实际完成情况", False),
    ("完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。 完成年度目标。", False),
    ("合计", False),
])
def test_what_counts_as_a_flattened_form_row(line: str, is_row: bool) -> None:
    from extractors.table_text import _form_row_line

    assert _form_row_line(line) is is_row


def test_a_form_one_cell_per_line_with_header_words_broken_over_two_lines() -> None:
    cells = ["项目名称", "食堂暖通改造", "项目资金", "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数",
             "分值", "执行率", "得分", "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9"]
    budget = budget_of(f"{TITLE}\n" + "\n\n".join(cells) + "\n")
    assert budget[("budget_initial", None)] == Decimal("432000")
    assert budget[("budget_adjusted", None)] == Decimal("432000")
    assert budget[("expenditure_total", None)] == Decimal("372400")
    assert budget[("execution_rate", None)] == Decimal("86")


@pytest.mark.parametrize("head,tail,joined", [
    ("年初", "预算数", True), ("全年", "预算数", True), ("全年", "执行数", True),
    ("分值", "执行率", False), ("执行率", "得分", False), ("(万元)", "年初", False), ("预算数", "全年", False),
])
def test_which_two_lines_are_one_broken_header_word(head: str, tail: str, joined: bool) -> None:
    from extractors.table_text import _split_header_word

    assert _split_header_word(head, tail) is joined


def test_an_indicator_block_one_cell_per_line_with_broken_headers_and_level_points() -> None:
    from pipeline.extraction.resolve import resolve

    cells = ["项目名称", "到户产业奖补", "项目资金", "（万元）", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值",
             "执行率", "得分", "年度资金总额", "1,850.00", "2,146.00", "2,118.62", "10", "98.72%", "9.87",
             "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因", "分析及",
             "改进措施", "产出指标", "（50分）", "数量指标", "奖补户数", "≥5000户", "5412户", "20", "20",
             "质量指标", "兑付率", "100%", "100%", "30", "30", "总分", "60", "59.87"]
    doc = make_doc(f"{TITLE}\n" + "\n\n".join(cells) + "\n")
    facts = resolve(tables.extract(doc))
    rows = {i.name: i for i in facts.indicators}
    assert rows["奖补户数"].level1 == "产出指标" and rows["奖补户数"].target == "≥5000户"
    assert rows["兑付率"].level2 == "质量指标" and rows["兑付率"].score.value == Decimal("30")
    assert facts.meta.self_score == Decimal("59.87")


def test_a_header_a_space_cut_inside_its_brackets_is_one_header() -> None:
    text = (f"{TITLE}\n年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) 年度资金总额: 620.82万元 "
            "620.82万元 620.82万元 10 100% 10 其中:当年财政 拨款 620.82万元 620.82万元 620.82万元\n")
    from extractors.table_text import stream_line_tables
    (table,) = stream_line_tables(document(text).pages[0])
    header = next(c for c in table.cells if c.text.startswith("执行率"))
    assert header.text == "执行率(全年 执行数/全年 预算数)"
    assert text[int(header.address.split("(")[1].split("-")[0]):].startswith("执行率(全年 执行数/全年 预算数)")
    budget = budget_of(text)
    assert budget[("expenditure_total", None)] == Decimal("6208200.00")
    assert budget[("execution_rate", None)] == Decimal("100")


def test_a_header_s_aside_wrapped_onto_its_own_line_does_not_cut_the_rows_off() -> None:
    text = (f"{TITLE}\n预算执行情况(万元)\n  预算数(A) 执行数(B) 执行率(B/A) 得分\n(20分*执行率)\n"
            "年度财政资金总额 86 85.42 99.33 19.87\n")
    budget = budget_of(text)
    assert budget[("budget_adjusted", None)] == Decimal("860000.00")
    assert budget[("expenditure_total", None)] == Decimal("854200.00")


@pytest.mark.parametrize("row, found", [
    ("年度资金总额: 1520.36 1498.20 98.54%", True),  # three headers over a row of figures: a form
    ("本年度资金主要用于基层医疗机构的运转保障。", False),  # three header words over prose: no form
])
def test_three_headers_make_a_form_only_over_a_row_of_figures(row: str, found: bool) -> None:
    text = f"{TITLE}\n项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)\n{row}\n 其中:中央补助 320.00 320.00 100%\n"
    budget = budget_of(text)
    assert (budget.get(("budget_adjusted", None)) == Decimal("15203600.00")) is found
    assert (budget.get(("execution_rate", None)) == Decimal("98.54")) is found


@pytest.mark.parametrize("text", [
    # the block caption's aside before the first row's label, a rate as a fraction
    "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元) 年度资金总额 36 36 34.2 10 0.95 9.5\n",
    # a note column, its text ending the row
    "年初预算数(A) 全年预算数 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法\n"
    "年度资金总额 36 36 34.2 10 95% 9.5 执行率*该指标分值,最高不得超过分值上限。\n",
])
def test_a_form_row_after_the_caption_s_aside_or_ending_in_its_note_is_read(text: str) -> None:
    budget = budget_of(f"{TITLE}\n{text}")
    assert budget[("budget_adjusted", None)] == Decimal("360000.00")
    assert budget[("expenditure_total", None)] == Decimal("342000.00")
    assert budget[("execution_rate", None)] == Decimal("95")
