"""HTML reader: a government web page to its article text and data tables.

1. Decode: a BOM decides; else the `<meta charset>` / `http-equiv` charset,
   if the bytes decode strictly with it (GB2312/GBK read as GB18030); else the
   text reader's detection (`decode`: UTF-8, GB18030, UTF-16, charset-normalizer);
   a few undecodable bytes are replaced and make the report `partial`.
2. Title: `<meta name="ArticleTitle">`, else the first `<h1>` with Chinese,
   else `<title>` without its `_site name` suffix.
3. Drop site chrome: scripts, styles, nav/header/footer, elements whose
   id/class says breadcrumb/share/related/print/sidebar/copyright, and, deepest
   first, short blocks that are info panels (two or more of 索引号 / 发布机构 /
   发布日期 / 主题分类 / 有效性 / 文号 …), view counters (浏览量), page tools
   (打印本页 / 关闭窗口) or related links.
4. Article: the element with an article-like id/class (zoom, article,
   content, TRS_Editor …) holding the most Chinese text, narrowed to a
   descendant holding nearly all of it; failing that, the block holding most
   Chinese text outside links, narrowed the same way.
5. Lines: block elements and `<br>` end lines (one paragraph per line).
   A data table (no nested table, at least 2 rows and 2 columns) becomes a
   `Table` with rowspan/colspan placed on a grid, and is left out of the
   text; a layout table is read as blocks.
The title is the first line of the page text.

Every step is one pass over a tree of bounded depth (`html_tree`): reading
time grows with the page's size, not with how deeply its elements nest.
"""
from __future__ import annotations

import codecs
import dataclasses
import re
from dataclasses import dataclass, field

from pipeline.reading import ReadRequest
from pipeline.reading.cells import clean_line, join_cell_lines
from pipeline.reading.decode import Decoded, allowed_damage, decode_bytes, decode_lenient
from pipeline.reading.html_tree import (
    MAX_DEPTH,
    Node,
    Tree,
    collapse,
    measure,
    parse_html,
    short_text,
    text_of,
)
from schemas.document import Cell, Document, Page, Table
from schemas.errors import EmptyDocument, EncodingUndetected
from schemas.text.pipe_tables import CAPTION_LINES, caption_above
from schemas.text.site_chrome import chrome_marks

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030"}
_CJK = re.compile(r"[\u4e00-\u9fff]")

DROP_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "button",
             "select", "input", "textarea", "svg", "object", "embed", "template", "link", "meta")
CHROME_HINT = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|crumbs?|breadcrumbs?|bread|position|location|weizhi|dqwz|footer|foot|"
    r"share|bdshare|related|relate|xgxx|xglj|xgwz|tools?|print|sidebar|side|copyright|search|login|"
    r"header|topbar|banner|qrcode|ewm|fenxiang|pagination)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
INFO_LABELS = ("索引号", "发布机构", "发布日期", "主题分类", "有效性", "文号", "成文日期", "发文机关",
               "生成日期", "公开方式", "公开范围", "信息来源", "所属机构", "体裁分类", "组配分类")
ARTICLE_HINT = re.compile(
    r"zoom|article|content|TRS_Editor|Custom_UnionStyle|main-?text|news_?con|detail|con_?txt|"
    r"pages_content|view|zhengwen|wenzhang|^zw|_zw|-zw|txt|text",
    re.IGNORECASE,
)
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
              "article", "blockquote", "pre", "tr", "td", "th", "center", "hr", "address", "figure",
              "figcaption", "main", "aside", "table", "tbody", "thead", "tfoot", "caption", "body", "html"}

# Info panels and counters are short; anything longer is content that happens to mention them.
MAX_INFO_BLOCK_CHARS = 400
MAX_CHROME_TEXT_CHARS = 120
MIN_INFO_LABELS = 2
# A child holding this share of its parent's Chinese text is the better article candidate.
NARROW_SHARE = 0.9
MIN_ARTICLE_CJK = 30
MAX_SPAN = 1000


