#!/usr/bin/env python3
"""Regenerate the heldout45 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout45/make_heldout45.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the DOCX and XLSX
are re-zipped with a fixed entry date and fixed core-property dates (tests/corpora/builder/office_kit); the HTML
page is UTF-8 without BOM with LF, the TXT file UTF-8 with a BOM and CRLF (a Notepad save).
The batch is "bundles and scoring sheets": a department report with three annexed project forms, a workbook of one
sheet per form with a 说明 sheet, a Word report whose 评分表 and project form follow the text as Word tables, and
部门整体 / 项目 评分表 whose 评分标准 column is full of numbers (the score only at the 合计 row in one, stated in the
text too in others). Five real inconsistencies are planted, one per document, family and format; the traps look
wrong and are right. Every sentence and figure below is invented; place names are real.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY45"
FIXED_DT = datetime.datetime(2027, 11, 4, 15, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="user", revision=4)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"
NO_LINE_END = "（《“"

Cell = Any  # a str, or (str, colspan)
Blocks = list[tuple[str, str]]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
Indicator = tuple[str, str, str, str, str, str, str, str]
# 一级, 二级, 三级, 分值, 评分标准, 得分, 扣分原因
ScoreRow = tuple[str, str, str, str, str, str, str]
# 资金来源, 年初预算数, 全年预算数, 全年执行数
Funds = list[tuple[str, str, str, str]]


# =========================================================================== helpers
def dec(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", "").replace("万元", "").replace("元", "").replace("%", ""))


def rate(executed: Any, budget: Any) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: Any, budget: Any) -> str:
    return f"{rate(executed, budget)}%"


def exec_score(executed: Any, budget: Any, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: Any, places: int = 2) -> str:
    return f"{dec(x):,.{places}f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def not_half(executed: Any, budget: Any) -> bool:
    """A rate whose third decimal is not exactly 5 (no reader rounds it two ways)."""
    exact = dec(executed) / dec(budget) * 100
    return exact.quantize(Decimal("0.001")) != exact or (exact * 1000) % 10 != 5


def sum_money(values: Sequence[Any]) -> Decimal:
    return sum((dec(v) for v in values if v not in (E, "")), Decimal(0))


def weights(rows: Sequence[Any], k: int = 5) -> Decimal:
    return sum((dec(r[k]) for r in rows), Decimal(0))


def scores(rows: Sequence[Any], k: int = 6) -> Decimal:
    return sum((dec(r[k]) for r in rows), Decimal(0))


def funds_add_up(funds: Funds, columns: Sequence[int] = (1, 2, 3)) -> bool:
    total, *parts = funds
    return all(sum_money([p[k] for p in parts]) == dec(total[k]) for k in columns)


def form_score(funds: Funds) -> str:
    _, _, budget, done = funds[0]
    return exec_score(done, budget)


def form_total(funds: Funds, rows: Sequence[Indicator]) -> Decimal:
    return dec(form_score(funds)) + scores(rows)


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing mark that would start a line is pulled back and an opening mark that
    would end one is pushed on."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
        while lines[k - 1] and lines[k - 1][-1] in NO_LINE_END:
            lines[k] = lines[k - 1][-1] + lines[k]
            lines[k - 1] = lines[k - 1][:-1]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, footer styles (or none), wrapping that keeps closing punctuation on its
    line, right-aligned lines, and tables ruled as a full grid (a merged label cell drawn as one box over its run),
    a 三线表, or not at all. A cell wraps inside its column (a cell may span columns); a table is kept on one page
    with its caption and unit line."""

    def __init__(
        self,
        path: Path,
        footer_style: str | None = "dash",
        total: int = 0,
        creator: str = "WPS Writer",
        **layout: Any,
    ) -> None:
        self.footer_style = footer_style
        self.total = total
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        if self.footer_style is None:
            return
        n = self.page
        text = {
            "dash": f"- {n} -",
            "of": f"第 {n} 页 共 {self.total} 页",
            "page": f"第 {n} 页",
            "slash": f"{n}/{self.total}",
        }[self.footer_style]
        self.c.setFont(self.font, 10)
        self.c.drawCentredString(self.W / 2, self.m - 24, text)

    def para(self, text: str, indent: bool = True, size: float | None = None) -> None:
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        for n, line in enumerate(wrap_cjk(text, self.font, self.cw, size, ind)):
            self.need(lead)
            self.c.setFont(self.font, size)
            self.c.drawString(self.m + (ind if n == 0 else 0), self.y - size, line)
            self.y -= lead
        self.y -= 2

    def right(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    def left(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawString(self.m, self.y - size, text)
        self.y -= size * 1.8

    def blocks(self, blocks: Sequence[tuple[str, str]]) -> None:
        for kind, text in blocks:
            if kind == "h":
                self.heading(text)
            elif kind == "p":
                self.para(text)
            elif kind == "l":
                self.para(text, indent=False)
            elif kind == "r":
                self.right(text, size=self.size - 1)
            else:
                raise ValueError(kind)

    def cells_of(self, row: Sequence[Cell], ws: Sequence[float]) -> list[tuple[str, int, int, float]]:
        out, col = [], 0
        for cell in row:
            text, span = cell if isinstance(cell, tuple) else (cell, 1)
            out.append((text, col, span, sum(ws[col : col + span])))
            col += span
        check(col == len(ws), f"row of {col} columns: {row}")
        return out

    def cell_lines(self, text: str, width: float, size: float) -> list[str]:
        return wrap_cjk(text, self.font, width - 6, size) if text else []

    def ptable(
        self,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        rules: str = "grid",
        size: float = 9,
        header_rows: int = 1,
        align: Sequence[str] | None = None,
        caption: str | None = None,
        unit: str | None = None,
        lead: float = 1.4,
        pad: float = 3,
        gap: float = 8,
        one_line: Sequence[int] = (),
        vmerge: Sequence[int] = (),
    ) -> None:
        """rows of cells (a str or (str, colspan)); `rules` is `grid`, `three` or `none`; `one_line` lists the rows
        whose cells must not wrap; in a grid, an empty cell of a `vmerge` column continues the box above it."""
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        step = size * lead
        c = self.c

        def row_h(row: Sequence[Cell]) -> float:
            return (
                max(max(len(self.cell_lines(t, w, size)), 1) for t, _, _, w in self.cells_of(row, ws)) * step
                + 2 * pad
            )

        def continues(ri: int, col: int) -> bool:
            if ri == 0 or col not in vmerge or ri < header_rows:
                return False
            cells = {cc: (t, sp) for t, cc, sp, _ in self.cells_of(rows[ri], ws)}
            above = {cc for _, cc, _, _ in self.cells_of(rows[ri - 1], ws)}
            return col in cells and cells[col] == ("", 1) and col in above

        for k in one_line:
            for t, _, _, w in self.cells_of(rows[k], ws):
                check(len(self.cell_lines(t, w, size)) <= 1, f"cell wraps: {t}")
        heights = [row_h(r) for r in rows]
        height = sum(heights) + (10.5 * 1.8 if caption else 0) + (9 * 1.8 if unit else 0)
        if self.y - height < self.bottom:
            self.new_page()
        check(self.y - height >= self.bottom, "table does not fit on a page")
        if caption:
            self.center(caption, size=10.5)
        if unit:
            self.right(unit, size=9)

        def rule(width: float) -> None:
            c.setLineWidth(width)
            c.line(self.m, self.y, self.m + self.cw, self.y)

        if rules == "three":
            rule(1.2)
        for ri, row in enumerate(rows):
            h = heights[ri]
            for text, col, span, w in self.cells_of(row, ws):
                x = self.m + sum(ws[:col])
                if rules == "grid" and not continues(ri, col):
                    run = h
                    k = ri + 1
                    while k < len(rows) and continues(k, col):
                        run += heights[k]
                        k += 1
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - run, w, run)
                c.setFont(self.font, size)
                a = align[col] if align and span == 1 else "l"
                for n, line in enumerate(self.cell_lines(text, w, size)):
                    yy = self.y - pad - size - n * step
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
            self.y -= h
            last = ri == len(rows) - 1
            if rules == "three" and (ri == header_rows - 1 or last):
                rule(1.2 if last else 0.6)
        self.y -= gap


def run_labels(rows: Sequence[Sequence[str]], key: int) -> list[str]:
    """The 一级 (key 0) or 二级 (key 1) labels as a merged cell prints them: on the first row of each run only."""
    out = []
    for k, row in enumerate(rows):
        same = k > 0 and tuple(rows[k - 1][: key + 1]) == tuple(row[: key + 1])
        out.append("" if same else row[key])
    return out


def indicator_rows(rows: Sequence[Indicator], blocks: dict[str, str] | None = None) -> list[list[str]]:
    """The indicator rows as a form prints them, the merged 一级 / 二级 labels once (一级 with its points when
    `blocks` maps it to a printed label)."""
    first, second = run_labels(rows, 0), run_labels(rows, 1)
    shown = [blocks.get(f, f) if blocks and f else f for f in first]
    return [[shown[k], second[k], r[2], r[3], r[4], r[5], r[6], r[7]] for k, r in enumerate(rows)]


def score_rows(rows: Sequence[ScoreRow], blocks: dict[str, str]) -> list[list[str]]:
    """A 评分表's rows, its 一级 labels with their points and its 二级 labels once per run."""
    first, second = run_labels(rows, 0), run_labels(rows, 1)
    return [[blocks[first[k]] if first[k] else "", second[k], *r[2:]] for k, r in enumerate(rows)]


def block_points(rows: Sequence[Sequence[str]], weight: int) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for r in rows:
        out[r[0]] = out.get(r[0], Decimal(0)) + dec(r[weight])
    return out


def funds_rows(funds: Funds) -> list[list[Cell]]:
    """A central-template funds block: 年度资金总额 with its 分值 / 执行率 / 得分, the 其中 rows with `—` there."""
    out: list[list[Cell]] = []
    for k, (name, initial, whole, done) in enumerate(funds):
        tail = ["10", pct(done, whole), form_score(funds)] if k == 0 else [E, E, E]
        out.append([name, initial, whole, done, *tail])
    return out


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


def form_tables(
    p: Pdf,
    name: str,
    unit: str,
    implementer: str,
    funds: Funds,
    goal: str,
    done: str,
    rows: Sequence[Indicator],
    grade: str,
    size: float = 8.5,
    blocks: dict[str, str] | None = None,
) -> None:
    """A central-template 项目支出绩效自评表 as four grid tables stacked without a gap (one grid on the page)."""
    p.ptable(
        [["项目名称", (name, 5)], ["主管部门", (unit, 2), "实施单位", (implementer, 2)]],
        [14, 14, 14, 14, 22, 22],
        size=size,
        header_rows=0,
        gap=0,
        one_line=(0, 1),
    )
    head: list[Cell] = [
        "项目资金（万元）",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ]
    fund_rows = [head] + [["", *r] for r in funds_rows(funds)]
    p.ptable(
        fund_rows,
        [14, 24, 12, 12, 12, 8, 10, 8],
        size=size,
        align=["l", "l", "r", "r", "r", "c", "r", "r"],
        gap=0,
        one_line=range(1, len(fund_rows)),
        vmerge=(0,),
    )
    p.ptable(
        [["年度总体目标", "预期目标", "实际完成情况"], ["", goal, done]],
        [14, 43, 43],
        size=size,
        gap=0,
        vmerge=(0,),
    )
    ind: list[list[Cell]] = [
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
    ]
    ind += indicator_rows(rows, blocks)
    ind.append([("总分", 5), "100", f"{form_total(funds, rows):.2f}", f"自评等级：{grade}"])
    p.ptable(
        ind,
        [11, 13, 22, 13, 13, 6, 6, 16],
        size=size,
        align=["l", "l", "l", "c", "c", "c", "c", "l"],
        gap=10,
        vmerge=(0, 1),
    )


def band(score: Decimal) -> str:
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


# =========================================================================== 1. yihuang (PDF bundle: a department report, then three annexed project forms, one per page; form 3's levels ≠ its total, E1)
YIHUANG_UNIT = "宜黄县农业农村局"
YIHUANG_FORMS: list[dict[str, Any]] = [
    {
        "name": "高标准农田建设项目",
        "implementer": YIHUANG_UNIT,
        "funds": [
            ("年度资金总额", "420.00", "1,680.00", "1,642.35"),
            ("其中：中央财政资金", E, "960.00", "952.40"),
            ("省级财政资金", E, "300.00", "296.35"),
            ("县级财政资金", "420.00", "420.00", "393.60"),
        ],
        "goal": "按照设计标准完成年度高标准农田建设任务，配套完善灌排渠系和田间道路，提升项目区耕地质量。",
        "done": "年度建设任务全部完成并通过县级初验，项目区灌排条件和机耕条件明显改善。",
        "rows": [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", "2.1万亩", "15", "15", ""),
            ("产出指标", "数量指标", "新建和修复灌排渠道", "≥36公里", "38.4公里", "10", "10", ""),
            ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", ""),
            (
                "产出指标",
                "时效指标",
                "工程完工时间",
                "2022年11月底前",
                "2022年12月20日",
                "5",
                "3",
                "上级资金下达较晚，开工推迟",
            ),
            ("产出指标", "成本指标", "亩均财政投入", "≤800元", "782元", "10", "10", ""),
            ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "56公斤", "10", "10", ""),
            ("效益指标", "社会效益指标", "带动农户增收", "逐步增加", "明显增加", "10", "10", ""),
            (
                "效益指标",
                "可持续影响指标",
                "工程管护机制",
                "健全",
                "基本健全",
                "10",
                "9",
                "部分村管护责任未落实到人",
            ),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "93.8%", "10", "10", ""),
        ],
        "grade": "优",
    },
    {
        "name": "耕地地力保护补贴",
        "implementer": YIHUANG_UNIT,
        "funds": [
            ("年度资金总额", "1,286.54", "1,286.54", "1,286.54"),
            ("其中：中央财政资金", "1,286.54", "1,286.54", "1,286.54"),
            ("省级财政资金", E, E, E),
            ("县级财政资金", E, E, E),
        ],
        "goal": "按照核定的补贴面积和标准，将耕地地力保护补贴资金足额发放到户，调动农民保护耕地和种粮积极性。",
        "done": "补贴资金通过惠农补贴“一卡通”全部发放到户，未发生冒领、挤占、挪用等问题。",
        "rows": [
            ("产出指标", "数量指标", "补贴发放面积", "≥36万亩", "36.8万亩", "15", "15", ""),
            ("产出指标", "数量指标", "补贴发放农户", "≥4.3万户", "4.36万户", "10", "10", ""),
            ("产出指标", "质量指标", "补贴资金兑付准确率", "100%", "100%", "10", "10", ""),
            ("产出指标", "时效指标", "补贴发放完成时间", "6月30日前", "6月25日", "10", "10", ""),
            ("产出指标", "成本指标", "亩均补贴标准", "≤35元", "34.96元", "5", "5", ""),
            (
                "效益指标",
                "社会效益指标",
                "农民种粮积极性",
                "提高",
                "有所提高",
                "15",
                "14",
                "农资价格上涨抵消部分补贴效果",
            ),
            (
                "效益指标",
                "可持续影响指标",
                "耕地地力保护",
                "持续加强",
                "基本实现",
                "15",
                "14",
                "个别地块存在季节性撂荒",
            ),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥95%", "96.5%", "10", "10", ""),
        ],
        "grade": "优",
    },
    {
        "name": "动物防疫补助经费",
        "implementer": "宜黄县畜牧兽医站",
        "funds": [  # E1: the 全年执行数 column's levels give 218.96, 10.00 under the total (81.20 meant for 县级)
            ("年度资金总额", "86.00", "236.80", "228.96"),
            ("其中：中央财政资金", E, "118.40", "116.20"),
            ("省级财政资金", E, "32.40", "31.56"),
            ("县级财政资金", "86.00", "86.00", "71.20"),
        ],
        "goal": "完成春秋两季重大动物疫病集中免疫和常年补免，加强疫情监测和村级防疫队伍建设，防止区域性重大动物疫情发生。",
        "done": "春秋两季集中免疫按计划完成，全年未发生区域性重大动物疫情，养殖环节监测覆盖全部乡镇。",
        "rows": [
            ("产出指标", "数量指标", "生猪强制免疫数量", "≥18万头", "18.6万头", "10", "10", ""),
            ("产出指标", "数量指标", "家禽强制免疫数量", "≥120万羽", "126万羽", "10", "10", ""),
            ("产出指标", "质量指标", "免疫抗体合格率", "≥90%", "92.4%", "10", "10", ""),
            (
                "产出指标",
                "时效指标",
                "集中免疫完成时间",
                "5月、11月底前",
                "部分村组推迟",
                "10",
                "8",
                "秋季集中免疫部分村组推迟完成",
            ),
            ("产出指标", "成本指标", "村级防疫员劳务补助", "≤60万元", "58.6万元", "10", "10", ""),
            ("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", "未发生", "15", "15", ""),
            (
                "效益指标",
                "可持续影响指标",
                "基层防疫体系运行",
                "稳定",
                "防疫员流失较多",
                "15",
                "9",
                "村级防疫员待遇偏低，队伍不稳定",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "养殖户满意度",
                "≥90%",
                "84.5%",
                "10",
                "7",
                "防疫服务上门不够及时",
            ),
        ],
        "grade": "良",
    },
]
YIHUANG_SPENT = "3,157.85"  # the three forms' 全年执行数 as stated (form 3 by its printed total)
YIHUANG_REST = "723.97"


