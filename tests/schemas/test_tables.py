"""The dataset contract: the tables, their columns and types, as DuckDB creates them."""
from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest

from schemas.tables import (
    BUDGET_ITEMS,
    CHILD_TABLES,
    CONTRACT_TABLES,
    ITEM_CODES,
    RATE_ITEMS,
    REPORTS,
    Column,
    TableSpec,
)


def test_ddl() -> None:
    spec = TableSpec("t", (Column("id", "VARCHAR", nullable=False), Column("value", "DECIMAL(18,2)")))
    assert spec.ddl() == "CREATE TABLE IF NOT EXISTS t (\n  id VARCHAR NOT NULL,\n  value DECIMAL(18,2)\n)"
    assert spec.column_names == ["id", "value"]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    for spec in CONTRACT_TABLES:
        con.execute(spec.ddl())
        con.execute(spec.ddl())  # IF NOT EXISTS: creating twice is harmless
    return con


def test_duckdb_creates_every_table_with_its_columns_in_order(con: duckdb.DuckDBPyConnection) -> None:
    for spec in CONTRACT_TABLES:
        got = [r[0] for r in con.execute(f"DESCRIBE {spec.name}").fetchall()]
        assert got == spec.column_names


def test_money_is_exact_decimal_and_required_columns_are_enforced(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT INTO budget_items (report_id, item, value) VALUES ('r', 'budget_initial', 26266300.005)")
    assert con.execute("SELECT value FROM budget_items").fetchone() == (Decimal("26266300.0050"),)
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO budget_items (report_id, item) VALUES ('r', 'budget_initial')")


def test_every_child_table_belongs_to_a_report() -> None:
    assert CONTRACT_TABLES[0] is REPORTS and REPORTS not in CHILD_TABLES
    for spec in CHILD_TABLES:
        (report_id,) = [c for c in spec.columns if c.name == "report_id"]
        assert not report_id.nullable


def test_item_codes() -> None:
    assert len(ITEM_CODES) == len(set(ITEM_CODES)) and RATE_ITEMS <= set(ITEM_CODES)
    assert "item" in BUDGET_ITEMS.column_names and all(c.islower() or c == "_" for c in "".join(ITEM_CODES))
