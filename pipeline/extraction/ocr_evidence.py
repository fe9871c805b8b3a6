"""Carry OCR evidence to the extracted values: each value's box on the page and its confidence.

Readers give an OCR'd page (and an OCR'd table cell) an `OcrTrace`: the box
and confidence of every character of its text. After extraction, each value's
provenance is looked up in it: a value read from running text by its
character span (normalized offsets mapped back to the reader's raw text), a
value read from a table by its cell. The provenance gets the box around the
value and the confidence of its least sure character; each figure gets the
confidence of its own characters (a project's budget and spending are found
inside the project's span or row), which is what the rules need to tell a
report's contradiction from a misread digit; a budget figure read alike in
several places is as sure as its surest reading. Documents without OCR pass
through untouched.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from schemas.document import BBox, Cell, Document, OcrTrace, Table
from schemas.facts import BudgetItem, Indicator, Metric, Project, ReportFacts
from schemas.figures import Figure
from schemas.provenance import Provenance
from schemas.text import NormalizedText

_NUMBER = re.compile(r"\d[\d,，.]*\d|\d")


@dataclass(frozen=True)
class Located:
    """Where a value was read on an OCR'd page: the text it belongs to and its span in it."""

    text: str
    trace: OcrTrace
    start: int
    end: int

    def evidence(self) -> tuple[BBox, float] | None:
        return self.trace.span(self.start, self.end)

    def figure_evidence(self, stated: str) -> tuple[BBox, float] | None:
        """Box and confidence of a figure's own number inside this span (the whole span if not found)."""
        found = _NUMBER.search(stated)
        window = self.text[self.start:self.end]
        if found:
            token = found.group()
            at = window.find(token)
            if at < 0:
                plain = re.sub(r"[,，]", "", token)
                at = re.sub(r"[,，]", "", window).find(plain)
                at = -1 if at < 0 else _unplain_offset(window, at)
                token = plain
            if at >= 0:
                end = _extend(window, at, len(token))
                span = self.trace.span(self.start + at, self.start + end)
                if span is not None:
                    return span
        return self.evidence()


def _unplain_offset(window: str, plain_at: int) -> int:
    """Offset in `window` of the character at `plain_at` in `window` without commas."""
    seen = 0
    for k, ch in enumerate(window):
        if ch in ",，":
            continue
        if seen == plain_at:
            return k
        seen += 1
    return -1


def _extend(window: str, at: int, digits: int) -> int:
    """End offset after `digits` non-comma characters from `at`."""
    k, left = at, digits
    while k < len(window) and left:
        if window[k] not in ",，":
            left -= 1
        k += 1
    return k


class OcrEvidence:
    """Looks up provenances in a document's OCR traces."""

    def __init__(self, document: Document, normalized: NormalizedText) -> None:
        self.document = document
        self.normalized = normalized
        self.page_starts = [bisect.bisect_left(normalized.origin, raw) for raw in normalized.raw_page_starts]

    def locate(self, p: Provenance) -> Located | None:
        if p.page is None or not 0 < p.page <= len(self.document.pages):
            return None
        page = self.document.pages[p.page - 1]
        if p.table is not None:
            return self._in_table(page.tables, p)
        if page.ocr is None or p.char_start is None or p.char_end is None or p.char_end <= p.char_start:
            return None
        base = self.page_starts[p.page - 1]
        origin = self.normalized.origin
        first, last = base + p.char_start, base + p.char_end - 1
        if not 0 <= first <= last < len(origin):
            return None
        raw_base = self.normalized.raw_page_starts[p.page - 1]
        return Located(page.text, page.ocr, origin[first] - raw_base, origin[last] - raw_base + 1)

    def _in_table(self, tables: tuple[Table, ...], p: Provenance) -> Located | None:
        if p.table is None or not 0 <= p.table < len(tables) or p.row is None:
            return None
        table = tables[p.table]
        cells = {(c.row, c.col): c for c in table.cells}
        origins = table.origin_grid()
        if not 0 <= p.row < len(origins):
            return None
        columns = [p.col] if p.col is not None else range(table.n_cols)
        picked: list[Cell] = []
        for col in columns:
            if 0 <= col < table.n_cols and origins[p.row][col] is not None:
                cell = cells.get(origins[p.row][col])  # type: ignore[arg-type]
                if cell is not None and cell.ocr is not None and cell not in picked:
                    picked.append(cell)
        if not picked:
            return None
        if len(picked) == 1:
            return Located(picked[0].text, picked[0].ocr, 0, len(picked[0].text))  # type: ignore[arg-type]
        return _row_located(picked)

    def provenance(self, p: Provenance, located: Located | None = None) -> Provenance:
        located = located or self.locate(p)
        found = located.evidence() if located else None
        return replace(p, bbox=found[0], confidence=round(found[1], 4)) if found else p

    def figure(self, figure: Figure | None, located: Located | None) -> Figure | None:
        if figure is None or located is None:
            return figure
        found = located.figure_evidence(figure.stated)
        return replace(figure, confidence=round(found[1], 4)) if found else figure


