"""The HTML report's validation section: the last `jixiao validate` run, carried in the page.

Read from the `validations` table (suites, failed expectations with up to three of their
rows) and from `reports` (the files nobody could read, which the expectations do not judge),
so the report needs nothing else to show it — no CDN, unlike GX's own Data Docs. When the
run built Data Docs (`jixiao validate --docs DIR`), the section links their index.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

import duckdb

from pipeline.outputs.charts import esc
from pipeline.storage.reviews import has_column, has_table
from schemas.messages import t

UNREADABLE_SHOWN = 50


@dataclass(frozen=True)
class FailedExpectation:
    suite: str
    expectation: str
    severity: str
    unexpected: int
    examples: tuple[dict[str, str | None], ...] = ()
    exception: str | None = None


@dataclass(frozen=True)
class ValidationView:
    run_id: str | None = None
    run_at: datetime | None = None
    passed: int = 0
    total: int = 0
    by_suite: dict[str, tuple[int, int]] = field(default_factory=dict)  # suite -> (passed, total)
    failed: tuple[FailedExpectation, ...] = ()
    docs_index: str | None = None
    unreadable: tuple[tuple[str, str, str | None], ...] = ()  # (path, status, error)


def load_validation(con: duckdb.DuckDBPyConnection) -> ValidationView:
    unreadable = tuple(con.execute(
        "SELECT source_path, status, error FROM reports WHERE status NOT IN ('ok', 'partial') "
        "ORDER BY status, source_path").fetchall())
    if not has_table(con, "validations"):
        return ValidationView(unreadable=unreadable)
    latest = con.execute("SELECT run_id, max(run_at) FROM validations GROUP BY run_id ORDER BY 2 DESC LIMIT 1"
                         ).fetchall()
    if not latest:
        return ValidationView(unreadable=unreadable)
    run_id, run_at = latest[0]
    extra = ", examples, docs_index" if has_column(con, "validations", "examples") else ", NULL, NULL"
    rows = con.execute(f"SELECT suite, expectation, severity, success, unexpected_count, exception{extra} "
                       "FROM validations WHERE run_id = ? ORDER BY suite, expectation", [run_id]).fetchall()
    by_suite: dict[str, tuple[int, int]] = {}
    failed = []
    docs = None
    for suite, name, severity, success, unexpected, exception, examples, docs_index in rows:
        ok, total = by_suite.get(suite, (0, 0))
        by_suite[suite] = (ok + bool(success), total + 1)
        docs = docs or docs_index
        if not success:
            failed.append(FailedExpectation(suite, name, severity or "", int(unexpected or 0),
                                            tuple(json.loads(examples)) if examples else (), exception))
    failed.sort(key=lambda f: (f.severity != "error", f.suite, f.expectation))
    return ValidationView(run_id, run_at, sum(ok for ok, _ in by_suite.values()), len(rows), by_suite,
                          tuple(failed), docs, unreadable)


def docs_href(docs_index: str, report_path: Path | None) -> str:
    """A link to the Data Docs index: relative to the report when it can be, else the absolute path."""
    parsed = urlparse(docs_index)
    path = Path(unquote(parsed.path)) if parsed.scheme == "file" else Path(docs_index)
    if report_path is not None:
        try:
            return Path(os.path.relpath(path, report_path.resolve().parent)).as_posix()
        except ValueError:  # another drive on Windows
            pass
    return path.as_posix()


def render_validation(view: ValidationView, report_path: Path | None = None) -> str:
    parts = []
    if view.run_id is None:
        parts.append(f'<p class="note">{esc(t("html.validation_none"))}</p>')
    else:
        when = view.run_at.strftime("%Y-%m-%d %H:%M") if view.run_at else ""
        verdict = "bad" if any(f.severity == "error" for f in view.failed) else "ok"
        parts.append(f'<p class="{verdict}">{esc(t("html.validation_summary", run_id=view.run_id, when=when, passed=view.passed, total=view.total))}</p>')
        cells = "".join(f"<tr><td>{esc(suite)}</td><td class=\"num\">{ok}/{total}</td></tr>"
                        for suite, (ok, total) in view.by_suite.items())
        parts.append(f'<table class="plain" id="validation-suites"><thead><tr><th>{esc(t("validate.col_suite"))}</th>'
                     f'<th class="num">{esc(t("validate.col_passed"))}</th></tr></thead><tbody>{cells}</tbody></table>')
        if view.failed:
            rows = []
            for f in view.failed:
                examples = "<br>".join(esc(f"{Path(e.get('source_file') or '?').name} "
                                           f"({(e.get('report_id') or 'null')[:8]}): {e.get('value')}")
                                       for e in f.examples)
                if f.exception:
                    examples = esc(t("validate.exception", message=f.exception))
                rows.append(f'<tr class="{esc(f.severity)}"><td>{esc(f.suite)}</td><td>{esc(f.expectation)}</td>'
                            f'<td>{esc(t("severity." + f.severity) if f.severity else "")}</td>'
                            f'<td class="num">{f.unexpected}</td><td>{examples}</td></tr>')
            parts.append(
                f'<h3>{esc(t("html.validation_failed", n=len(view.failed)))}</h3><table class="plain" id="validation-failed">'
                f'<thead><tr><th>{esc(t("validate.col_suite"))}</th><th>{esc(t("validate.col_expectation"))}</th>'
                f'<th>{esc(t("html.severity"))}</th><th class="num">{esc(t("validate.col_unexpected"))}</th>'
                f'<th>{esc(t("validate.col_examples"))}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
        if view.docs_index:
            href = docs_href(view.docs_index, report_path)
            parts.append(f'<p class="note">{esc(t("html.docs_link_before"))}<a href="{esc(href)}" id="data-docs">'
                         f'{esc(href)}</a>{esc(t("html.docs_link_after"))}</p>')
    if view.unreadable:
        listed = "".join(f"<tr><td>{esc(path)}</td><td>{esc(t('status.' + status))}</td><td>{esc(error or '')}</td></tr>"
                         for path, status, error in view.unreadable[:UNREADABLE_SHOWN])
        more = len(view.unreadable) - UNREADABLE_SHOWN
        parts.append(f'<h3>{esc(t("html.unreadable_title", n=len(view.unreadable)))}</h3>'
                     f'<table class="plain" id="unreadable"><thead><tr><th>{esc(t("show.field.source_path"))}</th>'
                     f'<th>{esc(t("show.field.status"))}</th><th>{esc(t("show.field.error"))}</th></tr></thead>'
                     f'<tbody>{listed}</tbody></table>'
                     + (f'<p class="note">{esc(t("validate.unreadable_more", n=more))}</p>' if more > 0 else ""))
    return "\n".join(parts)
