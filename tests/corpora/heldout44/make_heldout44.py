#!/usr/bin/env python3
"""Regenerate the heldout44 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout44/make_heldout44.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the DOCX and XLSX
are re-zipped with a fixed entry date and fixed core-property dates (tests/corpora/builder/office_kit); the HTML
pages and one TXT file are UTF-8 without BOM with LF, the other TXT file GBK with CRLF (a Notepad save).
The batch is "tables that lost their rules, and money worded by funding verbs": a form laid out with aligned text
only, a three-line table, a table of horizontal rules only, tables without any rule whose cells wrap inside their
column, a portal form flattened to one paragraph per cell, a form pasted into a text file with runs of spaces and
a wrapped indicator name, a Word form typed with tab stops; and money that arrives through 下达, 拨付, 支付, 兑付,
到位, 结转 and 结余, by level, in 万元 and in 元. Five real inconsistencies are planted, one per document, family and
format; the traps look wrong and are right. Every sentence and figure below is invented; place names are real.
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
from tests.corpora.builder.office_kit import OfficeStamp, para, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY44"
FIXED_DT = datetime.datetime(2027, 9, 16, 10, 25, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"
NO_LINE_END = "（《“"

Cell = Any  # a str, or (str, colspan)
Blocks = list[tuple[str, str]]
Indicator = tuple[
    str, str, str, str, str, int, int, str
]  # 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因


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


def weights(rows: Sequence[Indicator]) -> int:
    return sum(r[5] for r in rows)


def scores(rows: Sequence[Indicator]) -> int:
    return sum(r[6] for r in rows)


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
    line, right-aligned lines, and tables whose columns are positions only: no rule at all, the three rules of a
    三线表, or one horizontal rule under every row — never a vertical rule or a box. A cell wraps inside its column
    (a cell may span columns); a table is kept on one page with its caption and unit line."""

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
        rules: str = "none",
        size: float = 9,
        header_rows: int = 1,
        align: Sequence[str] | None = None,
        caption: str | None = None,
        unit: str | None = None,
        lead: float = 1.45,
        pad: float = 3,
        gap: float = 8,
        one_line: Sequence[int] = (),
    ) -> None:
        """rows of cells (a str or (str, colspan)); `rules` is `none`, `three` or `rows`; `one_line` lists the
        rows whose cells must not wrap."""
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        step = size * lead
        c = self.c

        def row_h(row: Sequence[Cell]) -> float:
            return (
                max(max(len(self.cell_lines(t, w, size)), 1) for t, _, _, w in self.cells_of(row, ws)) * step
                + 2 * pad
            )

        for k in one_line:
            for t, _, _, w in self.cells_of(rows[k], ws):
                check(len(self.cell_lines(t, w, size)) <= 1, f"cell wraps: {t}")
        height = sum(row_h(r) for r in rows) + (10.5 * 1.8 if caption else 0) + (9 * 1.8 if unit else 0)
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

        if rules in ("three", "rows"):
            rule(1.2)
        for ri, row in enumerate(rows):
            h = row_h(row)
            for text, col, span, w in self.cells_of(row, ws):
                x = self.m + sum(ws[:col])
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
            elif rules == "rows":
                rule(1.2 if last else 0.5)
        self.y -= gap


def run_labels(rows: Sequence[Indicator], key: int) -> list[str]:
    """The 一级 (key 0) or 二级 (key 1) labels as a merged cell prints them: on the first row of each run only."""
    out = []
    for k, row in enumerate(rows):
        same = k > 0 and tuple(rows[k - 1][: key + 1]) == tuple(row[: key + 1])
        out.append("" if same else row[key])
    return out


def indicator_rows(rows: Sequence[Indicator]) -> list[list[str]]:
    """The indicator rows as a form prints them, the merged 一级 / 二级 labels once."""
    first, second = run_labels(rows, 0), run_labels(rows, 1)
    return [[first[k], second[k], r[2], r[3], r[4], str(r[5]), str(r[6]), r[7]] for k, r in enumerate(rows)]


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


# =========================================================================== 1. gongga (PDF; a bare form laid out with aligned text only, no rule at all; scores ≠ 总分, E1)
GONGGA_UNIT = "贡嘎县农牧局"
GONGGA_PROJECT = "青稞良种推广项目"
GONGGA_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "180.00", "236.00", "229.16"),
    ("其中：中央财政资金", "120.00", "160.00", "156.40"),
    ("自治区财政资金", "40.00", "56.00", "53.76"),
    ("县级财政资金", "20.00", "20.00", "19.00"),
]
GONGGA_TOTAL = "95.71"  # E1: 9.71 + the rows' 87 = 96.71
GONGGA_IND: list[Indicator] = [
    ("产出指标", "数量指标", "推广青稞良种面积", "≥3万亩", "3.2万亩", 15, 15, ""),
    ("产出指标", "数量指标", "良种补贴覆盖农牧户", "≥2800户", "2936户", 10, 10, ""),
    ("产出指标", "质量指标", "良种纯度", "≥96%", "97.2%", 10, 10, ""),
    ("产出指标", "时效指标", "良种发放完成时间", "4月20日前", "4月18日", 5, 5, ""),
    ("产出指标", "成本指标", "每亩良种补贴", "≤60元", "58元", 10, 10, ""),
    ("效益指标", "经济效益指标", "青稞亩均增产", "≥15公斤", "18公斤", 10, 10, ""),
    ("效益指标", "社会效益指标", "良种覆盖率", "≥85%", "82.6%", 10, 8, "高海拔村组仍用自留种"),
    ("效益指标", "可持续影响指标", "良种繁育推广体系", "逐步健全", "基本健全", 10, 9, "村级技术员队伍不稳定"),
    ("满意度指标", "服务对象满意度", "农牧民满意度", "≥90%", "93.5%", 10, 10, ""),
]
GONGGA_GOAL = (
    "在全县8个乡镇推广青稞良种3万亩以上，良种补贴覆盖农牧户2800户以上，良种纯度不低于96%，青稞亩均增产15公斤"
    "以上，农牧民满意度达到90%以上。"
)
GONGGA_DONE = (
    "全年在8个乡镇推广青稞良种3.2万亩，向2936户农牧户发放良种，经县农技推广站抽检良种纯度97.2%；项目区青稞亩均"
    "增产18公斤；举办青稞种植技术培训22期、1650人次。"
)


def gongga_score() -> str:
    _, _, budget, done = GONGGA_FUNDS[0]
    return exec_score(done, budget)


