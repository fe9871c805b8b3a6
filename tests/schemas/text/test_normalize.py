import pytest

from pipeline.reading import ReadRequest
from pipeline.reading.text import decode_text
from schemas.document import Document, Page
from schemas.text.normalize import normalize_text
from schemas.text.textmap import TextMap


def norm(raw: str, fmt: str = "txt") -> str:
    return normalize_text(TextMap.identity(raw), fmt).text


@pytest.mark.parametrize("raw, expected", [
    ("执行数为 34.52 万元", "执行数为34.52万元"),
    ("２０２２年预算１２３万元", "2022年预算123万元"),
    ("2 0 2 2 年度", "2022年度"),
    ("本年收入合计23,866.88万元", "本年收入合计23866.88万元"),
    ("分别为2,532.98万元和1953.20万元", "分别为2532.98万元和1953.20万元"),
    ("全年预算167、00万元", "全年预算167.00万元"),
    ("完成率≧95%，满意度═100%", "完成率≥95%,满意度=100%"),
    ("整体支出 绩效自评报告", "整体支出绩效自评报告"),
    ("项 目 基 本 概 况", "项目基本概况"),
    ("2.38  万元", "2.38万元"),
    ("一、基本情况 PAGEREF _Toc25831 h 3", "一、基本情况"),
    ("二、绩效分析PAGEREF _Toc1234 \\h 5", "二、绩效分析"),
    ("全年支出1 036.52万元", "全年支出1036.52万元"),  # thousands grouped by a space
    ("预算12 345 678元", "预算12345678元"),
    ("2022年 1 月", "2022年1月"),  # not a grouped number
    ("立项必要性 20 20 100%", "立项必要性20 20 100%"),  # points then a rate: a percent has no thousands
])
def test_character_and_figure_repairs(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("协助区委、\n\n区政府指定的负责同志", "协助区委、区政府指定的负责同志"),
    ("完善预\n\n算执行分析机制。", "完善预算执行分析机制。"),
    ("一、基本情况\n（一）部门概况\n正文。", "一、基本情况\n(一)部门概况\n正文。"),
    ("第一段结束。\n第二段开始", "第一段结束。\n第二段开始"),
    ("本年支出26\n81.33万元", "本年支出2681.33万元"),
    ("三是\n\n树立安全发展理念。", "三是树立安全发展理念。"),
    ("2022年度某局部门整体支出绩效自评报告\n按照要求", "2022年度某局部门整体支出绩效自评报告\n按照要求"),
    ("增加值占全市GDP\nGrowth的比重", "增加值占全市GDP Growth的比重"),  # Latin words: a space, never a break
    ("下设区建设工程质量安全监督站\n、区物业管理服务中心、区园林绿化管理所。",
     "下设区建设工程质量安全监督站、区物业管理服务中心、区园林绿化管理所。"),  # a list wrapped at its 、
    ("负责社区治理、社会组织管理\n、殡葬管理等工作。局机关内设科室9个", "负责社区治理、社会组织管理、殡葬管理等工作。局机关内设科室9个"),
    ("第一段结束。\n、项目绩效情况", "第一段结束。\n、项目绩效情况"),
    ("①资金衔接不够；\n②宣传不足；", "1资金衔接不够;\n2宣传不足;"),  # one item a line: `；` ends it  # after a full stop: a heading whose numeral was lost
])
def test_line_breaks_inside_sentences_are_joined(raw: str, expected: str) -> None:
    assert norm(raw) == expected


def test_markdown_markup_is_removed_and_headings_stay_lines() -> None:
    text = norm("# 标题报告\n\n## **一、基本情况**\n\n正文[链接](http://x)在此\n", "md")
    assert text.rstrip("\n") == "标题报告\n一、基本情况\n正文链接在此"


def test_back_map_points_at_the_original_characters() -> None:
    raw = "预算数为 34.52 万元，执行数为 ３４．５２ 万元"
    tm = normalize_text(TextMap.identity(raw), "txt")
    start = tm.text.index("34.52")
    assert raw[tm.origin[start]:tm.origin[start + 4] + 1] == "34.52"
    second = tm.text.rindex("34.52")
    assert raw[tm.origin[second]] == "３"


def test_soft_page_break_joins_pages() -> None:
    from schemas.text.normalize import normalize_document

    doc = Document("x.pdf", "0" * 64, "pdf", (Page(1, "本年支出2681.33万元，其中基本"), Page(2, "支出2134.84万元。")))
    assert "其中基本支出2134.84万元" in normalize_document(doc).text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(encoding: str) -> None:
    text = "广州市海珠区应急管理局部门整体支出绩效自评报告，本年支出2681.33万元。"
    assert decode_text(text.encode(encoding)) == text


