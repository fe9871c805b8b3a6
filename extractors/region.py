"""Province, city and county from a unit's name (`广州市海珠区应急管理局` -> 广州市, 海珠区).

Divisions are recognised from the national gazetteer (`data/regions.tsv`), which says
whether a name is a province, a prefecture (city, 州, 地区, 盟) or a county-level unit
(district, county, county-level city such as 都江堰市, 旗, 林区), so `平泉市` is a county
and `红河州` a prefecture. Autonomous divisions are also known by their short names
(`恩施土家族苗族自治州` -> `恩施州`), and a county renamed a city since the gazetteer
was made (`平泉县` -> `平泉市`, `赣县` -> `赣县区`) stays a county. Names the gazetteer lacks fall back to
their suffix (`长沙经济技术开发区` is a county-level area; a 国家级新区 such as `兰州新区` a city). Each part is kept as
written in the unit's name. Municipalities (北京市, 上海市, 天津市, 重庆市) are cities.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.vocab import _lines

LEVELS = ("province", "city", "county")
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# Areas no gazetteer lists, by suffix: new areas, development zones, forest districts.
AREA = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:新区|经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|林区|管理区)")
# Names the gazetteer lacks, by suffix (the former fixed pattern).
FALLBACK = {
    "province": re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|自治区)"),
    # a city's name holds no county or district suffix: `湾沚区城市管理局` names no city 湾沚区城市
    "city": re.compile(r"[\u4e00-\u9fff](?:(?![区县旗])[\u4e00-\u9fff]){1,6}?(?:市|自治州|州|地区|盟)"),
    # `城关镇社区…`, `…小区`, `…园区`: a community, a housing estate or a park is no district
    # `区湘湖旅游度假区管委会`: 区 first is the district's (`区财政局`), never a name's first character
    # a county-level city has two characters before its 市 at least: `岳阳市城市管理…` names no county 城市
    "county": re.compile(r"(?!区|自治区)(?:[\u4e00-\u9fff]{1,7}?(?:自治县|县|(?<![社小园厂校景])区|旗)"
                         r"|[\u4e00-\u9fff]{2,7}?市(?![区县]))"),
}
# `市场监督管理局`, `市政…`, `市民中心`: here `市` starts a word, it is no region suffix; but in
# `仪征市民政局`, `扬州市民族宗教事务局` the unit follows the city.
_WORD_AFTER_SHI = re.compile(r"^(?:场|政|民(?!政|族)|容|级)")
_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党|共青团|中国人民政治协商会议|政协)")
MAX_NAME = 16


@dataclass(frozen=True)
class RegionPart:
    level: str  # province | city | county
    name: str
    start: int  # offset in the unit's name
    end: int


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Division name (official or short) -> level."""
    return {name: level for name, (level, _codes) in _divisions().items()}


