"""PDF documents through reportlab, byte-stable (invariant mode), laid out two ways.

- `LineLayout` decides every line break itself and records drawing operations page by page;
  `render` then draws them on a canvas with the page furniture (running header, footer) a
  batch chooses. Figures break where a word processor would break them, tables split at row
  boundaries, a page can be a scanned image, and headings remember their page (for a table of
  contents laid out in a second pass).
- `story_pdf` hands a platypus story to a `SimpleDocTemplate` (reportlab's own line breaking).

Tables for both: `cell_style`, `wrap_cells`, `grid_style`, `ruled_table`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm as MM
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

# Invariant mode: no creation date, no random document id, so a re-run gives the same bytes.
rl_config.invariant = 1

# Characters a line never starts with (they stay on the line they close), and a figure with its
# separators and percent sign, which never breaks (as in word processors).
NO_LINE_START = "，。、；：！？）》”%‰"
_FIGURE_OR_CHARACTER = re.compile(r"[0-9][0-9,.]*[0-9]%?|.")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Page:
    """The drawing operations of one page: ("text", x, y, size, line), ("flow", x, y, flowable),
    ("image", reader)."""

    ops: list[tuple[Any, ...]] = field(default_factory=list)

    @property
    def scanned(self) -> bool:
        return any(op[0] == "image" for op in self.ops)


@dataclass
class LineLayout:
    """Line-by-line layout on A4: every break is decided here, so it is the same on every run.

    `keep_figures=False` breaks anywhere, even inside a figure (`1,2` / `86.45`), as the oldest
    batch was laid out.
    """

    font: str
    width: float
    top: float
    bottom: float
    left: float
    size: float = 13
    leading: float = 25
    keep_figures: bool = True
    pages: list[Page] = field(default_factory=lambda: [Page()])
    y: float = 0.0
    heading_pages: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.y = self.top

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def skip(self, points: float) -> None:
        self.y -= points

    def _room(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def lines(self, text: str, size: float, indent: float) -> list[str]:
        """`text` broken into lines of the text width, the first one indented by `indent`."""
        tokens = _FIGURE_OR_CHARACTER.findall(text) if self.keep_figures else list(text)
        out, line, used, limit = [], "", 0.0, self.width - indent
        for token in tokens:
            w = stringWidth(token, self.font, size)
            if used + w > limit and line and token[0] not in NO_LINE_START:
                out.append(line)
                line, used, limit = "", 0.0, self.width
            line += token
            used += w
        if line:
            out.append(line)
        return out

    def paragraph(self, text: str, size: float | None = None, leading: float | None = None,
                  indent_chars: int = 2, align: str = "left") -> None:
        """A paragraph whose first line is indented by `indent_chars` characters, or centred or
        flush right; it runs over a page break line by line."""
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
        """A heading (flush left at the top level, indented below), its page remembered."""
        self.paragraph(text, indent_chars=0 if top_level else 2)
        self.heading_pages.setdefault(text, len(self.pages))

    def toc_line(self, text: str, page: int, leader: str, size: float = 12) -> None:
        """A table-of-contents line: entry, leader dots, the page number flush right."""
        number = str(page)
        room = self.width - stringWidth(text, self.font, size) - stringWidth(number, self.font, size) - 8
        dots = leader * max(3, int(room / stringWidth(leader, self.font, size)))
        self._room(24)
        self.y -= 24
        self.pages[-1].ops.append(("text", self.left, self.y + 5, size, text + dots))
        x = self.left + self.width - stringWidth(number, self.font, size)
        self.pages[-1].ops.append(("text", x, self.y + 5, size, number))

    def flowable(self, flow: Any, gap: float = 6) -> None:
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

    def image_page(self, image: Any) -> None:
        """A page that is one full-page image (a printed page scanned back in, no text layer)."""
        if self.pages[-1].ops:
            self.new_page()
        self.pages[-1].ops.append(("image", image))
        self.new_page()


def a4_layout(font: str, size: float = 13, leading: float = 25, margins: tuple[float, float, float] = (24, 22, 26),
              keep_figures: bool = True) -> LineLayout:
    """A layout on A4 with (top, bottom, left-and-right) margins in millimetres."""
    top, bottom, side = margins
    return LineLayout(font=font, width=A4[0] - 2 * side * MM, top=A4[1] - top * MM, bottom=bottom * MM,
                      left=side * MM, size=size, leading=leading, keep_figures=keep_figures)


@dataclass(frozen=True)
class Block:
    """How `lay_blocks` sets one kind of block: type size and leading (None: the layout's body
    type), first-line indent in characters, alignment; `heading` remembers the block's page."""

    size: float | None = None
    leading: float | None = None
    indent_chars: int = 2
    align: str = "left"
    heading: bool = False


