"""The consoles commands print to (a light module: `ingest` imports it before its workers start)."""
from __future__ import annotations

from typing import Any

from rich.console import Console


class FreshConsole:
    """A rich Console made anew for each use, so the terminal's width (COLUMNS) is read at print time."""

    def __init__(self, stderr: bool = False) -> None:
        self.stderr = stderr

    def __getattr__(self, name: str) -> Any:
        return getattr(Console(stderr=self.stderr), name)
