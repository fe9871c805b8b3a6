"""Tables without rules give the facts of their ruled originals.

Every table-bearing document of the dev corpus and of `samples/` is rendered
again (tests/fixtures/build_aligned.py) three ways: as a 三线表 PDF (horizontal
rules only, cells set as aligned text), and as text with its tables
tab-separated or space-aligned. Each rendering is scored against the
original's golden file with the official scorer (fields F1 1.000, every
planted error flagged and nothing else, no false metric) and its facts are
compared with the original's, field by field.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.reading.read import read_bytes
from pipeline.run import iter_input_files, process_document, process_file
from pipeline.storage.store import Store
from schemas.facts import ReportFacts
from tests.conftest import REPO, shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import build_aligned  # noqa: E402

KINDS = ("booktabs", "tab", "space")


def table_bearing(folder: Path) -> list[Path]:
    """Documents of a corpus folder whose reader finds tables (and that have a golden file)."""
    out = []
    for path in iter_input_files([folder]):
        golden = path.with_name(path.stem + ".golden.json")
        if golden.exists() and read_bytes(path.read_bytes(), str(path)).tables:
            out.append(path)
    return out


def sources() -> list[Path]:
    return table_bearing(REPO / "samples") + table_bearing(shared_dir() / "corpus" / "dev")


@pytest.fixture(scope="module")
def originals() -> dict[str, Path]:
    found = {path.stem: path for path in sources()}
    assert len(found) >= 9, sorted(found)  # 5 samples, 4 dev documents
    return found


@pytest.fixture(scope="module", params=KINDS)
def rendered(request, originals, tmp_path_factory):  # type: ignore[no-untyped-def]
    """(kind, folder of renderings with the originals' golden files, scorer result)."""
    folder = tmp_path_factory.mktemp(request.param)
    for stem, path in originals.items():
        document = read_bytes(path.read_bytes(), str(path))
        data, suffix = build_aligned.render(document, request.param)
        (folder / (stem + suffix)).write_bytes(data)
        shutil.copy(path.with_name(stem + ".golden.json"), folder / (stem + ".golden.json"))
    db = folder / "jixiao.duckdb"
    with Store(db) as store:
        for path in iter_input_files([folder]):
            store.write(process_file(path))
    out = folder / "score.json"
    run = subprocess.run([sys.executable, str(shared_dir() / "tools" / "score.py"), "--db", str(db), "--golden", str(folder),
                          "--json", str(out)], capture_output=True, text=True, check=False)
    print(run.stdout)
    return request.param, folder, json.loads(out.read_text(encoding="utf-8"))


def test_renderings_score_as_their_originals(rendered) -> None:  # type: ignore[no-untyped-def]
    kind, _, result = rendered
    assert result["summary"].startswith("total: docs=9 missing=0"), result["summary"]
    for doc in result["docs"]:
        fields = doc["fields"]
        assert fields["fp"] == 0 and fields["fn"] == 0, (kind, doc["doc"], doc["notes"])
        assert doc["flags"]["fp"] == 0 and doc["flags"]["fn"] == 0, (kind, doc["doc"], doc["notes"])
        assert doc["metrics"]["fp"] == 0, (kind, doc["doc"], doc["notes"])


def summary(facts: ReportFacts) -> dict[str, object]:
    meta = facts.meta
    return {
        "meta": (meta.department, meta.fiscal_year, meta.report_kind, meta.self_score, meta.grade, meta.project_name),
        "budget": sorted((b.item, str(b.basis), b.value) for b in facts.budget_items),
        "projects": sorted((p.name, p.budget.value if p.budget else None) for p in facts.projects),
        "indicators": sorted((i.name or "", i.level1 or "", i.level2 or "", i.target or "", i.actual or "",
                              str(i.weight), str(i.score)) for i in facts.indicators),
        "metrics": sorted((m.value, m.unit) for m in facts.metrics),
        "flags": sorted((f.rule, f.severity.value) for f in facts.flags),
        "findings": sorted((f.kind, f.ordinal) for f in facts.findings),
    }


def facts_of(data: bytes, name: str) -> ReportFacts:
    outcome = process_document(read_bytes(data, name))
    assert outcome.facts is not None, outcome.error
    return outcome.facts


def test_renderings_give_the_facts_of_their_originals(rendered, originals) -> None:  # type: ignore[no-untyped-def]
    kind, folder, _ = rendered
    for stem, path in originals.items():
        want = summary(facts_of(path.read_bytes(), str(path)))
        (copy,) = [p for p in folder.iterdir() if p.stem == stem and not p.name.endswith(".json")]
        got = summary(facts_of(copy.read_bytes(), str(copy)))
        for key in want:
            assert got[key] == want[key], (kind, stem, key)


def test_renderings_hold_their_tables_as_tables(rendered) -> None:  # type: ignore[no-untyped-def]
    """The tables were read as tables (not left in the running text)."""
    kind, folder, _ = rendered
    for path in iter_input_files([folder]):
        if path.suffix in (".pdf", ".txt"):
            document = read_bytes(path.read_bytes(), str(path))
            assert document.tables, (kind, path.name)
            assert all(cell.address for table in document.tables for cell in table.cells), (kind, path.name)
