#!/usr/bin/env python3
"""Check the heldout42 goldens against their documents.

    .venv/bin/python tests/corpora/heldout42/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the five planted errors declared as
expected, and adds what this batch needs:

- the documents read as a careful reader reads them: every worksheet cell shown through its number format (`0.00`,
  `0.00%`); the PDF pages without their footers; the scanned page of zhangwu by what it shows (its builder's rows);
- the shared checks see only what they can check: the 年度主要任务 rows kept as projects have no printed rate (their
  sums are checked here instead), and hongsibu's form has no 分值 / 得分 (its rows are checked here instead);
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- a first-level label printed with its points (`产出指标（50分）`, `绩效指标（90分）`, `预算执行情况（10分）`) equals the
  sum of its rows' weights — except yangji's, the planted E2;
- a stated self-score is printed in the document, and the one report that states none prints no score and no grade;
- `funds_received` is given exactly where an arrived amount is written;
- the TRAPS (25), each accepted only when the figures really are consistent as the report means them, and each
  counted;
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document confirming the
  figures around them;
- layout facts (page counts and footers, the forms cut by a page break with or without the header row repeated and
  with or without the 一级 label carried, the scanned page without a text layer, the Word table and its PAGE
  field, the workbook's merged cells and number formats, the portal chrome of the HTML page, the TXT file's cells
  one a line);
- each county-level place (and each town, street and municipality) is written only in its own document; no other
  province is written, and none of the prefectures the documents leave unnamed;
- the golden `flags` are exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""

from __future__ import annotations

import copy
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

import make_heldout42 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("nimu-shucai-2020", "table parts @executed = total"): [
        "revenue_general_budget",
        "revenue_carryover",
        "expenditure_total",
    ],
    ("yangji-zhen-2019", "first-level block = its printed points"): ["indicators.weight"],
    ("baisha-weiji-2017", "grade matches the bands"): ["self_score", "grade"],
    ("pangezhuang-zhen-2021", "rate = executed / budget"): ["execution_rate"],
    ("gangcha-gongwei-2023", "indicator scores = self_score"): ["self_score"],
}
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
PLACES = {  # the county-level place (or prefecture) each document's unit carries; written in no other document
    "taishun-chaye-2015": "泰顺",
    "qitaihe-linye-2016": "七台河",
    "baisha-weiji-2017": "白沙",
    "zhangwu-yinshui-2018": "彰武",
    "yangji-zhen-2019": "灌云",
    "nimu-shucai-2020": "尼木",
    "pangezhuang-zhen-2021": "大兴",
    "liaoyuan-shijian-2021": "辽源",
    "hejing-shuili-2022": "和静",
    "gangcha-gongwei-2023": "刚察",
    "hongsibu-wenlv-2024": "红寺堡",
    "hongqiao-chengguan-2024": "红桥",
    "caojiadu-weigengxin-2025": "静安",
}
OWN_ONLY = [  # towns, streets and the three municipalities, each written only in its own document
    ("yangji-zhen-2019", "杨集"),
    ("pangezhuang-zhen-2021", "庞各庄"),
    ("pangezhuang-zhen-2021", "北京"),
    ("caojiadu-weigengxin-2025", "曹家渡"),
    ("caojiadu-weigengxin-2025", "上海"),
    ("hongqiao-chengguan-2024", "天津"),
]
PROVINCES = (
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
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
)  # 北京, 上海 and 天津 are OWN_ONLY
UNWRITTEN = (
    "温州",
    "阜新",
    "连云港",
    "拉萨",
    "巴音郭楞",
    "海北",
    "吴忠",
)  # the prefectures above the counties (七台河 and 辽源 are prefectures themselves; 白沙 has none)
N_DOCUMENTS = 13
N_TRAPS = 25
W = Decimal("10000")
CENT = Decimal("0.01")
NO_PRINTED_RATE = (
    "baisha-weiji-2017",
    "pangezhuang-zhen-2021",
)  # 年度主要任务 rows: budget and executed only
NO_SCORE = "hongsibu-wenlv-2024"

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
    """A cell as Excel shows it through its number format (an integral number stored as an int too)."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fmt == "0.00":
            return f"{value:.2f}"
        if fmt == "0.00%":
            return f"{value * 100:.2f}%"
    return str(value)


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def body_text(pages: list[str]) -> str:
    """The pages' text without the footers, pages joined."""
    out = []
    for page in pages:
        lines = page.splitlines()
        if lines and FOOTER.match(lines[-1]):
            lines = lines[:-1]
        out.append("\n".join(lines))
    return "\n".join(out)


