"""Plain text and Markdown: line ends as written on any system."""
from __future__ import annotations

from pipeline.reading.read import read_bytes


def test_windows_and_old_mac_line_ends_are_line_ends() -> None:
    raw = "\ufeff某县水利局2019年度项目支出绩效自评报告\r\n一、基本情况\r\n\r\n全年完成3座水库除险加固。\r二、资金情况\r".encode()
    (page,) = read_bytes(raw, "report.txt").pages
    assert "\r" not in page.text
    assert page.text.split("\n")[:5] == ["某县水利局2019年度项目支出绩效自评报告", "一、基本情况", "",
                                         "全年完成3座水库除险加固。", "二、资金情况"]
