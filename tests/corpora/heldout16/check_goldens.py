#!/usr/bin/env python3
"""Check the heldout16 goldens against their documents.

    .venv/bin/python tests/corpora/heldout16/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- the scanned page (meitan) is read through its builder's text (MEITAN_TEXT), since it has
  pixels only;
- the TRAP of a rounded rate (yiliang: `执行率为 96.5%` for 96.51%), accepted only when the stated
  rate is the computed one ROUNDED to the digits written;
- the TRAP of a report's own grading scale (yongchun: 85 分及以上为优, so 87.64 is 优 there although
  the national bands would give 良), accepted only when the grade is the band of the score on the
  scale the report prints;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01);
- the figures that are no golden field: yongchun's 2021 column differs from 2022 in every row;
  wuchang spends more than the year's appropriation by exactly the 上年结转 it used, within the
  上年结转 it had;
- wenjiang's planted rate matches no pair of its figures;
- layout facts the batch is about: yongchun has a cover page without header or footer, five
  pages, a funds table broken over pages 2 and 3 without a repeated header, and its indicator
  table on a landscape last page; yiliang's funds table has the spanning 资金情况（元） header;
  pingguo's 项目名称 wraps in its cell and the form has a 备注 column; meitan has no text layer;
  wenjiang's page is set in two columns;
- the TRAP of a rate cut to its digits (dongyang: `执行率97.86%` for 97.8696%), accepted only when
  the exact quotient truncated to the digits written is the stated rate;
- lingbao prints `第 N 页 共 2 页` and a table header two rows deep; shimen's score is exactly 90 on
  a stated scale where 90 is 优;
- the golden `flags` must be exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, pypdfium2.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # importing the generator for its texts leaves no __pycache__ here

from make_heldout16 import MEITAN_TEXT, PINGGUO_NAME  # noqa: E402

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("pingguo-guohua-2024", "indicator scores = self_score"): ["self_score"],
    ("shouguang-shucai-2020", "balance = budget - executed"): ["balance_carryforward"],
    ("wenjiang-liucheng-2024", "rate = executed / budget"): ["execution_rate"],
    ("zhengding-weijian-2020", "grade matches the bands"): ["self_score", "grade"],
    ("lingbao-zhongyiyuan-2019", "personnel + public = basic"): ["expenditure_personnel", "expenditure_public",
                                                                 "expenditure_basic"],
}
# A rate written with fewer digits than check_folder's 0.01: accepted only when it is the computed
# rate ROUNDED to the digits written.
ROUNDED = {("yiliang-nongji-2023", "rate = executed / budget")}
# A rate CUT (truncated) to the digits written, as some finance systems print it: accepted only when
# the exact quotient cut to the digits written is the stated rate.
TRUNCATED = {("dongyang-hengdian-2021", "rate = executed / budget")}
# A report's own grading scale, as it prints it: (lower bound, grade), highest first.
OWN_BANDS = {"yongchun-jiaotong-2022": ((85, "优"), (75, "良"), (60, "中"), (0, "差"))}
OWN_BANDS_TEXT = {"yongchun-jiaotong-2022": "自评得分85分（含）以上为优，75分（含）至85分为良，60分（含）至75分为中，60分以下为差"}
N_DOCUMENTS = 11
N_TRAPS = 3

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def _written_as(detail: str) -> bool:
    got, _, want = detail.partition(" vs ")
    want = want.strip()
    digits = len(want.split(".")[1]) if "." in want else 0
    shown = Decimal(got).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
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


def _pages(stem: str):
    import pdfplumber

    with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
        return [(p.width, p.height, p.extract_text() or "") for p in pdf.pages]


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    if stem == "yongchun-jiaotong-2022":
        pages = _pages(stem)
        texts = [t for _, _, t in pages]
        if len(pages) != 5 or "第" in texts[0] or "自评报告\n永春" in texts[0] or "第 1 页" not in texts[1]:
            out.append(("a cover page without header or footer, then numbered body pages", str(len(pages))))
        if not ("年初预算 3,862.40" in texts[1] and texts[2].splitlines()[1].startswith("调整追加 1,215.36")
                and "2022年（万元）" not in texts[2]):
            out.append(("the funds table breaks over pages 2 and 3 without a repeated header", ""))
        w, h, last = pages[-1]
        if not (w > h and "财务管理制度健全性" in last and "总分 100 87.64" in last
                and all(pw < ph for pw, ph, _ in pages[:-1])):
            out.append(("the indicator table is on a landscape last page", f"{w}x{h}"))
        this = ["3,862.40", "1,215.36", "5,077.76", "3,918.52", "960.00", "199.24", "4,896.31", "1,283.67",
                "1,052.18", "231.49", "3,612.64", "181.45", "96.43%"]
        last_year = ["3,570.10", "1,065.10", "4,635.20", "3,702.65", "780.00", "152.55", "4,410.08", "1,236.90",
                     "1,010.37", "226.53", "3,173.18", "225.12", "95.14%"]
        joined = "\n".join(texts)
        if any(a == c or f"{a} {c}" not in joined for a, c in zip(this, last_year, strict=True)):
            out.append(("the 2021 column beside 2022 differs in every row", ""))
        # last year's own figures add up too, so the column is a plausible distractor
        ly = [Decimal(x.replace(",", "").rstrip("%")) for x in last_year]
        if ly[0] + ly[1] != ly[2] or ly[3] + ly[4] + ly[5] != ly[2] or ly[7] + ly[10] != ly[6] \
                or ly[8] + ly[9] != ly[7] or ly[2] - ly[6] != ly[11] \
                or golden_check.rate(ly[6], ly[2]) != ly[12]:
            out.append(("the 2021 column adds up", ""))
    if stem == "yiliang-nongji-2023":
        text = _pages(stem)[0][2]
        if "执行率为 96.5%" not in text or "资金情况（元）" not in text or "1,988,200.00" not in text \
                or "198.82 万" not in text:
            out.append(("元 table with a spanning header beside 万元 text and a spaced rate", ""))
    if stem == "pingguo-guohua-2024":
        text = _pages(stem)[0][2]
        if PINGGUO_NAME in text or "备注" not in text:
            out.append(("the long 项目名称 wraps in its cell; a 备注 column", ""))
    if stem == "meitan-chaye-2021":
        pages = _pages(stem)
        if len(pages) != 1 or pages[0][2].strip():
            out.append(("one image-only page", str(len(pages))))
    if stem == "wenjiang-liucheng-2024":
        text = _pages(stem)[0][2]
        if "一、部门基本情况 辖区社区综合服务设施全部达标" not in text:
            out.append(("the page is set in two columns", ""))
        stated = b["execution_rate"]
        pairs = [(b["expenditure_total"], b["budget_initial"]), (b["expenditure_total"], b["revenue_general_budget"]),
                 (b["revenue_general_budget"], b["budget_adjusted"]), (b["budget_initial"], b["budget_adjusted"]),
                 (b["expenditure_total"], b["budget_adjusted"] - b["revenue_carryover"]),
                 (b["expenditure_total"] + b["balance_carryforward"], b["budget_adjusted"]),
                 (b["expenditure_basic"], b["budget_adjusted"]), (b["expenditure_project"], b["budget_adjusted"])]
        hits = [p for p in pairs if golden_check.rate(*p) == stated]
        if hits:
            out.append(("the planted rate matches a pair", str(hits)))
    if stem == "wuchang-shuiwu-2025":
        year = b["revenue_general_budget@executed"]
        used, had = b["revenue_carryover@executed"], b["revenue_carryover@adjusted"]
        if not (year < b["expenditure_total"] and b["expenditure_total"] - year == used <= had):
            out.append(("spending above the year's appropriation explained by the carry-over", f"{year} / {used}"))
    if stem == "lingbao-zhongyiyuan-2019":
        pages = _pages(stem)
        if len(pages) != 2 or "第 1 页 共 2 页" not in pages[0][2] or "小计 人员经费 公用经费" not in pages[0][2]:
            out.append(("two pages `第 N 页 共 2 页`; a table header two rows deep", str(len(pages))))
    if stem == "dongyang-hengdian-2021":
        if "执行率97.86%" not in _pages(stem)[0][2]:
            out.append(("the cut rate is printed", ""))
    if stem == "shimen-zaoshi-2021":
        text = golden_check.document_text(HERE / f"{stem}.html")
        score = Decimal(str(golden["report"]["self_score"]))
        if score != 90 or "90分（含）以上为优" not in text or "得分90分，等级为“优”" not in text:
            out.append(("a score of exactly 90 is 优 on the stated scale (boundary)", str(score)))
    if stem == "zhengding-weijian-2020":
        text = golden_check.document_text(HERE / f"{stem}.docx")
        if "90分（含）以上为优，80分（含）至90分为良" not in text:
            out.append(("the report states the national bands", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, frozenset()):
        if (stem, label) in TRUNCATED:
            b = golden["budget_items"]
            exact = Decimal(b["expenditure_total"]) / Decimal(b["budget_adjusted"]) * 100
            stated = Decimal(b["execution_rate"])
            digits = -stated.as_tuple().exponent
            cut = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_DOWN)
            if cut == stated and golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"])) != stated:
                traps_seen.append(f"{stem}: {label}: {detail} (cut to the digits written from {exact:.4f}, not an error)")
                continue
        if (stem, label) in ROUNDED and _written_as(detail):
            traps_seen.append(f"{stem}: {label}: {detail} (rounded to the digits written, not an error)")
            continue
        if label == "grade matches the bands" and stem in OWN_BANDS:
            score, grade = Decimal(str(golden["report"]["self_score"])), golden["report"]["grade"]
            band = next(g for low, g in OWN_BANDS[stem] if score >= low)
            text = golden_check.squeeze(golden_check.document_text(next(HERE.glob(f"{stem}.pdf"))))
            if band == grade and golden_check.squeeze(OWN_BANDS_TEXT[stem]) in text:
                traps_seen.append(f"{stem}: {label}: {score} is {grade} on the report's own scale (not an error)")
                continue
        out.append((label, detail))
    return out + _execution_score(golden) + _extra(golden, stem)


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
    status = golden_check.check_folder(HERE, set(PLANTED), pixel_text={"meitan-chaye-2021": MEITAN_TEXT})
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems()
    for p in problems:
        print(f"flags: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
