"""What `jixiao compare` and `jixiao report` print and write (argument parsing stays in cli.py)."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich import box
from rich.markup import escape
from rich.table import Table

from pipeline.cli.consoles import FreshConsole
from pipeline.cli.views import json_value
from pipeline.outputs.compare import (
    COLUMNS,
    YOY_COLUMNS,
    ComparisonFilter,
    ComparisonRow,
    YoyRow,
    comparison_rows,
    effective_rate,
    flags_by_rule,
    fmt_number,
    fmt_pct,
    fmt_wan,
    sort_rows,
    top_grade_low_rate,
    year_over_year,
)
from pipeline.storage.store import Store
from schemas.errors import NothingFound, OutputError
from schemas.messages import t
from schemas.safe_text import csv_cell, terminal_text

console: Any = FreshConsole()
err_console: Any = FreshConsole(stderr=True)


@dataclass(frozen=True)
class CompareOptions:
    filt: ComparisonFilter
    by: str | None = None
    yoy: str | None = None  # department substring: show the year-over-year view instead
    csv_path: Path | str | None = None  # a str keeps a trailing `/` (a folder) that Path would drop
    xlsx_path: Path | str | None = None
    quiet: bool = False  # no terminal table (when only writing files)
    as_json: bool = False  # the view as JSON on stdout (exact values)


def compare_command(db: str, options: CompareOptions) -> int:
    with Store(db, read_only=True) as store:
        rows = comparison_rows(store.con, options.filt)
        rules = flags_by_rule(store.con, options.filt)
    yoy = year_over_year(rows, options.yoy)
    if options.yoy is None:
        rows = sort_rows(rows, options.by)
    else:  # --by sorts the view shown; the comparison sheet follows when it has that column
        yoy = sort_rows(yoy, options.by, YOY_COLUMNS)
        rows = sort_rows(rows, options.by if options.by in COLUMNS else None)
    shown: Sequence[Any] = yoy if options.yoy is not None else rows
    if not shown:
        what = t("compare.no_yoy", department=options.yoy) if options.yoy is not None else t("compare.no_reports")
        raise NothingFound(what, hint=t("compare.none_hint") if options.filt.narrowed or options.yoy else
                           t("compare.empty_hint"))
    if options.csv_path:
        target = output_file(options.csv_path, "yoy.csv" if options.yoy is not None else "comparison.csv")
        write_csv(target, YOY_COLUMNS if options.yoy is not None else COLUMNS, shown)
        err_console.print(escape(t("wrote", path=target)))
    if options.xlsx_path:
        from pipeline.outputs.compare_xlsx import write_workbook

        target = output_file(options.xlsx_path, "comparison.xlsx")
        write_workbook(target, rows, yoy, rules)
        err_console.print(escape(t("wrote", path=target)))
    if options.as_json:
        print(json.dumps([{k: json_value(v) for k, v in asdict(r).items()} for r in shown], ensure_ascii=False,
                         indent=2))
    elif not options.quiet:
        console.print(yoy_table(yoy) if options.yoy is not None else comparison_table(rows))
    return 0


def output_file(path: Path | str, default_name: str) -> Path:
    """Where to write: a folder (existing, or written with a trailing slash) gets `default_name` inside."""
    text = str(path)
    if Path(text).is_dir() or text.endswith(("/", "\\")):
        return Path(text) / default_name
    return Path(text)


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[Any]) -> Path:
    """Data, not presentation: English column names, money in yuan, UTF-8 with a BOM so Excel reads it.

    Text cells are neutralised against formula injection (`schemas.safe_text.csv_cell`).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for r in rows:
                writer.writerow([csv_cell(getattr(r, c)) for c in columns])
    except OSError as exc:
        raise OutputError(t("error.cannot_write", path=path, reason=exc.strerror or exc)) from exc
    return path


def _kind(kind: str | None, project: str | None) -> str:
    label = t(f"kind.{kind}") if kind else ""
    return f"{label}·{project}" if project else label


def _text(value: str | None) -> str:
    return terminal_text(value or "")


