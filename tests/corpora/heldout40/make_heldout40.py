#!/usr/bin/env python3
"""Regenerate the heldout40 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout40/make_heldout40.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and Markdown documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the one scanned
page is rendered by pypdfium2, degraded by Pillow with a fixed seed, stamped with a drawn seal, turned 0.8° and
stored as a JPEG; the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML page and the Markdown file are UTF-8 without BOM, LF.
The batch is "tables and figures that look like the year's funds but are not": a department report that reprints
its 部门决算 tables (上年数 beside 本年数, 收入总计 with the 年初结转和结余, 年初 / 调整 / 决算 columns), a multi-year
table of which one year is the report's, tables of towns and of project categories with 小计 rows inside a 合计,
a sources table whose 合计 adds other units' money to the project's 小计, last year's figures and 同比 changes,
carry-overs in their own column (inside the year's funds in one report, outside them in another), money the unit
only keeps or collects for others (代管, 代收代付, social-insurance funds, farmers' own money), forms whose
年度资金总额 row is blank in a column, rates in a 执行率（%） column without the sign, scores written 9.8/10, and
parts rounded at the precision they are stated to. Five real inconsistencies are planted, one per document, family
and format; the traps look wrong and are right.
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

FONT = "WQY40"
FIXED_DT = datetime.datetime(2027, 6, 2, 15, 10, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
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


def exec_score(executed: Any, budget: Any, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: Any, places: int = 2) -> str:
    return f"{dec(x):,.{places}f}"


def plain(x: Any, places: int = 2) -> str:
    """A figure without thousands separators."""
    return f"{dec(x):.{places}f}"


def yuan(x: Any) -> str:
    """万元 written as 元 with separators and two places (3,864,000.00)."""
    return f"{dec(x) * W:,.2f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def not_half(executed: Any, budget: Any) -> bool:
    """A rate whose third decimal is not exactly 5 (no reader rounds it two ways)."""
    exact = dec(executed) / dec(budget) * 100
    return exact.quantize(Decimal("0.001")) != exact or (exact * 1000) % 10 != 5


def sum_money(values: Sequence[Any]) -> Decimal:
    return sum((dec(v) for v in values if v not in (E, "")), Decimal(0))


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
    closing punctuation on its line, right-aligned lines, simple tables (ruled grid or three-line, a cell may span
    columns) and ruled grids with merged cells (a header over two rows)."""

    def __init__(
        self,
        path: Path,
        footer_style: str | None = "dash",
        total: int = 0,
        creator: str = "WPS Writer",
        header: str | None = None,
        header_from: int = 1,
        **layout: Any,
    ) -> None:
        self.footer_style = footer_style
        self.total = total
        self.header_from = header_from
        self.row_pages: dict[str, list[int]] = {}
        super().__init__(path, fonts.zenhei(FONT), header=header, footer=footer_style is not None, **layout)
        self.top = self.H - self.m - (18 if header and header_from <= 1 else 0)
        self.y = self.top
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

    def new_page(self) -> None:
        super().new_page()
        self.top = self.H - self.m - (18 if self.header and self.page >= self.header_from else 0)
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
        tag: str | None = None,
        caption: str | None = None,
        unit: str | None = None,
    ) -> None:
        """rows: lists of cells, a cell a str or (str, colspan); style `grid` or `three`; on one page with its
        caption and unit line (kept together). The page of the table is recorded under `tag`."""
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

        height = sum(row_h(r) for r in rows) + (10.5 * 1.8 if caption else 0) + (9 * 1.8 if unit else 0)
        if self.y - height < self.bottom:
            self.new_page()
        check(self.y - height >= self.bottom, "table does not fit on a page")
        if caption:
            self.center(caption, size=10.5)
        if unit:
            self.right(unit, size=9)
        if tag:
            self.row_pages.setdefault(tag, []).append(self.page)
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

    red = (204, 46, 42)
    size = diameter + 8
    img = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(img)
    cx = cy = size / 2
    r = diameter / 2
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(6, diameter // 45))
    font = ImageFont.truetype(str(fonts.WQY_TTC), int(diameter * 0.125), index=0)
    n = len(text)
    spread = 240.0
    radius = r * 0.75
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
            pixels[x, y] = (236, 152, 148)
    return img


def _scan(
    pdf_bytes: bytes,
    dpi: int,
    seed: int,
    skew: float,
    quality: int,
    seal_text: str,
    seal_at: tuple[float, float],
    paper: int = 230,
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
    img = img.point(lambda v: 32 + (v * (paper - 32)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(w * h // 700):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    for _ in range(40):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((70, 100, 130)))
    rgb = img.convert("RGB")
    seal = _seal(seal_text, int(w * 0.2), seed).rotate(
        -6, resample=Image.Resampling.BICUBIC, fillcolor="white"
    )
    x, y = int(seal_at[0] * dpi / 72 - seal.size[0] / 2), int(seal_at[1] * dpi / 72 - seal.size[1] / 2)
    region = rgb.crop((x, y, x + seal.size[0], y + seal.size[1]))
    rgb.paste(ImageChops.multiply(region, seal), (x, y))
    rgb = rgb.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(paper, paper, paper))
    rgb = rgb.filter(ImageFilter.GaussianBlur(0.45))
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


# =========================================================================== 1. huaiji (PDF; a department report reprinting its 部门决算)
HUAIJI_UNIT = "怀集县自然资源局"
HUAIJI_TOTALS = [  # 项目, 上年数, 本年数 (万元): the 收入支出决算总表 as reprinted, 上年数 first
    ("一般公共预算财政拨款收入", "3,516.28", "3,924.15"),
    ("政府性基金预算财政拨款收入", "2,340.00", "1,175.00"),
    ("本年收入合计", "5,856.28", "5,099.15"),
    ("年初结转和结余", "186.90", "312.46"),
    ("收入总计", "6,043.18", "5,411.61"),
    ("基本支出", "1,402.35", "1,486.52"),
    ("项目支出", "4,328.37", "3,534.82"),
    ("本年支出合计", "5,730.72", "5,021.34"),
    ("年末结转和结余", "312.46", "390.27"),
    ("支出总计", "6,043.18", "5,411.61"),
]
HUAIJI_TYPES = [  # 项目, 年初预算数, 调整预算数, 决算数 (万元)
    ("基本支出", "1,420.00", "1,512.40", "1,486.52"),
    ("项目支出", "2,442.40", "3,586.75", "3,534.82"),
]
HUAIJI_TEXT = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "县自然资源局负责全县土地、矿产、森林等自然资源的调查监测、确权登记、用途管制和国土空间规划工作，内设11个"
        "股室，下属县土地储备中心、县不动产登记中心2个事业单位，2019年末在职人员186人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "（一）预算安排。2019年县财政批复我局年初预算3,862.40万元。年度执行中，因土地整治项目和不动产登记信息平台"
        "建设需要，县财政追加预算1,236.75万元，全年预算5,099.15万元，其中一般公共预算财政拨款3,924.15万元、政府性"
        "基金预算财政拨款1,175.00万元。",
    ),
    (
        "p",
        "（二）决算情况。按部门决算口径，2019年本年收入合计5,099.15万元，加上年初结转和结余312.46万元，收入总计"
        "5,411.61万元；本年支出合计5,021.34万元，其中基本支出1,486.52万元、项目支出3,534.82万元；年末结转和结余"
        "390.27万元，主要是以前年度结转的土地整治项目资金，按项目进度在2020年继续使用。与上年相比，本年收入合计减少"
        "757.13万元，下降12.93%，主要是土地出让收入安排的土地整治资金减少；本年支出合计减少709.38万元，下降12.38%。"
        "收支情况见表1、表2（摘自我局2019年度部门决算）。",
    ),
]
HUAIJI_TEXT_B = [
    (
        "p",
        "（三）预算执行情况。按本年支出合计与全年预算计算，2019年预算执行率为98.47%。年初结转和结余为以前年度的"
        "土地整治和确权登记项目资金，按原用途使用，不计入本年预算。",
    ),
    ("h", "三、部门履职成效"),
    (
        "p",
        "全年完成土地整治项目9个，新增耕地1,286亩；办理不动产登记业务2.86万件，其中首次登记4,126件；完成农村宅基地"
        "和集体建设用地确权登记发证1.35万宗；查处违法用地案件64宗，涉及土地258亩，上年为97宗。全县耕地保有量和基本"
        "农田保护面积均完成市下达的目标任务，我局在全市自然资源系统年度考核中位列第2名。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面进行自评，2019年度部门"
        "整体支出绩效自评得分93.6分，评价等级为优。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）土地整治项目受征地和施工季节影响，以前年度结转资金使用进度偏慢。"),
    ("p", "（二）不动产登记信息平台与相关部门的数据共享还不充分。"),
    ("h", "六、改进措施"),
    ("p", "（一）建立结转项目台账，按月调度土地整治项目进度，加快结转资金使用。"),
    ("p", "（二）推进登记、税务、住建等部门数据实时共享，压缩办理时限。"),
]


def huaiji_rows1() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["项目", "上年数", "本年数"]]
    rows += [[name, a, b] for name, a, b in HUAIJI_TOTALS]
    return rows


def huaiji_rows2() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["项目", "年初预算数", "调整预算数", "决算数", "完成调整预算（%）"]]
    for name, a, b, d in HUAIJI_TYPES:
        rows.append([name, a, b, d, str(rate(d, b))])
    sums = [sum_money([t[k] for t in HUAIJI_TYPES]) for k in (1, 2, 3)]
    rows.append(["合计", *(money(v) for v in sums), str(rate(sums[2], sums[1]))])
    return rows


