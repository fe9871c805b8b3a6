"""The portal page around a report saved as text: its breadcrumb and publishing line above the title,
its links and footer below the signature; and the one vocabulary of the page's marks (`data/site_chrome.tsv`).

Saved from a government site, a report's text opens with `首页 > 政务公开 > …` and `发布时间：2024-04-18
来源：本网 浏览次数：2318` and ends with `上一篇：2022年度部门预算公开说明`, `网站标识码…`, `ICP备…`. Their
dates and years are the page's, not the report's, and their lines would run on into the report's last
section. The footer (the run of such lines that ends the text) is dropped; the lines above the report
stay, since they name the unit whose section the page stands in, and readers of the title and the year
look past them. Only lines that hold a mark of the page count, so the report's own lines (its title, its
填报单位, its signature) stay.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources

from schemas.text.textmap import TextMap

EDGE_LINES = 10  # lines at the top of the text (blank lines aside) where the page's may stand
MAX_CHROME_CHARS = 160  # longer lines are prose, whatever words they hold
MAX_UNMARKED = 2  # lines of a footer that hold no mark of it, between lines that do
MAX_UNMARKED_CHARS = 40
# A form's own header or footer line (`填报单位（盖章）：… 联系电话：…`) is the report's, whatever else it holds;
# so is the page's info panel that names the publisher (`发布机构：…`), which says whose report it is.
_REPORT_LINE = re.compile(r"填报|填表|主管部门|实施单位|项目名称|单位名称|盖章|签字|负责人|发布机构|发文机关")


# What a mark of the page may say of the line holding it (`data/site_chrome.tsv` lists them).
USES = ("unjoined", "lead", "tail", "figure", "html")


def chrome_marks(use: str) -> re.Pattern[str]:
    """One pattern of the page's marks that have `use` (`data/site_chrome.tsv`): `unjoined` (the line is never
    joined), `lead` / `tail` (the line is the page's above / below the report), `figure` (a figure on the line is
    the page's), `html` (a short element holding it is the page's furniture)."""
    if use not in USES:
        raise ValueError(f"unknown use of a site-chrome mark: {use!r} (one of {', '.join(USES)})")
    return _marks_by_use()[use]


@functools.lru_cache(maxsize=1)
def _marks_by_use() -> dict[str, re.Pattern[str]]:
    """The vocabulary read once: a pattern per use."""
    text = (resources.files("schemas.text") / "data" / "site_chrome.tsv").read_text(encoding="utf-8")
    marks: dict[str, list[str]] = {use: [] for use in USES}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        mark, _, uses = line.partition("\t")
        for use in (u.strip() for u in uses.split(",")):
            marks[use].append(mark)
    return {use: re.compile("|".join(f"(?:{m})" for m in found)) for use, found in marks.items()}


def is_page_line(line: str, zone: str = "lead") -> bool:
    """A line of the page around a report (above it by default: `首页 > …`, `发布时间：… 来源：…`, never its
    title; `tail`: below it, `上一篇…`, `网站标识码…`)."""
    line = line.strip()
    return (len(line) <= MAX_CHROME_CHARS and "。" not in line and not _REPORT_LINE.search(line)
            and bool(chrome_marks(zone).search(line)))


def title_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of the text's filled lines that are not the page's, in order: where a title stands.

    The one reading of a report's first lines for every reader of its title (its kind, its title, the
    tables' context, the classifier), lazy so each takes the few it needs: a page's breadcrumb or
    publishing line takes no title line's place.
    """
    for match in _FILLED_LINE.finditer(text):
        if not is_page_line(match.group(0)):
            yield match.start(), match.group(0)


_FILLED_LINE = re.compile(r"[^\n]*\S[^\n]*")


def header_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the page's lines above the report: those holding a mark among the first EDGE_LINES lines
    (the title may stand above the publishing line). Kept in the text: a breadcrumb or a 来源 names the unit
    whose section the page stands in (`首页 > 部门信息公开 > 某县水务局`)."""
    return [span for span in _filled_lines(text)[:EDGE_LINES] if _marked(text, span, "lead")]


def footer_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the page's lines below the report: the run of lines holding a mark that ends the text (the
    links and the footer), with at most MAX_UNMARKED lines in it that hold none (`湘公网安备…号`). The run
    stops at the page's lines above the report."""
    return _footer(text, header_lines(text))


def _footer(text: str, header: list[tuple[int, int]]) -> list[tuple[int, int]]:
    footer: list[tuple[int, int]] = []
    unmarked: list[tuple[int, int]] = []
    for span in reversed(_filled_lines(text)):
        line = text[span[0]:span[1]].strip()
        if span in header:
            break
        if _marked(text, span, "tail"):
            footer += unmarked + [span]
            unmarked = []
        elif len(unmarked) < MAX_UNMARKED and len(line) <= MAX_UNMARKED_CHARS and "。" not in line:
            unmarked.append(span)
        else:
            break
    return sorted(footer)


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """The page's lines above and below the report."""
    header = header_lines(text)
    return header + _footer(text, header)


def _filled_lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n\f]*", text) if m.group().strip()]


def _marked(text: str, span: tuple[int, int], zone: str) -> bool:
    return is_page_line(text[span[0]:span[1]], zone)


def drop_site_chrome(tm: TextMap) -> TextMap:
    """The text without the page's footer (each line left empty, so paragraphs stay as they were)."""
    return tm.replace_spans((start, end, "") for start, end in footer_lines(tm.text))


def blank_site_chrome(text: str) -> str:
    """The text with the page's footer blanked, character for character (offsets stay): a reader's pass
    before it looks for tables, so a footer set out in columns (`网站标识码：…    备案号：…`) is no table."""
    out = list(text)
    for start, end in footer_lines(text):
        out[start:end] = " " * (end - start)
    return "".join(out)
