"""The dataset contract (../shared/CONTRACT.md): table and column names and types.

This is the public interface: add columns freely, never rename or drop one.
Money columns are DECIMAL(18,2) yuan, rates DECIMAL(9,4) percent.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

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
# Values read by OCR: their box on the page and the recogniser's confidence in their least sure character.
_OCR = (
    _c("bbox", doc="x0,top,x1,bottom in PDF points from the page's top left, for values read by OCR"),
    _c("ocr_confidence", "DECIMAL(5,4)", doc="0-1, the least sure character of the value; null when not OCR'd"),
)
# The sentence or table row (cells joined by ` | `) a figure was read from, and where the figure
# stands in it, so an auditor checks a number without opening the source.
_CONTEXT = (
    _c("context", doc="the sentence or table row the figure was read from"),
    _c("context_start", "INTEGER", doc="the figure's offset in context"), _c("context_end", "INTEGER"),
    _c("context_kind", doc="sentence | table_row"),
)

REPORTS = TableSpec("reports", (
    _c("report_id", nullable=False, doc="hex sha256 of the file's bytes"),
    _c("source_path", nullable=False),
    _c("source_format", doc="pdf | docx | xlsx | html | txt | md | doc (Word 97-2003, WPS text, RTF) | "
                            "xls (Excel 97-2003, WPS sheet) | ofd (GB/T 33190)"),
    _c("status", nullable=False, doc="ok | partial | failed | needs_ocr | not_a_report"),
    _c("error"), _c("title"), _c("department"), _c("province"), _c("city"), _c("county"),
    _c("fiscal_year", "INTEGER"), _c("report_kind"), _c("project_name"),
    _c("self_score", "DECIMAL(7,2)"), _c("grade"), _c("external_grade", doc="grade of an independent evaluation the report cites"),
    _c("n_pages", "INTEGER"), _c("n_chars", "INTEGER"),
    _c("pipeline_version"), _c("ingested_at", "TIMESTAMP"),
    _c("error_kind", doc="for a failed file: transient (worker killed, time limit: redone by a plain resume) "
                         "| permanent (the file itself: redone by --retry-failed or --force)"),
    _c("source_path_bytes", "BLOB", doc="the path's raw bytes when they are not UTF-8 (source_path then shows "
                                        "each such byte as \\xNN)"),
    _c("ocr_pages", "INTEGER", doc="pages read by OCR (scanned or garbled text layer)"),
    _c("ocr_confidence", "DECIMAL(5,4)", doc="mean confidence (0-1) of the characters OCR read; null without OCR"),
), "one row per input file, whatever happened to it")

BUDGET_ITEMS = TableSpec("budget_items", (
    _c("report_id", nullable=False), _c("item", nullable=False), _c("basis"),
    _c("value", NUMBER, nullable=False, doc="yuan for money, percent for execution_rate"),
    _c("stated"), *_LOCATION, _c("extractor"), *_CONTEXT,
    _c("alternatives", doc="other values the report states for this figure, not chosen (`；`-separated, as written)"),
    *_OCR,
), "one row per budget figure (long format)")

PROJECTS = TableSpec("projects", (
    _c("report_id", nullable=False), _c("name", nullable=False), _c("fund_source"),
    _c("budget", MONEY), _c("executed", MONEY), _c("execution_rate", RATE), *_LOCATION, *_CONTEXT, *_OCR,
), "one row per project named with an amount")

INDICATORS = TableSpec("indicators", (
    _c("report_id", nullable=False), _c("project"), _c("level1"), _c("level2"),
    _c("name", nullable=False), _c("target"), _c("actual"),
    _c("target_value", NUMBER), _c("actual_value", NUMBER), _c("unit"),
    _c("weight", NUMBER), _c("score", NUMBER), _c("note"), _c("page", "INTEGER"),
    _c("level_row", "BOOLEAN", doc="a first-level row (产出指标, 投入 …) with its own weight and score"),
    *_OCR,
), "one row per performance-indicator row")

METRICS = TableSpec("metrics", (
    _c("report_id", nullable=False), _c("section"), _c("subject"),
    _c("value", NUMBER, nullable=False), _c("unit"), _c("qualifier"), _c("stated"), *_LOCATION, *_OCR,
), "one row per quantified achievement in the narrative")

FLAGS = TableSpec("flags", (
    _c("report_id", nullable=False), _c("rule", nullable=False), _c("severity", nullable=False),
    _c("items"), _c("expected", NUMBER), _c("stated", NUMBER),
    _c("message", doc="the sentence in the default language (Chinese), rendered from `figures`"),
    _c("page", "INTEGER"),
    _c("figures", doc="JSON: the message key and its typed figures, to render the sentence in any language"),
    _c("flag_key", doc="stable identity: hash of report_id, rule, items and subject; reviews attach to it"),
    _c("tried", doc="rival readings of the figures that were tried and did not remove the contradiction"),
), "one row per consistency finding")


class ReviewState(str, Enum):
    """An auditor's judgement of a flag (`jixiao review`)."""

    CONFIRMED = "confirmed"  # the report really contradicts itself
    DISMISSED = "dismissed"  # explained (a known adjustment, a reading error)
    FOLLOW_UP = "follow_up"  # to ask the department: still open


