"""Stage 5, check: the consistency rules on one report's resolved facts.

(Dataset-wide validation with Great Expectations runs after storing; see
`pipeline.validation.expectations`.)

Misreads are not contradictions. When a report was read by OCR, some figures
are doubtful (`Figure.doubtful`: a character read with low confidence). The
rules run twice: on all figures, and with the doubtful ones left out. An
error that only the first run raises fails through doubtful figures alone: it
becomes a warning naming them and asking to check the scan. An error that
stands without them stays an error. A resolver conflict (a table against the
narrative) that involves a doubtful figure is softened the same way.

Missed parts are not contradictions either: a sum short of its total by exactly
a figure of its passage that nothing read is a warning (`pipeline.rules.unread`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.rules import check_all
from pipeline.rules.unread import explain_unread_parts
from schemas.facts import Flag, FlagText, ReportFacts, Severity
from schemas.figures import LOW_CONFIDENCE, Figure
from schemas.messages import ocr_doubt_params, ocr_note, render
from schemas.provenance import Provenance


def check(facts: ReportFacts) -> ReportFacts:
    flags = explain_unread_parts(check_all(facts), facts)
    earlier = list(facts.flags)
    doubts = doubtful_figures(facts)
    if doubts and any(f.severity is Severity.ERROR for f in (*facts.flags, *flags)):
        standing = {_key(f) for f in check_all(without_doubtful(facts)) if f.severity is Severity.ERROR}
        flags = [soften(f, doubts) if f.severity is Severity.ERROR and _key(f) not in standing else f for f in flags]
        earlier = [soften(f, doubts) if _resolver_doubt(f, doubts) else f for f in facts.flags]
    return replace(facts, flags=tuple(earlier) + tuple(with_readings_tried(flags, facts)))


def with_readings_tried(flags: Iterable[Flag], facts: ReportFacts) -> list[Flag]:
    """An error about figures that had rival readings names the readings tried (none removed it)."""
    out = []
    for f in flags:
        related = tuple(t for t in facts.tried if t.split("=", 1)[0].split("@", 1)[0] in f.items)
        out.append(replace(f, tried=related) if related and f.severity is Severity.ERROR else f)
    return out


def _key(flag: Flag) -> tuple[str, tuple[str, ...]]:
    return flag.rule, flag.items


Doubt = tuple[str, str, int | None, float]  # (label, stated, page, confidence)
MAX_DOUBTS_NAMED = 3  # a softened flag names at most this many doubtful figures


def _doubt(label: str, figure: Figure | None, page: int | None) -> list[Doubt]:
    if figure is None or not figure.doubtful:
        return []
    return [(label, figure.stated, page, figure.confidence or 0.0)]


def _score_doubtful(p: Provenance | None) -> bool:
    return p is not None and p.confidence is not None and p.confidence < LOW_CONFIDENCE


def doubtful_figures(facts: ReportFacts) -> list[Doubt]:
    """Every figure of the report that OCR read with a low-confidence character."""
    doubts: list[Doubt] = []
    for b in facts.budget_items:
        doubts += _doubt(b.item, b.figure, b.provenance.page)
    for p in facts.projects:
        for name in ("budget", "executed", "execution_rate"):
            doubts += _doubt(f"projects.{name}", getattr(p, name), p.provenance.page)
    for i in facts.indicators:
        doubts += _doubt("indicators.weight", i.weight, i.provenance.page)
        doubts += _doubt("indicators.score", i.score, i.provenance.page)
    for bd in facts.breakdowns:
        for f in (bd.total, *(f for _, f in bd.parts)):
            doubts += _doubt("breakdown", f, bd.provenance.page)
    score = facts.meta.provenance.get("self_score")
    if facts.meta.self_score is not None and _score_doubtful(score):
        assert score is not None
        doubts.append(("self_score", str(facts.meta.self_score), score.page, score.confidence or 0.0))
    return doubts


def without_doubtful(facts: ReportFacts) -> ReportFacts:
    """The facts with every doubtful figure left out (as if the report had not stated it)."""
    def keep(f: Figure | None) -> Figure | None:
        return None if f is not None and f.doubtful else f

    meta = facts.meta
    if _score_doubtful(meta.provenance.get("self_score")):
        meta = replace(meta, self_score=None)
    return replace(
        facts,
        meta=meta,
        budget_items=tuple(b for b in facts.budget_items if not b.figure.doubtful),
        projects=tuple(replace(p, budget=keep(p.budget), executed=keep(p.executed),
                               execution_rate=keep(p.execution_rate)) for p in facts.projects),
        indicators=tuple(replace(i, weight=keep(i.weight), score=keep(i.score)) for i in facts.indicators),
        metrics=tuple(m for m in facts.metrics if not m.figure.doubtful),
        breakdowns=tuple(b for b in facts.breakdowns
                         if not b.total.doubtful and not any(f.doubtful for _, f in b.parts)),
        flags=(),
    )


def _involved(flag: Flag, doubts: list[Doubt]) -> list[Doubt]:
    named = [d for d in doubts if d[0] in flag.items]
    if named:
        return named
    on_page = [d for d in doubts if flag.page is None or d[2] == flag.page]
    return on_page or doubts


def _resolver_doubt(flag: Flag, doubts: list[Doubt]) -> bool:
    return flag.severity is Severity.ERROR and flag.rule.startswith("resolve.") and any(d[0] in flag.items for d in doubts)


def soften(flag: Flag, doubts: list[Doubt]) -> Flag:
    """The error as a warning that names the doubtful figures it rests on (in its figures, so that
    every output shows them in the reader's language)."""
    involved = _involved(flag, doubts)[:MAX_DOUBTS_NAMED]
    if flag.text is None:  # a flag without figures: its sentence, in the default language
        note = ocr_note(FlagText("", ocr_doubt_params(involved)))
        return replace(flag, severity=Severity.WARNING, message=flag.message + note)
    text = replace(flag.text, params=flag.text.params + ocr_doubt_params(involved))
    return replace(flag, severity=Severity.WARNING, text=text, message=render(text))
