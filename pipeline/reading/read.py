"""Stage 1, read: a path becomes a `Document` (or a typed reject).

The format is detected from the bytes, not trusted from the extension, so a PDF
named `.docx` is read as a PDF and a renamed binary is rejected with a reason.
Detection needs only the first bytes and, for containers, their directory (the
ZIP central directory, the OLE sector table), so a file's format and size can be
judged against `ReadLimits` before its bytes are read (`read_path`).

Containers: a ZIP holding `word/document.xml` is DOCX, `xl/workbook.xml` XLSX,
`OFD.xml` OFD (GB/T 33190); an OLE compound file holding a `WordDocument`
stream is a legacy Word or WPS text (`.doc`/`.wps`), a `Workbook`/`Book` stream
a legacy Excel or WPS sheet (`.xls`/`.et`), an `EncryptedPackage` a
password-protected DOCX/XLSX. An RTF file is read like a `.doc`.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from pipeline.reading import ReadRequest, get_reader
from pipeline.reading.decode import utf16_byte_order
from pipeline.reading.limits import ReadLimits
from schemas.document import Document
from schemas.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    UnreadableFile,
    UnsupportedFormat,
)

SUFFIX_FORMATS = {
    ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".html": "html",
    ".htm": "html", ".shtml": "html", ".txt": "txt", ".md": "md", ".markdown": "md",
    ".doc": "doc", ".wps": "doc", ".rtf": "doc", ".xls": "xls", ".et": "xls", ".ofd": "ofd",
}
# Bytes looked at to tell the format (PDF headers may follow some junk; HTML may start with a long comment).
HEAD_BYTES = 2048
# Control bytes (other than tab, newlines, form feed, escape) beyond this share of the head make a file binary:
# one flipped byte does not turn a text file into an unknown binary.
MAX_CONTROL_SHARE = 0.01
MIN_CONTROL_BYTES = 2
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1 << 20

Container = bytes | Path  # what a ZIP/OLE directory is read from: the bytes, or the file


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def path_sha256(path: str | Path) -> str:
    """sha256 of a file read in chunks (a file over its size limit is never held whole)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def detect_format(data: bytes, path: str) -> str:
    """The file's format from its content; the suffix only separates txt from md."""
    if not data.strip():
        raise EmptyDocument("the file is empty", path=path)
    return _detect(data[:HEAD_BYTES], data, path)


def detect_file_format(path: str | Path) -> str:
    """`detect_format` of a file on disk, reading only its head (and a container's directory)."""
    path_text = str(path)
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(HEAD_BYTES)
            more = bool(stream.read(1))
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file ({exc.strerror or exc})", path=path_text) from exc
    if not head.strip() and not more:
        raise EmptyDocument("the file is empty", path=path_text)
    return _detect(head, Path(path), path_text)


def _detect(head: bytes, container: Container, path: str) -> str:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(container, path)
    if head.startswith(_OLE_MAGIC):
        return _ole_format(container, path)
    if head.startswith(b"{\\rtf"):
        return "doc"
    wide = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else utf16_byte_order(head)
    lowered = (head.decode(wide, "replace").encode("utf-8") if wide else head).lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered:
        return "html"
    if not wide and looks_binary(head):
        raise UnsupportedFormat("binary file of an unknown format", path=path)
    suffix = Path(path).suffix.lower()
    return "md" if SUFFIX_FORMATS.get(suffix) == "md" else "txt"


def looks_binary(head: bytes) -> bool:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls >= max(MIN_CONTROL_BYTES, MAX_CONTROL_SHARE * len(head))


def _zip_format(container: Container, path: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(container) if isinstance(container, bytes) else container) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"corrupt ZIP container ({exc})", path=path) from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    raise UnsupportedFormat("a ZIP archive that is neither DOCX, XLSX nor OFD", path=path)


def _ole_format(container: Container, path: str) -> str:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(container) if isinstance(container, bytes) else str(container)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
    except (OSError, ValueError, IndexError, KeyError, TypeError) as exc:  # olefile raises these on damage
        raise CorruptDocument(f"damaged legacy Office file ({type(exc).__name__}: {exc})", path=path) from exc
    if "encryptedpackage" in streams:
        raise EncryptedDocument("the Office file is protected with a password", path=path)
    if "worddocument" in streams:
        return "doc"
    if "workbook" in streams or "book" in streams:
        return "xls"
    raise UnsupportedFormat(
        "a legacy Office file that is neither a Word/WPS text nor an Excel/WPS sheet (e.g. PowerPoint)", path=path
    )


def read_path(path: str | Path, limits: ReadLimits | None = None) -> Document:
    """Read one file into the document model, whatever its format.

    With `limits`, a file over its format's size limit is refused before its bytes are read.
    """
    path_text = str(path)
    if limits is not None:
        check_size(path, limits)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file ({exc.strerror or exc})", path=path_text) from exc
    return read_bytes(data, path_text)


def check_size(path: str | Path, limits: ReadLimits) -> None:
    """Raise `ResourceLimitExceeded` when the file is over its format's limit (reads its head only)."""
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file ({exc.strerror or exc})", path=str(path)) from exc
    if size > min(limits.max_file_mb.values(), default=float("inf")) * 1024 * 1024:
        limits.check(detect_file_format(path), size, str(path))


def read_bytes(data: bytes, path: str) -> Document:
    source_format = detect_format(data, path)
    request = ReadRequest(path=path, data=data, sha256=file_sha256(data), source_format=source_format)
    return get_reader(source_format)(request)
