"""Heading numbering styles and their levels, whatever markup the file had."""
from __future__ import annotations

import pytest

from schemas.text.headings import is_title_line, match_heading, numbering_of


@pytest.mark.parametrize(("line", "level", "numbering"), [
    ("一、项目基本情况", 1, "一、"),
    ("十二．其他", 1, "十二．"),
    ("第二部分 绩效目标", 1, "第二部分 "),
    ("、项目绩效情况", 1, "、"),  # the numeral lost in conversion
    ("（一）项目概况", 2, "（一）"),
    ("(三)、资金管理", 2, "(三)、"),
    ("1.资金安排", 3, "1."),
    ("12、问题", 3, "12、"),
    ("(1) 产出", 4, "(1) "),
    ("①数量指标", 4, "①"),
    ("  二、效益  ", 1, "二、"),
])
def test_numbering_styles_and_levels(line: str, level: int, numbering: str) -> None:
    assert numbering_of(line) == (level, numbering)


@pytest.mark.parametrize("line", [
    "2023年预算", "1.5万元", "项目概况", "一是加强管理", "",
    "、区物业管理服务中心、区园林绿化管理所",  # a list wrapped onto this line, not a heading whose numeral was lost
])
def test_lines_that_are_not_numbered(line: str) -> None:
    assert numbering_of(line) is None


@pytest.mark.parametrize(("line", "level", "title"), [
    ("一、项目基本情况", 1, "一、项目基本情况"),
    ("（二）资金管理情况：", 2, "（二）资金管理情况"),  # trailing punctuation dropped
    ("(1) 产出", 4, "(1) 产出"),
    # a numbered paragraph whose first sentence is short: that sentence is its heading
    ("1.产出指标完成较好。全年完成培训120人次，超额完成目标任务。", 3, "1.产出指标完成较好"),
])
def test_headings(line: str, level: int, title: str) -> None:
    found = match_heading(line)
    assert found is not None and (found.level, found.title) == (level, title)


@pytest.mark.parametrize("line", [
    "一、",  # numbering with nothing after it
    "四、存在的问题，主要是以下几点",  # clauses: a numbered sentence, not a heading
    "一、项目概况，我局于2020年开始实施该项目并取得成效，现报告如下。",
    "2022年部门预算",
])
def test_not_headings(line: str) -> None:
    assert match_heading(line) is None


@pytest.mark.parametrize(("line", "title"), [
    ("某局2022年度部门整体支出绩效自评报告", True), ("项目支出绩效自评表", True), ("目录", True),
    ("这是一句话。", False), ("", False), ("报告" * 41, False),
])
def test_title_lines(line: str, title: bool) -> None:
    assert is_title_line(line) == title
