"""The shared Chinese NLP: jieba with the domain dictionary, and spaCy's blank `zh` on it.

Built once per process, lazily, because jieba's dictionary load costs about a
second, or a few milliseconds when its dictionary is read by first character
(`schemas.text.jieba_cache`). Reading uses jieba's POS tags (`pos_tags`); sentences are found without
spaCy (`pipeline.text.sentences`), and `chinese_pipeline` stays as the reference
those sentences are tested against. The user dictionary (budget vocabulary, measure words) is generated from
the extractors' vocabularies (`python -m extractors.vocab_dict`) into
`schemas/text/data/`, so this bottom layer reads a data file, not the extractors; it is loaded into jieba so spaCy's tokens and the POS tags of
`jieba.posseg` see the same words.
"""
from __future__ import annotations

import functools
import logging
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

SENTENCE_PUNCT = ["。", "！", "？", "!", "?", "；", ";", "\n"]
USER_DICT = "jieba_userdict.txt"


@functools.lru_cache(maxsize=1)
def jieba_module():  # type: ignore[no-untyped-def]
    from schemas.text.jieba_cache import import_jieba, install

    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    install(jieba)  # the dictionary read by first character, when first needed
    path = resources.files("schemas.text") / "data" / USER_DICT
    with resources.as_file(path) as dict_path:
        jieba.load_userdict(str(dict_path))
    return jieba


@functools.lru_cache(maxsize=1)
def chinese_pipeline() -> Language:
    import spacy

    jieba_module()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    return nlp


def pos_tags(text: str) -> list[tuple[str, str]]:
    """(word, jieba POS flag) pairs for a clause."""
    from schemas.text.jieba_cache import import_posseg

    posseg = import_posseg(jieba_module())
    return [(p.word, p.flag) for p in posseg.cut(text)]
