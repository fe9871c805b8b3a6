"""The per-file time limit grows with a PDF's pages (OCR time); a worker left holding memory is replaced."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.bulk.engine import BulkSettings, ingest_bulk, pdf_page_count
from pipeline.bulk.pool import TIMEOUT_PER_PDF_PAGE_S, PoolSettings, time_limit, time_limit_error
from pipeline.bulk.worker import FileTask
from pipeline.storage.store import Store
from tests.pipeline.bulk.helpers import write_reports

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


def test_a_worker_left_holding_memory_after_a_file_is_replaced(tmp_path: Path, hooks: str) -> None:
    files = write_reports(tmp_path / "in", 4)
    files.insert(1, files.pop())  # the second file sent
    keep = files[1].with_name("report-keep.md")
    files[1].rename(keep)
    files[1] = keep
    pool = PoolSettings(workers=1, process_fn=hooks, recycle_above_mb=250)
    with Store(tmp_path / "db.duckdb") as store:
        report = ingest_bulk(files, store, BulkSettings(pool=pool))
        statuses = [row[0] for row in store.con.execute("SELECT status FROM reports").fetchall()]
    assert statuses == ["ok"] * 4
    first, second = report.worker_stats
    assert (first.tasks, first.end) == (2, "recycled (memory)") and first.rss_after_last_mb > 250
    assert second.tasks == 2 and second.rss_after_last_mb < 250
