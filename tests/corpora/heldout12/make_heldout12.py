#!/usr/bin/env python3
"""Regenerate the heldout12 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout12/make_heldout12.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability comes from tests/corpora/builder: reportlab runs in invariant mode with
WenQuanYi Zen Hei embedded; DOCX/XLSX are re-zipped with a fixed entry date and fixed
core-property dates; text files are UTF-8 with LF line ends.
The PDFs use layouts the earlier batches do not: a borderless two-sided 收支 table, a
portrait report whose second page turns landscape, a ruled form with row-spanning labels,
a long report whose running header and footer alternate sides and whose table row breaks
across a page, amounts and units in adjacent cells, and a two-column page.
The long report is laid out twice: the first pass finds the page of each heading, the
second prints those pages in its 目录.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY12"
FIXED_DT = datetime.datetime(2025, 9, 15, 9, 30, 0)
E = "—"


# ---------------------------------------------------------------------------
# PDF: a CanvasPdf with the extra moves of this batch
# ---------------------------------------------------------------------------
class Pdf(CanvasPdf):
    """CanvasPdf plus: a page-furniture hook, a turn to landscape (or back) at a page break,
    ruled grids with row- and column-spanning cells, tables whose rows may break across a
    page, and a two-column text flow."""

    def __init__(self, path: Path, furniture: Callable[[Pdf], None] | None = None, **layout):
        super().__init__(path, fonts.zenhei(FONT), **layout)
        self.furniture = furniture

    def _furniture(self):
        if self.furniture is None:
            super()._furniture()
        else:
            self.furniture(self)

    def turn(self, land: bool, margin: float | None = None):
        """Finish the page; the next one is landscape (or portrait), with its own margin."""
        self._furniture()
        self.c.showPage()
        self.page += 1
        self.pagesize = landscape(A4) if land else A4
        self.c.setPageSize(self.pagesize)
        self.W, self.H = self.pagesize
        if margin is not None:
            self.m = margin
            self.bottom = margin + 10
        self.top = self.H - self.m - (18 if self.header else 0)
        self.cw = self.W - 2 * self.m
        self.y = self.top

    # ----- ruled grid with merged cells
    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float],
             merges: dict[tuple[int, int], tuple[int, int]] | None = None, size: float = 9,
             align: Sequence[str] | None = None, centred: set[tuple[int, int]] | None = None):
        """rows: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one
        cell over the area (the texts of the covered cells are ignored). Merged cells that span
        rows are centred vertically; `centred` cells are centred horizontally. A block of rows
        tied together by a row-spanning cell is never broken across pages."""
        merges = merges or {}
        centred = centred or set()
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead, c = 3, size * 1.45, self.c
        covered = set()
        for (r, col), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(col, col + cs):
                    if (rr, cc) != (r, col):
                        covered.add((rr, cc))

        def span(r, col):
            return merges.get((r, col), (1, 1))

        def lines_of(r, col):
            rs, cs = span(r, col)
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
        # blocks of rows that a row-spanning cell ties together
        ends = list(range(len(rows)))
        for (r, _col), (rs, _cs) in merges.items():
            for rr in range(r, r + rs):
                ends[rr] = max(ends[rr], r + rs - 1)
        r = 0
        while r < len(rows):
            last = r
            k = r
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
                    c.setFont(self.font, size)
                    y0 = top - pad - size
                    if rs > 1:
                        y0 -= (h - 2 * pad - len(lines) * lead) / 2
                    a = "c" if (rr, col) in centred else ((align[col] if align else "l") if cs == 1 else "l")
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

    # ----- a ruled table whose rows may break across a page (Word's "allow row to break")
    def breaking_table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 9,
                       align: Sequence[str] | None = None):
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead, c = 3, size * 1.45, self.c
        for row in rows:
            cells = [wrap(t, self.font, w - 2 * pad, size) if t else [] for t, w in zip(row, widths, strict=True)]
            left = max(1, max(len(x) for x in cells))
            start = 0
            while start < left:
                room = int((self.y - self.bottom - 2 * pad) // lead)
                if room < 1:
                    self.new_page()
                    continue
                take = min(room, left - start)
                h = take * lead + 2 * pad
                x = self.m
                for col, (lines, w) in enumerate(zip(cells, widths, strict=True)):
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h, w, h)
                    c.setFont(self.font, size)
                    a = align[col] if align else "l"
                    for n, line in enumerate(lines[start:start + take]):
                        yy = self.y - pad - size - n * lead
                        if a == "c":
                            c.drawCentredString(x + w / 2, yy, line)
                        elif a == "r":
                            c.drawRightString(x + w - pad, yy, line)
                        else:
                            c.drawString(x + pad, yy, line)
                    x += w
                self.y -= h
                start += take
                if start < left:
                    self.new_page()
        self.y -= 10

    # ----- two columns of text
    def columns(self, blocks: Sequence[tuple[str, str]], gap: float = 20, size: float | None = None):
        """Flow ('h', heading) and ('p', paragraph) blocks down the left column, then the right
        one; when everything fits on the page the two columns are balanced, as a word processor
        sets them, and both columns share baselines."""
        size = size or self.size
        lead = size * 1.75
        colw = (self.cw - gap) / 2
        xs = [self.m, self.m + colw + gap]
        laid = []
        for kind, text in blocks:
            ind = 0 if kind == "h" else 2 * size
            lines = wrap(text, self.font, colw, size, ind)
            for n, line in enumerate(lines):
                laid.append((ind if n == 0 else 0, line, kind == "p" and n == len(lines) - 1))
        total = len(laid) * lead + 2 * sum(1 for x in laid if x[2])
        y_start = self.y
        room = y_start - self.bottom
        left_floor = y_start - (total / 2 + lead) if total / 2 + lead < room else self.bottom
        col, y, left_end = 0, y_start, y_start
        for ind, line, ends_para in laid:
            floor = left_floor if col == 0 else self.bottom
            if y - lead < floor:
                if col == 0:
                    left_end, col, y = y, 1, y_start
                else:
                    self.new_page()
                    col, y_start = 0, self.top
                    y, left_floor = y_start, self.bottom
            self.c.setFont(self.font, size)
            self.c.drawString(xs[col] + ind, y - size, line)
            y -= lead
            if ends_para:
                y -= 2
        self.y = (y if col == 0 else min(y, left_end)) - 4


def footer_dash(p: Pdf):
    p.c.setFont(p.font, 10)
    p.c.drawCentredString(p.W / 2, p.m - 24, f"- {p.page} -")


# ===========================================================================
# 1. keyouqianqi-fayuan-2022.pdf  (内蒙古 兴安盟 科尔沁右翼前旗; 人民法院; department;
#    2 pages, `- N -` footer; the 收支 figures in a BORDERLESS two-sided table (收入 left,
#    支出 right, columns aligned by position only); 年初批复 + 先后两次追加…共计 = 调整后;
#    上年决算数 for comparison; four projects named in a list of uses (complete);
#    planted E1: 财政拨款收入 2,021.60 + 其他收入 38.40 + 上年结转 118.25 = 2,178.25,
#    but 收入合计 2,169.25)
# ===========================================================================
def doc_keyouqianqi(path: Path) -> None:
    p = Pdf(path, size=10.5)
    p.title("科尔沁右翼前旗人民法院\n2022年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门基本情况")
    p.para("科尔沁右翼前旗人民法院是内蒙古自治区兴安盟科尔沁右翼前旗的基层审判机关，依法审理辖区内"
           "刑事、民事、行政案件，执行已经发生法律效力的判决、裁定，指导人民调解委员会工作。院机关"
           "内设立案庭、刑事审判庭、民事审判庭、执行局、综合办公室等12个部门，下设6个人民法庭。"
           "2022年末核定政法专项编制86名，实有在编干警81人。")
    p.heading("二、部门预算安排及执行情况")
    p.para("（一）预算批复及调整情况。2022年，旗财政局年初批复我院部门预算1,856.40万元。年度执行中，"
           "先后两次追加办案经费和人民法庭维修改造资金，共计312.85万元，调整后全年预算为2,169.25万元。")
    p.para("（二）收入支出情况。全年收入合计2,169.25万元，其中财政拨款收入2,021.60万元、其他收入38.40万元、"
           "上年结转118.25万元。全年支出合计2,100.54万元，比上年决算数1,974.12万元增加126.42万元，主要是"
           "人民法庭维修改造支出增加；预算执行率96.83%，年末结转结余68.71万元。收支明细如下（单位：万元）：")
    p.table([
        ["收入项目", "金额", "支出项目", "金额"],
        ["财政拨款收入", "2,021.60", "基本支出", "1,428.36"],
        ["其他收入", "38.40", "　其中：人员经费", "1,236.50"],
        ["上年结转", "118.25", "　　　　公用经费", "191.86"],
        ["", "", "项目支出", "672.18"],
        ["收入合计", "2,169.25", "支出合计", "2,100.54"],
        ["", "", "年末结转结余", "68.71"],
    ], widths=[150, 80, 150, 80], style="plain", size=10, align=["l", "r", "l", "r"])
    p.para("（三）项目支出情况。2022年我院共实施项目4个，项目支出672.18万元，具体为：1.“审判业务经费”"
           "项目，安排资金290.00万元，已支付286.40万元，主要用于案件审理、司法鉴定、公告送达等；"
           "2.“执行业务经费”项目，安排资金160.00万元，已支付158.62万元，主要用于执行查控、财产处置和"
           "集中执行行动；3.“人民法庭维修改造”项目，安排资金150.00万元，已支付142.36万元，剩余部分为"
           "工程质量保证金；4.“信息化运维”项目，安排资金86.00万元，已支付84.80万元，主要用于科技法庭"
           "和网上立案系统的运行维护。")
    p.heading("三、绩效目标完成情况")
    p.para("（一）审判执行工作。全年受理各类案件6,842件，审结6,615件，结案率96.68%；执结案件2,317件，"
           "执行到位金额3.26亿元；开展巡回审判148次，诉前调解成功1,206件。")
    p.para("（二）效益情况。一审服判息诉率达到91.3%，法定审限内结案率99.2%；完成俄体、归流河2个人民"
           "法庭的维修改造，群众诉讼服务满意度为95.6%。")
    p.heading("四、自评结论")
    p.para("对照部门整体支出绩效评价指标体系，从投入、过程、产出、效益四个方面逐项打分，我院2022年度"
           "部门整体支出绩效自评得分93.6分，等级为“优”。")
    p.heading("五、存在的问题")
    p.para("1.案多人少矛盾依然突出，一线法官人均结案量较高，审判质效提升压力较大。")
    p.para("2.部分项目支出进度前松后紧，第四季度支出占比偏高。")
    p.heading("六、改进措施")
    p.para("1.深化繁简分流改革，扩大速裁快审适用范围，推动多元解纷前移。")
    p.para("2.按月通报项目支出进度，对进度滞后的项目及时调整用款计划。")
    p.para("3.加强预算编制与年度重点工作的衔接，提高预算编制的准确性。")
    p.space(6)
    p.para("科尔沁右翼前旗人民法院", indent=False)
    p.para("2023年3月20日", indent=False)
    p.save()


# ===========================================================================
# 2. maqin-yibao-2023.pdf  (青海 果洛藏族自治州 玛沁县; 医疗保障局; project; page 1
#    portrait narrative, page 2 LANDSCAPE with a wide ruled 项目支出绩效自评表 whose
#    cells wrap; 年初数 (县级) + 中央 / 省级 下达 = 全年预算数; a 到位 sentence for the
#    provincial money only; TRAP: the rate 97.00% is against 全年预算数 246.00, while
#    年初数 is 180.00; consistent)
# ===========================================================================
def doc_maqin(path: Path) -> None:
    p = Pdf(path, size=10.5, furniture=footer_dash)
    p.title("玛沁县医疗保障局\n2023年度城乡居民医疗救助项目支出绩效自评报告", size=15)
    p.heading("一、项目概况")
    p.para("城乡居民医疗救助是青海省果洛藏族自治州玛沁县医疗保障局组织实施的民生保障项目，对特困"
           "供养人员、低保对象、返贫致贫人口等困难群众参加城乡居民基本医疗保险的个人缴费给予资助，"
           "并对其经基本医保、大病保险报销后政策范围内的个人自付费用给予门诊和住院救助。")
    p.heading("二、项目资金情况")
    p.para("2023年项目年初数180.00万元，全部由县级财政安排。年度中，中央财政下达医疗救助补助资金"
           "52.00万元（青财社字〔2023〕318号），省级财政下达医疗救助补助资金14.00万元，调整后全年"
           "预算数246.00万元。其中，省级资金14.00万元已于9月底前全部到位。")
    p.para("全年执行数238.62万元，预算执行率97.00%，结转下年7.38万元。资金支出情况为：资助困难群众"
           "参加城乡居民医保86.40万元，门诊救助42.18万元，住院救助110.04万元。")
    p.heading("三、绩效目标完成情况")
    p.para("全年资助2,386名困难群众参加城乡居民基本医疗保险，实施门诊和住院救助1,642人次；救助对象"
           "政策范围内住院费用个人负担比例较上年下降3.2个百分点，“一站式”即时结算率为92.6%，未发生"
           "因病致贫返贫的情况。")
    p.heading("四、自评结论")
    p.para("按照项目支出绩效评价指标逐项打分（详见附表），该项目自评得分96.7分，自评等级为优。"
           "扣分原因是部分州外就医的救助对象仍需回县手工报销，即时结算率未达到年度目标。")
    p.heading("五、存在的问题及改进措施")
    p.para("（一）存在的问题：1.州外就医救助“一站式”结算尚未全覆盖；2.乡镇医保经办力量薄弱，"
           "困难群众动态信息比对不够及时。")
    p.para("（二）改进措施：1.对接省级平台，推进州外就医救助费用直接结算；2.每月与民政、乡村振兴"
           "部门比对困难群众名单，做到应助尽助。")
    p.space(4)
    p.para("玛沁县医疗保障局　　2024年3月26日", indent=False)
    p.turn(land=True, margin=44)
    p.center("附表　项目支出绩效自评表", size=13)
    p.center("（2023年度）", size=10)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [
        ["项目名称", "城乡居民医疗救助", "", "", "", "", "", ""],
        ["主管部门", "玛沁县医疗保障局", "", "", "实施单位", "玛沁县医疗保障局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "180.00", "246.00", "238.62", "10", "97.00%", "9.70"],
        ["", "其中：当年财政拨款", "180.00", "246.00", "238.62", E, E, E],
        ["", "上年结转资金", E, E, E, E, E, E],
        ["", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "对特困供养人员、低保对象、返贫致贫人口等困难群众参加城乡居民基本医疗保险的个人缴费给予"
             "资助，对政策范围内个人自付医疗费用给予门诊和住院救助，防范因病致贫返贫。", "", "",
         "资助2,386名困难群众参保，实施门诊和住院救助1,642人次，救助对象住院费用个人负担比例较上年"
         "下降3.2个百分点，全年未发生因病致贫返贫。", "", "", ""],
        head,
        ["产出指标", "数量指标", "资助困难群众参加城乡居民基本医疗保险人数", "≥2300人", "2386人", "10", "10", ""],
        ["产出指标", "数量指标", "门诊及住院救助人次", "≥1500人次", "1642人次", "10", "10", ""],
        ["产出指标", "质量指标", "特困人员、低保对象和返贫致贫人口参保资助覆盖率", "100%", "100%", "10", "10", ""],
        ["产出指标", "时效指标", "医疗救助“一站式”即时结算率", "≥95%", "92.6%", "10", "9",
         "部分州外就医的救助对象需回县手工报销，下年对接省级平台，推进州外就医直接结算"],
        ["产出指标", "成本指标", "住院救助年度最高支付限额", "≤3万元/人", "3万元/人", "10", "10", ""],
        ["效益指标", "社会效益指标", "救助对象政策范围内住院费用个人负担比例", "较上年下降", "下降3.2个百分点", "20",
         "20", ""],
        ["效益指标", "可持续影响指标", "因病致贫返贫风险监测预警机制", "健全", "基本健全", "10", "8",
         "乡镇经办人员不足，与民政、乡村振兴部门的数据比对按季度开展，下年改为按月比对"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "94.1%", "10", "10", ""],
        ["总分", "", "", "", "", "100", "96.70", "优"],
    ]
    merges = {
        (0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (5, 1),
        (7, 0): (2, 1), (7, 1): (1, 3), (7, 4): (1, 4), (8, 1): (1, 3), (8, 4): (1, 4),
        (10, 0): (5, 1), (10, 1): (2, 1), (15, 0): (2, 1), (18, 0): (1, 5),
    }
    p.grid(rows, [80, 86, 150, 70, 80, 34, 40, 190], merges, size=8.5,
           align=["c", "l", "l", "c", "c", "c", "c", "l"],
           centred={(2, 0), (7, 0), (10, 0), (15, 0), (17, 0), (18, 0)})
    p.save()


# ===========================================================================
# 3. wensu-danganguan-2021.pdf  (新疆 阿克苏地区 温宿县; 档案馆; a BARE 部门整体支出绩效
#    自评表 as a ruled grid with row-spanning labels: 年度资金总额, 按收入性质分 (一般公共
#    预算 / 上年结转 / 其他资金), 按支出性质分 (基本支出 / 项目支出, 执行数 only),
#    年度总体目标, 一级 / 二级 / 三级指标; planted E5: the 分值 column adds up to 95 while
#    the 总分 row says 100 (the 得分 do add up to 93.73))
# ===========================================================================
def doc_wensu(path: Path) -> None:
    p = Pdf(path, size=10, footer=False)
    p.title("部门整体支出绩效自评表", size=16)
    p.center("（2021年度）", size=11)
    p.para("填报单位（盖章）：阿克苏地区温宿县档案馆　　　　　　　　　　　　　　金额单位：万元",
           indent=False, size=9)
    rows = [
        ["部门（单位）名称", "温宿县档案馆", "", "", "", "", "", "", ""],
        ["主管部门", "中共温宿县委办公室", "", "", "", "联系人", "阿**", "", ""],
        ["年度预算申请", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "", "168.30", "196.80", "191.46", "10", "97.29%", "9.73"],
        ["", "按收入性质分", "一般公共预算", "156.30", "174.80", "169.46", E, E, E],
        ["", "", "上年结转", E, "10.00", "10.00", E, E, E],
        ["", "", "其他资金", "12.00", "12.00", "12.00", E, E, E],
        ["", "按支出性质分", "基本支出", E, E, "128.74", E, E, E],
        ["", "", "项目支出", E, E, "62.72", E, E, E],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
        ["", "做好县直机关、乡镇到期档案的接收进馆，推进馆藏档案数字化，保障馆藏档案安全，为社会各界"
             "提供档案查阅利用服务，开展档案编研。", "", "", "",
         "全年接收进馆档案2,860卷，完成馆藏档案数字化38.6万页，提供档案查阅利用1,326人次，编研"
         "《温宿县地名故事》等成果2部，全年未发生档案安全事故。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""],
        ["产出指标", "数量指标", "接收进馆档案", "≥2500卷", "2860卷", "10", "10", "", ""],
        ["", "", "馆藏档案数字化", "≥40万页", "38.6万页", "10", "9", "扫描设备故障停工半个月，余量列入下年计划", ""],
        ["", "质量指标", "档案数字化成果质检合格率", "≥98%", "99.3%", "10", "10", "", ""],
        ["", "时效指标", "查档利用按时办结率", "100%", "100%", "5", "5", "", ""],
        ["", "成本指标", "数字化加工单价", "≤0.6元/页", "0.58元/页", "5", "5", "", ""],
        ["效益指标", "社会效益指标", "档案查阅利用人次", "≥1200人次", "1326人次", "10", "10", "", ""],
        ["", "", "档案编研成果", "≥2部", "2部", "10", "10", "", ""],
        ["", "可持续影响指标", "馆藏档案安全事故", "0起", "0起", "15", "15", "", ""],
        ["满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "96.5%", "10", "10", "", ""],
        ["总分", "", "", "", "", "100", "93.73", "自评等级：优", ""],
    ]
    merges = {
        (0, 1): (1, 8), (1, 1): (1, 4), (1, 6): (1, 3), (2, 0): (7, 1), (2, 1): (1, 2), (3, 1): (1, 2),
        (4, 1): (3, 1), (7, 1): (2, 1), (9, 0): (2, 1), (9, 1): (1, 4), (9, 5): (1, 4), (10, 1): (1, 4),
        (10, 5): (1, 4), (11, 7): (1, 2), (12, 0): (5, 1), (12, 1): (2, 1), (17, 0): (3, 1), (17, 1): (2, 1),
        (21, 0): (1, 5), (21, 7): (1, 2),
    }
    for r in range(12, 21):
        merges.setdefault((r, 7), (1, 2))
    p.grid(rows, [60, 58, 92, 58, 58, 56, 34, 46, 40], merges, size=8.5,
           align=["c", "c", "l", "c", "c", "c", "c", "l", "c"],
           centred={(0, 0), (1, 0), (1, 5), (2, 0), (4, 1), (7, 1), (9, 0), (9, 1), (9, 5), (12, 0), (12, 1),
                    (17, 0), (17, 1), (21, 0), (11, 7), (2, 1), (3, 1)})
    p.para("填表人：阿**　　联系电话：0997-45*****　　填报日期：2022年3月10日", indent=False, size=9)
    p.save()


# ===========================================================================
# 4. qianjiang-jianchayuan-2022.pdf  (重庆 黔江区 (a district of a municipality);
#    人民检察院; department; a LONG report, 5 pages: title and 目录 (dot leaders, page
#    numbers) on page 1; from page 2 a running header that ALTERNATES sides (even pages:
#    the unit, left; odd pages: the title, right) and a `第N页` footer on the outer side;
#    年初预算批复数 − 调减 = 调整后预算数; 上年 for comparison; economic classes restated
#    in 元 in 表1; 5 key projects of 12 in 表2, whose third row BREAKS ACROSS the page;
#    a Chongqing 部门整体绩效自评表 appendix (计量单位 / 指标性质 / 指标值 columns);
#    consistent)
# ===========================================================================
QIANJIANG_TOC = [
    ("一、部门概况", 0), ("二、部门预算及执行情况", 0), ("（一）预算批复及调整情况", 1), ("（二）收入情况", 1),
    ("（三）支出情况", 1), ("（四）重点项目支出情况", 1), ("三、部门整体支出绩效情况", 0), ("四、自评结论", 0),
    ("五、存在的问题", 0), ("六、改进措施", 0), ("附件：部门整体绩效自评表", 0),
]
QIANJIANG_UNIT = "重庆市黔江区人民检察院"
QIANJIANG_TITLE = "2022年度部门整体支出绩效自评报告"


def qianjiang_furniture(p: Pdf) -> None:
    c = p.c
    outer_right = p.page % 2 == 1
    if p.page > 1:
        c.setFont(p.font, 9)
        if outer_right:
            c.drawRightString(p.W - p.m, p.H - p.m + 8, QIANJIANG_TITLE)
        else:
            c.drawString(p.m, p.H - p.m + 8, QIANJIANG_UNIT)
        c.setLineWidth(0.5)
        c.line(p.m, p.H - p.m + 3, p.W - p.m, p.H - p.m + 3)
    c.setFont(p.font, 10)
    if outer_right:
        c.drawRightString(p.W - p.m, p.m - 24, f"第{p.page}页")
    else:
        c.drawString(p.m, p.m - 24, f"第{p.page}页")


def qianjiang_body(p: Pdf, pages: dict[str, int]) -> dict[str, int]:
    found: dict[str, int] = {}

    def h(text: str, size: float | None = None):
        p.heading(text, size=size)
        found.setdefault(text, p.page)

    p.title(QIANJIANG_UNIT + "\n" + QIANJIANG_TITLE, size=16)
    p.space(10)
    p.center("目　　录", size=14)
    for text, level in QIANJIANG_TOC:
        number = str(pages.get(text, 0))
        x = p.m + (24 if level else 0)
        room = p.W - p.m - x - stringWidth(text, p.font, 11) - stringWidth(number, p.font, 11) - 6
        dots = "." * int(room / stringWidth(".", p.font, 11))
        p.c.setFont(p.font, 11)
        p.c.drawString(x, p.y - 11, text + dots)
        p.c.drawRightString(p.W - p.m, p.y - 11, number)
        p.y -= 24
    p.new_page()
    h("一、部门概况")
    p.para("（一）主要职能。重庆市黔江区人民检察院是区级国家法律监督机关，依法履行刑事检察、民事检察、"
           "行政检察和公益诉讼检察等职能，对区人民代表大会及其常务委员会负责并报告工作。")
    p.para("（二）机构和人员。院内设第一至第五检察部、综合办公室、政治部、检务督察部共8个内设机构，"
           "派驻看守所检察室1个。2022年末核定政法专项编制58名，实有人员55人。")
    h("二、部门预算及执行情况")
    h("（一）预算批复及调整情况", size=p.size + 0.5)
    p.para("2022年，区财政局批复我院年初预算批复数2,386.52万元。年度执行中，按照过紧日子的要求压减"
           "一般性支出，调减财政拨款预算36.00万元，调整后预算数为2,350.52万元。上年调整后预算数为"
           "2,274.06万元，本年略有增加。")
    h("（二）收入情况", size=p.size + 0.5)
    p.para("2022年收入合计2,350.52万元，其中财政拨款收入2,262.12万元，占96.24%；上年结转88.40万元，"
           "占3.76%。")
    h("（三）支出情况", size=p.size + 0.5)
    p.para("2022年支出合计2,289.67万元，预算执行率97.41%，年末结转结余60.85万元。其中：基本支出"
           "1,712.45万元，包括人员经费1,524.30万元、公用经费188.15万元；项目支出577.22万元。基本"
           "支出中工资福利支出1,466.70万元、商品和服务支出188.15万元、对个人和家庭的补助"
           "57.60万元，详见表1。")
    p.center("表1　2022年度基本支出经济分类情况表（单位：元）", size=10)
    p.table([
        ["经济分类", "金额", "占基本支出比重"],
        ["工资福利支出", "14,667,000.00", "85.65%"],
        ["商品和服务支出", "1,881,500.00", "10.99%"],
        ["对个人和家庭的补助", "576,000.00", "3.36%"],
        ["合计", "17,124,500.00", "100.00%"],
    ], widths=[200, 150, 120], style="grid", size=9.5, align=["l", "r", "r"])
    h("（四）重点项目支出情况", size=p.size + 0.5)
    p.para("全院全年共实施项目12个，项目支出577.22万元，其中5个重点项目的情况见表2。")
    p.center("表2　2022年度重点项目支出情况表（单位：万元）", size=10)
    p.breaking_table([
        ["序号", "项目名称", "全年预算数", "执行数", "执行率", "主要绩效"],
        ["1", "检察业务经费", "186.00", "182.34", "98.03%",
         "保障审查逮捕、审查起诉、出庭公诉等办案支出，全年办案经费按时足额保障。"],
        ["2", "办案（业务）装备购置", "96.50", "94.87", "98.31%",
         "购置同步录音录像设备、快速检测仪等办案装备38台，已全部投入使用。"],
        ["3", "未成年人检察工作及司法救助专项经费", "64.00", "61.28", "95.75%",
         "开展“法治进校园”活动26场，覆盖师生1.2万人次；对46名生活困难的刑事案件被害人及其近亲属"
         "实施司法救助，发放救助金38.60万元；联合区民政局、团区委建立未成年人观护基地2个，对涉罪"
         "未成年人开展帮教考察；救助金均在受理后规定时限内发放。"],
        ["4", "智慧检务信息化建设", "112.80", "108.46", "96.15%",
         "完成检察业务应用系统升级和远程视频提讯系统建设，提讯在押人员实现“足不出院”。"],
        ["5", "公益诉讼检察专项", "45.00", "45.00", "100.00%",
         "办理公益诉讼案件38件，督促修复受损林地126亩。"],
    ], widths=[30, 92, 52, 46, 46, 200], size=9, align=["c", "l", "r", "r", "r", "l"])
    h("三、部门整体支出绩效情况")
    p.para("（一）履职产出。全年受理审查逮捕案件286件、审查起诉案件412件，依法提起公诉398件；办理"
           "公益诉讼案件38件，督促修复受损林地126亩；发出社会治理类检察建议42份；购置办案装备38台。")
    p.para("（二）履职效益。开展“法治进校园”活动26场，覆盖师生1.2万人次；对46名生活困难的刑事案件"
           "被害人及其近亲属实施司法救助，发放救助金38.60万元；建立未成年人观护基地2个。审查起诉案件"
           "办结率98.6%，检察建议采纳率88.4%，人民群众对检察工作的满意度为93.5%。")
    h("四、自评结论")
    p.para("根据区财政局印发的部门整体绩效评价指标体系，结合附件中的部门整体绩效自评表，我院2022年度"
           "部门整体支出绩效自评总分为99.15分，等级为“优”。")
    h("五、存在的问题")
    p.para("（一）部分检察建议的跟踪问效不够，采纳率未达到年度目标。")
    p.para("（二）项目预算编制不够精细，个别项目执行进度偏慢。")
    p.para("（三）信息化项目建成后的运维经费保障机制尚不健全。")
    h("六、改进措施")
    p.para("一是建立检察建议落实情况回访机制，提升检察建议刚性；二是加强项目前期论证，按季度开展"
           "预算执行分析；三是将信息化运维经费纳入年初预算统筹安排。")
    p.new_page()
    h("附件：部门整体绩效自评表")
    p.center(QIANJIANG_UNIT + "2022年度部门整体绩效自评表", size=12)
    p.para("金额单位：万元", indent=False, size=9)
    rows = [
        ["部门名称", QIANJIANG_UNIT, "", "", "", "自评总分（分）", "", "99.15"],
        ["预算执行情况", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分", ""],
        ["年度总金额", "2,386.52", "2,350.52", "2,289.67", "97.41", "10", "9.74", ""],
        ["其中：财政拨款", "2,298.12", "2,262.12", "2,201.27", "", "", "", ""],
        ["　　　上年结转", "88.40", "88.40", "88.40", "", "", "", ""],
        ["年度绩效目标", "依法履行法律监督职能，保障办案经费和装备需求，提升办案质效，做好司法救助和未成年人"
                        "检察工作，推进公益诉讼检察。", "", "", "", "", "", ""],
        ["指标名称", "计量单位", "指标性质", "指标值", "指标权重（分）", "全年完成值", "指标得分（分）", "说明"],
        ["审查起诉案件办结率", "%", "≥", "95", "15", "98.6", "15", ""],
        ["司法救助金发放及时率", "%", "≥", "95", "10", "100", "10", ""],
        ["检察建议采纳率", "%", "≥", "90", "15", "88.4", "14.73", "部分建议跟踪问效不够"],
        ["未成年人法治教育覆盖人次", "万人次", "≥", "1", "10", "1.2", "10", ""],
        ["公益诉讼案件办理数", "件", "≥", "30", "10", "38", "10", ""],
        ["办案质量评查合格率", "%", "＝", "100", "10", "96.8", "9.68", "评查发现瑕疵案件已整改"],
        ["人民群众满意度", "%", "≥", "90", "20", "93.5", "20", ""],
    ]
    merges = {(0, 1): (1, 4), (0, 5): (1, 2), (5, 1): (1, 7)}
    p.grid(rows, [110, 62, 62, 58, 58, 58, 58, 70], merges, size=8.5,
           align=["l", "c", "c", "c", "c", "c", "c", "l"])
    p.space(6)
    p.para(QIANJIANG_UNIT + "　　2023年4月12日", indent=False)
    return found


def doc_qianjiang(path: Path) -> None:
    fd, scratch = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        first = Pdf(Path(scratch), furniture=qianjiang_furniture, size=10.5, header="-")
        pages = qianjiang_body(first, {})
        first.save()
    finally:
        os.unlink(scratch)
    final = Pdf(path, furniture=qianjiang_furniture, size=10.5, header="-")
    qianjiang_body(final, pages)
    final.save()


# ===========================================================================
# 5. yangpu-guanweihui-2023.pdf  (海南 洋浦经济开发区 (开发区); 管理委员会; department;
#    2 pages, running header with rule + `- N -` footer; the budget figures only in a ruled
#    table whose AMOUNT and UNIT sit in adjacent cells (`| 193,226.50 | 万元 |`), the text
#    restating three of them; an indicator table with a separate 计量单位 column;
#    planted E2: 预算执行率 95.80 (table and text), while 180,905.36 / 193,226.50 = 93.62%)
# ===========================================================================
def doc_yangpu(path: Path) -> None:
    p = Pdf(path, size=10.5, header="洋浦经济开发区管理委员会")
    p.title("洋浦经济开发区管理委员会\n2023年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门基本情况")
    p.para("洋浦经济开发区管理委员会是海南省人民政府的派出机构，负责洋浦经济开发区的规划、建设、"
           "管理和服务，统筹推进港口、产业和城市建设。管委会内设党政办公室、经济发展局、规划建设局"
           "等9个工作机构，下属事业单位6个。")
    p.heading("二、部门预算收支情况")
    p.para("2023年，管委会年初预算168,420.35万元，本年支出合计180,905.36万元，预算执行率95.80%。"
           "预算收支的具体情况见表1。")
    p.center("表1　2023年度预算收支情况表", size=10)
    p.grid([
        ["序号", "项目", "金额", "单位", "说明"],
        ["1", "年初预算数", "168,420.35", "万元", "年初批复"],
        ["2", "年中追加预算", "24,806.15", "万元", "含产业发展扶持资金"],
        ["3", "调整后预算数", "193,226.50", "万元", "1+2"],
        ["4", "本年收入合计", "193,226.50", "万元", ""],
        ["4.1", "其中：一般公共预算财政拨款收入", "151,286.30", "万元", ""],
        ["4.2", "　　　政府性基金预算财政拨款收入", "35,420.00", "万元", ""],
        ["4.3", "　　　上年结转", "6,520.20", "万元", ""],
        ["5", "本年支出合计", "180,905.36", "万元", ""],
        ["5.1", "其中：基本支出", "8,642.18", "万元", ""],
        ["5.2", "　　　项目支出", "172,263.18", "万元", ""],
        ["6", "预算执行率", "95.80", "%", "本年支出÷调整后预算数"],
        ["7", "年末结转结余", "12,321.14", "万元", "调整后预算数减本年支出"],
    ], [34, 200, 80, 40, 120], size=9, align=["c", "l", "r", "c", "l"])
    p.para("项目支出主要用于港航基础设施配套、产业发展扶持、生态环境保护和公共服务保障等方面。")
    p.heading("三、绩效目标完成情况")
    p.para("2023年，全区完成集装箱吞吐量201.8万标箱，同比增长14.6%；新增市场主体4,236户；规模以上"
           "工业总产值1,236.5亿元；新增就业2,860人，单位工业增加值能耗下降3.4%；企业满意度为95.2%。"
           "主要绩效指标完成情况见表2。")
    p.center("表2　2023年度部门整体绩效指标完成情况表", size=10)
    p.grid([
        ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "计量单位", "分值", "得分"],
        ["产出指标", "数量指标", "集装箱吞吐量", "≥180", "201.8", "万标箱", "15", "15"],
        ["", "", "新增市场主体", "≥3500", "4236", "户", "15", "15"],
        ["", "质量指标", "重点项目按期开工率", "≥90", "92", "%", "10", "10"],
        ["", "时效指标", "企业开办办理时限", "≤1", "1", "个工作日", "10", "10"],
        ["效益指标", "经济效益指标", "规模以上工业总产值", "≥1200", "1236.5", "亿元", "20", "20"],
        ["", "社会效益指标", "新增就业人数", "≥3000", "2860", "人", "10", "9.53"],
        ["", "生态效益指标", "单位工业增加值能耗下降率", "≥3", "3.4", "%", "10", "10"],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90", "95.2", "%", "10", "10"],
        ["合计", "", "", "", "", "", "100", "99.53"],
    ], [56, 70, 120, 48, 48, 52, 34, 34],
        {(1, 0): (4, 1), (1, 1): (2, 1), (5, 0): (3, 1), (9, 0): (1, 6)}, size=9,
        align=["c", "c", "l", "c", "c", "c", "c", "c"], centred={(1, 0), (1, 1), (5, 0), (9, 0)})
    p.heading("四、自评结论")
    p.para("经对照部门整体支出绩效评价指标逐项打分，管委会2023年度部门整体支出绩效自评得分99.53分，"
           "自评等级为“优”。新增就业人数未达到年度目标，扣0.47分。")
    p.heading("五、存在的问题")
    p.para("（一）部分产业扶持项目兑现周期较长，资金支付进度偏慢。")
    p.para("（二）新增就业岗位与本地劳动力技能结构匹配度不高。")
    p.heading("六、改进措施")
    p.para("（一）优化产业扶持资金兑现流程，压缩审核时限。")
    p.para("（二）联合园区企业开展订单式技能培训，提升本地劳动力就业能力。")
    p.space(6)
    p.para("洋浦经济开发区管理委员会　　2024年4月8日", indent=False)
    p.save()


# ===========================================================================
# 6. jizhou-dangxiao-2021.pdf  (天津 蓟州区 (a district of a municipality); 区委党校;
#    project; page 1 a full-width title over a TWO-COLUMN body (both columns share
#    baselines); page 2 the indicator table full width; 年初 + 追加 = 全年预算数;
#    TRAP: 当年财政拨款 136.00 + 上年结转 16.00 (stated in another paragraph) = 152.00;
#    four spending lines that add up; planted E4: 自评得分 and the table's 合计 say
#    97.69, the rows add up to 96.69)
# ===========================================================================
def doc_jizhou(path: Path) -> None:
    p = Pdf(path, size=10, header="中共天津市蓟州区委党校")
    p.title("中共天津市蓟州区委党校\n2021年度干部教育培训项目支出绩效自评报告", size=15)
    p.columns([
        ("h", "一、项目基本情况"),
        ("p", "干部教育培训项目是中共天津市蓟州区委党校的常年性项目，主要用于举办区管干部进修班、"
              "中青年干部培训班、科级干部任职培训班和村（社区）“两委”成员轮训班，保障师资、食宿、"
              "现场教学和教学资料等支出。"),
        ("h", "二、项目资金情况"),
        ("p", "2021年项目年初预算128.00万元，年中因增设党史学习教育专题培训班追加预算24.00万元，"
              "全年预算数152.00万元。项目资金中当年财政拨款136.00万元。"),
        ("p", "受疫情影响，2020年部分班次延期举办，结余资金经区财政局同意结转本年继续使用，本年使用"
              "上年结转资金16.00万元。"),
        ("p", "全年实际支出147.26万元，预算执行率96.88%，结余4.74万元已按规定收回。支出构成为：师资"
              "课酬38.60万元，学员食宿62.45万元，教学资料及耗材18.21万元，现场教学及交通28.00万元。"),
        ("h", "三、绩效目标完成情况"),
        ("p", "全年举办各类主体班次24期，培训学员2,186人次，其中科级干部812人次、村（社区）“两委”"
              "成员936人次；新开发党史专题课程36门，新建现场教学点2个；学员结业考核合格率99.5%，"
              "学员满意度97.2%。"),
        ("h", "四、自评结论"),
        ("p", "对照项目绩效目标逐项评分（详见附表），本项目自评得分97.69分，评价等级为“优”。扣分原因"
              "是学员理论水平提升的效果尚需进一步显现。"),
        ("h", "五、存在的问题"),
        ("p", "（一）部分班次集中在下半年举办，师资和场地安排紧张。"),
        ("p", "（二）培训需求调研不够深入，个别课程针对性不强。"),
        ("h", "六、改进措施"),
        ("p", "（一）年初制定全年班次计划，均衡安排培训时间。"),
        ("p", "（二）开展训前需求调研，建立课程评估和退出机制。"),
        ("p", "（三）加强与区委组织部的沟通，提前落实调训学员。"),
    ], gap=22)
    p.new_page()
    p.center("附表　2021年度干部教育培训项目绩效指标评分表", size=12)
    p.grid([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "数量指标", "举办主体班次", "≥20期", "24期", "10", "10", ""],
        ["", "", "培训学员人次", "≥2000人次", "2186人次", "10", "10", ""],
        ["", "质量指标", "学员结业考核合格率", "≥98%", "99.5%", "10", "10", ""],
        ["", "时效指标", "年度培训计划完成率", "100%", "100%", "10", "10", ""],
        ["", "成本指标", "人均培训成本", "≤700元", "674元", "10", "10", ""],
        ["效益指标", "社会效益指标", "学员理论水平提升", "明显提升", "有所提升", "15", "12", "效果需在工作实践中进一步显现"],
        ["", "可持续影响指标", "党性教育现场教学点", "≥8个", "8个", "15", "15", ""],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥95%", "97.2%", "10", "10", ""],
        ["预算执行", E, "预算执行率", "100%", "96.88%", "10", "9.69", ""],
        ["合计", "", "", "", "", "100", "97.69", ""],
    ], [56, 70, 100, 56, 56, 32, 32, 90],
        {(1, 0): (5, 1), (1, 1): (2, 1), (6, 0): (2, 1), (10, 0): (1, 5)}, size=9,
        align=["c", "c", "l", "c", "c", "c", "c", "l"], centred={(1, 0), (1, 1), (6, 0), (10, 0)})
    p.space(8)
    p.para("中共天津市蓟州区委党校　　2022年3月15日", indent=False)
    p.save()


# ---------------------------------------------------------------------------
# Word and Excel
# ---------------------------------------------------------------------------
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
new_docx, save_docx, save_xlsx = STAMP.new_docx, STAMP.save_docx, STAMP.save_xlsx


# ===========================================================================
# 7. xiji-youeryuan-2022.docx  (宁夏 固原市 西吉县; 幼儿园; department; a Word
#    narrative with bold-line headings whose 收支 figures sit in a Word table captioned
#    `单位：元`, with a 上年数 column beside the 本年数; `年初数` and `全年可用资金`;
#    TRAP: spending 4,896,200.00 exceeds the year's new money (4,713,100.00), explained by
#    the 上年结转 312,400.00 (the rate 97.43% is against 全年可用资金); the text restates
#    three figures in 万元; consistent)
# ===========================================================================
def doc_xiji(path: Path) -> None:
    from docx.shared import Pt

    d = new_docx()
    office.centred_title(d, "西吉县第一幼儿园", 18)
    office.centred_title(d, "2022年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、基本情况", indent=24)
    para(d, "西吉县第一幼儿园是宁夏回族自治区固原市西吉县教育体育局所属的全额拨款事业单位，主要承担"
            "学龄前儿童的保育和教育工作。2022年开设教学班18个，在园幼儿612人，在职教职工74人。")
    office.bold_line(d, "二、预算收支情况", indent=24)
    para(d, "（一）预算情况。2022年我园年初数465.00万元，全年可用资金502.55万元（含上年结转31.24万元）。")
    para(d, "（二）收支情况。2022年收入、支出与上年对比情况见下表。")
    cap = office.aligned(d, "单位：元", "right")
    cap.runs[0].font.size = Pt(10.5)
    rows = [
        ["项目", "本年数", "上年数"],
        ["收入合计", "5,025,500.00", "4,712,800.00"],
        ["　财政拨款收入", "4,186,300.00", "3,905,400.00"],
        ["　事业收入", "526,800.00", "498,000.00"],
        ["　上年结转", "312,400.00", "309,400.00"],
        ["支出合计", "4,896,200.00", "4,400,400.00"],
        ["　基本支出", "3,962,100.00", "3,702,600.00"],
        ["　　其中：人员经费", "3,410,500.00", "3,186,900.00"],
        ["　　　　　公用经费", "551,600.00", "515,700.00"],
        ["　项目支出", "934,100.00", "697,800.00"],
        ["年末结转结余", "129,300.00", "312,400.00"],
    ]
    table(d, rows)
    para(d, "2022年全年支出489.62万元，预算执行率97.43%，年末结转结余12.93万元。本年支出大于当年财政"
            "拨款收入与事业收入之和（471.31万元），原因是使用了上年结转的园舍维修资金31.24万元。")
    para(d, "（三）项目支出情况。项目支出934,100.00元，主要用于：保教设施设备购置386,200.00元，幼儿"
            "营养改善312,500.00元，园舍维修235,400.00元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展家长学校活动16次，组织教师参加各级各类培训248人次；更新户外大型玩具3套，维修"
            "园舍屋面1,260平方米；幼儿健康体检率100%，家长满意度96.8%。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "经对照部门整体支出绩效评价指标自评，我园2022年度部门整体支出绩效得分95.5分，自评等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.保教设施设备购置集中在下半年，资金支付进度不均衡。")
    para(d, "2.部分教师的专业培训以线上为主，培训实效有待提高。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.年初细化采购计划，按季度均衡安排支出。")
    para(d, "2.增加园本教研和跟岗学习，提升培训实效。")
    office.aligned(d, "西吉县第一幼儿园", "right")
    office.aligned(d, "2023年3月28日", "right")
    save_docx(d, path)


# ===========================================================================
# 8. pingxiang-canlian-2020.docx  (广西 凭祥市 (county-level city; the form names no
#    prefecture); 残疾人联合会; a BARE 项目支出绩效自评表 as a Word table with merged
#    cells; funds rows by level (中央 / 自治区 / 市级, 市级 reduced in the year);
#    a 评分说明 row stating the bands; planted E3: 总分 88.22 with 自评等级 优)
# ===========================================================================
def doc_pingxiang(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "项目支出绩效自评表", 16)
    office.centred_title(d, "（2020年度）", 12, bold=False)
    para(d, "填报单位（盖章）：凭祥市残疾人联合会", indent=False)
    rows = [
        ["项目名称", "残疾人康复服务", "", "", "", "", "", ""],
        ["主管部门", "凭祥市残疾人联合会", "", "", "实施单位", "凭祥市残疾人联合会", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "45.00", "58.60", "52.74", "10", "90.00%", "9.00"],
        ["项目资金（万元）", "其中：中央资金", E, "18.60", "16.20", E, E, E],
        ["项目资金（万元）", "自治区资金", "30.00", "30.00", "26.54", E, E, E],
        ["项目资金（万元）", "市级资金", "15.00", "10.00", "10.00", E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["年度总体目标",
         "为0—6岁残疾儿童提供康复救助，为有需求的残疾人适配基本型辅助器具，提高残疾人基本康复服务覆盖率。",
         "", "",
         "为52名残疾儿童提供康复救助，为252名残疾人适配辅助器具；受疫情影响，上半年定点康复机构停训，"
         "部分服务延至下半年开展，残疾人基本康复服务覆盖率为80.2%。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "残疾儿童康复救助人数", "≥60人", "52人", "10", "8.67", "定点康复机构停训，下年加强转介"],
        ["产出指标", "数量指标", "辅助器具适配人数", "≥300人", "252人", "10", "8.4", "部分适配评估延期"],
        ["产出指标", "质量指标", "康复服务规范率", "≥95%", "96%", "10", "10", ""],
        ["产出指标", "时效指标", "救助资金拨付及时率", "100%", "85%", "10", "8.5", "中央资金下达较晚"],
        ["产出指标", "成本指标", "残疾儿童人均康复救助标准", "≤1.8万元/人·年", "1.8万元/人·年", "10", "10", ""],
        ["效益指标", "社会效益指标", "残疾人基本康复服务覆盖率", "≥85%", "80.2%", "20", "18.87", "受疫情影响服务量下降"],
        ["效益指标", "可持续影响指标", "康复服务长效机制", "健全", "初步建立", "10", "5", "转介和随访制度尚未落实"],
        ["满意度指标", "服务对象满意度指标", "残疾人及其家属满意度", "≥90%", "88%", "10", "9.78", ""],
        ["总分", "", "", "", "", "100", "88.22", ""],
        ["自评等级", "", "", "", "", "优", "", ""],
        ["评分说明", "评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
         "", "", "", "", "", ""],
    ]
    merges = [((0, 1), (0, 7)), ((1, 1), (1, 3)), ((1, 5), (1, 7)), ((2, 0), (6, 0)),
              ((7, 0), (8, 0)), ((7, 1), (7, 3)), ((7, 4), (7, 7)), ((8, 1), (8, 3)), ((8, 4), (8, 7)),
              ((10, 0), (14, 0)), ((10, 1), (11, 1)), ((15, 0), (16, 0)),
              ((18, 0), (18, 4)), ((18, 6), (18, 7)), ((19, 0), (19, 4)), ((19, 5), (19, 7)), ((20, 1), (20, 7))]
    table(d, rows, merges)
    para(d, "填报人：黄**　　联系电话：0771-85*****　　填报日期：2021年3月22日", indent=False)
    save_docx(d, path)


# ===========================================================================
# 9. jiaoling-xinpu-2024.xlsx  (广东 梅州市 蕉岭县; 新铺镇卫生院 under the county health
#    bureau; project; TWO SHEETS: a cover sheet (the active one) restating the funds in
#    万元 and the score, and the form on sheet 2 with the amounts in 元 as numbers formatted
#    `#,##0.00`, funds rows by level (中央 / 省级 / 县级); consistent)
# ===========================================================================
def doc_jiaoling(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.column_dimensions["A"].width = 4
    cover.column_dimensions["B"].width = 20
    cover.column_dimensions["C"].width = 40
    cover["B3"] = "2024年度项目支出绩效自评"
    cover["B3"].font = Font(name="宋体", size=20, bold=True)
    cover["B3"].alignment = Alignment(horizontal="center")
    cover.merge_cells("B3:C3")
    lines = [("项目名称：", "基本公共卫生服务"), ("实施单位（盖章）：", "梅州市蕉岭县新铺镇卫生院"),
             ("主管部门：", "蕉岭县卫生健康局"), ("项目资金：", "286.45万元"), ("自评得分：", "98.13分"),
             ("填报人：", "刘**"), ("联系电话：", "0753-79*****"), ("填报日期：", "2025年3月12日")]
    for r, (label, value) in enumerate(lines, start=7):
        cover[f"B{r}"] = label
        cover[f"C{r}"] = value
        for ref in (f"B{r}", f"C{r}"):
            cover[ref].font = Font(name="宋体", size=14)
    ws = wb.create_sheet("自评表")
    for col, width in zip("ABCDEFGH", (14, 20, 26, 16, 16, 14, 12, 24), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="H1", center=True, size=16, border=False)
    xl_put(ws, "A2", "（2024年度）", merge_to="H2", center=True, border=False)
    xl_put(ws, "A3", "单位：元", merge_to="H3", border=False)
    xl_put(ws, "A4", "项目名称", center=True)
    xl_put(ws, "B4", "基本公共卫生服务", merge_to="H4")
    xl_put(ws, "A5", "主管部门", center=True)
    xl_put(ws, "B5", "蕉岭县卫生健康局", merge_to="D5")
    xl_put(ws, "E5", "实施单位", center=True)
    xl_put(ws, "F5", "蕉岭县新铺镇卫生院", merge_to="H5")
    xl_put(ws, "A6", "项目资金（元）", merge_to="A10", center=True)
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                         strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    money = [("年度资金总额", 2712000, 2864500, 2796300, 10, "97.62%", 9.76),
             ("其中：中央资金", 1860000, 1953600, 1953600, E, E, E),
             ("省级资金", 560000, 588000, 558700, E, E, E),
             ("县级资金", 292000, 322900, 284000, E, E, E)]
    for r, (label, ini, adj, exe, w, rate, sc) in enumerate(money, start=7):
        xl_put(ws, f"B{r}", label)
        for col, v in (("C", ini), ("D", adj), ("E", exe)):
            xl_put(ws, f"{col}{r}", float(v), fmt="#,##0.00")
        xl_put(ws, f"F{r}", w, center=True)
        xl_put(ws, f"G{r}", rate, center=True)
        xl_put(ws, f"H{r}", sc, fmt="0.00" if isinstance(sc, float) else None, center=True)
    xl_put(ws, "A11", "年度总体目标", merge_to="A12", center=True)
    xl_put(ws, "B11", "预期目标", merge_to="D11", center=True)
    xl_put(ws, "E11", "实际完成情况", merge_to="H11", center=True)
    xl_put(ws, "B12", "为辖区常住居民免费提供居民健康档案管理、老年人健康管理、慢性病患者健康管理、"
                      "儿童健康管理等基本公共卫生服务。", merge_to="D12")
    xl_put(ws, "E12", "建立居民电子健康档案2.46万份，为3,126名65岁及以上老年人提供健康体检，规范管理高血压"
                      "患者1,752人，0—6岁儿童健康管理率达到92.3%。", merge_to="H12")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}13", head, center=True, bold=True)
    inds = [
        ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥2.4万人", "2.46万人", 10, 10, ""),
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3000人", "3126人", 10, 10, ""),
        ("产出指标", "数量指标", "高血压患者规范管理人数", "≥1800人", "1752人", 5, 4.87,
         "部分患者外出务工，随访不及时"),
        ("产出指标", "质量指标", "0—6岁儿童健康管理率", "≥90%", "92.3%", 10, 10, ""),
        ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, 5, ""),
        ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥89元", "89元", 10, 10, ""),
        ("效益指标", "社会效益指标", "居民健康素养水平", "较上年提高", "提高1.6个百分点", 20, 20, ""),
        ("效益指标", "可持续影响指标", "家庭医生签约服务机制", "持续完善", "基本完善", 10, 8.5,
         "签约后履约服务不够规范"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", "91.4%", 10, 10, ""),
    ]
    first = 14
    for r, row in enumerate(inds, start=first):
        for col, value in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "AFG")
    ws.merge_cells(f"A{first}:A{first + 5}")
    ws.merge_cells(f"B{first}:B{first + 2}")
    ws.merge_cells(f"A{first + 6}:A{first + 7}")
    last = first + len(inds)
    xl_put(ws, f"A{last}", "总分", merge_to=f"E{last}", center=True)
    xl_put(ws, f"F{last}", 100, center=True)
    xl_put(ws, f"G{last}", 98.13, fmt="0.00", center=True)
    xl_put(ws, f"H{last}", "优", center=True)
    save_xlsx(wb, path)


# ===========================================================================
# 10. fusong-bianban-2020.html  (吉林 白山市 抚松县; 县委机构编制委员会办公室; department;
#    a county-site page: top links, a left 栏目 menu, breadcrumbs, an 信息索引号 table,
#    `阅读次数`, a 附件 link, footer; the report body holds an HTML <table> 部门整体支出
#    绩效自评表 with rowspan / colspan; planted E6: 年初预算数 186.40 + 年中追加 42.60
#    = 229.00, but 全年预算数 231.00 (text and table))
# ===========================================================================
FUSONG = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>中共抚松县委机构编制委员会办公室2020年度部门整体支出绩效自评报告_部门预决算_抚松县人民政府</title>
<meta name="SiteName" content="抚松县人民政府">
<meta name="ColumnName" content="部门预决算">
<meta name="PubDate" content="2021-06-18 09:45">
<link rel="stylesheet" href="/images/index.css">
</head>
<body>
<div class="topbar"><span>今天是：2021年6月18日 星期五</span><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">English</a> | <a href="#">无障碍阅读</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="抚松县人民政府"><div class="search"><input type="text" value="请输入搜索内容"><a href="#">站内搜索</a></div></div>
<div class="nav"><a href="/">网站首页</a><a href="/zjfs/">走进抚松</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/gzhd/">公众互动</a><a href="/rsfs/">人参之乡</a></div>
<div class="main">
<div class="left">
<h3>政府信息公开</h3>
<ul>
<li><a href="#">政府信息公开指南</a></li>
<li><a href="#">政府信息公开制度</a></li>
<li class="on"><a href="#">财政预决算</a></li>
<li><a href="#">部门预决算</a></li>
<li><a href="#">政府信息公开年报</a></li>
</ul>
</div>
<div class="right">
<div class="position">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/czyjs/">财政预决算</a> &gt;&gt; 部门预决算</div>
<table class="xxgk" border="0" cellspacing="0" cellpadding="0">
<tr><th>信息索引号：</th><td>11220621MB1C49872K/2021-00046</td><th>所属机构：</th><td>中共抚松县委机构编制委员会办公室</td></tr>
<tr><th>生成日期：</th><td>2021-06-18</td><th>公开方式：</th><td>主动公开</td></tr>
<tr><th>主题分类：</th><td>财政、审计</td><th>公开时限：</th><td>常年公开</td></tr>
</table>
<div class="article">
<h1>中共抚松县委机构编制委员会办公室2020年度部门整体支出绩效自评报告</h1>
<div class="info">来源：县委编办　　发布时间：2021-06-18 09:45　　阅读次数：326　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
<p>　　一、部门概况</p>
<p>　　中共抚松县委机构编制委员会办公室（以下简称县委编办）是吉林省白山市抚松县县委的工作机关，负责全县行政管理体制和机构改革、机构编制管理、事业单位登记管理等工作。县委编办内设综合股、行政机构编制股、事业机构编制股和事业单位登记管理局4个机构，核定行政编制9名、事业编制5名。</p>
<p>　　二、部门预算及执行情况</p>
<p>　　2020年，县财政局批复我办年初预算数186.40万元，年中追加42.60万元，全年预算数231.00万元。全年收入合计231.00万元，其中财政拨款收入218.60万元、上年结转12.40万元。全年支出224.53万元，其中基本支出168.92万元（人员经费149.36万元、公用经费19.56万元），项目支出55.61万元；预算执行率97.20%，年末结转结余6.47万元。</p>
<p>　　三、绩效目标完成情况</p>
<p>　　全年办理事业单位设立、变更、注销登记146件，组织312家事业单位完成年度报告公示；完成全县86个单位的机构编制核查，开展“双随机、一公开”抽查事业单位32家；全县机构编制实名制信息准确率达到99.6%。</p>
<p>　　四、自评结论</p>
<p>　　对照部门整体支出绩效自评表（见下表），我办2020年度部门整体支出绩效自评得分96.52分，自评等级为优。</p>
<p>　　五、存在的问题</p>
<p>　　1、机构编制评估工作开展不够深入，评估结果运用不充分。</p>
<p>　　2、事业单位登记管理信息化水平不高，部分事项仍需线下办理。</p>
<p>　　六、改进措施</p>
<p>　　1、健全机构编制评估制度，将评估结果作为调整机构编制的重要依据。</p>
<p>　　2、推进事业单位登记管理“网上办”，提高办事效率。</p>
<p>　　3、加强预算执行管理，及时清理结转结余资金。</p>
<p align="center"><strong>部门整体支出绩效自评表</strong></p>
<p align="center">（2020年度）</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td colspan="2">部门（单位）名称</td><td colspan="6">中共抚松县委机构编制委员会办公室</td></tr>
<tr><td rowspan="4">年度预算申请（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>186.40</td><td>231.00</td><td>224.53</td><td>10</td><td>97.20%</td><td>9.72</td></tr>
<tr><td>其中：一般公共预算</td><td>186.40</td><td>218.60</td><td>212.13</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td>上年结转</td><td>—</td><td>12.40</td><td>12.40</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="4">实际完成情况</td></tr>
<tr><td colspan="3">推进机构编制管理科学化、规范化、法制化，做好事业单位登记管理和机构编制核查。</td><td colspan="4">完成事业单位登记146件、年度报告公示312家、机构编制核查86个单位，实名制信息准确率99.6%。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
<tr><td rowspan="5">产出指标</td><td rowspan="2">数量指标</td><td>事业单位登记事项办理</td><td>≥120件</td><td>146件</td><td>10</td><td>10</td><td></td></tr>
<tr><td>事业单位年度报告公示</td><td>≥300家</td><td>312家</td><td>10</td><td>10</td><td></td></tr>
<tr><td>质量指标</td><td>机构编制核查覆盖率</td><td>100%</td><td>100%</td><td>10</td><td>10</td><td></td></tr>
<tr><td>时效指标</td><td>登记事项按时办结率</td><td>100%</td><td>100%</td><td>10</td><td>10</td><td></td></tr>
<tr><td>成本指标</td><td>“三公”经费控制</td><td>不高于上年</td><td>低于上年</td><td>10</td><td>10</td><td></td></tr>
<tr><td rowspan="2">效益指标</td><td>社会效益指标</td><td>“双随机”抽查事业单位</td><td>≥30家</td><td>32家</td><td>10</td><td>10</td><td></td></tr>
<tr><td>可持续影响指标</td><td>机构编制管理制度</td><td>健全</td><td>基本健全</td><td>20</td><td>16.8</td><td>评估制度尚需完善</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>服务对象满意度</td><td>≥90%</td><td>93.4%</td><td>10</td><td>10</td><td></td></tr>
<tr><td colspan="5">总分</td><td>100</td><td>96.52</td><td>优</td></tr>
</table>
<p align="right">中共抚松县委机构编制委员会办公室</p>
<p align="right">2021年6月16日</p>
</div>
<div class="attach">附件：<a href="/uploadfiles/2021/06/202106180945312.xls">2020年度部门整体支出绩效自评表.xls</a></div>
<div class="tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="prenext">上一篇：<a href="#">抚松县2021年部门预算公开说明</a><br>下一篇：<a href="#">抚松县2020年度“三公”经费决算公开说明</a></div>
</div>
</div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办：抚松县人民政府办公室　承办：抚松县政务服务和数字化建设管理局</p>
<p>吉ICP备05002136号　吉公网安备22062102000115号　网站标识码：2206210001</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 11. naidong-nongye-2023.html  (西藏 山南市 乃东区; 农业农村局; project; a report SAVED
#    FROM WORD AS A WEB PAGE: mso styles, an <o:DocumentProperties> block in a conditional
#    comment, `<p class=MsoNormal>` paragraphs whose Latin runs (figures) sit in their own
#    `<span lang=EN-US>`, `<o:p>` tags, `&nbsp;`, a MsoTableGrid indicator table;
#    中央 / 自治区 / 区级 funds; `实际到位资金` with `到位率100%`; TRAP: `预算执行率97.6%`
#    for 318.92 / 326.80 = 97.59% (rounded as written); consistent)
# ===========================================================================
def _en(text: str) -> str:
    """Word's habit: every run of Latin letters and digits in its own `lang=EN-US` span."""
    out, i = [], 0
    while i < len(text):
        j = i
        if text[i].isascii() and (text[i].isalnum() or text[i] in ".,%"):
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".,%"):
                j += 1
            out.append(f"<span lang=EN-US>{text[i:j]}</span>")
        else:
            while j < len(text) and not (text[j].isascii() and (text[j].isalnum() or text[j] in ".,%")):
                j += 1
            out.append(text[i:j])
        i = j
    return "".join(out)


