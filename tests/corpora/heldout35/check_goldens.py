#!/usr/bin/env python3
"""Check the heldout35 goldens against their documents.

    .venv/bin/python tests/corpora/heldout35/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the five planted errors declared as expected, and adds what this batch needs:

- the documents read as a careful reader reads them: every sheet of the workbook through its number
  formats, the Word tables, the PDF pages' body text without the running header and footer, and the
  words of the one scanned page (the generator's own rows: no text layer holds them);
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up), and a printed
  execution line's actual is the stated rate;
- a stated self-score is printed in the document;
- the TRAPS (22), each accepted only when the figures really are consistent as the report means them,
  and each counted; four of them replace a check that a naive reading fails (sources = revenue,
  received = budget, initial + addition = adjusted, the execution-line score);
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document
  confirming the figures around them;
- layout facts (page counts and footers, a running header, a table over a page break with its header
  repeated, a ruled form with merged cells, a borderless table, a landscape page, a three-line table,
  an image-only page with no character on it, the Word tables, the workbook's merged form, the portal
  chrome, the TXT's CRLF and space-aligned table);
- each place name is written only in its own document; no province is written except 黑龙江 by its
  厅, and no prefecture at all;
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

import make_heldout35 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("kelan-ziran-2019", "sources = revenue"): ["revenue_total", "revenue_general_budget", "revenue_gov_fund",
                                               "revenue_other"],
    ("foping-jiaotong-2020", "rate = executed / budget"): ["execution_rate"],
    ("qiemo-jiaoyu-2017", "grade matches the bands"): ["self_score", "grade"],
    ("aohan-nongmu-2020", "indicator scores = self_score"): ["indicators.score"],
    ("xuyi-nongye-2024", "initial + addition = adjusted"): ["budget_initial", "budget_addition", "budget_adjusted"],
}
# checks that follow from a planted error (the execution line scored on the misstated rate)
CONSEQUENCES = {("foping-jiaotong-2020", "execution-line score = weight × rate")}
RUNNING_HEADS = (M.SHANGCHENG_HEAD,)
FOOTER = re.compile(r"^(- \d+ -|—\d+—|第 \d+ 页 共 \d+ 页)$")
PLACES = {  # the place each document's unit carries; written in no other document of the batch
    "shangcheng-weijian-2022": "商城", "aohan-nongmu-2020": "敖汉", "kelan-ziran-2019": "岢岚",
    "jinzhai-jiaoyu-2021": "金寨", "jianchuan-nongye-2023": "剑川", "leishan-xijiang-2018": "雷山",
    "antu-linye-2016": "安图", "heilongjiang-minzheng-2024": "黑龙江", "longyou-donghua-2025": "龙游",
    "foping-jiaotong-2020": "佛坪", "pingjiang-mujin-2022": "平江", "qiemo-jiaoyu-2017": "且末",
    "kangbao-shuiwu-2015": "康保", "xuyi-nongye-2024": "盱眙",
}
SUBPLACES = {"leishan-xijiang-2018": "西江镇", "longyou-donghua-2025": "东华街道", "pingjiang-mujin-2022": "木金乡"}
PROVINCES = ("河南", "内蒙古", "山西", "安徽", "云南", "贵州", "吉林", "浙江", "陕西", "湖南", "新疆", "河北", "江苏",
             "辽宁", "宁夏", "广东", "湖北", "四川", "山东", "福建", "甘肃", "海南", "西藏", "广西", "重庆", "天津",
             "青海", "上海", "北京", "江西")
PREFECTURES = ("信阳", "赤峰", "忻州", "六安", "大理", "黔东南", "延边", "衢州", "汉中", "岳阳", "巴音郭楞", "张家口",
               "淮安")
N_DOCUMENTS = 14
N_TRAPS = 22
W = Decimal("10000")
YI = Decimal("100000000")
CENT = Decimal("0.01")

_original_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def _shown(cell: Any) -> str:
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt in ("0.00", "#,##0.00"):
        return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    return str(value)


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def body_text(pages: list[str]) -> str:
    """The pages' text without the running header and the footer, pages joined."""
    out = []
    for page in pages:
        lines = page.splitlines()
        if lines and lines[0] in RUNNING_HEADS:
            lines = lines[1:]
        if lines and FOOTER.match(lines[-1]):
            lines = lines[:-1]
        out.append("\n".join(lines))
    return "\n".join(out)


