"""Tab-separated and space-aligned tables in text, and text that only looks aligned."""
from __future__ import annotations

import pytest

from pipeline.reading.layout.text_grid import split_aligned_text_tables
from pipeline.reading.read import read_bytes
from schemas.document import Table

NARRATIVE = "一、项目资金情况\n　　本项目全年预算数为1,120.00万元，资金使用情况如下表。\n"
SPACED = (
    "资金来源            全年预算数    全年执行数    执行率\n"
    "年度资金总额          1 120.00      1 064.80    95.07%\n"
    "其中：财政拨款          980.00        950.30    96.97%\n"
    "上年结转资金            140.00        114.50    81.79%\n"
)
TABBED = (
    "一级指标\t二级指标\t三级指标\t分值\t得分\n"
    "产出指标\t数量指标\t培训人次\t10\t10\n"
    "\t\t设备数量\t10\t9\n"
    "\t质量指标\t验收合格率\t10\t10\n"
)


def grid(table: Table) -> list[list[str]]:
    return [[cell or "" for cell in row] for row in table.grid()]


def test_a_space_aligned_table_counts_cjk_characters_two_columns() -> None:
    text = NARRATIVE + "\n" + SPACED + "\n以上资金均按规定用途使用。\n"
    body, (table,) = split_aligned_text_tables(text, page=1)
    assert grid(table) == [
        ["资金来源", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "1 120.00", "1 064.80", "95.07%"],
        ["其中：财政拨款", "980.00", "950.30", "96.97%"],
        ["上年结转资金", "140.00", "114.50", "81.79%"],
    ]
    assert table.location == "text-table[1]"
    assert "1 064.80" not in body and NARRATIVE in body and "以上资金均按规定用途使用。" in body
    assert body.count("\n") == text.count("\n")  # table lines left blank, offsets of the lines around kept
    for cell in table.cells:
        assert cell.address is not None
        start, end = map(int, cell.address.split("chars(")[1].rstrip(")").split("-"))
        assert text[start:end] == cell.text


def test_a_tab_separated_table_keeps_empty_cells_and_labels_written_once() -> None:
    body, (table,) = split_aligned_text_tables(NARRATIVE + TABBED, page=2)
    assert table.page == 2 and table.n_cols == 5 and table.n_rows == 4
    assert grid(table)[2] == ["产出指标", "数量指标", "设备数量", "10", "9"]
    assert grid(table)[3] == ["产出指标", "质量指标", "验收合格率", "10", "10"]
    assert "培训人次" not in body


def test_the_text_reader_lifts_text_tables_after_pipe_tables() -> None:
    text = "某县2022年度项目支出绩效自评报告\n| 项目 | 分值 | 得分 |\n| 总分 | 100 | 95 |\n\n" + SPACED
    document = read_bytes(text.encode("utf-8"), "report.txt")
    assert [t.location for t in document.tables] == ["text-table[1]", "text-table[2]"]
    assert grid(document.tables[1])[1][1] == "1 120.00"


@pytest.mark.parametrize(
    "text",
    [
        # a numbered list with its items aligned after the numbers
        "1.    加强预算编制管理\n2.    强化预算执行监控\n3.    推进绩效结果应用\n4.    完善内部控制制度\n",
        # a table of contents with leaders and page numbers
        "目  录\n一、部门基本情况……………………………  1\n二、绩效目标完成情况…………………………  3\n"
        "三、存在的问题………………………………  7\n四、改进措施…………………………………  9\n",
        # prose with stray double spaces that happen to line up
        "　　我局坚持以预算绩效管理为抓手  强化预算编制执行监督全过程管理\n"
        "　　各项重点工作有序推进资金使用  效益稳步提升服务保障能力增强\n"
        "　　较好地完成了年度绩效目标任务  为下一年度工作打下了良好基础\n",
        # a signature block
        "　　　　　　　　　　　　　　　　某县农业农村局\n　　　　　　　　　　　　　　　　2023年4月20日\n",
    ],
)
def test_lists_contents_and_prose_are_no_tables(text: str) -> None:
    body, tables = split_aligned_text_tables(text, page=1)
    assert tables == [] and body == text


# Typed with four spaces between cells, not aligned: the columns drift from row to row.
DRIFTING = """绩效指标
一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分
产出指标    数量指标    新建村级公路里程    ≥60公里    62公里    20    20
验收合格率    ≥95%    98%    20    20
效益指标    社会效益指标    群众出行条件改善    明显改善    明显改善    30    28
满意度指标    服务对象满意度指标    沿线群众满意度    ≥90%    92%    30    30
总分    100    98
"""


