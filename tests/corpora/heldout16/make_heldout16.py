#!/usr/bin/env python3
"""Regenerate the heldout16 evaluation batch (11 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout16/make_heldout16.py [--out DIR]

Writes the PDF, DOCX and XLSX documents next to this script. The goldens (NAME.golden.json)
are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the scanned PDF is a reportlab page rendered by pypdfium2 at 200 dpi, skewed by Pillow and saved
by Pillow with fixed dates; DOCX/XLSX are re-zipped with a fixed entry date and fixed
core-property dates (tests/corpora/builder/office_kit).
This batch is about PDFs as offices export them: a multi-page report with a cover page, a running
header and footer that skip the cover, 一、（一）1.（1） numbering, a funds table that continues
over a page break without repeating its header and an indicator table on a landscape page of its
own; a ruled funds table with merged header cells two rows deep and indented 其中 rows, in 元,
beside 万元 in the text; a bare form whose long 项目名称 wraps in its cell and which has a 备注
column; a one-page prose report; a scanned page; a page set in two columns.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import io
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402

from tests.corpora.builder import cli, fonts  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY16"
FIXED_DT = datetime.datetime(2026, 12, 6, 21, 0, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"


class Pdf(CanvasPdf):
    """CanvasPdf with a cover page that has no header or footer, a switch to a landscape page,
    a right-aligned line, a grid with row spans and a two-column page."""

    def __init__(self, path: Path, cover: bool = False, **layout):
        self.cover = cover
        super().__init__(path, fonts.zenhei(FONT), **layout)

    def _furniture(self):
        if self.cover and self.page == 1:
            return
        if self.cover and self.footer:
            # the footer counts body pages only, as offices number them after a cover
            c = self.c
            if self.header:
                c.setFont(self.font, 9)
                c.drawString(self.m, self.H - self.m + 8, self.header)
                c.setLineWidth(0.5)
                c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
            c.setFont(self.font, 10)
            c.drawCentredString(self.W / 2, self.m - 24, f"第 {self.page - 1} 页")
            return
        super()._furniture()

    def landscape_page(self):
        self.new_page()
        self.pagesize = landscape(A4)
        self.c.setPageSize(self.pagesize)
        self.W, self.H = self.pagesize
        self.top = self.H - self.m - (18 if self.header else 0)
        self.cw = self.W - 2 * self.m
        self.y = self.top

    def right(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    def spanned_grid(self, cells, widths, heights, size=9):
        """cells: (row, col, rowspan, colspan, text, align); widths/heights in points (widths scaled)."""
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        c = self.c
        c.setLineWidth(0.5)
        for row, col, rs, cs, text, align in cells:
            x = self.m + sum(widths[:col])
            w = sum(widths[col:col + cs])
            top = self.y - sum(heights[:row])
            h = sum(heights[row:row + rs])
            c.rect(x, top - h, w, h)
            lines = wrap(text, self.font, w - 6, size) if text else []
            c.setFont(self.font, size)
            block = len(lines) * size * 1.4
            yy = top - (h - block) / 2 - size
            for line in lines:
                if align == "c":
                    c.drawCentredString(x + w / 2, yy, line)
                elif align == "r":
                    c.drawRightString(x + w - 3, yy, line)
                else:
                    c.drawString(x + 3, yy, line)
                yy -= size * 1.4
        self.y -= sum(heights) + 10

    def two_columns(self, blocks, size=9.5, gap=18):
        """Set (kind, text) blocks in two balanced columns on this one page: the left column is
        filled to about half the text's height, the rest goes to the right column."""
        colw = (self.cw - gap) / 2
        lead = size * 1.7
        lines = []  # (text, indent, extra space after)
        for kind, text in blocks:
            ind = 0 if kind == "h" else 2 * size
            wrapped = wrap(text, self.font, colw, size, ind)
            for n, line in enumerate(wrapped):
                lines.append((line, ind if n == 0 else 0, 3 if n == len(wrapped) - 1 else 0))
        half = sum(lead + extra for _, _, extra in lines) / 2
        col, y, used = 0, self.y, 0.0
        for line, ind, extra in lines:
            if col == 0 and used >= half:
                col, y = 1, self.y
            if y - lead < self.bottom:
                raise ValueError("two-column page overflows")
            x = self.m + col * (colw + gap) + ind
            self.c.setFont(self.font, size)
            self.c.drawString(x, y - size, line)
            y -= lead + extra
            used += lead + extra
        self.y = self.bottom


