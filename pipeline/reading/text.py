"""Plain text and Markdown: decode (`decode`: encoding judged on the whole file, a little damage
tolerated and recorded), one page per form feed.
"""
from __future__ import annotations

from pipeline.reading import ReadRequest
from pipeline.reading.decode import decode_bytes
from schemas.document import Document, Page
from schemas.errors import EmptyDocument
from schemas.text.pipe_tables import split_text_tables


def decode_text(data: bytes, path: str = "") -> str:
    return decode_bytes(data, path).text


def read(request: ReadRequest) -> Document:
    decoded = decode_bytes(request.data, request.path)
    text = decoded.text
    if not text.strip():
        raise EmptyDocument("the file holds no text", path=request.path)
    # Form feeds are page breaks in text exports (pdftotext); honour them.
    pages = []
    for i, chunk in enumerate(text.split("\f")):
        body, tables = split_text_tables(chunk, page=i + 1)
        pages.append(Page(number=i + 1, text=body, tables=tuple(tables)))
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=tuple(pages),
        damage=decoded.notes(),
    )
