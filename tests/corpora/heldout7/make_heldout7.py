#!/usr/bin/env python3
"""Regenerate the heldout7 evaluation batch (16 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout7/make_heldout7.py

Writes the PDF, DOCX, XLSX, HTML, TXT and MD documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode; DOCX/XLSX are re-zipped with a
fixed entry date and fixed core-property dates.
"""
from __future__ import annotations

import datetime
import io
import re
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, FONT_PATH, subfontIndex=0))

FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------
# ZIP stabilisation (DOCX / XLSX)
# ---------------------------------------------------------------------------
def stable_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2024-01-01T00:00:00Z", data)
                data = re.sub(rb"(<cp:lastPrinted>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# A small PDF layout engine on the reportlab canvas (full control of breaks)
# ---------------------------------------------------------------------------
ASCII_RUN = re.compile(r"[0-9A-Za-z.,%:\-/()〔〕]")


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Wrap text to width; never break inside a run of ASCII digits/letters."""
    lines, cur, w = [], "", indent
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            lines.append(cur)
            cur, w = "", 0.0
            i += 1
            continue
        if ASCII_RUN.match(ch):
            j = i
            while j < len(text) and ASCII_RUN.match(text[j]):
                j += 1
            tok = text[i:j]
        else:
            tok = ch
            j = i + 1
        tw = pdfmetrics.stringWidth(tok, FONT, size)
        if w + tw > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
        i = j
    if cur or not lines:
        lines.append(cur)
    return lines


class PDF:
    def __init__(self, path: Path, header: str | None = None, footer: bool = True,
                 land: bool = False, margin: float = 64, size: float = 11,
                 header_rule: bool = True, footer_first: bool = True):
        self.pagesize = landscape(A4) if land else A4
        self.W, self.H = self.pagesize
        self.c = canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        self.c.setCreator("WPS Writer")
        self.header, self.footer, self.header_rule = header, footer, header_rule
        self.footer_first = footer_first
        self.m = margin
        self.top = self.H - margin - (18 if header else 0)
        self.bottom = margin + 10
        self.size = size
        self.lead = size * 1.75
        self.page = 1
        self.y = self.top
        self.cw = self.W - 2 * margin

    # page furniture
    def _furniture(self):
        c = self.c
        if self.header:
            c.setFont(FONT, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            if self.header_rule:
                c.setLineWidth(0.5)
                c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer and (self.footer_first or self.page > 1):
            c.setFont(FONT, 10)
            c.drawCentredString(self.W / 2, self.m - 24, f"- {self.page} -")

    def new_page(self):
        self._furniture()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def title(self, text, size=17):
        for line in text.split("\n"):
            self.need(size * 1.9)
            self.c.setFont(FONT, size)
            self.c.drawCentredString(self.W / 2, self.y - size, line)
            self.y -= size * 1.9
        self.y -= 6

    def center(self, text, size=None):
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(FONT, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.y -= size * 1.8

    def heading(self, text, size=None):
        size = size or self.size + 1
        self.need(size * 2.2)
        self.y -= 3
        self.c.setFont(FONT, size)
        self.c.drawString(self.m, self.y - size, text)
        self.y -= size * 1.9

    def para(self, text, indent=True, size=None):
        """Paragraph; a '\\f' inside forces a page break at that exact point."""
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        parts = text.split("\f")
        for k, part in enumerate(parts):
            lines = wrap(part, self.cw, size, ind if k == 0 else 0)
            for n, line in enumerate(lines):
                self.need(lead)
                self.c.setFont(FONT, size)
                x = self.m + (ind if (k == 0 and n == 0) else 0)
                self.c.drawString(x, self.y - size, line)
                self.y -= lead
            if k < len(parts) - 1:
                self.new_page()
                # continue on the same "line" position at the page top
        self.y -= 2

    def table(self, rows, widths, style="grid", size=9, header_rows=1, align=None):
        """rows: list of lists; a cell is str or (str, colspan)."""
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad = 3
        lead = size * 1.45
        c = self.c

        def cells_of(row):
            out, col = [], 0
            for cell in row:
                text, span = (cell if isinstance(cell, tuple) else (cell, 1))
                w = sum(widths[col:col + span])
                out.append((text, col, span, w))
                col += span
            return out

        def row_h(row):
            h = 0
            for text, _col, _span, w in cells_of(row):
                n = len(wrap(text, w - 2 * pad, size)) if text else 1
                h = max(h, n * lead + 2 * pad)
            return h

        first = True
        for ri, row in enumerate(rows):
            h = row_h(row)
            if self.y - h < self.bottom:
                if style == "three" and not first:
                    c.setLineWidth(1.2)
                    c.line(self.m, self.y, self.m + self.cw, self.y)
                self.new_page()
                first = True
            if first and style == "three":
                c.setLineWidth(1.2)
                c.line(self.m, self.y, self.m + self.cw, self.y)
            first = False
            x0 = self.m
            for text, col, span, w in cells_of(row):
                x = x0 + sum(widths[:col])
                if style == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h, w, h)
                lines = wrap(text, w - 2 * pad, size) if text else []
                c.setFont(FONT, size)
                a = (align[col] if align else "l") if span == 1 else "l"
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
        self.y -= 10

    def save(self):
        self._furniture()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def new_docx():
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def docx_para(d, text, indent=True, bold=False, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    return p


def docx_table(d, rows, merges=(), widths=None):
    """rows: list of lists of str; merges: ((r0,c0),(r1,c1)) pairs to merge."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    for (a, b) in merges:
        top = t.cell(*a)
        other = t.cell(*b)
        keep = top.text
        m = top.merge(other)
        m.text = keep
    return t


def docx_page_footer(d):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    footer = d.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("- ")
    run = p.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, instr, sep, t, e):
        run._r.append(el)
    p.add_run(" -")


def save_docx(d, name):
    path = OUT / name
    d.save(str(path))
    stable_zip(path)


def save_xlsx(wb, name):
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = OUT / name
    wb.save(str(path))
    stable_zip(path)


