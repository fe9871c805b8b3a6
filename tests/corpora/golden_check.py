"""Check a held-out batch's goldens against their documents and against arithmetic.

Each batch's `check_goldens.py` calls `check_folder(its folder, its planted errors, …)`.
For every NAME.golden.json of the folder whose status is `ok` or `partial`: each metric,
not-metric, budget and project value must occur in the document's text (in yuan, 万元 or
亿元 form, also when a line break splits the figure); no not-metric may share value and
unit with a metric (the scorer would count the metric as false); and the figures must
add up (sources and levels to the budget, parts to totals, rates to executed ÷ budget,
balances, indicator weights to 100 and scores to the self-score, no score above its
weight, grade to the bands). Differences listed in PLANTED are the planted errors and are
expected; anything else is printed and makes the exit status 1.
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ECONOMIC = (
    "expenditure_wages",
    "expenditure_goods_services",
    "expenditure_household_subsidies",
    "expenditure_capital",
)
SOURCES = (
    "revenue_general_budget",
    "revenue_gov_fund",
    "revenue_special_account",
    "revenue_carryover",
    "revenue_other",
)
BASIS_TOTAL = {"initial": "budget_initial", "adjusted": "budget_adjusted", "executed": "expenditure_total"}


def document_text(path: Path) -> str:
    if path.suffix in (".md", ".txt"):
        return path.read_bytes().decode("utf-8-sig")
    if path.suffix == ".html":
        from bs4 import BeautifulSoup

        return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").get_text("\n")
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [" | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(str(path)).active
        return "\n".join(
            " | ".join(_shown(c) for c in row if c.value is not None) for row in sheet.iter_rows()
        )
    if path.suffix == ".pdf":
        import pdfplumber

        # Wrapped table cells interleave with their neighbours in the page text, so the ruled
        # tables' cells are added as well.
        with pdfplumber.open(str(path)) as pdf:
            parts = [page.extract_text() or "" for page in pdf.pages]
            for page in pdf.pages:
                for table in page.extract_tables():
                    parts += [" | ".join(c or "" for c in row) for row in table]
            return "\n".join(parts)
    raise ValueError(f"no reader for {path.name}")


def _shown(cell) -> str:
    """A numeric cell as Excel shows it through its number format (float noise rounded away)."""
    value, fmt = cell.value, cell.number_format
    if isinstance(value, float) and fmt in ("0.00", "#,##0.00"):
        return f"{value:,.2f}" if "#" in fmt else f"{value:.2f}"
    if isinstance(value, float) and fmt == "0.0":
        return f"{value:.1f}"
    return str(value)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text.replace(",", ""))


def written_forms(value: str) -> set[str]:
    out = set()
    for divisor in (1, 10_000, 100_000_000):
        x = Decimal(value) / divisor
        out |= {format(x.normalize(), "f"), f"{x:.2f}"}
    return out


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return (executed / budget * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _numbers(text: str) -> set[str]:
    """Every number written in the text, in digits or Chinese numerals; figures split by a line break count too."""
    plain = text.replace(",", "")
    found = set(re.findall(r"\d+(?:\.\d+)?", plain)) | set(re.findall(r"\d+(?:\.\d+)?", squeeze(plain)))
    found |= {n.rstrip("0").rstrip(".") for n in found if "." in n} | {n.lstrip("0") for n in found}
    for numeral in re.findall(r"[一二三四五六七八九十]+", text):
        found |= {str(_chinese_number(numeral[:k])) for k in range(1, len(numeral) + 1)}
    return found


def _chinese_number(numeral: str) -> int:
    digits = "一二三四五六七八九"
    if "十" not in numeral:
        return digits.index(numeral[-1]) + 1
    tens, _, ones = numeral.partition("十")
    if "十" in ones or (tens and tens[-1] not in digits):
        return 0
    return (digits.index(tens[-1]) + 1 if tens else 1) * 10 + (digits.index(ones[0]) + 1 if ones else 0)


def text_problems(golden: dict, raw: str) -> list[str]:
    text, numbers = squeeze(raw), _numbers(raw)
    problems = []
    for kind in ("metrics", "not_metrics"):
        for m in golden.get(kind, []):
            if not written_forms(m["value"]) & numbers:
                problems.append(f"{kind} value {m['value']} not in the text")
    for m in golden.get("not_metrics", []):
        for w in golden.get("metrics", []):
            if Decimal(w["value"]) == Decimal(m["value"]) and m.get("unit", w["unit"]) == w["unit"]:
                problems.append(f"not_metric {m} clashes with metric {w}")
    for key, value in golden.get("budget_items", {}).items():
        if not written_forms(value) & numbers:
            problems.append(f"budget {key}={value} not in the text")
    for project in golden.get("projects", []):
        if project["name"] not in text:
            problems.append(f"project {project['name']} not in the text")
        for key in ("budget", "executed", "execution_rate"):
            if key in project and not written_forms(project[key]) & numbers:
                problems.append(f"project {project['name']} {key} not in the text")
    for indicator in golden.get("indicators", []):
        for key in ("name", "target", "actual"):
            if key == "name" and indicator[key] == "预算执行率":
                continue  # the contract's name for the funds table's execution line, not a printed row
            if key in indicator and squeeze(indicator[key]) not in text:
                problems.append(f"indicator {key} {indicator[key]!r} not in the text")
    for key in ("department", "project_name"):
        if key in golden["report"] and golden["report"][key] not in text:
            problems.append(f"report {key} not in the text")
    return problems


def sum_problems(golden: dict, stem: str, projects_complete: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    b = {k: Decimal(v) for k, v in golden["budget_items"].items()}
    checks: list[tuple[str, Decimal, Decimal]] = []
    if "budget_addition" in b:
        checks.append(
            (
                "initial + addition = adjusted",
                b["budget_initial"] + b["budget_addition"],
                b["budget_adjusted"],
            )
        )
    sources = [b[k] for k in SOURCES if k in b]
    if sources:
        checks.append(("sources = revenue", sum(sources), b.get("revenue_total", b["budget_adjusted"])))
    levels = [b[k] for k in ("funds_central", "funds_provincial", "funds_local") if k in b]
    if levels:
        year = b["budget_adjusted"] - b.get("revenue_carryover", Decimal(0))
        checks.append(("levels = budget less carry-over", sum(levels), year))
    if "funds_received" in b:
        checks.append(("received = budget", b["funds_received"], b["budget_adjusted"]))
    for basis, total in BASIS_TOTAL.items():
        parts = [v for k, v in b.items() if k.endswith("@" + basis)]
        if parts:
            checks.append((f"table parts @{basis} = total", sum(parts), b[total]))
    if "expenditure_project" in b:
        checks.append(
            (
                "basic + project = total",
                b["expenditure_basic"] + b["expenditure_project"],
                b["expenditure_total"],
            )
        )
    if "expenditure_personnel" in b:
        checks.append(
            (
                "personnel + public = basic",
                b["expenditure_personnel"] + b["expenditure_public"],
                b["expenditure_basic"],
            )
        )
    if any(k in b for k in ECONOMIC):
        checks.append(
            ("economic classes = basic", sum(b[k] for k in ECONOMIC if k in b), b["expenditure_basic"])
        )
    checks.append(
        ("rate = executed / budget", rate(b["expenditure_total"], b["budget_adjusted"]), b["execution_rate"])
    )
    if "balance_carryforward" in b:
        checks.append(
            (
                "balance = budget - executed",
                b["budget_adjusted"] - b["expenditure_total"],
                b["balance_carryforward"],
            )
        )
    projects = golden.get("projects", [])
    for p in projects:
        if "budget" in p:
            checks.append(
                (
                    f"project {p['name']} rate",
                    rate(Decimal(p["executed"]), Decimal(p["budget"])),
                    Decimal(p["execution_rate"]),
                )
            )
    if stem in projects_complete:
        checks.append(
            ("projects = 项目支出", sum(Decimal(p["executed"]) for p in projects), b["expenditure_project"])
        )
    indicators = golden.get("indicators", [])
    if indicators:
        checks.append(
            ("indicator weights = 100", sum(Decimal(i["weight"]) for i in indicators), Decimal(100))
        )
        checks.append(
            (
                "indicator scores = self_score",
                sum(Decimal(i["score"]) for i in indicators),
                Decimal(str(golden["report"]["self_score"])),
            )
        )
        for i in indicators:
            over = Decimal(i["score"]) > Decimal(i["weight"])
            checks.append((f"indicator score <= weight: {i['name']}", Decimal(over), Decimal(0)))
    score, grade = golden["report"].get("self_score"), golden["report"].get("grade")
    if score is not None and grade:
        band = "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"
        checks.append(("grade matches the bands", Decimal(band == grade), Decimal(1)))
    return [(label, f"{got} vs {want}") for label, got, want in checks if got != want]


def check_folder(folder: Path, planted_errors: set[tuple[str, str]],
                 projects_complete: frozenset[str] = frozenset(), pixel_text: dict[str, str] | None = None) -> int:
    """Print each document's problems; 1 when any is not a planted error.

    `pixel_text`: per document stem, what its image-only pages show (their builder's text), since
    no text layer holds it.
    """
    failures = 0
    for golden_path in sorted(folder.glob("*.golden.json")):
        stem = golden_path.name[: -len(".golden.json")]
        document = next(p for p in folder.iterdir() if p.stem == stem and p.name != golden_path.name)
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        if golden["report"].get("status") not in ("ok", "partial"):
            print(f"{document.name}: {golden['report']['status']} (nothing to check)")
            continue
        shown = document_text(document) + "\n" + (pixel_text or {}).get(stem, "")
        notes = text_problems(golden, shown)
        for label, detail in sum_problems(golden, stem, projects_complete):
            planted = (stem, label) in planted_errors
            notes.append(f"{'planted: ' if planted else ''}{label}: {detail}")
        unexpected = [n for n in notes if not n.startswith("planted: ")]
        failures += len(unexpected)
        print(f"{document.name}: {'ok' if not unexpected else f'{len(unexpected)} problem(s)'}")
        for note in notes:
            print(f"    {note}")
    return 1 if failures else 0

