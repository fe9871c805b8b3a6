"""Page images before OCR: red seals washed out over black text, skew measured and undone."""
from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from pipeline.reading.ocr.image import measure_skew, rotate, wash_out_seals  # noqa: E402


def text_page(width: int = 1200, height: int = 1600) -> np.ndarray:
    """Black text-like bars (lines of 'characters') on white."""
    page = np.full((height, width, 3), 255, dtype=np.uint8)
    for row in range(200, 1400, 40):
        for col in range(150, 1050, 30):
            cv2.rectangle(page, (col, row), (col + 22, row + 22), (0, 0, 0), 2)
    return page


@pytest.mark.parametrize("angle", [2.0, -2.0, 0.7])
def test_skew_is_measured_from_the_text_lines(angle: float) -> None:
    assert measure_skew(rotate(text_page(), -angle)) == pytest.approx(angle, abs=0.3)


def test_a_straight_page_measures_no_skew() -> None:
    assert measure_skew(text_page()) == pytest.approx(0.0, abs=0.15)


def test_a_seal_is_washed_out_and_the_text_under_it_stays_black() -> None:
    page = text_page()
    seal = np.full_like(page, 255)
    cv2.circle(seal, (600, 700), 170, (30, 30, 220), 12)  # BGR red ring
    cv2.circle(seal, (600, 700), 40, (30, 30, 220), -1)
    stamped = (page.astype(np.uint16) * seal // 255).astype(np.uint8)  # ink on ink
    washed, seals = wash_out_seals(stamped)
    assert seals >= 1  # the ring, and the star inside it if the gap between them is wide
    text_pixels = page[:, :, 0] == 0
    assert washed[text_pixels].max() < 60  # black stays black, under the seal too
    assert washed[~text_pixels].min() > 150, washed[~text_pixels].min()  # no red left on the paper


def test_a_red_title_line_is_not_a_seal() -> None:
    page = np.full((1600, 1200, 3), 255, dtype=np.uint8)
    cv2.rectangle(page, (200, 100), (1000, 140), (30, 30, 220), -1)
    washed, seals = wash_out_seals(page)
    assert seals == 0 and (washed == page).all()


def test_skew_of_a_ruled_table_page_is_measured_from_its_rows() -> None:
    page = np.full((1600, 1200, 3), 255, dtype=np.uint8)
    for y in range(200, 1401, 60):
        cv2.line(page, (150, y), (1050, y), (0, 0, 0), 2)
    for x in range(150, 1051, 150):
        cv2.line(page, (x, 200), (x, 1400), (0, 0, 0), 2)
    for y in range(215, 1400, 60):
        for x in range(160, 1050, 150):
            cv2.rectangle(page, (x, y), (x + 120, y + 28), (0, 0, 0), -1)  # cell text touching nothing
    assert measure_skew(rotate(page, -2.0)) == pytest.approx(2.0, abs=0.2)


def test_a_star_standing_apart_inside_a_seal_s_rim_is_washed_out_with_it() -> None:
    page = np.full((1192, 1684, 3), 255, dtype=np.uint8)  # a landscape page: the star alone is small
    cv2.line(page, (80, 640), (1600, 640), (0, 0, 0), 2)  # a table rule under the seal
    seal = np.full_like(page, 255)
    cv2.circle(seal, (1200, 640), 120, (30, 30, 220), 8)
    cv2.circle(seal, (1200, 640), 30, (30, 30, 220), -1)  # the star, 90 px inside the rim
    stamped = (page.astype(np.uint16) * seal // 255).astype(np.uint8)  # ink on ink
    washed, seals = wash_out_seals(stamped)
    assert seals == 1
    assert washed[615:630, 1185:1215].min() > 150  # the star is gone
    assert washed[640, 1100:1300].max() < 60  # the rule under it stays