@functools.lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Division name (official, short, or since renamed) -> (level, its codes: a name may be several places)."""
    names: dict[str, tuple[str, tuple[str, ...]]] = {}

    def add(name: str, level: str, code: str) -> None:
        known_level, codes = names.get(name, (level, ()))
        names[name] = (known_level, (*codes, code))

    nations = sorted(_lines("nationalities.txt"), key=len, reverse=True)
    for line in (*_lines("regions.tsv"), *_lines("regions_since.tsv")):
        code, name, level = line.split("\t")
        if name in MUNICIPALITIES:
            level = "city"
        add(name, level, code)
        if name.endswith(("自治州", "自治县")):
            short = name[:-3]
            for nation in nations:
                short = short.replace(nation, "")
            if len(short) >= 2:
                add(short + name[-1], level, code)
        if level == "county" and name.endswith("市") and len(name) >= 3:
            add(name[:-1] + "区", "county", code)  # a county-level city since made a district (偃师市 -> 偃师区)
        if level == "county" and name.endswith("县"):
            # a county since made a county-level city (平泉县 -> 平泉市) or a district (赣县 -> 赣县区)
            base = name[:-1]
            if len(base) >= 2:
                add(base + "市", "county", code)
                add(base + "区", "county", code)
            add(name + "区", "county", code)
    return names


def encloses(upper: str, lower: str) -> bool:
    """Whether the gazetteer puts a division named `lower` inside one named `upper` (`锡林郭勒盟`, `阿巴嘎旗`)."""
    divisions = _divisions()
    if upper not in divisions or lower not in divisions:
        return False
    for outer in divisions[upper][1]:
        prefix = outer[:2] if outer[2:] == "0000" else outer[:4] if outer[4:] == "00" else None
        if prefix is not None and any(inner != outer and inner.startswith(prefix) for inner in divisions[lower][1]):
            return True
    return False


def _known_at(text: str, start: int) -> tuple[str, str] | None:
    """The longest gazetteer name at `start`, with its level."""
    names = gazetteer()
    for end in range(min(len(text), start + MAX_NAME), start + 1, -1):
        level = names.get(text[start:end])
        if level is not None:
            if text[start:end].endswith("市") and _WORD_AFTER_SHI.match(text[end:]):
                continue
            return text[start:end], level
    return None


@functools.lru_cache(maxsize=1)
def _state_new_areas() -> frozenset[str]:
    """国家级新区 held as cities (`data/state_new_areas.txt`)."""
    return frozenset(_lines("state_new_areas.txt"))


def _guessed_at(text: str, start: int, after: int) -> tuple[str, str] | None:
    """A division the gazetteer lacks, by its suffix, at a level below `after`."""
    area = AREA.match(text, start)
    if area and area.group(0) in _state_new_areas() and after < LEVELS.index("city"):
        return area.group(0), "city"
    if area and after < LEVELS.index("county"):
        return area.group(0), "county"
    for level in LEVELS[after + 1:]:
        m = FALLBACK[level].match(text, start)
        if m and not (m.group(0).endswith("市") and _WORD_AFTER_SHI.match(text[m.end():])):
            return m.group(0), level
    return None


def region_parts(unit_name: str) -> list[RegionPart]:
    prefix = _PARTY_PREFIX.match(unit_name)
    if prefix:  # `中共宁远县委宣传部`: the region follows the party prefix
        return [RegionPart(p.level, p.name, p.start + prefix.end(), p.end + prefix.end())
                for p in region_parts(unit_name[prefix.end():])]
    parts: list[RegionPart] = []
    at, last = 0, -1
    while at < len(unit_name):
        found = _known_at(unit_name, at)
        if found is None or LEVELS.index(found[1]) <= last:
            found = _guessed_at(unit_name, at, last)
        if found is None or LEVELS.index(found[1]) <= last:
            break
        name, level = found
        end = at + len(name)
        if end >= len(unit_name) - 1:
            break  # the whole name is the region: a government, not a unit in it
        parts.append(RegionPart(level, name, at, end))
        at, last = end, LEVELS.index(level)
    return parts


@functools.lru_cache(maxsize=1)
def upper_division() -> re.Pattern[str]:
    """Any province or prefecture the gazetteer knows: where a stated chain of divisions starts."""
    from extractors.vocab import alternation  # the vocabulary module imports nothing from here

    return re.compile(alternation(n for n, level in gazetteer().items() if level != "county"))


def chain_at(text: str, start: int) -> list[RegionPart]:
    """The divisions written one after another from `start`, each below the one before
    (`内蒙古自治区阿拉善盟阿拉善左旗…`), gazetteer names only: a chain the text states."""
    parts: list[RegionPart] = []
    at, last = start, -1
    while (found := _known_at(text, at)) is not None and LEVELS.index(found[1]) > last:
        name, level = found
        parts.append(RegionPart(level, name, at, at + len(name)))
        at, last = at + len(name), LEVELS.index(level)
    return parts


def stated_chains(text: str) -> list[list[RegionPart]]:
    """Every chain of two or more divisions the text states, in order (offsets into `text`)."""
    chains: list[list[RegionPart]] = []
    at = 0
    while (m := upper_division().search(text, at)) is not None:
        chain = chain_at(text, m.start())
        if len(chain) >= 2:
            chains.append(chain)
        at = chain[-1].end if chain else m.end()
    return chains


# A division said to lie in the one above it: `广河县隶属临夏回族自治州`, `会理市地处凉山彝族自治州南部`,
# `福泉市是黔南布依族苗族自治州代管的县级市`.
BELONGS_TO = re.compile(r"(?:隶属于?|属于?|地处|位于|是)")
_BELONGS_BEFORE = re.compile(rf"{BELONGS_TO.pattern}$")
_LONGEST_COUNTY = 15  # `双江拉祜族佤族布朗族傣族自治县`


def stated_belongings(text: str) -> list[tuple[RegionPart, RegionPart]]:
    """(lower, upper) for each county-level division the text places in a province or prefecture."""
    out: list[tuple[RegionPart, RegionPart]] = []
    names = gazetteer()
    for m in upper_division().finditer(text):
        relation = _BELONGS_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if relation is None:
            continue
        for k in range(_LONGEST_COUNTY, 1, -1):
            lower = text[max(0, relation.start() - k):relation.start()]
            if len(lower) == k and names.get(lower) == "county":
                out.append((RegionPart("county", lower, relation.start() - k, relation.start()),
                            RegionPart(names[m.group(0)], m.group(0), m.start(), m.end())))
                break
    return out
