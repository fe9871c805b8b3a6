#!/usr/bin/env python3
"""Regenerate the heldout11 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout11/make_heldout11.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML, TXT and MD documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability comes from tests/corpora/builder: reportlab runs in invariant mode with
WenQuanYi Zen Hei embedded; DOCX/XLSX are re-zipped with a fixed entry date and fixed
core-property dates; text files are UTF-8 with LF line ends.
The three long department reports are laid out twice: the first pass finds the page of
each heading, the second prints those pages in the table of contents.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY11"
FIXED_DT = datetime.datetime(2025, 8, 4, 10, 0, 0)
ZIP_MODE = 0o644 << 16


def PDF(path: Path, **layout) -> CanvasPdf:  # noqa: N802 - reads as the document it makes
    return CanvasPdf(path, fonts.zenhei(FONT), **layout)


# ---------------------------------------------------------------------------
# Long reports: a cover page and a table of contents before the numbered body
# ---------------------------------------------------------------------------
class LongReport(CanvasPdf):
    """A CanvasPdf whose first `front` pages (cover, 目录) carry no header and no footer; the
    body pages are numbered from 1 with `footer` (`{n}` the body page, `{total}` the body page
    count). Top-level and second-level headings remember their body page for the 目录."""

    def __init__(self, path: Path, header: str, footer: str, total: int = 0, front: int = 2, **layout):
        super().__init__(path, fonts.zenhei(FONT), header=header, **layout)
        self.footer_text, self.total, self.front = footer, total, front
        self.heading_pages: dict[str, int] = {}

    def _furniture(self):
        if self.page <= self.front:
            return
        c = self.c
        c.setFont(self.font, 9)
        c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
        c.setLineWidth(0.5)
        c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        c.setFont(self.font, 10)
        c.drawCentredString(self.W / 2, self.m - 24,
                            self.footer_text.format(n=self.page - self.front, total=self.total))

    def cover(self, big: list[str], small: list[str]):
        self.y = self.H - 200
        for line in big:
            self.c.setFont(self.font, 22)
            self.c.drawCentredString(self.W / 2, self.y, line)
            self.y -= 44
        self.y = 300
        for line in small:
            self.c.setFont(self.font, 13)
            self.c.drawString(self.m + 60, self.y, line)
            self.y -= 30
        self.new_page()

    def contents(self, entries: list[tuple[str, int]], pages: dict[str, int]):
        """目录: entry, dot leaders, the body page flush right (level 1 entries indented)."""
        self.y = self.H - self.m - 20
        self.center("目　　录", size=16)
        self.y -= 10
        size = 11
        for text, level in entries:
            number = str(pages.get(text, 0))
            x = self.m + (22 if level else 0)
            room = self.W - self.m - x - stringWidth(text, self.font, size) - stringWidth(number, self.font, size) - 6
            dots = "." * int(room / stringWidth(".", self.font, size))
            self.c.setFont(self.font, size)
            self.c.drawString(x, self.y - size, text + dots)
            self.c.drawRightString(self.W - self.m, self.y - size, number)
            self.y -= size * 2.1
        self.new_page()

    def leave_rows(self, n: int, row: float = 19.8, above: float = 0.0):
        """Skip down so that only `above` points and `n` table rows fit before the page foot:
        the table that follows runs over the page break."""
        self.space(max(0.0, self.y - self.bottom - above - n * row - 1))

    def h(self, text: str, size: float | None = None):
        self.heading(text, size=size)
        self.heading_pages.setdefault(text, self.page - self.front)


def long_pdf(path: Path, body: Callable[[LongReport, dict[str, int]], None], header: str, footer: str,
             **layout) -> None:
    """Lay the report out once to learn its heading pages and page count, then for real."""
    fd, scratch = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        first = LongReport(Path(scratch), header, footer, **layout)
        body(first, {})
        first.save()
    finally:
        os.unlink(scratch)
    final = LongReport(path, header, footer, total=first.page - first.front, **layout)
    body(final, first.heading_pages)
    final.save()


# ---------------------------------------------------------------------------
# Word and Excel helpers
# ---------------------------------------------------------------------------
def new_docx():
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    office.set_core(d.core_properties, author="Administrator", last_modified_by="Administrator",
                    created=FIXED_DT, modified=FIXED_DT, last_printed=FIXED_DT, revision=2, title="")
    return d


def para(d, text, indent=True, bold=False):
    from docx.shared import Pt

    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    r = p.add_run(text)
    r.bold = bold
    return p


def table(d, rows, merges=()):
    """rows: lists of str (all as long as the first); merges: ((r0, c0), (r1, c1)) pairs."""
    t = office.grid_table(d, rows)
    for a, b in merges:
        keep = t.cell(*a).text
        t.cell(*a).merge(t.cell(*b)).text = keep
    return t


def save_docx(d, path: Path) -> None:
    office.save_docx(d, path, FIXED_DT, external_attr=ZIP_MODE)


def save_xlsx(wb, path: Path) -> None:
    office.set_core(wb.properties, creator="Administrator", lastModifiedBy="Administrator",
                    created=FIXED_DT, modified=FIXED_DT)
    office.save_xlsx(wb, path, FIXED_DT, external_attr=ZIP_MODE)


def xl_put(ws, ref, value, fmt=None, bold=False, merge_to=None, center=False, size=10, border=True):
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    edge = Border(left=thin, right=thin, top=thin, bottom=thin) if border else Border()
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    cell.font = Font(name="宋体", size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else None)
    cell.border = edge
    if merge_to:
        ws.merge_cells(f"{ref}:{merge_to}")
        first_col, first_row = ws[ref].column, ws[ref].row
        last = ws[merge_to]
        for row in ws.iter_rows(min_row=first_row, max_row=last.row, min_col=first_col, max_col=last.column):
            for c in row:
                c.border = edge


def merge_runs(ws, col, first, labels):
    start = 0
    while start < len(labels):
        end = start
        while end + 1 < len(labels) and labels[end + 1] == labels[start]:
            end += 1
        if end > start:
            ws.merge_cells(f"{col}{first + start}:{col}{first + end}")
        start = end + 1


# ===========================================================================
# 1. keqiao-jiedao-2022.pdf  (浙江 绍兴市 柯桥区; 街道办事处; department; a LONG
#    report: cover, 目录 with dot leaders, running header, `- N -` body footer;
#    figures in 万元 in the text and in 元 in two tables; a complete list of 12
#    projects over a page break; 上年预算 for comparison; planted E1:
#    年初 8,326.45 + 追加 1,215.80 = 9,542.25, but 调整后 9,562.25)
# ===========================================================================
KEQIAO_TOC = [
    ("一、部门基本情况", 0), ("（一）主要职能", 1), ("（二）机构设置及人员情况", 1),
    ("二、部门预算收支情况", 0), ("（一）预算安排及调整情况", 1), ("（二）收入情况", 1), ("（三）支出情况", 1),
    ("（四）项目支出情况", 1),
    ("三、部门整体支出绩效情况", 0), ("（一）产出情况", 1), ("（二）效益情况", 1),
    ("四、自评结论", 0), ("五、存在的问题", 0), ("六、改进措施及下一步工作计划", 0),
]


def keqiao_body(p: LongReport, pages: dict[str, int]) -> None:
    p.cover(["绍兴市柯桥区柯桥街道办事处", "2022年度部门整体支出", "绩效自评报告"],
            ["评价类型：部门整体支出绩效自评", "评价单位（盖章）：绍兴市柯桥区柯桥街道办事处",
             "报告日期：2023年4月"])
    p.contents(KEQIAO_TOC, pages)
    p.para("根据柯桥区财政局关于开展2022年度区级部门整体支出绩效自评工作的通知要求，街道成立"
           "自评工作小组，对2022年度部门整体支出开展了绩效自评。2022年街道全年预算数9,562.25万元，"
           "本年支出合计9,218.64万元，预算执行率96.41%，全年部门整体支出绩效自评得分94.5分。现将"
           "有关情况报告如下。")
    p.h("一、部门基本情况")
    p.h("（一）主要职能", size=p.size + 0.5)
    p.para("柯桥街道办事处是浙江省绍兴市柯桥区人民政府的派出机关，主要承担辖区党的建设、经济"
           "发展服务、城市管理、社会治理、公共服务和平安建设等职能，统筹协调辖区社区和行政村的"
           "各项工作。")
    p.h("（二）机构设置及人员情况", size=p.size + 0.5)
    p.para("街道内设党政办公室、经济发展办公室、城市管理办公室、社会事务办公室、平安建设办公室、"
           "基层治理办公室、财政办公室7个办公室，下辖26个社区、4个行政村。2022年末核定行政编制48名、"
           "事业编制35名，实有在编人员79人。")
    p.h("二、部门预算收支情况")
    p.h("（一）预算安排及调整情况", size=p.size + 0.5)
    p.para("1.年初预算。2022年街道年初预算数为8,326.45万元，比上年预算7,912.30万元增加414.15万元，"
           "增加的主要原因是老旧小区改造配套和社区居家养老服务支出增加。")
    p.para("2.预算调整。年度执行中，因疫情防控、老旧小区改造配套等任务增加，区财政年中追加预算"
           "1,215.80万元，调整后全年预算数为9,562.25万元。")
    p.h("（二）收入情况", size=p.size + 0.5)
    p.para("2022年本年收入合计9,562.25万元，其中：一般公共预算财政拨款收入8,746.25万元，政府性基金"
           "预算财政拨款收入600.00万元，上年结转216.00万元。收入构成见表1。")
    p.center("表1　2022年度收入情况表", size=10)
    p.table([
        ["项目", "金额（元）", "占收入合计比重"],
        ["一般公共预算财政拨款收入", "87,462,500.00", "91.47%"],
        ["政府性基金预算财政拨款收入", "6,000,000.00", "6.27%"],
        ["上年结转", "2,160,000.00", "2.26%"],
        ["收入合计", "95,622,500.00", "100.00%"],
    ], widths=[220, 140, 110], style="grid", size=9.5, align=["l", "r", "r"])
    p.h("（三）支出情况", size=p.size + 0.5)
    p.para("2022年本年支出合计9,218.64万元，预算执行率96.41%，年末结转结余343.61万元。其中：")
    p.para("1.基本支出3,186.52万元，占本年支出的34.57%。包括：")
    p.para("（1）人员经费2,754.30万元，主要用于在编人员工资福利、社会保障缴费和离退休人员补助；")
    p.para("（2）公用经费432.22万元，主要用于办公费、水电费、物业管理费、公务用车运行维护费等。")
    p.para("2.项目支出6,032.12万元，占本年支出的65.43%，主要用于城市管理、社区治理、民生保障和"
           "疫情防控等方面。支出构成见表2。")
    p.center("表2　2022年度支出情况表", size=10)
    p.table([
        ["项目", "金额（元）", "占支出合计比重"],
        ["基本支出", "31,865,200.00", "34.57%"],
        ["　其中：人员经费", "27,543,000.00", "—"],
        ["　　　　公用经费", "4,322,200.00", "—"],
        ["项目支出", "60,321,200.00", "65.43%"],
        ["支出合计", "92,186,400.00", "100.00%"],
    ], widths=[220, 140, 110], style="grid", size=9.5, align=["l", "r", "r"])
    p.h("（四）项目支出情况", size=p.size + 0.5)
    p.para("街道严格执行《柯桥区区级部门项目支出预算管理办法》，项目资金实行专账核算、专款专用。"
           "年初对照年度重点工作逐项设定项目绩效目标，年中开展绩效运行监控，对执行进度偏慢的项目"
           "由分管领导督办。从全年情况看，城市管理及环境卫生保洁、村级组织运转补助等经常性项目"
           "执行较好；老旧小区改造配套项目受施工进度影响，部分工程款将在竣工结算后支付；疫情防控"
           "及应急处置项目根据防控形势变化据实安排，年末尚有部分物资采购款未到结算期。")
    p.para("2022年街道共实施项目12个，全部项目执行情况如下（单位：万元）：")
    p.leave_rows(11)
    p.table([
        ["序号", "项目名称", "全年预算数", "执行数", "执行率"],
        ["1", "社区网格化管理及综合治理经费", "486.00", "478.52", "98.46%"],
        ["2", "老旧小区改造配套", "1,260.00", "1,198.64", "95.13%"],
        ["3", "城市管理及环境卫生保洁", "1,085.40", "1,085.40", "100.00%"],
        ["4", "生活垃圾分类处理", "412.80", "396.27", "96.00%"],
        ["5", "河道保洁及“五水共治”", "356.00", "349.18", "98.08%"],
        ["6", "社区居家养老服务", "298.50", "291.36", "97.61%"],
        ["7", "退役军人及优抚对象服务", "86.20", "84.95", "98.55%"],
        ["8", "安全生产及消防", "224.00", "212.86", "95.03%"],
        ["9", "文化体育及新时代文明实践", "168.00", "161.42", "96.08%"],
        ["10", "平安建设及综治维稳", "196.50", "190.08", "96.73%"],
        ["11", "村级组织运转补助", "642.00", "642.00", "100.00%"],
        ["12", "疫情防控及应急处置", "986.40", "941.44", "95.44%"],
        ["", "合计", "6,201.80", "6,032.12", "97.26%"],
    ], widths=[36, 230, 80, 80, 64], style="grid", size=9.5, align=["c", "l", "r", "r", "r"])
    p.h("三、部门整体支出绩效情况")
    p.h("（一）产出情况", size=p.size + 0.5)
    p.para("1.城市管理。全年完成老旧小区改造3个，改造面积12.6万平方米，新增停车泊位420个；"
           "整治背街小巷17条，拆除违法建筑2.3万平方米。")
    p.para("2.社会治理。通过12345政务服务热线和基层治理平台受理群众诉求8,936件，办结率99.2%；"
           "调处矛盾纠纷1,142起，调处成功率98.7%。")
    p.para("3.民生保障。为辖区老年人提供居家养老上门服务3.6万人次，发放各类优抚补助金186.40万元；"
           "开展新时代文明实践活动312场。")
    p.h("（二）效益情况", size=p.size + 0.5)
    p.para("1.社会效益。辖区生活垃圾分类覆盖率达到100%，全年未发生较大以上安全生产事故，"
           "群众安全感满意度达到98.1%。")
    p.para("2.生态效益。辖区河道水质达到Ⅲ类及以上的断面比例为96.2%，较上年提高3.1个百分点。")
    p.h("四、自评结论")
    p.para("按照柯桥区部门整体支出绩效评价指标体系，街道从预算编制、预算执行、资产管理、履职产出"
           "和履职效益五个方面逐项打分。评价等级划分为：90分（含）以上为优，80分（含）至90分为良，"
           "60分（含）至80分为中，60分以下为差。经自评，街道2022年度部门整体支出绩效自评得分94.5分，"
           "评价等级为优。")
    p.h("五、存在的问题")
    p.para("（一）年初预算编制不够精准，年中追加预算金额较大，预算约束力有待增强。")
    p.para("（二）老旧小区改造配套等项目受施工进度影响，资金支付集中在年末。")
    p.para("（三）部分项目绩效目标以工作量为主，效益类指标量化不足。")
    p.h("六、改进措施及下一步工作计划")
    p.para("1.加强预算编制与年度重点工作的衔接，提高年初预算到位率，减少年中追加。")
    p.para("2.建立重点项目支出进度月度通报制度，对进度滞后的项目及时督促。")
    p.para("3.完善项目绩效目标设置，增加可量化、可考核的效益指标和满意度指标。")
    p.space(16)
    p.para("绍兴市柯桥区柯桥街道办事处", indent=False)
    p.para("2023年4月18日", indent=False)


def doc_keqiao(path: Path) -> None:
    long_pdf(path, keqiao_body, header="柯桥街道办事处2022年度部门整体支出绩效自评报告",
             footer="- {n} -", size=11)


# ===========================================================================
# 2. juxian-jikong-2021.pdf  (山东 日照市 莒县; 疾病预防控制中心 under the county
#    health bureau; department; LONG: cover, 目录, running header, `第 N 页 共 M 页`
#    footer; revenue and spending tables in 元 (the spending table and the 12-row
#    indicator table run over page breaks); 9 of 13 projects in a table;
#    上年全年预算数 for comparison; planted E2:
#    工资福利 968.42 + 商品和服务 126.30 + 对个人和家庭 42.12 = 1,136.84, but 基本支出
#    1,126.84 (in the text and again in the 元 table))
# ===========================================================================
JUXIAN_TOC = [
    ("一、单位基本情况", 0), ("（一）单位职能", 1), ("（二）机构和人员", 1),
    ("二、单位收支及预算执行情况", 0), ("（一）预算安排情况", 1), ("（二）收入情况", 1),
    ("（三）支出情况", 1), ("（四）项目支出执行情况", 1),
    ("三、绩效目标完成情况", 0), ("（一）疫情防控", 1), ("（二）疾病预防控制", 1), ("（三）卫生监测", 1),
    ("四、绩效自评情况", 0), ("五、存在的问题", 0), ("六、改进措施", 0),
]


def juxian_body(p: LongReport, pages: dict[str, int]) -> None:
    p.cover(["莒县疾病预防控制中心", "2021年度单位整体支出", "绩效自评报告"],
            ["单位名称：莒县疾病预防控制中心", "主管部门：莒县卫生健康局",
             "评价方式：单位自评", "报告日期：2022年5月10日"])
    p.contents(JUXIAN_TOC, pages)
    p.h("一、单位基本情况")
    p.h("（一）单位职能", size=p.size + 0.5)
    p.para("莒县疾病预防控制中心是山东省日照市莒县卫生健康局所属公益一类事业单位，承担全县传染病、"
           "慢性病、地方病的预防控制，免疫规划，突发公共卫生事件应急处置，食品安全风险监测，职业病"
           "和环境卫生监测，健康教育与健康促进等职能。")
    p.h("（二）机构和人员", size=p.size + 0.5)
    p.para("中心内设办公室、财务科、免疫规划科、传染病防制科、慢性病防制科、检验科等11个科室，2021年"
           "末编制人数62人，实有在职人员58人。")
    p.h("二、单位收支及预算执行情况")
    p.h("（一）预算安排情况", size=p.size + 0.5)
    p.para("2021年中心年初预算1,682.40万元，上年全年预算数为1,905.18万元。年度执行中，县财政为保障"
           "新冠肺炎疫情防控、核酸检测能力建设等工作追加预算564.30万元，全年预算数2,246.70万元。")
    p.h("（二）收入情况", size=p.size + 0.5)
    p.para("2021年本年收入2,246.70万元，其中一般公共预算财政拨款收入1,968.70万元，占87.63%；事业收入"
           "186.00万元，占8.28%；上年结转92.00万元，占4.09%。")
    p.center("表1　2021年度收入情况（单位：元）", size=10)
    p.table([
        ["收入项目", "本年金额", "占比"],
        ["一般公共预算财政拨款收入", "19,687,000.00", "87.63%"],
        ["事业收入", "1,860,000.00", "8.28%"],
        ["上年结转", "920,000.00", "4.09%"],
        ["合计", "22,467,000.00", "100.00%"],
    ], widths=[220, 140, 100], style="grid", size=9.5, align=["l", "r", "r"])
    p.h("（三）支出情况", size=p.size + 0.5)
    p.para("2021年本年支出2,158.36万元，预算执行率96.07%，年末结转结余88.34万元。")
    p.para("1.按支出性质分：基本支出1,126.84万元，占52.21%；项目支出1,031.52万元，占47.79%。")
    p.para("2.按经济分类分：基本支出中，工资福利支出968.42万元，商品和服务支出126.30万元，对个人和"
           "家庭的补助42.12万元。")
    p.center("表2　2021年度支出情况（单位：元）", size=10)
    p.table([
        ["支出项目", "本年金额", "说明"],
        ["基本支出", "11,268,400.00", ""],
        ["　工资福利支出", "9,684,200.00", "在职人员工资、社保缴费等"],
        ["　商品和服务支出", "1,263,000.00", "办公、水电、维修等"],
        ["　对个人和家庭的补助", "421,200.00", "离退休费、抚恤金等"],
        ["项目支出", "10,315,200.00", "见表3"],
        ["支出合计", "21,583,600.00", ""],
    ], widths=[200, 120, 160], style="grid", size=9.5, align=["l", "r", "l"])
    p.h("（四）项目支出执行情况", size=p.size + 0.5)
    p.para("2021年中心共实施项目13个，其中资金量较大的9个项目执行情况见表3。")
    p.center("表3　主要项目执行情况（单位：万元）", size=10)
    p.table([
        ["项目名称", "全年预算数", "执行数", "执行率"],
        ["新冠肺炎疫情防控", "420.00", "408.62", "97.29%"],
        ["免疫规划及疫苗冷链运转", "126.00", "121.35", "96.31%"],
        ["重大传染病防控", "98.50", "96.80", "98.27%"],
        ["慢性病及地方病防治", "64.00", "62.18", "97.16%"],
        ["食品安全风险监测", "38.00", "38.00", "100.00%"],
        ["实验室检测能力建设", "112.00", "104.26", "93.09%"],
        ["健康教育与健康促进", "26.40", "25.72", "97.42%"],
        ["职业病及环境卫生监测", "32.00", "30.95", "96.72%"],
        ["艾滋病检测筛查", "18.60", "18.60", "100.00%"],
    ], widths=[220, 90, 90, 80], style="grid", size=9.5, align=["l", "r", "r", "r"])
    p.h("三、绩效目标完成情况")
    p.h("（一）疫情防控", size=p.size + 0.5)
    p.para("全年累计完成新冠病毒核酸检测186.4万份，流调排查密切接触者和次密切接触者2,316人，"
           "指导全县隔离场所消杀4,820余次。")
    p.h("（二）疾病预防控制", size=p.size + 0.5)
    p.para("1.免疫规划。全年接种各类疫苗32.6万剂次，适龄儿童国家免疫规划疫苗接种率达到96.3%。")
    p.para("2.传染病防控。网络直报传染病报告卡3,186张，报告及时率99.8%；全县甲乙类传染病报告发病率"
           "较上年下降8.6%。")
    p.para("3.慢性病防控。管理高血压、糖尿病患者6.2万人，开展脑卒中高危人群筛查1,850人。")
    p.h("（三）卫生监测", size=p.size + 0.5)
    p.para("完成食品安全风险监测样品426份，生活饮用水水质监测286份，重点职业病监测1,064人。")
    p.h("四、绩效自评情况")
    p.para("中心对照单位整体支出绩效评价指标体系开展自评，设置三级指标12项，权重合计100分，"
           "各项指标得分如下：")
    p.table([
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分"],
        ["投入", "预算编制", "预算编制准确率", "≥90%", "93.6%", "5", "5"],
        ["投入", "预算配置", "在职人员控制率", "≤100%", "93.5%", "5", "5"],
        ["过程", "预算执行", "预算执行率", "100%", "96.07%", "10", "9.61"],
        ["过程", "预算管理", "公用经费控制率", "≤100%", "98.2%", "5", "5"],
        ["过程", "资产管理", "固定资产利用率", "≥90%", "96%", "5", "5"],
        ["产出", "数量指标", "免疫规划疫苗接种剂次", "≥30万剂次", "32.6万剂次", "10", "10"],
        ["产出", "数量指标", "核酸检测样本数", "≥150万份", "186.4万份", "10", "10"],
        ["产出", "质量指标", "传染病报告及时率", "100%", "99.8%", "10", "9.5"],
        ["产出", "时效指标", "突发疫情处置及时率", "100%", "100%", "10", "10"],
        ["效果", "社会效益", "甲乙类传染病报告发病率", "较上年下降", "下降8.6%", "10", "10"],
        ["效果", "可持续影响", "疾控体系建设", "持续完善", "基本完善", "10", "8.5"],
        ["效果", "满意度", "服务对象满意度", "≥90%", "92.4%", "10", "10"],
        ["合计", "", "", "", "", "100", "97.61"],
    ], widths=[44, 60, 140, 70, 70, 36, 40], style="grid", size=9, align=["c", "c", "l", "c", "c", "c", "c"])
    p.para("经自评，中心2021年度单位整体支出绩效自评得分97.61分，自评等级为“优”。")
    p.h("五、存在的问题")
    p.para("1.疫情防控经费多为年中追加，年初预算对突发公共卫生事件支出预计不足。")
    p.para("2.实验室检测能力建设项目设备采购周期长，部分资金未能在年内支付。")
    p.para("3.基层疾控专业技术人员短缺，慢性病综合防控力量薄弱。")
    p.h("六、改进措施")
    p.para("（一）合理预计疫情防控常态化支出，提高年初预算编制的完整性。")
    p.para("（二）提前启动设备采购程序，加快项目资金支付进度。")
    p.para("（三）积极争取编制，通过公开招聘引进公共卫生专业人才。")
    p.space(16)
    p.para("莒县疾病预防控制中心", indent=False)
    p.para("2022年5月10日", indent=False)


def doc_juxian(path: Path) -> None:
    long_pdf(path, juxian_body, header="莒县疾病预防控制中心2021年度单位整体支出绩效自评报告",
             footer="第 {n} 页 共 {total} 页", size=11)


# ===========================================================================
# 3. macheng-zigui-2020.pdf  (湖北 黄冈市 麻城市; bureau; department; LONG: cover,
#    目录, running header, `— N —` footer; spending table with a 上年决算数 column
#    (previous year, for comparison); 10 of 22 projects over a page break; a
#    first-level score table; TRAP: `预算执行率为96.5%` for 7,018.02 / 7,274.85 =
#    96.47% (rounded to the digits written); consistent)
# ===========================================================================
MACHENG_TOC = [
    ("一、部门概况", 0), ("（一）部门职责", 1), ("（二）机构设置", 1),
    ("二、部门整体支出情况", 0), ("（一）预算安排", 1), ("（二）收入情况", 1), ("（三）支出情况", 1),
    ("（四）重点项目执行情况", 1),
    ("三、部门整体绩效目标实现情况", 0),
    ("四、绩效自评结论", 0), ("五、存在的主要问题", 0), ("六、改进意见", 0),
]


def macheng_body(p: LongReport, pages: dict[str, int]) -> None:
    p.cover(["麻城市自然资源和规划局", "2020年度部门整体支出", "绩效自评报告"],
            ["部门名称：麻城市自然资源和规划局", "自评组织：局预算绩效自评工作领导小组",
             "报告时间：二〇二一年四月"])
    p.contents(MACHENG_TOC, pages)
    p.h("一、部门概况")
    p.h("（一）部门职责", size=p.size + 0.5)
    p.para("麻城市自然资源和规划局是湖北省黄冈市麻城市人民政府工作部门，负责全市自然资源调查监测"
           "评价、统一确权登记、国土空间规划、耕地保护、地质灾害防治、测绘地理信息管理和自然资源"
           "执法等工作。")
    p.h("（二）机构设置", size=p.size + 0.5)
    p.para("局机关内设办公室、财务股、国土空间规划股、耕地保护股等12个股室，下设不动产登记中心等"
           "4个二级单位，设19个乡镇（街道、区）自然资源和规划所。")
    p.h("二、部门整体支出情况")
    p.h("（一）预算安排", size=p.size + 0.5)
    p.para("1.年初预算。2020年部门年初预算5,428.60万元（上年年初预算为5,106.72万元）。")
    p.para("2.预算调整。年中因历史遗留矿山生态修复和国土空间规划编制等任务，追加预算1,846.25万元，"
           "调整后预算7,274.85万元。")
    p.h("（二）收入情况", size=p.size + 0.5)
    p.para("2020年部门本年收入合计7,274.85万元，具体为：")
    p.para("（1）一般公共预算财政拨款收入4,562.85万元，占62.72%；")
    p.para("（2）政府性基金预算财政拨款收入2,480.00万元，占34.09%；")
    p.para("（3）其他收入232.00万元，占3.19%。")
    p.h("（三）支出情况", size=p.size + 0.5)
    p.para("2020年部门本年支出合计7,018.02万元，预算执行率为96.5%，年末结转结余256.83万元。其中"
           "基本支出1,642.38万元（人员经费1,398.56万元、公用经费243.82万元），项目支出5,375.64万元。"
           "支出与上年对比情况见下表。")
    p.center("2020年度部门支出情况对比表（单位：元）", size=10)
    p.table([
        ["项目", "本年决算数", "上年决算数", "增减率"],
        ["基本支出", "16,423,800.00", "15,862,400.00", "3.54%"],
        ["　人员经费", "13,985,600.00", "13,402,100.00", "4.35%"],
        ["　公用经费", "2,438,200.00", "2,460,300.00", "-0.90%"],
        ["项目支出", "53,756,400.00", "44,381,600.00", "21.12%"],
        ["支出合计", "70,180,200.00", "60,244,000.00", "16.49%"],
    ], widths=[160, 120, 120, 80], style="grid", size=9.5, align=["l", "r", "r", "r"])
    p.h("（四）重点项目执行情况", size=p.size + 0.5)
    p.para("我局严格执行政府采购和国库集中支付制度，项目资金实行专账核算、专款专用，重大项目支出"
           "经局党组会集体研究决定。项目实施单位按月报送资金支付进度，财务股按季度开展项目资金使用"
           "情况检查，对支付进度滞后的项目下发督办通知。")
    p.para("从执行情况看，耕地保护及占补平衡、基础测绘及地理信息等项目执行进度较好；国土空间总体"
           "规划编制项目受省级规划编制要求调整影响，部分合同款未到支付节点；历史遗留矿山生态修复项目"
           "按工程进度结算，剩余资金为工程质量保证金，待竣工验收后支付。")
    p.para("项目立项方面，各重点项目均经过前期论证，纳入年度部门预算或按程序报批追加；项目管理方面，"
           "工程类项目严格执行招投标、监理和竣工验收制度，规划编制类项目实行专家评审和成果公示，"
           "确保项目质量。")
    p.para("绩效监控方面，我局在年中对全部项目开展了绩效运行监控，对照绩效目标逐项核查项目进度和"
           "资金支付情况，对偏离绩效目标的项目及时分析原因并提出纠偏措施。受新冠肺炎疫情影响，"
           "一季度各工程类项目开工普遍推迟，我局在复工复产后倒排工期、挂图作战，全力追赶项目进度，"
           "下半年项目资金支付明显加快。")
    p.para("2020年我局共实施项目22个，现将资金量较大的10个重点项目执行情况列示如下（单位：万元）：")
    p.leave_rows(10)
    p.table([
        ["序号", "项目名称", "调整后预算", "实际支出", "执行率"],
        ["1", "国土空间总体规划编制", "860.00", "812.40", "94.47%"],
        ["2", "耕地保护及占补平衡", "1,240.00", "1,226.35", "98.90%"],
        ["3", "不动产登记信息化建设", "186.00", "178.42", "95.92%"],
        ["4", "地质灾害综合防治", "420.00", "406.18", "96.71%"],
        ["5", "历史遗留矿山生态修复", "980.00", "925.60", "94.45%"],
        ["6", "自然资源统一确权登记", "156.00", "149.72", "95.97%"],
        ["7", "基础测绘及地理信息", "98.00", "96.34", "98.31%"],
        ["8", "自然资源执法监察", "72.50", "70.86", "97.74%"],
        ["9", "土地整治及高标准农田配套", "620.00", "598.24", "96.49%"],
        ["10", "农村乱占耕地建房整治", "64.00", "61.28", "95.75%"],
    ], widths=[36, 220, 80, 80, 64], style="grid", size=9.5, align=["c", "l", "r", "r", "r"])
    p.h("三、部门整体绩效目标实现情况")
    p.para("（一）耕地保护。全市落实耕地保护目标任务，完成耕地占补平衡补充耕地2,860亩，新建"
           "高标准农田配套工程1.5万亩，全年卫片执法图斑整改率达到97.3%。")
    p.para("（二）规划编制。完成市级国土空间总体规划初步方案，编制村庄规划46个。")
    p.para("（三）不动产登记。全年办理各类不动产登记业务3.28万件，一般登记业务办理时限压缩至5个"
           "工作日以内。")
    p.para("（四）生态修复。完成历史遗留矿山生态修复面积126.5公顷，治理地质灾害隐患点18处，"
           "全年未发生因地质灾害造成的人员伤亡。")
    p.h("四、绩效自评结论")
    p.para("根据部门整体支出绩效评价指标体系，从决策、过程、产出、效益四个方面进行自评打分，"
           "自评等级按“90分（含）以上为优秀、80分（含）至90分为良好、60分（含）至80分为合格、"
           "60分以下为不合格”划分。各一级指标得分情况如下：")
    p.table([
        ["一级指标", "分值", "自评得分", "扣分原因"],
        ["决策", "15", "14.5", "部分项目绩效目标不够细化"],
        ["过程", "25", "23.8", "预算执行率未达到100%，年中追加较多"],
        ["产出", "35", "33.6", "村庄规划编制进度滞后"],
        ["效益", "25", "23.6", "矿山修复后续管护机制不健全"],
        ["合计", "100", "95.5", ""],
    ], widths=[90, 60, 70, 260], style="grid", size=9.5, align=["c", "c", "c", "l"])
    p.para("综上，2020年度我局部门整体支出绩效自评得分95.5分，自评等级为“优秀”。")
    p.h("五、存在的主要问题")
    p.para("一是年初预算编制不够完整，年中追加预算占比较高；二是部分重点项目前期工作时间长，"
           "资金支付进度滞后；三是绩效目标设置偏重工作量，效益指标不够量化。")
    p.h("六、改进意见")
    p.para("（一）提高年初预算编制的科学性和完整性，严格控制年中追加。")
    p.para("（二）加快重点项目前期工作，按月跟踪资金支付进度。")
    p.para("（三）细化绩效目标，增加可量化的效益指标。")
    p.space(16)
    p.para("麻城市自然资源和规划局", indent=False)
    p.para("2021年4月26日", indent=False)


def doc_macheng(path: Path) -> None:
    long_pdf(path, macheng_body, header="麻城市自然资源和规划局2020年度部门整体支出绩效自评报告",
             footer="— {n} —", size=12)


# ===========================================================================
# 4. weining-caohai-2023.pdf  (贵州 毕节市 威宁彝族回族苗族自治县; 草海镇人民政府
#    (a township); project; funds through verbs: 中央财政下达 / 省级财政拨付 /
#    县级配套…到位 / 累计支付; four spending lines that add up; page 2 a ruled
#    indicator table with the 预算执行率 as its last row; consistent)
# ===========================================================================
def doc_weining(path: Path) -> None:
    p = PDF(path, header="草海镇2023年度农村人居环境整治提升项目绩效自评报告", size=10.5)
    p.title("威宁彝族回族苗族自治县草海镇人民政府\n2023年度农村人居环境整治提升项目绩效自评报告", size=14)
    p.heading("一、项目基本情况")
    p.para("为持续改善贵州省毕节市威宁彝族回族苗族自治县草海镇农村人居环境，草海镇人民政府2023年"
           "实施农村人居环境整治提升项目，项目覆盖全镇14个村（社区），建设内容包括通组路硬化、"
           "户用卫生厕所改造、垃圾收运设施建设和村庄绿化亮化。")
    p.heading("二、项目资金下达及到位情况")
    p.para("2023年，中央财政下达衔接推进乡村振兴补助资金420.00万元（威财农〔2023〕18号），"
           "省级财政拨付省级衔接资金156.00万元（威财农〔2023〕41号），县级配套资金84.00万元已于"
           "6月底前全部到位。项目全年预算数660.00万元，截至2023年12月31日，项目资金660.00万元"
           "已全部到位。")
    p.heading("三、项目资金使用情况")
    p.para("截至2023年12月31日，项目累计支付资金643.18万元，预算执行率97.45%，剩余16.82万元为"
           "工程质量保证金，待质保期满后支付。资金支付情况为：村庄道路硬化286.40万元，垃圾收运"
           "设施118.62万元，户用卫生厕所改造164.16万元，村庄绿化亮化74.00万元。")
    p.heading("四、项目绩效目标完成情况")
    p.para("（一）产出情况。全年硬化通组路12.4公里，改造户用卫生厕所1,368户，新建垃圾收集点46个，"
           "配置垃圾转运车3辆，栽植绿化苗木8,600株，安装太阳能路灯210盏。")
    p.para("（二）效益情况。项目惠及群众2.1万人，全镇农村生活垃圾收运处置率达到95.6%，卫生厕所"
           "普及率较上年提高11.2个百分点，村容村貌明显改善。")
    p.heading("五、自评结论")
    p.para("对照年初设定的绩效目标，项目自评得分97.75分，自评等级为“优”。扣分原因：一是受雨季"
           "影响，2个村的通组路工程未能按计划完工；二是部分村长效管护机制尚未完全建立。")
    p.heading("六、存在的问题及改进措施")
    p.para("（一）存在的问题：1.部分工程受雨季影响进度滞后；2.建后管护资金来源单一，村级保洁员"
           "报酬偏低。")
    p.para("（二）改进措施：1.合理安排施工时序，避开雨季集中施工；2.探索“村集体+农户”共同出资"
           "的管护模式，建立长效管护机制。")
    p.new_page()
    p.center("附表：2023年度农村人居环境整治提升项目绩效指标完成情况", size=11)
    p.table([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "数量指标", "硬化通组路里程", "≥12公里", "12.4公里", "10", "10", ""],
        ["产出指标", "数量指标", "户用卫生厕所改造", "≥1300户", "1368户", "10", "10", ""],
        ["产出指标", "数量指标", "新建垃圾收集点", "≥45个", "46个", "5", "5", ""],
        ["产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", ""],
        ["产出指标", "时效指标", "项目按期完工率", "100%", "90%", "5", "4.5", "2个村工程受雨季影响延期"],
        ["产出指标", "成本指标", "户厕改造补助标准", "≤1200元/户", "1200元/户", "10", "10", ""],
        ["效益指标", "社会效益指标", "受益群众人数", "≥2万人", "2.1万人", "10", "10", ""],
        ["效益指标", "生态效益指标", "农村生活垃圾收运处置率", "≥90%", "95.6%", "10", "10", ""],
        ["效益指标", "可持续影响指标", "长效管护机制", "建立", "初步建立", "10", "8.5", "部分村管护制度未落实"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.8%", "10", "10", ""],
        ["预算执行", "—", "预算执行率", "100%", "97.45%", "10", "9.75", ""],
        ["合计", "", "", "", "", "100", "97.75", ""],
    ], widths=[50, 62, 104, 56, 56, 30, 30, 94], style="grid", size=8.5,
        align=["c", "c", "l", "c", "c", "c", "c", "l"])
    p.space(6)
    p.para("威宁彝族回族苗族自治县草海镇人民政府", indent=False)
    p.para("2024年3月12日", indent=False)
    p.save()


# ===========================================================================
# 5. hailun-yiyuan-2019.pdf  (黑龙江 绥化市 海伦市; 海伦市人民医院 under the city
#    health bureau; project; money ONLY in 元 with thousands separators, through
#    verbs (下达 / 拨付 / 安排配套 / 到位 / 累计支付); three spending lines that add
#    up; TRAP: `执行率98.7%` for 2,765,312.40 / 2,800,000.00 = 98.76% (cut, not
#    rounded); no indicator table; consistent)
# ===========================================================================
def doc_hailun(path: Path) -> None:
    p = PDF(path, size=10.5, footer_first=False)
    p.title("海伦市人民医院2019年度医疗服务与保障能力提升\n补助资金项目绩效自评报告", size=14)
    p.heading("一、项目概况")
    p.para("海伦市人民医院是黑龙江省绥化市海伦市卫生健康局所属的二级甲等综合医院。2019年，医院"
           "承担医疗服务与保障能力提升补助资金项目，主要用于购置医疗设备、开展医务人员培训和建设"
           "远程会诊信息系统，提升县域医疗服务能力。")
    p.heading("二、项目资金情况")
    p.para("2019年6月，中央财政下达我院医疗服务与保障能力提升补助资金1,850,000.00元（绥财社〔2019〕"
           "57号）；8月，省级财政拨付配套资金620,000.00元；市级财政安排配套资金330,000.00元。项目"
           "全年预算数2,800,000.00元，实际到位资金2,800,000.00元，到位率100%。")
    p.para("截至2019年12月31日，项目累计支付2,765,312.40元，执行率98.7%，结余34,687.60元为信息系统"
           "尾款，已结转下年支付。具体支出为：医疗设备购置1,986,500.00元，医务人员进修和培训"
           "312,460.00元，远程会诊信息系统建设466,352.40元。")
    p.heading("三、项目绩效情况")
    p.heading("（一）产出情况", size=11)
    p.para("购置彩色多普勒超声诊断仪、全自动生化分析仪等医疗设备6台，选派医务人员到省级医院"
           "进修和参加专项培训86人次，远程会诊系统联通乡镇卫生院15家。")
    p.heading("（二）效益情况", size=11)
    p.para("全年开展远程会诊1,246例，县域内就诊率达到88.6%，较上年提高2.4个百分点；新设备投入使用后"
           "完成超声检查2.35万人次，群众就医满意度达到93.2%。")
    p.heading("四、自评结论")
    p.para("按照项目支出绩效评价指标体系，从项目决策、项目管理、项目产出和项目效益四个方面进行自评，"
           "本项目自评得分93分，评价等级为优。")
    p.heading("五、存在的问题和改进措施")
    p.para("存在的问题：一是设备招标采购周期较长，资金支付相对滞后；二是远程会诊系统在部分乡镇卫生院"
           "使用率不高。改进措施：一是提前谋划设备采购计划，缩短采购周期；二是加强对乡镇卫生院医务"
           "人员的操作培训，提高远程会诊系统使用率。")
    p.space(8)
    p.para("海伦市人民医院", indent=False)
    p.para("2020年3月20日", indent=False)
    p.save()


# ===========================================================================
# 6. yuanling-yizhong-2024.docx  (湖南 怀化市 沅陵县; 沅陵县第一中学 under the
#    county education bureau; a BARE 项目支出绩效自评表 as a Word table with merged
#    cells and a `自评得分` row (and a `自评等级` row); a free-text 实际完成情况 cell;
#    planted E4: the rows score 99.5, the 自评得分 row says 98.5)
# ===========================================================================
def doc_yuanling(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "项目支出绩效自评表", 16)
    office.centred_title(d, "（2024年度）", 12, bold=False)
    e = "—"
    rows = [
        ["项目名称", "普通高中国家助学金", "", "", "", "", "", ""],
        ["主管部门", "沅陵县教育局", "", "", "实施单位", "沅陵县第一中学", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "168.00", "182.40", "182.40", "10", "100.00%", "10"],
        ["项目资金（万元）", "其中：当年财政拨款", "168.00", "182.40", "182.40", e, e, e],
        ["项目资金（万元）", "上年结转资金", e, e, e, e, e, e],
        ["项目资金（万元）", "其他资金", e, e, e, e, e, e],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["年度总体目标",
         "按照每生每年2000元的标准，春秋两季按时足额发放普通高中国家助学金，保障家庭经济困难学生顺利完成学业。",
         "", "",
         "春秋两季共资助家庭经济困难学生1,824人次，发放国家助学金182.40万元，其中资助脱贫家庭学生"
         "1,106人次；秋季学期因资金到位较晚，助学金于11月中旬发放。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "资助学生人次", "≥1800人次", "1824人次", "10", "10", ""],
        ["产出指标", "数量指标", "助学金发放批次", "2次", "2次", "5", "5", ""],
        ["产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", "10", "10", ""],
        ["产出指标", "时效指标", "资金发放及时率", "100%", "95%", "10", "9.5", "秋季学期资金到位较晚，下年提前申请"],
        ["产出指标", "成本指标", "人均资助标准", "2000元/生·年", "2000元/生·年", "15", "15", ""],
        ["效益指标", "社会效益指标", "家庭经济困难学生资助覆盖", "应助尽助", "应助尽助", "15", "15", ""],
        ["效益指标", "可持续影响指标", "资助政策知晓率", "≥95%", "97.8%", "15", "15", ""],
        ["满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%", "96.2%", "10", "10", ""],
        ["自评得分", "", "", "", "", "100", "98.5", ""],
        ["自评等级", "", "", "", "", "优", "", ""],
    ]
    merges = [((0, 1), (0, 7)), ((1, 1), (1, 3)), ((1, 5), (1, 7)), ((2, 0), (6, 0)),
              ((7, 0), (8, 0)), ((7, 1), (7, 3)), ((7, 4), (7, 7)), ((8, 1), (8, 3)), ((8, 4), (8, 7)),
              ((10, 0), (14, 0)), ((10, 1), (11, 1)), ((15, 0), (16, 0)),
              ((18, 0), (18, 4)), ((19, 0), (19, 4)), ((19, 5), (19, 7))]
    table(d, rows, merges)
    para(d, "填报单位（盖章）：沅陵县第一中学　　项目负责人：张**　　联系电话：0745-42*****　　"
            "填报日期：2025年2月26日", indent=False)
    save_docx(d, path)


# ===========================================================================
# 7. wuyishan-linye-2020.xlsx  (福建 南平市 武夷山市; bureau; a BARE project
#    form whose table does NOT start at A1: title merged across B2:I2, the
#    form from B4; amounts as numbers formatted `0.00`, the rate as the text
#    `96.85%`; 执行率 score 9.69; consistent)
# ===========================================================================
def doc_wuyishan(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    ws.column_dimensions["A"].width = 3
    for col, width in zip("BCDEFGHI", (14, 18, 24, 16, 16, 14, 12, 26), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "B2", "2020年度项目支出绩效自评表", bold=True, merge_to="I2", center=True, size=16, border=False)
    xl_put(ws, "B3", "单位：万元", merge_to="I3", border=False)
    xl_put(ws, "B4", "项目名称", center=True)
    xl_put(ws, "C4", "松材线虫病防治", merge_to="I4")
    xl_put(ws, "B5", "主管部门", center=True)
    xl_put(ws, "C5", "武夷山市林业局", merge_to="E5")
    xl_put(ws, "F5", "实施单位", center=True)
    xl_put(ws, "G5", "武夷山市林业局", merge_to="I5")
    xl_put(ws, "B6", "项目资金", merge_to="B10", center=True)
    for col, head in zip("CDEFGHI", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                         strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    e = "—"
    money = [("年度资金总额", 240.0, 286.0, 276.99, 10, "96.85%", 9.69),
             ("其中：当年财政拨款", 240.0, 266.0, 256.99, e, e, e),
             ("上年结转资金", e, 20.0, 20.0, e, e, e),
             ("其他资金", e, e, e, e, e, e)]
    for r, (label, ini, adj, exe, w, rate, sc) in enumerate(money, start=7):
        xl_put(ws, f"C{r}", label)
        for col, v in (("D", ini), ("E", adj), ("F", exe)):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=v == e)
        xl_put(ws, f"G{r}", w, center=True)
        xl_put(ws, f"H{r}", rate, center=True)
        xl_put(ws, f"I{r}", sc, fmt="0.00" if isinstance(sc, float) else None, center=True)
    xl_put(ws, "B11", "年度总体目标", merge_to="B12", center=True)
    xl_put(ws, "C11", "预期目标", merge_to="E11", center=True)
    xl_put(ws, "F11", "实际完成情况", merge_to="I11", center=True)
    xl_put(ws, "C12", "开展松材线虫病秋季普查和疫木除治，布设媒介昆虫诱捕器，控制疫情扩散，保护武夷山"
                      "松林资源。", merge_to="E12")
    xl_put(ws, "F12", "完成春秋两季松材线虫病普查，普查松林面积8.3万亩；除治松材线虫病疫木1.26万株，"
                      "布设媒介昆虫诱捕器620套，诱杀松褐天牛3.4万头。", merge_to="I12")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for col, head in zip("BCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}13", head, center=True, bold=True)
    inds = [
        ("产出指标", "数量指标", "疫木除治数量", "≥1.2万株", "1.26万株", 15, 15, ""),
        ("产出指标", "数量指标", "诱捕器布设数量", "≥600套", "620套", 10, 10, ""),
        ("产出指标", "质量指标", "疫木除治质量合格率", "≥95%", "97.3%", 10, 10, ""),
        ("产出指标", "时效指标", "春季除治按期完成率", "100%", "100%", 5, 5, ""),
        ("产出指标", "成本指标", "疫木除治单株成本", "≤120元", "116元", 5, 5, ""),
        ("效益指标", "生态效益指标", "松林资源保护面积", "≥8万亩", "8.3万亩", 15, 15, ""),
        ("效益指标", "社会效益指标", "新增疫点乡镇", "0个", "1个", 15, 12,
         "星村镇新发现疫点1处，已按规定除治，下年加密监测"),
        ("效益指标", "可持续影响指标", "联防联治机制", "健全", "健全", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.5%", 10, 10, ""),
    ]
    first = 14
    for r, row in enumerate(inds, start=first):
        for col, value in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "BGH")
    merge_runs(ws, "B", first, [row[0] for row in inds])
    merge_runs(ws, "C", first, [row[0] + row[1] for row in inds])
    last = first + len(inds)
    xl_put(ws, f"B{last}", "总分", merge_to=f"F{last}", center=True)
    xl_put(ws, f"G{last}", 100, center=True)
    xl_put(ws, f"H{last}", 96.69, fmt="0.00", center=True)
    xl_put(ws, f"I{last}", "优", center=True)
    ws[f"B{last + 2}"] = "填报人：吴**　　审核人：陈**　　填报日期：2021年3月5日"
    save_xlsx(wb, path)


# ===========================================================================
# 12. zhuozhou-shijian-2023.docx  (河北 保定市 涿州市; bureau; project; a Word
#    narrative with heading styles and the 项目支出绩效自评表 as an APPENDIX table;
#    `年度中未作调整`; 上年 figures for comparison; consistent)
# ===========================================================================
def doc_zhuozhou(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = new_docx()
    office.centred_title(d, "涿州市市场监督管理局", 18)
    office.centred_title(d, "2023年度食品安全抽检监测项目支出绩效自评报告", 16)
    d.add_heading("一、项目基本情况", level=1)
    d.add_heading("（一）项目概况", level=2)
    para(d, "食品安全抽检监测是河北省保定市涿州市市场监督管理局的常年性项目，主要用于委托具备资质的"
            "检验机构对全市生产、流通、餐饮环节的食品开展监督抽检和风险监测，并在农贸市场、学校"
            "食堂等场所开展快速检测。")
    d.add_heading("（二）项目资金情况", level=2)
    para(d, "2023年项目年初预算120.00万元，年度中未作调整，全年预算数120.00万元，全部为当年财政"
            "拨款。全年实际支出116.82万元，预算执行率97.35%，结余3.18万元已收回财政。上年该项目"
            "预算为96.00万元，本年增加的主要原因是抽检任务量增加。")
    d.add_heading("二、绩效目标完成情况", level=1)
    para(d, "（一）全年完成食品安全监督抽检3,126批次（上年为2,680批次）；开展快速检测"
            "12,486批次。")
    para(d, "（二）对抽检发现的不合格食品全部进行了核查处置，立案查处食品安全违法案件27起，"
            "罚没款38.6万元。")
    para(d, "（三）全市食品安全监督抽检合格率为97.8%，未发生区域性、系统性食品安全事件。")
    d.add_heading("三、自评结论", level=1)
    para(d, "按照项目支出绩效自评指标体系逐项评分（详见附表），本项目自评得分98.74分，评价等级为优。"
            "扣分原因为食品安全风险隐患排查机制尚需完善。")
    d.add_heading("四、存在的问题及改进措施", level=1)
    d.add_heading("（一）存在的问题", level=2)
    para(d, "1.抽检任务集中在下半年，检验机构出具报告周期偏长。")
    para(d, "2.农村地区小作坊、小摊点抽检覆盖面不够。")
    d.add_heading("（二）改进措施", level=2)
    para(d, "1.科学制定年度抽检计划，按季度均衡下达抽检任务。")
    para(d, "2.加大对农村地区食品小作坊、小摊点的抽检力度。")
    for line in ("涿州市市场监督管理局", "2024年3月18日"):
        para(d, line, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    para(d, "附表", indent=False, bold=True)
    office.centred_title(d, "项目支出绩效自评表", 14)
    office.centred_title(d, "（2023年度）", 11, bold=False)
    e = "—"
    rows = [
        ["项目名称", "食品安全抽检监测", "", "", "", "", "", ""],
        ["主管部门", "涿州市市场监督管理局", "", "", "实施单位", "涿州市市场监督管理局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "120.00", "120.00", "116.82", "10", "97.35%", "9.74"],
        ["项目资金（万元）", "其中：当年财政拨款", "120.00", "120.00", "116.82", e, e, e],
        ["项目资金（万元）", "上年结转资金", e, e, e, e, e, e],
        ["项目资金（万元）", "其他资金", e, e, e, e, e, e],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次", "3126批次", "10", "10", ""],
        ["产出指标", "数量指标", "快速检测批次", "≥12000批次", "12486批次", "10", "10", ""],
        ["产出指标", "质量指标", "不合格食品核查处置率", "100%", "100%", "10", "10", ""],
        ["产出指标", "时效指标", "抽检结果报送及时率", "100%", "100%", "10", "10", ""],
        ["产出指标", "成本指标", "单批次抽检成本", "≤400元", "374元", "10", "10", ""],
        ["效益指标", "社会效益指标", "食品安全监督抽检合格率", "≥97%", "97.8%", "15", "15", ""],
        ["效益指标", "可持续影响指标", "食品安全风险隐患排查机制", "持续完善", "基本完善", "10", "9",
         "风险隐患排查以抽检为主，下年建立风险会商机制"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "88.6%", "15", "15", ""],
        ["总分", "", "", "", "", "100", "98.74", "优"],
    ]
    merges = [((0, 1), (0, 7)), ((1, 1), (1, 3)), ((1, 5), (1, 7)), ((2, 0), (6, 0)),
              ((7 + 1, 0), (7 + 5, 0)), ((8, 1), (9, 1)), ((13, 0), (14, 0)), ((16, 0), (16, 4))]
    table(d, rows, merges)
    office.page_number_footer(d, complex_field=True)
    save_docx(d, path)


# ===========================================================================
# 8. dunhuang-wenlv-2021.html  (甘肃 酒泉市 敦煌市; bureau; department; a county-
#    level-city page with HEAVY chrome: top bar, menus, breadcrumbs, an 索引号
#    table, 访问次数, font-size links, share, 【打印】【关闭】, a RELATED-ARTICLE
#    list that names other reports with other figures and years, a footer;
#    two projects; consistent)
# ===========================================================================
DUNHUANG = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>敦煌市文化和旅游局2021年度部门整体支出绩效自评报告 - 敦煌市人民政府</title>
<meta name="keywords" content="敦煌市,文化和旅游局,绩效自评">
<meta name="ArticleTitle" content="敦煌市文化和旅游局2021年度部门整体支出绩效自评报告">
<meta name="PubDate" content="2022-07-15 10:32">
</head>
<body>
<div class="top-bar"><span>欢迎访问敦煌市人民政府网站</span> <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">手机版</a> | <a href="#">微信</a> | <a href="#">微博</a></div>
<div class="header"><img src="/images/logo.png" alt="敦煌市人民政府"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="main-nav">
<li><a href="/">首页</a></li><li><a href="/zjdh/">走进敦煌</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/whly/">文化旅游</a></li>
</ul>
<ul class="sub-nav">
<li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li><li><a href="#">法定主动公开内容</a></li><li><a href="#">政府信息公开年报</a></li><li><a href="#">依申请公开</a></li>
</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">预算绩效</a></div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>013960471/2022-00087</td><td>信息分类：</td><td>财政资金</td></tr>
<tr><td>发布机构：</td><td>敦煌市文化和旅游局</td><td>发文日期：</td><td>2022-07-15</td></tr>
<tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr>
<tr><td>名　　称：</td><td colspan="3">敦煌市文化和旅游局2021年度部门整体支出绩效自评报告</td></tr>
</table>
<div class="article">
<h1>敦煌市文化和旅游局2021年度部门整体支出绩效自评报告</h1>
<div class="meta">发布时间：2022-07-15 10:32　信息来源：敦煌市文化和旅游局　访问次数：862　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]　<a href="#">分享到</a></div>
<div class="content">
<p>　　<strong>一、部门基本情况</strong></p>
<p>　　敦煌市文化和旅游局是甘肃省酒泉市敦煌市人民政府工作部门，负责全市文化事业、文化产业、旅游业发展和文化市场综合执法等工作，局机关内设办公室、文化艺术股、旅游产业发展股、市场管理股等8个股室，下属敦煌市图书馆、敦煌市文化馆等5个事业单位。</p>
<p>　　<strong>二、部门预算及执行情况</strong></p>
<p>　　（一）预算情况。2021年部门年初预算2,856.30万元，年中追加642.70万元，全年预算数3,499.00万元。</p>
<p>　　（二）收入情况。本年收入合计3,499.00万元，其中一般公共预算财政拨款收入3,126.00万元，上年结转373.00万元。</p>
<p>　　（三）支出情况。本年支出3,388.52万元，预算执行率96.84%，年末结转结余110.48万元。其中基本支出1,204.66万元，项目支出2,183.86万元。</p>
<p>　　（四）重点项目。“文化旅游宣传推广”项目全年预算数为486.00万元，执行数为472.38万元，完成预算的97.20%；公共文化服务体系建设项目预算数为312.50万元，执行数为312.50万元，预算执行率100%。</p>
<p>　　<strong>三、绩效目标完成情况</strong></p>
<p>　　1.文化旅游市场复苏。全年全市接待游客468.6万人次，实现旅游综合收入41.2亿元；举办线上线下文化旅游宣传推介活动23场。</p>
<p>　　2.公共文化服务。举办文化惠民演出126场，送戏下乡58场；市图书馆、文化馆全年免费开放，接待读者和群众21.3万人次。</p>
<p>　　3.市场监管。开展文化和旅游市场执法检查342次，受理旅游投诉186件，办结率100%。</p>
<p>　　<strong>四、自评结论</strong></p>
<p>　　根据部门整体支出绩效评价指标体系，我局2021年度部门整体支出绩效自评得分95.2分，等级为优。</p>
<p>　　<strong>五、存在的问题</strong></p>
<p>　　（一）受疫情影响，部分文旅宣传推广活动取消或延期，项目资金执行进度不均衡。</p>
<p>　　（二）基层文化服务设施利用率不高，部分村级文化活动室长期闲置。</p>
<p>　　<strong>六、改进措施</strong></p>
<p>　　（一）根据疫情形势灵活调整宣传推广方式，加大线上推广力度。</p>
<p>　　（二）整合基层文化资源，推动村级文化活动室常态化开放。</p>
<p style="text-align:right">敦煌市文化和旅游局<br>2022年7月14日</p>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a> <a href="#">【收藏】</a></div>
</div>
<div class="related">
<h3>相关文章</h3>
<ul>
<li><a href="/zwgk/t20210628_1.html">敦煌市文化和旅游局2020年度部门整体支出绩效自评报告（自评得分93.8分）</a> <span>2021-06-28</span></li>
<li><a href="/zwgk/t20220301_2.html">敦煌市文化和旅游局2022年部门预算公开（收入预算3,812.45万元）</a> <span>2022-03-01</span></li>
<li><a href="/zwgk/t20220620_3.html">敦煌市文化旅游宣传推广项目2021年度绩效自评表</a> <span>2022-06-20</span></li>
<li><a href="/zwgk/t20220905_4.html">敦煌市文化和旅游局2021年度部门决算公开</a> <span>2022-09-05</span></li>
<li><a href="/zwgk/t20200710_5.html">敦煌市文化和旅游局2019年度部门整体支出绩效自评报告</a> <span>2020-07-10</span></li>
</ul>
</div>
<div class="footer">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办单位：敦煌市人民政府办公室　承办单位：敦煌市融媒体中心　联系电话：0937-88*****</p>
<p>网站标识码：6209820001　甘ICP备05002146号　甘公网安备62098202000113号</p>
<p>建议使用1366×768分辨率浏览本网站</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 9. zhangshu-jiaoyi-2022.html  (江西 宜春市 樟树市; 公共资源交易中心 (a 事业单位
#    中心); department; an OLD-STYLE page: the whole page, chrome and report, in
#    ONE layout <table> (no data tables of its own); planted E3: 预算执行率98.60%
#    for 501.36 / 524.70 = 95.55% (and 501.36 / 510.70 = 98.17%))
# ===========================================================================
ZHANGSHU = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>樟树市公共资源交易中心2022年度部门整体支出绩效自评报告</title>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3" height="120"><img src="../images/top_banner.jpg" width="1000" height="120" alt="樟树市人民政府门户网站"></td></tr>
<tr><td colspan="3" class="nav"><a href="../index.html">网站首页</a>　|　<a href="#">药都概况</a>　|　<a href="#">政务公开</a>　|　<a href="#">网上办事</a>　|　<a href="#">公众参与</a>　|　<a href="#">招商引资</a></td></tr>
<tr><td colspan="3" class="pos">您现在的位置：<a href="../index.html">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">部门信息</a> &gt;&gt; <a href="#">市公共资源交易中心</a></td></tr>
<tr><td width="110" class="lbl">信息索引号：</td><td width="390">360982-0715/2023-0019</td><td rowspan="3" width="500" align="center"><img src="../images/ewm.png" alt="扫一扫在手机打开当前页"></td></tr>
<tr><td class="lbl">发布机构：</td><td>樟树市公共资源交易中心</td></tr>
<tr><td class="lbl">生成日期：</td><td>2023年5月22日</td></tr>
<tr><td colspan="3" align="center" class="bt"><b>樟树市公共资源交易中心2022年度部门整体支出绩效自评报告</b></td></tr>
<tr><td colspan="3" align="center" class="ly">作者：市公共资源交易中心　　来源：本站　　点击数：573　　更新时间：2023-5-22</td></tr>
<tr><td colspan="3" class="zw">
<p>　　根据樟树市财政局《关于开展2022年度部门整体支出绩效自评工作的通知》要求，我中心对2022年度部门整体支出情况进行了自评，现将有关情况报告如下：</p>
<p>　　一、部门基本情况</p>
<p>　　樟树市公共资源交易中心是江西省宜春市樟树市人民政府直属的公益一类事业单位，负责全市工程建设项目招标投标、政府采购、国有产权交易、土地和矿业权出让等公共资源交易的组织服务和场所管理，内设综合股、交易服务股、信息技术股等5个股室。</p>
<p>　　二、部门整体支出情况</p>
<p>　　（一）预算安排。2022年年初预算486.20万元，年中追加38.50万元，全年预算数524.70万元。</p>
<p>　　（二）收入情况。本年收入合计524.70万元，其中财政拨款收入510.70万元，上年结转14.00万元。</p>
<p>　　（三）支出情况。本年支出合计501.36万元，预算执行率98.60%，年末结转结余23.34万元。其中：基本支出398.42万元，包括人员经费352.18万元、公用经费46.24万元；项目支出102.94万元，主要用于电子交易平台运行维护和评标专家抽取系统升级。</p>
<p>　　三、绩效目标完成情况</p>
<p>　　（一）交易规模。全年进场交易项目1,286个，交易总额86.42亿元，通过公开竞争节约财政资金2.06亿元。</p>
<p>　　（二）服务效率。全面推行全流程电子化交易，电子化招投标率达到100%，实施不见面开标项目1,042个；受理交易质疑投诉14件，全部按时办结。</p>
<p>　　（三）监督管理。对评标专家评审行为开展评价2,360人次，清退不合格评标专家9人。</p>
<p>　　四、自评结论</p>
<p>　　对照部门整体支出绩效评价指标，我中心2022年度部门整体支出绩效自评得分93.5分，评价等级为“优”。</p>
<p>　　五、存在问题</p>
<p>　　1.电子交易平台与省级平台数据对接不够顺畅，部分信息需重复录入。</p>
<p>　　2.评标专家库中本地专家专业结构不够合理。</p>
<p>　　六、改进措施</p>
<p>　　1.加快平台升级改造，实现与省级平台数据实时共享。</p>
<p>　　2.配合上级部门充实评标专家库，优化专家专业结构。</p>
<p align="right">樟树市公共资源交易中心<br>2023年5月19日</p>
</td></tr>
<tr><td colspan="3" align="right" class="tool"><a href="javascript:window.print()">【打印此页】</a>　<a href="javascript:window.close()">【关闭窗口】</a>　<a href="#top">【返回顶部】</a></td></tr>
<tr><td colspan="3" class="xg">上一篇：<a href="#">樟树市公共资源交易中心2023年部门预算</a>　　下一篇：<a href="#">樟树市公共资源交易中心2021年度部门决算</a></td></tr>
<tr><td colspan="3" align="center" class="foot">版权所有：樟树市人民政府办公室　　地址：江西省樟树市城区<br>网站标识码：3609820001　赣ICP备06003529号　赣公网安备36098202000045号</td></tr>
</table>
</body>
</html>
"""


