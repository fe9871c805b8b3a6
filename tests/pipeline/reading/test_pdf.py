"""PDF reader: running text, furniture, page-break joins, tables, engines, real files."""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_pdf  # noqa: E402

from pipeline.reading import ReadRequest  # noqa: E402
from pipeline.reading.layout.flow import PAGE_NUMBER_SHAPE, furniture_key, is_heading  # noqa: E402
from pipeline.reading.layout.glyphs import Glyph, dedupe_glyphs, glyphs_to_lines, join_wrapped  # noqa: E402
from pipeline.reading.pdf import PdfSettings, read_pdf  # noqa: E402
from pipeline.reading.read import read_bytes, read_path  # noqa: E402
from schemas.document import Document  # noqa: E402
from schemas.errors import NeedsOcr  # noqa: E402
from tests.conftest import shared_dir

REPO = Path(__file__).resolve().parents[3]
FONT_KINDS = ("cid", "ttf")


def read(data: bytes, engine: str = "auto") -> Document:
    request = ReadRequest("fixture.pdf", data, hashlib.sha256(data).hexdigest(), "pdf")
    return read_pdf(request, PdfSettings(engine=engine))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module", params=FONT_KINDS)
def narrative(request: pytest.FixtureRequest) -> Document:
    return read(build_pdf.narrative_pdf(request.param))


@pytest.fixture(scope="module", params=FONT_KINDS)
def table_doc(request: pytest.FixtureRequest) -> Document:
    return read(build_pdf.table_pdf(request.param))


def test_ttf_font_is_installed() -> None:
    # Fails (not skips) without Debian's fonts-wqy-zenhei, so CI cannot silently test less.
    assert build_pdf.WQY_PATH.exists(), "apt-get install -y fonts-wqy-zenhei"


# --- running text ------------------------------------------------------------------------


def test_running_header_and_page_numbers_are_removed(narrative: Document) -> None:
    assert narrative.n_pages == 3
    for page in narrative.pages:
        assert not re.search(r"-\s*\d+\s*-", page.text)
        assert "某区教育局2023年度部门整体支出绩效自评报告\n" not in page.text  # the running header line
    # The page-1 title (same words plus more) stays, as one joined line.
    assert narrative.pages[0].text.startswith("某区教育局2023年度部门整体支出绩效自评报告全文（测试用长标题）\n")


def test_sentence_and_number_cut_by_a_page_break_are_continued(narrative: Document) -> None:
    first, second = narrative.pages[0].text, narrative.pages[1].text
    assert first.endswith("共36,4"), first[-40:]
    assert not first.endswith("\n")
    assert second.startswith("20人次，新认定区级骨干教师286名。\n")
    joined = "".join(p.text for p in narrative.pages)
    assert "教师培训共36,420人次，新认定区级骨干教师286名。" in joined


def test_finished_paragraph_ends_the_page_with_a_newline(narrative: Document) -> None:
    assert narrative.pages[2].text.endswith("评价等级为“优秀”。\n")


def test_wrapped_lines_are_joined_and_headings_stay_on_their_own_line(narrative: Document) -> None:
    lines = narrative.pages[0].text.split("\n")
    assert "一、部门基本情况" in lines
    assert build_pdf.FILLER in lines  # a two-line paragraph reads as one line
    second = narrative.pages[1].text.split("\n")
    assert "二、预算执行情况" in second
    assert "本部门全年执行数为478,905.21万元，预算完成率98.39%，年末结转结余7,827.37万元。" in second


def test_fake_bold_is_read_once(narrative: Document) -> None:
    assert "重点项目执行情况良好。" in narrative.pages[1].text.split("\n")


def test_both_engines_read_plain_pages_identically() -> None:
    for kind in FONT_KINDS:
        data = build_pdf.narrative_pdf(kind)
        fast, slow = read(data, "pdfium"), read(data, "pdfplumber")
        assert [p.text for p in fast.pages] == [p.text for p in slow.pages]


# --- tables ------------------------------------------------------------------------------


def test_table_over_two_pages_is_one_table_on_its_first_page(table_doc: Document) -> None:
    tables = table_doc.tables
    assert len(tables) == 1
    table = tables[0]
    assert table.page == 1
    assert table.location == "page[1-2]/table[1]"
    assert table.n_cols == 7
    assert table.n_rows == 42  # header + 40 indicators + total
    grid = table.grid()
    assert grid[0] == list(build_pdf.TABLE_HEADER)
    assert [row[2] for row in grid[1:41]] == [f"指标{i}" for i in range(1, 41)]
    assert grid[41] == ["总分"] * 5 + ["100", "96"]