def yihuang_totals() -> list[str]:
    return [f"{form_total(f['funds'], f['rows']):.2f}" for f in YIHUANG_FORMS]


def yihuang_text() -> tuple[Blocks, Blocks]:
    t1, t2, t3 = yihuang_totals()
    a: Blocks = [
        ("h", "一、部门基本情况"),
        (
            "p",
            "宜黄县农业农村局负责全县农业农村经济发展规划、粮食生产、耕地质量建设、农产品质量安全监管、动物疫病防控和"
            "农村改革等工作，内设办公室、计划财务股、农田建设管理股、种植业股、畜牧兽医股等8个股室，下属县农业技术推广"
            "中心、县畜牧兽医站和县农业综合行政执法大队3个二级单位。2022年末核定编制86人，实有在职人员81人。",
        ),
        ("h", "二、部门预算收支情况"),
        (
            "p",
            "（一）预算收入。2022年县财政批复我局年初预算3,486.20万元，年中追加1,862.45万元，主要是上级下达的高标准"
            "农田建设和动物防疫等转移支付资金，调整后预算5,348.65万元。按资金来源分，一般公共预算"
            "财政拨款4,968.65万元，政府性基金预算财政拨款380.00万元。",
        ),
        (
            "p",
            "（二）预算支出。全年支出5,206.38万元，其中基本支出1,324.56万元（人员经费1,152.30万元、公用经费172.26万元），"
            "项目支出3,881.82万元。预算执行率97.34%，年末结转结余142.27万元，主要为高标准农田建设工程尚未支付的质量"
            "保证金。",
        ),
        (
            "p",
            f"（三）项目支出情况。全年共实施项目14个。高标准农田建设、耕地地力保护补贴和动物防疫补助3个重点项目全年"
            f"支出{YIHUANG_SPENT}万元，其项目支出绩效自评表见附件1至附件3；其余11个项目支出{YIHUANG_REST}万元，主要用于农技"
            "推广、农产品质量安全检测和乡村产业发展。",
        ),
        ("h", "三、部门整体绩效目标完成情况"),
        (
            "p",
            "（一）粮食生产和耕地保护。全县粮食播种面积31.6万亩，粮食总产量12.8万吨；新建高标准农田2.1万亩，完成年度"
            "任务2万亩的105%；向4.36万户农户发放耕地地力保护补贴。",
        ),
        (
            "p",
            "（二）动物防疫。春秋两季集中免疫生猪18.6万头、家禽126万羽，免疫抗体合格率92.4%，全年未发生区域性重大动物"
            "疫情。",
        ),
        ("p", "（三）农产品质量安全和农民培训。全年抽检农产品1,280批次，合格率98.6%；培训高素质农民420人。"),
    ]
    b: Blocks = [
        ("h", "四、自评结论"),
        (
            "p",
            "按照县财政局部门整体支出绩效评价指标体系，我局从部门决策、部门管理、部门产出和部门效益四个方面开展自评，"
            f"2022年度部门整体支出自评得分94.2分，自评等级为“优”。附件所列3个项目分别自评，得分依次为{t1}分、{t2}分"
            f"和{t3}分。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）高标准农田建设项目上级资金下达较晚，部分工程跨年结算。"),
        ("p", "（二）动物防疫补助中村级防疫员劳务补助发放不够及时，基层防疫队伍不够稳定。"),
        ("h", "六、改进措施"),
        ("p", "（一）提前做好项目储备和招标准备，资金下达后及时开工建设。"),
        ("p", "（二）按季度兑付村级防疫员劳务补助，逐步提高补助标准。"),
        ("r", YIHUANG_UNIT),
        ("r", "2023年4月12日"),
    ]
    return a, b


def doc_yihuang(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=5, size=12, margin=60, creator="WPS Writer")
    p.title(f"{YIHUANG_UNIT}\n2022年度部门整体支出绩效自评报告", size=16)
    a, b = yihuang_text()
    p.blocks(a)
    p.blocks(b)
    check(p.page == 2, f"yihuang's report on two pages, not {p.page}")
    for k, form in enumerate(YIHUANG_FORMS, 1):
        p.new_page()
        p.left(f"附件{k}", size=11)
        p.title("项目支出绩效自评表", size=15)
        p.center("（2022年度）", size=10)
        form_tables(
            p,
            form["name"],
            YIHUANG_UNIT,
            form["implementer"],
            form["funds"],
            form["goal"],
            form["done"],
            form["rows"],
            form["grade"],
        )
        check(p.page == 2 + k, f"yihuang form {k} on page {p.page}")
    p.save()
    f1, f2, f3 = (f["funds"] for f in YIHUANG_FORMS)
    spent = sum_money([f[0][3] for f in (f1, f2, f3)])
    check(
        dec("3486.20") + dec("1862.45") == dec("5348.65") == dec("4968.65") + dec("380.00")
        and dec("1152.30") + dec("172.26") == dec("1324.56")
        and dec("1324.56") + dec("3881.82") == dec("5206.38")
        and rate("5206.38", "5348.65") == dec("97.34")
        and not_half("5206.38", "5348.65")
        and dec("5348.65") - dec("5206.38") == dec("142.27")
        and spent == dec(YIHUANG_SPENT)
        and spent + dec(YIHUANG_REST) == dec("3881.82")
        and funds_add_up(f1)
        and funds_add_up(f2)
        and funds_add_up(f3, (1, 2))
        and sum_money([r[3] for r in f3[1:]]) == dec(f3[0][3]) - 10
        and rate("1642.35", "1680.00") == dec("97.76")
        and (dec("16423500") / dec("21000")).quantize(Decimal("1"), ROUND_HALF_UP) == 782
        and (dec("12865400") / dec("368000")).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("34.96")
        and all(weights(f["rows"]) == 90 for f in YIHUANG_FORMS)
        and all(all(dec(r[6]) <= dec(r[5]) for r in f["rows"]) for f in YIHUANG_FORMS)
        and all(band(dec(t)) == f["grade"] for t, f in zip(yihuang_totals(), YIHUANG_FORMS, strict=True))
        and yihuang_totals() == ["96.78", "98.00", "88.67"]
        and all(not_half(f[0][3], f[0][2]) for f in (f1, f3))
        and dec("2.1") / 2 == dec("1.05"),
        f"yihuang {yihuang_totals()}",
    )


