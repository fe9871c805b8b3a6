#!/usr/bin/env python3
"""Regenerate the heldout25 evaluation batch (10 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout25/make_heldout25.py [--out DIR]

Writes the PDF and DOCX documents next to this script (or into DIR). The goldens (NAME.golden.json)
are hand-written and are NOT touched. The words and figures are in `texts25/`.

The theme is paper, second round: what scanners and phones really do. Seven documents are
image-only or partly image-only (nine scanned pages in all):
- jianping: a two-page department report scanned at 200 dpi with a different skew on each page
  (1.2° and −2.2°);
- binchuan: a one-page project report photographed with a phone rather than scanned: the sheet on a
  grey desk, uneven lighting (a brightness gradient), low contrast, slight blur, ~160 dpi on the sheet;
- heshuo: a one-page project report sent by fax: 1-bit black and white at 200 dpi (the image is stored
  with one bit per pixel), speckle noise, a 1.0° skew;
- cangxi: a report printed on two A5 pages and scanned side by side on one landscape A4 image
  (two-up), to be read left page then right page;
- huanan: a printed 项目支出绩效自评表 with full gridlines, a red round seal pressed partly over the
  总分 row's score cell (translucent: the figure stays legible), colour scan, −1.0° skew;
- shouyang: a mixed PDF: page 1 a cover letter with a text layer, pages 2–3 the report scanned
  (skews 1.0° and −1.6°);
- wuxi: a one-page project report scanned with a 2.6° skew.
Three control documents never were on paper: two text PDFs and a DOCX.

How a scanned page is made (as in heldout20, copied here, not imported): the page is laid out with
`tests/corpora/builder/canvas_pdf.CanvasPdf` (WenQuanYi Zen Hei, reportlab invariant mode) into a
scratch file, rendered by pypdfium2, then degraded by Pillow (and numpy) with a fixed random seed per
page, encoded as JPEG by Pillow (the fax: packed 1-bit, Flate) and drawn full-page by reportlab. No
text operator is written on a scanned page. Same inputs, same bytes.
Byte stability of the others: reportlab invariant mode; the DOCX re-zipped with a fixed entry date and
fixed core-property dates (builder/office_kit).
Every sentence and figure is invented; place names are real.
"""
from __future__ import annotations

import datetime
import io
import math
import os
import random
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts25, and the repository root for tests.corpora.builder
sys.dont_write_bytecode = True  # importing texts25 leaves no __pycache__ beside the documents

from reportlab.lib.pagesizes import A4, A5, landscape  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from texts25 import controls as C  # noqa: E402
from texts25 import scanned as S  # noqa: E402

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table  # noqa: E402

