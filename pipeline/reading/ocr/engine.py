"""The OCR engine: PP-OCRv4 Chinese detection + recognition through RapidOCR's ONNX sessions.

The models ship inside the `rapidocr-onnxruntime` wheel, so nothing is
downloaded at run time. The engine is loaded once per process, on the first
page that needs it (about 0.3 s), with one ONNX Runtime thread: the bulk pool
already runs one worker per core. The direction classifier is not used: pages
are deskewed before OCR (`image.py`).

RapidOCR's detector finds the text lines and its recogniser scores every
column of a line crop (CTC). The decoding is done here rather than by
RapidOCR, because what jixiao needs from it is more than the text:

- **where** each character sits: the CTC column it was emitted at, mapped back
  through the crop onto the page, gives its x (or y, for vertical text);
- **how sure** the recogniser was: the probability of the emitted class;
- **what it may have dropped**: CTC sometimes lets a faint or unfamiliar
  character fall into the blank class (`缮` in `修缮`, a digit of a small
  figure). Where the columns between two characters are not confidently blank,
  the best non-blank class there is kept as a character when its probability
  is at least `RECOVER_MIN` (and then carries that low confidence), and the
  characters on both sides are otherwise marked doubtful by as much. A figure
  next to such a gap is then low-confidence, and a rule that fails through it
  warns instead of raising a false error.
"""
from __future__ import annotations

import importlib.util
import logging
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from pipeline.reading.ocr.lexicon import HOLE, fill_holes

ENGINE_PACKAGE = "rapidocr_onnxruntime"
Rule = tuple[float, float, float]  # a table rule: (position across it, start, end along it), image pixels
# Lines whose mean character confidence is below this are dropped (seal remnants, speckle).
MIN_LINE_SCORE = 0.5
# A detected box this much taller than wide holds vertical text (one character under the other).
VERTICAL_RATIO = 1.5
# CTC gap columns whose blank (+ space) probability stays above this are confidently empty.
GAP_CERTAIN = 0.98
# A class in a gap this probable is kept as a (doubtful) character.
RECOVER_MIN = 0.2
# A gap whose columns are this likely to hold some character holds a dropped one (a HOLE).
HOLE_MIN = 0.1
# Characters below this confidence keep the classes the recogniser weighed (at most MAX_OPTIONS,
# each at least MIN_OPTION_P), for the lexicon and for the table columns' forms to choose from.
DOUBT_OPTIONS = 0.97
# ... and so do characters whose rival classes together reach this (a `≥` read `2` at 0.9).
RIVALS_MIN = 0.02
MAX_OPTIONS = 40
MIN_OPTION_P = 0.0005
# Text lines are detected on the page image shrunk by this factor. 0.75 (108 dpi) saves a third of
# the detection but loses lone digits in small table cells (a score of 4) and a leading ≥.
DET_SHARE = 1.0
# Line crops recognised together. One at a time is fastest on one CPU thread (no padding to the
# widest crop of a batch): 4.7 s against 6.4 s for batches of 6 on a dense page.
REC_BATCH = 1
# A crop is padded to at least this width-to-height ratio before recognition. RapidOCR pads every
# crop to 320 x 48 (ratio 6.7), so a table cell `9.61` costs as much as a line of text; padding
# only to a square halves the recogniser's pixels on a form and reads as well or better (scans of
# the corpus PDFs: fields F1 0.980 = 0.980 clean, 0.956 -> 0.968 with a seal and speckle) ...
MIN_CROP_RATIO = 1.0
# ... except that padded so little the recogniser reads `≤` / `≥` as `<` / `>` in a short cell
# (`≥600人次`): a crop read with one of these is read again padded to 320 px (a few crops a page).
REREAD_AT_FULL_PADDING = frozenset("<>＜＞")


@dataclass(frozen=True)
class OcrChar:
    """One recognised character: its box (image pixels) and the recogniser's probability."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    space_before: bool = False  # the recogniser read a space between this character and the one before
    options: tuple[tuple[str, float], ...] = ()  # the classes weighed for a doubtful character


@dataclass(frozen=True)
class OcrLine:
    """One detected text line: its upright box, mean confidence and characters in reading order."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    chars: tuple[OcrChar, ...]
    vertical: bool = False


