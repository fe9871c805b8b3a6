#!/usr/bin/env python3
"""Regenerate the heldout42 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout42/make_heldout42.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the one scanned
page is rendered by pypdfium2, degraded by Pillow with a fixed seed, stamped with a drawn seal, turned 0.6° and
stored as a JPEG; the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML page and the TXT file are UTF-8 without BOM, LF.
The batch is "the 绩效自评表 forms as provinces prescribe and portals publish them": project forms (项目支出绩效自评表)
and department-wide forms (部门整体支出绩效自评表 with 年度主要任务 or 年度履职目标 and the department's funds rows),
bare or annexed to a short narrative; forms running over a page break (with and without the header row repeated,
with and without the 一级 label repeated), merged 一级 / 二级 cells, 指标性质 / 指标值 / 度量单位 columns or 年度指标值 /
实际完成值, 分值 / 得分 or 权重 / 得分, a 偏差原因 column, funds blocks with their 其中 rows, 总分 rows, scores in the
form or only in the text, and a form with no score at all. Five real inconsistencies are planted, one per
document, family and format; the traps look wrong and are right.
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

FONT = "WQY42"
FIXED_DT = datetime.datetime(2027, 8, 3, 10, 25, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=7)
E = "—"
W = Decimal(10000)
NO_LINE_START = "，。、；：！？）》”%"

Cell = Any  # a str, or (str, colspan)
Merges = dict[tuple[int, int], tuple[int, int]]  # (row, col) -> (rowspan, colspan)
Blocks = list[tuple[str, str]]


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


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def not_half(executed: Any, budget: Any, weight: int = 10) -> bool:
    """Neither the rate nor the execution line's score sits exactly on a half (no reader rounds it two ways)."""
    exact = dec(executed) / dec(budget) * 100
    shown = rate(executed, budget)
    return (exact * 1000) % 10 != 5 and (shown * weight * 10) % 10 != 5


def sum_money(values: Sequence[Any]) -> Decimal:
    return sum((dec(v) for v in values if v not in (E, "", "/")), Decimal(0))


def column_sum(rows: Sequence[Sequence[Any]], col: int) -> Decimal:
    return sum_money([r[col] for r in rows])


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, footer styles (or none), wrapping that keeps closing punctuation on its
    line, right-aligned lines, and ruled grids with merged cells that may run over a page break: the header rows
    given in `repeat` are drawn again at the top of the next page, and a merged 一级 / 二级 cell cut by the break is
    drawn as two cells, its label printed once (or on both parts with `carry`)."""

    def __init__(
        self,
        path: Path,
        footer_style: str | None = "dash",
        total: int = 0,
        creator: str = "WPS Writer",
        **layout: Any,
    ) -> None:
        self.footer_style = footer_style
        self.total = total
        self.breaks: list[int] = []  # grid rows that opened a new page
        super().__init__(path, fonts.zenhei(FONT), header=None, footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        if self.footer_style is not None:
            n = self.page
            text = {
                "dash": f"- {n} -",
                "of": f"第 {n} 页 共 {self.total} 页",
                "page": f"第 {n} 页",
                "slash": f"{n}/{self.total}",
            }[self.footer_style]
            self.c.setFont(self.font, 10)
            self.c.drawCentredString(self.W / 2, self.m - 24, text)

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
            elif kind == "r":
                self.right(text, size=self.size - 1)
            else:
                raise ValueError(kind)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        merges: Merges | None = None,
        size: float = 9,
        align: Sequence[str] | None = None,
        split: bool = False,
        repeat: Sequence[int] = (),
        carry: bool = False,
    ) -> None:
        """A ruled table: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one cell over the
        area (its text centred vertically). Without `split` the table is kept on one page; with it, rows flow onto
        the next page (a row is never cut)."""
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

        def draw(seg: list[int], labels_of_earlier: bool) -> None:
            first, last = seg[0], seg[-1]
            top0 = self.y
            c = self.c
            for r in range(len(rows)):
                for col in range(len(ws)):
                    if (r, col) in covered:
                        continue
                    rs, cs = merges.get((r, col), (1, 1))
                    lo, hi = max(r, first), min(r + rs - 1, last)
                    if lo > hi:
                        continue
                    w = sum(ws[col : col + cs])
                    h = sum(heights[lo : hi + 1])
                    x, top = self.m + sum(ws[:col]), top0 - sum(heights[first:lo])
                    c.setLineWidth(0.5)
                    c.rect(x, top - h, w, h)
                    if r < first and not labels_of_earlier:
                        continue
                    lines = lines_of(r, col)
                    y0 = top - pad - size
                    if hi > lo:
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
            self.y -= sum(heights[first : last + 1])

        if not split:
            if self.y - sum(heights) < self.bottom - 1:
                self.new_page()
            check(self.y - sum(heights) >= self.bottom - 1, "grid does not fit on a page")
            draw(list(range(len(rows))), False)
        else:
            seg: list[int] = []
            continuing = False
            for r in range(len(rows)):
                used = sum(heights[s] for s in seg)
                if self.y - used - heights[r] < self.bottom - 1:
                    if seg:
                        draw(seg, continuing)
                    self.new_page()
                    if r > 0:
                        self.breaks.append(r)
                        for h_row in repeat:
                            draw([h_row], True)
                        continuing = carry
                    seg = []
                seg.append(r)
            if seg:
                draw(seg, continuing)
        self.y -= 8


def level_merges(indicators: Sequence[Sequence[Any]], first: int, col0: int = 1) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (from row `first`, labels in columns col0 and col0 + 1)."""
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


def indicator_total(exec_points: str, indicators: Sequence[Sequence[Any]], col: int) -> Decimal:
    """The execution line's score plus the rows' scores (column `col`)."""
    return dec(exec_points) + sum(dec(r[col]) for r in indicators)


def weights_of(indicators: Sequence[Sequence[Any]], col: int) -> Decimal:
    return sum((dec(r[col]) for r in indicators), Decimal(0))


def block_weights(indicators: Sequence[Sequence[Any]], col: int) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for r in indicators:
        out[r[0]] = out.get(r[0], Decimal(0)) + dec(r[col])
    return out


# =========================================================================== the scanner (heldout20's, as heldout40 carries it)
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
    five-pointed star; the ink a little uneven."""
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
    paper: int = 232,
) -> bytes:
    """A printed page scanned back in: rendered at `dpi`, grey paper, speckle and dust, the unit's seal printed
    over the signature (multiply), a small skew and blur, stored as a JPEG."""
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


# =========================================================================== the national form, row by row
NAT_HEADS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
)
FUNDS_HEADS = ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")


def add_funds(f: Rows, funds: Sequence[Sequence[str]], label: str, rate_text: str | None = None) -> None:
    """The funds block of the national form (9 columns): a merged label, 资金来源 over two columns, 年初 / 全年 /
    执行, and 分值 / 执行率 / 得分 on the 年度资金总额 row only."""
    _, _, budget, done = funds[0]
    first = len(f.rows)
    f.add([label, FUNDS_HEADS[0], "", *FUNDS_HEADS[1:]], {1: (1, 2)})
    for k, (name, a, b, c) in enumerate(funds):
        tail = ["10", rate_text or pct(done, budget), exec_score(done, budget)] if k == 0 else [E, E, E]
        f.add(["", name, "", a, b, c, *tail], {1: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)


def add_goal(f: Rows, goal: str, done: str, label: str = "年度总体目标") -> None:
    f.add([label, "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    f.add(["", goal, "", "", "", done, "", "", ""], {1: (1, 4), 5: (1, 4)})


def add_indicators(
    f: Rows, inds: Sequence[Sequence[str]], label: str = "绩效指标", points: dict[str, str] | None = None
) -> int:
    """The indicator block: a label column merged down, a header row, 一级 / 二级 merged; `points` prints a block's
    weight beside its 一级 label (`产出指标（50分）`). Returns the header row's index."""
    head = len(f.rows)
    f.add([label, *NAT_HEADS])
    for row in inds:
        one = f"{row[0]}（{points[row[0]]}分）" if points else row[0]
        f.add(["", one, *row[1:]])
    f.merges[(head, 0)] = (len(inds) + 1, 1)
    f.merges.update(level_merges(inds, head + 1))
    return head


# =========================================================================== 1. taishun (PDF; a project report, the national form annexed)
TAISHUN_UNIT = "泰顺县农业局"
TAISHUN_PROJECT = "茶产业提升项目"
TAISHUN_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "180.00", "236.00", "229.46"),
    ("其中：当年财政拨款", "180.00", "216.00", "210.46"),
    ("上年结转资金", E, "20.00", "19.00"),
    ("其他资金", E, E, E),
]
TAISHUN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "新建标准化生态茶园", "≥2000亩", "2150亩", "10", "10", ""),
    ("产出指标", "数量指标", "机械化采摘示范基地", "≥500亩", "520亩", "10", "10", ""),
    ("产出指标", "数量指标", "培训茶农", "≥800人次", "860人次", "10", "10", ""),
    ("产出指标", "质量指标", "茶叶质量安全抽检合格率", "≥98%", "99.2%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "补助资金兑付时间",
        "2015年12月底前",
        "2016年1月",
        "5",
        "4",
        "部分茶园验收推迟，补助资金跨年兑付",
    ),
    ("产出指标", "成本指标", "新建茶园补助标准", "≤600元/亩", "600元/亩", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区茶园亩均增收", "≥300元", "326元", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动茶农", "≥1500户", "1620户", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "茶园生态化管理水平",
        "持续提升",
        "有所提升",
        "10",
        "9",
        "部分茶农仍过量施用化肥",
    ),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "93.5%", "10", "10", ""),
]
TAISHUN_GOAL = "新建标准化生态茶园2000亩以上，建设机械化采摘示范基地500亩以上，培训茶农800人次以上，茶叶质量安全抽检合格率98%以上。"
TAISHUN_DONE = (
    "新建标准化生态茶园2150亩，建设机械化采摘示范基地520亩，培训茶农860人次，茶叶质量安全抽检合格率99.2%。"
)
TAISHUN_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "茶产业是全县山区农民增收的主导产业。2015年，县农业局在8个乡镇实施茶产业提升项目，建设标准化生态茶园，"
        "推广茶园机械化采摘，开展茶农技术培训和茶叶质量安全抽检，提高茶叶品质和茶农收入。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2015年县财政年初安排项目资金180.00万元；8月，省财政下达茶产业发展补助资金36.00万元，本年财政拨款合计"
        "216.00万元。加上2014年结转的20.00万元，项目全年预算236.00万元。全年支出229.46万元，其中本年财政拨款支出"
        "210.46万元、上年结转资金支出19.00万元，预算执行率97.23%，结转下年6.54万元。新建茶园按每亩600元标准补助，"
        "共兑付新建茶园补助129.00万元，其余资金用于采摘机械购置补助、技术培训和质量安全抽检。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "（一）产出。新建标准化生态茶园2,150亩，完成年度计划2,000亩的107.5%；建设茶园机械化采摘示范基地520亩；举办"
        "茶叶种植和加工技术培训班12期，培训茶农860人次；抽检茶叶样品126批次，合格率99.2%。",
    ),
    (
        "p",
        "（二）效益。项目区茶园亩均增收326元，带动茶农1,620户；茶园病虫害绿色防控覆盖率提高到68%，上年为52%。",
    ),
    ("p", "（三）满意度。对项目区200户茶农开展问卷调查，满意度为93.5%。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标和项目支出绩效自评表（附后）逐项打分，项目自评得分97.72分，自评等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）新建茶园多在山区，部分地块验收推迟，补助资金兑付跨年。"),
    ("p", "（二）部分茶农仍有过量施用化肥的习惯，茶园生态化管理水平有待提高。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前组织乡镇开展验收，按验收进度分批兑付补助资金。"),
    ("p", "（二）推广测土配方施肥和有机肥替代化肥技术，加强茶园投入品管理。"),
]


