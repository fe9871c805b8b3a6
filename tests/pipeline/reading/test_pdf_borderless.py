"""PDF pages with tables drawn without vertical rules, and pages that only look aligned."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.reading.read import read_bytes
from schemas.document import Document, Table

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_aligned  # noqa: E402
import build_pdf  # noqa: E402
from build_pdf import BODY_SIZE, LEFT, RIGHT, PdfWriter  # noqa: E402

FUNDS = [
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", "1 036.52", "1 120.00", "1 064.80", "95.07%"],
    ["其中：财政拨款", "900.00", "980.00", "950.30", "96.97%"],
    ["上年结转资金", "136.52", "140.00", "114.50", "81.79%"],
]
INTRO = "按照区财政局的统一部署，我局对本年度项目支出情况开展了绩效自评，现将资金使用情况报告如下。"


def read(data: bytes, name: str = "x.pdf") -> Document:
    return read_bytes(data, name)


def grid(table: Table) -> list[list[str]]:
    return [[cell or "" for cell in row] for row in table.grid()]


def booktabs_document(rows: list[list[str]], before: int = 1) -> bytes:
    writer = PdfWriter(build_pdf.font_named("ttf"), header=None)
    writer.title("某县2022年度项目支出绩效自评报告")
    for _ in range(before):
        writer.paragraph(INTRO)
    build_aligned.draw_booktabs(writer, Table.from_rows([list(r) for r in rows]))
    writer.paragraph("以上资金均按规定用途使用，未发现截留、挤占、挪用等问题。")
    return writer.finish()


def test_a_three_line_table_is_read_as_a_table() -> None:
    document = read(booktabs_document(FUNDS))
    (table,) = document.tables
    assert grid(table) == FUNDS
    assert all(cell.address and cell.address.startswith("page[1]/bbox(") for cell in table.cells)
    text = document.pages[0].text
    assert "1 036.52" not in text and "年度资金总额" not in text  # lifted out of the running text
    assert INTRO in text and "未发现截留" in text


def test_a_three_line_table_over_a_page_break_is_one_table() -> None:
    rows = [FUNDS[0]] + [[f"专项资金{i}", f"{i}0.00", f"{i}1.00", f"{i}0.50", "99.00%"] for i in range(1, 41)]
    document = read(booktabs_document(rows, before=8))
    assert len({t.page for t in document.tables}) == 1
    (table,) = document.tables
    assert table.n_rows == len(rows)
    assert grid(table)[-1] == rows[-1]


def page_with(draw) -> bytes:  # type: ignore[no-untyped-def]
    writer = PdfWriter(build_pdf.font_named("ttf"), header="某局2022年度部门整体支出绩效自评报告")
    writer.title("某局2022年度部门整体支出绩效自评报告")
    draw(writer)
    return writer.finish()


def justified_paragraphs(writer: PdfWriter) -> None:
    for _ in range(6):
        writer.paragraph(build_pdf.FILLER * 2)


def numbered_list(writer: PdfWriter) -> None:
    for k, item in enumerate(["加强预算编制管理，提高预算编制的科学性", "强化预算执行监控，加快支出进度", "推进绩效评价结果应用",
                              "完善内部控制制度建设", "加强资产管理和政府采购管理"], start=1):
        writer.draw_text(LEFT, writer.y, f"{k}.", BODY_SIZE)
        writer.draw_text(LEFT + 3 * BODY_SIZE, writer.y, item, BODY_SIZE)
        writer.y += build_pdf.PITCH


def table_of_contents(writer: PdfWriter) -> None:
    writer.line("目录", center=True)
    for k, heading in enumerate(["一、部门基本情况", "二、部门整体支出情况", "三、绩效目标完成情况", "四、存在的问题",
                                 "五、改进措施"], start=1):
        page = str(2 * k + 1)
        writer.draw_text(LEFT, writer.y, heading, BODY_SIZE)
        dots_from = LEFT + writer.width_of(heading) + 6
        page_x = RIGHT - writer.width_of(page)
        dots = "." * int((page_x - 6 - dots_from) / writer.width_of("."))
        writer.draw_text(dots_from, writer.y, dots, BODY_SIZE)
        writer.draw_text(page_x, writer.y, page, BODY_SIZE)
        writer.y += build_pdf.PITCH


def running_header_pages(writer: PdfWriter) -> None:
    for page in range(3):
        writer.draw_text(LEFT, 60, "某局2022年度部门整体支出绩效自评报告", 9)
        writer.draw_text(RIGHT - 40, 60, f"第{page + 1}页", 9)
        for _ in range(3):
            writer.paragraph(build_pdf.FILLER)
        writer.new_page()


def test_paragraphs_lists_contents_and_running_headers_are_no_tables() -> None:
    for draw in (justified_paragraphs, numbered_list, table_of_contents, running_header_pages):
        document = read(page_with(draw))
        assert document.tables == [], draw.__name__
    contents = read(page_with(table_of_contents)).pages[0].text
    assert "三、绩效目标完成情况" in contents


def test_two_three_line_tables_with_prose_between_stay_two_tables() -> None:
    writer = PdfWriter(build_pdf.font_named("ttf"), header=None)
    writer.title("某县2022年度项目支出绩效自评报告")
    build_aligned.draw_booktabs(writer, Table.from_rows([list(r) for r in FUNDS]))
    writer.heading("二、绩效目标完成情况")
    writer.paragraph(build_pdf.FILLER)
    writer.line("表2 项目绩效指标完成情况")
    indicators = [["一级指标", "二级指标", "三级指标", "分值", "得分"], ["产出指标", "数量指标", "培训人次", "10", "10"],
                  ["", "质量指标", "验收合格率", "10", "9"]]
    build_aligned.draw_booktabs(writer, Table.from_rows([list(r) for r in indicators]))
    document = read(writer.finish())
    assert [grid(t)[0][0] for t in document.tables] == ["资金来源", "一级指标"]
    assert build_pdf.FILLER[:20] in document.pages[0].text
