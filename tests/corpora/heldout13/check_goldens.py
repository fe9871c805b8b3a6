#!/usr/bin/env python3
"""Check the heldout13 goldens against their documents.

    .venv/bin/python tests/corpora/heldout13/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the six planted errors declared as expected, and adds what
this batch needs on top:

- the text it searches: workbooks are read through their CACHED values (jiangle's totals are
  formulas) on every sheet, each number shown through its number format (`0.00`, `0.00%`);
  PDFs are read a second time with pdfplumber's reading of sideways text (tongjiang's table
  is drawn turned 90°); full-width digits are read as ASCII ones (chiping's `３．６万亩`);
- jiangle's funds totals, rate, scores and grade must really be formulas whose cached values
  are the golden figures;
- grades against the bands each report states where it states its own (BANDS): huoqiu's
  scale (优秀 from 85) is a TRAP the score and grade follow although the national bands would
  say 良; zhaoyuan's (优秀 from 95) makes its planted E3, which the national bands miss;
- the planted E5 (xianning): the narrative's 全年支出 differs from the table's 全年执行数, and
  the golden keeps the table's figure, the one basic + project, the rate and the balance give;
- the TRAPS that are not errors: a rate written with fewer digits than check_folder's 0.01.
  `tongjiang-qixiang-2023` (`97.9%` for 97.85%) is accepted only when the stated rate is the
  computed one ROUNDED to the digits written, `yulong-hongshihui-2018` (`94.3%` for 94.38%)
  only when it is the computed one CUT (not rounded) to the digits written;
- gansu's project list is complete (its executions add up to 项目支出), wucheng's is partial
  (3 of 9: less);
- the spending lines of tongjiang, chiping, wuyuan and yulong add up to the spending;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01);
- the figures that are no golden field: xinxing's 年初 / 调整后 columns of 基本支出 and 项目支出
  add up to the 合计 row, and its mid-year 支出进度 is below the year's rate; wucheng's
  上年 difference and growth and its share of the 追加; xianning's 结转结余率; huoqiu's hidden
  上年执行数 column adds up both ways;
- the carry-over TRAPS: huoqiu and yulong spend more than the year's appropriation, by less
  than the 上年结转; wuyuan's 县级 part is not the budget (the 中央 part is in another
  paragraph) and only both add up to it; chiping's 元 restatement equals the budget;
- wucheng's planted rate matches no pair of its figures;
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

# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("tiedong-xinxing-2022", "basic + project = total"):
        ["expenditure_basic", "expenditure_project", "expenditure_total"],
    ("sihong-jikong-2023", "indicator scores = self_score"): ["self_score"],
    ("wucheng-gongan-2021", "rate = executed / budget"): ["execution_rate"],
    ("xianning-zhiyuan-2021", "narrative figure = table figure (expenditure_total)"): ["expenditure_total"],
    ("gansu-tushuguan-2022", "project 古籍保护与修复 rate"): ["projects.execution_rate"],
    ("zhaoyuan-laoganbu-2020", "grade matches the report's own bands"): ["self_score", "grade"],
}
ROUNDED = {("tongjiang-qixiang-2023", "rate = executed / budget")}
TRUNCATED = {("yulong-hongshihui-2018", "rate = executed / budget")}
# The bands a report states: (优 from, 良 from, 中 from).
BANDS = {
    "huoqiu-wenhuaguan-2019": (85, 75, 60),
    "zhaoyuan-laoganbu-2020": (95, 85, 70),
    "yulong-hongshihui-2018": (90, 80, 60),
}
# A figure the narrative states for an item whose golden value is the table's: (item, narrative).
TABLE_VS_TEXT = {"xianning-zhiyuan-2021": ("expenditure_total", "20,178.96")}
PROJECTS_COMPLETE = frozenset({"gansu-tushuguan-2022"})
PROJECTS_PARTIAL = frozenset({"wucheng-gongan-2021"})
# Spending lines that add up to the stated spending (golden metric subjects, in 元).
SPENDING_LINES = {
    "tongjiang-qixiang-2023": ["火箭弹及炮弹购置", "作业点标准化改造", "作业人员补助及意外伤害保险", "作业设备年检及维护"],
    "chiping-gongxiao-2020": ["为农服务中心建设补助", "化肥淡季储备贴息", "农资质量追溯系统建设", "基层社业务骨干培训"],
    "wuyuan-rongmei-2022": ["县级应急广播平台升级", "村级应急广播终端采购安装", "乡镇适配器购置及传输线路改造"],
    "yulong-hongshihui-2018": ["应急救护培训", "人道救助", "无偿献血和造血干细胞捐献宣传", "博爱家园示范点建设"],
}
# jiangle's formula cells and the golden value their cached value must show.
FORMULAS = {"C7": "budget_initial", "D7": "budget_adjusted", "E7": "expenditure_total", "G7": "execution_rate",
            "H7": "预算执行率", "G23": "self_score", "C26": "self_score", "H23": "grade", "E26": "grade"}
N_DOCUMENTS = 12
# Full-width digits and point as their ASCII forms (chiping writes `３．６万亩`).
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")

_document_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []
texts: dict[str, str] = {}


def _shown(cell) -> str:
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fmt.endswith("%"):
            return f"{value * 100:.2f}%"
        if fmt in ("0.00", "#,##0.00"):
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
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            text += "\n" + "\n".join(page.extract_text(line_dir_rotated="ltr", char_dir_rotated="btt") or ""
                                     for page in pdf.pages)
    text = text.translate(FULL_WIDTH_DIGITS)
    texts[path.stem] = text
    return text


def _written_as(detail: str, rounding: str) -> bool:
    got, _, want = detail.partition(" vs ")
    want = want.strip()
    digits = len(want.split(".")[1]) if "." in want else 0
    shown = Decimal(got).quantize(Decimal(1).scaleb(-digits), rounding=rounding)
    return shown == Decimal(want) and Decimal(got) != Decimal(want)


def _band(score: float, bands: tuple[int, int, int]) -> str:
    good, fair, passing = bands
    return "优" if score >= good else "良" if score >= fair else "中" if score >= passing else "差"


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
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    executed = sum(Decimal(p["executed"]) for p in golden.get("projects", []))
    out = []
    if stem in PROJECTS_COMPLETE and executed != b["expenditure_project"]:
        out.append(("projects = 项目支出", f"{executed} vs {b['expenditure_project']}"))
    if stem in PROJECTS_PARTIAL and not executed < b["expenditure_project"]:
        out.append(("partial project list < 项目支出", f"{executed} vs {b['expenditure_project']}"))
    return out


def _bands(golden: dict, stem: str) -> list[tuple[str, str]]:
    report = golden["report"]
    if stem in BANDS and _band(report["self_score"], BANDS[stem]) != report["grade"]:
        return [("grade matches the report's own bands", f"{report['self_score']} is "
                 f"{_band(report['self_score'], BANDS[stem])}, stated {report['grade']}")]
    return []


def _table_vs_text(golden: dict, stem: str) -> list[tuple[str, str]]:
    if stem not in TABLE_VS_TEXT:
        return []
    item, narrative = TABLE_VS_TEXT[stem]
    table = Decimal(golden["budget_items"][item]) / 10000
    text = texts[stem]
    if narrative not in text or f"{table:,.2f}" not in text or Decimal(narrative.replace(",", "")) == table:
        return [("the narrative's and the table's figures are not both stated", item)]
    return [(f"narrative figure = table figure ({item})", f"{narrative} vs {table:,.2f}")]


def _formulas(stem: str) -> list[tuple[str, str]]:
    if stem != "jiangle-linchang-2024":
        return []
    import openpyxl

    golden = json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))
    b, report = golden["budget_items"], golden["report"]
    execution = next(i for i in golden["indicators"] if i["name"] == "预算执行率")
    path = HERE / f"{stem}.xlsx"
    formulas = openpyxl.load_workbook(str(path)).active
    values = openpyxl.load_workbook(str(path), data_only=True).active
    out = []
    for ref, what in FORMULAS.items():
        formula, value = formulas[ref].value, values[ref].value
        if not (isinstance(formula, str) and formula.startswith("=")):
            out.append((f"{ref} is no formula", str(formula)))
        if what == "grade":
            ok = value == report["grade"]
        elif what == "self_score":
            ok = Decimal(str(value)) == Decimal(str(report["self_score"]))
        elif what == "预算执行率":
            ok = Decimal(str(value)) == Decimal(execution["score"])
        elif what == "execution_rate":
            ok = abs(Decimal(str(value)) * 100 - Decimal(b[what])) < Decimal("0.005")
        else:
            ok = Decimal(str(value)) * 10000 == Decimal(b[what])
        if not ok:
            out.append((f"{ref} caches {value!r}", what))
    return out


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    wan = Decimal(10000)
    if stem in SPENDING_LINES:
        metrics = {m["subject"]: Decimal(m["value"]) for m in golden["metrics"] if m["unit"] == "元"}
        lines = sum(metrics[s] for s in SPENDING_LINES[stem])
        if lines != b["expenditure_total"]:
            out.append(("spending lines = spending", f"{lines} vs {b['expenditure_total']}"))
    if stem == "tiedong-xinxing-2022":
        # 基本支出 / 项目支出 in the 年初 and 调整后 columns add up to the 合计 row; 支出进度 (Sept.) < rate
        for basic, project, total in (("4002.10", "5860.30", "budget_initial"), ("4180.36", "7417.30", "budget_adjusted")):
            if (Decimal(basic) + Decimal(project)) * wan != b[total]:
                out.append((f"basic + project budgets = {total}", f"{basic} + {project}"))
        if not Decimal("71.26") < b["execution_rate"]:
            out.append(("mid-year 支出进度 below the rate", "71.26"))
    if stem == "wucheng-gongan-2021":
        if b["expenditure_total"] - Decimal("237058600") != Decimal("12804900") or \
                golden_check.rate(Decimal("12804900"), Decimal("237058600")) != Decimal("5.40"):
            out.append(("上年 difference and growth", "1,280.49 / 5.40%"))
        if golden_check.rate(b["budget_addition"], b["budget_initial"]) != Decimal("9.09"):
            out.append(("share of the addition", "9.09%"))
        stated = b["execution_rate"]
        pairs = [(b["expenditure_total"], b["budget_adjusted"]), (b["expenditure_total"], b["budget_initial"]),
                 (b["expenditure_total"], b["budget_adjusted"] - b["revenue_carryover"]),
                 (b["expenditure_total"], b["revenue_general_budget"]),
                 (b["expenditure_project"], b["budget_adjusted"]), (b["expenditure_basic"], b["budget_adjusted"]),
                 (b["budget_adjusted"] - b["revenue_carryover"], b["budget_adjusted"]),
                 (b["revenue_general_budget"], b["budget_adjusted"])]
        hits = [p for p in pairs if golden_check.rate(*p) == stated]
        if hits:
            out.append(("the planted rate matches a pair", str(hits)))
    if stem == "xianning-zhiyuan-2021":
        if golden_check.rate(b["balance_carryforward"], b["budget_adjusted"]) != Decimal("3.12"):
            out.append(("结转结余率", "3.12%"))
    if stem == "huoqiu-wenhuaguan-2019":
        # the hidden 上年执行数 column: 184.10 + 14.25 = 198.35 = 139.80 + 58.55
        if not Decimal("184.10") + Decimal("14.25") == Decimal("198.35") == Decimal("139.80") + Decimal("58.55"):
            out.append(("hidden 上年执行数 column adds up", "198.35"))
        year = b["revenue_general_budget@adjusted"]
        if not year < b["expenditure_total"] <= year + b["revenue_carryover@adjusted"]:
            out.append(("spending explained by the carry-over", f"{year} / {b['expenditure_total']}"))
    if stem == "yulong-hongshihui-2018":
        year = b["revenue_general_budget"]
        if not year < b["expenditure_total"] <= year + b["revenue_carryover"] or \
                b["expenditure_total"] - year != Decimal("33700"):
            out.append(("spending explained by the carry-over", f"{year} / {b['expenditure_total']}"))
    if stem == "wuyuan-rongmei-2022":
        if b["funds_local"] == b["budget_adjusted"] or b["funds_local"] + b["funds_central"] != b["budget_adjusted"]:
            out.append(("the budget adds up only with the other paragraph's 中央 part", ""))
    if stem == "chiping-gongxiao-2020":
        if "12 865 000.00元" not in texts[stem] or b["budget_adjusted"] != Decimal("12865000"):
            out.append(("the 元 restatement equals the budget", "12 865 000.00"))
        if "funds_received" in b:
            out.append(("one level's 到位 is not funds_received", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, frozenset()):
        if (stem, label) in ROUNDED and _written_as(detail, ROUND_HALF_UP):
            traps_seen.append(f"{stem}: {label}: {detail} (rounded to the digits written, not an error)")
            continue
        if (stem, label) in TRUNCATED and _written_as(detail, ROUND_DOWN):
            traps_seen.append(f"{stem}: {label}: {detail} (written truncated, not an error)")
            continue
        if label == "grade matches the bands" and stem in BANDS:
            traps_seen.append(f"{stem}: national bands say otherwise; the report's own bands are checked instead")
            continue
        out.append((label, detail))
    return (out + _execution_score(golden) + _projects(golden, stem) + _bands(golden, stem)
            + _table_vs_text(golden, stem) + _formulas(stem) + _extra(golden, stem))


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
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != 3 else 0


if __name__ == "__main__":
    sys.exit(main())