def doc_huaiji(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=62, creator="Microsoft® Word 2013")
    p.title(f"{HUAIJI_UNIT}\n2019年度部门整体支出绩效自评报告", size=17)
    p.blocks(HUAIJI_TEXT)
    p.table(
        huaiji_rows1(),
        [40, 20, 20],
        style="grid",
        size=9.5,
        align=["l", "r", "r"],
        tag="t1",
        caption="表1　收入支出决算总表（摘要）",
        unit="单位：万元",
    )
    p.table(
        huaiji_rows2(),
        [16, 16, 16, 16, 20],
        style="three",
        size=9.5,
        align=["l", "r", "r", "r", "r"],
        tag="t2",
        caption="表2　财政拨款支出预算与决算对比表",
        unit="单位：万元",
    )
    p.blocks(HUAIJI_TEXT_B)
    p.right(HUAIJI_UNIT, size=11)
    p.right("2020年4月16日", size=11)
    check(p.page == 2, f"huaiji on two pages, not {p.page}")
    p.save()
    t = {name: (dec(a), dec(b)) for name, a, b in HUAIJI_TOTALS}
    ok = True
    for k in (0, 1):
        ok &= t["一般公共预算财政拨款收入"][k] + t["政府性基金预算财政拨款收入"][k] == t["本年收入合计"][k]
        ok &= t["本年收入合计"][k] + t["年初结转和结余"][k] == t["收入总计"][k]
        ok &= t["基本支出"][k] + t["项目支出"][k] == t["本年支出合计"][k]
        ok &= t["本年支出合计"][k] + t["年末结转和结余"][k] == t["支出总计"][k] == t["收入总计"][k]
    sums = [sum_money([x[k] for x in HUAIJI_TYPES]) for k in (1, 2, 3)]
    check(
        ok
        and t["年末结转和结余"][0] == t["年初结转和结余"][1]
        and dec("3862.40") + dec("1236.75") == dec("5099.15") == t["本年收入合计"][1]
        and sums == [dec("3862.40"), dec("5099.15"), dec("5021.34")]
        and rate("5021.34", "5099.15") == dec("98.47")
        and not_half("5021.34", "5099.15")
        and t["本年收入合计"][0] - t["本年收入合计"][1] == dec("757.13")
        and rate("757.13", "5856.28") == dec("12.93")
        and t["本年支出合计"][0] - t["本年支出合计"][1] == dec("709.38")
        and rate("709.38", "5730.72") == dec("12.38")
        and [str(rate(d, b)) for _, _, b, d in HUAIJI_TYPES] == ["98.29", "98.55"],
        "huaiji",
    )


# =========================================================================== 2. sanjiang (PDF; a 2019–2021 table of which 2020 is the report's; E2)
SANJIANG_UNIT = "三江侗族自治县民族宗教事务局"
SANJIANG_PROJECT = "少数民族特色村寨保护与发展项目"
SANJIANG_YEARS = [  # 年度, 中央, 自治区, 县级, 当年安排小计, 上年结转, 当年支出, 结转下年 (万元)
    ("2019年", "380.00", "150.00", "50.00", "580.00", E, "541.50", "38.50"),
    ("2020年", "420.00", "160.00", "60.00", "640.00", "38.50", "652.30", "26.20"),
    ("2021年（计划）", "400.00", "150.00", "60.00", "610.00", "26.20", E, E),
]
SANJIANG_RATE = "97.68"  # E2: the stated rate; 652.30 ÷ 678.50 = 96.14%, ÷ 640.00 = 101.92%
SANJIANG_TEXT = [
    ("h", "一、项目概况"),
    (
        "p",
        "少数民族特色村寨保护与发展项目使用中央和自治区少数民族发展资金及县级配套资金，2019年至2021年分三年在全县"
        "12个侗族、苗族村寨实施，主要修缮鼓楼、风雨桥等民族特色建筑，完善村寨消防和排水设施，扶持民族手工艺发展。"
        "2020年是项目实施的第二年，在4个村寨实施。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2020年下达中央少数民族发展资金420.00万元、自治区少数民族发展资金160.00万元，县级配套资金60.00万元，当年"
        "安排合计640.00万元；加上2019年度结转的38.50万元，2020年项目全年预算678.50万元。截至2020年12月31日，项目"
        f"支出652.30万元，预算执行率{SANJIANG_RATE}%，结余26.20万元结转2021年继续使用。项目三年的资金安排和使用情况"
        "见表1。",
    ),
]
SANJIANG_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "2020年在4个村寨修缮鼓楼、风雨桥等民族特色建筑11座，新建消防水池6座，铺设消防管网8.6公里，改造村寨排水沟渠"
        "4.2公里；扶持侗绣、侗布等民族手工艺合作社5家，组织绣娘技能培训320人次。项目村寨全年接待游客18.6万人次，"
        "上年为15.3万人次。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评，项目自评得分91.5分，自评等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分村寨木构建筑修缮需等待传统工匠，工期较长。下一步将提前组织工匠队伍，分批施工。"),
    ("p", "（二）手工艺合作社产品销售渠道较窄。下一步将对接旅游景区和电商平台，拓宽销路。"),
]


def sanjiang_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [
        ["年度", "中央资金", "自治区资金", "县级资金", "当年安排小计", "上年结转", "当年支出", "结转下年"]
    ]
    rows += [list(r) for r in SANJIANG_YEARS]
    sums = [sum_money([r[k] for r in SANJIANG_YEARS]) for k in (1, 2, 3, 4)]
    rows.append(["合计", *(money(v) for v in sums), E, E, E])
    return rows


def doc_sanjiang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{SANJIANG_UNIT}2020年度\n{SANJIANG_PROJECT}绩效自评报告", size=16)
    p.blocks(SANJIANG_TEXT)
    p.table(
        sanjiang_rows(),
        [16, 11, 11, 11, 13, 11, 11, 11],
        style="grid",
        size=9,
        align=["l", "r", "r", "r", "r", "r", "r", "r"],
        tag="t1",
        caption="表1　2019—2021年项目资金安排和使用情况",
        unit="单位：万元",
    )
    p.blocks(SANJIANG_TEXT_B)
    p.right(SANJIANG_UNIT, size=11)
    p.right("2021年3月29日", size=11)
    check(p.page == 2, f"sanjiang on two pages, not {p.page}")
    p.save()
    y19, y20, y21 = ([dec(v) if v != E else Decimal(0) for v in r[1:]] for r in SANJIANG_YEARS)
    check(
        all(r[0] + r[1] + r[2] == r[3] for r in (y19, y20, y21))
        and y19[3] - y19[5] == y19[6] == y20[4]
        and y20[3] + y20[4] - y20[5] == y20[6] == y21[4]
        and y20[3] + y20[4] == dec("678.50")
        and rate("652.30", "678.50") == dec("96.14")
        and rate("652.30", "640.00") == dec("101.92")
        and dec(SANJIANG_RATE) not in (rate("652.30", "678.50"), rate("652.30", "640.00"))
        and sum(r[3] for r in (y19, y20, y21)) == dec("1830.00"),
        "sanjiang",
    )


# =========================================================================== 3. xunwu (PDF; a table of towns with 小计 rows and a 上年结转 column outside the year)
XUNWU_UNIT = "寻乌县农业农村局"
XUNWU_PROJECT = "农村人居环境整治以奖代补资金"
XUNWU_TITLE = f"{XUNWU_UNIT}2022年度{XUNWU_PROJECT}绩效自评报告"
XUNWU_TOWNS = [  # (group, [(乡镇, 上年结转, 本年下达, 本年兑付)]) (万元)
    (
        "镇",
        [
            ("长宁镇", "18.60", "120.00", "117.60"),
            ("晨光镇", E, "86.00", "83.20"),
            ("留车镇", "9.40", "72.00", "70.45"),
            ("南桥镇", E, "78.00", "75.36"),
            ("吉潭镇", "12.20", "84.00", "81.75"),
            ("澄江镇", E, "66.00", "64.20"),
            ("桂竹帽镇", E, "54.00", "51.80"),
        ],
    ),
    (
        "乡",
        [
            ("文峰乡", E, "52.00", "50.40"),
            ("三标乡", "8.80", "38.00", "36.85"),
            ("菖蒲乡", E, "36.00", "35.10"),
            ("龙廷乡", E, "34.00", "32.64"),
            ("项山乡", "6.30", "48.00", "46.80"),
            ("水源乡", E, "44.00", "42.50"),
            ("罗珊乡", "9.50", "40.00", "38.60"),
            ("丹溪乡", E, "48.00", "46.20"),
        ],
    ),
]
XUNWU_TEXT = [
    ("h", "一、项目概况"),
    (
        "p",
        "为推进农村人居环境整治提升，县里对完成村庄清洁、农村改厕和生活污水治理任务的乡镇按“先建后补、以奖代补”"
        "方式给予奖补。2022年项目覆盖全县15个乡镇，奖补资金由县农业农村局根据验收结果核定后拨付乡镇，由乡镇兑付到村。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2022年项目全年预算900.00万元，其中省级资金680.00万元、县级资金220.00万元，资金已全部到位并拨付各乡镇。截至"
        "2022年12月31日，乡镇实际兑付奖补资金873.45万元，预算执行率97.05%，结余26.55万元由县财政收回统筹使用。各乡镇"
        "资金情况见表1。",
    ),
    (
        "p",
        "表1中“上年结转”一列是2021年度以奖代补资金在6个乡镇的结余，共64.80万元，按原渠道继续用于2021年度已验收项目，"
        "已纳入2021年度项目绩效评价，不计入本年度预算和执行。",
    ),
]
XUNWU_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年验收村庄清洁行动达标村（居）186个，改造农村户用卫生厕所2,318户，建成农村生活污水处理设施37处，生活污水"
        "得到治理的自然村占比提高到38.6%，上年为31.2%；全县行政村生活垃圾收运处置体系保持全覆盖，乡镇保洁员队伍稳定在"
        "1,260人。第三方调查显示，群众对农村人居环境的满意率为94.6%。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标和评价指标逐项自评，本项目自评得分92.8分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分乡镇验收资料报送较晚，奖补资金兑付集中在年末。"),
    ("p", "（二）已建污水处理设施的运行维护经费保障不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）实行按季度验收、按季度兑付，均衡资金支付进度。"),
    ("p", "（二）探索建立县乡村三级分担的设施运维经费保障机制。"),
]


