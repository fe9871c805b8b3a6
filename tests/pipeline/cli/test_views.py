"""Terminal views: 100 columns, item codes whole, money in 万元, no escape sequences from documents."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from pipeline.cli.app import app

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
from compare_data import SMALL, report_rows, write_rows  # noqa: E402

runner = CliRunner(env={"COLUMNS": "100"})
LONG_CODES = "expenditure_household_subsidies,expenditure_goods_services,expenditure_wages,expenditure_capital"
HOSTILE = report_rows(
    "8" * 64, source_path="/data/\x1b]0;pwned\x07恶意.pdf", title="\x1b[2J\x1b]0;窗口标题\x07某局报告",
    department="某局\x1b[31m红色", fiscal_year=2022, self_score="90", grade="优",
    items={"budget_adjusted": "123456789.00", "expenditure_total": "100000000.00",
           "expenditure_household_subsidies": "1500000.00"},
    flags=(("expenditure.economic_sum", "error", LONG_CODES, "经济分类合计不符\x1b]0;x\x07"),),
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(write_rows(tmp_path_factory.mktemp("views") / "v.duckdb", (*SMALL, HOSTILE)))


@pytest.mark.parametrize("args", [["show", "8888"], ["flags"], ["compare"], ["rules"], ["show", "8888", "--lang", "en"],
                                  ["flags", "--lang", "en"], ["compare", "--lang", "en"], ["compare", "--yoy", "海珠"]])
def test_views_fit_100_columns_and_carry_no_escape_sequences(db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", db] if args[0] != "rules" else args)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    widest = max(cell_len(line) for line in result.output.splitlines())
    assert widest <= 100, widest


def test_item_codes_are_never_broken(db: str) -> None:
    for args in (["show", "8888"], ["flags"]):
        text = runner.invoke(app, [*args, "--db", db]).output
        for code in LONG_CODES.split(","):
            assert code in text, (args, code)


def test_money_in_wan_with_separators(db: str) -> None:
    shown = runner.invoke(app, ["show", "8888", "--db", db]).output
    assert "12,345.68" in shown and "10,000.00" in shown  # 123456789 yuan, 100000000 yuan
    assert "窗口标题" in shown and "某局报告" in shown  # the text stays, its escape sequences go
