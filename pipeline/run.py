"""Compose the stages for one file, and ingest a batch.

`process_file` never raises for a bad file: a typed reject becomes the
outcome's status and reason, so one broken file never stops a batch.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extraction.classify import BLANK_FORM, is_blank_form, is_self_evaluation, other_document
from pipeline.extraction.corroborate import corroborate
from pipeline.extraction.evidence import attach_quotes, source_pages
from pipeline.extraction.extract import extract
from pipeline.extraction.ocr_evidence import attach_ocr_evidence
from pipeline.extraction.unread_budget import adopt_unread_budget
from pipeline.extraction.written import restore_as_written
from pipeline.reading.limits import ReadLimits
from pipeline.reading.read import SUFFIX_FORMATS, check_size, file_sha256, path_sha256, read_bytes
from pipeline.rules import check_all, check_all_rounded
from pipeline.rules.check import check
from pipeline.text.segment import segment
from schemas.document import Document
from schemas.errors import NeedsOcr, NotAReport, RejectedFile
from schemas.facts import ReportOutcome, Status
from schemas.text.normalize import normalize_document


def process_file(path: str | Path, limits: ReadLimits | None = None) -> ReportOutcome:
    """One file through every stage; with `limits`, a file over its format's size limit is refused unread."""
    path_text = str(path)
    try:
        if limits is not None:
            check_size(path, limits)
        data = Path(path).read_bytes()
    except RejectedFile as exc:
        return ReportOutcome(path_text, _id_of_unread(path), _suffix_format(path_text), Status(exc.status), _reason(exc))
    except OSError as exc:
        # The id of a file that cannot be read is the hash of its path (as bytes: a name may not be UTF-8).
        return ReportOutcome(path_text, file_sha256(os.fsencode(path_text)), _suffix_format(path_text),
                             Status.FAILED, f"cannot read the file ({exc.strerror or exc})")
    report_id = file_sha256(data)
    try:
        document = read_bytes(data, path_text)
        return process_document(document)
    except RejectedFile as exc:
        return ReportOutcome(
            path_text, report_id, _suffix_format(path_text), Status(exc.status), _reason(exc),
        )
    except Exception as exc:  # noqa: BLE001 - the batch boundary: a bug on one file must not stop the batch
        return ReportOutcome(
            path_text, report_id, _suffix_format(path_text), Status.FAILED,
            f"internal error while processing ({type(exc).__name__}: {exc})",
        )


def process_document(document: Document) -> ReportOutcome:
    normalized = normalize_document(document)
    if not is_self_evaluation(normalized.text, document):
        raise NotAReport("readable, but not a performance self-evaluation (its title and tables name no "
                         "绩效/自评/评价)", path=document.source_path)
    reason = other_document(normalized.text, document)
    if reason is not None:
        raise NotAReport(reason, path=document.source_path)
    segmented = segment(document, normalized)
    facts = attach_ocr_evidence(extract(segmented), document, normalized)
    if is_blank_form(facts) and not any(p.image_only for p in document.pages):
        raise NotAReport(BLANK_FORM, path=document.source_path)  # (an unread scan is partial, not blank)
    facts = check(adopt_unread_budget(corroborate(facts, check_all, check_all_rounded), check_all))
    facts = attach_quotes(facts, source_pages(document, normalized))
    facts = restore_as_written(facts, document, normalized)
    image_pages = [p.number for p in document.pages if p.image_only]
    problems = list(document.damage)
    if image_pages:
        problems.append(f"image-only pages not read (OCR needed): {', '.join(map(str, image_pages))}")
    status, error = (Status.PARTIAL, "; ".join(problems)) if problems else (Status.OK, None)
    ocr_pages, ocr_confidence = ocr_summary(document)
    return ReportOutcome(
        source_path=document.source_path, report_id=document.sha256, source_format=document.source_format,
        status=status, error=error, facts=facts, n_pages=document.n_pages, n_chars=len(normalized.text),
        pages_by_engine=pages_by_engine(document),
        ocr_pages=ocr_pages, ocr_confidence=ocr_confidence,
    )


