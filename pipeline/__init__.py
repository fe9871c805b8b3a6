"""jixiao's pipeline: read -> normalize -> segment -> extract -> validate -> store.

Analysts: `from pipeline import open_dataset` (see pipeline.outputs.dataset).
"""
from __future__ import annotations

__all__ = ["PIPELINE_VERSION", "open_dataset"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # Lazy, so `jixiao --help` neither imports pandas nor hashes the sources for the version.
    if name == "PIPELINE_VERSION":
        from pipeline.version import PIPELINE_VERSION

        return PIPELINE_VERSION
    if name == "open_dataset":
        from pipeline.outputs.dataset import open_dataset

        return open_dataset
    raise AttributeError(name)
