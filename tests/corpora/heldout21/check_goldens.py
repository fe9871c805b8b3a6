#!/usr/bin/env python3
"""Check the heldout21 goldens against their documents.

    .venv/bin/python tests/corpora/heldout21/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- the TXT (shangzhi) is read NFKC-normalised, since its budget paragraph is typed in full-width
  digits (`１８６２．４０万元`); the raw file must hold them in full width;
- the ten TRAPS, each accepted only when the figures really are consistent, and each counted
  (the run fails unless all ten are seen):
  T1 sihui: 上年结转 outside 本年收入合计 (一般公共预算 + 政府性基金 + 事业收入 = 本年收入合计;
     本年收入合计 + 上年结转 = 调整预算数), spending above 本年收入合计;
  T2 qitai: `按实际到位资金计算，预算执行率为98.14%` against 到位资金 1,150.00, not the 全年预算 1,250.00;
     资金到位率 92.00% = 到位 ÷ 预算; the execution line scores 10 × 98.14%;
  T3 mile: the 万元 parts of the spending are the 元 table's figures rounded to 0.01 万元 and add up to
     0.01 万元 more than the spending, which the 元 table matches exactly;
  T4 zhungeer: the 功能分类 classes and the 性质 split (基本 + 项目) each add up to the spending (their
     sum is twice it); the economic classes add up to 基本支出; the table's shares add up to 100%;
  T5 qionglai: `主要项目如下`: five projects with a 合计 row equal to their own sum, well under 项目支出;
  T6 ningguo: `年中预算调整-56.30万元`: 年初 − 56.30 = 调整预算数 (a signed adjustment, no 追加 code);
  T7 rongxian: 执行率 102.98% above 100% = spending (含上年结转资金支出46.20万元) ÷ 全年预算数, as stated;
  T8 zhungeer: the deductions listed (1.5 + 2.4 + 1.5) = 100 − 94.6;
  T9 qionglai: `全年可支配资金1.38亿元` = 年初 + 追加 = the four sources, and the rate holds against it;
  T10 shangzhi: the budget figures only in full-width digits; `97.6 %` with a space;
- the planted errors hold under every reading (see `_planted_hold`);
- a few layout facts (qitai's indicator table has only horizontal rules; gongyi is one sheet;
  lanling carries its portal chrome; zhijiang's 合计 row is merged over two cells);
- the golden `flags` must be exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

E1 = ["expenditure_basic", "expenditure_personnel", "expenditure_public"]
E2 = ["funds_central", "funds_provincial", "funds_local", "budget_adjusted"]
E3 = ["expenditure_project", "projects.executed"]
E4 = ["execution_rate"]
E5 = ["budget_initial", "budget_addition", "budget_adjusted"]
# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("sihui-jiaoyu-2022", "personnel + public = basic"): E1,
    ("youxian-linye-2020", "levels = budget less carry-over"): E2,
    ("zhijiang-shuili-2021", "projects = 项目支出"): E3,
    ("gongyi-chengguan-2022", "rate = executed / budget"): E4,
    ("gongyi-chengguan-2022", "execution-line score = weight × rate"): E4,
    ("lanling-sifa-2023", "initial + addition = adjusted"): E5,
}
# zhijiang's table lists all its projects (`全部项目`); its rows should add up to 项目支出
PROJECTS_COMPLETE = frozenset({"zhijiang-shuili-2021"})
# shared checks a trap replaces for one document (the trap checks the real relation instead)
REPLACED = {
    ("sihui-jiaoyu-2022", "sources = revenue"),  # T1
    ("qitai-shuili-2024", "received = budget"),  # T2
    ("qitai-shuili-2024", "rate = executed / budget"),  # T2
    ("qitai-shuili-2024", "execution-line score = weight × rate"),  # T2
    ("rongxian-minzheng-2018", "sources = revenue"),  # T7
}
N_DOCUMENTS = 12
N_TRAPS = 10
W = Decimal("10000")

_sum_problems = golden_check.sum_problems
_document_text = golden_check.document_text
traps_seen: list[str] = []


def document_text(path: Path) -> str:
    text = _document_text(path)
    return unicodedata.normalize("NFKC", text) if path.suffix == ".txt" else text


golden_check.document_text = document_text


def text_of(stem: str) -> str:
    return document_text(next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name))


def wan(text: str) -> Decimal:
    return Decimal(text.replace(",", "")) * W


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


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "sihui-jiaoyu-2022":
        trap(b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_other"] == b["revenue_total"]
             and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
             and b["expenditure_total"] > b["revenue_total"]
             and "上年结转1470.50万元未计入本年收入合计" in squeezed,
             "T1 上年结转 outside 本年收入合计; 本年收入合计 + 上年结转 = 调整预算数; spending above 本年收入合计")
    if stem == "qitai-shuili-2024":
        line = next(i for i in golden["indicators"] if i["name"] == "预算执行率")
        trap(rate(b["expenditure_total"], b["funds_received"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) != b["execution_rate"]
             and rate(b["funds_received"], b["budget_adjusted"]) == Decimal("92.00")
             and "资金到位率92.00%" in squeezed and "按实际到位资金计算，预算执行率为98.14%" in squeezed
             and (Decimal(line["weight"]) * b["execution_rate"] / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
             == Decimal(line["score"]),
             f"T2 the rate against 到位资金 (against the 全年预算 it would be "
             f"{rate(b['expenditure_total'], b['budget_adjusted'])}%)")
    if stem == "mile-linye-2019":
        yuan = [Decimal("1254386"), Decimal("1386256"), Decimal("545058")]
        parts = [Decimal("125.44"), Decimal("138.63"), Decimal("54.51")]
        rounded = [(y / W).quantize(Decimal("0.01"), ROUND_HALF_UP) for y in yuan]
        raw = text_of(stem)
        trap(sum(yuan) == b["expenditure_total"] and rounded == parts and sum(parts) * W - b["expenditure_total"] == 100
             and all(f"{y:,.2f}" in raw for y in yuan) and "3,185,700.00" in raw and "支出金额（元）" in raw
             and all(f"{p}万元" in squeezed for p in parts)
             and [Decimal(m["value"]) for m in golden["metrics"][:3]] == [p * W for p in parts],
             "T3 万元 parts rounded from the 元 table: 318.58 万元 for 3,185,700.00 元")
    if stem == "zhungeer-weijian-2021":
        functions = [wan(x) for x in ("19864.52", "826.40", "517.82")]
        shares = [Decimal("93.66"), Decimal("3.90"), Decimal("2.44")]
        trap(sum(functions) == b["expenditure_total"] == b["expenditure_basic"] + b["expenditure_project"]
             and [rate(f, b["expenditure_total"]) for f in functions] == shares and sum(shares) == 100
             and b["expenditure_wages"] + b["expenditure_goods_services"] + b["expenditure_household_subsidies"]
             == b["expenditure_basic"]
             and all(f"{f / W:.2f}" in squeezed for f in functions) and "合计21208.74100.00%" in squeezed,
             "T4 功能分类 and 性质 each add up to the spending; economic classes to 基本支出")
        deductions = [Decimal(x) for x in re.findall(r"扣(\d+(?:\.\d+)?)分", squeezed)]
        trap(deductions == [Decimal("1.5"), Decimal("2.4"), Decimal("1.5")]
             and 100 - sum(deductions) == Decimal(str(golden["report"]["self_score"])),
             "T8 the deductions listed add up to 100 − the self-score")
    if stem == "qionglai-zhujian-2023":
        listed_b = sum(Decimal(p["budget"]) for p in golden["projects"])
        listed_e = sum(Decimal(p["executed"]) for p in golden["projects"])
        trap(listed_e < b["expenditure_project"] and "主要项目如下" in squeezed
             and f"合计{listed_b / W:.2f}{listed_e / W:.2f}{rate(listed_e, listed_b)}%" in squeezed,
             f"T5 a selection of projects ({listed_e / W} of {b['expenditure_project'] / W} 万元) with its own 合计 row")
        trap(b["budget_adjusted"] == Decimal("138000000") == b["budget_initial"] + b["budget_addition"]
             and "全年可支配资金1.38亿元" in squeezed
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"],
             "T9 全年可支配资金 in 亿元 beside 万元 figures")
    if stem == "ningguo-renshe-2025":
        trap(b["budget_initial"] - wan("56.30") == b["budget_adjusted"] and "budget_addition" not in b
             and "年中预算调整-56.30万元" in squeezed,
             "T6 a negative adjustment: 年初 − 56.30 = 调整预算数")
    if stem == "rongxian-minzheng-2018":
        trap(b["execution_rate"] > 100 and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "含上年结转资金支出46.20万元" in squeezed
             and b["expenditure_total"] - b["revenue_carryover"] < b["budget_adjusted"],
             "T7 执行率 above 100% because the spending includes the 上年结转, as stated")
    if stem == "shangzhi-tuijun-2024":
        raw = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
        trap("１８６２．４０万元" in raw and "1862.40" not in raw.replace(",", "") and "２２７８．００万元" in raw
             and "97.6 %" in raw,
             "T10 budget figures in full-width digits only; `97.6 %`")
    return out


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figure the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate
    if stem == "sihui-jiaoyu-2022":
        if not (b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["expenditure_basic"] - b["expenditure_personnel"] - b["expenditure_public"] == 100000
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E1: basic + project = total confirms 基本支出; 人员 + 公用 are 10.00 short", ""))
    if stem == "youxian-linye-2020":
        levels = b["funds_central"] + b["funds_provincial"] + b["funds_local"]
        if not (b["budget_adjusted"] - levels == 100000 and b["funds_received"] == b["budget_adjusted"]
                and "资金到位率100%" in squeezed
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E2: the levels miss the budget that 到位, rate and balance confirm", ""))
    if stem == "zhijiang-shuili-2021":
        rows = golden["projects"]
        summed = sum(Decimal(p["executed"]) for p in rows)
        budgets = sum(Decimal(p["budget"]) for p in rows)
        if not (b["expenditure_project"] - summed == 100000
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and f"合计{budgets / W:.2f}{b['expenditure_project'] / W:.2f}"
                    f"{rate(b['expenditure_project'], budgets)}%" in squeezed.replace("|", "")
                and all(rate(Decimal(p["executed"]), Decimal(p["budget"])) == Decimal(p["execution_rate"])
                        for p in rows)
                and "全部项目" in squeezed):
            out.append(("E3: the 合计 row (= 项目支出) is 10.00 over its rows", ""))
    if stem == "gongyi-chengguan-2022":
        stated = b["execution_rate"]
        gb, cf = "revenue_general_budget", "revenue_carryover"
        pairs = [(b["expenditure_total"], b["budget_adjusted"]), (b["expenditure_total"], b["budget_initial"]),
                 (b["budget_initial"], b["budget_adjusted"]), (b[f"{gb}@executed"], b[f"{gb}@adjusted"]),
                 (b[f"{cf}@executed"], b[f"{cf}@adjusted"]), (b[f"{gb}@executed"], b["budget_adjusted"]),
                 (b["expenditure_total"] - b[f"{cf}@executed"], b["budget_initial"]),
                 (b["expenditure_total"], b["budget_adjusted"] + b[f"{cf}@adjusted"]),
                 (b["expenditure_total"] - b[f"{cf}@executed"], b["budget_adjusted"] - b[f"{cf}@adjusted"])]
        hits = [p for p in pairs if rate(*p) == stated]
        line = next(i for i in golden["indicators"] if i["name"] == "预算执行率")
        if hits or rate(b["expenditure_total"], b["budget_adjusted"]) != Decimal("96.80") \
                or Decimal(line["score"]) != Decimal("9.86"):
            out.append(("E4: the printed rate matches a pair, or the score does not follow it", str(hits)))
    if stem == "lanling-sifa-2023":
        cut = wan("45.30")
        if not (b["budget_adjusted"] - (b["budget_initial"] + b["budget_addition"] - cut) == 100000
                and "调减预算45.30万元" in squeezed
                and b["revenue_general_budget"] + b["revenue_other"] + b["revenue_carryover"] == b["budget_adjusted"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E5: 年初 + 追加 − 调减 misses the adjusted budget the rest confirms", ""))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if stem == "qitai-shuili-2024":
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            lines = [ln for p in pdf.pages for ln in p.lines]
            rects = [r for p in pdf.pages for r in p.rects]
        if not lines or rects or any(abs(ln["top"] - ln["bottom"]) > 0.01 for ln in lines):
            out.append(("three-line table: horizontal rules only", f"{len(lines)} lines, {len(rects)} rects"))
    if stem == "gongyi-chengguan-2022":
        import openpyxl

        book = openpyxl.load_workbook(str(HERE / f"{stem}.xlsx"))
        if len(book.sheetnames) != 1:
            out.append(("one sheet", str(book.sheetnames)))
    if stem == "lanling-sifa-2023":
        squeezed = golden_check.squeeze(text_of(stem))
        missing = [c for c in ("您所在的位置", "索引号", "发布机构", "点击数", "网站标识码", "ICP备") if c not in squeezed]
        if missing:
            out.append(("portal chrome", str(missing)))
    if stem == "zhijiang-shuili-2021":
        import docx

        last = docx.Document(str(HERE / f"{stem}.docx")).tables[0].rows[-1].cells
        if not (last[0].text == "合计" and last[0]._tc is last[1]._tc):
            out.append(("the 合计 row's label merged over two cells", ""))
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
    n_planted = len({stem for stem, _ in PLANTED})
    print(f"total: {n} goldens, {n_planted} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