def test_merged_cells_get_spans(table_doc: Document) -> None:
    cells = {(c.row, c.col): c for c in table_doc.tables[0].cells}
    # 产出指标 spans every indicator row, across the page break.
    assert cells[(1, 0)].text == "产出指标"
    assert cells[(1, 0)].rowspan == 40
    assert cells[(1, 1)].text == "数量指标" and cells[(1, 1)].rowspan == 4
    assert cells[(41, 0)].colspan == 5
    assert all("\n" not in c.text for c in cells.values())


def test_table_text_is_not_running_text(table_doc: Document) -> None:
    text = "".join(p.text for p in table_doc.pages)
    assert "指标12" not in text
    assert "单位：万元" in text
    assert "填报单位：某区卫生健康委员会" in table_doc.pages[1].text


def test_repeated_header_row_on_the_next_page_is_dropped() -> None:
    doc = read(build_pdf.repeated_header_table_pdf("ttf"))
    assert len(doc.tables) == 1
    grid = doc.tables[0].grid()
    assert grid[0] == ["资金来源", "预算数", "执行数"]
    assert sum(1 for row in grid if row[0] == "资金来源") == 1
    assert [row[0] for row in grid[1:]] == [f"资金{i}" for i in range(1, len(grid))]


# --- small pieces ------------------------------------------------------------------------


def test_multiline_cell_text_is_joined_without_newlines() -> None:
    assert join_wrapped(["项", "目", "资", "金"]) == "项目资金"
    assert join_wrapped(["2022年10月", "底前"]) == "2022年10月底前"
    assert join_wrapped(["8743200.0", "0"]) == "8743200.00"
    assert join_wrapped(["Total", "amount"]) == "Total amount"


def test_overlapping_duplicate_glyphs_are_dropped() -> None:
    glyphs = [Glyph("预", 10, 22, 100, 12), Glyph("预", 10.3, 22.3, 100, 12), Glyph("算", 22, 34, 100, 12)]
    assert [g.text for g in dedupe_glyphs(glyphs)] == ["预", "算"]


def test_spaces_come_from_gaps_not_from_the_engine() -> None:
    glyphs = [Glyph(ch, 10 + 12 * i, 22 + 12 * i, 100, 12) for i, ch in enumerate("项目名称")]
    glyphs += [Glyph(ch, 120 + 12 * i, 132 + 12 * i, 100, 12) for i, ch in enumerate("基层")]
    glyphs += [Glyph("D", 160, 167, 100, 12), Glyph(" ", 167, 170, 100, 12), Glyph("R", 170, 177, 100, 12)]
    (line,) = glyphs_to_lines(glyphs)
    assert line.text == "项目名称 基层 D R"


def test_a_full_width_gap_is_a_space_whatever_the_float_noise_of_the_engine() -> None:
    glyphs = [Glyph("表", 231.49, 241.99, 441.2, 10.5), Glyph("1", 241.99, 248.2793, 441.2, 10.5),
              Glyph("项", 258.7793, 269.2793, 441.2, 10.5)]  # pdfium: a gap of 10.49999 pt at 10.5 pt
    (line,) = glyphs_to_lines(glyphs)
    assert line.text == "表1 项"
    narrower = [Glyph("表", 0, 10.5, 100, 10.5), Glyph("项", 20.5, 31, 100, 10.5)]  # 0.95 em: no space
    assert glyphs_to_lines(narrower)[0].text == "表项"


@pytest.mark.parametrize("text", ["- 3 -", "第3页 共12页", "3/12", "— 12 —", "7", "Page 3 of 9"])
def test_page_number_shapes(text: str) -> None:
    assert PAGE_NUMBER_SHAPE.match(furniture_key(text))


@pytest.mark.parametrize("text", ["预算执行率98%", "2023年度", "一、基本情况"])
def test_not_page_numbers(text: str) -> None:
    assert not PAGE_NUMBER_SHAPE.match(furniture_key(text))


@pytest.mark.parametrize(
    "text, heading",
    [("一、部门基本情况", True), ("（二）机构与人员", True), ("1.预算执行", True), ("(3)产出", True),
     ("12.5万元，占比", False), ("次，新认定", False), ("十四五规划", False)],
)
def test_heading_shapes(text: str, heading: bool) -> None:
    assert is_heading(text) is heading


def test_single_page_number_is_removed_without_repetition() -> None:
    doc = read(build_pdf.simple_pdf(["预算执行率98.5%。"], footer=True))
    assert doc.pages[0].text == "预算执行率98.5%。\n"


