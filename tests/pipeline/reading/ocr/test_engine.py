"""CTC decoding with positions and confidences, dropped characters, repaired figures; the engine offline."""
from __future__ import annotations

import socket

import numpy as np
import pytest

from pipeline.reading.ocr.engine import decode, equivalents, read_lines, repair_numbers
from pipeline.reading.ocr.lexicon import HOLE

ALPHABET = ["blank", "1", "2", "3", ",", "，", ".", "修", "缮", "项", " "]
IDX = {ch: k for k, ch in enumerate(ALPHABET)}


def columns(*spec: dict[str, float]) -> np.ndarray:
    """One CTC column per dict of class -> probability (the rest goes to the blank)."""
    probs = np.zeros((len(spec), len(ALPHABET)), dtype=np.float32)
    for col, entry in enumerate(spec):
        for ch, p in entry.items():
            probs[col, IDX[ch]] = p
        probs[col, 0] += 1.0 - probs[col].sum()
    return probs


def test_best_path_keeps_each_character_centre_and_probability() -> None:
    decoded = decode(columns({"1": 0.99}, {}, {"2": 0.97}, {"2": 0.9}, {}, {"3": 0.95}), ALPHABET, used=1.0)
    assert [c[0] for c in decoded.chars] == ["1", "2", "3"]
    assert [round(c[1], 3) for c in decoded.chars] == [round(0.5 / 6, 3), round(3 / 6, 3), round(5.5 / 6, 3)]
    assert decoded.chars[1][2] == pytest.approx(1.0)  # given there is a character, it is surely a 2


def test_a_comma_split_between_its_twins_is_no_doubt() -> None:
    decoded = decode(columns({"1": 1.0}, {",": 0.45, "，": 0.4}, {"2": 1.0}), ALPHABET, used=1.0)
    assert decoded.chars[1][0] == ","
    assert decoded.chars[1][2] > 0.95
    assert IDX["，"] in equivalents(tuple(ALPHABET))[IDX[","]]


def test_a_point_competing_with_a_comma_is_doubt() -> None:
    decoded = decode(columns({"1": 1.0}, {",": 0.5, ".": 0.45}, {"2": 1.0}), ALPHABET, used=1.0)
    assert decoded.chars[1][2] < 0.6


def test_a_character_fading_into_the_blank_is_recovered_with_its_low_confidence() -> None:
    decoded = decode(columns({"修": 1.0}, {}, {"缮": 0.3}, {}, {"项": 1.0}), ALPHABET, used=1.0)
    assert [c[0] for c in decoded.chars] == ["修", "缮", "项"]
    assert decoded.chars[1][2] == pytest.approx(0.3, abs=0.01)


def test_a_gap_too_faint_to_recover_makes_both_neighbours_doubtful() -> None:
    decoded = decode(columns({"1": 1.0}, {}, {"缮": 0.1}, {}, {"2": 1.0}), ALPHABET, used=1.0)
    assert [c[0] for c in decoded.chars] == ["1", HOLE, "2"]  # a hole: the lexicon fills it or it goes
    assert all(c[2] < 0.95 for c in decoded.chars)
    assert dict(decoded.options)[1][0] == ("缮", pytest.approx(0.1))


def test_a_character_s_own_tail_in_the_gap_does_not_double_it() -> None:
    decoded = decode(columns({"1": 1.0}, {"3": 0.3}, {"3": 1.0}), ALPHABET, used=1.0)
    assert [c[0] for c in decoded.chars] == ["1", "3"]


def test_spaces_are_kept_as_markers() -> None:
    decoded = decode(columns({"1": 1.0}, {" ": 1.0}, {"2": 1.0}), ALPHABET, used=1.0)
    assert [c[0] for c in decoded.chars] == ["1", " ", "2"]


@pytest.mark.parametrize("read,fixed", [
    ("3.860.00万元", "3,860.00万元"), ("36.666.28", "36,666.28"), ("1.234.567.89元", "1,234,567.89元"),
    ("98.39%", "98.39%"), ("2.316人次", "2.316人次"), ("第1.2.3条", "第1.2.3条"),
    ("公用经费174.17方元", "公用经费174.17万元"), ("方元方案", "方元方案"),
])
def test_dotted_thousands_are_repaired_only_when_a_number_has_several_points(read: str, fixed: str) -> None:
    chars = [(ch, k / len(read), 0.99) for k, ch in enumerate(read)]
    assert "".join(c[0] for c in repair_numbers(chars)) == fixed


