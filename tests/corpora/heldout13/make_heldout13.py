#!/usr/bin/env python3
"""Regenerate the heldout13 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout13/make_heldout13.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability comes from tests/corpora/builder: reportlab runs in invariant mode with
WenQuanYi Zen Hei embedded; DOCX/XLSX are re-zipped with a fixed entry date and fixed
core-property dates (the workbooks' formula cells get their cached values written into the
sheet XML before the re-zip); text files are UTF-8 (the TXT with a BOM and CRLF line ends).
The PDFs use layouts the earlier batches do not: budget figures only in a three-line table
(三线表), a bare form whose indicator rows wrap onto two lines in several cells, footnotes and
a text box beside the text, a table drawn sideways on a portrait page, a form that breaks
across a page and repeats its header row, and figures grouped with spaces or written in
full-width digits.
The long report (xianning) is laid out twice: the first pass finds the page of each heading,
the second prints those pages in its 目录.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import io
import math
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY13"
FIXED_DT = datetime.datetime(2025, 10, 20, 10, 0, 0)
E = "—"

# An unbreakable run when wrapping: ASCII digits and letters with their punctuation, a space
# that groups digits (`1 286.50`), and full-width digits (`３．６`).
RUN = re.compile(r"[0-9A-Za-z.,%:\-/()〔〕０-９．]| (?=[0-9]{3})")
# Footnote markers in a text: drawn as small raised digits.
MARKS = {"\ue101": "1", "\ue102": "2", "\ue103": "3"}


def wrap(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Wrap text to width without breaking a RUN; footnote markers count as a narrow glyph."""
    lines, cur, w, i = [], "", indent, 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            lines.append(cur)
            cur, w, i = "", 0.0, i + 1
            continue
        j = i + 1
        if RUN.match(text, i):
            while j < len(text) and RUN.match(text, j):
                j += 1
        tok = text[i:j]
        tw = sum(size * 0.35 if c in MARKS else stringWidth(c, font, size) for c in tok)
        if w + tw > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
        i = j
    if cur or not lines:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# PDF: a CanvasPdf with the extra moves of this batch
# ---------------------------------------------------------------------------
class Pdf(CanvasPdf):
    """CanvasPdf plus: a page-furniture hook, this batch's wrapping (space-grouped and
    full-width figures never break), footnote markers, ruled grids with merged cells, a ruled
    table that repeats its header row after a page break, a text box beside a paragraph, and
    a landscape block drawn sideways on a portrait page."""

    def __init__(self, path: Path, furniture: Callable[[Pdf], None] | None = None, **layout):
        super().__init__(path, fonts.zenhei(FONT), **layout)
        self.furniture = furniture
        self.notes: dict[int, list[str]] = {}
        self.note_text: dict[str, str] = {}

    def _furniture(self):
        if self.furniture is None:
            super()._furniture()
        else:
            self.furniture(self)

    def line_at(self, x: float, y: float, line: str, size: float) -> None:
        """Draw one line; footnote markers as raised digits, noted for this page's foot."""
        c = self.c
        for part in re.split(f"([{''.join(MARKS)}])", line):
            if not part:
                continue
            if part in MARKS:
                c.setFont(self.font, size * 0.6)
                c.drawString(x, y + size * 0.45, MARKS[part])
                x += stringWidth(MARKS[part], self.font, size * 0.6) + 0.5
                self.notes.setdefault(self.page, []).append(self.note_text[part])
            else:
                c.setFont(self.font, size)
                c.drawString(x, y, part)
                x += stringWidth(part, self.font, size)

    def para(self, text, indent=True, size=None, width=None):
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        for n, line in enumerate(wrap(text, self.font, width or self.cw, size, ind)):
            self.need(lead)
            self.line_at(self.m + (ind if n == 0 else 0), self.y - size, line, size)
            self.y -= lead
        self.y -= 2

    def right(self, text, size=None):
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    # ----- ruled grid with merged cells
    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float],
             merges: dict[tuple[int, int], tuple[int, int]] | None = None, size: float = 9,
             align: Sequence[str] | None = None, centred: set[tuple[int, int]] | None = None):
        """rows: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one
        cell over the area. A block of rows tied together by a row-spanning cell is never broken
        across pages."""
        merges = merges or {}
        centred = centred or set()
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead, c = 3, size * 1.42, self.c
        covered = set()
        for (r, col), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(col, col + cs):
                    if (rr, cc) != (r, col):
                        covered.add((rr, cc))

        def span(r, col):
            return merges.get((r, col), (1, 1))

        def lines_of(r, col):
            _rs, cs = span(r, col)
            w = sum(widths[col:col + cs])
            text = rows[r][col]
            return wrap(text, self.font, w - 2 * pad, size) if text else []

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
        ends = list(range(len(rows)))
        for (r, _col), (rs, _cs) in merges.items():
            for rr in range(r, r + rs):
                ends[rr] = max(ends[rr], r + rs - 1)
        r = 0
        while r < len(rows):
            last, k = r, r
            while k <= last:
                last = max(last, ends[k])
                k += 1
            block_h = sum(heights[r:last + 1])
            if self.y - block_h < self.bottom:
                self.new_page()
            tops = [self.y - sum(heights[r:rr]) for rr in range(r, last + 1)]
            for rr in range(r, last + 1):
                for col in range(len(widths)):
                    if (rr, col) in covered:
                        continue
                    rs, cs = span(rr, col)
                    x = self.m + sum(widths[:col])
                    w = sum(widths[col:col + cs])
                    top = tops[rr - r]
                    h = sum(heights[rr:rr + rs])
                    c.setLineWidth(0.5)
                    c.rect(x, top - h, w, h)
                    lines = lines_of(rr, col)
                    y0 = top - pad - size
                    if rs > 1:
                        y0 -= (h - 2 * pad - len(lines) * lead) / 2
                    a = "c" if (rr, col) in centred else ((align[col] if align else "l") if cs == 1 else "l")
                    c.setFont(self.font, size)
                    for n, line in enumerate(lines):
                        yy = y0 - n * lead
                        if a == "c":
                            c.drawCentredString(x + w / 2, yy, line)
                        elif a == "r":
                            c.drawRightString(x + w - pad, yy, line)
                        else:
                            c.drawString(x + pad, yy, line)
            self.y -= block_h
            r = last + 1
        self.y -= 10

    # ----- a ruled table whose header row is drawn again after each page break
    def repeating_table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 9,
                        align: Sequence[str] | None = None, header_rows: int = 1):
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead, c = 3, size * 1.42, self.c

        def height(row):
            return max(max(len(wrap(t, self.font, w - 2 * pad, size)) if t else 1
                           for t, w in zip(row, widths, strict=True)) * lead + 2 * pad, lead + 2 * pad)

        def draw(row):
            h = height(row)
            x = self.m
            for col, (t, w) in enumerate(zip(row, widths, strict=True)):
                c.setLineWidth(0.5)
                c.rect(x, self.y - h, w, h)
                c.setFont(self.font, size)
                a = align[col] if align else "l"
                for n, line in enumerate(wrap(t, self.font, w - 2 * pad, size) if t else []):
                    yy = self.y - pad - size - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
                x += w
            self.y -= h

        head = rows[:header_rows]
        for r, row in enumerate(rows):
            if self.y - height(row) < self.bottom:
                self.new_page()
                if r >= header_rows:
                    for h in head:
                        draw(h)
            draw(row)
        self.y -= 10

    # ----- a paragraph with a framed text box on its right
    def para_beside_box(self, text: str, box: Sequence[str], box_w: float = 150, gap: float = 14,
                        size: float | None = None, box_size: float = 10):
        size = size or self.size
        lead, blead, pad = size * 1.75, box_size * 1.8, 8
        box_h = len(box) * blead + 2 * pad
        self.need(box_h + 4)
        top = self.y
        x0 = self.W - self.m - box_w
        c = self.c
        c.setFillGray(0.93)
        c.setLineWidth(0.8)
        c.rect(x0, top - box_h, box_w, box_h, stroke=1, fill=1)
        c.setFillGray(0)
        for n, line in enumerate(box):
            c.setFont(self.font, box_size)
            c.drawString(x0 + pad, top - pad - box_size - n * blead, line)
        narrow = self.cw - box_w - gap
        ind = 2 * size
        beside = max(1, math.ceil((box_h + 4) / lead))
        lines = wrap(text, self.font, narrow, size, ind)
        first, used = lines[:beside], len("".join(lines[:beside]))
        rest = wrap(text[used:], self.font, self.cw, size) if used < len(text) else []
        for n, line in enumerate(first):
            self.line_at(self.m + (ind if n == 0 else 0), self.y - size, line, size)
            self.y -= lead
        if len(first) < beside:
            self.y = min(self.y, top - box_h - 6)
        for line in rest:
            self.need(lead)
            self.line_at(self.m, self.y - size, line, size)
            self.y -= lead
        self.y = min(self.y, top - box_h - 6) - 2

    # ----- a landscape page drawn sideways on a portrait page
    def sideways_page(self, draw: Callable[[Pdf], None], margin: float = 40):
        """Finish the page; the next portrait page carries `draw`'s content turned 90° (it reads
        from the bottom up, as a landscape table printed on portrait paper); the page after it
        is portrait again."""
        self.new_page()
        pw, ph, pm, pcw, ptop, pbottom = self.W, self.H, self.m, self.cw, self.top, self.bottom
        self.c.saveState()
        self.c.translate(pw, 0)
        self.c.rotate(90)
        self.W, self.H, self.m = ph, pw, margin
        self.cw, self.top, self.bottom = self.W - 2 * margin, self.H - margin, -1e9
        self.y = self.top
        draw(self)
        self.c.restoreState()
        self.W, self.H, self.m, self.cw, self.top, self.bottom = pw, ph, pm, pcw, ptop, pbottom
        self.new_page()

    def save(self):
        self._furniture()
        self.c.showPage()
        self.c.save()