def doc_gongga(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=9, margin=40, creator="Microsoft® Excel® 2010")
    p.title("项目支出绩效自评表", size=15)
    p.center("（2016年度）", size=10)
    p.space(2)
    size = 8.5
    p.ptable(
        [
            ["项目名称", (GONGGA_PROJECT, 5)],
            ["主管部门", (GONGGA_UNIT, 2), "实施单位", (GONGGA_UNIT, 2)],
        ],
        [14, 14, 14, 14, 22, 22],
        size=size,
        header_rows=0,
        gap=4,
        one_line=(0, 1),
    )
    funds: list[list[Cell]] = [
        ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    ]
    for k, (name, initial, whole, done) in enumerate(GONGGA_FUNDS):
        tail = ["10", pct(done, whole), gongga_score()] if k == 0 else [E, E, E]
        funds.append(["", name, initial, whole, done, *tail])
    p.ptable(
        funds,
        [16, 22, 12, 12, 12, 7, 10, 9],
        size=size,
        align=["l", "l", "r", "r", "r", "c", "r", "r"],
        gap=4,
        one_line=range(len(funds)),
    )
    p.ptable(
        [["年度总体目标", "预期目标", "实际完成情况"], ["", GONGGA_GOAL, GONGGA_DONE]],
        [16, 42, 42],
        size=size,
        gap=4,
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
    ind += indicator_rows(GONGGA_IND)
    ind.append(["总分", "", "", "", "", "100", GONGGA_TOTAL, "自评等级：优"])
    p.ptable(
        ind,
        [10, 14, 19, 11, 11, 5, 6, 24],
        size=size,
        align=["l", "l", "l", "c", "c", "c", "c", "l"],
        gap=10,
        one_line=range(len(ind)),
    )
    p.left(
        f"填报单位（盖章）：{GONGGA_UNIT}　　　　项目负责人：次仁××　　　　填报日期：2017年3月24日", size=9
    )
    check(p.page == 1, f"gongga on one page, not {p.page}")
    p.save()
    total, central, region, county = GONGGA_FUNDS
    check(
        all(sum_money([central[k], region[k], county[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("97.10")
        and not_half(total[3], total[2])
        and gongga_score() == "9.71"
        and weights(GONGGA_IND) == 90
        and all(r[6] <= r[5] for r in GONGGA_IND)
        and dec(gongga_score()) + scores(GONGGA_IND) == dec(GONGGA_TOTAL) + 1,
        f"gongga {scores(GONGGA_IND)}",
    )


# =========================================================================== 2. fuhai (PDF; a department report with a three-line 资金来源 table holding a 小计 row)
FUHAI_UNIT = "福海县水利局"
FUHAI_TITLE = "2017年度部门整体支出绩效自评报告"
FUHAI_SOURCES = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("一般公共预算财政拨款", "2,364.50", "3,284.80", "3,162.47"),
    ("政府性基金预算财政拨款", "500.00", "706.00", "688.95"),
]
FUHAI_CARRYOVER = ("上年结转资金", E, "318.20", "302.16")


def fuhai_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    rows += [[n, a, b, c, pct(c, b)] for n, a, b, c in FUHAI_SOURCES]
    sub = [money(sum_money([r[k] for r in FUHAI_SOURCES])) for k in (1, 2, 3)]
    rows.append(["财政拨款小计", *sub, pct(sub[2], sub[1])])
    name, a, b, c = FUHAI_CARRYOVER
    rows.append([name, a, b, c, pct(c, b)])
    total = [money(sum_money([sub[k], FUHAI_CARRYOVER[k + 1]])) for k in (0, 1, 2)]
    rows.append(["合计", *total, pct(total[2], total[1])])
    return rows


FUHAI_TEXT_A: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "福海县水利局主要负责全县水资源统一管理、水利工程建设与运行管理、农田灌溉、防汛抗旱和农村饮水安全等工作，"
        "内设办公室、水政水资源股、工程建设管理股、农村水利股4个股室，下属县水利工程管理站、县农村饮水安全管理站"
        "和3个灌区管理所，2017年末在职人员64人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "（一）预算安排。2017年县财政批复我局年初预算2,864.50万元；年中追加1,126.30万元，主要为自治区下达的农田水利"
        "设施维修养护补助和县级安排的防汛抢险经费；加上2016年结转的318.20万元，全年预算4,309.00万元。按资金来源分，"
        "一般公共预算财政拨款3,284.80万元，政府性基金预算财政拨款706.00万元，上年结转资金318.20万元，各项资金的执行"
        "情况见表1。",
    ),
]
FUHAI_TEXT_B: Blocks = [
    (
        "p",
        "（二）预算执行。全年支出4,153.58万元，其中基本支出1,036.42万元、项目支出3,117.16万元；预算执行率96.39%，年末"
        "结转结余155.42万元，主要为年底开工的渠首维修工程尚未结算的工程款。",
    ),
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）农田水利建设。完成渠道防渗改造12.6公里，新建和维修各类水闸38座，新增高效节水灌溉面积1.8万亩，完成"
        "年度计划1.5万亩的120%。",
    ),
    (
        "p",
        "（二）工程运行管护。维修养护干支渠86.4公里，清淤疏浚渠道42.3公里，全年向灌区供水2.36亿立方米，灌溉保证率"
        "达到85.6%。",
    ),
    (
        "p",
        "（三）防汛抗旱。汛前排查整治病险水利工程隐患17处，开展防汛应急演练3场次，全年未发生因洪涝灾害造成的人员"
        "伤亡。",
    ),
    (
        "p",
        "（四）农村饮水安全。维修改造农村饮水工程管网26.8公里，农村集中供水率达到96.2%，水质达标率较上年提高2.4个"
        "百分点。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "对照县财政局印发的部门整体支出绩效评价指标体系，我局从预算编制、预算执行、预算管理和履职效益四个方面逐项"
        "自评，自评得分93.5分，自评等级为“优”。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分水利工程项目前期工作不够扎实，开工时间偏晚，年末仍有工程款未能结算。"),
    ("p", "（二）灌区计量设施不完善，部分斗口以下渠道无法实现按方计量。"),
    ("h", "六、改进措施"),
    ("p", "（一）建立水利项目储备库，提前完成设计和招标，确保工程在灌溉间歇期开工。"),
    ("p", "（二）逐年增设斗口计量设施，推行用水计量和水费计收到户。"),
]


def doc_fuhai(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{FUHAI_UNIT}\n{FUHAI_TITLE}", size=16)
    p.blocks(FUHAI_TEXT_A)
    rows = fuhai_rows()
    p.ptable(
        rows,
        [30, 17, 17, 17, 13],
        rules="three",
        size=10.5,
        align=["l", "r", "r", "r", "r"],
        caption="表1　2017年度资金来源及执行情况",
        unit="单位：万元",
        one_line=range(len(rows)),
    )
    p.blocks(FUHAI_TEXT_B)
    p.right(FUHAI_UNIT, size=11)
    p.right("2018年3月30日", size=11)
    check(p.page == 2, f"fuhai on two pages, not {p.page}")
    p.save()
    check(
        rows[-1][1:] == ["2,864.50", "4,309.00", "4,153.58", "96.39%"]
        and rows[3][1:4] == ["2,864.50", "3,990.80", "3,851.42"]
        and dec("2864.50") + dec("1126.30") == dec("3990.80")
        and dec("3990.80") + dec("318.20") == dec("4309.00")
        and dec("1036.42") + dec("3117.16") == dec("4153.58")
        and not_half("4153.58", "4309.00")
        and dec("4309.00") - dec("4153.58") == dec("155.42")
        and rate("1.8", "1.5") == 120,
        f"fuhai {rows}",
    )


# =========================================================================== 3. qilian (PDF; a project report whose table in 元 has no rule and a cell that wraps inside its column)
QILIAN_UNIT = "祁连县农牧和科技局"
QILIAN_PROJECT = "草原生态保护补助奖励"
QILIAN_PAID = [  # 乡镇, 兑付户数, 禁牧补助, 草畜平衡奖励 (元)
    ("八宝镇", 612, "3,286,402.50", "1,236,482.50"),
    ("峨堡镇", 704, "3,792,615.00", "1,402,356.40"),
    ("默勒镇", 986, "5,408,127.75", "1,968,204.00"),
    ("扎麻什乡", 648, "3,461,980.25", "1,287,615.00"),
    ("阿柔乡", 1032, "5,634,118.50", "2,106,934.50"),
    ("野牛沟乡（含县种畜场代管牧户）", 834, "4,487,036.00", "1,732,418.00"),
    ("央隆乡", 570, "2,892,138.50", "1,407,283.50"),
]
QILIAN_WRAPPED = "野牛沟乡（含县种畜场代管牧户）"


def qilian_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["乡镇", "兑付户数", "禁牧补助", "草畜平衡奖励", "合计"]]
    for town, homes, ban, balance in QILIAN_PAID:
        rows.append([town, f"{homes:,}", ban, balance, money(sum_money([ban, balance]))])
    homes = sum(r[1] for r in QILIAN_PAID)
    ban, balance = (sum_money([r[k] for r in QILIAN_PAID]) for k in (2, 3))
    rows.append(["合计", f"{homes:,}", money(ban), money(balance), money(ban + balance)])
    return rows


QILIAN_TEXT_A: Blocks = [
    ("h", "一、项目基本情况"),
    (
        "p",
        "草原生态保护补助奖励政策是国家在草原牧区实施的一项强牧惠牧政策。我县将可利用草原划分为禁牧区和草畜平衡区，"
        "对禁牧草原按每亩每年7.5元的标准给予禁牧补助，对履行草畜平衡义务的牧户按每亩每年2.5元的标准给予草畜平衡"
        "奖励，中央下达的绩效评价奖励资金用于草原监测和草原管护员队伍建设。",
    ),
    (
        "p",
        "项目年度绩效目标为：落实禁牧面积391万亩、草畜平衡面积454万亩，补助奖励资金按时足额兑付到户，草原综合植被"
        "盖度稳定在66%以上，牧户满意度达到90%以上。",
    ),
    ("h", "二、项目资金下达和使用情况"),
    (
        "p",
        "2018年5月，中央财政通过省级财政下达我县草原生态保护补助奖励资金4,286.40万元，其中禁牧补助2,934.60万元、"
        "草畜平衡奖励1,136.80万元、绩效评价奖励215.00万元，作为项目全年预算。资金于6月全部拨付到县，实际到位资金"
        "4,286.40万元。县财政局按照各乡镇核定的禁牧和草畜平衡面积，将补助奖励资金拨付至乡镇，由乡镇财政所通过惠农"
        "“一卡通”兑付到户；绩效评价奖励资金由我局统筹用于草原监测、草原管护员培训和围栏维护。",
    ),
    (
        "p",
        "截至2018年12月31日，项目共支出4,198.72万元，其中兑付到户4,010.37万元（各乡镇兑付情况见表1），绩效评价奖励"
        "资金支出188.35万元；预算执行率97.95%，结余87.68万元为死亡、迁出牧户的待核补助资金和尚未结算的围栏维护费，"
        "经县财政局同意结转下年使用。此外，2017年度结余的草畜平衡奖励126.50万元已于2018年3月补发到户，其使用情况"
        "已在2017年度自评中反映，不列入本年度预算。",
    ),
]
QILIAN_TEXT_B: Blocks = [
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "（一）产出。全县落实禁牧面积391.28万亩、草畜平衡面积454.72万亩，补助奖励资金兑付到5,386户牧户，兑付工作于"
        "12月底前完成；选聘村级草原管护员412名，开展管护员培训6期、480人次，维护草原围栏38.5公里。",
    ),
    (
        "p",
        "（二）效益。牧户户均享受补助奖励约7,446元，政策性收入保持稳定；经监测，全县草原综合植被盖度为67.3%，较上年"
        "提高0.8个百分点，天然草原亩产鲜草246公斤。",
    ),
    ("p", "（三）满意度。随机抽取180户牧户开展问卷调查，牧户满意度为96.7%。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标和县财政局印发的评价指标，经逐项评价，项目自评得分95分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）牧户死亡、分户和迁出等信息更新不及时，部分补助资金需要核实后才能兑付。"),
    ("p", "（二）部分草原管护员年龄偏大，巡护记录填写不规范。"),
    ("h", "六、改进措施"),
    ("p", "（一）与乡镇派出所和民政部门建立信息共享机制，每季度更新一次牧户信息。"),
    ("p", "（二）调整管护员选聘条件，推行手机巡护打卡，按巡护实绩发放报酬。"),
]


