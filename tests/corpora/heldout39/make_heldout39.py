#!/usr/bin/env python3
"""Regenerate the heldout39 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout39/make_heldout39.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the one scanned
page is rendered by pypdfium2, degraded by Pillow with a fixed seed, stamped with a drawn seal, turned 1.2° and
stored as a JPEG; the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML page is UTF-8 without BOM, LF; the text file is GBK with CRLF.
The batch is "new layouts and scales": tables in 元 beside narrative in 万元, a 万元 table with a 元 column,
figures with four decimals and without thousands separators, rates as decimal fractions or with the % sign in the
header only; a landscape page after a portrait one, a page carrying /Rotate 90, a wholly landscape form, a
two-column body, a slightly skewed scanned form; forms whose header spans two rows; a department report with three
project forms annexed; a bare form continued over two worksheets; scores and grades only in a form's footer or
自评结论 cell, grades called 等次 or 评价等级, and grading scales of the report's own. Five real inconsistencies are
planted, one per document, family and format; the traps look wrong and are right.
Every sentence and figure below is invented; place names are real.
"""

from __future__ import annotations

import datetime
import io
import math
import os
import random
import sys
import tempfile
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY39"
FIXED_DT = datetime.datetime(2027, 5, 14, 9, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="user", revision=2)
E = "—"
W = Decimal(10000)
NO_LINE_START = "，。、；：！？）》”%"

Cell = Any  # a str, or (str, colspan)
Merges = dict[tuple[int, int], tuple[int, int]]  # (row, col) -> (rowspan, colspan)


# =========================================================================== helpers
def dec(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", "").replace("万元", "").replace("元", "").replace("%", ""))


def rate(executed: Any, budget: Any) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: Any, budget: Any) -> str:
    return f"{rate(executed, budget)}%"


def fraction(executed: Any, budget: Any) -> str:
    """A rate written as a four-place decimal fraction (0.9817)."""
    return str((dec(executed) / dec(budget)).quantize(Decimal("0.0001"), ROUND_HALF_UP))


def exec_score(executed: Any, budget: Any, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: Any, places: int = 2) -> str:
    return f"{dec(x):,.{places}f}"


def plain(x: Any, places: int = 2) -> str:
    """A figure without thousands separators."""
    return f"{dec(x):.{places}f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def not_half(executed: Any, budget: Any) -> bool:
    """A rate whose third decimal is not exactly 5 (no reader rounds it two ways)."""
    exact = dec(executed) / dec(budget) * 100
    return exact.quantize(Decimal("0.001")) != exact or (exact * 1000) % 10 != 5


