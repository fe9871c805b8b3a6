#!/usr/bin/env python3
"""Regenerate the heldout20 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout20/make_heldout20.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched. The words and figures are in `texts20/`.

The theme is paper: reports as they arrive after printing, stamping and scanning. Seven documents
are image-only or partly image-only (ten scanned pages in all):
- linze: a three-page department report, printed with a running header and `- N -` footers and
  scanned at 200 dpi (grey paper, a different small skew on each page, mild blur, speckle);
- anhua: a bare 项目支出绩效自评表 with a red round official seal (ring, unit name along the arc,
  star) printed translucently over the 填报单位 line and the 总分 row, scanned in colour;
- yuexi: a landscape Anhui-style 绩效目标自评表 scanned so that the page image is turned 90° inside a
  portrait page (the text runs bottom to top);
- linqu: a text PDF of two pages (with a text layer) followed by one image-only page, the printed
  自评表 scanned back in;
- dunhua: a two-page report scanned at 150 dpi, saved as a strongly compressed JPEG, darker paper and
  a shadow along the bound edge;
- xingye: a department form printed as two 三线表 whose rules are faint and broken in places;
- fenggang: a one-page project report scanned in colour (yellowish paper) with the seal over the
  signature.
Five control documents never were on paper: a text PDF, a DOCX, an XLSX, an HTML portal page and a
TXT file.

How a scanned page is made: the page is laid out with `tests/corpora/builder/canvas_pdf.CanvasPdf`
(WenQuanYi Zen Hei, reportlab invariant mode) into a scratch file, rendered by pypdfium2 at the scan's
resolution, then degraded by Pillow with a fixed random seed per page (paper tone, speckle and dust,
skew, blur, seal, shadow, broken rules), encoded as JPEG by Pillow and drawn full-page by reportlab
(JPEG passed through, invariant mode). No text operator is written on a scanned page. Same inputs,
same bytes.
Byte stability of the others: reportlab invariant mode; DOCX/XLSX re-zipped with a fixed entry date
and fixed core-property dates (builder/office_kit); HTML UTF-8 without BOM and LF; the TXT is UTF-8
with a BOM and CRLF line ends, as Windows Notepad saves it.
Every sentence and figure is invented; place and unit names are real.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts20, and the repository root for tests.corpora.builder
sys.dont_write_bytecode = True  # importing texts20 leaves no __pycache__ beside the documents

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from texts20 import controls as C  # noqa: E402
from texts20 import scanned as S  # noqa: E402

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY20"
FIXED_DT = datetime.datetime(2026, 12, 18, 10, 20, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, with closing punctuation kept off the start of a line."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a footer style (`- N -`, `第 N 页 共 M 页`, or none), a creator string, closing
    punctuation kept off line starts, right-aligned and unindented lines, and a record of where
    named lines were drawn (for the seal)."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", **layout):
        self.footer_style = footer_style
        self.total = total
        self.marks: dict[str, tuple[int, float, float]] = {}
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self):
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is None:
            return
        c.setFont(self.font, 10)
        text = {"dash": f"- {self.page} -", "of": f"第 {self.page} 页 共 {self.total} 页"}[self.footer_style]
        c.drawCentredString(self.W / 2, self.m - 24, text)

    def para(self, text, indent=True, size=None):
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
        self.marks[text] = (self.page, self.W - self.m - stringWidth(text, self.font, size) / 2, self.y - size / 2)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    def line(self, text: str, size: float | None = None, mark: str | None = None) -> None:
        """An unindented single line; `mark`: a part of it whose centre is recorded in `marks`."""
        size = size or self.size
        self.need(size * 1.9)
        if mark:
            before = text[: text.index(mark)]
            x = self.m + stringWidth(before, self.font, size) + stringWidth(mark, self.font, size) / 2
            self.marks[mark] = (self.page, x, self.y - size / 2)
        self.c.setFont(self.font, size)
        self.c.drawString(self.m, self.y - size, text)
        self.y -= size * 1.9

    def blocks(self, blocks, title_size: float = 16) -> None:
        for kind, text in blocks:
            if kind == "t":
                self.title(text, size=title_size)
            elif kind == "h":
                self.heading(text)
            elif kind == "p":
                self.para(text)
            elif kind == "r":
                self.right(text)
            elif kind == "c":
                self.center(text)
            elif kind == "l":
                self.line(text)
            else:
                raise ValueError(kind)


# =========================================================================== the scanner
def _scratch(build: Callable[[Path], None]) -> bytes:
    """Lay out a printed page set into a scratch PDF and return its bytes."""
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        build(Path(name))
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


def _render(pdf_bytes: bytes, dpi: int) -> list:
    """Every page of a PDF as a greyscale Pillow image at `dpi`."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [doc[k].render(scale=dpi / 72).to_pil().convert("L") for k in range(len(doc))]
    finally:
        doc.close()


