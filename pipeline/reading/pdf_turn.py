"""A page whose text is drawn a quarter turn: read it in the text's own frame.

A landscape 自评表 pasted into a portrait document is often printed sideways
on a portrait page (the page itself has no /Rotate): every cell's text runs
bottom to top, or top to bottom. Read as it stands, each character is a line
of its own; pdfplumber drops such characters altogether. So when most of a
page's text objects are turned the same quarter turn, the page is read in the
frame of that text: glyph boxes, rule segments and rules are turned with it,
and the page is as wide as it is tall. The few characters still upright (the
page number) keep their own frame and are placed below the turned page, so
nothing is lost. Positions recorded for such a page are in the turned frame.

pdfium's character angle is clockwise: 270 is text running bottom to top
(a counter-clockwise quarter turn), 90 top to bottom.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.reading.layout.aligned import HRule
from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.ruled import Segment

# Share of a page's text objects that must share one quarter turn for the page to turn.
MIN_TURNED_SHARE = 0.6
# Text objects on the page before a share means anything.
MIN_TEXT_OBJECTS = 4
BOTTOM_TO_TOP = 270
TOP_TO_BOTTOM = 90
QUARTER_TURNS = (BOTTOM_TO_TOP, TOP_TO_BOTTOM)
# Matrix entries this close to zero are zero (a quarter turn's a and d).
_EPSILON = 1e-6


def quarter_turn(a: float, b: float, c: float, d: float) -> int | None:
    """The text matrix's quarter turn in pdfium's clockwise degrees; 0 upright; None otherwise."""
    if abs(a) < _EPSILON and abs(d) < _EPSILON and b * c < 0:
        return BOTTOM_TO_TOP if b > 0 else TOP_TO_BOTTOM
    if abs(b) < _EPSILON and abs(c) < _EPSILON and a > 0 and d > 0:
        return 0
    return None


def dominant_turn(counts: dict[int | None, int]) -> int:
    """The quarter turn most text objects share, if enough do; 0 keeps the page as it is."""
    total = sum(counts.values())
    if total < MIN_TEXT_OBJECTS:
        return 0
    for angle in QUARTER_TURNS:
        if counts.get(angle, 0) >= MIN_TURNED_SHARE * total:
            return angle
    return 0


@dataclass(frozen=True)
class Turn:
    """The turned frame of a portrait page `width` x `height` (points, y down)."""

    angle: int
    width: float
    height: float

    @property
    def size(self) -> tuple[float, float]:
        """The turned page's width and height: upright characters get a band below it."""
        return self.height, self.width + self.height

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A top-down page point in the turned frame."""
        if self.angle == BOTTOM_TO_TOP:
            return self.height - y, x
        return y, self.width - x

    def segment(self, segment: Segment) -> Segment:
        xa, ya = self.point(segment.x0, segment.top)
        xb, yb = self.point(segment.x1, segment.bottom)
        return Segment.between(xa, ya, xb, yb)

    def vertical_rule(self, x: float, top: float, bottom: float) -> HRule:
        """A vertical rule of the page, horizontal in the turned frame."""
        xa, y = self.point(x, top)
        xb, _ = self.point(x, bottom)
        return HRule(min(xa, xb), max(xa, xb), y)

    def glyph(self, text: str, box: tuple[float, float, float, float], origin_x: float, size: float) -> Glyph:
        """A turned character from its box (left, right, bottom, top; PDF y up) and origin x."""
        _left, _right, bottom, top = box
        if self.angle == BOTTOM_TO_TOP:
            return Glyph(text, bottom, top, origin_x, size)
        return Glyph(text, self.height - top, self.height - bottom, self.width - origin_x, size)

    def upright(self, glyph: Glyph) -> Glyph:
        """An upright character of the page, in the band below the turned page."""
        return glyph._replace(baseline=glyph.baseline + self.width)
