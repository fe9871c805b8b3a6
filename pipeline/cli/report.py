"""What `jixiao compare` and `jixiao report` print and write (argument parsing stays in cli.py)."""
from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.outputs.compare import (
    COLUMNS,
    KIND_LABELS,
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
from schemas.errors import JixiaoError

console = Console()
err_console = Console(stderr=True)


@dataclass(frozen=True)
class CompareOptions:
    filt: ComparisonFilter
    by: str | None = None
    yoy: str | None = None  # department substring: show the year-over-year view instead
    csv_path: Path | None = None
    xlsx_path: Path | None = None
    quiet: bool = False  # no terminal table (when only writing files)


def compare_command(db: str, options: CompareOptions) -> int:
    try:
        with Store(db, read_only=True) as store:
            rows = comparison_rows(store.con, options.filt)
            rules = flags_by_rule(store.con, options.filt)
        yoy = year_over_year(rows, options.yoy)
        if options.yoy is None:
            rows = sort_rows(rows, options.by)
        else:  # --by sorts the view shown; the comparison sheet follows when it has that column
            yoy = sort_rows(yoy, options.by, YOY_COLUMNS)
            rows = sort_rows(rows, options.by if options.by in COLUMNS else None)
    except JixiaoError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    if options.csv_path:
        if options.yoy is not None:
            write_csv(options.csv_path, YOY_COLUMNS, yoy)
        else:
            write_csv(options.csv_path, COLUMNS, rows)
        err_console.print(f"wrote {options.csv_path}")
    if options.xlsx_path:
        from pipeline.outputs.compare_xlsx import write_workbook

        write_workbook(options.xlsx_path, rows, yoy, rules)
        err_console.print(f"wrote {options.xlsx_path}")
    if not options.quiet:
        console.print(yoy_table(yoy) if options.yoy is not None else comparison_table(rows))
    return 0


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[Any]) -> Path:
    """Data, not presentation: English column names, money in yuan, UTF-8 with a BOM so Excel reads it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if getattr(r, c) is None else getattr(r, c) for c in columns])
    return path


def _kind(kind: str | None, project: str | None) -> str:
    label = KIND_LABELS.get(kind or "", kind or "")
    return f"{label}·{project}" if project else label


# (header, justify, value, on a narrow terminal: True both, False wide only, None narrow only)
_COMPARISON_COLUMNS: tuple[tuple[str, str, Callable[[ComparisonRow], str], bool | None], ...] = (
    ("部门", "left", lambda r: r.department or r.title or "", True),
    ("地区", "left", lambda r: r.region or "", False),
    ("年度", "right", lambda r: fmt_number(r.fiscal_year), True),
    ("类型", "left", lambda r: _kind(r.kind, r.project_name), False),
    ("预算万元", "right", lambda r: fmt_wan(r.budget), True),
    ("支出万元", "right", lambda r: fmt_wan(r.spending), True),
    ("执行率报告", "right", lambda r: fmt_pct(r.rate_stated), False),
    ("执行率计算", "right", lambda r: fmt_pct(r.rate_computed), False),
    ("执行率", "right", lambda r: fmt_pct(effective_rate(r)), None),  # narrow only: computed, else stated
    ("基本%", "right", lambda r: fmt_pct(r.basic_share), False),
    ("项目%", "right", lambda r: fmt_pct(r.project_share), False),
    ("自评分", "right", lambda r: fmt_number(r.self_score), True),
    ("等级", "center", lambda r: r.grade or "", True),
    ("项目数", "right", lambda r: str(r.n_projects), False),
    ("错误", "right", lambda r: str(r.n_errors), False),
    ("警告", "right", lambda r: str(r.n_warnings), False),
    ("错/警", "right", lambda r: f"{r.n_errors}/{r.n_warnings}", None),
)
WIDE_TERMINAL = 150  # below this many columns the table keeps only the main figures
_TEXT_COLUMNS = ("部门", "类型", "地区")


def comparison_table(rows: Sequence[ComparisonRow], width: int | None = None) -> Table:
    narrow = (width if width is not None else console.width) < WIDE_TERMINAL
    columns = [c for c in _COMPARISON_COLUMNS if (c[3] is not False if narrow else c[3] is not None)]
    table = Table(title=f"{len(rows)} reports · money in 万元 · rates in %"
                        + (" · a wider terminal shows all columns" if narrow else ""),
                  caption="[red]red[/red]: the report contradicts itself (error flags) · "
                          "[yellow]yellow[/yellow]: graded 优 but spent under 85%",
                  box=box.SIMPLE_HEAD)
    for header, justify, _, _ in columns:
        text = header in _TEXT_COLUMNS
        table.add_column(header, justify=justify, no_wrap=not text, overflow="fold",  # type: ignore[arg-type]
                         min_width=12 if header == "部门" else None, ratio=1 if text else None)
    for r in rows:
        style = "red" if r.n_errors else ("yellow" if top_grade_low_rate(r) else None)
        table.add_row(*[escape(value(r)) for _, _, value, _ in columns], style=style)  # report text is not markup
    return table


def yoy_table(rows: Sequence[YoyRow]) -> Table:
    table = Table(title="year over year · money in 万元 · changes against the previous year stated",
                  box=box.SIMPLE_HEAD)
    for name in ("部门", "类型", "年度", "预算", "预算增减%", "支出", "支出增减%", "执行率", "执行率增减",
                 "自评分", "自评分增减", "等级", "错误", "警告"):
        text = name in ("部门", "类型")
        table.add_column(name, justify="left" if text else "right", overflow="fold", no_wrap=not text,
                         min_width=10 if text else None)
    for r in rows:
        table.add_row(*[escape(v) for v in (
            r.department or "", _kind(r.kind, r.project_name), fmt_number(r.fiscal_year), fmt_wan(r.budget),
            fmt_pct(r.budget_change), fmt_wan(r.spending), fmt_pct(r.spending_change),
            fmt_pct(r.rate_computed if r.rate_computed is not None else r.rate_stated),
            fmt_pct(r.rate_change), fmt_number(r.self_score), fmt_number(r.score_change), r.grade or "",
            str(r.n_errors), str(r.n_warnings),
        )])
    return table


def report_command(db: str, out: Path, year: int | None, sources: bool) -> int:
    from pipeline.outputs.htmlreport import ReportSettings, write_report

    try:
        path = write_report(db, out, ReportSettings(year=year, quote_sources=sources))
    except JixiaoError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    console.print(f"wrote {path}")
    return 0
