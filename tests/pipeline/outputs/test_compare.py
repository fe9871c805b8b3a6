"""The comparison view's figures, filters, sorting and year-over-year view; the analysts' API; the CLI."""
from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.outputs.compare import (
    ComparisonFilter,
    comparison_rows,
    flags_by_rule,
    fmt_number,
    fmt_wan,
    pct,
    sort_rows,
    top_grade_low_rate,
    year_over_year,
)
from schemas.errors import ConfigError, StoreError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
from compare_data import EXPECTED, HAIZHU_2021, HAIZHU_2022, SMALL, report_rows, write_rows  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_rows(tmp_path_factory.mktemp("compare") / "small.duckdb")


@pytest.fixture()
def con(db: Path):
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def _by_id(con, filt: ComparisonFilter | None = None):
    return {r.report_id: r for r in comparison_rows(con, filt)}


@pytest.mark.parametrize("report_id", sorted(EXPECTED))
def test_figures_of_each_row(con, report_id: str) -> None:
    row = _by_id(con)[report_id]
    for column, expected in EXPECTED[report_id].items():
        assert getattr(row, column) == expected, column


def test_money_stays_decimal_yuan(con) -> None:
    row = _by_id(con)["a" * 64]
    assert isinstance(row.budget, Decimal) and isinstance(row.rate_computed, Decimal)
    assert str(row.budget) == "27319300.00"


def test_failed_reports_are_left_out(con) -> None:
    assert "f" * 64 not in _by_id(con)
    assert len(comparison_rows(con)) == len(SMALL) - 1


@pytest.mark.parametrize(("filt", "expected"), [
    (ComparisonFilter(year=2021), {"b"}),
    (ComparisonFilter(year=2022), {"a", "c", "d", "e"}),
    (ComparisonFilter(region="广州"), {"a", "b"}),
    (ComparisonFilter(region="江苏省苏州"), {"c"}),  # over province + city + county joined
    (ComparisonFilter(region="金沙"), {"e"}),
    (ComparisonFilter(kind="project"), {"d"}),
    (ComparisonFilter(department="应急"), {"a", "b"}),
    (ComparisonFilter(year=2022, department="应急"), {"a"}),
    (ComparisonFilter(department="没有这个"), set()),
])
def test_filters(con, filt: ComparisonFilter, expected: set[str]) -> None:
    assert {r.report_id[0] for r in comparison_rows(con, filt)} == expected


def test_unknown_kind_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="department_overall"):
        ComparisonFilter(kind="overall")


@pytest.mark.parametrize(("by", "expected"), [
    ("rate_computed", ["a", "d", "b", "c", "e"]),  # numbers descending, missing last
    ("n_errors", ["c", "a", "b", "d", "e"]),
    ("department", ["b", "a", "d", "c", "e"]),  # text ascending (code-point order), stable
])
def test_sort(con, by: str, expected: list[str]) -> None:
    assert [r.report_id[0] for r in sort_rows(comparison_rows(con), by)] == expected


def test_sort_by_unknown_column(con) -> None:
    with pytest.raises(ConfigError, match="rate_computed"):
        sort_rows(comparison_rows(con), "rate")


def test_top_grade_low_rate_corner(con) -> None:
    assert {r.report_id[0] for r in comparison_rows(con) if top_grade_low_rate(r)} == {"c"}


def test_year_over_year(con) -> None:
    rows = year_over_year(comparison_rows(con), "海珠")
    assert [r.fiscal_year for r in rows] == [2021, 2022]
    first, second = rows
    assert first.previous_year is None and first.budget_change is None
    assert second.previous_year == 2021
    assert second.budget_change == Decimal("9.28")  # 27319300 / 25000000 - 1 = 9.2772%
    assert second.spending_change == Decimal("11.72")  # 26813300 / 24000000 - 1 = 11.7221%
    assert second.rate_change == Decimal("2.15")  # 98.15 - 96.00 points
    assert second.score_change == Decimal("1.00")


