#!/usr/bin/env python3
"""Check the heldout37 goldens against their documents.

    .venv/bin/python tests/corpora/heldout37/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the five planted errors declared as expected, and adds what this batch needs:

- the documents read as a careful reader reads them, whatever their layout: every sheet of the
  workbook (a General fraction shows as it is stored), the PDF pages without their footers, without
  the diagonal watermark's characters and (on the two-column pages) column by column, every `w:t` of
  the Word body with its content controls, header and footer, a `pdftotext -layout` table with its
  wrapped cells joined back, and the words of the form pasted as an image (the generator's own rows:
  no text layer holds them);
- a rate printed as a fraction (`0.9682`) counts as the percent it means;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- a stated self-score is printed in the document;
- the TRAPS (26), each accepted only when the figures really are consistent as the report means them,
  and each counted; some of them replace a check that a naive reading fails (initial + addition =
  adjusted, sources = revenue, projects = 项目支出 to the cent);
- the five planted errors hold under every reading (`_planted_hold`), the rest of each document
  confirming the figures around them;
- layout facts (page counts and footers, the transposed funds block, the two columns sharing
  baselines with a table across both, the image with no text on it, the table run on without its
  header, the two halves of the printed sheet, the watermark, the Word header / footer / landscape
  section / content controls, the two sheets, the paginated article, the form feeds);
- each county-level place is written only in its own document; no province is written except the two
  municipalities by their own documents, and none of the prefectures the documents leave unnamed;
- the golden `flags` are exactly the five planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import unicodedata
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

import make_heldout37 as M  # noqa: E402  (this folder: the generator's own rows)

from tests.corpora import golden_check  # noqa: E402

LEVELS = ["funds_central", "funds_provincial", "funds_local"]
# (document stem, check label) -> the golden flag items that record the planted error
PLANTED = {
    ("xinghai-maoniu-2021", "levels = budget less carry-over"): LEVELS,
    ("xinghai-maoniu-2021", "table parts @adjusted = total"): LEVELS,
    ("wanning-yuchuan-2023", "rate = executed / budget"): ["execution_rate"],
    ("donglan-wenti-2018", "grade matches the bands"): ["self_score", "grade"],
    ("luntai-mianhua-2021", "indicator scores = self_score"): ["self_score"],
    ("jinhu-shuiwu-2017", "initial + addition = adjusted"): ["budget_initial", "budget_addition", "budget_adjusted"],
}
# checks that follow from a planted error (the execution line scored on the misstated rate)
CONSEQUENCES = {("wanning-yuchuan-2023", "execution-line score = weight × rate")}
FOOTER = re.compile(r"^(- \d+ -|第 \d+ 页 共 \d+ 页|第 \d+ 页|\d+/\d+)$")
PLACES = {  # the county-level place each document's unit carries; written in no other document of the batch
    "xinghai-maoniu-2021": "兴海", "beichen-danganguan-2018": "北辰", "linzhou-peixun-2025": "林周",
    "pengshui-linye-2014": "彭水", "donglan-wenti-2018": "东兰", "jingle-rouyang-2023": "静乐",
    "yitong-shuili-2025": "伊通", "luntai-mianhua-2021": "轮台", "shuangbai-jiaoyu-2014": "双柏",
    "liuba-xianggu-2020": "留坝", "wanning-yuchuan-2023": "万宁", "jinhu-shuiwu-2017": "金湖",
}
MUNICIPALITIES = {"beichen-danganguan-2018": "天津", "pengshui-linye-2014": "重庆"}  # written by their own documents only
PROVINCES = ("广东", "浙江", "四川", "湖北", "安徽", "山东", "内蒙古", "辽宁", "宁夏", "江西", "甘肃", "福建", "贵州",
             "河南", "湖南", "江苏", "河北", "山西", "陕西", "吉林", "黑龙江", "云南", "广西", "海南", "西藏", "青海",
             "新疆", "上海", "北京")
UNWRITTEN = ("拉萨", "河池", "忻州", "四平", "巴音郭楞", "楚雄", "汉中", "淮安", "黄南")  # prefectures left unnamed
N_DOCUMENTS = 12
N_TRAPS = 26
W = Decimal("10000")
CENT = Decimal("0.01")

_original_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
_text_problems = golden_check.text_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def _shown(cell: Any) -> str:
    """A cell as Excel shows it through its number format (General shows a float as it is stored)."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, float) and fmt in ("0.00", "#,##0.00"):
        return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    if isinstance(value, float) and value == int(value) and fmt == "General":
        return str(int(value))
    return str(value)


