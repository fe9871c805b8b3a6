#!/usr/bin/env python3
"""Check the heldout44 goldens against their documents.

    .venv/bin/python tests/corpora/heldout44/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the five planted errors declared as
expected, and adds what this batch needs:

- the documents read as a careful reader reads them: the GBK file decoded as GBK, its wrapped indicator name
  joined back into its cell by column; every worksheet cell shown through its number format; the PDF pages without
  their footers;
- four differences the generic checks report are the document's own meaning, not errors, and are accepted only
  when the trap that explains them holds (a 结转 inside the 全年预算, a hundredth of rounding, levels that cover the
  财政拨款 only, funds that arrived short of the budget);
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- each self-score is printed in its document, after 得分 or 总分;
- `funds_received` is given exactly where an arrived amount is written (`实际到位资金…万元`);
- the TRAPS (36), each accepted only when the figures or the words really are as the golden reads them, and each
  counted;
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document confirming the
  figures around them;
- layout facts: no rule or box in the aligned form and in the unruled tables, three rules in the 三线表, only
  horizontal rules in the ruled-by-rows form, pages and footers, the Word form typed with tab stops and no table,
  the workbook's merged cells and number formats, the portal pages (one <p> per cell, no <table>), the TXT files'
  encodings and line ends, runs of spaces and tabs;
- each place is written only in its own document; no province but the four a document's own unit carries, and none
  of the prefectures the county documents leave unnamed;
- the golden `flags` are exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import make_heldout44 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("gongga-qingke-2016", "indicator scores = self_score"): ["self_score"],
    ("dingbian-zhongshu-2025", "table parts @executed = total"): [
        "funds_central",
        "funds_provincial",
        "funds_local",
    ],
    ("dongfang-guacai-2024", "initial + addition = adjusted"): [
        "budget_initial",
        "budget_addition",
        "budget_adjusted",
    ],
    ("dalate-rouyang-2020", "rate = executed / budget"): ["execution_rate"],
    ("minqin-shuiwu-2022", "grade matches the bands"): ["self_score", "grade"],
}
# (document stem, check label) the generic checks report, and the trap that explains it
EXPLAINED = {
    ("fuhai-shuili-2017", "initial + addition = adjusted"): "T4",
    ("minning-zhen-2019", "basic + project = total"): "T11",
    ("guizhou-linye-2021", "levels = budget less carry-over"): "T16",
    ("wushan-cuili-2021", "received = budget"): "T32",
}
NO_PRINTED_RATE = ("minqin-shuiwu-2022",)
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
PLACES = {  # the place names each document's unit carries; written in no other document
    "gongga-qingke-2016": ("贡嘎",),
    "fuhai-shuili-2017": ("福海",),
    "qilian-caoyuan-2018": ("祁连",),
    "minning-zhen-2019": ("永宁", "闽宁"),
    "dalate-rouyang-2020": ("达拉特",),
    "guizhou-linye-2021": ("贵州",),
    "minqin-shuiwu-2022": ("民勤",),
    "zherong-taizishen-2023": ("柘荣",),
    "dongfang-guacai-2024": ("东方",),
    "dingbian-zhongshu-2025": ("定边",),
    "changping-pingyuanlin-2023": ("北京", "昌平"),
    "wushan-cuili-2021": ("重庆", "巫山"),
    "wuliqiao-jiedao-2024": ("上海", "黄浦", "五里桥"),
}
PROVINCES = (
    "北京",
    "天津",
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
)
UNWRITTEN = (
    "山南",
    "阿勒泰",
    "海北",
    "银川",
    "鄂尔多斯",
    "武威",
    "宁德",
    "榆林",
)  # the prefectures left unnamed
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
        if fmt == "0.00%":
            return f"{value * 100:.2f}%"
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


def width(text: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def rejoined(text: str) -> str:
    """A pasted form's cell that ran on under itself joined back: a line holding one fragment, indented to where a
    cell of the line above starts, is that cell's continuation."""
    out: list[str] = []
    for line in text.split("\n"):
        fragment = line.strip()
        lead = width(line[: len(line) - len(line.lstrip(" "))])
        if out and fragment and " " not in fragment and "\t" not in line and lead >= 8:
            above = out[-1]
            starts = [m.start() for m in re.finditer(r"(?:(?<=  )|^)\S", above)]
            for start in starts:
                if width(above[:start]) == lead:
                    end = re.search(r"\s{2,}|$", above[start:])
                    cut = start + (end.start() if end else len(above) - start)
                    out[-1] = above[:cut] + fragment + above[cut:]
                    break
            else:
                out.append(line)
            continue
        out.append(line)
    return "\n".join(out)


