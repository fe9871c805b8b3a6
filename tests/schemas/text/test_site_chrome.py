"""The portal page around a report saved as text goes; the report's own lines stay."""
from __future__ import annotations

from schemas.text.normalize import normalize_text
from schemas.text.site_chrome import blank_site_chrome, chrome_lines
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