def _paper(img, paper: int, ink: int = 34):
    """White becomes the paper's grey, black the toner's near-black."""
    return img.point(lambda v: ink + (v * (paper - ink)) // 255)


def _speckle(img, seed: int, count: int, dust: int = 40):
    """Dots from the scanner glass and a few specks of dust, placed by a seeded generator."""
    from PIL import ImageDraw

    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(count):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    for _ in range(dust):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((70, 100, 130)))
    return img


def _skew_blur(img, degrees: float, fill, blur: float):
    from PIL import Image, ImageFilter

    img = img.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    return img.filter(ImageFilter.GaussianBlur(blur)) if blur else img


def _shadow(img, side: str, width: int, depth: int):
    """A darker band along one edge (the bound edge lifting off the glass), fading inwards."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img).astype(np.int16)
    ramp = np.clip(1 - np.arange(a.shape[1]) / width, 0, 1) ** 1.6 * depth
    if side == "right":
        ramp = ramp[::-1]
    a = np.clip(a - ramp[None, :].astype(np.int16), 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode="L")


def _tint(img, paper_rgb: tuple[int, int, int]):
    """A greyscale scan turned into a colour scan of tinted paper."""
    from PIL import Image

    channels = [img.point(lambda v, top=top: (v * top) // 255) for top in paper_rgb]
    return Image.merge("RGB", channels)


def _seal(text: str, diameter: int, seed: int):
    """A round official seal (公章) as an RGB image on white: a ring, the unit's name along the upper
    arc, a five-pointed star; the ink a little uneven, as a real impression is."""
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
        glyph = Image.new("L", (font.size * 2, font.size * 2), 0)
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
    for _ in range(diameter * diameter // 9):  # uneven ink: pale spots inside the strokes
        x, y = rng.randrange(size), rng.randrange(size)
        if pixels[x, y] != (255, 255, 255):
            pixels[x, y] = (236, 150, 146)
    return img


def _stamp(page, seal, centre: tuple[float, float], angle: float):
    """Print the seal over the page translucently (multiply: the text under it stays readable)."""
    from PIL import Image, ImageChops

    seal = seal.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor="white")
    x, y = int(centre[0] - seal.size[0] / 2), int(centre[1] - seal.size[1] / 2)
    box = (x, y, x + seal.size[0], y + seal.size[1])
    region = page.crop(box)
    page.paste(ImageChops.multiply(region, seal), box)
    return page


def _break_rules(img, seed: int, paper: int):
    """Fade the horizontal rules of a printed table and break them in places (a tired toner)."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img).copy()
    dark = (a < 200).mean(axis=1)
    rng = random.Random(seed)
    rows = [y for y in range(a.shape[0]) if dark[y] > 0.45]
    for y in rows:
        a[y, :] = np.where(a[y, :] < 200, np.minimum(255, a[y, :].astype(np.int16) + 70), a[y, :]).astype(np.uint8)
    groups: list[list[int]] = []
    for y in rows:
        if groups and y - groups[-1][-1] <= 2:
            groups[-1].append(y)
        else:
            groups.append([y])
    for group in groups:
        for _ in range(rng.randrange(4, 8)):
            x0 = rng.randrange(0, a.shape[1] - 120)
            a[group[0]:group[-1] + 1, x0:x0 + rng.randrange(12, 70)] = paper
    return Image.fromarray(a, mode="L")


