"""DOCX reader: tables nested in cells, text boxes, and hostile nesting (files built at test time)."""
from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
import pytest

from pipeline.reading.docx_tables import MAX_NESTING
from pipeline.reading.read import read_bytes
from schemas.document import Document, Table
from schemas.errors import CorruptDocument

FUNDS = [("项目", "金额"), ("年初预算", "3,126.80"), ("调整后预算", "3,545.36"), ("本年支出合计", "3,421.07")]


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fill(table: Any, rows: list[tuple[str, str]]) -> None:
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _layout_report() -> bytes:
    """A page laid out as label | content, the funds table nested in the content cell."""
    document = docx.Document()
    document.add_paragraph("二、部门收支情况")
    outer = document.add_table(rows=2, cols=2)
    _fill(outer, [("收支项目", "金额（万元）"), ("部门预算及执行", "2023年度预算及执行情况如下：")])
    holder = outer.cell(1, 1)
    _fill(holder.add_table(rows=len(FUNDS), cols=2), FUNDS)
    holder.add_paragraph("（单位：万元）")
    document.add_paragraph("三、绩效目标完成情况")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "第二张表"
    return _save(document)


def _all_text(doc: Document) -> str:
    """Everything the reader produced: page text and every cell's text."""
    return "".join(p.text for p in doc.pages) + "".join(c.text for t in doc.tables for c in t.cells)


def _by_location(doc: Document) -> dict[str | None, Table]:
    return {t.location: t for t in doc.tables}


def test_nested_table_is_a_table_of_its_own() -> None:
    doc = read_bytes(_layout_report(), "nested.docx")
    assert [t.location for t in doc.tables] == ["table[1]", "table[1]/r2c2/table[1]", "table[2]"]
    nested = _by_location(doc)["table[1]/r2c2/table[1]"]
    assert (nested.page, nested.n_rows, nested.n_cols) == (1, 4, 2)
    assert nested.grid() == [list(row) for row in FUNDS]
    cells = {(c.row, c.col): c for c in nested.cells}
    assert cells[(1, 1)].address == "table[1]/r2c2/table[1]/r2c2"


def test_holding_cell_keeps_only_its_own_paragraphs() -> None:
    doc = read_bytes(_layout_report(), "nested.docx")
    outer = _by_location(doc)["table[1]"]
    assert outer.grid()[1] == ["部门预算及执行", "2023年度预算及执行情况如下：（单位：万元）"]
    everything = _all_text(doc)
    for _, figure in FUNDS[1:]:
        assert everything.count(figure) == 1  # not lost, not repeated in the outer cell or the page text
    assert doc.pages[0].text == "二、部门收支情况\n三、绩效目标完成情况\n"


def test_nested_table_keeps_its_spans() -> None:
    document = docx.Document()
    holder = document.add_table(rows=1, cols=2).cell(0, 1)
    nested = holder.add_table(rows=3, cols=3)
    nested.cell(0, 0).merge(nested.cell(0, 2)).text = "资金情况"
    nested.cell(1, 0).merge(nested.cell(2, 0)).text = "年度资金"
    nested.cell(1, 1).text, nested.cell(1, 2).text = "年初预算", "100.00"
    nested.cell(2, 1).text, nested.cell(2, 2).text = "支出", "95.50"
    doc = read_bytes(_save(document), "spans.docx")
    table = _by_location(doc)["table[1]/r1c2/table[1]"]
    cells = {(c.row, c.col): c for c in table.cells}
    assert (table.n_rows, table.n_cols) == (3, 3)
    assert cells[(0, 0)].colspan == 3 and cells[(1, 0)].rowspan == 2
    assert table.grid()[2] == ["年度资金", "支出", "95.50"]


def _nest(depth: int) -> bytes:
    """Tables nested `depth` deep, each cell labelled with its level; the innermost holds a figure."""
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    document.tables[0].cell(0, 0).text = "第1层"
    for level in range(2, depth + 1):
        table = cell.add_table(rows=1, cols=2)
        table.cell(0, 0).text = f"第{level}层"
        cell = table.cell(0, 1)
    cell.text = "最内层支出888.88"
    return _save(document)


def test_deeper_nesting_is_recursive_and_bounded() -> None:
    doc = read_bytes(_nest(MAX_NESTING + 3), "deep.docx")
    assert len(doc.tables) == MAX_NESTING
    assert doc.tables[2].location == "table[1]/r1c2/table[1]/r1c2/table[1]"
    assert [t.grid()[0][0] for t in doc.tables] == [f"第{k}层" for k in range(1, MAX_NESTING + 1)]
    # Past the bound the tables' text is folded into the last split table's cell, not dropped.
    deepest = doc.tables[-1].grid()[0][1]
    assert deepest is not None and "最内层支出888.88" in deepest and f"第{MAX_NESTING + 1}层" in deepest
    assert _all_text(doc).count("888.88") == 1


