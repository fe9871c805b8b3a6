#!/usr/bin/env python3
"""Regenerate the heldout37 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout37/make_heldout37.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the one
imaged form is rendered by pypdfium2, degraded by Pillow with a fixed seed, stamped with a drawn seal and
stored as a JPEG; the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML page and the text file are UTF-8 without BOM.
The batch is about layouts no earlier batch used: a funds block transposed (sources as columns), a two-column
page with a table spanning both columns, a 自评表 pasted as an image into a text page, a 元 table with rates
as fractions that runs on over a page break without its header, a department report that scores several
projects in small tables of their own, a wide Excel form printed over two pages side by side, a diagonal
watermark over a label / value funds block, a Word report whose unit is named only in its header and footer
(with a landscape section), a Word template filled through content controls, a workbook whose indicator
sheet has its header in row 3, a portal article paginated inside one HTML file, and a `pdftotext -layout`
dump with wrapped table cells. Five real inconsistencies are planted, one per document and family; the
traps look wrong and are right.
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
import unicodedata
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

FONT = "WQY37"
FIXED_DT = datetime.datetime(2027, 3, 19, 16, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"

Merges = dict[tuple[int, int], tuple[int, int]]


# =========================================================================== helpers
def dec(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", "").replace("万元", "").replace("元", ""))


def rate(executed: Any, budget: Any) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: Any, budget: Any) -> str:
    return f"{rate(executed, budget)}%"


def fraction(executed: Any, budget: Any) -> str:
    """A rate as an exported sheet shows it: the fraction to four places (0.9682 for 96.82%)."""
    return str((dec(executed) / dec(budget)).quantize(Decimal("0.0001"), ROUND_HALF_UP))


def exec_score(executed: Any, budget: Any, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: Any) -> str:
    return f"{dec(x):,.2f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style, an optional running header and diagonal watermark,
    wrapping that keeps closing punctuation on its line, right-aligned lines, a grid with merged cells (row
    heights may be imposed), a balanced two-column flow and an inline image."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", watermark: str | None = None, **layout: Any) -> None:
        self.footer_style = footer_style
        self.total = total
        self.watermark = watermark
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is not None:
            text = {"dash": f"- {self.page} -", "of": f"第 {self.page} 页 共 {self.total} 页",
                    "page": f"第 {self.page} 页", "slash": f"{self.page}/{self.total}"}[self.footer_style]
            c.setFont(self.font, 10)
            c.drawCentredString(self.W / 2, self.m - 24, text)
        if self.watermark:
            c.saveState()
            c.setFillGray(0.84)
            c.setFont(self.font, 26)
            for cx, cy in ((0.5, 0.72), (0.5, 0.40), (0.5, 0.08)):
                c.saveState()
                c.translate(self.W * cx, self.H * cy)
                c.rotate(32)
                c.drawCentredString(0, 0, self.watermark)
                c.restoreState()
            c.restoreState()

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

    def _cell(self, x: float, top: float, w: float, h: float, lines: list[str], size: float, lead: float,
              pad: float, a: str, middle: bool) -> None:
        c = self.c
        c.setLineWidth(0.5)
        c.rect(x, top - h, w, h)
        y0 = top - pad - size
        if middle:
            y0 -= (h - 2 * pad - len(lines) * lead) / 2
        c.setFont(self.font, size)
        for n, line in enumerate(lines):
            yy = y0 - n * lead
            if a == "c":
                c.drawCentredString(x + w / 2, yy, line)
            elif a == "r":
                c.drawRightString(x + w - pad, yy, line)
            else:
                c.drawString(x + pad, yy, line)

    def grid_heights(self, rows: Sequence[Sequence[str]], widths: Sequence[float], merges: Merges | None = None,
                     size: float = 9) -> list[float]:
        """The row heights `grid` would give these rows."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
        covered = {(rr, cc) for (r, col), (rs, cs) in merges.items() for rr in range(r, r + rs)
                   for cc in range(col, col + cs) if (rr, cc) != (r, col)}

        def lines_of(r: int, col: int) -> int:
            w = sum(ws[col:col + merges.get((r, col), (1, 1))[1]])
            text = rows[r][col]
            return len(wrap_cjk(text, self.font, w - 2 * pad, size)) if text else 0

        heights = []
        for r in range(len(rows)):
            h = lead + 2 * pad
            for col in range(len(ws)):
                if (r, col) in covered or merges.get((r, col), (1, 1))[0] > 1:
                    continue
                h = max(h, lines_of(r, col) * lead + 2 * pad)
            heights.append(h)
        for (r, col), (rs, _cs) in merges.items():
            need = lines_of(r, col) * lead + 2 * pad
            have = sum(heights[r:r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
        return heights

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], merges: Merges | None = None,
             size: float = 9, align: Sequence[str] | None = None, heights: Sequence[float] | None = None) -> None:
        """A table on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one
        cell over the area; `heights` imposes the row heights (two halves of one printed sheet)."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
        covered = {(rr, cc) for (r, col), (rs, cs) in merges.items() for rr in range(r, r + rs)
                   for cc in range(col, col + cs) if (rr, cc) != (r, col)}
        heights = list(heights) if heights is not None else self.grid_heights(rows, widths, merges, size)
        if self.y - sum(heights) < self.bottom - 1:
            self.new_page()
        if self.y - sum(heights) < self.bottom - 1:
            raise ValueError("table does not fit on a page")
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        for r in range(len(rows)):
            for col in range(len(ws)):
                if (r, col) in covered:
                    continue
                rs, cs = merges.get((r, col), (1, 1))
                w = sum(ws[col:col + cs])
                text = rows[r][col]
                lines = wrap_cjk(text, self.font, w - 2 * pad, size) if text else []
                a = (align[col] if align else "l") if cs == 1 else "l"
                self._cell(self.m + sum(ws[:col]), tops[r], w, sum(heights[r:r + rs]), lines, size, lead, pad, a,
                           rs > 1)
        self.y -= sum(heights) + 10

    def columns(self, blocks: Sequence[tuple[str, str]], gap: float = 20) -> None:
        """Headings and paragraphs flowed into two balanced columns that share baselines (a 两栏 page)."""
        colw = (self.cw - gap) / 2
        size = self.size
        lead = size * 1.75
        items: list[tuple[float, str]] = []  # (indent, line)
        for kind, text in blocks:
            if kind == "h":
                items.append((0.0, text))
            else:
                for n, line in enumerate(wrap_cjk(text, self.font, colw, size, 2 * size)):
                    items.append((2 * size if n == 0 else 0.0, line))
        half = (len(items) + 1) // 2
        left, right = items[:half], items[half:]
        check(self.y - half * lead >= self.bottom, "two columns do not fit on the page")
        self.c.setFont(self.font, size)
        for col, lines in ((0, left), (1, right)):
            x0 = self.m + col * (colw + gap)
            for n, (ind, line) in enumerate(lines):
                self.c.drawString(x0 + ind, self.y - size - n * lead, line)
        self.y -= half * lead + 6

    def image(self, jpeg: bytes, width: float) -> None:
        """An image pasted into the page at the current line, full text width kept to its aspect ratio."""
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        w_px, h_px = Image.open(io.BytesIO(jpeg)).size
        h = width * h_px / w_px
        check(self.y - h >= self.bottom, "image does not fit on the page")
        self.c.drawImage(ImageReader(io.BytesIO(jpeg)), self.m + (self.cw - width) / 2, self.y - h, width=width,
                         height=h)
        self.y -= h + 8


def level_merges(indicators: Sequence[Sequence[Any]], first: int, cols: Sequence[int] = (0, 1)) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (starting at row `first`) down their runs."""
    merges: Merges = {}
    for col in cols:
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and indicators[j + 1][col] == indicators[k][col] and (
                    col == cols[0] or indicators[j + 1][cols[0]] == indicators[k][cols[0]]):
                j += 1
            if j > k:
                merges[(first + k, col)] = (j - k + 1, 1)
            k = j + 1
    return merges


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