def _jpeg(img, quality: int) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def _image_page(c, jpeg: bytes, pagesize) -> None:
    """One image-only page: the JPEG drawn over the whole page, no text operator."""
    w, h = pagesize
    c.setPageSize(pagesize)
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=w, height=h)
    c.showPage()


def _scan_pdf(path: Path, jpegs: Sequence[bytes], creator: str) -> None:
    """A scanner's PDF: one image per page, nothing else."""
    from reportlab import rl_config
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for jpeg in jpegs:
        _image_page(c, jpeg, A4)
    c.save()


def _px(mark: tuple[int, float, float], dpi: int, height_pt: float) -> tuple[float, float]:
    _page, x, y = mark
    return x * dpi / 72, (height_pt - y) * dpi / 72


# =========================================================================== 1. linze (3 scanned pages)
def _linze_print(path: Path) -> None:
    p = Pdf(path, footer_style="dash", header=S.LINZE_TITLE, size=12, margin=68)
    p.blocks(S.LINZE_BLOCKS_1)
    p.need(150)
    p.table(S.LINZE_SCORES, widths=[16, 10, 10, 44], size=11, align=["c", "c", "c", "l"])
    p.blocks(S.LINZE_BLOCKS_2)
    p.save()


def doc_linze(path: Path) -> None:
    pages = _render(_scratch(_linze_print), 200)
    jpegs = []
    for k, (img, skew) in enumerate(zip(pages, (0.45, -0.6, 0.8))):
        img = _speckle(_paper(img, 236), 2021 + k, 7000)
        jpegs.append(_jpeg(_skew_blur(img, skew, 238, 0.65), 72))
    _scan_pdf(path, jpegs, "Scanned by MFP")


# =========================================================================== 2. anhua (scanned form with a red seal)
ANHUA_MARKS: dict[str, tuple[int, float, float]] = {}


def _anhua_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=50)
    p.title("项目支出绩效自评表", size=17)
    p.center("（2023年度）", size=11)
    p.table(S.ANHUA_ROWS, widths=[19, 15, 21, 13, 12, 8, 12], size=10.5, header_rows=0,
            align=["l", "c", "l", "c", "c", "c", "c"])
    p.line(S.ANHUA_FOOT[0][1])
    p.line(S.ANHUA_FOOT[1][1], mark=S.ANHUA_SEAL)
    ANHUA_MARKS.update(p.marks)
    p.save()


def doc_anhua(path: Path) -> None:
    (img,) = _render(_scratch(_anhua_print), 200)
    img = _speckle(_paper(img, 240), 2023, 6000)
    page = _tint(img, (252, 250, 246))
    x, y = _px(ANHUA_MARKS[S.ANHUA_SEAL], 200, A4[1])
    page = _stamp(page, _seal(S.ANHUA_SEAL, 330, 23), (x + 40, y - 70), -12)
    page = _skew_blur(page, -0.5, (246, 244, 240), 0.6)
    _scan_pdf(path, [_jpeg(page, 78)], "Scanned by MFP")


# =========================================================================== 3. yuexi (landscape form, turned 90°)
def _yuexi_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10.5, margin=26, land=True)
    p.bottom = 16  # a form printed to the sheet's edge: no footer to keep room for
    p.title("项目支出绩效目标自评表", size=15)
    p.center("（2019年度）", size=10.5)
    p.table(S.YUEXI_ROWS, widths=[12, 13, 23, 8, 15, 15, 8, 26], size=9.5, header_rows=0,
            align=["l", "l", "l", "c", "c", "c", "c", "l"])
    for _kind, text in S.YUEXI_FOOT:
        p.line(text, size=10.5)
    p.save()


