"""Running headers and footers: repeated lines in the margin bands, and their facing-page twins."""
from __future__ import annotations

import pytest

from pipeline.reading.layout.flow import LayoutSettings, PageLines, find_furniture
from pipeline.reading.layout.glyphs import Line

SIZE = 10.5


def line(text: str, top: float, x0: float = 64.0) -> Line:
    return Line(text=text, x0=x0, x1=x0 + SIZE * len(text), baseline=top + 0.88 * SIZE, size=SIZE)


def page(number: int, *lines: Line) -> PageLines:
    return PageLines(number, 595.0, 842.0, lines)


def body(k: int) -> list[Line]:
    return [line(f"正文第{k}段，全年支出合计2289.67万元。", 120 + 20 * i) for i in range(3)]


def test_a_header_that_alternates_on_facing_pages_is_furniture_on_every_page() -> None:
    # Even pages carry the unit's name, odd pages the report's title, at the same height.
    pages = [page(n, line("重庆市黔江区人民检察院" if n % 2 == 0 else "2022年度部门整体支出绩效自评报告", 48,
                          64 if n % 2 == 0 else 384), *body(n), line(f"第{n}页", 793)) for n in (2, 3, 4)]
    furniture = find_furniture(pages, LayoutSettings())
    assert [sorted(found) for found in furniture] == [[0, 4], [0, 4], [0, 4]]


def test_a_body_line_in_the_band_at_another_height_stays() -> None:
    pages = [page(n, line("重庆市黔江区人民检察院", 48), *body(n), line(f"第{n}页", 793)) for n in (2, 4)]
    pages.append(page(3, line("一、部门概况", 70), *body(3), line("第3页", 793)))
    furniture = find_furniture(pages, LayoutSettings())
    assert sorted(furniture[2]) == [4]  # the heading at 70 pt is text; the page number is furniture


def test_only_the_outermost_line_can_be_a_facing_page_twin() -> None:
    pages = [page(n, line("重庆市黔江区人民检察院", 48), *body(n), line(f"第{n}页", 793)) for n in (2, 4)]
    # On page 3 the first line is the header's twin; the second, though in the band too, is text.
    pages.append(page(3, line("2022年度部门整体支出绩效自评报告", 48, 384), line("附件：绩效自评表", 49.5),
                      *body(3), line("第3页", 793)))
    assert sorted(find_furniture(pages, LayoutSettings())[2]) == [0, 5]


def test_a_header_repeated_as_the_first_title_line_leaves_the_title_whole() -> None:
    # The unit's name is the running header of every page and, on page 1, the title's first line.
    first = page(1, line("中共某区委党校", 48, 248), line("中共某区委党校", 84, 215),
                 line("2021年度干部教育培训项目支出绩效自评报告", 104, 150), *body(1), line("- 1 -", 793))
    second = page(2, line("中共某区委党校", 48, 248), *body(2), line("- 2 -", 793))
    furniture = find_furniture([first, second], LayoutSettings())
    assert sorted(furniture[0]) == [0, 6] and sorted(furniture[1]) == [0, 4]


def test_a_short_last_page_s_signature_below_its_text_is_no_header() -> None:
    # the unit's name opens page 1 (the title's first line) and signs the short page 2 under its last
    # sentence: the same line in the top band of both pages, but on page 2 content stands above it
    first = page(1, line("贵德县人力资源和社会保障局", 72, 200), line("2018年度部门整体支出绩效自评报告", 96, 150),
                 *body(1), line("第 1 页 共 2 页", 793))
    second = page(2, line("（二）围绕企业用工需求开展订单式培训。", 72), line("贵德县人力资源和社会保障局", 96, 380),
                  line("2019年4月22日", 118, 400), line("第 2 页 共 2 页", 793))
    furniture = find_furniture([first, second], LayoutSettings())
    assert sorted(furniture[0]) == [5] and sorted(furniture[1]) == [3]


