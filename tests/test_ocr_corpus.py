"""Scanned versions of corpus PDFs, end to end: read by OCR, scored against the same golden files.

Also a report whose fonts lost their ToUnicode map (read by OCR, never stored as garbage), a
vector report with one scanned page, and a scanned notice (not a report).

A small CI set (about 5 pages of OCR); the full set, every corpus PDF in three scan styles, is
the benchmark `bench/bench_ocr.py`. Fixtures are made at test time (tests/fixtures/scans.py).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.reading.ocr.charset import is_hanzi
from pipeline.reading.ocr.quality import assess
from pipeline.run import iter_input_files, process_file
from pipeline.storage.store import Store
from tests.conftest import REPO, shared_dir
from tests.fixtures import build_pdf
from tests.fixtures.scans import ScanStyle, break_tounicode, replace_page_with_scan, scanned_pdf

pytest.importorskip("rapidocr_onnxruntime")

NOTICE = [
    "关于做好2023年度森林防火工作的通知",
    "各乡镇人民政府，区直有关单位：",
    "当前已进入森林防火紧要期，为切实做好森林防火工作，现将有关事项通知如下。",
    "一、加强火源管控，严禁野外用火。",
    "二、落实值班制度，确保信息畅通。",
    "特此通知。",
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    folder = tmp_path_factory.mktemp("scans")
    sources = [
        (shared_dir() / "corpus" / "dev" / "taihe-weijian-2022.pdf", ScanStyle(dpi=300, rotate_deg=2.0, noise=0.01, stamp=True)),
        (REPO / "samples" / "huangshan-fanghuo-2020.pdf", ScanStyle(dpi=150, rotate_deg=-1.0, noise=0.01)),
    ]
    for pdf, style in sources:
        (folder / pdf.name).write_bytes(scanned_pdf(pdf, style))
        shutil.copy(pdf.with_name(f"{pdf.stem}.golden.json"), folder / f"{pdf.stem}.golden.json")
    (folder / "notice.pdf").write_bytes(scanned_pdf(build_pdf.simple_pdf(NOTICE, "ttf"), ScanStyle(dpi=150)))
    # Fonts without a usable ToUnicode map (the text layer is garbage), and one scanned page inside a vector PDF.
    altered = [("huangshan-fanghuo-2020", "garbled", lambda data: break_tounicode(data)),
               ("xuhui-jiaoyu-2023", "mixed", lambda data: replace_page_with_scan(data, 2, ScanStyle(dpi=150, noise=0.01)))]
    for stem, how, alter in altered:
        source = (REPO / "samples" if stem.startswith("huangshan") else shared_dir() / "corpus" / "dev") / f"{stem}.pdf"
        (folder / f"{stem}-{how}.pdf").write_bytes(alter(source.read_bytes()))
        shutil.copy(source.with_name(f"{stem}.golden.json"), folder / f"{stem}-{how}.golden.json")
    db = folder / "scans.duckdb"
    with Store(db) as store:
        for path in iter_input_files([folder]):
            store.write(process_file(path))
    out = folder / "score.json"
    run = subprocess.run([sys.executable, str(shared_dir() / "tools" / "score.py"), "--db", str(db), "--golden", str(folder),
                          "--json", str(out), "-v"], capture_output=True, text=True, check=False)
    print(run.stdout)
    return folder, db, json.loads(out.read_text(encoding="utf-8"))


def test_scanned_reports_score_like_their_vector_originals(scanned: tuple[Path, Path, dict]) -> None:
    _, _, result = scanned
    for doc in result["docs"]:
        fields = doc["fields"]
        tp, fp, fn = fields["tp"], fields["fp"], fields["fn"]
        f1 = 2 * tp / (2 * tp + fp + fn)
        assert f1 >= 0.95, (doc["doc"], f1, doc["notes"])


def test_every_planted_error_is_flagged_and_no_misread_raises_a_false_alarm(scanned: tuple[Path, Path, dict]) -> None:
    _, _, result = scanned
    for doc in result["docs"]:
        assert doc["flags"]["fn"] == 0, (doc["doc"], doc["notes"])
        assert doc["flags"]["fp"] == 0, (doc["doc"], doc["notes"])


def test_reports_say_what_was_read_by_ocr_and_values_keep_their_box(scanned: tuple[Path, Path, dict]) -> None:
    _, db, _ = scanned
    con = duckdb.connect(str(db), read_only=True)
    rows = {Path(p).name: (s, n, c) for p, s, n, c in con.execute(
        "SELECT source_path, status, ocr_pages, ocr_confidence FROM reports").fetchall()}
    assert rows["huangshan-fanghuo-2020.pdf"][:2] == ("ok", 3)
    assert rows["huangshan-fanghuo-2020-garbled.pdf"][:2] == ("ok", 3)  # every page's garbage replaced by OCR
    assert rows["xuhui-jiaoyu-2023-mixed.pdf"][:2] == ("ok", 1)  # the scanned page alone
    assert 0.9 < float(rows["huangshan-fanghuo-2020.pdf"][2]) <= 1.0
    located = con.execute("SELECT count(*), count(bbox), min(ocr_confidence) FROM budget_items").fetchone()
    assert located[0] > 0 and located[1] == located[0] and 0 < float(located[2]) <= 1
    assert con.execute("SELECT count(bbox) FROM indicators").fetchone()[0] > 0


def test_a_scanned_notice_is_not_a_report(scanned: tuple[Path, Path, dict]) -> None:
    _, db, _ = scanned
    con = duckdb.connect(str(db), read_only=True)
    (status,) = con.execute("SELECT status FROM reports WHERE source_path LIKE '%notice.pdf'").fetchone()
    assert status == "not_a_report"


def test_a_garbled_report_is_stored_as_ocr_read_it_never_as_its_garbage(scanned: tuple[Path, Path, dict]) -> None:
    _, db, _ = scanned
    con = duckdb.connect(str(db), read_only=True)
    title, department, project = con.execute(
        "SELECT title, department, project_name FROM reports WHERE source_path LIKE '%garbled.pdf'").fetchone()
    stored = "".join(v or "" for v in (title, department, project))
    assert stored and not assess(stored).garbled and all(is_hanzi(ch) or ch.isascii() or ch in "（）《》" for ch in stored)
    names = [r[0] for r in con.execute(
        "SELECT i.name FROM indicators i JOIN reports r USING (report_id) WHERE r.source_path LIKE '%garbled.pdf'").fetchall()]
    assert names and not assess("".join(names)).garbled
