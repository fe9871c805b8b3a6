"""Typed errors: a code, the message, the file and page concerned; rejects carry the file's status."""
from __future__ import annotations

import inspect

import pytest

import schemas.errors as errors
from schemas.errors import ConfigError, JixiaoError, NeedsOcr, NotAReport, RejectedFile, UnreadableFile


@pytest.mark.parametrize(("error", "text"), [
    (UnreadableFile("truncated"), "E101: truncated"),
    (UnreadableFile("truncated", path="a.pdf"), "E101: truncated [a.pdf]"),
    (UnreadableFile("bad font", path="a.pdf", page=3), "E101: bad font [a.pdf, page 3]"),
    (ConfigError("no engine 'x'"), "E200: no engine 'x'"),
])
def test_message_names_code_file_and_page(error: JixiaoError, text: str) -> None:
    assert str(error) == text and error.message in text


@pytest.mark.parametrize(("error", "status"), [
    (UnreadableFile("x"), "failed"), (NeedsOcr("x"), "needs_ocr"), (NotAReport("x"), "not_a_report"),
])
def test_a_rejected_file_says_its_status(error: RejectedFile, status: str) -> None:
    assert error.status == status


def test_needs_ocr_keeps_its_pages() -> None:
    error = NeedsOcr("no text layer", path="s.pdf", pages=(2, 3))
    assert (error.pages, error.path, error.page) == ((2, 3), "s.pdf", None)


def test_every_error_has_its_own_code() -> None:
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, JixiaoError)]
    codes = [c.code for c in classes]
    assert len(classes) > 10 and len(codes) == len(set(codes))
    assert all(issubclass(c, RejectedFile) == c.code.startswith("E1") for c in classes)
