#!/usr/bin/env python3
"""Regenerate the heldout46 evaluation batch (8 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout46/make_heldout46.py [--out DIR]

Writes the PDF, DOCX and HTML documents next to this script (or into DIR). The goldens (NAME.golden.json) are
hand-written and are NOT touched.
The batch is "reports as archives hold them — scanned": five image-only PDFs (no text layer) and three text
documents for contrast. A scanned page is laid out with `tests/corpora/builder/canvas_pdf.CanvasPdf` (reportlab
invariant mode, WenQuanYi Zen Hei) into a scratch PDF, rendered by pypdfium2 at the scan's resolution (200–300 dpi),
degraded by Pillow with a fixed seed (grey paper, speckle and dust, a slight skew, a mild blur; a red round seal
multiplied over the signature or over a form's last rows; one page turned upside down), and stored either as a
greyscale JPEG or, where the red seal is, as a 16-colour palette image (PNG data, Flate with the PNG predictor). The
image-only PDFs are written object by object here (no text operator, no date, fixed producer), so the same inputs
give the same bytes. The text PDF is drawn by CanvasPdf; the DOCX is re-zipped with a fixed entry date and fixed
core-property dates (tests/corpora/builder/office_kit); the HTML page is UTF-8 without BOM with LF.
Three real inconsistencies are planted (two in scans); the traps look wrong and are right.
Every sentence and figure below is invented; place names are real.
"""

from __future__ import annotations

import datetime
import io
import math
import os
import random
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY46"
FIXED_DT = datetime.datetime(2027, 12, 2, 9, 35, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"

Blocks = list[tuple[str, str]]
Merges = dict[tuple[int, int], tuple[int, int]]  # (row, col) -> (rowspan, colspan)
# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
Indicator = tuple[str, str, str, str, str, str, str, str]
# 资金来源, 年初预算数, 全年预算数, 全年执行数
Funds = list[tuple[str, str, str, str]]


# =========================================================================== helpers
def dec(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", "").replace("万元", "").replace("元", "").replace("%", ""))


def rate(executed: Any, budget: Any) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def exec_score(executed: Any, budget: Any, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def column_sum(rows: Sequence[Sequence[str]], col: int) -> Decimal:
    return sum((dec(r[col]) for r in rows if r[col] not in (E, "")), Decimal(0))


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, `- N -` footers or none, wrapping that keeps closing punctuation on its line,
    right-aligned lines and a ruled grid with merged cells kept on one page. `marks` remembers where named lines were
    drawn (x, y from the top, in points), for the seal."""

    def __init__(self, path: Path, footer: bool = True, creator: str = "WPS Writer", **layout: Any) -> None:
        super().__init__(path, fonts.zenhei(FONT), header=None, footer=footer, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)
        self.marks: dict[str, tuple[int, float, float]] = {}

    def mark(self, name: str, x: float, below: float = 0.0) -> None:
        self.marks[name] = (self.page, x, self.H - self.y + below)

    def para(self, text: str, indent: bool = True, size: float | None = None) -> None:
        size = size or self.size
        lead = size * 1.7
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

    def blocks(self, blocks: Blocks) -> None:
        for kind, text in blocks:
            if kind == "h":
                self.heading(text)
            elif kind == "p":
                self.para(text)
            elif kind == "l":
                self.para(text, indent=False)
            elif kind == "page":
                self.new_page()
            else:
                raise ValueError(kind)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        merges: Merges | None = None,
        size: float = 9,
        align: Sequence[str] | None = None,
    ) -> None:
        """A ruled table kept on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws
        one cell over the area (its text centred vertically)."""
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
        c, top0 = self.c, self.y
        self.row_tops = [self.H - (top0 - sum(heights[:r])) for r in range(len(rows) + 1)]
        for r in range(len(rows)):
            for col in range(len(ws)):
                if (r, col) in covered:
                    continue
                rs, cs = merges.get((r, col), (1, 1))
                w, h = sum(ws[col : col + cs]), sum(heights[r : r + rs])
                x, top = self.m + sum(ws[:col]), top0 - sum(heights[:r])
                c.setLineWidth(0.6)
                c.rect(x, top - h, w, h)
                lines = lines_of(r, col)
                y0 = top - pad - size - (h - 2 * pad - len(lines) * lead) / 2
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


def level_merges(indicators: Sequence[Indicator], first: int) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (from row `first`, labels in columns 0 and 1)."""
    merges: Merges = {}
    for key in (0, 1):
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and indicators[j + 1][: key + 1] == indicators[k][: key + 1]:
                j += 1
            if j > k:
                merges[(first + k, key)] = (j - k + 1, 1)
            k = j + 1
    return merges


def form_rows(
    project: str,
    unit: str,
    funds: Funds,
    goal: str,
    done: str,
    rows: Sequence[Indicator],
    total: str,
    grade: str,
) -> tuple[list[list[str]], Merges]:
    """The central 项目支出绩效自评表 as one grid of eight columns."""
    out: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(out), col)] = sp
        out.append(row)

    add(["项目名称", project, "", "", "", "", "", ""], {1: (1, 7)})
    add(["主管部门", unit, "", "", "实施单位", unit, "", ""], {1: (1, 3), 5: (1, 3)})
    first = len(out)
    add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    total_row = funds[0]
    add(
        [
            "",
            total_row[0],
            total_row[1],
            total_row[2],
            total_row[3],
            "10",
            f"{rate(total_row[3], total_row[2])}%",
            exec_score(total_row[3], total_row[2]),
        ]
    )
    for name, a, b, c in funds[1:]:
        add(["", name, a, b, c, E, E, E])
    merges[(first, 0)] = (len(out) - first, 1)
    add(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""], {1: (1, 3), 4: (1, 4)})
    add(["", goal, "", "", done, "", "", ""], {1: (1, 3), 4: (1, 4)})
    merges[(len(out) - 2, 0)] = (2, 1)
    add(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
    )
    start = len(out)
    for r in rows:
        add(list(r))
    merges.update(level_merges(rows, start))
    add(["总分", "", "", "", "", "100", total, f"自评等级：{grade}"], {0: (1, 5)})
    return out, merges


