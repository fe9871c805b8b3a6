"""Facts extracted from a report, resolved per field, and the flags about them."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from schemas.figures import Figure
from schemas.provenance import Provenance


class ReportKind(str, Enum):
    DEPARTMENT_OVERALL = "department_overall"
    PROJECT = "project"
    UNKNOWN = "unknown"


class Status(str, Enum):
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    NEEDS_OCR = "needs_ocr"
    NOT_A_REPORT = "not_a_report"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Basis(str, Enum):
    INITIAL = "initial"
    ADJUSTED = "adjusted"
    EXECUTED = "executed"


GRADES = ("优", "良", "中", "差")

# Report-level fields a metadata candidate may name.
REPORT_FIELDS = (
    "title", "department", "province", "city", "county", "fiscal_year",
    "report_kind", "project_name", "self_score", "grade", "external_grade",
)


@dataclass(frozen=True)
class FieldCandidate:
    """One stated value for a report-level field, with its evidence.

    `strength` orders candidates for the resolver: a value labelled explicitly
    (`自评得分：96分`) outranks one inferred from context (a title's year).
    """

    name: str
    value: str | int | Decimal
    provenance: Provenance
    strength: int = 1


@dataclass(frozen=True)
class Quote:
    """A figure in its source context, kept at ingest so outputs never re-read a file.

    A sentence is `before + figure + after`; a table row is `row` with the figure in
    `row[cell]`.
    """

    page: int | None
    before: str = ""
    figure: str = ""
    after: str = ""
    row: tuple[str, ...] = ()
    cell: int | None = None  # index into `row` of the cell holding the figure

    @property
    def is_table_row(self) -> bool:
        return bool(self.row)

    @property
    def context(self) -> str:
        """One line an auditor reads: the sentence, or the row's cells joined by ` | `."""
        return " | ".join(self.row) if self.row else self.before + self.figure + self.after

    @property
    def figure_span(self) -> tuple[int, int] | None:
        """Where the figure stands inside `context`."""
        if self.row:
            if self.cell is None:
                return None
            start = sum(len(c) + 3 for c in self.row[: self.cell])
            return start, start + len(self.row[self.cell])
        return len(self.before), len(self.before) + len(self.figure)


@dataclass(frozen=True)
class BudgetItem:
    """A budget figure with its contract item code (money in yuan, rates in percent)."""

    item: str
    figure: Figure
    provenance: Provenance
    basis: Basis | None = None
    strength: int = 1
    scope: str | None = None  # set when the figure describes a part (e.g. `evaluated`), not the report
    corroborations: tuple[Provenance, ...] = ()  # the same figure stated elsewhere too
    quote: Quote | None = None  # the sentence or table row it was read from (set after resolving)
    # Other values stated for the same item (strongest first), kept when this one was chosen.
    alternatives: tuple[BudgetItem, ...] = ()

    @property
    def value(self) -> Decimal:
        return self.figure.value


@dataclass(frozen=True)
class Project:
    name: str
    provenance: Provenance
    budget: Figure | None = None
    executed: Figure | None = None
    execution_rate: Figure | None = None
    fund_source: str | None = None
    quote: Quote | None = None


@dataclass(frozen=True)
class Indicator:
    name: str
    provenance: Provenance
    project: str | None = None
    level1: str | None = None
    level2: str | None = None
    target: str | None = None
    actual: str | None = None
    target_value: Decimal | None = None
    actual_value: Decimal | None = None
    target_operator: str | None = None
    unit: str | None = None
    weight: Figure | None = None
    score: Figure | None = None
    note: str | None = None
    level_row: bool = False  # a first-level row (产出指标, 投入 …) with its own weight and score


@dataclass(frozen=True)
class Metric:
    subject: str
    figure: Figure
    unit: str
    provenance: Provenance
    qualifier: str = ""
    section: str = ""

    @property
    def value(self) -> Decimal:
        return self.figure.value


@dataclass(frozen=True)
class Finding:
    kind: str  # "problem" | "measure"
    ordinal: int
    text: str
    provenance: Provenance


@dataclass(frozen=True)
class Flag:
    """A consistency finding: which figures, what was expected, what stands."""

    rule: str
    severity: Severity
    items: tuple[str, ...]
    message: str
    expected: Decimal | None = None
    stated: Decimal | None = None
    page: int | None = None
    # Other readings of the figures involved that were tried and did not make the report agree.
    tried: tuple[str, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    """A stated total and the parts the report lists for it.

    `kind` is `sum` (parts with amounts or counts that should add up to the total),
    `count` (a stated number of things and the names listed), or `buckets`
    (grade buckets: projects per 优/良/中/差 with their funds). `exhaustive` says
    whether the wording claims the parts are all of it (`分别为`, `包括`) or not (`其中`).
    """

    kind: str
    total: Figure
    total_label: str
    parts: tuple[tuple[str, Figure], ...]
    exhaustive: bool
    provenance: Provenance
    unit: str = ""
    item: str | None = None  # the contract item code of the total, when it is a budget figure
    count_total: Figure | None = None  # buckets: the stated number of projects
    count_parts: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Every candidate one extractor found; the resolver picks among them."""

    fields: tuple[FieldCandidate, ...] = ()
    budget_items: tuple[BudgetItem, ...] = ()
    projects: tuple[Project, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    metrics: tuple[Metric, ...] = ()
    findings: tuple[Finding, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()

    def __add__(self, other: Extraction) -> Extraction:
        return Extraction(
            self.fields + other.fields,
            self.budget_items + other.budget_items,
            self.projects + other.projects,
            self.indicators + other.indicators,
            self.metrics + other.metrics,
            self.findings + other.findings,
            self.breakdowns + other.breakdowns,
        )


@dataclass(frozen=True)
class ReportMeta:
    title: str | None = None
    department: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    fiscal_year: int | None = None
    report_kind: ReportKind = ReportKind.UNKNOWN
    project_name: str | None = None
    self_score: Decimal | None = None
    grade: str | None = None
    external_grade: str | None = None  # the grade an independent evaluation gave, when the report cites one
    provenance: dict[str, Provenance] = field(default_factory=dict, compare=False)
    # Rival values of a field stated as firmly as the chosen one (self_score, grade), kept for corroboration.
    alternatives: dict[str, tuple[FieldCandidate, ...]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ReportFacts:
    """One report's resolved facts: one value per field, and the flags so far."""

    meta: ReportMeta
    budget_items: tuple[BudgetItem, ...]
    projects: tuple[Project, ...]
    indicators: tuple[Indicator, ...]
    metrics: tuple[Metric, ...]
    findings: tuple[Finding, ...]
    flags: tuple[Flag, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    tried: tuple[str, ...] = ()  # rival readings corroboration set aside (`item=stated`)

    def item(self, code: str, basis: Basis | None = None) -> BudgetItem | None:
        """The resolved figure for an item code (basis None: the narrative/total figure)."""
        for b in self.budget_items:
            if b.item == code and b.basis == basis:
                return b
        return None


@dataclass(frozen=True)
class ReportOutcome:
    """What ingesting one file produced: its status, and its facts when readable."""

    source_path: str
    report_id: str
    source_format: str
    status: Status
    error: str | None = None
    facts: ReportFacts | None = None
    n_pages: int = 0
    n_chars: int = 0
    # PDF pages by the engine that read them ("pdfium", "pdfplumber"), for the ingest summary.
    pages_by_engine: tuple[tuple[str, int], ...] = ()
