"""Regenerate the two PDFs of the fifth held-out set.

    .venv/bin/python tests/corpora/heldout5/make_heldout5.py [--out DIR]

Every figure is invented; each document has a hand-checked `NAME.golden.json` beside it, so
change a figure in texts5/ and you must change its golden. The `.md` and `.txt` files are
written by hand. reportlab runs in invariant mode (tests/corpora/builder), so a re-run gives
the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts5, and the repository root for tests.corpora.builder

from texts5 import xiqing, yishui  # noqa: E402

from tests.corpora.builder import cli, fonts, pdf  # noqa: E402

DOCUMENTS = {"xiqing-nongye-2023": xiqing, "yishui-jiaotong-2020": yishui}


def styles(font: str) -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("P", fontName=font, fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
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
        "CELL": pdf.cell_style(font),
    }


def tables(doc, font: str, cell) -> list:
    mm = pdf.MM
    seven = [32 * mm, 22 * mm, 22 * mm, 22 * mm, 18 * mm, 20 * mm, 22 * mm]
    head_spans = [((1, 0), (-1, 0))]
    if len(doc.HEAD) > 1:
        head_spans += [((1, 1), (2, 1)), ((4, 1), (6, 1))]
    goal_spans = [((0, 0), (0, 1))]
    eight = [18 * mm, 20 * mm, 30 * mm, 20 * mm, 20 * mm, 11 * mm, 11 * mm, 28 * mm]
    last = len(doc.INDICATORS) - 1
    return [
        pdf.ruled_table(doc.HEAD, seven, font, cell, head_spans),
        pdf.ruled_table(doc.FUNDS, seven, font, cell),
        pdf.ruled_table(doc.GOALS, [32 * mm, 63 * mm, 63 * mm], font, cell, goal_spans),
        pdf.ruled_table(doc.INDICATORS, eight, font, cell, [((0, last), (4, last))]),
    ]


def build(path: Path, doc) -> None:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    font = fonts.zenhei()
    st = styles(font)
    story = []
    for kind, *rest in doc.BODY:
        if kind == "BREAK":
            story.append(PageBreak())
        elif kind == "TABLE":
            for table in tables(doc, font, st["CELL"]):
                story += [table, Spacer(1, 4)]
        else:
            story.append(Paragraph(rest[0], st[kind]))

    def footer(canvas, template) -> None:
        text = doc.FOOTER(canvas.getPageNumber())
        if text:
            canvas.setFont(font, 10.5)
            canvas.drawCentredString(pdf.A4[0] / 2, 12 * pdf.MM, text)

    pdf.story_pdf(path, story, doc.META["title"], doc.META["author"], margins=(24, 22, 24, 24), on_page=footer)


def main(argv: list[str] | None = None) -> None:
    cli.main(HERE, {f"{stem}.pdf": (lambda p, d=doc: build(p, d)) for stem, doc in DOCUMENTS.items()}, __doc__, argv)


if __name__ == "__main__":
    main()
