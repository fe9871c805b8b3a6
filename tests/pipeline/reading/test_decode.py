"""Decoding judged on the whole file, a little damage tolerated and recorded, BOM-less UTF-16 recognised."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.reading.decode import MIN_DAMAGED_ALLOWED, decode_bytes, utf16_byte_order
from pipeline.reading.read import detect_format, read_bytes
from pipeline.run import process_file
from schemas.errors import EncodingUndetected, UnsupportedFormat

TEXT = ("2022年度某县交通运输局部门整体支出绩效自评报告\n"
        "本年支出110.00万元，其中基本支出60.00万元，项目支出50.00万元。自评得分92分，等级为“优”。\n") * 20


def flip(data: bytes, position: int, bit: int = 6) -> bytes:
    damaged = bytearray(data)
    damaged[position] ^= 1 << bit
    return bytes(damaged)


def test_clean_utf8_and_gb18030_are_not_damaged() -> None:
    for encoding in ("utf-8", "gb18030"):
        decoded = decode_bytes(TEXT.encode(encoding))
        assert decoded.text == TEXT and not decoded.damaged and decoded.encoding == encoding


def test_a_flipped_byte_in_utf8_is_replaced_and_located() -> None:
    data = TEXT.encode("utf-8")
    position = data.index("交通".encode()) + 1  # a continuation byte of 交
    decoded = decode_bytes(flip(data, position))
    assert decoded.encoding == "utf-8"
    assert len(decoded.replaced) <= 3 and decoded.replaced[0] in range(position - 2, position + 1)
    assert decoded.text.count("\ufffd") == len(decoded.replaced)
    assert decoded.text.endswith(TEXT[-60:])  # everything after the damage reads as written
    note = decoded.damage_note()
    assert "replaced with U+FFFD" in note and str(decoded.replaced[0]) in note


def test_a_file_cut_mid_character_keeps_everything_before_the_cut() -> None:
    data = TEXT.encode("utf-8")
    cut = data[: data.rindex("优".encode()) + 2]
    decoded = decode_bytes(cut)
    assert decoded.encoding == "utf-8" and decoded.replaced == (len(cut) - 2,)
    assert decoded.text.endswith("等级为“\ufffd")


def test_damaged_gb18030_is_read_as_gb18030() -> None:
    data = TEXT.encode("gb18030")
    decoded = decode_bytes(data[:-1] + b"\xff" + data[-1:])
    assert decoded.encoding == "gb18030" and decoded.damaged
    assert "交通运输局" in decoded.text


def test_heavy_damage_is_a_typed_reject() -> None:
    data = bytearray(TEXT.encode("utf-8"))
    for position in range(0, len(data), 7):
        data[position] = 0xFF
    with pytest.raises(EncodingUndetected, match="undecodable"):
        decode_bytes(bytes(data), "bad.txt")


def test_damage_up_to_the_threshold_is_tolerated() -> None:
    line = "本年支出万元。".encode() + b" 110.00 ;"  # 21 bytes of CJK, then ASCII whose first byte is damaged
    data = bytearray(line * 20)
    for k in range(MIN_DAMAGED_ALLOWED):
        data[k * len(line) + 21] = 0xFF
    decoded = decode_bytes(bytes(data))
    assert decoded.encoding == "utf-8" and len(decoded.replaced) == MIN_DAMAGED_ALLOWED


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    data = TEXT.encode(encoding)
    assert utf16_byte_order(data) == encoding
    assert detect_format(data, "a.txt") == "txt"
    decoded = decode_bytes(data)
    assert decoded.text == TEXT and decoded.encoding == encoding


def test_utf16_without_bom_and_without_ascii() -> None:
    text = "部门整体支出绩效自评报告。本部门全年预算执行情况良好，绩效目标基本完成。" * 5
    assert decode_bytes(text.encode("utf-16-le")).text == text


def test_utf16_html_without_bom_is_html() -> None:
    page = f"<html><body><div id='zoom'><p>{TEXT.splitlines()[1]}</p></div></body></html>"
    doc = read_bytes(page.encode("utf-16-le"), "page.htm")
    assert doc.source_format == "html" and "本年支出110.00万元" in doc.pages[0].text


def test_a_stray_nul_byte_does_not_make_text_binary() -> None:
    data = TEXT.encode("utf-8")
    doc = read_bytes(data[:40] + b"\x00" + data[41:], "a.txt")
    assert doc.source_format == "txt"
    with pytest.raises(UnsupportedFormat, match="binary"):
        detect_format(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + bytes(range(256)), "x.txt")


def test_damaged_html_is_partial(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='utf-8'><title>绩效自评报告</title></head><body><div id='zoom'>"
            + "".join(f"<p>{line}</p>" for line in TEXT.splitlines()) + "</div></body></html>").encode("utf-8")
    damaged = flip(page, page.index("支出".encode()) + 1)
    doc = read_bytes(damaged, "page.html")
    assert len(doc.damage) == 1 and "utf-8" in doc.damage[0]


def test_a_damaged_report_is_stored_partial_with_where(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    position = data.index("交通".encode()) + 1
    path = tmp_path / "report.md"
    path.write_bytes(flip(data, position))
    outcome = process_file(path)
    assert outcome.status.value == "partial"
    assert outcome.error and "undecodable" in outcome.error and "byte offsets" in outcome.error
    assert outcome.facts is not None and outcome.facts.meta.self_score is not None
