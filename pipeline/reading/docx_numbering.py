"""Word automatic numbering, rendered as the reader sees it (`一、`, `（二）`, `3.`).

Headings in Word reports are often numbered by a list definition rather than
typed, so the text layer alone loses `一、` and `（二）` (REAL_WORLD: "heading
numerals dropped"). This renders the label from `numbering.xml`: the
paragraph's (or its style's) `numId`/`ilvl`, the level's `numFmt`, `lvlText`
and `start`, with counters that restart deeper levels when a level moves on.
Bullets are not rendered (their glyphs are symbol-font code points).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHINESE_DIGITS = "零一二三四五六七八九"
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
# Labels ending in these need no space before the text.
TIGHT_ENDINGS = "、）)．.:：】]"


def chinese_counting(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        head = CHINESE_DIGITS[n // 100] + "百"
        rest = n % 100
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + CHINESE_DIGITS[rest]
        return head + ("一" if rest < 20 else "") + chinese_counting(rest)
    return str(n)


def roman(n: int) -> str:
    pairs = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in pairs:
        while n >= value:
            out += letters
            n -= value
    return out


def letters(n: int) -> str:
    # Word repeats the letter: 27 -> aa.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def format_counter(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return chinese_counting(n)
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt in ("ideographTraditional", "ideographZodiac"):
        return HEAVENLY_STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


@dataclass
class Numbering:
    """List definitions of one document, and the running counters."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> Level
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, start overrides)
    style_nums: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, paragraph: Any) -> str:
        """The rendered number of a paragraph (and advance the counters), or ''."""
        found = self._num_of(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        if num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet":
            return ""
        key = f"{abstract}/{num_id}" if overrides else abstract
        counters = self.counters.setdefault(key, {})
        start = overrides.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for lvl in range(9):
            placeholder = f"%{lvl + 1}"
            if placeholder in text:
                other = levels.get(lvl)
                value = counters.get(lvl, other.start if other else 1)
                text = text.replace(placeholder, format_counter(value, other.fmt if other else "decimal"))
        return text

    def _num_of(self, paragraph: Any) -> tuple[str, int] | None:
        ppr = paragraph.find(f"{W}pPr")
        if ppr is None:
            return None
        numpr = ppr.find(f"{W}numPr")
        style = ppr.find(f"{W}pStyle")
        style_num = self.style_nums.get(style.get(f"{W}val")) if style is not None else None
        if numpr is None:
            return style_num
        num = numpr.find(f"{W}numId")
        lvl = numpr.find(f"{W}ilvl")
        num_id = num.get(f"{W}val") if num is not None else (style_num[0] if style_num else None)
        ilvl = _int(lvl.get(f"{W}val"), 0) if lvl is not None else (style_num[1] if style_num else 0)
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None
        return num_id, ilvl


def numbering_from_parts(numbering_xml: Any | None, styles_xml: Any | None) -> Numbering:
    """Read list definitions from the numbering and styles parts' root elements."""
    numbering = Numbering()
    if numbering_xml is not None:
        for abstract in numbering_xml.findall(f"{W}abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(f"{W}lvl"):
                fmt = _val(lvl, "numFmt") or "decimal"
                text = _val(lvl, "lvlText") or ""
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = Level(fmt, text, _int(_val(lvl, "start"), 1))
            numbering.levels[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in numbering_xml.findall(f"{W}num"):
            abstract_id = _val(num, "abstractNumId") or ""
            overrides: dict[int, int] = {}
            for override in num.findall(f"{W}lvlOverride"):
                start_override = _val(override, "startOverride")
                if start_override is not None:
                    overrides[_int(override.get(f"{W}ilvl"), 0)] = _int(start_override, 1)
            numbering.nums[num.get(f"{W}numId", "")] = (abstract_id, overrides)
    if styles_xml is not None:
        for style in styles_xml.findall(f"{W}style"):
            ppr = style.find(f"{W}pPr")
            numpr = ppr.find(f"{W}numPr") if ppr is not None else None
            if numpr is None:
                continue
            num_id = _val(numpr, "numId")
            if num_id:
                numbering.style_nums[style.get(f"{W}styleId", "")] = (num_id, _int(_val(numpr, "ilvl"), 0))
    return numbering


def _int(text: str | None, default: int) -> int:
    """An integer attribute; a missing or malformed one (seen in hand-edited files) is the default."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _val(element: Any, child: str) -> str | None:
    found = element.find(f"{W}{child}")
    return None if found is None else found.get(f"{W}val")


def prefix_label(label: str, text: str) -> str:
    if not label:
        return text
    if not text:
        return label
    return label + ("" if label[-1] in TIGHT_ENDINGS or not label[-1].isascii() else " ") + text
