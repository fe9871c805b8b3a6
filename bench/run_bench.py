"""Bulk-ingest benchmark: jixiao with 1 and with all workers, on Dask, against plain text loops.

    .venv/bin/python bench/make_corpus.py /tmp/corpus
    .venv/bin/python bench/run_bench.py /tmp/corpus [--plumber-sample 60] [--json out.json]
    # 256 PDFs of the corpora (the committed ones, then generated ones), pdfplumber on all of them:
    .venv/bin/python bench/run_bench.py /tmp/corpus --corpora --pdf-only --limit 256 --plumber-sample 0 --skip dask

Prints, side by side, files/s and pages/s of: `jixiao ingest` with 1 worker
and with every core; the same on a Dask LocalCluster (with the Parquet export);
a plain pdfplumber `extract_text` loop and a pypdfium2 text loop over the same
PDFs (each loop in its own process, so its peak RSS is its own). Also the peak
RSS of every jixiao worker, and its RSS after its first and last file (flat
memory means those two are close). Before the runs it compiles jixiao's modules to
bytecode, as a user's first run (or pip, for an installed copy) leaves them: where
PYTHONDONTWRITEBYTECODE is set, as on this machine, every worker would otherwise
compile about 70 modules from source before its first file (0.1 s each start). The machine's load average is printed
beside each run: on a shared machine, figures taken under load are not
comparable. Not a CI gate.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.bulk.dask_runner import DASK_HOST  # noqa: E402
from pipeline.bulk.engine import BulkSettings, ingest_bulk  # noqa: E402
from pipeline.bulk.pool import RSS_SAMPLE_EVERY, PoolSettings, available_cores  # noqa: E402
from pipeline.bulk.worker import FileResult  # noqa: E402
from pipeline.run import iter_input_files  # noqa: E402
from pipeline.storage.store import Store  # noqa: E402


@dataclass
class Run:
    name: str
    files: int
    pages: int
    seconds: float
    load_before: float
    load_after: float
    workers: list[dict[str, float]] = field(default_factory=list)
    note: str = ""
    steady_pages_per_s: float = 0.0  # once every worker has finished a file (start-up excluded)

    @property
    def files_per_s(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def compile_bytecode() -> int:
    """Compile jixiao's packages to bytecode (an existing, current .pyc is kept); the number compiled."""
    import compileall
    import io
    from contextlib import redirect_stdout

    with redirect_stdout(io.StringIO()) as printed:
        for package in PACKAGES:
            compileall.compile_dir(REPO / package, quiet=0)
    return printed.getvalue().count("Compiling ")


PACKAGES = ("pipeline", "extractors", "schemas")


