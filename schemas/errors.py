"""Typed errors with codes, in one place so tests and logs can grep them.

A file that cannot go through the pipeline raises a `RejectedFile` subclass;
the runner turns it into the file's `reports` row (status + reason) and the
batch goes on.
"""
from __future__ import annotations


class JixiaoError(Exception):
    """Base of every jixiao error: a code, a message, the file/page concerned, and what to do.

    The command line prints one line, `E###: what happened — what to do`, and exits with
    `exit_code` (2: the command could not run; 1: it ran and found nothing or found problems).
    """

    code = "E000"
    hint = ""  # what to do about it; an instance may say more precisely
    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, page: int | None = None,
                 hint: str | None = None) -> None:
        self.message = message
        self.path = path
        self.page = page
        if hint is not None:
            self.hint = hint
        where = ""
        if path:
            where = f" [{path}" + (f", page {page}" if page else "") + "]"
        super().__init__(f"{self.code}: {message}{where}")

    def line(self) -> str:
        """The one line a command prints: `E###: what happened — what to do`.

        `schemas.messages.error_line` says the hint in the reader's language.
        """
        return f"{self}" + (f" — {self.hint}" if self.hint else "")

    @property
    def own_hint(self) -> bool:
        """Whether this error was given a hint of its own (not its class's)."""
        return "hint" in self.__dict__


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
    hint = "check the option's value against the ones listed"


class RegistryError(ConfigError):
    code = "E201"


class UsageError(ConfigError):
    """A command line that cannot be run as given (a refused value, a missing argument)."""

    code = "E202"
    hint = "see `jixiao COMMAND --help`"


class AmbiguousKey(UsageError):
    """A key (report id prefix, file name, flag id) that matches more than one thing."""

    code = "E203"
    hint = "give more of the id, or the whole file name"


class ExpectationSuiteError(JixiaoError):
    """A GX suite file that cannot be loaded whole."""

    code = "E300"


class StoreError(JixiaoError):
    code = "E400"
    hint = "check the --db path and that no other program holds the file"


class DatabaseMissing(StoreError):
    code = "E401"
    hint = "run `jixiao ingest PATH --db FILE` first, or give the right --db"


class DatabaseBusy(StoreError):
    """Another process (an ingest) holds the database's write lock."""

    code = "E402"
    hint = "wait for the other jixiao command (an ingest?) to finish, then run this again"


class NothingFound(JixiaoError):
    """The command ran, but nothing matches what was asked (exit 1, not an error of use)."""

    code = "E500"
    hint = "widen or drop a filter"
    exit_code = 1


class OutputError(JixiaoError):
    """A result file or folder that cannot be written."""

    code = "E600"
    hint = "choose a path you can write to"


class ClusterUnavailable(JixiaoError):
    """A Dask scheduler that cannot be reached in time."""

    code = "E700"
    hint = "check the scheduler address (tcp://host:8786) and that it runs, or use --dask local"


class InternalError(JixiaoError):
    """Anything unforeseen, caught at the command line's boundary."""

    code = "E999"
    hint = "run again with `jixiao --debug ...` for the traceback, and report it"