def pdf_pages(path: Path, keep: Any = None) -> list[str]:
    """Each page's text; `keep` filters the page's objects first."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [(p.filter(keep) if keep else p).extract_text() or "" for p in pdf.pages]


def rotated(obj: dict) -> bool:
    """A character drawn at a slant (a diagonal watermark's: its text matrix has a shear)."""
    return obj.get("object_type") == "char" and abs(obj["matrix"][1]) > 0.01


def upright(obj: dict) -> bool:
    """Everything but the characters of a rotated watermark."""
    return not rotated(obj)


def body_text(pages: list[str]) -> str:
    """The pages' text without the footer, pages joined."""
    out = []
    for page in pages:
        lines = page.splitlines()
        if lines and FOOTER.match(lines[-1]):
            lines = lines[:-1]
        out.append("\n".join(lines))
    return "\n".join(out)


def column_text(path: Path) -> str:
    """A two-column page read column by column (left half, then right half)."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            half = page.width / 2
            out += [page.crop((0, 0, half, page.height)).extract_text() or "",
                    page.crop((half, 0, page.width, page.height)).extract_text() or ""]
    return "\n".join(out)


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path: Path) -> str:
    """Every paragraph of the Word body, header and footer with all its `w:t` (content controls included);
    table rows joined cell by cell."""
    from lxml import etree

    out = []
    with zipfile.ZipFile(path) as z:
        parts = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        for name in parts:
            root = etree.fromstring(z.read(name))
            for p in root.iter(f"{W_NS}p"):
                out.append("".join(t.text or "" for t in p.iter(f"{W_NS}t")))
            for row in root.iter(f"{W_NS}tr"):
                out.append(" | ".join("".join(t.text or "" for t in tc.iter(f"{W_NS}t")) for tc in row.iter(f"{W_NS}tc")))
    return "\n".join(out)


def _display(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def dewrapped(text: str) -> str:
    """A `pdftotext -layout` table whose cells wrapped: a line holding one fragment under a cell of the line
    above is that cell's continuation, joined back onto it."""
    out: list[str] = []
    last_cells: list[tuple[int, str]] = []
    for line in text.replace("\f", "\n").split("\n"):
        cells = [(_display(line[:m.start()]), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        if len(cells) == 1 and len(last_cells) >= 3 and any(c == cells[0][0] for c, _ in last_cells):
            last_cells = [(c, t + cells[0][1] if c == cells[0][0] else t) for c, t in last_cells]
            out[-1] = "  ".join(t for _, t in last_cells)
            continue
        last_cells = cells
        out.append(line)
    return "\n".join(out)


def scanned_text() -> dict[str, str]:
    """What the pasted image of linzhou's form shows: its title, rows and signature line."""
    rows, _ = M.linzhou_rows()
    lines = ["项目支出绩效自评表", "（2025年度）"]
    for row in rows:
        cells = [c for c in row if c]
        lines += [" | ".join(cells), " ".join(cells)]
    lines.append(M.LINZHOU_SIGN)
    return {"linzhou-peixun-2025": "\n".join(lines)}


PIXEL_TEXT = scanned_text()


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path))
        return "\n".join(" | ".join(_shown(c) for c in row if c.value is not None)
                         for ws in book.worksheets for row in ws.iter_rows())
    if path.suffix == ".docx":
        return _original_text(path) + "\n" + docx_text(path)
    text = _original_text(path)
    if path.suffix == ".pdf":
        text += "\n" + body_text(pdf_pages(path, upright))
        if path.stem == "beichen-danganguan-2018":
            text += "\n" + column_text(path)
    if path.suffix == ".txt":
        text += "\n" + dewrapped(text)
    return text


golden_check.document_text = document_text


def text_problems(golden: dict, raw: str) -> list[str]:
    """The shared checks, a rate printed as a fraction (0.9682) counting as the percent it means."""
    numbers = golden_check._numbers(raw)
    out = []
    for problem in _text_problems(golden, raw):
        m = re.match(r"(?:budget execution_rate=(\S+)|project (\S+) execution_rate) not in the text", problem)
        if m:
            value = m.group(1) or next(p["execution_rate"] for p in golden["projects"] if p["name"] == m.group(2))
            if f"{Decimal(value) / 100:.4f}" in numbers:
                continue
        out.append(problem)
    return out


golden_check.text_problems = text_problems


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name and p.suffix != ".py")


