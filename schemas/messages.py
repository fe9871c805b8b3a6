"""Words for readers, in their language: flag sentences, rule titles, item names, interface text.

A flag stores its figures (`schemas.facts.FlagText`: a message key and typed parameters);
`render` turns them into a sentence at output time, so switching language needs no
re-ingest. Templates live in `schemas/data/messages.json` (flags, rules, item names,
terms) and `schemas/data/ui.json` (what the commands and the HTML report print), each entry
with `zh` and `en`. Chinese is the default; `JIXIAO_LANG=en` or `--lang en` gives English.

Money is shown in the unit the report wrote its figures in (万元 unless it wrote 元 or 亿元),
with thousands separators; the exact yuan stay in the data.
"""
from __future__ import annotations

import json
import os
import string
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any

from schemas.errors import JixiaoError
from schemas.facts import FlagParam, FlagText, ParamKind

LANG_ENV = "JIXIAO_LANG"
CENT = Decimal("0.01")
UNIT_FACTORS = {"亿元": Decimal(100_000_000), "万元": Decimal(10_000), "千元": Decimal(1000), "元": Decimal(1)}


class Lang(str, Enum):
    ZH = "zh"
    EN = "en"


DEFAULT_LANG = Lang.ZH


_CHOSEN: ContextVar[Lang | None] = ContextVar("jixiao_lang", default=None)


def use_lang(lang: Lang | str | None) -> None:
    """The language of this command (`--lang`); None: back to `JIXIAO_LANG` or Chinese."""
    _CHOSEN.set(None if lang is None else resolve_lang(lang))


def resolve_lang(lang: Lang | str | None = None) -> Lang:
    """The language asked for, else the command's `--lang`, else `JIXIAO_LANG`, else Chinese."""
    if lang is None and _CHOSEN.get() is not None:
        return _CHOSEN.get() or DEFAULT_LANG
    value = lang.value if isinstance(lang, Lang) else lang
    value = (value or os.environ.get(LANG_ENV) or DEFAULT_LANG.value).strip().lower()
    return Lang.EN if value.startswith("en") else Lang.ZH


@cache
def _catalog(name: str) -> dict[str, Any]:
    text = resources.files("schemas").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def messages() -> dict[str, Any]:
    return _catalog("messages.json")


def ui_strings() -> dict[str, dict[str, str]]:
    return _catalog("ui.json")


def _pick(entry: dict[str, str] | None, lang: Lang, fallback: str) -> str:
    if not entry:
        return fallback
    return entry.get(lang.value) or entry.get(DEFAULT_LANG.value) or fallback


# --- vocabulary --------------------------------------------------------------------------------

def item_label(code: str, lang: Lang | str | None = None) -> str:
    """An item code or column (`budget_adjusted`, `budget_adjusted@adjusted`) in words; other text as is."""
    lang = resolve_lang(lang)
    item, _, basis = code.partition("@")
    label = _pick(messages()["items"].get(item), lang, item)
    if basis:
        label += ("（{}）" if lang is Lang.ZH else " ({})").format(_pick(messages()["basis"].get(basis), lang, basis))
    return label


def term(key: str, lang: Lang | str | None = None) -> str:
    lang = resolve_lang(lang)
    if key.startswith("basis."):
        return _pick(messages()["basis"].get(key.removeprefix("basis.")), lang, key)
    return _pick(messages()["terms"].get(key), lang, key)


def rule_title(rule_id: str, lang: Lang | str | None = None, fallback: str = "") -> str:
    """What a rule checks, in words (`jixiao rules`); `fallback` for a rule the catalog does not know yet."""
    return _pick(messages()["rules"].get(rule_id), resolve_lang(lang), fallback or rule_id)


def t(key: str, lang: Lang | str | None = None, /, **values: object) -> str:
    """An interface string (`schemas/data/ui.json`), with `{name}` fields filled in."""
    template = _pick(ui_strings().get(key), resolve_lang(lang), key)
    return template.format(**values) if values else template


def error_line(exc: JixiaoError, lang: Lang | str | None = None) -> str:
    """`E###: what happened — what to do`, the class's hint in the reader's language."""
    hint = exc.hint
    if not exc.own_hint:
        key = f"hint.{exc.code}"
        localized = t(key, lang)
        hint = localized if localized != key else hint
    return f"{exc}" + (f" — {hint}" if hint else "")


# --- figures -----------------------------------------------------------------------------------

def format_money(yuan: Decimal, unit: str = "万元") -> str:
    """`32810000` in 万元 -> `3,281.00万元`; in 元 -> `32,810,000.00元`."""
    factor = UNIT_FACTORS.get(unit, UNIT_FACTORS["万元"])
    amount = (Decimal(yuan) / factor).quantize(CENT, rounding=ROUND_HALF_UP)
    return f"{amount:,}{unit if unit in UNIT_FACTORS else '万元'}"


def format_percent(value: Decimal) -> str:
    return f"{Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)}%"


def format_number(value: Decimal, unit: str = "") -> str:
    value = Decimal(value)
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}".rstrip("0").rstrip(".")
    return text + unit


def render_param(p: FlagParam, lang: Lang) -> str:
    sep = "、" if lang is Lang.ZH else ", "
    if p.kind is ParamKind.MONEY and isinstance(p.value, Decimal):
        return format_money(p.value, p.unit or "万元")
    if p.kind is ParamKind.PERCENT and isinstance(p.value, Decimal):
        return format_percent(p.value)
    if p.kind is ParamKind.NUMBER and isinstance(p.value, Decimal):
        return format_number(p.value, p.unit)
    if p.kind is ParamKind.ITEM:
        return item_label(str(p.value or ""), lang)
    if p.kind is ParamKind.ITEMS:
        return sep.join(item_label(code, lang) for code, _ in p.parts)
    if p.kind is ParamKind.TERM:
        return term(str(p.value or ""), lang)
    if p.kind is ParamKind.NAMES:
        return "、".join(text for text, _ in p.parts)
    if p.kind is ParamKind.ADDENDS:
        return " + ".join(f"{item_label(label, lang)} {stated}" for label, stated in p.parts)
    return "" if p.value is None else str(p.value)


def template_fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(text: FlagText, lang: Lang | str | None = None) -> str:
    """A flag's sentence in the language asked for (Chinese by default)."""
    lang = resolve_lang(lang)
    entry = messages()["flags"].get(text.key)
    values = {p.name: render_param(p, lang) for p in text.params}
    if entry is None:  # a key this version does not know: the figures, plainly
        return f"{text.key}: " + "; ".join(f"{k} {v}" for k, v in values.items())
    template = _pick(entry, lang, text.key)
    missing = template_fields(template) - values.keys()
    return template.format(**values, **{name: "?" for name in missing})


def render_stored(figures_json: str | None, message: str | None, lang: Lang | str | None = None) -> str:
    """A stored flag's sentence: rendered from its figures when it has them, else its stored message."""
    if figures_json:
        try:
            return render(FlagText.from_json(figures_json), lang)
        except (ValueError, KeyError, TypeError):
            pass  # figures written by another version: the stored sentence still reads
    return message or ""
