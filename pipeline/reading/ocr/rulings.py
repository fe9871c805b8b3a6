"""Ruled tables on a scanned page: rules found in the image, cells from the rules.

Rules are long thin runs of ink: a morphological opening with a long flat
kernel keeps horizontal rules and drops characters (whose strokes are shorter
than a cell is wide), a long upright kernel keeps vertical ones. Each run
becomes a segment in page points. Segments go through pdfplumber's own edge
chain (`merge_edges` -> `edges_to_intersections` -> `intersections_to_cells`
-> `cells_to_tables`), the same algorithm that finds ruled tables in vector
PDFs, so a scanned 绩效自评表 yields the same grid as a vector one; the cells
are then filled from the OCR glyphs by `layout.table_parts`, like pdfplumber
cells are filled from PDF characters.

The rules are also erased from the image before it is recognised: a rule
touching a character is otherwise read as `1` or `|`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.table_parts import BBox, TablePart, cell_boxes_to_part

# A rule is at least this long, in points: longer than any character stroke of body text.
MIN_RULE_PT = 18.0
# Rules this close (points) are one rule; segments of one rule this far apart are joined.
SNAP_PT = 3.0
JOIN_PT = 4.0
# A table needs at least this many cells, as for vector PDFs (a framed paragraph is no table),
# and this width: the strokes of a big title character (田, 国) must not make a table.
MIN_TABLE_CELLS = 2
MIN_TABLE_WIDTH_PT = 60.0
# A rule broken where another crosses it (a scan's residual skew thins the join) is mended across
# a gap up to this wide (points) when the crossing rule passes through the gap.
BRIDGE_PT = 8.0
# Pixel rows either side of a rule's dense rows that still belong to it (its steps when off level).
RULE_BAND_PX = 3
# Rule pixels are erased this far (points) around a table's box, and nowhere else.
ERASE_MARGIN_PT = 3.0


@dataclass(frozen=True)
class Segment:
    """A rule in page points: horizontal (`top == bottom`) or vertical (`x0 == x1`)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.top == self.bottom


def ink_mask(image: np.ndarray) -> np.ndarray:
    """Dark pixels of a BGR page image (uint8, 255 = ink), by Otsu's threshold."""
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def rule_masks(ink: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) rule pixels: ink that survives an opening with a long kernel."""
    length = max(int(MIN_RULE_PT * scale), 8)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return horizontal, vertical


def mask_to_segments(mask: np.ndarray, scale: float, horizontal: bool) -> list[Segment]:
    """One segment per rule of each connected run of rule pixels, on the rule's own line.

    Not the middle of the run's box: rules joined by a blot that crosses them (a seal's red star
    over two row rules, a slanted underline) make one component, whose box is far taller than a
    rule. Each dense line of the component (at least half as full as the fullest) is a rule.
    """
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    segments = []
    for label in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[label])
        own = labels[y:y + h, x:x + w] == label
        if not horizontal:
            own = own.T
        for at, start, end in _dense_lines(own):
            if horizontal:
                segments.append(Segment((x + start) / scale, (y + at) / scale, (x + end) / scale, (y + at) / scale))
            else:
                segments.append(Segment((x + at) / scale, (y + start) / scale, (x + at) / scale, (y + end) / scale))
    return segments


def _dense_lines(own: np.ndarray) -> list[tuple[float, int, int]]:
    """Of a component (rows along the rule): each run of dense rows, as its centre and extent."""
    counts = own.sum(axis=1)
    dense = np.nonzero(counts >= counts.max() / 2)[0]
    runs = np.split(dense, np.nonzero(np.diff(dense) > 2)[0] + 1)
    out = []
    for rows in runs:
        # The extent from the rule's whole band: a rule a little off the horizontal steps from one
        # pixel row to the next, and its dense rows alone miss its ends.
        band = own[max(int(rows.min()) - RULE_BAND_PX, 0):int(rows.max()) + RULE_BAND_PX + 1]
        columns = np.nonzero(band.any(axis=0))[0]
        out.append((float(rows.mean()) + 0.5, int(columns.min()), int(columns.max()) + 1))
    return out


def table_boxes(tables: Sequence[Sequence[BBox]]) -> list[BBox]:
    """The outer box of each table."""
    return [
        (min(c[0] for c in t), min(c[1] for c in t), max(c[2] for c in t), max(c[3] for c in t))
        for t in tables
        if t
    ]


def find_rules(image: np.ndarray, scale: float) -> tuple[list[Segment], np.ndarray]:
    """The page's rules as segments, and the mask of their pixels (to erase before OCR)."""
    horizontal, vertical = rule_masks(ink_mask(image), scale)
    flat, upright = mask_to_segments(horizontal, scale, True), mask_to_segments(vertical, scale, False)
    segments = bridge_crossings(flat, upright) + bridge_crossings(upright, flat)
    return segments, cv2.bitwise_or(horizontal, vertical)


