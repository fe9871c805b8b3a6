"""jieba read by first character answers what jieba loaded whole answers: tables, cuts, POS tags."""
from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.text.jieba_cache import ShardedTable, build_tables, cache_path, read_cache, write_cache
from schemas.text.nlp import USER_DICT, jieba_module, pos_tags

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    """A jieba tokenizer and POS tagger loaded the usual way, with the same user dictionary."""
    jieba = jieba_module()
    pos_tags("预算")  # jieba.posseg imported the jixiao way first
    posseg = sys.modules["jieba.posseg"]
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    with resources.as_file(resources.files("schemas.text") / "data" / USER_DICT) as path:
        tokenizer.load_userdict(str(path))
    return tokenizer, posseg.POSTokenizer(tokenizer)


def test_the_tables_are_jiebas_own(tmp_path: Path) -> None:
    jieba = jieba_module()
    freq, total, tags = build_tables(jieba)
    write_cache(jieba, tmp_path / "t.dict")
    lazy_freq, lazy_total, lazy_tags = read_cache(tmp_path / "t.dict")
    assert lazy_total == total
    assert lazy_freq.load_all() == freq and lazy_tags.load_all() == tags
    assert len(freq) > 400_000 and len(tags) > 300_000


def test_the_default_tokenizer_reads_by_first_character() -> None:
    jieba = jieba_module()
    assert isinstance(jieba.dt.FREQ, ShardedTable) and cache_path(jieba).exists()


def test_entries_set_early_win_over_stored_ones(tmp_path: Path) -> None:
    jieba = jieba_module()
    write_cache(jieba, tmp_path / "t.dict")
    freq, _, _ = read_cache(tmp_path / "t.dict")
    freq["一般"] = 7  # before the 一 shard is loaded
    assert freq["一般"] == 7 and "一般性" in freq and freq.get("一般") == 7
    assert "\ue000\ue000" not in freq and freq.get("\ue000") is None


def decoded(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def corpus_clauses() -> list[str]:
    folder = REPO / "tests" / "corpora"
    texts = [decoded(p) for p in sorted(folder.glob("heldout*/*.md")) + sorted(folder.glob("heldout*/*.txt"))]
    return [c for t in texts for c in t.replace("，", "\n").replace("。", "\n").splitlines() if c.strip()]


def test_same_cuts_and_tags_on_the_corpora(reference) -> None:  # type: ignore[no-untyped-def]
    tokenizer, tagger = reference
    clauses = corpus_clauses()
    assert len(clauses) > 500
    jieba = jieba_module()
    for clause in clauses:
        assert jieba.lcut(clause) == tokenizer.lcut(clause), clause
        assert pos_tags(clause) == [(p.word, p.flag) for p in tagger.cut(clause)], clause


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一般公共预算拨款收入项目支出执行率绩效自评检查企业家次万元年度完成0123456789.%，。ab ", max_size=40))
def test_same_cuts_and_tags_on_generated_text(reference, text: str) -> None:  # type: ignore[no-untyped-def]
    tokenizer, tagger = reference
    assert jieba_module().lcut(text) == tokenizer.lcut(text)
    assert pos_tags(text) == [(p.word, p.flag) for p in tagger.cut(text)]


def test_jieba_is_imported_without_pkg_resources() -> None:
    script = ("import sys; from schemas.text.nlp import pos_tags; pos_tags('预算执行'); "
              "assert 'pkg_resources' not in sys.modules")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
