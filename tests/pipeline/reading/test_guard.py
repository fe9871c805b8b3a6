"""A ZIP container is judged from its central directory before anything is inflated."""
from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.reading.guard import ZipLimits, check_zip_container
from schemas.errors import CorruptDocument, ResourceLimitExceeded


def archive(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def test_an_ordinary_archive_passes() -> None:
    check_zip_container(archive({"word/document.xml": b"<w:document/>" * 100}), "a.docx")


@pytest.mark.parametrize(("members", "limits", "words"), [
    ({f"p{i}.xml": b"" for i in range(6)}, ZipLimits(max_members=5), "6 parts"),
    ({"big.xml": b"x" * 4096}, ZipLimits(max_uncompressed_bytes=4000), "would unpack"),
    ({"pad.xml": b"\0" * 200_000}, ZipLimits(max_compression_ratio=50, ratio_check_min_bytes=1000), "inflates"),
])
def test_limits(members: dict[str, bytes], limits: ZipLimits, words: str) -> None:
    with pytest.raises(ResourceLimitExceeded, match=words) as raised:
        check_zip_container(archive(members), "bomb.xlsx", limits)
    assert raised.value.path == "bomb.xlsx" and raised.value.status == "failed"


def test_a_small_member_is_not_judged_by_its_ratio() -> None:
    check_zip_container(archive({"pad.xml": b"\0" * 200_000}), "a.docx",
                        ZipLimits(max_compression_ratio=50, ratio_check_min_bytes=10**6))


def test_a_damaged_container_is_corrupt() -> None:
    with pytest.raises(CorruptDocument):
        check_zip_container(b"PK\x03\x04 not really", "broken.docx")
