"""Tables from pdfium's rules against tables from pdfplumber, on every PDF of the corpora.

The reader finds ruled tables in pdfium's drawings (`pdf_drawing` + `layout.ruled`)
and hands only the pages pdfium cannot decide to pdfplumber. On every PDF of the
dev corpus, `samples/`, the held-out corpora and the generated fixtures (the
producers' ways of drawing a table in `build_ruled`), reading with pdfplumber on
every page and reading the default way give the same pages: same running text,
same tables, same cells (position, spans, text), table boxes within 0.05 pt (a rule's end
as pdfium and pdfminer compute it can differ by a few hundredths: heldout8's liandu).
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_pdf  # noqa: E402
import build_ruled  # noqa: E402

from pipeline.reading import ReadRequest  # noqa: E402
from pipeline.reading.pdf import PdfSettings, read_pdf  # noqa: E402
from schemas.document import Document, Table  # noqa: E402
from tests.conftest import shared_dir  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def read(data: bytes, engine: str) -> Document:
    request = ReadRequest("fixture.pdf", data, hashlib.sha256(data).hexdigest(), "pdf")
    return read_pdf(request, PdfSettings(engine=engine))


def corpus_pdfs() -> list[Path]:
    found = sorted((REPO / "samples").glob("*.pdf")) + sorted((REPO / "tests" / "corpora").glob("heldout*/*.pdf"))
    return found + sorted((shared_dir() / "corpus" / "dev").glob("*.pdf"))


def generated_pdfs() -> dict[str, bytes]:
    pdfs = {f"ruled-{style}-{font}": build_ruled.ruled_pdf(style, font)
            for style in build_ruled.ALL_STYLES for font in ("cid", "ttf")}
    for font in ("cid", "ttf"):
        pdfs[f"table-{font}"] = build_pdf.table_pdf(font)
        pdfs[f"repeated-header-{font}"] = build_pdf.repeated_header_table_pdf(font)
        pdfs[f"narrative-{font}"] = build_pdf.narrative_pdf(font)
    return pdfs


def cells(table: Table) -> list[tuple[int, int, int, int, str]]:
    return [(c.row, c.col, c.rowspan, c.colspan, c.text) for c in table.cells]


def numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def assert_same_pages(ours: Document, reference: Document, skip: frozenset[int] | set[int] = frozenset()) -> None:
    assert len(ours.pages) == len(reference.pages)
    for mine, theirs in zip(ours.pages, reference.pages):
        if mine.number in skip:
            continue
        assert mine.text == theirs.text, f"page {mine.number}"
        assert len(mine.tables) == len(theirs.tables), f"page {mine.number}"
        for a, b in zip(mine.tables, theirs.tables):
            assert (a.page, a.n_rows, a.n_cols, a.location) == (b.page, b.n_rows, b.n_cols, b.location)
            assert cells(a) == cells(b)
            assert a.bbox == pytest.approx(b.bbox, abs=0.0501)  # 0.05 pt, and pdfium's float32 rounding on top
            for ca, cb in zip(a.cells, b.cells):  # the cell's bbox, printed to 0.1 pt in its address
                assert numbers(ca.address) == pytest.approx(numbers(cb.address), abs=0.11)


@pytest.fixture(scope="module")
def generated() -> dict[str, bytes]:
    return generated_pdfs()


def rotated_text(data: bytes, number: int) -> bool:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[number - 1]  # a page turned by its /Rotate, or text set sideways on it
        return bool(page.rotation % 360) or any(not ch.get("upright", True) for ch in page.chars)


def test_every_corpus_pdf_reads_the_same_as_with_pdfplumber_everywhere() -> None:
    paths = corpus_pdfs()
    assert len(paths) >= 17
    n_tables = 0
    for path in paths:
        data = path.read_bytes()
        ours, reference = read(data, "auto"), read(data, "pdfplumber")
        # A page drawn sideways is read in its text's frame (test_pdf_turn); pdfplumber drops its text. A scan
        # turned upside down is turned back by OCR, whichever engine is asked for: the same page either way.
        turned = {page.number for page in ours.pages if page.turned and page.engine != "ocr"}
        assert all(len(ours.pages[n - 1].text) + len(ours.pages[n - 1].tables) > len(reference.pages[n - 1].text)
                   for n in turned)
        assert_same_pages(ours, reference, skip=turned)
        # Only a rotated page or one with rotated text needs pdfplumber (pdfium's glyph pass leaves it to it); a
        # scanned page is read by OCR whichever engine is asked for.
        for page in ours.pages:
            assert page.engine in ("pdfium", "ocr") or rotated_text(data, page.number), (path.name, page.number)
        n_tables += len(ours.tables)
    assert n_tables >= 20


def test_every_generated_pdf_reads_the_same_as_with_pdfplumber_everywhere(generated: dict[str, bytes]) -> None:
    for name, data in generated.items():
        ours, reference = read(data, "auto"), read(data, "pdfplumber")
        # A page drawn sideways is read in its text's frame (test_pdf_turn); pdfplumber drops its text.
        turned = {page.number for page in ours.pages if page.turned}
        assert all(len(ours.pages[n - 1].text) + len(ours.pages[n - 1].tables) > len(reference.pages[n - 1].text)
                   for n in turned)
        assert_same_pages(ours, reference, skip=turned)
        style = name.split("-")[1] if name.startswith("ruled-") else ""
        expected = "pdfplumber" if style in build_ruled.UNDECIDABLE else "pdfium"
        assert {p.engine for p in ours.pages} == {expected}, name


def test_pdfium_alone_agrees_on_the_pages_it_decides(generated: dict[str, bytes]) -> None:
    for name, data in generated.items():
        if name.split("-")[1] in build_ruled.UNDECIDABLE and name.startswith("ruled-"):
            continue
        assert_same_pages(read(data, "pdfium"), read(data, "pdfplumber"))


@pytest.mark.parametrize("style", sorted(set(build_ruled.ALL_STYLES) - {"rotated_page"}))
def test_each_drawing_style_gives_the_table_with_its_merged_cells(style: str, generated: dict[str, bytes]) -> None:
    doc = read(generated[f"ruled-{style}-cid"], "auto")
    table = doc.tables[0]
    assert (table.n_rows, table.n_cols) == (5, 4)
    grid = table.grid()
    assert grid[0] == ["一级指标", "年度指标值", "年度指标值", "实际完成值"]
    assert [row[0] for row in grid[1:]] == ["产出指标", "产出指标", "效益指标", "合计"]
    assert grid[4][2:] == ["1,234.56", "1,180.20"]
    text = doc.pages[0].text
    assert build_ruled.ABOVE in text and build_ruled.BELOW in text and "培训人次" not in text


def test_pages_read_by_pdfplumber_are_counted_in_the_ingest_summary(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.cli.ingest import print_summary
    from pipeline.run import BatchSummary, process_file

    monkeypatch.setenv("JIXIAO_LANG", "en")
    monkeypatch.setenv("COLUMNS", "200")

    summary = BatchSummary()
    for style in ("tilted_text", "lines"):
        path = tmp_path / f"{style}.pdf"
        path.write_bytes(build_ruled.ruled_pdf(style))
        summary.add(process_file(path))
    assert summary.pages_by_engine == {"pdfium": 1, "pdfplumber": 1}
    print_summary(summary, "x.duckdb")
    assert "PDF pages read by pdfplumber (rules pdfium cannot decide)" in capsys.readouterr().out
