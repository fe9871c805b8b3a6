"""WordprocessingML content walking shared by the DOCX body and table readers.

Two views of the XML are needed: the blocks of a container (paragraphs and
tables, through content controls and other wrappers) and the text of one
paragraph (runs, through hyperlinks, fields, insertions and drawings). Both
skip what Word does not show (deleted and moved-away text) and read only one
branch of an `mc:AlternateContent`: Word stores every text box twice there, as
DrawingML (`mc:Choice`, `wps:txbx`) and as a VML fallback (`v:textbox`), so
reading both would repeat its text.

Text boxes are not paragraph text: a paragraph hands back the `w:txbxContent`
elements anchored in it, and the caller reads them as blocks after it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.reading.docx_numbering import W

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC = (f"{W}{t}" for t in ("p", "tbl", "tr", "tc"))
T, TAB, BR, CR, NB_HYPHEN, DEL, MOVE_FROM, TXBX = (
    f"{W}{t}" for t in ("t", "tab", "br", "cr", "noBreakHyphen", "del", "moveFrom", "txbxContent")
)
ALTERNATE, CHOICE, FALLBACK = (f"{MC}{t}" for t in ("AlternateContent", "Choice", "Fallback"))
# Deleted or moved-away text is not what the reader of the report sees.
HIDDEN = {DEL, MOVE_FROM}


@dataclass
class ParagraphRuns:
    """A paragraph's text split at hard page breaks, and the text boxes anchored in it."""

    segments: list[str] = field(default_factory=lambda: [""])
    boxes: list[Any] = field(default_factory=list)  # `w:txbxContent` elements, in order

    @property
    def text(self) -> str:
        """The text on one line-run, page breaks dropped (table cells have no pages)."""
        return "".join(self.segments)


def is_property(tag: str) -> bool:
    # `w:pPr`, `w:tcPr`, `w:sdtPr`, `w:sectPr`... describe their parent and hold no content.
    return tag.startswith(W) and tag.endswith("Pr")


def chosen_branch(alternate: Any) -> Any | None:
    """The one branch of an `mc:AlternateContent` to read.

    The first `mc:Choice` (the DrawingML text box Word itself shows), unless it
    holds no text while the fallback does (a Choice for a feature whose content
    is only spelled out in the fallback).
    """
    choice = alternate.find(CHOICE)
    fallback = alternate.find(FALLBACK)
    if choice is None:
        return fallback
    if fallback is not None and not _has_text(choice) and _has_text(fallback):
        return fallback
    return choice


def _has_text(element: Any) -> bool:
    return any((t.text or "").strip() for t in element.iter(T))


def _readable_children(element: Any) -> Iterator[Any]:
    """Children whose content Word shows, with an `mc:AlternateContent` replaced by its chosen branch."""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in HIDDEN or tag in (CHOICE, FALLBACK) or is_property(tag):
            continue  # comments, processing instructions; stray Choice/Fallback outside their wrapper
        if tag == ALTERNATE:
            branch = chosen_branch(child)
            if branch is not None:
                yield branch
        else:
            yield child


def block_children(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a block container, in order.

    Wrappers (`w:sdt`/`w:sdtContent`, `w:customXml`, and anything unknown) are
    looked into, so a paragraph inside a content control or a malformed wrapper
    is still read; a table's own rows and cells are not (the table is yielded whole).
    """
    for child in _readable_children(container):
        if child.tag in (P, TBL):
            yield child
        else:
            yield from block_children(child)


def paragraph_runs(p: Any) -> ParagraphRuns:
    runs = ParagraphRuns()
    _collect_runs(p, runs)
    return runs


def _collect_runs(element: Any, runs: ParagraphRuns) -> None:
    for child in _readable_children(element):
        tag = child.tag
        if tag == TXBX:
            runs.boxes.append(child)
        elif tag == T:
            runs.segments[-1] += child.text or ""
        elif tag == TAB:
            runs.segments[-1] += "\t"
        elif tag == BR:
            if child.get(f"{W}type") == "page":
                runs.segments.append("")
            else:
                runs.segments[-1] += "\n"
        elif tag == CR:
            runs.segments[-1] += "\n"
        elif tag == NB_HYPHEN:
            runs.segments[-1] += "-"
        else:
            _collect_runs(child, runs)


def flat_lines(container: Any) -> Iterator[str]:
    """Every paragraph under a container as one line, text boxes after their anchor, tables cell by cell.

    Used where structure is not kept: text boxes in a table cell, and content
    nested deeper than the reader's bound.
    """
    for block in block_children(container):
        if block.tag == P:
            runs = paragraph_runs(block)
            yield runs.text
            for box in runs.boxes:
                yield from flat_lines(box)
        else:
            yield from flat_lines(block)