def _row_located(cells: list[Cell]) -> Located:
    """Several cells of a row as one text (joined by a space) with one trace."""
    text = ""
    offsets: list[int] = []
    boxes: list[BBox] = []
    confidences: list[float] = []
    for cell in cells:
        if text:
            text += " "
        trace = cell.ocr
        assert trace is not None
        offsets.extend(len(text) + o for o in trace.offsets)
        boxes.extend(trace.boxes)
        confidences.extend(trace.confidences)
        text += cell.text
    return Located(text, OcrTrace(tuple(offsets), tuple(boxes), tuple(confidences)), 0, len(text))


def attach_ocr_evidence(facts: ReportFacts, document: Document, normalized: NormalizedText) -> ReportFacts:
    """The facts with OCR boxes and confidences on every value read from an OCR'd page or cell."""
    if not any(page.ocr is not None or any(c.ocr for t in page.tables for c in t.cells) for page in document.pages):
        return facts
    look = OcrEvidence(document, normalized)

    def item(b: BudgetItem) -> BudgetItem:
        where = look.locate(b.provenance)
        figure = look.figure(b.figure, where) or b.figure
        # The same digits read in another place too (a table restating the narrative): two readings
        # agreeing are as sure as the surer of them.
        for other in (look.locate(c) for c in b.corroborations):
            again = look.figure(b.figure, other) if other is not None else None
            if again is not None and again.confidence is not None and figure.confidence is not None:
                figure = replace(figure, confidence=max(figure.confidence, again.confidence))
        return replace(b, provenance=look.provenance(b.provenance, where), figure=figure)

    def project(p: Project) -> Project:
        where = look.locate(p.provenance)
        return replace(p, provenance=look.provenance(p.provenance, where), budget=look.figure(p.budget, where),
                       executed=look.figure(p.executed, where), execution_rate=look.figure(p.execution_rate, where))

    def indicator(i: Indicator) -> Indicator:
        where = look.locate(replace(i.provenance, col=None)) if i.provenance.table is not None else look.locate(i.provenance)
        return replace(i, provenance=look.provenance(i.provenance, where), weight=look.figure(i.weight, where),
                       score=look.figure(i.score, where))

    def metric(m: Metric) -> Metric:
        where = look.locate(m.provenance)
        return replace(m, provenance=look.provenance(m.provenance, where), figure=look.figure(m.figure, where) or m.figure)

    meta_provenance = {name: look.provenance(p) for name, p in facts.meta.provenance.items()}
    return replace(
        facts,
        meta=replace(facts.meta, provenance=meta_provenance),
        budget_items=tuple(item(b) for b in facts.budget_items),
        projects=tuple(project(p) for p in facts.projects),
        indicators=tuple(indicator(i) for i in facts.indicators),
        metrics=tuple(metric(m) for m in facts.metrics),
        breakdowns=tuple(
            replace(b, total=look.figure(b.total, look.locate(b.provenance)) or b.total,
                    parts=tuple((label, look.figure(f, look.locate(b.provenance)) or f) for label, f in b.parts))
            for b in facts.breakdowns
        ),
    )