def doc_qilian(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=64, creator="WPS Office")
    p.title(f"{QILIAN_UNIT}\n2018年度{QILIAN_PROJECT}项目支出绩效自评报告", size=16)
    p.blocks(QILIAN_TEXT_A)
    rows = qilian_rows()
    p.ptable(
        rows,
        [22, 12, 22, 22, 22],
        size=10,
        align=["l", "r", "r", "r", "r"],
        caption="表1　2018年草原补奖资金兑付到户情况",
        unit="单位：户、元",
        one_line=[k for k, r in enumerate(rows) if r[0] != QILIAN_WRAPPED],
    )
    p.blocks(QILIAN_TEXT_B)
    p.right(QILIAN_UNIT, size=11)
    p.right("2019年3月22日", size=11)
    check(p.page == 2, f"qilian on two pages, not {p.page}")
    p.save()
    total = dec(rows[-1][4])
    check(
        rows[-1][1:] == ["5,386", "28,962,418.50", "11,141,293.90", "40,103,712.40"]
        and dec("2934.60") + dec("1136.80") + dec("215.00") == dec("4286.40")
        and dec("4010.37") + dec("188.35") == dec("4198.72")
        and rate("4198.72", "4286.40") == dec("97.95")
        and not_half("4198.72", "4286.40")
        and dec("4286.40") - dec("4198.72") == dec("87.68")
        and (total / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("4010.37")
        and dec("2934.60") / dec("7.5") == dec("391.28")
        and dec("1136.80") / dec("2.5") == dec("454.72")
        and (total / 5386).quantize(Decimal("1"), ROUND_HALF_UP) == 7446,
        f"qilian {rows[-1]}",
    )


# =========================================================================== 4. minning (TXT, UTF-8 and LF; a town's department report; 基本 + 项目 one hundredth off the total, rounding)
MINNING_UNIT = "永宁县闽宁镇人民政府"
MINNING_TITLE = f"{MINNING_UNIT}2019年度部门整体支出绩效自评报告"


def minning_text() -> str:
    check(
        dec("1086.30") + dec("476.90") == dec("1563.20")
        and dec("318.40") + dec("158.50") == dec("476.90")
        and dec("612.35") + dec("911.13") == dec("1523.47") + dec("0.01")
        and rate("1523.47", "1563.20") == dec("97.46")
        and not_half("1523.47", "1563.20")
        and dec("1563.20") - dec("1523.47") == dec("39.73")
        and 138 * 2800 == 386400,
        "minning",
    )
    lines = [
        MINNING_TITLE,
        "",
        "一、部门基本情况",
        "闽宁镇是易地扶贫搬迁移民镇。镇人民政府内设党政办公室、经济发展办公室、社会事务办公室、综合执法办公室和"
        "便民服务中心，辖6个行政村，2019年末在编人员52人。",
        "",
        "二、预算收支情况",
        "（一）预算安排。2019年县财政批复我镇年初预算1,086.30万元，年中追加476.90万元，调整后预算1563.20万元，"
        "全部为一般公共预算财政拨款。追加资金中，上级转移支付资金318.40万元，主要用于移民产业奖补和村级组织运转；"
        "县级追加158.50万元，主要用于农村人居环境整治。",
        "（二）预算执行。全年支出1,523.47万元，其中基本支出612.35万元，项目支出911.13万元，预算执行率97.46%，年末"
        "结转结余39.73万元。",
        "",
        "三、绩效目标完成情况",
        "（一）产业发展。新增酿酒葡萄种植1,050亩，新建菌菇种植大棚36栋；按每户2,800元标准向138户移民兑付产业奖补"
        "资金386,400元。",
        "（二）就业增收。组织劳务输出3,860人次，举办电焊、家政、餐饮等技能培训14期、680人次，移民人均可支配收入"
        "较上年增长9.6%。",
        "（三）人居环境。改造农村卫生厕所426户，硬化村组道路5.6公里，清运村庄垃圾1,380吨。",
        "（四）社会治理。调解各类矛盾纠纷92件，调解成功率98.9%。",
        "",
        "四、自评结论",
        "对照县财政局印发的部门整体支出绩效评价指标，经综合评价，我镇2019年度部门整体支出自评得分为92.5分，评价"
        "等级为“优”。",
        "",
        "五、存在的问题",
        "1.年初预算编制不够细化，年中追加资金较多，占调整后预算的比重偏高。",
        "2.部分产业奖补资金兑付进度偏慢，集中在第四季度兑付。",
        "",
        "六、改进措施",
        "1.提前谋划下一年度重点工作，将可预见的支出全部纳入年初预算。",
        "2.建立产业奖补台账，验收一批、兑付一批，均衡支出进度。",
        "",
        MINNING_UNIT,
        "2020年3月18日",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== 5. dalate (DOCX; a form typed with tab stops, no Word table; a rate no pair of figures gives, E4)
DALATE_UNIT = "达拉特旗农牧局"
DALATE_PROJECT = "肉牛肉羊良种补贴项目"
DALATE_RATE = "96.14%"  # E4: 468.72 ÷ 486.00 = 96.44%
DALATE_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "420.00", "486.00", "468.72"),
    ("其中：中央财政资金", "300.00", "340.00", "330.12"),
    ("自治区财政资金", "80.00", "96.00", "90.60"),
    ("旗级财政资金", "40.00", "50.00", "48.00"),
]
DALATE_IND: list[Indicator] = [
    ("产出指标", "数量指标", "推广良种肉牛冻精", "≥3.5万剂", "3.62万剂", 10, 10, ""),
    ("产出指标", "数量指标", "补贴良种种公羊", "≥1200只", "1260只", 10, 10, ""),
    ("产出指标", "数量指标", "受益养殖户", "≥1500户", "1586户", 10, 10, ""),
    ("产出指标", "质量指标", "冻精配种受胎率", "≥60%", "63.5%", 10, 10, ""),
    (
        "产出指标",
        "时效指标",
        "补贴资金兑付时间",
        "2020年11月底前",
        "2020年12月10日",
        5,
        3,
        "部分嘎查公示期延长",
    ),
    ("产出指标", "成本指标", "每只种公羊补贴标准", "=800元", "800元", 5, 5, ""),
    ("效益指标", "经济效益指标", "养殖户户均增收", "≥1500元", "1680元", 15, 15, ""),
    (
        "效益指标",
        "可持续影响指标",
        "良种覆盖率",
        "逐年提高",
        "较上年提高3.2个百分点",
        10,
        9,
        "部分散养户仍用本地公羊",
    ),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "94.2%", 15, 14, "兑付时间偏晚"),
]
DALATE_GOAL = "推广良种肉牛冻精3.5万剂以上，补贴良种种公羊1200只以上，带动养殖户户均增收1500元以上。"
DALATE_DONE = (
    "全年推广良种肉牛冻精3.62万剂，补贴良种种公羊1260只，按每只800元标准兑付种公羊补贴100.80万元，受益养殖户"
    "1586户，养殖户户均增收1680元。"
)


def dalate_score() -> str:
    _, _, budget, done = DALATE_FUNDS[0]
    return exec_score(done, budget)


def dalate_total() -> Decimal:
    return dec(dalate_score()) + scores(DALATE_IND)


