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
