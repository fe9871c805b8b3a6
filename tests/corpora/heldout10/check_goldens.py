#!/usr/bin/env python3
"""Check the heldout10 goldens against their documents.

    .venv/bin/python tests/corpora/heldout10/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- the TRAPS that are not errors: a rate written with fewer digits than check_folder's 0.01.
  `wafangdian-dongyi-2023` (`97%` for 96.98%) and `gaoping-wenlv-2024` (`98.4%` for 98.36%)
  are accepted only when the stated rate is the computed one ROUNDED to the digits written;
  `lipu-nongye-2024` (`99.8%` for 99.86%) only when it is the computed one CUT (not rounded)
  to the digits written;
- `wafangdian-dongyi-2023` lists all its projects: their spending must add up to 项目支出;
- the stated rates of table rows that are not golden fields (EXTRA_RATES) must hold;
- every indicator named 预算执行率 must score its weight × the computed rate (0.01);
- the golden `flags` must be exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, python-docx, openpyxl, beautifulsoup4.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root

from tests.corpora import golden_check  # noqa: E402

# (document stem, check_folder's label) -> the golden flag items that record it
PLANTED = {
    ("weichang-siheyong-2020", "indicator scores = self_score"): ["self_score"],
    ("dingzhou-yingji-2022", "personnel + public = basic"):
        ["expenditure_personnel", "expenditure_public", "expenditure_basic"],
    ("xiwuqi-shuili-2019", "levels = budget less carry-over"):
        ["funds_central", "funds_provincial", "funds_local"],
    ("maerkang-zhujian-2021", "rate = executed / budget"): ["execution_rate"],
    ("dali-xiaguanyizhong-2022", "grade matches the bands"): ["self_score", "grade"],
}
# Rates written with fewer digits: accepted when stated == computed rounded (ROUNDED) or cut
# (TRUNCATED) to the written digits.
ROUNDED = {("wafangdian-dongyi-2023", "rate = executed / budget"),
           ("gaoping-wenlv-2024", "rate = executed / budget")}
TRUNCATED = {("lipu-nongye-2024", "rate = executed / budget")}
# Documents whose project list is complete (their spending adds up to 项目支出).
PROJECTS_COMPLETE = frozenset({"wafangdian-dongyi-2023"})
# Stated rates of table rows that are no golden field: (numerator, denominator, stated), 万元.
EXTRA_RATES = {
    "dingzhou-yingji-2022": [("79.46", "2277.92", "3.49")],  # 结转结余率 row: carry-forward ÷ budget
}
N_DOCUMENTS = 12

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def _written_as(detail: str, rounding: str) -> bool:
    got, _, want = detail.partition(" vs ")
    want = want.strip()
    digits = len(want.split(".")[1]) if "." in want else 0
    shown = Decimal(got).quantize(Decimal(1).scaleb(-digits), rounding=rounding)
    return shown == Decimal(want) and Decimal(got) != Decimal(want)


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if want != Decimal(ind["score"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete):
        if (stem, label) in ROUNDED and _written_as(detail, ROUND_HALF_UP):
            traps_seen.append(f"{stem}: {label}: {detail} (rounded to the digits written, not an error)")
            continue
        if (stem, label) in TRUNCATED and _written_as(detail, ROUND_DOWN):
            traps_seen.append(f"{stem}: {label}: {detail} (written truncated, not an error)")
            continue
        out.append((label, detail))
    for numerator, denominator, stated in EXTRA_RATES.get(stem, []):
        got = golden_check.rate(Decimal(numerator), Decimal(denominator))
        if got != Decimal(stated):
            out.append((f"table row rate {numerator}/{denominator}", f"{got} vs {stated}"))
    out += _execution_score(golden)
    return out


golden_check.sum_problems = sum_problems


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
    status = golden_check.check_folder(HERE, set(PLANTED), PROJECTS_COMPLETE)
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems()
    for p in problems:
        print(f"flags: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} rate trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != 3 else 0


if __name__ == "__main__":
    sys.exit(main())
