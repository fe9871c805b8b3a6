"""Bad input is a typed reject with a reason a person understands, never a crash."""
from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_office  # noqa: E402
import build_pdf  # noqa: E402
from reportlab.lib import pdfencrypt  # noqa: E402

from pipeline.reading.guard import ZipLimits, check_zip_container  # noqa: E402
from pipeline.reading.read import read_bytes, read_path  # noqa: E402
from schemas.errors import (  # noqa: E402
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    RejectedFile,
    ResourceLimitExceeded,
    UnreadableFile,
    UnsupportedFormat,
)


def reject(data: bytes, name: str) -> RejectedFile:
    with pytest.raises(RejectedFile) as caught:
        read_bytes(data, name)
    error = caught.value
    assert error.path == name
    assert error.code in str(error) and name in str(error)
    return error


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocument, match="empty"):
        read_path(empty)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="cannot read"):
        read_path(tmp_path / "nope.pdf")


@pytest.mark.parametrize("share", [0.1, 0.5, 0.9])
def test_truncated_pdf(share: float) -> None:
    data = build_pdf.narrative_pdf()
    error = reject(data[: int(len(data) * share)], "cut.pdf")
    assert isinstance(error, CorruptDocument)
    assert "damaged or truncated" in error.message


def test_garbage_after_pdf_header() -> None:
    error = reject(b"%PDF-1.4\n" + os.urandom(4096), "garbage.pdf")
    assert isinstance(error, CorruptDocument) and "damaged" in error.message


def test_pdf_without_text_or_images() -> None:
    error = reject(build_pdf.simple_pdf([]), "blank.pdf")
    assert isinstance(error, EmptyDocument) and "no text" in error.message


def test_encrypted_pdf_with_a_password() -> None:
    data = build_pdf.simple_pdf(["加密文件。"], encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))
    error = reject(data, "locked.pdf")
    assert isinstance(error, EncryptedDocument)
    assert "password" in error.message


@pytest.mark.parametrize("strength", [40, 128])
def test_encrypted_pdf_with_empty_user_password_is_read(strength: int) -> None:
    encrypt = pdfencrypt.StandardEncryption("", ownerPassword="owner", strength=strength)
    doc = read_bytes(build_pdf.simple_pdf(["加密文件，空用户密码。"], encrypt=encrypt), "open.pdf")
    assert doc.pages[0].text == "加密文件，空用户密码。\n"
    assert any("empty user password" in w for w in doc.warnings)


def test_docx_zip_bomb() -> None:
    error = reject(build_office.with_bomb(build_office.report_docx()), "bomb.docx")
    assert isinstance(error, ResourceLimitExceeded)
    assert "zip bomb" in error.message and "inflates" in error.message


def test_xlsx_zip_bomb() -> None:
    bomb = build_office.with_bomb(build_office.report_xlsx(), member="xl/media/padding.bin")
    error = reject(bomb, "bomb.xlsx")
    assert isinstance(error, ResourceLimitExceeded) and "zip bomb" in error.message


def test_total_unpacked_size_limit() -> None:
    with pytest.raises(ResourceLimitExceeded, match="would unpack to"):
        check_zip_container(build_office.report_docx(), "big.docx", ZipLimits(max_uncompressed_bytes=10_000))


