#!/usr/bin/env python3
"""Check the heldout23 goldens against their documents.

    .venv/bin/python tests/corpora/heldout23/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the planted errors declared as expected, and adds what
this batch needs on top:

- the eight TRAPS, each accepted only when the figures really are consistent, and each counted
  (T3 is checked in two documents, so the run fails unless all nine trap checks are seen):
  T1 licheng: 万元 parts to 0.01 that add up to 0.01 less than the spending stated to 4 decimals;
     the 元 table's rows add up to the spending exactly, and the 万元 parts are those rows rounded;
  T2 hengfeng: `预算执行率100%` for 186.3925 ÷ 186.40 = 99.996%, 100.00 at two decimals;
  T3 arong / ningshan: rates stated to 1 and 0 decimals (98.4% for 98.39%, 97% for 96.81%);
  T4 ningshan: `约占全年支出的78%` for 95.84 ÷ 122.76 = 78.07%;
  T5 cehen: 总收入 is eight times the 财政拨款 budget: 财政拨款 + 事业 + 其他 = 总收入, the 其中医疗收入
     is inside 事业收入, and the rate is against the 财政拨款 budget, as the report says;
  T6 cehen: the report's own scale (85分以上为优) makes 87.6 优, where the usual bands say 良;
  T7 pizhou: the 合计 row prints the 权重 total 100 beside the 得分 total 95.81, the self-score;
  T8 rucheng: `按实际到位资金计算，预算执行率为98.36%` against 到位资金, not the 全年预算数;
- the four planted errors hold under every reading (see `_planted_hold`);
- layout facts (cehen's page break falls between two figure lines under the running header and
  page number; pizhou's merged cells; wangqing's portal chrome);
- the golden `flags` must be exactly the four planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

E1 = ["expenditure_basic", "expenditure_personnel", "expenditure_public"]
E2 = ["execution_rate"]
E3 = ["self_score", "grade"]
E4 = ["indicators.weight"]
# document stem -> the golden flag items that record its planted error
FLAGS = {
    "chongyi-qianchang-2019": E1,
    "ganjiang-gongan-2025": E2,
    "wangqing-renda-2022": E3,
    "wuyang-tuanwei-2022": E4,
}
# (document stem, shared check label) expected to fail because of the planted error
PLANTED = {
    ("chongyi-qianchang-2019", "personnel + public = basic"),
    ("ganjiang-gongan-2025", "rate = executed / budget"),
    ("wangqing-renda-2022", "grade matches the bands"),
    ("wuyang-tuanwei-2022", "indicator weights = 100"),
}
# chongyi's table lists all its projects (`全年实施项目3个`); its rows add up to 项目支出
PROJECTS_COMPLETE = frozenset({"chongyi-qianchang-2019"})
# shared checks a trap replaces for one document (the trap checks the real relation instead)
REPLACED = {
    ("cehen-renmin-2023", "sources = revenue"),  # T5
    ("cehen-renmin-2023", "grade matches the bands"),  # T6
    ("arong-dangxiao-2021", "rate = executed / budget"),  # T3
    ("ningshan-fulian-2018", "rate = executed / budget"),  # T3
    ("rucheng-yizhong-2024", "received = budget"),  # T8
    ("rucheng-yizhong-2024", "rate = executed / budget"),  # T8
}
N_DOCUMENTS = 11
N_TRAP_CHECKS = 9  # eight traps, T3 checked in two documents
W = Decimal("10000")
CENT = Decimal("0.01")

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def text_of(stem: str) -> str:
    return golden_check.document_text(next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name))


def wan(text: str) -> Decimal:
    return Decimal(text.replace(",", "")) * W


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != Decimal(ind["score"]) or ("actual" in ind and Decimal(ind["actual"].rstrip("%")) != computed):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate
    not_metrics = {(n["value"], n.get("unit")) for n in golden.get("not_metrics", [])}

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "licheng-kaiyuan-2020":
        yuan = [Decimal(x) for x in ("1528637", "1164382", "493815", "648516")]
        parts = [Decimal(x) for x in ("152.86", "116.44", "49.38", "64.85")]
        raw = text_of(stem)
        trap(sum(yuan) == b["expenditure_total"] == wan("383.5350")
             and [(v / W).quantize(CENT, ROUND_HALF_UP) for v in yuan] == parts
             and sum(parts) * W != b["expenditure_total"]
             and abs(sum(parts) * W - b["expenditure_total"]) <= len(parts) * Decimal("50")
             and "383.5350万元" in squeezed and "6.4650万元" in squeezed and "金额（元）" in raw
             and "3,835,350.00" in raw and all(f"{v:,.2f}" in raw for v in yuan)
             and all(f"{p}万元" in squeezed for p in parts)
             and [Decimal(m["value"]) for m in golden["metrics"][:4]] == [p * W for p in parts],
             "T1 万元 parts that add up only after rounding, beside an exact 元 table")
    if stem == "hengfeng-danganguan-2017":
        exact = b["expenditure_total"] / b["budget_adjusted"] * 100
        trap(Decimal("99.99") < exact < 100 and rate(b["expenditure_total"], b["budget_adjusted"]) == 100
             and b["execution_rate"] == 100 and "预算执行率100%" in squeezed and "186.3925万元" in squeezed
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"] == 75,
             f"T2 100% for {exact:.3f}%")
    if stem in ("arong-dangxiao-2021", "ningshan-fulian-2018"):
        stated = b["execution_rate"]
        places = -stated.as_tuple().exponent if stated.as_tuple().exponent < 0 else 0
        exact = b["expenditure_total"] / b["budget_adjusted"] * 100
        rounded = exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        trap(rounded == stated and rate(b["expenditure_total"], b["budget_adjusted"]) != stated
             and f"{stated}%" in squeezed and places in (0, 1),
             f"T3 a rate stated to {places} decimal(s): {stated}% for {exact:.2f}%")
    if stem == "ningshan-fulian-2018":
        share = b["expenditure_basic"] / b["expenditure_total"] * 100
        trap(share.quantize(Decimal(1), ROUND_HALF_UP) == 78 and share != 78 and "约占全年支出的78%" in squeezed
             and ("78", "%") in not_metrics,
             f"T4 约占…78% for {share:.2f}%")
    if stem == "cehen-renmin-2023":
        other = wan("525.66")
        medical = wan("27105.36")
        trap(b["revenue_general_budget"] + b["revenue_other"] + other == b["revenue_total"]
             and medical < b["revenue_other"] and b["revenue_general_budget"] == b["budget_adjusted"]
             and b["revenue_total"] > 7 * b["budget_adjusted"]
             and rate(b["revenue_general_budget"], b["revenue_total"]) == Decimal("12.55")
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "其他收入525.66万元" in squeezed and "（其中医疗收入27105.36万元）" in squeezed
             and ("5256600.00", "元") in not_metrics and ("271053600.00", "元") in not_metrics,
             "T5 总收入 eight times the 财政拨款 budget; 财政拨款 + 事业 + 其他 = 总收入")
        score, grade = Decimal(str(golden["report"]["self_score"])), golden["report"]["grade"]
        trap("85分（含）以上为优" in squeezed and 85 <= score < 90 and grade == "优",
             "T6 the report's own scale: 85 and above is 优 (the usual bands would say 良)")
    if stem == "pizhou-jikong-2024":
        inds = golden["indicators"]
        weights = sum(Decimal(i["weight"]) for i in inds)
        scores = sum(Decimal(i["score"]) for i in inds)
        trap(weights == 100 and scores == Decimal(str(golden["report"]["self_score"])) == Decimal("95.81")
             and "合计|100|95.81" in squeezed and "权重" in squeezed,
             "T7 a 权重 合计 of 100 beside the 得分 合计 95.81")
    if stem == "rucheng-yizhong-2024":
        trap(rate(b["expenditure_total"], b["funds_received"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) != b["execution_rate"]
             and rate(b["funds_received"], b["budget_adjusted"]) == Decimal("93.02")
             and b["funds_received"] == b["funds_central"] + b["funds_provincial"] + wan("80")
             and "按实际到位资金计算，预算执行率为98.36%" in squeezed,
             f"T8 the rate against 到位资金 (against the 全年预算数 it would be "
             f"{rate(b['expenditure_total'], b['budget_adjusted'])}%)")
    return out


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figures the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate
    if stem == "chongyi-qianchang-2019":
        if not (b["expenditure_basic"] - (b["expenditure_personnel"] + b["expenditure_public"]) == 12000
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E1: 人员 + 公用 misses 基本支出 by 1.20万元 while the rest confirms it", ""))
    if stem == "ganjiang-gongan-2025":
        stated = b["execution_rate"]
        figures = [b[k] for k in ("budget_initial", "budget_addition", "budget_adjusted", "expenditure_total",
                                  "balance_carryforward")]
        figures += [Decimal(m["value"]) for m in golden["metrics"][:3]]
        hits = [(x, z) for x in figures for z in figures if x != z and rate(x, z) == stated]
        if hits or rate(b["expenditure_total"], b["budget_adjusted"]) != Decimal("96.58") \
                or b["budget_adjusted"] - b["expenditure_total"] != b["balance_carryforward"] \
                or b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"] \
                or sum(figures[5:]) != b["expenditure_total"]:
            out.append(("E2: the printed rate matches a pair, or the rest does not confirm the figures", str(hits)))
    if stem == "wangqing-renda-2022":
        score = Decimal(str(golden["report"]["self_score"]))
        if not ("90分（含）以上为“优”" in squeezed and "80分（含）至90分为“良”" in squeezed and 80 <= score < 90
                and golden["report"]["grade"] == "优" and "得分88.6分，评价等级为“优”" in squeezed
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E3: 88.6 is 良 on the report's own scale", ""))
    if stem == "wuyang-tuanwei-2022":
        inds = golden["indicators"]
        if not (sum(Decimal(i["weight"]) for i in inds) == 98
                and sum(Decimal(i["score"]) for i in inds) == Decimal(str(golden["report"]["self_score"]))
                and "合计|100|95.76" in squeezed):
            out.append(("E4: the 分值 rows add up to 98 under a 合计 of 100", ""))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if stem == "cehen-renmin-2023":
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        first, second = pages[0].splitlines(), pages[1].splitlines() if len(pages) > 1 else [""]
        if not (len(pages) == 2 and "其他收入525.66万元" in first[-2] and first[-1] == "第 1 页 共 2 页"
                and second[0] == "册亨县人民医院2023年度部门整体支出绩效自评报告" and "3,962.18" in pages[1]):
            out.append(("the page break between figure lines, under header and page number", ""))
    if stem == "pizhou-jikong-2024":
        import openpyxl

        ws = openpyxl.load_workbook(str(HERE / f"{stem}.xlsx")).active
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not {"A5:A9", "A10:A11", "B3:H3"} <= merged or not any(r.startswith("A13:") for r in merged):
            out.append(("merged cells of the form", str(sorted(merged))))
    if stem == "wangqing-renda-2022":
        raw = (HERE / f"{stem}.html").read_text(encoding="utf-8")
        if not all(c in raw for c in ("索引号", "发布机构", "浏览量", "网站标识码", "ICP备", "【<a")):
            out.append(("portal chrome", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete) + _execution_score(golden):
        if (stem, label) in REPLACED:
            continue
        out.append((label, detail))
    return out + _traps(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


golden_check.sum_problems = sum_problems


def flag_problems() -> list[str]:
    """The goldens' error flags are exactly the planted errors, one per document."""
    problems = []
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        flags = json.loads(path.read_text(encoding="utf-8")).get("flags", [])
        got = [sorted(f["items"]) for f in flags if f.get("severity") == "error"]
        expected = [sorted(FLAGS[stem])] if stem in FLAGS else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, PLANTED, PROJECTS_COMPLETE)
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems()
    for p in problems:
        print(f"flags: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(FLAGS)} planted errors, {len(traps_seen)} trap check(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAP_CHECKS else 0


if __name__ == "__main__":
    sys.exit(main())
