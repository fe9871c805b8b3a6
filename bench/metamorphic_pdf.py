"""A text document set as a PDF, for bench/metamorphic.py: the same report through the PDF reader.

The title's lines centred in 16-point type, headings (`# …`, `一、…`) in a larger type, paragraphs in 10.5-point type wrapped by reportlab, pipe tables
and tables aligned by tabs or spaces as ruled tables, a running header (the report's title) from the second
page and a centred page number at the foot of every page (`- 3 -`), as a word processor's PDF export has them.
Needs the test extras (reportlab) and the font `fonts-wqy-zenhei` that `make test` installs.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, Spacer, Table  # noqa: E402

from tests.corpora.builder.fonts import zenhei_or_stsong  # noqa: E402
from tests.corpora.builder.pdf import cell_style, grid_style, story_pdf, wrap_cells  # noqa: E402

TEXT_WIDTH_MM = 160.0
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
_ALIGNED_CELLS = re.compile(r"\t+| {2,}")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
_MARKUP = re.compile(r"\*\*|__|`")


def _cells_of(line: str) -> list[str] | None:
    """A table row's cells: a pipe row, or a line whose cells tabs or runs of spaces set apart."""
    if line.strip().startswith("|") or line.count("|") >= 2:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if _ALIGNED_CELLS.search(line.strip()) and not re.search(r"[。；]", line):
        return [c for c in _ALIGNED_CELLS.split(line.strip()) if c]
    return None


def _table(rows: list[list[str]], font: str) -> Any:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    weights = [max(2, max(len(r[k]) for r in rows)) for k in range(width)]
    widths = [TEXT_WIDTH_MM * mm * w / sum(weights) for w in weights]
    # every cell a paragraph, so a word processor's wrapping inside its cell (a short string would run over)
    table = Table(wrap_cells([[escape(c) for c in r] for r in rows], cell_style(font), longer_than=0,
                             chinese_only=False), colWidths=widths)
    table.setStyle(grid_style(font, 9, centred=False))
    return table


def story_of(text: str, font: str) -> list[Any]:
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=21)
    heading = ParagraphStyle("heading", fontName=font, fontSize=12.5, leading=20, wordWrap="CJK", spaceBefore=4)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=26, wordWrap="CJK", alignment=1)
    story: list[Any] = []
    rows: list[list[str]] = []
    opening = True  # the title's lines: short lines without a full stop before the first paragraph

    def close_table() -> None:
        if rows:
            story.extend([_table(list(rows), font), Spacer(1, 4)])
            rows.clear()

    for raw in text.replace("\r\n", "\n").lstrip("\ufeff").split("\n"):
        if _PIPE_RULE.match(raw) and rows:
            continue  # a pipe table's rule under its header
        cells = _cells_of(raw)
        if cells is not None and len(cells) >= 2:
            rows.append(cells)
            continue
        close_table()
        line = _MARKUP.sub("", raw).strip()
        if not line:
            continue
        opening = opening and len(line) <= 40 and not re.search(r"[。；：:]", line) and not _HEADING.match(line.lstrip("#"))
        style = title if opening else heading if _HEADING.match(line) and len(line) <= 40 else body
        story.append(Paragraph(escape(line.lstrip("#").strip()), style))
    close_table()
    return story


def write_pdf(text: str, path: Path) -> None:
    """`text` as a PDF at `path`: the report's first line is the running header from the second page."""
    font = zenhei_or_stsong()
    lines = [ln.strip().lstrip("#").strip() for ln in text.lstrip("\ufeff").split("\n") if ln.strip()]
    # the report's title (a saved page may put its breadcrumb first), else its first line
    title = next((ln for ln in lines[:12] if re.search(r"报告|自评表|评价表", ln) and len(ln) <= 60), lines[0] if lines else "")

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        if doc.page > 1 and title:
            canvas.drawCentredString(105 * mm, 284 * mm, title[:40])
        canvas.drawCentredString(105 * mm, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    story_pdf(path, story_of(text, font), title=title[:60], author="jixiao metamorphic", margins=(25, 22, 25, 25),
              on_page=furniture)