# --------------------------------------------------------------------------- 1. yongchun (PDF, 6 pages)
YONGCHUN_FUNDS = [
    ["项目", "2022年（万元）", "2021年（万元）", "说明"],
    ["年初预算", "3,862.40", "3,570.10", "县人大批复数"],
    ["调整追加", "1,215.36", "1,065.10", "年中追加公路建设和客运补贴资金"],
    ["全年预算", "5,077.76", "4,635.20", "年初预算与调整追加之和"],
    ["　其中：一般公共预算财政拨款", "3,918.52", "3,702.65", ""],
    ["　　　　政府性基金预算财政拨款", "960.00", "780.00", "车辆通行费和土地出让收入安排"],
    ["　　　　上年结转", "199.24", "152.55", ""],
    ["本年支出", "4,896.31", "4,410.08", ""],
    ["　其中：基本支出", "1,283.67", "1,236.90", ""],
    ["　　　　其中：人员经费", "1,052.18", "1,010.37", "工资福利和对个人和家庭的补助"],
    ["　　　　　　　公用经费", "231.49", "226.53", "商品和服务支出"],
    ["　　　　项目支出", "3,612.64", "3,173.18", ""],
    ["年末结转结余", "181.45", "225.12", "结转下年继续使用"],
    ["预算执行率", "96.43%", "95.14%", "本年支出÷全年预算"],
]
YONGCHUN_IND = [
    ["预算执行", "预算执行率", "预算执行率", "≥95%", "96.43%", "10", "9.64", ""],
    ["产出指标", "数量指标", "农村公路新改建里程", "≥60公里", "63.5公里", "15", "15", ""],
    ["产出指标", "数量指标", "农村公路安全生命防护工程", "≥120公里", "112公里", "15", "12",
     "部分隐患路段涉及林地手续，未能在年内开工，已列入2023年计划。"],
    ["产出指标", "质量指标", "国省干线公路优良路率", "≥85%", "82.6%", "10", "7", "部分路段交通量增长较快，路面病害增多。"],
    ["产出指标", "时效指标", "重点项目按期完工率", "100%", "90%", "10", "6", "个别项目因征迁滞后延期完工。"],
    ["效益指标", "社会效益指标", "建制村通客车率", "100%", "100%", "10", "10", ""],
    ["效益指标", "可持续影响指标", "农村公路列养率", "100%", "100%", "10", "10", ""],
    ["满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%", "86.4%", "10", "8", "偏远村客运班次偏少。"],
    ["管理指标", "制度建设", "财务管理制度健全性", "健全", "健全", "10", "10", ""],
    ["总分", "", "", "", "", "100", "87.64", "自评等级：优"],
]


def doc_yongchun(path: Path) -> None:
    p = Pdf(path, cover=True, size=11, header="永春县交通运输局2022年度部门整体支出绩效自评报告")
    # cover page
    p.space(120)
    p.title("永春县交通运输局\n2022年度部门整体支出绩效自评报告", size=22)
    p.space(200)
    for line in ("评价类型：部门整体支出绩效自评", "单位名称（盖章）：永春县交通运输局", "报送日期：2023年4月18日"):
        p.center(line, size=13)
    p.new_page()
    # body
    p.heading("一、部门基本情况")
    p.heading("（一）部门职能")
    p.para("永春县交通运输局负责全县公路、水路交通运输行业管理，承担农村公路建设和养护的监督管理，"
           "负责道路运输市场监管和城乡客运组织，指导交通运输安全生产和应急保障工作。")
    p.heading("（二）机构设置和人员情况")
    p.para("局机关内设办公室、规划建设股、运输管理股、安全监督股、财务审计股等股室，下属公路事业发展中心和"
           "交通综合执法大队。单位实行独立核算，纳入本次评价范围的为局机关及下属二级单位的全部收支。")
    p.heading("二、部门整体支出情况")
    p.heading("（一）预算收支情况")
    p.heading("1.预算安排")
    p.para("2022年年初预算3,862.40万元，年中调整追加1,215.36万元，全年预算5,077.76万元。按资金来源分，"
           "一般公共预算财政拨款3,918.52万元，政府性基金预算财政拨款960.00万元，上年结转199.24万元。")
    p.heading("2.支出情况")
    p.para("2022年本年支出4,896.31万元，预算执行率96.43%，年末结转结余181.45万元。")
    p.heading("（1）基本支出")
    p.para("基本支出1,283.67万元，其中人员经费1,052.18万元，用于在职人员工资福利和离退休人员补助；"
           "公用经费231.49万元，用于办公、水电、差旅、公务用车运行维护等日常运转。")
    p.heading("（2）项目支出")
    p.para("项目支出3,612.64万元，主要用于农村公路建设、国省干线公路养护和农村客运补贴。其中：")
    p.para("农村公路安全生命防护工程全年预算1,260.00万元，支出1,221.38万元，执行率96.93%；")
    p.para("国省干线公路养护全年预算840.50万元，支出840.50万元，执行率100.00%；")
    p.para("农村客运补贴全年预算386.00万元，支出362.84万元，执行率94.00%。")
    p.heading("（二）收支对比情况")
    p.para("下表列示本年与上年预算收支情况，上年数据取自2021年度部门决算，供对比参考。本年全年预算较上年增加，"
           "主要是农村公路提级改造和安全生命防护工程资金增加。")
    p.para("单位年度收支情况如下：", indent=False)
    p.table(YONGCHUN_FUNDS, widths=[36, 18, 18, 34], size=9.5)
    p.heading("三、绩效目标完成情况")
    p.heading("（一）产出情况")
    p.para("全年完成农村公路新改建63.5公里，实施安全生命防护工程112公里，改造危桥7座；完成国省干线公路日常养护"
           "186公里，处置路面坑槽、裂缝等病害2,340平方米。")
    p.heading("（二）效益情况")
    p.para("全县建制村通客车率保持100%，开行城乡客运班线48条，农村公路列养率100%。全年道路运输行业未发生较大以上"
           "安全生产事故。")
    p.heading("（三）满意度情况")
    p.para("通过问卷调查和12328交通运输服务监督电话回访，群众出行满意度为86.4%，较目标值低3.6个百分点。")
    p.heading("四、自评结论")
    p.para("按照县财政局印发的评分办法，自评得分85分（含）以上为优，75分（含）至85分为良，60分（含）至75分为中，"
           "60分以下为差。经综合评定，我局2022年度部门整体支出绩效自评得分87.64分，自评等级为“优”。"
           "评分明细见附件《部门整体支出绩效自评表》。")
    p.heading("五、存在的问题")
    p.para("1.部分项目前期工作准备不足，征迁和林地手续办理滞后，影响工程进度和资金支付。")
    p.para("2.国省干线公路养护投入与交通量增长不相适应，路况指标未达目标。")
    p.para("3.偏远村组客运班次偏少，群众出行满意度有待提升。")
    p.heading("六、改进措施")
    p.para("1.提前谋划项目储备，会同自然资源等部门并联办理前期手续，确保项目按期开工。")
    p.para("2.积极争取上级养护资金，实施预防性养护，提高国省干线公路优良路率。")
    p.para("3.推行预约响应式农村客运，在偏远村组增开赶集班和学生班。")
    p.right("永春县交通运输局")
    p.right("2023年4月18日")
    # the indicator table on a landscape page of its own
    p.landscape_page()
    p.heading("附件")
    p.center("永春县交通运输局2022年度部门整体支出绩效自评表", size=13)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    rows += [list(r) for r in YONGCHUN_IND]
    p.table(rows, widths=[11, 14, 22, 11, 11, 6, 7, 30], size=9)
    p.save()


