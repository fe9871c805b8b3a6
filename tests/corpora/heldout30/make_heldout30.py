#!/usr/bin/env python3
"""Regenerate the heldout30 evaluation batch (11 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout30/make_heldout30.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML is UTF-8 without BOM with LF line ends, the TXT
UTF-8 without BOM with LF line ends and a form feed between its two pages (what pdftotext writes).
The batch is about provincial and municipal (地级市) departments and big money, worded as real
portals publish them: budgets in 亿元 in the text beside tables in 万元 or 元, 万元 with four
decimals, funding verbs (下达 / 批复 / 安排 / 拨付 / 到位 / 支付), transfer payments shared out to
cities and counties, last year's figures beside this year's, a provincial 厅 with its 二级单位 and a
municipal 委 whose report consolidates its units, forms flattened to text (one cell a line on a
portal page, label and value on one line in a PDF-to-text copy), indicator tables with comparators
and units. Five real inconsistencies are planted; ten figures only look inconsistent. Every sentence
and figure below is invented; place names are real.
"""
from __future__ import annotations

import datetime
import sys
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY30"
FIXED_DT = datetime.datetime(2026, 12, 23, 14, 10, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=2)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"

Merges = dict[tuple[int, int], tuple[int, int]]


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back to
    the end of the line before (word processors let it hang into the margin)."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


def dec(x: str) -> Decimal:
    return Decimal(x.replace(",", ""))


