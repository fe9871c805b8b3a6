"""Benchmark PDF text extraction: pdfplumber vs pypdfium2 vs jixiao's reader.

Usage: .venv/bin/python bench/bench_pdf_read.py [FILE.pdf ...]
Without files, a ~200-page narrative report is generated with reportlab.
Each measurement runs in a fresh subprocess so that peak RSS (ru_maxrss) is
its own; with --trace, tracemalloc's peak of a second run covers Python
allocations only (pdfium's C heap is invisible to it, RSS is not).
Not run in CI.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
METHODS = ("pdfplumber", "pypdfium2", "jixiao", "jixiao-plumber-only")


def run_pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def run_pypdfium2(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(document)
    finally:
        document.close()


def run_jixiao(path: Path, engine: str = "auto") -> int:
    sys.path.insert(0, str(REPO))
    from pipeline.reading import ReadRequest
    from pipeline.reading.pdf import PdfSettings, read_pdf

    data = path.read_bytes()
    request = ReadRequest(str(path), data, hashlib.sha256(data).hexdigest(), "pdf")
    return read_pdf(request, PdfSettings(engine=engine)).n_pages


RUNNERS = {
    "pdfplumber": run_pdfplumber,
    "pypdfium2": run_pypdfium2,
    "jixiao": run_jixiao,
    "jixiao-plumber-only": lambda p: run_jixiao(p, "pdfplumber"),
}


def measure(method: str, path: Path, trace: bool) -> dict[str, float]:
    """One method on one file, in this process: seconds, pages, peaks.

    Imports happen before the clock starts. tracemalloc slows Python several
    times over, so the timed run is untraced and the Python-heap peak comes
    from a second, traced run.
    """
    runner = RUNNERS[method]
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    sys.path.insert(0, str(REPO))
    import pipeline.reading.pdf  # noqa: F401

    started = time.perf_counter()
    pages = runner(path)
    seconds = time.perf_counter() - started
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = 0
    if trace:
        tracemalloc.start()
        runner(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {"pages": pages, "seconds": seconds, "py_peak_mib": peak / 2**20, "rss_peak_mib": rss_kib / 1024}


def same_text_both_engines(path: Path) -> str:
    sys.path.insert(0, str(REPO))
    from pipeline.reading import ReadRequest
    from pipeline.reading.pdf import PdfSettings, read_pdf

    data = path.read_bytes()
    request = ReadRequest(str(path), data, hashlib.sha256(data).hexdigest(), "pdf")
    fast = read_pdf(request, PdfSettings(engine="pdfium"))
    slow = read_pdf(request, PdfSettings(engine="pdfplumber"))
    same = sum(1 for a, b in zip(fast.pages, slow.pages)
               if a.text == b.text and [t.grid() for t in a.tables] == [t.grid() for t in b.tables])
    return f"{same}/{len(slow.pages)} pages, tables included ({len(slow.tables)} tables found)"


def generated_pdf(n_pages: int) -> Path:
    sys.path.insert(0, str(REPO / "tests" / "fixtures"))
    import build_pdf

    path = Path(tempfile.gettempdir()) / f"jixiao-bench-{n_pages}p.pdf"
    if not path.exists():
        path.write_bytes(build_pdf.long_pdf(n_pages))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=200, help="size of the generated PDF")
    parser.add_argument("--trace", action="store_true", help="also measure the Python-heap peak (slow)")
    parser.add_argument("--one", nargs=2, metavar=("METHOD", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], Path(args.one[1]), args.trace)))
        return
    files = args.files or [generated_pdf(args.pages)]
    print(f"{'file':<34} {'method':<20} {'pages':>5} {'s':>7} {'ms/page':>8} {'pages/s':>8} {'py peak MiB':>11} {'RSS MiB':>8}")
    for path in files:
        for method in METHODS:
            out = subprocess.run(
                [sys.executable, __file__, "--one", method, str(path), *(["--trace"] if args.trace else [])],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            per_page = 1000 * r["seconds"] / max(r["pages"], 1)
            print(
                f"{path.name[:34]:<34} {method:<20} {r['pages']:>5} {r['seconds']:>7.2f} {per_page:>8.1f} "
                f"{r['pages'] / r['seconds']:>8.1f} {r['py_peak_mib']:>11.1f} {r['rss_peak_mib']:>8.0f}"
            )
        print(f"{path.name[:34]:<34} identical pages with either engine: {same_text_both_engines(path)}")


if __name__ == "__main__":
    main()
