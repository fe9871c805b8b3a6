#!/usr/bin/env python3
"""Check the heldout24 goldens against their documents.

    .venv/bin/python tests/corpora/heldout24/check_goldens.py

Runs `tests/corpora/golden_check.check_folder` on this folder (values occur in the text,
no not-metric clashes with a metric, parts add up to totals, rates equal executed ÷ budget,
indicator weights add up to 100 and scores to the self-score, no score above its weight,
grade matches the bands), with the planted errors declared as expected, and adds what
this batch needs on top:

- the XLSX is read sheet by sheet (its first sheet is a cover; the form is the second);
- the complete lists add up (yanchi's recipients after `具体是：`, menyuan's 三公 `其中`, tunchang's
  numbered `1.…2.…3.` spending, chabuchaer's and menyuan's project counts by grade);
- the seven TRAPS, each accepted only when the figures really are consistent, and each counted:
  T1 yanchi: a letter whose addressees (县财政局, 县乡村振兴局) are not the reporting unit, which signs it;
  T2 menyuan: project counts by grade add up to the 12 projects evaluated, whose money (1,286.40) is
     a share of 项目支出 (1,642.18), not all of it;
  T3 chabuchaer: a second-level `其中` (人员 / 公用) inside the first-level `其中` (基本 / 项目);
  T4 yilan: the spending in a 元 table (3,725,816.00) and rounded to 0.01 万元 in the text (372.58);
  T5 ninghe: `项目支出主要用于…等` names three uses that add up to less than 项目支出;
  T6 yuli: `按实际到位资金计算，预算执行率为98.12%` against 到位资金, not the 全年预算数;
  T7 lingao: `项目支出…其中重点保障…` names two amounts, a partial list beside the complete numbered one;
- the four planted errors hold under every reading (see `_planted_hold`);
- layout facts (the letter's 文号 and addressee lines; the cover note before `附件2`; the two-page
  summary under a running header; the cover sheet; the portal and sharing-site chrome);
- no province or prefecture name is written in any document (they occur in other batches);
- the golden `flags` must be exactly the four planted errors, one per document.
Exits 1 on any unexpected problem. Needs pdfplumber, openpyxl, python-docx, beautifulsoup4.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root
sys.dont_write_bytecode = True

from tests.corpora import golden_check  # noqa: E402

E1 = ["revenue_total", "revenue_general_budget", "revenue_gov_fund", "revenue_carryover"]
E2 = ["budget_initial", "budget_addition", "budget_adjusted"]
E3 = ["execution_rate"]
E4 = ["indicators.score"]
# document stem -> the golden flag items that record its planted error
FLAGS = {
    "fengkai-shuiwu-2025": E1,
    "chabuchaer-jiaoyu-2022": E2,
    "tunchang-gongwei-2020": E3,
    "huanren-wenlv-2024": E4,
}
# (document stem, shared check label) expected to fail because of the planted error
PLANTED = {
    ("fengkai-shuiwu-2025", "sources = revenue"),
    ("chabuchaer-jiaoyu-2022", "initial + addition = adjusted"),
    ("tunchang-gongwei-2020", "rate = executed / budget"),
    ("huanren-wenlv-2024", "indicator scores = self_score"),
}
# lingao lists all its projects (`全年实施项目3个：1.…2.…3.…`); they add up to 项目支出
PROJECTS_COMPLETE = frozenset({"lingao-sifa-2022"})
# shared checks a trap replaces for one document (the trap checks the real relation instead)
REPLACED = {
    ("yuli-jieshui-2024", "received = budget"),  # T6
    ("yuli-jieshui-2024", "rate = executed / budget"),  # T6
}
# names that occur in other batches and must not be written here (provinces and prefectures)
UNWRITTEN = ("宁夏", "吴忠", "青海", "海北", "新疆", "伊犁", "巴音郭楞", "海南", "辽宁", "本溪", "黑龙江",
             "哈尔滨", "天津", "广东", "肇庆")
N_DOCUMENTS = 10
N_TRAP_CHECKS = 7
W = Decimal("10000")
CENT = Decimal("0.01")

_document_text = golden_check.document_text
_sum_problems = golden_check.sum_problems
traps_seen: list[str] = []


def document_text(path: Path) -> str:
    """As golden_check reads it, but an XLSX sheet by sheet (the cover first, then the form)."""
    if path.suffix != ".xlsx":
        return _document_text(path)
    import openpyxl

    book = openpyxl.load_workbook(str(path))
    return "\n".join(" | ".join(golden_check._shown(c) for c in row if c.value is not None)
                     for sheet in book.worksheets for row in sheet.iter_rows())


golden_check.document_text = document_text


def source_of(stem: str) -> Path:
    return next(p for p in HERE.iterdir() if p.stem == stem and "golden" not in p.name)


def text_of(stem: str) -> str:
    return document_text(source_of(stem))


def wan(text: str) -> Decimal:
    return Decimal(text.replace(",", "")) * W


def _execution_score(golden: dict) -> list[tuple[str, str]]:
    b = golden["budget_items"]
    out = []
    for ind in golden.get("indicators", []):
        if ind["name"] == "预算执行率":
            computed = golden_check.rate(Decimal(b["expenditure_total"]), Decimal(b["budget_adjusted"]))
            want = (Decimal(ind["weight"]) * computed / 100).quantize(CENT, ROUND_HALF_UP)
            if want != Decimal(ind["score"]) or computed != Decimal(b["execution_rate"]):
                out.append(("execution-line score = weight × rate", f"{want} vs {ind['score']}"))
    return out


def _complete_lists(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Lists the documents present as complete add up to their totals (no trap: they simply hold)."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    if stem == "yanchi-tanyang-2021":
        towns = {"花马池镇": "286.40", "大水坑镇": "241.60", "惠安堡镇": "198.00", "高沙窝镇": "134.00"}
        if not (sum(wan(v) for v in towns.values()) == b["budget_adjusted"] and "全部下达至4个乡镇，具体是：" in squeezed
                and "；".join(f"{t}{v}万元" for t, v in towns.items()) in squeezed.replace("下达花马池镇", "花马池镇")):
            out.append(("yanchi: the 具体是 list of recipients adds up to the 全年预算", ""))
    if stem == "menyuan-juesuan-2023":
        if not (wan("10.86") + wan("1.50") == wan("12.36") and "支出12.36万元，其中公务用车运行维护费10.86万元" in squeezed):
            out.append(("menyuan: the 三公 其中 list adds up", ""))
    if stem == "tunchang-gongwei-2020":
        parts = [Decimal(m["value"]) for m in golden["metrics"][:3]]
        if not (sum(parts) == b["expenditure_total"] and "具体如下：" in squeezed
                and all(f"{k}." in squeezed for k in (1, 2, 3))):
            out.append(("tunchang: the numbered spending list adds up to 实际支出", str(sum(parts))))
    if stem == "chabuchaer-jiaoyu-2022":
        if not ("23个项目中，自评等级为“优”的19个，“良”的4个" in squeezed and 19 + 4 == 23):
            out.append(("chabuchaer: the project counts by grade add up", ""))
    return out


def _traps(golden: dict, stem: str) -> list[tuple[str, str]]:
    """Check each trap's figures; a trap that holds is recorded in traps_seen, one that does not is a problem."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    raw = text_of(stem)
    squeezed = golden_check.squeeze(raw)
    rate = golden_check.rate
    metrics = [Decimal(m["value"]) for m in golden.get("metrics", [])]

    def trap(ok: bool, name: str) -> None:
        if ok:
            traps_seen.append(f"{stem}: {name}")
        else:
            out.append((f"trap does not hold: {name}", ""))

    if stem == "yanchi-tanyang-2021":
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        addressee = next(line for line in lines if line.endswith("："))
        dept = golden["report"]["department"]
        trap(addressee == "盐池县财政局、盐池县乡村振兴局：" and dept not in addressee and "财政局" in addressee
             and lines.index(addressee) < lines.index("一、项目概况") and lines[-3] == dept
             and lines[0] == dept and "函" in lines[1] and "特此函告。" in lines,
             "T1 a letter to the 财政局 and 乡村振兴局, sent and signed by the 农业农村局")
    if stem == "menyuan-juesuan-2023":
        evaluated = wan("1286.40")
        trap(9 + 2 + 1 == 12 and evaluated != b["expenditure_project"] and evaluated < b["expenditure_project"]
             and rate(evaluated, b["expenditure_project"]) == Decimal("78.33")
             and "对12个项目开展了绩效自评，涉及资金1286.40万元，占项目支出的78.33%" in squeezed
             and "“优”的9个，“良”的2个，“中”的1个" in squeezed and "其余项目" in squeezed
             and ("12864000.00", "元") in {(n["value"], n.get("unit")) for n in golden["not_metrics"]},
             "T2 counts by grade add up to 12; their 1,286.40万元 is 78.33% of 项目支出, another scope")
    if stem == "chabuchaer-jiaoyu-2022":
        naive = b["expenditure_basic"] + b["expenditure_personnel"] + b["expenditure_public"] + b["expenditure_project"]
        trap(b["expenditure_personnel"] + b["expenditure_public"] == b["expenditure_basic"]
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"]
             and naive != b["expenditure_total"] and "其中：基本支出15286.74万元（其中：人员经费" in squeezed,
             "T3 a second-level 其中 (人员 / 公用) inside the first-level 其中 (基本 / 项目)")
    if stem == "yilan-weifang-2019":
        rows = [Decimal(x) for x in ("1986400", "1124600", "438216", "176600")]
        exact = sum(rows)
        trap(exact == Decimal("3725816") and "3,725,816.00" in raw and all(f"{v:,.2f}" in raw for v in rows)
             and "金额（元）" in raw and (exact / W).quantize(CENT, ROUND_HALF_UP) * W == b["expenditure_total"]
             and exact != b["expenditure_total"] and abs(exact - b["expenditure_total"]) < 50
             and rate(exact, b["budget_adjusted"]) == rate(b["expenditure_total"], b["budget_adjusted"])
             == b["execution_rate"]
             and ((b["budget_adjusted"] - exact) / W).quantize(CENT, ROUND_HALF_UP) * W == b["balance_carryforward"]
             and "实际支出372.58万元" in squeezed,
             "T4 the spending as 3,725,816.00元 in the table and 372.58万元 (rounded) in the text")
    if stem == "ninghe-shijian-2018":
        uses = [wan(x) for x in ("186.40", "92.60", "134.50")]
        trap(sum(uses) < b["expenditure_project"] and uses == metrics[:3]
             and "项目支出主要用于食品安全抽检186.40万元、特种设备安全监管92.60万元、执法装备购置134.50万元等。" in squeezed
             and b["expenditure_basic"] + b["expenditure_project"] == b["expenditure_total"],
             f"T5 主要用于…等: three uses of {sum(uses) / W}万元 out of 项目支出 {b['expenditure_project'] / W}万元")
    if stem == "yuli-jieshui-2024":
        trap(rate(b["expenditure_total"], b["funds_received"]) == b["execution_rate"]
             and rate(b["expenditure_total"], b["budget_adjusted"]) != b["execution_rate"]
             and rate(b["funds_received"], b["budget_adjusted"]) == Decimal("95.83")
             and b["funds_received"] == b["funds_central"] + b["funds_provincial"] + wan("50")
             and "按实际到位资金计算，预算执行率为98.12%" in squeezed,
             f"T6 the rate against 到位资金 (against the 全年预算数 it would be "
             f"{rate(b['expenditure_total'], b['budget_adjusted'])}%)")
    if stem == "lingao-sifa-2022":
        key = [wan("68.40"), wan("52.30")]
        projects = {p["name"]: Decimal(p["executed"]) for p in golden["projects"]}
        trap(sum(key) < b["expenditure_project"] and key == metrics[:2]
             and key[0] <= projects["法律援助经费"] and key[1] <= projects["人民调解以案定补经费"]
             and sum(projects.values()) == b["expenditure_project"]
             and "项目支出274.42万元，其中重点保障法律援助案件补贴68.40万元、人民调解员以案定补补贴52.30万元" in squeezed,
             "T7 其中重点: two amounts inside the projects, beside the complete numbered list")
    return out