@dataclass(frozen=True)
class HtmlSettings:
    max_info_block_chars: int = MAX_INFO_BLOCK_CHARS
    max_chrome_text_chars: int = MAX_CHROME_TEXT_CHARS
    max_depth: int = MAX_DEPTH


def read(request: ReadRequest) -> Document:
    return read_html(request, HtmlSettings())


def read_html(request: ReadRequest, settings: HtmlSettings) -> Document:
    decoded = decode_html(request.data, request.path)
    tree = parse_html(decoded.text, settings.max_depth)
    # An info panel's `标  题：…` names the document itself; a page's <title> is often the site's name.
    title = find_field_title(decoded.text) or find_title(tree)
    h1 = first_heading(tree)
    publisher = find_publisher(decoded.text)
    drop_chrome(tree, settings)
    measure(tree)
    article = find_article(tree)
    if article is None:
        raise EmptyDocument("the web page has no body text", path=request.path)
    renderer = Renderer()
    renderer.render(article)
    lines = renderer.finish()
    first = h1 or title
    if first and not (lines and _squash(lines[0]) == _squash(first)):
        lines.insert(0, first)
    if not lines and not renderer.tables:
        raise EmptyDocument("the web page has no text", path=request.path)
    page = Page(number=1, text="".join(f"{line}\n" for line in lines), tables=tuple(renderer.tables))
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=(page,),
        title_hint=title,
        publisher_hint=publisher,
        page_title=page_title(tree),
        damage=decoded.notes(),
    )


# `发布机构：宁都县黄陂镇人民政府　发布日期：…` in a page's info panel (tags between label and name allowed).
# The labels in the order they are trusted: 发布机构 names the publishing unit, 来源 may name a site.
_PUBLISHER_LABELS = ("发布机构", "发文机关", "信息来源", "来源")
# The label with its colon, or in brackets (`[ 发布机构 ]`, `【来源】`) with or without one.
# In a page saved as text the panel's cells stand between pipes (`| 发布机构 | 保山市退役军人事务局 |`).
_NAME_AFTER = r"\s*(?:[\]】]\s*[:：]?|[:：]|\|)\s*(?:<[^>]{0,200}>\s*)*(?P<name>[\u4e00-\u9fff()（）]{2,40})"


_FIELD_TITLE = re.compile(r"标\s*题\s*(?:[\]】]\s*[:：]?|[:：])\s*(?:<[^>]{0,200}>\s*)*(?P<title>[^<>\n]{4,150})")


def find_field_title(html_text: str) -> str | None:
    """The title an info panel states (`标  题：宜都市农业农村局…绩效自评报告`)."""
    m = _FIELD_TITLE.search(html_text)
    title = m.group("title").strip() if m else ""
    return title if re.search(r"[\u4e00-\u9fff]{4}", title) else None


def find_publisher(html_text: str, labels: tuple[str, ...] = _PUBLISHER_LABELS) -> str | None:
    """The publisher a page's info panel names, before the panel is dropped as chrome."""
    for label in labels:
        m = re.search(label + _NAME_AFTER, html_text)
        if m:
            return m.group("name")
    return None


def decode_html(data: bytes, path: str = "") -> Decoded:
    """The page's text: the declared charset when the bytes decode with it (GB2312/GBK read as
    GB18030), else the text reader's detection; with damage, whichever replaced fewer bytes."""
    if any(data.startswith(bom) for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, path)
    declared: Decoded | None = None
    match = _META_CHARSET.search(data[:8192])
    if match:
        name = match.group(1).decode("ascii", "ignore").lower()
        try:
            declared = decode_lenient(data, _CHARSET_ALIASES.get(name, name))
        except LookupError:
            declared = None  # an unknown declaration: detect instead
        if declared is not None and not declared.replaced:
            return declared
        if declared is not None and len(declared.replaced) > allowed_damage(len(declared.text)):
            declared = None  # a wrong declaration
    try:
        detected = decode_bytes(data, path)
    except EncodingUndetected:
        if declared is None:
            raise
        return declared
    if declared is not None and len(declared.replaced) <= len(detected.replaced):
        return declared
    return detected


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _text(element: Node) -> str:
    return clean_line(collapse(text_of(element, " ")))


