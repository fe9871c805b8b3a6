"""Plain text and Markdown: line ends as written on any system."""
from __future__ import annotations

from pipeline.reading.read import read_bytes


def test_windows_and_old_mac_line_ends_are_line_ends() -> None:
    raw = "\ufeff某县水利局2019年度项目支出绩效自评报告\r\n一、基本情况\r\n\r\n全年完成3座水库除险加固。\r二、资金情况\r".encode()
    (page,) = read_bytes(raw, "report.txt").pages
    assert "\r" not in page.text
    assert page.text.split("\n")[:5] == ["某县水利局2019年度项目支出绩效自评报告", "一、基本情况", "",
                                         "全年完成3座水库除险加固。", "二、资金情况"]


def test_a_page_saved_as_text_keeps_its_publisher_from_the_info_panel() -> None:
    raw = ("索引号 | 11533000MB1979679X-/2021-0707013 | 发布机构 | 保山市退役军人事务局 |\n"
           "公开目录 | 部门预算 | 发布日期 | 2021-07-07 |\n附件1\n2020年度项目绩效自评报告\n一、项目基本情况\n").encode()
    assert read_bytes(raw, "page.txt").publisher_hint == "保山市退役军人事务局"
    # a bare 来源 in a report's text names its money, not a publisher
    body = "某县水利局2019年度项目支出绩效自评报告\n资金来源：县级财政资金\n".encode()
    assert read_bytes(body, "report.txt").publisher_hint is None


def test_a_portal_s_footer_set_out_in_columns_is_no_table() -> None:
    raw = ("某县水利局2019年度项目支出绩效自评报告\n一、基本情况\n全年完成3座水库除险加固。\n某县水利局\n2020年3月5日\n\n"
           "上一篇：2018年度部门预算公开说明\n主办单位：某县人民政府办公室    承办：某县政务服务和数据管理局\n"
           "网站标识码：4307230001    备案号：湘ICP备11003254号-1    公安备案号：43072302000123\n").encode()
    (page,) = read_bytes(raw, "report.txt").pages
    assert page.tables == () and "网站标识码" not in page.text and "2020年3月5日" in page.text
