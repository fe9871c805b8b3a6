"""Traditional to simplified, one character for one: offsets mean the same in both scripts."""
from __future__ import annotations

from schemas.text.hanzi import has_traditional, simplified_char, to_simplified
from schemas.text.normalize import normalize_text
from schemas.text.textmap import TextMap


def test_characters_map_one_to_one() -> None:
    text = "廣州市海珠區應急管理局部門整體支出績效自評報告：預算執行率98.15%，2,626.63萬元。"
    simple = to_simplified(text)
    assert simple == "广州市海珠区应急管理局部门整体支出绩效自评报告：预算执行率98.15%，2,626.63万元。"
    assert len(simple) == len(text) and has_traditional(text) and not has_traditional(simple)
    assert simplified_char("a") == "a" and simplified_char("绩") == "绩"


def test_normalized_offsets_point_at_the_traditional_characters() -> None:
    raw = "本年預算數為１２３萬元。"
    tm = normalize_text(TextMap.identity(raw), "txt")
    assert tm.text == "本年预算数为123万元。"
    start = tm.text.index("预算数")
    assert raw[tm.origin[start]:tm.origin[start + 2] + 1] == "預算數"


def test_a_character_of_the_simplified_set_is_left_as_written() -> None:
    # 乾 is 干 only where it means dry; a simplified text writes 乾安县 and 乾隆 as they are.
    assert to_simplified("乾安县农业农村局") == "乾安县农业农村局"
    assert to_simplified("乾安縣農業農村局") == "乾安县农业农村局"
