"""Checks across reports, on small datasets written through the Store."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from pipeline.storage.rows import Row
from pipeline.storage.store import Store
from pipeline.validation.crosschecks import CROSS_RULES, CrossCheckSettings, robust_z, run_crosschecks


def rid(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def add(store: Store, key: str, *, order: int = 0, budget: str | None = None, projects: tuple[str, ...] = (),
        **meta: Any) -> str:
    """A report `key` (file `<key>.pdf`, ingested in `order`) with an optional budget_initial and projects."""
    r = rid(key)
    report: Row = {
        "report_id": r, "source_path": f"/corpus/{key}.pdf", "source_format": "pdf", "status": "ok",
        "department": "海珠区应急管理局", "fiscal_year": 2022, "report_kind": "department_overall",
        "self_score": Decimal("95"), "grade": "优", "ingested_at": datetime(2024, 1, 1, 0, 0, order), **meta,
    }
    rows: dict[str, list[Row]] = {"reports": [report]}
    if budget is not None:
        rows["budget_items"] = [{"report_id": r, "item": "budget_initial", "basis": None, "value": Decimal(budget),
                                 "stated": budget}]
    rows["projects"] = [{"report_id": r, "name": name, "budget": Decimal(100)} for name in projects]
    store.write_rows(r, report["source_path"], rows)
    return r


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


def cross_flags(store: Store, settings: CrossCheckSettings | None = None) -> list[dict[str, Any]]:
    run_crosschecks(store.con, settings)
    cur = store.con.execute("SELECT report_id, rule, severity, items, expected, stated, message FROM flags "
                            "WHERE rule LIKE 'cross.%' ORDER BY rule, report_id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# --- cross.duplicate_report ---------------------------------------------------------------

@pytest.mark.parametrize("first, second, severity, items", [
    ({"budget": "26266300"}, {"budget": "26000000"}, "error", "budget_initial"),
    ({"budget": "26266300"}, {"budget": "26266300"}, "info", ""),
    ({"self_score": Decimal(96)}, {"self_score": Decimal(90)}, "error", "self_score"),
    ({}, {}, "info", ""),
])
def test_the_same_report_from_two_files(store: Store, first: dict, second: dict, severity: str, items: str) -> None:
    add(store, "a", order=1, **first)
    later = add(store, "b", order=2, **second)
    [flag] = cross_flags(store)
    assert (flag["rule"], flag["report_id"], flag["severity"], flag["items"]) == (
        "cross.duplicate_report", later, severity, items)
    assert "a.pdf" in flag["message"]


@pytest.mark.parametrize("other", [
    {"fiscal_year": 2023}, {"department": "海珠区财政局"}, {"report_kind": "project", "project_name": "执法综合业务费"},
    {"status": "failed"},
])
def test_different_reports_are_not_duplicates(store: Store, other: dict) -> None:
    add(store, "a", order=1, budget="100")
    add(store, "b", order=2, budget="900", **other)
    assert [f for f in cross_flags(store) if f["rule"] == "cross.duplicate_report"] == []


# --- cross.budget_jump ----------------------------------------------------------------------

@pytest.mark.parametrize("before, after, factor, flagged", [
    ("1000000", "4000000", 3, True),
    ("4000000", "1000000", 3, True),
    ("1000000", "2900000", 3, False),
    ("1000000", "4000000", 5, False),
    ("0", "4000000", 3, False),
])
def test_budget_jump(store: Store, before: str, after: str, factor: int, flagged: bool) -> None:
    add(store, "y2021", order=1, fiscal_year=2021, budget=before)
    later = add(store, "y2022", order=2, fiscal_year=2022, budget=after)
    flags = cross_flags(store, CrossCheckSettings(budget_jump_factor=Decimal(factor)))
    assert [(f["rule"], f["report_id"], f["severity"]) for f in flags] == (
        [("cross.budget_jump", later, "warning")] if flagged else [])
    if flagged:
        assert (flags[0]["expected"], flags[0]["stated"]) == (Decimal(before), Decimal(after))


def test_budget_jump_needs_the_previous_year(store: Store) -> None:
    add(store, "y2020", order=1, fiscal_year=2020, budget="1000000")
    add(store, "y2022", order=2, fiscal_year=2022, budget="9000000")
    assert cross_flags(store) == []


# --- cross.project_in_two_departments ---------------------------------------------------

@pytest.mark.parametrize("names, flagged", [
    (("城市安全风险评估项目", "城市安全风险评估项目"), True),
    (("51000021R000000019951-城市安全风险评估项目", "城市安全风险评估项目"), True),  # department code prefix
    (("城市安全风险评估 项目", "城市安全风险评估项目"), True),
    (("办公经费", "办公经费"), False),  # too short: a generic line item
    (("城市安全风险评估项目", "森林防火宣传项目"), False),
])
def test_project_in_two_departments(store: Store, names: tuple[str, str], flagged: bool) -> None:
    add(store, "a", order=1, department="海珠区应急管理局", projects=(names[0],))
    later = add(store, "b", order=2, department="海珠区林业局", projects=(names[1],))
    flags = cross_flags(store)
    assert [(f["rule"], f["report_id"]) for f in flags] == (
        [("cross.project_in_two_departments", later)] if flagged else [])


def test_a_project_report_and_a_department_listing_match(store: Store) -> None:
    add(store, "dept", order=1, department="海珠区应急管理局", projects=("城市安全风险评估项目",))
    later = add(store, "proj", order=2, department="海珠区林业局", report_kind="project",
                project_name="城市安全风险评估项目")
    assert [f["report_id"] for f in cross_flags(store)] == [later]


def test_a_name_many_departments_use_is_generic(store: Store) -> None:
    for i in range(4):
        add(store, f"d{i}", order=i, department=f"部门{i}", projects=("信息化系统运行维护项目",))
    assert cross_flags(store) == []


# --- cross.score_outlier ------------------------------------------------------------------

def add_region(store: Store, scores: list[str], **meta: Any) -> list[str]:
    return [add(store, f"s{i}", order=i, department=f"海珠区部门{i}", province="广东省", city="广州市",
                county="海珠区", self_score=Decimal(s), **meta) for i, s in enumerate(scores)]


@pytest.mark.parametrize("scores, outliers", [
    (["95", "96", "94", "95", "97", "60"], [5]),
    (["95", "96", "94", "95", "97", "93"], []),
    (["95", "96", "94", "60"], []),  # too few to judge
    (["100", "100", "100", "100", "100", "100"], []),
    (["100", "100", "100", "100", "100", "80"], [5]),  # MAD 0: mean absolute deviation decides
])
def test_score_outlier(store: Store, scores: list[str], outliers: list[int]) -> None:
    ids = add_region(store, scores)
    flags = cross_flags(store)
    assert sorted(f["report_id"] for f in flags) == sorted(ids[i] for i in outliers)
    assert all(f["rule"] == "cross.score_outlier" and f["severity"] == "warning" for f in flags)


def test_scores_of_other_regions_are_not_peers(store: Store) -> None:
    add_region(store, ["95", "96", "94", "95", "97"])
    add(store, "elsewhere", order=9, department="越秀区财政局", province="广东省", city="广州市", county="越秀区",
        self_score=Decimal(60))
    assert cross_flags(store) == []


@pytest.mark.parametrize("value, values, expected", [
    ("60", ["95", "96", "94", "95", "97", "60"], Decimal("-23.6075")),
    ("95", ["95", "95", "95"], None),
])
def test_robust_z(value: str, values: list[str], expected: Decimal | None) -> None:
    z = robust_z(Decimal(value), [Decimal(v) for v in values])
    assert (z if z is None else z.quantize(Decimal("0.0001"))) == expected


# --- the run --------------------------------------------------------------------------------

def test_a_run_replaces_cross_flags_and_keeps_report_flags(store: Store) -> None:
    first = add(store, "a", order=1, budget="100")
    add(store, "b", order=2, budget="200")
    store.con.execute("INSERT INTO flags (report_id, rule, severity, message) VALUES "
                      "(?, 'expenditure.parts_sum', 'error', 'm')", [first])
    assert run_crosschecks(store.con) == 1
    assert run_crosschecks(store.con) == 1
    rules = store.con.execute("SELECT rule FROM flags ORDER BY rule").fetchall()
    assert rules == [("cross.duplicate_report",), ("expenditure.parts_sum",)]


def test_every_rule_is_documented() -> None:
    assert set(CROSS_RULES) == {"cross.duplicate_report", "cross.budget_jump", "cross.project_in_two_departments",
                                "cross.score_outlier"}
