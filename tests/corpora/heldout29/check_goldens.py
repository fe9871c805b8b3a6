#!/usr/bin/env python3
"""Check the heldout29 goldens against their documents.

    .venv/bin/python tests/corpora/heldout29/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
every project's rate equals its executed ÷ budget, a complete project list adds up to 项目支出,
indicator weights add up to 100 and scores to the self-score, no score above its weight, grade
matches the bands), with the five planted errors declared as expected, and adds what this batch
needs on top:

- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- a printed 合计 row of every project table equals the sum of its rows (budget and executed) and
  states their rate; the self-score is printed where the golden says;
- the ten TRAPS, each accepted only when the figures really are consistent, and each counted:
  T1 jiande: one project on two rows (two fund sources), the complete list still adds up;
  T2 jiande: first-level 小计 rows in the indicator table (with them the 分值 column adds up to 190);
  T3 lujiang: a table of the 主要 projects only, its own 合计, the rest stated;
  T4 jinghong: a 项目自评得分 column whose mean is not the department's score;
  T5 longkou: a project over 100% because its spending includes carried-over funds, as its 备注 says;
  T6 libo: projects inside the 项目支出 sentence (`主要用于…等项目`), far short of 项目支出;
  T7 lujiang: a 年初预算数 column beside the 调整后 one (a project added mid-year at 0.00);
  T8 fugu: 绩效指标（90分） weights add up to 90, the 预算执行情况（10分） line makes 100;
  T9 huadian: deductions in prose (`扣0.24分…扣0.5分…扣1分…合计扣1.74分`) that match the table;
  T10 shanghang: per-project 万元 figures in the text that add up to 0.01 over 项目支出, the 元 table exact;
- the five planted errors hold under every reading (see `_planted_hold`);
- layout facts (jiande: 3 pages, running header, project table over a page break with its header row
  repeated; lujiang: a table without rules; luding / fuyuan / jiande: ruled grids; the Word tables;
  longkou's merged cells; the portal chrome; libo: BOM, CRLF, hard line breaks and page markers);
- no name of the eleven places' provinces or prefectures is written in any document;
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
    ("fengning-wenlv-2019", "projects = 项目支出"): ["expenditure_project", "projects.executed"],
    ("jinghong-jiaoyu-2023", "project 校舍维修改造 rate"): ["projects.execution_rate"],
    ("luding-chaye-2020", "indicator weights = 100"): ["indicators.weight"],
    ("fugu-dibao-2022", "indicator scores = self_score"): ["indicators.score"],
    ("fuyuan-gongshui-2023", "grade matches the bands"): ["self_score", "grade"],
}
# complete project lists (the report says it names every project): they must add up to 项目支出
COMPLETE = frozenset({"jiande-nongye-2021", "jinghong-jiaoyu-2023", "fengning-wenlv-2019", "longkou-weijian-2024",
                      "shanghang-jiaotong-2022"})
# provinces and prefectures of the eleven places: never written
UNWRITTEN = ("浙江", "杭州", "安徽", "合肥", "云南", "西双版纳", "河北", "承德", "山东", "烟台", "四川", "甘孜",
             "贵州", "黔南", "陕西", "榆林", "吉林", "黑龙江", "佳木斯", "福建", "龙岩")
N_DOCUMENTS = 11
N_TRAPS = 10
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


def D(x) -> Decimal:
    return Decimal(str(x))


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
            want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != D(ind["score"]) or computed != D(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
            if "actual" in ind and ind["actual"] != f"{computed}%":
                out.append(("execution-line actual = the rate", ind["actual"]))
    return out


def _totals(golden: dict, stem: str, squeezed: str) -> list[tuple[str, str]]:
    """A project table's printed 合计 row is the sum of its rows; the self-score is printed."""
    out: list[tuple[str, str]] = []
    projects = golden.get("projects", [])
    if projects and stem not in ("libo-linye-2017", "fengning-wenlv-2019"):
        budget = sum(D(p["budget"]) for p in projects)
        done = sum(D(p["executed"]) for p in projects)
        unit = Decimal(1) if stem == "shanghang-jiaotong-2022" else W
        cells = [f"{budget / unit:.2f}", f"{done / unit:.2f}", f"{rate(done, budget)}%"]
        shown = [{c, c[:-3]} if c.endswith(".00") else {c} for c in cells]  # a workbook shows 4825.00 as 4825
        if not any("|".join(p) in squeezed or "".join(p) in squeezed for p in itertools.product(*shown)):
            out.append(("the 合计 row is the sum of the projects and their rate", str(cells)))
    score = golden["report"]["self_score"]
    forms = {f"{D(score)}分", f"{D(score):.2f}"}
    if not any(f in squeezed for f in forms):
        out.append(("the self-score is printed", str(forms)))
    return out


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    projects = golden.get("projects", [])
    indicators = golden.get("indicators", [])
    score = D(golden["report"]["self_score"])

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "jiande-nongye-2021":
        twice = [p for p in projects if p["name"] == "高标准农田建设"]
        by_source = {p.get("fund_source"): D(p["budget"]) for p in projects}
        trap(len(twice) == 2 and {p["fund_source"] for p in twice} == {"一般公共预算", "政府性基金"}
             and squeezed.count("高标准农田建设|") == 2
             and sum(D(p["executed"]) for p in projects) == b["expenditure_project"]
             and by_source["政府性基金"] == b["revenue_gov_fund"] and by_source["上年结转"] == b["revenue_carryover"]
             and "按资金来源分行列示" in squeezed,
             "T1 one project on two rows (two fund sources); the complete list adds up to 项目支出")
        blocks = {"产出指标": ("50", "48.5"), "效益指标": ("30", "29"), "满意度指标": ("10", "10")}
        sums_hold = all(sum(D(i["weight"]) for i in indicators if i["level1"] == lv) == D(w)
                        and sum(D(i["score"]) for i in indicators if i["level1"] == lv) == D(s)
                        and f"{lv}小计|||||{w}|{s}|" in squeezed and f"{lv}得分{s}分" in squeezed
                        for lv, (w, s) in blocks.items())
        with_subtotals = sum(D(i["weight"]) for i in indicators) + sum(D(w) for w, _ in blocks.values())
        trap(sums_hold and with_subtotals == 190 and sum(D(i["weight"]) for i in indicators) == 100
             and "合计|||||100|97.30|" in squeezed and "预算执行得分9.80分" in squeezed,
             "T2 first-level 小计 rows: with them the 分值 column adds up to 190, without them to 100")
    if stem == "lujiang-shuili-2018":
        budget = sum(D(p["budget"]) for p in projects)
        done = sum(D(p["executed"]) for p in projects)
        rest = D("13445600")
        trap("合计2770.003560.003491.1898.07%" in squeezed and budget == 3560 * W and done == D("34911800")
             and done < b["expenditure_project"] and b["expenditure_project"] - done == rest
             and "其中5个主要项目" in squeezed and "其余18个项目支出1344.56万元" in squeezed,
             "T3 the table holds the 主要 projects only; its 合计 plus the rest stated is 项目支出")
        initial = {"中小河流治理": "1200.00", "小型水库除险加固": "800.00", "农村饮水安全巩固提升": "620.00",
                   "山洪灾害防治": "0.00", "河长制工作经费": "150.00"}
        over_initial = [p["name"] for p in projects if D(p["executed"]) > D(initial[p["name"]]) * W]
        trap(all(f"{p['name']}{initial[p['name']]}{D(p['budget']) / W:.2f}" in squeezed for p in projects)
             and set(over_initial) == {"中小河流治理", "小型水库除险加固", "山洪灾害防治"}
             and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) <= 100 for p in projects)
             and "执行率均按调整后预算数计算" in squeezed,
             "T7 a 年初预算数 column (one project added mid-year at 0.00): the rates are against 调整后预算数")
    if stem == "jinghong-jiaoyu-2023":
        scores = [D(x) for x in ("98", "96", "90", "95", "92", "94")]
        mean = (sum(scores) / len(scores)).quantize(CENT, ROUND_HALF_UP)
        rows = re.findall(r"\|(\d{2})$", "\n".join(line.replace(" ", "") for line in text_of(stem).splitlines()),
                          flags=re.M)
        trap(rows == [str(s) for s in scores] and mean != score
             and sum(D(i["score"]) for i in indicators) == score
             and not any(i["name"] == p["name"] for i in indicators for p in projects)
             and "部门整体自评得分按部门整体支出绩效指标另行计算" in squeezed,
             f"T4 a 项目自评得分 column (mean {mean}) beside the department's own {score}")
    if stem == "longkou-weijian-2024":
        p = next(p for p in projects if p["name"] == "乡镇卫生院设备更新")
        carried = D("248000")
        trap(D(p["execution_rate"]) > 100 and rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"])
             and D(p["executed"]) - carried == D(p["budget"]) and "执行数含上年结转资金支出24.80万元" in squeezed
             and "上年结转" in p["fund_source"] and b["revenue_carryover"] >= carried,
             "T5 104.13%: the project's spending includes 24.80万元 of carried-over funds, as its 备注 says")
    if stem == "libo-linye-2017":
        done = sum(D(p["executed"]) for p in projects)
        trap("项目支出1232.24万元，主要用于天然林保护工程" in squeezed and "）等项目" in squeezed
             and done < b["expenditure_project"] and len(projects) == 3
             and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) for p in projects),
             f"T6 three projects named in the 项目支出 sentence (`等`): {done / W} of {b['expenditure_project'] / W}万元")
    if stem == "fugu-dibao-2022":
        rows = [i for i in indicators if i["name"] != "预算执行率"]
        execution = next(i for i in indicators if i["name"] == "预算执行率")
        trap(sum(D(i["weight"]) for i in rows) == 90 and D(execution["weight"]) == 10
             and "绩效指标（90分）" in squeezed and "预算执行情况（10分）" in squeezed
             and "合计|100|98.40|" in squeezed and "|权重|得分|" in squeezed,
             "T8 the 权重 of 绩效指标（90分） add up to 90; the 预算执行 line's 10 makes the 合计 100")
    if stem == "huadian-fuyu-2025":
        deductions = {"预算执行率": D("0.24"), "完成森林抚育面积": D("0.5"), "抚育作业完成时间": D("1")}
        lost = {i["name"]: D(i["weight"]) - D(i["score"]) for i in indicators if D(i["weight"]) != D(i["score"])}
        trap(lost == deductions and sum(deductions.values()) == D("1.74") == 100 - score
             and "扣0.24分" in squeezed and "扣0.5分" in squeezed and "扣1分" in squeezed and "合计扣1.74分" in squeezed
             and all(D(v) in {D(x["value"]) for x in golden["not_metrics"]} for v in ("0.24", "0.5", "1", "1.74")),
             "T9 the deductions in prose are the table's (weight − score) and add up to 100 − 98.26")
    if stem == "shanghang-jiaotong-2022":
        stated = [D("1862.35"), D("986.44"), D("637.49")]
        exact = [D(p["executed"]) for p in projects]
        trap(sum(stated) - b["expenditure_project"] / W == CENT and sum(exact) == b["expenditure_project"]
             and [(e / W).quantize(CENT, ROUND_HALF_UP) for e in exact] == stated
             and "分别支出1862.35万元、986.44万元和637.49万元" in squeezed and "单位：元" in squeezed,
             "T10 the text's 万元 figures are the 元 table's rounded; 0.01 over 项目支出 is rounding")
    return out


