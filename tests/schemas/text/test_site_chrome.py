"""The portal page around a report saved as text goes; the report's own lines stay."""
from __future__ import annotations

import re
from importlib import resources

import pytest

from schemas.text.normalize import normalize_text
from schemas.text.site_chrome import USES, blank_site_chrome, chrome_lines, chrome_marks, title_lines
from schemas.text.textmap import TextMap

TOP = ("首页 > 政务公开 > 财政信息 > 预算绩效管理\n"
       "发布时间：2024-04-18 09:32:11    来源：本网    浏览次数：2318\n"
       "【字体：大 中 小】【打印本页】【关闭窗口】\n\n")
REPORT = ("某县民政局2023年度部门整体支出绩效自评报告\n填报单位：某县民政局    联系电话：0736-7212345\n"
          "资金来源：县级财政。全年数字资源访问量达12.6万人次。\n某县民政局\n2024年3月5日\n")
BOTTOM = ("\n上一篇：2022年度部门预算公开说明\n下一篇：关于2024年度项目支出绩效目标的公示\n"
          "主办单位：某县人民政府办公室    承办：某县政务服务和数据管理局\n"
          "网站标识码：4307230001    备案号：湘ICP备11003254号-1    公安备案号：43072302000123\n"
          "技术支持：某县信息中心    我要纠错")


def test_the_page_s_lines_above_and_below_the_report_go_and_its_own_stay() -> None:
    text = TOP + REPORT + BOTTOM
    dropped = [text[s:e] for s, e in chrome_lines(text)]
    assert dropped == [*TOP.strip().split("\n")[:3], *BOTTOM.strip().split("\n")]
    normalized = normalize_text(TextMap.identity(text), "txt").text
    # the lines above stay (a breadcrumb or 来源 names the unit); the footer goes
    assert "\n某县民政局2023年度部门整体支出绩效自评报告\n填报单位:某县民政局" in normalized
    assert normalized.rstrip().endswith("2024年3月5日") and "2022年度" not in normalized


def test_the_report_s_own_lines_with_a_page_s_word_stay() -> None:
    # a sentence with a full stop, `资金来源：`, a 访问量 the report counts: the report's own
    assert chrome_lines(REPORT) == []
    # a form's header line at the end of a short text (its tables read apart), whatever it holds
    form = "部门整体支出绩效自评表\n(2021年度)\n填报单位（盖章）：某县档案馆 填表人：阿** 联系电话：0997-45***** 发布日期：略"
    assert chrome_lines(form) == []


def test_blanking_keeps_every_offset() -> None:
    text = TOP + REPORT + BOTTOM
    blank = blank_site_chrome(text)
    assert len(blank) == len(text) and blank.index("某县民政局2023年度") == text.index("某县民政局2023年度")
    assert "网站标识码" not in blank and blank.count("\n") == text.count("\n") and blank.startswith("首页 > ")


def test_the_title_and_the_kind_are_read_past_the_page_s_lines_above_the_report() -> None:
    from extractors.reportkind import detect_report_kind
    from extractors.title import find_title
    from schemas.facts import ReportKind
    from tests.conftest import make_doc

    text = TOP + "某县统计局2023年度第五次全国经济普查经费\n项目支出 绩效自评报告\n\n一、项目基本情况\n正文。\n"
    normalized = normalize_text(TextMap.identity(text), "txt").text
    # the buttons' line is never joined to the title's first line below it
    assert "\n某县统计局2023年度第五次全国经济普查经费" in normalized
    title = find_title(normalized)
    assert title is not None and title.text == "某县统计局2023年度第五次全国经济普查经费项目支出绩效自评报告"
    department = TOP + "某县民政局\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n正文。\n"
    assert detect_report_kind(make_doc(department)) is ReportKind.DEPARTMENT_OVERALL


def test_one_vocabulary_serves_every_use_of_the_pages_marks() -> None:
    # above the title: the publishing line; below the signature: the links; never joined: a document site's note
    assert chrome_marks("lead").search("发布时间：2024-04-18 来源：本网")
    assert not chrome_marks("lead").search("上一篇：2022年度部门预算公开说明")
    assert chrome_marks("tail").search("上一篇：2022年度部门预算公开说明")
    assert chrome_marks("unjoined").search("上传人：某某 上传时间：2023-05-01")
    # a counter with its colon makes the figure the page's; a report's own sentence about visits does not
    assert chrome_marks("figure").search("浏览量:1523")
    assert not chrome_marks("figure").search("网站全年浏览量达12万人次")
    # a saved page's short element with a print button is furniture
    assert chrome_marks("html").search("【打印】【关闭】")
    assert not chrome_marks("html").search("2023年度部门整体支出绩效自评报告")


def test_an_unknown_use_is_named() -> None:
    with pytest.raises(ValueError, match="unknown use of a site-chrome mark: 'footer'"):
        chrome_marks("footer")


def test_every_row_of_the_vocabulary_compiles_and_names_known_uses() -> None:
    text = (resources.files("schemas.text") / "data" / "site_chrome.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert rows
    for row in rows:
        mark, tab, uses = row.partition("\t")
        assert tab and re.compile(mark), row
        assert {u.strip() for u in uses.split(",")} <= set(USES), row


def test_title_lines_pass_over_the_page_s_lines_and_blank_ones_keeping_offsets() -> None:
    text = TOP + REPORT
    lines = list(title_lines(text))
    assert lines[0] == (len(TOP), "某县民政局2023年度部门整体支出绩效自评报告")
    assert [line for _, line in lines[1:3]] == ["填报单位：某县民政局    联系电话：0736-7212345",
                                                 "资金来源：县级财政。全年数字资源访问量达12.6万人次。"]
    assert all(text[start:start + len(line)] == line for start, line in lines)
