"""Indicator rows of a form flattened to a stream of cells come back as rows."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import tables
from extractors.table_stream_indicators import header_run, is_points, read_block
from pipeline.extraction.extract import extract
from pipeline.reading import ReadRequest
from pipeline.reading.text import read
from pipeline.text.segment import segment
from schemas.text.normalize import normalize_document

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

# An invented county form: the merged 一级/二级 cells appear once, before the first row they span;
# the empty note cells are gone; one row keeps its note.
ROWS = [
    "产出指标（60分）", "数量指标", "培训农民人数", "≥1200人", "1356人", "20", "20",
    "新建示范基地", "≥4个", "4个", "20", "20",
    "质量指标", "培训合格率", "≥95%", "93%", "20", "18", "部分学员缺课，下一年度增加线上补课",
    "效益指标（30分）", "社会效益指标", "带动农户增收", "≥800元", "860元", "30", "30",
    "满意度指标（10分）", "服务对象满意度指标", "参训农民满意度", "≥90%", "96%", "10", "10",
    "总分", "100", "98", "自评等级", "优",
]

ONE_LINE = ("部门整体支出绩效自评表（2022年度） 部门名称 某县农业农村局 年度预算申请（万元） 资金来源 "
            "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 500.00 520.00 510.00 10 98.08% 9.81 "
            "年度绩效指标 " + " ".join(HEADER) + " " + " ".join(ROWS))


def _indicators(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    document = read(ReadRequest("t.txt", text.encode("utf-8"), "0" * 64, "txt"))
    facts = tables.extract(segment(document, normalize_document(document)))
    return {i.name: (i.target, i.actual, i.weight and i.weight.stated, i.score and i.score.stated)
            for i in facts.indicators}


def test_the_header_run_needs_a_name_and_points() -> None:
    assert header_run(HEADER, 0) == (
        ["level1", "level2", "name", "target", "actual", "weight", "score", "note"], len(HEADER))
    assert header_run(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"], 0) == ([], 0)


@pytest.mark.parametrize(("text", "points"), [("10", True), ("9.73", True), ("10分", True),
                                              ("120", False), ("86场", False), ("95%", False), ("1,200", False)])
def test_points_are_bare_numbers_up_to_a_hundred(text: str, points: bool) -> None:
    assert is_points(text) is points


def test_rows_are_rebuilt_with_their_levels_note_and_total() -> None:
    block = read_block([*HEADER, *ROWS], 0)
    assert block is not None
    assert block.rows[0] == ("产出指标（60分）", "数量指标", "培训农民人数", "≥1200人", "1356人", "20", "20", "")
    assert block.rows[1] == ("", "", "新建示范基地", "≥4个", "4个", "20", "20", "")
    assert block.rows[2][1:] == ("质量指标", "培训合格率", "≥95%", "93%", "20", "18", "部分学员缺课，下一年度增加线上补课")
    assert block.rows[-1] == ("总分", "", "", "", "", "100", "98", "")
    assert block.end == len(HEADER) + ROWS.index("自评等级")


def test_a_note_is_never_read_as_the_next_row_s_name() -> None:
    # the note is followed by a row whose actual is a bare number: `note name target actual weight`
    # would fit the points columns, but a note is a sentence and a name is not
    cells = [*HEADER, "产出指标", "数量指标", "监测面积", "≥120万亩", "126万亩", "10", "10",
             "个别测报点设备老化，下一步更新", "防治率", "≥90", "92", "10", "10", "总分", "20", "20"]
    block = read_block(cells, 0)
    assert block is not None
    names = [row[2] for row in block.rows]
    assert names == ["监测面积", "防治率", ""]
    assert block.rows[0][-1] == "个别测报点设备老化，下一步更新"


def test_a_form_on_one_line_gives_its_indicators_and_score() -> None:
    found = _indicators(ONE_LINE)
    assert found["培训农民人数"] == ("≥1200人", "1356人", "20", "20")
    assert found["培训合格率"] == ("≥95%", "93%", "20", "18")
    assert found["参训农民满意度"] == ("≥90%", "96%", "10", "10")
    document = read(ReadRequest("t.txt", ONE_LINE.encode("utf-8"), "0" * 64, "txt"))
    meta = extract(segment(document, normalize_document(document))).meta
    assert meta.self_score == Decimal("98")


def test_a_form_one_cell_per_line_gives_the_same_indicators() -> None:
    lines = ONE_LINE.replace(" ", "\n").replace("\n年度绩效指标\n", "\n\n年度绩效指标\n\n")
    assert _indicators("某文库 > 文档 > 下载\n" + lines) == _indicators(ONE_LINE)


def test_prose_with_the_header_words_is_no_stream() -> None:
    text = "本年度绩效指标包括一级指标、二级指标、三级指标，按分值计算得分，详见附表。\n全年完成培训1356人。\n"
    assert _indicators(text) == {}


def test_the_execution_line_among_the_indicators_one_cell_a_line_is_a_row() -> None:
    from extractors.table_stream_indicators import read_block

    cells = ("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|产出指标|数量指标|支持产业发展项目数|≥60个|64个|20|20|"
             "预算执行|预算执行率|预算执行率|100%|98.24%|10|9.82|总分|100|97.82").split("|")
    block = read_block(cells, 0)
    assert block is not None
    assert block.rows[1] == ("预算执行", "预算执行率", "预算执行率", "100%", "98.24%", "10", "9.82")
    assert block.rows[-1][0] == "总分" and block.rows[-1][-2:] == ("100", "97.82")
