#!/usr/bin/env python3
"""Regenerate the heldout31 evaluation batch (11 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout31/make_heldout31.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML pages are UTF-8 without BOM with LF line ends, the
TXT UTF-8 without BOM with CRLF line ends and a form feed after each page (a pdftotext copy saved
on Windows).
The batch is about numbers as people really write them, and pages that break them: money in 元
with 角分, in 千元 (a table whose unit is only in its caption), in 亿元 beside 万元 tables, in 万元
with the unit only in a workbook's print header; full-width digits and percent signs, a Chinese
comma typed as a thousands separator, a space inside a number, a rate in words, a score in
Chinese numerals, negative figures and `—` / `/` for none; a figure cut by a page break with the
running header and footer in between, a figure and its unit in adjacent cells, table rows wrapped
over two lines; a two-column page, a landscape form page, a table over a page break with its header
repeated, a nested Word table, a two-sheet workbook, portal pages and a PDF-to-text copy. Five real
inconsistencies are planted; ten figures only look inconsistent. Every sentence and figure below
is invented; place names are real.
"""
from __future__ import annotations

import datetime
import math
import sys
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY31"
FIXED_DT = datetime.datetime(2027, 1, 8, 9, 30, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
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


def dec(x: str | Decimal) -> Decimal:
    return Decimal(str(x).replace(",", "").replace(" ", ""))


def rate(executed: str | Decimal, budget: str | Decimal) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: str | Decimal, budget: str | Decimal) -> str:
    return f"{rate(executed, budget)}%"


def exec_score(executed: str | Decimal, budget: str | Decimal, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: str | Decimal) -> str:
    """`1860` -> `1,860.00`."""
    return f"{dec(x):,.2f}"