# --------------------------------------------------------------------------- 2. yiliang (PDF, merged two-row header, 元)
def doc_yiliang(path: Path) -> None:
    p = Pdf(path, size=11, header="宜良县农业技术推广中心")
    p.title("宜良县农业技术推广中心\n2023年度耕地质量提升示范项目支出绩效自评报告", size=15)
    p.heading("一、项目概况")
    p.para("耕地质量提升示范项目由宜良县农业农村局下达，宜良县农业技术推广中心实施。项目在坝区和山区各选取示范片，"
           "推广秸秆还田、增施有机肥和酸化土壤改良技术，提升耕地地力等级。")
    p.heading("二、项目资金情况")
    p.para("项目年初预算 180.00 万元，年中追加 26.00 万元，全年预算 206.00 万元，其中中央财政资金 120.00 万元、"
           "省级财政资金 56.00 万元、县级财政资金 30.00 万元。全年支出 198.82 万元，执行率为 96.5%，"
           "结余 7.18 万元按规定结转使用。资金明细见下表（单位：元）。")
    widths = [150, 90, 90, 90, 105]
    heights = [20, 20, 20, 20, 20, 20]
    cells = [
        (0, 0, 2, 1, "资金来源", "c"),
        (0, 1, 1, 3, "资金情况（元）", "c"),
        (0, 4, 2, 1, "备注", "c"),
        (1, 1, 1, 1, "年初预算数", "c"),
        (1, 2, 1, 1, "全年预算数", "c"),
        (1, 3, 1, 1, "全年执行数", "c"),
    ]
    body = [
        ("年度资金总额", "1,800,000.00", "2,060,000.00", "1,988,200.00", ""),
        ("　　其中：中央财政资金", "1,200,000.00", "1,200,000.00", "1,200,000.00", "已全部支出"),
        ("　　　　　省级财政资金", "400,000.00", "560,000.00", "536,480.00", "年中追加"),
        ("　　　　　县级财政资金", "200,000.00", "300,000.00", "251,720.00", "年中追加"),
    ]
    for k, row in enumerate(body):
        for col, text in enumerate(row):
            cells.append((2 + k, col, 1, 1, text, "l" if col in (0, 4) else "r"))
    p.spanned_grid(cells, widths, heights, size=9)
    p.heading("三、绩效目标完成情况")
    p.para("全年建设耕地质量提升示范区3个，示范面积1.2万亩；举办技术培训26期，培训种植户1,450人次；采集检测土壤样品"
           "360个。示范区土壤有机质含量较实施前提高0.3个百分点，带动周边推广秸秆还田技术。")
    p.heading("四、自评结论")
    p.para("对照年初设定的绩效目标，项目产出和效益目标基本完成，自评得分 95.5 分，评价等级为“优”。")
    p.heading("五、存在的问题")
    p.para("一是省级和县级追加资金下达较晚，部分物资采购推迟到第四季度；二是山区示范片土壤检测频次不足。")
    p.heading("六、改进措施")
    p.para("一是提前编制物资采购计划，资金下达后及时启动采购；二是增加山区示范片取样点位，建立耕地质量长期监测档案。")
    p.right("宜良县农业技术推广中心")
    p.right("2024年3月12日")
    p.save()