# ===========================================================================
# 10. tianchang-jiaotong-2018.txt  (安徽 滁州市 天长市; bureau; department; text
#     COPIED FROM A PDF: hard line wraps every 36 characters, in the middle of
#     words and figures; `— N —` page numbers between the lines; full-width
#     digits in places; `支出合计8,29` | `— 2 —` | `6.57万元` cut by a page break
#     (the whole figure is stated before); planted E5: bands 优 ≥ 90 / 良 80-89
#     stated, 87.6分 called 优)
# ===========================================================================
TIANCHANG_PAGES = [
    ["天长市交通运输局2018年度部门整体支出绩效自评报告",
     "",
     "根据天长市财政局《关于开展2018年度市直部门整体支出绩效自评工作的通知》要求，我局对2018年度部门整体"
     "支出情况开展了绩效自评，现将自评情况报告如下：",
     "一、部门基本情况",
     "天长市交通运输局是安徽省滁州市天长市人民政府工作部门，负责全市公路、水路交通建设和运输管理，"
     "农村公路建设养护，城乡公交和道路运输市场监管等工作。局机关内设办公室、规划建设股、财务审计"
     "股等7个股室，下属公路管理站、运输管理所等4个二级单位。",
     "二、部门预算收支情况",
     "（一）预算情况",
     "2018年我局年初预算６３１２．８０万元，年中追加预算2,205.40万元，调整后预算8,518.20万元。",
     "（二）收入情况",
     "2018年本年收入合计8,518.20万元，其中：一般公共预算财政拨款收入5,818.20万元，政府性基金预算财"
     "政拨款收入2,700.00万元。",
     "（三）支出情况",
     "2018年本年支出合计8,296.57万元，预算执行率97.40%，年末结转结余221.63万元。其中：基本支出1,024.35"
     "万元（人员经费876.20万元，公用经费148.15万元），占12.35%；项目支出7,272.22万元，占87.65%，主"
     "要用于农村公路建设、危桥改造、公路养护和城乡公交一体化等。"],
    ["三、部门整体支出绩效情况",
     "（一）农村公路建设。全年新改建农村公路86.4公里，改造危桥12座，实施农村公路安全生命防护工程"
     "１３８公里。",
     "（二）公路养护。全年养护农村公路１２３６公里，县道优良路率达到82.5%，公路列养率100%。",
     "（三）城乡公交。新开通城乡公交线路6条，更新新能源公交车辆38辆，建制村通客车率达到100%。",
     "（四）治超治限。全年检测货运车辆4.6万辆次，查处超限超载车辆386辆，超限率降至1.3%。",
     "四、部门整体支出绩效自评结论",
     "本次自评按照市财政局印发的部门整体支出绩效评价指标体系进行，评价结果分为优（90分及以上）、"
     "良（80-89分）、中（60-79分）、差（60分以下）四个等级。经逐项打分，我局2018年度部门整体支出"
     "绩效自评得分87.6分，评价等级为“优”。主要扣分因素：一是年中追加预算较多，年初预算编制不够"
     "准确；二是部分项目支出进度滞后，本年支出合计8,29\f6.57万元中近四成集中在第四季度支付。",
     "五、存在的问题",
     "1.预算编制的前瞻性不足，年中追加预算占年初预算的比重较高。",
     "2.部分农村公路项目受征地拆迁影响，开工时间推迟，资金支付滞后。",
     "3.绩效目标设置不够细化，部分指标难以量化考核。"],
    ["六、改进措施",
     "1.提高预算编制质量，将年度重点建设项目全部纳入年初预算。",
     "2.加强项目前期工作，建立项目进度和资金支付月报制度。",
     "3.细化绩效目标，设置可量化、可考核的绩效指标。",
     "",
     "天长市交通运输局",
     "2019年4月22日"],
]