def page_title(tree: Tree) -> str | None:
    """The page's <title> as written, the portal's name included."""
    title = tree.first("title")
    text = clean_line(text_of(title)) if title is not None else ""
    return text or None


def find_title(tree: Tree) -> str | None:
    for meta in tree.order:
        if meta.tag == "meta" and (meta.get("name") or "").strip().lower() == "articletitle":
            if (meta.get("content") or "").strip():
                return clean_line(meta.get("content") or "")
    heading = first_heading(tree)
    if heading:
        return heading
    title = tree.first("title")
    if title is not None and text_of(title).strip():
        parts = re.split(r"\s*[_|｜]\s*|\s+[-—–]+\s+", text_of(title).strip())
        for part in parts:
            if _CJK.search(part):
                return clean_line(part)
    return None


def first_heading(tree: Tree) -> str | None:
    """The first `<h1>` with Chinese text (an h1 inside an h1 adds nothing: its text is in the outer one)."""
    inside: Node | None = None
    for h1 in tree.order:
        if h1.tag != "h1" or (inside is not None and _within(h1, inside)):
            continue
        inside = h1
        text = _text(h1)
        if _CJK.search(text):
            return text
    return None


def _within(node: Node, ancestor: Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def _attrs_text(element: Node) -> str:
    if not element.attrs:
        return ""
    return " ".join([element.get("id") or "", element.get("class") or ""])


def drop_chrome(tree: Tree, settings: HtmlSettings) -> None:
    for element in tree.order:  # parents first: a dropped element takes its descendants along
        if element.tag in ("html", "body") or (element.parent is not None and element.parent.dropped):
            element.dropped = element.parent is not None and element.parent.dropped
            continue
        if element.tag in DROP_TAGS or element.attrs and (
            CHROME_HINT.search(_attrs_text(element)) and not ARTICLE_HINT.search(element.get("id") or "")
        ):
            element.dropped = True
    tree.prune()
    # Children first, so the smallest block holding an info panel or a counter goes, not its container;
    # a dropped block's text no longer counts in its parent's.
    limit = max(settings.max_info_block_chars, settings.max_chrome_text_chars)
    texts: dict[Node, str | None] = {}
    for element in reversed(tree.order):
        text = short_text(element, texts, limit)
        texts[element] = text
        if text is None or element.tag in ("html", "body"):
            continue
        labels = sum(1 for label in INFO_LABELS if label in text)
        if labels >= MIN_INFO_LABELS and len(text) <= settings.max_info_block_chars:
            element.dropped = True
        elif chrome_marks("html").search(text) and len(text) <= settings.max_chrome_text_chars:
            element.dropped = True
    tree.prune()


def narrow(element: Node, skip_links: bool) -> Node:
    """Descend while one child block holds nearly all of the element's Chinese text."""
    while True:
        total = element.count(skip_links)
        best = None
        for child in element.elements():
            if child.tag in ("table", "tbody", "tr"):
                continue  # never narrow into a table: it may be a data table beside the text
            if child.count(skip_links) >= NARROW_SHARE * total:
                best = child
                break
        if best is None or total == 0:
            return element
        element = best


def find_article(tree: Tree) -> Node | None:
    body = tree.first("body") or tree.root
    hinted = [
        el for el in tree.order
        if body.contains(el) and ARTICLE_HINT.search(_attrs_text(el)) and el.tag not in ("a", "span", "img", "table")
    ]
    if hinted:
        best = max(hinted, key=lambda el: (el.count(), -el.depth))
        if best.count() >= MIN_ARTICLE_CJK:
            deeper = [el for el in hinted if el.contains(best) and el.count() >= NARROW_SHARE * best.count()]
            if deeper:
                best = max(deeper, key=lambda el: el.depth)
            return best
    if body.count() == 0 and not body.has_table:
        return None
    return narrow(body, skip_links=True)


def is_data_table(table: Node) -> bool:
    if table.has_table:
        return False
    rows = _own_rows(table)
    if len(rows) < 2:
        return False
    if any(_holds_running_text(cell) for row in rows for cell in _row_cells(row)):
        return False  # a page laid out in a table: the report sits in one of its cells
    return max(len(_row_cells(row)) for row in rows) >= 2


# A cell with this many paragraphs and this much Chinese text holds an article, not a value: a
# form's longest cell (the year's goals) is one or two paragraphs.
LAYOUT_MIN_PARAGRAPHS = 4
LAYOUT_MIN_CJK = 300


def _holds_running_text(cell: Node) -> bool:
    if cell.count() < LAYOUT_MIN_CJK:
        return False
    paragraphs = sum(1 for child in cell.elements() if child.tag in ("p", "div", "h1", "h2", "h3", "h4", "br"))
    return paragraphs >= LAYOUT_MIN_PARAGRAPHS


def _own_rows(table: Node) -> list[Node]:
    rows = []
    for child in table.elements():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child.elements() if r.tag == "tr")
    return rows