def test_year_over_year_keeps_projects_apart(con) -> None:
    groups = {(r.department, r.kind, r.project_name) for r in year_over_year(comparison_rows(con))}
    assert ("益阳市人力资源和社会保障局", "project", "就业补助资金") in groups
    assert len(groups) == 4  # 海珠 (two years in one group), 相城, 益阳's project, 金沙


def test_flags_by_rule(con) -> None:
    counts = {(c.rule, c.severity): (c.n_flags, c.n_reports) for c in flags_by_rule(con)}
    assert counts == {
        ("expenditure.parts_sum", "error"): (2, 2),
        ("execution_rate.stated_vs_computed", "error"): (1, 1),
        ("completeness.missing_figures", "warning"): (1, 1),
    }
    assert [c.rule for c in flags_by_rule(con, ComparisonFilter(region="苏州"))] == [
        "execution_rate.stated_vs_computed", "expenditure.parts_sum"]


@pytest.mark.parametrize(("part", "whole", "expected"), [
    ("1", "8", Decimal("12.50")), ("2", "3", Decimal("66.67")), ("1", "200", Decimal("0.50")),
    ("0.005", "1", Decimal("0.50")), ("1", "0", None), (None, "1", None), ("1", None, None),
])
def test_pct_rounds_half_up(part, whole, expected) -> None:
    def dec(v: str | None) -> Decimal | None:
        return None if v is None else Decimal(v)

    assert pct(dec(part), dec(whole)) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (Decimal("26266300.00"), "2,626.63"), (Decimal("1200000000"), "120,000.00"), (Decimal("50"), "0.01"),
    (Decimal("49"), "0.00"), (None, ""),
])
def test_fmt_wan(value, expected) -> None:
    assert fmt_wan(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (Decimal("96.00"), "96"), (Decimal("98.15"), "98.15"), (Decimal("88.6"), "88.60"), (2022, "2022"), (None, ""),
])
def test_fmt_number(value, expected) -> None:
    assert fmt_number(value) == expected


def test_rebuilt_rows_replace_not_duplicate(tmp_path: Path) -> None:
    db = write_rows(tmp_path / "twice.duckdb", (HAIZHU_2022, HAIZHU_2021))
    write_rows(db, (HAIZHU_2022,))
    with duckdb.connect(str(db), read_only=True) as con:
        assert len(comparison_rows(con)) == 2


# --- the analysts' API -------------------------------------------------------------------------

def test_open_dataset_tables_and_views(db: Path) -> None:
    from pipeline import open_dataset

    with open_dataset(db) as ds:
        assert len(ds.reports) == len(SMALL)
        assert set(ds.budget_items["item"]) >= {"budget_adjusted", "execution_rate"}
        assert len(ds.table("projects")) == 4 and len(ds.flags) == 4
        assert ds.findings.empty and ds.metrics.empty and ds.indicators.empty
        items = ds.budget_items
        value = items[(items.item == "budget_adjusted") & (items.report_id == "a" * 64)]["value"].iloc[0]
        assert isinstance(value, Decimal) and value == Decimal("27319300")
        frame = ds.comparison(year=2022, by="rate_computed")
        assert list(frame["report_id"].str[0]) == ["a", "d", "c", "e"]
        assert frame.loc[frame.report_id == "a" * 64, "basic_share"].iloc[0] == Decimal("79.62")
        assert str(frame["fiscal_year"].dtype) == "int64[pyarrow]"
        assert list(ds.comparison(region="广州")["fiscal_year"]) == [2021, 2022]
        yoy = ds.year_over_year("海珠")
        assert list(yoy["rate_change"].dropna()) == [Decimal("2.15")]
        assert set(ds.flags_by_rule()["rule"]) == {"expenditure.parts_sum", "execution_rate.stated_vs_computed",
                                                   "completeness.missing_figures"}
        assert ds.sql("SELECT count(*) AS n FROM reports WHERE status = ?", ["ok"])["n"].iloc[0] == 5


