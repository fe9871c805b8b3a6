"""A PDF page's drawings through pdfium, reduced to the segments pdfplumber would see.

pdfplumber gets its rules from pdfminer, which splits every painted path at each
move-to and keeps what each piece is (`PDFLayoutAnalyzer.paint_path`): two
points are a line, four straight sides closing on the start with square
corners a rectangle (its four sides), anything else a curve, whose straight
pieces between consecutive points are edges (a Bézier piece counts by its end
points only). `page_drawing` walks pdfium's page objects (into form XObjects,
each object's matrix applied) and reduces every path the same way, so the
ruled-table builder (`layout.ruled`) sees the edges pdfplumber's `find_tables`
would see, in a few milliseconds instead of pdfminer's ~100 ms a page.

Neither engine applies clipping paths (a clipped rule is a rule to both), and
both ignore colour and whether a path is stroked or filled.

What pdfium cannot decide the same way, and is left to pdfplumber (`undecidable`):
- a page with /Rotate: pdfminer turns the page's coordinates, the glyphs here do not;
- text that is not upright (pdfplumber drops such characters, pdfium keeps them),
  unless most of the page's text is turned the same quarter turn: then the page
  is read in that text's frame (`pdf_turn`), its segments and rules turned with it;
- a straight two-point line that is neither horizontal nor vertical: pdfplumber
  takes it as a vertical edge at its left end (a slash in a header cell).
"""
from __future__ import annotations

import ctypes
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading.layout.aligned import HRule
from pipeline.reading.layout.ruled import Segment, rectangle_sides
from pipeline.reading.pdf_rules import MAX_OBJECT_DEPTH as RULES_DEPTH
from pipeline.reading.pdf_rules import RULE_MAX_THICKNESS_PT, RULE_MIN_LENGTH_PT, rule_of_bounds, sorted_rules
from pipeline.reading.pdf_turn import Turn, dominant_turn, quarter_turn

# How deep to look into form XObjects for drawings.
MAX_OBJECT_DEPTH = 4
# pdfplumber keeps an edge from a first look at least this long (edge_min_length_prefilter).
MIN_EDGE_PT = 1.0

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class PageDrawing:
    """What pdfium sees drawn on a page: rule segments (top-down points), images, and doubts."""

    segments: tuple[Segment, ...]
    n_images: int
    undecidable: str | None = None  # why pdfplumber, not these segments, must decide the page's tables
    n_slanted: int = 0  # two-point lines neither horizontal nor vertical (pdfplumber: vertical edges)
    # Thin long paths by their bounds, for tables without vertical rules (`pdf_rules`), top to bottom.
    rules: tuple[HRule, ...] = ()
    # The page's text drawn a quarter turn (`pdf_turn`): segments and rules are in its frame.
    turn: Turn | None = None

    @property
    def may_have_table(self) -> bool:
        """Enough rules each way for two cells: only then is a table looked for."""
        horizontal = sum(1 for s in self.segments if s.top == s.bottom and s.x1 - s.x0 >= MIN_EDGE_PT)
        vertical = sum(1 for s in self.segments if s.x0 == s.x1 and s.bottom - s.top >= MIN_EDGE_PT)
        return horizontal >= 2 and vertical + self.n_slanted >= 2


def compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def is_upright(m: Matrix) -> bool:
    """pdfminer's test for an upright character (LTChar.upright)."""
    a, b, c, d, _, _ = m
    return a * d > 0 and b * c <= 0


