#!/usr/bin/env python3
"""Check the heldout11 goldens against their documents.

    .venv/bin/python tests/corpora/heldout11/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- the text file copied out of a PDF writes some figures in full-width digits
  (`６３１２．８０`); they are read as ASCII digits, as a reader would;
- the TRAPS that are not errors: a rate written with fewer digits than check_folder's 0.01.
  `macheng-zigui-2020` (`96.5%` for 96.47%) is accepted only when the stated rate is the
  computed one ROUNDED to the digits written, `hailun-yiyuan-2019` (`98.7%` for 98.76%) only
  when it is the computed one CUT (not rounded) to the digits written;
- `keqiao-jiedao-2022` lists all its projects: their spending must add up to 项目支出, and its
  table's 合计 row must be the sum of the rows;
- the three long reports restate their figures in 元 in tables: each golden figure named in
  RESTATED must be printed in the document as 元 with thousands separators, exactly;
- the stated shares and growth rates of table rows that are no golden field (SHARES, GROWTH);
- the spending lines of the three project reports that list them add up to the spending;
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
    ("keqiao-jiedao-2022", "initial + addition = adjusted"):
        ["budget_initial", "budget_addition", "budget_adjusted"],
    ("juxian-jikong-2021", "economic classes = basic"):
        ["expenditure_wages", "expenditure_goods_services", "expenditure_household_subsidies", "expenditure_basic"],
    ("zhangshu-jiaoyi-2022", "rate = executed / budget"): ["execution_rate"],
    ("yuanling-yizhong-2024", "indicator scores = self_score"): ["self_score"],
    ("tianchang-jiaotong-2018", "grade matches the bands"): ["self_score", "grade"],
}
# Rates written with fewer digits: accepted when stated == computed rounded (ROUNDED) or cut
# (TRUNCATED) to the written digits.
ROUNDED = {("macheng-zigui-2020", "rate = executed / budget")}
TRUNCATED = {("hailun-yiyuan-2019", "rate = executed / budget")}
# Documents whose project list is complete (their spending adds up to 项目支出).
PROJECTS_COMPLETE = frozenset({"keqiao-jiedao-2022"})
# The complete list's 合计 row (万元): budget, executed, rate.
PROJECT_TOTALS = {"keqiao-jiedao-2022": ("6201.80", "6032.12", "97.26")}
# Golden figures the long reports restate in 元 tables (the table must print them exactly).
RESTATED = {
    "keqiao-jiedao-2022": ["revenue_general_budget", "revenue_gov_fund", "revenue_carryover", "revenue_total",
                           "expenditure_basic", "expenditure_personnel", "expenditure_public",
                           "expenditure_project", "expenditure_total"],
    "juxian-jikong-2021": ["revenue_general_budget", "revenue_other", "revenue_carryover", "revenue_total",
                           "expenditure_basic", "expenditure_wages", "expenditure_goods_services",
                           "expenditure_household_subsidies", "expenditure_project", "expenditure_total"],
    "macheng-zigui-2020": ["expenditure_basic", "expenditure_personnel", "expenditure_public",
                           "expenditure_project", "expenditure_total"],
}
# Stated shares that are no golden field: (part, whole, stated percent), in 万元.
SHARES = {
    "keqiao-jiedao-2022": [("8746.25", "9562.25", "91.47"), ("600.00", "9562.25", "6.27"),
                           ("216.00", "9562.25", "2.26"), ("3186.52", "9218.64", "34.57"),
                           ("6032.12", "9218.64", "65.43")],
    "juxian-jikong-2021": [("1968.70", "2246.70", "87.63"), ("186.00", "2246.70", "8.28"),
                           ("92.00", "2246.70", "4.09"), ("1126.84", "2158.36", "52.21"),
                           ("1031.52", "2158.36", "47.79")],
    "macheng-zigui-2020": [("4562.85", "7274.85", "62.72"), ("2480.00", "7274.85", "34.09"),
                           ("232.00", "7274.85", "3.19")],
    "tianchang-jiaotong-2018": [("1024.35", "8296.57", "12.35"), ("7272.22", "8296.57", "87.65")],
}
# macheng's comparison table (元): this year, last year, stated growth in percent; and last
# year's parts must add up to last year's totals.
GROWTH = [("16423800", "15862400", "3.54"), ("13985600", "13402100", "4.35"), ("2438200", "2460300", "-0.90"),
          ("53756400", "44381600", "21.12"), ("70180200", "60244000", "16.49")]
LAST_YEAR_SUMS = [(("13402100", "2460300"), "15862400"), (("15862400", "44381600"), "60244000")]
# Spending lines that add up to the stated spending (golden metric subjects, in 元).
SPENDING_LINES = {
    "weining-caohai-2023": ["村庄道路硬化", "垃圾收运设施", "户用卫生厕所改造", "村庄绿化亮化"],
    "hailun-yiyuan-2019": ["医疗设备购置", "进修和培训", "远程会诊信息系统建设"],
    "zhashui-nongye-2022": ["菌包生产补助", "标准化大棚建设", "技术培训", "品牌营销"],
}
N_DOCUMENTS = 12
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")

_document_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def document_text(path: Path) -> str:
    return _document_text(path).translate(FULL_WIDTH)


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


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out = []
    b = golden["budget_items"]
    text = document_text(next(p for p in HERE.iterdir() if p.stem == stem and not p.name.endswith(".json")))
    for key in RESTATED.get(stem, []):
        printed = f"{Decimal(b[key]):,.2f}"
        if printed not in text:
            out.append((f"{key} restated in 元", f"{printed} not printed"))
    for part, whole, stated in SHARES.get(stem, []):
        got = golden_check.rate(Decimal(part), Decimal(whole))
        if got != Decimal(stated):
            out.append((f"share {part}/{whole}", f"{got} vs {stated}"))
    if stem == "macheng-zigui-2020":
        for now, before, stated in GROWTH:
            got = ((Decimal(now) / Decimal(before) - 1) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if got != Decimal(stated):
                out.append((f"growth {now}/{before}", f"{got} vs {stated}"))
        for parts, total in LAST_YEAR_SUMS:
            if sum(Decimal(x) for x in parts) != Decimal(total):
                out.append(("last year's parts", f"{parts} vs {total}"))
    if stem in PROJECT_TOTALS:
        budget, executed, stated = (Decimal(x) for x in PROJECT_TOTALS[stem])
        projects = golden["projects"]
        if sum(Decimal(p["budget"]) for p in projects) != budget * 10000:
            out.append(("project 合计 budget", str(budget)))
        if sum(Decimal(p["executed"]) for p in projects) != executed * 10000:
            out.append(("project 合计 executed", str(executed)))
        if golden_check.rate(executed, budget) != stated:
            out.append(("project 合计 rate", str(stated)))
    if stem in SPENDING_LINES:
        metrics = {m["subject"]: Decimal(m["value"]) for m in golden["metrics"] if m["unit"] == "元"}
        lines = sum(metrics[s] for s in SPENDING_LINES[stem])
        if lines != Decimal(b["expenditure_total"]):
            out.append(("spending lines = spending", f"{lines} vs {b['expenditure_total']}"))
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
    return out + _execution_score(golden) + _extra(golden, stem)


golden_check.document_text = document_text
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
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != 2 else 0


if __name__ == "__main__":
    sys.exit(main())
