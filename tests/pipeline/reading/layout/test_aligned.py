"""Borderless tables from positioned text: hand-built lines in, table parts out."""
from __future__ import annotations

from collections.abc import Sequence

import pytest

from pipeline.reading.layout.aligned import AlignedSettings, HRule, find_aligned_tables
from pipeline.reading.layout.glyphs import Glyph, Line, glyphs_to_lines, is_wide

SIZE = 10.0
PITCH = 16.0
LEFT = 72.0


def glyphs_at(text: str, x: float, baseline: float, size: float = SIZE) -> list[Glyph]:
    out = []
    for ch in text:
        width = size if is_wide(ch) else size / 2
        out.append(Glyph(ch, x, x + width, baseline, size))
        x += width
    return out


def text_width(text: str, size: float = SIZE) -> float:
    return sum(size if is_wide(ch) else size / 2 for ch in text)


def table_lines(rows: Sequence[Sequence[str]], xs: Sequence[float], top: float = 100.0, right_align: bool = True) -> list[Line]:
    """Rows of cells set at column positions `xs` (figures right-aligned to the next column's start)."""
    glyphs: list[Glyph] = []
    for r, row in enumerate(rows):
        baseline = top + r * PITCH
        for c, text in enumerate(row):
            if not text:
                continue
            x = xs[c]
            if right_align and text.replace(".", "").replace("%", "").isdigit():
                x = xs[c + 1] - 8 - text_width(text)
            glyphs.extend(glyphs_at(text, x, baseline))
    return glyphs_to_lines(glyphs)


def prose_lines(texts: Sequence[str], top: float = 100.0, indents: Sequence[float] = ()) -> list[Line]:
    glyphs: list[Glyph] = []
    for k, text in enumerate(texts):
        indent = indents[k] if k < len(indents) else 0.0
        glyphs.extend(glyphs_at(text, LEFT + indent, top + k * PITCH))
    return glyphs_to_lines(glyphs)


def grid_of(part) -> list[list[str]]:  # type: ignore[no-untyped-def]
    grid = [[""] * part.n_cols for _ in range(part.n_rows)]
    for cell in part.cells:
        grid[cell.row][cell.col] = cell.text
    return grid


FUNDS = [
    ["资金来源", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", "1 036.52", "980.00", "94.55%"],
    ["其中：财政拨款", "900.00", "870.00", "96.67%"],
    ["其他资金", "136.52", "110.00", "80.57%"],
]
XS = (72.0, 200.0, 290.0, 380.0, 470.0)


def test_a_funds_table_without_rules_is_read_cell_by_cell() -> None:
    found = find_aligned_tables(table_lines(FUNDS, XS), page=2)
    (part,) = found.parts
    assert part.page == 2 and part.n_cols == 4 and part.n_rows == 4
    assert grid_of(part) == FUNDS  # `1 036.52` (a thin space) stays one cell
    assert found.consumed == frozenset(range(4))
    assert all(cell.page == 2 and cell.bbox[0] < cell.bbox[2] for cell in part.cells)


def test_a_row_label_written_once_spans_its_rows() -> None:
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "10", "10"],
        ["", "", "设备数量", "10", "9"],
        ["", "质量指标", "验收合格率", "10", "10"],
        ["效益指标", "社会效益", "群众满意度", "20", "18"],
    ]
    xs = (72.0, 150.0, 230.0, 340.0, 400.0, 460.0)
    (part,) = find_aligned_tables(table_lines(rows, xs), page=1).parts
    spans = {(c.row, c.col): (c.rowspan, c.text) for c in part.cells}
    assert spans[(1, 0)] == (3, "产出指标")
    assert spans[(1, 1)] == (2, "数量指标")
    assert spans[(4, 0)] == (1, "效益指标")


def test_rules_bracket_a_three_line_table_and_its_header() -> None:
    lines = table_lines(FUNDS, XS)
    rules = (HRule(72, 470, 88.0), HRule(72, 470, 104.0), HRule(72, 470, 152.0))
    found = find_aligned_tables(lines, page=1, rules=rules)
    (part,) = found.parts
    assert part.bbox[0] == 72 and part.bbox[2] == 470
    assert grid_of(part)[0] == FUNDS[0]


