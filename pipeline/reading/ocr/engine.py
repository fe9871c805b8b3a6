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

ENGINE_PACKAGE = "rapidocr_onnxruntime"
# Lines whose mean character confidence is below this are dropped (seal remnants, speckle).
MIN_LINE_SCORE = 0.5
# A detected box this much taller than wide holds vertical text (one character under the other).
VERTICAL_RATIO = 1.5
# CTC gap columns whose blank (+ space) probability stays above this are confidently empty.
GAP_CERTAIN = 0.98
# A class in a gap this probable is kept as a (doubtful) character.
RECOVER_MIN = 0.2
# Line crops recognised together. One at a time is fastest on one CPU thread (no padding to the
# widest crop of a batch): 4.7 s against 6.4 s for batches of 6 on a dense page.
REC_BATCH = 1


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


def read_lines(image: np.ndarray, threads: int = 1) -> list[OcrLine]:
    """OCR an image (H x W x 3, BGR, uint8) into text lines with per-character boxes."""
    engine = load_engine(threads)
    boxes, _ = engine.text_det(image)
    if boxes is None or len(boxes) == 0:
        return []
    boxes = engine.sorted_boxes(boxes)
    crops = engine.get_crop_img_list(image, boxes)
    decoded = recognise(engine.text_rec, crops)
    lines = []
    for quad, crop, columns in zip(boxes, crops, decoded):
        line = to_line(np.asarray(quad, dtype=np.float32), crop.shape[1], columns)
        if line is not None and line.confidence >= MIN_LINE_SCORE:
            lines.append(line)
    return lines


@dataclass(frozen=True)
class Decoded:
    """One crop's decoding: characters with their centre (share of the crop's width) and probability."""

    chars: tuple[tuple[str, float, float], ...]  # (text, centre 0-1, confidence); " " marks a space
    step: float  # width of one CTC column, as a share of the crop


def recognise(recogniser: Any, crops: Sequence[np.ndarray]) -> list[Decoded]:
    """Run the recogniser over line crops (in width-sorted batches) and decode each."""
    height = recogniser.rec_image_shape[1]
    base_ratio = recogniser.rec_image_shape[2] / height
    alphabet: list[str] = recogniser.postprocess_op.character
    ratios = [crop.shape[1] / max(crop.shape[0], 1) for crop in crops]
    order = sorted(range(len(crops)), key=lambda k: ratios[k])
    out: list[Decoded | None] = [None] * len(crops)
    for start in range(0, len(order), REC_BATCH):
        batch = order[start:start + REC_BATCH]
        max_ratio = max([base_ratio] + [ratios[k] for k in batch])
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
    runs: list[tuple[int, int, int, float]] = []  # (class, first col, last col, probability)
    for col in range(steps):
        cls = int(best[col])
        if cls == 0:
            continue
        if runs and runs[-1][0] == cls and runs[-1][2] == col - 1:
            c, first, _, p = runs[-1]
            runs[-1] = (c, first, col, max(p, float(best_p[col])))
        else:
            runs.append((cls, col, col, float(best_p[col])))

    def centre(first: int, last: int) -> float:
        return (first + last + 1) / 2 / steps / used

    chars: list[tuple[str, float, float]] = []
    previous_end = -1
    for index, (cls, first, last, p) in enumerate(runs):
        certainty, recovered = _gap(probs, empty, previous_end + 1, first)
        if recovered is not None and (recovered[1] == cls or (runs[index - 1][0] == recovered[1] if index else True)):
            recovered = None  # a dip inside one character's columns, not a second character
        if index and recovered is not None:
            rec_col, rec_cls, rec_p = recovered
            chars.append((alphabet[rec_cls], centre(rec_col, rec_col), rec_p))
            certainty = 1.0
        elif index and certainty < 1.0:  # something may be missing between the two: both are doubtful
            text, where, conf = chars[-1]
            chars[-1] = (text, where, min(conf, certainty))
        chars.append((alphabet[cls], centre(first, last), min(p, certainty) if index else p))
        previous_end = last
    return Decoded(tuple(repair_numbers(chars)), 1.0 / steps / used)


_GROUPED = re.compile(r"(?<![\d.,，])\d{1,3}(?:[.,，]\d{3})+\.\d{1,2}(?![\d.])")


def repair_numbers(chars: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """Thousands separators of figures with decimals: read as points, and doubted, needlessly.

    At 150 dpi a comma is two pixels: it comes out as `.` (`3.860.00`), or as `,` with little
    confidence left over for `.`. In a figure that ends in decimals, every separator before
    the decimal point is a thousands separator whatever it looks like (a number has one
    point), so it becomes a comma as sure as the digits beside it.
    """
    text = "".join(c[0] for c in chars)
    if not _GROUPED.search(text):
        return chars
    out = list(chars)
    for match in _GROUPED.finditer(text):
        last_point = match.start() + match.group().rindex(".")
        for at in range(match.start(), last_point):
            if out[at][0] in ".,，":
                sure = min(out[at - 1][2], out[at + 1][2])
                out[at] = (",", out[at][1], max(out[at][2], sure))
    return out


def _gap(probs: np.ndarray, empty: np.ndarray, start: int, end: int) -> tuple[float, tuple[int, int, float] | None]:
    """How sure the columns start..end-1 are empty (1.0 = certain), and (column, class, p) of a
    character probable enough there to be kept."""
    if end <= start:
        return 1.0, None
    window = empty[start:end]
    worst = int(window.argmin())
    certainty = float(window[worst])
    if certainty >= GAP_CERTAIN:
        return 1.0, None
    col = start + worst
    scores = probs[col].copy()
    scores[0] = 0.0
    scores[-1] = 0.0
    cls = int(scores.argmax())
    if scores[cls] >= RECOVER_MIN:
        return certainty, (col, cls, float(scores[cls]))
    return certainty, None


def to_line(quad: np.ndarray, crop_width: int, decoded: Decoded) -> OcrLine | None:
    """A decoded crop placed back on the page through its detection box."""
    visible = [(text, centre, conf, k > 0 and decoded.chars[k - 1][0] == " ")
               for k, (text, centre, conf) in enumerate(decoded.chars) if text != " "]
    if not visible:
        return None
    xs, ys = quad[:, 0], quad[:, 1]
    x0, x1, top, bottom = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
    vertical = (bottom - top) >= VERTICAL_RATIO * (x1 - x0)
    thickness, length = (x1 - x0, bottom - top) if vertical else (bottom - top, x1 - x0)
    chars = []
    for k, (text, centre, conf, space_before) in enumerate(visible):
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
            chars.append(OcrChar(text, x0, top + start * length, x1, top + end * length, conf, space_before))
        else:
            chars.append(OcrChar(text, _along_top(quad, start), top, _along_top(quad, end), bottom, conf, space_before))
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
