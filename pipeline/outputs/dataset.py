"""The dataset for analysts: pandas DataFrames of the contract tables and the comparison views.

    from pipeline import open_dataset

    with open_dataset("jixiao.duckdb") as ds:
        ds.reports                      # one DataFrame per contract table
        ds.table("budget_items")
        ds.comparison(year=2022, region="广州")
        ds.year_over_year("应急管理局")
        ds.sql("SELECT department, count(*) FROM reports GROUP BY 1")

Every column is Arrow-backed (`pd.ArrowDtype`), so a missing value is always `<NA>` (`pd.NA`),
whatever the column's type. Money and rates are exact decimals,
`pd.ArrowDtype(pa.decimal128(...))` — numeric: `frame.budget / 10000`, `sum()`, `mean()`,
comparisons work and stay exact. `open_dataset(db, as_float=True)` (or `as_float=True` on a
call) gives `double[pyarrow]` instead, for what needs floats: `describe()` (pandas cannot
describe decimal columns yet), statistics, plotting libraries.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.outputs.compare import (
    COLUMNS,
    COUNT_COLUMNS,
    MONEY_COLUMNS,
    PERCENT_COLUMNS,
    RULE_COLUMNS,
    YOY_COLUMNS,
    YOY_PERCENT_COLUMNS,
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
MONEY_TYPE = pa.decimal128(18, 2)  # yuan, as stored
RATE_TYPE = pa.decimal128(18, 4)  # percent, scores, changes
_INTEGERS = COUNT_COLUMNS | {"fiscal_year", "previous_year", "n_flags", "n_reports"}
_DECIMALS4 = PERCENT_COLUMNS | YOY_PERCENT_COLUMNS | {"self_score", "score_change"}


def _view_type(column: str) -> pa.DataType:
    if column in _INTEGERS:
        return pa.int64()
    if column in MONEY_COLUMNS:
        return MONEY_TYPE
    if column in _DECIMALS4:
        return RATE_TYPE
    return pa.string()


def to_pandas(table: pa.Table, as_float: bool = False) -> pd.DataFrame:
    """An Arrow table as an all-Arrow DataFrame: decimals exact (or doubles), one missing marker."""
    if as_float:
        fields = [pa.field(f.name, pa.float64()) if pa.types.is_decimal(f.type) else f for f in table.schema]
        table = table.cast(pa.schema(fields))
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _frame(records: list[dict[str, Any]], columns: Sequence[str], as_float: bool) -> pd.DataFrame:
    schema = pa.schema([pa.field(c, _view_type(c)) for c in columns])
    rows = [{c: r.get(c) for c in columns} for r in records]
    return to_pandas(pa.Table.from_pylist(rows, schema=schema), as_float)


class Dataset:
    """A read-only view of one DuckDB dataset."""

    def __init__(self, store: Store, as_float: bool = False) -> None:
        self._store = store
        self.path = store.path
        self.as_float = as_float

    def _float(self, as_float: bool | None) -> bool:
        return self.as_float if as_float is None else as_float

    # --- contract tables ---
    def table(self, name: str, as_float: bool | None = None) -> pd.DataFrame:
        if name not in TABLE_NAMES:
            raise ConfigError(f"no table {name!r}; tables: {', '.join(TABLE_NAMES)}")
        return self.sql(f"SELECT * FROM {name}", as_float=as_float)

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

    def sql(self, query: str, params: list[Any] | None = None, as_float: bool | None = None) -> pd.DataFrame:
        """Any read query; DECIMAL columns come back exact (`decimal128[pyarrow]`), or as doubles with as_float."""
        relation = self._store.con.sql(query, params=params)
        arrow = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
        return to_pandas(arrow, self._float(as_float))

    # --- comparison views (see pipeline.outputs.compare) ---
    def comparison(self, year: int | None = None, region: str | None = None, kind: str | None = None,
                   department: str | None = None, by: str | None = None, as_float: bool | None = None,
                   review: str | None = None) -> pd.DataFrame:
        """One row per ok/partial report: budget, spending, stated and computed rate, shares, flags."""
        filt = ComparisonFilter(year=year, region=region, kind=kind, department=department,
                                review=review)  # type: ignore[arg-type]
        rows = sort_rows(comparison_rows(self._store.con, filt), by)
        return _frame([asdict(r) for r in rows], COLUMNS, self._float(as_float))

    def year_over_year(self, department: str | None = None, kind: str | None = None,
                       as_float: bool | None = None) -> pd.DataFrame:
        """Each department's reports across years, with changes against the previous year."""
        rows = comparison_rows(self._store.con, ComparisonFilter(kind=kind, department=department))
        return _frame([asdict(r) for r in year_over_year(rows)], YOY_COLUMNS, self._float(as_float))

    def flags_by_rule(self, year: int | None = None, region: str | None = None, kind: str | None = None,
                      department: str | None = None) -> pd.DataFrame:
        filt = ComparisonFilter(year=year, region=region, kind=kind, department=department)
        return _frame([asdict(r) for r in flags_by_rule(self._store.con, filt)], RULE_COLUMNS, False)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Dataset({self.path!r})"


def open_dataset(db: str | Path = DEFAULT_DB, as_float: bool = False) -> Dataset:
    """Open a dataset written by `jixiao ingest` (read-only; raises StoreError if it cannot be opened).

    as_float: money and rates as `double[pyarrow]` instead of exact `decimal128[pyarrow]`.
    """
    return Dataset(Store(db, read_only=True), as_float)