def footer_dash(p: Pdf) -> None:
    p.c.setFont(p.font, 10)
    p.c.drawCentredString(p.W / 2, p.m - 24, f"- {p.page} -")


# ===========================================================================
# 1. tiedong-xinxing-2022.pdf  (辽宁 鞍山市 铁东区 (a district of a prefecture-level city); 街道办事处;
#    department; 2 pages, `第N页 共2页` footer; every budget figure ONLY in a three-line table
#    (top and bottom rules, a rule under the header, no verticals) with a `单位：万元` note;
#    年初预算数 / 调整后预算数 / 决算数 columns, rows by source (一般公共预算 / 政府性基金 /
#    财政拨款结转) and by kind (基本支出 / 项目支出); a mid-year 支出进度 that is not the rate;
#    planted E1: 基本支出 4,126.55 + 项目支出 7,006.53 = 11,133.08, but 合计 11,233.08)
# ===========================================================================
def xinxing_furniture(p: Pdf) -> None:
    p.c.setFont(p.font, 9.5)
    p.c.drawCentredString(p.W / 2, p.m - 26, f"第{p.page}页 共2页")


def doc_xinxing(path: Path) -> None:
    unit = "鞍山市铁东区新兴街道办事处"
    p = Pdf(path, size=10.5, furniture=xinxing_furniture)
    p.title(unit + "\n2022年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门基本情况")
    p.para("新兴街道办事处是辽宁省鞍山市铁东区人民政府的派出机关，辖区面积5.2平方公里，下辖16个社区，"
           "常住人口约7.3万人。街道内设机构6个，另设综合行政执法队，下设便民服务中心、市民活动中心和市民诉求处置"
           "中心等事业单位3个。2022年末街道在编人员148人。")
    p.heading("二、部门预算收支情况")
    p.para("（一）预算安排与调整。2022年区财政批复街道年初部门预算，年度执行中因疫情防控、老旧小区综合"
           "整治和12345热线诉求办理专项工作追加了预算。街道收入以一般公共预算财政拨款为主，另有政府性基金预算财政"
           "拨款和财政拨款结转资金。各项预算数、决算数见表1。")
    p.para("（二）预算执行进度。街道按月监控预算执行，截至2022年9月30日，全年预算支出进度为71.26%，"
           "第四季度集中支付了老旧小区综合整治工程款。")
    p.space(2)
    p.center("表1　2022年度部门预算收支执行情况", size=10.5)
    p.right("单位：万元", size=9)
    p.table([
        ["项目", "年初预算数", "调整后预算数", "决算数", "执行率"],
        ["合计", "9,862.40", "11,597.66", "11,233.08", "96.86%"],
        ["一、按资金来源", "", "", "", ""],
        ["　一般公共预算财政拨款", "9,102.40", "10,240.16", "9,905.58", E],
        ["　政府性基金预算财政拨款", "760.00", "860.00", "830.00", E],
        ["　财政拨款结转", E, "497.50", "497.50", E],
        ["二、按支出性质", "", "", "", ""],
        ["　基本支出", "4,002.10", "4,180.36", "4,126.55", E],
        ["　项目支出", "5,860.30", "7,417.30", "7,006.53", E],
        ["年末结转结余", E, E, "364.58", E],
    ], widths=[170, 80, 90, 80, 60], style="three", size=10, align=["l", "r", "r", "r", "r"])
    p.para("注：执行率＝决算数÷调整后预算数。", indent=False, size=9)
    p.heading("三、绩效目标完成情况")
    p.para("（一）诉求办理。全年受理12345市民服务热线派单12,486件，解决率95.3%，满意率96.1%，在全区"
           "街镇月度考评中多次位列前三。")
    p.para("（二）城市更新。完成5个老旧小区综合整治，惠及居民1,862户；改造背街小巷9条，新增停车位326个。")
    p.para("（三）民生保障。新建社区居家养老服务站2家，为辖区65岁以上独居老人提供巡视探访服务8,350人次；"
           "开展垃圾分类入户宣传1.6万户次，家庭厨余垃圾分出率达到18.2%。")
    p.para("（四）平安建设。开展消防安全检查2,140家次，整改火灾隐患618处，组织应急演练46场。")
    p.heading("四、自评结论")
    p.para("按照区财政局部门整体支出绩效评价指标体系，从预算编制、预算执行、履职产出、履职效益四个方面"
           "进行自评，街道2022年度部门整体支出绩效综合自评得分93.4分，评价等级为“优”。扣分的主要原因"
           "是部分项目支出进度前慢后快，年末结转结余偏多。")
    p.heading("五、存在的问题")
    p.para("（一）预算编制的精准度有待提高，年中追加预算占比较高。")
    p.para("（二）项目支出进度不均衡，第四季度支出占比偏高。")
    p.para("（三）部分绩效指标偏重数量，质量和效益指标不够细化。")
    p.heading("六、改进措施")
    p.para("（一）提前谋划年度重点工作，提高年初预算编制的完整性和精准度。")
    p.para("（二）建立项目支出进度月通报制度，对进度滞后的项目及时督办。")
    p.para("（三）完善绩效指标体系，增设可衡量的质量和效益指标。")
    p.space(8)
    p.right(unit)
    p.right("2023年4月20日")
    p.save()