def xunwu_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["乡镇", "上年结转", "本年下达", "本年兑付", "本年结余"]]
    totals = [Decimal(0)] * 4
    for group, towns in XUNWU_TOWNS:
        sub = [Decimal(0)] * 4
        for name, carry, given, paid in towns:
            rows.append([name, carry, given, paid, money(dec(given) - dec(paid))])
            for k, v in enumerate((carry, given, paid)):
                sub[k] += dec(v) if v != E else 0
        sub[3] = sub[1] - sub[2]
        rows.append([f"{group}小计", *(money(v) for v in sub)])
        totals = [a + b for a, b in zip(totals, sub, strict=True)]
    rows.append(["合计", *(money(v) for v in totals)])
    return rows


def doc_xunwu(path: Path) -> None:
    p = Pdf(
        path, footer_style="page", size=12, margin=64, creator="WPS Writer", header=XUNWU_TITLE, header_from=2
    )
    p.title(f"{XUNWU_UNIT}2022年度\n{XUNWU_PROJECT}绩效自评报告", size=16)
    p.blocks(XUNWU_TEXT)
    p.table(
        xunwu_rows(),
        [20, 16, 16, 16, 16],
        style="grid",
        size=9.5,
        align=["l", "r", "r", "r", "r"],
        tag="t1",
        caption="表1　2022年度分乡镇奖补资金情况",
        unit="单位：万元",
    )
    p.blocks(XUNWU_TEXT_B)
    p.right(XUNWU_UNIT, size=11)
    p.right("2023年3月15日", size=11)
    check(p.page == 3, f"xunwu on three pages, not {p.page}")
    p.save()
    towns = [t for _, ts in XUNWU_TOWNS for t in ts]
    given = sum_money([t[2] for t in towns])
    paid = sum_money([t[3] for t in towns])
    carry = sum_money([t[1] for t in towns])
    check(
        len(towns) == 15
        and given == dec("900.00") == dec("680.00") + dec("220.00")
        and paid == dec("873.45")
        and carry == dec("64.80")
        and sum(1 for t in towns if t[1] != E) == 6
        and [sum_money([t[2] for t in ts]) for _, ts in XUNWU_TOWNS] == [dec("560.00"), dec("340.00")]
        and rate(paid, given) == dec("97.05")
        and given - paid == dec("26.55"),
        "xunwu",
    )


# =========================================================================== 4. danzhai (PDF; a project table with a 小计 per category inside a 合计)
DANZHAI_UNIT = "丹寨县农业农村局"
DANZHAI_PROJECTS = [  # (category, [(项目名称, 调整后预算, 执行数)]) (万元): all seven, the whole 项目支出
    (
        "产业发展类",
        [
            ("茶产业发展补助", "486.00", "472.35"),
            ("蓝莓产业提质增效", "362.50", "350.80"),
            ("林下经济和食用菌产业扶持", "248.00", "243.12"),
        ],
    ),
    (
        "农业基础设施类",
        [
            ("高标准农田建设", "2,860.00", "2,796.48"),
            ("农村人居环境整治", "842.60", "816.30"),
        ],
    ),
    (
        "农业服务类",
        [
            ("动物疫病防控", "516.00", "505.26"),
            ("基层农技推广体系建设", "398.40", "382.74"),
        ],
    ),
]
DANZHAI_TEXT = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "县农业农村局负责全县农业农村发展规划、农业产业发展、农田建设、动植物疫病防控、农业技术推广和乡村建设等工作，"
        "内设9个股室，下属县农业技术推广站、县动物疫病预防控制中心等6个事业单位，2021年末在职人员142人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "2021年县财政批复我局年初预算4,216.80万元，年中追加2,863.45万元，调整后预算7,080.25万元，全部为一般公共预算"
        "财政拨款。全年支出6,893.52万元，其中基本支出1,326.47万元、项目支出5,567.05万元；预算执行率97.36%，年末结转"
        "结余186.73万元。项目支出较上年增长8.62%，主要是高标准农田建设任务增加。",
    ),
    ("p", "2021年共实施项目7个，分三类，各项目和各类别的执行情况见表1。"),
]
DANZHAI_TEXT_B = [
    ("h", "三、部门履职成效"),
    (
        "p",
        "全年建成高标准农田1.86万亩；新增茶园3,200亩，全县茶园面积达到16.5万亩；实施蓝莓提质增效4,600亩；扶持林下"
        "食用菌种植大户38户；完成畜禽强制免疫48.6万头只，重大动物疫病免疫密度保持在90%以上；培训基层农技人员和高素质"
        "农民1,450人次；改造农村户用卫生厕所1,280户。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面进行自评，2021年度部门整体"
        "支出绩效自评得分94.3分，自评等级为优。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）蓝莓和食用菌产业项目受市场价格波动影响，部分补助兑付偏晚。"),
    ("p", "（二）基层农技推广体系建设项目的设备采购进度滞后。"),
    ("h", "六、改进措施"),
    ("p", "（一）产业补助实行分批验收、分批兑付。"),
    ("p", "（二）提前开展设备采购需求论证，按季度调度采购进度。"),
]


def danzhai_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["项目名称", "调整后预算", "执行数", "执行率"]]
    total_b = total_d = Decimal(0)
    for k, (cat, items) in enumerate(DANZHAI_PROJECTS):
        rows.append([(f"{'一二三'[k]}、{cat}", 4)])
        for name, b, d in items:
            rows.append([name, b, d, pct(d, b)])
        b, d = sum_money([x[1] for x in items]), sum_money([x[2] for x in items])
        rows.append(["小计", money(b), money(d), pct(d, b)])
        total_b += b
        total_d += d
    rows.append(["合计", money(total_b), money(total_d), pct(total_d, total_b)])
    return rows


def doc_danzhai(path: Path) -> None:
    p = Pdf(path, footer_style="slash", total=2, size=12, margin=64, creator="Microsoft® Word 2010")
    p.title(f"{DANZHAI_UNIT}\n2021年度部门整体支出绩效自评报告", size=17)
    p.blocks(DANZHAI_TEXT)
    p.table(
        danzhai_rows(),
        [40, 18, 18, 14],
        style="grid",
        size=10,
        align=["l", "r", "r", "r"],
        tag="t1",
        caption="表1　2021年度项目支出执行情况",
        unit="单位：万元",
    )
    p.blocks(DANZHAI_TEXT_B)
    p.right(DANZHAI_UNIT, size=11)
    p.right("2022年4月8日", size=11)
    check(p.page == 2, f"danzhai on two pages, not {p.page}")
    p.save()
    items = [x for _, xs in DANZHAI_PROJECTS for x in xs]
    b, d = sum_money([x[1] for x in items]), sum_money([x[2] for x in items])
    check(
        len(items) == 7
        and d == dec("5567.05")
        and b == dec("5713.50")
        and dec("4216.80") + dec("2863.45") == dec("7080.25")
        and dec("1326.47") + d == dec("6893.52")
        and rate("6893.52", "7080.25") == dec("97.36")
        and dec("7080.25") - dec("6893.52") == dec("186.73")
        and rate(d, b) == dec("97.44")
        and [
            str(rate(sum_money([x[2] for x in xs]), sum_money([x[1] for x in xs])))
            for _, xs in DANZHAI_PROJECTS
        ]
        == ["97.24", "97.57", "97.11"]
        and all(not_half(x[2], x[1]) for x in items),
        "danzhai",
    )


