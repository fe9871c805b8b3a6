#!/usr/bin/env python3
"""Check the heldout40 goldens against their documents.

    .venv/bin/python tests/corpora/heldout40/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the five planted errors declared as
expected, and adds what this batch needs:

- the documents read as a careful reader reads them: every worksheet cell shown through its number format; the PDF
  pages without their footers and running header; the words of the scanned form (the generator's own rows: no text
  layer holds them);
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up), unless a trap says the form
  rounds its scores to one decimal;
- a stated self-score is printed in the document;
- the TRAPS (32), each accepted only when the figures really are consistent as the report means them, and each
  counted; some of them replace a shared check that a naive reading fails (a 收入总计 or 全年可用资金 that holds the
  年初结转和结余, a 年末结转和结余 that holds earlier years' money, economic classes rounded at two places of 万元);
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document confirming the
  figures around them;
- layout facts (page counts, footers and running header, ruled and three-line tables, the image-only page, the Word
  table and its PAGE field, the workbook's blank cells and number formats, the portal chrome, the Markdown chrome);
- each county-level place is written only in its own document; no province is written, none of the prefectures
  the documents leave unnamed;
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
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import make_heldout40 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("qidu-zhen-2023", "personnel + public = basic"): [
        "expenditure_personnel",
        "expenditure_public",
        "expenditure_basic",
    ],
    ("sanjiang-minzong-2020", "rate = executed / budget"): ["execution_rate"],
    ("fucheng-wenguang-2015", "grade matches the bands"): ["self_score", "grade"],
    ("luanchuan-wenlv-2024", "indicator scores = self_score"): ["self_score"],
    ("zhenping-renshe-2016", "initial + addition = adjusted"): [
        "budget_initial",
        "budget_addition",
        "budget_adjusted",
    ],
}
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
HEADERS = (M.XUNWU_TITLE,)
PLACES = {  # the county-level place each document's unit carries; written in no other document of the batch
    "huaiji-ziran-2019": "怀集",
    "sanjiang-minzong-2020": "三江",
    "xunwu-renju-2022": "寻乌",
    "danzhai-nongye-2021": "丹寨",
    "zhenping-renshe-2016": "镇坪",
    "qidu-zhen-2023": "石台",
    "luanchuan-wenlv-2024": "栾川",
    "cangyuan-ganzhe-2018": "沧源",
    "fucheng-wenguang-2015": "阜城",
    "chengbu-xumu-2017": "城步",
    "jingning-tushuguan-2025": "景宁",
    "raohe-shuiwu-2017": "饶河",
}
OWN_ONLY = [  # towns, each written only in its own document
    ("qidu-zhen-2023", "七都镇"),
    ("raohe-shuiwu-2017", "四排赫哲族乡"),
    *(("xunwu-renju-2022", town[0]) for _, towns in M.XUNWU_TOWNS for town in towns),
]
PROVINCES = (
    "北京",
    "上海",
    "天津",
    "重庆",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
)
UNWRITTEN = (
    "肇庆",
    "柳州",
    "赣州",
    "黔东南",
    "安康",
    "池州",
    "洛阳",
    "临沧",
    "衡水",
    "邵阳",
    "丽水",
    "双鸭山",
)  # the prefectures above the twelve counties
N_DOCUMENTS = 12
N_TRAPS = 32
W = Decimal("10000")
CENT = Decimal("0.01")

_original_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def D(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def Y(x: Any) -> Decimal:
    """万元 as written (commas allowed) -> 元."""
    return D(x) * W


def rate(executed: Any, budget: Any) -> Decimal:
    return golden_check.rate(D(executed), D(budget))


def _shown(cell: Any) -> str:
    """A cell as Excel shows it through its number format."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt == "0.00":
        return f"{value:.2f}"
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
        if lines and FOOTER.match(lines[-1]):
            lines = lines[:-1]
        if lines and lines[0] in HEADERS:
            lines = lines[1:]
        out.append("\n".join(lines))
    return "\n".join(out)


def scanned_text() -> dict[str, str]:
    """What the scanned page of cangyuan shows: its title, rows and signature line."""
    rows, _ = M.cangyuan_rows()
    lines = ["附件", "项目支出绩效自评表", "（2018年度）", "单位：元"]
    for row in rows:
        cells = [c for c in row if c]
        lines += [" | ".join(cells), " ".join(cells)]
    lines.append(M.CANGYUAN_SIGN)
    return {"cangyuan-ganzhe-2018": "\n".join(lines)}


