#!/usr/bin/env python3
"""Check the heldout31 goldens against their documents.

    .venv/bin/python tests/corpora/heldout31/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, every
project's rate equals its executed ÷ budget, a complete project list adds up to 项目支出, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the five planted errors declared as expected, and adds what this batch needs:

- the documents read as a careful reader reads them: every sheet of a workbook (number formats
  applied), nested Word tables, a copy of the text in NFKC (full-width digits, `１，２３４．５６`,
  `％`; a Chinese comma typed inside a number becomes `,`) with a space between digit groups dropped
  (`1 036.52` -> `1036.52`), rates and scores in Chinese numerals
  (`百分之九十五点六` -> `95.6%`, `九十二分` -> `92分`), and the PDF pages' body text joined without the
  running header and footer (so a figure cut by a page break is whole again), and a two-column page
  read column by column;
- a stated rate of one decimal equals executed ÷ budget rounded to one decimal (jingyu);
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- the self-score is printed; shanxi's 合计 row is the sum of its project rows with their rate;
- the ten TRAPS, each accepted only when the figures really are consistent, and each counted:
  T1 luyi: 项目支出 `1688` / page break / `.46万元`: 1,583.86 + 1,688.46 = 3,272.32, and only rejoined;
  T2 luyi: a 万元 table with the unit in the cell beside each figure, one row `1,864,600.00 | 元`
     (= 3,458.78 − 3,272.32 万元);
  T3 shanxi: the 亿元 text rounds 表1's 万元 figures: 2.44 + 10.03 = 12.47 beside 12.46, 12.46 ÷ 13.08 =
     95.26% beside the stated 95.25%, while the 万元 figures add up and give 95.25%;
  T4 hangjin: `1 036.52` and `1 878.70` (a space groups the thousands) add up read whole;
  T5 sangzhi: a 三线表 in 千元, the unit only in its caption, beside 万元 text: every 本年数 is the text's figure;
  T6 sangzhi: negative 增减额 (`-1,260.0`), `—` for none and a 上年数 column that adds up on its own;
  T7 mentougou: `1，862.40`, `２４６．５０`, `1，126.85`, `97.03％` add up only read whole;
  T8 anyuan: `各项指标分值合计100分` and `合计 | 100 | 93.50`: 100 is the weights, the score 93.5;
  T9 jingyu: `预算执行率百分之九十五点六` is 1,224.06 ÷ 1,280.00 = 95.63% in words to one decimal;
  T10 tongwei: the 万元 text rounds the 元 table: 412.64 + 61.25 = 473.89 beside 473.88, 241.58 + 44.85 =
     286.43 beside 286.44, 286.44 + 166.83 = 453.27 beside 453.26, while the 元 figures add up exactly;
- the five planted errors hold under every reading (see `_planted_hold`);
- layout facts (luyi's split figure with the footer `- 1 -` and the running header between its halves,
  shanxi's 3 pages with the project table over the break and its header repeated and one row wrapped,
  songjiang's landscape form page, hangjin's two-column page and three-line table, sangzhi's three-line
  table, the nested Word table, the two-sheet workbook with the unit only in its print header, the
  portal chrome and the HTML form table, the TXT's CRLF, form feeds and a figure cut by a line break);
- the golden `flags` must be exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

# (document stem, shared check label) -> the golden flag items that record the planted error
PLANTED = {
    ("hangjin-xini-2019", "initial + addition = adjusted"): ["budget_initial", "budget_addition", "budget_adjusted"],
    ("tongwei-bangluo-2016", "rate = executed / budget"): ["execution_rate"],
    ("songjiang-zhongyi-2024", "grade matches the bands"): ["self_score", "grade"],
    ("jixi-renshe-2017", "indicator weights = 100"): ["indicators.weight"],
    ("shanxi-nongye-2023", "personnel + public = basic"): ["expenditure_personnel", "expenditure_public",
                                                          "expenditure_basic"],
}
# complete project lists (the report says it names every project): they must add up to 项目支出
COMPLETE = frozenset({"shanxi-nongye-2023"})
RUNNING_HEADS = ("鹿邑县自然资源局2021年度部门整体支出绩效自评报告", "山西省农业农村厅2023年度部门整体支出绩效自评报告")
FOOTER = re.compile(r"^(- \d+ -|第 ?\d+ ?页( 共 \d+ 页)?)$")
N_DOCUMENTS = 11
N_TRAPS = 10
W = Decimal("10000")
Y = Decimal("100000000")
CENT = Decimal("0.01")
DIGITS = "零一二三四五六七八九"

_original_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def _cn_integer(numeral: str) -> int:
    """一 … 九十九 (and 一百) as an integer."""
    if numeral == "一百":
        return 100
    if "十" not in numeral:
        return DIGITS.index(numeral)
    tens, _, ones = numeral.partition("十")
    return (DIGITS.index(tens) if tens else 1) * 10 + (DIGITS.index(ones) if ones else 0)


def chinese_numbers(text: str) -> list[str]:
    """Rates and scores written in Chinese numerals, in digits: `百分之九十五点六` -> `95.6%`, `九十二分` -> `92分`."""
    out = []
    for whole, frac in re.findall(r"百分之([一二三四五六七八九十百]+)(?:点([零一二三四五六七八九]+))?", text):
        out.append(f"{_cn_integer(whole)}{'.' + ''.join(str(DIGITS.index(c)) for c in frac) if frac else ''}%")
    for whole in re.findall(r"(?<![百之])([一二三四五六七八九]?十[一二三四五六七八九]?)分", text):
        out.append(f"{_cn_integer(whole)}分")
    return out


def _shown(cell) -> str:
    """A cell as Excel shows it through its number format."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt in ("0.00", "#,##0.00"):
        return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    return str(value)


