"""One error style for every command: `E###: what happened — what to do`, no traceback.

`JixiaoGroup` runs the typer app without click's standalone error handling and turns
every failure into one line on stderr:

| exit | when |
| --- | --- |
| 0 | the command did what was asked |
| 1 | it ran, and found nothing (`E500`: an empty filter, an unknown report) or found problems (a file failed to ingest, an error-severity expectation failed) |
| 2 | it could not run: a refused option value (`E202`), an ambiguous key (`E203`), no database (`E401`), a locked one (`E402`), an output that cannot be written (`E600`), an unreachable Dask scheduler (`E700`), anything unforeseen (`E999`) |
| 130 | interrupted (Ctrl-C, SIGTERM) |

`jixiao --debug COMMAND ...` (or `JIXIAO_DEBUG=1`) lets the traceback through.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer._click import exceptions as click_errors  # typer bundles its own click since 0.24
from typer.core import TyperGroup

from schemas.errors import InternalError, JixiaoError, UsageError
from schemas.messages import error_line, use_lang

DEBUG_ENV = "JIXIAO_DEBUG"
_debug = False


def set_debug(on: bool) -> None:
    global _debug
    _debug = on


def debugging(args: Sequence[str] = ()) -> bool:
    return _debug or "--debug" in args or os.environ.get(DEBUG_ENV, "") not in ("", "0")


def usage_line(exc: click_errors.UsageError) -> str:
    """Click's complaint (`Invalid value for '--severity': 'critical' is not one of ...`) in our style."""
    message = exc.format_message().strip().rstrip(".").replace("Value error, ", "")
    command = exc.ctx.command_path if exc.ctx is not None else "jixiao"
    return error_line(UsageError(message, hint=f"see `{command} --help`"))


def _say(line: str) -> None:
    typer.echo(line, err=True)


class JixiaoGroup(TyperGroup):
    """The typer app's group, with jixiao's error handling around every command."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,  # type: ignore[override]
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        set_debug(False)
        use_lang(None)
        try:
            code = super().main(args=argv, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, **extra)
        except click_errors.NoArgsIsHelpError as exc:
            exc.show()
            code = 0
        except click_errors.UsageError as exc:
            _say(usage_line(exc))
            code = 2
        except typer.Abort:
            code = 130
        except JixiaoError as exc:
            if debugging(argv):
                raise
            _say(error_line(exc))
            code = exc.exit_code
        except Exception as exc:  # noqa: BLE001 - the command line's boundary: one line, not a traceback
            if debugging(argv):
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            _say(error_line(InternalError(f"{type(exc).__name__}: {first}".rstrip(": "))))
            code = 2
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
