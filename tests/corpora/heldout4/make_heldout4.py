"""Regenerate the binary documents of the fourth held-out set (three PDFs, a DOCX, an XLSX, a GBK text).

    .venv/bin/python tests/corpora/heldout4/make_heldout4.py [--out DIR]

Every figure is invented; each document has a hand-checked `NAME.golden.json` beside it, so
change a figure in texts4/ and you must change its golden. Planted inconsistencies written
by this script: the Hanting narrative's 全年执行数 that differs from its table, and the
Huoshan 人员经费 + 公用经费 that miss 基本支出. The `.md` and `.html` are written by hand.

The output is byte-stable (tests/corpora/builder: reportlab in invariant mode, fixed Office
ZIP and core-property dates), so a re-run leaves the files and their report ids unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts4, and the repository root for tests.corpora.builder

from texts4 import chongchuan, danzhou, hanting, hongta, huoshan, shashi  # noqa: E402

from tests.corpora.builder import cli, fonts, office, pdf, text  # noqa: E402

FIXED_TIME = datetime(2024, 11, 18, 10, 0, 0)
# How each kind of block of texts4 is set (GAP, BREAK and TABLE are structure).
BLOCKS = {
    "H1": pdf.Block(indent_chars=0),
    "H2": pdf.Block(),
    "P": pdf.Block(),
    "SIGN": pdf.Block(indent_chars=0, align="right"),
    "CAPTION": pdf.Block(size=12, leading=20, indent_chars=0, align="center"),
    "UNIT": pdf.Block(size=9, leading=14, indent_chars=0, align="right"),
    "TITLE": pdf.Block(size=17, leading=32, indent_chars=0, align="center"),
    "LINE": pdf.Block(indent_chars=0),
    "COVERLINE": pdf.Block(size=14, leading=28, indent_chars=6),
}


# --------------------------------------------------------------------------- tables
def wrap_cells(rows: list[list[str]], font: str, size: float = 9) -> list[list]:
    """Cells of more than six characters with Chinese in them wrap inside the cell."""
    return pdf.wrap_cells(rows, pdf.cell_style(font, size))


def simple_table(spec: dict, font: str):
    from reportlab.platypus import Table

    table = Table(wrap_cells(spec["rows"], font), colWidths=spec["widths"], repeatRows=1)
    spans = [("SPAN", a, b) for a, b in spec.get("spans", [])]
    table.setStyle(pdf.grid_style(font, 9, spans))
    return table


def yunnan_tables(spec: dict, font: str) -> list:
    """Yunnan's 项目支出绩效自评表 in 元: project/funds/goal block, then indicators with
    指标性质 | 指标值 | 度量单位."""
    from reportlab.platypus import Paragraph, Table

    style = pdf.cell_style(font)
    w = [40, 70, 62, 62, 62, 28, 40, 30, 55]
    top = [
        ["项目名称", "", spec["project"], "", "", "", "", "", ""],
        ["主管部门", "", spec["department"], "", "", "实施单位", spec["executor"], "", ""],
        ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
    ]
    for label, *values in spec["funds"]:
        top.append(["", label, *values, ""])
    top.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    top.append(["", spec["goal"], "", "", "", spec["done"], "", "", ""])
    n_f = len(spec["funds"])
    goal = 3 + n_f
    cells = wrap_cells(top, font)
    cells[2][0] = Paragraph("项目资金（元）", style)
    cells[goal][0] = Paragraph("年度总体目标", style)
    spans = [
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (2, 0), (8, 0)),
        ("SPAN", (0, 1), (1, 1)),
        ("SPAN", (2, 1), (4, 1)),
        ("SPAN", (6, 1), (8, 1)),
        ("SPAN", (0, 2), (0, 2 + n_f)),
        ("SPAN", (0, goal), (0, goal + 1)),
        ("SPAN", (1, goal), (4, goal)),
        ("SPAN", (5, goal), (8, goal)),
        ("SPAN", (1, goal + 1), (4, goal + 1)),
        ("SPAN", (5, goal + 1), (8, goal + 1)),
    ] + [("SPAN", (7, 2 + k), (8, 2 + k)) for k in range(n_f + 1)]
    # Funds rows: label in column 1, the six values in columns 2..7; column 8 merged into 7.
    for k in range(n_f + 1):
        row = cells[2 + k]
        cells[2 + k] = row[:8] + [""]
    t1 = Table(cells, colWidths=w)
    t1.setStyle(pdf.grid_style(font, 9, spans))

    head = [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    rows = [head] + [list(r) for r in spec["indicators"]]
    rows.append(["总分", "", "", "", "", "", "", spec["total"][0], spec["total"][1], spec["total"][2]])
    w2 = [38, 46, 80, 30, 40, 40, 42, 26, 26, 81]
    t2 = Table(wrap_cells(rows, font, 8.5), colWidths=w2, repeatRows=1)
    t2.setStyle(pdf.grid_style(font, 8.5, [("SPAN", (0, len(rows) - 1), (6, len(rows) - 1))]))
    return [t1, t2]


def build_pdf(path: Path, doc, font: str) -> None:
    tables: dict[str, list] = {}
    for name, spec in getattr(doc, "TABLES", {}).items():
        tables[name] = yunnan_tables(spec, font) if spec["kind"] == "yunnan" else [simple_table(spec, font)]
    size, leading = getattr(doc, "BODY_SIZE", (13, 25))
    layout = pdf.a4_layout(font, size=size, leading=leading)
    pdf.lay_blocks(layout, getattr(doc, "COVER", []) + doc.BODY, BLOCKS, tables)
    pdf.render(path, layout, doc.META["title"], doc.META["author"], pdf.running(font, doc.FOOTER))


# --------------------------------------------------------------------------- Office
def build_docx(path: Path, doc) -> None:
    """Word heading styles this time (Heading 1/2), and Word tables for the funds and the framework."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word = Document()
    office.set_core(word.core_properties, author=doc.META["author"], title=doc.META["title"])
    for kind, *args in doc.BODY:
        if kind == "TITLE":
            word.add_heading(args[0], level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "H1":
            word.add_heading(args[0], level=1)
        elif kind == "H2":
            word.add_heading(args[0], level=2)
        elif kind == "SIGN":
            office.aligned(word, args[0], "right")
        elif kind == "TABLE":
            office.grid_table(word, doc.TABLES[args[0]]["rows"])
        elif kind == "P":
            office.indented(word, args[0], 28)
        else:
            raise ValueError(kind)
    office.save_docx(word, path, FIXED_TIME)


def _fill_sheet(ws, rows: list[list], merges: list[str]) -> None:
    from openpyxl.styles import Alignment

    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value == "":
                continue
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(value, float) and c in (3, 4, 5):
                cell.number_format = "#,##0.00"
            elif isinstance(value, float):
                cell.number_format = "0.00"
    for rng in merges:
        ws.merge_cells(rng)
    for col, width in zip("ABCDEFGH", (12, 16, 26, 14, 14, 8, 10, 22)):
        ws.column_dimensions[col].width = width


def build_xlsx(path: Path, doc) -> None:
    """Two sheets: 部门整体 first (the active one), then the project sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    _fill_sheet(
        ws,
        doc.SHEET_DEPARTMENT,
        [
            "A1:H1",
            "A2:H2",
            "B3:H3",
            "A4:B4",
            "A5:A8",
            "B9:D9",
            "E9:H9",
            "A9:A10",
            "B10:D10",
            "E10:H10",
            "A20:E20",
        ],
    )
    ws2 = wb.create_sheet("项目支出绩效自评表")
    _fill_sheet(
        ws2,
        doc.SHEET_PROJECT,
        [
            "A1:H1",
            "A2:H2",
            "B3:H3",
            "B4:D4",
            "F4:H4",
            "A5:B5",
            "A6:A9",
            "B10:D10",
            "E10:H10",
            "A10:A11",
            "B11:D11",
            "E11:H11",
            "A18:E18",
        ],
    )
    for book_ws in (ws, ws2):
        book_ws.sheet_properties.pageSetUpPr = None
    wb.properties.creator = "崇川区商务局"
    wb.properties.title = "2021年度部门整体支出绩效自评表"
    office.save_xlsx(wb, path, FIXED_TIME)


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "hongta-jiaoyu-2022.pdf": lambda p: build_pdf(p, hongta, fonts.zenhei()),
        "hanting-minzheng-2018.pdf": lambda p: build_pdf(p, hanting, fonts.stsong()),
        "danzhou-yuye-2024.pdf": lambda p: build_pdf(p, danzhou, fonts.zenhei()),
        "shashi-shuili-2019.docx": lambda p: build_docx(p, shashi),
        "chongchuan-shangwu-2021.xlsx": lambda p: build_xlsx(p, chongchuan),
        # A county report saved by a Windows editor: GBK bytes, CRLF line ends.
        "huoshan-linye-2017.txt": lambda p: text.write_text(p, huoshan.TEXT, encoding="gbk", newline="\r\n"),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
