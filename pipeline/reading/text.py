"""Plain text and Markdown: decode with the right encoding, one page (or one per form feed).

Tables written as text leave the running text: pipe tables (`schemas.text.pipe_tables`),
then tab-separated and space-aligned ones (`layout.text_grid`).

Encodings are detected, never guessed silently wrong: a BOM decides; else strict
UTF-8; else strict GB18030 (a superset of GBK/GB2312) when the result reads as
Chinese; else charset-normalizer, accepted only when it is confident. Anything
else is an `EncodingUndetected` reject naming what was tried.
"""
from __future__ import annotations

import codecs
import re

from pipeline.reading import ReadRequest
from pipeline.reading.layout.text_grid import split_aligned_text_tables
from schemas.document import Document, Page
from schemas.errors import EmptyDocument, EncodingUndetected
from schemas.text.pipe_tables import split_text_tables

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Share of CJK among non-space, non-ASCII characters for a GB18030 decoding to count as Chinese.
MIN_CJK_SHARE = 0.6


def detect_encoding(data: bytes, path: str = "") -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_chinese(text):
        return "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and best.chaos < 0.1:
        return str(best.encoding)
    raise EncodingUndetected(
        "text encoding not recognised (tried BOM, UTF-8, GB18030 and charset detection)", path=path
    )


def _looks_chinese(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    if not non_ascii:
        return True
    cjk = sum(1 for ch in non_ascii if _CJK.match(ch))
    return cjk / len(non_ascii) >= MIN_CJK_SHARE


def decode_text(data: bytes, path: str = "") -> str:
    encoding = detect_encoding(data, path)
    text = data.decode(encoding)
    return text.lstrip("\ufeff")


def read(request: ReadRequest) -> Document:
    text = decode_text(request.data, request.path)
    if not text.strip():
        raise EmptyDocument("the file holds no text", path=request.path)
    # Form feeds are page breaks in text exports (pdftotext); honour them.
    pages = []
    for i, chunk in enumerate(text.split("\f")):
        body, tables = split_text_tables(chunk, page=i + 1)
        # Tab-separated and space-aligned tables: the same builder as borderless PDF tables.
        body, aligned = split_aligned_text_tables(body, page=i + 1, first_index=len(tables) + 1)
        pages.append(Page(number=i + 1, text=body, tables=tuple(tables) + tuple(aligned)))
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=tuple(pages),
    )
