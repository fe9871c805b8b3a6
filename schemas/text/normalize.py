"""Stage 2, normalize: one clean text per document, with a map back to the raw text.

NFKC (full-width digits and punctuation), odd operators, spaces inside figures
and Chinese words, thousands separators, `、` as decimal mark, Markdown markup,
Word field codes, lines broken mid-sentence or mid-number by page breaks, and
traditional characters (繁體) mapped to simplified ones for matching.
The pages' raw texts are joined with form feeds; every normalized character
remembers its raw offset, so provenance stays exact.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from schemas.document import Document
from schemas.text import NormalizedText
from schemas.text.cn_numerals import PERCENT_IN_WORDS, SCORE_IN_WORDS, percent_figure, score_figure
from schemas.text.hanzi import simplified_char
from schemas.text.headings import MAX_HEADING_CHARS, is_title_line, match_heading, numbering_of
from schemas.text.site_chrome import chrome_marks, drop_site_chrome, is_page_line
from schemas.text.textmap import TextMap

PAGE_BREAK = "\f"
# Formats whose line breaks are layout, not structure: soft breaks are guessed.
GUESS_LINE_BREAKS = frozenset({"txt", "md"})

_EXTRA_MAP = {
    "≧": "≥", "≦": "≤", "═": "=", "＝": "=", "\u3000": " ", "\xa0": " ", "\u200b": "",
    "\ufeff": "", "\r": "", "\t": " ", "﹪": "%", "‰": "‰", "兀": "兀",
}
_KEEP = frozenset("“”‘’、。〔〕【】《》")  # NFKC would not change these; listed for clarity
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"。，、；：？！“”‘’（）《》〔〕【】…—·"

_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ ]*", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*(?=\S)|(?<=\S)\*|`)")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_QUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.M)
_MD_RULE = re.compile(r"^[ ]{0,3}(?:-{3,}|\*{3,}|_{3,})[ ]*$", re.M)
_FIELD_CODE = re.compile(r"\s*(?:PAGEREF|HYPERLINK|TOC|REF)\s+\\?[_A-Za-z][_A-Za-z0-9]*(?:\s+\\?[a-z])*(?:\s+\d+)?")
# Pinyin glosses aggregator pages put after each character: `項(xiàng)目`, `自評(pí\ng)`.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(rf"(?<=[{_CJK}])\((?=[a-zü\n]*[{_TONED}])[a-zü{_TONED}\n]{{1,8}}\)")
# A page number alone on its line: `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 12 页`, `3/12`.
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")
# Running header/footer lines beside a page number: short, and repeated elsewhere in the text.
MAX_FURNITURE_CHARS = 60
FURNITURE_REACH = 2  # lines on each side of a page number that may be its header or footer
# Thousands grouped by spaces: `1 036.52万元`, `12 345 678元` (a money unit must follow; a percent
# never has thousands: `20 100%` is two cells of a flattened row, points and a rate).
_SPACE_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?:\.\d+(?=\s*(?:万元|亿元|元|万))|(?=\s*(?:万元|亿元|元)))")
_SPACED_DIGITS = re.compile(r"(?<![\d.])\d(?: \d){2,}(?![\d.])")
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}\d%.,:;()]) +(?=[{_CJK}{_CJK_PUNCT}])|(?<=[{_CJK}{_CJK_PUNCT}]) +(?=[\d%.,:;()A-Za-z≥≤=<>])")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d) +(?=[.%])|(?<=\.) +(?=\d)|(?<=[≥≤=<>]) +(?=\d)")
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
# A figure a line or page break cut (`项目支出1688` / `.46万元`, `206,` / `221.09元`): no line starts with a
# decimal point, nor a group of three digits after a line ending in a thousands comma (page breaks too).
_BROKEN_NUMBER = re.compile(r"(?<=\d)[ \t]*[\n\f]+[ \t]*(?=\.\d)|(?<=\d[,，])[ \t]*[\n\f]+[ \t]*(?=\d{3}(?!\d))")
_DUNHAO_DECIMAL = re.compile(r"(?<=\d)、(?=\d{1,4}(?:万元|元|亿元))")
_SPACES = re.compile(r" {2,}")
_LINE_EDGE_SPACES = re.compile(r"^ +| +$", re.M)
_LEADING_BREAKS = re.compile(r"^\n+")
_FIGURE_START = re.compile(r"^\d[\d,.]*\s*(?:%|万元|亿元|千元|元|个百分点)")
# A date alone on its line (a signature's date) is never part of the sentence before it.
_DATE_LINE = re.compile(r"^\s*(?:20\d{2}|二〇[一二三四五六七八九〇]{2})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日\s*$")
# A bracketed year alone on its line under a table's title (`（2022年度）`) ends that line.
_YEAR_LINE = re.compile(r"^\s*[(（]\s*20\d{2}\s*年度?\s*[)）]\s*$")
_TERMINAL = tuple("。！？；：!?;:")
_CLAUSE_END = ("；", ";")
_LABEL_END = ("：", ":")


def normalize_char(ch: str, simplify: bool = True) -> str:
    """One character normalized: NFKC, odd operators, and (for matching) traditional to simplified
    (`hanzi`, one character for one, so offsets stay exact). `simplify=False` gives the character as
    written, NFKC aside: what stored values keep (`pipeline.extraction.written`)."""
    if ch in _EXTRA_MAP:
        return _EXTRA_MAP[ch]
    if ch in _KEEP or ch == PAGE_BREAK or ch == "\n":
        return ch
    out = unicodedata.normalize("NFKC", ch)
    return simplified_char(out) if simplify and len(out) == 1 else out


def normalize_document(document: Document) -> NormalizedText:
    raw_pages = [page.text for page in document.pages]
    raw_text = PAGE_BREAK.join(raw_pages)
    starts: list[int] = []
    pos = 0
    for page_text in raw_pages:
        starts.append(pos)
        pos += len(page_text) + 1
    tm = normalize_text(TextMap.identity(raw_text), document.source_format)
    return NormalizedText(tm.text, tm.origin, raw_text, tuple(starts))


def normalize_text(tm: TextMap, source_format: str = "txt") -> TextMap:
    """The normalization passes, in order; each keeps the back-map."""
    tm = tm.map_chars(normalize_char)
    if source_format == "md":
        tm = _strip_markdown(tm)
    tm = tm.sub(_FIELD_CODE, lambda m: "")
    tm = tm.sub(_PINYIN_GLOSS, lambda m: "")
    tm = _drop_page_furniture(tm)
    tm = drop_site_chrome(tm)
    tm = _split_run_on_headings(tm)
    tm = tm.sub(_BROKEN_NUMBER, lambda m: "")
    wrapped = looks_hard_wrapped(tm.text)
    tm = _join_lines(tm, guess=source_format in GUESS_LINE_BREAKS or wrapped, wrapped=wrapped)
    tm = tm.sub(_SPACE_THOUSANDS, lambda m: m.group(0).replace(" ", ""))
    tm = tm.sub(_SPACED_DIGITS, lambda m: m.group(0).replace(" ", ""))
    tm = tm.sub(_SPACE_IN_NUMBER, lambda m: "")
    tm = tm.sub(_SPACE_NEAR_CJK, lambda m: "")
    tm = tm.sub(_THOUSANDS, lambda m: m.group(0).replace(",", ""))
    tm = tm.sub(PERCENT_IN_WORDS, percent_figure)
    tm = tm.sub(SCORE_IN_WORDS, score_figure)
    tm = tm.sub(_DUNHAO_DECIMAL, lambda m: ".")
    tm = tm.sub(_SPACES, lambda m: " ")
    tm = tm.sub(_LINE_EDGE_SPACES, lambda m: "")
    tm = tm.sub(_LEADING_BREAKS, lambda m: "")
    return tm


def _strip_markdown(tm: TextMap) -> TextMap:
    # Heading markers go, but the line stays a line of its own: mark it with a
    # trailing hard break by keeping its newline (handled in _join_lines via _HARD).
    tm = tm.sub(_MD_HEADING, lambda m: "\x00")
    tm = tm.sub(_MD_LINK, lambda m: m.group(1))
    tm = tm.sub(_MD_EMPHASIS, lambda m: "")
    tm = tm.sub(_MD_QUOTE, lambda m: "")
    tm = tm.sub(_MD_RULE, lambda m: "")
    return tm


def _drop_page_furniture(tm: TextMap) -> TextMap:
    """Page numbers left in a text (a PDF saved as text, a page pasted from a viewer), with the
    running header or footer beside them, go; a sentence they cut continues across them
    (`预算1688` / `- 3 -` / `.46万元`), so they become a soft page break there."""
    text = tm.text
    spans = _line_spans(text)
    lines = [text[s:e].strip() for s, e in spans]
    counts = Counter(line for line in lines if line)
    furniture: set[int] = set(_running_lines(text, spans, lines, counts))
    for i, line in enumerate(lines):
        if not line or not PAGE_NUMBER_LINE.match(line):
            continue
        furniture.add(i)
        for step in (-1, 1):
            j, taken = i, 0
            while 0 <= j + step < len(lines) and taken < FURNITURE_REACH:
                j += step
                if not lines[j]:
                    continue
                if counts[lines[j]] < 2 or len(lines[j]) > MAX_FURNITURE_CHARS or j in furniture:
                    break
                furniture.add(j)
                taken += 1
    if not furniture:
        return tm
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        if i not in furniture:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (j + 1 in furniture or not lines[j + 1]):
            j += 1
        before = next((k for k in range(i - 1, -1, -1) if lines[k]), None)
        start = spans[before][1] if before is not None else spans[i][0]
        end = spans[j + 1][0] if j + 1 < len(lines) else spans[j][1]
        cut_sentence = before is not None and not lines[before].endswith(_TERMINAL) and j + 1 < len(lines)
        page_ends_here = PAGE_BREAK in text[start:end]
        # a page that ends its sentence ends its line too: the next page's heading opens a line of its own
        edits.append((start, end, PAGE_BREAK if cut_sentence else "\n" + PAGE_BREAK if page_ends_here else "\n"))
        i = j + 1
    return tm.replace_spans(edits)


def _running_lines(text: str, spans: list[tuple[int, int]], lines: list[str], counts: Counter[str]) -> list[int]:
    """Running headers and footers of a paged text: the first or last line of a page (only blank
    lines between it and a page break) that the document repeats elsewhere, short as such lines are."""
    filled = [i for i, line in enumerate(lines) if line]
    found = []
    for k, i in enumerate(filled):
        line = lines[i]
        if counts[line] < 2 or len(line) > MAX_FURNITURE_CHARS:
            continue
        previous_end = spans[filled[k - 1]][1] if k else None
        next_start = spans[filled[k + 1]][0] if k + 1 < len(filled) else None
        opens_page = previous_end is not None and PAGE_BREAK in text[previous_end:spans[i][0]]
        closes_page = next_start is not None and PAGE_BREAK in text[spans[i][1]:next_start]
        if opens_page or closes_page:
            found.append(i)
    return found


# A document flattened to one paragraph (a document site's copy): its `二、项目资金情况` headings run
# on inside the line, after a sentence's end or a space; each goes back on a line of its own, and so
# does the text after a heading that a space ends.
RUN_ON_MIN_CHARS = 600
_RUN_ON_HEADING = re.compile(
    r"(?P<pre>(?<=[。;；!?！？])[ \t\u3000]*|[ \t\u3000]+)"
    r"(?P<head>[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2,16})(?P<post>[ \t\u3000]+)?")


def _split_run_on_headings(tm: TextMap) -> TextMap:
    text = tm.text
    if not any(e - s >= RUN_ON_MIN_CHARS for s, e in _line_spans(text)):
        return tm

    def split(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (len(text) if line_end < 0 else line_end) - line_start < RUN_ON_MIN_CHARS:
            return m.group(0)
        return "\n" + m.group("head") + ("\n" if m.group("post") else "")

    return tm.sub(_RUN_ON_HEADING, split)


def _join_lines(tm: TextMap, guess: bool, wrapped: bool = False) -> TextMap:
    """Join lines broken inside a sentence; keep paragraph and heading breaks.

    A `\\x00` at a line start marks a Markdown heading (hard line). A page break
    not preceded by a newline is a soft break (the reader saw the paragraph
    continue on the next page). `guess`: a break inside a sentence is a wrap; `wrapped`: the
    lines were cut at a printed width (`looks_hard_wrapped`).
    """
    text = tm.text
    lines = _line_spans(text)
    joins: list[tuple[int, int, str]] = []
    hard_end: list[bool] = []
    hard_start: list[bool] = []
    for s, e in lines:
        line = text[s:e].strip().lstrip("\x00")
        marked = (text[s:e].lstrip().startswith("\x00") or is_title_line(line) or bool(_DATE_LINE.match(line))
                  or bool(_YEAR_LINE.match(line)) or bool(chrome_marks("unjoined").search(line)) or is_page_line(line))
        heading = match_heading(line)
        whole_heading = heading is not None and len(line) <= MAX_HEADING_CHARS and heading.title == line.rstrip("。:：;；")
        hard_end.append(marked or whole_heading)
        numbering = numbering_of(line)
        # A bare `、` after a line that ends inside a sentence goes on with a list there (`…社会组织管理` /
        # `、殡葬管理…`); only after a sentence's end is it a heading whose numeral was lost.
        hard_start.append(marked or (numbering is not None and numbering[1] != "、"))
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e].strip()
        if not line:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
            j += 1
        if j >= len(lines):
            break
        gap_start, gap_end = e, lines[j][0]
        gap = text[gap_start:gap_end]
        next_line = text[lines[j][0]:lines[j][1]].strip().lstrip("\x00")
        soft_page_break = PAGE_BREAK in gap and not gap.startswith("\n") and "\n" not in gap.split(PAGE_BREAK)[0]
        # In a text cut at a printed width, a clause ended by `；` goes on after the cut (`…反馈机制；` /
        # `其二，…`), though not after a blank line; one paragraph a line, `；` ends a list's item there.
        ends_open = not line.endswith(_TERMINAL) or (wrapped and line.endswith(_CLAUSE_END) and "\n\n" not in gap)
        # A figure wrapped to the next line (`全年预算数` / `1550.20万元`, `实际支出：` / `11185.40万元`)
        # continues its sentence in any format.
        wrapped_figure = bool(_FIGURE_START.match(next_line)) and not _DATE_LINE.match(line)
        ends_open = ends_open or (wrapped_figure and line.endswith(_LABEL_END))
        continues = not hard_end[i] and not hard_start[j] and ends_open
        if soft_page_break or (continues and (guess or wrapped_figure)):
            # Two Latin words keep a space between them (the break itself would end the paragraph).
            keep_space = line[-1:].isascii() and line[-1:].isalpha() and next_line[:1].isascii() and next_line[:1].isalpha()
            joins.append((gap_start, gap_end, " " if keep_space else ""))
        i = j
    tm = tm.replace_spans(joins)
    # Page breaks that remain are paragraph breaks; blank lines collapse.
    tm = tm.sub(re.compile(r"[ ]*[\n\f\x00][\n\f\x00 ]*"), lambda m: "\n")
    return tm


# A page whose lines were cut at a printed width (a PDF saved as HTML, one `<p>` a line): most of
# its long lines end inside a sentence, and those lines are about as wide as each other (a digit
# or Latin letter counts half a Chinese character).
WRAP_MIN_LINES = 6
WRAP_MIN_CHARS = 16
WRAP_SHARE = 0.6
WRAP_WIDTH_SPREAD = 0.15


def looks_hard_wrapped(text: str) -> bool:
    """Whether the text's line breaks are a printed page's wraps rather than paragraphs."""
    lines = [ln.strip() for ln in text.split("\n") if len(ln.strip()) >= WRAP_MIN_CHARS]
    open_ended = [ln for ln in lines if not ln.endswith(_TERMINAL)]
    if len(open_ended) < WRAP_MIN_LINES or len(open_ended) < WRAP_SHARE * len(lines):
        return False
    widths = sorted(sum(0.5 if ch.isascii() else 1.0 for ch in ln) for ln in open_ended)
    middle = widths[len(widths) // 2]
    alike = [w for w in widths if abs(w - middle) <= WRAP_WIDTH_SPREAD * middle]
    return len(alike) >= WRAP_SHARE * len(widths)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[\n\f]", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans
