"""The pipeline's version: the release plus a digest of the code and vocabularies that make facts.

Resumable ingestion skips a file stored at the same version, so the version must
change whenever what the pipeline would extract can change: any module of
`pipeline/`, `extractors/` or `schemas/`, or any vocabulary file. Hashing those
(about 150 small files) costs a few milliseconds at start-up.
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

RELEASE = "0.1.0"
_PACKAGES = ("pipeline", "extractors", "schemas")
_SUFFIXES = (".py", ".tsv", ".txt", ".json")


def source_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in _SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def pipeline_version() -> str:
    return f"{RELEASE}+{source_digest(Path(__file__).resolve().parents[1])}"


@functools.lru_cache(maxsize=1)
def _cached() -> str:
    return pipeline_version()


def __getattr__(name: str) -> str:
    # `from pipeline.version import PIPELINE_VERSION` hashes the sources on first use only.
    if name == "PIPELINE_VERSION":
        return _cached()
    raise AttributeError(name)
