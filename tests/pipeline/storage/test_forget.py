"""`jixiao forget`: what was ingested by mistake goes, from every table and the ledger; nothing else does."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.run import process_file
from pipeline.storage.forget import apply_forget, plan_forget
from pipeline.storage.store import Store
from schemas.errors import ConfigError, NothingFound
from schemas.tables import CONTRACT_TABLES

REPORT = ("2022年度某县{dept}部门整体支出绩效自评报告\n一、收支情况\n"
          "本年支出110.00万元,其中基本支出60.00万元,项目支出50.00万元。\n二、自评结论\n自评得分92分,等级为“优”。\n")


def _dataset(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path / "in"
    folder.mkdir()
    files = {"a": folder / "a.md", "a-copy": folder / "a-copy.md", "b": folder / "b.md"}
    files["a"].write_text(REPORT.format(dept="交通运输局"), encoding="utf-8")
    files["a-copy"].write_text(REPORT.format(dept="交通运输局"), encoding="utf-8")
    files["b"].write_text(REPORT.format(dept="教育局"), encoding="utf-8")
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        for path in (*files.values(), tmp_path / "in" / "sample"):  # the last: a typo, a failed row
            store.write(process_file(path))
    return db, files


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                for t in (*(s.name for s in CONTRACT_TABLES), "files")}


def _forget(db: Path, *keys: str, dry_run: bool = False) -> None:
    with Store(db) as store:
        plan = plan_forget(store.con, keys)
        if not dry_run:
            apply_forget(store.con, plan)


def test_forgetting_a_path_removes_its_report_everywhere_unless_a_copy_holds_the_bytes(tmp_path: Path) -> None:
    db, files = _dataset(tmp_path)
    before = _counts(db)
    assert before["reports"] == 3 and before["files"] == 4
    _forget(db, str(files["a"]))  # its copy still holds the bytes: the report stays, under the copy's path
    with duckdb.connect(str(db), read_only=True) as con:
        paths = sorted(r[0] for r in con.execute("SELECT source_path FROM reports").fetchall())
        ledger = sorted(r[0] for r in con.execute("SELECT path FROM files").fetchall())
    assert str(files["a-copy"]) in paths and str(files["a"]) not in paths and str(files["a"]) not in ledger
    _forget(db, str(files["a-copy"]))
    after = _counts(db)
    assert after["reports"] == 2 and after["files"] == 2
    assert after["budget_items"] < before["budget_items"] and after["flags"] <= before["flags"]


def test_forgetting_a_folder_or_a_report_id_and_the_dry_run(tmp_path: Path) -> None:
    db, files = _dataset(tmp_path)
    before = _counts(db)
    _forget(db, str(tmp_path / "in"), dry_run=True)
    assert _counts(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        rid = con.execute("SELECT report_id FROM reports WHERE source_path = ?", [str(files["b"])]).fetchone()[0]  # type: ignore[index]
    _forget(db, rid[:10])  # a report key takes the report and all its paths
    assert _counts(db)["reports"] == 2
    _forget(db, str(tmp_path / "in"))  # a folder: everything under it
    assert all(n == 0 for n in _counts(db).values())


def test_a_key_that_matches_nothing_or_several_reports_is_refused(tmp_path: Path) -> None:
    db, _ = _dataset(tmp_path)
    with Store(db) as store:
        with pytest.raises(NothingFound, match="nothing in the dataset matches"):
            plan_forget(store.con, ["in/nowhere.md"])
        ids = [r[0] for r in store.con.execute("SELECT report_id FROM reports").fetchall()]
        common = next((a[:4] for a in ids for b in ids if a != b and a[:4] == b[:4]), None)
        if common:
            with pytest.raises(ConfigError, match="report ids"):
                plan_forget(store.con, [common])


def test_cli_ingest_of_a_typo_then_forget_leaves_no_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's commands, verbatim."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JIXIAO_LANG", "en")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "in/sample", "--db", "typo.duckdb"])
    assert result.exit_code == 1  # the file failed
    dry = runner.invoke(app, ["forget", "in/sample", "--db", "typo.duckdb", "--dry-run"])
    assert dry.exit_code == 0 and "would forget 1 reports and 1 paths (dry run" in dry.output
    assert "failed" in dry.output and "in/sample" in dry.output
    done = runner.invoke(app, ["forget", "in/sample", "--db", "typo.duckdb"])
    assert done.exit_code == 0 and "forgot 1 reports and 1 paths" in done.output
    assert all(n == 0 for n in _counts(tmp_path / "typo.duckdb").values())
    again = runner.invoke(app, ["forget", "in/sample", "--db", "typo.duckdb"])
    assert again.exit_code == 1 and "nothing in the dataset matches" in again.output