# =========================================================================== 5. zhenping (DOCX; a Word table of this year beside last year; E5)
ZHENPING_UNIT = "镇坪县人力资源和社会保障局"
ZHENPING_ADJUSTED = "1,729.00"  # E5: 1,286.40 + 468.20 − 35.60 = 1,719.00
ZHENPING_COMPARE = [  # 项目, 2016年, 2015年 (万元)
    ("收入合计", "1,729.00", "1,542.75"),
    ("其中：一般公共预算财政拨款", "1,649.00", "1,478.75"),
    ("其他收入", "80.00", "64.00"),
    ("支出合计", "1,684.57", "1,512.21"),
    ("其中：基本支出", "612.38", "586.94"),
    ("项目支出", "1,072.19", "925.27"),
]
ZHENPING_FUNDS = [  # social-insurance payouts through the fund's own account, not the bureau's budget (万元)
    ("城乡居民基础养老金", "2,386.74"),
    ("机关事业单位养老金", "5,126.30"),
    ("失业保险金", "186.20"),
]
ZHENPING_TEXT = [
    ("b", "一、部门基本情况"),
    (
        "p",
        "县人力资源和社会保障局负责全县就业创业、社会保险、人事人才和劳动关系等工作，内设8个股室，下属县就业服务局、"
        "县社会保险经办中心、县劳动保障监察大队3个单位，2016年末在职人员64人。",
    ),
    ("b", "二、部门收支情况"),
    (
        "p",
        "2016年县财政批复我局年初预算1,286.40万元。年度执行中，根据上级下达的就业补助资金和机关事业单位养老保险制度"
        "改革经费追加预算468.20万元，因公益性岗位补贴改由各镇直接发放调减预算35.60万元，调整后预算"
        f"{ZHENPING_ADJUSTED}万元，其中一般公共预算财政拨款1,649.00万元、其他收入80.00万元。",
    ),
    (
        "p",
        "全年支出1,684.57万元，其中基本支出612.38万元、项目支出1,072.19万元；预算执行率97.43%，年末结转结余44.43"
        "万元。与上年相比，收入增加186.25万元、增长12.07%，支出增加172.36万元、增长11.40%，详见表1。",
    ),
]
ZHENPING_TEXT_B = [
    (
        "p",
        "另外，全年通过社会保险基金财政专户发放城乡居民基础养老金2,386.74万元、机关事业单位养老金5,126.30万元，"
        "支付失业保险金186.20万元。上述资金属于社会保险基金，由基金专户收支，不在本局部门预算收支中反映。",
    ),
    ("b", "三、部门履职成效"),
    (
        "p",
        "全年城镇新增就业1,126人，完成市下达目标1,000人的112.6%；城镇登记失业率为3.8%，低于4.5%的控制目标；发放"
        "创业担保贷款2,860万元，扶持286人创业；开展职业技能培训1,352人次，其中贫困劳动力628人次；城乡居民养老保险"
        "参保4.12万人，参保率96.8%；办结劳动保障监察案件46件，为农民工追回工资318.6万元。",
    ),
    ("b", "四、自评结论"),
    (
        "p",
        "对照部门整体支出绩效评价指标体系，从预算配置、预算执行、预算管理和履职效果等方面进行自评，2016年度部门整体"
        "支出绩效自评得分92.4分，评价等级为优。",
    ),
    ("b", "五、存在的问题"),
    ("p", "1.年初预算对养老保险制度改革经费考虑不足，年中追加较多。"),
    ("p", "2.镇村就业服务平台工作人员不稳定，服务能力有待提高。"),
    ("b", "六、改进措施"),
    ("p", "1.提前测算制度改革涉及的经费需求，提高年初预算编制的准确性。"),
    ("p", "2.加强基层平台人员培训，稳定就业社保服务队伍。"),
]


def zhenping_rows() -> list[list[str]]:
    rows = [["项目", "2016年", "2015年", "增减额", "增减率（%）"]]
    for name, now, last in ZHENPING_COMPARE:
        diff = dec(now) - dec(last)
        rows.append([name, now, last, money(diff), str(rate(diff, last))])
    return rows


def doc_zhenping(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, ZHENPING_UNIT, 16)
    office.centred_title(d, "2016年度部门整体支出绩效自评报告", 16)
    for kind, text in ZHENPING_TEXT:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)
    office.aligned(d, "表1　2016年度收支情况与上年对比（单位：万元）", "center")
    table(d, zhenping_rows())
    for kind, text in ZHENPING_TEXT_B:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)
    office.aligned(d, ZHENPING_UNIT, "right")
    office.aligned(d, "2017年4月20日", "right")
    office.page_number_footer(d, complex_field=True)
    STAMP.save_docx(d, path)
    c = {name: (dec(a), dec(b)) for name, a, b in ZHENPING_COMPARE}
    ok = True
    for k in (0, 1):
        ok &= c["其中：一般公共预算财政拨款"][k] + c["其他收入"][k] == c["收入合计"][k]
        ok &= c["其中：基本支出"][k] + c["项目支出"][k] == c["支出合计"][k]
    check(
        ok
        and dec("1286.40") + dec("468.20") - dec("35.60") == dec(ZHENPING_ADJUSTED) - 10
        and c["收入合计"][0] == dec(ZHENPING_ADJUSTED)
        and rate("1684.57", ZHENPING_ADJUSTED) == dec("97.43")
        and rate("1684.57", "1719.00") == dec("98.00")
        and dec(ZHENPING_ADJUSTED) - dec("1684.57") == dec("44.43")
        and c["收入合计"][0] - c["收入合计"][1] == dec("186.25")
        and rate("186.25", "1542.75") == dec("12.07")
        and c["支出合计"][0] - c["支出合计"][1] == dec("172.36")
        and rate("172.36", "1512.21") == dec("11.40")
        and rate(1126, 1000) == dec("112.60")
        and sum_money([v for _, v in ZHENPING_FUNDS]) > 4 * dec(ZHENPING_ADJUSTED),
        "zhenping",
    )


# =========================================================================== 6. qidu (Markdown saved from a county portal; money the town keeps for villages; E1)
QIDU_UNIT = "石台县七都镇人民政府"
QIDU_TITLE = f"{QIDU_UNIT}2023年度部门整体支出绩效自评报告"
QIDU_BASIC = "1,126.38"  # E1: 人员经费 926.52 + 公用经费 209.86 = 1,136.38
QIDU_TYPES = [  # 支出类型, 年初预算, 调整后预算, 实际支出 (万元)
    ("基本支出", "1,102.50", "1,148.60", QIDU_BASIC),
    ("项目支出", "760.00", "1,338.20", "1,286.28"),
]


def qidu_md() -> str:
    rows = ["| 支出类型 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, a, b, d in QIDU_TYPES:
        rows.append(f"| {name} | {a} | {b} | {d} | {pct(d, b)} |")
    sums = [sum_money([t[k] for t in QIDU_TYPES]) for k in (1, 2, 3)]
    rows.append(f"| 合计 | {' | '.join(money(v) for v in sums)} | {pct(sums[2], sums[1])} |")
    check(
        sums == [dec("1862.50"), dec("2486.80"), dec("2412.66")]
        and dec("1862.50") + dec("624.30") == sums[1]
        and dec("2186.80") + dec("300.00") == sums[1]
        and dec("926.52") + dec("209.86") == dec(QIDU_BASIC) + 10
        and rate(sums[2], sums[1]) == dec("97.02")
        and not_half(sums[2], sums[1])
        and sums[1] - sums[2] == dec("74.14")
        and dec("168.00") + dec("86.50") < dec("1286.28")
        and [str(rate(t[3], t[2])) for t in QIDU_TYPES] == ["98.07", "96.12"],
        "qidu",
    )
    table_md = "\n".join(rows)
    return f"""[首页](#) > [信息公开](#) > [乡镇信息公开](#) > [七都镇](#) > [财政预决算](#)

# {QIDU_TITLE}

发布日期：2024-05-28　　来源：七都镇人民政府　　浏览次数：263　　【字体：大 中 小】

## 一、基本情况

七都镇人民政府承担全镇经济发展、社会管理、公共服务和基层党建等职责，内设党政办公室、经济发展办公室等7个办（中心），下辖9个行政村，2023年末在编人员78人。

## 二、预算收支情况

2023年镇财政年初预算1,862.50万元，年中追加624.30万元，调整后预算2,486.80万元，其中一般公共预算财政拨款2,186.80万元、政府性基金预算财政拨款300.00万元。

全年支出2,412.66万元，其中基本支出{QIDU_BASIC}万元（人员经费926.52万元、公用经费209.86万元），项目支出1,286.28万元；预算执行率97.02%，年末结转结余74.14万元。项目支出主要用于村级组织运转、农村公路养护、防汛抗旱和人居环境整治等，其中拨付村级组织运转经费和村干部报酬168.00万元、农村公路养护86.50万元。分支出类型的执行情况如下（单位：万元）：

{table_md}

镇财政所按“村财镇管”要求代管9个行政村的村级资金，2023年代管资金收入1,426.35万元、支出1,318.62万元；代收城乡居民医疗保险费和养老保险费386.42万元，已全部上解县级财政专户。上述资金不属于本单位收支，未纳入部门预算。

## 三、履职成效

全年完成茶园提质改造2,600亩，新建和改造村组道路12.6公里，改造农村户用卫生厕所436户；组织森林防火巡查1,080人次，连续15年未发生较大森林火灾；新增市场主体86户。全镇农村居民人均可支配收入达到1.86万元。

## 四、自评结论

对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面自评，2023年度部门整体支出绩效自评得分92分，自评等级为优。

## 五、存在的问题

1. 部分村级项目前期准备不足，项目资金支付进度偏慢。
2. 村级代管资金的会计核算与部门预算的衔接还不够顺畅。

## 六、改进措施

1. 提前储备和论证村级项目，按月调度项目资金支付。
2. 规范村级代管资金核算，定期公开村级财务收支。

{QIDU_UNIT}

2024年5月20日

---

【[打印本页](#)】　【[关闭窗口](#)】

上一篇：[七都镇2023年度部门决算公开](#)　　下一篇：[七都镇2024年度部门预算公开](#)
"""


# =========================================================================== 7. luanchuan (XLSX; a bare form with a blank 年初 column and a rate without its sign; E4)
LUANCHUAN_UNIT = "栾川县文化广电和旅游局"
LUANCHUAN_PROJECT = "乡村旅游公共服务设施提升"
LUANCHUAN_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元); None = a blank cell
    ("年度资金总额", None, "480.00", "463.68"),
    ("其中：当年财政拨款", None, "420.00", "410.28"),
    ("上年结转资金", None, "60.00", "53.40"),
    ("其他资金", None, None, None),
]
LUANCHUAN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "新建改建旅游厕所", "≥12座", "12座", 10, 10, ""),
    ("产出指标", "数量指标", "设置旅游交通标识标牌", "≥150块", "162块", 10, 10, ""),
    ("产出指标", "数量指标", "建设乡村旅游停车场", "≥6个", "5个", 10, 8, "1个停车场用地调整，下年完工"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
    (
        "产出指标",
        "时效指标",
        "项目完工时间",
        "2024年10月底前",
        "2024年11月20日",
        5,
        3,
        "雨季影响部分工程工期",
    ),
    ("产出指标", "成本指标", "旅游厕所单座造价", "≤25万元", "23.6万元", 5, 5, ""),
    ("效益指标", "社会效益指标", "乡村旅游接待游客同比增长", "≥8%", "11.2%", 15, 15, ""),
    ("效益指标", "可持续影响指标", "设施管护机制", "长效运行", "基本建立", 15, 13, "部分村管护人员不足"),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "93.5%", 10, 10, ""),
]
LUANCHUAN_TOTAL = "94.66"  # E4: the 总分 cell; 9.66 + the rows' 84 = 93.66
LUANCHUAN_GOAL = (
    "新建改建旅游厕所12座以上，设置旅游交通标识标牌150块以上，建设乡村旅游停车场6个，提升乡村旅游接待能力。"
)
LUANCHUAN_DONE = "新建改建旅游厕所12座，设置标识标牌162块，建成停车场5个，全县乡村旅游接待游客同比增长11.2%。"


