"""The validation summary: files nobody could read are listed, never an expectation failure."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner(env={"COLUMNS": "120"})


def test_a_mistyped_path_does_not_poison_the_dataset(tmp_path: Path) -> None:
    db = str(tmp_path / "d.duckdb")
    missing = tmp_path / "does-not-exist"
    ingested = runner.invoke(app, ["ingest", str(missing), "--db", db, "--no-progress", "--workers", "1"])
    assert ingested.exit_code == 1  # the file failed
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # a legacy Word file
    runner.invoke(app, ["ingest", str(tmp_path / "old.doc"), "--db", db, "--no-progress", "--workers", "1"])

    result = runner.invoke(app, ["validate", "--db", db])
    assert result.exit_code == 0, result.output
    assert str(missing) in result.output and "old.doc" in result.output
    assert "未能读取" in result.output and "52/52" in result.output
    data = json.loads(runner.invoke(app, ["validate", "--db", db, "--json"]).stdout)
    assert data["failed"] == [] and data["passed"] == data["total"]
    assert {u["path"] for u in data["unreadable"]} == {str(missing), str(tmp_path / "old.doc")}
    assert all(u["status"] == "failed" and u["error"] for u in data["unreadable"])
    english = runner.invoke(app, ["validate", "--db", db, "--lang", "en"])
    assert "could not be read" in english.output


def test_ingest_json_summary_parses(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("2022年度某县交通运输局部门整体支出绩效自评报告\n本年支出110.00万元,其中基本支出60.00万元,"
                                   "项目支出40.00万元。自评得分78分,等级为“优”。\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.md"), "--db", str(tmp_path / "d.duckdb"), "--json",
                                 "--workers", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["files"] == 1 and data["by_status"] == {"ok": 1} and data["flags"]["error"] == 2
    assert data["validation"]["passed"] == data["validation"]["total"]