# =========================================================================== 2. xingtai (PDF; a 市直 bureau's report whose score stands only at the 合计 row of its 评分表, with a 扣分 column)
XINGTAI_UNIT = "邢台市水利局"
XINGTAI_BLOCKS = {
    "投入": "投入（20分）",
    "过程": "过程（30分）",
    "产出": "产出（30分）",
    "效果": "效果（20分）",
}
XINGTAI_ROWS: list[ScoreRow] = [
    (
        "投入",
        "预算配置",
        "在职人员控制率",
        "5",
        "在职人员数÷编制数≤100%得5分，每超过1个百分点扣0.5分",
        "5",
        "",
    ),
    ("投入", "预算配置", "“三公经费”变动率", "5", "较上年下降或持平得5分，每增长1个百分点扣0.5分", "5", ""),
    (
        "投入",
        "目标设定",
        "绩效目标合理性",
        "5",
        "目标明确、细化量化得5分，每有1项未量化扣1分",
        "4",
        "1项目标未量化",
    ),
    (
        "投入",
        "预算编制",
        "预算调整率",
        "5",
        "调整率≤10%得5分；10%—30%（含）得3分；30%以上得1分",
        "3",
        "年中追加1,862.45万元，调整率21.60%",
    ),
    ("过程", "预算执行", "预算执行率", "10", "≥98%得10分，每低1个百分点扣0.5分", "9.2", "预算执行率96.40%"),
    ("过程", "预算执行", "结转结余率", "5", "≤5%得5分，每超过1个百分点扣1分", "5", ""),
    ("过程", "预算管理", "管理制度健全性", "5", "制度健全并有效执行得5分，每缺1项扣1分", "5", ""),
    ("过程", "预算管理", "资金使用合规性", "5", "每发现1例违规使用资金扣1分，扣完为止", "5", ""),
    (
        "过程",
        "资产管理",
        "资产管理规范性",
        "5",
        "账实相符、处置合规得5分，每发现1项不符扣1分",
        "4",
        "1台报废设备未及时核销",
    ),
    (
        "产出",
        "职责履行",
        "地下水压采任务完成率",
        "10",
        "完成率100%得10分，每低1个百分点扣0.2分",
        "9.6",
        "完成率98.0%，2个替代水源工程未完工",
    ),
    ("产出", "职责履行", "河湖问题整改率", "10", "≥95%得10分，每低1个百分点扣1分", "10", ""),
    ("产出", "职责履行", "水土流失治理任务完成率", "10", "完成率≥100%得10分，每低1个百分点扣0.5分", "10", ""),
    ("效果", "社会效益", "农村自来水普及率", "5", "≥95%得5分，每低1个百分点扣1分", "5", ""),
    ("效果", "生态效益", "地下水位变化", "5", "水位回升得5分，持平得3分，下降不得分", "5", ""),
    (
        "效果",
        "可持续影响",
        "长效管理机制",
        "5",
        "健全得5分，基本健全得3分，不健全不得分",
        "3",
        "基层水管员队伍不稳定",
    ),
    ("效果", "满意度", "服务对象满意度", "5", "≥90%得5分，每低1个百分点扣0.5分", "5", ""),
]


def xingtai_total() -> Decimal:
    return scores(XINGTAI_ROWS, 5)


def deduction(row: ScoreRow) -> str:
    d = dec(row[3]) - dec(row[5])
    return "0" if d == 0 else str(d)


XINGTAI_TEXT: Blocks = [
    ("h", "一、部门概况"),
    (
        "p",
        "邢台市水利局是市政府工作部门，负责全市水资源管理与保护、水利工程建设与运行管理、河湖管理、水土保持、"
        "地下水超采综合治理和水旱灾害防御等工作。局机关内设9个科室，所属事业单位5个，2019年末核定编制142人，"
        "实有132人。",
    ),
    ("h", "二、部门预算及执行情况"),
    (
        "p",
        "2019年年初预算8,624.30万元，年中追加1,862.45万元，调整后预算10,486.75万元。按资金来源分，一般公共预算"
        "财政拨款9,086.75万元，政府性基金预算财政拨款1,400.00万元。",
    ),
    (
        "p",
        "全年支出10,109.23万元，其中基本支出2,864.17万元，项目支出7,245.06万元；预算执行率96.40%，年末结转结余"
        "377.52万元。全年支出较2018年的9,386.52万元增加722.71万元，主要是地下水超采综合治理项目支出增加。",
    ),
    ("h", "三、主要履职成效"),
    (
        "p",
        "（一）地下水超采综合治理。全年压减地下水开采量3,260万立方米，关停自备井412眼，完成年度压采任务的98.0%；"
        "监测区深层地下水位平均回升1.26米。",
    ),
    ("p", "（二）河湖管理。开展河湖“清四乱”专项行动，排查问题136个，整改133个，整改率97.8%。"),
    (
        "p",
        "（三）水土保持和农村供水。完成水土流失综合治理面积86平方公里，为年度任务84平方公里的102.4%；维修农村供水"
        "工程58处，农村自来水普及率达到97.6%。年末对320户用水户开展问卷调查，满意度93.6%。",
    ),
    ("h", "四、绩效自评情况"),
    (
        "p",
        "按照市财政局制定的部门整体支出绩效评价指标体系，我局组织财务、规划、建设等科室组成自评工作组，从投入、"
        "过程、产出和效果四个方面逐项对照评分标准打分，评分结果见附表。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）年初预算编制不够精准，年中追加资金较多，预算调整率偏高。"),
    ("p", "（二）个别替代水源工程建设进度滞后，影响压采任务完成。"),
    ("h", "六、下一步措施"),
    ("p", "（一）加强项目前期论证，将可预见的支出全部纳入年初预算。"),
    ("p", "（二）对在建替代水源工程实行挂图作战，确保按期建成通水。"),
    ("r", XINGTAI_UNIT),
    ("r", "2020年4月8日"),
]


def doc_xingtai(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=60, creator="Microsoft® Word 2016")
    p.title(f"{XINGTAI_UNIT}\n2019年度部门整体支出绩效自评报告", size=16)
    p.blocks(XINGTAI_TEXT)
    check(p.page == 2, f"xingtai's report on two pages, not {p.page}")
    p.new_page()
    p.left("附表", size=11)
    p.title(f"{XINGTAI_UNIT}2019年度部门整体支出绩效评价评分表", size=13)
    rows: list[list[Cell]] = [
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "自评得分", "扣分", "扣分原因"]
    ]
    rows += [
        [*r[:3], r[3], r[4], r[5], deduction(x), r[6]]
        for r, x in zip(score_rows(XINGTAI_ROWS, XINGTAI_BLOCKS), XINGTAI_ROWS, strict=True)
    ]
    total = xingtai_total()
    rows.append([("合计", 3), "100", "", f"{total}", f"{100 - total}", ""])
    rows.append([("自评等级", 3), ("优", 5)])
    p.ptable(
        rows,
        [8, 8, 15, 5, 29, 7, 5, 17],
        size=8.5,
        align=["l", "l", "l", "c", "l", "c", "c", "l"],
        vmerge=(0, 1),
    )
    check(p.page == 3, f"xingtai on three pages, not {p.page}")
    p.save()
    blocks = block_points(XINGTAI_ROWS, 3)
    check(
        dec("8624.30") + dec("1862.45") == dec("10486.75") == dec("9086.75") + dec("1400.00")
        and dec("2864.17") + dec("7245.06") == dec("10109.23")
        and rate("10109.23", "10486.75") == dec("96.40")
        and not_half("10109.23", "10486.75")
        and dec("10486.75") - dec("10109.23") == dec("377.52")
        and dec("10109.23") - dec("9386.52") == dec("722.71")
        and rate("1862.45", "8624.30") == dec("21.60")
        and rate("377.52", "10486.75") <= 5
        and rate("133", "136") == dec("97.79")
        and rate("86", "84") == dec("102.38")
        and weights(XINGTAI_ROWS, 3) == 100
        and blocks == {"投入": 20, "过程": 30, "产出": 30, "效果": 20}
        and all(dec(r[5]) <= dec(r[3]) for r in XINGTAI_ROWS)
        and dec("10") - dec("0.5") * (98 - dec("96.40")) == dec("9.2")
        and dec("10") - dec("0.2") * (100 - dec("98.0")) == dec("9.6")
        and total == dec("92.8")
        and sum(dec(deduction(r)) for r in XINGTAI_ROWS) == dec("7.2"),
        f"xingtai {total}",
    )


