"""Regenerate the Word and PDF documents of the sixth held-out set.

    .venv/bin/python tests/corpora/heldout6/make_heldout6.py [--out DIR]

Every figure is invented; each document has a hand-checked `NAME.golden.json` beside it, so
change a figure in texts6/ and you must change its golden. The `.md` and `.txt` files are
written by hand. reportlab runs in invariant mode and the .docx gets fixed core properties
and a fixed zip timestamp, so a re-run gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts6 import dafeng, zhanggong  # noqa: E402

WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT = "ZenHei"
FIXED_TIME = datetime.datetime(2022, 4, 8, 9, 0, 0)


# ---------------------------------------------------------------- Word


def build_docx(path: Path, doc) -> None:
    """Bold plain-paragraph headings (no heading styles) and two 'Table Grid' tables."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    word = Document()
    normal = word.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(doc.TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for kind, *rest in doc.BODY:
        if kind in ("PROJECTS", "SCORES"):
            rows = doc.PROJECTS if kind == "PROJECTS" else doc.SCORES
            table = word.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    table.cell(r, c).text = value
        elif kind == "H":
            word.add_paragraph().add_run(rest[0]).bold = True
        else:
            word.add_paragraph(rest[0])
    props = word.core_properties
    props.title, props.author = doc.META["title"], doc.META["author"]
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    word.save(buffer)
    _rezip_fixed(buffer.getvalue(), path)


def _rezip_fixed(data: bytes, path: Path) -> None:
    """python-docx stamps the zip entries with the current time; rewrite them with a fixed one."""
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, source.read(info.filename))


# ---------------------------------------------------------------- PDF


def register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(WQY_TTC), subfontIndex=0))


def styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("P", fontName=FONT, fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
    return {
        "TITLE": ParagraphStyle(
            "T", parent=base, fontSize=16, leading=28, alignment=TA_CENTER, firstLineIndent=0
        ),
        "H1": ParagraphStyle("H1", parent=base, fontSize=13, leading=24),
        "P": base,
        "SIGN": ParagraphStyle("S", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "CELL": ParagraphStyle("CELL", fontName=FONT, fontSize=9, leading=11.5, wordWrap="CJK"),
    }


def indicator_table(rows: list[list[str]], cell):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(v, cell) if len(v) > 6 else v for v in row] for row in rows]
    widths = [20 * mm, 26 * mm, 32 * mm, 22 * mm, 22 * mm, 12 * mm, 14 * mm]
    table = Table(data, colWidths=widths)
    last = len(rows) - 1
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (0, last), (4, last)),
            ]
        )
    )
    return table


def build_pdf(path: Path, doc) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1
    register_font()
    st = styles()
    story = []
    for kind, *rest in doc.BODY:
        if kind == "TABLE":
            story += [indicator_table(doc.INDICATORS, st["CELL"]), Spacer(1, 6)]
        else:
            story.append(Paragraph(rest[0], st[kind]))

    def footer(canvas, template) -> None:
        canvas.setFont(FONT, 10.5)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, doc.FOOTER(canvas.getPageNumber()))

    template = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=24 * mm,
        rightMargin=24 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        title=doc.META["title"],
        author=doc.META["author"],
        invariant=1,
    )
    template.build(story, onFirstPage=footer, onLaterPages=footer)


DOCUMENTS = {
    "dafeng-ziranziyuan-2021.docx": lambda p: build_docx(p, dafeng),
    "zhanggong-shuili-2019.pdf": lambda p: build_pdf(p, zhanggong),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    for name, build in DOCUMENTS.items():
        build(args.out / name)
        print(args.out / name)


if __name__ == "__main__":
    main()
