#!/usr/bin/env python3
"""Regenerate the heldout41 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout41/make_heldout41.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML, Markdown and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the DOCX and XLSX
are re-zipped with a fixed entry date and fixed core-property dates (tests/corpora/builder/office_kit); the HTML
page and the Markdown file are UTF-8 without BOM with LF, the TXT file UTF-8 with a BOM and CRLF (a Notepad save).
The batch is "a fourth mixed bag shaped like a hidden test set, narrative-heavy": reports as county, district and
prefecture portals publish them, from a 乡镇 and a 街道 up to a 州 bureau, 2015–2025, with money arriving through
verbs (下达, 拨付, 支付, 批复, 到位, 兑付), achievements written many ways, figures that are not achievements (plans,
last year's figures, standards per head, stocks, totals a share is taken of, other units' money), problems and next
steps under different headings, scores and grades in different wordings (and one report with neither), scales
printed beside scores, and three forms. Five real inconsistencies are planted, one per document, family and
format; the traps look wrong and are right.
Every sentence and figure below is invented; place names are real.
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

FONT = "WQY41"
FIXED_DT = datetime.datetime(2027, 7, 14, 9, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=6)
E = "—"
W = Decimal(10000)
NO_LINE_START = "，。、；：！？）》”%"

Cell = Any  # a str, or (str, colspan)
Merges = dict[tuple[int, int], tuple[int, int]]  # (row, col) -> (rowspan, colspan)
Blocks = list[tuple[str, str]]


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


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, footer styles (or none), a running header from a given page, wrapping that
    keeps closing punctuation on its line, right-aligned lines, simple tables (ruled grid or three-line, a cell may
    span columns) and ruled grids with merged cells."""

    def __init__(
        self,
        path: Path,
        footer_style: str | None = "dash",
        total: int = 0,
        creator: str = "WPS Writer",
        header: str | None = None,
        header_from: int = 1,
        **layout: Any,
    ) -> None:
        self.footer_style = footer_style
        self.total = total
        self.header_from = header_from
        super().__init__(path, fonts.zenhei(FONT), header=header, footer=footer_style is not None, **layout)
        self.top = self.H - self.m - (18 if header and header_from <= 1 else 0)
        self.y = self.top
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        c = self.c
        if self.header and self.page >= self.header_from:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is not None:
            n = self.page
            text = {
                "dash": f"- {n} -",
                "of": f"第 {n} 页 共 {self.total} 页",
                "page": f"第 {n} 页",
                "slash": f"{n}/{self.total}",
            }[self.footer_style]
            c.setFont(self.font, 10)
            c.drawCentredString(self.W / 2, self.m - 24, text)

    def new_page(self) -> None:
        super().new_page()
        self.top = self.H - self.m - (18 if self.header and self.page >= self.header_from else 0)
        self.y = self.top

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

    def blocks(self, blocks: Sequence[tuple[str, str]]) -> None:
        for kind, text in blocks:
            if kind == "h":
                self.heading(text)
            elif kind == "p":
                self.para(text)
            elif kind == "l":
                self.para(text, indent=False)
            elif kind == "c":
                self.center(text, size=self.size - 0.5)
            elif kind == "r":
                self.right(text, size=self.size - 1)
            else:
                raise ValueError(kind)

    def table(
        self,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        style: str = "grid",
        size: float = 9,
        header_rows: int = 1,
        align: Sequence[str] | None = None,
        caption: str | None = None,
        unit: str | None = None,
    ) -> None:
        """rows: lists of cells, a cell a str or (str, colspan); style `grid` or `three`; kept on one page with
        its caption and unit line."""
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.45
        c = self.c

        def cells_of(row: Sequence[Cell]) -> list[tuple[str, int, int, float]]:
            out, col = [], 0
            for cell in row:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                out.append((text, col, span, sum(ws[col : col + span])))
                col += span
            check(col == len(ws), f"row of {col} columns: {row}")
            return out

        def row_h(row: Sequence[Cell]) -> float:
            return max(
                (len(wrap_cjk(t, self.font, w - 2 * pad, size)) if t else 1) * lead + 2 * pad
                for t, _, _, w in cells_of(row)
            )

        height = sum(row_h(r) for r in rows) + (10.5 * 1.8 if caption else 0) + (9 * 1.8 if unit else 0)
        if self.y - height < self.bottom:
            self.new_page()
        check(self.y - height >= self.bottom, "table does not fit on a page")
        if caption:
            self.center(caption, size=10.5)
        if unit:
            self.right(unit, size=9)
        if style == "three":
            c.setLineWidth(1.2)
            c.line(self.m, self.y, self.m + self.cw, self.y)
        for ri, row in enumerate(rows):
            h = row_h(row)
            for text, col, span, w in cells_of(row):
                x = self.m + sum(ws[:col])
                if style == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h, w, h)
                lines = wrap_cjk(text, self.font, w - 2 * pad, size) if text else []
                c.setFont(self.font, size)
                a = align[col] if align and span == 1 else "l"
                for n, line in enumerate(lines):
                    yy = self.y - pad - size - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
            self.y -= h
            if style == "three" and ri == header_rows - 1:
                c.setLineWidth(0.6)
                c.line(self.m, self.y, self.m + self.cw, self.y)
        if style == "three":
            c.setLineWidth(1.2)
            c.line(self.m, self.y, self.m + self.cw, self.y)
        self.y -= 8

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        merges: Merges | None = None,
        size: float = 9,
        align: Sequence[str] | None = None,
    ) -> None:
        """A ruled table on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one
        cell over the area (its text centred vertically)."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
        covered = {
            (rr, cc)
            for (r, col), (rs, cs) in merges.items()
            for rr in range(r, r + rs)
            for cc in range(col, col + cs)
            if (rr, cc) != (r, col)
        }

        def lines_of(r: int, col: int) -> list[str]:
            w = sum(ws[col : col + merges.get((r, col), (1, 1))[1]])
            text = rows[r][col]
            return wrap_cjk(text, self.font, w - 2 * pad, size) if text else []

        heights = []
        for r in range(len(rows)):
            check(len(rows[r]) == len(ws), f"grid row {r} has {len(rows[r])} cells")
            h = lead + 2 * pad
            for col in range(len(ws)):
                if (r, col) in covered or merges.get((r, col), (1, 1))[0] > 1:
                    continue
                h = max(h, len(lines_of(r, col)) * lead + 2 * pad)
            heights.append(h)
        for (r, col), (rs, _cs) in sorted(merges.items()):
            need = len(lines_of(r, col)) * lead + 2 * pad
            have = sum(heights[r : r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
        if self.y - sum(heights) < self.bottom - 1:
            self.new_page()
        check(self.y - sum(heights) >= self.bottom - 1, "grid does not fit on a page")
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        c = self.c
        for r in range(len(rows)):
            for col in range(len(ws)):
                if (r, col) in covered:
                    continue
                rs, cs = merges.get((r, col), (1, 1))
                w = sum(ws[col : col + cs])
                h = sum(heights[r : r + rs])
                x, top = self.m + sum(ws[:col]), tops[r]
                c.setLineWidth(0.5)
                c.rect(x, top - h, w, h)
                lines = lines_of(r, col)
                y0 = top - pad - size
                if rs > 1:
                    y0 -= (h - 2 * pad - len(lines) * lead) / 2
                a = (align[col] if align else "l") if cs == 1 else "l"
                c.setFont(self.font, size)
                for n, line in enumerate(lines):
                    yy = y0 - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
        self.y -= sum(heights) + 8


def level_merges(indicators: Sequence[Sequence[Any]], first: int, col0: int = 1) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (starting at row `first`, labels in columns col0 and
    col0 + 1) down their runs."""
    merges: Merges = {}
    for key in (0, 1):
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and tuple(indicators[j + 1][: key + 1]) == tuple(
                indicators[k][: key + 1]
            ):
                j += 1
            if j > k:
                merges[(first + k, col0 + key)] = (j - k + 1, 1)
            k = j + 1
    return merges


