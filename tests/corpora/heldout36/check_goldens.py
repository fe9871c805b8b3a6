#!/usr/bin/env python3
"""Check the heldout36 goldens against their documents.

    .venv/bin/python tests/corpora/heldout36/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the five planted errors declared as expected, and adds what this batch needs:

- the documents read as a careful reader reads them: the workbook through its number formats (a
  fraction formatted `0.00%` shows as a percent), the Word tables, the PDF pages' body text without
  the footer, and the words of the two scanned pages (the generator's own rows: no text layer holds
  them);
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up), and a printed
  execution row's actual is the stated rate;
- a stated self-score is printed in the document;
- the TRAPS (23), each accepted only when the figures really are consistent as the report means them,
  and each counted; four of them replace a check that a naive reading fails (economic classes = basic,
  sources = revenue, grade matches the bands, the execution-line score to two decimals);
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document
  confirming the figures around them;
- layout facts (page counts and footers, ruled grids with merged cells, a platypus table, a three-line
  table, two image-only pages with no character on them, one of them landscape, the Word tables, the
  workbook's merged form and number formats, the portal chrome, the Markdown pipe tables);
- each county-level place is written only in its own document, each 州 / 盟 / city written only where
  it belongs; no province is written, and none of the prefectures the documents leave unnamed;
- the golden `flags` are exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

import make_heldout36 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("ruijin-bowuguan-2018", "economic classes = basic"): ["expenditure_wages", "expenditure_goods_services",
                                                           "expenditure_household_subsidies", "expenditure_basic"],
    ("shengzhou-yueju-2021", "rate = executed / budget"): ["execution_rate"],
    ("guanghe-fuyou-2015", "grade matches the bands"): ["self_score", "grade"],
    ("lingwu-erzhong-2016", "indicator scores = self_score"): ["self_score"],
    ("xianghuang-caoyuan-2017", "initial + addition = adjusted"): ["budget_initial", "budget_addition",
                                                                  "budget_adjusted"],
}
# checks that follow from a planted error (the execution line scored on the misstated rate)
CONSEQUENCES = {("shengzhou-yueju-2021", "execution-line score = weight × rate")}
FOOTER = re.compile(r"^(- \d+ -|—\d+—|第 \d+ 页 共 \d+ 页|第\d+页)$")
PLACES = {  # the county-level place each document's unit carries; written in no other document of the batch
    "luoding-renmin-2023": "罗定", "shengzhou-yueju-2021": "嵊州", "huili-nongji-2022": "会理",
    "hefeng-tushuguan-2019": "鹤峰", "jieshou-yizhong-2020": "界首", "gaomi-baicheng-2024": "高密",
    "xianghuang-caoyuan-2017": "镶黄旗", "jinpu-jikong-2025": "金普", "lingwu-erzhong-2016": "灵武",
    "ruijin-bowuguan-2018": "瑞金", "guanghe-fuyou-2015": "广河", "fuding-yuzheng-2015": "福鼎",
    "fuquan-zhengshou-2017": "福泉", "dengzhou-gonglu-2019": "邓州",
}
REGIONS = {  # the 州, 盟 or city a document writes, and only that document
    "huili-nongji-2022": "凉山彝族自治州", "guanghe-fuyou-2015": "临夏回族自治州",
    "fuquan-zhengshou-2017": "黔南布依族苗族自治州", "xianghuang-caoyuan-2017": "锡林郭勒盟", "jinpu-jikong-2025": "大连",
    "gaomi-baicheng-2024": "柏城",
}
PROVINCES = ("广东", "浙江", "四川", "湖北", "安徽", "山东", "内蒙古", "辽宁", "宁夏", "江西", "甘肃", "福建", "贵州",
             "河南", "湖南", "江苏", "河北", "山西", "陕西", "吉林", "黑龙江", "云南", "广西", "海南", "西藏", "青海",
             "新疆", "重庆", "天津", "上海", "北京")
UNWRITTEN = ("云浮", "绍兴", "恩施", "阜阳", "潍坊", "吴忠", "赣州", "宁德", "南阳")  # prefectures left unnamed
N_DOCUMENTS = 14
N_TRAPS = 23
W = Decimal("10000")
CENT = Decimal("0.01")

_original_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def _shown(cell: Any) -> str:
    """A cell as Excel shows it through its number format."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fmt == "0.00%":
            return f"{Decimal(repr(value)) * 100:.2f}%"
        if fmt in ("0.00", "#,##0.00"):
            return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    return str(value)


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def body_text(pages: list[str]) -> str:
    """The pages' text without the footer, pages joined."""
    out = []
    for page in pages:
        lines = page.splitlines()
        if lines and FOOTER.match(lines[-1]):
            lines = lines[:-1]
        out.append("\n".join(lines))
    return "\n".join(out)


