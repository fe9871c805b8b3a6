#!/usr/bin/env python3
"""Check the heldout34 goldens against their documents.

    .venv/bin/python tests/corpora/heldout34/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the four planted errors declared as expected, and adds what this batch needs:

- the documents read as the person they were written for sees them: a Word file's body (paragraphs,
  every table row including the nested one, the text box once: its DrawingML copy, not the VML
  fallback), headers and footers; a workbook's *visible* rows of every sheet, formulas replaced by
  their cached values and numbers shown through their number formats (`#,##0.00`, `0.00`, `0.00%`);
  an HTML page decoded by the charset its <meta> declares (gb2312 read as GBK, as browsers do); the
  TXT as GB18030; the Markdown as UTF-8;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- a stated self-score is printed in the document;
- the TRAPS (thirteen), each accepted only when the figures really are consistent as the document
  means them, and each counted:
  T1 yanbian: a hidden row (`总额（6月监控数）`) keeps old figures (560.00 / 312.48 / 55.80%); the visible
     form adds up and none of the hidden figures is in the golden;
  T2 yanbian: the 财政资金 执行数 is text typed with a leading apostrophe (`'544.32`); without it the
     @executed parts (24.30) miss the 总额 568.62, with it they add up;
  T3 yanbian: the 预算执行率 cell stores 0.97034… and shows `97.03%` through `0.00%`;
  T4 mengyin: the totals, the rate, the execution score and the 总分 are formulas (one across sheets);
     their cached values are the figures the other cells give;
  T5 tiane: `财政拨款` is one cell merged down over two source rows (python-docx returns it twice) and
     `合计` one cell merged across two columns; per column the two sources add up to 合计;
  T6 tiane: the spending split sits in a table nested in a merged cell; the outer cell's text does not
     hold it, and the split adds up to the 全年执行数;
  T7 jinghai: figures are split over runs (`1,2` + `86.40`, `742` + `.18`, `96` + `.81%`); read whole
     they add up; read with a break between runs they do not;
  T8 xiushan: the portal table's rowspan / colspan: expanded into a grid, every column adds up; read
     cell by cell without the spans, the 上年结转 row's figures fall one column left;
  T9 qiongjie: figures cut by <span> tags (`4` + `86.30`, `598.` + `26`, `9` + `7.31`); read whole they
     add up;
  T10 baoshan: the page header says `2022年预算绩效信息公开` (the year of publication); the title and
     body say 2021, the fiscal year; the score and grade are only in a text box;
  T11 shunyi: the TXT table's first figure column is 上年支出数 (2014's, for comparison): it adds up on
     its own; this year's rate 96.95% is 本年支出数 ÷ 调整后预算数;
  T12 dangchang: `**97.14%**[^1]` — the rate in bold with a footnote reference, the footnote's `×100%`
     no figure;
  T13 baoting: `<meta charset="gb2312">` while a character of the page (喆) exists only in GBK: strict
     GB2312 decoding fails, GBK decoding reads the page;
- the four planted errors hold under every reading (see `_planted_hold`);
- layout facts (the Word numbering, header, text box, layout tables, nested table; the workbooks'
  merges, hidden row, spacer column, number formats, formulas; the pages' chrome and encodings; the
  TXT's GB18030 and CRLF; the Markdown's headings and pipe tables);
- each place name is written only in its own document; no province is written except 上海市, 天津市,
  北京市 and 青海省 by their own units;
- the golden `flags` must be exactly the four planted errors, one per document.
Exits 1 on any unexpected problem. Needs openpyxl, python-docx, lxml, beautifulsoup4.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

# (document stem, shared check label) -> the golden flag items that record the planted error
PLANTED = {
    ("shunyi-shuiwu-2015", "basic + project = total"): ["expenditure_basic", "expenditure_project",
                                                       "expenditure_total"],
    ("baoting-jiaoyu-2017", "rate = executed / budget"): ["execution_rate"],
    ("jinghai-minzheng-2023", "grade matches the bands"): ["self_score", "grade"],
    ("qinghai-minzheng-2024", "indicator scores = self_score"): ["indicators.score"],
}
PLACES = {  # the place each document's unit carries; written in no other document of the batch
    "tiane-jiaotong-2019": "天峨", "baoshan-lvhua-2021": "宝山", "jinghai-minzheng-2023": "静海",
    "shouning-linye-2016": "寿宁", "yanbian-shuili-2022": "盐边", "mengyin-nongye-2018": "蒙阴",
    "qinghai-minzheng-2024": "青海", "xiushan-weijian-2020": "秀山", "baoting-jiaoyu-2017": "保亭",
    "qiongjie-xiashui-2025": "琼结", "shunyi-shuiwu-2015": "顺义", "dangchang-nongye-2024": "宕昌",
}
OWN_PROVINCE = {"baoshan-lvhua-2021": "上海", "jinghai-minzheng-2023": "天津", "shunyi-shuiwu-2015": "北京",
                "qinghai-minzheng-2024": "青海"}
UNWRITTEN = ("广西", "福建", "四川", "山东", "重庆", "海南", "西藏", "甘肃")
N_DOCUMENTS = 12
N_TRAPS = 13
W = Decimal("10000")
CENT = Decimal("0.01")
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


# --------------------------------------------------------------------------- reading
def _docx_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)}


def _in_fallback(element) -> bool:
    return any(a.tag == MC_FALLBACK for a in element.iterancestors())


def _p_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{WNS}t") if not _in_fallback(t))


def docx_text(path: Path) -> str:
    """Paragraphs (text boxes once), every table row (nested ones too) with ` | ` between cells, headers, footers."""
    from lxml import etree

    out = []
    for _name, data in sorted(_docx_parts(path).items()):
        root = etree.fromstring(data)
        for p in root.iter(f"{WNS}p"):
            if _in_fallback(p) or any(a.tag == f"{WNS}tc" for a in p.iterancestors()):
                continue
            if any(a.tag == f"{WNS}txbxContent" for a in p.iterancestors()):
                out.append(_p_text(p))
            elif p.find(f".//{WNS}txbxContent") is None:
                out.append(_p_text(p))
        for tr in root.iter(f"{WNS}tr"):
            cells = tr.findall(f"{WNS}tc")
            out.append(" | ".join("".join(_p_text(p) for p in tc.findall(f"{WNS}p")) for tc in cells))
    return "\n".join(out)


def shown(cell) -> str:
    """A cell as Excel shows it through its number format."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fmt == "#,##0.00":
            return f"{value:,.2f}"
        if fmt == "0.00":
            return f"{value:.2f}"
        if fmt == "0.00%":
            return f"{Decimal(repr(value)) * 100:.2f}%"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
    return str(value)