def doc_yuexi(path: Path) -> None:
    from PIL import Image

    (img,) = _render(_scratch(_yuexi_print), 200)
    img = _speckle(_paper(img, 238), 2019, 7000)
    img = img.transpose(Image.Transpose.ROTATE_90)  # the landscape sheet laid on the glass sideways
    img = _skew_blur(img, 0.6, 240, 0.6)
    _scan_pdf(path, [_jpeg(img, 74)], "Scanned by MFP")


# =========================================================================== 4. linqu (text pages + a scanned page)
def _linqu_form(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=60)
    p.line("附件", size=12)
    p.title("项目支出绩效自评表", size=16)
    p.center("（2022年度）", size=11)
    p.table(S.LINQU_ROWS, widths=[17, 17, 21, 13, 13, 9, 10], size=10.5, header_rows=0,
            align=["l", "l", "l", "c", "c", "c", "c"])
    for _kind, text in S.LINQU_FOOT:
        p.line(text)
    p.save()


def doc_linqu(path: Path) -> None:
    (img,) = _render(_scratch(_linqu_form), 200)
    img = _speckle(_paper(img, 234), 2022, 6500)
    jpeg = _jpeg(_skew_blur(img, 0.7, 236, 0.6), 72)
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="Microsoft® Word 2016")
    p.title("临朐县应急管理局2022年度森林防灭火能力建设\n项目支出绩效自评报告", size=16)
    p.blocks(S.LINQU_BLOCKS)
    p.new_page()  # furniture of the last text page; the scanned 自评表 follows with none
    p.c.setProducer("Adobe Acrobat Pro 2017")
    _image_page(p.c, jpeg, A4)
    p.c.save()


# =========================================================================== 5. dunhua (150 dpi, JPEG, shadow)
def _dunhua_print(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=70)
    p.blocks(S.DUNHUA_BLOCKS_1)
    p.need(150)
    p.table(S.DUNHUA_SCORES, widths=[14, 10, 10, 46], size=11, align=["c", "c", "c", "l"])
    p.blocks(S.DUNHUA_BLOCKS_2)
    p.save()


def doc_dunhua(path: Path) -> None:
    pages = _render(_scratch(_dunhua_print), 150)
    jpegs = []
    for k, (img, skew) in enumerate(zip(pages, (-0.9, 0.5))):
        img = _speckle(_paper(img, 222, ink=40), 2020 + k, 4500)
        img = _shadow(img, "left" if k == 0 else "right", 150, 95)
        jpegs.append(_jpeg(_skew_blur(img, skew, 214, 0.5), 30))
    _scan_pdf(path, jpegs, "Scanned by MFP")


# =========================================================================== 6. xingye (faint, broken 三线表)
def _xingye_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=58)
    for kind, text in S.XINGYE_HEAD:
        if kind == "t":
            p.title(text, size=17)
        elif kind == "c":
            p.center(text)
        else:
            p.line(text)
    p.table(S.XINGYE_FUNDS, widths=[17, 17, 17, 17, 11, 8, 9], style="three", size=10.5,
            align=["l", "r", "r", "r", "c", "c", "c"])
    for _kind, text in S.XINGYE_MID:
        if _kind == "p":
            p.para(text, size=11)
        else:
            p.line(text)
    p.table(S.XINGYE_IND, widths=[13, 17, 22, 15, 15, 8, 9], style="three", size=10.5,
            align=["l", "l", "l", "c", "c", "c", "c"])
    for _kind, text in S.XINGYE_FOOT:
        p.line(text)
    p.save()