def test_a_doubted_thousands_comma_before_decimals_is_as_sure_as_its_digits() -> None:
    read = "1，335.50万元"
    chars = [(ch, k / len(read), 0.54 if ch == "，" else 0.98) for k, ch in enumerate(read)]
    repaired = repair_numbers(chars)
    assert repaired[1] == (",", chars[1][1], 0.98)
    lone = [(ch, k / 7, 0.54 if ch == "," else 0.98) for k, ch in enumerate("2,316人次")]
    assert repair_numbers(lone) == lone  # 2,316 or 2.316: a real doubt


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_models_ship_with_the_package_and_run_offline(no_network: None) -> None:
    cv2 = pytest.importorskip("cv2")
    image = np.full((80, 520, 3), 255, dtype=np.uint8)
    from PIL import Image, ImageDraw, ImageFont

    from tests.fixtures.scans import SEAL_FONT

    pil = Image.fromarray(image)
    ImageDraw.Draw(pil).text((10, 15), "预算执行率98.39%", fill=(0, 0, 0), font=ImageFont.truetype(str(SEAL_FONT), 40))
    lines = read_lines(cv2.cvtColor(np.asarray(pil), cv2.COLOR_RGB2BGR))
    assert "".join(line.text for line in lines) == "预算执行率98.39%"
    chars = lines[0].chars
    assert all(a.x1 <= b.x0 + 1 for a, b in zip(chars, chars[1:]))  # left to right, touching at most
    assert min(c.confidence for c in chars) > 0.9


def test_a_colon_inside_a_share_is_its_point_and_stays_doubtful() -> None:
    read = "88:5%"
    chars = [(ch, k / 5, 0.54 if ch == ":" else 0.99) for k, ch in enumerate(read)]
    repaired = repair_numbers(chars)
    assert "".join(c[0] for c in repaired) == "88.5%"
    assert repaired[2][2] == 0.54
    assert "".join(c[0] for c in repair_numbers([(ch, 0.0, 0.99) for ch in "12:30"])) == "12:30"


def test_a_box_spanning_a_row_rule_is_cut_along_it_and_a_box_touching_one_is_not() -> None:
    from pipeline.reading.ocr.engine import split_at_rules

    def box(x0: float, top: float, x1: float, bottom: float) -> np.ndarray:
        return np.array([[x0, top], [x1, top], [x1, bottom], [x0, bottom]], dtype=np.float32)

    rules = [(40.0, 0.0, 500.0)]
    lines = [box(200, 60 + 20 * k, 400, 74 + 20 * k) for k in range(3)]  # the page's lines: 14 px high
    pieces = split_at_rules([box(100, 22, 120, 58), *lines], rules)  # `10` over `10` across the rule at y 40
    assert [(float(p[0][1]), float(p[2][1])) for p in pieces[:2]] == [(22.0, 40.0), (40.0, 58.0)]
    assert len(pieces) == 5
    assert len(split_at_rules([box(100, 26, 200, 48), *lines], rules)) == 4  # one line high: a slanted rule's y
    assert len(split_at_rules([box(600, 22, 620, 58), *lines], rules)) == 4  # the rule is elsewhere


def test_a_cell_of_one_line_is_read_without_detection_and_two_lines_are_detected() -> None:
    cv2 = pytest.importorskip("cv2")
    from pipeline.reading.ocr.engine import read_cell, single_line_box

    cell = np.full((60, 200, 3), 255, dtype=np.uint8)
    cv2.putText(cell, "95.5", (40, 42), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    box = single_line_box(cell)
    assert box is not None and box[2] - box[0] >= box[3] - box[1]  # padded wide: never read as vertical text
    assert "".join(line.text for line in read_cell(cell)) == "95.5"
    two = np.full((100, 200, 3), 255, dtype=np.uint8)
    cv2.putText(two, "10", (40, 35), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    cv2.putText(two, "20", (40, 85), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    assert single_line_box(two) is None
    assert single_line_box(np.full((40, 40, 3), 255, dtype=np.uint8)) is None


@pytest.mark.parametrize("read, fixed", [
    ("7,450,000,00", "7,450,000.00"),  # a point read as a comma before the cents
    ("6,800,000,00元", "6,800,000.00元"),
    ("7,450,000", "7,450,000"),  # thousands only
    ("1,234,567,890", "1,234,567,890"),  # a last group of three stays thousands
])
def test_a_comma_before_two_final_digits_of_grouped_thousands_is_the_point(read: str, fixed: str) -> None:
    chars = [(ch, k / len(read), 0.6 if ch == "," else 0.99) for k, ch in enumerate(read)]
    repaired = repair_numbers(chars)
    assert "".join(c[0] for c in repaired) == fixed
    assert all(new[2] == old[2] for new, old in zip(repaired, chars) if new[0] == ".")  # as doubtful as read


def test_a_box_spanning_a_column_rule_is_cut_into_its_cells_clear_of_the_rule() -> None:
    from pipeline.reading.ocr.engine import split_at_rules

    line = np.array([[100, 20], [400, 20], [400, 34], [100, 34]], dtype=np.float32)  # two amounts, one box
    column = [(250.0, 0.0, 200.0)]
    left, right = split_at_rules([line], (), column)
    assert float(left[1][0]) < 250 < float(right[0][0])  # both stop short of the rule
    assert (float(left[0][0]), float(right[1][0])) == (100.0, 400.0)
    assert len(split_at_rules([line], (), [(105.0, 0.0, 200.0)])) == 1  # a rule at the box's end: no cut
    assert len(split_at_rules([line], (), [(250.0, 100.0, 200.0)])) == 1  # the rule is below the line
