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


@pytest.mark.parametrize("text, expected", [
    # the project template's heading; labelled paragraphs numbered 1. 2. inside one line
    ("三、偏离绩效目标的原因和下一步改进措施\n存在问题:1.管线资料不全,多次变更设计;2.村级管护力量薄弱。\n"
     "改进措施:1.加强前期勘察;2.推行专业化管护。\n", {"problem": 2, "measure": 2}),
    # run-in sub-headings: the items stand on the heading's own line
    ("五、存在的问题和改进措施\n(一)存在问题。一是交通条件差;二是护林员年龄偏大。\n(二)改进措施。一是配备车辆;二是集中培训。\n",
     {"problem": 2, "measure": 2}),
    # a labelled paragraph numbered (一)(二)(三); its own (一) label is no item
    ("五、存在的问题及改进措施\n存在的问题:一是编制不精细;二是支付滞后。\n改进措施:(一)提高准确性;(二)建立台账;(三)加强运用。\n",
     {"problem": 2, "measure": 3}),
    ("五、存在的问题及改进措施\n(一)存在的问题:一是到货较晚;二是人才短缺。\n(二)改进措施:一是提前论证;二是引进人才;三是建立制度。\n",
     {"problem": 2, "measure": 3}),
    # a decimal is no item number
    ("三、存在的问题\n执行率为98.5,低于目标;一是进度慢;二是监控弱。\n", {"problem": 2}),
])
def test_inline_enumerations_and_run_in_headings(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


def test_problems_and_measures_labelled_within_one_paragraph() -> None:
    text = ("五、存在的问题和改进措施\n存在的问题:一是采购周期较长;二是系统使用率不高。"
            "改进措施:一是提前谋划采购;二是加强操作培训。\n")
    found = findings.extract(make_doc(text)).findings
    assert [(f.kind, f.text) for f in found] == [
        ("problem", "一是采购周期较长"), ("problem", "二是系统使用率不高。"),
        ("measure", "一是提前谋划采购"), ("measure", "二是加强操作培训。")]


def test_next_steps_opened_by_xiayibu_without_a_colon() -> None:
    from extractors import findings
    from tests.conftest import make_doc

    doc = make_doc("某中心2020年度项目支出绩效自评报告\n五、存在的问题和改进措施。存在的问题：一是检测设备老化；"
                   "二是人员流动较大。下一步，一是分年度更新检测设备，二是加强检测人员培训。\n")
    kinds = [f.kind for f in findings.extract(doc).findings]
    assert kinds == ["problem", "problem", "measure", "measure"]


def test_a_section_of_both_with_numbered_items_has_its_problems_first_and_measures_from_their_label() -> None:
    text = ("某局2019年度项目支出绩效自评报告\n五、存在的问题及下一步工作\n"
            "（一）偏远山区防火通信覆盖不足。（二）护林员年龄偏大，扑救技能有待提高。\n"
            "下一步：（一）分批建设防火通信基站；（二）每年组织护林员集中培训。\n某县林业和草原局\n2020年2月26日\n")
    found = findings.extract(make_doc(text)).findings
    assert [(f.kind, f.ordinal) for f in found] == [("problem", 1), ("problem", 2), ("measure", 1), ("measure", 2)]
    assert found[2].text == "(一)分批建设防火通信基站"  # normalized text: half-width brackets


def test_items_numbered_on_one_line_are_items() -> None:
    text = "某局2023年度部门整体支出绩效自评报告\n六、改进措施\n1.强化项目储备和前期论证。2.加强与财政部门沟通。\n"
    found = findings.extract(make_doc(text)).findings
    assert [(f.kind, f.text) for f in found] == [("measure", "1.强化项目储备和前期论证。"), ("measure", "2.加强与财政部门沟通。")]


def test_a_problem_before_next_steps_in_one_paragraph_under_a_heading_of_both() -> None:
    text = ("五、存在的问题及下一步打算\n部分项目资金下达较晚,年末仍有少量资金结转。下一步,我乡将提前做好项目规划,加快支出进度。\n")
    assert counts(text) == {"problem": 1, "measure": 1}
    # measures named first: the opening paragraph is not taken for a problem
    assert counts("五、改进措施及存在问题\n做好项目规划。\n") == {}


def test_a_form_s_problem_and_measure_rows() -> None:
    from schemas.document import Table

    form = Table.from_rows([
        ["项目名称", "农村供水保障工程项目", "农村供水保障工程项目"],
        ["存在问题", "1.个别工程前期地质勘察不充分，工期延误。2.村级管水员业务能力参差不齐。", None],
        ["改进措施", "1.加强前期勘察设计审查。2.组织管水员集中培训。3.落实工程管护经费。", None],
        ["评价结论", "项目自评得分96.70分，自评等级为优。", None],
    ])
    doc = make_doc("项目支出绩效自评表\n", tables=(form,))
    found = findings.extract(doc).findings
    assert [(f.kind, f.text[:6], f.provenance.row) for f in found] == [
        ("problem", "1.个别工程", 1), ("problem", "2.村级管水", 1),
        ("measure", "1.加强前期", 2), ("measure", "2.组织管水", 2), ("measure", "3.落实工程", 2)]


def test_a_form_s_rows_do_not_repeat_what_the_text_states() -> None:
    from schemas.document import Table

    text = "五、存在的问题\n一是执行偏慢;二是监控不足。\n"
    form = Table.from_rows([["存在问题", "执行进度偏慢，监控不足。"], ["改进措施", "加快执行进度，加强监控。"]])
    doc = make_doc(text, tables=(form,))
    assert counts_of(findings.extract(doc).findings) == {"problem": 2, "measure": 1}


def counts_of(found: tuple) -> dict[str, int]:  # type: ignore[type-arg]
    out: dict[str, int] = {}
    for f in found:
        out[f.kind] = out.get(f.kind, 0) + 1
    return out


def test_the_report_closes_at_its_signature_and_an_annexed_form_s_lines_are_no_items() -> None:
    text = ("五、存在的问题\n（一）部分村卫生室设备台账不完整。\n六、改进措施\n（一）督促各村卫生室建立健全设备台账。\n"
            "临潭县卫生健康局\n2025年3月6日\n附件\n项目支出绩效自评表\n(2024年度)\n"
            "填报单位（盖章）：临潭县卫生健康局 填报人：杨xx 填报日期：2025年3月6日\n")
    assert counts(text) == {"problem": 1, "measure": 1}
