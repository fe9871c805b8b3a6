"""What `show`, `flags`, `rules` and `forget` print (argument parsing stays in app.py; `ingest`
lives in `pipeline.cli.ingest`, which keeps its imports light).

Terminal output is for people: in their language (`schemas.messages`), money in 万元 with
separators, document text stripped of control characters, at most 100 columns wide without
breaking an item code. `--json` output is for scripts: exact values (decimals as strings, yuan).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.markup import escape

from pipeline.cli.consoles import FreshConsole
from pipeline.cli.lookup import find_report
from pipeline.cli.views import json_value, print_flag, report_sections
from pipeline.outputs.flagview import FlagFilter, load_flags
from pipeline.storage.ledger import other_paths
from pipeline.storage.rows import stored_path
from pipeline.storage.store import Store
from schemas.errors import DatabaseMissing, NothingFound
from schemas.messages import resolve_lang, rule_title, t
from schemas.safe_text import terminal_text

console: Any = FreshConsole()
err_console: Any = FreshConsole(stderr=True)


def shown_path(path: str) -> str:
    """A path printable on any terminal: bytes that are not UTF-8 as \\xNN, as the database stores it."""
    return stored_path(str(path))[0]


# --- show ----------------------------------------------------------------------------------------

def show_command(key: str, db: str, as_json: bool = False) -> int:
    with Store(db, read_only=True) as store:
        report = find_report(store.con, shown_path(key))
        sections = report_sections(store.con, report["report_id"])
        flags = load_flags(store.con, FlagFilter(report_ids=(report["report_id"],)))
        # Copies of the same bytes: one report for all of them (the `files` ledger).
        also = other_paths(store.con, report["report_id"], report["source_path"])
    if as_json:
        payload = {"report": {k: json_value(v) for k, v in report.items()}, "also_at": also,
                   **{name: [{k: json_value(v) for k, v in row.items()} for row in rows]
                      for name, (rows, _) in sections.items()},
                   "flags": [f.as_json() for f in flags]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    from pipeline.cli.views import print_report

    print_report(console, report, sections, flags)
    if also:
        console.print(f"[bold]{escape(t('show.also_at', n=len(also)))}[/bold]: "
                      f"{escape(terminal_text(', '.join(also)))}")
    return 0


# --- flags ---------------------------------------------------------------------------------------

def flags_command(db: str, filt: FlagFilter, report: str | None = None, as_json: bool = False) -> int:
    from dataclasses import replace

    with Store(db, read_only=True) as store:
        if report is not None:
            filt = replace(filt, report_ids=(find_report(store.con, report)["report_id"],))
        flags = load_flags(store.con, filt)
    if as_json:
        print(json.dumps([f.as_json() for f in flags], ensure_ascii=False, indent=2))
    if not flags and filt.narrowed:
        raise NothingFound(t("flags.none_match"))
    if as_json:
        return 0
    counts = {s: sum(f.severity == s for f in flags) for s in ("error", "warning", "info")}
    console.print(escape(t("flags.title", n=len(flags), errors=counts["error"], warnings=counts["warning"],
                           infos=counts["info"], open=sum(f.is_open and f.severity != "info" for f in flags))))
    for f in flags:
        print_flag(console, f, with_file=True)
    return 0


# --- rules ---------------------------------------------------------------------------------------

def rules_catalog() -> dict[str, str]:
    """Every rule id with its English doc: per-report rules, the resolver's, the cross-report checks."""
    from pipeline.extraction.resolve import RESOLVER_RULES
    from pipeline.rules import all_rules
    from pipeline.validation.crosschecks import CROSS_RULES

    return {spec.id: spec.doc for spec in all_rules().values()} | CROSS_RULES | RESOLVER_RULES


def rules_command(as_json: bool = False) -> int:
    docs = rules_catalog()
    lang = resolve_lang()
    rows = [{"id": rule_id, "title": rule_title(rule_id, lang, fallback=docs[rule_id])} for rule_id in sorted(docs)]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from rich.table import Table

    table = Table(box=None, show_header=True, pad_edge=False)
    table.add_column(t("rules.col_id"), no_wrap=True, style="bold")
    table.add_column(t("rules.col_title"), overflow="fold")
    for row in rows:
        table.add_row(row["id"], escape(row["title"]))
    console.print(table)
    return 0


def forget_command(keys: list[str], db: str, dry_run: bool) -> int:
    """Remove reports ingested by mistake (every table, ledger included); 1 when nothing matches."""
    from pipeline.storage.forget import apply_forget, plan_forget

    if not Path(db).is_file():
        raise DatabaseMissing(t("error.db_missing", db=db))
    with Store(db) as store:
        plan = plan_forget(store.con, keys)
        if not dry_run:
            apply_forget(store.con, plan)
    key = "forget.would" if dry_run else "forget.done"
    console.print(escape(t(key, reports=len(plan.reports), paths=len(plan.paths))))
    for r in plan.reports:
        console.print(f"  {r.report_id[:16]}  {r.status:12} {escape(terminal_text(r.source_path))}"
                      + (f" — {escape(terminal_text(r.error))}" if r.error else ""))
    for rid, path in plan.moved:
        console.print(f"  {rid[:16]}  " + escape(t("forget.kept", path=terminal_text(path))))
    counted = ", ".join(f"{table} {n}" for table, n in plan.rows.items() if n)
    if counted:
        console.print("  " + escape(t("forget.rows", rows=counted)))
    return 0