def lay_blocks(layout: LineLayout, blocks: Iterable[tuple[Any, ...]], styles: Mapping[str, Block],
               tables: Mapping[str, Sequence[Any]]) -> None:
    """Lay out (kind, text[, size]) blocks by their kind's `Block`, plus three kinds of structure:
    ("GAP", points), ("BREAK",) and ("TABLE", name) for the flowables `tables[name]`."""
    for kind, *args in blocks:
        if kind == "GAP":
            layout.skip(args[0])
        elif kind == "BREAK":
            layout.new_page()
        elif kind == "TABLE":
            for flow in tables[args[0]]:
                layout.flowable(flow, gap=4)
        elif kind in styles:
            style = styles[kind]
            size = args[1] if len(args) > 1 else style.size
            layout.paragraph(args[0], size=size, leading=style.leading, indent_chars=style.indent_chars,
                             align=style.align)
            if style.heading:
                layout.heading_pages.setdefault(args[0], len(layout.pages))
        else:
            raise ValueError(f"no layout for a block of kind {kind!r}")


Furniture = Callable[[Any, int, int, Page], None]


def render(path: Path, layout: LineLayout, title: str, author: str, furniture: Furniture | None = None) -> None:
    """Draw the layout's non-empty pages, then `furniture(canvas, page number, page count, page)` on each."""
    rl_config.invariant = 1
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    pages = [p for p in layout.pages if p.ops]
    for number, page in enumerate(pages, start=1):
        for op in page.ops:
            if op[0] == "text":
                _, x, y, size, text = op
                c.setFont(layout.font, size)
                c.drawString(x, y, text)
            elif op[0] == "flow":
                _, x, y, flow = op
                flow.drawOn(c, x, y)
            else:
                c.drawImage(op[1], 0, 0, width=A4[0], height=A4[1])
        if furniture:
            furniture(c, number, len(pages), page)
        c.showPage()
    c.save()


def running(font: str, footer: Callable[[int, int], str], header: str | None = None,
            header_from: int = 1) -> Furniture:
    """A centred 9-point running header over a rule (from page `header_from`) and a centred footer
    `footer(page, pages)` (none where it gives ""); a scanned page keeps the ones in its pixels."""

    def draw(c: Any, number: int, total: int, page: Page) -> None:
        if page.scanned:
            return
        if header and number >= header_from:
            c.setFont(font, 9)
            c.drawCentredString(A4[0] / 2, A4[1] - 14 * MM, header)
            c.setLineWidth(0.5)
            c.line(22 * MM, A4[1] - 16 * MM, A4[0] - 22 * MM, A4[1] - 16 * MM)
        text = footer(number, total)
        if text:
            c.setFont(font, 10.5)
            c.drawCentredString(A4[0] / 2, 12 * MM, text)

    return draw


def story_pdf(path: Path, story: list[Any], title: str, author: str, margins: tuple[float, float, float, float],
              on_page: Callable[[Any, Any], None] | None = None) -> None:
    """A platypus story on A4 with (top, bottom, left, right) margins in millimetres; `on_page`
    draws the running header and footer of every page."""
    rl_config.invariant = 1
    top, bottom, left, right = (m * MM for m in margins)
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=top, bottomMargin=bottom, leftMargin=left,
                            rightMargin=right, title=title, author=author, invariant=1)
    if on_page is None:
        doc.build(story)
    else:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------- tables
def cell_style(font: str, size: float = 9) -> Any:
    """Table-cell type: `size` points, 2.5 points of leading, CJK line breaking."""
    return ParagraphStyle("cell", fontName=font, fontSize=size, leading=size + 2.5, wordWrap="CJK")


def wrap_cells(rows: Sequence[Sequence[str]], style: Any, longer_than: int = 6,
               chinese_only: bool = True) -> list[list[Any]]:
    """Cells longer than `longer_than` characters (with Chinese in them, unless `chinese_only` is
    off) become Paragraphs, so they wrap over several lines inside the cell."""
    def long(v: str) -> bool:
        return len(v) > longer_than and (not chinese_only or _CHINESE.search(v) is not None)

    return [[Paragraph(v, style) if long(v) else v for v in row] for row in rows]


def grid_style(font: str, size: float = 9, extra: Sequence[tuple[Any, ...]] = (), centred: bool = True) -> Any:
    """Every cell ruled (0.6 point), vertically centred, optionally centred across; then `extra`."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if centred:
        commands.append(("ALIGN", (0, 0), (-1, -1), "CENTER"))
    return TableStyle(commands + list(extra))


def ruled_table(rows: Sequence[Sequence[str]], widths: Sequence[float], font: str, style: Any,
                spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()) -> Any:
    """A ruled 9-point table, left-aligned; cells longer than six characters wrap; `spans` merge
    (first cell, last cell) rectangles."""
    table = Table(wrap_cells(rows, style, chinese_only=False), colWidths=list(widths), repeatRows=0)
    table.setStyle(grid_style(font, 9, [("SPAN", a, b) for a, b in spans], centred=False))
    return table