def _money_figures(stem: str) -> list[Decimal]:
    """Every figure with two decimals the document writes (万元 in text and table cells)."""
    return [D(x) for x in re.findall(r"(\d+\.\d{2})(?![\d%])", golden_check.squeeze(text_of(stem)))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figures the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    projects = golden.get("projects", [])
    indicators = golden.get("indicators", [])
    if stem == "fengning-wenlv-2019":
        done = sum(D(p["executed"]) for p in projects)
        if not (b["expenditure_project"] - done == 10 * W and "共实施项目4个，逐项说明如下" in squeezed
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and all(rate(D(p["executed"]), D(p["budget"])) == D(p["execution_rate"]) for p in projects)):
            out.append(("E1: the four projects' 实际支出 add up to 10.00万元 less than 项目支出", str(done)))
    if stem == "jinghong-jiaoyu-2023":
        p = next(p for p in projects if p["name"] == "校舍维修改造")
        stated, true = D(p["execution_rate"]), rate(D(p["executed"]), D(p["budget"]))
        figures = sorted(set(_money_figures(stem)))
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        others = [q for q in projects if q is not p]
        if hits or true != D("95.77") or len(figures) < 20 or not (
                "校舍维修改造|1120.00|1072.58|97.58%|90" in squeezed
                and all(rate(D(q["executed"]), D(q["budget"])) == D(q["execution_rate"]) for q in others)):
            out.append(("E2: 97.58% is no pair of the document's figures; 1,072.58 ÷ 1,120.00 = 95.77%", str(hits[:5])))
    if stem == "luding-chaye-2020":
        blocks = {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "预算执行": 10}
        got = {lv: sum(D(i["weight"]) for i in indicators if i["level1"] == lv) for lv in blocks}
        if not (got == {"产出指标": 45, "效益指标": 30, "满意度指标": 10, "预算执行": 10}
                and all(f"{lv}（{w}分）" in squeezed for lv, w in blocks.items())
                and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"])
                and "合计|||||100|93.77|" in squeezed
                and not any(D(i["score"]) > D(i["weight"]) for i in indicators)):
            out.append(("E3: 产出指标（50分） holds rows of 45 分; the 分值 add up to 95 under a 合计 of 100", str(got)))
    if stem == "fugu-dibao-2022":
        scores = sum(D(i["score"]) for i in indicators)
        if not (scores == D("99.40") and D(golden["report"]["self_score"]) == D("98.4")
                and "合计|合计|100|98.40|" in squeezed and "本项目自评得分98.4分" in squeezed
                and sum(D(i["weight"]) for i in indicators) == 100):
            out.append(("E4: the 得分 add up to 99.40, the 合计 row and the text say 98.40", str(scores)))
    if stem == "fuyuan-gongshui-2023":
        score = D(golden["report"]["self_score"])
        if not ("良（80分至89.99分）" in squeezed and "优（90分及以上）" in squeezed and 80 <= score < 90
                and golden["report"]["grade"] == "优" and "自评得分86.42分，评价等级为优" in squeezed
                and sum(D(i["score"]) for i in indicators) == score
                and sum(D(i["weight"]) for i in indicators) == 100):
            out.append(("E5: 86.42 is 良 on the printed scale, graded 优", ""))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    raw = text_of(stem)
    if any(name in raw for name in UNWRITTEN):
        out.append(("a province or prefecture is written", str([n for n in UNWRITTEN if n in raw])))
    suffix = source_of(stem).suffix
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source_of(stem))) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            tables = [p.extract_tables() for p in pdf.pages]
            rules = [len(p.rects) + len(p.lines) for p in pdf.pages]
        if stem == "jiande-nongye-2021":
            head = "建德市农业农村局2021年度部门整体支出绩效自评报告"
            if not (len(pages) == 3 and all(p.splitlines()[0] == head for p in pages)
                    and all(p.splitlines()[-1] == f"第 {n} 页 共 3 页" for n, p in enumerate(pages, 1))
                    and tables[0][0][0][:2] == ["序号", "项目名称"] and tables[1][0][0][:2] == ["序号", "项目名称"]
                    and tables[1][0][-1][1] == "合计" and tables[2][0][0][0] == "一级指标"):
                out.append(("3 pages under a running header; the project table over the break, header repeated", ""))
        if stem == "lujiang-shuili-2018" and (any(tables) or any(rules) or "项目名称年初预算数调整后预算数执行数执行率"
                                              not in golden_check.squeeze(pages[0])):
            out.append(("a project table without rules", ""))
        if stem == "luding-chaye-2020" and not (tables[0] and tables[0][0][2][0] == "产出指标（50分）"):
            out.append(("a ruled grid with first-level labels merged over their rows", ""))
        if stem == "fuyuan-gongshui-2023" and not (len(pages) == 1 and pages[0].splitlines()[-1] == "第1页"
                                                   and len(tables[0]) == 1):
            out.append(("one page, `第1页`, one ruled grid", ""))
        if stem == "shanghang-jiaotong-2022" and not (len(pages) == 1 and len(tables[0]) == 1
                                                      and tables[0][0][-1][0] == "合计"):
            out.append(("one page, one ruled table in 元 with a 合计 row", ""))
    if suffix == ".docx":
        import docx

        tables = docx.Document(str(source_of(stem))).tables
        want = {"jinghong-jiaoyu-2023": 2, "fugu-dibao-2022": 1}[stem]
        if len(tables) != want:
            out.append((f"{want} Word table(s)", str(len(tables))))
        if stem == "fugu-dibao-2022" and not (tables[0].cell(3, 0).text == tables[0].cell(2, 0).text == "预算执行情况（10分）"
                                              and tables[0].cell(8, 0).text == "绩效指标（90分）"):
            out.append(("the form's block labels merged down", ""))
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source_of(stem)))
        merged = {str(r) for r in book.active.merged_cells.ranges}
        if not (len(book.sheetnames) == 1 and {"A1:H1", "A16:C16", "G12:H12", "A20:A23", "A28:E28"} <= merged):
            out.append(("one sheet; the form's merged cells", str(sorted(merged))))
    if suffix == ".html":
        html = source_of(stem).read_text(encoding="utf-8")
        chrome = {"fengning-wenlv-2019": ("当前位置", "索引号", "发布机构", "浏览次数", "网站标识码", "ICP备"),
                  "huadian-fuyu-2025": ("您现在的位置", "索引号", "主题分类", "点击量", "网站标识码", "ICP备",
                                        'rowspan="4"', 'colspan="5">合计')}[stem]
        if not all(c in html for c in chrome):
            out.append(("portal chrome (and the HTML table's spans)", ""))
    if suffix == ".txt":
        data = source_of(stem).read_bytes()
        lines = data.decode("utf-8-sig").split("\r\n")
        if not (data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
                and "- 1 -" in lines and "- 2 -" in lines and max(len(line) for line in lines) <= 40):
            out.append(("UTF-8 with BOM, CRLF, hard line breaks and page markers", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = _sum_problems(golden, stem, projects_complete) + _execution_score(golden)
    squeezed = golden_check.squeeze(text_of(stem))
    return out + _totals(golden, stem, squeezed) + _traps(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


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


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED), projects_complete=COMPLETE)
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
