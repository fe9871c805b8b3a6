#!/usr/bin/env python3
"""Check the heldout41 goldens against their documents.

    .venv/bin/python tests/corpora/heldout41/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the five planted errors declared as
expected, and adds what this batch needs:

- the documents read as a careful reader reads them: every worksheet cell shown through its number format; the PDF
  pages without their footers and running headers;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- a stated self-score is printed in the document, and the one report that states none prints no score;
- `funds_received` is given exactly where an arrived amount is written;
- the TRAPS (36), each accepted only when the figures really are consistent as the report means them, and each
  counted; one of them replaces a shared check that a naive reading fails (年初 + 追加 − 调减 = 调整后);
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document confirming the
  figures around them;
- layout facts (page counts, footers or none, running headers, ruled and three-line tables, the annexed form, the
  Word table and its PAGE field, the workbook's merged cells, number formats and the rate typed as text, the portal
  chrome of the HTML page and the Markdown file, the TXT file's BOM, CRLF and tabs);
- each county-level place (and each town, street and municipality) is written only in its own document; no other
  province is written, and none of the prefectures the documents leave unnamed;
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

import make_heldout41 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("longnan-shengtai-2022", "sources = revenue"): [
        "revenue_total",
        "revenue_general_budget",
        "revenue_gov_fund",
        "revenue_other",
    ],
    ("bozhou-caoyuan-2024", "rate = executed / budget"): ["execution_rate"],
    ("qianan-heitudi-2020", "grade matches the bands"): ["self_score", "grade"],
    ("jiaxinglu-yanglao-2022", "indicator weights = 100"): ["indicators.weight"],
    ("weizhou-zhen-2016", "initial + addition = adjusted"): [
        "budget_initial",
        "budget_addition",
        "budget_adjusted",
    ],
}
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
HEADERS = (M.QINGYUAN_UNIT, M.LONGNAN_TITLE)
PLACES = {  # the county-level place (or prefecture) each document's unit carries; written in no other document
    "junan-minzheng-2015": "莒南",
    "weizhou-zhen-2016": "同心",
    "chengduo-maoniu-2017": "称多",
    "qingyuan-huanjing-2018": "清原",
    "elunchun-fanghuo-2019": "鄂伦春",
    "qianan-heitudi-2020": "乾安",
    "xiangshui-yingji-2021": "响水",
    "longnan-shengtai-2022": "陇南",
    "jiaxinglu-yanglao-2022": "虹口",
    "bachuan-jiedao-2023": "铜梁",
    "bozhou-caoyuan-2024": "博尔塔拉",
    "lakang-zhen-2024": "洛扎",
    "wufeng-peixun-2025": "五峰",
}
OWN_ONLY = [  # towns, streets and the two municipalities, each written only in its own document
    ("weizhou-zhen-2016", "韦州"),
    ("lakang-zhen-2024", "拉康"),
    ("jiaxinglu-yanglao-2022", "嘉兴路"),
    ("jiaxinglu-yanglao-2022", "上海"),
    ("bachuan-jiedao-2023", "巴川"),
    ("bachuan-jiedao-2023", "重庆"),
]
PROVINCES = (
    "北京",
    "天津",
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
)  # 上海 and 重庆 are OWN_ONLY
UNWRITTEN = (
    "临沂",
    "吴忠",
    "玉树",
    "抚顺",
    "呼伦贝尔",
    "松原",
    "盐城",
    "山南",
    "宜昌",
)  # the prefectures above the nine counties (the two 州 / 市 bureaus are prefectures themselves)
N_DOCUMENTS = 13
N_TRAPS = 36
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
    """A cell as Excel shows it through its number format (an integral number stored as an int too)."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fmt == "#,##0.00":
            return f"{value:,.2f}"
        if fmt == "0.00":
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
        _texts[stem] = document_text(source_of(stem))
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


