"""Regenerate the binary documents of the fourth held-out set (three PDFs, a DOCX, an XLSX, a GBK text).

    .venv/bin/python tests/corpora/heldout4/make_heldout4.py [--out DIR]

Every figure is invented; each document has a hand-checked `NAME.golden.json` beside it, so
change a figure in texts4/ and you must change its golden. Planted inconsistencies written
by this script: the Hanting narrative's 全年执行数 that differs from its table, and the
Huoshan 人员经费 + 公用经费 that miss 基本支出. The `.md` and `.html` are written by hand.

The output is byte-stable: reportlab runs in invariant mode, and the Office ZIP entries and
core properties get fixed dates, so a re-run leaves the files and their report ids unchanged.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts4 import chongchuan, danzhou, hanting, hongta, huoshan, shashi  # noqa: E402

FIXED_ZIP_TIME = (2024, 11, 18, 10, 0, 0)
FIXED_W3C_TIME = "2024-11-18T10:00:00Z"
WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


# --------------------------------------------------------------------------- fonts
def font_zenhei() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "ZenHei" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZenHei", str(WQY_TTC), subfontIndex=0))
    return "ZenHei"


def font_stsong() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


# --------------------------------------------------------------------------- layout
@dataclass
class PdfLayout:
    """Line-by-line layout decided here (so breaks are reproducible); tables split at row boundaries."""

    font: str
    width: float
    top: float
    bottom: float
    left: float
    pages: list[list[tuple]] = field(default_factory=lambda: [[]])
    y: float = 0.0
    size: float = 13
    leading: float = 25

    def __post_init__(self) -> None:
        self.y = self.top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def lines(self, text: str, size: float, indent: float) -> list[str]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        out, line, used, limit = [], "", 0.0, self.width - indent
        no_start = "，。、；：！？）》”%‰"
        # A run of digits (with its separators) never breaks, as in word processors.
        for ch in re.findall(r"[0-9][0-9,.]*[0-9]%?|.", text):
            w = stringWidth(ch, self.font, size)
            if used + w > limit and line and ch[0] not in no_start:
                out.append(line)
                line, used, limit = "", 0.0, self.width
            line += ch
            used += w
        if line:
            out.append(line)
        return out

    def paragraph(
        self,
        text: str,
        size: float | None = None,
        leading: float | None = None,
        indent_chars: int = 2,
        align: str = "left",
    ) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = size or self.size
        leading = leading or self.leading
        indent = indent_chars * size
        for k, line in enumerate(self.lines(text, size, indent)):
            if self.y - leading < self.bottom:
                self.new_page()
            self.y -= leading
            x = self.left + (indent if k == 0 else 0)
            if align == "center":
                x = self.left + (self.width - stringWidth(line, self.font, size)) / 2
            elif align == "right":
                x = self.left + self.width - stringWidth(line, self.font, size)
            self.pages[-1].append(("text", x, self.y + 5, size, line))

    def flowable(self, flow, gap: float = 6) -> None:
        pending = [flow]
        while pending:
            part = pending.pop(0)
            _, height = part.wrap(self.width, self.top - self.bottom)
            if self.y - height - gap >= self.bottom:
                self.y -= height + gap
                self.pages[-1].append(("flow", self.left, self.y, part))
                continue
            pieces = part.split(self.width, self.y - gap - self.bottom)
            if len(pieces) < 2:
                self.new_page()
                pending.insert(0, part)
                continue
            head, *rest = pieces
            _, h = head.wrap(self.width, self.y - gap - self.bottom)
            self.y -= h + gap
            self.pages[-1].append(("flow", self.left, self.y, head))
            self.new_page()
            pending[:0] = rest


def new_layout(font: str, doc) -> PdfLayout:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    size, leading = getattr(doc, "BODY_SIZE", (13, 25))
    return PdfLayout(
        font=font,
        width=A4[0] - 52 * mm,
        top=A4[1] - 24 * mm,
        bottom=22 * mm,
        left=26 * mm,
        size=size,
        leading=leading,
    )


def render(path: Path, layout: PdfLayout, meta: dict, footer: Callable[[int, int], str]) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    pages = [p for p in layout.pages if p]
    for number, ops in enumerate(pages, start=1):
        for op in ops:
            if op[0] == "text":
                _, x, y, size, text = op
                c.setFont(layout.font, size)
                c.drawString(x, y, text)
            else:
                _, x, y, flow = op
                flow.drawOn(c, x, y)
        text = footer(number, len(pages))
        if text:
            c.setFont(layout.font, 10.5)
            c.drawCentredString(A4[0] / 2, 12 * mm, text)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- tables
def cell_style(font: str, size: float = 9):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("cell", fontName=font, fontSize=size, leading=size + 2.5, wordWrap="CJK")


def wrap_cells(rows: list[list[str]], font: str, size: float = 9) -> list[list]:
    """Long Chinese cells become Paragraphs so they wrap inside the cell."""
    from reportlab.platypus import Paragraph

    style = cell_style(font, size)

    def long(v: str) -> bool:
        return len(v) > 6 and re.search(r"[\u4e00-\u9fff]", v) is not None

    return [[Paragraph(v, style) if long(v) else v for v in row] for row in rows]


def grid(font: str, size: float = 9, extra: list | None = None):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]
    return TableStyle(commands + (extra or []))


def simple_table(spec: dict, font: str):
    from reportlab.platypus import Table

    table = Table(wrap_cells(spec["rows"], font), colWidths=spec["widths"], repeatRows=1)
    spans = [("SPAN", a, b) for a, b in spec.get("spans", [])]
    table.setStyle(grid(font, 9, spans))
    return table


def yunnan_tables(spec: dict, font: str) -> list:
    """Yunnan's 项目支出绩效自评表 in 元: project/funds/goal block, then indicators with
    指标性质 | 指标值 | 度量单位."""
    from reportlab.platypus import Paragraph, Table

    style = cell_style(font)
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
    t1.setStyle(grid(font, 9, spans))

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
    t2.setStyle(grid(font, 8.5, [("SPAN", (0, len(rows) - 1), (6, len(rows) - 1))]))
    return [t1, t2]


def lay_body(layout: PdfLayout, body: list[tuple], tables: dict[str, list]) -> None:
    for kind, *args in body:
        if kind == "H1":
            layout.paragraph(args[0], indent_chars=0)
        elif kind == "H2":
            layout.paragraph(args[0])
        elif kind == "P":
            layout.paragraph(args[0])
        elif kind == "SIGN":
            layout.paragraph(args[0], indent_chars=0, align="right")
        elif kind == "CAPTION":
            layout.paragraph(args[0], size=12, leading=20, indent_chars=0, align="center")
        elif kind == "UNIT":
            layout.paragraph(args[0], size=9, leading=14, indent_chars=0, align="right")
        elif kind == "TITLE":
            layout.paragraph(args[0], size=17, leading=32, indent_chars=0, align="center")
        elif kind == "LINE":
            layout.paragraph(args[0], indent_chars=0)
        elif kind == "COVERLINE":
            layout.paragraph(args[0], size=14, leading=28, indent_chars=6)
        elif kind == "GAP":
            layout.y -= args[0]
        elif kind == "BREAK":
            layout.new_page()
        elif kind == "TABLE":
            for flow in tables[args[0]]:
                layout.flowable(flow, gap=4)
        else:
            raise ValueError(kind)


def build_pdf(path: Path, doc, font: str) -> None:
    tables: dict[str, list] = {}
    for name, spec in getattr(doc, "TABLES", {}).items():
        tables[name] = yunnan_tables(spec, font) if spec["kind"] == "yunnan" else [simple_table(spec, font)]
    layout = new_layout(font, doc)
    lay_body(layout, getattr(doc, "COVER", []) + doc.BODY, tables)
    render(path, layout, doc.META, doc.FOOTER)


# --------------------------------------------------------------------------- Office
def _stable_zip(data: bytes) -> bytes:
    """Rewrite an Office ZIP with fixed entry times and core-property dates, so the bytes never drift."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = payload.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_W3C_TIME}\g<2>", text
                )
                payload = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, payload)
    return out.getvalue()