def write_text(name, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    (OUT / name).write_bytes(data)


# ===========================================================================
# 1. pingquan-ziranziyuan-2020.pdf  (河北 平泉市, county-level city; ruled
#    tables; a figure split over the page 3/4 break with running header and
#    "- 3 -" footer in between; planted error E1: basic + project != total)
# ===========================================================================
def doc_pingquan():
    hdr = "平泉市自然资源和规划局2020年度部门整体支出绩效自评报告"
    p = PDF(OUT / "pingquan-ziranziyuan-2020.pdf", header=hdr)
    p.title("平泉市自然资源和规划局\n2020年度部门整体支出绩效自评报告")
    p.heading("一、部门基本情况")
    p.heading("（一）部门职责")
    p.para("平泉市自然资源和规划局是市政府工作部门，承担全市自然资源统一确权登记、国土空间规划编制与实施监督、"
           "耕地保护、地质灾害防治、不动产登记、林业草原资源保护和自然资源执法监察等职责。局机关设办公室、"
           "国土空间规划股、耕地保护监督股、地质矿产股、不动产登记股、林业和草原股等职能股室，下设不动产登记中心、"
           "林业工作站等事业单位。")
    p.heading("（二）年度工作目标")
    p.para("2020年，我局围绕“保护资源、保障发展、维护权益、服务社会”的职责定位，以国土空间规划编制为龙头，"
           "统筹推进耕地保护、地质灾害防治、不动产登记便民利民和国土绿化等工作。年度部门整体绩效目标与部门预算"
           "同步编制、同步申报、同步批复，并按照《平泉市预算绩效管理实施办法》开展绩效运行监控。")
    p.heading("二、部门预算及执行情况")
    p.heading("（一）预算安排情况")
    p.para("2020年我局年初数为1,085.36万元。年度执行中，根据工作需要先后追加国土空间总体规划编制、地质灾害"
           "隐患点治理等资金，共计246.50万元，全年可用资金1,331.86万元。按资金来源分，本年收入合计1,331.86万元，"
           "其中一般公共预算财政拨款1,198.36万元，政府性基金预算财政拨款96.00万元，上年结转37.50万元。")
    p.para("预算资金严格按照《关于做好2020年市直部门预算绩效目标管理工作的通知》（平自然资字〔2020〕18号）"
           "的要求管理，专款专用，未发生挤占挪用情况。")
    p.new_page()
    p.heading("（二）项目支出使用情况")
    p.para("全年项目支出主要用于以下方面：一是“国土空间总体规划编制”项目，安排资金128.00万元，已支付126.40万元；"
           "二是“地质灾害隐患点治理”项目，安排资金180.00万元，已支付171.60万元；三是“不动产登记信息平台运行维护”"
           "项目，安排资金46.00万元，已支付46.00万元；四是“国土绿化造林补助”项目，安排资金95.00万元，"
           "已支付92.30万元。")
    p.para("表1  2020年度部门整体支出资金情况表（单位：万元）", indent=False, size=10)
    p.table([
        ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "1,085.36", "1,331.86", "1,286.45", "10", "96.59%", "9.66"],
        ["其中：当年财政拨款", "1,085.36", "1,294.36", "1,251.20", "—", "—", "—"],
        ["上年结转资金", "—", "37.50", "35.25", "—", "—", "—"],
        ["其他资金", "—", "—", "—", "—", "—", "—"],
    ], [2.2, 1.3, 1.3, 1.3, 0.7, 1.0, 0.8], align="lrrrccc")
    p.heading("三、绩效目标完成情况")
    p.heading("（一）产出完成情况")
    p.para("1.国土空间规划。完成《平泉市国土空间总体规划（2021-2035年）》初步方案编制，组织召开专家论证会4次，"
           "规划成果通过市规划委员会审议。")
    p.para("2.地质灾害防治。汛期组织巡查地质灾害隐患点126处，完成3处隐患点工程治理，开展应急避险演练6场次，"
           "发放宣传资料1.2万份，全年未发生因地质灾害造成的人员伤亡。群众发现违法用地和地质灾害险情可拨打"
           "12336热线反映。")
    p.para("3.不动产登记。全年办理各类不动产登记业务8,426件，登记办件准确率99.2%，一般登记业务实现当日受理、"
           "限时办结。")
    p.para("4.国土绿化。完成造林绿化2,760亩，森林抚育1,500亩。")
    p.para("5.执法监察。完成卫片执法图斑核查412个，立案查处违法用地案件17件。")
    p.heading("（二）效益实现情况")
    p.para("通过地质灾害防治和国土绿化工作，全市生态环境持续改善，群众安全感明显增强。经抽样调查，社会公众对"
           "我局工作的满意度为88.6%。")
    p.new_page()
    p.heading("四、预算执行结果分析")
    p.para("从执行结果看，全年预算执行总体平稳，各季度支出进度基本符合序时要求。第四季度集中支付了国土空间规划"
           "编制和地质灾害治理工程款，支出较为集中；林业草原项目受季节因素影响，部分造林补助延至次年兑付。"
           "预算执行中未发生超预算、无预算支出的情况，政府采购全部按规定程序实施，资产管理台账清晰、账实相符。"
           "同时，我局对全部项目开展了绩效运行监控，对执行进度偏慢的项目及时提示督促，确保资金尽早发挥效益。")
    p.para("在资金管理方面，我局严格执行国库集中支付制度，项目资金实行专账核算，大额资金支付实行集体研究和"
           "分级审批。对地质灾害治理等工程类项目，按照合同约定和工程进度分期付款，工程竣工验收并完成结算审核后"
           "再支付尾款；对规划编制等服务类项目，按照成果提交和专家评审节点拨付资金，确保资金支付与项目进度相匹配。")
    p.para("各股室和下属单位按照职责分工，对照年度绩效目标逐项梳理完成情况，形成自评底稿，由局财务股汇总审核后"
           "提交局党组会议研究。自评过程中，我们重点核对了资金支付凭证、合同协议、验收资料和工作台账，确保自评数据"
           "真实、准确、完整。现将全年支出的总体情况报告如下：截至2020年12月31日，我局全年支出1,2"
           "\f86.45万元，其中基本支出618.27万元，项目支出658.18万元；基本支出中人员经费552.84万元，公用经费"
           "65.43万元。全年预算执行率96.59%，年末结转结余45.41万元，主要为地质灾害治理工程尚未完成结算的尾款。")
    p.para("表2  2020年度部门整体支出绩效指标完成情况表", indent=False, size=10)
    p.table([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标（50分）", "数量指标", "国土空间总体规划编制", "=1项", "1项", "10", "10", ""],
        ["", "数量指标", "地质灾害隐患点巡查", "≥120处", "126处", "10", "10", ""],
        ["", "质量指标", "不动产登记办件准确率", "≥98%", "99.2%", "10", "10", ""],
        ["", "时效指标", "不动产登记办结时限", "≤5个工作日", "3个工作日", "10", "10", ""],
        ["", "成本指标", "地质灾害治理成本", "≤180万元", "171.6万元", "10", "10", ""],
        ["效益指标（30分）", "社会效益指标", "地质灾害人员伤亡", "=0人", "0人", "10", "10", ""],
        ["", "生态效益指标", "造林绿化面积", "≥3000亩", "2760亩", "10", "9.2", "春季干旱，部分地块延至次年补植"],
        ["", "可持续影响指标", "长效管护机制", "健全", "基本健全", "10", "8", "管护制度仍需完善"],
        ["满意度指标（10分）", "服务对象满意度指标", "社会公众满意度", "≥90%", "88.6%", "10", "9.84", "宣传解读不够"],
        ["总分", "", "", "", "", "100", "96.7", "优"],
    ], [1.3, 1.5, 2.4, 1.2, 1.2, 0.55, 0.6, 1.8], size=8.5, align="lllccccl")
    p.heading("五、自评结论")
    p.para("经综合评价，我局2020年度部门整体支出绩效自评得分96.7分，自评等级为“优”。扣分原因：一是造林绿化面积"
           "未达到年度目标；二是社会公众满意度略低于目标值。")
    p.heading("六、存在的问题")
    p.para("（一）预算编制精细化程度不够。部分项目年初预算测算不够充分，年度执行中追加事项较多。")
    p.para("（二）绩效指标设置有待优化。个别指标量化程度不高，难以准确反映项目实施效果。")
    p.heading("七、改进措施")
    p.para("（一）提高预算编制质量，结合“十四五”规划任务提前谋划项目，减少年中追加。")
    p.para("（二）完善绩效指标体系，增加可量化、可考核的产出和效益指标。")
    p.para("（三）强化结果运用，将自评结果作为以后年度预算安排的重要依据。")
    p.save()