# ===========================================================================
# 2. sihong-jikong-2023.pdf  (江苏 泗洪县 (county; the form names no prefecture);
#    疾病预防控制中心 under the county health commission; a BARE 项目支出绩效自评表, one page,
#    whose narrow columns make every indicator row wrap onto two lines in several cells
#    (三级指标, 年度指标值, 实际完成值, 偏差原因); planted E4: the 总分 row says 97.85, the rows
#    score 96.85)
# ===========================================================================
def doc_sihong(path: Path) -> None:
    p = Pdf(path, size=10, footer=False, margin=48)
    p.title("项目支出绩效自评表", size=16)
    p.center("（2023年度）", size=11)
    p.para("填报单位（盖章）：泗洪县疾病预防控制中心　　　　　　　　　　　　　　金额单位：万元",
           indent=False, size=9)
    rows = [
        ["项目名称", "重大传染病防控及免疫规划", "", "", "", "", "", ""],
        ["主管部门", "泗洪县卫生健康委员会", "", "", "实施单位", "泗洪县疾病预防控制中心", "", ""],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "86.00", "112.40", "109.26", "10", "97.21%", "9.72"],
        ["", "其中：当年财政拨款", "86.00", "104.40", "101.26", E, E, E],
        ["", "上年结转资金", E, "8.00", "8.00", E, E, E],
        ["", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "保持适龄儿童国家免疫规划疫苗高接种率，做好法定传染病监测报告和聚集性疫情处置，推进"
             "预防接种门诊规范化建设，降低甲乙类传染病发病水平。", "", "",
         "全年接种国家免疫规划疫苗6.82万剂次，适龄儿童报告接种率98.6%；报告法定传染病2,316例，网络"
         "直报及时率100%；规范处置聚集性疫情18起；完成7个预防接种门诊规范化改造。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "国家免疫规划疫苗接种剂次", "≥6.5万剂次", "6.82万剂次", "10", "10", ""],
        ["", "", "传染病监测哨点运行数量", "=12个", "12个", "10", "10", ""],
        ["", "质量指标", "适龄儿童国家免疫规划疫苗报告接种率", "≥95%", "98.6%", "10", "10", ""],
        ["", "", "法定传染病网络直报及时率", "100%", "100%", "5", "5", ""],
        ["", "时效指标", "聚集性疫情24小时内规范处置率", "100%", "94.4%", "10", "9",
         "1起学校聚集性疫情因节假日流调延误，已完善值班制度"],
        ["", "成本指标", "疫苗冷链运转维护成本", "≤12万元", "11.6万元", "5", "5", ""],
        ["效益指标", "社会效益指标", "甲乙类传染病报告发病率", "较上年下降", "下降6.2%", "15", "15", ""],
        ["", "可持续影响指标", "预防接种门诊规范化建设", "完成8个门诊改造", "完成7个门诊改造", "15", "13.13",
         "1个门诊因场地搬迁顺延至下年完成"],
        ["满意度指标", "服务对象满意度指标", "受种者及监护人满意度", "≥90%", "93.7%", "10", "10", ""],
        ["总分", "", "", "", "", "100", "97.85", "优"],
    ]
    merges = {
        (0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (5, 1),
        (7, 0): (2, 1), (7, 1): (1, 3), (7, 4): (1, 4), (8, 1): (1, 3), (8, 4): (1, 4),
        (10, 0): (6, 1), (10, 1): (2, 1), (12, 1): (2, 1), (16, 0): (2, 1), (19, 0): (1, 5),
    }
    p.grid(rows, [44, 50, 76, 36, 36, 26, 30, 84], merges, size=8.5,
           align=["c", "c", "l", "c", "c", "c", "c", "l"],
           centred={(2, 0), (7, 0), (10, 0), (10, 1), (12, 1), (16, 0), (19, 0)})
    p.para("填报人：王**　　联系电话：0527-86*****　　填报日期：2024年3月18日", indent=False, size=9)
    p.save()


# ===========================================================================
# 3. wucheng-gongan-2021.pdf  (浙江 金华市 婺城区; 公安分局; department; 2 pages, `- N -`
#    footer; FOOTNOTES (raised digits in the text, the notes under a short rule at the foot
#    of the page) and a framed, shaded TEXT BOX beside the conclusion that alone states the
#    score (`得分：92.5`); 上年决算数 and 增加 / 增长 for comparison; 3 of 9 projects;
#    planted E2: 预算执行率98.62% while 24,986.35 / 25,764.72 = 96.98%, against the formula
#    the report's own footnote states)
# ===========================================================================
def wucheng_furniture(p: Pdf) -> None:
    c = p.c
    notes = p.notes.get(p.page, [])
    if notes:
        y = p.m + 14 + 12 * len(notes)
        c.setLineWidth(0.5)
        c.line(p.m, y + 6, p.m + 120, y + 6)
        for n, note in enumerate(notes):
            c.setFont(p.font, 8.5)
            c.drawString(p.m, y - 6 - 12 * n, note)
    footer_dash(p)


def doc_wucheng(path: Path) -> None:
    m1, m2, m3 = MARKS
    p = Pdf(path, size=10.5, furniture=wucheng_furniture)
    p.bottom = p.m + 66
    p.note_text = {m1: "1 其他收入主要为罚没物资拍卖处置收入和银行存款利息收入。",
                   m2: "2 预算执行率＝本年支出合计÷调整后预算×100%。",
                   m3: "3 “两抢一盗”指抢劫、抢夺和盗窃案件。"}
    p.title("金华市公安局婺城分局\n2021年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门基本情况")
    p.para("金华市公安局婺城分局承担浙江省金华市婺城区辖区内的治安管理、刑事侦查、交通管理、出入境"
           "和户籍管理等职能。分局内设机构18个，下辖派出所14个，2021年末核定政法专项编制612名。")
    p.heading("二、部门预算收支情况")
    p.para("（一）预算安排。2021年分局年初预算23,618.42万元，年中因公安检查站建设和疫情防控追加预算"
           "2,146.30万元，调整后预算25,764.72万元。")
    p.para(f"（二）收入情况。本年收入合计25,764.72万元，其中：财政拨款收入24,926.42万元，其他收入182.30万元{m1}，"
           "上年结转656.00万元。")
    p.para("（三）支出情况。本年支出合计24,986.35万元，较上年决算数23,705.86万元增加1,280.49万元，增长"
           "5.40%。其中：基本支出17,642.18万元（人员经费15,210.46万元、公用经费2,431.72万元），项目支出"
           f"7,344.17万元。预算执行率98.62%{m2}，年末结转结余778.37万元。")
    p.para("（四）重点项目。分局全年实施项目9个，其中3个重点项目的执行情况为：“公安信息化建设运维”"
           "项目预算数1,860.00万元，执行数1,812.46万元，执行率97.44%；“执法办案经费”项目预算数"
           "1,420.00万元，执行数1,420.00万元，执行率100.00%；“交通管理设施维护”项目预算数986.50万元，"
           "执行数948.37万元，执行率96.13%。")
    p.heading("三、部门整体支出绩效情况")
    p.para(f"（一）打击犯罪。全年接报各类警情4.82万起，刑事案件立案2,863起，同比下降12.4%；破获刑事案件"
           f"1,946起，“两抢一盗”{m3}案件同比下降18.6%。")
    p.para("（二）交通管理。全年查处各类交通违法行为16.3万起，道路交通事故死亡人数同比下降9.1%。")
    p.para("（三）便民服务。办理户籍、出入境、车驾管等业务12.75万件，“最多跑一次”事项按时办结，群众"
           "安全感满意率达到98.36%。")
    p.heading("四、自评结论")
    p.para_beside_box(
        "对照部门整体支出绩效评价指标体系，从投入、过程、产出、效益四个维度逐项打分，分局2021年度"
        "部门整体支出绩效自评等级为“优秀”。扣分主要集中在预算调整和资产管理两个方面：年中追加预算"
        "占年初预算的9.09%，个别项目预算多次调整；部分新购执法装备未及时登记入账。",
        ["自评结论", "得分：92.5", "等级：优秀", "扣分：预算调整、资产管理"], box_w=150)
    p.heading("五、存在的问题")
    p.para("1.预算编制的前瞻性不足，年中追加和调整较多。")
    p.para("2.部分项目支出进度偏慢，资金在年末集中支付。")
    p.para("3.资产管理基础工作薄弱，新购装备登记入账不及时。")
    p.heading("六、改进措施")
    p.para("1.结合警务工作规划编制年度预算，减少年中追加。")
    p.para("2.加强预算执行动态监控，按月分析项目支出进度。")
    p.para("3.开展资产清查，落实资产购置、验收、登记的全流程管理。")
    p.space(6)
    p.right("金华市公安局婺城分局　2022年3月25日")
    p.save()


# ===========================================================================
# 4. tongjiang-qixiang-2023.pdf  (四川 巴中市 通江县; 气象局; project; 3 portrait pages,
#    `- N -` footer; page 2 carries the 项目支出绩效自评表 SIDEWAYS (a landscape table turned
#    90° on a portrait page, read from the bottom up); 年初 (县级) + 省级 下达 = 全年预算数;
#    `全年执行46.97万元`; TRAP: `执行率97.9%` for 46.97 / 48.00 = 97.85% (rounded as written);
#    four spending lines that add up; consistent)
# ===========================================================================
def tongjiang_table(p: Pdf) -> None:
    p.center("附表　2023年度项目支出绩效自评表", size=13)
    p.right("金额单位：万元", size=9)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [
        ["项目名称", "人工影响天气作业", "", "", "", "", "", ""],
        ["主管部门", "通江县气象局", "", "", "实施单位", "通江县气象局", "", ""],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "42.00", "48.00", "46.97", "10", "97.9%", "9.79"],
        ["", "其中：当年财政拨款", "42.00", "48.00", "46.97", E, E, E],
        ["", "上年结转资金", E, E, E, E, E, E],
        ["", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "适时开展人工增雨（雪）和防雹作业，完成防雹作业点标准化改造，确保作业安全，减轻冰雹和"
             "干旱灾害损失。", "", "",
         "开展人工增雨（雪）作业28次、防雹作业11次，完成2个防雹作业点标准化改造，全年无作业安全事故。",
         "", "", ""],
        head,
        ["产出指标", "数量指标", "人工增雨（雪）作业次数", "≥25次", "28次", "10", "10", ""],
        ["", "", "防雹作业点标准化改造", "2个", "2个", "10", "10", ""],
        ["", "质量指标", "作业安全事故", "0起", "0起", "10", "10", ""],
        ["", "时效指标", "作业指令响应时间", "≤30分钟", "24分钟", "10", "10", ""],
        ["", "成本指标", "单次作业平均弹药成本", "≤0.9万元", "0.86万元", "10", "10", ""],
        ["效益指标", "经济效益指标", "作业影响区农作物受灾面积", "较上年减少", "减少12.5%", "10", "10", ""],
        ["", "社会效益指标", "增雨作业区降水量增加", "≥10%", "11.8%", "10", "10", ""],
        ["", "可持续影响指标", "作业人员持证上岗率", "100%", "92%", "10", "8", "2名新进作业人员尚未取证，下年组织培训考核"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "94.5%", "10", "10", ""],
        ["总分", "", "", "", "", "100", "97.79", "优"],
    ]
    merges = {
        (0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (5, 1),
        (7, 0): (2, 1), (7, 1): (1, 3), (7, 4): (1, 4), (8, 1): (1, 3), (8, 4): (1, 4),
        (10, 0): (5, 1), (10, 1): (2, 1), (15, 0): (3, 1), (19, 0): (1, 5),
    }
    p.grid(rows, [70, 88, 150, 74, 74, 36, 40, 200], merges, size=8.5,
           align=["c", "c", "l", "c", "c", "c", "c", "l"],
           centred={(2, 0), (7, 0), (10, 0), (10, 1), (15, 0), (19, 0)})


def doc_tongjiang(path: Path) -> None:
    p = Pdf(path, size=10.5, furniture=footer_dash)
    p.title("通江县气象局\n2023年度人工影响天气作业项目支出绩效自评报告", size=15)
    p.heading("一、项目概况")
    p.para("人工影响天气作业项目由四川省巴中市通江县气象局组织实施，主要用于全县人工增雨（雪）和防雹"
           "作业的弹药购置、作业点建设、作业人员补助和设备维护。全县现有固定作业点9个、流动作业点3个，"
           "作业人员36名。")
    p.heading("二、项目资金情况")
    p.para("2023年项目年初预算42.00万元，由县级财政安排。6月，省级财政下达人工影响天气补助资金6.00万元"
           "（川财建〔2023〕88号），项目全年预算数48.00万元。")
    p.para("全年执行46.97万元，执行率97.9%，结余1.03万元结转下年继续使用。资金主要用于：火箭弹及炮弹"
           "购置24.60万元，作业点标准化改造12.80万元，作业人员补助及意外伤害保险6.37万元，作业设备年检"
           "及维护3.20万元。")
    p.heading("三、绩效目标完成情况")
    p.para("全年开展人工增雨（雪）作业28次、防雹作业11次，发射增雨防雹火箭弹146枚、炮弹820发；完成2个"
           "防雹作业点标准化改造；作业影响区降水量较自然降水增加11.8%，农作物受灾面积较上年减少12.5%。"
           "各项指标完成情况见附表。")
    p.sideways_page(tongjiang_table)
    p.heading("四、自评结论")
    p.para("对照项目支出绩效自评表逐项打分，本项目自评得分97.79分，评价等级为“优”。扣分原因是2名新进"
           "作业人员尚未取得上岗证。")
    p.heading("五、存在的问题")
    p.para("（一）部分作业点位于偏远山区，弹药运输和储存安全压力较大。")
    p.para("（二）作业人员流动性大，持证上岗率未达到目标。")
    p.heading("六、改进措施")
    p.para("（一）争取上级资金建设标准化弹药库，规范弹药运输。")
    p.para("（二）与乡镇签订作业人员聘用协议，稳定作业队伍。")
    p.para("（三）每年汛前组织作业人员集中培训和考核。")
    p.space(6)
    p.right("通江县气象局　2024年2月28日")
    p.save()


# ===========================================================================
# 5. xianning-zhiyuan-2021.pdf  (湖北 咸宁市; a 职业技术学院 under the city education
#    bureau; department; 4 pages: title and 目录 (dot leaders, page numbers) on page 1, a
#    running header and `第N页` footer from page 2; in 四、自评结论 a 部门整体支出绩效自评表
#    (决策 / 过程 / 产出 / 效益) that BREAKS ACROSS the page and REPEATS ITS HEADER ROW; planted E5: the
#    narrative's 全年支出20,178.96万元 against the table's 全年执行数20,718.96 (the figure
#    basic + project, the rate and the balance confirm))
# ===========================================================================
XIANNING_TOC = ["一、部门基本情况", "二、部门预算收支情况", "三、部门整体支出绩效情况", "四、自评结论",
                "五、存在的问题", "六、改进措施"]
XIANNING_TITLE = "咸宁职业技术学院2021年度部门整体支出绩效自评报告"


def xianning_furniture(p: Pdf) -> None:
    c = p.c
    if p.page > 1:
        c.setFont(p.font, 9)
        c.drawCentredString(p.W / 2, p.H - p.m + 8, XIANNING_TITLE)
        c.setLineWidth(0.5)
        c.line(p.m, p.H - p.m + 3, p.W - p.m, p.H - p.m + 3)
        c.setFont(p.font, 10)
        c.drawCentredString(p.W / 2, p.m - 24, f"第{p.page}页")


def xianning_body(p: Pdf, pages: dict[str, int]) -> dict[str, int]:
    found: dict[str, int] = {}

    def h(text: str):
        p.heading(text)
        found.setdefault(text, p.page)

    p.title("咸宁职业技术学院\n2021年度部门整体支出绩效自评报告", size=17)
    p.space(16)
    p.center("目　录", size=14)
    p.space(6)
    for text in XIANNING_TOC:
        number = str(pages.get(text, 0))
        room = p.cw - stringWidth(text, p.font, 11) - stringWidth(number, p.font, 11) - 8
        dots = "…" * int(room / stringWidth("…", p.font, 11))
        p.c.setFont(p.font, 11)
        p.c.drawString(p.m, p.y - 11, text + dots)
        p.c.drawRightString(p.W - p.m, p.y - 11, number)
        p.y -= 26
    p.new_page()
    h("一、部门基本情况")
    p.para("咸宁职业技术学院是湖北省咸宁市人民政府举办的全日制公办高等职业院校，主管部门为咸宁市教育局。"
           "学院设有机电工程学院、医学院、经济管理学院等8个二级学院，开设专业42个，2021年末有教职工586人。")
    h("二、部门预算收支情况")
    p.para("（一）预算安排。2021年学院年初预算18,642.50万元，年中追加2,743.74万元（主要为现代学徒制试点"
           "和实训基地建设资金），全年预算数21,386.24万元。")
    p.para("（二）收入情况。2021年收入合计21,386.24万元，其中财政拨款收入13,218.64万元，事业收入7,486.20"
           "万元，上年结转681.40万元。")
    p.para("（三）支出情况。2021年全年支出20,178.96万元，其中基本支出12,684.33万元（人员经费10,962.18万元、"
           "公用经费1,722.15万元），项目支出8,034.63万元；预算执行率96.88%，年末结转结余667.28万元。")
    h("三、部门整体支出绩效情况")
    p.para("（一）人才培养。2021年全日制在校生达到9,426人，毕业生2,865人，毕业生初次就业率92.4%，双证书"
           "获取率88.2%。")
    p.para("（二）社会服务。面向社会开展职业技能培训1.46万人次，承接退役军人、农村转移劳动力等专项培训42期。")
    p.para("（三）产教融合。新增校企合作企业12家，累计达到86家；学生在省级以上职业技能大赛中获奖14项；"
           "完成3个校内实训基地升级改造。")
    h("四、自评结论")
    p.para("根据湖北省部门整体支出绩效评价指标框架，学院从决策、过程、产出、效益四个方面进行自评，2021年度"
           "部门整体支出绩效自评得分97.89分，评价等级为“优秀”。部门整体支出绩效自评表如下。")
    p.center("2021年度部门整体支出绩效自评表", size=11)
    p.grid([
        ["部门名称", "咸宁职业技术学院", "主管部门", "咸宁市教育局"],
        ["年初预算数（万元）", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        ["18,642.50", "21,386.24", "20,718.96", "96.88%"],
    ], [120, 120, 120, 120], size=9, align=["c", "c", "c", "c"])
    p.repeating_table([
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "扣分原因"],
        ["决策", "目标设定", "绩效目标合理性", "5", "合理", "合理", "5", ""],
        ["决策", "目标设定", "绩效指标明确性", "5", "明确", "明确", "5", ""],
        ["决策", "预算编制", "预算编制科学性", "5", "科学", "较科学", "4", "年中追加预算较多"],
        ["过程", "预算执行", "预算执行率", "10", "100%", "96.88%", "9.69", ""],
        ["过程", "预算执行", "结转结余率", "5", "≤5%", "3.12%", "5", ""],
        ["过程", "资金管理", "资金使用合规性", "5", "合规", "合规", "5", ""],
        ["过程", "资产管理", "固定资产利用率", "5", "≥90%", "93.6%", "5", ""],
        ["产出", "数量", "全日制在校生规模", "8", "≥9000人", "9426人", "8", ""],
        ["产出", "数量", "社会培训人次", "6", "≥1.2万人次", "1.46万人次", "6", ""],
        ["产出", "质量", "毕业生双证书获取率", "8", "≥90%", "88.2%", "7.2", "部分专业证书考核通过率偏低"],
        ["产出", "时效", "教学任务按期完成率", "8", "100%", "100%", "8", ""],
        ["效益", "社会效益", "毕业生初次就业率", "10", "≥90%", "92.4%", "10", ""],
        ["效益", "社会效益", "省级以上技能大赛获奖", "5", "≥10项", "14项", "5", ""],
        ["效益", "可持续影响", "校企合作企业数量", "5", "≥80家", "86家", "5", ""],
        ["效益", "满意度", "学生满意度", "5", "≥90%", "91.8%", "5", ""],
        ["效益", "满意度", "用人单位满意度", "5", "≥90%", "93.5%", "5", ""],
        ["合计", "", "", "100", "", "", "97.89", ""],
    ], [46, 56, 110, 34, 60, 62, 38, 100], size=9, align=["c", "c", "l", "c", "c", "c", "c", "l"])
    h("五、存在的问题")
    p.para("（一）年中追加预算较多，预算编制的完整性有待提高。")
    p.para("（二）双证书获取率未达到年度目标，部分专业职业技能等级证书考核通过率偏低。")
    h("六、改进措施")
    p.para("（一）将可预见的专项资金全部纳入年初预算，减少年中追加。")
    p.para("（二）推进“岗课赛证”融通，强化职业技能等级证书考前培训。")
    p.para("（三）完善绩效目标动态调整机制，提高指标设置的科学性。")
    p.space(4)
    p.right("咸宁职业技术学院　2022年4月15日")
    return found


def doc_xianning(path: Path) -> None:
    fd, scratch = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        first = Pdf(Path(scratch), furniture=xianning_furniture, size=10.5, header="-")
        pages = xianning_body(first, {})
        first.save()
    finally:
        os.unlink(scratch)
    final = Pdf(path, furniture=xianning_furniture, size=10.5, header="-")
    xianning_body(final, pages)
    final.save()


# ===========================================================================
# 6. chiping-gongxiao-2020.pdf  (山东 聊城市 茌平区; 供销合作社联合社; project; 2 pages,
#    `- N -` footer; figures GROUPED WITH A SPACE (`1 286.50万元`, `12 865 000.00元`) and some
#    in FULL-WIDTH digits (`４个`, `３．６万亩`, the date); `共安排…其中…`, `项目资金由…承担`;
#    TRAP: `省级补助资金860.00万元已于…全部拨付到位` (one level only, not funds_received);
#    four spending lines that add up; the 预算执行率 as the table's last row; consistent)
# ===========================================================================
def doc_chiping(path: Path) -> None:
    p = Pdf(path, size=10.5, furniture=footer_dash)
    p.title("茌平区供销合作社联合社\n2020年度为农服务中心建设及农资储备项目支出绩效自评报告", size=14)
    p.heading("一、项目基本情况")
    p.para("为农服务中心建设及农资储备项目由山东省聊城市茌平区供销合作社联合社（以下简称区供销社）组织"
           "实施，依托基层供销社建设集农资供应、农机作业、测土配肥、粮食烘干于一体的为农服务中心，并开展"
           "化肥淡季储备，保障春耕和秋种用肥。")
    p.heading("二、项目资金情况")
    p.para("2020年共安排项目资金1 286.50万元（12 865 000.00元），其中：省级财政补助860.00万元，区级财政"
           "配套426.50万元。项目资金由省级和区级财政共同承担，区供销社统筹使用。省级补助资金860.00万元"
           "已于2020年7月全部拨付到位。")
    p.para("截至2020年12月31日，项目实际支出1 254.38万元，执行率97.50%，剩余32.12万元为1个为农服务中心的"
           "工程尾款，结转下年支付。支出明细为：为农服务中心建设补助760.00万元，化肥淡季储备贴息318.40万元，"
           "农资质量追溯系统建设128.60万元，基层社业务骨干培训47.38万元。")
    p.heading("三、绩效目标完成情况")
    p.para("全年新建为农服务中心４个（其中１个尚在收尾），为农户提供土地托管服务３．６万亩；淡季储备化肥"
           "１．２万吨，春耕期间全部投放市场；建成农资质量追溯网点162个；培训基层社业务骨干312人次，带动"
           "托管农户户均增收236元。")
    p.heading("四、绩效指标完成情况及自评结论")
    p.grid([
        ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "新建为农服务中心", "≥4个", "４个", "15", "15"],
        ["产出指标", "化肥淡季储备量", "≥1.2万吨", "１．２万吨", "15", "15"],
        ["产出指标", "农资质量追溯网点", "≥150个", "162个", "10", "10"],
        ["产出指标", "项目完工及时率", "100%", "75%", "10", "7.5"],
        ["效益指标", "土地托管服务面积", "≥3万亩", "３．６万亩", "15", "15"],
        ["效益指标", "托管农户户均增收", "≥200元", "236元", "10", "10"],
        ["效益指标", "基层社服务能力", "明显提升", "有所提升", "5", "4"],
        ["满意度指标", "服务对象满意度", "≥90%", "93.2%", "10", "10"],
        ["预算执行", "预算执行率", "100%", "97.50%", "10", "9.75"],
        ["合计", "", "", "", "100", "96.25"],
    ], [70, 140, 80, 80, 40, 40], {(10, 0): (1, 4)}, size=9.5,
        align=["c", "l", "c", "c", "c", "c"], centred={(10, 0)})
    p.para("经自评，本项目综合评分为96.25分，评价等级为“优”。扣分原因是1个为农服务中心受疫情影响未能按期"
           "完工，基层社服务能力提升还不够明显。")
    p.heading("五、存在的问题")
    p.para("（一）部分基层社自身实力较弱，为农服务中心运营能力不足。")
    p.para("（二）项目前期手续办理时间长，影响工程进度。")
    p.heading("六、下一步改进措施")
    p.para("（一）引入农业社会化服务组织参与为农服务中心运营。")
    p.para("（二）提前开展项目选址和前期手续办理。")
    p.para("（三）加强项目资金监管，确保专款专用。")
    p.space(6)
    p.right("茌平区供销合作社联合社")
    p.right("２０２１年３月１５日")
    p.save()


