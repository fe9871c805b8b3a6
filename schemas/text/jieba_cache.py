"""jieba's dictionaries read by first character, when first needed.

jieba loads its whole prefix dictionary at first use (500,000 words and prefixes
from a marshal cache, ~0.7 s) and `jieba.posseg` parses dict.txt once more for
the POS tags (~0.3 s): a second of every worker's start-up, before its first
file, and most of the wall time of a one-file ingest. A report looks up a few
thousand strings, starting with a few hundred distinct characters.

So both tables are stored once per machine, cut by first character (every
prefix of a word starts with the word's first character), in one file beside
jieba's own cache: an index, then one marshal blob per character. `ShardedTable`
is a dict that loads a character's blob the first time a key starting with it is
asked for; entries set before (the user dictionary's words) are kept. The tables
are built by jieba's own code (`Tokenizer.gen_pfdict`, and the line format
`POSTokenizer.load_word_tag` reads), so lookups answer exactly what jieba's would:
tests/schemas/text/test_jieba_cache.py compares the whole tables and the cuts and
tags of the corpora's text with a normally loaded jieba.

If the file cannot be written or read, jieba loads its dictionary the usual way.
"""
from __future__ import annotations

import hashlib
import io
import marshal
import mmap
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FORMAT = b"jixiao-jieba-1\n"
_HEADER = 8  # big-endian length of the marshalled index after FORMAT


class ShardedTable(dict):  # type: ignore[type-arg]
    """A dict whose entries are loaded by first character on first lookup.

    Entries set before their character is loaded (the user dictionary's words and
    tags) win over the stored ones, as they would over jieba's own table.
    """

    def __init__(self, blob: Any, index: dict[str, tuple[int, int]]) -> None:
        super().__init__()
        self._blob = blob
        self._index = index
        self._loaded: set[str] = set()
        self._set_early: dict[str, dict[Any, Any]] = {}  # by first character, not loaded yet

    def _fill(self, key: Any) -> None:
        first = key[:1] if isinstance(key, str) else ""
        if first in self._loaded:
            return
        self._loaded.add(first)
        where = self._index.get(first)
        if where is not None:
            offset, length = where
            dict.update(self, marshal.loads(self._blob[offset:offset + length]))
        dict.update(self, self._set_early.pop(first, {}))

    def __setitem__(self, key: Any, value: Any) -> None:
        first = key[:1] if isinstance(key, str) else ""
        if first not in self._loaded:
            self._set_early.setdefault(first, {})[key] = value
        dict.__setitem__(self, key, value)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        self._fill(key)
        return dict.__contains__(self, key)

    def __missing__(self, key: Any) -> Any:
        self._fill(key)
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            self._fill(key)
        return dict.get(self, key, default)

    def load_all(self) -> dict[Any, Any]:
        """Every entry (for tests and inspection)."""
        for first in list(self._index):
            self._fill(first)
        return dict(self)


def import_jieba() -> Any:
    """jieba, imported without pkg_resources.

    jieba._compat imports pkg_resources only to open jieba's own data files, and
    pkg_resources scans every installed distribution when imported (0.1-0.5 s
    here); without it jieba opens the same files by path.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import` raises ImportError
    try:
        import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


def dictionary_path(jieba: Any) -> Path:
    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def cache_path(jieba: Any) -> Path:
    stat = dictionary_path(jieba).stat()
    key = f"{jieba.__version__}|{stat.st_size}|{stat.st_mtime_ns}|{FORMAT!r}"
    return Path(tempfile.gettempdir()) / f"jixiao-jieba-{hashlib.sha256(key.encode()).hexdigest()[:16]}.dict"


def build_tables(jieba: Any) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's prefix table and total (its own gen_pfdict) and the POS tags (load_word_tag's format)."""
    path = dictionary_path(jieba)
    with path.open("rb") as stream:
        freq, total = jieba.Tokenizer.gen_pfdict(stream)
    tags: dict[str, str] = {}
    with path.open("rb") as stream:
        for line in stream:
            text = line.strip().decode("utf-8")
            if text:
                word, _, tag = text.split(" ")
                tags[word] = tag
    return freq, total, tags


def _by_first(table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    shards: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        shards.setdefault(key[:1], {})[key] = value
    return shards


def write_cache(jieba: Any, path: Path) -> None:
    freq, total, tags = build_tables(jieba)
    blobs: list[bytes] = []
    indexes: list[dict[str, tuple[int, int]]] = []
    offset = 0
    for table in (freq, tags):
        index = {}
        for first, shard in _by_first(table).items():
            blob = marshal.dumps(shard)
            index[first] = (offset, len(blob))
            blobs.append(blob)
            offset += len(blob)
        indexes.append(index)
    head = marshal.dumps((total, indexes[0], indexes[1]))
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(FORMAT + len(head).to_bytes(_HEADER, "big") + head + b"".join(blobs))
    os.replace(temp, path)  # atomic: a process reading the cache never sees half of it


def read_cache(path: Path) -> tuple[ShardedTable, int, ShardedTable]:
    with path.open("rb") as stream:
        blob = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    if blob[:len(FORMAT)] != FORMAT:
        raise ValueError(f"{path} is not a jixiao jieba cache")
    size = int.from_bytes(blob[len(FORMAT):len(FORMAT) + _HEADER], "big")
    start = len(FORMAT) + _HEADER
    total, freq_index, tag_index = marshal.loads(blob[start:start + size])
    body = memoryview(blob)[start + size:]
    return ShardedTable(body, freq_index), total, ShardedTable(body, tag_index)


def _tables(jieba: Any) -> tuple[ShardedTable, int, ShardedTable] | None:
    try:
        path = cache_path(jieba)
        if not path.exists():
            write_cache(jieba, path)
        return read_cache(path)
    except (OSError, ValueError, EOFError, TypeError) as exc:
        jieba.default_logger.debug("jieba by first character unavailable (%s): loading it whole", exc)
        return None


_TAGS: list[ShardedTable] = []


def install(jieba: Any) -> bool:
    """Give jieba's default tokenizer the table read by first character; False if it stays jieba's own."""
    dt = jieba.dt
    if dt.initialized or dt.dictionary != jieba.DEFAULT_DICT:
        return False
    tables = _tables(jieba)
    if tables is None:
        return False
    freq, total, tags = tables
    with dt.lock:
        dt.FREQ, dt.total, dt.initialized = freq, total, True
    _TAGS.append(tags)
    return True


def import_posseg(jieba: Any) -> Any:
    """`jieba.posseg`, its tag table the one read by first character when `install` succeeded."""
    if not _TAGS or "jieba.posseg" in sys.modules:
        import jieba.posseg as posseg

        return posseg
    with _empty_dictionary_file(jieba):  # posseg's import would parse dict.txt for its tags
        import jieba.posseg as posseg
    posseg.dt.word_tag_tab = _TAGS[0]
    return posseg


@contextmanager
def _empty_dictionary_file(jieba: Any) -> Iterator[None]:
    original = jieba.Tokenizer.get_dict_file
    jieba.Tokenizer.get_dict_file = lambda self: io.BytesIO(b"")
    try:
        yield
    finally:
        jieba.Tokenizer.get_dict_file = original
