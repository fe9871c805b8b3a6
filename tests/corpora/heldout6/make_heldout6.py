"""Regenerate the Word and PDF documents of the sixth held-out set.

    .venv/bin/python tests/corpora/heldout6/make_heldout6.py [--out DIR]

Every figure is invented; each document has a hand-checked `NAME.golden.json` beside it, so
change a figure in texts6/ and you must change its golden. The `.md` and `.txt` files are
written by hand. reportlab runs in invariant mode and the .docx gets fixed core properties
and a fixed zip timestamp (tests/corpora/builder), so a re-run gives the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts6, and the repository root for tests.corpora.builder

from texts6 import dafeng, zhanggong  # noqa: E402

from tests.corpora.builder import cli, fonts, office, pdf  # noqa: E402

FIXED_TIME = datetime(2022, 4, 8, 9, 0, 0)


# ---------------------------------------------------------------- Word


def build_docx(path: Path, doc) -> None:
    """Bold plain-paragraph headings (no heading styles) and two 'Table Grid' tables."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    word = Document()
    normal = word.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    office.centred_title(word, doc.TITLE, 16)
    for kind, *rest in doc.BODY:
        if kind in ("PROJECTS", "SCORES"):
            office.grid_table(word, doc.PROJECTS if kind == "PROJECTS" else doc.SCORES)
        elif kind == "H":
            office.bold_line(word, rest[0])
        else:
            word.add_paragraph(rest[0])
    office.set_core(word.core_properties, title=doc.META["title"], author=doc.META["author"], created=FIXED_TIME,
                    modified=FIXED_TIME, last_printed=FIXED_TIME, revision=1)
    # This batch's archive entries were first written with no file mode (external_attr 0); kept.
    office.save_docx(word, path, FIXED_TIME, external_attr=0)


# ---------------------------------------------------------------- PDF


def styles(font: str) -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("P", fontName=font, fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
    return {
        "TITLE": ParagraphStyle(
            "T", parent=base, fontSize=16, leading=28, alignment=TA_CENTER, firstLineIndent=0
        ),
        "H1": ParagraphStyle("H1", parent=base, fontSize=13, leading=24),
        "P": base,
        "SIGN": ParagraphStyle("S", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "CELL": pdf.cell_style(font),
    }


def build_pdf(path: Path, doc) -> None:
    from reportlab.platypus import Paragraph, Spacer

    font = fonts.zenhei()
    st = styles(font)
    mm = pdf.MM
    widths = [20 * mm, 26 * mm, 32 * mm, 22 * mm, 22 * mm, 12 * mm, 14 * mm]
    last = len(doc.INDICATORS) - 1
    story = []
    for kind, *rest in doc.BODY:
        if kind == "TABLE":
            story += [pdf.ruled_table(doc.INDICATORS, widths, font, st["CELL"], [((0, last), (4, last))]), Spacer(1, 6)]
        else:
            story.append(Paragraph(rest[0], st[kind]))

    def footer(canvas, template) -> None:
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(pdf.A4[0] / 2, 12 * mm, doc.FOOTER(canvas.getPageNumber()))

    pdf.story_pdf(path, story, doc.META["title"], doc.META["author"], margins=(24, 22, 24, 24), on_page=footer)


def main(argv: list[str] | None = None) -> None:
    builders = {
        "dafeng-ziranziyuan-2021.docx": lambda p: build_docx(p, dafeng),
        "zhanggong-shuili-2019.pdf": lambda p: build_pdf(p, zhanggong),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
