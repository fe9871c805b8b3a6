"""A page as an image ready for OCR: rendered, seals washed out, turned upright, straightened.

- **Render**: pypdfium2 renders the page at the OCR resolution (whatever the
  resolution of the scan inside it), so page points map to pixels by one scale.
- **Seals**: a red seal pressed over text makes the recogniser read the seal's
  strokes into the line, or lose the line. Inside seal-shaped red regions
  (round or square, a few centimetres wide) the image is replaced by its red
  channel, the old photographic trick: red ink is bright there and vanishes,
  while black text under the seal stays as dark as it was (ink on ink is dark
  in every channel), anti-aliased edges included, so the line it covers reads
  whole. Red text lines (a 红头 letterhead) are long and flat, not
  seal-shaped, and are kept.
- **Turns**: a page scanned on its side or upside down is turned back by the
  quarter turns `orientation` finds (np.rot90's `k`); its boxes are then in the
  turned frame, whose width and height swap on a quarter turn.
- **Skew**: a page fed askew by a few degrees has slanted lines, which breaks
  line grouping and ruling-line detection. The angle is measured from the text
  itself (characters smeared into line blobs, the median slant of the long
  ones) and the image is rotated back; boxes are then reported in the
  coordinates of the straightened page. On a ruled table page, where text and
  rules grow into one blob, the angle is the one that makes the rows of ink
  sharpest instead (a projection profile, searched coarse to fine).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import pypdfium2 as pdfium

from schemas.document import BBox

# Red: R above both G and B by this much (0-255), and R itself bright enough to be ink, not black.
RED_MARGIN = 60
RED_MIN = 120
# A seal's side, as a share of the page width (a 3-6 cm seal on an A4 page is 0.14-0.3).
SEAL_MIN_SIDE = 0.07
SEAL_MAX_SIDE = 0.45
SEAL_MAX_ASPECT = 1.6
# Skew below this is left alone (resampling costs more than it gains); above the limit it is
# not a skew but a rotated page, which this step does not handle.
MIN_SKEW_DEG = 0.15
MAX_SKEW_DEG = 8.0
# Line blobs used to measure the skew: at least this long (share of page width) and this flat.
SKEW_MIN_LENGTH = 0.15
SKEW_MIN_FLATNESS = 6.0


@dataclass(frozen=True)
class PageImage:
    """The page image handed to the recogniser (BGR) and how it relates to the page."""

    pixels: np.ndarray
    scale: float  # pixels per PDF point
    skew_deg: float  # the rotation undone (counter-clockwise positive), 0 when none
    seals: int  # seal regions washed out
    turns: int = 0  # counter-clockwise quarter turns that put the scan upright

    @property
    def size_pt(self) -> tuple[float, float]:
        """Width and height of the (turned) page in PDF points."""
        return self.pixels.shape[1] / self.scale, self.pixels.shape[0] / self.scale


def render(page: pdfium.PdfPage, scale: float) -> np.ndarray:
    """The page as a BGR uint8 image at `scale` pixels per point."""
    bitmap = page.render(scale=scale, rev_byteorder=False, prefer_bgrx=False)
    try:
        array = bitmap.to_numpy()
        if array.ndim == 2:
            return cv2.cvtColor(array, cv2.COLOR_GRAY2BGR)
        if array.shape[2] == 4:
            return cv2.cvtColor(array, cv2.COLOR_BGRA2BGR)
        return np.ascontiguousarray(array[:, :, :3])
    finally:
        bitmap.close()


def prepare(page: pdfium.PdfPage, scale: float, skew_deg: float | None = None, turns: int = 0,
            window: BBox | None = None) -> PageImage:
    """The page rendered, seals washed out, turned `turns` quarter turns counter-clockwise, skew
    undone (`skew_deg` when already measured); with a `window` (x0, top, x1, bottom in points), only
    what lies inside it, the rest of the page left white."""
    image = render(page, scale)
    if window is not None:
        image = white_outside(image, window, scale)
    image, seals = wash_out_seals(image)
    if turns % 4:
        image = np.ascontiguousarray(np.rot90(image, turns % 4))
    angle = measure_skew(image) if skew_deg is None else skew_deg
    if abs(angle) >= MIN_SKEW_DEG:
        image = rotate(image, angle)
    else:
        angle = 0.0
    return PageImage(pixels=image, scale=scale, skew_deg=angle, seals=seals, turns=turns % 4)


def white_outside(image: np.ndarray, window: BBox, scale: float) -> np.ndarray:
    x0, top, x1, bottom = (max(0, round(v * scale)) for v in window)
    kept = np.full_like(image, 255)
    kept[top:bottom, x0:x1] = image[top:bottom, x0:x1]
    return kept


def red_mask(image: np.ndarray) -> np.ndarray:
    """Pixels of red ink (uint8 mask, 255 = red)."""
    b, g, r = (image[:, :, k].astype(np.int16) for k in range(3))
    red = (r - np.maximum(g, b) >= RED_MARGIN) & (r >= RED_MIN)
    return red.astype(np.uint8) * 255


def wash_out_seals(image: np.ndarray) -> tuple[np.ndarray, int]:
    """The image with the red pixels of seal-shaped red regions turned white, and how many there were."""
    mask = red_mask(image)
    if not mask.any():
        return image, 0
    width = image.shape[1]
    # Close the gaps between a seal's ring, star and characters so one seal is one region.
    grow = max(3, int(width * 0.01))
    regions = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (grow, grow)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(regions, connectivity=8)
    out = image
    seals = 0
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        side = max(w, h) / width
        aspect = max(w, h) / max(min(w, h), 1)
        if not (SEAL_MIN_SIDE <= side <= SEAL_MAX_SIDE and aspect <= SEAL_MAX_ASPECT):
            continue
        if out is image:
            out = image.copy()
        window = (slice(y, y + h), slice(x, x + w))
        # Every red region inside the seal's box is the seal's: a star or characters standing apart
        # from its rim are too small to pass for a seal on their own.
        inside = regions[window] > 0
        red_channel = out[window][:, :, 2].astype(np.float32)
        # The seal's own ink level becomes paper white; black under it stays black.
        ink_level = float(np.median(red_channel[mask[window] > 0]))
        lifted = np.clip(red_channel * (255.0 / max(ink_level, 1.0)), 0, 255).astype(np.uint8)
        out[window][inside] = lifted[inside][:, None]
        seals += 1
    return out, seals


def measure_skew(image: np.ndarray) -> float:
    """The page's text slant in degrees (counter-clockwise positive), 0 when it cannot be told."""
    height, width = image.shape[:2]
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    # Work at about 100 dpi-equivalent: enough for the angle, and cheap.
    factor = min(1.0, 1000.0 / max(height, width))
    if factor < 1.0:
        grey = cv2.resize(grey, (int(width * factor), int(height * factor)), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    small_w = grey.shape[1]
    # Smear characters sideways into line blobs, but not across line gaps.
    smear = cv2.getStructuringElement(cv2.MORPH_RECT, (max(9, small_w // 60), 1))
    blobs = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, smear)
    contours, _ = cv2.findContours(blobs, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles: list[float] = []
    weights: list[float] = []
    for contour in contours:
        (_, _), (w, h), _ = cv2.minAreaRect(contour)
        length, thickness = max(w, h), max(min(w, h), 1.0)
        if length < SKEW_MIN_LENGTH * small_w or length / thickness < SKEW_MIN_FLATNESS:
            continue
        angle = _long_side_angle(cv2.boxPoints(cv2.minAreaRect(contour)))
        if abs(angle) <= MAX_SKEW_DEG:
            angles.append(angle)
            weights.append(length)
    if len(angles) < 3:
        # A ruled table: text and rules grow into one blob. Rows of ink are sharpest (the
        # row profile varies most) when the page is straight.
        return profile_skew(ink)
    return _weighted_median(angles, weights)


def profile_skew(ink: np.ndarray) -> float:
    """The rotation that makes the rows of ink sharpest (variance of the row sums), coarse to fine."""
    if not ink.any():
        return 0.0

    def sharpness(angle: float) -> float:
        return float(np.var(rotate_grey(ink, -angle).sum(axis=1, dtype=np.float64)))

    best = max(np.arange(-MAX_SKEW_DEG / 2, MAX_SKEW_DEG / 2 + 1e-9, 0.5), key=sharpness)
    fine = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05), key=sharpness)
    return round(float(fine), 2)


def rotate_grey(image: np.ndarray, angle_deg: float) -> np.ndarray:
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle_deg, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_NEAREST, borderValue=0)


def _long_side_angle(points: np.ndarray) -> float:
    """Slant of a rectangle's long side in degrees, counter-clockwise positive (image y grows down)."""
    edges = [(points[k], points[(k + 1) % 4]) for k in range(4)]
    a, b = max(edges, key=lambda e: float(np.hypot(*(e[1] - e[0]))))
    dx, dy = float(b[0] - a[0]), float(b[1] - a[1])
    if dx < 0:
        dx, dy = -dx, -dy
    return -math.degrees(math.atan2(dy, dx))


def _weighted_median(values: list[float], weights: list[float]) -> float:
    order = sorted(range(len(values)), key=lambda k: values[k])
    half = sum(weights) / 2
    seen = 0.0
    for k in order:
        seen += weights[k]
        if seen >= half:
            return values[k]
    return values[order[-1]]


def rotate(image: np.ndarray, angle_deg: float) -> np.ndarray:
    """The image turned by -angle (undoing a counter-clockwise slant), same size, white fill."""
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), -angle_deg, 1.0)
    return cv2.warpAffine(
        image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
        borderValue=(255, 255, 255),
    )