def xlsx_text(path: Path) -> str:
    """Every sheet's visible rows and columns, cached values for formulas, number formats applied."""
    import openpyxl

    book = openpyxl.load_workbook(str(path), data_only=True)
    lines = []
    for ws in book.worksheets:
        hidden_cols = {k for k, d in ws.column_dimensions.items() if d.hidden}
        for row in ws.iter_rows():
            if row and ws.row_dimensions[row[0].row].hidden:
                continue
            lines.append(" | ".join(shown(c) for c in row if c.value is not None and c.column_letter not in hidden_cols))
    return "\n".join(lines)


def html_source(path: Path) -> str:
    data = path.read_bytes()
    declared = re.search(rb'<meta charset="([\w-]+)"', data).group(1).decode().lower()
    return data.decode({"gb2312": "gbk"}.get(declared, declared))


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".xlsx":
        return xlsx_text(path)
    if path.suffix == ".html":
        from bs4 import BeautifulSoup

        return BeautifulSoup(html_source(path), "lxml").get_text("\n")
    if path.suffix == ".txt":
        return path.read_bytes().decode("gb18030")
    if path.suffix == ".md":
        return path.read_bytes().decode("utf-8")
    raise ValueError(path.name)


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


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return golden_check.rate(executed, budget)


def D(x) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def band(score: Decimal, cuts: tuple[int, int, int] = (90, 80, 60)) -> str:
    return "优" if score >= cuts[0] else "良" if score >= cuts[1] else "中" if score >= cuts[2] else "差"


def html_grid(table) -> list[list[str]]:
    """A <table> expanded into a grid: a spanned cell's text in every position it covers."""
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(table.find_all("tr")):
        c = 0
        for td in tr.find_all("td"):
            while (r, c) in grid:
                c += 1
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = td.get_text("")
            c += cs
    rows = max(r for r, _ in grid) + 1
    cols = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(cols)] for r in range(rows)]


