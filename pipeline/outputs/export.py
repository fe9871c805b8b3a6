"""`jixiao export`: the contract tables as Parquet, CSV or one XLSX workbook."""
from __future__ import annotations

from pathlib import Path

from pipeline.storage.store import Store
from schemas.errors import ConfigError
from schemas.tables import CONTRACT_TABLES

FORMATS = ("parquet", "csv", "xlsx")


def export(db: str | Path, fmt: str, out_dir: str | Path) -> list[Path]:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with Store(db, read_only=True) as store:
        tables = [spec.name for spec in CONTRACT_TABLES] + _extra_tables(store)
        if fmt == "xlsx":
            target = out / "jixiao.xlsx"
            import pandas as pd

            with pd.ExcelWriter(target, engine="openpyxl") as writer:
                for name in tables:
                    frame = store.con.execute(f"SELECT * FROM {name}").df()
                    frame.to_excel(writer, sheet_name=name, index=False)
            return [target]
        for name in tables:
            target = out / f"{name}.{fmt}"
            option = "(FORMAT PARQUET)" if fmt == "parquet" else "(HEADER, DELIMITER ',')"
            store.con.execute(f"COPY {name} TO '{_sql_path(target)}' {option}")
            written.append(target)
    return written


def _extra_tables(store: Store) -> list[str]:
    """Tables beside the contract's that the dataset holds (the validation results)."""
    have = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    return [name for name in ("validations",) if name in have]


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