def test_open_dataset_money_is_exact_and_numeric_with_one_missing_marker(db: Path) -> None:
    import pandas as pd
    import pyarrow as pa

    from pipeline import open_dataset

    with open_dataset(db) as ds:
        view = ds.comparison()
        assert view["budget"].dtype == pd.ArrowDtype(pa.decimal128(18, 2))
        wan = view.loc[view.report_id == "a" * 64, "budget"] / 10000  # numeric, and exact
        assert wan.iloc[0] == Decimal("2731.93")
        assert view["budget"].sum() == sum(r.budget for r in comparison_rows_of(ds) if r.budget is not None)
        reports = ds.reports
        assert reports["self_score"].dtype.pyarrow_dtype == pa.decimal128(7, 2)
        missing = [reports[c][reports[c].isna()].iloc[0] for c in ("department", "fiscal_year", "self_score")
                   if reports[c].isna().any()]
        assert missing and all(m is pd.NA for m in missing)  # one marker, whatever the column's type
    with open_dataset(db, as_float=True) as ds:
        view = ds.comparison()
        described = view.describe()  # pandas cannot describe decimal columns; doubles it can
        assert described.loc["max", "budget"] == float(view["budget"].max())
        assert str(ds.comparison()["budget"].dtype) == "double[pyarrow]"
        assert str(ds.table("budget_items", as_float=False)["value"].dtype).startswith("decimal128")


def comparison_rows_of(ds):  # type: ignore[no-untyped-def]
    return comparison_rows(ds._store.con)


def test_open_dataset_errors(db: Path, tmp_path: Path) -> None:
    from pipeline import open_dataset

    with open_dataset(db) as ds, pytest.raises(ConfigError, match="budget_items"):
        ds.table("budget")
    with pytest.raises(StoreError):
        open_dataset(tmp_path / "missing.duckdb")


def test_empty_dataset_gives_empty_frames_with_columns(tmp_path: Path) -> None:
    from pipeline import open_dataset

    db = write_rows(tmp_path / "empty.duckdb", ())
    with open_dataset(db) as ds:
        frame = ds.comparison()
        assert frame.empty and "rate_computed" in frame.columns


# --- the command -------------------------------------------------------------------------------

def test_cli_compare_table_and_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.csv"
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "--year", "2022", "--by", "rate_computed",
                                      "--csv", str(out)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "广州市海珠区应急管理局" in result.output and "2,731.93" in result.output  # 万元 on screen
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["report_id"][0] for r in rows] == ["a", "d", "c", "e"]
    assert rows[0]["budget"] == "27319300.00" and rows[0]["rate_computed"] == "98.15"  # yuan in the data


def test_cli_compare_yoy_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "yoy.csv"
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "--yoy", "海珠", "--csv", str(out), "-q"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["fiscal_year"], r["budget_change"]) for r in rows] == [("2021", ""), ("2022", "9.28")]


@pytest.mark.parametrize("args, code", [(["--by", "nope"], "E200"), (["--kind", "dept"], "E202")])
def test_cli_compare_rejects_bad_options(db: Path, args: list[str], code: str) -> None:
    result = CliRunner().invoke(app, ["compare", "--db", str(db), *args])
    assert result.exit_code == 2
    assert result.output.startswith(code) and result.output.count("\n") == 1


def test_cli_compare_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["compare", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and result.output.startswith("E401")


@pytest.mark.parametrize("yoy", [[], ["--yoy", "局"]])
def test_cli_compare_prints_report_text_literally(tmp_path: Path, yoy: list[str]) -> None:
    """A department written like rich markup is shown as written, not interpreted."""
    db = write_rows(tmp_path / "markup.duckdb", (report_rows("1" * 64, department="[red]某[/red]局[/]", fiscal_year=2022),))
    result = CliRunner().invoke(app, ["compare", "--db", str(db), *yoy], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "[red]某[/red]局[/]" in result.output
