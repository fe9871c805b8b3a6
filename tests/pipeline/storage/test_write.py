"""One report the database refuses never costs the others; paths that are not UTF-8 are stored losslessly."""
from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import duckdb

from pipeline.run import process_file
from pipeline.storage.ledger import INGESTED, LedgerRun, entry_for
from pipeline.storage.rows import outcome_rows, stored_path
from pipeline.storage.store import Store
from pipeline.storage.write import ReportRows, write_isolated

REPORT = ("{year}年度某县{dept}部门整体支出绩效自评报告\n一、收支情况\n"
          "{year}年部门年初预算为100.00万元,调整后预算为120.00万元。本年支出110.00万元,其中基本支出60.00万元,"
          "项目支出50.00万元。预算执行率为91.67%。\n二、自评结论\n自评得分92分,等级为“优”。\n")


def _item(path: Path) -> ReportRows:
    outcome = process_file(path)
    return ReportRows(outcome.report_id, str(path), outcome_rows(outcome),
                      (entry_for(str(path), outcome.report_id, INGESTED, outcome.report_id),))


def _reports(db: Path) -> dict[str, tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {Path(r[0]).name: r[1:] for r in con.execute(
            "SELECT source_path, status, error, error_kind, source_path_bytes FROM reports").fetchall()}


def test_a_report_the_database_refuses_gets_a_failed_row_and_the_rest_of_the_batch_commits(tmp_path: Path) -> None:
    items = []
    for i, dept in enumerate(("交通运输局", "教育局", "卫生健康委员会")):
        path = tmp_path / f"r{i}.md"
        path.write_text(REPORT.format(year=2020 + i, dept=dept), encoding="utf-8")
        items.append(_item(path))
    # A figure too large for DECIMAL(18,2): DuckDB refuses the whole INSERT of the batch.
    items[1].rows["projects"].append({"report_id": items[1].report_id, "name": "巨额项目",
                                      "budget": Decimal("1e30"), "page": 1})
    # Text with a surrogate (bytes a reader could not decode): refused as is, stored escaped.
    items[2].rows["findings"].append({"report_id": items[2].report_id, "kind": "problem", "ordinal": 9,
                                      "text": "坏字节\udcff在此", "page": 1})
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        stored = write_isolated(store.con, items, LedgerRun.start())
        texts = [r[0] for r in store.con.execute("SELECT text FROM findings WHERE ordinal = 9").fetchall()]
        n_children = store.con.execute("SELECT count(*) FROM budget_items WHERE report_id = ?",
                                       [items[1].report_id]).fetchone()
        ledger = dict(store.con.execute("SELECT path, status FROM files").fetchall())
    assert [s.status for s in stored] == ["ok", "failed", "ok"]
    rows = _reports(db)
    assert rows["r0.md"][0] == "ok" and rows["r2.md"][0] == "ok"
    status, error, kind, _ = rows["r1.md"]
    assert (status, kind) == ("failed", "permanent")
    assert error.startswith("its rows could not be stored (") and "Conversion" in error
    assert n_children == (0,)  # nothing of the refused report but its failed row
    assert texts == ["坏字节\\xff在此"]
    assert ledger == {str(p): s for p, s in zip((tmp_path / "r0.md", tmp_path / "r1.md", tmp_path / "r2.md"),
                                                  ("ok", "failed", "ok"))}


def test_a_path_that_is_not_utf8_is_stored_as_readable_text_with_its_raw_bytes(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + "/报告-".encode("gbk") + b"\xff.md"
    path = os.fsdecode(raw)
    Path(path).write_text(REPORT.format(year=2022, dept="交通运输局"), encoding="utf-8")
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write(process_file(path))
        source, source_raw, status = store.con.execute(
            "SELECT source_path, source_path_bytes, status FROM reports").fetchone()  # type: ignore[misc]
        ledger_path, ledger_raw = store.con.execute("SELECT path, path_bytes FROM files").fetchone()  # type: ignore[misc]
    assert status == "ok"
    assert source == stored_path(path)[0] and source.endswith("\\xb1\\xa8\\xb8\\xe6-\\xff.md")
    assert source_raw == raw and ledger_raw == raw and ledger_path == source
    assert os.fsdecode(source_raw) == path  # lossless: the bytes give the file back


def test_a_path_whose_bytes_changed_keeps_its_old_report_while_a_copy_still_holds_those_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    for p in (a, b):
        p.write_text(REPORT.format(year=2021, dept="教育局"), encoding="utf-8")
    run = LedgerRun.start()
    first = _item(a)
    first = ReportRows(first.report_id, first.source_path, first.rows,
                       (*first.ledger, entry_for(str(b), first.report_id, "same_bytes", first.report_id)))
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        write_isolated(store.con, [first], run)
        a.write_text(REPORT.format(year=2022, dept="教育局"), encoding="utf-8")
        write_isolated(store.con, [_item(a)], run)
        reports = dict(store.con.execute("SELECT source_path, fiscal_year FROM reports").fetchall())
        ledger = dict(store.con.execute("SELECT path, report_id FROM files").fetchall())
    # The 2021 bytes are still at b.md: their report stays, now under that path.
    assert reports == {str(b): 2021, str(a): 2022}
    assert ledger[str(b)] == first.report_id and ledger[str(a)] != first.report_id
