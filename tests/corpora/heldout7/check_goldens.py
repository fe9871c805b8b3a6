#!/usr/bin/env python3
"""Check the heldout7 goldens against their documents.

    .venv/bin/python tests/corpora/heldout7/check_goldens.py [-v]

For every NAME.golden.json beside its document NAME.<ext>:
  1. every budget item, project amount/rate, metric value, indicator weight/score
     and not-metric value occurs in the document's text (money in yuan, 万元 or
     亿元 form; rates also as a spreadsheet fraction), and the department, year
     and score appear too;
  2. the arithmetic holds (parts = totals, initial + addition = adjusted, stated
     rates = executed / budget, indicator weights = 100 and scores = self-score,
     first-level rows = the sum of their children, grade = score band), with a
     rounding tolerance of 0.005 万元 per addend;
  3. the rules that fail are exactly the golden's planted `flags` (by items);
  4. no not-metric shares value and unit with a metric of the same golden.
Exits 1 on any problem. Needs pdfplumber, python-docx, openpyxl, beautifulsoup4.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
WAN = D(10000)
YI = D(100000000)

# Stated figures that are not golden fields but must still be consistent:
# (numerator, denominator, stated rate in percent), amounts in 万元.
EXTRA_RATES = {
    "qiandongnan-jikong-2019": [("338.60", "356.00", "95.11"), ("77.15", "84.00", "91.85"),
                                ("52.60", "60.00", "87.67")],
    "litong-shuiwu-2024": [("248.30", "260.00", "95.50"), ("128.86", "140.00", "92.04"),
                           ("75.00", "80.00", "93.75")],
}
# Sums stated in the document that are not golden relations: (parts in yuan from
# golden paths, total path).
EXTRA_SUMS = {
    "yingde-nongye-2024": [("projects.budget", "budget_adjusted"),
                           ("projects.executed", "expenditure_total")],
    "jiangyin-sifa-2020": [("metrics.元", "expenditure_total")],
}
BANDS = [("优", D(90)), ("良", D(80)), ("中", D(60)), ("差", D(-1))]


# ---------------------------------------------------------------------------
# document text
# ---------------------------------------------------------------------------
def text_pdf(path):
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            pages.append((pg.extract_text() or "").split("\n"))
    firsts = [p[0] for p in pages if p]
    header = {f for f in firsts if firsts.count(f) > 1}
    out = []
    for lines in pages:
        keep = [ln for ln in lines if ln not in header and not re.fullmatch(r"\s*-\s*\d+\s*-\s*", ln)]
        out.append("\n".join(keep))
    return "\n".join(out), "".join(out)  # plain, and pages glued (figure split over a break)


def text_docx(path):
    import docx

    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts), None


def text_xlsx(path):
    import openpyxl

    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    dv = D(repr(v))
                    parts.append(str(dv))
                    if "%" in (c.number_format or ""):
                        parts.append(str(dv * 100))
                else:
                    parts.append(str(v))
    return "\n".join(parts), None


def text_html(path):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_bytes(), "lxml")
    return soup.get_text("\n"), None


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        return text_pdf(path)
    if ext == ".docx":
        return text_docx(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    if ext in (".html", ".htm"):
        return text_html(path)
    return path.read_text(encoding="utf-8"), None


def normalize(s, group_spaces=False):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    if group_spaces:  # 1 036.52 -> 1036.52 (a leading group of 1-3 digits, then 3 digits)
        s = re.sub(r"(?<![\d.])(\d{1,3}) (?=\d{3}(?:\.\d|[^\d.]|$))", r"\1", s)
    return s


CN = "零一二三四五六七八九"


def cn_num(n):
    """1..99 as Chinese numerals (十四, 二十, 四)."""
    n = int(n)
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def tokens(s):
    return {D(t) for t in re.findall(r"\d+(?:\.\d+)?", s)}


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, gpath):
        self.name = gpath.name[: -len(".golden.json")]
        self.g = json.loads(gpath.read_text(encoding="utf-8"))
        docs = [p for p in gpath.parent.iterdir() if p.stem == self.name and p.name != gpath.name]
        assert len(docs) == 1, f"{self.name}: document not found"
        self.path = docs[0]
        plain, glued = doc_text(self.path)
        self.text = normalize(plain)
        self.compact = re.sub(r"\s+", "", self.text)
        self.toks = tokens(self.text) | tokens(normalize(plain, True))
        if glued:
            self.toks |= tokens(normalize(glued)) | tokens(normalize(glued, True))
        self.problems = []

    def bad(self, msg):
        self.problems.append(msg)

    def has_money(self, v):
        v = abs(D(v))
        return v in self.toks or v / WAN in self.toks or v / YI in self.toks

    def has_num(self, v):
        v = D(v)
        return v in self.toks or v / WAN in self.toks or v / YI in self.toks

    def has_rate(self, v):
        return D(v) in self.toks

    # 1. values occur in the text
    def occurrence(self):
        g = self.g
        rep = g["report"]
        if re.sub(r"\s", "", rep["department"]) not in self.compact:
            self.bad(f"department {rep['department']} not in text")
        if str(rep["fiscal_year"]) not in self.text:
            self.bad("fiscal_year not in text")
        for key in ("province", "city", "county", "project_name"):
            if key in rep and rep[key] not in self.compact:
                self.bad(f"report.{key} {rep[key]} not in text")
        if "self_score" in rep and not self.has_rate(str(rep["self_score"])):
            self.bad(f"self_score {rep['self_score']} not in text")
        if "grade" in rep and rep["grade"] not in self.compact:
            self.bad("grade not in text")
        for k, v in g.get("budget_items", {}).items():
            ok = self.has_rate(v) if k.startswith("execution_rate") else self.has_money(v)
            if not ok:
                self.bad(f"budget {k}={v} not in text")
        for p in g.get("projects", []):
            if re.sub(r"\s", "", p["name"]) not in self.compact:
                self.bad(f"project name {p['name']} not in text")
            for k in ("budget", "executed"):
                if k in p and not self.has_money(p[k]):
                    self.bad(f"project {p['name']}.{k}={p[k]} not in text")
            if "execution_rate" in p and not self.has_rate(p["execution_rate"]):
                self.bad(f"project {p['name']} rate not in text")
        for i in g.get("indicators", []):
            if i["name"] == "预算执行率" and "target" not in i:
                pass  # the funds table's execution line, named by the contract
            elif i["name"] not in self.compact:
                self.bad(f"indicator {i['name']} not in text")
            for k in ("weight", "score"):
                if k in i and not self.has_rate(i[k]):
                    self.bad(f"indicator {i['name']}.{k}={i[k]} not in text")
            for k in ("target", "actual"):
                if k in i:
                    want = re.sub(r"\s", "", normalize(i[k]))
                    if self.path.suffix == ".xlsx":
                        for n in re.findall(r"\d+(?:\.\d+)?", normalize(want)):
                            if D(n) not in self.toks:
                                self.bad(f"indicator {i['name']}.{k} number {n} not in text")
                    elif want not in self.compact:
                        self.bad(f"indicator {i['name']}.{k}={i[k]} not in text")
        for m in g.get("metrics", []):
            ok = self.has_money(m["value"]) if m.get("unit") == "元" else self.has_num(m["value"])
            if not ok:
                self.bad(f"metric {m['value']}{m.get('unit', '')} not in text")
        for t in g.get("not_metrics", []):
            if t.get("unit") in ("五", "大", "好"):  # 十四五, 二十大, 四好
                if cn_num(t["value"]) + t["unit"] not in self.compact:
                    self.bad(f"not_metric {t['value']}{t['unit']} not in text")
            elif not self.has_num(t["value"]):
                self.bad(f"not_metric {t['value']} not in text")
            for m in g.get("metrics", []):
                if D(m["value"]) == D(t["value"]) and ("unit" not in t or t["unit"] == m.get("unit")):
                    self.bad(f"not_metric {t} collides with metric {m}")

    # 2. arithmetic; returns failing item sets
    def arithmetic(self):
        g = self.g
        b = {k: D(v) for k, v in g.get("budget_items", {}).items()}
        fails = []

        def tol(n):
            return D(50) * (n + 1)  # 0.005 万元 per figure, in yuan

        def check_sum(parts, total, items):
            if total in b and all(p in b for p in parts):
                s = sum(b[p] for p in parts)
                if abs(s - b[total]) > tol(len(parts)):
                    fails.append((frozenset(items), f"{'+'.join(parts)}={s} != {total}={b[total]}"))

        check_sum(["budget_initial", "budget_addition"], "budget_adjusted",
                  ["budget_initial", "budget_addition", "budget_adjusted"])
        check_sum(["expenditure_basic", "expenditure_project"], "expenditure_total",
                  ["expenditure_basic", "expenditure_project", "expenditure_total"])
        check_sum(["expenditure_personnel", "expenditure_public"], "expenditure_basic",
                  ["expenditure_basic", "expenditure_personnel", "expenditure_public"])
        econ = ["expenditure_wages", "expenditure_goods_services", "expenditure_household_subsidies",
                "expenditure_capital"]
        check_sum(econ, "expenditure_total", econ + ["expenditure_total"])
        rev = [k for k in b if k.startswith("revenue_") and k != "revenue_total" and "@" not in k]
        if rev:
            check_sum(rev, "revenue_total", rev + ["revenue_total"])
        lv = [k for k in ("funds_central", "funds_provincial", "funds_local") if k in b]
        if lv:
            check_sum(lv, "budget_adjusted", lv)
        for basis, total in (("initial", "budget_initial"), ("adjusted", "budget_adjusted"),
                             ("executed", "expenditure_total")):
            parts = [k for k in b if k.endswith("@" + basis)]
            if parts:
                check_sum(parts, total, [p.split("@")[0] for p in parts] + [total])
        if "balance_carryforward" in b and "budget_adjusted" in b and "expenditure_total" in b:
            if abs(b["budget_adjusted"] - b["expenditure_total"] - b["balance_carryforward"]) > tol(2):
                fails.append((frozenset(["balance_carryforward"]), "balance != adjusted - executed"))

        def rate_ok(num, den, stated):
            dec = len(stated.split(".")[1]) if "." in stated else 0
            r = D(num) / D(den) * 100
            return abs(r - D(stated)) <= D("0.5") * D(10) ** -dec + D("0.001")

        if "execution_rate" in b and "expenditure_total" in b and "budget_adjusted" in b:
            if not rate_ok(b["expenditure_total"], b["budget_adjusted"], g["budget_items"]["execution_rate"]):
                fails.append((frozenset(["execution_rate"]), "execution_rate matches no pair"))
        for p in g.get("projects", []):
            if all(k in p for k in ("budget", "executed", "execution_rate")):
                if not rate_ok(p["executed"], p["budget"], p["execution_rate"]):
                    fails.append((frozenset(["projects.execution_rate"]), f"project {p['name']} rate"))
        for num, den, stated in EXTRA_RATES.get(self.name, []):
            if not rate_ok(num, den, stated):
                self.bad(f"extra rate {num}/{den} != {stated}")

        def path_vals(path):
            if path.startswith("projects."):
                return [D(p[path[9:]]) for p in g.get("projects", [])]
            if path.startswith("metrics."):
                return [D(m["value"]) for m in g.get("metrics", []) if m.get("unit") == path[8:]]
            raise ValueError(path)

        for parts, total in EXTRA_SUMS.get(self.name, []):
            vals = path_vals(parts)
            if abs(sum(vals) - b[total]) > tol(len(vals)):
                self.bad(f"extra sum {parts}={sum(vals)} != {total}={b[total]}")

        # indicators
        inds = g.get("indicators", [])
        rep = g["report"]
        if inds and any("weight" in i for i in inds):
            level1_names = {i["level1"] for i in inds if "level1" in i}
            tops = [i for i in inds if "level1" not in i and i["name"] in level1_names]
            for t in tops:
                kids = [i for i in inds if i.get("level1") == t["name"]]
                for k in ("weight", "score"):
                    s = sum(D(i[k]) for i in kids)
                    if abs(s - D(t[k])) > D("0.001"):
                        fails.append((frozenset(["indicators.score"]), f"{t['name']} {k}: kids {s} != {t[k]}"))
            top_names = {t["name"] for t in tops}
            top_level = [i for i in inds if "level1" not in i or i["level1"] not in top_names]
            w = sum(D(i["weight"]) for i in top_level)
            if w != 100:
                self.bad(f"indicator weights add up to {w}, not 100")
            s = sum(D(i["score"]) for i in top_level)
            if "self_score" in rep and abs(s - D(str(rep["self_score"]))) > D("0.001"):
                fails.append((frozenset(["self_score"]), f"indicator scores {s} != self_score {rep['self_score']}"))
            rate = b.get("execution_rate")
            for i in inds:
                if i["name"] == "预算执行率" and "target" not in i and rate is not None:
                    want = (D(i["weight"]) * rate / 100).quantize(D("0.01"))
                    if abs(want - D(i["score"])) > D("0.006"):
                        self.bad(f"预算执行率 score {i['score']} != weight x rate {want}")
        if "self_score" in rep and "grade" in rep:
            sc = D(str(rep["self_score"]))
            band = next(gr for gr, lo in BANDS if sc >= lo)
            if band != rep["grade"]:
                fails.append((frozenset(["self_score", "grade"]), f"{sc} is {band}, stated {rep['grade']}"))
        return fails

    def run(self, verbose=False):
        self.occurrence()
        fails = self.arithmetic()
        got = sorted(sorted(f) for f, _ in fails)
        want = sorted(sorted(f["items"]) for f in self.g.get("flags", []))
        if got != want:
            self.bad(f"failing rules {got} != planted flags {want}: {[m for _, m in fails]}")
        if verbose:
            for _, m in fails:
                print(f"    planted: {m}")
        return fails


def main(argv):
    verbose = "-v" in argv
    goldens = sorted(HERE.glob("*.golden.json"))
    n_bad = n_flags = 0
    for gp in goldens:
        d = Doc(gp)
        fails = d.run(verbose)
        n_flags += len(d.g.get("flags", []))
        status = "OK" if not d.problems else "PROBLEMS"
        print(f"{d.path.name}: {status} ({len(fails)} planted error(s) reproduced)")
        for p in d.problems:
            print(f"    {p}")
        n_bad += bool(d.problems)
    print(f"total: {len(goldens)} goldens, {n_flags} planted flags, {n_bad} with problems")
    if n_flags != 6:
        print("expected exactly 6 planted flags")
        n_bad += 1
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
