"""Table facts built by hand for the table rules' tests, as the tables extractor reads them.

Provenance `tables` with the table's page and index; points, money, rates and indicator values
parsed by the extractor's own parsers, so a figure carries the rounding its writing implies.
"""
from __future__ import annotations

from extractors.numbers import money, percent
from extractors.table_values import parse_indicator_value, parse_points
from pipeline.rules import tables
from schemas.facts import Basis, BudgetItem, Flag, Indicator, ReportFacts, ReportMeta
from schemas.messages import Lang, render_param
from schemas.provenance import Provenance


def cell(page: int = 1, table: int = 0, evidence: str = "") -> Provenance:
    return Provenance(page=page, extractor="tables", evidence=evidence, table=table)


def funds(code: str, stated: str, basis: Basis | None = None, *, page: int = 1, table: int = 0,
          scope: str | None = None) -> BudgetItem:
    """A funds table cell: `3,286.00` (the header's 万元), `300.00元`, or a rate `95.00%`."""
    if stated.endswith("%"):
        figure = percent(stated[:-1], stated)
    else:
        unit = next((u for u in ("万元", "元") if stated.endswith(u)), "")
        figure = money(stated.removesuffix(unit), unit or "万元", stated)
    assert figure is not None
    return BudgetItem(code, figure, cell(page, table, stated), basis=basis, scope=scope)


def indicator(name: str, weight: str | None, score: str | None, *, level1: str | None = None,
              target: str | None = None, actual: str | None = None, project: str | None = None,
              page: int = 1, evidence: str = "", level_row: bool = False) -> Indicator:
    """An indicator row as the extractor reads it (`≥90%` -> operator ≥, value 90, unit %)."""
    aimed, done = parse_indicator_value(target), parse_indicator_value(actual)
    return Indicator(
        name, cell(page, evidence=evidence or f"{level1 or ''} | {name} | {target or ''} | {actual or ''}"),
        project=project, level1=level1, target=target, actual=actual,
        target_value=aimed.value if aimed else None, actual_value=done.value if done else None,
        target_operator=aimed.operator if aimed else None,
        weight=parse_points(weight), score=parse_points(score), level_row=level_row)


def execution(weight: str | None, rate: str | None, score: str | None, *, project: str | None = None,
              page: int = 1) -> Indicator:
    """The 预算执行率 row of a funds block (分值 | 执行率 | 得分)."""
    figure = percent(rate[:-1], rate) if rate else None
    return Indicator(tables.EXECUTION_INDICATOR, cell(page), project=project, level1="预算执行",
                     actual=rate, actual_value=figure.value if figure else None,
                     weight=parse_points(weight), score=parse_points(score))


def level(name: str, weight: str | None, score: str | None, *, project: str | None = None,
          page: int = 1) -> Indicator:
    """A first-level row (`产出指标 | 50 | 48`)."""
    return Indicator(name, cell(page, evidence=f"{name} | {weight or ''} | {score or ''}"), project=project,
                     weight=parse_points(weight), score=parse_points(score), level_row=True)


def facts(budget: tuple[BudgetItem, ...] = (), indicators: tuple[Indicator, ...] = (),
          meta: ReportMeta | None = None) -> ReportFacts:
    return ReportFacts(meta or ReportMeta(), budget, (), indicators, (), ())


def described(flag: Flag) -> dict[str, object]:
    """Everything a flag states, its sentence's parameters as rendered in Chinese."""
    assert flag.text is not None
    return {"rule": flag.rule, "severity": flag.severity.value, "items": flag.items, "expected": flag.expected,
            "stated": flag.stated, "page": flag.page, "key": flag.text.key,
            "params": {p.name: render_param(p, Lang.ZH) for p in flag.text.params}}
