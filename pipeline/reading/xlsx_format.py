"""Spreadsheet values to the text a cell shows, from its number format.

`0.00%` with 0.9815 shows `98.15%`; `#,##0.00` with 2386.45 shows `2,386.45`;
`0.00` with 0.0900000762939453 shows `0.09`. Rounding is decimal half-up on the
shortest repr of the float, as Excel does, not binary half-even (`2.675` with
`0.00` shows `2.68`). Handled: sections `pos;neg;zero;text`, `%`, thousands
separators and trailing-comma scaling, literal text (`"万元"`, `\\x`), `_x`
padding, `*x` fills, `[Red]`/`[$¥-804]` brackets, `@`, scientific `0.00E+00`,
and common date/time tokens. Anything else falls back to General.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

GENERAL_SIGNIFICANT_DIGITS = 10  # what a default-width column shows of a float


def split_sections(fmt: str) -> list[str]:
    """Split a format at `;` outside quotes and brackets."""
    sections, current, quoted, bracket, escaped = [], "", False, False, False
    for ch in fmt:
        if escaped:
            current += ch
            escaped = False
        elif ch == "\\":
            current += ch
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current += ch
        elif ch == "[" and not quoted:
            bracket = True
            current += ch
        elif ch == "]" and not quoted:
            bracket = False
            current += ch
        elif ch == ";" and not quoted and not bracket:
            sections.append(current)
            current = ""
        else:
            current += ch
    sections.append(current)
    return sections


def tokenize(section: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: 'lit' literal text, 'num' digit pattern chars, others as-is."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif ch == "\\" and i + 1 < len(section):
            tokens.append(("lit", section[i + 1]))
            i += 2
        elif ch == "_" and i + 1 < len(section):
            tokens.append(("lit", " "))
            i += 2
        elif ch == "*" and i + 1 < len(section):
            i += 2  # fill character: repeats to the column width; nothing to show here
        elif ch == "[":
            end = section.find("]", i)
            end = len(section) if end < 0 else end
            inner = section[i + 1 : end]
            if inner.startswith("$"):
                symbol = inner[1:].split("-")[0]
                if symbol:
                    tokens.append(("lit", symbol))
            i = end + 1
        elif ch in "0#?.,":
            tokens.append(("num", ch))
            i += 1
        elif ch in "eE" and i + 1 < len(section) and section[i + 1] in "+-":
            tokens.append(("exp", section[i : i + 2]))
            i += 2
        elif ch == "%":
            tokens.append(("pct", "%"))
            i += 1
        elif ch == "@":
            tokens.append(("text", "@"))
            i += 1
        else:
            tokens.append(("lit", ch))
            i += 1
    return tokens


def shortest_decimal(value: float | int) -> Decimal:
    """The decimal the float was typed as (its shortest repr), so rounding matches Excel."""
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(float(value)))


def format_general(value: float | int) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int) or float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.{GENERAL_SIGNIFICANT_DIGITS}g}"
    if "e" in text:
        decimal = shortest_decimal(value)
        text = format(decimal, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_value(value: object, fmt: str | None) -> str:
    """The text a cell with this value and number format shows."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return format_datetime(value, fmt or "")
    if isinstance(value, dt.timedelta):
        return str(value)
    if not isinstance(value, (int, float)):
        return str(value)
    fmt = (fmt or "General").strip()
    if fmt.lower() == "general" or fmt == "":
        return format_general(value)
    sections = split_sections(fmt)
    if value < 0 and len(sections) >= 2 and sections[1].strip():
        return format_number(-value, sections[1], negative_in_section=True)
    if value == 0 and len(sections) >= 3 and sections[2].strip():
        return format_number(value, sections[2], negative_in_section=True)
    return format_number(value, sections[0], negative_in_section=False)


