#!/usr/bin/env python3
"""Regenerate the heldout43 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout43/make_heldout43.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the DOCX and XLSX
are re-zipped with a fixed entry date and fixed core-property dates (tests/corpora/builder/office_kit); the HTML
pages are UTF-8 without BOM with LF, the TXT file GBK with CRLF (a town office's Notepad save).
The batch is "a bulk folder as a finance bureau collects it": eight self-evaluation reports whose titles or layouts
make them easy to mistake (a 关于…绩效自评工作的报告 letter, a 自评情况的报告, two 绩效评价报告 that are self-evaluations,
a report quoting last year's external evaluation, a report opening with a 部门预算收支总表, a report citing its 事前评估
and 绩效目标申报表, a year-end form laid out like a monitoring form) among five files that are NOT self-evaluations
(a 部门决算公开说明, an 事前绩效评估报告, a third party's 重点绩效评价报告, a 绩效运行监控表, a 绩效目标申报表). Four real
inconsistencies are planted in the reports, one per document, family and format; the traps look wrong and are right.
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

FONT = "WQY43"
FIXED_DT = datetime.datetime(2027, 8, 21, 15, 10, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
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
    """CanvasPdf with a creator string, footer styles (or none) from a given page, a running header from a given
    page, wrapping that keeps closing punctuation on its line, right-aligned lines and simple tables (ruled grid or
    three-line, a cell may span columns) kept on one page with their caption."""

    def __init__(
        self,
        path: Path,
        footer_style: str | None = "dash",
        total: int = 0,
        creator: str = "WPS Writer",
        header: str | None = None,
        header_from: int = 1,
        footer_from: int = 1,
        **layout: Any,
    ) -> None:
        self.footer_style = footer_style
        self.total = total
        self.header_from = header_from
        self.footer_from = footer_from
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
        if self.footer_style is not None and self.page >= self.footer_from:
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


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


def _docx_blocks(d: Any, blocks: Blocks) -> None:
    for kind, text in blocks:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)


def html_table(rows: Sequence[Sequence[str]], merges: Merges, klass: str) -> str:
    """A table as a portal's editor saves it: bordered, rowspan / colspan cells, covered cells left out."""
    covered = {
        (rr, cc)
        for (r, c), (rs, cs) in merges.items()
        for rr in range(r, r + rs)
        for cc in range(c, c + cs)
        if (rr, cc) != (r, c)
    }
    out = [
        f'<table class="{klass}" border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">',
        "<tbody>",
    ]
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = merges.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


# =========================================================================== 1. nenjiang (PDF; a letter to the finance bureau: 关于…绩效自评工作的报告)
NENJIANG_UNIT = "嫩江县农业局"
NENJIANG_PROJECT = "大豆良种繁育基地建设项目"
NENJIANG_TITLE = f"关于2015年度{NENJIANG_PROJECT}绩效自评工作的报告"
NENJIANG_TEXT: Blocks = [
    ("l", "嫩江县财政局："),
    (
        "p",
        "根据县财政局《关于开展2015年度财政支出绩效自评工作的通知》要求，我局对2015年度大豆良种繁育基地建设项目开展"
        "了绩效自评。现将自评工作情况报告如下：",
    ),
    ("h", "一、自评工作开展情况"),
    (
        "p",
        "我局成立了由局长任组长、分管副局长任副组长，计划财务股、种植业股和县种子管理站负责人为成员的绩效自评工作"
        "小组。3月上旬，工作小组对照项目实施方案和年初设定的绩效目标，查阅了资金拨付凭证、种子检验报告和验收资料，"
        "并到4个乡镇实地抽查了12户繁育户，在此基础上逐项打分，形成自评结果。",
    ),
    ("h", "二、项目基本情况"),
    (
        "p",
        "大豆是我县第一大作物，但部分地块多年使用自留种，品种混杂退化，单产偏低。2015年，我局在5个乡镇实施大豆良种"
        "繁育基地建设项目，通过补贴引导种植大户和农民专业合作社繁育高油、高蛋白大豆良种，统一供种、统一技术指导、"
        "统一检验。项目年度目标为：建设良种繁育基地2万亩，生产合格大豆良种3,000吨以上，良种纯度达到98%以上。",
    ),
    ("h", "三、项目资金安排和使用情况"),
    (
        "p",
        "2015年省财政下达大豆良种繁育补贴资金300.00万元，县财政安排配套资金60.00万元，项目全年预算360.00万元。资金"
        "于7月底前全部到位，实际到位资金360.00万元。",
    ),
    (
        "p",
        "截至2015年12月31日，项目共支出348.72万元，预算执行率96.87%，结余11.28万元经县财政局同意结转下年，用于更新"
        "种子检验设备。其中按每亩100元标准向繁育主体兑付良种繁育补贴210.00万元，其余用于统一采购原种、种子包衣剂和"
        "种子检验。",
    ),
    ("h", "四、绩效目标完成情况"),
    (
        "p",
        "（一）产出情况。全年建设大豆良种繁育基地2.1万亩，完成年度计划的105%；生产合格大豆良种3,260吨，经县种子"
        "管理站抽样检验，良种纯度达到98.6%，发芽率92.4%；举办繁育技术培训班14期，培训繁育户和农民1,180人次。",
    ),
    (
        "p",
        "（二）效益情况。项目带动426户种植户和9个农民专业合作社参与良种繁育，繁育户亩均增收86元；全县大豆良种覆盖率"
        "由上年的82%提高到90.5%，为2016年大豆生产储备了充足的良种。",
    ),
    (
        "p",
        "（三）满意度情况。工作小组向150户种植户发放满意度调查问卷，回收有效问卷146份，种植户满意度为95.2%。",
    ),
    ("h", "五、自评结论"),
    (
        "p",
        "对照县财政局印发的项目支出绩效评价指标，工作小组从项目决策、项目管理、项目产出和项目效益四个方面逐项打分，"
        "项目自评得分92分，评价等级为“优”。",
    ),
    ("h", "六、存在的问题"),
    ("p", "（一）补贴资金下达时间偏晚，部分繁育户在播种后才拿到补贴，补贴的引导作用没有充分发挥。"),
    ("p", "（二）种子检验设备老化，检验周期长，部分批次良种未能在春播前完成检验。"),
    ("h", "七、改进措施"),
    ("p", "（一）提前确定繁育主体和繁育面积，争取补贴资金在春播前拨付到位。"),
    ("p", "（二）使用结转资金更新种子检验设备，缩短检验周期，做到先检验、后供种。"),
    ("p", "特此报告。"),
]


def doc_nenjiang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="Microsoft® Word 2010")
    p.center("嫩农呈〔2016〕7号", size=11)
    p.space(6)
    p.title(f"{NENJIANG_UNIT}\n{NENJIANG_TITLE}", size=16)
    p.blocks(NENJIANG_TEXT)
    p.right(NENJIANG_UNIT, size=11)
    p.right("2016年3月28日", size=11)
    check(p.page == 2, f"nenjiang on two pages, not {p.page}")
    p.save()
    check(
        dec("300.00") + dec("60.00") == dec("360.00")
        and rate("348.72", "360.00") == dec("96.87")
        and not_half("348.72", "360.00")
        and dec("360.00") - dec("348.72") == dec("11.28")
        and dec("2.1") * 100 == dec("210.00")
        and dec("210.00") < dec("348.72")
        and rate("2.1", "2") == dec("105.00"),
        "nenjiang",
    )


# =========================================================================== 2. honguang (TXT, GBK and CRLF; a town's 自评情况的报告)
HONGUANG_UNIT = "贺兰县洪广镇人民政府"
HONGUANG_TITLE = f"{HONGUANG_UNIT}关于2016年度部门整体支出绩效自评情况的报告"
HONGUANG_PARTS = [("投入", "20", "19"), ("过程", "30", "28"), ("产出", "30", "29"), ("效果", "20", "18")]


def honguang_score() -> Decimal:
    return sum((dec(g) for _, _, g in HONGUANG_PARTS), Decimal(0))


