#!/usr/bin/env python3
"""Check the heldout28 goldens against their documents.

    .venv/bin/python tests/corpora/heldout28/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up), and every
  form's printed execution line says the same;
- the eight TRAPS, each accepted only when the figures really are consistent, and each counted:
  T1 xinjiang: the form's 执行率 is against 全年预算数; against 年初预算数 it would exceed 100%;
  T2 yingtan: 基本 + 项目 exceed 本年支出 by 0.01万元, which the report itself explains as rounding;
  T3 xinjiang: the 政府性基金 and 其他资金 rows are all `—`; the other sources add up without them;
  T4 hebi: last year's spending, the increase and the growth rate hold; last year's figure is no golden value;
  T5 hebi: the indicator rows' 分值 add up to 90; with the execution line's 10 they make the 总分 100;
  T6 yangquan: category shares of the project's spending (43.86% …) are no execution rate;
  T7 hunan: 中央 + 省级 rows add up to the 全年预算数 less the 上年结转 row (the year's money);
  T8 wuhai: last year's score (91.50) and the increase (3.77) beside this year's 95.27;
- the five planted errors hold under every reading (see `_planted_hold`);
- layout facts (hebi's form on the last of three pages; hunan's form over two pages with the
  indicator header row repeated; dongying's ruled form with merged cells; xinjiang's HTML table with
  rowspan / colspan; the Word tables; jiayuguan's two sheets and merged cells; the portal chrome; the
  Markdown paste);
- no name of the eight cities' provinces is written in any document, and each of the two provincial
  names only in its own document;
- the golden `flags` must be exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

# (document stem, shared check label) -> the golden flag items that record the planted error
PLANTED = {
    ("dongying-jiaotong-2022", "basic + project = total"): ["expenditure_basic", "expenditure_project",
                                                             "expenditure_total"],
    ("zigong-shangwu-2024", "rate = executed / budget"): ["execution_rate"],
    ("jiayuguan-nongye-2020", "grade matches the bands"): ["self_score", "grade"],
    ("hunan-shanhong-2021", "indicator weights = 100"): ["indicators.weight"],
    ("putian-wenlv-2025", "table parts @adjusted = total"): ["revenue_general_budget", "budget_adjusted"],
}
# shared checks a trap replaces for one document (the trap checks the real relation instead)
REPLACED = {
    ("yingtan-yibao-2019", "basic + project = total"),  # T2
}
# provinces of the eight cities: never written; the two provincial-level names only in their own document
UNWRITTEN = ("河南", "山东", "江西", "福建", "甘肃", "四川", "内蒙古", "山西")
OWN = {"湖南": "hunan-shanhong-2021", "新疆": "xinjiang-xumu-2020"}
N_DOCUMENTS = 10
N_TRAPS = 8
W = Decimal("10000")
CENT = Decimal("0.01")

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name)


def text_of(stem: str) -> str:
    return golden_check.document_text(source_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != Decimal(ind["score"]) or computed != Decimal(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _funds_line(golden: dict, squeezed: str) -> list[tuple[str, str]]:
    """A form's 年度资金总额 line prints 年初 / 全年 / 执行 / 10 / rate% / score in that order."""
    b = golden["budget_items"]
    execution = [i for i in golden.get("indicators", []) if i["name"] == "预算执行率"]
    if not execution:
        return []
    cells = [Decimal(b[k]) / W for k in ("budget_initial", "budget_adjusted", "expenditure_total")]
    tail = f"10{b['execution_rate']}%{execution[0]['score']}"
    shown = [{f"{c:.2f}", format(c.normalize(), "f")} for c in cells]  # a workbook shows 420.00 as 420
    lines = {"年度资金总额" + "".join(p) + tail for p in itertools.product(*shown)}
    if not any(line in squeezed.replace("|", "") for line in lines):
        return [("the 年度资金总额 line is printed as the golden reads it", sorted(lines)[0])]
    return []


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    not_metrics = {(x["value"], x.get("unit")) for x in golden.get("not_metrics", [])}
    score = golden["report"].get("self_score")

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "xinjiang-xumu-2020":
        against_initial = rate(b["expenditure_total"], b["budget_initial"])
        trap(b["expenditure_total"] > b["budget_initial"] and against_initial > 100
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "年度资金总额12460.0013286.5013012.341097.94%9.79" in squeezed,
             f"T1 the rate is against 全年预算数 (against 年初预算数 it would be {against_initial}%)")
        html = (HERE / f"{stem}.html").read_text(encoding="utf-8")
        dashes = "".join(f"<td>{v}</td>" for v in ["—"] * 6)
        trap(f"<tr><td>政府性基金</td>{dashes}</tr>" in html and f"<tr><td>其他资金</td>{dashes}</tr>" in html
             and not any(k.startswith(("revenue_gov_fund", "revenue_other")) for k in b)
             and all(sum(v for k, v in b.items() if k.endswith("@" + basis)) == b[total]
                     for basis, total in golden_check.BASIS_TOTAL.items()),
             "T3 the 政府性基金 and 其他资金 rows are all `—`; the other sources add up to each column's total")
    if stem == "yingtan-yibao-2019":
        trap(b["expenditure_basic"] + b["expenditure_project"] - b["expenditure_total"] == 100
             and "因四舍五入，分项之和与合计存在0.01万元尾差" in squeezed
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"],
             "T2 基本 + 项目 exceed 本年支出 by 0.01万元, a rounding difference the report states")
    if stem == "hebi-shengtai-2023":
        last, more = Decimal("43186500"), Decimal("3337200")
        trap(b["expenditure_total"] - last == more and rate(more, last) == Decimal("7.73") and last not in b.values()
             and "较上年支出4318.65万元增加333.72万元，增长7.73%" in squeezed
             and ("43186500.00", "元") in not_metrics,
             "T4 last year's spending, the increase and the growth hold; last year's figure is no golden value")
        rows = [i for i in golden["indicators"] if i["name"] != "预算执行率"]
        trap(sum(Decimal(i["weight"]) for i in rows) == 90
             and sum(Decimal(i["weight"]) for i in golden["indicators"]) == 100
             and "总分|||||100|98.32|优" in squeezed and "得分88.5分，本部门2023年度" in squeezed,
             "T5 the indicator rows' 分值 add up to 90, the execution line's 10 makes the 总分 100")
    if stem == "yangquan-zizhu-2022":
        parts = [Decimal("542.30"), Decimal("468.64"), Decimal("225.60")]
        shares = [Decimal("43.86"), Decimal("37.90"), Decimal("18.24")]
        total = b["expenditure_total"] / W
        trap(sum(parts) == total and all(rate(p, total) == s for p, s in zip(parts, shares, strict=True))
             and b["execution_rate"] not in shares and "占项目支出的43.86%" in squeezed
             and all((str(s.normalize()), "%") in not_metrics for s in shares),
             "T6 the category shares of the project's spending are no execution rate")
    if stem == "hunan-shanhong-2021":
        trap(all(b[f"funds_central@{basis}"] + b[f"funds_provincial@{basis}"]
                 == b[total] - b.get(f"revenue_carryover@{basis}", Decimal(0))
                 for basis, total in golden_check.BASIS_TOTAL.items())
             and b["funds_central@adjusted"] + b["funds_provincial@adjusted"] != b["budget_adjusted"],
             "T7 中央 + 省级 add up to the 全年预算数 less the 上年结转 row in every column")
    if stem == "wuhai-lincao-2021":
        trap(score is not None and Decimal(str(score)) - Decimal("91.50") == Decimal("3.77")
             and "较上年度自评得分（91.50分）提高3.77分" in squeezed and ("91.5", "分") in not_metrics
             and "本项目2021年度自评得分95.27分" in squeezed,
             "T8 last year's score and the increase beside this year's 95.27")
    return out


