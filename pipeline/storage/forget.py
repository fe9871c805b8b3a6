"""`jixiao forget`: take out of the dataset what was ingested by mistake, ledger included.

A key is a path as given to `ingest` (a file, or a folder: everything under
it), or a report_id prefix. A path's report goes with it unless another path
of the ledger still holds the same bytes: then the report stays, under that
path. A report key takes the report and every path of it. Nothing else is
touched: a failed, needs_ocr or not_a_report row is a record of what
happened, and stays until its path is forgotten.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb

from pipeline.storage.rows import stored_path
from schemas.errors import AmbiguousKey, NothingFound, UsageError
from schemas.tables import CHILD_TABLES, CONTRACT_TABLES

_HEX = re.compile(r"[0-9a-f]{4,64}")
MAX_LISTED = 8


@dataclass(frozen=True)
class ForgottenReport:
    report_id: str
    source_path: str
    status: str
    error: str | None


@dataclass
class ForgetPlan:
    reports: list[ForgottenReport] = field(default_factory=list)  # removed with every row of theirs
    paths: list[str] = field(default_factory=list)  # ledger rows removed
    moved: list[tuple[str, str]] = field(default_factory=list)  # (report_id, path): kept, now under that path
    rows: dict[str, int] = field(default_factory=dict)  # rows removed per table

    @property
    def empty(self) -> bool:
        return not (self.reports or self.paths or self.moved)


def _norm(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def _path_matches(stored: str, key: str) -> bool:
    """The same path as given, or the same file or a file under the folder once both are made absolute."""
    if stored == key:
        return True
    a, b = _norm(stored), _norm(key)
    return a == b or a.startswith(b.rstrip(os.sep) + os.sep)


def _report_ids_by_prefix(con: duckdb.DuckDBPyConnection, key: str) -> list[str]:
    if not _HEX.fullmatch(key.lower()):
        return []
    return [r[0] for r in con.execute(
        "SELECT report_id FROM reports WHERE report_id LIKE ? ORDER BY report_id", [key.lower() + "%"]).fetchall()]


def plan_forget(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> ForgetPlan:
    """What forgetting these keys removes; NothingFound for a key that matches nothing, AmbiguousKey for an id prefix of several."""
    ledger = con.execute("SELECT path, report_id FROM files").fetchall()
    reports = {r[0]: ForgottenReport(*r) for r in con.execute(
        "SELECT report_id, source_path, status, error FROM reports").fetchall()}
    paths_of: dict[str, set[str]] = {rid: {r.source_path} for rid, r in reports.items()}
    for path, rid in ledger:
        paths_of.setdefault(rid, set()).add(path)

    forgotten_paths: set[str] = set()
    whole_reports: set[str] = set()
    for raw_key in keys:
        key = stored_path(raw_key)[0]
        if not key.strip():
            raise UsageError("an empty key matches nothing",
                             hint="give a path as it was ingested or a report id prefix")
        by_path = {p for ps in paths_of.values() for p in ps if _path_matches(p, key)}
        if by_path:
            forgotten_paths |= by_path
            continue
        ids = _report_ids_by_prefix(con, key)
        if len(ids) > 1:
            listed = ", ".join(f"{rid[:16]} ({reports[rid].source_path})" for rid in ids[:MAX_LISTED])
            raise AmbiguousKey(f"{key!r} is the start of {len(ids)} report ids: {listed}")
        if not ids:
            raise NothingFound(f"nothing in the dataset matches {key!r}",
                               hint="give a path as it was ingested (a file or a folder) or a report id prefix "
                                    "(`jixiao show` prints it)")
        whole_reports.add(ids[0])

    plan = ForgetPlan()
    for rid, paths in sorted(paths_of.items()):
        if rid in whole_reports:
            forgotten_paths |= paths
    for rid, paths in sorted(paths_of.items()):
        if not paths & forgotten_paths:
            continue
        remaining = sorted(paths - forgotten_paths)
        report = reports.get(rid)
        if report is None:
            continue  # a ledger row whose report is gone: its path is removed below
        if not remaining or rid in whole_reports:
            plan.reports.append(report)
        elif report.source_path in forgotten_paths:
            plan.moved.append((rid, remaining[0]))
    plan.paths = sorted(p for p, _ in ledger if p in forgotten_paths)
    ids = [r.report_id for r in plan.reports]
    for spec in CONTRACT_TABLES:
        (n,) = con.execute(f"SELECT count(*) FROM {spec.name} WHERE report_id IN (SELECT unnest(?))",
                           [ids]).fetchone() or (0,)
        plan.rows[spec.name] = int(n)
    plan.rows["files"] = len(plan.paths)
    return plan


def apply_forget(con: duckdb.DuckDBPyConnection, plan: ForgetPlan) -> None:
    """Carry the plan out in one transaction."""
    ids = [r.report_id for r in plan.reports]
    con.execute("BEGIN TRANSACTION")
    try:
        for spec in (*CHILD_TABLES, CONTRACT_TABLES[0]):
            con.execute(f"DELETE FROM {spec.name} WHERE report_id IN (SELECT unnest(?))", [ids])
        con.execute("DELETE FROM files WHERE path IN (SELECT unnest(?)) OR report_id IN (SELECT unnest(?))",
                    [plan.paths, ids])
        for rid, path in plan.moved:
            con.execute("UPDATE reports SET source_path = ?, source_path_bytes = "
                        "(SELECT path_bytes FROM files WHERE path = ?) WHERE report_id = ?", [path, path, rid])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
