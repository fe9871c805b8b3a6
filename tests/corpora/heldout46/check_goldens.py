#!/usr/bin/env python3
"""Check the heldout46 goldens against their documents.

    .venv/bin/python tests/corpora/heldout46/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no not-metric clashes with
a metric, parts add up to totals, rates equal executed ÷ budget, indicator weights add up to 100 and scores to the
self-score, no score above its weight, grade matches the bands), with the three planted errors declared as
expected, and adds what this batch needs:

- the scanned documents read by what their pixels show: the generator's own layout of each printed page (the same
  pages, with a text layer, before they were rendered and degraded), read by pdfplumber;
- every execution line (`预算执行率`, level1 `预算执行`) scores its weight × the computed rate;
- `funds_received` is given exactly where an arrived amount is written (`实际到位资金…万元`);
- each self-score is printed in its document after 得分 or 总分;
- the TRAPS (16), each accepted only when the figures really are as the golden reads them, and each counted;
- the three planted errors hold under every reading (`_planted_hold`);
- layout facts: the five scans have no text layer, one full-page image per page (a greyscale JPEG, or a 16-colour
  palette image where the seal is), under 400 KB, 1–2 pages; the text PDF has its text; the DOCX one table; the HTML
  page UTF-8 without BOM, LF;
- each place is written only in its own document; no province;
- the golden `flags` are exactly the three planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, pypdfium2, Pillow, python-docx, beautifulsoup4.
"""

from __future__ import annotations

import io
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

import make_heldout46 as M  # noqa: E402  (this folder: the generator's own pages and rows)

from tests.corpora import golden_check  # noqa: E402

PLANTED = {
    ("zhaosu-linye-2020", "basic + project = total"): [
        "expenditure_basic",
        "expenditure_project",
        "expenditure_total",
    ],
    ("heshui-rouyang-2022", "indicator scores = self_score"): ["self_score"],
    ("aheqi-caoyuan-2018", "rate = executed / budget"): ["execution_rate"],
}
SCANS = {  # stem: pages
    "zhaosu-linye-2020": 2,
    "heshui-rouyang-2022": 1,
    "jianzha-yingyang-2021": 2,
    "kalaqin-shuili-2017": 1,
    "lintan-weishengshi-2024": 2,
}
PLACES = {
    "zhaosu-linye-2020": ("昭苏",),
    "heshui-rouyang-2022": ("合水",),
    "jianzha-yingyang-2021": ("尖扎",),
    "kalaqin-shuili-2017": ("喀喇沁",),
    "lintan-weishengshi-2024": ("临潭",),
    "tongde-shijian-2025": ("同德",),
    "aheqi-caoyuan-2018": ("阿合奇",),
    "jiali-nuanpeng-2016": ("嘉黎",),
}
PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 "
    "海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆"
).split()
N_DOCUMENTS = 8
N_TRAPS = 16
W = Decimal("10000")
CENT = Decimal("0.01")
traps_seen: list[str] = []
_sum_problems = golden_check.sum_problems


def D(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def Y(x: Any) -> Decimal:
    return D(x) * W


def rate(executed: Any, budget: Any) -> Decimal:
    return golden_check.rate(D(executed), D(budget))


def _pdf_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        parts = [p.extract_text() or "" for p in pdf.pages]
        for page in pdf.pages:
            for tbl in page.extract_tables():
                parts += [" | ".join(c or "" for c in row) for row in tbl]
    return "\n".join(parts)


PIXEL_TEXT = {stem: _pdf_text(M.layout_pdf(stem)) for stem in SCANS}


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name and p.suffix != ".py")


_texts: dict[str, str] = {}


def text_of(stem: str) -> str:
    if stem not in _texts:
        _texts[stem] = golden_check.document_text(source_of(stem)) + "\n" + PIXEL_TEXT.get(stem, "")
    return _texts[stem]


