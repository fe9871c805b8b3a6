"""Quoting a figure's source at ingest: sentence at the offsets, search fallback, table row."""
from __future__ import annotations

import pytest

from pipeline.extraction.evidence import (
    MAX_BEFORE,
    SourcePages,
    attach_quotes,
    quote_figure,
    sentence_quote,
    source_pages,
)
from pipeline.extraction.extract import extract
from pipeline.outputs.htmldetails import ItemRow, stored_quote
from pipeline.storage.rows import outcome_rows
from pipeline.text.segment import segment
from schemas.document import Document, Page, Table
from schemas.facts import Quote, ReportOutcome, Status
from schemas.text.normalize import normalize_document

TEXT = "一、基本情况\n年初预算100.00万元。全年支出90.00万元，执行率90%；较上年提高。"


@pytest.mark.parametrize(("figure", "before", "after"), [
    ("90.00万元", "全年支出", "，执行率90%；"),
    ("100.00万元", "年初预算", "。"),
    ("90%", "全年支出90.00万元，执行率", "；"),
])
def test_sentence_quote(figure: str, before: str, after: str) -> None:
    start = TEXT.index(figure)
    quote = sentence_quote(TEXT, start, start + len(figure), 3)
    assert (quote.before, quote.figure, quote.after, quote.page) == (before, figure, after, 3)


def test_sentence_quote_cuts_long_context() -> None:
    text = "甲" * 500 + "支出90万元" + "乙" * 500
    start = text.index("90万元")
    quote = sentence_quote(text, start, start + 4, 1)
    assert quote.before.startswith("…") and len(quote.before) == MAX_BEFORE + 1
    assert quote.after.endswith("…")


PAGES = SourcePages(
    texts=("封面", TEXT),
    tables=((), ((("项目", "预算数", "执行数"), ("合计", "1,436.50", "1382.74")),)),
)


@pytest.mark.parametrize(("page", "start", "end", "stated", "expected"), [
    (2, TEXT.index("90.00万元"), TEXT.index("90.00万元") + 7, "90.00万元", Quote(2, "全年支出", "90.00万元", "，执行率90%；")),
    # offsets that do not hold the figure: found by searching the page instead
    (2, 0, 3, "100.00万元", Quote(2, "年初预算", "100.00万元", "。")),
    (2, None, None, "90%", Quote(2, "全年支出90.00万元，执行率", "90%", "；")),
    # not in the running text: the table row holding it (digits compared without separators)
    (2, None, None, "1436.50", Quote(2, figure="1,436.50", row=("合计", "1,436.50", "1382.74"), cell=1)),
    (2, None, None, "777万元", None),
    (5, 0, 3, "90%", None),  # no such page
    (None, 0, 3, "90%", None),
])
def test_quote_figure(page, start, end, stated, expected) -> None:
    assert quote_figure(PAGES, page, start, end, stated) == expected


def _document(pages: list[str], path: str = "x.md", sha: str = "0" * 64) -> Document:
    return Document(source_path=path, sha256=sha, source_format="md",
                    pages=tuple(Page(i + 1, t, ((Table.from_rows([["合计", "１２３"]], page=i + 1),) if i else ()))
                                for i, t in enumerate(pages)))


def test_document_pages_offsets_match_ingest() -> None:
    """Offsets as the segmenter records them (page-relative) point at the same text here."""
    document = _document(["# 标题\n\n第一页 的 文字，预算１２３万元。", "## 二\n\n第二页：支出４５６万元。"])
    seg = segment(document, normalize_document(document))
    pages = source_pages(document, normalize_document(document))
    for figure in ("123万元", "456万元"):
        start = seg.text.index(figure)
        prov = seg.provenance(start, start + len(figure), "test")
        assert pages.text(prov.page)[prov.char_start:prov.char_end] == figure
    assert pages.tables[1][0][0] == ("合计", "123")  # cells normalized like the text (NFKC)


def test_every_resolved_figure_carries_its_quote_into_the_dataset_and_back() -> None:
    document = _document(["# 2022年度某局部门整体支出绩效自评报告\n\n年初预算100.00万元，全年支出90.00万元。",
                          "附表\n"])
    normalized = normalize_document(document)
    facts = attach_quotes(extract(segment(document, normalized)), source_pages(document, normalized))
    by_item = {b.item: b for b in facts.budget_items}
    assert by_item["budget_initial"].quote == Quote(1, "年初预算", "100.00万元", ",全年支出90.00万元。")
    rows = outcome_rows(ReportOutcome("x.md", "0" * 64, "md", Status.OK, facts=facts))["budget_items"]
    row = next(r for r in rows if r["item"] == "expenditure_total")
    assert row["context"][row["context_start"]:row["context_end"]] == "90.00万元"
    assert row["context_kind"] == "sentence"
    item = ItemRow(row["item"], None, row["value"], row["stated"], row["page"], row["char_start"], row["char_end"],
                   row["context"], row["context_start"], row["context_end"], row["context_kind"])
    assert stored_quote(item) == by_item["expenditure_total"].quote


def test_a_table_row_quote_round_trips_through_its_stored_context() -> None:
    quote = Quote(2, figure="1,436.50", row=("合计", "1,436.50", "1382.74"), cell=1)
    assert quote.context == "合计 | 1,436.50 | 1382.74"
    start, end = quote.figure_span or (0, 0)
    assert quote.context[start:end] == "1,436.50"
    item = ItemRow("budget_adjusted", None, 0, "1436.50", 2, None, None, quote.context, start, end, "table_row")
    assert stored_quote(item) == quote
