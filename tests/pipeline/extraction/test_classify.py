"""Is a readable document a performance self-evaluation at all?"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction.classify import BLANK_FORM, is_self_evaluation, other_document
from pipeline.run import process_file
from schemas.document import Document, Page
from schemas.facts import Status


def document(text: str) -> Document:
    return Document(source_path="x.txt", sha256="0" * 64, source_format="txt", pages=(Page(number=1, text=text),))


EX_ANTE = ("某市某县污水处理特许经营项目\n事前绩效评估报告\n项目名称:某县污水处理特许经营项目\n"
           "委托单位:某县财政局\n评估机构:某咨询有限公司\n一、评估结论\n总得分为90.5分。\n")


@pytest.mark.parametrize("text, ex_ante", [
    (EX_ANTE, True),
    ("某县财政局关于2022年度项目事前绩效评估和绩效自评工作的报告\n", False),  # names the self-evaluation too
    ("某局2022年度部门整体支出绩效自评报告\n一、基本情况\n本项目已完成事前评估。\n", False),  # in the body only
])
def test_an_ex_ante_assessment_is_told_apart(text: str, ex_ante: bool) -> None:
    doc = document(text)
    assert (other_document(text, doc) is not None) is ex_ante
    assert is_self_evaluation(text, doc)  # it names 绩效/评价: only what else its title names tells it apart


def test_an_ex_ante_assessment_ends_not_a_report_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "shiqian.txt"
    path.write_text(EX_ANTE, encoding="utf-8")
    outcome = process_file(path)
    assert outcome.status is Status.NOT_A_REPORT
    assert outcome.error is not None and "事前绩效评估" in outcome.error


FUNDS_REPORT = ("关于“2021年中央财政困难群众救助补助资金”管理使用情况\n一、资金下达情况\n补助资金下达我区111万元。\n"
                "二、资金管理使用情况\n资金已全部拨付。\n三、资金绩效评价结果\n1.产出指标完成情况分析\n救助覆盖率100%。\n")
FINAL_ACCOUNTS = ("某局2021年度部门决算说明\n一、部门基本情况\n本局内设5个科室。\n二、收入支出决算总体情况\n"
                  "本年收入合计500万元。\n三、预算绩效管理工作开展情况\n本年对2个项目开展了绩效自评,自评结论为优。\n")


def test_a_funds_report_whose_headings_carry_the_evaluation_is_a_self_evaluation() -> None:
    assert is_self_evaluation(FUNDS_REPORT, document(FUNDS_REPORT))
    # the final accounts speak of performance work, but have no evaluation result and no indicators
    assert not is_self_evaluation(FINAL_ACCOUNTS, document(FINAL_ACCOUNTS))


def test_headings_of_two_kinds_of_indicators_met_make_a_self_evaluation() -> None:
    text = ("一、部门概况\n本中心是区农业农村局下属事业单位。\n二、部门资金基本情况\n全年支出127.31万元。\n"
            "三、绩效目标完成情况分析\n(1)产出指标完成情况分析\n完成监测样品1200份。\n")
    assert is_self_evaluation(text, document(text))


def test_a_form_in_traditional_characters_is_a_self_evaluation() -> None:
    from schemas.document import Cell, Table

    cells = (Cell(row=0, col=0, text="績效目標自評表"), Cell(row=1, col=0, text="項目名稱"), Cell(row=1, col=1, text="得分"))
    doc = Document(source_path="x.md", sha256="0" * 64, source_format="md",
                   pages=(Page(number=1, text="(2024年度)\n", tables=(Table(page=1, n_rows=2, n_cols=2, cells=cells),)),))
    assert is_self_evaluation("(2024年度)\n", doc)


def test_a_self_evaluation_inside_final_accounts_is_one_when_it_states_its_result_and_score() -> None:
    text = ("某局2023年度部门决算\n第一部分部门概况\n本局内设股室5个。\n五、预算绩效情况说明\n"
            "(三)部门整体支出绩效自评结果。2023年度全年预算数2486.35万元,全年执行数2438.62万元,预算执行率98.08%。"
            "部门整体支出绩效自评得分94.2分,评价等级为“优”。\n")
    assert is_self_evaluation(text, document(text))
    # further down the accounts, the result's heading without a score stated is still no evaluation
    padded = text.replace("第一部分部门概况\n", "第一部分部门概况\n" + "本局负责林草资源保护。\n" * 6)
    assert is_self_evaluation(padded, document(padded))
    bare = padded.replace("部门整体支出绩效自评得分94.2分,", "")
    assert not is_self_evaluation(bare, document(bare))


def test_a_title_below_a_portal_s_breadcrumb_and_info_panel_is_still_the_title() -> None:
    text = ("当前位置：街镇 > 巴川街道 > 政务公开 > 法定主动公开内容 > 预算/决算\n"
            "- [索引号] 11500224MB1K02318P/2024-00031\n- [主题分类] 财政\n- [发布机构] 铜梁区巴川街道\n"
            "- [成文日期] 2024-06-12\n- [发布日期] 2024-06-12\n"
            "重庆市铜梁区巴川街道办事处2023年度部门整体支出绩效自评报告\n一、部门基本情况\n正文。\n")
    document = Document(source_path="page.pdf", sha256="0" * 64, source_format="pdf", pages=(Page(1, text),))
    assert is_self_evaluation(text, document)


@pytest.mark.parametrize("text, kind", [
    ("项目支出绩效目标申报表\n(2025年度)\n填报单位:某县农业农村局\n", "a declaration of performance targets"),
    ("项目支出绩效运行监控表\n(2024年1—6月)\n填报单位:某县农业农村局\n", "a performance monitoring form"),
    ("某市2021年度城市供热老旧管网改造项目\n重点绩效评价报告\n委托单位:某市财政局\n评价机构:某工程咨询有限公司\n",
     "an evaluation by a third party"),
    (EX_ANTE, "an ex-ante performance assessment"),
    # what a self-evaluation's title may also name
    ("项目支出绩效目标执行情况表\n(2024年1—12月)\n", None),  # the year's targets met, scored: a self-evaluation
    ("某局2023年度部门整体支出绩效评价报告\n一、部门概况\n", None),  # no evaluator named: the unit's own
    ("某县2022年度项目绩效自评及运行监控情况报告\n", None),
    ("某市2021年度重点项目绩效评价报告\n一、基本情况\n本次评价为单位自评。\n", None),
])
def test_other_performance_documents_say_what_they_are(text: str, kind: str | None) -> None:
    reason = other_document(text, document(text))
    assert (reason if reason is None else reason.split(" (")[0]) == kind


def test_a_blank_form_or_its_instructions_ends_not_a_report(tmp_path: Path) -> None:
    template = tmp_path / "template.txt"
    template.write_text("项目支出绩效自评表\n填表说明：\n1、年初设定目标：计划任务书中设定的本年度应完成的各类指标。\n"
                        "2、预算执行率=实际支出/全年预算数。\n3、请在未完成原因分析中说明偏离目标的原因。\n", encoding="utf-8")
    outcome = process_file(template)
    assert outcome.status is Status.NOT_A_REPORT and outcome.error == BLANK_FORM
    # one fact filled in is a report, however thin
    filled = tmp_path / "filled.txt"
    filled.write_text("项目支出绩效自评表（2023年度）\n项目名称：农村饮水安全维修养护项目\n", encoding="utf-8")
    assert process_file(filled).status is Status.OK