# ===========================================================================
# 2. binhai-chengguan-2022.pdf  (天津 滨海新区; 三线表 tables; "预算批复数"
#    in the narrative is the adjusted budget: only that reading makes
#    780 + 80 = 860 and 842.80 / 860 = 98% hold)
# ===========================================================================
def doc_binhai():
    p = PDF(OUT / "binhai-chengguan-2022.pdf", header=None)
    p.title("天津市滨海新区城市管理委员会\n2022年度生活垃圾分类运营补贴项目支出绩效自评报告", size=15)
    p.heading("一、项目基本情况")
    p.heading("（一）项目概况")
    p.para("为推动滨海新区生活垃圾分类工作常态化运行，区城市管理委员会对居民小区分类投放、分类收集等运营服务"
           "给予补贴。项目实施周期为2022年1月1日至2022年12月31日，补贴标准和拨付程序依据《滨海新区生活垃圾"
           "分类运营补贴管理办法》（津滨城管〔2022〕27号）执行。年度目标为补贴覆盖居民小区不少于1,200个，"
           "分类投放准确率不低于90%。")
    p.heading("（二）项目资金情况")
    p.para("2022年该项目预算批复数为860.00万元（含年中根据分类运营量追加的80.00万元），实际到位资金860.00万元，"
           "全年支出842.80万元，执行率98%。资金全部用于居民小区分类运营补贴，未用于其他支出。")
    p.para("表1  项目资金情况（单位：万元）", indent=False, size=10)
    p.table([
        ["项目名称", ("生活垃圾分类运营补贴", 6)],
        ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "780.00", "860.00", "842.80", "10", "98.00%", "9.80"],
        ["其中：当年财政拨款", "780.00", "860.00", "842.80", "—", "—", "—"],
        ["上年结转资金", "—", "—", "—", "—", "—", "—"],
        ["其他资金", "—", "—", "—", "—", "—", "—"],
    ], [2.2, 1.2, 1.2, 1.2, 0.7, 1.0, 0.8], style="three", header_rows=2, align="lrrrccc")
    p.heading("二、绩效目标完成情况")
    p.para("全年共对1,236个居民小区发放分类运营补贴，覆盖居民约38.6万户；生活垃圾日均分类处理量达到2,150吨，"
           "分类投放准确率92.5%，生活垃圾资源化利用率57.2%。组织开展入户宣传和桶边督导活动1,860场次，"
           "居民分类知晓率96.3%。经第三方问卷调查，居民满意度91.8%。")
    p.para("表2  项目绩效指标完成情况", indent=False, size=10)
    p.table([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
        ["产出指标", "数量指标", "补贴覆盖居民小区数", "≥1,200个", "1,236个", "15", "15", ""],
        ["", "质量指标", "分类投放准确率", "≥90%", "92.5%", "10", "10", ""],
        ["", "时效指标", "补贴资金按季度拨付率", "=100%", "100%", "10", "10", ""],
        ["", "成本指标", "每户年均补贴标准", "≤80元", "76元", "15", "15", ""],
        ["效益指标", "社会效益指标", "居民分类知晓率", "≥95%", "96.3%", "15", "15", ""],
        ["", "生态效益指标", "生活垃圾资源化利用率", "≥60%", "57.2%", "15", "14.3", "末端处理设施检修停运"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥95%", "91.8%", "10", "9.66", "部分小区桶站设置不便"],
        ["总分", "", "", "", "", "100", "98.76", ""],
    ], [1.1, 1.6, 2.2, 1.1, 1.1, 0.55, 0.6, 1.9], style="three", size=8.5, align="lllccccl")
    p.heading("三、自评结论")
    p.para("经对照绩效目标逐项评价，本项目综合自评得分98.76分，评价等级为“优”。居民对分类投放问题可通过"
           "12319城管服务热线反映。")
    p.heading("四、存在的问题")
    p.para("1.末端处理能力不足，设施检修期间资源化利用率下降。")
    p.para("2.部分老旧小区桶站布局不合理，居民投放不便。")
    p.heading("五、改进措施")
    p.para("1.协调推进末端处理设施扩容改造，建立检修期间应急分流机制。")
    p.para("2.结合老旧小区改造优化桶站点位，提升居民参与度。")
    p.save()


# ===========================================================================
# 3. qiandongnan-jikong-2019.pdf  (贵州 黔东南苗族侗族自治州; a centre under
#    its 主管部门; transfer payment 中央/省级/州级; verbs 下达/安排/拨付/支付)
# ===========================================================================
def doc_qiandongnan():
    hdr = "黔东南州疾病预防控制中心项目支出绩效自评报告"
    p = PDF(OUT / "qiandongnan-jikong-2019.pdf", header=hdr, header_rule=False)
    p.title("黔东南苗族侗族自治州疾病预防控制中心\n2019年度重大传染病防控项目支出绩效自评报告", size=15)
    p.center("主管部门：黔东南苗族侗族自治州卫生健康局    实施单位：黔东南苗族侗族自治州疾病预防控制中心", size=9.5)
    p.heading("一、项目概况")
    p.para("重大传染病防控项目是中央、省、州共同承担的公共卫生服务项目，主要用于艾滋病、结核病防治，国家免疫"
           "规划实施和传染病监测预警等工作。我中心作为项目实施单位，负责全州项目的技术指导、质量控制和资金管理。")
    p.heading("二、项目资金情况")
    p.para("2019年，上级下达重大传染病防控中央补助资金356.00万元（黔财社〔2019〕45号），省级财政下达配套资金"
           "84.00万元，州级财政安排资金60.00万元，项目全年预算数合计500.00万元。截至2019年12月31日，州财政局"
           "已将上述资金全部拨付到位，实际到位资金500.00万元。全年累计支付资金468.35万元，预算执行率93.67%，"
           "结余资金31.65万元按规定结转下年使用。")
    p.para("表1  项目资金执行情况表（单位：万元）", indent=False, size=10)
    p.table([
        ["资金来源", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
        ["合计", "500.00", "468.35", "93.67%"],
        ["其中：中央财政资金", "356.00", "338.60", "95.11%"],
        ["省级资金", "84.00", "77.15", "91.85%"],
        ["州级资金", "60.00", "52.60", "87.67%"],
    ], [2.4, 1.5, 1.5, 2.0], align="lrrr")
    p.heading("三、绩效目标完成情况")
    p.para("1.艾滋病防治。全年完成艾滋病病毒抗体检测28.6万人份，抗病毒治疗覆盖率91.3%。")
    p.para("2.结核病防治。登记治疗肺结核患者1,325例，成功治疗率92.4%。")
    p.para("3.免疫规划。0-6岁儿童国家免疫规划疫苗接种率97.8%，疑似预防接种异常反应均按规定及时报告处置。")
    p.para("4.能力建设。举办基层疾控和医疗机构业务培训班12期，培训1,460人次。")
    p.para("5.社会效益。全州未发生重大传染病暴发流行，群众对传染病防控知识知晓率86.5%。群众可通过12320"
           "卫生热线咨询防控知识。")
    p.heading("四、自评结论")
    p.para("根据项目支出绩效评价指标体系，本项目自评得分93.5分，自评等级：优。主要扣分原因是州级资金执行进度"
           "偏慢，部分县（市）检测试剂采购延至次年。")
    p.heading("五、存在的问题")
    p.para("一是资金拨付到县（市）的时间偏晚，影响项目执行进度。二是基层专业技术人员不足，流动性较大。")
    p.heading("六、下一步改进措施")
    p.para("一是加快资金分配下达，建立执行进度月通报制度。二是加大基层人员培训力度，稳定专业技术队伍。")
    p.save()


# ===========================================================================
# 4. huoshan-xianyiyuan-2021.pdf  (安徽 霍山县; a hospital under 主管部门;
#    a pure Anhui 项目支出绩效目标自评表, landscape, ruled; 分值 before values)
# ===========================================================================
def doc_huoshan():
    p = PDF(OUT / "huoshan-xianyiyuan-2021.pdf", header=None, footer=False, land=True,
            margin=40, size=10)
    p.title("项目支出绩效目标自评表", size=16)
    p.center("（2021年度）", size=11)
    rows = [
        ["项目名称", ("县域医共体能力提升建设项目", 7)],
        ["主管部门", ("霍山县卫生健康委员会", 3), "实施单位", ("霍山县医院", 3)],
        ["项目资金（万元）", ("", 2), "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        ["", ("年度资金总额", 2), "620.00", "598.18", "10", "96.48%", "9.65"],
        ["", ("其中：财政拨款", 2), "500.00", "482.18", "—", "—", "—"],
        ["", ("其他资金", 2), "120.00", "116.00", "—", "—", "—"],
        ["年度总体目标", ("预期目标", 3), ("实际完成情况", 4)],
        ["", ("为16家乡镇卫生院部署远程会诊终端，购置医疗设备不少于15台，提升县域医疗服务能力，"
              "推进分级诊疗。", 3),
         ("完成16家乡镇卫生院远程会诊终端部署，购置CT、DR等医疗设备16台，全年开展远程会诊2,316例，"
          "县域医疗服务能力明显提升。", 4)],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因分析"],
        ["产出指标", "数量指标", "购置医疗设备数量", "10", "≥15台", "16台", "10", ""],
        ["", "数量指标", "远程会诊终端覆盖乡镇卫生院数", "10", "=16家", "16家", "10", ""],
        ["", "质量指标", "设备验收合格率", "10", "=100%", "100%", "10", ""],
        ["", "时效指标", "设备采购完成时间", "10", "2021年10月底前", "2021年11月", "8", "招标流标一次，采购延期"],
        ["", "成本指标", "项目总成本", "10", "≤620万元", "598.18万元", "10", ""],
        ["效益指标", "社会效益指标", "县域内就诊率", "10", "≥90%", "88.7%", "9.86", "部分重症患者外转"],
        ["", "社会效益指标", "下转患者人次", "10", "≥1,500人次", "1,620人次", "10", ""],
        ["", "可持续影响指标", "医共体分级诊疗机制", "10", "长期运行", "长期运行", "10", ""],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "10", "≥90%", "93.2%", "10", ""],
        [("总分", 3), "100", "", "", "97.51", "自评等级：优"],
    ]
    p.table(rows, [1.3, 1.5, 2.4, 1.2, 1.5, 1.4, 1.1, 1.9], size=9, header_rows=0,
            align="lllcccccl")
    p.para("填报人：****    联系电话：0564-5123608    填报日期：2022年3月10日", indent=False, size=9.5)
    p.save()


# ===========================================================================
# 5. yangshuo-linye-2017.pdf  (广西 阳朔县; department-wide; 年初批复;
#    projects via 下达/拨付/安排资金/支付; grade 良)
# ===========================================================================
def doc_yangshuo():
    p = PDF(OUT / "yangshuo-linye-2017.pdf", header=None)
    p.title("阳朔县林业局2017年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门概况")
    p.para("阳朔县林业局是县人民政府主管全县林业工作的职能部门，负责林业资源保护管理、森林防火、林业有害生物"
           "防治、生态公益林管理和林业行政执法等工作。")
    p.heading("二、部门预算及执行情况")
    p.para("2017年我局年初批复预算632.40万元，年中追加预算206.60万元，调整后预算839.00万元。本年收入合计"
           "839.00万元，其中：财政拨款收入781.20万元，其他收入57.80万元。")
    p.para("本年支出812.35万元，其中：基本支出402.15万元（人员经费351.60万元，公用经费50.55万元），项目支出"
           "410.20万元。预算执行率96.82%，年末结转结余26.65万元。")
    p.heading("三、重点项目实施情况")
    p.para("（一）“森林生态效益补偿”项目。自治区下达资金156.80万元（桂财农〔2017〕112号），已拨付到林农"
           "152.30万元，执行率97.13%。全年兑现生态公益林补偿面积98.6万亩，聘用生态护林员420名。")
    p.para("（二）“林业有害生物防治”项目。安排资金40.00万元，支付38.00万元，执行率95%。完成松材线虫病防治"
           "面积2.3万亩，设置监测点35个。")
    p.para("（三）“森林防火”项目。安排资金61.80万元，已支付61.80万元，执行率100%。全年组织森林防火巡查"
           "1,280人次，开展扑火演练3次，举办护林员培训班3期。")
    p.heading("四、绩效目标完成情况")
    p.para("全年未发生重大森林火灾和重大林业有害生物灾害，全县森林覆盖率达到65.4%，林区秩序稳定。部门整体"
           "支出较好地保障了“十三五”林业发展规划年度任务的完成。")
    p.heading("五、自评结论")
    p.para("对照部门整体支出绩效评价指标，综合自评得分88分，等级为良。扣分主要是部分项目支出进度偏慢，"
           "绩效目标设置不够细化。")
    p.heading("六、存在的问题")
    p.para("1.项目资金下达较晚，年初难以按计划组织实施。")
    p.para("2.绩效目标设置偏原则，量化指标较少。")
    p.heading("七、改进措施")
    p.para("1.提前做好项目储备，资金下达后及时组织实施。")
    p.para("2.细化量化绩效目标，加强绩效运行监控。")
    p.save()


# ===========================================================================
# 6. yijinhuoluoqi-nongmu-2021.docx  (内蒙古 鄂尔多斯市 伊金霍洛旗; 年初批复,
#    先后追加…共计, 全年可用资金, 实际到位, economic classes; planted error E2:
#    the stated 预算执行率 matches no pair of figures)
# ===========================================================================
def doc_yijinhuoluoqi():
    d = new_docx()
    d.add_heading("伊金霍洛旗农牧局2021年度部门整体支出绩效自评报告", level=1)
    d.add_heading("一、部门概况", level=2)
    docx_para(d, "伊金霍洛旗农牧局是旗人民政府工作部门，主要负责全旗农牧业发展规划、农畜产品质量安全监管、"
                 "动物疫病防控、高标准农田建设和农牧业社会化服务等工作。")
    d.add_heading("二、部门整体支出情况", level=2)
    d.add_heading("（一）预算安排", level=3)
    docx_para(d, "2021年，我局年初批复预算2,356.80万元。年度执行中，先后追加动物疫病防控、高标准农田建设等"
                 "资金3次，共计1,143.20万元，全年可用资金3,500.00万元，实际到位资金3,500.00万元。")
    d.add_heading("（二）支出情况", level=3)
    docx_para(d, "全年支出3,262.75万元，其中基本支出1,120.45万元，项目支出2,142.30万元。按经济分类，工资福利支出"
                 "948.36万元，商品和服务支出286.74万元，对个人和家庭的补助165.30万元，资本性支出1,862.35万元。"
                 "预算执行率为95.62%。")
    d.add_heading("（三）重点项目执行情况", level=3)
    docx_para(d, "表1  2021年度重点项目预算执行情况（单位：万元）", indent=False, align="center")
    docx_table(d, [
        ["项目名称", "预算数", "执行数", "执行率"],
        ["动物疫病防控", "186.00", "182.40", "98.06%"],
        ["高标准农田建设", "1,450.00", "1,356.90", "93.58%"],
        ["农牧业社会化服务补助", "260.00", "254.80", "98.00%"],
    ])
    d.add_heading("三、绩效目标完成情况", level=2)
    docx_para(d, "动物疫病防控按照《伊金霍洛旗2021年动物疫病防控实施方案》（伊农牧发〔2021〕16号）组织实施，"
                 "春秋两季集中免疫牲畜186.4万头，免疫密度保持在规定要求以上。全年完成高标准农田建设5.2万亩，"
                 "培训农牧民2,350人次，新增农牧业社会化服务组织12家，全旗农作物耕种收综合机械化率达到89.5%。"
                 "抽检农畜产品样品1,060批次，合格率99.1%。")
    d.add_heading("四、自评结论", level=2)
    docx_para(d, "经自评，我局2021年度部门整体支出绩效自评得分90.6分，等级为优。")
    d.add_heading("五、存在的问题", level=2)
    docx_para(d, "一是部分项目资金到位较晚，高标准农田建设项目跨年实施，当年支出进度偏慢；二是绩效目标与预算"
                 "编制衔接不够紧密，个别指标难以量化考核。")
    d.add_heading("六、改进措施", level=2)
    docx_para(d, "（一）加快项目前期工作，确保资金到位后尽快形成支出。")
    docx_para(d, "（二）对标“十四五”农牧业发展规划，科学设置年度绩效指标。")
    docx_para(d, "（三）加强绩效运行监控，定期通报预算执行进度。")
    docx_page_footer(d)
    save_docx(d, "yijinhuoluoqi-nongmu-2021.docx")


# ===========================================================================
# 7. fuzhou-yizhong-2023.docx  (福建; a school under 福州市教育局; 调减;
#    indicator table whose first-level rows carry their own weight and score)
# ===========================================================================
def doc_fuzhou():
    d = new_docx()
    docx_para(d, "福建省福州第一中学2023年度教育教学设备更新项目支出绩效自评报告", indent=False, bold=True,
              align="center")
    docx_para(d, "主管部门：福州市教育局", indent=False, align="center")
    d.add_heading("一、项目基本情况", level=2)
    docx_para(d, "项目名称：教育教学设备更新。项目依据《福州市教育局关于下达2023年市属学校教育教学设备更新经费的"
                 "通知》（榕教财〔2023〕9号）实施，计划于2023年8月底前完成设备采购安装，保障秋季学期教学使用。")
    docx_para(d, "本项目年初预算数320.00万元，年中按照市财政压减一般性支出的要求调减45.00万元，调整后预算为"
                 "275.00万元。全年支出268.95万元，执行率97.80%。")
    docx_para(d, "表1  项目资金情况（单位：万元）", indent=False, align="center")
    docx_table(d, [
        ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "320.00", "275.00", "268.95", "10", "97.80%", "9.78"],
        ["其中：财政拨款", "320.00", "275.00", "268.95", "—", "—", "—"],
        ["上年结转资金", "", "", "", "—", "—", "—"],
        ["其他资金", "", "", "", "—", "—", "—"],
    ])
    d.add_heading("二、绩效目标完成情况", level=2)
    docx_para(d, "全年更新多媒体教学一体机64台，建成理化生数字化实验室3间，覆盖教学班72个，惠及学生3,400余人；"
                 "开展教师信息技术应用培训12场。学生分组实验开出率98.5%，经问卷调查师生满意度94.6%。")
    docx_para(d, "表2  项目绩效指标完成情况", indent=False, align="center")
    docx_table(d, [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "", "", "", "", "50", "49", ""],
        ["", "数量指标", "更新多媒体教学一体机", "≥60台", "64台", "10", "10", ""],
        ["", "数量指标", "新建理化生数字化实验室", "=3间", "3间", "10", "10", ""],
        ["", "质量指标", "设备验收合格率", "=100%", "100%", "10", "10", ""],
        ["", "时效指标", "设备安装调试时限", "≤5天", "6天", "10", "9", "个别设备到货延迟"],
        ["", "成本指标", "单台一体机采购成本", "≤1.8万元", "1.72万元", "10", "10", ""],
        ["效益指标", "", "", "", "", "30", "29", ""],
        ["", "社会效益指标", "学生分组实验开出率", "≥95%", "98.5%", "10", "10", ""],
        ["", "社会效益指标", "信息化教学课时占比", "≥60%", "63%", "10", "10", ""],
        ["", "可持续影响指标", "设备维护响应时间", "≤24小时", "26小时", "10", "9", "寒假期间响应偏慢"],
        ["满意度指标", "", "", "", "", "10", "9.5", ""],
        ["", "服务对象满意度指标", "师生满意度", "≥95%", "94.6%", "10", "9.5", "部分教师操作不熟练"],
        ["总分", "", "", "", "", "100", "97.28", "优"],
    ])
    d.add_heading("三、自评结论", level=2)
    docx_para(d, "项目自评得分97.28分，自评等级为“优”。")
    d.add_heading("四、存在的问题", level=2)
    docx_para(d, "1.设备到货时间不一，个别设备安装调试超出计划时限。")
    docx_para(d, "2.部分教师对新设备的使用还不够熟练。")
    d.add_heading("五、改进措施", level=2)
    docx_para(d, "1.在采购合同中明确到货和安装时限，加强履约管理。")
    docx_para(d, "2.常态化开展信息技术应用培训，提高设备使用效率。")
    save_docx(d, "fuzhou-yizhong-2023.docx")


