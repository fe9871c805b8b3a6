"""Characters from pdfplumber's char dicts: upright ones kept, slanted ones (a diagonal watermark) dropped."""
from __future__ import annotations

import math

from pipeline.reading.layout.glyphs import is_slanted, plumber_chars_to_glyphs


def char(text: str, matrix: tuple[float, ...]) -> dict[str, object]:
    return {"text": text, "x0": 100.0, "x1": 110.0, "bottom": 200.0, "y0": 640.0, "size": 10.0, "upright": True,
            "matrix": matrix}


def test_a_character_turned_by_no_quarter_turn_is_dropped_and_an_italic_shear_is_kept() -> None:
    turned = math.radians(32)
    chars = [char("县", (1.0, 0.0, 0.0, 1.0, 100.0, 642.0)),
             char("民", (math.cos(turned), math.sin(turned), -math.sin(turned), math.cos(turned), 300.0, 500.0)),
             char("斜", (1.0, 0.0, 0.2, 1.0, 120.0, 642.0))]
    assert [g.text for g in plumber_chars_to_glyphs(chars)] == ["县", "斜"]


def test_only_an_angle_that_is_no_quarter_turn_is_a_slant() -> None:
    assert is_slanted(math.radians(32)) and is_slanted(math.radians(45))
    assert not is_slanted(0.0) and not is_slanted(math.radians(90)) and not is_slanted(math.radians(270))
    assert not is_slanted(math.radians(1.5)) and not is_slanted(math.radians(88.5))