@pytest.mark.parametrize(
    "texts, indents",
    [
        # justified prose: one chunk per line, first lines indented alike
        (["　　根据区财政局的统一部署，我局对本年度整体支出情况进行了自评。", "现将自评情况报告如下，请审阅。各项工作有序推进。",
          "　　资金使用效益稳步提升，服务保障能力进一步增强，较好完成目标。", "下一步我局将继续加强预算绩效管理。"], (0, 0, 0, 0)),
        # a numbered list with aligned text after the numbers
        (["1.    加强预算编制管理", "2.    强化预算执行监控", "3.    推进绩效结果应用", "4.    完善内部控制制度"], ()),
        # a table of contents with dotted leaders and page numbers
        (["一、部门基本情况    ……………………    1", "二、绩效目标完成情况    ……………    3", "三、存在的问题    ………………………    7",
          "四、改进措施    …………………………    9"], ()),
    ],
)
def test_prose_lists_and_contents_are_no_tables(texts: list[str], indents: tuple[float, ...]) -> None:
    found = find_aligned_tables(prose_lines(texts, indents=indents), page=1)
    assert found.parts == []
    assert found.consumed == frozenset()


def test_two_aligned_lines_without_header_words_or_figures_are_no_table() -> None:
    lines = table_lines([["联系人", "张三"], ["地址", "某某路"]], (72.0, 200.0, 300.0))
    assert find_aligned_tables(lines, page=1).parts == []


def test_settings_resolve_and_validate() -> None:
    assert AlignedSettings.resolve(None) == AlignedSettings()
    assert AlignedSettings.resolve({"min_rows": 3}).min_rows == 3
    with pytest.raises(ValueError, match="chunk_gap_em"):
        AlignedSettings(chunk_gap_em=0)


def test_word_boxes_as_from_ocr_make_the_same_table() -> None:
    """OCR gives a box per word or cell, not per character: one glyph may hold a whole cell."""
    glyphs = []
    for r, row in enumerate(FUNDS):
        for c, text in enumerate(row):
            x0 = XS[c] + 4
            glyphs.append(Glyph(text, x0, x0 + text_width(text), 100.0 + r * PITCH, SIZE))
    (part,) = find_aligned_tables(glyphs_to_lines(glyphs), page=1).parts
    assert grid_of(part) == FUNDS


def test_a_line_knows_its_widest_gap_so_prose_is_one_chunk_and_a_label_and_value_two() -> None:
    from pipeline.reading.layout.aligned_grid import line_to_chunks

    (prose,) = prose_lines(["全年完成营造林2.36万亩，森林抚育1.8万亩。"])
    assert prose.widest_gap_em == 0.0
    assert [c.text for c in line_to_chunks(prose, 0, 1.5)] == [prose.text]
    labelled = glyphs_at("自评总分", LEFT, 100.0) + glyphs_at("96.33", LEFT + 4 * SIZE + 5.0, 100.0)
    (line,) = glyphs_to_lines(labelled)
    assert line.widest_gap_em == pytest.approx(0.5)
    assert [c.text for c in line_to_chunks(line, 0, 1.5)] == ["自评总分", "96.33"]
    (cells,) = table_lines([["年度资金总额", "980.00"]], XS)
    assert cells.widest_gap_em is not None and cells.widest_gap_em > 1.5
    assert [c.text for c in line_to_chunks(cells, 0, 1.5)] == ["年度资金总额", "980.00"]
    # a line made by hand has no measure: its glyphs are walked as before
    assert Line("自评总分 96.33", LEFT, LEFT + 70, 100.0, SIZE, tuple(labelled)).widest_gap_em is None


def test_figures_with_their_units_never_wrap_so_right_aligned_rows_stay_rows() -> None:
    # `2,864.50万元` right under `2,864.50万元`, ends aligned: two rows' figures, never one wrapped cell
    rows = [["项目", "年初预算数", "全年预算数"],
            ["年度资金总额", "2,864.50万元", "3,126.80万元"],
            ["其中：财政拨款", "2,864.50万元", "3,012.30万元"],
            ["上年结转", "", "114.50万元"]]
    lines = table_lines(rows, (72.0, 200.0, 290.0, 380.0))
    rules = (HRule(72, 380, 88.0), HRule(72, 380, 104.0), HRule(72, 380, 154.0))
    (part,) = find_aligned_tables(lines, page=1, rules=rules).parts
    assert grid_of(part) == rows


