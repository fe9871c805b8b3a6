import pytest

from extractors import findings
from tests.conftest import make_doc


def counts(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings.extract(make_doc(text)).findings:
        out[f.kind] = out.get(f.kind, 0) + 1
    return out


@pytest.mark.parametrize("text, expected", [
    ("三、存在的主要问题\n一是预算执行水平有待提升;二是监控不够深入。\n四、下一步改进措施\n一是提高执行水平;二是落实监控。\n",
     {"problem": 2, "measure": 2}),
    ("六、存在的问题\n1.预算执行进度不均衡。部分项目偏慢。\n2.绩效目标设置不够精细。\n七、改进措施\n1.加强预算执行管理,按季度制定用款计划。\n"
     "2.提升绩效目标编制质量,组织培训。\n3.强化自评结果运用,调减预算。\n", {"problem": 2, "measure": 3}),
    ("五、存在的问题\n(一)资金支出进度不均衡。偏低。\n(二)补贴申领便利度有待提高。\n(三)指标设置有待优化。\n"
     "六、下一步改进措施\n(一)加快资金拨付进度。按月调度。\n(二)推进免申即享。\n(三)完善指标体系。\n", {"problem": 3, "measure": 3}),
    ("四、存在的问题及改进措施\n(一)存在的问题\n一是执行偏慢;二是监控不足;三是指标粗。\n(二)改进措施\n一是加快执行;二是加强监控。\n",
     {"problem": 3, "measure": 2}),
])
def test_enumerations(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


def test_findings_carry_text_and_order() -> None:
    found = findings.extract(make_doc("三、存在的问题\n一是执行偏慢;二是监控不足。\n")).findings
    assert [(f.ordinal, f.text[:4]) for f in found] == [(1, "一是执行"), (2, "二是监控")]


def test_other_matters_are_no_findings() -> None:
    assert counts("七、其他需要说明的问题\n一是无;二是无。\n") == {}


def test_labelled_paragraphs_under_one_heading() -> None:
    text = ("五、存在的问题及改进措施\n存在的问题:一是预算编制不够细化;二是绩效监控不够及时。\n"
            "改进措施:一是细化预算编制;二是加强绩效监控;三是强化结果应用。\n")
    assert counts(text) == {"problem": 2, "measure": 3}