def _row_cells(row: Node) -> list[Node]:
    return [c for c in row.elements() if c.tag in ("td", "th")]


def _span(cell: Node, name: str) -> int:
    try:
        value = int(str(cell.get(name, "1")).strip() or "1")
    except ValueError:
        return 1
    return min(max(value, 1), MAX_SPAN)


_NEWLINE = object()


@dataclass
class Renderer:
    """Walks an element (iteratively: depth costs no stack), cutting lines at blocks and collecting data tables."""

    lines: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    current: list[str] = field(default_factory=list)  # pieces of the line being built, joined once
    lines_at_last_table: int = 0

    def newline(self) -> None:
        line = clean_line("".join(self.current))
        if line:
            self.lines.append(line)
        self.current = []

    def finish(self) -> list[str]:
        self.newline()
        return self.lines

    def render(self, element: Node) -> None:
        stack: list[object] = list(reversed(element.children))
        while stack:
            item = stack.pop()
            if item is _NEWLINE:
                self.newline()
            elif isinstance(item, str):
                self.current.append(collapse(item))
            elif isinstance(item, Node):
                if item.tag == "br":
                    self.newline()
                elif item.tag == "table" and is_data_table(item):
                    self.newline()
                    table = table_to_schema(item, len(self.tables) + 1)
                    # the lines since the last table only: a caption above two tables in a row is the first's
                    since = self.lines[self.lines_at_last_table:]
                    caption = table.caption or caption_above(since[-CAPTION_LINES:])
                    self.tables.append(dataclasses.replace(table, caption=caption))
                    self.lines_at_last_table = len(self.lines)
                elif item.tag in BLOCK_TAGS:
                    self.newline()
                    stack.append(_NEWLINE)
                    stack.extend(reversed(item.children))
                else:
                    stack.extend(reversed(item.children))


def cell_text(cell: Node) -> str:
    renderer = Renderer()
    renderer.render(cell)
    return join_cell_lines(renderer.finish())


def table_to_schema(table: Node, index: int) -> Table:
    """An HTML table to a Table, placing cells on the grid around earlier row spans."""
    occupied: set[tuple[int, int]] = set()
    cells = []
    rows = _own_rows(table)
    n_cols = 0
    for r, row in enumerate(rows):
        col = 0
        for cell in _row_cells(row):
            while (r, col) in occupied:
                col += 1
            rowspan = min(_span(cell, "rowspan"), len(rows) - r)
            colspan = _span(cell, "colspan")
            for dr in range(rowspan):
                for dc in range(colspan):
                    occupied.add((r + dr, col + dc))
            cells.append(Cell(r, col, cell_text(cell), rowspan, colspan, address=f"table[{index}]/r{r + 1}c{col + 1}"))
            col += colspan
            n_cols = max(n_cols, col)
    captions = [child for child in table.children if isinstance(child, Node) and child.tag == "caption"]
    caption = clean_line(_text(captions[0])) or None if captions else None
    return Table(page=1, n_rows=len(rows), n_cols=n_cols, cells=tuple(cells), location=f"table[{index}]",
                 caption=caption)