def _own_cpu() -> float:
    """CPU seconds of this process and its threads (the parent: plan, writer; with a threaded LocalCluster, more)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load() -> float:
    return os.getloadavg()[0]


def run_jixiao(name: str, files: list[Path], workers: int, dask: str | None = None) -> Run:
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        before = load()
        settings = BulkSettings(pool=PoolSettings(workers=workers), dask=dask,
                                parquet_out=Path(tmp) / "parquet" if dask else None)
        cpu_before = _own_cpu()
        finished: list[tuple[float, int]] = []  # (time, pages) of every result

        def on_result(result: FileResult) -> None:
            finished.append((time.perf_counter(), result.n_pages))

        with Store(Path(tmp) / "bench.duckdb") as store:
            report = ingest_bulk(files, store, settings, on_result=on_result)
        parent_cpu = _own_cpu() - cpu_before
        stats = [{"pid": w.pid, "tasks": w.tasks, "peak_rss_mb": round(w.peak_rss_mb, 1),
                  "rss_after_first_mb": round(w.rss_after_first_mb, 1),
                  "rss_after_last_mb": round(w.rss_after_last_mb, 1), "end": w.end,
                  "rss_samples": w.rss_samples} for w in report.worker_stats]
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(report.summary.by_status.items()))
        worker_cpu = sum(w.cpu_seconds for w in report.worker_stats if w.tasks)
        pages = max(report.summary.pages, 1)
        note = (f"{statuses}; hashing {report.plan.hash_seconds:.2f} s, run {report.run_seconds:.1f} s"
                + (f", Parquet export {report.export_seconds:.1f} s" if dask else "")
                + f"\n    CPU: workers {worker_cpu:.1f} s ({worker_cpu / pages * 1000:.1f} ms/page, start-up included), "
                f"this process {parent_cpu:.1f} s ({parent_cpu / pages * 1000:.1f} ms/page: plan, writer"
                + (", Dask client, scheduler and LocalCluster" if dask else "") + ")")
        return Run(name, report.summary.files, report.summary.pages, report.seconds, before, load(), stats, note,
                   steady_rate(finished, workers))


def steady_rate(finished: Sequence[tuple[float, int]], workers: int) -> float:
    """Pages per second from the moment `workers` files are done to the last (start-up excluded)."""
    if len(finished) <= workers:
        return 0.0
    start = finished[workers - 1][0]
    pages = sum(n for _, n in finished[workers:])
    return pages / max(finished[-1][0] - start, 1e-9)


# --- plain loops, each in a child process -------------------------------------------------

def loop_pdfplumber(paths: Sequence[str]) -> tuple[int, int]:
    import pdfplumber

    files = pages = 0
    for path in paths:
        try:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    pages += 1
                    page.close()
            files += 1
        except Exception:  # noqa: BLE001 - a baseline loop skips broken files like jixiao rejects them
            continue
    return files, pages


def loop_pypdfium2(paths: Sequence[str]) -> tuple[int, int]:
    import pypdfium2 as pdfium

    files = pages = 0
    for path in paths:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
        files += 1
    return files, pages


LOOPS = {"pdfplumber": loop_pdfplumber, "pypdfium2": loop_pypdfium2}


def loop_child(kind: str, list_file: str) -> None:
    paths = Path(list_file).read_text(encoding="utf-8").splitlines()
    started = time.perf_counter()
    files, pages = LOOPS[kind](paths)
    seconds = time.perf_counter() - started
    from pipeline.bulk.pool import proc_peak_rss_mb

    print(json.dumps({"files": files, "pages": pages, "seconds": seconds, "peak_rss_mb": proc_peak_rss_mb()}))


def run_loop(kind: str, pdfs: list[Path]) -> Run:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(map(str, pdfs)))
    try:
        before = load()
        out = subprocess.run([sys.executable, __file__, "--loop", kind, listing.name], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(listing.name)
    data = json.loads(out.strip().splitlines()[-1])
    return Run(f"{kind} text loop", data["files"], data["pages"], data["seconds"], before, load(),
               [{"peak_rss_mb": round(data["peak_rss_mb"], 1)}], f"{len(pdfs)} PDFs")


# --- report -----------------------------------------------------------------------------------

def print_table(runs: list[Run]) -> None:
    print(f"{'run':34} {'files':>6} {'pages':>6} {'seconds':>8} {'files/s':>8} {'pages/s':>8} {'steady':>7} "
          f"{'peak RSS/worker MB':>19} {'load':>10}")
    for r in runs:
        peaks = [w["peak_rss_mb"] for w in r.workers if w.get("tasks", 1)]
        rss = f"{min(peaks):.0f}-{max(peaks):.0f}" if peaks else "-"
        steady = f"{r.steady_pages_per_s:7.1f}" if r.steady_pages_per_s else f"{'-':>7}"
        print(f"{r.name:34} {r.files:6d} {r.pages:6d} {r.seconds:8.1f} {r.files_per_s:8.2f} {r.pages_per_s:8.1f} {steady} "
              f"{rss:>19} {r.load_before:4.1f}->{r.load_after:<4.1f}")
    for r in runs:
        if r.note:
            print(f"  {r.name}: {r.note}")
        for w in r.workers:
            if "rss_after_first_mb" in w and w["tasks"]:
                series = " ".join(f"{mb:.0f}" for _, mb in w["rss_samples"])
                print(f"    worker {w['pid']}: {w['tasks']} files, RSS after first {w['rss_after_first_mb']} MB, "
                      f"after last {w['rss_after_last_mb']} MB, peak {w['peak_rss_mb']} MB; "
                      f"every {RSS_SAMPLE_EVERY} files: {series}")
            elif w.get("end") == DASK_HOST:
                print(f"    {DASK_HOST} {w['pid']}: peak {w['peak_rss_mb']} MB (hosts a worker, runs no file)")


def corpora_pdfs() -> list[Path]:
    """The PDFs committed to the corpora, and the dev corpus beside the checkout when there."""
    found = sorted((REPO / "samples").glob("*.pdf")) + sorted((REPO / "tests" / "corpora").glob("heldout*/*.pdf"))
    return found + sorted((REPO.parent / "shared" / "corpus" / "dev").glob("*.pdf"))


def has_text_layer(path: Path) -> bool:
    """Every page of the PDF is read from its text layer: none is a scan, a garbled layer or a page with
    a picture of text in it (OCR reads those, which the loops do not do)."""
    import pypdfium2 as pdfium

    from pipeline.reading.ocr.dispatch import page_need, picture_window
    from pipeline.reading.pdf_drawing import page_drawing
    from pipeline.reading.pdf_engines import pdfium_page_to_glyphs

    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                glyphs = pdfium_page_to_glyphs(page)
                images = page_drawing(page).n_images
                need, _ = page_need("auto", page, glyphs, images)
                if not glyphs or need is not None or (images and picture_window(page, glyphs) is not None):
                    return False
            finally:
                page.close()
        return True
    finally:
        document.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--corpora", action="store_true",
                        help="put the committed corpora's PDFs first (samples/, tests/corpora/heldout*, ../shared dev)")
    parser.add_argument("--pdf-only", action="store_true", help="PDFs only")
    parser.add_argument("--text-only", action="store_true",
                        help="leave out PDFs with a page OCR reads (a scan, a garbled layer, a picture of text)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many files (0: all)")
    parser.add_argument("--workers", type=int, default=available_cores(), help="the 'all workers' count")
    parser.add_argument("--plumber-sample", type=int, default=60,
                        help="PDFs for the pdfplumber loop (it runs at a few pages/s; 0 = all)")
    parser.add_argument("--skip", action="append", default=[], choices=["one", "all", "dask", "plumber", "pdfium"])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--loop", nargs=2, metavar=("KIND", "LIST_FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.loop:
        loop_child(*args.loop)
        return 0
    if args.corpus is None:
        parser.error("the corpus folder is required")
    files = (corpora_pdfs() if args.corpora else []) + list(iter_input_files([args.corpus]))
    if args.pdf_only:
        files = [p for p in files if p.suffix.lower() == ".pdf" and not p.name.startswith("broken-")]
    if args.text_only:
        files = [p for p in files if p.suffix.lower() != ".pdf" or has_text_layer(p)]
    if args.limit:
        files = files[: args.limit]
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    print(f"corpus {args.corpus}: {len(files)} files, {len(pdfs)} PDFs; {available_cores()} cores; "
          f"load {load():.1f}", flush=True)
    compiled = compile_bytecode()
    if compiled:
        print(f"compiled {compiled} modules to bytecode (a user's first run does the same)", flush=True)
    runs: list[Run] = []
    steps = [
        ("one", lambda: run_jixiao("jixiao ingest, 1 worker", files, 1)),
        ("all", lambda: run_jixiao(f"jixiao ingest, {args.workers} workers", files, args.workers)),
        ("dask", lambda: run_jixiao(f"jixiao on Dask LocalCluster x{args.workers}", files, args.workers, "local")),
        ("pdfium", lambda: run_loop("pypdfium2", pdfs)),
        ("plumber", lambda: run_loop("pdfplumber", pdfs[: args.plumber_sample or None])),
    ]
    for key, step in steps:
        if key in args.skip:
            continue
        runs.append(step())
        print(f"  done: {runs[-1].name} {runs[-1].pages_per_s:.1f} pages/s", flush=True)
    print()
    print_table(runs)
    one = next((r for r in runs if r.name.endswith("1 worker")), None)
    every = next((r for r in runs if r.name.endswith(f"{args.workers} workers")), None)
    if one and every and one.pages_per_s:
        print(f"\nscaling 1 -> {args.workers} workers: {every.pages_per_s / one.pages_per_s:.2f}x end to end, "
              f"{every.steady_pages_per_s / max(one.steady_pages_per_s, 1e-9):.2f}x at steady state")
    plumber = next((r for r in runs if r.name.startswith("pdfplumber")), None)
    if plumber and plumber.pages_per_s:
        for r in (one, every):
            if r:
                print(f"{r.name} against the pdfplumber loop: {r.pages_per_s / plumber.pages_per_s:.2f}x end to end, "
                      f"{r.steady_pages_per_s / plumber.pages_per_s:.2f}x at steady state")
    if args.json:
        args.json.write_text(json.dumps([{**asdict(r), "files_per_s": r.files_per_s, "pages_per_s": r.pages_per_s}
                                         for r in runs], indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
