"""The dataset for analysts: pandas DataFrames of the contract tables and the comparison views.

    from pipeline import open_dataset

    with open_dataset("jixiao.duckdb") as ds:
        ds.reports                      # one DataFrame per contract table
        ds.table("budget_items")
        ds.comparison(year=2022, region="广州")
        ds.year_over_year("应急管理局")
        ds.sql("SELECT department, count(*) FROM reports GROUP BY 1")

Money and rates keep their exact `decimal.Decimal` values (object columns, yuan and
percent as stored); `frame[col].astype(float)` when a plot needs floats. Integer
columns with gaps are pandas nullable integers, so a missing year stays `<NA>`.
"""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.outputs.compare import (
    COLUMNS,
    RULE_COLUMNS,
    YOY_COLUMNS,
    ComparisonFilter,
    comparison_rows,
    flags_by_rule,
    sort_rows,
    year_over_year,
)
from pipeline.storage.store import DEFAULT_DB, Store
from schemas.errors import ConfigError
from schemas.tables import CONTRACT_TABLES

TABLE_NAMES: tuple[str, ...] = tuple(spec.name for spec in CONTRACT_TABLES)
_INT_TYPES = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
              pa.int64(): pd.Int64Dtype()}


def _frame(records: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    for col in ("fiscal_year", "previous_year", "n_projects", "n_errors", "n_warnings", "n_flags", "n_reports"):
        if col in frame.columns:
            frame[col] = frame[col].astype("Int64")
    return frame


class Dataset:
    """A read-only view of one DuckDB dataset."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.path = store.path

    # --- contract tables ---
    def table(self, name: str) -> pd.DataFrame:
        if name not in TABLE_NAMES:
            raise ConfigError(f"no table {name!r}; tables: {', '.join(TABLE_NAMES)}")
        return self.sql(f"SELECT * FROM {name}")

    @property
    def reports(self) -> pd.DataFrame:
        return self.table("reports")

    @property
    def budget_items(self) -> pd.DataFrame:
        return self.table("budget_items")

    @property
    def projects(self) -> pd.DataFrame:
        return self.table("projects")

    @property
    def indicators(self) -> pd.DataFrame:
        return self.table("indicators")

    @property
    def metrics(self) -> pd.DataFrame:
        return self.table("metrics")

    @property
    def flags(self) -> pd.DataFrame:
        return self.table("flags")

    @property
    def findings(self) -> pd.DataFrame:
        return self.table("findings")

    def sql(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Any read query; DECIMAL columns come back as `Decimal`, not float."""
        relation = self._store.con.sql(query, params=params)
        arrow = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
        return arrow.to_pandas(types_mapper=_INT_TYPES.get)

    # --- comparison views (see pipeline.outputs.compare) ---
    def comparison(self, year: int | None = None, region: str | None = None, kind: str | None = None,
                   department: str | None = None, by: str | None = None) -> pd.DataFrame:
        """One row per ok/partial report: budget, spending, stated and computed rate, shares, flags."""
        filt = ComparisonFilter(year=year, region=region, kind=kind, department=department)
        rows = sort_rows(comparison_rows(self._store.con, filt), by)
        return _frame([asdict(r) for r in rows], COLUMNS)

    def year_over_year(self, department: str | None = None, kind: str | None = None) -> pd.DataFrame:
        """Each department's reports across years, with changes against the previous year."""
        rows = comparison_rows(self._store.con, ComparisonFilter(kind=kind, department=department))
        return _frame([asdict(r) for r in year_over_year(rows)], YOY_COLUMNS)

    def flags_by_rule(self, year: int | None = None, region: str | None = None, kind: str | None = None,
                      department: str | None = None) -> pd.DataFrame:
        filt = ComparisonFilter(year=year, region=region, kind=kind, department=department)
        return _frame([asdict(r) for r in flags_by_rule(self._store.con, filt)], RULE_COLUMNS)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Dataset({self.path!r})"


def open_dataset(db: str | Path = DEFAULT_DB) -> Dataset:
    """Open a dataset written by `jixiao ingest` (read-only; raises StoreError if it cannot be opened)."""
    return Dataset(Store(db, read_only=True))