def scanned_text() -> dict[str, str]:
    """What the scanned page of zhangwu shows: its title, rows and signature line."""
    rows, _ = M.zhangwu_rows()
    lines = ["附件", "项目支出绩效自评表", "（2018年度）"]
    for row in rows:
        cells = [c for c in row if c]
        lines += [" | ".join(cells), " ".join(cells)]
    lines.append(M.ZHANGWU_SIGN)
    return {"zhangwu-yinshui-2018": "\n".join(lines)}


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


def band(score: Decimal) -> str:
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def nm(golden: dict) -> set[tuple[Decimal, str | None]]:
    return {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}


def mt(golden: dict) -> set[tuple[Decimal, str | None]]:
    return {(D(x["value"]), x.get("unit")) for x in golden.get("metrics", [])}


def rows_of(indicators: list[dict], exec_line: bool = False) -> list[dict]:
    return [i for i in indicators if (i["name"] == "预算执行率") == exec_line]


# --------------------------------------------------------------------------- checks
def _execution_score(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Each 预算执行率 row scores weight × the computed rate of the report's funds."""
    b = golden["budget_items"]
    out = []
    for ind in rows_of(golden.get("indicators", []), exec_line=True):
        computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
        want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
        if want != D(ind["score"]):
            out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _blocks(golden: dict, stem: str) -> list[tuple[str, str]]:
    """A first-level label printed with its points equals its rows' weights: `产出指标（50分）` the 产出 rows,
    `绩效指标（90分）` all rows but the execution line, `预算执行情况（10分）` the execution line."""
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    sums: dict[str, Decimal] = {}
    if any("weight" not in i for i in indicators):
        return []
    for i in rows_of(indicators):
        sums[i["level1"]] = sums.get(i["level1"], Decimal(0)) + D(i["weight"])
    sums["绩效指标"] = sum((D(i["weight"]) for i in rows_of(indicators)), Decimal(0))
    sums["预算执行情况"] = sum((D(i["weight"]) for i in rows_of(indicators, exec_line=True)), Decimal(0))
    out = []
    for label, points in sorted(
        set(re.findall(r"(产出指标|效益指标|满意度指标|绩效指标|预算执行情况)（(\d+)分）", squeezed))
    ):
        if sums.get(label) != D(points):
            out.append(
                ("first-level block = its printed points", f"{label} rows {sums.get(label)} vs {points}")
            )
    return out


def _received_stated(golden: dict, stem: str) -> list[tuple[str, str]]:
    """`funds_received` exactly where an arrived amount is written (`到位资金850.00万元`)."""
    stated = {Y(x) for x in re.findall(r"到位(?:资金)?(\d+(?:\.\d+)?)万元", squeezed_of(stem))}
    got = {D(v) for k, v in golden["budget_items"].items() if k.startswith("funds_received")}
    if stated != got:
        return [("funds_received is the amount written as arrived", f"{sorted(got)} vs {sorted(stated)}")]
    return []


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        if stem != NO_SCORE or golden["report"].get("grade") is not None:
            return [("only hongsibu states no score and no grade", stem)]
        if (
            re.search(r"(得分|评分|总分|评价分|结果为|分数为)[|]*\d", squeezed)
            or re.search(r"(等级为|结论为|结果为|等级[：:|]*)[“”\"]*[优良中差]", squeezed)
            or "分值" in squeezed
            or "得分" in squeezed
        ):
            return [("hongsibu prints no score and no grade", "")]
        return []
    s = D(str(score))
    forms = {f"{s}分", f"|{s:.2f}", f"{s:.2f}分", f"|{s}|", f"{s:.2f}|"}
    if not any(f in squeezed for f in forms):
        return [("the self-score is printed", str(forms))]
    return []


def _tasks(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The 年度主要任务 rows kept as projects: printed in the form, adding up to the budget and the spending."""
    projects = golden.get("projects", [])
    if stem not in NO_PRINTED_RATE:
        return [("only the task forms keep projects", stem)] if projects else []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    out = []
    if sum(D(p["budget"]) for p in projects) != b["budget_adjusted"]:
        out.append(("tasks add up to the budget", ""))
    if sum(D(p["executed"]) for p in projects) != b["expenditure_total"]:
        out.append(("tasks add up to the spending", ""))
    for p in projects:
        if "execution_rate" in p or not row_in(squeezed, p["name"]):
            out.append(("a task row is printed, without a rate", p["name"]))
    return out


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics, metrics = nm(golden), mt(golden)
    metric_values = {v for v, _ in metrics}
    indicators = golden.get("indicators", [])
    projects = golden.get("projects", [])
    values = set(b.values())
    report = golden["report"]

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            problems.append((f"trap does not hold: {name}", ""))

    def weights(level1: str) -> Decimal:
        return sum((D(i["weight"]) for i in indicators if i.get("level1") == level1), Decimal(0))

    if stem == "taishun-chaye-2015":
        trap(
            "budget_addition" not in b
            and b["funds_provincial"] + b["funds_local"] == b["revenue_general_budget"]
            and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
            and b["budget_initial"] == b["funds_local"]
            and "省财政下达茶产业发展补助资金36.00万元" in squeezed
            and "加上2014年结转的20.00万元，项目全年预算236.00万元" in squeezed,
            "T1 年初 180.00 → 全年 236.00 with no 追加 worded: the province's 36.00 makes the 216.00 of the year's "
            "money, the 20.00 carried over the rest",
        )
        trap(
            2150 * Y("0.06") == Y("129.00") < b["expenditure_total"]
            and (Y("129.00"), "元") in metrics
            and (D(600), "元") in not_metrics
            and "其余资金用于" in squeezed
            and rate(2150, 2000) == D("107.50")
            and (D("107.5"), "%") in metrics
            and (D(2000), "亩") in not_metrics,
            "T2 2,150亩 × 600元 = 129.00万元, one part of the 229.46 spent (`其余资金用于…`): a metric in 元, the "
            "standard a not-metric; 107.5% = 2,150 ÷ the plan's 2,000",
        )
        trap(
            (D(68), "%") in metrics
            and {(D(52), "%"), (D(200), "户")} <= not_metrics
            and "提高到68%，上年为52%" in squeezed
            and "对项目区200户茶农开展问卷调查" in squeezed,
            "T3 68% beside last year's 52%; the 200 households asked are a sample",
        )
    if stem == "qitaihe-linye-2016":
        pages = pdf_pages(source_of(stem))
        on_two = pages[1]
        trap(
            weights("产出指标") == 50
            and weights("效益指标") == 30
            and on_two.splitlines()[0].startswith("绩效指")
            and "一级指" in on_two.splitlines()[0]
            and "时效指标" in on_two
            and "产出指标" not in on_two
            and "产出指" in pages[0],
            "T4 the form runs over the page break: page 2 repeats the header row, the 产出 block's last rows sit "
            "under no label (printed once, on page 1) and the block still adds up to 50 with them",
        )
        trap(
            b["funds_local@initial"] == b["budget_initial"]
            and "funds_central@initial" not in b
            and b["funds_central@adjusted"] + b["funds_provincial@adjusted"] + b["funds_local@adjusted"]
            == b["budget_adjusted"]
            and row_in(squeezed, "其中：中央财政资金", "—", "450.00", "436.20"),
            "T5 年初 120.00 → 全年 620.00: the 年初 column holds the city's money only (中央 and 省级 `—`); every "
            "column adds up by level",
        )
    if stem == "baisha-weiji-2017":
        basic = next(p for p in projects if p["name"] == "机构运转保障")
        others = [p for p in projects if p["name"] != "机构运转保障"]
        trap(
            D(basic["executed"]) == b["expenditure_basic"]
            and sum(D(p["executed"]) for p in others) == b["expenditure_project"]
            and sum(D(p["budget"]) for p in projects) == b["budget_adjusted"],
            "T6 the four 年度主要任务 add up to the 全年预算 3,956.20 and the 3,842.57 spent; 机构运转保障 is the "
            "基本支出, the other three the 项目支出 2,356.25",
        )
        trap(
            b["revenue_general_budget@adjusted"]
            - b["revenue_general_budget@initial"]
            + b["revenue_gov_fund@adjusted"]
            == b["budget_addition"]
            and "revenue_gov_fund@initial" not in b,
            "T7 追加 687.80 = 一般公共预算 507.80 (3,268.40 → 3,776.20) + 政府性基金 180.00 (none at 年初)",
        )
    if stem == "zhangwu-yinshui-2018":
        trap(
            b["funds_central"] + b["funds_provincial"] == Y("700.00")
            and (Y("700.00"), "元") in not_metrics
            and Y("700.00") not in values
            and b["funds_central@adjusted"] == b["funds_central"]
            and b["funds_local@initial"] == b["budget_initial"]
            and "zhangwu-yinshui-2018" in PIXEL_TEXT,
            "T8 `下达补助资金700.00万元` = 中央 520.00 + 省级 180.00 (a sum, no item); the scanned form restates the "
            "text's levels column by column",
        )
        trap(
            b["funds_received"] == b["budget_adjusted"] and "实际到位资金850.00万元" in squeezed,
            "T9 `实际到位资金850.00万元` is the whole budget arrived",
        )
    if stem == "yangji-zhen-2019":
        pages = pdf_pages(source_of(stem))
        trap(
            projects == []
            and all(row_in(squeezed, name) for name, _ in M.YANGJI_TASKS)
            and "一级指标" not in pages[1]
            and "效益指标" not in pages[1]
            and pages[1].splitlines()[0].startswith("城乡居民医保"),
            "T10 the 年度主要任务 rows carry no amounts (no projects); page 2 goes on with the 效益 rows under no "
            "header and no label",
        )
    if stem == "nimu-shucai-2020":
        score = next(i for i in indicators if i["name"] == "预算执行率")
        trap(
            D(score["score"]) == (b["execution_rate"] / 10).quantize(CENT, ROUND_HALF_UP) == D("9.60")
            and row_in(squeezed, "年度资金总额", "260.00", "326.00", "312.86", "10", "95.97%", "9.60"),
            "T11 the rate cell is a number (0.9597) shown through `0.00%` as 95.97%, the score 9.60 = 10 × 95.97%",
        )
    if stem == "pangezhuang-zhen-2021":
        basic = next(p for p in projects if p["name"] == "机关运转保障")
        trap(
            D(basic["executed"]) == b["expenditure_basic"]
            and sum(D(p["executed"]) for p in projects if p is not basic) == b["expenditure_project"],
            "T12 the four 年度主要任务 add up to the 全年预算 and the spending; 机关运转保障 is the 基本支出",
        )
        trap(
            "推广西瓜" in squeezed
            and "广西" not in squeezed.replace("推广西瓜", "")
            and "province" not in report
            and report["city"] == "北京市",
            "T13 `推广西瓜` holds the characters of 广西: no province is written (the unit is 北京市大兴区's)",
        )
    if stem == "liaoyuan-shijian-2021":
        scores = sum(D(i["score"]) for i in indicators)
        trap(
            scores == D(str(report["self_score"]))
            and "总分" not in squeezed
            and "项目自评得分96.78分" in squeezed,
            "T14 the form has no 总分 row: the score 9.78 + 87 = 96.78 is stated in the text only",
        )
        trap(
            b["revenue_general_budget@initial"] + b["revenue_other@initial"] == b["budget_initial"]
            and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
            and b["revenue_general_budget"] + b["revenue_other"] == b["budget_adjusted"]
            and "其他资金24.00万元（所属食品检验检测中心的检测服务收入）" in squeezed,
            "T15 the 其他资金 row carries figures: 260.00 + 24.00 = the 年初 284.00; + 追加 20.00 = 304.00 = 280.00 + "
            "24.00",
        )
        trap(
            (Decimal(82) / 84 * 100).quantize(D("0.1"), ROUND_HALF_UP) == D("97.6")
            and {(D(82), "批次"), (D("97.6"), "%")} <= metrics
            and D(84) not in metric_values
            and (D(84), "批次") not in not_metrics,
            "T16 82 of the 84 unsafe batches handled = 97.6%; the 84 found is in neither list",
        )
    if stem == "hejing-shuili-2022":
        trap(
            "budget_addition" not in b
            and b["funds_central"] + b["funds_provincial"]
            == b["revenue_general_budget"]
            == b["budget_initial"]
            and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"],
            "T17 年初 1,380.00 → 全年 1,460.00 with no 追加: the difference is the 80.00 carried over from 2021",
        )
        trap(
            D("12.4") + D("30.2") == D("42.6")
            and (D("42.6"), "公里") in metrics
            and not ({D("12.4"), D("30.2")} & metric_values)
            and any(m["value"] == "6800000" and m.get("qualifier") == "约" for m in golden["metrics"]),
            "T18 42.6公里 = 干渠 12.4 + 支渠 30.2, a complete split (the parts in neither list); `约680万立方米` is a "
            "metric with its qualifier",
        )
        pages = pdf_pages(source_of(stem))
        trap(
            "自评等级为优" in squeezed
            and not re.search(r"自评(得分|结果为)\d", squeezed)
            and row_in(squeezed, "总分", "100", "96.74")
            and pages[2].splitlines()[0].startswith("一级指标")
            and pages[2].splitlines()[2].startswith("效益指标"),
            "T19 the score stands in the form only (总分 96.74), the grade in the text only; page 3 repeats the "
            "header row and carries the 效益指标 label",
        )
    if stem == NO_SCORE:
        trap(
            report["self_score"] is None
            and report["grade"] is None
            and all("weight" not in i and "score" not in i for i in indicators)
            and len(indicators) == len(M.HONGSIBU_IND),
            "T20 a 部门整体支出绩效自评表 with 指标性质 / 指标值 / 度量单位 and no 分值 / 得分: no score, no grade",
        )
        trap(
            (Y("28600"), "元") in metrics
            and (D("12.4"), "%") in metrics
            and (D(62), "个") in not_metrics
            and D(126) / 12 == D("10.5")
            and (D(126), "次") in metrics,
            "T21 旅游收入2.86亿元 is an outcome in 元; `覆盖全区62个行政村` counts villages; 126次 a year is the form's "
            "10.5次/月",
        )
    if stem == "caojiadu-weigengxin-2025":
        trap(
            "budget_addition" not in b
            and b["budget_initial"] - Y("28.00") == b["budget_adjusted"]
            and (Y("28.00"), "元") in not_metrics
            and "年中调减28.00万元" in squeezed,
            "T22 年初 380.00 → 调整后 352.00: the 原因 cell's `调减28.00万元` (no item code)",
        )
        trap(
            row_in(squeezed, "其中：财政资金", "380.00", "352.00", "346.58", "98.46%", "/", "/")
            and sum(D(i["weight"]) for i in rows_of(indicators)) == 90,
            "T23 `预算执行情况（10分）` + `绩效指标（90分）`: the 权重 add up to 100; the 财政资金 row repeats the "
            "98.46%",
        )
    if stem == "hongqiao-chengguan-2024":
        pages = pdf_pages(source_of(stem))
        trap(
            pages[2].splitlines()[0].startswith("产出指标 成本指标")
            and "一级指标" not in pages[2]
            and weights("产出指标") == 50,
            "T24 the form runs over the page break with no header row, the 产出指标 label carried onto page 3; the "
            "block adds up to 50",
        )
        trap(
            (D(5), "名") in not_metrics
            and D(5) not in metric_values
            and "全市第5名" in squeezed
            and {(D(4200000), "平方米"), (D(95), "%")} <= not_metrics,
            "T25 `全市第5名` is a rank; the 履职目标's 预期 figures are targets",
        )
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure the text writes (thousands separators dropped; years left out)."""
    plain = text.replace(",", "")
    found = [D(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])", plain)]
    return [f for f in found if not (f == f.to_integral_value() and 2000 <= f <= 2030)]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "nimu-shucai-2020":
        executed = b["revenue_general_budget@executed"] + b["revenue_carryover@executed"]
        if not (
            executed == b["expenditure_total"] - 10 * W
            and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
            and b["revenue_general_budget@initial"] == b["budget_initial"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and "全年项目支出312.86万元" in squeezed
            and row_in(squeezed, "其中：当年财政拨款", "260.00", "296.00", "274.36")
        ):
            out.append(("E1: 274.36 + 28.50 = 302.86, 10.00 under the 年度资金总额 312.86", str(executed)))
    if stem == "yangji-zhen-2019":
        rows = rows_of(indicators)
        blocks = {
            k: sum(D(i["weight"]) for i in rows if i["level1"] == k)
            for k in ("产出指标", "效益指标", "满意度指标")
        }
        if not (
            blocks == {"产出指标": 40, "效益指标": 40, "满意度指标": 10}
            and all(f"{k}（{v}分）" in squeezed for k, v in M.YANGJI_POINTS.items())
            and sum(D(i["weight"]) for i in indicators) == 100
            and sum(D(i["score"]) for i in indicators) == D(str(golden["report"]["self_score"]))
            and row_in(squeezed, "总分", "100", "97.76")
        ):
            out.append(
                ("E2: 产出指标（50分） over rows of 40, 效益指标（30分） over rows of 40", str(blocks))
            )
    if stem == "baisha-weiji-2017":
        score = D(str(golden["report"]["self_score"]))
        if not (
            "90分（含）以上为优，80分（含）至90分为良" in squeezed
            and "评价等级为“优”" in squeezed
            and band(score) == "良"
            and golden["report"]["grade"] == "优"
            and sum(D(i["score"]) for i in indicators) == score
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        ):
            out.append(("E3: 88.71 is 良 on the printed scale (90 and over for 优), graded 优", ""))
    if stem == "pangezhuang-zhen-2021":
        stated = b["execution_rate"]
        figures = sorted({f for f in _figures(text_of(stem)) if f > 0 and f not in (stated, stated / 100)})
        money_figures = sorted(
            {D(x) for x in re.findall(r"(?<![\d.])(\d+\.\d\d)(?![\d.])", text_of(stem).replace(",", ""))}
        )
        hits: list[tuple[Decimal, ...]] = [
            (x, z) for x, z in itertools.permutations(figures, 2) if rate(x, z) == stated
        ]
        hits += [
            (x, y, z)
            for x, y, z in itertools.permutations(money_figures, 3)
            if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)
        ]
        score = next(i for i in indicators if i["name"] == "预算执行率")
        if (
            hits
            or len(figures) < 40
            or len(money_figures) < 20
            or rate(b["expenditure_total"], b["budget_adjusted"]) != D("96.80")
            or D(score["score"]) != D("9.68")
            or squeezed.count("98.60%") != 1
            or "执行率为" in squeezed
            or "预算执行率" in squeezed
        ):
            out.append(("E4: 98.60% is no ratio of the figures; 6,275.38 ÷ 6,482.60 = 96.80%", str(hits[:5])))
    if stem == "gangcha-gongwei-2023":
        scores = sum(D(i["score"]) for i in indicators)
        if not (
            scores == D(str(golden["report"]["self_score"])) - 1
            and sum(D(i["weight"]) for i in indicators) == 100
            and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
            and row_in(squeezed, "总分", "100", "97.77")
        ):
            out.append(("E5: the 得分 add up to 96.77 under a 总分 of 97.77", str(scores)))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            rects = [len(p.rects) for p in pdf.pages]
            images = [len(p.images) for p in pdf.pages]
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "taishun-chaye-2015": ["- 1 -", "- 2 -"],
            "qitaihe-linye-2016": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "zhangwu-yinshui-2018": ["- 1 -", ""],
            "yangji-zhen-2019": ["- 1 -", "- 2 -"],
            "liaoyuan-shijian-2021": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "hejing-shuili-2022": ["第 1 页", "第 2 页", "第 3 页"],
            "hongsibu-wenlv-2024": ["1/3", "2/3", "3/3"],
            "hongqiao-chengguan-2024": ["- 1 -", "- 2 -", "- 3 -"],
            "caojiadu-weigengxin-2025": [],  # no footer: one page, the last line the signature
        }[stem]
        if stem == "caojiadu-weigengxin-2025":
            ok = len(pages) == 1 and lasts[0].startswith("填报单位（盖章）")
        else:
            ok = lasts == want
        if not ok:
            out.append(("pages and footers", str(lasts)))
        if stem == "zhangwu-yinshui-2018":
            if pages[1] or images != [0, 1] or rects[0] != 0 or source.stat().st_size > 480_000:
                out.append(("a text page, then an image-only scanned page", f"{images} {rects}"))
        elif any(images) or source.stat().st_size > 200_000:
            out.append(("a text PDF", str(source.stat().st_size)))
        ruled = {
            "taishun-chaye-2015": (1,),
            "qitaihe-linye-2016": (0, 1),
            "yangji-zhen-2019": (0, 1),
            "liaoyuan-shijian-2021": (1,),
            "hejing-shuili-2022": (1, 2),
            "hongsibu-wenlv-2024": (2,),
            "hongqiao-chengguan-2024": (1, 2),
            "caojiadu-weigengxin-2025": (0,),
        }.get(stem, ())
        if ruled and not all(rects[k] >= 20 for k in ruled):
            out.append(("ruled forms on their pages", str(rects)))
        if stem in ("taishun-chaye-2015", "liaoyuan-shijian-2021", "hongqiao-chengguan-2024") and rects[0]:
            out.append(("the text page has no table", str(rects)))
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        sizes = [(len(t.rows), len(t.columns)) for t in document.tables]
        footer = document.sections[0].footer._element.xml
        grid = document.tables[0]._tbl.xml if document.tables else ""
        if sizes != [(25, 9)] or "fldChar" not in footer or "PAGE" not in footer or "vMerge" not in grid:
            out.append(("one Word table of 25 × 9 with merged cells, a complex PAGE field", str(sizes)))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        ws = book.worksheets[0]
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not (
            len(book.worksheets) == 1
            and ws.title == "项目支出绩效自评表"
            and {"A5:A9", "B5:C5", "A1:I1", "A12:A22", "B13:B18", "B19:B21", "C13:C15"} <= merged
            and ws["H6"].number_format == "0.00%"
            and ws["H6"].data_type == "n"
            and ws["F7"].value == float(M.NIMU_FUNDS[1][3])
            and ws["E6"].number_format == "0.00"
        ):
            out.append(
                ("one worksheet, merged cells, money under 0.00, the rate under 0.00%", str(sorted(merged)))
            )
    if source.suffix in (".html", ".txt"):
        data = source.read_bytes()
        text = data.decode("utf-8")
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            out.append(("UTF-8 without BOM, LF line ends", ""))
        if source.suffix == ".html":
            chrome = (
                "您当前的位置：",
                "索引号",
                "发布机构",
                "【打印本页】",
                "京ICP备",
                "京公网安备",
                "网站标识码",
            )
            if not all(c in text for c in chrome) or text.count("<table") != 2 or "rowspan=" not in text:
                out.append(("portal chrome and its two tables", str([c for c in chrome if c not in text])))
        else:
            cells = [line for line in text.splitlines() if line.endswith(" |") or line == "|"]
            if len(cells) != 134 or "|" in text.splitlines()[3] or "青ICP备" not in text:
                out.append(("a page's text with the form one cell a line", str(len(cells))))
    return out


def sum_problems(
    golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    shared = copy.deepcopy(golden)
    if stem in NO_PRINTED_RATE:
        shared["projects"] = [p for p in shared.get("projects", []) if "execution_rate" in p]
    if stem == NO_SCORE:
        shared["indicators"] = []
    problems = (
        _sum_problems(shared, stem, projects_complete)
        + _execution_score(golden, stem)
        + _blocks(golden, stem)
    )
    problems = _traps(golden, stem, problems)
    problems += _tasks(golden, stem) + _received_stated(golden, stem) + _score_printed(golden, stem)
    return problems + _planted_hold(golden, stem) + _layout(stem)


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
        if source_of(stem).suffix in (".html", ".txt"):
            text += source_of(stem).read_bytes().decode("utf-8")
        for other, place in [*PLACES.items(), *OWN_ONLY]:
            if (place in text) != (other == stem):
                problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for name in PROVINCES + UNWRITTEN:
            if name in text.replace("推广西瓜", ""):
                problems.append(f"{stem}: {name} written")
        report = golden_of(stem)["report"]
        for key in ("city", "county"):
            if key in report and report[key] not in text:
                problems.append(f"{stem}: report {key} {report[key]} not written")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED), pixel_text=PIXEL_TEXT)
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
