"""Doubtful figures read again finer: confirmed when they read the same, surely; left doubtful otherwise."""
from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

pytest.importorskip("rapidocr_onnxruntime")
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "fixtures"))
import build_pdf  # noqa: E402

from pipeline.reading.layout.glyphs import Glyph  # noqa: E402
from pipeline.reading.ocr.boxes import OcrGlyph, lines_to_glyphs  # noqa: E402
from pipeline.reading.ocr.confirm import _box, _figure_runs, confirm_figures  # noqa: E402
from pipeline.reading.ocr.engine import read_lines  # noqa: E402
from pipeline.reading.ocr.image import PageImage, prepare  # noqa: E402
from schemas.figures import LOW_CONFIDENCE  # noqa: E402
from tests.fixtures.scans import ScanStyle, scanned_pdf  # noqa: E402

LINES = ["某县财政局2022年度项目支出绩效自评报告", "全年执行数为874.32万元，预算执行率为95.03%。"]


@pytest.fixture(scope="module")
def scan() -> tuple[pdfium.PdfPage, PageImage, list[Glyph]]:
    document = pdfium.PdfDocument(scanned_pdf(build_pdf.simple_pdf(LINES, "ttf"), ScanStyle(dpi=150, noise=0.003)))
    page = document[0]
    image = prepare(page, 2.0)
    return page, image, list(lines_to_glyphs(read_lines(image.pixels), image.scale))


def _doubt(glyphs: list[Glyph], figure: str, text: str | None = None) -> tuple[list[Glyph], list[int]]:
    """The glyphs with `figure`'s characters made doubtful (and given `text` instead, when named)."""
    joined = "".join(g.text for g in glyphs)
    start = joined.index(figure)
    span = list(range(start, start + len(figure)))
    out = list(glyphs)
    for n, k in enumerate(span):
        g = out[k]
        out[k] = OcrGlyph(text[n] if text else g.text, g.x0, g.x1, g.baseline, g.size, 0.6)
    return out, span


def test_a_doubtful_figure_that_reads_the_same_finer_is_confirmed(scan: tuple) -> None:
    page, image, glyphs = scan
    doubtful, span = _doubt(glyphs, "874.32")
    confirmed, count = confirm_figures(page, image, doubtful, 1)
    assert count == 1
    assert all(confirmed[k].confidence >= LOW_CONFIDENCE for k in span)  # type: ignore[attr-defined]
    assert [g.text for g in confirmed] == [g.text for g in doubtful]


def test_a_doubtful_figure_that_reads_otherwise_stays_doubtful(scan: tuple) -> None:
    page, image, glyphs = scan
    misread, span = _doubt(glyphs, "874.32", "874.82")
    kept, count = confirm_figures(page, image, misread, 1)
    assert count == 0 and all(kept[k].confidence == 0.6 for k in span)  # type: ignore[attr-defined]


def test_sure_figures_are_not_read_again(scan: tuple) -> None:
    page, image, glyphs = scan
    sure = [OcrGlyph(g.text, g.x0, g.x1, g.baseline, g.size, 1.0) for g in glyphs]
    assert confirm_figures(page, image, sure, 1) == (sure, 0)


def test_figures_are_runs_of_figure_characters_on_one_line_and_their_box_stops_halfway_to_a_neighbour() -> None:
    def g(text: str, x0: float, baseline: float = 100.0) -> Glyph:
        return Glyph(text, x0, x0 + 5, baseline, 10.0)

    glyphs = [g("为", 0), g("8", 11), g("7", 16), g(".", 21), g("4", 26), g("万", 40),
              g("9", 60), g("5", 200), g("%", 205), g("1", 11, baseline=130)]
    runs = _figure_runs(glyphs)
    assert ["".join(glyphs[k].text for k in run) for run in runs] == ["87.4", "9", "5%", "1"]
    x0, top, x1, bottom = _box(glyphs, runs[0])
    assert (x0, x1) == (8.0, 34.5)  # halfway to 为 (ends at 5); 0.35 em past the 4, short of halfway to 万
    assert top < 100 - 8.8 and bottom > 100 + 1.2
