"""Suite files: canonical form, and a malformed expectation is an error, never skipped."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import pipeline.validation.suites as suites_module
from pipeline.validation.suites import (
    SUITES_DIR,
    canonical_suite_json,
    format_suites,
    load_suite,
    load_suites,
)
from schemas.errors import ExpectationSuiteError
from schemas.tables import CONTRACT_TABLES


@pytest.mark.parametrize("path", sorted(SUITES_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_suite_files_are_canonical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text == canonical_suite_json(json.loads(text)), "run pipeline.validation.expectations.format_suites()"


def test_committed_suites_load_whole() -> None:
    suites = load_suites()
    assert [s.name for s in suites] == [t.name for t in CONTRACT_TABLES]
    count = sum(len(json.loads(p.read_text(encoding="utf-8"))["expectations"]) for p in SUITES_DIR.glob("*.json"))
    assert sum(len(s.specs) for s in suites) == count


GOOD = {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "title"},
        "meta": {"name": "title_not_null", "column": "title", "severity": "warning"}}

MALFORMED: dict[str, Any] = {
    "unknown type": {**GOOD, "type": "expect_column_values_to_be_purple"},
    "missing required kwarg": {**GOOD, "kwargs": {}},
    "unknown kwarg": {**GOOD, "kwargs": {"column": "title", "colour": "red"}},
    "kwargs not an object": {**GOOD, "kwargs": ["title"]},
    "bad kwarg value": {**GOOD, "type": "expect_column_values_to_be_between",
                        "kwargs": {"column": "title", "min_value": "low"}},
    "unknown top-level key": {**GOOD, "colour": "red"},
    "no meta": {k: v for k, v in GOOD.items() if k != "meta"},
    "meta without name": {**GOOD, "meta": {"column": "title", "severity": "warning"}},
    "meta severity unknown": {**GOOD, "meta": {**GOOD["meta"], "severity": "fatal"}},
    "meta column unknown": {**GOOD, "meta": {**GOOD["meta"], "column": "headline"}},
    "kwargs column unknown": {**GOOD, "kwargs": {"column": "headline"}},
    "GX severity contradicts meta": {**GOOD, "severity": "critical"},
    "duplicate name": {**GOOD, "meta": {**GOOD["meta"], "name": "report_id_not_null"}},
}


def _suites_with(tmp_path: Path, expectation: Any) -> Path:
    target = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, target)
    path = target / "reports.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["expectations"].append(expectation)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def test_a_well_formed_addition_loads(tmp_path: Path) -> None:
    suites = load_suites(_suites_with(tmp_path, GOOD))
    assert "title_not_null" in [s.name for s in suites[0].specs]


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_expectation_is_an_error(tmp_path: Path, case: str) -> None:
    with pytest.raises(ExpectationSuiteError):
        load_suites(_suites_with(tmp_path, MALFORMED[case]))


@pytest.mark.parametrize("text, why", [
    ("{not json", "not JSON"),
    ('{"name": "reports"}', "no expectations list"),
    ('{"name": "budget_items", "expectations": []}', "name is not the file's stem"),
])
def test_a_malformed_suite_file_is_an_error(tmp_path: Path, text: str, why: str) -> None:
    path = tmp_path / "reports.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExpectationSuiteError):
        load_suite(path)


def test_an_expectation_gx_drops_silently_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = suites_module.build_gx_suite

    def dropping(suite: Any) -> Any:
        built = real(suite)
        built.expectations = built.expectations[:-1]
        return built

    monkeypatch.setattr(suites_module, "build_gx_suite", dropping)
    with pytest.raises(ExpectationSuiteError, match="GX loaded"):
        load_suite(SUITES_DIR / "reports.json")


def test_a_missing_suite_file_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, target)
    (target / "findings.json").unlink()
    with pytest.raises(ExpectationSuiteError, match="findings"):
        load_suites(target)


def test_format_suites_rewrites_only_what_is_not_canonical(tmp_path: Path) -> None:
    target = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, target)
    path = target / "metrics.json"
    path.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    assert format_suites(target) == [path]
    assert path.read_text(encoding="utf-8") == (SUITES_DIR / "metrics.json").read_text(encoding="utf-8")