def test_undecodable_bytes_are_a_typed_reject() -> None:
    from pipeline.reading.text import read
    from schemas.errors import EncodingUndetected

    with pytest.raises(EncodingUndetected):
        read(ReadRequest("x.txt", bytes(range(128, 256)) * 20, "0" * 64, "txt"))


@pytest.mark.parametrize("raw, expected", [
    # a figure cut by a page number and a running header pasted with the text
    ("某局绩效自评报告\n年初预算1688\n\n- 3 -\n\n某局绩效自评报告\n.46万元,支出1000万元。",
     "某局绩效自评报告\n年初预算1688.46万元,支出1000万元。"),
    ("支出情况如下。\n第 2 页 共 5 页\n其中基本支出10万元。", "支出情况如下。\n其中基本支出10万元。"),
    ("第一段结束。\n2/12\n第二段开始。", "第一段结束。\n第二段开始。"),
])
def test_page_numbers_and_their_running_headers_go(raw: str, expected: str) -> None:
    assert norm(raw, "html") == expected


def test_a_heading_repeated_away_from_page_numbers_stays() -> None:
    raw = "(一)存在的问题\n一是宣传不够。\n(一)存在的问题\n二是进度偏慢。"
    assert norm(raw, "html") == raw


def test_a_running_header_at_the_top_of_each_page_goes_and_the_cut_sentence_continues() -> None:
    from schemas.text.normalize import normalize_document

    header = "      某市水利局2022年度项目支出绩效自评报告\r\n\r\n"
    pages = (Page(1, "某市水利局2022年度项目支出绩效自评报告\r\n\r\n一、基本情况\r\n项目资金到位。\r\n"),
             Page(2, header + "全市农村自来水普及率达到\r\n\r\n\n"),
             Page(3, header + "92.6%，较上年提高1.4个百分点。\r\n（三）满意度情况\r\n"))
    text = normalize_document(Document("x.txt", "0" * 64, "txt", pages)).text
    assert text.startswith("某市水利局2022年度项目支出绩效自评报告\n")  # the title on page 1 stays
    assert text.count("绩效自评报告") == 1
    assert "普及率达到92.6%" in text


def test_a_page_that_ends_its_sentence_leaves_the_next_page_s_heading_on_a_line_of_its_own() -> None:
    from schemas.text.normalize import normalize_document

    header = "                     某县水务局2017年度部门整体支出绩效自评报告\n\n"
    pages = (Page(1, "某县水务局2017年度部门整体支出绩效自评报告\n一、基本情况\n本局内设7个科室。\n\n\n"
                     "                                   第 1 页 共 3 页\n"),
             Page(2, header + "    自评得分93.4分，等级为优。\n\n\n                                   第 2 页 共 3 页\n"),
             Page(3, header + "五、存在的问题\n    （一）年初预算编制的准确性有待提高。\n"))
    text = normalize_document(Document("x.txt", "0" * 64, "txt", pages)).text
    assert "等级为优。\n五、存在的问题\n" in text


def test_a_line_repeated_inside_pages_is_no_running_header() -> None:
    from schemas.text.normalize import normalize_document

    pages = (Page(1, "标题\n(一)存在的问题\n一是宣传不够。\n(一)存在的问题\n二是进度偏慢。"), Page(2, "结尾。"))
    assert normalize_document(Document("x.txt", "0" * 64, "txt", pages)).text.count("(一)存在的问题") == 2


