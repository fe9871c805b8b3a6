#!/usr/bin/env python3
"""Check the heldout15 goldens against their documents.

    .venv/bin/python tests/corpora/heldout15/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the six planted errors declared as expected, and adds what
this batch needs on top:

- the text it searches: the workbook on every sheet, each number shown through its number
  format (a float cell `#,##0.00` as `1,209,600.00`);
- the TRAP of a rounded rate (qiubei: `执行率97.8%` for 97.81%), accepted only when the stated
  rate is the computed one ROUNDED to the digits written;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01);
- the figures that are no golden field: siziwang's 2021 spending (2,207.16) and shunde's 2022
  spending (19,318.40) are last year's and differ from this year's; kangding's 2023 score (91.2)
  is not the self-score; linhai spends more than the year's appropriation (126.00) by exactly the
  上年结转 it used (7.46), within the 上年结转 it had (9.00); yuncheng's 合计 row carries the weight
  100 and no score; kangle's `（50分）` / `（30分）` / `（10分）` block weights are the sums of
  their blocks' 分值 and none is the self-score; the bands stated in shunde, lanzhouxinqu and
  kangding are the national ones (so the ordinary band check applies);
- tongcheng's planted rate matches no pair of its figures;
- layout facts the batch is about: ningdu's report body sits on at most three source lines
  of the HTML; kangle's table is one cell per line with `年初` / `预算数` broken over two lines;
  qiubei's table rows are `|`-separated with a stray caption row; zhalute's funds table is one row
  per line, cells separated by spaces; linhai's indicator table runs over two pages;
- the golden `flags` must be exactly the six planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, beautifulsoup4.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("shennongjia-songbai-2021", "levels = budget less carry-over"): ["funds_central", "funds_provincial", "funds_local"],
    ("kangle-xianjie-2023", "indicator scores = self_score"): ["self_score"],
    ("shunde-daliang-2023", "basic + project = total"): ["expenditure_basic", "expenditure_project", "expenditure_total"],
    ("ningdu-huangpi-2018", "balance = budget - executed"): ["balance_carryforward"],
    ("tongcheng-dongjian-2020", "rate = executed / budget"): ["execution_rate"],
    ("lanzhouxinqu-jiaowen-2024", "grade matches the bands"): ["self_score", "grade"],
}
# A rate written with fewer digits than check_folder's 0.01: accepted only when it is the computed
# rate ROUNDED to the digits written.
ROUNDED = {("qiubei-renmin-2020", "rate = executed / budget")}
N_DOCUMENTS = 12
N_TRAPS = 1

_document_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []
texts: dict[str, str] = {}


def _shown(cell) -> str:
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt in ("0.00", "#,##0.00"):
        return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    return str(value)


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path), data_only=True)
        text = "\n".join(" | ".join(_shown(c) for c in row if c.value is not None)
                         for sheet in book.worksheets for row in sheet.iter_rows())
    else:
        text = _document_text(path)
    texts[path.stem] = text
    return text


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


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    wan = Decimal(10000)
    score = Decimal(str(golden["report"].get("self_score")))
    text = texts.get(stem, "")
    raw = (HERE / next(p.name for p in HERE.iterdir() if p.stem == stem and not p.name.endswith(".json"))).read_bytes()
    if stem == "siziwang-linye-2022":
        if "2021年的2,207.16万元" not in text or Decimal("2207.16") * wan == b["expenditure_total"]:
            out.append(("2021 spending is last year's, not this year's", "2,207.16"))
    if stem == "shunde-daliang-2023":
        if "2022年同口径支出为19,318.40万元" not in text or Decimal("19318.40") * wan == b["expenditure_total"]:
            out.append(("2022 spending is last year's, not this year's", "19,318.40"))
    if stem == "kangding-shuiwu-2024":
        if "2023年度自评得分为91.2分" not in text or Decimal("91.2") == score:
            out.append(("last year's score is another figure", "91.2"))
    if stem == "linhai-nongji-2019":
        year = b["revenue_general_budget@executed"]
        used, had = b["revenue_carryover@executed"], b["revenue_carryover@adjusted"]
        if not (year < b["expenditure_total"] and b["expenditure_total"] - year == used <= had):
            out.append(("spending above the year's appropriation explained by the carry-over", f"{year} / {used}"))
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        if len(pages) != 2 or "建设绿色防控示范" not in pages[0] or "总分 100 98.39" not in pages[1]:
            out.append(("the indicator table runs over two pages", str(len(pages))))
    if stem == "yuncheng-yizhong-2025":
        import openpyxl

        ws = openpyxl.load_workbook(str(HERE / f"{stem}.xlsx")).active
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        total = next(r for r in rows if r[0] == "合计")
        if total[5] != 100 or total[6] is not None or "自评得分98分" not in text:
            out.append(("合计 row has the weight 100 and no score", str(total)))
    if stem == "kangle-xianjie-2023":
        weights = {}
        for ind in golden["indicators"]:
            weights[ind["level1"]] = weights.get(ind["level1"], Decimal(0)) + Decimal(ind["weight"])
        if weights.get("产出指标") != 50 or weights.get("效益指标") != 30 or weights.get("满意度指标") != 10:
            out.append(("block weights (50分 / 30分 / 10分) are the blocks' sums", str(weights)))
        if score in (50, 30, 10) or "产出指标\n（50分）" not in text or "年初\n预算数" not in text:
            out.append(("one cell per line, header words broken, block weight on its own line", ""))
    if stem == "tongcheng-dongjian-2020":
        stated = b["execution_rate"]
        pairs = [(b["expenditure_total"], b["budget_adjusted"]), (b["expenditure_total"], b["budget_initial"]),
                 (b["expenditure_total"], b["revenue_general_budget"]), (b["revenue_general_budget"], b["budget_adjusted"]),
                 (b["expenditure_total"], b["budget_adjusted"] - b["revenue_carryover"]),
                 (b["expenditure_basic"], b["budget_adjusted"]), (b["expenditure_project"], b["budget_adjusted"]),
                 (b["budget_initial"], b["budget_adjusted"]), (b["expenditure_total"] + b["balance_carryforward"], b["budget_adjusted"])]
        pairs = [p for p in pairs if p[0] != p[1] or stated == 100]
        hits = [p for p in pairs if golden_check.rate(*p) == stated]
        if hits:
            out.append(("the planted rate matches a pair", str(hits)))
    if stem == "ningdu-huangpi-2018":
        html = raw.decode("utf-8")
        body_lines = [ln for ln in html.splitlines() if ln.count("<p>") >= 3]
        if len(body_lines) > 3 or not any("一、项目概况" in ln and "二、资金安排及使用情况" in ln for ln in body_lines):
            out.append(("the report body sits on a few very long lines", str(len(body_lines))))
        if "发布机构：宁都县黄陂镇人民政府" not in text:
            out.append(("the unit is named only in the 发布机构 line", ""))
    if stem == "qiubei-renmin-2020":
        if "| 附表 | 项目支出绩效自评表 |" not in text or "| （2020年度） |" not in text:
            out.append(("pipe rows with a stray caption cell", ""))
    if stem == "zhalute-wenlv-2021":
        if "合计 1,268.40 1,402.76 1,371.05 97.74%" not in text:
            out.append(("one row per line, cells separated by spaces", ""))
    if stem in ("shunde-daliang-2023", "lanzhouxinqu-jiaowen-2024", "kangding-shuiwu-2024"):
        if "90分" not in text or "60分以下" not in text:
            out.append(("the report states its grading scale", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, frozenset()):
        if (stem, label) in ROUNDED and _written_as(detail):
            traps_seen.append(f"{stem}: {label}: {detail} (rounded to the digits written, not an error)")
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
    status = golden_check.check_folder(HERE, set(PLANTED))
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
