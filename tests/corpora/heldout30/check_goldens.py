#!/usr/bin/env python3
"""Check the heldout30 goldens against their documents.

    .venv/bin/python tests/corpora/heldout30/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
every project's rate equals its executed ÷ budget, a complete project list adds up to 项目支出,
indicator weights add up to 100 and scores to the self-score, no score above its weight, grade
matches the bands), with the five planted errors declared as expected, and adds what this batch
needs on top:

- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- the self-score is printed; guangxi's 合计 row is the sum of its project rows with their rate;
- the ten TRAPS, each accepted only when the figures really are consistent, and each counted:
  T1 guangxi: 对下转移支付 28.65亿元 (中央 19.42 + 自治区 9.23) shared out to cities and counties, not the
     department's levels;
  T2 guangxi: the text's 亿元 figures are the table's 万元 figures rounded; their quotient (97.13%) is not the
     stated 97.02%, which the 万元 figures give;
  T3 chaozhou: 上年同期支出 12,318.24 beside this year's 基本 + 项目 = 13,042.57;
  T4 tianjin: a 上年数 column beside the 本年数 one, each adding up on its own;
  T5 xiaogan: 资金到位率100% beside 预算执行率93.74%;
  T6 taizhou: a table of the five consolidated units whose columns add up to the department's totals
     (their 本年支出 to 本年支出, not to 项目支出); no projects;
  T7 rikaze: 权重合计100分 and a 合计 row `100 | 95.87`;
  T8 qinghai: 州（市） own matching funds (2,380.00万元) outside the project's money; 中央 + 省级 = the budget;
     the allocation table in 元 adds up to the budget and the spending;
  T9 shizuishan: a printed scale (`90分以上为优`) beside the score 88.6, graded 良, `差1.4分`;
  T10 chongqing: 预算调整率 9.68% and 结转结余率 2.89% are other ratios of the form's own figures;
- the five planted errors hold under every reading (see `_planted_hold`);
- layout facts (guangxi: 3 pages, running header, `第 N 页 共 3 页`, the project table over the page break with
  its header repeated; xiaogan: the form a ruled grid with merged cells on page 2; shizuishan: a table without
  rules; tianjin: a three-line table; qinghai: a ruled table in 元; the Word tables; the workbook's merged cells;
  the portal chrome, one page a form one cell a line; jinzhou: a form feed and label：value lines);
- no province of the seven 地级市 is written in any document; each provincial-level name (广西, 重庆, 天津, 青海)
  only in its own document;
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
    ("guangxi-shuili-2022", "projects = 项目支出"): ["expenditure_project", "projects.executed"],
    ("chaozhou-huanbao-2018", "rate = executed / budget"): ["execution_rate"],
    ("jinzhou-jiaotong-2022", "grade matches the bands"): ["self_score", "grade"],
    ("chongqing-linye-2020", "indicator scores = self_score"): ["indicators.score"],
    ("taizhou-weijian-2021", "sources = revenue"): ["revenue_total", "revenue_general_budget", "revenue_gov_fund",
                                                    "revenue_other"],
}
# complete project lists (the report says it names every project): they must add up to 项目支出
COMPLETE = frozenset({"guangxi-shuili-2022"})
# provinces of the seven 地级市: never written
UNWRITTEN = ("海南", "湖北", "辽宁", "江苏", "西藏", "宁夏", "广东")
# provincial-level names: written in their own document only
OWN_PROVINCE = {"广西": "guangxi-shuili-2022", "重庆": "chongqing-linye-2020", "天津": "tianjin-shuiwu-2023",
                "青海": "qinghai-shengtai-2024"}
N_DOCUMENTS = 11
N_TRAPS = 10
W = Decimal("10000")
Y = Decimal("100000000")
CENT = Decimal("0.01")

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name)


def text_of(stem: str) -> str:
    return golden_check.document_text(source_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def D(x) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
            want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != D(ind["score"]) or computed != D(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
            if "actual" in ind and ind["actual"] != f"{computed}%":
                out.append(("execution-line actual = the rate", ind["actual"]))
    return out


def _totals(golden: dict, stem: str, squeezed: str) -> list[tuple[str, str]]:
    """guangxi's 合计 row is the sum of its project rows with their rate; the self-score is printed."""
    out: list[tuple[str, str]] = []
    projects = golden.get("projects", [])
    if projects:
        budget = sum(D(p["budget"]) for p in projects)
        done = sum(D(p["executed"]) for p in projects)
        cells = f"合计|{budget / W:.2f}|{done / W:.2f}|{rate(done, budget)}%"
        if cells not in squeezed:
            out.append(("the 合计 row is the sum of the projects and their rate", cells))
    score = golden["report"]["self_score"]
    forms = {f"{D(score)}分", f"{D(score):.2f}", f"|{D(score)}|"}
    if not any(f in squeezed for f in forms):
        out.append(("the self-score is printed", str(forms)))
    return out