PIXEL_TEXT = scanned_text()


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path))
        return "\n".join(
            " | ".join(_shown(c) for c in row if c.value is not None)
            for ws in book.worksheets
            for row in ws.iter_rows()
        )
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


def row_in(squeezed: str, *cells: str) -> bool:
    """The cells appear in this order as one row of a table (cells joined by `|`, or run together)."""
    return re.search(r"\|*".join(re.escape(c.replace(",", "")) for c in cells), squeezed) is not None


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def band(score: Decimal, scale: tuple[int, int, int] = (90, 80, 60)) -> str:
    return "优" if score >= scale[0] else "良" if score >= scale[1] else "中" if score >= scale[2] else "差"


def nm(golden: dict) -> set[tuple[Decimal, str | None]]:
    return {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}


def mt(golden: dict) -> set[tuple[Decimal, str | None]]:
    return {(D(x["value"]), x.get("unit")) for x in golden.get("metrics", [])}


# --------------------------------------------------------------------------- checks
def _execution_score(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Each 预算执行率 row scores weight × the computed rate of the report's funds."""
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] != "预算执行率":
            continue
        computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
        want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
        if want != D(ind["score"]):
            out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        return [("every document of this batch states a score", "")]
    s = D(score)
    forms = {f"{s}分", f"|{s:.2f}", f"{s:.2f}分", f"|{s}|", f"|{s}/100", f"合计{s}分"}
    if not any(f in squeezed for f in forms):
        return [("the self-score is printed", str(forms))]
    return []


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen (and may retire the shared check it
    answers), one that does not is a problem."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics, metrics = nm(golden), mt(golden)
    metric_values = {v for v, _ in metrics}
    projects = golden.get("projects", [])
    indicators = golden.get("indicators", [])
    values = set(b.values())

    def trap(ok: bool, name: str, retires: tuple[str, ...] = ()) -> None:
        nonlocal problems
        if ok:
            traps_seen.append(f"{stem}: {name}")
            problems = [p for p in problems if p[0] not in retires]
        else:
            problems.append((f"trap does not hold: {name}", ""))

    if stem == "huaiji-ziran-2019":
        last = {n: Y(a) for n, a, _ in M.HUAIJI_TOTALS}
        now = {n: Y(c) for n, _, c in M.HUAIJI_TOTALS}
        trap(
            last["一般公共预算财政拨款收入"] + last["政府性基金预算财政拨款收入"] == last["本年收入合计"]
            and last["本年收入合计"] + last["年初结转和结余"] == last["收入总计"] == last["支出总计"]
            and last["基本支出"] + last["项目支出"] + last["年末结转和结余"] == last["支出总计"]
            and last["年末结转和结余"] == now["年初结转和结余"] == b["revenue_carryover"]
            and not ({v for k, v in last.items() if k != "年末结转和结余"} & values)
            and {(last["本年收入合计"], "元"), (last["本年支出合计"], "元")} <= not_metrics
            and row_in(squeezed, "项目", "上年数", "本年数")
            and row_in(squeezed, "本年收入合计", "5,856.28", "5,099.15"),
            "T1 表1's 上年数 column comes before the 本年数 and adds up on its own (5,856.28; 5,730.72; 6,043.18); its "
            "年末结转和结余 312.46 is this year's 年初. No budget item is taken from it",
        )
        trap(
            b["revenue_general_budget"] + b["revenue_gov_fund"] == b["revenue_total"] == b["budget_adjusted"]
            and b["revenue_total"] + b["revenue_carryover"] == now["收入总计"]
            and now["收入总计"] not in values
            and "加上年初结转和结余312.46万元，收入总计5411.61万元" in squeezed,
            "T2 收入总计 5,411.61 = 本年收入合计 5,099.15 + 年初结转和结余 312.46: the sources of the year add up to "
            "本年收入合计, the carry-over stands outside it",
            retires=("sources = revenue",),
        )
        trap(
            b["revenue_carryover"] + b["revenue_total"] - b["expenditure_total"] == b["balance_carryforward"]
            and b["budget_adjusted"] - b["expenditure_total"] != b["balance_carryforward"]
            and now["本年支出合计"] + now["年末结转和结余"] == now["支出总计"]
            and "主要是以前年度结转的土地整治项目资金" in squeezed,
            "T3 年末结转和结余 390.27 = 312.46 + 5,099.15 − 5,021.34: it holds the earlier years' carry-over, so it is "
            "not 全年预算 − 支出 (77.81)",
            retires=("balance = budget - executed",),
        )
        types = M.HUAIJI_TYPES
        trap(
            sum(Y(t[1]) for t in types) == b["budget_initial"]
            and sum(Y(t[2]) for t in types) == b["budget_adjusted"]
            and sum(Y(t[3]) for t in types) == b["expenditure_total"]
            and types[0][3] == "1,486.52"
            and {(D("98.29"), "%"), (D("98.55"), "%")} <= not_metrics
            and "完成调整预算（%）" in squeezed
            and "98.29%" not in squeezed
            and row_in(squeezed, "合计", "3,862.40", "5,099.15", "5,021.34", "98.47"),
            "T4 表2's 年初预算数 and 调整预算数 columns add up to the text's 年初 3,862.40 and 全年 5,099.15; the types' "
            "rates 98.29 / 98.55 (the % sign in the header) are their own",
        )
        trap(
            last["本年收入合计"] - now["本年收入合计"] == Y("757.13")
            and rate("757.13", "5856.28") == D("12.93")
            and last["本年支出合计"] - now["本年支出合计"] == Y("709.38")
            and rate("709.38", "5730.72") == D("12.38")
            and {(Y("757.13"), "元"), (D("12.93"), "%"), (Y("709.38"), "元"), (D("12.38"), "%")}
            <= not_metrics
            and not ({Y("757.13"), Y("709.38")} & values),
            "T5 减少757.13万元、下降12.93% and 减少709.38万元、下降12.38% compare with last year: differences, not "
            "budget figures",
        )
    if stem == "sanjiang-minzong-2020":
        years = {r[0]: r for r in M.SANJIANG_YEARS}
        y20 = years["2020年"]
        others = {Y(v) for k, r in years.items() if k != "2020年" for v in r[1:5] if v != M.E} - {
            Y(v) for v in y20[1:8]
        }
        trap(
            [Y(v) for v in y20[1:4]] == [b["funds_central"], b["funds_provincial"], b["funds_local"]]
            and Y(y20[6]) == b["expenditure_total"]
            and not (others & values)
            and (Y("1830.00"), "元") in not_metrics
            and row_in(squeezed, "2020年", "420.00", "160.00", "60.00", "640.00", "38.50", "652.30", "26.20"),
            "T6 表1 runs over 2019–2021 with a three-year 合计 1,830.00: only the 2020 row is the report's year; the "
            "2019 figures and the 2021 plan give no budget item",
        )
        trap(
            b["funds_central"] + b["funds_provincial"] + b["funds_local"] + b["revenue_carryover"]
            == b["budget_adjusted"]
            and Y(y20[4]) + Y(y20[5]) == b["budget_adjusted"]
            and "加上2019年度结转的38.50万元，2020年项目全年预算678.50万元" in squeezed,
            "T7 the 全年预算 678.50 = this year's 640.00 (420.00 + 160.00 + 60.00) + 上年结转 38.50: the levels add up to "
            "640.00, the carry-over makes the rest",
            retires=("sources = revenue",),
        )
        trap(
            Y(years["2019年"][7]) == Y(y20[5]) == b["revenue_carryover"]
            and Y(years["2021年（计划）"][5]) == Y(y20[7]) == b["balance_carryforward"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"],
            "T8 the 2019 row's 结转下年 38.50 is 2020's 上年结转, and the 2021 row's 上年结转 26.20 is 2020's balance: "
            "one sum seen from two years",
        )
    if stem == "xunwu-renju-2022":
        groups = [
            (g, [[D(v) if v != M.E else Decimal(0) for v in t[1:]] for t in ts]) for g, ts in M.XUNWU_TOWNS
        ]
        given = [sum(t[1] for t in ts) for _, ts in groups]
        carry = sum(t[0] for _, ts in groups for t in ts)
        trap(
            given == [D("560.00"), D("340.00")]
            and sum(given) * W == b["budget_adjusted"]
            and row_in(squeezed, "镇小计", "40.20", "560.00", "544.36", "15.64")
            and row_in(squeezed, "合计", "64.80", "900.00", "873.45", "26.55")
            and not projects
            and (2 * sum(given)) * W not in values,
            "T9 表1's 小计 rows (镇 560.00, 乡 340.00) sit inside the 合计 900.00: the fifteen towns add up to the "
            "budget once (every row summed would double it); the towns are not projects",
        )
        trap(
            carry == D("64.80")
            and "revenue_carryover" not in b
            and (carry * W, "元") in not_metrics
            and (carry + sum(given)) * W not in values
            and "不计入本年度预算和执行" in squeezed,
            "T10 the 上年结转 column (64.80, six towns) is 2021's money, evaluated with 2021's project by the report's "
            "own words: no carry-over item, and 900.00 + 64.80 is no budget",
        )
        paid = sum(t[2] for _, ts in groups for t in ts)
        trap(
            paid * W == b["expenditure_total"]
            and all(t[1] - t[2] >= 0 for _, ts in groups for t in ts)
            and (sum(given) - paid) * W == b["balance_carryforward"]
            and b["expenditure_total"] != b["budget_adjusted"]
            and "资金已全部到位并拨付各乡镇" in squeezed,
            "T11 the 900.00 拨付 to the towns is not spending: the 本年兑付 873.45 is, and the 本年结余 column (26.55) "
            "leaves the 上年结转 out",
        )
    if stem == "danzhai-nongye-2021":
        items = [x for _, xs in M.DANZHAI_PROJECTS for x in xs]
        spent = sum((D(p["executed"]) for p in projects), Decimal(0))
        trap(
            len(projects) == 7
            and [p["name"] for p in projects] == [x[0] for x in items]
            and spent == b["expenditure_project"]
            and all("小计" not in p["name"] and "合计" not in p["name"] for p in projects)
            and row_in(squeezed, "合计", "5,713.50", "5,567.05", "97.44%")
            and sum(1 for row in M.danzhai_rows() if row[0] == "小计") == 3,
            "T12 表1's three 小计 rows and its 合计 sit among the seven projects: the projects add up to the 项目支出 "
            "5,567.05 once; a 小计 is no project",
        )
        trap(
            rate(spent, sum((D(p["budget"]) for p in projects), Decimal(0)))
            == D("97.44")
            != b["execution_rate"]
            and {(D("97.44"), "%"), (D("97.24"), "%"), (D("97.57"), "%"), (D("97.11"), "%")} <= not_metrics
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"],
            "T13 the 合计 row's 97.44% and the 小计 rates are the projects' own (5,567.05 ÷ 5,713.50 …); the "
            "department's 97.36% is on 7,080.25",
        )
        trap(
            (D("8.62"), "%") in not_metrics
            and "项目支出较上年增长8.62%" in squeezed
            and D("8.62") not in values,
            "T14 项目支出较上年增长8.62% compares with last year's spending, which the report does not state: no item",
        )
    if stem == "zhenping-renshe-2016":
        rows = {n: (Y(a), Y(c)) for n, a, c in M.ZHENPING_COMPARE}
        last = {n: v[1] for n, v in rows.items()}
        trap(
            last["其中：一般公共预算财政拨款"] + last["其他收入"] == last["收入合计"]
            and last["其中：基本支出"] + last["项目支出"] == last["支出合计"]
            and rows["收入合计"][0] == b["revenue_total"]
            and not (set(last.values()) & values)
            and rate(rows["收入合计"][0] - last["收入合计"], last["收入合计"]) == D("12.07")
            and {(last["收入合计"], "元"), (D("12.07"), "%"), (D("11.40"), "%")} <= not_metrics
            and row_in(squeezed, "收入合计", "1,729.00", "1,542.75", "186.25", "12.07"),
            "T15 the Word table's 2015 column adds up on its own; 增减额 = 2016 − 2015 and 增减率 = 增减额 ÷ 2015: last "
            "year's figures, not this year's",
        )
        paid = [Y(v) for _, v in M.ZHENPING_FUNDS]
        trap(
            sum(paid) > 4 * b["budget_adjusted"]
            and not (set(paid) & values)
            and "由基金专户收支，不在本局部门预算收支中反映" in squeezed,
            "T16 7,699.24万元 of pensions and unemployment benefit paid from the social-insurance fund's own account: "
            "more than four times the budget and outside it",
        )
    if stem == "qidu-zhen-2023":
        kept = {Y("1426.35"), Y("1318.62"), Y("386.42")}
        trap(
            all((v, "元") in not_metrics for v in kept)
            and not (kept & values)
            and b["revenue_general_budget"] + b["revenue_gov_fund"] == b["budget_adjusted"]
            and "上述资金不属于本单位收支，未纳入部门预算" in squeezed,
            "T17 the villages' money the town keeps (代管 1,426.35 / 1,318.62) and the premiums it collects (386.42) "
            "are not the town's: the sources add up to the budget without them",
        )
        parts = [Y("168.00"), Y("86.50")]
        trap(
            all((v, "元") in metrics for v in parts)
            and sum(parts) < b["expenditure_project"]
            and "其中拨付村级组织运转经费和村干部报酬168.00万元" in squeezed,
            "T18 the 168.00 拨付 to the villages is the town's own 项目支出 (a part of a partial list, a metric), unlike "
            "the villages' money it only keeps",
        )
        types = M.QIDU_TYPES
        trap(
            sum(Y(t[1]) for t in types) == b["budget_initial"]
            and sum(Y(t[2]) for t in types) == b["budget_adjusted"]
            and sum(Y(t[3]) for t in types) == b["expenditure_total"]
            and {(D("98.07"), "%"), (D("96.12"), "%")} <= not_metrics
            and row_in(squeezed, "合计", "1,862.50", "2,486.80", "2,412.66", "97.02%"),
            "T19 the pipe table's types have their own rates (98.07%, 96.12%); its columns add up to the text's 年初, "
            "调整后 and spending",
        )
    if stem == "luanchuan-wenlv-2024":
        import openpyxl

        ws = openpyxl.load_workbook(str(source_of(stem))).worksheets[0]
        trap(
            all(ws[f"D{r}"].value is None for r in range(6, 10))
            and all(ws[f"{c}9"].value is None for c in "EF")
            and "budget_initial" not in b
            and not any(k.endswith("@initial") for k in b)
            and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
            and b["revenue_general_budget@executed"] + b["revenue_carryover@executed"]
            == b["expenditure_total"],
            "T20 the 年初预算数 column is blank in every row (and 其他资金 blank throughout): blanks are no zeros; the "
            "全年 480.00 = 当年 420.00 + 上年结转 60.00",
        )
        trap(
            ws["H5"].value == "执行率（%）"
            and ws["H6"].number_format == "0.00"
            and ws["H6"].value == 96.6
            and b["execution_rate"] == D("96.60") == rate(b["expenditure_total"], b["budget_adjusted"])
            and indicators[0]["score"] == "9.66",
            "T21 the 执行率 cell is the number 96.6 under `0.00` (shown 96.60) with the % sign in the header: 96.60%, "
            "scored 10 × 96.60% = 9.66",
        )
    if stem == "cangyuan-ganzhe-2018":
        import pdfplumber

        with pdfplumber.open(str(source_of(stem))) as pdf:
            scan = pdf.pages[1]
            image_only = len(pdf.pages) == 2 and not scan.chars and len(scan.images) == 1
        form = golden_check.squeeze(PIXEL_TEXT[stem])
        trap(
            image_only
            and row_in(form, "年度资金总额", "3,864,000.00", "3,728,600.00", "96.50%", "10", "9.65")
            and "单位：元" in form
            and "386.40万元" in squeezed
            and b["funds_central@executed"] + b["funds_provincial@executed"] + b["funds_local@executed"]
            == b["expenditure_total"]
            and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"]),
            "T22 page 2 is the scanned form (image-only, stamped) in 元: 3,864,000.00 / 3,728,600.00 restate the "
            "text's 386.40 / 372.86万元; its levels add up by column; 9.65 + 85 = 94.65",
        )
        trap(
            Y("386.40") + Y("226.00") == Y("612.40")
            and {(Y("612.40"), "元"), (Y("226.00"), "元")} <= not_metrics
            and not ({Y("612.40"), Y("226.00")} & values)
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"],
            "T23 项目总投资 612.40 = 财政资金 386.40 + 蔗农自筹 226.00: the farmers' own money is outside the budget; "
            "the rate is on 386.40",
        )
    if stem == "fucheng-wenguang-2015":
        years = {y: (Y(bb), Y(d)) for y, bb, d in M.FUCHENG_YEARS}
        trap(
            years["2015年"] == (b["budget_adjusted"], b["expenditure_total"])
            and not ({v for k, pair in years.items() if k != "2015年" for v in pair} & values)
            and years["2015年"][1] - years["2014年"][1] == Y("111.60")
            and rate("111.60", "934.72") == D("11.94")
            and {(D("96.00"), "%"), (D("96.52"), "%"), (D("11.94"), "%")} <= not_metrics,
            "T24 表1 lists 2013 and 2014 beside 2015: only the 2015 row is the report's; 111.60 = 1,046.32 − 934.72 "
            "and 11.94% = 111.60 ÷ 934.72 compare with 2014",
        )
        trap(
            sum(D(g) for _, _, g in M.FUCHENG_SECTIONS) == D(golden["report"]["self_score"])
            and all(D(g) <= D(w) for _, w, g in M.FUCHENG_SECTIONS)
            and all((D(g), "分") in not_metrics for _, _, g in M.FUCHENG_SECTIONS),
            "T25 the four sections 18 + 22.5 + 27 + 21 = 88.5, none above its 20 / 25 / 30 / 25: the score is right, "
            "only its grade is not (E3)",
        )
    if stem == "chengbu-xumu-2017":
        line = indicators[0]
        exact = rate(b["expenditure_total"], b["budget_adjusted"]) * D(line["weight"]) / 100
        trap(
            line["score"] == "9.8"
            and exact.quantize(Decimal("0.1"), ROUND_HALF_UP) == D("9.8")
            and exact.quantize(CENT, ROUND_HALF_UP) == D("9.78")
            and all("." not in r[6] or len(r[6].split(".")[1]) == 1 for r in M.CHENGBU_IND)
            and "9.8/10" in squeezed
            and all(row_in(squeezed, f"{r[6]}/{r[5]}") for r in M.CHENGBU_IND)
            and sum(D(i["weight"]) for i in indicators) == 100,
            "T26 the form writes every score as 得分/分值 to one decimal: the execution line 9.8/10 is 10 × 97.84% = "
            "9.784 at the form's precision; weights and scores come from one cell",
            retires=("execution-line score = weight × rate",),
        )
        uses = [D(n) * D(s) for _, n, _, s in M.CHENGBU_USES]
        trap(
            sum(uses) == b["expenditure_total"]
            and not (set(uses) & metric_values)
            and {(D(500), "元"), (D(100000), "元"), (D(70), "元")} <= not_metrics
            and (D(2858), "头") in metrics,
            "T27 2,858头 × 500元 + 11个 × 10万元 + 8,600亩 × 70元 = 313.10万元, the whole spending: a complete split in "
            "元 standards, the parts in neither list",
        )
    if stem == "jingning-tushuguan-2025":
        trap(
            b["budget_initial"] + b["budget_addition"] == b["revenue_general_budget"] == b["revenue_total"]
            and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and rate(b["expenditure_total"], b["revenue_total"]) != b["execution_rate"]
            and "按全年可用资金计算，预算执行率为97.53%" in squeezed,
            "T28 全年可用资金 756.95 = 本年财政拨款 714.60 (年初 628.40 + 追加 86.20) + 年初结转和结余 42.35: the rate "
            "is on the available funds by the report's words",
            retires=("initial + addition = adjusted", "sources = revenue"),
        )
        flows = [[D(v) if v != M.E else Decimal(0) for v in r[1:]] for r in M.JINGNING_FLOWS]
        trap(
            all(r[0] + r[1] - r[2] == r[3] for r in flows)
            and flows[1][2] > flows[1][1]
            and [r[2] * W for r in flows] == [b["expenditure_basic"], b["expenditure_project"]]
            and sum(r[3] for r in flows) * W == b["balance_carryforward"]
            and row_in(squeezed, "项目支出", "42.35", "300.40", "325.63", "17.12"),
            "T29 表1's 项目支出 325.63 exceeds the year's project money 300.40: the 42.35 carried over was spent; each "
            "row's 年初 + 收入 − 支出 = 年末",
        )
        classes = (
            b["expenditure_wages"] + b["expenditure_goods_services"] + b["expenditure_household_subsidies"]
        )
        trap(
            b["expenditure_basic"] - classes == Y("0.01") and Y("0.01") <= 4 * Y("0.005"),
            "T30 the economic classes add up to 412.62 against 基本支出 412.63: 0.01万元 (100元), within the rounding of "
            "three addends and a total written to two places of 万元",
            retires=("economic classes = basic",),
        )
    if stem == "raohe-shuiwu-2017":
        outside = {Y(v) for r in M.RAOHE_OUTSIDE for v in r[1:]}
        trap(
            row_in(squeezed, "本项目小计", "1,260.00", "1,260.00", "1,218.36", "96.70%")
            and row_in(squeezed, "合计", "1,345.10", "1,345.10", "1,301.66", "96.77%")
            and not (outside & values)
            and (Y("1345.10"), "元") in not_metrics
            and (D("96.77"), "%") in not_metrics
            and b["execution_rate"] == D("96.70"),
            "T31 表1's 合计 1,345.10 / 1,301.66 / 96.77% adds the 乡政府自筹 46.50 and the 林业局's 38.60 to the "
            "project's 小计 1,260.00 / 1,218.36 / 96.70%: the project is the 小计",
        )
        trap(
            b["funds_received"] == b["budget_adjusted"] == Y("1260.00")
            and b["funds_central@adjusted"] + b["funds_provincial@adjusted"] + b["funds_local@adjusted"]
            == b["budget_adjusted"]
            and "由各自单位管理和核算，不在本项目预算内" in squeezed,
            "T32 实际到位 1,260.00 is the project's own money; the other units' 到位 46.50 and 38.60 are not funds "
            "received by the project",
        )
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure the text writes (thousands separators dropped; cells kept apart; years left out)."""
    plain = text.replace(",", "")
    found = [D(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d%.])", plain)]
    return [f for f in found if not (f == f.to_integral_value() and 2000 <= f <= 2030)]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "qidu-zhen-2023":
        parts = b["expenditure_personnel"] + b["expenditure_public"]
        if not (
            parts == b["expenditure_basic"] + 10 * W
            and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
            and row_in(squeezed, "基本支出", "1,102.50", "1,148.60", "1,126.38")
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
            and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
        ):
            out.append(("E1: 926.52 + 209.86 = 1,136.38, 10.00 over the 基本支出 1,126.38", str(parts)))
    if stem == "sanjiang-minzong-2020":
        stated = b["execution_rate"]
        figures = sorted(
            {f for f in _figures(text_of(stem)) if f > 0 and f not in (stated, stated / 100)}
            | {v / W for k, v in b.items() if k != "execution_rate"}
        )
        hits: list[tuple[Decimal, ...]] = [
            (x, z) for x, z in itertools.permutations(figures, 2) if rate(x, z) == stated
        ]
        hits += [
            (x, y, z)
            for x, y, z in itertools.permutations(figures, 3)
            if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)
        ]
        if (
            hits
            or len(figures) < 25
            or rate(b["expenditure_total"], b["budget_adjusted"]) != D("96.14")
            or not (
                b["funds_central"] + b["funds_provincial"] + b["funds_local"] + b["revenue_carryover"]
                == b["budget_adjusted"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "预算执行率97.68%" in squeezed
            )
        ):
            out.append(("E2: 97.68% is no ratio of the figures; 652.30 ÷ 678.50 = 96.14%", str(hits[:5])))
    if stem == "fucheng-wenguang-2015":
        score = D(golden["report"]["self_score"])
        if not (
            "90分（含）以上为优、80分（含）至90分为良" in squeezed
            and "自评等级为优" in squeezed
            and band(score) == "良"
            and golden["report"]["grade"] == "优"
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
            and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
        ):
            out.append(("E3: 88.5 is 良 on the printed scale (80–90), graded 优", ""))
    if stem == "luanchuan-wenlv-2024":
        scores = sum(D(i["score"]) for i in indicators)
        if not (
            scores == D(golden["report"]["self_score"]) - 1
            and sum(D(i["weight"]) for i in indicators) == 100
            and row_in(squeezed, "总分", "100", "94.66", "自评等级：优")
            and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        ):
            out.append(("E4: the scores add up to 93.66 under a 总分 of 94.66", str(scores)))
    if stem == "zhenping-renshe-2016":
        cut = Y("35.60")
        net = b["budget_initial"] + b["budget_addition"] - cut
        if not (
            net == b["budget_adjusted"] - 10 * W
            and "调减预算35.60万元" in squeezed
            and b["revenue_general_budget"] + b["revenue_other"] == b["revenue_total"] == b["budget_adjusted"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and rate(b["expenditure_total"], net) != b["execution_rate"]
            and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
        ):
            out.append(
                ("E5: 1,286.40 + 468.20 − 35.60 = 1,719.00, 10.00 under the 调整后 1,729.00", str(net))
            )
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            rects = [len(p.rects) for p in pdf.pages]
            lines = [len(p.lines) for p in pdf.pages]
            images = [len(p.images) for p in pdf.pages]
        if source.stat().st_size > 480_000:
            out.append(("PDF over 480 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "huaiji-ziran-2019": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "sanjiang-minzong-2020": ["- 1 -", "- 2 -"],
            "xunwu-renju-2022": ["第 1 页", "第 2 页", "第 3 页"],
            "danzhai-nongye-2021": ["1/2", "2/2"],
            "cangyuan-ganzhe-2018": ["- 1 -", ""],
            "chengbu-xumu-2017": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "jingning-tushuguan-2025": ["- 1 -", "- 2 -"],
            "raohe-shuiwu-2017": ["第 1 页", "第 2 页"],
        }[stem]
        if lasts != want:
            out.append(("pages and footers", str(lasts)))
        if stem == "xunwu-renju-2022" and [p.splitlines()[0] == M.XUNWU_TITLE for p in pages] != [
            False,
            True,
            True,
        ]:
            out.append(("a running header from page 2", ""))
        if stem == "huaiji-ziran-2019" and (rects[0] < 20 or rects[1] != 0 or lines[1] != 3):
            out.append(("a ruled 表1 on page 1, a three-line 表2 on page 2", f"{rects} {lines}"))
        if stem == "jingning-tushuguan-2025" and (any(rects) or lines[0] != 3):
            out.append(("a three-line table", f"{rects} {lines}"))
        if stem == "cangyuan-ganzhe-2018":
            from PIL import Image

            with pdfplumber.open(str(source)) as pdf:
                stream = pdf.pages[1].images[0]["stream"]
                image = Image.open(__import__("io").BytesIO(stream.get_data()))
            if (
                rects != [0, 0]
                or pages[1]
                or images != [0, 1]
                or image.format != "JPEG"
                or image.size[0] < 1200
            ):
                out.append(
                    ("a text page and an image-only scanned page", f"{rects} {image.format} {image.size}")
                )
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        sizes = [(len(t.rows), len(t.columns)) for t in document.tables]
        footer = document.sections[0].footer._element.xml
        if sizes != [(7, 5)] or "PAGE" not in footer or "fldChar" not in footer:
            out.append(("one Word table of 7 × 5 and a PAGE field in the footer", str(sizes)))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        ws = book.worksheets[0]
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not (
            len(book.worksheets) == 1
            and {"A5:A9", "B5:C5", "A1:I1"} <= merged
            and ws["E6"].number_format == "0.00"
        ):
            out.append(("one worksheet, merged header, money under 0.00", str(sorted(merged))))
    if source.suffix in (".html", ".md"):
        data = source.read_bytes()
        text = data.decode("utf-8")
        chrome = (
            (
                "您现在的位置：",
                "点击：",
                "【打印此页】",
                "【关闭窗口】",
                "冀ICP备",
                "公网安备",
                "网站标识码",
                "相关文章",
            )
            if source.suffix == ".html"
            else ("[首页](#) >", "浏览次数：", "【[打印本页](#)】", "上一篇：", "下一篇：")
        )
        tables = text.count("<table") if source.suffix == ".html" else text.count("| --- |")
        if (
            data.startswith(b"\xef\xbb\xbf")
            or b"\r" in data
            or not all(c in text for c in chrome)
            or tables != 1
        ):
            out.append(
                ("portal chrome, UTF-8 without BOM, LF, one table", str([c for c in chrome if c not in text]))
            )
    return out


def sum_problems(
    golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    problems = _sum_problems(golden, stem, projects_complete) + _execution_score(golden, stem)
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
    """Each place is written only in its own document; no province, none of the unnamed prefectures."""
    problems = []
    for stem in PLACES:
        text = text_of(stem)
        if source_of(stem).suffix in (".html", ".md"):
            text += source_of(stem).read_text(encoding="utf-8")
        for other, place in [*PLACES.items(), *OWN_ONLY]:
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
    status = golden_check.check_folder(
        HERE,
        set(PLANTED),
        projects_complete=frozenset({"danzhai-nongye-2021"}),
        pixel_text=PIXEL_TEXT,
    )
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems() + place_problems()
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(
        f"total: {n} goldens, {len({s for s, _ in PLANTED})} planted errors, {len(traps_seen)} trap(s) accepted"
    )
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
