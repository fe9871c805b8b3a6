"""`.doc`, `.xls` and `.ofd` renderings of the dev corpus, built at test time, score the goldens like the originals.

.doc: each dev report as read (DOCX as is; the others through a DOCX of their text and tables) saved as Word 97
by LibreOffice; .xls: the XLSX saved as Excel 97 by LibreOffice; .ofd: each report's text and tables laid out
by `build_ofd`. All are ingested and scored with ../shared/tools/score.py.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.reading.office_convert import soffice
from pipeline.reading.read import detect_format, read_bytes, read_path
from pipeline.run import ingest_serial, iter_input_files
from pipeline.storage.store import Store
from tests.conftest import shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_ofd  # noqa: E402
import build_office  # noqa: E402

MIN_FIELDS_F1 = 0.98
needs_libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed (make system-deps)")


def libreoffice_convert(files: list[Path], target: str, out: Path) -> None:
    """One LibreOffice run for all files (start-up is most of its cost)."""
    binary = soffice()
    assert binary is not None
    subprocess.run([binary, "--headless", "--norestore", f"-env:UserInstallation={(out / 'profile').as_uri()}",
                    "--convert-to", target, "--outdir", str(out), *map(str, files)],
                   check=True, capture_output=True, timeout=300)


def score(folder: Path, tmp: Path) -> tuple[float, str]:
    db = tmp / f"{folder.name}.duckdb"
    with Store(db) as store:  # in this process: no worker start-up per rendering
        ingest_serial(list(iter_input_files([folder])), store.write)
    result = subprocess.run([sys.executable, str(shared_dir() / "tools" / "score.py"), "--db", str(db), "--golden",
                             str(folder), "-v"], capture_output=True, text=True, timeout=300)
    total = next(line for line in result.stdout.splitlines() if line.startswith("total:"))
    match = re.search(r"fields P=\S+ R=\S+ F1=([\d.]+)", total)
    assert match, result.stdout
    return float(match.group(1)), result.stdout


def goldens_beside(folder: Path, stems: list[str]) -> None:
    for stem in stems:
        shutil.copy(shared_dir() / "corpus" / "dev" / f"{stem}.golden.json", folder / f"{stem}.golden.json")


def dev_reports() -> list[Path]:
    return sorted(p for p in (shared_dir() / "corpus" / "dev").iterdir() if not p.name.endswith(".json"))


def test_ofd_renderings_score_the_goldens(tmp_path: Path) -> None:
    folder = tmp_path / "ofd"
    folder.mkdir()
    for report in dev_reports():
        data = build_ofd.document_to_ofd(read_path(report))
        assert detect_format(data, "x.ofd") == "ofd"
        (folder / f"{report.stem}.ofd").write_bytes(data)
    goldens_beside(folder, [p.stem for p in dev_reports()])
    f1, detail = score(folder, tmp_path)
    assert f1 >= MIN_FIELDS_F1, detail
    assert detail.count(".ofd:") == len(dev_reports())


def test_ofd_tables_come_from_path_objects() -> None:
    report = shared_dir() / "corpus" / "dev" / "wuhou-minzheng-2021.html"
    original = read_path(report)
    rendered = read_bytes(build_ofd.document_to_ofd(original), "w.ofd")
    assert rendered.source_format == "ofd"
    assert rendered.tables[0].grid()[:3] == original.tables[0].grid()[:3]


@needs_libreoffice
def test_doc_renderings_score_the_goldens(tmp_path: Path) -> None:
    sources = tmp_path / "docx"
    sources.mkdir()
    reports = [p for p in dev_reports() if p.suffix != ".xlsx"]
    for report in reports:
        data = report.read_bytes() if report.suffix == ".docx" else build_office.document_to_docx(read_path(report))
        (sources / f"{report.stem}.docx").write_bytes(data)
    folder = tmp_path / "doc"
    folder.mkdir()
    libreoffice_convert(sorted(sources.glob("*.docx")), "doc", folder)
    shutil.rmtree(folder / "profile", ignore_errors=True)
    assert detect_format((folder / f"{reports[0].stem}.doc").read_bytes(), "x.doc") == "doc"
    goldens_beside(folder, [p.stem for p in reports])
    f1, detail = score(folder, tmp_path)
    assert f1 >= MIN_FIELDS_F1, detail
    assert detail.count(".doc:") == len(reports)


@needs_libreoffice
def test_xls_rendering_scores_the_goldens(tmp_path: Path) -> None:
    folder = tmp_path / "xls"
    folder.mkdir()
    sheets = [p for p in dev_reports() if p.suffix == ".xlsx"]
    libreoffice_convert(sheets, "xls", folder)
    shutil.rmtree(folder / "profile", ignore_errors=True)
    for sheet in sheets:
        original = read_path(sheet)
        legacy = read_path(folder / f"{sheet.stem}.xls")
        assert legacy.source_format == "xls"
        assert [t.grid() for t in legacy.tables] == [t.grid() for t in original.tables]
    goldens_beside(folder, [p.stem for p in sheets])
    f1, detail = score(folder, tmp_path)
    assert f1 >= MIN_FIELDS_F1, detail
