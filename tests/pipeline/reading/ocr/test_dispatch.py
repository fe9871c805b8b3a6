"""Which PDF pages go through OCR, and what the reader makes of them (scans, garbled fonts, mixed files)."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "fixtures"))
import build_pdf  # noqa: E402

from pipeline.reading import ReadRequest  # noqa: E402
from pipeline.reading.ocr import dispatch  # noqa: E402
from pipeline.reading.ocr.settings import INSTALL_HINT, OcrSettings  # noqa: E402
from pipeline.reading.pdf import PdfSettings, read_pdf  # noqa: E402
from schemas.document import Document  # noqa: E402
from schemas.errors import NeedsOcr  # noqa: E402
from tests.fixtures.scans import ScanStyle, break_tounicode, replace_page_with_scan, scanned_pdf  # noqa: E402

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