def _money_figures(stem: str) -> list[Decimal]:
    """Every 万元 figure the document writes."""
    return [Decimal(x) for x in re.findall(r"(\d+(?:\.\d+)?)万元", golden_check.squeeze(text_of(stem)))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figures the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    if stem == "dongying-jiaotong-2022":
        executed = sum(v for k, v in b.items() if k.endswith("@executed"))
        if not (b["expenditure_total"] - b["expenditure_basic"] - b["expenditure_project"] == 10 * W
                and executed == b["expenditure_total"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and "按支出性质分：基本支出|—|—|2364.52" in squeezed):
            out.append(("E1: 基本 + 项目 miss the 全年执行数 by 10.00万元 while the sources and the rate confirm it", ""))
    if stem == "zigong-shangwu-2024":
        stated = b["execution_rate"]
        figures = sorted(set(_money_figures(stem)))
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x + y, z) for x, y, z in itertools.permutations(figures, 3) if rate(x + y, z) == stated]
        hits += [(x, y + z) for x, y, z in itertools.permutations(figures, 3) if rate(x, y + z) == stated]
        hits += [(x - y, z) for x, y, z in itertools.permutations(figures, 3) if z and rate(x - y, z) == stated]
        if hits or rate(b["expenditure_total"], b["budget_adjusted"]) != Decimal("97.62") or len(figures) < 10:
            out.append(("E2: the planted rate matches a pair of the document's figures", str(hits[:5])))
    if stem == "jiayuguan-nongye-2020":
        score = Decimal(str(golden["report"]["self_score"]))
        if not ("优（90分（含）以上）、良（80分（含）—90分）" in squeezed and 80 <= score < 90
                and sum(Decimal(i["score"]) for i in golden["indicators"]) == score
                and sum(Decimal(i["weight"]) for i in golden["indicators"]) == 100
                and "总分|100|87.96|优" in squeezed):
            out.append(("E3: 87.96 is 良 on the scale the form prints, graded 优", ""))
    if stem == "hunan-shanhong-2021":
        weights = sum(Decimal(i["weight"]) for i in golden["indicators"])
        scores = sum(Decimal(i["score"]) for i in golden["indicators"])
        stated = Decimal(str(golden["report"]["self_score"]))
        if not (weights == 95 and scores == stated and "总分|||||100|93.73|优" in squeezed
                and not any(Decimal(i["score"]) > Decimal(i["weight"]) for i in golden["indicators"])):
            out.append(("E4: the 分值 add up to 95, the 总分 row prints 100; the 得分 add up to 93.73", ""))
    if stem == "putian-wenlv-2025":
        if not (b["revenue_general_budget@adjusted"] - b["budget_adjusted"] == 10 * W
                and b["revenue_general_budget@initial"] == b["budget_initial"]
                and b["revenue_general_budget@executed"] == b["expenditure_total"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "其中：财政拨款|300.00|330.00|312.84" in squeezed and "全年预算320.00万元" in squeezed):
            out.append(("E5: the 其中 row's 全年预算数 330.00 exceeds the total's 320.00 while the rest confirms 320.00",
                        ""))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    raw = text_of(stem)
    if source_of(stem).suffix == ".xlsx":  # both sheets
        import openpyxl

        raw += "\n".join(str(c.value) for ws in openpyxl.load_workbook(str(source_of(stem))).worksheets
                         for row in ws.iter_rows() for c in row if c.value is not None)
    if any(name in raw for name in UNWRITTEN):
        out.append(("a province name is written", str([n for n in UNWRITTEN if n in raw])))
    for name, own in OWN.items():
        if name in raw and stem != own:
            out.append((f"{name} written outside {own}", ""))
    suffix = source_of(stem).suffix
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source_of(stem))) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            tables = [p.extract_tables() for p in pdf.pages]
            rects = [len(p.rects) for p in pdf.pages]
        if stem == "hebi-shengtai-2023":
            if not (len(pages) == 3 and all(p.splitlines()[-1] == f"第 {n} 页 共 3 页" for n, p in enumerate(pages, 1))
                    and "部门整体支出绩效自评表" in pages[2].splitlines()[0] and not tables[0] and not tables[1]
                    and len(tables[2]) == 1 and golden_check.squeeze(tables[2][0][0][0]) == "部门（单位）名称"):
                out.append(("a narrative over two pages, the ruled form alone on page 3", ""))
        if stem == "hunan-shanhong-2021":
            head = ["一级指标", "二级指标", "三级指标"]
            if not (len(pages) == 2 and len(tables[0]) == 1 and len(tables[1]) == 1
                    and tables[1][0][0][:3] == head and any(r[:3] == head for r in tables[0][0])
                    and tables[0][0][-1][0] in ("", None) and tables[1][0][-1][0] == "总分"
                    and all(p.splitlines()[-1] == f"第 {n} 页 共 2 页" for n, p in enumerate(pages, 1))):
                out.append(("a form over two pages, the indicator header repeated on page 2", ""))
        if stem == "dongying-jiaotong-2022":
            if not (len(pages) == 1 and len(tables[0]) == 1 and rects[0] > 70
                    and tables[0][0][-1][0] == "总分" and tables[0][0][2][0] in ("", None)):
                out.append(("a ruled one-page form with merged cells", f"{rects} rects"))
        if stem == "yangquan-zizhu-2022" and (len(pages) != 1 or tables[0]):
            out.append(("a one-page narrative without a table", ""))
    if suffix == ".docx":
        import docx

        tables = docx.Document(str(source_of(stem))).tables
        if not (len(tables) == 1 and len(tables[0].columns) == 8
                and tables[0].cell(3, 0).text == tables[0].cell(2, 0).text != ""):
            out.append(("one Word form of 8 columns with the funds label merged down", ""))
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source_of(stem)))
        merged = {str(r) for r in book.active.merged_cells.ranges}
        if not (book.sheetnames == ["项目支出绩效自评表", "填报说明"]
                and {"A5:A9", "A10:A11", "B3:H3", "A13:A17", "A21:E21"} <= merged):
            out.append(("two sheets; the form's merged cells", str(sorted(merged))))
    if suffix == ".html":
        html = source_of(stem).read_text(encoding="utf-8")
        chrome = {"xinjiang-xumu-2020": ("您当前的位置", "索引号", "发布日期", "浏览量", "网站标识码", "ICP备",
                                         'rowspan="8"', 'colspan="7"', 'colspan="5">总分'),
                  "zigong-shangwu-2024": ("当前位置", "索引号", "发布机构", "阅读次数", "网站标识码", "ICP备")}[stem]
        if not all(c in html for c in chrome):
            out.append(("portal chrome (and the HTML form's spans)", ""))
    if suffix == ".md":
        data = source_of(stem).read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or not all(
                c in raw for c in ("# ", "| --- |", "阅读原文", "在看")):
            out.append(("a Markdown paste with pipe tables, UTF-8 without BOM, LF", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete) + _execution_score(golden):
        if (stem, label) in REPLACED:
            continue
        out.append((label, detail))
    squeezed = golden_check.squeeze(text_of(stem))
    return out + _funds_line(golden, squeezed) + _traps(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


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