def doc_xingye(path: Path) -> None:
    (img,) = _render(_scratch(_xingye_print), 200)
    img = _break_rules(_paper(img, 240), 2024, 240)
    img = _speckle(img, 2024, 6000)
    _scan_pdf(path, [_jpeg(_skew_blur(img, 0.3, 242, 0.55), 75)], "Scanned by MFP")


# =========================================================================== 7. fenggang (colour scan, seal on the signature)
FENGGANG_MARKS: dict[str, tuple[int, float, float]] = {}


def _fenggang_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=12, margin=68)
    for kind, text in S.FENGGANG_BLOCKS_1:
        if kind == "t":
            p.title(text, size=16)
        elif kind == "l":
            p.line(text, size=11)
        else:
            p.para(text)
    p.table(S.FENGGANG_TABLE, widths=[40, 40], size=11, align=["c", "r"])
    p.blocks(S.FENGGANG_BLOCKS_2)
    FENGGANG_MARKS.update(p.marks)
    p.save()


def doc_fenggang(path: Path) -> None:
    (img,) = _render(_scratch(_fenggang_print), 200)
    img = _speckle(_paper(img, 246), 2018, 5000)
    page = _tint(img, (255, 247, 226))
    x, y = _px(FENGGANG_MARKS[S.FENGGANG_SEAL], 200, A4[1])
    page = _stamp(page, _seal(S.FENGGANG_SEAL, 330, 18), (x - 10, y + 20), 8)
    page = _skew_blur(page, -0.4, (250, 243, 222), 0.6)
    _scan_pdf(path, [_jpeg(page, 80)], "Scanned by MFP")


# =========================================================================== 8. yongxiu (text PDF)
def doc_yongxiu(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=72, creator="Microsoft® Word 2019")
    p.title("永修县民政局\n2022年度部门整体支出绩效自评报告", size=17)
    p.blocks(C.YONGXIU_BLOCKS)
    p.right("永修县民政局")
    p.right("2023年5月9日")
    p.save()