# --------------------------------------------------------------------------- 3. pingguo (PDF form, wrapped name, 备注)
PINGGUO_NAME = "2024年果化镇巩固拓展脱贫攻坚成果同乡村振兴有效衔接火龙果种植基地水肥一体化设施建设项目"
PINGGUO_IND = [
    ["产出指标", "数量指标", "水肥一体化设施覆盖面积", "≥600亩", "620亩", "15", "15", "", ""],
    ["产出指标", "数量指标", "新建蓄水池", "≥4座", "4座", "10", "10", "", ""],
    ["产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", "", ""],
    ["产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年11月15日", "5", "3",
     "受雨季影响，管网铺设延后", "已于11月完工验收"],
    ["产出指标", "成本指标", "亩均建设成本", "≤2500元", "2368元", "10", "10", "", ""],
    ["效益指标", "经济效益指标", "带动脱贫户户均增收", "≥1500元", "1620元", "10", "10", "", "按入股分红测算"],
    ["效益指标", "社会效益指标", "受益脱贫户", "≥80户", "86户", "10", "10", "", ""],
    ["效益指标", "可持续影响指标", "设施使用年限", "≥10年", "10年", "10", "10", "", ""],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%", "10", "10", "", "问卷调查"],
]


def doc_pingguo(path: Path) -> None:
    p = Pdf(path, size=10, margin=48, footer=False)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2024年度）", size=10)
    W = [12, 12, 17, 12, 12, 6, 6, 13, 10]
    p.table([["项目名称", (PINGGUO_NAME, 3), "实施单位", ("平果市果化镇人民政府", 4)],
             ["主管部门", (("平果市乡村振兴局"), 3), "项目负责人", ("韦**", 4)]],
            widths=W, size=9, header_rows=0)
    p.table([["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ("备注", 2)],
             ["年度资金总额", "150.00", "150.00", "146.85", "10", "97.90%", "9.79", ("", 2)],
             ["其中：中央衔接资金", "100.00", "100.00", "100.00", E, E, E, ("", 2)],
             ["自治区衔接资金", "50.00", "50.00", "46.85", E, E, E, ("结余3.15万元收回", 2)]],
            widths=[17, 12, 12, 12, 6, 9, 6, 26], size=9)
    p.table([["年度总体目标", ("预期目标", 4), ("实际完成情况", 4)],
             ["", ("在火龙果种植基地建设水肥一体化设施600亩以上，新建蓄水池4座，带动脱贫户稳定增收。", 4),
              ("建成水肥一体化设施620亩，新建蓄水池4座，带动86户脱贫户通过入股分红增收。", 4)]],
            widths=W, size=9, header_rows=1)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "备注"]]
    rows += [list(r) for r in PINGGUO_IND]
    rows.append(["总分", "", "", "", "", "100", "98.79", "", ""])
    p.table(rows, widths=W, size=8.5)
    p.table([["自评结论", ("项目按计划建成并投入使用，资金使用规范。本项目自评得分98.79分，评价等级为优。", 8)]],
            widths=W, size=9, header_rows=0)
    p.para("填表人：黄**　　联系电话：0776-*******　　填报日期：2025年2月26日", indent=False, size=9)
    p.save()


# --------------------------------------------------------------------------- 4. shouguang (PDF, one page, prose)
def doc_shouguang(path: Path) -> None:
    p = Pdf(path, size=11)
    p.title("寿光市蔬菜产业发展中心\n2020年度蔬菜质量安全检测项目支出绩效自评报告", size=15)
    p.para("根据市财政局关于开展2020年度项目支出绩效自评工作的安排，我中心对蔬菜质量安全检测项目开展了自评，现将"
           "有关情况报告如下。")
    p.para("一、项目概况。项目主要用于全市蔬菜生产基地、批发市场和农贸市场的农药残留抽样检测，检测设备运行维护和检测"
           "试剂采购，及时发现和处置不合格产品，保障蔬菜质量安全。")
    p.para("二、资金使用情况。项目年初预算和全年预算均为 86.4 万元，资金全部为市级财政拨款，年内已全部到位。"
           "全年实际支出 82.56 万元，预算执行率 95.56%，结余 4.84 万元，按规定收回市财政。")
    p.para("三、绩效目标完成情况。全年完成蔬菜农残定量检测 2,860 批次，快速检测样品 4.2 万批次，检测合格率"
           "99.3%；对抽检发现的18批次不合格蔬菜全部依法处置，未发生区域性蔬菜质量安全事件。")
    p.para("四、自评结论。经对照绩效目标逐项评分，项目综合评分 93 分，评价等级为“优”。")
    p.para("五、存在的问题和改进措施。存在的问题：一是检测设备老化，部分仪器检测效率下降；二是镇街快速检测室人员"
           "流动较大。下一步，一是分年度更新检测设备，二是加强镇街检测人员业务培训和考核。")
    p.right("寿光市蔬菜产业发展中心")
    p.right("2021年3月25日")
    p.save()


