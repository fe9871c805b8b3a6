"""Label lines (`标签：值`) give the facts of their ruled two-column equivalent."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import tables
from extractors.table_text import label_tables
from pipeline.text.segment import segment
from schemas.document import Document, Page, Table
from schemas.facts import Extraction
from schemas.text.normalize import normalize_document

TITLE = "某县农业农村局2022年度高标准农田建设项目支出绩效自评报告"
PAIRS = [("项目名称", "高标准农田建设项目"), ("主管部门", "某县农业农村局"), ("实施单位", "某县农田建设服务中心"),
         ("自评得分", "92.5"), ("自评等级", "优")]
NARRATIVE = "一、项目概况\n本项目全年预算数为500万元，全年执行数为480万元。\n"


def document(text: str, tables_: tuple[Table, ...] = ()) -> Document:
    return Document(source_path="x.txt", sha256="0" * 64, source_format="txt",
                    pages=(Page(number=1, text=text, tables=tables_),))


def fields_of(doc: Document) -> dict[str, object]:
    ex: Extraction = tables.extract(segment(doc, normalize_document(doc)))
    return {f.name: f.value for f in ex.fields if f.name != "report_kind"}


def test_label_lines_give_the_facts_of_the_ruled_table() -> None:
    ruled = Table.from_rows([[label, value] for label, value in PAIRS])
    lines = "\n".join(f"{label}：{value}" for label, value in PAIRS)
    from_table = fields_of(document(f"{TITLE}\n{NARRATIVE}", (ruled,)))
    from_lines = fields_of(document(f"{TITLE}\n{lines}\n{NARRATIVE}"))
    assert from_table == from_lines
    assert from_lines["self_score"] == Decimal("92.5") and from_lines["grade"] == "优"
    assert from_lines["project_name"] == "高标准农田建设项目"


def test_pairs_on_one_line_and_their_offsets() -> None:
    text = f"{TITLE}\n主管部门：某县农业农村局  实施单位：某县农田建设服务中心\n自评等级：优；总分：96\n"
    (table,) = label_tables(document(text).pages[0])
    assert table.n_rows == 2 and table.n_cols == 4
    cell = next(c for c in table.cells if c.text == "某县农田建设服务中心")
    assert cell.address is not None
    start, end = map(int, cell.address.split("chars(")[1].rstrip(")").split("-"))
    assert text[start:end] == "实施单位：某县农田建设服务中心"


@pytest.mark.parametrize(
    "text",
    [
        "总分：100分\n",  # one line: a scoring rule, not a form
        "问题一：资金拨付不及时\n问题二：绩效目标不够细化\n",  # no label of the header vocabulary
        "根据要求：我局开展了自评工作，现报告如下。\n主管部门：某县农业农村局\n",  # a sentence is no value
    ],
)
def test_no_label_table_without_a_block_of_form_labels(text: str) -> None:
    assert label_tables(document(text).pages[0]) == []
