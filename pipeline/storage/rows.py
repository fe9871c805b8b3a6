"""Facts to dataset rows: one dict per contract-table row (the storage boundary).

This is the only place where typed records become column dicts, so the
contract's column names are spelled once, beside `schemas.tables`.
"""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from pipeline.version import PIPELINE_VERSION
from schemas.facts import Flag, Quote, ReportOutcome, Status, flag_key
from schemas.figures import Figure
from schemas.provenance import Provenance

Row = dict[str, Any]

# reports.error_kind of a failed file: would trying again help?
TRANSIENT = "transient"  # the worker was killed (a signal, the OOM killer) or ran out of time
PERMANENT = "permanent"  # the file itself: damaged, unsupported, over the memory ceiling


def path_bytes(path: str) -> bytes:
    """A path's raw bytes: a name that is not UTF-8 reaches Python with its bytes as surrogates."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that no file system gave: keep it as UTF-8 would spell it
        return path.encode("utf-8", "surrogatepass")


def stored_path(path: str) -> tuple[str, bytes | None]:
    """(text, raw bytes) of a path for the database, which takes only valid UTF-8 text.

    A path that is valid UTF-8 is stored as is (bytes None); otherwise every byte
    that is not UTF-8 shows as `\\xNN` in the text and the raw bytes are kept beside it,
    so the path is stored losslessly and still readable.
    """
    raw = path_bytes(path)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace"), raw


def storable_text(value: Any) -> Any:
    """Text DuckDB accepts: surrogates (from undecodable bytes) become `\\xNN`; other values unchanged."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return stored_path(value)[0]
    return value


def storable_rows(rows: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """Every text value of a report's rows made storable (the fallback for a report whose rows were refused)."""
    return {table: [{k: storable_text(v) for k, v in row.items()} for row in table_rows]
            for table, table_rows in rows.items()}


def unstorable_rows(rows: dict[str, list[Row]], reason: str) -> dict[str, list[Row]]:
    """The `failed` reports row left for a report whose rows the database refused: who it was, and why."""
    report = rows["reports"][0]
    kept = ("report_id", "source_path", "source_path_bytes", "source_format", "n_pages", "n_chars",
            "pipeline_version", "ingested_at")
    row = {k: storable_text(report.get(k)) for k in kept}
    row.update(status=Status.FAILED.value, error=f"its rows could not be stored ({reason})", error_kind=PERMANENT)
    return {"reports": [row]}


def _fig(f: Figure | None) -> Decimal | None:
    return None if f is None else f.value


def _loc(p: Provenance) -> Row:
    return {"page": p.page, "char_start": p.char_start, "char_end": p.char_end}


def _ocr(p: Provenance) -> Row:
    bbox = ",".join(f"{v:.1f}" for v in p.bbox) if p.bbox else None
    return {"bbox": bbox, "ocr_confidence": p.confidence}


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
    source_path, source_path_raw = stored_path(outcome.source_path)
    report: Row = {
        "report_id": rid, "source_path": source_path, "source_path_bytes": source_path_raw,
        "source_format": outcome.source_format, "status": outcome.status.value, "error": outcome.error,
        "error_kind": PERMANENT if outcome.status is Status.FAILED else None,
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
        "ocr_pages": outcome.ocr_pages, "ocr_confidence": outcome.ocr_confidence,
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
            "extractor": b.provenance.extractor, **_context(b.quote), **_ocr(b.provenance),
            "alternatives": "；".join(a.figure.stated for a in b.alternatives) or None,
        })
    for p in facts.projects:
        tables["projects"].append({
            "report_id": rid, "name": p.name, "fund_source": p.fund_source, "budget": _fig(p.budget),
            "executed": _fig(p.executed), "execution_rate": _fig(p.execution_rate), **_loc(p.provenance),
            **_context(p.quote), **_ocr(p.provenance),
        })
    for i in facts.indicators:
        tables["indicators"].append({
            "report_id": rid, "project": i.project, "level1": i.level1, "level2": i.level2, "name": i.name,
            "target": i.target, "actual": i.actual, "target_value": i.target_value,
            "actual_value": i.actual_value, "unit": i.unit, "weight": _fig(i.weight), "score": _fig(i.score),
            "note": i.note, "page": i.provenance.page, "level_row": i.level_row, **_ocr(i.provenance),
        })
    for m in facts.metrics:
        tables["metrics"].append({
            "report_id": rid, "section": m.section, "subject": m.subject, "value": m.value, "unit": m.unit,
            "qualifier": m.qualifier, "stated": m.figure.stated, **_loc(m.provenance), **_ocr(m.provenance),
        })
    seen: dict[tuple[str, str, str], int] = {}
    for f in facts.flags:
        identity = _identity(f)
        ordinal = seen.get(identity, 0)
        seen[identity] = ordinal + 1
        tables["flags"].append({
            "report_id": rid, "rule": f.rule, "severity": f.severity.value, "items": ",".join(f.items),
            "expected": f.expected, "stated": f.stated, "message": f.message, "page": f.page,
            "figures": f.text.to_json() if f.text else None,
            "flag_key": flag_key(rid, *identity, ordinal=ordinal),
            "tried": "；".join(f.tried) or None,
        })
    for fd in facts.findings:
        tables["findings"].append({
            "report_id": rid, "kind": fd.kind, "ordinal": fd.ordinal, "text": fd.text, "page": fd.provenance.page,
        })
    return tables


def _identity(flag: Flag) -> tuple[str, str, str]:
    """(rule, items, subject) of a flag: the subject, and the message variant when a rule has several."""
    subject = ""
    if flag.text is not None:
        variant = flag.text.key.removeprefix(flag.rule).lstrip(".")
        subject = "|".join(p for p in (variant, flag.text.subject) if p)
    elif flag.message:
        subject = flag.message  # a flag without figures: its sentence is all that tells it apart
    return flag.rule, ",".join(flag.items), subject
