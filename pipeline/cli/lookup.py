"""Finding one report from what a person types: an id prefix, a path, a file name or part of one.

Tried in order, the first step that matches anything decides: the whole id or path; an id
prefix; the file name; part of the file name (case-insensitive). Two or more matches at that
step are ambiguous (E203, the candidates listed), none at all is E500 (exit 1). Never a guess.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from schemas.errors import AmbiguousKey, NothingFound, UsageError
from schemas.messages import t
from schemas.safe_text import terminal_text

MAX_CANDIDATES = 5


def _steps(key: str) -> list[Any]:
    name = Path(key).name.lower()
    absolute = str(Path(key).resolve()) if key not in (".", "..") else key
    return [
        lambda r: r["report_id"] == key.lower() or r["source_path"] in (key, absolute),
        lambda r: len(key) >= 2 and r["report_id"].startswith(key.lower()),
        lambda r: Path(r["source_path"]).name.lower() == name,
        lambda r: key.lower() in Path(r["source_path"]).name.lower(),
    ]


def _candidates(rows: list[dict[str, Any]]) -> str:
    shown = ", ".join(f"{r['report_id'][:8]} {terminal_text(Path(r['source_path']).name)}"
                      for r in rows[:MAX_CANDIDATES])
    more = len(rows) - MAX_CANDIDATES
    return shown + (t("lookup.more", n=more) if more > 0 else "")


def find_report(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any]:
    """The one report `key` names, as a column dict of `reports`."""
    key = key.strip()
    if not key:
        raise UsageError(t("lookup.empty"), hint=t("lookup.empty_hint"))
    cur = con.execute("SELECT * FROM reports ORDER BY ingested_at DESC, source_path")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    for step in _steps(key):
        found = [r for r in rows if step(r)]
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousKey(t("lookup.ambiguous", key=key, n=len(found), candidates=_candidates(found)))
    raise NothingFound(t("lookup.none", key=key), hint=t("lookup.none_hint"))