def _yi(wan: Decimal) -> Decimal:
    """A 万元 figure as the 亿元 figure a text rounds it to."""
    return (wan / W).quantize(CENT, ROUND_HALF_UP)


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    indicators = golden.get("indicators", [])
    not_metrics = {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "guangxi-shuili-2022":
        central, regional, shared = D("19.42") * Y, D("9.23") * Y, D("28.65") * Y
        trap(central + regional == shared and shared > 6 * b["budget_adjusted"]
             and "水利转移支付资金28.65亿元，其中中央资金19.42亿元、自治区资金9.23亿元" in squeezed
             and "不纳入本部门预算收支" in squeezed
             and not any(k.startswith("funds_") for k in b)
             and b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_carryover"] == b["budget_adjusted"]
             and all((v, "元") in not_metrics for v in (shared, central, regional)),
             "T1 对下转移支付 28.65亿元 (中央 19.42 + 自治区 9.23) is shared out below, not the department's levels")
        wan = {k: b[k] / W for k in ("budget_initial", "budget_addition", "budget_adjusted", "expenditure_total",
                                     "balance_carryforward")}
        yi = {k: _yi(v) for k, v in wan.items()}
        stated = {"budget_initial": "3.62", "budget_addition": "0.56", "budget_adjusted": "4.18",
                  "expenditure_total": "4.06", "balance_carryforward": "0.12"}
        rounded_rate = rate(yi["expenditure_total"], yi["budget_adjusted"])
        trap(all(yi[k] == D(v) for k, v in stated.items())
             and rounded_rate == D("97.13") != b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("97.02")
             and "年初预算3.62亿元，年中追加0.56亿元，调整后预算4.18亿元；全年支出4.06亿元，年末结转结余0.12亿元，"
                 "预算执行率97.02%" in squeezed
             and all(f"{wan[k]:,.2f}".replace(",", "") in squeezed for k in wan),
             f"T2 the 亿元 figures are the 万元 table rounded: their quotient {rounded_rate}% is not the stated 97.02%")
    if stem == "chaozhou-huanbao-2018":
        last, change = D("12318.24") * W, D("724.33") * W
        trap(b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"] != last
             and b["expenditure_total"] - last == change and rate(change, last) == D("5.88")
             and "上年同期支出12318.24万元，本年同比增加724.33万元，增长5.88%" in squeezed
             and (last, "元") in not_metrics and (change, "元") in not_metrics,
             "T3 上年同期支出 12,318.24 beside this year's 基本 3,862.19 + 项目 9,180.38 = 13,042.57")
    if stem == "tianjin-shuiwu-2023":
        rows = {"本年收入合计": ("128642.35", "136218.90"), "一般公共预算财政拨款收入": ("96420.15", "98106.40"),
                "政府性基金预算财政拨款收入": ("28650.00", "34280.00"), "其他收入": ("3572.20", "3832.50"),
                "本年支出合计": ("126015.78", "133904.17"), "基本支出": ("18264.31", "17986.52"),
                "项目支出": ("107751.47", "115917.65")}
        cols = [{k: D(v[n]) for k, v in rows.items()} for n in (0, 1)]
        adds = all(c["一般公共预算财政拨款收入"] + c["政府性基金预算财政拨款收入"] + c["其他收入"] == c["本年收入合计"]
                   and c["基本支出"] + c["项目支出"] == c["本年支出合计"] for c in cols)
        this_year = {"revenue_total": "本年收入合计", "revenue_general_budget": "一般公共预算财政拨款收入",
                     "revenue_gov_fund": "政府性基金预算财政拨款收入", "revenue_other": "其他收入",
                     "expenditure_total": "本年支出合计", "expenditure_basic": "基本支出",
                     "expenditure_project": "项目支出"}
        printed = all(f"{k}{D(a):.2f}{D(p):.2f}{D(a) - D(p):.2f}{rate(D(a) - D(p), D(p))}%" in squeezed
                      for k, (a, p) in rows.items())
        trap(adds and printed and all(b[item] == cols[0][row] * W for item, row in this_year.items())
             and not set(b.values()) & {v * W for v in cols[1].values()}
             and "项目本年数上年数增减额增减率" in squeezed,
             "T4 a 上年数 column beside 本年数: each column adds up on its own; the golden holds 本年数 only")
    if stem == "xiaogan-nongye-2019":
        trap("资金到位率100%" in squeezed and "预算执行率93.74%" in squeezed
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("93.74")
             and "funds_received" not in b and (D(100), "%") in not_metrics
             and b["funds_central"] + b["funds_provincial"] == D("1.2") * Y
             and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"],
             "T5 资金到位率100% is the rate of funds received, not the execution rate (93.74%)")
    if stem == "taizhou-weijian-2021":
        units = [[D(x) for x in re.split(r"\|", line)[1:5]] for line in text_of(stem).replace(",", "").splitlines()
                 if re.match(r"^(委机关本级|泰州市\S+) \| ", line)]
        sums = [sum(u[k] for u in units) for k in range(4)]
        trap(len(units) == 5 and all(u[2] + u[3] == u[1] for u in units)
             and [s * W for s in sums] == [b["revenue_total"], b["expenditure_total"], b["expenditure_basic"],
                                           b["expenditure_project"]]
             and sums[1] * W != b["expenditure_project"] and not golden.get("projects")
             and "纳入本部门2021年度决算汇总范围的单位共5个" in squeezed,
             "T6 the five units' rows add up to the department's totals (支出 to 本年支出, not to 项目支出)")
    if stem == "rikaze-jiaoyu-2025":
        trap(sum(D(i["weight"]) for i in indicators) == 100 and sum(D(i["score"]) for i in indicators) == D("95.87")
             and "权重合计100分" in squeezed and "合计|合计|合计|合计|合计|100|95.87|" in squeezed
             and len(indicators) == 9 and "共设置绩效指标9项" in squeezed and (D(100), "分") in not_metrics,
             "T7 权重合计100分 and the 合计 row's 100 are the weights; the score is 95.87")
    if stem == "qinghai-shengtai-2024":
        match = D("2380.00") * W
        shares = [[D(x.rstrip("%")) for x in line.split(" | ")[1:4]]
                  for line in text_of(stem).replace(",", "").splitlines() if re.match(r"^\S+[州市] \| \d", line)]
        trap(b["funds_central"] + b["funds_provincial"] == b["budget_adjusted"]
             and b["funds_central"] + b["funds_provincial"] + match != b["budget_adjusted"]
             and "funds_local" not in b and (match, "元") in not_metrics
             and "另行安排地方配套资金2380.00万元，未纳入本项目资金总额" in squeezed
             and len(shares) == 7 and sum(s[0] for s in shares) == b["budget_adjusted"]
             and sum(s[1] for s in shares) == b["expenditure_total"]
             and all(rate(s[1], s[0]) == s[2] for s in shares)
             and not golden.get("projects"),
             "T8 州（市） matching funds outside the project's money; the allocation table adds up in 元")
    if stem == "shizuishan-minzheng-2016":
        score = D(golden["report"]["self_score"])
        trap(80 <= score < 90 and golden["report"]["grade"] == "良" and 90 - score == D("1.4")
             and "综合得分90分以上为优、80分至90分为良" in squeezed and "本部门评价等级为良，距优等级差1.4分" in squeezed
             and (D(90), "分") in not_metrics and (D("1.4"), "分") in not_metrics,
             "T9 the scale's 90分以上为优 is no score: 88.6 is 良, 1.4 short of 优")
    if stem == "chongqing-linye-2020":
        ini, adj, done = b["budget_initial"], b["budget_adjusted"], b["expenditure_total"]
        by_name = {i["name"]: i for i in indicators}
        adjust = ((adj - ini) / ini * 100).quantize(CENT, ROUND_HALF_UP)
        carry = ((adj - done) / adj * 100).quantize(CENT, ROUND_HALF_UP)
        rows = [line.split(" | ") for line in text_of(stem).splitlines() if line.count(" | ") == 9]
        coeff = all(D(r[6]) * D(r[7]) / 100 == D(r[8]) for r in rows[1:])
        trap(by_name["预算调整率"]["actual"] == f"{adjust}%" == "9.68%" and by_name["结转结余率"]["actual"] == f"{carry}%"
             and by_name["预算完成率"]["actual"] == f"{b['execution_rate']}%" and len(rows) == 11 and coeff
             and sum(D(i["weight"]) for i in indicators) == 100 and adjust != b["execution_rate"],
             f"T10 预算调整率 {adjust}% = (全年 − 年初) ÷ 年初 and 结转结余率 {carry}% = 结余 ÷ 全年: other ratios, no error")
    return out


def _figures(stem: str) -> list[Decimal]:
    """Every figure with two or four decimals the document writes."""
    return [D(x) for x in re.findall(r"(\d+\.\d{2}(?:\d{2})?)(?![\d%])", golden_check.squeeze(text_of(stem)))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figures the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    projects = golden.get("projects", [])
    indicators = golden.get("indicators", [])
    if stem == "guangxi-shuili-2022":
        done = sum(D(p["executed"]) for p in projects)
        if not (b["expenditure_project"] - done == 10 * W and len(projects) == 12
                and "共实施项目支出项目12个，全部纳入绩效自评范围" in squeezed
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) for p in projects)):
            out.append(("E5: the twelve projects' 执行数 add up to 10.00万元 less than 项目支出", str(done)))
    if stem == "chaozhou-huanbao-2018":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(stem)))
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("95.86") or len(figures) < 12 or not (
                "全年预算执行率96.86%" in squeezed
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]):
            out.append(("E2: 96.86% is no pair of the document's figures; 13,042.57 ÷ 13,605.40 = 95.86%", str(hits[:5])))
    if stem == "jinzhou-jiaotong-2022":
        score = D(golden["report"]["self_score"])
        if not ("90分（含）以上为优，80分（含）至90分为良" in squeezed and 80 <= score < 90
                and golden["report"]["grade"] == "优" and "10087.76自评等级：优" in squeezed
                and sum(D(i["score"]) for i in indicators) == score
                and sum(D(i["weight"]) for i in indicators) == 100):
            out.append(("E3: 87.76 is 良 on the printed scale, graded 优", ""))
    if stem == "chongqing-linye-2020":
        scores = sum(D(i["score"]) for i in indicators)
        if not (scores == D("98.81") and D(golden["report"]["self_score"]) == D("97.81")
                and "自评总分（分）|97.81" in squeezed and sum(D(i["weight"]) for i in indicators) == 100
                and "自评总分为执行率得分与各项指标得分之和" in squeezed):
            out.append(("E4: the 得分 add up to 98.81, the form's 自评总分 says 97.81", str(scores)))
    if stem == "taizhou-weijian-2021":
        parts = b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_other"]
        shares = [rate(b[k], b["revenue_total"]) for k in ("revenue_general_budget", "revenue_gov_fund",
                                                          "revenue_other")]
        if not (b["revenue_total"] - parts == 10 * W
                and all(f"占{s}%" in squeezed for s in shares)
                and "合计|29468.35|" in squeezed
                and rate(D("1862.40"), b["revenue_total"] / W - D("1862.40")) == D("6.75")):
            out.append(("E1: the three sources add up to 10.00万元 less than 本年收入合计", str(parts)))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    raw = text_of(stem)
    if any(name in raw for name in UNWRITTEN):
        out.append(("a province of a 地级市 is written", str([n for n in UNWRITTEN if n in raw])))
    foreign = [name for name, own in OWN_PROVINCE.items() if own != stem and name in raw]
    if foreign or (stem in OWN_PROVINCE.values() and not any(n in raw for n, s in OWN_PROVINCE.items() if s == stem)):
        out.append(("a provincial-level name outside its own document", str(foreign)))
    suffix = source_of(stem).suffix
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source_of(stem))) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            tables = [p.extract_tables() for p in pdf.pages]
            rects = [len(p.rects) for p in pdf.pages]
            lines = [p.lines for p in pdf.pages]
        if stem == "guangxi-shuili-2022":
            head = "广西壮族自治区水利厅2022年度部门整体支出绩效自评报告"
            if not (len(pages) == 3 and all(p.splitlines()[0] == head for p in pages)
                    and all(p.splitlines()[-1] == f"第 {n} 页 共 3 页" for n, p in enumerate(pages, 1))
                    and tables[0][-1][0][:2] == ["序号", "项目名称"] and tables[1][0][0][:2] == ["序号", "项目名称"]
                    and tables[1][0][-1][1] == "合计"):
                out.append(("3 pages under a running header; the project table over the break, header repeated", ""))
        if stem == "xiaogan-nongye-2019" and not (len(pages) == 2 and not tables[0] and len(tables[1]) == 1
                                                  and tables[1][0][2][0].startswith("项目资金")
                                                  and tables[1][0][3][0] is None):
            out.append(("page 2 a ruled grid with merged cells (项目资金 over its rows)", ""))
        if stem == "shizuishan-minzheng-2016" and (any(tables) or any(rects) or any(lines)
                                                   or "经济分类金额占基本支出比重" not in golden_check.squeeze(pages[0])):
            out.append(("a table without rules", ""))
        if stem == "tianjin-shuiwu-2023" and not (any(rects) is False and len(lines[0]) == 3
                                                  and all(abs(ln["y0"] - ln["y1"]) < 0.1 for ln in lines[0])):
            out.append(("a three-line table: three horizontal rules, no vertical ones", str(len(lines[0]))))
        if stem == "qinghai-shengtai-2024" and not (tables[0] and tables[0][0][-1][0] == "合计"
                                                    and "单位：元" in pages[0]):
            out.append(("a ruled table in 元 with a 合计 row", ""))
    if suffix == ".docx":
        import docx

        tables = docx.Document(str(source_of(stem))).tables
        if len(tables) != 1:
            out.append(("one Word table", str(len(tables))))
        if stem == "rikaze-jiaoyu-2025" and not (tables[0].cell(2, 0)._tc is tables[0].cell(5, 0)._tc
                                                    and tables[0].cell(6, 0)._tc is tables[0].cell(8, 0)._tc
                                                    and tables[0].cell(6, 1)._tc is tables[0].cell(7, 1)._tc):
            out.append(("the 一级 labels merged down", ""))
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source_of(stem)))
        merged = {str(r) for r in book.active.merged_cells.ranges}
        if not (len(book.sheetnames) == 1 and {"A1:J1", "A6:A7", "H4:J4", "B7:C7", "A8:A9", "H9:J9"} <= merged
                and book.active["B7"].number_format == "#,##0.0000"):
            out.append(("one sheet; the form's merged cells; 万元 with four decimals", str(sorted(merged))))
    if suffix == ".html":
        html = source_of(stem).read_text(encoding="utf-8")
        chrome = ("位置：", "首页", "字号", "大</a>", "中</a>", "小</a>", "打印本页", "相关链接", "网站标识码", "ICP备")
        if not all(c in html for c in chrome):
            out.append(("portal chrome", str([c for c in chrome if c not in html])))
        if stem == "sanya-lvwen-2017" and not ("<p>年度资金总额</p>\n<p>2,600.00</p>\n<p>3,100.00</p>" in html
                                               and "<table" not in html.split('class="content"')[1]):
            out.append(("the form one cell a line, no table", ""))
    if suffix == ".txt":
        data = source_of(stem).read_bytes()
        text = data.decode("utf-8")
        if not (not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data and text.count("\f") == 1
                and "项目名称：农村公路养护工程项目" in text and "年度资金总额：" in text
                and "第 1 页 共 2 页\n\f" in text):
            out.append(("UTF-8, LF, a form feed between two pages, label：value lines", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = _sum_problems(golden, stem, projects_complete) + _execution_score(golden)
    squeezed = golden_check.squeeze(text_of(stem))
    return out + _totals(golden, stem, squeezed) + _traps(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


golden_check.sum_problems = sum_problems


def flag_problems() -> list[str]:
    """The goldens' error flags are exactly the planted errors, one per document."""
    problems = []
    want = {stem: sorted(items) for (stem, _), items in PLANTED.items()}
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        flags = golden_of(stem).get("flags", [])
        got = [sorted(f["items"]) for f in flags if f.get("severity") == "error"]
        expected = [want[stem]] if stem in want else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED), projects_complete=COMPLETE)
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