class Rows:
    """A printed form built row by row, with its merges."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.merges: Merges = {}

    def add(self, row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            self.merges[(len(self.rows), col)] = sp
        self.rows.append(row)


def indicator_total(exec_points: str, indicators: Sequence[Sequence[Any]], col: int) -> Decimal:
    """The execution line's score plus the rows' scores (column `col`)."""
    return dec(exec_points) + sum(dec(r[col]) for r in indicators)


# =========================================================================== 1. junan (PDF; a county bureau, a partial table of its main projects)
JUNAN_UNIT = "莒南县民政局"
JUNAN_PROJECTS = [  # 项目名称, 调整后预算, 实际支出 (万元): the four main projects of the 项目支出, not all of it
    ("城乡最低生活保障资金", "3,186.00", "3,142.68"),
    ("特困人员救助供养资金", "512.40", "506.35"),
    ("临时救助资金", "220.00", "213.62"),
    ("农村幸福院建设补助", "182.00", "168.00"),
]
JUNAN_TEXT_A: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "县民政局主要承担全县社会救助、社会福利、社会事务和基层政权建设等工作，内设办公室、社会救助股、社会福利股等"
        "9个股室，下属县社会福利中心、县救助管理站、县婚姻登记处3个单位，2015年末在职人员64人。",
    ),
    ("h", "二、部门预算收支及执行情况"),
    (
        "p",
        "（一）预算批复和调整。2015年县财政批复我局年初预算4,386.50万元。年度执行中，上级陆续下达困难群众救助补助"
        "资金，县财政相应追加预算1,215.30万元，调整后预算5,601.80万元。全年收入5,601.80万元，其中一般公共预算财政拨款"
        "5,361.80万元、政府性基金预算财政拨款240.00万元（福利彩票公益金）。",
    ),
    (
        "p",
        "（二）支出情况。全年支出5,482.47万元，其中基本支出612.35万元、项目支出4,870.12万元，预算执行率97.87%，年末"
        "结转结余119.33万元。城乡低保、特困供养等救助资金由县财政按月拨付至各乡镇（街道），再由乡镇通过社会保障卡"
        "直接兑付到户。表1列出4个主要项目，其余为社会事务、基层政权建设等项目。",
    ),
]
JUNAN_TEXT_B: Blocks = [
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）社会救助。全年保障城乡低保对象1.62万人，农村低保标准由上年每人每年2,300元提高到2,600元；集中和分散"
        "供养特困人员2,146人，集中供养率达到62.5%，高于年度目标60%，上年为58.2%；实施临时救助2,846人次；救助流浪"
        "乞讨人员326人次。",
    ),
    (
        "p",
        "（二）社会福利和社会事务。年度计划新建农村幸福院13处，实际建成12处，按每处14万元标准兑付建设补助；新增养老"
        "床位360张；为80周岁以上老年人发放高龄津贴，惠及1.08万人；办理婚姻登记4,218对，婚姻登记合格率100%。",
    ),
    ("p", "（三）基层政权建设。开展村务公开民主管理示范创建，新创建省级示范村8个。"),
    ("h", "四、自评结论"),
    (
        "p",
        "根据县财政局部门整体支出绩效评价指标体系，从投入、过程、产出、效果四个方面自评，我局2015年度部门整体支出"
        "绩效自评得分为91.2分，评价等级为“优”。",
    ),
    ("h", "五、存在的问题及原因"),
    (
        "p",
        "（一）救助对象动态管理不够及时。乡镇经办人员变动频繁，家庭收入核查主要依靠入户调查，信息比对手段不足。",
    ),
    (
        "p",
        "（二）农村幸福院建设进度不均衡。个别村选址和配套资金落实较慢，年底前有1处未建成，该处补助资金未支付。",
    ),
    ("h", "六、下一步改进措施"),
    (
        "p",
        "（一）推进居民家庭经济状况核对平台建设，与公安、人社、不动产登记等部门共享信息，做到应保尽保、应退尽退。",
    ),
    ("p", "（二）对未建成的农村幸福院挂牌督办，确保2016年上半年建成并投入使用。"),
]


def junan_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["项目名称", "调整后预算", "实际支出", "执行率"]]
    rows += [[name, b, d, pct(d, b)] for name, b, d in JUNAN_PROJECTS]
    return rows


def doc_junan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="Microsoft® Word 2010")
    p.title(f"{JUNAN_UNIT}\n2015年度部门整体支出绩效自评报告", size=17)
    p.blocks(JUNAN_TEXT_A)
    p.table(
        junan_rows(),
        [40, 20, 20, 16],
        style="grid",
        size=10,
        align=["l", "r", "r", "r"],
        caption="表1　主要项目支出情况",
        unit="单位：万元",
    )
    p.blocks(JUNAN_TEXT_B)
    p.right(JUNAN_UNIT, size=11)
    p.right("2016年4月8日", size=11)
    check(p.page == 2, f"junan on two pages, not {p.page}")
    p.save()
    executed = sum_money([d for _, _, d in JUNAN_PROJECTS])
    check(
        dec("4386.50") + dec("1215.30") == dec("5601.80")
        and dec("5361.80") + dec("240.00") == dec("5601.80")
        and dec("612.35") + dec("4870.12") == dec("5482.47")
        and rate("5482.47", "5601.80") == dec("97.87")
        and not_half("5482.47", "5601.80")
        and dec("5601.80") - dec("5482.47") == dec("119.33")
        and executed < dec("4870.12")
        and all(not_half(d, b) for _, b, d in JUNAN_PROJECTS)
        and dec(JUNAN_PROJECTS[3][2]) == 12 * dec("14")
        and dec(JUNAN_PROJECTS[3][1]) == 13 * dec("14"),
        "junan",
    )


# =========================================================================== 2. weizhou (TXT; a town's report, 年初 + 追加 ≠ 调整后; E5)
WEIZHOU_UNIT = "同心县韦州镇人民政府"
WEIZHOU_ADJUSTED = "1,552.70"  # E5: 1,146.20 + 386.50 = 1,532.70
WEIZHOU_TYPES = [
    ("基本支出", "690.00", "682.14"),
    ("项目支出", "862.70", "826.22"),
]  # 调整后预算, 实际支出 (万元)


def weizhou_text() -> str:
    table_rows = ["类别\t调整后预算\t实际支出\t执行率"]
    table_rows += [f"{n}\t{b}\t{d}\t{pct(d, b)}" for n, b, d in WEIZHOU_TYPES]
    sums = [sum_money([t[k] for t in WEIZHOU_TYPES]) for k in (1, 2)]
    table_rows.append(f"合计\t{sums[0]}\t{sums[1]}\t{pct(sums[1], sums[0])}")
    check(
        dec("1146.20") + dec("386.50") == dec(WEIZHOU_ADJUSTED) - 20
        and sums == [dec(WEIZHOU_ADJUSTED), dec("1508.36")]
        and dec("1452.70") + dec("100.00") == dec(WEIZHOU_ADJUSTED)
        and dec("682.14") + dec("826.22") == dec("1508.36")
        and rate("1508.36", WEIZHOU_ADJUSTED) == dec("97.14")
        and rate("1508.36", "1532.70") == dec("98.41")
        and not_half("1508.36", WEIZHOU_ADJUSTED)
        and dec(WEIZHOU_ADJUSTED) - dec("1508.36") == dec("44.34")
        and 138 * dec("2.2") == dec("303.60")
        and dec("303.60") < dec("826.22"),
        "weizhou",
    )
    lines = [
        f"{WEIZHOU_UNIT}2016年度部门整体支出绩效自评报告",
        "",
        "一、部门概况",
        "    韦州镇人民政府承担全镇经济发展、社会事务管理和公共服务等职能，内设党政办公室、经济发展办公室、社会事务"
        "办公室等6个办（站、所），辖17个行政村，2016年末在编人员62人。",
        "",
        "二、预算收支情况",
        f"    （一）预算安排。2016年县财政批复我镇年初预算1,146.20万元，年中追加386.50万元，调整后预算{WEIZHOU_ADJUSTED}"
        "万元。其中一般公共预算财政拨款1,452.70万元，政府性基金预算财政拨款100.00万元。",
        "    （二）预算执行。全年实际支出1,508.36万元，其中基本支出682.14万元，项目支出826.22万元，预算执行率97.14%，"
        "年末结余44.34万元。县财政下达的各类补助资金均已按时到位，镇财政所按项目进度及时拨付，惠农补贴通过“一卡通”"
        "直接兑付到户。分类支出情况如下（单位：万元）：",
        "",
        *table_rows,
        "",
        "三、主要工作成效",
        "    （一）产业发展。新建日光温室120座，发展设施蔬菜480亩；推广小杂粮良种1.6万亩，较上年增加0.3万亩。",
        "    （二）基础设施。硬化村组道路8.6公里，新修田间道路12公里；实施农村危房改造138户，按每户2.2万元标准兑付"
        "补助资金303.60万元。",
        "    （三）社会事业。组织农民实用技术培训36场、1,460人次；为1,862户农户兑付惠农补贴，上年为1,806户；新农合参合"
        "率达到98.6%。",
        "    （四）生态建设。完成退耕还林补植补造3,200亩，全镇林木保存率达到86.4%。",
        "",
        "四、自评结论",
        "    按照县财政局印发的部门整体支出绩效评价指标，镇绩效评价小组对2016年度部门整体支出进行了综合评价，综合评分"
        "93分，评价结果为“优”。",
        "",
        "五、存在的问题",
        "    1.年初预算编制不够精细，年中追加预算较多，预算约束作用不够明显。",
        "    2.部分村级项目前期准备不足，施工进度滞后，资金支出集中在下半年。",
        "    3.绩效目标设定偏于定性，可量化的指标较少。",
        "",
        "六、整改措施",
        "    1.提前谋划下年度重点工作，细化年初预算，减少年中追加。",
        "    2.建立村级项目储备库，提前完成设计和招标，按月调度支出进度。",
        "    3.对照县财政局指标库完善绩效目标，增加数量、质量和时效指标。",
        "",
        f"                                        {WEIZHOU_UNIT}",
        "                                        2017年3月20日",
        "",
    ]
    return "\n".join(lines)


def doc_weizhou(path: Path) -> None:
    text = weizhou_text()
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))


# =========================================================================== 3. chengduo (PDF; a project report with the score under its own sub-heading)
CHENGDUO_UNIT = "称多县农牧和科技局"
CHENGDUO_PROJECT = "牦牛良种繁育推广项目"
CHENGDUO_TEXT: Blocks = [
    ("h", "一、项目基本情况"),
    (
        "p",
        "牦牛是全县牧业的主导畜种。为解决牦牛近亲繁殖、个体变小和生产性能下降等问题，县农牧和科技局2017年在5个乡镇"
        "实施牦牛良种繁育推广项目，引进种公牦牛开展本品种选育，建设人工授精站点，开展牧民技术培训。项目年度目标为："
        "引进种公牦牛500头以上，改良母牦牛1.8万头，建设人工授精站点6个。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "（一）资金下达和到位。省财政厅、省农牧厅以青财农字〔2017〕516号文件下达项目资金480.00万元，县财政安排配套"
        "资金60.00万元，项目全年预算540.00万元。截至2017年6月，项目资金全部到位，到位资金540.00万元。",
    ),
    (
        "p",
        "（二）资金使用。截至2017年12月31日，项目共支付资金522.36万元，预算执行率96.73%，结余17.64万元按规定结转下年"
        "使用。其中按每头8,000元标准支付种公牦牛购置款416.00万元，其余资金用于人工授精站点设备购置、冻精和液氮采购、"
        "牧民技术培训等。",
    ),
    ("h", "三、项目绩效目标完成情况"),
    (
        "p",
        "（一）产出情况。全年引进种公牦牛520头，完成年度计划的104%；改良母牦牛1.85万头，完成年度计划的102.78%，较上年"
        "的1.52万头增加3,300头；建成人工授精站点6个，配备液氮罐等设备42套；举办牧民技术培训班8期，培训牧民技术员"
        "126人次。",
    ),
    (
        "p",
        "（二）效益情况。项目区犊牛成活率达到92.6%，当年生犊牛平均体重提高3.5公斤；项目惠及牧户1,260户，牧民出栏"
        "牦牛的品质和售价明显提高。",
    ),
    ("p", "（三）满意度情况。随机抽取120户牧户开展问卷调查，牧户满意度为95.8%。"),
    ("h", "四、自评情况"),
    ("l", "（一）自评得分"),
    ("l", "94.5分。"),
    ("l", "（二）自评等级"),
    ("l", "优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）种公牦牛引进集中在夏季，部分乡镇运输距离长，个别种牛出现应激反应，适应期较长。"),
    ("p", "（二）人工授精技术员多为兼职，技术水平参差不齐，冻精配种受胎率不稳定。"),
    ("h", "六、意见建议"),
    ("p", "（一）建议将种公牦牛引进时间调整到春末，就近从周边良种场调运，缩短运输距离。"),
    ("p", "（二）建议省级加大对基层人工授精技术员的培训力度，落实技术员补助，稳定技术队伍。"),
]


def doc_chengduo(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=66, creator="WPS Writer")
    p.title(f"{CHENGDUO_UNIT}\n2017年度{CHENGDUO_PROJECT}绩效自评报告", size=16)
    p.blocks(CHENGDUO_TEXT)
    p.right(CHENGDUO_UNIT, size=11)
    p.right("2018年3月16日", size=11)
    check(p.page == 2, f"chengduo on two pages, not {p.page}")
    p.save()
    check(
        dec("480.00") + dec("60.00") == dec("540.00")
        and rate("522.36", "540.00") == dec("96.73")
        and not_half("522.36", "540.00")
        and dec("540.00") - dec("522.36") == dec("17.64")
        and 520 * dec("0.8") == dec("416.00")
        and rate(520, 500) == dec("104.00")
        and rate("1.85", "1.8") == dec("102.78")
        and (dec("1.85") - dec("1.52")) * W == 3300,
        "chengduo",
    )


# =========================================================================== 4. qingyuan (PDF; a running header, a 批复总投资 that is not the budget)
QINGYUAN_UNIT = "清原满族自治县环境保护局"
QINGYUAN_PROJECT = "农村环境综合整治"
QINGYUAN_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "2018年，县环境保护局在4个乡镇的14个行政村实施农村环境综合整治项目，建设村级生活污水处理设施和配套管网，配置"
        "垃圾收集转运设备，改善农村人居环境。项目经省环境保护厅批复，批复总投资1,326.40万元，其中财政资金1,060.00"
        "万元，村集体自筹266.40万元。村集体自筹资金由各村自行管理使用，不纳入本项目预算。",
    ),
    (
        "p",
        "项目由县环境保护局牵头，乡镇人民政府负责征地协调和施工监督，村民委员会组织群众参与设施选址和日常管护。县环境"
        "保护局成立项目领导小组，制定项目实施方案和资金管理办法，委托工程监理单位对施工质量、进度和安全进行全过程监理，"
        "并聘请第三方机构对建成设施的出水水质进行检测。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2018年项目全年预算1,060.00万元，其中中央农村环境整治资金860.00万元、县级配套资金200.00万元，实际到位资金"
        "1,060.00万元。项目采取“县级统一招标、乡镇监督实施”的方式建设，县环境保护局按工程进度向施工单位支付工程款。"
        "截至2018年12月31日，累计支付1,018.72万元，预算执行率96.11%；结转41.28万元，为工程质量保证金，待质保期满后"
        "支付。",
    ),
    ("h", "三、项目绩效情况"),
    (
        "p",
        "（一）产出。建成村级污水处理设施14座（计划15座，1座因选址调整顺延至2019年建设），铺设污水收集管网26.8公里，"
        "配置垃圾转运车8辆、垃圾收集箱460个，工程一次验收合格率100%。",
    ),
    (
        "p",
        "（二）效益。项目村生活污水处理率由上年的18%提高到46.5%，村内坑塘和河道沿岸的生活垃圾基本清除；项目受益群众"
        "4,120户、1.36万人。",
    ),
    ("p", "（三）满意度。在项目村开展群众满意度调查，满意率为93.2%。"),
    ("h", "四、自评结果"),
    ("p", "对照项目绩效目标和评价指标逐项自评，项目自评分：92.6分，等级为优秀。"),
    ("h", "五、存在的问题和整改措施"),
    (
        "p",
        "1. 个别项目选址与村庄规划衔接不够，1座污水处理设施未能按期开工。整改措施：项目前期由乡镇、村和设计单位"
        "共同踏勘选址，选址确定后再列入年度计划。",
    ),
    (
        "p",
        "2. 设施建成后运行维护经费来源不稳定。整改措施：建议县财政将村级污水处理设施运行维护经费列入年度预算，"
        "由乡镇负责日常管护。",
    ),
]


def doc_qingyuan(path: Path) -> None:
    p = Pdf(
        path, footer_style="page", size=12, margin=66, creator="Microsoft® Word 2016", header=QINGYUAN_UNIT
    )
    p.title(f"{QINGYUAN_UNIT}\n2018年度{QINGYUAN_PROJECT}项目支出绩效自评报告", size=16)
    p.blocks(QINGYUAN_TEXT)
    p.right(QINGYUAN_UNIT, size=11)
    p.right("2019年3月28日", size=11)
    check(p.page == 2, f"qingyuan on two pages, not {p.page}")
    p.save()
    check(
        dec("860.00") + dec("200.00") == dec("1060.00")
        and dec("1060.00") + dec("266.40") == dec("1326.40")
        and rate("1018.72", "1060.00") == dec("96.11")
        and not_half("1018.72", "1060.00")
        and dec("1060.00") - dec("1018.72") == dec("41.28"),
        "qingyuan",
    )


# =========================================================================== 5. elunchun (PDF; a project report with the national form annexed)
ELUNCHUN_UNIT = "鄂伦春自治旗林业和草原局"
ELUNCHUN_PROJECT = "森林草原防火项目"
ELUNCHUN_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "260.00", "476.00", "462.58"),
    ("其中：当年财政拨款", "260.00", "440.00", "428.58"),
    ("上年结转资金", E, "36.00", "34.00"),
    ("其他资金", E, E, E),
]
ELUNCHUN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "防火巡护", "≥1.5万人次", "1.86万人次", "10", "10", ""),
    ("产出指标", "数量指标", "新开设防火隔离带", "≥120公里", "126公里", "10", "10", ""),
    ("产出指标", "数量指标", "新建瞭望塔", "=3座", "3座", "10", "10", ""),
    ("产出指标", "质量指标", "扑火物资储备达标率", "≥95%", "96.5%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "火情处置响应时间",
        "≤30分钟",
        "35分钟",
        "10",
        "7",
        "个别林区道路条件差，下年增设前置扑火点",
    ),
    ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.02‰", "15", "15", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "稳中有升", "保持稳定", "10", "9", "覆盖率与上年持平"),
    (
        "效益指标",
        "可持续影响指标",
        "群防群治机制",
        "长效运行",
        "基本建立",
        "5",
        "4",
        "部分嘎查护林公约不健全",
    ),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "92%", "10", "10", ""),
]
ELUNCHUN_GOAL = (
    "开展防火巡护1.5万人次以上，新开设防火隔离带120公里以上，新建瞭望塔3座，森林火灾受害率控制在0.9‰以内。"
)
ELUNCHUN_DONE = "开展防火巡护1.86万人次，新开设防火隔离带126公里，新建瞭望塔3座，未发生重大森林草原火灾。"
ELUNCHUN_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "全旗林地和草原面积大，春秋两季森林草原防火任务繁重。森林草原防火项目主要用于专业扑火队和护林员队伍建设、"
        "防火物资储备、防火隔离带和瞭望塔建设、防火宣传等。",
    ),
    ("h", "二、资金安排和使用情况"),
    (
        "p",
        "2019年旗财政年初安排森林草原防火经费260.00万元；5月，自治区财政下达森林草原防火补助资金180.00万元，本年财政"
        "拨款合计440.00万元。加上2018年结转的36.00万元，项目全年预算476.00万元。全年支出462.58万元，其中本年财政拨款"
        "支出428.58万元、上年结转资金支出34.00万元，预算执行率97.18%，结转下年13.42万元。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "组建专业扑火队4支，聘用护林员和草原管护员312名。全年开展防火巡护1.86万人次，巡护里程3.2万公里；新开设防火"
        "隔离带126公里，新建瞭望塔3座；开展防火宣传进村入户活动48场次，发放宣传资料2.4万份。全年未发生重大森林草原"
        "火灾，森林火灾受害率控制在0.9‰以内。",
    ),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标和项目支出绩效自评表（附后）逐项打分，项目自评结果为94.72分，等级为“优”。"),
    ("h", "五、存在问题"),
    ("p", "（一）部分林区道路条件差，扑火队伍和物资前运距离长，个别火情处置响应时间超过30分钟。"),
    ("p", "（二）护林员年龄偏大，使用卫星定位巡护终端的能力不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）在重点林区增设前置扑火点，提前储备扑火物资，缩短响应时间。"),
    ("p", "（二）分批组织护林员开展巡护终端使用培训，逐步优化护林员队伍年龄结构。"),
]


def elunchun_score() -> str:
    _, _, budget, done = ELUNCHUN_FUNDS[0]
    return exec_score(done, budget)


def elunchun_total() -> Decimal:
    return indicator_total(elunchun_score(), ELUNCHUN_IND, 6)


def elunchun_rows() -> tuple[list[list[str]], Merges]:
    """The national project form: 9 columns; funds with 年初 / 全年 / 执行, 分值, 执行率, 得分."""
    _, _, budget, done = ELUNCHUN_FUNDS[0]
    f = Rows()
    f.add(["项目名称", ELUNCHUN_PROJECT, "", "", "", "", "", "", ""], {1: (1, 8)})
    f.add(["主管部门", ELUNCHUN_UNIT, "", "", "实施单位", ELUNCHUN_UNIT, "", "", ""], {1: (1, 3), 5: (1, 4)})
    first = len(f.rows)
    f.add(
        [
            "项目资金（万元）",
            "资金来源",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        {1: (1, 2)},
    )
    for k, (name, a, b, c) in enumerate(ELUNCHUN_FUNDS):
        tail = ["10", pct(done, budget), elunchun_score()] if k == 0 else [E, E, E]
        f.add(["", name, "", a, b, c, *tail], {1: (1, 2)})
    f.merges[(first, 0)] = (len(f.rows) - first, 1)
    f.add(
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        {0: (2, 1), 1: (1, 4), 5: (1, 4)},
    )
    f.add(["", ELUNCHUN_GOAL, "", "", "", ELUNCHUN_DONE, "", "", ""], {1: (1, 4), 5: (1, 4)})
    ind_first = len(f.rows) + 1
    f.add(
        [
            "绩效指标",
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
    for row in ELUNCHUN_IND:
        f.add(["", *row])
    f.merges[(ind_first - 1, 0)] = (len(ELUNCHUN_IND) + 1, 1)
    f.merges.update(level_merges(ELUNCHUN_IND, ind_first))
    f.add(["总分", "", "", "", "", "", "100", f"{elunchun_total()}", "自评等级：优"], {0: (1, 6)})
    return f.rows, f.merges


def doc_elunchun(path: Path) -> None:
    p = Pdf(path, footer_style="slash", total=2, size=12, margin=64, creator="Microsoft® Word 2013")
    p.title(f"{ELUNCHUN_UNIT}\n2019年度{ELUNCHUN_PROJECT}绩效自评报告", size=16)
    p.blocks(ELUNCHUN_TEXT)
    p.right(ELUNCHUN_UNIT, size=11)
    p.right("2020年3月25日", size=11)
    check(p.page == 1, f"elunchun text on one page, not {p.page}")
    p.new_page()
    p.m = 46
    p.cw = p.W - 2 * p.m
    p.bottom = p.m + 10
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2019年度）", size=10.5)
    rows, merges = elunchun_rows()
    p.grid(
        rows,
        [11, 11, 12, 15, 13, 13, 8, 9, 18],
        merges,
        size=8.5,
        align=["c", "l", "l", "l", "c", "c", "c", "c", "l"],
    )
    p.para(f"填报单位：{ELUNCHUN_UNIT}　　填报人：孟××　　填报日期：2020年3月25日", indent=False, size=9.5)
    check(p.page == 2, "elunchun form on page 2")
    p.save()
    total, now, carry, _ = ELUNCHUN_FUNDS
    check(
        all(sum_money([now[k], carry[k]]) == dec(total[k]) for k in (2, 3))
        and dec(now[1]) == dec(total[1])
        and dec("180.00") + dec("260.00") == dec(now[2])
        and rate("462.58", "476.00") == dec("97.18")
        and not_half("462.58", "476.00")
        and elunchun_score() == "9.72"
        and dec("476.00") - dec("462.58") == dec("13.42")
        and sum(int(r[5]) for r in ELUNCHUN_IND) == 90
        and all(int(r[6]) <= int(r[5]) for r in ELUNCHUN_IND)
        and elunchun_total() == dec("94.72"),
        f"elunchun {elunchun_total()}",
    )


# =========================================================================== 6. qianan (DOCX; a grade below its score's band on the printed scale; E3)
QIANAN_UNIT = "乾安县农业农村局"
QIANAN_PROJECT = "黑土地保护利用项目"
QIANAN_USES = [  # 用途, 预算数, 支出数 (万元): the whole project
    ("保护性耕作作业补助", "820.00", "820.00"),
    ("增施有机肥补助", "256.00", "238.56"),
    ("土壤监测和技术服务", "124.00", "105.80"),
]
QIANAN_PARTS = [
    ("项目决策", "15", "15"),
    ("项目过程", "25", "23.5"),
    ("项目产出", "30", "28.9"),
    ("项目效益", "30", "25"),
]
QIANAN_GRADE = "良"  # E3: 92.4 is 优 on the scale the report prints (90 and over)
QIANAN_TEXT_A: Blocks = [
    ("b", "一、项目基本情况"),
    (
        "p",
        "乾安县是国家黑土地保护利用试点县之一。2020年，县农业农村局在6个乡镇组织实施黑土地保护利用项目，推广秸秆覆盖"
        "还田免耕播种、增施有机肥等技术，建设土壤墒情和肥力监测点，遏制黑土地退化。",
    ),
    ("b", "二、项目资金情况"),
    (
        "p",
        "2020年中央财政下达我县黑土地保护利用项目资金1,200.00万元，项目全年预算1,200.00万元，资金于5月全部到位，到位"
        "资金1,200.00万元。项目资金按“先作业、后验收、再兑付”的方式使用：保护性耕作作业补助按每亩40元标准，经乡镇"
        "初验、县级复验后兑付到作业主体；增施有机肥补助按每亩80元标准兑付；土壤监测和技术服务费按合同支付。截至2020年"
        "12月31日，共兑付补助和支付服务费1,164.36万元，预算执行率97.03%，结余35.64万元。资金使用情况见下表。",
    ),
]
QIANAN_TEXT_B: Blocks = [
    ("b", "三、绩效目标完成情况"),
    (
        "p",
        "（一）产出。完成秸秆覆盖还田保护性耕作20.5万亩，完成年度任务20万亩的102.5%；增施有机肥29,820亩；建设土壤"
        "墒情和肥力监测点12个，采集土壤样品360个；举办技术培训班18期，培训农户2,360人次。",
    ),
    (
        "p",
        "（二）效益。项目区耕地土壤有机质含量平均提高0.8克/千克，玉米平均亩产较非项目区增加46公斤；带动农民专业合作社"
        "和家庭农场146家参与保护性耕作。",
    ),
    ("p", "（三）满意度。对300户项目区农户开展问卷调查，满意度为95.7%。"),
    ("b", "四、自评结论"),
]
QIANAN_TEXT_C: Blocks = [
    ("b", "五、存在的主要问题"),
    ("p", "（一）部分农户对免耕播种增产效果存在顾虑，保护性耕作推广主要依靠补助带动。"),
    ("p", "（二）土壤监测点建成时间短，监测数据还不能全面反映项目效果。"),
    ("b", "六、下一步工作打算"),
    ("p", "（一）建设保护性耕作示范基地，组织农户现场观摩，以实际产量说服农户。"),
    ("p", "（二）延长监测周期，建立项目区土壤质量档案，为后续评价提供依据。"),
]


def qianan_score() -> Decimal:
    return sum((dec(g) for _, _, g in QIANAN_PARTS), Decimal(0))


def qianan_conclusion() -> str:
    parts = "，".join(f"{n}（{w}分）得{g}分" for n, w, g in QIANAN_PARTS)
    return (
        "项目评价结果分为四个等级：优（90≤得分≤100）、良（80≤得分<90）、中（60≤得分<80）、差（得分<60）。经自评，"
        f"{parts}，综合评分{qianan_score()}分，评价结果为“{QIANAN_GRADE}”。"
    )


def qianan_rows() -> list[list[str]]:
    rows = [["用途", "预算数（万元）", "支出数（万元）", "执行率"]]
    rows += [[n, b, d, pct(d, b)] for n, b, d in QIANAN_USES]
    sums = [sum_money([u[k] for u in QIANAN_USES]) for k in (1, 2)]
    rows.append(["合计", money(sums[0]), money(sums[1]), pct(sums[1], sums[0])])
    return rows


def _docx_blocks(d: Any, blocks: Blocks) -> None:
    for kind, text in blocks:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)


def doc_qianan(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, f"{QIANAN_UNIT}2020年度", 16)
    office.centred_title(d, f"{QIANAN_PROJECT}绩效自评报告", 16)
    _docx_blocks(d, QIANAN_TEXT_A)
    office.aligned(d, "项目资金使用情况表", "center")
    table(d, qianan_rows())
    _docx_blocks(d, QIANAN_TEXT_B)
    para(d, qianan_conclusion())
    _docx_blocks(d, QIANAN_TEXT_C)
    office.aligned(d, QIANAN_UNIT, "right")
    office.aligned(d, "2021年3月18日", "right")
    office.page_number_footer(d, complex_field=False)
    STAMP.save_docx(d, path)
    sums = [sum_money([u[k] for u in QIANAN_USES]) for k in (1, 2)]
    check(
        sums == [dec("1200.00"), dec("1164.36")]
        and rate("1164.36", "1200.00") == dec("97.03")
        and dec("1200.00") - dec("1164.36") == dec("35.64")
        and dec("20.5") * 40 == dec(QIANAN_USES[0][2])
        and dec("2.982") * 80 == dec(QIANAN_USES[1][2])
        and rate("20.5", "20") == dec("102.50")
        and rate(287, 300) == dec("95.67")  # 95.7% of the 300 households asked
        and all(not_half(d_, b) for _, b, d_ in QIANAN_USES)
        and qianan_score() == dec("92.4")
        and sum(int(w) for _, w, _ in QIANAN_PARTS) == 100
        and all(dec(g) <= dec(w) for _, w, g in QIANAN_PARTS)
        and QIANAN_GRADE != "优",
        "qianan",
    )


# =========================================================================== 7. xiangshui (PDF; a three-line table of main projects, the scale printed beside the score)
XIANGSHUI_UNIT = "响水县应急管理局"
XIANGSHUI_PROJECTS = [  # 项目名称, 调整后预算, 实际支出 (万元): four of the nine projects
    ("化工园区安全风险监测预警系统建设", "486.00", "472.35"),
    ("应急物资储备", "326.50", "318.62"),
    ("安全生产执法检查和专家服务", "268.00", "262.40"),
    ("防汛抗旱和森林防火", "212.40", "205.86"),
]
XIANGSHUI_PARTS = [
    ("预算执行", "20", "19.5"),
    ("预算管理", "30", "29"),
    ("履职产出", "30", "29"),
    ("履职效益", "20", "19"),
]
XIANGSHUI_TEXT_A: Blocks = [
    ("h", "一、部门概况"),
    (
        "p",
        "县应急管理局负责全县安全生产综合监督管理、防灾减灾救灾和应急救援的组织协调工作，内设办公室、安全生产基础股、"
        "危险化学品安全监督管理股等7个股室，下设县应急管理综合行政执法大队，2021年末实有人员72人。",
    ),
    ("h", "二、部门收支情况"),
    (
        "p",
        "（一）预算批复。2021年县财政批复我局年初预算2,368.40万元，年度中追加预算624.85万元，主要用于化工园区安全风险"
        "监测预警系统建设和汛期应急物资补充，调整后全年预算2,993.25万元。本年收入合计2,993.25万元，全部为一般公共预算"
        "财政拨款。",
    ),
    (
        "p",
        "（二）支出情况。本年支出2,916.48万元，其中基本支出1,036.27万元（人员经费842.65万元、公用经费193.62万元），"
        "项目支出1,880.21万元。预算执行率97.44%，年末结转结余76.77万元。",
    ),
    ("p", "（三）项目支出。全年实施项目9个，其中4个主要项目的支出情况见表1。"),
]
XIANGSHUI_TEXT_B: Blocks = [
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）安全生产监管。全年检查企业2,168家次，完成年度计划2,000家次的108.4%，上年为1,846家次；排查整改隐患8,642"
        "项，整改率99.2%；关闭退出落后产能化工企业6家。全县生产安全事故起数同比下降28.6%，未发生较大及以上事故。依法"
        "实施行政处罚112起，罚款386.50万元，罚没收入全部上缴国库。",
    ),
    (
        "p",
        "（二）应急能力建设。建成化工园区安全风险监测预警系统，接入重点企业46家、监测点位1,280个；补充防汛、救灾物资"
        "1.2万件；组织各类应急演练86场，参演人员6,300余人次；培训企业主要负责人和安全管理人员3,260人次。",
    ),
    (
        "p",
        "（三）防灾减灾。汛期转移安置群众1,460人，发放救灾资金和物资折合126.80万元，受灾群众基本生活得到保障。",
    ),
    ("h", "四、自评情况"),
]
XIANGSHUI_TEXT_C: Blocks = [
    ("h", "五、存在的问题及原因"),
    ("p", "（一）部分项目前期论证不充分，年中追加预算占年初预算的比重偏高。"),
    ("p", "（二）监测预警系统建成时间短，数据分析应用能力不足，预警信息处置流程还需完善。"),
    ("h", "六、下一步改进措施"),
    ("p", "（一）加强项目库建设，年初预算编制时充分论证，减少年中追加。"),
    ("p", "（二）制定监测预警信息分级处置办法，组织企业和执法人员开展系统应用培训。"),
]


def xiangshui_score() -> Decimal:
    return sum((dec(g) for _, _, g in XIANGSHUI_PARTS), Decimal(0))


def xiangshui_conclusion() -> str:
    weights = "、".join(f"{n}{w}分" for n, w, _ in XIANGSHUI_PARTS)
    got = "、".join(f"{n}得{g}分" for n, _, g in XIANGSHUI_PARTS)
    return (
        f"按照县财政局制定的部门整体支出绩效评价指标体系，评价指标满分100分，其中{weights}。经自评，我局{got}，"
        f"2021年度部门整体支出绩效自评得分{xiangshui_score()}分，自评结论为“优秀”。"
    )


def doc_xiangshui(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=62, creator="WPS Writer")
    p.title(f"{XIANGSHUI_UNIT}\n2021年度部门整体支出绩效自评报告", size=17)
    p.blocks(XIANGSHUI_TEXT_A)
    rows: list[list[Cell]] = [["项目名称", "调整后预算", "实际支出", "执行率"]]
    rows += [[n, b, d, pct(d, b)] for n, b, d in XIANGSHUI_PROJECTS]
    p.table(
        rows,
        [44, 18, 18, 14],
        style="three",
        size=10,
        align=["l", "r", "r", "r"],
        caption="表1　2021年度主要项目支出情况",
        unit="单位：万元",
    )
    p.blocks(XIANGSHUI_TEXT_B)
    p.para(xiangshui_conclusion())
    p.blocks(XIANGSHUI_TEXT_C)
    p.right(XIANGSHUI_UNIT, size=11)
    p.right("2022年4月12日", size=11)
    check(p.page == 2, f"xiangshui on two pages, not {p.page}")
    p.save()
    check(
        dec("2368.40") + dec("624.85") == dec("2993.25")
        and dec("842.65") + dec("193.62") == dec("1036.27")
        and dec("1036.27") + dec("1880.21") == dec("2916.48")
        and rate("2916.48", "2993.25") == dec("97.44")
        and not_half("2916.48", "2993.25")
        and dec("2993.25") - dec("2916.48") == dec("76.77")
        and sum_money([d for _, _, d in XIANGSHUI_PROJECTS]) < dec("1880.21")
        and all(not_half(d, b) for _, b, d in XIANGSHUI_PROJECTS)
        and rate(2168, 2000) == dec("108.40")
        and xiangshui_score() == dec("96.5")
        and sum(int(w) for _, w, _ in XIANGSHUI_PARTS) == 100,
        "xiangshui",
    )


# =========================================================================== 8. longnan (PDF; a prefecture bureau whose sources miss their total; E1)
LONGNAN_UNIT = "陇南市生态环境局"
LONGNAN_TITLE = f"{LONGNAN_UNIT}2022年度部门整体支出绩效自评报告"
LONGNAN_GENERAL = "3,426.50"  # E1: 3,426.50 + 180.00 + 232.24 = 3,838.74, not the 3,862.74 stated
LONGNAN_TYPES = [
    ("基本支出", "1,446.80", "1,428.63"),
    ("项目支出", "2,415.94", "2,357.62"),
]  # 调整后预算, 实际支出
LONGNAN_TEXT_A: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "市生态环境局是市政府工作部门，负责全市生态环境保护的统一监督管理，内设科室10个，下设8个县（区）分局和市环境"
        "监测站、市生态环境保护综合行政执法支队等单位，纳入本次部门整体支出评价的预算单位共12个，2022年末实有人员"
        "386人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "（一）预算安排。2022年市财政批复我局部门预算年初数3,216.40万元，年中追加646.34万元，调整后预算3,862.74万元。",
    ),
    (
        "p",
        f"（二）收入情况。本年收入合计3,862.74万元，其中一般公共预算财政拨款{LONGNAN_GENERAL}万元、政府性基金预算财政"
        "拨款180.00万元、其他收入232.24万元。",
    ),
    (
        "p",
        "（三）支出情况。本年支出3,786.25万元，其中基本支出1,428.63万元、项目支出2,357.62万元，预算执行率98.02%，年末"
        "结转结余76.49万元。中央和省级大气、水、土壤污染防治专项资金由市财政直接下达各县（区）实施，2022年共下达1.26"
        "亿元，不纳入本部门预算。",
    ),
]
LONGNAN_TEXT_B: Blocks = [
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）环境质量。全市城市空气质量优良天数比例为96.7%，高于省下达的目标93.5%，上年为95.9%；细颗粒物（PM2.5）"
        "平均浓度同比下降8.3%；国控、省控断面水质优良比例100%。",
    ),
    (
        "p",
        "（二）污染防治。完成34个乡镇级集中式饮用水水源地规范化整治；开展环境执法检查1,286家次，办理环境行政处罚案件"
        "64件；审批建设项目环境影响评价文件186项。",
    ),
    ("p", "（三）生态保护。完成自然保护区人类活动问题点位整改46处，整改销号率100%。"),
    ("h", "四、自评结论"),
    (
        "p",
        "经对照部门整体支出绩效评价指标逐项打分，我局2022年度部门整体支出绩效自评总分89.3分，等级为良。扣分主要在"
        "预算编制的准确性和绩效目标的量化程度两个方面。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）年初预算编制不够精准，年中追加较多。"),
    ("p", "（二）部分项目绩效目标量化不足，难以客观衡量实施效果。"),
    ("p", "（三）各县（区）分局运行经费保障水平不均衡。"),
    ("h", "六、整改措施"),
    ("p", "（一）细化预算编制，把上年执行情况和绩效评价结果作为安排下年预算的依据。"),
    ("p", "（二）对照指标库完善项目绩效目标，增加可量化的产出和效益指标，并加强绩效运行监控。"),
]


def doc_longnan(path: Path) -> None:
    p = Pdf(
        path,
        footer_style="dash",
        size=11.5,
        margin=62,
        creator="Microsoft® Word 2019",
        header=LONGNAN_TITLE,
        header_from=2,
    )
    p.title(f"{LONGNAN_UNIT}\n2022年度部门整体支出绩效自评报告", size=17)
    p.blocks(LONGNAN_TEXT_A)
    rows: list[list[Cell]] = [["项目", "调整后预算", "实际支出", "执行率"]]
    rows += [[n, b, d, pct(d, b)] for n, b, d in LONGNAN_TYPES]
    sums = [sum_money([t[k] for t in LONGNAN_TYPES]) for k in (1, 2)]
    rows.append(["合计", money(sums[0]), money(sums[1]), pct(sums[1], sums[0])])
    p.table(
        rows,
        [30, 20, 20, 16],
        style="grid",
        size=10,
        align=["l", "r", "r", "r"],
        caption="表1　2022年度收支预算执行情况",
        unit="单位：万元",
    )
    p.blocks(LONGNAN_TEXT_B)
    p.right(LONGNAN_UNIT, size=11)
    p.right("2023年5月10日", size=11)
    check(p.page == 2, f"longnan on two pages, not {p.page}")
    p.save()
    check(
        dec("3216.40") + dec("646.34") == dec("3862.74")
        and dec(LONGNAN_GENERAL) + dec("180.00") + dec("232.24") == dec("3862.74") - 24
        and sums == [dec("3862.74"), dec("3786.25")]
        and dec("1428.63") + dec("2357.62") == dec("3786.25")
        and rate("3786.25", "3862.74") == dec("98.02")
        and not_half("3786.25", "3862.74")
        and dec("3862.74") - dec("3786.25") == dec("76.49")
        and all(not_half(d, b) for _, b, d in LONGNAN_TYPES),
        "longnan",
    )


# =========================================================================== 9. jiaxinglu (HTML; a 街道 page with the form in HTML, its 分值 add up to 110; E4)
JIAXINGLU_UNIT = "上海市虹口区嘉兴路街道办事处"
JIAXINGLU_PROJECT = "社区养老服务项目"
JIAXINGLU_TITLE = f"{JIAXINGLU_UNIT}2022年度{JIAXINGLU_PROJECT}绩效自评报告"
JIAXINGLU_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "386.00", "386.00", "372.48"),
    ("其中：当年财政拨款", "386.00", "386.00", "372.48"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
JIAXINGLU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "长者食堂助餐服务", "≥12万人次", "12.8万人次", "15", "15", ""),
    ("产出指标", "数量指标", "居家上门服务", "≥2.4万小时", "2.52万小时", "10", "10", ""),
    ("产出指标", "数量指标", "长者照护之家床位", "=32张", "32张", "10", "10", ""),
    ("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", "97.2%", "10", "10", ""),
    ("产出指标", "时效指标", "服务费用结算", "按季度结算", "按季度结算", "5", "5", ""),
    ("产出指标", "成本指标", "每餐政府补贴", "≤5元", "5元", "15", "5", ""),  # E4: the 分值 printed 15, not 5
    ("效益指标", "社会效益指标", "老年人助餐服务覆盖率", "≥25%", "23.6%", "15", "14", "部分老人习惯自行做饭"),
    (
        "效益指标",
        "可持续影响指标",
        "服务机构持续运营",
        "长期稳定",
        "正常运营",
        "10",
        "9",
        "1家助餐点租约到期需续签",
    ),
    ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "94.3%", "10", "10", ""),
]


def jiaxinglu_score() -> str:
    _, _, budget, done = JIAXINGLU_FUNDS[0]
    return exec_score(done, budget)


def jiaxinglu_total() -> Decimal:
    return indicator_total(jiaxinglu_score(), JIAXINGLU_IND, 6)


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


def _td(text: str, rs: int = 1, cs: int = 1) -> str:
    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{attrs}>{text}</td>"


def jiaxinglu_form() -> str:
    """The project form as the portal's editor saved it: one bordered table, rowspan / colspan cells."""
    _, _, budget, done = JIAXINGLU_FUNDS[0]
    rows = [
        _td("项目名称") + _td(JIAXINGLU_PROJECT, cs=8),
        _td("主管部门") + _td(JIAXINGLU_UNIT, cs=3) + _td("实施单位") + _td(JIAXINGLU_UNIT, cs=4),
        _td("项目资金（万元）", rs=len(JIAXINGLU_FUNDS) + 1)
        + "".join(
            _td(h, cs=2 if h == "资金来源" else 1)
            for h in ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        ),
    ]
    for k, (name, a, b, c) in enumerate(JIAXINGLU_FUNDS):
        tail = ["10", pct(done, budget), jiaxinglu_score()] if k == 0 else [E, E, E]
        rows.append(_td(name, cs=2) + "".join(_td(x) for x in (a, b, c, *tail)))
    rows.append(_td("年度总体目标", rs=2) + _td("预期目标", cs=4) + _td("实际完成情况", cs=4))
    rows.append(
        _td(
            "提供助餐服务12万人次以上、居家上门服务2.4万小时以上，运营长者照护之家32张床位，完成适老化改造280户。",
            cs=4,
        )
        + _td(
            "提供助餐服务12.8万人次、居家上门服务2.52万小时，长者照护之家32张床位正常运营，完成适老化改造286户。",
            cs=4,
        )
    )
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
    rows.append(_td("绩效指标", rs=len(JIAXINGLU_IND) + 1) + "".join(_td(h) for h in heads))
    spans = level_merges(JIAXINGLU_IND, 0, col0=0)
    for r, row in enumerate(JIAXINGLU_IND):
        cells = []
        for col, text in enumerate(row):
            covered = any(c0 == col and r0 < r < r0 + rs for (r0, c0), (rs, _) in spans.items() if c0 == col)
            if covered:
                continue
            rs = spans.get((r, col), (1, 1))[0]
            cells.append(_td(text, rs=rs))
        rows.append("".join(cells))
    rows.append(_td("总分", cs=6) + _td("100") + _td(f"{jiaxinglu_total()}") + _td("自评等级：优"))
    body = "\n".join(f"<tr>{r}</tr>" for r in rows)
    return (
        '<table class="zpb" border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">\n'
        f"<tbody>\n{body}\n</tbody>\n</table>"
    )


