"""Plain text and Markdown: decode (`decode`: encoding judged on the whole file, a little damage
tolerated and recorded), one page per form feed.

Tables written as text leave the running text: pipe tables (`schemas.text.pipe_tables`),
then tab-separated and space-aligned ones (`layout.text_grid`).
"""
from __future__ import annotations

from pipeline.reading import ReadRequest
from pipeline.reading.decode import decode_bytes
from pipeline.reading.html import find_publisher
from pipeline.reading.layout.text_grid import split_aligned_text_tables
from schemas.document import Document, Page
from schemas.errors import EmptyDocument
from schemas.text.pipe_tables import split_text_tables
from schemas.text.site_chrome import blank_site_chrome

PANEL_REACH = 1500  # an info panel stands at the top of the saved page
PANEL_PUBLISHER_LABELS = ("发布机构", "发文机关")


def decode_text(data: bytes, path: str = "") -> str:
    return decode_bytes(data, path).text


def read(request: ReadRequest) -> Document:
    decoded = decode_bytes(request.data, request.path)
    # Windows (CRLF) and old Mac (CR) line ends are line ends: a blank CRLF line still ends a paragraph.
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyDocument("the file holds no text", path=request.path)
    # Form feeds are page breaks in text exports (pdftotext); honour them.
    pages = []
    # The portal page's lines around a saved report (its footer set out in columns) are no table.
    for i, chunk in enumerate(blank_site_chrome(text).split("\f")):
        body, tables = split_text_tables(chunk, page=i + 1)
        # Tab-separated and space-aligned tables: the same builder as borderless PDF tables.
        body, aligned = split_aligned_text_tables(body, page=i + 1, first_index=len(tables) + 1)
        pages.append(Page(number=i + 1, text=body, tables=tuple(tables) + tuple(aligned)))
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=tuple(pages),
        # a page saved as text keeps its info panel (`| 发布机构 | 某局 |`), dropped later as chrome;
        # only the labels that name a unit, not a bare 来源 (`资金来源：…`)
        publisher_hint=find_publisher(text[:PANEL_REACH], PANEL_PUBLISHER_LABELS),
        damage=decoded.notes(),
    )