def engine_available() -> bool:
    """Whether the OCR extra is installed (checked without importing it)."""
    return importlib.util.find_spec(ENGINE_PACKAGE) is not None


@lru_cache(maxsize=2)
def load_engine(threads: int) -> Any:
    """The RapidOCR engine of this process (models from the installed wheel, no download)."""
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1, use_cls=False, print_verbose=False)
    # RapidOCR logs at DEBUG on its own handler; keep a batch's output clean.
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    logging.getLogger("OrtInferSession").setLevel(logging.WARNING)
    return engine


def read_lines(image: np.ndarray, threads: int = 1, row_rules: Sequence[Rule] = (),
               column_rules: Sequence[Rule] = (), found: np.ndarray | None = None) -> list[OcrLine]:
    """OCR an image (H x W x 3, BGR, uint8) into text lines with per-character boxes.

    `row_rules` and `column_rules` are the tables' rules in image pixels: a detected box that
    spans one is cut along it (see `split_at_rules`). `found`: the line boxes when already detected.
    """
    engine = load_engine(threads)
    boxes = detect(engine, image) if found is None else found
    if boxes is None or len(boxes) == 0:
        return []
    pieces = split_at_rules(list(boxes), row_rules, column_rules)
    boxes = engine.sorted_boxes(np.asarray(pieces, dtype=np.float32))
    crops = engine.get_crop_img_list(image, boxes)
    decoded = fill_holes(recognise(engine.text_rec, crops))
    lines = []
    for quad, crop, columns in zip(boxes, crops, decoded):
        line = to_line(np.asarray(quad, dtype=np.float32), crop.shape[1], columns)
        if line is not None and line.confidence >= MIN_LINE_SCORE:
            lines.append(line)
    return lines


def read_cell(image: np.ndarray, threads: int = 1) -> list[OcrLine]:
    """OCR a table cell's crop: one line of ink is recognised directly, anything else detected first.

    The detector scales a small crop up to 736 pixels a side before it looks (about 1.3 s for a
    cell), while the recogniser reads a one-line crop as it is (a few milliseconds): a cell's
    ink is its line.
    """
    box = single_line_box(image)
    if box is None:
        return read_lines(image, threads)
    x0, top, x1, bottom = box
    crop = np.ascontiguousarray(image[top:bottom, x0:x1])
    decoded = fill_holes(recognise(load_engine(threads).text_rec, [crop]))[0]
    quad = np.array([[x0, top], [x1, top], [x1, bottom], [x0, bottom]], dtype=np.float32)
    line = to_line(quad, crop.shape[1], decoded)
    return [line] if line is not None and line.confidence >= MIN_LINE_SCORE else []


INK_LEVEL = 128  # grey value below which a pixel is ink


def speckle_free_ink(image: np.ndarray) -> np.ndarray:
    """Where a crop (BGR or grey) holds ink, after a 3 × 3 median filter has removed lone specks."""
    import cv2  # the `ocr` extra

    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return cv2.medianBlur(np.where(grey < INK_LEVEL, 255, 0).astype(np.uint8), 3) > 0


