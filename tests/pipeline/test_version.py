import shutil
from pathlib import Path

from pipeline import PIPELINE_VERSION
from pipeline.version import RELEASE, source_digest
from tests.conftest import REPO


def test_version_names_the_release_and_the_code() -> None:
    assert PIPELINE_VERSION.startswith(RELEASE + "+")


def test_a_vocabulary_change_changes_the_version(tmp_path: Path) -> None:
    for package in ("pipeline", "extractors", "schemas"):
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    before = source_digest(tmp_path)
    synonyms = tmp_path / "extractors" / "data" / "item_synonyms.tsv"
    synonyms.write_text(synonyms.read_text(encoding="utf-8") + "budget_initial\t年初数\n", encoding="utf-8")
    assert source_digest(tmp_path) != before
