"""DOCX reader: body order, merged cells, page breaks, numbering, real file."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_office  # noqa: E402

from pipeline.reading.docx_numbering import chinese_counting, format_counter  # noqa: E402
from pipeline.reading.read import read_bytes, read_path  # noqa: E402
from schemas.document import Document  # noqa: E402
from tests.conftest import shared_dir


@pytest.fixture(scope="module")
def report() -> Document:
    return read_bytes(build_office.report_docx(), "report.docx")


def test_paragraphs_are_lines_in_body_order(report: Document) -> None:
    lines = report.pages[0].text.split("\n")
    assert lines[:3] == [
        "某局2022年度项目支出绩效自评报告",
        "一、项目基本情况",
        "项目全年预算数3,286.00万元，执行数3,198.62万元，预算执行率97.34%。",  # full-width indent stripped
    ]
    assert "" not in lines[:-1]  # empty paragraphs are dropped
    assert report.pages[0].text.endswith("\n")


def test_tables_are_excluded_from_text_and_keep_merges(report: Document) -> None:
    assert "年度资金总额" not in report.pages[0].text
    table = report.pages[0].tables[0]
    assert table.location == "table[1]" and (table.n_rows, table.n_cols) == (4, 4)
    cells = {(c.row, c.col): c for c in table.cells}
    assert cells[(0, 1)].text == "全年预算数（万元）"  # two cell paragraphs on one line
    assert cells[(2, 3)].rowspan == 2 and (3, 3) not in cells
    assert cells[(2, 3)].address == "table[1]/r3c4"
    assert table.grid()[3][3] == "—"


def test_explicit_page_break_starts_a_page(report: Document) -> None:
    assert report.n_pages == 2
    assert report.pages[1].text == "全年实现城镇新增就业12,486人。\n"
    (second,) = report.pages[1].tables
    assert second.page == 2 and second.location == "table[2]"
    assert second.cells[0].colspan == 3 and second.cells[0].text == "资金管理情况"


def test_automatic_list_numbering_is_rendered() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("第一项工作", style="List Number")
    document.add_paragraph("第二项工作", style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_bytes(buffer.getvalue(), "list.docx")
    assert doc.pages[0].text == "1.第一项工作\n2.第二项工作\n"


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"), (105, "一百零五"), (110, "一百一十")])
def test_chinese_counting(n: int, text: str) -> None:
    assert chinese_counting(n) == text


def test_counter_formats() -> None:
    assert format_counter(3, "decimalEnclosedCircle") == "③"
    assert format_counter(2, "ideographTraditional") == "乙"
    assert format_counter(4, "upperRoman") == "IV"


def test_dev_yiyang_docx() -> None:
    path = shared_dir() / "corpus" / "dev" / "yiyang-renshe-2022.docx"
    doc = read_path(path)
    assert len(doc.tables) == 2
    text = doc.pages[0].text
    assert text.startswith("益阳市人力资源和社会保障局2022年度就业补助资金项目支出绩效自评报告\n")
    assert text.count("一、项目基本情况") == 1  # read once, not once per python-docx element view
    funds = doc.tables[0].grid()
    assert funds[0] == ["资金来源", "全年预算数(A)（万元）", "全年执行数(B)（万元）", "预算执行率(B/A×100%)"]
    assert funds[1] == ["年度资金总额", "3,286.00", "3,198.62", "97.34%"]
    management = doc.tables[1]
    assert management.cells[0].text == "资金管理情况" and management.cells[0].rowspan == 4


def test_a_table_s_caption_is_the_short_paragraph_right_above_it() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("项目支出全部用于以下项目，明细见下表，请核对。")
    document.add_paragraph("表2　项目支出明细（单位：元）")
    for _ in range(2):  # two tables in a row: the caption is the first one's
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(1, 0).text, table.cell(1, 1).text = "项目名称", "养老服务补贴项目", "62,000,000.00"
    buffer = io.BytesIO()
    document.save(buffer)
    tables = read_bytes(buffer.getvalue(), "captioned.docx").pages[0].tables
    assert [t.caption for t in tables] == ["表2　项目支出明细（单位：元）", None]


def test_paragraphs_typed_with_tab_stops_are_a_table_and_a_lone_tab_is_a_space() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("说明\t见下表")  # one tab in running text: a space, no table
    document.add_paragraph("项目支出绩效自评表")
    document.add_paragraph("（2020年度）")
    document.add_paragraph("一级指标\t二级指标\t三级指标\t分值\t得分")
    document.add_paragraph("产出指标\t数量指标\t推广良种肉牛冻精\t10\t10")
    document.add_paragraph("\t\t补贴良种种公羊\t10\t9")  # leading tabs: blank label cells
    document.add_paragraph("总分\t\t\t20\t19")
    buffer = io.BytesIO()
    document.save(buffer)
    page = read_bytes(buffer.getvalue(), "tabbed.docx").pages[0]
    assert "说明 见下表" in page.text and "\t" not in page.text
    assert "推广良种肉牛冻精" not in page.text  # the rows left the running text for the table
    [table] = page.tables
    grid = table.grid()
    assert grid[0] == ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    assert grid[2] == ["产出指标", "数量指标", "补贴良种种公羊", "10", "9"]  # the labels above span down
    assert grid[3][0] == "总分" and grid[3][3:] == ["20", "19"]


def _with_header(header: str | None, footer: str | None) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("我局2021年度棉花质量提升项目支出绩效自评报告")
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_running_header_is_kept_beside_the_body() -> None:
    read = read_bytes(_with_header("轮台县农业农村局", "第  页"), "header.docx")
    assert read.running_header == "轮台县农业农村局" and "轮台县" not in read.pages[0].text
    # without a header, the footer's words around its page number
    assert read_bytes(_with_header(None, "轮台县农业农村局　　第  页"), "footer.docx").running_header == "轮台县农业农村局"
    assert read_bytes(_with_header(None, None), "none.docx").running_header is None