def build_docx(path: Path, doc) -> None:
    """Word heading styles this time (Heading 1/2), and Word tables for the funds and the framework."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    word = Document()
    word.core_properties.author = doc.META["author"]
    word.core_properties.title = doc.META["title"]
    for kind, *args in doc.BODY:
        if kind == "TITLE":
            p = word.add_heading(args[0], level=0)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "H1":
            word.add_heading(args[0], level=1)
        elif kind == "H2":
            word.add_heading(args[0], level=2)
        elif kind == "SIGN":
            word.add_paragraph(args[0]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "TABLE":
            rows = doc.TABLES[args[0]]["rows"]
            table = word.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif kind == "P":
            word.add_paragraph(args[0]).paragraph_format.first_line_indent = Pt(28)
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    word.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue()))


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
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue()))


def build_gbk_text(path: Path, text: str) -> None:
    """A county report saved by a Windows editor: GBK bytes, CRLF line ends."""
    path.write_bytes(text.replace("\n", "\r\n").encode("gbk"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: this one)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    builders: dict[str, Callable[[Path], None]] = {
        "hongta-jiaoyu-2022.pdf": lambda p: build_pdf(p, hongta, font_zenhei()),
        "hanting-minzheng-2018.pdf": lambda p: build_pdf(p, hanting, font_stsong()),
        "danzhou-yuye-2024.pdf": lambda p: build_pdf(p, danzhou, font_zenhei()),
        "shashi-shuili-2019.docx": lambda p: build_docx(p, shashi),
        "chongchuan-shangwu-2021.xlsx": lambda p: build_xlsx(p, chongchuan),
        "huoshan-linye-2017.txt": lambda p: build_gbk_text(p, huoshan.TEXT),
    }
    for name, build in builders.items():
        build(args.out / name)
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