# ===========================================================================
# 8. yiling-jiaotong-2016.docx  (湖北 宜昌市夷陵区; project; a label | value |
#    unit table: each figure and its unit sit in adjacent cells)
# ===========================================================================
def doc_yiling():
    d = new_docx()
    d.add_heading("宜昌市夷陵区交通运输局2016年度农村公路养护项目支出绩效自评报告", level=1)
    d.add_heading("一、项目概况", level=2)
    docx_para(d, "农村公路养护项目用于全区县道、乡道和村道的日常养护、小修保养和安保设施完善，是推进"
                 "“四好农村路”建设的重要保障。")
    d.add_heading("二、项目资金情况", level=2)
    docx_para(d, "2016年本项目年初预算1,280.00万元，年中追加76.00万元，全年预算1,356.00万元。其中中央车购税补助资金"
                 "520.00万元、省级补助资金416.00万元（鄂交财〔2016〕63号）、区级财政配套420.00万元。资金实际到位"
                 "1,356.00万元，全年实际支出1,298.76万元，预算执行率95.78%，结余57.24万元。")
    docx_para(d, "表1  项目资金明细", indent=False, align="center")
    docx_table(d, [
        ["项目", "金额", "单位"],
        ["年初预算", "1,280.00", "万元"],
        ["年中追加", "76.00", "万元"],
        ["全年预算", "1,356.00", "万元"],
        ["其中：中央资金", "520.00", "万元"],
        ["省级资金", "416.00", "万元"],
        ["区级资金", "420.00", "万元"],
        ["实际到位", "1,356.00", "万元"],
        ["实际支出", "1,298.76", "万元"],
        ["预算执行率", "95.78", "%"],
    ])
    d.add_heading("三、绩效目标完成情况", level=2)
    docx_para(d, "全年完成农村公路日常养护里程1,862.4公里，修复路面坑槽3.6万平方米，处置塌方点47处，新增波形护栏"
                 "等安保设施12.5公里，全区农村公路优良路率达到78.3%。")
    d.add_heading("四、自评结论", level=2)
    docx_para(d, "经对照年度绩效目标综合评价，本项目自评得分85.5分，绩效等级为良。")
    d.add_heading("五、存在的问题", level=2)
    docx_para(d, "（一）养护资金缺口较大，村道养护标准偏低。")
    docx_para(d, "（二）部分乡镇养护队伍专业化程度不高。")
    d.add_heading("六、改进措施", level=2)
    docx_para(d, "（一）积极争取上级补助，建立稳定的养护资金投入机制。")
    docx_para(d, "（二）推行专业化养护，加强养护质量考核。")
    docx_page_footer(d)
    save_docx(d, "yiling-jiaotong-2016.docx")