def _planted_hold(golden: dict, stem: str) -> list[tuple[str, str]]:
    """The planted errors are errors under every reading, and the rest of the document confirms the
    figures the golden keeps."""
    out: list[tuple[str, str]] = []
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    squeezed = golden_check.squeeze(text_of(stem))
    rate = golden_check.rate
    if stem == "fengkai-shuiwu-2025":
        sources = b["revenue_general_budget"] + b["revenue_gov_fund"] + b["revenue_carryover"]
        if not (b["revenue_total"] - sources == 100000 and b["revenue_total"] == b["budget_adjusted"]
                and b["budget_initial"] + b["budget_addition"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "包括一般公共预算财政拨款收入2108.60万元、政府性基金预算财政拨款收入186.00万元、上年结转60.20万元。"
                in squeezed):
            out.append(("E1: the 包括 list misses 本年收入合计 by 10.00万元 while the rest confirms it", ""))
    if stem == "chabuchaer-jiaoyu-2022":
        cut = wan("215.40")
        if not (b["budget_adjusted"] - (b["budget_initial"] + b["budget_addition"] - cut) == 100000
                and b["budget_initial"] + b["budget_addition"] != b["budget_adjusted"]
                and b["revenue_general_budget"] + b["revenue_carryover"] == b["budget_adjusted"]
                and rate(b["expenditure_total"], b["budget_adjusted"]) == b["execution_rate"]
                and b["budget_adjusted"] - b["expenditure_total"] == b["balance_carryforward"]
                and "调减215.40万元，调整后预算19805.30万元" in squeezed):
            out.append(("E2: 年初 + 追加 − 调减 misses 调整后 by 10.00万元 while the rest confirms it", ""))
    if stem == "tunchang-gongwei-2020":
        stated = b["execution_rate"]
        figures = [b[k] for k in ("budget_adjusted", "funds_central", "funds_provincial", "funds_local",
                                  "expenditure_total", "balance_carryforward")]
        figures += [Decimal(m["value"]) for m in golden["metrics"][:3]]
        hits = [(x, z) for x in figures for z in figures if x != z and rate(x, z) == stated]
        if hits or rate(b["expenditure_total"], b["budget_adjusted"]) != Decimal("97.59") \
                or b["budget_adjusted"] - b["expenditure_total"] != b["balance_carryforward"] \
                or b["funds_central"] + b["funds_provincial"] + b["funds_local"] != b["budget_adjusted"] \
                or sum(figures[6:]) != b["expenditure_total"]:
            out.append(("E3: the printed rate matches a pair, or the rest does not confirm the figures", str(hits)))
    if stem == "huanren-wenlv-2024":
        inds = golden["indicators"]
        scores = sum(Decimal(i["score"]) for i in inds)
        if not (sum(Decimal(i["weight"]) for i in inds) == 100 and scores == Decimal("95.70")
                and Decimal(str(golden["report"]["self_score"])) - scores == 1
                and "总分|100|96.70" in squeezed and "自评得分96.70分" in squeezed):
            out.append(("E4: the 得分 rows add up to 95.70 under a 总分 of 96.70", str(scores)))
    return out


def _layout(stem: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    raw = text_of(stem)
    if any(name in raw for name in UNWRITTEN):
        out.append(("a province or prefecture name is written", str([n for n in UNWRITTEN if n in raw])))
    if stem == "chabuchaer-jiaoyu-2022":
        import pdfplumber

        with pdfplumber.open(str(HERE / f"{stem}.pdf")) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        header = "察布查尔锡伯自治县教育局2022年度部门绩效自评工作情况总结"
        if not (len(pages) == 2 and all(p.splitlines()[0] == header for p in pages)
                and pages[1].splitlines()[1] == "五、存在的问题" and "19,805.30" in pages[0]):
            out.append(("two pages under the running header", ""))
    if stem == "yanchi-tanyang-2021":
        if "盐农函〔2022〕21号" not in raw.splitlines()[1]:
            out.append(("the letter's 文号 line under the sender's name", ""))
    if stem == "tunchang-gongwei-2020":
        import docx

        document = docx.Document(str(HERE / f"{stem}.docx"))
        texts = [p.text for p in document.paragraphs]
        breaks = [k for k, p in enumerate(document.paragraphs) if 'w:br w:type="page"' in p._p.xml]
        if not (texts[3] == "县财政局：" and "附件2" in texts and breaks and breaks[0] < texts.index("附件2")
                and texts.index("屯卫健报〔2021〕35号") < texts.index("附件2")):
            out.append(("the cover note, a page break, then 附件2", str(breaks)))
    if stem == "huanren-wenlv-2024":
        import openpyxl

        book = openpyxl.load_workbook(str(HERE / f"{stem}.xlsx"))
        merged = {str(r) for r in book["自评表"].merged_cells.ranges}
        if not (book.sheetnames == ["封面", "自评表"] and book.active.title == "封面"
                and {"A5:A9", "A10:A11", "B3:H3"} <= merged):
            out.append(("a cover sheet, then the form with merged cells", str(book.sheetnames)))
    if stem == "menyuan-juesuan-2023":
        html = (HERE / f"{stem}.html").read_text(encoding="utf-8")
        if not all(c in html for c in ("索引号", "发布机构", "浏览次数", "网站标识码", "ICP备", "五、预算绩效情况说明")):
            out.append(("portal chrome and the 决算 page's 绩效 section", ""))
    if stem == "fengkai-shuiwu-2025":
        if not all(c in raw for c in ("上传人：", "下载积分：", "- 第1页 共4页 -", "完整文档请下载后查看")):
            out.append(("the sharing site's chrome", ""))
    return out


def sum_problems(golden: dict, stem: str, projects_complete=frozenset()):
    out = []
    for label, detail in _sum_problems(golden, stem, projects_complete) + _execution_score(golden):
        if (stem, label) in REPLACED:
            continue
        out.append((label, detail))
    return (out + _complete_lists(golden, stem) + _traps(golden, stem) + _planted_hold(golden, stem)
            + _layout(stem))


golden_check.sum_problems = sum_problems


def flag_problems() -> list[str]:
    """The goldens' error flags are exactly the planted errors, one per document."""
    problems = []
    for path in sorted(HERE.glob("*.golden.json")):
        stem = path.name[: -len(".golden.json")]
        flags = json.loads(path.read_text(encoding="utf-8")).get("flags", [])
        got = [sorted(f["items"]) for f in flags if f.get("severity") == "error"]
        expected = [sorted(FLAGS[stem])] if stem in FLAGS else []
        if got != expected:
            problems.append(f"{stem}: golden flags {got}, planted {expected}")
    return problems


def main() -> int:
    status = golden_check.check_folder(HERE, PLANTED, PROJECTS_COMPLETE)
    for trap in traps_seen:
        print(f"trap: {trap}")
    problems = flag_problems()
    for p in problems:
        print(f"flags: {p}")
    n = len(list(HERE.glob("*.golden.json")))
    print(f"total: {n} goldens, {len(FLAGS)} planted errors, {len(traps_seen)} trap check(s) accepted")
    return 1 if status or problems or n != N_DOCUMENTS or len(traps_seen) != N_TRAP_CHECKS else 0


if __name__ == "__main__":
    sys.exit(main())