def document_text(path: Path) -> str:
    if path.suffix == ".txt":
        data = path.read_bytes()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gbk").replace("\r\n", "\n")
            return text + "\n" + rejoined(text)
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


def line_with(stem: str, *parts: str) -> bool:
    """One printed line holds all the parts, in this order."""
    pattern = ".*?".join(re.escape(p) for p in parts)
    return any(re.search(pattern, line) for line in text_of(stem).splitlines())


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


def _figures(text: str) -> list[Decimal]:
    """Every figure the text writes (thousands separators dropped; years left out)."""
    plain = text.replace(",", "")
    found = [D(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])", plain)]
    return [f for f in found if not (f == f.to_integral_value() and 2000 <= f <= 2030)]


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
    """`funds_received` exactly where an arrived amount is written (`实际到位资金4,286.40万元`); `全部拨付到位` or a
    part of one level arrived gives nothing."""
    stated = {Y(x) for x in re.findall(r"实际到位资金(\d+(?:\.\d+)?)万元", squeezed_of(stem))}
    got = {D(v) for k, v in golden["budget_items"].items() if k.startswith("funds_received")}
    if stated != got:
        return [("funds_received is the amount written as arrived", f"{sorted(got)} vs {sorted(stated)}")]
    return []


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    score = golden["report"].get("self_score")
    if score is None:
        return [("every report of this batch states its score", stem)]
    s = D(str(score))
    forms = "|".join(re.escape(f) for f in {f"{s}", f"{s:.2f}"})
    spaced = re.sub(r"[ \t]+", " ", text_of(stem))
    if not re.search(rf"(?:得分|总分)\D{{0,12}}(?:100\D{{1,6}})?(?:{forms})(?![\d.])", spaced):
        return [("the self-score is printed after 得分 or 总分", str(s))]
    return []