def sum_money(values: Sequence[Any]) -> Decimal:
    return sum((dec(v) for v in values), Decimal(0))


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, footer styles, a running header from a given page, wrapping that keeps
    closing punctuation on its line, right-aligned lines, simple tables (ruled grid or three-line), ruled grids with
    merged cells (a header over two rows), a newspaper two-column flow, pages switched to landscape, and a page that
    carries /Rotate 90 with its content drawn sideways (it reads upright in a viewer)."""

    def __init__(
        self,
        path: Path,
        footer_style: str | None = "dash",
        total: int = 0,
        creator: str = "WPS Writer",
        header: str | None = None,
        header_from: int = 1,
        land: bool = False,
        **layout: Any,
    ) -> None:
        self.footer_style = footer_style
        self.total = total
        self.header_from = header_from
        self.column_pages: dict[str, list[tuple[int, int]]] = {}
        super().__init__(
            path, fonts.zenhei(FONT), header=header, footer=footer_style is not None, land=land, **layout
        )
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        c = self.c
        if self.header and self.page >= self.header_from:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is not None:
            n = self.page
            text = {
                "dash": f"- {n} -",
                "of": f"第 {n} 页 共 {self.total} 页",
                "page": f"第 {n} 页",
                "slash": f"{n}/{self.total}",
            }[self.footer_style]
            c.setFont(self.font, 10)
            c.drawCentredString(self.W / 2, self.m - 24, text)

    def orient(self, land: bool) -> None:
        """Turn the current (still empty) page to landscape or back to portrait."""
        from reportlab.lib.pagesizes import A4, landscape

        self.pagesize = landscape(A4) if land else A4
        self.W, self.H = self.pagesize
        self.c.setPageSize(self.pagesize)
        self.top = self.H - self.m - (18 if self.header and self.page >= self.header_from else 0)
        self.cw = self.W - 2 * self.m
        self.y = self.top

    def para(self, text: str, indent: bool = True, size: float | None = None) -> None:
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        for n, line in enumerate(wrap_cjk(text, self.font, self.cw, size, ind)):
            self.need(lead)
            self.c.setFont(self.font, size)
            self.c.drawString(self.m + (ind if n == 0 else 0), self.y - size, line)
            self.y -= lead
        self.y -= 2

    def right(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    def blocks(self, blocks: Sequence[tuple[str, str]]) -> None:
        for kind, text in blocks:
            if kind == "h":
                self.heading(text)
            elif kind == "p":
                self.para(text)
            elif kind == "l":
                self.para(text, indent=False)
            elif kind == "c":
                self.center(text, size=self.size - 0.5)
            elif kind == "r":
                self.right(text, size=self.size - 1)
            else:
                raise ValueError(kind)

    def table(
        self,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        style: str = "grid",
        size: float = 9,
        header_rows: int = 1,
        align: Sequence[str] | None = None,
    ) -> None:
        """rows: lists of cells, a cell a str or (str, colspan); style `grid` or `three`; on one page."""
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.45
        c = self.c

        def cells_of(row: Sequence[Cell]) -> list[tuple[str, int, int, float]]:
            out, col = [], 0
            for cell in row:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                out.append((text, col, span, sum(ws[col : col + span])))
                col += span
            check(col == len(ws), f"row of {col} columns: {row}")
            return out

        def row_h(row: Sequence[Cell]) -> float:
            return max(
                (len(wrap_cjk(t, self.font, w - 2 * pad, size)) if t else 1) * lead + 2 * pad
                for t, _, _, w in cells_of(row)
            )

        height = sum(row_h(r) for r in rows)
        if self.y - height < self.bottom:
            self.new_page()
        check(self.y - height >= self.bottom, "table does not fit on a page")
        if style == "three":
            c.setLineWidth(1.2)
            c.line(self.m, self.y, self.m + self.cw, self.y)
        for ri, row in enumerate(rows):
            h = row_h(row)
            for text, col, span, w in cells_of(row):
                x = self.m + sum(ws[:col])
                if style == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h, w, h)
                lines = wrap_cjk(text, self.font, w - 2 * pad, size) if text else []
                c.setFont(self.font, size)
                a = align[col] if align and span == 1 else "l"
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
        self.y -= 8

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        merges: Merges | None = None,
        size: float = 9,
        align: Sequence[str] | None = None,
    ) -> None:
        """A ruled table on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one
        cell over the area (its text centred vertically)."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
        covered = {
            (rr, cc)
            for (r, col), (rs, cs) in merges.items()
            for rr in range(r, r + rs)
            for cc in range(col, col + cs)
            if (rr, cc) != (r, col)
        }

        def lines_of(r: int, col: int) -> list[str]:
            w = sum(ws[col : col + merges.get((r, col), (1, 1))[1]])
            text = rows[r][col]
            return wrap_cjk(text, self.font, w - 2 * pad, size) if text else []

        heights = []
        for r in range(len(rows)):
            check(len(rows[r]) == len(ws), f"grid row {r} has {len(rows[r])} cells")
            h = lead + 2 * pad
            for col in range(len(ws)):
                if (r, col) in covered or merges.get((r, col), (1, 1))[0] > 1:
                    continue
                h = max(h, len(lines_of(r, col)) * lead + 2 * pad)
            heights.append(h)
        for (r, col), (rs, _cs) in sorted(merges.items()):
            need = len(lines_of(r, col)) * lead + 2 * pad
            have = sum(heights[r : r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
        if self.y - sum(heights) < self.bottom - 1:
            self.new_page()
        check(self.y - sum(heights) >= self.bottom - 1, "grid does not fit on a page")
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        c = self.c
        for r in range(len(rows)):
            for col in range(len(ws)):
                if (r, col) in covered:
                    continue
                rs, cs = merges.get((r, col), (1, 1))
                w = sum(ws[col : col + cs])
                h = sum(heights[r : r + rs])
                x, top = self.m + sum(ws[:col]), tops[r]
                c.setLineWidth(0.5)
                c.rect(x, top - h, w, h)
                lines = lines_of(r, col)
                y0 = top - pad - size
                if rs > 1:
                    y0 -= (h - 2 * pad - len(lines) * lead) / 2
                a = (align[col] if align else "l") if cs == 1 else "l"
                c.setFont(self.font, size)
                for n, line in enumerate(lines):
                    yy = y0 - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
        self.y -= sum(heights) + 8

    def newspaper(self, blocks: Sequence[tuple[str, str]], tag: str, gap: float = 22) -> None:
        """Headings and paragraphs flowed like a newspaper: down the left column to the foot of the page, on at the
        top of the right column, then the next page; the last page's lines are balanced over the two columns. Each
        line's (page, column) is recorded under `tag`."""
        colw = (self.cw - gap) / 2
        size = self.size
        lead = size * 1.75
        items: list[tuple[float, str, float]] = []  # (indent, line, font size)
        for kind, text in blocks:
            if kind == "h":
                items.append((0.0, text, size + 0.5))
            else:
                for n, line in enumerate(wrap_cjk(text, self.font, colw, size, 2 * size)):
                    items.append((2 * size if n == 0 else 0.0, line, size))
        record = self.column_pages.setdefault(tag, [])
        while items:
            per_col = int((self.y - self.bottom) // lead)
            check(per_col > 3, "no room for two columns")
            if len(items) > 2 * per_col:
                left, right, items = items[:per_col], items[per_col : 2 * per_col], items[2 * per_col :]
            else:
                half = (len(items) + 1) // 2
                left, right, items = items[:half], items[half:], []
            for col, lines in ((0, left), (1, right)):
                x0 = self.m + col * (colw + gap)
                for n, (ind, line, sz) in enumerate(lines):
                    self.c.setFont(self.font, sz)
                    self.c.drawString(x0 + ind, self.y - size - n * lead, line)
                    record.append((self.page, col))
            if items:
                self.new_page()
            else:
                self.y -= len(left) * lead + 6

    def rotated_page(self, draw: Callable[[Pdf], None], margin: float = 44) -> None:
        """Finish the current page; the next page is A4 portrait carrying /Rotate 90, its content (and footer) drawn
        turned by 90° so that a viewer, turning the page, shows a landscape page reading upright. The document ends
        with this page."""
        self.new_page()
        pw, ph = self.W, self.H
        c = self.c
        c.setPageRotation(90)
        c.saveState()
        c.translate(pw, 0)
        c.rotate(90)
        self.W, self.H, self.m = ph, pw, margin
        self.cw, self.top, self.bottom = self.W - 2 * margin, self.H - margin, margin + 10
        self.y = self.top
        header, self.header = self.header, None
        draw(self)
        self._furniture()
        c.restoreState()
        self.header = header
        c.showPage()
        c.setPageRotation(0)
        c.save()


def level_merges(indicators: Sequence[Sequence[Any]], first: int, col0: int = 1) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (starting at row `first`, labels in columns col0 and
    col0 + 1) down their runs."""
    merges: Merges = {}
    for key in (0, 1):
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and tuple(indicators[j + 1][: key + 1]) == tuple(
                indicators[k][: key + 1]
            ):
                j += 1
            if j > k:
                merges[(first + k, col0 + key)] = (j - k + 1, 1)
            k = j + 1
    return merges


class Rows:
    """A printed form built row by row, with its merges."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.merges: Merges = {}

    def add(self, row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            self.merges[(len(self.rows), col)] = sp
        self.rows.append(row)


def indicator_block(
    f: Rows, indicators: Sequence[Sequence[str]], ncols: int, note_span: int = 1, label: str = "绩效指标"
) -> None:
    """The national form's indicator block: a label column merged down, 一级 / 二级 merged, a header row; the last
    (偏差原因) cell spans `note_span` columns so the block fills `ncols` columns."""
    first = len(f.rows)
    head = [
        label,
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    pad = [""] * (note_span - 1)
    check(len(head) + len(pad) == ncols, "indicator block width")
    spans = {8: (1, note_span)} if note_span > 1 else {}
    f.add(head + pad, spans)
    for ind in indicators:
        f.add(["", *ind] + pad, dict(spans))
    f.merges[(first, 0)] = (len(indicators) + 1, 1)
    f.merges.update(level_merges(indicators, first + 1))


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


def _scratch(build: Callable[[Path], None]) -> bytes:
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        build(Path(name))
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


def _seal(text: str, diameter: int, seed: int) -> Any:
    """A round official seal (公章) as an RGB image on white: a ring, the unit's name along the upper arc, a
    five-pointed star; the ink a little uneven (heldout20's seal)."""
    from PIL import Image, ImageDraw, ImageFont

    red = (206, 48, 44)
    size = diameter + 8
    img = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(img)
    cx = cy = size / 2
    r = diameter / 2
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(6, diameter // 45))
    font = ImageFont.truetype(str(fonts.WQY_TTC), int(diameter * 0.135), index=0)
    n = len(text)
    spread = 230.0
    radius = r * 0.74
    for i, ch in enumerate(text):
        theta = 90 + spread / 2 - i * spread / (n - 1)
        glyph = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
        ImageDraw.Draw(glyph).text((font.size, font.size), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(theta - 90, resample=Image.Resampling.BICUBIC)
        x = cx + radius * math.cos(math.radians(theta)) - glyph.size[0] / 2
        y = cy - radius * math.sin(math.radians(theta)) - glyph.size[1] / 2
        img.paste(Image.new("RGB", glyph.size, red), (int(round(x)), int(round(y))), glyph)
    star_r = r * 0.30
    points = []
    for k in range(10):
        rad = star_r if k % 2 == 0 else star_r * 0.40
        ang = math.radians(90 + k * 36)
        points.append((cx + rad * math.cos(ang), cy + r * 0.02 - rad * math.sin(ang)))
    draw.polygon(points, fill=red)
    rng = random.Random(seed)
    pixels = img.load()
    assert pixels is not None
    for _ in range(diameter * diameter // 9):
        x, y = rng.randrange(size), rng.randrange(size)
        if pixels[x, y] != (255, 255, 255):
            pixels[x, y] = (236, 150, 146)
    return img


def _scan(
    pdf_bytes: bytes,
    dpi: int,
    seed: int,
    skew: float,
    quality: int,
    seal_text: str,
    seal_at: tuple[float, float],
    paper: int = 232,
) -> bytes:
    """A printed page scanned back in (heldout20's scanner): rendered at `dpi`, grey paper, speckle and dust, the
    unit's seal printed over the signature (multiply), a small skew and blur, stored as a JPEG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    img = img.point(lambda v: 34 + (v * (paper - 34)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(w * h // 650):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    for _ in range(46):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((70, 100, 130)))
    rgb = img.convert("RGB")
    seal = _seal(seal_text, int(w * 0.2), seed).rotate(
        8, resample=Image.Resampling.BICUBIC, fillcolor="white"
    )
    x, y = int(seal_at[0] * dpi / 72 - seal.size[0] / 2), int(seal_at[1] * dpi / 72 - seal.size[1] / 2)
    region = rgb.crop((x, y, x + seal.size[0], y + seal.size[1]))
    rgb.paste(ImageChops.multiply(region, seal), (x, y))
    rgb = rgb.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(paper, paper, paper))
    rgb = rgb.filter(ImageFilter.GaussianBlur(0.5))
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def _image_page(c: Any, jpeg: bytes) -> None:
    """One image-only page: the JPEG drawn over the whole A4 page, no text operator."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    c.setPageSize(A4)
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
    c.showPage()


# =========================================================================== 1. jiangzi (PDF; a landscape form in 元 after a portrait page in 万元)
JIANGZI_UNIT = "江孜县农业农村局"
JIANGZI_PROJECT = "青稞良种繁育推广"
JIANGZI_FUNDS = [  # 资金来源, 年初, 全年, 执行数 (元)
    ("年度资金总额", "1,600,000.00", "1,864,500.00", "1,823,456.00"),
    ("其中：当年财政拨款", "1,600,000.00", "1,864,500.00", "1,823,456.00"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
JIANGZI_USES = [
    ("良种繁育补助", "156.00"),
    ("良种调运和仓储费用", "18.4256"),
    ("技术培训费用", "7.92"),
]  # 万元, whole
JIANGZI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "青稞良种繁育基地面积", "≥5000亩", "5200亩", "10", "10", ""),
    ("产出指标", "数量指标", "良种推广面积", "≥3.5万亩", "3.62万亩", "10", "10", ""),
    ("产出指标", "数量指标", "培训农牧民", "≥1200人次", "1286人次", "5", "5", ""),
    ("产出指标", "质量指标", "良种纯度", "≥98%", "98.6%", "10", "10", ""),
    ("产出指标", "时效指标", "良种发放完成时间", "4月30日前", "4月26日", "5", "5", ""),
    ("产出指标", "成本指标", "良种繁育补助标准", "≤300元/亩", "300元/亩", "10", "10", ""),
    ("效益指标", "经济效益指标", "推广区青稞亩均增产", "≥25公斤", "28.5公斤", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益农户", "≥4000户", "4126户", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "良种统繁统供机制",
        "持续运行",
        "基本建立",
        "10",
        "8",
        "乡镇仓储条件不足，下年补齐",
    ),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", "94.2%", "10", "10", ""),
]
JIANGZI_TEXT = [
    ("h", "一、项目概况"),
    (
        "p",
        "青稞是全县种植面积最大的粮食作物。为提高良种覆盖率和单产水平，县农业农村局2019年继续实施青稞良种繁育推广"
        "项目，在5个乡镇建设良种繁育基地，统一调供“藏青2000”“喜马拉22号”等主推品种，并开展种植技术培训。",
    ),
    (
        "p",
        "项目年度目标为：建设良种繁育基地5000亩以上，推广青稞良种3.5万亩以上，良种纯度不低于98%，培训农牧民1200人次"
        "以上，推广区青稞亩均增产25公斤以上。",
    ),
    ("h", "二、项目资金安排和使用情况"),
    (
        "p",
        "2019年县财政在年初预算中安排项目资金160.00万元。5月，自治区下达青稞良种推广补助资金，县财政据此追加项目预算"
        "26.45万元，全年预算186.45万元，其中县级资金160.00万元、自治区资金26.45万元。",
    ),
    (
        "p",
        "截至2019年12月31日，项目支出182.3456万元，预算执行率97.80%，结余4.1044万元按规定交回县财政。全年支出相当于"
        "年初预算的113.97%，主要是年中追加了自治区补助资金。支出中，支付良种繁育补助156.00万元（5200亩，每亩300元），"
        "良种调运和仓储费用18.4256万元，技术培训费用7.92万元。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "（一）产出。全年在5个乡镇建成青稞良种繁育基地5200亩，统一调供良种54.3万公斤，推广良种3.62万亩，完成年度任务的"
        "103.43%，上年推广2.8万亩；良种纯度经抽检为98.6%；举办技术培训18场次，培训农牧民1286人次。",
    ),
    (
        "p",
        "（二）效益。经测产，推广区青稞平均亩产312公斤，较非推广区亩均增产28.5公斤；项目惠及4126户农牧民，上年为3870户。",
    ),
    ("p", "（三）满意度。问卷调查显示，受益农牧民对项目的满意度为94.2%。"),
    ("h", "四、自评结论"),
    ("p", "按照项目支出绩效自评指标体系逐项打分，自评得分和等次见附表。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分乡镇良种仓储条件不足，良种统繁统供机制尚不稳定。"),
    ("p", "（二）个别繁育基地灌溉设施老化，影响繁种产量。"),
    ("h", "六、改进措施"),
    ("p", "（一）统筹资金改善乡镇良种仓储条件，建立良种统一收储制度。"),
    ("p", "（二）结合高标准农田建设改造繁育基地灌溉设施。"),
]
JIANGZI_WIDTHS = [9, 12, 16, 19, 12, 12, 11, 8, 8, 14]


def jiangzi_score() -> str:
    _, _, budget, done = JIANGZI_FUNDS[0]
    return exec_score(done, budget)


def jiangzi_total() -> Decimal:
    return dec(jiangzi_score()) + sum(dec(r[6]) for r in JIANGZI_IND)


def jiangzi_rows() -> tuple[list[list[str]], Merges]:
    """The landscape 项目支出绩效自评表 in 元, its funds header over two rows (预算数 over 年初 / 全年; 预算执行 over 执行率
    / 分值 / 得分)."""
    _, _, budget, done = JIANGZI_FUNDS[0]
    f = Rows()
    f.add(["项目名称", JIANGZI_PROJECT, "", "", "", "", "", "", "", ""], {1: (1, 9)})
    f.add(
        ["主管部门", JIANGZI_UNIT, "", "", "", "实施单位", JIANGZI_UNIT, "", "", ""], {1: (1, 4), 6: (1, 4)}
    )
    first = len(f.rows)
    f.add(
        ["项目资金（元）", "资金来源", "", "预算数", "", "执行数", "预算执行", "", "", "备注"],
        {1: (2, 2), 3: (1, 2), 5: (2, 1), 6: (1, 3), 9: (2, 1)},
    )
    f.add(["", "", "", "年初", "全年", "", "执行率", "分值", "得分", ""])
    for k, (name, a, b, c) in enumerate(JIANGZI_FUNDS):
        tail = [pct(done, budget), "10", jiangzi_score()] if k == 0 else [E, E, E]
        f.add(["", name, "", a, b, c, *tail, ""], {1: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 5)},
    )
    f.add(
        [
            "",
            "建设繁育基地5000亩以上，推广良种3.5万亩以上，纯度不低于98%，培训1200人次以上。",
            "",
            "",
            "",
            "建成繁育基地5200亩，推广良种3.62万亩，纯度98.6%，培训1286人次，受益4126户。",
            "",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 5)},
    )
    indicator_block(f, JIANGZI_IND, 10, note_span=2)
    f.add(["总分", "", "", "", "", "", "100", f"{jiangzi_total()}", "", ""], {0: (1, 6), 8: (1, 2)})
    f.add(
        [
            "自评结论",
            "项目年度绩效目标基本实现，良种统繁统供机制有待完善。自评等次：优",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        {1: (1, 9)},
    )
    return f.rows, f.merges


def doc_jiangzi(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{JIANGZI_UNIT}2019年度\n{JIANGZI_PROJECT}项目支出绩效自评报告", size=17)
    p.blocks(JIANGZI_TEXT)
    p.right(JIANGZI_UNIT, size=11)
    p.right("2020年3月20日", size=11)
    check(p.page == 2, f"jiangzi text on two pages, not {p.page}")
    p.new_page()
    p.m = 36
    p.bottom = p.m + 8
    p.orient(True)
    p.para("附表", indent=False, size=11)
    p.title("项目支出绩效自评表", size=14)
    p.center("（2019年度）", size=10)
    p.right("单位：元", size=9)
    rows, merges = jiangzi_rows()
    p.grid(rows, JIANGZI_WIDTHS, merges, size=8, align=["c", "l", "l", "l", "r", "r", "r", "c", "c", "l"])
    p.para(
        f"填报单位（盖章）：{JIANGZI_UNIT}　　填报人：次××　　填报日期：2020年3月20日", indent=False, size=9
    )
    check(p.page == 3, "jiangzi form on page 3")
    p.save()
    _, a, b, c = JIANGZI_FUNDS[0]
    uses = sum_money([v for _, v in JIANGZI_USES])
    check(
        dec(a) == dec("160.00") * W
        and dec(b) == dec("186.45") * W
        and dec(c) == dec("182.3456") * W
        and dec("160.00") + dec("26.45") == dec("186.45")
        and rate(c, b) == dec("97.80")
        and not_half(c, b)
        and dec(b) - dec(c) == dec("4.1044") * W
        and rate(c, a) == dec("113.97")
        and uses == dec("182.3456")
        and 5200 * 300 == dec("156.00") * W
        and rate("3.62", "3.5") == dec("103.43")
        and sum(int(r[5]) for r in JIANGZI_IND) == 90
        and jiangzi_total() == dec("97.78"),
        "jiangzi",
    )


# =========================================================================== 2. lingshui (PDF; the form on a page carrying /Rotate 90)
LINGSHUI_UNIT = "陵水黎族自治县旅游和文化广电体育局"
LINGSHUI_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "3,286.50", "3,898.80", "3,792.15"),
    ("其中：一般公共预算", "2,956.50", "3,426.80", "3,338.65"),
    ("政府性基金预算", "330.00", "472.00", "453.50"),
]
LINGSHUI_PARTS = [
    ("文化惠民演出", "238.60"),
    ("全民健身设施维护更新", "186.40"),
    ("旅游宣传推广", "312.50"),
]  # partial
LINGSHUI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "文化惠民演出场次", "≥150场次", "156场次", "10", "10", ""),
    ("产出指标", "数量指标", "全民健身赛事活动", "≥40场", "42场", "10", "10", ""),
    (
        "产出指标",
        "质量指标",
        "全民健身设施完好率",
        "≥95%",
        "94%",
        "10",
        "9",
        "部分室外器材老化，已列入下年更新计划",
    ),
    (
        "产出指标",
        "时效指标",
        "项目资金支付进度",
        "≥95%",
        "93.6%",
        "10",
        "8.5",
        "个别演出合同年末结算，加快支付",
    ),
    ("产出指标", "成本指标", "公用经费控制数", "≤280万元", "271.79万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "公共图书馆年接待读者", "≥12万人次", "12.6万人次", "15", "15", ""),
    (
        "效益指标",
        "可持续影响指标",
        "文旅融合发展",
        "持续推进",
        "成效初显",
        "15",
        "12",
        "文旅产品较单一，加强品牌培育",
    ),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.8%", "10", "10", ""),
]
LINGSHUI_TEXT = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "县旅游和文化广电体育局是县政府工作部门，负责全县旅游、文化、广播电视和体育事业的发展规划、行业管理和公共服务，"
        "内设6个股室，下属县文化馆、县图书馆、县体育运动学校等5个事业单位，2021年末实有人员128人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "（一）收入情况。2021年县财政批复我局年初预算3,286.50万元，其中一般公共预算财政拨款2,956.50万元、政府性基金预算"
        "财政拨款330.00万元。年度执行中，为保障旅游宣传推广和全民健身赛事活动，县财政追加预算612.30万元，调整后预算"
        "3,898.80万元，其中一般公共预算财政拨款3,426.80万元、政府性基金预算财政拨款472.00万元（彩票公益金）。",
    ),
    (
        "p",
        "（二）支出情况。全年支出3,792.15万元，其中基本支出1,684.37万元（人员经费1,412.58万元、公用经费271.79万元），"
        "项目支出2,107.78万元。预算执行率97.26%，年末结转结余106.65万元。",
    ),
    (
        "p",
        "（三）项目支出情况。项目支出主要用于文化惠民演出238.60万元、全民健身设施维护更新186.40万元、旅游宣传推广312.50"
        "万元，以及图书馆、文化馆、美术馆免费开放和群众文化活动等。",
    ),
    ("h", "三、部门履职成效"),
    (
        "p",
        "全年举办“送戏下乡”文化惠民演出156场次，观众达9.8万人次；县图书馆接待读者12.6万人次，新增馆藏图书1.35万册；"
        "组织全民健身赛事活动42场，参与群众3.2万人次；新建和更新全民健身路径28处。全年全县接待游客486.2万人次，上年为"
        "411.6万人次，实现旅游总收入112.6亿元；县体育运动学校向上级运动队输送运动员9人。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "按照县财政局部门整体支出绩效评价指标，对照年初设定的绩效目标进行自评（见附件），2021年度部门整体支出绩效自评"
        "得分94.23分，自评等级为优。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分演出合同年末才结算，项目资金支付进度未达到目标。"),
    ("p", "（二）文旅融合产品较为单一，乡村旅游品牌影响力不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）按演出场次分批结算，加快项目资金支付。"),
    ("p", "（二）整合黎族文化和滨海旅游资源，培育文旅融合精品线路。"),
]


def lingshui_score() -> str:
    _, _, budget, done = LINGSHUI_FUNDS[0]
    return exec_score(done, budget)


def lingshui_total() -> Decimal:
    return dec(lingshui_score()) + sum(dec(r[6]) for r in LINGSHUI_IND)


def lingshui_rows() -> tuple[list[list[str]], Merges]:
    _, _, budget, done = LINGSHUI_FUNDS[0]
    f = Rows()
    f.add(["部门名称", LINGSHUI_UNIT, "", "", "", "", "", "", ""], {1: (1, 8)})
    first = len(f.rows)
    f.add(
        ["年度预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        {7: (1, 2)},
    )
    for k, (name, a, b, c) in enumerate(LINGSHUI_FUNDS):
        tail = ["10", pct(done, budget), lingshui_score()] if k == 0 else [E, E, E]
        f.add(["", name, a, b, c, *tail, ""], {7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 4)},
    )
    f.add(
        [
            "",
            "举办文化惠民演出150场次以上，组织全民健身赛事活动40场以上，公共文化场馆全部免费开放，群众满意度90%以上。",
            "",
            "",
            "",
            "举办文化惠民演出156场次，组织全民健身赛事活动42场，图书馆接待读者12.6万人次，群众满意度92.8%。",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 4)},
    )
    indicator_block(f, LINGSHUI_IND, 9)
    f.add(["总分", "", "", "", "", "", "100", f"{lingshui_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def _lingshui_form(p: Pdf) -> None:
    p.para("附件", indent=False, size=11)
    p.title("部门整体支出绩效自评表", size=14)
    p.center("（2021年度）", size=10)
    rows, merges = lingshui_rows()
    p.grid(
        rows,
        [12, 12, 15, 20, 12, 12, 8, 8, 21],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    p.para(f"填报单位（盖章）：{LINGSHUI_UNIT}　　填报日期：2022年4月15日", indent=False, size=9)
    check(p.y > p.bottom, "lingshui form fits its page")


def doc_lingshui(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=12, margin=66, creator="Microsoft® Word 2016")
    p.title(f"{LINGSHUI_UNIT}\n2021年度部门整体支出绩效自评报告", size=16)
    p.blocks(LINGSHUI_TEXT)
    p.right(LINGSHUI_UNIT, size=11)
    p.right("2022年4月15日", size=11)
    check(p.page == 2, f"lingshui text on two pages, not {p.page}")
    p.rotated_page(_lingshui_form)
    total, general, fund = LINGSHUI_FUNDS
    parts = sum_money([v for _, v in LINGSHUI_PARTS])
    check(
        all(dec(general[k]) + dec(fund[k]) == dec(total[k]) for k in (1, 2, 3))
        and dec(total[1]) + dec("612.30") == dec(total[2])
        and dec("1412.58") + dec("271.79") == dec("1684.37")
        and dec("1684.37") + dec("2107.78") == dec(total[3])
        and rate(total[3], total[2]) == dec("97.26")
        and dec(total[2]) - dec(total[3]) == dec("106.65")
        and parts < dec("2107.78")
        and sum(int(r[5]) for r in LINGSHUI_IND) == 90
        and lingshui_total() == dec("94.23"),
        "lingshui",
    )


# =========================================================================== 3. jinnan (PDF; a two-column body, figures without separators)
JINNAN_UNIT = "天津市津南区水务局"
JINNAN_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元): all five, the whole 项目支出
    ("河道清淤及水环境治理", "2486.00", "2412.36"),
    ("农村饮水提质增效工程", "1326.50", "1298.42"),
    ("防汛抗旱物资储备及应急抢险", "586.37", "542.10"),
    ("排水泵站运行维护", "968.00", "951.30"),
    ("水资源管理与节水型社会建设", "481.50", "464.60"),
]
JINNAN_TEXT = [
    ("h", "一、部门概况"),
    (
        "p",
        "津南区水务局负责全区水资源统一管理、河道和水利工程建设管理、防汛抗旱、农村供水和城镇排水管理等工作，内设8个"
        "科室，下属区水利工程管理站、区排水管理所等4个事业单位，2016年末在职人员152人。",
    ),
    (
        "p",
        "2016年部门整体绩效目标为：完成12条骨干河道清淤，新建改造农村供水管网45公里以上，维修改造排水泵站12座以上，"
        "确保汛期安全度汛，全区万元工业增加值用水量控制在12立方米以内。",
    ),
    ("h", "二、预算收支情况"),
    (
        "p",
        "2016年区财政批复我局年初预算5862.47万元，年中追加河道治理和农村饮水工程资金1248.30万元，调整后预算7110.77万元，"
        "其中一般公共预算财政拨款4986.77万元、政府性基金预算财政拨款2124.00万元。",
    ),
    (
        "p",
        "全年支出6905.62万元，其中基本支出1236.84万元、项目支出5668.78万元，预算执行率97.11%，年末结转结余205.15万元，"
        "主要是河道清淤工程按合同留存的质量保证金。项目支出共安排5个项目，各项目执行情况见表1（附后）。",
    ),
    (
        "p",
        "预算管理方面，我局年内修订财务管理、项目资金管理等内部制度6项，召开预算执行分析会4次，按月通报各项目支出进度，"
        "重点项目实行专人跟踪，所有项目资金均通过国库集中支付。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "（一）河道治理。全年完成12条河道清淤，清淤长度86.4公里，清运土方126.8万立方米，上年清淤62.5公里；河道水质"
        "考核断面达标率提高到83.3%。",
    ),
    (
        "p",
        "（二）农村供水。新建改造农村供水管网48.6公里，改善3.2万户居民饮水条件，农村集中供水水质合格率100%。",
    ),
    (
        "p",
        "（三）排水和防汛。维修改造排水泵站14座，疏通排水管道215公里；汛期全区未发生因洪涝造成的人员伤亡。",
    ),
    (
        "p",
        "（四）节约用水。全区万元工业增加值用水量下降至11.6立方米，低于市下达的12立方米控制指标；新创建节水型企业"
        "（单位）23家。区水务局在全市水务系统年度考核中位列第4名。",
    ),
    (
        "p",
        "（五）水政执法。全年开展河道和水源地巡查286次，查处水事违法案件17件，结案率100%，清理河道管理范围内违章"
        "搭建和堆放物4600平方米。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面自评，2016年度部门整体"
        "支出自评得分92.5分，评价等级为“优”。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）防汛抗旱物资储备项目受采购周期影响，执行率偏低。"),
    ("p", "（二）部分农村供水管网建设年代久远，漏损率较高。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前编制防汛物资采购计划，实行协议供货。"),
    ("p", "（二）分年度实施老旧供水管网改造，降低管网漏损。"),
]


def jinnan_rows() -> list[list[str]]:
    rows = [["序号", "项目名称", "全年预算数", "执行数", "执行率（%）"]]
    for k, (name, b, d) in enumerate(JINNAN_PROJECTS, 1):
        rows.append([str(k), name, b, d, str(rate(d, b))])
    b, d = sum_money([x[1] for x in JINNAN_PROJECTS]), sum_money([x[2] for x in JINNAN_PROJECTS])
    rows.append(["", "合计", plain(b), plain(d), str(rate(d, b))])
    return rows


def doc_jinnan(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=60, creator="Microsoft® Word 2010")
    p.title(f"{JINNAN_UNIT}\n2016年度部门整体支出绩效自评报告", size=17)
    p.newspaper(JINNAN_TEXT, "body")
    p.center("表1  2016年度项目支出执行情况（单位：万元）", size=10.5)
    p.table(jinnan_rows(), [7, 40, 16, 16, 14], style="grid", size=10, align=["c", "l", "r", "r", "r"])
    p.right(JINNAN_UNIT, size=11)
    p.right("2017年3月24日", size=11)
    p.save()
    cols = p.column_pages["body"]
    b, d = sum_money([x[1] for x in JINNAN_PROJECTS]), sum_money([x[2] for x in JINNAN_PROJECTS])
    check(
        d == dec("5668.78")
        and b == dec("5848.37")
        and dec("5862.47") + dec("1248.30") == dec("7110.77")
        and dec("4986.77") + dec("2124.00") == dec("7110.77")
        and dec("1236.84") + d == dec("6905.62")
        and rate("6905.62", "7110.77") == dec("97.11")
        and dec("7110.77") - dec("6905.62") == dec("205.15")
        and rate(d, b) == dec("96.93")
        and all(not_half(x[2], x[1]) for x in JINNAN_PROJECTS)
        and (1, 0) in cols
        and (1, 1) in cols
        and (2, 0) in cols
        and (2, 1) in cols
        and p.page == 2,
        f"jinnan {p.page} {sorted(set(cols))}",
    )


# =========================================================================== 4. haiyuan (PDF; two text pages and a skewed scanned form)
HAIYUAN_UNIT = "海原县林业和草原局"
HAIYUAN_PROJECT = "退化草原生态修复治理项目"
HAIYUAN_FUNDS = [  # 行, 全年预算数（A）, 全年执行数（B） (万元), written without separators, four places
    ("年度资金总额", "1500.0000", "1452.8316"),
    ("其中：中央财政资金", "1200.0000", "1168.4216"),
    ("自治区财政资金", "300.0000", "284.4100"),
    ("其他资金", E, E),
]
HAIYUAN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "退化草原修复治理面积", "≥4.5万亩", "4.6万亩", "10", "10", ""),
    ("产出指标", "数量指标", "建设网围栏", "≥180公里", "186公里", "10", "10", ""),
    ("产出指标", "质量指标", "补播出苗率", "≥85%", "88.6%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "补播完成时间",
        "6月30日前",
        "7月12日",
        "10",
        "7",
        "春季干旱推迟补播，下年提前备种",
    ),
    ("产出指标", "成本指标", "补播改良亩均成本", "≤260元", "252元", "10", "10", ""),
    ("效益指标", "生态效益指标", "治理区植被盖度提高", "≥5个百分点", "6.7个百分点", "15", "15", ""),
    (
        "效益指标",
        "可持续影响指标",
        "草原管护长效机制",
        "长效运行",
        "基本建立",
        "15",
        "12",
        "管护员队伍不稳定，完善考核",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "农牧民满意度",
        "≥90%",
        "88.5%",
        "10",
        "8",
        "禁牧区群众有顾虑，加强宣传",
    ),
]
HAIYUAN_SIGN = "填报单位（盖章）：海原县林业和草原局　　　填报日期：2024年3月26日"
HAIYUAN_TEXT = [
    ("h", "一、项目概况"),
    (
        "p",
        "项目使用中央财政林业草原生态保护恢复资金和自治区配套资金，在县境内退化草原实施补播改良和围栏封育，恢复草原"
        "植被，遏制草原退化。项目由县林业和草原局组织实施，涉及9个乡镇。",
    ),
    (
        "p",
        "年度绩效目标为：完成退化草原修复治理4.5万亩，其中补播改良3万亩、围栏封育1.5万亩；建设网围栏180公里；治理区"
        "草原植被盖度提高5个百分点以上。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2023年项目全年预算1500.00万元，其中中央财政资金1200.00万元、自治区财政资金300.00万元，资金已全部到位。截至"
        "年底项目支出1452.8316万元，预算执行率96.86%，结余47.1684万元结转下年用于围栏维护。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年完成退化草原修复治理4.6万亩，完成年度任务的102.22%，其中补播改良3.2万亩、围栏封育1.4万亩；建设网围栏"
        "186公里，设置警示标识牌120块；组织牧草种植和草原管护培训12期，培训农牧民860人次；聘用草原管护员45名。经监测，"
        "治理区草原综合植被盖度由上年的38.5%提高到45.2%，亩均产草量提高32公斤。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照项目绩效目标逐项自评（自评表附后），项目自评得分91.69分。按照自治区有关规定，自评得分90分（含）以上为优，"
        "80分（含）至90分为良，60分（含）至80分为中，60分以下为差，本项目评价等级为优。",
    ),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）春季干旱推迟了补播时间。下一步将提前储备草种，抓住降雨时机及时补播。"),
    ("p", "（二）草原管护员队伍不够稳定。下一步将完善管护员考核和报酬发放办法。"),
]


def haiyuan_score() -> str:
    _, budget, done = HAIYUAN_FUNDS[0]
    return exec_score(done, budget)


def haiyuan_total() -> Decimal:
    return dec(haiyuan_score()) + sum(dec(r[6]) for r in HAIYUAN_IND)


def haiyuan_rows() -> tuple[list[list[str]], Merges]:
    _, budget, done = HAIYUAN_FUNDS[0]
    f = Rows()
    f.add(["项目名称", HAIYUAN_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", HAIYUAN_UNIT, "", "", "实施单位", HAIYUAN_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(
        [
            "项目资金（万元）",
            "",
            "",
            "全年预算数（A）",
            "全年执行数（B）",
            "分值",
            "执行率（B/A）",
            "得分",
            "",
        ],
        {1: (1, 2), 7: (1, 2)},
    )
    for k, (name, b, c) in enumerate(HAIYUAN_FUNDS):
        tail = ["10", pct(done, budget), haiyuan_score()] if k == 0 else [E, E, E]
        f.add(["", name, "", b, c, *tail, ""], {1: (1, 2), 7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 4)},
    )
    f.add(
        [
            "",
            "修复治理退化草原4.5万亩，建设网围栏180公里，治理区植被盖度提高5个百分点以上。",
            "",
            "",
            "",
            "修复治理退化草原4.6万亩，建设网围栏186公里，植被盖度提高6.7个百分点。",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 4)},
    )
    indicator_block(f, HAIYUAN_IND, 9)
    f.add(["总分", "", "", "", "", "", "100", f"{haiyuan_total()}", "评价等级：优"], {0: (1, 6)})
    return f.rows, f.merges


