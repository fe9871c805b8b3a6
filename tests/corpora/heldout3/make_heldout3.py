"""Regenerate the five PDFs and the DOCX of the third held-out set.

    .venv/bin/python tests/corpora/heldout3/make_heldout3.py [--out DIR]

The third batch measures how jixiao reads long, real-looking PDF reports (see README.md
beside this file). Every figure is invented; each document has a hand-checked
`NAME.golden.json` beside it, so change a figure here and you must change its golden.
Planted inconsistencies written by this script: the Hengshui revenue sources that miss
收入合计 by 100.00万元 and the Dadong initial budget + addition that miss 全年预算.
Everything else it writes adds up.

The output is byte-stable: reportlab runs in invariant mode and the DOCX ZIP entries and
core properties get fixed dates, so a re-run leaves the files and their report ids unchanged.
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from texts3 import BEIJING, DADONG, HENGSHUI, TIANSHUI, XINING, YUCI

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2024, 11, 4, 10, 0, 0)
FIXED_W3C_TIME = "2024-11-04T10:00:00Z"
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
class PdfPage:
    ops: list[tuple] = field(default_factory=list)


@dataclass
class PdfLayout:
    """Line-by-line layout decided by this script (so breaks are reproducible), with tables that
    split over pages the way a word processor splits them."""

    font: str
    width: float
    top: float
    bottom: float
    left: float
    pages: list[PdfPage] = field(default_factory=lambda: [PdfPage()])
    y: float = 0.0
    heading_pages: dict[str, int] = field(default_factory=dict)
    size: float = 13
    leading: float = 25

    def __post_init__(self) -> None:
        self.y = self.top

    def _room(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append(PdfPage())
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
            self._room(leading)
            self.y -= leading
            x = self.left + (indent if k == 0 else 0)
            if align == "center":
                x = self.left + (self.width - stringWidth(line, self.font, size)) / 2
            elif align == "right":
                x = self.left + self.width - stringWidth(line, self.font, size)
            self.pages[-1].ops.append(("text", x, self.y + 5, size, line))

    def heading(self, text: str, top_level: bool) -> None:
        self.paragraph(text, indent_chars=0 if top_level else 2)
        self.heading_pages.setdefault(text, len(self.pages))

    def toc_line(self, text: str, page: int, leader: str, size: float = 12) -> None:
        """A table-of-contents line: entry, leader dots, the page number flush right."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        number = str(page)
        room = self.width - stringWidth(text, self.font, size) - stringWidth(number, self.font, size) - 8
        dots = leader * max(3, int(room / stringWidth(leader, self.font, size)))
        self._room(24)
        self.y -= 24
        self.pages[-1].ops.append(("text", self.left, self.y + 5, size, text + dots))
        x = self.left + self.width - stringWidth(number, self.font, size)
        self.pages[-1].ops.append(("text", x, self.y + 5, size, number))

    def flowable(self, flow, gap: float = 6) -> None:
        """Place a table; when it does not fit, split it at a row boundary and go on on the next page."""
        pending = [flow]
        while pending:
            part = pending.pop(0)
            _, height = part.wrap(self.width, self.top - self.bottom)
            if self.y - height - gap >= self.bottom:
                self.y -= height + gap
                self.pages[-1].ops.append(("flow", self.left, self.y, part))
                continue
            pieces = part.split(self.width, self.y - gap - self.bottom)
            if len(pieces) < 2:
                self.new_page()
                pending.insert(0, part)
                continue
            head, *rest = pieces
            _, h = head.wrap(self.width, self.y - gap - self.bottom)
            self.y -= h + gap
            self.pages[-1].ops.append(("flow", self.left, self.y, head))
            self.new_page()
            pending[:0] = rest

    def skip(self, points: float) -> None:
        self.y -= points


def render(path: Path, layout: PdfLayout, meta: dict, footer: Callable[[int, int], str]) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    pages = [p for p in layout.pages if p.ops]
    header = meta.get("header")
    for number, page in enumerate(pages, start=1):
        for op in page.ops:
            if op[0] == "text":
                _, x, y, size, text = op
                c.setFont(layout.font, size)
                c.drawString(x, y, text)
            else:
                _, x, y, flow = op
                flow.drawOn(c, x, y)
        if header and number > meta.get("header_from", 1) - 1:
            c.setFont(layout.font, 9)
            c.drawCentredString(A4[0] / 2, A4[1] - 14 * mm, header)
            c.setLineWidth(0.5)
            c.line(22 * mm, A4[1] - 16 * mm, A4[0] - 22 * mm, A4[1] - 16 * mm)
        text = footer(number, len(pages))
        if text:
            c.setFont(layout.font, 10.5)
            c.drawCentredString(A4[0] / 2, 12 * mm, text)
        c.showPage()
    c.save()


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


# --------------------------------------------------------------------------- tables
def cell_style(font: str, size: float = 9):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("cell", fontName=font, fontSize=size, leading=size + 2.5, wordWrap="CJK")


def wrap_cells(rows: list[list[str]], font: str, size: float = 9) -> list[list]:
    """Long cells become Paragraphs so they wrap over several lines inside the cell."""
    from reportlab.platypus import Paragraph

    style = cell_style(font, size)

    def long(v: str) -> bool:
        return len(v) > 5 and re.search(r"[\u4e00-\u9fff]", v) is not None

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


