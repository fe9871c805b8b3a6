"""Sentence bounds without spaCy: the same spans as spaCy's sentencizer over jieba's tokens."""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.reading.read import read_path
from pipeline.run import iter_input_files
from pipeline.text.segment import find_sentences
from pipeline.text.sentences import sentence_bounds
from schemas.errors import RejectedFile
from schemas.text.nlp import chinese_pipeline
from schemas.text.normalize import normalize_document
from tests.conftest import shared_dir

REPO = Path(__file__).resolve().parents[3]


def spacy_bounds(text: str) -> list[tuple[int, int]]:
    """The reference: spaCy's blank zh with jieba and the sentencizer (what jixiao used to run)."""
    return [(s.start_char, s.end_char) for s in chinese_pipeline()(text).sents]


def corpus_texts() -> list[tuple[str, str]]:
    folders = [REPO / "samples", *sorted((REPO / "tests" / "corpora").glob("heldout*")),
               shared_dir() / "corpus" / "dev"]
    texts = []
    for path in iter_input_files(folders):
        if path.suffix.lower() not in (".pdf", ".docx", ".xlsx", ".html", ".htm", ".txt", ".md"):
            continue
        try:
            texts.append((path.name, normalize_document(read_path(path)).text))
        except RejectedFile:
            continue
    return texts


def test_same_sentences_as_spacy_on_every_report_of_the_corpora() -> None:
    texts = corpus_texts()
    assert len(texts) >= 40
    for name, text in texts:
        assert sentence_bounds(text) == spacy_bounds(text), name


# Characters that matter to the sentencizer: marks, other punctuation, jieba word characters
# (Chinese, Latin, digits, and the punctuation inside its word class), whitespace of all kinds.
ALPHABET = "预算执行率达到万元其中项目。！？!?；;，、：“”（）()《》…—\u3000 \n\t\r.%#&_-+abcXY0123"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
@example("完成率100%。...下一步。 \n  续写；\n\n（二）问题")
@example(" 。 。\n%预算")
@example("")
def test_same_sentences_as_spacy_on_generated_text(text: str) -> None:
    assert sentence_bounds(text) == spacy_bounds(text)


def test_find_sentences_cuts_at_line_ends_and_moves_openers() -> None:
    text = "预算执行率98%。“下一步”加强管理！\n（一）问题"
    spans = [text[s.start:s.end] for s in find_sentences(text)]
    assert spans == ["预算执行率98%。", "“下一步”加强管理！\n", "（一）问题"]