def test_a_cover_line_and_a_signature_of_one_text_in_two_sizes_are_no_header() -> None:
    # the unit's name in large type above the title on page 1, then signing page 2 at its top in body type
    cover = Line(text="雷山县某镇人民政府", x0=217.0, x1=377.0, baseline=100.0, size=16.0)
    first = page(1, cover, line("2018年度部门整体支出绩效自评报告", 120, 150), *body(1))
    second = page(2, line("雷山县某镇人民政府", 72, 400), line("2019年3月28日", 94, 410))
    furniture = find_furniture([first, second], LayoutSettings())
    assert furniture == [set(), set()]


def test_a_running_header_in_its_own_size_stays_furniture_beside_the_same_text_as_a_bigger_cover_line() -> None:
    cover = Line(text="中共某区委党校", x0=215.0, x1=327.0, baseline=100.0, size=16.0)
    first = page(1, line("中共某区委党校", 48, 248), cover, line("2021年度干部教育培训项目支出绩效自评报告", 124, 150),
                 *body(1))
    second = page(2, line("中共某区委党校", 48, 248), *body(2))
    furniture = find_furniture([first, second], LayoutSettings())
    assert sorted(furniture[0]) == [0] and sorted(furniture[1]) == [0]


def test_a_line_cut_mid_sentence_a_little_short_of_the_margin_goes_on() -> None:
    from pipeline.reading.layout.flow import Margins, lines_to_paragraphs

    full = Line(text="配合开展旅游市场秩序整治，接待游客咨询和投诉处理1,380件；调处矛盾纠纷68", x0=60, x1=500.0,
                baseline=100.0, size=12.0)
    rest = Line(text="起，调处成功率97.1%。", x0=60, x1=200.0, baseline=121.0, size=12.0)
    assert len(lines_to_paragraphs([full, rest], Margins(60, 523), 12.0, LayoutSettings())) == 1
    ended = Line(text="全年支出1,046.52万元。", x0=60, x1=500.0, baseline=100.0, size=12.0)
    assert len(lines_to_paragraphs([ended, rest], Margins(60, 523), 12.0, LayoutSettings())) == 2  # a sentence ended


def column_line(text: str, top: float, x0: float, width_chars: int = 20) -> Line:
    return Line(text=text, x0=x0, x1=x0 + SIZE * width_chars, baseline=top + 0.88 * SIZE, size=SIZE)


def two_columns(last_left: str, first_right: str, right_x0: float = 330.0) -> list[list[Line]]:
    from pipeline.reading.layout.flow import Margins, lines_to_paragraphs

    left = [column_line("左栏正文" * 5, 100 + 18 * k, 60) for k in range(4)] + [column_line(last_left, 172, 60)]
    right = [column_line(first_right, 100, right_x0)] + [column_line("右栏正文" * 5, 118 + 18 * k, right_x0)
                                                         for k in range(4)]
    return lines_to_paragraphs(left + right, Margins(60, 540), SIZE, LayoutSettings())


def test_a_paragraph_cut_at_the_foot_of_the_left_column_goes_on_at_the_top_of_the_right() -> None:
    paragraphs = two_columns("全年举办各类主体班次24期，培训学员2186", "人次，其中科级干部812人次")
    assert len(paragraphs) == 1


@pytest.mark.parametrize("last_left, first_right", [
    ("全年举办各类主体班次24期，培训学员2186人次。", "四、自评结论"),  # a finished sentence
    ("全年举办各类主体班次24期，培训学员2186", "四、自评结论"),  # a heading starts anew
])
def test_a_finished_paragraph_or_a_heading_starts_the_right_column_anew(last_left: str, first_right: str) -> None:
    assert len(two_columns(last_left, first_right)) == 2


