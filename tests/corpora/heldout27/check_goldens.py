#!/usr/bin/env python3
"""Check the heldout27 goldens against their documents.

    .venv/bin/python tests/corpora/heldout27/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the five planted errors declared as expected, and adds what
this batch needs on top:

- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- the nine TRAPS, each accepted only when the figures really are consistent, and each counted:
  T1 pingyi: levels in 万元 add up to 250.01 against 250.00; the Word table's 元 rows add up exactly;
  T2 yanqing: `约1.2亿元` beside the exact 11,986.40万元 budget;
  T3 chengmai: `预算执行率按实际到位资金计算` (411.18 ÷ 420.00), not against the 全年预算数 480.00;
  T4 yanqing: `项目支出主要包括：…等`: three projects, each with its own rate, cover part of 项目支出;
  T5 luotian: the report's own scale (85分（含）以上为优) makes 87.5 优; the usual bands would say 良;
  T6 midu: `（总分100分）` beside the self-score 93.5;
  T7 midu: last year's revenue `较上年收入20,846,512.36元增加1,153,487.64元，增长5.53%`;
  T8 linyun: a sub-project's budget, spending and rate beside the project's own;
  T9 chengmai: a grading scale and a grade, no score;
- the five planted errors hold under every reading (see `_planted_hold`);
- layout facts (yanqing's three pages under a running header and `第 N 页 共 3 页`; qushui's ruled
  form with merged cells; shizhu's merged cells; pingyi's three Word tables; the portal chrome;
  the sharing-site chrome; midu in 元);
- no province, municipality or prefecture name is written in any document;
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
    ("qingpu-tiyu-2021", "basic + project = total"): ["expenditure_basic", "expenditure_project",
                                                       "expenditure_total"],
    ("zijin-jiaoyu-2020", "rate = executed / budget"): ["execution_rate"],
    ("jingyuan-weiji-2017", "grade matches the bands"): ["self_score", "grade"],
    ("qushui-zangji-2019", "indicator scores = self_score"): ["indicators.score"],
    ("jingde-wenlv-2020", "initial + addition = adjusted"): ["budget_initial", "budget_addition", "budget_adjusted"],
}
# shared checks a trap replaces for one document (the trap checks the real relation instead)
REPLACED = {
    ("pingyi-jinyinhua-2022", "levels = budget less carry-over"),  # T1
    ("chengmai-guacai-2016", "received = budget"),  # T3
    ("chengmai-guacai-2016", "rate = executed / budget"),  # T3
    ("luotian-shuili-2018", "grade matches the bands"),  # T5
}
# names that must not be written here (provinces, municipalities, prefectures of the twelve places)
UNWRITTEN = ("北京", "西藏", "拉萨", "上海", "重庆", "湖北", "黄冈", "海南", "广东", "河源", "宁夏", "固原", "安徽",
             "宣城", "山东", "临沂", "广西", "百色", "云南", "大理")
N_DOCUMENTS = 12
N_TRAPS = 9
W = Decimal("10000")
CENT = Decimal("0.01")

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name)


def text_of(stem: str) -> str:
    return golden_check.document_text(source_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != Decimal(ind["score"]) or computed != Decimal(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def pingyi_tables() -> list[list[list[str]]]:
    import docx

    document = docx.Document(str(HERE / "pingyi-jinyinhua-2022.docx"))
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    not_metrics = {(x["value"], x.get("unit")) for x in golden.get("not_metrics", [])}
    score = golden["report"].get("self_score")

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "pingyi-jinyinhua-2022":
        files = pingyi_tables()[0]
        yuan = {row[0]: Decimal(row[2].replace(",", "")) for row in files[1:]}
        parts = [yuan["中央衔接推进乡村振兴补助资金"], yuan["省级补助资金"], yuan["县级配套资金"]]
        keys = ["funds_central", "funds_provincial", "funds_local"]
        trap(sum(parts) == yuan["合计"] == b["budget_adjusted"]
             and all((v / W).quantize(CENT, ROUND_HALF_UP) * W == b[k] for v, k in zip(parts, keys, strict=True))
             and sum(b[k] for k in keys) - b["budget_adjusted"] == 100 and files[0][2] == "金额（元）"
             and "其中中央衔接推进乡村振兴补助资金123.46万元、省级补助资金78.27万元、县级配套资金48.28万元" in squeezed,
             "T1 the levels in 万元 add up to 250.01 (rounding); the 元 table's rows to 2,500,000.00 exactly")
    if stem == "yanqing-yuanlin-2023":
        approx = Decimal("120000000")
        trap("部门预算资金约1.2亿元" in squeezed and ("120000000.00", "元") in not_metrics
             and approx not in b.values() and abs(b["budget_adjusted"] - approx) / approx < Decimal("0.01"),
             "T2 `约1.2亿元` is the 11,986.40万元 budget rounded, no second budget figure")
        projects = golden["projects"]
        listed = sum(Decimal(p["executed"]) for p in projects)
        trap(len(projects) == 3 and listed < b["expenditure_project"]
             and all(rate(Decimal(p["executed"]), Decimal(p["budget"])) == Decimal(p["execution_rate"]) for p in projects)
             and all(Decimal(p["execution_rate"]) != b["execution_rate"] for p in projects)
             and "项目支出主要包括：" in squeezed and "预算执行率95.91%等。" in squeezed,
             f"T4 `主要包括…等`: three projects ({listed / W} of {b['expenditure_project'] / W} 万元)")
    if stem == "chengmai-guacai-2016":
        trap(rate(b["expenditure_total"], b["funds_received"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) != b["execution_rate"]
             and b["funds_received"] == b["funds_central"] + b["funds_provincial"] + 40 * W
             and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
             and "项目预算执行率按实际到位资金计算，为97.90%" in squeezed,
             f"T3 the rate against 到位资金 (against the 全年预算数 it would be "
             f"{rate(b['expenditure_total'], b['budget_adjusted'])}%)")
        trap(score is None and golden["report"]["grade"] == "优" and "评价结果分为优（90分及以上）" in squeezed
             and "绩效等级评定为“优”" in squeezed and not re.search(r"得分|评分为|\d+(\.\d+)?分。", squeezed),
             "T9 a grading scale and a grade, no score (self_score null)")
    if stem == "luotian-shuili-2018":
        trap(score is not None and Decimal(str(score)) == Decimal("87.5") and golden["report"]["grade"] == "优"
             and "85分（含）以上为优，75分（含）至85分为良" in squeezed and 85 <= score < 90
             and "自评得分87.5分，等级为“优”" in squeezed,
             "T5 87.5 is 优 on the report's own scale (85 and above), 良 only on the usual bands")
    if stem == "midu-shijian-2022":
        trap(score is not None and Decimal(str(score)) == Decimal("93.5") and "（总分100分）" in squeezed
             and "自评得分93.5分" in squeezed and ("100", "分") in not_metrics,
             "T6 `总分100分` beside the self-score 93.5")
        last, more = Decimal("20846512.36"), Decimal("1153487.64")
        trap(b["revenue_total"] - last == more and rate(more, last) == Decimal("5.53") and last not in b.values()
             and "较上年收入20846512.36元增加1153487.64元，增长5.53%" in squeezed,
             "T7 last year's revenue, the increase and the percentage hold; last year's figure is no golden value")
    if stem == "linyun-shuiku-2025":
        sub = golden["projects"][0]
        sb, se, sr = (Decimal(sub[k]) for k in ("budget", "executed", "execution_rate"))
        trap(rate(se, sb) == sr != b["execution_rate"] and sb < b["budget_adjusted"] and se < b["expenditure_total"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "其中，坝体防渗加固子项目预算260.00万元，已支出256.10万元，执行率98.50%" in squeezed,
             "T8 the sub-project's own budget, spending and rate beside the project's")
    return out


def _money_figures(stem: str) -> list[Decimal]:
    """Every 万元 figure the document writes."""
    return [Decimal(x) for x in re.findall(r"(\d+(?:\.\d+)?)万元", golden_check.squeeze(text_of(stem)))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figures the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    if stem == "qingpu-tiyu-2021":
        if not (b["expenditure_total"] - b["expenditure_basic"] - b["expenditure_project"] == 10 * W
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and "本年支出合计3186.52万元，其中基本支出2012.36万元" in squeezed):
            out.append(("E1: basic + project miss the total by 10.00万元 while rate and balance confirm it", ""))
    if stem == "zijin-jiaoyu-2020":
        stated = b["execution_rate"]
        figures = sorted(set(_money_figures(stem)))
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x + y, z) for x, y, z in itertools.permutations(figures, 3) if rate(x + y, z) == stated]
        hits += [(x, y + z) for x, y, z in itertools.permutations(figures, 3) if rate(x, y + z) == stated]
        hits += [(x - y, z) for x, y, z in itertools.permutations(figures, 3) if z and rate(x - y, z) == stated]
        if hits or rate(b["expenditure_total"], b["budget_adjusted"]) != Decimal("96.59") or len(figures) < 7:
            out.append(("E2: the planted rate matches a pair of the document's figures", str(hits[:5])))
    if stem == "jingyuan-weiji-2017":
        score = Decimal(str(golden["report"]["self_score"]))
        if not ("良（80—90分）" in squeezed and "优（90分以上，含90分）" in squeezed and 80 <= score < 90
                and sum(Decimal(i["score"]) for i in golden["indicators"]) == score
                and sum(Decimal(i["weight"]) for i in golden["indicators"]) == 100
                and "自评得分84.2分，评价等级为“优”" in squeezed):
            out.append(("E3: 84.2 is 良 on the scale the report prints, graded 优", ""))
    if stem == "qushui-zangji-2019":
        weights = sum(Decimal(i["weight"]) for i in golden["indicators"])
        scores = sum(Decimal(i["score"]) for i in golden["indicators"])
        stated = Decimal(str(golden["report"]["self_score"]))
        if not (weights == 100 and stated - scores == 1 and "总分|||||100|98.84|优" in golden_check.squeeze(text_of(stem))
                and not any(Decimal(i["score"]) > Decimal(i["weight"]) for i in golden["indicators"])):
            out.append(("E4: the 得分 add up to 97.84, the 总分 row prints 98.84; the 分值 add up to 100", ""))
    if stem == "jingde-wenlv-2020":
        cut = Decimal("364000")
        if not (b["budget_adjusted"] - (b["budget_initial"] + b["budget_addition"] - cut) == 10 * W
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]
                and b["budget_initial"] - cut != b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_carryover"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "调减36.40万元，调整后预算2084.70万元" in squeezed):
            out.append(("E5: 年初 + 追加 − 调减 misses 调整后 by 10.00万元 while the rest confirms it", ""))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    raw = text_of(stem)
    if any(name in raw for name in UNWRITTEN):
        out.append(("a province, municipality or prefecture name is written", str([n for n in UNWRITTEN if n in raw])))
    if stem == "yanqing-yuanlin-2023":
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        header = "延庆区园林绿化局2023年度部门整体支出绩效自评报告"
        if not (len(pages) == 3 and all(p.splitlines()[0] == header for p in pages)
                and all(p.splitlines()[-1] == f"第 {n} 页 共 3 页" for n, p in enumerate(pages, 1))):
            out.append(("three pages under the running header, `第 N 页 共 3 页`", ""))
    if stem == "qushui-zangji-2019":
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            page = pdf.pages[0]
            tables = page.extract_tables()
            n_rects = len(page.rects)
        if not (len(tables) == 1 and n_rects > 60 and tables[0][0][0] == "项目名称"
                and tables[0][-1][:1] == ["总分"] and tables[0][3][0] in ("", None)):
            out.append(("a ruled 项目支出绩效自评表 with merged cells", f"{n_rects} rects"))
    if stem == "shizhu-fanghuo-2024":
        import openpyxl

        merged = {str(r) for r in openpyxl.load_workbook(str(HERE / f"{stem}.xlsx")).active.merged_cells.ranges}
        if not {"A5:A9", "A10:A11", "B3:H3", "A13:A17", "B13:B14", "A22:E22"} <= merged:
            out.append(("the form's merged cells", str(sorted(merged))))
    if stem == "pingyi-jinyinhua-2022":
        tables = pingyi_tables()
        if not (len(tables) == 3 and tables[1][0][0] == "项目资金（万元）" and tables[2][0][0] == "一级指标"
                and tables[2][2][0] == tables[2][1][0] == "产出指标" and tables[2][-1][5:7] == ["100", "97.85"]):
            out.append(("three Word tables: 资金文件 (元), 项目资金, 绩效指标 with merged cells", ""))
    if stem in ("qingpu-tiyu-2021", "linyun-shuiku-2025"):
        html = (HERE / f"{stem}.html").read_text(encoding="utf-8")
        chrome = {"qingpu-tiyu-2021": ("首页 &gt; 政务公开", "索 引 号", "发布机构", "点击数", "网站标识码", "ICP备"),
                  "linyun-shuiku-2025": ("当前位置", "信息来源", "浏览次数", "打印此页", "网站标识码", "ICP备")}[stem]
        if not all(c in html for c in chrome):
            out.append(("portal chrome", ""))
    if stem == "jingde-wenlv-2020":
        data = (HERE / f"{stem}.txt").read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or not all(
                c in raw for c in ("本文档由用户上传", "下载积分", "相关文档", "猜你喜欢", ".docx")):
            out.append(("sharing-site chrome, UTF-8 without BOM, LF", ""))
    if stem == "midu-shijian-2022" and ("万元" in raw or "22,000,000.00元" not in raw):
        out.append(("a report in 元", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete) + _execution_score(golden):
        if (stem, label) in REPLACED:
            continue
        out.append((label, detail))
    return out + _traps(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


golden_check.sum_problems = sum_problems


def flag_problems() -> list[str]:
    """The goldens' error flags are exactly the planted errors, one per document."""
    problems = []
    want = {stem: sorted(items) for (stem, _), items in PLANTED.items()}
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        flags = json.loads(path.read_text(encoding="utf-8")).get("flags", [])
        got = [sorted(f["items"]) for f in flags if f.get("severity") == "error"]
        expected = [want[stem]] if stem in want else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED))
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
