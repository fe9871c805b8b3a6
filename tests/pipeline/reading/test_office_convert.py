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
