"""Page lines to running text: furniture removed, soft line breaks joined.

Running headers, footers and page numbers are found by position and
repetition, not by a list of strings: a line in the top or bottom band of the
page whose text (digits masked) recurs on a good share of the pages is
furniture; so is a lone page-number-shaped line (`- 3 -`, `第3页 共12页`, `3/12`)
in those bands, which covers one-page files.

Paragraphs are rebuilt from geometry. A line that reaches the right margin
continues on the next line; a line that ends well before it, a next line that
is indented, a change of font size, a wide vertical gap, or a next line that
starts like a heading (`一、`, `（一）`, `1.`) ends the paragraph. A large
centred title broken over two lines is joined.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.reading.layout.glyphs import Line, join_wrapped

# Header band and footer band, as a share of the page height.
MARGIN_BAND_SHARE = 0.12
# A band line recurring on this share of the pages (and at least twice) is furniture.
MIN_REPEAT_SHARE = 0.4
# A line ending further than this (em) from the right margin ends its paragraph.
END_TOLERANCE_EM = 1.5
# A line starting further right than this (em) from the left margin is indented.
INDENT_EM = 0.8
# Baseline distance (times the page's usual line pitch) that separates paragraphs.
PARAGRAPH_GAP_FACTOR = 1.6
# Relative change of font size that starts a new paragraph.
SIZE_CHANGE = 0.15
# Share of lines an x0 (or x1) value must hold to count as a margin.
MARGIN_MIN_SHARE = 0.1
# Right margin: this quantile of line ends (justified lines end there; short lines do not matter).
RIGHT_MARGIN_QUANTILE = 0.9
# A title line is centred when its centre is this close (em) to the text block's centre.
CENTRED_EM = 1.0
# Title lines are at least this much bigger than the body text.
TITLE_SIZE_FACTOR = 1.1
# A run of lines this much (em) inside the page's text block on one side is a column with its own margins.
COLUMN_EM = 3.0

HEADING = re.compile(
    r"^\s*(?:"
    r"[一二三四五六七八九十百]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十百]+\s*[）)]"
    r"|\d{1,2}\s*[、．](?!\d)|\d{1,2}\s*\.(?!\d)"
    r"|[（(]\s*\d{1,2}\s*[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节部分条]"
    r"|[①-⑳]"
    r")"
)
PAGE_NUMBER_SHAPE = re.compile(
    r"^(?:[-—–_·•~]*#[-—–_·•~]*|第#页[，,/／]?(?:共#页)?|共#页[，,/／]?第#页|#[/／]#|page#(?:of#)?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LayoutSettings:
    margin_band_share: float = MARGIN_BAND_SHARE
    min_repeat_share: float = MIN_REPEAT_SHARE
    end_tolerance_em: float = END_TOLERANCE_EM
    indent_em: float = INDENT_EM
    paragraph_gap_factor: float = PARAGRAPH_GAP_FACTOR
    size_change: float = SIZE_CHANGE


@dataclass(frozen=True)
class PageLines:
    """A page's text lines (tables already cut out), top to bottom."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Margins:
    left: float
    right: float

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


