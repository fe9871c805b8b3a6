"""A landscape form printed sideways on a portrait page is read in its own frame."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_ruled  # noqa: E402

from pipeline.reading import ReadRequest  # noqa: E402
from pipeline.reading.layout.ruled import Segment  # noqa: E402
from pipeline.reading.pdf import PdfSettings, read_pdf  # noqa: E402
from pipeline.reading.pdf_turn import (  # noqa: E402
    BOTTOM_TO_TOP,
    TOP_TO_BOTTOM,
    Turn,
    dominant_turn,
    quarter_turn,
)
from schemas.document import Document  # noqa: E402

PORTRAIT = (595.0, 842.0)


UPRIGHT_NOTE = "注：本表横向排版。"


def sideways_pdf(degrees: int, upright_note: bool = True) -> bytes:
    """build_ruled's table and running text, drawn turned `degrees` on a portrait page."""
    page = build_ruled.Page("ttf")  # embedded: pdfium drops turned text of a non-embedded CID font
    width, height = PORTRAIT
    canvas = page.c
    canvas.saveState()
    if degrees == 90:  # text runs bottom to top
        canvas.translate(width, 0)
    else:  # text runs top to bottom
        canvas.translate(0, height)
    canvas.rotate(degrees)
    # In the turned frame the page is `height` wide and `width` tall.
    page.height = width
    page.running_text()
    page.cell_texts()
    build_ruled.STYLES["lines"](page)
    canvas.restoreState()
    if upright_note:
        page.height = height
        page.text(72, height - 60, UPRIGHT_NOTE, 9)
    return page.finish()


def read(data: bytes) -> Document:
    request = ReadRequest("sideways.pdf", data, hashlib.sha256(data).hexdigest(), "pdf")
    return read_pdf(request, PdfSettings())


@pytest.mark.parametrize("degrees", [90, -90])
def test_a_table_drawn_sideways_is_read_in_its_own_frame(degrees: int) -> None:
    doc = read(sideways_pdf(degrees))
    assert doc.pages[0].engine == "pdfium"
    assert doc.pages[0].turned == (BOTTOM_TO_TOP if degrees == 90 else TOP_TO_BOTTOM)
    assert any("drawn sideways" in warning for warning in doc.warnings)
    table = doc.tables[0]
    grid = table.grid()
    assert (table.n_rows, table.n_cols) == (5, 4)
    assert grid[0] == ["一级指标", "年度指标值", "年度指标值", "实际完成值"]
    assert grid[4][2:] == ["1,234.56", "1,180.20"]
    text = doc.pages[0].text
    assert text.index(build_ruled.ABOVE) < text.index(build_ruled.BELOW)


def test_the_upright_characters_of_a_turned_page_are_kept_below_it() -> None:
    data = sideways_pdf(90)
    doc = read(data)
    lines = doc.pages[0].text.splitlines()
    assert lines[-1] == UPRIGHT_NOTE
    assert build_ruled.BELOW in lines[-2]


def test_a_page_with_one_turned_label_stays_with_pdfplumber() -> None:
    doc = read(build_ruled.ruled_pdf("tilted_text"))
    assert doc.pages[0].engine == "pdfplumber"


def test_quarter_turns_in_pdfium_degrees() -> None:
    assert quarter_turn(0.0, 1.0, -1.0, 0.0) == BOTTOM_TO_TOP
    assert quarter_turn(0.0, -1.0, 1.0, 0.0) == TOP_TO_BOTTOM
    assert quarter_turn(1.0, 0.0, 0.0, 1.0) == 0
    assert quarter_turn(0.7, 0.7, -0.7, 0.7) is None  # 45 degrees
    assert quarter_turn(-1.0, 0.0, 0.0, -1.0) is None  # upside down
    assert quarter_turn(0.0, 1.0, 1.0, 0.0) is None  # a mirror, not a turn


def test_a_page_turns_only_when_most_of_its_text_does() -> None:
    assert dominant_turn({BOTTOM_TO_TOP: 6, 0: 4}) == BOTTOM_TO_TOP
    assert dominant_turn({TOP_TO_BOTTOM: 6, 0: 4}) == TOP_TO_BOTTOM
    assert dominant_turn({BOTTOM_TO_TOP: 5, 0: 5}) == 0
    assert dominant_turn({BOTTOM_TO_TOP: 3}) == 0  # too few objects to tell
    assert dominant_turn({BOTTOM_TO_TOP: 4}) == BOTTOM_TO_TOP


def test_turned_frame_geometry() -> None:
    width, height = PORTRAIT
    up = Turn(BOTTOM_TO_TOP, width, height)
    down = Turn(TOP_TO_BOTTOM, width, height)
    assert up.size == (height, width + height)
    # The page's bottom-left corner is the turned page's top-left when text runs upwards.
    assert up.point(0.0, height) == (0.0, 0.0)
    assert down.point(width, 0.0) == (0.0, 0.0)
    assert up.segment(Segment(10.0, 100.0, 10.0, 300.0)) == Segment(height - 300.0, 10.0, height - 100.0, 10.0)
    rule = down.vertical_rule(20.0, 100.0, 400.0)
    assert (rule.x0, rule.x1, rule.y) == (100.0, 400.0, width - 20.0)
    glyph = up.glyph("表", (40.0, 53.0, 314.0, 327.0), 53.0, 13.0)
    assert (glyph.x0, glyph.x1, glyph.baseline) == (314.0, 327.0, 53.0)
    glyph = down.glyph("表", (40.0, 53.0, 314.0, 327.0), 40.0, 13.0)
    assert (glyph.x0, glyph.x1, glyph.baseline) == (height - 327.0, height - 314.0, width - 40.0)