def single_line_box(image: np.ndarray) -> tuple[int, int, int, int] | None:
    """The padded box of the crop's ink when it is one line of text, else None (no ink, or several
    lines: rows of ink parted by blank rows)."""
    ink = speckle_free_ink(image)
    rows = np.nonzero(ink.any(axis=1))[0]
    if len(rows) == 0 or (np.diff(rows) > 2).any():
        return None
    columns = np.nonzero(ink.any(axis=0))[0]
    height = int(rows[-1] - rows[0] + 1)
    pad_y, pad_x = max(3, height // 5), max(4, height // 2)  # wide enough never to pass for vertical text
    return (max(int(columns[0]) - pad_x, 0), max(int(rows[0]) - pad_y, 0),
            min(int(columns[-1]) + 1 + pad_x, image.shape[1]), min(int(rows[-1]) + 1 + pad_y, image.shape[0]))


# A rule cuts a box only where it leaves at least this share of the box's height on each side (a
# line whose descenders touch the rule below it is one line).
MIN_CUT_SHARE = 0.25
# ... and only a box at least this many times as tall as the page's median line: two stacked lines.
MIN_CUT_LINES = 1.6
# Pieces cut at a column rule keep this share of the box's height clear of it on each side.
CUT_GAP_SHARE = 0.15


def split_at_rules(boxes: Sequence[np.ndarray], row_rules: Sequence[Rule] = (),
                   column_rules: Sequence[Rule] = ()) -> list[np.ndarray]:
    """Detected boxes cut along the table rules they span.

    The rules are erased before detection, so the text of neighbouring cells can come back as one
    box: two figures stacked in adjacent rows of a narrow column (`10` over `10`, read as one
    vertical line `1010`), or two amounts side by side (`7,450,000.00` and `7,226,500.00`, read as
    one line whose cell boundary becomes a comma, `7,450,000,007,226,500.00`). Text never crosses
    a rule of its table: such a box is cut at the rule, and each piece is read on its own. A row
    rule cuts only a box at least `MIN_CUT_LINES` lines high (inside a one-line box it is the
    rule's slant), a column rule only one it crosses at least half a line from either end.
    """
    heights = [float(q[:, 1].max() - q[:, 1].min()) for q in boxes]
    line_height = float(np.median(heights)) if heights else 0.0
    out: list[np.ndarray] = []
    for quad, height in zip(boxes, heights):
        xs, ys = quad[:, 0], quad[:, 1]
        x0, x1, top, bottom = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
        margin = MIN_CUT_SHARE * height
        row_cuts = [] if height < MIN_CUT_LINES * line_height else sorted(
            {y for y, r0, r1 in row_rules if top + margin < y < bottom - margin and min(x1, r1) - max(x0, r0) > (x1 - x0) / 2})
        column_cuts = sorted({x for x, r0, r1 in column_rules
                              if x0 + height / 2 < x < x1 - height / 2 and min(bottom, r1) - max(top, r0) > height / 2})
        if not row_cuts and not column_cuts:
            out.append(quad)
            continue
        # Each piece stops short of the rule: what is left of an erased rule reads as a `1` or `0`.
        gap = CUT_GAP_SHARE * height if column_cuts else 0.0
        xe, ye = [x0, *column_cuts, x1], [top, *row_cuts, bottom]
        out.extend(np.array([[a + gap * (k > 0), c], [b - gap * (k < len(xe) - 2), c],
                             [b - gap * (k < len(xe) - 2), d], [a + gap * (k > 0), d]], dtype=np.float32)
                   for c, d in zip(ye, ye[1:]) for k, (a, b) in enumerate(zip(xe, xe[1:])))
    return out


def detect(engine: Any, image: np.ndarray) -> np.ndarray | None:
    """Text line boxes (quadrilaterals in `image` pixels), found on the image shrunk by DET_SHARE.

    The detector's cost grows with the pixels; line boxes found at 108 dpi are as good as at 144
    (bench/bench_ocr.py), and the characters are still read from the full-resolution image.
    """
    import cv2  # the `ocr` extra; this module is imported without it (`engine_available`)

    small = image
    if DET_SHARE < 1.0:
        small = cv2.resize(image, None, fx=DET_SHARE, fy=DET_SHARE, interpolation=cv2.INTER_AREA)
    boxes, _ = engine.text_det(small)
    if boxes is None or len(boxes) == 0:
        return None
    return np.asarray(boxes, dtype=np.float32) / DET_SHARE


@dataclass(frozen=True)
class Decoded:
    """One crop's decoding: characters with their centre (share of the crop's width) and probability."""

    chars: tuple[tuple[str, float, float], ...]  # (text, centre 0-1, confidence); " " marks a space
    step: float  # width of one CTC column, as a share of the crop
    # Index in `chars` -> the classes weighed there, for doubtful characters and HOLEs.
    options: tuple[tuple[int, tuple[tuple[str, float], ...]], ...] = ()


def recognise(recogniser: Any, crops: Sequence[np.ndarray]) -> list[Decoded]:
    """Run the recogniser over line crops (in width-sorted batches) and decode each; a crop read
    with a character the short padding confuses (`<` for `≤`) is read again at RapidOCR's own."""
    ratios = [crop.shape[1] / max(crop.shape[0], 1) for crop in crops]
    out = _recognise(recogniser, crops, ratios, MIN_CROP_RATIO)
    again = [k for k, d in enumerate(out) if any(ch in REREAD_AT_FULL_PADDING for ch, _, _ in d.chars)]
    if again:
        full = recogniser.rec_image_shape[2] / recogniser.rec_image_shape[1]
        for k, decoded in zip(again, _recognise(recogniser, [crops[k] for k in again], [ratios[k] for k in again], full)):
            out[k] = decoded
    return out


def _recognise(recogniser: Any, crops: Sequence[np.ndarray], ratios: Sequence[float], min_ratio: float) -> list[Decoded]:
    height = recogniser.rec_image_shape[1]
    alphabet: list[str] = recogniser.postprocess_op.character
    order = sorted(range(len(crops)), key=lambda k: ratios[k])
    out: list[Decoded | None] = [None] * len(crops)
    for start in range(0, len(order), REC_BATCH):
        batch = order[start:start + REC_BATCH]
        max_ratio = max([min_ratio] + [ratios[k] for k in batch])
        inputs = np.concatenate([recogniser.resize_norm_img(crops[k], max_ratio)[np.newaxis] for k in batch])
        probs = recogniser.session(inputs.astype(np.float32))[0]
        padded = height * max_ratio
        for row, k in enumerate(batch):
            used = min(math.ceil(height * ratios[k]), int(padded)) / padded  # share of the input that is the crop
            out[k] = decode(probs[row], alphabet, used)
    return [d if d is not None else Decoded((), 1.0) for d in out]


@lru_cache(maxsize=4)
def equivalents(alphabet: tuple[str, ...]) -> dict[int, tuple[int, ...]]:
    """Classes that mean the same character once normalized (`，` and `,`, `％` and `%`), by class."""
    groups: dict[str, list[int]] = {}
    for index, ch in enumerate(alphabet):
        groups.setdefault(unicodedata.normalize("NFKC", ch), []).append(index)
    return {index: tuple(group) for group in groups.values() if len(group) > 1 for index in group}


def decode(probs: np.ndarray, alphabet: Sequence[str], used: float) -> Decoded:
    """CTC best path, keeping each character's column and probability, and recovering dropped ones.

    A character's probability is that of its class among the non-blank ones, and counts its
    normalized twins: the recogniser often splits a comma between `，`, `,` and the blank, which
    is no doubt about the figure it stands in (a `.` would be).

    Where the recogniser hesitates, the classes it weighed are kept (`Decoded.options`): for a
    doubtful character, and for a gap that holds a character no class claims (a `HOLE`, which
    `lexicon.fill_holes` fills from the words around it or drops).
    """
    steps = probs.shape[0]
    best = probs.argmax(axis=1)
    best_p = probs.max(axis=1)
    twins = equivalents(tuple(alphabet))
    for twin_col in np.flatnonzero(np.isin(best, list(twins))) if twins else ():
        best_p[twin_col] = probs[twin_col, list(twins[int(best[twin_col])])].sum()
    # Which character, given that there is one: blank mass in a narrow character's column is
    # about where it ends, not about what it is.
    best_p = np.where(best == 0, best_p, best_p / np.maximum(1.0 - probs[:, 0], 1e-6))
    space = len(alphabet) - 1  # RapidOCR appends " " last; index 0 is the blank
    empty = probs[:, 0] + probs[:, space]
    runs: list[tuple[int, int, int, float, int]] = []  # (class, first col, last col, probability, surest col)
    for col in range(steps):
        cls = int(best[col])
        if cls == 0:
            continue
        if runs and runs[-1][0] == cls and runs[-1][2] == col - 1:
            c, first, _, p, surest = runs[-1]
            if float(best_p[col]) > p:
                p, surest = float(best_p[col]), col
            runs[-1] = (c, first, col, p, surest)
        else:
            runs.append((cls, col, col, float(best_p[col]), col))

    def centre(first: int, last: int) -> float:
        return (first + last + 1) / 2 / steps / used

    chars: list[tuple[str, float, float]] = []
    options: dict[int, tuple[tuple[str, float], ...]] = {}
    previous_end = -1
    for index, (cls, first, last, p, surest) in enumerate(runs):
        certainty, gap_col, recovered = _gap(probs, empty, previous_end + 1, first)
        if gap_col is not None and _tail(probs[gap_col], cls, runs[index - 1][0] if index else None):
            gap_col = recovered = None  # a dip inside one character's columns, not a second character
        if index and recovered is not None:
            rec_col, rec_cls, rec_p = recovered
            options[len(chars)] = candidates(probs[rec_col], alphabet)
            chars.append((alphabet[rec_cls], centre(rec_col, rec_col), rec_p))
            certainty = 1.0
        elif gap_col is not None and 1.0 - certainty >= HOLE_MIN:
            # A character the recogniser saw but could not name: a hole for the lexicon.
            options[len(chars)] = candidates(probs[gap_col], alphabet)
            chars.append((HOLE, centre(gap_col, gap_col), 1.0 - certainty))
        if index and certainty < 1.0:  # something may be missing between the two: both are doubtful
            prior = len(chars) - 1 - (chars[-1][0] == HOLE)
            text, where, conf = chars[prior]
            chars[prior] = (text, where, min(conf, certainty))
        confidence = min(p, certainty) if index else p
        rivals = 1.0 - float(probs[surest, cls] + probs[surest, 0] + probs[surest, space])
        if confidence < DOUBT_OPTIONS or rivals >= RIVALS_MIN:
            options[len(chars)] = candidates(probs[surest], alphabet)
        chars.append((alphabet[cls], centre(first, last), confidence))
        previous_end = last
    # A character dropped at the end of the line (the columns of the crop, not of its padding).
    certainty, gap_col, _ = _gap(probs, empty, previous_end + 1, min(math.ceil(steps * used), steps))
    if chars and gap_col is not None and 1.0 - certainty >= HOLE_MIN and not _tail(probs[gap_col], runs[-1][0], None):
        options[len(chars)] = candidates(probs[gap_col], alphabet)
        chars.append((HOLE, centre(gap_col, gap_col), 1.0 - certainty))
    repaired = repair_numbers(chars)
    return Decoded(tuple(repaired), 1.0 / steps / used, tuple(sorted(options.items())))


def candidates(column: np.ndarray, alphabet: Sequence[str]) -> tuple[tuple[str, float], ...]:
    """The classes of one CTC column the recogniser gave any weight to, likeliest first (blank and
    space left out)."""
    top = np.argpartition(-column, min(MAX_OPTIONS, len(column) - 1))[:MAX_OPTIONS]
    ranked = sorted((int(k) for k in top), key=lambda k: -float(column[k]))
    space = len(alphabet) - 1
    return tuple((alphabet[k], float(column[k])) for k in ranked if k not in (0, space) and column[k] >= MIN_OPTION_P)


_GROUPED = re.compile(r"(?<![\d.,，])\d{1,3}(?:[.,，]\d{3})+\.\d{1,2}(?![\d.])")
_COLON_PERCENT = re.compile(r"(?<=\d)[:：](?=\d{1,2}[%％])")
# `7,450,000,00`: grouped thousands closed by a comma and two digits; that comma is the point.
_COMMA_CENTS = re.compile(r"(?<![\d.,，])\d{1,3}(?:[,，]\d{3})+(?P<point>[,，])\d{2}(?![\d.,，])")


# `174.17方元`: 万 read as 方, its look-alike, before 元 after a figure (方元 is no unit).
_WAN_AS_FANG = re.compile(r"(?<=\d)方(?=元)")


def repair_numbers(chars: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """Thousands separators of figures with decimals: read as points, and doubted, needlessly;
    and 万 read as its look-alike 方 before 元 after a figure.

    At 150 dpi a comma is two pixels: it comes out as `.` (`3.860.00`), or as `,` with little
    confidence left over for `.`. In a figure that ends in decimals, every separator before
    the decimal point is a thousands separator whatever it looks like (a number has one
    point), so it becomes a comma as sure as the digits beside it.
    """
    text = "".join(c[0] for c in chars)
    out = list(chars)
    for match in _COLON_PERCENT.finditer(text):
        # A share has no colon: `88:5%` is a faint point (it stays as doubtful as it was read).
        out[match.start()] = (".", out[match.start()][1], out[match.start()][2])
    for match in _WAN_AS_FANG.finditer(text):
        out[match.start()] = ("万", out[match.start()][1], out[match.start()][2])  # as doubtful as it was read
    for match in _COMMA_CENTS.finditer(text):
        at = match.start("point")  # a point read as a comma (as doubtful as it was read)
        out[at] = (".", out[at][1], out[at][2])
    for match in _GROUPED.finditer(text):
        last_point = match.start() + match.group().rindex(".")
        for at in range(match.start(), last_point):
            if out[at][0] in ".,，":
                sure = min(out[at - 1][2], out[at + 1][2])
                out[at] = (",", out[at][1], max(out[at][2], sure))
    return out


def _tail(column: np.ndarray, after: int, before: int | None) -> bool:
    """Whether a gap column's likeliest character is the one on either side (its own tail)."""
    scores = column.copy()
    scores[0] = 0.0
    scores[-1] = 0.0
    return int(scores.argmax()) in (after, before)


def _gap(probs: np.ndarray, empty: np.ndarray, start: int, end: int
         ) -> tuple[float, int | None, tuple[int, int, float] | None]:
    """How sure the columns start..end-1 are empty (1.0 = certain), the least empty column, and
    (column, class, p) of a character probable enough there to be kept."""
    if end <= start:
        return 1.0, None, None
    window = empty[start:end]
    worst = int(window.argmin())
    certainty = float(window[worst])
    if certainty >= GAP_CERTAIN:
        return 1.0, None, None
    col = start + worst
    scores = probs[col].copy()
    scores[0] = 0.0
    scores[-1] = 0.0
    cls = int(scores.argmax())
    if scores[cls] >= RECOVER_MIN:
        return certainty, col, (col, cls, float(scores[cls]))
    return certainty, col, None


def to_line(quad: np.ndarray, crop_width: int, decoded: Decoded) -> OcrLine | None:
    """A decoded crop placed back on the page through its detection box."""
    weighed = dict(decoded.options)
    visible = [(text, centre, conf, k > 0 and decoded.chars[k - 1][0] == " ", weighed.get(k, ()))
               for k, (text, centre, conf) in enumerate(decoded.chars) if text not in (" ", HOLE)]
    if not visible:
        return None
    xs, ys = quad[:, 0], quad[:, 1]
    x0, x1, top, bottom = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
    vertical = (bottom - top) >= VERTICAL_RATIO * (x1 - x0)
    thickness, length = (x1 - x0, bottom - top) if vertical else (bottom - top, x1 - x0)
    chars = []
    for k, (text, centre, conf, space_before, options) in enumerate(visible):
        # Neighbours without a space between them touch: the recogniser's columns jitter, and a
        # gap between two digits would otherwise read as a space inside a figure.
        lo = visible[k - 1][1] if k and not space_before else None
        hi = visible[k + 1][1] if k + 1 < len(visible) and not visible[k + 1][3] else None
        half = _half_width(text, thickness, length)
        start = (lo + centre) / 2 if lo is not None else centre - half
        end = (centre + hi) / 2 if hi is not None else centre + half
        # The detection box hugs the ink: the line starts and ends where it does (a CTC column can
        # come late, and a closing quote or a dropped character would otherwise shift the line).
        if k == 0:
            start = 0.0
        if k == len(visible) - 1:
            end = 1.0
        if vertical:
            chars.append(OcrChar(text, x0, top + start * length, x1, top + end * length, conf, space_before, options))
        else:
            chars.append(OcrChar(text, _along_top(quad, start), top, _along_top(quad, end), bottom, conf, space_before,
                                 options))
    text = "".join(c.text for c in chars)
    confidence = sum(c.confidence for c in chars) / len(chars)
    return OcrLine(text, x0, top, x1, bottom, confidence, tuple(chars), vertical)


def _along_top(quad: np.ndarray, share: float) -> float:
    """x of the point `share` of the way along the box (mean of its top and bottom edges)."""
    top_x = quad[0][0] + share * (quad[1][0] - quad[0][0])
    bottom_x = quad[3][0] + share * (quad[2][0] - quad[3][0])
    return float((top_x + bottom_x) / 2)


def _half_width(text: str, thickness: float, length: float) -> float:
    """Half a character's extent along the line (share of its length) where no neighbour touches it:
    a Chinese character is about as wide as the line is thick, a Latin letter or digit half that."""
    if length <= 0:
        return 0.0
    return (0.5 if ord(text[0]) >= 0x2E80 else 0.27) * thickness / length
