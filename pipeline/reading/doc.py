"""Legacy Word and WPS text (`.doc`, `.wps`, also RTF): converted to DOCX by LibreOffice, read as DOCX.

The document keeps `source_format` `doc`; cell addresses and pages are the DOCX reader's.
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.reading import ReadRequest
from pipeline.reading.docx import read as read_docx
from pipeline.reading.office_convert import convert
from schemas.document import Document


def read(request: ReadRequest) -> Document:
    suffix = ".rtf" if request.data.startswith(b"{\\rtf") else ".doc"
    docx = convert(request.data, suffix, "docx", request.path)
    document = read_docx(replace(request, data=docx, source_format="docx"))
    return replace(document, source_format=request.source_format, sha256=request.sha256)