def test_lines_cut_at_a_printed_width_are_joined_in_any_format() -> None:
    from schemas.text.normalize import looks_hard_wrapped

    wrapped = ("中共某县委老干部局是县委主管离退休干部工作的职能部门，负责全县\n"
               "离退休干部政治待遇、生活待遇的落实和管理服务工作，下设老干部活动\n"
               "中心和老年大学。2020年末全县有离退休干部1,146人，本局在编人员12\n"
               "人。全年支出合计326.18万元，其中基本支出221.54万元（人员经费186.32\n"
               "万元、公用经费35.22万元），项目支出104.64万元，主要用于离退休干部活\n"
               "动、老年大学办学和走访慰问；预算执行率97.44%，年末结转结余8.58万\n"
               "元。经自评，我局2020年度部门整体支出绩效综合得分93.2分，评价等级为\n"
               "“优秀”。\n")
    assert looks_hard_wrapped(wrapped)
    paragraphs = ("一、部门基本情况\n本局是县委主管离退休干部工作的职能部门，负责全县离退休干部的管理服务工作。\n"
                  "二、预算情况\n全年支出合计326.18万元，其中基本支出221.54万元，项目支出104.64万元。\n"
                  "全年预算执行率97.44%，年末结转结余8.58万元，已按规定结转下年使用。\n"
                  "全年走访慰问离退休干部1286人次，老年大学开设课程18门，招收学员640人。\n"
                  "组织老干部参观学习和文体活动12次，征集老干部建言献策材料35篇。\n"
                  "经自评，我局2020年度部门整体支出绩效综合得分93.2分，评价等级为优秀。\n")
    assert not looks_hard_wrapped(paragraphs)


def test_lines_of_the_publishing_page_are_never_joined_to_the_title() -> None:
    raw = ("文档下载站 - 免费分享 在线阅读\n首页 > 行业资料 > 绩效评价\n"
           "某县水利局2019年度小型水库除险加固项目支出绩效自评报告\n上传人:sl***08 上传时间:2020-05-14\n")
    lines = norm(raw).split("\n")
    assert "某县水利局2019年度小型水库除险加固项目支出绩效自评报告" in lines
    # nor is a document site's page counter or its buttons joined to the report's last line
    assert norm("洪洞县水利局\n2020年3月18日\n\n第1页 / 共12页\n下载文档 收藏 分享").split("\n")[-2:] == [
        "第1页 / 共12页", "下载文档收藏分享"]


def test_headings_run_on_in_a_document_flattened_to_one_paragraph_get_their_own_lines() -> None:
    body = "小型水库除险加固项目由县水利局组织实施,主要建设内容包括坝体加固和防汛道路建设。" * 16
    raw = f"某县水利局项目支出绩效自评报告 一、项目基本情况 {body}五、存在的问题 一是工期偏紧。六、改进措施 一是加强管护。"
    lines = norm(raw).split("\n")
    assert "五、存在的问题" in lines and "六、改进措施" in lines and "一、项目基本情况" in lines
    # a short line keeps its numbering inline
    assert norm("资金用于两项工作。二、项目资金情况 年初预算420万元。") == "资金用于两项工作。二、项目资金情况年初预算420万元。"


@pytest.mark.parametrize("raw, joined", [
    ("其中基本支出1583.86万元,项目支出1688\n.46万元,主要用于不动产登记。", "项目支出1688.46万元"),
    ("项目支出1688\f.46万元,主要用于不动产登记。", "项目支出1688.46万元"),  # across a page break
    ("年末结转结余206,\n221.09元。预算执行率96.65%。", "结余206221.09元"),
    ("预算金额：11260.00万元；实际支出：\n11185.40万元；执行进度：99.34%。", "实际支出:11185.40万元"),  # its label's
])
def test_a_figure_a_line_or_page_break_cut_is_joined(raw: str, joined: str) -> None:
    assert joined in norm(raw)


def test_a_line_after_a_figure_is_not_joined_to_it_unless_it_continues_the_number() -> None:
    text = norm("全年完成检查126次\n2.加强队伍建设。")
    assert "126次" in text and "1262" not in text


_MEASURES = ("改进举措：其一，建立居民点单、街镇派单、区级配送的需求反馈机制；其二，修订服务质量考核办法，增加效果类"
             "考核内容；其三，按季度公开配送计划，接受群众监督；其四，对偏远居村增加流动配送场次，提高点单率，让配送节目更贴近"
             "群众需求。各街镇按月报送点单情况，区级每季度汇总分析，及时调整下一季度的配送内容和场次安排。")


def _cut(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_in_a_text_cut_at_a_printed_width_a_clause_goes_on_after_its_semicolon() -> None:
    cut = _cut(_MEASURES, 16)
    assert any(line.endswith("；") for line in cut.split("\n"))  # the cut falls after a `；`
    measures, rest = norm(cut).split("\n")  # a line ended by `。` may end its paragraph: it does here
    assert measures == norm(_MEASURES).split("。")[0] + "。"
    assert rest.startswith("各街镇")
    # A blank line still ends the paragraph, and a numbered line still starts one.
    assert norm("其一，建立反馈机制；\n\n其二，修订考核办法。") == "其一,建立反馈机制;\n其二,修订考核办法。"
