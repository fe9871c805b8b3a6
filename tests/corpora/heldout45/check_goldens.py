#!/usr/bin/env python3
"""Check the heldout45 goldens against their documents.

    .venv/bin/python tests/corpora/heldout45/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the five planted errors declared as
expected, and adds what this batch needs:

- the documents read as a careful reader reads them: the TXT file decoded with its BOM; every worksheet of a
  workbook, each cell shown through its number format; the PDF pages without their footers;
- the bundles (a department report with annexed project forms, a workbook of one sheet per form, a Word report with
  its 评分表 and a project form as tables): the shared indicator checks apply to the department's own rows only, and
  each annexed form is checked on its own — its rows printed in the document, its levels adding up column by column
  (except the planted one), its weights to 100 and its scores to the 总分 it prints, its project row equal to its
  年度资金总额 and printed rate;
- every execution line (`预算执行率`, level1 `预算执行`) scores its weight × the computed rate of its own funds; a
  评分表's own 预算执行率 row is scored by its 评分标准 instead (a trap checks it);
- each self-score is printed in its document after 得分, 总分, 合计 or 综合评分;
- `funds_received` is given exactly where an arrived amount is written (`实际到位资金…万元`);
- the TRAPS (37), each accepted only when the figures or the words really are as the golden reads them, and each
  counted;
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document confirming the
  figures around them;
- layout facts: pages, footers, grid-ruled forms on their own pages, the three-line table, no image; the workbooks'
  sheets, merged cells and number formats; the Word tables; the portal chrome; the TXT file's BOM and CRLF;
- each place is written only in its own document; no province, and none of the prefectures the documents leave
  unnamed;
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

import make_heldout45 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

YIHUANG_E1 = "form 动物防疫补助经费: levels @executed = 年度资金总额"
# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("yihuang-nongye-2022", YIHUANG_E1): ["funds_central", "funds_provincial", "funds_local"],
    ("zhenlai-shuili-2018", "indicator scores = self_score"): ["self_score"],
    ("zuoquan-weijian-2021", "project 医疗服务与保障能力提升补助资金 rate"): ["projects.execution_rate"],
    ("zhanghuang-zhen-2020", "personnel + public = basic"): [
        "expenditure_personnel",
        "expenditure_public",
        "expenditure_basic",
    ],
    ("xingshan-ganju-2024", "grade matches the bands"): ["self_score", "grade"],
}
# the bundles: the annexed forms of each, as the generator prints them (name, funds, rows)
FORMS: dict[str, list[tuple[str, M.Funds, list[M.Indicator]]]] = {
    "yihuang-nongye-2022": [(f["name"], f["funds"], f["rows"]) for f in M.YIHUANG_FORMS],
    "zuoquan-weijian-2021": [(p["name"], p["funds"], p["rows"]) for p in M.ZUOQUAN_PROJECTS],
    "zhenlai-shuili-2018": [(M.ZHENLAI_PROJECT, M.ZHENLAI_FUNDS, M.ZHENLAI_IND)],
}
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
PLACES = {  # the place names each document's unit carries; written in no other document
    "yihuang-nongye-2022": ("宜黄",),
    "xingtai-shuili-2019": ("邢台",),
    "zuoquan-weijian-2021": ("左权",),
    "zhenlai-shuili-2018": ("镇赉",),
    "zhanghuang-zhen-2020": ("浦北", "张黄"),
    "xingshan-ganju-2024": ("兴山",),
    "tonggu-youcha-2017": ("铜鼓",),
    "wangtongyue-renju-2025": ("饶阳", "王同岳"),
    "huguan-gonglu-2023": ("壶关",),
    "changling-heitudi-2019": ("长岭",),
    "jiaxiang-xiaomai-2022": ("嘉祥",),
    "zhenjiang-fanghong-2023": ("镇江",),
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
    "抚州",
    "晋中",
    "白城",
    "钦州",
    "宜昌",
    "宜春",
    "衡水",
    "长治",
    "松原",
    "济宁",
)  # prefectures left unnamed
N_DOCUMENTS = 12
N_TRAPS = 37
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


def document_text(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
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


def row_in(stem: str, *cells: str) -> bool:
    """The cells appear in this order as one row of a table (cells joined by `|` or a space, or run together)."""
    pattern = r"[|]*".join(re.escape(c.replace(",", "")) for c in cells)
    return re.search(pattern, squeezed_of(stem)) is not None


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


def own(golden: dict) -> list[dict]:
    """The report's own indicator rows (no `project` key)."""
    return [i for i in golden.get("indicators", []) if "project" not in i]


