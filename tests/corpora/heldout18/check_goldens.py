#!/usr/bin/env python3
"""Check the heldout18 goldens against their documents.

    .venv/bin/python tests/corpora/heldout18/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the four planted errors declared as expected, and adds what
this batch needs on top:

- the ten TRAPS, each accepted only when the figures really are consistent, and each counted
  (the run fails unless all ten are seen):
  T1 luochuan: `中央下达…、省级下达…` add up to the `共计` of the 下达 sentence, not to the
     project's money; the 县级配套 named in a later section makes up the difference exactly;
  T2 yidu: the 预算执行率 is stated against the funds received (`按实际到位资金计算`), 11.00 万元
     of the 市级配套 having arrived only after the year: spending ÷ 到位 is the stated rate,
     spending ÷ budget is not;
  T3 bachu: the levels table is in 元 (with 角分), the text in 万元; each level of the text is
     the table's 全年预算数, the text's spending is the table's 合计;
  T4 huairou: `项目支出…，其中…、…、…等`: the three projects cover part of 项目支出 only;
  T5 taonan: the funds table carries a 2022 column before the 2023 one; each column adds up
     on its own, and the golden figures are the 2023 column's;
  T6 xiapu: `年末结转结余…，其中结转资金…；结余资金…`: the two parts add up to the balance,
     which is the adjusted budget less the spending (not 年初 less the spending);
  T7 fuping: `扣0.5分…扣1分…扣2分` add up to 100 less the self-score;
  T8 fuping: `执行率97%` for 97.02%: rounded to the whole percent written;
  T9 huairou: the adjusted budget written `2.36亿元` beside 万元 figures; initial + addition
     (in 万元) give it exactly and the rate holds against it;
  T10 yining: spending above the year's appropriation and the 年初 budget by exactly the
     上年结转 used (193,860.00 of 215,000.00 元), which a free-text cell states;
- every indicator named 预算执行率 scores its weight × the computed rate (0.01, half up);
- leping's planted rate matches no pair of its figures; chengkou's planted sum is contradicted by
  everything else (personnel + public = basic; budget − balance = spending; the rate);
- layout facts the batch is about: every HTML page carries its portal chrome (breadcrumb
  `首页 > 政务公开 > 财政资金`, 索引号, 发布日期, 文号, 浏览次数, 【字体, 打印, 关闭, 相关, 网站标识码, ICP备);
  chengkou names its unit only in the 发布机构 lines and says 我局 in the body; yidu's title is
  only in the glued `标  题：…` line (no <h1>); xiapu's only year is the `（2021年度）` on its title
  line; taonan's table header puts 2022 before 2023; fuping has a cover page without furniture,
  a running header on each body page and the signature (unit + date) at the end; sinan is a
  bare form; hongtong is one paragraph between the site's furniture (`第1页 / 共12页`, 下载文档,
  收藏), UTF-8 with a BOM and CRLF; yining's ＝ target is text, not a formula;
- the golden `flags` must be exactly the four planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

# (document stem, check label) -> the golden flag items that record it
PLANTED = {
    ("leping-sifa-2020", "rate = executed / budget"): ["execution_rate"],
    ("chengkou-linye-2022", "basic + project = total"): ["expenditure_basic", "expenditure_project",
                                                         "expenditure_total"],
    ("hongtong-shuili-2019", "grade matches the bands"): ["self_score", "grade"],
    ("sinan-nongye-2022", "indicator scores = self_score"): ["self_score"],
}
N_DOCUMENTS = 12
N_TRAPS = 10
W = Decimal("10000")
HTML_CHROME = ("首页>政务公开>财政资金", "索引号", "发布日期", ("文号", "发文字号"), "浏览次数", "【字体：", "打印", "关闭",
               "相关", "网站标识码", "ICP备")

_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def text_of(stem: str) -> str:
    return golden_check.document_text(next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name))


def _pages(stem: str) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def _wan(value: Decimal) -> str:
    return f"{value / W:.2f}"


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


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "luochuan-jiaotong-2022":
        upper = b["funds_central"] + b["funds_provincial"]
        trap(upper != b["budget_adjusted"] and upper + b["funds_local"] == b["budget_adjusted"]
             and f"共计{_wan(upper)}万元" in squeezed and f"县级配套资金{_wan(b['funds_local'])}万元" in squeezed
             and squeezed.index("县级配套") > squeezed.index("省级下达"),
             f"T1 中央 + 省级 = {_wan(upper)} 万元 (the 下达 sentence's 共计); only with the later 县级配套 "
             f"{_wan(b['funds_local'])} do they make the project's {_wan(b['budget_adjusted'])}")
    if stem == "yidu-nongye-2023":
        late = Decimal("110000")
        stated = b["execution_rate"]
        trap(golden_check.rate(b["expenditure_total"], b["funds_received"]) == stated
             and golden_check.rate(b["expenditure_total"], b["budget_adjusted"]) != stated
             and b["funds_received"] + late == b["budget_adjusted"]
             and "按实际到位资金计算，预算执行率为97.80%" in squeezed and "其余11.00万元于2024年1月拨付" in squeezed,
             f"T2 rate {stated} against the funds received {_wan(b['funds_received'])} (against the budget "
             f"{golden_check.rate(b['expenditure_total'], b['budget_adjusted'])})")
    if stem == "bachu-linye-2023":
        levels = ("funds_central", "funds_provincial", "funds_local")
        table_text = _pages(stem)[0]
        trap(all(b[k] == b[f"{k}@adjusted"] for k in levels)
             and all(f"{b[k]:,.2f}" in table_text for k in levels)
             and all(f"{_wan(b[k])}万元" in squeezed for k in levels)
             and "（单位：元）" in table_text and f"实际支付{_wan(b['expenditure_total'])}万元" in squeezed
             and f"{b['expenditure_total']:,.2f}" in table_text,
             "T3 levels in 万元 in the text and in 元 (with 角分) in the table, the same money")
    if stem == "huairou-shuiwu-2021":
        listed = sum(Decimal(p["executed"]) for p in golden["projects"])
        trap(listed < b["expenditure_project"] and "农村供水保障2105.30万元等" in squeezed,
             f"T4 a 其中…等 list of projects ({listed / W} of {b['expenditure_project'] / W} 万元)")
        trap(b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"] == Decimal("236000000")
             and "调整后全年预算2.36亿元" in squeezed and "年中追加3737.50万元" in squeezed,
             "T9 the adjusted budget in 亿元 beside 万元 figures")
    if stem == "taonan-wenlv-2023":
        trap(_taonan_columns(golden), "T5 a 2022 column before the 2023 one, each adding up on its own")
    if stem == "xiapu-haiyu-2021":
        carried, left = Decimal("1182000"), Decimal("163700")
        trap(carried + left == b["balance_carryforward"] == b["budget_adjusted"] - b["expenditure_total"]
             and b["budget_initial"] - b["expenditure_total"] != b["balance_carryforward"]
             and "其中结转资金118.20万元" in squeezed and "结余资金16.37万元" in squeezed,
             "T6 结转 + 结余 = the balance = adjusted budget − spending")
    if stem == "fuping-nongye-2020":
        deductions = [Decimal("0.5"), Decimal("1"), Decimal("2")]
        score = Decimal(str(golden["report"]["self_score"]))
        trap(sum(deductions) == 100 - score
             and all(f"扣{d}分" in squeezed for d in deductions),
             "T7 deductions 0.5 + 1 + 2 = 100 − 96.5")
        exact = b["expenditure_total"] / b["budget_adjusted"] * 100
        trap(exact.quantize(Decimal(1), ROUND_HALF_UP) == b["execution_rate"]
             and golden_check.rate(b["expenditure_total"], b["budget_adjusted"]) != b["execution_rate"]
             and "执行率97%" in squeezed,
             f"T8 执行率97% for {exact:.4f}% (rounded to the whole percent written)")
    if stem == "yining-shuili-2024":
        year = b["revenue_general_budget@executed"]
        used = b["revenue_carryover@executed"]
        trap(b["expenditure_total"] > b["budget_initial"] and b["expenditure_total"] - year == used
             and used <= b["revenue_carryover@adjusted"] and "上年结转资金193860.00元" in squeezed,
             "T10 spending above the year's appropriation and 年初 by the 上年结转 used")
    return out


def _taonan_columns(golden: dict) -> bool:
    """The comparison table: header 2022 before 2023; both columns add up; the golden is the 2023 one."""
    import pdfplumber

    with pdfplumber.open(str(HERE / "taonan-wenlv-2023.pdf")) as pdf:
        rows = [r for t in pdf.pages[0].extract_tables() for r in t]
    header = rows[0]
    if not (header[1].startswith("2022年度") and header[2].startswith("2023年度")):
        return False
    col = {r[0].strip("　 ").replace("其中：", "").strip("　 "): r for r in rows[1:]}

    def num(cell: str) -> Decimal:
        return Decimal(cell.replace(",", "").rstrip("%")) * (1 if cell.endswith("%") else W)

    def adds_up(k: int) -> bool:
        g = {name: num(r[k]) for name, r in col.items()}
        return (g["年初预算"] + g["调整追加"] == g["全年预算"]
                and g["一般公共预算财政拨款"] + g["上年结转"] == g["全年预算"]
                and g["基本支出"] + g["项目支出"] == g["本年支出"]
                and g["全年预算"] - g["本年支出"] == g["年末结转结余"]
                and golden_check.rate(g["本年支出"], g["全年预算"]) == g["预算执行率"])

    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    current = {name: num(r[2]) for name, r in col.items()}
    last = {name: num(r[1]) for name, r in col.items()}
    return (adds_up(1) and adds_up(2) and current["全年预算"] == b["budget_adjusted"]
            and current["本年支出"] == b["expenditure_total"] and last["全年预算"] != b["budget_adjusted"]
            and current["预算执行率"] == b["execution_rate"])


def _extra(golden: dict, stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    raw = text_of(stem)
    squeezed = golden_check.squeeze(raw)
    if (HERE / f"{stem}.html").exists():
        missing = [c for c in HTML_CHROME if not any(alt in squeezed for alt in ((c,) if isinstance(c, str) else c))]
        if missing:
            out.append(("portal chrome", str(missing)))
    if stem == "leping-sifa-2020":
        stated = b["execution_rate"]
        pairs = [(b["expenditure_total"], b["budget_initial"]), (b["budget_initial"], b["budget_adjusted"]),
                 (b["expenditure_total"] + b["balance_carryforward"], b["budget_adjusted"]),
                 (b["expenditure_total"], b["revenue_general_budget"]),
                 (b["revenue_general_budget"], b["budget_adjusted"]),
                 (b["expenditure_basic"], b["budget_adjusted"]), (b["expenditure_project"], b["budget_adjusted"]),
                 (b["expenditure_total"] - b["revenue_other"], b["revenue_general_budget"]),
                 (b["expenditure_total"], b["budget_adjusted"] - b["revenue_other"]),
                 (b["expenditure_basic"], b["budget_initial"])]
        hits = [p for p in pairs if golden_check.rate(*p) == stated]
        if hits:
            out.append(("the planted rate matches a pair", str(hits)))
    if stem == "chengkou-linye-2022":
        if not (b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
                and b["budget_adjusted"] - b["balance_carryforward"] == b["expenditure_total"]
                and golden_check.rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]):
            out.append(("E2: the rest confirms the total and the basic spending", ""))
        body = squeezed[squeezed.index("浏览次数"):]
        head = squeezed[:squeezed.index("浏览次数")]
        if ("城口县林业局" in body or head.count("[发布机构]城口县林业局") != 2 or "我局" not in body):
            out.append(("the unit only in the 发布机构 lines, 我局 in the body", ""))
    if stem == "yidu-nongye-2023":
        html = (HERE / f"{stem}.html").read_text(encoding="utf-8")
        lines = [line.strip() for line in raw.splitlines()]
        title = "宜都市农业农村局2023年度动物防疫等补助经费绩效自评报告"
        if "<h1" in html or f"标  题：{title}" not in lines or squeezed.count(title) != 1:
            out.append(("the title only in the glued `标  题：` line", ""))
    if stem == "xiapu-haiyu-2021":
        pages = _pages(stem)
        first = pages[0].splitlines()[0]
        years = re.findall(r"20\d\d", "\n".join(pages))
        if first != "霞浦县海洋与渔业局部门整体支出绩效自评报告（2021年度）" or years != ["2021"]:
            out.append(("the year only in the title line", f"{first!r} {years}"))
    if stem == "fuping-nongye-2020":
        pages = _pages(stem)
        header = "富平县农业农村局2020年度奶山羊产业发展项目支出绩效自评报告"
        cover = pages[0].splitlines()
        last = pages[-1].splitlines()
        if not (len(pages) >= 3 and header not in pages[0] and "第" not in cover[-1]
                and all(p.startswith(header) for p in pages[1:])
                and all(p.splitlines()[-1] == f"第 {k} 页" for k, p in enumerate(pages[1:], 1))
                and last[-3:-1] == ["富平县农业农村局", "2021年3月22日"]):
            out.append(("cover without furniture; running header; signature at the end", ""))
    if stem == "hongtong-shuili-2019":
        data = (HERE / f"{stem}.txt").read_bytes()
        text = data.decode("utf-8-sig")
        lines = text.split("\r\n")
        body = [line for line in lines if "一、项目基本情况" in line]
        if not (data.startswith(b"\xef\xbb\xbf") and b"\n" not in data.replace(b"\r\n", b"")
                and len(body) == 1 and "六、改进措施" in body[0] and "第1页 / 共12页" in lines
                and "下载文档" in text and "收藏" in text):
            out.append(("one paragraph between the site's furniture, BOM + CRLF", ""))
    if stem == "yining-shuili-2024":
        import openpyxl

        ws = openpyxl.load_workbook(str(HERE / f"{stem}.xlsx")).active
        cell = next(c for row in ws.iter_rows() for c in row if c.value == "＝100%")
        if cell.data_type != "s":
            out.append(("the ＝ target is text", cell.data_type))
    if stem == "sinan-nongye-2022":
        text = _pages(stem)[0]
        if not text.startswith("项目支出绩效自评表\n（2022年度）") or "总分 100 97.82" not in text:
            out.append(("a bare 绩效自评表", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete):
        if stem == "yidu-nongye-2023" and label in ("received = budget", "rate = executed / budget"):
            continue  # T2, checked with the late 市级配套 and the stated basis in _traps
        if stem == "fuping-nongye-2020" and label == "rate = executed / budget":
            continue  # T8, checked (whole-percent rounding) in _traps
        out.append((label, detail))
    return out + _execution_score(golden) + _traps(golden, stem) + _extra(golden, stem)


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