FORM_WIDTHS = [10, 12, 16, 14, 14, 7, 9, 18]
FORM_ALIGN = ["c", "c", "l", "c", "c", "c", "c", "l"]


# =========================================================================== the scanner
def _scratch(build: Callable[[Path], Any]) -> tuple[bytes, Any]:
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        result = build(Path(name))
        return Path(name).read_bytes(), result
    finally:
        os.unlink(name)


def layout_pdf(stem: str) -> bytes:
    """The printed pages of a scanned document, as laid out before printing (with a text layer): what its pixels
    show. `check_goldens.py` reads them."""
    return _scratch(LAYOUTS[stem])[0]


def _seal(text: str, diameter: int, seed: int) -> Any:
    """A round official seal (公章) as an RGB image on white: a ring, the unit's name along the upper arc, a
    five-pointed star; the ink a little uneven."""
    from PIL import Image, ImageDraw, ImageFont

    red = (206, 44, 40)
    size = diameter + 8
    img = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(img)
    cx = cy = size / 2
    r = diameter / 2
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(6, diameter // 40))
    font = ImageFont.truetype(str(fonts.WQY_TTC), int(diameter * 0.12), index=0)
    n = len(text)
    spread = 250.0
    radius = r * 0.76
    for i, ch in enumerate(text):
        theta = 90 + spread / 2 - i * spread / (n - 1)
        glyph = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
        ImageDraw.Draw(glyph).text((font.size, font.size), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(theta - 90, resample=Image.Resampling.BICUBIC)
        x = cx + radius * math.cos(math.radians(theta)) - glyph.size[0] / 2
        y = cy - radius * math.sin(math.radians(theta)) - glyph.size[1] / 2
        img.paste(Image.new("RGB", glyph.size, red), (int(round(x)), int(round(y))), glyph)
    star_r = r * 0.28
    points = []
    for k in range(10):
        rad = star_r if k % 2 == 0 else star_r * 0.40
        ang = math.radians(90 + k * 36)
        points.append((cx + rad * math.cos(ang), cy - rad * math.sin(ang)))
    draw.polygon(points, fill=red)
    rng = random.Random(seed)
    pixels = img.load()
    assert pixels is not None
    for _ in range(diameter * diameter // 8):
        x, y = rng.randrange(size), rng.randrange(size)
        if pixels[x, y] != (255, 255, 255):
            pixels[x, y] = (238, 160, 152)
    return img


def _palette() -> Any:
    """The scanner's 16-colour mode: ten greys from ink to paper and six reds of the seal over paper and ink."""
    from PIL import Image

    greys = [(v, v, v) for v in (34, 60, 86, 112, 138, 162, 184, 204, 218, 230)]
    reds = [(196, 52, 48), (214, 96, 90), (226, 148, 140), (150, 40, 36), (110, 34, 32), (230, 190, 184)]
    flat = [x for rgb in greys + reds for x in rgb]
    pal = Image.new("P", (1, 1))
    pal.putpalette(flat + [0] * (768 - len(flat)))
    return pal


def scan_page(
    pdf_bytes: bytes,
    page: int,
    dpi: int,
    seed: int,
    skew: float,
    seal: tuple[str, float, float] | None = None,
    upside_down: bool = False,
    paper: int = 228,
    quality: int = 50,
) -> tuple[str, bytes]:
    """One printed page scanned back in: grey paper, speckle and dust (the grey background noise of a platen
    scanner), the unit's seal multiplied over (x, y) in points, a small skew and blur. A greyscale JPEG, or with a
    seal a 16-colour palette PNG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[page].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    img = img.point(lambda v: 30 + (v * (paper - 30)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(w * h // 2600):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((140, 165, 190, 205)))
    for _ in range(30):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((80, 110, 140)))
    if seal is None:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=paper)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        if upside_down:
            img = img.rotate(180)
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
        return "jpeg", buffer.getvalue()
    text, sx, sy = seal
    rgb = img.convert("RGB")
    stamp = _seal(text, int(w * 0.19), seed).rotate(-8, resample=Image.Resampling.BICUBIC, fillcolor="white")
    x, y = int(sx * dpi / 72 - stamp.size[0] / 2), int(sy * dpi / 72 - stamp.size[1] / 2)
    region = rgb.crop((x, y, x + stamp.size[0], y + stamp.size[1]))
    rgb.paste(ImageChops.multiply(region, stamp), (x, y))
    rgb = rgb.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(paper, paper, paper))
    rgb = rgb.filter(ImageFilter.GaussianBlur(0.4))
    if upside_down:
        rgb = rgb.rotate(180)
    quantized = rgb.quantize(palette=_palette(), dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    quantized.save(buffer, "PNG", bits=4, optimize=False, compress_level=9)
    return "png4", buffer.getvalue()


def _png_parts(data: bytes) -> tuple[int, int, int, bytes, bytes]:
    """Width, height, bit depth, palette and the zlib stream of a palette PNG."""
    pos, idat, plte = 8, b"", b""
    width = height = depth = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            check(colour == 3, "a palette PNG")
        elif kind == b"PLTE":
            plte = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    check(zlib.decompress(idat) != b"", "PNG data")
    return width, height, depth, plte, idat


def image_pdf(path: Path, pages: Sequence[tuple[str, bytes]], producer: str, creator: str) -> None:
    """An image-only PDF: one A4 page per scanned image, the image drawn over the whole page, no text, no date."""
    from PIL import Image

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_obj = add(b"")
    kids = []
    for kind, data in pages:
        if kind == "jpeg":
            w, h = Image.open(io.BytesIO(data)).size
            head = (
                f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>"
            )
            stream = data
        else:
            w, h, depth, plte, stream = _png_parts(data)
            n = len(plte) // 3
            head = (
                f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} "
                f"/ColorSpace [/Indexed /DeviceRGB {n - 1} <{plte.hex().upper()}>] /BitsPerComponent {depth} "
                f"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent {depth} "
                f"/Columns {w} >> /Length {len(stream)} >>"
            )
        image = add(head.encode("latin-1") + b"\nstream\n" + stream + b"\nendstream")
        content = b"q 595.2756 0 0 841.8898 0 0 cm /Im0 Do Q"
        contents = add(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        page = add(
            f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595.2756 841.8898] "
            f"/Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {contents} 0 R >>".encode()
        )
        kids.append(page)
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    info = add(f"<< /Producer ({producer}) /Creator ({creator}) >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


# =========================================================================== 1. zhaosu (scan, 2 pages; department) — E1
ZHAOSU_UNIT = "昭苏县林业和草原局"
ZHAOSU_TITLE = f"{ZHAOSU_UNIT}2020年度部门整体支出绩效自评报告"
ZHAOSU = {  # 万元
    "initial": "1,862.40",
    "addition": "627.30",
    "adjusted": "2,489.70",
    "general": "2,318.50",
    "gov_fund": "96.00",
    "carryover": "75.20",
    "spent": "2,416.55",
    "basic": "1,086.42",
    "personnel": "962.18",
    "public": "124.24",
    "project": "1,340.13",  # E1: 1,086.42 + 1,340.13 = 2,426.55, 10.00 over the 2,416.55 spent
    "balance": "73.15",
    "last_year": "2,208.90",
    "increase": "207.65",
}
ZHAOSU_RATE = "97.06"
ZHAOSU_TEXT: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "本局内设机构5个，下属事业单位2个，核定编制64人，年末实有在职人员58人。主要负责全县森林、草原、湿地资源的"
        "保护和管理，组织开展国土绿化、草原生态修复和林草有害生物防治等工作。",
    ),
    ("h", "二、部门预算及执行情况"),
    (
        "p",
        f"2020年部门年初预算{ZHAOSU['initial']}万元，年中追加{ZHAOSU['addition']}万元，调整后全年预算"
        f"{ZHAOSU['adjusted']}万元，其中：一般公共预算财政拨款{ZHAOSU['general']}万元，政府性基金预算财政拨款"
        f"{ZHAOSU['gov_fund']}万元，上年结转资金{ZHAOSU['carryover']}万元。",
    ),
    (
        "p",
        f"2020年本年支出合计{ZHAOSU['spent']}万元，其中：基本支出{ZHAOSU['basic']}万元（人员经费{ZHAOSU['personnel']}"
        f"万元，公用经费{ZHAOSU['public']}万元），项目支出{ZHAOSU['project']}万元。预算执行率{ZHAOSU_RATE}%，"
        f"年末结转结余{ZHAOSU['balance']}万元。本年支出较上年的{ZHAOSU['last_year']}万元增加{ZHAOSU['increase']}"
        "万元，主要是草原生态修复项目资金增加。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年计划完成人工造林1.2万亩，实际完成人工造林1.26万亩，完成计划的105%；完成退化草原修复补播8.5万亩，"
        "开展林草有害生物防治2.4万亩；全县草原综合植被盖度达到78.6%，全年未发生重大森林草原火灾。",
    ),
    ("p", "通过问卷调查，服务对象对本部门工作的满意度为95.2%。"),
    ("page", ""),
    ("h", "四、自评结论"),
    (
        "p",
        "对照部门整体支出绩效评价指标体系逐项自评，本部门2020年度整体支出绩效自评得分93.5分，自评等级为“优”。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分项目前期准备不充分，资金支出集中在下半年，支出进度不够均衡。"),
    ("p", "（二）草原生态修复项目的后续管护机制还不健全，部分补播区域缺少围栏保护。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前做好项目前期论证和招标准备，按月跟踪支出进度，提高预算执行的均衡性。"),
    ("p", "（二）建立补播区域管护台账，落实乡镇和村级管护责任，巩固草原修复成效。"),
]


def _zhaosu_layout(path: Path) -> dict:
    p = Pdf(path, footer=True, size=11.5, margin=66)
    p.title(f"{ZHAOSU_UNIT}\n2020年度部门整体支出绩效自评报告", size=16)
    p.blocks(ZHAOSU_TEXT)
    p.space(14)
    p.right(ZHAOSU_UNIT, size=12)
    p.mark("seal", p.W - p.m - 70, 4)
    p.right("2021年4月12日", size=12)
    check(p.page == 2, f"zhaosu on two pages, not {p.page}")
    p.save()
    return p.marks


def doc_zhaosu(path: Path) -> None:
    z = {k: dec(v) for k, v in ZHAOSU.items()}
    check(z["initial"] + z["addition"] == z["adjusted"], "zhaosu initial + addition")
    check(z["general"] + z["gov_fund"] + z["carryover"] == z["adjusted"], "zhaosu sources")
    check(z["personnel"] + z["public"] == z["basic"], "zhaosu personnel + public")
    check(z["basic"] + z["project"] == z["spent"] + 10, "zhaosu E1 planted: 10.00 over")
    check(rate(z["spent"], z["adjusted"]) == dec(ZHAOSU_RATE), "zhaosu rate")
    check(z["adjusted"] - z["spent"] == z["balance"], "zhaosu balance")
    check(z["spent"] - z["last_year"] == z["increase"], "zhaosu increase")
    data, marks = _scratch(_zhaosu_layout)
    _, sx, sy = marks["seal"]
    pages = [
        scan_page(data, 0, 200, 2020, 0.8),
        scan_page(data, 1, 200, 2021, -0.6, seal=(ZHAOSU_UNIT, sx, sy)),
    ]
    image_pdf(path, pages, "Canon iR-ADV 4525 PDF", "Canon iR-ADV 4525")


# =========================================================================== 2. heshui (scan, ruled form; project) — E2
HESHUI_UNIT = "合水县农业农村局"
HESHUI_PROJECT = "肉羊产业发展项目"
HESHUI_FUNDS: Funds = [
    ("年度资金总额", "300.00", "480.00", "461.87"),
    ("其中：当年财政拨款", "300.00", "420.00", "405.87"),
    ("上年结转资金", E, "60.00", "56.00"),
    ("其他资金", E, E, E),
]
HESHUI_IND: list[Indicator] = [
    ("产出指标", "数量指标", "新建标准化养殖圈舍", "≥12000平方米", "12600平方米", "10", "10", ""),
    ("产出指标", "数量指标", "补贴基础母羊", "≥8000只", "8240只", "10", "10", ""),
    ("产出指标", "质量指标", "羊只免疫密度", "≥95%", "98.2%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "圈舍建设完成时间",
        "2022年10月底前",
        "2022年11月25日",
        "5",
        "4",
        "部分圈舍入冬前延期完工",
    ),
    ("产出指标", "成本指标", "每只母羊补贴标准", "≤500元", "500元", "15", "15", ""),
    ("效益指标", "经济效益指标", "养殖户户均增收", "≥3000元", "3260元", "15", "15", ""),
    ("效益指标", "可持续影响指标", "良种覆盖率", "≥60%", "63.5%", "15", "13", "部分乡镇良种引进滞后"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "92.4%", "10", "10", ""),
]
HESHUI_TOTAL = "95.62"  # E2: 9.62 + the rows' 87 = 96.62
HESHUI_GOAL = "新建标准化养殖圈舍12000平方米以上，补贴基础母羊8000只以上，带动养殖户增收。"
HESHUI_DONE = "新建标准化养殖圈舍12600平方米，补贴基础母羊8240只，养殖户户均增收3260元。"
HESHUI_SIGN = f"填报单位（盖章）：{HESHUI_UNIT}　　填报人：马××　　填报日期：2023年3月15日"


def heshui_rows() -> tuple[list[list[str]], Merges]:
    return form_rows(
        HESHUI_PROJECT, HESHUI_UNIT, HESHUI_FUNDS, HESHUI_GOAL, HESHUI_DONE, HESHUI_IND, HESHUI_TOTAL, "优"
    )


def _heshui_layout(path: Path) -> dict:
    p = Pdf(path, footer=False, size=11, margin=48)
    p.title("项目支出绩效自评表", size=16)
    p.center("（2022年度）", size=11)
    rows, merges = heshui_rows()
    p.grid(rows, FORM_WIDTHS, merges, size=9, align=FORM_ALIGN)
    # the seal over the 满意度 and 总分 rows, on their label columns (the figures stay clear)
    p.marks["seal"] = (1, p.m + 62, p.row_tops[len(rows) - 1] - 6)
    p.para(HESHUI_SIGN, indent=False, size=10)
    check(p.page == 1, "heshui form on one page")
    p.save()
    return p.marks


def doc_heshui(path: Path) -> None:
    total, *parts = HESHUI_FUNDS
    for k in (1, 2, 3):
        check(column_sum(parts, k) == dec(total[k]), f"heshui funds column {k}")
    check(sum(dec(r[5]) for r in HESHUI_IND) == 90, "heshui weights")
    rows_score = sum(dec(r[6]) for r in HESHUI_IND)
    check(dec(exec_score(total[3], total[2])) + rows_score == dec(HESHUI_TOTAL) + 1, "heshui E2 planted")
    data, marks = _scratch(_heshui_layout)
    _, sx, sy = marks["seal"]
    image_pdf(
        path,
        [scan_page(data, 0, 250, 2022, 1.2, seal=(HESHUI_UNIT, sx, sy), paper=226)],
        "HP Digital Sending Device",
        "HP LaserJet MFP M436",
    )


# =========================================================================== 3. jianzha (scan, 2 pages, page 2 upside down; project)
JIANZHA_UNIT = "尖扎县教育局"
JIANZHA_PROJECT = "农村义务教育学生营养改善计划项目"
JIANZHA = {"budget": "786.20", "spent": "781.52", "balance": "4.68"}
JIANZHA_RATE = "99.40"
JIANZHA_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "农村义务教育学生营养改善计划是中央财政支持的民生项目。2021年，全县28所农村义务教育学校实施营养改善计划，"
        "为在校学生提供营养膳食补助。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        f"按每生每天5元、全年在校200天测算，7,862名学生需补助资金{JIANZHA['budget']}万元。2021年中央财政下达"
        f"营养膳食补助资金{JIANZHA['budget']}万元，全部列入年初预算，实际到位资金{JIANZHA['budget']}万元。全年支出"
        f"{JIANZHA['spent']}万元，预算执行率{JIANZHA_RATE}%，结余{JIANZHA['balance']}万元已按规定收回财政。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年28所学校全部按标准供餐，受益学生7,862人，较上年的7,915人减少53人，主要是部分学生随父母进城就读。",
    ),
    ("page", ""),
    (
        "p",
        "学生营养餐供应覆盖率100%，全年未发生食品安全事故；学生体质健康达标率提高到92.3%，学生和家长满意度为"
        "96.1%。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "经自评，本项目自评得分95.94分，自评等级为“优”。其中预算执行得分9.94分（满分10分），产出、效益和满意度"
        "指标得分86分（满分90分）。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分学校食堂设施陈旧，供餐条件有待改善。"),
    ("p", "（二）学生营养状况监测工作不够系统，监测数据运用不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）争取项目资金改善学校食堂设施，提高供餐质量。"),
    ("p", "（二）联合卫生健康部门定期开展学生营养监测，根据监测结果调整膳食结构。"),
]


def _jianzha_layout(path: Path) -> dict:
    p = Pdf(path, footer=True, size=12, margin=68)
    p.title(f"{JIANZHA_UNIT}2021年度\n{JIANZHA_PROJECT}绩效自评报告", size=16)
    p.blocks(JIANZHA_TEXT)
    p.space(12)
    p.right(JIANZHA_UNIT, size=12)
    p.right("2022年3月28日", size=12)
    check(p.page == 2, f"jianzha on two pages, not {p.page}")
    p.save()
    return p.marks


def doc_jianzha(path: Path) -> None:
    j = {k: dec(v) for k, v in JIANZHA.items()}
    check(7862 * 5 * 200 == j["budget"] * 10000, "jianzha standard × students × days")
    check(rate(j["spent"], j["budget"]) == dec(JIANZHA_RATE), "jianzha rate")
    check(j["budget"] - j["spent"] == j["balance"], "jianzha balance")
    check(dec(exec_score(j["spent"], j["budget"])) == dec("9.94"), "jianzha execution score")
    data, _ = _scratch(_jianzha_layout)
    pages = [
        scan_page(data, 0, 200, 2121, 0.5, paper=230),
        scan_page(data, 1, 200, 2122, -0.7, upside_down=True, paper=230),
    ]
    image_pdf(path, pages, "KONICA MINOLTA bizhub 367", "KONICA MINOLTA bizhub 367")


# =========================================================================== 4. kalaqin (scan, 1 page; department)
KALAQIN_UNIT = "喀喇沁旗水利局"
KALAQIN = {
    "initial": "1,245.60",
    "adjusted": "1,688.90",
    "spent": "1,652.74",
    "basic": "512.36",
    "wages": "398.20",
    "goods": "86.74",
    "households": "27.42",
    "project": "1,140.38",
}
KALAQIN_RATE = "97.86"
KALAQIN_TEXT: Blocks = [
    ("h", "一、部门概况"),
    ("p", "本局负责全旗水资源管理、水利工程建设与管理、水土保持和农村牧区饮水安全等工作，内设股室6个。"),
    ("h", "二、预算执行情况"),
    (
        "p",
        f"2017年年初预算{KALAQIN['initial']}万元，全年预算数{KALAQIN['adjusted']}万元，全年支出{KALAQIN['spent']}"
        f"万元，预算执行率{KALAQIN_RATE}%。其中基本支出{KALAQIN['basic']}万元（工资福利支出{KALAQIN['wages']}万元，"
        f"商品和服务支出{KALAQIN['goods']}万元，对个人和家庭的补助{KALAQIN['households']}万元），占全年支出的31.0%；"
        f"项目支出{KALAQIN['project']}万元。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年治理水土流失面积32.5平方公里，新建高效节水灌溉工程1.8万亩，维修加固小型水库3座，农村牧区饮水安全"
        "巩固提升工程受益人口1.24万人。",
    ),
    ("h", "四、自评结论"),
    ("p", "经自评，本部门2017年度整体支出绩效自评得分88.5分，自评等级为“良”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分水利工程建设进度滞后，年底集中支付。"),
    ("p", "（二）工程建成后的运行管护经费不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）加快项目前期工作，按月调度工程进度和资金支付。"),
    ("p", "（二）积极争取管护经费，落实工程管护主体。"),
]


def _kalaqin_layout(path: Path) -> dict:
    p = Pdf(path, footer=False, size=10.5, margin=60)
    p.title(f"{KALAQIN_UNIT}2017年度部门整体支出绩效自评报告", size=15)
    p.blocks(KALAQIN_TEXT)
    p.space(10)
    p.right(KALAQIN_UNIT, size=11)
    p.mark("seal", p.W - p.m - 62, 2)
    p.right("2018年3月20日", size=11)
    check(p.page == 1, f"kalaqin on one page, not {p.page}")
    p.save()
    return p.marks


def doc_kalaqin(path: Path) -> None:
    k = {n: dec(v) for n, v in KALAQIN.items()}
    check(k["wages"] + k["goods"] + k["households"] == k["basic"], "kalaqin classes")
    check(k["basic"] + k["project"] == k["spent"], "kalaqin basic + project")
    check(rate(k["spent"], k["adjusted"]) == dec(KALAQIN_RATE), "kalaqin rate")
    check(
        (k["basic"] / k["spent"] * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("31.0"),
        "kalaqin share",
    )
    data, marks = _scratch(_kalaqin_layout)
    _, sx, sy = marks["seal"]
    image_pdf(
        path,
        [scan_page(data, 0, 200, 2017, 1.5, seal=(KALAQIN_UNIT, sx, sy), paper=222)],
        "EPSON Scan",
        "EPSON DS-530",
    )


# =========================================================================== 5. lintan (scan, report + ruled form; project)
LINTAN_UNIT = "临潭县卫生健康局"
LINTAN_PROJECT = "村卫生室标准化建设项目"
LINTAN_FUNDS: Funds = [
    ("年度资金总额", "120.00", "560.00", "541.36"),
    ("其中：中央财政资金", E, "320.00", "312.40"),
    ("省级财政资金", E, "120.00", "114.96"),
    ("县级财政资金", "120.00", "120.00", "114.00"),
]
LINTAN_IND: list[Indicator] = [
    ("产出指标", "数量指标", "标准化改造村卫生室", "≥45所", "46所", "15", "15", ""),
    ("产出指标", "数量指标", "配置基本医疗设备", "≥180台（套）", "184台（套）", "10", "10", ""),
    ("产出指标", "数量指标", "培训乡村医生", "≥200人次", "212人次", "10", "10", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "项目完成时间", "2024年11月底前", "2024年11月28日", "5", "5", ""),
    ("效益指标", "社会效益指标", "村卫生室服务能力达标率", "≥90%", "93.5%", "15", "15", ""),
    (
        "效益指标",
        "可持续影响指标",
        "设备使用管理制度",
        "健全",
        "基本健全",
        "15",
        "12",
        "部分村卫生室设备台账不完整",
    ),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94.8%", "10", "10", ""),
]
LINTAN_TOTAL = "96.67"
LINTAN_GOAL = "完成45所以上村卫生室标准化改造，配置基本医疗设备，培训乡村医生，提升基层医疗服务能力。"
LINTAN_DONE = "完成46所村卫生室标准化改造，配置基本医疗设备184台（套），培训乡村医生212人次。"
LINTAN_SIGN = f"填报单位（盖章）：{LINTAN_UNIT}　　填报人：杨××　　填报日期：2025年3月6日"
LINTAN_TEXT: Blocks = [
    ("h", "一、项目基本情况"),
    (
        "p",
        "全县共有村卫生室142所，部分村卫生室业务用房面积不足、设备老化。2024年实施村卫生室标准化建设项目，"
        "对业务用房进行改造并配置基本医疗设备。",
    ),
    ("h", "二、项目资金管理情况"),
    (
        "p",
        "县财政年初安排配套资金120.00万元；年内中央财政下达补助资金320.00万元、省级财政下达补助资金120.00万元，"
        "项目全年预算560.00万元。截至2024年12月31日，项目支出541.36万元，预算执行率96.67%。",
    ),
    ("h", "三、项目绩效情况"),
    (
        "p",
        "全年完成46所村卫生室标准化改造，配置基本医疗设备184台（套），培训乡村医生212人次，改造工程验收合格率"
        "100%；改造后村卫生室服务能力达标率为93.5%，群众满意度为94.8%。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目支出绩效自评表（附后）逐项自评，项目自评得分96.67分，自评等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分村卫生室设备台账不完整，设备使用管理有待加强。"),
    ("h", "六、改进措施"),
    ("p", "（一）督促各村卫生室建立健全设备台账，定期开展设备使用情况检查。"),
]


def lintan_rows() -> tuple[list[list[str]], Merges]:
    return form_rows(
        LINTAN_PROJECT, LINTAN_UNIT, LINTAN_FUNDS, LINTAN_GOAL, LINTAN_DONE, LINTAN_IND, LINTAN_TOTAL, "优"
    )


def _lintan_layout(path: Path) -> dict:
    p = Pdf(path, footer=False, size=11.5, margin=64)
    p.title(f"{LINTAN_UNIT}\n2024年度{LINTAN_PROJECT}绩效自评报告", size=16)
    p.blocks(LINTAN_TEXT)
    p.right(LINTAN_UNIT, size=12)
    p.right("2025年3月6日", size=12)
    check(p.page == 1, f"lintan text on one page, not {p.page}")
    p.new_page()
    p.m = 48
    p.cw = p.W - 2 * p.m
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2024年度）", size=10.5)
    rows, merges = lintan_rows()
    p.grid(rows, FORM_WIDTHS, merges, size=9, align=FORM_ALIGN)
    p.mark("seal", p.m + 225, -14)
    p.para(LINTAN_SIGN, indent=False, size=10)
    check(p.page == 2, "lintan form on page 2")
    p.save()
    return p.marks


def doc_lintan(path: Path) -> None:
    total, *parts = LINTAN_FUNDS
    for k in (1, 2, 3):
        check(column_sum(parts, k) == dec(total[k]), f"lintan funds column {k}")
    check(sum(dec(r[5]) for r in LINTAN_IND) == 90, "lintan weights")
    score = dec(exec_score(total[3], total[2])) + sum(dec(r[6]) for r in LINTAN_IND)
    check(score == dec(LINTAN_TOTAL) == rate(total[3], total[2]), "lintan total (= the rate, a coincidence)")
    data, marks = _scratch(_lintan_layout)
    _, sx, sy = marks["seal"]
    pages = [
        scan_page(data, 0, 200, 2024, -1.0, paper=229),
        scan_page(data, 1, 200, 2025, -0.9, seal=(LINTAN_UNIT, sx, sy), paper=229),
    ]
    image_pdf(path, pages, "Lenovo M7400 Scan", "Lenovo M7400")


# =========================================================================== 6. tongde (text PDF; department)
TONGDE_UNIT = "同德县市场监督管理局"
TONGDE = {
    "initial": "1,526.80",
    "addition": "184.50",
    "adjusted": "1,711.30",
    "spent": "1,668.42",
    "basic": "1,128.66",
    "personnel": "1,002.35",
    "public": "126.31",
    "project": "539.76",
    "balance": "42.88",
    "last_year": "1,702.15",
}
TONGDE_RATE = "97.49"
TONGDE_PROJECTS = [("食品安全抽检经费", "86.00", "84.20"), ("市场监管执法装备购置经费", "120.00", "118.36")]
TONGDE_TEXT: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "本局为县政府工作部门，内设股室8个，下设市场监督管理所4个，核定编制72人。全县登记市场主体5,214户。",
    ),
    ("h", "二、部门预算执行情况"),
    (
        "p",
        f"2025年部门年初预算{TONGDE['initial']}万元，年中追加{TONGDE['addition']}万元，调整后预算{TONGDE['adjusted']}"
        f"万元。全年支出{TONGDE['spent']}万元，预算执行率{TONGDE_RATE}%，年末结转结余{TONGDE['balance']}万元。"
        f"2024年支出{TONGDE['last_year']}万元。",
    ),
    (
        "p",
        f"按支出性质分：基本支出{TONGDE['basic']}万元，其中人员经费{TONGDE['personnel']}万元、公用经费"
        f"{TONGDE['public']}万元，人员经费占基本支出的88.8%；项目支出{TONGDE['project']}万元。",
    ),
    (
        "p",
        f"重点项目中，{TONGDE_PROJECTS[0][0]}预算{TONGDE_PROJECTS[0][1]}万元，执行{TONGDE_PROJECTS[0][2]}万元，执行率"
        f"{rate(TONGDE_PROJECTS[0][2], TONGDE_PROJECTS[0][1])}%；{TONGDE_PROJECTS[1][0]}预算{TONGDE_PROJECTS[1][1]}万元，"
        f"执行{TONGDE_PROJECTS[1][2]}万元，执行率{rate(TONGDE_PROJECTS[1][2], TONGDE_PROJECTS[1][1])}%。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "全年检查各类市场主体3,860户次，完成食品安全监督抽检1,240批次，抽检合格率98.4%；受理消费者投诉举报326件，"
        "办结率100%，为消费者挽回经济损失18.6万元。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标逐项自评，本部门2025年度整体支出绩效自评得分94.6分，自评等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）基层市场监督管理所执法装备不足，快检能力较弱。"),
    ("p", "（二）部分项目绩效目标设置不够细化，量化指标偏少。"),
    ("h", "六、改进措施"),
    ("p", "（一）逐步补齐基层执法和快检装备，提升现场检查能力。"),
    ("p", "（二）细化项目绩效目标，增加可衡量的数量和质量指标。"),
]


def doc_tongde(path: Path) -> None:
    t = {k: dec(v) for k, v in TONGDE.items()}
    check(t["initial"] + t["addition"] == t["adjusted"], "tongde addition")
    check(t["personnel"] + t["public"] == t["basic"], "tongde personnel + public")
    check(t["basic"] + t["project"] == t["spent"], "tongde basic + project")
    check(rate(t["spent"], t["adjusted"]) == dec(TONGDE_RATE), "tongde rate")
    check(t["adjusted"] - t["spent"] == t["balance"], "tongde balance")
    check((t["personnel"] / t["basic"] * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("88.8"), "share")
    p = Pdf(path, footer=True, size=12, margin=66, creator="Microsoft® Word 2019")
    p.title(f"{TONGDE_UNIT}\n2025年度部门整体支出绩效自评报告", size=16)
    p.blocks(TONGDE_TEXT)
    p.right(TONGDE_UNIT, size=12)
    p.right("2026年3月18日", size=12)
    check(p.page == 1, f"tongde on one page, not {p.page}")
    p.save()


# =========================================================================== 7. aheqi (DOCX; project) — E3
AHEQI_UNIT = "阿合奇县畜牧兽医局"
AHEQI_PROJECT = "草原生态保护补助奖励项目"
AHEQI_FUNDS: Funds = [
    ("年度资金总额", "1,360.00", "1,360.00", "1,318.45"),
    ("其中：中央财政资金", "1,120.00", "1,120.00", "1,086.25"),
    ("自治区财政资金", "240.00", "240.00", "232.20"),
]
AHEQI_STATED_RATE = "97.35"  # E3: 1,318.45 ÷ 1,360.00 = 96.94%; the score 9.69 follows 96.94
AHEQI_IND: list[Indicator] = [
    ("产出指标", "数量指标", "落实禁牧面积", "=180万亩", "180万亩", "10", "10", ""),
    ("产出指标", "数量指标", "落实草畜平衡面积", "=246万亩", "246万亩", "10", "10", ""),
    ("产出指标", "质量指标", "补奖资金兑付准确率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "资金兑付完成时间", "2018年12月底前", "2018年12月20日", "10", "10", ""),
    ("产出指标", "成本指标", "禁牧补助标准", "=7.5元/亩", "7.5元/亩", "10", "10", ""),
    ("效益指标", "经济效益指标", "牧民人均政策性收入", "≥1500元", "1580元", "10", "10", ""),
    (
        "效益指标",
        "生态效益指标",
        "草原综合植被盖度",
        "≥42%",
        "41.6%",
        "10",
        "8",
        "春季干旱，部分草场返青偏晚",
    ),
    ("效益指标", "可持续影响指标", "草原管护责任落实率", "=100%", "100%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益牧民满意度", "≥90%", "93.6%", "10", "10", ""),
]
AHEQI_TOTAL = "97.69"


def aheqi_text() -> list[tuple[str, str]]:
    total = AHEQI_FUNDS[0]
    return [
        ("h", "一、项目概况"),
        (
            "p",
            "草原生态保护补助奖励政策对禁牧草原给予禁牧补助，对落实草畜平衡的草原给予奖励。2018年，全县在6个乡镇"
            "落实禁牧和草畜平衡任务，补奖资金通过“一卡通”直接发放到牧户。",
        ),
        ("h", "二、项目资金情况"),
        (
            "p",
            f"2018年项目年初预算{total[1]}万元，其中中央财政资金1,120.00万元，自治区财政资金240.00万元，全年预算"
            f"未作调整。实际到位资金1,360.00万元。截至2018年12月31日，已发放补奖资金{total[3]}万元，预算执行率"
            f"{AHEQI_STATED_RATE}%，结余41.55万元为核减草场面积后的剩余资金。",
        ),
        ("h", "三、绩效目标完成情况"),
        (
            "p",
            "全年落实禁牧180万亩、草畜平衡246万亩，禁牧补助按每亩7.5元标准发放，惠及牧户2,136户；牧民人均政策性"
            "收入1580元，全县草原综合植被盖度为41.6%，受益牧民满意度为93.6%。",
        ),
        ("h", "四、自评结论"),
        ("p", f"对照项目支出绩效自评表逐项自评，项目自评得分{AHEQI_TOTAL}分，自评等级为“优”。"),
        ("h", "五、存在的问题"),
        ("p", "（一）部分牧户草场面积核定不准确，补奖资金需要核减。"),
        ("p", "（二）草原管护员队伍的培训不够，巡护记录不完整。"),
        ("h", "六、改进措施"),
        ("p", "（一）开展草场面积复核，做到补奖面积与确权面积一致。"),
        ("p", "（二）加强草原管护员培训和考核，规范巡护记录。"),
    ]


def aheqi_rows() -> list[list[str]]:
    total, *parts = AHEQI_FUNDS
    rows = [
        ["项目名称", AHEQI_PROJECT, "", "", "", "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [
            total[0],
            "",
            total[1],
            total[2],
            total[3],
            "10",
            f"{AHEQI_STATED_RATE}%",
            exec_score(total[3], total[2]),
        ],
    ]
    rows += [[n, "", a, b, c, E, E, E] for n, a, b, c in parts]
    rows.append(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    )
    rows += [list(r) for r in AHEQI_IND]
    rows.append(["总分", "", "", "", "", "100", AHEQI_TOTAL, "自评等级：优"])
    return rows


def doc_aheqi(path: Path) -> None:
    total, *parts = AHEQI_FUNDS
    for k in (1, 2, 3):
        check(column_sum(parts, k) == dec(total[k]), f"aheqi funds column {k}")
    check(rate(total[3], total[2]) == dec("96.94") != dec(AHEQI_STATED_RATE), "aheqi E3 planted")
    check(dec(total[2]) - dec(total[3]) == dec("41.55"), "aheqi balance")
    check(sum(dec(r[5]) for r in AHEQI_IND) == 90, "aheqi weights")
    score = dec(exec_score(total[3], total[2])) + sum(dec(r[6]) for r in AHEQI_IND)
    check(score == dec(AHEQI_TOTAL), "aheqi total")
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = STAMP.new_docx()
    title = para(d, f"{AHEQI_UNIT}2018年度{AHEQI_PROJECT}绩效自评报告", indent=False, bold=True)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in aheqi_text():
        para(d, text, indent=kind == "p", bold=kind == "h")
    right = para(d, AHEQI_UNIT, indent=False)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right = para(d, "2019年4月8日", indent=False)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "附件：项目支出绩效自评表", indent=False)
    rows = aheqi_rows()
    merges = [((0, 1), (0, 7)), ((1, 0), (1, 1))] + [((r, 0), (r, 1)) for r in range(2, 2 + len(AHEQI_FUNDS))]
    merges.append(((len(rows) - 1, 0), (len(rows) - 1, 4)))
    table(d, rows, merges)
    STAMP.save_docx(d, path)


# =========================================================================== 8. jiali (HTML; project)
JIALI_UNIT = "嘉黎县农牧局"
JIALI_PROJECT = "牲畜暖棚建设项目"
JIALI_TITLE = f"{JIALI_UNIT}2016年度{JIALI_PROJECT}绩效自评报告"
JIALI = {
    "initial": "260.00",
    "addition": "95.00",
    "adjusted": "355.00",
    "central": "240.00",
    "provincial": "80.00",
    "local": "35.00",
    "spent": "348.62",
    "balance": "6.38",
    "sheds": "336.00",
    "other": "12.62",
    "last_year": "298.40",
}
JIALI_RATE = "98.20"
JIALI_PARTS = [
    ("项目决策", "20", "18"),
    ("项目管理", "20", "19"),
    ("项目产出", "40", "37"),
    ("项目效益", "20", "18"),
]


def jiali_body() -> str:
    j = JIALI
    parts = "、".join(f"{n}{s}分（满分{w}分）" for n, w, s in JIALI_PARTS)
    paras = [
        ("h", "一、项目概况"),
        (
            "p",
            "为改善牧区牲畜越冬条件，减少冬春季节牲畜掉膘和死亡，2016年在全县实施牲畜暖棚建设项目，由县农牧局"
            "组织实施，乡镇负责具体建设。",
        ),
        ("h", "二、项目资金情况"),
        (
            "p",
            f"项目年初预算{j['initial']}万元，年中追加{j['addition']}万元，调整后预算{j['adjusted']}万元，其中：中央"
            f"财政资金{j['central']}万元、自治区财政资金{j['provincial']}万元、县级配套资金{j['local']}万元。实际到位"
            f"资金{j['adjusted']}万元。全年支出{j['spent']}万元，预算执行率{JIALI_RATE}%，结余{j['balance']}万元。"
            f"按每座暖棚补助8,000元标准兑付暖棚建设补助{j['sheds']}万元，其余{j['other']}万元用于项目监理和验收。"
            f"2015年同类项目支出{j['last_year']}万元。",
        ),
        ("h", "三、绩效目标完成情况"),
        (
            "p",
            "全年新建牲畜暖棚420座，总面积3.36万平方米，受益牧户396户；暖棚内越冬牲畜死亡率下降到1.8%，受益牧户"
            "满意度达到95.3%。",
        ),
        ("h", "四、自评结论"),
        ("p", f"项目自评得分92分，其中：{parts}，自评等级为“优”。"),
        ("h", "五、存在的问题"),
        ("p", "（一）个别乡镇暖棚建设进度偏慢，验收时间推迟。"),
        ("p", "（二）部分牧户对暖棚日常维护不够重视。"),
        ("h", "六、下一步改进措施"),
        ("p", "（一）提前备料，合理安排施工时间，确保按期完工。"),
        ("p", "（二）加强技术指导，引导牧户做好暖棚日常维护。"),
    ]
    out = []
    for kind, text in paras:
        if kind == "h":
            out.append(f"<p><strong>{text}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    out.append(f'<p style="text-align:right;">{JIALI_UNIT}</p>')
    out.append('<p style="text-align:right;">2017年4月25日</p>')
    return "\n".join(out)


def jiali_html() -> str:
    j = {k: dec(v) for k, v in JIALI.items()}
    check(j["initial"] + j["addition"] == j["adjusted"], "jiali addition")
    check(j["central"] + j["provincial"] + j["local"] == j["adjusted"], "jiali levels")
    check(rate(j["spent"], j["adjusted"]) == dec(JIALI_RATE), "jiali rate")
    check(j["adjusted"] - j["spent"] == j["balance"], "jiali balance")
    check(420 * 8000 == j["sheds"] * 10000 and j["sheds"] + j["other"] == j["spent"], "jiali split")
    check(sum(dec(s) for _, _, s in JIALI_PARTS) == 92, "jiali parts")
    nav = " | ".join(f'<a href="#">{n}</a>' for n in ("首页", "政务公开", "政务服务", "互动交流", "走进嘉黎"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{JIALI_TITLE}-嘉黎县人民政府</title>
</head>
<body>
<div class="head"><span>嘉黎县人民政府门户网站</span></div>
<div class="nav">{nav}</div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a></div>
<div class="article">
<h1>{JIALI_TITLE}</h1>
<div class="meta">来源：{JIALI_UNIT}　发布时间：2017-05-10　浏览次数：<span>86</span></div>
<div class="content">
{jiali_body()}
</div>
<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="footer"><p>主办：嘉黎县人民政府办公室</p></div>
</body>
</html>
"""


LAYOUTS: dict[str, Callable[[Path], Any]] = {
    "zhaosu-linye-2020": _zhaosu_layout,
    "heshui-rouyang-2022": _heshui_layout,
    "jianzha-yingyang-2021": _jianzha_layout,
    "kalaqin-shuili-2017": _kalaqin_layout,
    "lintan-weishengshi-2024": _lintan_layout,
}


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "kalaqin-shuili-2017.pdf": doc_kalaqin,
        "zhaosu-linye-2020.pdf": doc_zhaosu,
        "jianzha-yingyang-2021.pdf": doc_jianzha,
        "heshui-rouyang-2022.pdf": doc_heshui,
        "lintan-weishengshi-2024.pdf": doc_lintan,
        "tongde-shijian-2025.pdf": doc_tongde,
        "aheqi-caoyuan-2018.docx": doc_aheqi,
        "jiali-nuanpeng-2016.html": lambda p: write_text(p, jiali_html()),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