def test_two_header_words_or_two_figures_set_close_are_two_cells() -> None:
    # a scan's OCR puts `全年执行数` and `执行率` half an em apart; their figures too
    glyphs = (glyphs_at("项目", 72, 100) + glyphs_at("全年执行数", 200, 100) + glyphs_at("执行率", 255, 100)
              + glyphs_at("年度资金总额", 72, 116) + glyphs_at("3,058.43万元", 190, 116) + glyphs_at("97.81%", 255, 116)
              + glyphs_at("其中：财政拨款", 72, 132) + glyphs_at("2,951.73万元", 190, 132) + glyphs_at("96.10%", 255, 132))
    (part,) = find_aligned_tables(glyphs_to_lines(glyphs), page=1).parts
    assert grid_of(part) == [["项目", "全年执行数", "执行率"], ["年度资金总额", "3,058.43万元", "97.81%"],
                             ["其中：财政拨款", "2,951.73万元", "96.10%"]]


def test_a_three_line_table_ends_at_its_bottom_rule() -> None:
    rows = [*FUNDS, ["自评等级：优", "填报日期：2025年2月20日", "", ""]]
    lines = table_lines(rows, XS)
    rules = (HRule(72, 470, 88.0), HRule(72, 470, 104.0), HRule(72, 470, 152.0))
    found = find_aligned_tables(lines, page=1, rules=rules)
    (part,) = found.parts
    assert grid_of(part) == FUNDS
    assert found.remaining(lines)[0].text.startswith("自评等级：优")


def test_a_table_ruled_row_by_row_keeps_its_last_row() -> None:
    # rules under every row, the last one under the last row: no row lies below the table's end
    rules = tuple(HRule(72, 470, y) for y in (88.0, 104.0, 120.0, 136.0, 152.0))
    (part,) = find_aligned_tables(table_lines(FUNDS, XS), page=1, rules=rules).parts
    assert grid_of(part) == FUNDS


def test_two_cells_set_closer_than_a_column_gap_part_where_the_other_rows_set_the_columns() -> None:
    # `服务对象满意度指` fills its column and ends 0.7 em before the next column's text starts
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["产出指标", "数量指标", "管护面积", "10", "10"],
        ["效益指标", "社会效益", "治安案件查处率", "10", "10"],
        ["满意度指标", "服务对象满意度指", "林区群众满意度", "10", "8"],
    ]
    xs = (72.0, 130.0, 217.0, 340.0, 400.0, 460.0)
    (part,) = find_aligned_tables(table_lines(rows, xs), page=1).parts
    assert grid_of(part)[3][:3] == ["满意度指标", "服务对象满意度指", "林区群众满意度"]


def test_a_cell_spanning_the_columns_without_a_gap_stays_whole() -> None:
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["产出指标", "数量指标", "管护面积", "10", "10"],
        ["效益指标", "社会效益", "治安案件查处率", "10", "10"],
        ["年度总体目标完成情况良好各项任务均已完成", "", "", "10", "10"],
    ]
    xs = (72.0, 130.0, 217.0, 340.0, 400.0, 460.0)
    (part,) = find_aligned_tables(table_lines(rows, xs), page=1).parts
    assert "年度总体目标完成情况良好各项任务均已完成" in [c.text for c in part.cells]


def test_two_runs_on_one_line_part_at_a_column_even_when_their_boxes_overlap() -> None:
    # OCR boxes are padded: the first cell's last character reaches past the next cell's first
    from pipeline.reading.layout.aligned_grid import Chunk, Separator, cut_at_separators
    from pipeline.reading.layout.glyphs import line_of_glyphs

    left = glyphs_at("服务对象满意度", 122.5, 528.4)
    right = glyphs_at("服务对象满意度", 190.0, 528.9)
    line = line_of_glyphs(left + right)
    assert line is not None
    chunk = Chunk(0, line.x0, line.x1, line.top, line.bottom, line.size, line.text)
    pieces = cut_at_separators(line, chunk, [Separator(188.0, 205.0, 1)], 0.3)
    assert [p.text for p in pieces] == ["服务对象满意度", "服务对象满意度"]
    assert [p.text for p in cut_at_separators(line, chunk, [Separator(300.0, 320.0, 1)], 0.3)] == [line.text]