# --------------------------------------------------------------------------- 5. meitan (scanned PDF, one page)
MEITAN_ROWS = [
    ["项目名称", ("茶园病虫害绿色防控", 3), "实施单位", ("湄潭县茶产业发展中心", 2)],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "120.00", "120.00", "117.60", "10", "98.00%", "9.80"],
    ["其中：财政拨款", "120.00", "120.00", "117.60", E, E, E],
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"],
    ["产出指标", "绿色防控茶园面积", "≥5万亩", "5.2万亩", "20", "20", ""],
    ["产出指标", "发放粘虫板", "≥30万张", "31.5万张", "20", "20", ""],
    ["产出指标", "茶叶农残抽检合格率", "100%", "100%", "20", "20", ""],
    ["效益指标", "茶园化学农药使用量减少", "≥10%", "12%", "15", "15", ""],
    ["满意度指标", "茶农满意度", "≥90%", "93%", "15", "15", ""],
    ["总分", "", "", "", "100", "99.80", ""],
]
MEITAN_TEXT = "\n".join(
    ["项目支出绩效自评表", "（2021年度）"]
    + [" | ".join(c if isinstance(c, str) else c[0] for c in row) for row in MEITAN_ROWS]
    + ["自评得分：99.8分　等级：优", "湄潭县茶产业发展中心　2022年3月"])


def _meitan_page() -> bytes:
    import tempfile

    tmp = tempfile.TemporaryDirectory()
    page = Path(tmp.name) / "page.pdf"
    p = Pdf(page, size=11, footer=False)
    p.title("项目支出绩效自评表", size=16)
    p.center("（2021年度）", size=10)
    p.table(MEITAN_ROWS, widths=[16, 22, 13, 13, 9, 11, 12], size=9.5, header_rows=0)
    p.para("自评得分：99.8分　等级：优", indent=False)
    p.right("湄潭县茶产业发展中心　2022年3月")
    p.save()
    data = page.read_bytes()
    tmp.cleanup()
    return data