# ---------------------------------------------------------------------------
# Word and Excel
# ---------------------------------------------------------------------------
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=6)
new_docx, save_docx = STAMP.new_docx, STAMP.save_docx


def numbered_list(document, items: Sequence[str], num_id: int) -> None:
    """Paragraphs in Word's `List Number` style bound to numbering instance `num_id`: the
    numbers are Word's, not characters of the text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for text in items:
        paragraph = document.add_paragraph(text, style="List Number")
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
        ilvl.set(qn("w:val"), "0")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.insert(1, numpr)


def restarting_num(document, abstract_id: int, num_id: int) -> None:
    """A numbering instance of `abstract_id` that starts again at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), str(abstract_id))
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(abstract)
    num.append(override)
    numbering.append(num)


# ===========================================================================
# 7. gansu-tushuguan-2022.docx  (甘肃; 甘肃省图书馆 (a provincial unit); department; bold-line
#    headings; 存在的问题 and 改进措施 as WORD NUMBERED LISTS (the numbers are list numbering,
#    not text; the second list restarts at 1); a project table whose FIRST COLUMN (项目类别)
#    IS MERGED over 4, 3 and 2 rows, with a 合计 row; complete list (adds up to 项目支出);
#    planted E6: “古籍保护与修复” 312.00 / 296.40 with 执行率98.50% (= 95.00%))
# ===========================================================================
def doc_gansu(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "甘肃省图书馆", 18)
    office.centred_title(d, "2022年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门（单位）基本情况", indent=24)
    para(d, "甘肃省图书馆是甘肃省文化和旅游厅所属的公益一类事业单位，承担文献资源收藏、公共阅读服务、"
            "古籍保护和全省公共图书馆业务指导等职能。馆内设办公室、采编部、读者服务部、古籍部、数字资源部"
            "等15个部门，2022年末在职职工206人。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, "（一）预算情况。2022年年初预算8,426.80万元，年中追加736.72万元，调整后预算9,163.52万元。")
    para(d, "（二）收入情况。本年收入合计9,163.52万元，其中财政拨款收入8,862.32万元，事业收入96.40万元，"
            "上年结转204.80万元。")
    para(d, "（三）支出情况。本年支出合计8,915.46万元，其中基本支出5,726.38万元（人员经费4,892.64万元、公用"
            "经费833.74万元），项目支出3,189.08万元。预算执行率97.29%，年末结转结余248.06万元。")
    para(d, "（四）项目支出情况。全年实施项目9个，各项目预算数、执行数及执行率见表1。")
    office.aligned(d, "表1　2022年度项目支出执行情况", "center")
    rows = [
        ["项目类别", "项目名称", "预算数（万元）", "执行数（万元）", "执行率"],
        ["公共文化服务", "免费开放补助", "420.00", "420.00", "100.00%"],
        ["公共文化服务", "全民阅读推广活动", "186.00", "181.52", "97.59%"],
        ["公共文化服务", "流动图书馆及基层服务点建设", "260.00", "248.36", "95.52%"],
        ["公共文化服务", "古籍保护与修复", "312.00", "296.40", "98.50%"],
        ["文献资源建设", "纸质文献购置", "860.00", "852.16", "99.09%"],
        ["文献资源建设", "数字资源采购", "540.00", "531.90", "98.50%"],
        ["文献资源建设", "地方文献征集", "96.00", "88.32", "92.00%"],
        ["设施运行保障", "馆舍物业及安保", "418.00", "410.62", "98.23%"],
        ["设施运行保障", "智慧图书馆平台运维", "176.00", "159.80", "90.80%"],
        ["合计", "合计", "3,268.00", "3,189.08", "97.59%"],
    ]
    table(d, rows, [((1, 0), (4, 0)), ((5, 0), (7, 0)), ((8, 0), (9, 0)), ((10, 0), (10, 1))])
    office.bold_line(d, "三、部门整体支出绩效情况", indent=24)
    para(d, "全年接待读者186.4万人次，外借文献92.6万册次；举办讲座、展览、培训等阅读推广活动312场；修复"
            "破损古籍1,260叶；新增馆藏纸质文献8.2万册；新建流动图书馆服务点26个，服务范围覆盖全省14个市州。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "对照部门整体支出绩效评价指标体系，我馆2022年度部门整体支出绩效自评得分95.8分，自评等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    restarting_num(d, 7, 20)
    restarting_num(d, 7, 21)
    numbered_list(d, ["部分项目预算执行进度偏慢，智慧图书馆平台运维项目执行率偏低。",
                      "古籍修复专业人才不足，修复任务主要依靠外聘人员完成。",
                      "绩效目标设定偏重产出数量，服务效益指标不够细化。"], 20)
    office.bold_line(d, "六、改进措施", indent=24)
    numbered_list(d, ["加强项目前期论证，细化实施计划，按月跟踪执行进度。",
                      "通过公开招聘和合作培养，充实古籍修复专业队伍。",
                      "完善绩效指标体系，增加读者满意度、资源利用率等效益指标。",
                      "强化预算执行与绩效目标“双监控”，及时纠正偏差。"], 21)
    office.aligned(d, "甘肃省图书馆", "right")
    office.aligned(d, "2023年5月10日", "right")
    save_docx(d, path)


# ---------------------------------------------------------------------------
# Excel: formula cells with their cached values
# ---------------------------------------------------------------------------
def cache_formulas(data: bytes, sheet: str, cached: dict[str, float | str]) -> bytes:
    """The workbook `data` with each formula cell of `sheet` (`xl/worksheets/sheetN.xml`)
    given the cached value Excel would have stored (openpyxl writes an empty `<v/>`)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == sheet:
                xml = payload.decode("utf-8")
                for ref, value in cached.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>|<c r="{ref}"([^>]*)><f>(.*?)</f><v></v>')
                    m = pattern.search(xml)
                    if m is None:
                        raise ValueError(f"no formula cell {ref}")
                    attrs = (m.group(1) if m.group(1) is not None else m.group(3)) or ""
                    formula = m.group(2) if m.group(2) is not None else m.group(4)
                    attrs = re.sub(r'\s*t="[^"]*"', "", attrs)
                    if isinstance(value, str):
                        new = f'<c r="{ref}"{attrs} t="str"><f>{formula}</f><v>{value}</v>'
                    else:
                        new = f'<c r="{ref}"{attrs}><f>{formula}</f><v>{value!r}</v>'
                    xml = xml[:m.start()] + new + xml[m.end():]
                payload = xml.encode("utf-8")
            dst.writestr(info, payload)
    return out.getvalue()


def save_xlsx(workbook, path: Path, cached: dict[str, dict[str, float | str]] | None = None) -> None:
    office.set_core(workbook.properties, creator=STAMP.author, lastModifiedBy=STAMP.author,
                    created=STAMP.when, modified=STAMP.when)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    for sheet, values in (cached or {}).items():
        data = cache_formulas(data, sheet, values)
    path.write_bytes(office.stable_zip(data, STAMP.when, external_attr=0o644 << 16))


# ===========================================================================
# 8. jiangle-linchang-2024.xlsx  (福建; 福建省将乐国有林场 (a provincial forest farm);
#    project; a bare form whose totals are FORMULAS with CACHED VALUES (年度资金总额 =
#    SUM of the 其中 rows, 执行率 = 执行数 / 全年预算数 formatted 0.00%, 得分 = ROUND(分值 ×
#    执行率), 总分 = SUM, a 评价结论 block whose 自评得分 / 自评等级 cells are formulas too);
#    中央 / 省级 / 单位资金 rows; consistent)
# ===========================================================================
def doc_jiangle(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    for col, width in zip("ABCDEFGH", (14, 20, 26, 16, 16, 12, 12, 26), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="H1", center=True, size=16, border=False)
    xl_put(ws, "A2", "（2024年度）", merge_to="H2", center=True, border=False)
    xl_put(ws, "A3", "单位：万元", merge_to="H3", border=False)
    xl_put(ws, "A4", "项目名称", center=True)
    xl_put(ws, "B4", "森林抚育及林区道路维护", merge_to="H4")
    xl_put(ws, "A5", "主管部门", center=True)
    xl_put(ws, "B5", "福建省林业局", merge_to="D5")
    xl_put(ws, "E5", "实施单位", center=True)
    xl_put(ws, "F5", "福建省将乐国有林场", merge_to="H5")
    xl_put(ws, "A6", "项目资金", merge_to="A10", center=True)
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                         strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    xl_put(ws, "B7", "年度资金总额")
    for col in "CDE":
        xl_put(ws, f"{col}7", f"=SUM({col}8:{col}10)", fmt="0.00")
    xl_put(ws, "F7", 10, center=True)
    xl_put(ws, "G7", "=E7/D7", fmt="0.00%", center=True)
    xl_put(ws, "H7", "=ROUND(F7*G7,2)", fmt="0.00", center=True)
    money = [("其中：中央资金", E, 12.0, 12.0), ("省级资金", 80.0, 80.0, 78.46), ("单位资金", 48.0, 54.5, 51.9)]
    for r, (label, ini, adj, exe) in enumerate(money, start=8):
        xl_put(ws, f"B{r}", label)
        for col, v in (("C", ini), ("D", adj), ("E", exe)):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=not isinstance(v, float))
        for col in "FGH":
            xl_put(ws, f"{col}{r}", E, center=True)
    xl_put(ws, "A11", "年度总体目标", merge_to="A12", center=True)
    xl_put(ws, "B11", "预期目标", merge_to="D11", center=True)
    xl_put(ws, "E11", "实际完成情况", merge_to="H11", center=True)
    xl_put(ws, "B12", "完成森林抚育1.2万亩以上，维护林区道路35公里以上，抚育作业质量达标，全年不发生森林火灾，"
                      "带动林区群众就近务工。", merge_to="D12")
    xl_put(ws, "E12", "全年完成森林抚育1.26万亩，维护林区道路36.5公里，抚育作业验收合格率97.8%，带动林区群众务工"
                      "3,260人次，全年未发生森林火灾。", merge_to="H12")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}13", head, center=True, bold=True)
    inds = [
        ("产出指标", "数量指标", "森林抚育面积", "≥1.2万亩", "1.26万亩", 10, 10, ""),
        ("产出指标", "数量指标", "林区道路维护里程", "≥35公里", "36.5公里", 10, 10, ""),
        ("产出指标", "质量指标", "抚育作业验收合格率", "≥95%", "97.8%", 10, 10, ""),
        ("产出指标", "时效指标", "抚育作业完成时间", "2024年11月底前", "2024年11月20日", 5, 5, ""),
        ("产出指标", "成本指标", "亩均抚育成本", "≤85元", "82.6元", 5, 5, ""),
        ("效益指标", "生态效益指标", "林场森林覆盖率", "≥88%", "88.3%", 15, 15, ""),
        ("效益指标", "社会效益指标", "带动林区群众务工", "≥3000人次", "3260人次", 10, 10, ""),
        ("效益指标", "可持续影响指标", "森林火灾发生次数", "0次", "0次", 15, 15, ""),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "88.5%", 10, "=ROUND(88.5/90*F22,2)",
         "部分村民对道路维护进度有意见，下年提前公示计划"),
    ]
    for r, row in enumerate(inds, start=14):
        for col, value in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "AFG", fmt="0.00" if col == "G" and isinstance(value, str)
                   else None)
    ws.merge_cells("A14:A18")
    ws.merge_cells("B14:B15")
    ws.merge_cells("A19:A21")
    xl_put(ws, "A23", "总分", merge_to="E23", center=True)
    xl_put(ws, "F23", "=F7+SUM(F14:F22)", center=True)
    xl_put(ws, "G23", "=H7+SUM(G14:G22)", fmt="0.00", center=True)
    xl_put(ws, "H23", '=IF(G23>=90,"优",IF(G23>=80,"良",IF(G23>=60,"中","差")))', center=True)
    xl_put(ws, "A25", "评价结论", merge_to="H25", center=True, bold=True)
    xl_put(ws, "A26", "自评得分", merge_to="B26", center=True)
    xl_put(ws, "C26", "=G23", fmt="0.00", center=True)
    xl_put(ws, "D26", "自评等级", center=True)
    xl_put(ws, "E26", "=H23", center=True)
    xl_put(ws, "F26", "", merge_to="H26")
    xl_put(ws, "A27", "评价意见", merge_to="B27", center=True)
    xl_put(ws, "C27", "项目资金使用规范，年度目标基本完成；周边群众满意度略低于目标值。", merge_to="H27")
    xl_put(ws, "A29", "填报人：林**　　联系电话：0598-22*****　　填报日期：2025年2月26日", merge_to="H29",
           border=False)
    cached = {"C7": 128.0, "D7": 146.5, "E7": 142.36, "G7": 142.36 / 146.5, "H7": 9.72, "G22": 9.83,
              "F23": 100, "G23": 99.55, "H23": "优", "C26": 99.55, "E26": "优"}
    save_xlsx(wb, path, {"xl/worksheets/sheet1.xml": cached})


# ===========================================================================
# 9. huoqiu-wenhuaguan-2019.xlsx  (安徽 霍邱县 (county; the form names no prefecture);
#    文化馆; a bare 部门整体支出绩效自评表 in 万元 with a HIDDEN COLUMN (上年执行数);
#    TRAP: its own grading scale (优秀 from 85) that the score 88.77 and the grade 优秀 follow
#    (the national bands would say 良); TRAP: spending 216.02 above the year's appropriation
#    203.16, explained in a 说明 row by the 上年结转 18.60; consistent)
# ===========================================================================
def doc_huoqiu(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, width in zip("ABCDEFGHI", (14, 18, 24, 14, 14, 14, 12, 12, 22), strict=True):
        ws.column_dimensions[col].width = width
    ws.column_dimensions["F"].hidden = True
    xl_put(ws, "A1", "部门整体支出绩效自评表", bold=True, merge_to="I1", center=True, size=16, border=False)
    xl_put(ws, "A2", "（2019年度）", merge_to="I2", center=True, border=False)
    xl_put(ws, "A3", "金额单位：万元", merge_to="I3", border=False)
    xl_put(ws, "A4", "部门（单位）名称", merge_to="B4", center=True)
    xl_put(ws, "C4", "霍邱县文化馆", merge_to="E4")
    xl_put(ws, "G4", "主管部门", center=True)
    xl_put(ws, "H4", "霍邱县文化和旅游局", merge_to="I4")
    xl_put(ws, "A5", "年度预算申请", merge_to="A11", center=True)
    for col, head in zip("BCDEFGHI", ("", "年初预算数", "全年预算数", "全年执行数", "上年执行数", "分值", "执行率",
                                      "得分"), strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    money = [
        ("年度资金总额", 186.4, 221.76, 216.02, 198.35, 10, "97.41%", 9.74),
        ("其中：当年财政拨款", 186.4, 203.16, 197.42, 184.1, E, E, E),
        ("上年结转资金", E, 18.6, 18.6, 14.25, E, E, E),
        ("其他资金", E, E, E, E, E, E, E),
        ("按支出性质分：基本支出", E, E, 148.36, 139.8, E, E, E),
        ("项目支出", E, E, 67.66, 58.55, E, E, E),
    ]
    for r, row in enumerate(money, start=6):
        for col, value in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", value, fmt="0.00" if isinstance(value, float) else None,
                   center=not isinstance(value, float))
    xl_put(ws, "A12", "说明", center=True)
    xl_put(ws, "B12", "全年执行数216.02万元高于当年财政拨款全年预算数203.16万元，原因是使用了上年结转的"
                      "非遗保护专项资金18.60万元。", merge_to="I12")
    xl_put(ws, "A13", "年度总体目标", merge_to="A14", center=True)
    xl_put(ws, "B13", "预期目标", merge_to="D13", center=True)
    xl_put(ws, "E13", "实际完成情况", merge_to="I13", center=True)
    xl_put(ws, "B14", "开展公益性文艺演出和免费艺术培训，指导乡镇文化站业务，做好非遗项目保护传承，丰富"
                      "群众文化生活。", merge_to="D14")
    xl_put(ws, "E14", "全年举办公益性文艺演出46场，开展免费艺术培训128期，指导乡镇文化站业务32站次，群众文化"
                      "活动参与6.2万人次；非遗项目建档率72%，组建文艺骨干队伍18支。", merge_to="I14")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "", "分值", "得分", "偏差原因分析")
    for col, head in zip("ABCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}15", head, center=True, bold=True)
    inds = [
        ("产出指标", "数量指标", "公益性文艺演出场次", "≥40场", "46场", 10, 10, ""),
        ("产出指标", "数量指标", "免费艺术培训期数", "≥120期", "128期", 10, 10, ""),
        ("产出指标", "数量指标", "指导乡镇文化站业务", "≥30站次", "32站次", 5, 5, ""),
        ("产出指标", "质量指标", "非遗项目档案建档率", "100%", "72%", 10, 7.2, "部分非遗传承人资料收集困难"),
        ("产出指标", "时效指标", "“送文化下乡”按期完成率", "100%", "100%", 5, 5, ""),
        ("产出指标", "成本指标", "场均演出成本", "≤1.2万元", "1.15万元", 10, 10, ""),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥8万人次", "6.2万人次", 15, 11.63, "部分活动改为线上"),
        ("效益指标", "可持续影响指标", "文艺骨干队伍数量", "≥25支", "18支", 10, 7.2, "乡镇队伍组建进度慢"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "78%", 15, 13, "活动形式较单一"),
    ]
    for r, (l1, l2, name, target, actual, weight, score, note) in enumerate(inds, start=16):
        for col, value in zip("ABCDEGHI", (l1, l2, name, target, actual, weight, score, note), strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "ABGH")
        xl_put(ws, f"F{r}", None)
    ws.merge_cells("A16:A21")
    ws.merge_cells("B16:B18")
    ws.merge_cells("A22:A23")
    xl_put(ws, "A25", "总分", merge_to="F25", center=True)
    xl_put(ws, "G25", 100, center=True)
    xl_put(ws, "H25", 88.77, fmt="0.00", center=True)
    xl_put(ws, "I25", "自评等级：优秀", center=True)
    xl_put(ws, "A26", "评分说明", center=True)
    xl_put(ws, "B26", "总分85分（含）以上为优秀，75分（含）至85分为良好，60分（含）至75分为合格，60分以下为不合格。",
           merge_to="I26")
    xl_put(ws, "A28", "填报人：张**　　审核人：李**　　填报日期：2020年3月16日", merge_to="I28", border=False)
    save_xlsx(wb, path)


# ===========================================================================
# 10. wuyuan-rongmei-2022.html  (江西 上饶市 婺源县; 融媒体中心; project; a county-site page
#    (长者模式 / 无障碍 bar, nav, 当前位置, a 发布时间 / 来源 / 浏览次数 line, 相关附件,
#    `扫一扫在手机打开当前页`, footer) whose report carries an HTML 项目支出绩效自评表 with
#    rowspan / colspan and <th> cells; 资金到位率 and 资金使用率; TRAP: `项目资金由县级财政
#    承担150.00万元` in one paragraph, the 中央 36.00 in a later one (together the 186.00);
#    grade 良好; consistent)
# ===========================================================================
def wuyuan_html() -> str:
    def td(text: str, attrs: str = "") -> str:
        return f"<td{attrs}>{text}</td>"

    rows = [
        "<tr><th colspan=\"2\">项目名称</th><td colspan=\"6\">应急广播体系建设</td></tr>",
        "<tr><th colspan=\"2\">主管部门</th><td colspan=\"2\">婺源县融媒体中心</td><th>实施单位</th>"
        "<td colspan=\"3\">婺源县融媒体中心</td></tr>",
        "<tr><th rowspan=\"5\">项目资金<br>（万元）</th><th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th>"
        "<th>分值</th><th>执行率</th><th>得分</th></tr>",
        "<tr><td>年度资金总额</td><td>150.00</td><td>186.00</td><td>179.43</td><td>10</td><td>96.47%</td><td>9.65</td></tr>",
        "<tr><td>其中：当年财政拨款</td><td>150.00</td><td>186.00</td><td>179.43</td><td>—</td><td>—</td><td>—</td></tr>",
        "<tr><td>上年结转资金</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>",
        "<tr><td>其他资金</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>",
        "<tr><th rowspan=\"2\">年度总体目标</th><th colspan=\"3\">预期目标</th><th colspan=\"4\">实际完成情况</th></tr>",
        "<tr><td colspan=\"3\">升级县级应急广播平台，新建（改造）村级应急广播终端，实现行政村应急广播全覆盖，"
        "预警信息及时发布到村到户。</td><td colspan=\"4\">完成县级平台升级，新建（改造）村级终端172套，配置乡镇"
        "适配器16个，行政村应急广播覆盖率100%。</td></tr>",
        "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
        "<th>得分</th><th>偏差原因分析及改进措施</th></tr>",
    ]
    inds = [
        ("产出指标", 5, "数量指标", 2, "新建（改造）村级应急广播终端", "≥160套", "172套", "10", "10", ""),
        (None, 0, None, 0, "乡镇应急广播适配器", "16个", "16个", "10", "10", ""),
        (None, 0, "质量指标", 1, "终端设备在线率", "≥98%", "96.8%", "10", "8.5", "部分山区终端信号不稳定"),
        (None, 0, "时效指标", 1, "项目完工时间", "2022年10月底前", "2022年11月15日", "10", "6", "设备到货延迟，完工推迟半个月"),
        (None, 0, "成本指标", 1, "单套终端采购成本", "≤0.6万元", "0.57万元", "10", "10", ""),
        ("效益指标", 2, "社会效益指标", 1, "应急广播行政村覆盖率", "100%", "100%", "15", "15", ""),
        (None, 0, "可持续影响指标", 1, "运维管护机制", "建立", "初步建立", "10", "6", "村级管护员队伍尚未配齐"),
        ("满意度指标", 1, "服务对象满意度指标", 1, "群众满意度", "≥95%", "89.2%", "15", "14.08", "部分终端音量调校不当"),
    ]
    for l1, s1, l2, s2, name, target, actual, weight, score, note in inds:
        cells = []
        if l1:
            cells.append(td(l1, f" rowspan=\"{s1}\"" if s1 > 1 else ""))
        if l2:
            cells.append(td(l2, f" rowspan=\"{s2}\"" if s2 > 1 else ""))
        cells += [td(name), td(target), td(actual), td(weight), td(score), td(note)]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("<tr><th colspan=\"5\">总分</th><td>100</td><td>89.23</td><td>良好</td></tr>")
    tablehtml = ("<table class=\"zpb\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                 "<caption>项目支出绩效自评表（2022年度）</caption>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
    paras = [
        "一、项目基本情况",
        "应急广播体系建设项目由江西省上饶市婺源县融媒体中心组织实施，主要内容是升级县级应急广播平台，在全县"
        "乡镇和行政村布设应急广播终端，实现预警信息快速发布和日常政策宣传“村村响”。",
        "二、项目资金投入和使用情况",
        "2022年，项目年初预算150.00万元，全年预算数186.00万元。项目资金由县级财政承担150.00万元，已纳入县级"
        "年初预算（婺财行〔2022〕26号）。",
        "资金使用方面，8月中央财政下达公共文化服务体系建设补助资金36.00万元，专项用于乡镇应急广播适配器购置"
        "和传输线路改造。截至2022年12月31日，项目资金到位186.00万元，资金到位率100%；实际支出179.43万元，"
        "资金使用率96.47%；结余6.57万元已收回县财政。",
        "支出明细为：县级应急广播平台升级62.40万元，村级应急广播终端采购安装98.63万元，乡镇适配器购置及传输"
        "线路改造18.40万元。",
        "三、项目绩效情况",
        "全年新建（改造）村级应急广播终端172套，配置乡镇应急广播适配器16个，终端设备在线率96.8%；全年通过"
        "应急广播发布气象预警、防汛防火等信息1,362条次，群众满意度89.2%。各项指标完成情况见下表。",
    ]
    tail = [
        "四、自评结论",
        "本项目自评得分89.23分，评价等级为“良好”。扣分原因：项目完工时间较计划推迟半个月，终端设备在线率、"
        "群众满意度未达到年度目标，运维管护机制尚不健全。",
        "五、存在的问题",
        "1.部分山区行政村终端信号不稳定，设备在线率偏低。",
        "2.村级管护员队伍尚未配齐，设备日常维护不及时。",
        "六、下一步改进措施",
        "1.对信号薄弱区域加装中继设备，提高终端在线率。",
        "2.落实村级管护员，建立终端设备巡检台账。",
        "3.加强项目进度管理，督促供货商按期交货。",
    ]

    def ps(items: Sequence[str]) -> str:
        out = []
        for text in items:
            if re.match(r"^[一二三四五六]、", text):
                out.append(f"<p style=\"text-indent:2em;\"><strong>{text}</strong></p>")
            else:
                out.append(f"<p style=\"text-indent:2em;\">{text}</p>")
        return "\n".join(out)

    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>婺源县融媒体中心2022年度应急广播体系建设项目支出绩效自评报告-婺源县人民政府</title>
<meta name="ArticleTitle" content="婺源县融媒体中心2022年度应急广播体系建设项目支出绩效自评报告">
<meta name="PubDate" content="2023-04-18 10:26">
<link rel="stylesheet" href="/static/css/common.css">
</head>
<body>
<div class="toolbar"><div class="w1200"><span class="fl">欢迎访问婺源县人民政府网站</span><span class="fr"><a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">繁體</a> | <a href="#">智能问答</a></span></div></div>
<div class="head"><div class="logo"><img src="/static/img/logo.png" alt="婺源县人民政府"></div><form class="sch"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>
<ul class="navbar"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjwy/">走进婺源</a></li></ul>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 预算绩效</div>
<div class="art">
<h1 class="art-title">婺源县融媒体中心2022年度应急广播体系建设项目支出绩效自评报告</h1>
<div class="art-info"><span>发布时间：2023-04-18 10:26</span><span>来源：县融媒体中心</span><span>浏览次数：<em id="hits">207</em></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="art-con" id="zoom">
{ps(paras)}
{tablehtml}
{ps(tail)}
<p style="text-align:right;">婺源县融媒体中心</p>
<p style="text-align:right;">2023年3月30日</p>
</div>
<div class="art-attach">相关附件：<a href="/uploadfile/2023/0418/wyrmt2022zp.pdf">2022年度应急广播体系建设项目支出绩效自评表.pdf</a></div>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a> <span class="qr">扫一扫在手机打开当前页</span></div>
</div>
</div>
<div class="foot"><p>主办单位：婺源县人民政府办公室　承办单位：婺源县政务服务中心</p>
<p>赣ICP备05003961号-1　赣公网安备36113002000108号　网站标识码：3611300006</p></div>
</body>
</html>
"""


# ===========================================================================
# 11. zhaoyuan-laoganbu-2020.html  (黑龙江 大庆市 肇源县; 中共…县委老干部局; department;
#    a county-site page whose report was pasted from a PDF: EVERY PRINTED LINE IS ITS OWN
#    <p> (sentences and words cut mid-way, figures kept whole); planted E3: bands stated in
#    the report (优秀 from 95, 良好 85 to 95), score 93.2 graded “优秀”)
# ===========================================================================
ZHAOYUAN_PARAS = [
    ("title", "中共肇源县委老干部局"),
    ("title", "2020年度部门整体支出绩效自评报告"),
    ("h", "一、部门基本情况"),
    ("p", "中共肇源县委老干部局是县委主管离退休干部工作的职能部门，负责全县离退休干部政治待遇、生活待遇的"
          "落实和管理服务工作，下设老干部活动中心和老年大学。2020年末全县有离退休干部1,146人，本局在编"
          "人员12人。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2020年，黑龙江省大庆市肇源县财政局批复我局年初预算286.40万元，年中追加48.36万元，全年预算数"
          "334.76万元。全年收入合计334.76万元，其中一般公共预算财政拨款收入322.76万元、上年结转12.00万元。"),
    ("p", "全年支出合计326.18万元，其中基本支出221.54万元（人员经费186.32万元、公用经费35.22万元），项目"
          "支出104.64万元，主要用于离退休干部活动、老年大学办学和走访慰问；预算执行率97.44%，年末结转结余"
          "8.58万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年走访慰问离退休干部1,286人次，为患病住院老干部送医送药及帮扶86人次；老年大学开设书法、声乐、"
          "智能手机应用等课程18门，招收学员640人；组织老干部参观学习和文体活动12次，征集老干部建言献策"
          "材料35篇。"),
    ("h", "四、自评结论"),
    ("p", "根据县财政局印发的评价办法，部门整体支出绩效评价结果分为四个等级：综合得分95分（含）以上为优秀，"
          "85分（含）至95分为良好，70分（含）至85分为合格，70分以下为不合格。经自评，我局2020年度部门整体"
          "支出绩效综合得分93.2分，评价等级为“优秀”。"),
    ("h", "五、存在的问题"),
    ("p", "一是部分项目预算编制较粗，年中追加较多；二是老年大学教学场地不足，部分课程报名人数超过容量。"),
    ("h", "六、改进措施"),
    ("p", "1.细化项目预算编制，提高年初预算的准确性。"),
    ("p", "2.协调盘活闲置场地，扩大老年大学办学规模。"),
    ("p", "3.建立支出进度按月分析制度，提高资金使用效益。"),
    ("sign", "中共肇源县委老干部局"),
    ("sign", "2021年3月30日"),
]


def zhaoyuan_lines(text: str, width: int = 68, first_indent: int = 4) -> list[str]:
    """A paragraph cut into printed lines of `width` half-width columns (CJK characters count
    two; the first line is shorter by its indent), as a PDF pasted into a web editor leaves it.
    As in the PDF, a figure is never cut: a run of digits stays on one line."""
    tokens = re.findall(r"[0-9A-Za-z.,%]+|.", text)
    lines, cur, used, room = [], "", 0, width - first_indent
    for tok in tokens:
        w = len(tok) if tok.isascii() else 2 * len(tok)
        if used + w > room and cur:
            lines.append(cur)
            cur, used, room = "", 0, width
        cur += tok
        used += w
    if cur:
        lines.append(cur)
    return lines


def zhaoyuan_html() -> str:
    body = []
    for kind, text in ZHAOYUAN_PARAS:
        if kind == "title":
            body.append(f"<p style=\"text-align:center;\"><strong>{text}</strong></p>")
        elif kind == "h":
            body.append(f"<p>　　{text}</p>")
        elif kind == "sign":
            body.append(f"<p style=\"text-align:right;\">{text}</p>")
        else:
            for n, line in enumerate(zhaoyuan_lines(text)):
                body.append(f"<p>{'　　' if n == 0 else ''}{line}</p>")
        if kind == "p":
            body.append("<p>&nbsp;</p>")
    content = "\n".join(body)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>中共肇源县委老干部局2020年度部门整体支出绩效自评报告 - 肇源县人民政府</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><a href="#">肇源县人民政府</a> | <a href="#">大庆市人民政府</a> | <a href="#">黑龙江省人民政府</a></div>
<div id="banner"><img src="/images/banner.jpg" width="1000" height="160" alt="" /></div>
<div id="menu"><a href="/">首　页</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/zmhd/">政民互动</a><a href="/zjzy/">走进肇源</a></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/czzj/">财政资金</a></td></tr>
<tr><td class="biaoti" align="center"><h2>中共肇源县委老干部局2020年度部门整体支出绩效自评报告</h2></td></tr>
<tr><td class="shuxing" align="center">发布日期：2021-04-09　　作者：县委老干部局　　点击：<span id="count">143</span></td></tr>
<tr><td class="zhengwen">
<div id="zoom">
{content}
</div>
</td></tr>
<tr><td align="right"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></td></tr>
</table>
<div id="footer">版权所有：肇源县人民政府　主办：肇源县人民政府办公室<br />黑ICP备06002489号　网站标识码：2306220001</div>
</body>
</html>
"""


# ===========================================================================
# 12. yulong-hongshihui-2018.txt  (云南 丽江市 玉龙纳西族自治县 (自治县); 红十字会; project;
#    UTF-8 with a BOM and CRLF line ends; tables as TAB-SEPARATED lines; TRAP: spending 27.37
#    above the year's appropriation 24.00, explained by the 上年结转 5.00; TRAP: `预算执行率
#    94.3%` for 27.37 / 29.00 = 94.38% (cut, not rounded); grade `合格` for 79.61 under the
#    bands the report states; consistent)
# ===========================================================================
def yulong_text() -> str:
    ind = "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    rows = [
        ["产出指标", "数量指标", "应急救护普及培训人数", "≥3000人", "2160人", "15", "10.8"],
        ["产出指标", "数量指标", "红十字救护员持证培训人数", "≥300人", "186人", "10", "6.2"],
        ["产出指标", "数量指标", "人道救助困难家庭", "≥120户", "134户", "10", "10"],
        ["产出指标", "质量指标", "救护员培训考核合格率", "≥90%", "91.4%", "10", "10"],
        ["产出指标", "时效指标", "救助款物发放及时率", "100%", "100%", "5", "5"],
        ["效益指标", "社会效益指标", "群众自救互救能力", "明显提升", "有所提升", "15", "9"],
        ["效益指标", "可持续影响指标", "博爱家园示范点", "2个", "1个", "10", "5"],
        ["满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", "85%", "15", "14.17"],
        ["预算执行", "预算执行", "预算执行率", "100%", "94.3%", "10", "9.44"],
        ["合计", "", "", "", "", "100", "79.61"],
    ]
    table_text = ind + "\n" + "\n".join("\t".join(r) for r in rows)
    return f"""玉龙纳西族自治县红十字会
2018年度应急救护培训及人道救助项目支出绩效自评报告

一、项目概况
应急救护培训及人道救助项目由云南省丽江市玉龙纳西族自治县红十字会组织实施，面向机关、学校、景区从业人员和村（社区）群众开展应急救护培训，对遭受灾害和意外的困难家庭实施人道救助，并推进博爱家园示范点建设。

二、项目资金情况
2018年项目全年预算数29.00万元，其中当年财政拨款24.00万元，上年结转资金5.00万元。全年实际支出27.37万元，预算执行率94.3%，年末结转1.63万元。实际支出超出当年财政拨款3.37万元，原因是使用了上年结转资金。
支出明细：应急救护培训12.60万元，人道救助10.85万元，无偿献血和造血干细胞捐献宣传1.72万元，博爱家园示范点建设2.20万元。

三、绩效目标完成情况
全年举办应急救护普及培训48期，培训2,160人；培训红十字救护员186人，考核合格率91.4%；对134户遭受火灾、洪涝等灾害的困难家庭发放救助款物；建成博爱家园示范点1个。各项指标完成情况如下：

{table_text}

四、自评结论
按照县财政局项目支出绩效评价办法，评价结果分为优秀（90分以上）、良好（80—89分）、合格（60—79分）和不合格（60分以下）。本项目自评得分79.61分，评价等级为“合格”。扣分原因：应急救护普及培训和救护员持证培训人数未达到年度目标，博爱家园示范点只建成1个。

五、存在的问题
（1）培训师资不足，全县只有8名持证师资，培训覆盖面不够。
（2）部分乡镇对应急救护培训重视不够，组织参训人员困难。
（3）博爱家园示范点选址变更，建设进度滞后。

六、改进措施
（1）与县卫生健康局、教育体育局联合开展培训，扩充师资队伍。
（2）提前确定博爱家园示范点选址，落实项目建设责任。

玉龙纳西族自治县红十字会
2019年3月22日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "tiedong-xinxing-2022.pdf": doc_xinxing,
        "sihong-jikong-2023.pdf": doc_sihong,
        "wucheng-gongan-2021.pdf": doc_wucheng,
        "tongjiang-qixiang-2023.pdf": doc_tongjiang,
        "xianning-zhiyuan-2021.pdf": doc_xianning,
        "chiping-gongxiao-2020.pdf": doc_chiping,
        "gansu-tushuguan-2022.docx": doc_gansu,
        "jiangle-linchang-2024.xlsx": doc_jiangle,
        "huoqiu-wenhuaguan-2019.xlsx": doc_huoqiu,
        "wuyuan-rongmei-2022.html": lambda p: write_text(p, wuyuan_html()),
        "zhaoyuan-laoganbu-2020.html": lambda p: write_text(p, zhaoyuan_html()),
        "yulong-hongshihui-2018.txt": lambda p: write_text(p, "\ufeff" + yulong_text(), newline="\r\n"),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