def luanchuan_score() -> str:
    _, _, budget, done = LUANCHUAN_FUNDS[0]
    return exec_score(done, budget)


def doc_luanchuan(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    widths = [12, 14, 16, 22, 14, 14, 9, 9, 22]
    for col, w in zip("ABCDEFGHI", widths, strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", LUANCHUAN_PROJECT, merge_to="I3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", LUANCHUAN_UNIT, merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", LUANCHUAN_UNIT, merge_to="I4")
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to="A9")
    for col, head in zip(
        "BDEFGHI",
        ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分"),
        strict=True,
    ):
        xl_put(ws, f"{col}5", head, center=True, merge_to="C5" if col == "B" else None)
    _, _, budget, done = LUANCHUAN_FUNDS[0]
    for r, (name, a, b, c) in enumerate(LUANCHUAN_FUNDS, 6):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        for col, v in zip("DEF", (a, b, c), strict=True):
            xl_put(
                ws,
                f"{col}{r}",
                None if v is None else float(dec(v)),
                fmt=None if v is None else "0.00",
                center=True,
            )
        if r == 6:
            xl_put(ws, "G6", 10, center=True)
            # 96.60 under 0.00: the % sign is in the header only
            xl_put(ws, "H6", float(rate(done, budget)), fmt="0.00", center=True)
            xl_put(ws, "I6", float(luanchuan_score()), fmt="0.00", center=True)
        else:
            for col in "GHI":
                xl_put(ws, f"{col}{r}", E, center=True)
    xl_put(ws, "A10", "年度总体目标", center=True, merge_to="A11")
    xl_put(ws, "B10", "预期目标", center=True, merge_to="E10")
    xl_put(ws, "F10", "实际完成情况", center=True, merge_to="I10")
    xl_put(ws, "B11", LUANCHUAN_GOAL, merge_to="E11")
    xl_put(ws, "F11", LUANCHUAN_DONE, merge_to="I11")
    ws.row_dimensions[11].height = 60
    first = 12
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(LUANCHUAN_IND)}")
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
    for r, row in enumerate(LUANCHUAN_IND, first + 1):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v if v != "" else None, center=col in "EFGH")
    for key, col in ((0, "B"), (1, "C")):
        k = 0
        while k < len(LUANCHUAN_IND):
            j = k
            while (
                j + 1 < len(LUANCHUAN_IND) and LUANCHUAN_IND[j + 1][: key + 1] == LUANCHUAN_IND[k][: key + 1]
            ):
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{first + 1 + k}:{col}{first + 1 + j}")
            k = j + 1
    end = first + len(LUANCHUAN_IND) + 1
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(LUANCHUAN_TOTAL), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "自评等级：优", center=True)
    xl_put(
        ws,
        f"A{end + 1}",
        f"填报单位（盖章）：{LUANCHUAN_UNIT}　　填报人：张××　　填报日期：2025年3月26日",
        merge_to=f"I{end + 1}",
        border=False,
    )
    STAMP.save_xlsx(wb, path)
    rows_total = sum(r[6] for r in LUANCHUAN_IND)
    check(
        dec("420.00") + dec("60.00") == dec(budget)
        and dec("410.28") + dec("53.40") == dec(done)
        and rate(done, budget) == dec("96.60")
        and luanchuan_score() == "9.66"
        and sum(r[5] for r in LUANCHUAN_IND) == 90
        and dec(luanchuan_score()) + rows_total == dec(LUANCHUAN_TOTAL) - 1
        and all(r[6] <= r[5] for r in LUANCHUAN_IND),
        "luanchuan",
    )


# =========================================================================== 8. cangyuan (PDF; a text page in 万元 and a scanned, stamped form in 元)
CANGYUAN_UNIT = "沧源佤族自治县农业局"
CANGYUAN_PROJECT = "糖料甘蔗良种良法技术推广"
CANGYUAN_FUNDS = [  # 资金来源, 全年预算数, 全年执行数 (万元; the form prints them in 元)
    ("年度资金总额", "386.40", "372.86"),
    ("其中：中央财政资金", "260.00", "254.28"),
    ("省级财政资金", "86.40", "82.58"),
    ("县级财政资金", "40.00", "36.00"),
    ("其他资金", E, E),
]
CANGYUAN_IND = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分, 偏差原因分析
    ("产出指标", "数量指标", "推广甘蔗新品种面积", "≥", "2.2", "万亩", "2.36", "15", "15", ""),
    ("产出指标", "数量指标", "推广测土配方施肥和地膜覆盖技术", "≥", "3", "万亩", "3.5", "10", "10", ""),
    ("产出指标", "数量指标", "培训蔗农", "≥", "3500", "人次", "3860", "10", "10", ""),
    ("产出指标", "质量指标", "良种纯度", "≥", "95", "%", "96.2", "10", "10", ""),
    ("产出指标", "时效指标", "良种发放完成时间", "≤", "4", "月", "5", "5", "3", "部分蔗种调运推迟"),
    ("效益指标", "经济效益指标", "推广区甘蔗亩产提高", "≥", "0.8", "吨", "0.86", "15", "15", ""),
    ("效益指标", "社会效益指标", "受益蔗农", "≥", "6000", "户", "6420", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "良种繁育体系",
        "定性",
        "逐步完善",
        "",
        "基本建立",
        "5",
        "4",
        "县级繁育基地规模偏小",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "蔗农满意度",
        "≥",
        "90",
        "%",
        "87.6",
        "10",
        "8",
        "部分蔗农反映蔗种到位偏晚",
    ),
]
CANGYUAN_SIGN = "填报单位（盖章）：沧源佤族自治县农业局　　　填报人：岩××　　　填报日期：2019年3月22日"
CANGYUAN_TEXT = [
    ("h", "一、项目概况"),
    (
        "p",
        "糖料甘蔗是全县农民增收的支柱产业。2018年，县农业局在6个乡镇实施糖料甘蔗良种良法技术推广项目，推广甘蔗新"
        "品种和测土配方施肥、地膜覆盖等配套技术，年度目标为推广新品种2.2万亩以上、配套技术3万亩以上。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "项目总投资612.40万元，其中财政资金386.40万元，蔗农自筹226.00万元用于购种和用工；自筹资金由蔗农自行安排"
        "使用，不在本项目预算内。2018年项目全年预算386.40万元，其中中央财政资金260.00万元、省级财政资金86.40万元、"
        "县级财政资金40.00万元。截至2018年12月31日，项目支出372.86万元，预算执行率96.50%，结余13.54万元。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年推广甘蔗新品种2.36万亩，完成年度计划2.2万亩的107.27%，其中新植蔗1.12万亩；推广测土配方施肥和地膜覆盖"
        "技术3.5万亩；举办技术培训班46期，培训蔗农3,860人次。经测产，推广区甘蔗平均亩产5.62吨，较非推广区高0.86吨；"
        "项目受益蔗农6,420户。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评（自评表附后），项目自评得分94.65分，自评等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分蔗种调运推迟，良种发放晚于计划。下一步将提前与蔗种基地签订供种协议。"),
    ("p", "（二）县级良种繁育基地规模偏小。下一步将扩大繁育基地，提高蔗种自给率。"),
]