def pages_by_engine(document: Document) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for page in document.pages:
        if page.engine:
            counts[page.engine] = counts.get(page.engine, 0) + 1
    return tuple(sorted(counts.items()))


def _id_of_unread(path: str | Path) -> str:
    """The report id of a file refused before reading: its bytes' hash (chunked), or its path's if unreadable."""
    try:
        return path_sha256(path)
    except OSError:
        return file_sha256(str(path).encode())


def ocr_summary(document: Document) -> tuple[int, float | None]:
    """Pages read by OCR, and the mean confidence of every character OCR read (None without OCR)."""
    pages = [p for p in document.pages if p.ocr is not None]
    confidences = [c for p in pages for c in p.ocr.confidences]  # type: ignore[union-attr]
    confidences += [c for p in pages for t in p.tables for cell in t.cells if cell.ocr for c in cell.ocr.confidences]
    return len(pages), (round(sum(confidences) / len(confidences), 4) if confidences else None)


def _reason(exc: RejectedFile) -> str:
    if isinstance(exc, NeedsOcr) and exc.pages:
        return f"{exc.message} (pages {', '.join(map(str, exc.pages))})"
    return exc.message


def _suffix_format(path: str) -> str:
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), Path(path).suffix.lower().lstrip(".") or "unknown")


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named and files under folders named (recursive, sorted), skipping golden files and dotfiles."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _skipped(child, path):
                    yield child
        else:
            yield path


# Inside a folder, files that are never reports: code, data, the folder's own notes. Any other file
# (a .doc, a .wps) is still taken, so it gets a `reports` row saying why it could not be read.
NOT_REPORT_SUFFIXES = frozenset({
    ".py", ".pyc", ".json", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".sh", ".lock", ".duckdb", ".wal",
    ".parquet", ".log",
})
NOT_REPORT_NAMES = re.compile(r"^(?:README|LICENSE|CHANGELOG)(?:\.[A-Za-z]+)?$", re.IGNORECASE)


def _skipped(child: Path, root: Path) -> bool:
    rel = child.relative_to(root)
    return (
        any(part.startswith(".") for part in rel.parts)
        or child.suffix.lower() in NOT_REPORT_SUFFIXES
        or bool(NOT_REPORT_NAMES.match(child.name))
    )


@dataclass
class BatchSummary:
    by_status: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    pages: int = 0
    pages_by_engine: dict[str, int] = field(default_factory=dict)  # PDF pages by the engine that read them

    def add(self, outcome: ReportOutcome) -> None:
        self.by_status[outcome.status.value] = self.by_status.get(outcome.status.value, 0) + 1
        self.pages += outcome.n_pages
        self.add_engines(outcome.pages_by_engine)
        if outcome.status in (Status.FAILED,):
            self.failures.append((outcome.source_path, outcome.error or ""))
        if outcome.facts:
            for f in outcome.facts.flags:
                self.by_severity[f.severity.value] = self.by_severity.get(f.severity.value, 0) + 1

    def add_engines(self, pages_by_engine: tuple[tuple[str, int], ...]) -> None:
        for engine, n in pages_by_engine:
            self.pages_by_engine[engine] = self.pages_by_engine.get(engine, 0) + n

    @property
    def files(self) -> int:
        return sum(self.by_status.values())


def ingest_serial(files: list[Path], store_write: Callable[[ReportOutcome], None],
                  on_done: Callable[[ReportOutcome], None] | None = None,
                  limits: ReadLimits | None = None) -> BatchSummary:
    """Ingest files one after another in this process (size limits: the defaults unless given)."""
    summary = BatchSummary()
    limits = limits or ReadLimits()
    for path in files:
        outcome = process_file(path, limits)
        store_write(outcome)
        summary.add(outcome)
        if on_done:
            on_done(outcome)
    return summary