_texts: dict[str, str] = {}


def text_of(stem: str) -> str:
    if stem not in _texts:
        _texts[stem] = document_text(source_of(stem)) + "\n" + PIXEL_TEXT.get(stem, "")
    return _texts[stem]


def squeezed_of(stem: str) -> str:
    return golden_check.squeeze(text_of(stem))


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def D(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def row_in(squeezed: str, *cells: str) -> bool:
    """The cells appear in this order as one row of a table (cells joined by `|`, merged or empty cells between
    them, or nothing at all where a page's text runs them together)."""
    return re.search(r"\|*".join(re.escape(c) for c in cells), squeezed) is not None


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def band(score: Decimal, cuts: tuple[int, int, int] = (90, 80, 60)) -> str:
    return "优" if score >= cuts[0] else "良" if score >= cuts[1] else "中" if score >= cuts[2] else "差"


# --------------------------------------------------------------------------- checks
def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
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
    forms = {f"{s}分", f"|{s:.2f}", f"|{s}|", f"{s}|自评等级"}
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
    projects = golden.get("projects", [])

    def trap(ok: bool, name: str, retires: str | None = None) -> None:
        nonlocal problems
        if ok:
            traps_seen.append(f"{stem}: {name}")
            if retires:
                problems = [p for p in problems if p[0] != retires]
        else:
            problems.append((f"trap does not hold: {name}", ""))

    if stem == "xinghai-maoniu-2021":
        rates = [rate(b[f"{k}@executed"], b[f"{k}@adjusted"]) for k in LEVELS]
        trap(rates == [D("100.00"), D("94.13"), D("71.45")] and b["execution_rate"] not in rates
             and (sum(rates, Decimal(0)) / 3).quantize(CENT) != b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and row_in(squeezed, "|执行率", "96.51%", "100.00%", "94.13%", "71.45%"),
             "T1 the transposed block's 执行率 row: 100.00% / 94.13% / 71.45% are the sources' own rates; the "
             "project's 96.51% is the 合计 column's 598.36 ÷ 620.00")
        parts = [D(1120) * 3000, D(4860) * 500, D("19.36") * W]
        trap(sum(parts) == b["expenditure_total"] and (D(1120), "头") in metrics and (D(4860), "头") in metrics
             and {(D(3000), "元"), (D(500), "元")} <= not_metrics
             and not any(v in parts for v in b.values())
             and "种公牛按每头3000元标准补助1120头，共336.00万元" in squeezed,
             "T2 每头3000元 × 1,120头 = 336.00万元, 每头500元 × 4,860头 = 243.00万元, 其余 19.36万元: a complete split "
             "of the 598.36 (no further spending)")
    if stem == "beichen-danganguan-2018":
        trap(b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]
             and b["budget_initial"] + b["budget_addition"] + b["revenue_carryover@adjusted"] == b["budget_adjusted"]
             and D("14.50") + D("24.00") == b["budget_addition"] / W and "加上上年结转18.00万元，调整后预算668.90万元" in squeezed,
             "T3 年初 612.40 + 追加 38.50 = 650.90, not the 调整后 668.90: the adjusted budget includes the 上年结转 "
             "18.00 the text adds", retires="initial + addition = adjusted")
        three = [D("3.12"), D("0.86")]
        trap(sum(three) == D("3.98") == D("4.60") - D("0.62") and all((v * W, "元") in not_metrics for v in three)
             and not any(v == D("3.98") * W for v in b.values()) and "因公出国（境）费为零" in squeezed,
             "T4 “三公”经费 3.98 = 3.12 + 0.86 (出国 零) = 年初 4.60 − 0.62: a part of 公用经费, no budget item")
        spent = sum((D(p["executed"]) for p in projects), Decimal(0))
        budget = sum((D(p["budget"]) for p in projects), Decimal(0))
        trap(spent == b["expenditure_project"] and rate(spent, budget) == D("92.46") != b["execution_rate"]
             and (D("92.46"), "%") in not_metrics and D(projects[0]["executed"]) == b["revenue_gov_fund@executed"]
             and D(projects[0]["budget"]) == b["revenue_gov_fund@adjusted"]
             and row_in(squeezed, "|合计", "165.20", "152.75", "92.46%"),
             "T5 表2's 合计 92.46% is the projects' own rate (152.75 ÷ 165.20), not the department's 97.38%; the "
             "数字化加工 row is the 政府性基金 row of 表1")
    if stem == "linzhou-peixun-2025":
        aid = D("50.00") * W
        trap(rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"] + aid) != b["execution_rate"]
             and (aid, "元") in not_metrics and not any(v == aid for v in b.values())
             and "单独核算，不纳入本项目自评范围" in squeezed,
             "T6 对口援藏资金 50.00万元 kept out of the evaluation: 436.82 ÷ 450.00 = 97.07%, not ÷ 500.00")
        part = D(2236) * 120 * 15
        trap(part == D("402.48") * W < b["expenditure_total"] and (part, "元") in metrics
             and {(D(120), "元"), (D(15), "天")} <= not_metrics and "其余资金用于培训教材、实训耗材和场地租赁" in squeezed,
             "T7 每人每天120元 × 15天 × 2,236人 = 402.48万元, one part of the 436.82 (the rest named, not priced)")
    if stem == "pengshui-linye-2014":
        fractions = re.findall(r"\|0\.\d{4}", squeezed)
        trap(len(fractions) >= 10 and all(f"|{D(p['execution_rate']) / 100:.4f}" in squeezed for p in projects)
             and row_in(squeezed, "|合计", "29864000.00", "28465712.36", "0.9532")
             and b["execution_rate"] == D("96.68"),
             "T8 表2's 执行率 column holds fractions (0.9593 = 95.93%); its 合计 0.9532 is the projects' own rate, "
             "not the department's 96.68%")
        spent = sum((D(p["executed"]) for p in projects), Decimal(0))
        trap(spent != b["expenditure_project"] and abs(spent - b["expenditure_project"]) < 50
             and (spent / W).quantize(CENT, ROUND_HALF_UP) * W == b["expenditure_project"],
             "T9 the 元 table adds up to 28,465,712.36 元, the text's 项目支出2,846.57万元 to the 万元 cent: 12.36 元 "
             "of rounding, the nine projects are the whole 项目支出", retires="projects = 项目支出")
        pages = pdf_pages(source_of(stem))
        head = "序号项目名称资金性质全年预算数实际支出数执行率"
        trap(head in golden_check.squeeze(pages[0]) and head not in golden_check.squeeze(pages[1])
             and "合计" in pages[1] and "合计" not in pages[0].split("表2")[1]
             and pages[1].splitlines()[0] == M.PENGSHUI_UNIT + "2014年度部门整体支出绩效自评报告",
             "T10 表2 runs on over the page break without its header, after the running footer and header: its "
             "合计 on page 2 adds the rows of both pages")
    if stem == "donglan-wenti-2018":
        scale = "90分（含）以上为优，80分（含）至90分为良"
        trap(band(D("87.5")) == "良" and "|87.5|良" in squeezed and scale in squeezed,
             "T11 the 农村公益电影放映 project's 87.5 graded 良 on the report's own scale: a consistent grade beside the "
             "department's misgraded one")
        sections = [D(s) for _, _, s in M.DONGLAN_PARTS]
        average = sum((D(p[3]) for p in M.DONGLAN_PROJECTS), Decimal(0)) / 3
        trap(sum(sections) == D(golden["report"]["self_score"]) and average.quantize(CENT) == D("91.50")
             and sum(D(w) for _, w, _ in M.DONGLAN_PARTS) == 100 and all((s, "分") in not_metrics for s in sections),
             "T12 the department's 88.6 is its own framework's (18.5 + 17 + 34.6 + 18.5), not the average of the "
             "projects' 96 / 87.5 / 91")
        spent = sum((D(p["executed"]) for p in projects), Decimal(0))
        trap(spent < b["expenditure_project"] and rate(spent, b["expenditure_project"]) == D("81.63")
             and "其余为文物保护、体育赛事等小额项目" in squeezed,
             "T13 the three 重点项目 (339.98) are 81.63% of the 项目支出 416.48, as the text says: a partial list")
    if stem == "jingle-rouyang-2023":
        trap("budget_initial" not in b and row_in(squeezed, "|年度资金总额", "0.00", "168.00")
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("96.50"),
             "T14 年初预算数 0.00 beside 全年预算数 168.00: a project funded in the year; the rate is on 全年 (96.50%)")
        pages = pdf_pages(source_of(stem))
        left, right = (golden_check.squeeze(p) for p in pages)
        names = [r[2] for r in M.JINGLE_IND]
        trap(all(n in left and n in right for n in names) and "分值" not in left.split("一级指标")[1]
             and row_in(squeezed, "|100", "97.65", "自评等级：优") and "总分" in left and "总分" not in right
             and sum(D(r[6]) for r in M.JINGLE_IND) + D("9.65") == D("97.65"),
             "T15 the sheet printed over two pages: page 1 has the indicators without 分值 / 得分 and a 总分 row without "
             "figures, page 2 the scores beside the repeated 三级指标 and an unlabelled 100 / 97.65")
    if stem == "yitong-shuili-2025":
        cut = D("86.00") * W
        trap(b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]
             and b["budget_initial"] + b["budget_addition"] - cut == b["budget_adjusted"] and row_in(squeezed, "年中调减", "86.00"),
             "T16 年初 2,386.40 + 追加 318.50 = 2,704.90; with the 调减 86.00 it is the 调整后 2,618.90",
             retires="initial + addition = adjusted")
        trap(12 + 58 + 256 == 326 and 12 + 26 == 38 and {(D(326), "名"), (D(12), "名")} <= not_metrics
             and {(D(38), "处"), (D(12), "处"), (D(26), "处")} <= metrics and "其中县级12名、乡级58名、村级256名" in squeezed,
             "T17 counts whose parts add up: 326 河湖长 = 12 + 58 + 256, 38 供水工程 = 12 新建 + 26 改造")
        raw = body_text(pdf_pages(source_of(stem)))
        trap("2,196.90" not in raw and "2,196.90" in text_of(stem) and "伊通满族自治县人民政府网" not in raw.replace("\n", "")
             and b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_carryover"] == b["budget_adjusted"],
             "T18 the diagonal watermark's characters fall between the figures of a plain text layer (`2,1治96.90`); "
             "read without them, 2,196.90 + 360.00 + 62.00 = 2,618.90")
    if stem == "luntai-mianhua-2021":
        part = D(186000) * 40
        trap(part == D("744.00") * W < b["expenditure_total"] and (part, "元") in metrics and (D(40), "元") in not_metrics
             and "其余资金用于机采棉标准化种植技术推广" in squeezed,
             "T19 每亩40元 × 18.6万亩 = 744.00万元, one part of the 1,068.52 (the rest named, not priced)")
    if stem == "shuangbai-jiaoyu-2014":
        trap(b["revenue_general_budget"] + b["revenue_gov_fund"] == b["revenue_total"]
             and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"] and "不含在本年收入合计中" in squeezed,
             "T20 本年收入合计 47,986.30 leaves out the 上年结转 640.00 (`不含在本年收入合计中`); with it, 48,626.30 = "
             "调整后预算", retires="sources = revenue")
        part = D(12480) * 3 * 200
        trap(part == D("748.80") * W < b["expenditure_project"] and (part, "元") in metrics
             and {(D(3), "元"), (D(200), "天")} <= not_metrics and "其余项目资金用于校舍维修改造" in squeezed,
             "T21 每生每天3元 × 200天 × 12,480人 = 748.80万元, one part of the 项目支出 (the rest named)")
    if stem == "liuba-xianggu-2020":
        import openpyxl

        book = openpyxl.load_workbook(str(source_of(stem)))
        form, ind = book.worksheets
        trap(form["G6"].value == 0.9682 and form["G6"].number_format == "General"
             and D(str(form["G6"].value)) * 100 == b["execution_rate"] and D(str(form["H6"].value)) == D("9.68"),
             "T22 执行率 stored and shown as the fraction 0.9682 (General): 96.82%, scored 10 × 0.9682 = 9.68")
        trap(ind["A3"].value == "一级指标" and ind["F12"].value == 90 and ind["G12"].value == 88
             and ind["G12"].value + D("9.68") == D(str(form["C13"].value)) and form["B13"].value == 100
             and "预算执行率（10分）在“自评表”工作表中计分" in squeezed,
             "T23 the indicator sheet's 小计 90 / 88 under a header in row 3 beside the form's 总分 100 / 97.68: the "
             "execution line's 10 / 9.68 is on the form sheet, as the note row says")
    if stem == "wanning-yuchuan-2023":
        part = D(382) * 3000
        trap(part == D("114.60") * W < b["expenditure_total"] and (part, "元") in metrics and (D(3000), "元") in not_metrics
             and "其余资金用于救生衣采购" in squeezed,
             "T24 每艘3,000元 × 382艘 = 114.60万元, one part of the 266.38 (the rest named, not priced)")
    if stem == "jinhu-shuiwu-2017":
        trap(b["revenue_general_budget"] + b["revenue_gov_fund"] == b["revenue_total"]
             and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
             == b["expenditure_total"] + b["balance_carryforward"] and "收入总计4790.80支出总计4790.80" in squeezed,
             "T25 本年收入合计 4,606.80 + 上年结转 184.00 = 收入总计 4,790.80 = 支出总计 (本年支出 4,652.37 + 结余 "
             "138.43): totals of the two sides, not revenue or spending", retires="sources = revenue")
        spent = sum((D(p["executed"]) for p in projects), Decimal(0))
        trap(spent < b["expenditure_project"] and "其余为河道疏浚、水资源管理等小额项目" in squeezed
             and all(p["name"] in golden_check.squeeze(dewrapped(source_of(stem).read_text(encoding="utf-8")))
                     for p in projects)
             and not all(p["name"] in golden_check.squeeze(source_of(stem).read_text(encoding="utf-8")) for p in projects),
             "T26 表2's four 重点项目 (2,746.46) are part of the 项目支出 3,415.52 (`其余为…小额项目`); their names wrap "
             "inside their cells")
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure the text writes (thousands separators dropped)."""
    plain = golden_check.squeeze(text)
    return [D(x) for x in re.findall(r"(\d+(?:\.\d+)?)(?![\d%])", plain)]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "xinghai-maoniu-2021":
        levels = sum((b[k] for k in LEVELS), Decimal(0))
        if not (levels == b["budget_adjusted"] + 10 * W
                and sum(b[f"{k}@adjusted"] for k in LEVELS) == levels
                and sum(b[f"{k}@initial"] for k in LEVELS) == b["budget_initial"]
                and sum(b[f"{k}@executed"] for k in LEVELS) == b["expenditure_total"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and rate(b["expenditure_total"], levels) != b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and row_in(squeezed, "|全年预算数", "620.00", "400.00", "150.00", "80.00")
                and "全年预算数620.00万元，其中中央财政资金400.00万元、省级财政资金150.00万元、县级配套资金80.00万元" in squeezed):
            out.append(("E1: 400.00 + 150.00 + 80.00 = 630.00, 10.00 over the 全年预算数 620.00", str(levels)))
    if stem == "wanning-yuchuan-2023":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(text_of(stem))) | {v / W for k, v in b.items() if k != "execution_rate"})
        figures = [f for f in figures if f > 0]
        hits: list[tuple[Decimal, ...]] = [(x, y) for x, y in itertools.permutations(figures, 2)
                                           if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("95.14") or len(figures) < 20 or not (
                "预算执行率96.29%" in squeezed and row_in(squeezed, "10", "96.29%", "9.63")
                and sum(b[f"{k}@executed"] for k in LEVELS) == b["expenditure_total"]
                and sum(b[k] for k in LEVELS) == b["budget_adjusted"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and sum(D(i["score"]) for i in indicators) == D(golden["report"]["self_score"])):
            out.append(("E2: 96.29% is no ratio of the figures; 266.38 ÷ 280.00 = 95.14%", str(hits[:5])))
    if stem == "donglan-wenti-2018":
        score = D(golden["report"]["self_score"])
        if not ("部门整体支出绩效自评得分88.6分，自评等级为优" in squeezed and "80分（含）至90分为良" in squeezed
                and band(score) == "良" and golden["report"]["grade"] == "优"
                and sum(D(s) for _, _, s in M.DONGLAN_PARTS) == score
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]):
            out.append(("E3: 88.6 is 良 on the printed scale, graded 优", ""))
    if stem == "luntai-mianhua-2021":
        scores = sum(D(i["score"]) for i in indicators)
        if not (scores == D(golden["report"]["self_score"]) - 1 and "项目自评得分97.71分" in squeezed
                and row_in(squeezed, "|100", "97.71", "自评等级：优") and sum(D(i["weight"]) for i in indicators) == 100
                and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E4: the 得分 add up to 96.71 under a 总分 of 97.71", str(scores)))
    if stem == "jinhu-shuiwu-2017":
        cut = D("128.00") * W
        net = b["budget_initial"] + b["budget_addition"] - cut
        if not (net == b["budget_adjusted"] - 10 * W and "调减128.00万元" in squeezed
                and b["revenue_total"] + b["revenue_carryover"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and rate(b["expenditure_total"], net) != b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]):
            out.append(("E5: 3,862.50 + 1,046.30 − 128.00 = 4,780.80, 10.00 short of 4,790.80", str(net)))
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
            chars = [p.chars for p in pdf.pages]
            images = [p.images for p in pdf.pages]
            words = [p.extract_words() for p in pdf.pages]
            width = pdf.pages[0].width
        if source.stat().st_size > 480_000:
            out.append(("PDF over 480 KB", str(source.stat().st_size)))
        lasts = [p.splitlines()[-1] if p else "" for p in pages]
        want = {
            "xinghai-maoniu-2021": ["- 1 -", "- 2 -"],
            "beichen-danganguan-2018": ["1/2", "2/2"],
            "linzhou-peixun-2025": ["- 1 -", "- 2 -"],
            "pengshui-linye-2014": ["第 1 页", "第 2 页"],
            "donglan-wenti-2018": ["第 1 页 共 2 页", "第 2 页 共 2 页"],
            "jingle-rouyang-2023": ["第 1 页", "第 2 页"],
            "yitong-shuili-2025": None,
        }[stem]
        if want is not None and lasts != want:
            out.append(("pages and footers", str(lasts)))
        if stem == "xinghai-maoniu-2021" and not (
                rects[1] > 60 and not rects[0] and "合计中央财政资金省级财政资金县级配套资金" in golden_check.squeeze(pages[1])):
            out.append(("a ruled form on page 2, its funds block with the sources as columns", str(rects)))
        if stem == "beichen-danganguan-2018":
            mid = width / 2
            for k in (0, 1):
                tops: dict[int, set[str]] = {}
                for w in words[k]:
                    tops.setdefault(round(w["top"]), set()).add("L" if w["x1"] < mid - 5 else "R" if w["x0"] > mid + 5 else "X")
                shared = sum(1 for sides in tops.values() if sides == {"L", "R"})
                if shared < 6 or not tables[k]:
                    out.append((f"page {k + 1}: two columns sharing baselines and a table across both", str(shared)))
            if not all(tables[k] and tables[k][0][0][0] in ("资金来源", "序号") for k in (0, 1)):
                out.append(("a full-width table on each page", str([t[0][0] if t else None for t in tables])))
        if stem == "linzhou-peixun-2025":
            page2 = [c for c in chars[1]]
            img = images[1]
            if not (len(img) == 1 and not images[0] and img[0]["width"] > 400 and img[0]["height"] > 300
                    and page2 and not any(img[0]["top"] < c["top"] < img[0]["bottom"] for c in page2)
                    and any(c["top"] < img[0]["top"] for c in page2) and any(c["top"] > img[0]["bottom"] for c in page2)
                    and "农牧民技能培训" not in "".join(c["text"] for c in page2 if c["top"] > img[0]["top"])):
                out.append(("page 2: text above and below one image with no text on it", str(img)))
        if stem == "pengshui-linye-2014" and not (pages[0].splitlines()[0] == pages[1].splitlines()[0]
                                                  and len(tables[0]) == 1 and len(tables[1]) == 1):
            out.append(("a running header on both pages and the table split over them", ""))
        if stem == "donglan-wenti-2018" and sum(len(t) for t in tables) != 3:
            out.append(("three small project tables", str([len(t) for t in tables])))
        if stem == "jingle-rouyang-2023":
            left, right = (golden_check.squeeze(p) for p in pages)
            if not ("年初预算数全年预算数" in left and "全年执行数分值执行率得分" in right and "全年执行数" not in left
                    and "年度指标值" in left and "年度指标值" not in right and rects[0] > 40 and rects[1] > 40):
                out.append(("the sheet's left half on page 1, its right half on page 2", ""))
        if stem == "yitong-shuili-2025":
            slanted = [c for page in chars for c in page if rotated(c)]
            marks = {c["text"] for c in slanted}
            if not (len(slanted) > 60 and marks <= set("伊通满族自治县人民政府网") and len(pages) == 2
                    and "- 1 -" in pages[0] and "- 2 -" in pages[1] and all(any(rotated(c) for c in page)
                                                                            for page in chars)):
                out.append(("a diagonal watermark on every page", str(len(slanted))))
    if source.suffix == ".docx":
        import docx

        document = docx.Document(str(source))
        plain = "\n".join(p.text for p in document.paragraphs)
        if stem == "luntai-mianhua-2021":
            sections = document.sections
            sizes = [(int(s.page_width or 0), int(s.page_height or 0)) for s in sections]
            if not (len(sections) == 2 and sizes[1][0] > sizes[1][1] and sizes[0][0] < sizes[0][1]
                    and all(s.header.paragraphs[0].text == M.LUNTAI_UNIT for s in sections)
                    and M.LUNTAI_UNIT in sections[0].footer.paragraphs[0].text
                    and M.LUNTAI_UNIT not in plain and not any(M.LUNTAI_UNIT in c.text for t in document.tables
                                                               for r in t.rows for c in r.cells)
                    and [len(t.rows) for t in document.tables] == [20]):
                out.append(("the unit only in header and footer; a landscape section with the form", ""))
        if stem == "shuangbai-jiaoyu-2014":
            with zipfile.ZipFile(source) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            fields = sum(line.count("{{") for line in M.SHUANGBAI_COVER) + sum(t.count("{{") for _, t in M.SHUANGBAI_BODY)
            if not (xml.count("<w:sdt>") == fields and fields >= 20 and xml.count("<w:showingPlcHdr/>") == 1 and M.PLACEHOLDER in xml
                    and "双柏县教育局" not in plain and "48,626.30" not in plain and "48,626.30" in docx_text(source)):
                out.append(("the figures in inline content controls", str(xml.count("<w:sdt>"))))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        names = [ws.title for ws in book.worksheets]
        ind = book.worksheets[1]
        merged = {str(r) for r in ind.merged_cells.ranges}
        if not (names == ["自评表", "绩效指标"] and book.active.title == "自评表" and {"A1:H1", "A2:H2"} <= merged
                and ind["A3"].value == "一级指标" and ind["A2"].value.startswith("注：")):
            out.append(("two sheets, the indicator header in row 3 under a title and a note", str(names)))
    if source.suffix == ".html":
        data = source.read_bytes()
        html = data.decode("utf-8")
        chrome = ("当前位置：", "浏览次数：", "【打印】", "ICP备", "网站标识码", "相关文章", "首页")
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or not all(c in html for c in chrome):
            out.append(("portal chrome, UTF-8 without BOM, LF", str([c for c in chrome if c not in html])))
        first, second = html.find('id="page_1"'), html.find('id="page_2"')
        nav = html.find("下一页")
        if not (0 < first < nav < second and html.count("<table") == 1 and 'th rowspan="2">一级指标' in html
                and html.find("<table") > second):
            out.append(("one article in two pagination parts, the form with <th rowspan> in the second", ""))
    if source.suffix == ".txt":
        data = source.read_bytes()
        text = data.decode("utf-8")
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or text.count("\f") != 2 or not all(
                f"第 {n} 页 共 3 页" in text for n in (1, 2, 3)):
            out.append(("three pages of pdftotext -layout, form feeds, UTF-8, LF", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    complete = projects_complete | ({stem} if stem == "pengshui-linye-2014" else set())
    problems = _sum_problems(golden, stem, frozenset(complete)) + _execution_score(golden)
    problems = _traps(golden, stem, problems)
    problems = [(f"{label} (follows from the planted error)" if (stem, label) in CONSEQUENCES else label, d)
                for label, d in problems]
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
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_text(encoding="utf-8")
        for mapping in (PLACES, MUNICIPALITIES):
            for other, place in mapping.items():
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
    planted = set(PLANTED) | {(stem, f"{label} (follows from the planted error)") for stem, label in CONSEQUENCES}
    status = golden_check.check_folder(HERE, planted, projects_complete=frozenset({"beichen-danganguan-2018"}),
                                       pixel_text=PIXEL_TEXT)
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems() + place_problems()
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len({s for s, _ in PLANTED})} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
