"""The report's kind: from the title lines first, else from which wording the body uses more."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extractors.reportkind import detect_report_kind, title_text
from schemas.facts import ReportKind
from tests.conftest import make_doc

BODY = "绩效报告\n\n一、概况\n\n正文一句。\n\n二、情况\n\n正文二句。\n\n三、结论\n\n"


@pytest.mark.parametrize(("text", "kind"), [
    ("某局2022年度部门整体支出绩效自评报告\n一、概况", ReportKind.DEPARTMENT_OVERALL),
    ("某局单位整体支出绩效自评报告", ReportKind.DEPARTMENT_OVERALL),
    ("某局2022年度项目支出绩效自评报告\n正文", ReportKind.PROJECT),
    ("关于中央转移支付资金的绩效自评报告", ReportKind.PROJECT),
    ("某县2023年度中央水利发展资金\n绩效自评报告\n正文", ReportKind.PROJECT),  # the title over two lines
    ("关于2019年度某村通组道路工程绩效评价报告\n一、项目基本情况", ReportKind.PROJECT),  # a works project
    # a unit's whole budget named without 整体: its execution, its spending
    ("某镇社区卫生服务中心预算执行情况绩效自评报告\n一、基本情况", ReportKind.DEPARTMENT_OVERALL),
    ("某区2021年度部门(单位)整体支出\n绩效评价自评报告\n一、基本情况", ReportKind.DEPARTMENT_OVERALL),
    ("某区第七幼儿园2024年财政预算支出绩效自评情况报告\n一、部门概况", ReportKind.DEPARTMENT_OVERALL),
    ("某项目预算执行情况绩效自评报告\n一、基本情况", ReportKind.PROJECT),
    # the transfer-payment template, its title lost
    ("我市2023年度中央专项资金转移支付涉及两类项目。\n一、绩效目标分解下达情况\n正文。", ReportKind.PROJECT),
    # a fund's spending evaluated, and the finance bureau's notice about transfer payments' execution
    ("某市文化和旅游局关于某补助资金支出绩效的自评报告\n根据《关于开展2022年度中央对地方转移支付预算执行情况"
     "绩效自评工作的通知》要求,现报告如下:", ReportKind.PROJECT),
    # no kind anywhere but the first section's name
    ("某镇人民政府2024年度绩效自评报告\n现报告如下:\n一、单位基本情况\n本镇设5个办。", ReportKind.DEPARTMENT_OVERALL),
    ("某站2024年度绩效自评报告\n现报告如下:\n一、项目概况\n本项目建设3座泵站。", ReportKind.PROJECT),
    # ... also where a flattened copy runs the title on into it
    ("1、某站2024年度绩效自评报告一、项目概况(一)本项目建设3座泵站。", ReportKind.PROJECT),
    ("1、某镇2024年度绩效自评报告一、单位基本情况(一)本镇设5个办。", ReportKind.DEPARTMENT_OVERALL),
    # no kind in the title lines: the body's wording, whichever it uses more
    (BODY + "部门整体支出绩效较好,项目支出绩效也好。项目支出绩效明显。", ReportKind.PROJECT),
    (BODY + "部门整体绩效较好。部门整体支出绩效良好。", ReportKind.DEPARTMENT_OVERALL),
    (BODY + "部门整体支出绩效较好,项目支出绩效也好。", ReportKind.UNKNOWN),  # as many of each: no guess
    ("绩效报告\n正文", ReportKind.UNKNOWN),
])
def test_detect_report_kind(text: str, kind: ReportKind) -> None:
    assert detect_report_kind(make_doc(text)) == kind


def test_the_title_hint_comes_first() -> None:
    doc = make_doc("正文第一行\n正文第二行")
    hinted = replace(doc, document=replace(doc.document, title_hint="某局2022年度部门整体支出绩效自评报告"))
    assert title_text(hinted).startswith("某局2022年度部门整体支出绩效自评报告\n")
    assert detect_report_kind(hinted) == ReportKind.DEPARTMENT_OVERALL


@pytest.mark.parametrize("title, kind", [
    ("某自治区残疾人联合会2020年度预算绩效自评报告", "department_overall"),
    ("某县2021年度财政专项资金绩效评价表", "project"),
    ("某镇项目的绩效自评报告", "project"),
    ("某区水务局供水管网改造工程项目2021年度绩效自评报告", "project"),  # a year between 项目 and 绩效
    ("某县2022年度农业专项资金2022年度绩效自评报告", "project"),
    ("某县林业局2021年古树名木保护经费的绩效自评报告", "project"),  # a fund for one purpose
    ("某县2024年度衔接推进乡村振兴补助资金区域绩效自评表", "project"),  # a transfer payment, by region
    ("某区商务委员会2021年度预算资金绩效自评公开", "department_overall"),  # the unit's budget, all of it
    ("某区2021年度某项目预算资金绩效自评报告", "project"),
    ("关于某区转移支付2022年度中央农业生产和水利救灾资金(第八批)绩效自评报告", "project"),  # a tranche's aside
])
def test_more_title_wordings_name_the_kind(title: str, kind: str) -> None:
    from extractors.reportkind import detect_report_kind
    from tests.conftest import make_doc

    assert detect_report_kind(make_doc(title + "\n一、基本情况\n正文。")).value == kind


def test_a_fund_s_performance_target_self_evaluation_form_is_a_project_s() -> None:
    from extractors.reportkind import PROJECT_WORDS
    assert PROJECT_WORDS.search("2022年度就业补助资金绩效目标自评表")