def _rows_text(rows: list[list[str]]) -> list[str]:
    """A printed table as a reader transcribes it: each row cell by cell, and each row as one line."""
    out = []
    for row in rows:
        cells = [c for c in row if c]
        out += [" | ".join(cells), " ".join(cells)]
    return out


def scanned_text() -> dict[str, str]:
    """What the scanned pages show: their titles, their rows and their signature lines."""
    huili_rows, _ = M.huili_rows()
    huili = ["部门预算项目支出绩效自评表", "（2022年度）", *_rows_text(huili_rows),
             "填报人：沙××　　　　联系电话：0834-5621***　　　　填报日期：2023年3月20日"]
    funds, rows, _ = M.fuquan_rows()
    fuquan = ["部门整体支出绩效自评表", "（2017年度）", "单位名称：福泉市房屋征收事务所　　金额单位：万元",
              *_rows_text(funds), *_rows_text(rows), "单位负责人：罗××　　填报人：吴××　　填报日期：2018年4月9日"]
    return {"huili-nongji-2022": "\n".join(huili), "fuquan-zhengshou-2017": "\n".join(fuquan)}


PIXEL_TEXT = scanned_text()


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path))
        return "\n".join(" | ".join(_shown(c) for c in row if c.value is not None)
                         for ws in book.worksheets for row in ws.iter_rows())
    text = _original_text(path)
    if path.suffix == ".pdf":
        text += "\n" + body_text(pdf_pages(path))
    return text


golden_check.document_text = document_text


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name and p.suffix != ".py")


_texts: dict[str, str] = {}


def text_of(stem: str) -> str:
    if stem not in _texts:
        _texts[stem] = document_text(source_of(stem)) + "\n" + PIXEL_TEXT.get(stem, "")
    return _texts[stem]