def by_project(golden: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for i in golden.get("indicators", []):
        if "project" in i:
            out.setdefault(i["project"], []).append(i)
    return out


def _figures(text: str) -> list[Decimal]:
    """Every figure the text writes (thousands separators dropped; years left out)."""
    plain = text.replace(",", "")
    found = [D(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])", plain)]
    return [f for f in found if not (f == f.to_integral_value() and 2000 <= f <= 2030)]


# --------------------------------------------------------------------------- checks of the reports
def _forms(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Each annexed form on its own: its funds rows printed, its levels adding up by column, its weights to 100, its
    scores to the 总分 it prints, its project row equal to its 年度资金总额 and printed rate, its execution line."""
    out: list[tuple[str, str]] = []
    projects = {p["name"]: p for p in golden.get("projects", [])}
    groups = by_project(golden)
    if stem in FORMS and set(groups) != {name for name, _, _ in FORMS[stem]}:
        out.append(("the annexed forms' indicator groups", str(sorted(groups))))
    for name, funds, rows in FORMS.get(stem, []):
        for row in funds:
            if not row_in(stem, *row):
                out.append((f"form {name}: funds row printed", str(row)))
        total, *parts = funds
        for k, basis in ((1, "initial"), (2, "adjusted"), (3, "executed")):
            got = sum((D(p[k]) for p in parts if p[k] != M.E), Decimal(0))
            if total[k] != M.E and got != D(total[k]):
                out.append((f"form {name}: levels @{basis} = 年度资金总额", f"{got} vs {total[k]}"))
        p = projects.get(name)
        printed = next((pr["printed_rate"] for pr in M.ZUOQUAN_PROJECTS if pr["name"] == name), None)
        shown = printed or str(M.rate(total[3], total[2]))
        if p is None or (D(p["budget"]), D(p["executed"]), D(p["execution_rate"])) != (
            Y(total[2]),
            Y(total[3]),
            D(shown),
        ):
            out.append((f"form {name}: project row = 年度资金总额 and printed rate", str(p)))
        group = groups.get(name, [])
        printed_total = M.form_total(funds, rows)
        if (
            sum((D(i["weight"]) for i in group), Decimal(0)) != 100
            or sum((D(i["score"]) for i in group), Decimal(0)) != printed_total
            or not row_in(stem, "总分", "100", f"{printed_total:.2f}")
            or any(D(i["score"]) > D(i["weight"]) for i in group)
        ):
            out.append((f"form {name}: weights 100, scores = its printed 总分", str(printed_total)))
        if [i["name"] for i in group] != ["预算执行率"] + [r[2] for r in rows]:
            out.append((f"form {name}: its rows", str([i["name"] for i in group])))
    return out


def _execution_score(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Each execution line (level1 预算执行) scores weight × the computed rate of its own funds."""
    b = golden["budget_items"]
    projects = {p["name"]: p for p in golden.get("projects", [])}
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] != "预算执行率" or ind.get("level1") != "预算执行":
            continue
        if "project" in ind:
            p = projects[ind["project"]]
            computed = rate(p["executed"], p["budget"])
        else:
            computed = rate(b["expenditure_total"], b["budget_adjusted"])
        want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
        if want != D(ind["score"]):
            out.append(
                ("execution-line score = weight × rate", f"{ind.get('project')}: {want} vs {ind['score']}")
            )
    return out


def _received_stated(golden: dict, stem: str) -> list[tuple[str, str]]:
    """`funds_received` exactly where an arrived amount is written (`实际到位资金510.00万元`); `资金已全部到位`
    alone gives nothing."""
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
    spaced = re.sub(r"[ \t|]+", " ", text_of(stem))
    if not re.search(rf"(?:得分|总分|合计|综合评分)\D{{0,12}}(?:100\D{{1,6}})?(?:{forms})(?![\d.])", spaced):
        return [("the self-score is printed after 得分, 总分, 合计 or 综合评分", str(s))]
    return []


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics, metrics = nm(golden), mt(golden)
    values = values_of(golden)

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            problems.append((f"trap does not hold: {name}", ""))

    for check in TRAPS.get(stem, ()):
        try:
            check(trap, b, squeezed, not_metrics, metrics, values, golden)
        except (KeyError, IndexError, StopIteration, ValueError) as error:
            problems.append(("a trap's figures are missing from the golden or the document", repr(error)))
    return problems


Trap = Callable[..., None]


def _yihuang(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    stem = "yihuang-nongye-2022"
    f1, f2, f3 = M.YIHUANG_FORMS
    _, central, provincial, county = f1["funds"]
    trap(
        central[1] == provincial[1] == M.E
        and county[1] == f1["funds"][0][1] == "420.00"
        and row_in(stem, "其中：中央财政资金", "—", "960.00", "952.40")
        and row_in(stem, "县级财政资金", "420.00", "420.00", "393.60"),
        "T1 form 1's 年初预算数 is `—` for 中央 and 省级 beside 全年 960.00 and 300.00: transfer money budgeted in the "
        "year; the 年初 420.00 is the county's own and each column adds up by level",
    )
    projects = golden["projects"]
    spent = sum(D(p["executed"]) for p in projects)
    trap(
        spent == Y(M.YIHUANG_SPENT)
        and spent + Y(M.YIHUANG_REST) == b["expenditure_project"]
        and f"3个重点项目全年支出{M.YIHUANG_SPENT}万元".replace(",", "") in squeezed
        and f"其余11个项目支出{M.YIHUANG_REST}万元" in squeezed
        and not ({(spent, "元"), (Y(M.YIHUANG_REST), "元")} & (metrics | not_metrics)),
        "T2 the three annexed projects' 3,157.85 + 其余 723.97 = 项目支出 3,881.82 (14 projects, 3 annexed): parts of the "
        "department's 项目支出, a complete split in neither list; no project budget is a department budget item",
    )
    totals = [D(t) for t in M.yihuang_totals()]
    trap(
        totals == [D("96.78"), D("98.00"), D("88.67")]
        and [band(t) for t in totals] == ["优", "优", "良"]
        and row_in(stem, "总分", "100", "88.67", "自评等级：良")
        and golden["report"]["self_score"] == 94.2
        and golden["report"]["grade"] == "优"
        and {(t, "分") for t in totals} <= not_metrics
        and not own(golden),
        "T3 each annexed form is scored on its own (96.78, 98.00, 88.67 graded 良) beside the department's 94.2 / 优: "
        "the forms' totals are not the report's score (not-metrics), and the report has no indicator row of its own",
    )
    trap(
        (Y("1642.35") / Y("2.1")).quantize(Decimal("1"), ROUND_HALF_UP) == 782
        and row_in(stem, "亩均财政投入", "≤800元", "782元")
        and (Y("1286.54") / (D("36.8") * W)).quantize(CENT, ROUND_HALF_UP) == D("34.96")
        and row_in(stem, "亩均补贴标准", "≤35元", "34.96元"),
        "T4 form 1's 亩均财政投入 782元 = 1,642.35万元 ÷ 2.1万亩 and form 2's 34.96元 = 1,286.54万元 ÷ 36.8万亩: the "
        "cost rows agree with the forms' funds",
    )
    p2 = next(p for p in projects if p["name"] == f2["name"])
    trap(
        row_in(stem, "年度资金总额", "1,286.54", "1,286.54", "1,286.54", "10", "100.00%", "10.00")
        and p2["execution_rate"] == "100.00"
        and D(p2["budget"]) == D(p2["executed"]),
        "T5 form 2's 年初 = 全年 = 执行 1,286.54 with 100.00% and 10.00: a central subsidy paid out in full (its "
        "`省级` / `县级` rows all `—`)",
    )
    del f3


def _xingtai(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    stem = "xingtai-shuili-2019"
    narrative = squeezed.split("附表")[0]
    trap(
        row_in(stem, "合计", "100", "92.8", "7.2")
        and "92.8" not in narrative
        and "评分结果见附表" in squeezed
        and row_in(stem, "自评等级", "优")
        and golden["report"]["self_score"] == 92.8,
        "T6 the score stands only at the 评分表's 合计 row (`合计 100 92.8 7.2`), the narrative saying `评分结果见附表`; "
        "the grade from the `自评等级 优` row",
    )
    rows = M.XINGTAI_ROWS
    trap(
        all(D(M.deduction(r)) + D(r[5]) == D(r[3]) for r in rows)
        and sum(D(M.deduction(r)) for r in rows) == 100 - D("92.8")
        and all(
            re.search(rf"{re.escape(r[2])}\|{r[3]}\|[^|]*\|{r[5]}\|{M.deduction(r)}\|", squeezed)
            for r in rows
        ),
        "T7 the 扣分 column: each row's 自评得分 + 扣分 = 分值, the 扣分 adding up to 7.2 = 100 − 92.8 — deductions, "
        "not scores",
    )
    trap(
        D(10) - D("0.5") * (98 - b["execution_rate"]) == D("9.2")
        and D(10) - D("0.2") * (100 - D("98.0")) == D("9.6")
        and rate(b["budget_addition"], b["budget_initial"]) == D("21.60")
        and {(D("0.5"), "分"), (D("0.2"), "分"), (D("21.60"), "%")} <= not_metrics
        and {i["name"]: i for i in golden["indicators"]}["预算执行率"]["level1"] == "过程",
        "T8 the 评分标准 numbers are rules, not scores: 预算执行率 9.2 = 10 − 0.5 × (98 − 96.40), 压采 9.6 = 10 − 0.2 × "
        "(100 − 98.0), 调整率 21.60% = 1,862.45 ÷ 8,624.30 in the 10%—30% band → 3; the 评分表's 预算执行率 row is an "
        "ordinary 过程 row",
    )
    trap(
        "较2018年的9386.52万元增加722.71万元" in squeezed
        and b["expenditure_total"] - Y("9386.52") == Y("722.71")
        and {(Y("9386.52"), "元"), (Y("722.71"), "元")} <= not_metrics
        and Y("9386.52") not in values,
        "T9 `较2018年的9,386.52万元增加722.71万元`: last year's spending and a difference, not-metrics, no budget item",
    )
    levels = {i["level1"] for i in golden["indicators"]}
    weights: dict[str, Decimal] = {}
    for i in golden["indicators"]:
        weights[i["level1"]] = weights.get(i["level1"], Decimal(0)) + D(i["weight"])
    trap(
        levels == {"投入", "过程", "产出", "效果"}
        and weights == {"投入": 20, "过程": 30, "产出": 30, "效果": 20}
        and all(f"{k}（{int(v)}分）" in squeezed for k, v in weights.items()),
        "T10 the 一级 labels carry their points (`投入（20分）` …): level1 without them; the rows add up to 20 / 30 / 30 / 20",
    )


def _zuoquan(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    import openpyxl

    book = openpyxl.load_workbook(str(source_of("zuoquan-weijian-2021")))
    notes = book.worksheets[0]
    note_text = " ".join(str(c.value) for row in notes.iter_rows() for c in row if c.value is not None)
    trap(
        notes.title == "填报说明"
        and "共4张表" in note_text
        and "90分（含）以上为优" in note_text
        and {(D(4), "张"), (D(90), "分"), (D(80), "分"), (D(60), "分")} <= not_metrics
        and not re.search(r"\d+\.\d\d", note_text),
        "T11 the first sheet, 填报说明, holds no figure of the forms: `共4张表` and the scale `90分（含）以上为优…` are no "
        "metrics and no score",
    )
    projects = golden["projects"]
    trap(
        "项目资金已包含在部门预算中" in note_text
        and sum(D(p["budget"]) for p in projects) < b["budget_adjusted"]
        and not ({D(p["budget"]) for p in projects} & values)
        and "expenditure_project" not in b,
        "T12 the project sheets' 年度资金总额 (842.60, 386.00) lie inside the department's 4,512.86 (`项目资金已包含在"
        "部门预算中`): projects, no budget items, and no sum expected (the department sheet states no 项目支出)",
    )
    trap(
        b["revenue_other@initial"] == Y("200.00")
        and b["revenue_other@adjusted"] == Y("130.00")
        and "budget_addition" not in b
        and all(
            sum(v for k, v in b.items() if k.endswith("@" + basis)) == b[total]
            for basis, total in (
                ("initial", "budget_initial"),
                ("adjusted", "budget_adjusted"),
                ("executed", "expenditure_total"),
            )
        ),
        "T13 其他资金 200.00 → 130.00 and a 上年结转 of 120.00 with `—` in 年初: each column adds up (3,286.40, 4,512.86, "
        "4,398.27); no 追加 is written, so no budget_addition",
    )
    ws = book["部门整体支出绩效自评表"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == 0.9746)
    trap(
        cell.number_format == "0.00%"
        and b["execution_rate"] == D("97.46")
        and own(golden)[0]["score"] == "9.75"
        and rate(b["expenditure_total"], b["budget_adjusted"]) == D("97.46"),
        "T14 the rate cells are numbers under `0.00%` (0.9746 shows 97.46%); the execution line's 9.75 = 10 × 97.46%",
    )


def _zhenlai(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    stem = "zhenlai-shuili-2018"
    rows = {i["name"]: i for i in own(golden)}
    trap(
        rows["预算执行率"]["score"] == "10"
        and rows["预算执行率"]["level1"] == "过程"
        and b["execution_rate"] >= 95
        and rows["预算调整率"]["score"] == "3"
        and 30 < rate(b["budget_addition"], b["budget_initial"]) <= 50
        and "调整率45.32%" in squeezed
        and (D("45.32"), "%") in not_metrics,
        "T15 the 评分表 scores by its 评分标准: 预算执行率 97.01% ≥ 95% → 10 (not 10 × the rate); 预算调整率 45.32% = "
        "968.40 ÷ 2,136.80 in the 30%—50% band → 3",
    )
    project = golden["projects"][0]
    trap(
        D(project["budget"]) < b["expenditure_project"]
        and D(project["budget"]) not in values
        and row_in(stem, "其中：当年财政拨款", "180.00", "286.00", "279.42")
        and (D("94.77"), "分") in not_metrics
        and f"得分{M.form_total(M.ZHENLAI_FUNDS, M.ZHENLAI_IND):.2f}分" in squeezed,
        "T16 表2's 河湖管护项目 (286.00) is a part of the department's 项目支出 2,225.94; its `当年财政拨款` row is the "
        "project's, not the department's revenue; its 94.77 a form's score (not-metric)",
    )
    trap(
        rows["河湖水质达标"]["score"] == "4.6"
        and D(5) - D("0.4") == D("4.6")
        and "全县12个地表水监测断面中11个达到水质目标" in squeezed
        and (D(11), "个") in metrics
        and (D(12), "个") in not_metrics,
        "T17 `每有1个断面不达标扣0.4分` and the score 4.6 agree with the text's 12 断面, 11 达标 (the 0.4 a rule)",
    )


def _zhanghuang(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    trap(
        "基本支出占全年支出的52.51%" in squeezed
        and rate(b["expenditure_basic"], b["expenditure_total"]) == D("52.51")
        and b["execution_rate"] == D("97.45")
        and (D("52.51"), "%") in not_metrics,
        "T18 `基本支出占全年支出的52.51%` is a share (846.72 ÷ 1,612.38), not an execution rate: a not-metric",
    )
    trap(
        "“三公”经费支出6.84万元，比上年的8.10万元减少1.26万元" in squeezed
        and Y("8.10") - Y("1.26") == Y("6.84")
        and {(Y("6.84"), "元"), (Y("8.10"), "元"), (Y("1.26"), "元")} <= not_metrics
        and not ({Y("6.84"), Y("8.10")} & values),
        "T19 the 三公 经费 6.84 = 8.10 − 1.26: no budget item; not-metrics",
    )
    trap(
        "百香果种植面积达到1.8万亩，较上年增加0.3万亩" in squeezed
        and (D(18000), "亩") in metrics
        and (D(3000), "亩") in not_metrics
        and (Y("126.40"), "元") in metrics
        and Y("126.40") < b["expenditure_project"],
        "T20 `1.8万亩，较上年增加0.3万亩`: the area a metric, the increase not; the 产业奖补 126.40万元 a part of "
        "项目支出 (a metric in 元)",
    )


def _xingshan(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    parts = [D(s) for _, _, s in M.XINGSHAN_PARTS]
    trap(
        sum(parts) == D(str(golden["report"]["self_score"]))
        and all((p, "分") in not_metrics for p in parts)
        and {(D(20), "分"), (D(40), "分")} <= not_metrics
        and not golden["indicators"]
        and "分别得18分、17.5分、35.5分、17.6分，自评得分88.6分" in squeezed,
        "T21 the four parts 18 + 17.5 + 35.5 + 17.6 = 88.6 (out of 20 / 20 / 40 / 20): parts of the score, "
        "not-metrics, no indicator table; the score is right, only its grade is not (E5)",
    )
    trap(
        3200 * 800 == 2560000 < b["expenditure_total"]
        and {(D(2560000), "元"), (D(3200), "亩"), (D("106.67"), "%")} <= metrics
        and {(D(800), "元"), (D(3000), "亩")} <= not_metrics
        and rate(3200, 3000) == D("106.67")
        and "其余用于绿色防控物资采购" in squeezed,
        "T22 `按每亩800元标准…兑付低效园改造补助256.00万元` = 3,200亩 × 800元, a part of the 468.75 spent: a metric "
        "in 元, the standard a not-metric; 106.67% = 3,200 ÷ 3,000",
    )


def _tonggu(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    stem = "tonggu-youcha-2017"
    trap(
        "budget_addition" not in b
        and "追加" not in squeezed
        and b["budget_initial"] == b["funds_local"]
        and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
        and row_in(stem, "其中：中央财政资金", "—", "300.00", "292.40")
        and "funds_central@initial" not in b,
        "T23 年初 60.00 → 全年 510.00 and no 追加 written: the centre's 300.00 and the province's 150.00 were 下达 in the "
        "year (`—` in the form's 年初 column); the levels add up to the budget",
    )
    trap(
        all(b[f"{lv}@adjusted"] == b[lv] for lv in ("funds_central", "funds_provincial", "funds_local"))
        and b["funds_received"] == b["budget_adjusted"]
        and "实际到位资金510.00万元" in squeezed
        and line_with(stem, "年度资金总额", "60.00", "510.00", "496.20", "97.29%", "9.73"),
        "T24 the narrative's levels and the annexed form's rows state the same funds of the same project: plain codes "
        "and `@basis` codes agree; `实际到位资金510.00万元` = the budget",
    )
    trap(
        12600 * 350 == 4410000
        and (D(4410000), "元") in metrics
        and (D(350), "元") in not_metrics
        and {(D("9.73"), "分"), (D(84), "分")} <= not_metrics
        and D("9.73") + 84 == D(str(golden["report"]["self_score"])),
        "T25 `按每亩350元标准…兑付补助441.00万元` = 12,600亩 × 350元, a part of the 496.20 spent; `预算执行得分9.73分` "
        "and `绩效指标得分84分` are the score's two parts (not-metrics)",
    )


def _wangtongyue(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    trap(
        "budget_addition" not in b
        and b["revenue_general_budget@initial"] == b["budget_initial"]
        and b["revenue_general_budget@adjusted"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
        and "revenue_carryover@initial" not in b,
        "T26 年初 85.00 → 全年 126.40 and no 追加: 当年财政拨款 85.00 → 112.40 plus the 上年结转 14.00 (年初 `—`)",
    )
    blocks: dict[str, int] = {}
    for i in golden["indicators"][1:]:
        blocks[i["level1"]] = blocks.get(i["level1"], 0) + int(i["weight"])
    lines = text_of("wangtongyue-renju-2025").splitlines()
    trap(
        blocks == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
        and "产出指标（50分）" in squeezed
        and "（50分）" in [line.strip() for line in lines],
        "T27 the 一级 labels carry their points and wrap in their cells (`产出指标` / `（50分）`): level1 without them; "
        "the rows add up to 50 / 30 / 10",
    )


def _huguan(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    stem = "huguan-gonglu-2023"
    rows = {i["name"]: i for i in golden["indicators"]}
    trap(
        line_with(stem, "绩效指标明确性", "3", "3分", "2")
        and rows["绩效指标明确性"]["score"] == "2"
        and rows["绩效目标合理性"]["score"] == "3"
        and sum(D(i["weight"]) for i in golden["indicators"]) == 100
        and sum(D(i["score"]) for i in golden["indicators"]) == D("92.8")
        and row_in(stem, "总分", "100", "92.8"),
        "T28 the 评分标准 cell `3分` beside a 得分 of 2 (绩效指标明确性): a standard, not the score; the rows add up to "
        "100 and 92.8, the 总分 and the text's 综合评分",
    )
    trap(
        rows["预算执行率"]["score"] == "5"
        and rows["预算执行率"]["level1"] == "过程"
        and b["execution_rate"] >= 95
        and rows["优良中等路率"]["score"] == "9.3"
        and D(10) - D("0.5") * (80 - D("78.6")) == D("9.3")
        and b["expenditure_total"] / D("4866000") < D("1.4")
        and rows["每公里养护成本"]["score"] == "10",
        "T29 the 评分表's 预算执行率 5 of 5 (96.12% ≥ 95%: `≥95%得满分`), 优良中等路率 9.3 = 10 − 0.5 × (80 − 78.6), "
        "每公里养护成本 672.84 ÷ 486.6 = 1.38万元 ≤ 1.4 → 10",
    )
    trap(
        "资金已全部到位" in squeezed
        and "funds_received" not in b
        and 312 + 486 + 1028 == 1826
        and (D(1826), "公里") in not_metrics
        and not ({(D(312), "公里"), (D(1028), "公里")} & (metrics | not_metrics)),
        "T30 `资金已全部到位` states no amount: no funds_received; the 1,826公里 network (县道 312 + 乡道 486 + 村道 "
        "1,028) is a stock, not a result",
    )


def _changling(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    rows = {i["name"]: i for i in golden["indicators"]}
    trap(
        rows["黑土地保护利用面积"]["score"] == "14.25"
        and D(15) * D("28.5") / 30 == D("14.25")
        and "按实际完成值÷年度指标值×该指标分值计分" in squeezed
        and rows["作业完成时间"]["score"] == "3"
        and "每推迟10天扣2分" in squeezed
        and {(D(10), "天"), (D(2), "分")} <= not_metrics,
        "T31 the partial scores follow the 评分说明 sheet: 14.25 = 15 × 28.5 ÷ 30; 时效 3 = 5 − 2 (10 days late); the "
        "rules' numbers are no scores",
    )
    trap(
        "budget_initial" not in b
        and b["funds_central@adjusted"] + b["funds_local@adjusted"] == b["budget_adjusted"]
        and b["funds_central@executed"] + b["funds_local@executed"] == b["expenditure_total"],
        "T32 the 年初预算数 column is `—` throughout: no budget_initial; the levels add up by column",
    )


def _jiaxiang(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    trap(
        "未列入年初部门预算" in squeezed
        and "budget_initial" not in b
        and b["funds_central"] + b["funds_provincial"] == b["budget_adjusted"]
        and (b["expenditure_total"] / D("618000")).quantize(CENT, ROUND_HALF_UP) == D("9.90"),
        "T33 `未列入年初部门预算`: no budget_initial, the levels are the budget; the 亩均补助 9.90元 = 611.94万元 ÷ "
        "61.8万亩",
    )
    trap(
        "较上年提高12公斤" in squeezed
        and {(D(12), "公斤"), (D(632000), "亩"), (D(600000), "亩")} <= not_metrics
        and (D(492), "公斤") in metrics,
        "T34 `较上年提高12公斤` a difference and `全县小麦播种面积63.2万亩` a stock (not-metrics); the 单产 492公斤 a "
        "metric",
    )


def _zhenjiang(trap, b, squeezed, not_metrics, metrics, values, golden) -> None:
    stem = "zhenjiang-fanghong-2023"
    items = M.ZHENJIANG_ITEMS
    trap(
        sum(Y(x) for _, x, _ in items) == b["budget_adjusted"]
        and sum(Y(x) for _, _, x in items) == b["expenditure_total"]
        and not golden["projects"]
        and all(line_with(stem, n, x, y) for n, x, y in items)
        and not ({(Y(y), "元") for _, _, y in items} & (metrics | not_metrics)),
        "T35 表1's five 子项目 add up to 1,600.00 / 1,548.62: a complete split of the project, in neither list, no "
        "projects; each row's own rate beside the 合计's 96.79%",
    )
    trap(
        "截至9月30日汛期结束，项目已支出1236.40万元，占全年预算的77.3%" in squeezed
        and rate(Y("1236.40"), b["budget_adjusted"]) == D("77.28")
        and {(Y("1236.40"), "元"), (D("77.3"), "%")} <= not_metrics
        and Y("1236.40") not in values,
        "T36 `截至9月30日…已支出1,236.40万元，占全年预算的77.3%`: an interim figure (77.275 rounded to one decimal), not "
        "the year's spending or execution rate",
    )
    trap(
        "较2022年的1462.30万元增加86.32万元" in squeezed
        and b["expenditure_total"] - Y("1462.30") == Y("86.32")
        and {(Y("1462.30"), "元"), (Y("86.32"), "元")} <= not_metrics,
        "T37 `较2022年的1,462.30万元增加86.32万元`: last year's spending and a difference, not-metrics",
    )


TRAPS: dict[str, tuple[Trap, ...]] = {
    "yihuang-nongye-2022": (_yihuang,),
    "xingtai-shuili-2019": (_xingtai,),
    "zuoquan-weijian-2021": (_zuoquan,),
    "zhenlai-shuili-2018": (_zhenlai,),
    "zhanghuang-zhen-2020": (_zhanghuang,),
    "xingshan-ganju-2024": (_xingshan,),
    "tonggu-youcha-2017": (_tonggu,),
    "wangtongyue-renju-2025": (_wangtongyue,),
    "huguan-gonglu-2023": (_huguan,),
    "changling-heitudi-2019": (_changling,),
    "jiaxiang-xiaomai-2022": (_jiaxiang,),
    "zhenjiang-fanghong-2023": (_zhenjiang,),
}


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of each document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    score = D(str(golden["report"]["self_score"]))
    if stem == "yihuang-nongye-2022":
        total, *levels = M.YIHUANG_FORMS[2]["funds"]
        executed = sum(D(r[3]) for r in levels)
        p3 = next(p for p in golden["projects"] if p["name"] == "动物防疫补助经费")
        if not (
            executed == D(total[3]) - 10
            and all(sum(D(r[k]) for r in levels if r[k] != M.E) == D(total[k]) for k in (1, 2))
            and all(D(r[3]) <= D(r[2]) for r in levels)
            and rate(total[3], total[2]) == D(p3["execution_rate"]) == D("96.69")
            and M.form_score(M.YIHUANG_FORMS[2]["funds"]) == "9.67"
            and sum(D(p["executed"]) for p in golden["projects"]) == Y(M.YIHUANG_SPENT)
            and row_in(stem, "县级财政资金", "86.00", "86.00", "71.20")
            and not any(k.startswith("funds_") for k in b)
        ):
            out.append(
                ("E1: form 3's levels 116.20 + 31.56 + 71.20 = 218.96 under 全年执行数 228.96", str(executed))
            )
    if stem == "zhenlai-shuili-2018":
        rows = own(golden)
        scores = sum(D(i["score"]) for i in rows)
        if not (
            scores == score + 1
            and sum(D(i["weight"]) for i in rows) == 100
            and all(D(i["score"]) <= D(i["weight"]) for i in rows)
            and row_in(stem, "合计", "100", "91.6")
            and "绩效自评得分91.6分" in squeezed
            and sum(D(r[3]) - D(r[5]) for r in M.ZHENLAI_ROWS) == 100 - scores
            and band(scores) == band(score) == golden["report"]["grade"]
        ):
            out.append(("E2: the 评分表's 得分 add up to 92.6 under a 合计 of 91.6", str(scores)))
    if stem == "zuoquan-weijian-2021":
        p2 = next(p for p in golden["projects"] if p["name"] == "医疗服务与保障能力提升补助资金")
        stated = D(p2["execution_rate"])
        import openpyxl

        book = openpyxl.load_workbook(str(source_of(stem)))
        sheet = book["医疗服务与保障能力提升"]
        # every amount of the workbook's three funds blocks (the figures a rate of money is made of)
        funds = [M.ZUOQUAN_FUNDS] + [p["funds"] for p in M.ZUOQUAN_PROJECTS]
        figures = sorted({D(v) for block in funds for row in block for v in row[1:] if v != M.E})
        hits: list[tuple[Decimal, ...]] = [
            (x, z) for x, z in itertools.permutations(figures, 2) if rate(x, z) == stated
        ]
        hits += [
            (x, y, z)
            for x, y, z in itertools.permutations(figures, 3)
            if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)
        ]
        shown = [_shown(c) for row in sheet.iter_rows() for c in row if c.value is not None]
        if (
            hits
            or len(figures) < 25
            or rate(p2["executed"], p2["budget"]) != D("93.66")
            or "96.36%" not in shown
            or "9.37" not in shown
            or M.form_score(M.ZUOQUAN_PROJECTS[1]["funds"]) != "9.37"
        ):
            out.append(("E3: 96.36% is no ratio of the figures; 361.52 ÷ 386.00 = 93.66%", str(hits[:5])))
    if stem == "zhanghuang-zhen-2020":
        parts = b["expenditure_personnel"] + b["expenditure_public"]
        if not (
            parts == b["expenditure_basic"] - 10 * W
            and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
            and rate(b["expenditure_basic"], b["expenditure_total"]) == D("52.51")
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
        ):
            out.append(("E4: 728.54 + 108.18 = 836.72 under 基本支出 846.72", str(parts)))
    if stem == "xingshan-ganju-2024":
        parts = sum(D(s) for _, _, s in M.XINGSHAN_PARTS)
        if not (
            parts == score == D("88.6")
            and "自评得分90分（含）以上为“优”，80分（含）至90分为“良”" in squeezed
            and "本项目自评等级为“优”" in squeezed
            and band(score) == "良" != golden["report"]["grade"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
        ):
            out.append(("E5: 88.6 is 良 on the printed scale, graded 优", str(parts)))
    return out


# --------------------------------------------------------------------------- layout
PDF_LAYOUT = {  # stem: (footers, pages holding a grid form, pages holding a three-line table)
    "yihuang-nongye-2022": ([f"第 {n} 页 共 5 页" for n in range(1, 6)], {3, 4, 5}, set()),
    "xingtai-shuili-2019": (["- 1 -", "- 2 -", "- 3 -"], {3}, set()),
    "tonggu-youcha-2017": (["- 1 -", "- 2 -"], {2}, set()),
    "wangtongyue-renju-2025": (
        [f"填报单位（盖章）：{M.WANGTONGYUE_UNIT} 联系人：刘×× 填报日期：2026年2月27日"],
        {1},
        set(),
    ),
    "huguan-gonglu-2023": (["第 1 页", "第 2 页"], {2}, set()),
    "zhenjiang-fanghong-2023": (["1/2", "2/2"], set(), {1}),
}


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
        footers, grids, threes = PDF_LAYOUT[stem]
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        if lasts != footers:
            out.append(("pages and footers", str(lasts)))
        for n, (r, k) in enumerate(zip(rects, lines, strict=True), 1):
            if n in grids and r < 40:
                out.append((f"page {n}: a grid-ruled form", str(r)))
            if n in threes and (r or k != 3):
                out.append((f"page {n}: a three-line table and no other rule", f"{r} {k}"))
            if n not in grids and n not in threes and (r or k):
                out.append((f"page {n}: no rule", f"{r} {k}"))
        if stem == "yihuang-nongye-2022" and [p.splitlines()[0] for p in pages[2:]] != [
            "附件1",
            "附件2",
            "附件3",
        ]:
            out.append(("the three forms annexed one per page", ""))
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        want = {"zhenlai-shuili-2018": 2, "jiaxiang-xiaomai-2022": 1}[stem]
        if (
            len(document.tables) != want
            or "PAGE" in document.sections[0].footer._element.xml
            or any(t.style.name != "Table Grid" for t in document.tables)
        ):
            out.append(("Word grid tables after the text, no page field", str(len(document.tables))))
        body = [child.tag.rsplit("}", 1)[-1] for child in document.element.body]
        if body.index("tbl") < len(body) // 2:
            out.append(("the tables follow the text", str(body.index("tbl"))))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        names = [ws.title for ws in book.worksheets]
        want = {
            "zuoquan-weijian-2021": [
                "填报说明",
                "部门整体支出绩效自评表",
                "基本公共卫生服务",
                "医疗服务与保障能力提升",
            ],
            "changling-heitudi-2019": ["项目支出绩效自评表", "评分说明"],
        }[stem]
        form = book.worksheets[1] if stem == "zuoquan-weijian-2021" else book.worksheets[0]
        merged = {str(r) for r in form.merged_cells.ranges}
        formats = {c.number_format for row in form.iter_rows() for c in row if isinstance(c.value, float)}
        if names != want or not {"A1:I1", "B5:C5"} <= merged or not {"#,##0.00", "0.00%"} <= formats:
            out.append(("sheets, merged cells, number formats", f"{names} {sorted(formats)}"))
    if source.suffix == ".txt":
        data = source.read_bytes()
        if not data.startswith(b"\xef\xbb\xbf") or b"\n" in data.replace(b"\r\n", b""):
            out.append(("UTF-8 with a BOM and CRLF line ends", ""))
    if source.suffix == ".html":
        data = source.read_bytes()
        text = data.decode("utf-8")
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            out.append(("UTF-8 without BOM, LF", ""))
        chrome = ("当前位置：", "索引号", "发布机构", "【打印本页】", "阅读次数", "鄂ICP备")
        if not all(c in text for c in chrome) or text.count("<table") != 1:
            out.append(
                ("portal chrome, one table (the 索引号 block)", str([c for c in chrome if c not in text]))
            )
    return out


def sum_problems(
    golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    shared = copy.deepcopy(golden)
    shared["indicators"] = own(golden)  # the report's own rows; each annexed form is checked by `_forms`
    problems = (
        _sum_problems(shared, stem, projects_complete) + _forms(golden, stem) + _execution_score(golden, stem)
    )
    problems = _traps(golden, stem, problems)
    problems += _received_stated(golden, stem) + _score_printed(golden, stem)
    try:
        problems += _planted_hold(golden, stem)
    except (KeyError, IndexError, ValueError, StopIteration) as error:
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
    """Each place is written only in its own document; no province, none of the unnamed prefectures."""
    problems = []
    for stem in PLACES:
        text = text_of(stem)
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_bytes().decode("utf-8")
        for other, places in PLACES.items():
            for place in places:
                if (place in text) != (other == stem):
                    problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for name in PROVINCES + UNWRITTEN:
            if name in text:
                problems.append(f"{stem}: {name} written")
        report = golden_of(stem)["report"]
        if "province" in report:
            problems.append(f"{stem}: a province no document writes")
        for key in ("city", "county"):
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
