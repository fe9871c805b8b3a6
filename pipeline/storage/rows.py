"""Facts to dataset rows: one dict per contract-table row (the storage boundary).

This is the only place where typed records become column dicts, so the
contract's column names are spelled once, beside `schemas.tables`.
"""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from pipeline.version import PIPELINE_VERSION
from schemas.facts import Quote, ReportOutcome
from schemas.figures import Figure
from schemas.provenance import Provenance

Row = dict[str, Any]


def _fig(f: Figure | None) -> Decimal | None:
    return None if f is None else f.value


def _loc(p: Provenance) -> Row:
    return {"page": p.page, "char_start": p.char_start, "char_end": p.char_end}


def _context(q: Quote | None) -> Row:
    if q is None:
        return {"context": None, "context_start": None, "context_end": None, "context_kind": None}
    span = q.figure_span
    return {"context": q.context, "context_start": span[0] if span else None,
            "context_end": span[1] if span else None,
            "context_kind": "table_row" if q.is_table_row else "sentence"}


def outcome_rows(outcome: ReportOutcome, ingested_at: datetime | None = None) -> dict[str, list[Row]]:
    """All rows one report contributes, keyed by table name."""
    rid = outcome.report_id
    facts = outcome.facts
    meta = facts.meta if facts else None
    report: Row = {
        "report_id": rid, "source_path": outcome.source_path, "source_format": outcome.source_format,
        "status": outcome.status.value, "error": outcome.error,
        "title": meta.title if meta else None, "department": meta.department if meta else None,
        "province": meta.province if meta else None, "city": meta.city if meta else None,
        "county": meta.county if meta else None, "fiscal_year": meta.fiscal_year if meta else None,
        "report_kind": meta.report_kind.value if meta else None,
        "project_name": meta.project_name if meta else None,
        "self_score": meta.self_score if meta else None, "grade": meta.grade if meta else None,
        "external_grade": meta.external_grade if meta else None,
        "n_pages": outcome.n_pages, "n_chars": outcome.n_chars,
        "pipeline_version": PIPELINE_VERSION,
        "ingested_at": ingested_at or datetime.now(timezone.utc).replace(tzinfo=None),
    }
    tables: dict[str, list[Row]] = {
        "reports": [report], "budget_items": [], "projects": [], "indicators": [], "metrics": [],
        "flags": [], "findings": [],
    }
    if facts is None:
        return tables
    for b in facts.budget_items:
        if b.scope is not None:
            continue
        tables["budget_items"].append({
            "report_id": rid, "item": b.item, "basis": b.basis.value if b.basis else None,
            "value": b.value, "stated": b.figure.stated, **_loc(b.provenance),
            "extractor": b.provenance.extractor, **_context(b.quote),
            "alternatives": "；".join(a.figure.stated for a in b.alternatives) or None,
        })
    for p in facts.projects:
        tables["projects"].append({
            "report_id": rid, "name": p.name, "fund_source": p.fund_source, "budget": _fig(p.budget),
            "executed": _fig(p.executed), "execution_rate": _fig(p.execution_rate), **_loc(p.provenance),
            **_context(p.quote),
        })
    for i in facts.indicators:
        tables["indicators"].append({
            "report_id": rid, "project": i.project, "level1": i.level1, "level2": i.level2, "name": i.name,
            "target": i.target, "actual": i.actual, "target_value": i.target_value,
            "actual_value": i.actual_value, "unit": i.unit, "weight": _fig(i.weight), "score": _fig(i.score),
            "note": i.note, "page": i.provenance.page, "level_row": i.level_row,
        })
    for m in facts.metrics:
        tables["metrics"].append({
            "report_id": rid, "section": m.section, "subject": m.subject, "value": m.value, "unit": m.unit,
            "qualifier": m.qualifier, "stated": m.figure.stated, **_loc(m.provenance),
        })
    for f in facts.flags:
        tables["flags"].append({
            "report_id": rid, "rule": f.rule, "severity": f.severity.value, "items": ",".join(f.items),
            "expected": f.expected, "stated": f.stated, "message": f.message, "page": f.page,
            "tried": "；".join(f.tried) or None,
        })
    for fd in facts.findings:
        tables["findings"].append({
            "report_id": rid, "kind": fd.kind, "ordinal": fd.ordinal, "text": fd.text, "page": fd.provenance.page,
        })
    return tables
