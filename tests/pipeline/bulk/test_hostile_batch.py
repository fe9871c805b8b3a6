"""Issue 13's hostile batch: every input path accounted for, every good report `ok`, within a minute on 2 workers."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from tests.pipeline.bulk.helpers import REPO

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_office  # noqa: E402

REPORT = ("{title}\n一、部门基本情况\n{dept}主要职责是做好本县相关工作。\n二、收支情况\n"
          "2022年部门年初预算为100.00万元,调整后预算为120.00万元。本年支出110.00万元,其中基本支出60.00万元,"
          "项目支出50.00万元。预算执行率为91.67%。\n三、自评结论\n自评得分92分,等级为“优”。\n")


def _report(dept: str, title: str | None = None) -> bytes:
    return REPORT.format(title=title or f"2022年度某县{dept}部门整体支出绩效自评报告", dept=dept).encode("utf-8")


def _hostile_batch(folder: Path) -> dict[bytes, str]:
    """The files (raw path -> what it is)."""
    folder.mkdir()
    base = os.fsencode(folder) + b"/"
    depth = 100_000
    files: dict[bytes, tuple[bytes, str]] = {
        b"good-1.md": (_report("交通运输局"), "good"),
        b"good-2.docx": (build_office.report_docx(), "good"),
        "报告-".encode("gbk") + b"\xff.md": (_report("教育局"), "good"),  # a GBK name: not UTF-8
        b"copy-of-good-1.md": (_report("交通运输局"), "good"),
        b"deep.html": (b"<html><body>" + b"<div>" * depth + "某县水务局2023年度部门整体支出绩效自评报告".encode() + b"</div>" * depth
                       + b"</body></html>", "deep"),
        b"random.pdf": (os.urandom(64 << 10), "bad"),
        b"empty-1.txt": (b"", "bad"),
        b"empty-2.md": (b"", "bad"),
        b"bomb.docx": (build_office.with_bomb(build_office.report_docx()), "bad"),
        b"=HYPERLINK(1)@SUM.md": (_report(
            "卫生健康委员会", "=HYPERLINK(\"http://x\",\"点击\")某县卫生健康委员会2022年度部门整体支出绩效自评报告"), "good"),
        b"@SUM(1+1)cmd.md": (_report("@SUM(1+1)*cmd|' /C calc'!A0 民政局"), "good"),
    }
    for name, (data, _) in files.items():
        Path(os.fsdecode(base + name)).write_bytes(data)
    return {base + name: kind for name, (_, kind) in files.items()}


def test_a_hostile_batch_keeps_every_good_report_and_accounts_for_every_path(tmp_path: Path) -> None:
    files = _hostile_batch(tmp_path / "in")
    db = tmp_path / "d.duckdb"
    # The default time limit: the 100,000-deep page is read in about a second, not killed.
    command = [sys.executable, "-m", "pipeline.cli.app", "ingest", str(tmp_path / "in"), "--db", str(db),
               "--workers", "2", "--no-validate", "--no-progress"]
    started = time.monotonic()
    done = subprocess.run(command, cwd=REPO, capture_output=True, timeout=120)
    seconds = time.monotonic() - started
    assert done.returncode == 1, done.stderr.decode(errors="replace")  # some files failed, and the batch finished
    assert seconds < 60, f"the batch took {seconds:.0f} s"

    with duckdb.connect(str(db), read_only=True) as con:
        ledger = {(bytes(raw) if raw is not None else path.encode()): (rid, status, outcome)
                  for path, raw, rid, status, outcome in con.execute(
                      "SELECT path, path_bytes, report_id, status, outcome FROM files").fetchall()}
        reports = {rid: (status, error) for rid, status, error in con.execute(
            "SELECT report_id, status, error FROM reports").fetchall()}
    assert set(ledger) == set(files)  # every input path, the copy, the empty twin and the GBK name included
    assert all(rid in reports for rid, _, _ in ledger.values())
    for raw, kind in files.items():
        rid, status, _ = ledger[raw]
        assert status == reports[rid][0]
        if kind == "good":
            assert status == "ok", (raw, reports[rid])
        elif kind == "bad":
            assert status == "failed" and reports[rid][1], raw
        else:  # the deep page is read whole, in time: its one line names a unit's self-evaluation report
            assert status == "ok", (raw, reports[rid])
    name = os.fsencode(tmp_path / "in") + b"/"
    assert ledger[name + b"copy-of-good-1.md"][0] == ledger[name + b"good-1.md"][0]
    assert ledger[name + b"empty-1.txt"][0] == ledger[name + b"empty-2.md"][0]
    assert len(reports) == len(files) - 2  # one report per distinct content
    assert "zip bomb" in reports[ledger[name + b"bomb.docx"][0]][1]

    shown = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "show", "good-1.md", "--db", str(db)],
                           cwd=REPO, capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "500", "JIXIAO_LANG": "en"})
    assert shown.returncode == 0 and "also at" in shown.stdout and "copy-of-good-1.md" in shown.stdout

    # What an auditor opens in Excel: the batch's exports and comparison files hold no live formula,
    # though two reports' names start with `=` and `@`.
    out = tmp_path / "out"
    for args in (["export", "--format", "xlsx", "--out", str(out / "xlsx")],
                 ["export", "--format", "csv", "--out", str(out / "csv")],
                 ["compare", "--xlsx", str(out / "compare.xlsx"), "--csv", str(out / "compare.csv")]):
        done = subprocess.run([sys.executable, "-m", "pipeline.cli.app", *args, "--db", str(db)], cwd=REPO,
                              capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
    _assert_no_live_formula(out)


def _assert_no_live_formula(folder: Path) -> None:
    import csv

    import openpyxl

    workbooks, sheets_of_text = list(folder.rglob("*.xlsx")), list(folder.rglob("*.csv"))
    assert workbooks and sheets_of_text
    texts = []
    for path in workbooks:
        for sheet in openpyxl.load_workbook(path).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                    texts.append(str(cell.value or ""))
    for path in sheets_of_text:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for field in row:
                    assert not field.startswith(("=", "@", "+")), (path.name, field)
                    texts.append(field)
    assert any("HYPERLINK" in t for t in texts) and any("@SUM" in t for t in texts)  # kept, as text
