"""Which PDF pages go through OCR, and what the reader makes of them (scans, garbled fonts, mixed files)."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "fixtures"))
import build_pdf  # noqa: E402

from pipeline.reading import ReadRequest  # noqa: E402
from pipeline.reading.layout.glyphs import Glyph  # noqa: E402
from pipeline.reading.ocr import dispatch  # noqa: E402
from pipeline.reading.ocr.settings import INSTALL_HINT, OcrSettings  # noqa: E402
from pipeline.reading.pdf import PdfSettings, read_pdf  # noqa: E402
from pipeline.reading.pdf_engines import pdfium_page_to_glyphs  # noqa: E402
from schemas.document import Document  # noqa: E402
from schemas.errors import NeedsOcr  # noqa: E402
from tests.fixtures.scans import (  # noqa: E402
    ScanStyle,
    break_tounicode,
    pasted_form_pdf,
    picture_page_pdf,
    replace_page_with_scan,
    scanned_pdf,
)

LINES = [
    "某县财政局2022年度项目支出绩效自评报告",
    "一、项目基本情况",
    "本项目年初预算数为860.00万元，全年预算数为920.00万元，",
    "全年执行数为874.32万元，预算执行率为95.03%。",
    "二、绩效目标完成情况",
    "全年培训乡村医生648人次，基层诊疗量占比达到66.2%。",
]


def read(data: bytes, mode: str = "auto") -> Document:
    request = ReadRequest("fixture.pdf", data, hashlib.sha256(data).hexdigest(), "pdf")
    return read_pdf(request, PdfSettings(ocr=OcrSettings(mode=mode)))


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def vector() -> bytes:
    return build_pdf.simple_pdf(LINES, "ttf")


@pytest.fixture(scope="module")
def scanned(vector: bytes) -> Document:
    return read(scanned_pdf(vector, ScanStyle(dpi=150, rotate_deg=-2.0, noise=0.01, stamp=True)))


def test_a_scan_is_read_by_ocr_with_a_trace_of_every_character(scanned: Document) -> None:
    page = scanned.pages[0]
    assert page.ocr is not None and not page.image_only
    text = squash(page.text)
    for line in LINES:
        assert squash(line) in text
    trace = page.ocr
    assert len(trace.offsets) == len(squash(page.text))
    at = page.text.index("874.32")
    bbox, confidence = trace.span(at, at + len("874.32"))
    assert confidence > 0.9
    assert 60 < bbox[0] < bbox[2] < 540 and 80 < bbox[1] < bbox[3] < 300  # points on the A4 page
    assert any("read by OCR" in w for w in scanned.warnings)


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_a_page_scanned_on_its_side_or_upside_down_is_read_turned_back(vector: bytes, turns: int) -> None:
    document = read(scanned_pdf(vector, ScanStyle(dpi=150, noise=0.005, turns=turns)))
    page = document.pages[0]
    text = squash(page.text)
    for line in LINES:
        assert squash(line).rstrip("，。") in text  # a line-end comma may be lost in a scan's speckle
    # Turned counter-clockwise by `turns` quarters is turned clockwise by the rest of the circle.
    assert page.turned == 90 * (4 - turns)
    assert any(f"scanned turned {90 * (4 - turns)}° clockwise" in w for w in document.warnings)
    assert page.ocr is not None
    at = page.text.index("874.32")
    bbox, _ = page.ocr.span(at, at + len("874.32"))
    assert 60 < bbox[0] < bbox[2] < 540 and 80 < bbox[1] < bbox[3] < 300  # points on the page turned upright


def test_an_upright_scan_is_not_turned(scanned: Document) -> None:
    assert scanned.pages[0].turned == 0
    assert not any("scanned turned" in w for w in scanned.warnings)


def test_a_garbled_text_layer_is_detected_and_read_by_ocr(vector: bytes) -> None:
    document = read(break_tounicode(vector))
    page = document.pages[0]
    assert page.ocr is not None
    assert "全年执行数为874.32万元" in squash(page.text)
    assert any("garbled" in w for w in document.warnings)


def test_a_garbled_text_layer_is_never_stored_as_text_when_ocr_is_off(vector: bytes) -> None:
    with pytest.raises(NeedsOcr) as caught:
        read(break_tounicode(vector), mode="off")
    assert "garbled" in caught.value.message and "--ocr off" in caught.value.message


def test_an_image_only_page_inside_a_vector_pdf_is_read_alone() -> None:
    two_pages = build_pdf.narrative_pdf("ttf")
    mixed = replace_page_with_scan(two_pages, 3, ScanStyle(dpi=150))
    document = read(mixed)
    assert [p.ocr is not None for p in document.pages] == [False, False, True]
    vector = read(two_pages, mode="off")
    assert squash(document.pages[2].text)[:20] == squash(vector.pages[2].text)[:20]


def test_force_reads_a_vector_page_by_ocr(vector: bytes) -> None:
    document = read(vector, mode="force")
    assert document.pages[0].ocr is not None
    assert "预算执行率为95.03%" in squash(document.pages[0].text)


def test_without_the_ocr_extra_a_scan_says_how_to_enable_it(vector: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dispatch, "engine_available", lambda: False)
    with pytest.raises(NeedsOcr) as caught:
        read(scanned_pdf(vector, ScanStyle(dpi=100)))
    assert INSTALL_HINT in caught.value.message


def test_a_page_number_with_a_small_logo_is_not_a_scan(vector: bytes) -> None:
    document = read(build_pdf.image_pdf([False, True]))
    assert document.pages[1].ocr is None


FORM_ROWS = [
    ["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["培训农民人数", "≥2200人", "2236人", "20", "20"],
    ["培训合格率", "≥90%", "93.5%", "20", "19"],
    ["人均培训成本", "≤2000元", "1954元", "10", "10"],
    ["学员满意度", "≥90%", "95.1%", "10", "9"],
]
ABOVE = ["四、自评结论", "项目自评得分92.50分，自评等级为优。签章后的自评表如下："]
BELOW = ["五、存在的问题和改进措施", "部分学员培训后外出务工，跟踪回访难度较大。"]


def form_pdf() -> bytes:
    writer = build_pdf.TablePdfWriter(font=build_pdf.font_named("ttf"), header=None, footer=None)
    writer.title("项目支出绩效自评表", size=14)
    cells = [build_pdf.CellSpec(r, c, text) for r, row in enumerate(FORM_ROWS) for c, text in enumerate(row)]
    writer.table((150.0, 90.0, 90.0, 60.0, 60.0), 22.0, cells, n_rows=len(FORM_ROWS))
    return writer.finish()


@pytest.fixture(scope="module")
def pasted() -> Document:
    font = build_pdf.font_named("ttf")
    return read(pasted_form_pdf(form_pdf(), ABOVE, BELOW, font, ScanStyle(dpi=150, noise=0.004, stamp=True)))


def test_a_form_pasted_as_a_picture_into_a_text_page_is_read_by_ocr(pasted: Document) -> None:
    page = pasted.pages[0]
    assert page.engine == "pdfium" and page.ocr is not None  # the text layer stays; the picture is OCR'd
    assert [[squash(t) for t in row] for row in page.tables[0].grid()] == FORM_ROWS
    text = squash(page.text)
    assert squash(ABOVE[1]) in text and squash(BELOW[1]) in text  # from the text layer, as written
    assert text.index(squash(ABOVE[1])) < text.index("项目支出绩效自评表") < text.index(squash(BELOW[0]))
    assert any("read by OCR" in w for w in pasted.warnings)


def test_a_pasted_picture_keeps_an_ocr_trace_of_only_its_own_characters(pasted: Document) -> None:
    page = pasted.pages[0]
    assert page.ocr is not None
    title = page.text.index("项目支出绩效自评表")
    assert page.ocr.span(title, title + 3) is not None
    assert page.ocr.span(0, len(ABOVE[0])) is None  # a text layer's characters have no OCR trace
    cell = page.tables[0].cells[-1]
    assert cell.ocr is not None and cell.ocr.mean_confidence is not None


def test_a_photo_in_a_text_page_is_left_as_it_is() -> None:
    rng = np.random.default_rng(7)
    photo = Image.fromarray(rng.integers(90, 200, (300, 450, 3), dtype=np.uint8)).filter(ImageFilter.GaussianBlur(6))
    document = read(picture_page_pdf(ABOVE, photo, BELOW, build_pdf.font_named("ttf")))
    page = document.pages[0]
    assert page.ocr is None and page.tables == ()
    assert squash(page.text) == squash("".join(ABOVE + BELOW))


def picture_window(data: bytes, text_over: int = 0) -> tuple[float, float, float, float] | None:
    """The page's picture window, its text layer given `text_over` more characters over the picture."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[0]
        glyphs = pdfium_page_to_glyphs(page)
        glyphs += [Glyph("字", 100 + 12 * k, 112 + 12 * k, 200, 12) for k in range(text_over)]
        try:
            return dispatch.picture_window(page, glyphs)
        finally:
            page.close()
    finally:
        document.close()


def test_a_picture_with_a_text_layer_over_it_is_not_read_again() -> None:
    data = pasted_form_pdf(form_pdf(), ABOVE, BELOW, build_pdf.font_named("ttf"), ScanStyle(dpi=150))
    window = picture_window(data)
    assert window is not None and window[2] - window[0] > 400 and window[1] > 100
    assert picture_window(data, text_over=19) == window  # a caption or two over it
    assert picture_window(data, text_over=20) is None  # an OCR'd scan's own invisible text layer


def test_a_narrow_or_small_picture_is_no_page_of_text() -> None:
    form = Image.new("RGB", (1000, 900), "white")
    narrow = picture_page_pdf(ABOVE, form, BELOW, build_pdf.font_named("ttf"), shown_width=220)
    small = picture_page_pdf(ABOVE, form.resize((1000, 150)), BELOW, build_pdf.font_named("ttf"))
    assert picture_window(narrow) is None and picture_window(small) is None