HAIYUAN_SEAL_AT: list[float] = []


def _haiyuan_form(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=54)
    p.page = 2  # printed as the report's second page
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2023年度）", size=10.5)
    rows, merges = haiyuan_rows()
    p.grid(
        rows,
        [13, 12, 13, 18, 13, 13, 9, 9, 17],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    HAIYUAN_SEAL_AT[:] = [p.m + 330, p.H - p.y + 30]
    p.para(HAIYUAN_SIGN, indent=False, size=10)
    check(p.page == 2, "haiyuan form on one page")
    p.save()


def doc_haiyuan(path: Path) -> None:
    jpeg = _scan(
        _scratch(_haiyuan_form), 170, 2023, 1.2, 68, HAIYUAN_UNIT, (HAIYUAN_SEAL_AT[0], HAIYUAN_SEAL_AT[1])
    )
    p = Pdf(path, footer_style="dash", size=12, margin=66, creator="WPS Writer")
    p.title(f"{HAIYUAN_UNIT}2023年度\n{HAIYUAN_PROJECT}绩效自评报告", size=17)
    p.blocks(HAIYUAN_TEXT)
    p.right(HAIYUAN_UNIT, size=11)
    p.right("2024年3月26日", size=11)
    check(p.page == 1, f"haiyuan text on one page, not {p.page}")
    p.new_page()
    p.c.setProducer("Kyocera Scan to PDF")
    _image_page(p.c, jpeg)
    p.c.save()
    total, central, region, _ = HAIYUAN_FUNDS
    check(
        dec(central[1]) + dec(region[1]) == dec(total[1])
        and dec(central[2]) + dec(region[2]) == dec(total[2])
        and rate(total[2], total[1]) == dec("96.86")
        and dec(total[1]) - dec(total[2]) == dec("47.1684")
        and rate("4.6", "4.5") == dec("102.22")
        and dec("3.2") + dec("1.4") == dec("4.6")
        and dec("45.2") - dec("38.5") == dec("6.7")
        and sum(int(r[5]) for r in HAIYUAN_IND) == 90
        and haiyuan_total() == dec("91.69"),
        f"haiyuan {haiyuan_total()}",
    )


# =========================================================================== 5. zeku (PDF; a department report with three project forms annexed)
ZEKU_UNIT = "泽库县农牧水利和科技局"
ZEKU_FORMS = [  # 项目名称, 实施单位, funds rows (行, 年初预算数, 全年预算数, 全年执行数), indicators
    (
        "草原生态保护补助奖励资金",
        "泽库县草原工作站",
        [
            ("年度资金总额", E, "8,426.55", "8,426.55"),
            ("其中：当年财政拨款", E, "8,426.55", "8,426.55"),
            ("上年结转资金", E, E, E),
            ("其他资金", E, E, E),
        ],
        [
            ("产出指标", "数量指标", "禁牧补助面积", "≥486万亩", "486万亩", "10", "10", ""),
            ("产出指标", "数量指标", "草畜平衡奖励面积", "≥372万亩", "372万亩", "10", "10", ""),
            ("产出指标", "质量指标", "补奖资金兑付到户率", "100%", "100%", "10", "10", ""),
            ("产出指标", "时效指标", "补奖资金发放时间", "11月底前", "11月26日", "10", "10", ""),
            ("产出指标", "成本指标", "禁牧补助标准", "=7.5元/亩", "7.5元/亩", "10", "10", ""),
            ("效益指标", "生态效益指标", "草原综合植被盖度", "≥56%", "56.8%", "15", "15", ""),
            (
                "效益指标",
                "社会效益指标",
                "牧户人均补奖收入",
                "≥3000元",
                "2946元",
                "15",
                "13",
                "部分牧户人口增加，人均数下降",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "牧户满意度",
                "≥90%",
                "88.6%",
                "10",
                "8",
                "个别牧户对面积核定有异议",
            ),
        ],
    ),
    (
        "动物疫病防控经费",
        "泽库县畜牧兽医站",
        [
            ("年度资金总额", "186.00", "212.40", "196.38"),
            ("其中：当年财政拨款", "186.00", "212.40", "196.38"),
            ("上年结转资金", E, E, E),
            ("其他资金", E, E, E),
        ],
        [
            ("产出指标", "数量指标", "重大动物疫病免疫数量", "≥125万头只", "128.6万头只", "10", "10", ""),
            (
                "产出指标",
                "数量指标",
                "动物疫病监测采样",
                "≥6000份",
                "5820份",
                "10",
                "8",
                "冬季部分牧场无法进入",
            ),
            ("产出指标", "质量指标", "免疫抗体合格率", "≥70%", "76.4%", "10", "10", ""),
            ("产出指标", "时效指标", "春秋两季集中免疫按期完成率", "100%", "100%", "10", "10", ""),
            ("产出指标", "成本指标", "村级防疫员劳务补助", "≤60万元", "58.6万元", "10", "10", ""),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生", "0起", "0起", "15", "15", ""),
            (
                "效益指标",
                "可持续影响指标",
                "基层动物防疫体系运行",
                "持续有效",
                "部分乡镇防疫员不足",
                "15",
                "10",
                "村级防疫员流失，提高补助",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "养殖户满意度",
                "≥90%",
                "86.5%",
                "10",
                "6.4",
                "防疫服务不够及时",
            ),
        ],
    ),
    (
        "饲草料基地建设项目",
        "泽库县农牧水利和科技局",
        [
            ("年度资金总额", E, "1,280.00", "1,226.24"),
            ("其中：当年财政拨款", E, "1,280.00", "1,226.24"),
            ("上年结转资金", E, E, E),
            ("其他资金", E, E, E),
        ],
        [
            ("产出指标", "数量指标", "饲草料基地建设面积", "≥2万亩", "2.1万亩", "10", "10", ""),
            ("产出指标", "数量指标", "新建储草棚", "≥12座", "12座", "10", "10", ""),
            ("产出指标", "质量指标", "基地牧草出苗率", "≥85%", "90.2%", "10", "10", ""),
            (
                "产出指标",
                "时效指标",
                "项目完工时间",
                "9月底前",
                "10月15日",
                "10",
                "7.5",
                "雨季影响储草棚施工",
            ),
            ("产出指标", "成本指标", "储草棚单座造价", "≤45万元", "43.8万元", "10", "10", ""),
            ("效益指标", "经济效益指标", "基地亩产鲜草", "≥1200公斤", "1260公斤", "15", "15", ""),
            (
                "效益指标",
                "可持续影响指标",
                "冬春饲草储备能力",
                "持续提升",
                "明显提升",
                "15",
                "14",
                "个别村管护不到位",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "受益群众满意度",
                "≥90%",
                "89.3%",
                "10",
                "8",
                "部分农户希望扩大种植面积",
            ),
        ],
    ),
]
ZEKU_SECTIONS = [
    ("预算执行", "20", "19.6"),
    ("预算管理", "20", "18"),
    ("履职产出", "40", "37.4"),
    ("履职效益", "20", "18.5"),
]


def zeku_form_score(form: Any) -> str:
    _, _, funds, _ = form
    return exec_score(funds[0][3], funds[0][2])


def zeku_form_total(form: Any) -> Decimal:
    return dec(zeku_form_score(form)) + sum(dec(r[6]) for r in form[3])


def zeku_spent() -> Decimal:
    return sum_money([f[2][0][3] for f in ZEKU_FORMS])


def zeku_text() -> list[tuple[str, str]]:
    spent = zeku_spent()
    totals = "、".join(f"{zeku_form_total(f)}分" for f in ZEKU_FORMS)
    sections = "、".join(f"{n}得{s}分（满分{w}分）" for n, w, s in ZEKU_SECTIONS)
    return [
        ("h", "一、部门基本情况"),
        (
            "p",
            "泽库县农牧水利和科技局负责全县农牧业生产、草原生态保护、动物防疫、水利建设和科技推广等工作，内设7个股室，"
            "下属县畜牧兽医站、县草原工作站等6个事业单位，2020年末实有人员96人。",
        ),
        ("h", "二、部门预算收支情况"),
        (
            "p",
            "2020年县财政批复我局年初预算4,862.30万元。年度执行中，中央和省级下达草原生态保护补助奖励、动物防疫和饲草料"
            "基地建设等资金，县财政追加预算8,736.50万元，调整后预算13,598.80万元，全部为一般公共预算财政拨款。",
        ),
        (
            "p",
            "全年支出13,326.42万元，其中基本支出1,128.64万元（人员经费986.25万元、公用经费142.39万元），项目支出"
            "12,197.78万元；预算执行率98.00%，年末结转结余272.38万元。",
        ),
        (
            "p",
            f"本年度我局共实施项目16个，均开展了绩效自评。现将草原生态保护补助奖励资金、动物疫病防控经费和饲草料基地建设"
            f"项目3个重点项目的自评表附后（附件1—3），3个项目全年支出{money(spent)}万元，其余{money(dec('12197.78') - spent)}"
            "万元为其他13个项目的支出。",
        ),
        ("h", "三、部门履职成效"),
        (
            "p",
            "全年落实草原禁牧面积486万亩、草畜平衡面积372万亩，补助奖励资金全部兑付到8,632户牧户；完成重大动物疫病集中"
            "免疫128.6万头只，全县未发生区域性重大动物疫情；建设饲草料基地2.1万亩、储草棚12座，储备冬春饲草1.86万吨；"
            "举办农牧民实用技术培训36期，培训2,150人次。",
        ),
        ("h", "四、自评结论"),
        (
            "p",
            f"按照部门整体支出绩效评价指标体系，{sections}，2020年度部门整体支出绩效自评得分93.5分，等级为优。附后3个"
            f"项目的自评得分分别为{totals}。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）村级防疫员流失较多，部分乡镇动物防疫力量不足。"),
        ("p", "（二）个别项目受雨季影响，完工时间晚于计划。"),
        ("h", "六、改进措施"),
        ("p", "（一）提高村级防疫员劳务补助，稳定基层防疫队伍。"),
        ("p", "（二）合理安排高原地区施工期，提前做好项目前期工作。"),
    ]


def zeku_rows(form: Any) -> tuple[list[list[str]], Merges]:
    name, doer, funds, indicators = form
    _, _, budget, done = funds[0]
    f = Rows()
    f.add(["项目名称", name, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", ZEKU_UNIT, "", "", "实施单位", doer, "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        {7: (1, 2)},
    )
    for k, (label, a, b, c) in enumerate(funds):
        tail = ["10", pct(done, budget), zeku_form_score(form)] if k == 0 else [E, E, E]
        f.add(["", label, a, b, c, *tail, ""], {7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    indicator_block(f, indicators, 9)
    grade = "优" if zeku_form_total(form) >= 90 else "良"
    f.add(["总分", "", "", "", "", "", "100", f"{zeku_form_total(form)}", f"自评等级：{grade}"], {0: (1, 6)})
    return f.rows, f.merges


def doc_zeku(path: Path) -> None:
    p = Pdf(path, footer_style="slash", total=5, size=12, margin=66, creator="WPS Writer")
    p.title(f"{ZEKU_UNIT}\n2020年度部门整体支出绩效自评报告", size=17)
    p.blocks(zeku_text())
    p.right(ZEKU_UNIT, size=11)
    p.right("2021年4月12日", size=11)
    check(p.page == 2, f"zeku text on two pages, not {p.page}")
    for k, form in enumerate(ZEKU_FORMS, 1):
        p.new_page()
        p.para(f"附件{k}", indent=False, size=11)
        p.title("项目支出绩效自评表", size=15)
        p.center("（2020年度）", size=10.5)
        rows, merges = zeku_rows(form)
        p.grid(
            rows,
            [12, 12, 14, 20, 12, 12, 8, 8, 18],
            merges,
            size=9,
            align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
        )
        p.para(f"填报单位（盖章）：{form[1]}　　填报日期：2021年4月12日", indent=False, size=10)
        check(p.page == 2 + k, f"zeku form {k} on one page")
    p.save()
    names = [r[2] for f in ZEKU_FORMS for r in f[3]]
    check(
        dec("4862.30") + dec("8736.50") == dec("13598.80")
        and dec("986.25") + dec("142.39") == dec("1128.64")
        and dec("1128.64") + dec("12197.78") == dec("13326.42")
        and rate("13326.42", "13598.80") == dec("98.00")
        and not_half("13326.42", "13598.80")
        and dec("13598.80") - dec("13326.42") == dec("272.38")
        and sum(dec(s) for _, _, s in ZEKU_SECTIONS) == dec("93.5")
        and len(set(names)) == len(names)
        and all(sum(int(r[5]) for r in f[3]) == 90 for f in ZEKU_FORMS)
        and [zeku_form_total(f) for f in ZEKU_FORMS] == [dec("96.00"), dec("88.65"), dec("94.08")]
        and all(not_half(f[2][0][3], f[2][0][2]) for f in ZEKU_FORMS)
        and zeku_spent() < dec("12197.78"),
        f"zeku {[zeku_form_total(f) for f in ZEKU_FORMS]}",
    )


# =========================================================================== 6. abaga (XLSX; a bare form continued over two worksheets; E2)
ABAGA_UNIT = "阿巴嘎旗卫生和计划生育局"
ABAGA_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元, shown with four places)
    ("年度资金总额", "75.2", "486.2", "465.8126"),
    ("其中：中央补助资金", E, "312.4", "302.6426"),
    ("自治区补助资金", E, "98.6", "92.31"),
    ("旗级配套资金", "75.2", "75.2", "70.86"),
]
ABAGA_RATE = "0.9748"  # E2: the 执行率 cell; 465.8126 ÷ 486.2 = 0.9581
ABAGA_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥3.5万人", "3.68万人", 10, 10, ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2800人", "2946人", 10, 10, ""),
    ("产出指标", "质量指标", "电子健康档案规范化建档率", "≥0.8", "0.862", 10, 10, ""),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥0.6", "0.574", 10, 8, "牧区患者居住分散，随访不足"),
    ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "=50元", "50元", 10, 10, ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", "≥0.12", "0.126", 15, 15, ""),
    (
        "效益指标",
        "可持续影响指标",
        "基层卫生服务体系运行",
        "持续有效",
        "基本有效",
        15,
        12,
        "嘎查卫生室人员不稳定",
    ),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥0.9", "0.874", 10, 9, "健康教育形式单一"),
]
ABAGA_SPLIT = 4  # indicator rows on the first sheet; the rest continue on the second
ABAGA_GOAL = "为辖区常住居民免费提供基本公共卫生服务，建立居民电子健康档案3.5万人以上，规范管理高血压、糖尿病患者，提高居民健康素养。"
ABAGA_DONE = "建立居民电子健康档案3.68万人，管理65岁及以上老年人2946人，高血压患者规范管理率57.4%，居民健康素养水平12.6%。"


