"""Size limits per format: a file over its limit is refused before it is read.

Reading is not the costly part of a big file: extraction is. A text report runs
at about 6 CPU seconds and 60 MB of worker memory per MB of text (measured on
the dev corpus's Markdown report repeated to 1 and 4 MB), so a 150 MB `.txt`
could never finish within the per-file time limit and memory ceiling. Its bytes
would be read, decoded and normalized first, and the worker killed after
minutes. The limits below stop such a file at once, with a reason, and its
bytes are never held in memory (the format is judged from the first bytes and,
for containers, from the ZIP/OLE directory).

| format | default limit | why |
| --- | --- | --- |
| txt, md | 10 MB | ~5 million characters: hundreds of reports, ~60 s of work |
| html | 20 MB | markup is mostly tags; the article text is a fraction of the page |
| pdf | 500 MB | pages are read one at a time (`MAX_PAGES` caps the work) |
| docx, xlsx, ofd | 100 MB | compressed XML; `guard.ZipLimits` caps the unpacked size |
| doc, xls | 50 MB | legacy binaries, converted or parsed whole |

`jixiao ingest --max-file-mb N` sets one limit for every format;
`--max-file-mb FORMAT=N` (repeatable) sets one format's.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from schemas.errors import ConfigError, ResourceLimitExceeded

DEFAULT_MAX_FILE_MB: Mapping[str, float] = MappingProxyType({
    "txt": 10, "md": 10, "html": 20, "pdf": 500, "docx": 100, "xlsx": 100, "ofd": 100, "doc": 50, "xls": 50,
})
_MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """The size limit (MB) of each format; formats not listed have none."""

    max_file_mb: Mapping[str, float] = field(default_factory=lambda: DEFAULT_MAX_FILE_MB)

    def __post_init__(self) -> None:
        for fmt, mb in self.max_file_mb.items():
            if mb <= 0:
                raise ConfigError(f"--max-file-mb for {fmt} must be positive, got {mb:g}")

    @staticmethod
    def resolve(value: None | ReadLimits | Iterable[str]) -> ReadLimits:
        """None: the defaults; or `--max-file-mb` values: `N` (every format) or `FORMAT=N`, later ones win."""
        if value is None:
            return ReadLimits()
        if isinstance(value, ReadLimits):
            return value
        limits = dict(DEFAULT_MAX_FILE_MB)
        for item in value:
            fmt, sep, number = item.partition("=")
            if not sep:
                fmt, number = "", item
            fmt = fmt.strip().lower()
            try:
                mb = float(number)
            except ValueError:
                raise ConfigError(f"--max-file-mb takes N or FORMAT=N (MB), got {item!r}") from None
            if fmt and fmt not in DEFAULT_MAX_FILE_MB:
                raise ConfigError(f"--max-file-mb: unknown format {fmt!r}; known: {', '.join(sorted(DEFAULT_MAX_FILE_MB))}")
            for name in [fmt] if fmt else list(limits):
                limits[name] = mb
        return ReadLimits(MappingProxyType(limits))

    def check(self, source_format: str, size: int, path: str) -> None:
        """Raise `ResourceLimitExceeded` when a file of this format and size is over its limit."""
        limit = self.max_file_mb.get(source_format)
        if limit is not None and size > limit * _MB:
            raise ResourceLimitExceeded(
                f"the file is {size / _MB:.0f} MB, over the {limit:g} MB limit for {source_format} files "
                "(raise it with --max-file-mb)",
                path=path,
            )
