#!/usr/bin/env python3
"""Check the heldout33 goldens against their documents.

    .venv/bin/python tests/corpora/heldout33/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the five planted errors declared as expected, and adds what this batch needs:

- the documents read as a careful reader reads them: the workbook's cells through their number
  formats, the Word tables, and the PDF pages' body text without the running header and footer;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up), and a
  printed execution line's actual is the stated rate;
- a stated self-score is printed in the document;
- the TRAPS (28), each accepted only when the figures really are consistent as the report means
  them, and each counted; seven of them replace a shared check that a naive reading fails
  (sources = revenue, received = budget ×2, rate = executed / budget ×2, economic classes =
  basic, initial + addition = adjusted, grade matches the bands);
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document
  confirming the figures around them;
- layout facts (page counts, running header and footers, a ruled form, a table over a page break,
  a borderless table, a three-line table, the Word tables, the workbook's merged form, the portal
  chrome, the MD tables);
- each place name is written only in its own document; no province or municipality is written
  except by the unit that carries it;
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

# (document stem, shared check label) -> the golden flag items that record the planted error
PLANTED = {
    ("ehu-zhen-2017", "basic + project = total"): ["expenditure_basic", "expenditure_project", "expenditure_total"],
    ("wuqing-fagai-2018", "rate = executed / budget"): ["execution_rate"],
    ("milin-linye-2020", "grade matches the bands"): ["self_score", "grade"],
    ("hualong-weijian-2023", "indicator weights = 100"): ["indicators.weight"],
    ("kuimen-jiedao-2021", "initial + addition = adjusted"): ["budget_initial", "budget_addition", "budget_adjusted"],
}
RUNNING_HEADS = ("福建省水利厅2022年度部门整体支出绩效自评报告",)
FOOTER = re.compile(r"^(- \d+ -|第 ?\d+ ?页( 共 \d+ 页)?)$")
PLACES = {  # the place each document's unit carries; written in no other document of the batch
    "fujian-shuili-2022": "福建", "pingshan-nongye-2019": "屏山", "changjiang-shuiwu-2024": "昌江",
    "tancheng-renshe-2016": "郯城", "ehu-zhen-2017": "铅山", "milin-linye-2020": "米林",
    "kuimen-jiedao-2021": "奉节", "pinggu-yuanlin-2016": "平谷", "wuqing-fagai-2018": "武清",
    "hualong-weijian-2023": "化隆", "rongshui-linye-2015": "融水", "jiading-minzheng-2025": "嘉定",
}
CARRIED = {"pinggu-yuanlin-2016": "北京", "wuqing-fagai-2018": "天津", "jiading-minzheng-2025": "上海"}
PROVINCES = ("海南", "西藏", "广西", "重庆", "青海", "山东", "四川", "江西", "北京", "天津", "上海")
N_DOCUMENTS = 12
N_TRAPS = 28
W = Decimal("10000")
YI = Decimal("100000000")
CENT = Decimal("0.01")

_original_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def _shown(cell) -> str:
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
        _texts[stem] = document_text(source_of(stem))
    return _texts[stem]


def squeezed_of(stem: str) -> str:
    return golden_check.squeeze(text_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def D(x) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def band(score: Decimal, cuts: tuple[int, int, int] = (90, 80, 60)) -> str:
    return "优" if score >= cuts[0] else "良" if score >= cuts[1] else "中" if score >= cuts[2] else "差"


def as_stated(computed: Decimal, stated: Decimal) -> Decimal:
    """The computed rate rounded to as many decimals as the stated one has."""
    places = max(0, -stated.as_tuple().exponent)
    return computed.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


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
            if want != D(ind["score"]) or as_stated(computed, D(b["execution_rate"])) != D(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
            if "actual" in ind and ind["actual"] != f"{D(b['execution_rate'])}%":
                out.append(("execution-line actual = the stated rate", ind["actual"]))
    return out


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        return [("every document of this batch states a score", "")]
    score = D(score)
    forms = {f"{score}分", f"{score:.2f}分", f"|{score:.2f}"}
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
    score = golden["report"].get("self_score")
    indicators = golden.get("indicators", [])

    def trap(ok: bool, name: str, retires: str | None = None) -> None:
        nonlocal problems
        if ok:
            traps_seen.append(f"{stem}: {name}")
            if retires:
                problems = [p for p in problems if p[0] != retires]
        else:
            problems.append((f"trap does not hold: {name}", ""))

    if stem == "fujian-shuili-2022":
        written = {"年初预算": ("budget_initial", "5.24"), "年中追加": ("budget_addition", "0.62"),
                   "调整后预算": ("budget_adjusted", "5.86"), "本年收入合计": ("revenue_total", "5.68"),
                   "一般公共预算财政拨款": ("revenue_general_budget", "5.13"),
                   "政府性基金预算财政拨款": ("revenue_gov_fund", "0.34"), "事业收入": ("revenue_other", "0.22"),
                   "上年结转": ("revenue_carryover", "0.18"), "全年支出": ("expenditure_total", "5.71"),
                   "基本支出": ("expenditure_basic", "1.44"), "项目支出": ("expenditure_project", "4.27"),
                   "年末结转结余": ("balance_carryforward", "0.15")}
        trap(all(f"{k}{v}亿元" in squeezed and yi(b[key]) == D(v) for k, (key, v) in written.items())
             and rate(D("5.71"), D("5.86")) == D("97.44") != b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("97.48")
             and D("5.13") + D("0.34") + D("0.22") == D("5.69") != D("5.68")
             and all((D(v) * YI, "元") in not_metrics for _, v in written.values())
             and "精确数据以表1为准" in squeezed,
             "T1 亿元 text: each figure is 表1's 万元 figure rounded; 5.71 ÷ 5.86 = 97.44% and 5.13 + 0.34 + 0.22 = "
             "5.69 beside 5.68, while 表1's figures give 97.48% and add up")
        trap(b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_other"] == b["revenue_total"]
             and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
             and "另有上年结转0.18亿元，与本年收入合计一并构成本年可用资金" in squeezed,
             "T2 本年收入合计 excludes the 上年结转: 51,260.25 + 3,400.00 + 2,180.00 = 56,840.25; with 1,760.00 = "
             "58,600.25", retires="sources = revenue")
        last = {"年初预算": "48912.60", "年中追加": "3604.20", "调整后预算": "52516.80", "本年收入合计": "50936.80",
                "一般公共预算财政拨款": "46118.30", "政府性基金预算财政拨款": "2900.00", "事业收入": "1918.50",
                "上年结转": "1580.00", "本年支出合计": "50756.80", "基本支出": "13602.14", "人员经费": "11254.80",
                "公用经费": "2347.34", "项目支出": "37154.66", "年末结转结余": "1760.00"}
        L = {k: D(v) for k, v in last.items()}
        trap(L["年初预算"] + L["年中追加"] == L["调整后预算"]
             and L["一般公共预算财政拨款"] + L["政府性基金预算财政拨款"] + L["事业收入"] == L["本年收入合计"]
             and L["本年收入合计"] + L["上年结转"] == L["调整后预算"]
             and L["基本支出"] + L["项目支出"] == L["本年支出合计"] and L["人员经费"] + L["公用经费"] == L["基本支出"]
             and L["调整后预算"] - L["本年支出合计"] == L["年末结转结余"] == b["revenue_carryover"] / W
             and rate(L["本年支出合计"], L["调整后预算"]) == D("96.65") and "96.65%" in squeezed
             and all(f"{v:,.2f}" in text_of(stem) for v in L.values())
             and (b["budget_adjusted"] - L["调整后预算"] * W) == D("6083.45") * W
             and (b["expenditure_total"] - L["本年支出合计"] * W) == D("6369.58") * W
             and not any(v in (x / W for x in b.values()) for k, v in L.items() if k != "年末结转结余"),
             "T3 the 2021年 column beside the 2022年 one: it adds up on its own; its balance is this year's 上年结转")
        trap(b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and b["expenditure_basic"] + b["expenditure_personnel"] + b["expenditure_public"]
             + b["expenditure_project"] != b["expenditure_total"]
             and "其中：人员经费11906.34" in squeezed,
             "T4 表1 nests 人员经费 / 公用经费 under 基本支出 under 本年支出合计: the rows under 合计 sum to more")
    if stem == "pingshan-nongye-2019":
        from collections import defaultdict

        from tests.corpora.heldout33.make_heldout33 import PINGSHAN_IND  # the table's own rows

        def points(label: str) -> Decimal:
            return D(re.search(r"（(\d+)分）", label).group(1))

        l1, l2 = defaultdict(Decimal), defaultdict(Decimal)
        for r in PINGSHAN_IND:
            l1[r[0]] += D(r[5])
            l2[(r[0], r[1])] += D(r[5])
        rows = sum(D(i["weight"]) for i in indicators)
        trap(all(points(k) == v for k, v in l1.items()) and all(points(k[1]) == v for k, v in l2.items())
             and sum(points(k) for k in l1) == 90 and rows == 100
             and rows + sum(points(k) for k in l1) + sum(points(k[1]) for k in l2) == 280
             and not any("（" in i.get("level1", "") or "（" in i.get("level2", "") for i in indicators),
             "T5 first-level (50 / 30 / 10) and second-level points above the rows: each label is its rows' sum; "
             "rows 90 + execution 10 = 100, labels and rows together 280")
        trap("执行数相当于年初预算的115.43%" in squeezed
             and rate(b["expenditure_total"], b["budget_initial"]) == D("115.43")
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("97.20")
             and (D("115.43"), "%") in not_metrics,
             "T6 115.43% is 369.36 ÷ the 年初 320.00 it names; the execution rate is 97.20% of 380.00")
    if stem == "changjiang-shuiwu-2024":
        trap(b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
             and b["budget_adjusted"] - b["funds_received"] == b["funds_local"]
             and "县级配套资金因县级财力紧张暂未到位" in squeezed and "实际到位资金1100.00万元" in squeezed,
             "T7 到位 1,100.00 below the 1,260.00 budget: the 县级 160.00 did not arrive, as the report says",
             retires="received = budget")
        true = rate(b["expenditure_total"], b["budget_adjusted"])
        trap(true == D("84.79") and as_stated(true, b["execution_rate"]) == b["execution_rate"] == D("84.8")
             and "预算执行率84.8%。" in squeezed,
             "T8 a rate to one decimal: 84.8% for 1,068.40 ÷ 1,260.00 = 84.79%", retires="rate = executed / budget")
    if stem == "tancheng-renshe-2016":
        classes = b["expenditure_wages"] + b["expenditure_goods_services"] + b["expenditure_household_subsidies"]
        trap(classes == D("15382721.26") and abs(classes - b["expenditure_basic"]) <= 50
             and (classes / W).quantize(CENT, ROUND_HALF_UP) * W == b["expenditure_basic"]
             and ((b["expenditure_wages"] + b["expenditure_household_subsidies"]) / W).quantize(CENT, ROUND_HALF_UP)
             * W == b["expenditure_personnel"]
             and (b["expenditure_goods_services"] / W).quantize(CENT, ROUND_HALF_UP) * W == b["expenditure_public"]
             and "表1金额以元为单位，正文金额以万元为单位并保留两位小数" in squeezed,
             "T9 economic classes in 元 add up to 15,382,721.26, the text's 1,538.27万元 within rounding (21.26元)",
             retires="economic classes = basic")
        naive = b["expenditure_basic"] + b["expenditure_personnel"] + b["expenditure_public"] + b["expenditure_project"]
        trap(naive == D("4252.73") * W and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
             and "其中基本支出1538.27万元（人员经费1319.51万元、公用经费218.76万元），项目支出1176.19万元" in squeezed,
             "T10 a nested 其中: every figure of it sums to 4,252.73; 基本 + 项目 and 人员 + 公用 hold")
    if stem == "ehu-zhen-2017":
        parts = [D("112.30"), D("46.80")]
        trap("项目支出重点用于农村人居环境整治、防汛抗旱和村级组织运转等方面" in squeezed
             and sum(parts) * W < b["expenditure_project"] and all((p * W, "元") in metrics for p in parts),
             "T11 a `重点用于…等` list: 159.10 of 293.56 项目支出, not complete")
        full = [D(20), D(40), D(30), D(10)]
        got = [D("17.5"), D(38), D("27.5"), D(9)]
        trap(sum(full) == 100 and sum(got) == D(score) == 92 and all(g <= f for g, f in zip(got, full))
             and "预算管理得17.5分、履职产出得38分、履职效益得27.5分、社会满意度得9分，自评得分92分" in squeezed
             and all((g, "分") in not_metrics for g in got) and band(D(score)) == golden["report"]["grade"],
             "T12 sections out of 20 / 40 / 30 / 10 points: 17.5 + 38 + 27.5 + 9 = 92")
    if stem == "milin-linye-2020":
        sections = {"决策": (15, "14"), "过程": (20, "18.5"), "产出": (40, "35.1"), "效益": (25, "21")}
        trap(all(sum(D(i["weight"]) for i in indicators if i["level1"] == k) == f
                 and sum(D(i["score"]) for i in indicators if i["level1"] == k) == D(s)
                 and f"{k}类指标满分{f}分，得{s}分" in squeezed for k, (f, s) in sections.items())
             and sum(D(s) for _, s in sections.values()) == D(score),
             "T13 sections out of 15 / 20 / 40 / 25 points, each the sum of its rows; 14 + 18.5 + 35.1 + 21 = 88.6")
        trap("2019年该项目预算数581.00万元、支出576.20万元，执行率99.17%" in squeezed
             and rate(D("576.20"), D("581.00")) == D("99.17") != b["execution_rate"]
             and {(D("5810000.00"), "元"), (D("5762000.00"), "元"), (D("99.17"), "%"), (D("91.2"), "分")} <= not_metrics
             and "上年自评得分91.2分，等级为优" in squeezed,
             "T14 last year's budget, spending and rate (576.20 ÷ 581.00 = 99.17%) and score beside this year's")
        trap(D(1728) * D(3500) == b["budget_adjusted"] == b["funds_central"]
             and "按每人每年3500元的标准，用于全县1728名" in squeezed and (D(1728), "名") in metrics,
             "T15 1,728 护林员 × 3,500元 = 604.80万元, the budget")
    if stem == "kuimen-jiedao-2021":
        listed = b["expenditure_basic"] + b["expenditure_personnel"] + b["expenditure_project"]
        trap("其中基本支出1124.62万元、人员经费962.18万元、项目支出943.73万元" in squeezed
             and listed == D("3030.53") * W != b["expenditure_total"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"],
             "T16 a 其中 list naming a part of a part (人员经费 inside 基本支出): it sums to 3,030.53")
        trap("全年支出相当于年初预算的112.03%" in squeezed
             and rate(b["expenditure_total"], b["budget_initial"]) == D("112.03")
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and (D("112.03"), "%") in not_metrics,
             "T17 112.03% is spending over the 年初 budget it names; the rate is 97.38%")
    if stem == "pinggu-yuanlin-2016":
        cut = D("126.50") * W
        trap(b["budget_initial"] + b["budget_addition"] - cut == b["budget_adjusted"]
             and "调减预算126.50万元" in squeezed and (cut, "元") in not_metrics,
             "T18 年初 2,860.00 + 追加 415.00 − 调减 126.50 = 3,148.50", retires="initial + addition = adjusted")
        s = D(score)
        trap("85分（含）以上为优，70分（含）至85分为良" in squeezed and band(s, (85, 70, 60)) == golden["report"]["grade"]
             == "优" and band(s) == "良",
             "T19 86.79 is 优 on the 区's printed scale (85分以上为优), 良 on the usual bands",
             retires="grade matches the bands")
    if stem == "wuqing-fagai-2018":
        trap("全年支出完成年初预算的111.23%" in squeezed
             and rate(b["expenditure_total"], b["budget_initial"]) == D("111.23") and (D("111.23"), "%") in not_metrics,
             "T20 111.23% is spending over the 年初 budget it names")
        trap("比上年的1488.90万元增长3.58%" in squeezed
             and rate(b["expenditure_total"] - D("1488.90") * W, D("1488.90") * W) == D("3.58")
             and {(D("14889000.00"), "元"), (D("3.58"), "%")} <= not_metrics,
             "T21 last year's spending and the growth over it (3.58%)")
    if stem == "hualong-weijian-2023":
        true = rate(b["expenditure_total"], b["budget_adjusted"])
        trap(true == D("96.38") and as_stated(true, b["execution_rate"]) == b["execution_rate"] == D("96.4")
             and "|96.4%|" in squeezed,
             "T22 the form's 执行率 to one decimal: 96.4% for 1,143.46 ÷ 1,186.40 = 96.38% (得分 9.64)",
             retires="rate = executed / budget")
        trap("较上年的90.8%提高1.8个百分点" in squeezed and D("92.6") - D("90.8") == D("1.8")
             and (D("90.8"), "%") in not_metrics and (D("1.8"), "个百分点") in metrics,
             "T23 last year's 90.8% beside this year's 92.6% (1.8个百分点)")
    if stem == "rongshui-linye-2015":
        trap(b["funds_central"] + b["funds_provincial"] + D("30.00") * W == b["funds_received"] < b["budget_adjusted"]
             and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
             and "县级配套资金因县财政困难到位30.00万元" in squeezed,
             "T24 到位 430.00 below the 450.00 budget: the 县级 share arrived 30.00 of 50.00, as the report says",
             retires="received = budget")
        parts = [D("386.20"), D("32.40")]
        trap(sum(parts) * W == b["expenditure_total"] and D("142.60") < parts[0]
             and all((p * W, "元") in metrics for p in parts + [D("142.60")])
             and "改造补助中直接兑付农户的劳务补助142.60万元" in squeezed,
             "T25 386.20 + 32.40 = 418.60; the 142.60 劳务补助 is a part of the 386.20")
        trap(D(score) == 90 and band(D(score)) == golden["report"]["grade"] == "优" and "90分及以上为优" in squeezed,
             "T26 a score of exactly 90: 优 (90分及以上)")
    if stem == "jiading-minzheng-2025":
        projects = golden["projects"]
        executed = sum(D(p["executed"]) for p in projects)
        trap(executed == D("147444825.35") and abs(executed - b["expenditure_project"]) <= 50
             and (executed / W).quantize(CENT, ROUND_HALF_UP) * W == b["expenditure_project"]
             and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) for p in projects)
             and "项目支出全部用于以下四个项目" in squeezed,
             "T27 the four projects in 元 add up to 147,444,825.35, the 项目支出14,744.48万元 within rounding")
        rows = b["expenditure_basic"] + b["expenditure_personnel"] + b["expenditure_public"] + b["expenditure_project"]
        trap(rows == D("24109.22") * W and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
             and "|其中：人员经费|3916.52|" in squeezed,
             "T28 表1 nests 人员 / 公用 under 基本: its rows sum to 24,109.22 under 19,426.85")
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure with two decimals the text writes (thousands separators dropped)."""
    return [D(x) for x in re.findall(r"(\d+\.\d{2})(?![\d%])", golden_check.squeeze(text))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "ehu-zhen-2017":
        if not (b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"] - 10 * W
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and rate(b["expenditure_total"] - 10 * W, b["budget_adjusted"]) != b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]):
            out.append(("E1: 438.62 + 293.56 = 732.18, 10.00 short of 742.18", ""))
    if stem == "wuqing-fagai-2018":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(text_of(stem))) | {v / W for k, v in b.items() if k != "execution_rate"})
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("96.34") or len(figures) < 10 or not (
                "预算执行率97.34%" in squeezed
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E2: 97.34% is no ratio of the figures; 1,542.26 ÷ 1,600.80 = 96.34%", str(hits[:5])))
    if stem == "milin-linye-2020":
        score = D(golden["report"]["self_score"])
        if not ("综合得分88.6分，评价等级为“优”" in squeezed and "90分（含）以上为优，80分（含）至90分为良" in squeezed
                and band(score) == "良" and golden["report"]["grade"] == "优"
                and sum(D(i["score"]) for i in indicators) == score and sum(D(i["weight"]) for i in indicators) == 100
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E3: 88.6 is 良 on the printed scale, graded 优", ""))
    if stem == "hualong-weijian-2023":
        weights = sum(D(i["weight"]) for i in indicators)
        if not (weights == 95 and "总分|100|91.64" in squeezed
                and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"])
                and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
                and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
                and b["revenue_general_budget@executed"] + b["revenue_carryover@executed"] == b["expenditure_total"]):
            out.append(("E4: the 分值 add up to 95 under a 总分 of 100", str(weights)))
    if stem == "kuimen-jiedao-2021":
        cut = D("58.70") * W
        net = b["budget_initial"] + b["budget_addition"] - cut
        if not (net == b["budget_adjusted"] - 10 * W and "调减58.70万元" in squeezed
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and rate(b["expenditure_total"], net) != b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]):
            out.append(("E5: 1,846.20 + 326.40 − 58.70 = 2,113.90, 10.00 short of 2,123.90", str(net)))
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
        if source.stat().st_size > 150_000:
            out.append(("PDF over 150 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] for p in pages]
        want = {
            "fujian-shuili-2022": (4, [f"第 {n} 页 共 4 页" for n in (1, 2, 3, 4)]),
            "pingshan-nongye-2019": (2, ["- 1 -", "- 2 -"]),
            "changjiang-shuiwu-2024": (2, ["第1页", "第2页"]),
            "tancheng-renshe-2016": (2, ["- 1 -", "- 2 -"]),
            "ehu-zhen-2017": (1, ["- 1 -"]),
            "milin-linye-2020": (2, ["- 1 -", "- 2 -"]),
        }[stem]
        if (len(pages), lasts) != want:
            out.append(("pages and footers", str((len(pages), lasts))))
        if stem == "fujian-shuili-2022" and not (all(p.splitlines()[0] in RUNNING_HEADS for p in pages)
                                                 and sum(len(t) for t in tables) == 1):
            out.append(("a running header on every page and one ruled table", ""))
        if stem == "pingshan-nongye-2019" and not (len(tables[1]) == 2 and rects[1] > 60 and not rects[0]):
            out.append(("a ruled form with merged cells on page 2", str(rects)))
        if stem == "changjiang-shuiwu-2024" and not (rects[0] > 40 and rects[1] > 0 and "合计" in pages[1]
                                                     and pages[1].splitlines()[0].startswith("满意度指标")):
            out.append(("the indicator table runs over the page break", str(rects)))
        if stem == "tancheng-renshe-2016" and not (not any(tables) and not any(rects)
                                                   and "工资福利支出 12,046,382.57" in pages[0]):
            out.append(("a borderless table (no rule at all)", ""))
        if stem == "milin-linye-2020" and not (not any(rects) and lines[0] >= 2 and "合计 100 88.6" in pages[1]):
            out.append(("a three-line table, no vertical rule", str(lines)))
    if source.suffix == ".docx":
        import docx

        tables = docx.Document(str(source)).tables
        want_tables = {"kuimen-jiedao-2021": 0, "pinggu-yuanlin-2016": 1}[stem]
        if len(tables) != want_tables:
            out.append(("Word tables", str(len(tables))))
    if source.suffix == ".xlsx":
        import openpyxl

        ws = openpyxl.load_workbook(str(source)).active
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not ({"A6:A10", "B14:B18", "B22:F22", "F12:I12"} <= merged and ws["H22"].number_format == "0.00"
                and ws["G7"].value == "96.4%"):
            out.append(("the form's merged cells", str(sorted(merged))))
    if source.suffix in (".html", ".md"):
        data = source.read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            out.append(("UTF-8 without BOM, LF", ""))
    if source.suffix == ".html":
        html = source.read_text(encoding="utf-8")
        chrome = ("您当前的位置：", "发布时间：", "浏览次数：", "【打印本页】", "ICP备", "网站标识码")
        if not all(c in html for c in chrome):
            out.append(("portal chrome", str([c for c in chrome if c not in html])))
    if source.suffix == ".md":
        md = source.read_text(encoding="utf-8")
        if not (md.startswith("# ") and md.count("| --- |") == 2):
            out.append(("an MD file with two pipe tables", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    problems = _sum_problems(golden, stem, projects_complete) + _execution_score(golden)
    problems = _traps(golden, stem, problems)
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
    """Each place is written only in its own document; no province or municipality is written except by its unit."""
    problems = []
    for stem in PLACES:
        text = text_of(stem)
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_text(encoding="utf-8")
        for other, place in PLACES.items():
            if (place in text) != (other == stem):
                problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for province in PROVINCES:
            if province in text and CARRIED.get(stem) != province:
                problems.append(f"{stem}: province {province} written")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED))
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
