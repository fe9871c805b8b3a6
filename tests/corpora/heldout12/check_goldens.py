#!/usr/bin/env python3
"""Check the heldout12 goldens against their documents.

    .venv/bin/python tests/corpora/heldout12/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the six planted errors declared as expected, and adds what
this batch needs on top:

- the workbook's form is on its SECOND sheet (the cover sheet is the active one), so every
  sheet is read, each numeric cell shown through its number format;
- a signed `budget_addition` (a 调减, −360000.00) is written unsigned in the text;
- keyouqianqi's projects state a budget and a payment but no rate: their rate is not checked,
  their list is complete (`共实施项目4个`) and must add up to 项目支出;
- qianjiang's list is partial (5 of 12): it must add up to LESS than 项目支出;
- the TRAPS that are not errors: a rate written with fewer digits than check_folder's 0.01.
  `naidong-nongye-2023` (`97.6%` for 97.59%) is accepted only when the stated rate is the
  computed one ROUNDED to the digits written, `guangshan-shuili-2019` (`98.9%` for 98.96%)
  only when it is the computed one CUT (not rounded) to the digits written;
- the stated shares and differences that are no golden field (SHARES, keyouqianqi's
  上年 difference), xiji's 上年数 column (its parts add up, its 年末结转结余 is this year's
  上年结转, and this year's spending exceeds the year's new money by less than that carry-over);
- jizhou's sources add up to the budget only with the 上年结转 of the other paragraph;
- the spending lines of maqin, jizhou, naidong and xiji's project lines add up;
- every indicator named 预算执行率 must score its weight × the computed rate (0.01);
- yangpu's planted rate must match no pair of its figures;
- the golden `flags` must be exactly the six planted errors, one per document.
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
    ("keyouqianqi-fayuan-2022", "sources = revenue"):
        ["revenue_total", "revenue_general_budget", "revenue_other", "revenue_carryover"],
    ("yangpu-guanweihui-2023", "rate = executed / budget"): ["execution_rate"],
    ("pingxiang-canlian-2020", "grade matches the bands"): ["self_score", "grade"],
    ("jizhou-dangxiao-2021", "indicator scores = self_score"): ["self_score"],
    ("wensu-danganguan-2021", "indicator weights = 100"): ["indicators.weight"],
    ("fusong-bianban-2020", "initial + addition = adjusted"): ["budget_initial", "budget_addition", "budget_adjusted"],
}
ROUNDED = {("naidong-nongye-2023", "rate = executed / budget")}
TRUNCATED = {("guangshan-shuili-2019", "rate = executed / budget")}
# Documents whose project list is complete (their spending adds up to 项目支出) / partial.
PROJECTS_COMPLETE = frozenset({"keyouqianqi-fayuan-2022"})
PROJECTS_PARTIAL = frozenset({"qianjiang-jianchayuan-2022"})
# Stated shares that are no golden field: (part, whole, stated percent).
SHARES = {
    "qianjiang-jianchayuan-2022": [("2262.12", "2350.52", "96.24"), ("88.40", "2350.52", "3.76"),
                                   ("1466.70", "1712.45", "85.65"), ("188.15", "1712.45", "10.99"),
                                   ("57.60", "1712.45", "3.36")],
}
# Spending lines that add up to the stated spending (golden metric subjects, in 元); for xiji
# the lines of 项目支出.
SPENDING_LINES = {
    "maqin-yibao-2023": (["资助困难群众参加城乡居民医保", "门诊救助", "住院救助"], "expenditure_total"),
    "jizhou-dangxiao-2021": (["师资课酬", "学员食宿", "教学资料及耗材", "现场教学及交通"], "expenditure_total"),
    "naidong-nongye-2023": (["良种采购", "种植补贴", "技术培训", "示范基地建设"], "expenditure_total"),
    "xiji-youeryuan-2022": (["保教设施设备购置", "幼儿营养改善", "园舍维修"], "expenditure_project"),
}
N_DOCUMENTS = 12

_document_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
_written_forms = golden_check.written_forms
traps_seen: list[str] = []


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path))
        return "\n".join(" | ".join(golden_check._shown(c) for c in row if c.value is not None)
                         for sheet in book.worksheets for row in sheet.iter_rows())
    return _document_text(path)


def written_forms(value: str) -> set[str]:
    return _written_forms(value) | _written_forms(str(abs(Decimal(value))))


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


def _projects(golden: dict, stem: str) -> list[tuple[str, str]]:
    out = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    projects = golden.get("projects", [])
    executed = sum(Decimal(p["executed"]) for p in projects)
    if stem in PROJECTS_COMPLETE and executed != b["expenditure_project"]:
        out.append(("projects = 项目支出", f"{executed} vs {b['expenditure_project']}"))
    if stem in PROJECTS_PARTIAL and not executed < b["expenditure_project"]:
        out.append(("partial project list < 项目支出", f"{executed} vs {b['expenditure_project']}"))
    for p in projects:
        if "execution_rate" not in p and Decimal(p["executed"]) > Decimal(p["budget"]):
            out.append((f"project {p['name']} paid more than allocated", p["executed"]))
    return out


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    for part, whole, stated in SHARES.get(stem, []):
        got = golden_check.rate(Decimal(part), Decimal(whole))
        if got != Decimal(stated):
            out.append((f"share {part}/{whole}", f"{got} vs {stated}"))
    if stem in SPENDING_LINES:
        subjects, total = SPENDING_LINES[stem]
        metrics = {m["subject"]: Decimal(m["value"]) for m in golden["metrics"] if m["unit"] == "元"}
        lines = sum(metrics[s] for s in subjects)
        if lines != b[total]:
            out.append(("spending lines = spending", f"{lines} vs {b[total]}"))
    if stem == "keyouqianqi-fayuan-2022":
        # 比上年决算数1,974.12万元增加126.42万元
        if b["expenditure_total"] - Decimal("19741200") != Decimal("1264200"):
            out.append(("上年 difference", "2,100.54 − 1,974.12 ≠ 126.42"))
    if stem == "xiji-youeryuan-2022":
        last = {"revenue": ("3905400", "498000", "309400", "4712800"), "basic": ("3186900", "515700", "3702600"),
                "spending": ("3702600", "697800", "4400400")}
        for label, (*parts, total) in last.items():
            if sum(Decimal(x) for x in parts) != Decimal(total):
                out.append((f"上年 {label}", f"{parts} vs {total}"))
        if Decimal("4712800") - Decimal("4400400") != b["revenue_carryover"]:
            out.append(("上年 balance = this year's 上年结转", "312,400.00"))
        new_money = b["revenue_general_budget"] + b["revenue_other"]
        if new_money != Decimal("4713100") or not new_money < b["expenditure_total"] < new_money + b["revenue_carryover"]:
            out.append(("spending explained by the carry-over", f"{new_money} / {b['expenditure_total']}"))
    if stem == "jizhou-dangxiao-2021":
        if b["revenue_general_budget"] == b["budget_adjusted"] or \
                b["revenue_general_budget"] + b["revenue_carryover"] != b["budget_adjusted"]:
            out.append(("sources add up only with the other paragraph's 上年结转", ""))
    if stem == "yangpu-guanweihui-2023":
        stated = b["execution_rate"]
        pairs = [(b["expenditure_total"], b["budget_adjusted"]), (b["expenditure_total"], b["budget_initial"]),
                 (b["expenditure_total"], b["budget_adjusted"] - b["revenue_carryover"]),
                 (b["expenditure_project"], b["budget_adjusted"]),
                 (b["expenditure_total"], b["revenue_general_budget"] + b["revenue_gov_fund"])]
        hits = [p for p in pairs if golden_check.rate(*p) == stated]
        if hits:
            out.append(("the planted rate matches a pair", str(hits)))
    if stem == "guangshan-shuili-2019":
        for executed, budget, stated in (("118.62", "120.00", "98.85"), ("39.46", "40.00", "98.65")):
            if golden_check.rate(Decimal(executed), Decimal(budget)) != Decimal(stated):
                out.append(("level rate", stated))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    rated = dict(golden, projects=[p for p in golden.get("projects", []) if "execution_rate" in p])
    out = []
    for label, detail in _sum_problems(rated, stem, frozenset()):
        if (stem, label) in ROUNDED and _written_as(detail, ROUND_HALF_UP):
            traps_seen.append(f"{stem}: {label}: {detail} (rounded to the digits written, not an error)")
            continue
        if (stem, label) in TRUNCATED and _written_as(detail, ROUND_DOWN):
            traps_seen.append(f"{stem}: {label}: {detail} (written truncated, not an error)")
            continue
        out.append((label, detail))
    return out + _execution_score(golden) + _projects(golden, stem) + _extra(golden, stem)


golden_check.document_text = document_text
golden_check.sum_problems = sum_problems
golden_check.written_forms = written_forms


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
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} rate trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != 2 else 0


if __name__ == "__main__":
    sys.exit(main())