def _tasks(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The 年度主要任务 rows printed without a rate add up to the form's totals in both columns."""
    if stem not in NO_PRINTED_RATE:
        return []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    projects = golden["projects"]
    if (
        sum(D(p["budget"]) for p in projects) != b["budget_adjusted"]
        or sum(D(p["executed"]) for p in projects) != b["expenditure_total"]
        or any("execution_rate" in p for p in projects)
    ):
        return [("the tasks add up to the totals, no rate printed", str(projects))]
    return []


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap; a trap that holds is recorded in traps_seen, one that does not is a problem. A difference
    the generic checks report is removed only when the trap that explains it holds."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics, metrics = nm(golden), mt(golden)
    values = values_of(golden)
    indicators = golden.get("indicators", [])
    held: set[str] = set()

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
            held.add(name.split()[0])
        else:
            problems.append((f"trap does not hold: {name}", ""))

    for check in TRAPS.get(stem, ()):
        try:
            check(trap, b, squeezed, not_metrics, metrics, values, indicators, golden)
        except (KeyError, IndexError, StopIteration, ValueError) as error:
            problems.append(("a trap's figures are missing from the golden or the document", repr(error)))
    explained = {label: t for (s, label), t in EXPLAINED.items() if s == stem}
    return [
        (label, detail) for label, detail in problems if not (label in explained and explained[label] in held)
    ]


Trap = Callable[..., None]


def _gongga(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    stem = "gongga-qingke-2016"
    rows = {i["name"]: i for i in indicators}
    blocks: dict[str, int] = {}
    for i in indicators[1:]:
        blocks[i["level1"]] = blocks.get(i["level1"], 0) + int(i["weight"])
    trap(
        not line_with(stem, "产出指标", "良种补贴覆盖农牧户")
        and line_with(stem, "良种补贴覆盖农牧户", "≥2800户", "2936户", "10", "10")
        and rows["良种补贴覆盖农牧户"]["level1"] == "产出指标"
        and rows["良种补贴覆盖农牧户"]["level2"] == "数量指标"
        and blocks == {"产出指标": 50, "效益指标": 30, "满意度指标": 10},
        "T1 the form is aligned text with no rule: the 一级 / 二级 labels stand on the first row of their run only, and "
        "the rows below them (`良种补贴覆盖农牧户 ≥2800户 2936户 10 10`) belong to 产出指标 / 数量指标; the blocks' "
        "weights add up to 50 / 30 / 10",
    )
    trap(
        "budget_addition" not in b
        and "追加" not in squeezed
        and all(
            sum(b[f"{lv}@{basis}"] for lv in ("funds_central", "funds_provincial", "funds_local")) == b[total]
            for basis, total in (("initial", "budget_initial"), ("adjusted", "budget_adjusted"))
        ),
        "T2 年初 180.00 → 全年 236.00 and no 追加 written: the 中央 and 自治区 money grew in the year and each column "
        "adds up by level (120 + 40 + 20, 160 + 56 + 20); no budget_addition",
    )
    trap(
        line_with(stem, "在全县8个乡镇", "全年在8个乡镇")
        and {(D(30000), "亩"), (D(2800), "户"), (D(96), "%"), (D(15), "公斤")} <= not_metrics
        and {(D(32000), "亩"), (D(2936), "户"), (D("97.2"), "%"), (D(18), "公斤")} <= metrics
        and rows["预算执行率"]["score"] == "9.71" == M.exec_score("229.16", "236.00"),
        "T3 the 预期目标 and 实际完成情况 cells print side by side and interleave line by line; the targets (3万亩, 2800户, "
        "96%, 15公斤) are not-metrics, the results metrics; the execution line's 9.71 = 10 × 97.10%",
    )


def _fuhai(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    stem = "fuhai-shuili-2017"
    trap(
        b["budget_initial"] + b["budget_addition"] + b["revenue_carryover"] == b["budget_adjusted"]
        and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"] - Y("318.20")
        and "加上2016年结转的318.20万元，全年预算4309.00万元" in squeezed,
        "T4 年初 2,864.50 + 追加 1,126.30 = 3,990.80, not the 全年 4,309.00: `加上2016年结转的318.20万元` — the carry-over "
        "is inside the year's budget",
    )
    trap(
        line_with(stem, "财政拨款小计", "2,864.50", "3,990.80", "3,851.42", "96.51%")
        and Y("3990.80") not in values
        and Y("3851.42") not in values
        and b["revenue_general_budget@executed"]
        + b["revenue_gov_fund@executed"]
        + b["revenue_carryover@executed"]
        == b["expenditure_total"],
        "T5 the 三线表's `财政拨款小计` row sums the two appropriations; the 合计 is 小计 + 结转, the sources add up "
        "without it, and the 小计 gives no item",
    )
    own = [rate(e, a) for _, _, a, e in M.FUHAI_SOURCES] + [
        rate("3851.42", "3990.80"),
        rate("302.16", "318.20"),
    ]
    trap(
        own == [D("96.28"), D("97.58"), D("96.51"), D("94.96")]
        and b["execution_rate"] == D("96.39") not in own
        and not ({(r, "%") for r in own} & (metrics | not_metrics)),
        "T6 each row of 表1 has its own rate (96.28%, 97.58%, 96.51%, 94.96%); the unit's rate is the 合计's 96.39%; the "
        "rows' rates are table cells in neither list",
    )


def _qilian(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    stem = "qilian-caoyuan-2018"
    rows = M.qilian_rows()
    table_total = D(rows[-1][4])
    body = [D(r[4]) for r in rows[1:-1]]
    trap(
        sum(body) == table_total == D("40103712.40")
        and abs(table_total - Y("4010.37")) < 50
        and Y("4010.37") + Y("188.35") == b["expenditure_total"]
        and not ({Y("4010.37"), table_total} & values)
        and not ({(Y("4010.37"), "元"), (table_total, "元")} & (metrics | not_metrics)),
        "T7 表1 in 元 adds up to 40,103,712.40元 and the text says `兑付到户4,010.37万元`: the same sum to the text's "
        "precision of 0.01万元 (12.40元 apart); with 188.35 it makes the 4,198.72 spent — a complete split, in neither list",
    )
    trap(
        Y("2934.60") / D("7.5") == D(3912800)
        and Y("1136.80") / D("2.5") == D(4547200)
        and {(D(3912800), "亩"), (D(4547200), "亩")} <= metrics
        and {(D("7.5"), "元"), (D("2.5"), "元"), (D(3910000), "亩"), (D(4540000), "亩")} <= not_metrics,
        "T8 禁牧补助 2,934.60万元 = 391.28万亩 × 7.5元, 草畜平衡奖励 1,136.80万元 = 454.72万亩 × 2.5元: the areas are "
        "metrics, the standards and the targets (391万亩, 454万亩) not-metrics",
    )
    trap(
        "2017年度结余的草畜平衡奖励126.50万元" in squeezed
        and "不列入本年度预算" in squeezed
        and Y("126.50") not in values
        and (Y("126.50"), "元") in not_metrics
        and "revenue_carryover" not in b
        and b["funds_central"] == b["budget_adjusted"] == b["funds_received"],
        "T9 `2017年度结余的…126.50万元已于2018年3月补发到户…不列入本年度预算`: another year's money, no item (no "
        "revenue_carryover), a not-metric; the year's budget is what the centre sent and what arrived",
    )
    lines = text_of(stem).splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("野牛沟乡"))
    trap(
        lines[k + 1].strip() == "场代管牧户）"
        and line_with(stem, "野牛沟乡（含县种畜", "834", "4,487,036.00")
        and sum(r[1] for r in M.QILIAN_PAID) == 5386
        and (D(5386), "户") in metrics,
        "T10 the cell `野牛沟乡（含县种畜场代管牧户）` wraps inside its column, its second line alone on a text line: one "
        "row of 834户; the households add up to the text's 5,386户",
    )


def _minning(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    gap = b["expenditure_basic"] + b["expenditure_project"] - b["expenditure_total"]
    trap(
        gap == Y("0.01")
        and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"],
        "T11 基本 612.35 + 项目 911.13 = 1,523.48 against 全年支出 1,523.47: one hundredth, within the rounding of two "
        "addends and a total at 0.01万元 (up to 0.015); the rate and the balance hold on 1,523.47",
    )
    trap(
        Y("318.40") + Y("158.50") == b["budget_addition"]
        and not any(k.startswith("funds_") for k in b)
        and {(Y("318.40"), "元"), (Y("158.50"), "元"), (D(2800), "元")} <= not_metrics
        and 138 * 2800 == 386400
        and {(D(138), "户"), (D(386400), "元")} <= metrics
        and "调整后预算1563.20万元" in text_of("minning-zhen-2019"),
        "T12 the 追加 476.90 = `上级转移支付资金318.40万元` + `县级追加158.50万元`: a split of the 追加 that names no "
        "level of government, no funds item, both not-metrics; 138户 × 2,800元 = 386,400元 (a metric in 元); "
        "`1563.20` has no separator where the others do",
    )


def _dalate(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    import docx

    document = docx.Document(str(source_of("dalate-rouyang-2020")))
    tabbed = [p for p in document.paragraphs if "\t" in p.text]
    stops = [p for p in tabbed if len(p.paragraph_format.tab_stops) >= 1]
    blank_label = [p.text for p in tabbed if p.text.startswith("\t")]
    trap(
        not document.tables
        and len(tabbed) >= 17
        and len(stops) == len(tabbed)
        and "\t\t补贴良种种公羊\t≥1200只\t1260只\t10\t10\t" in blank_label
        and {i["name"]: i for i in indicators}["补贴良种种公羊"]["level1"] == "产出指标",
        "T13 the form is typed with tab stops, not a Word table: each row one paragraph, the merged 一级 / 二级 cells "
        "left blank (`\\t\\t补贴良种种公羊…`), the row under 产出指标 / 数量指标",
    )
    trap(
        indicators[0]["score"] == "9.64"
        and rate(b["expenditure_total"], b["budget_adjusted"]) == D("96.44")
        and (D(10) * D("96.14") / 100).quantize(CENT) == D("9.61") != D("9.64"),
        "T14 the execution line's 9.64 is 10 × the computed 96.44% (468.72 ÷ 486.00), not 10 × the typed 96.14% "
        "(9.61): the score is right, only the rate cell is not (E4)",
    )
    trap(
        1260 * 800 == 1008000 < b["expenditure_total"]
        and (D(1008000), "元") in metrics
        and (D(800), "元") in not_metrics
        and "按每只800元标准兑付种公羊补贴100.80万元" in squeezed,
        "T15 `按每只800元标准兑付种公羊补贴100.80万元` = 1,260只 × 800元, a part of the 468.72 spent (a metric in 元, the "
        "standard a not-metric)",
    )


def _guizhou(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    trap(
        b["funds_central"] + b["funds_provincial"] == b["revenue_general_budget"] + b["revenue_gov_fund"]
        and b["funds_central"] + b["funds_provincial"] + b["revenue_other"] == b["budget_adjusted"]
        and "财政拨款中，中央财政转移支付资金18620.00万元，省级财政资金37194.35万元" in squeezed,
        "T16 the levels 18,620.00 + 37,194.35 = 55,814.35 are `财政拨款中` — the 一般公共预算 52,614.35 + 政府性基金 "
        "3,200.00 — not the 59,848.55 budget, which also holds 其他资金 4,034.20",
    )
    trap(
        "下达市县的林业专项资金31280.00万元" in squeezed
        and Y("31280.00") < b["expenditure_project"]
        and Y("31280.00") not in values
        and not ({(Y("31280.00"), "元")} & (metrics | not_metrics)),
        "T17 `按因素法分配下达市县的林业专项资金31,280.00万元`: money this bureau passed down, inside its 项目支出 "
        "48,074.05 — no funds or revenue item, and in neither list",
    )
    raw = text_of("guizhou-linye-2021")
    projects = golden["projects"]
    trap(
        "年初预算38462.15万元" in raw
        and "21,386.40万元" in raw
        and "完成预算的98.9%" in squeezed
        and rate(Y("1226.36"), Y("1240.00")) == D("98.90")
        and sum(D(p["executed"]) for p in projects) < b["expenditure_project"]
        and "其余项目的执行情况详见" in squeezed,
        "T18 `38462.15` beside `21,386.40` in one sentence; `完成预算的98.9%` = 98.90 (1,226.36 ÷ 1,240.00 exactly); the "
        "three 重点项目 are a partial list (`其余项目…`), no sum expected",
    )
    trap(
        golden["report"].get("province") == "贵州省"
        and "city" not in golden["report"]
        and "county" not in golden["report"]
        and (D(1800000), "亩") in not_metrics
        and (D("101.4"), "%") in metrics,
        "T19 a 省直 bureau: province 贵州省, no city or county; `完成年度计划180万亩的101.4%` (182.6 ÷ 180) a metric, the "
        "plan a not-metric",
    )


def _minqin(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    import openpyxl

    ws = openpyxl.load_workbook(str(source_of("minqin-shuiwu-2022"))).active
    trap(
        ws["A4"].value == "年度预算（元）"
        and ws["E5"].value == 38426316.48
        and ws["E5"].number_format == "#,##0.00"
        and ws["H5"].value == 0.9703
        and ws["H5"].number_format == "0.00%"
        and b["budget_adjusted"] == D("38426316.48"),
        "T20 a form in 元 with two decimals (`年度预算（元）`): 38,426,316.48 is 元, no 万 to apply; the rate cell the number "
        "0.9703 under `0.00%`",
    )
    trap(
        not _tasks(golden, "minqin-shuiwu-2022")
        and golden["projects"][0]["name"] == "机关运转保障"
        and D(golden["projects"][0]["executed"]) == D("9286905.12"),
        "T21 the four 年度主要任务 add up to 38,426,316.48 / 37,286,905.12; kept as projects without a rate (none is "
        "printed)",
    )


def _zherong(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    html = source_of("zherong-taizishen-2023").read_text(encoding="utf-8")
    content = html.split('<div class="content">')[1].split("</div>")[0]
    cells = re.findall(r"<p>(.*?)</p>", content)
    trap(
        "<table" not in html
        and len(cells) == len(M.zherong_cells()) + 1
        and cells.count("&nbsp;") >= 5
        and cells[cells.index("年度资金总额") : cells.index("年度资金总额") + 7]
        == ["年度资金总额", "380.00", "452.00", "438.64", "10", "97.04%", "9.70"],
        "T22 the portal kept the form's cells and lost its table: one <p> per cell, empty cells `&nbsp;`, a row's cells "
        "one after another (`年度资金总额 / 380.00 / 452.00 / 438.64 / 10 / 97.04% / 9.70`)",
    )
    trap(
        "budget_addition" not in b
        and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
        and b["revenue_general_budget@initial"] == b["budget_initial"]
        and "revenue_carryover@initial" not in b,
        "T23 年初 380.00 → 全年 452.00 and no 追加: 当年财政拨款 380.00 → 420.00 plus the 上年结转 32.00 (年初 `—`); each "
        "column adds up",
    )


def _dongfang(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    trap(
        "预算执行得分9.68分（满分10分），绩效指标得分85分（满分90分），自评总分94.68分" in squeezed
        and D("9.68") + 85 == D(str(golden["report"]["self_score"]))
        and M.exec_score(b["expenditure_total"], b["budget_adjusted"]) == "9.68"
        and {(D("9.68"), "分"), (D(85), "分"), (D(10), "分"), (D(90), "分")} <= not_metrics
        and not indicators,
        "T24 `预算执行得分9.68分（满分10分），绩效指标得分85分（满分90分），自评总分94.68分`: a part scored out of 10 is not "
        "the score; 9.68 = 10 × 96.84%, 9.68 + 85 = 94.68; the parts are not-metrics, no indicator table",
    )
    trap(
        39120 * 200 == 7824000 < b["expenditure_total"]
        and {(D(7824000), "元"), (D(39120), "亩")} <= metrics
        and (D(200), "元") in not_metrics
        and "其余用于育苗中心建设和技术培训" in squeezed,
        "T25 `按每亩200元标准…兑付…种植补贴782.40万元` = 39,120亩 × 200元, a part of the 1,168.38 paid (`其余用于…`): a "
        "metric in 元, the standard a not-metric",
    )


def _dingbian(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    raw = source_of("dingbian-zhongshu-2025").read_bytes().decode("gbk").split("\r\n")
    k = next(i for i, line in enumerate(raw) if "种薯调运及发放完成时间（春" in line)
    trap(
        raw[k + 1].strip() == "播前）"
        and "2025年4月20日前" in raw[k]
        and {i["name"] for i in indicators} >= {M.DINGBIAN_WRAPPED}
        and any("\t" in line for line in raw)
        and any(re.search(r"\S {4,}\S", line) for line in raw),
        "T26 the indicator name `种薯调运及发放完成时间（春播前）` runs on under itself (`播前）` alone on the next line): "
        "one row, its name whole; cells are separated by runs of spaces in the table and by tabs in the label lines",
    )
    trap(
        {(D(5000), "亩"), (D(1200), "吨"), (D(30000), "亩"), (D(2000), "户")} <= not_metrics
        and {(D(5200), "亩"), (D(1260), "吨"), (D(31500), "亩"), (D(2136), "户")} <= metrics
        and "项目全年支出306.54万元" in squeezed
        and (Y("306.54"), "元") not in metrics,
        "T27 the 预期目标 figures (5000亩, 1200吨, 3万亩, 2000户) are targets; the 实际完成情况's are results; its "
        "`项目全年支出306.54万元` restates the total and is no metric",
    )


def _changping(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    stem = "changping-pingyuanlin-2023"
    blocks: dict[str, int] = {}
    for i in indicators[1:]:
        blocks[i["level1"]] = blocks.get(i["level1"], 0) + int(i["weight"])
    trap(
        "产出指标（50分）" in squeezed
        and blocks == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
        and indicators[0]["weight"] == "10",
        "T28 the 一级 labels carry their points (`产出指标（50分）`, `效益指标（30分）`, `满意度指标（10分）`): level1 is the "
        "label without them; the rows add up to 50 / 30 / 10, with the execution line's 10 to 100",
    )
    trap(
        (b["expenditure_total"] / 86000).quantize(Decimal("1"), ROUND_HALF_UP) == 1047
        and line_with(stem, "亩均养护成本", "≤1080元", "1047元"),
        "T29 the 成本 row `亩均养护成本 ≤1080元 | 1047元` is the 9,006.72万元 spent ÷ 8.6万亩: consistent with the funds",
    )
    note = next(i["note"] for i in indicators if i["name"] == "养护管理长效机制")
    trap(
        note == M.CHANGPING_WRAPPED
        and line_with(
            stem, "养护管理长效机制", "健全", "基本健全", "10", "8", "部分地块养护主体变更，交接期间"
        )
        and any(line.strip() == "管护不到位" for line in text_of(stem).splitlines()),
        "T30 the 偏差原因 cell wraps inside its column (`…交接期间` / `管护不到位`): one row, its note whole",
    )


def _wushan(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    trap(
        "市级财政资金400.00万元" in squeezed
        and b["funds_provincial"] == Y("400.00")
        and b["funds_local"] == Y("286.00")
        and golden["report"].get("city") == "重庆市",
        "T31 `市级财政资金400.00万元` of 重庆市: a municipality's 市级 is the provincial level (funds_provincial); the "
        "county's 县级 is funds_local",
    )
    trap(
        b["funds_received"] == Y("1206.00") == Y("600.00") + Y("400.00") + Y("206.00")
        and rate(b["funds_received"], b["budget_adjusted"]) == D("93.78")
        and (D("93.78"), "%") in not_metrics
        and "县级资金因财力紧张到位206.00万元" in squeezed,
        "T32 `实际到位资金1,206.00万元` against a 1,286.00 budget: the 县级 money arrived 206.00 of 286.00 — stated, not "
        "an error; `资金到位率93.78%` = 1,206 ÷ 1,286 (a not-metric)",
    )
    trap(
        rate(b["expenditure_total"], b["funds_received"]) == D("96.06")
        and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("90.08")
        and "按到位资金计算，支付率为96.06%" in squeezed
        and b["balance_carryforward"] == Y("80.00") + Y("47.54"),
        "T33 `按到位资金计算，支付率为96.06%` (1,158.46 ÷ 1,206.00) beside `预算执行率90.08%` (÷ 1,286.00): a rate on "
        "another base the text names; the 结余 127.54 = 80.00 never arrived + 47.54 retained",
    )
    trap(
        1860 * 1500 == 2790000
        and {(D(2790000), "元"), (D(1860), "亩"), (D(1800), "吨")} <= metrics
        and {(D(1500), "元"), (D(1800), "亩"), (D(265000), "亩")} <= not_metrics,
        "T34 `按每亩1,500元标准兑付新建基地补助279.00万元` = 1,860亩 × 1,500元 (a metric in 元); the target 1,800亩 and "
        "the 库容 1,800吨 differ by unit; the county's 26.5万亩 of plums is a stock (not-metric)",
    )


def _wuliqiao(trap, b, squeezed, not_metrics, metrics, values, indicators, golden) -> None:
    stem = "wuliqiao-jiedao-2024"
    projects = golden["projects"]
    spent = sum(D(p["executed"]) for p in projects)
    lines = text_of(stem).splitlines()
    trap(
        spent == D("83234581.37")
        and (spent / W).quantize(CENT, ROUND_HALF_UP) * W == b["expenditure_project"]
        and len(projects) == len(M.WULIQIAO_PROJECTS)
        and "合计" not in squeezed
        and any(line.strip() == "时救助" for line in lines),
        "T35 the 元 table of the six projects (no rule, no 合计, one name wrapping `…临` / `时救助`) adds up to "
        "83,234,581.37元 = the text's 项目支出 8,323.46万元 to its precision",
    )
    trap(
        {(Y("12864.30"), "元"), (Y("322.12"), "元"), (D(12345), None), (D(136), "人"), (D(128), "人")}
        <= not_metrics
        and b["expenditure_total"] - Y("12864.30") == Y("322.12"),
        "T36 `较2023年的12,864.30万元增加322.12万元` (last year and a difference), `12345市民服务热线` (a name), the staff "
        "counts of the label block: not-metrics",
    )


TRAPS: dict[str, tuple[Trap, ...]] = {
    "gongga-qingke-2016": (_gongga,),
    "fuhai-shuili-2017": (_fuhai,),
    "qilian-caoyuan-2018": (_qilian,),
    "minning-zhen-2019": (_minning,),
    "dalate-rouyang-2020": (_dalate,),
    "guizhou-linye-2021": (_guizhou,),
    "minqin-shuiwu-2022": (_minqin,),
    "zherong-taizishen-2023": (_zherong,),
    "dongfang-guacai-2024": (_dongfang,),
    "dingbian-zhongshu-2025": (_dingbian,),
    "changping-pingyuanlin-2023": (_changping,),
    "wushan-cuili-2021": (_wushan,),
    "wuliqiao-jiedao-2024": (_wuliqiao,),
}


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    score = D(str(golden["report"]["self_score"]))
    if stem == "gongga-qingke-2016":
        scores = sum(D(i["score"]) for i in indicators)
        if not (
            scores == score + 1
            and sum(D(i["weight"]) for i in indicators) == 100
            and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
            and line_with(stem, "总分", "100", "95.71", "自评等级：优")
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and band(scores) == band(score) == golden["report"]["grade"]
        ):
            out.append(("E1: 9.71 + the rows' 87 = 96.71 under a 总分 of 95.71", str(scores)))
    if stem == "dingbian-zhongshu-2025":
        parts = sum(v for k, v in b.items() if k.endswith("@executed"))
        if not (
            parts == b["expenditure_total"] - 10 * W
            and all(
                sum(v for k, v in b.items() if k.endswith(f"@{basis}")) == b[total]
                for basis, total in (("initial", "budget_initial"), ("adjusted", "budget_adjusted"))
            )
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and "项目全年支出306.54万元" in squeezed
            and all(
                b[f"{lv}@executed"] <= b[f"{lv}@adjusted"]
                for lv in ("funds_central", "funds_provincial", "funds_local")
            )
            and b["funds_central@executed"] + 10 * W <= b["funds_central@adjusted"]
        ):
            out.append(("E2: 186.20 + 67.34 + 43.00 = 296.54 under 全年执行数 306.54", str(parts)))
    if stem == "dongfang-guacai-2024":
        net = b["budget_initial"] + b["budget_addition"]
        if not (
            net == b["budget_adjusted"] - 20 * W
            and "调减" not in squeezed
            and b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and rate(b["expenditure_total"], net) != b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
        ):
            out.append(("E3: 860.00 + 326.50 = 1,186.50, 20.00 under the 调整后 1,206.50", str(net)))
    if stem == "dalate-rouyang-2020":
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
            or rate(b["expenditure_total"], b["budget_adjusted"]) != D("96.44")
            or "年度资金总额\t420.00\t486.00\t468.72\t10\t96.14%\t9.64" not in text_of(stem)
        ):
            out.append(("E4: 96.14% is no ratio of the figures; 468.72 ÷ 486.00 = 96.44%", str(hits[:5])))
    if stem == "minqin-shuiwu-2022":
        scores = sum(D(i["score"]) for i in indicators)
        if not (
            scores == score == D("86.70")
            and sum(D(i["weight"]) for i in indicators) == 100
            and M.MINQIN_SCALE.replace("，", "，") in text_of(stem)
            and band(score) == "良" != golden["report"]["grade"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        ):
            out.append(("E5: 86.70 is 良 on the printed scale, graded 优", str(scores)))
    return out


# --------------------------------------------------------------------------- layout
def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            rects = [len(p.rects) for p in pdf.pages]
            lines = [p.lines for p in pdf.pages]
            images = [len(p.images) for p in pdf.pages]
        if source.stat().st_size > 480_000 or any(images):
            out.append(("a text PDF under 480 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "gongga-qingke-2016": [
                "填报单位（盖章）：贡嘎县农牧局 项目负责人：次仁×× 填报日期：2017年3月24日"
            ],
            "fuhai-shuili-2017": ["- 1 -", "- 2 -"],
            "qilian-caoyuan-2018": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "guizhou-linye-2021": ["第 1 页", "第 2 页"],
            "changping-pingyuanlin-2023": [
                "填报单位（盖章）：北京市昌平区园林绿化局 联系人：张×× 填报日期：2024年3月15日"
            ],
            "wushan-cuili-2021": ["- 1 -", "- 2 -"],
            "wuliqiao-jiedao-2024": ["第 1 页", "第 2 页"],
        }[stem]
        if lasts != want:
            out.append(("pages and footers", str(lasts)))
        counts = [len(x) for x in lines]
        if stem == "fuhai-shuili-2017" and (any(rects) or counts != [3, 0]):
            out.append(("a three-line table on page 1, no other rule", f"{rects} {counts}"))
        elif stem == "changping-pingyuanlin-2023" and (
            any(rects) or counts[0] < 20 or any(x["y0"] != x["y1"] for x in lines[0])
        ):
            out.append(("a form ruled by horizontal lines only", f"{rects} {counts}"))
        elif stem not in ("fuhai-shuili-2017", "changping-pingyuanlin-2023") and (any(rects) or any(counts)):
            out.append(("no rule and no box on any page", f"{rects} {counts}"))
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        section = document.sections[0]
        if (
            document.tables
            or section.page_width <= section.page_height
            or "PAGE" in section.footer._element.xml
        ):
            out.append(("a landscape Word form with no table and no page field", ""))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        ws = book.worksheets[0]
        merged = {str(r) for r in ws.merged_cells.ranges}
        if not (
            len(book.worksheets) == 1
            and ws.title == "部门整体支出绩效自评表"
            and {"A1:I1", "A4:A7", "A8:A12", "A15:A25", "B16:B21", "A26:F26"} <= merged
            and ws["H26"].value == 86.7
            and ws["H26"].number_format == "0.00"
        ):
            out.append(
                ("one worksheet, merged cells, 元 under #,##0.00, the rate a number", str(sorted(merged)))
            )
    if source.suffix in (".html", ".txt"):
        data = source.read_bytes()
        if stem == "dingbian-zhongshu-2025":
            try:
                data.decode("utf-8")
                utf8 = True
            except UnicodeDecodeError:
                utf8 = False
            if utf8 or b"\n" in data.replace(b"\r\n", b"") or data.startswith(b"\xef\xbb\xbf"):
                out.append(("a GBK file with CRLF line ends and no BOM", ""))
        else:
            text = data.decode("utf-8")
            if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or "<table" in text:
                out.append(("UTF-8 without BOM, LF, no table", ""))
            chrome = {
                "zherong-taizishen-2023": ("当前位置：", "发布时间：", "浏览次数", "【打印本页】", "闽ICP备"),
                "dongfang-guacai-2024": (
                    "您当前的位置：",
                    "索引号",
                    "发布机构",
                    "【打印】",
                    "相关信息",
                    "琼ICP备",
                ),
                "minning-zhen-2019": (),
            }[stem]
            if not all(c in text for c in chrome):
                out.append(("portal chrome", str([c for c in chrome if c not in text])))
    return out


def sum_problems(
    golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    shared = copy.deepcopy(golden)
    if stem in NO_PRINTED_RATE:
        shared["projects"] = [p for p in shared.get("projects", []) if "execution_rate" in p]
    problems = _sum_problems(shared, stem, projects_complete) + _execution_score(golden, stem)
    problems = _traps(golden, stem, problems)
    problems += _tasks(golden, stem) + _received_stated(golden, stem) + _score_printed(golden, stem)
    try:
        problems += _planted_hold(golden, stem)
    except (KeyError, IndexError, ValueError) as error:
        problems.append(("a planted error's figures are missing from the golden", repr(error)))
    return problems + _layout(stem)


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
    """Each place is written only in its own document; no other province, none of the unnamed prefectures."""
    problems = []
    for stem, own in PLACES.items():
        text = text_of(stem)
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_bytes().decode("utf-8")
        for other, places in PLACES.items():
            for place in places:
                if (place in text) != (other == stem):
                    problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for name in PROVINCES + UNWRITTEN:
            if name in text and not any(name in place for place in own):
                problems.append(f"{stem}: {name} written")
        report = golden_of(stem)["report"]
        for key in ("province", "city", "county"):
            if key in report and report[key] not in text:
                problems.append(f"{stem}: report {key} {report[key]} not written")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED))
    problems = flag_problems() + place_problems()
    for trap in traps_seen:
        print(f"trap: {trap}")
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