REVIEW_STATES: tuple[str, ...] = tuple(s.value for s in ReviewState)


class ReviewFilter(str, Enum):
    """Flags by review state: `open` is what is left to do (not reviewed, or to follow up)."""

    OPEN = "open"
    UNREVIEWED = "unreviewed"
    REVIEWED = "reviewed"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    FOLLOW_UP = "follow_up"


# Not a contract table of the pipeline: the auditors' judgements, kept across re-ingests.
REVIEWS = TableSpec("reviews", (
    _c("flag_key", nullable=False, doc="flags.flag_key of the flag reviewed"),
    _c("report_id", nullable=False), _c("rule", nullable=False), _c("items"),
    _c("state", nullable=False, doc="confirmed | dismissed | follow_up"),
    _c("note"), _c("reviewer", nullable=False), _c("reviewed_at", "TIMESTAMP", nullable=False),
    _c("message", doc="the flag's sentence when it was reviewed (shown when the flag is gone)"),
), "one row per reviewed flag: the latest judgement")

FINDINGS = TableSpec("findings", (
    _c("report_id", nullable=False), _c("kind", nullable=False), _c("ordinal", "INTEGER"),
    _c("text"), _c("page", "INTEGER"),
), "the report's own problems and next steps")

CONTRACT_TABLES: tuple[TableSpec, ...] = (REPORTS, BUDGET_ITEMS, PROJECTS, INDICATORS, METRICS, FLAGS, FINDINGS)
CHILD_TABLES: tuple[TableSpec, ...] = CONTRACT_TABLES[1:]

# The input ledger: every path given to `ingest`, whether its bytes became a report of their own, were
# the same bytes as another path's (one report for both), or were already stored. Keyed by path, not
# by report, so it is not one of the report's child tables.
FILES = TableSpec("files", (
    _c("path", nullable=False, doc="the path as given to ingest (bytes that are not UTF-8 shown as \\xNN)"),
    _c("path_bytes", "BLOB", doc="the path's raw bytes when they are not UTF-8"),
    _c("size", "BIGINT"), _c("mtime", "TIMESTAMP", doc="modification time (UTC) when last seen"),
    _c("sha256", doc="hex sha256 of the bytes; null when the file could not be read"),
    _c("report_id", nullable=False, doc="the reports row accounting for this path"),
    _c("status", doc="that report's status"),
    _c("outcome", doc="what the last run that saw the path did: ingested | same_bytes (the bytes of "
                      "another path of that run) | already_stored (skipped)"),
    _c("run_id", doc="the last ingest run that saw the path"),
    _c("first_seen", "TIMESTAMP"), _c("last_seen", "TIMESTAMP"),
), "one row per path given to ingest")
LEDGER_TABLES: tuple[TableSpec, ...] = (FILES,)

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
# Items that are parts of another: a figure of theirs is inside that item, never beside it.
ITEM_PARTS: dict[str, frozenset[str]] = {
    "expenditure_basic": frozenset({"expenditure_personnel", "expenditure_public", "expenditure_wages",
                                    "expenditure_goods_services", "expenditure_household_subsidies",
                                    "expenditure_capital"}),
}
