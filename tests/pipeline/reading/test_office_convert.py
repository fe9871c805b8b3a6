"""Legacy formats through LibreOffice: without it, a clear refusal naming what to install."""
from __future__ import annotations

import pytest

from pipeline.reading.read import read_bytes


def test_doc_without_libreoffice_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.reading import office_convert
    from schemas.errors import UnsupportedFormat

    monkeypatch.setattr(office_convert.shutil, "which", lambda name: None)
    with pytest.raises(UnsupportedFormat, match="libreoffice-writer-nogui"):
        read_bytes(b"{\\rtf1\\ansi report}", "old.rtf")


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_a_conversion_over_its_time_limit_is_refused_and_stopped() -> None:
    from pipeline.reading.office_convert import convert
    from schemas.errors import ResourceLimitExceeded

    with pytest.raises(ResourceLimitExceeded, match="LibreOffice took longer than 0.2 s"):
        convert(b"{\\rtf1\\ansi report}", ".rtf", "docx", "slow.rtf", timeout_s=0.2)
