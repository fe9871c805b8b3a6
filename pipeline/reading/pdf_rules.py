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


def horizontal_rules(page: pdfium.PdfPage) -> tuple[HRule, ...]:
    """The page's horizontal rules, top-down y, top to bottom."""
    top = page.get_mediabox()[3]
    rules = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=MAX_OBJECT_DEPTH):
        left, bottom, right, upper = obj.get_bounds()
        if upper - bottom <= RULE_MAX_THICKNESS_PT and right - left >= RULE_MIN_LENGTH_PT:
            rules.append(HRule(left, right, top - (upper + bottom) / 2))
    return tuple(sorted(rules, key=lambda r: r.y))
