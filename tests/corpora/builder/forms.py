"""Printed self-evaluation forms that more than one batch fills in.

- `sichuan_workbook`: Sichuan's 部门预算项目支出绩效自评表, an 11-column sheet in 元 (funds by
  source with 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分, the year's goal and
  what was done, indicators with 指标性质 | 指标值 | 度量单位, a 总分 row, the filer's line).
- `anhui_table`: the Anhui 绩效目标自评表 of a PDF, 8 columns, 分值 before 年度指标值, spans drawn
  with SPAN commands.
The figures and words of a form stay with its batch, in the spec.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tests.corpora.builder.office import SheetWriter
from tests.corpora.builder.runs import merged_runs


@dataclass(frozen=True)
class SichuanSheet:
    sheet_title: str
    title_size: int
    year_line: str  # （2022年度）
    funds_label: str  # the merged A5:A10 label, e.g. 预算执行情况（元）\n(10分)
    project: str
    department: str
    funds: Sequence[tuple[str, float | None, float | None, float | None]]  # label, 年初, 调整后, 执行 (None: blank)
    rate: Any  # the text "97.65%", or a fraction shown through `rate_format`
    rate_format: str | None
    rate_weight: float
    rate_score: float
    rate_reason: str
    goal: str
    done: str
    goal_height: float
    indicators: Sequence[tuple[Any, ...]]  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 偏差原因
    total: float
    filer_line: str
    widths: Sequence[float]  # columns A..K
    creator: str


def sichuan_workbook(spec: SichuanSheet) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = spec.sheet_title
    thin = Side(style="thin")
    sheet = SheetWriter(ws, Alignment(wrap_text=True, vertical="center", horizontal="center"))
    put = sheet.put
    put("A1", "部门预算项目支出绩效自评表", "K1")
    ws["A1"].font = Font(size=spec.title_size, bold=True)
    put("A2", spec.year_line, "K2")
    put("A3", "项目名称", "B3")
    put("C3", spec.project, "K3")
    put("A4", "主管部门", "B4")
    put("C4", spec.department, "F4")
    put("G4", "实施单位", "H4")
    put("I4", spec.department, "K4")
    put("A5", spec.funds_label, "A10")
    put("B5", "", "C5")
    for col, head in zip("DEFGHI", ["年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"], strict=True):
        put(f"{col}5", head)
    put("J5", "原因", "K5")
    for offset, (label, initial, adjusted, executed) in enumerate(spec.funds):
        row = 6 + offset
        put(f"B{row}", label, f"C{row}")
        for col, value in zip("DEF", (initial, adjusted, executed), strict=True):
            put(f"{col}{row}", value, fmt="#,##0.00")
        if offset == 0:
            put(f"G{row}", spec.rate, fmt=spec.rate_format)
            put(f"H{row}", spec.rate_weight)
            put(f"I{row}", spec.rate_score)
            put(f"J{row}", spec.rate_reason, f"K{row}")
        else:
            for col in "GHI":
                put(f"{col}{row}", "/")
            put(f"J{row}", "", f"K{row}")
    put("A11", "年度总体目标", "A12")
    put("B11", "预期目标", "F11")
    put("G11", "实际完成情况", "K11")
    put("B12", spec.goal, "F12")
    put("G12", spec.done, "K12")
    ws.row_dimensions[12].height = spec.goal_height
    first, last = 13, 13 + len(spec.indicators)
    put(f"A{first}", "绩效指标\n(90分)", f"A{last}")
    for col, head in zip("BCDEFGHIJK", ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                       "完成值", "权重", "得分", "偏差原因分析及改进措施"], strict=True):
        put(f"{col}{first}", head)
    for offset, values in enumerate(spec.indicators):
        for col, value in zip("BCDEFGHIJK", values, strict=True):
            put(f"{col}{first + 1 + offset}", value)
    sheet.merge_column_runs("B", first + 1, [v[0] for v in spec.indicators])
    sheet.merge_column_runs("C", first + 1, [v[1] for v in spec.indicators])
    total_row = last + 1
    put(f"A{total_row}", "总分", f"H{total_row}")
    put(f"I{total_row}", 100)
    put(f"J{total_row}", spec.total)
    put(f"K{total_row}", "")
    put(f"A{total_row + 1}", spec.filer_line, f"K{total_row + 1}")
    sheet.border(Border(left=thin, right=thin, top=thin, bottom=thin), 3, total_row)
    sheet.widths("ABCDEFGHIJK", spec.widths)
    wb.properties.creator = spec.creator
    return wb


@dataclass(frozen=True)
class AnhuiTable:
    project: str
    department: str
    executor: str
    funds: Sequence[Sequence[str]]  # label, 全年预算数(A), 全年执行数(B), 分值, 执行率(B/A), 得分
    goal: str
    done: str
    indicators: Sequence[Sequence[str]]  # 一级, 二级, 三级, 分值, 年度指标值, 全年实际值, 得分, 未完成原因
    total: str
    widths: Sequence[float]


def anhui_table(spec: AnhuiTable, cell: Any) -> Any:
    """The table as one platypus Table whose cells are Paragraphs of style `cell`."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    def p(text: str) -> Any:
        return Paragraph(text, cell)

    rows: list[list[Any]] = [
        [p("项目名称"), p(spec.project), "", "", "", "", "", ""],
        [p("主管部门"), p(spec.department), "", "", p("实施单位"), p(spec.executor), "", ""],
        [p("项目资金（万元）"), "", p("全年预算数（A）"), p("全年执行数（B）"), p("分值"), p("执行率（B/A）"),
         p("得分"), ""],
    ]
    for label, *values in spec.funds:
        rows.append(["", p(label)] + [p(v) for v in values] + [""])
    rows += [
        [p("年度总体目标"), p("预期目标"), "", "", p("实际完成情况"), "", "", ""],
        ["", p(spec.goal), "", "", p(spec.done), "", "", ""],
        [p("一级指标"), p("二级指标"), p("三级指标"), p("分值"), p("年度指标值"), p("全年实际值"), p("得分"),
         p("未完成原因分析")],
    ]
    first_indicator = len(rows)
    rows += [[p(v) for v in values] for values in spec.indicators]
    total = len(rows)
    rows.append([p("总分"), "", "", p("100"), "", "", p(spec.total), ""])
    spans = [
        ("SPAN", (1, 0), (7, 0)), ("SPAN", (1, 1), (3, 1)), ("SPAN", (5, 1), (7, 1)),
        ("SPAN", (0, 2), (0, 6)), ("SPAN", (0, 7), (0, 8)), ("SPAN", (1, 7), (3, 7)), ("SPAN", (4, 7), (7, 7)),
        ("SPAN", (1, 8), (3, 8)), ("SPAN", (4, 8), (7, 8)), ("SPAN", (0, total), (2, total)),
        ("SPAN", (4, total), (5, total)),
    ]
    spans += [("SPAN", (6, r), (7, r)) for r in range(2, 7)]  # 得分 takes the last two columns
    for col in (0, 1):
        labels = [v[col] for v in spec.indicators]
        spans += [("SPAN", (col, first_indicator + a), (col, first_indicator + b)) for a, b in merged_runs(labels)]
    table = Table(rows, colWidths=list(spec.widths))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
    return table