def _mso_p(text: str, indent: bool = True, align: str | None = None, bold: bool = False) -> str:
    style = "text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly" if indent else \
        "line-height:28.0pt;mso-line-height-rule:exactly"
    al = f" align={align}" if align else ""
    body = _en(text)
    if bold:
        body = f"<b>{body}</b>"
    return (f"<p class=MsoNormal{al} style='{style}'><span style='font-size:16.0pt;"
            f"font-family:仿宋_GB2312'>{body}<span lang=EN-US><o:p></o:p></span></span></p>")


def _mso_cell(text: str, width: int) -> str:
    inner = _en(text) if text else "<span lang=EN-US>&nbsp;</span>"
    return (f"<td width={width} valign=top style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>"
            f"<span style='font-size:10.5pt;font-family:仿宋_GB2312'>{inner}</span></p></td>")


def naidong_html() -> str:
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>乃东区农业农村局2023年度青稞良种繁育推广项目支出绩效自评报告</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>dell</o:LastAuthor>
  <o:Revision>6</o:Revision>
  <o:TotalTime>184</o:TotalTime>
  <o:Created>2024-03-04T02:16:00Z</o:Created>
  <o:LastSaved>2024-03-08T09:41:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Words>342</o:Words>
  <o:Characters>1953</o:Characters>
  <o:Lines>16</o:Lines>
  <o:Paragraphs>4</o:Paragraphs>
  <o:CharactersWithSpaces>2291</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
 @font-face
	{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

"""
    paras = [
        ("乃东区农业农村局", False, "center", True),
        ("2023年度青稞良种繁育推广项目支出绩效自评报告", False, "center", True),
        ("一、项目概况", True, None, True),
        ("青稞良种繁育推广项目由西藏自治区山南市乃东区农业农村局组织实施，在昌珠镇、颇章乡等6个乡镇"
         "建设良种繁育示范基地，向农牧民推广“藏青2000”等青稞良种，配套开展种植技术培训，提高青稞单产"
         "和良种覆盖率。", True, None, False),
        ("二、项目资金情况", True, None, True),
        ("项目全年预算数326.80万元，其中中央财政衔接推进乡村振兴补助资金240.00万元、自治区财政资金"
         "60.00万元、区级配套资金26.80万元。截至2023年12月31日，实际到位资金326.80万元，到位率100%。",
         True, None, False),
        ("全年支出318.92万元，预算执行率97.6%，结余7.88万元已收回区财政。具体支出为：良种采购196.40万元，"
         "种植补贴84.32万元，技术培训12.60万元，示范基地建设25.60万元。", True, None, False),
        ("三、绩效目标完成情况", True, None, True),
        ("全年推广青稞良种4.6万亩，带动农户3,280户；示范基地亩均单产较非示范区增加28公斤；举办技术"
         "培训班42期，培训农牧民1,260人次；良种于4月18日前全部发放到户。", True, None, False),
        ("四、自评结论", True, None, True),
        ("按照项目支出绩效评价指标体系逐项评分，本项目自评得分96.76分，自评等级为优。各项指标完成"
         "情况见下表。", True, None, False),
    ]
    body = [_mso_p(t, i, a, b) for t, i, a, b in paras]
    widths = [70, 82, 130, 80, 80, 44, 44]
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "良种推广面积", "≥4.5万亩", "4.6万亩", "15", "15"],
        ["产出指标", "数量指标", "培训农牧民", "≥1200人次", "1260人次", "10", "10"],
        ["产出指标", "质量指标", "良种纯度", "≥98%", "98.6%", "10", "10"],
        ["产出指标", "时效指标", "良种发放时间", "4月20日前", "4月18日", "5", "5"],
        ["产出指标", "成本指标", "亩均良种采购成本", "≤45元", "42.7元", "5", "5"],
        ["效益指标", "经济效益指标", "示范区亩均增产", "≥25公斤", "28公斤", "15", "15"],
        ["效益指标", "社会效益指标", "带动农户", "≥3000户", "3280户", "10", "10"],
        ["效益指标", "可持续影响指标", "良种繁育体系", "健全", "基本健全", "10", "7"],
        ["满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", "92.6%", "10", "10"],
        ["预算执行", "预算执行", "预算执行率", "100%", "97.6%", "10", "9.76"],
        ["合计", "", "", "", "", "100", "96.76"],
    ]
    spans = {1: 5, 6: 3}
    tab = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>"]
    for r, row in enumerate(rows):
        cells = []
        for col, (text, w) in enumerate(zip(row, widths, strict=True)):
            if col == 0 and r in spans:
                cells.append(_mso_cell(text, w).replace("<td ", f"<td rowspan={spans[r]} ", 1))
            elif col == 0 and 1 < r < 6 or col == 0 and 6 < r < 9:
                continue
            elif r == 11 and col == 0:
                cells.append(_mso_cell(text, sum(widths[:5])).replace("<td ", "<td colspan=5 ", 1))
            elif r == 11 and col < 5:
                continue
            elif r == 10 and col == 0:
                cells.append(_mso_cell(text, w + widths[1]).replace("<td ", "<td colspan=2 ", 1))
            elif r == 10 and col == 1:
                continue
            else:
                cells.append(_mso_cell(text, w))
        tab.append(f" <tr style='mso-yfti-irow:{r}'>\n  " + "\n  ".join(cells) + "\n </tr>")
    tab.append("</table>")
    tail_paras = [
        ("五、存在的问题", True, None, True),
        ("（一）部分乡镇示范基地灌溉设施老化，影响良种繁育产量。", True, None, False),
        ("（二）良种繁育、收购、储存各环节衔接不够紧密。", True, None, False),
        ("六、改进措施", True, None, True),
        ("（一）争取高标准农田项目资金，改善示范基地灌溉条件。", True, None, False),
        ("（二）培育良种繁育合作社，建立订单收购机制。", True, None, False),
        ("乃东区农业农村局", False, "right", False),
        ("2024年3月8日", False, "right", False),
    ]
    tail = [_mso_p(t, i, a, b) for t, i, a, b in tail_paras]
    return (head + "\n\n".join(body) + "\n\n" + "\n".join(tab) + "\n\n<p class=MsoNormal><span lang=EN-US>"
            "<o:p>&nbsp;</o:p></span></p>\n\n" + "\n\n".join(tail) + "\n\n</div>\n\n</body>\n\n</html>\n")


# ===========================================================================
# 12. guangshan-shuili-2019.txt  (河南 信阳市 光山县; 水利局; project; a text file whose
#    tables are drawn with BOX-DRAWING characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), padded for
#    a monospaced CJK display; 中央 / 省级 / 县级 funds in the text and in a 下达 / 支出
#    table; `已拨付施工单位` (paid); TRAP: `执行率98.9%` for 183.08 / 185.00 = 98.96%
#    (cut, not rounded); `权重合计100分`; consistent)
# ===========================================================================
def _cells_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def box_table(rows: Sequence[Sequence[str]], widths: Sequence[int], rule_after: Sequence[int] = (0,)) -> str:
    """A table drawn with box-drawing characters; `widths` in display columns (CJK = 2)."""
    def line(left, mid, right):
        return left + mid.join("─" * w for w in widths) + right

    def cell(text, w):
        return text + " " * (w - _cells_width(text))

    out = [line("┌", "┬", "┐")]
    for r, row in enumerate(rows):
        out.append("│" + "│".join(cell(t, w) for t, w in zip(row, widths, strict=True)) + "│")
        if r in rule_after and r != len(rows) - 1:
            out.append(line("├", "┼", "┤"))
    out.append(line("└", "┴", "┘"))
    return "\n".join(out)


def guangshan_text() -> str:
    funds = box_table([
        ["资金来源", "下达金额（万元）", "支出金额（万元）"],
        ["中央财政资金", "120.00", "118.62"],
        ["省级财政资金", "40.00", "39.46"],
        ["县级配套资金", "25.00", "25.00"],
        ["合计", "185.00", "183.08"],
    ], [14, 18, 18], rule_after=(0, 1, 2, 3))
    inds = box_table([
        ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"],
        ["产出指标", "数量指标", "维修养护水库数量", "6座", "6座", "15", "15"],
        ["产出指标", "数量指标", "大坝护坡整修长度", "≥3公里", "3.2公里", "10", "10"],
        ["产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"],
        ["产出指标", "时效指标", "汛前完工率", "100%", "83.3%", "10", "8.33"],
        ["产出指标", "成本指标", "工程造价控制", "不超批复概算", "未超概算", "5", "5"],
        ["效益指标", "社会效益指标", "受益人口", "≥3万人", "3.6万人", "10", "10"],
        ["效益指标", "经济效益指标", "恢复灌溉面积", "≥1万亩", "1.2万亩", "10", "10"],
        ["效益指标", "可持续影响指标", "水库管护责任落实", "全面落实", "基本落实", "10", "8"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91.2%", "10", "10"],
        ["预算执行", "预算执行", "预算执行率", "100%", "98.9%", "10", "9.9"],
        ["合计", "", "", "", "", "100", "96.23"],
    ], [12, 20, 18, 14, 10, 6, 7], rule_after=tuple(range(11)))
    return f"""光山县水利局
2019年度小型水库维修养护项目绩效自评报告

一、项目基本情况

光山县水利局负责河南省信阳市光山县小型水库的运行管理和维修养护指导。2019年，项目对县内6座病险较重的小（二）型水库实施维修养护，主要内容包括大坝护坡整修、溢洪道清淤、放水设施更换和管理房维修。

二、项目资金情况

2019年，中央财政下达水利发展资金120.00万元（豫财农〔2019〕57号），省级财政下达40.00万元，县级财政安排配套资金25.00万元，项目全年预算数185.00万元。截至2019年12月底，已拨付施工单位工程款183.08万元，执行率98.9%，剩余1.92万元为工程质保金，待质保期满后支付。各级资金下达和支出情况如下：

{funds}

三、绩效目标完成情况

全年完成6座小型水库的维修养护，整修大坝护坡3.2公里，清淤1.86万立方米，更换放水闸门9套；恢复灌溉面积1.2万亩，受益人口3.6万人。受施工期降雨影响，1座水库在汛后才完工。

四、自评结论

项目绩效评价指标体系权重合计100分。经自评，本项目综合评分为96.23分，评价等级为“优秀”。各项指标得分情况如下：

{inds}

五、存在的问题

一是小型水库点多面广，维修养护资金缺口较大；二是部分水库管护人员年龄偏大，专业技能不足。

六、改进措施

1、积极争取上级资金，建立县级小型水库维修养护资金稳定投入机制。
2、推行小型水库物业化管护，通过政府购买服务提高管护水平。
3、加强管护人员培训，落实“三个责任人”制度。

光山县水利局
2020年4月15日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "keyouqianqi-fayuan-2022.pdf": doc_keyouqianqi,
        "maqin-yibao-2023.pdf": doc_maqin,
        "wensu-danganguan-2021.pdf": doc_wensu,
        "qianjiang-jianchayuan-2022.pdf": doc_qianjiang,
        "yangpu-guanweihui-2023.pdf": doc_yangpu,
        "jizhou-dangxiao-2021.pdf": doc_jizhou,
        "xiji-youeryuan-2022.docx": doc_xiji,
        "pingxiang-canlian-2020.docx": doc_pingxiang,
        "jiaoling-xinpu-2024.xlsx": doc_jiaoling,
        "fusong-bianban-2020.html": lambda p: write_text(p, FUSONG),
        "naidong-nongye-2023.html": lambda p: write_text(p, naidong_html()),
        "guangshan-shuili-2019.txt": lambda p: write_text(p, guangshan_text()),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
