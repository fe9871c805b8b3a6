"""Bytes to text for plain-text and HTML files, tolerating a little damage.

The encoding is judged on the whole file, in this order:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. strict UTF-8;
3. UTF-8 with a few undecodable bytes, when the rest carries clear UTF-8
   evidence (at least `UTF8_EVIDENCE` valid multi-byte characters per bad
   byte: text in GB18030 read as UTF-8 gives more errors than characters);
4. strict GB18030 (a superset of GBK/GB2312) when the result reads as Chinese;
5. UTF-16 without a BOM (NUL bytes on one side of each byte pair, or a
   decoding that is almost all Chinese and ASCII);
6. UTF-8, then GB18030 (when it reads as Chinese), with a few undecodable bytes;
7. charset-normalizer, accepted only when it is confident.

"A few" is the damage threshold: at most `MAX_DAMAGED_SHARE` of the decoded
characters, and never fewer than `MIN_DAMAGED_ALLOWED`. Each undecodable byte
(or cut sequence) becomes U+FFFD; `Decoded.replaced` keeps their byte offsets so
the report can be stored `partial` with where the damage is. Beyond the
threshold the file is an `EncodingUndetected` reject naming what was tried.
"""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

from schemas.errors import EncodingUndetected

# Damaged text is still read when at most this share of its characters had to be replaced...
MAX_DAMAGED_SHARE = 0.005
# ...and this many replacements are always tolerated (a bit flip can cost up to 3 characters).
MIN_DAMAGED_ALLOWED = 8
# Valid UTF-8 multi-byte characters needed per undecodable byte to call damaged text UTF-8 first.
UTF8_EVIDENCE = 10
# Share of CJK among non-space, non-ASCII characters for a GB18030 decoding to count as Chinese.
MIN_CJK_SHARE = 0.6
# Share of ordinary characters (CJK, its punctuation, printable ASCII) for a BOM-less UTF-16 guess.
MIN_PLAIN_SHARE = 0.95
# How much of the file the UTF-16 byte-pair test looks at.
UTF16_SAMPLE_BYTES = 1 << 16
# Replaced positions listed in a report's reason (the count is always given).
LISTED_POSITIONS = 10

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_INK = re.compile(r"[^\x00-\x7f\s]")
_PLAIN = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u203f\x20-\x7e\t\r\n\u00b7]")
_ERROR_HANDLER = "jixiao-record"


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read with, and the byte offsets that could not be decoded."""

    text: str
    encoding: str
    replaced: tuple[int, ...] = ()

    @property
    def damaged(self) -> bool:
        return bool(self.replaced)

    def notes(self) -> tuple[str, ...]:
        """`Document.damage`: nothing, or one sentence saying how many characters were replaced, and where."""
        return (self.damage_note(),) if self.replaced else ()

    def damage_note(self) -> str:
        shown = ", ".join(str(p) for p in self.replaced[:LISTED_POSITIONS])
        more = f" and {len(self.replaced) - LISTED_POSITIONS} more" if len(self.replaced) > LISTED_POSITIONS else ""
        return (f"{len(self.replaced)} undecodable byte sequence(s) in {self.encoding} replaced with U+FFFD "
                f"(byte offsets {shown}{more})")


_recorded = threading.local()


def _record(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _recorded.positions.append(error.start)
    return "\ufffd", error.end


codecs.register_error(_ERROR_HANDLER, _record)


def decode_lenient(data: bytes, encoding: str) -> Decoded:
    """Decode, replacing what cannot be decoded and recording where."""
    _recorded.positions = []
    try:
        text = data.decode(encoding, errors=_ERROR_HANDLER)
    finally:
        positions, _recorded.positions = tuple(_recorded.positions), []
    return Decoded(text.lstrip("\ufeff"), codecs.lookup(encoding).name, positions)


def allowed_damage(n_chars: int) -> int:
    return max(MIN_DAMAGED_ALLOWED, int(MAX_DAMAGED_SHARE * n_chars))


def decode_bytes(data: bytes, path: str = "") -> Decoded:
    """The file's text, by the order in the module docstring."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return decode_lenient(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf8 = decode_lenient(data, "utf-8")
    utf8_ok = len(utf8.replaced) <= allowed_damage(len(utf8.text))
    if utf8_ok and len(_NON_ASCII.findall(utf8.text)) - len(utf8.replaced) >= UTF8_EVIDENCE * len(utf8.replaced):
        return utf8
    gb = decode_lenient(data, "gb18030")
    gb_chinese = looks_chinese(gb.text)
    if not gb.replaced and gb_chinese:
        return gb
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    damaged = [d for d, ok in ((utf8, utf8_ok), (gb, gb_chinese)) if ok and len(d.replaced) <= allowed_damage(len(d.text))]
    if damaged:
        return min(damaged, key=lambda d: len(d.replaced))  # UTF-8 on a tie
    return _detected(data, path)


def _detected(data: bytes, path: str) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and best.chaos < 0.1:
        decoded = decode_lenient(data, str(best.encoding))
        if len(decoded.replaced) <= allowed_damage(len(decoded.text)):
            return decoded
    raise EncodingUndetected(
        "text encoding not recognised (tried BOM, UTF-8, GB18030, UTF-16 and charset detection; "
        f"damaged text is read when at most {MAX_DAMAGED_SHARE:.1%} of its characters are undecodable)",
        path=path,
    )


def looks_chinese(text: str) -> bool:
    non_ascii = len(_NON_ASCII_INK.findall(text))
    return non_ascii == 0 or len(_CJK.findall(text)) / non_ascii >= MIN_CJK_SHARE


def utf16_byte_order(head: bytes) -> str | None:
    """`utf-16-le` / `utf-16-be` when the NUL bytes of a BOM-less sample sit on one side of the pairs."""
    sample = head[: UTF16_SAMPLE_BYTES & ~1]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd >= max(2, 0.02 * pairs) and even <= 0.1 * odd:
        return "utf-16-le"
    if even >= max(2, 0.02 * pairs) and odd <= 0.1 * even:
        return "utf-16-be"
    return None


def utf16_without_bom(data: bytes) -> Decoded | None:
    """BOM-less UTF-16, when its decoding reads as ordinary Chinese/ASCII text."""
    order = utf16_byte_order(data)
    candidates = [order] if order else (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else [])
    for encoding in candidates:
        decoded = decode_lenient(data, encoding)
        if len(decoded.replaced) > allowed_damage(len(decoded.text)):
            continue
        text = decoded.text
        if text and len(_PLAIN.findall(text)) >= MIN_PLAIN_SHARE * len(text):
            return decoded
    return None