def abaga_score() -> str:
    return str((dec(ABAGA_RATE) * 10).quantize(Decimal("0.01"), ROUND_HALF_UP))


def abaga_total() -> Decimal:
    return dec(abaga_score()) + sum(Decimal(r[6]) for r in ABAGA_IND)


def doc_abaga(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第1页"
    widths = [12, 14, 16, 22, 13, 13, 9, 9, 20]
    cols = "ABCDEFGHI"
    for col, w in zip(cols, widths, strict=True):
        ws.column_dimensions[col].width = w
    xl_put(
        ws,
        "A1",
        "锡林郭勒盟旗县（市、区）项目支出绩效自评表",
        bold=True,
        size=14,
        center=True,
        merge_to="I1",
        border=False,
    )
    xl_put(ws, "A2", "（2017年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", "基本公共卫生服务项目", merge_to="I3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", ABAGA_UNIT, merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", ABAGA_UNIT, merge_to="I4")
    # the funds header over two rows: 预算数 over 年初 / 全年; 执行数, 执行率, 分值, 得分 down both rows
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to="A10")
    xl_put(ws, "B5", "资金来源", center=True, merge_to="C6")
    xl_put(ws, "D5", "预算数", center=True, merge_to="E5")
    xl_put(ws, "D6", "年初预算数", center=True)
    xl_put(ws, "E6", "全年预算数", center=True)
    xl_put(ws, "F5", "全年执行数", center=True, merge_to="F6")
    xl_put(ws, "G5", "执行率", center=True, merge_to="G6")
    xl_put(ws, "H5", "分值", center=True, merge_to="H6")
    xl_put(ws, "I5", "得分", center=True, merge_to="I6")
    for r, (name, a, b, c) in enumerate(ABAGA_FUNDS, 7):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        for col, v in zip("DEF", (a, b, c), strict=True):
            xl_put(
                ws, f"{col}{r}", v if v == E else float(dec(v)), fmt=None if v == E else "0.0000", center=True
            )
        if r == 7:
            xl_put(ws, "G7", float(ABAGA_RATE), center=True)  # General: shown as 0.9748
            xl_put(ws, "H7", 10, center=True)
            xl_put(ws, "I7", float(abaga_score()), fmt="0.00", center=True)
        else:
            for col in "GHI":
                xl_put(ws, f"{col}{r}", E, center=True)
    xl_put(ws, "A11", "年度总体目标", center=True, merge_to="A12")
    xl_put(ws, "B11", "预期目标", center=True, merge_to="E11")
    xl_put(ws, "F11", "实际完成情况", center=True, merge_to="I11")
    xl_put(ws, "B12", ABAGA_GOAL, merge_to="E12")
    xl_put(ws, "F12", ABAGA_DONE, merge_to="I12")
    ws.row_dimensions[12].height = 66
    first = 13
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + ABAGA_SPLIT}")
    heads = (
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    for col, head in zip("BCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}{first}", head, center=True)

    def put_rows(sheet: Any, rows: Sequence[Sequence[Any]], start: int) -> None:
        for r, row in enumerate(rows, start):
            for col, v in zip("BCDEFGHI", row, strict=True):
                xl_put(sheet, f"{col}{r}", v, center=col in "EFGH")
        for key, col in ((0, "B"), (1, "C")):
            k = 0
            while k < len(rows):
                j = k
                while j + 1 < len(rows) and tuple(rows[j + 1][: key + 1]) == tuple(rows[k][: key + 1]):
                    j += 1
                if j > k:
                    sheet.merge_cells(f"{col}{start + k}:{col}{start + j}")
                k = j + 1

    put_rows(ws, ABAGA_IND[:ABAGA_SPLIT], first + 1)
    xl_put(
        ws,
        f"A{first + ABAGA_SPLIT + 1}",
        "（续下页）",
        merge_to=f"I{first + ABAGA_SPLIT + 1}",
        border=False,
        size=9,
    )

    ws2 = wb.create_sheet("第2页")
    for col, w in zip(cols, widths, strict=True):
        ws2.column_dimensions[col].width = w
    rest = ABAGA_IND[ABAGA_SPLIT:]
    xl_put(ws2, "A1", "绩效指标", center=True, merge_to=f"A{len(rest)}")
    put_rows(ws2, rest, 1)
    end = len(rest) + 1
    xl_put(ws2, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws2, f"G{end}", 100, center=True)
    xl_put(ws2, f"H{end}", float(abaga_total()), fmt="0.00", center=True)
    xl_put(ws2, f"I{end}", "")
    xl_put(ws2, f"A{end + 1}", "自评等级", center=True)
    xl_put(ws2, f"B{end + 1}", "优", center=True, merge_to=f"I{end + 1}")
    xl_put(
        ws2,
        f"A{end + 2}",
        f"填报单位（盖章）：{ABAGA_UNIT}　　填报人：乌××　　填报日期：2018年4月9日",
        merge_to=f"I{end + 2}",
        border=False,
    )
    STAMP.save_xlsx(wb, path)
    total = ABAGA_FUNDS[0]
    rows = [[dec(v) if v != E else Decimal(0) for v in r[1:]] for r in ABAGA_FUNDS]
    check(
        all(sum(r[k] for r in rows[1:]) == rows[0][k] for k in range(3))
        and rate(total[3], total[2]) == dec("95.81")
        and dec(ABAGA_RATE) * 100 != rate(total[3], total[2])
        and sum(r[5] for r in ABAGA_IND) == 90
        and abaga_total() == dec("93.75"),
        f"abaga {abaga_total()}",
    )


# =========================================================================== 7. changbai (DOCX; a page header and a Word form with a two-row header; E4)
CHANGBAI_UNIT = "长白朝鲜族自治县交通运输局"
CHANGBAI_PROJECT = "农村公路养护资金"
CHANGBAI_FUNDS = [  # 资金来源, 年初, 全年, 执行数 (万元)
    ("年度资金总额", "386.00", "434.00", "425.32"),
    ("其中：财政拨款", "386.00", "434.00", "425.32"),
    ("其他资金", E, E, E),
]
CHANGBAI_ROADS = [
    ("县道", "186.2", 7000),
    ("乡道", "241.6", 3500),
    ("村道", "184.6", 1000),
]  # 公里, 元/公里·年
CHANGBAI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥600公里", "612.4公里", "20", "20", ""),
    ("产出指标", "数量指标", "水毁路段修复", "≥20处", "23处", "10", "10", ""),
    ("产出指标", "质量指标", "优良中等路率", "≥90%", "88.6%", "10", "8", "部分村道路面老化，列入下年大中修"),
    ("产出指标", "时效指标", "水毁修复完成时间", "汛后3个月内", "部分超期", "5", "3", "山区路段施工期短"),
    ("产出指标", "成本指标", "县道日常养护标准", "≤7000元/公里·年", "7000元/公里·年", "10", "10", ""),
    (
        "效益指标",
        "社会效益指标",
        "群众出行条件改善",
        "明显改善",
        "有所改善",
        "15",
        "12",
        "村道通行条件仍需提升",
    ),
    (
        "效益指标",
        "可持续影响指标",
        "农村公路养护长效机制",
        "持续完善",
        "基本建立",
        "15",
        "12.5",
        "乡村两级养护责任待压实",
    ),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.6%", "10", "10", ""),
]
CHANGBAI_SCORE = "95.3"  # the 总分 row and the text; 9.80 + the rows' 85.5
CHANGBAI_TEXT = [
    ("b", "一、项目基本情况"),
    (
        "p",
        "全县农村公路总里程628.7公里。农村公路养护资金用于县、乡、村道的日常养护、水毁路段和桥涵修复以及安全防护设施"
        "完善，由县交通运输局组织实施，县农村公路管理站和各乡镇具体承担。",
    ),
    (
        "p",
        "年度绩效目标为：完成农村公路日常养护600公里以上，修复水毁路段20处以上，优良中等路率达到90%，沿线群众满意度"
        "90%以上。",
    ),
    ("b", "二、项目资金情况"),
    (
        "p",
        "2024年县财政年初安排农村公路养护资金386.00万元，年中追加预算48.00万元，调整后预算434.00万元，其中县级资金"
        "386.00万元、省级资金48.00万元。全年支出425.32万元，预算执行率98.00%，结余8.68万元。",
    ),
    (
        "p",
        "资金使用上，按县道每公里每年7000元、乡道每公里每年3500元、村道每公里每年1000元的标准安排日常养护资金233.36万元，"
        "修复水毁路段和桥涵支出148.60万元，完善安全防护设施支出43.36万元。",
    ),
    ("b", "三、绩效目标完成情况"),
    (
        "p",
        "全年完成农村公路日常养护612.4公里，其中县道186.2公里、乡道241.6公里、村道184.6公里，列养率97.41%；修复水毁"
        "路段23处、水毁桥涵7座，清理边沟318公里，更换和新增波形护栏4.6公里，增设警示标志牌86块。年末农村公路优良"
        "中等路率为88.6%；全年未发生因养护不到位引发的交通事故。",
    ),
    ("b", "四、自评结论"),
    ("p", f"对照项目绩效目标逐项自评（见附表），项目自评得分{CHANGBAI_SCORE}分，自评等级为优。"),
    ("b", "五、存在的问题和改进措施"),
    ("p", "（一）部分村道路面老化，优良中等路率未达到目标。下一步将争取大中修资金，优先安排破损严重的村道。"),
    ("p", "（二）山区路段施工期短，部分水毁修复超出时限。下一步将提前储备材料，抓住施工窗口期集中修复。"),
]


