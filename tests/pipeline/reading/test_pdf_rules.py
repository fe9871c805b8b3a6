"""Horizontal rules: the drawing walk of the PDF reader finds what `horizontal_rules` finds."""
from __future__ import annotations

import pypdfium2 as pdfium

from pipeline.reading.pdf_drawing import page_drawing
from pipeline.reading.pdf_rules import horizontal_rules
from tests.pipeline.reading.test_pdf_borderless import FUNDS, booktabs_document
from tests.pipeline.reading.test_pdf_tables import corpus_pdfs, generated_pdfs


def test_the_drawing_walk_gives_the_rules_horizontal_rules_gives() -> None:
    documents = [path.read_bytes() for path in corpus_pdfs()] + list(generated_pdfs().values())
    documents.append(booktabs_document(FUNDS))
    n_rules = 0
    for data in documents:
        pdf = pdfium.PdfDocument(data)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    rules = horizontal_rules(page)
                    assert page_drawing(page).rules == rules
                    n_rules += len(rules)
                finally:
                    page.close()
        finally:
            pdf.close()
    assert n_rules >= 100
