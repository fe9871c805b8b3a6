"""Pages set in two columns read column by column, vector and scanned alike; tables stay rows."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.reading.layout.columns import in_reading_order
from pipeline.reading.layout.glyphs import Glyph, glyphs_to_rows
from pipeline.reading.read import read_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "fixtures"))
import build_pdf  # noqa: E402
from build_pdf import BODY_SIZE, LEFT, RIGHT, PdfWriter  # noqa: E402
from scans import ScanStyle, scanned_pdf  # noqa: E402

TITLE = "某县农业农村局2022年度部门整体支出绩效自评报告"
LEFT_TEXT = ("本部门年初预算数为一千二百万元，全年预算数为一千三百万元，全年执行数为一千二百五十万元，"
             "预算执行率为百分之九十六。资金主要用于高标准农田建设、农技推广和农村人居环境整治。")
RIGHT_TEXT = ("存在的问题是部分项目前期论证不充分，资金拨付进度偏慢。下一步将加强项目储备，"
              "压实主体责任，建立健全预算绩效管理长效机制，切实提高财政资金使用效益。")
GUTTER = 2.5 * BODY_SIZE


def wrap(writer: PdfWriter, text: str, width: float) -> list[str]:
    lines, current = [], ""
    for ch in text:
        if writer.width_of(current + ch) > width:
            lines.append(current)
            current = ""
        current += ch
    return lines + ([current] if current else [])


def two_column_pdf(gutter: float = GUTTER, left_text: str = LEFT_TEXT, right_text: str = RIGHT_TEXT) -> bytes:
    """A title across the page, then a paragraph in each column (rows side by side on one baseline)."""
    writer = PdfWriter(build_pdf.font_named("ttf"))
    writer.title(TITLE)
    column = (RIGHT - LEFT - gutter) / 2
    left, right = wrap(writer, left_text, column), wrap(writer, right_text, column)
    top = writer.y
    for k, line in enumerate(left):
        writer.draw_text(LEFT, top + k * 20, line)
    for k, line in enumerate(right):
        writer.draw_text(LEFT + column + gutter, top + k * 20, line)
    return writer.finish()


def test_a_page_whose_gutter_is_a_character_and_a_half_wide_is_read_in_columns_too() -> None:
    left, right = LEFT_TEXT * 3, RIGHT_TEXT * 3  # a page's worth of lines: the gutter is what most rows leave clear
    text = squash(read_bytes(two_column_pdf(1.4 * BODY_SIZE, left, right), "two.pdf").pages[0].text)
    assert left in text and right in text and text.index(left) < text.index(right)


def squash(text: str) -> str:
    return "".join(text.split())


def test_a_vector_two_column_page_reads_the_left_column_then_the_right() -> None:
    text = squash(read_bytes(two_column_pdf(), "two.pdf").pages[0].text)
    assert TITLE in text
    assert LEFT_TEXT in text and RIGHT_TEXT in text  # no line joined across the gutter
    assert text.index(TITLE) < text.index(LEFT_TEXT) < text.index(RIGHT_TEXT)


@pytest.mark.skipif(importlib.util.find_spec("rapidocr_onnxruntime") is None, reason="the ocr extra is not installed")
def test_a_scanned_two_column_page_reads_in_the_same_order() -> None:
    page = read_bytes(scanned_pdf(two_column_pdf(), ScanStyle(dpi=150)), "two-scan.pdf").pages[0]
    text = squash(page.text)
    # OCR may misread a character; the order of the columns' opening and closing words is the test.
    marks = [text.find(m) for m in ("本部门年初预算数", "农村人居环境整治", "存在的问题是", "财政资金使用效益")]
    assert all(m >= 0 for m in marks), text
    assert marks == sorted(marks), text
    left_line_end = text.index("农村人居环境整治")
    assert "存在的问题" not in text[:left_line_end]


def glyph_row(y: float, *runs: tuple[float, str]) -> list[Glyph]:
    return [Glyph(ch, x + 10 * k, x + 10 * k + 10, y, 10.0) for x, text in runs for k, ch in enumerate(text)]


def test_rows_of_a_table_with_two_columns_of_figures_stay_rows() -> None:
    rows = [glyph_row(100 + 20 * k, (50, f"项目{k}资金"), (150, "10.00"), (300, "11.00"), (400, "99.0%")) for k in range(8)]
    glyphs = [g for row in rows for g in row]
    assert [r[0].text for r in in_reading_order(glyphs_to_rows(glyphs))] == ["项"] * 8
    assert len(in_reading_order(glyphs_to_rows(glyphs))) == 8


def test_a_two_column_page_under_a_running_header_two_title_lines_and_a_footer() -> None:
    # Four rows cross the middle (header, two centred title lines, page number) on a short page:
    # the columns below them are still read one after the other.
    crossing = [glyph_row(40, (220, "中共某区委党校")), glyph_row(80, (200, "中共某区委党校")),
                glyph_row(100, (150, "2021年度干部教育培训项目支出绩效自评报告")), glyph_row(800, (290, "-1-"))]
    left = [glyph_row(140 + 18 * k, (60, f"左栏第{k}行正文文字较长内容")) for k in range(9)]
    right = [glyph_row(146 + 18 * k, (330, f"右栏第{k}行正文文字较长内容")) for k in range(9)]
    glyphs = [g for row in (*crossing, *left, *right) for g in row]
    order = ["".join(g.text for g in row) for row in in_reading_order(glyphs_to_rows(glyphs))]
    body = [line for line in order if "栏" in line]
    assert body == [f"左栏第{k}行正文文字较长内容" for k in range(9)] + [f"右栏第{k}行正文文字较长内容" for k in range(9)]


def test_the_rows_runs_from_arrays_are_the_runs_read_glyph_by_glyph() -> None:
    """RowInk.runs (vectorized) joins and splits exactly as `_runs` does row by row,
    overlapping glyphs, a glyph reaching past the next ones and spaces included."""
    import random

    from pipeline.reading.layout.columns import RowInk, _runs

    rng = random.Random(7)
    for _ in range(200):
        rows = []
        for _ in range(rng.randint(1, 6)):
            row = []
            for _ in range(rng.randint(0, 12)):
                x0 = rng.uniform(0, 300)
                text = rng.choice("资金 a1")
                row.append(Glyph(text, x0, x0 + rng.choice((2.0, 10.0, 40.0)), 100.0, 10.0))
            rows.append(sorted(row, key=lambda g: g.x0))
        expected = [run for row in rows for run in _runs([g for g in row if not g.text.isspace()], 10.0)]
        ink = RowInk.of(rows)
        starts, ends = ink.runs(10.0) if ink.x0.size else ([], [])
        assert list(zip(list(starts), list(ends))) == expected
