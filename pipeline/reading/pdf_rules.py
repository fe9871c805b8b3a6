"""Horizontal rules a PDF page draws, for the borderless-table builder (`layout.aligned`).

A 三线表 has no vertical lines, so the ruled-table path never sees it; its
thick top rule, thin header rule and thick bottom rule still say where the
table starts, where its header ends and where it stops. Any thin, long,
horizontal path counts (a stroked line or a filled thin rectangle).
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading.layout.aligned import HRule

# A path this thin (pt) and this long is a horizontal rule.
RULE_MAX_THICKNESS_PT = 4.0
RULE_MIN_LENGTH_PT = 30.0
MAX_OBJECT_DEPTH = 4


def rule_of_bounds(left: float, bottom: float, right: float, upper: float, page_top: float) -> HRule | None:
    """A path's bounds (PDF points, y up) as a horizontal rule (top-down y), if it is one."""
    if upper - bottom <= RULE_MAX_THICKNESS_PT and right - left >= RULE_MIN_LENGTH_PT:
        return HRule(left, right, page_top - (upper + bottom) / 2)
    return None


def sorted_rules(rules: list[HRule]) -> tuple[HRule, ...]:
    return tuple(sorted(rules, key=lambda r: r.y))


def horizontal_rules(page: pdfium.PdfPage) -> tuple[HRule, ...]:
    """The page's horizontal rules, top-down y, top to bottom.

    The PDF reader gets the same from its one walk over the page's objects
    (`pdf_drawing.page_drawing(...).rules`); this is the plain form, for tests.
    """
    top = page.get_mediabox()[3]
    rules = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=MAX_OBJECT_DEPTH):
        left, bottom, right, upper = obj.get_bounds()
        rule = rule_of_bounds(left, bottom, right, upper, top)
        if rule is not None:
            rules.append(rule)
    return sorted_rules(rules)