def furniture_key(text: str) -> str:
    """A line's text with whitespace removed and every number masked, to match across pages."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def in_margin_band(line: Line, height: float, share: float) -> bool:
    return line.top < share * height or line.bottom > (1 - share) * height


def find_furniture(pages: Sequence[PageLines], settings: LayoutSettings) -> list[set[int]]:
    """For each page, the indices of its lines that are running headers, footers or page numbers."""
    band_keys: list[dict[int, str]] = []
    key_pages: defaultdict[str, set[int]] = defaultdict(set)
    # A heading in a larger type than the body (each annexed form's `项目支出绩效自评表` atop its page) is
    # content however often it comes, and so is an annex's label (`附件2`).
    heading_size = body_size([line for page in pages for line in page.lines]) * (1 + settings.size_change)
    for page_index, page in enumerate(pages):
        keys = {
            i: furniture_key(line.text)
            for i, line in enumerate(page.lines)
            if in_margin_band(line, page.height, settings.margin_band_share)
            and (line.size <= heading_size or PAGE_NUMBER_SHAPE.match(furniture_key(line.text)))
            and not ANNEX_LABEL.match(line.text.strip())
        }
        band_keys.append(keys)
        for key in keys.values():
            key_pages[key].add(page_index)
    text_pages = sum(1 for page in pages if page.lines)
    min_pages = max(2, math.ceil(settings.min_repeat_share * text_pages))
    found_by_page = [{i for i, key in keys.items() if PAGE_NUMBER_SHAPE.match(key) or len(key_pages[key]) >= min_pages}
                     for keys in band_keys]
    # A header or footer stands between the page's edge and its content: a line with content
    # between it and the edge (a short last page's signature under its last sentence) is content,
    # and counts for no repeat.
    found_by_page = [_at_the_edge(page, found) for page, found in zip(pages, found_by_page)]
    # A running header is printed in one style: it repeats in its own size (the unit's name as a cover
    # line in large type, then as the signature atop a short last page, is content both times).
    seen: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    for page_index, (page, keys, found) in enumerate(zip(pages, band_keys, found_by_page)):
        for i in found:
            seen[keys[i]].append((page_index, page.lines[i].size))

    def repeated(key: str, size: float) -> bool:
        same_style = {k for k, other in seen[key] if max(size, other) <= SAME_STYLE_RATIO * min(size, other)}
        return len(same_style) >= min_pages

    furniture = []
    for page, keys, found in zip(pages, band_keys, found_by_page):
        found = {i for i in found if PAGE_NUMBER_SHAPE.match(keys[i]) or repeated(keys[i], page.lines[i].size)}
        furniture.append(_outermost_of_each_key(page, keys, found))
    return _title_as_header(pages, band_keys, _facing_page_furniture(pages, band_keys, furniture))


SAME_STYLE_RATIO = 1.2  # furniture repeated across pages keeps its size within this ratio
ANNEX_LABEL = re.compile(r"^附[件表]\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?$")


def _at_the_edge(page: PageLines, found: set[int]) -> set[int]:
    """The found lines with only found lines between them and the nearer edge of the page."""
    order = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
    kept: set[int] = set()
    for run in (order, order[::-1]):
        for i in run:
            if i not in found:
                break
            kept.add(i)
    return kept


def _outermost_of_each_key(page: PageLines, keys: dict[int, str], found: set[int]) -> set[int]:
    """A running header is printed once a page: where its text comes twice in a band (the unit's
    name as header, then as the first line of the title), the line nearer the middle is content."""
    kept = set(found)
    for key in {keys[i] for i in found}:
        same = [i for i in found if keys[i] == key]
        for band in ([i for i in same if page.lines[i].top < page.height / 2],
                     [i for i in same if page.lines[i].top >= page.height / 2]):
            if len(band) > 1:
                outer = min(band, key=lambda i: min(page.lines[i].top, page.height - page.lines[i].bottom))
                kept -= set(band) - {outer}
    return kept


# A running header on facing pages alternates (the unit's name on even pages, the report's title
# on odd ones): a page's outermost line at the height where other pages carry furniture is too.
SAME_HEIGHT_PT = 1.5


def _facing_page_furniture(pages: Sequence[PageLines], band_keys: list[dict[int, str]],
                           furniture: list[set[int]]) -> list[set[int]]:
    heights: defaultdict[int, list[tuple[int, float]]] = defaultdict(list)  # page width -> (page, top)
    for page_index, (page, found) in enumerate(zip(pages, furniture)):
        heights[round(page.width)].extend((page_index, page.lines[i].top) for i in found)
    out = []
    for page_index, (page, keys, found) in enumerate(zip(pages, band_keys, furniture)):
        outermost = {0, len(page.lines) - 1} & keys.keys()
        others = [top for k, top in heights[round(page.width)] if k != page_index]
        extra = {i for i in outermost - found
                 if any(abs(page.lines[i].top - top) <= SAME_HEIGHT_PT for top in others)}
        out.append(found | extra)
    return out


# The title's lines at the top of the first page, looked at for a header that repeats it.
TITLE_LINES = 3
_REPORT_TITLE = re.compile(r"报告|自评")


def _title_as_header(pages: Sequence[PageLines], band_keys: list[dict[int, str]],
                     furniture: list[set[int]]) -> list[set[int]]:
    """The report's title repeated at the edge of a later page in smaller type: a running header,
    though a two-page report prints it once (its first page carries the title instead)."""
    first = next((k for k, page in enumerate(pages) if page.lines), None)
    if first is None:
        return furniture
    top = sorted(pages[first].lines, key=lambda line: line.top)[:TITLE_LINES]
    # the whole title, not the unit's name above it (a short last page's signature repeats that)
    titles = {key for n in range(1, len(top) + 1)
              if _REPORT_TITLE.search(key := furniture_key("".join(line.text for line in top[:n])))}
    title_size = min(line.size for line in top)
    out = []
    for page_index, (page, keys, found) in enumerate(zip(pages, band_keys, furniture)):
        outermost = {0, len(page.lines) - 1} & keys.keys() if page_index > first else set()
        out.append(found | {i for i in outermost if keys[i] in titles and page.lines[i].size < title_size})
    return out


def margins_of(lines: Sequence[Line]) -> Margins:
    """Left margin: the leftmost x0 shared by enough lines; right: a high quantile of x1."""
    if not lines:
        return Margins(0.0, 0.0)
    threshold = max(2, MARGIN_MIN_SHARE * len(lines))
    counts = Counter(round(line.x0) for line in lines)
    common = sorted(x for x, n in counts.items() if n >= threshold)
    left = float(common[0]) if common else min(line.x0 for line in lines)
    ends = sorted(line.x1 for line in lines)
    right = ends[min(len(ends) - 1, int(RIGHT_MARGIN_QUANTILE * len(ends)))]
    return Margins(left, right)


def line_pitch(lines: Sequence[Line]) -> float | None:
    """The usual distance between baselines of consecutive lines of one size."""
    steps = [
        b.baseline - a.baseline
        for a, b in zip(lines, lines[1:])
        if abs(a.size - b.size) < 0.5 and 0 < b.baseline - a.baseline < 3 * a.size
    ]
    return statistics.median(steps) if steps else None


def body_size(lines: Sequence[Line]) -> float:
    """The font size carrying most of the text."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def is_heading(text: str) -> bool:
    return bool(HEADING.match(text))


