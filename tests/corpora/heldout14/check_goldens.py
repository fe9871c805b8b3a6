#!/usr/bin/env python3
"""Check the heldout14 goldens against their documents.

    .venv/bin/python tests/corpora/heldout14/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the six planted errors declared as expected, and adds what
this batch needs on top:

- the text it searches: workbooks on EVERY sheet (huinan's 自评表 is the second sheet), each
  number shown through its number format; Word files through every `w:t` of the body, so the
  table nested in a cell and the text box (mianxian) are read; the scanned PDF (shawan) through
  its builder's lines, since its page has pixels only;
- the TRAP of a rounded rate (wenchang: `执行率96.1%` for 96.09%), accepted only when the stated
  rate is the computed one ROUNDED to the digits written;
- grades against the bands a report states where they differ from the national ones (BANDS):
  huinan's cover sheet puts 优 from 95 and 良 from 85, so its 94.94 graded 良 is a TRAP the
  national bands (90) would call 优;
- the TRAP of mixed units (jinshan): 基本支出 and 项目支出 are stated in 万元 (two decimals) and
  the total in 元 with 角分; they are accepted when they miss the total by no more than the
  rounding of two 万元 figures (2 × 50 元), never more;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01);
- the figures that are no golden field: xiangyuan's 2021年决算数 column (last year's, a TRAP)
  adds up both ways and differs from this year's, and its 年初 / 全年 columns of 基本支出 and
  项目支出 add up to the 合计 row; huinan's last-year score on the cover sheet (88.40, 良) is not
  the self-score; cili's 复核 score (88.0, 良) is in its own band and below the self-score, and
  its 上年全年支出 differs from this year's; zhaoping's spending is above the year's
  appropriation (160.00) by less than the 上年结转 (8.00), as its 说明 row says;
- mianxian's planted rate matches no pair of its figures;
- the scanned page (shawan) is the document's only page and has no text layer;
- the golden `flags` must be exactly the six planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, python-docx, openpyxl, beautifulsoup4.
"""
from __future__ import annotations

import json
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.path.insert(0, str(HERE))

from make_heldout14 import SHAWAN_TEXT  # noqa: E402

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("mianxian-shijianju-2023", "rate = executed / budget"): ["execution_rate"],
    ("zhongning-gouqi-2019", "grade matches the bands"): ["self_score", "grade"],
    ("shuicheng-minzong-2024", "levels = budget less carry-over"): ["funds_central", "funds_provincial", "funds_local"],
    ("mengzhou-xiguo-2020", "balance = budget - executed"): ["balance_carryforward"],
    ("jinshan-shihua-2022", "indicator scores = self_score"): ["self_score"],
    ("ledu-jiaoyu-2021", "economic classes = basic"):
        ["expenditure_wages", "expenditure_goods_services", "expenditure_household_subsidies", "expenditure_basic"],
}
# Parts in 万元 (two decimals) against a total in 元: accepted within the rounding of the parts.
MIXED_UNITS = {("jinshan-shihua-2022", "basic + project = total"): Decimal(100)}
# A rate written with fewer digits than check_folder's 0.01: accepted only when it is the computed
# rate ROUNDED to the digits written.
ROUNDED = {("wenchang-baoling-2020", "rate = executed / budget")}
# The bands a report states where they differ from the national ones: (优 from, 良 from, 中 from).
BANDS = {"huinan-shuili-2021": (95, 85, 60)}
N_DOCUMENTS = 12
N_TRAPS = 3

_document_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []
texts: dict[str, str] = {}


def _shown(cell) -> str:
    value, fmt = cell.value, cell.number_format
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fmt.endswith("%"):
            return f"{value * 100:.2f}%"
        if fmt in ("0.00", "#,##0.00"):
            return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    return str(value)


