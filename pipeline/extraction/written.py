"""Stored text keeps the document's characters: traditional ones are restored after matching.

Normalization maps traditional characters to simplified ones (`schemas.text.hanzi`) so
a 繁體 page matches the vocabularies; offsets are unchanged (one character for one).
What is stored is what the document says: free text read from it — title,
department, project and indicator names, targets, actuals and notes, metric
subjects and sections, findings, every figure's `stated` text and the quoted
context — gets its characters back here.

A value is looked up as written: first as a span of the normalized text (whose
back-map gives the raw characters exactly), then as a table cell; failing both
(a value rebuilt from pieces) character by character, each simplified character
taking the traditional one it stands for most often in this document. Values
from closed vocabularies stay canonical: grade (优/良/中/差), qualifier, units
(measure words), item codes, rule ids, report kind, and the region names
(province, city, county), which are compared across reports.

A document without traditional characters is returned untouched (the common case).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import Any

from schemas.document import Document
from schemas.facts import Finding, Indicator, Metric, Project, Quote, ReportFacts
from schemas.figures import Figure
from schemas.text import NormalizedText
from schemas.text.hanzi import has_traditional
from schemas.text.normalize import normalize_char

META_FIELDS = ("title", "department", "project_name")
RECORD_FIELDS: dict[type, tuple[str, ...]] = {
    Project: ("name", "fund_source"),
    Indicator: ("name", "project", "target", "actual", "note"),
    Metric: ("subject", "section"),
    Finding: ("text",),
}


@dataclass
class WrittenForms:
    """The document's text twice, for matching (simplified) and as written, aligned character by character."""

    pairs: list[tuple[str, str]]  # (simplified, as written) chunks: the normalized text, each table cell
    chars: dict[str, str]  # simplified character -> the traditional one it stands for most often

    def restore(self, value: str) -> str:
        if not value or all(ch not in self.chars for ch in value):
            return value
        for simplified, written in self.pairs:
            at = simplified.find(value)
            if at >= 0:
                return written[at:at + len(value)]
        return "".join(self.chars.get(ch, ch) for ch in value)


def written_forms(document: Document, normalized: NormalizedText) -> WrittenForms | None:
    """None when the document has no traditional characters."""
    cells = [c.text for page in document.pages for t in page.tables for c in t.cells]
    if not has_traditional(normalized.raw_text) and not any(has_traditional(c) for c in cells):
        return None
    text = normalized.text
    written_chars = []
    for ch, raw_at in zip(text, normalized.origin):
        raw = normalize_char(normalized.raw_text[raw_at], simplify=False) if raw_at < len(normalized.raw_text) else ch
        written_chars.append(raw if len(raw) == 1 and normalize_char(raw) == ch else ch)
    pairs = [(text, "".join(written_chars))]
    for cell in cells:
        written = "".join(normalize_char(ch, simplify=False) for ch in cell)
        simplified = "".join(normalize_char(ch) for ch in cell)
        if len(written) == len(simplified) and written != simplified:
            pairs.append((simplified, written))
    counts: Counter[tuple[str, str]] = Counter(
        (s, w) for simplified, written in pairs for s, w in zip(simplified, written) if s != w
    )
    chars: dict[str, str] = {}
    for (s, w), _ in counts.most_common():
        chars.setdefault(s, w)
    return WrittenForms(pairs, chars)


def restore_as_written(facts: ReportFacts, document: Document, normalized: NormalizedText) -> ReportFacts:
    forms = written_forms(document, normalized)
    if forms is None:
        return facts
    meta_changes: dict[str, Any] = {name: _text(forms, getattr(facts.meta, name)) for name in META_FIELDS}
    meta = replace(facts.meta, **meta_changes)
    return replace(
        facts,
        meta=meta,
        budget_items=tuple(_record(forms, item) for item in facts.budget_items),
        projects=tuple(_record(forms, p) for p in facts.projects),
        indicators=tuple(_record(forms, i) for i in facts.indicators),
        metrics=tuple(_record(forms, m) for m in facts.metrics),
        findings=tuple(_record(forms, f) for f in facts.findings),
    )


def _text(forms: WrittenForms, value: str | None) -> str | None:
    return forms.restore(value) if isinstance(value, str) else value


def _record(forms: WrittenForms, record: Any) -> Any:
    changes: dict[str, Any] = {name: _text(forms, getattr(record, name)) for name in RECORD_FIELDS.get(type(record), ())}
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, Figure):
            changes[field.name] = replace(value, stated=forms.restore(value.stated))
        elif isinstance(value, Quote):
            changes[field.name] = replace(
                value, before=forms.restore(value.before), figure=forms.restore(value.figure),
                after=forms.restore(value.after), row=tuple(forms.restore(c) for c in value.row),
            )
    return replace(record, **changes) if changes else record

