from schemas.text.pipe_tables import split_text_tables

PIPES = """正文在前。
| 项目 | 年初预算数 | 全年预算数 |
| --- | --- | --- |
| 年度资金总额 | 500.00 | 520.00 |
正文在后。"""

ONE_CELL_PER_LINE = """附件：
项目资金（万元） |
|
年初预算数 |
全年预算数 |
||||
年度资金总额 |
560.00 |
648.00 |
||||
其中：当年财政拨款 |
560.00 |
600.00 |
||||
总分 |
97.75 |
"""


def test_markdown_pipe_table_leaves_the_text() -> None:
    text, (table,) = split_text_tables(PIPES, page=1)
    assert "正文在前。" in text and "正文在后。" in text and "|" not in text
    assert table.grid() == [["项目", "年初预算数", "全年预算数"], ["年度资金总额", "500.00", "520.00"]]


def test_one_cell_per_line_rows_between_bar_lines_with_merged_cells_restored() -> None:
    _, (table,) = split_text_tables(ONE_CELL_PER_LINE, page=2)
    assert table.page == 2
    assert table.grid()[:3] == [
        ["项目资金（万元）", None, "年初预算数", "全年预算数"],
        ["项目资金（万元）", "年度资金总额", "560.00", "648.00"],
        ["项目资金（万元）", "其中：当年财政拨款", "560.00", "600.00"],
    ]
    assert table.grid()[3][:2] == ["总分", "97.75"]


def test_page_number_lines_are_dropped() -> None:
    text, tables = split_text_tables("第一段。\n- 3 -\n第二段。\n第3页 共12页\n", page=1)
    assert tables == [] and "3" not in text


BOXED = """资金情况如下：
┌──────────┬────────────┬──────────┐
│资金来源  │下达金额    │支出金额  │
├──────────┼────────────┼──────────┤
│中央财政  │120.00      │118.62    │
├──────────┼────────────┼──────────┤
│县级配套  │25.00       │25.00     │
│资金      │            │          │
├──────────┼────────────┼──────────┤
│合计      │145.00      │143.62    │
└──────────┴────────────┴──────────┘
正文在后。"""


def test_a_box_drawn_table_is_a_table_and_a_cell_wrapped_in_its_box_is_one_cell() -> None:
    text, (table,) = split_text_tables(BOXED, page=1)
    assert table.grid() == [["资金来源", "下达金额", "支出金额"], ["中央财政", "120.00", "118.62"],
                            ["县级配套资金", "25.00", "25.00"], ["合计", "145.00", "143.62"]]
    assert "资金情况如下：" in text and "正文在后。" in text and "│" not in text and "─" not in text
    assert text.count("\n") == BOXED.count("\n")  # the table leaves an empty line per line


def test_an_ascii_drawn_table_is_a_table() -> None:
    drawn = "+------+------+\n| 项目 | 金额 |\n+------+------+\n| 合计 | 9.50 |\n+------+------+\n"
    _, (table,) = split_text_tables(drawn, page=1)
    assert table.grid() == [["项目", "金额"], ["合计", "9.50"]]


def test_box_characters_in_running_text_stay_text() -> None:
    text, tables = split_text_tables("目录\n一、基本情况──────────1\n", page=1)
    assert tables == [] and "基本情况" in text


def test_cells_one_a_line_each_closed_by_a_bar_on_its_own_line_make_rows() -> None:
    lines = ["2022年度项目支出绩效自评表", "单位名称:某市某局", "项目名称", "|", "春节走访慰问经费", "|", "||||||||",
             "预算执行情况(万元)", "(20分)", "|", "|", "预算数(A)", "|", "执行数(B)", "|", "执行率(B/A)", "|",
             "得分", "|", "||||", "年度财政资金总额", "|", "34.64", "|", "34.64", "|", "100%", "|", "20", "|",
             "|||||", "总分(100分)", "|", "100", "|", "自评等级", "|", "优", "|", "|||", "", "一、绩效目标完成情况",
             "全年走访慰问优抚对象330人。"]
    text, tables = split_text_tables("\n".join(lines), page=1)
    assert len(tables) == 1
    rows = [[c or "" for c in row] for row in tables[0].grid()]
    assert rows[0][:2] == ["项目名称", "春节走访慰问经费"]
    assert rows[1][:5] == ["预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)"]
    # the caption cell left empty under a merged caption is restored, as for any cell-per-line rows
    assert rows[2][:6] == ["预算执行情况(万元)(20分)", "年度财政资金总额", "34.64", "34.64", "100%", "20"]
    assert rows[3][:4] == ["总分(100分)", "100", "自评等级", "优"]
    # the title above the run and the text after it stay running text
    assert "2022年度项目支出绩效自评表" in text and "单位名称:某市某局" in text and "全年走访慰问优抚对象330人。" in text


def test_a_few_lone_bars_leave_the_text_alone() -> None:
    text = "一、基本情况\n资金用途\n|\n见附表\n"
    assert split_text_tables(text, page=1)[0] == text


def test_a_table_keeps_the_short_lines_right_above_it_as_its_caption() -> None:
    from schemas.text.pipe_tables import caption_above, split_text_tables

    text = ("支出构成见表1。\n\n表1　2025年度支出构成（单位：万元）\n\n| 项目 | 金额 |\n| --- | ---: |\n"
            "| 本年支出合计 | 19,426.85 |\n| 基本支出 | 4,682.37 |\n\n项目支出全部用于以下项目，明细如下表，所列金额均以元为单位并保留两位小数，便于核对。\n"
            "| 项目名称 | 预算数 |\n| --- | ---: |\n| 养老服务补贴项目 | 62,000,000.00 |\n")
    _, tables = split_text_tables(text, page=1)
    assert [t.caption for t in tables] == ["表1　2025年度支出构成（单位：万元）", None]  # a long line is prose
    assert caption_above(["表1 收支情况表", "单位：万元", ""]) == "表1 收支情况表 单位：万元"