# =========================================================================== 3. zuoquan (XLSX bundle: 填报说明, the department's form and two project forms, one sheet each; a project rate no pair gives, E3)
ZUOQUAN_UNIT = "左权县卫生健康局"
ZUOQUAN_FUNDS: Funds = [
    ("年度资金总额", "3,286.40", "4,512.86", "4,398.27"),
    ("其中：一般公共预算拨款", "3,086.40", "4,262.86", "4,152.07"),
    ("上年结转资金", E, "120.00", "118.40"),
    ("其他资金", "200.00", "130.00", "127.80"),
]
ZUOQUAN_TASKS = [
    ("机关运转保障", "保障局机关和所属单位正常运转，按时足额发放人员工资"),
    ("基本公共卫生服务", "为城乡居民提供12类国家基本公共卫生服务"),
    ("医疗服务能力提升", "改善县级医院和乡镇卫生院医疗设备条件，培训基层医务人员"),
    ("妇幼健康和计划生育服务", "落实孕产妇和儿童健康管理、计划生育奖励扶助政策"),
]
ZUOQUAN_GOAL = (
    "居民电子健康档案建档率达到90%以上，65岁及以上老年人健康管理1.1万人以上，县域内就诊率达到85%以上。"
)
ZUOQUAN_DONE = (
    "居民电子健康档案建档率92.6%，为1.16万名65岁及以上老年人提供健康管理服务，培训乡村医生216人次，"
    "县域内就诊率83.4%。"
)
ZUOQUAN_IND: list[Indicator] = [
    ("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.6%", "10", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理", "≥1.1万人", "1.16万人", "10", "10", ""),
    ("产出指标", "数量指标", "乡村医生培训", "≥200人次", "216人次", "5", "5", ""),
    ("产出指标", "质量指标", "二级医院门诊处方合格率", "≥95%", "96.8%", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "96%", "10", "8", "第四季度部分资金拨付滞后"),
    ("产出指标", "成本指标", "公用经费支出", "不高于上年", "低于上年", "5", "5", ""),
    ("效益指标", "社会效益指标", "孕产妇系统管理率", "≥90%", "93.2%", "10", "10", ""),
    ("效益指标", "社会效益指标", "县域内就诊率", "≥85%", "83.4%", "10", "8", "部分患者外出就医"),
    (
        "效益指标",
        "可持续影响指标",
        "县域医疗卫生服务体系",
        "逐步完善",
        "基本完善",
        "10",
        "9",
        "乡村医生老龄化",
    ),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.1%", "10", "10", ""),
]
ZUOQUAN_PROJECTS: list[dict[str, Any]] = [
    {
        "sheet": "基本公共卫生服务",
        "name": "基本公共卫生服务项目",
        "implementer": ZUOQUAN_UNIT,
        "funds": [
            ("年度资金总额", "680.00", "842.60", "826.35"),
            ("其中：中央财政资金", "480.00", "612.60", "604.83"),
            ("省级财政资金", "96.00", "126.00", "123.52"),
            ("县级财政资金", "104.00", "104.00", "98.00"),
        ],
        "printed_rate": None,
        "goal": "按照国家基本公共卫生服务规范，为辖区常住居民免费提供基本公共卫生服务。",
        "done": "各项服务按规范开展，资金按季度拨付到乡镇卫生院和村卫生室。",
        "rows": [
            ("产出指标", "数量指标", "服务常住人口", "≥15.8万人", "15.9万人", "10", "10", ""),
            ("产出指标", "数量指标", "0—6岁儿童健康管理率", "≥90%", "93.4%", "10", "10", ""),
            (
                "产出指标",
                "质量指标",
                "高血压患者规范管理率",
                "≥62%",
                "60.8%",
                "10",
                "8",
                "部分患者随访不规范",
            ),
            ("产出指标", "时效指标", "资金拨付到乡镇卫生院", "按季度拨付", "按季度拨付", "10", "10", ""),
            ("产出指标", "成本指标", "人均补助资金", "≤55元", "51.97元", "10", "10", ""),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥20%", "21.6%", "15", "15", ""),
            ("效益指标", "可持续影响指标", "基本公共卫生服务均等化", "持续推进", "持续推进", "10", "10", ""),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%", "88.5%", "15", "15", ""),
        ],
    },
    {
        "sheet": "医疗服务与保障能力提升",
        "name": "医疗服务与保障能力提升补助资金",
        "implementer": "左权县人民医院",
        "funds": [
            ("年度资金总额", E, "386.00", "361.52"),
            ("其中：中央财政资金", E, "286.00", "268.12"),
            ("省级财政资金", E, "100.00", "93.40"),
            ("县级财政资金", E, E, E),
        ],
        "printed_rate": "96.36",  # E3: 361.52 ÷ 386.00 = 93.66%
        "goal": "购置县级医院急需的医疗设备，开展基层医务人员培训，提升县域医疗服务能力。",
        "done": "设备全部安装并投入使用，培训按计划完成。",
        "rows": [
            ("产出指标", "数量指标", "购置医疗设备", "≥12台（套）", "12台（套）", "15", "15", ""),
            ("产出指标", "数量指标", "培训基层医务人员", "≥150人次", "162人次", "10", "10", ""),
            ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", "10", "10", ""),
            (
                "产出指标",
                "时效指标",
                "设备安装调试完成时间",
                "2021年10月底前",
                "2021年12月",
                "5",
                "3",
                "部分设备到货延迟",
            ),
            ("产出指标", "成本指标", "设备采购节支率", "≥5%", "6.3%", "10", "10", ""),
            ("效益指标", "社会效益指标", "CT检查平均等待时间", "≤2天", "1.5天", "15", "15", ""),
            ("效益指标", "可持续影响指标", "设备完好率", "≥95%", "97%", "10", "10", ""),
            (
                "满意度指标",
                "服务对象满意度指标",
                "患者满意度",
                "≥90%",
                "91.3%",
                "15",
                "14",
                "门诊高峰时段排队较长",
            ),
        ],
    },
]
ZUOQUAN_NOTES = [
    "一、本工作簿共4张表：填报说明、部门整体支出绩效自评表、基本公共卫生服务项目支出绩效自评表、医疗服务与保障"
    "能力提升补助资金项目支出绩效自评表，每张表一个工作表。",
    "二、金额单位均为万元，保留两位小数；执行率=全年执行数÷全年预算数，预算执行得分=执行率×10分。",
    "三、自评等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
    "四、部门整体支出绩效自评表反映本部门全部预算资金；项目支出绩效自评表反映所列项目资金，项目资金已包含在"
    "部门预算中。",
    "五、联系人：王××，联系电话：0354-86×××××，填报日期：2022年3月18日。",
]


def zuoquan_rate(project: dict[str, Any]) -> Decimal:
    printed = project["printed_rate"]
    _, _, budget, done = project["funds"][0]
    return dec(printed) if printed else rate(done, budget)


def _xl_funds(ws: Any, first: int, label: str, funds: Funds, shown_rate: Decimal) -> int:
    """The funds block from row `first`: a vertical label, 资金来源 over B:C, money as numbers under #,##0.00,
    the rate a number under 0.00%; returns the next free row."""
    last = first + len(funds)
    xl_put(ws, f"A{first}", label, center=True, merge_to=f"A{last}")
    for col, head in zip(
        "BDEFGHI",
        ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        strict=True,
    ):
        xl_put(ws, f"{col}{first}", head, center=True, merge_to=f"C{first}" if col == "B" else None)
    for r, (name, initial, whole, done) in enumerate(funds, first + 1):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        for col, v in zip("DEF", (initial, whole, done), strict=True):
            if v == E:
                xl_put(ws, f"{col}{r}", E, center=True)
            else:
                xl_put(ws, f"{col}{r}", float(dec(v)), fmt="#,##0.00", center=True)
        if r == first + 1:
            xl_put(ws, f"G{r}", 10, center=True)
            xl_put(ws, f"H{r}", float(shown_rate / 100), fmt="0.00%", center=True)
            xl_put(ws, f"I{r}", float(form_score(funds)), fmt="0.00", center=True)
        else:
            for col in "GHI":
                xl_put(ws, f"{col}{r}", E, center=True)
    return last + 1


def _xl_indicators(ws: Any, first: int, rows: Sequence[Indicator], total: Decimal, grade: str) -> int:
    """Goal-less indicator block: merged 一级 / 二级 runs, a 总分 row; returns the next free row."""
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(rows)}")
    heads = (
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    for col, head in zip("BCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}{first}", head, center=True)
    for r, row in enumerate(rows, first + 1):
        for col, v in zip("BCDEFGHI", row, strict=True):
            if col in "GH":
                xl_put(ws, f"{col}{r}", float(dec(v)) if "." in v else int(v), center=True)
            else:
                xl_put(ws, f"{col}{r}", v if v != "" else None, center=col in "EF")
    for key, col in ((0, "B"), (1, "C")):
        labels = run_labels(rows, key)
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == "":
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{first + 1 + k}:{col}{first + 1 + j}")
            k = j + 1
    end = first + len(rows) + 1
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(total), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", f"自评等级：{grade}", center=True)
    return end + 1


def _xl_goal(ws: Any, first: int, goal: str, done: str) -> int:
    xl_put(ws, f"A{first}", "年度总体目标", center=True, merge_to=f"A{first + 1}")
    xl_put(ws, f"B{first}", "预期目标", center=True, merge_to=f"D{first}")
    xl_put(ws, f"E{first}", "实际完成情况", center=True, merge_to=f"I{first}")
    xl_put(ws, f"B{first + 1}", goal, merge_to=f"D{first + 1}")
    xl_put(ws, f"E{first + 1}", done, merge_to=f"I{first + 1}")
    ws.row_dimensions[first + 1].height = 54
    return first + 2


def _xl_widths(ws: Any) -> None:
    for col, w in zip("ABCDEFGHI", [11, 12, 14, 22, 14, 14, 8, 9, 22], strict=True):
        ws.column_dimensions[col].width = w


def doc_zuoquan(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填报说明"
    notes.column_dimensions["A"].width = 100
    xl_put(
        notes,
        "A1",
        f"{ZUOQUAN_UNIT}2021年度绩效自评表填报说明",
        bold=True,
        size=14,
        center=True,
        border=False,
    )
    for r, line in enumerate(ZUOQUAN_NOTES, 3):
        xl_put(notes, f"A{r}", line, border=False)
        notes.row_dimensions[r].height = 30

    ws = wb.create_sheet("部门整体支出绩效自评表")
    _xl_widths(ws)
    xl_put(ws, "A1", "部门整体支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2021年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "部门（单位）名称", center=True, merge_to="B3")
    xl_put(ws, "C3", ZUOQUAN_UNIT, merge_to="I3")
    _, _, whole, done = ZUOQUAN_FUNDS[0]
    row = _xl_funds(ws, 4, "年度预算（万元）", ZUOQUAN_FUNDS, rate(done, whole))
    end = row + len(ZUOQUAN_TASKS)
    xl_put(ws, f"A{row}", "年度主要任务", center=True, merge_to=f"A{end}")
    xl_put(ws, f"B{row}", "任务名称", center=True, merge_to=f"C{row}")
    xl_put(ws, f"D{row}", "主要内容", center=True, merge_to=f"I{row}")
    for r, (name, what) in enumerate(ZUOQUAN_TASKS, row + 1):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        xl_put(ws, f"D{r}", what, merge_to=f"I{r}")
    row = _xl_goal(ws, end + 1, ZUOQUAN_GOAL, ZUOQUAN_DONE)
    total = form_total(ZUOQUAN_FUNDS, ZUOQUAN_IND)
    row = _xl_indicators(ws, row, ZUOQUAN_IND, total, band(total))
    xl_put(
        ws,
        f"A{row}",
        f"填报单位（盖章）：{ZUOQUAN_UNIT}　　负责人：赵××　　填报人：王××",
        merge_to=f"I{row}",
        border=False,
    )

    for project in ZUOQUAN_PROJECTS:
        ws = wb.create_sheet(project["sheet"])
        _xl_widths(ws)
        xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
        xl_put(ws, "A2", "（2021年度）", center=True, merge_to="I2", border=False)
        xl_put(ws, "A3", "项目名称", center=True, merge_to="B3")
        xl_put(ws, "C3", project["name"], merge_to="I3")
        xl_put(ws, "A4", "主管部门", center=True, merge_to="B4")
        xl_put(ws, "C4", ZUOQUAN_UNIT, merge_to="E4")
        xl_put(ws, "F4", "实施单位", center=True, merge_to="G4")
        xl_put(ws, "H4", project["implementer"], merge_to="I4")
        row = _xl_funds(ws, 5, "项目资金（万元）", project["funds"], zuoquan_rate(project))
        row = _xl_goal(ws, row, project["goal"], project["done"])
        ptotal = form_total(project["funds"], project["rows"])
        row = _xl_indicators(ws, row, project["rows"], ptotal, band(ptotal))
    STAMP.save_xlsx(wb, path)

    p1, p2 = ZUOQUAN_PROJECTS
    check(
        funds_add_up(ZUOQUAN_FUNDS)
        and rate("4398.27", "4512.86") == dec("97.46")
        and not_half("4398.27", "4512.86")
        and form_score(ZUOQUAN_FUNDS) == "9.75"
        and weights(ZUOQUAN_IND) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in ZUOQUAN_IND)
        and total == dec("94.75")
        and funds_add_up(p1["funds"])
        and funds_add_up(p2["funds"], (2, 3))
        and all(weights(p["rows"]) == 90 for p in ZUOQUAN_PROJECTS)
        and all(all(dec(r[6]) <= dec(r[5]) for r in p["rows"]) for p in ZUOQUAN_PROJECTS)
        and rate("826.35", "842.60") == dec("98.07")
        and rate("361.52", "386.00") == dec("93.66") != dec(p2["printed_rate"])
        and form_score(p2["funds"]) == "9.37"
        and (dec("8263500") / dec("159000")).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("51.97")
        and [f"{form_total(p['funds'], p['rows']):.2f}" for p in ZUOQUAN_PROJECTS] == ["97.81", "96.37"],
        f"zuoquan {total}",
    )


# =========================================================================== 4. zhenlai (DOCX: a department report, then its 评分表 and one project form as Word tables; the 得分 ≠ the 合计, E2)
ZHENLAI_UNIT = "镇赉县水利局"
ZHENLAI_BLOCKS = {
    "投入": "投入（20分）",
    "过程": "过程（30分）",
    "产出": "产出（30分）",
    "效果": "效果（20分）",
}
ZHENLAI_ROWS: list[ScoreRow] = [
    (
        "投入",
        "目标设定",
        "绩效目标合理性",
        "5",
        "符合部门职能、与年度工作任务相匹配得5分，否则酌情扣分",
        "5",
        "",
    ),
    (
        "投入",
        "目标设定",
        "绩效指标明确性",
        "5",
        "指标细化、量化得5分，每有1项指标不明确扣1分",
        "4",
        "1项指标未细化量化",
    ),
    ("投入", "预算配置", "在职人员控制率", "5", "≤100%得5分，每超过1个百分点扣0.5分", "5", ""),
    ("投入", "预算配置", "“三公经费”变动率", "5", "≤0得5分，每增加1个百分点扣0.5分", "5", ""),
    ("过程", "预算执行", "预算执行率", "10", "执行率≥95%得10分，每低1个百分点扣1分", "10", ""),
    (
        "过程",
        "预算执行",
        "预算调整率",
        "5",
        "调整率≤30%得5分，30%—50%（含）得3分，50%以上得1分",
        "3",
        "年中追加968.40万元，调整率45.32%",
    ),
    ("过程", "预算执行", "结转结余率", "5", "≤5%得5分，每超过1个百分点扣1分", "5", ""),
    ("过程", "预算管理", "管理制度健全性", "5", "制度健全得5分，每缺1项扣1分", "5", ""),
    ("过程", "预算管理", "资金使用合规性", "5", "每发现1例违规扣1分，扣完为止", "4", "1笔支出凭证附件不完整"),
    ("产出", "职责履行", "堤防维修加固完成率", "10", "完成率100%得10分，每低1个百分点扣0.5分", "10", ""),
    ("产出", "职责履行", "农村饮水工程完成率", "10", "完成率100%得10分，每低1个百分点扣0.5分", "10", ""),
    (
        "产出",
        "职责履行",
        "河湖巡查覆盖率",
        "10",
        "巡查全覆盖得10分，每有1条河段漏巡扣1分",
        "9",
        "1条河段冬季漏巡",
    ),
    ("效果", "社会效益", "农村饮水安全保障", "5", "全年无供水安全事故得5分，每发生1起扣2分", "5", ""),
    (
        "效果",
        "生态效益",
        "河湖水质达标",
        "5",
        "监测断面全部达标得5分，每有1个断面不达标扣0.4分",
        "4.6",
        "1个监测断面水质未达标",
    ),
    (
        "效果",
        "可持续影响",
        "工程长效管护机制",
        "5",
        "健全得5分，基本健全得3分，不健全不得分",
        "3",
        "部分工程管护经费不足",
    ),
    ("效果", "满意度", "群众满意度", "5", "≥90%得5分，每低1个百分点扣0.5分", "5", ""),
]
ZHENLAI_TOTAL = "91.6"  # E2: the rows' 得分 add up to 92.6
ZHENLAI_PROJECT = "河湖管护项目"
ZHENLAI_FUNDS: Funds = [
    ("年度资金总额", "180.00", "286.00", "279.42"),
    ("其中：当年财政拨款", "180.00", "286.00", "279.42"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
ZHENLAI_IND: list[Indicator] = [
    ("产出指标", "数量指标", "河道保洁长度", "≥420公里", "436公里", "15", "15", ""),
    ("产出指标", "数量指标", "聘用河湖管护员", "≥120人", "126人", "10", "10", ""),
    ("产出指标", "质量指标", "河湖“四乱”问题清理率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "汛前清障完成时间", "6月15日前", "6月12日", "5", "5", ""),
    ("产出指标", "成本指标", "管护员年均劳务补助", "≤1.2万元", "1.18万元", "10", "10", ""),
    (
        "效益指标",
        "生态效益指标",
        "河湖水面保洁",
        "无明显漂浮物",
        "基本无漂浮物",
        "15",
        "13",
        "汛期个别河段漂浮物清理不及时",
    ),
    ("效益指标", "可持续影响指标", "河湖管护长效机制", "健全", "基本健全", "15", "12", "管护经费来源单一"),
    ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "91.8%", "10", "10", ""),
]
ZHENLAI_GOAL = "落实河长制各项任务，做好全县主要河道日常保洁和巡查，汛前完成河道清障，河湖面貌持续改善。"
ZHENLAI_DONE = "主要河道保洁和巡查全面开展，汛前清障按期完成，河湖“四乱”问题全部清理。"


def zhenlai_text() -> list[tuple[str, str]]:
    ptotal = f"{form_total(ZHENLAI_FUNDS, ZHENLAI_IND):.2f}"
    return [
        ("h", "一、部门基本情况"),
        (
            "p",
            "镇赉县水利局负责全县水资源管理、防汛抗旱、农田水利建设、河湖管理和农村饮水安全等工作，内设6个股室，下属"
            "县水利工程管理站、县农村饮水安全工程管理站等4个事业单位，2018年末核定编制98人，实有93人。",
        ),
        ("h", "二、部门预算收支情况"),
        (
            "p",
            "2018年县财政批复我局年初预算2,136.80万元，年中追加968.40万元，调整后预算3,105.20万元，其中一般公共预算"
            "财政拨款2,705.20万元，政府性基金预算财政拨款400.00万元。",
        ),
        (
            "p",
            "全年支出3,012.46万元，其中基本支出786.52万元（人员经费664.18万元，公用经费122.34万元），项目支出"
            "2,225.94万元。预算执行率97.01%，年末结转结余92.74万元。",
        ),
        ("h", "三、部门整体绩效目标完成情况"),
        (
            "p",
            "（一）防洪工程。维修加固嫩江、洮儿河堤防18.6公里，为年度计划18公里的103.3%；汛前清理河道行洪障碍物42处。",
        ),
        ("p", "（二）农村饮水。完成农村饮水安全巩固提升工程26处，全部按计划完工，受益人口3.2万人。"),
        (
            "p",
            "（三）河湖管理。全面推行河长制，设立县、乡、村三级河长186名，全年巡河3,650人次，清理河湖“四乱”问题58处；"
            "全县12个地表水监测断面中11个达到水质目标。",
        ),
        ("p", "（四）服务对象满意度。年末问卷调查显示群众满意度为92.3%。"),
        ("h", "四、自评结论"),
        (
            "p",
            "根据县财政局部门整体支出绩效评价指标体系，我局对照评分标准逐项打分，2018年度部门整体支出绩效自评得分"
            f"{ZHENLAI_TOTAL}分，等级为“优”，评分情况见表1。河湖管护项目单独开展了自评，得分{ptotal}分，自评表见表2。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）年中追加资金较多，预算调整率偏高，年初预算的约束作用不强。"),
        ("p", "（二）部分已建工程管护经费不足，长效管护机制有待完善。"),
        ("h", "六、改进措施"),
        ("p", "（一）提高年初预算编制的完整性，减少年中追加。"),
        ("p", "（二）积极争取工程维修养护资金，落实管护主体和责任。"),
    ]


def _zhenlai_score_table(d: Any) -> None:
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "自评得分", "扣分原因"]]
    for r in ZHENLAI_ROWS:
        rows.append([ZHENLAI_BLOCKS[r[0]], r[1], r[2], r[3], r[4], r[5], r[6]])
    rows.append(["合计", "", "", "100", "", ZHENLAI_TOTAL, ""])
    merges = []
    for key in (0, 1):
        labels = [tuple(r[: key + 1]) for r in ZHENLAI_ROWS]
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                merges.append(((1 + k, key), (1 + j, key)))
            k = j + 1
    merges.append(((len(rows) - 1, 0), (len(rows) - 1, 2)))
    table(d, rows, merges)


def _zhenlai_form_table(d: Any) -> None:
    name, unit = ZHENLAI_PROJECT, ZHENLAI_UNIT
    total = f"{form_total(ZHENLAI_FUNDS, ZHENLAI_IND):.2f}"
    rows = [
        ["项目名称", name, name, name, name, name, name, name],
        ["主管部门", unit, unit, unit, "实施单位", "镇赉县水利工程管理站", "镇赉县水利工程管理站", ""],
        ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    rows[1][7] = rows[1][6]
    for r in funds_rows(ZHENLAI_FUNDS):
        rows.append(["", *r])
    g = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    rows.append(["", ZHENLAI_GOAL, "", "", ZHENLAI_DONE, "", "", ""])
    i = len(rows)
    rows.append(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
    )
    for r in ZHENLAI_IND:
        rows.append(list(r))
    rows.append(["总分", "", "", "", "", "100", total, "自评等级：优"])
    merges = [
        ((0, 1), (0, 7)),
        ((1, 1), (1, 3)),
        ((1, 5), (1, 7)),
        ((2, 0), (g - 1, 0)),
        ((g, 0), (g + 1, 0)),
        ((g, 1), (g, 3)),
        ((g, 4), (g, 7)),
        ((g + 1, 1), (g + 1, 3)),
        ((g + 1, 4), (g + 1, 7)),
        ((len(rows) - 1, 0), (len(rows) - 1, 4)),
    ]
    for key in (0, 1):
        labels = [tuple(r[: key + 1]) for r in ZHENLAI_IND]
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                merges.append(((i + 1 + k, key), (i + 1 + j, key)))
            k = j + 1
    table(d, rows, merges)


def doc_zhenlai(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, f"{ZHENLAI_UNIT}2018年度部门整体支出绩效自评报告", 16)
    for kind, text in zhenlai_text():
        para(d, text, indent=kind == "p", bold=kind == "h")
    office.aligned(d, ZHENLAI_UNIT, "right")
    office.aligned(d, "2019年4月2日", "right")
    para(d, f"表1　{ZHENLAI_UNIT}2018年度部门整体支出绩效评价评分表", indent=False, bold=True)
    _zhenlai_score_table(d)
    para(d, "", indent=False)
    para(d, f"表2　{ZHENLAI_PROJECT}支出绩效自评表（2018年度）", indent=False, bold=True)
    _zhenlai_form_table(d)
    STAMP.save_docx(d, path)
    rows_total = scores(ZHENLAI_ROWS, 5)
    check(
        dec("2136.80") + dec("968.40") == dec("3105.20") == dec("2705.20") + dec("400.00")
        and dec("664.18") + dec("122.34") == dec("786.52")
        and dec("786.52") + dec("2225.94") == dec("3012.46")
        and rate("3012.46", "3105.20") == dec("97.01")
        and not_half("3012.46", "3105.20")
        and dec("3105.20") - dec("3012.46") == dec("92.74")
        and rate("968.40", "2136.80") == dec("45.32")
        and rate("92.74", "3105.20") <= 5
        and rate("18.6", "18") == dec("103.33")
        and weights(ZHENLAI_ROWS, 3) == 100
        and block_points(ZHENLAI_ROWS, 3) == {"投入": 20, "过程": 30, "产出": 30, "效果": 20}
        and all(dec(r[5]) <= dec(r[3]) for r in ZHENLAI_ROWS)
        and rows_total == dec(ZHENLAI_TOTAL) + 1
        and band(rows_total) == band(dec(ZHENLAI_TOTAL)) == "优"
        and funds_add_up(ZHENLAI_FUNDS)
        and rate("279.42", "286.00") == dec("97.70")
        and weights(ZHENLAI_IND) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in ZHENLAI_IND)
        and form_total(ZHENLAI_FUNDS, ZHENLAI_IND) == dec("94.77"),
        f"zhenlai {rows_total}",
    )


# =========================================================================== 5. zhanghuang (TXT, UTF-8 with a BOM and CRLF; a town's report; 人员 + 公用 ≠ 基本支出, E4)
ZHANGHUANG_UNIT = "浦北县张黄镇人民政府"
ZHANGHUANG_PUBLIC = "108.18"  # E4: 728.54 + 108.18 = 836.72, 10.00 under 基本支出 846.72 (118.18 meant)


def zhanghuang_text() -> str:
    check(
        dec("1268.40") + dec("386.25") == dec("1654.65") == dec("1546.65") + dec("108.00")
        and dec("846.72") + dec("765.66") == dec("1612.38")
        and dec("728.54") + dec(ZHANGHUANG_PUBLIC) == dec("846.72") - 10
        and rate("1612.38", "1654.65") == dec("97.45")
        and not_half("1612.38", "1654.65")
        and dec("1654.65") - dec("1612.38") == dec("42.27")
        and rate("846.72", "1612.38") == dec("52.51")
        and rate("836.72", "1612.38") != dec("52.51")
        and dec("8.10") - dec("1.26") == dec("6.84"),
        "zhanghuang",
    )
    lines = [
        f"{ZHANGHUANG_UNIT}2020年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "　　张黄镇人民政府内设党政综合办公室、经济发展办公室、社会事务办公室、社会治安综合治理办公室等7个办（中心），"
        "辖16个村（社区）。2020年末核定编制68人，实有在职人员64人。",
        "",
        "二、部门预算收支情况",
        "　　（一）预算收入。2020年县财政批复我镇年初预算1,268.40万元，年内追加386.25万元，调整后预算1,654.65万元。"
        "其中一般公共预算财政拨款1,546.65万元，政府性基金预算财政拨款108.00万元。",
        f"　　（二）预算支出。全年支出1,612.38万元，其中基本支出846.72万元（人员经费728.54万元，公用经费{ZHANGHUANG_PUBLIC}"
        "万元），项目支出765.66万元，基本支出占全年支出的52.51%。预算执行率97.45%，年末结转结余42.27万元。",
        "　　（三）“三公”经费。全年“三公”经费支出6.84万元，比上年的8.10万元减少1.26万元，全部为公务用车运行维护费和"
        "公务接待费。",
        "",
        "三、部门整体绩效目标完成情况",
        "　　（一）脱贫攻坚。全镇建档立卡贫困户1,126户全部达到脱贫标准；完成农村危房改造38户；向贫困户兑付产业奖补"
        "资金126.40万元。",
        "　　（二）基础设施。硬化村屯道路12.6公里，新建村级污水处理设施4座，修复灌溉水渠8.2公里。",
        "　　（三）产业发展。全镇百香果种植面积达到1.8万亩，较上年增加0.3万亩；新培育家庭农场9家。",
        "　　（四）社会事务。城乡居民基本医疗保险参保率98.6%；全年调处矛盾纠纷126宗，调处成功率96.8%。",
        "",
        "四、自评结论",
        "　　按照县财政局统一制定的乡镇部门整体支出绩效评价指标，我镇2020年度部门整体支出自评得分90.5分，自评等级为"
        "“优”。",
        "",
        "五、存在的问题",
        "　　1.年初预算编制不够完整，年内追加资金占调整后预算的比重较高。",
        "　　2.部分村级项目前期准备不足，资金支付集中在第四季度。",
        "",
        "六、改进措施",
        "　　1.提前谋划全年重点工作，将可预见的支出纳入年初预算。",
        "　　2.建立村级项目库，做好前期准备，均衡支出进度。",
        "",
        f"　　　　　　　　　　　　　　　　　　　　　　{ZHANGHUANG_UNIT}",
        "　　　　　　　　　　　　　　　　　　　　　　　　　2021年3月26日",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== 6. xingshan (HTML; a project report on the county portal; 88.6 graded 优 under its own scale, E5)
XINGSHAN_UNIT = "兴山县农业农村局"
XINGSHAN_PROJECT = "柑橘产业提质增效项目"
XINGSHAN_TITLE = f"{XINGSHAN_UNIT}2024年度{XINGSHAN_PROJECT}绩效自评报告"
XINGSHAN_PARTS = [
    ("项目决策", "20", "18"),
    ("项目过程", "20", "17.5"),
    ("项目产出", "40", "35.5"),
    ("项目效益", "20", "17.6"),
]


def xingshan_body() -> str:
    total = sum_money([s for _, _, s in XINGSHAN_PARTS])
    check(
        dec("320.00") + dec("180.00") == dec("500.00")
        and rate("468.75", "500.00") == dec("93.75")
        and dec("500.00") - dec("468.75") == dec("31.25")
        and 3200 * 800 == 2560000
        and sum_money([w for _, w, _ in XINGSHAN_PARTS]) == 100
        and all(dec(s) <= dec(w) for _, w, s in XINGSHAN_PARTS)
        and total == dec("88.6")
        and band(total) == "良"
        and rate("3200", "3000") == dec("106.67"),
        "xingshan",
    )
    weights_text = "、".join(f"{w}分" for _, w, _ in XINGSHAN_PARTS)
    scores_text = "、".join(f"{s}分" for _, _, s in XINGSHAN_PARTS)
    parts = [
        _h("一、项目基本情况"),
        _p(
            "柑橘是我县农业主导产业。为提升柑橘品质和效益，我局2024年实施柑橘产业提质增效项目，主要内容为低效柑橘园"
            "品种改良和树体改造、绿色防控技术推广、采后分选设施建设和果农技术培训。项目年度绩效目标为：改造低效"
            "柑橘园3,000亩以上，推广绿色防控技术1.2万亩以上，建成柑橘分选线2条。"
        ),
        _h("二、项目资金情况"),
        _p(
            "2024年县级年初预算安排项目资金320.00万元；年中省级财政下达柑橘产业发展资金，追加预算180.00万元，调整后"
            "预算500.00万元，其中省级资金180.00万元、县级资金320.00万元。截至2024年12月31日，项目支出468.75万元，"
            "预算执行率93.75%，结余31.25万元为分选线设备尾款，待设备验收合格后支付。"
        ),
        _p(
            "已支出资金中，按每亩800元标准向实施主体兑付低效园改造补助256.00万元，其余用于绿色防控物资采购、分选线"
            "建设和技术培训。"
        ),
        _h("三、绩效目标完成情况"),
        _p(
            "（一）产出。完成低效柑橘园改造3,200亩，完成计划的106.67%；推广绿色防控技术1.5万亩；建成柑橘分选线2条，"
            "日分选能力合计120吨；举办果农技术培训24期、860人次。"
        ),
        _p("（二）效益。改造果园优质果率提高到78%，带动果农1,350户，户均增收约3,200元。"),
        _p("（三）满意度。对150户果农开展问卷调查，满意度为94.6%。"),
        _h("四、自评情况"),
        _p(
            "按照县财政局项目支出绩效评价指标体系，项目决策、项目过程、项目产出和项目效益四类指标满分分别为"
            f"{weights_text}，本项目分别得{scores_text}，自评得分{total}分。根据评价办法，自评得分90分（含）以上为“优”，"
            "80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。本项目自评等级为“优”。"
        ),
        _h("五、存在的问题"),
        _p("（一）省级资金下达较晚，分选线设备采购和安装时间紧张，年底前未能完成验收。"),
        _p("（二）部分果农管理技术跟不上，改造后果园的后续管护不够到位。"),
        _h("六、改进措施"),
        _p("（一）提前开展设备选型和招标准备，资金下达后及时采购安装。"),
        _p("（二）组建技术服务小分队，对改造果园开展跟踪指导。"),
        _p(XINGSHAN_UNIT, "text-align: right;"),
        _p("2025年3月20日", "text-align: right;"),
    ]
    return "\n".join(parts)


def xingshan_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>' for n in ("首页", "走进兴山", "政务公开", "政务服务", "互动交流", "专题专栏")
    )
    info = "\n".join(
        f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{e}</td></tr>"
        for a, b, c, e in (
            ("索引号", "011041270/2025-03167", "分类", "财政预决算"),
            ("发布机构", XINGSHAN_UNIT, "发文日期", "2025-03-20"),
            ("名称", XINGSHAN_TITLE, "文号", ""),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{XINGSHAN_TITLE}-兴山县人民政府</title>
</head>
<body>
<div class="top"><span>兴山县人民政府门户网站</span> <a href="#">无障碍阅读</a> <a href="#">长者模式</a> <a href="#">手机版</a></div>
<div class="nav">{nav}</div>
<div class="position">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">法定主动公开内容</a> &gt;&gt; <a href="#">财政预决算</a></div>
<table class="xxgk-info">
{info}
</table>
<div class="article">
<h2>{XINGSHAN_TITLE}</h2>
<div class="meta">发布时间：2025-03-27 10:15　来源：{XINGSHAN_UNIT}　阅读次数：<span>132</span>　【字体：大 中 小】</div>
<div class="TRS_Editor">
{xingshan_body()}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：兴山县人民政府办公室　承办：兴山县融媒体中心</p>
<p>鄂ICP备05003327号　鄂公网安备42052602000134号　网站标识码：4205260016</p>
</div>
</body>
</html>
"""


# =========================================================================== 7. tonggu (PDF; a project report with its own form annexed: 年初 60.00 → 全年 510.00 by levels, no 追加)
TONGGU_UNIT = "铜鼓县林业局"
TONGGU_PROJECT = "油茶低产林改造项目"
TONGGU_FUNDS: Funds = [
    ("年度资金总额", "60.00", "510.00", "496.20"),
    ("其中：中央财政资金", E, "300.00", "292.40"),
    ("省级财政资金", E, "150.00", "146.20"),
    ("县级财政资金", "60.00", "60.00", "57.60"),
]
TONGGU_IND: list[Indicator] = [
    ("产出指标", "数量指标", "改造油茶低产林面积", "≥1.2万亩", "1.26万亩", "15", "15", ""),
    ("产出指标", "数量指标", "培训林农", "≥1000人次", "1150人次", "5", "5", ""),
    ("产出指标", "质量指标", "改造验收合格率", "≥95%", "96.8%", "10", "10", ""),
    ("产出指标", "时效指标", "改造任务完成时间", "2017年12月底前", "2017年12月", "10", "10", ""),
    ("产出指标", "成本指标", "亩均改造补助", "350元", "350元", "10", "10", ""),
    ("效益指标", "经济效益指标", "改造林分亩产鲜果提高", "≥30%", "35%", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动林农增收", "增加", "明显增加", "10", "9", "部分林分见效周期较长"),
    ("效益指标", "可持续影响指标", "油茶林管护机制", "健全", "基本健全", "10", "7", "部分农户管护投入不足"),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "87.5%", "10", "8", "补助兑付时间偏晚"),
]


def tonggu_text() -> Blocks:
    score = form_score(TONGGU_FUNDS)
    total = form_total(TONGGU_FUNDS, TONGGU_IND)
    return [
        ("h", "一、项目基本情况"),
        (
            "p",
            "油茶是我县重要的木本油料树种。为提高油茶林经营水平和产量，我局2017年实施油茶低产林改造项目，在全县9个"
            "乡镇开展低产油茶林垦复、修枝整形、补植补造和测土施肥，并组织林农技术培训。项目年度目标为改造油茶低产林"
            "1.2万亩以上，改造林分亩产鲜果提高30%以上。",
        ),
        ("h", "二、项目资金情况"),
        (
            "p",
            "年初县级预算安排配套资金60.00万元；年内中央财政下达油茶低产林改造补助资金300.00万元、省级财政下达"
            "150.00万元，全年预算510.00万元，实际到位资金510.00万元。",
        ),
        (
            "p",
            "全年支出496.20万元，预算执行率97.29%，结余13.80万元为2个乡镇验收后待兑付的补助资金。已支出资金中，按每亩"
            "350元标准向改造主体兑付补助441.00万元，其余用于技术培训、检查验收和苗木补植。",
        ),
        ("h", "三、绩效目标完成情况"),
        (
            "p",
            "（一）产出。完成油茶低产林改造1.26万亩，涉及9个乡镇、2,860户林农；经县级检查验收，改造合格率96.8%；举办"
            "林农技术培训23期、1,150人次。",
        ),
        ("p", "（二）效益。抽样测产显示，改造林分平均亩产鲜果较改造前提高35%，项目区林农户均增收约620元。"),
        ("p", "（三）满意度。对200户林农开展问卷调查，满意度为87.5%。"),
        ("h", "四、自评结论"),
        (
            "p",
            f"对照项目支出绩效自评指标逐项打分，本项目预算执行得分{score}分，绩效指标得分{scores(TONGGU_IND)}分，自评得分"
            f"{total}分，自评等级为“优”，自评表见附件。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）中央和省级资金下达时间较晚，补助兑付集中在年底，林农满意度受到影响。"),
        ("p", "（二）部分农户重改造、轻管护，改造后的后续管护投入不足。"),
        ("h", "六、改进措施"),
        ("p", "（一）提前组织申报和验收准备，资金到位后及时兑付补助。"),
        ("p", "（二）将后续管护纳入补助验收内容，引导农户加强管护。"),
        ("r", TONGGU_UNIT),
        ("r", "2018年3月15日"),
    ]


def doc_tonggu(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=58, creator="WPS Writer")
    p.title(f"{TONGGU_UNIT}\n2017年度{TONGGU_PROJECT}绩效自评报告", size=16)
    p.blocks(tonggu_text())
    pages = p.page
    p.new_page()
    p.left("附件", size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2017年度）", size=10)
    form_tables(
        p,
        TONGGU_PROJECT,
        TONGGU_UNIT,
        TONGGU_UNIT,
        TONGGU_FUNDS,
        "改造油茶低产林1.2万亩以上，改造林分亩产鲜果提高30%以上，带动林农增收。",
        "改造任务全部完成并通过县级检查验收，林分结构和长势明显改善。",
        TONGGU_IND,
        "优",
    )
    check(pages == 1 and p.page == 2, f"tonggu {pages} + 1 pages, not {p.page}")
    p.save()
    check(
        funds_add_up(TONGGU_FUNDS)
        and dec("300.00") + dec("150.00") + dec("60.00") == dec("510.00")
        and rate("496.20", "510.00") == dec("97.29")
        and not_half("496.20", "510.00")
        and dec("510.00") - dec("496.20") == dec("13.80")
        and 12600 * 350 == 4410000
        and dec("441.00") < dec("496.20")
        and weights(TONGGU_IND) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in TONGGU_IND)
        and form_total(TONGGU_FUNDS, TONGGU_IND) == dec("93.73"),
        "tonggu",
    )


# =========================================================================== 8. wangtongyue (PDF; a town's bare project form, one page: 年初 85.00 → 全年 126.40 by 当年 and 结转, no 追加)
WANGTONGYUE_UNIT = "饶阳县王同岳镇人民政府"
WANGTONGYUE_PROJECT = "农村人居环境整治提升项目"
WANGTONGYUE_FUNDS: Funds = [
    ("年度资金总额", "85.00", "126.40", "121.86"),
    ("其中：当年财政拨款", "85.00", "112.40", "108.26"),
    ("上年结转资金", E, "14.00", "13.60"),
    ("其他资金", E, E, E),
]
WANGTONGYUE_BLOCKS = {
    "产出指标": "产出指标（50分）",
    "效益指标": "效益指标（30分）",
    "满意度指标": "满意度指标（10分）",
}
WANGTONGYUE_IND: list[Indicator] = [
    ("产出指标", "数量指标", "改造农村户厕", "≥600户", "628户", "10", "10", ""),
    ("产出指标", "数量指标", "清理坑塘沟渠", "≥40处", "43处", "10", "10", ""),
    ("产出指标", "质量指标", "改厕验收合格率", "≥95%", "97.3%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "户厕改造完成时间",
        "2025年10月底前",
        "2025年11月15日",
        "10",
        "8",
        "部分村施工受秋收影响",
    ),
    ("产出指标", "成本指标", "户均改厕补助", "≤1200元", "1150元", "10", "10", ""),
    ("效益指标", "社会效益指标", "生活垃圾收运覆盖", "全覆盖", "全覆盖", "10", "10", ""),
    ("效益指标", "生态效益指标", "村容村貌", "明显改善", "明显改善", "10", "10", ""),
    ("效益指标", "可持续影响指标", "长效管护机制", "健全", "基本健全", "10", "8", "村级保洁员待遇偏低"),
    (
        "满意度指标",
        "服务对象满意度指标",
        "群众满意度",
        "≥90%",
        "92.6%",
        "10",
        "9",
        "个别群众对厕具质量有意见",
    ),
]
WANGTONGYUE_GOAL = (
    "全镇村庄生活垃圾收运全覆盖，改造农村户厕600户以上，清理村内坑塘沟渠40处以上，村庄清洁行动全覆盖。"
)
WANGTONGYUE_DONE = (
    "全镇生活垃圾实现日产日清，改造农村户厕628户，清理坑塘沟渠43处，新增村庄绿化面积1.6万平方米，村庄清洁行动"
    "覆盖全部28个村。"
)


def doc_wangtongyue(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=9, margin=42, creator="WPS 表格")
    p.title("项目支出绩效自评表", size=15)
    p.center("（2025年度）", size=10)
    form_tables(
        p,
        WANGTONGYUE_PROJECT,
        WANGTONGYUE_UNIT,
        WANGTONGYUE_UNIT,
        WANGTONGYUE_FUNDS,
        WANGTONGYUE_GOAL,
        WANGTONGYUE_DONE,
        WANGTONGYUE_IND,
        "优",
        blocks=WANGTONGYUE_BLOCKS,
    )
    p.left(f"填报单位（盖章）：{WANGTONGYUE_UNIT}　　　联系人：刘××　　　填报日期：2026年2月27日", size=9)
    check(p.page == 1, f"wangtongyue on one page, not {p.page}")
    p.save()
    blocks = block_points(WANGTONGYUE_IND, 5)
    check(
        funds_add_up(WANGTONGYUE_FUNDS)
        and rate("121.86", "126.40") == dec("96.41")
        and not_half("121.86", "126.40")
        and form_score(WANGTONGYUE_FUNDS) == "9.64"
        and blocks == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
        and all(dec(r[6]) <= dec(r[5]) for r in WANGTONGYUE_IND)
        and form_total(WANGTONGYUE_FUNDS, WANGTONGYUE_IND) == dec("94.64")
        and 628 * 1150 < 1218600,
        "wangtongyue",
    )


# =========================================================================== 9. huguan (PDF; a project report and its 项目支出绩效评价评分表, the score stated in both)
HUGUAN_UNIT = "壶关县交通运输局"
HUGUAN_PROJECT = "农村公路养护项目"
HUGUAN_BLOCKS = {
    "决策": "决策（15分）",
    "过程": "过程（25分）",
    "产出": "产出（40分）",
    "效益": "效益（20分）",
}
HUGUAN_ROWS: list[ScoreRow] = [
    ("决策", "项目立项", "立项依据充分性", "3", "符合行业规划和部门职责得3分，否则不得分", "3", ""),
    ("决策", "项目立项", "立项程序规范性", "3", "程序完整规范得3分，每缺1项扣1分", "3", ""),
    ("决策", "绩效目标", "绩效目标合理性", "3", "3分", "3", ""),
    ("决策", "绩效目标", "绩效指标明确性", "3", "3分", "2", ""),
    ("决策", "资金投入", "预算编制科学性", "3", "测算依据充分、与任务量匹配得3分", "3", ""),
    ("过程", "资金管理", "资金到位率", "5", "到位率100%得5分，每低1个百分点扣0.5分", "5", ""),
    ("过程", "资金管理", "预算执行率", "5", "≥95%得满分，每低1%扣0.2分", "5", ""),
    ("过程", "资金管理", "资金使用合规性", "5", "每发现1例违规扣1分，扣完为止", "5", ""),
    ("过程", "组织实施", "管理制度健全性", "5", "制度健全得5分，每缺1项扣1分", "4", ""),
    ("过程", "组织实施", "制度执行有效性", "5", "执行有效得5分，每发现1处问题扣0.5分", "4.5", ""),
    ("产出", "产出数量", "养护里程完成率", "10", "完成率100%得10分，每低1个百分点扣0.5分", "10", ""),
    ("产出", "产出数量", "危桥改造数量", "5", "完成3座得5分，每少1座扣2分", "5", ""),
    ("产出", "产出质量", "优良中等路率", "10", "≥80%得10分，每低1个百分点扣0.5分", "9.3", ""),
    ("产出", "产出时效", "病害处置及时性", "5", "处置及时得5分，每发现1处不及时扣0.5分", "5", ""),
    ("产出", "产出成本", "每公里养护成本", "10", "≤1.4万元/公里得10分，超出部分按比例扣分", "10", ""),
    ("效益", "项目效益", "农村公路通行条件", "5", "明显改善得5分，有所改善得3分", "5", ""),
    ("效益", "项目效益", "长效养护机制", "5", "健全得5分，基本健全得3分，不健全不得分", "3", ""),
    ("效益", "满意度", "沿线群众满意度", "10", "≥90%得10分，80%（含）—90%得8分，80%以下得5分", "8", ""),
]


def huguan_parts() -> list[Decimal]:
    blocks: dict[str, Decimal] = {}
    for r in HUGUAN_ROWS:
        blocks[r[0]] = blocks.get(r[0], Decimal(0)) + dec(r[5])
    return list(blocks.values())


def huguan_text() -> Blocks:
    parts = [f"{x.normalize()}分" for x in huguan_parts()]
    return [
        ("h", "一、项目概况"),
        (
            "p",
            "全县农村公路总里程1,826公里，其中县道312公里、乡道486公里、村道1,028公里。2023年农村公路养护项目计划完成"
            "日常养护480公里，改造危桥3座，重点修补路面坑槽、沉陷等病害，保障农村公路安全畅通。",
        ),
        ("h", "二、项目资金情况"),
        (
            "p",
            "2023年年初预算280.00万元，年中追加省级农村公路养护补助资金420.00万元，调整后预算700.00万元，其中省级资金"
            "420.00万元、县级资金280.00万元，资金已全部到位。全年支出672.84万元，预算执行率96.12%，结余27.16万元为"
            "危桥改造工程质量保证金。",
        ),
        ("h", "三、绩效目标完成情况"),
        (
            "p",
            "（一）产出。全年完成农村公路日常养护486.6公里，为计划480公里的101.4%；完成危桥改造3座；修补路面坑槽、沉陷"
            "1.86万平方米，清理边沟320公里。",
        ),
        (
            "p",
            "（二）质量和效益。经县级路况检测，农村公路优良中等路率78.6%，较上年提高3.2个百分点；全年未发生因路况原因"
            "引起的交通安全事故。",
        ),
        ("p", "（三）满意度。对沿线280户群众开展问卷调查，满意度为88.4%。"),
        ("h", "四、自评结论"),
        (
            "p",
            f"对照项目支出绩效评价评分表逐项打分，项目决策、项目过程、项目产出和项目效益分别得{'、'.join(parts[:3])}和"
            f"{parts[3]}，综合评分{sum(huguan_parts())}分，评价等级为“优”，评分表附后。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）优良中等路率未达到80%的年度目标，部分村道路面老化较快。"),
        ("p", "（二）乡村两级养护责任落实不够，长效养护机制尚未完全建立。"),
        ("h", "六、改进措施"),
        ("p", "（一）优先安排路况较差的村道开展预防性养护，逐步提高优良中等路率。"),
        ("p", "（二）推行“路长制”，将养护责任落实到乡镇和村。"),
        ("r", HUGUAN_UNIT),
        ("r", "2024年3月29日"),
    ]


def doc_huguan(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=62, creator="Microsoft® Word 2013")
    p.title(f"{HUGUAN_UNIT}\n2023年度{HUGUAN_PROJECT}绩效自评报告", size=16)
    p.blocks(huguan_text())
    pages = p.page
    p.new_page()
    p.left("附表", size=11)
    p.title(f"{HUGUAN_PROJECT}支出绩效评价评分表", size=13)
    rows: list[list[Cell]] = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]]
    rows += [r[:6] for r in score_rows(HUGUAN_ROWS, HUGUAN_BLOCKS)]
    rows.append([("总分", 3), "100", "", f"{sum(huguan_parts())}"])
    p.ptable(
        rows,
        [10, 11, 17, 6, 46, 8],
        size=9,
        align=["l", "l", "l", "c", "l", "c"],
        vmerge=(0, 1),
    )
    check(pages == 1 and p.page == 2, f"huguan {pages} + 1 pages, not {p.page}")
    p.save()
    check(
        dec("280.00") + dec("420.00") == dec("700.00")
        and rate("672.84", "700.00") == dec("96.12")
        and dec("700.00") - dec("672.84") == dec("27.16")
        and rate("486.6", "480") == dec("101.38")
        and 312 + 486 + 1028 == 1826
        and (dec("672.84") / dec("486.6")) < dec("1.4")
        and dec("10") - dec("0.5") * (80 - dec("78.6")) == dec("9.3")
        and weights(HUGUAN_ROWS, 3) == 100
        and block_points(HUGUAN_ROWS, 3) == {"决策": 15, "过程": 25, "产出": 40, "效益": 20}
        and all(dec(r[5]) <= dec(r[3]) for r in HUGUAN_ROWS)
        and huguan_parts() == [dec("14"), dec("23.5"), dec("39.3"), dec("16")]
        and sum(huguan_parts()) == dec("92.8"),
        "huguan",
    )


# =========================================================================== 10. changling (XLSX; a bare project form and a 评分说明 sheet whose rules explain the partial scores)
CHANGLING_UNIT = "长岭县农业农村局"
CHANGLING_PROJECT = "黑土地保护利用项目"
CHANGLING_FUNDS: Funds = [
    ("年度资金总额", E, "1,200.00", "1,171.58"),
    ("其中：中央财政资金", E, "1,000.00", "976.30"),
    ("县级财政资金", E, "200.00", "195.28"),
]
CHANGLING_IND: list[Indicator] = [
    (
        "产出指标",
        "数量指标",
        "黑土地保护利用面积",
        "≥30万亩",
        "28.5万亩",
        "15",
        "14.25",
        "部分地块因春季干旱未能按期作业",
    ),
    ("产出指标", "数量指标", "秸秆还田面积", "≥20万亩", "20.6万亩", "10", "10", ""),
    ("产出指标", "数量指标", "增施有机肥面积", "≥5万亩", "5.2万亩", "5", "5", ""),
    ("产出指标", "质量指标", "耕地质量监测点", "≥24个", "24个", "10", "10", ""),
    ("产出指标", "时效指标", "作业完成时间", "2019年10月31日前", "2019年11月10日", "5", "3", "秋收推迟"),
    ("产出指标", "成本指标", "亩均补助", "≤42元", "41.11元", "5", "5", ""),
    ("效益指标", "生态效益指标", "土壤有机质含量", "提高", "提高0.12个百分点", "15", "15", ""),
    ("效益指标", "可持续影响指标", "黑土地保护长效机制", "初步建立", "初步建立", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "91.2%", "10", "10", ""),
]
CHANGLING_GOAL = (
    "实施黑土地保护利用30万亩以上，其中秸秆还田20万亩以上、增施有机肥5万亩以上，建立耕地质量监测点24个。"
)
CHANGLING_DONE = (
    "完成黑土地保护利用28.5万亩，其中秸秆还田20.6万亩、增施有机肥5.2万亩，建成耕地质量监测点24个，项目区"
    "耕地质量稳步提升。"
)
CHANGLING_RULES = [
    "1.预算执行率得分=全年执行数÷全年预算数×10分，保留两位小数。",
    "2.定量指标：实际完成值达到年度指标值的得满分；未达到的，按实际完成值÷年度指标值×该指标分值计分。",
    "3.时效指标：按期完成得满分，每推迟10天扣2分，扣完为止。",
    "4.定性指标：达到预期得满分，基本达到得该指标分值的80%，未达到不得分。",
    "5.自评等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
]


def doc_changling(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    _xl_widths(ws)
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2019年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "项目名称", center=True, merge_to="B3")
    xl_put(ws, "C3", CHANGLING_PROJECT, merge_to="I3")
    xl_put(ws, "A4", "主管部门", center=True, merge_to="B4")
    xl_put(ws, "C4", CHANGLING_UNIT, merge_to="E4")
    xl_put(ws, "F4", "实施单位", center=True, merge_to="G4")
    xl_put(ws, "H4", "长岭县农业技术推广中心", merge_to="I4")
    _, _, whole, done = CHANGLING_FUNDS[0]
    row = _xl_funds(ws, 5, "项目资金（万元）", CHANGLING_FUNDS, rate(done, whole))
    row = _xl_goal(ws, row, CHANGLING_GOAL, CHANGLING_DONE)
    total = form_total(CHANGLING_FUNDS, CHANGLING_IND)
    row = _xl_indicators(ws, row, CHANGLING_IND, total, band(total))
    xl_put(ws, f"A{row}", "注：评分方法见“评分说明”工作表。", merge_to=f"I{row}", border=False)
    xl_put(
        ws,
        f"A{row + 1}",
        f"填报单位（盖章）：{CHANGLING_UNIT}　　填报人：孙××　　填报日期：2020年3月6日",
        merge_to=f"I{row + 1}",
        border=False,
    )
    rules = wb.create_sheet("评分说明")
    rules.column_dimensions["A"].width = 96
    xl_put(rules, "A1", "项目支出绩效自评评分说明", bold=True, size=12, center=True, border=False)
    for r, line in enumerate(CHANGLING_RULES, 2):
        xl_put(rules, f"A{r}", line, border=False)
    STAMP.save_xlsx(wb, path)
    check(
        funds_add_up(CHANGLING_FUNDS, (2, 3))
        and rate("1171.58", "1200.00") == dec("97.63")
        and not_half("1171.58", "1200.00")
        and form_score(CHANGLING_FUNDS) == "9.76"
        and dec("15") * dec("28.5") / 30 == dec("14.25")
        and weights(CHANGLING_IND) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in CHANGLING_IND)
        and (dec("11715800") / dec("285000")).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("41.11")
        and total == dec("97.01"),
        f"changling {total}",
    )


# =========================================================================== 11. jiaxiang (DOCX; a project report with its form as a Word table after the text; no 年初)
JIAXIANG_UNIT = "嘉祥县农业农村局"
JIAXIANG_PROJECT = "小麦“一喷三防”项目"
JIAXIANG_FUNDS: Funds = [
    ("年度资金总额", E, "620.00", "611.94"),
    ("其中：中央财政资金", E, "480.00", "474.30"),
    ("省级财政资金", E, "140.00", "137.64"),
    ("县级财政资金", E, E, E),
]
JIAXIANG_IND: list[Indicator] = [
    ("产出指标", "数量指标", "统防统治作业面积", "≥60万亩", "61.8万亩", "15", "15", ""),
    ("产出指标", "数量指标", "培训农民", "≥2000人次", "2400人次", "5", "5", ""),
    ("产出指标", "质量指标", "病虫害防治效果", "≥85%", "88.6%", "10", "10", ""),
    ("产出指标", "时效指标", "喷防作业完成时间", "5月20日前", "5月18日", "10", "10", ""),
    ("产出指标", "成本指标", "亩均补助", "≤10元", "9.90元", "10", "10", ""),
    ("效益指标", "经济效益指标", "病虫危害损失率", "≤5%", "3.8%", "10", "10", ""),
    ("效益指标", "社会效益指标", "小麦单产", "较上年提高", "提高12公斤", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "专业化统防统治覆盖率",
        "≥40%",
        "38.5%",
        "10",
        "8",
        "部分地块分散，难以统一作业",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "种植户满意度",
        "≥95%",
        "93.6%",
        "10",
        "9",
        "个别村作业时间安排不合理",
    ),
]


def jiaxiang_text() -> list[tuple[str, str]]:
    total = form_total(JIAXIANG_FUNDS, JIAXIANG_IND)
    return [
        ("h", "一、项目概况"),
        (
            "p",
            "全县小麦播种面积63.2万亩。为减轻小麦中后期病虫危害、预防干热风，2022年我县实施小麦“一喷三防”项目，统一"
            "采购杀虫剂、杀菌剂和叶面肥，由专业化服务组织和种植大户实施喷防作业。项目年度目标为：完成统防统治作业"
            "60万亩以上，病虫危害损失率控制在5%以内。",
        ),
        ("h", "二、项目资金情况"),
        (
            "p",
            "本项目资金由中央和省级财政安排，未列入年初部门预算。2022年4月，中央财政下达小麦“一喷三防”补助资金"
            "480.00万元，省级财政下达140.00万元，全年预算620.00万元。全年支出611.94万元，执行率98.70%，结余8.06万元"
            "已按规定收回县财政。",
        ),
        ("h", "三、绩效目标完成情况"),
        (
            "p",
            "（一）产出。完成小麦“一喷三防”作业61.8万亩，组织专业化服务组织42个，出动植保无人机1,260架次；举办技术"
            "培训36期、2,400人次。",
        ),
        ("p", "（二）效益。经测产，全县小麦平均单产492公斤，较上年提高12公斤；病虫危害损失率为3.8%。"),
        ("p", "（三）满意度。对300户种植户开展问卷调查，满意度为93.6%。"),
        ("h", "四、自评结论"),
        (
            "p",
            f"对照项目绩效目标和评分标准逐项评分，本项目自评得分{total}分，自评等级为“优”，项目支出绩效自评表附后。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）部分地块分散、地头窄小，大型植保机械和无人机作业不便，统防统治覆盖率未达到目标。"),
        ("p", "（二）个别村作业时间安排与农户用工冲突，群众满意度有待提高。"),
        ("h", "六、改进措施"),
        ("p", "（一）扶持专业化服务组织购置小型植保机械，提高分散地块作业能力。"),
        ("p", "（二）提前公示作业时间和地块，做好与农户的沟通衔接。"),
    ]


def word_form(
    d: Any,
    name: str,
    unit: str,
    implementer: str,
    funds: Funds,
    goal: str,
    done: str,
    rows: Sequence[Indicator],
    grade: str,
) -> None:
    """A central-template 项目支出绩效自评表 as one Word grid table of 8 columns with merged cells."""
    total = f"{form_total(funds, rows):.2f}"
    grid = [
        ["项目名称"] + [name] * 7,
        ["主管部门", unit, unit, unit, "实施单位", implementer, implementer, implementer],
        ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for r in funds_rows(funds):
        grid.append(["", *r])
    g = len(grid)
    grid.append(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    grid.append(["", goal, "", "", done, "", "", ""])
    i = len(grid)
    grid.append(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
    )
    for r in rows:
        grid.append(list(r))
    grid.append(["总分", "", "", "", "", "100", total, f"自评等级：{grade}"])
    merges = [
        ((0, 1), (0, 7)),
        ((1, 1), (1, 3)),
        ((1, 5), (1, 7)),
        ((2, 0), (g - 1, 0)),
        ((g, 0), (g + 1, 0)),
        ((g, 1), (g, 3)),
        ((g, 4), (g, 7)),
        ((g + 1, 1), (g + 1, 3)),
        ((g + 1, 4), (g + 1, 7)),
        ((len(grid) - 1, 0), (len(grid) - 1, 4)),
    ]
    for key in (0, 1):
        labels = [tuple(r[: key + 1]) for r in rows]
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                merges.append(((i + 1 + k, key), (i + 1 + j, key)))
            k = j + 1
    table(d, grid, merges)


def doc_jiaxiang(path: Path) -> None:
    from docx.shared import Pt

    d = STAMP.new_docx()
    office.centred_title(d, f"{JIAXIANG_UNIT}2022年度{JIAXIANG_PROJECT}绩效自评报告", 16)
    for kind, text in jiaxiang_text():
        para(d, text, indent=kind == "p", bold=kind == "h")
    office.aligned(d, JIAXIANG_UNIT, "right")
    office.aligned(d, "2023年3月10日", "right")
    d.add_page_break()
    office.centred_title(d, "项目支出绩效自评表", 14)
    office.aligned(d, "（2022年度）", "center")
    word_form(
        d,
        JIAXIANG_PROJECT,
        JIAXIANG_UNIT,
        "嘉祥县农业技术推广站",
        JIAXIANG_FUNDS,
        "完成小麦统防统治作业60万亩以上，病虫危害损失率控制在5%以内，保障夏粮丰收。",
        "喷防作业按期完成，病虫害得到有效控制，夏粮实现丰收。",
        JIAXIANG_IND,
        "优",
    )
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
    STAMP.save_docx(d, path)
    check(
        funds_add_up(JIAXIANG_FUNDS, (2, 3))
        and rate("611.94", "620.00") == dec("98.70")
        and dec("620.00") - dec("611.94") == dec("8.06")
        and (dec("6119400") / dec("618000")).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("9.90")
        and weights(JIAXIANG_IND) == 90
        and all(dec(r[6]) <= dec(r[5]) for r in JIAXIANG_IND)
        and form_total(JIAXIANG_FUNDS, JIAXIANG_IND) == dec("96.87"),
        "jiaxiang",
    )


# =========================================================================== 12. zhenjiang (PDF; a 市直 bureau's project report: a 三线表 of sub-items, an interim figure, last year's)
ZHENJIANG_UNIT = "镇江市水利局"
ZHENJIANG_PROJECT = "防汛防旱应急保障项目"
ZHENJIANG_ITEMS = [  # 子项目, 全年预算数, 全年支出数 (万元)
    ("防汛物资储备及更新", "486.00", "472.36"),
    ("防汛抢险队伍建设及演练", "268.00", "261.45"),
    ("水文监测站网运行维护", "412.00", "398.72"),
    ("汛期应急抢险", "340.00", "330.18"),
    ("防汛会商系统运行维护", "94.00", "85.91"),
]


def zhenjiang_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["子项目", "全年预算数", "全年支出数", "执行率"]]
    rows += [[n, b, d, pct(d, b)] for n, b, d in ZHENJIANG_ITEMS]
    budget = money(sum_money([b for _, b, _ in ZHENJIANG_ITEMS]))
    spent = money(sum_money([d for _, _, d in ZHENJIANG_ITEMS]))
    rows.append(["合计", budget, spent, pct(spent, budget)])
    return rows


ZHENJIANG_TEXT_A: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "防汛防旱应急保障项目用于全市防汛物资储备和更新、防汛抢险队伍建设和演练、水文监测站网运行维护、汛期应急"
        "抢险和防汛会商系统运行维护。项目年度目标为：市级防汛物资储备达到定额标准，组织防汛实战演练不少于4场次，"
        "水文站网运行率98%以上。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2023年市财政年初安排项目预算1,260.00万元，主汛期追加防汛应急抢险经费340.00万元，调整后预算1,600.00万元，"
        "全部为一般公共预算资金。截至9月30日汛期结束，项目已支出1,236.40万元，占全年预算的77.3%。全年支出"
        "1,548.62万元，预算执行率96.79%，年末结余51.38万元。全年支出较2022年的1,462.30万元增加86.32万元。各子项目"
        "预算和支出情况见表1。",
    ),
]
ZHENJIANG_TEXT_B: Blocks = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "（一）防汛物资。新购和更新编织袋12万条、救生衣860件、抢险照明设备42台套，市级防汛物资储备达到定额标准。",
    ),
    ("p", "（二）抢险队伍。组建市级防汛抢险队伍6支、队员420人，组织防汛实战演练5场次、参演1,380人次。"),
    ("p", "（三）水文监测。维护水文、水位、雨量站点186个，站网运行率99.2%，全年发布水情信息2,460期。"),
    (
        "p",
        "（四）应急抢险。汛期处置堤防渗漏、管涌等险情17处，全市未发生因洪涝灾害造成的人员伤亡。年末对120个防汛"
        "责任单位开展问卷调查，满意度为96.2%。",
    ),
    ("h", "四、自评结论"),
    ("p", "按照项目支出绩效评价指标体系进行自评，本项目自评得分95.2分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）防汛会商系统运行维护合同签订较晚，部分运维费用未在年内支付。"),
    ("p", "（二）部分防汛物资仓库条件简陋，物资保管难度较大。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前做好运维服务采购，按合同约定及时支付。"),
    ("p", "（二）逐步改造市级防汛物资仓库，推行物资信息化管理。"),
    ("r", ZHENJIANG_UNIT),
    ("r", "2024年4月16日"),
]


def doc_zhenjiang(path: Path) -> None:
    p = Pdf(path, footer_style="slash", total=2, size=12, margin=62, creator="Microsoft® Word 2016")
    p.title(f"{ZHENJIANG_UNIT}\n2023年度{ZHENJIANG_PROJECT}绩效自评报告", size=16)
    p.blocks(ZHENJIANG_TEXT_A)
    rows = zhenjiang_rows()
    p.ptable(
        rows,
        [40, 20, 20, 14],
        rules="three",
        size=10.5,
        align=["l", "r", "r", "r"],
        caption="表1　2023年防汛防旱应急保障项目资金使用情况",
        unit="单位：万元",
        one_line=range(len(rows)),
    )
    p.blocks(ZHENJIANG_TEXT_B)
    check(p.page == 2, f"zhenjiang on two pages, not {p.page}")
    p.save()
    check(
        rows[-1][1:] == ["1,600.00", "1,548.62", "96.79%"]
        and dec("1260.00") + dec("340.00") == dec("1600.00")
        and rate("1548.62", "1600.00") == dec("96.79")
        and not_half("1548.62", "1600.00")
        and dec("1600.00") - dec("1548.62") == dec("51.38")
        and rate("1236.40", "1600.00") == dec("77.28")
        and (dec("1236.40") / dec("1600.00") * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("77.3")
        and dec("1548.62") - dec("1462.30") == dec("86.32")
        and all(not_half(d, b) for _, b, d in ZHENJIANG_ITEMS),
        f"zhenjiang {rows[-1]}",
    )


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "yihuang-nongye-2022.pdf": doc_yihuang,
        "xingtai-shuili-2019.pdf": doc_xingtai,
        "zuoquan-weijian-2021.xlsx": doc_zuoquan,
        "zhenlai-shuili-2018.docx": doc_zhenlai,
        "zhanghuang-zhen-2020.txt": lambda p: write_text(
            p, zhanghuang_text(), encoding="utf-8-sig", newline="\r\n"
        ),
        "xingshan-ganju-2024.html": lambda p: write_text(p, xingshan_html()),
        "tonggu-youcha-2017.pdf": doc_tonggu,
        "wangtongyue-renju-2025.pdf": doc_wangtongyue,
        "huguan-gonglu-2023.pdf": doc_huguan,
        "changling-heitudi-2019.xlsx": doc_changling,
        "jiaxiang-xiaomai-2022.docx": doc_jiaxiang,
        "zhenjiang-fanghong-2023.pdf": doc_zhenjiang,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
