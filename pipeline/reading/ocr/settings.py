"""OCR settings: when to OCR a page, at what resolution, within what budget.

Resolved once at the entry point. The CLI's `--ocr auto|off|force` reaches the
reader through the environment variable `JIXIAO_OCR`, which the bulk workers
(subprocesses) inherit, so the per-file work keeps its one-argument shape.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from schemas.errors import ConfigError

ENV_MODE = "JIXIAO_OCR"
ENV_THREADS = "JIXIAO_OCR_THREADS"
MODES = ("auto", "off", "force")
# Pages are rendered at this resolution for OCR. 144 dpi puts 10.5 pt text at ~21 px, which
# PP-OCR reads as well as at 300 dpi, at a third of the detection cost (bench/bench_ocr.py).
DEFAULT_DPI = 144
# One ONNX Runtime thread per worker: the bulk pool runs one worker per core already.
DEFAULT_THREADS = 1
# Pages OCR'd per file at most; later pages are left unread and the report is `partial`.
DEFAULT_MAX_PAGES = 400
INSTALL_HINT = "install the OCR extra to read them: pip install 'jixiao[ocr]' (or run `make demo`)"


@dataclass(frozen=True)
class OcrSettings:
    """`mode`: `auto` OCRs pages without a usable text layer, `force` every page, `off` none."""

    mode: str = "auto"
    dpi: int = DEFAULT_DPI
    threads: int = DEFAULT_THREADS
    max_pages: int = DEFAULT_MAX_PAGES

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"OcrSettings.mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if not 72 <= self.dpi <= 600:
            raise ConfigError(f"OcrSettings.dpi must be between 72 and 600, not {self.dpi}")
        if self.threads < 1:
            raise ConfigError(f"OcrSettings.threads must be at least 1, not {self.threads}")
        if self.max_pages < 0:
            raise ConfigError(f"OcrSettings.max_pages must be 0 or more, not {self.max_pages}")

    @property
    def scale(self) -> float:
        return self.dpi / 72.0

    @staticmethod
    def from_env() -> OcrSettings:
        """The settings the CLI chose for this process (defaults when nothing was set)."""
        mode = os.environ.get(ENV_MODE, "").strip().lower() or "auto"
        threads = os.environ.get(ENV_THREADS, "").strip()
        try:
            count = int(threads) if threads else DEFAULT_THREADS
        except ValueError as exc:
            raise ConfigError(f"{ENV_THREADS} must be a whole number, not {threads!r}") from exc
        return OcrSettings(mode=mode, threads=count)