def test_nesting_near_the_parser_depth_limit_does_not_crash() -> None:
    # ~80 levels is about as deep as the XML parser accepts (256 elements); deeper files are refused as damaged.
    doc = read_bytes(_nest(80), "very-deep.docx")
    assert len(doc.tables) == MAX_NESTING and _all_text(doc).count("888.88") == 1
    with pytest.raises(CorruptDocument):
        read_bytes(_nest(120), "too-deep.docx")


# Text boxes and malformed XML, written by hand: python-docx cannot make them.
NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
}


def _with_body(body_xml: str) -> bytes:
    """A python-docx document whose body is replaced by `body_xml`."""
    source = zipfile.ZipFile(io.BytesIO(_save(docx.Document())))
    declarations = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {declarations}><w:body>{body_xml}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = xml.encode() if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info, data)
    return out.getvalue()


def _p(text: str, inner: str = "") -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r>{inner}</w:p>"


def _box_content(*paragraphs: str) -> str:
    return "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"


def _drawing_box(content: str) -> str:
    return ('<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>'
            f'<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')


def _vml_box(content: str) -> str:
    return f'<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>'


def _alternate(choice: str, fallback: str) -> str:
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def _both_forms(*paragraphs: str) -> str:
    """A text box as Word saves it: DrawingML, with the same box in VML as the fallback."""
    content = _box_content(*paragraphs)
    return _alternate(_drawing_box(content), _vml_box(content))


def test_text_box_is_read_once_after_its_anchor() -> None:
    body = _p("四、自评结论", _both_forms(_p("自评结论："), _p("自评得分为88.6分。"))) + _p("五、存在的问题")
    doc = read_bytes(_with_body(body), "box.docx")
    assert doc.pages[0].text == "四、自评结论\n自评结论：\n自评得分为88.6分。\n五、存在的问题\n"


def test_vml_only_text_box_is_read() -> None:
    body = _p("锚点", f"<w:r>{_vml_box(_box_content(_p('旧版文本框内容')))}</w:r>")
    assert read_bytes(_with_body(body), "vml.docx").pages[0].text == "锚点\n旧版文本框内容\n"


def test_fallback_is_read_when_the_choice_has_no_text() -> None:
    body = _p("锚点", _alternate(_drawing_box(_box_content("<w:p/>")), _vml_box(_box_content(_p("只在VML中")))))
    assert read_bytes(_with_body(body), "fallback.docx").pages[0].text == "锚点\n只在VML中\n"


def _table(*rows: tuple[str, ...]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def test_text_box_in_a_cell_is_read_once_into_the_cell() -> None:
    body = _table((_p("自评结论"), _p("见右框", _both_forms(_p("得分88.6分")))))
    doc = read_bytes(_with_body(body), "cell-box.docx")
    assert doc.tables[0].grid() == [["自评结论", "见右框得分88.6分"]]


def test_table_in_a_text_box_is_a_table() -> None:
    box = _both_forms(_p("收支表"), _table((_p("年初预算"), _p("100.00"))))
    doc = read_bytes(_with_body(_p("锚点", box)), "box-table.docx")
    assert doc.pages[0].text == "锚点\n收支表\n"
    assert [(t.location, t.grid()) for t in doc.tables] == [("table[1]", [["年初预算", "100.00"]])]


@pytest.mark.parametrize("body, once", [
    (_p("段落", _table((_p("段中表格"),))), ["段中表格"]),  # a table inside a paragraph: read as its text
    ("<w:tbl><w:tc>" + _p("无行单元格") + "</w:tc><w:tr/></w:tbl>", []),  # a cell outside a row, an empty row
    (_table(("<w:tbl/>" + _p("空嵌套表"),)), ["空嵌套表"]),  # an empty nested table
    (_p("框", "<w:r><w:txbxContent><w:txbxContent>" + _p("框中框") + "</w:txbxContent></w:txbxContent></w:r>"), ["框中框"]),
    (_p("无选项", "<w:r><mc:AlternateContent/></w:r>") + "<mc:Fallback>" + _p("游离的后备") + "</mc:Fallback>", ["无选项"]),
    (_table(('<w:tcPr><w:gridSpan w:val="999999999"/><w:vMerge w:val="bogus"/></w:tcPr>' + _p("巨大跨列"),)), ["巨大跨列"]),
    ("<w:sdt><w:sdtContent>" + _table((_p("外层"), _table((_p("控件中的嵌套"),)))) + "</w:sdtContent></w:sdt>",
     ["外层", "控件中的嵌套"]),
])
def test_malformed_nesting_does_not_crash(body: str, once: list[str]) -> None:
    doc = read_bytes(_with_body(_p("标题") + body), "malformed.docx")
    assert doc.pages[0].text.startswith("标题\n")
    assert all(t.n_cols <= 64 for t in doc.tables)  # a hostile span is clamped, not allocated
    everything = _all_text(doc)
    assert all(everything.count(text) == 1 for text in once)