def _received_stated(golden: dict, stem: str) -> list[tuple[str, str]]:
    """`funds_received` exactly where an arrived amount is written (`到位资金540.00万元`); `资金均已到位` alone gives
    nothing."""
    stated = {Y(x) for x in re.findall(r"到位(?:资金)?(\d+(?:\.\d+)?)万元", squeezed_of(stem))}
    got = {D(v) for k, v in golden["budget_items"].items() if k.startswith("funds_received")}
    if stated != got:
        return [("funds_received is the amount written as arrived", f"{sorted(got)} vs {sorted(stated)}")]
    return []


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        if stem != "wufeng-peixun-2025" or golden["report"].get("grade") is not None:
            return [("only wufeng states no score and no grade", stem)]
        if re.search(r"(自评得分|综合评分|评价分|自评结果为|分数为)\d", squeezed) or re.search(
            r"(等级为|结论为|结果为)[“”\"]*[优良中差]", squeezed
        ):
            return [("wufeng prints no score and no grade", "")]
        return []
    s = D(score)
    forms = {f"{s}分", f"|{s:.2f}", f"{s:.2f}分", f"|{s}|", f"{s}/100"}
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

    if stem == "junan-minzheng-2015":
        executed = sum(D(p["executed"]) for p in projects)
        trap(
            len(projects) == 4
            and executed == Y("4030.65")
            and executed < b["expenditure_project"]
            and "表1列出4个主要项目，其余为社会事务、基层政权建设等项目" in squeezed
            and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) for p in projects)
            and {(D("98.64"), "%"), (D("92.31"), "%")} <= not_metrics,
            "T1 表1's four projects add up to 4,030.65 under a 项目支出 of 4,870.12: the table lists the main projects "
            "only (`其余为社会事务…等项目`); each project's rate is its own",
        )
        home = next(p for p in projects if p["name"] == "农村幸福院建设补助")
        trap(
            D(home["budget"]) == 13 * Y("14")
            and D(home["executed"]) == 12 * Y("14")
            and (D(12), "处") in metrics
            and {(D(13), "处"), (Y("14"), "元")} <= not_metrics
            and "年度计划新建农村幸福院13处，实际建成12处，按每处14万元标准兑付建设补助" in squeezed,
            "T2 农村幸福院: the plan's 13处 × 14万元 = the 182.00 budget, the 12处 built × 14万元 = the 168.00 spent; "
            "the standard and the plan are not-metrics",
        )
        trap(
            {(D("62.5"), "%"), (D(2146), "人")} <= metrics
            and {(D(60), "%"), (D("58.2"), "%"), (D(2300), "元"), (D(2600), "元")} <= not_metrics
            and "集中供养率达到62.5%，高于年度目标60%，上年为58.2%" in squeezed,
            "T3 集中供养率 62.5% beside the year's target 60% and last year's 58.2%; 低保标准 2,600元 from 2,300元 "
            "per head: standards, targets and last year's figures are not-metrics",
        )
    if stem == "weizhou-zhen-2016":
        types = [(D(x), D(y)) for _, x, y in M.WEIZHOU_TYPES]
        trap(
            sum(t[0] for t in types) * W == b["budget_adjusted"]
            and sum(t[1] for t in types) * W == b["expenditure_total"]
            and [t[1] * W for t in types] == [b["expenditure_basic"], b["expenditure_project"]]
            and [rate(y, x) for x, y in types] == [D("98.86"), D("95.77")]
            and {(D("98.86"), "%"), (D("95.77"), "%")} <= not_metrics
            and row_in(squeezed, "合计", "1552.70", "1508.36", "97.14%"),
            "T4 the tab-separated table's types (690.00 + 862.70 = 1,552.70; 682.14 + 826.22 = 1,508.36) carry their "
            "own rates 98.86% / 95.77%, not the unit's 97.14%",
        )
        trap(
            138 * Y("2.2") == Y("303.60") < b["expenditure_project"]
            and {(D(138), "户"), (Y("303.60"), "元")} <= metrics
            and {(Y("2.2"), "元"), (D(3000), "亩"), (D(1806), "户")} <= not_metrics,
            "T5 危房改造 138户 × 2.2万元 = 303.60万元, one part of the 项目支出 (a metric in 元, the standard not); "
            "`较上年增加0.3万亩` and `上年为1,806户` compare with last year",
        )
    if stem == "chengduo-maoniu-2017":
        trap(
            "青财农字〔2017〕516号" in squeezed
            and (D(516), None) in not_metrics
            and b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"] == b["funds_received"],
            "T6 `青财农字〔2017〕516号` is a document number; the money it sent (480.00) and the county's 60.00 make "
            "the 540.00 budget, all of it arrived",
        )
        trap(
            520 * Y("0.8") == Y("416.00") < b["expenditure_total"]
            and (Y("416.00"), "元") in metrics
            and (Y("0.8"), "元") in not_metrics
            and rate(520, 500) == D(104)
            and rate("1.85", "1.8") == D("102.78")
            and {(D(104), "%"), (D("102.78"), "%")} <= metrics
            and {(D(500), "头"), (D(18000), "头"), (D(15200), "头"), (D(3300), "头")} <= not_metrics,
            "T7 520头 × 8,000元 = 416.00万元 of the 522.36 paid (the rest named, not priced); 104% = 520 ÷ 500 and "
            "102.78% = 1.85 ÷ 1.8 万头 are shares of the plan (metrics), the plans and last year's 1.52万头 are not",
        )
        trap(
            "（一）自评得分94.5分。（二）自评等级优。" in squeezed,
            "T8 the score stands on its own line under `（一）自评得分`, the grade under `（二）自评等级`",
        )
        trap(
            (D(120), "户") in not_metrics and (D(1260), "户") in metrics and "随机抽取120户牧户" in squeezed,
            "T9 `随机抽取120户牧户` is a survey's sample; the 1,260户 helped are the achievement",
        )
    if stem == "qingyuan-huanjing-2018":
        trap(
            b["budget_adjusted"] + Y("266.40") == Y("1326.40")
            and {(Y("1326.40"), "元"), (Y("266.40"), "元")} <= not_metrics
            and not ({Y("1326.40"), Y("266.40")} & values)
            and "村集体自筹资金由各村自行管理使用，不纳入本项目预算" in squeezed,
            "T10 批复总投资 1,326.40 = 财政资金 1,060.00 + 村集体自筹 266.40: the villages' money is outside the "
            "project's budget",
        )
        trap(
            b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
            and "结转41.28万元，为工程质量保证金" in squeezed
            and (D(15), "座") in not_metrics
            and (D(14), "座") in metrics
            and (D(18), "%") in not_metrics
            and (D("46.5"), "%") in metrics,
            "T11 the 41.28 carried over is the works' retention money (= budget − paid); 14座 built of a plan of 15, "
            "the treatment rate 46.5% up from last year's 18%",
        )
        pages = pdf_pages(source_of(stem))
        trap(
            all(p.splitlines()[0] == M.QINGYUAN_UNIT for p in pages)
            and pages[0].splitlines()[1] == M.QINGYUAN_UNIT,
            "T12 a running header with the unit's name on every page, so page 1 opens with the name twice (header, "
            "then the title's first line)",
        )
    if stem == "elunchun-fanghuo-2019":
        trap(
            "budget_addition" not in b
            and b["funds_provincial"] + b["funds_local"] == b["revenue_general_budget"]
            and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
            and b["budget_initial"] == b["funds_local"]
            and "加上2018年结转的36.00万元，项目全年预算476.00万元" in squeezed,
            "T13 年初 260.00 → 全年 476.00 with no 追加 worded: the 自治区's 180.00 makes 440.00 of the year's money, "
            "the 36.00 carried over the rest",
        )
        score = next(i for i in indicators if i["name"] == "预算执行率")
        trap(
            D(score["score"]) == D("9.72")
            and row_in(squeezed, "年度资金总额", "260.00", "476.00", "462.58", "10", "97.18%", "9.72")
            and row_in(squeezed, "总分", "100", "94.72", "自评等级：优"),
            "T14 the form's execution line 10 × 97.18% = 9.72; 9.72 + the rows' 85 = the 总分 94.72",
        )
        trap(
            (D("0.9"), "‰") in not_metrics
            and {(D(15000), "人次"), (D(120), "公里")} <= not_metrics
            and "森林火灾受害率控制在0.9‰以内" in squeezed
            and not any(v == D("0.02") for v in metric_values),
            "T15 `控制在0.9‰以内` is a control target; the form's targets (≥1.5万人次, ≥120公里) are not "
            "achievements; 0.02‰ is in the form only",
        )
    if stem == "qianan-heitudi-2020":
        uses = [(D(x), D(y)) for _, x, y in M.QIANAN_USES]
        trap(
            sum(u[0] for u in uses) * W == b["budget_adjusted"]
            and sum(u[1] for u in uses) * W == b["expenditure_total"]
            and projects == []
            and not ({u[1] * W for u in uses} & metric_values)
            and D("20.5") * 40 == uses[0][1]
            and 29820 * 80 == uses[1][1] * W
            and {(D(205000), "亩"), (D(29820), "亩")} <= metrics
            and {(D(40), "元"), (D(80), "元")} <= not_metrics,
            "T16 the 资金使用情况表's three uses add up to 1,200.00 / 1,164.36 exactly: a complete split, no projects "
            "and no money metrics; 20.5万亩 × 40元 = 820.00, 29,820亩 × 80元 = 238.56",
        )
        parts = [(D(w), D(g)) for _, w, g in M.QIANAN_PARTS]
        trap(
            sum(g for _, g in parts) == D(str(golden["report"]["self_score"]))
            and sum(w for w, _ in parts) == 100
            and all(g <= w for w, g in parts),
            "T17 the four sections 15 + 23.5 + 28.9 + 25 = 92.4, none above its maximum: the score is right, only "
            "its grade is not (E3)",
        )
    if stem == "xiangshui-yingji-2021":
        parts = [(D(w), D(g)) for _, w, g in M.XIANGSHUI_PARTS]
        trap(
            sum(g for _, g in parts) == D(str(golden["report"]["self_score"]))
            and sum(w for w, _ in parts) == 100
            and all(g <= w for w, g in parts)
            and {
                (D(100), "分"),
                (D(20), "分"),
                (D(30), "分"),
                (D("19.5"), "分"),
                (D(29), "分"),
                (D(19), "分"),
            }
            <= not_metrics
            and "评价指标满分100分" in squeezed,
            "T18 `评价指标满分100分，其中预算执行20分…` is the scale; the points 19.5 + 29 + 29 + 19 = 96.5 are the "
            "score, no achievement",
        )
        executed = sum(D(p["executed"]) for p in projects)
        trap(
            len(projects) == 4
            and executed < b["expenditure_project"]
            and "全年实施项目9个，其中4个主要项目的支出情况见表1" in squeezed,
            "T19 表1 lists 4 of the 9 projects (1,259.23 of the 1,880.21): a partial list, no sum expected",
        )
        trap(
            (Y("386.50"), "元") in not_metrics
            and Y("386.50") not in values
            and "罚没收入全部上缴国库" in squeezed
            and rate(2168, 2000) == D("108.40")
            and {(D(2000), "家次"), (D(1846), "家次")} <= not_metrics,
            "T20 罚款386.50万元 went to the treasury (no revenue, no metric); 2,168家次 is 108.4% of the plan's "
            "2,000, last year 1,846",
        )
    if stem == "longnan-shengtai-2022":
        trap(
            (Y("12600"), "元") in not_metrics
            and Y("12600") not in values
            and "2022年共下达1.26亿元，不纳入本部门预算" in squeezed,
            "T21 the 1.26亿元 of special funds went straight to the counties: not the bureau's budget",
        )
        trap(
            (D("2.5"), None) in not_metrics
            and "PM2.5" in squeezed
            and {(D("93.5"), "%"), (D("95.9"), "%")} <= not_metrics
            and (D("96.7"), "%") in metrics,
            "T22 `PM2.5` is a name; 96.7% beside the province's target 93.5% and last year's 95.9%",
        )
        types = [(D(x), D(y)) for _, x, y in M.LONGNAN_TYPES]
        trap(
            sum(t[0] for t in types) * W == b["budget_adjusted"]
            and [t[1] * W for t in types] == [b["expenditure_basic"], b["expenditure_project"]]
            and [rate(y, x) for x, y in types] == [D("98.74"), D("97.59")]
            and {(D("98.74"), "%"), (D("97.59"), "%")} <= not_metrics,
            "T23 表1's types (1,446.80 + 2,415.94 = 3,862.74) carry their own rates 98.74% / 97.59%",
        )
    if stem == "jiaxinglu-yanglao-2022":
        trap(
            128000 * 5 == Y("64.00")
            and 286 * 3000 == Y("85.80")
            and Y("64.00") + Y("85.80") < b["expenditure_total"]
            and {(Y("64.00"), "元"), (Y("85.80"), "元")} <= metrics
            and {(D(5), "元"), (D(3000), "元"), (D(120000), "人次"), (D(31000), "人"), (D("38.6"), "%")}
            <= not_metrics,
            "T24 12.8万人次 × 5元 = 64.00万元 and 286户 × 3,000元 = 85.80万元, two parts of the 372.48 paid (metrics "
            "in 元); the standards, the target 12万人次 and the district's 3.1万 elderly are not-metrics",
        )
        scores = sum(D(i["score"]) for i in indicators)
        trap(
            scores == D(str(golden["report"]["self_score"]))
            and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
            and row_in(squeezed, "总分", "100", "97.65", "自评等级：优"),
            "T25 the form's 得分 9.65 + 88 = 97.65 = the 总分 and the text's score: the scores are right, only the "
            "weights are not (E4)",
        )
    if stem == "bachuan-jiedao-2023":
        trap(
            b["budget_initial"] + b["budget_addition"] - Y("86.40") == b["budget_adjusted"]
            and "调减86.40万元" in squeezed,
            "T26 年初 4,126.30 + 追加 1,038.60 = 5,164.90, not 5,078.50: `调减86.40万元` makes it",
            retires=("initial + addition = adjusted",),
        )
        cols = [sum(D(t[k]) for t in M.BACHUAN_TYPES) * W for k in (1, 2, 3)]
        trap(
            cols == [b["budget_initial"], b["budget_adjusted"], b["expenditure_total"]]
            and [D(t[3]) * W for t in M.BACHUAN_TYPES] == [b["expenditure_basic"], b["expenditure_project"]]
            and row_in(squeezed, "合计", "4,126.30", "5,078.50", "4,912.36"),
            "T27 the pipe table's columns add up to the text's 年初, 调整后 and 支出",
        )
        trap(
            band(D(str(golden["report"]["self_score"]))) == golden["report"]["grade"] == "良"
            and "自评等级为良好" in squeezed
            and {(D(97), "%"), (D(100), "分"), (D(100), "元"), (D(126000), "人")} <= not_metrics,
            "T28 88分 graded 良好 on the usual bands; `区财政局要求的97%`, `满分100分`, the 100元 allowance and the "
            "12.6万 residents are not-metrics",
        )
    if stem == "bozhou-caoyuan-2024":
        trap(
            "budget_addition" not in b
            and b["funds_central@initial"] + b["funds_local@initial"] == b["budget_initial"]
            and b["budget_adjusted"] - b["budget_initial"] == b["funds_provincial@adjusted"]
            and row_in(squeezed, "年度资金总额", "320.00", "356.80", "343.16"),
            "T29 年初 320.00 → 全年 356.80 with no 追加 worded: the 自治区's 36.80 came during the year; each column "
            "adds up by level",
        )
        score = next(i for i in indicators if i["name"] == "预算执行率")
        trap(
            D(score["score"]) == D("9.62")
            and rate(b["expenditure_total"], b["budget_adjusted"]) == D("96.18")
            and (b["execution_rate"] * 10 / 100).quantize(CENT) != D("9.62"),
            "T30 the execution line's 9.62 is 10 × the computed 96.18%, not 10 × the typed 96.81%: the form's "
            "score is right, only its rate cell is not (E2)",
        )
    if stem == "lakang-zhen-2024":
        trap(
            (Y("2460.00"), "元") in not_metrics
            and Y("2460.00") not in values
            and "由县级统筹实施" in squeezed
            and "不纳入本镇部门预算" in squeezed,
            "T31 2,460.00万元 of 衔接资金 projects in the town are the county's: no budget item, no metric",
        )
        trap(
            b["expenditure_wages"] + b["expenditure_goods_services"] + b["expenditure_household_subsidies"]
            == b["expenditure_basic"],
            "T32 the economic classes 716.28 + 108.64 + 37.43 = 862.35 exactly",
        )
        trap(
            {(Y("1386"), "元"), (D(12300), "元")} <= metrics
            and (Y("1386") / 1126).quantize(D("1E2"), ROUND_HALF_UP) == D(12300)
            and (D(3500), "元") in not_metrics
            and "由县财政直接兑付到人" in squeezed,
            "T33 劳务收入1,386万元 and 人均约1.23万元 (= 1,386 ÷ 1,126) are outcomes in 元; the 3,500元 生态岗位 "
            "standard is paid by the county",
        )
    if stem == "wufeng-peixun-2025":
        report = golden["report"]
        trap(
            report["self_score"] is None
            and report["grade"] is None
            and "评价结果分为优（90分及以上）、良（80分至89分）" in squeezed
            and "项目评价得分和等级以县财政局复核结果为准" in squeezed
            and {(D(90), "分"), (D(89), "分"), (D(79), "分")} <= not_metrics,
            "T34 a printed scale and no score: 90 / 89 / 79 are the bands; self_score and grade are null",
        )
        paid = sum(D(n) * D(std) for n, std in M.WUFENG_LEVELS)
        trap(
            paid == b["expenditure_total"]
            and sum(n for n, _ in M.WUFENG_LEVELS) == 1934
            and not ({D(652), D(1282)} & metric_values)
            and {(D(1200), "元"), (D(1800), "元")} <= not_metrics,
            "T35 652人 × 1,200元 + 1,282人 × 1,800元 = 309.00万元, the whole spending: a complete split, the "
            "counts in neither list and the standards not-metrics",
        )
        sums = [sum(t[k] for t in M.WUFENG_TRADES) for k in (1, 2, 3)]
        trap(
            sums == [98, 2286, 1934]
            and {(D(98), "期"), (D(2286), "人次"), (D(1934), "人")} <= metrics
            and not ({D(t[2]) for t in M.WUFENG_TRADES} & metric_values)
            and rate(2286, 2000) == D("114.30")
            and rate(1934, 2286) == D("84.60")
            and (D(1526) / 2286 * 100).quantize(D("0.1"), ROUND_HALF_UP) == D("66.8")
            and {(D(2000), "人次"), (D(1862), "人次")} <= not_metrics
            and row_in(squeezed, "合计", "98", "2,286", "1,934"),
            "T36 表1 by trade adds up to 98期 / 2,286人次 / 1,934人 (its rows in neither list); 114.3%, 84.6% and "
            "66.8% are shares of the target and of the trainees; 2,000 and last year's 1,862 are not-metrics",
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
    if stem == "longnan-shengtai-2022":
        parts = b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_other"]
        if not (
            parts == b["revenue_total"] - 24 * W
            and b["revenue_total"] == b["budget_adjusted"] == b["budget_initial"] + b["budget_addition"]
            and row_in(squeezed, "合计", "3,862.74", "3,786.25", "98.02%")
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
            and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
        ):
            out.append(
                ("E1: 3,426.50 + 180.00 + 232.24 = 3,838.74, 24.00 under the 收入合计 3,862.74", str(parts))
            )
    if stem == "bozhou-caoyuan-2024":
        stated = b["execution_rate"]
        figures = sorted({f for f in _figures(text_of(stem)) if f > 0 and f not in (stated, stated / 100)})
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
            or len(figures) < 30
            or rate(b["expenditure_total"], b["budget_adjusted"]) != D("96.18")
            or "|96.81%|" not in squeezed
            or not (
                b["funds_central@executed"] + b["funds_provincial@executed"] + b["funds_local@executed"]
                == b["expenditure_total"]
                and b["funds_central@adjusted"] + b["funds_provincial@adjusted"] + b["funds_local@adjusted"]
                == b["budget_adjusted"]
            )
        ):
            out.append(("E2: 96.81% is no ratio of the figures; 343.16 ÷ 356.80 = 96.18%", str(hits[:5])))
    if stem == "qianan-heitudi-2020":
        score = D(str(golden["report"]["self_score"]))
        if not (
            "优（90≤得分≤100）、良（80≤得分<90）" in squeezed
            and "评价结果为“良”" in squeezed
            and band(score) == "优"
            and golden["report"]["grade"] == "良"
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
        ):
            out.append(("E3: 92.4 is 优 on the printed scale (90 and over), graded 良", ""))
    if stem == "jiaxinglu-yanglao-2022":
        weights = sum(D(i["weight"]) for i in indicators)
        cost = next(i for i in indicators if i["name"] == "每餐政府补贴")
        if not (
            weights == 110
            and D(cost["weight"]) == 15
            and D(cost["score"]) == 5
            and row_in(squeezed, "总分", "100", "97.65")
            and sum(D(i["score"]) for i in indicators) == D(str(golden["report"]["self_score"]))
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        ):
            out.append(("E4: the 分值 add up to 110 under a 总分 of 100", str(weights)))
    if stem == "weizhou-zhen-2016":
        net = b["budget_initial"] + b["budget_addition"]
        if not (
            net == b["budget_adjusted"] - 20 * W
            and "调减" not in squeezed
            and b["revenue_general_budget"] + b["revenue_gov_fund"] == b["budget_adjusted"]
            and row_in(squeezed, "合计", "1552.70", "1508.36", "97.14%")
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and rate(b["expenditure_total"], net) != b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
        ):
            out.append(("E5: 1,146.20 + 386.50 = 1,532.70, 20.00 under the 调整后 1,552.70", str(net)))
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
        if source.stat().st_size > 480_000 or any(images):
            out.append(("a text PDF under 480 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "junan-minzheng-2015": ["- 1 -", "- 2 -"],
            "chengduo-maoniu-2017": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "qingyuan-huanjing-2018": ["第 1 页", "第 2 页"],
            "elunchun-fanghuo-2019": ["1/2", "2/2"],
            "xiangshui-yingji-2021": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "longnan-shengtai-2022": ["- 1 -", "- 2 -"],
            "lakang-zhen-2024": [],  # no footer: two pages, the last line the date
            "wufeng-peixun-2025": ["第 1 页", "第 2 页"],
        }[stem]
        if stem == "lakang-zhen-2024":
            ok = len(lasts) == 2 and not any(FOOTER.match(x) for x in lasts) and lasts[1] == "2025年4月3日"
        else:
            ok = lasts == want
        if not ok:
            out.append(("pages and footers", str(lasts)))
        if stem == "longnan-shengtai-2022" and [p.splitlines()[0] == M.LONGNAN_TITLE for p in pages] != [
            False,
            True,
        ]:
            out.append(("a running header from page 2", ""))
        if stem in ("junan-minzheng-2015", "longnan-shengtai-2022") and (rects[0] < 12 or rects[1] != 0):
            out.append(("a ruled table on page 1", str(rects)))
        if stem in ("xiangshui-yingji-2021", "wufeng-peixun-2025") and (any(rects) or lines[0] != 3):
            out.append(("a three-line table on page 1", f"{rects} {lines}"))
        if stem == "elunchun-fanghuo-2019" and (
            rects[0] != 0 or rects[1] < 60 or "项目支出绩效自评表" not in pages[1]
        ):
            out.append(("the text on page 1, the ruled form on page 2", str(rects)))
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        sizes = [(len(t.rows), len(t.columns)) for t in document.tables]
        footer = document.sections[0].footer._element.xml
        if sizes != [(5, 4)] or "fldSimple" not in footer or "PAGE" not in footer:
            out.append(("one Word table of 5 × 4 and a simple PAGE field in the footer", str(sizes)))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        ws = book.worksheets[0]
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not (
            len(book.worksheets) == 1
            and ws.title == "项目自评表"
            and {"A5:A10", "B5:C5", "A1:I1", "B14:B18", "B19:B21"} <= merged
            and ws["E6"].number_format == "#,##0.00"
            and ws["H6"].value == M.BOZHOU_RATE
            and ws["H6"].data_type == "s"
        ):
            out.append(
                (
                    "one worksheet, merged cells, money under #,##0.00, the rate typed as text",
                    str(sorted(merged)),
                )
            )
    if source.suffix in (".html", ".md", ".txt"):
        data = source.read_bytes()
        if source.suffix == ".txt":
            text = data.decode("utf-8-sig")
            if not (
                data.startswith(b"\xef\xbb\xbf")
                and b"\r\n" in data
                and b"\n" not in data.replace(b"\r\n", b"")
            ):
                out.append(("a UTF-8 file with BOM and CRLF line ends", ""))
            if text.count("\t") != 12:
                out.append(("a tab-separated table of four rows", str(text.count("\t"))))
        else:
            text = data.decode("utf-8")
            chrome = (
                (
                    "当前位置：",
                    "索引号",
                    "发布机构",
                    "【打印】",
                    "【关闭】",
                    "沪ICP备",
                    "沪公网安备",
                    "网站标识码",
                    "无障碍浏览",
                )
                if source.suffix == ".html"
                else (
                    "当前位置：[街镇](#) >",
                    "[ 索引号 ]",
                    "[ 发布机构 ]",
                    "字体：【默认 超大】",
                    "【[打印](#)】",
                    "扫一扫",
                )
            )
            tables = text.count("<table") if source.suffix == ".html" else text.count("| --- |")
            if (
                data.startswith(b"\xef\xbb\xbf")
                or b"\r" in data
                or not all(c in text for c in chrome)
                or tables != (2 if source.suffix == ".html" else 1)
            ):
                out.append(
                    (
                        "portal chrome, UTF-8 without BOM, LF, its tables",
                        str([c for c in chrome if c not in text]),
                    )
                )
    return out


def sum_problems(
    golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    problems = _sum_problems(golden, stem, projects_complete) + _execution_score(golden, stem)
    problems = _traps(golden, stem, problems)
    problems += _received_stated(golden, stem) + _score_printed(golden, stem)
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
        if source_of(stem).suffix in (".html", ".md", ".txt"):
            text += source_of(stem).read_bytes().decode("utf-8-sig")
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
    status = golden_check.check_folder(HERE, set(PLANTED))
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