def jiaxinglu_body() -> str:
    paras = [
        _h("一、项目基本情况"),
        _p(
            "嘉兴路街道60周岁以上户籍老年人约3.1万人，占户籍人口的38.6%。为满足老年人就近就便养老需求，街道2022年实施"
            "社区养老服务项目，内容包括社区长者食堂助餐、居家上门服务、长者照护之家运营补贴和老年人家庭适老化改造。"
        ),
        _h("二、项目资金情况"),
        _p(
            "项目年初预算386.00万元，年度中未作调整，全年预算386.00万元，全部为区级一般公共预算资金。全年支付372.48万元，"
            "预算执行率96.50%，结余13.52万元收回区财政。其中按每餐5元标准支付长者食堂助餐补贴64.00万元；按每户3,000元"
            "标准支付适老化改造补贴85.80万元。"
        ),
        _h("三、项目绩效情况"),
        _p(
            "全年长者食堂提供助餐服务12.8万人次，完成年度目标12万人次的106.67%；提供居家上门服务2.52万小时；长者照护之家"
            "全年平均入住率91.5%；完成老年人家庭适老化改造286户；组织健康讲座、文体活动等为老服务活动48场。辖区老年人助餐"
            "服务覆盖率达到23.6%，服务质量抽查合格率97.2%，老年人满意度94.3%。"
        ),
        _h("四、自评结论"),
        _p(
            "街道从预算执行、产出、效益和满意度四个方面对照绩效目标开展自评（自评表附后），自评得分"
            f"{jiaxinglu_total()}分，评价结果为“优”。"
        ),
        _h("五、问题与建议"),
        _p("（一）存在问题"),
        _p("1.部分老年人习惯自行做饭，助餐服务在老旧小区的覆盖还不均衡。"),
        _p("2.1家社区助餐点租约到期，续租谈判影响了服务的连续性。"),
        _p("（二）改进措施"),
        _p("1.在老旧小区增设助餐取餐点，推出适合老年人口味的套餐。"),
        _p("2.提前与产权单位协商续租，将助餐点纳入街道公建配套设施统筹使用。"),
        _p("附件：项目支出绩效自评表", "text-indent: 0;"),
        jiaxinglu_form(),
        _p(JIAXINGLU_UNIT, "text-align: right;"),
        _p("2023年4月20日", "text-align: right;"),
    ]
    return "\n".join(paras)