def squeezed_of(stem: str) -> str:
    return golden_check.squeeze(text_of(stem))


def row_in(stem: str, *cells: str) -> bool:
    pattern = r"[|]*".join(re.escape(c.replace(",", "")) for c in cells)
    return re.search(pattern, squeezed_of(stem)) is not None


def golden_of(stem: str) -> dict:
    return json.loads((HERE / f"{stem}.golden.json").read_text(encoding="utf-8"))


def nm(golden: dict) -> set[tuple[Decimal, str | None]]:
    return {(D(x["value"]), x.get("unit")) for x in golden.get("not_metrics", [])}


def mt(golden: dict) -> set[tuple[Decimal, str | None]]:
    return {(D(x["value"]), x.get("unit")) for x in golden.get("metrics", [])}


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率" and ind.get("level1") == "预算执行":
            computed = rate(b["expenditure_total"], b["budget_adjusted"])
            want = (D(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != D(ind["score"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _received_stated(golden: dict, stem: str) -> list[tuple[str, str]]:
    stated = {Y(x) for x in re.findall(r"实际到位资金(\d+(?:\.\d+)?)万元", squeezed_of(stem))}
    got = {D(v) for k, v in golden["budget_items"].items() if k.startswith("funds_received")}
    if stated != got:
        return [("funds_received is the amount written as arrived", f"{sorted(got)} vs {sorted(stated)}")]
    return []


def _score_printed(golden: dict, stem: str) -> list[tuple[str, str]]:
    s = D(str(golden["report"]["self_score"]))
    if not re.search(
        rf"(?:得分|总分)\D{{0,12}}(?:100\D{{1,4}})?{re.escape(str(s))}(?![\d.])", squeezed_of(stem)
    ):
        return [("the self-score is printed after 得分 or 总分", str(s))]
    return []


# --------------------------------------------------------------------------- traps
def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    sq = squeezed_of(stem)
    nms, mts = nm(golden), mt(golden)
    out: list[tuple[str, str]] = []

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "zhaosu-linye-2020":
        trap(
            b["expenditure_total"] - Y("2208.90") == Y("207.65")
            and {(Y("2208.90"), "元"), (Y("207.65"), "元")} <= nms
            and "较上年的2208.90万元增加207.65万元" in sq,
            "T1 `较上年的2,208.90万元增加207.65万元`: last year's spending and the difference, not-metrics",
        )
        trap(
            (D(12000), "亩") in nms
            and (D(12600), "亩") in mts
            and (D(105), "%") in mts
            and D("1.26") / D("1.2") == D("1.05"),
            "T2 `计划…1.2万亩，实际…1.26万亩，完成计划的105%`: the plan a not-metric, 1.26 ÷ 1.2 = 105%",
        )
    if stem == "heshui-rouyang-2022":
        trap(
            "budget_addition" not in b
            and b["revenue_general_budget@adjusted"] - b["revenue_general_budget@initial"] == Y("120.00")
            and b["revenue_carryover@adjusted"] == Y("60.00")
            and b["budget_adjusted"] - b["budget_initial"] == Y("180.00"),
            "T3 年初 300.00 → 全年 480.00 with no 追加 written: 当年财政拨款 300 → 420 plus the 上年结转 60.00; no "
            "budget_addition",
        )
        trap(
            row_in(stem, "每只母羊补贴标准", "≤500元", "500元", "15", "15"),
            "T4 `≤500元 | 500元 | 15 | 15`: the actual on the ceiling meets the target",
        )
        trap(
            row_in(stem, "圈舍建设完成时间", "2022年10月底前", "2022年11月25日", "5", "4"),
            "T5 the 时效 row missed by a month loses 1 of its 5 points: a consistent deduction",
        )
    if stem == "jianzha-yingyang-2021":
        trap(
            Decimal(7862 * 5 * 200) == b["budget_adjusted"] and "按每生每天5元、全年在校200天测算" in sq,
            "T6 7,862 students × 5元 × 200 days = 786.20万元: the budget's own reckoning; 5元 and 200天 not-metrics",
        )
        trap(
            D("9.94") + 86 == D(str(golden["report"]["self_score"]))
            and rate(b["expenditure_total"], b["budget_adjusted"]) / 10 == D("9.94")
            and {(D("9.94"), "分"), (D(10), "分"), (D(86), "分"), (D(90), "分")} <= nms,
            "T7 `预算执行得分9.94分（满分10分）`, `…86分（满分90分）`: parts of the score out of 10 and 90",
        )
        trap(
            (D(7915), "人") in nms and (D(53), "人") in nms and 7915 - 53 == 7862,
            "T8 `较上年的7,915人减少53人`: last year's count and the difference",
        )
    if stem == "kalaqin-shuili-2017":
        trap(
            (b["expenditure_basic"] / b["expenditure_total"] * 100).quantize(Decimal("0.1")) == D("31.0")
            and (D("31.0"), "%") in nms,
            "T9 `占全年支出的31.0%`: a share written to one decimal (512.36 ÷ 1,652.74 = 31.00%)",
        )
        trap(
            "budget_addition" not in b and "追加" not in sq and b["budget_adjusted"] > b["budget_initial"],
            "T10 年初 1,245.60 → 全年 1,688.90 with no 追加 written: no budget_addition",
        )
    if stem == "lintan-weishengshi-2024":
        trap(
            D(str(golden["report"]["self_score"])) == b["execution_rate"] == D("96.67")
            and D("9.67") + 87 == D("96.67"),
            "T11 the self-score 96.67 equals the rate 96.67%: 9.67 + 87 points, a coincidence",
        )
        trap(
            (D(142), "所") in nms and (D(46), "所") in mts,
            "T12 `全县共有村卫生室142所`: a stock, not what was done (46所)",
        )
    if stem == "tongde-shijian-2025":
        trap(
            (b["expenditure_personnel"] / b["expenditure_basic"] * 100).quantize(Decimal("0.1")) == D("88.8")
            and (D("88.8"), "%") in nms,
            "T13 `人员经费占基本支出的88.8%`: a share, rounded to one decimal (88.81%)",
        )
        trap(
            sum(D(p["executed"]) for p in golden["projects"]) < b["expenditure_project"]
            and (Y("1702.15"), "元") in nms,
            "T14 two named projects (202.56) inside 项目支出 539.76, no sum expected; `2024年支出1,702.15万元` "
            "last year's",
        )
    if stem == "aheqi-caoyuan-2018":
        trap(
            b["funds_received"] == b["budget_adjusted"] and (D("7.5"), "元") in nms,
            "T15 `实际到位资金1,360.00万元` the whole budget; `每亩7.5元标准` a standard (not-metric)",
        )
    if stem == "jiali-nuanpeng-2016":
        trap(
            Decimal(420 * 8000) == Y("336.00")
            and Y("336.00") + Y("12.62") == b["expenditure_total"]
            and Y("336.00") not in {v for v, _ in nms | mts}
            and (D(8000), "元") in nms
            and sum(D(s) for _, _, s in M.JIALI_PARTS) == D(str(golden["report"]["self_score"])),
            "T16 420座 × 8,000元 = 336.00万元, plus 12.62 = 348.62 spent (a complete split, in neither list); the "
            "score's four parts out of 20 / 20 / 40 / 20 add up to 92",
        )
    return out


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    b = {k: D(v) for k, v in golden["budget_items"].items()}
    out: list[tuple[str, str]] = []
    if stem == "zhaosu-linye-2020":
        if not (
            b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"] + 10 * W
            and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
            and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
            and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
            and b["expenditure_total"] - Y("2208.90") == Y("207.65")
        ):
            out.append(("E1: 1,086.42 + 1,340.13 = 2,426.55 over 本年支出合计 2,416.55", ""))
    if stem == "heshui-rouyang-2022":
        scores = sum(D(i["score"]) for i in golden["indicators"])
        if not (
            scores == D(str(golden["report"]["self_score"])) + 1
            and sum(D(i["weight"]) for i in golden["indicators"]) == 100
            and row_in(stem, "总分", "100", "95.62")
        ):
            out.append(("E2: the rows add up to 96.62 under 总分 95.62", str(scores)))
    if stem == "aheqi-caoyuan-2018":
        stated = b["execution_rate"]
        figures = sorted({D(v) for r in M.AHEQI_FUNDS for v in r[1:]} | {D("41.55")})
        hits = [(x, z) for x, z in itertools.permutations(figures, 2) if rate(x, z) == stated]
        hits += [
            (x, y, z)
            for x, y, z in itertools.permutations(figures, 3)
            if rate(x + y, z) == stated or (x > y and rate(x - y, z) == stated)
        ]
        if (
            hits
            or rate(b["expenditure_total"], b["budget_adjusted"]) != D("96.94")
            or not row_in(stem, "年度资金总额", "1360.00", "1360.00", "1318.45", "10", "97.35%", "9.69")
        ):
            out.append(("E3: 97.35% is no ratio of the figures; 1,318.45 ÷ 1,360.00 = 96.94%", str(hits[:3])))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    source = source_of(stem)
    if source.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(source)) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
            images = [p.images for p in pdf.pages]
        if stem in SCANS:
            spaces = {str(im["colorspace"][0]) for page in images for im in page}
            if (
                any(t.strip() for t in texts)
                or len(texts) != SCANS[stem]
                or any(len(page) != 1 for page in images)
                or source.stat().st_size > 400_000
                or not spaces <= {"/'DeviceGray'", "/'Indexed'", "/DeviceGray", "/Indexed"}
            ):
                out.append(("an image-only scan: 1–2 pages, one image each, under 400 KB", str(spaces)))
        elif any(images) or not texts[0].startswith(M.TONGDE_UNIT):
            out.append(("a text PDF", ""))
    if source.suffix == ".docx":
        import docx

        if len(docx.Document(str(source)).tables) != 1:
            out.append(("one Word table", ""))
    if source.suffix == ".html":
        data = source.read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data or "浏览次数" not in data.decode("utf-8"):
            out.append(("UTF-8 without BOM, LF, portal chrome", ""))
    return out


def sum_problems(
    golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    problems = _sum_problems(golden, stem, projects_complete) + _execution_score(golden)
    problems += _traps(golden, stem) + _received_stated(golden, stem) + _score_printed(golden, stem)
    try:
        problems += _planted_hold(golden, stem)
    except (KeyError, IndexError, ValueError) as error:
        problems.append(("a planted error's figures are missing from the golden", repr(error)))
    return problems + _layout(stem)


golden_check.sum_problems = sum_problems


def flag_problems() -> list[str]:
    problems = []
    want = {stem: sorted(items) for (stem, _), items in PLANTED.items()}
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        got = [sorted(f["items"]) for f in golden_of(stem).get("flags", []) if f.get("severity") == "error"]
        expected = [want[stem]] if stem in want else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    return problems


def place_problems() -> list[str]:
    problems = []
    for stem in PLACES:
        text = text_of(stem)
        if source_of(stem).suffix == ".html":
            text += source_of(stem).read_bytes().decode("utf-8")
        for other, places in PLACES.items():
            for place in places:
                if (place in text) != (other == stem):
                    problems.append(f"{stem}: place {place} {'missing' if other == stem else 'written'}")
        for name in PROVINCES:
            if name in text:
                problems.append(f"{stem}: {name} written")
        report = golden_of(stem)["report"]
        if "province" in report or report["county"] not in text:
            problems.append(f"{stem}: place fields")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED), pixel_text=PIXEL_TEXT)
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