def spaced(x: str | Decimal) -> str:
    """`1036.52` -> `1 036.52`: thousands grouped with a space, as some typesetters do."""
    return money(x).replace(",", " ")


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页`), a
    right-aligned line, a paragraph cut by a page break at a form feed (checked to fall where the page
    is full), two-column text, a switch to a landscape page, a ruled grid with merged cells on one
    page, and a ruled table that runs over page breaks repeating its header row."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", **layout):
        self.footer_style = footer_style
        self.total = total
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)
        self.cuts: list[tuple[str, float]] = []  # (last line before a forced break, room left under it)

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

    def landscape_next(self) -> None:
        """Finish this page and go on on a landscape A4 page."""
        self._furniture()
        self.c.showPage()
        self.page += 1
        self.pagesize = landscape(A4)
        self.c.setPageSize(self.pagesize)
        self.W, self.H = self.pagesize
        self.top = self.H - self.m - (18 if self.header else 0)
        self.cw = self.W - 2 * self.m
        self.y = self.top

    def para(self, text, indent=True, size=None):
        """A paragraph; a form feed inside it breaks the page at that point, which must be where the
        page is full anyway (the break a word processor makes there)."""
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        parts = text.split("\f")
        for k, part in enumerate(parts):
            lines = wrap_cjk(part, self.font, self.cw, size, ind if k == 0 else 0)
            for n, line in enumerate(lines):
                self.need(lead)
                self.c.setFont(self.font, size)
                self.c.drawString(self.m + (ind if (k == 0 and n == 0) else 0), self.y - size, line)
                self.y -= lead
            if k < len(parts) - 1:
                self.cuts.append((lines[-1], self.y - lead - self.bottom))
                self.new_page()
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

    def columns(self, blocks, gap: float = 20, size: float | None = None) -> list[int]:
        """Headings and paragraphs set in two columns on a common baseline grid: the left column is
        filled to the foot of the page, then the right one; on the last page the lines are shared out
        evenly. Returns the page each block's first line landed on."""
        size = size or self.size
        lead = size * 1.75
        colw = (self.cw - gap) / 2
        items: list[tuple[int, float, str]] = []  # (block, x offset, text)
        for b, (kind, text) in enumerate(blocks):
            if kind == "h":
                items.append((b, 0.0, text))
                continue
            ind = 2 * size if kind == "p" else 0
            for n, line in enumerate(wrap_cjk(text, self.font, colw, size, ind)):
                items.append((b, ind if n == 0 else 0.0, line))
        first_page: dict[int, int] = {}
        k = 0
        while k < len(items):
            rows = max(1, int((self.y - self.bottom) // lead))
            left = items[k:k + rows]
            right = items[k + rows:k + 2 * rows]
            if k + 2 * rows >= len(items):  # the last page: share the lines out evenly
                rest = items[k:]
                half = math.ceil(len(rest) / 2)
                left, right = rest[:half], rest[half:]
            for col, chunk in enumerate((left, right)):
                x0 = self.m + col * (colw + gap)
                for n, (b, dx, line) in enumerate(chunk):
                    self.c.setFont(self.font, size)
                    self.c.drawString(x0 + dx, self.y - size - n * lead, line)
                    first_page.setdefault(b, self.page)
            k += len(left) + len(right)
            if k < len(items):
                self.new_page()
            else:
                self.y -= max(len(left), len(right)) * lead + 6
        return [first_page[b] for b in range(len(blocks))]

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
                    size: float = 9, align: Sequence[str] | None = None) -> list[tuple[int, int]]:
        """A ruled table without merges that runs over page breaks, its header row drawn again at the
        top of each new page. Returns (page, number of lines of its tallest cell) for each body row."""
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
        placed = []
        for row in rows:
            if self.y - height(row) < self.bottom:
                self.new_page()
                draw(header)
            draw(row)
            placed.append((self.page, max(len(ls) for ls in lines(row))))
        self.y -= 10
        return placed


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


# =========================================================================== 1. luyi (PDF, 3 pages; T1 split figure, T2 元 row)
LUYI_HEAD = "鹿邑县自然资源局2021年度部门整体支出绩效自评报告"
LUYI_A = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。鹿邑县自然资源局负责全县自然资源的调查监测和统一确权登记，组织编制国土空间规划并实施用途"
          "管制，承担耕地保护、土地整治、建设用地审批报件、矿产资源管理和地质灾害防治等工作，代表县政府履行全民所有"
          "自然资源资产所有者职责。"),
    ("p", "（二）机构设置和人员情况。局机关内设股室11个，下设自然资源执法监察大队、不动产登记中心、土地储备中心3个"
          "二级机构，均纳入本部门预算编报范围。年末实有在编人员126人。"),
    ("p", "（三）年度重点工作。2021年，我局围绕耕地保护、国土空间规划编制、建设用地保障和不动产登记便民服务等重点"
          "任务开展工作，各项工作均按县委、县政府的部署推进，年度目标任务全面完成。"),
    ("h", "二、部门年度绩效目标"),
    ("p", "2021年部门整体支出绩效目标为：保障局机关和二级机构正常运转；完成不动产登记发证1万件以上，登记业务一般事项"
          "5个工作日内办结；按期完成年度建设用地报批任务；实施土地整治项目，新增耕地1,000亩以上；汛期地质灾害隐患点"
          "巡查覆盖率达到100%。"),
    ("h", "三、部门预算收支情况"),
    ("p", "（一）预算安排。2021年部门年初预算2,846.30万元，年中追加612.48万元，调整后预算3,458.78万元。按资金来源分，"
          "一般公共预算财政拨款2,958.78万元，政府性基金预算财政拨款380.00万元，上年结转120.00万元。收支总体情况"
          "见表1。"),
    ("c", "表1　2021年度部门收支总体情况"),
]
LUYI_TABLE = [  # 项目, 金额, 单位: the unit of each figure in the cell beside it
    ["项目", "金额", "单位"],
    ["年初预算", "2,846.30", "万元"],
    ["年中追加", "612.48", "万元"],
    ["调整后预算", "3,458.78", "万元"],
    ["本年支出", "3,272.32", "万元"],
    ["年末结转结余", "1,864,600.00", "元"],
    ["预算执行率", "94.61", "%"],
]
# T1: the 项目支出 1688.46万元 is cut by the page break after "1688" (form feed); 1,583.86 + 1,688.46 = 3,272.32.
LUYI_SPLIT = ("（二）预算执行。2021年本年支出3,272.32万元，预算执行率94.61%，其中基本支出1,583.86万元（人员经费"
              "1,402.17万元、公用经费181.69万元），项目支出1688\f.46万元，主要用于不动产登记、国土空间规划编制、土地整治"
              "和地质灾害防治等工作。年末结转结余主要为土地整治项目按合同约定尚未支付的尾款。")
LUYI_B = [
    ("h", "四、部门绩效管理情况"),
    ("p", "（一）预算管理。预算编制坚持“以收定支、量入为出”，项目支出全部编报绩效目标；年中追加资金均履行报批程序，"
          "按月对照用款计划督促支出进度。"),
    ("p", "（二）资金和资产管理。严格执行财务审批制度，政府采购项目均按规定程序实施；年末对固定资产开展全面清查，"
          "账实相符。"),
    ("p", "（三）制度建设。修订完善了财务管理、政府采购和内部控制等制度，建立项目资金支出月报和绩效运行监控机制，"
          "重点项目实行专人跟踪。"),
    ("h", "五、绩效目标完成情况"),
    ("p", "全年完成不动产登记发证12,486件，按期办结率99.2%；完成建设用地报批36批次，涉及用地2,148亩；实施土地整治"
          "项目4个，新增耕地1,268亩；对全县42处地质灾害隐患点开展汛期巡查，全年未发生因地质灾害造成的人员伤亡。"),
    ("h", "六、自评结论"),
    ("p", "按照县财政局印发的部门整体支出绩效评价指标体系，从预算执行、产出、效益和满意度四个方面逐项评分，本部门"
          "2021年度部门整体支出绩效自评得分93.6分，评价等级为优。"),
    ("h", "七、存在的问题"),
    ("p", "（一）部分项目前期论证不充分，年中追加资金较多，预算编制的准确性有待提高。"),
    ("p", "（二）土地整治项目工程款支付进度偏慢，年末结转资金较多。"),
    ("h", "八、改进措施"),
    ("p", "（一）加强项目库建设，提前开展项目论证，提高年初预算到位率。"),
    ("p", "（二）按工程进度及时组织验收和支付，减少资金结转。"),
    ("p", "（三）强化绩效自评结果应用，将自评结果作为下年度预算安排的参考。"),
]


def doc_luyi(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=68, creator="Microsoft® Word 2016", header=LUYI_HEAD)
    p.title("鹿邑县自然资源局\n2021年度部门整体支出绩效自评报告", size=17)
    p.blocks(LUYI_A)
    p.table(LUYI_TABLE, [40, 30, 14], style="grid", size=10, align=["l", "r", "c"])
    p.para(LUYI_SPLIT)
    p.blocks(LUYI_B)
    p.right("鹿邑县自然资源局")
    p.right("2022年4月18日")
    p.save()
    (line, room), = p.cuts
    full = stringWidth(line, p.font, p.size) / p.cw
    if p.page != 2 or not line.endswith("1688") or room >= 0 or full < 0.9:
        raise ValueError(f"luyi: the page break does not cut 1688.46 where page 1 is full: "
                         f"{p.page} pages, {line!r}, room {room:.1f}, line {full:.2f} full")


# =========================================================================== 2. shanxi (PDF, 3 pages; E5, T3)
SHANXI_HEAD = "山西省农业农村厅2023年度部门整体支出绩效自评报告"
SHANXI_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元); the list is complete and adds up to 项目支出
    ("高标准农田建设管理及耕地质量保护与提升（含盐碱地综合利用试点）", "18600", "17912.46"),
    ("粮食生产能力提升及农业防灾减灾", "12400", "12186.30"),
    ("现代农业产业园和产业集群建设", "10800", "10215.64"),
    ("有机旱作农业示范推广", "7600", "7428.35"),
    ("农产品质量安全监管与检验检测", "4200", "4096.12"),
    ("动物疫病防控及畜牧业发展", "8900", "8742.58"),
    ("农业科技推广与高素质农民培育", "5300", "5186.40"),
    ("农村人居环境整治及和美乡村建设", "9600", "9204.76"),
    ("农业机械化发展及农机购置补贴管理", "3800", "3752.18"),
    ("种业振兴及种质资源保护", "4600", "4418.27"),
    ("农村集体产权制度改革及经营管理", "2100", "2046.55"),
    ("农业农村信息化建设", "3400", "3012.86"),
    ("渔业发展和水生生物资源养护", "1900", "1864.21"),
    ("厅属单位基础设施维修改造", "2000", "1952.82"),
    ("农业综合行政执法能力建设", "1200", "1168.40"),
    ("乡村产业融合发展示范", "3600", "3482.15"),
    ("农业生态环境保护与秸秆综合利用", "2800", "2716.58"),
    ("农业品牌建设与对外合作交流", "900", "872.30"),
]
SHANXI_A = [
    ("h", "一、部门概况"),
    ("p", "山西省农业农村厅是省政府组成部门，负责统筹研究和组织实施全省“三农”工作的发展规划和政策措施，承担粮食和"
          "重要农产品稳产保供、农田建设管理、农产品质量安全监管、农业防灾减灾、农村改革和乡村产业发展等职责。"),
    ("p", "厅机关内设处室21个。纳入2023年度部门预算编报范围的单位共15个，包括厅本级和14个二级单位，其中参照公务员法"
          "管理的事业单位3个、公益一类事业单位10个、公益二类事业单位1个。"),
    ("p", "2023年，我厅以保障粮食安全和推进乡村全面振兴为主线，重点抓好高标准农田建设、有机旱作农业、现代农业产业"
          "园区、动物疫病防控和农村人居环境整治等工作，部门预算安排向粮食生产和乡村产业发展倾斜，年度重点任务均按计划"
          "推进完成。"),
    ("h", "二、部门预算收支情况"),
    # T3: the 亿元 figures are the 万元 figures of 表1 rounded: 2.44 + 10.03 = 12.47, the total rounds to 12.46.
    ("p", "2023年部门年初预算11.86亿元，年中追加1.22亿元，调整后预算13.08亿元；全年支出12.46亿元，其中基本支出2.44亿元、"
          "项目支出10.03亿元；年末结转结余0.62亿元，预算执行率95.25%。以上亿元数据由万元数据四舍五入得出，合计数与分项"
          "之和可能存在尾差，执行率按万元数据计算，具体以表1为准。"),
    ("c", "表1　2023年度部门预算收支情况"),
    ("r", "单位：万元"),
]
SHANXI_TABLE1 = [  # E5: 人员经费 20,846.35 + 公用经费 3,504.92 = 24,351.27, 10.00 short of 基本支出 24,361.27
    ["项目", "金额", "项目", "金额"],
    ["年初预算", "118,642.56", "本年支出", "124,620.20"],
    ["年中追加", "12,186.24", "其中：基本支出", "24,361.27"],
    ["调整后预算", "130,828.80", "　　其中：人员经费", "20,846.35"],
    ["其中：一般公共预算财政拨款", "121,428.80", "　　　　　公用经费", "3,504.92"],
    ["　　政府性基金预算财政拨款", "6,200.00", "　　　项目支出", "100,258.93"],
    ["　　上年结转", "3,200.00", "年末结转结余", "6,208.60"],
    ["预算执行率", (pct("124620.20", "130828.80"), 3)],
]
SHANXI_B = [
    ("p", "从支出结构看，基本支出主要用于厅本级和二级单位的人员工资、社会保障缴费及日常运转；项目支出主要用于高标准"
          "农田建设管理、粮食生产能力提升、产业园区建设、动物疫病防控和农业科技推广等方面。年末结转结余主要为跨年度"
          "实施的农田建设和信息化项目尚未达到支付条件的资金，已按规定结转下年使用。"),
    ("h", "三、部门整体绩效目标完成情况"),
    ("p", "全年新建高标准农田186.5万亩，培育高素质农民3.2万人，创建国家级农业产业强镇6个，主要农作物病虫害统防统治"
          "覆盖率46.8%；农产品质量安全例行监测总体合格率98.6%，全省未发生区域性重大动物疫情。"),
    ("p", "面对春季干旱和秋季连阴雨等不利天气，组织各地落实抗旱保苗、排涝降渍和抢收抢晒等措施，全年粮食生产保持"
          "稳定，重要农产品供给充足，农村居民收入持续增长。"),
    ("h", "四、项目支出情况"),
    ("p", "2023年部门共实施项目支出项目18个，全部纳入绩效自评范围，各项目预算及执行情况见表2。"),
    ("p", "项目实施中，我厅坚持“谁申请资金、谁设定目标、谁负责绩效”，18个项目全部设定了年度绩效目标和量化指标；"
          "年中开展绩效运行监控，对执行进度偏慢的项目及时督办；年末组织项目单位逐项自评，并对自评结果进行抽查复核。"),
    ("c", "表2　2023年度项目支出预算执行情况"),
    ("r", "单位：万元"),
]
SHANXI_C = [
    ("p", "农业农村信息化建设项目受系统开发验收进度影响，部分合同款项结转下年支付，执行率偏低；其余项目执行率均在95%"
          "以上。"),
    ("h", "五、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系，从预算执行、产出、效益和满意度等方面逐项打分，本部门2023年度部门整体"
          "支出绩效自评得分94.2分，评价等级为“优”。"),
    ("h", "六、存在的问题"),
    ("p", "（一）部分项目年初预算细化不够，年中追加和调剂较多。"),
    ("p", "（二）个别信息化项目建设周期长，资金支付滞后。"),
    ("h", "七、改进措施"),
    ("p", "（一）提前谋划年度重点任务，提高年初预算编制的精准度。"),
    ("p", "（二）加强信息化项目全过程管理，按合同节点及时验收付款。"),
]


def doc_shanxi(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=11.5, margin=70, creator="Microsoft® Word 2019",
            header=SHANXI_HEAD)
    p.title("山西省农业农村厅\n2023年度部门整体支出绩效自评报告", size=17)
    p.blocks(SHANXI_A)
    p.table(SHANXI_TABLE1, [34, 16, 28, 16], style="grid", size=9.5, align=["l", "r", "l", "r"])
    p.blocks(SHANXI_B)
    body = [[str(k), name, money(b), money(e), pct(e, b)] for k, (name, b, e) in enumerate(SHANXI_PROJECTS, 1)]
    budget = sum(dec(b) for _, b, _ in SHANXI_PROJECTS)
    done = sum(dec(e) for _, _, e in SHANXI_PROJECTS)
    body.append(["", "合计", money(budget), money(done), pct(done, budget)])
    placed = p.paged_table(["序号", "项目名称", "全年预算数", "执行数", "执行率"], body, [7, 38, 17, 17, 12],
                           size=9.5, align=["c", "l", "r", "r", "r"])
    p.blocks(SHANXI_C)
    p.right("山西省农业农村厅")
    p.right("2024年5月20日")
    p.save()
    pages = {page for page, _ in placed}
    wrapped = [k for k, (_, n) in enumerate(placed) if n > 1]
    if p.page != 3 or len(pages) != 2 or wrapped != [0]:
        raise ValueError(f"shanxi: {p.page} pages, project table on {sorted(pages)}, wrapped rows {wrapped}")


# =========================================================================== 3. songjiang (PDF, landscape form page; E3)
SONGJIANG_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "购置中医诊疗设备", "≥45台", "46台", "10", "10", ""),
    ("产出指标", "数量指标", "选派骨干医师进修", "≥12人次", "12人次", "10", "10", ""),
    ("产出指标", "质量指标", "设备验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "设备采购完成时间", "2024年10月底前", "2024年12月", "10", "6",
     "部分设备采购流程较长；下年度提前启动采购"),
    ("产出指标", "成本指标", "设备购置成本", "≤360万元", "352.6万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "专科门诊量增长率", "≥15%", "11.2%", "15", "11.2",
     "区域内就诊分流；加强专科宣传和对口帮扶"),
    ("效益指标", "可持续影响指标", "专科人才梯队建设", "持续完善", "基本完善", "15", "12",
     "青年骨干培养周期较长；完善师带徒机制"),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "85.6%", "10", "9.51",
     "候诊时间偏长；优化预约诊疗流程"),
]
SONGJIANG_FUNDS = ("480", "520", "506.84")  # 年初, 全年, 执行; 当年财政拨款 480 / 480 / 468.24, 上年结转 — / 40 / 38.60
SONGJIANG = [
    ("h", "一、项目基本情况"),
    ("p", "中医特色专科建设项目由区财政安排资金，用于我院针灸推拿科、骨伤科和治未病中心3个区级中医特色专科的设备"
          "购置、人才培养和服务能力提升。项目主管部门为上海市松江区卫生健康委员会，实施单位为我院。"),
    ("h", "二、项目资金情况"),
    ("p", "项目年初预算480.00万元。年中经区卫生健康委员会同意，将上年结转资金40.00万元一并纳入本项目统筹使用，全年"
          "预算数520.00万元。截至2024年12月31日，项目全年执行506.84万元，其中当年财政拨款支出468.24万元、上年结转资金"
          "支出38.60万元，预算执行率97.47%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年购置中医诊疗设备46台，选派骨干医师赴市级医院进修12人次，举办中医适宜技术培训班18期、培训社区卫生"
          "服务中心医务人员620人次；三个专科全年门诊量8.64万人次，同比增长11.2%。"),
    ("h", "四、自评结论"),
    ("p", "按照项目支出绩效自评表逐项评分（见附表），本项目自评得分88.46分，自评等级为优。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：一是部分设备采购周期较长，未能在计划时间内完成；二是专科门诊量增长未达到年度目标。"),
    ("p", "改进措施：一是提前编制采购计划，压缩采购周期；二是加强专科品牌宣传，扩大对口帮扶范围。"),
]


def songjiang_form() -> tuple[list[list[str]], Merges]:
    initial, adjusted, done = SONGJIANG_FUNDS
    rows = [
        ["项目名称", "中医特色专科建设项目", "", "", "", "", "", ""],
        ["主管部门", "上海市松江区卫生健康委员会", "", "", "实施单位", "上海市松江区方塔中医医院", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", money(initial), money(adjusted), money(done), "10", pct(done, adjusted),
         exec_score(done, adjusted)],
        ["", "其中：当年财政拨款", money(initial), money(initial), "468.24", E, E, E],
        ["", "上年结转资金", E, "40.00", "38.60", E, E, E],
        ["", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "购置中医诊疗设备45台以上，选派骨干医师进修12人次，三个特色专科门诊量同比增长15%以上，患者满意度达到"
             "90%以上。", "", "",
         "购置中医诊疗设备46台，选派骨干医师进修12人次；三个专科门诊量同比增长11.2%，患者满意度85.6%。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    first = len(rows)
    rows += [list(r) for r in SONGJIANG_IND]
    total = total_score(exec_score(done, adjusted), SONGJIANG_IND)
    rows.append(["总分", "", "", "", "", "100", f"{total:.2f}", "优"])
    rows.append(["注：自评等级按总分划分，90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
                 "", "", "", "", "", "", ""])
    last = len(rows) - 1
    merges: Merges = {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (5, 1), (7, 0): (2, 1),
                      (7, 1): (1, 3), (7, 4): (1, 4), (8, 1): (1, 3), (8, 4): (1, 4),
                      (last - 1, 0): (1, 5), (last, 0): (1, 8)}
    merges.update(level_merges(SONGJIANG_IND, first))
    return rows, merges


def doc_songjiang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=60, creator="WPS Writer")
    p.title("上海市松江区方塔中医医院\n2024年度中医特色专科建设项目支出绩效自评报告", size=15)
    p.blocks(SONGJIANG)
    p.right("上海市松江区方塔中医医院")
    p.right("2025年3月26日")
    p.landscape_next()
    p.para("附表", indent=False)
    p.center("项目支出绩效自评表", size=13)
    p.center("（2024年度）", size=10)
    rows, merges = songjiang_form()
    p.grid(rows, [11, 13, 16, 12, 12, 6, 8, 26], merges, size=8.5, align=["l", "l", "l", "c", "c", "c", "c", "l"])
    p.save()
    if p.page != 2 or p.W <= p.H:
        raise ValueError(f"songjiang: {p.page} pages, last page {p.W}x{p.H}")


# =========================================================================== 4. hangjin (PDF, two columns; E1, T4)
HANGJIN = [
    ("h", "一、部门基本情况"),
    ("p", "锡尼镇是杭锦旗人民政府所在地，辖10个嘎查（村）和4个社区。镇政府内设党政综合办公室、经济发展办公室、社会"
          "事务办公室、综合保障和技术推广中心等7个办事机构，下设农牧业综合服务中心、社区服务中心等4个事业站所，年末"
          "实有在职人员86人。"),
    ("p", "本镇的主要职责是：贯彻执行党和国家的方针政策，组织实施全镇经济和社会发展规划，做好农牧业生产服务、基础"
          "设施建设管理、人居环境整治、社会救助和基层治理等工作，保障镇政府及所属站所正常运转。"),
    ("h", "二、部门预算收支情况"),
    # E1: 1,624.80 + 386.50 − 62.30 = 1,949.00; the text says 1,959.00 (the sources, the rate and the balance agree with it)
    ("p", "（一）预算调整情况。2019年我镇年初预算1,624.80万元；年中追加386.50万元，主要用于嘎查村人居环境整治和防汛"
          "抢险；因部分基础设施项目暂缓实施，调减预算62.30万元；调整后预算1,959.00万元。按资金来源分，一般公共预算"
          "财政拨款1,779.00万元，上年结转180.00万元。"),
    ("p", "（二）预算执行情况。全年支出1,878.70万元，预算执行率95.90%，年末结转结余80.30万元，主要为跨年度实施的"
          "巷道硬化工程尚未结算的工程款。支出按性质分列情况见表1。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成8个嘎查村的人居环境整治，清运各类垃圾3,860吨；维修牧区道路28.6公里，新建和改造供水管网6.4公里；"
          "组织开展防汛应急演练4次，汛期各类险情均得到及时处置；全镇未发生较大以上安全生产事故。"),
    ("p", "社会保障方面，按时足额发放城乡低保、特困供养等各类救助资金，为辖区老年人、残疾人等困难群众提供上门服务；"
          "基层治理方面，推行网格化管理，化解各类矛盾纠纷126件，群众安全感和满意度稳步提升。"),
    ("h", "四、自评结论"),
    ("p", "按照旗财政局制定的部门整体支出绩效评价指标体系，从投入、过程、产出和效果四个方面逐项自评，本部门2019年度"
          "部门整体支出绩效自评得分91.3分，评价等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "1.年初预算编制不够细化，年中调整事项较多。"),
    ("p", "2.部分基础设施项目前期准备不足，实施进度滞后。"),
    ("h", "六、改进措施"),
    ("p", "1.提前谋划下年度重点项目，提高年初预算的完整性和准确性。"),
    ("p", "2.加强项目前期工作，按进度及时拨付和结算资金。"),
]
HANGJIN_TABLE = [  # T4: thousands grouped with a space; 1 036.52 + 842.18 = 1 878.70, 862.35 + 174.17 = 1 036.52
    ("基本支出", "1036.52"),
    ("　其中：人员经费", "862.35"),
    ("　　　　公用经费", "174.17"),
    ("项目支出", "842.18"),
    ("合计", "1878.70"),
]


def doc_hangjin(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=10.5, margin=56, creator="WPS Writer")
    p.title("杭锦旗锡尼镇人民政府\n2019年度部门整体支出绩效自评报告", size=16)
    pages = p.columns(HANGJIN)
    p.center("表1　2019年度支出情况（单位：万元）", size=10.5)
    total = dec("1878.70")
    rows = [["项目", "本年支出", "占支出合计比重"]]
    rows += [[name, spaced(v), pct(v, total)] for name, v in HANGJIN_TABLE]
    p.table(rows, [40, 24, 24], style="three", size=10, align=["l", "r", "r"])
    p.right("杭锦旗锡尼镇人民政府")
    p.right("2020年4月16日")
    p.save()
    if p.page != 1 or set(pages) != {1}:
        raise ValueError(f"hangjin: {p.page} pages, column blocks on {pages}")


# =========================================================================== 5. sangzhi (PDF, 千元 三线表; T5, T6)
SANGZHI_ROWS = [  # 项目, 本年数, 上年数 (千元, one decimal); None for none
    ("调整后预算", "26246.6", "24183.2"),
    ("其中：一般公共预算财政拨款", "24126.3", "20837.2"),
    ("　　　政府性基金预算财政拨款", "1500.0", "2760.0"),
    ("　　　国有资本经营预算财政拨款", None, None),
    ("　　　上年结转", "620.3", "586.0"),
    ("本年支出", "25483.7", "23562.9"),
    ("其中：基本支出", "12846.3", "12105.8"),
    ("　　　项目支出", "12637.4", "11457.1"),
    ("年末结转结余", "762.9", "620.3"),
]
SANGZHI_A = [
    ("h", "一、部门基本情况"),
    ("p", "桑植县林业局负责全县林业和生态保护修复工作，承担森林资源保护管理、国土绿化、林业有害生物防治、森林防火"
          "和林业产业发展等职责。局机关内设股室9个，下属事业单位5个，包括县林业调查规划设计队、县森林病虫害防治检疫"
          "站、县林木种苗站和2个国有林场。"),
    ("h", "二、部门收支情况"),
    ("p", "2018年部门年初预算2,186.40万元，年中追加438.26万元，调整后预算2,624.66万元，其中一般公共预算财政拨款"
          "2,412.63万元、政府性基金预算财政拨款150.00万元、上年结转62.03万元。全年支出2,548.37万元，其中基本支出"
          "1,284.63万元、项目支出1,263.74万元，预算执行率97.09%，年末结转结余76.29万元。"),
    ("p", "与上年相比，调整后预算和本年支出均有所增加，主要是新增天然林保护和国土绿化任务；政府性基金预算财政拨款"
          "减少，主要是森林植被恢复费安排的项目减少。收支与上年对比情况见表1。"),
    ("c", "表1　2018年度收支情况对比表（单位：千元）"),
]
SANGZHI_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成人工造林1.26万亩、森林抚育3.8万亩，管护天然林和公益林96.4万亩；全年森林火灾受害率0.06‰，林业"
          "有害生物成灾率1.8‰；指导发展林下经济和油茶产业，带动农户增收。"),
    ("h", "四、自评结论"),
    ("p", "根据部门整体支出绩效评价指标体系，从投入、过程、产出和效益四个方面逐项评分，本部门2018年度整体支出绩效"
          "自评得分93.8分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分造林项目受雨季影响实施进度滞后，资金支付不均衡。"),
    ("p", "（二）基层林业站人员老化，专业技术力量不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）合理安排造林时序，加快项目验收和资金支付。"),
    ("p", "（二）加强基层林业技术人员培训，充实专业技术力量。"),
    ("p", "（三）加强绩效运行监控，提高资金使用效益。"),
]


def sangzhi_rows() -> list[list[str]]:
    """The 三线表 in 千元: 增减额 = 本年 − 上年 (negative where it fell), 增减率 = 增减额 ÷ 上年; `—` for none."""
    rows = [["项目", "本年数", "上年数", "增减额", "增减率"]]
    for name, now, before in SANGZHI_ROWS:
        if now is None:
            rows.append([name, E, E, E, E])
            continue
        change = dec(now) - dec(before)
        rows.append([name, f"{dec(now):,.1f}", f"{dec(before):,.1f}", f"{change:,.1f}", pct(change, before)])
    return rows


def doc_sangzhi(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, margin=64, creator="Microsoft® Word 2010")
    p.title("桑植县林业局2018年度部门整体支出绩效自评报告", size=15)
    p.blocks(SANGZHI_A)
    p.table(sangzhi_rows(), [38, 16, 16, 16, 12], style="three", size=9.5, align=["l", "r", "r", "r", "r"])
    p.blocks(SANGZHI_B)
    p.right("桑植县林业局")
    p.right("2019年4月26日")
    p.save()


# =========================================================================== 6. mentougou (portal page; T7)
MENTOUGOU = [
    ("b", "一、部门概况"),
    ("p", "北京市门头沟区文化和旅游局是区政府工作部门，负责全区文化事业、文化产业和旅游业的发展规划与管理，承担文物"
          "保护利用、公共文化服务和文化市场监管等工作。局机关内设科室10个，所属事业单位4个（区文化馆、区图书馆、区文物"
          "管理所、区旅游服务中心），本报告反映局本级及所属单位的整体支出情况。"),
    ("b", "二、部门预算收支情况"),
    # T7: 1，862.40 (a Chinese comma typed as the thousands separator) + ２４６．５０ (full-width) = 2,108.90;
    #     1，126.85 + 919.52 = 2,046.37; 968.42 + 158.43 = 1，126.85.
    ("p", "（一）预算安排。2022年部门年初预算1，862.40万元，年中追加２４６．５０万元，调整后预算2,108.90万元。其中一般"
          "公共预算财政拨款1,968.90万元，上年结转140.00万元。"),
    ("p", "（二）预算执行。2022年全年支出2,046.37万元，其中基本支出1，126.85万元（人员经费968.42万元、公用经费158.43万元），"
          "项目支出919.52万元；预算执行率97.03％，年末结转结余62.53万元，主要为文物修缮工程尚未结算的尾款。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年组织“文化惠民”演出186场，举办非遗展示展演活动24场；区图书馆接待读者３２．６万人次，开展全民阅读推广"
          "活动58场；完成区级文物保护单位修缮3处；全区接待游客412.8万人次，实现旅游收入同比增长8.6％。"),
    ("b", "四、自评结论"),
    ("p", "按照区财政局印发的部门整体支出绩效评价指标体系，从预算执行、产出、效益和满意度四个方面逐项评分，本部门"
          "2022年度部门整体支出绩效自评得分95.4分，评价等级为“优”。"),
    ("b", "五、存在的问题"),
    ("p", "1、部分文化活动受客观因素影响延期举办，项目支出进度不够均衡。"),
    ("p", "2、文物修缮项目审批环节多，资金支付周期较长。"),
    ("b", "六、改进措施"),
    ("p", "1、科学编制活动计划，做好延期活动的替代安排，均衡支出进度。"),
    ("p", "2、提前开展文物修缮项目的前期工作，按工程节点及时结算。"),
]


def mentougou_html() -> str:
    body = "\n".join(f"<p><strong>{t}</strong></p>" if k == "b" else f"<p>　　{t}</p>" for k, t in MENTOUGOU)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="北京市门头沟区人民政府">
<meta name="ColumnName" content="预算绩效">
<title>北京市门头沟区文化和旅游局2022年度部门整体支出绩效自评报告_预算绩效_北京市门头沟区人民政府</title>
</head>
<body>
<div class="topbar"><span>北京市门头沟区人民政府</span> <a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">走进门头沟</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金信息</a> &gt; <a href="#">预算绩效</a></div>
<ul class="xxgk-info">
<li>[索引号] 11110109MB0T12345X/2023-00087</li>
<li>[发文机构] 北京市门头沟区文化和旅游局</li>
<li>[主题分类] 财政、审计</li>
<li>[发布日期] 2023-06-21</li>
</ul>
<h1>北京市门头沟区文化和旅游局2022年度部门整体支出绩效自评报告</h1>
<div class="info">发布日期：2023-06-21　来源：区文化和旅游局　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印</a></div>
<div class="TRS_Editor">
{body}
<p style="text-align:right">北京市门头沟区文化和旅游局</p>
<p style="text-align:right">2023年6月19日</p>
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="related">
<h3>相关文章</h3>
<ul>
<li><a href="#">北京市门头沟区文化和旅游局2022年度部门决算</a></li>
<li><a href="#">北京市门头沟区文化和旅游局2023年部门预算</a></li>
</ul>
</div>
<div class="footer">
<p>主办：北京市门头沟区人民政府办公室　承办：北京市门头沟区政务服务和数据管理局</p>
<p>政府网站标识码：1101090002　京ICP备10030517号　京公网安备11010902000108号</p>
</div>
</body>
</html>
"""


# =========================================================================== 7. anyuan (DOCX, a nested table; T8)
ANYUAN_IND = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "普通高中在校生规模", "≥3000人", "3146人", "10", "10"),
    ("产出指标", "数量指标", "教师培训期数", "≥30期", "36期", "10", "10"),
    ("产出指标", "质量指标", "学业水平考试合格率", "≥95%", "96.8%", "10", "10"),
    ("产出指标", "时效指标", "学生资助资金发放及时率", "=100%", "100%", "10", "10"),
    ("产出指标", "成本指标", "生均公用经费保障标准", "≥1250元", "1250元", "10", "10"),
    ("效益指标", "社会效益指标", "本科上线率", "≥65%", "61.6%", "15", "11.7"),
    ("效益指标", "可持续影响指标", "校舍安全达标率", "=100%", "100%", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "82.6%", "10", "7"),
]
ANYUAN_FUNDS = ("3286.45", "3699.05", "3624.18")  # 年初, 全年, 执行 (万元)


def doc_anyuan(path: Path) -> None:
    initial, adjusted, done = ANYUAN_FUNDS
    d = STAMP.new_docx()
    office.centred_title(d, "安远县第一中学", 18)
    office.centred_title(d, "2025年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、单位基本情况", indent=24)
    para(d, "安远县第一中学为县教育体育局所属公益一类事业单位，是全县办学规模最大的普通高级中学。2025年末学校有教学班"
            "62个，在校学生3,146人，在职教职工268人。学校无下属单位，本报告反映学校本级的整体支出情况。")
    office.bold_line(d, "二、收支情况", indent=24)
    para(d, "2025年学校年初预算3,286.45万元，年中追加412.60万元，全年预算数3,699.05万元，其中一般公共预算财政拨款"
            "3,519.05万元、事业收入180.00万元。全年支出3,624.18万元，其中基本支出2,968.72万元、项目支出655.46万元，预算"
            "执行率97.98%，结余74.87万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年组织教师参加各级培训36期，学业水平考试合格率96.8%；高考本科上线648人；发放国家助学金等各类学生资助"
            "资金，惠及学生1,243人次；完成教学楼和学生宿舍维修改造4,200平方米。")
    office.bold_line(d, "四、自评情况", indent=24)
    # T8: 100 is the sum of the 分值, not a score; the 得分 add up to 93.50
    para(d, "学校对照部门整体支出绩效自评表逐项评分（见附表），各项指标分值合计100分，其中预算执行10分、产出指标50分、"
            "效益指标30分、满意度指标10分。经评定，学校2025年度部门整体支出绩效自评得分93.5分，评价等级为优。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）本科上线率未达到年度目标，教育教学质量仍需提升。")
    para(d, "（二）学生及家长满意度偏低，家校沟通有待加强。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）加强教学常规管理和分层教学，提高课堂教学质量。")
    para(d, "（二）完善家校共育机制，定期开展家长开放日活动。")
    office.aligned(d, "安远县第一中学", "right")
    office.aligned(d, "2026年3月12日", "right")
    office.centred_title(d, "附表：部门整体支出绩效自评表", 12)
    outer = [["单位名称", "安远县第一中学", "", "", "", "", ""],
             ["预算执行情况（万元）", "", "", "", "", "", ""],
             ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]]
    outer += [list(r) for r in ANYUAN_IND]
    total = total_score(exec_score(done, adjusted), ANYUAN_IND)
    outer.append(["合计", "", "", "", "", "100", f"{total:.2f}"])
    merges = level_merges(ANYUAN_IND, 3)
    merges[(0, 1)] = (1, 6)
    merges[(1, 1)] = (1, 6)
    merges[(len(outer) - 1, 0)] = (1, 5)
    grid = table(d, outer, docx_merges(merges))
    holder = grid.cell(1, 1)
    inner = holder.add_table(rows=2, cols=6)  # the funds table nested in the merged cell
    inner.style = "Table Grid"
    for c, text in enumerate(["年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]):
        inner.cell(0, c).text = text
    for c, text in enumerate([money(initial), money(adjusted), money(done), pct(done, adjusted), "10",
                              exec_score(done, adjusted)]):
        inner.cell(1, c).text = text
    STAMP.save_docx(d, path)


# =========================================================================== 8. jingyu (DOCX, a rate in words; T9)
JINGYU_IND = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差原因
    ("预算执行", "预算执行率", "预算执行率", "100%", "95.6%", "10", exec_score("1224.06", "1280"), ""),
    ("产出指标", "数量指标", "新建集中供水工程", "≥14处", "14处", "15", "15", ""),
    ("产出指标", "数量指标", "改造配套供水管网", "≥80公里", "86.5公里", "10", "10", ""),
    ("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "工程完工时间", "2020年11月底前", "2020年11月", "5", "5", ""),
    ("产出指标", "成本指标", "工程建设总成本", "≤1280万元", "1224.06万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "巩固提升受益人口", "≥2.3万人", "2.36万人", "15", "15", ""),
    ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", "10", "8", "部分村级管水员未落实到位"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.5%", "15", "15", ""),
]


def doc_jingyu(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "靖宇县水利局", 18)
    office.centred_title(d, "2020年度农村饮水安全巩固提升工程项目绩效自评报告", 15)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "农村饮水安全巩固提升工程是我县改善农村供水条件的民生工程。2020年项目在全县8个乡镇实施，新建集中供水工程，"
            "改造老旧供水管网，解决部分村屯季节性缺水和水质不达标问题。项目由县水利局组织实施。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    # T9: 百分之九十五点六 is 1,224.06 ÷ 1,280.00 = 95.63% written in words, to one decimal
    para(d, "2020年项目全年预算数1,280.00万元，其中中央资金860.00万元、省级资金280.00万元、县级配套资金140.00万元，"
            "实际到位资金1,280.00万元。截至2020年12月31日，项目实际支出1,224.06万元，结余55.94万元，预算执行率"
            "百分之九十五点六。结余资金为2处工程的质量保证金，按合同约定于质保期满后支付。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年新建集中供水工程14处，改造配套供水管网86.5公里，巩固提升了2.36万农村人口的饮水保障水平；全县农村"
            "自来水普及率达到93.6%，工程验收合格率100%。")
    office.bold_line(d, "四、自评结论", indent=24)
    total = sum(Decimal(r[6]) for r in JINGYU_IND)
    para(d, f"按照项目绩效目标逐项评分（见下表），本项目自评得分{total}分，自评等级为优。")
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    rows += [list(r) for r in JINGYU_IND]
    rows.append(["合计", "", "", "", "", "100", f"{total}", ""])
    merges = level_merges(JINGYU_IND, 1)
    merges[(len(rows) - 1, 0)] = (1, 5)
    table(d, rows, docx_merges(merges))
    office.bold_line(d, "五、存在的问题及改进措施", indent=24)
    para(d, "（一）存在的问题。一是个别工程冬季施工受限，完工时间较为集中；二是部分村级管水员未落实到位，建后管护"
            "机制有待完善。")
    para(d, "（二）改进措施。一是科学安排施工计划，避开冬季施工；二是落实村级管水员和管护经费，建立长效管护机制。")
    office.aligned(d, "靖宇县水利局", "right")
    office.aligned(d, "2021年3月30日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 9. jixi (XLSX, two sheets, unit in the print header; E4)
JIXI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标（50分）", "数量指标", "城镇新增就业人数", "≥1.2万人", "1.26万人", 10, 10, ""),
    ("产出指标（50分）", "数量指标", "职业技能培训人次", "≥8000人次", "8460人次", 10, 10, ""),
    ("产出指标（50分）", "质量指标", "培训后就业率", "≥60%", "63.5%", 10, 10, ""),
    ("产出指标（50分）", "时效指标", "补贴资金发放及时率", "≥95%", "96.2%", 5, 5, ""),
    ("产出指标（50分）", "成本指标", "人均培训补贴标准", "≤1200元", "1150元", 10, 10, ""),
    ("效益指标（30分）", "社会效益指标", "城镇登记失业率", "≤4.5%", "4.12%", 15, 15, ""),
    ("效益指标（30分）", "可持续影响指标", "公共就业服务体系建设", "持续完善", "基本完善", 15, 12,
     "基层就业服务平台人员不足；充实基层平台力量"),
    ("满意度指标（10分）", "服务对象满意度指标", "培训及补贴对象满意度", "≥90%", "86.94%", 10, 9.66,
     "部分培训工种与市场需求衔接不够；优化培训工种设置"),
]  # E4: the 产出指标（50分） rows' 分值 add up to 45, so the 分值 add up to 95 (10 + 85) under a 总分 of 100
JIXI_FUNDS = ("2400", "2680", "2598.24")


def doc_jixi(path: Path) -> None:
    import openpyxl

    initial, adjusted, done = JIXI_FUNDS
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    ws.oddHeader.center.text = "金额单位：万元"  # the only place the unit is given
    ws.oddFooter.center.text = "第 &P 页"
    for col, w in zip("ABCDEFGH", [16, 22, 13, 13, 13, 9, 11, 10], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2017年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "就业补助资金项目", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "鸡西市人力资源和社会保障局", merge_to="D4")
    xl_put(ws, "E4", "实施单位")
    xl_put(ws, "F4", "鸡西市人力资源和社会保障局", merge_to="H4")
    xl_put(ws, "A5", "项目资金", merge_to="A9", center=True)
    for ref, head in zip(("B5", "C5", "D5", "E5", "F5", "G5", "H5"),
                         ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), strict=True):
        xl_put(ws, ref, head, center=True)
    lines = [
        ("年度资金总额", float(initial), float(adjusted), float(done), 10, pct(done, adjusted),
         float(exec_score(done, adjusted))),
        ("其中：当年财政拨款", float(initial), float(adjusted), float(done), "/", "/", "/"),
        ("上年结转资金", "/", "/", "/", "/", "/", "/"),
        ("其他资金", "/", "/", "/", "/", "/", "/"),
    ]
    for r, line in enumerate(lines, 6):
        for col, v in zip("BCDEFGH", line, strict=True):
            fmt = None
            if isinstance(v, float):
                fmt = "0.00" if col == "H" else "#,##0.00"
            xl_put(ws, f"{col}{r}", v, fmt=fmt, center=col != "B")
    xl_put(ws, "A10", "年度总体目标", merge_to="A11", center=True)
    xl_put(ws, "B10", "预期目标", center=True, merge_to="D10")
    xl_put(ws, "E10", "实际完成情况", center=True, merge_to="H10")
    xl_put(ws, "B11", "实现城镇新增就业1.2万人以上，开展职业技能培训8,000人次以上，城镇登记失业率控制在4.5%以内，"
                      "按时足额发放各项就业补贴。", merge_to="D11")
    xl_put(ws, "E11", "全年实现城镇新增就业1.26万人，开展职业技能培训8,460人次，培训后就业率63.5%；城镇登记失业率"
                      "4.12%；各项就业补贴按规定及时发放。", merge_to="H11")
    ws.row_dimensions[11].height = 78
    xl_put(ws, "A12", "绩效指标")
    xl_put(ws, "B12", "详见“绩效指标”工作表", merge_to="H12")
    total = Decimal(exec_score(done, adjusted)) + sum(Decimal(str(r[6])) for r in JIXI_IND)
    xl_put(ws, "A13", "总分", center=True, merge_to="E13")
    xl_put(ws, "F13", 100, center=True)
    xl_put(ws, "G13", float(total), fmt="0.00", center=True)
    xl_put(ws, "H13", "优", center=True)
    xl_put(ws, "A14", "注：自评等级划分为优（90分及以上）、良（80—89.99分）、中（60—79.99分）、差（60分以下）。",
           merge_to="H14", border=False)
    xl_put(ws, "A16", "填报单位：鸡西市人力资源和社会保障局　　填报日期：2018年3月22日", merge_to="H16", border=False)

    wi = wb.create_sheet("绩效指标")
    wi.oddHeader.center.text = "金额单位：万元"
    for col, w in zip("ABCDEFGH", [16, 16, 22, 13, 13, 8, 8, 30], strict=True):
        wi.column_dimensions[col].width = w
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(wi, f"{col}1", head, bold=True, center=True)
    for r, row in enumerate(JIXI_IND, 2):
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(wi, f"{col}{r}", v, center=col in "DEFG")
    labels = [r[0] for r in JIXI_IND]
    k = 0
    while k < len(labels):
        j = k
        while j + 1 < len(labels) and labels[j + 1] == labels[k]:
            j += 1
        if j > k:
            wi.merge_cells(f"A{k + 2}:A{j + 2}")
        k = j + 1
    end = len(JIXI_IND) + 2
    xl_put(wi, f"A{end}", "合计", center=True, merge_to=f"E{end}")
    xl_put(wi, f"F{end}", 90, center=True)
    xl_put(wi, f"G{end}", float(sum(Decimal(str(r[6])) for r in JIXI_IND)), fmt="0.00", center=True)
    xl_put(wi, f"H{end}", "")
    STAMP.save_xlsx(wb, path)


# =========================================================================== 10. tongwei (TXT, a PDF copy in 元; E2, T10)
# The lines as the PDF broke them (pdftotext keeps every hard break); page 1, then page 2.
TONGWEI_PAGE1 = [
    "通渭县榜罗镇人民政府",
    "2016年度部门整体支出绩效自评报告",
    "",
    "一、部门基本情况",
    "榜罗镇位于通渭县南部，辖18个行政村。镇政府内设党政办公室、经",
    "济发展办公室、社会事务办公室等6个办公室，下设农业综合服务中心、",
    "社会保障服务中心等5个站所，年末在职干部职工74人。本报告反映镇",
    "政府机关及所属站所的整体支出情况。",
    "二、部门预算收支情况",
    # T10: in 万元, 412.64 + 61.25 = 473.89, 241.58 + 44.85 = 286.43, 286.44 + 166.83 = 453.27;
    #      in 元 (表1) every relation holds exactly.
    "（一）预算安排。2016年我镇年初预算412.64万元，年中追加61.25万元，",
    "调整后预算473.88万元，其中一般公共预算财政拨款451.88万元、上年结",
    "转22.00万元。",
    # E2: 96.65% is no pair of the figures; 4,532,614.27 ÷ 4,738,835.36 = 95.65%
    "（二）预算执行。2016年全年支出453.26万元，其中基本支出286.44",
    "万元（人员经费241.58万元、公用经费44.85万元），项目支出166.83万",
    "元；年末结转结余206,",
    "221.09元。预算执行率96.65%。以上万元数据均由元数据四舍五入得出，",
    "各项收支的准确数额见表1。",
    "表1  2016年度部门收支情况表",
    "                                                      单位：元",
    "项目                                      金额",
    "年初预算                                  4,126,380.00",
    "年中追加                                    612,455.36",
    "调整后预算                                4,738,835.36",
    "其中：一般公共预算财政                    4,518,835.36",
    "拨款",
    "      上年结转                              220,000.00",
    "本年支出                                  4,532,614.27",
    "其中：基本支出                            2,864,356.00",
    "      其中：人员经费                      2,415,826.48",
    "            公用经费                        448,529.52",
    "      项目支出                            1,668,258.27",
    "年末结转结余                                206,221.09",
    "",
    "- 1 -",
]
TONGWEI_PAGE2 = [
    "通渭县榜罗镇人民政府2016年度部门整体支出绩效自评报告",
    "三、绩效目标完成情况",
    "全年硬化村组道路12.6公里，新修水平梯田2,400亩，完成农村危房改造",
    "86户，新建村级文化广场3个；按时足额发放各类惠农补贴和社会救助资",
    "金，全镇社会保持和谐稳定。",
    "四、自评结论",
    "对照部门整体支出绩效评价指标，经逐项评分，我镇2016年度部门整体支",
    "出绩效自评得分九十二分，等级为优。",
    "五、存在的问题",
    "（一）年初预算编制不够精细，年中追加事项较多。",
    "（二）部分项目资金拨付进度偏慢，年末结转资金较多。",
    "六、改进措施",
    "（一）提高预算编制的准确性，严格控制年中追加。",
    "（二）加快项目实施和资金拨付，减少资金结转。",
    "",
    "                                        通渭县榜罗镇人民政府",
    "                                           2017年4月10日",
    "",
    "- 2 -",
]


def tongwei_txt() -> str:
    """pdftotext's copy: every page's lines, a form feed after each page."""
    return "".join("\n".join(page) + "\n\f" for page in (TONGWEI_PAGE1, TONGWEI_PAGE2))


# =========================================================================== 11. baicheng (portal page, an HTML form table)
BAICHENG_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "推广主导品种面积", "≥12万亩", "12.8万亩", "10", "10", "/"),
    ("产出指标", "数量指标", "培训农民", "≥3000人次", "3260人次", "10", "10", "/"),
    ("产出指标", "质量指标", "主推技术到位率", "≥90％", "93.5％", "10", "10", "/"),
    ("产出指标", "时效指标", "项目完成时间", "2015年11月底前", "2015年11月", "10", "10", "/"),
    ("产出指标", "成本指标", "示范田亩均补助", "≤150元", "150元", "10", "10", "/"),
    ("效益指标", "经济效益指标", "示范区亩均增产", "≥30公斤", "26公斤", "15", "13", "春季低温影响出苗；调整播期"),
    ("效益指标", "可持续影响指标", "基层农技推广体系运行", "稳定", "稳定", "15", "15", "/"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90％", "88.6％", "10", "7.5", "技术服务覆盖不均；增加下乡频次"),
]
BAICHENG_FUNDS = ("186", "214.5", "208.37")


def baicheng_table() -> str:
    initial, adjusted, done = BAICHENG_FUNDS
    rate_shown = pct(done, adjusted).replace("%", "％")
    total = total_score(exec_score(done, adjusted), BAICHENG_IND)
    rows = [
        '<tr><td colspan="2">项目名称</td><td colspan="7">农业技术推广补助项目</td></tr>',
        '<tr><td colspan="2">主管部门</td><td colspan="3">拜城县农业局</td><td colspan="2">实施单位</td>'
        '<td colspan="2">拜城县农业局</td></tr>',
        '<tr><td rowspan="4">项目资金<br>（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td>'
        '<td>分值</td><td>执行率</td><td colspan="2">得分</td></tr>',
        f'<tr><td>年度资金总额</td><td>{money(initial)}</td><td>{money(adjusted)}</td><td>{money(done)}</td>'
        f'<td>10</td><td>{rate_shown}</td><td colspan="2">{exec_score(done, adjusted)}</td></tr>',
        f'<tr><td>其中：财政拨款</td><td>{money(initial)}</td><td>{money(adjusted)}</td><td>{money(done)}</td>'
        '<td>/</td><td>/</td><td colspan="2">/</td></tr>',
        '<tr><td>其他资金</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td><td colspan="2">/</td></tr>',
        '<tr><td rowspan="2">年度总体目标</td><td colspan="4">预期目标</td><td colspan="4">实际完成情况</td></tr>',
        '<tr><td colspan="4">推广主导品种12万亩以上，培训农民3,000人次以上，示范区亩均增产30公斤以上。</td>'
        '<td colspan="4">全年推广主导品种12.8万亩，培训农民3,260人次，主推技术到位率93.5％；受春季低温影响，示范区'
        '亩均增产26公斤。</td></tr>',
        '<tr><td rowspan="9">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>'
        '<td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>',
    ]
    seen: set[tuple[str, ...]] = set()
    for row in BAICHENG_IND:
        cells = []
        for c, v in enumerate(row):
            if c < 2:
                key = tuple(row[:c + 1])
                if key in seen:
                    continue
                seen.add(key)
                span = sum(1 for r in BAICHENG_IND if tuple(r[:c + 1]) == key)
                cells.append(f'<td rowspan="{span}">{v}</td>' if span > 1 else f"<td>{v}</td>")
            else:
                cells.append(f"<td>{v}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append(f'<tr><td colspan="6">总分</td><td>100</td><td>{total:.2f}</td><td>优</td></tr>')
    return '<table border="1" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


def baicheng_html() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>拜城县农业局2015年度农业技术推广补助项目支出绩效自评表 - 拜城县人民政府网</title>
</head>
<body>
<div class="head"><span class="logo">拜城县人民政府网</span> <a href="#">设为首页</a> | <a href="#">加入收藏</a></div>
<div class="menu"><a href="#">网站首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">公众参与</a> <a href="#">走进拜城</a></div>
<div class="dqwz">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">财政预决算</a> &gt;&gt; <a href="#">绩效评价</a></div>
<h2>拜城县农业局2015年度农业技术推广补助项目支出绩效自评表</h2>
<div class="fbxx">发布时间：2016-04-27 11:32　来源：拜城县农业局　浏览次数：<span>137</span></div>
<div class="content">
<p>按照县财政局关于开展2015年度财政支出绩效自评工作的要求，我局对农业技术推广补助项目开展了绩效自评，现将自评表公开如下：</p>
<p style="text-align:center">项目支出绩效自评表</p>
<p style="text-align:center">（2015年度）</p>
{baicheng_table()}
<p>填报单位（盖章）：拜城县农业局　　填报人：王××　　填报日期：2016年4月20日</p>
</div>
<div class="btns"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></div>
<div class="foot">
<p>主办单位：拜城县人民政府办公室　技术支持：拜城县信息中心</p>
<p>网站标识码：6529260001　新ICP备16002345号</p>
</div>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "luyi-ziranziyuan-2021.pdf": doc_luyi,
        "shanxi-nongye-2023.pdf": doc_shanxi,
        "songjiang-zhongyi-2024.pdf": doc_songjiang,
        "hangjin-xini-2019.pdf": doc_hangjin,
        "sangzhi-linye-2018.pdf": doc_sangzhi,
        "mentougou-wenlv-2022.html": lambda p: write_text(p, mentougou_html()),
        "anyuan-yizhong-2025.docx": doc_anyuan,
        "jingyu-shuili-2020.docx": doc_jingyu,
        "jixi-renshe-2017.xlsx": doc_jixi,
        "tongwei-bangluo-2016.txt": lambda p: write_text(p, tongwei_txt(), newline="\r\n"),
        "baicheng-nongye-2015.html": lambda p: write_text(p, baicheng_html()),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
