"""A small dataset for the comparison tests, written straight into the contract tables.

Shared by test_compare.py, test_compare_xlsx.py and test_htmlreport.py (pytest puts
this folder on sys.path, as tests/pipeline has no __init__.py). Figures are chosen so
the derived ones are easy to check by hand; see EXPECTED.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.store import Store

Row = dict[str, Any]
XSS_TITLE = "<script>document.body.setAttribute('data-pwned','1')</script>海珠区报告"
XSS_DEPARTMENT = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">测试局"


def _stated(item: str, value: str) -> str:
    if item == "execution_rate":
        return f"{value}%"
    return f"{Decimal(value) / 10000:.2f}万元"


def report_rows(rid: str, *, source_path: str | None = None, status: str = "ok", title: str | None = None,
                department: str | None = None, province: str | None = None, city: str | None = None,
                county: str | None = None, fiscal_year: int | None = None, kind: str = "department_overall",
                project_name: str | None = None, self_score: str | None = None, grade: str | None = None,
                items: dict[str, str | tuple[str, int, int | None, int | None]] | None = None,
                projects: tuple[tuple[str, str | None, str | None], ...] = (),
                flags: tuple[tuple[str, str, str, str], ...] = ()) -> dict[str, list[Row]]:
    """Rows of one report. `items`: code -> yuan/percent, or (value, page, char_start, char_end);
    `projects`: (name, budget, executed); `flags`: (rule, severity, items, message)."""
    report: Row = {
        "report_id": rid, "source_path": source_path or f"/data/{rid}.pdf", "source_format": "pdf",
        "status": status, "error": None if status == "ok" else "reason", "title": title or department,
        "department": department, "province": province, "city": city, "county": county,
        "fiscal_year": fiscal_year, "report_kind": kind, "project_name": project_name,
        "self_score": None if self_score is None else Decimal(self_score), "grade": grade,
        "n_pages": 3, "n_chars": 1000, "pipeline_version": "test", "ingested_at": datetime(2024, 1, 1),
    }
    budget_items = []
    for code, spec in (items or {}).items():
        value, page, start, end = spec if isinstance(spec, tuple) else (spec, 1, None, None)
        budget_items.append({"report_id": rid, "item": code, "basis": None, "value": Decimal(value),
                             "stated": _stated(code, value), "page": page, "char_start": start,
                             "char_end": end, "extractor": "test"})
    return {
        "reports": [report],
        "budget_items": budget_items,
        "projects": [{"report_id": rid, "name": name, "fund_source": None,
                      "budget": None if b is None else Decimal(b), "executed": None if e is None else Decimal(e),
                      "execution_rate": None, "page": 2, "char_start": None, "char_end": None}
                     for name, b, e in projects],
        "flags": [{"report_id": rid, "rule": rule, "severity": severity, "items": codes, "expected": None,
                   "stated": None, "message": message, "page": 1} for rule, severity, codes, message in flags],
    }


HAIZHU_2022 = report_rows(
    "a" * 64, department="广州市海珠区应急管理局", city="广州市", county="海珠区", fiscal_year=2022,
    self_score="96", grade="优",
    items={"budget_initial": "26266300.00", "budget_adjusted": "27319300.00", "expenditure_total": "26813300.00",
           "expenditure_basic": "21348400.00", "expenditure_project": "5464900.00", "execution_rate": "98.15"},
    projects=(("执法综合业务费", "801700", "801700"), ("三防设备和物资储备经费", "345200", "345200"),
              ("总值班室工作经费", "141800", "141800"), ("琶洲地区区域评估经费", "1684000", None)),
    flags=(("expenditure.parts_sum", "error", "expenditure_basic,expenditure_project,expenditure_total",
            "基本支出 + 项目支出 ≠ 本年支出"),
           ("completeness.missing_figures", "warning", "funds_received", "the report does not state: funds_received")),
)
HAIZHU_2021 = report_rows(
    "b" * 64, department="广州市海珠区应急管理局", city="广州市", county="海珠区", fiscal_year=2021,
    self_score="95", grade="优",
    items={"budget_initial": "25000000.00", "expenditure_total": "24000000.00"},
)
XIANGCHENG_2022 = report_rows(
    "c" * 64, department="苏州市相城区农业农村局", province="江苏省", city="苏州市", county="相城区", fiscal_year=2022,
    self_score="92", grade="优",
    items={"budget_adjusted": "10000000.00", "expenditure_total": "8000000.00", "execution_rate": "85.00"},
    flags=(("execution_rate.stated_vs_computed", "error", "execution_rate,expenditure_total,budget_adjusted",
            "预算执行率 stated 85.00%, but 800.00万元 ÷ 1000.00万元 = 80.00%"),
           ("expenditure.parts_sum", "error", "expenditure_total", "parts do not add up")),
)
YIYANG_2022 = report_rows(
    "d" * 64, department="益阳市人力资源和社会保障局", city="益阳市", fiscal_year=2022, kind="project",
    project_name="就业补助资金", self_score="88.6", grade="良",
    items={"budget_adjusted": "32860000.00", "expenditure_total": "31986200.00", "execution_rate": "97.34"},
)
PARTS_ONLY_2022 = report_rows(
    "e" * 64, department="金沙县交通运输局", county="金沙县", fiscal_year=2022,
    items={"expenditure_basic": "3000000.00", "expenditure_project": "1000000.00"},
)
FAILED = report_rows("f" * 64, status="failed")

SMALL = (HAIZHU_2022, HAIZHU_2021, XIANGCHENG_2022, YIYANG_2022, PARTS_ONLY_2022, FAILED)

# report_id -> figures of its comparison row
EXPECTED: dict[str, dict[str, Any]] = {
    "a" * 64: {"budget": Decimal("27319300.00"), "budget_basis": "adjusted", "spending": Decimal("26813300.00"),
               "rate_stated": Decimal("98.15"), "rate_computed": Decimal("98.15"),  # 98.1478…
               "basic_share": Decimal("79.62"), "project_share": Decimal("20.38"),  # 79.6190…, 20.3809…
               "rate_diff": Decimal("0.00"), "n_projects": 4, "n_errors": 1, "n_warnings": 1},
    "b" * 64: {"budget": Decimal("25000000.00"), "budget_basis": "initial", "rate_computed": Decimal("96.00"),
               "rate_stated": None, "rate_diff": None, "basic_share": None, "n_projects": 0, "n_errors": 0},
    "c" * 64: {"budget": Decimal("10000000.00"), "rate_computed": Decimal("80.00"), "rate_stated": Decimal("85"),
               "rate_diff": Decimal("5.00"), "n_errors": 2, "n_warnings": 0},
    "d" * 64: {"rate_computed": Decimal("97.34"), "kind": "project", "project_name": "就业补助资金"},  # 97.3406…
    "e" * 64: {"budget": None, "spending": None, "rate_computed": None, "basic_share": Decimal("75.00"),
               "project_share": Decimal("25.00")},
}


def write_rows(db: str | Path, reports: tuple[dict[str, list[Row]], ...] = SMALL) -> Path:
    with Store(db) as store:
        for rows in reports:
            report = rows["reports"][0]
            store.write_rows(report["report_id"], report["source_path"], rows)
    return Path(db)