def squeezed_of(stem: str) -> str:
    return golden_check.squeeze(text_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def D(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def band(score: Decimal, cuts: tuple[int, int, int] = (90, 80, 60)) -> str:
    return "优" if score >= cuts[0] else "良" if score >= cuts[1] else "中" if score >= cuts[2] else "差"


# --------------------------------------------------------------------------- checks
def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
            want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != D(ind["score"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
            if "actual" in ind and ind["actual"] != f"{D(b['execution_rate'])}%":
                out.append(("execution-line actual = the stated rate", ind["actual"]))
    return out


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        return [("every document of this batch states a score", "")]
    s = D(score)
    forms = {f"{s}分", f"|{s:.2f}", f"|{s}|"}
    if not any(f in squeezed for f in forms):
        return [("the self-score is printed", str(forms))]
    return []


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen (and may retire the shared check it
    answers), one that does not is a problem."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics = {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}
    metrics = {(D(x["value"]), x.get("unit")) for x in golden.get("metrics", [])}
    indicators = golden.get("indicators", [])
    names = [i["name"] for i in indicators]

    def trap(ok: bool, name: str, retires: str | None = None) -> None:
        nonlocal problems
        if ok:
            traps_seen.append(f"{stem}: {name}")
            if retires:
                problems = [p for p in problems if p[0] != retires]
        else:
            problems.append((f"trap does not hold: {name}", ""))

    if stem == "luoding-renmin-2023":
        subtotals = {r[0]: (D(r[2]), D(r[3])) for r in M.LUODING_FORM if r[1] == "小计"}
        leaves = [r for r in M.LUODING_FORM if r[1] != "小计"]
        every_row = sum(D(r[3]) for r in M.LUODING_FORM)
        trap(all(sum(D(r[2]) for r in leaves if r[0] == k) == w and sum(D(r[3]) for r in leaves if r[0] == k) == s
                 for k, (w, s) in subtotals.items())
             and sum(s for _, s in subtotals.values()) == D(golden["report"]["self_score"]) == every_row / 2
             and "小计" not in names and len(indicators) == len(leaves) and "合计||100|93.23|" in squeezed,
             "T1 自评表 with 一级 小计 rows: each block's rows add up to its 小计 and the 小计 to 93.23 (every row summed "
             "gives twice that)")
        trap(D("300.00") + D("100.00") == b["funds_provincial"] / W and b["funds_provincial"] + b["funds_local"]
             == b["budget_adjusted"] and "第一批300.00万元（粤财社〔2023〕27号），第二批100.00万元（粤财社〔2023〕164号）"
             in squeezed and {(D(27), "号"), (D(164), "号")} <= not_metrics
             and not any(v in (D("300.00") * W, D("100.00") * W) and k != "funds_local" for k, v in b.items()),
             "T2 省级 400.00 下达 in two batches (300.00 + 100.00, 文号 beside them) + 市级 100.00 = the 500.00 budget")
        trap(rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"] + D("86.40") * W) != b["execution_rate"]
             and (D("86.40") * W, "元") in not_metrics and "不纳入本次财政资金绩效自评范围" in squeezed,
             "T3 医院自筹 86.40万元 outside the evaluation: 486.35 ÷ 500.00 = 97.27%, not ÷ 586.40")
    if stem == "huili-nongji-2022":
        zero = [r for r in M.HUILI_FUNDS if r[1] == "0.00"]
        trap(len(zero) == 2 and all(r[2] == r[3] == "0.00" for r in zero) and "0.00%" in text_of(stem)
             and b["execution_rate"] == rate(b["expenditure_total"], b["budget_adjusted"]) == D("97.49")
             and not any(k.startswith(("revenue_special_account", "revenue_other")) for k in b)
             and "财政专户管理资金|0.00|0.00|0.00|0.00%|/|/" in squeezed,
             "T4 zero rows (财政专户管理资金, 单位资金: 0.00 / 0.00 / 0.00 / 0.00%) and a blank 其他资金 row: the 0.00% "
             "is the empty row's, the project's rate is 97.49%")
        part = D(45200) * 30
        trap(part == D("135.60") * W < b["expenditure_total"] and (part, "元") in metrics and (D(30), "元") in not_metrics
             and "其余资金用于作业远程监测服务和机手技术培训" in squeezed,
             "T5 每亩30元 × 4.52万亩 = 135.60万元, one part of the 141.36 (the rest named, not priced)")
    if stem == "hefeng-tushuguan-2019":
        blocks: dict[str, int] = {}
        for r in M.HEFENG_IND:
            blocks[r[0]] = blocks.get(r[0], 0) + r[5]
        import openpyxl

        ws = openpyxl.load_workbook(str(source_of(stem))).active
        review = [ws[f"H{r}"].value for r in range(13, 14 + len(M.HEFENG_IND))]
        trap(all(int(re.search(r"（(\d+)分）", k).group(1)) == v for k, v in blocks.items())  # type: ignore[union-attr]
             and sum(blocks.values()) == 100 and ws["H12"].value == "复核分" and all(v is None for v in review)
             and not any("（" in i.get("level1", "") for i in indicators),
             "T6 一级 labels carry their points (决策（15分）…), each its rows' sum; the 复核分 column is left blank")
        cells = {ref: ws[ref].value for ref in ("F5", f"G{16}", f"G{13 + len(M.HEFENG_IND)}")}
        trap(ws["F5"].number_format == "0.00%" and not isinstance(cells["F5"], str)
             and f"{D(repr(cells['F5'])) * 100:.2f}" == str(b["execution_rate"])
             and f"{cells['G16']:.2f}" == "9.68" and f"{cells[f'G{13 + len(M.HEFENG_IND)}']:.2f}" == "96.18"
             and str(cells["G16"]) != "9.68",
             "T7 cached values shown through number formats: 0.96816… as 96.82%, 9.6816… as 9.68, 96.1816… as 96.18")
        trap(b["revenue_general_budget@initial"] == b["budget_initial"]
             and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
             and b["revenue_general_budget@executed"] + b["revenue_carryover@executed"] == b["expenditure_total"]
             == b["expenditure_basic"] + b["expenditure_project"] and "revenue_carryover@initial" not in b,
             "T8 上年结转 `—` under 年初 but 16.00 / 15.46 under 全年 / 执行: each column's 其中 rows add up to its own "
             "总额, and 基本 + 项目 to the 执行数")
    if stem == "jieshou-yizhong-2020":
        levels = ("funds_central", "funds_provincial", "funds_local")
        rates = [rate(b[f"{k}@executed"], b[f"{k}@adjusted"]) for k in levels]
        trap(rates == [D("100.00"), D("96.01"), D("78.24")] and (sum(rates, Decimal(0)) / 3).quantize(CENT) != b["execution_rate"]
             and sum(b[f"{k}@executed"] for k in levels) / sum(b[f"{k}@adjusted"] for k in levels) * 100
             == b["expenditure_total"] / b["budget_adjusted"] * 100 and rate(b["expenditure_total"],
                                                                             b["budget_adjusted"]) == b["execution_rate"],
             "T9 the levels' own rates (100.00 / 96.01 / 78.24, average 91.42) beside the project's 95.91% = 286.40 ÷ "
             "298.60, the weighted one")
        part = D(1215) * 2000
        trap(part == D("243.00") * W < b["expenditure_total"] and (part, "元") in metrics and (D(2000), "元") in not_metrics
             and "其余资金用于免除家庭经济困难学生学杂费" in squeezed,
             "T10 每生每年2000元 × 1,215人 = 243.00万元, one part of the 286.40 (the rest named, not priced)")
    if stem == "gaomi-baicheng-2024":
        trap(D(89) * 31200 == b["budget_adjusted"] and (D(89), "元") in not_metrics and (D(31200), "人") in not_metrics
             and "人均基本公共卫生服务经费补助标准为89元，按辖区常住人口3.12万人测算" in squeezed,
             "T11 人均89元 × 3.12万人 = 277.68万元: the standard explains the budget, it is no further part")
        levels = ("funds_central", "funds_provincial", "funds_local")
        trap(b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
             and all(sum(b[f"{k}@{basis}"] for k in levels) == b[total] for basis, total in
                     (("initial", "budget_initial"), ("adjusted", "budget_adjusted"), ("executed", "expenditure_total")))
             and all(b[k] == b[f"{k}@adjusted"] for k in levels) and "年终根据绩效考核结果追加清算资金17.68万元" in squeezed,
             "T12 年初预拨 260.00 + 追加清算 17.68 = 277.68; the three levels add up in each of the form's three columns")
    if stem == "xianghuang-caoyuan-2017":
        grant = D("4286.30") * W
        trap((grant, "元") in not_metrics and grant > 19 * b["budget_adjusted"] and not any(v == grant for v in b.values())
             and "该项资金不纳入本站部门预算" in squeezed,
             "T13 草原补奖 4,286.30万元 paid by the 旗财政 straight to herders, nearly twenty times the 站's budget: not in it")
    if stem == "jinpu-jikong-2025":
        classes = [b[k] for k in golden_check.ECONOMIC]
        trap(sum(classes) == b["expenditure_total"] != b["expenditure_basic"]
             and sum(rate(c, b["expenditure_total"]) for c in classes) == 100
             and "按经济分类，全年支出中工资福利支出" in squeezed and "合计3612.45100.00%" in squeezed,
             "T14 economic classes of the whole spending: 1,658.20 + 1,284.66 + 126.45 + 543.14 = 3,612.45 = 全年支出, "
             "not 基本支出 1,986.32; shares 100.00%", retires="economic classes = basic")
        trap(b["revenue_general_budget"] + b["revenue_other"] == b["revenue_total"]
             and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
             and "另有上年结转156.20万元，未计入本年收入合计" in squeezed,
             "T15 本年收入合计 3,542.60 without the 上年结转 156.20; with it 3,698.80 = 调整后预算",
             retires="sources = revenue")
    if stem == "lingwu-erzhong-2016":
        trap(D(850) * 1620 == b["budget_adjusted"] and (D(850), "元") in not_metrics and (D(1620), "人") in metrics
             and "按初中生均每年850元标准安排公用经费137.70万元，保障1620名在校初中学生" in squeezed,
             "T16 生均850元 × 1,620人 = 137.70万元: the standard explains the budget")
        points: dict[str, Decimal] = {}
        for r in M.LINGWU_IND:
            points[r[0]] = points.get(r[0], Decimal(0)) + D(r[3])
        ex = next(i for i in indicators if i["name"] == "预算执行率")
        trap(all(D(re.search(r"（(\d+)分）", k).group(1)) == v for k, v in points.items())  # type: ignore[union-attr]
             and sum(points.values()) == 100 and ex["level1"] == "项目管理" and D(ex["score"]) == D("9.76")
             and "自评得分|97.76|财政审核评分" in squeezed,
             "T17 block labels (项目决策（10分）…) are their rows' sums; the execution row sits in 项目管理 (9.76); the "
             "财政审核评分 cell is blank")
    if stem == "ruijin-bowuguan-2018":
        projects = golden["projects"]
        budget = sum((D(p["budget"]) for p in projects), Decimal(0))
        spent = sum((D(p["executed"]) for p in projects), Decimal(0))
        trap(spent == b["expenditure_project"] and rate(spent, budget) == D("97.41") != b["execution_rate"]
             and (D("97.41"), "%") in not_metrics and D(projects[0]["budget"]) == D(500000)
             and (D(500000), "元") in not_metrics and "按每馆每年50万元的补助标准安排" in squeezed,
             "T18 表1's 合计 97.41% is the projects' own rate (163.94 ÷ 168.30), not the department's 96.94%; the "
             "免费开放 50.00 is the 每馆每年50万元 standard")
    if stem == "guanghe-fuyou-2015":
        trap(b["revenue_general_budget"] < b["expenditure_total"] / 2
             and b["revenue_general_budget"] + b["revenue_other"] == b["revenue_total"] == b["budget_adjusted"]
             and rate(b["revenue_general_budget"], b["revenue_total"]) == D("34.05")
             and {(D("34.05"), "%"), (D("65.95"), "%")} <= not_metrics,
             "T19 财政拨款 846.50 (34.05%) far below the spending 2,418.72: 事业收入 1,639.80 (65.95%) covers it")
    if stem == "fuding-yuzheng-2015":
        fine = D("123.60") * W
        trap(not any(v == fine for v in b.values())
             and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
             and "已全部缴入国库，不作为本大队收入" in squeezed,
             "T20 罚没款 123.60万元 paid into the treasury: no revenue of the 大队, the sources add up without it")
        parts = [D(s) for _, _, s in M.FUDING_PARTS]
        score = D(golden["report"]["self_score"])
        trap(sum(parts) == score == D("78.5") and band(score, (90, 75, 60)) == golden["report"]["grade"] == "良"
             and band(score) == "中" and "75分（含）至90分为良" in squeezed,
             "T21 78.5 graded 良 on the report's own scale (75分（含）至90分为良); the national bands would say 中",
             retires="grade matches the bands")
    if stem == "fuquan-zhengshou-2017":
        paid = D("2.86") * 100000000
        trap((paid, "元") in not_metrics and paid > 100 * b["budget_adjusted"] and not any(v == paid for v in b.values())
             and "直接拨付被征收人，不纳入本所部门预算" in squeezed,
             "T22 征收补偿资金 2.86亿元 paid by the 项目业主单位 straight to the owners: not in the 所's budget")
    if stem == "dengzhou-gonglu-2019":
        ex = next(i for i in indicators if i["name"] == "预算执行率")
        two = (D(ex["weight"]) * b["execution_rate"] / 100).quantize(CENT, ROUND_HALF_UP)
        one = (D(ex["weight"]) * b["execution_rate"] / 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        trap(two == D("9.65") and one == D(ex["score"]) == D("9.6") and "|10|96.45|9.6|" in squeezed
             and "320.00万元|352.80万元|340.26万元" in squeezed and "执行率（%）" in squeezed,
             "T23 units in the money cells, the rate `96.45` under 执行率（%）, the score 9.6 to one decimal (9.645)",
             retires="execution-line score = weight × rate")
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure the text writes (thousands separators dropped)."""
    plain = golden_check.squeeze(text)
    return [D(x) for x in re.findall(r"(\d+(?:\.\d+)?)(?![\d%])", plain)]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "ruijin-bowuguan-2018":
        classes = b["expenditure_wages"] + b["expenditure_goods_services"] + b["expenditure_household_subsidies"]
        if not (classes == b["expenditure_basic"] - 3 * W
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "基本支出按经济分类，工资福利支出168.40万元" in squeezed):
            out.append(("E1: 168.40 + 24.36 + 10.42 = 203.18, 3.00 short of the 基本支出 206.18", str(classes)))
    if stem == "shengzhou-yueju-2021":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(text_of(stem))) | {v / W for k, v in b.items() if k != "execution_rate"})
        figures = [f for f in figures if f > 0]
        hits: list[tuple[Decimal, ...]] = [(x, y) for x, y in itertools.permutations(figures, 2)
                                           if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("95.01") or len(figures) < 20 or not (
                "预算执行率96.08%" in squeezed and "|96.08%|9.61|" in squeezed
                and b["revenue_general_budget@executed"] + b["revenue_other@executed"] == b["expenditure_total"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"])):
            out.append(("E2: 96.08% is no ratio of the figures; 254.64 ÷ 268.00 = 95.01%", str(hits[:5])))
    if stem == "guanghe-fuyou-2015":
        score = D(golden["report"]["self_score"])
        if not ("自评得分86.4分，评价等级为优" in squeezed and "80分（含）至90分为良" in squeezed
                and band(score) == "良" and golden["report"]["grade"] == "优"
                and sum(D(i["score"]) for i in indicators) == score
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]):
            out.append(("E3: 86.4 is 良 on the printed scale, graded 优", ""))
    if stem == "lingwu-erzhong-2016":
        scores = sum(D(i["score"]) for i in indicators)
        if not (scores == D(golden["report"]["self_score"]) - 1 and "自评得分|97.76|" in squeezed
                and re.search(r"总分\|+100\|+97\.76", squeezed) is not None and sum(D(i["weight"]) for i in indicators) == 100
                and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E4: the 得分 add up to 96.76 under a 自评得分 / 总分 of 97.76", str(scores)))
    if stem == "xianghuang-caoyuan-2017":
        cut = D("12.00") * W
        net = b["budget_initial"] + b["budget_addition"] - cut
        if not (net == b["budget_adjusted"] - 10 * W and "调减12.00万元" in squeezed
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and rate(b["expenditure_total"], net) != b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]):
            out.append(("E5: 168.40 + 52.60 − 12.00 = 209.00, 10.00 short of 219.00", str(net)))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            tables = [p.extract_tables() for p in pdf.pages]
            rects = [len(p.rects) for p in pdf.pages]
            lines = [len(p.lines) for p in pdf.pages]
            chars = [len(p.chars) for p in pdf.pages]
            images = [len(p.images) for p in pdf.pages]
            sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
        if source.stat().st_size > 480_000:
            out.append(("PDF over 480 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "luoding-renmin-2023": ["- 1 -", "- 2 -", "- 3 -"],
            "huili-nongji-2022": ["- 1 -", "- 2 -", ""],
            "jieshou-yizhong-2020": ["—1—", "—2—"],
            "jinpu-jikong-2025": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "lingwu-erzhong-2016": None,
            "ruijin-bowuguan-2018": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "fuquan-zhengshou-2017": ["- 1 -", ""],
            "dengzhou-gonglu-2019": ["第1页", "第2页"],
        }[stem]
        if want is not None and lasts != want:
            out.append(("pages and footers", str(lasts)))
        if stem == "lingwu-erzhong-2016" and not (len(pages) == 1 and rects[0] > 60 and not FOOTER.match(lasts[0])):
            out.append(("one page, a ruled form, no footer", str((len(pages), rects))))
        if stem == "luoding-renmin-2023" and not (rects[2] > 40 and not rects[0] and len(tables[2]) == 1):
            out.append(("a ruled 自评表 with merged cells on page 3", str(rects)))
        for scanned, land in (("huili-nongji-2022", True), ("fuquan-zhengshou-2017", False)):
            if stem == scanned and not (chars[-1] == 0 and images[-1] == 1 and all(chars[:-1])
                                        and not any(images[:-1]) and (sizes[-1][0] > sizes[-1][1]) == land):
                out.append(("text pages, then one image-only page", str((chars, images, sizes))))
        if stem == "jieshou-yizhong-2020" and not (rects[1] == 0 and lines[1] > 20 and len(tables[1]) == 1):
            out.append(("the Anhui table drawn by platypus (lines, no rects) on page 2", str((rects, lines))))
        if stem == "jinpu-jikong-2025" and not (not any(rects) and sum(lines) >= 3 and not any(tables)):
            out.append(("a three-line table, no vertical rule", str(lines)))
        if stem in ("ruijin-bowuguan-2018", "dengzhou-gonglu-2019") and not (sum(len(t) for t in tables) == 1):
            out.append(("one ruled table", str([len(t) for t in tables])))
    if source.suffix == ".docx":
        import docx

        word_tables = docx.Document(str(source)).tables
        want_rows = {"shengzhou-yueju-2021": [19], "fuding-yuzheng-2015": [4]}[stem]
        if [len(t.rows) for t in word_tables] != want_rows:
            out.append(("Word tables", str([len(t.rows) for t in word_tables])))
    if source.suffix == ".xlsx":
        import openpyxl

        ws = openpyxl.load_workbook(str(source)).active
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not ({"A4:A9", "A10:A11", "A13:A15", "A16:A19", "A20:A23", "A24:A26", "A27:E27"} <= merged
                and ws["F5"].number_format == "0.00%" and ws["G27"].number_format == "0.00"):
            out.append(("the form's merged cells and formats", str(sorted(merged))))
    if source.suffix == ".html":
        data = source.read_bytes()
        html = data.decode("utf-8")
        chrome = ("您当前的位置：", "浏览次数：", "【打印", "ICP备", "网站标识码", "相关信息", "首页")
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or not all(c in html for c in chrome):
            out.append(("portal chrome, UTF-8 without BOM, LF", str([c for c in chrome if c not in html])))
        if stem == "gaomi-baicheng-2024" and html.count("<table") != 1:
            out.append(("the form as one HTML table", ""))
    if source.suffix == ".md":
        data = source.read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or data.decode("utf-8").count("| --- |") != 2:
            out.append(("Markdown, UTF-8 without BOM, LF, two pipe tables", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    problems = _sum_problems(golden, stem, projects_complete) + _execution_score(golden)
    problems = _traps(golden, stem, problems)
    problems = [(f"{label} (follows from the planted error)" if (stem, label) in CONSEQUENCES else label, d)
                for label, d in problems]
    return problems + _score_printed(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


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


def place_problems() -> list[str]:
    """Each place is written only in its own document; no province, none of the unnamed prefectures."""
    problems = []
    for stem in PLACES:
        text = text_of(stem)
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_text(encoding="utf-8")
        for mapping in (PLACES, REGIONS):
            for other, place in mapping.items():
                if (place in text) != (other == stem):
                    problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for name in PROVINCES + UNWRITTEN:
            if name in text:
                problems.append(f"{stem}: {name} written")
        report = golden_of(stem)["report"]
        for key in ("city", "county"):
            if key in report and report[key] not in text:
                problems.append(f"{stem}: report {key} {report[key]} not written")
    return problems


def main() -> int:
    planted = set(PLANTED) | {(stem, f"{label} (follows from the planted error)") for stem, label in CONSEQUENCES}
    status = golden_check.check_folder(HERE, planted, projects_complete=frozenset({"ruijin-bowuguan-2018"}),
                                       pixel_text=PIXEL_TEXT)
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems() + place_problems()
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
