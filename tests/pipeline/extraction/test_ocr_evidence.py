"""OCR boxes and confidences carried from the reader's traces to the extracted values."""
from __future__ import annotations

from decimal import Decimal

from extractors.numbers import money
from pipeline.extraction.ocr_evidence import attach_ocr_evidence
from schemas.document import Cell, Document, OcrTrace, Page, Table
from schemas.facts import BudgetItem, Indicator, ReportFacts, ReportMeta
from schemas.figures import Figure
from schemas.provenance import Provenance
from schemas.text.normalize import normalize_document

TEXT = "本年度支出合计874.32万元，其中基本支出600.00万元。\n"


def traced(text: str, low: dict[int, float], x: float = 100.0) -> OcrTrace:
    """One traced character per visible character, 10 pt apart, confidence 0.99 unless given."""
    offsets = [k for k, ch in enumerate(text) if not ch.isspace()]
    return OcrTrace(tuple(offsets), tuple((x + 10 * k, 200.0, x + 10 * k + 10, 212.0) for k in offsets),
                    tuple(low.get(k, 0.99) for k in offsets))


def document() -> Document:
    weak = TEXT.index("874.32") + 1  # the 7 was hard to read
    table = Table(page=1, n_rows=1, n_cols=3, cells=(
        Cell(0, 0, "培训人次", ocr=traced("培训人次", {})),
        Cell(0, 1, "10", ocr=traced("10", {0: 0.55}, x=300)),
        Cell(0, 2, "9", ocr=traced("9", {}, x=400)),
    ))
    page = Page(1, TEXT, tables=(table,), ocr=traced(TEXT, {weak: 0.61}))
    return Document("scan.pdf", "0" * 64, "pdf", (page,))


def facts(doc: Document) -> ReportFacts:
    norm = normalize_document(doc).text
    start = norm.index("874.32万元")
    spent = money("874.32", "万元", "874.32万元")
    basic = money("600.00", "万元", "600.00万元")
    assert spent is not None and basic is not None
    b_start = norm.index("600.00万元")
    items = (
        BudgetItem("expenditure_total", spent, Provenance(1, start, start + 8)),
        BudgetItem("expenditure_basic", basic, Provenance(1, b_start, b_start + 8)),
    )
    indicator = Indicator("培训人次", Provenance(1, table=0, row=0, col=0),
                          weight=Figure(Decimal(10), "10", Decimal("0.5")), score=Figure(Decimal(9), "9", Decimal("0.5")))
    return ReportFacts(ReportMeta(), items, (), (indicator,), (), ())


def test_text_values_get_their_box_and_least_sure_character() -> None:
    doc = document()
    out = attach_ocr_evidence(facts(doc), doc, normalize_document(doc))
    spent, basic = out.budget_items
    assert spent.figure.confidence == 0.61 and spent.figure.doubtful
    assert spent.provenance.confidence == 0.61
    x0, top, x1, bottom = spent.provenance.bbox  # type: ignore[misc]
    at = TEXT.index("874.32")
    assert (x0, top, bottom) == (100 + 10 * at, 200.0, 212.0) and x1 >= 100 + 10 * (at + 6)
    assert basic.figure.confidence == 0.99 and not basic.figure.doubtful


def test_table_values_get_the_confidence_of_their_own_cell() -> None:
    doc = document()
    (indicator,) = attach_ocr_evidence(facts(doc), doc, normalize_document(doc)).indicators
    assert indicator.weight is not None and indicator.weight.confidence == 0.55
    assert indicator.score is not None and indicator.score.confidence == 0.99
    assert indicator.provenance.bbox is not None


def test_documents_without_ocr_pass_through() -> None:
    doc = document()
    plain = Document(doc.source_path, doc.sha256, "pdf", (Page(1, TEXT),))
    before = facts(plain)
    assert attach_ocr_evidence(before, plain, normalize_document(plain)) is before


def test_a_figure_read_alike_in_another_place_is_as_sure_as_its_surest_reading() -> None:
    # 874.32 with a doubtful 7 in the text, restated in a table cell read clearly.
    doc = document()
    cell = Cell(0, 0, "874.32", ocr=traced("874.32", {}, x=300))
    page = doc.pages[0]
    doc = Document(doc.source_path, doc.sha256, "pdf", (Page(1, page.text, tables=(Table(1, 1, 1, (cell,)),),
                                                                ocr=page.ocr),))
    before = facts(doc)
    spent = before.budget_items[0]
    seen_twice = spent.__class__(spent.item, spent.figure, spent.provenance,
                                 corroborations=(Provenance(1, table=0, row=0, col=0),))
    out = attach_ocr_evidence(ReportFacts(ReportMeta(), (seen_twice, before.budget_items[1]), (), (), (), ()),
                              doc, normalize_document(doc))
    assert out.budget_items[0].figure.confidence == 0.99 and not out.budget_items[0].figure.doubtful
    # read once, it stays doubtful
    alone = attach_ocr_evidence(ReportFacts(ReportMeta(), before.budget_items, (), (), (), ()), doc, normalize_document(doc))
    assert alone.budget_items[0].figure.doubtful