def _docx_tables(tables) -> list[str]:
    out = []
    for t in tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
            for cell in row.cells:
                out += _docx_tables(cell.tables)
    return out


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def column_text(path: Path) -> str:
    """A two-column page read column by column (left half, then right half), as a reader reads it."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            mid = page.width / 2
            words = page.extract_words()
            left = {round(w["top"]) for w in words if w["x1"] < mid - 5}
            right = {round(w["top"]) for w in words if w["x0"] > mid + 5}
            if len(left & right) >= 10:
                out += [page.crop((0, 0, mid, page.height)).extract_text() or "",
                        page.crop((mid, 0, page.width, page.height)).extract_text() or ""]
    return "\n".join(out)


def body_text(pages: list[str]) -> str:
    """The pages' text without the running header and the footer, pages joined: what the author typed."""
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
        text = "\n".join(" | ".join(_shown(c) for c in row if c.value is not None)
                         for ws in book.worksheets for row in ws.iter_rows())
    elif path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        text = "\n".join([p.text for p in doc.paragraphs] + _docx_tables(doc.tables))
    else:
        text = _original_text(path)
        if path.suffix == ".pdf":
            text += "\n" + body_text(pdf_pages(path)) + "\n" + column_text(path)
    careful = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", unicodedata.normalize("NFKC", text))  # `1 036.52`
    return "\n".join([text, careful, *chinese_numbers(text)])


golden_check.document_text = document_text


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name)


