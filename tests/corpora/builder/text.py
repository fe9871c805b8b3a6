"""Text documents in the encoding and line ending an editor of the place would have saved."""
from __future__ import annotations

from pathlib import Path


def write_text(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    """`text` written with `newline` line ends (`"\\r\\n"` for a Windows editor) in `encoding` (e.g. gbk)."""
    path.write_bytes(text.replace("\n", newline).encode(encoding))
