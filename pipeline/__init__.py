"""jixiao's pipeline: read -> normalize -> segment -> extract -> validate -> store.

Analysts: `from pipeline import open_dataset` (see pipeline.dataset).
"""
from __future__ import annotations

from pipeline.version import pipeline_version

PIPELINE_VERSION = pipeline_version()

__all__ = ["PIPELINE_VERSION", "open_dataset"]


def __getattr__(name: str):  # lazy, so `jixiao --help` does not import pandas
    if name == "open_dataset":
        from pipeline.dataset import open_dataset

        return open_dataset
    raise AttributeError(name)
