#!/usr/bin/env python3
"""Check the heldout9 goldens against their documents.

    .venv/bin/python tests/corpora/heldout9/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- the one TRAP that is not an error: `xingping-yiyuan-2021` writes its rate truncated
  (`执行率99.9%` for 1,249.52 / 1,250.00 = 99.96%). check_folder compares rates exactly, so this
  difference is accepted here only when the stated rate is the computed one cut (not rounded)
  to the digits written;
- Hainan-style targets (`≥ | 620 | 人次` in three cells, golden target `≥620`): accepted when the
  operator and the value stand in adjacent cells of the sheet;
- the stated rates of table rows that are not golden fields (EXTRA_RATES) must hold;
- the funds-table execution line's score must be its weight × the computed rate (0.01);
- the golden `flags` must be exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, python-docx, openpyxl, beautifulsoup4.
"""
from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root

from tests.corpora import golden_check  # noqa: E402

# (document stem, check_folder's label) -> the golden flag items that record it
PLANTED = {
    ("lichuan-nongye-2022", "basic + project = total"):
        ["expenditure_basic", "expenditure_project", "expenditure_total"],
    ("ruyuan-weijian-2022", "rate = executed / budget"): ["execution_rate"],
    ("qionghai-jiaji-2023", "indicator scores = self_score"): ["self_score"],
    ("jishou-qianzhou-2023", "grade matches the bands"): ["self_score", "grade"],
    ("jinggangshan-jiaoti-2022", "project 义务教育薄弱环节改善 rate"): ["projects.execution_rate"],
}
# Rates written truncated: accepted when stated == computed cut to the written digits.
TRUNCATED = {("xingping-yiyuan-2021", "rate = executed / budget")}
# Stated rates of table rows that are no golden field: (executed, budget, stated), 万元.
EXTRA_RATES = {
    "geermu-linye-2020": [("318.74", "326.00", "97.77"), ("60.00", "60.00", "100.00")],
}
N_DOCUMENTS = 13

_sum_problems = golden_check.sum_problems
_text_problems = golden_check.text_problems
traps_seen: list[str] = []


def _truncates(detail: str) -> bool:
    got, _, want = detail.partition(" vs ")
    want = want.strip()
    digits = len(want.split(".")[1]) if "." in want else 0
    cut = Decimal(got).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_DOWN)
    return cut == Decimal(want) and Decimal(got) != Decimal(want)


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if want != Decimal(ind["score"]):
                return [("execution-line score = weight × rate", f"{want} vs {ind['score']}")]
    return []


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete):
        if (stem, label) in TRUNCATED and _truncates(detail):
            traps_seen.append(f"{stem}: {label}: {detail} (written truncated, not an error)")
            continue
        out.append((label, detail))
    for executed, budget, stated in EXTRA_RATES.get(stem, []):
        got = golden_check.rate(Decimal(executed), Decimal(budget))
        if got != Decimal(stated):
            out.append((f"table row rate {executed}/{budget}", f"{got} vs {stated}"))
    out += _execution_score(golden)
    return out


def text_problems(golden: dict, raw: str):
    squeezed = golden_check.squeeze(raw)
    out = []
    for problem in _text_problems(golden, raw):
        m = re.fullmatch(r"indicator target '([^\d']*)([\d.]+)' not in the text", problem)
        if m and m.group(1) and f"{m.group(1)}|{m.group(2)}|" in squeezed:
            continue  # operator and value in adjacent cells (指标性质 | 年度指标值)
        out.append(problem)
    return out


golden_check.sum_problems = sum_problems
golden_check.text_problems = text_problems


def flag_problems() -> list[str]:
    """The goldens' error flags are exactly the planted errors, one per document."""
    problems = []
    want = {stem: sorted(items) for (stem, _), items in PLANTED.items()}
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        flags = json.loads(path.read_text(encoding="utf-8")).get("flags", [])
        got = [sorted(f["items"]) for f in flags if f.get("severity") == "error"]
        expected = [want[stem]] if stem in want else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED))
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems()
    for p in problems:
        print(f"flags: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} truncated-rate trap(s)")
    return 1 if status or problems or n != N_DOCUMENTS else 0


if __name__ == "__main__":
    sys.exit(main())
