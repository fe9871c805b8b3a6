"""OFD: text objects with DeltaX and CTM, ruled tables from path objects, damaged packages rejected by type."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline.reading.ofd import _deltas
from pipeline.reading.read import read_bytes
from schemas.document import Cell, Document, Page, Table
from schemas.errors import CorruptDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_ofd  # noqa: E402

TEXT = "某局2022年度部门整体支出绩效自评报告\n本年支出110.00万元，其中基本支出60.00万元，项目支出50.00万元。\n"


def sample(tables: tuple[Table, ...] = ()) -> bytes:
    doc = Document("x", "0" * 64, "md", (Page(1, TEXT, tables),))
    return build_ofd.document_to_ofd(doc)


def test_text_reads_in_order() -> None:
    doc = read_bytes(sample(), "a.ofd")
    assert doc.source_format == "ofd"
    assert doc.pages[0].text.startswith("某局2022年度部门整体支出绩效自评报告\n本年支出110.00万元")


def test_ruled_table_with_spans() -> None:
    table = Table(1, 3, 3, (Cell(0, 0, "项目", 2, 1), Cell(0, 1, "资金", 1, 2), Cell(1, 1, "预算"), Cell(1, 2, "执行"),
                            Cell(2, 0, "合计"), Cell(2, 1, "100.00"), Cell(2, 2, "98.00")))
    doc = read_bytes(sample((table,)), "t.ofd")
    assert doc.tables[0].grid() == table.grid()
    assert "合计" not in doc.pages[0].text  # table text is in the Table only


def test_compressed_delta_x() -> None:
    assert _deltas("g 3 2.5 1 g 2 0.5") == [2.5, 2.5, 2.5, 1.0, 0.5, 0.5]
    assert _deltas("1 x 2") == [1.0]


def test_ctm_scales_and_moves_text() -> None:
    content = ('<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="9">'
               '<ofd:TextObject ID="3" Boundary="20 20 100 20" Size="2" CTM="2 0 0 2 0 0">'
               '<ofd:TextCode X="0" Y="2" DeltaX="g 3 2">绩效自评</ofd:TextCode></ofd:TextObject>'
               "</ofd:Layer></ofd:Content></ofd:Page>")
    data = _replace(sample(), "Doc_0/Pages/Page_0/Content.xml", content.encode())
    assert read_bytes(data, "c.ofd").pages[0].text == "绩效自评\n"


def _replace(container: bytes, member: str, data: bytes | None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(container))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename == member and data is None:
                continue
            target.writestr(info, data if info.filename == member else source.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("member, data, message", [
    ("Doc_0/Document.xml", None, "lacks its part"),
    ("Doc_0/Pages/Page_0/Content.xml", b"<ofd:Page", "is damaged"),
    ("OFD.xml", b"<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>", "names no document"),
])
def test_damaged_packages(member: str, data: bytes | None, message: str) -> None:
    with pytest.raises(CorruptDocument, match=message):
        read_bytes(_replace(sample(), member, data), "d.ofd")

