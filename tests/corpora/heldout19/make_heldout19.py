#!/usr/bin/env python3
"""Regenerate the heldout19 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout19/make_heldout19.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML, TXT and Markdown documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
DOCX/XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML, TXT and Markdown are UTF-8 without BOM, LF line ends.
This batch mixes what real bulk input looks like: six office-exported PDFs (a long department
report with a cover, a table of contents whose page numbers come from a first layout pass, a
running header and numbering 一、（一）1.（1）; a project report whose tables are 三线表; a
department report whose project table runs over a page break and repeats its header row; a bare
two-page 部门整体支出绩效自评表 with 决策 / 过程 / 产出 / 效益 blocks and their weights; a project
report whose 万元 parts are rounded from a 元 table; a project report with its bands stated in
优秀 / 良好 / 合格 / 不合格), two Word files (a table whose cells hold line breaks inside figures
and labels; headings numbered 第一部分 / 第二部分 by Word's list numbering, not by characters of
the text), a workbook with a funds sheet and an indicators sheet, a portal page, a text file as
pdftotext writes it (form feeds between pages, `- N -` on each page, hard-wrapped lines), and a
Markdown file. Five real inconsistencies are planted; eleven figures only look inconsistent.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from tests.corpora.builder import cli, fonts  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY19"
FIXED_DT = datetime.datetime(2026, 12, 15, 9, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=7)
E = "—"


NO_LINE_START = "，。、；：！？）》”%"


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back to
    the end of the line before (word processors let it hang into the margin)."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf as office suites export it: a creator string, a footer style (`- N -`,
    `第 N 页 共 M 页`, or none), `skip` leading pages without furniture (a cover, a contents page;
    the body pages are numbered from 1), a centred running header, a right-aligned line, ruled
    grids with merged cells, and a ruled table that repeats its header rows after a page break."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0, skip: int = 0,
                 offset: int | None = None, creator: str = "WPS Writer", **layout):
        self.footer_style = footer_style
        self.total = total
        self.skip = skip
        self.offset = skip if offset is None else offset
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self):
        if self.page <= self.skip:
            return
        c = self.c
        number = self.page - self.offset
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is None:
            return
        c.setFont(self.font, 10)
        text = {"dash": f"- {number} -", "of": f"第 {number} 页 共 {self.total} 页"}[self.footer_style]
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

    def at_top(self) -> None:
        """Start a new page unless this one is still empty."""
        if self.y < self.top:
            self.new_page()

    # ----- a ruled grid with merged cells; rows tied by a row-spanning cell stay on one page
    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float],
             merges: dict[tuple[int, int], tuple[int, int]] | None = None, size: float = 9,
             align: Sequence[str] | None = None, repeat: int = 0) -> None:
        """rows: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one cell
        over the area (the covered cells' text is ignored). After a page break the first `repeat`
        rows are drawn again at the top of the new page."""
        merges = merges or {}
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
        ends = list(range(len(rows)))
        for (r, _col), (rs, _cs) in merges.items():
            for rr in range(r, r + rs):
                ends[rr] = max(ends[rr], r + rs - 1)

        def draw_block(first: int, last: int) -> None:
            tops = [self.y - sum(heights[first:rr]) for rr in range(first, last + 1)]
            for rr in range(first, last + 1):
                for col in range(len(widths)):
                    if (rr, col) in covered:
                        continue
                    rs, cs = span(rr, col)
                    x = self.m + sum(widths[:col])
                    w = sum(widths[col:col + cs])
                    top = tops[rr - first]
                    h = sum(heights[rr:rr + rs])
                    c.setLineWidth(0.5)
                    c.rect(x, top - h, w, h)
                    lines = lines_of(rr, col)
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
            self.y -= sum(heights[first:last + 1])

        r = 0
        while r < len(rows):
            last, k = r, r
            while k <= last:
                last = max(last, ends[k])
                k += 1
            if self.y - sum(heights[r:last + 1]) < self.bottom:
                self.new_page()
                if repeat and r >= repeat:
                    draw_block(0, repeat - 1)
            draw_block(r, last)
            r = last + 1
        self.y -= 10


def _blocks(p: Pdf, blocks) -> None:
    for kind, text in blocks:
        if kind == "h":
            p.heading(text)
        elif kind == "p":
            p.para(text)
        else:
            raise ValueError(kind)


def _two_pass(path: Path, build) -> None:
    """Lay a document out twice: the first pass (into a scratch file) records the page of every
    heading, the second prints those pages in the table of contents."""
    fd, scratch = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        pages = build(Path(scratch), {})
    finally:
        os.unlink(scratch)
    build(path, pages)


# =========================================================================== 1. gaizhou (long PDF: cover, 目录)
GAIZHOU_TITLE = "盖州市卫生健康局2021年度部门整体支出绩效自评报告"
GAIZHOU_TOC = ["一、部门基本情况", "二、部门预算收支情况", "三、预算执行情况", "四、部门整体绩效目标完成情况",
               "五、自评结论", "六、存在的问题", "七、改进措施和下一步工作计划"]
GAIZHOU_BODY = [
    ("h", "一、部门基本情况"),
    ("h", "（一）部门职责"),
    ("p", "盖州市卫生健康局是市政府工作部门，主管全市卫生健康工作。按照机构改革后的“三定”规定，主要职责包括以下"
          "几个方面。"),
    ("p", "1.贯彻执行国家和省卫生健康工作方针政策，拟订全市卫生健康事业发展规划并组织实施，统筹规划全市卫生健康"
          "资源配置，指导区域卫生健康规划的编制和实施。"),
    ("p", "2.协调推进深化医药卫生体制改革，组织深化公立医院综合改革，推进管办分离，健全现代医院管理制度，推动"
          "卫生健康公共服务提供主体多元化、提供方式多样化。"),
    ("p", "3.负责全市疾病预防控制工作，制定并组织落实传染病、地方病、慢性非传染性疾病等防治规划，负责卫生应急"
          "工作，组织和指导突发公共卫生事件预防控制和各类突发事件医疗卫生救援。"),
    ("p", "4.组织拟订并协调落实应对人口老龄化政策措施，负责推进老年健康服务体系建设和医养结合工作；负责计划"
          "生育管理和服务工作，完善生育政策。"),
    ("p", "5.负责职责范围内的职业卫生、放射卫生、环境卫生、学校卫生、公共场所卫生、饮用水卫生等公共卫生的监督"
          "管理，负责传染病防治监督，健全卫生健康综合监督体系。"),
    ("p", "6.制定医疗机构、医疗服务行业管理办法并监督实施，建立医疗服务评价和监督管理体系，负责基层卫生健康"
          "服务体系建设和全科医生队伍建设，推进卫生健康科技创新发展。"),
    ("h", "（二）机构设置和人员情况"),
    ("p", "局机关内设办公室、规划发展与信息化科、医政医管科、基层卫生健康科、疾病预防控制科、卫生应急办公室、"
          "老龄健康科、人口监测与家庭发展科、财务审计科等科室11个，下属事业单位6个，分别为疾病预防控制中心、"
          "卫生计生监督所、妇幼保健计划生育服务中心、中心血站、急救中心和卫生健康事务服务中心。截至2021年末，"
          "部门核定编制486名，实有在职人员452人。"),
    ("h", "（三）部门预算单位构成"),
    ("p", "纳入2021年度部门预算编制范围的单位共7个，包括局机关本级和上述6个所属事业单位。其中疾病预防控制中心"
          "和妇幼保健计划生育服务中心取得部分技术服务收入，按规定纳入部门预算统一管理。"),
    ("h", "（四）年度主要工作任务"),
    ("p", "2021年，我局围绕“保基本、强基层、建机制”的总体要求，确定了以下年度重点任务：一是毫不放松抓好常态化"
          "疫情防控，有序推进新冠病毒疫苗接种；二是落实国家基本公共卫生服务项目，提升重点人群健康管理水平；三是"
          "推进乡镇卫生院标准化建设，提高基层医疗卫生服务能力；四是加强卫生健康综合监督执法，规范医疗服务秩序；"
          "五是落实计划生育奖励扶助政策，做好人口监测和家庭发展工作。"),
    ("p", "围绕上述任务，部门年初设定的整体绩效目标主要包括：居民电子健康档案建档率不低于90%，孕产妇系统管理率"
          "不低于90%，完成乡镇卫生院标准化改造4所，卫生监督检查覆盖率达到100%，群众满意度不低于90%。"),
    ("h", "二、部门预算收支情况"),
    ("h", "（一）预算安排情况"),
    ("p", "1.年初预算。2021年我局年初批复部门预算12,486.30万元，主要用于保障机关和所属单位正常运转、落实基本"
          "公共卫生服务、基层医疗卫生机构运行补助和重大疾病防控等工作。"),
    ("p", "2.预算调整。年度执行中，因新冠肺炎疫情防控、新冠病毒疫苗接种和基层医疗卫生机构能力提升等工作需要，"
          "财政追加预算2,318.74万元，调整后全年预算14,805.04万元。"),
    ("h", "（二）收入情况"),
    ("p", "2021年本年收入合计14,386.52万元，其中：财政拨款收入12,962.18万元，占本年收入合计的90.10%；事业收入"
          "1,424.34万元，占9.90%。本年收入合计较上年的13,530.32万元增加856.20万元，增长6.33%，主要是疫情防控和"
          "疫苗接种补助资金增加。此外，使用上年结转结余418.52万元，与本年收入合计共同构成全年预算。"),
    ("h", "（三）支出情况"),
    ("p", "2021年本年支出合计14,392.86万元，按支出性质分："),
    ("p", "1.基本支出6,874.21万元，其中：（1）人员经费6,012.47万元，主要用于在职人员工资、津贴补贴、社会保障"
          "缴费和离退休人员费用；（2）公用经费861.74万元，主要用于办公、水电、差旅、维修和公务用车运行维护等"
          "日常运转支出。"),
    ("p", "2.项目支出7,518.65万元，主要用于基本公共卫生服务、新冠肺炎疫情防控、基层医疗卫生机构运行补助、"
          "计划生育家庭奖励扶助和卫生健康信息化建设等。"),
    ("h", "（四）结转结余情况"),
    ("p", "2021年末结转结余412.18万元，主要为年末下达、尚未执行完毕的疫情防控物资采购资金，已按规定结转下年继续"
          "使用。"),
    ("h", "三、预算执行情况"),
    ("h", "（一）总体执行情况"),
    ("p", "2021年全年预算14,805.04万元，本年支出合计14,392.86万元，预算执行率为97.22%。从执行进度看，上半年支出"
          "进度偏慢，第三季度起随疫苗接种补助和基层机构运行补助集中拨付，支出进度明显加快。"),
    ("h", "（二）重点项目执行情况"),
    ("p", "1.基本公共卫生服务项目。该项目全年预算数2,846.00万元，执行数2,803.31万元，预算执行率98.50%，资金按"
          "服务数量和考核结果拨付至各乡镇卫生院和社区卫生服务中心。"),
    ("p", "2.新冠肺炎疫情防控项目。该项目全年预算数1,650.00万元，执行数1,584.66万元，预算执行率96.04%，主要用于"
          "核酸检测、隔离点运行、防控物资储备和一线人员临时性工作补助。"),
    ("h", "（三）预算管理情况"),
    ("p", "我局严格执行预算管理、政府采购和国库集中支付等制度，年内修订了内部控制手册和项目资金管理办法，对所属"
          "单位开展了财务专项检查，未发现重大违规问题。"),
    ("h", "四、部门整体绩效目标完成情况"),
    ("h", "（一）产出完成情况"),
    ("p", "1.公共卫生服务。全市居民电子健康档案建档38.6万份，为65岁以上老年人提供健康管理服务4.12万人，高血压"
          "患者规范管理2.96万人，孕产妇系统管理率96.8%，适龄儿童国家免疫规划疫苗接种率96.2%。"),
    ("p", "2.疫情防控。全年累计完成新冠病毒疫苗接种112.6万剂次，开展核酸检测46.8万人次，设置发热门诊和"
          "哨点诊室18个，储备防护服、口罩等防控物资折合金额约260万元。"),
    ("p", "3.卫生监督。开展公共场所、医疗机构、学校卫生和生活饮用水卫生监督检查2,316家次，立案查处卫生违法"
          "案件58件，受理并办结群众投诉举报124件。"),
    ("p", "4.基层能力建设。完成3所乡镇卫生院标准化改造，为基层医疗卫生机构配备医疗设备126台（套），培训乡村"
          "医生1,380人次。"),
    ("h", "（二）效益实现情况"),
    ("p", "全市甲乙类传染病报告发病率较上年下降12.4%，未发生重大突发公共卫生事件；家庭医生签约服务覆盖重点人群"
          "11.3万人，群众就近就医条件持续改善。"),
    ("h", "（三）满意度情况"),
    ("p", "委托第三方开展的抽样调查显示，群众对全市卫生健康服务的满意度为95.6%。"),
    ("h", "五、自评结论"),
    ("p", "评分标准：综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为"
          "不合格。按照部门整体支出绩效评价指标体系，从决策、过程、产出、效益四个方面逐项评分，各方面得分见下表。"),
]
GAIZHOU_SCORES = [
    ["一级指标", "分值", "得分", "主要扣分原因"],
    ["决策", "20", "18.5", "年中追加预算较多，年初预算编制完整性不足"],
    ["过程", "20", "18.6", "上半年支出进度偏慢"],
    ["产出", "40", "38.5", "1所乡镇卫生院改造验收推迟"],
    ["效益", "20", "18", "部分慢病管理指标低于省内平均水平"],
    ["合计", "100", "93.6", ""],
]
GAIZHOU_END = [
    ("p", "经综合评定，我局2021年度部门整体支出绩效综合得分93.6分，评价等级为“优秀”。"),
    ("h", "六、存在的问题"),
    ("p", "（一）预算编制的前瞻性不足。年中追加资金占全年预算的比重较高，部分疫情防控支出难以在年初预计，预算"
          "调整较为频繁。"),
    ("p", "（二）支出进度不够均衡。部分项目资金下达后未能及时形成支出，上半年执行进度偏慢，年末支出相对集中。"),
    ("p", "（三）绩效指标设置有待完善。部分项目绩效指标以工作量为主，反映服务质量和群众健康改善的效益指标偏少。"),
    ("h", "七、改进措施和下一步工作计划"),
    ("p", "（一）提高预算编制质量。加强对全年重点工作的预判，将可预见的支出足额纳入年初预算，减少年中追加。"),
    ("p", "（二）加快预算执行进度。建立项目支出月调度、季通报制度，对执行进度滞后的项目及时督促整改。"),
    ("p", "（三）完善绩效指标体系。增设健康管理规范率、群众获得感等效益指标，提高指标的可衡量性。"),
    ("p", "（四）强化结果应用。将本次自评发现的问题纳入2022年预算编制和绩效目标管理，推动绩效结果与预算安排"
          "挂钩。"),
]


def _gaizhou(path: Path, pages: dict[str, int]) -> dict[str, int]:
    p = Pdf(path, footer_style="dash", skip=2, offset=0, header=GAIZHOU_TITLE, size=12, margin=72,
            creator="Microsoft® Word 2016")
    found: dict[str, int] = {}
    # cover
    p.space(120)
    p.title("盖州市卫生健康局\n2021年度部门整体支出绩效自评报告", size=22)
    p.space(190)
    for line in ("部门（单位）名称：盖州市卫生健康局", "评价方式：部门（单位）绩效自评", "报告日期：2022年4月"):
        p.center(line, size=13)
    p.new_page()
    # contents
    p.space(20)
    p.center("目　　录", size=16)
    p.space(12)
    for text in GAIZHOU_TOC:
        number = str(pages.get(text, 0))
        room = p.cw - stringWidth(text, p.font, 12) - stringWidth(number, p.font, 12) - 8
        dots = "……" * int(room / stringWidth("……", p.font, 12))
        p.c.setFont(p.font, 12)
        p.c.drawString(p.m, p.y - 12, text + dots)
        p.c.drawRightString(p.W - p.m, p.y - 12, number)
        p.y -= 30
    p.new_page()
    p.title("盖州市卫生健康局\n2021年度部门整体支出绩效自评报告", size=16)

    def lay(blocks):
        for kind, text in blocks:
            if kind == "h":
                p.heading(text)
                if text in GAIZHOU_TOC:
                    found[text] = p.page - p.offset
            else:
                p.para(text)

    lay(GAIZHOU_BODY)
    p.need(150)
    p.table(GAIZHOU_SCORES, widths=[16, 10, 10, 44], size=10, align=["c", "c", "c", "l"])
    lay(GAIZHOU_END)
    p.space(10)
    p.right("盖州市卫生健康局")
    p.right("2022年4月18日")
    p.save()
    return found


def doc_gaizhou(path: Path) -> None:
    _two_pass(path, _gaizhou)


# =========================================================================== 2. pengyang (PDF, 三线表)
PENGYANG_BODY_1 = [
    ("h", "一、项目基本情况"),
    ("p", "（一）项目概况。高标准农田建设是巩固粮食生产能力、改善山区农业生产条件的重点工程。2020年，我局在全县"
          "4个乡镇实施高标准农田建设项目，建设内容包括土地平整、田间道路、排灌渠道、蓄水池等小型水利设施和农田"
          "防护工程，项目由局农田建设管理股组织实施，各乡镇配合开展群众动员和工程协调。"),
    ("p", "（二）资金安排。2020年年初批复项目预算1,860.00万元。年中自治区追加下达高标准农田建设资金240.00万元，"
          "全年预算2,100.00万元，资金来源为中央财政资金、自治区财政资金和县级配套资金。"),
    ("p", "（三）绩效目标。新建高标准农田3.5万亩以上，配套建设田间道路42公里以上，工程验收合格率100%，项目区"
          "亩均粮食产能提高50公斤以上，受益群众满意度不低于90%。"),
    ("h", "二、项目资金使用情况"),
    ("p", "截至2020年12月31日，项目资金已全部到位，到位资金2,100.00万元。全年执行2,055.50万元，预算执行率"
          "97.88%；结余44.50万元为工程质量保证金，待缺陷责任期满后支付。分级资金执行情况见表1。"),
]
PENGYANG_FUNDS = [
    ["资金来源", "全年预算数（万元）", "全年执行数（万元）", "执行率"],
    ["中央财政资金", "1,320.00", "1,301.52", "98.60%"],
    ["自治区财政资金", "660.00", "641.88", "97.25%"],
    ["县级配套资金", "120.00", "112.10", "93.42%"],
    ["合计", "2,100.00", "2,055.50", "97.88%"],
]
PENGYANG_BODY_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "项目全年建成高标准农田3.62万亩，新建和改造田间道路45.6公里，修建排灌渠道28.3公里，配套建设蓄水池、"
          "涝池等小型水利设施126座。经测产，项目区亩均粮食产能提高62公斤，受益农户6,480户。绩效指标完成情况见表2。"),
]
PENGYANG_IND = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["预算执行", "预算执行率", "预算执行率", "100%", "97.88%", "10", "9.79"],
    ["产出指标", "数量指标", "新建高标准农田面积", "≥3.5万亩", "3.62万亩", "15", "15"],
    ["产出指标", "数量指标", "配套建设田间道路", "≥42公里", "45.6公里", "10", "10"],
    ["产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "10", "10"],
    ["产出指标", "时效指标", "项目完工及时率", "≥95%", "92%", "10", "8"],
    ["产出指标", "成本指标", "亩均财政投入", "≤600元", "568元", "5", "5"],
    ["效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤", "62公斤", "10", "10"],
    ["效益指标", "社会效益指标", "受益农户", "≥6000户", "6480户", "10", "10"],
    ["效益指标", "可持续影响指标", "工程管护机制", "健全", "健全", "10", "10"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95.2%", "10", "10"],
    ["合计", "", "", "", "", "100", "97.79"],
]
PENGYANG_BODY_3 = [
    ("h", "四、自评结论"),
    ("p", "项目按计划完成了年度建设任务，资金使用规范。因2处工程受雨季影响延期完工，项目完工及时率未达到目标值，"
          "扣2分；预算执行率扣0.21分。综合评分97.79分，评价等级为“优”。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）存在的问题。一是部分工程开工时间偏晚，施工期与雨季重叠，影响了完工进度；二是建成后的田间道路和"
          "渠道管护责任落实不够到位。"),
    ("p", "（二）改进措施。一是提前完成项目设计和招标，力争每年4月底前全面开工；二是将工程管护责任落实到村组和"
          "受益农户，签订管护协议；三是加强项目建设全过程监管，按工程进度拨付资金。"),
]


def doc_pengyang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("彭阳县农业农村局\n2020年度高标准农田建设项目支出绩效自评报告", size=15)
    _blocks(p, PENGYANG_BODY_1)
    p.para("表1　分级资金执行情况", indent=False, size=10)
    p.table(PENGYANG_FUNDS, widths=[28, 26, 26, 20], style="three", size=10, align=["l", "r", "r", "r"])
    _blocks(p, PENGYANG_BODY_2)
    p.para("表2　绩效指标完成情况", indent=False, size=10)
    p.table(PENGYANG_IND, widths=[13, 20, 24, 13, 13, 8, 8], style="three", size=9,
            align=["l", "l", "l", "c", "c", "c", "c"])
    _blocks(p, PENGYANG_BODY_3)
    p.right("彭阳县农业农村局")
    p.right("2021年3月26日")
    p.save()


# =========================================================================== 3. jiaohe (PDF, table over a page break)
JIAOHE_TITLE = "蛟河市交通运输局2023年度部门整体支出绩效自评报告"
JIAOHE_BODY_1 = [
    ("h", "一、部门基本情况"),
    ("p", "蛟河市交通运输局负责全市公路、水路交通运输行业管理，承担农村公路建设和养护、道路运输和城乡客运管理、"
          "交通运输综合执法和交通战备等工作。局机关内设股室9个，下属事业单位5个。"),
    ("h", "二、部门整体支出情况"),
    ("p", "（一）预算情况。2023年部门年初预算8,426.50万元，年中追加预算2,615.80万元，调减预算364.20万元，调整后"
          "全年预算10,688.10万元。全年预算中，一般公共预算财政拨款9,862.30万元，政府性基金预算财政拨款655.80万元，"
          "上年结转170.00万元。追加预算主要为农村公路建设和危桥改造资金，调减预算为客运站运营补贴的结余指标。"),
    ("p", "（二）支出情况。2023年全年支出10,412.36万元，其中基本支出2,186.42万元（人员经费1,874.60万元、公用经费"
          "311.82万元），项目支出8,225.94万元。全年预算执行率97.42%，年末结转结余275.74万元。"),
    ("p", "（三）项目支出情况。2023年我局共实施项目12个，各项目全年预算数、执行数和执行率见表1。"),
]
JIAOHE_PROJECTS = [
    ("农村公路建设项目", "3,286.00", "3,241.58"),
    ("农村公路养护工程", "1,420.00", "1,408.36"),
    ("危桥改造工程", "968.00", "942.75"),
    ("国省干线公路养护", "826.50", "818.24"),
    ("客运站运营补贴", "412.00", "412.00"),
    ("城乡公交运营补贴", "386.00", "378.62"),
    ("公路安全生命防护工程", "318.00", "296.51"),
    ("出租车油价补贴", "264.80", "258.44"),
    ("治超站运行经费", "146.00", "139.72"),
    ("交通运输综合执法经费", "128.00", "121.46"),
    ("交通战备及应急保障", "124.70", "120.16"),
    ("农村客运站点维护", "96.00", "88.10"),
]
JIAOHE_BODY_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "（一）产出情况。全年完成农村公路新建改建86.4公里，养护农村公路1,286公里，改造危桥7座，实施公路安全"
          "生命防护工程52.6公里；开展道路运输执法检查1,526家次，查处违法违规案件214件。"),
    ("p", "（二）效益情况。全市农村公路优良中等路率达到86.5%，具备条件的建制村通客车率保持100%，城乡公交日均"
          "客运量约1.8万人次，群众出行更加便捷。"),
    ("p", "（三）满意度情况。通过问卷调查，服务对象对交通运输服务的满意度为93.4%。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系逐项评分，我局2023年度部门整体支出绩效自评得分94.3分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分项目前期手续办理时间较长，农村公路建设项目当年支付比例偏低。"),
    ("p", "2.年中预算调整较多，预算编制的准确性有待提高。"),
    ("h", "六、下一步工作计划"),
    ("p", "1.提前做好项目储备和前期工作，确保资金下达后及时开工建设。"),
    ("p", "2.加强预算编制与年度工作计划的衔接，减少年中调整。"),
    ("p", "3.完善农村公路养护考核办法，将考核结果与养护资金拨付挂钩。"),
]


def _pct(executed: str, budget: str) -> str:
    from decimal import ROUND_HALF_UP, Decimal

    e, b = (Decimal(x.replace(",", "")) for x in (executed, budget))
    return f"{(e / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def _money(total) -> str:
    return f"{total:,.2f}"


def doc_jiaohe(path: Path) -> None:
    from decimal import Decimal

    p = Pdf(path, footer_style="of", total=2, header=JIAOHE_TITLE, size=11, creator="WPS Writer")
    p.title("蛟河市交通运输局\n2023年度部门整体支出绩效自评报告", size=15)
    _blocks(p, JIAOHE_BODY_1)
    p.para("表1　2023年度项目支出执行情况", indent=False, size=10)
    rows = [["序号", "项目名称", "全年预算数（万元）", "执行数（万元）", "执行率"]]
    for k, (name, budget, executed) in enumerate(JIAOHE_PROJECTS, 1):
        rows.append([str(k), name, budget, executed, _pct(executed, budget)])
    total_b = sum(Decimal(b.replace(",", "")) for _, b, _ in JIAOHE_PROJECTS)
    total_e = sum(Decimal(e.replace(",", "")) for _, _, e in JIAOHE_PROJECTS)
    rows.append(["合计", "", _money(total_b), _money(total_e), _pct(str(total_e), str(total_b))])
    p.space(200)  # the caption sits low on page 1, so the table runs over the page break
    p.grid(rows, widths=[8, 40, 20, 18, 14], merges={(len(rows) - 1, 0): (1, 2)}, size=9.5,
           align=["c", "l", "r", "r", "r"], repeat=1)
    _blocks(p, JIAOHE_BODY_2)
    p.right("蛟河市交通运输局")
    p.right("2024年4月10日")
    p.save()


# =========================================================================== 4. huangyuan (PDF, bare 部门整体支出绩效自评表)
HUANGYUAN_IND = [
    # (block, 二级, 三级, 分值, 年度指标值, 实际完成值, 得分, 扣分原因)
    ("决策（15分）", "目标设定", "绩效目标合理性", "5", "合理", "合理", "5", ""),
    ("决策（15分）", "目标设定", "绩效指标明确性", "5", "明确", "明确", "5", ""),
    ("决策（15分）", "预算编制", "预算编制科学性", "5", "科学", "较科学", "4", "年中追加资金较多"),
    ("过程（20分）", "预算执行", "预算执行率", "8", "100%", "97.38%", "7.79", ""),
    ("过程（20分）", "预算执行", "结转结余率", "4", "≤5%", "2.62%", "4", ""),
    ("过程（20分）", "资金管理", "资金使用合规性", "4", "合规", "合规", "4", ""),
    ("过程（20分）", "资产管理", "固定资产管理规范性", "4", "规范", "规范", "4", ""),
    ("产出（40分）", "数量", "城乡低保保障人数", "10", "≥3800人", "3926人", "10", ""),
    ("产出（40分）", "数量", "特困人员救助供养人数", "6", "≥420人", "436人", "6", ""),
    ("产出（40分）", "数量", "临时救助人次", "6", "≥1200人次", "1346人次", "6", ""),
    ("产出（40分）", "质量", "救助资金发放准确率", "6", "=100%", "100%", "6", ""),
    ("产出（40分）", "时效", "救助资金按月发放率", "6", "=100%", "100%", "6", ""),
    ("产出（40分）", "成本", "农村低保年保障标准", "6", "≥5800元/人", "6012元/人", "6", ""),
    ("效益（20分）", "社会效益", "困难群众基本生活保障率", "8", "=100%", "100%", "8", ""),
    ("效益（20分）", "可持续影响", "社会救助长效机制", "4", "健全", "健全", "4", ""),
    ("效益（20分）", "满意度", "服务对象满意度", "8", "≥90%", "91.4%", "8", ""),
]


def doc_huangyuan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=10, margin=48, creator="Microsoft® Excel 2016")
    p.title("部门整体支出绩效自评表", size=16)
    p.center("（2024年度）", size=11)
    p.grid([["部门名称", "湟源县民政局", "", "", "填报单位", "湟源县民政局", "", ""]],
           widths=[12, 12, 12, 12, 12, 12, 12, 12], merges={(0, 1): (1, 3), (0, 5): (1, 3)}, size=9.5,
           align=["c"] * 8)
    p.grid([["部门职能概述", "贯彻执行社会救助、社会福利、养老服务、儿童福利、社会事务和基层政权建设等方面的法律法规和"
             "政策，负责全县城乡最低生活保障、特困人员救助供养、临时救助和困难残疾人生活补贴、重度残疾人护理补贴"
             "发放，指导养老服务机构和儿童福利工作，负责婚姻登记、殡葬管理和行政区划地名管理等工作。"],
            ["年度主要任务", "落实城乡低保和特困人员救助供养政策，做好临时救助和“两项补贴”发放；推进农村互助幸福院和"
             "居家养老服务站运营；开展困境儿童摸底排查和关爱保护；规范婚姻登记和殡葬服务管理。"]],
           widths=[16, 84], size=10, align=["c", "l"])
    p.grid([
        ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "3,862.40", "4,318.75", "4,205.63", "97.38%"],
        ["其中：财政拨款", "3,862.40", "4,186.55", "4,078.93", E],
        ["　　　上年结转", E, "132.20", "126.70", E],
        ["　　　其他资金", E, E, E, E],
    ], widths=[24, 19, 19, 19, 15], size=10, align=["l", "r", "r", "r", "c"])
    p.grid([
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", "保障城乡低保对象、特困人员等困难群众基本生活，及时实施临时救助，救助资金按月足额发放。",
         "全年保障城乡低保对象3,926人，救助供养特困人员436人，实施临时救助1,346人次，各类救助资金"
         "按月足额发放，未发生冲击社会道德底线的事件。"],
    ], widths=[16, 40, 44], merges={(0, 0): (2, 1)}, size=10, align=["c", "l", "l"])
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "扣分原因"]]
    rows += [list(r) for r in HUANGYUAN_IND]
    merges: dict[tuple[int, int], tuple[int, int]] = {}
    start = 1
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1][0] == rows[start][0]:
            end += 1
        merges[(start, 0)] = (end - start + 1, 1)
        start = end + 1
    rows.append(["合计", "", "", "100", "", "", "93.79", ""])
    merges[(len(rows) - 1, 0)] = (1, 3)
    p.grid(rows, widths=[12, 12, 24, 6, 13, 12, 7, 14], merges=merges, size=10,
           align=["c", "c", "l", "c", "c", "c", "c", "l"], repeat=1)
    p.grid([["评价结论", "部门整体支出绩效目标基本完成。自评得分93.79分，评价等级为“优”。"]],
           widths=[16, 84], size=9.5, align=["c", "l"])
    p.para("填报人：李**　　　联系电话：0971-24*****　　　填报日期：2025年2月20日", indent=False, size=9)
    p.save()


# =========================================================================== 5. mozhugongka (PDF, 万元 parts from a 元 table)
MOZHUGONGKA_BODY_1 = [
    ("h", "一、项目概况"),
    ("p", "青稞是我县种植面积最大的粮食作物。为提高青稞良种覆盖率、稳定粮食产量，2019年我局实施青稞良种推广"
          "项目，主要内容包括良种采购补贴、统一供种运输及仓储、技术培训和示范田建设。项目由局种植业股牵头组织，"
          "各乡镇农牧综合服务中心负责良种发放登记和技术指导。"),
    ("h", "二、项目资金情况"),
    ("p", "项目全年预算356.00万元，其中中央财政资金300.00万元、自治区财政资金56.00万元，资金已全部到位，到位"
          "资金356.00万元。截至2019年12月31日，项目实际支出348.62万元，其中良种采购补贴215.37万元、统一供种运输"
          "及仓储费用46.85万元、技术培训和示范田建设86.41万元；预算执行率97.93%，结余7.38万元已按规定收回县财政。"
          "项目支出明细见表1。"),
]
MOZHUGONGKA_TABLE = [
    ["支出内容", "金额"],
    ["良种采购补贴", "2,153,686.00"],
    ["统一供种运输及仓储费用", "468,457.00"],
    ["技术培训和示范田建设", "864,057.00"],
    ["合计", "3,486,200.00"],
]
MOZHUGONGKA_BODY_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年统一供应青稞良种805吨，推广种植青稞良种4.6万亩，建设千亩示范田3个；举办技术培训班32期，培训"
          "农牧民2,460人次。经测产，项目区青稞平均亩产提高21公斤，受益农户3,120户。"),
    ("h", "四、自评结论"),
    ("p", "经对照项目绩效目标逐项评分，本项目2019年度自评得分94.5分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "（一）存在的问题。1.部分高海拔村组良种发放时间偏晚，影响了适时播种；2.示范田的辐射带动作用发挥不够"
          "充分。"),
    ("p", "（二）改进措施。1.提前开展良种需求摸底，在春播前一个月完成良种发放；2.加强示范田观摩培训，扩大良种"
          "良法的推广覆盖面。"),
]


def doc_mozhugongka(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, creator="Microsoft® Word 2013")
    p.title("墨竹工卡县农业农村局\n2019年度青稞良种推广项目支出绩效自评报告", size=15)
    _blocks(p, MOZHUGONGKA_BODY_1)
    p.para("表1　项目支出明细（单位：元）", indent=False, size=10)
    p.table(MOZHUGONGKA_TABLE, widths=[60, 40], size=10, align=["l", "r"])
    _blocks(p, MOZHUGONGKA_BODY_2)
    p.right("墨竹工卡县农业农村局")
    p.right("2020年3月12日")
    p.save()


# =========================================================================== 6. fanshi (PDF, bands 优秀/良好/合格/不合格)
FANSHI_BODY_1 = [
    ("h", "一、项目基本情况"),
    ("p", "为巩固提升农村饮水安全保障水平，2018年我局实施农村饮水安全巩固提升工程，主要建设内容为新建和改造"
          "集中供水工程、新打机井、铺设和更新供水管网，项目覆盖全县9个乡镇。工程由局农村供水股负责组织实施，"
          "建设管理实行项目法人制、招标投标制、合同管理制和工程监理制。"),
    ("h", "二、项目资金情况"),
    ("p", "本项目全年预算数1,286.40万元，其中中央资金820.00万元、省级资金310.00万元、县级配套资金156.40万元。"
          "截至2018年12月31日，到位资金1,286.40万元，实际支出1,253.79万元，预算执行率97.47%，结余32.61万元为"
          "工程质量保证金。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建集中供水工程12处，新打机井9眼，铺设和改造供水管网86.5公里；工程受益人口3.86万人，其中"
          "建档立卡贫困人口1.12万人。农村集中供水率由上年的88.4%提高到92.6%，自来水普及率达到89.3%，工程水质"
          "检测合格率100%。"),
    ("h", "四、自评结论"),
    ("p", "评分标准：综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为"
          "不合格。本项目从项目决策、项目过程、项目产出、项目效益四个方面评分，结果如下表。"),
]
FANSHI_SCORES = [
    ["一级指标", "分值", "得分", "扣分原因"],
    ["项目决策", "20", "18", "项目前期论证不够充分，部分村点设计变更"],
    ["项目过程", "20", "17.5", "工程资料归档不及时，县级配套资金到位偏晚"],
    ["项目产出", "40", "34", "3处工程未在汛期前完工，管网铺设进度滞后"],
    ["项目效益", "20", "17", "部分工程管护经费未落实"],
    ["合计", "100", "86.5", ""],
]
FANSHI_BODY_2 = [
    ("p", "综上，本项目综合得分86.5分，评价等级为“优秀”。"),
    ("h", "五、存在的问题"),
    ("p", "1、部分工程受征地和施工季节影响，完工时间晚于计划。"),
    ("p", "2、已建工程的运行管护经费来源不稳定，个别小型供水工程管护不到位。"),
    ("h", "六、改进措施"),
    ("p", "1、提前开展工程设计和用地协调，合理安排施工工期。"),
    ("p", "2、落实县级农村供水工程维修养护资金，明确管护主体和责任。"),
    ("p", "3、加强水质检测和运行监管，确保群众喝上放心水。"),
]


def doc_fanshi(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=70, creator="WPS Writer")
    p.title("繁峙县水利局\n2018年度农村饮水安全巩固提升工程项目支出绩效自评报告", size=15)
    _blocks(p, FANSHI_BODY_1)
    p.need(140)
    p.table(FANSHI_SCORES, widths=[16, 10, 10, 44], size=10, align=["c", "c", "c", "l"])
    _blocks(p, FANSHI_BODY_2)
    p.right("繁峙县水利局")
    p.right("2019年3月20日")
    p.save()


# =========================================================================== 7. xunyi (DOCX, line breaks inside table cells)
def _cell_lines(cell, *lines: str) -> None:
    """A cell whose text is typed over several paragraphs (Enter pressed inside the cell)."""
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def doc_xunyi(path: Path) -> None:
    from tests.corpora.builder import office

    d = STAMP.new_docx()
    office.centred_title(d, "旬邑县林业局2022年度天然林资源保护工程", 16)
    office.centred_title(d, "项目支出绩效自评报告", 16)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "天然林资源保护工程是我县林业生态建设的主体工程，主要任务是落实森林管护责任、建设国家级公益林、"
            "开展中幼林抚育和森林防火，保护和恢复天然林资源。项目由局天保中心具体实施，各林业站负责管护责任区的"
            "日常管理和考核。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "项目年初预算1,020.00万元，年中追加148.42万元，全年预算1,168.42万元。全年实际支出1,127.86万元，"
            "预算执行率98.47%，年末结余40.56万元。分级资金情况见下表（单位：万元）。")
    rows = [
        ["资金来源", "", "全年预算数\n（A）", "全年执行数\n（B）", "执行率\n（B/A）"],
        ["年度资金\n总额", "1,020.00", "1,168.\n42", "1,127.\n86", "98.47%"],
        ["其中：\n中央资金", "760.00", "860.00", "846.30", E],
        ["省级\n资金", "180.00", "210.00", "198.24", E],
        ["县级\n资金", "80.00", "98.42", "83.32", E],
    ]
    grid = table(d, rows)
    _cell_lines(grid.cell(0, 1), "年初", "预算数")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年落实森林管护面积68.5万亩，聘用生态护林员412名，签订管护合同412份；完成国家级公益林建设1.2万亩，"
            "中幼林抚育2.6万亩；开展森林防火宣传和巡查，全年未发生重大森林火灾，林业有害生物得到有效"
            "防控。")
    para(d, "通过项目实施，天然林资源得到有效保护，森林蓄积量稳步增长，护林员人均年增收约1.2万元，群众对天保"
            "工程的满意度为94.6%。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "对照项目绩效目标和评价指标逐项评分，本项目自评得分92.6分，评价等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）县级配套资金到位偏晚，部分管护费用年末集中支付。")
    para(d, "（二）护林员年龄结构偏大，巡护的信息化手段应用不足。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）积极协调财政部门，按季度落实县级配套资金。")
    para(d, "（二）推广护林员巡护终端，实行巡护轨迹网上考核。")
    para(d, "（三）加强护林员业务培训，逐步优化队伍结构。")
    office.aligned(d, "旬邑县林业局", "right")
    office.aligned(d, "2023年3月28日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 8. laiyuan (DOCX, 第一部分 … by list numbering)
PART_ABSTRACT, PART_NUM = 20, 30


def _part_numbering(document) -> None:
    """An abstract numbering whose level 0 reads 第一部分, 第二部分 … (chineseCounting), and an
    instance of it; the parts' numbers are Word's, not characters of the text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{PART_ABSTRACT}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="space"/><w:lvlText w:val="第%1部分"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(f'{{{numbering.nsmap["w"]}}}num')
    first_num.addprevious(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{PART_NUM}">'
                               f'<w:abstractNumId w:val="{PART_ABSTRACT}"/></w:num>'))