class Rows:
    """A printed form built row by row, with its merges."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.merges: Merges = {}

    def add(self, row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            self.merges[(len(self.rows), col)] = sp
        self.rows.append(row)


def indicator_block(f: Rows, indicators: Sequence[Sequence[str]], label: str = "绩效指标") -> None:
    """The national form's indicator block: a label column merged down, 一级 / 二级 merged, a header row."""
    first = len(f.rows)
    f.add([label, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for ind in indicators:
        f.add(["", *ind])
    f.merges[(first, 0)] = (len(indicators) + 1, 1)
    for (row, col), sp in level_merges(indicators, first + 1).items():
        f.merges[(row, col + 1)] = sp


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


def _imaged_form(pdf_bytes: bytes, dpi: int, seed: int, skew: float, quality: int, seal_text: str,
                 seal_at: tuple[float, float], paper: int = 236) -> bytes:
    """The printed form photographed / scanned and cropped to its table (as offices paste a signed form into a
    Word report): rendered at `dpi`, grey paper, speckle, the unit's seal over the signature, a small skew and
    blur, cropped to the ink, stored as a JPEG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    box = ImageOps.invert(img).getbbox()
    check(box is not None, "blank form")
    assert box is not None
    img = img.crop((max(box[0] - 30, 0), max(box[1] - 30, 0), min(box[2] + 30, img.size[0]),
                    min(box[3] + 30, img.size[1])))
    img = img.point(lambda v: 34 + (v * (paper - 34)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(w * h // 900):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    rgb = img.convert("RGB")
    seal = _seal(seal_text, int(w * 0.2), seed).rotate(-9, resample=Image.Resampling.BICUBIC, fillcolor="white")
    x, y = int(w * seal_at[0] - seal.size[0] / 2), int(h * seal_at[1] - seal.size[1] / 2)
    region = rgb.crop((x, y, x + seal.size[0], y + seal.size[1]))
    rgb.paste(ImageChops.multiply(region, seal), (x, y))
    rgb = rgb.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(paper, paper, paper))
    rgb = rgb.filter(ImageFilter.GaussianBlur(0.5))
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def portal(site: str, column: str, title: str, crumbs: Sequence[str], meta: str, body: str, related: Sequence[str],
           footer: str, nav: Sequence[str]) -> str:
    """A government portal page: top bar, navigation, breadcrumbs, title, publication line, article, tools,
    related links and footer (UTF-8, LF)."""
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    links = "\n".join(f'<li><a href="#">{t}</a></li>' for t in related)
    navs = " ".join(f'<a href="#">{n}</a>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<title>{title}_{site}</title>
</head>
<body>
<div class="topbar"><span>欢迎访问{site}</span> <a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">手机版</a></div>
<div class="menu">{navs}</div>
<div class="position">当前位置：{crumb}</div>
<div class="detail">
<h1 class="detail-title">{title}</h1>
<div class="detail-info">{meta}</div>
{body}
<div class="detail-tools"><a href="#">【打印】</a> <a href="#">【收藏】</a> <a href="#">【关闭】</a></div>
</div>
<div class="related"><h3>相关文章</h3>
<ul>
{links}
</ul>
</div>
<div class="foot">
{footer}
</div>
</body>
</html>
"""


# =========================================================================== 1. xinghai (PDF; a transposed funds block; E1)
XINGHAI_LEVELS = ("合计", "中央财政资金", "省级财政资金", "县级配套资金")
XINGHAI_FUNDS = [  # 行 (指标), then 合计 and the three levels, 万元; the sources are the form's columns
    ("年初预算数", "560.00", "400.00", "120.00", "40.00"),
    ("全年预算数", "620.00", "400.00", "150.00", "80.00"),  # E1: 400.00 + 150.00 + 80.00 = 630.00
    ("全年执行数", "598.36", "400.00", "141.20", "57.16"),
]
XINGHAI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "补助牦牛种公牛", "≥1100头", "1120头", "10", "10", ""),
    ("产出指标", "数量指标", "补助能繁母牛", "≥4800头", "4860头", "10", "10", ""),
    ("产出指标", "质量指标", "种公牛良种率", "≥95%", "97.6%", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金兑付时间", "2021年11月底前", "2021年12月", "10", "8", "县级配套资金到位较晚"),
    ("产出指标", "成本指标", "种公牛补助标准", "=3000元/头", "3000元/头", "10", "10", ""),
    ("效益指标", "经济效益指标", "犊牛出栏体重提高", "≥8%", "9.2%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "牦牛良种覆盖面", "持续扩大", "有所扩大", "15", "13", "部分偏远牧户尚未覆盖；下年扩大覆盖范围"),
    ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", "94.3%", "10", "10", ""),
]
XINGHAI_TEXT = [
    ("h", "一、项目基本情况"),
    ("p", "兴海县是以牦牛和藏羊养殖为主的高原牧业县，牦牛存栏量大，但长期自繁自养，品种退化问题较为突出。为提高牦牛"
          "生产性能，县农牧水利和科技局2021年组织实施牦牛良种繁育推广项目，对引进和选育的牦牛种公牛、参与本品种选育的"
          "能繁母牛按头给予补助，并开展良种登记和繁育技术培训。"),
    ("p", "项目年度绩效目标为：补助牦牛种公牛1,100头以上、能繁母牛4,800头以上，种公牛良种率达到95%以上，项目区犊牛"
          "出栏体重提高8%以上，牧户满意度达到90%以上。"),
    ("h", "二、项目资金情况"),
    ("p", "2021年项目年初预算560.00万元，年中追加60.00万元，全年预算数620.00万元，其中中央财政资金400.00万元、省级财政"
          "资金150.00万元、县级配套资金80.00万元。全年支出598.36万元，预算执行率96.51%，年末结余21.64万元，已按规定结转"
          "下年使用。"),
    ("p", "资金使用方面，种公牛按每头3000元标准补助1,120头，共336.00万元；能繁母牛按每头500元标准补助4,860头，共243.00"
          "万元；其余19.36万元用于良种登记耳标购置和繁育技术培训。分资金来源看，中央财政资金执行率100.00%，省级财政资金执行"
          "率94.13%，县级配套资金受县级财力影响执行率为71.45%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年补助牦牛种公牛1,120头、能繁母牛4,860头，受益牧户1,386户；种公牛经鉴定良种率为97.6%；举办牦牛良种繁育技术"
          "培训班8期，培训牧民426人次；项目区犊牛出栏体重较上年提高9.2%；牧户满意度调查满意率为94.3%。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项评分（见附件），项目自评得分95.65分，自评等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）县级配套资金到位较晚，补助资金兑付时间晚于计划。"),
    ("p", "（二）部分偏远牧户距离配种站点较远，良种覆盖面有待扩大。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前编报县级配套资金预算，按进度及时拨付。"),
    ("p", "（二）增设流动配种服务点，扩大良种覆盖范围。"),
]


def xinghai_rows() -> tuple[list[list[str]], Merges]:
    """The 自评表, nine columns; its funds block transposed: the sources are columns, the figures rows."""
    f = Rows()
    f.add(["项目名称", "牦牛良种繁育推广", "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", "兴海县农牧水利和科技局", "", "", "", "实施单位", "兴海县农牧水利和科技局", "", ""],
          {1: (1, 4), 6: (1, 3)})
    total_b, total_c = XINGHAI_FUNDS[1][1], XINGHAI_FUNDS[2][1]
    first = len(f.rows)
    f.add(["项目资金（万元）", "", *[x for name in XINGHAI_LEVELS for x in ((name, "") if name != "合计" else (name,))]],
          {3: (1, 2), 5: (1, 2), 7: (1, 2)})
    for name, *values in XINGHAI_FUNDS:
        f.add(["", name, values[0], values[1], "", values[2], "", values[3], ""], {3: (1, 2), 5: (1, 2), 7: (1, 2)})
    budget, done = XINGHAI_FUNDS[1], XINGHAI_FUNDS[2]
    f.add(["", "执行率", *[x for k in range(1, 5) for x in ((pct(done[k], budget[k]),) if k == 1
                                                           else (pct(done[k], budget[k]), ""))]],
          {3: (1, 2), 5: (1, 2), 7: (1, 2)})
    f.add(["", "分值", "10", E, "", E, "", E, ""], {3: (1, 2), 5: (1, 2), 7: (1, 2)})
    f.add(["", "得分", exec_score(total_c, total_b), E, "", E, "", E, ""], {3: (1, 2), 5: (1, 2), 7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    f.add(["", "补助牦牛种公牛1,100头以上、能繁母牛4,800头以上，种公牛良种率95%以上，犊牛出栏体重提高8%以上。", "", "", "",
           "补助种公牛1,120头、能繁母牛4,860头，良种率97.6%，犊牛出栏体重提高9.2%，受益牧户1,386户。", "", "", ""],
          {1: (1, 4), 5: (1, 4)})
    indicator_block(f, XINGHAI_IND)
    total = dec(exec_score(total_c, total_b)) + sum(dec(r[6]) for r in XINGHAI_IND)
    f.add(["总分", "", "", "", "", "", "100", f"{total}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def doc_xinghai(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=64, creator="Microsoft® Word 2016")
    p.title("兴海县农牧水利和科技局2021年度牦牛良种繁育推广\n项目支出绩效自评报告", size=16)
    p.blocks(XINGHAI_TEXT)
    p.right("兴海县农牧水利和科技局")
    p.right("2022年3月18日")
    p.new_page()
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2021年度）", size=10.5)
    rows, merges = xinghai_rows()
    p.grid(rows, [11, 13, 12, 16, 12, 12, 7, 7, 16], merges, size=8.5,
           align=["c", "c", "c", "l", "c", "c", "c", "c", "l"])
    p.para("填报单位（盖章）：兴海县农牧水利和科技局　　填报人：才××　　填报日期：2022年3月18日", indent=False, size=9.5)
    p.save()
    initial, budget, done = ([dec(v) for v in r[1:]] for r in XINGHAI_FUNDS)
    score = dec(exec_score(done[0], budget[0])) + sum(dec(r[6]) for r in XINGHAI_IND)
    check(sum(initial[1:]) == initial[0] and sum(done[1:]) == done[0] and sum(budget[1:]) == budget[0] + 10
          and initial[0] + 60 == budget[0] and budget[0] - done[0] == dec("21.64") and score == dec("95.65")
          and 1120 * 3000 + 4860 * 500 + 193600 == done[0] * 10000 and p.page == 2
          and sum(int(r[5]) for r in XINGHAI_IND) == 90, f"xinghai {score} {p.page}")


# =========================================================================== 2. beichen (PDF; two columns, a table spanning both)
BEICHEN_FUNDS = [  # 资金来源, 年初预算数, 调整后预算数, 全年执行数 (万元)
    ("合计", "612.40", "668.90", "651.37"),
    ("其中：一般公共预算拨款", "612.40", "626.90", "611.85"),
    ("政府性基金拨款", E, "24.00", "22.52"),
    ("上年结转", E, "18.00", "17.00"),
]
BEICHEN_A = [
    ("h", "一、部门基本情况"),
    ("p", "天津市北辰区档案馆是区委直属的公益一类事业单位，承担全区档案资料的接收、征集、保管、编研和利用工作，指导和"
          "监督全区机关、团体、企事业单位的档案工作。馆内设办公室、业务指导科、保管利用科、编研信息科4个科室，年末在职"
          "人员34人。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算安排。2018年本馆年初预算612.40万元，全部为一般公共预算拨款。年中追加38.50万元（其中区级财政拨款"
          "14.50万元、政府性基金安排的档案数字化加工经费24.00万元），加上上年结转18.00万元，调整后预算668.90万元。分资金"
          "来源的预算和执行情况见表1。"),
    ("p", "（二）预算执行。全年支出651.37万元，其中基本支出498.62万元（人员经费433.25万元、公用经费65.37万元），项目"
          "支出152.75万元；预算执行率97.38%，年末结转结余17.53万元。"),
    ("p", "（三）“三公”经费。全年“三公”经费支出3.98万元，其中公务用车运行维护费3.12万元、公务接待费0.86万元，因公"
          "出国（境）费为零，比年初预算4.60万元减少0.62万元。"),
]
BEICHEN_PROJECTS = [  # 项目名称, 资金来源, 全年预算数, 执行数 (万元): the three projects, the whole 项目支出
    ("档案数字化加工", "政府性基金", "24.00", "22.52"),
    ("档案库房运行维护", "一般公共预算", "68.20", "66.48"),
    ("档案征集编研与展览", "一般公共预算", "73.00", "63.75"),
]
BEICHEN_B = [
    ("h", "三、项目支出情况"),
    ("p", "全年实施项目3个，全部纳入本次自评范围，各项目预算和执行情况见表2。档案征集编研与展览经费执行率偏低，主要是"
          "部分展览的布展费用按合同约定于次年验收后支付；档案数字化加工经费为年中追加的政府性基金，下达较晚，年末形成"
          "结转。项目支出执行率（92.46%）低于部门整体预算执行率，主要是基本支出执行率较高。"),
]
BEICHEN_C = [
    ("h", "四、绩效目标完成情况"),
    ("p", "全年接收进馆档案1.26万卷，完成馆藏档案数字化加工86.4万页，为年度目标（80万页）的108.0%；接待档案查阅利用"
          "3,482人次，提供档案资料1.12万卷次；举办“档案见证北辰发展”等展览4个，出版档案编研成果2部；对全区126个立档"
          "单位开展档案业务指导。"),
    ("h", "五、自评结论"),
    ("p", "按照区财政局部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面逐项评分，本馆"
          "2018年度部门整体支出绩效自评得分95.5分，自评等级为优。"),
    ("h", "六、存在的问题"),
    ("p", "（一）政府性基金安排的数字化加工经费下达较晚，年末形成结转。"),
    ("p", "（二）档案利用服务仍以到馆查阅为主，线上查阅服务不足。"),
    ("h", "七、改进措施"),
    ("p", "（一）提前谋划数字化加工项目，加快经费支付进度。"),
    ("p", "（二）推进档案信息资源共享平台建设，拓展线上查阅服务。"),
]


def beichen_rows() -> list[list[str]]:
    rows = [["资金来源", "年初预算数", "调整后预算数", "全年执行数", "执行率"]]
    for name, a, b, c in BEICHEN_FUNDS:
        rows.append([name, a, b, c, pct(c, b)])
    return rows


def beichen_projects() -> list[list[str]]:
    rows = [["序号", "项目名称", "资金来源", "全年预算数", "执行数", "执行率"]]
    for k, (name, source, b, c) in enumerate(BEICHEN_PROJECTS, 1):
        rows.append([str(k), name, source, b, c, pct(c, b)])
    budget = sum(dec(r[2]) for r in BEICHEN_PROJECTS)
    spent = sum(dec(r[3]) for r in BEICHEN_PROJECTS)
    rows.append(["", "合计", "", money(budget), money(spent), pct(spent, budget)])
    return rows


def doc_beichen(path: Path) -> None:
    p = Pdf(path, footer_style="slash", total=2, size=10.5, margin=58, creator="WPS Office")
    p.title("天津市北辰区档案馆\n2018年度部门整体支出绩效自评报告", size=17)
    p.columns(BEICHEN_A)
    p.center("表1　2018年度预算收支执行情况（单位：万元）", size=10)
    p.grid(beichen_rows(), [34, 16, 17, 17, 16], size=9.5, align=["l", "r", "r", "r", "r"])
    p.columns(BEICHEN_B)
    p.new_page()
    p.center("表2　2018年度项目支出执行情况（单位：万元）", size=10)
    p.grid(beichen_projects(), [8, 34, 16, 14, 14, 14], size=9.5, align=["c", "l", "c", "r", "r", "r"])
    p.columns(BEICHEN_C)
    p.right("天津市北辰区档案馆")
    p.right("2019年4月12日")
    p.save()
    for col in (1, 2, 3):
        check(sum(dec(r[col]) for r in BEICHEN_FUNDS[1:] if r[col] != E) == dec(BEICHEN_FUNDS[0][col]), f"beichen {col}")
    budget = sum(dec(r[2]) for r in BEICHEN_PROJECTS)
    spent = sum(dec(r[3]) for r in BEICHEN_PROJECTS)
    check(dec("612.40") + dec("38.50") + dec("18.00") == dec("668.90") and dec("14.50") + dec("24.00") == dec("38.50")
          and dec("498.62") + spent == dec("651.37") and dec("433.25") + dec("65.37") == dec("498.62")
          and rate("651.37", "668.90") == dec("97.38") and dec("668.90") - dec("651.37") == dec("17.53")
          and budget == dec("668.90") - dec("503.70") and rate(spent, budget) == dec("92.46")
          and dec("3.12") + dec("0.86") == dec("3.98") == dec("4.60") - dec("0.62") and p.page == 2, f"beichen {p.page}")


# =========================================================================== 3. linzhou (PDF; the signed 自评表 pasted as an image)
LINZHOU_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元); the project was funded mid-year
    ("年度资金总额", E, "450.00", "436.82"),
    ("其中：中央财政资金", E, "360.00", "352.40"),
    ("自治区财政资金", E, "90.00", "84.42"),
    ("其他资金", E, E, E),
]
LINZHOU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "培训农牧民人数", "≥2200人", "2236人", "15", "15", ""),
    ("产出指标", "数量指标", "举办培训期数", "≥40期", "42期", "10", "10", ""),
    ("产出指标", "质量指标", "培训合格率", "≥90%", "93.5%", "10", "10", ""),
    ("产出指标", "时效指标", "培训任务完成时间", "2025年11月底前", "2025年11月", "5", "5", ""),
    ("产出指标", "成本指标", "人均培训成本", "≤2000元", "1954元", "10", "10", ""),
    ("效益指标", "社会效益指标", "培训后实现转移就业", "≥1500人", "1468人", "15", "13", "部分学员季节性务工；加强订单式培训"),
    ("效益指标", "可持续影响指标", "持证上岗比例", "逐年提高", "提高", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95.1%", "10", "10", ""),
]
LINZHOU_SCORE = "97.71"
LINZHOU_A = [
    ("h", "一、项目基本情况"),
    ("p", "林周县是以农牧业为主的县，农牧民转移就业意愿强，但缺少实用技能。为拓宽农牧民增收渠道，林周县农业农村局2025年"
          "组织实施农牧民技能培训项目，依托县职业技能培训基地和有资质的培训机构，面向有培训意愿的农牧民开展驾驶、烹饪、"
          "民族手工艺和建筑等技能培训，并组织培训合格人员参加职业技能等级认定。"),
    ("p", "项目年度绩效目标为：培训农牧民2,200人以上、举办培训40期以上，培训合格率90%以上，培训后实现转移就业1,500人"
          "以上，学员满意度90%以上。"),
    ("h", "二、项目资金情况"),
    ("p", "项目资金于年中分两批下达，年初未安排预算。全年预算数450.00万元，其中中央财政资金360.00万元、自治区财政资金"
          "90.00万元。全年支出436.82万元，预算执行率97.07%，结余13.18万元，已按规定交回县财政。"),
    ("p", "培训补助按每人每天120元、每期15天的标准安排，全年补助参训农牧民2,236人，支出402.48万元；其余资金用于培训"
          "教材、实训耗材和场地租赁。另有对口援藏资金50.00万元用于培训基地实训设备购置，单独核算，不纳入本项目自评范围。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年举办技能培训班42期，培训农牧民2,236人，培训合格率93.5%，其中取得职业技能等级证书1,685人；培训后实现转移"
          "就业1,468人，人均年务工收入2.3万元；学员满意度95.1%。"),
]
LINZHOU_B = [
    ("h", "四、自评结论"),
    ("p", f"经对照项目绩效目标逐项评分，项目自评得分{LINZHOU_SCORE}分，自评等级为优。签章后的项目支出绩效自评表如下："),
]
LINZHOU_C = [
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分学员培训后选择季节性务工，转移就业人数略低于目标。下一步将加强与用工企业对接，开展订单式培训。"),
    ("p", "（二）培训资金年中才下达，上半年培训开展较少。下一步将提前谋划培训计划，争取资金早下达。"),
]


def linzhou_rows() -> tuple[list[list[str]], Merges]:
    f = Rows()
    f.add(["项目名称", "农牧民技能培训", "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", "林周县农业农村局", "", "", "实施单位", "林周县农业农村局", "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], {7: (1, 2)})
    for k, (name, a, b, c) in enumerate(LINZHOU_FUNDS):
        tail = ["10", pct(c, b), exec_score(c, b)] if k == 0 else [E, E, E]
        f.add(["", name, a, b, c, *tail, ""], {7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    f.add(["", "培训农牧民2,200人以上、40期以上，培训合格率90%以上，培训后实现转移就业1,500人以上。", "", "", "",
           "培训农牧民2,236人、42期，培训合格率93.5%，取得职业技能等级证书1,685人，转移就业1,468人。", "", "", ""],
          {1: (1, 4), 5: (1, 4)})
    indicator_block(f, LINZHOU_IND)
    f.add(["总分", "", "", "", "", "", "100", LINZHOU_SCORE, "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


LINZHOU_SIGN = "填报单位（盖章）：林周县农业农村局　　单位负责人：次××　　填报日期：2026年3月20日"


def _linzhou_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10.5, margin=40)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2025年度）", size=10.5)
    rows, merges = linzhou_rows()
    p.grid(rows, [11, 13, 12, 16, 12, 12, 7, 7, 16], merges, size=8.5,
           align=["c", "c", "c", "l", "c", "c", "c", "c", "l"])
    p.para(LINZHOU_SIGN, indent=False, size=9.5)
    p.save()


def doc_linzhou(path: Path) -> None:
    jpeg = _imaged_form(_scratch(_linzhou_print), 150, 2025, 0.35, 78, "林周县农业农村局", (0.28, 0.955))
    p = Pdf(path, footer_style="dash", size=11, margin=64, creator="Microsoft® Word 2019")
    p.title("林周县农业农村局2025年度农牧民技能培训\n项目支出绩效自评报告", size=16)
    p.blocks(LINZHOU_A)
    p.new_page()
    p.blocks(LINZHOU_B)
    p.image(jpeg, p.cw)
    p.blocks(LINZHOU_C)
    p.right("林周县农业农村局")
    p.right("2026年3月20日")
    p.save()
    _, _, budget, done = LINZHOU_FUNDS[0]
    score = dec(exec_score(done, budget)) + sum(dec(r[6]) for r in LINZHOU_IND)
    check(score == dec(LINZHOU_SCORE) and dec("352.40") + dec("84.42") == dec(done)
          and dec("360.00") + dec("90.00") == dec(budget) and 2236 * 120 * 15 == dec("402.48") * 10000
          and sum(int(r[5]) for r in LINZHOU_IND) == 90 and p.page == 2, f"linzhou {score} {p.page}")


# =========================================================================== 4. pengshui (PDF; a 元 table, fractions, run on without its header)
PENGSHUI_UNIT = "彭水苗族土家族自治县林业局"
PENGSHUI_PROJECTS = [  # 项目名称, 资金性质, 全年预算数, 实际支出数 (元)
    ("天然林资源保护工程", "一般公共预算", "9860000.00", "9458436.50"),
    ("新一轮退耕还林补助", "一般公共预算", "8120000.00", "7986214.00"),
    ("森林生态效益补偿", "一般公共预算", "3450000.00", "3388920.00"),
    ("森林防火专项经费", "一般公共预算", "1680000.00", "1602347.26"),
    ("林业有害生物防治", "一般公共预算", "920000.00", "846518.40"),
    ("国有林场改革补助", "一般公共预算", "1150000.00", "1098450.00"),
    ("森林植被恢复", "政府性基金", "3820000.00", "3286402.20"),
    ("林业科技推广示范", "一般公共预算", "464000.00", "427336.00"),
    ("野生动植物保护", "一般公共预算", "400000.00", "371088.00"),
]
PENGSHUI_A = [
    ("h", "一、部门基本情况"),
    ("p", "彭水苗族土家族自治县位于重庆市东南部，是林业大县，全县林地面积占国土面积的六成以上。县林业局是县政府工作"
          "部门，负责全县林业资源保护和发展、森林防火、林业有害生物防治、退耕还林和林业行政执法等工作，内设办公室、计划"
          "财务股、造林绿化股、资源管理股等7个股室，下属国有林场、森林公安等二级单位。年末编制人数126人，实有人数118人。"),
    ("p", "2014年本局的主要工作目标是：巩固天然林资源保护和退耕还林成果，完成新一轮退耕还林任务，抓好森林防火和林业"
          "有害生物防治，推进国有林场改革，确保全县森林资源总量持续增长、森林质量稳步提高。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2014年本局年初预算4,286.50万元，年中追加612.30万元，调整后预算4,898.80万元，其中一般公共预算拨款4,516.80"
          "万元、政府性基金拨款（森林植被恢复费）382.00万元。"),
    ("p", "全年支出4,736.24万元，其中基本支出1,889.67万元（人员经费1,612.35万元、公用经费277.32万元），项目支出2,846.57"
          "万元；预算执行率96.68%，年末结转结余162.56万元，主要为森林植被恢复项目尚未结算的工程款。"),
    ("p", "本局严格执行“三公”经费管理规定，全年“三公”经费支出28.46万元，控制在年初预算以内；政府采购严格按照"
          "批准的采购计划实施，固定资产实行专人管理，年末进行了全面盘点。"),
    ("h", "三、项目支出情况"),
    ("p", "全年实施林业项目9个，全部纳入本次绩效自评范围。项目支出明细从财务系统导出，金额单位为元，执行率为实际支出数"
          "与全年预算数之比，见表2。"),
    ("c", "表2　2014年度项目支出明细表（单位：元）"),
]
PENGSHUI_B = [
    ("h", "四、绩效目标完成情况"),
    ("p", "全年管护天然林286.4万亩，完成新一轮退耕还林3.6万亩、人工造林1.85万亩；林业有害生物成灾率控制在0.6‰，低于"
          "市下达的4‰控制指标；全县未发生重大森林火灾，森林火灾受害率为零；查处各类林业行政案件47起；全县森林覆盖率达到"
          "56.2%。"),
    ("h", "五、自评结论"),
    ("p", "按照县财政局部门整体支出绩效评价办法，本局从预算配置、预算执行、预算管理和职责履行四个方面进行自评，综合评分"
          "93.8分，评价等级为优秀。"),
    ("h", "六、存在的问题"),
    ("p", "（一）森林植被恢复项目受施工季节影响，工程款结算滞后，执行率偏低。"),
    ("p", "（二）部分项目绩效目标设置较笼统，量化指标不足。"),
    ("h", "七、改进措施"),
    ("p", "（一）加快森林植被恢复工程验收和结算，提高资金执行进度。"),
    ("p", "（二）细化项目绩效目标，增加可量化的产出和效益指标。"),
]


def pengshui_rows() -> list[list[str]]:
    rows = [["序号", "项目名称", "资金性质", "全年预算数", "实际支出数", "执行率"]]
    for k, (name, kind, b, c) in enumerate(PENGSHUI_PROJECTS, 1):
        rows.append([str(k), name, kind, money(b), money(c), fraction(c, b)])
    budget = sum(dec(r[2]) for r in PENGSHUI_PROJECTS)
    spent = sum(dec(r[3]) for r in PENGSHUI_PROJECTS)
    rows.append(["", "合计", "", money(budget), money(spent), fraction(spent, budget)])
    return rows


def doc_pengshui(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=11.5, margin=66, creator="Microsoft Office Word 2007",
            header=f"{PENGSHUI_UNIT}2014年度部门整体支出绩效自评报告")
    p.title(f"{PENGSHUI_UNIT}\n2014年度部门整体支出绩效自评报告", size=16)
    p.blocks(PENGSHUI_A)
    p.table(pengshui_rows(), [7, 30, 15, 17, 17, 12], style="grid", size=9.5, align=["c", "l", "c", "r", "r", "r"])
    p.blocks(PENGSHUI_B)
    p.right(PENGSHUI_UNIT)
    p.right("2015年5月8日")
    p.save()
    spent = sum((dec(r[3]) for r in PENGSHUI_PROJECTS), Decimal(0))
    check((spent / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("2846.57") and spent != dec("28465700")
          and dec("1889.67") + dec("2846.57") == dec("4736.24") and dec("1612.35") + dec("277.32") == dec("1889.67")
          and dec("4286.50") + dec("612.30") == dec("4898.80") == dec("4516.80") + dec("382.00")
          and rate("4736.24", "4898.80") == dec("96.68") and dec("4898.80") - dec("4736.24") == dec("162.56")
          and p.page == 2, f"pengshui {p.page}")


# =========================================================================== 5. donglan (PDF; several projects scored in small tables; E3)
DONGLAN_UNIT = "东兰县文化体育和广播电视局"
DONGLAN_PROJECTS = [  # 项目名称, 全年预算数, 全年执行数 (万元), 自评得分, 自评等级, the paragraph before its table
    ("公共文化服务体系建设", "186.00", "181.42", "96", "优",
     "项目主要用于乡镇综合文化站提档升级、村级综合性文化服务中心设备配置和“送戏下乡”活动。全年完成14个乡镇综合"
     "文化站提档升级，为98个村级综合性文化服务中心配置文体设备，组织送戏下乡86场。"),
    ("农村公益电影放映", "48.60", "46.20", "87.5", "良",
     "项目按每村每月放映1场的标准组织农村公益电影放映。全年放映1,896场，但部分村屯观影人数偏少，全年观影8.6万人次，"
     "未达到10万人次的目标，扣分较多。"),
    ("全民健身设施建设", "120.00", "112.36", "91", "优",
     "项目主要用于农民体育健身工程和县城全民健身路径建设。全年新建农民体育健身工程24个、全民健身路径6条，部分器材"
     "安装验收延至12月下旬，资金支付偏慢。"),
]
DONGLAN_PARTS = [("预算执行", "20", "18.5"), ("预算管理", "20", "17"), ("履职产出", "40", "34.6"), ("履职效益", "20", "18.5")]
DONGLAN_A = [
    ("h", "一、部门基本情况"),
    ("p", f"{DONGLAN_UNIT}是县人民政府工作部门，负责全县文化、体育、广播电视和新闻出版工作，下设县图书馆、县文化馆、县"
          "广播电视台等二级单位。年末编制人数68人，实有人数63人。东兰县是革命老区，本局承担全县红色文化资源保护利用和"
          "公共文化服务体系建设任务。"),
    ("h", "二、部门整体支出情况"),
    ("p", "2018年本局年初预算1,086.20万元，年中追加200.20万元，调整后预算1,286.40万元，其中一般公共预算财政拨款1,236.40"
          "万元、上年结转50.00万元。全年支出1,248.65万元，其中基本支出832.17万元、项目支出416.48万元，预算执行率97.07%，"
          "年末结转结余37.75万元。"),
    ("h", "三、重点项目绩效自评情况"),
    ("p", "本局选取3个重点项目开展项目支出绩效自评，3个项目全年支出339.98万元，占项目支出的81.63%，其余为文物保护、"
          "体育赛事等小额项目。各重点项目自评情况如下："),
]
DONGLAN_B = [
    ("h", "四、部门整体支出绩效自评结论"),
    ("p", "按照县财政局部门整体支出绩效评价指标体系，满分100分，其中" + "、".join(f"{n}{w}分" for n, w, _ in DONGLAN_PARTS)
          + "。本局分别得" + "、".join(f"{s}分" for _, _, s in DONGLAN_PARTS)
          + "，部门整体支出绩效自评得分88.6分，自评等级为优。评价等级按得分划分：90分（含）以上为优，80分（含）至90分为"
            "良，60分（含）至80分为中，60分以下为差。"),
    ("h", "五、存在的问题"),
    ("p", "（一）农村公益电影放映观影人数偏少，放映效果有待提高。"),
    ("p", "（二）全民健身设施建设项目资金支付集中在年底，支出进度不均衡。"),
    ("h", "六、改进措施"),
    ("p", "（一）结合群众需求调整放映片目和时间，提高观影人次。"),
    ("p", "（二）提前组织设备采购和安装验收，均衡支出进度。"),
]


def doc_donglan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=68, creator="WPS 文字")
    p.title(f"{DONGLAN_UNIT}2018年度\n部门整体支出绩效自评报告", size=16)
    p.blocks(DONGLAN_A)
    numerals = "一二三"
    for k, (name, budget, done, score, grade, text) in enumerate(DONGLAN_PROJECTS):
        p.heading(f"（{numerals[k]}）{name}项目")
        p.para(text)
        rows = [["全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"],
                [budget, done, pct(done, budget), score, grade]]
        p.grid(rows, [22, 22, 18, 18, 20], size=10, align=["c"] * 5)
    p.blocks(DONGLAN_B)
    p.right(DONGLAN_UNIT)
    p.right("2019年3月29日")
    p.save()
    spent = sum((dec(r[2]) for r in DONGLAN_PROJECTS), Decimal(0))
    total = sum((dec(s) for _, _, s in DONGLAN_PARTS), Decimal(0))
    check(spent == dec("339.98") and rate(spent, "416.48") == dec("81.63") and total == dec("88.6")
          and dec("1086.20") + dec("200.20") == dec("1286.40") == dec("1236.40") + dec("50.00")
          and dec("832.17") + dec("416.48") == dec("1248.65") and rate("1248.65", "1286.40") == dec("97.07")
          and dec("1286.40") - dec("1248.65") == dec("37.75") and p.page == 2, f"donglan {total} {p.page}")


# =========================================================================== 6. jingle (PDF; a wide Excel form printed over two pages side by side)
JINGLE_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元); the project was added in the year
    ("年度资金总额", "0.00", "168.00", "162.12"),
    ("其中：当年财政拨款", "0.00", "168.00", "162.12"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
JINGLE_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "补助标准化养殖场", "≥12个", "12个", "10", "10", ""),
    ("产出指标", "数量指标", "新建改扩建圈舍面积", "≥9600平方米", "9860平方米", "10", "10", ""),
    ("产出指标", "质量指标", "养殖场验收合格率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2023年12月底前", "2023年12月", "10", "10", ""),
    ("产出指标", "成本指标", "单场平均补助", "≤15万元", "13.51万元", "10", "10", ""),
    ("效益指标", "经济效益指标", "新增肉羊存栏", "≥6000只", "6420只", "15", "15", ""),
    ("效益指标", "可持续影响指标", "带动农户发展养殖", "≥180户", "172户", "15", "13", "部分农户受饲草成本上涨影响暂缓扩群"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "96.2%", "10", "10", ""),
]
JINGLE_SCORE = "97.65"
JINGLE_GOAL = "补助建设肉羊标准化养殖场12个，新建改扩建圈舍9,600平方米以上，新增肉羊存栏6,000只以上。"
JINGLE_DONE = "补助标准化养殖场12个，新建改扩建圈舍9,860平方米，新增肉羊存栏6,420只，带动172户农户发展养殖。"


def jingle_sheet() -> tuple[list[list[str]], Merges]:
    """The whole sheet, columns A..I (as the workbook holds it)."""
    f = Rows()
    f.add(["项目名称", "", "肉羊标准化养殖场建设补助", "", "", "实施单位", "", "静乐县畜牧兽医发展中心", ""],
          {0: (1, 2), 2: (1, 3), 5: (1, 2), 7: (1, 2)})
    f.add(["主管部门", "", "静乐县农业农村局", "", "", "项目负责人", "", "刘××", ""], {0: (1, 2), 2: (1, 3), 5: (1, 2), 7: (1, 2)})
    first = len(f.rows)
    f.add(["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    for k, (name, a, b, c) in enumerate(JINGLE_FUNDS):
        tail = ["10", pct(c, b), exec_score(c, b)] if k == 0 else [E, E, E]
        f.add(["", "", name, a, b, c, *tail])
    f.merges[(first, 0)] = (len(f.rows) - first, 2)
    f.add(["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", "", ""], {0: (2, 2), 2: (1, 3), 5: (1, 4)})
    f.add(["", "", JINGLE_GOAL, "", "", JINGLE_DONE, "", "", ""], {2: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""],
          {7: (1, 2)})
    for ind in JINGLE_IND:
        f.add([*ind[:7], ind[7], ""], {7: (1, 2)})
    f.merges.update(level_merges(JINGLE_IND, first + 1))
    f.add(["总分", "", "", "", "", "100", JINGLE_SCORE, "自评等级：优", ""], {0: (1, 5), 7: (1, 2)})
    return f.rows, f.merges


JINGLE_LEFT = (0, 1, 2, 3, 4)
JINGLE_RIGHT = (2, 5, 6, 7, 8)  # column C is the sheet's print-title column, repeated on the second page


def jingle_half(cols: Sequence[int]) -> tuple[list[list[str]], Merges]:
    """One printed page of the sheet: its columns, merges clipped to them; the print-title column C shows what
    the sheet holds in C (a merge anchored left of C prints nothing there)."""
    rows, merges = jingle_sheet()
    index = {c: k for k, c in enumerate(cols)}
    covered = {(rr, cc): (r, c) for (r, c), (rs, cs) in merges.items() for rr in range(r, r + rs)
               for cc in range(c, c + cs) if (rr, cc) != (r, c)}
    out = [[rows[r][c] if (r, c) not in covered else "" for c in cols] for r in range(len(rows))]
    half: Merges = {}
    for (r, c), (rs, cs) in merges.items():
        inside = [cc for cc in range(c, c + cs) if cc in index]
        if not inside:
            continue
        if c not in index:  # anchored off this page: the part on it prints blank
            continue
        span = [index[cc] for cc in inside]
        if span != list(range(span[0], span[0] + len(span))):
            span = [index[c]]
        if rs > 1 or len(span) > 1:
            half[(r, index[c])] = (rs, len(span))
    if cols == JINGLE_RIGHT:
        for r in range(len(rows)):
            if (r, 2) in covered and covered[(r, 2)][1] < 2:
                out[r][0] = ""
    return out, half


def doc_jingle(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=10.5, margin=46, creator="Microsoft® Excel® 2016")
    p.bottom = 40
    left, left_m = jingle_half(JINGLE_LEFT)
    right, right_m = jingle_half(JINGLE_RIGHT)
    widths_l, widths_r = [12, 12, 19, 14, 14], [19, 9, 9, 13, 12]
    size = 9
    heights = [max(a, b) for a, b in zip(p.grid_heights(left, widths_l, left_m, size),
                                         p.grid_heights(right, widths_r, right_m, size), strict=True)]
    p.para("项目支出绩效自评表（2023年度）", indent=False, size=14)
    p.para("金额单位：万元", indent=False, size=9)
    top = p.y
    p.grid(left, widths_l, left_m, size=size, align=["c", "c", "l", "c", "c"], heights=heights)
    p.new_page()
    p.y = top
    p.grid(right, widths_r, right_m, size=size, align=["l", "c", "c", "c", "c"], heights=heights)
    p.para("填报单位（盖章）：静乐县畜牧兽医发展中心　　填报日期：2024年3月15日", indent=False, size=9)
    p.save()
    _, _, budget, done = JINGLE_FUNDS[0]
    score = dec(exec_score(done, budget)) + sum(dec(r[6]) for r in JINGLE_IND)
    check(score == dec(JINGLE_SCORE) and sum(int(r[5]) for r in JINGLE_IND) == 90
          and (dec(done) / 12).quantize(Decimal("0.01")) == dec("13.51") and p.page == 2, f"jingle {score} {p.page}")


# =========================================================================== 7. yitong (PDF; a diagonal watermark, the funds block as label / value pairs)
YITONG_UNIT = "伊通满族自治县水利局"
YITONG_PAIRS = [  # two label / value pairs a row (万元)
    ("年初预算数", "2,386.40", "全年支出", "2,541.37"),
    ("年中追加", "318.50", "其中：基本支出", "1,012.48"),
    ("年中调减", "86.00", "项目支出", "1,528.89"),
    ("调整后预算数", "2,618.90", "预算执行率", "97.04%"),
    ("其中：一般公共预算拨款", "2,196.90", "年末结转结余", "77.53"),
    ("政府性基金拨款", "360.00", "自评得分", "94.8"),
    ("上年结转", "62.00", "自评等级", "优"),
]
YITONG_A = [
    ("h", "一、部门基本情况"),
    ("p", f"{YITONG_UNIT}是县政府工作部门，负责全县水资源管理、水利工程建设与管理、农村饮水安全、河湖长制日常工作和水土"
          "保持等工作，内设办公室、规划建设股、水资源股、河湖管理股4个股室，下设县水土保持工作站和县河湖管护中心2个事业"
          "单位。年末在职人员76人。"),
    ("p", "全县建立县、乡、村三级河湖长体系，共设立河湖长326名，其中县级12名、乡级58名、村级256名，河湖长制办公室设在"
          "本局。"),
    ("h", "二、部门预算收支情况"),
    ("p", "本局2025年预算收支基本情况见表1。年初预算2,386.40万元，年中追加318.50万元（主要为中小河流治理项目资金），"
          "因部分项目调整调减86.00万元，调整后预算2,618.90万元。全年支出2,541.37万元，预算执行率97.04%，年末结转结余"
          "77.53万元。"),
    ("c", "表1　2025年度部门预算收支基本情况（单位：万元）"),
]
YITONG_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成中小河流治理12.6公里，新建和改造农村供水工程38处（其中新建12处、改造提升26处），巩固提升4.6万农村"
          "人口供水保障水平；各级河湖长巡河1.86万人次，清理河道垃圾2,360吨；完成水土流失综合治理18.4平方公里。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系，本局2025年度部门整体支出绩效自评得分94.8分，自评等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）年中预算调整幅度较大，年初预算编制的精准度有待提高。"),
    ("p", "（二）部分农村供水工程管护经费不足，长效运行机制尚不健全。"),
    ("h", "六、改进措施"),
    ("p", "（一）加强项目前期论证，提高年初预算编制的准确性。"),
    ("p", "（二）落实农村供水工程管护主体和经费，建立长效管护机制。"),
]


def doc_yitong(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=68, creator="WPS Writer", watermark="伊通满族自治县人民政府网")
    p.title(f"{YITONG_UNIT}\n2025年度部门整体支出绩效自评报告", size=17)
    p.blocks(YITONG_A)
    p.grid([list(r) for r in YITONG_PAIRS], [28, 20, 28, 20], size=10, align=["l", "r", "l", "r"])
    p.blocks(YITONG_B)
    p.right(YITONG_UNIT)
    p.right("2026年4月16日")
    p.save()
    v = {r[0]: dec(r[1]) for r in YITONG_PAIRS} | {r[2]: dec(r[3].rstrip("%")) for r in YITONG_PAIRS if r[2] != "自评等级"}
    check(v["年初预算数"] + v["年中追加"] - v["年中调减"] == v["调整后预算数"]
          == v["其中：一般公共预算拨款"] + v["政府性基金拨款"] + v["上年结转"]
          and v["其中：基本支出"] + v["项目支出"] == v["全年支出"] and rate(v["全年支出"], v["调整后预算数"]) == v["预算执行率"]
          and v["调整后预算数"] - v["全年支出"] == v["年末结转结余"] and 12 + 58 + 256 == 326 and 12 + 26 == 38
          and p.page == 2, f"yitong {p.page}")


# =========================================================================== 8. luntai (DOCX; the unit only in the header and footer, a landscape section; E4)
LUNTAI_UNIT = "轮台县农业农村局"
LUNTAI_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "1,100.00", "1,100.00", "1,068.52"),
    ("其中：当年财政拨款", "1,100.00", "1,100.00", "1,068.52"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
LUNTAI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "良种补贴面积", "≥18万亩", "18.6万亩", "10", "10", ""),
    ("产出指标", "数量指标", "推广机采棉标准化种植", "≥12万亩", "12.4万亩", "10", "10", ""),
    ("产出指标", "质量指标", "棉花良种纯度", "≥97%", "98.1%", "10", "10", ""),
    ("产出指标", "时效指标", "补贴资金兑付时间", "2021年10月底前", "2021年10月", "10", "10", ""),
    ("产出指标", "成本指标", "亩均良种补贴", "=40元", "40元", "10", "10", ""),
    ("效益指标", "经济效益指标", "皮棉亩均增产", "≥5公斤", "6.2公斤", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益农户", "≥6000户", "6218户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "主栽品种覆盖率", "≥85%", "82.6%", "10", "8", "部分乡镇农户自留种比例偏高；加强良种宣传"),
    ("满意度指标", "服务对象满意度指标", "棉农满意度", "≥90%", "93.6%", "10", "9", "补贴公示时间较短；延长公示期"),
]
LUNTAI_SCORE = "97.71"  # E4: printed in the text and the 总分 row; 9.71 + the rows' 87 = 96.71
LUNTAI_TEXT = [
    ("b", "一、项目基本情况"),
    ("p", "轮台县是棉花主产县，棉花种植面积占全县农作物播种面积的一半以上。近年来部分农户自留种、品种多乱杂等问题影响"
          "了棉花品质。为提升棉花质量，我局2021年实施棉花质量提升项目，对使用统一供种良种的棉农给予良种补贴，推广机采棉"
          "标准化种植技术，并开展棉花品质检测和技术培训。"),
    ("p", "项目年度绩效目标为：良种补贴面积18万亩以上，推广机采棉标准化种植12万亩以上，棉花良种纯度97%以上，皮棉亩均"
          "增产5公斤以上，棉农满意度90%以上。"),
    ("b", "二、项目资金情况"),
    ("p", "项目全年预算1,100.00万元，其中中央财政资金860.00万元、自治区财政资金240.00万元，资金于年初全部下达。全年支出"
          "1,068.52万元，预算执行率97.14%，结余31.48万元，已按规定收回县财政。"),
    ("p", "资金使用上，良种补贴按每亩40元标准兑付，补贴面积18.6万亩，补贴资金744.00万元；其余资金用于机采棉标准化种植"
          "技术推广、棉花品质检测和技术培训。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年落实良种补贴面积18.6万亩，推广机采棉标准化种植12.4万亩，经抽检棉花良种纯度98.1%；举办技术培训班32期，"
          "培训棉农4,150人次；受益农户6,218户，项目区皮棉亩均增产6.2公斤；棉农满意度93.6%。"),
    ("b", "四、自评结论"),
    ("p", f"对照项目绩效目标逐项评分，项目自评得分{LUNTAI_SCORE}分，自评等级为优，项目支出绩效自评表见附件。"),
    ("b", "五、存在的问题"),
    ("p", "（一）部分乡镇农户自留种比例仍然偏高，主栽品种覆盖率未达到目标。"),
    ("p", "（二）良种补贴公示时间较短，部分棉农对补贴政策了解不够。"),
    ("b", "六、改进措施"),
    ("p", "（一）加大统一供种宣传力度，逐步减少农户自留种。"),
    ("p", "（二）延长补贴公示时间，通过村务公开栏和微信群宣传补贴政策。"),
]


def luntai_rows() -> tuple[list[list[str]], Merges]:
    f = Rows()
    f.add(["项目名称", "棉花质量提升", "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", "县农业农村局", "", "", "实施单位", "县农业农村局", "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], {7: (1, 2)})
    for k, (name, a, b, c) in enumerate(LUNTAI_FUNDS):
        tail = ["10", pct(c, b), exec_score(c, b)] if k == 0 else [E, E, E]
        f.add(["", name, a, b, c, *tail, ""], {7: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    f.add(["", "良种补贴面积18万亩以上，推广机采棉标准化种植12万亩以上，良种纯度97%以上，皮棉亩均增产5公斤以上。", "", "",
           "", "良种补贴18.6万亩，机采棉标准化种植12.4万亩，良种纯度98.1%，皮棉亩均增产6.2公斤，受益农户6,218户。", "", "",
           ""], {1: (1, 4), 5: (1, 4)})
    indicator_block(f, LUNTAI_IND)
    f.add(["总分", "", "", "", "", "", "100", LUNTAI_SCORE, "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def _page_field(paragraph: Any) -> None:
    """A live PAGE field (`w:fldSimple`) appended to a header or footer paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "1"
    run.append(shown)
    field.append(run)
    paragraph._p.append(field)


def doc_luntai(path: Path) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = STAMP.new_docx()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    head = section.header.paragraphs[0]
    head.text = LUNTAI_UNIT
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{LUNTAI_UNIT}　　第 ")
    _page_field(foot)
    foot.add_run(" 页")
    office.centred_title(d, "2021年度棉花质量提升项目支出绩效自评报告", 16)
    for kind, text in LUNTAI_TEXT:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)
    office.aligned(d, "2022年3月22日", "right")
    land = d.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = section.page_height, section.page_width
    para(d, "附件", indent=False)
    office.centred_title(d, "项目支出绩效自评表", 14)
    office.centred_title(d, "（2021年度）", 11, bold=False)
    rows, merges = luntai_rows()
    grid = table(d, rows, docx_merges(merges))
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    para(d, "填报单位（盖章）：　　　　　　　填报人：阿××　　　　填报日期：2022年3月22日", indent=False)
    STAMP.save_docx(d, path)
    _, a, b, c = LUNTAI_FUNDS[0]
    rows_score = dec(exec_score(c, b)) + sum(dec(r[6]) for r in LUNTAI_IND)
    check(rows_score + 1 == dec(LUNTAI_SCORE) and sum(int(r[5]) for r in LUNTAI_IND) == 90
          and dec("860.00") + dec("240.00") == dec(b) and dec(b) - dec(c) == dec("31.48")
          and 186000 * 40 == dec("744.00") * 10000, f"luntai {rows_score}")


# =========================================================================== 9. shuangbai (DOCX; a template filled through content controls)
# {{标签|内容}} is an inline content control (w:sdt) holding the text; {{标签|}} one left unfilled, showing its placeholder
SHUANGBAI_COVER = [
    "部门（单位）名称：{{单位名称|双柏县教育局}}",
    "评价年度：{{评价年度|2014}}年度",
    "联系人：{{联系人|李××}}　　联系电话：{{联系电话|}}",
    "填报日期：{{填报日期|2015年4月20日}}",
]
SHUANGBAI_BODY = [
    ("b", "一、部门基本情况"),
    ("p", "本部门负责全县学前教育、义务教育和普通高中教育的管理工作，所属公办学校{{学校数|112}}所，其中普通高中1所、"
          "初级中学8所、小学103所（含教学点），在校学生{{在校学生|2.36}}万人，在职教职工{{教职工|1,986}}人。"),
    ("b", "二、部门预算收支情况"),
    ("p", "本年度部门年初预算{{年初预算|42,386.20}}万元，年中追加{{年中追加|6,240.10}}万元，调整后预算{{调整后预算|48,626.30}}"
          "万元。本年收入合计{{本年收入合计|47,986.30}}万元，其中一般公共预算财政拨款{{一般公共预算|46,326.30}}万元、政府性"
          "基金预算财政拨款{{政府性基金|1,660.00}}万元；另有上年结转{{上年结转|640.00}}万元，不含在本年收入合计中。"),
    ("p", "本年支出{{本年支出|47,812.64}}万元，其中基本支出{{基本支出|36,418.25}}万元、项目支出{{项目支出|11,394.39}}万元；"
          "预算执行率{{预算执行率|98.33}}%，年末结转结余{{结转结余|813.66}}万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "农村义务教育学生营养改善计划按每生每天3元、全年200天的标准补助，全年惠及学生12,480人，支出748.80万元；其余"
          "项目资金用于校舍维修改造、教育信息化和学生资助。全年维修改造校舍1.26万平方米，新建“班班通”教室86间；义务"
          "教育巩固率96.8%，学前三年毛入园率78.2%，高中阶段毛入学率86.5%。"),
    ("b", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标，本部门2014年度自评得分{{自评得分|86.5}}分，评价等级为{{评价等级|良}}。扣分主要是"
          "学前教育入园率未达到年度目标、部分项目绩效目标不够细化。"),
    ("b", "五、存在的问题"),
    ("p", "（一）学前教育资源不足，学前三年毛入园率未达到80%的年度目标。"),
    ("p", "（二）部分项目绩效目标不够细化，难以量化考核。"),
    ("b", "六、改进措施"),
    ("p", "（一）加快乡镇公办幼儿园建设，扩大学前教育资源。"),
    ("p", "（二）完善项目绩效目标设置，细化量化绩效指标。"),
]
PLACEHOLDER = "单击或点击此处输入文字。"


def _controlled(paragraph: Any, text: str, ids: list[int]) -> None:
    """Write `text` into the paragraph, each {{标签|内容}} as an inline plain-text content control."""
    import re

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for k, part in enumerate(re.split(r"\{\{(.*?)\}\}", text)):
        if k % 2 == 0:
            if part:
                paragraph.add_run(part)
            continue
        alias, _, content = part.partition("|")
        ids[0] += 1
        sdt, pr, body = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
        for tag, value in (("w:alias", alias), ("w:tag", f"F{ids[0]:03d}"), ("w:id", str(731500 + ids[0]))):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            pr.append(el)
        if not content:
            pr.append(OxmlElement("w:showingPlcHdr"))
        pr.append(OxmlElement("w:text"))
        run = OxmlElement("w:r")
        if not content:
            rpr, color = OxmlElement("w:rPr"), OxmlElement("w:color")
            color.set(qn("w:val"), "808080")
            rpr.append(color)
            run.append(rpr)
        t = OxmlElement("w:t")
        t.text = content or PLACEHOLDER
        run.append(t)
        body.append(run)
        sdt.append(pr)
        sdt.append(body)
        paragraph._p.append(sdt)


def doc_shuangbai(path: Path) -> None:
    from docx.shared import Mm

    d = STAMP.new_docx()
    d.sections[0].page_width, d.sections[0].page_height = Mm(210), Mm(297)
    office.page_number_footer(d, complex_field=True)
    ids = [0]
    office.centred_title(d, "部门整体支出绩效自评报告", 20)
    for line in SHUANGBAI_COVER:
        _controlled(para(d, "", indent=False), line, ids)
    for kind, text in SHUANGBAI_BODY:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            _controlled(para(d, ""), text, ids)
    STAMP.save_docx(d, path)
    check(dec("42386.20") + dec("6240.10") == dec("48626.30") == dec("47986.30") + dec("640.00")
          and dec("46326.30") + dec("1660.00") == dec("47986.30") and dec("36418.25") + dec("11394.39") == dec("47812.64")
          and rate("47812.64", "48626.30") == dec("98.33") and dec("48626.30") - dec("47812.64") == dec("813.66")
          and 12480 * 3 * 200 == dec("748.80") * 10000, "shuangbai")


# =========================================================================== 10. liuba (XLSX; a form sheet and an indicator sheet whose header sits in row 3)
LIUBA_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "300.00", "350.00", "338.87"),
    ("其中：当年财政拨款", "300.00", "350.00", "338.87"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
LIUBA_IND: list[tuple[Any, ...]] = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标（50分）", "数量指标", "扶持香菇种植户", "≥300户", "318户", 10, 10, ""),
    ("产出指标（50分）", "数量指标", "新建标准化菇棚", "≥120个", "126个", 10, 10, ""),
    ("产出指标（50分）", "质量指标", "菌棒成品率", "≥92%", "93.4%", 10, 10, ""),
    ("产出指标（50分）", "时效指标", "补助资金兑付时间", "2020年11月底前", "2020年11月", 10, 10, ""),
    ("产出指标（50分）", "成本指标", "每个菇棚补助标准", "≤1.5万元", "1.5万元", 10, 10, ""),
    ("效益指标（30分）", "经济效益指标", "种植户户均增收", "≥3000元", "3260元", 15, 15, ""),
    ("效益指标（30分）", "可持续影响指标", "带动脱贫户种植", "≥80户", "74户", 15, 13, "部分脱贫户劳动力不足，暂未参与种植"),
    ("满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "≥90%", "95.8%", 10, 10, ""),
]
LIUBA_SCORE = "97.68"


def doc_liuba(path: Path) -> None:
    import openpyxl

    _, initial, budget, done = LIUBA_FUNDS[0]
    ratio = float(fraction(done, budget))  # the sheet holds the fraction, shown as it is (General)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", [16, 20, 12, 12, 12, 9, 10, 10], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2020年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", "香菇产业发展项目", merge_to="H3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", "留坝县农业农村局", merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", "留坝县农业农村局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to="A9")
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    for r, (name, a, b, c) in enumerate(LIUBA_FUNDS, 6):
        xl_put(ws, f"B{r}", name)
        for col, v in zip("CDE", (a, b, c), strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(dec(v)), fmt=None if v == E else "0.00", center=True)
        if r == 6:
            xl_put(ws, "F6", 10, center=True)
            xl_put(ws, "G6", ratio, center=True)
            xl_put(ws, "H6", float(exec_score(done, budget)), fmt="0.00", center=True)
        else:
            for col in "FGH":
                xl_put(ws, f"{col}{r}", E, center=True)
    xl_put(ws, "A10", "年度总体目标", center=True, merge_to="A11")
    xl_put(ws, "B10", "预期目标", center=True, merge_to="E10")
    xl_put(ws, "F10", "实际完成情况", center=True, merge_to="H10")
    xl_put(ws, "B11", "扶持香菇种植户300户以上，新建标准化菇棚120个以上，菌棒成品率92%以上，种植户户均增收3,000元以上。",
           merge_to="E11")
    xl_put(ws, "F11", "扶持香菇种植户318户，新建标准化菇棚126个，生产菌棒186万袋，菌棒成品率93.4%，户均增收3,260元。",
           merge_to="H11")
    ws.row_dimensions[11].height = 60
    xl_put(ws, "A12", "绩效指标", center=True)
    xl_put(ws, "B12", "见“绩效指标”工作表（三级指标分值合计90分）", merge_to="H12")
    xl_put(ws, "A13", "总分", center=True)
    xl_put(ws, "B13", 100, center=True)
    xl_put(ws, "C13", float(LIUBA_SCORE), fmt="0.00", center=True)
    xl_put(ws, "D13", "自评等级", center=True)
    xl_put(ws, "E13", "优", center=True, merge_to="H13")
    xl_put(ws, "A14", "填报单位（盖章）：留坝县农业农村局　　填报人：王××　　填报日期：2021年3月26日", merge_to="H14",
           border=False)

    ind = wb.create_sheet("绩效指标")
    for col, w in zip("ABCDEFGH", [16, 18, 20, 14, 12, 8, 8, 26], strict=True):
        ind.column_dimensions[col].width = w
    xl_put(ind, "A1", "绩效指标完成情况表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ind, "A2", "注：本表三级指标分值合计90分，预算执行率（10分）在“自评表”工作表中计分；定量指标按完成比例计分，"
                      "定性指标按完成程度分档计分。", merge_to="H2", border=False, size=9)
    ind.row_dimensions[2].height = 30
    for col, head in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施"), strict=True):
        xl_put(ind, f"{col}3", head, bold=True, center=True)
    for r, row in enumerate(LIUBA_IND, 4):
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ind, f"{col}{r}", v, center=col in "DEFG")
    for col, key in (("A", 0), ("B", 1)):
        k = 0
        while k < len(LIUBA_IND):
            j = k
            while j + 1 < len(LIUBA_IND) and LIUBA_IND[j + 1][:key + 1] == LIUBA_IND[k][:key + 1]:
                j += 1
            if j > k:
                ind.merge_cells(f"{col}{k + 4}:{col}{j + 4}")
            k = j + 1
    end = 4 + len(LIUBA_IND)
    weights = sum(r[5] for r in LIUBA_IND)
    scores = sum(r[6] for r in LIUBA_IND)
    xl_put(ind, f"A{end}", "小计", center=True, merge_to=f"E{end}")
    xl_put(ind, f"F{end}", weights, center=True)
    xl_put(ind, f"G{end}", scores, center=True)
    xl_put(ind, f"H{end}", "")
    STAMP.save_xlsx(wb, path)
    blocks: dict[str, int] = {}
    for row in LIUBA_IND:
        blocks[row[0]] = blocks.get(row[0], 0) + row[5]
    check(weights == 90 and scores + dec(exec_score(done, budget)) == dec(LIUBA_SCORE) and ratio == 0.9682
          and all(f"（{v}分）" in k for k, v in blocks.items()) and dec(budget) - dec(initial) == 50, "liuba")


# =========================================================================== 11. wanning (portal page paginated in one HTML file; E2)
WANNING_UNIT = "万宁市农业农村局"
WANNING_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "280.00", "280.00", "266.38"),
    ("其中：中央财政资金", "186.00", "186.00", "186.00"),
    ("省级财政资金", "62.00", "62.00", "58.42"),
    ("市级财政资金", "32.00", "32.00", "21.96"),
]
WANNING_RATE = "96.29"  # E2: printed; 266.38 ÷ 280.00 = 95.14%
WANNING_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "配备安全设备渔船", "≥380艘", "382艘", "15", "15", ""),
    ("产出指标", "数量指标", "发放救生衣", "≥1500件", "1560件", "10", "10", ""),
    ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "设备配备完成时间", "2023年9月底前", "2023年9月", "5", "5", ""),
    ("产出指标", "成本指标", "单船设备补助标准", "≤3000元", "3000元", "10", "10", ""),
    ("效益指标", "社会效益指标", "渔船安全生产死亡事故", "0起", "0起", "15", "15", ""),
    ("效益指标", "可持续影响指标", "安全设备完好率", "≥95%", "96.4%", "15", "14", "部分设备受海水腐蚀，加强日常维护"),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "94.6%", "10", "10", ""),
]


def wanning_score() -> Decimal:
    return (dec(WANNING_RATE) / 10).quantize(Decimal("0.01"), ROUND_HALF_UP)


def wanning_total() -> Decimal:
    return wanning_score() + sum(dec(r[6]) for r in WANNING_IND)


def wanning_form() -> str:
    """The 自评表 as an HTML table: header cells are <th>, the indicator header two rows deep with rowspans."""
    def tr(cells: str) -> str:
        return f"<tr>{cells}</tr>"

    out = ['<table class="zpb" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">',
           '<tbody>',
           tr('<th colspan="2">项目名称</th><td colspan="7">渔船安全生产设备补助项目</td>'),
           tr(f'<th colspan="2">主管部门</th><td colspan="3">{WANNING_UNIT}</td><th>实施单位</th>'
              f'<td colspan="3">{WANNING_UNIT}</td>'),
           tr('<th rowspan="5">项目资金<br>（万元）</th><th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th>'
              '<th>分值</th><th>执行率</th><th colspan="2">得分</th>')]
    for k, (name, a, b, c) in enumerate(WANNING_FUNDS):
        tail = (f"<td>10</td><td>{WANNING_RATE}%</td><td colspan=\"2\">{wanning_score()}</td>" if k == 0
                else f"<td>{E}</td><td>{E}</td><td colspan=\"2\">{E}</td>")
        out.append(tr(f"<td>{name}</td><td>{a}</td><td>{b}</td><td>{c}</td>{tail}"))
    out.append(tr('<th rowspan="2">年度总体目标</th><th colspan="4">预期目标</th><th colspan="4">实际完成情况</th>'))
    out.append(tr('<td colspan="4">为380艘以上小型渔船配备救生筏和北斗终端，发放救生衣1,500件以上，设备验收合格率100%。</td>'
                  '<td colspan="4">为382艘小型渔船配备救生筏和北斗终端，发放救生衣1,560件，设备验收合格率100%，全年未发生'
                  '渔船安全生产死亡事故。</td>'))
    n = len(WANNING_IND)
    out.append(tr(f'<th rowspan="{n + 2}">绩效指标</th><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th>'
                  '<th rowspan="2">三级指标</th><th colspan="2">指标值</th><th rowspan="2">分值</th><th rowspan="2">得分</th>'
                  '<th rowspan="2">偏差原因分析及改进措施</th>'))
    out.append(tr("<th>年度指标值</th><th>实际完成值</th>"))
    spans = level_merges(WANNING_IND, 0)
    covered = {(r + k, c) for (r, c), (rs, _) in spans.items() for k in range(1, rs)}
    for r, ind in enumerate(WANNING_IND):
        cells = []
        for col, v in enumerate(ind):
            if (r, col) in covered:
                continue
            rs = spans.get((r, col), (1, 1))[0]
            cells.append(f'<td rowspan="{rs}">{v}</td>' if rs > 1 else f"<td>{v}</td>")
        out.append(tr("".join(cells)))
    out.append(tr(f'<th colspan="6">总分</th><td>100</td><td>{wanning_total()}</td><td>自评等级：优</td>'))
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def wanning_html() -> str:
    _, a, budget, done = WANNING_FUNDS[0]
    page1 = [
        '<p style="text-indent: 2em;"><strong>一、项目基本情况</strong></p>',
        '<p style="text-indent: 2em;">万宁市海岸线较长，沿海乡镇小型渔船数量多、船龄长，海上救生和通信设备配备不足。为提升'
        '渔船海上安全生产水平，我局2023年实施渔船安全生产设备补助项目，为小型渔船配备救生筏和北斗终端，并向渔民发放'
        '救生衣。</p>',
        '<p style="text-indent: 2em;">项目年度绩效目标为：为380艘以上小型渔船配备安全生产设备，发放救生衣1,500件以上，'
        '设备验收合格率100%，渔民满意度90%以上。</p>',
        '<p style="text-indent: 2em;"><strong>二、项目资金情况</strong></p>',
        f'<p style="text-indent: 2em;">项目年初预算{a}万元，其中中央财政资金186.00万元、省级财政资金62.00万元、市级财政'
        f'资金32.00万元，资金已全部到位。全年支出{done}万元，预算执行率{WANNING_RATE}%，结余{dec(budget) - dec(done)}'
        '万元，主要为市级资金安排的渔民安全培训尾款。</p>',
    ]
    page2 = [
        '<p style="text-indent: 2em;">资金使用上，为382艘小型渔船配备救生筏和北斗终端，每艘补助3,000元，支出114.60万元；'
        '其余资金用于救生衣采购、设备安装调试和渔民安全培训。</p>',
        '<p style="text-indent: 2em;"><strong>三、绩效目标完成情况</strong></p>',
        '<p style="text-indent: 2em;">全年为382艘小型渔船配备救生筏和北斗终端，发放救生衣1,560件，设备验收合格率100%；'
        '开展渔民海上安全生产培训12场，培训渔民1,280人次；年末抽查设备完好率96.4%；全年未发生渔船安全生产死亡事故；'
        '渔民满意度94.6%。</p>',
        '<p style="text-indent: 2em;"><strong>四、自评结论</strong></p>',
        f'<p style="text-indent: 2em;">对照项目绩效目标逐项评分，项目自评得分{wanning_total()}分，自评等级为优。项目支出'
        '绩效自评表如下：</p>',
        '<p style="text-align: center;">项目支出绩效自评表（2023年度）</p>',
        wanning_form(),
        '<p style="text-indent: 2em;"><strong>五、存在的问题</strong></p>',
        '<p style="text-indent: 2em;">（一）部分救生设备受海水腐蚀，日常维护保养不到位。</p>',
        '<p style="text-indent: 2em;">（二）市级资金安排的培训经费支付进度较慢。</p>',
        '<p style="text-indent: 2em;"><strong>六、改进措施</strong></p>',
        '<p style="text-indent: 2em;">（一）督促渔船船东落实设备日常维护保养责任，定期开展抽查。</p>',
        '<p style="text-indent: 2em;">（二）加快培训经费结算，提高资金支付进度。</p>',
        f'<p style="text-align: right;">{WANNING_UNIT}</p>',
        '<p style="text-align: right;">2024年4月10日</p>',
    ]
    nav1 = ('<div class="page-nav"><span class="current">第1页</span> <a href="content_5023_2.html">第2页</a> '
            '<a href="content_5023_2.html">下一页</a> <a href="content_5023_2.html">尾页</a></div>')
    nav2 = ('<div class="page-nav"><a href="content_5023.html">首页</a> <a href="content_5023.html">上一页</a> '
            '<a href="content_5023.html">第1页</a> <span class="current">第2页</span></div>')
    body = "\n".join(['<div class="detail-content" id="page_1">', *page1, "</div>", nav1,
                      '<div class="detail-content" id="page_2">', *page2, "</div>", nav2])
    for col in (1, 2, 3):
        check(sum(dec(r[col]) for r in WANNING_FUNDS[1:]) == dec(WANNING_FUNDS[0][col]), f"wanning {col}")
    check(rate(done, budget) == dec("95.14") and dec(WANNING_RATE) != rate(done, budget)
          and 382 * 3000 == dec("114.60") * 10000 and sum(int(r[5]) for r in WANNING_IND) == 90, "wanning")
    return portal(
        "万宁市人民政府", "预算绩效", f"{WANNING_UNIT}2023年度渔船安全生产设备补助项目绩效自评报告",
        ["首页", "政务公开", "财政信息", "预算绩效"],
        f"发布时间：2024-04-16 10:22　　来源：{WANNING_UNIT}　　浏览次数：264　　字体：【大】【中】【小】",
        body,
        [f"{WANNING_UNIT}2023年度部门决算", "万宁市2023年度渔业安全生产工作情况通报",
         "关于开展2023年度财政支出绩效自评工作的通知"],
        "<p>主办：万宁市人民政府办公室　　承办：万宁市大数据服务中心</p>\n"
        "<p>网站标识码：4690060005　　琼ICP备05000617号-2　　琼公网安备46900602000118号</p>",
        ["首页", "走进万宁", "政务公开", "政务服务", "互动交流"])


# =========================================================================== 12. jinhu (TXT; a `pdftotext -layout` dump with wrapped table cells; E5)
JINHU_UNIT = "金湖县水务局"
JINHU_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元): the four 重点项目, not the whole 项目支出
    ("农村饮水安全巩固提升工程", "986.00", "962.38"),
    ("中小河流治理重点县综合整治", "1,240.00", "1,198.46"),
    ("小型农田水利设施维修养护", "420.00", "404.12"),
    ("防汛抗旱物资储备", "186.00", "181.50"),
]
JINHU_TABLE1 = [  # 收入项目, 金额, 支出项目, 金额 (万元)
    ("本年收入合计", "4,606.80", "本年支出合计", "4,652.37"),
    ("  一般公共预算拨款", "3,986.80", "  基本支出", "1,236.85"),
    ("  政府性基金拨款", "620.00", "  项目支出", "3,415.52"),
    ("上年结转", "184.00", "年末结转结余", "138.43"),
    ("收入总计", "4,790.80", "支出总计", "4,790.80"),
]
JINHU_WIDTH = 86  # display columns of a line


def _w(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int, right: bool = False) -> str:
    pad = " " * max(width - _w(text), 0)
    return pad + text if right else text + pad


def _wrap_display(text: str, width: int, first_indent: int) -> list[str]:
    """Wrap by display width; a run of ASCII digits / letters never breaks; closing punctuation stays on its line."""
    import re

    tokens = re.findall(r"[0-9A-Za-z.,%:/\-]+|.", text)
    lines, cur, w = [], " " * first_indent, first_indent
    for tok in tokens:
        tw = _w(tok)
        if w + tw > width and cur.strip() and tok not in NO_LINE_START:
            lines.append(cur)
            cur, w = "", 0
        cur += tok
        w += tw
    lines.append(cur)
    return lines


def jinhu_pages() -> list[list[str]]:
    para_ = lambda t: _wrap_display(t, JINHU_WIDTH - 4, 4)  # noqa: E731
    center = lambda t: " " * ((JINHU_WIDTH - _w(t)) // 2) + t  # noqa: E731
    t1 = [center("表1  2017年度收入支出情况（单位：万元）"),
          "  " + _cell("收入项目", 26) + _cell("金额", 12, True) + "      " + _cell("支出项目", 22) + _cell("金额", 12, True)]
    for a, b, c, d in JINHU_TABLE1:
        t1.append("  " + _cell(a, 26) + _cell(b, 12, True) + "      " + _cell(c, 22) + _cell(d, 12, True))
    t2 = [center("表2  2017年度重点项目支出情况（单位：万元）"),
          "  " + _cell("序号", 6) + _cell("项目名称", 18) + _cell("全年预算数", 14, True) + _cell("执行数", 14, True)
          + _cell("执行率", 12, True)]
    for k, (name, b, c) in enumerate(JINHU_PROJECTS, 1):
        head, tail = name[:8], name[8:]
        t2.append("  " + _cell(str(k), 6) + _cell(head, 18) + _cell(b, 14, True) + _cell(c, 14, True)
                  + _cell(pct(c, b), 12, True))
        if tail:
            t2.append("  " + " " * 6 + tail)
    p1 = [center(JINHU_UNIT), center("2017年度部门整体支出绩效自评报告"), "",
          "一、部门基本情况",
          *para_(f"{JINHU_UNIT}是县政府工作部门，负责全县水资源管理、防汛抗旱、农村水利、城乡供水和水土保持等工作，内设"
                 "7个科室，下设县水利工程管理处、县防汛物资储备中心等4个事业单位，年末在职人员142人。"),
          "二、部门预算收支情况",
          *para_("（一）预算调整。2017年本局年初预算3,862.50万元，年中追加1,046.30万元，因部分小型农田水利项目改由镇级"
                 "实施调减128.00万元，调整后预算4,790.80万元。"),
          *para_("（二）收支情况。本年收入合计4,606.80万元，另有上年结转184.00万元，收入总计4,790.80万元，收支情况见表1。"),
          "", *t1, "",
          *para_("全年支出4,652.37万元，其中基本支出1,236.85万元、项目支出3,415.52万元，预算执行率97.11%，年末结转结余"
                 "138.43万元。")]
    p2 = [*para_("（三）重点项目。全年安排重点项目4个，执行情况见表2；其余为河道疏浚、水资源管理等小额项目。"),
          "", *t2, "",
          "三、绩效目标完成情况",
          *para_("全年实施农村饮水安全巩固提升工程，受益人口3.2万人；治理中小河流18.6公里，维修养护泵站46座、涵闸58座，"
                 "疏浚县乡河道126公里；全县农村自来水普及率达到99.2%；汛期全县未发生重大险情。"),
          "四、自评结论",
          *para_("按照县财政局部门整体支出绩效评价指标体系，本局2017年度部门整体支出绩效自评得分93.4分，等级为优。")]
    p3 = ["五、存在的问题",
          *para_("（一）部分项目实施主体调整，年中预算调整较多，年初预算编制的准确性有待提高。"),
          *para_("（二）小型农田水利设施维修养护项目点多面广，资金支付进度偏慢。"),
          "六、改进措施",
          *para_("（一）加强项目前期论证，提高年初预算编制的准确性。"),
          *para_("（二）建立项目进度月报制度，加快资金支付。"),
          "", " " * (JINHU_WIDTH - _w(JINHU_UNIT) - 4) + JINHU_UNIT,
          " " * (JINHU_WIDTH - _w("2018年4月25日") - 4) + "2018年4月25日"]
    return [p1, p2, p3]


def jinhu_text() -> str:
    header = f"{JINHU_UNIT}2017年度部门整体支出绩效自评报告"
    pages = jinhu_pages()
    out = []
    for n, lines in enumerate(pages, 1):
        body = [" " * ((JINHU_WIDTH - _w(header)) // 2) + header, "", *lines]
        body += [""] * (4 if n < len(pages) else 6)
        footer = f"第 {n} 页 共 {len(pages)} 页"
        body.append(" " * ((JINHU_WIDTH - _w(footer)) // 2) + footer)
        out.append("\n".join(line.rstrip() for line in body) + "\n")
    spent = sum(dec(c) for _, _, c in JINHU_PROJECTS)
    net = dec("3862.50") + dec("1046.30") - dec("128.00")
    check(net + 10 == dec("4790.80") == dec("3986.80") + dec("620.00") + dec("184.00")
          and dec("4606.80") + dec("184.00") == dec("4790.80") == dec("4652.37") + dec("138.43")
          and dec("1236.85") + dec("3415.52") == dec("4652.37") and rate("4652.37", "4790.80") == dec("97.11")
          and spent < dec("3415.52"), "jinhu")
    return "\f".join(out)


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "xinghai-maoniu-2021.pdf": doc_xinghai,
        "beichen-danganguan-2018.pdf": doc_beichen,
        "linzhou-peixun-2025.pdf": doc_linzhou,
        "pengshui-linye-2014.pdf": doc_pengshui,
        "donglan-wenti-2018.pdf": doc_donglan,
        "jingle-rouyang-2023.pdf": doc_jingle,
        "yitong-shuili-2025.pdf": doc_yitong,
        "luntai-mianhua-2021.docx": doc_luntai,
        "shuangbai-jiaoyu-2014.docx": doc_shuangbai,
        "liuba-xianggu-2020.xlsx": doc_liuba,
        "wanning-yuchuan-2023.html": lambda p: write_text(p, wanning_html()),
        "jinhu-shuiwu-2017.txt": lambda p: write_text(p, jinhu_text()),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