def reaches_right(line: Line, margins: Margins, settings: LayoutSettings) -> bool:
    """The line ends at the right margin, give or take a character or two; a line that ends mid-sentence
    (no closing punctuation) may end further from it: a number and its unit (`纠纷68` / `起，…`) or a long
    figure are not split where the margin falls."""
    tolerance = settings.end_tolerance_em if _ENDS_CLAUSE.search(line.text) else UNFINISHED_END_TOLERANCE_EM
    return line.x1 >= margins.right - tolerance * line.size


# Punctuation that may close a paragraph's last line; a line ending otherwise is cut mid-sentence.
_ENDS_CLAUSE = re.compile(r"[。；;：:！!？?）)」』”\]】]\s*$")
UNFINISHED_END_TOLERANCE_EM = 2.5


def is_indented(line: Line, margins: Margins, settings: LayoutSettings) -> bool:
    return line.x0 > margins.left + settings.indent_em * line.size


def is_title_continuation(previous: Line, line: Line, margins: Margins, size: float) -> bool:
    """A big centred line that filled the width, followed by a centred line of the same size."""
    if not (previous.size >= TITLE_SIZE_FACTOR * size and abs(previous.size - line.size) < 0.5):
        return False
    centred = [abs((ln.x0 + ln.x1) / 2 - margins.center) <= CENTRED_EM * ln.size for ln in (previous, line)]
    gap_ok = line.baseline - previous.baseline <= 2.2 * previous.size
    return all(centred) and gap_ok and previous.x1 >= margins.right - END_TOLERANCE_EM * previous.size


def starts_paragraph(
    previous: Line,
    line: Line,
    margins: Margins,
    pitch: float | None,
    size: float,
    settings: LayoutSettings,
) -> bool:
    """Whether `line` begins a new paragraph rather than continuing `previous`."""
    if is_title_continuation(previous, line, margins, size):
        return False
    if is_heading(line.text):
        return True
    if abs(line.size - previous.size) > settings.size_change * max(line.size, previous.size):
        return True
    if not reaches_right(previous, margins, settings):
        return True
    if is_indented(line, margins, settings):
        return True
    if pitch is not None and line.baseline - previous.baseline > settings.paragraph_gap_factor * pitch:
        return True
    return False


