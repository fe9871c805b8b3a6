"""A second PDF engine: a document drawn straight on the reportlab canvas, every line placed here.

Where `pdf.LineLayout` records operations and draws flowable tables, this one draws its own
table rules (a full grid, or the three horizontal rules of a 三线表 with none between columns)
and wraps text so that a run of ASCII digits and letters never breaks, unless a form feed in
the text forces a page break inside it (a figure cut by a page break, as real PDFs have).
"""
from __future__ import annotations

import re
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

ASCII_RUN = re.compile(r"[0-9A-Za-z.,%:\-/()〔〕]")


def wrap(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Wrap text to width; never break inside a run of ASCII digits/letters."""
    lines, cur, w = [], "", indent
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            lines.append(cur)
            cur, w = "", 0.0
            i += 1
            continue
        if ASCII_RUN.match(ch):
            j = i
            while j < len(text) and ASCII_RUN.match(text[j]):
                j += 1
            tok = text[i:j]
        else:
            tok = ch
            j = i + 1
        tw = stringWidth(tok, font, size)
        if w + tw > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
        i = j
    if cur or not lines:
        lines.append(cur)
    return lines


class CanvasPdf:
    """A document drawn straight on the canvas, top to bottom: centred title lines, headings,
    paragraphs (a form feed inside one breaks the page at that exact point, even mid-figure),
    tables ruled as a grid or as a three-line table (三线表), `- N -` footers and an optional
    running header. `save()` finishes the last page."""

    def __init__(self, path: Path, font: str, header: str | None = None, footer: bool = True,
                 land: bool = False, margin: float = 64, size: float = 11,
                 header_rule: bool = True, footer_first: bool = True):
        rl_config.invariant = 1
        self.font = font
        self.pagesize = landscape(A4) if land else A4
        self.W, self.H = self.pagesize
        self.c = pdfcanvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        self.c.setCreator("WPS Writer")
        self.header, self.footer, self.header_rule = header, footer, header_rule
        self.footer_first = footer_first
        self.m = margin
        self.top = self.H - margin - (18 if header else 0)
        self.bottom = margin + 10
        self.size = size
        self.lead = size * 1.75
        self.page = 1
        self.y = self.top
        self.cw = self.W - 2 * margin

    # page furniture
    def _furniture(self):
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            if self.header_rule:
                c.setLineWidth(0.5)
                c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer and (self.footer_first or self.page > 1):
            c.setFont(self.font, 10)
            c.drawCentredString(self.W / 2, self.m - 24, f"- {self.page} -")

    def new_page(self):
        self._furniture()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def title(self, text, size=17):
        for line in text.split("\n"):
            self.need(size * 1.9)
            self.c.setFont(self.font, size)
            self.c.drawCentredString(self.W / 2, self.y - size, line)
            self.y -= size * 1.9
        self.y -= 6

    def center(self, text, size=None):
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.y -= size * 1.8

    def heading(self, text, size=None):
        size = size or self.size + 1
        self.need(size * 2.2)
        self.y -= 3
        self.c.setFont(self.font, size)
        self.c.drawString(self.m, self.y - size, text)
        self.y -= size * 1.9

    def para(self, text, indent=True, size=None):
        """Paragraph; a '\\f' inside forces a page break at that exact point."""
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        parts = text.split("\f")
        for k, part in enumerate(parts):
            lines = wrap(part, self.font, self.cw, size, ind if k == 0 else 0)
            for n, line in enumerate(lines):
                self.need(lead)
                self.c.setFont(self.font, size)
                x = self.m + (ind if (k == 0 and n == 0) else 0)
                self.c.drawString(x, self.y - size, line)
                self.y -= lead
            if k < len(parts) - 1:
                self.new_page()
                # continue on the same "line" position at the page top
        self.y -= 2

    def table(self, rows, widths, style="grid", size=9, header_rows=1, align=None):
        """rows: list of lists; a cell is str or (str, colspan)."""
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad = 3
        lead = size * 1.45
        c = self.c

        def cells_of(row):
            out, col = [], 0
            for cell in row:
                text, span = (cell if isinstance(cell, tuple) else (cell, 1))
                w = sum(widths[col:col + span])
                out.append((text, col, span, w))
                col += span
            return out

        def row_h(row):
            h = 0
            for text, _col, _span, w in cells_of(row):
                n = len(wrap(text, self.font, w - 2 * pad, size)) if text else 1
                h = max(h, n * lead + 2 * pad)
            return h

        first = True
        for ri, row in enumerate(rows):
            h = row_h(row)
            if self.y - h < self.bottom:
                if style == "three" and not first:
                    c.setLineWidth(1.2)
                    c.line(self.m, self.y, self.m + self.cw, self.y)
                self.new_page()
                first = True
            if first and style == "three":
                c.setLineWidth(1.2)
                c.line(self.m, self.y, self.m + self.cw, self.y)
            first = False
            x0 = self.m
            for text, col, span, w in cells_of(row):
                x = x0 + sum(widths[:col])
                if style == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h, w, h)
                lines = wrap(text, self.font, w - 2 * pad, size) if text else []
                c.setFont(self.font, size)
                a = (align[col] if align else "l") if span == 1 else "l"
                for n, line in enumerate(lines):
                    yy = self.y - pad - size - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
            self.y -= h
            if style == "three" and ri == header_rows - 1:
                c.setLineWidth(0.6)
                c.line(self.m, self.y, self.m + self.cw, self.y)
        if style == "three":
            c.setLineWidth(1.2)
            c.line(self.m, self.y, self.m + self.cw, self.y)
        self.y -= 10

    def save(self):
        self._furniture()
        self.c.showPage()
        self.c.save()