def cangyuan_score() -> str:
    _, budget, done = CANGYUAN_FUNDS[0]
    return exec_score(done, budget)


def cangyuan_total() -> Decimal:
    return dec(cangyuan_score()) + sum(dec(r[8]) for r in CANGYUAN_IND)


def cangyuan_rows() -> tuple[list[list[str]], Merges]:
    """The Yunnan project form in 元: 10 columns; the indicators with 指标性质 / 指标值 / 度量单位."""
    _, budget, done = CANGYUAN_FUNDS[0]
    f = Rows()
    f.add(["项目名称", CANGYUAN_PROJECT, "", "", "", "", "", "", "", ""], {1: (1, 9)})
    f.add(
        ["主管部门", CANGYUAN_UNIT, "", "", "", "实施单位", CANGYUAN_UNIT, "", "", ""], {1: (1, 4), 6: (1, 4)}
    )
    first = len(f.rows)
    f.add(
        ["项目资金（元）", "资金来源", "", "全年预算数", "全年执行数", "执行率", "分值", "得分", "备注", ""],
        {1: (1, 2), 8: (1, 2)},
    )
    for k, (name, b, c) in enumerate(CANGYUAN_FUNDS):
        cells = [yuan(b) if b != E else E, yuan(c) if c != E else E]
        tail = [pct(done, budget), "10", cangyuan_score()] if k == 0 else [E, E, E]
        f.add(["", name, "", *cells, *tail, "", ""], {1: (1, 2), 8: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 5)},
    )
    f.add(
        [
            "",
            "推广甘蔗新品种2.2万亩以上，推广配套技术3万亩以上，培训蔗农3500人次以上。",
            "",
            "",
            "",
            "推广新品种2.36万亩、配套技术3.5万亩，培训蔗农3860人次，受益蔗农6420户。",
            "",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 5)},
    )
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
        "偏差原因分析",
    ]
    ind_first = len(f.rows) + 1
    f.add(head)
    for ind in CANGYUAN_IND:
        f.add(list(ind))
    f.merges.update(level_merges(CANGYUAN_IND, ind_first, col0=0))
    f.add(["总分", "", "", "", "", "", "", "100", f"{cangyuan_total()}", "自评等级：优"], {0: (1, 7)})
    return f.rows, f.merges


CANGYUAN_SEAL_AT: list[float] = []


def _cangyuan_form(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=50)
    p.page = 2  # printed as the report's second page
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2018年度）", size=10.5)
    p.right("单位：元", size=9)
    rows, merges = cangyuan_rows()
    p.grid(
        rows,
        [11, 11, 17, 14, 14, 9, 10, 8, 8, 16],
        merges,
        size=8.5,
        align=["c", "l", "l", "r", "r", "c", "c", "c", "c", "l"],
    )
    CANGYUAN_SEAL_AT[:] = [p.m + 120, p.H - p.y + 32]
    p.para(CANGYUAN_SIGN, indent=False, size=10)
    check(p.page == 2, "cangyuan form on one page")
    p.save()


def doc_cangyuan(path: Path) -> None:
    jpeg = _scan(
        _scratch(_cangyuan_form),
        170,
        2018,
        -0.8,
        70,
        CANGYUAN_UNIT,
        (CANGYUAN_SEAL_AT[0], CANGYUAN_SEAL_AT[1]),
    )
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{CANGYUAN_UNIT}2018年度\n{CANGYUAN_PROJECT}项目支出绩效自评报告", size=16)
    p.blocks(CANGYUAN_TEXT)
    p.right(CANGYUAN_UNIT, size=11)
    p.right("2019年3月22日", size=11)
    check(p.page == 1, f"cangyuan text on one page, not {p.page}")
    p.new_page()
    p.c.setProducer("Canon iR-ADV Scan")
    _image_page(p.c, jpeg)
    p.c.save()
    total, central, prov, local, _ = CANGYUAN_FUNDS
    check(
        all(dec(central[k]) + dec(prov[k]) + dec(local[k]) == dec(total[k]) for k in (1, 2))
        and rate(total[2], total[1]) == dec("96.50")
        and not_half(total[2], total[1])
        and dec(total[1]) - dec(total[2]) == dec("13.54")
        and dec(total[1]) + dec("226.00") == dec("612.40")
        and rate("2.36", "2.2") == dec("107.27")
        and sum(int(r[7]) for r in CANGYUAN_IND) == 90
        and cangyuan_total() == dec("94.65"),
        f"cangyuan {cangyuan_total()}",
    )


# =========================================================================== 9. fucheng (HTML, a county portal page of 2016; three years in one table; E3)
FUCHENG_UNIT = "阜城县文化广电新闻出版局"
FUCHENG_TITLE = f"{FUCHENG_UNIT}2015年度部门整体支出绩效自评报告"
FUCHENG_YEARS = [  # 年度, 全年预算, 实际支出 (万元)
    ("2013年", "846.20", "812.35"),
    ("2014年", "968.40", "934.72"),
    ("2015年", "1,077.45", "1,046.32"),
]
FUCHENG_SECTIONS = [("投入", "20", "18"), ("过程", "25", "22.5"), ("产出", "30", "27"), ("效果", "25", "21")]
FUCHENG_GRADE = "优"  # E3: 88.5 is 良 on the scale the report prints


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


def html_table(rows: Sequence[Sequence[Cell]], klass: str) -> str:
    """A bordered HTML table; a cell is a str or (str, colspan)."""
    out = [
        f'<table class="{klass}" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">',
        "<tbody>",
    ]
    for row in rows:
        cells = []
        for cell in row:
            text, cs = cell if isinstance(cell, tuple) else (cell, 1)
            attrs = f' colspan="{cs}"' if cs > 1 else ""
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def fucheng_body() -> str:
    rows: list[list[Cell]] = [["年度", "全年预算", "实际支出", "预算执行率"]]
    rows += [[y, b, d, pct(d, b)] for y, b, d in FUCHENG_YEARS]
    sections = "、".join(f"{n}（{w}分）得{g}分" for n, w, g in FUCHENG_SECTIONS)
    score = sum(dec(g) for _, _, g in FUCHENG_SECTIONS)
    paras = [
        _h("一、部门基本情况"),
        _p(
            "县文化广电新闻出版局负责全县文化艺术、广播电视、新闻出版和文物保护的管理工作，内设6个股室，下属县文化馆、"
            "县图书馆、县广播电视台3个单位，2015年末在职人员96人。"
        ),
        _h("二、部门预算收支情况"),
        _p(
            "2015年县财政批复我局年初预算862.60万元，年中追加214.85万元，全年预算1,077.45万元，全部为一般公共预算财政"
            "拨款。全年支出1,046.32万元，其中基本支出628.74万元、项目支出417.58万元，预算执行率97.11%，结余31.13万元。"
        ),
        _p(
            "为便于比较，表1列出近三年的预算和支出情况。与上年相比，2015年全年支出增加111.60万元，增长11.94%，主要是"
            "农村公益电影放映和农家书屋出版物补充经费增加。"
        ),
        _p("表1　2013—2015年预算执行情况（单位：万元）", "text-align: center;"),
        html_table(rows, "sz"),
        _h("三、部门履职成效"),
        _p(
            "全年组织送戏下乡演出126场；完成农村公益电影放映3,276场，实现全县273个行政村每村每月放映1场；为农家书屋补充"
            "出版物4.6万册；县图书馆新增藏书1.2万册，接待读者8.6万人次；查处非法出版物和违规经营案件14起，收缴非法出版物"
            "2,860册。"
        ),
        _h("四、自评结论"),
        _p(
            f"按照县财政局部门整体支出绩效评价指标体系，我局从投入、过程、产出和效果四个方面进行自评：{sections}，"
            f"合计{score}分。按照90分（含）以上为优、80分（含）至90分为良、60分（含）至80分为中、60分以下为差的标准，"
            f"本局2015年度部门整体支出绩效自评等级为{FUCHENG_GRADE}。"
        ),
        _h("五、存在的问题"),
        _p("1. 年初预算对农村公益电影放映等项目的测算不够细，年中追加较多。"),
        _p("2. 乡镇综合文化站人员兼职较多，基层文化活动组织能力不足。"),
        _h("六、改进措施"),
        _p("1. 细化项目预算测算，提高年初预算编制的完整性。"),
        _p("2. 加强乡镇文化站人员培训，推动基层文化活动常态化。"),
        _p(FUCHENG_UNIT, "text-align: right;"),
        _p("2016年4月25日", "text-align: right;"),
    ]
    ys = [(dec(b), dec(d)) for _, b, d in FUCHENG_YEARS]
    check(
        dec("862.60") + dec("214.85") == ys[2][0]
        and dec("628.74") + dec("417.58") == ys[2][1]
        and rate(ys[2][1], ys[2][0]) == dec("97.11")
        and not_half(ys[2][1], ys[2][0])
        and ys[2][0] - ys[2][1] == dec("31.13")
        and ys[2][1] - ys[1][1] == dec("111.60")
        and rate("111.60", ys[1][1]) == dec("11.94")
        and score == dec("88.5")
        and all(dec(g) <= dec(w) for _, w, g in FUCHENG_SECTIONS)
        and sum(int(w) for _, w, _ in FUCHENG_SECTIONS) == 100
        and 273 * 12 == 3276,
        "fucheng",
    )
    return "\n".join(paras)