def _tab_line(d: Any, cells: Sequence[str], stops: Sequence[tuple[float, str]], bold: bool = False) -> None:
    """One row of the form typed on a line: cells separated by tabs, the columns set by the line's tab stops."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    kinds = {"l": WD_TAB_ALIGNMENT.LEFT, "c": WD_TAB_ALIGNMENT.CENTER, "d": WD_TAB_ALIGNMENT.DECIMAL}
    paragraph = d.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(2)
    for pos, kind in stops:
        fmt.tab_stops.add_tab_stop(Cm(pos), kinds[kind])
    run = paragraph.add_run("\t".join(cells))
    run.bold = bold
    run.font.size = Pt(10.5)


def doc_dalate(path: Path) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    d = STAMP.new_docx()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.8)
    office.centred_title(d, "项目支出绩效自评表", 16)
    office.aligned(d, "（2020年度）", "center")
    head = [(3.0, "l")]
    _tab_line(d, ["项目名称", DALATE_PROJECT], head)
    _tab_line(d, ["主管部门", DALATE_UNIT, "实施单位", DALATE_UNIT], [(3.0, "l"), (11.0, "l"), (14.0, "l")])
    _tab_line(d, ["项目资金（万元）"], [], bold=True)
    funds = [(7.5, "c"), (10.5, "c"), (13.5, "c"), (16.0, "c"), (18.5, "c"), (21.0, "c")]
    money_stops = [(7.5, "d"), (10.5, "d"), (13.5, "d"), (16.0, "c"), (18.5, "c"), (21.0, "c")]
    _tab_line(
        d, ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], funds, bold=True
    )
    for k, (name, initial, whole, done) in enumerate(DALATE_FUNDS):
        tail = ["10", DALATE_RATE, dalate_score()] if k == 0 else [E, E, E]
        _tab_line(d, [name, initial, whole, done, *tail], money_stops)
    _tab_line(d, ["年度总体目标"], [], bold=True)
    para(d, f"预期目标：{DALATE_GOAL}")
    para(d, f"实际完成情况：{DALATE_DONE}")
    _tab_line(d, ["绩效指标"], [], bold=True)
    stops = [(2.6, "l"), (5.6, "l"), (11.2, "c"), (14.6, "c"), (17.2, "c"), (18.6, "c"), (19.8, "l")]
    heads = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    _tab_line(d, heads, stops, bold=True)
    for row in indicator_rows(DALATE_IND):
        _tab_line(d, row, stops)
    _tab_line(d, ["总分", "", "", "", "", "100", str(dalate_total()), "自评等级：优"], stops, bold=True)
    para(
        d, f"填报单位（盖章）：{DALATE_UNIT}　　　　填报人：王××　　　　填报日期：2021年2月26日", indent=False
    )
    STAMP.save_docx(d, path)
    total, central, region, banner = DALATE_FUNDS
    check(
        all(sum_money([central[k], region[k], banner[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("96.44")
        and not_half(total[3], total[2])
        and dec(DALATE_RATE) != rate(total[3], total[2])
        and dalate_score() == "9.64"
        and weights(DALATE_IND) == 90
        and all(r[6] <= r[5] for r in DALATE_IND)
        and dalate_total() == dec("95.64")
        and 1260 * 800 == 1008000,
        f"dalate {dalate_total()}",
    )


# =========================================================================== 6. guizhou (PDF; a 省直 bureau's department report: money by verbs and levels, separators mixed)
GUIZHOU_UNIT = "贵州省林业局"
GUIZHOU_PROJECTS = [  # 项目, 全年预算数, 执行数 (万元)
    ("森林防火能力建设", "2,860.00", "2,786.24"),
    ("国家储备林建设", "6,500.00", "6,312.50"),
    ("林业有害生物防治", "1,240.00", "1,226.36"),
]


def guizhou_projects() -> str:
    parts = []
    for k, (name, budget, done) in enumerate(GUIZHOU_PROJECTS):
        shown = f"{rate(done, budget).normalize():f}%" if k == 2 else pct(done, budget)
        parts.append(f"“{name}”项目全年预算数为{budget}万元，执行数为{done}万元，完成预算的{shown}")
    return "；".join(parts) + "。其余项目的执行情况详见项目支出绩效自评表。"


def guizhou_text() -> Blocks:
    return [
        ("h", "一、部门概况"),
        (
            "p",
            "贵州省林业局是省人民政府直属机构，负责全省林业和草原及其生态保护修复的监督管理，组织林业和草原生态保护"
            "修复和造林绿化工作，负责森林、草原、湿地资源和自然保护地的监督管理。局机关内设处室14个，直属事业单位12个，"
            "2021年末在职人员1,086人。",
        ),
        ("h", "二、部门预算收支及执行情况"),
        (
            "p",
            "（一）预算安排。2021年省财政厅批复我局年初预算38462.15万元；年中追加21,386.40万元，主要为中央财政下达的"
            "林业改革发展资金、林业草原生态保护恢复资金和省级追加的森林防火经费，调整后预算59,848.55万元。按资金来源"
            "分，一般公共预算财政拨款52,614.35万元，政府性基金预算财政拨款3,200.00万元，其他资金4,034.20万元；财政"
            "拨款中，中央财政转移支付资金18,620.00万元，省级财政资金37,194.35万元。",
        ),
        (
            "p",
            "（二）预算执行。全年支出57,936.42万元，其中基本支出9,862.37万元（人员经费8,214.65万元、公用经费1,647.72"
            "万元），项目支出48,074.05万元；预算执行率96.81%，年末结转结余1,912.13万元。项目支出中，按因素法分配下达"
            "市县的林业专项资金31,280.00万元，已于9月底前全部拨付到位。",
        ),
        ("p", f"（三）重点项目执行。{guizhou_projects()}"),
        ("h", "三、绩效目标完成情况"),
        (
            "p",
            "（一）生态保护修复。全年完成营造林182.6万亩，完成年度计划180万亩的101.4%；完成石漠化综合治理36.8万亩；"
            "全省森林覆盖率达到62.18%。",
        ),
        (
            "p",
            "（二）资源保护。森林火灾受害率控制在0.9‰以内，全年未发生重大森林火灾；完成林业有害生物防治126.4万亩，"
            "防治率92.6%。",
        ),
        (
            "p",
            "（三）林业产业。全省林业产业总产值达到3,865亿元，较上年增长8.6%；新建林下经济示范基地48个，新建国家"
            "储备林26.5万亩。",
        ),
        ("h", "四、自评结论"),
        (
            "p",
            "按照省财政厅印发的省级部门整体支出绩效评价指标体系，我局从预算编制、预算执行、预算管理和履职效益四个"
            "方面开展自评，自评得分94.26分，评价等级为“优”。",
        ),
        ("h", "五、存在的问题"),
        ("p", "（一）中央转移支付资金下达时间较晚，部分市县项目当年开工、当年难以完成支付。"),
        ("p", "（二）部分绩效指标以定性描述为主，与预算资金的对应关系不够紧密。"),
        ("h", "六、改进措施"),
        ("p", "（一）提前做好项目储备，资金下达后督促市县在规定时限内分解落实到项目。"),
        ("p", "（二）完善林业绩效指标库，增加可量化、可考核的产出和效益指标。"),
    ]


def doc_guizhou(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=64, creator="Microsoft® Word 2016")
    p.title(f"{GUIZHOU_UNIT}\n2021年度部门整体支出绩效自评报告", size=16)
    p.blocks(guizhou_text())
    p.right(GUIZHOU_UNIT, size=11)
    p.right("2022年4月15日", size=11)
    check(p.page == 2, f"guizhou on two pages, not {p.page}")
    p.save()
    check(
        dec("38462.15") + dec("21386.40") == dec("59848.55")
        and dec("52614.35") + dec("3200.00") + dec("4034.20") == dec("59848.55")
        and dec("18620.00") + dec("37194.35") == dec("52614.35") + dec("3200.00")
        and dec("9862.37") + dec("48074.05") == dec("57936.42")
        and dec("8214.65") + dec("1647.72") == dec("9862.37")
        and rate("57936.42", "59848.55") == dec("96.81")
        and not_half("57936.42", "59848.55")
        and dec("59848.55") - dec("57936.42") == dec("1912.13")
        and all(not_half(d, b) for _, b, d in GUIZHOU_PROJECTS[:2])
        and (dec("182.6") / 180 * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("101.4"),
        "guizhou",
    )


# =========================================================================== 7. minqin (XLSX; a department form in 元 with two decimals and a printed scale; 86.70 graded 优, E5)
MINQIN_UNIT = "民勤县水务局"
MINQIN_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (元)
    ("年度资金总额", "31,864,250.00", "38,426,316.48", "37,286,905.12"),
    ("其中：一般公共预算拨款", "28,864,250.00", "33,926,316.48", "32,986,905.12"),
    ("政府性基金预算拨款", "3,000,000.00", "4,500,000.00", "4,300,000.00"),
]
MINQIN_TASKS = [  # 任务名称, 主要内容, 全年预算数, 全年执行数 (元)
    ("机关运转保障", "保障机关和下属事业单位正常运转", "9,426,316.48", "9,286,905.12"),
    ("水资源节约与保护", "关井压田、高效节水灌溉、地下水监测", "14,200,000.00", "13,815,400.00"),
    ("农村供水保障", "农村供水工程维修养护和水质检测", "9,300,000.00", "9,034,600.00"),
    ("防汛抗旱和水利工程维修", "河道防洪、抗旱应急和渠系建筑物维修", "5,500,000.00", "5,150,000.00"),
]
MINQIN_IND: list[Indicator] = [
    ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥2万亩", "2.36万亩", 10, 10, ""),
    ("产出指标", "数量指标", "关闭农业灌溉机电井", "≥120眼", "126眼", 10, 10, ""),
    ("产出指标", "数量指标", "维修养护水利工程", "≥45处", "43处", 10, 9, "2处工程因冬季停工顺延"),
    ("产出指标", "质量指标", "农村供水水质检测合格率", "≥95%", "93.8%", 10, 7, "部分水源硝酸盐超标"),
    (
        "产出指标",
        "时效指标",
        "维修养护工程完工时间",
        "2022年10月底前",
        "2022年11月20日",
        5,
        3,
        "招标时间延后",
    ),
    ("产出指标", "成本指标", "亩均高效节水灌溉工程投资", "≤1300元", "1260元", 5, 5, ""),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "99.2%", 10, 10, ""),
    ("效益指标", "生态效益指标", "监测区地下水位", "稳中有升", "回升0.36米", 10, 8, "部分区域观测井不足"),
    ("效益指标", "可持续影响指标", "水资源管理长效机制", "健全", "基本健全", 10, 7, "用水计量设施不全"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "91.6%", 10, 8, "供水检修停水时间较长"),
]
MINQIN_GOAL = (
    "新增高效节水灌溉面积2万亩以上，关闭农业灌溉机电井120眼以上，维修养护水利工程45处，农村自来水普及率保持在"
    "98%以上，地下水位稳中有升。"
)
MINQIN_DONE = (
    "全年新增高效节水灌溉面积2.36万亩，关闭农业灌溉机电井126眼，维修养护水利工程43处，农村自来水普及率达到"
    "99.2%，监测区地下水位平均回升0.36米。"
)
MINQIN_SCALE = "评分标准：总分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"


def minqin_score() -> str:
    _, _, budget, done = MINQIN_FUNDS[0]
    return exec_score(done, budget)


def minqin_total() -> Decimal:
    return dec(minqin_score()) + scores(MINQIN_IND)


def doc_minqin(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    for col, w in zip("ABCDEFGHI", [12, 14, 18, 22, 17, 17, 8, 8, 22], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "部门整体支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2022年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "部门（单位）名称", center=True, merge_to="B3")
    xl_put(ws, "C3", MINQIN_UNIT, merge_to="I3")
    last = 4 + len(MINQIN_FUNDS)
    xl_put(ws, "A4", "年度预算（元）", center=True, merge_to=f"A{last}")
    for col, head in zip(
        "BDEFGHI",
        ("资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        strict=True,
    ):
        xl_put(ws, f"{col}4", head, center=True, merge_to="C4" if col == "B" else None)
    for r, (name, initial, whole, done) in enumerate(MINQIN_FUNDS, 5):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        for col, v in zip("DEF", (initial, whole, done), strict=True):
            xl_put(ws, f"{col}{r}", float(dec(v)), fmt="#,##0.00", center=True)
        if r == 5:
            xl_put(ws, "G5", 10, center=True)
            xl_put(ws, "H5", float(rate(done, whole) / 100), fmt="0.00%", center=True)
            xl_put(ws, "I5", float(minqin_score()), fmt="0.00", center=True)
        else:
            for col in "GHI":
                xl_put(ws, f"{col}{r}", E, center=True)
    first = last + 1
    end = first + len(MINQIN_TASKS)
    xl_put(ws, f"A{first}", "年度主要任务", center=True, merge_to=f"A{end}")
    xl_put(ws, f"B{first}", "任务名称", center=True, merge_to=f"C{first}")
    xl_put(ws, f"D{first}", "主要内容", center=True)
    xl_put(ws, f"E{first}", "全年预算数（元）", center=True)
    xl_put(ws, f"F{first}", "全年执行数（元）", center=True)
    xl_put(ws, f"G{first}", "", merge_to=f"I{first}")
    for r, (name, what, whole, done) in enumerate(MINQIN_TASKS, first + 1):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        xl_put(ws, f"D{r}", what)
        xl_put(ws, f"E{r}", float(dec(whole)), fmt="#,##0.00", center=True)
        xl_put(ws, f"F{r}", float(dec(done)), fmt="#,##0.00", center=True)
        xl_put(ws, f"G{r}", "", merge_to=f"I{r}")
    goal = end + 1
    xl_put(ws, f"A{goal}", "年度总体目标", center=True, merge_to=f"A{goal + 1}")
    xl_put(ws, f"B{goal}", "预期目标", center=True, merge_to=f"D{goal}")
    xl_put(ws, f"E{goal}", "实际完成情况", center=True, merge_to=f"I{goal}")
    xl_put(ws, f"B{goal + 1}", MINQIN_GOAL, merge_to=f"D{goal + 1}")
    xl_put(ws, f"E{goal + 1}", MINQIN_DONE, merge_to=f"I{goal + 1}")
    ws.row_dimensions[goal + 1].height = 66
    first = goal + 2
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(MINQIN_IND)}")
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
    for r, row in enumerate(MINQIN_IND, first + 1):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v if v != "" else None, center=col in "EFGH")
    for key, col in ((0, "B"), (1, "C")):
        labels = run_labels(MINQIN_IND, key)
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == "":
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{first + 1 + k}:{col}{first + 1 + j}")
            k = j + 1
    end = first + len(MINQIN_IND) + 1
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(minqin_total()), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "自评等级：优", center=True)
    xl_put(ws, f"A{end + 1}", MINQIN_SCALE, merge_to=f"I{end + 1}", border=False)
    xl_put(
        ws,
        f"A{end + 2}",
        f"填报单位（盖章）：{MINQIN_UNIT}　　联系人：李××　　填报日期：2023年3月10日",
        merge_to=f"I{end + 2}",
        border=False,
    )
    STAMP.save_xlsx(wb, path)
    total, general, fund = MINQIN_FUNDS
    check(
        all(sum_money([general[k], fund[k]]) == dec(total[k]) for k in (1, 2, 3))
        and all(sum_money([t[k] for t in MINQIN_TASKS]) == dec(total[k]) for k in (2, 3))
        and rate(total[3], total[2]) == dec("97.03")
        and not_half(total[3], total[2])
        and minqin_score() == "9.70"
        and weights(MINQIN_IND) == 90
        and all(r[6] <= r[5] for r in MINQIN_IND)
        and minqin_total() == dec("86.70"),
        f"minqin {minqin_total()}",
    )


# =========================================================================== 8. zherong (HTML; a portal page whose form lost its table: one <p> per cell)
ZHERONG_UNIT = "柘荣县农业农村局"
ZHERONG_PROJECT = "太子参产业发展项目"
ZHERONG_TITLE = f"{ZHERONG_UNIT}2023年度{ZHERONG_PROJECT}支出绩效自评表"
ZHERONG_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "380.00", "452.00", "438.64"),
    ("其中：当年财政拨款", "380.00", "420.00", "408.64"),
    ("上年结转资金", E, "32.00", "30.00"),
    ("其他资金", E, E, E),
]
ZHERONG_IND: list[Indicator] = [
    ("产出指标", "数量指标", "新建太子参标准化种植基地", "≥3000亩", "3120亩", 10, 10, ""),
    ("产出指标", "数量指标", "推广太子参脱毒种苗", "≥1500亩", "1560亩", 10, 10, ""),
    ("产出指标", "数量指标", "培训种植户", "≥800人次", "860人次", 5, 5, ""),
    ("产出指标", "质量指标", "种苗脱毒检测合格率", "≥95%", "96.4%", 10, 10, ""),
    ("产出指标", "时效指标", "种苗发放完成时间", "2023年3月底前", "2023年3月25日", 5, 5, ""),
    ("产出指标", "成本指标", "每亩种苗补助", "≤1000元", "950元", 10, 10, ""),
    ("效益指标", "经济效益指标", "种植户亩均增收", "≥1200元", "1180元", 15, 13, "受太子参收购价格下跌影响"),
    ("效益指标", "可持续影响指标", "太子参产业链", "逐步完善", "基本完善", 10, 9, "产地初加工能力不足"),
    (
        "满意度指标",
        "服务对象满意度指标",
        "种植户满意度",
        "≥90%",
        "92.3%",
        15,
        14,
        "部分种植户反映补助发放偏慢",
    ),
]
ZHERONG_GOAL = "新建太子参标准化种植基地3000亩以上，推广脱毒种苗1500亩以上，培训种植户800人次以上，带动种植户亩均增收1200元以上。"
ZHERONG_DONE = (
    "新建太子参标准化种植基地3120亩，推广脱毒种苗1560亩，培训种植户860人次，带动种植户1,436户，种植户亩均增收"
    "1180元。"
)


def zherong_score() -> str:
    _, _, budget, done = ZHERONG_FUNDS[0]
    return exec_score(done, budget)


def zherong_total() -> Decimal:
    return dec(zherong_score()) + scores(ZHERONG_IND)


def zherong_cells() -> list[str]:
    """The form's cells in reading order, a merged cell once, as the portal's editor kept them."""
    cells = ["项目支出绩效自评表", "（2023年度）", "项目名称", ZHERONG_PROJECT, "主管部门", ZHERONG_UNIT]
    cells += ["实施单位", ZHERONG_UNIT, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"]
    cells += ["分值", "执行率", "得分"]
    for k, (name, initial, whole, done) in enumerate(ZHERONG_FUNDS):
        tail = ["10", pct(done, whole), zherong_score()] if k == 0 else [E, E, E]
        cells += [name, initial, whole, done, *tail]
    cells += ["年度总体目标", "预期目标", "实际完成情况", ZHERONG_GOAL, ZHERONG_DONE]
    cells += ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    cells.append("偏差原因分析及改进措施")
    for row in indicator_rows(ZHERONG_IND):
        first, second, *rest = row
        cells += [c for c in (first, second) if c] + rest
    cells += ["总分", "100", f"{zherong_total():.2f}", "自评等级：优"]
    return cells


def zherong_html() -> str:
    def cell(text: str) -> str:
        return f"<p>{text}</p>" if text else "<p>&nbsp;</p>"

    body = "\n".join(cell(c) for c in zherong_cells())
    nav = " | ".join(f'<a href="#">{n}</a>' for n in ("首页", "走进柘荣", "政务公开", "政务服务", "互动交流"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{ZHERONG_TITLE} - 柘荣县人民政府</title>
</head>
<body>
<div class="top"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="header"><div class="logo">柘荣县人民政府</div><form class="search"><input type="text" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">预算绩效</a></div>
<div class="article">
<h1>{ZHERONG_TITLE}</h1>
<div class="info">发布时间：2024-05-16 09:32　来源：柘荣县农业农村局　浏览次数：<span id="hits">46</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{body}
<p>填报单位（盖章）：{ZHERONG_UNIT}　　填报人：林××　　填报日期：2024年4月28日</p>
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：柘荣县人民政府办公室　承办：柘荣县融媒体中心</p>
<p>闽ICP备06012698号　闽公网安备35092602000112号　网站标识码：3509260008</p>
</div>
</body>
</html>
"""