def tianchang_text() -> str:
    """Hard-wrap each paragraph at 36 characters, as a copy out of a PDF viewer gives it, with the
    page number between the pages; a form feed inside a paragraph breaks the page right there."""
    width, out, number = 36, [], 1
    for page in TIANCHANG_PAGES:
        for paragraph in page:
            parts = paragraph.split("\f")
            for k, part in enumerate(parts):
                if k:
                    out += ["", f"— {number} —", ""]
                    number += 1
                out += [part[i:i + width] for i in range(0, len(part), width)] or [""]
        out += ["", f"— {number} —", ""]
        number += 1
    return "\n".join(out).rstrip("\n") + "\n"


# ===========================================================================
# 11. zhashui-nongye-2022.md  (陕西 商洛市 柞水县; bureau; project; Markdown with
#     a label block, 省级 / 县级 funds, four spending lines that add up, a pipe
#     table whose last row is the 预算执行率 (9.80); 上年 figures for comparison;
#     consistent)
# ===========================================================================
ZHASHUI = """# 柞水县农业农村局2022年度木耳产业发展项目绩效自评报告

**项目名称：** 木耳产业发展
**主管部门：** 柞水县农业农村局
**实施单位：** 柞水县农业农村局

## 一、项目概况

木耳产业是陕西省商洛市柞水县的主导产业。2022年，柞水县农业农村局实施木耳产业发展项目，支持木耳菌包生产、标准化大棚建设、技术培训和品牌营销，带动农户特别是脱贫户发展木耳产业增收。

## 二、项目资金情况

### （一）资金安排

项目年初预算350.00万元，年中追加80.00万元，全年预算数430.00万元（2021年该项目预算为300.00万元）。资金来源为省级衔接推进乡村振兴补助资金250.00万元、县级财政资金180.00万元。

### （二）资金使用

全年支出421.35万元，预算执行率97.99%，结余8.65万元。其中：菌包生产补助186.20万元，标准化大棚建设168.40万元，技术培训22.75万元，品牌营销44.00万元。

## 三、绩效目标完成情况

1. 全年生产木耳菌包826万袋，新建标准化木耳大棚62个，干木耳产量达到1,650吨。
2. 项目带动农户1,280户，其中脱贫户486户，带动农户户均增收3,260元。
3. 开展木耳栽培技术培训36场次，培训1,460人次。

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 木耳菌包生产数量 | ≥800万袋 | 826万袋 | 15 | 15 | |
| 产出指标 | 数量指标 | 新建标准化木耳大棚 | ≥60个 | 62个 | 10 | 10 | |
| 产出指标 | 质量指标 | 菌包合格率 | ≥98% | 98.6% | 10 | 10 | |
| 产出指标 | 时效指标 | 项目按期完工率 | 100% | 100% | 5 | 5 | |
| 效益指标 | 经济效益指标 | 带动农户户均增收 | ≥3000元 | 3260元 | 15 | 15 | |
| 效益指标 | 社会效益指标 | 带动脱贫户户数 | ≥500户 | 486户 | 10 | 9.72 | 部分脱贫户劳动力不足，按完成比例计分 |
| 效益指标 | 可持续影响指标 | 产业带动长效机制 | 持续发挥 | 持续发挥 | 10 | 10 | |
| 满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 94.2% | 15 | 15 | |
| 预算执行 | — | 预算执行率 | 100% | 97.99% | 10 | 9.80 | |

## 四、自评结论

经对照绩效目标逐项打分，本项目自评得分99.52分，自评等级为“优”。

## 五、存在的问题

1. 木耳价格波动较大，农户收益不够稳定。
2. 菌包生产企业规模偏小，冷链仓储设施不足。

## 六、下一步改进措施

1. 推广“企业+合作社+农户”订单模式，稳定农户收益。
2. 争取项目资金支持冷链仓储设施建设，延长产业链。

柞水县农业农村局
2023年3月28日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "keqiao-jiedao-2022.pdf": doc_keqiao,
        "juxian-jikong-2021.pdf": doc_juxian,
        "macheng-zigui-2020.pdf": doc_macheng,
        "weining-caohai-2023.pdf": doc_weining,
        "hailun-yiyuan-2019.pdf": doc_hailun,
        "yuanling-yizhong-2024.docx": doc_yuanling,
        "wuyishan-linye-2020.xlsx": doc_wuyishan,
        "zhuozhou-shijian-2023.docx": doc_zhuozhou,
        "dunhuang-wenlv-2021.html": lambda p: write_text(p, DUNHUANG),
        "zhangshu-jiaoyi-2022.html": lambda p: write_text(p, ZHANGSHU),
        "tianchang-jiaotong-2018.txt": lambda p: write_text(p, tianchang_text()),
        "zhashui-nongye-2022.md": lambda p: write_text(p, ZHASHUI),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
