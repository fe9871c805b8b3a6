"""OCR benchmark: image-only versions of the corpus PDFs, ingested and scored against their goldens.

    .venv/bin/python bench/bench_ocr.py /tmp/scans [--styles clean150,askew300,stamped150] [--workers 2]
        [--only dev] [--json out.json]

Every PDF with a golden file (the shared dev corpus, `samples/`, `tests/corpora/heldout*`) is
"scanned" at test time (`tests/fixtures/scans.py`: rendered at 150 or 300 dpi, turned by ±2°,
speckled, a red seal pressed on its first page) and wrapped back into an image-only PDF beside
a copy of its golden file. Each style's folder is ingested with `jixiao ingest --workers N`
and scored with `../shared/tools/score.py`. Prints per style: fields F1, flags P/R, false
alarms, wall seconds per page (the batch's wall time over its pages, N workers) and CPU seconds
per page (the workers' own), with the machine's load average beside them: on a shared machine,
wall figures taken under load are not comparable, CPU figures mostly are. Not a CI gate.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
sys.path.insert(0, str(REPO))

from tests.fixtures.scans import ScanStyle, scanned_pdf  # noqa: E402

STYLES = {
    "clean150": ScanStyle(dpi=150),
    "askew300": ScanStyle(dpi=300, rotate_deg=2.0, noise=0.01, stamp=True),
    "stamped150": ScanStyle(dpi=150, rotate_deg=-2.0, noise=0.02, stamp=True),
}
SOURCES = {
    "dev": [SHARED / "corpus" / "dev"],
    "samples": [REPO / "samples"],
    "heldout": sorted((REPO / "tests" / "corpora").glob("heldout*")),
}


def source_pdfs(groups: list[str]) -> list[Path]:
    pdfs = []
    for group in groups:
        for folder in SOURCES[group]:
            pdfs.extend(p for p in sorted(folder.glob("*.pdf")) if p.with_suffix("").with_suffix(".golden.json").exists()
                        or (folder / f"{p.stem}.golden.json").exists())
    return pdfs


def build(out: Path, style_name: str, pdfs: list[Path]) -> Path:
    folder = out / style_name
    folder.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        target = folder / pdf.name
        if not target.exists():
            target.write_bytes(scanned_pdf(pdf, STYLES[style_name]))
        shutil.copy(pdf.parent / f"{pdf.stem}.golden.json", folder / f"{pdf.stem}.golden.json")
    return folder


def count_pages(folder: Path) -> int:
    import pypdfium2 as pdfium

    total = 0
    for pdf in folder.glob("*.pdf"):
        document = pdfium.PdfDocument(pdf)
        total += len(document)
        document.close()
    return total


def run_style(folder: Path, workers: int) -> dict:
    db = folder / "scans.duckdb"
    db.unlink(missing_ok=True)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    cpu_before = os.times()
    subprocess.run([str(REPO / ".venv" / "bin" / "jixiao"), "ingest", str(folder), "--db", str(db), "--workers",
                    str(workers), "--no-validate", "--no-progress", "--timeout", "0"], check=False,
                   capture_output=True, text=True)
    seconds = time.perf_counter() - started
    cpu_after = os.times()
    children_cpu = (cpu_after.children_user - cpu_before.children_user) + (cpu_after.children_system - cpu_before.children_system)
    scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--db", str(db), "--golden", str(folder), "-v"],
                            capture_output=True, text=True, check=False).stdout
    pages = count_pages(folder)
    return {"pages": pages, "seconds": seconds, "cpu_seconds": children_cpu, "load_before": load_before,
            "load_after": os.getloadavg()[0], "score": scored}


def summary_line(score: str) -> str:
    lines = [ln for ln in score.splitlines() if ln.startswith("ALL") or ln.startswith("TOTAL") or "fields P=" in ln]
    return lines[-1] if lines else score.strip().splitlines()[-1] if score.strip() else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--only", default="dev,samples,heldout")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    pdfs = source_pdfs(args.only.split(","))
    results = {}
    for style in args.styles.split(","):
        folder = build(args.out, style, pdfs)
        result = run_style(folder, args.workers)
        results[style] = result
        print(f"== {style}: {len(pdfs)} files, {result['pages']} pages, {args.workers} workers, "
              f"load {result['load_before']:.1f}->{result['load_after']:.1f}")
        print(f"   wall {result['seconds'] / result['pages']:.2f} s/page, "
              f"worker CPU {result['cpu_seconds'] / result['pages']:.2f} s/page")
        print(re.sub(r"^", "   ", result["score"].strip(), flags=re.M))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
