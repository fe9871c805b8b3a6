"""Every command × every first-contact mistake: one line `E###: what — what to do`, the documented exit code.

No database, an unknown id, an ambiguous id, an invalid choice, an empty folder, a folder
given as an output: each gives exactly one line (no traceback) and the exit code of
`pipeline.cli.errors` (1: nothing found; 2: could not run), or does the sensible thing
(a folder as `--out` gets the file inside it).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner(env={"COLUMNS": "100"})
LINE = re.compile(r"^E\d{3}: .+ — .+$")
REPORT = "2022年度某县{dept}部门整体支出绩效自评报告\n本年支出110.00万元,其中基本支出60.00万元,项目支出40.00万元。自评得分78分,等级为“优”。\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Two reports whose ids and file names share a start (`cc...`-style ambiguity by name: `ab`)."""
    folder = tmp_path_factory.mktemp("matrix") / "in"
    folder.mkdir()
    (folder / "ab-jiaotong.md").write_text(REPORT.format(dept="交通运输局"), encoding="utf-8")
    (folder / "ab-shuili.md").write_text(REPORT.format(dept="水利局"), encoding="utf-8")
    path = str(folder.parent / "d.duckdb")
    result = runner.invoke(app, ["ingest", str(folder), "--db", path, "--no-progress", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


def one_line(result, code: str, exit_code: int) -> None:  # type: ignore[no-untyped-def]
    text = result.output.strip()
    assert "Traceback" not in result.output
    assert result.exit_code == exit_code, result.output
    assert len(text.splitlines()) == 1 and text.startswith(code), result.output
    assert LINE.match(text), text


NO_DB = "/nonexistent/none.duckdb"


@pytest.mark.parametrize("args", [
    ["show", "x"], ["flags"], ["review", "--list"], ["review", "abcd1234", "--state", "confirmed", "--by", "x"],
    ["export", "--out", "{tmp}/e"], ["compare"], ["report", "--out", "{tmp}/r.html"], ["validate"],
])
def test_no_database(args: list[str], tmp_path: Path) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    one_line(runner.invoke(app, [*args, "--db", NO_DB]), "E401", 2)


@pytest.mark.parametrize("args", [
    ["show", "zzzz"], ["flags", "--report", "zzzz"], ["review", "--report", "zzzz", "--state", "dismissed", "--by", "x"],
    ["review", "ffffffff", "--state", "confirmed", "--by", "x"], ["compare", "--yoy", "不存在局"],
    ["compare", "--department", "不存在局"], ["flags", "--rule", "nosuch."], ["report", "--year", "1999"],
])
def test_unknown_id_or_empty_filter(db: str, args: list[str]) -> None:
    one_line(runner.invoke(app, [*args, "--db", db]), "E500", 1)


@pytest.mark.parametrize("args", [
    ["show", "ab"], ["flags", "--report", "ab-"], ["review", "--report", "ab", "--state", "dismissed", "--by", "x"],
])
def test_ambiguous_id_lists_the_candidates(db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    one_line(result, "E203", 2)
    assert "ab-jiaotong.md" in result.output and "ab-shuili.md" in result.output


def test_show_refuses_an_empty_key_and_prints_the_report_id(db: str) -> None:
    one_line(runner.invoke(app, ["show", "", "--db", db]), "E202", 2)
    one_line(runner.invoke(app, ["show", "  ", "--db", db]), "E202", 2)
    shown = runner.invoke(app, ["show", "jiaotong", "--db", db])  # part of a file name
    report_id = json.loads(runner.invoke(app, ["show", "jiaotong", "--db", db, "--json"]).stdout)["report"]["report_id"]
    assert shown.exit_code == 0 and report_id in shown.output


@pytest.mark.parametrize("args", [
    ["flags", "--severity", "critical"], ["export", "--format", "json"], ["compare", "--kind", "dept"],
    ["review", "--rule", "x", "--state", "maybe"], ["flags", "--review", "maybe"], ["show", "x", "--lang", "fr"],
    ["rules", "--lang", "fr"], ["validate", "--lang", "fr"], ["report", "--lang", "fr"], ["ingest", "x", "--lang", "fr"],
    ["compare", "--by", "nope"], ["nosuchcommand"], ["ingest"], ["show"],
])
def test_invalid_choice_names_the_valid_ones(db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", db] if args[0] not in ("rules", "nosuchcommand") else args)
    code = "E200" if "--by" in args else "E202"
    one_line(result, code, 2)
    if args[-2:] == ["--severity", "critical"]:
        assert "'error', 'warning', 'info'" in result.output
    if "--lang" in args:
        assert "'zh', 'en'" in result.output


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    db = str(tmp_path / "e.duckdb")
    one_line(runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--db", db]), "E500", 1)
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "README.md").write_text("notes", encoding="utf-8")  # skipped in folders: no report
    one_line(runner.invoke(app, ["ingest", str(tmp_path / "only"), "--db", db]), "E500", 1)


def test_empty_dataset(tmp_path: Path) -> None:
    from pipeline.storage.store import Store

    db = str(tmp_path / "empty.duckdb")
    Store(db).close()
    for args in (["compare"], ["report", "--out", str(tmp_path / "r.html")]):
        one_line(runner.invoke(app, [*args, "--db", db]), "E500", 1)
    assert runner.invoke(app, ["flags", "--db", db]).exit_code == 0  # nothing asked, nothing found: no error
    assert runner.invoke(app, ["validate", "--db", db]).exit_code == 0


def test_a_folder_as_output(db: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert runner.invoke(app, ["report", "--db", db, "--out", str(out) + "/"]).exit_code == 0
    assert (out / "report.html").is_file()
    new = tmp_path / "new"
    assert runner.invoke(app, ["report", "--db", db, "--out", str(new) + "/"]).exit_code == 0
    assert (new / "report.html").is_file()
    assert runner.invoke(app, ["compare", "--db", db, "--csv", str(out), "--xlsx", str(out) + "/", "-q"]).exit_code == 0
    assert (out / "comparison.csv").is_file() and (out / "comparison.xlsx").is_file()
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    one_line(runner.invoke(app, ["export", "--db", db, "--out", str(afile)]), "E600", 2)
    one_line(runner.invoke(app, ["validate", "--db", db, "--docs", str(afile)]), "E600", 2)


def test_an_unreachable_dask_scheduler_fails_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.bulk.dask_runner as dask_runner

    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT_S", 1)
    (tmp_path / "a.md").write_text(REPORT.format(dept="交通运输局"), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.md"), "--db", str(tmp_path / "d.duckdb"),
                                 "--dask", "tcp://127.0.0.1:1", "--no-progress"])
    one_line(result, "E700", 2)
    assert "tcp://127.0.0.1:1" in result.output


def test_debug_lets_the_traceback_through(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--debug", "show", "x", "--db", NO_DB])
    assert result.exit_code != 0 and result.exception is not None


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and re.match(r"jixiao \d+\.\d+\.\d+ \(pipeline \S+\)", result.output)
