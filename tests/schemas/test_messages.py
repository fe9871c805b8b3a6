"""Flag sentences rendered from stored figures, in Chinese by default and English on request."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from schemas.facts import Flag, FlagParam, FlagText, Severity, flag_key, money_unit
from schemas.messages import (
    Lang,
    format_money,
    item_label,
    messages,
    render,
    render_stored,
    resolve_lang,
    rule_title,
    template_fields,
    ui_strings,
)


def _parts_text() -> FlagText:
    return FlagText("sum.parts", (
        FlagParam.term("label", "basic_project_spending"),
        FlagParam.addends("addends", [("expenditure_basic", "60.00万元"), ("expenditure_project", "30.00万元")]),
        FlagParam.money("sum", Decimal("900000"), "100.00万元"), FlagParam.item("total_item", "expenditure_total"),
        FlagParam.text("total", "100.00万元"), FlagParam.money("difference", Decimal("-100000"), "100.00万元"),
        FlagParam.money("tolerance", Decimal("100"), "100.00万元"),
    ))


def test_chinese_by_default_english_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JIXIAO_LANG", raising=False)
    text = _parts_text()
    zh = render(text)
    assert zh == ("基本支出 + 项目支出：基本支出 60.00万元 + 项目支出 30.00万元 = 90.00万元，但报告的支出合计为 "
                  "100.00万元（相差 -10.00万元，舍入误差至多 0.01万元）")
    en = render(text, "en")
    assert en.startswith("basic + project spending: basic spending 60.00万元 + project spending 30.00万元 = 90.00万元")
    monkeypatch.setenv("JIXIAO_LANG", "en")
    assert render(text) == en and resolve_lang() is Lang.EN


def test_figures_round_trip_through_json() -> None:
    text = _parts_text()
    assert FlagText.from_json(text.to_json()) == text
    assert render_stored(text.to_json(), "old sentence", "zh") == render(text, "zh")
    assert render_stored(None, "old sentence", "en") == "old sentence"
    assert render_stored("{not json", "old sentence") == "old sentence"


def test_a_flag_without_message_gets_the_chinese_sentence() -> None:
    flag = Flag("score.range", Severity.ERROR, ("self_score",),
                text=FlagText("score.range", (FlagParam.number("score", Decimal("120")),)))
    assert flag.message == "自评分 120 超出 0–100 的范围"


@pytest.mark.parametrize("stated, unit", [("3286万元", "万元"), ("1.2亿元", "亿元"), ("26,266,300元", "元"),
                                          ("2,150.00", "万元"), (None, "万元")])
def test_money_in_the_unit_the_report_wrote(stated: str | None, unit: str) -> None:
    assert money_unit(stated) == unit


def test_money_formats_with_separators() -> None:
    assert format_money(Decimal("32810000"), "万元") == "3,281.00万元"
    assert format_money(Decimal("32810000"), "元") == "32,810,000.00元"
    assert format_money(Decimal("120000000"), "亿元") == "1.20亿元"


@pytest.mark.parametrize("section", ["flags", "items", "rules", "terms", "basis"])
def test_every_entry_has_both_languages_with_the_same_fields(section: str) -> None:
    for key, entry in messages()[section].items():
        assert set(entry) == {"zh", "en"}, key
        assert template_fields(entry["zh"]) == template_fields(entry["en"]), key


def test_interface_strings_have_both_languages() -> None:
    for key, entry in ui_strings().items():
        assert set(entry) == {"zh", "en"}, key
        assert template_fields(entry["zh"]) == template_fields(entry["en"]), key


def test_chinese_templates_are_chinese() -> None:
    english_word = re.compile(r"\b[a-z]{3,}\b")
    for key, entry in messages()["flags"].items():
        assert not english_word.search(re.sub(r"\{\w+\}", "", entry["zh"])), key


def test_item_labels_and_rule_titles() -> None:
    assert item_label("budget_adjusted@adjusted") == "调整后预算（全年预算数）"
    assert item_label("budget_adjusted@adjusted", "en") == "adjusted budget (adjusted)"
    assert item_label("某行标签") == "某行标签"  # a document's own label stays as written
    assert rule_title("score.range") == "自评分在 0 到 100 之间。"
    assert rule_title("new.rule", fallback="A new rule.") == "A new rule."


def test_flag_key_is_stable_and_tells_subjects_apart() -> None:
    a = flag_key("ab" * 32, "projects.rate_vs_computed", ("projects.budget",), "项目甲")
    assert a == flag_key("ab" * 32, "projects.rate_vs_computed", "projects.budget", "项目甲")
    assert a != flag_key("ab" * 32, "projects.rate_vs_computed", ("projects.budget",), "项目乙")
    assert a != flag_key("ab" * 32, "projects.rate_vs_computed", ("projects.budget",), "项目甲", ordinal=1)
    assert len(a) == 20


def test_every_key_the_code_uses_is_in_the_catalogs() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    source = "\n".join(p.read_text(encoding="utf-8") for folder in ("pipeline", "schemas")
                       for p in (root / folder).rglob("*.py"))
    flag_keys = {k for k in re.findall(r'FlagText\(\s*"([a-z0-9_.]+)"', source) if not k.endswith(".")}
    assert flag_keys and flag_keys <= set(messages()["flags"]), flag_keys - set(messages()["flags"])
    ui_keys = {k for k in re.findall(r'\bt\(\s*"([a-z0-9_.]+)"', source) if not k.endswith((".", "_"))}
    assert ui_keys and ui_keys <= set(ui_strings()), ui_keys - set(ui_strings())
