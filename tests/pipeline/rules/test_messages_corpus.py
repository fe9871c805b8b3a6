"""On real documents: every flag's sentence is Chinese by default and English with `--lang en`.

The dev corpus and the samples raise flags of many rules (and cross-report checks); each
stored flag carries its figures, so the language is chosen when the flags are shown.
"""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from tests.conftest import REPO, shared_dir

ENGLISH = re.compile(r"\b(?:but|stated|the|add up|is|are|and|not|above|exceeds|also|differs|from)\b")


@pytest.fixture(scope="module")
def flags(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    db = str(tmp_path_factory.mktemp("language") / "l.duckdb")
    runner = CliRunner()
    for folder in (shared_dir() / "corpus" / "dev", REPO / "samples", REPO / "tests" / "corpora" / "heldout"):
        result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--no-progress"])
        assert result.exit_code in (0, 1), result.output
    zh = json.loads(runner.invoke(app, ["flags", "--db", db, "--json"]).stdout)
    en = json.loads(runner.invoke(app, ["flags", "--db", db, "--json", "--lang", "en"]).stdout)
    with_env = json.loads(runner.invoke(app, ["flags", "--db", db, "--json"], env={"JIXIAO_LANG": "en"}).stdout)
    return {"zh": zh, "en": en, "env": with_env}


def test_no_flag_message_in_english_by_default(flags: dict[str, list[dict]]) -> None:
    assert len(flags["zh"]) >= 10 and len({f["rule"] for f in flags["zh"]}) >= 6
    english = [f["message"] for f in flags["zh"] if ENGLISH.search(f["message"])]
    assert english == []
    assert all(re.search(r"[\u4e00-\u9fff]", f["message"]) for f in flags["zh"])


def test_lang_en_gives_english(flags: dict[str, list[dict]]) -> None:
    assert [f["flag_id"] for f in flags["en"]] == [f["flag_id"] for f in flags["zh"]]
    assert all(ENGLISH.search(f["message"]) for f in flags["en"]), [f["message"] for f in flags["en"]
                                                                   if not ENGLISH.search(f["message"])]
    assert flags["env"] == flags["en"]  # JIXIAO_LANG=en does the same