def fucheng_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>'
        for n in ("网站首页", "走进阜城", "政务公开", "办事服务", "政民互动", "专题专栏")
    )
    related = "\n".join(
        f'<li><a href="#">{t}</a></li>'
        for t in (
            "阜城县文化广电新闻出版局2015年度部门决算公开",
            "阜城县文化广电新闻出版局2016年度部门预算公开",
            "阜城县2015年度县直部门整体支出绩效自评结果",
        )
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{FUCHENG_TITLE}--阜城县人民政府网</title>
</head>
<body>
<div class="top">今天是：2016年5月3日　<a href="#">设为首页</a> | <a href="#">加入收藏</a></div>
<div class="head"><div class="logo">阜城县人民政府</div><div class="search"><input type="text" value="站内搜索"><input type="button" value="搜 索"></div></div>
<div class="menu">{nav}</div>
<div class="position">您现在的位置：<a href="#">网站首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">财政信息</a></div>
<div class="article">
<h1>{FUCHENG_TITLE}</h1>
<div class="source">来源：县文化广电新闻出版局　　作者：　　时间：2016-05-03　　点击：<span>312</span>　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="text">
{fucheng_body()}
</div>
<div class="tool"><a href="#">【打印此页】</a>　<a href="#">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关文章</h3>
<ul>
{related}
</ul>
</div>
<div class="foot">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系方式</a></p>
<p>主办单位：阜城县人民政府办公室　　技术支持：阜城县信息中心</p>
<p>冀ICP备06018573号　冀公网安备13112802000106号　网站标识码：1311280001</p>
</div>
</body>
</html>
"""


# =========================================================================== 10. chengbu (PDF; a form whose scores are written 得分/分值, the execution line 9.8/10)
CHENGBU_UNIT = "城步苗族自治县畜牧水产局"
CHENGBU_PROJECT = "草食动物产业发展"
CHENGBU_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "80.00", "320.00", "313.10"),
    ("其中：财政拨款", "80.00", "320.00", "313.10"),
    ("上年结转", E, E, E),
    ("其他资金", E, E, E),
]
CHENGBU_USES = [  # 补助内容, 数量, 单位, 标准 (元): a complete split of the spending
    ("能繁母牛饲养补助", 2858, "头", 500),
    ("新建标准化养殖场补助", 11, "个", 100000),
    ("人工种草补助", 8600, "亩", 70),
]
CHENGBU_EXEC = "9.8"  # the execution line's score as the form writes all its scores, to one decimal
CHENGBU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
    ("产出指标", "数量指标", "能繁母牛存栏", "≥1.2万头", "1.26万头", "15", "15", ""),
    ("产出指标", "数量指标", "新建标准化养殖场", "≥10个", "11个", "10", "10", ""),
    ("产出指标", "数量指标", "人工种草面积", "≥8000亩", "8600亩", "10", "10", ""),
    ("产出指标", "质量指标", "能繁母牛配种受胎率", "≥85%", "82.6%", "10", "8", "部分散养户配种不及时"),
    ("产出指标", "时效指标", "补助资金兑付时间", "12月底前", "12月25日", "5", "5", ""),
    ("效益指标", "经济效益指标", "养殖户户均增收", "≥3000元", "3260元", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动贫困户发展养殖", "≥300户", "328户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "草畜配套发展", "持续推进", "有效推进", "10", "9", "冬春饲草储备不足"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "92.4%", "10", "10", ""),
]
CHENGBU_TEXT = [
    ("h", "一、项目基本情况"),
    (
        "p",
        "草食动物产业是全县畜牧业结构调整的重点。2017年，县畜牧水产局使用省级和县级财政资金，对能繁母牛饲养、标准化"
        "养殖场建设和人工种草给予补助，推动南山片区草食动物产业发展。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2017年项目全年预算320.00万元，其中县级财政年初安排80.00万元，省级财政资金240.00万元于7月下达。全年支出313.10"
        "万元，预算执行率97.84%，结余6.90万元。资金全部用于补助：按每头500元补助能繁母牛2,858头，支出142.90万元；按每个"
        "10万元补助新建标准化养殖场11个，支出110.00万元；按每亩70元补助人工种草8,600亩，支出60.20万元。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "年末全县能繁母牛存栏1.26万头，新建标准化养殖场11个，完成人工种草8,600亩；项目带动贫困户328户发展草食动物养殖，"
        "养殖户户均增收3,260元。能繁母牛配种受胎率为82.6%，未达到85%的目标。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评（见附表），项目自评得分96.8分，自评等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分散养户配种不及时，受胎率未达目标。下一步将增设乡镇配种站点，开展上门配种服务。"),
    ("p", "（二）冬春饲草储备不足。下一步将推广青贮技术，扩大人工种草规模。"),
]


def chengbu_total() -> Decimal:
    return dec(CHENGBU_EXEC) + sum(dec(r[6]) for r in CHENGBU_IND)


def chengbu_rows() -> tuple[list[list[str]], Merges]:
    """Nine columns; the funds rows with 执行率（%） and one 得分/分值 column; the indicators with 得分/分值 cells."""
    _, _, budget, done = CHENGBU_FUNDS[0]
    f = Rows()
    f.add(["项目名称", CHENGBU_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", CHENGBU_UNIT, "", "", "实施单位", CHENGBU_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(
        [
            "项目资金（万元）",
            "资金来源",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "执行率（%）",
            "得分/分值",
            "",
        ],
        {1: (1, 2), 7: (1, 2)},
    )
    for k, (name, a, b, c) in enumerate(CHENGBU_FUNDS):
        tail = [str(rate(done, budget)), f"{CHENGBU_EXEC}/10"] if k == 0 else [E, E]
        f.add(["", name, "", a, b, c, *tail, ""], {1: (1, 2), 7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 4)},
    )
    f.add(
        [
            "",
            "能繁母牛存栏1.2万头以上，新建标准化养殖场10个以上，人工种草8000亩以上。",
            "",
            "",
            "",
            "能繁母牛存栏1.26万头，新建标准化养殖场11个，人工种草8600亩，带动贫困户328户。",
            "",
            "",
            "",
        ],
        {1: (1, 4), 5: (1, 4)},
    )
    ind_first = len(f.rows) + 1
    f.add(
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "得分/分值",
            "偏差原因分析及改进措施",
            "",
        ],
        {7: (1, 2)},
    )
    for one, two, name, target, actual, weight, score, note in CHENGBU_IND:
        f.add(["", one, two, name, target, actual, f"{score}/{weight}", note, ""], {7: (1, 2)})
    f.merges[(ind_first - 1, 0)] = (len(CHENGBU_IND) + 1, 1)
    f.merges.update(level_merges(CHENGBU_IND, ind_first))
    f.add(["总分", "", "", "", "", "", f"{chengbu_total()}/100", "自评等级：优", ""], {0: (1, 6), 7: (1, 2)})
    return f.rows, f.merges


def doc_chengbu(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=64, creator="Microsoft® Word 2007")
    p.title(f"{CHENGBU_UNIT}2017年度\n{CHENGBU_PROJECT}项目支出绩效自评报告", size=16)
    p.blocks(CHENGBU_TEXT)
    p.right(CHENGBU_UNIT, size=11)
    p.right("2018年3月30日", size=11)
    check(p.page == 1, f"chengbu text on one page, not {p.page}")
    p.new_page()
    p.m = 48
    p.cw = p.W - 2 * p.m
    p.bottom = p.m + 10
    p.para("附表", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2017年度）", size=10.5)
    rows, merges = chengbu_rows()
    p.grid(
        rows,
        [12, 12, 12, 18, 13, 13, 11, 12, 10],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    p.para(f"填报单位：{CHENGBU_UNIT}　　填报人：杨××　　填报日期：2018年3月30日", indent=False, size=9.5)
    check(p.page == 2, "chengbu form on page 2")
    p.save()
    spent = sum(Decimal(n) * Decimal(std) for _, n, _, std in CHENGBU_USES) / W
    check(
        spent == dec("313.10")
        and [Decimal(n) * Decimal(std) / W for _, n, _, std in CHENGBU_USES]
        == [dec("142.90"), dec("110.00"), dec("60.20")]
        and dec("80.00") + dec("240.00") == dec("320.00")
        and rate("313.10", "320.00") == dec("97.84")
        and not_half("313.10", "320.00")
        and exec_score("313.10", "320.00") == "9.78"
        and dec(CHENGBU_EXEC) == dec("9.784").quantize(Decimal("0.1"), ROUND_HALF_UP)
        and sum(int(r[5]) for r in CHENGBU_IND) == 90
        and chengbu_total() == dec("96.8"),
        f"chengbu {chengbu_total()}",
    )


# =========================================================================== 11. jingning (PDF; a 事业单位 whose available funds include last year's balance)
JINGNING_UNIT = "景宁畲族自治县图书馆"
JINGNING_FLOWS = [  # 项目, 年初结转和结余, 本年收入, 本年支出, 年末结转和结余 (万元): 财政拨款 by type of spending
    ("基本支出", E, "414.20", "412.63", "1.57"),
    ("项目支出", "42.35", "300.40", "325.63", "17.12"),
]
JINGNING_CLASSES = [("工资福利支出", "348.27"), ("商品和服务支出", "52.18"), ("对个人和家庭的补助", "12.17")]
JINGNING_TEXT = [
    ("h", "一、单位基本情况"),
    (
        "p",
        "县图书馆是县文化和广电旅游体育局所属的公益一类事业单位，承担全县公共图书借阅、地方文献收藏、阅读推广和"
        "基层图书服务网点建设等职能，核定编制18名，2025年末在编17人，设乡镇分馆21个。",
    ),
    ("h", "二、预算收支情况"),
    (
        "p",
        "2025年县财政批复我馆年初预算628.40万元，年中追加86.20万元，本年财政拨款收入714.60万元，全部为一般公共预算"
        "财政拨款。加上年初结转和结余42.35万元，全年可用资金756.95万元。",
    ),
    (
        "p",
        "全年支出738.26万元，其中基本支出412.63万元、项目支出325.63万元。基本支出中，工资福利支出348.27万元、商品和"
        "服务支出52.18万元、对个人和家庭的补助12.17万元。按全年可用资金计算，预算执行率为97.53%，年末结转和结余18.69"
        "万元。财政拨款收支情况见表1（摘自单位决算）。",
    ),
]
JINGNING_TEXT_B = [
    ("h", "三、履职成效"),
    (
        "p",
        "全年接待读者21.6万人次，外借图书18.4万册次；新增馆藏图书1.26万册；举办畲族文化讲座、亲子阅读等阅读推广活动"
        "168场次，参与群众3.2万人次；新建城市书房3家；乡镇分馆和村（社区）服务点通借通还覆盖率达到92%。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照单位整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面进行自评，2025年度单位"
        "整体支出绩效自评得分95.2分，自评等级为优。",
    ),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分乡镇分馆图书更新慢。下一步将建立图书轮换机制，每季度向分馆配送新书。"),
    ("p", "（二）数字阅读服务推广不足。下一步将开展数字阅读进乡村活动，提高数字资源利用率。"),
]


def jingning_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"]]
    rows += [list(r) for r in JINGNING_FLOWS]
    sums = [sum_money([r[k] for r in JINGNING_FLOWS]) for k in (1, 2, 3, 4)]
    rows.append(["合计", *(money(v) for v in sums)])
    return rows


def doc_jingning(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{JINGNING_UNIT}\n2025年度单位整体支出绩效自评报告", size=17)
    p.blocks(JINGNING_TEXT)
    p.table(
        jingning_rows(),
        [18, 18, 14, 14, 18],
        style="three",
        size=10,
        align=["l", "r", "r", "r", "r"],
        tag="t1",
        caption="表1　财政拨款收入支出决算表（摘要）",
        unit="单位：万元",
    )
    p.blocks(JINGNING_TEXT_B)
    p.right(JINGNING_UNIT, size=11)
    p.right("2026年4月10日", size=11)
    check(p.page == 2, f"jingning on two pages, not {p.page}")
    p.save()
    flows = [[dec(v) if v != E else Decimal(0) for v in r[1:]] for r in JINGNING_FLOWS]
    classes = sum_money([v for _, v in JINGNING_CLASSES])
    check(
        all(r[0] + r[1] - r[2] == r[3] for r in flows)
        and sum(r[1] for r in flows) == dec("714.60") == dec("628.40") + dec("86.20")
        and sum(r[0] for r in flows) == dec("42.35")
        and [r[2] for r in flows] == [dec("412.63"), dec("325.63")]
        and sum(r[3] for r in flows) == dec("18.69")
        and flows[1][2] > flows[1][1]
        and dec("714.60") + dec("42.35") == dec("756.95")
        and rate("738.26", "756.95") == dec("97.53")
        and not_half("738.26", "756.95")
        and dec("756.95") - dec("738.26") == dec("18.69")
        and classes == dec("412.62"),
        "jingning",
    )


# =========================================================================== 12. raohe (PDF; a sources table whose 合计 adds other units' money to the project's 小计)
RAOHE_UNIT = "饶河县水务局"
RAOHE_PROJECT = "农村饮水安全巩固提升工程项目"
RAOHE_SOURCES = [  # 资金来源, 全年预算, 实际到位, 实际支出 (万元): the project's three levels
    ("中央财政资金", "820.00", "820.00", "801.42"),
    ("省级财政资金", "300.00", "300.00", "285.74"),
    ("县级财政资金", "140.00", "140.00", "131.20"),
]
RAOHE_OUTSIDE = [  # money of other units spent on the same works, outside the project (万元)
    ("四排赫哲族乡政府自筹（项目外）", "46.50", "46.50", "46.50"),
    ("县林业局森林植被恢复费（项目外）", "38.60", "38.60", "36.80"),
]
RAOHE_TEXT = [
    ("h", "一、项目概况"),
    (
        "p",
        "为巩固提升农村饮水安全保障水平，县水务局2017年在全县实施农村饮水安全巩固提升工程，新建和改造集中供水工程，"
        "延伸供水管网，配套水源井和消毒设备，重点解决部分村屯水量不足、水质不稳定的问题。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2017年项目全年预算1,260.00万元，其中中央财政资金820.00万元、省级财政资金300.00万元、县级财政资金140.00万元，"
        "实际到位资金1,260.00万元。全年支出1,218.36万元，预算执行率96.70%，结余41.64万元结转下年用于工程质保金支付。",
    ),
    (
        "p",
        "在同一批工程中，四排赫哲族乡政府自筹46.50万元用于本乡入户管网配套，由乡政府直接支付；县林业局使用森林植被"
        "恢复费38.60万元改造国有林场职工住宅区供水管网。这两笔资金由各自单位管理和核算，不在本项目预算内，表1一并列示"
        "以反映工程的全部投入。",
    ),
]
RAOHE_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年新建集中供水工程4处、改造9处，铺设供水管网46.8公里，新打水源井6眼，配套消毒设备13套；巩固提升了3.46万人"
        "的饮水条件，其中建档立卡贫困人口1,286人；农村集中供水率达到92.5%，自来水普及率达到88.3%。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评，项目自评得分95.1分，自评等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）冬季施工期短，部分管网工程在第四季度集中施工，支付进度偏慢。"),
    ("p", "（二）部分村屯供水工程管护人员技术水平不高。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前完成设计和招标，将施工安排在5月至10月。"),
    ("p", "（二）组织供水工程管护人员培训，落实管护责任。"),
]


def raohe_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["资金来源", "全年预算", "实际到位", "实际支出", "执行率"]]
    rows += [[n, b, r, d, pct(d, b)] for n, b, r, d in RAOHE_SOURCES]
    sub = [sum_money([x[k] for x in RAOHE_SOURCES]) for k in (1, 2, 3)]
    rows.append(["本项目小计", *(money(v) for v in sub), pct(sub[2], sub[0])])
    rows += [[n, b, r, d, pct(d, b)] for n, b, r, d in RAOHE_OUTSIDE]
    tot = [sub[k - 1] + sum_money([x[k] for x in RAOHE_OUTSIDE]) for k in (1, 2, 3)]
    rows.append(["合计", *(money(v) for v in tot), pct(tot[2], tot[0])])
    return rows


def doc_raohe(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=64, creator="Microsoft® Word 2010")
    p.title(f"{RAOHE_UNIT}2017年度\n{RAOHE_PROJECT}绩效自评报告", size=16)
    p.blocks(RAOHE_TEXT)
    p.table(
        raohe_rows(),
        [34, 14, 14, 14, 12],
        style="grid",
        size=9.5,
        align=["l", "r", "r", "r", "r"],
        tag="t1",
        caption="表1　工程资金来源及使用情况",
        unit="单位：万元",
    )
    p.blocks(RAOHE_TEXT_B)
    p.right(RAOHE_UNIT, size=11)
    p.right("2018年4月2日", size=11)
    check(p.page == 2, f"raohe on two pages, not {p.page}")
    p.save()
    sub = [sum_money([x[k] for x in RAOHE_SOURCES]) for k in (1, 2, 3)]
    tot = [sub[k - 1] + sum_money([x[k] for x in RAOHE_OUTSIDE]) for k in (1, 2, 3)]
    check(
        sub == [dec("1260.00"), dec("1260.00"), dec("1218.36")]
        and rate(sub[2], sub[0]) == dec("96.70")
        and not_half(sub[2], sub[0])
        and sub[0] - sub[2] == dec("41.64")
        and tot == [dec("1345.10"), dec("1345.10"), dec("1301.66")]
        and rate(tot[2], tot[0]) == dec("96.77")
        and [str(rate(d, b)) for _, b, _, d in RAOHE_SOURCES] == ["97.73", "95.25", "93.71"],
        "raohe",
    )


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "huaiji-ziran-2019.pdf": doc_huaiji,
        "sanjiang-minzong-2020.pdf": doc_sanjiang,
        "xunwu-renju-2022.pdf": doc_xunwu,
        "danzhai-nongye-2021.pdf": doc_danzhai,
        "zhenping-renshe-2016.docx": doc_zhenping,
        "qidu-zhen-2023.md": lambda p: write_text(p, qidu_md()),
        "luanchuan-wenlv-2024.xlsx": doc_luanchuan,
        "cangyuan-ganzhe-2018.pdf": doc_cangyuan,
        "fucheng-wenguang-2015.html": lambda p: write_text(p, fucheng_html()),
        "chengbu-xumu-2017.pdf": doc_chengbu,
        "jingning-tushuguan-2025.pdf": doc_jingning,
        "raohe-shuiwu-2017.pdf": doc_raohe,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