def changbai_score() -> str:
    _, _, budget, done = CHANGBAI_FUNDS[0]
    return exec_score(done, budget)


def changbai_rows() -> tuple[list[list[str]], Merges]:
    """Nine columns; the funds header over two rows (预算数 over 年初 / 全年)."""
    _, _, budget, done = CHANGBAI_FUNDS[0]
    f = Rows()
    f.add(["项目名称", CHANGBAI_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", CHANGBAI_UNIT, "", "", "实施单位", CHANGBAI_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(
        ["项目资金（万元）", "资金来源", "", "预算数", "", "执行数", "执行率", "分值", "得分"],
        {1: (2, 2), 3: (1, 2), 5: (2, 1), 6: (2, 1), 7: (2, 1), 8: (2, 1)},
    )
    f.add(["", "", "", "年初", "全年", "", "", "", ""])
    for k, (name, a, b, c) in enumerate(CHANGBAI_FUNDS):
        tail = [pct(done, budget), "10", changbai_score()] if k == 0 else [E, E, E]
        f.add(["", name, "", a, b, c, *tail], {1: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 4)},
    )
    f.add(
        [
            "",
            "完成农村公路日常养护600公里以上，修复水毁路段20处以上，优良中等路率达到90%。",
            "",
            "",
            "",
            "完成日常养护612.4公里，修复水毁路段23处、桥涵7座，优良中等路率88.6%。",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 4)},
    )
    indicator_block(f, CHANGBAI_IND, 9)
    f.add(["总分", "", "", "", "", "", "100", CHANGBAI_SCORE, "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def doc_changbai(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = STAMP.new_docx()
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = f"{CHANGBAI_UNIT}　　　　　　　　{CHANGBAI_PROJECT}绩效自评报告"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    office.centred_title(d, CHANGBAI_UNIT, 16)
    office.centred_title(d, f"2024年度{CHANGBAI_PROJECT}绩效自评报告", 16)
    for kind, text in CHANGBAI_TEXT:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)
    office.aligned(d, CHANGBAI_UNIT, "right")
    office.aligned(d, "2025年3月18日", "right")
    para(d, "附表", indent=False)
    office.centred_title(d, "项目支出绩效自评表", 14)
    office.centred_title(d, "（2024年度）", 11, bold=False)
    rows, merges = changbai_rows()
    grid = table(d, rows, docx_merges(merges))
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    para(d, f"填报单位（盖章）：{CHANGBAI_UNIT}　　填报人：金××　　填报日期：2025年3月18日", indent=False)
    office.page_number_footer(d)
    STAMP.save_docx(d, path)
    _, a, b, c = CHANGBAI_FUNDS[0]
    daily = sum(dec(km) * rate_ for _, km, rate_ in CHANGBAI_ROADS)
    weights = sum(int(r[5]) for r in CHANGBAI_IND) + 10
    check(
        dec(a) + 48 == dec(b)
        and rate(c, b) == dec("98.00")
        and dec(b) - dec(c) == dec("8.68")
        and daily == dec("233.36") * W
        and dec("233.36") + dec("148.60") + dec("43.36") == dec(c)
        and sum_money([km for _, km, _ in CHANGBAI_ROADS]) == dec("612.4")
        and rate("612.4", "628.7") == dec("97.41")
        and weights == 105
        and dec(changbai_score()) + sum(dec(r[6]) for r in CHANGBAI_IND) == dec(CHANGBAI_SCORE)
        and all(dec(r[6]) <= dec(r[5]) for r in CHANGBAI_IND),
        f"changbai {weights}",
    )


# =========================================================================== 8. xixian (HTML, a county portal page; E5)
XIXIAN_UNIT = "隰县教育科技局"
XIXIAN_TITLE = f"{XIXIAN_UNIT}2018年度部门整体支出绩效自评报告"
XIXIAN_TYPES = [  # 支出类型, 年初预算, 调整后预算, 实际支出 (万元, written without separators)
    ("基本支出", "6120.35", "6560.40", "6482.16"),
    ("项目支出", "2306.00", "2829.75", "2733.46"),
]


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


def html_table(rows: Sequence[Sequence[Cell]], klass: str) -> str:
    """A bordered HTML table; a cell is a str or (str, colspan, rowspan); None marks a cell covered by a rowspan."""
    out = [
        f'<table class="{klass}" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">',
        "<tbody>",
    ]
    for row in rows:
        cells = []
        for cell in row:
            if cell is None:
                continue
            text, cs, rs = (cell + (1,) * (3 - len(cell))) if isinstance(cell, tuple) else (cell, 1, 1)
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def xixian_body() -> str:
    rows: list[list[Any]] = [["支出类型", "年初预算", "调整后预算", "实际支出", "执行率（%）"]]
    for name, a, b, d in XIXIAN_TYPES:
        rows.append([name, a, b, d, str(rate(d, b))])
    sums = [sum_money([t[k] for t in XIXIAN_TYPES]) for k in (1, 2, 3)]
    rows.append(["合计", *(plain(v) for v in sums), str(rate(sums[2], sums[1]))])
    paras = [
        _h("一、部门基本情况"),
        _p(
            "隰县教育科技局负责全县教育事业和科技工作的统筹管理，内设9个股室，所属各级各类学校38所，其中高级中学1所、初级"
            "中学6所、小学20所、幼儿园11所，2018年末在职教职工1,426人。"
        ),
        _h("二、部门预算收支情况"),
        _p(
            "2018年县财政批复我局年初预算8,426.35万元。年度执行中，根据教师工资标准调整和上级下达的学生资助、校舍维修资金"
            "追加预算1,286.40万元，因部分校舍新建项目改由县住建部门实施调减预算312.60万元，调整后预算9,390.15万元，其中"
            "一般公共预算财政拨款9,090.15万元、其他收入300.00万元。"
        ),
        _p(
            "全年支出9,215.62万元，其中基本支出6,482.16万元、项目支出2,733.46万元，预算执行率98.14%，年末结转结余174.53"
            "万元。分支出类型的执行情况见表1。"
        ),
        _p("表1　2018年度支出执行情况（金额单位：万元）", "text-align: center;"),
        html_table(rows, "zc"),
        _p(
            "项目支出主要用于学生资助、农村义务教育学生营养改善计划和薄弱学校改造等，其中学生资助资金386.45万元、营养改善"
            "计划资金412.80万元。"
        ),
        _h("三、部门履职成效"),
        _p(
            "全年资助家庭经济困难学生4,862人次，上年为4,515人次；农村义务教育学生营养改善计划惠及学生9,846人，补助标准为"
            "每生每天4元；改造薄弱学校校舍12所、1.86万平方米；组织教师全员培训1,326人次；义务教育巩固率达到98.6%。我局在"
            "全市教育工作目标责任考核中位列第3名。"
        ),
        _h("四、自评结论"),
        _p(
            "对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面进行自评，我局2018年度部门"
            "整体支出绩效自评得分为91.8分，自评等级为优。"
        ),
        _h("五、存在的问题"),
        _p("1. 年初预算对教师工资调整因素考虑不足，年中追加较多。"),
        _p("2. 部分薄弱学校改造项目开工较晚，支出进度偏慢。"),
        _h("六、改进措施"),
        _p("1. 科学测算人员经费，提高年初预算编制的准确性。"),
        _p("2. 提前做好校舍改造项目前期工作，按进度拨付资金。"),
        _p(XIXIAN_UNIT, "text-align: right;"),
        _p("2019年5月20日", "text-align: right;"),
    ]
    check(
        dec("8426.35") + dec("1286.40") - dec("312.60") == dec("9390.15") + 10
        and sums == [dec("8426.35"), dec("9390.15"), dec("9215.62")]
        and dec("9090.15") + 300 == sums[1]
        and rate(sums[2], sums[1]) == dec("98.14")
        and not_half(sums[2], sums[1])
        and sums[1] - sums[2] == dec("174.53")
        and 1 + 6 + 20 + 11 == 38
        and all(not_half(t[3], t[2]) for t in XIXIAN_TYPES),
        "xixian",
    )
    return "\n".join(paras)


def xixian_html() -> str:
    meta = html_table(
        [
            ["索引号：", "11141030MB1A93275X/2019-00128", "主题分类：", "财政预决算"],
            ["发布机构：", XIXIAN_UNIT, "成文日期：", "2019-05-20"],
            ["标　　题：", (XIXIAN_TITLE, 3)],
            ["文　　号：", "", "发布日期：", "2019-05-27"],
        ],
        "xxgk",
    )
    nav = " | ".join(
        f'<a href="#">{n}</a>' for n in ("首页", "隰县概况", "政务公开", "政务服务", "互动交流", "专题专栏")
    )
    related = "\n".join(
        f'<li><a href="#">{t}</a></li>'
        for t in (
            "隰县教育科技局2018年度部门决算公开",
            "隰县教育科技局2019年度部门预算公开",
            "隰县2018年度县级部门整体支出绩效自评结果汇总",
        )
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="keywords" content="隰县,政府信息公开,财政预决算">
<title>{XIXIAN_TITLE}_隰县人民政府</title>
</head>
<body>
<div class="topbar">欢迎访问隰县人民政府网站 <a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">手机版</a></div>
<div class="banner"><div class="logo">隰县人民政府</div><form><input type="text" value="请输入关键词"><button type="button">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">财政预决算</a></div>
{meta}
<div class="article">
<h1>{XIXIAN_TITLE}</h1>
<div class="info">发布日期：2019-05-27 10:16　　来源：县教育科技局　　浏览次数：<span>865</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{xixian_body()}
</div>
<div class="tools"><a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a>　<a href="#">【返回顶部】</a></div>
</div>
<div class="related"><h3>相关链接</h3>
<ul>
{related}
</ul>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办：隰县人民政府办公室　承办：隰县融媒体中心</p>
<p>晋ICP备05002983号-1　晋公网安备14102902000117号　网站标识码：1410290003</p>
</div>
</body>
</html>
"""


# =========================================================================== 9. dehua (TXT, GBK with CRLF; a table in 元 with tabs; E1)
DEHUA_UNIT = "德化县应急管理局"
DEHUA_SOURCES = [
    ("一般公共预算财政拨款", "1,862.30"),
    ("政府性基金预算财政拨款", "186.00"),
    ("其他收入", "128.15"),
]
DEHUA_REVENUE = "2,186.45"  # E1: the stated 收入合计; the three sources add up to 2,176.45
DEHUA_TYPES = [  # 项目, 年初预算, 调整后预算, 实际支出 (元)
    ("基本支出", "10862300.00", "10912300.00", "10685200.00"),
    ("项目支出", "8502200.00", "10952200.00", "10558600.00"),
]


def dehua_text() -> str:
    sources = "、".join(f"{n}{v}万元" for n, v in DEHUA_SOURCES)
    table_rows = ["项目\t年初预算\t调整后预算\t实际支出"]
    table_rows += ["\t".join(row) for row in DEHUA_TYPES]
    sums = [sum_money([t[k] for t in DEHUA_TYPES]) for k in (1, 2, 3)]
    table_rows.append("\t".join(["合计", *(plain(v) for v in sums)]))
    check(
        sum_money([v for _, v in DEHUA_SOURCES]) + 10 == dec(DEHUA_REVENUE)
        and dec("1936.45") + dec("250.00") == dec(DEHUA_REVENUE)
        and sums[0] == dec("1936.45") * W
        and sums[1] == dec(DEHUA_REVENUE) * W
        and sums[2] == dec("2124.38") * W
        and dec("1068.52") + dec("1055.86") == dec("2124.38")
        and dec(DEHUA_TYPES[0][3]) == dec("1068.52") * W
        and rate("2124.38", DEHUA_REVENUE) == dec("97.16")
        and dec(DEHUA_REVENUE) - dec("2124.38") == dec("62.07")
        and rate(3398, 3426) == dec("99.18")
        and dec("386.20") + dec("215.60") < dec("1055.86"),
        "dehua",
    )
    lines = [
        f"{DEHUA_UNIT}2022年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        f"    {DEHUA_UNIT}是县政府工作部门，承担全县安全生产综合监督管理、自然灾害防治和应急救援的组织协调等职责，"
        "内设6个股室，下设县应急管理综合行政执法大队和县应急救援指挥中心，2022年末实有人员58人。",
        "",
        "二、部门收支情况",
        f"    （一）收入情况。2022年县财政批复我局年初预算1,936.45万元，年中追加预算250.00万元，调整后预算{DEHUA_REVENUE}"
        f"万元。全年收入合计{DEHUA_REVENUE}万元，其中{sources}。",
        "    （二）支出情况。全年支出2,124.38万元，其中基本支出1,068.52万元、项目支出1,055.86万元；预算执行率97.16%，年末"
        "结转结余62.07万元。分类型的预算执行情况见表1。",
        "",
        "表1  2022年度预算执行情况（单位：元）",
        *table_rows,
        "",
        "    （三）项目支出情况。项目支出主要用于森林防灭火、应急物资储备、安全生产执法和应急救援队伍建设，其中森林防灭火"
        "专项经费386.20万元、应急物资储备经费215.60万元。",
        "",
        "三、履职成效",
        "    全年检查生产经营单位1,286家次，上年为1,105家次；排查一般隐患3,426项、整改3,398项，整改率99.18%；立案查处安全"
        "生产违法行为42件，罚没款86.50万元已全额缴入国库；组织各类应急演练126场次，参演8,600余人次；开展安全生产宣传"
        "“五进”活动62场次；全县未发生较大以上生产安全事故和森林火灾。",
        "",
        "四、自评结论",
        "    对照部门整体支出绩效评价指标，从预算执行、预算管理、履职产出和履职效益四个方面进行自评，2022年度部门整体"
        "支出绩效自评得分94.6分，等级为“优”。",
        "",
        "五、存在的问题",
        "    1.部分乡镇应急物资储备点建设滞后，物资调配不够及时。",
        "    2.基层应急管理力量薄弱，专业执法人员不足。",
        "",
        "六、改进措施",
        "    1.加快乡镇应急物资储备点建设，建立物资动态更新机制。",
        "    2.加强执法人员业务培训，充实基层应急管理力量。",
        "",
        f"                                                {DEHUA_UNIT}",
        "                                                2023年4月18日",
        "",
    ]
    return "\n".join(lines)


def doc_dehua(path: Path) -> None:
    text = dehua_text()
    text.encode("gbk")  # every character has a GBK code
    write_text(path, text, encoding="gbk", newline="\r\n")


# =========================================================================== 10. jimunai (PDF; long list sentences, four-place figures, the report's own scale)
JIMUNAI_UNIT = "吉木乃县水利局"
JIMUNAI_PROJECT = "农村供水保障工程"
JIMUNAI_TITLE = f"{JIMUNAI_UNIT}2025年度{JIMUNAI_PROJECT}绩效自评报告"
JIMUNAI_LEVELS = [  # 资金来源, 全年预算数, 到位资金, 执行数 (万元, four places)
    ("中央水利发展资金", "1,860.0000", "1,860.0000", "1,782.6432"),
    ("自治区水利发展资金", "420.0000", "420.0000", "403.3000"),
    ("县级配套资金", "120.0000", "120.0000", "110.6000"),
]
JIMUNAI_PARTS = [("资金投入和管理", "20", "18"), ("产出完成情况", "45", "39.5"), ("效益实现情况", "35", "30")]
JIMUNAI_TEXT_A = [
    ("h", "一、项目概况"),
    (
        "p",
        "为巩固提升农村供水保障水平，县水利局2025年实施农村供水保障工程，对5个乡镇的老旧供水管网和水源工程进行改造"
        "提升，推进规模化供水和智能化管理。",
    ),
    (
        "p",
        "年度绩效目标为：铺设和改造供水管网120公里以上，改造入户工程2,000户以上，农村自来水普及率达到98%以上；工程"
        "建成后设计供水规模为每日1,200立方米。",
    ),
    ("h", "二、资金到位和使用情况"),
    (
        "p",
        "项目全年预算2,400.00万元，其中中央水利发展资金1,860.00万元、自治区水利发展资金420.00万元、县级配套资金120.00"
        "万元，截至年底全部到位。全年支出2,296.5432万元，预算执行率95.69%，结余103.4568万元结转下年，用于支付工程"
        "质保金和尾款。分资金来源的执行情况见表1。",
    ),
    ("c", "表1  2025年度农村供水保障工程资金执行情况（单位：万元）"),
]
JIMUNAI_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年新建水源井3眼、高位蓄水池5座，铺设和改造供水管网126.8公里（其中主管网38.6公里、入户支管88.2公里），完成"
        "计划120公里的105.67%；改造入户工程2,146户，新建村级供水站4座，安装智能水表2,146块，受益人口8,260人；开展"
        "水质检测96批次，水质达标率100%；全县农村自来水普及率由上年的97.4%提高到98.6%。管网改造按每公里14.5万元的"
        "标准控制造价。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "按照县财政局印发的项目支出绩效评价办法，评价结果分为四个等次：得分85分（含）以上为优，70分（含）至85分为良，"
        "60分（含）至70分为中，60分以下为差。经对照绩效目标逐项自评，资金投入和管理得18分（满分20分），产出完成情况"
        "得39.5分（满分45分），效益实现情况得30分（满分35分），本项目自评得分87.5分，自评等次为优。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分入户工程因冬季冻土期提前停工，工程尾款支付滞后。"),
    ("p", "（二）村级供水站管护人员专业技能不足，智能水表数据应用不充分。"),
    ("h", "六、改进措施"),
    ("p", "（一）合理安排施工期，冻土期前完成入户工程主体施工。"),
    ("p", "（二）加强供水站管护人员培训，建立用水数据月度分析制度。"),
]


def jimunai_rows() -> list[list[str]]:
    rows = [["资金来源", "全年预算数", "到位资金", "执行数", "执行率"]]
    for name, b, got, d in JIMUNAI_LEVELS:
        rows.append([name, b, got, d, pct(d, b)])
    sums = [sum_money([r[k] for r in JIMUNAI_LEVELS]) for k in (1, 2, 3)]
    rows.append(["合计", *(money(v, 4) for v in sums), pct(sums[2], sums[0])])
    return rows


def doc_jimunai(path: Path) -> None:
    p = Pdf(
        path,
        footer_style="dash",
        header=JIMUNAI_TITLE,
        header_from=2,
        size=12,
        margin=66,
        creator="Microsoft® Word 2021",
    )
    p.title(f"{JIMUNAI_UNIT}2025年度\n{JIMUNAI_PROJECT}绩效自评报告", size=17)
    p.blocks(JIMUNAI_TEXT_A)
    p.table(jimunai_rows(), [26, 18, 18, 18, 14], style="grid", size=10, align=["l", "r", "r", "r", "r"])
    p.blocks(JIMUNAI_TEXT_B)
    p.right(JIMUNAI_UNIT, size=11)
    p.right("2026年3月16日", size=11)
    p.save()
    budget, got, done = (sum_money([r[k] for r in JIMUNAI_LEVELS]) for k in (1, 2, 3))
    check(
        budget == got == dec("2400")
        and done == dec("2296.5432")
        and rate(done, budget) == dec("95.69")
        and budget - done == dec("103.4568")
        and rate("126.8", "120") == dec("105.67")
        and dec("38.6") + dec("88.2") == dec("126.8")
        and sum(dec(s) for _, _, s in JIMUNAI_PARTS) == dec("87.5")
        and sum(int(w) for _, w, _ in JIMUNAI_PARTS) == 100
        and all(not_half(r[3], r[1]) for r in JIMUNAI_LEVELS)
        and p.page == 2,
        f"jimunai {p.page}",
    )


# =========================================================================== 11. xiuyan (PDF; rates as four-place fractions, a scale of its own; E3)
XIUYAN_UNIT = "岫岩满族自治县林业局"
XIUYAN_PROJECTS = [  # 项目名称, 预算数, 执行数 (万元): all four, the whole 项目支出
    ("天然林资源保护工程", "1,286.00", "1,262.48"),
    ("森林防火", "486.50", "452.36"),
    ("造林绿化", "612.30", "598.21"),
    ("林业有害生物防治", "218.40", "204.60"),
]
XIUYAN_SECTIONS = [("投入", "15", "14"), ("过程", "25", "23"), ("产出", "35", "33.2"), ("效果", "25", "23")]
XIUYAN_TEXT_A = [
    ("h", "一、部门概况"),
    (
        "p",
        "岫岩满族自治县林业局负责全县林业生态建设、森林资源保护管理和林业产业发展，内设8个股室，下属国有林场4个、"
        "乡镇林业工作站22个，2015年末在职人员386人。",
    ),
    ("h", "二、预算收支情况"),
    (
        "p",
        "2015年县财政批复我局年初预算2,862.40万元。年中追加天然林保护、森林防火等资金1,326.80万元，因部分造林任务调整"
        "调减预算86.20万元，调整后预算4,103.00万元，其中一般公共预算财政拨款3,703.00万元、政府性基金预算财政拨款400.00"
        "万元（森林植被恢复费）。",
    ),
    (
        "p",
        "全年支出3,986.57万元，其中基本支出1,468.92万元、项目支出2,517.65万元；预算执行率97.16%，年末结转结余116.43"
        "万元。基本支出按经济分类，工资福利支出1,186.45万元、商品和服务支出203.27万元、对个人和家庭的补助79.20万元。",
    ),
    ("p", "项目支出包括4个项目，执行情况见表1。"),
    ("c", "表1  2015年度项目执行情况（单位：万元）"),
]
XIUYAN_TEXT_B = [
    ("h", "三、履职成效"),
    (
        "p",
        "全年完成人工造林1.26万亩，完成年度造林任务1.2万亩的105%；封山育林2.4万亩；管护天然林186.5万亩，聘用护林员"
        "426人，护林员补助标准为每人每月600元；查处林业行政案件38起；全年未发生重大森林火灾，全县森林覆盖率达到76.8%。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "根据县财政局《部门整体支出绩效评价办法》，评价结果分为四个等级：综合得分95分（含）以上为优秀，85分（含）至"
        "95分为良好，70分（含）至85分为合格，70分以下为不合格。我局从投入、过程、产出和效果四个方面进行自评，投入得14"
        "分（满分15分），过程得23分（满分25分），产出得33.2分（满分35分），效果得23分（满分25分），2015年度部门整体支出"
        "绩效自评得分93.2分，评价等级为优秀。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）森林防火项目受设备采购进度影响，执行率偏低。"),
    ("p", "（二）乡镇林业工作站人员老化，专业技术力量不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前编制防火设备采购计划，加快项目支出进度。"),
    ("p", "（二）通过公开招聘充实林业站专业技术人员。"),
]


def xiuyan_rows() -> list[list[str]]:
    rows = [["项目名称", "预算数", "执行数", "执行率"]]
    for name, b, d in XIUYAN_PROJECTS:
        rows.append([name, b, d, fraction(d, b)])
    b, d = sum_money([x[1] for x in XIUYAN_PROJECTS]), sum_money([x[2] for x in XIUYAN_PROJECTS])
    rows.append(["合计", money(b), money(d), fraction(d, b)])
    return rows


def doc_xiuyan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=66, creator="WPS Writer")
    p.title(f"{XIUYAN_UNIT}\n2015年度部门整体支出绩效自评报告", size=17)
    p.blocks(XIUYAN_TEXT_A)
    p.table(xiuyan_rows(), [34, 18, 18, 14], style="three", size=10.5, align=["l", "r", "r", "r"])
    p.blocks(XIUYAN_TEXT_B)
    p.right(XIUYAN_UNIT, size=11)
    p.right("2016年4月8日", size=11)
    p.save()
    b, d = sum_money([x[1] for x in XIUYAN_PROJECTS]), sum_money([x[2] for x in XIUYAN_PROJECTS])
    score = sum(dec(s) for _, _, s in XIUYAN_SECTIONS)
    check(
        dec("2862.40") + dec("1326.80") - dec("86.20") == dec("4103.00")
        and dec("3703.00") + 400 == dec("4103.00")
        and d == dec("2517.65")
        and dec("1468.92") + d == dec("3986.57")
        and dec("1186.45") + dec("203.27") + dec("79.20") == dec("1468.92")
        and rate("3986.57", "4103") == dec("97.16")
        and dec("4103") - dec("3986.57") == dec("116.43")
        and score == dec("93.2")
        and 90 <= score < 95
        and rate("1.26", "1.2") == dec("105.00")
        and fraction(d, b) == "0.9671"
        and all(not_half(x[2], x[1]) for x in XIUYAN_PROJECTS)
        and p.page == 2,
        f"xiuyan {p.page}",
    )


# =========================================================================== 12. ledong (PDF; a 万元 table with a column in 元)
LEDONG_UNIT = "乐东黎族自治县住房和城乡建设局"
LEDONG_PROJECT = "农村危房改造补助资金"
LEDONG_KINDS = [  # 改造对象类别, 户数, 补助标准 (元/户); 兑付资金 = 户数 × 标准, in 万元
    ("建档立卡贫困户", 386, 30000),
    ("低保户", 214, 30000),
    ("分散供养特困人员", 46, 35000),
    ("贫困残疾人家庭", 58, 30000),
]
LEDONG_TEXT_A = [
    ("h", "一、项目概况"),
    (
        "p",
        "农村危房改造补助资金用于对建档立卡贫困户、低保户、分散供养特困人员和贫困残疾人家庭4类重点对象的危房改造给予"
        "补助，由县住房和城乡建设局会同各乡镇组织实施。年度目标为完成4类重点对象危房改造700户，改造后住房全部达到安全"
        "标准。",
    ),
    ("h", "二、资金安排和使用情况"),
    (
        "p",
        "项目全年预算2,200.00万元，其中中央财政补助资金1,600.00万元、省级财政补助资金400.00万元、县级财政配套资金200.00"
        "万元，实际到位资金2,200.00万元。全年按改造对象类别和补助标准兑付补助资金2,135.00万元，预算执行率97.05%；结余"
        "65.00万元，主要是部分农户宅基地手续未办结暂缓开工，已结转下年继续使用。分类别兑付情况见表1。",
    ),
    ("c", "表1  2020年度农村危房改造补助资金兑付情况"),
    ("r", "单位：万元"),
]
LEDONG_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年完成农村危房改造704户，完成年度任务的100.57%，其中拆除重建212户、修缮加固492户；改造后住房全部通过竣工"
        "验收，验收合格率100%，受益群众2,816人。上年全县完成危房改造598户。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评，本项目自评得分95.6分，评价等级：优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）个别农户宅基地手续办理时间长，影响开工进度。下一步将会同自然资源部门建立审批绿色通道。"),
    ("p", "（二）部分修缮加固户的改造质量参差不齐。下一步将加强施工过程巡查和技术指导。"),
]


def ledong_rows() -> list[list[str]]:
    rows = [["改造对象类别", "改造户数（户）", "补助标准（元/户）", "兑付资金"]]
    for name, n, std in LEDONG_KINDS:
        rows.append([name, str(n), str(std), money(Decimal(n * std) / W)])
    homes = sum(k[1] for k in LEDONG_KINDS)
    paid = sum(Decimal(k[1] * k[2]) for k in LEDONG_KINDS) / W
    rows.append(["合计", str(homes), E, money(paid)])
    return rows


def doc_ledong(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=66, creator="WPS Writer")
    p.title(f"{LEDONG_UNIT}\n2020年度{LEDONG_PROJECT}绩效自评报告", size=16)
    p.blocks(LEDONG_TEXT_A)
    p.table(ledong_rows(), [28, 16, 18, 16], style="grid", size=10.5, align=["l", "r", "r", "r"])
    p.blocks(LEDONG_TEXT_B)
    p.right(LEDONG_UNIT, size=11)
    p.right("2021年3月30日", size=11)
    p.save()
    homes = sum(k[1] for k in LEDONG_KINDS)
    paid = sum(Decimal(k[1] * k[2]) for k in LEDONG_KINDS) / W
    check(
        homes == 704 == 212 + 492
        and paid == dec("2135.00")
        and rate(paid, "2200") == dec("97.05")
        and dec("1600") + dec("400") + dec("200") == dec("2200")
        and dec("2200") - paid == dec("65.00")
        and rate(704, 700) == dec("100.57")
        and p.page <= 2,
        f"ledong {p.page}",
    )


# =========================================================================== 13. gongbujiangda (PDF; a bare landscape form, four places, % only in the header)
GBJD_UNIT = "工布江达县教育局"
GBJD_PROJECT = "农牧民子女教育“三包”经费"
GBJD_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元, four places)
    ("年度资金总额", "1344.0000", "1406.5200", "1392.3616"),
    ("其中：当年财政拨款", "1344.0000", "1380.1200", "1380.1200"),
    ("上年结转资金", "/", "26.4000", "12.2416"),
    ("其他资金", "/", "/", "/"),
]
GBJD_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "享受“三包”政策学生人数", "≥3200人", "3286人", "10", "10", ""),
    ("产出指标", "数量指标", "覆盖学校数", "=12所", "12所", "10", "10", ""),
    ("产出指标", "质量指标", "“三包”资金足额兑付率", "100%", "100%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "资金拨付时间",
        "按学期拨付",
        "秋季学期延迟拨付",
        "10",
        "7",
        "秋季学期学生数核定较晚",
    ),
    ("产出指标", "成本指标", "“三包”生均补助标准", "=4200元/年", "4200元/年", "10", "10", ""),
    ("效益指标", "社会效益指标", "义务教育巩固率", "≥97%", "98.4%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "控辍保学长效机制", "持续有效", "持续有效", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥95%", "93.2%", "10", "9", "食堂伙食品种单一"),
]


def gbjd_score() -> str:
    _, _, budget, done = GBJD_FUNDS[0]
    return exec_score(done, budget)


def gbjd_total() -> Decimal:
    return dec(gbjd_score()) + sum(dec(r[6]) for r in GBJD_IND)


def gbjd_rows() -> tuple[list[list[str]], Merges]:
    """Nine columns; the funds header over two rows: 预算数 over 年初 / 全年, 评分 over 分值 / 得分, and the 执行率（%）
    column whose cells carry no % sign. No 总分 row: the score is in the 自评结论 cell only."""
    _, _, budget, done = GBJD_FUNDS[0]
    f = Rows()
    f.add(["项目名称", GBJD_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", GBJD_UNIT, "", "", "实施单位", GBJD_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(
        ["项目资金", "资金来源", "", "预算数", "", "全年执行数", "执行率（%）", "评分", ""],
        {1: (2, 2), 3: (1, 2), 5: (2, 1), 6: (2, 1), 7: (1, 2)},
    )
    f.add(["", "", "", "年初预算数", "全年预算数", "", "", "分值", "得分"])
    for k, (name, a, b, c) in enumerate(GBJD_FUNDS):
        tail = [str(rate(done, budget)), "10", gbjd_score()] if k == 0 else ["/", "/", "/"]
        f.add(["", name, "", a, b, c, *tail], {1: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 4)},
    )
    f.add(
        [
            "",
            "落实农牧民子女义务教育阶段“三包”政策，保障3200名以上学生在校食宿和学习用品，义务教育巩固率97%以上。",
            "",
            "",
            "",
            "全县12所学校3286名学生享受“三包”政策，资金足额兑付，义务教育巩固率98.4%。",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 4)},
    )
    indicator_block(f, GBJD_IND, 9)
    f.add(
        [
            "自评结论",
            f"本项目年度绩效目标基本完成，自评得分{gbjd_total()}分，评价等次为优。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        {1: (1, 8)},
    )
    return f.rows, f.merges


def doc_gbjd(path: Path) -> None:
    p = Pdf(path, footer_style=None, land=True, size=11, margin=40, creator="Microsoft® Excel® 2016")
    p.title("项目支出绩效自评表", size=15)
    p.center("（2023年度）", size=10.5)
    p.right("单位：万元", size=9.5)
    rows, merges = gbjd_rows()
    p.grid(
        rows,
        [9, 12, 12, 20, 13, 13, 11, 8, 8],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "c"],
    )
    p.para(
        f"填报单位（盖章）：{GBJD_UNIT}　　　项目负责人：扎××　　　财务负责人：卓××　　　填报日期：2024年3月12日",
        indent=False,
        size=9.5,
    )
    check(p.page == 1, "gongbujiangda on one landscape page")
    p.save()
    total, year, carry, _ = GBJD_FUNDS
    check(
        all(dec(year[k]) + dec(carry[k] if carry[k] != "/" else 0) == dec(total[k]) for k in (1, 2, 3))
        and dec(total[1]) == 3200 * 4200 / W
        and dec(year[3]) == 3286 * 4200 / W
        and rate(total[3], total[2]) == dec("98.99")
        and not_half(total[3], total[2])
        and sum(int(r[5]) for r in GBJD_IND) == 90
        and gbjd_total() == dec("95.90"),
        f"gbjd {gbjd_total()}",
    )


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "jiangzi-qingke-2019.pdf": doc_jiangzi,
        "lingshui-wenlv-2021.pdf": doc_lingshui,
        "jinnan-shuiwu-2016.pdf": doc_jinnan,
        "haiyuan-caoyuan-2023.pdf": doc_haiyuan,
        "zeku-nongmu-2020.pdf": doc_zeku,
        "abaga-weisheng-2017.xlsx": doc_abaga,
        "changbai-gonglu-2024.docx": doc_changbai,
        "xixian-jiaoyu-2018.html": lambda p: write_text(p, xixian_html()),
        "dehua-yingji-2022.txt": doc_dehua,
        "jimunai-gongshui-2025.pdf": doc_jimunai,
        "xiuyan-linye-2015.pdf": doc_xiuyan,
        "ledong-weifang-2020.pdf": doc_ledong,
        "gongbujiangda-sanbao-2023.pdf": doc_gbjd,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