def pct(executed: str, budget: str) -> str:
    return f"{(dec(executed) / dec(budget) * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def exec_score(executed: str, budget: str, weight: int = 10) -> str:
    rate = Decimal(pct(executed, budget)[:-1])
    return str((rate * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: str | Decimal) -> str:
    """`1860` -> `1,860.00`."""
    return f"{Decimal(x):,.2f}"


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页`), a
    right-aligned line, a ruled grid with merged cells on one page, and a ruled table that runs over
    page breaks repeating its header row (heldout29's)."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", **layout):
        self.footer_style = footer_style
        self.total = total
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self):
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is None:
            return
        text = {"dash": f"- {self.page} -", "of": f"第 {self.page} 页 共 {self.total} 页",
                "plain": f"第{self.page}页"}[self.footer_style]
        c.setFont(self.font, 10)
        c.drawCentredString(self.W / 2, self.m - 24, text)

    def para(self, text, indent=True, size=None):
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

    def blocks(self, blocks) -> None:
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

    def _cell(self, text: str, x: float, top: float, w: float, h: float, lines: list[str], size: float,
              lead: float, pad: float, a: str, middle: bool) -> None:
        c = self.c
        c.setLineWidth(0.5)
        c.rect(x, top - h, w, h)
        y0 = top - pad - size
        if middle:
            y0 -= (h - 2 * pad - len(lines) * lead) / 2
        c.setFont(self.font, size)
        for n, line in enumerate(lines):
            yy = y0 - n * lead
            if a == "c":
                c.drawCentredString(x + w / 2, yy, line)
            elif a == "r":
                c.drawRightString(x + w - pad, yy, line)
            else:
                c.drawString(x + pad, yy, line)

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], merges: Merges | None = None,
             size: float = 9, align: Sequence[str] | None = None) -> None:
        """A ruled grid on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)}
        draws one cell over the area (the covered cells' text is ignored)."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
        covered = {(rr, cc) for (r, col), (rs, cs) in merges.items() for rr in range(r, r + rs)
                   for cc in range(col, col + cs) if (rr, cc) != (r, col)}

        def span(r, col):
            return merges.get((r, col), (1, 1))

        def lines_of(r, col):
            w = sum(widths[col:col + span(r, col)[1]])
            text = rows[r][col]
            return wrap_cjk(text, self.font, w - 2 * pad, size) if text else []

        heights = []
        for r in range(len(rows)):
            h = lead + 2 * pad
            for col in range(len(widths)):
                if (r, col) in covered or span(r, col)[0] > 1:
                    continue
                h = max(h, len(lines_of(r, col)) * lead + 2 * pad)
            heights.append(h)
        for (r, col), (rs, _cs) in merges.items():
            need = len(lines_of(r, col)) * lead + 2 * pad
            have = sum(heights[r:r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
        if self.y - sum(heights) < self.bottom - 1:
            raise ValueError("grid does not fit on the page")
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        for r in range(len(rows)):
            for col in range(len(widths)):
                if (r, col) in covered:
                    continue
                rs, cs = span(r, col)
                x = self.m + sum(widths[:col])
                a = (align[col] if align else "l") if cs == 1 else "l"
                self._cell(rows[r][col], x, tops[r], sum(widths[col:col + cs]), sum(heights[r:r + rs]),
                           lines_of(r, col), size, lead, pad, a, rs > 1)
        self.y -= sum(heights) + 10

    def paged_table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                    size: float = 9, align: Sequence[str] | None = None) -> list[int]:
        """A ruled table without merges that runs over page breaks, its header row drawn again at the
        top of each new page. Returns the page each body row landed on."""
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead = 3, size * 1.42

        def lines(row):
            return [wrap_cjk(t, self.font, w - 2 * pad, size) if t else [] for t, w in zip(row, widths, strict=True)]

        def height(row):
            return max(len(ls) for ls in lines(row)) * lead + 2 * pad

        def draw(row):
            h = height(row)
            for k, (text, ls) in enumerate(zip(row, lines(row), strict=True)):
                self._cell(text, self.m + sum(widths[:k]), self.y, widths[k], h, ls, size, lead, pad,
                           align[k] if align else "l", False)
            self.y -= h

        self.need(height(header) + height(rows[0]))
        draw(header)
        pages = []
        for row in rows:
            if self.y - height(row) < self.bottom:
                self.new_page()
                draw(header)
            draw(row)
            pages.append(self.page)
        self.y -= 10
        return pages


def level_merges(indicators: Sequence[Sequence[str]], first: int, cols: Sequence[int] = (0, 1)) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (starting at row `first`) down their runs."""
    merges: Merges = {}
    for col in cols:
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and indicators[j + 1][col] == indicators[k][col] and (
                    col == cols[0] or indicators[j + 1][cols[0]] == indicators[k][cols[0]]):
                j += 1
            if j > k:
                merges[(first + k, col)] = (j - k + 1, 1)
            k = j + 1
    return merges


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


def total_score(execution: str, rows: Sequence[Sequence[str]], col: int = 6) -> Decimal:
    return Decimal(execution) + sum(Decimal(r[col]) for r in rows)


# =========================================================================== 1. guangxi (3 pages; E5, T1, T2)
GUANGXI_HEAD = "广西壮族自治区水利厅2022年度部门整体支出绩效自评报告"
GUANGXI_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元)
    ("水利工程运行管理经费", "4860", "4812.36"),
    ("水旱灾害防御及应急抢险", "5620", "5548.20"),
    ("水文监测站网运行维护", "3280", "3226.84"),
    ("水资源管理与节约用水", "1460", "1421.57"),
    ("河湖长制工作经费", "980", "962.40"),
    ("水利信息化建设", "2350", "2104.62"),
    ("农村水利工程建设管理", "2760", "2713.45"),
    ("水土保持监测与治理", "1540", "1508.26"),
    ("大中型水库移民后期扶持管理", "860", "846.30"),
    ("水利科技推广与标准化", "620", "603.18"),
    ("水利工程质量安全监督", "740", "726.85"),
    ("厅属单位基础设施维修改造", "2300", "2233.64"),
]  # E5: the 执行数 add up to 26,707.67, the text's 项目支出 is 26,717.67
GUANGXI_A = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。自治区水利厅负责保障全区水资源的合理开发利用，组织实施最严格水资源管理制度，指导水利"
          "设施、水域及其岸线的管理与保护，承担水旱灾害防御的有关工作，指导农村水利和水土保持工作。"),
    ("p", "（二）机构和单位构成。厅机关内设处室16个。纳入2022年度部门预算和决算编报范围的单位共13个，包括厅本级"
          "和12个二级单位，其中参照公务员法管理的事业单位2个、公益一类事业单位9个、公益二类事业单位1个。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2022年部门年初预算3.62亿元，年中追加0.56亿元，调整后预算4.18亿元；全年支出4.06亿元，年末结转结余0.12亿元，"
          "预算执行率97.02%。上述亿元数据经四舍五入，执行率按万元数据计算，明细以表1为准。"),
    ("c", "表1　2022年度部门预算收支情况"),
    ("r", "单位：万元"),
]
GUANGXI_TABLE1 = [
    ["项目", "金额", "项目", "金额"],
    ["年初预算", "36,218.40", "本年支出", "40,580.12"],
    ["年中追加", "5,607.97", "其中：基本支出", "13,862.45"],
    ["调整后预算", "41,826.37", "　　其中：人员经费", "11,934.16"],
    ["其中：一般公共预算财政拨款", "38,126.37", "　　　　　公用经费", "1,928.29"],
    ["　　政府性基金预算财政拨款", "2,400.00", "　　　项目支出", "26,717.67"],
    ["　　上年结转", "1,300.00", "年末结转结余", "1,246.25"],
    ["预算执行率", (pct("40580.12", "41826.37"), 3)],
]
GUANGXI_B = [
    ("h", "三、项目支出情况"),
    ("p", "2022年部门共实施项目支出项目12个，全部纳入绩效自评范围。各项目预算及执行情况见表2。"),
    ("c", "表2　2022年度项目支出预算执行情况"),
    ("r", "单位：万元"),
]
GUANGXI_C = [
    ("p", "水利信息化建设项目受设备集中采购周期影响，部分合同款项结转下年支付；其余项目执行率均在95%以上。"),
    ("p", "除部门预算外，我厅还承担中央和自治区对下水利转移支付资金的分配管理职责。2022年共分配下达各设区市及所辖"
          "县（市、区）水利转移支付资金28.65亿元，其中中央资金19.42亿元、自治区资金9.23亿元。上述资金由市县水利部门"
          "组织实施并另行开展绩效自评，不纳入本部门预算收支。"),
    ("h", "四、部门整体绩效目标完成情况"),
    ("p", "全年完成中小河流治理462公里，实施病险水库除险加固186座，新增和恢复灌溉面积38.6万亩，农村供水工程巩固提升"
          "受益人口126.4万人，水文站网报汛数据到报率99.6%；汛期全区水利工程未发生垮坝失事。"),
    ("h", "五、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系，从预算执行、产出、效益和满意度等方面逐项打分，2022年度部门整体支出绩效"
          "自评得分95.6分，评价等级为“优”。"),
    ("h", "六、存在的问题"),
    ("p", "（一）部分项目前期工作不够深入，年中预算调整较多。"),
    ("p", "（二）个别信息化项目采购周期长，资金支付滞后。"),
    ("p", "（三）二级单位绩效目标设置质量参差不齐，部分指标难以量化。"),
    ("h", "七、改进措施"),
    ("p", "（一）加强项目储备和前期论证，提高年初预算编制的准确性。"),
    ("p", "（二）优化采购组织方式，按合同节点及时支付资金。"),
    ("p", "（三）加强对二级单位绩效管理的指导和培训，提高绩效目标编制质量。"),
]


def doc_guangxi(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=11.5, margin=70, creator="Microsoft® Word 2019",
            header=GUANGXI_HEAD)
    p.title("广西壮族自治区水利厅\n2022年度部门整体支出绩效自评报告", size=17)
    p.blocks(GUANGXI_A)
    p.table(GUANGXI_TABLE1, [34, 16, 28, 16], style="grid", size=9.5, align=["l", "r", "l", "r"])
    p.blocks(GUANGXI_B)
    body = [[str(k), name, money(b), money(e), pct(e, b)] for k, (name, b, e) in enumerate(GUANGXI_PROJECTS, 1)]
    budget = sum(Decimal(b) for _, b, _ in GUANGXI_PROJECTS)
    done = sum(Decimal(e) for _, _, e in GUANGXI_PROJECTS)
    body.append(["", "合计", money(budget), money(done), pct(str(done), str(budget))])
    pages = p.paged_table(["序号", "项目名称", "全年预算数", "执行数", "执行率"], body, [7, 38, 17, 17, 12],
                          size=9.5, align=["c", "l", "r", "r", "r"])
    if len(set(pages)) != 2:
        raise ValueError(f"guangxi's project table is not split over two pages: {pages}")
    p.blocks(GUANGXI_C)
    p.right("广西壮族自治区水利厅")
    p.right("2023年5月16日")
    p.save()
    if p.page != 3:
        raise ValueError(f"guangxi has {p.page} pages")


# =========================================================================== 2. chongqing (XLSX form; E4, T10)
CHONGQING_IND = [  # 指标名称, 计量单位, 指标性质, 年初指标值, 调整指标值, 全年完成值, 得分系数, 权重, 得分, 核心
    ("预算完成率", "%", "定量指标", "≥95%", "≥95%", "97.11%", 100, 5, 5, "是"),
    ("预算调整率", "%", "定量指标", "≤10%", "≤10%", "9.68%", 100, 5, 5, "否"),
    ("结转结余率", "%", "定量指标", "≤5%", "≤5%", "2.89%", 100, 5, 5, "是"),
    ("完成营造林面积", "万亩", "定量指标", "≥360", "≥380", "386.4", 100, 15, 15, "是"),
    ("国家储备林建设面积", "万亩", "定量指标", "≥40", "≥40", "41.2", 100, 10, 10, "是"),
    ("天然林管护面积", "万亩", "定量指标", "≥4600", "≥4600", "4612.5", 100, 10, 10, "否"),
    ("森林火灾受害率", "‰", "定量指标", "≤0.9‰", "≤0.9‰", "0.12‰", 100, 10, 10, "是"),
    ("林业有害生物成灾率", "‰", "定量指标", "≤3.5‰", "≤3.5‰", "3.62‰", 95, 10, 9.5, "否"),
    ("森林覆盖率", "%", "定量指标", "≥52.5%", "≥52.5%", "52.5%", 100, 10, 10, "是"),
    ("服务对象满意度", "%", "定量指标", "≥90%", "≥90%", "86.4%", 96, 10, 9.6, "否"),
]
CHONGQING_BUDGET = ("58642.1875", "64318.5260", "62458.3615")  # 年初, 全年（调整）, 全年执行 (万元)
CHONGQING_TOTAL = 97.81  # E4: 9.71 + the rows' 89.1 = 98.81


def doc_chongqing(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效自评表"
    for col, w in zip("ABCDEFGHIJ", [20, 9, 10, 11, 11, 11, 11, 11, 11, 10], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "部门整体绩效自评表", bold=True, size=14, center=True, merge_to="J1", border=False)
    xl_put(ws, "A2", "（2020年度）", center=True, merge_to="J2", border=False)
    xl_put(ws, "A3", "填报单位（盖章）：重庆市林业局　　　　填报日期：2021年4月20日　　　　金额单位：万元",
           merge_to="J3", border=False)
    xl_put(ws, "A4", "部门名称")
    xl_put(ws, "B4", "重庆市林业局", merge_to="E4")
    xl_put(ws, "F4", "自评总分（分）", merge_to="G4")
    xl_put(ws, "H4", CHONGQING_TOTAL, fmt="0.00", center=True, merge_to="J4")
    xl_put(ws, "A5", "部门联系人")
    xl_put(ws, "B5", "刘××", merge_to="E5")
    xl_put(ws, "F5", "联系电话", merge_to="G5")
    xl_put(ws, "H5", "023-6758××××", merge_to="J5")
    xl_put(ws, "A6", "部门预算执行情况（万元）", merge_to="A7", center=True)
    for ref, head, to in (("B6", "年初预算数", "C6"), ("D6", "全年（调整）预算数", "E6"), ("F6", "全年执行数", None),
                          ("G6", "执行率（%）", None), ("H6", "执行率权重", None), ("I6", "执行率得分（分）", "J6")):
        xl_put(ws, ref, head, center=True, merge_to=to)
    initial, adjusted, done = CHONGQING_BUDGET
    rate = Decimal(pct(done, adjusted)[:-1])
    xl_put(ws, "B7", float(initial), fmt="#,##0.0000", merge_to="C7")
    xl_put(ws, "D7", float(adjusted), fmt="#,##0.0000", merge_to="E7")
    xl_put(ws, "F7", float(done), fmt="#,##0.0000")
    xl_put(ws, "G7", float(rate), fmt="0.00", center=True)
    xl_put(ws, "H7", 10, center=True)
    xl_put(ws, "I7", float(exec_score(done, adjusted)), fmt="0.00", center=True, merge_to="J7")
    xl_put(ws, "A8", "当年整体绩效目标", merge_to="A9", center=True)
    xl_put(ws, "B8", "年初绩效目标", center=True, merge_to="D8")
    xl_put(ws, "E8", "全年（调整）绩效目标", center=True, merge_to="G8")
    xl_put(ws, "H8", "全年目标实际完成情况", center=True, merge_to="J8")
    xl_put(ws, "B9", "完成营造林360万亩以上，建设国家储备林40万亩，落实天然林管护4600万亩，森林火灾受害率控制在0.9‰以内，"
                     "林业有害生物成灾率控制在3.5‰以内。", merge_to="D9")
    xl_put(ws, "E9", "根据年中国土绿化任务调整，营造林目标调增至380万亩以上，其余目标不变。", merge_to="G9")
    xl_put(ws, "H9", "全年完成营造林386.4万亩，其中国家储备林建设41.2万亩；落实天然林管护4612.5万亩；森林覆盖率达到"
                     "52.5%；森林火灾受害率0.12‰，未发生重大森林火灾；林业有害生物成灾率3.62‰，略高于控制目标。",
           merge_to="J9")
    ws.row_dimensions[9].height = 96
    heads = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
             "指标权重（分）", "指标得分（分）", "是否核心指标"]
    for col, head in zip("ABCDEFGHIJ", heads, strict=True):
        xl_put(ws, f"{col}10", head, center=True)
    r = 11
    for row in CHONGQING_IND:
        for col, v in zip("ABCDEFGHIJ", row, strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.0" if isinstance(v, float) else None, center=col != "A")
        r += 1
    xl_put(ws, f"A{r}", "说明：指标得分=指标权重×得分系数；执行率得分=执行率权重×执行率；自评总分为执行率得分与各项指标得分之和。",
           merge_to=f"J{r}", border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 3. chaozhou (portal page; E2, T3)
CHAOZHOU = [
    ("b", "一、部门概况"),
    ("p", "潮州市环境保护局是市政府主管全市环境保护工作的工作部门，负责全市环境污染防治的监督管理、环境监测、环境执法"
          "和核与辐射安全监管等工作。局机关内设科室8个，下属事业单位3个（市环境监测站、市环境监察支队、市固体废物管理"
          "中心），本报告反映局本级及下属单位的整体支出情况。"),
    ("b", "二、部门预算收支情况"),
    ("p", "（一）预算安排。2018年我局部门预算总规模1.36亿元。其中年初预算11,246.80万元，年中追加2,358.60万元，调整后预算"
          "13,605.40万元；按资金来源分，一般公共预算财政拨款12,405.40万元，政府性基金预算财政拨款800.00万元，上年结转"
          "400.00万元。"),
    ("p", "（二）预算执行。2018年本年支出13,042.57万元，其中基本支出3,862.19万元、项目支出9,180.38万元。上年同期支出"
          "12,318.24万元，本年同比增加724.33万元，增长5.88%，主要是大气和水污染防治项目支出增加。全年预算执行率96.86%，"
          "年末结转结余562.83万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年市区空气质量优良天数比例93.2%，韩江干流水质稳定保持Ⅱ类；完成建设项目环境影响评价审批186个，开展环境执法"
          "检查2,460家次，立案查处环境违法案件58宗，完成12个镇级污水处理设施的建设验收。"),
    ("b", "四、自评结论"),
    ("p", "根据部门整体支出绩效评价指标体系，从投入、过程、产出和效益四个方面进行自评，2018年度我局部门整体支出绩效自评"
          "得分93.5分，等级为“优”。"),
    ("b", "五、存在的问题"),
    ("p", "1.部分项目资金下达较晚，年底集中支出，预算执行进度不够均衡。"),
    ("p", "2.绩效目标设置偏重工作量，效益类指标不够细化。"),
    ("b", "六、改进措施"),
    ("p", "1.加强预算执行监控，按月通报项目支出进度。"),
    ("p", "2.完善绩效指标体系，增加可量化的效益指标。"),
]


def chaozhou_html() -> str:
    body = "\n".join(f"<p><strong>{t}</strong></p>" if k == "b" else f"<p>　　{t}</p>" for k, t in CHAOZHOU)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="潮州市人民政府门户网站">
<meta name="ColumnName" content="部门预决算">
<title>潮州市环境保护局2018年度部门整体支出绩效自评报告-潮州市人民政府门户网站</title>
</head>
<body>
<div class="top-bar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">简体</a> | <a href="#">繁體</a> | <a href="#">移动版</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">要闻动态</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">走进潮州</a></div>
<div class="crumbs">您的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">部门预决算</a> &gt; <a href="#">部门整体支出绩效自评</a></div>
<table class="info-box">
<tr><td>索引号：</td><td>007032681/2019-00046</td><td>分类：</td><td>财政预决算</td></tr>
<tr><td>发布机构：</td><td>潮州市环境保护局</td><td>发布日期：</td><td>2019-06-14</td></tr>
</table>
<h1>潮州市环境保护局2018年度部门整体支出绩效自评报告</h1>
<div class="meta">来源：潮州市环境保护局　　浏览次数：<span>426</span>　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="article-content">
{body}
<p style="text-align:right">潮州市环境保护局</p>
<p style="text-align:right">2019年6月12日</p>
</div>
<div class="article-tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="#">潮州市环境保护局2018年部门决算</a></li>
<li><a href="#">潮州市环境保护局2019年部门预算</a></li>
<li><a href="#">关于开展2018年度市级财政资金绩效自评工作的通知</a></li>
</ul>
</div>
<div class="footer">
<p>主办单位：潮州市人民政府办公室　承办单位：潮州市政务服务数据管理局</p>
<p>网站标识码：4451000008　粤ICP备05085937号　粤公网安备44510202000101号</p>
</div>
</body>
</html>
"""


# =========================================================================== 4. sanya (portal page, a form one cell a line)
SANYA_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "境内外旅游推介活动", "≥20场", "26场", "10", "10", ""),
    ("产出指标", "数量指标", "制作发放旅游宣传品", "≥8万份", "8.6万份", "10", "10", ""),
    ("产出指标", "质量指标", "宣传品制作验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "年度推介计划完成时间", "12月底前", "12月底前完成", "5", "5", ""),
    ("产出指标", "成本指标", "单场推介活动平均成本", "≤60万元", "56.8万元", "5", "5", ""),
    ("效益指标", "经济效益指标", "全市旅游总收入增长率", "≥12%", "14.6%", "15", "15", ""),
    ("效益指标", "社会效益指标", "接待过夜游客人次增长率", "≥8%", "7.2%", "15", "13.5",
     "受国际航线调整影响，境外游客增长不及预期；下一步加大境外客源市场推介力度"),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%", "83.6%", "20", "18",
     "旅游旺季部分景区接待秩序有待改善；将会同相关部门加强旺季服务保障"),
]
SANYA_FUNDS = ("2600", "3100", "3018.46")


def sanya_cells() -> list[list[str]]:
    """The form's rows, each a list of its cells (merged cells given once, as a flattened copy keeps them)."""
    initial, adjusted, done = SANYA_FUNDS
    rows = [
        ["项目名称", "旅游宣传促销项目"],
        ["主管部门", "三亚市旅游发展委员会", "实施单位", "三亚市旅游发展委员会"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", money(initial), money(adjusted), money(done), "10", pct(done, adjusted),
         exec_score(done, adjusted)],
        ["其中：当年财政拨款", money(initial), "2,900.00", "2,832.66", E, E, E],
        ["上年结转资金", E, "200.00", "185.80", E, E, E],
        ["其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", "在境内外主要客源市场举办旅游推介活动20场以上，制作发放旅游宣传品8万份以上，推动全市旅游总收入增长12%以上。",
         "全年在境内外主要客源市场举办旅游推介活动26场，制作发放旅游宣传品8.6万份；全市旅游总收入同比增长14.6%，"
         "接待过夜游客人次同比增长7.2%。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    seen: set[tuple[int, str]] = set()
    for row in SANYA_IND:
        cells = []
        for c, v in enumerate(row):
            if c < 2 and (c, v if c == 0 else row[0] + v) in seen:
                continue  # a merged 一级 / 二级 label is given on its first row only
            seen.add((c, v if c == 0 else row[0] + v))
            cells.append(v)
        rows.append(cells)
    total = total_score(exec_score(done, adjusted), SANYA_IND)
    rows.append(["总分", "100", f"{total:.2f}", "自评等级：优"])
    return rows


def sanya_html() -> str:
    lines = []
    for row in sanya_cells():
        lines += [f"<p>{c}</p>" if c else "<p></p>" for c in row]
        lines.append("<p>&nbsp;</p>")
    form = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>2017年度旅游宣传促销项目支出绩效自评表 - 三亚市旅游发展委员会</title>
</head>
<body>
<div class="header"><span class="site">三亚市旅游发展委员会</span><form class="search"><input type="text" value="站内搜索"> <a href="#">搜索</a></form></div>
<div class="menu"><a href="#">首页</a> | <a href="#">机构概况</a> | <a href="#">政务公开</a> | <a href="#">办事服务</a> | <a href="#">旅游资讯</a> | <a href="#">互动交流</a></div>
<div class="location">当前位置：<a href="#">首页</a> » <a href="#">政务公开</a> » <a href="#">财政资金</a> » <a href="#">绩效评价</a></div>
<h2 class="title">2017年度旅游宣传促销项目支出绩效自评表</h2>
<div class="attr">发布日期：2018-05-30　　来源：三亚市旅游发展委员会　　浏览次数：212　　字号：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
<p>根据市财政局关于开展2017年度项目支出绩效自评工作的通知要求，我委对旅游宣传促销项目开展了绩效自评，现将自评表公开如下。</p>
<p>项目支出绩效自评表</p>
<p>（2017年度）</p>
{form}
<p>填报单位：三亚市旅游发展委员会　　填报日期：2018年5月25日</p>
</div>
<div class="share"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【返回顶部】</a></div>
<div class="links">相关链接：<a href="#">2017年度部门决算</a> | <a href="#">2018年度部门预算</a> | <a href="#">政府信息公开指南</a></div>
<div class="footer">
<p>主办：三亚市旅游发展委员会　地址：三亚市吉阳区迎宾路</p>
<p>网站标识码：4602000031　琼ICP备12001122号</p>
</div>
</body>
</html>
"""


# =========================================================================== 5. xiaogan (project form, ruled grid; T5)
XIAOGAN_IND = [
    ("产出指标", "数量指标", "新建高标准农田面积", "≥12万亩", "12.36万亩", "15", "15", ""),
    ("产出指标", "数量指标", "新建改造灌排渠道", "≥450公里", "486公里", "10", "10", ""),
    ("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", "12月底前", "2个标段延至次年1月", "5", "2", "部分标段开工较晚；提前组织招投标"),
    ("产出指标", "成本指标", "亩均建设成本", "≤1500元", "1120元", "5", "5", ""),
    ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥80公斤", "85公斤", "15", "15", ""),
    ("效益指标", "可持续影响指标", "建后管护机制建立", "健全", "基本健全", "10", "6", "管护责任落实不到位；建立县乡村三级管护机制"),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "91.3%", "20", "20", ""),
]
XIAOGAN_FUNDS = ("1800", "13800", "12936.48")
XIAOGAN = [
    ("h", "一、项目基本情况"),
    ("p", "高标准农田建设项目是落实“藏粮于地、藏粮于技”战略的重点项目。2019年我市计划在孝南区、孝昌县、大悟县、云梦县、"
          "应城市、安陆市和汉川市建设高标准农田12万亩，由市农业农村局统筹，各县（市、区）农业农村局具体组织实施。"),
    ("h", "二、项目资金情况"),
    ("p", "2019年省财政下达我市高标准农田建设资金1.2亿元，其中中央资金0.84亿元、省级资金0.36亿元；市级财政年初安排配套"
          "资金1,800.00万元。项目全年预算数13,800.00万元。"),
    ("p", "截至2019年12月31日，省级下达资金和市级配套资金均已全部拨付到位，资金到位率100%。项目全年实际支出12,936.48万元，"
          "预算执行率93.74%，结余863.52万元，主要是2个标段的工程款按合同约定于竣工验收后支付，已结转下年使用。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年建成高标准农田12.36万亩，新建和改造灌排渠道486公里、机耕路312公里，项目区亩均粮食产能提高约85公斤。"),
    ("h", "四、自评结论"),
    ("p", "按照项目支出绩效自评表逐项评分（见附表），本项目自评得分92.37分，自评等级为优。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "（一）存在的问题。一是部分标段开工较晚，工程款支付滞后，预算执行率偏低；二是项目建成后管护责任落实不够到位。"),
    ("p", "（二）改进措施。一是提前完成项目招投标，确保按期开工；二是建立建后管护机制，明确管护主体和经费来源。"),
]


def xiaogan_form() -> tuple[list[list[str]], Merges]:
    initial, adjusted, done = XIAOGAN_FUNDS
    rows = [
        ["项目名称", "高标准农田建设项目", "", "", "", "", "", ""],
        ["主管部门", "孝感市农业农村局", "", "", "实施单位", "各县（市、区）农业农村局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", money(initial), money(adjusted), money(done), "10", pct(done, adjusted),
         exec_score(done, adjusted)],
        ["", "其中：当年财政拨款", money(initial), money(adjusted), money(done), E, E, E],
        ["", "上年结转资金", E, E, E, E, E, E],
        ["", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "建设高标准农田12万亩，配套建设灌排渠道、机耕路等田间工程，项目区粮食综合生产能力明显提高。", "", "",
         "建成高标准农田12.36万亩，田间工程通过县级验收，项目区粮食综合生产能力提高。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    first = len(rows)
    rows += [list(r) for r in XIAOGAN_IND]
    total = total_score(exec_score(done, adjusted), XIAOGAN_IND)
    rows.append(["总分", "", "", "", "", "100", f"{total:.2f}", "优"])
    merges: Merges = {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (5, 1), (7, 0): (2, 1),
                      (7, 1): (1, 3), (7, 4): (1, 4), (8, 1): (1, 3), (8, 4): (1, 4),
                      (len(rows) - 1, 0): (1, 5)}
    merges.update(level_merges(XIAOGAN_IND, first))
    return rows, merges


def doc_xiaogan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=62, creator="WPS Writer")
    p.title("孝感市农业农村局\n2019年度高标准农田建设项目支出绩效自评报告", size=16)
    p.blocks(XIAOGAN)
    p.right("孝感市农业农村局")
    p.right("2020年4月22日")
    p.new_page()
    p.para("附表", indent=False)
    p.center("项目支出绩效自评表", size=13)
    p.center("（2019年度）", size=10)
    rows, merges = xiaogan_form()
    p.grid(rows, [13, 15, 15, 11, 13, 6, 8, 19], merges, size=8.5, align=["l", "l", "l", "c", "c", "c", "c", "l"])
    p.save()
    if p.page != 2:
        raise ValueError(f"xiaogan has {p.page} pages")


# =========================================================================== 6. jinzhou (TXT, PDF-to-text; E3)
JINZHOU_IND = [
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥3200公里", "3246公里", "15", "15", ""),
    ("产出指标", "数量指标", "完成路面中修里程", "≥120公里", "112公里", "10", "8", "部分路段受雨季影响顺延至次年"),
    ("产出指标", "质量指标", "养护路段优良中等路率", "≥80%", "82.6%", "10", "10", ""),
    ("产出指标", "时效指标", "中修工程完工时间", "10月底前", "11月中旬", "5", "3", "开工时间延后"),
    ("产出指标", "成本指标", "每公里日常养护成本", "≤0.5万元", "0.46万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "农村公路安全通行保障", "路况良好", "基本良好", "15", "12", "部分路段病害处治不及时"),
    ("效益指标", "可持续影响指标", "养护长效机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88.5%", "20", "15", "部分路段施工期间通行受影响"),
]
JINZHOU_FUNDS = ("2450", "2680", "2616.37")


def jinzhou_txt() -> str:
    initial, adjusted, done = JINZHOU_FUNDS
    total = total_score(exec_score(done, adjusted), JINZHOU_IND)
    page1 = [
        "锦州市交通运输局",
        "2022年度项目支出绩效自评表",
        "",
        "项目名称：农村公路养护工程项目",
        "主管部门：锦州市交通运输局                 实施单位：锦州市交通运输局",
        "填报单位（盖章）：锦州市交通运输局           填报日期：2023年3月28日",
        "",
        "项目资金（万元）",
        "年度资金总额：    年初预算数 2,450.00    全年预算数 2,680.00    全年执行数 2,616.37",
        f"                  分值 10    执行率 {pct(done, adjusted)}    得分 {exec_score(done, adjusted)}",
        "其中：当年财政拨款：年初预算数 2,450.00    全年预算数 2,680.00    全年执行数 2,616.37",
        "上年结转资金：    —",
        "其他资金：        —",
        "",
        "年度总体目标",
        "预期目标：完成农村公路日常养护3,200公里以上、路面中修120公里以上，养护路段优良中等路率不低于80%，保障农村",
        "公路安全畅通。",
        "实际完成情况：全年完成农村公路日常养护3,246公里，路面中修112公里，养护路段优良中等路率82.6%，农村公路总体",
        "保持安全畅通。",
        "",
        "                                                               第 1 页 共 2 页",
    ]
    page2 = [
        "绩效指标",
        "一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施",
    ]
    last = ("", "")
    for row in JINZHOU_IND:  # a merged 一级 / 二级 label comes out once, on its first row
        first = row[0] if row[0] != last[0] else ""
        second = row[1] if (row[0], row[1]) != last else ""
        page2.append("    ".join(c for c in (first, second, *row[2:]) if c))
        last = (row[0], row[1])
    page2 += [
        f"总分                                                      100    {total:.2f}    自评等级：优",
        "注：自评等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
        "",
        "                                                               第 2 页 共 2 页",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"


# =========================================================================== 7. taizhou (DOCX, units consolidated; E1, T6)
TAIZHOU_UNITS = [  # 单位名称, 本年收入, 本年支出, 基本支出, 项目支出 (万元)
    ("委机关本级", "9862.40", "9746.18", "2186.35", "7559.83"),
    ("泰州市疾病预防控制中心", "7436.52", "7385.26", "5264.80", "2120.46"),
    ("泰州市卫生监督所", "2146.30", "2118.64", "1986.42", "132.22"),
    ("泰州市急救中心", "4826.18", "4776.90", "3968.57", "808.33"),
    ("泰州市中心血站", "5196.95", "5185.65", "4080.78", "1104.87"),
]


def doc_taizhou(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "泰州市卫生健康委员会", 18)
    office.centred_title(d, "2021年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "泰州市卫生健康委员会负责统筹规划全市卫生健康服务资源配置，组织实施疾病预防控制、医疗服务和卫生应急等工作。"
            "委机关内设处室14个。纳入本部门2021年度决算汇总范围的单位共5个，包括委机关本级和泰州市疾病预防控制中心、泰州市"
            "卫生监督所、泰州市急救中心、泰州市中心血站4个所属事业单位；本报告反映上述5个单位汇总后的整体支出情况。")
    office.bold_line(d, "二、部门收支情况", indent=24)
    para(d, "（一）收入情况。2021年本年收入合计29,468.35万元，较上年增加1,862.40万元，增长6.75%。其中：一般公共预算财政拨款"
            "收入18,642.20万元，占63.26%；政府性基金预算财政拨款收入1,850.00万元，占6.28%；事业收入8,966.15万元，占30.43%。")
    para(d, "（二）预算及支出情况。部门年初预算27,860.00万元，年中追加2,146.50万元，全年预算数30,006.50万元。本年支出"
            "29,212.63万元，其中基本支出17,486.92万元（人员经费15,236.58万元，公用经费2,250.34万元），项目支出11,725.71万元。"
            "预算执行率97.35%，年末结转结余793.87万元。")
    para(d, "（三）分单位收支情况。各单位本年收支情况如下表（单位：万元）：")
    rows = [["单位名称", "本年收入", "本年支出", "其中：基本支出", "项目支出"]]
    rows += [[name, *(money(x) for x in figures)] for name, *figures in TAIZHOU_UNITS]
    sums = [sum(Decimal(u[k]) for u in TAIZHOU_UNITS) for k in range(1, 5)]
    rows.append(["合计", *(money(s) for s in sums)])
    table(d, rows)
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年完成免疫规划疫苗接种62.8万剂次，开展公共场所和生活饮用水卫生监督检查3,860户次，院前急救出车4.12万车次，"
            "采集无偿献血5.86万人次；全市未发生重大突发公共卫生事件。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "根据部门整体支出绩效评价指标体系逐项评分，本部门2021年度部门整体支出绩效自评得分94.8分，评价等级为优。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）所属单位事业收入占比较高，收支预算编制的准确性有待提高。")
    para(d, "（二）部分信息化项目实施进度滞后，年末结转资金较多。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.加强对所属单位收支预算的审核，提高预算编制的完整性和准确性。")
    para(d, "2.建立重点项目支出进度月报制度，加快资金支出。")
    para(d, "3.强化绩效自评结果运用，将自评结果作为下年度预算安排的重要参考。")
    office.aligned(d, "泰州市卫生健康委员会", "right")
    office.aligned(d, "2022年5月20日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 8. rikaze (DOCX project, 权重 table; T7)
RIKAZE_IND = [
    ("产出指标", "数量指标", "受助农牧民子女人数", "≥4.8万人", "4.86万人", "15", "15", ""),
    ("产出指标", "质量指标", "三包经费足额拨付率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "经费拨付到校时间", "开学后1个月内", "开学后1个月内", "10", "10", ""),
    ("产出指标", "成本指标", "义务教育阶段生均年补助标准", "=4200元", "4200元", "10", "10", ""),
    ("效益指标", "社会效益指标", "寄宿生营养膳食达标率", "≥98%", "98.6%", "15", "15", ""),
    ("效益指标", "社会效益指标", "农牧民子女辍学率", "≤0.5%", "0.62%", "10", "6", "个别牧区学生随家庭迁徙流动，控辍保学难度较大"),
    ("效益指标", "可持续影响指标", "三包政策长效保障", "长期", "长期", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "92.4%", "15", "15", ""),
]
RIKAZE_FUNDS = ("26460", "26118.7436")


def doc_rikaze(path: Path) -> None:
    budget, done = RIKAZE_FUNDS
    d = STAMP.new_docx()
    office.centred_title(d, "日喀则市教育局", 18)
    office.centred_title(d, "2025年度农牧民子女三包经费项目绩效自评报告", 15)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "农牧民子女三包经费项目对在校就读的农牧民子女实行包吃、包住、包基本学习费用政策。2025年项目覆盖全市18个县（区）"
            "的学前教育、义务教育和高中阶段学校，由市教育局统筹，县（区）教育局和学校具体实施。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "2025年自治区财政厅批复下达我市三包经费2.46亿元，其中中央资金1.72亿元、自治区资金0.74亿元；市级财政安排配套资金"
            "1,860.00万元。项目全年预算数26,460.00万元，资金已按各县（区）在校学生人数全部分配下达，并拨付到位。")
    para(d, "截至2025年12月31日，全年累计支付26,118.7436万元，预算执行率98.71%，结余341.2564万元，系部分县（区）秋季学期在校"
            "学生人数减少形成，按规定结转下年统筹使用。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年惠及农牧民子女4.86万人，其中义务教育阶段3.92万人、学前教育0.41万人、高中阶段0.53万人；三包经费按学期足额拨付"
            "到校，寄宿制学校学生营养膳食达标率98.6%。")
    office.bold_line(d, "四、绩效自评情况", indent=24)
    para(d, "本项目共设置绩效指标9项，各项指标权重合计100分（其中预算执行率10分）。经逐项评分（见下表），本项目自评得分95.87分，"
            "自评等级为优。")
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分", "偏差原因"]
    rows = [head, ["预算执行", "预算执行率", "预算执行率", "100%", pct(done, budget), "10", exec_score(done, budget), ""]]
    rows += [list(r) for r in RIKAZE_IND]
    total = total_score(exec_score(done, budget), RIKAZE_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}", ""])
    merges = level_merges(RIKAZE_IND, 2)
    merges[(len(rows) - 1, 0)] = (1, 5)
    table(d, rows, docx_merges(merges))
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "一是牧区学生流动性大，学生人数动态核实工作量大；二是部分县（区）资金拨付到校的时间不够均衡。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "一是依托学籍管理系统按月核实在校学生人数；二是督促各县（区）在开学后及时拨付经费；三是加强寄宿制学校膳食"
            "管理指导。")
    office.aligned(d, "日喀则市教育局", "right")
    office.aligned(d, "2026年3月18日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 9. shizuishan (PDF, borderless table; T9)
SHIZUISHAN_A = [
    ("h", "一、部门概况"),
    ("p", "石嘴山市民政局负责全市社会救助、社会福利、优抚安置、社会事务和基层政权建设等工作，内设科室9个，所属事业单位4个"
          "（市社会福利院、市救助管理站、市殡仪馆、市军队离休退休干部休养所）。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2016年部门年初预算5,826.40万元，年中追加3,273.60万元，调整后预算9,100.00万元，其中一般公共预算财政拨款8,650.00"
          "万元，上年结转450.00万元。"),
    ("p", "全年支出8,874.26万元，其中基本支出1,268.54万元，项目支出7,605.72万元；预算执行率97.52%，年末结转结余225.74万元。"
          "项目支出中，补助县区的城乡低保、特困人员救助供养等资金6,248.60万元已全部拨付大武口区、惠农区和平罗县。"),
    ("p", "基本支出按经济分类情况如下："),
    ("r", "单位：万元"),
]
SHIZUISHAN_ECON = [("工资福利支出", "1026.38"), ("商品和服务支出", "186.42"), ("对个人和家庭的补助", "55.74")]
SHIZUISHAN_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年累计保障城乡低保对象2.16万人，救助管理站救助流浪乞讨人员426人次，为80岁以上老年人9,860人发放高龄津贴，"
          "全市新建农村老年饭桌12个；优抚对象抚恤补助按时足额发放。"),
    ("h", "四、自评结论"),
    ("p", "对照市级部门整体支出绩效评价指标，从投入、过程、产出、效果四个方面逐项评分，本部门2016年度部门整体支出绩效自评"
          "得分88.6分。按照评价办法，综合得分90分以上为优、80分至90分为良、60分至80分为中、60分以下为差，本部门评价等级"
          "为良，距优等级差1.4分，主要扣分点在预算执行进度和绩效目标量化方面。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分补助资金下达县区的时间偏晚，影响县区支出进度。"),
    ("p", "2.部门绩效目标以工作任务为主，量化的效益指标偏少。"),
    ("h", "六、改进措施"),
    ("p", "1.加快补助资金分配下达，督促县区及时发放。"),
    ("p", "2.细化量化部门绩效目标，完善绩效指标体系。"),
]


def doc_shizuishan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=66, creator="WPS Writer")
    p.title("石嘴山市民政局2016年度部门整体支出绩效自评报告", size=15)
    p.blocks(SHIZUISHAN_A)
    basic = sum(Decimal(v) for _, v in SHIZUISHAN_ECON)
    rows = [["经济分类", "金额", "占基本支出比重"]]
    rows += [[name, money(v), pct(v, str(basic))] for name, v in SHIZUISHAN_ECON]
    rows.append(["合计", money(basic), "100.00%"])
    p.table(rows, [40, 24, 24], style="plain", size=10.5, align=["l", "r", "r"])
    p.blocks(SHIZUISHAN_B)
    p.right("石嘴山市民政局")
    p.right("2017年5月8日")
    p.save()


# =========================================================================== 10. tianjin (PDF, 三线表 with 上年数; T4)
TIANJIN_ROWS = [  # 项目, 本年数, 上年数
    ("本年收入合计", "128642.35", "136218.90"),
    ("一般公共预算财政拨款收入", "96420.15", "98106.40"),
    ("政府性基金预算财政拨款收入", "28650.00", "34280.00"),
    ("其他收入", "3572.20", "3832.50"),
    ("本年支出合计", "126015.78", "133904.17"),
    ("基本支出", "18264.31", "17986.52"),
    ("项目支出", "107751.47", "115917.65"),
]
TIANJIN_A = [
    ("h", "一、部门基本情况"),
    ("p", "天津市水务局负责全市水资源统一管理、城乡供水排水、河湖管理、水务工程建设管理和防汛抗旱等工作。局机关内设处室"
          "18个，纳入部门预算编报范围的所属单位22个。"),
    ("h", "二、部门收支情况"),
    ("p", "2023年部门年初预算124,860.00万元，年中追加6,342.80万元，全年预算数131,202.80万元（约13.12亿元）。全年支出"
          "126,015.78万元，预算执行率96.05%，年末结转结余5,187.02万元。"),
    ("p", "2023年本年收入合计128,642.35万元、本年支出合计126,015.78万元，较上年分别减少7,576.55万元和7,888.39万元，主要是上年"
          "安排的水毁修复工程完工、政府性基金安排的项目减少。收支与上年对比情况见表1。"),
    ("c", "表1　2023年度收支与上年对比情况"),
    ("r", "单位：万元"),
]
TIANJIN_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年引江、引滦外调水供水量9.86亿立方米；中心城区新建改造供水管网126公里，改造雨污合流片区18片，城镇污水处理率"
          "达到97.8%；农村供水提质增效工程惠及42.6万人。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系逐项自评，本部门2023年度部门整体支出绩效自评得分96.2分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分工程项目前期手续办理周期长，年中调整预算较多。"),
    ("p", "（二）所属单位绩效自评质量不均衡，个别单位自评依据不够充分。"),
    ("h", "六、下一步改进措施"),
    ("p", "（一）加强项目前期工作，提高年初预算到位率。"),
    ("p", "（二）加强对所属单位绩效自评的审核指导。"),
    ("p", "（三）推进绩效评价结果与预算安排挂钩。"),
]


def doc_tianjin(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, margin=64, creator="Microsoft® Word 2016")
    p.title("天津市水务局2023年度部门整体支出绩效自评报告", size=15)
    p.blocks(TIANJIN_A)
    rows = [["项目", "本年数", "上年数", "增减额", "增减率"]]
    for name, now, before in TIANJIN_ROWS:
        change = dec(now) - dec(before)
        rows.append([name, money(now), money(before), f"{change:,.2f}", pct(str(change), before)])
    p.table(rows, [34, 18, 18, 16, 12], style="three", size=10, align=["l", "r", "r", "r", "r"])
    p.blocks(TIANJIN_B)
    p.right("天津市水务局")
    p.right("2024年5月30日")
    p.save()


# =========================================================================== 11. qinghai (PDF, a 元 table of the money shared out; T8)
QINGHAI_SHARES = [  # 州（市）, 下达金额, 实际支出 (元)
    ("西宁市", "51200000", "49862318"),
    ("海东市", "38400000", "37286400"),
    ("海北州", "17600000", "16842600"),
    ("黄南州", "12800000", "12268500"),
    ("果洛州", "9600000", "8936200"),
    ("玉树州", "11200000", "10642300"),
    ("海西州", "19200000", "19024000"),
]
QINGHAI_A = [
    ("h", "一、项目概况"),
    ("p", "水污染防治专项资金主要用于全省重点流域水污染治理、集中式饮用水水源地保护和农村生活污水治理，由省生态环境厅会同"
          "省财政厅分配下达，各州（市）生态环境部门组织实施。"),
    ("h", "二、资金安排及分配情况"),
    ("p", "2024年中央财政下达我省水污染防治资金12,600.00万元，省级财政安排配套资金3,400.00万元，项目资金合计16,000.00万元"
          "（1.60亿元）。资金按因素法分配下达7个州（市）；各州（市）另行安排地方配套资金2,380.00万元，未纳入本项目资金总额。"),
    ("p", "截至2024年12月31日，项目资金实际支出15,486.2318万元，预算执行率96.79%，结余513.7682万元。各州（市）资金分配及"
          "支出情况见表1。"),
    ("c", "表1　水污染防治专项资金分配及支出情况"),
    ("r", "单位：元"),
]
QINGHAI_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年支持实施水污染治理项目46个，新建污水收集管网86.4公里，完成县级以上集中式饮用水水源地规范化整治12处，全省"
          "地表水国控断面水质优良比例达到98.6%。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评，本项目2024年度绩效自评得分94.6分，评价等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：一是部分州（市）项目前期准备不足，资金支出进度偏慢；二是个别项目建成后运行维护经费保障不足。"),
    ("p", "改进措施：一是建立项目储备库，提前做好项目前期工作；二是督促州（市）落实运行维护经费，确保设施稳定运行。"),
]


def doc_qinghai(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=64, creator="WPS Writer")
    p.title("青海省生态环境厅\n2024年度水污染防治专项资金项目绩效自评报告", size=15)
    p.blocks(QINGHAI_A)
    rows = [["州（市）", "下达金额", "实际支出", "执行率"]]
    rows += [[name, money(b), money(e), pct(e, b)] for name, b, e in QINGHAI_SHARES]
    budget = sum(Decimal(b) for _, b, _ in QINGHAI_SHARES)
    done = sum(Decimal(e) for _, _, e in QINGHAI_SHARES)
    rows.append(["合计", money(budget), money(done), pct(str(done), str(budget))])
    p.table(rows, [22, 26, 26, 14], style="grid", size=10, align=["l", "r", "r", "r"])
    p.blocks(QINGHAI_B)
    p.right("青海省生态环境厅")
    p.right("2025年4月25日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "guangxi-shuili-2022.pdf": doc_guangxi,
        "chongqing-linye-2020.xlsx": doc_chongqing,
        "chaozhou-huanbao-2018.html": lambda p: write_text(p, chaozhou_html()),
        "sanya-lvwen-2017.html": lambda p: write_text(p, sanya_html()),
        "xiaogan-nongye-2019.pdf": doc_xiaogan,
        "jinzhou-jiaotong-2022.txt": lambda p: write_text(p, jinzhou_txt()),
        "taizhou-weijian-2021.docx": doc_taizhou,
        "rikaze-jiaoyu-2025.docx": doc_rikaze,
        "shizuishan-minzheng-2016.pdf": doc_shizuishan,
        "tianjin-shuiwu-2023.pdf": doc_tianjin,
        "qinghai-shengtai-2024.pdf": doc_qinghai,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