# (column key, justify, value, on a narrow terminal: True both, False wide only, None narrow only)
_COMPARISON_COLUMNS: tuple[tuple[str, str, Callable[[ComparisonRow], str], bool | None], ...] = (
    ("department", "left", lambda r: _text(r.department or r.title), True),
    ("region", "left", lambda r: _text(r.region), False),
    ("fiscal_year", "right", lambda r: fmt_number(r.fiscal_year), True),
    ("kind", "left", lambda r: _text(_kind(r.kind, r.project_name)), False),
    ("budget", "right", lambda r: fmt_wan(r.budget), True),
    ("spending", "right", lambda r: fmt_wan(r.spending), True),
    ("rate_stated", "right", lambda r: fmt_pct(r.rate_stated), False),
    ("rate_computed", "right", lambda r: fmt_pct(r.rate_computed), False),
    ("rate", "right", lambda r: fmt_pct(effective_rate(r)), None),  # narrow only: computed, else stated
    ("basic_share", "right", lambda r: fmt_pct(r.basic_share), False),
    ("project_share", "right", lambda r: fmt_pct(r.project_share), False),
    ("self_score", "right", lambda r: fmt_number(r.self_score), True),
    ("grade", "center", lambda r: r.grade or "", True),
    ("n_projects", "right", lambda r: str(r.n_projects), False),
    ("n_errors", "right", lambda r: str(r.n_errors), False),
    ("n_warnings", "right", lambda r: str(r.n_warnings), False),
    ("errors_warnings", "right", lambda r: f"{r.n_errors}/{r.n_warnings}", None),
    ("n_open", "right", lambda r: str(r.n_open), True),
)
WIDE_TERMINAL = 150  # below this many columns the table keeps only the main figures
_TEXT_COLUMNS = ("department", "kind", "region")


def comparison_table(rows: Sequence[ComparisonRow], width: int | None = None) -> Table:
    narrow = (width if width is not None else console.width) < WIDE_TERMINAL
    columns = [c for c in _COMPARISON_COLUMNS if (c[3] is not False if narrow else c[3] is not None)]
    table = Table(title=escape(t("compare.title", n=len(rows)) + (t("compare.narrow") if narrow else "")),
                  caption=t("compare.caption"), box=box.SIMPLE_HEAD)
    for key, justify, _, _ in columns:
        text = key in _TEXT_COLUMNS
        table.add_column(t(f"compare.col.{key}"), justify=justify, no_wrap=not text,  # type: ignore[arg-type]
                         overflow="fold", min_width=12 if key == "department" else None, ratio=1 if text else None)
    for r in rows:
        style = "red" if r.n_errors else ("yellow" if top_grade_low_rate(r) else None)
        table.add_row(*[escape(value(r)) for _, _, value, _ in columns], style=style)  # report text is not markup
    return table


_YOY_HEADERS = ("department", "kind", "fiscal_year", "budget", "budget_change", "spending", "spending_change",
                "rate", "rate_change", "self_score", "score_change", "grade", "n_errors", "n_warnings")


def yoy_table(rows: Sequence[YoyRow]) -> Table:
    table = Table(title=escape(t("compare.yoy_title")), box=box.SIMPLE_HEAD)
    for key in _YOY_HEADERS:
        text = key in ("department", "kind")
        table.add_column(t(f"compare.col.{key}"), justify="left" if text else "right", overflow="fold",
                         no_wrap=not text, min_width=10 if text else None)
    for r in rows:
        table.add_row(*[escape(v) for v in (
            _text(r.department), _text(_kind(r.kind, r.project_name)), fmt_number(r.fiscal_year), fmt_wan(r.budget),
            fmt_pct(r.budget_change), fmt_wan(r.spending), fmt_pct(r.spending_change),
            fmt_pct(r.rate_computed if r.rate_computed is not None else r.rate_stated),
            fmt_pct(r.rate_change), fmt_number(r.self_score), fmt_number(r.score_change), r.grade or "",
            str(r.n_errors), str(r.n_warnings),
        )])
    return table


def report_command(db: str, out: Path | str, year: int | None, sources: bool) -> int:
    from pipeline.outputs.htmlreport import ReportSettings, write_report

    with Store(db, read_only=True) as store:
        if not comparison_rows(store.con, ComparisonFilter(year=year)):
            raise NothingFound(t("compare.no_reports") + (f" ({year})" if year is not None else ""),
                               hint=t("compare.none_hint") if year is not None else t("compare.empty_hint"))
    path = write_report(db, output_file(out, "report.html"), ReportSettings(year=year, quote_sources=sources))
    console.print(escape(t("wrote", path=path)))
    return 0