# ---------------------------------------------------------------------------
# XLSX helpers
# ---------------------------------------------------------------------------
def xl_sheet(wb, title):
    ws = wb.active
    ws.title = title
    return ws


def xl_put(ws, ref, value, fmt=None, bold=False, merge_to=None, center=False):
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    cell.font = Font(name="宋体", size=10, bold=bold)
    cell.alignment = Alignment(wrap_text=True, vertical="center",
                               horizontal="center" if center else None)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    if merge_to:
        ws.merge_cells(f"{ref}:{merge_to}")


# ===========================================================================
# 9. luliang-nongye-2022.xlsx  (云南 曲靖市 陆良县; Yunnan variant in 元 with
#    指标性质 | 指标值 | 度量单位: each target figure and its unit in adjacent
#    cells; amounts as numeric cells, the rate as 0.962 formatted 0.00%)
# ===========================================================================
def doc_luliang():
    from openpyxl import Workbook

    wb = Workbook()
    ws = xl_sheet(wb, "项目支出绩效自评表")
    for col, w in zip("ABCDEFGHIJ", (12, 14, 24, 10, 14, 14, 14, 8, 8, 24)):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="J1", center=True)
    xl_put(ws, "A2", "（2022年度）", merge_to="J2", center=True)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "高原特色农业产业发展项目", merge_to="J3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "陆良县农业农村局", merge_to="E4")
    xl_put(ws, "F4", "实施单位")
    xl_put(ws, "G4", "陆良县农业农村局", merge_to="J4")
    xl_put(ws, "A5", "项目资金（元）", merge_to="A9")
    xl_put(ws, "B5", "", merge_to="C5")
    for ref, v in zip(("D5", "E5", "F5", "G5", "H5", "I5"),
                      ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        xl_put(ws, ref, v, center=True)
    money = "#,##0.00"
    xl_put(ws, "B6", "年度资金总额", merge_to="C6")
    xl_put(ws, "D6", 3000000, money)
    xl_put(ws, "E6", 3450000, money)
    xl_put(ws, "F6", 3318900, money)
    xl_put(ws, "G6", 10)
    xl_put(ws, "H6", 0.962, "0.00%")
    xl_put(ws, "I6", 9.62)
    xl_put(ws, "B7", "其中：财政拨款", merge_to="C7")
    xl_put(ws, "D7", 3000000, money)
    xl_put(ws, "E7", 3450000, money)
    xl_put(ws, "F7", 3318900, money)
    for ref in ("G7", "H7", "I7"):
        xl_put(ws, ref, "—", center=True)
    xl_put(ws, "B8", "上年结转资金", merge_to="C8")
    xl_put(ws, "B9", "其他资金", merge_to="C9")
    for r in (8, 9):
        for col in "DEF":
            xl_put(ws, f"{col}{r}", None)
        for col in "GHI":
            xl_put(ws, f"{col}{r}", "—", center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="E10", center=True)
    xl_put(ws, "F10", "实际完成情况", merge_to="J10", center=True)
    xl_put(ws, "B11", "扶持新型农业经营主体不少于25个，建设标准化种植基地3000亩以上，带动农户增收。",
           merge_to="E11")
    xl_put(ws, "F11", "扶持新型农业经营主体27个，建成标准化种植基地3150亩，带动农户2160户，"
                      "户均增收1380元。", merge_to="J11")
    heads = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施")
    for col, h in zip("ABCDEFGHIJ", heads):
        xl_put(ws, f"{col}12", h, bold=True, center=True)
    rows = [
        ("产出指标", "数量指标", "扶持新型农业经营主体数量", "≥", 25, "个", 27, 10, 10, ""),
        ("", "数量指标", "标准化种植基地建设面积", "≥", 3000, "亩", 3150, 10, 10, ""),
        ("", "质量指标", "种苗质量合格率", "≥", 95, "%", 97, 10, 10, ""),
        ("", "时效指标", "补助资金兑付及时率", "≥", 90, "%", 92.5, 10, 10, ""),
        ("", "成本指标", "亩均补助标准", "≤", 800, "元/亩", 780, 10, 10, ""),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥", 1500, "元/户", 1380, 10, 9.2,
         "受市场价格下行影响，增收未达预期"),
        ("", "社会效益指标", "带动农户数", "≥", 2000, "户", 2160, 10, 10, ""),
        ("", "可持续影响指标", "产业发展带动作用", "定性", "持续", "", "持续", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", 90, "%", 91.3, 10, 10, ""),
    ]
    r = 13
    for row in rows:
        for col, v in zip("ABCDEFGHIJ", row):
            xl_put(ws, f"{col}{r}", v if v != "" else None)
        r += 1
    ws.merge_cells("A13:A17")
    ws.merge_cells("A18:A20")
    xl_put(ws, f"A{r}", "总分", merge_to=f"G{r}", center=True)
    xl_put(ws, f"H{r}", 100)
    xl_put(ws, f"I{r}", 98.82)
    xl_put(ws, f"J{r}", None)
    r += 1
    ws[f"A{r}"] = "填报人：****      联系电话：0874-6321578      填报日期：2023年2月15日"
    ws.merge_cells(f"A{r}:J{r}")
    save_xlsx(wb, "luliang-nongye-2022.xlsx")


# ===========================================================================
# 10. litong-shuiwu-2024.xlsx  (宁夏 吴忠市 利通区; 项目决策/过程/产出/效益
#     framework with first-level rows carrying weight and score; planted error
#     E3: the first-level scores add up to 94 while 总分 says 95)
# ===========================================================================
def doc_litong():
    from openpyxl import Workbook

    wb = Workbook()
    ws = xl_sheet(wb, "自评表")
    for col, w in zip("ABCDEFGH", (14, 16, 24, 8, 14, 14, 10, 26)):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表（2024年度）", bold=True, merge_to="H1", center=True)
    xl_put(ws, "A2", "项目名称")
    xl_put(ws, "B2", "农村饮水安全工程维修养护", merge_to="H2")
    xl_put(ws, "A3", "主管部门")
    xl_put(ws, "B3", "吴忠市利通区水务局", merge_to="D3")
    xl_put(ws, "E3", "实施单位")
    xl_put(ws, "F3", "吴忠市利通区水务局", merge_to="H3")
    xl_put(ws, "A4", "资金情况（万元）", merge_to="A8")
    for col, h in zip("BCDEF", ("资金来源", "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)")):
        xl_put(ws, f"{col}4", h, center=True)
    xl_put(ws, "G4", "", merge_to="H4")
    fund_rows = [
        ("合计", 400, 480, 452.16, 0.942),
        ("其中：中央资金", 200, 260, 248.30, 0.955),
        ("自治区资金", 120, 140, 128.86, 0.9204),
        ("区级资金", 80, 80, 75.00, 0.9375),
    ]
    for i, (lab, a, b, c, rate) in enumerate(fund_rows):
        r = 5 + i
        xl_put(ws, f"B{r}", lab)
        xl_put(ws, f"C{r}", a, "0.00")
        xl_put(ws, f"D{r}", b, "0.00")
        xl_put(ws, f"E{r}", c, "0.00")
        xl_put(ws, f"F{r}", rate, "0.00%")
        xl_put(ws, f"G{r}", None, merge_to=f"H{r}")
    xl_put(ws, "A9", "年度总体目标完成情况")
    xl_put(ws, "B9", "完成维修养护农村供水管网36.8公里，更换入户智能水表1,246块，农村供水保障水平进一步提高，"
                     "惠及群众4.3万人。", merge_to="H9")
    for col, h in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "自评分",
                                    "偏差原因分析")):
        xl_put(ws, f"{col}10", h, bold=True, center=True)
    rows = [
        ("项目决策", "", "", 20, "", "", 18, ""),
        ("", "项目立项", "立项依据充分性", 5, "充分", "充分", 5, ""),
        ("", "绩效目标", "绩效目标合理性", 5, "合理", "基本合理", 4, "个别指标偏低"),
        ("", "资金投入", "预算编制科学性", 5, "科学", "较科学", 4, "年中追加预算"),
        ("", "资金投入", "资金分配合理性", 5, "合理", "合理", 5, ""),
        ("项目过程", "", "", 20, "", "", 19, ""),
        ("", "资金管理", "资金到位率", 5, "=100%", "100%", 5, ""),
        ("", "资金管理", "预算执行率", 5, "≥95%", "94.2%", 4, "部分工程尾款未支付"),
        ("", "组织实施", "管理制度健全性", 5, "健全", "健全", 5, ""),
        ("", "组织实施", "制度执行有效性", 5, "有效", "有效", 5, ""),
        ("项目产出", "", "", 40, "", "", 39, ""),
        ("", "数量指标", "维修养护供水管网长度", 10, "≥35公里", "36.8公里", 10, ""),
        ("", "数量指标", "更换入户水表数量", 10, "≥1,200块", "1,246块", 10, ""),
        ("", "质量指标", "水质检测合格率", 10, "≥95%", "93.5%", 9, "个别水源浊度超标"),
        ("", "时效指标", "维修响应时间", 10, "≤24小时", "20小时", 10, ""),
        ("项目效益", "", "", 20, "", "", 18, ""),
        ("", "社会效益指标", "农村自来水普及率", 10, "≥98%", "98.6%", 10, ""),
        ("", "满意度指标", "受益群众满意度", 10, "≥90%", "85%", 8, "部分村组夏季用水高峰水压不足"),
        ("总分", "", "", 100, "", "", 95, "自评等级：优"),
    ]
    r = 11
    for row in rows:
        for col, v in zip("ABCDEFGH", row):
            xl_put(ws, f"{col}{r}", v if v != "" else None)
        r += 1
    ws[f"A{r}"] = "填报单位（盖章）：吴忠市利通区水务局      填报日期：2025年1月20日"
    ws.merge_cells(f"A{r}:H{r}")
    save_xlsx(wb, "litong-shuiwu-2024.xlsx")