def format_number(value: float | int, section: str, negative_in_section: bool) -> str:
    tokens = tokenize(section)
    if any(kind == "text" for kind, _ in tokens):
        return "".join(format_general(value) if kind == "text" else text for kind, text in tokens if kind in ("text", "lit"))
    mantissa_tokens = tokens
    exp_at = next((i for i, (kind, _) in enumerate(tokens) if kind == "exp"), None)
    if exp_at is not None:
        # Digits after E+ are the exponent's width, not decimals.
        mantissa_tokens = tokens[:exp_at] + [t for t in tokens[exp_at + 1 :] if t[0] != "num"]
    pattern = "".join(text for kind, text in mantissa_tokens if kind == "num")
    if not pattern.strip(".,"):
        # No digit placeholders: the section is literal text (e.g. "-" for zero).
        return "".join(text for kind, text in tokens if kind in ("lit", "pct"))
    if _is_date_pattern(section):
        return format_general(value)
    decimal = shortest_decimal(value)
    decimal *= Decimal(100) ** sum(1 for kind, _ in tokens if kind == "pct")
    integer_part, _, fraction_part = pattern.partition(".")
    scale_commas = len(integer_part) - len(integer_part.rstrip(","))
    decimal /= Decimal(1000) ** scale_commas
    integer_part = integer_part.rstrip(",")
    places = sum(1 for ch in fraction_part if ch in "0#?")
    exponent = next((text for kind, text in tokens if kind == "exp"), None)
    sign = "-" if decimal < 0 and not negative_in_section else ""
    decimal = abs(decimal)
    if exponent:
        number = _scientific(decimal, places, exponent)
    else:
        number = _fixed(decimal, integer_part, fraction_part, places)
    out, placed = sign, False
    for kind, text in mantissa_tokens:
        if kind in ("num", "exp"):
            if not placed:
                out += number
                placed = True
        else:
            out += text
    return out


def _fixed(decimal: Decimal, integer_part: str, fraction_part: str, places: int) -> str:
    try:
        rounded = decimal.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return format(decimal, "f")
    whole, _, frac = format(rounded, "f").partition(".")
    required = sum(1 for ch in fraction_part if ch == "0")
    # `#` and `?` places show only significant digits.
    while len(frac) > required and frac.endswith("0"):
        frac = frac[:-1]
    if "," in integer_part:
        whole = f"{int(whole):,}"
    if whole == "0" and "0" not in integer_part:
        whole = ""
    return whole + ("." + frac if frac else "")


def _scientific(decimal: Decimal, places: int, exponent: str) -> str:
    text = f"{float(decimal):.{places}E}"
    mantissa, _, power = text.partition("E")
    sign = power[0]
    digits = power[1:].lstrip("0").rjust(2, "0")
    if sign == "+" and exponent.endswith("-"):
        sign = ""
    return f"{mantissa}E{sign}{digits}"


def _is_date_pattern(section: str) -> bool:
    stripped = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section)
    return bool(re.search(r"[yYdD]|[hH]|[sS]", stripped))


def format_datetime(value: dt.datetime | dt.date | dt.time, fmt: str) -> str:
    """Dates and times per the common tokens; ISO when the format is not understood."""
    section = split_sections(fmt)[0] if fmt else ""
    if not section or section.lower() == "general" or not _is_date_pattern(section):
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
        return value.isoformat()
    tokens = re.findall(r'"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM/PM|上午/下午|.', section, re.IGNORECASE)
    out: list[str] = []
    previous_was_hour = False
    for index, token in enumerate(tokens):
        low = token.lower()
        nxt = next((t.lower() for t in tokens[index + 1 :] if t.strip(" :")), "")
        if token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif token.startswith("["):
            continue
        elif low == "yyyy":
            out.append(f"{getattr(value, 'year', 0):04d}")
        elif low == "yy":
            out.append(f"{getattr(value, 'year', 0) % 100:02d}")
        elif low in ("m", "mm") and (previous_was_hour or nxt.startswith("s")):
            minute = getattr(value, "minute", 0)
            out.append(f"{minute:02d}" if low == "mm" else str(minute))
        elif low in ("m", "mm"):
            month = getattr(value, "month", 0)
            out.append(f"{month:02d}" if low == "mm" else str(month))
        elif low in ("mmm", "mmmm"):
            out.append(str(getattr(value, "month", 0)))
        elif low in ("d", "dd"):
            day = getattr(value, "day", 0)
            out.append(f"{day:02d}" if low == "dd" else str(day))
        elif low in ("ddd", "dddd"):
            out.append("")
        elif low in ("h", "hh"):
            hour = getattr(value, "hour", 0)
            out.append(f"{hour:02d}" if low == "hh" else str(hour))
        elif low in ("s", "ss"):
            second = getattr(value, "second", 0)
            out.append(f"{second:02d}" if low == "ss" else str(second))
        elif low in ("am/pm", "上午/下午"):
            continue
        else:
            out.append(token)
        # `m` right after an hour (or before seconds) is minutes, elsewhere months.
        if low in ("h", "hh"):
            previous_was_hour = True
        elif low not in (":", " "):
            previous_was_hour = False
    return "".join(out).strip()