def scanned_text() -> str:
    """What the scanned page of jianchuan shows: its title, its rows (cell by cell) and its signature line."""
    rows = [" | ".join(c for c in row if c) for row in M.jianchuan_rows()]
    return "\n".join(["项目支出绩效自评表", "（2023年度）金额单位：元", *rows,
                      "填报单位（盖章）：剑川县农业农村局　　　　填报日期：2024年3月22日"])


PIXEL_TEXT = {"jianchuan-nongye-2023": scanned_text()}


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path))
        return "\n".join(" | ".join(_shown(c) for c in row if c.value is not None)
                         for ws in book.worksheets for row in ws.iter_rows())
    if path.suffix == ".txt":
        return path.read_bytes().decode("utf-8").replace("\r\n", "\n")
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


def yi(x: Decimal) -> Decimal:
    return (x / YI).quantize(CENT, ROUND_HALF_UP)


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

    def trap(ok: bool, name: str, retires: str | None = None) -> None:
        nonlocal problems
        if ok:
            traps_seen.append(f"{stem}: {name}")
            if retires:
                problems = [p for p in problems if p[0] != retires]
        else:
            problems.append((f"trap does not hold: {name}", ""))

    if stem == "shangcheng-weijian-2022":
        projects = golden["projects"]
        listed = sum(D(p["executed"]) for p in projects)
        trap(len(projects) == 8 and listed < b["expenditure_project"]
             and listed + D("135.79") * W == b["expenditure_project"]
             and "表1列示预算额较大的8个主要项目，其余23个小额项目合计支出135.79万元" in squeezed
             and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) for p in projects),
             "T1 a table of the 8 主要 projects (5,213.46) under a 项目支出 of 5,349.25: the other 23 spent 135.79, "
             "as the text says")
        trap(5065 * 960 == D("486.24") * W and (D(960), "元") in not_metrics and (D(5065), "人") in metrics
             and any(p["executed"] == f"{D('486.24') * W:.2f}" for p in projects)
             and "按每人每年960元标准发放，全年扶助5065人" in squeezed,
             "T2 每人每年960元 × 5,065人 = 486.24万元, the project's spending: a standard, not a part")
        last = D("7568.20") * W
        trap(rate(b["expenditure_total"] - last, last) == D("3.23") and "较上年的7568.20万元增长3.23%" in squeezed
             and {(last, "元"), (D("3.23"), "%")} <= not_metrics,
             "T3 last year's spending 7,568.20 and the growth over it (3.23%)")
    if stem == "aohan-nongmu-2020":
        part = D(42000) * 60
        trap(part == D("252.00") * W and part < b["expenditure_total"] and (part, "元") in metrics
             and (D(60), "元") in not_metrics and (D(42000), "亩") in metrics
             and "良种补贴按每亩60元标准发放252.00万元，其余用于" in squeezed,
             "T4 良种补贴 60元/亩 × 4.2万亩 = 252.00万元, one part of the 548.24 (the rest named, not priced)")
    if stem == "kelan-ziran-2019":
        L = {k.strip("　"): D(v) for k, _, v in M.KELAN_TABLE}
        trap(L["年初预算"] + L["年中追加"] == L["调整后预算"]
             and L["其中：一般公共预算财政拨款收入"] + L["政府性基金预算财政拨款收入"] + L["其他收入"] == L["本年收入合计"]
             and L["本年收入合计"] + L["上年结转"] == L["调整后预算"]
             and L["其中：基本支出"] + L["项目支出"] == L["本年支出合计"]
             and L["调整后预算"] - L["本年支出合计"] == L["年末结转结余"] == b["revenue_carryover"] / W
             and "90.65%" in squeezed and rate(L["本年支出合计"], L["调整后预算"]) == D("90.65")
             and all((v * W, "元") in not_metrics for k, v in L.items() if k not in ("其他收入", "年末结转结余")),
             "T5 the 2018年 column of the borderless table adds up on its own; its balance is this year's 上年结转")
    if stem == "jinzhai-jiaoyu-2021":
        computed = rate(b["expenditure_total"], b["budget_adjusted"])
        ex = next(i for i in indicators if i["name"] == "预算执行率")
        trap(computed == b["execution_rate"] == D("96.53") and D(ex["score"]) == D(ex["weight"]) == 10
             and "预算执行率达到95%（含）以上的得满分" in squeezed
             and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"]),
             "T6 execution 96.53% scored 10 of 10 under the form's printed rule (≥95% earns full marks), not 9.65",
             retires="execution-line score = weight × rate")
    if stem == "jianchuan-nongye-2023":
        levels = ("funds_central", "funds_provincial", "funds_local")
        trap(all(b[f"{k}@adjusted"] == b[k] for k in levels)
             and sum(b[f"{k}@executed"] for k in levels) == b["expenditure_total"]
             and any(b[f"{k}@executed"] % W for k in levels)
             and "金额单位：元" in text_of(stem) and "3,865,000.00" in text_of(stem)
             and "386.50万元" in squeezed,
             "T7 the scanned form in 元 (2,516,432.18 + 812,367.82 + 393,000.00) beside the text's 万元: "
             "3,721,800.00 元 = 372.18万元")
    if stem == "leishan-xijiang-2018":
        trap(16 * 5 * W == D("80.00") * W < b["expenditure_project"] and (D(800000), "元") in metrics
             and (D(50000), "元") in not_metrics and "按每村每年5万元的标准安排，全镇16个村共80.00万元" in squeezed
             and "等方面，其中" in squeezed,
             "T8 每村每年5万元 × 16村 = 80.00万元, one part of the 454.16 项目支出 (重点…等, a partial 其中)")
        marks, got = [25, 35, 30, 10], [D(23), D("33.5"), D(27), D(9)]
        trap(sum(marks) == 100 and sum(got) == D(golden["report"]["self_score"]) == D("92.5")
             and all(g <= mk for g, mk in zip(got, marks, strict=True)) and not indicators
             and all((D(x), "分") in not_metrics for x in (*marks, *got)),
             "T9 sections out of 25 / 35 / 30 / 10 (满分100分): 23 + 33.5 + 27 + 9 = 92.5, the self-score")
    if stem == "antu-linye-2016":
        trap(D("1224800") * 5 == b["budget_adjusted"] == b["funds_central"] and (D(5), "元") in not_metrics
             and "按每亩每年5元的管护费标准，用于全县122.48万亩国有林地的管护" in squeezed,
             "T10 每亩每年5元 × 122.48万亩 = 612.40万元: the standard explains the budget, it is no second part")
        trap(D("98.92") - b["execution_rate"] == D("1.21") and "2015年该项目执行率为98.92%，本年下降1.21个百分点" in squeezed
             and {(D("98.92"), "%"), (D("1.21"), "个百分点")} <= not_metrics,
             "T11 last year's rate 98.92% beside this year's 97.71% (down 1.21个百分点)")
    if stem == "heilongjiang-minzheng-2024":
        written = {"年初预算": ("budget_initial", "4.28"), "年中追加": ("budget_addition", "0.32"),
                   "调整后预算": ("budget_adjusted", "4.60"), "本年收入合计": ("revenue_total", "4.49"),
                   "一般公共预算财政拨款": ("revenue_general_budget", "4.42"), "事业收入": ("revenue_other", "0.06"),
                   "上年结转": ("revenue_carryover", "0.12"), "全年支出": ("expenditure_total", "4.49"),
                   "基本支出": ("expenditure_basic", "1.25"), "项目支出": ("expenditure_project", "3.24"),
                   "年末结转结余": ("balance_carryforward", "0.12")}
        trap(all(f"{k}{v}亿元" in squeezed and yi(b[key]) == D(v) for k, (key, v) in written.items())
             and rate(D("4.49"), D("4.60")) == D("97.61") != b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("97.46")
             and D("4.42") + D("0.06") != D("4.49") and D("4.60") - D("4.49") != D("0.12")
             and all((D(v) * YI, "元") in not_metrics for _, v in written.values())
             and "执行率按表1万元数据计算" in squeezed,
             "T12 亿元 text: each figure is 表1's 万元 figure rounded; 4.49 ÷ 4.60 = 97.61%, 4.42 + 0.06 = 4.48 and "
             "4.60 − 4.49 = 0.11 only in the rounded figures")
        down = [D("38.26") * YI, D("4.12") * YI]
        trap(all((x, "元") in not_metrics for x in down) and sum(down) > 9 * b["budget_adjusted"]
             and "上述资金由市县民政部门安排使用，不列入本部门预算收支" in squeezed
             and not any(v in down for v in b.values()),
             "T13 transfers 下达 to cities and counties (38.26 + 4.12亿元), nine times the 厅's own budget: not its "
             "budget, as the text says")
        trap(b["revenue_general_budget"] + b["revenue_other"] == b["revenue_total"]
             and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
             and "另有上年结转0.12亿元，不计入本年收入合计" in squeezed,
             "T14 本年收入合计 without the 上年结转: 44,230.80 + 620.00 = 44,850.80; with 1,180.00 = 46,030.80",
             retires="sources = revenue")
    if stem == "longyou-donghua-2025":
        cut = D("146.20") * W
        trap(b["budget_initial"] + b["budget_addition"] - cut == b["budget_adjusted"]
             and "调减146.20万元" in squeezed and (cut, "元") in not_metrics,
             "T15 年初 2,386.40 + 追加 512.80 − 调减 146.20 = 2,753.00", retires="initial + addition = adjusted")
        trap("全年支出相当于年初预算的111.83%" in squeezed
             and rate(b["expenditure_total"], b["budget_initial"]) == D("111.83")
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and (D("111.83"), "%") in not_metrics,
             "T16 111.83% is spending over the 年初 budget it names; the execution rate is 96.94%")
    if stem == "pingjiang-mujin-2022":
        income = b["revenue_general_budget@adjusted"] + b["revenue_gov_fund@adjusted"] + b["revenue_other@adjusted"]
        trap(income == b["budget_adjusted"] != b["expenditure_total"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and "按收入性质分：1,968.42" in text_of(stem) and "按支出性质分：1,912.06" in text_of(stem),
             "T17 one row, two bases: 按收入性质分 adds up to the 全年预算数 1,968.42, 按支出性质分 to the 全年执行数 "
             "1,912.06")
        from collections import defaultdict

        blocks: dict[str, Decimal] = defaultdict(Decimal)
        for r in M.PINGJIANG_IND:
            blocks[r[0]] += D(r[5])
        trap(all(D(re.search(r"（(\d+)分）", k).group(1)) == v for k, v in blocks.items())  # type: ignore[union-attr]
             and sum(blocks.values()) == 90 and sum(D(i["weight"]) for i in indicators) == 100
             and not any("（" in i.get("level1", "") for i in indicators),
             "T18 first-level labels carry their points (产出指标（50分）…): each is its rows' sum; rows 90 + execution "
             "10 = 100")
    if stem == "qiemo-jiaoyu-2017":
        trap("按小学每生每年650元、初中每生每年850元的标准核定" in squeezed
             and {(D(650), "元"), (D(850), "元")} <= not_metrics
             and not any(v in (D(650), D(850), D(6500000), D(8500000)) for v in b.values()),
             "T19 生均公用经费 650 / 850元 per pupil: standards, not parts of the spending")
    if stem == "kangbao-shuiwu-2015":
        pay = rate(b["expenditure_total"], b["funds_received"])
        trap(pay == D("92.60") and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "资金支付率（实际支出占到位资金的比例）92.60%" in squeezed and (D("92.60"), "%") in not_metrics,
             "T20 支付率 92.60% over the funds received (its base stated) beside the 执行率 87.59% over the budget")
        trap(b["funds_central"] + b["funds_provincial"] + D("60.00") * W == b["funds_received"] < b["budget_adjusted"]
             and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
             and b["budget_adjusted"] - b["funds_received"] == D("80.00") * W
             and "县级配套资金受县级财力影响到位60.00万元" in squeezed,
             "T21 到位 1,400.00 below the 1,480.00 budget: the 县级 share arrived 60.00 of 140.00, as the page says",
             retires="received = budget")
    if stem == "xuyi-nongye-2024":
        part = D(12000) * 300
        trap(part == D("360.00") * W < b["expenditure_total"] and (part, "元") in metrics
             and (D(300), "元") in not_metrics and "其余资金用于技术示范、品牌推广和检测服务" in squeezed,
             "T22 每亩300元 × 1.2万亩 = 360.00万元, one part of the 742.86 (the rest named, not priced)")
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure with decimals the text writes (thousands separators dropped), and the whole ones."""
    plain = golden_check.squeeze(text)
    return [D(x) for x in re.findall(r"(\d+(?:\.\d+)?)(?![\d%])", plain)]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "kelan-ziran-2019":
        three = b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_other"]
        if not (three == b["revenue_total"] - 10 * W
                and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
                and (b["revenue_general_budget"] / b["revenue_total"] * 100).quantize(CENT) == D("81.89")
                and (b["revenue_general_budget"] / three * 100).quantize(CENT) != D("81.89")
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E1: 1,512.40 + 286.00 + 38.40 = 1,836.80, 10.00 short of 1,846.80", str(three)))
    if stem == "foping-jiaotong-2020":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(text_of(stem))) | {v / W for k, v in b.items() if k != "execution_rate"})
        figures = [f for f in figures if f > 0]
        hits: list[tuple[Decimal, ...]] = [(x, y) for x, y in itertools.permutations(figures, 2)
                                           if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("95.14") or len(figures) < 20 or not (
                "预算执行率96.14%" in squeezed
                and b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"])):
            out.append(("E2: 96.14% is no ratio of the figures; 462.38 ÷ 486.00 = 95.14%", str(hits[:5])))
    if stem == "qiemo-jiaoyu-2017":
        score = D(golden["report"]["self_score"])
        if not ("自评得分83.6分，评价等级为优" in squeezed and "85分（含）以上为优，70分（含）至85分为良" in squeezed
                and band(score, (85, 70, 60)) == band(score) == "良" and golden["report"]["grade"] == "优"
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]):
            out.append(("E3: 83.6 is 良 on the printed scale (and the usual one), graded 优", ""))
    if stem == "aohan-nongmu-2020":
        scores = sum(D(i["score"]) for i in indicators)
        if not (scores == D(golden["report"]["self_score"]) - 1 and "总分||||||100|96.79|" in squeezed
                and "项目自评得分96.79分" in squeezed and sum(D(i["weight"]) for i in indicators) == 100
                and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
                and b["revenue_general_budget@executed"] + b["revenue_carryover@executed"] == b["expenditure_total"]
                and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]):
            out.append(("E4: the 得分 add up to 95.79 under a 总分 of 96.79", str(scores)))
    if stem == "xuyi-nongye-2024":
        cut = D("45.00") * W
        net = b["budget_initial"] + b["budget_addition"] - cut
        if not (net == b["budget_adjusted"] - 10 * W and "调减45.00万元" in squeezed
                and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and rate(b["expenditure_total"], net) != b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]):
            out.append(("E5: 620.00 + 180.00 − 45.00 = 755.00, 10.00 short of 765.00", str(net)))
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
        if source.stat().st_size > 450_000:
            out.append(("PDF over 450 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "shangcheng-weijian-2022": (3, [f"第 {n} 页 共 3 页" for n in (1, 2, 3)]),
            "aohan-nongmu-2020": (2, ["- 1 -", "- 2 -"]),
            "kelan-ziran-2019": (2, ["- 1 -", "- 2 -"]),
            "jinzhai-jiaoyu-2021": (1, None),
            "jianchuan-nongye-2023": (3, ["- 1 -", "- 2 -", ""]),
            "leishan-xijiang-2018": (2, ["—1—", "—2—"]),
            "antu-linye-2016": (2, ["- 1 -", "- 2 -"]),
            "heilongjiang-minzheng-2024": (2, ["- 1 -", "- 2 -"]),
        }[stem]
        if len(pages) != want[0] or (want[1] is not None and lasts != want[1]):
            out.append(("pages and footers", str((len(pages), lasts))))
        if stem == "shangcheng-weijian-2022":
            heads = [p.splitlines()[0] for p in pages]
            repeated = [sum("序号 项目名称 全年预算数 执行数 执行率" in line for line in p.splitlines()) for p in pages]
            if heads != [RUNNING_HEADS[0]] * 3 or repeated[:2] != [1, 1] or not (rects[0] and rects[1]):
                out.append(("a running header on every page; 表1 over pages 1–2, its header row repeated",
                            str((heads, repeated))))
        if stem == "aohan-nongmu-2020" and not (rects[1] > 60 and not rects[0] and len(tables[1]) == 1):
            out.append(("a ruled form with merged cells on page 2", str(rects)))
        if stem == "kelan-ziran-2019" and not (not any(tables) and not any(rects) and not any(lines)):
            out.append(("a borderless table (no rule at all)", ""))
        if stem == "jinzhai-jiaoyu-2021" and not (sizes[0][0] > sizes[0][1] and rects[0] > 60):
            out.append(("a landscape ruled form", str(sizes)))
        if stem == "jianchuan-nongye-2023" and not (chars[2] == 0 and images[2] == 1 and chars[0] and chars[1]
                                                    and not any(images[:2])):
            out.append(("two text pages, then one image-only page", str((chars, images))))
        if stem == "antu-linye-2016" and not (not any(rects) and sum(lines) >= 3 and not any(tables)):
            out.append(("a three-line table, no vertical rule", str(lines)))
        if stem == "heilongjiang-minzheng-2024" and not (len(tables[0]) + len(tables[1]) == 1):
            out.append(("one ruled table", ""))
    if source.suffix == ".docx":
        import docx

        word_tables = docx.Document(str(source)).tables
        want_rows = {"longyou-donghua-2025": [4], "foping-jiaotong-2020": [11]}[stem]
        if [len(t.rows) for t in word_tables] != want_rows:
            out.append(("Word tables", str([len(t.rows) for t in word_tables])))
    if source.suffix == ".xlsx":
        import openpyxl

        ws = openpyxl.load_workbook(str(source)).active
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not ({"A3:A7", "B5:D5", "E5:I5", "A10:A18", "B11:B15", "A19:F19"} <= merged
                and ws["H19"].number_format == "0.00" and ws["G4"].value == "97.14%"):
            out.append(("the form's merged cells", str(sorted(merged))))
    if source.suffix == ".html":
        data = source.read_bytes()
        html = data.decode("utf-8")
        chrome = ("当前位置：", "浏览次数：", "【打印", "ICP备", "网站标识码", "相关链接", "首页")
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or not all(c in html for c in chrome):
            out.append(("portal chrome, UTF-8 without BOM, LF", str([c for c in chrome if c not in html])))
    if source.suffix == ".txt":
        data = source.read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or data.count(b"\r\n") != data.count(b"\n") or b"\t" in data \
                or "产出指标    数量指标" not in data.decode("utf-8"):
            out.append(("UTF-8, CRLF, a table aligned with spaces", ""))
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
    """Each place is written only in its own document; no province but 黑龙江 (by its 厅), no prefecture."""
    problems = []
    for stem in PLACES:
        text = text_of(stem)
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_text(encoding="utf-8")
        for other, place in PLACES.items():
            if (place in text) != (other == stem):
                problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for other, place in SUBPLACES.items():
            if (place in text) != (other == stem):
                problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for name in PROVINCES + PREFECTURES:
            if name in text:
                problems.append(f"{stem}: {name} written")
    return problems


def main() -> int:
    planted = set(PLANTED) | {(stem, f"{label} (follows from the planted error)") for stem, label in CONSEQUENCES}
    status = golden_check.check_folder(HERE, planted, pixel_text=PIXEL_TEXT)
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