def lines_to_paragraphs(
    lines: Sequence[Line], margins: Margins, size: float, settings: LayoutSettings
) -> list[list[Line]]:
    """Group a page's body lines into paragraphs (a column at a time, each with its own margins)."""
    paragraphs: list[list[Line]] = []
    before: Margins | None = None  # the margins of the column read before this one
    lines = after_side_boxes([line for line in lines if not is_note_mark(line, size)], margins)
    for column in column_runs(lines):
        here = column_margins(column, margins)
        pitch = line_pitch(column)
        for k, line in enumerate(column):
            if k and not starts_paragraph(column[k - 1], line, here, pitch, size, settings):
                paragraphs[-1].append(line)
            elif not k and before is not None and paragraphs and _runs_on_into(paragraphs[-1][-1], line, before, here, settings):
                paragraphs[-1].append(line)  # a paragraph cut at the foot of the left column goes on at the top of the right
            else:
                paragraphs.append([line])
        before = here
    return paragraphs


# A text box beside the running text (`得分：92.5` / `等级：优秀` to the right of the paragraph that
# wraps short of it) starts at least this far into the text block, and the lines beside it end
# before it starts.
SIDE_BOX_SHARE = 0.5
SIDE_BOX_WRAP_EM = 3.0


def after_side_boxes(lines: Sequence[Line], margins: Margins) -> list[Line]:
    """The lines with each box beside the running text moved after the text it stands beside,
    instead of interleaved with it line by line."""
    width = margins.right - margins.left
    if width <= 0:
        return list(lines)
    side = [k for k, line in enumerate(lines) if line.x0 >= margins.left + SIDE_BOX_SHARE * width]
    if len(side) < 2:
        return list(lines)
    first, last = side[0], side[-1]
    inside = [k for k in range(first, last + 1) if k not in side]
    box_left = min(lines[k].x0 for k in side)
    if not inside or any(lines[k].x1 >= box_left for k in inside) or not all(lines[k].x0 < box_left for k in inside):
        return list(lines)
    # the running text beside the box goes on after it, until its first line wider than the box's left edge
    end = last + 1
    while end < len(lines) and lines[end].x1 < box_left and lines[end].x0 < box_left and not is_heading(lines[end].text):
        end += 1
    # A line beside the box that runs up to it was wrapped by it: for the paragraphs, it is full.
    beside = {k: replace(lines[k], x1=margins.right) for k in (*range(max(first - 1, 0), first), *inside,
                                                              *range(last + 1, end))
              if 0 < box_left - lines[k].x1 <= SIDE_BOX_WRAP_EM * lines[k].size}
    order = [*range(first), *inside, *range(last + 1, end), *side, *range(end, len(lines))]
    return [beside.get(k, lines[k]) for k in order]


# A footnote's mark raised beside the text (`其他收¹入`) comes out as a line of its own: a number or
# sign of at most this many characters, set this much smaller than the body.
NOTE_MARK = re.compile(r"^[\d*＊†‡①-⑳]{1,3}$")
NOTE_MARK_SIZE = 0.75


def is_note_mark(line: Line, body_size: float) -> bool:
    """Whether a line is a footnote's superscript mark alone (no text of the report)."""
    return bool(body_size) and line.size <= NOTE_MARK_SIZE * body_size and bool(NOTE_MARK.match(line.text.strip()))


def _runs_on_into(last: Line, first: Line, before: Margins, here: Margins, settings: LayoutSettings) -> bool:
    """Whether the last line of one column, filled to its right edge, goes on in the next column."""
    return (before != here and reaches_right(last, before, settings) and not is_indented(first, here, settings)
            and not is_heading(first.text) and last.text.rstrip()[-1:] not in "。！？；:：")


def column_runs(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines cut where reading goes back up the page: the columns of a two-column block
    (`layout.columns`) and the text around them. A one-column page is one run."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and line.baseline >= runs[-1][-1].baseline - 0.5 * line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def column_margins(column: Sequence[Line], page: Margins) -> Margins:
    """A column's own margins when it is narrower than the page's text block; else the page's."""
    if len(column) < 3:
        return page
    size = statistics.median(line.size for line in column)
    own = margins_of(column)
    narrower = own.right < page.right - COLUMN_EM * size or own.left > page.left + COLUMN_EM * size
    return own if narrower else page


def paragraph_text(paragraph: Sequence[Line]) -> str:
    return join_wrapped(line.text for line in paragraph)


def continues_on_next_page(
    last: Line, first: Line, margins: Margins, size: float, settings: LayoutSettings
) -> bool:
    """Whether the paragraph ending a page with `last` goes on with `first` on the next page."""
    return (
        reaches_right(last, margins, settings)
        and not is_indented(first, margins, settings)
        and not is_heading(first.text)
        and abs(first.size - last.size) <= settings.size_change * max(first.size, last.size)
        and abs(last.size - size) <= settings.size_change * size
    )