def honguang_text() -> str:
    scale = "、".join(f"{n}{w}分" for n, w, _ in HONGUANG_PARTS)
    points = "、".join(f"{n}{g}分" for n, _, g in HONGUANG_PARTS)
    check(
        dec("986.40") + dec("214.60") == dec("1201.00")
        and dec("1126.00") + dec("75.00") == dec("1201.00")
        and dec("468.90") + dec("73.46") == dec("542.36")
        and dec("542.36") + dec("626.16") == dec("1168.52")
        and rate("1168.52", "1201.00") == dec("97.30")
        and not_half("1168.52", "1201.00")
        and dec("1201.00") - dec("1168.52") == dec("32.48")
        and 64 * dec("2.5") == dec("160.00") < dec("626.16")
        and rate(1200, 1000) == dec("120.00")
        and (dec("214.60") / dec("1201.00") * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("17.9")
        and honguang_score() == 94
        and sum(int(w) for _, w, _ in HONGUANG_PARTS) == 100
        and all(int(g) <= int(w) for _, w, g in HONGUANG_PARTS),
        "honguang",
    )
    lines = [
        HONGUANG_TITLE,
        "",
        "贺兰县财政局：",
        "    按照县财政局关于开展2016年度部门整体支出绩效自评工作的安排，我镇对2016年度部门整体支出情况进行了自评，"
        "现将有关情况报告如下。",
        "",
        "一、部门基本情况",
        "    洪广镇人民政府负责全镇经济发展、社会管理和公共服务工作，内设党政综合办公室、经济发展办公室、社会事务"
        "办公室、综合执法办公室4个办公室，下设农业服务中心、便民服务中心等3个事业站所，辖9个行政村，2016年末在编"
        "人员48人。",
        "",
        "二、预算收支情况",
        "    （一）预算安排。2016年县财政批复我镇年初预算986.40万元，年中追加214.60万元，调整后预算1,201.00万元。"
        "全年收入1,201.00万元，其中一般公共预算财政拨款1,126.00万元，政府性基金预算财政拨款75.00万元。",
        "    （二）预算执行。全年支出1,168.52万元，其中基本支出542.36万元（人员经费468.90万元、公用经费73.46万元），"
        "项目支出626.16万元。预算执行率97.30%，年末结转结余32.48万元。",
        "",
        "三、绩效目标完成情况",
        "    （一）产业发展。新植酿酒葡萄1,200亩，完成年度计划1,000亩的120%；新建设施温棚46栋；扶持发展家庭农场12家。",
        "    （二）基础设施。新修和维修农田灌溉渠道6.8公里，硬化村组道路4.2公里；实施农村危房改造64户，按每户2.5万元"
        "标准兑付补助资金160.00万元。",
        "    （三）社会事务。组织劳务输出2,860人次，实现劳务收入约4,100万元；举办农民实用技术培训18期、920人次；城乡"
        "居民基本医疗保险参保率达到97.8%，较上年提高1.2个百分点。",
        "    （四）社会治理。调处各类矛盾纠纷136件，调处成功率97.1%。",
        "",
        "四、自评结论",
        f"    按照县财政局制定的部门整体支出绩效评价指标体系（{scale}），我镇逐项对照打分：{points}，"
        f"自评得分{honguang_score()}分，自评等级为“优”。",
        "",
        "五、存在的问题",
        "    1.年初预算编制不够细化，年中追加资金占调整后预算的17.9%，预算约束力不强。",
        "    2.部分项目资金拨付进度偏慢，第四季度支出占全年支出的比重较大。",
        "",
        "六、整改措施",
        "    1.提前谋划下年度重点工作，将能够预见的支出全部纳入年初预算，减少年中追加。",
        "    2.建立项目支出进度台账，按月通报，督促项目实施单位及时办理资金结算。",
        "",
        f"                                        {HONGUANG_UNIT}",
        "                                        2017年3月15日",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== 3. nankai (HTML; NOT a report: a 部门决算公开说明 saved from the district portal)
NANKAI_UNIT = "天津市南开区民政局"
NANKAI_TITLE = f"{NANKAI_UNIT}2017年度部门决算公开说明"
NANKAI_SUMMARY = [  # 收入项目, 决算数, 支出项目, 决算数 (万元)
    ("一、财政拨款收入", "11,986.20", "一、基本支出", "1,864.52"),
    ("二、其他收入", "182.00", "二、项目支出", "10,342.22"),
    ("本年收入合计", "12,168.20", "本年支出合计", "12,206.74"),
    ("年初结转和结余", "318.15", "年末结转和结余", "279.61"),
    ("总计", "12,486.35", "总计", "12,486.35"),
]
NANKAI_FUNCTIONS = [
    ("社会保障和就业支出", "11,594.30"),
    ("医疗卫生与计划生育支出", "298.12"),
    ("住房保障支出", "132.32"),
]


def nankai_body() -> str:
    rows = [["收入项目", "决算数", "支出项目", "决算数"], *[list(r) for r in NANKAI_SUMMARY]]
    general = sum_money([v for _, v in NANKAI_FUNCTIONS])
    check(
        dec("11986.20") + dec("182.00") == dec("12168.20")
        and dec("1864.52") + dec("10342.22") == dec("12206.74")
        and dec("12168.20") + dec("318.15") == dec("12486.35")
        and dec("12206.74") + dec("279.61") == dec("12486.35")
        and rate("11986.20", "12168.20") == dec("98.50")
        and rate("182.00", "12168.20") == dec("1.50")
        and rate("1864.52", "12206.74") == dec("15.27")
        and rate("10342.22", "12206.74") == dec("84.73")
        and general == dec("12024.74")
        and rate("12024.74", "11420.00") == dec("105.30")
        and dec("0.62") + dec("9.22") == dec("9.84")
        and dec("86.20") + dec("240.20") == dec("326.40"),
        f"nankai {rate('12024.74', '11420.00')}",
    )
    functions = "，".join(f"{n}{v}万元" for n, v in NANKAI_FUNCTIONS)
    parts = [
        _h("第一部分　部门概况"),
        _p(
            "南开区民政局是区政府主管全区民政工作的工作部门，主要负责社会救助、养老服务、社会组织登记管理、社区建设、"
            "婚姻登记、殡葬管理等工作。局机关内设办公室、社会救助科、养老服务科、基层政权和社区建设科等8个科室，所属"
            "区社会福利院、区救助管理站、区婚姻登记中心3个事业单位，纳入2017年度部门决算编报范围。"
        ),
        _h("第二部分　2017年度部门决算情况说明"),
        _p("一、收入支出决算总体情况说明"),
        _p(
            "2017年度收入总计12,486.35万元，其中本年收入合计12,168.20万元，年初结转和结余318.15万元；支出总计"
            "12,486.35万元，其中本年支出合计12,206.74万元，年末结转和结余279.61万元。收支总计较上年增加，主要原因是"
            "城乡低保标准和特困人员供养标准提高。"
        ),
        _p("二、收入决算情况说明"),
        _p(
            "本年收入合计12,168.20万元，其中财政拨款收入11,986.20万元，占98.50%；其他收入182.00万元，占1.50%。"
        ),
        _p("三、支出决算情况说明"),
        _p(
            "本年支出合计12,206.74万元，其中基本支出1,864.52万元，占15.27%；项目支出10,342.22万元，占84.73%，主要"
            "用于城乡居民最低生活保障、特困人员救助供养、居家养老服务补贴和社区服务设施运行。"
        ),
        _p("四、财政拨款支出决算情况说明"),
        _p(
            f"2017年度财政拨款支出12,024.74万元，其中{functions}。财政拨款支出年初预算为11,420.00万元，支出决算完成"
            "年初预算的105.30%，决算数大于年初预算数的主要原因是年中追加了低保提标资金。"
        ),
        _p("五、“三公”经费支出决算情况说明"),
        _p(
            "2017年度“三公”经费年初预算12.60万元，支出决算9.84万元，其中因公出国（境）费0万元，公务用车运行维护费"
            "9.22万元，公务接待费0.62万元。支出决算小于预算的主要原因是严格执行公务接待和公务用车管理规定。"
        ),
        _p("六、其他重要事项的情况说明"),
        _p("（一）机关运行经费。2017年度机关运行经费支出186.32万元，主要用于办公费、水电费、物业管理费等。"),
        _p("（二）政府采购。2017年度政府采购支出总额326.40万元，其中货物类86.20万元、服务类240.20万元。"),
        _p("（三）国有资产占用。截至2017年12月31日，本部门共有车辆3辆，均为一般执法执勤用车。"),
        _p(
            "（四）预算绩效管理。2017年，我局对城乡低保、特困人员救助供养、居家养老服务补贴等5个项目设定了绩效目标，"
            "涉及资金8,460.00万元。年度终了，我局按照区财政局的统一部署组织开展绩效自评，自评结果另行公开。"
        ),
        _h("第三部分　名词解释"),
        _p("（一）财政拨款收入：指区财政当年拨付的资金。"),
        _p("（二）年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。"),
        _p("（三）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
        _h("第四部分　附表"),
        _p("收入支出决算总表（单位：万元）", "text-align: center;"),
        html_table(rows, {}, "jsb"),
    ]
    return "\n".join(parts)


def nankai_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>' for n in ("首页", "南开概况", "政务公开", "政务服务", "互动交流", "专题专栏")
    )
    info = "\n".join(
        f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>"
        for a, b, c, d in (
            ("索引号", "NK-MZJ-2018-00217", "主题分类", "财政资金"),
            ("发布机构", "南开区民政局", "发布日期", "2018-08-30"),
            ("文号", "", "有效性", "有效"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{NANKAI_TITLE}_天津市南开区人民政府</title>
</head>
<body>
<div class="topbar"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">登录</a></div>
<div class="header"><div class="logo">天津市南开区人民政府</div><form class="search"><input type="text" placeholder="搜索"><button type="submit">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">部门决算</a></div>
<table class="meta">
{info}
</table>
<div class="article">
<h2>{NANKAI_TITLE}</h2>
<div class="subtitle">来源：南开区民政局　　浏览次数：126　　【字体：大 中 小】</div>
<div class="content">
{nankai_body()}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办单位：天津市南开区人民政府办公室</p>
<p>津ICP备05004416号　网站标识码：1201040002</p>
</div>
</body>
</html>
"""


# =========================================================================== 4. wulian (PDF; a self-evaluation quoting the bureau's framework and last year's external evaluation)
WULIAN_UNIT = "五莲县教育局"
WULIAN_PROJECT = "家庭经济困难学生资助项目"
WULIAN_PARTS = [
    ("项目决策", "15", "14.5"),
    ("项目管理", "25", "23.6"),
    ("项目产出", "35", "33.5"),
    ("项目效益", "25", "22"),
]


def wulian_score() -> Decimal:
    return sum((dec(g) for _, _, g in WULIAN_PARTS), Decimal(0))


def wulian_text() -> Blocks:
    scale = "、".join(f"{n}（{w}分）" for n, w, _ in WULIAN_PARTS)
    points = "、".join(f"{n[2:]}得{g}分" for n, _, g in WULIAN_PARTS)
    return [
        ("h", "一、项目概况"),
        (
            "p",
            "家庭经济困难学生资助项目包括学前教育幼儿资助、义务教育阶段家庭经济困难寄宿生生活补助和普通高中国家"
            "助学金三部分，由县学生资助管理中心具体实施，资助资金通过银行卡直接发放到学生或监护人账户。",
        ),
        (
            "p",
            "项目年度绩效目标为：资助学前教育家庭经济困难幼儿1,200人次以上，为义务教育阶段家庭经济困难寄宿生发放"
            "生活补助2,600人以上，资助普通高中家庭经济困难学生1,800人次以上，受助学生家长满意度达到90%以上。",
        ),
        ("h", "二、以前年度评价发现问题的整改情况"),
        (
            "p",
            "2018年5月，县财政局委托第三方机构对本项目2017年度资金使用情况开展了重点绩效评价，评价得分83.5分，评价"
            "等级为“良”，指出资助对象认定程序不够规范、部分学校资助资金发放不及时等问题。我局于2018年7月印发资助"
            "对象认定办法，统一了认定程序和佐证材料，并将发放时限纳入对学校的年度考核，上述问题已整改完毕。",
        ),
        ("h", "三、评价依据和方法"),
        (
            "p",
            f"本次自评依据县财政局印发的项目支出绩效评价指标体系，评价指标由{scale}四部分组成，满分100分。评价结果"
            "分为四个等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
        ),
        ("h", "四、项目资金情况"),
        (
            "p",
            "2018年，中央财政下达学生资助资金186.40万元，省级财政下达92.60万元，县财政安排46.00万元，项目全年预算"
            "325.00万元，资金已全部到位。全年发放资助资金318.56万元，预算执行率98.02%，结余6.44万元为年末新认定"
            "学生的补助，已结转下年发放。",
        ),
        ("h", "五、绩效目标完成情况"),
        (
            "p",
            "（一）产出。全年资助学前教育家庭经济困难幼儿1,236人次，按每生每年1,000元标准发放；为义务教育阶段家庭"
            "经济困难寄宿生2,684人发放生活补助；资助普通高中家庭经济困难学生1,862人次；资助对象认定准确率100%，"
            "资助资金均在学期内发放到位。",
        ),
        (
            "p",
            "（二）效益。义务教育阶段未发生学生因家庭经济困难失学的情况；全县学前三年毛入园率达到91.6%，普通高中在校"
            "生巩固率达到98.9%。",
        ),
        ("p", "（三）满意度。随机抽取320名受助学生家长开展问卷调查，满意度为96.4%。"),
        ("h", "六、自评结论"),
        ("p", f"经逐项评价，本项目{points}，自评得分{wulian_score()}分，评价等级为“优”。"),
        ("h", "七、存在的问题"),
        ("p", "（一）部分学校资助工作人员变动频繁，资助档案资料归集不够完整。"),
        ("p", "（二）学前教育资助对象动态调整不够及时，年末新认定学生的补助未能当年发放。"),
        ("h", "八、改进措施"),
        ("p", "（一）每学期组织一次学校资助工作人员业务培训，统一资助档案目录和归档要求。"),
        ("p", "（二）建立资助对象季度核查制度，新认定学生的补助随下一批次及时发放。"),
    ]


def doc_wulian(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=64, creator="WPS Office")
    p.title(f"{WULIAN_UNIT}\n2018年度{WULIAN_PROJECT}绩效自评报告", size=16)
    p.blocks(wulian_text())
    p.right(WULIAN_UNIT, size=11)
    p.right("2019年3月20日", size=11)
    check(p.page == 2, f"wulian on two pages, not {p.page}")
    p.save()
    check(
        dec("186.40") + dec("92.60") + dec("46.00") == dec("325.00")
        and rate("318.56", "325.00") == dec("98.02")
        and not_half("318.56", "325.00")
        and dec("325.00") - dec("318.56") == dec("6.44")
        and wulian_score() == dec("93.6")
        and sum(int(w) for _, w, _ in WULIAN_PARTS) == 100
        and all(dec(g) <= dec(w) for _, w, g in WULIAN_PARTS),
        f"wulian {wulian_score()}",
    )


# =========================================================================== 5. panan (PDF; NOT a report: an 事前绩效评估报告 written before the year)
PANAN_UNIT = "磐安县农业局"
PANAN_PROJECT = "中药材标准化种植基地建设项目"
PANAN_ASSESS = [  # 评估内容, 分值, 得分, 主要意见
    ("立项必要性", "20", "18", "符合县中药材产业发展规划，现实需求明确"),
    ("投入经济性", "20", "16", "基地建设补助标准高于周边县区，建议下调"),
    ("绩效目标合理性", "20", "17", "目标明确，增收指标测算依据需补充"),
    ("实施方案可行性", "20", "17", "实施主体和进度安排基本可行"),
    ("筹资合规性", "20", "18", "资金来源为县级财政，渠道合规"),
]


def panan_score() -> int:
    return sum(int(s) for _, _, s, _ in PANAN_ASSESS)


PANAN_TEXT_A: Blocks = [
    ("h", "一、评估对象基本情况"),
    (
        "p",
        "（一）立项背景。中药材是我县农业主导产业之一，全县中药材种植面积较大，但种植分散、良种覆盖率不高、"
        "初加工能力不足，产品价格受市场波动影响大。为推进中药材产业标准化、规模化发展，我局拟于2019年实施中药材"
        "标准化种植基地建设项目。",
    ),
    (
        "p",
        "（二）主要内容。项目拟在6个乡镇新建浙贝母、白术等中药材标准化种植基地3,000亩，建设产地初加工中心2处，"
        "开展种植技术培训和品牌推广。",
    ),
    (
        "p",
        "（三）绩效目标。项目申报的年度绩效目标为：新建中药材标准化种植基地3,000亩，建设产地初加工中心2处，培训"
        "种植户600人次以上，带动农户800户以上，基地亩均增收1,200元以上，种植户满意度90%以上。",
    ),
    (
        "p",
        "（四）资金构成。项目申请县级财政资金420.00万元，其中基地建设补助300.00万元（按每亩1,000元测算），初加工"
        "中心设备补助80.00万元，技术培训和品牌推广费用40.00万元。",
    ),
    ("h", "二、评估工作开展情况"),
    (
        "p",
        "根据县财政局关于开展2019年度新增重大项目事前绩效评估的要求，我局会同县财政局组成评估组，邀请3名中药材"
        "种植和财务管理方面的专家，于2018年9月至10月开展评估。评估组采用资料审查、实地调研、专家论证和比较分析等"
        "方法，查阅了项目申报书、实施方案和预算测算明细，实地走访4个乡镇的36户种植户和2家加工企业，并与周边县区"
        "同类项目的补助标准进行了比较。",
    ),
    ("h", "三、综合评估情况与评估结论"),
    ("p", "评估组按照事前绩效评估评分指标，从五个方面进行了评估，评分情况如下表。"),
]
PANAN_TEXT_B: Blocks = [
    (
        "p",
        "评估组认为，项目立项必要，绩效目标基本合理，实施方案可行，评估得分86分，评估结论为“予以支持”。建议按每亩"
        "850元测算基地建设补助，调整为255.00万元；初加工中心设备补助按询价结果调整为85.00万元；技术培训和品牌推广"
        "费用维持40.00万元。建议预算控制数为380.00万元。",
    ),
    ("h", "四、相关建议"),
    ("p", "（一）细化基地建设补助的验收标准，按验收合格面积兑付补助，避免重复享受其他种植补贴。"),
    ("p", "（二）补充亩均增收指标的测算依据，增加产品质量和初加工率等可考核的指标。"),
    ("p", "（三）项目实施后按规定开展绩效运行监控和绩效评价，评估中提出的问题在项目实施方案中予以落实。"),
]


def doc_panan(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=64, creator="Microsoft® Word 2016")
    p.title(f"{PANAN_UNIT}\n2019年{PANAN_PROJECT}\n事前绩效评估报告", size=16)
    p.blocks(PANAN_TEXT_A)
    rows: list[list[Cell]] = [["评估内容", "分值", "得分", "主要意见"]]
    rows += [[n, w, s, note] for n, w, s, note in PANAN_ASSESS]
    rows.append(["合计", "100", str(panan_score()), "予以支持"])
    p.table(
        rows,
        [22, 10, 10, 48],
        style="grid",
        size=10,
        align=["l", "c", "c", "l"],
        caption="事前绩效评估评分表",
    )
    p.blocks(PANAN_TEXT_B)
    p.right(PANAN_UNIT, size=11)
    p.right("2018年10月26日", size=11)
    check(p.page == 2, f"panan on two pages, not {p.page}")
    p.save()
    check(
        panan_score() == 86
        and dec("300.00") + dec("80.00") + dec("40.00") == dec("420.00")
        and 3000 * dec("0.1") == dec("300.00")
        and 3000 * dec("0.085") == dec("255.00")
        and dec("255.00") + dec("85.00") + dec("40.00") == dec("380.00"),
        "panan",
    )


# =========================================================================== 6. shuyang (DOCX; a 绩效评价报告 that is a self-evaluation; the stated rate fits no figures, E2)
SHUYANG_UNIT = "沭阳县卫生健康委员会"
SHUYANG_PROJECT = "基本公共卫生服务项目"
SHUYANG_RATE = "98.86%"  # E2: 7,702.35 ÷ 7,950.00 = 96.88%
SHUYANG_USES = [  # 资金去向, 支出数 (万元): the whole spending
    ("镇卫生院和社区卫生服务中心", "5,386.20"),
    ("村卫生室", "2,024.15"),
    ("县级专业公共卫生机构", "292.00"),
]
SHUYANG_PARTS = [
    ("项目决策", "15", "14"),
    ("项目过程", "25", "23.5"),
    ("项目产出", "30", "27.6"),
    ("项目效益", "30", "26.5"),
]


def shuyang_score() -> Decimal:
    return sum((dec(g) for _, _, g in SHUYANG_PARTS), Decimal(0))


def shuyang_rows() -> list[list[str]]:
    total = sum_money([v for _, v in SHUYANG_USES])
    rows = [["资金去向", "支出数（万元）", "占比"]]
    rows += [[n, v, pct(v, total)] for n, v in SHUYANG_USES]
    rows.append(["合计", money(total), "100.00%"])
    return rows


SHUYANG_TEXT_A: Blocks = [
    ("b", "一、项目基本情况"),
    (
        "p",
        "国家基本公共卫生服务项目面向全县常住居民免费提供居民健康档案管理、健康教育、预防接种、儿童和孕产妇健康"
        "管理、老年人健康管理、慢性病患者健康管理等服务，由各镇（街道）卫生院、社区卫生服务中心和村卫生室具体提供。"
        "2020年人均补助标准为74元。",
    ),
    ("b", "二、评价工作开展情况"),
    (
        "p",
        "根据县财政局关于开展2020年度项目支出绩效评价工作的通知，本次评价由我委组织实施，评价方式为单位自评。我委"
        "成立评价工作组，抽查了8家镇卫生院和40个村卫生室的服务记录，电话回访服务对象600人，结合年度考核结果形成"
        "评价结论。",
    ),
    ("b", "三、项目资金情况"),
    (
        "p",
        "2020年中央财政下达补助资金5,268.40万元，省级财政下达1,436.60万元，县财政安排配套资金1,245.00万元，项目"
        "全年预算7,950.00万元，实际到位资金7,950.00万元。我委按季度考核结果向各医疗卫生机构结算补助资金，全年支出"
        f"7,702.35万元，预算执行率{SHUYANG_RATE}，结余247.65万元。资金使用情况见下表。",
    ),
]
SHUYANG_TEXT_B: Blocks = [
    ("b", "四、绩效目标完成情况"),
    (
        "p",
        "（一）产出。全县规范化电子健康档案建档148.6万份，电子建档率92.3%；为65岁及以上老年人提供健康管理17.8万人；"
        "高血压患者规范管理12.46万人，糖尿病患者规范管理4.12万人；适龄儿童国家免疫规划疫苗接种率98.2%；儿童健康管理"
        "率93.6%，孕产妇系统管理率91.8%。",
    ),
    ("p", "（二）效益。居民健康素养水平提高到21.6%，传染病疫情报告及时率100%。"),
    ("p", "（三）满意度。电话回访结果显示，服务对象满意度为91.5%。"),
    ("b", "五、评价结论"),
]
SHUYANG_TEXT_C: Blocks = [
    ("b", "六、存在的问题"),
    (
        "p",
        "（一）部分村卫生室人员年龄偏大，使用信息系统录入服务记录的能力不足，个别健康档案存在信息不完整的情况。",
    ),
    ("p", "（二）慢性病患者随访以电话随访为主，面对面随访比例偏低，血压、血糖控制效果有待提高。"),
    ("b", "七、改进措施"),
    ("p", "（一）分片组织村卫生室人员开展信息系统操作培训，对健康档案开展季度质控。"),
    ("p", "（二）将面对面随访比例纳入季度考核，推动家庭医生签约服务与慢性病管理相结合。"),
]


def shuyang_conclusion() -> str:
    parts = "，".join(f"{n}{w}分得{g}分" for n, w, g in SHUYANG_PARTS)
    return f"评价工作组按照县财政局印发的评价指标体系逐项打分，{parts}，综合得分{shuyang_score()}分，评价等级为“优”。"


def doc_shuyang(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, SHUYANG_UNIT, 16)
    office.centred_title(d, f"2020年度{SHUYANG_PROJECT}绩效评价报告", 16)
    _docx_blocks(d, SHUYANG_TEXT_A)
    office.aligned(d, "项目资金使用情况表", "center")
    table(d, shuyang_rows())
    _docx_blocks(d, SHUYANG_TEXT_B)
    para(d, shuyang_conclusion())
    _docx_blocks(d, SHUYANG_TEXT_C)
    office.aligned(d, SHUYANG_UNIT, "right")
    office.aligned(d, "2021年4月16日", "right")
    office.page_number_footer(d, complex_field=True)
    STAMP.save_docx(d, path)
    total = sum_money([v for _, v in SHUYANG_USES])
    shares = [rate(v, total) for _, v in SHUYANG_USES]
    check(
        dec("5268.40") + dec("1436.60") + dec("1245.00") == dec("7950.00")
        and total == dec("7702.35")
        and sum(shares) == 100
        and rate("7702.35", "7950.00") == dec("96.88")
        and not_half("7702.35", "7950.00")
        and dec(SHUYANG_RATE) != rate("7702.35", "7950.00")
        and dec("7950.00") - dec("7702.35") == dec("247.65")
        and shuyang_score() == dec("91.6")
        and sum(int(w) for _, w, _ in SHUYANG_PARTS) == 100
        and all(dec(g) <= dec(w) for _, w, g in SHUYANG_PARTS),
        f"shuyang {shares} {rate('7702.35', '7950.00')}",
    )


# =========================================================================== 7. tieling (PDF; NOT a report: a third party's 重点绩效评价报告 commissioned by the finance bureau)
TIELING_PROJECT = "城市供热老旧管网改造项目"
TIELING_SCORES = [  # 一级指标, 分值, 得分
    ("决策", "20", "16.5"),
    ("过程", "20", "17.2"),
    ("产出", "35", "28.4"),
    ("效益", "25", "22.5"),
]


def tieling_score() -> Decimal:
    return sum((dec(s) for _, _, s in TIELING_SCORES), Decimal(0))


TIELING_TEXT: Blocks = [
    ("h", "一、项目概况"),
    (
        "p",
        "2021年，铁岭市住房和城乡建设局组织实施城市供热老旧管网改造项目，计划改造一级供热管网18.6公里、二级供热"
        "管网42.3公里，改造换热站26座，解决部分老旧小区冬季室温不达标和管网失水率偏高的问题。项目总投资9,860.00万元，"
        "其中中央预算内投资4,200.00万元、省级补助资金1,800.00万元、市级财政资金1,460.00万元、供热企业自筹2,400.00"
        "万元。截至2021年12月31日，财政资金到位7,460.00万元，支付7,128.36万元，支付率95.55%。",
    ),
    ("h", "二、评价工作开展情况"),
    (
        "p",
        "受铁岭市财政局委托，我公司组成评价组，于2022年5月至7月对该项目开展重点绩效评价。评价组依据市财政局确定的"
        "评价指标体系，采用资料核查、现场勘查、问卷调查和座谈访谈相结合的方法，核查了项目立项、招投标、合同和资金"
        "支付资料，现场勘查换热站18座、管网施工段12处，向供热用户发放问卷600份，回收有效问卷582份。",
    ),
    ("h", "三、评价结论"),
    (
        "p",
        "经评价，该项目综合得分84.6分，评价等级为“良”。项目单位自评得分为96分，评价组认为其自评对部分标段工期"
        "延误、竣工验收滞后等问题扣分不足。各一级指标得分情况见下表。",
    ),
]
TIELING_TEXT_B: Blocks = [
    ("h", "四、主要绩效"),
    (
        "p",
        "项目完成一级管网改造18.6公里、二级管网改造40.8公里，改造换热站26座；改造区域供热管网失水率由上年的1.8%下降"
        "到1.1%，受益居民约3.2万户；供热期用户室温达标率为96.2%，用户满意度为88.4%。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）前期工作不够充分，2个标段因地下管线迁改延误开工，二级管网改造未全部完成。"),
    ("p", "（二）项目竣工验收滞后，截至评价时仍有3个标段未办理竣工结算。"),
    ("p", "（三）供热企业自筹资金到位不及时，影响了部分工程款的支付。"),
    ("h", "六、意见建议"),
    ("p", "（一）加强项目前期论证，开工前完成地下管线探测和迁改方案。"),
    ("p", "（二）督促建设单位尽快组织竣工验收和结算，剩余二级管网改造纳入下年度计划。"),
    ("p", "（三）市财政局在安排下年度资金时，将自筹资金到位情况作为资金拨付的前置条件。"),
]


def doc_tieling(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="Microsoft® Word 2016", footer_from=2)
    p.space(150)
    p.title(f"铁岭市2021年度{TIELING_PROJECT}\n重点绩效评价报告", size=20)
    p.space(170)
    for line in (
        "委托单位：铁岭市财政局",
        "项目主管部门：铁岭市住房和城乡建设局",
        "评价机构：××工程咨询有限公司",
        "报告日期：2022年8月26日",
    ):
        p.center(line, size=13)
    p.new_page()
    p.blocks(TIELING_TEXT)
    rows: list[list[Cell]] = [["一级指标", "分值", "得分", "得分率"]]
    rows += [[n, w, s, pct(s, w)] for n, w, s in TIELING_SCORES]
    rows.append(["合计", "100", str(tieling_score()), pct(tieling_score(), 100)])
    p.table(
        rows, [30, 20, 20, 20], style="three", size=10.5, align=["l", "c", "c", "c"], caption="评价得分情况表"
    )
    p.blocks(TIELING_TEXT_B)
    p.right("××工程咨询有限公司", size=11)
    p.right("2022年8月26日", size=11)
    check(p.page == 3, f"tieling on three pages, not {p.page}")
    p.save()
    check(
        tieling_score() == dec("84.6")
        and dec("4200.00") + dec("1800.00") + dec("1460.00") + dec("2400.00") == dec("9860.00")
        and dec("4200.00") + dec("1800.00") + dec("1460.00") == dec("7460.00")
        and rate("7128.36", "7460.00") == dec("95.55")
        and not_half("7128.36", "7460.00")
        and sum(int(w) for _, w, _ in TIELING_SCORES) == 100,
        "tieling",
    )


# =========================================================================== 8. wuzhishan (PDF; page 1 a 部门预算收支总表, then the self-evaluation; 基本 + 项目 ≠ 全年支出, E1)
WUZHISHAN_UNIT = "五指山市水务局"
WUZHISHAN_TITLE = f"{WUZHISHAN_UNIT}2022年度部门整体支出绩效自评报告"
WUZHISHAN_PROJECT_SPENT = "1,293.82"  # E1: 842.55 + 1,293.82 = 2,136.37, 10.00 under the 全年支出 2,146.37
WUZHISHAN_BUDGET = [  # 收入项目, 预算数, 支出项目（按功能分类）, 预算数 (万元): the year's 年初 department budget
    ("一般公共预算拨款收入", "1,486.20", "社会保障和就业支出", "96.34"),
    ("政府性基金预算拨款收入", "320.00", "卫生健康支出", "38.52"),
    ("", "", "农林水支出", "1,283.14"),
    ("", "", "城乡社区支出", "320.00"),
    ("", "", "住房保障支出", "68.20"),
]
WUZHISHAN_TEXT: Blocks = [
    ("h", "一、部门基本情况"),
    (
        "p",
        "五指山市水务局负责全市水资源管理、水利工程建设与管理、农村供水、水土保持和河湖长制日常工作，内设办公室、"
        "水利工程股、水资源与河湖管理股等5个股室，下属市水利工程管理站和市农村供水管理站2个事业单位，2022年末在职"
        "人员58人。",
    ),
    ("h", "二、部门预算收支情况"),
    (
        "p",
        "2022年市财政批复我局年初预算1,806.20万元（见第1页部门预算收支总表），年中追加412.38万元，主要为上级下达的"
        "水利发展资金和农村供水工程维修养护补助，调整后预算2,218.58万元。全年收入2,218.58万元，其中一般公共预算财政"
        "拨款1,898.58万元，政府性基金预算财政拨款320.00万元。",
    ),
    (
        "p",
        "全年支出2,146.37万元，其中基本支出842.55万元（人员经费742.18万元、公用经费100.37万元），项目支出"
        f"{WUZHISHAN_PROJECT_SPENT}万元，主要用于农村供水工程维修养护、水土保持和河湖管护。预算执行率96.75%，年末结转"
        "结余72.21万元。",
    ),
    ("h", "三、部门履职成效"),
    (
        "p",
        "（一）农村供水保障。完成农村供水工程维修养护46处，新建和改造供水管网32.5公里，全市农村自来水普及率达到"
        "93.2%，集中供水工程水质达标率96.5%。",
    ),
    (
        "p",
        "（二）水土保持和河湖管护。新增水土流失治理面积8.6平方公里；各级河湖长累计巡河2,380人次，清理河道垃圾"
        "1,460吨，清理整治河湖“四乱”问题37个。",
    ),
    ("p", "（三）水旱灾害防御。汛前完成14座小型水库安全检查和维修，全年未发生水库安全事故。"),
    ("h", "四、自评结论"),
    (
        "p",
        "按照市财政局制定的部门整体支出绩效评价指标体系，我局从预算执行、预算管理、履职产出和履职效益四个方面进行"
        "自评，自评得分88.5分，自评等级为“良”。扣分主要原因是项目支出进度前慢后快，部分绩效指标设置不够细化。",
    ),
    ("h", "五、存在的问题"),
    ("p", "（一）部分维修养护项目前期准备不足，上半年支出进度偏慢，资金支出集中在第四季度。"),
    ("p", "（二）部分绩效指标以定性描述为主，可量化、可考核的指标较少。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前建立维修养护项目储备，年初完成设计和招标，按月调度支出进度。"),
    ("p", "（二）对照行业指标库完善绩效目标，增加数量、质量和时效指标。"),
]


def doc_wuzhishan(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=64, creator="WPS Writer")
    p.title(f"{WUZHISHAN_UNIT}2022年部门预算收支总表", size=15)
    rows: list[list[Cell]] = [["收入项目", "预算数", "支出项目（按功能分类）", "预算数"]]
    rows += [list(r) for r in WUZHISHAN_BUDGET]
    income = sum_money([r[1] for r in WUZHISHAN_BUDGET])
    spend = sum_money([r[3] for r in WUZHISHAN_BUDGET])
    rows.append(["收入合计", money(income), "支出合计", money(spend)])
    p.table(rows, [30, 16, 30, 16], style="grid", size=10.5, align=["l", "r", "l", "r"], unit="单位：万元")
    p.new_page()
    p.title(WUZHISHAN_TITLE, size=16)
    p.blocks(WUZHISHAN_TEXT)
    p.right(WUZHISHAN_UNIT, size=11)
    p.right("2023年4月20日", size=11)
    check(p.page == 3, f"wuzhishan on three pages, not {p.page}")
    p.save()
    check(
        income == spend == dec("1806.20")
        and dec("1806.20") + dec("412.38") == dec("2218.58")
        and dec("1898.58") + dec("320.00") == dec("2218.58")
        and dec("742.18") + dec("100.37") == dec("842.55")
        and dec("842.55") + dec(WUZHISHAN_PROJECT_SPENT) == dec("2146.37") - 10
        and rate("2146.37", "2218.58") == dec("96.75")
        and not_half("2146.37", "2218.58")
        and rate("2136.37", "2218.58") != dec("96.75")
        and dec("2218.58") - dec("2146.37") == dec("72.21"),
        "wuzhishan",
    )


# =========================================================================== 9. yangshan (HTML; a project report citing its 事前评估 and 绩效目标申报表; 年初 + 追加 − 调减 ≠ 调整后, E4)
YANGSHAN_UNIT = "阳山县农业农村局"
YANGSHAN_PROJECT = "高标准农田建设"
YANGSHAN_TITLE = f"{YANGSHAN_UNIT}2022年度{YANGSHAN_PROJECT}项目支出绩效自评报告"
YANGSHAN_ADJUSTED = "2,400.00"  # E4: 1,860.00 + 640.00 − 120.00 = 2,380.00


def yangshan_body() -> str:
    check(
        dec("1860.00") + dec("640.00") - dec("120.00") == dec(YANGSHAN_ADJUSTED) - 20
        and dec("1200.00") + dec("840.00") + dec("360.00") == dec(YANGSHAN_ADJUSTED)
        and rate("2316.48", YANGSHAN_ADJUSTED) == dec("96.52")
        and not_half("2316.48", YANGSHAN_ADJUSTED)
        and rate("2316.48", "2380.00") != dec("96.52")
        and dec(YANGSHAN_ADJUSTED) - dec("2316.48") == dec("83.52")
        and rate("1.26", "1.2") == dec("105.00"),
        "yangshan",
    )
    parts = [
        _h("一、项目基本情况"),
        _p(
            "为提升耕地质量和粮食综合生产能力，县农业农村局2022年在5个镇实施高标准农田建设项目，主要建设内容包括土地"
            "平整、灌溉与排水、田间道路和农田输配电等工程。"
        ),
        _p(
            "项目实施前，县财政局于2021年10月组织对项目开展了事前绩效评估，评估结论为“予以支持”；项目纳入2022年"
            "预算时，我局按要求编报了项目支出绩效目标申报表，设定了建设高标准农田1.2万亩、新增和改善灌溉面积0.8万亩、"
            "受益农户满意度90%以上等年度绩效目标。年度执行中，我局于7月对照绩效目标开展了绩效运行监控，对施工进度"
            "滞后的2个片区及时进行了纠偏。"
        ),
        _h("二、项目资金情况"),
        _p(
            "2022年县财政批复项目年初预算1,860.00万元；年中省级财政追加下达640.00万元，因2个片区调整至下年度实施"
            f"调减120.00万元，调整后预算{YANGSHAN_ADJUSTED}万元。资金来源为中央财政资金1,200.00万元、省级财政资金"
            "840.00万元、县级财政资金360.00万元。截至2022年12月31日，按工程进度支付工程款和监理费2,316.48万元，预算"
            "执行率96.52%，结余83.52万元为工程质量保证金，待缺陷责任期满后支付。"
        ),
        _h("三、绩效目标完成情况"),
        _p(
            "（一）产出。全年建成高标准农田1.26万亩，完成年度目标的105%；新建和修复灌排渠道38.6公里，新建和改造田间"
            "道路21.4公里，新增和改善灌溉面积0.86万亩，工程经县级验收全部合格。"
        ),
        _p("（二）效益。项目区粮食亩产平均提高52公斤，受益农户3,260户。"),
        _p("（三）满意度。对项目区210户农户开展问卷调查，满意度为95.2%。"),
        _h("四、自评结论"),
        _p(
            "对照年初设定的绩效目标，我局从项目决策、项目过程、项目产出和项目效益四个方面开展自评，自评得分为94.3分，"
            "评价等级为“优”。"
        ),
        _h("五、存在的问题"),
        _p("（一）部分片区土地权属调整和青苗补偿协调难度大，开工时间晚于计划。"),
        _p("（二）建后管护主体和管护经费落实不到位，个别渠道出现淤积。"),
        _h("六、改进措施"),
        _p("（一）在项目立项阶段提前开展权属核实和群众意见征询，减少施工阶段的矛盾。"),
        _p("（二）制定建后管护办法，明确村集体管护责任，将管护经费纳入年度预算。"),
        _p(YANGSHAN_UNIT, "text-align: right;"),
        _p("2023年3月30日", "text-align: right;"),
    ]
    return "\n".join(parts)


def yangshan_html() -> str:
    nav = " | ".join(
        f'<a href="#">{n}</a>'
        for n in ("网站首页", "走进阳山", "政务公开", "政务服务", "政民互动", "专题专栏")
    )
    info = "\n".join(
        f"<li><span>{a}：</span>{b}</li>"
        for a, b in (
            ("索引号", "007192417/2023-00086"),
            ("分类", "财政预决算"),
            ("发布机构", "阳山县农业农村局"),
            ("成文日期", "2023-03-30"),
            ("发布日期", "2023-04-07"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{YANGSHAN_TITLE}-阳山县人民政府网站</title>
</head>
<body>
<div class="top">欢迎访问阳山县人民政府网站！ <a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<div class="banner"><div class="logo">阳山县人民政府</div><form class="search"><input type="text" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政预决算</a> &gt; <a href="#">预算绩效</a></div>
<ul class="meta">
{info}
</ul>
<div class="article">
<h1>{YANGSHAN_TITLE}</h1>
<div class="source">来源：阳山县农业农村局　发布时间：2023-04-07 10:15:32　【字号：大 中 小】</div>
<div class="content">
{yangshan_body()}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="#">阳山县农业农村局2022年度部门决算</a></li><li><a href="#">阳山县农业农村局2023年部门预算</a></li></ul></div>
<div class="footer">
<p>主办：阳山县人民政府办公室　承办：阳山县政务服务数据管理局</p>
<p>粤ICP备05021371号　粤公网安备44182302000019号　网站标识码：4418230001</p>
</div>
</body>
</html>
"""


# =========================================================================== 10. changdu (PDF; a 部门整体支出绩效评价报告 that is the bureau's own self-evaluation)
CHANGDU_UNIT = "昌都市应急管理局"
CHANGDU_TITLE = f"{CHANGDU_UNIT}2023年度部门整体支出绩效评价报告"
CHANGDU_TEXT: Blocks = [
    ("h", "一、部门概况"),
    (
        "p",
        "昌都市应急管理局负责全市安全生产综合监督管理、防灾减灾救灾和应急救援的组织协调工作，内设办公室、安全生产"
        "基础科、危险化学品和非煤矿山安全监督管理科、风险监测和综合减灾科等8个科室，下设市应急管理综合行政执法支队，"
        "2023年末实有人员86人。",
    ),
    ("h", "二、评价工作开展情况"),
    (
        "p",
        "根据市财政局关于开展2023年度预算绩效自评工作的通知，我局成立由局长任组长的绩效评价工作组，对照年初设定的"
        "部门整体支出绩效目标，对2023年度部门整体支出开展自评。本报告为我局自评结果。",
    ),
    ("h", "三、部门预算收支情况"),
    (
        "p",
        "2023年市财政批复我局年初预算2,846.30万元，年中追加1,268.40万元，主要为自治区下达的安全生产专项资金和防汛"
        "抗旱补助资金，调整后预算4,114.70万元，全部为一般公共预算财政拨款。",
    ),
    (
        "p",
        "全年支出4,016.85万元，其中基本支出1,362.47万元、项目支出2,654.38万元，预算执行率97.62%，年末结转结余97.85"
        "万元。此外，自治区下达的中央自然灾害救灾资金3,600.00万元由市财政直接拨付受灾县（区），不纳入本部门预算。",
    ),
    ("h", "四、绩效目标完成情况"),
    (
        "p",
        "（一）安全生产监管。全年开展安全生产执法检查1,286家次，排查整改事故隐患3,462处，隐患整改率98.7%；全市"
        "生产安全事故起数同比下降18.2%。",
    ),
    (
        "p",
        "（二）应急救援能力建设。组织各类应急演练126场次，开展应急管理和安全生产培训8,600人次；新增储备帐篷、棉被、"
        "折叠床等应急物资1.2万件。",
    ),
    ("p", "（三）综合减灾。新创建全国综合减灾示范社区3个，汛期各类灾害未造成人员死亡。"),
    ("h", "五、评价结论"),
    ("p", "对照市财政局部门整体支出绩效评价指标体系，我局自评得分92.85分，评价等级为“优秀”。"),
    ("h", "六、存在的问题"),
    ("p", "（一）县乡两级应急管理力量薄弱，基层执法检查的专业性不足。"),
    ("p", "（二）应急物资储备点分布不均，偏远乡镇物资前置不足。"),
    ("h", "七、改进措施"),
    ("p", "（一）通过政府购买服务引入安全生产技术服务机构，提升基层执法检查质量。"),
    ("p", "（二）在偏远乡镇增设应急物资储备点，按区域统筹调配应急物资。"),
]


def doc_changdu(path: Path) -> None:
    p = Pdf(
        path,
        footer_style="slash",
        total=2,
        size=12,
        margin=64,
        creator="WPS Writer",
        header=CHANGDU_TITLE,
        header_from=2,
    )
    p.title(f"{CHANGDU_UNIT}\n2023年度部门整体支出绩效评价报告", size=16)
    p.blocks(CHANGDU_TEXT)
    p.right(CHANGDU_UNIT, size=11)
    p.right("2024年4月12日", size=11)
    check(p.page == 2, f"changdu on two pages, not {p.page}")
    p.save()
    check(
        dec("2846.30") + dec("1268.40") == dec("4114.70")
        and dec("1362.47") + dec("2654.38") == dec("4016.85")
        and rate("4016.85", "4114.70") == dec("97.62")
        and not_half("4016.85", "4114.70")
        and dec("4114.70") - dec("4016.85") == dec("97.85"),
        "changdu",
    )


# =========================================================================== 11. yiwu (DOCX; NOT a report: a mid-year 绩效运行监控表)
YIWU_UNIT = "伊吾县农业农村局"
YIWU_PROJECT = "农村人居环境整治提升项目"
YIWU_FUNDS = [  # 资金来源, 全年预算数, 1—6月执行数, 全年预计执行数 (万元)
    ("年度资金总额", "680.00", "286.40", "680.00"),
    ("其中：中央财政资金", "400.00", "168.00", "400.00"),
    ("自治区财政资金", "180.00", "76.20", "180.00"),
    ("县级财政资金", "100.00", "42.20", "100.00"),
]
YIWU_IND = [  # 一级, 二级, 三级, 年度指标值, 1—6月实际完成值, 全年预计完成值, 偏差原因分析及纠偏措施
    ("产出指标", "数量指标", "完成人居环境整治村庄", "=20个", "8个", "20个", ""),
    (
        "产出指标",
        "数量指标",
        "新建农村户用卫生厕所",
        "≥600座",
        "215座",
        "600座",
        "冻土期不能施工，7—9月集中建设",
    ),
    ("产出指标", "数量指标", "配置垃圾收集设施", "≥300个", "300个", "300个", ""),
    ("产出指标", "质量指标", "改厕验收合格率", "≥95%", "96.3%", "≥95%", ""),
    ("产出指标", "时效指标", "工程完工时间", "2024年10月底前", "在建", "2024年10月底前", ""),
    (
        "效益指标",
        "社会效益指标",
        "生活垃圾收运处置体系覆盖率",
        "≥90%",
        "85%",
        "92%",
        "偏远村收运线路正在调整",
    ),
    ("效益指标", "可持续影响指标", "长效管护机制", "建立", "初步建立", "建立", ""),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", "年底开展调查", "≥90%", ""),
]


def yiwu_rows() -> tuple[list[list[str]], Merges]:
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    add(["项目名称", YIWU_PROJECT, "", "", "", "", "", ""], {1: (1, 7)})
    add(["主管部门", YIWU_UNIT, "", "", "实施单位", YIWU_UNIT, "", ""], {1: (1, 3), 5: (1, 3)})
    first = len(rows)
    add(
        [
            "项目资金（万元）",
            "资金来源",
            "全年预算数",
            "1—6月执行数",
            "执行率",
            "全年预计执行数",
            "偏差原因分析",
            "",
        ],
        {6: (1, 2)},
    )
    for k, (name, budget, done, whole) in enumerate(YIWU_FUNDS):
        why = "部分工程6月开工，工程款尚未结算" if k == 0 else ""
        add(["", name, budget, done, pct(done, budget), whole, why, ""], {6: (1, 2)})
    merges[(first, 0)] = (len(rows) - first, 1)
    add(
        [
            "年度总体目标",
            "完成20个村人居环境整治，新建农村户用卫生厕所600座以上，配置垃圾收集设施300个以上，建立农村人居环境"
            "长效管护机制。",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        {1: (1, 7)},
    )
    ind_first = len(rows)
    add(
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "1—6月实际完成值",
            "全年预计完成值",
            "偏差原因分析及纠偏措施",
        ]
    )
    for row in YIWU_IND:
        add(["", *row])
    merges[(ind_first, 0)] = (len(YIWU_IND) + 1, 1)
    merges.update(level_merges(YIWU_IND, ind_first + 1))
    add(
        [
            "监控结论",
            "项目总体按计划推进，预计能够完成年度绩效目标。针对资金执行进度偏慢的问题，已督促施工单位加快进度、及时"
            "报送结算资料，按月报送支出进度。",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        {1: (1, 7)},
    )
    return rows, merges


def doc_yiwu(path: Path) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    d = STAMP.new_docx()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    office.centred_title(d, "项目支出绩效运行监控表", 16)
    office.aligned(d, "（2024年1—6月）", "center")
    para(d, f"填报单位（盖章）：{YIWU_UNIT}　　　　　　　　单位：万元", indent=False)
    rows, merges = yiwu_rows()
    table(d, rows, docx_merges(merges))
    para(d, "填报人：阿××　　　联系电话：0902-67×××××　　　填报日期：2024年7月12日", indent=False)
    STAMP.save_docx(d, path)
    total, central, region, county = YIWU_FUNDS
    check(
        all(sum_money([central[k], region[k], county[k]]) == dec(total[k]) for k in (1, 2, 3))
        and [pct(f[2], f[1]) for f in YIWU_FUNDS] == ["42.12%", "42.00%", "42.33%", "42.20%"],
        "yiwu",
    )


# =========================================================================== 12. xunhua (XLSX; a year-end 自评表 laid out like a monitoring form; scores ≠ 总分, E3)
XUNHUA_UNIT = "循化撒拉族自治县农业农村局"
XUNHUA_PROJECT = "线辣椒标准化种植基地建设项目"
XUNHUA_FUNDS = [  # 资金来源, 全年预算数, 1—12月执行数 (万元)
    ("年度资金总额", "520.00", "503.72"),
    ("其中：中央财政资金", "300.00", "292.60"),
    ("省级财政资金", "160.00", "153.12"),
    ("县级财政资金", "60.00", "58.00"),
]
XUNHUA_TOTAL = "96.69"  # E3: 9.69 + the rows' 86 = 95.69
XUNHUA_IND = [  # 一级, 二级, 三级, 年度指标值, 1—12月实际完成值, 完成进度, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "新建线辣椒标准化种植基地", "≥5000亩", "5260亩", "105.2%", 10, 10, ""),
    ("产出指标", "数量指标", "建设育苗大棚", "=20座", "20座", "100%", 10, 10, ""),
    ("产出指标", "数量指标", "种植技术培训", "≥1500人次", "1680人次", "112%", 5, 5, ""),
    ("产出指标", "质量指标", "移栽成活率", "≥90%", "93.5%", E, 10, 10, ""),
    (
        "产出指标",
        "时效指标",
        "基地建设完成时间",
        "2024年9月底前",
        "2024年10月15日",
        E,
        5,
        3,
        "灌溉设施安装推迟，下年提前招标",
    ),
    ("产出指标", "成本指标", "亩均建设补助", "≤600元", "580元", E, 5, 5, ""),
    ("效益指标", "经济效益指标", "种植户亩均增收", "≥800元", "860元", "107.5%", 10, 10, ""),
    ("效益指标", "社会效益指标", "带动农户", "≥1200户", "1316户", "109.7%", 10, 10, ""),
    ("效益指标", "可持续影响指标", "线辣椒品牌影响力", "逐步提升", "稳步提升", E, 10, 9, "品牌推广渠道较少"),
    (
        "满意度指标",
        "服务对象满意度指标",
        "种植户满意度",
        "≥90%",
        "92.6%",
        E,
        15,
        14,
        "部分种植户对收购价格不满意",
    ),
]
XUNHUA_GOAL = (
    "新建线辣椒标准化种植基地5000亩以上，建设育苗大棚20座，带动农户1200户以上，种植户亩均增收800元以上。"
)
XUNHUA_DONE = "新建线辣椒标准化种植基地5260亩，建成育苗大棚20座，培训种植户1680人次，带动农户1316户，种植户亩均增收860元。"


def xunhua_score() -> str:
    _, budget, done = XUNHUA_FUNDS[0]
    return exec_score(done, budget)


def xunhua_sum() -> Decimal:
    return dec(xunhua_score()) + sum(Decimal(r[7]) for r in XUNHUA_IND)


def doc_xunhua(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标执行情况"
    for col, w in zip("ABCDEFGHIJ", [11, 11, 14, 20, 13, 14, 9, 7, 7, 22], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(
        ws, "A1", "项目支出绩效目标执行情况表", bold=True, size=14, center=True, merge_to="J1", border=False
    )
    xl_put(ws, "A2", "（2024年1—12月）", center=True, merge_to="J2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", XUNHUA_PROJECT, merge_to="J3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", XUNHUA_UNIT, merge_to="E4")
    xl_put(ws, "F4", "实施单位", center=True)
    xl_put(ws, "G4", XUNHUA_UNIT, merge_to="J4")
    last = 5 + len(XUNHUA_FUNDS)
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to=f"A{last}")
    xl_put(ws, "B5", "资金来源", center=True, merge_to="C5")
    xl_put(ws, "D5", "全年预算数", center=True)
    xl_put(ws, "E5", "1—12月执行数", center=True)
    xl_put(ws, "F5", "执行率", center=True, merge_to="G5")
    xl_put(ws, "H5", "分值", center=True)
    xl_put(ws, "I5", "得分", center=True)
    xl_put(ws, "J5", "偏差原因", center=True)
    for r, (name, budget, done) in enumerate(XUNHUA_FUNDS, 6):
        xl_put(ws, f"B{r}", name, merge_to=f"C{r}")
        xl_put(ws, f"D{r}", float(dec(budget)), fmt="#,##0.00", center=True)
        xl_put(ws, f"E{r}", float(dec(done)), fmt="#,##0.00", center=True)
        if r == 6:
            xl_put(ws, "F6", float(rate(done, budget) / 100), fmt="0.00%", center=True, merge_to="G6")
            xl_put(ws, "H6", 10, center=True)
            xl_put(ws, "I6", float(xunhua_score()), fmt="0.00", center=True)
            xl_put(ws, "J6", E, center=True)
        else:
            xl_put(ws, f"F{r}", E, center=True, merge_to=f"G{r}")
            for col in "HIJ":
                xl_put(ws, f"{col}{r}", E, center=True)
    goal = last + 1
    xl_put(ws, f"A{goal}", "年度总体目标", center=True, merge_to=f"A{goal + 1}")
    xl_put(ws, f"B{goal}", "预期目标", center=True, merge_to=f"E{goal}")
    xl_put(ws, f"F{goal}", "1—12月实际完成情况", center=True, merge_to=f"J{goal}")
    xl_put(ws, f"B{goal + 1}", XUNHUA_GOAL, merge_to=f"E{goal + 1}")
    xl_put(ws, f"F{goal + 1}", XUNHUA_DONE, merge_to=f"J{goal + 1}")
    ws.row_dimensions[goal + 1].height = 60
    first = goal + 2
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(XUNHUA_IND)}")
    heads = (
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1—12月实际完成值",
        "完成进度",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    for col, head in zip("BCDEFGHIJ", heads, strict=True):
        xl_put(ws, f"{col}{first}", head, center=True)
    for r, row in enumerate(XUNHUA_IND, first + 1):
        for col, v in zip("BCDEFGHIJ", row, strict=True):
            xl_put(ws, f"{col}{r}", v if v != "" else None, center=col in "EFGHI")
    for (r0, c0), (rs, _) in level_merges(XUNHUA_IND, first + 1, col0=0).items():
        col = "BC"[c0]
        ws.merge_cells(f"{col}{r0}:{col}{r0 + rs - 1}")
    end = first + len(XUNHUA_IND) + 1
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"G{end}")
    xl_put(ws, f"H{end}", 100, center=True)
    xl_put(ws, f"I{end}", float(XUNHUA_TOTAL), fmt="0.00", center=True)
    xl_put(ws, f"J{end}", "自评等级：优", center=True)
    xl_put(
        ws,
        f"A{end + 1}",
        f"填报单位（盖章）：{XUNHUA_UNIT}　　联系人：马××　　填报日期：2025年1月20日",
        merge_to=f"J{end + 1}",
        border=False,
    )
    STAMP.save_xlsx(wb, path)
    total, central, province, county = XUNHUA_FUNDS
    check(
        all(sum_money([central[k], province[k], county[k]]) == dec(total[k]) for k in (1, 2))
        and rate(total[2], total[1]) == dec("96.87")
        and not_half(total[2], total[1])
        and xunhua_score() == "9.69"
        and sum(r[6] for r in XUNHUA_IND) == 90
        and all(r[7] <= r[6] for r in XUNHUA_IND)
        and xunhua_sum() == dec(XUNHUA_TOTAL) - 1
        and rate(5260, 5000) == dec("105.20")
        and rate(1680, 1500) == dec("112.00")
        and rate(860, 800) == dec("107.50")
        and (Decimal(1316) / 1200 * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) == dec("109.7"),
        f"xunhua {xunhua_sum()}",
    )


# =========================================================================== 13. lushi (XLSX; NOT a report: a 项目支出绩效目标申报表 filled in before the year)
LUSHI_UNIT = "卢氏县农业农村局"
LUSHI_PROJECT = "连翘规范化种植基地建设项目"
LUSHI_IND = [  # 一级, 二级, 三级, 指标值, 备注
    ("产出指标", "数量指标", "新建连翘规范化种植基地", "≥4000亩", ""),
    ("产出指标", "数量指标", "培训种植户", "≥600人次", ""),
    ("产出指标", "质量指标", "苗木栽植成活率", "≥85%", "栽植后第二年春季核查"),
    ("产出指标", "时效指标", "苗木栽植完成时间", "2025年4月底前", ""),
    ("产出指标", "成本指标", "亩均建设补助", "≤900元", ""),
    ("效益指标", "经济效益指标", "盛果期亩均增收", "≥1500元", "预计2027年进入盛果期"),
    ("效益指标", "社会效益指标", "带动农户", "≥500户", ""),
    ("效益指标", "生态效益指标", "新增林草覆盖面积", "≥4000亩", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", ""),
]


def doc_lushi(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标申报表"
    for col, w in zip("ABCDEF", [12, 14, 16, 24, 16, 24], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效目标申报表", bold=True, size=14, center=True, merge_to="F1", border=False)
    xl_put(ws, "A2", "（2025年度）", center=True, merge_to="F2", border=False)
    xl_put(ws, "A3", f"填报单位（盖章）：{LUSHI_UNIT}", merge_to="D3", border=False)
    xl_put(ws, "E3", "单位：万元", merge_to="F3", border=False)
    xl_put(ws, "A4", "项目名称", center=True)
    xl_put(ws, "B4", LUSHI_PROJECT, merge_to="D4")
    xl_put(ws, "E4", "项目属性", center=True)
    xl_put(ws, "F4", "新增项目")
    xl_put(ws, "A5", "主管部门", center=True)
    xl_put(ws, "B5", LUSHI_UNIT, merge_to="D5")
    xl_put(ws, "E5", "实施单位", center=True)
    xl_put(ws, "F5", LUSHI_UNIT)
    xl_put(ws, "A6", "项目期限", center=True)
    xl_put(ws, "B6", "2025年1月至2025年12月", merge_to="F6")
    xl_put(ws, "A7", "项目资金", center=True, merge_to="A9")
    xl_put(ws, "B7", "资金总额", merge_to="C7")
    xl_put(ws, "D7", 360.0, fmt="#,##0.00", center=True)
    xl_put(ws, "E7", "", merge_to="F9")
    xl_put(ws, "B8", "其中：财政拨款", merge_to="C8")
    xl_put(ws, "D8", 360.0, fmt="#,##0.00", center=True)
    xl_put(ws, "B9", "其他资金", merge_to="C9")
    xl_put(ws, "D9", E, center=True)
    xl_put(ws, "A10", "年度绩效目标", center=True)
    xl_put(
        ws,
        "B10",
        "在3个乡镇新建连翘规范化种植基地4000亩以上，培训种植户600人次以上，苗木栽植成活率达到85%以上，带动农户"
        "500户以上增收。",
        merge_to="F10",
    )
    ws.row_dimensions[10].height = 48
    first = 11
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(LUSHI_IND)}")
    for col, head in zip("BCDEF", ("一级指标", "二级指标", "三级指标", "指标值", "备注"), strict=True):
        xl_put(ws, f"{col}{first}", head, center=True)
    for r, row in enumerate(LUSHI_IND, first + 1):
        for col, v in zip("BCDEF", row, strict=True):
            xl_put(ws, f"{col}{r}", v if v != "" else None, center=col == "E")
    for (r0, c0), (rs, _) in level_merges(LUSHI_IND, first + 1, col0=0).items():
        col = "BC"[c0]
        ws.merge_cells(f"{col}{r0}:{col}{r0 + rs - 1}")
    end = first + len(LUSHI_IND) + 1
    xl_put(ws, f"A{end}", "主管部门审核意见", center=True, merge_to=f"B{end}")
    xl_put(ws, f"C{end}", "", merge_to=f"F{end}")
    xl_put(ws, f"A{end + 1}", "财政部门审核意见", center=True, merge_to=f"B{end + 1}")
    xl_put(ws, f"C{end + 1}", "", merge_to=f"F{end + 1}")
    xl_put(
        ws,
        f"A{end + 2}",
        "填报人：王××　　联系电话：0398-7××××××　　填报日期：2024年10月18日",
        merge_to=f"F{end + 2}",
        border=False,
    )
    STAMP.save_xlsx(wb, path)


# =========================================================================== main
def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "nenjiang-dadou-2015.pdf": doc_nenjiang,
        "honguang-zhen-2016.txt": lambda p: write_text(p, honguang_text(), encoding="gbk", newline="\r\n"),
        "nankai-juesuan-2017.html": lambda p: write_text(p, nankai_html()),
        "wulian-zizhu-2018.pdf": doc_wulian,
        "panan-shiqian-2019.pdf": doc_panan,
        "shuyang-gongwei-2020.docx": doc_shuyang,
        "tieling-gongre-2021.pdf": doc_tieling,
        "wuzhishan-shuiwu-2022.pdf": doc_wuzhishan,
        "yangshan-nongtian-2022.html": lambda p: write_text(p, yangshan_html()),
        "changdu-yingji-2023.pdf": doc_changdu,
        "yiwu-jiankong-2024.docx": doc_yiwu,
        "xunhua-xianjiao-2024.xlsx": doc_xunhua,
        "lushi-shenbao-2025.xlsx": doc_lushi,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