def bridge_crossings(segments: Sequence[Segment], crossing: Sequence[Segment]) -> list[Segment]:
    """`segments` (all of one orientation) with each break mended where a `crossing` rule passes
    through it: a row rule of a scanned table cut at a column rule would merge two cells."""
    horizontal = bool(segments) and segments[0].horizontal

    def along(s: Segment) -> tuple[float, float, float]:  # (position across, start, end)
        return (s.top, s.x0, s.x1) if horizontal else (s.x0, s.top, s.bottom)

    def crosses_gap(at: float, start: float, end: float) -> bool:
        for c in crossing:  # a crossing rule's own position and extent, perpendicular to `segments`
            c_at, c_start, c_end = (c.x0, c.top, c.bottom) if horizontal else (c.top, c.x0, c.x1)
            if start - SNAP_PT <= c_at <= end + SNAP_PT and c_start - SNAP_PT <= at <= c_end + SNAP_PT:
                return True
        return False

    out: list[Segment] = []
    for seg in sorted(segments, key=lambda s: (along(s)[1], along(s)[0])):
        at, start, end = along(seg)
        for k, prev in enumerate(out):
            p_at, p_start, p_end = along(prev)
            gap = start - p_end
            if abs(p_at - at) <= SNAP_PT and 0 < gap <= BRIDGE_PT and crosses_gap((p_at + at) / 2, p_end, start):
                mid = (p_at + at) / 2
                out[k] = Segment(p_start, mid, end, mid) if horizontal else Segment(mid, p_start, mid, end)
                break
        else:
            out.append(seg)
    return out


