"""Facts extracted from a report, resolved per field, and the flags about them."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

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
# A grading scale the report states, as field candidates `grade_floor.优` = its lowest score.
GRADE_FLOOR = "grade_floor."
FLOOR_GRADES = ("优", "良", "中")  # below the last floor: 差
WEIGHT_TOTAL = "weight_total"  # field candidate: the 分值 of an indicator table's total row
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


# Prefixes of a BudgetItem's scope: a figure of one project's own table (`project:NAME`, checked by the projects
# rules, never stored as the report's), and a part of a two-level funds block (`nested:…`, which row splits which
# is not known).
PROJECT_SCOPE = "project:"
NESTED_SCOPE = "nested:"


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


# A self-evaluation's points in all (满分100分): no score, weight or total of points is more.
FULL_MARKS = Decimal(100)
# The first-level label of the indicator row a form's funds block gives (its 预算执行率 and points).
EXECUTION_LEVEL1 = "预算执行"


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


class ParamKind(str, Enum):
    """How a flag's figure is rendered (`schemas.messages`): the value stays exact, the words follow the language."""

    MONEY = "money"  # yuan (Decimal), shown in `unit` (万元 unless the report wrote 元 or 亿元)
    PERCENT = "percent"  # percent (Decimal)
    NUMBER = "number"  # a plain decimal (score, count, ratio), with `unit` appended
    TEXT = "text"  # text as the report wrote it (a stated figure, a name, a label)
    ITEM = "item"  # an item code or column name (`budget_adjusted`, `budget_adjusted@adjusted`), localized
    ITEMS = "items"  # several item codes (`parts`' first elements), localized and joined
    TERM = "term"  # a key of the message vocabulary (`terms` in schemas/data/messages.json), localized
    NAMES = "names"  # texts as written (`parts`' first elements), joined with 、
    ADDENDS = "addends"  # (label, stated) pairs of a sum: a label is an item code (localized) or text


@dataclass(frozen=True)
class FlagParam:
    """One named figure of a flag's sentence, typed so it can be rendered in any language."""

    name: str
    kind: ParamKind
    value: Decimal | str | None = None
    unit: str = ""
    parts: tuple[tuple[str, str], ...] = ()

    @staticmethod
    def money(name: str, yuan: Decimal, like: str | Figure | None = None) -> FlagParam:
        """Yuan, shown in the unit of `like` (a figure as the report wrote it), else 万元.

        A figure whose text names no unit (a cell `1,300,000.00` under a header in 元) is shown in
        the unit its value and its digits imply.
        """
        unit = figure_unit(like) if isinstance(like, Figure) else money_unit(like)
        return FlagParam(name, ParamKind.MONEY, Decimal(yuan), unit)

    @staticmethod
    def percent(name: str, value: Decimal) -> FlagParam:
        return FlagParam(name, ParamKind.PERCENT, Decimal(value))

    @staticmethod
    def number(name: str, value: Decimal | int, unit: str = "") -> FlagParam:
        return FlagParam(name, ParamKind.NUMBER, Decimal(value), unit)

    @staticmethod
    def text(name: str, value: object) -> FlagParam:
        return FlagParam(name, ParamKind.TEXT, "" if value is None else str(value))

    @staticmethod
    def item(name: str, code: str) -> FlagParam:
        return FlagParam(name, ParamKind.ITEM, code)

    @staticmethod
    def items(name: str, codes: tuple[str, ...] | list[str]) -> FlagParam:
        return FlagParam(name, ParamKind.ITEMS, parts=tuple((c, "") for c in codes))

    @staticmethod
    def term(name: str, key: str) -> FlagParam:
        return FlagParam(name, ParamKind.TERM, key)

    @staticmethod
    def names(name: str, texts: tuple[str, ...] | list[str]) -> FlagParam:
        return FlagParam(name, ParamKind.NAMES, parts=tuple((t, "") for t in texts))

    @staticmethod
    def addends(name: str, pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> FlagParam:
        return FlagParam(name, ParamKind.ADDENDS, parts=tuple(pairs))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value}
        if self.value is not None:
            out["value"] = str(self.value)
        if self.unit:
            out["unit"] = self.unit
        if self.parts:
            out["parts"] = [list(p) for p in self.parts]
        return out

    @staticmethod
    def from_dict(name: str, data: dict[str, Any]) -> FlagParam:
        kind = ParamKind(data["kind"])
        raw = data.get("value")
        value: Decimal | str | None = raw
        if raw is not None and kind in (ParamKind.MONEY, ParamKind.PERCENT, ParamKind.NUMBER):
            value = Decimal(str(raw))
        parts = tuple((str(a), str(b)) for a, b in data.get("parts", ()))
        return FlagParam(name, kind, value, str(data.get("unit", "")), parts)


MONEY_UNITS = ("亿元", "万元", "千元", "元")
DEFAULT_MONEY_UNIT = "万元"  # the unit budget reports are written in


