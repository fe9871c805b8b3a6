"""Province, city and county from a unit's name, with the national gazetteer."""
import pytest

from extractors.region import chain_at, gazetteer, region_parts, stated_chains


def parts(name: str) -> dict[str, str]:
    return {p.level: p.name for p in region_parts(name)}


@pytest.mark.parametrize("unit, expected", [
    ("广州市海珠区应急管理局", {"city": "广州市", "county": "海珠区"}),
    ("上海市徐汇区教育局", {"city": "上海市", "county": "徐汇区"}),  # municipalities are cities
    ("四川省药品监督管理局", {"province": "四川省"}),
    ("荆州市沙市区水利和湖泊局", {"city": "荆州市", "county": "沙市区"}),
    ("平泉市教育局", {"county": "平泉市"}),  # a county made a county-level city
    ("都江堰市人民医院", {"county": "都江堰市"}),  # a county-level city
    ("红河州数据发展中心", {"city": "红河州"}),  # an autonomous prefecture by its short name
    ("楚雄彝族自治州人民医院", {"city": "楚雄彝族自治州"}),
    ("恩施州来凤县卫生健康局", {"city": "恩施州", "county": "来凤县"}),
    ("鄂尔多斯市伊金霍洛旗林业和草原局", {"city": "鄂尔多斯市", "county": "伊金霍洛旗"}),
    ("锡林郭勒盟生态环境局", {"city": "锡林郭勒盟"}),
    ("神农架林区林业管理局", {"county": "神农架林区"}),
    ("雄安新区管理委员会", {"city": "雄安新区"}),
    ("长沙经济技术开发区管理委员会", {"county": "长沙经济技术开发区"}),
    ("广西壮族自治区桂林市临桂区第二中学", {"province": "广西壮族自治区", "city": "桂林市", "county": "临桂区"}),
    ("中共宁远县委宣传部", {"county": "宁远县"}),
    ("市场监督管理局", {}),  # `市` starts a word here
    ("市民服务中心", {}),
    ("仪征市民政局", {"county": "仪征市"}),  # but 民政局 is the unit of a city
    ("扬州市民族宗教事务局", {"city": "扬州市"}),
    ("某县教育局", {"county": "某县"}),  # a masked name still has its level
    ("岳阳市城市管理监督指挥中心", {"city": "岳阳市"}),  # 城市 is a word, no county-level city
    ("岳阳市汨罗市城市管理局", {"city": "岳阳市", "county": "汨罗市"}),
    ("海珠区", {}),  # the whole name is the region: a government, not a unit in it
])
def test_region_parts(unit: str, expected: dict[str, str]) -> None:
    assert parts(unit) == expected


def test_the_gazetteer_knows_every_level_and_short_names() -> None:
    names = gazetteer()
    assert names["湖北省"] == "province" and names["恩施土家族苗族自治州"] == "city" and names["恩施州"] == "city"
    assert names["来凤县"] == "county" and names["北京市"] == "city"
    assert len(names) > 3000


@pytest.mark.parametrize("unit, county", [("赣州市赣县区民政局", "赣县区"), ("沙县区教育局", "沙县区"), ("南京市江宁区城管局", "江宁区"),
                                          ("洛阳市偃师区民政局", "偃师区"),  # a county-level city made a district
                                          ("芜湖市湾沚区城市管理局", "湾沚区")])  # renamed since the gazetteer (regions_since.tsv)
def test_counties_renamed_districts(unit: str, county: str) -> None:
    assert parts(unit)["county"] == county
    assert gazetteer()[county] == "county"


def test_a_district_the_gazetteer_lacks_is_no_city_before_a_word_with_shi() -> None:
    from extractors.region import region_parts

    assert [(p.level, p.name) for p in region_parts("湾沚区城市管理局")] == [("county", "湾沚区")]


