"""`jixiao review`: judgements of flags that survive re-ingest, shown and filtered everywhere."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner(env={"COLUMNS": "100"})
REPORT = (
    "2022年度某县交通运输局部门整体支出绩效自评报告\n"
    "本年支出110.00万元,其中基本支出60.00万元,项目支出40.00万元。自评得分78分,等级为“优”。\n"
)
OTHER = (
    "2022年度某县水利局部门整体支出绩效自评报告\n"
    "年初预算200.00万元,本年支出180.00万元,预算执行率95.00%。自评得分92分,等级为“优”。\n"
)


def _ingest(folder: Path, db: str, *extra: str) -> None:
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--no-progress", "--no-validate", "--workers", "1",
                                 *extra])
    assert result.exit_code == 0, result.output


def _flags(db: str, *args: str) -> list[dict]:
    result = runner.invoke(app, ["flags", "--db", db, "--json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture()
def dataset(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "jiaotong.md").write_text(REPORT, encoding="utf-8")
    (folder / "shuili.md").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "d.duckdb")
    _ingest(folder, db)
    return folder, db


def test_reviews_survive_a_forced_reingest(dataset: tuple[Path, str]) -> None:
    folder, db = dataset
    flags = _flags(db, "--severity", "error")
    by_rule = {f["rule"]: f for f in flags}
    parts, grade = by_rule["expenditure.parts_sum"], by_rule["score.grade_band"]
    assert runner.invoke(app, ["review", parts["flag_id"][:8], "--state", "confirmed", "--note", "决算表核对不符",
                               "--by", "张三", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["review", grade["flag_id"][:8], "--state", "follow_up", "--note", "待问部门",
                               "--by", "李四", "--db", db]).exit_code == 0

    _ingest(folder, db, "--force")

    after = {f["flag_id"]: f for f in _flags(db)}
    assert after[parts["flag_id"]]["review"]["state"] == "confirmed"
    assert after[parts["flag_id"]]["review"]["reviewer"] == "张三"
    assert after[parts["flag_id"]]["review"]["note"] == "决算表核对不符"
    assert after[grade["flag_id"]]["review"]["state"] == "follow_up"
    assert [f["rule"] for f in _flags(db, "--review", "confirmed")] == ["expenditure.parts_sum"]
    assert {f["rule"] for f in _flags(db, "--review", "open")} >= {"score.grade_band"}  # follow-up is still open
    assert "expenditure.parts_sum" not in {f["rule"] for f in _flags(db, "--review", "open")}


def test_a_flag_that_no_longer_appears_shows_its_review_as_stale(dataset: tuple[Path, str]) -> None:
    folder, db = dataset
    (flag,) = [f for f in _flags(db) if f["rule"] == "score.grade_band"]
    runner.invoke(app, ["review", flag["flag_id"], "--state", "dismissed", "--by", "张三", "--db", db])
    (folder / "jiaotong.md").write_text(REPORT.replace("78分", "96分"), encoding="utf-8")  # new bytes: fixed
    _ingest(folder, db)
    listed = runner.invoke(app, ["review", "--list", "--db", db, "--json"])
    stale = json.loads(listed.stdout)["stale"]
    assert [s["flag_key"] for s in stale] == [flag["flag_id"]] and stale[0]["state"] == "dismissed"
    shown = runner.invoke(app, ["review", "--list", "--db", db])
    assert "已失效" in shown.output


def test_bulk_review_by_rule_department_and_report(dataset: tuple[Path, str]) -> None:
    _, db = dataset
    before = _flags(db)
    dry = runner.invoke(app, ["review", "--department", "交通", "--state", "dismissed", "--by", "王五", "--db", db,
                              "--dry-run"])
    assert dry.exit_code == 0 and "预演" in dry.output
    assert all(f["review"] is None for f in _flags(db))  # a dry run changes nothing
    result = runner.invoke(app, ["review", "--report", "jiaotong", "--severity", "error", "--state", "dismissed",
                                 "--by", "王五", "--note", "已知调整", "--db", db])
    assert result.exit_code == 0, result.output
    reviewed = _flags(db, "--review", "dismissed")
    assert reviewed and all(f["source_path"].endswith("jiaotong.md") and f["severity"] == "error" for f in reviewed)
    assert len(_flags(db, "--review", "unreviewed")) == len(before) - len(reviewed)
    cleared = runner.invoke(app, ["review", "--rule", "expenditure.", "--clear", "--db", db])
    assert cleared.exit_code == 0
    assert "expenditure.parts_sum" not in {f["rule"] for f in _flags(db, "--review", "reviewed")}


@pytest.mark.parametrize("args, code", [
    ([], "E202"),                                              # nothing chosen
    (["--rule", "score."], "E202"),                            # no state
    (["abc", "--state", "confirmed", "--by", "x"], "E202"),    # id too short
    (["ffffffff", "--state", "confirmed", "--by", "x"], "E500"),  # unknown id
    (["--rule", "score.", "--state", "maybe"], "E202"),        # not a state
])
def test_review_mistakes_get_one_line(dataset: tuple[Path, str], args: list[str], code: str) -> None:
    _, db = dataset
    result = runner.invoke(app, ["review", *args, "--db", db])
    assert result.exit_code == (1 if code == "E500" else 2)
    assert result.output.startswith(code) and result.output.count("\n") == 1, result.output


def test_reviews_show_in_compare_and_the_open_count(dataset: tuple[Path, str]) -> None:
    _, db = dataset
    (flag,) = [f for f in _flags(db) if f["rule"] == "expenditure.parts_sum"]
    view = json.loads(runner.invoke(app, ["compare", "--db", db, "--json"]).stdout)
    before = {r["source_path"]: r["n_open"] for r in view}
    runner.invoke(app, ["review", flag["flag_id"], "--state", "confirmed", "--by", "张三", "--db", db])
    after = {r["source_path"]: r["n_open"] for r in json.loads(runner.invoke(app, ["compare", "--db", db,
                                                                                     "--json"]).stdout)}
    assert after[flag["source_path"]] == before[flag["source_path"]] - 1
    only = runner.invoke(app, ["compare", "--db", db, "--review", "confirmed", "--json"])
    assert [r["source_path"] for r in json.loads(only.stdout)] == [flag["source_path"]]


def test_flags_json_parses_and_names_everything(dataset: tuple[Path, str]) -> None:
    _, db = dataset
    flags = _flags(db)
    assert flags and {"flag_id", "rule", "severity", "items", "expected", "stated", "message", "review"} <= set(flags[0])
    english = json.loads(runner.invoke(app, ["flags", "--db", db, "--json", "--lang", "en"]).stdout)
    assert [f["flag_id"] for f in english] == [f["flag_id"] for f in flags]
    assert any("basic + project spending" in f["message"] for f in english)
    assert any("基本支出 + 项目支出" in f["message"] for f in flags)


def test_review_help_documents_the_workflow() -> None:
    result = CliRunner(env={"COLUMNS": "120"}).invoke(app, ["review", "--help"])
    assert result.exit_code == 0
    text = result.output
    for phrase in ("jixiao flags --review open", "--state confirmed", "--dry-run", "--clear", "--list", "stale",
                   "survive", "ingest --force", "confirmed", "dismissed", "follow_up"):
        assert phrase in text, phrase


def test_reviews_live_in_their_own_table(dataset: tuple[Path, str]) -> None:
    _, db = dataset
    (flag,) = [f for f in _flags(db) if f["rule"] == "score.grade_band"]
    runner.invoke(app, ["review", flag["flag_id"], "--state", "confirmed", "--by", "张三", "--db", db])
    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute("SELECT flag_key, report_id, rule, state, reviewer FROM reviews").fetchall()
    assert rows == [(flag["flag_id"], flag["report_id"], "score.grade_band", "confirmed", "张三")]