def test_damaged_docx_parts() -> None:
    source = zipfile.ZipFile(io.BytesIO(build_office.report_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, b"<w:document><broken" if info.filename == "word/document.xml" else data)
    error = reject(out.getvalue(), "broken.docx")
    assert isinstance(error, CorruptDocument) and "damaged" in error.message


def test_damaged_xlsx_parts() -> None:
    source = zipfile.ZipFile(io.BytesIO(build_office.report_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, b"<workbook" if info.filename == "xl/workbook.xml" else data)
    error = reject(out.getvalue(), "broken.xlsx")
    assert isinstance(error, CorruptDocument) and "damaged" in error.message


def test_truncated_zip_container() -> None:
    data = build_office.report_docx()
    error = reject(data[: len(data) // 2], "cut.docx")
    assert isinstance(error, (UnreadableFile, CorruptDocument))
    assert "ZIP" in error.message


def test_pdf_named_docx_is_read_as_pdf() -> None:
    doc = read_bytes(build_pdf.simple_pdf(["预算执行率98.5%。"]), "report.docx")
    assert doc.source_format == "pdf"


def test_docx_named_pdf_is_read_as_docx() -> None:
    doc = read_bytes(build_office.report_docx(), "report.pdf")
    assert doc.source_format == "docx"


def test_unknown_binary_format() -> None:
    error = reject(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "picture.pdf")
    assert isinstance(error, UnsupportedFormat) and "unknown format" in error.message


def test_damaged_legacy_office_file() -> None:
    error = reject(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.doc")
    assert isinstance(error, CorruptDocument) and "damaged legacy Office file" in error.message


def test_zip_that_is_not_office() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    error = reject(out.getvalue(), "archive.docx")
    assert isinstance(error, UnsupportedFormat) and "neither DOCX, XLSX nor OFD" in error.message


def test_html_without_text() -> None:
    error = reject(b"<html><body><script>var a=1;</script></body></html>", "blank.html")
    assert isinstance(error, EmptyDocument)


def test_empty_docx() -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    error = reject(buffer.getvalue(), "empty.docx")
    assert isinstance(error, EmptyDocument) and "no text" in error.message


def test_empty_xlsx() -> None:
    import openpyxl

    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    error = reject(buffer.getvalue(), "empty.xlsx")
    assert isinstance(error, EmptyDocument) and "no filled cells" in error.message


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
          + ']>')
XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _replace_part(container: bytes, member: str, transform: object) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(container))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, transform(data) if info.filename == member else data)  # type: ignore[operator]
    return out.getvalue()


def _with_doctype(doctype: str, entity: str) -> object:
    def transform(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        head, sep, rest = text.partition("?>")
        body = rest if sep else text
        # the entity goes into the first text node, so an expanding parser would have to produce it
        body = body.replace("<w:t>", f"<w:t>{entity}", 1).replace("<t>", f"<t>{entity}", 1)
        body = body.replace('<t xml:space="preserve">', f'<t xml:space="preserve">{entity}', 1)
        return ((head + sep if sep else "") + doctype + body).encode("utf-8")
    return transform


@pytest.mark.parametrize("kind", ["laughs", "xxe"])
def test_entities_in_html_are_not_expanded(kind: str) -> None:
    doctype, entity = (LAUGHS, "&lol9;") if kind == "laughs" else (XXE, "&xxe;")
    page = f"{doctype}<html><body><div id='zoom'><p>部门整体支出绩效自评报告{entity}，预算执行率98%。</p></div></body></html>"
    doc = read_bytes(page.encode("utf-8"), "hostile.html")
    assert "lollol" not in doc.pages[0].text and "root:" not in doc.pages[0].text
    assert len(doc.pages[0].text) < 1000


@pytest.mark.parametrize("kind", ["laughs", "xxe"])
@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_entities_in_office_parts_are_not_expanded(kind: str, fmt: str) -> None:
    doctype, entity = (LAUGHS, "&lol9;") if kind == "laughs" else (XXE, "&xxe;")
    if fmt == "docx":
        data = _replace_part(build_office.report_docx(), "word/document.xml", _with_doctype(doctype, entity))
    else:
        data = _replace_part(build_office.report_xlsx(), "xl/sharedStrings.xml", _with_doctype(doctype, entity))
    try:
        doc = read_bytes(data, f"hostile.{fmt}")
    except RejectedFile as error:  # refusing the part is as good as not expanding it
        assert error.code.startswith("E1")
        return
    text = "".join(p.text for p in doc.pages) + "".join(c.text for t in doc.tables for c in t.cells)
    assert "lollol" not in text and "root:" not in text