# --- scans -------------------------------------------------------------------------------


def test_all_image_pages_need_ocr() -> None:
    with pytest.raises(NeedsOcr) as caught:
        read(build_pdf.image_pdf([False, False, False]))
    assert caught.value.pages == (1, 2, 3)
    assert "no text layer" in caught.value.message


def test_some_image_pages_are_marked_and_warned() -> None:
    doc = read(build_pdf.image_pdf([False, True]))
    assert [p.image_only for p in doc.pages] == [True, False]
    assert "预算执行率98.5%" in doc.pages[1].text
    assert any("page 1 " in w and "OCR" in w for w in doc.warnings)


# --- real files --------------------------------------------------------------------------


def dev_file(name: str) -> Path:
    path = shared_dir() / "corpus" / "dev" / name
    return path


def test_dev_taihe_table() -> None:
    doc = read_path(dev_file("taihe-weijian-2022.pdf"))
    assert doc.n_pages == 1 and len(doc.tables) == 1
    table = doc.tables[0]
    texts = {c.text for c in table.cells}
    assert {"年度资金总额", "94.5", "95.03%", "项目资金（万元）", "偏差原因分析及改进措施"} <= texts
    assert "部分年龄偏大的乡村医生实操考核未通过，下一步组织补训补考。" in texts
    assert table.grid()[-1][-3:] == ["100", "94.5", "优"]
    assert "项目支出绩效自评表" in doc.pages[0].text
    assert "年度资金总额" not in doc.pages[0].text


def test_dev_xuhui_narrative() -> None:
    doc = read_path(dev_file("xuhui-jiaoyu-2023.pdf"))
    assert doc.n_pages == 4
    text = "".join(p.text for p in doc.pages)
    assert "- 2 -" not in text and "-2-" not in squash(text)
    assert "预算完成率98.39%" in squash(text)
    assert doc.pages[0].text.startswith("上海市徐汇区教育局2023年度部门整体支出绩效自评报告\n")
    assert squash(text).count("上海市徐汇区教育局2023年度部门整体支出绩效自评报告") == 1
    # A paragraph cut by the page break after "共36,420人" continues on page 3.
    assert not doc.pages[1].text.endswith("\n")
    assert "教师培训共36,420人次，新认定区级骨干教师286名。" in squash(text)


def test_dev_pdfs_read_the_same_with_either_engine_where_no_table() -> None:
    data = dev_file("xuhui-jiaoyu-2023.pdf").read_bytes()
    assert [p.text for p in read(data, "pdfium").pages] == [p.text for p in read(data, "pdfplumber").pages]


def test_pdf_named_docx_reads_as_pdf() -> None:
    data = build_pdf.simple_pdf(["预算执行率98.5%。"])
    doc = read_bytes(data, "report.docx")
    assert doc.source_format == "pdf"
    assert doc.pages[0].text == "预算执行率98.5%。\n"


def test_dedupe_keeps_order_spaces_and_chains_to_kept_glyphs_only() -> None:
    glyphs = [Glyph("甲", 10, 22, 100, 12), Glyph(" ", 22, 25, 100, 12), Glyph("甲", 10.8, 22.8, 100.5, 12),
              Glyph("甲", 11.6, 23.6, 100, 12), Glyph("乙", 10, 22, 100, 12), Glyph(" ", 22, 25, 100, 12)]
    # The third 甲 is 0.8 pt from the dropped second one but 1.6 pt from the kept first: kept.
    assert dedupe_glyphs(glyphs) == [glyphs[0], glyphs[1], glyphs[3], glyphs[4], glyphs[5]]
    assert dedupe_glyphs([]) == [] and dedupe_glyphs(glyphs[:1]) == glyphs[:1]


def test_a_pdf_table_s_caption_is_the_short_line_right_above_it() -> None:
    from pipeline.reading.pdf import caption_over

    def line(text: str, baseline: float) -> object:
        (made,) = glyphs_to_lines([Glyph(ch, 72 + 12 * i, 84 + 12 * i, baseline, 12) for i, ch in enumerate(text)])
        return made

    body = [line("项目支出全部用于以下项目，明细如下表。", 100), line("表2项目支出明细（单位：元）", 120)]
    assert caption_over(body, (72, 126, 500, 300)) == "表2项目支出明细（单位：元）"  # type: ignore[arg-type]
    assert caption_over(body, (72, 180, 500, 300)) is None  # type: ignore[arg-type]  # text far above is no caption
    assert caption_over(body, None) is None  # type: ignore[arg-type]
