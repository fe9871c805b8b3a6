"""Check the fourth held-out batch's goldens against their documents and against arithmetic.

    .venv/bin/python tests/corpora/heldout4/check_goldens.py

Reuses tests/corpora/golden_check.py (text presence, sums, rates, bands) and adds what this batch
needs: the `.txt` is GBK, the workbook has two sheets (both are read), the project sheet's
indicators carry a `project` key and add up to that sheet's own 总分, and two planted errors
are figures the text states but the golden rightly does not hold (PLANTED_IN_TEXT).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import golden_check as gc  # noqa: E402

PLANTED = {
    ("huoshan-linye-2017", "personnel + public = basic"),
}
# Planted errors no sum over golden values shows: the text states a figure that contradicts the
# golden one. The check asserts that the text really states it and that the golden differs.
PLANTED_IN_TEXT = {
    # The narrative's 全年执行数 contradicts the table's (golden expenditure_total 34218500.00).
    "hanting-minzheng-2018": ("全年执行数3,412.85万元", "expenditure_total", "34128500.00"),
    # A 发放率 that equals no ratio of two money figures of the document.
    "yucheng-wenguang-2016": ("发放率为97.60%", "execution_rate", "97.60"),
}
# Documents whose project list is complete, so the projects must add up to 项目支出.
PROJECTS_COMPLETE = frozenset({"hanting-minzheng-2018"})
# 总分 of the project sheet inside the department workbook.
PROJECT_TOTALS = {"外贸企业稳订单拓市场专项资金": Decimal("97.97")}


def document_text(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_bytes().decode("gbk")
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(str(path))
        return "\n".join(
            " | ".join(gc._shown(c) for c in row if c.value is not None)
            for sheet in book.worksheets
            for row in sheet.iter_rows()
        )
    return gc.document_text(path)


def project_indicator_problems(golden: dict) -> list[tuple[str, str]]:
    out = []
    groups: dict[str, list[dict]] = {}
    for i in golden.get("indicators", []):
        if i.get("project"):
            groups.setdefault(i["project"], []).append(i)
    for project, group in groups.items():
        weights = sum(Decimal(i["weight"]) for i in group)
        scores = sum(Decimal(i["score"]) for i in group)
        if weights != 100:
            out.append((f"indicator weights = 100 ({project})", f"{weights} vs 100"))
        if scores != PROJECT_TOTALS[project]:
            out.append((f"indicator scores = total ({project})", f"{scores} vs {PROJECT_TOTALS[project]}"))
    return out


def main() -> int:
    failures = 0
    for golden_path in sorted(HERE.glob("*.golden.json")):
        stem = golden_path.name[: -len(".golden.json")]
        document = next(p for p in HERE.iterdir() if p.stem == stem and p.name != golden_path.name)
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        raw = document_text(document)
        notes = gc.text_problems(golden, raw)
        department_only = dict(
            golden, indicators=[i for i in golden.get("indicators", []) if not i.get("project")]
        )
        problems = gc.sum_problems(department_only, stem, PROJECTS_COMPLETE) + project_indicator_problems(
            golden
        )
        for label, detail in problems:
            notes.append(f"{'planted: ' if (stem, label) in PLANTED else ''}{label}: {detail}")
        if stem in PLANTED_IN_TEXT:
            phrase, key, value = PLANTED_IN_TEXT[stem]
            stated = gc.squeeze(phrase) in gc.squeeze(raw) and golden["budget_items"][key] != value
            notes.append(
                f"{'planted: ' if stated else ''}text states {phrase}, golden {key} is {golden['budget_items'][key]}"
            )
        unexpected = [n for n in notes if not n.startswith("planted: ")]
        failures += len(unexpected)
        print(f"{document.name}: {'ok' if not unexpected else f'{len(unexpected)} problem(s)'}")
        for note in notes:
            print(f"    {note}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