def text_of(stem: str) -> str:
    return document_text(source_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def D(x) -> Decimal:
    return Decimal(str(x).replace(",", "").replace(" ", ""))


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def _places(stated: Decimal) -> Decimal:
    return Decimal(1).scaleb(stated.as_tuple().exponent)


# --------------------------------------------------------------------------- checks
def _one_decimal_rate(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A stated rate written to one decimal is right when executed ÷ budget rounds to it (T9)."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    stated = b["execution_rate"]
    if _places(stated) >= Decimal("0.1"):
        exact = b["expenditure_total"] / b["budget_adjusted"] * 100
        if exact.quantize(_places(stated), ROUND_HALF_UP) == stated:
            return [p for p in problems if p[0] != "rate = executed / budget"]
    return problems


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
            want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            stated = D(b["execution_rate"])
            if want != D(ind["score"]) or computed.quantize(_places(stated), ROUND_HALF_UP) != stated:
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
            if "actual" in ind and ind["actual"] != f"{stated}%":
                out.append(("execution-line actual = the stated rate", ind["actual"]))
    return out


def _totals(golden: dict, squeezed: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    projects = golden.get("projects", [])
    if projects:
        budget = sum(D(p["budget"]) for p in projects)
        done = sum(D(p["executed"]) for p in projects)
        cells = f"合计|{budget / W:.2f}|{done / W:.2f}|{rate(done, budget)}%"
        if cells not in squeezed:
            out.append(("the 合计 row is the sum of the projects and their rate", cells))
    score = D(golden["report"]["self_score"])
    forms = {f"{score}分", f"{score:.2f}", f"|{score}|", f"|{score:.2f}|"}
    if not any(f in squeezed for f in forms):
        out.append(("the self-score is printed", str(forms)))
    return out


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    raw = text_of(stem)
    squeezed = golden_check.squeeze(raw)
    indicators = golden.get("indicators", [])
    not_metrics = {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "luyi-ziranziyuan-2021":
        pages = pdf_pages(source_of(stem))
        one, two = pages[0].splitlines(), pages[1].splitlines()
        project = b["expenditure_project"] / W
        cut = (one[-2].endswith("项目支出1688") and one[-1] == "- 1 -" and two[0] == RUNNING_HEADS[0]
               and two[1].startswith(".46万元") and "1688.46" not in "".join(pages).replace(",", ""))
        trap(cut and project == D("1688.46") and b["expenditure_basic"] + b["expenditure_project"]
             == b["expenditure_total"]
             and all(D("1583.86") + part != b["expenditure_total"] / W for part in (D("1688"), D("0.46"))),
             "T1 项目支出 1688 / - 1 - / header / .46万元: 1,583.86 + 1,688.46 = 3,272.32 only rejoined")
        import pdfplumber

        with pdfplumber.open(str(source_of(stem))) as pdf:
            table = pdf.pages[0].extract_tables()[0]
        units = {row[0]: (row[1], row[2]) for row in table[1:]}
        balance = b["budget_adjusted"] - b["expenditure_total"]
        trap(table[0] == ["项目", "金额", "单位"] and units["年末结转结余"] == ("1,864,600.00", "元")
             and balance == D("1864600.00") == b["balance_carryforward"]
             and D("1864600.00") * W != balance
             and all(units[k][1] == "万元" for k in ("年初预算", "年中追加", "调整后预算", "本年支出"))
             and units["预算执行率"] == ("94.61", "%"),
             "T2 a unit cell beside each figure; 年末结转结余 1,864,600.00 | 元 = 3,458.78 − 3,272.32 万元")
    if stem == "shanxi-nongye-2023":
        wan = {k: b[k] / W for k in ("budget_initial", "budget_addition", "budget_adjusted", "expenditure_total",
                                     "expenditure_basic", "expenditure_project", "balance_carryforward")}
        yi = {k: (v / W).quantize(CENT, ROUND_HALF_UP) for k, v in wan.items()}
        written = "年初预算11.86亿元，年中追加1.22亿元，调整后预算13.08亿元；全年支出12.46亿元，其中基本支出2.44亿元、" \
                  "项目支出10.03亿元；年末结转结余0.62亿元，预算执行率95.25%"
        stated = [D(x) for x in re.findall(r"(\d+\.\d+)亿元", written)]
        trap(written in squeezed and stated == [yi[k] for k in ("budget_initial", "budget_addition",
                                                                "budget_adjusted", "expenditure_total",
                                                                "expenditure_basic", "expenditure_project",
                                                                "balance_carryforward")]
             and yi["expenditure_basic"] + yi["expenditure_project"] == D("12.47") != yi["expenditure_total"]
             and wan["expenditure_basic"] + wan["expenditure_project"] == wan["expenditure_total"]
             and rate(yi["expenditure_total"], yi["budget_adjusted"]) == D("95.26") != b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "合计数与分项之和可能存在尾差" in squeezed
             and all((v * Y, "元") in not_metrics for k, v in yi.items() if k != "budget_addition"),
             "T3 the 亿元 text rounds 表1: 2.44 + 10.03 = 12.47 beside 12.46, 95.26% beside 95.25%")
    if stem == "hangjin-xini-2019":
        page = pdf_pages(source_of(stem))[0]
        rows = {name: (m1, m2) for name, m1, m2 in re.findall(r"^(\S+) (\d+(?: \d{3})*\.\d{2}) (\d+\.\d{2}%)$",
                                                                  page, re.M)}
        whole = {k: D(v[0].replace(" ", "")) for k, v in rows.items()}
        trap(rows.get("基本支出", ("",))[0] == "1 036.52" and rows.get("合计", ("",))[0] == "1 878.70"
             and whole["基本支出"] + whole["项目支出"] == whole["合计"] == b["expenditure_total"] / W
             and whole["其中：人员经费"] + whole["公用经费"] == whole["基本支出"] == b["expenditure_basic"] / W
             and D("36.52") + whole["项目支出"] != whole["合计"]
             and all(rate(whole[k], whole["合计"]) == D(v[1].rstrip("%")) for k, v in rows.items()),
             "T4 thousands grouped with a space: 1 036.52 + 842.18 = 1 878.70 read whole")
    if stem == "sangzhi-linye-2018":
        page = pdf_pages(source_of(stem))[0]
        caption = "表1 2018年度收支情况对比表（单位：千元）"
        table = re.findall(r"^(\S+) (-?[\d,]+\.\d|—) (-?[\d,]+\.\d|—) (-?[\d,]+\.\d|—) (-?\d+\.\d{2}%|—)$", page, re.M)
        by_name = {r[0].replace("其中：", ""): r[1:] for r in table}
        items = {"调整后预算": "budget_adjusted", "一般公共预算财政拨款": "revenue_general_budget",
                 "政府性基金预算财政拨款": "revenue_gov_fund", "上年结转": "revenue_carryover",
                 "本年支出": "expenditure_total", "基本支出": "expenditure_basic", "项目支出": "expenditure_project",
                 "年末结转结余": "balance_carryforward"}
        thousand = Decimal(1000)
        lines_after = page.split(caption)[1].splitlines()[:12] if caption in page else []
        trap(caption in page and len(table) == 9 and not any("元" in ln for ln in lines_after[1:11])
             and all(D(by_name[k][0]) * thousand == b[item] for k, item in items.items())
             and all(f"{b[item] / W:.2f}万元" in squeezed for item in items.values()),
             "T5 a 千元 三线表, the unit only in its caption: 26,246.6 千元 = 2,624.66万元 of the text")
        before = {k: D(v[1]) for k, v in by_name.items() if v[1] != "—"}
        changes_ok = all(D(v[2]) == D(v[0]) - D(v[1]) and D(v[3].rstrip("%")) == rate(D(v[2]), D(v[1]))
                         for v in by_name.values() if v[0] != "—")
        trap(changes_ok and by_name["政府性基金预算财政拨款"][2] == "-1,260.0"
             and by_name["国有资本经营预算财政拨款"] == ("—", "—", "—", "—")
             and "revenue_state_capital" not in b and all(v >= 0 for v in b.values())
             and before["一般公共预算财政拨款"] + before["政府性基金预算财政拨款"] + before["上年结转"] == before["调整后预算"]
             and before["基本支出"] + before["项目支出"] == before["本年支出"]
             and before["调整后预算"] - before["本年支出"] == before["年末结转结余"] == D(by_name["上年结转"][0])
             and not {v * thousand for v in before.values()} & {v for k, v in b.items() if k != "revenue_carryover"},
             "T6 negative 增减额 (-1,260.0), `—` for none, a 上年数 column that adds up on its own")
    if stem == "mentougou-wenlv-2022":
        html = source_of(stem).read_text(encoding="utf-8")
        written = ("年初预算1，862.40万元", "年中追加２４６．５０万元", "基本支出1，126.85万元", "预算执行率97.03％",
                   "接待读者３２．６万人次")
        trap(all(w in html for w in written)
             and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
             and D("862.40") * W + b["budget_addition"] != b["budget_adjusted"]
             and D("126.85") * W + b["expenditure_project"] != b["expenditure_total"],
             "T7 `1，862.40` + `２４６．５０` = 2,108.90 and `1，126.85` + 919.52 = 2,046.37 read whole")
    if stem == "anyuan-yizhong-2025":
        trap(sum(D(i["weight"]) for i in indicators) == 100 and sum(D(i["score"]) for i in indicators) == D("93.5")
             and "各项指标分值合计100分" in squeezed and "合计|合计|合计|合计|合计|100|93.50" in squeezed
             and "自评得分93.5分" in squeezed and (D(100), "分") in not_metrics,
             "T8 分值合计100分 and the 合计 row's 100 are the weights; the score is 93.5")
    if stem == "jingyu-shuili-2020":
        exact = rate(b["expenditure_total"], b["budget_adjusted"])
        trap("预算执行率百分之九十五点六" in squeezed and exact == D("95.63") != b["execution_rate"] == D("95.6")
             and exact.quantize(Decimal("0.1"), ROUND_HALF_UP) == b["execution_rate"]
             and "95.63" not in squeezed,
             "T9 百分之九十五点六 is 1,224.06 ÷ 1,280.00 = 95.63% in words, to one decimal")
    if stem == "tongwei-bangluo-2016":
        def wan(item: str) -> Decimal:
            return (b[item] / W).quantize(CENT, ROUND_HALF_UP)
        said = ("年初预算412.64万元，年中追加61.25万元，调整后预算473.88万元", "基本支出286.44万元（人员经费241.58万元、"
                "公用经费44.85万元），项目支出166.83万元")
        trap(all(s in squeezed for s in said)
             and (wan("budget_initial"), wan("budget_addition"), wan("budget_adjusted")) == (D("412.64"), D("61.25"),
                                                                                            D("473.88"))
             and wan("budget_initial") + wan("budget_addition") == D("473.89")
             and wan("expenditure_personnel") + wan("expenditure_public") == D("286.43") != wan("expenditure_basic")
             and wan("expenditure_basic") + wan("expenditure_project") == D("453.27") != wan("expenditure_total")
             and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
             and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"],
             "T10 the 万元 text rounds the 元 table: three sums off by 0.01 万元, exact in 元")
    return out


def _figures(text: str) -> list[Decimal]:
    """Every figure with two decimals the text writes (thousands separators dropped)."""
    return [D(x) for x in re.findall(r"(\d+\.\d{2})(?![\d%])", golden_check.squeeze(text))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures
    the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    indicators = golden.get("indicators", [])
    if stem == "hangjin-xini-2019":
        cut = D("62.30") * W
        if not (b["budget_initial"] + b["budget_addition"] - cut == b["budget_adjusted"] - 10 * W
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]
                and "调减预算62.30万元；调整后预算1959.00万元" in squeezed
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]):
            out.append(("E1: 1,624.80 + 386.50 − 62.30 = 1,949.00, 10.00 short of 调整后 1,959.00", ""))
    if stem == "tongwei-bangluo-2016":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(text_of(stem))) | set(b.values()) - {stated})
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("95.65") or len(figures) < 20 or not (
                "预算执行率96.65%" in squeezed
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E2: 96.65% is no pair of the figures; 4,532,614.27 ÷ 4,738,835.36 = 95.65%", str(hits[:5])))
    if stem == "songjiang-zhongyi-2024":
        score = D(golden["report"]["self_score"])
        if not ("90分（含）以上为优，80分（含）至90分为良" in squeezed and 80 <= score < 90
                and golden["report"]["grade"] == "优" and "总分10088.46优" in squeezed
                and "自评得分88.46分，自评等级为优" in squeezed
                and sum(D(i["score"]) for i in indicators) == score
                and sum(D(i["weight"]) for i in indicators) == 100):
            out.append(("E3: 88.46 is 良 on the printed scale, graded 优", ""))
    if stem == "jixi-renshe-2017":
        output = [i for i in indicators if i.get("level1") == "产出指标"]
        weights = sum(D(i["weight"]) for i in indicators)
        if not (weights == 95 and sum(D(i["weight"]) for i in output) == 45 and "产出指标（50分）" in squeezed
                and "合计|90|81.66" in squeezed and "总分|100|91.36|优" in squeezed
                and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"]) == D("91.36")):
            out.append(("E4: the 分值 add up to 95 (产出指标（50分） rows to 45) under 100", str(weights)))
    if stem == "shanxi-nongye-2023":
        projects = golden.get("projects", [])
        if not (b["expenditure_basic"] - b["expenditure_personnel"] - b["expenditure_public"] == 10 * W
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_carryover"] == b["budget_adjusted"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and sum(D(p["executed"]) for p in projects) == b["expenditure_project"]):
            out.append(("E5: 人员经费 + 公用经费 = 24,351.27, 10.00 short of 基本支出 24,361.27", ""))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            tables = [p.extract_tables() for p in pdf.pages]
            sizes = [(p.width, p.height) for p in pdf.pages]
            lines = [p.lines for p in pdf.pages]
            rects = [p.rects for p in pdf.pages]
            words = [p.extract_words() for p in pdf.pages]
        if source.stat().st_size > 150_000:
            out.append(("PDF over 150 KB", str(source.stat().st_size)))
        if stem == "luyi-ziranziyuan-2021" and not (
                len(pages) == 2 and all(p.splitlines()[0] == RUNNING_HEADS[0] for p in pages)
                and [p.splitlines()[-1] for p in pages] == ["- 1 -", "- 2 -"] and len(tables[0]) == 1):
            out.append(("2 pages under a running header, `- N -` footers, the 单位 table on page 1", ""))
        if stem == "shanxi-nongye-2023":
            head = ["序号", "项目名称", "全年预算数", "执行数", "执行率"]
            wrapped = [r for t in tables[1] + tables[2] for r in t if r[1] and "\n" in r[1]]
            if not (len(pages) == 3 and all(p.splitlines()[0] == RUNNING_HEADS[1] for p in pages)
                    and [p.splitlines()[-1] for p in pages] == [f"第 {n} 页 共 3 页" for n in (1, 2, 3)]
                    and tables[1][-1][0] == head and tables[2][0][0] == head and tables[2][0][-1][1] == "合计"
                    and len(wrapped) == 1 and wrapped[0][0] == "1"):
                out.append(("3 pages; the project table over the break, header repeated, one row wrapped", ""))
        if stem == "songjiang-zhongyi-2024" and not (
                len(pages) == 2 and sizes[0][0] < sizes[0][1] and sizes[1][0] > sizes[1][1]
                and "项目支出绩效自评表" in pages[1] and len(tables[1]) == 1 and tables[1][0][2][0] == "项目资金（万元）"
                and tables[1][0][3][0] is None and not tables[0]):
            out.append(("page 1 portrait; page 2 landscape holding the ruled form with merged cells", ""))
        if stem == "hangjin-xini-2019":
            mid = sizes[0][0] / 2
            left = {round(w["top"]) for w in words[0] if w["x1"] < mid - 5}
            right = {round(w["top"]) for w in words[0] if w["x0"] > mid + 5}
            if not (len(pages) == 1 and len(left & right) >= 25 and len(lines[0]) == 3 and not rects[0]
                    and "一、部门基本情况 " in pages[0]):
                out.append(("one page in two columns (their lines side by side) and a three-line table",
                            str(len(left & right))))
        if stem == "sangzhi-linye-2018" and not (
                len(lines[0]) == 3 and not any(rects) and all(abs(ln["y0"] - ln["y1"]) < 0.1 for ln in lines[0])
                and "单位：千元" in pages[0]):
            out.append(("a three-line table in 千元", ""))
    if source.suffix == ".docx":
        import docx

        tables = docx.Document(str(source)).tables
        if len(tables) != 1:
            out.append(("one top-level Word table", str(len(tables))))
        elif stem == "anyuan-yizhong-2025":
            nested = tables[0].cell(1, 1).tables
            if not (len(nested) == 1 and nested[0].cell(0, 0).text == "年初预算数"
                    and nested[0].cell(1, 3).text == "97.98%" and tables[0].cell(1, 1)._tc is tables[0].cell(1, 6)._tc):
                out.append(("the funds table nested in the form's merged cell", ""))
        elif stem == "jingyu-shuili-2020" and tables[0].cell(2, 0)._tc is not tables[0].cell(6, 0)._tc:
            out.append(("the 一级 labels merged down", ""))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        merged = {str(r) for r in book.worksheets[0].merged_cells.ranges}
        if not (book.sheetnames == ["项目支出绩效自评表", "绩效指标"]
                and all(ws.oddHeader.center.text == "金额单位：万元" for ws in book.worksheets)
                and not any("万元" in c for c in cells) and {"A5:A9", "A10:A11", "A13:E13"} <= merged
                and book.worksheets[0]["C6"].number_format == "#,##0.00"):
            out.append(("two sheets; the unit only in the print header", str(sorted(merged))))
    if source.suffix == ".html":
        html = source.read_text(encoding="utf-8")
        chrome = ("当前位置：", "首页", "ICP备", "网站标识码", "【关闭窗口】")
        if not all(c in html for c in chrome) or html.startswith("\ufeff") or "\r" in html:
            out.append(("portal chrome, UTF-8 without BOM, LF", str([c for c in chrome if c not in html])))
        if stem == "baicheng-nongye-2015" and not (html.count("<table") == 1 and 'rowspan="4">项目资金' in html
                                                   and 'colspan="6">总分' in html):
            out.append(("the form an HTML table with rowspan / colspan", ""))
    if source.suffix == ".txt":
        data = source.read_bytes()
        text = data.decode("utf-8")
        if not (not data.startswith(b"\xef\xbb\xbf") and text.count("\f") == 2 and "\n" not in text.replace("\r\n", "")
                and "结转结余206,\r\n221.09元" in text and "- 1 -\r\n\f" in text and text.endswith("- 2 -\r\n\f")):
            out.append(("UTF-8, CRLF, a form feed after each page, a figure cut by a line break", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = _one_decimal_rate(golden, stem, _sum_problems(golden, stem, projects_complete)) + _execution_score(golden)
    squeezed = golden_check.squeeze(text_of(stem))
    return out + _totals(golden, squeezed) + _traps(golden, stem) + _planted_hold(golden, stem) + _layout(stem)


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
