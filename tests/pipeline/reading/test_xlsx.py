"""XLSX reader: displayed values, merged spans, banners, cached formula values, real file."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_office  # noqa: E402

from pipeline.reading.read import read_bytes, read_path  # noqa: E402
from pipeline.reading.xlsx_format import format_value  # noqa: E402
from tests.conftest import shared_dir


@pytest.mark.parametrize(
    "value, fmt, shown",
    [
        (0.9815, "0.00%", "98.15%"),
        (0.5, "0%", "50%"),
        (2386.45, "#,##0.00", "2,386.45"),
        (2712.9, "#,##0.00", "2,712.90"),
        (0.0900000762939453, "0.00", "0.09"),
        (2.675, "0.00", "2.68"),  # decimal half-up, as Excel shows it
        (96.33, "General", "96.33"),
        (46, "General", "46"),
        (10.0, "0", "10"),
        (-1234.5, "#,##0.00;[Red]-#,##0.00", "-1,234.50"),
        (-1234.5, "#,##0.00;[Red]#,##0.00", "1,234.50"),
        (0, '#,##0.00;-#,##0.00;"-"', "-"),
        (12.5, '0.00"万元"', "12.50万元"),
        (1234567, "#,##0,", "1,235"),
        (123456.789, "0.00E+00", "1.23E+05"),
        (5, "[$¥-804]#,##0.00", "¥5.00"),
        (dt.datetime(2023, 3, 15), 'yyyy"年"m"月"d"日"', "2023年3月15日"),
        (dt.datetime(2023, 3, 15, 8, 5), "yyyy-mm-dd hh:mm", "2023-03-15 08:05"),
        (dt.datetime(2023, 3, 15), "General", "2023-03-15"),
        ("≥40", "General", "≥40"),
        (True, "General", "TRUE"),
    ],
)
def test_displayed_value(value: object, fmt: str, shown: str) -> None:
    assert format_value(value, fmt) == shown


def test_sheet_is_one_table_with_spans_and_displayed_numbers() -> None:
    doc = read_bytes(build_office.report_xlsx(), "report.xlsx")
    assert doc.n_pages == 2
    page = doc.pages[0]
    (table,) = page.tables
    assert table.page == 1 and table.location == "部门整体绩效自评表"
    grid = table.grid()
    assert grid[0] == ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"]
    assert grid[1] == ["部门预算执行情况", "2,386.45", "2,712.90", "2,645.18", "98.15%", "0.09"]
    assert grid[2][0] == "部门预算执行情况"  # A4:A5 merged
    assert grid[2][2] == "其中：财政拨款（万元）"  # Alt+Enter break joined
    cells = {c.address: c for c in table.cells}
    assert cells["部门整体绩效自评表!A4"].rowspan == 2
    assert (1, 4, "0.00%") in table.number_formats


def test_title_and_notes_rows_are_page_text() -> None:
    doc = read_bytes(build_office.report_xlsx(), "report.xlsx")
    assert doc.pages[0].text == (
        "重庆市某区体育局2022年度部门整体绩效自评表\n金额单位：万元\n填表说明：执行率=全年执行数/全年预算数×100%。\n"
    )
    texts = {c.text for c in doc.pages[0].tables[0].cells}
    assert "金额单位：万元" not in texts


def test_formula_shows_its_cached_value_when_present() -> None:
    data = build_office.with_cached_value(build_office.report_xlsx(), "B5", "4772.9")
    doc = read_bytes(data, "cached.xlsx")
    assert doc.pages[0].tables[0].grid()[2][1] == "4,772.90"
    assert doc.warnings == ()


def test_formula_without_cached_value_reads_empty_with_a_warning() -> None:
    doc = read_bytes(build_office.report_xlsx(), "uncached.xlsx")
    assert doc.pages[0].tables[0].grid()[2][1] is None
    assert any("no stored result" in w for w in doc.warnings)


def test_dev_jiangbei_xlsx() -> None:
    path = shared_dir() / "corpus" / "dev" / "jiangbei-tiyu-2022.xlsx"
    doc = read_path(path)
    (table,) = doc.tables
    assert doc.pages[0].text.startswith("重庆市江北区体育局2022年度部门整体绩效自评表\n")
    grid = table.grid()
    assert grid[0][7:] == ["自评总分(分)", "自评总分(分)", "96.33", "96.33"]
    assert grid[3][1:6] == ["2,386.45", "2,386.45", "2,712.90", "2,712.90", "2,645.18"]
    assert "群众对健身设施满意度" in {c.text for c in table.cells}
    assert all(c.address and c.address.startswith("部门整体绩效自评表!") for c in table.cells)


def test_a_typed_literal_formula_without_a_stored_result_reads_as_typed() -> None:
    import io

    import openpyxl

    from pipeline.reading.read import read_bytes

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["三级指标", "年度指标值", "实际完成值"])
    sheet.append(["水质达标率", "=100%", "100%"])
    sheet.append(["资金合计", "=SUM(B1:B2)", "1"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    (table,) = read_bytes(buffer.getvalue(), "targets.xlsx").tables
    grid = table.grid()
    assert grid[1][1] == "=100%"  # a value typed after `=`, shown as typed
    assert grid[2][1] is None  # a real formula without a result stays empty (with a warning)


def test_sheets_are_streamed_and_formatted_blanks_cost_nothing() -> None:
    import io
    import time

    import openpyxl
    from openpyxl.styles import Font

    from pipeline.reading import ReadRequest
    from pipeline.reading.xlsx import open_workbook

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["项目", "金额"])
    sheet.append(["预算", 100])
    for row in range(3, 3000):  # a styled blank at the far right of every row: the stated width is XFD
        sheet.cell(row=row, column=16384).font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    opened = open_workbook(ReadRequest("w.xlsx", data, "0" * 64, "xlsx"), data_only=True)
    assert opened.read_only
    opened.close()
    started = time.process_time()
    doc = read_bytes(data, "w.xlsx")
    assert time.process_time() - started < 5  # rows padded to 16,384 columns would take minutes
    assert doc.tables[0].grid() == [["项目", "金额"], ["预算", "100"]]


def test_hidden_rows_and_columns_are_not_read_and_the_rest_closes_up() -> None:
    import io

    import openpyxl

    from pipeline.reading.read import read_bytes

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    rows = [["资金来源", "旧数", "年初预算", "全年预算"], ["总额", "1", "520.00", "586.00"],
            ["总额（6月监控数）", "2", "520.00", "560.00"], ["其中：财政资金", "3", "500.00", "560.00"]]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A5:A7")
    sheet["A5"] = "说明"
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[6].hidden = True
    sheet.column_dimensions["B"].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    (table,) = read_bytes(buffer.getvalue(), "hidden.xlsx").pages[0].tables
    grid = table.grid()
    assert [row[:3] for row in grid[:3]] == [["资金来源", "年初预算", "全年预算"], ["总额", "520.00", "586.00"],
                                             ["其中：财政资金", "500.00", "560.00"]]
    (merged,) = [c for c in table.cells if c.text == "说明"]
    assert (merged.row, merged.rowspan) == (3, 2)  # A5:A7 less its hidden row 6
    assert "旧数" not in {c.text for c in table.cells}
