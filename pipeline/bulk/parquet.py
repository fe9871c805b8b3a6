"""The dataset as Parquet partitioned by fiscal year, for DuckDB, pandas and Spark.

Layout (Hive style, what all three read as a partitioned dataset):

    DIR/reports/fiscal_year=2022/part-0.parquet
    DIR/metrics/fiscal_year=2022/part-0.parquet
    DIR/metrics/fiscal_year=__HIVE_DEFAULT_PARTITION__/part-0.parquet   (year unknown)

Child tables carry their report's fiscal_year only as the partition key. The
export streams from DuckDB in record batches (memory stays flat whatever the
size) into a staging folder, then swaps each table folder into place, so a
reader never sees a half-written table and an interrupted export leaves the
previous one.
"""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas.tables import CONTRACT_TABLES

PARTITION_COLUMN = "fiscal_year"
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
ROWS_PER_BATCH = 65_536
# Started with "_" so Spark, pyarrow and DuckDB globs of *.parquet all pass it by.
STAGING_PREFIX = "_staging-"


def table_query(name: str) -> str:
    if name == "reports":
        return "SELECT * FROM reports"
    return (f"SELECT t.*, r.{PARTITION_COLUMN} FROM {name} t "
            f"LEFT JOIN reports r ON t.report_id = r.report_id")


def _partitioning() -> ds.Partitioning:
    return ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.int32())]), flavor="hive")


def write_table_dataset(con: duckdb.DuckDBPyConnection, name: str, target: Path) -> list[Path]:
    reader = con.sql(table_query(name)).to_arrow_reader(ROWS_PER_BATCH)
    ds.write_dataset(
        reader, target, format="parquet", partitioning=_partitioning(),
        basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
    )
    files = sorted(target.rglob("*.parquet"))
    if not files:
        # An empty table still gets one (empty) file, so readers find the table and its columns.
        empty_dir = target / f"{PARTITION_COLUMN}={NULL_PARTITION}"
        empty_dir.mkdir(parents=True, exist_ok=True)
        schema = pa.schema([f for f in reader.schema if f.name != PARTITION_COLUMN])
        pq.write_table(schema.empty_table(), empty_dir / "part-0.parquet")
        files = [empty_dir / "part-0.parquet"]
    return files


def export_partitioned(con: duckdb.DuckDBPyConnection, out_dir: str | Path) -> list[Path]:
    """Write every contract table under OUT_DIR/<table>/fiscal_year=<year>/part-<i>.parquet."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f"{STAGING_PREFIX}*"):  # left by an export that was killed
        shutil.rmtree(stale, ignore_errors=True)
    staging = out / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
    written: list[Path] = []
    try:
        staged = {spec.name: write_table_dataset(con, spec.name, staging / spec.name) for spec in CONTRACT_TABLES}
        for name, files in staged.items():
            final = out / name
            old = out / f"{STAGING_PREFIX}old-{name}"
            if final.exists():
                final.rename(old)
            (staging / name).rename(final)
            shutil.rmtree(old, ignore_errors=True)
            written += [final / f.relative_to(staging / name) for f in files]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def read_partitioned_sql(out_dir: str | Path, table: str) -> str:
    """The DuckDB expression that reads one exported table back (as in docs/bulk.md)."""
    pattern = str(Path(out_dir) / table / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning = true)"
