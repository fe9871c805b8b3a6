"""The golden-file rules of tests/corpora/scoring.py, each on a case built by hand.

(Agreement with the official ../shared/tools/score.py on every corpus: tests/test_corpus.py.)
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from schemas.tables import CONTRACT_TABLES
from tests.conftest import shared_dir
from tests.corpora.scoring import (
    Tally,
    flag_items,
    load_golden,
    main,
    number,
    score_budget,
    score_corpus,
    score_findings,
    score_flags,
    score_metrics,
    score_named,
    score_report,
    text_key,
    unit_key,
)


@pytest.mark.parametrize(("value", "want"), [
    ("1,826.00", Decimal("1826.00")), (96.5, Decimal("96.5")), (" 12 ", Decimal("12")), (None, None),
    ("96.5分", None), ("NaN", None), (True, None),
])
def test_number(value, want) -> None:  # type: ignore[no-untyped-def]
    assert number(value) == want


@pytest.mark.parametrize(("value", "want"), [
    ("“优”", "优"), ("《条例》 第 5 条", "条例第5条"), ("ＡＢ１", "AB1"), (None, None), (2022, "2022"),
])
def test_text_key(value, want) -> None:  # type: ignore[no-untyped-def]
    assert text_key(value) == want


@pytest.mark.parametrize(("unit", "want"), [
    ("％", "%"), ("百分比", "%"), ("percent", "%"), ("个百分点", "百分点"), ("个", "个"), (None, ""), (" 人次 ", "人次"),
])
def test_unit_key(unit, want) -> None:  # type: ignore[no-untyped-def]
    assert unit_key(unit) == want


@pytest.mark.parametrize(("want", "got", "tally"), [
    ({"self_score": 96}, {"self_score": Decimal("96.00")}, Tally(1, 0, 0)),
    ({"self_score": 96}, {"self_score": Decimal("96.01")}, Tally(0, 1, 1)),  # beyond 0.001: false and missed
    ({"self_score": 96}, {"self_score": None}, Tally(0, 0, 1)),  # missed only
    ({"grade": "优"}, {"grade": "“优”"}, Tally(1, 0, 0)),
    ({"fiscal_year": 2022, "grade": "良"}, {"fiscal_year": 2022, "grade": "优"}, Tally(1, 1, 1)),
    ({"grade": None}, {"grade": None}, Tally(1, 0, 0)),  # a golden null: the grade must stay null
    ({}, {"self_score": 90, "grade": "优"}, Tally(0, 2, 0)),  # a score or grade the document does not state
    ({"status": "ok"}, {"status": "ok", "self_score": None}, Tally(1, 0, 0)),
])
def test_report_fields(want, got, tally) -> None:  # type: ignore[no-untyped-def]
    assert score_report(want, got).tally == tally


def budget_rows(*rows: tuple[str, str | None, str]) -> list[dict]:
    return [{"item": item, "basis": basis, "value": Decimal(value)} for item, basis, value in rows]


@pytest.mark.parametrize(("want", "rows", "tally"), [
    ({("budget_adjusted", None): "100.00"}, budget_rows(("budget_adjusted", None, "100.01")), Tally(1, 0, 0)),
    ({("budget_adjusted", None): "100.00"}, budget_rows(("budget_adjusted", None, "100.02")), Tally(0, 1, 1)),
    # rates get 0.006, money 0.01
    ({("execution_rate", None): "96.36"}, budget_rows(("execution_rate", None, "96.365")), Tally(1, 0, 0)),
    ({("execution_rate", None): "96.36"}, budget_rows(("execution_rate", None, "96.37")), Tally(0, 1, 1)),
    # a second value of a wanted item is false
    ({("expenditure_total", None): "50"}, budget_rows(("expenditure_total", None, "50"),
                                                      ("expenditure_total", None, "60")), Tally(1, 1, 0)),
    # the same value twice counts once
    ({("expenditure_total", None): "50"}, budget_rows(("expenditure_total", None, "50"),
                                                      ("expenditure_total", "executed", "50")), Tally(1, 0, 0)),
    # an item the golden does not list: each of its values is false
    ({}, budget_rows(("funds_central", None, "1"), ("funds_central", None, "2")), Tally(0, 2, 0)),
    # item@basis matches rows of that basis only
    ({("revenue_carryover", "executed"): "7"}, budget_rows(("revenue_carryover", "initial", "7")), Tally(0, 0, 1)),
    ({("revenue_carryover", "executed"): "7"}, budget_rows(("revenue_carryover", "executed", "7")), Tally(1, 0, 0)),
    # an item wanted on a basis and plain: the plain key leaves the other bases' values to their own keys
    ({("revenue_carryover", None): "5", ("revenue_carryover", "executed"): "7"},
     budget_rows(("revenue_carryover", None, "5"), ("revenue_carryover", "executed", "7")), Tally(2, 0, 0)),
    # an unclaimed basis of an item the golden wants is not counted
    ({("revenue_carryover", "executed"): "7"},
     budget_rows(("revenue_carryover", "executed", "7"), ("revenue_carryover", "initial", "3")), Tally(1, 0, 0)),
    ({("budget_initial", None): "1"}, [], Tally(0, 0, 1)),
])
def test_budget_items(want, rows, tally) -> None:  # type: ignore[no-untyped-def]
    assert score_budget(want, rows).tally == tally


PROJECT = {"name": "执法综合业务费", "budget": "801700.00", "executed": "801700.00", "execution_rate": "100"}


@pytest.mark.parametrize(("rows", "tally"), [
    ([dict(PROJECT)], Tally(4, 0, 0)),
    ([dict(PROJECT, name="“执法综合业务费”")], Tally(4, 0, 0)),  # names compared without quotes
    ([dict(PROJECT, execution_rate="100.005")], Tally(4, 0, 0)),
    ([dict(PROJECT, executed="801699.00")], Tally(3, 0, 1)),
    ([dict(PROJECT, budget=None), dict(PROJECT, executed=None)], Tally(4, 0, 0)),  # any row of the name
    ([], Tally(0, 0, 4)),  # the name and its three values missed
    ([dict(PROJECT), dict(PROJECT, name="其他项目")], Tally(4, 1, 0)),  # a project the golden does not list
])
def test_projects_by_name(rows, tally) -> None:  # type: ignore[no-untyped-def]
    assert score_named("projects", [PROJECT], rows, ("budget", "executed", "execution_rate")).tally == tally


def test_indicators_compare_text_columns_as_text() -> None:
    want = [{"name": "群众满意度", "target": "≥90%", "actual": "92.3%", "weight": "10", "score": "10"}]
    rows = [{"name": "群众满意度", "target": "≥ 90%", "actual": "92.30%", "weight": Decimal("10"), "score": 9}]
    part = score_named("indicators", want, rows, ("weight", "score"), ("target", "actual"))
    assert part.tally == Tally(3, 0, 2)
    assert any("actual" in n for n in part.notes) and any("score" in n for n in part.notes)


def metric(value: str, unit: str | None = None, subject: str | None = None) -> dict:
    return {"value": Decimal(value), "unit": unit, "subject": subject}


@pytest.mark.parametrize(("want", "traps", "rows", "tally", "subjects"), [
    ([{"value": "6832", "unit": "人", "subject": "康复服务"}], [], [metric("6832", "人", "基本康复服务")],
     Tally(1, 0, 0), (1, 1)),
    ([{"value": "6832", "unit": "人"}], [], [metric("6832", "名")], Tally(0, 0, 1), (0, 0)),
    ([{"value": "97.2", "unit": "%"}], [], [metric("97.2", "％")], Tally(1, 0, 0), (0, 0)),
    ([{"value": "3", "unit": "个百分点"}], [], [metric("3", "百分点")], Tally(1, 0, 0), (0, 0)),
    # one extracted metric answers one wanted metric only
    ([{"value": "5", "unit": "次"}, {"value": "5", "unit": "次"}], [], [metric("5", "次")], Tally(1, 0, 1), (0, 0)),
    # extra metrics are not false; not_metrics are, with any unit when the trap gives none
    ([], [{"value": "12348"}], [metric("12348", "热线"), metric("12348"), metric("7", "次")], Tally(0, 2, 0), (0, 0)),
    ([], [{"value": "11", "unit": "日"}], [metric("11", "日"), metric("11", "项")], Tally(0, 1, 0), (0, 0)),
    ([{"value": "380", "unit": "名", "subject": "回访"}], [], [metric("380", "名", "抽样")], Tally(1, 0, 0), (0, 1)),
])
def test_metrics(want, traps, rows, tally, subjects) -> None:  # type: ignore[no-untyped-def]
    part = score_metrics(want, traps, rows)
    assert (part.tally, (part.subjects_right, part.subjects_scored)) == (tally, subjects)


def flag(items: str, severity: str = "error") -> dict:
    return {"rule": "sum", "severity": severity, "items": items, "message": ""}


@pytest.mark.parametrize(("want", "rows", "tally"), [
    ([{"items": ["expenditure_basic", "expenditure_total"]}],
     [flag("expenditure_basic,expenditure_project,expenditure_total")], Tally(1, 0, 0)),
    ([{"items": ["expenditure_basic", "expenditure_total"]}], [flag("expenditure_basic")], Tally(0, 1, 1)),
    ([{"items": ["execution_rate"]}], [flag("execution_rate@executed")], Tally(1, 0, 0)),  # item@basis is the item
    ([{"items": []}], [flag("a"), flag("b")], Tally(1, 0, 0)),  # an empty list: any error flag, several may match
    ([{"items": ["a"], "within": ["a", "b"]}], [flag("a,b,c")], Tally(0, 1, 1)),
    ([{"items": ["a"], "not_items": ["c"]}], [flag("a,c")], Tally(0, 1, 1)),
    ([], [flag("a", severity="warning")], Tally(0, 0, 0)),  # error flags only
    ([], [flag("a")], Tally(0, 1, 0)),  # a false alarm
])
def test_flags(want, rows, tally) -> None:  # type: ignore[no-untyped-def]
    assert score_flags(want, rows).tally == tally


def test_flag_items_split_and_drop_the_basis() -> None:
    assert flag_items({"items": " budget_adjusted@adjusted, expenditure_total ,"}) == {"budget_adjusted",
                                                                                       "expenditure_total"}
    assert flag_items({"items": None}) == frozenset()


def test_findings_count_by_kind() -> None:
    rows = [{"kind": "problem"}, {"kind": "problem"}, {"kind": "measure"}]
    assert score_findings({"problem": 2, "measure": 2}, rows).tally == Tally(1, 0, 1)


def test_tally_rates() -> None:
    assert (Tally(3, 1, 0).precision, Tally(3, 0, 1).recall, Tally().f1, Tally(0, 1, 1).f1) == (0.75, 0.75, 1.0, 0.0)


# --------------------------------------------------------------------------- a dataset end to end
def write_dataset(db: Path, rows: dict[str, list[dict]]) -> None:
    """Rows into the contract tables of `db` (created when missing), columns not given left null."""
    con = duckdb.connect(str(db))
    for spec in CONTRACT_TABLES:
        con.execute(spec.ddl())
        for row in rows.get(spec.name, []):
            names = ", ".join(row)
            con.execute(f"INSERT INTO {spec.name} ({names}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    con.close()


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    goldens = {
        "a": {"report": {"status": "ok", "self_score": 95}, "budget_items": {"budget_adjusted": "1826000.00"},
              "flags": [{"items": ["execution_rate"]}], "findings": {"problem": 1}},
        "sub/b": {"report": {"status": "needs_ocr"}, "budget_items": {"budget_adjusted": "1.00"}},
        "c": {"report": {"status": "ok"}},
        "d": {"report": {"status": "partial", "grade": "优"},
              "budget_items": {"revenue_carryover": "5", "revenue_carryover@executed": "7", "execution_rate": "96.36"},
              "projects": [{"name": "甲项目", "budget": "100", "executed": "90", "execution_rate": "90"},
                           {"name": "乙项目", "budget": "50"}],
              "indicators": [{"name": "满意度", "target": "≥90%", "actual": "92%", "weight": "10", "score": "10"}],
              "metrics": [{"value": "6832", "unit": "人", "subject": "康复"}, {"value": "97.2", "unit": "%"}],
              "not_metrics": [{"value": "12348"}, {"value": "11", "unit": "日"}],
              "flags": [{"items": ["a"], "within": ["a", "b"]}, {"items": []}]},
    }
    for stem, golden in goldens.items():
        (folder / f"{stem}.golden.json").write_text(json.dumps(golden, ensure_ascii=False), encoding="utf-8")
        (folder / f"{stem}.pdf").write_bytes(b"%PDF")
    db = tmp_path / "x.duckdb"
    write_dataset(db, {
        "reports": [{"report_id": "A", "source_path": str(folder / "a.pdf"), "status": "ok", "self_score": 95},
                    {"report_id": "B", "source_path": "elsewhere/b.pdf", "status": "needs_ocr"}],
        "budget_items": [{"report_id": "A", "item": "budget_adjusted", "value": Decimal("1826000")},
                         {"report_id": "B", "item": "budget_adjusted", "value": Decimal("9")}],
        "flags": [{"report_id": "A", "rule": "rates", "severity": "error", "items": "execution_rate"}],
        "findings": [{"report_id": "A", "kind": "problem"}],
    })
    write_dataset(db, {
        "reports": [{"report_id": "D", "source_path": "d.pdf", "status": "partial", "grade": "优", "self_score": 91}],
        "budget_items": [{"report_id": "D", "item": i, "basis": b, "value": Decimal(v)} for i, b, v in (
            ("revenue_carryover", None, "5"), ("revenue_carryover", "executed", "7"),
            ("revenue_carryover", "initial", "3"), ("execution_rate", None, "96.365"), ("funds_local", None, "1"))],
        "projects": [{"report_id": "D", "name": "“甲项目”", "budget": Decimal("100"), "executed": Decimal("89"),
                      "execution_rate": Decimal("90.004")}, {"report_id": "D", "name": "丙项目"}],
        "indicators": [{"report_id": "D", "name": "满意度", "target": "≥ 90%", "actual": "92%",
                        "weight": Decimal("10"), "score": Decimal("9")}],
        "metrics": [{"report_id": "D", "value": Decimal(v), "unit": u, "subject": t} for v, u, t in (
            ("6832", "人", "基本康复服务"), ("97.2", "％", None), ("12348", "热线", None), ("11", "项", None))],
        "flags": [{"report_id": "D", "rule": r, "severity": s, "items": i} for r, s, i in (
            ("sum", "error", "a,b"), ("sum", "error", "a,b,c"), ("rate", "warning", "z"))],
    })
    return folder, db


def test_a_corpus_is_scored_document_by_document(corpus: tuple[Path, Path]) -> None:
    folder, db = corpus
    result = score_corpus(db, folder)
    assert result.goldens == 4 and result.missing == ("c.pdf",)
    assert [(d.document, d.fields, d.metrics, d.flags) for d in result.documents] == [
        ("a.pdf", Tally(4, 0, 0), Tally(), Tally(1, 0, 0)),  # status, score, budget, findings
        # report 2 + score not stated 1 fp; budget 3 tp + funds_local 1 fp; 甲 4 - 1 executed, 乙 missed 2,
        # 丙 1 fp; indicator 5 - 1 score; metrics 2 tp, 12348 false; flags: within fails for a,b,c (a false
        # alarm) but the empty golden list takes any error flag
        ("d.pdf", Tally(2 + 3 + 3 + 4, 1 + 1 + 1, 1 + 2 + 1), Tally(2, 1, 0), Tally(2, 0, 0)),
        ("b.pdf", Tally(1, 0, 0), Tally(), Tally()),  # not ok: its report only (the wrong budget is not looked at)
    ]
    assert result.summary() == ("total: docs=4 missing=1 fields P=0.850 R=0.810 F1=0.829 metrics P=0.667 "
                                "R=1.000 subject=1.000 flags P=1.000 R=1.000")


def test_the_official_scorer_gives_the_same_numbers(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, db = corpus
    out = tmp_path / "official.json"
    scorer = shared_dir() / "tools" / "score.py"
    subprocess.run([sys.executable, str(scorer), "--db", str(db), "--golden", str(folder), "--json", str(out)],
                   capture_output=True, check=False)
    official = json.loads(out.read_text(encoding="utf-8"))
    ours = score_corpus(db, folder)
    assert [(d.document, asdict(d.fields), asdict(d.metrics), asdict(d.flags)) for d in ours.documents] == [
        (d["doc"], d["fields"], d["metrics"], d["flags"]) for d in official["docs"]]
    assert ours.summary() == official["summary"]


def test_golden_files_name_their_document(corpus: tuple[Path, Path]) -> None:
    folder, _ = corpus
    golden = load_golden(folder / "a.golden.json")
    assert (golden.document, golden.budget_items, golden.scored_beyond_report) == (
        "a.pdf", {("budget_adjusted", None): "1826000.00"}, True)


def test_the_command_line_scores_and_exits_1_on_a_document_not_ingested(
        corpus: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = corpus
    out = tmp_path / "score.json"
    assert main(["--db", str(db), "--golden", str(folder), "-v", "--json", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "c.pdf: NOT INGESTED" in printed and printed.rstrip().endswith("flags P=1.000 R=1.000")
    assert [d["doc"] for d in json.loads(out.read_text(encoding="utf-8"))["docs"]] == ["a.pdf", "d.pdf", "b.pdf"]
    (folder / "c.golden.json").unlink()
    assert main(["--db", str(db), "--golden", str(folder), "--min-f1", "0.8"]) == 0
    assert main(["--db", str(db), "--golden", str(folder), "--min-f1", "0.9"]) == 1
