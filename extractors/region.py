"""Province, city and county from a unit's name (`广州市海珠区应急管理局` -> 广州市, 海珠区)."""
from __future__ import annotations

import re
from dataclasses import dataclass

REGION = re.compile(
    r"^(?P<province>[\u4e00-\u9fff]{2,8}?(?:省|自治区))?"
    r"(?P<city>(?:北京|天津|上海|重庆)市|[\u4e00-\u9fff]{2,7}?(?:市|自治州|地区|盟))?"
    r"(?P<county>[\u4e00-\u9fff]{1,7}?(?:自治县|县|区|旗|市(?![区县])))?"  # `沙市区`: 市 inside the name
)
# `市场监督管理局`, `市政…`: here `市` starts a word, it is no region suffix.
_WORD_AFTER_SHI = re.compile(r"^(?:场|政)")


@dataclass(frozen=True)
class RegionPart:
    level: str  # province | city | county
    name: str
    start: int  # offset in the unit's name
    end: int


_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党|共青团)")


def region_parts(unit_name: str) -> list[RegionPart]:
    prefix = _PARTY_PREFIX.match(unit_name)
    if prefix:  # `中共宁远县委宣传部`: the region follows the party prefix
        return [RegionPart(p.level, p.name, p.start + prefix.end(), p.end + prefix.end())
                for p in region_parts(unit_name[prefix.end():])]
    m = REGION.match(unit_name)
    if not m:
        return []
    parts: list[RegionPart] = []
    for level in ("province", "city", "county"):
        value = m.group(level)
        if not value:
            continue
        if value.endswith("市") and _WORD_AFTER_SHI.match(unit_name[m.end(level):]):
            continue
        if m.end(level) >= len(unit_name) - 1:
            continue  # the whole name is the region: a government, not a unit in it
        parts.append(RegionPart(level, value, m.start(level), m.end(level)))
    return parts
