"""Readers: one module per file format, registered by format name.

A reader turns a file's bytes into a `schemas.document.Document`. Readers are
imported lazily, so reading a text file never imports pdfplumber.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from schemas.document import Document
from schemas.errors import RegistryError, UnsupportedFormat


@dataclass(frozen=True)
class ReadRequest:
    """A file to read: its path (for messages), bytes, full sha256 and detected format."""

    path: str
    data: bytes
    sha256: str
    source_format: str


Reader = Callable[[ReadRequest], Document]

# format -> module that defines `read(request) -> Document`
READER_MODULES: dict[str, str] = {
    "txt": "pipeline.reading.text",
    "md": "pipeline.reading.text",
    "html": "pipeline.reading.html",
    "pdf": "pipeline.reading.pdf",
    "docx": "pipeline.reading.docx",
    "xlsx": "pipeline.reading.xlsx",
    "doc": "pipeline.reading.doc",
    "xls": "pipeline.reading.xls",
    "ofd": "pipeline.reading.ofd",
}


def get_reader(source_format: str) -> Reader:
    module_name = READER_MODULES.get(source_format)
    if module_name is None:
        raise RegistryError(
            f"no reader for format {source_format!r}; known formats: {', '.join(sorted(READER_MODULES))}"
        )
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise UnsupportedFormat(f"the {source_format} reader is not available ({exc})") from exc
    reader: Reader = module.read
    return reader