def test_a_table_typed_with_gaps_not_columns_is_a_stream_of_its_cells() -> None:
    _, (table,) = split_aligned_text_tables(DRIFTING, page=1)
    assert table.n_cols == 1
    texts = [c.text for c in table.cells]
    assert texts[:3] == ["一级指标", "二级指标", "三级指标"] and "验收合格率" in texts and texts[-1] == "98"
    first = table.cells[0]
    start, end = (int(x) for x in first.address.split("(")[1].rstrip(")").split("-"))  # type: ignore[union-attr]
    assert DRIFTING[start:end] == "一级指标"


def test_a_line_of_labels_each_with_its_figure_is_split_into_label_and_figure() -> None:
    text = ("项目资金(万元)\n年度资金总额:    年初预算数 1,280.00    全年预算数 1,350.00    全年执行数 1,322.41\n"
            "                  分值 10    执行率 97.96%    得分 9.80\n")
    _, (table,) = split_aligned_text_tables(text, page=1)
    texts = [c.text for c in table.cells]
    assert texts[texts.index("全年预算数") + 1] == "1,350.00" and texts[texts.index("执行率") + 1] == "97.96%"


def test_aligned_tables_stay_grids() -> None:
    text = ("项目        年初预算数    全年预算数    全年执行数\n"
            "资金总额    100.00        120.00        118.00\n"
            "财政拨款    100.00        120.00        118.00\n")
    _, (table,) = split_aligned_text_tables(text, page=1)
    assert table.n_cols == 4


def test_rules_drawn_with_dashes_keep_the_header_with_its_rows() -> None:
    rule = "-" * 60 + "\n"
    text = ("表1 收支情况表\n" + rule + "项    目              上年支出数  年初预算数  本年支出数\n" + rule
            + "支出合计                6,386.72    6,248.60    6,812.46\n"
            + "  基本支出              1,902.14           —    1,986.24\n" + rule + "以上为全部支出。\n")
    body, tables = split_aligned_text_tables(text, page=1)
    assert grid(tables[0])[0] == ["项 目", "上年支出数", "年初预算数", "本年支出数"]
    assert len(tables) == 1 and "---" not in body and "以上为全部支出" in body
    assert tables[0].caption == "表1 收支情况表"


WRAPPED = (
    "  序号  项目名称              全年预算数        执行数      执行率\n"
    "  1     农村饮水安全巩固          986.00        962.38      97.60%\n"
    "        提升工程\n"
    "  2     中小河流治理重点        1,240.00      1,198.46      96.65%\n"
    "        县综合整治\n"
    "  3     防汛抗旱物资储备          186.00        181.50      97.58%\n"
)


def test_a_name_wrapped_inside_its_cell_by_a_layout_dump_stays_in_its_row() -> None:
    body, (table,) = split_aligned_text_tables(WRAPPED, page=1)
    assert grid(table) == [
        ["序号", "项目名称", "全年预算数", "执行数", "执行率"],
        ["1", "农村饮水安全巩固提升工程", "986.00", "962.38", "97.60%"],
        ["2", "中小河流治理重点县综合整治", "1,240.00", "1,198.46", "96.65%"],
        ["3", "防汛抗旱物资储备", "186.00", "181.50", "97.58%"],
    ]
    assert not body.strip()


def test_a_line_under_a_cell_that_did_not_fill_its_column_is_a_row_of_its_own() -> None:
    text = ("  项目名称              全年预算数        执行数\n"
            "  防汛物资储备              186.00        181.50\n"
            "  其他\n"
            "  河道疏浚整治工程          120.00        118.00\n")
    _, (table,) = split_aligned_text_tables(text, page=1)
    assert [row[0] for row in grid(table)] == ["项目名称", "防汛物资储备", "其他", "河道疏浚整治工程"]


def test_a_tab_separated_row_of_text_under_its_header_is_a_row_of_its_own() -> None:
    text = ("年度总体目标\t预期目标\t实际完成情况\n"
            "年度总体目标\t完成药品抽检不少于6000批次\t全年完成药品抽检6286批次\n"
            "三级指标\t指标值\t完成值\n药品抽检批次\t6000\t6286\n")
    _, (table,) = split_aligned_text_tables(text, page=1)
    assert grid(table)[:2] == [["年度总体目标", "预期目标", "实际完成情况"],
                               ["年度总体目标", "完成药品抽检不少于6000批次", "全年完成药品抽检6286批次"]]