def _part(document, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_heading(text, level=1)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), "0")
    nid.set(qn("w:val"), str(PART_NUM))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def doc_laiyuan(path: Path) -> None:
    from tests.corpora.builder import office

    d = STAMP.new_docx()
    _part_numbering(d)
    office.centred_title(d, "涞源县文化广电和旅游局", 16)
    office.centred_title(d, "2022年度部门整体支出绩效自评报告", 16)
    _part(d, "部门基本情况")
    office.bold_line(d, "一、主要职能", indent=24)
    para(d, "涞源县文化广电和旅游局负责全县文化艺术、广播电视、文物保护、旅游发展和文化市场管理工作，组织实施"
            "公共文化服务和文化惠民工程，推进全域旅游发展。")
    office.bold_line(d, "二、机构设置", indent=24)
    para(d, "局机关内设股室6个，下属事业单位4个，分别为县图书馆、县文化馆、县文物保管所和县旅游服务中心。")
    _part(d, "部门整体支出情况")
    office.bold_line(d, "一、预算收支情况", indent=24)
    para(d, "2022年我局年初预算2,136.48万元，经预算调整，全年预算2,587.20万元。本年收入合计2,587.20万元，其中"
            "一般公共预算财政拨款收入2,463.90万元，其他收入123.30万元。")
    office.bold_line(d, "二、支出情况", indent=24)
    para(d, "本年支出2,519.64万元，其中基本支出1,086.25万元（人员经费942.18万元、公用经费144.07万元），项目支出"
            "1,433.39万元。项目支出主要包括：文化惠民工程386.40万元、旅游公路沿线环境整治512.75万元、文物保护单位"
            "修缮218.60万元等。")
    office.bold_line(d, "三、预算执行情况", indent=24)
    para(d, "全年预算执行率97.39%，年末结转结余67.56万元，主要为年底下达的文物保护单位修缮资金，已结转下年"
            "继续使用。")
    _part(d, "绩效目标完成情况")
    para(d, "（一）公共文化服务。全年组织送戏下乡演出168场，开展全民阅读活动46场次，县图书馆接待读者5.2万人次，"
            "免费开放文化场馆3个；完成农村应急广播维护更新212套。")
    para(d, "（二）文物保护。完成2处县级文物保护单位修缮，开展文物安全巡查320次，全年未发生文物安全事故。")
    para(d, "（三）旅游发展。整治旅游公路沿线环境38.5公里，全县接待游客286.5万人次，同比增长18.6%。")
    _part(d, "自评结论")
    para(d, "对照部门整体支出绩效评价指标体系逐项评分，我局2022年度部门整体支出绩效自评得分91.2分，评价等级为"
            "“优”。")
    _part(d, "存在的问题及改进措施")
    office.bold_line(d, "一、存在的问题", indent=24)
    para(d, "（一）年中调整预算较多，年初预算的完整性有待提高。")
    para(d, "（二）部分文物修缮项目受审批程序影响，当年支出进度偏慢。")
    office.bold_line(d, "二、改进措施", indent=24)
    para(d, "（一）提高预算编制的精准度，将可预见的项目足额纳入年初预算。")
    para(d, "（二）提前办理文物修缮项目审批手续，加快项目实施和资金支付。")
    para(d, "（三）加强绩效运行监控，及时纠正预算执行偏差。")
    office.aligned(d, "涞源县文化广电和旅游局", "right")
    office.aligned(d, "2023年4月6日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 9. baodi (XLSX, a funds sheet and an indicators sheet)
BAODI_IND = [
    ("产出指标", "数量指标", "更新改造供水管网长度", "≥35公里", "36.8公里", 15, 15, ""),
    ("产出指标", "数量指标", "改造入户水表", "≥5000块", "5236块", 10, 10, ""),
    ("产出指标", "质量指标", "管网打压试验合格率", "=100%", "100%", 10, 10, ""),
    ("产出指标", "时效指标", "工程完工时间", "2025年11月底前", "2025年11月20日", 10, 10, ""),
    ("产出指标", "成本指标", "每公里管网改造成本", "≤24万元", "23.6万元", 5, 5, ""),
    ("效益指标", "社会效益指标", "受益人口", "≥2.8万人", "3.05万人", 10, 10, ""),
    ("效益指标", "生态效益指标", "管网漏损率", "≤12%", "12.8%", 10, 7.5, "部分老旧支管尚未纳入改造，拟在下年度继续实施"),
    ("效益指标", "可持续影响指标", "供水管网运行管护制度", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.6%", 10, 10, ""),
]


def doc_baodi(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目资金"
    for col, w in zip("ABCDEFGH", [14, 18, 14, 14, 14, 8, 10, 8], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2025年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "农村供水管网更新改造", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "宝坻区水务局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "宝坻区水务局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    funds = [("年度资金总额", 860, 920, 903.44, 10, "98.20%", 9.82),
             ("其中：当年财政拨款", 860, 860, 846.24, E, E, E),
             ("上年结转资金", E, 60, 57.2, E, E, E),
             ("其他资金", E, E, E, E, E, E)]
    for k, row in enumerate(funds):
        r = 6 + k
        xl_put(ws, f"B{r}", row[0])
        for col, v in zip("CDE", row[1:4], strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        for col, v in zip("FGH", row[4:7], strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "更新改造老旧农村供水管网35公里以上，更换入户水表，降低管网漏损，保障农村居民安全稳定用水。",
           merge_to="D11")
    xl_put(ws, "E11", "全年更新改造供水管网36.8公里，改造入户水表5,236块，新建阀门井84座，受益人口3.05万人；"
                      "工程于2025年11月20日全部完工并通过验收。", merge_to="H11")
    ws.row_dimensions[11].height = 66
    xl_put(ws, "A12", "注：预算执行率分值10分计入总分，绩效指标得分见“绩效指标”表。", merge_to="H12", border=False)

    wi = wb.create_sheet("绩效指标")
    for col, w in zip("ABCDEFGH", [12, 16, 22, 16, 16, 8, 8, 28], strict=True):
        wi.column_dimensions[col].width = w
    xl_put(wi, "A1", "绩效指标完成情况", bold=True, size=13, center=True, merge_to="H1", border=False)
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"], strict=True):
        xl_put(wi, f"{col}2", head, center=True)
    r = 3
    for row in BAODI_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(wi, f"{col}{r}", v, center=col in "FG")
            if isinstance(v, str) and v.startswith("="):
                # typed as text with a leading apostrophe, as Excel users enter `=100%`
                wi[f"{col}{r}"].data_type = "s"
                wi[f"{col}{r}"].quotePrefix = True
        r += 1
    xl_put(wi, f"A{r}", "合计", merge_to=f"E{r}", center=True)
    xl_put(wi, f"F{r}", 100, center=True)
    xl_put(wi, f"G{r}", 97.32, fmt="0.00", center=True)
    xl_put(wi, f"H{r}", None)
    xl_put(wi, f"A{r + 1}", "自评结论")
    xl_put(wi, f"B{r + 1}", "项目年度绩效目标基本完成，管网漏损率未达到目标值。自评得分97.32分，自评等次：优。",
           merge_to=f"H{r + 1}")
    xl_put(wi, f"A{r + 2}", "填报单位：宝坻区水务局　　填报人：王**　　填报日期：2026年1月16日", merge_to=f"H{r + 2}",
           border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 10. deqing (HTML portal page, 亿元)
DEQING_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="德清县人民政府">
<meta name="ColumnName" content="部门预决算">
<meta name="ArticleTitle" content="德清县市场监督管理局2022年度部门整体支出绩效自评报告">
<title>德清县市场监督管理局2022年度部门整体支出绩效自评报告</title>
</head>
<body>
<div class="topbar"><div class="wrap">欢迎访问德清县人民政府门户网站<span class="fr"><a href="#">无障碍浏览</a> | <a href="#">关怀版</a> | <a href="#">繁體</a> | <a href="#">个人登录</a> | <a href="#">法人登录</a></span></div></div>
<div class="header"><div class="logo">德清县人民政府</div>
<form class="search" action="#"><input type="text" name="q" value="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li><li><a href="#">数据开放</a></li><li><a href="#">走进德清</a></li></ul></div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">部门预决算</a> &gt; <a href="#">绩效评价</a></div>
<table class="xxgk-table">
<tr><td class="lab">索引号：</td><td>002608361/2023-152648</td><td class="lab">分类：</td><td>财政、金融、审计；报告</td></tr>
<tr><td class="lab">发布机构：</td><td>县市场监管局</td><td class="lab">成文日期：</td><td>2023-07-28</td></tr>
<tr><td class="lab">文号：</td><td></td><td class="lab">发布日期：</td><td>2023-07-31</td></tr>
<tr><td class="lab">主题词：</td><td></td><td class="lab">有效性：</td><td>有效</td></tr>
</table>
<div class="article">
<h1 class="title">德清县市场监督管理局2022年度部门整体支出绩效自评报告</h1>
<div class="info"><span>发布时间：2023-07-31 16:20</span><span>信息来源：县市场监管局</span><span>浏览次数：<em>1,362</em></span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content" id="zoom">
<p>　　根据县财政局关于开展2022年度部门整体支出绩效自评工作的通知要求，我局对2022年度部门整体支出情况开展了自评，现将有关情况报告如下。</p>
<p>　　<strong>一、部门基本情况</strong></p>
<p>　　德清县市场监督管理局负责全县市场综合监督管理，承担市场主体登记注册、食品安全和药品安全监管、特种设备安全监察、产品质量监督、计量标准化、知识产权保护、价格监督检查和消费者权益保护等职责。局机关内设科室12个，下设基层市场监督管理所11个，所属事业单位2个。</p>
<p>　　<strong>二、部门整体支出情况</strong></p>
<p>　　（一）预算收支情况。2022年部门年初预算9,286.45万元，年中追加预算1,313.55万元，全年预算1.06亿元。全年预算中，一般公共预算财政拨款10,318.60万元，上年结转281.40万元。</p>
<p>　　（二）支出情况。全年支出10,352.18万元，其中基本支出5,862.31万元（人员经费5,126.45万元、公用经费735.86万元），项目支出4,489.87万元。预算执行率97.66%，年末结转结余247.82万元。</p>
<p>　　（三）重点项目执行情况。食品安全抽检项目全年预算520.00万元，执行508.56万元，执行率97.80%；特种设备安全监管项目全年预算286.00万元，执行271.70万元，执行率95.00%，未执行部分为年底完成招标、次年支付的检验设备采购款。</p>
<p>　　<strong>三、绩效目标完成情况</strong></p>
<p>　　全年检查各类市场主体12,468家次，完成食品安全监督抽检3,860批次，抽检合格率98.7%；立案查处各类违法案件426件，罚没款386.20万元；受理消费者投诉举报8,642件，为消费者挽回经济损失约312万元。全县新增市场主体1.26万户，有效发明专利拥有量同比增长21.4%，全年未发生区域性重大食品安全事故和特种设备安全事故。</p>
<p>　　<strong>四、自评结论</strong></p>
<p>　　对照部门整体支出绩效评价指标逐项评分，我局2022年度部门整体支出绩效自评得分95.18分，自评等级为“优”。</p>
<p>　　<strong>五、存在的问题</strong></p>
<p>　　一是部分项目预算编制较粗，年中追加资金占比偏高；二是基层监管所执法装备更新资金不足，快检能力有待提升。</p>
<p>　　<strong>六、下一步工作计划</strong></p>
<p>　　1.细化项目预算编制，将抽检、检验等常规业务足额纳入年初预算。</p>
<p>　　2.统筹安排基层执法装备更新，推进食品快检室标准化建设。</p>
<p>　　3.加强绩效运行监控，按季度分析重点项目执行进度。</p>
<p style="text-align:right">德清县市场监督管理局</p>
<p style="text-align:right">2023年7月25日</p>
</div>
<div class="tools"><a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="#">德清县市场监督管理局2022年度部门决算</a></li>
<li><a href="#">德清县市场监督管理局2023年度部门预算</a></li>
<li><a href="#">2022年度县级部门整体支出绩效自评结果汇总</a></li>
</ul></div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办单位：德清县人民政府办公室　承办单位：德清县大数据发展管理局</p>
<p>网站标识码：3305210001　浙ICP备13017926号-1　浙公网安备33052102000418号</p>
<p>建议使用1366×768以上分辨率浏览</p>
</div>
</body>
</html>
"""


# =========================================================================== 11. sheyang (TXT as pdftotext writes it)
SHEYANG_PARAS = [
    ("c", "射阳县自然资源和规划局"),
    ("c", "2020年度部门整体支出绩效自评报告"),
    ("", ""),
    ("h", "一、部门基本情况"),
    ("h", "（一）部门职能"),
    ("p", "射阳县自然资源和规划局负责全县自然资源统一调查评价和确权登记，承担国土空间规划编制和用途管制、耕地"
          "保护和土地综合整治、不动产登记、矿产资源管理、林业和湿地保护等职责，负责自然资源领域执法监督工作。"),
    ("h", "（二）机构和人员情况"),
    ("p", "局机关内设科室14个，下设基层自然资源所13个，所属事业单位3个，分别为不动产登记中心、土地储备中心和"
          "林业技术指导站。纳入2020年度部门预算编制范围的单位共4个。"),
    ("h", "（三）年度绩效目标"),
    ("p", "2020年部门整体绩效目标为：完成第三次全国国土调查县级成果上报，推进国土空间总体规划编制；完成土地"
          "综合整治项目10个以上，新增耕地3000亩以上；不动产登记一般业务5个工作日内办结；严格查处违法用地行为，"
          "服务对象满意度不低于90%。"),
    ("h", "二、部门整体支出情况"),
    ("h", "（一）预算情况"),
    ("p", "2020年部门年初预算4,862.30万元，年中追加预算716.42万元，调整后预算5,578.72万元。调整后预算中，财政"
          "拨款收入5,386.72万元，其他收入46.00万元，上年结转146.00万元。追加预算主要用于第三次全国国土调查、"
          "国土空间总体规划编制和土地综合整治项目。"),
    ("h", "（二）支出情况"),
    ("p", "2020年全年支出5,431.86万元，其中基本支出1,986.54万元，项目支出3,445.32万元。基本支出中，人员经费"
          "1,702.38万元，公用经费272.16万元。全年预算执行率97.37%，年末结转结余146.86万元，主要为国土空间总体"
          "规划编制的合同尾款。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "（一）产出情况。全年完成土地综合整治项目12个，新增耕地3,260亩；办理不动产登记业务2.86万件，发放不动产"
          "权证书1.92万本；查处违法用地案件46件，拆除违法建筑1.8万平方米；完成成片造林0.65万亩。"),
    ("p", "（二）效益情况。全县耕地保有量和永久基本农田保护面积均完成上级下达的目标任务，不动产登记一般业务办理"
          "时限进一步压缩，群众办事更加便捷。"),
    ("p", "（三）满意度情况。不动产登记窗口服务对象满意度为97.2%。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系，从预算编制、预算执行、资产管理、产出和效益等方面逐项评分，我局2020"
          "年度部门整体支出绩效综合得分92.4分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1、部分规划编制项目周期跨年度，当年支出进度偏慢，形成结转。"),
    ("p", "2、部分项目绩效目标设置偏重工作量，质量和效益指标不够具体。"),
    ("h", "六、改进措施"),
    ("p", "1、加强项目全过程管理，按合同约定节点及时办理资金支付。"),
    ("p", "2、细化项目绩效目标，增设能够反映工作成效的质量和效益指标。"),
    ("p", "3、强化自评结果运用，将自评发现的问题作为下年度预算安排的重要依据。"),
    ("", ""),
    ("r", "射阳县自然资源和规划局"),
    ("r", "2021年4月8日"),
]
SHEYANG_WIDTH = 38  # characters per line of the PDF the text was extracted from
SHEYANG_PAGE_LINES = 22


def _sheyang_lines() -> list[str]:
    """The paragraphs hard-wrapped as the PDF's lines were: a full-width indent, 38 characters a
    line (an ASCII character counts half), figures broken wherever the line ends."""
    lines: list[str] = []
    for kind, text in SHEYANG_PARAS:
        if kind in ("c", "h", "r", ""):
            lines.append(text)
            continue
        line, used = "　　", 2.0
        for ch in text:
            w = 0.5 if ord(ch) < 128 else 1.0
            if used + w > SHEYANG_WIDTH:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        lines.append(line)
    return lines


SHEYANG_HEADER = "射阳县自然资源和规划局2020年度部门整体支出绩效自评报告"


def sheyang_text() -> str:
    """pdftotext's output: each page's lines (from page 2 the running header first), a blank line,
    the footer `- N -`, and a form feed closing the page."""
    lines = _sheyang_lines()
    pages = [lines[k:k + SHEYANG_PAGE_LINES] for k in range(0, len(lines), SHEYANG_PAGE_LINES)]
    out = []
    for number, page in enumerate(pages, 1):
        head = [SHEYANG_HEADER] if number > 1 else []
        out.append("\n".join(head + page) + f"\n\n- {number} -\n\f")
    return "".join(out)


# =========================================================================== 12. fengxian (Markdown)
FENGXIAN_MD = """# 奉贤区图书馆2024年度全民阅读推广项目支出绩效自评报告

**主管部门：** 奉贤区文化和旅游局　　**实施单位：** 奉贤区图书馆

## 一、项目基本情况

全民阅读推广项目是我馆落实公共文化服务保障的重点项目，主要内容包括组织开展“书香奉贤”系列阅读活动、补充纸质和数字馆藏资源、建设和运营社区阅读服务点。项目由馆读者服务部牵头实施，采编部、数字资源部配合。

## 二、项目资金情况

2024年项目年初预算96.00万元。全年预算104.40万元，其中当年财政拨款96.00万元、上年结转资金8.40万元。全年执行103.86万元（含使用上年结转资金7.86万元），预算执行率99.48%，结余0.54万元。资金执行情况如下表。

| 项目资金 | 年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 |
| --- | ---: | ---: | ---: | ---: |
| 年度资金总额 | 96.00 | 104.40 | 103.86 | 99.48% |
| 其中：当年财政拨款 | 96.00 | 96.00 | 96.00 | — |
| 上年结转资金 | — | 8.40 | 7.86 | — |
| 其他资金 | — | — | — | — |

## 三、绩效目标完成情况

全年举办各类阅读推广活动186场，线上线下参与读者4.2万人次；新增馆藏纸质图书2.35万册，新增数字资源12.6TB；全年文献外借38.6万册次，开展“送书进社区”活动48场。各项绩效指标完成情况如下表。

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | ---: | ---: |
| 预算执行 | 预算执行率 | 预算执行率 | 100% | 99.48% | 10 | 9.95 |
| 产出指标 | 数量指标 | 阅读推广活动场次 | ≥150场 | 186场 | 15 | 15 |
| 产出指标 | 数量指标 | 新增馆藏纸质图书 | ≥2万册 | 2.35万册 | 10 | 10 |
| 产出指标 | 质量指标 | 活动安全事故发生数 | =0起 | 0起 | 10 | 10 |
| 产出指标 | 时效指标 | 采购资金支付及时率 | =100% | 100% | 5 | 5 |
| 效益指标 | 社会效益指标 | 活动参与人次 | ≥4万人次 | 4.2万人次 | 20 | 20 |
| 效益指标 | 可持续影响指标 | 数字资源年访问量 | ≥50万次 | 46.8万次 | 10 | 8.4 |
| 满意度指标 | 服务对象满意度指标 | 读者满意度 | ≥90% | 96.3% | 20 | 20 |
| 总分 | | | | | 100 | 98.35 |

## 四、自评结论

项目年度绩效目标基本完成，资金使用规范。数字资源年访问量未达到年度指标值，扣1.6分；预算执行率扣0.05分。项目自评得分98.35分，自评等次为“优”。

## 五、存在的问题

1. 数字资源宣传推广不足，部分数据库使用率偏低。
2. 社区阅读服务点分布不均，部分新建居民区覆盖不足。

## 六、改进措施

1. 开展数字资源使用培训和线上推介，提高数据库访问量。
2. 结合新建居民区布局，新增社区阅读服务点。
3. 提前谋划年度活动和采购计划，提高预算编制的准确性。

奉贤区图书馆

2025年3月14日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "gaizhou-weijian-2021.pdf": doc_gaizhou,
        "pengyang-nongye-2020.pdf": doc_pengyang,
        "jiaohe-jiaotong-2023.pdf": doc_jiaohe,
        "huangyuan-minzheng-2024.pdf": doc_huangyuan,
        "mozhugongka-nongye-2019.pdf": doc_mozhugongka,
        "fanshi-shuili-2018.pdf": doc_fanshi,
        "xunyi-linye-2022.docx": doc_xunyi,
        "laiyuan-wenlv-2022.docx": doc_laiyuan,
        "baodi-shuiwu-2025.xlsx": doc_baodi,
        "deqing-shijian-2022.html": lambda p: write_text(p, DEQING_HTML),
        "sheyang-ziran-2020.txt": lambda p: write_text(p, sheyang_text()),
        "fengxian-tushuguan-2024.md": lambda p: write_text(p, FENGXIAN_MD),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
