"""The dataset contract (../shared/CONTRACT.md): table and column names and types.

This is the public interface: add columns freely, never rename or drop one.
Money columns are DECIMAL(18,2) yuan, rates DECIMAL(9,4) percent.
"""
from __future__ import annotations

from dataclasses import dataclass

MONEY = "DECIMAL(18,2)"
RATE = "DECIMAL(9,4)"
NUMBER = "DECIMAL(20,4)"


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    nullable: bool = True
    doc: str = ""


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    doc: str = ""

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def ddl(self) -> str:
        cols = ",\n  ".join(
            f"{c.name} {c.sql_type}{'' if c.nullable else ' NOT NULL'}" for c in self.columns
        )
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n  {cols}\n)"


def _c(name: str, sql_type: str = "VARCHAR", nullable: bool = True, doc: str = "") -> Column:
    return Column(name, sql_type, nullable, doc)


_LOCATION = (_c("page", "INTEGER"), _c("char_start", "INTEGER"), _c("char_end", "INTEGER"))
# The sentence or table row (cells joined by ` | `) a figure was read from, and where the figure
# stands in it, so an auditor checks a number without opening the source.
_CONTEXT = (
    _c("context", doc="the sentence or table row the figure was read from"),
    _c("context_start", "INTEGER", doc="the figure's offset in context"), _c("context_end", "INTEGER"),
    _c("context_kind", doc="sentence | table_row"),
)

REPORTS = TableSpec("reports", (
    _c("report_id", nullable=False, doc="hex sha256 of the file's bytes"),
    _c("source_path", nullable=False), _c("source_format"),
    _c("status", nullable=False, doc="ok | partial | failed | needs_ocr | not_a_report"),
    _c("error"), _c("title"), _c("department"), _c("province"), _c("city"), _c("county"),
    _c("fiscal_year", "INTEGER"), _c("report_kind"), _c("project_name"),
    _c("self_score", "DECIMAL(7,2)"), _c("grade"), _c("external_grade", doc="grade of an independent evaluation the report cites"),
    _c("n_pages", "INTEGER"), _c("n_chars", "INTEGER"),
    _c("pipeline_version"), _c("ingested_at", "TIMESTAMP"),
), "one row per input file, whatever happened to it")

BUDGET_ITEMS = TableSpec("budget_items", (
    _c("report_id", nullable=False), _c("item", nullable=False), _c("basis"),
    _c("value", NUMBER, nullable=False, doc="yuan for money, percent for execution_rate"),
    _c("stated"), *_LOCATION, _c("extractor"), *_CONTEXT,
    _c("alternatives", doc="other values the report states for this figure, not chosen (`；`-separated, as written)"),
), "one row per budget figure (long format)")

PROJECTS = TableSpec("projects", (
    _c("report_id", nullable=False), _c("name", nullable=False), _c("fund_source"),
    _c("budget", MONEY), _c("executed", MONEY), _c("execution_rate", RATE), *_LOCATION, *_CONTEXT,
), "one row per project named with an amount")

INDICATORS = TableSpec("indicators", (
    _c("report_id", nullable=False), _c("project"), _c("level1"), _c("level2"),
    _c("name", nullable=False), _c("target"), _c("actual"),
    _c("target_value", NUMBER), _c("actual_value", NUMBER), _c("unit"),
    _c("weight", NUMBER), _c("score", NUMBER), _c("note"), _c("page", "INTEGER"),
    _c("level_row", "BOOLEAN", doc="a first-level row (产出指标, 投入 …) with its own weight and score"),
), "one row per performance-indicator row")

METRICS = TableSpec("metrics", (
    _c("report_id", nullable=False), _c("section"), _c("subject"),
    _c("value", NUMBER, nullable=False), _c("unit"), _c("qualifier"), _c("stated"), *_LOCATION,
), "one row per quantified achievement in the narrative")

FLAGS = TableSpec("flags", (
    _c("report_id", nullable=False), _c("rule", nullable=False), _c("severity", nullable=False),
    _c("items"), _c("expected", NUMBER), _c("stated", NUMBER), _c("message"), _c("page", "INTEGER"),
    _c("tried", doc="rival readings of the figures that were tried and did not remove the contradiction"),
), "one row per consistency finding")

FINDINGS = TableSpec("findings", (
    _c("report_id", nullable=False), _c("kind", nullable=False), _c("ordinal", "INTEGER"),
    _c("text"), _c("page", "INTEGER"),
), "the report's own problems and next steps")

CONTRACT_TABLES: tuple[TableSpec, ...] = (REPORTS, BUDGET_ITEMS, PROJECTS, INDICATORS, METRICS, FLAGS, FINDINGS)
CHILD_TABLES: tuple[TableSpec, ...] = CONTRACT_TABLES[1:]

# Item codes of budget_items.item (CONTRACT.md).
ITEM_CODES: tuple[str, ...] = (
    "budget_initial", "budget_addition", "budget_adjusted", "funds_received",
    "revenue_total", "revenue_general_budget", "revenue_gov_fund", "revenue_state_capital",
    "revenue_special_account", "revenue_carryover", "revenue_other",
    "funds_central", "funds_provincial", "funds_local",
    "expenditure_total", "expenditure_basic", "expenditure_personnel", "expenditure_public",
    "expenditure_project", "expenditure_wages", "expenditure_goods_services",
    "expenditure_household_subsidies", "expenditure_capital",
    "balance_carryforward", "execution_rate",
)
RATE_ITEMS = frozenset({"execution_rate"})