# =========================================================================== 9. ruzhou (DOCX)
def doc_ruzhou(path: Path) -> None:
    d = STAMP.new_docx()
    for line in C.RUZHOU_TITLE:
        office.centred_title(d, line, 16)

    def put(blocks):
        for kind, text in blocks:
            if kind == "h":
                office.bold_line(d, text, indent=24)
            elif kind == "l":
                para(d, text, indent=False)
            else:
                para(d, text)

    put(C.RUZHOU_BEFORE)
    table(d, C.RUZHOU_TABLE)
    put(C.RUZHOU_AFTER)
    office.aligned(d, "汝州市水利局", "right")
    office.aligned(d, "2022年3月21日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 10. jianou (XLSX)
def doc_jianou(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", [13, 18, 22, 16, 16, 8, 9, 30], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2025年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "毛竹林丰产培育", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "建瓯市林业局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "建瓯市林业局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                         strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    for k, row in enumerate(C.JIANOU_FUNDS):
        r = 6 + k
        xl_put(ws, f"B{r}", row[0])
        for col, v in zip("CDE", row[1:4], strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        score, rate_, points = row[4], row[5], row[6]
        xl_put(ws, f"F{r}", score, center=True)
        xl_put(ws, f"G{r}", rate_, fmt=None if rate_ == E else "0.00%", center=True)
        xl_put(ws, f"H{r}", points, fmt=None if points == E else "0.00", center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", C.JIANOU_GOAL[0], merge_to="D11")
    xl_put(ws, "E11", C.JIANOU_GOAL[1], merge_to="H11")
    ws.row_dimensions[11].height = 48
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    r = 13
    for row in C.JIANOU_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.0" if isinstance(v, float) else None, center=col in "FG")
        r += 1
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 87.6, fmt="0.0", center=True)
    xl_put(ws, f"H{r}", None)
    xl_put(ws, f"A{r + 1}", "自评结论")
    xl_put(ws, f"B{r + 1}", C.JIANOU_CONCLUSION, merge_to=f"H{r + 1}")
    ws.row_dimensions[r + 1].height = 40
    xl_put(ws, f"A{r + 2}", "填报单位：建瓯市林业局　　填报人：陈**　　填报日期：2026年2月10日", merge_to=f"H{r + 2}",
           border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 11. tonglu (HTML portal page)
def tonglu_html() -> str:
    body = "\n".join(f'<p style="text-indent:2em">{t}</p>' for t in C.TONGLU_PARAS)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="桐庐县人民政府">
<meta name="ColumnName" content="绩效信息">
<meta name="ArticleTitle" content="桐庐县文化和广电旅游体育局2023年度部门整体支出绩效自评报告">
<title>桐庐县文化和广电旅游体育局2023年度部门整体支出绩效自评报告_绩效信息_桐庐县人民政府</title>
</head>
<body>
<div id="top"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
<a href="#">长者模式</a> <a href="#">English</a> <a href="#">手机版</a> <a href="#">政务微博</a></div>
<div id="banner"><img src="../images/logo.png" alt="桐庐县人民政府"></div>
<div id="menu"><a href="#">首页</a> | <a href="#">要闻动态</a> | <a href="#">政府信息公开</a> | <a href="#">办事服务</a> | <a href="#">互动交流</a></div>
<div id="path">您现在的位置：<a href="#">首页</a> &raquo; <a href="#">政府信息公开</a> &raquo; <a href="#">法定主动公开内容</a> &raquo; <a href="#">财政预决算</a> &raquo; 绩效信息</div>
<div id="xxgk">
<ul>
<li><b>索 引 号：</b>11330122002506512P/2024-00173</li>
<li><b>公开方式：</b>主动公开</li>
<li><b>发布单位：</b>县文广旅体局</li>
<li><b>公开时限：</b>常年公开</li>
<li><b>生成日期：</b>2024-06-14</li>
<li><b>公开范围：</b>面向社会</li>
</ul>
</div>
<div id="article">
<h2>桐庐县文化和广电旅游体育局2023年度部门整体支出绩效自评报告</h2>
<div class="sub">发布时间：2024-06-14　来源：县文广旅体局　访问次数：<span id="hits">847</span>　<a href="#">[打印]</a> <a href="#">[关闭]</a></div>
<div id="content">
{body}
<p style="text-align:right">桐庐县文化和广电旅游体育局</p>
<p style="text-align:right">2024年6月12日</p>
</div>
<div class="attach">相关附件：<a href="#">2023年度部门整体支出绩效自评表.xls</a></div>
</div>
<div id="foot">
<p>主办：桐庐县人民政府办公室　地址：桐庐县迎春南路<span>**</span>号</p>
<p>政府网站标识码：3301220002　浙ICP备05015126号　浙公网安备33012202000203号</p>
</div>
</body>
</html>
"""


# =========================================================================== 12. wugong (TXT, Notepad)
def wugong_text() -> str:
    return "\ufeff" + "\n".join(C.WUGONG_LINES) + "\n"


def main(argv: list[str] | None = None) -> None:
    builders = {
        "linze-shuiwu-2021.pdf": doc_linze,
        "anhua-chaye-2023.pdf": doc_anhua,
        "yuexi-weijian-2019.pdf": doc_yuexi,
        "linqu-yingji-2022.pdf": doc_linqu,
        "dunhua-jiaoyu-2020.pdf": doc_dunhua,
        "xingye-shijian-2024.pdf": doc_xingye,
        "fenggang-jiaotong-2018.pdf": doc_fenggang,
        "yongxiu-minzheng-2022.pdf": doc_yongxiu,
        "ruzhou-shuili-2021.docx": doc_ruzhou,
        "jianou-linye-2025.xlsx": doc_jianou,
        "tonglu-wenguang-2023.html": lambda p: write_text(p, tonglu_html()),
        "wugong-nongye-2020.txt": lambda p: write_text(p, wugong_text(), newline="\r\n"),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
