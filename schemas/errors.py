"""Typed errors with codes, in one place so tests and logs can grep them.

A file that cannot go through the pipeline raises a `RejectedFile` subclass;
the runner turns it into the file's `reports` row (status + reason) and the
batch goes on.
"""
from __future__ import annotations


class JixiaoError(Exception):
    """Base of every jixiao error: a code, a message, and the file/page concerned."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, page: int | None = None) -> None:
        self.message = message
        self.path = path
        self.page = page
        where = ""
        if path:
            where = f" [{path}" + (f", page {page}" if page else "") + "]"
        super().__init__(f"{self.code}: {message}{where}")


class RejectedFile(JixiaoError):
    """The file yields no report; `status` says which kind of reject it is."""

    code = "E100"
    status = "failed"


class UnreadableFile(RejectedFile):
    code = "E101"


class UnsupportedFormat(RejectedFile):
    code = "E102"


class EncodingUndetected(RejectedFile):
    code = "E103"


class EmptyDocument(RejectedFile):
    code = "E104"


class EncryptedDocument(RejectedFile):
    code = "E105"


class CorruptDocument(RejectedFile):
    code = "E106"


class NeedsOcr(RejectedFile):
    code = "E107"
    status = "needs_ocr"

    def __init__(self, message: str, *, path: str | None = None, pages: tuple[int, ...] = ()) -> None:
        self.pages = pages
        super().__init__(message, path=path)


class NotAReport(RejectedFile):
    code = "E108"
    status = "not_a_report"


class ResourceLimitExceeded(RejectedFile):
    code = "E109"


class ConfigError(JixiaoError):
    """A bad setting or registry name: names the bad field and the known ones."""

    code = "E200"


class RegistryError(ConfigError):
    code = "E201"


class ExpectationSuiteError(JixiaoError):
    """A GX suite file that cannot be loaded whole."""

    code = "E300"


class StoreError(JixiaoError):
    code = "E400"


class StoreBusy(StoreError):
    """Another process holds the database (DuckDB allows one writer, or readers, at a time)."""

    code = "E401"
