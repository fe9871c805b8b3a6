"""Stage 1, read: a path becomes a `Document` (or a typed reject).

The format is detected from the bytes, not trusted from the extension, so a PDF
named `.docx` is read as a PDF and a renamed binary is rejected with a reason.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from pipeline.reading import ReadRequest, get_reader
from schemas.document import Document
from schemas.errors import EmptyDocument, UnreadableFile, UnsupportedFormat

SUFFIX_FORMATS = {
    ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".html": "html",
    ".htm": "html", ".shtml": "html", ".txt": "txt", ".md": "md", ".markdown": "md",
}


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def detect_format(data: bytes, path: str) -> str:
    """The file's format from its content; the suffix only separates txt from md."""
    head = data[:2048]
    if not data.strip():
        raise EmptyDocument("the file is empty", path=path)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data, path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(
            "legacy binary Office file (.doc/.xls); save it as DOCX/XLSX or PDF", path=path
        )
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered:
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormat("binary file of an unknown format", path=path)
    suffix = Path(path).suffix.lower()
    return "md" if SUFFIX_FORMATS.get(suffix) == "md" else "txt"


def _zip_format(data: bytes, path: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(f"corrupt ZIP container ({exc})", path=path) from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise UnsupportedFormat("a ZIP archive that is neither DOCX nor XLSX", path=path)


def read_path(path: str | Path) -> Document:
    """Read one file into the document model, whatever its format."""
    path_text = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file ({exc.strerror or exc})", path=path_text) from exc
    return read_bytes(data, path_text)


def read_bytes(data: bytes, path: str) -> Document:
    source_format = detect_format(data, path)
    request = ReadRequest(path=path, data=data, sha256=file_sha256(data), source_format=source_format)
    return get_reader(source_format)(request)
