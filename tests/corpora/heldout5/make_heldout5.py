"""Regenerate the two PDFs of the fifth held-out set.

    .venv/bin/python tests/corpora/heldout5/make_heldout5.py [--out DIR]

Every figure is invented; each document has a hand-checked `NAME.golden.json` beside it, so
change a figure in texts5/ and you must change its golden. The `.md` and `.txt` files are
written by hand. reportlab runs in invariant mode, so a re-run gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts5 import xiqing, yishui  # noqa: E402

WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT = "ZenHei"
DOCUMENTS = {"xiqing-nongye-2023": xiqing, "yishui-jiaotong-2020": yishui}


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
            "T", parent=base, fontSize=17, leading=30, alignment=TA_CENTER, firstLineIndent=0
        ),
        "H1": ParagraphStyle("H1", parent=base, fontSize=13, leading=24, firstLineIndent=24),
        "P": base,
        "SIGN": ParagraphStyle("S", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "CAPTION": ParagraphStyle(
            "C", parent=base, fontSize=14, leading=24, alignment=TA_CENTER, firstLineIndent=0
        ),
        "CELL": ParagraphStyle("CELL", fontName=FONT, fontSize=9, leading=11.5, wordWrap="CJK"),
    }


def ruled(rows: list[list[str]], widths: list[float], cell, spans: list[tuple] = ()):
    """A ruled table; cells longer than six characters become wrapping Paragraphs."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(v, cell) if len(v) > 6 else v for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=0)
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    commands += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(commands))
    return table


def tables(doc, st: dict) -> list:
    from reportlab.lib.units import mm

    cell = st["CELL"]
    seven = [32 * mm, 22 * mm, 22 * mm, 22 * mm, 18 * mm, 20 * mm, 22 * mm]
    head_spans = [((1, 0), (-1, 0))]
    if len(doc.HEAD) > 1:
        head_spans += [((1, 1), (2, 1)), ((4, 1), (6, 1))]
    goal_spans = [((0, 0), (0, 1))]
    eight = [18 * mm, 20 * mm, 30 * mm, 20 * mm, 20 * mm, 11 * mm, 11 * mm, 28 * mm]
    return [
        ruled(doc.HEAD, seven, cell, head_spans),
        ruled(doc.FUNDS, seven, cell),
        ruled(doc.GOALS, [32 * mm, 63 * mm, 63 * mm], cell, goal_spans),
        ruled(doc.INDICATORS, eight, cell, [((0, len(doc.INDICATORS) - 1), (4, len(doc.INDICATORS) - 1))]),
    ]


def build(path: Path, doc) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1
    register_font()
    st = styles()
    story = []
    for kind, *rest in doc.BODY:
        if kind == "BREAK":
            story.append(PageBreak())
        elif kind == "TABLE":
            for table in tables(doc, st):
                story += [table, Spacer(1, 4)]
        else:
            story.append(Paragraph(rest[0], st[kind]))

    def footer(canvas, template) -> None:
        text = doc.FOOTER(canvas.getPageNumber())
        if text:
            canvas.setFont(FONT, 10.5)
            canvas.drawCentredString(A4[0] / 2, 12 * mm, text)

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    for stem, doc in DOCUMENTS.items():
        build(args.out / f"{stem}.pdf", doc)
        print(args.out / f"{stem}.pdf")


if __name__ == "__main__":
    main()
