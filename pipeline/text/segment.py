"""Stage 3, segment: sections from headings, sentences from sentence punctuation.

Each line of the normalized text is a paragraph. Headings are recognised by
their numbering style (`schemas.text.headings`); a section runs to the next heading
of the same or a higher level. Sentences are those spaCy's blank `zh` (jieba
segmenter) with a sentencizer on Chinese sentence punctuation finds, computed
without them (`pipeline.text.sentences`), then cut at every line end.
"""
from __future__ import annotations

import re

from pipeline.text.sentences import sentence_bounds
from schemas.document import Document
from schemas.text import NormalizedText, Section, SegmentedDocument, Span
from schemas.text.headings import match_heading

# Texts are split in chunks at line ends, as when spaCy (max_length 1,000,000) read them.
CHUNK_CHARS = 200_000


def segment(document: Document, normalized: NormalizedText) -> SegmentedDocument:
    text = normalized.text
    return SegmentedDocument(
        document=document,
        normalized=normalized,
        sections=tuple(find_sections(text)),
        sentences=tuple(find_sentences(text)),
        page_starts=tuple(_page_starts(normalized)),
    )


# A table of contents: `目录` alone on its line, then the headings it lists.
_CONTENTS = re.compile(r"^\s*目\s*录\s*$")
_SENTENCE_MARK = re.compile(r"[。；;！？!?]")


def _contents_end(lines: list[re.Match[str]], at: int) -> int:
    """Where a table of contents that starts at line `at` ends: at the first heading it already listed
    (the body starts over, `一、部门概况` again), or at the first line of prose."""
    listed: set[str] = set()
    for m in lines[at + 1:]:
        heading = match_heading(m.group(0))
        if heading is not None and heading.title in listed:
            return m.start()
        if _SENTENCE_MARK.search(m.group(0)) or len(m.group(0).strip()) > MAX_CONTENTS_LINE:
            return m.start()
        if heading is not None:
            listed.add(heading.title)
    return lines[-1].end() if lines else 0


MAX_CONTENTS_LINE = 60


def find_sections(text: str) -> list[Section]:
    headings: list[tuple[int, int, str]] = []  # (offset, level, title)
    lines = list(re.finditer(r"[^\n]+", text))
    contents_end = -1
    for k, m in enumerate(lines):
        if m.start() < contents_end:
            continue  # a line of the table of contents names a section, it does not open one
        if _CONTENTS.match(m.group(0)):
            contents_end = _contents_end(lines, k)
            continue
        heading = match_heading(m.group(0))
        if heading is not None:
            headings.append((m.start(), heading.level, heading.title))
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    for i, (start, level, title) in enumerate(headings):
        end = len(text)
        for later_start, later_level, _ in headings[i + 1:]:
            if later_level <= level:
                end = later_start
                break
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        sections.append(Section(level, title, start, end, tuple(t for _, t in stack)))
    return sections


def find_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    for base, chunk in _chunks(text):
        for start, stop in sentence_bounds(chunk):
            # The sentencizer attaches a following bracket or line to the sentence; a line end closes it.
            s = base + start
            end = base + stop
            while s < end:
                cut = text.find("\n", s, end)
                e = end if cut < 0 else cut + 1
                if text[s:e].strip():
                    spans.append(Span(s, e))
                s = e
    return _move_openers(text, spans)


_OPENERS = "“‘(（《〔【"


def _move_openers(text: str, spans: list[Span]) -> list[Span]:
    """The sentencizer leaves an opening quote or bracket at the end of the previous sentence."""
    out: list[Span] = []
    carry: int | None = None
    for span in spans:
        start = carry if carry is not None else span.start
        end = span.end
        carry = None
        while end > start and text[end - 1] in _OPENERS:
            end -= 1
        if end < span.end:
            carry = end
        if end > start:
            out.append(Span(start, end))
        elif carry is None:
            carry = start
    return out


def _chunks(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def _page_starts(normalized: NormalizedText) -> list[int]:
    """Normalized offset of each page's first character."""
    import bisect

    starts: list[int] = []
    for raw_start in normalized.raw_page_starts:
        starts.append(bisect.bisect_left(normalized.origin, raw_start))
    return starts