class _Walk:
    """One pass over a page's objects, collecting segments, images and doubts."""

    def __init__(self, page_top: float) -> None:
        self.page_top = page_top
        self.segments: list[Segment] = []
        self.n_images = 0
        self.n_slanted = 0
        self.tilted_text = False
        self.rules: list[HRule] = []
        self.text_turns: Counter[int | None] = Counter()
        # Thin long vertical paths (x, top, bottom): the rules of a turned page.
        self.vertical_rules: list[tuple[float, float, float]] = []
        self._fs_matrix = pdfium_c.FS_MATRIX()
        self._x = ctypes.c_float()
        self._y = ctypes.c_float()
        self._bounds = [ctypes.c_float() for _ in range(4)]

    def matrix_of(self, obj: Any, outer: Matrix) -> Matrix:
        m = self._fs_matrix
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
            return outer
        return compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)

    def objects(self, count: int, get: Callable[[int], Any], outer: Matrix, depth: int) -> None:
        for index in range(count):
            obj = get(index)
            if not obj:
                continue
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                self.path(obj, self.matrix_of(obj, outer))
                if depth < RULES_DEPTH:  # pdf_rules looks as deep as pypdfium2's get_objects(max_depth)
                    self.rule(obj)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                self.n_images += 1
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                matrix = self.matrix_of(obj, outer)
                self.text_turns[quarter_turn(*matrix[:4])] += 1
                if not self.tilted_text and not is_upright(matrix):
                    self.tilted_text = True
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_OBJECT_DEPTH:
                self.objects(pdfium_c.FPDFFormObj_CountObjects(obj), _form_getter(obj),
                             self.matrix_of(obj, outer), depth + 1)

    def rule(self, obj: Any) -> None:
        """The path as a horizontal rule, judged by its bounds as `pdf_rules.horizontal_rules` does."""
        b = self._bounds
        if pdfium_c.FPDFPageObj_GetBounds(obj, *b):
            left, bottom, right, upper = b[0].value, b[1].value, b[2].value, b[3].value
            rule = rule_of_bounds(left, bottom, right, upper, self.page_top)
            if rule is not None:
                self.rules.append(rule)
            elif right - left <= RULE_MAX_THICKNESS_PT and upper - bottom >= RULE_MIN_LENGTH_PT:
                self.vertical_rules.append(((left + right) / 2, self.page_top - upper, self.page_top - bottom))

    def path(self, obj: Any, m: Matrix) -> None:
        """Split a path into subpaths at each move-to and reduce each as pdfminer does."""
        a, b, c, d, e, f = m
        top = self.page_top
        x_ref, y_ref = ctypes.byref(self._x), ctypes.byref(self._y)
        points: list[tuple[float, float]] = []
        ops: list[str] = []
        closed = False
        bezier = 0
        for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, index)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                self.subpath(points, ops, closed)
                points, ops, closed, bezier = [], [], False, 0
            elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
                bezier += 1
                if bezier % 3:
                    continue  # a control point: pdfminer keeps a curve piece's end point only
            elif kind != pdfium_c.FPDF_SEGMENT_LINETO:
                continue
            pdfium_c.FPDFPathSegment_GetPoint(seg, x_ref, y_ref)
            x, y = self._x.value, self._y.value
            points.append((a * x + c * y + e, top - (b * x + d * y + f)))
            if kind != pdfium_c.FPDF_SEGMENT_MOVETO:
                ops.append("l" if kind == pdfium_c.FPDF_SEGMENT_LINETO else "c")
            if pdfium_c.FPDFPathSegment_GetClose(seg):
                closed = True
        self.subpath(points, ops, closed)

    def subpath(self, points: list[tuple[float, float]], ops: list[str], closed: bool) -> None:
        if len(points) < 2:
            return
        if closed:
            # pdfium closes with a line back to the start (added when the path did not end
            # there); pdfminer keeps the start point as the `h` point instead.
            if points[-1] == points[0] and ops[-1] == "l":
                points, ops = points[:-1], ops[:-1]
            points = [*points, points[0]]
            shape = "m" + "".join(ops) + "h"
        else:
            shape = "m" + "".join(ops)
        if shape in ("ml", "mlh"):
            self.line(points[0], points[1])
        elif shape in ("mlllh", "mllll") and _is_box(points):
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            self.segments.extend(rectangle_sides(min(xs), min(ys), max(xs), max(ys)))
        else:
            for p, q in zip(points, points[1:]):
                if p[0] == q[0] or p[1] == q[1]:
                    self.segments.append(Segment.between(p[0], p[1], q[0], q[1]))

    def line(self, p: tuple[float, float], q: tuple[float, float]) -> None:
        if p[1] == q[1] or p[0] == q[0]:
            self.segments.append(Segment.between(p[0], p[1], q[0], q[1]))
        elif abs(p[1] - q[1]) >= MIN_EDGE_PT:
            self.n_slanted += 1


def _form_getter(form: Any) -> Callable[[int], Any]:
    return lambda index: pdfium_c.FPDFFormObj_GetObject(form, index)


def _is_box(points: list[tuple[float, float]]) -> bool:
    """pdfminer's rectangle: closes on its start, sides alternately vertical and horizontal."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), end = points
    if end != points[0]:
        return False
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def page_drawing(page: pdfium.PdfPage) -> PageDrawing:
    """The page's rule segments in top-down points (the glyphs' coordinates), images, doubts."""
    raw = page.raw
    walk = _Walk(page.get_mediabox()[3])
    walk.objects(pdfium_c.FPDFPage_CountObjects(raw), lambda i: pdfium_c.FPDFPage_GetObject(raw, i), IDENTITY, 0)
    undecidable = None
    rotated = pdfium_c.FPDFPage_GetRotation(raw) % 4
    angle = 0 if rotated or not walk.tilted_text else dominant_turn(walk.text_turns)
    if angle:
        width, height = page.get_size()
        turn = Turn(angle, width, height)
        rules = [turn.vertical_rule(*rule) for rule in walk.vertical_rules]
        return PageDrawing(tuple(turn.segment(s) for s in walk.segments), walk.n_images, None,
                           walk.n_slanted, sorted_rules(rules), turn)
    if rotated:
        undecidable = "the page is rotated"
    elif walk.tilted_text:
        undecidable = "text that is not upright"
    elif walk.n_slanted:
        undecidable = "slanted lines"
    return PageDrawing(tuple(walk.segments), walk.n_images, undecidable, walk.n_slanted, sorted_rules(walk.rules))