def table_rules(segments: Sequence[Segment], tables: Sequence[Sequence[BBox]], scale: float
                ) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The rules inside the tables in image pixels, as (row rules, column rules): each
    `(position across it, start, end along it)`."""
    boxes = table_boxes(tables)

    def inside(s: Segment) -> bool:
        return any(b[0] - SNAP_PT <= s.x0 <= b[2] + SNAP_PT and b[1] - SNAP_PT <= s.top <= b[3] + SNAP_PT
                   for b in boxes)

    rows = [(s.top * scale, s.x0 * scale, s.x1 * scale) for s in segments if s.horizontal and inside(s)]
    columns = [(s.x0 * scale, s.top * scale, s.bottom * scale) for s in segments if not s.horizontal and inside(s)]
    return rows, columns


def erase(image: np.ndarray, mask: np.ndarray, regions: Sequence[BBox], scale: float) -> np.ndarray:
    """The image with the masked pixels inside `regions` (page points) turned to paper white.

    Only inside tables: outside them the long strokes of a large title could pass for rules.
    """
    if not regions or not mask.any():
        return image
    out = image.copy()
    height, width = mask.shape
    margin = ERASE_MARGIN_PT
    for x0, top, x1, bottom in regions:
        rows = slice(max(int((top - margin) * scale), 0), min(int((bottom + margin) * scale) + 1, height))
        cols = slice(max(int((x0 - margin) * scale), 0), min(int((x1 + margin) * scale) + 1, width))
        window = out[rows, cols]
        window[mask[rows, cols] > 0] = 255
    return out


def _edge(segment: Segment) -> dict[str, Any]:
    """A segment as a pdfplumber edge dict."""
    return {
        "x0": segment.x0, "x1": segment.x1, "top": segment.top, "bottom": segment.bottom,
        "width": segment.x1 - segment.x0, "height": segment.bottom - segment.top,
        "orientation": "h" if segment.horizontal else "v", "object_type": "line",
    }


def segments_to_tables(segments: Sequence[Segment]) -> list[list[BBox]]:
    """Cell boxes per table, tables top to bottom (pdfplumber's edge -> cell -> table chain)."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    if not any(s.horizontal for s in segments) or all(s.horizontal for s in segments):
        return []
    edges = merge_edges([_edge(s) for s in segments], SNAP_PT, SNAP_PT, JOIN_PT, JOIN_PT)
    intersections = edges_to_intersections(edges, SNAP_PT, SNAP_PT)
    cells = intersections_to_cells(intersections)
    tables: list[list[BBox]] = [
        [(float(c[0]), float(c[1]), float(c[2]), float(c[3])) for c in table] for table in cells_to_tables(cells)
    ]
    return sorted(tables, key=lambda t: (min(c[1] for c in t), min(c[0] for c in t)))


def tables_to_parts(tables: Sequence[Sequence[BBox]], glyphs: Sequence[Glyph], page: int) -> list[TablePart]:
    """Ruled tables filled with the page's glyphs (a single framed box is not a table)."""
    parts: list[TablePart] = []
    for cells, bbox in zip(tables, table_boxes(tables)):
        if bbox[2] - bbox[0] < MIN_TABLE_WIDTH_PT:
            continue
        part = cell_boxes_to_part(complete_rows(cells), bbox, glyphs, page, len(parts) + 1)
        if part.n_rows * part.n_cols >= MIN_TABLE_CELLS:
            parts.append(part)
    return parts


def complete_rows(cells: Sequence[BBox]) -> list[BBox]:
    """The cells, with those of a row that stops short of the table's right edge put back, cut
    where the row above is cut: a red seal washed out over a form's last cells takes their rules
    with it (`总分` then `100 | 95.72` under the seal), and the figures there would fall in no cell."""
    out = list(cells)
    right = max(c[2] for c in cells)
    bands = sorted({(round(c[1], 1), round(c[3], 1)) for c in cells})
    for top, bottom in bands:
        row = [c for c in cells if abs(c[1] - top) <= SNAP_PT and abs(c[3] - bottom) <= SNAP_PT]
        reach = max(c[2] for c in row)
        if right - reach <= SNAP_PT or any(_overlaps(c, (reach, top, right, bottom)) for c in cells):
            continue  # nothing missing, or other cells hold that space (a label merged over several rows)
        above = [c for c in cells if abs(c[3] - top) <= SNAP_PT and c[2] > reach + SNAP_PT]
        if not above:
            continue
        cuts = sorted({c[2] for c in above if c[2] > reach + SNAP_PT} | {right})
        edges = [reach, *cuts]
        out += [(x0, top, x1, bottom) for x0, x1 in zip(edges, edges[1:]) if x1 - x0 > SNAP_PT]
    return out


def _overlaps(a: BBox, b: BBox) -> bool:
    """Whether two boxes share more than their edges."""
    return a[0] < b[2] - SNAP_PT and a[2] > b[0] + SNAP_PT and a[1] < b[3] - SNAP_PT and a[3] > b[1] + SNAP_PT


# Pieces of one faint rule: at one height (points), covering at least this share of the span they reach.
RULE_ROW_PT = 1.5
MIN_RULE_COVER = 0.5


def open_rules(segments: Sequence[Segment], tables: Sequence[Sequence[BBox]]) -> list[tuple[float, float, float]]:
    """Horizontal rules outside the ruled tables, as (x0, x1, y): a 三线表's rules for the borderless
    table builder, as a vector page's drawing gives them. A faint rule the scan broke into pieces
    is one rule when its pieces cover most of the span from the first to the last."""
    boxes = table_boxes(tables)
    pieces = sorted((s for s in segments if s.horizontal and not any(
        b[0] - SNAP_PT <= s.x0 and s.x1 <= b[2] + SNAP_PT and b[1] - SNAP_PT <= s.top <= b[3] + SNAP_PT
        for b in boxes)), key=lambda s: s.top)
    rows: list[list[Segment]] = []
    for piece in pieces:
        if rows and piece.top - rows[-1][-1].top <= RULE_ROW_PT:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    rules = []
    for row in rows:
        x0, x1 = min(s.x0 for s in row), max(s.x1 for s in row)
        covered = sum(s.x1 - s.x0 for s in row)  # pieces of one rule do not overlap much
        if x1 - x0 >= MIN_TABLE_WIDTH_PT and covered >= MIN_RULE_COVER * (x1 - x0):
            rules.append((x0, x1, sum(s.top for s in row) / len(row)))
    return rules