FONT = "WQY25"
FIXED_DT = datetime.datetime(2026, 12, 21, 15, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
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
    """CanvasPdf with a footer style (`- N -`, `第 N 页 共 M 页`, or none), a creator string, an A5
    page, closing punctuation kept off line starts, right-aligned and unindented lines, and `B`
    blocks (a page break of the printout)."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", a5: bool = False, **layout):
        self.footer_style = footer_style
        self.total = total
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        if a5:
            self.pagesize = A5
            self.W, self.H = A5
            self.c.setPageSize(A5)
            self.top = self.H - self.m - (18 if self.header else 0)
            self.y = self.top
            self.cw = self.W - 2 * self.m
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
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    def line(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.9)
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
            elif kind == "B":
                self.new_page()
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
    font = ImageFont.truetype(str(fonts.WQY_TTC), int(diameter * 0.15), index=0)
    n = len(text)
    spread = 200.0
    radius = r * 0.72
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


def _bilevel_page(c, img, pagesize) -> None:
    """One image-only page holding a 1-bit image (one bit per pixel, Flate), as fax software writes it.
    reportlab registers the image as greyscale; its XObject is then rewritten to 1 bit per component
    (packed rows, 0 black, 1 white: the PDF DeviceGray convention and Pillow's mode `1` bytes)."""
    from reportlab.pdfbase.pdfdoc import PDFImageXObject

    before = {id(o) for o in c._doc.idToObject.values()}
    w, h = pagesize
    c.setPageSize(pagesize)
    c.drawImage(ImageReader(img.convert("L")), 0, 0, width=w, height=h)
    (obj,) = [o for o in c._doc.idToObject.values() if isinstance(o, PDFImageXObject) and id(o) not in before]
    obj.bitsPerComponent = 1
    obj.colorSpace = "DeviceGray"
    obj._filters = ("FlateDecode",)
    obj.streamContent = zlib.compress(img.tobytes(), 9)
    c.showPage()


def _canvas(path: Path, creator: str, pagesize=A4):
    from reportlab import rl_config
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    c = pdfcanvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    return c


def _scan_pdf(path: Path, jpegs: Sequence[bytes], creator: str, pagesize=A4) -> None:
    """A scanner's PDF: one image per page, nothing else."""
    c = _canvas(path, creator, pagesize)
    for jpeg in jpegs:
        _image_page(c, jpeg, pagesize)
    c.save()


# =========================================================================== 1. jianping (2 pages, skew differs)
def _jianping_print(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=68)
    p.blocks(S.JIANPING_BLOCKS)
    p.save()


def doc_jianping(path: Path) -> None:
    pages = _render(_scratch(_jianping_print), 200)
    assert len(pages) == 2
    jpegs = []
    for k, (img, skew) in enumerate(zip(pages, (1.2, -2.2), strict=True)):
        img = _speckle(_paper(img, 236), 2019 + k, 6500)
        jpegs.append(_jpeg(_skew_blur(img, skew, 240, 0.6), 72))
    _scan_pdf(path, jpegs, "Scanned by MFP")


# =========================================================================== 2. binchuan (photographed)
PHOTO_DPI = 170  # the photo's pixels per inch of an A4 frame
SHEET_DPI = 160  # the sheet inside it, a little smaller than the frame (the desk shows around it)


def _binchuan_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=12, margin=62)
    p.blocks(S.BINCHUAN_BLOCKS, title_size=15)
    p.save()


def _photo(sheet, seed: int):
    """A phone photo of a sheet: grey desk around it, a slight turn, uneven light falling off from the
    top left, low contrast, sensor noise and a soft focus."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = round(A4[0] * PHOTO_DPI / 72), round(A4[1] * PHOTO_DPI / 72)
    frame = Image.new("L", (w, h), 96)
    sheet = _paper(sheet, 214, ink=72)
    frame.paste(sheet, ((w - sheet.size[0]) // 2 + 6, (h - sheet.size[1]) // 2 - 10))
    frame = frame.rotate(-1.4, resample=Image.Resampling.BICUBIC, fillcolor=96)
    a = np.asarray(frame).astype(np.float64)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.06 - 0.34 * (0.45 * xx / w + 0.55 * yy / h)  # brighter top left, darker bottom right
    a = a * light + np.random.default_rng(seed).normal(0.0, 3.0, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).round().astype(np.uint8), mode="L")
    return img.filter(ImageFilter.GaussianBlur(1.0))


def doc_binchuan(path: Path) -> None:
    (sheet,) = _render(_scratch(_binchuan_print), SHEET_DPI)
    _scan_pdf(path, [_jpeg(_photo(sheet, 2024), 70)], "Camera Scanner")


# =========================================================================== 3. heshuo (1-bit fax)
def _heshuo_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=12, margin=64)
    p.blocks(S.HESHUO_BLOCKS, title_size=15)
    p.save()


def _fax(img, seed: int):
    """A fax: a 1.0° skew, thresholded to black and white, salt-and-pepper speckle and short streaks."""
    from PIL import Image, ImageDraw

    img = img.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.point(lambda v: 0 if v < 150 else 255).convert("1", dither=Image.Dither.NONE)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(9000):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=0)
    for _ in range(120):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.rectangle([x, y, x + rng.randrange(1, 3), y + rng.randrange(1, 3)], fill=0)
    for _ in range(6):  # a line of the transmission dropping out
        y = rng.randrange(h)
        draw.line([(0, y), (w, y)], fill=0 if rng.random() < 0.5 else 1)
    return img


def doc_heshuo(path: Path) -> None:
    (img,) = _render(_scratch(_heshuo_print), 200)
    c = _canvas(path, "Fax Server")
    _bilevel_page(c, _fax(img, 2021), A4)
    c.save()


# =========================================================================== 4. cangxi (two A5 pages two-up)
def _cangxi_print(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=10.5, margin=40, a5=True)
    p.blocks(S.CANGXI_LEFT, title_size=13)
    p.new_page()
    p.blocks(S.CANGXI_RIGHT, title_size=13)
    p.save()


def doc_cangxi(path: Path) -> None:
    from PIL import Image, ImageDraw

    left, right = _render(_scratch(_cangxi_print), 200)
    w, h = round(landscape(A4)[0] * 200 / 72), round(landscape(A4)[1] * 200 / 72)
    sheet = Image.new("L", (w, h), 255)
    sheet.paste(left, (0, (h - left.size[1]) // 2))
    sheet.paste(right, (w - right.size[0], (h - right.size[1]) // 2))
    draw = ImageDraw.Draw(sheet)
    for dx, shade in ((-2, 200), (-1, 170), (0, 150), (1, 170), (2, 200)):  # the fold between the two pages
        draw.line([(w // 2 + dx, 0), (w // 2 + dx, h)], fill=shade)
    img = _speckle(_paper(sheet, 238), 2022, 8000)
    _scan_pdf(path, [_jpeg(_skew_blur(img, 0.9, 240, 0.55), 72)], "Scanned by MFP", landscape(A4))


# =========================================================================== 5. huanan (grid form, seal on a figure)
HUANAN_CELL: dict[str, tuple[float, float]] = {}
HUANAN_WIDTHS = [19, 15, 21, 13, 14, 8, 10]


def _huanan_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=50)
    p.title("项目支出绩效自评表", size=17)
    p.center("（2023年度）", size=11)
    size = 10.5
    p.table(S.HUANAN_ROWS, widths=HUANAN_WIDTHS, size=size, header_rows=0, align=["l", "c", "l", "c", "c", "c", "c"])
    # the 总分 row is the table's last: one line high, its bottom 10 pt above where the table left y
    scale = p.cw / sum(HUANAN_WIDTHS)
    row_h = size * 1.45 + 6
    x = p.m + sum(HUANAN_WIDTHS[:6]) * scale + HUANAN_WIDTHS[6] * scale / 2
    HUANAN_CELL["score"] = (x, p.y + 10 + row_h / 2)
    for _kind, text in S.HUANAN_FOOT:
        p.line(text)
    p.save()


def doc_huanan(path: Path) -> None:
    (img,) = _render(_scratch(_huanan_print), 200)
    img = _speckle(_paper(img, 240), 2023, 6000)
    page = _tint(img, (250, 250, 247))
    x, y = HUANAN_CELL["score"]
    centre = (x * 200 / 72 - 70, (A4[1] - y) * 200 / 72 + 105)  # the ring crosses the 总分 score cell
    page = _stamp(page, _seal(S.HUANAN_SEAL, 330, 37), centre, 14)
    page = _skew_blur(page, -1.0, (246, 246, 243), 0.6)
    _scan_pdf(path, [_jpeg(page, 76)], "Scanned by MFP")


# =========================================================================== 6. shouyang (text cover + 2 scans)
def _shouyang_print(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=68)
    p.blocks(S.SHOUYANG_BLOCKS_1)
    p.need(150)
    p.table(S.SHOUYANG_SCORES, widths=[14, 10, 10, 46], size=11, align=["c", "c", "c", "l"])
    p.blocks(S.SHOUYANG_BLOCKS_2)
    p.save()


def doc_shouyang(path: Path) -> None:
    pages = _render(_scratch(_shouyang_print), 200)
    assert len(pages) == 2
    jpegs = []
    for k, (img, skew) in enumerate(zip(pages, (1.0, -1.6), strict=True)):
        img = _speckle(_paper(img, 234), 2020 + k, 6000)
        jpegs.append(_jpeg(_skew_blur(img, skew, 238, 0.6), 70))
    p = Pdf(path, footer_style=None, size=14, margin=80, creator="Microsoft® Word 2010")
    p.blocks(S.SHOUYANG_COVER, title_size=18)
    p.new_page()  # the cover letter is one page; the scanned report follows with no furniture
    p.c.setProducer("Adobe Acrobat Pro DC")
    for jpeg in jpegs:
        _image_page(p.c, jpeg, A4)
    p.c.save()


# =========================================================================== 7. wuxi (one page, 2.6°)
def _wuxi_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=12, margin=66)
    p.blocks(S.WUXI_BLOCKS)
    p.save()


def doc_wuxi(path: Path) -> None:
    (img,) = _render(_scratch(_wuxi_print), 200)
    img = _speckle(_paper(img, 232), 2025, 7000)
    _scan_pdf(path, [_jpeg(_skew_blur(img, 2.6, 236, 0.6), 72)], "Scanned by MFP")


# =========================================================================== 8. guide (text PDF)
def doc_guide(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=72, creator="Microsoft® Word 2007")
    p.title("贵德县人力资源和社会保障局\n2018年度部门整体支出绩效自评报告", size=17)
    p.blocks(C.GUIDE_BLOCKS)
    p.right("贵德县人力资源和社会保障局")
    p.right("2019年4月22日")
    p.save()


# =========================================================================== 9. daishan (DOCX)
def doc_daishan(path: Path) -> None:
    d = STAMP.new_docx()
    for line in C.DAISHAN_TITLE:
        office.centred_title(d, line, 16)

    def put(blocks):
        for kind, text in blocks:
            if kind == "h":
                office.bold_line(d, text, indent=24)
            elif kind == "l":
                para(d, text, indent=False)
            else:
                para(d, text)

    put(C.DAISHAN_BEFORE)
    rows = [list(r) for r in C.DAISHAN_TABLE[:-1]]
    label, total_w, total_s = C.DAISHAN_TABLE[-1]
    rows.append([label[0], "", "", "", "", total_w, total_s])
    n = len(rows) - 1
    table(d, rows, merges=[((n, 0), (n, 4))])
    put(C.DAISHAN_AFTER)
    office.aligned(d, "岱山县海洋与渔业局", "right")
    office.aligned(d, "2023年3月16日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 10. ningcheng (text PDF)
def doc_ningcheng(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="WPS Writer")
    p.title("宁城县司法局2023年度部门整体支出绩效自评报告", size=16)
    p.blocks(C.NINGCHENG_BLOCKS)
    p.right("宁城县司法局")
    p.right("2024年4月8日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "jianping-ziranziyuan-2019.pdf": doc_jianping,
        "binchuan-weijian-2024.pdf": doc_binchuan,
        "heshuo-nongye-2021.pdf": doc_heshuo,
        "cangxi-jiaoyu-2022.pdf": doc_cangxi,
        "huanan-shuiwu-2023.pdf": doc_huanan,
        "shouyang-wenlv-2020.pdf": doc_shouyang,
        "wuxi-linye-2025.pdf": doc_wuxi,
        "guide-renshe-2018.pdf": doc_guide,
        "daishan-yuye-2022.docx": doc_daishan,
        "ningcheng-sifa-2023.pdf": doc_ningcheng,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