def jiaxinglu_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>' for n in ("首页", "新闻中心", "政务公开", "政务服务", "互动交流", "走进虹口")
    )
    info = "\n".join(
        f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>"
        for a, b, c, d in (
            ("索引号", "SY0004-2023-0126", "主题分类", "财政、金融、审计"),
            ("发布机构", "嘉兴路街道", "发布日期", "2023-04-28"),
            ("文号", "", "有效性", "有效"),
        )
    )
    _, _, budget, done = JIAXINGLU_FUNDS[0]
    check(
        rate(done, budget) == dec("96.50")
        and not_half(done, budget)
        and jiaxinglu_score() == "9.65"
        and dec(budget) - dec(done) == dec("13.52")
        and 128000 * 5 == 640000
        and 286 * 3000 == 858000
        and rate("12.8", "12") == dec("106.67")
        and sum(int(r[5]) for r in JIAXINGLU_IND) == 100  # 90 meant: the 成本 row's 5 printed as 15
        and all(int(r[6]) <= int(r[5]) for r in JIAXINGLU_IND)
        and jiaxinglu_total() == dec("97.65"),
        f"jiaxinglu {jiaxinglu_total()}",
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{JIAXINGLU_TITLE}_上海市虹口区人民政府</title>
</head>
<body>
<div class="topbar"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><div class="logo">上海市虹口区人民政府</div><form class="search"><input type="text" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">预算绩效</a></div>
<table class="meta">
{info}
</table>
<div class="article">
<h2>{JIAXINGLU_TITLE}</h2>
<div class="content">
{jiaxinglu_body()}
</div>
<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：上海市虹口区人民政府办公室</p>
<p>沪ICP备10013629号　沪公网安备31010902002173号　网站标识码：3101090001</p>
</div>
</body>
</html>
"""


# =========================================================================== 10. bachuan (Markdown saved from a district portal; a 街道 with 追加 and 调减)
BACHUAN_UNIT = "重庆市铜梁区巴川街道办事处"
BACHUAN_TITLE = f"{BACHUAN_UNIT}2023年度部门整体支出绩效自评报告"
BACHUAN_TYPES = [  # 项目, 年初预算, 调整后预算, 实际支出 (万元)
    ("基本支出", "1,780.00", "1,890.20", "1,862.45"),
    ("项目支出", "2,346.30", "3,188.30", "3,049.91"),
]


def bachuan_md() -> str:
    rows = ["| 项目 | 年初预算 | 调整后预算 | 实际支出 |", "| --- | ---: | ---: | ---: |"]
    rows += [f"| {n} | {a} | {b} | {d} |" for n, a, b, d in BACHUAN_TYPES]
    sums = [sum_money([t[k] for t in BACHUAN_TYPES]) for k in (1, 2, 3)]
    rows.append(f"| 合计 | {' | '.join(money(v) for v in sums)} |")
    check(
        sums == [dec("4126.30"), dec("5078.50"), dec("4912.36")]
        and dec("4126.30") + dec("1038.60") - dec("86.40") == dec("5078.50")
        and dec("4578.50") + dec("500.00") == dec("5078.50")
        and rate("4912.36", "5078.50") == dec("96.73")
        and not_half("4912.36", "5078.50")
        and dec("5078.50") - dec("4912.36") == dec("166.14"),
        "bachuan",
    )
    table_md = "\n".join(rows)
    return f"""当前位置：[街镇](#) > [巴川街道](#) > [政务公开](#) > [法定主动公开内容](#) > [预算/决算](#)

- [ 索引号 ] 11500224MB1K02318P/2024-00031
- [ 主题分类 ] 财政
- [ 发布机构 ] 铜梁区巴川街道
- [ 成文日期 ] 2024-06-12
- [ 发布日期 ] 2024-06-12

# {BACHUAN_TITLE}

日期：2024-06-12　　字体：【默认 超大】　　分享：

## 一、部门基本情况

巴川街道办事处是区政府的派出机关，内设党政办公室、党建工作办公室、经济发展办公室等8个内设机构，下设便民服务中心、综合行政执法大队等4个事业单位，辖11个社区、6个村，辖区常住人口12.6万人，2023年末在职人员158人。

## 二、部门预算收支情况

2023年区财政批复我街道年初预算4,126.30万元，年中追加1,038.60万元，因部分项目调整实施主体调减86.40万元，调整后预算5,078.50万元。其中一般公共预算财政拨款4,578.50万元，政府性基金预算财政拨款500.00万元。

全年支出4,912.36万元，其中基本支出1,862.45万元、项目支出3,049.91万元，预算执行率96.73%，年末结转结余166.14万元。分类执行情况如下（单位：万元）：

{table_md}

## 三、履职成效

（一）城市管理。全年清运生活垃圾1.86万吨，整治背街小巷14条，新增和改造停车位620个，拆除违法建筑1.2万平方米。

（二）民生保障。新增城镇就业1,240人；为辖区1,086名80周岁以上老人按每人每月100元标准发放高龄津贴；城乡低保和特困人员救助资金按月足额兑付；调解矛盾纠纷462件，调解成功率98.5%。

（三）乡村振兴。辖区6个村发展特色种植1,360亩，培育农民专业合作社9家。

## 四、自评结论

本次自评采用百分制，满分100分。经自评，我街道2023年度部门整体支出评价分88分，自评等级为良好。扣分原因：预算执行率未达到区财政局要求的97%，部分项目绩效目标设置不够细化。

## 五、存在的问题

1. 年中追加和调减较多，年初预算的准确性有待提高。
2. 部分项目实施进度滞后，年末结转结余偏多。

## 六、下一步工作措施

1. 做实项目前期论证，提高年初预算编制质量，严格控制预算调整。
2. 建立项目支出进度月通报制度，对进度滞后项目及时督促。

{BACHUAN_UNIT}

2024年6月5日

---

扫一扫在手机打开当前页

【[打印](#)】　【[关闭](#)】
"""


# =========================================================================== 11. bozhou (XLSX; a 州 bureau's bare form whose typed rate fits no figures; E2)
BOZHOU_UNIT = "博尔塔拉蒙古自治州林业和草原局"
BOZHOU_PROJECT = "草原有害生物防治"
BOZHOU_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元); E a dash
    ("年度资金总额", "320.00", "356.80", "343.16"),
    ("其中：中央财政资金", "260.00", "260.00", "252.34"),
    ("自治区财政资金", E, "36.80", "34.32"),
    ("州本级财政资金", "60.00", "60.00", "56.50"),
    ("其他资金", E, E, E),
]
BOZHOU_RATE = "96.81%"  # E2: typed as text, two digits swapped; 343.16 ÷ 356.80 = 96.18%
BOZHOU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "草原鼠害防治面积", "≥25万亩", "28万亩", 15, 15, ""),
    ("产出指标", "数量指标", "草原虫害防治面积", "≥15万亩", "16.5万亩", 10, 10, ""),
    ("产出指标", "质量指标", "绿色防治比例", "≥80%", "86.2%", 10, 10, ""),
    (
        "产出指标",
        "时效指标",
        "防治作业完成时间",
        "2024年7月底前",
        "2024年8月10日",
        5,
        3,
        "受降雨影响部分区域作业推迟",
    ),
    ("产出指标", "成本指标", "亩均防治成本", "≤12元", "11.8元", 5, 5, ""),
    ("效益指标", "生态效益指标", "危害面积控制率", "≥85%", "88.6%", 15, 15, ""),
    ("效益指标", "社会效益指标", "受益牧户", "≥1200户", "1326户", 10, 10, ""),
    (
        "效益指标",
        "可持续影响指标",
        "有害生物监测预警体系",
        "逐步完善",
        "基本完善",
        10,
        9,
        "部分监测点设备老化",
    ),
    ("满意度指标", "服务对象满意度指标", "牧民群众满意度", "≥90%", "93.1%", 10, 10, ""),
]
BOZHOU_GOAL = "完成草原鼠害防治25万亩、虫害防治15万亩，绿色防治比例达到80%以上，危害面积控制率达到85%以上。"
BOZHOU_DONE = (
    "完成草原鼠害防治28万亩、虫害防治16.5万亩，其中生物防治和物理防治面积占比86.2%，危害面积控制率达到88.6%。"
)


def bozhou_score() -> str:
    _, _, budget, done = BOZHOU_FUNDS[0]
    return exec_score(done, budget)


def bozhou_total() -> Decimal:
    return indicator_total(bozhou_score(), BOZHOU_IND, 6)


def doc_bozhou(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    for col, w in zip("ABCDEFGHI", [12, 14, 16, 20, 14, 14, 8, 10, 24], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", BOZHOU_PROJECT, merge_to="I3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", BOZHOU_UNIT, merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", BOZHOU_UNIT, merge_to="I4")
    last = 5 + len(BOZHOU_FUNDS)
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to=f"A{last}")
    for col, head in zip(
        "BDEFGHI",
        ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        strict=True,
    ):
        xl_put(ws, f"{col}5", head, center=True, merge_to="C5" if col == "B" else None)
    for r, (name, a, b, c) in enumerate(BOZHOU_FUNDS, 6):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        for col, v in zip("DEF", (a, b, c), strict=True):
            if v == E:
                xl_put(ws, f"{col}{r}", E, center=True)
            else:
                xl_put(ws, f"{col}{r}", float(dec(v)), fmt="#,##0.00", center=True)
        if r == 6:
            xl_put(ws, "G6", 10, center=True)
            xl_put(ws, "H6", BOZHOU_RATE, center=True)  # typed by hand, as text
            xl_put(ws, "I6", float(bozhou_score()), fmt="0.00", center=True)
        else:
            for col in "GHI":
                xl_put(ws, f"{col}{r}", E, center=True)
    goal = last + 1
    xl_put(ws, f"A{goal}", "年度总体目标", center=True, merge_to=f"A{goal + 1}")
    xl_put(ws, f"B{goal}", "预期目标", center=True, merge_to=f"E{goal}")
    xl_put(ws, f"F{goal}", "实际完成情况", center=True, merge_to=f"I{goal}")
    xl_put(ws, f"B{goal + 1}", BOZHOU_GOAL, merge_to=f"E{goal + 1}")
    xl_put(ws, f"F{goal + 1}", BOZHOU_DONE, merge_to=f"I{goal + 1}")
    ws.row_dimensions[goal + 1].height = 60
    first = goal + 2
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(BOZHOU_IND)}")
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
    for r, row in enumerate(BOZHOU_IND, first + 1):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v if v != "" else None, center=col in "EFGH")
    for (r0, c0), (rs, _) in level_merges(BOZHOU_IND, first + 1, col0=0).items():
        col = "BC"[c0]
        ws.merge_cells(f"{col}{r0}:{col}{r0 + rs - 1}")
    end = first + len(BOZHOU_IND) + 1
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(bozhou_total()), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "自评等级：优", center=True)
    xl_put(
        ws,
        f"A{end + 1}",
        f"填报单位（盖章）：{BOZHOU_UNIT}　　联系人：巴××　　填报日期：2025年2月26日",
        merge_to=f"I{end + 1}",
        border=False,
    )
    STAMP.save_xlsx(wb, path)
    total, central, region, local, _ = BOZHOU_FUNDS
    check(
        all(sum_money([central[k], region[k], local[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("96.18")
        and not_half(total[3], total[2])
        and dec(BOZHOU_RATE) != rate(total[3], total[2])
        and bozhou_score() == "9.62"
        and sum(r[5] for r in BOZHOU_IND) == 90
        and all(r[6] <= r[5] for r in BOZHOU_IND)
        and bozhou_total() == dec("96.62"),
        f"bozhou {bozhou_total()}",
    )


# =========================================================================== 12. lakang (PDF, no footer; a town whose 衔接资金 are the county's)
LAKANG_UNIT = "洛扎县拉康镇人民政府"
LAKANG_CLASSES = [("工资福利支出", "716.28"), ("商品和服务支出", "108.64"), ("对个人和家庭的补助", "37.43")]
LAKANG_TEXT: Blocks = [
    ("h", "一、基本情况"),
    (
        "p",
        "拉康镇人民政府负责全镇经济发展、社会事务、基层治理和公共服务工作，设党政综合办公室、经济发展综合办公室等5个"
        "办公室和便民服务中心，辖7个行政村（居），2024年末在职干部职工46人。",
    ),
    ("h", "二、预算收支情况"),
    (
        "p",
        "（一）预算批复。2024年县财政批复我镇年初预算1,286.70万元，年中追加368.45万元，全年预算1,655.15万元，全部为"
        "一般公共预算财政拨款。中央和自治区下达的巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金由县级统筹实施，2024年在"
        "我镇实施衔接资金项目投资2,460.00万元，不纳入本镇部门预算。",
    ),
    (
        "p",
        "（二）预算执行。全年支出1,618.24万元，其中基本支出862.35万元、项目支出755.89万元；预算执行率97.77%，年末结余"
        "36.91万元。基本支出中，" + "，".join(f"{n}{v}万元" for n, v in LAKANG_CLASSES) + "。",
    ),
    ("h", "三、履职成效"),
    (
        "p",
        "（一）产业发展。完成人工种草1,200亩，新建牦牛育肥棚圈16座，扶持农牧民专业合作社5家，合作社分红惠及1,286户。",
    ),
    ("p", "（二）基础设施。新建和维修村级道路9.6公里，维修人饮管道4.2公里，解决312户群众安全饮水问题。"),
    (
        "p",
        "（三）就业增收。组织农牧民技能培训18期、640人次；转移就业农牧民1,126人次，实现劳务收入1,386万元，人均劳务收入"
        "约1.23万元。生态岗位补助按每人每年3,500元标准由县财政直接兑付到人。",
    ),
    ("p", "（四）社会治理。调处矛盾纠纷38件，调处成功率100%，全年未发生重大安全生产事故。"),
    ("h", "四、自评结论"),
    (
        "p",
        "按照县财政局部门整体支出绩效评价指标体系，镇绩效自评小组逐项打分，自评绩效等级为“优”，分数为93.8分。",
    ),
    ("h", "五、存在的问题及原因"),
    ("p", "（一）高海拔地区施工期短，部分项目年内完工后资金支付滞后。"),
    ("p", "（二）镇财政所人员少，预算编制和绩效管理的专业能力不足。"),
    ("h", "六、整改措施"),
    ("p", "（一）提前做好项目招标和备料，在施工季节集中施工，及时办理结算和支付。"),
    ("p", "（二）选派财政所人员参加县财政局组织的预算绩效管理业务培训。"),
]


def doc_lakang(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=12, margin=66, creator="WPS Writer")
    p.title(f"{LAKANG_UNIT}2024年度\n部门整体支出绩效自评报告", size=16)
    p.blocks(LAKANG_TEXT)
    p.right(LAKANG_UNIT, size=11)
    p.right("2025年4月3日", size=11)
    check(p.page == 2, f"lakang on two pages, not {p.page}")
    p.save()
    check(
        dec("1286.70") + dec("368.45") == dec("1655.15")
        and dec("862.35") + dec("755.89") == dec("1618.24")
        and sum_money([v for _, v in LAKANG_CLASSES]) == dec("862.35")
        and rate("1618.24", "1655.15") == dec("97.77")
        and not_half("1618.24", "1655.15")
        and dec("1655.15") - dec("1618.24") == dec("36.91")
        and (dec("1386") / 1126).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("1.23"),
        "lakang",
    )


# =========================================================================== 13. wufeng (PDF; a project report with a printed scale and no score)
WUFENG_UNIT = "五峰土家族自治县人力资源和社会保障局"
WUFENG_PROJECT = "职业技能培训补贴"
WUFENG_LEVELS = [(652, 1200), (1282, 1800)]  # 初级工, 中级工: persons paid, 元 each
WUFENG_TRADES = [  # 工种, 培训期数, 培训人次, 取证人数: the whole year, by trade
    ("茶叶加工", 32, 746, 642),
    ("家政服务", 26, 612, 518),
    ("电子商务", 22, 540, 452),
    ("中式烹调", 18, 388, 322),
]
WUFENG_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "为提升劳动者就业创业能力，县人社局2025年组织开展职业技能培训，对参加培训并取得证书的城乡劳动者按规定给予"
        "培训补贴，补贴资金直接兑付给个人或培训机构。培训工种包括茶叶加工、家政服务、电子商务、中式烹调等。年度绩效"
        "目标为：培训城乡劳动者2,000人次以上，取证率80%以上，培训后就业率60%以上。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "2025年省级财政下达职业技能培训补贴资金286.00万元，县级财政安排配套资金40.00万元，项目全年预算326.00万元，"
        "资金均已到位。培训补贴按初级工每人1,200元、中级工每人1,800元的标准，经县人社局审核、公示后兑付。截至2025年"
        "12月31日，共为1,934名取证人员兑付培训补贴309.00万元，其中初级工652人、中级工1,282人，预算执行率94.79%；结余"
        "17.00万元结转下年使用。",
    ),
    ("h", "三、项目绩效情况"),
    (
        "p",
        "（一）产出。全年开展职业技能培训98期，培训城乡劳动者2,286人次，完成年度目标的114.3%，其中脱贫劳动力和农村"
        "低收入人口836人次；培训后取得职业资格证书或职业技能等级证书1,934人，取证率84.6%。上年培训1,862人次。分工种"
        "培训情况见表1。",
    ),
]
WUFENG_TEXT_B: Blocks = [
    (
        "p",
        "（二）效益。培训后实现就业或自主创业1,526人，就业率66.8%，茶叶加工、家政服务等工种的学员大多在县内企业和"
        "家庭服务机构就业。",
    ),
    ("p", "（三）满意度。对参训人员开展电话回访，满意度为96.2%。"),
    ("h", "四、评价结论"),
    (
        "p",
        "项目绩效评价采用百分制，评价结果分为优（90分及以上）、良（80分至89分）、中（60分至79分）、差（60分以下）"
        "四个等级。本报告反映单位自评情况，项目评价得分和等级以县财政局复核结果为准。",
    ),
    ("h", "五、存在的问题和改进措施"),
    (
        "p",
        "1.部分培训机构师资和实训设备不足，实操课时偏少。下一步将建立培训机构动态评估制度，对评估不合格的机构暂停"
        "培训资格。",
    ),
    (
        "p",
        "2.培训后就业跟踪服务不够，部分学员就业稳定性不高。下一步将培训与岗位对接结合，开展订单式培训，定期回访学员"
        "就业情况。",
    ),
]


def doc_wufeng(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=64, creator="Microsoft® Word 2021")
    p.title(f"{WUFENG_UNIT}\n2025年度{WUFENG_PROJECT}项目支出绩效自评报告", size=15)
    p.blocks(WUFENG_TEXT)
    rows: list[list[Cell]] = [["工种", "培训期数（期）", "培训人次", "取证人数"]]
    rows += [[n, str(a), money(b, 0), str(c)] for n, a, b, c in WUFENG_TRADES]
    sums = [sum(t[k] for t in WUFENG_TRADES) for k in (1, 2, 3)]
    rows.append(["合计", str(sums[0]), money(sums[1], 0), money(sums[2], 0)])
    p.table(
        rows,
        [30, 20, 20, 20],
        style="three",
        size=10,
        align=["l", "r", "r", "r"],
        caption="表1　2025年分工种培训情况",
    )
    p.blocks(WUFENG_TEXT_B)
    p.right(WUFENG_UNIT, size=11)
    p.right("2026年3月9日", size=11)
    check(p.page == 2, f"wufeng on two pages, not {p.page}")
    p.save()
    paid = sum(Decimal(n) * Decimal(std) for n, std in WUFENG_LEVELS)
    check(
        paid == dec("309.00") * W
        and sums == [98, 2286, 1934]
        and sum(n for n, _ in WUFENG_LEVELS) == 1934
        and dec("286.00") + dec("40.00") == dec("326.00")
        and rate("309.00", "326.00") == dec("94.79")
        and not_half("309.00", "326.00")
        and dec("326.00") - dec("309.00") == dec("17.00")
        and rate(2286, 2000) == dec("114.30")
        and rate(1934, 2286) == dec("84.60")
        and (Decimal(1526) / 2286 * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("66.8"),
        "wufeng",
    )


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "junan-minzheng-2015.pdf": doc_junan,
        "weizhou-zhen-2016.txt": doc_weizhou,
        "chengduo-maoniu-2017.pdf": doc_chengduo,
        "qingyuan-huanjing-2018.pdf": doc_qingyuan,
        "elunchun-fanghuo-2019.pdf": doc_elunchun,
        "qianan-heitudi-2020.docx": doc_qianan,
        "xiangshui-yingji-2021.pdf": doc_xiangshui,
        "longnan-shengtai-2022.pdf": doc_longnan,
        "jiaxinglu-yanglao-2022.html": lambda p: write_text(p, jiaxinglu_html()),
        "bachuan-jiedao-2023.md": lambda p: write_text(p, bachuan_md()),
        "bozhou-caoyuan-2024.xlsx": doc_bozhou,
        "lakang-zhen-2024.pdf": doc_lakang,
        "wufeng-peixun-2025.pdf": doc_wufeng,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