def taishun_total() -> Decimal:
    _, _, budget, done = TAISHUN_FUNDS[0]
    return indicator_total(exec_score(done, budget), TAISHUN_IND, 6)


def taishun_rows() -> tuple[list[list[str]], Merges]:
    f = Rows()
    f.add(["项目名称", TAISHUN_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", TAISHUN_UNIT, "", "", "实施单位", TAISHUN_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    add_funds(f, TAISHUN_FUNDS, "项目资金（万元）")
    add_goal(f, TAISHUN_GOAL, TAISHUN_DONE)
    add_indicators(f, TAISHUN_IND)
    f.add(["总分", "", "", "", "", "", "100", f"{taishun_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def doc_taishun(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=10.5, margin=58, creator="Microsoft Office Word 2007")
    p.title(f"{TAISHUN_UNIT}\n2015年度{TAISHUN_PROJECT}绩效自评报告", size=16)
    p.blocks(TAISHUN_TEXT)
    p.right(TAISHUN_UNIT, size=11)
    p.right("2016年3月18日", size=11)
    check(p.page == 1, f"taishun text on one page, not {p.page}")
    p.new_page()
    p.m = 46
    p.cw = p.W - 2 * p.m
    p.bottom = p.m + 10
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2015年度）", size=10.5)
    rows, merges = taishun_rows()
    p.grid(
        rows,
        [11, 11, 12, 15, 13, 13, 8, 9, 18],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    p.para(f"填报单位：{TAISHUN_UNIT}　　填报日期：2016年3月18日", indent=False, size=9.5)
    check(p.page == 2, "taishun form on page 2")
    p.save()
    total, now, carry, _ = TAISHUN_FUNDS
    check(
        all(sum_money([now[k], carry[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec("180.00") + dec("36.00") == dec(now[2])
        and rate("229.46", "236.00") == dec("97.23")
        and not_half("229.46", "236.00")
        and dec("236.00") - dec("229.46") == dec("6.54")
        and 2150 * 600 == 1290000
        and rate(2150, 2000) == dec("107.50")
        and weights_of(TAISHUN_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in TAISHUN_IND)
        and taishun_total() == dec("97.72"),
        f"taishun {taishun_total()}",
    )


# =========================================================================== 2. qitaihe (PDF; a bare project form over two pages, its header row repeated)
QITAIHE_UNIT = "七台河市林业局"
QITAIHE_PROJECT = "中央财政森林抚育补贴"
QITAIHE_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "120.00", "620.00", "598.74"),
    ("其中：中央财政资金", E, "450.00", "436.20"),
    ("省级财政资金", E, "50.00", "47.54"),
    ("市级财政资金", "120.00", "120.00", "115.00"),
    ("其他资金", E, E, E),
]
QITAIHE_IND = [
    ("产出指标", "数量指标", "完成森林抚育面积", "≥6万亩", "6.2万亩", "10", "10", ""),
    ("产出指标", "数量指标", "中幼龄林抚育", "≥4.5万亩", "4.6万亩", "5", "5", ""),
    ("产出指标", "数量指标", "补植补造", "≥0.5万亩", "0.52万亩", "5", "5", ""),
    ("产出指标", "数量指标", "修建作业道", "≥30公里", "32公里", "5", "5", ""),
    ("产出指标", "数量指标", "清理林区防火道", "≥40公里", "42公里", "5", "5", ""),
    ("产出指标", "质量指标", "抚育作业质量合格率", "≥95%", "96.8%", "5", "5", ""),
    ("产出指标", "质量指标", "检查验收覆盖率", "=100%", "100%", "5", "5", ""),
    (
        "产出指标",
        "时效指标",
        "抚育作业完成时间",
        "2016年10月底前",
        "2016年11月15日",
        "5",
        "3",
        "入秋降雨偏多，部分林班作业推迟",
    ),
    ("产出指标", "成本指标", "作业道建设成本", "≤2.5万元/公里", "2.4万元/公里", "5", "5", ""),
    ("效益指标", "经济效益指标", "抚育间伐材产量", "≥1.2万立方米", "1.26万立方米", "5", "5", ""),
    ("效益指标", "社会效益指标", "带动林区群众就业", "≥1500人次", "1680人次", "5", "5", ""),
    ("效益指标", "生态效益指标", "抚育后林分郁闭度", "0.6—0.7", "0.65", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "森林抚育管护机制",
        "逐步健全",
        "基本健全",
        "10",
        "9",
        "抚育后管护责任落实不到位",
    ),
    ("满意度指标", "服务对象满意度指标", "林场职工和周边群众满意度", "≥90%", "92.4%", "10", "10", ""),
]
QITAIHE_GOAL = (
    "完成森林抚育6万亩，其中中幼龄林抚育4.5万亩，补植补造0.5万亩，修建作业道30公里，清理林区防火道40公里，"
    "抚育作业质量合格率95%以上。"
)
QITAIHE_DONE = (
    "完成森林抚育6.2万亩，其中中幼龄林抚育4.6万亩，补植补造0.52万亩；修建作业道32公里，清理林区防火道42公里；"
    "抚育作业质量合格率96.8%，带动林区群众就业1680人次。"
)
QITAIHE_SIGN = f"填报单位（盖章）：{QITAIHE_UNIT}　　填报人：于××　　填报日期：2017年3月14日"


def qitaihe_total() -> Decimal:
    _, _, budget, done = QITAIHE_FUNDS[0]
    return indicator_total(exec_score(done, budget), QITAIHE_IND, 6)


def qitaihe_rows() -> tuple[list[list[str]], Merges, int]:
    f = Rows()
    f.add(["项目名称", QITAIHE_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", QITAIHE_UNIT, "", "", "实施单位", QITAIHE_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    add_funds(f, QITAIHE_FUNDS, "项目资金（万元）")
    add_goal(f, QITAIHE_GOAL, QITAIHE_DONE)
    head = add_indicators(f, QITAIHE_IND)
    f.add(["总分", "", "", "", "", "", "100", f"{qitaihe_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges, head


def doc_qitaihe(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11, margin=80, creator="WPS Office")
    p.title("项目支出绩效自评表", size=16)
    p.center("（2016年度）", size=11)
    rows, merges, head = qitaihe_rows()
    p.grid(
        rows,
        [11, 10, 12, 16, 13, 13, 8, 10, 16],
        merges,
        size=10,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
        split=True,
        repeat=[head],
    )
    p.para(QITAIHE_SIGN, indent=False, size=10)
    check(p.page == 2, f"qitaihe form on two pages, not {p.page}")
    check(
        len(p.breaks) == 1 and head + 2 <= p.breaks[0] <= head + 9,
        f"qitaihe breaks inside the 产出 block: {p.breaks} (head {head})",
    )
    p.save()
    total, central, prov, city, _ = QITAIHE_FUNDS
    check(
        all(sum_money([central[k], prov[k], city[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("96.57")
        and not_half(total[3], total[2])
        and weights_of(QITAIHE_IND, 5) == 90
        and block_weights(QITAIHE_IND, 5) == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
        and all(dec(r[6]) <= dec(r[5]) for r in QITAIHE_IND)
        and qitaihe_total() == dec("96.66"),
        f"qitaihe {qitaihe_total()}",
    )


# =========================================================================== 3. baisha (DOCX; a department report, its form as one Word table; E3)
BAISHA_UNIT = "白沙黎族自治县卫生和计划生育委员会"
BAISHA_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "3,268.40", "3,956.20", "3,842.57"),
    ("其中：一般公共预算财政拨款", "3,268.40", "3,776.20", "3,666.07"),
    ("政府性基金预算财政拨款", E, "180.00", "176.50"),
    ("其他资金", E, E, E),
]
BAISHA_TASKS = [  # 任务名称, 主要内容, 全年预算数, 全年执行数 (万元): the whole budget
    ("机构运转保障", "保障委机关人员工资福利和日常运转", "1,520.00", "1,486.32"),
    ("基本公共卫生服务", "居民健康档案管理、老年人健康管理、妇幼健康和预防接种等服务", "986.40", "962.18"),
    ("计划生育奖励扶助", "农村部分计划生育家庭奖励扶助和特别扶助金发放", "612.50", "598.36"),
    ("基层医疗机构能力建设", "乡镇卫生院设备配置和乡村医生培训", "837.30", "795.71"),
]
BAISHA_IND = [
    ("产出指标", "数量指标", "65岁以上老年人健康管理", "≥1.2万人", "1.26万人", "10", "10", ""),
    ("产出指标", "数量指标", "孕产妇系统管理率", "≥90%", "88.6%", "10", "9", "偏远村孕产妇建档偏晚"),
    ("产出指标", "数量指标", "计划生育奖励扶助对象", "=2860人", "2860人", "10", "10", ""),
    (
        "产出指标",
        "质量指标",
        "儿童免疫规划疫苗接种率",
        "≥95%",
        "93.2%",
        "10",
        "8",
        "流动人口儿童接种追踪不到位",
    ),
    (
        "产出指标",
        "时效指标",
        "奖扶资金发放及时率",
        "=100%",
        "96%",
        "5",
        "4",
        "个别对象银行账户信息有误，发放延迟",
    ),
    ("产出指标", "成本指标", "人均基本公共卫生服务经费补助", "≥50元", "50元", "5", "5", ""),
    (
        "效益指标",
        "社会效益指标",
        "乡镇卫生院门诊人次增长率",
        "≥5%",
        "3.1%",
        "10",
        "6",
        "部分卫生院医务人员流失",
    ),
    ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥80%", "82.6%", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "基层医疗卫生服务体系",
        "逐步完善",
        "进一步完善",
        "10",
        "9",
        "村卫生室人员老化",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "群众满意度",
        "≥90%",
        "86.2%",
        "10",
        "8",
        "部分群众反映就医排队时间长",
    ),
]
BAISHA_GRADE = "优"  # E3: 88.71 is 良 on the scale the report prints (90 and over for 优)
BAISHA_GOAL = "落实国家基本公共卫生服务项目，65岁以上老年人健康管理1.2万人以上，孕产妇系统管理率90%以上，计划生育奖励扶助资金按时足额发放。"
BAISHA_DONE = "建立居民电子健康档案13.86万份，为1.26万名65岁以上老年人提供健康管理服务，为2860名奖励扶助对象发放奖扶资金。"
BAISHA_TEXT_A: Blocks = [
    ("b", "一、部门基本情况"),
    (
        "p",
        "县卫生计生委负责全县医疗卫生、疾病预防控制、妇幼保健和计划生育工作，内设办公室、医政股、基层卫生股等6个"
        "股室，下属县人民医院、县疾病预防控制中心和11个乡镇卫生院等单位，纳入本次评价范围的为委机关本级，2017年末"
        "在职人员48人。",
    ),
    ("b", "二、部门预算收支情况"),
    (
        "p",
        "2017年县财政批复我委年初预算3,268.40万元，年度执行中追加687.80万元，全年预算3,956.20万元，其中一般公共预算"
        "财政拨款3,776.20万元、政府性基金预算财政拨款180.00万元（中央专项彩票公益金）。",
    ),
    (
        "p",
        "全年支出3,842.57万元，其中基本支出1,486.32万元（人员经费1,268.45万元、公用经费217.87万元），项目支出2,356.25"
        "万元；预算执行率97.13%，年末结转结余113.63万元。年度主要任务及其资金安排见附表。",
    ),
    ("b", "三、部门履职成效"),
    (
        "p",
        "（一）基本公共卫生服务。全县建立居民电子健康档案13.86万份，建档率82.6%；为65岁以上老年人提供健康管理服务"
        "1.26万人；孕产妇系统管理率88.6%，儿童免疫规划疫苗接种率93.2%。",
    ),
    ("p", "（二）计划生育。为2,860人发放农村部分计划生育家庭奖励扶助金，发放及时率96%。"),
    ("p", "（三）基层能力建设。为乡镇卫生院配备DR、彩超等设备26台（套），培训乡村医生312人次。"),
    ("b", "四、自评结论"),
]
BAISHA_TEXT_C: Blocks = [
    ("b", "五、存在的问题"),
    ("p", "（一）乡镇卫生院人才流失较多，门诊服务量增长未达到预期。"),
    ("p", "（二）流动人口儿童预防接种追踪管理不到位，接种率低于目标。"),
    ("b", "六、改进措施"),
    ("p", "（一）落实基层卫生人员待遇保障政策，通过定向培养和招聘补充乡镇卫生院人员。"),
    ("p", "（二）建立流动儿童接种信息共享机制，由村医逐户核查补种。"),
]


def baisha_total() -> Decimal:
    _, _, budget, done = BAISHA_FUNDS[0]
    return indicator_total(exec_score(done, budget), BAISHA_IND, 6)


def baisha_conclusion() -> str:
    return (
        "按照县财政局印发的部门整体支出绩效评价办法，评价结果分为四个等级：90分（含）以上为优，80分（含）至90分为良，"
        "60分（含）至80分为中，60分以下为差。经对照部门整体支出绩效自评表逐项打分，我委2017年度部门整体支出绩效自评"
        f"得分{baisha_total()}分，评价等级为“{BAISHA_GRADE}”。"
    )


def baisha_rows() -> tuple[list[list[str]], Merges]:
    """The department form as one Word table of 9 columns."""
    f = Rows()
    f.add(["部门名称", BAISHA_UNIT, "", "", "", "", "", "", ""], {1: (1, 8)})
    add_funds(f, BAISHA_FUNDS, "年度预算资金（万元）")
    first = len(f.rows)
    f.add(
        ["年度主要任务", "任务名称", "", "主要内容", "", "", "", "全年预算数", "全年执行数"],
        {1: (1, 2), 3: (1, 4)},
    )
    for name, content, b, c in BAISHA_TASKS:
        f.add(["", name, "", content, "", "", "", b, c], {1: (1, 2), 3: (1, 4)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    add_goal(f, BAISHA_GOAL, BAISHA_DONE)
    add_indicators(f, BAISHA_IND, label="年度绩效指标")
    f.add(["总分", "", "", "", "", "", "100", f"{baisha_total()}", f"自评等级：{BAISHA_GRADE}"], {0: (1, 6)})
    return f.rows, f.merges


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


def _docx_blocks(d: Any, blocks: Blocks) -> None:
    for kind, text in blocks:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)


def doc_baisha(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, BAISHA_UNIT, 16)
    office.centred_title(d, "2017年度部门整体支出绩效自评报告", 16)
    _docx_blocks(d, BAISHA_TEXT_A)
    para(d, baisha_conclusion())
    _docx_blocks(d, BAISHA_TEXT_C)
    office.aligned(d, BAISHA_UNIT, "right")
    office.aligned(d, "2018年4月16日", "right")
    para(d, "附表", indent=False)
    office.centred_title(d, "部门整体支出绩效自评表", 14)
    office.aligned(d, "（2017年度）", "center")
    rows, merges = baisha_rows()
    table(d, rows, docx_merges(merges))
    office.page_number_footer(d, complex_field=True)
    STAMP.save_docx(d, path)
    total, general, fund, _ = BAISHA_FUNDS
    tasks_b, tasks_c = column_sum(BAISHA_TASKS, 2), column_sum(BAISHA_TASKS, 3)
    check(
        all(sum_money([general[k], fund[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec("3268.40") + dec("687.80") == dec(total[2])
        and dec("1268.45") + dec("217.87") == dec("1486.32")
        and dec("1486.32") + dec("2356.25") == dec(total[3])
        and tasks_b == dec(total[2])
        and tasks_c == dec(total[3])
        and dec(BAISHA_TASKS[0][3]) == dec("1486.32")
        and column_sum(BAISHA_TASKS[1:], 3) == dec("2356.25")
        and rate(total[3], total[2]) == dec("97.13")
        and not_half(total[3], total[2])
        and dec(total[2]) - dec(total[3]) == dec("113.63")
        and weights_of(BAISHA_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in BAISHA_IND)
        and baisha_total() == dec("88.71")
        and BAISHA_GRADE == "优",
        f"baisha {baisha_total()}",
    )


# =========================================================================== 4. zhangwu (PDF; a project report, the annexed form scanned)
ZHANGWU_UNIT = "彰武县水利局"
ZHANGWU_PROJECT = "农村饮水安全巩固提升工程"
ZHANGWU_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "150.00", "850.00", "822.22"),
    ("其中：中央财政资金", E, "520.00", "508.62"),
    ("省级财政资金", E, "180.00", "172.40"),
    ("县级财政资金", "150.00", "150.00", "141.20"),
    ("其他资金", E, E, E),
]
ZHANGWU_IND = [
    ("产出指标", "数量指标", "新建集中供水工程", "=12处", "12处", "10", "10", ""),
    ("产出指标", "数量指标", "铺设供水管网", "≥86公里", "88.5公里", "10", "10", ""),
    ("产出指标", "数量指标", "改造入户工程", "≥3200户", "3260户", "10", "10", ""),
    ("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "工程完工时间",
        "2018年10月底前",
        "2018年11月20日",
        "10",
        "8",
        "2处工程管材供应延迟",
    ),
    ("效益指标", "社会效益指标", "受益人口", "≥1.1万人", "1.16万人", "10", "10", ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥88%", "89.5%", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "工程运行管护机制",
        "健全",
        "基本健全",
        "10",
        "8",
        "部分村管水员报酬未落实",
    ),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", "10", "10", ""),
]
ZHANGWU_GOAL = "新建集中供水工程12处，铺设供水管网86公里以上，改造入户工程3200户以上，工程验收合格率100%。"
ZHANGWU_DONE = "新建集中供水工程12处，铺设供水管网88.5公里，改造入户工程3260户，受益人口1.16万人。"
ZHANGWU_SIGN = f"填报单位（盖章）：{ZHANGWU_UNIT}　　　填报人：王××　　　填报日期：2019年3月26日"
ZHANGWU_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "2018年，县水利局在10个乡镇实施农村饮水安全巩固提升工程，新建和改造集中供水工程，铺设供水管网，改造入户"
        "设施，解决部分村屯水量不足、水质不达标的问题。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "项目资金由中央、省级财政补助和县级配套资金组成。县财政年初安排配套资金150.00万元；年度执行中，中央和省级"
        "财政下达补助资金700.00万元，其中中央财政资金520.00万元、省级财政资金180.00万元。项目全年预算850.00万元，"
        "实际到位资金850.00万元。截至2018年12月31日，项目支出822.22万元，预算执行率96.73%，结余27.78万元为工程质量"
        "保证金。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年新建集中供水工程12处，铺设供水管网88.5公里，改造入户工程3,260户，工程验收合格率100%；项目受益人口1.16"
        "万人，全县农村自来水普及率达到89.5%。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目支出绩效自评表（附后）逐项自评，项目自评得分95.67分，等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）个别工程管材供应延迟，完工时间晚于计划。下一步将提前组织主要材料采购，合理安排施工进度。"),
    ("p", "（二）部分村管水员报酬未落实，工程管护不够到位。下一步将落实管护经费，明确村级管护责任。"),
]


def zhangwu_total() -> Decimal:
    _, _, budget, done = ZHANGWU_FUNDS[0]
    return indicator_total(exec_score(done, budget), ZHANGWU_IND, 6)


def zhangwu_rows() -> tuple[list[list[str]], Merges]:
    f = Rows()
    f.add(["项目名称", ZHANGWU_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", ZHANGWU_UNIT, "", "", "实施单位", ZHANGWU_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    add_funds(f, ZHANGWU_FUNDS, "项目资金（万元）")
    add_goal(f, ZHANGWU_GOAL, ZHANGWU_DONE)
    add_indicators(f, ZHANGWU_IND)
    f.add(["总分", "", "", "", "", "", "100", f"{zhangwu_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


ZHANGWU_SEAL_AT: list[float] = []


def _zhangwu_form(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=50)
    p.page = 2  # printed as the report's second page
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2018年度）", size=10.5)
    rows, merges = zhangwu_rows()
    p.grid(
        rows,
        [11, 11, 12, 15, 13, 13, 8, 10, 17],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    ZHANGWU_SEAL_AT[:] = [p.m + 120, p.H - p.y + 32]
    p.para(ZHANGWU_SIGN, indent=False, size=10)
    check(p.page == 2, "zhangwu form on one page")
    p.save()


def doc_zhangwu(path: Path) -> None:
    jpeg = _scan(
        _scratch(_zhangwu_form), 170, 2018, 0.6, 70, ZHANGWU_UNIT, (ZHANGWU_SEAL_AT[0], ZHANGWU_SEAL_AT[1])
    )
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{ZHANGWU_UNIT}2018年度\n{ZHANGWU_PROJECT}项目支出绩效自评报告", size=16)
    p.blocks(ZHANGWU_TEXT)
    p.right(ZHANGWU_UNIT, size=11)
    p.right("2019年3月26日", size=11)
    check(p.page == 1, f"zhangwu text on one page, not {p.page}")
    p.new_page()
    p.c.setProducer("Kyocera TASKalfa Scan")
    _image_page(p.c, jpeg)
    p.c.save()
    total, central, prov, county, _ = ZHANGWU_FUNDS
    check(
        all(sum_money([central[k], prov[k], county[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec(central[2]) + dec(prov[2]) == dec("700.00")
        and rate(total[3], total[2]) == dec("96.73")
        and not_half(total[3], total[2])
        and dec(total[2]) - dec(total[3]) == dec("27.78")
        and weights_of(ZHANGWU_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in ZHANGWU_IND)
        and zhangwu_total() == dec("95.67"),
        f"zhangwu {zhangwu_total()}",
    )


# =========================================================================== 5. yangji (PDF; a town's bare department form over two pages; E2)
YANGJI_UNIT = "灌云县杨集镇人民政府"
YANGJI_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "2,386.50", "2,874.30", "2,806.41"),
    ("其中：一般公共预算财政拨款", "2,136.50", "2,524.30", "2,462.91"),
    ("政府性基金预算财政拨款", "250.00", "350.00", "343.50"),
    ("其他资金", E, E, E),
]
YANGJI_TASKS = [  # 任务名称, 主要内容 (no amounts)
    ("乡村振兴和人居环境整治", "推进12个村人居环境整治，新建农村道路，发展村级集体经济"),
    ("社会事业和民生保障", "落实城乡居民医保参保、公益性岗位开发和困难群众救助"),
    ("基层治理和平安建设", "开展矛盾纠纷排查调处，加强网格化管理"),
    ("机关运转保障", "保障镇机关和所属事业单位正常运转"),
]
YANGJI_POINTS = {"产出指标": "50", "效益指标": "30", "满意度指标": "10"}  # E2: the template's labels
YANGJI_IND = [  # the 产出 rows carry 40 points, the 效益 rows 40
    ("产出指标", "数量指标", "人居环境整治村", "=12个", "12个", "10", "10", ""),
    ("产出指标", "数量指标", "新建农村道路", "≥8公里", "8.6公里", "10", "10", ""),
    ("产出指标", "数量指标", "开发农村公益性岗位", "≥120个", "126个", "5", "5", ""),
    ("产出指标", "质量指标", "道路工程验收合格率", "=100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "惠民资金发放及时率", "=100%", "100%", "5", "5", ""),
    ("产出指标", "成本指标", "公用经费控制率", "≤100%", "96.2%", "5", "5", ""),
    ("效益指标", "经济效益指标", "村均集体经营性收入", "≥15万元", "16.8万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "城乡居民医保参保率", "≥98%", "98.6%", "10", "10", ""),
    ("效益指标", "社会效益指标", "矛盾纠纷调处成功率", "≥95%", "97.4%", "5", "5", ""),
    (
        "效益指标",
        "生态效益指标",
        "农村生活垃圾集中收运率",
        "≥95%",
        "96%",
        "10",
        "9",
        "个别自然村收运频次不足",
    ),
    (
        "效益指标",
        "可持续影响指标",
        "农村人居环境长效管护机制",
        "健全",
        "基本健全",
        "5",
        "4",
        "村级保洁员考核不到位",
    ),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.6%", "10", "10", ""),
]
YANGJI_GOAL = (
    "完成12个村人居环境整治，新建农村道路8公里以上，开发农村公益性岗位120个以上，城乡居民医保参保率98%以上，"
    "群众满意度90%以上。"
)
YANGJI_DONE = (
    "完成12个村人居环境整治，新建农村道路8.6公里，开发农村公益性岗位126个，城乡居民医保参保率98.6%，调处矛盾纠纷"
    "234件，调处成功率97.4%。"
)
YANGJI_SIGN = f"填报单位（盖章）：{YANGJI_UNIT}　　填报日期：2020年3月6日"


def yangji_total() -> Decimal:
    _, _, budget, done = YANGJI_FUNDS[0]
    return indicator_total(exec_score(done, budget), YANGJI_IND, 6)


def yangji_rows() -> tuple[list[list[str]], Merges, int]:
    f = Rows()
    f.add(["部门名称", YANGJI_UNIT, "", "", "", "", "", "", ""], {1: (1, 8)})
    add_funds(f, YANGJI_FUNDS, "年度预算资金（万元）")
    first = len(f.rows)
    f.add(["年度主要任务", "任务名称", "", "主要内容", "", "", "", "", ""], {1: (1, 2), 3: (1, 6)})
    for name, content in YANGJI_TASKS:
        f.add(["", name, "", content, "", "", "", "", ""], {1: (1, 2), 3: (1, 6)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    add_goal(f, YANGJI_GOAL, YANGJI_DONE)
    head = add_indicators(f, YANGJI_IND, points=YANGJI_POINTS)
    f.add(["总分", "", "", "", "", "", "100", f"{yangji_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges, head


def doc_yangji(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=62, creator="WPS Office")
    p.title("部门整体支出绩效自评表", size=16)
    p.center("（2019年度）", size=11)
    rows, merges, head = yangji_rows()
    p.grid(
        rows,
        [11, 11, 12, 16, 13, 13, 8, 10, 15],
        merges,
        size=10,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
        split=True,
    )
    p.para(YANGJI_SIGN, indent=False, size=10)
    check(p.page == 2, f"yangji form on two pages, not {p.page}")
    check(
        len(p.breaks) == 1 and head + 8 <= p.breaks[0] <= head + 11,
        f"yangji breaks inside the 效益 block: {p.breaks} (head {head})",
    )
    p.save()
    total, general, fund, _ = YANGJI_FUNDS
    blocks = block_weights(YANGJI_IND, 5)
    check(
        all(sum_money([general[k], fund[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("97.64")
        and not_half(total[3], total[2])
        and weights_of(YANGJI_IND, 5) == 90
        and blocks == {"产出指标": 40, "效益指标": 40, "满意度指标": 10}
        and {k: dec(v) for k, v in YANGJI_POINTS.items()} != blocks
        and sum(dec(v) for v in YANGJI_POINTS.values()) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in YANGJI_IND)
        and yangji_total() == dec("97.76"),
        f"yangji {yangji_total()}",
    )


# =========================================================================== 6. nimu (XLSX; a bare project form whose 其中 rows miss their total; E1)
NIMU_UNIT = "尼木县农业农村局"
NIMU_PROJECT = "设施蔬菜种植基地建设"
NIMU_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元); E a dash
    ("年度资金总额", "260.00", "326.00", "312.86"),
    ("其中：当年财政拨款", "260.00", "296.00", "274.36"),  # E1: 284.36 meant (274.36 + 28.50 = 302.86)
    ("上年结转资金", E, "30.00", "28.50"),
    ("其他资金", E, E, E),
]
NIMU_IND = [  # 分值 and 得分 as numbers
    ("产出指标", "数量指标", "新建日光温室", "=40座", "40座", 10, 10, ""),
    ("产出指标", "数量指标", "蔬菜种植面积", "≥120亩", "126亩", 10, 10, ""),
    ("产出指标", "数量指标", "培训种植户", "≥300人次", "328人次", 10, 10, ""),
    ("产出指标", "质量指标", "温室工程验收合格率", "=100%", "100%", 10, 10, ""),
    (
        "产出指标",
        "时效指标",
        "温室建成投产时间",
        "2020年9月底前",
        "2020年10月12日",
        5,
        3,
        "高原施工期短，钢架材料运输推迟",
    ),
    ("产出指标", "成本指标", "每座温室建设成本", "≤6万元", "5.8万元", 5, 5, ""),
    ("效益指标", "经济效益指标", "项目区户均增收", "≥2000元", "2260元", 10, 10, ""),
    ("效益指标", "社会效益指标", "带动农牧民就业", "≥80人", "86人", 10, 10, ""),
    ("效益指标", "可持续影响指标", "基地运营管护机制", "健全", "基本健全", 10, 8, "合作社经营管理能力不足"),
    ("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "≥90%", "94.5%", 10, 10, ""),
]
NIMU_GOAL = "新建日光温室40座，蔬菜种植面积120亩以上，培训种植户300人次以上，带动农牧民就业80人以上。"
NIMU_DONE = "新建日光温室40座，种植蔬菜126亩，培训种植户328人次，带动农牧民就业86人，全年项目支出312.86万元。"


def nimu_score() -> str:
    _, _, budget, done = NIMU_FUNDS[0]
    return exec_score(done, budget)


def nimu_total() -> Decimal:
    return indicator_total(nimu_score(), NIMU_IND, 6)


def doc_nimu(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGHI", [12, 14, 16, 20, 14, 14, 8, 10, 24], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2020年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", NIMU_PROJECT, merge_to="I3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", NIMU_UNIT, merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", NIMU_UNIT, merge_to="I4")
    last = 5 + len(NIMU_FUNDS)
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to=f"A{last}")
    for col, head in zip("BDEFGHI", FUNDS_HEADS, strict=True):
        xl_put(ws, f"{col}5", head, center=True, merge_to="C5" if col == "B" else None)
    _, _, budget, done = NIMU_FUNDS[0]
    for r, (name, a, b, c) in enumerate(NIMU_FUNDS, 6):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        for col, v in zip("DEF", (a, b, c), strict=True):
            if v == E:
                xl_put(ws, f"{col}{r}", E, center=True)
            else:
                xl_put(ws, f"{col}{r}", float(dec(v)), fmt="0.00", center=True)
        if r == 6:
            xl_put(ws, "G6", 10, center=True)
            xl_put(ws, "H6", float(rate(done, budget) / 100), fmt="0.00%", center=True)
            xl_put(ws, "I6", float(nimu_score()), fmt="0.00", center=True)
        else:
            for col in "GHI":
                xl_put(ws, f"{col}{r}", E, center=True)
    goal = last + 1
    xl_put(ws, f"A{goal}", "年度总体目标", center=True, merge_to=f"A{goal + 1}")
    xl_put(ws, f"B{goal}", "预期目标", center=True, merge_to=f"E{goal}")
    xl_put(ws, f"F{goal}", "实际完成情况", center=True, merge_to=f"I{goal}")
    xl_put(ws, f"B{goal + 1}", NIMU_GOAL, merge_to=f"E{goal + 1}")
    xl_put(ws, f"F{goal + 1}", NIMU_DONE, merge_to=f"I{goal + 1}")
    ws.row_dimensions[goal + 1].height = 60
    first = goal + 2
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(NIMU_IND)}")
    for col, head in zip("BCDEFGHI", NAT_HEADS, strict=True):
        xl_put(ws, f"{col}{first}", head, center=True)
    for r, row in enumerate(NIMU_IND, first + 1):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v if v != "" else None, center=col in "EFGH")
    for (r0, c0), (rs, _) in level_merges(NIMU_IND, first + 1, col0=0).items():
        col = "BC"[c0]
        ws.merge_cells(f"{col}{r0}:{col}{r0 + rs - 1}")
    end = first + len(NIMU_IND) + 1
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(nimu_total()), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "自评等级：优", center=True)
    xl_put(
        ws,
        f"A{end + 1}",
        f"填报单位（盖章）：{NIMU_UNIT}　　联系人：次××　　填报日期：2021年3月2日",
        merge_to=f"I{end + 1}",
        border=False,
    )
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = "landscape"
    STAMP.save_xlsx(wb, path)
    total, now, carry, _ = NIMU_FUNDS
    check(
        all(sum_money([now[k], carry[k]]) == dec(total[k]) for k in (1, 2))
        and sum_money([now[3], carry[3]]) == dec(total[3]) - 10
        and rate(total[3], total[2]) == dec("95.97")
        and not_half(total[3], total[2])
        and nimu_score() == "9.60"
        and sum(r[5] for r in NIMU_IND) == 90
        and all(r[6] <= r[5] for r in NIMU_IND)
        and nimu_total() == dec("95.60"),
        f"nimu {nimu_total()}",
    )


# =========================================================================== 7. pangezhuang (HTML; a town's page with its department form; E4)
PANG_UNIT = "北京市大兴区庞各庄镇人民政府"
PANG_TITLE = f"{PANG_UNIT}2021年度部门整体支出绩效自评报告"
PANG_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "5,426.80", "6,482.60", "6,275.38"),
    ("其中：一般公共预算财政拨款", "5,046.80", "5,862.60", "5,667.92"),
    ("政府性基金预算财政拨款", "380.00", "620.00", "607.46"),
    ("其他资金", E, E, E),
]
PANG_RATE = "98.60%"  # E4: typed in the form; 6,275.38 ÷ 6,482.60 = 96.80%
PANG_TASKS = [  # 任务名称, 主要内容, 全年预算数, 全年执行数 (万元): the whole budget
    ("机关运转保障", "保障镇机关和所属事业单位人员经费和日常公用经费", "2,210.00", "2,168.45"),
    ("农村人居环境整治", "村庄环境整治、垃圾分类和污水收集处理设施运行维护", "2,146.30", "2,086.72"),
    ("西瓜产业发展", "西瓜标准化种植技术推广、品牌宣传和节庆活动组织", "860.00", "826.34"),
    ("民生保障和社会治理", "困难群众救助、社区服务和网格化管理", "1,266.30", "1,193.87"),
]
PANG_IND = [
    ("产出指标", "数量指标", "垃圾分类示范村", "≥20个", "22个", "10", "10", ""),
    ("产出指标", "数量指标", "污水收集处理设施运行维护", "=56个村", "56个村", "10", "10", ""),
    ("产出指标", "数量指标", "西瓜标准化种植示范", "≥3000亩", "3200亩", "10", "10", ""),
    ("产出指标", "质量指标", "生活垃圾无害化处理率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "救助资金发放及时率", "=100%", "100%", "5", "5", ""),
    ("产出指标", "成本指标", "公用经费控制率", "≤100%", "97.5%", "5", "5", ""),
    ("效益指标", "经济效益指标", "西瓜种植户户均增收", "≥3000元", "3150元", "10", "10", ""),
    ("效益指标", "社会效益指标", "接诉即办诉求解决率", "≥90%", "92.6%", "10", "10", ""),
    ("效益指标", "生态效益指标", "村庄环境整治达标率", "≥95%", "93%", "10", "8", "个别村垃圾乱堆放问题反弹"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95.2%", "10", "10", ""),
]
PANG_GOAL = (
    "创建垃圾分类示范村20个以上，污水收集处理设施正常运行，推广西瓜标准化种植3000亩以上，群众满意度90%以上。"
)
PANG_DONE = (
    "创建垃圾分类示范村22个，56个村污水收集处理设施正常运行，推广西瓜标准化种植3200亩，群众满意度95.2%。"
)


def pang_total() -> Decimal:
    _, _, budget, done = PANG_FUNDS[0]
    return indicator_total(exec_score(done, budget), PANG_IND, 6)


def pang_rows() -> tuple[list[list[str]], Merges]:
    f = Rows()
    f.add(["部门名称", PANG_UNIT, "", "", "", "", "", "", ""], {1: (1, 8)})
    add_funds(f, PANG_FUNDS, "年度预算资金（万元）", rate_text=PANG_RATE)
    first = len(f.rows)
    f.add(
        ["年度主要任务", "任务名称", "", "主要内容", "", "", "", "全年预算数", "全年执行数"],
        {1: (1, 2), 3: (1, 4)},
    )
    for name, content, b, c in PANG_TASKS:
        f.add(["", name, "", content, "", "", "", b, c], {1: (1, 2), 3: (1, 4)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    add_goal(f, PANG_GOAL, PANG_DONE)
    add_indicators(f, PANG_IND)
    f.add(["总分", "", "", "", "", "", "100", f"{pang_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def html_form(rows: Sequence[Sequence[str]], merges: Merges, klass: str) -> str:
    """A form as a portal's editor saves it: one bordered table, rowspan / colspan cells, covered cells left out."""
    covered = {
        (rr, cc)
        for (r, c), (rs, cs) in merges.items()
        for rr in range(r, r + rs)
        for cc in range(c, c + cs)
        if (rr, cc) != (r, c)
    }
    out = [
        f'<table class="{klass}" border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">',
        "<tbody>",
    ]
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = merges.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


def pang_body() -> str:
    rows, merges = pang_rows()
    paras = [
        _h("一、部门基本情况"),
        _p(
            "庞各庄镇人民政府承担全镇经济发展、城乡建设、社会事务和基层治理等职能，内设党政办公室、经济发展办公室、"
            "城乡建设办公室等10个办公室，辖56个行政村，2021年末在编人员132人。"
        ),
        _h("二、部门预算收支情况"),
        _p(
            "2021年区财政批复我镇年初预算5,426.80万元，年中追加1,055.80万元，全年预算6,482.60万元，其中一般公共预算"
            "财政拨款5,862.60万元、政府性基金预算财政拨款620.00万元。全年支出6,275.38万元，其中基本支出2,168.45万元、"
            "项目支出4,106.93万元，年末结转结余207.22万元。年度主要任务的预算和执行情况见附表。"
        ),
        _h("三、部门履职成效"),
        _p(
            "（一）人居环境。创建垃圾分类示范村22个，全镇56个村的污水收集处理设施正常运行，生活垃圾无害化处理率"
            "100%。"
        ),
        _p(
            "（二）产业发展。推广西瓜标准化种植3,200亩，举办西瓜节等品牌推介活动6场，西瓜种植户户均增收3,150元。"
        ),
        _p("（三）民生和治理。接诉即办诉求解决率92.6%，全年调处矛盾纠纷318件。"),
        _h("四、自评结论"),
        _p(
            "对照年初设定的部门整体绩效目标，镇绩效自评小组逐项打分（自评表附后），2021年度部门整体支出绩效自评得分"
            f"{pang_total()}分，评价等级为“优”。"
        ),
        _h("五、存在的问题"),
        _p("（一）个别村垃圾乱堆放问题反弹，村庄环境整治达标率未达到年度目标。"),
        _p("（二）年中追加资金较多，部分项目资金在第四季度集中支出。"),
        _h("六、改进措施"),
        _p("（一）落实村庄保洁长效管护机制，将环境整治情况纳入村级考核。"),
        _p("（二）提高年初预算编制的完整性，按月调度项目支出进度。"),
        _p("附表：部门整体支出绩效自评表（2021年度）", "text-indent: 0;"),
        html_form(rows, merges, "zpb"),
        _p(PANG_UNIT, "text-align: right;"),
        _p("2022年4月22日", "text-align: right;"),
    ]
    return "\n".join(paras)


def pang_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>' for n in ("首页", "要闻动态", "政务公开", "政务服务", "政民互动", "走进大兴")
    )
    info = "\n".join(
        f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>"
        for a, b, c, d in (
            ("索引号", "11N000/2022-00418", "主题分类", "财政、金融、审计"),
            ("发布机构", "庞各庄镇", "发布日期", "2022-04-29"),
            ("文号", "", "有效性", "有效"),
        )
    )
    total, general, fund, _ = PANG_FUNDS
    check(
        all(sum_money([general[k], fund[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec("5426.80") + dec("1055.80") == dec(total[2])
        and dec("2168.45") + dec("4106.93") == dec(total[3])
        and dec(total[2]) - dec(total[3]) == dec("207.22")
        and column_sum(PANG_TASKS, 2) == dec(total[2])
        and column_sum(PANG_TASKS, 3) == dec(total[3])
        and dec(PANG_TASKS[0][3]) == dec("2168.45")
        and rate(total[3], total[2]) == dec("96.80")
        and not_half(total[3], total[2])
        and dec(PANG_RATE) != rate(total[3], total[2])
        and weights_of(PANG_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in PANG_IND)
        and pang_total() == dec("97.68"),
        f"pangezhuang {pang_total()}",
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{PANG_TITLE}_北京市大兴区人民政府</title>
</head>
<body>
<div class="topbar"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">登录</a></div>
<div class="header"><div class="logo">北京市大兴区人民政府</div><form class="search"><input type="text" placeholder="搜索"><button type="submit">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">镇街信息</a> &gt; <a href="#">庞各庄镇</a> &gt; <a href="#">预决算信息</a></div>
<table class="meta">
{info}
</table>
<div class="article">
<h1>{PANG_TITLE}</h1>
<div class="source">来源：庞各庄镇　　发布时间：2022-04-29</div>
<div class="content">
{pang_body()}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
<p>主办：北京市大兴区人民政府办公室</p>
<p>京ICP备05060933号　京公网安备11011502002345号　网站标识码：1100000024</p>
</div>
</body>
</html>
"""


# =========================================================================== 8. hejing (PDF; a project report, its 指标性质 form over two pages)
HEJING_UNIT = "和静县水利局"
HEJING_PROJECT = "农田灌溉渠道防渗改造"
HEJING_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "1,380.00", "1,460.00", "1,421.65"),
    ("其中：当年财政拨款", "1,380.00", "1,380.00", "1,343.65"),
    ("上年结转资金", E, "80.00", "78.00"),
    ("其他资金", E, E, E),
]
YN_HEADS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
)
HEJING_IND = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分, 偏差原因
    ("产出指标", "数量指标", "渠道防渗改造长度", "≥", "40", "公里", "42.6", "10", "10", ""),
    ("产出指标", "数量指标", "新建和改造节制闸、分水闸", "≥", "80", "座", "86", "10", "10", ""),
    ("产出指标", "数量指标", "改善灌溉面积", "≥", "5", "万亩", "5.2", "5", "5", ""),
    ("产出指标", "质量指标", "工程验收合格率", "=", "100", "%", "100", "10", "10", ""),
    ("产出指标", "质量指标", "衬砌混凝土强度达标率", "=", "100", "%", "100", "5", "5", ""),
    (
        "产出指标",
        "时效指标",
        "工程完工时间",
        "≤",
        "10",
        "月",
        "11",
        "5",
        "3",
        "春灌停水期短，部分标段11月完工",
    ),
    ("产出指标", "成本指标", "每公里渠道防渗改造成本", "≤", "32", "万元", "31.6", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区年节约灌溉用水", "≥", "600", "万立方米", "680", "10", "10", ""),
    ("效益指标", "社会效益指标", "受益农户", "≥", "3500", "户", "3620", "10", "10", ""),
    ("效益指标", "生态效益指标", "渠道渗漏损失减少率", "≥", "20", "%", "23.5", "5", "5", ""),
    (
        "效益指标",
        "可持续影响指标",
        "工程管护制度",
        "定性",
        "健全",
        "",
        "基本健全",
        "5",
        "4",
        "部分乡镇管护人员不足",
    ),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", "90", "%", "95.8", "10", "10", ""),
]
HEJING_GOAL = "完成渠道防渗改造40公里以上，新建和改造节制闸、分水闸80座以上，改善灌溉面积5万亩以上。"
HEJING_DONE = "完成渠道防渗改造42.6公里，新建和改造节制闸、分水闸86座，改善灌溉面积5.2万亩。"
HEJING_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "全县农业灌溉以渠道引水为主，部分干支渠建成年代早、渗漏严重。2022年，县水利局实施农田灌溉渠道防渗改造"
        "项目，对6个乡镇的干渠和支渠进行混凝土防渗衬砌，配套建设节制闸和分水闸，提高灌溉水利用效率。",
    ),
    (
        "p",
        "项目由县水利局组织实施，按标段公开招标，委托监理单位全过程监理；乡镇水管站负责征地协调和施工期间的灌溉"
        "调度，村民委员会组织受益农户参与渠线确定和工程验收。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2022年本年财政拨款1,380.00万元，其中中央水利发展资金1,100.00万元、自治区配套资金280.00万元，均列入年初"
        "预算；加上2021年结转资金80.00万元，项目全年预算1,460.00万元。全年支出1,421.65万元，其中本年财政拨款支出"
        "1,343.65万元、上年结转资金支出78.00万元，预算执行率97.37%，结转下年38.35万元，为工程质量保证金。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年完成渠道防渗改造42.6公里，其中干渠12.4公里、支渠30.2公里；新建和改造节制闸、分水闸86座；改善灌溉面积"
        "5.2万亩，受益农户3,620户。经测算，项目区年节约灌溉用水约680万立方米。对受益农户开展问卷调查，满意度为"
        "95.8%。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标，按项目支出绩效自评表（附后）逐项打分，项目自评等级为优。"),
    ("h", "五、存在问题"),
    ("p", "1.春灌停水期短，部分标段施工时间紧张，11月才全部完工。"),
    ("p", "2.部分乡镇水管站人员不足，渠道建成后的日常管护难以到位。"),
    ("h", "六、下一步措施"),
    ("p", "1.提前完成设计和招标，利用冬闲和停水期集中施工。"),
    ("p", "2.落实乡镇渠道管护人员和经费，建立工程管护责任清单。"),
]


def hejing_total() -> Decimal:
    _, _, budget, done = HEJING_FUNDS[0]
    return indicator_total(exec_score(done, budget), HEJING_IND, 8)


def hejing_rows() -> tuple[list[list[str]], Merges, int]:
    """The form with 指标性质 / 指标值 / 度量单位: 10 columns."""
    _, _, budget, done = HEJING_FUNDS[0]
    f = Rows()
    f.add(["项目名称", HEJING_PROJECT, "", "", "", "", "", "", "", ""], {1: (1, 9)})
    f.add(["主管部门", HEJING_UNIT, "", "", "", "实施单位", HEJING_UNIT, "", "", ""], {1: (1, 4), 6: (1, 4)})
    first = len(f.rows)
    f.add(["项目资金（万元）", FUNDS_HEADS[0], "", "", *FUNDS_HEADS[1:]], {1: (1, 3)})
    for k, (name, a, b, c) in enumerate(HEJING_FUNDS):
        tail = ["10", pct(done, budget), exec_score(done, budget)] if k == 0 else [E, E, E]
        f.add(["", name, "", "", a, b, c, *tail], {1: (1, 3)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 5)},
    )
    f.add(["", HEJING_GOAL, "", "", "", HEJING_DONE, "", "", "", ""], {1: (1, 4), 5: (1, 5)})
    head = len(f.rows)
    f.add(list(YN_HEADS))
    for row in HEJING_IND:
        f.add(list(row))
    f.merges.update(level_merges(HEJING_IND, head + 1, col0=0))
    f.add(["总分", "", "", "", "", "", "", "100", f"{hejing_total()}", ""], {0: (1, 7)})
    return f.rows, f.merges, head


def doc_hejing(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=13.5, margin=62, creator="Microsoft® Word 2016")
    p.title(f"{HEJING_UNIT}\n2022年度{HEJING_PROJECT}项目支出绩效自评报告", size=16)
    p.blocks(HEJING_TEXT)
    p.right(HEJING_UNIT, size=11)
    p.right("2023年3月30日", size=11)
    check(p.page == 2, f"hejing text on two pages, not {p.page}")
    p.para("附件：项目支出绩效自评表（2022年度）", indent=False, size=11)
    rows, merges, head = hejing_rows()
    p.grid(
        rows,
        [10, 11, 13, 6, 10, 10, 10, 6, 7, 17],
        merges,
        size=9,
        align=["c", "l", "l", "c", "c", "c", "c", "c", "c", "l"],
        split=True,
        repeat=[head],
        carry=True,
    )
    check(p.page == 3, f"hejing form on pages 2 and 3, not {p.page}")
    check(
        len(p.breaks) == 1 and head + 9 <= p.breaks[0] <= head + 11,
        f"hejing breaks inside the 效益 block: {p.breaks} (head {head})",
    )
    p.save()
    total, now, carry, _ = HEJING_FUNDS
    check(
        all(sum_money([now[k], carry[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec("1100.00") + dec("280.00") == dec(now[2])
        and rate(total[3], total[2]) == dec("97.37")
        and not_half(total[3], total[2])
        and dec(total[2]) - dec(total[3]) == dec("38.35")
        and dec("12.4") + dec("30.2") == dec("42.6")
        and weights_of(HEJING_IND, 7) == 90
        and all(dec(r[8]) <= dec(r[7]) for r in HEJING_IND)
        and hejing_total() == dec("96.74"),
        f"hejing {hejing_total()}",
    )


# =========================================================================== 9. gangcha (TXT; a portal page's form flattened one cell a line; E5)
GANGCHA_UNIT = "刚察县卫生健康局"
GANGCHA_PROJECT = "基本公共卫生服务项目"
GANGCHA_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "286.40", "312.80", "305.62"),
    ("其中：当年财政拨款", "286.40", "312.80", "305.62"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
GANGCHA_PRINTED_TOTAL = "97.77"  # E5: 9.77 + the rows' 87 = 96.77
GANGCHA_IND = [
    ("产出指标", "数量指标", "居民健康档案建档率", "≥90%", "92.4%", "10", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", "64.8%", "10", "10", ""),
    (
        "产出指标",
        "数量指标",
        "高血压患者规范管理率",
        "≥62%",
        "60.5%",
        "10",
        "8",
        "牧区患者居住分散，随访难度大",
    ),
    ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "95.6%", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", "=100%", "100%", "5", "5", ""),
    ("产出指标", "成本指标", "人均基本公共卫生服务经费补助", "≥89元", "89元", "5", "5", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", "≥20%", "21.6%", "10", "10", ""),
    (
        "效益指标",
        "社会效益指标",
        "重点人群健康管理覆盖面",
        "持续扩大",
        "有所扩大",
        "10",
        "9",
        "牧区流动人口覆盖不足",
    ),
    ("效益指标", "可持续影响指标", "基层公共卫生服务能力", "逐步提升", "稳步提升", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", "90.2%", "10", "10", ""),
]
GANGCHA_GOAL = "为辖区城乡居民免费提供12类基本公共卫生服务，居民健康档案建档率90%以上，65岁及以上老年人健康管理率62%以上。"
GANGCHA_DONE = (
    "全年为辖区居民建立健康档案4.12万份，建档率92.4%；为65岁及以上老年人2316人提供健康管理服务，管理率64.8%；"
    "高血压患者规范管理率60.5%。"
)


def gangcha_total() -> Decimal:
    _, _, budget, done = GANGCHA_FUNDS[0]
    return indicator_total(exec_score(done, budget), GANGCHA_IND, 6)


def gangcha_rows() -> tuple[list[list[str]], Merges]:
    f = Rows()
    f.add(["项目名称", GANGCHA_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", GANGCHA_UNIT, "", "", "实施单位", GANGCHA_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    add_funds(f, GANGCHA_FUNDS, "项目资金（万元）")
    add_goal(f, GANGCHA_GOAL, GANGCHA_DONE)
    add_indicators(f, GANGCHA_IND)
    f.add(["总分", "", "", "", "", "", "100", GANGCHA_PRINTED_TOTAL, "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def flatten(rows: Sequence[Sequence[str]], merges: Merges) -> list[str]:
    """A table as a page's text copy gives it: one cell a line, each ending ` |` (an empty cell a bare `|`),
    covered cells left out."""
    covered = {
        (rr, cc)
        for (r, c), (rs, cs) in merges.items()
        for rr in range(r, r + rs)
        for cc in range(c, c + cs)
        if (rr, cc) != (r, c)
    }
    out = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) not in covered:
                out.append(f"{text} |" if text else "|")
    return out


def gangcha_text() -> str:
    rows, merges = gangcha_rows()
    _, _, budget, done = GANGCHA_FUNDS[0]
    check(
        rate(done, budget) == dec("97.70")
        and not_half(done, budget)
        and exec_score(done, budget) == "9.77"
        and weights_of(GANGCHA_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in GANGCHA_IND)
        and gangcha_total() == dec(GANGCHA_PRINTED_TOTAL) - 1,
        f"gangcha {gangcha_total()}",
    )
    lines = [
        "刚察县人民政府",
        "首页 > 政务公开 > 法定主动公开内容 > 财政信息 > 预算绩效",
        "",
        f"{GANGCHA_UNIT}2023年度{GANGCHA_PROJECT}支出绩效自评表",
        "发布时间：2024-04-18　　来源：刚察县卫生健康局　　浏览次数：",
        "【字体：大 中 小】　【打印】　【关闭】",
        "",
        "项目支出绩效自评表 |",
        "（2023年度） |",
        *flatten(rows, merges),
        f"填报单位（盖章）：{GANGCHA_UNIT} |",
        "填报日期：2024年4月12日 |",
        "",
        "上一篇：刚察县卫生健康局2023年度部门决算",
        "下一篇：刚察县卫生健康局2024年度部门预算",
        "",
        "主办单位：刚察县人民政府办公室　　青ICP备12000868号",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== 10. hongsibu (PDF; a department report, its 指标性质 form without any score)
HONGSIBU_UNIT = "红寺堡区文化旅游广电局"
HONGSIBU_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元): no 分值, no 得分
    ("年度资金总额", "1,286.40", "1,629.00", "1,582.37"),
    ("其中：财政拨款", "1,286.40", "1,629.00", "1,582.37"),
    ("其他资金", E, E, E),
]
HONGSIBU_IND = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "文化惠民演出场次", "≥", "80", "场", "86", ""),
    ("产出指标", "数量指标", "图书馆新增馆藏图书", "≥", "1", "万册", "1.2", ""),
    ("产出指标", "数量指标", "直播卫星户户通设备维修更换", "≥", "4500", "户", "4680", ""),
    ("产出指标", "质量指标", "广播电视综合人口覆盖率", "≥", "99", "%", "99.6", ""),
    ("产出指标", "时效指标", "文物保护单位巡查频次", "≥", "10", "次/月", "10.5", ""),
    (
        "效益指标",
        "社会效益指标",
        "图书馆接待读者",
        "≥",
        "6",
        "万人次",
        "5.8",
        "馆舍改造闭馆1个月，接待量未达目标；下年延长开放时间",
    ),
    ("效益指标", "经济效益指标", "接待游客", "≥", "45", "万人次", "46.3", ""),
    ("效益指标", "可持续影响指标", "公共文化服务体系", "定性", "逐步完善", "", "基本完善", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "93.5", ""),
]
HONGSIBU_GOAL = "开展文化惠民演出80场以上，图书馆新增馆藏图书1万册以上，完成直播卫星户户通设备维修更换4500户以上，接待游客45万人次以上。"
HONGSIBU_DONE = (
    "开展文化惠民演出86场，新增馆藏图书1.2万册，完成直播卫星户户通设备维修更换4680户，接待游客46.3万人次。"
)
HONGSIBU_TEXT: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "区文化旅游广电局负责全区文化事业、旅游业和广播电视的管理工作，内设办公室、文化产业股、旅游股等5个股室，"
        "下属区文化馆、区图书馆和区文物管理所3个事业单位，2024年末在职人员68人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "2024年区财政批复我局年初预算1,286.40万元，年中追加342.60万元，全年预算1,629.00万元，全部为一般公共预算财政"
        "拨款。全年支出1,582.37万元，其中基本支出846.52万元、项目支出735.85万元，预算执行率97.14%，年末结转结余"
        "46.63万元。",
    ),
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）公共文化服务。全年开展文化惠民演出86场，送戏下乡覆盖全区62个行政村；区图书馆接待读者5.8万人次，"
        "新增馆藏图书1.2万册。",
    ),
    ("p", "（二）旅游发展。全年接待游客46.3万人次，实现旅游收入2.86亿元，同比增长12.4%。"),
    (
        "p",
        "（三）广播电视。完成直播卫星户户通设备维修更换4,680户，广播电视综合人口覆盖率达到99.6%。",
    ),
    ("p", "（四）文物保护。全年开展文物保护单位巡查126次，未发生文物安全事故。"),
    ("h", "四、自评情况"),
    (
        "p",
        "按照区财政局部门整体支出绩效自评工作要求，我局对照年初设定的部门整体绩效目标，逐项填报了部门整体支出绩效"
        "自评表（附后）。从填报情况看，年度绩效目标总体完成，图书馆接待读者未达到年度指标值，原因和改进措施已在表中"
        "说明。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）区图书馆馆舍改造期间闭馆1个月，接待读者人次低于年度指标值。"),
    ("p", "（二）部分村文化活动室设施老化，基层文化活动开展不够经常。"),
    ("h", "六、改进措施"),
    ("p", "（一）馆舍改造完成后延长开放时间，开展流动图书服务进村入户。"),
    ("p", "（二）分批更新村文化活动室设施，组织文艺骨干常态化开展群众文化活动。"),
]


def hongsibu_rows() -> tuple[list[list[str]], Merges]:
    """The department form with 指标性质 / 指标值 / 度量单位 and no 分值 / 得分: 8 columns."""
    _, _, budget, done = HONGSIBU_FUNDS[0]
    f = Rows()
    f.add(["部门名称", HONGSIBU_UNIT, "", "", "", "", "", ""], {1: (1, 7)})
    first = len(f.rows)
    f.add(
        ["年度预算资金（万元）", "资金来源", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        {1: (1, 3)},
    )
    for k, (name, a, b, c) in enumerate(HONGSIBU_FUNDS):
        f.add(["", name, "", "", a, b, c, pct(done, budget) if k == 0 else E], {1: (1, 3)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 3), 4: (1, 4)})
    f.add(["", HONGSIBU_GOAL, "", "", HONGSIBU_DONE, "", "", ""], {1: (1, 3), 4: (1, 4)})
    head = len(f.rows)
    f.add(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "实际完成值",
            "偏差原因分析及改进措施",
        ]
    )
    for row in HONGSIBU_IND:
        f.add(list(row))
    f.merges.update(level_merges(HONGSIBU_IND, head + 1, col0=0))
    return f.rows, f.merges


def doc_hongsibu(path: Path) -> None:
    p = Pdf(path, footer_style="slash", total=3, size=12, margin=64, creator="WPS Writer")
    p.title(f"{HONGSIBU_UNIT}\n2024年度部门整体支出绩效自评报告", size=16)
    p.blocks(HONGSIBU_TEXT)
    p.right(HONGSIBU_UNIT, size=11)
    p.right("2025年4月10日", size=11)
    check(p.page == 2, f"hongsibu text on two pages, not {p.page}")
    p.new_page()
    p.m = 50
    p.cw = p.W - 2 * p.m
    p.bottom = p.m + 10
    p.para("附件", indent=False, size=11)
    p.title("部门整体支出绩效自评表", size=15)
    p.center("（2024年度）", size=10.5)
    rows, merges = hongsibu_rows()
    p.grid(
        rows, [12, 12, 16, 8, 11, 10, 11, 20], merges, size=9, align=["c", "l", "l", "c", "c", "c", "c", "l"]
    )
    p.para(f"填报单位（盖章）：{HONGSIBU_UNIT}　　填报日期：2025年4月10日", indent=False, size=9.5)
    check(p.page == 3, "hongsibu form on page 3")
    p.save()
    total, fin, _ = HONGSIBU_FUNDS
    check(
        all(dec(fin[k]) == dec(total[k]) for k in (1, 2, 3))
        and dec("1286.40") + dec("342.60") == dec(total[2])
        and dec("846.52") + dec("735.85") == dec(total[3])
        and rate(total[3], total[2]) == dec("97.14")
        and not_half(total[3], total[2])
        and dec(total[2]) - dec(total[3]) == dec("46.63")
        and dec(126) / 12 == dec("10.5"),
        "hongsibu",
    )


# =========================================================================== 11. caojiadu (PDF; a 街道's bare project form with 权重 and a 调减)
CAOJIADU_UNIT = "上海市静安区曹家渡街道办事处"
CAOJIADU_PROJECT = "社区微更新"
CAOJIADU_FUNDS = [  # 资金来源, 年初预算, 调整后预算数, 预算执行数 (万元)
    ("总额", "380.00", "352.00", "346.58"),
    ("其中：财政资金", "380.00", "352.00", "346.58"),
    ("单位资金", E, E, E),
    ("其他资金", E, E, E),
]
CAOJIADU_IND = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析
    ("产出指标", "数量指标", "完成微更新小区", "=", "6", "个", "6", "15", "15", ""),
    ("产出指标", "数量指标", "增设休憩座椅和适老扶手", "≥", "120", "处", "132", "10", "10", ""),
    ("产出指标", "质量指标", "工程验收合格率", "=", "100", "%", "100", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "项目完工时间",
        "≤",
        "11",
        "月",
        "12",
        "10",
        "8",
        "2个小区施工期间居民意见协调用时较长",
    ),
    ("产出指标", "成本指标", "项目成本控制", "≤", "380", "万元", "346.58", "5", "5", ""),
    ("效益指标", "社会效益指标", "受益居民", "≥", "3000", "户", "3260", "15", "15", ""),
    (
        "效益指标",
        "可持续影响指标",
        "居民自治管护机制",
        "定性",
        "健全",
        "",
        "基本健全",
        "10",
        "8",
        "部分小区自治管理公约尚未签订",
    ),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%", "95.4", "15", "15", ""),
]
CAOJIADU_GOAL = "完成6个小区微更新，增设休憩座椅和适老扶手120处以上，11月底前完工，居民满意度90%以上。"
CAOJIADU_DONE = "完成6个小区微更新，增设休憩座椅和适老扶手132处，12月中旬全部完工，居民满意度95.4%。"
CAOJIADU_REASON = "1个小区改造内容调整，年中调减28.00万元"
CAOJIADU_PROBLEMS = (
    "1.部分小区居民对改造方案意见不一，协调用时较长，影响完工进度。2.部分小区自治管理公约尚未签订，后续管护责任"
    "不够明确。"
)
CAOJIADU_MEASURES = "1.改造方案提前公示征求意见，建立居民议事会协商机制。2.指导居委会和业委会签订自治管理公约，明确日常管护责任。"


def caojiadu_score() -> str:
    _, _, budget, done = CAOJIADU_FUNDS[0]
    return exec_score(done, budget)


def caojiadu_total() -> Decimal:
    return indicator_total(caojiadu_score(), CAOJIADU_IND, 8)


def caojiadu_rows() -> tuple[list[list[str]], Merges]:
    """A project form with 权重 / 得分 and 指标性质 columns: 11 columns."""
    _, _, budget, done = CAOJIADU_FUNDS[0]
    blank = [""] * 9
    f = Rows()
    f.add(["项目名称", CAOJIADU_PROJECT, *blank], {1: (1, 10)})
    f.add(
        ["主管部门", CAOJIADU_UNIT, "", "", "", "实施单位", CAOJIADU_UNIT, "", "", "", ""],
        {1: (1, 4), 6: (1, 5)},
    )
    f.add(
        ["项目基本情况", "项目年度目标", "", "", "", "", "年度目标完成情况", "", "", "", ""],
        {0: (2, 1), 1: (1, 5), 6: (1, 5)},
    )
    f.add(["", CAOJIADU_GOAL, "", "", "", "", CAOJIADU_DONE, "", "", "", ""], {1: (1, 5), 6: (1, 5)})
    first = len(f.rows)
    f.add(
        [
            "预算执行情况（10分）",
            "资金来源",
            "",
            "",
            "年初预算",
            "调整后预算数",
            "预算执行数",
            "预算执行率",
            "权重",
            "得分",
            "原因",
        ],
        {1: (1, 3)},
    )
    for k, (name, a, b, c) in enumerate(CAOJIADU_FUNDS):
        if k == 0:
            tail = [pct(c, b), "10", caojiadu_score(), CAOJIADU_REASON]
        elif b != E:
            tail = [pct(c, b), "/", "/", ""]
        else:
            tail = [E, "/", "/", ""]
        f.add(["", name, "", "", a, b, c, *tail], {1: (1, 3)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    head = len(f.rows)
    f.add(
        [
            "绩效指标（90分）",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "完成值",
            "权重",
            "得分",
            "未完成原因分析",
        ]
    )
    for row in CAOJIADU_IND:
        f.add(["", *row])
    f.merges[(head, 0)] = (len(CAOJIADU_IND) + 1, 1)
    f.merges.update(level_merges(CAOJIADU_IND, head + 1))
    f.add(["合计", "", "", "", "", "", "", "", "100", f"{caojiadu_total()}", ""], {0: (1, 8)})
    conclusion = (
        f"项目自评总分{caojiadu_total()}分，自评等级为优。全年完成6个小区微更新，增设休憩座椅和适老扶手132处，受益居民"
        "3260户，居民满意度95.4%。"
    )
    f.add(["评价结论", conclusion, *blank], {1: (1, 10)})
    f.add(["存在问题", CAOJIADU_PROBLEMS, *blank], {1: (1, 10)})
    f.add(["改进措施", CAOJIADU_MEASURES, *blank], {1: (1, 10)})
    return f.rows, f.merges


def doc_caojiadu(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=40, creator="Microsoft® Excel® 2019")
    p.title("项目支出绩效自评表", size=15)
    p.center("（2025年度）", size=10.5)
    rows, merges = caojiadu_rows()
    p.grid(
        rows,
        [11, 9, 10, 14, 6, 8, 7, 9, 7, 7, 16],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "c", "c", "l"],
    )
    p.para(
        f"填报单位（盖章）：{CAOJIADU_UNIT}　　项目负责人：陈××　　填报日期：2026年2月27日",
        indent=False,
        size=9,
    )
    check(p.page == 1, f"caojiadu form on one page, not {p.page}")
    p.save()
    total, fin, _, _ = CAOJIADU_FUNDS
    check(
        all(dec(fin[k]) == dec(total[k]) for k in (1, 2, 3))
        and dec(total[1]) - dec("28.00") == dec(total[2])
        and rate(total[3], total[2]) == dec("98.46")
        and not_half(total[3], total[2])
        and caojiadu_score() == "9.85"
        and weights_of(CAOJIADU_IND, 7) == 90
        and all(dec(r[8]) <= dec(r[7]) for r in CAOJIADU_IND)
        and caojiadu_total() == dec("95.85"),
        f"caojiadu {caojiadu_total()}",
    )


# =========================================================================== 12. liaoyuan (PDF; a prefecture bureau's project report, the form without a 总分 row)
LIAOYUAN_UNIT = "辽源市市场监督管理局"
LIAOYUAN_PROJECT = "食品安全抽检监测项目"
LIAOYUAN_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "284.00", "304.00", "297.36"),
    ("其中：当年财政拨款", "260.00", "280.00", "275.56"),
    ("上年结转资金", E, E, E),
    ("其他资金", "24.00", "24.00", "21.80"),
]
LIAOYUAN_IND = [
    ("产出指标", "数量指标", "食品安全监督抽检", "≥3000批次", "3286批次", "10", "10", ""),
    ("产出指标", "数量指标", "食用农产品快检", "≥2万批次", "2.26万批次", "10", "10", ""),
    ("产出指标", "数量指标", "抽检覆盖食品大类", "=34类", "34类", "5", "5", ""),
    ("产出指标", "质量指标", "检验数据准确率", "=100%", "100%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "不合格产品核查处置率",
        "=100%",
        "97.6%",
        "10",
        "8",
        "2批次产品生产企业在外地，协查尚未完成",
    ),
    ("产出指标", "成本指标", "每批次监督抽检检验费用", "≤800元", "760元", "5", "5", ""),
    ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥97%", "98.2%", "10", "10", ""),
    ("效益指标", "社会效益指标", "抽检信息公开及时率", "=100%", "100%", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "食品安全风险监测预警机制",
        "逐步完善",
        "基本完善",
        "10",
        "9",
        "风险预警信息分析应用不足",
    ),
    ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", "88.4%", "10", "10", ""),
]
LIAOYUAN_GOAL = (
    "完成食品安全监督抽检3000批次以上、食用农产品快检2万批次以上，抽检覆盖34类食品，不合格产品全部核查处置。"
)
LIAOYUAN_DONE = (
    "完成食品安全监督抽检3286批次、食用农产品快检2.26万批次，抽检覆盖34类食品，核查处置不合格产品82批次。"
)
LIAOYUAN_TEXT: Blocks = [
    ("h", "一、项目基本情况"),
    (
        "p",
        "食品安全抽检监测是发现和防控食品安全风险的重要手段。2021年，市市场监督管理局按照国家和省食品安全抽检计划，"
        "结合本市食品生产经营实际，组织开展食品安全监督抽检、风险监测和食用农产品快速检测，并依法公开抽检信息。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2021年项目年初预算284.00万元，年中市财政追加20.00万元，全年预算304.00万元，其中本年财政拨款280.00万元、"
        "其他资金24.00万元（所属食品检验检测中心的检测服务收入）。全年支出297.36万元，预算执行率97.82%，结余6.64"
        "万元。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年完成食品安全监督抽检3,286批次，覆盖34类食品；开展食用农产品快检2.26万批次。抽检发现不合格产品84批次，"
        "已核查处置82批次，核查处置率97.6%；全市食品安全抽检合格率98.2%，抽检信息全部按时公开。委托第三方开展的"
        "群众食品安全满意度调查结果为88.4%。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标，按项目支出绩效自评表（附后）逐项打分，项目自评得分96.78分，自评等级为优。"),
    ("h", "五、存在的问题及原因"),
    ("p", "（一）2批次不合格产品的生产企业在外地，跨地区协查周期长，核查处置未能全部完成。"),
    ("p", "（二）抽检数据以报告为主，风险预警信息的分析和应用不足。"),
    ("h", "六、下一步工作打算"),
    ("p", "（一）加强与外地市场监管部门的协查联动，建立协查事项跟踪台账。"),
    ("p", "（二）建立抽检数据分析制度，按季度形成风险分析报告并通报相关科室。"),
]


def liaoyuan_total() -> Decimal:
    _, _, budget, done = LIAOYUAN_FUNDS[0]
    return indicator_total(exec_score(done, budget), LIAOYUAN_IND, 6)


def liaoyuan_rows() -> tuple[list[list[str]], Merges]:
    """The national form with no 总分 row: the score is stated in the text only."""
    f = Rows()
    f.add(["项目名称", LIAOYUAN_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", LIAOYUAN_UNIT, "", "", "实施单位", LIAOYUAN_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    add_funds(f, LIAOYUAN_FUNDS, "项目资金（万元）")
    add_goal(f, LIAOYUAN_GOAL, LIAOYUAN_DONE)
    add_indicators(f, LIAOYUAN_IND)
    return f.rows, f.merges


def doc_liaoyuan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11, margin=60, creator="Microsoft® Word 2013")
    p.title(f"{LIAOYUAN_UNIT}\n2021年度{LIAOYUAN_PROJECT}绩效自评报告", size=16)
    p.blocks(LIAOYUAN_TEXT)
    p.right(LIAOYUAN_UNIT, size=11)
    p.right("2022年3月21日", size=11)
    check(p.page == 1, f"liaoyuan text on one page, not {p.page}")
    p.new_page()
    p.m = 48
    p.cw = p.W - 2 * p.m
    p.bottom = p.m + 10
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2021年度）", size=10.5)
    rows, merges = liaoyuan_rows()
    p.grid(
        rows,
        [11, 11, 12, 16, 13, 13, 8, 9, 17],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    check(p.page == 2, "liaoyuan form on page 2")
    p.save()
    total, now, _, other = LIAOYUAN_FUNDS
    check(
        all(sum_money([now[k], other[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec(total[1]) + dec("20.00") == dec(total[2])
        and rate(total[3], total[2]) == dec("97.82")
        and not_half(total[3], total[2])
        and dec(total[2]) - dec(total[3]) == dec("6.64")
        and (Decimal(82) / 84 * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("97.6")
        and weights_of(LIAOYUAN_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in LIAOYUAN_IND)
        and liaoyuan_total() == dec("96.78"),
        f"liaoyuan {liaoyuan_total()}",
    )


# =========================================================================== 13. hongqiao (PDF; a district bureau's report, its form with 年度履职目标 over two pages)
HONGQIAO_UNIT = "天津市红桥区城市管理委员会"
HONGQIAO_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "12,486.30", "14,268.50", "13,862.74"),
    ("其中：一般公共预算财政拨款", "11,286.30", "12,668.50", "12,305.62"),
    ("政府性基金预算财政拨款", "1,200.00", "1,600.00", "1,557.12"),
    ("其他资金", E, E, E),
]
HONGQIAO_DUTIES = [  # 履职目标, 预期目标, 实际完成情况
    (
        "城市环境卫生",
        "主次干道机扫水洗率保持在95%以上，生活垃圾日产日清，无害化处理率100%。",
        "主次干道机扫水洗率96.5%，清运生活垃圾19.6万吨，无害化处理率100%。",
    ),
    (
        "园林绿化养护",
        "做好全区绿地养护，绿地养护面积不少于420万平方米。",
        "完成绿地养护426万平方米，补植乔灌木1.86万株。",
    ),
    (
        "市容秩序管理",
        "整治违法建设2万平方米以上，市民诉求按时办结率95%以上。",
        "整治违法建设2.3万平方米，办理市民诉求1.28万件，按时办结率93.8%。",
    ),
]
HONGQIAO_IND = [
    ("产出指标", "数量指标", "道路清扫保洁面积", "≥860万平方米", "872万平方米", "10", "10", ""),
    ("产出指标", "数量指标", "生活垃圾清运量", "≥19万吨", "19.6万吨", "5", "5", ""),
    ("产出指标", "数量指标", "绿地养护面积", "≥420万平方米", "426万平方米", "10", "10", ""),
    ("产出指标", "数量指标", "整治违法建设", "≥2万平方米", "2.3万平方米", "5", "5", ""),
    ("产出指标", "质量指标", "主次干道机扫水洗率", "≥95%", "96.5%", "5", "5", ""),
    ("产出指标", "质量指标", "生活垃圾无害化处理率", "=100%", "100%", "5", "5", ""),
    (
        "产出指标",
        "时效指标",
        "市民诉求按时办结率",
        "≥95%",
        "93.8%",
        "5",
        "4",
        "部分占道经营诉求反复，办结时间较长",
    ),
    ("产出指标", "成本指标", "道路清扫保洁单价", "≤12元/平方米", "11.8元/平方米", "5", "5", ""),
    (
        "效益指标",
        "社会效益指标",
        "城市管理考核排名",
        "进位争先",
        "全市第5名",
        "10",
        "9",
        "环境卫生单项得分偏低",
    ),
    ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥35%", "37.2%", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "城市精细化管理长效机制",
        "健全",
        "基本健全",
        "10",
        "9",
        "网格化管理数据共享不足",
    ),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "91.6%", "10", "10", ""),
]
HONGQIAO_TEXT: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "区城市管理委员会负责全区市容环境卫生、园林绿化、城市管理综合执法的统筹协调和监督考核，内设办公室、环境卫生"
        "科、园林绿化科等8个科室，下属区环境卫生管理所、区园林绿化所等4个事业单位，2024年末实有人员246人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "2024年区财政批复我委年初预算12,486.30万元，年中追加1,782.20万元，全年预算14,268.50万元，其中一般公共预算"
        "财政拨款12,668.50万元、政府性基金预算财政拨款1,600.00万元。全年支出13,862.74万元，其中基本支出2,864.36万元、"
        "项目支出10,998.38万元，预算执行率97.16%，年末结转结余405.76万元。",
    ),
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）环境卫生。全区道路清扫保洁面积872万平方米，主次干道机扫水洗率96.5%；清运生活垃圾19.6万吨，无害化处理"
        "率100%，生活垃圾回收利用率37.2%。",
    ),
    ("p", "（二）园林绿化。完成绿地养护426万平方米，补植乔灌木1.86万株。"),
    (
        "p",
        "（三）市容秩序。整治违法建设2.3万平方米；办理市民诉求1.28万件，按时办结率93.8%。全年城市管理考核位列全市"
        "第5名，市民满意度91.6%。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照部门整体支出绩效自评表（附后）逐项打分，我委2024年度部门整体支出绩效自评得分96.72分，评价等级为优。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）占道经营等市民诉求反复出现，部分诉求未能按时办结。"),
    ("p", "（二）网格化管理平台与相关部门数据共享不足，精细化管理手段有待加强。"),
    ("h", "六、改进措施"),
    ("p", "（一）建立反复诉求会商机制，对高发点位实行定人定岗管理。"),
    ("p", "（二）推进城市管理平台与公安、市场监管等部门数据对接。"),
]


def hongqiao_total() -> Decimal:
    _, _, budget, done = HONGQIAO_FUNDS[0]
    return indicator_total(exec_score(done, budget), HONGQIAO_IND, 6)


def hongqiao_rows() -> tuple[list[list[str]], Merges, int]:
    f = Rows()
    f.add(["部门名称", HONGQIAO_UNIT, "", "", "", "", "", "", ""], {1: (1, 8)})
    add_funds(f, HONGQIAO_FUNDS, "年度预算资金（万元）")
    first = len(f.rows)
    f.add(
        ["年度履职目标", "履职目标", "", "预期目标", "", "", "实际完成情况", "", ""],
        {1: (1, 2), 3: (1, 3), 6: (1, 3)},
    )
    for name, goal, done in HONGQIAO_DUTIES:
        f.add(["", name, "", goal, "", "", done, "", ""], {1: (1, 2), 3: (1, 3), 6: (1, 3)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    head = add_indicators(f, HONGQIAO_IND)
    f.add(["总分", "", "", "", "", "", "100", f"{hongqiao_total()}", ""], {0: (1, 6)})
    f.add(["自评等级", "优", "", "", "", "", "", "", ""], {1: (1, 8)})
    return f.rows, f.merges, head


def doc_hongqiao(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="Microsoft® Word 2019")
    p.title(f"{HONGQIAO_UNIT}\n2024年度部门整体支出绩效自评报告", size=16)
    p.blocks(HONGQIAO_TEXT)
    p.right(HONGQIAO_UNIT, size=11)
    p.right("2025年4月18日", size=11)
    check(p.page == 1, f"hongqiao text on one page, not {p.page}")
    p.new_page()
    p.m = 62
    p.cw = p.W - 2 * p.m
    p.bottom = p.m + 10
    p.para("附件", indent=False, size=11)
    p.title("部门整体支出绩效自评表", size=15)
    p.center("（2024年度）", size=10.5)
    rows, merges, head = hongqiao_rows()
    p.grid(
        rows,
        [11, 11, 12, 16, 14, 14, 7, 8, 17],
        merges,
        size=10,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
        split=True,
        carry=True,
    )
    check(p.page == 3, f"hongqiao form on pages 2 and 3, not {p.page}")
    check(
        len(p.breaks) == 1 and head + 2 <= p.breaks[0] <= head + 8,
        f"hongqiao breaks inside the 产出 block: {p.breaks} (head {head})",
    )
    p.save()
    total, general, fund, _ = HONGQIAO_FUNDS
    check(
        all(sum_money([general[k], fund[k]]) == dec(total[k]) for k in (1, 2, 3))
        and dec(total[1]) + dec("1782.20") == dec(total[2])
        and dec("2864.36") + dec("10998.38") == dec(total[3])
        and rate(total[3], total[2]) == dec("97.16")
        and not_half(total[3], total[2])
        and dec(total[2]) - dec(total[3]) == dec("405.76")
        and weights_of(HONGQIAO_IND, 5) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in HONGQIAO_IND)
        and hongqiao_total() == dec("96.72"),
        f"hongqiao {hongqiao_total()}",
    )


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "taishun-chaye-2015.pdf": doc_taishun,
        "qitaihe-linye-2016.pdf": doc_qitaihe,
        "baisha-weiji-2017.docx": doc_baisha,
        "zhangwu-yinshui-2018.pdf": doc_zhangwu,
        "yangji-zhen-2019.pdf": doc_yangji,
        "nimu-shucai-2020.xlsx": doc_nimu,
        "pangezhuang-zhen-2021.html": lambda p: write_text(p, pang_html()),
        "liaoyuan-shijian-2021.pdf": doc_liaoyuan,
        "hejing-shuili-2022.pdf": doc_hejing,
        "gangcha-gongwei-2023.txt": lambda p: write_text(p, gangcha_text()),
        "hongsibu-wenlv-2024.pdf": doc_hongsibu,
        "hongqiao-chengguan-2024.pdf": doc_hongqiao,
        "caojiadu-weigengxin-2025.pdf": doc_caojiadu,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