_UNIT_FACTORS = {Decimal(1): "元", Decimal(1000): "千元", Decimal(10000): "万元", Decimal(100000000): "亿元"}


def figure_unit(figure: Figure) -> str:
    """The unit a money figure was written in: named in its text, else implied by its value."""
    named = money_unit(figure.stated)
    if named != DEFAULT_MONEY_UNIT or figure.stated.strip().endswith(DEFAULT_MONEY_UNIT):
        return named
    digits = "".join(ch for ch in figure.stated if ch.isdigit() or ch in ".-")
    try:
        number = Decimal(digits)
    except ArithmeticError:
        return DEFAULT_MONEY_UNIT
    if not number:
        return DEFAULT_MONEY_UNIT
    return _UNIT_FACTORS.get((figure.value / number).normalize(), DEFAULT_MONEY_UNIT)


def money_unit(stated: str | None) -> str:
    """The money unit a figure was written in (`3286万元` -> 万元); 万元 when it names none."""
    text = (stated or "").strip()
    for unit in MONEY_UNITS:
        if text.endswith(unit):
            return unit
    return DEFAULT_MONEY_UNIT


@dataclass(frozen=True)
class FlagText:
    """A flag's sentence as a message key and its typed figures, rendered at output time.

    The templates (zh, en) live in `schemas/data/messages.json`; `schemas.messages.render`
    fills them in. A parameter named `subject` (the project, indicator or label the flag is
    about) tells apart flags of one rule on the same items, for the flag's identity.
    """

    key: str
    params: tuple[FlagParam, ...] = ()

    def param(self, name: str) -> FlagParam | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def subject(self) -> str:
        p = self.param("subject")
        if p is None:
            return ""
        return str(p.value) if p.value is not None else "、".join(a for a, _ in p.parts)

    def to_json(self) -> str:
        return json.dumps({"key": self.key, "params": {p.name: p.to_dict() for p in self.params}},
                          ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> FlagText:
        data = json.loads(text)
        return FlagText(str(data["key"]), tuple(FlagParam.from_dict(n, d) for n, d in data.get("params", {}).items()))


def flag_key(report_id: str, rule: str, items: tuple[str, ...] | list[str] | str, subject: str = "",
             ordinal: int = 0) -> str:
    """A flag's stable identity: the report's content hash, the rule, the items (and what it is about).

    Re-ingesting the same bytes, or a pipeline that raises the same flag again, gives the same
    key, so reviews (`jixiao review`) stay attached. `ordinal` tells apart flags that share all
    of these within one report (the second one is 1).
    """
    joined = items if isinstance(items, str) else ",".join(items)
    basis = "\x1f".join((report_id, rule, joined, subject)) + (f"\x1f{ordinal}" if ordinal else "")
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Flag:
    """A consistency finding: which figures, what was expected, what stands.

    `text` holds the sentence as a message key and typed figures, rendered at output time in
    the reader's language; `message` is that sentence in the default language (Chinese),
    filled in from `text` when not given.
    """

    rule: str
    severity: Severity
    items: tuple[str, ...]
    message: str = ""
    expected: Decimal | None = None
    stated: Decimal | None = None
    page: int | None = None
    text: FlagText | None = None
    # Other readings of the figures involved that were tried and did not make the report agree.
    tried: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.message and self.text is not None:
            from schemas.messages import render  # the templates need this module's records

            object.__setattr__(self, "message", render(self.text))


@dataclass(frozen=True)
class StatedMoney:
    """A money figure as the text states it, whatever it turned out to mean (or if nothing took it).

    Kept so that a rule can ask whether a gap it found is a figure of the same passage that no
    item took: a part that was not read, rather than parts that do not add up.
    """

    figure: Figure
    provenance: Provenance


ROW_RATE = "row_rate"  # a Breakdown kind: a funds table row's own 执行率 over its budget and spending


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
    parts_item: str | None = None  # what the parts are, when a contract column (`projects.executed`)


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
    stated_money: tuple[StatedMoney, ...] = ()

    def __add__(self, other: Extraction) -> Extraction:
        return Extraction(
            self.fields + other.fields,
            self.budget_items + other.budget_items,
            self.projects + other.projects,
            self.indicators + other.indicators,
            self.metrics + other.metrics,
            self.findings + other.findings,
            self.breakdowns + other.breakdowns,
            self.stated_money + other.stated_money,
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
    # The lowest score of each grade by the scale the report states (`85分以上为优`), best grade first.
    grade_floors: tuple[tuple[str, Decimal], ...] = ()
    # The 分值 an indicator table's total row (总分, 合计) states: what its rows' weights must add up to.
    weight_total: Decimal | None = None
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
    stated_money: tuple[StatedMoney, ...] = ()  # every money figure of the narrative text

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
    # PDF pages by the engine that read them ("pdfium", "pdfplumber", "ocr"), for the ingest summary.
    pages_by_engine: tuple[tuple[str, int], ...] = ()
    ocr_pages: int = 0  # pages read by OCR
    ocr_confidence: float | None = None  # mean confidence of the characters OCR read