def test_a_footnote_mark_alone_on_its_line_is_no_text() -> None:
    from pipeline.reading.layout.flow import is_note_mark

    mark = Line(text="1", x0=130, x1=134, baseline=278, size=6.3)
    assert is_note_mark(mark, 10.5)
    assert not is_note_mark(replace_size(mark, 10.5), 10.5)  # a body-size number is text
    assert not is_note_mark(Line(text="注释", x0=130, x1=140, baseline=278, size=6.3), 10.5)


def replace_size(line: Line, size: float) -> Line:
    from dataclasses import replace

    return replace(line, size=size)


def test_a_box_beside_the_text_is_read_after_the_text_it_stands_beside() -> None:
    from pipeline.reading.layout.flow import Margins, after_side_boxes, lines_to_paragraphs

    text = [Line(text=t, x0=64, x1=x1, baseline=b, size=SIZE) for t, x1, b in (
        ("对照评价指标体系逐项打分，本部门整体支出绩效自评", 362, 602), ("等级为“优秀”。扣分主要集中在预算调整方面，年", 365, 620),
        ("中追加预算较多。", 200, 639))]
    box = [Line(text=t, x0=389, x1=440, baseline=b, size=10) for t, b in (("得分：92.5", 609), ("等级：优秀", 627))]
    lines = [text[0], box[0], text[1], box[1], text[2]]
    ordered = after_side_boxes(lines, Margins(64, 528))
    assert [ln.text for ln in ordered] == [text[0].text, text[1].text, text[2].text, box[0].text, box[1].text]
    paragraphs = lines_to_paragraphs(lines, Margins(64, 528), SIZE, LayoutSettings())
    assert len(paragraphs[0]) == 3  # the text wrapped by the box is one paragraph
    # a right-aligned signature and date under the text are no box
    signature = [Line(text="某局", x0=440, x1=480, baseline=700, size=SIZE), Line(text="2024年1月1日", x0=420, x1=480,
                                                                                     baseline=720, size=SIZE)]
    assert after_side_boxes(text + signature, Margins(64, 528)) == text + signature


def test_the_title_repeated_small_atop_a_later_page_is_a_header_though_printed_once() -> None:
    big = [Line(text=t, x0=150.0, x1=450.0, baseline=b, size=17.0)
           for t, b in (("北京市房山区退役军人事务局", 98.0), ("2021年度部门整体支出绩效自评报告", 130.0))]
    first = page(1, *big, *body(1), line("第 1 页 共 2 页", 793))
    header = replace_size(line("北京市房山区退役军人事务局2021年度部门整体支出绩效自评报告", 46, 165), 9.0)
    second = page(2, header, *body(2), line("第 2 页 共 2 页", 793))
    furniture = find_furniture([first, second], LayoutSettings())
    assert sorted(furniture[0]) == [5] and sorted(furniture[1]) == [0, 4]
    # in the title's own size it is the title again (a second report bound in), not a header
    again = page(2, replace_size(header, 17.0), *body(2))
    assert find_furniture([first, again], LayoutSettings())[1] == set()


def test_annexed_forms_headed_alike_keep_their_labels_and_titles_and_the_cover_line_stays() -> None:
    # a report on pages 1-2 (the unit's name in large type atop page 1), then one annexed form a page,
    # each under `附件N` and its title in large type at the same heights
    cover = Line(text="泽库县农牧水利和科技局", x0=200.0, x1=387.0, baseline=68 + 0.88 * 17, size=17.0)
    report = [page(1, cover, *body(1), line("1/5", 793)), page(2, *body(2), line("2/5", 793))]
    forms = [page(n, line(f"附件{n - 2}", 67), Line(text="项目支出绩效自评表", x0=230.0, x1=365.0,
                                                   baseline=89 + 0.88 * 15, size=15.0), *body(n), line(f"{n}/5", 793))
             for n in (3, 4, 5)]
    furniture = find_furniture([*report, *forms], LayoutSettings())
    assert [sorted(found) for found in furniture] == [[4], [3], [5], [5], [5]]  # the page numbers only
