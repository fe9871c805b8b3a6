"""The per-file time limit grows with a PDF's pages (OCR time), and says so when it is hit."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.bulk.engine import pdf_page_count
from pipeline.bulk.pool import TIMEOUT_PER_PDF_PAGE_S, time_limit, time_limit_error
from pipeline.bulk.worker import FileTask

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_pdf  # noqa: E402


def test_a_pdf_earns_time_per_page_and_other_files_keep_the_base_limit() -> None:
    scan = FileTask(0, "scan.pdf", "x", "pdf", pages=300)
    text = FileTask(1, "a.md", "y", "md")
    assert time_limit(120, scan) == 120 + 300 * TIMEOUT_PER_PDF_PAGE_S
    assert time_limit(120, text) == 120
    assert time_limit(0, scan) == 0  # no limit stays no limit
    assert "each of its 300 PDF pages" in time_limit_error(time_limit(120, scan), 300).message


def test_pages_are_counted_when_planning(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(build_pdf.narrative_pdf("cid"))
    assert pdf_page_count(pdf) == 3
    broken = tmp_path / "b.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    assert pdf_page_count(broken) == 0
