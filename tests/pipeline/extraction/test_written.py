"""A 繁體 rendering of a dev report gives the facts of the original, stored in the document's own characters."""
from __future__ import annotations

import dataclasses

import pytest

from pipeline.reading.read import read_bytes
from pipeline.run import process_document
from schemas.facts import ReportFacts
from schemas.text.hanzi import to_simplified
from tests.conftest import shared_dir


def traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)  # phrase-aware, as a portal's 繁體 page is


def facts(data: bytes, name: str) -> ReportFacts:
    outcome = process_document(read_bytes(data, name))
    assert outcome.status.value == "ok" and outcome.facts is not None, outcome.error
    return outcome.facts


def simplified_view(value: object) -> object:
    """A record with every string mapped to simplified characters (what the two versions share)."""
    if isinstance(value, str):
        return to_simplified(value)
    if isinstance(value, tuple):
        return tuple(simplified_view(v) for v in value)
    if isinstance(value, dict):
        return {k: simplified_view(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: simplified_view(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


@pytest.mark.parametrize("name", ["haizhu-emergency-2022.md", "wuhou-minzheng-2021.html"])
def test_traditional_rendering_gives_the_same_facts(name: str) -> None:
    source = (shared_dir() / "corpus" / "dev" / name).read_text(encoding="utf-8")
    original = facts(source.encode("utf-8"), name)
    converted = traditional(source)
    assert converted != source
    rendered = facts(converted.encode("utf-8"), "t-" + name)
    for table in ("budget_items", "projects", "indicators", "metrics", "findings", "flags"):
        # Values, pages and offsets agree; text agrees once both are simplified character by character.
        assert simplified_view(getattr(rendered, table)) == simplified_view(getattr(original, table)), table
    assert simplified_view(rendered.meta) == simplified_view(original.meta)
    # Stored text is what the document says: its traditional characters, not the simplified matching form.
    assert rendered.meta.department == traditional(original.meta.department or "")
    assert rendered.meta.title and "績效" in rendered.meta.title
    assert rendered.meta.grade == original.meta.grade and rendered.meta.city == original.meta.city  # canonical
    stated = {b.figure.stated for b in rendered.budget_items}
    assert any("萬元" in s for s in stated) or all("万元" not in b.figure.stated for b in original.budget_items)


def test_simplified_documents_are_untouched() -> None:
    text = "2022年度某县交通运输局部门整体支出绩效自评报告\n本年支出110.00万元，其中基本支出60.00万元，项目支出50.00万元。\n"
    outcome = process_document(read_bytes(text.encode("utf-8"), "a.md"))
    assert outcome.facts is not None and outcome.facts.meta.title == "2022年度某县交通运输局部门整体支出绩效自评报告"