def simple_table(rows: list[list[str]], widths: list[float], font: str, size: float = 10):
    from reportlab.platypus import Table

    table = Table(wrap_cells(rows, font, size), colWidths=widths, repeatRows=1)
    table.setStyle(grid(font, size, [("ALIGN", (0, 1), (0, -1), "LEFT")]))
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

    style = cell_style(font)
    cells[0][0] = "项目名称"
    cells[2][0] = Paragraph("项目资金（万元）", style)
    cells[goal_row][0] = Paragraph("年度总体目标", style)
    t1 = Table(cells, colWidths=w)
    t1.setStyle(grid(font, 9, spans + [("ALIGN", (1, goal_row + 1), (-1, goal_row + 1), "LEFT")]))

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
    t2.setStyle(grid(font, 9, [("SPAN", (0, len(rows) - 1), (4, len(rows) - 1))]))
    return [t1, t2]


# --------------------------------------------------------------------------- PDF builders
def lay_body(layout: PdfLayout, body: list[tuple], tables: dict[str, list]) -> None:
    for kind, *args in body:
        if kind == "H1":
            layout.heading(args[0], top_level=True)
        elif kind == "H2":
            layout.heading(args[0], top_level=False)
        elif kind == "P":
            layout.paragraph(args[0])
        elif kind == "SIGN":
            layout.paragraph(args[0], indent_chars=0, align="right")
        elif kind == "CAPTION":
            layout.paragraph(args[0], size=10.5, leading=18, indent_chars=0, align="center")
        elif kind == "UNIT":
            layout.paragraph(args[0], size=9, leading=14, indent_chars=0, align="right")
        elif kind == "NOTE":
            layout.paragraph(args[0], size=9.5, leading=16, indent_chars=0)
        elif kind == "TITLE":
            layout.paragraph(args[0], size=16, leading=30, indent_chars=0, align="center")
        elif kind == "LINE":
            layout.paragraph(args[0], size=args[1] if len(args) > 1 else None, indent_chars=0)
        elif kind == "GAP":
            layout.skip(args[0])
        elif kind == "BREAK":
            layout.new_page()
        elif kind == "TABLE":
            for flow in tables[args[0]]:
                layout.flowable(flow, gap=4)
        else:
            raise ValueError(kind)


def build_long_report(path: Path, doc, font: str) -> None:
    """Cover lines and a table of contents with leader dots on page 1, body from page 2. The TOC's
    page numbers come from a first layout pass."""
    pages: dict[str, int] = {}
    for _ in range(2):
        layout = new_layout(font, doc)
        lay_body(layout, doc.COVER, {})
        layout.paragraph("目    录", size=15, leading=34, indent_chars=0, align="center")
        for entry in doc.TOC:
            layout.toc_line(entry, pages.get(entry, 0) + doc.TOC_OFFSET, doc.LEADER)
        layout.new_page()
        lay_body(layout, doc.BODY, doc_tables(doc, font))
        pages = layout.heading_pages
    render(path, layout, doc.META, doc.FOOTER)


def build_plain_report(path: Path, doc, font: str) -> None:
    layout = new_layout(font, doc)
    lay_body(layout, doc.BODY, doc_tables(doc, font))
    render(path, layout, doc.META, doc.FOOTER)


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
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    word = Document()
    word.core_properties.author = doc.META["author"]
    word.core_properties.title = doc.META["title"]
    for kind, *args in doc.BODY:
        if kind == "TITLE":
            p = word.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(args[0])
            run.bold = True
            run.font.size = Pt(18)
        elif kind in ("H1", "H2"):
            p = word.add_paragraph()
            if kind == "H2":
                p.paragraph_format.first_line_indent = Pt(28)
            p.add_run(args[0]).bold = True
        elif kind == "SIGN":
            word.add_paragraph(args[0]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "LINE":
            word.add_paragraph(args[0])
        elif kind == "TABLE":
            spec = doc.TABLES[args[0]]
            table = word.add_table(rows=len(spec["rows"]), cols=len(spec["rows"][0]))
            table.style = "Table Grid"
            for r, row in enumerate(spec["rows"]):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif kind == "P":
            word.add_paragraph(args[0]).paragraph_format.first_line_indent = Pt(28)
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    word.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue()))


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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: this one)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    builders: dict[str, Callable[[Path], None]] = {
        "hengshui-gongan-2016.pdf": lambda p: build_long_report(p, HENGSHUI, font_stsong()),
        "dadong-renshe-2019.pdf": lambda p: build_long_report(p, DADONG, font_zenhei()),
        "sanlitun-jiedao-2024.pdf": lambda p: build_plain_report(p, BEIJING, font_zenhei()),
        "yuci-weiji-2017.pdf": lambda p: build_plain_report(p, YUCI, font_stsong()),
        "tianshui-lincao-2021.pdf": lambda p: build_plain_report(p, TIANSHUI, font_zenhei()),
        "chengbei-shenji-2022.docx": lambda p: build_docx(p, XINING),
    }
    for name, build in builders.items():
        build(args.out / name)
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
