"""Build ReportFacts by hand for rule tests."""
from __future__ import annotations

from decimal import Decimal

from extractors.numbers import money, percent
from schemas.facts import BudgetItem, Project, ReportFacts, ReportKind, ReportMeta
from schemas.provenance import Provenance

P = Provenance(page=1, char_start=0, char_end=1, extractor="budget")


def item(code: str, stated: str) -> BudgetItem:
    if stated.endswith("%"):
        figure = percent(stated[:-1], stated)
    else:
        number, unit = (stated[:-2], stated[-2:]) if stated.endswith("万元") else (stated[:-1], "元")
        figure = money(number, unit, stated)
    assert figure is not None
    return BudgetItem(code, figure, P)


def facts(figures: dict[str, str], *, score: str | None = None, grade: str | None = None,
          projects: tuple[Project, ...] = (), kind: ReportKind = ReportKind.DEPARTMENT_OVERALL) -> ReportFacts:
    meta = ReportMeta(report_kind=kind, self_score=Decimal(score) if score else None, grade=grade)
    return ReportFacts(meta, tuple(item(k, v) for k, v in figures.items()), projects, (), (), ())