# ===========================================================================
# 11. hanshou-shijian-2018.html  (湖南 常德市 汉寿县; Hunan form report saved
#     from a government site; funding grid 收入合计 | 上年结转 | 公共财政拨款 |
#     政府基金拨款 | 纳入专户管理的非税收入拨款 | 其他; planted error E6:
#     人员经费 + 公用经费 != 基本支出)
# ===========================================================================
HANSHOU = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>汉寿县市场监督管理局2018年度部门整体支出绩效自评报告_汉寿县人民政府</title>
<link rel="stylesheet" href="/images/hs2019/css/content.css">
<script src="/images/hs2019/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="/">汉寿县人民政府门户网站</a> | <a href="/jgzn/">机构职能</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/czyjs/">财政预决算</a></div>
<table class="xxgk_info">
<tr><td>索引号：</td><td>430722/2019-01562</td><td>发布机构：</td><td>汉寿县市场监督管理局</td></tr>
<tr><td>主题分类：</td><td>财政</td><td>发布日期：</td><td>2019-06-28</td></tr>
<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr>
</table>
<div class="article">
<h1>汉寿县市场监督管理局2018年度部门整体支出绩效自评报告</h1>
<div class="info">来源：汉寿县市场监督管理局 &nbsp; 发布时间：2019-06-28 16:05 &nbsp; 浏览量：356 | | | |</div>
<div class="content">
<p>部门(单位)名称：汉寿县市场监督管理局</p>
<p>评价方式：部门(单位)绩效自评</p>
<p><b>一、部门(单位)基本概况</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>联系人</td><td>****</td><td>联络电话</td><td>0736-2822315</td></tr>
<tr><td>人员编制</td><td>96</td><td>实有人数</td><td>92</td></tr>
<tr><td>职能职责概述</td><td colspan="3">负责全县市场主体登记注册、食品药品安全监管、特种设备安全监察、产品质量监督、价格监督检查、知识产权管理和消费者权益保护等工作。</td></tr>
<tr><td>年度主要工作内容</td><td colspan="3">开展市场主体“双随机、一公开”监管，组织食品安全抽检，查处各类违法案件，受理消费投诉举报，推进“放管服”改革。</td></tr>
</table>
<p><b>二、部门(单位)整体支出情况</b>（单位：万元）</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td rowspan="2">收入</td><td>收入合计</td><td>上年结转</td><td>公共财政拨款</td><td>政府基金拨款</td><td>纳入专户管理的非税收入拨款</td><td>其他</td></tr>
<tr><td>1,868.42</td><td>56.30</td><td>1,702.12</td><td></td><td>80.00</td><td>30.00</td></tr>
<tr><td rowspan="2">支出</td><td>支出合计</td><td>基本支出</td><td>人员经费</td><td>公用经费</td><td>项目支出</td><td>结余</td></tr>
<tr><td>1,812.66</td><td>1,286.54</td><td>1,108.32</td><td>176.22</td><td>526.12</td><td>55.76</td></tr>
</table>
<p>2018年度我局全年预算收入1,868.42万元，实际支出1,812.66万元，预算执行率97.02%。</p>
<p><b>三、部门(单位)整体支出绩效情况</b></p>
<p>全年检查各类市场主体6,238户次，立案查处各类违法案件214件，完成食品安全抽检1,520批次；受理消费者投诉举报986件，为消费者挽回经济损失约52.6万元。12315投诉举报热线实现全天候受理。</p>
<p><b>四、自评结论</b></p>
<p>经自评，我局2018年度部门整体支出绩效自评得分92分，等级：优秀。</p>
<p><b>五、存在的问题</b></p>
<p>1.基层所监管力量不足，执法装备较为落后。</p>
<p>2.部分专项经费支出进度偏慢。</p>
<p><b>六、改进措施</b></p>
<p>1.优化基层所人员配置，逐步更新执法装备。</p>
<p>2.加强预算执行管理，按月跟踪项目支出进度。</p>
</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：汉寿县人民政府办公室 &nbsp; 承办：汉寿县政务服务中心</p>
<p>湘ICP备05004107号 &nbsp; 网站标识码：4307220001 &nbsp; 湘公网安备 43072202000102号</p>
<p>建议使用1920×1080分辨率浏览</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 12. jiangyin-sifa-2020.html  (江苏 无锡 江阴市; project; NO score and NO
#     grade anywhere; spending per activity; 12348 hotline)
# ===========================================================================
JIANGYIN = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>江阴市司法局2020年度法律援助专项经费项目支出绩效自评报告 - 江阴市人民政府</title>
</head>
<body>
<div id="header"><img src="/static/jy/images/logo.png" alt="江阴市人民政府"><ul class="nav"><li>首页</li><li>走进江阴</li><li>信息公开</li><li>政务服务</li><li>政民互动</li></ul></div>
<div class="crumb">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 法定主动公开内容 &gt;&gt; 财政信息</div>
<div class="meta">
<ul>
<li>索引号：014050221/2021-00087</li>
<li>发布机构：江阴市司法局</li>
<li>生成日期：2021-05-20</li>
<li>发布日期：2021-05-20</li>
<li>文号：</li>
<li>主题分类：财政、金融、审计</li>
</ul>
</div>
<div class="main">
<h2 class="title">江阴市司法局2020年度法律援助专项经费项目支出绩效自评报告</h2>
<div class="sub">【字体：<a>大</a> <a>中</a> <a>小</a>】 【浏览次数：1】</div>
<div id="zoom">
<p>一、项目基本情况</p>
<p>法律援助专项经费主要用于保障经济困难公民和特殊案件当事人获得必要的法律服务。2020年度目标为办理法律援助案件不少于1,200件，受援群众满意率不低于95%。</p>
<p>二、项目资金使用及管理情况</p>
<p>本项目年初预算批复数为168.00万元，年度中未作调整，全年预算数仍为168.00万元，其中省级补助资金48.00万元（苏财行〔2020〕32号），本级财政安排120.00万元。截至2020年12月31日，资金实际到位168.00万元，累计支付161.28万元，预算执行率96%，结余6.72万元。</p>
<p>资金主要用于：法律援助案件办案补贴132.40万元，12348公共法律服务热线运行维护18.60万元，法律援助宣传及培训10.28万元。资金支付严格执行国库集中支付制度，未发现截留、挪用情况。</p>
<p>三、项目绩效情况</p>
<p>全年办理法律援助案件1,286件，受援群众1,432人次；通过12348热线和公共法律服务窗口解答法律咨询1.86万人次。对受援群众开展回访，受援群众满意率97.3%。</p>
<p>四、综合评价</p>
<p>项目总体运行情况较好，资金使用规范，年度绩效目标基本实现。</p>
<p>五、存在的问题及原因</p>
<p>（一）法律援助案件补贴标准偏低，律师参与积极性有待提高。</p>
<p>（二）基层法律援助工作站规范化建设不平衡。</p>
<p>六、下一步改进措施</p>
<p>（一）积极争取提高办案补贴标准，建立补贴动态调整机制。</p>
<p>（二）加强基层工作站建设，推进法律援助服务标准化。</p>
</div>
<div class="tools"><a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div id="footer">
<p>版权所有：江阴市人民政府 &nbsp;&nbsp; 苏ICP备05003245号 &nbsp;&nbsp; 网站标识码：3202810001</p>
<p>联系电话：0510-86862345</p>
</div>
</body>
</html>
"""


def doc_html():
    write_text("hanshou-shijian-2018.html", HANSHOU)
    write_text("jiangyin-sifa-2020.html", JIANGYIN)


# ===========================================================================
# 13. daoli-weijian-2019.txt  (黑龙江 哈尔滨市 道里区; tab-separated budget
#     tables; full-width digits; planted error E5: one project's stated rate
#     matches no pair of figures)
# ===========================================================================
DAOLI = """哈尔滨市道里区卫生健康局2019年度部门整体支出绩效自评报告

一、部门基本情况
哈尔滨市道里区卫生健康局负责全区医疗卫生、疾病预防控制、基本公共卫生服务、妇幼健康、老龄健康和卫生应急管理等工作。

二、部门预算执行情况
2019年我局年初预算数3,856.20万元，年中追加354.40万元，全年预算数4,210.60万元。全年支出4,085.32万元，其中基本支出2,962.18万元，项目支出1,123.14万元，预算执行率97.02%。

表1 部门预算资金情况（单位：万元）
项目\t年初预算数\t全年预算数\t全年执行数\t执行率
年度资金总额\t3856.20\t4210.60\t4085.32\t97.02%
其中：财政拨款\t3856.20\t4018.60\t3893.32\t-
上年结转\t-\t192.00\t192.00\t-
其他资金\t-\t-\t-\t-

表2 重点项目执行情况（单位：万元）
项目名称\t预算数\t执行数\t执行率
基本公共卫生服务\t620.00\t604.50\t97.50%
家庭医生签约服务\t180.00\t171.00\t95.00%
卫生应急物资储备\t96.00\t84.48\t92.50%

三、绩效目标完成情况
按照《道里区2019年基本公共卫生服务项目实施方案》（哈道卫发〔2019〕58号）要求，全区建立居民电子健康档案68.4万份，家庭医生签约服务4.2万人，65岁以上老年人健康管理3.86万人，0-6岁儿童健康管理率92.6%；全年开展健康教育讲座２３６场次。

四、自评结论
综合自评得分94.2分，等级为优。

五、存在的问题
1.基层医疗卫生机构人员不足，服务能力有待提升。
2.卫生应急物资储备项目采购进度偏慢。

六、改进措施
1.加强基层卫生人才队伍建设，开展分层分类培训。
2.提前制定采购计划，加快项目执行进度。
"""


# ===========================================================================
# 14. hanbin-jiaoti-2023.txt  (陕西 安康市 汉滨区; a space-aligned table with
#     numbers grouped by a space, 1 036.52; grading bands stated; planted
#     error E4: 86.4 points called 优 against the stated bands)
# ===========================================================================
HANBIN = """安康市汉滨区教育体育局2023年度部门整体支出绩效自评报告

一、部门概况
安康市汉滨区教育体育局负责全区学前教育、义务教育、普通高中教育、职业教育和群众体育、竞技体育等工作。

二、部门预算及执行情况
2023年我局年初预算数21,365.52万元，年中追加1,653.44万元，全年预算数23,018.96万元。全年支出22,463.30万元，其中基本支出16,842.10万元，项目支出5,621.20万元；基本支出中人员经费15,206.48万元，公用经费1,635.62万元。预算执行率97.59%。

                      部门整体支出预算执行情况表
                                                              单位：万元
  项    目              年初预算数      全年预算数      全年执行数      执行率
  年度资金总额           21 365.52       23 018.96       22 463.30      97.59%
  其中：财政拨款         20 329.00       21 982.44       21 426.78        —
        上年结转          1 036.52        1 036.52        1 036.52        —

三、绩效目标完成情况
全区义务教育巩固率99.6%，新建改扩建校舍4.8万平方米，资助家庭经济困难学生1.32万人次，营养改善计划惠及学生4.6万人，举办全民健身赛事26场。各项工作按照《汉滨区教育事业发展“十四五”规划》和《关于下达2023年教育体育重点工作任务的通知》（安汉教体发〔2023〕12号）的要求推进。

四、自评结论
本次自评按百分制评分，90分以上为优，80分至89分为良，60分至79分为中，60分以下为差。经自评，我局2023年度部门整体支出绩效自评得分86.4分，等级为“优”。

五、存在的问题
（一）城区学校大班额问题仍未完全消除。
（二）部分项目资金下达较晚，支出进度不均衡。

六、改进措施
（一）加快城区学校建设，扩充学位供给。
（二）加强项目前期谋划，均衡预算支出进度。
"""


# ===========================================================================
# 15. yingde-nongye-2024.txt  (广东 清远 英德市; a UTF-8 page copied with its
#     site chrome; NO score and NO grade; 下达/批复/安排资金/支付; three
#     projects named only inside a list of uses)
# ===========================================================================
YINGDE = """英德市人民政府门户网站
首页 | 政务公开 | 政务服务 | 互动交流 | 走进英德
当前位置：首页 > 政务公开 > 财政资金信息 > 预算绩效

英德市农业农村局2024年度茶叶产业发展专项资金项目支出绩效自评报告
发布时间：2025-03-18 10:32:15    来源：英德市农业农村局    浏览次数：
【字体：大 中 小】  【打印】  【关闭】

一、项目概况
茶叶是我市农业主导产业。为推进茶产业高质量发展，2024年，省级财政下达英德市茶叶产业发展专项资金400.00万元（粤财农〔2024〕88号），市财政批复配套资金100.00万元，项目全年预算数500.00万元，实际到位资金500.00万元。

二、资金使用情况
资金安排用于3个子项目：“茶园标准化改造”项目安排资金260.00万元，已支付251.20万元；“茶叶加工设备升级”项目安排资金180.00万元，已支付176.40万元；“英德红茶品牌推广”项目安排资金60.00万元，已支付52.40万元。截至2024年12月31日，项目累计支付480.00万元，执行率96%，结余20.00万元。

三、绩效目标完成情况
全年改造标准化茶园1.2万亩，购置茶叶加工设备86台，组织参加展会推介活动9场，带动茶农人均增收2,350元，全市茶叶综合产值达到46.8亿元。

四、综合评价
项目按计划组织实施，资金管理规范，达到了促进茶产业提质增效的预期目的，为“十四五”茶产业发展规划目标的实现打下了基础。

五、存在的问题
1.部分茶企加工设备采购周期长，资金支付滞后。
2.品牌推广活动形式较为单一。

六、下一步工作
1.督促实施主体加快设备采购和验收。
2.创新品牌推广方式，拓展线上销售渠道。

【打印】  【关闭】
网站主办：英德市人民政府办公室    粤ICP备05012345号    网站标识码：4418810001
粤公网安备 44188102000123号
"""


# ===========================================================================
# 16. ganxian-minzheng-2022.md  (江西 赣州市 赣县区; grading scale and
#     权重合计100 stated beside the real score; 投入/过程/产出/效果 table whose
#     first-level rows carry their own weight and score)
# ===========================================================================
GANXIAN = """# 赣州市赣县区民政局2022年度部门整体支出绩效自评报告

## 一、部门基本情况

赣州市赣县区民政局负责全区社会救助、养老服务、儿童福利、社会事务和基层政权建设等工作。2022年，我局以学习宣传贯彻党的二十大精神为主线，兜牢兜准兜好民生底线。

## 二、部门预算及执行情况

2022年我局年初预算数6,820.00万元，年中追加1,180.00万元，调整后预算8,000.00万元。本年收入合计8,000.00万元，其中一般公共预算财政拨款7,652.00万元，政府性基金预算财政拨款348.00万元。

全年支出7,480.00万元，其中基本支出1,236.45万元（人员经费1,082.30万元、公用经费154.15万元），项目支出6,243.55万元，预算执行率93.50%。

主要项目执行情况：“城乡低保资金”全年预算数为4,120.00万元，执行数为3,986.50万元，完成预算的96.76%；“特困人员救助供养”预算数为980.00万元，执行数为912.60万元，预算执行率93.12%。

## 三、绩效目标完成情况

全年保障城乡低保对象2.16万人，特困人员3,218人，实施临时救助1,846人次；新建村级互助养老服务站18个，办理婚姻登记3,406对。

## 四、自评结论

本次自评采用百分制，满分100分，各指标权重合计100。评价等级分为四档：90分及以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。经自评，我局2022年度部门整体支出绩效自评得分92.35分，等级为优。

| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 投入 |  |  |  |  | 20 | 19 |
|  | 预算编制 | 预算编制科学性 | 科学 | 科学 | 5 | 5 |
|  | 预算编制 | 基础信息完善性 | 完善 | 基本完善 | 5 | 4 |
|  | 目标设定 | 绩效目标合理性 | 合理 | 合理 | 5 | 5 |
|  | 目标设定 | 绩效指标明确性 | 明确 | 明确 | 5 | 5 |
| 过程 |  |  |  |  | 30 | 28.35 |
|  | 预算执行 | 预算执行率 | =100% | 93.50% | 10 | 9.35 |
|  | 预算管理 | 资金使用合规性 | 合规 | 合规 | 10 | 10 |
|  | 资产管理 | 资产管理规范性 | 规范 | 基本规范 | 10 | 9 |
| 产出 |  |  |  |  | 30 | 28 |
|  | 数量 | 城乡低保应保尽保率 | =100% | 100% | 10 | 10 |
|  | 质量 | 特困人员集中供养率 | ≥50% | 48.5% | 10 | 9 |
|  | 时效 | 救助资金发放及时率 | ≥98% | 97.6% | 10 | 9 |
| 效果 |  |  |  |  | 20 | 17 |
|  | 社会效益 | 困难群众满意度 | ≥90% | 91.2% | 10 | 10 |
|  | 社会效益 | 社会救助政策知晓率 | ≥85% | 78.4% | 10 | 7 |
| 合计 |  |  |  |  | 100 | 92.35 |

## 五、存在的问题

1. 社会救助政策宣传不够深入，部分群众对政策知晓率不高。
2. 特困人员集中供养设施条件有待改善。
3. 资产管理还不够精细。

## 六、改进措施

1. 创新政策宣传方式，提高社会救助政策知晓率。
2. 推进敬老院提升改造，提高集中供养能力。
3. 完善资产管理制度，定期开展资产清查。
"""


def doc_text():
    write_text("daoli-weijian-2019.txt", DAOLI)
    write_text("hanbin-jiaoti-2023.txt", HANBIN)
    write_text("yingde-nongye-2024.txt", YINGDE)
    write_text("ganxian-minzheng-2022.md", GANXIAN)


def main():
    doc_pingquan()
    doc_binhai()
    doc_qiandongnan()
    doc_huoshan()
    doc_yangshuo()
    doc_yijinhuoluoqi()
    doc_fuzhou()
    doc_yiling()
    doc_luliang()
    doc_litong()
    doc_html()
    doc_text()
    print("wrote 16 documents to", OUT)


if __name__ == "__main__":
    main()
