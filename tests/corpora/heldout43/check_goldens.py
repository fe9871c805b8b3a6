#!/usr/bin/env python3
"""Check the heldout43 goldens against their documents.

    .venv/bin/python tests/corpora/heldout43/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the four planted errors declared as
expected, and adds what this batch needs:

- the documents read as a careful reader reads them: the TXT file decoded from GBK; every worksheet cell shown
  through its number format; the PDF pages without their footers and running header;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- each self-score is printed in its document;
- `funds_received` is given exactly where an arrived amount is written;
- the TRAPS (28), each accepted only when the figures or the words really are as the golden reads them, and each
  counted; five of them are the five files that are NOT self-evaluations (their golden is the status alone, and
  the document shows what makes it something else: a 决算, an 事前评估, a third party's evaluation, a mid-year
  monitoring form, a 绩效目标申报表);
- the four planted errors hold under every reading (`_planted_hold`), the rest of each document confirming the
  figures around them;
- layout facts (page counts and footers, the cover page without a footer, the running header from page 2, the
  ruled and three-line tables, the Word tables and PAGE field, the landscape monitoring form, the workbooks' merged
  cells and number formats, the portal chrome of the HTML pages, the TXT file's GBK and CRLF);
- each county-level place (and the town and the municipality) is written only in its own document; no other
  province is written, and none of the prefectures the documents leave unnamed;
- the golden `flags` are exactly the four planted errors, one per document.
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

import make_heldout43 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("wuzhishan-shuiwu-2022", "basic + project = total"): [
        "expenditure_basic",
        "expenditure_project",
        "expenditure_total",
    ],
    ("shuyang-gongwei-2020", "rate = executed / budget"): ["execution_rate"],
    ("xunhua-xianjiao-2024", "indicator scores = self_score"): ["self_score"],
    ("yangshan-nongtian-2022", "initial + addition = adjusted"): [
        "budget_initial",
        "budget_addition",
        "budget_adjusted",
    ],
}
NOT_REPORTS = (
    "nankai-juesuan-2017",
    "panan-shiqian-2019",
    "tieling-gongre-2021",
    "yiwu-jiankong-2024",
    "lushi-shenbao-2025",
)
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
HEADERS = (M.CHANGDU_TITLE,)
PLACES = {  # the county-level place (or prefecture) each document's unit carries; written in no other document
    "nenjiang-dadou-2015": "嫩江",
    "honguang-zhen-2016": "贺兰",
    "nankai-juesuan-2017": "南开",
    "wulian-zizhu-2018": "五莲",
    "panan-shiqian-2019": "磐安",
    "shuyang-gongwei-2020": "沭阳",
    "tieling-gongre-2021": "铁岭",
    "wuzhishan-shuiwu-2022": "五指山",
    "yangshan-nongtian-2022": "阳山",
    "changdu-yingji-2023": "昌都",
    "yiwu-jiankong-2024": "伊吾",
    "xunhua-xianjiao-2024": "循化",
    "lushi-shenbao-2025": "卢氏",
}
OWN_ONLY = [  # the town and the municipality, each written only in its own document
    ("honguang-zhen-2016", "洪广"),
    ("nankai-juesuan-2017", "天津"),
]
PROVINCES = (
    "北京",
    "上海",
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
)  # 天津 is OWN_ONLY
UNWRITTEN = (
    "黑河",
    "银川",
    "日照",
    "金华",
    "宿迁",
    "清远",
    "哈密",
    "海东",
    "三门峡",
)  # the prefectures above the counties (铁岭 and 昌都 are prefectures themselves; 五指山 is under the province)
N_DOCUMENTS = 13
N_TRAPS = 28
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
        if fmt == "0.00%":
            return f"{value * 100:.2f}%"
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
    if path.suffix == ".txt":
        return path.read_bytes().decode("gbk")
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


def values_of(golden: dict) -> set[Decimal]:
    return {D(v) for v in golden.get("budget_items", {}).values()}


# --------------------------------------------------------------------------- checks of the reports
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
    """`funds_received` exactly where an arrived amount is written (`实际到位资金360.00万元`); `资金已全部到位` alone
    gives nothing."""
    stated = {Y(x) for x in re.findall(r"到位(?:资金)?(\d+(?:\.\d+)?)万元", squeezed_of(stem))}
    got = {D(v) for k, v in golden["budget_items"].items() if k.startswith("funds_received")}
    if stated != got:
        return [("funds_received is the amount written as arrived", f"{sorted(got)} vs {sorted(stated)}")]
    return []


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        return [("every report of this batch states its score", stem)]
    s = D(score)
    forms = {f"{s}分", f"|{s:.2f}", f"{s:.2f}分", f"|{s}|"}
    if not any(f in squeezed for f in forms):
        return [("the self-score is printed", str(forms))]
    return []


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap of the reports; a trap that holds is recorded in traps_seen, one that does not is a
    problem."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics, metrics = nm(golden), mt(golden)
    report = golden["report"]
    values = values_of(golden)

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            problems.append((f"trap does not hold: {name}", ""))

    if stem == "nenjiang-dadou-2015":
        trap(
            squeezed.startswith("嫩农呈〔2016〕7号嫩江县农业局关于2015年度")
            and "嫩江县财政局：根据县财政局" in squeezed
            and report["department"] == "嫩江县农业局"
            and (D(7), None) in not_metrics
            and "特此报告。嫩江县农业局2016年3月28日" in squeezed,
            "T1 a letter: 文号, addressee `嫩江县财政局：` and `特此报告`; the reporting unit is the 农业局 that signs it, "
            "not the finance bureau addressed; the 文号's 7 a not-metric",
        )
        trap(
            21000 * D(100) == Y("210.00")
            and Y("210.00") < b["expenditure_total"]
            and (Y("210.00"), "元") in metrics
            and (D("100.00"), "元") in not_metrics
            and rate("2.1", "2") == D(105)
            and (D(105), "%") in metrics
            and (D(20000), "亩") in not_metrics,
            "T2 2.1万亩 × 100元 = 210.00万元, one part of the 348.72 spent (a metric in 元, the standard not); 105% = "
            "2.1 ÷ 2 万亩 a share of the plan (a metric), the plan a not-metric",
        )
        trap(
            {(D(12), "户"), (D(150), "户"), (D(146), "份"), (D(82), "%")} <= not_metrics
            and {(D("95.2"), "%"), (D("90.5"), "%")} <= metrics
            and "实地抽查了12户繁育户" in squeezed
            and "由上年的82%提高到90.5%" in squeezed,
            "T3 the samples (12户 visited, 150户 asked, 146份 returned) and last year's 82% are not-metrics",
        )
    if stem == "honguang-zhen-2016":
        parts = [(D(w), D(g)) for _, w, g in M.HONGUANG_PARTS]
        trap(
            sum(w for w, _ in parts) == 100
            and sum(g for _, g in parts) == D(str(report["self_score"]))
            and all(g <= w for w, g in parts)
            and "（投入20分、过程30分、产出30分、效果20分）" in squeezed
            and "投入19分、过程28分、产出29分、效果18分，自评得分94分" in squeezed
            and {(D(20), "分"), (D(30), "分")} <= not_metrics,
            "T4 the scale (投入20分…) printed beside the points (投入19分…): 19 + 28 + 29 + 18 = 94, none above its "
            "maximum; the scale's points are not-metrics",
        )
        trap(
            64 * Y("2.5") == Y("160.00") < b["expenditure_project"]
            and {(D(64), "户"), (Y("160.00"), "元")} <= metrics
            and (Y("2.5"), "元") in not_metrics
            and rate(1200, 1000) == D(120)
            and (D(120), "%") in metrics
            and (D(1000), "亩") in not_metrics,
            "T5 64户 × 2.5万元 = 160.00万元 of the 项目支出 626.16 (a metric in 元, the standard not); 120% = 1,200 ÷ "
            "the plan's 1,000亩",
        )
        trap(
            (b["budget_addition"] / b["budget_adjusted"] * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
            == D("17.9")
            and (D("17.9"), "%") in not_metrics
            and any(
                x["value"] == "41000000.00" and x.get("qualifier") == "约" for x in golden.get("metrics", [])
            )
            and (D("1.2"), None) in not_metrics,
            "T6 `年中追加资金占调整后预算的17.9%` = 214.60 ÷ 1,201.00 (a share in the problems, a not-metric); "
            "`约4,100万元` of 劳务收入 an outcome with qualifier 约; `较上年提高1.2个百分点` a not-metric",
        )
    if stem == "wulian-zizhu-2018":
        trap(
            "评价得分83.5分，评价等级为“良”" in squeezed
            and "委托第三方机构对本项目2017年度资金" in squeezed
            and D(str(report["self_score"])) == D("93.6")
            and report["grade"] == "优"
            and (D("83.5"), "分") in not_metrics,
            "T7 last year's external evaluation (`评价得分83.5分，评价等级为“良”`, 2017 funds, commissioned by the "
            "finance bureau) is quoted; this report's own score is 93.6, 优",
        )
        parts = [(D(w), D(g)) for _, w, g in M.WULIAN_PARTS]
        trap(
            sum(w for w, _ in parts) == 100
            and sum(g for _, g in parts) == D("93.6")
            and all(g <= w for w, g in parts)
            and "90分（含）以上为优" in squeezed
            and {(D(35), "分"), (D(15), "分")} <= not_metrics,
            "T8 the bureau's framework (项目决策15分…项目效益25分, 优 from 90) printed beside the points: 14.5 + 23.6 "
            "+ 33.5 + 22 = 93.6, none above its maximum",
        )
        trap(
            b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
            and "资金已全部到位" in squeezed
            and "funds_received" not in b,
            "T9 the three levels add up to 325.00; `资金已全部到位` gives no amount (no funds_received)",
        )
    if stem == "shuyang-gongwei-2020":
        trap(
            "绩效评价报告" in squeezed[:60] and "评价方式为单位自评" in squeezed and report["status"] == "ok",
            "T10 titled `…绩效评价报告`, the body says `评价方式为单位自评`: a self-evaluation",
        )
        uses = [Y(v) for _, v in M.SHUYANG_USES]
        shares = [rate(u, b["expenditure_total"]) for u in uses]
        trap(
            sum(uses) == b["expenditure_total"]
            and sum(shares) == 100
            and row_in(squeezed, "合计", "7,702.35", "100.00%")
            and not (set(uses) & values)
            and not golden.get("projects"),
            "T11 the table's three destinations add up to the 7,702.35 spent, their shares to 100.00%: a complete "
            "split (no projects, in neither list)",
        )
        trap(
            {(D(8), "家"), (D(40), "个"), (D(600), "人"), (D(74), "元")} <= not_metrics
            and "电话回访服务对象600人" in squeezed,
            "T12 the samples (8家, 40个, 600人) and the 74元 standard per head are not-metrics",
        )
    if stem == "wuzhishan-shuiwu-2022":
        page1 = pdf_pages(source_of(stem))[0]
        income = [Y(v) for _, v, _, _ in M.WUZHISHAN_BUDGET if v]
        spend = [Y(v) for _, _, _, v in M.WUZHISHAN_BUDGET]
        trap(
            page1.startswith(f"{M.WUZHISHAN_UNIT}2022年部门预算收支总表")
            and sum(income) == sum(spend) == b["budget_initial"]
            and [b["revenue_general_budget@initial"], b["revenue_gov_fund@initial"]] == income
            and "年初预算1,806.20万元（见第1页部门预算收支总表）" in text_of(stem).replace("\n", "")
            and "自评" not in page1,
            "T13 page 1 is the year's 部门预算收支总表 (年初): 1,486.20 + 320.00 = 1,806.20 = its five functional "
            "classes = the text's 年初预算; its sources are the `@initial` figures",
        )
        trap(
            b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
            and b["revenue_general_budget"] + b["revenue_gov_fund"]
            == b["revenue_total"]
            == b["budget_adjusted"]
            and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"],
            "T14 人员经费 742.18 + 公用经费 100.37 = 基本支出 842.55 exactly, the sources add up to 2,218.58 and 年初 + "
            "追加 to 调整后: only 基本 + 项目 fails (E1)",
        )
        trap(
            Y("320.00") == b["revenue_gov_fund"]
            and row_in(squeezed, "城乡社区支出", "320.00")
            and Y("1283.14") not in values,
            "T15 the functional classes (农林水支出 1,283.14, 城乡社区支出 320.00 …) are budget lines of no item code",
        )
    if stem == "yangshan-nongtian-2022":
        trap(
            "事前绩效评估，评估结论为“予以支持”" in squeezed
            and "项目支出绩效目标申报表" in squeezed
            and "绩效运行监控" in squeezed
            and report["status"] == "ok"
            and {(D(12000), "亩"), (D(8000), "亩"), (D(90), "%")} <= not_metrics
            and (D(105), "%") in metrics
            and rate("1.26", "1.2") == D(105),
            "T16 the background cites the 事前评估, the 绩效目标申报表 and the mid-year 监控: still a year-end "
            "self-evaluation; the 申报表's targets (1.2万亩, 0.8万亩, 90%) are not-metrics, 105% = 1.26 ÷ 1.2 a metric",
        )
        trap(
            b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
            and "结余83.52万元为工程质量保证金" in squeezed
            and (Y("120.00"), "元") in not_metrics,
            "T17 the levels add up to 2,400.00; the 83.52 left is the works' retention money; the 调减 120.00 has no "
            "item code (a not-metric)",
        )
    if stem == "changdu-yingji-2023":
        trap(
            squeezed.startswith("昌都市应急管理局2023年度部门整体支出绩效评价报告")
            and "本报告为我局自评结果" in squeezed
            and "评价等级为“优秀”" in squeezed
            and report["grade"] == "优",
            "T18 titled `…部门整体支出绩效评价报告`, the body says `本报告为我局自评结果`; `优秀` is 优",
        )
        trap(
            (Y("3600.00"), "元") in not_metrics
            and Y("3600.00") not in values
            and "由市财政直接拨付受灾县（区），不纳入本部门预算" in squeezed,
            "T19 the 3,600.00万元 of 救灾资金 go straight to the counties: no budget item, a not-metric",
        )
        pages = pdf_pages(source_of(stem))
        trap(
            [p.splitlines()[0] == M.CHANGDU_TITLE for p in pages] == [False, True]
            and pages[0].splitlines()[0] == M.CHANGDU_UNIT,
            "T20 the running header (the title) from page 2 only; page 1 opens with the unit's name",
        )
    if stem == "xunhua-xianjiao-2024":
        trap(
            "项目支出绩效目标执行情况表（2024年1—12月）" in squeezed
            and "1—12月执行数" in squeezed
            and "1—12月实际完成值" in squeezed
            and row_in(squeezed, "总分", "100", M.XUNHUA_TOTAL, "自评等级：优")
            and report["status"] == "ok"
            and M.xunhua_score() == "9.69",
            "T21 laid out like a monitoring form (`1—12月执行数`, `1—12月实际完成值`, `完成进度`) but scored: 分值, 得分, "
            "总分 and 自评等级 make it the year-end self-evaluation; 9.69 = 10 × 96.87%",
        )
        progress = {D(r[5].rstrip("%")) for r in M.XUNHUA_IND if r[5] != M.E}
        trap(
            progress == {D("105.2"), D(100), D(112), D("107.5"), D("109.7")}
            and not ({(p, "%") for p in progress} & (metrics | not_metrics)),
            "T22 the 完成进度 cells are actual ÷ target (5,260 ÷ 5,000 …): table cells, in neither list",
        )
        trap(
            "|96.87%|" in squeezed,
            "T23 the rate cell is the number 0.9687 shown through `0.00%`",
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
    if stem == "wuzhishan-shuiwu-2022":
        parts = b["expenditure_basic"] + b["expenditure_project"]
        if not (
            parts == b["expenditure_total"] - 10 * W
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and rate(parts, b["budget_adjusted"]) != b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
            and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
        ):
            out.append(("E1: 842.55 + 1,293.82 = 2,136.37, 10.00 under the 全年支出 2,146.37", str(parts)))
    if stem == "shuyang-gongwei-2020":
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
            or rate(b["expenditure_total"], b["budget_adjusted"]) != D("96.88")
            or "预算执行率98.86%" not in squeezed
            or b["funds_central"] + b["funds_provincial"] + b["funds_local"] != b["budget_adjusted"]
            or b["budget_adjusted"] - b["expenditure_total"] != b["balance_carryforward"]
        ):
            out.append(("E2: 98.86% is no ratio of the figures; 7,702.35 ÷ 7,950.00 = 96.88%", str(hits[:5])))
    if stem == "xunhua-xianjiao-2024":
        scores = sum(D(i["score"]) for i in indicators)
        weights = sum(D(i["weight"]) for i in indicators)
        if not (
            scores == D(str(golden["report"]["self_score"])) - 1
            and weights == 100
            and row_in(squeezed, "总分", "100", "96.69")
            and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
            and band(scores) == band(D(str(golden["report"]["self_score"]))) == golden["report"]["grade"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        ):
            out.append(("E3: 9.69 + the rows' 86 = 95.69 under a 总分 of 96.69", str(scores)))
    if stem == "yangshan-nongtian-2022":
        net = b["budget_initial"] + b["budget_addition"] - Y("120.00")
        if not (
            net == b["budget_adjusted"] - 20 * W
            and "调减120.00万元" in squeezed
            and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and rate(b["expenditure_total"], net) != b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
        ):
            out.append(
                ("E4: 1,860.00 + 640.00 − 120.00 = 2,380.00, 20.00 under the 调整后 2,400.00", str(net))
            )
    return out


# --------------------------------------------------------------------------- the files that are not reports
def _not_report_traps(stem: str) -> list[str]:
    """What makes each of the five files something other than a self-evaluation, checked in its words; each is a
    trap (it reads like a report and is not one)."""
    problems: list[str] = []
    squeezed = squeezed_of(stem)

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            problems.append(f"{stem}: trap does not hold: {name}")

    if stem == "nankai-juesuan-2017":
        trap(
            "2017年度部门决算公开说明" in squeezed
            and "收入支出决算总表" in squeezed
            and "本年收入合计12,168.20万元".replace(",", "") in squeezed
            and "完成年初预算的105.30%" in squeezed
            and "组织开展绩效自评，自评结果另行公开" in squeezed
            and not re.search(r"得分|等级为|自评结果为\d", squeezed)
            and rate("12024.74", "11420.00") == D("105.30"),
            "T24 a 部门决算公开说明: executed figures, shares and `完成年初预算的105.30%`, and a 预算绩效管理 paragraph "
            "that announces a 绩效自评 without any result — not a self-evaluation",
        )
    if stem == "panan-shiqian-2019":
        points = [int(s) for _, _, s, _ in M.PANAN_ASSESS]
        trap(
            "事前绩效评估报告" in squeezed
            and "评估得分86分，评估结论为“予以支持”" in squeezed
            and "2018年10月26日" in squeezed
            and "自评" not in squeezed
            and not re.search(r"实际完成|完成情况", squeezed)
            and sum(points) == 86
            and D("255.00") + D("85.00") + D("40.00") == D("380.00"),
            "T25 an 事前绩效评估报告 dated October 2018 for a 2019 project: it scores the plan (86分, 予以支持) and "
            "reports no result — not a self-evaluation",
        )
    if stem == "tieling-gongre-2021":
        points = [D(s) for _, _, s in M.TIELING_SCORES]
        trap(
            "委托单位：铁岭市财政局" in squeezed
            and "评价机构：××工程咨询有限公司" in squeezed
            and "受铁岭市财政局委托，我公司组成评价组" in squeezed
            and "项目单位自评得分为96分" in squeezed
            and sum(points) == D("84.6")
            and row_in(squeezed, "合计", "100", "84.6", "84.60%"),
            "T26 a 重点绩效评价报告 written by a consultancy for the finance bureau: it has a score (84.6, 良) and "
            "quotes the unit's own 自评得分96分, but it is an external evaluation, not the unit's self-evaluation",
        )
    if stem == "yiwu-jiankong-2024":
        trap(
            "项目支出绩效运行监控表" in squeezed
            and "（2024年1—6月）" in squeezed
            and "全年预计完成值" in squeezed
            and "监控结论" in squeezed
            and not re.search(r"得分|分值|总分|自评", squeezed)
            and row_in(squeezed, "年度资金总额", "680.00", "286.40", "42.12%"),
            "T27 a mid-year 绩效运行监控表 (1—6月, 全年预计完成值, 42.12% executed): no 分值, 得分 or 总分 — not a "
            "self-evaluation",
        )
    if stem == "lushi-shenbao-2025":
        trap(
            "项目支出绩效目标申报表（2025年度）" in squeezed
            and "填报日期：2024年10月18日" in squeezed
            and "指标值" in squeezed
            and not re.search(r"实际完成|得分|分值|自评|执行数", squeezed),
            "T28 a 绩效目标申报表 filled in October 2024 for 2025: targets only, no 实际完成值 or 得分 — not a "
            "self-evaluation",
        )
    return problems


def not_report_problems() -> list[str]:
    problems = []
    for stem in NOT_REPORTS:
        if golden_of(stem) != {"report": {"status": "not_a_report"}}:
            problems.append(f"{stem}: golden is not the status alone")
        if len(squeezed_of(stem)) < 400:
            problems.append(f"{stem}: the file must be readable text")
        problems += _not_report_traps(stem)
        problems += [f"{stem}: {a} {b}" for a, b in _layout(stem)]
    return problems


# --------------------------------------------------------------------------- layout
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
            "nenjiang-dadou-2015": ["- 1 -", "- 2 -"],
            "wulian-zizhu-2018": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "panan-shiqian-2019": ["第 1 页", "第 2 页"],
            "tieling-gongre-2021": ["报告日期：2022年8月26日", "- 2 -", "- 3 -"],  # the cover has no footer
            "wuzhishan-shuiwu-2022": ["第 1 页", "第 2 页", "第 3 页"],
            "changdu-yingji-2023": ["1/2", "2/2"],
        }[stem]
        if lasts != want:
            out.append(("pages and footers", str(lasts)))
        if stem == "panan-shiqian-2019" and (rects[0] != 0 or rects[1] < 20):
            out.append(("a ruled 评分表 on page 2", str(rects)))
        if stem == "tieling-gongre-2021" and (any(rects) or lines != [0, 3, 0]):
            out.append(("a cover page, then a three-line table on page 2", f"{rects} {lines}"))
        if stem == "wuzhishan-shuiwu-2022" and (rects[0] < 24 or rects[1:] != [0, 0]):
            out.append(("a ruled budget table alone on page 1", str(rects)))
        if stem in ("nenjiang-dadou-2015", "wulian-zizhu-2018") and (any(rects) or any(lines)):
            out.append(("no table", f"{rects} {lines}"))
        if stem == "changdu-yingji-2023" and (any(rects) or lines != [0, 1]):
            out.append(("no table; the running header's rule on page 2 only", f"{rects} {lines}"))
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        sizes = [(len(t.rows), len(t.columns)) for t in document.tables]
        footer = document.sections[0].footer._element.xml
        section = document.sections[0]
        if stem == "shuyang-gongwei-2020" and (
            sizes != [(5, 3)] or "fldChar" not in footer or "PAGE" not in footer
        ):
            out.append(("one Word table of 5 × 3 and a complex PAGE field in the footer", str(sizes)))
        if stem == "yiwu-jiankong-2024" and (
            sizes != [(18, 8)] or section.page_width <= section.page_height or "PAGE" in footer
        ):
            out.append(("one landscape Word form of 18 × 8, no page field", str(sizes)))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        ws = book.worksheets[0]
        merged = {str(r) for r in ws.merged_cells.ranges}
        if stem == "xunhua-xianjiao-2024" and not (
            len(book.worksheets) == 1
            and ws.title == "绩效目标执行情况"
            and {"A1:J1", "A5:A9", "B5:C5", "F6:G6", "A12:A22", "B13:B18", "A23:G23"} <= merged
            and ws["D6"].number_format == "#,##0.00"
            and ws["F6"].number_format == "0.00%"
            and ws["F6"].data_type == "n"
            and ws["I23"].value == float(M.XUNHUA_TOTAL)
        ):
            out.append(
                ("one worksheet, merged cells, money under #,##0.00, the rate a number", str(sorted(merged)))
            )
        if stem == "lushi-shenbao-2025" and not (
            len(book.worksheets) == 1
            and ws.title == "绩效目标申报表"
            and {"A1:F1", "A7:A9", "A11:A20", "B12:B16"} <= merged
            and ws["D7"].number_format == "#,##0.00"
        ):
            out.append(("one worksheet of the 申报表, merged cells", str(sorted(merged))))
    if source.suffix in (".html", ".txt"):
        data = source.read_bytes()
        if source.suffix == ".txt":
            try:
                data.decode("utf-8")
                utf8 = True
            except UnicodeDecodeError:
                utf8 = False
            if (
                utf8
                or b"\r\n" not in data
                or b"\n" in data.replace(b"\r\n", b"")
                or data.startswith(b"\xef\xbb\xbf")
            ):
                out.append(("a GBK file with CRLF line ends and no BOM", ""))
        else:
            text = data.decode("utf-8")
            chrome = {
                "nankai-juesuan-2017": (
                    "您当前的位置：",
                    "索引号",
                    "发布机构",
                    "浏览次数",
                    "【打印本页】",
                    "津ICP备",
                ),
                "yangshan-nongtian-2022": (
                    "当前位置：",
                    "索引号",
                    "发布机构",
                    "【打印】",
                    "相关文章",
                    "粤ICP备",
                ),
            }[stem]
            tables = {"nankai-juesuan-2017": 2, "yangshan-nongtian-2022": 0}[stem]
            if (
                data.startswith(b"\xef\xbb\xbf")
                or b"\r" in data
                or not all(c in text for c in chrome)
                or text.count("<table") != tables
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
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_bytes().decode("utf-8")
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
    problems = not_report_problems() + flag_problems() + place_problems()
    for trap in traps_seen:
        print(f"trap: {trap}")
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(
        f"total: {n} goldens ({len(NOT_REPORTS)} not reports), {len({s for s, _ in PLANTED})} planted errors, "
        f"{len(traps_seen)} trap(s) accepted"
    )
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