def _docx_text(path: Path) -> str:
    """Every paragraph of the body in order, nested tables and text boxes included."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(w + "p"):
        own = [t.text or "" for t in p.iter(w + "t") if next(t.iterancestors(w + "p")) is p]
        lines.append("".join(own))
    return "\n".join(lines)


def document_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path), data_only=True)
        text = "\n".join(" | ".join(_shown(c) for c in row if c.value is not None)
                         for sheet in book.worksheets for row in sheet.iter_rows())
    elif path.suffix == ".docx":
        text = _docx_text(path)
    else:
        text = _document_text(path)
    texts[path.stem] = text
    return text


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if want != Decimal(ind["score"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _band(score: float, bands: tuple[int, int, int] = (90, 80, 60)) -> str:
    good, fair, passing = bands
    return "优" if score >= good else "良" if score >= fair else "中" if score >= passing else "差"


def _written_as(detail: str) -> bool:
    got, _, want = detail.partition(" vs ")
    want = want.strip()
    digits = len(want.split(".")[1]) if "." in want else 0
    shown = Decimal(got).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return shown == Decimal(want) and Decimal(got) != Decimal(want)


def _bands(golden: dict, stem: str) -> list[tuple[str, str]]:
    report = golden["report"]
    if stem in BANDS and _band(report["self_score"], BANDS[stem]) != report["grade"]:
        return [("grade matches the report's own bands", f"{report['self_score']} is "
                 f"{_band(report['self_score'], BANDS[stem])}, stated {report['grade']}")]
    return []


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    wan = Decimal(10000)
    score = Decimal(str(golden["report"].get("self_score")))
    text = texts.get(stem, "")
    if stem == "xiangyuan-xiadian-2022":
        last = [Decimal(x) for x in ("2108.66", "1842.16", "180.00", "86.50", "1062.30", "1046.36")]
        if not (last[1] + last[2] + last[3] == last[0] == last[4] + last[5]) or last[0] * wan == b["expenditure_total"]:
            out.append(("2021年决算数 column adds up and is not this year's", "2,108.66"))
        for basic, project, total in (("1085.20", "777.20", "budget_initial"), ("1128.60", "1176.15", "budget_adjusted")):
            if (Decimal(basic) + Decimal(project)) * wan != b[total]:
                out.append((f"basic + project budgets = {total}", f"{basic} + {project}"))
        if "2021年" not in text or "2,108.66" not in text:
            out.append(("the last-year column is printed", ""))
    if stem == "huinan-shuili-2021":
        import openpyxl

        book = openpyxl.load_workbook(str(HERE / f"{stem}.xlsx"))
        if book.worksheets[1].title != "自评表" or book.active.title == "自评表":
            out.append(("the 自评表 is the second, not the active, sheet", book.active.title))
        if "88.40分" not in text or _band(88.40, BANDS[stem]) != "良" or score == Decimal("88.40"):
            out.append(("last year's score on the cover is another figure", "88.40"))
    if stem == "cili-kexie-2021":
        if "88.0分" not in text or _band(88.0) != "良" or not Decimal("88.0") < score:
            out.append(("the 复核 score is in its own band and below the self-score", "88.0"))
        if "183.92万元" not in text or Decimal("1839200") == b["expenditure_total"]:
            out.append(("上年全年支出 differs from this year's", "183.92"))
    if stem == "zhaoping-chaye-2025":
        year = b["funds_provincial@adjusted"] + b["funds_local@adjusted"]
        if year != Decimal("1600000") or not year < b["expenditure_total"] <= year + b["revenue_carryover@adjusted"]:
            out.append(("spending explained by the carry-over", f"{year} / {b['expenditure_total']}"))
    if stem == "mianxian-shijianju-2023":
        stated = b["execution_rate"]
        pairs = [(b["expenditure_total"], b["budget_adjusted"]), (b["expenditure_total"], b["budget_initial"]),
                 (b["expenditure_total"], b["budget_adjusted"] - b["revenue_carryover"]),
                 (b["expenditure_total"], b["revenue_general_budget"]),
                 (b["revenue_general_budget"], b["budget_adjusted"]),
                 (b["expenditure_project"], b["budget_adjusted"]), (b["expenditure_basic"], b["budget_adjusted"]),
                 (b["budget_adjusted"] - b["balance_carryforward"], b["budget_adjusted"])]
        hits = [p for p in pairs if golden_check.rate(*p) == stated]
        if hits:
            out.append(("the planted rate matches a pair", str(hits)))
    if stem == "shawan-xumu-2024":
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            if len(pdf.pages) != 1 or (pdf.pages[0].extract_text() or "").strip() or not pdf.pages[0].images:
                out.append(("one image-only page", ""))
    if stem == "wenchang-baoling-2020":
        if text.count("92.6") != 1:
            out.append(("the score is stated once, in the conclusion", str(text.count("92.6"))))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, frozenset()):
        tolerance = MIXED_UNITS.get((stem, label))
        if tolerance is not None:
            got, _, want = detail.partition(" vs ")
            if abs(Decimal(got) - Decimal(want)) <= tolerance:
                traps_seen.append(f"{stem}: {label}: {detail} (万元 parts against a 元 total, within rounding)")
                continue
        if (stem, label) in ROUNDED and _written_as(detail):
            traps_seen.append(f"{stem}: {label}: {detail} (rounded to the digits written, not an error)")
            continue
        if label == "grade matches the bands" and stem in BANDS:
            traps_seen.append(f"{stem}: national bands say otherwise; the report's own bands are checked instead")
            continue
        out.append((label, detail))
    return out + _execution_score(golden) + _bands(golden, stem) + _extra(golden, stem)


golden_check.document_text = document_text
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
    status = golden_check.check_folder(HERE, set(PLANTED), pixel_text={"shawan-xumu-2024": SHAWAN_TEXT})
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