def test_a_chain_of_divisions_is_read_while_each_is_below_the_one_before() -> None:
    text = "巴彦浩特镇是内蒙古自治区阿拉善盟阿拉善左旗人民政府所在地"
    start = text.index("内蒙古")
    assert [(p.level, p.name) for p in chain_at(text, start)] == [
        ("province", "内蒙古自治区"), ("city", "阿拉善盟"), ("county", "阿拉善左旗")]


def test_only_chains_of_two_or_more_divisions_are_stated_ones() -> None:
    text = "江苏省盐城市东台市实验中学现有教学班62个。省财政厅下达资金，盐城市教育局转发。广东省、湖南省"
    chains = stated_chains(text)
    assert [[p.name for p in c] for c in chains] == [["江苏省", "盐城市", "东台市"]]
    assert text[chains[0][0].start:chains[0][-1].end] == "江苏省盐城市东台市"


def test_a_community_an_estate_or_a_park_is_no_district() -> None:
    from extractors.region import region_parts

    assert region_parts("城关镇社区卫生服务中心") == []
    assert region_parts("幸福小区物业服务中心") == []
    assert [p.name for p in region_parts("某某区民政局")] == ["某某区"]


def test_a_region_named_only_as_自治区_is_no_county() -> None:
    assert region_parts("自治区文化和旅游厅") == []


@pytest.mark.parametrize("unit, expected", [
    ("赣江新区公安分局", [("city", "赣江新区")]),
    ("兰州新区教育和文化旅游局", [("city", "兰州新区")]),
    ("雄安新区容城县财政局", [("city", "雄安新区"), ("county", "容城县")]),
    # districts the gazetteer lists, and a development zone, stay county-level
    ("上海市浦东新区农业农村委员会", [("city", "上海市"), ("county", "浦东新区")]),
    ("长沙经济技术开发区管委会", [("county", "长沙经济技术开发区")]),
])
def test_a_state_level_new_area_is_a_city(unit: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in region_parts(unit)] == expected


@pytest.mark.parametrize("unit, expected", [
    ("政协平凉市委员会办公室", [("city", "平凉市")]),
    ("中国人民政治协商会议寻甸县委员会", [("county", "寻甸县")]),
    ("中共宁远县委宣传部", [("county", "宁远县")]),
])
def test_a_party_or_cppcc_prefix_is_no_part_of_the_region(unit: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in region_parts(unit)] == expected


@pytest.mark.parametrize("text, expected", [
    ("广河县隶属临夏回族自治州，本院负责…", [("广河县", "city", "临夏回族自治州")]),
    ("福泉市是黔南布依族苗族自治州代管的县级市。", [("福泉市", "city", "黔南布依族苗族自治州")]),
    ("镶黄旗地处锡林郭勒盟西南部。", [("镶黄旗", "city", "锡林郭勒盟")]),
    # an autonomous county's long name, in a municipality (the contract's city)
    ("彭水苗族土家族自治县位于重庆市东南部，是林业大县。", [("彭水苗族土家族自治县", "city", "重庆市")]),
    ("我县位于湖南省西部。", []),  # no county named
    ("全县地处湖南省西部。", []),
])
def test_a_county_said_to_lie_in_a_division_above_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    from extractors.region import stated_belongings

    assert [(lower.name, upper.level, upper.name) for lower, upper in stated_belongings(text)] == expected


def test_encloses_by_the_gazetteer_s_codes() -> None:
    from extractors.region import encloses

    assert encloses("锡林郭勒盟", "阿巴嘎旗") and encloses("内蒙古自治区", "阿巴嘎旗")
    assert encloses("北京市", "朝阳区") and encloses("长春市", "朝阳区")  # a name of several places
    assert encloses("承德市", "平泉县") and encloses("承德市", "平泉市")  # renamed since the gazetteer
    assert not encloses("广州市", "阿巴嘎旗") and not encloses("阿巴嘎旗", "阿巴嘎旗")
    assert not encloses("某某盟", "阿巴嘎旗") and not encloses("阿巴嘎旗", "锡林郭勒盟")