# --------------------------------------------------------------------------- checks
def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = rate(D(b["expenditure_total"]), D(b["budget_adjusted"]))
            want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != D(ind["score"]) or computed != D(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    squeezed = squeezed_of(stem)
    score = golden["report"].get("self_score")
    if score is None:
        return []
    score = D(score)
    forms = {f"{score}分", f"{score:.2f}分", f"|{score:.2f}", f"|{score}|"}
    if not any(f in squeezed for f in forms):
        return [("the self-score is printed", str(forms))]
    return []


def _traps(golden: dict, stem: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    not_metrics = {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}
    source = source_of(stem)

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            problems.append((f"trap does not hold: {name}", ""))

    def parts(basis: str) -> Decimal:
        return sum((v for k, v in b.items() if k.endswith("@" + basis)), Decimal(0))

    if stem == "yanbian-shuili-2022":
        import openpyxl

        ws = openpyxl.load_workbook(str(source)).active
        hidden = [ws.cell(7, c).value for c in range(3, 8)]
        golden_values = set(b.values())
        trap(ws.row_dimensions[7].hidden and hidden[0] == "总额（6月监控数）"
             and D(hidden[3]) * W not in golden_values and D(hidden[2]) * W != b["budget_adjusted"]
             and hidden[4] == "55.80%" and rate(D(hidden[3]), D(hidden[2])) == D("55.80")
             and "312.48" not in squeezed and "55.80%" not in squeezed
             and parts("initial") == b["budget_initial"] and parts("adjusted") == b["budget_adjusted"]
             and parts("executed") == b["expenditure_total"],
             "T1 a hidden row of old figures (560.00 / 312.48 / 55.80%); the visible form adds up")
        f8 = ws["F8"]
        trap(isinstance(f8.value, str) and f8.quotePrefix and D(f8.value) * W == b["revenue_general_budget@executed"]
             and b["revenue_other@executed"] != b["expenditure_total"] and parts("executed") == b["expenditure_total"],
             "T2 the 财政资金 执行数 typed as text ('544.32): only with it do the @executed parts add up")
        g6 = ws["G6"]
        trap(isinstance(g6.value, float) and g6.number_format == "0.00%" and shown(g6) == "97.03%"
             and abs(Decimal(repr(g6.value)) - Decimal("0.9703")) < Decimal("0.0001")
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("97.03"),
             "T3 the 预算执行率 cell stores 0.97034… and shows 97.03% through 0.00%")
    if stem == "mengyin-nongye-2018":
        import openpyxl

        raw = openpyxl.load_workbook(str(source))
        cached = openpyxl.load_workbook(str(source), data_only=True)
        form, cform = raw["自评表"], cached["自评表"]
        refs = ("D7", "E7", "G7", "H7", "F13", "G13", "F14", "G14")
        formulas = all(isinstance(form[r].value, str) and form[r].value.startswith("=") for r in refs)
        cross = "'绩效指标'!" in form["G13"].value
        sheet = cached["绩效指标"]
        last = sheet.max_row
        indicators = [i for i in golden["indicators"] if i["name"] != "预算执行率"]
        trap(formulas and cross and D(cform["D7"].value) * W == b["budget_adjusted"]
             and D(cform["E7"].value) * W == b["expenditure_total"]
             and D(cform["D8"].value) + D(cform["D9"].value) == D(cform["D7"].value)
             and D(cform["E8"].value) + D(cform["E9"].value) == D(cform["E7"].value)
             and shown(cform["G7"]) == f"{b['execution_rate']}%"
             and D(cform["H7"].value) == D(golden["indicators"][0]["score"])
             and D(sheet[f"G{last}"].value) == sum(D(i["score"]) for i in indicators) == D(cform["G13"].value)
             and D(sheet[f"F{last}"].value) == sum(D(i["weight"]) for i in indicators) == 90
             and D(cform["G14"].value) == D(cform["H7"].value) + D(cform["G13"].value)
             == D(golden["report"]["self_score"]) and D(cform["F14"].value) == 100,
             "T4 formulas (one across sheets) whose cached values are the figures the other cells give")
    if stem == "tiane-jiaotong-2019":
        import docx

        grid = docx.Document(str(source)).tables[0]
        cells = [[c.text for c in row.cells] for row in grid.rows]
        same = grid.rows[2].cells[0]._tc is grid.rows[3].cells[0]._tc
        trap(same and cells[2][0] == cells[3][0] == "财政拨款" and cells[2][1] != cells[3][1]
             and cells[1][0] == cells[1][1] == "合计"
             and all(D(cells[2][k]) + D(cells[3][k]) == D(cells[1][k]) for k in (2, 3, 4))
             and parts("initial") == b["budget_initial"] and parts("executed") == b["expenditure_total"],
             "T5 财政拨款 merged down over two source rows, 合计 across two columns; per column they add up")
        holder = grid.rows[5].cells[1]
        nested = holder.tables
        inner = [[c.text for c in row.cells] for row in nested[0].rows] if nested else []
        trap(len(nested) == 1 and "1,126.48" not in holder.text and inner[0][0] == "基本支出"
             and D(inner[1][0]) + D(inner[1][3]) == D(cells[1][4]) and D(inner[1][1]) + D(inner[1][2]) == D(inner[1][0])
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"],
             "T6 the spending split in a table nested in a merged cell adds up to the 全年执行数")
    if stem == "jinghai-minzheng-2023":
        from lxml import etree

        root = etree.fromstring(_docx_parts(source)["word/document.xml"])
        runs = [[t.text for t in p.iter(f"{WNS}t")] for p in root.iter(f"{WNS}p")]
        split = next((r for r in runs if "1,2" in r and "86.40" in r), [])
        spaced = " ".join(split)
        naive = [D(x) for x in re.findall(r"\d[\d,]*\.?\d*", spaced.replace(",", "")) if x]
        trap(bool(split) and "全年支出1,286.40万元" in "".join(split) and "742" in split and ".18" in split
             and "96" in split and ".81%" in split and D("1286.40") * W == b["expenditure_total"]
             == b["expenditure_basic"] + b["expenditure_project"] and D(12) in naive and D("1286.40") not in naive
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"],
             "T7 figures split over runs (1,2 + 86.40, 742 + .18, 96 + .81%) add up read whole")
    if stem == "xiushan-weijian-2020":
        from bs4 import BeautifulSoup

        table = BeautifulSoup(html_source(source), "lxml").find("table")
        grid = html_grid(table)
        body = [r for r in grid[2:]]
        naive = [[td.get_text("") for td in tr.find_all("td")] for tr in table.find_all("tr")]
        total, general, carry = body
        trap(all(D(general[k]) + D(carry[k]) == D(total[k]) for k in (2, 3, 4))
             and general[0] == carry[0] == "资金来源" and total[0] == total[1] == "合计"
             and naive[4][0] == "上年结转" and len(naive[4]) == 5 and len(grid[4]) == 6
             and parts("adjusted") == b["budget_adjusted"] and total[5] == f"{b['execution_rate']}%",
             "T8 rowspan / colspan: expanded, every column adds up; unexpanded, 上年结转 falls one column left")
    if stem == "qiongjie-xiashui-2025":
        html = html_source(source)
        pieces = re.findall(r'<span lang="EN-US"[^>]*>([^<]*)</span>(?:<span lang="EN-US"[^>]*>([^<]*)</span>)?', html)
        joined = {a + c for a, c in pieces if c}
        trap({"486.30", "128.50", "614.80", "598.26", "412.38", "97.31", "1,042"} <= joined
             and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
             and "&nbsp;" in html and "　　" in html,
             "T9 figures cut by <span> tags add up read whole")
    if stem == "baoshan-lvhua-2021":
        parts_ = _docx_parts(source)
        header = b"".join(v for k, v in parts_.items() if "header" in k).decode()
        document = parts_["word/document.xml"].decode()
        trap("2022年预算绩效信息公开" in header and "2021年度城市绿地养护项目" in squeezed
             and golden["report"]["fiscal_year"] == 2021 and document.count("自评得分88.5分") == 2
             and "w:txbxContent" in document and "自评得分88.5分，自评等级为良" in squeezed
             and band(D(golden["report"]["self_score"])) == golden["report"]["grade"] == "良",
             "T10 the header's 2022 is the year of publication; the score and grade sit in a text box")
    if stem == "shunyi-shuiwu-2015":
        last = {"支出合计": D("6386.72"), "基本支出": D("1902.14"), "人员经费": D("1638.40"),
                "公用经费": D("263.74"), "项目支出": D("4484.58")}
        trap(last["基本支出"] + last["项目支出"] == last["支出合计"]
             and last["人员经费"] + last["公用经费"] == last["基本支出"]
             and "上年支出数为2014年决算数，仅作对比" in squeezed
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("96.95")
             and rate(last["支出合计"] * W, b["budget_adjusted"]) != b["execution_rate"]
             and all((v * W, "元") in not_metrics for v in last.values()),
             "T11 the 上年支出数 column adds up on its own; this year's rate is 本年支出数 ÷ 调整后预算数")
    if stem == "dangchang-nongye-2024":
        raw = source.read_text(encoding="utf-8")
        trap("预算执行率**97.14%**[^1]" in raw and "[^1]: 预算执行率＝全年执行数÷全年预算数×100%" in raw
             and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"] == D("97.14")
             and (D(100), "%") not in {(D(x["value"]), x.get("unit")) for x in golden["metrics"]},
             "T12 the rate in bold with a footnote reference; the footnote's ×100% is no figure")
    if stem == "baoting-jiaoyu-2017":
        data = source.read_bytes()
        try:
            data.decode("gb2312")
            strict = True
        except UnicodeDecodeError:
            strict = False
        trap(b'<meta charset="gb2312">' in data and not strict and "王喆" in data.decode("gbk"),
             "T13 declared gb2312, a GBK-only character (喆): read as GBK, as browsers do")
    return problems


def _figures(text: str) -> list[Decimal]:
    """Every figure with two decimals the text writes (thousands separators dropped)."""
    return [D(x) for x in re.findall(r"(\d+\.\d{2})(?![\d%])", golden_check.squeeze(text))]


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the figures."""
    out: list[tuple[str, str]] = []
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    squeezed = squeezed_of(stem)
    indicators = golden.get("indicators", [])
    if stem == "shunyi-shuiwu-2015":
        if not (b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"] - 10 * W
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_gov_fund"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "全年支出6812.46万元" in squeezed):
            out.append(("E1: 1,986.24 + 4,816.22 = 6,802.46, 10.00 short of 6,812.46", ""))
    if stem == "baoting-jiaoyu-2017":
        stated, true = b["execution_rate"], rate(b["expenditure_total"], b["budget_adjusted"])
        figures = sorted(set(_figures(text_of(stem))) | {v / W for k, v in b.items() if k != "execution_rate"})
        hits = [(x, y) for x, y in itertools.permutations(figures, 2) if rate(x, y) == stated]
        hits += [(x, y, z) for x, y, z in itertools.permutations(figures, 3)
                 if rate(x + y, z) == stated or rate(x, y + z) == stated or (x > y and rate(x - y, z) == stated)]
        if hits or true != D("94.20") or len(figures) < 6 or not (
                "预算执行率95.20%" in squeezed
                and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]):
            out.append(("E2: 95.20% is no pair of the figures; 1,186.92 ÷ 1,260.00 = 94.20%", str(hits[:5])))
    if stem == "jinghai-minzheng-2023":
        score = D(golden["report"]["self_score"])
        if not ("自评得分87.6分，等级为优" in squeezed and "90分（含）以上为优，80分（含）至90分为良" in squeezed
                and band(score) == "良" and golden["report"]["grade"] == "优"
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E3: 87.6 is 良 on the printed scale, graded 优", ""))
    if stem == "qinghai-minzheng-2024":
        scores = sum(D(i["score"]) for i in indicators)
        if not (scores == D("96.72") == D(golden["report"]["self_score"]) - 1
                and sum(D(i["weight"]) for i in indicators) == 100 and "总分|100|97.72" in squeezed
                and all(D(i["score"]) <= D(i["weight"]) for i in indicators)
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E4: the 得分 add up to 96.72 under a 总分 of 97.72", str(scores)))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".docx":
        parts = _docx_parts(source)
        document = parts["word/document.xml"].decode()
        want = {
            "tiane-jiaotong-2019": "w:tbl>" in document and document.count("<w:tbl>") == 2
            and 'w:vMerge w:val="restart"' in document and "w:gridSpan" in document,
            "baoshan-lvhua-2021": "wps:txbx" in document and "v:textbox" in document
            and any("header" in k for k in parts) and "PAGE" in "".join(v.decode() for k, v in parts.items()
                                                                         if "footer" in k)
            and "Table Grid" not in document and document.count("<w:tbl>") == 2,
            "jinghai-minzheng-2023": document.count("<w:numId ") >= 13 and "一、" not in document
            and "（一）" not in document,
            "shouning-linye-2016": document.count("<w:tbl>") == 1 and "部门基本情况" not in document,
        }[stem]
        if not want:
            out.append(("Word layout", stem))
        if stem == "jinghai-minzheng-2023":
            with zipfile.ZipFile(source) as z:
                numbering = z.read("word/numbering.xml").decode()
            if not ('w:lvlText w:val="%1、"' in numbering and 'w:lvlText w:val="（%1）"' in numbering
                    and 'w:numFmt w:val="chineseCounting"' in numbering):
                out.append(("Word numbering definitions", ""))
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(source))
        ws = book.worksheets[0]
        merged = {str(r) for r in ws.merged_cells.ranges}
        if stem == "yanbian-shuili-2022" and not (
                {"B5:B11", "D3:J3", "B1:J1"} <= merged and all(c.value is None for c in ws["A"])
                and all(c.value is None for c in ws[2]) and all(c.value is None for c in ws[12])
                and ws["D6"].number_format == "#,##0.00" and "单位：万元" in ws["B1"].value
                and not any("（万元）" in str(c.value) or ("单位" in str(c.value) and "万元" in str(c.value))
                            for row in ws.iter_rows(min_row=2) for c in row)):
            out.append(("yanbian: merges, spacer column and rows, #,##0.00, unit only in the title", str(merged)))
        if stem == "mengyin-nongye-2018" and not (
                [s.title for s in book.worksheets] == ["自评表", "绩效指标"] and "A6:A10" in merged):
            out.append(("mengyin: two sheets, merged form", ""))
        if stem == "qinghai-minzheng-2024" and not ("A4:A11" in merged and ws["C5"].number_format == "#,##0.00"):
            out.append(("qinghai: merged form", str(merged)))
    if source.suffix == ".html":
        html = html_source(source)
        chrome = ("您现在的位置：", "发布时间：", "来源：", "浏览次数：", "【打印本页】", "ICP备", "网站标识码")
        data = source.read_bytes()
        if not all(c in html for c in chrome) or data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            out.append(("portal chrome, no BOM, LF", str([c for c in chrome if c not in html])))
        if stem == "xiushan-weijian-2020" and not ('rowspan="2"' in html and 'colspan="2"' in html):
            out.append(("xiushan: rowspan / colspan", ""))
        if stem == "baoting-jiaoyu-2017":
            try:
                data.decode("utf-8")
                out.append(("baoting: not GBK bytes", ""))
            except UnicodeDecodeError:
                pass
    if source.suffix == ".txt":
        data = source.read_bytes()
        if b"\n" in data.replace(b"\r\n", b"") or data.startswith(b"\xef\xbb\xbf"):
            out.append(("TXT: CRLF, no BOM", ""))
        try:
            data.decode("utf-8")
            out.append(("TXT: not GB18030 bytes", ""))
        except UnicodeDecodeError:
            pass
        if not re.search(r"支出合计 +6,386\.72 +6,248\.60 +7,026\.80 +6,812\.46", data.decode("gb18030")):
            out.append(("TXT: a table drawn with spaces", ""))
    if source.suffix == ".md":
        raw = source.read_text(encoding="utf-8")
        if not (raw.startswith("# ") and "\n## " in raw and "\n### " in raw and "| --- |" in raw and "\r" not in raw):
            out.append(("Markdown: headings and pipe tables", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    problems = _sum_problems(golden, stem, projects_complete) + _execution_score(golden)
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
    """Each place is written only in its own document; provinces only by their own units."""
    problems = []
    for stem in PLACES:
        source = source_of(stem)
        text = text_of(stem) + (html_source(source) if source.suffix == ".html" else "")
        for other, place in PLACES.items():
            if (place in text) != (other == stem):
                problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for province in UNWRITTEN:
            if province in text:
                problems.append(f"{stem}: province {province} written")
        for other, province in OWN_PROVINCE.items():
            if (province in text) != (other == stem):
                problems.append(f"{stem}: {province} {'missing' if other == stem else 'written'}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED))
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems() + place_problems()
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