def doc_meitan(path: Path) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf = pdfium.PdfDocument(_meitan_page())
    img = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    pdf.close()
    img = img.point(lambda v: 238 if v > 238 else v)  # grey paper
    img = img.rotate(-0.8, resample=Image.Resampling.BICUBIC, fillcolor=240, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    stamp = time.strptime("2022-03-30 09:12:00", "%Y-%m-%d %H:%M:%S")
    buffer = io.BytesIO()
    img.save(buffer, "PDF", resolution=200, creationDate=stamp, modDate=stamp, producer="Scanner PDF", title="")
    path.write_bytes(buffer.getvalue())


# --------------------------------------------------------------------------- 6. wenjiang (PDF, two columns)
WENJIANG_BLOCKS = [
    ("h", "一、部门基本情况"),
    ("p", "柳城街道办事处是温江区人民政府的派出机关，承担辖区党的建设、公共服务、公共管理、公共安全和经济发展"
          "等职责，内设党政办公室、社区发展治理办公室、综合执法办公室等机构。"),
    ("h", "二、部门整体支出情况"),
    ("p", "2024年年初预算8,426.30万元，年中追加1,073.95万元，全年预算9,500.25万元，其中一般公共预算财政拨款"
          "9,212.05万元，上年结转288.20万元。"),
    ("p", "全年支出9,146.72万元，其中基本支出3,318.46万元（人员经费2,870.12万元、公用经费448.34万元），"
          "项目支出5,828.26万元。预算执行率97.86%，年末结转结余353.53万元。"),
    ("h", "三、绩效目标实现情况"),
    ("p", "全年受理办结群众诉求3,682件，其中12345热线转办件2,115件，按时办结率100%；改造老旧院落14个，"
          "惠及居民2,860户；开展就业招聘活动22场，新增城镇就业1,260人；完成燃气、电动自行车等安全隐患排查"
          "整治1,935处。"),
    ("p", "辖区社区综合服务设施全部达标，居民对社区服务的满意度为93.5%。"),
    ("h", "四、自评结论"),
    ("p", "街道对照部门整体支出绩效目标逐项自评，综合得分94分，评价等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分老旧院落改造项目前期居民意见征集时间较长，资金支付进度偏慢。"),
    ("p", "（二）社区公共服务经费绩效目标设置较笼统，量化指标不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前开展院落改造意见征集，按工程进度及时拨付资金。"),
    ("p", "（二）细化社区公共服务经费绩效目标，增加可量化的产出和效益指标。"),
    ("p", "成都市温江区柳城街道办事处"),
    ("p", "2025年4月10日"),
]


def doc_wenjiang(path: Path) -> None:
    p = Pdf(path, size=10, margin=54)
    p.title("成都市温江区柳城街道办事处\n2024年度部门整体支出绩效自评报告", size=15)
    p.two_columns(WENJIANG_BLOCKS, size=10)
    p.save()


# --------------------------------------------------------------------------- 7. zhengding (DOCX)
def doc_zhengding(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = STAMP.new_docx()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("正定县卫生健康局2020年度部门整体支出绩效自评报告").bold = True
    para(d, "一、部门概况", indent=False, bold=True)
    para(d, "正定县卫生健康局负责全县卫生健康事业发展规划、公共卫生和医疗服务管理、疾病预防控制、妇幼健康和"
            "人口家庭发展等工作，2020年同时承担新冠肺炎疫情防控的组织协调任务。")
    para(d, "二、部门整体支出情况", indent=False, bold=True)
    para(d, "2020年年初预算6,215.80万元，年中追加816.68万元，主要用于疫情防控物资和核酸检测能力建设，全年预算"
            "7,032.48万元。全年支出6,874.19万元，预算执行率97.75%，年末结转结余158.29万元。收支明细如下表。")
    table(d, [["项目", "金额（万元）"],
              ["全年预算", "7,032.48"],
              ["其中：一般公共预算财政拨款", "6,652.48"],
              ["政府性基金预算财政拨款", "380.00"],
              ["本年支出", "6,874.19"],
              ["其中：基本支出", "2,106.35"],
              ["项目支出", "4,767.84"],
              ["结转结余", "158.29"]])
    para(d, "三、绩效目标完成情况", indent=False, bold=True)
    para(d, "全年家庭医生签约服务覆盖18.6万人，完成适龄儿童免疫规划疫苗接种4.3万剂次，建成发热门诊3个；"
            "组织开展核酸检测能力培训42场次。全县孕产妇系统管理率达到95.2%。")
    para(d, "四、自评结论", indent=False, bold=True)
    para(d, "根据县财政局评分规则，90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"
            "经自评，我局2020年度部门整体支出绩效自评得分88.5分，评价等级为“优”。")
    para(d, "五、存在的问题", indent=False, bold=True)
    para(d, "（一）疫情防控追加资金下达集中，部分物资采购程序压缩。")
    para(d, "（二）基层医疗卫生机构设备配置资金绩效目标不够细化。")
    para(d, "（三）项目资金支付进度前慢后快。")
    para(d, "六、改进措施", indent=False, bold=True)
    para(d, "（一）建立应急物资采购备选库，规范应急采购程序。")
    para(d, "（二）细化设备配置项目绩效目标，增加设备使用率等指标。")
    para(d, "（三）按月通报项目资金支付进度。")
    para(d, "正定县卫生健康局　2021年4月6日", indent=False)
    STAMP.save_docx(d, path)


# --------------------------------------------------------------------------- 8. wuchang (XLSX, 元, 备注)
WUCHANG_FUNDS = [
    ("年度资金总额", 1500000, 1680000, 1653420, 10, "98.42%", 9.84, ""),
    ("其中：当年财政拨款", 1500000, 1500000, 1500000, E, E, E, ""),
    ("上年结转资金", E, 180000, 153420, E, E, E, "上年结转资金用于2024年度未完工维修工程尾款"),
]
WUCHANG_IND = [
    ["产出指标", "数量指标", "维修养护集中供水工程", "≥45处", "48处", 20, 20, ""],
    ["产出指标", "质量指标", "水质检测合格率", "≥95%", "96.8%", 15, 15, ""],
    ["产出指标", "时效指标", "故障维修及时率", "≥95%", "97%", 10, 10, ""],
    ["效益指标", "社会效益指标", "受益人口", "≥8万人", "8.3万人", 15, 15, ""],
    ["效益指标", "可持续影响指标", "供水工程完好率", "≥90%", "92%", 15, 15, "冬季冻胀损坏的管段已修复"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91%", 15, 15, ""],
]


def doc_wuchang(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", [16, 16, 22, 16, 16, 16, 8, 10, 22], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2025年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "单位：元", merge_to="I3", border=False)
    xl_put(ws, "A4", "项目名称")
    xl_put(ws, "B4", "农村饮水安全工程维修养护", merge_to="I4")
    xl_put(ws, "A5", "主管部门")
    xl_put(ws, "B5", "五常市水务局", merge_to="C5")
    xl_put(ws, "D5", "实施单位")
    xl_put(ws, "E5", "五常市水务局", merge_to="I5")
    xl_put(ws, "A6", "项目资金", merge_to="A9")
    for col, head in zip("BCDEFGHI", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注"],
                         strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    for k, row in enumerate(WUCHANG_FUNDS):
        r = 7 + k
        xl_put(ws, f"B{r}", row[0])
        for col, v in zip("CDE", row[1:4], strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00",
                   center=v == E)
        for col, v in zip("FGH", row[4:7], strict=True):
            xl_put(ws, f"{col}{r}", v, center=True)
        xl_put(ws, f"I{r}", row[7])
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="E10")
    xl_put(ws, "F10", "实际完成情况", merge_to="I10")
    xl_put(ws, "B11", "对全市农村集中供水工程开展维修养护，保障农村居民饮水安全。", merge_to="E11")
    xl_put(ws, "F11", "完成48处集中供水工程维修养护，更换老化管网12.6公里，更换水泵和消毒设备37台套。", merge_to="I11")
    ws.row_dimensions[11].height = 48
    for col, head in zip("ABCDEFGHI", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析", "备注"], strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    xl_put(ws, "A13", "预算执行")
    xl_put(ws, "B13", "预算执行率")
    xl_put(ws, "C13", "预算执行率")
    xl_put(ws, "D13", "100%")
    xl_put(ws, "E13", "98.42%")
    xl_put(ws, "F13", 10)
    xl_put(ws, "G13", 9.84)
    xl_put(ws, "H13", None)
    xl_put(ws, "I13", "")
    for k, row in enumerate(WUCHANG_IND):
        r = 14 + k
        for col, v in zip("ABCDEFG", row[:7], strict=True):
            xl_put(ws, f"{col}{r}", v)
        xl_put(ws, f"H{r}", None)
        xl_put(ws, f"I{r}", row[7])
    last = 14 + len(WUCHANG_IND)
    xl_put(ws, f"A{last}", "合计", merge_to=f"E{last}")
    xl_put(ws, f"F{last}", 100)
    xl_put(ws, f"G{last}", 99.84)
    xl_put(ws, f"A{last + 1}", "自评结论")
    xl_put(ws, f"B{last + 1}", "项目资金使用规范，维修养护任务全面完成。自评得分99.84分，评价等级为优。",
           merge_to=f"I{last + 1}")
    STAMP.save_xlsx(wb, path)


# --------------------------------------------------------------------------- 9. lingbao (PDF, 2 pages, horizontal two-row header)
class PagedPdf(Pdf):
    """Footer `第 N 页 共 M 页`, M given up front (an office export knows it)."""

    def __init__(self, path: Path, total: int, **layout):
        self.total = total
        super().__init__(path, **layout)

    def _furniture(self):
        self.c.setFont(self.font, 9)
        self.c.drawCentredString(self.W / 2, self.m - 24, f"第 {self.page} 页 共 {self.total} 页")


def doc_lingbao(path: Path) -> None:
    p = PagedPdf(path, total=2, size=11)
    p.title("灵宝市中医院2019年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门概况")
    p.heading("（一）单位职能")
    p.para("灵宝市中医院是灵宝市卫生健康委员会所属的公益二类事业单位，承担中医医疗、急诊急救、预防保健、中医药"
           "适宜技术推广和基层医务人员培训等任务。")
    p.heading("（二）年度工作目标")
    p.para("巩固二级甲等中医医院建设成果，提升中医优势专科服务能力，推进“互联网+医疗健康”便民服务，落实公立医院"
           "综合改革各项政策。")
    p.heading("二、部门整体支出情况")
    p.heading("（一）预算及收入情况")
    p.para("2019年年初预算1,836.50万元，年中追加412.70万元，全年预算2,249.20万元。其中一般公共预算财政拨款"
           "1,968.40万元，事业收入180.80万元，上年结转100.00万元。")
    p.heading("（二）支出情况")
    p.para("2019年本年支出2,187.64万元，预算执行率97.26%，年末结转结余61.56万元。基本支出1,204.38万元，其中"
           "人员经费1,015.62万元、公用经费178.76万元；项目支出983.26万元。基本支出按经济分类，工资福利支出"
           "986.20万元，商品和服务支出190.48万元，对个人和家庭的补助27.70万元。支出结构见下表（单位：万元）。")
    widths = [70, 70, 62, 62, 62, 62, 62]
    heights = [20, 20, 22]
    cells = [
        (0, 0, 2, 1, "全年预算", "c"),
        (0, 1, 2, 1, "本年支出合计", "c"),
        (0, 2, 1, 3, "基本支出", "c"),
        (1, 2, 1, 1, "小计", "c"),
        (1, 3, 1, 1, "人员经费", "c"),
        (1, 4, 1, 1, "公用经费", "c"),
        (0, 5, 2, 1, "项目支出", "c"),
        (0, 6, 2, 1, "结转结余", "c"),
    ]
    for col, text in enumerate(["2,249.20", "2,187.64", "1,204.38", "1,015.62", "178.76", "983.26", "61.56"]):
        cells.append((2, col, 1, 1, text, "r"))
    p.spanned_grid(cells, widths, heights, size=9.5)
    p.heading("三、绩效目标完成情况")
    p.para("全年门急诊诊疗21.6万人次，出院病人8,940人次，开展针灸、推拿等中医适宜技术服务3.2万人次；组织基层"
           "医务人员中医药知识培训14期，培训620人次。门诊患者满意度为94.6%。")
    p.heading("四、自评结论")
    p.para("经自评，2019年度部门整体支出绩效自评得分92.5分，自评等级为优。")
    p.heading("五、存在的问题")
    p.para("（一）部分设备购置项目招标时间较长，资金支付集中在年末。")
    p.para("（二）中医优势专科建设绩效目标以定性表述为主，量化程度不高。")
    p.heading("六、改进措施")
    p.para("（一）提前开展设备论证和招标准备，均衡支付进度。")
    p.para("（二）细化专科建设绩效目标，设置门诊量、技术项目数等量化指标。")
    p.right("灵宝市中医院")
    p.right("2020年4月8日")
    p.save()


# --------------------------------------------------------------------------- 10. dongyang (PDF, 共性指标 score table)
DONGYANG_IND = [
    ["决策", "项目立项", "立项依据充分性", "", "", "5", "5"],
    ["决策", "绩效目标", "绩效目标明确性", "", "", "5", "4"],
    ["决策", "资金投入", "预算编制科学性", "", "", "10", "9"],
    ["过程", "资金管理", "资金到位率", "100%", "100%", "5", "5"],
    ["过程", "资金管理", "预算执行率", "100%", "97.86%", "10", "9.79"],
    ["过程", "组织实施", "管理制度执行有效性", "", "", "5", "5"],
    ["产出", "产出数量", "精品村环境整治", "≥2个", "2个", "15", "15"],
    ["产出", "产出质量", "工程验收合格率", "100%", "100%", "10", "10"],
    ["产出", "产出时效", "完工及时性", "2021年11月底前", "2021年12月20日", "5", "3"],
    ["效益", "社会效益", "村民人居环境改善", "明显改善", "明显改善", "15", "15"],
    ["效益", "满意度", "村民满意度", "≥90%", "92%", "15", "15"],
]


def doc_dongyang(path: Path) -> None:
    p = PagedPdf(path, total=2, size=11)
    p.title("横店镇2021年度美丽乡村精品村建设项目\n支出绩效自评报告", size=15)
    p.heading("一、项目基本情况")
    p.para("项目名称：美丽乡村精品村建设。项目由东阳市横店镇人民政府组织实施，对两个精品村开展村庄环境整治、"
           "农房立面改造和配套设施建设。")
    p.heading("二、项目资金情况")
    p.para("项目全年预算3,000,000.00元，其中省级补助资金1,800,000.00元、东阳市级配套资金1,200,000.00元。全年实际"
           "支出2,936,088.00元，执行率97.86%，结余资金63,912.00元。")
    p.heading("三、项目绩效情况")
    p.para("完成2个精品村环境整治，新建游步道3.6公里，改造农房立面12,600平方米，新增停车位240个。项目于2021年12月"
           "20日通过验收，村民满意度为92%。")
    p.heading("四、评分情况")
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]]
    rows += [list(r) for r in DONGYANG_IND]
    rows.append(["合计", "", "", "", "", "100", "95.79"])
    p.table(rows, widths=[10, 12, 20, 16, 16, 7, 8], size=9)
    p.para("综上，本项目绩效自评得分95.79分，评价等级为“优”。")
    p.heading("五、存在的问题")
    p.para("1.受连续降雨影响，游步道工程完工时间比计划推迟。")
    p.para("2.项目建成后的日常管护机制尚不完善。")
    p.heading("六、下一步措施")
    p.para("1.合理安排工期，提前做好雨季施工预案。")
    p.para("2.落实村级管护责任，将管护经费纳入村级年度预算。")
    p.right("东阳市横店镇人民政府")
    p.right("2022年3月15日")
    p.save()


# --------------------------------------------------------------------------- 11. shimen (HTML portal page)
SHIMEN_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>皂市镇2021年度部门整体支出绩效自评报告_石门县人民政府</title>
</head>
<body>
<div class="top"><a href="#">石门县人民政府</a> | <a href="#">无障碍</a> | <a href="#">关怀版</a></div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">乡镇信息公开</a> &gt; <a href="#">皂市镇</a></div>
<div class="article">
<h1>皂市镇2021年度部门整体支出绩效自评报告</h1>
<div class="info">来源：皂市镇人民政府　发布时间：2022-05-19 10:26　浏览次数：418</div>
<div class="content">
<p>&nbsp;&nbsp;&nbsp;&nbsp;一、基本情况</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;石门县皂市镇人民政府承担全镇经济发展、社会事务、农村管理和公共服务等职能。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;二、资金收支情况</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;2021年全年预算1,748.36万元，全年支出1,702.19万元，其中基本支出986.42万元、项目支出715.77万元，预算执行率97.36%，年末结转结余46.17万元。资金情况见下表。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td rowspan="2">资金类别</td><td colspan="3">金额（万元）</td><td rowspan="2">执行率</td></tr>
<tr><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td></tr>
<tr><td>年度资金总额</td><td>1,520.00</td><td>1,748.36</td><td>1,702.19</td><td>97.36%</td></tr>
<tr><td>其中：一般公共预算财政拨款</td><td>1,480.00</td><td>1,650.36</td><td>1,610.19</td><td>—</td></tr>
<tr><td>上年结转</td><td>—</td><td>58.00</td><td>52.00</td><td>—</td></tr>
<tr><td>其他资金</td><td>40.00</td><td>40.00</td><td>40.00</td><td>—</td></tr>
</table>
<p>&nbsp;&nbsp;&nbsp;&nbsp;三、绩效目标完成情况</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;全年完成农村危房改造23户，清理农村沟渠46公里，组织送医下乡义诊12场次，全镇新增市场主体138户。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;四、自评结果</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;评分标准：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。经自评，我镇2021年度部门整体支出绩效得分90分，等级为“优”。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;五、存在的问题和改进措施</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;存在的问题：一是部分项目资金到位较晚，影响实施进度；二是绩效目标设置不够细化。改进措施：一是加强与县直部门的沟通衔接，争取资金尽早到位；二是按项目细化绩效目标，强化绩效运行监控。</p>
<p style="text-align:right">石门县皂市镇人民政府</p>
<p style="text-align:right">2022年5月18日</p>
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer">主办：石门县人民政府办公室　网站标识码：4307260001　湘ICP备05011230号</div>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "yongchun-jiaotong-2022.pdf": doc_yongchun,
        "yiliang-nongji-2023.pdf": doc_yiliang,
        "pingguo-guohua-2024.pdf": doc_pingguo,
        "shouguang-shucai-2020.pdf": doc_shouguang,
        "meitan-chaye-2021.pdf": doc_meitan,
        "wenjiang-liucheng-2024.pdf": doc_wenjiang,
        "zhengding-weijian-2020.docx": doc_zhengding,
        "wuchang-shuiwu-2025.xlsx": doc_wuchang,
        "lingbao-zhongyiyuan-2019.pdf": doc_lingbao,
        "dongyang-hengdian-2021.pdf": doc_dongyang,
        "shimen-zaoshi-2021.html": lambda p: write_text(p, SHIMEN_HTML),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
