"""A table column's comparators settle a first character the recogniser hesitated over."""
from __future__ import annotations

from pipeline.reading.layout.table_parts import cell_boxes_to_part
from pipeline.reading.ocr.boxes import OcrGlyph
from pipeline.reading.ocr.forms import settle_comparators

ROWS = 5


def cell_glyphs(row: int, text: str, options: dict[int, tuple[tuple[str, float], ...]] | None = None) -> list[OcrGlyph]:
    y = 100 + 20 * row + 14
    return [OcrGlyph(ch, 110 + 6 * k, 116 + 6 * k, y, 10.0, 0.9 if k in (options or {}) else 0.99, (options or {}).get(k, ()))
            for k, ch in enumerate(text)]


def settle(texts: list[tuple[str, dict[int, tuple[tuple[str, float], ...]]]]) -> list[str]:
    glyphs = [g for row, (text, options) in enumerate(texts) for g in cell_glyphs(row, text, options)]
    boxes = [(100.0, 100.0 + 20 * r, 200.0, 120.0 + 20 * r) for r in range(len(texts))]
    part = cell_boxes_to_part(boxes, (100.0, 100.0, 200.0, 100.0 + 20 * len(texts)), glyphs, 1, 1)
    settled, _ = settle_comparators([part], glyphs)
    out: dict[float, str] = {}
    for g in settled:
        out[g.baseline] = out.get(g.baseline, "") + g.text
    return [out[k] for k in sorted(out)]


def test_a_comparator_read_as_a_digit_in_a_column_of_comparators_is_restored() -> None:
    texts = [("≥95%", {}), ("25年", {0: (("2", 0.86), ("≥", 0.08))}), ("≤120万元", {}), (">600人次", {0: ((">", 0.6), ("≥", 0.3))})]
    assert settle(texts) == ["≥95%", "≥5年", "≤120万元", "≥600人次"]


def test_a_digit_the_recogniser_never_doubted_stays() -> None:
    assert settle([("≥95%", {}), ("≥90%", {}), ("25年", {})]) == ["≥95%", "≥90%", "25年"]


def test_a_column_of_plain_figures_is_left_alone() -> None:
    texts = [("95%", {}), ("25年", {0: (("2", 0.86), ("≥", 0.08))}), ("120万元", {})]
    assert settle(texts) == ["95%", "25年", "120万元"]
