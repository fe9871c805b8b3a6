#!/usr/bin/env python3
"""Check the heldout25 goldens against their documents.

    .venv/bin/python tests/corpora/heldout25/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text, no
not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget, indicator
weights add up to 100 and scores to the self-score, no score above its weight, grade matches the
bands), with the four planted errors declared as expected, and adds what this batch needs on top:

- the scanned pages have no text layer: their text is what the generator drew on them, taken from
  `texts25/scanned.py` (the same lists the pages are laid out from), passed as `pixel_text`;
- the six TRAPS, each accepted only when the figures really are consistent, and each counted (the
  run fails unless all six are seen):
  T1 daishan: spending parts written to 0.1 万元 add up to 296.9 against 支出 296.84 (rounding);
  T2 binchuan (photographed): the 预算执行率 is stated against 实际到位资金, as the sentence says;
  T3 cangxi (two-up): `其中…、…等`: two named parts of the spending, a partial list;
  T4 ningcheng: `约占全年支出的62%` for 62.47 %;
  T5 shouyang (scanned pages): 87.5 graded 优 under the scale the report prints (85 and above);
  T6 wuxi (skewed 2.6°): 年初 + 追加 − 调减 = 调整后;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- the planted errors hold under every reading (see `_planted_hold`);
- layout facts the batch is about: which pages are image-only (one image, no character), how many
  (nine), each image's pixel size, bits and colour space (the fax 1 bit per pixel, the seal page in
  colour, the two-up page landscape), shouyang's text cover letter before its two scans;
- no document writes a province or prefecture (only county-level places are named);
- the golden `flags` must be exactly the four planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber and python-docx.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]  # texts25, and the repository root
sys.dont_write_bytecode = True

from texts25 import scanned as S  # noqa: E402

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("jianping-ziranziyuan-2019", "basic + project = total"): ["expenditure_basic", "expenditure_project",
                                                               "expenditure_total"],
    ("heshuo-nongye-2021", "rate = executed / budget"): ["execution_rate"],
    ("guide-renshe-2018", "grade matches the bands"): ["self_score", "grade"],
    ("huanan-shuiwu-2023", "indicator weights = 100"): ["indicators.weight"],
}
# what the image-only pages show (no text layer holds it)
PIXEL_TEXT = {
    "jianping-ziranziyuan-2019": S.jianping_text(),
    "binchuan-weijian-2024": S.binchuan_text(),
    "heshuo-nongye-2021": S.heshuo_text(),
    "cangxi-jiaoyu-2022": S.cangxi_text(),
    "huanan-shuiwu-2023": S.huanan_text(),
    "shouyang-wenlv-2020": S.shouyang_scan_text(),
    "wuxi-linye-2025": S.wuxi_text(),
}
# stem -> (number of pages, the 1-based scanned pages, image size in pixels, bits per component, colour space)
SCANS = {
    "jianping-ziranziyuan-2019": (2, (1, 2), (1654, 2339), 8, "DeviceGray"),
    "binchuan-weijian-2024": (1, (1,), (1406, 1988), 8, "DeviceGray"),
    "heshuo-nongye-2021": (1, (1,), (1654, 2339), 1, "DeviceGray"),
    "cangxi-jiaoyu-2022": (1, (1,), (2339, 1654), 8, "DeviceGray"),
    "huanan-shuiwu-2023": (1, (1,), (1654, 2339), 8, "DeviceRGB"),
    "shouyang-wenlv-2020": (3, (2, 3), (1654, 2339), 8, "DeviceGray"),
    "wuxi-linye-2025": (1, (1,), (1654, 2339), 8, "DeviceGray"),
}
# checks of the shared set that a trap replaces for one document (the trap checks the right reading)
REPLACED = {
    ("binchuan-weijian-2024", "received = budget"),  # T2
    ("binchuan-weijian-2024", "rate = executed / budget"),  # T2
    ("shouyang-wenlv-2020", "grade matches the bands"),  # T5
    ("wuxi-linye-2025", "initial + addition = adjusted"),  # T6
}
# provinces and prefectures of the ten counties: none is written
NOT_WRITTEN = ("辽宁", "朝阳市", "云南", "大理", "新疆", "巴音郭楞", "四川", "广元", "黑龙江", "佳木斯", "山西", "晋中",
               "重庆", "青海", "海南", "浙江", "舟山", "内蒙古", "赤峰")
N_DOCUMENTS = 10
N_TRAPS = 6
N_SCANNED_PAGES = 9
W = Decimal("10000")

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def text_of(stem: str) -> str:
    path = next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name)
    return golden_check.document_text(path) + "\n" + PIXEL_TEXT.get(stem, "")


def half(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def _execution_score(golden: dict, stem: str) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = half(Decimal(ind["weight"]) * computed / 100)
            if want != Decimal(ind["score"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "daishan-yuye-2022":
        parts = [Decimal("152.4"), Decimal("86.4"), Decimal("58.1")]
        total = b["expenditure_total"] / W
        trap(sum(parts) != total and abs(sum(parts) - total) <= Decimal("0.05") * len(parts)
             and all(f"{p}万元" in squeezed for p in parts)
             and [Decimal(m["value"]) for m in golden["metrics"][:3]] == [p * W for p in parts],
             f"T1 parts to 0.1 万元 ({sum(parts)}) against 支出 {total}: rounding")
    if stem == "binchuan-weijian-2024":
        trap(rate(b["expenditure_total"], b["funds_received"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) != b["execution_rate"]
             and b["funds_received"] == b["funds_central"] + b["funds_provincial"] + 28 * W
             and b["funds_central"] + b["funds_provincial"] + b["funds_local"] == b["budget_adjusted"]
             and "按实际到位资金计算，预算执行率为98.00%" in squeezed and "县级资金到位28.00万元" in squeezed,
             "T2 预算执行率 against 实际到位资金, stated as such")
    if stem == "cangxi-jiaoyu-2022":
        listed = sum(Decimal(m["value"]) for m in golden["metrics"][:2])
        trap(listed < b["expenditure_total"] and "普通高中国家助学金215.60万元等" in squeezed,
             f"T3 a partial 其中…等 list ({listed / W} of {b['expenditure_total'] / W} 万元)")
    if stem == "ningcheng-sifa-2023":
        share = b["expenditure_basic"] / b["expenditure_total"] * 100
        trap(share.quantize(Decimal("1"), ROUND_HALF_UP) == 62 and share != 62
             and "约占全年支出的62%" in squeezed,
             f"T4 约62% for {share:.2f} %")
    if stem == "shouyang-wenlv-2020":
        score = Decimal(str(golden["report"]["self_score"]))
        trap(85 <= score < 90 and golden["report"]["grade"] == "优"
             and "85分（含）以上为优，70分（含）至85分为良" in squeezed and "自评得分87.5分，评价等级为“优”" in squeezed,
             "T5 优 under the printed scale (85 and above)")
    if stem == "wuxi-linye-2025":
        cut = 30 * W
        trap(b["budget_initial"] + b["budget_addition"] - cut == b["budget_adjusted"]
             and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]
             and "调减预算30.00万元，调整后预算630.00万元" in squeezed,
             "T6 年初 + 追加 − 调减 = 调整后")
    return out


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figure the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate
    if stem == "jianping-ziranziyuan-2019":
        if not (b["expenditure_total"] - b["expenditure_basic"] - b["expenditure_project"] == 10 * W
                and b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "其中：基本支出1086.54万元，项目支出2295.64万元" in golden_check.squeeze(S.jianping_text())):
            out.append(("E1: basic + project are 10.00 short of the total the rate and balance confirm", ""))
    if stem == "heshuo-nongye-2021":
        stated = b["execution_rate"]
        parts = [Decimal("1186200"), Decimal("643500"), Decimal("205000")]
        ex, adj, ini, add, bal = (b["expenditure_total"], b["budget_adjusted"], b["budget_initial"],
                                  b["budget_addition"], b["balance_carryforward"])
        pairs = [(ex, adj), (ex, ini), (ini, adj), (ex + bal, adj), (ex, adj - add), (ex - add, ini), (ex, adj + add),
                 (ex - bal, adj), (add, adj), (bal, adj), (ex, adj + bal)]
        pairs += [(p, base) for p in parts for base in (ex, adj, ini)]
        pairs += [(ex - p, base - p) for p in parts for base in (adj, ini)]
        pairs += [(p + q, base) for k, p in enumerate(parts) for q in parts[k + 1:] for base in (ex, adj, ini)]
        hits = [p for p in pairs if rate(*p) == stated]
        if (hits or sum(parts) != ex or rate(ex, adj) != Decimal("94.20") or ini + add != adj
                or adj - ex != bal or "预算执行率95.20%" not in squeezed):
            out.append(("E2: the planted rate matches a pair, or the rest does not hold", str(hits)))
    if stem == "guide-renshe-2018":
        score = Decimal(str(golden["report"]["self_score"]))
        if not ("90分（含）以上为优，80分（含）至90分为良" in squeezed and 80 <= score < 90
                and "自评得分86.5分，评价等级为“优”" in squeezed):
            out.append(("E3: 86.5 is 良 on the printed scale, graded 优", ""))
    if stem == "huanan-shuiwu-2023":
        weights = sum(Decimal(i["weight"]) for i in golden["indicators"])
        scores = sum(Decimal(i["score"]) for i in golden["indicators"])
        if not (weights == 98 and scores == Decimal(str(golden["report"]["self_score"]))
                and "总分|100|95.72" in golden_check.squeeze(S.huanan_text())
                and all(Decimal(i["score"]) <= Decimal(i["weight"]) for i in golden["indicators"])):
            out.append(("E4: the 分值 add up to 98 under a 总分 of 100; the scores hold", str(weights)))
    return out


def _layout(golden: dict, stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if stem in SCANS:
        import pdfplumber

        n_pages, scanned, size, bits, space = SCANS[stem]
        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            pages = pdf.pages
            ok = len(pages) == n_pages
            for number, page in enumerate(pages, 1):
                if number in scanned:
                    images = page.images
                    ok = ok and not page.chars and len(images) == 1
                    if images:
                        image = images[0]
                        ok = ok and tuple(image["srcsize"]) == size and image["bits"] == bits
                        ok = ok and space in str(image["colorspace"])
                        ok = ok and (page.width > page.height) == (size[0] > size[1])
                else:
                    ok = ok and len(page.chars) > 50 and not page.images
        if not ok:
            out.append((f"image-only pages {scanned} of {n_pages}, {size} px, {bits} bit {space}", ""))
    if stem == "shouyang-wenlv-2020":
        cover = golden_check.squeeze(golden_check.document_text(HERE / f"{stem}.pdf"))
        if not ("关于报送2020年度部门整体支出绩效自评报告的函" in cover and "1572.34" not in cover):
            out.append(("shouyang: the cover letter has a text layer, the report's figures are on the scans only", ""))
    written = [name for name in NOT_WRITTEN if name in text_of(stem)]
    if written:
        out.append(("a province or prefecture is written", str(written)))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = [(label, detail) for label, detail in _sum_problems(golden, stem, projects_complete)
           if (stem, label) not in REPLACED]
    return (out + _execution_score(golden, stem) + _traps(golden, stem) + _planted_hold(golden, stem)
            + _layout(golden, stem))


golden_check.sum_problems = sum_problems


def flag_problems() -> list[str]:
    """The goldens' error flags are exactly the planted errors, one per document; nine scanned pages."""
    problems = []
    want = {stem: sorted(items) for (stem, _), items in PLANTED.items()}
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        flags = json.loads(path.read_text(encoding="utf-8")).get("flags", [])
        got = [sorted(f["items"]) for f in flags if f.get("severity") == "error"]
        expected = [want[stem]] if stem in want else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    total = sum(len(scanned) for _, scanned, _, _, _ in SCANS.values())
    if total != N_SCANNED_PAGES:
        problems.append(f"{total} scanned pages, want {N_SCANNED_PAGES}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, set(PLANTED), pixel_text=PIXEL_TEXT)
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems()
    for p in problems:
        print(f"problem: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(PLANTED)} planted errors, {len(traps_seen)} trap(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAPS else 0


if __name__ == "__main__":
    sys.exit(main())