def zherong_checks() -> None:
    total, year, carried, other = ZHERONG_FUNDS
    check(
        all(sum_money([year[k], carried[k], other[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("97.04")
        and not_half(total[3], total[2])
        and zherong_score() == "9.70"
        and weights(ZHERONG_IND) == 90
        and all(r[6] <= r[5] for r in ZHERONG_IND)
        and zherong_total() == dec("95.70"),
        f"zherong {zherong_total()}",
    )


def doc_zherong(path: Path) -> None:
    zherong_checks()
    write_text(path, zherong_html())


# =========================================================================== 9. dongfang (HTML; a project report on the city portal; 年初 + 追加 ≠ 调整后, E3; a score out of 10 for one part)
DONGFANG_UNIT = "东方市农业农村局"
DONGFANG_PROJECT = "冬季瓜菜生产扶持资金"
DONGFANG_TITLE = f"{DONGFANG_UNIT}2024年度{DONGFANG_PROJECT}项目支出绩效自评报告"
DONGFANG_ADDITION = "326.50"  # E3: 860.00 + 326.50 = 1,186.50, against 调整后 1,206.50 (346.50 meant)


def dongfang_body() -> str:
    check(
        dec("860.00") + dec(DONGFANG_ADDITION) == dec("1206.50") - 20
        and dec("646.50") + dec("560.00") == dec("1206.50")
        and rate("1168.38", "1206.50") == dec("96.84")
        and not_half("1168.38", "1206.50")
        and rate("1168.38", "1186.50") != dec("96.84")
        and dec("1206.50") - dec("1168.38") == dec("38.12")
        and exec_score("1168.38", "1206.50") == "9.68"
        and dec("9.68") + 85 == dec("94.68")
        and 39120 * 200 == 7824000,
        "dongfang",
    )
    parts = [
        _h("一、项目基本情况"),
        _p(
            "冬季瓜菜是我市农业的主导产业。为稳定冬季瓜菜种植面积、保障冬春季节瓜菜供应，我局2024年实施冬季瓜菜生产"
            "扶持项目，对种植大户、家庭农场和农民合作社给予种植补贴，建设集约化育苗中心，开展种植技术培训。项目年度"
            "绩效目标为：扶持冬季瓜菜种植3.8万亩以上，培育瓜菜种苗1,500万株以上，种植主体满意度90%以上。"
        ),
        _h("二、项目资金情况"),
        _p(
            "2024年市财政批复项目年初预算860.00万元；年中省级财政下达冬季瓜菜生产扶持资金，追加预算"
            f"{DONGFANG_ADDITION}万元，调整后预算1,206.50万元。按资金层级分，省级财政资金646.50万元，市级财政资金"
            "560.00万元。省级资金分7月和10月两批下达，市财政局收到后及时拨付至项目专户。"
        ),
        _p(
            "截至2024年12月31日，项目共支付资金1,168.38万元，预算执行率96.84%，结余38.12万元为育苗中心建设工程质量"
            "保证金，待缺陷责任期满后支付。已支付资金中，按每亩200元标准向种植主体兑付冬季瓜菜种植补贴782.40万元，"
            "其余用于育苗中心建设和技术培训。"
        ),
        _h("三、绩效目标完成情况"),
        _p(
            "（一）产出。全年兑付种植补贴面积39,120亩，建成集约化育苗中心2个，培育瓜菜种苗1,680万株，举办种植技术"
            "培训18期、1,260人次。"
        ),
        _p(
            "（二）效益。冬季瓜菜亩均产值达到1.26万元，冬春瓜菜外运41.6万吨，带动农户2,340户，户均增收约4,800元。"
        ),
        _p("（三）满意度。对120户种植主体开展问卷调查，满意度为95.8%。"),
        _h("四、自评结论"),
        _p(
            "按照项目支出绩效评价指标体系逐项评分，本项目预算执行得分9.68分（满分10分），绩效指标得分85分（满分90分），"
            "自评总分94.68分，评价等级为“优”。"
        ),
        _h("五、存在的问题"),
        _p("（一）省级资金下达时间较晚，第二批资金到位后临近年底，部分补贴兑付集中在12月。"),
        _p("（二）育苗中心建成时间晚于计划，当季育苗能力未能充分发挥。"),
        _h("六、改进措施"),
        _p("（一）提前开展种植面积核查和公示，资金下达后及时兑付。"),
        _p("（二）加强育苗中心建设进度调度，下一季度提前开展订单育苗。"),
        _p(DONGFANG_UNIT, "text-align: right;"),
        _p("2025年3月28日", "text-align: right;"),
    ]
    return "\n".join(parts)


def dongfang_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>' for n in ("首页", "走进东方", "政务公开", "政务服务", "政民互动", "专题专栏")
    )
    info = "\n".join(
        f"<li><span>{a}：</span>{b}</li>"
        for a, b in (
            ("索引号", "00812306-5/2025-00041"),
            ("主题分类", "财政预决算"),
            ("发布机构", DONGFANG_UNIT),
            ("成文日期", "2025-03-28"),
            ("发布日期", "2025-04-09"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{DONGFANG_TITLE}_东方市人民政府网</title>
</head>
<body>
<div class="top">欢迎访问东方市人民政府网！ <a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<div class="banner"><div class="logo">东方市人民政府</div><form class="search"><input type="text" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">预算绩效</a></div>
<ul class="meta">
{info}
</ul>
<div class="article">
<h1>{DONGFANG_TITLE}</h1>
<div class="source">来源：{DONGFANG_UNIT}　发布时间：2025-04-09 16:20　浏览量：<span>87</span>　【字号：大 中 小】</div>
<div class="content">
{dongfang_body()}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="related"><h3>相关信息</h3><ul><li><a href="#">东方市农业农村局2024年度部门决算</a></li><li><a href="#">东方市农业农村局2025年部门预算</a></li></ul></div>
<div class="footer">
<p>主办：东方市人民政府办公室　承办：东方市大数据管理局</p>
<p>琼ICP备05000573号　琼公网安备46900702000028号　网站标识码：4690070001</p>
</div>
</body>
</html>
"""


# =========================================================================== 10. dingbian (TXT, GBK and CRLF; a form pasted as text: cells by runs of spaces or tabs, a wrapped indicator name; 其中 ≠ 总额, E2)
DINGBIAN_UNIT = "定边县农业农村局"
DINGBIAN_PROJECT = "马铃薯脱毒种薯扩繁项目"
DINGBIAN_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "260.00", "318.00", "306.54"),
    (
        "其中：中央财政资金",
        "160.00",
        "200.00",
        "186.20",
    ),  # E2: 186.20 + 67.34 + 43.00 = 296.54 (196.20 meant)
    ("省级财政资金", "60.00", "70.00", "67.34"),
    ("县级财政资金", "40.00", "48.00", "43.00"),
]
DINGBIAN_IND: list[Indicator] = [
    ("产出指标", "数量指标", "建设脱毒种薯扩繁基地", "≥5000亩", "5200亩", 10, 10, ""),
    ("产出指标", "数量指标", "生产脱毒原种", "≥1200吨", "1260吨", 10, 10, ""),
    ("产出指标", "数量指标", "推广脱毒种薯", "≥3万亩", "3.15万亩", 10, 10, ""),
    ("产出指标", "质量指标", "原种田间检验纯度达标率", "≥98%", "98.5%", 10, 10, ""),
    (
        "产出指标",
        "时效指标",
        "种薯调运及发放完成时间（春播前）",
        "2025年4月20日前",
        "2025年4月16日",
        5,
        5,
        "",
    ),
    ("产出指标", "成本指标", "每亩种薯补贴", "≤300元", "300元", 5, 5, ""),
    ("效益指标", "经济效益指标", "脱毒种薯亩均增产", "≥15%", "18.6%", 10, 10, ""),
    ("效益指标", "社会效益指标", "带动种植农户", "≥2000户", "2136户", 10, 10, ""),
    ("效益指标", "可持续影响指标", "良种繁育体系", "逐步完善", "基本完善", 10, 8, "村级繁育点管理不规范"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.8%", 10, 9, "种薯发放时间偏晚"),
]
DINGBIAN_WRAPPED = "种薯调运及发放完成时间（春播前）"
DINGBIAN_GOAL = (
    "建设脱毒种薯扩繁基地5000亩以上，生产脱毒原种1200吨以上，推广脱毒种薯3万亩以上，带动种植农户2000户以上。"
)
DINGBIAN_DONE = (
    "建成脱毒种薯扩繁基地5200亩，生产脱毒原种1260吨，推广脱毒种薯3.15万亩，带动种植农户2136户，项目全年支出"
    "306.54万元。"
)
DINGBIAN_IND_WIDTHS = [
    12,
    20,
    28,
    18,
    16,
    6,
    8,
    0,
]  # display columns of each cell, gap included (0: the rest)


def display_width(text: str) -> int:
    """Columns a monospaced editor gives the text: two for every character outside ASCII."""
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def split_display(text: str, width: int) -> tuple[str, str]:
    """The longest head of `text` that fits `width` columns, and the rest."""
    used = 0
    for k, ch in enumerate(text):
        used += display_width(ch)
        if used > width:
            return text[:k], text[k:]
    return text, ""


def fixed_lines(cells: Sequence[str], widths: Sequence[int], wraps: bool = False) -> list[str]:
    """Cells padded with spaces to their columns; a cell longer than its column goes on under itself (only where
    `wraps` allows it)."""
    lines: list[str] = []
    rest = list(cells)
    while any(rest):
        line, carry = "", []
        for text, width in zip(rest, widths, strict=True):
            head, tail = split_display(text, width - 2) if width else (text, "")
            line += head + (" " * (width - display_width(head)) if width else "")
            carry.append(tail)
        lines.append(line.rstrip())
        rest = carry
    check(wraps or len(lines) == 1, f"a cell wraps: {cells}")
    return lines


def dingbian_score() -> str:
    _, _, budget, done = DINGBIAN_FUNDS[0]
    return exec_score(done, budget)


def dingbian_total() -> Decimal:
    return dec(dingbian_score()) + scores(DINGBIAN_IND)


def dingbian_text() -> str:
    lines = ["附件2", "", "项目支出绩效自评表", "（2025年度）", ""]
    lines += [f"项目名称\t{DINGBIAN_PROJECT}", f"主管部门\t{DINGBIAN_UNIT}\t\t实施单位\t{DINGBIAN_UNIT}", ""]
    widths = [18, 22, 12, 12, 12, 6, 9, 0]
    lines += fixed_lines(
        ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        widths,
    )
    for k, (name, initial, whole, done) in enumerate(DINGBIAN_FUNDS):
        tail = ["10", pct(done, whole), dingbian_score()] if k == 0 else [E, E, E]
        lines += fixed_lines(["", name, initial, whole, done, *tail], widths)
    lines += ["", f"年度总体目标\t预期目标：{DINGBIAN_GOAL}", f"\t实际完成情况：{DINGBIAN_DONE}", ""]
    heads = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    lines += ["绩效指标", *fixed_lines(heads, DINGBIAN_IND_WIDTHS)]
    for row in indicator_rows(DINGBIAN_IND):
        lines += fixed_lines(row, DINGBIAN_IND_WIDTHS, wraps=row[2] == DINGBIAN_WRAPPED)
    lines += fixed_lines(
        ["总分", "", "", "", "", "100", f"{dingbian_total():.2f}", "自评等级：优"], DINGBIAN_IND_WIDTHS
    )
    lines += ["", f"填报单位（盖章）：{DINGBIAN_UNIT}\t\t填报人：高××\t\t填报日期：2026年2月12日", ""]
    wrapped = [k for k, line in enumerate(lines) if line.strip() == "播前）"]
    total, central, province, county = DINGBIAN_FUNDS
    check(
        len(wrapped) == 1
        and all(sum_money([central[k], province[k], county[k]]) == dec(total[k]) for k in (1, 2))
        and sum_money([central[3], province[3], county[3]]) == dec(total[3]) - 10
        and rate(total[3], total[2]) == dec("96.40")
        and not_half(total[3], total[2])
        and dingbian_score() == "9.64"
        and weights(DINGBIAN_IND) == 90
        and all(r[6] <= r[5] for r in DINGBIAN_IND)
        and dingbian_total() == dec("96.64"),
        f"dingbian {wrapped} {dingbian_total()}",
    )
    return "\n".join(lines)


# =========================================================================== 11. changping (PDF; a bare form ruled by horizontal lines only, block labels with their points)
CHANGPING_UNIT = "北京市昌平区园林绿化局"
CHANGPING_PROJECT = "平原生态林养护管理项目"
CHANGPING_FUNDS = [  # 资金来源, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "8,640.00", "9,286.50", "9,006.72"),
    ("其中：一般公共预算资金", "7,140.00", "7,786.50", "7,526.72"),
    ("政府性基金预算资金", "1,500.00", "1,500.00", "1,480.00"),
]
CHANGPING_IND: list[Indicator] = [
    ("产出指标（50分）", "数量指标", "平原生态林养护面积", "=8.6万亩", "8.6万亩", 15, 15, ""),
    ("产出指标（50分）", "数量指标", "林木病虫害防治面积", "≥2万亩", "2.24万亩", 10, 10, ""),
    ("产出指标（50分）", "质量指标", "林木保存率", "≥95%", "96.8%", 10, 10, ""),
    ("产出指标（50分）", "时效指标", "春季补植补造完成时间", "2023年4月30日前", "2023年4月26日", 5, 5, ""),
    ("产出指标（50分）", "成本指标", "亩均养护成本", "≤1080元", "1047元", 10, 10, ""),
    (
        "效益指标（30分）",
        "生态效益指标",
        "平原地区森林覆盖率",
        "稳中有升",
        "较上年提高0.3个百分点",
        10,
        10,
        "",
    ),
    ("效益指标（30分）", "社会效益指标", "吸纳本地农民就业", "≥3000人", "3126人", 10, 10, ""),
    (
        "效益指标（30分）",
        "可持续影响指标",
        "养护管理长效机制",
        "健全",
        "基本健全",
        10,
        8,
        "部分地块养护主体变更，交接期间管护不到位",
    ),
    (
        "满意度指标（10分）",
        "服务对象满意度指标",
        "周边居民满意度",
        "≥90%",
        "93.4%",
        10,
        9,
        "部分林地休闲设施不足",
    ),
]
CHANGPING_WRAPPED = "部分地块养护主体变更，交接期间管护不到位"
CHANGPING_GOAL = (
    "完成全区平原生态林日常养护，防治林木病虫害2万亩以上，林木保存率95%以上，吸纳本地农民就业3000人以上。"
)
CHANGPING_DONE = (
    "全年养护平原生态林8.6万亩，防治林木病虫害2.24万亩，补植补造苗木4.8万株，林木保存率96.8%，吸纳本地农民"
    "就业3126人。"
)


def changping_score() -> str:
    _, _, budget, done = CHANGPING_FUNDS[0]
    return exec_score(done, budget)


def changping_total() -> Decimal:
    return dec(changping_score()) + scores(CHANGPING_IND)


def doc_changping(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=9, margin=40, creator="WPS 表格", land=True)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2023年度）", size=10)
    size = 8.5
    head: list[list[Cell]] = [
        ["项目名称", (CHANGPING_PROJECT, 5)],
        ["主管部门", (CHANGPING_UNIT, 2), "实施单位", (CHANGPING_UNIT, 2)],
    ]
    p.ptable(head, [14, 14, 14, 14, 22, 22], rules="rows", size=size, header_rows=0, gap=0, one_line=(0, 1))
    funds: list[list[Cell]] = [
        ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    ]
    for k, (name, initial, whole, done) in enumerate(CHANGPING_FUNDS):
        tail = ["10", pct(done, whole), changping_score()] if k == 0 else [E, E, E]
        funds.append(["", name, initial, whole, done, *tail])
    p.ptable(
        funds,
        [16, 22, 12, 12, 12, 7, 10, 9],
        rules="rows",
        size=size,
        align=["l", "l", "r", "r", "r", "c", "r", "r"],
        gap=0,
        one_line=range(len(funds)),
    )
    p.ptable(
        [["年度总体目标", "预期目标", "实际完成情况"], ["", CHANGPING_GOAL, CHANGPING_DONE]],
        [16, 42, 42],
        rules="rows",
        size=size,
        gap=0,
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
    ind += indicator_rows(CHANGPING_IND)
    ind.append(["总分", "", "", "", "", "100", f"{changping_total():.2f}", "自评等级：优"])
    p.ptable(
        ind,
        [14, 13, 17, 12, 15, 5, 6, 18],
        rules="rows",
        size=size,
        align=["l", "l", "l", "c", "c", "c", "c", "l"],
        gap=10,
        one_line=[k for k, r in enumerate(ind) if r[7] != CHANGPING_WRAPPED],
    )
    p.left(f"填报单位（盖章）：{CHANGPING_UNIT}　　　　联系人：张××　　　　填报日期：2024年3月15日", size=9)
    check(p.page == 1, f"changping on one page, not {p.page}")
    p.save()
    total, general, fund = CHANGPING_FUNDS
    blocks = {}
    for r in CHANGPING_IND:
        blocks[r[0]] = blocks.get(r[0], 0) + r[5]
    check(
        all(sum_money([general[k], fund[k]]) == dec(total[k]) for k in (1, 2, 3))
        and rate(total[3], total[2]) == dec("96.99")
        and not_half(total[3], total[2])
        and changping_score() == "9.70"
        and blocks == {"产出指标（50分）": 50, "效益指标（30分）": 30, "满意度指标（10分）": 10}
        and all(r[6] <= r[5] for r in CHANGPING_IND)
        and changping_total() == dec("96.70")
        and (dec("9006.72") * 10000 / 86000).quantize(Decimal("1"), ROUND_HALF_UP) == 1047,
        f"changping {changping_total()} {blocks}",
    )


# =========================================================================== 12. wushan (PDF; a project report: 市级 money of a municipality, funds short of the budget, a 支付率 on arrived funds)
WUSHAN_UNIT = "重庆市巫山县农业农村委员会"
WUSHAN_PROJECT = "巫山脆李产业发展项目"
WUSHAN_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "巫山脆李是我县山地特色优势产业。2021年，我委在12个乡镇实施巫山脆李产业发展项目，主要建设内容为新建标准化"
        "脆李基地、改造低效果园、建设产地冷藏保鲜设施和开展技术培训。项目年度绩效目标为：新建标准化基地1,800亩，"
        "改造低效果园3,000亩，新建产地冷藏保鲜库，培训果农2,000人次以上，项目区果农满意度90%以上。",
    ),
    ("h", "二、项目资金情况"),
    (
        "p",
        "项目全年预算1,286.00万元，其中中央财政衔接推进乡村振兴补助资金600.00万元、市级财政资金400.00万元、县级财政"
        "资金286.00万元。中央和市级资金由市财政分两批下达，县财政局收到后及时拨付至项目实施单位；县级资金因财力"
        "紧张到位206.00万元。截至2021年12月31日，实际到位资金1,206.00万元，资金到位率93.78%。",
    ),
    (
        "p",
        "全年支付资金1,158.46万元，预算执行率90.08%；按到位资金计算，支付率为96.06%。年末预算结余127.54万元，其中"
        "县级未到位资金80.00万元，已到位尚未支付的工程质保金47.54万元。已支付资金中，按每亩1,500元标准兑付新建基地"
        "补助279.00万元，其余用于低效果园改造、冷藏保鲜库建设和技术培训。",
    ),
    ("h", "三、绩效目标完成情况"),
    (
        "p",
        "（一）产出。新建标准化脆李基地1,860亩，改造低效果园3,240亩，建成产地冷藏保鲜库6座、库容1,800吨，开展技术"
        "培训46场、2,316人次。",
    ),
    (
        "p",
        "（二）效益。全县脆李种植面积26.5万亩，当年产量7.6万吨，产值约6.8亿元；项目区果农户均增收3,260元，带动脱贫户"
        "1,128户。",
    ),
    ("p", "（三）满意度。随机抽取200户果农开展问卷调查，满意度为94.5%。"),
    ("h", "四、自评结论"),
    (
        "p",
        "对照年初设定的绩效目标，我委从项目决策、项目过程、项目产出和项目效益四个方面开展自评，项目自评得分91.5分，"
        "评价等级为“优”。因县级资金未全部到位、预算执行率未达到95%，预算执行指标扣1.2分。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）县级配套资金到位不足，影响了低效果园改造后续工程款的支付。"),
    ("p", "（二）部分新建基地管护跟不上，个别地块苗木长势偏弱。"),
    ("h", "六、改进措施"),
    ("p", "（一）将县级配套资金纳入年初预算足额安排，按工程进度及时拨付。"),
    ("p", "（二）落实基地管护主体和管护责任，开展冬季修剪和病虫害统防统治。"),
]


def doc_wushan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="Microsoft® Word 2013")
    p.title(f"{WUSHAN_UNIT}\n2021年度{WUSHAN_PROJECT}绩效自评报告", size=16)
    p.blocks(WUSHAN_TEXT)
    p.right(WUSHAN_UNIT, size=11)
    p.right("2022年3月25日", size=11)
    check(p.page == 2, f"wushan on two pages, not {p.page}")
    p.save()
    check(
        dec("600.00") + dec("400.00") + dec("286.00") == dec("1286.00")
        and dec("600.00") + dec("400.00") + dec("206.00") == dec("1206.00")
        and rate("1206.00", "1286.00") == dec("93.78")
        and rate("1158.46", "1286.00") == dec("90.08")
        and rate("1158.46", "1206.00") == dec("96.06")
        and all(not_half("1158.46", b) for b in ("1286.00", "1206.00"))
        and dec("1286.00") - dec("1158.46") == dec("127.54") == dec("80.00") + dec("47.54")
        and dec("1206.00") - dec("1158.46") == dec("47.54")
        and 1860 * 1500 == 2790000,
        "wushan",
    )


# =========================================================================== 13. wuliqiao (PDF; a 街道's department report: a label block and a 元 projects table, neither ruled)
WULIQIAO_UNIT = "上海市黄浦区五里桥街道办事处"
WULIQIAO_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (元)
    ("社区管理与服务", "21,860,000.00", "21,342,615.20"),
    ("城市运行综合管理", "18,420,000.00", "18,016,432.85"),
    ("社区综合帮扶及困难群众临时救助", "9,650,000.00", "9,418,226.40"),
    ("养老服务", "16,280,000.00", "15,896,310.72"),
    ("平安建设与综合治理", "11,340,000.00", "11,052,886.20"),
    ("旧区改造和房屋征收配合", "7,680,000.00", "7,508,110.00"),
]
WULIQIAO_WRAPPED = "社区综合帮扶及困难群众临时救助"
WULIQIAO_TEXT_A: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "五里桥街道办事处是黄浦区人民政府的派出机关，主要承担辖区社区管理、社区服务、城市运行管理、平安建设和"
        "为老服务等职责，内设党政办公室、社区管理办公室、社区服务办公室、社区平安办公室等机构，辖12个居民区。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "2024年区财政批复我街道年初预算12,486.20万元，年中追加1,036.55万元，调整后预算13,522.75万元，全部为区级一般"
        "公共预算财政拨款。全年支出13,186.42万元，较2023年的12,864.30万元增加322.12万元；其中基本支出4,862.96万元"
        "（人员经费4,215.38万元、公用经费647.58万元），项目支出8,323.46万元。预算执行率97.51%，年末结转结余336.33"
        "万元。各项目的预算和执行情况如下表。",
    ),
]
WULIQIAO_TEXT_B: Blocks = [
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）为老服务。社区长者食堂全年提供助餐服务18.6万人次，新增家庭照护床位120张，完成既有多层住宅加装电梯"
        "12台。",
    ),
    (
        "p",
        "（二）社区帮扶。通过社区综合帮扶及困难群众临时救助项目，为困难群众实施临时救助386人次，发放临时救助金"
        "126.80万元；组织社区就业援助，帮助就业困难人员实现就业142人。",
    ),
    (
        "p",
        "（三）城市运行与平安建设。受理12345市民服务热线工单3,426件，按时办结率99.6%；排查整治各类安全隐患2,180处，"
        "辖区刑事案件发案数同比下降12.4%。",
    ),
    ("h", "四、自评结论"),
    (
        "p",
        "按照区财政局部门整体支出绩效评价指标体系，我街道从部门决策、部门管理、部门产出和部门效益四个方面开展自评，"
        "自评得分95.3分，自评等级为“优”。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分项目预算编制依据不够充分，年中调整较多。"),
    ("p", "（二）绩效目标中部分指标设置偏保守，对工作的引导作用不强。"),
    ("h", "六、改进措施"),
    ("p", "（一）加强项目前期调研和成本测算，提高年初预算的准确性。"),
    ("p", "（二）对照上年实际完成情况合理设置绩效指标值，提高指标的挑战性。"),
]


def wuliqiao_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["项目名称", "全年预算数", "执行数", "执行率"]]
    rows += [[n, b, d, pct(d, b)] for n, b, d in WULIQIAO_PROJECTS]
    return rows


def doc_wuliqiao(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=64, creator="WPS Writer")
    p.title(f"{WULIQIAO_UNIT}\n2024年度部门整体支出绩效自评报告", size=16)
    p.ptable(
        [
            ["部门（单位）名称", (WULIQIAO_UNIT, 3)],
            ["人员编制", "136人", "实有人数", "128人"],
            ["联系人", "陈××", "填报日期", "2025年3月20日"],
        ],
        [22, 28, 20, 30],
        size=10.5,
        header_rows=0,
        one_line=(0, 1, 2),
    )
    p.blocks(WULIQIAO_TEXT_A)
    rows = wuliqiao_rows()
    p.ptable(
        rows,
        [26, 24, 24, 14],
        size=10.5,
        align=["l", "r", "r", "r"],
        unit="单位：元",
        one_line=[k for k, r in enumerate(rows) if r[0] != WULIQIAO_WRAPPED],
    )
    p.blocks(WULIQIAO_TEXT_B)
    p.right(WULIQIAO_UNIT, size=11)
    p.right("2025年3月20日", size=11)
    check(p.page == 2, f"wuliqiao on two pages, not {p.page}")
    p.save()
    spent = sum_money([d for _, _, d in WULIQIAO_PROJECTS])
    check(
        dec("12486.20") + dec("1036.55") == dec("13522.75")
        and dec("4862.96") + dec("8323.46") == dec("13186.42")
        and dec("4215.38") + dec("647.58") == dec("4862.96")
        and rate("13186.42", "13522.75") == dec("97.51")
        and not_half("13186.42", "13522.75")
        and dec("13522.75") - dec("13186.42") == dec("336.33")
        and dec("13186.42") - dec("12864.30") == dec("322.12")
        and spent == dec("83234581.37")
        and (spent / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP) == dec("8323.46")
        and all(not_half(d, b) for _, b, d in WULIQIAO_PROJECTS),
        f"wuliqiao {spent}",
    )


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "gongga-qingke-2016.pdf": doc_gongga,
        "fuhai-shuili-2017.pdf": doc_fuhai,
        "qilian-caoyuan-2018.pdf": doc_qilian,
        "minning-zhen-2019.txt": lambda p: write_text(p, minning_text()),
        "dalate-rouyang-2020.docx": doc_dalate,
        "guizhou-linye-2021.pdf": doc_guizhou,
        "minqin-shuiwu-2022.xlsx": doc_minqin,
        "zherong-taizishen-2023.html": doc_zherong,
        "dongfang-guacai-2024.html": lambda p: write_text(p, dongfang_html()),
        "dingbian-zhongshu-2025.txt": lambda p: write_text(
            p, dingbian_text(), encoding="gbk", newline="\r\n"
        ),
        "changping-pingyuanlin-2023.pdf": doc_changping,
        "wushan-cuili-2021.pdf": doc_wushan,
        "wuliqiao-jiedao-2024.pdf": doc_wuliqiao,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
