"""Regenerate the five PDFs and the DOCX of the third held-out set.

    .venv/bin/python tests/corpora/heldout3/make_heldout3.py [--out DIR]

The third batch measures how jixiao reads long, real-looking PDF reports (see README.md
beside this file). Every figure is invented; each document has a hand-checked
`NAME.golden.json` beside it, so change a figure here and you must change its golden.
Planted inconsistencies written by this script: the Hengshui revenue sources that miss
收入合计 by 100.00万元 and the Dadong initial budget + addition that miss 全年预算.
Everything else it writes adds up.

The output is byte-stable (tests/corpora/builder: reportlab in invariant mode, fixed DOCX
ZIP and core-property dates), so a re-run leaves the files and their report ids unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts3, and the repository root for tests.corpora.builder

from texts3 import BEIJING, DADONG, HENGSHUI, TIANSHUI, XINING, YUCI  # noqa: E402

from tests.corpora.builder import cli, fonts, office, pdf  # noqa: E402

FIXED_TIME = datetime(2024, 11, 4, 10, 0, 0)
# How each kind of block of texts3 is set (GAP, BREAK and TABLE are structure).
BLOCKS = {
    "H1": pdf.Block(indent_chars=0, heading=True),
    "H2": pdf.Block(heading=True),
    "P": pdf.Block(),
    "SIGN": pdf.Block(indent_chars=0, align="right"),
    "CAPTION": pdf.Block(size=10.5, leading=18, indent_chars=0, align="center"),
    "UNIT": pdf.Block(size=9, leading=14, indent_chars=0, align="right"),
    "NOTE": pdf.Block(size=9.5, leading=16, indent_chars=0),
    "TITLE": pdf.Block(size=16, leading=30, indent_chars=0, align="center"),
    "LINE": pdf.Block(indent_chars=0),
}


def new_layout(font: str, doc) -> pdf.LineLayout:
    size, leading = getattr(doc, "BODY_SIZE", (13, 25))
    return pdf.a4_layout(font, size=size, leading=leading)


def render(path: Path, layout: pdf.LineLayout, doc) -> None:
    meta = doc.META
    furniture = pdf.running(layout.font, doc.FOOTER, meta.get("header"), meta.get("header_from", 1))
    pdf.render(path, layout, meta["title"], meta["author"], furniture)


# --------------------------------------------------------------------------- tables
def wrap_cells(rows: list[list[str]], font: str, size: float = 9) -> list[list]:
    """Cells of more than five characters with Chinese in them wrap inside the cell."""
    return pdf.wrap_cells(rows, pdf.cell_style(font, size), longer_than=5)


def simple_table(rows: list[list[str]], widths: list[float], font: str, size: float = 10):
    from reportlab.platypus import Table

    table = Table(wrap_cells(rows, font, size), colWidths=widths, repeatRows=1)
    table.setStyle(pdf.grid_style(font, size, [("ALIGN", (0, 1), (0, -1), "LEFT")]))
    return table


def central_tables(spec: dict, font: str, repeat_header: bool) -> list:
    """The central 项目支出绩效自评表 as two stacked tables: the project/funds/goal block, then the
    indicator block (which may split over a page, its header row repeated or not)."""
    from reportlab.platypus import Table

    w = [34, 44, 54, 88, 52, 52, 30, 30, 65]  # 9 columns, sums to the text width (~449pt)
    top: list[list[str]] = [
        ["项目名称", "", spec["project"], "", "", "", "", "", ""],
        ["主管部门", "", spec["department"], "", "", "实施单位", spec["executor"], "", ""],
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for label, *values in spec["funds"]:
        top.append(["", label, "", *values])
    top.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    top.append(["", spec["goal"], "", "", "", spec["done"], "", "", ""])
    n_f = len(spec["funds"])
    goal_row = 3 + n_f
    spans = [
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (2, 0), (8, 0)),
        ("SPAN", (0, 1), (1, 1)),
        ("SPAN", (2, 1), (4, 1)),
        ("SPAN", (6, 1), (8, 1)),
        ("SPAN", (0, 2), (0, 2 + n_f)),
        ("SPAN", (1, 2), (2, 2)),
        ("SPAN", (0, goal_row), (0, goal_row + 1)),
        ("SPAN", (1, goal_row), (4, goal_row)),
        ("SPAN", (5, goal_row), (8, goal_row)),
        ("SPAN", (1, goal_row + 1), (4, goal_row + 1)),
        ("SPAN", (5, goal_row + 1), (8, goal_row + 1)),
    ] + [("SPAN", (1, 3 + k), (2, 3 + k)) for k in range(n_f)]
    cells = wrap_cells(top, font)
    from reportlab.platypus import Paragraph

    style = pdf.cell_style(font)
    cells[0][0] = "项目名称"
    cells[2][0] = Paragraph("项目资金（万元）", style)
    cells[goal_row][0] = Paragraph("年度总体目标", style)
    t1 = Table(cells, colWidths=w)
    t1.setStyle(pdf.grid_style(font, 9, spans + [("ALIGN", (1, goal_row + 1), (-1, goal_row + 1), "LEFT")]))

    head = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    rows = [head] + [list(r) for r in spec["indicators"]]
    rows.append(["总分", "", "", "", "", spec["total"][0], spec["total"][1], spec["total"][2]])
    w2 = [40, 50, 96, 58, 58, 30, 30, 87]
    t2 = Table(wrap_cells(rows, font), colWidths=w2, repeatRows=1 if repeat_header else 0)
    t2.setStyle(pdf.grid_style(font, 9, [("SPAN", (0, len(rows) - 1), (4, len(rows) - 1))]))
    return [t1, t2]


# --------------------------------------------------------------------------- PDF builders
def build_long_report(path: Path, doc, font: str) -> None:
    """Cover lines and a table of contents with leader dots on page 1, body from page 2. The TOC's
    page numbers come from a first layout pass."""
    pages: dict[str, int] = {}
    for _ in range(2):
        layout = new_layout(font, doc)
        pdf.lay_blocks(layout, doc.COVER, BLOCKS, {})
        layout.paragraph("目    录", size=15, leading=34, indent_chars=0, align="center")
        for entry in doc.TOC:
            layout.toc_line(entry, pages.get(entry, 0) + doc.TOC_OFFSET, doc.LEADER)
        layout.new_page()
        pdf.lay_blocks(layout, doc.BODY, BLOCKS, doc_tables(doc, font))
        pages = layout.heading_pages
    render(path, layout, doc)


def build_plain_report(path: Path, doc, font: str) -> None:
    layout = new_layout(font, doc)
    pdf.lay_blocks(layout, doc.BODY, BLOCKS, doc_tables(doc, font))
    render(path, layout, doc)


def doc_tables(doc, font: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for name, spec in getattr(doc, "TABLES", {}).items():
        if spec["kind"] == "simple":
            out[name] = [simple_table(spec["rows"], spec["widths"], font)]
        else:
            out[name] = central_tables(spec, font, spec["repeat_header"])
    return out


# --------------------------------------------------------------------------- DOCX
def build_docx(path: Path, doc) -> None:
    """Bold plain paragraphs as headings (no heading styles), 28-point first-line indents."""
    from docx import Document

    word = Document()
    office.set_core(word.core_properties, author=doc.META["author"], title=doc.META["title"])
    for kind, *args in doc.BODY:
        if kind == "TITLE":
            office.centred_title(word, args[0], 18)
        elif kind == "H1":
            office.bold_line(word, args[0])
        elif kind == "H2":
            office.bold_line(word, args[0], indent=28)
        elif kind == "SIGN":
            office.aligned(word, args[0], "right")
        elif kind == "LINE":
            word.add_paragraph(args[0])
        elif kind == "TABLE":
            office.grid_table(word, doc.TABLES[args[0]]["rows"])
        elif kind == "P":
            office.indented(word, args[0], 28)
        else:
            raise ValueError(kind)
    office.save_docx(word, path, FIXED_TIME)


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "hengshui-gongan-2016.pdf": lambda p: build_long_report(p, HENGSHUI, fonts.stsong()),
        "dadong-renshe-2019.pdf": lambda p: build_long_report(p, DADONG, fonts.zenhei()),
        "sanlitun-jiedao-2024.pdf": lambda p: build_plain_report(p, BEIJING, fonts.zenhei()),
        "yuci-weiji-2017.pdf": lambda p: build_plain_report(p, YUCI, fonts.stsong()),
        "tianshui-lincao-2021.pdf": lambda p: build_plain_report(p, TIANSHUI, fonts.zenhei()),
        "chengbei-shenji-2022.docx": lambda p: build_docx(p, XINING),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
