"""Score a jixiao dataset against golden files: the project's own reading of the golden-file
rules of ../shared/CONTRACT.md ("Golden files").

    .venv/bin/python -m tests.corpora.scoring --db X.duckdb --golden DIR [-v] [--json OUT]

It gives the same numbers as the official `../shared/tools/score.py` (tests/test_corpus.py
compares the two on every corpus when ../shared is present), so the samples and the held-out
batches are scored on a bare clone too. What it counts, per document:

- **fields**: each `report` value (numbers within 0.001, text compared without spaces and
  quotes); a self-score or grade the document does not state but the dataset holds is a false
  value. Each `budget_items` key, `item` or `item@basis` (only rows of that basis), matched
  within 0.01 (money) or 0.006 (items ending in `rate`); other values of a wanted item are false
  values, and so are items the golden does not list at all. Projects and indicators matched by
  name: the name, then each numeric (same tolerances) and text value listed. Each `findings`
  count. A document whose golden status is neither ok nor partial is scored on `report` only.
- **metrics**: a wanted (value, unit) pair taken once from the extracted metrics (recall);
  each extracted metric with a `not_metrics` value (and unit, when one is given) is false;
  a matched metric's subject is right when the golden subject occurs in the extracted one.
- **flags**: error flags only. A produced flag matches a golden one when its items include all
  the golden `items`, lie within `within` when given, and share none of `not_items`; several
  may match one golden flag; a produced error flag that matches none is a false alarm.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import duckdb

MONEY_TOLERANCE = Decimal("0.01")
RATE_TOLERANCE = Decimal("0.006")
REPORT_NUMBER_TOLERANCE = Decimal("0.001")
SCORED_STATUSES = ("ok", "partial")
STATED_ONLY = ("self_score", "grade")  # null unless the document states them (CONTRACT.md)
_IGNORED_IN_TEXT = re.compile(r"[\s“”\"'‘’「」《》]")
_PERCENT_UNITS = frozenset({"百分比", "percent", "％"})

Row = Mapping[str, Any]


# --------------------------------------------------------------------------- values
def number(value: Any) -> Decimal | None:
    """A value as a Decimal (thousands separators dropped), None when it is no finite number."""
    if value is None:
        return None
    try:
        parsed = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None
    return parsed if parsed.is_finite() else None


def text_key(value: Any) -> str | None:
    """Text as compared: NFKC, without whitespace and quotation marks; None stays None."""
    if value is None:
        return None
    return _IGNORED_IN_TEXT.sub("", unicodedata.normalize("NFKC", str(value)))


def unit_key(unit: Any) -> str:
    """A unit as compared: percent spelled any way is `%`, a measure word 个 before a unit is dropped."""
    key = text_key(unit) or ""
    if key in _PERCENT_UNITS:
        return "%"
    return key[1:] if key.startswith("个") and len(key) > 1 else key


def near(got: Any, want: Any, tolerance: Decimal) -> bool:
    a, b = number(got), number(want)
    return a is not None and b is not None and abs(a - b) <= tolerance


def item_tolerance(item: str) -> Decimal:
    """A budget item ending in `rate` is a rate; every other one is money."""
    return RATE_TOLERANCE if item.endswith("rate") else MONEY_TOLERANCE


def column_tolerance(column: str) -> Decimal:
    """A project or indicator column with `rate` in its name is a rate; every other one is money-like."""
    return RATE_TOLERANCE if "rate" in column else MONEY_TOLERANCE


# --------------------------------------------------------------------------- tallies
@dataclass(frozen=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def total(tallies: Iterable[Tally]) -> Tally:
    out = Tally()
    for tally in tallies:
        out += tally
    return out


@dataclass(frozen=True)
class Part:
    """What one part of a golden file contributes: a tally and the notes that explain it."""

    tally: Tally = Tally()
    notes: tuple[str, ...] = ()


# --------------------------------------------------------------------------- golden files
@dataclass(frozen=True)
class Golden:
    """A NAME.golden.json file, as the scorer reads it."""

    path: Path
    document: str  # file name of NAME.<ext> beside it
    report: Mapping[str, Any]
    budget_items: Mapping[tuple[str, str | None], Any]  # (item, basis or None) -> value
    projects: tuple[Mapping[str, Any], ...]
    indicators: tuple[Mapping[str, Any], ...]
    metrics: tuple[Mapping[str, Any], ...]
    not_metrics: tuple[Mapping[str, Any], ...]
    flags: tuple[Mapping[str, Any], ...]
    findings: Mapping[str, int]

    @property
    def scored_beyond_report(self) -> bool:
        return str(self.report.get("status", "ok")) in SCORED_STATUSES


def load_golden(path: Path) -> Golden:
    data = json.loads(path.read_text(encoding="utf-8"))
    stem = path.name[: -len(".golden.json")]
    documents = sorted(p.name for p in path.parent.iterdir() if p.stem == stem and p.name != path.name)
    budget: dict[tuple[str, str | None], Any] = {}
    for key, value in data.get("budget_items", {}).items():
        item, _, basis = key.partition("@")
        budget[(item, basis or None)] = value
    return Golden(
        path=path, document=documents[0] if documents else stem, report=data.get("report", {}),
        budget_items=budget, projects=tuple(data.get("projects", [])), indicators=tuple(data.get("indicators", [])),
        metrics=tuple(data.get("metrics", [])), not_metrics=tuple(data.get("not_metrics", [])),
        flags=tuple(data.get("flags", [])), findings=data.get("findings") or {},
    )


def find_goldens(folder: Path) -> list[Path]:
    """Every NAME.golden.json under `folder`, subfolders included, in path order."""
    return sorted(folder.rglob("*.golden.json"))


# --------------------------------------------------------------------------- the parts
def score_report(want: Mapping[str, Any], got: Row) -> Part:
    tp = fp = fn = 0
    notes = []
    for key, value in want.items():
        stated = got.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            right = near(stated, value, REPORT_NUMBER_TOLERANCE)
        else:
            right = text_key(stated) == text_key(value)
        if right:
            tp += 1
            continue
        fn += 1
        fp += stated is not None
        notes.append(f"report.{key}: want {value!r} got {stated!r}")
    for key in STATED_ONLY:
        if key not in want and got.get(key) is not None:
            fp += 1
            notes.append(f"report.{key}: not in the document, got {got.get(key)!r}")
    return Part(Tally(tp, fp, fn), tuple(notes))


def _label(item: str, basis: str | None) -> str:
    return f"{item}@{basis}" if basis else item


def score_budget(want: Mapping[tuple[str, str | None], Any], rows: Sequence[Row]) -> Part:
    got: dict[tuple[str, str | None], set[Decimal | None]] = {}
    for row in rows:
        got.setdefault((row["item"], row.get("basis") or None), set()).add(number(row["value"]))
    tp = fp = fn = 0
    notes = []
    claimed: set[tuple[str, str | None]] = set()
    for (item, basis), value in want.items():
        keys = [k for k in got if k[0] == item and (basis is None or k[1] == basis)]
        claimed.update(keys)
        values: set[Decimal | None] = set().union(*(got[k] for k in keys))
        tolerance = item_tolerance(item)
        if any(near(v, value, tolerance) for v in values):
            tp += 1
            wrong = [v for v in values if not near(v, value, tolerance)]
        else:
            fn += 1
            wrong = list(values)
            notes.append(f"budget.{_label(item, basis)}: want {value} got {sorted(map(str, values)) or 'nothing'}")
        # An item wanted on several bases: its values of those bases are judged by their own keys.
        if basis is None and any(i == item and b for i, b in want):
            wrong = []
        if wrong:
            fp += len(wrong)
            notes.append(f"budget.{_label(item, basis)}: extra values {sorted(map(str, wrong))}")
    wanted_items = {item for item, _ in want}
    for key in got.keys() - claimed:
        if key[0] not in wanted_items:
            fp += len(got[key])
            notes.append(f"budget.{_label(*key)}: not in the document, got {sorted(map(str, got[key]))}")
    return Part(Tally(tp, fp, fn), tuple(notes))


def score_named(table: str, want: Sequence[Mapping[str, Any]], rows: Sequence[Row],
                numeric: Sequence[str], textual: Sequence[str] = ()) -> Part:
    """Rows matched to the golden ones by name; a name found counts, then each value it lists."""
    by_name: dict[str | None, list[Row]] = {}
    for row in rows:
        by_name.setdefault(text_key(row.get("name")), []).append(row)
    tp = fp = fn = 0
    notes = []
    found: set[str | None] = set()
    for wanted in want:
        candidates = by_name.get(text_key(wanted["name"]), [])
        listed = [k for k in (*numeric, *textual) if k in wanted]
        if not candidates:
            fn += 1 + len(listed)
            notes.append(f"{table}: missing {wanted['name']}")
            continue
        tp += 1
        found.add(text_key(wanted["name"]))
        for key in listed:
            if key in numeric:
                right = any(near(c.get(key), wanted[key], column_tolerance(key)) for c in candidates)
            else:
                right = any(text_key(c.get(key)) == text_key(wanted[key]) for c in candidates)
            tp += right
            fn += not right
            if not right:
                notes.append(f"{table}.{wanted['name']}.{key}: want {wanted[key]!r} got {candidates[0].get(key)!r}")
    extra = [name for name in by_name if name not in found]
    fp += len(extra)
    if extra:
        notes.append(f"{table}: extra {extra[:5]}")
    return Part(Tally(tp, fp, fn), tuple(notes))


@dataclass(frozen=True)
class MetricsPart(Part):
    subjects_right: int = 0
    subjects_scored: int = 0


def score_metrics(want: Sequence[Mapping[str, Any]], traps: Sequence[Mapping[str, Any]],
                  rows: Sequence[Row]) -> MetricsPart:
    extracted = [(number(r.get("value")), unit_key(r.get("unit")), text_key(r.get("subject")) or "") for r in rows]
    unused = list(range(len(extracted)))
    tp = fp = fn = right = scored = 0
    notes = []
    for wanted in want:
        value, unit = number(wanted["value"]), unit_key(wanted.get("unit"))
        hit = next((i for i in unused if extracted[i][0] == value and extracted[i][1] == unit), None)
        if hit is None:
            fn += 1
            notes.append(f"metric missing: {wanted['value']}{wanted.get('unit', '')} ({wanted.get('subject', '')})")
            continue
        unused.remove(hit)
        tp += 1
        if wanted.get("subject"):
            scored += 1
            right += (text_key(wanted["subject"]) or "") in extracted[hit][2]
    for trap in traps:
        trap_value = number(trap["value"])
        trap_unit = unit_key(trap.get("unit")) if "unit" in trap else None  # no unit given: any unit
        for got_value, got_unit, _ in extracted:
            if got_value == trap_value and (trap_unit is None or got_unit == trap_unit):
                fp += 1
                notes.append(f"not a metric, but extracted: {trap['value']}{trap.get('unit', '')}")
    return MetricsPart(Tally(tp, fp, fn), tuple(notes), right, scored)


def flag_items(row: Row) -> frozenset[str]:
    """The budget items a flag names (`items` is comma-separated; `item@basis` counts as the item)."""
    return frozenset(x.strip().split("@")[0] for x in str(row.get("items") or "").split(",") if x.strip())


def score_flags(want: Sequence[Mapping[str, Any]], rows: Sequence[Row]) -> Part:
    errors = [r for r in rows if str(r.get("severity")) == "error"]
    produced = [flag_items(r) for r in errors]
    tp = fn = 0
    notes = []
    matched: set[int] = set()
    for wanted in want:
        items = frozenset(wanted.get("items", []))
        within = frozenset(wanted["within"]) if "within" in wanted else None
        banned = frozenset(wanted.get("not_items", []))
        hits = [i for i, got in enumerate(produced)
                if items <= got and (within is None or got <= within) and not got & banned]
        if hits:
            tp += 1
            matched.update(hits)
        else:
            fn += 1
            notes.append(f"flag missed: {sorted(items) or 'any error'}")
    false_alarms = [r for i, r in enumerate(errors) if i not in matched]
    notes += [f"false alarm: {r.get('rule')} {r.get('items')} {r.get('message')}" for r in false_alarms]
    return Part(Tally(tp, len(false_alarms), fn), tuple(notes))


def score_findings(want: Mapping[str, int], rows: Sequence[Row]) -> Part:
    tp = fn = 0
    notes = []
    for kind, count in want.items():
        got = sum(1 for r in rows if r.get("kind") == kind)
        tp += got == count
        fn += got != count
        if got != count:
            notes.append(f"findings.{kind}: want {count} got {got}")
    return Part(Tally(tp, 0, fn), tuple(notes))


# --------------------------------------------------------------------------- documents and corpora
@dataclass(frozen=True)
class DocumentScore:
    document: str
    fields: Tally
    metrics: Tally
    flags: Tally
    subjects_right: int = 0
    subjects_scored: int = 0
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        return (f"{self.document}: fields P={self.fields.precision:.3f} R={self.fields.recall:.3f} "
                f"F1={self.fields.f1:.3f} | metrics R={self.metrics.recall:.3f} false={self.metrics.fp} "
                f"| flags tp={self.flags.tp} fn={self.flags.fn} fp={self.flags.fp}")


class Dataset:
    """The contract tables of one DuckDB file, read per report."""

    def __init__(self, path: Path) -> None:
        self.con = duckdb.connect(str(path), read_only=True)

    def reports_by_file(self) -> dict[str, Row]:
        """Report rows by the file name of their source (the first row of a name wins)."""
        out: dict[str, Row] = {}
        for row in self._select("SELECT * FROM reports", []):
            out.setdefault(Path(str(row["source_path"])).name, row)
        return out

    def rows(self, table: str, report_id: str) -> list[Row]:
        """The rows of `table` for one report; none when the table does not exist."""
        try:
            return self._select(f"SELECT * FROM {table} WHERE report_id = ?", [report_id])
        except duckdb.Error:
            return []

    def _select(self, sql: str, params: list[Any]) -> list[Row]:
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def close(self) -> None:
        self.con.close()


def score_document(golden: Golden, report: Row, data: Dataset) -> DocumentScore:
    fields = [score_report(golden.report, report)]
    if not golden.scored_beyond_report:
        part = fields[0]
        return DocumentScore(golden.document, part.tally, Tally(), Tally(), notes=part.notes)
    rid = report["report_id"]
    fields += [
        score_budget(golden.budget_items, data.rows("budget_items", rid)),
        score_named("projects", golden.projects, data.rows("projects", rid), ("budget", "executed", "execution_rate")),
        score_named("indicators", golden.indicators, data.rows("indicators", rid), ("weight", "score"),
                    ("target", "actual")),
    ]
    metrics = score_metrics(golden.metrics, golden.not_metrics, data.rows("metrics", rid))
    flags = score_flags(golden.flags, data.rows("flags", rid))
    if golden.findings:
        fields.append(score_findings(golden.findings, data.rows("findings", rid)))
    notes = tuple(n for part in (*fields, metrics, flags) for n in part.notes)
    return DocumentScore(golden.document, total(p.tally for p in fields), metrics.tally, flags.tally,
                         metrics.subjects_right, metrics.subjects_scored, notes)


@dataclass(frozen=True)
class CorpusScore:
    goldens: int
    documents: tuple[DocumentScore, ...]
    missing: tuple[str, ...] = field(default=())

    @property
    def fields(self) -> Tally:
        return total(d.fields for d in self.documents)

    @property
    def metrics(self) -> Tally:
        return total(d.metrics for d in self.documents)

    @property
    def flags(self) -> Tally:
        return total(d.flags for d in self.documents)

    @property
    def subject_rate(self) -> float:
        scored = sum(d.subjects_scored for d in self.documents)
        return sum(d.subjects_right for d in self.documents) / scored if scored else 1.0

    def summary(self) -> str:
        f, m, fl = self.fields, self.metrics, self.flags
        return (f"total: docs={self.goldens} missing={len(self.missing)} fields P={f.precision:.3f} "
                f"R={f.recall:.3f} F1={f.f1:.3f} metrics P={m.precision:.3f} R={m.recall:.3f} "
                f"subject={self.subject_rate:.3f} flags P={fl.precision:.3f} R={fl.recall:.3f}")


def score_corpus(db: Path, golden_dir: Path) -> CorpusScore:
    """Every golden file under `golden_dir` against the dataset `db` (documents matched by file name)."""
    data = Dataset(db)
    try:
        reports = data.reports_by_file()
        goldens = [load_golden(p) for p in find_goldens(golden_dir)]
        scores = [score_document(g, reports[g.document], data) for g in goldens if g.document in reports]
        missing = tuple(g.document for g in goldens if g.document not in reports)
    finally:
        data.close()
    return CorpusScore(len(goldens), tuple(scores), missing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--golden", type=Path, required=True)
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when the fields F1 is lower")
    parser.add_argument("--require-flags", action="store_true", help="exit 1 when a planted error is missed")
    parser.add_argument("--json", type=Path, help="write the per-document tallies and notes here")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each document's notes")
    args = parser.parse_args(argv)
    result = score_corpus(args.db, args.golden)
    for name in result.missing:
        print(f"{name}: NOT INGESTED")
    for doc in result.documents:
        print(doc.line())
        if args.verbose:
            for note in doc.notes:
                print(f"    {note}")
    print(result.summary())
    if args.json:
        docs = [{"doc": d.document, "fields": asdict(d.fields), "metrics": asdict(d.metrics),
                 "flags": asdict(d.flags), "notes": list(d.notes)} for d in result.documents]
        args.json.write_text(json.dumps({"docs": docs, "summary": result.summary()}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    failed = result.missing or result.fields.f1 < args.min_f1 or (args.require_flags and result.flags.fn)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
