"""The HTML report's review section: open flags per department, and reviews gone stale.

Open flags are error and warning flags nobody has reviewed yet, or marked to follow up
(`jixiao review`); confirmed and dismissed ones are closed. Departments with the most
open flags come first.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.outputs.charts import esc
from pipeline.outputs.flagview import FlagView, StaleReview, review_label
from schemas.messages import t

NUM = ' class="num"'


@dataclass
class DepartmentReview:
    department: str
    open_errors: int = 0
    open_warnings: int = 0
    follow_up: int = 0
    confirmed: int = 0
    dismissed: int = 0

    @property
    def open(self) -> int:
        return self.open_errors + self.open_warnings


def department_reviews(flags: Sequence[FlagView]) -> list[DepartmentReview]:
    by_dept: dict[str, DepartmentReview] = {}
    for f in flags:
        if f.severity not in ("error", "warning"):
            continue
        name = f.department or f.title or f.file
        d = by_dept.setdefault(name, DepartmentReview(name))
        if f.is_open:
            if f.severity == "error":
                d.open_errors += 1
            else:
                d.open_warnings += 1
        if f.review_state == "follow_up":
            d.follow_up += 1
        elif f.review_state == "confirmed":
            d.confirmed += 1
        elif f.review_state == "dismissed":
            d.dismissed += 1
    return sorted(by_dept.values(), key=lambda d: (-d.open, -d.open_errors, d.department))


def render_review(flags: Sequence[FlagView], stale: Sequence[StaleReview]) -> str:
    departments = department_reviews(flags)
    if not departments:
        body = f'<p class="note">{esc(t("html.review_none"))}</p>'
    else:
        heads = "".join(f'<th{NUM if i else ""}>{esc(t(key))}</th>' for i, key in enumerate((
            "compare.col.department", "html.open_total", "html.open_errors", "html.open_warnings",
            "review.follow_up", "review.confirmed", "review.dismissed")))
        rows = "".join(
            f'<tr data-open="{d.open}"><td>{esc(d.department)}</td><td class="num open">{d.open}</td>'
            f'<td class="num">{d.open_errors}</td><td class="num">{d.open_warnings}</td>'
            f'<td class="num">{d.follow_up}</td><td class="num">{d.confirmed}</td><td class="num">{d.dismissed}</td></tr>'
            for d in departments)
        total = sum(d.open for d in departments)
        body = (f'<p>{esc(t("html.open_summary", n=total, departments=sum(d.open > 0 for d in departments)))}</p>'
                f'<table class="plain" id="open-by-department"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>')
    if stale:
        items = "".join(
            f'<li><span class="rule">{esc(s.rule)}</span> · {esc(s.source_path or s.report_id[:16])} · '
            f'{esc(review_label(s.state))}（{esc(s.reviewer)}）：{esc(s.message or "")}</li>' for s in stale)
        body += f'<h3>{esc(t("html.stale_title", n=len(stale)))}</h3><ul id="stale-reviews">{items}</ul>'
    return body
