#!/usr/bin/env python3
"""Regenerate the heldout14 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout14/make_heldout14.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML, Markdown and TXT documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded; the scanned
PDF is drawn with Pillow without randomness (a seeded noise pattern) and saved by Pillow with
fixed dates; DOCX/XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); text files are UTF-8 with LF line ends.
Layouts the earlier batches do not have: a funds table aligned by whitespace only (no rules at
all), a two-column page, a form printed as `label：value` pairs two per line, a table in 元 with
角分 and a long 偏差原因分析及改进措施 column, an image-only (scanned) PDF, a DOCX whose figures
sit in a table nested in a table cell and whose conclusion is in a text box, a workbook whose
自评表 is its second sheet, an HTML report inside a frame-like wrapper with a large site
footer, Markdown pipe tables, and a TXT whose figures are `label：value` pairs.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import io
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY14"
FIXED_DT = datetime.datetime(2026, 3, 16, 9, 30, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"


# --------------------------------------------------------------------------- PDF helpers
class Pdf(CanvasPdf):
    """CanvasPdf plus the few moves this batch needs: a whitespace-aligned table without any
    rule, `label：value` pairs two per line, and a two-column flow."""

    def __init__(self, path: Path, **layout):
        super().__init__(path, fonts.zenhei(FONT), **layout)

    def text(self, x: float, text: str, size: float | None = None, right: bool = False) -> None:
        size = size or self.size
        self.c.setFont(self.font, size)
        if right:
            self.c.drawRightString(x, self.y - size, text)
        else:
            self.c.drawString(x, self.y - size, text)

    def right(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.text(self.W - self.m, text, size, right=True)
        self.y -= size * 1.8

    def plain_table(self, rows: Sequence[Sequence[str]], rights: Sequence[float], size: float = 10,
                    lead: float = 1.9) -> None:
        """A table aligned by whitespace only: the first cell at the left margin, every other cell
        right-aligned at its column's right edge (points from the left margin). No rule at all."""
        for row in rows:
            self.need(size * lead)
            self.text(self.m, row[0], size)
            for cell, x in zip(row[1:], rights, strict=True):
                if cell:
                    self.text(self.m + x, cell, size, right=True)
            self.y -= size * lead
        self.y -= 6

    def pairs(self, left: str, right: str = "", size: float | None = None, at: float = 0.5) -> None:
        """Two `label：value` pairs on one line, the second starting at `at` of the width."""
        size = size or self.size
        self.need(size * 1.9)
        self.text(self.m, left, size)
        if right:
            self.text(self.m + self.cw * at, right, size)
        self.y -= size * 1.9

    def columns(self, blocks: Sequence[tuple[str, str]], gap: float = 22, size: float = 10.5) -> None:
        """Flow headings ("H") and paragraphs ("P") down a left column, then a right one, then on
        to the next page's left column."""
        width = (self.cw - gap) / 2
        lead = size * 1.7
        col, top = 0, self.y

        def room(h: float) -> None:
            nonlocal col, top
            if self.y - h >= self.bottom:
                return
            if col == 0:
                col, self.y = 1, top
            else:
                self.new_page()
                col, top = 0, self.y

        for kind, body in blocks:
            x0 = self.m + col * (width + gap)
            if kind == "H":
                room(lead * 1.3)
                x0 = self.m + col * (width + gap)
                for line in wrap(body, self.font, width, size):
                    room(lead)
                    x0 = self.m + col * (width + gap)
                    self.c.setFont(self.font, size)
                    self.c.drawString(x0, self.y - size, line)
                    self.y -= lead
                self.y -= 2
                continue
            for n, line in enumerate(wrap(body, self.font, width, size, 2 * size)):
                room(lead)
                x0 = self.m + col * (width + gap)
                self.c.setFont(self.font, size)
                self.c.drawString(x0 + (2 * size if n == 0 else 0), self.y - size, line)
                self.y -= lead
            self.y -= 3


# --------------------------------------------------------------------------- 1. xiangyuan (PDF)
XIANGYUAN_TITLE = "襄垣县夏店镇人民政府\n二〇二二年度部门整体支出绩效自评报告"
XIANGYUAN_ROWS = [
    ["", "2021年", "2022年", "2022年", "2022年", ""],
    ["项目", "决算数", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["合计", "2,108.66", "1,862.40", "2,304.75", "2,251.38", "97.68%"],
    ["一般公共预算财政拨款", "1,842.16", "1,753.95", "1,986.30", "1,939.01", ""],
    ["政府性基金预算财政拨款", "180.00", E, "210.00", "203.92", ""],
    ["上年结转", "86.50", "108.45", "108.45", "108.45", ""],
    ["基本支出", "1,062.30", "1,085.20", "1,128.60", "1,120.56", ""],
    ["项目支出", "1,046.36", "777.20", "1,176.15", "1,130.82", ""],
]


def doc_xiangyuan(path: Path) -> None:
    p = Pdf(path, size=11)
    p.title(XIANGYUAN_TITLE, size=16)
    p.heading("一、部门基本情况")
    p.para("夏店镇是山西省长治市襄垣县下辖镇，辖17个行政村，镇政府内设党政综合办公室、"
           "经济发展办公室、社会事务办公室等机构，另设便民服务中心、综合行政执法队等事业单位。"
           "2022年末在编人员48人。全年围绕乡村振兴、人居环境整治、基层治理和安全生产开展工作。")
    p.heading("二、部门收支情况")
    p.para("2022年，我镇年初预算安排1,862.40万元，年中追加442.35万元，全年预算数2,304.75万元。"
           "全年执行2,251.38万元，执行率97.68%，年末结余53.37万元，为两个村级道路工程的质保金，"
           "待质保期满后支付。分资金来源和支出性质的情况见下表。")
    p.right("（单位：万元）", size=9.5)
    p.plain_table(XIANGYUAN_ROWS, rights=[178, 252, 326, 400, 466], size=9.5)
    p.para("注：2021年决算数仅作对比，不参与本年度执行率计算。", indent=False, size=9.5)
    p.heading("三、部门整体绩效目标完成情况")
    p.para("（一）人居环境整治。全镇清运生活垃圾1,260吨，完成农村户厕改造412户，"
           "整治村内残垣断壁和乱堆乱放点位。")
    p.para("（二）民生保障。按时发放高龄补贴1,835人次，及时办理低保、特困供养对象动态调整。")
    p.para("（三）基层治理。修缮村级活动场所3个，开展矛盾纠纷排查化解，调解矛盾纠纷57件，"
           "全年未发生重大安全生产事故。")
    p.heading("四、自评结论")
    p.para("对照部门整体支出绩效评价指标体系，经镇绩效自评小组逐项评分，我镇2022年度部门整体支出"
           "综合评分为93.5分，评价等次为“优”。扣分主要在预算编制的准确性和部分项目实施进度方面。")
    p.heading("五、存在的问题")
    p.para("1.年初预算编制不够精细，年中追加资金较多，预算调整幅度偏大。")
    p.para("2.个别村级工程前期手续办理较慢，影响资金支付进度。")
    p.heading("六、改进措施")
    p.para("1.提前谋划年度重点工作，提高年初预算编制的完整性和准确性。")
    p.para("2.建立项目前期工作台账，按月调度工程进度和资金支付。")
    p.right("襄垣县夏店镇人民政府")
    p.right("2023年4月12日")
    p.save()


# --------------------------------------------------------------------------- 2. huinan (XLSX)
HUINAN_FUNDS = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (元)
    ("年度资金总额", 986500.00, 1436500.00, 1403020.36, 10, "97.67%", 9.77),
    ("其中：中央补助资金", None, 450000.00, 438216.45, None, None, None),
    ("      省级补助资金", 600000.00, 600000.00, 592870.30, None, None, None),
    ("      县级配套资金", 386500.00, 386500.00, 371933.61, None, None, None),
]
HUINAN_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
    ("产出指标", "数量指标", "维修养护农村供水工程", "≥120处", "126处", 15, 15, ""),
    ("产出指标", "数量指标", "更换老化供水管网", "≥18公里", "16.5公里", 10, 9.17,
     "部分管网位于道路改造范围，顺延至下年与道路工程同步实施"),
    ("产出指标", "质量指标", "水质检测合格率", "≥95%", "96.2%", 10, 10, ""),
    ("产出指标", "时效指标", "维修完成及时率", "100%", "93%", 10, 8, "冬季冻土期部分维修推迟"),
    ("产出指标", "成本指标", "单处工程平均维修成本", "≤1.2万元", "1.11万元", 5, 5, ""),
    ("效益指标", "社会效益指标", "受益农村人口", "≥3.2万人", "3.35万人", 15, 15, ""),
    ("效益指标", "可持续影响指标", "农村供水保证率", "≥95%", "97%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "87.6%", 15, 13, "部分偏远村屯供水时段不稳定，群众评价偏低"),
]


def doc_huinan(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面及填报说明"
    for col, width in zip("AB", (18, 70), strict=True):
        cover.column_dimensions[col].width = width
    rows = [
        ("项目支出绩效自评表（2021年度）", None),
        ("项目名称", "农村供水工程维修养护"),
        ("主管部门", "辉南县水利局"),
        ("实施单位", "辉南县农村饮水安全工程管理站"),
        ("填报日期", "2022年3月25日"),
        ("金额单位", "元"),
        ("填报说明", "1.自评表见第二个工作表“自评表”；2.按市级评分办法，评价结果分为优（95分及以上）、良（85分至95分）、"
                     "中（60分至85分）、差（60分以下）；3.上年度同类项目自评得分88.40分，等级为良，仅供对比。"),
    ]
    for r, (a, b) in enumerate(rows, start=1):
        xl_put(cover, f"A{r}", a, bold=(r == 1), merge_to="B1" if r == 1 else None, center=(r == 1), size=12 if r == 1 else 10)
        if b is not None:
            xl_put(cover, f"B{r}", b)
    ws = wb.create_sheet("自评表")
    for col, width in zip("ABCDEFGHI", (14, 16, 22, 14, 14, 14, 8, 10, 22), strict=True):
        ws.column_dimensions[col].width = width
    money = "#,##0.00"
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="I1", center=True, size=14)
    xl_put(ws, "A2", "（2021年度）", merge_to="I2", center=True, border=False)
    xl_put(ws, "A3", "项目名称", merge_to="B3")
    xl_put(ws, "C3", "农村供水工程维修养护", merge_to="I3")
    xl_put(ws, "A4", "主管部门", merge_to="B4")
    xl_put(ws, "C4", "辉南县水利局", merge_to="E4")
    xl_put(ws, "F4", "实施单位")
    xl_put(ws, "G4", "辉南县农村饮水安全工程管理站", merge_to="I4")
    xl_put(ws, "A5", "项目资金（元）", merge_to="B9")
    for ref, head in zip(("C5", "D5", "E5", "F5", "G5", "H5"), ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率")):
        xl_put(ws, ref, head, center=True)
    xl_put(ws, "I5", "得分", center=True)
    for r, (label, a, b, c, w, rate, s) in enumerate(HUINAN_FUNDS, start=6):
        xl_put(ws, f"C{r}", label)
        for ref, v in ((f"D{r}", a), (f"E{r}", b), (f"F{r}", c)):
            xl_put(ws, ref, v if v is not None else E, fmt=money if v is not None else None)
        xl_put(ws, f"G{r}", w if w is not None else E)
        xl_put(ws, f"H{r}", rate if rate is not None else E)
        xl_put(ws, f"I{r}", s if s is not None else E)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="E10")
    xl_put(ws, "F10", "实际完成情况", merge_to="I10")
    xl_put(ws, "B11", "维修养护全县农村集中供水工程不少于120处，更换老化供水管网不少于18公里，保障农村群众饮水安全。",
           merge_to="E11")
    xl_put(ws, "F11", "全年维修养护农村供水工程126处，更换老化供水管网16.5公里，受益农村人口3.35万人，"
                      "农村群众饮水安全得到保障。", merge_to="I11")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "", "分值", "得分", "偏差原因分析及改进措施")
    for ref, head in zip("ABCDEFGHI", heads, strict=True):
        if ref != "F":
            xl_put(ws, f"{ref}12", head, center=True)
    xl_put(ws, "E12", "实际完成值", merge_to="F12", center=True)
    r = 13
    for l1, l2, name, target, actual, w, s, note in HUINAN_INDICATORS:
        xl_put(ws, f"A{r}", l1)
        xl_put(ws, f"B{r}", l2)
        xl_put(ws, f"C{r}", name)
        xl_put(ws, f"D{r}", target)
        xl_put(ws, f"E{r}", actual, merge_to=f"F{r}")
        xl_put(ws, f"G{r}", w)
        xl_put(ws, f"H{r}", s)
        xl_put(ws, f"I{r}", note)
        r += 1
    from tests.corpora.builder.office_kit import merge_runs
    labels1 = [i[0] for i in HUINAN_INDICATORS]
    labels2 = [i[1] for i in HUINAN_INDICATORS]
    merge_runs(ws, "A", 13, labels1)
    merge_runs(ws, "B", 13, labels2)
    xl_put(ws, f"A{r}", "总分", merge_to=f"F{r}", center=True)
    xl_put(ws, f"G{r}", 100)
    xl_put(ws, f"H{r}", 94.94, fmt="0.00")
    xl_put(ws, f"I{r}", "良")
    wb.active = 0
    STAMP.save_xlsx(wb, path)


# --------------------------------------------------------------------------- 3. mianxian (DOCX)
def _text_box(paragraph, lines: Sequence[str]) -> None:
    """A framed VML text box anchored in `paragraph`, holding `lines` (one paragraph each)."""
    from docx.oxml import parse_xml

    body = "".join(
        f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines
    )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:414pt;height:74pt;mso-position-horizontal:center" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def doc_mianxian(path: Path) -> None:
    d = STAMP.new_docx()
    from tests.corpora.builder.office import centred_title

    centred_title(d, "勉县市场监督管理局2023年度部门整体支出绩效自评报告", 16)
    para(d, "一、部门基本情况", indent=False, bold=True)
    para(d, "勉县市场监督管理局是陕西省汉中市勉县人民政府工作部门，承担全县市场主体登记、食品药品安全监管、"
            "产品质量和特种设备安全监管、知识产权保护、价格监督检查和消费者权益保护等职责，"
            "下设市场监督管理所16个。")
    para(d, "二、部门收支情况", indent=False, bold=True)
    para(d, "本年度部门收支情况见下表（表中为嵌套表格，金额单位：万元）。")
    outer = table(d, [["收支项目", ""], ["", ""]])
    outer.cell(0, 1).text = "金额（万元）"
    outer.cell(1, 0).text = "部门预算及执行"
    inner_cell = outer.cell(1, 1)
    inner_cell.text = "2023年度预算及执行情况如下："
    rows = [
        ["项目", "金额"],
        ["年初预算", "3,126.80"],
        ["年中追加", "418.56"],
        ["调整后预算", "3,545.36"],
        ["其中：一般公共预算财政拨款", "3,302.16"],
        ["      上年结转", "186.20"],
        ["      其他收入", "57.00"],
        ["本年支出合计", "3,421.07"],
        ["其中：基本支出", "2,263.45"],
        ["      （人员经费）", "1,918.62"],
        ["      （公用经费）", "344.83"],
        ["      项目支出", "1,157.62"],
        ["年末结转结余", "124.29"],
        ["预算执行率", "98.36%"],
    ]
    inner = inner_cell.add_table(rows=len(rows), cols=2)
    inner.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    para(d, "三、绩效目标完成情况", indent=False, bold=True)
    para(d, "（一）市场监管执法。全年检查各类市场主体4,862户次，办结投诉举报2,317件，"
            "为消费者挽回经济损失186.4万元。12315热线接通率保持在较高水平。")
    para(d, "（二）食品安全。完成食品安全监督抽检1,206批次，对抽检不合格食品全部依法核查处置。")
    para(d, "（三）服务市场主体。全年新登记各类市场主体3,045户，推行登记注册全程电子化。")
    para(d, "四、自评结论", indent=False, bold=True)
    _text_box(d.add_paragraph(), [
        "自评结论：",
        "经局绩效自评工作小组对照评价指标逐项打分，我局2023年度部门整体支出自评得分为88.6分，评价等次为良。",
    ])
    para(d, "五、存在的问题", indent=False, bold=True)
    para(d, "一是预算执行进度前慢后快，上半年支出进度偏低；二是部分项目绩效目标设置不够细化，"
            "量化指标偏少；三是基层所执法装备更新资金不足。")
    para(d, "六、改进措施", indent=False, bold=True)
    para(d, "一是按季度调度预算执行，均衡支出进度；二是细化项目绩效目标，增加可量化的产出和效益指标；"
            "三是积极争取上级资金，分年度更新基层执法装备。")
    p = d.add_paragraph("勉县市场监督管理局")
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("2024年4月8日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    STAMP.save_docx(d, path)


# --------------------------------------------------------------------------- 4. wenchang (HTML)
def wenchang_html() -> str:
    links = "\n".join(
        f'        <li><a href="https://www.example.gov.cn/link{n}">{name}</a></li>'
        for n, name in enumerate(["中国政府网", "海南省人民政府", "海南省财政厅", "文昌市人民政府", "文昌市财政局",
                                  "文昌市农业农村局", "文昌市乡村振兴局", "龙楼镇便民服务中心"], start=1)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>文昌市龙楼镇人民政府 - 宝陵村村内道路硬化项目绩效自评报告</title>
<style>.frame-wrap{{border:1px solid #ccc;height:900px;overflow:auto}} .site-footer{{background:#1d4f91;color:#fff}}</style>
</head>
<body>
<div class="top-bar">欢迎访问文昌市人民政府网站 | 无障碍 | 长者模式 | 简 | 繁</div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a> <a href="/hdjl">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 乡镇信息 &gt; 龙楼镇 &gt; 财政资金</div>
<h1 class="page-title">宝陵村村内道路硬化项目绩效自评报告</h1>
<div class="meta">发布时间：2021-04-16 10:22　来源：龙楼镇人民政府　浏览次数：86</div>
<div class="frame-wrap" id="articleFrame" data-src="/attach/2021/0416/blcdlyh.html">
<div class="frame-body">
<p style="text-align:center"><b>文昌市龙楼镇宝陵村村内道路硬化项目</b></p>
<p style="text-align:center"><b>2020年度绩效自评报告</b></p>
<p>一、项目基本情况</p>
<p>宝陵村位于海南省文昌市龙楼镇东部。宝陵村村内道路硬化项目由文昌市龙楼镇人民政府组织实施，宝陵村民委员会配合。项目建设内容为硬化村内主干道及入户道路，路面宽4.5米，同步建设路边排水沟，改善村民出行条件。</p>
<p>二、项目资金情况</p>
<p>项目批复预算480,000.00元。资金下达情况：中央财政专项扶贫资金300,000.00元，省级财政专项扶贫资金120,000.00元，市级财政专项扶贫资金60,000.00元，到位资金480,000.00元。</p>
<p>截至2020年12月31日，项目实际支付461,235.80元，执行率96.1%；结余18,764.20元，为工程结算审减部分，已按规定收回市财政统筹使用。</p>
<p>三、项目绩效情况</p>
<p>（一）产出情况。项目于2020年6月开工、10月完工，硬化道路1.26公里，新建排水沟860米，工程经验收合格。</p>
<p>（二）效益情况。项目惠及宝陵村群众1,320人，其中脱贫人口215人，解决了雨天道路泥泞、出行不便的问题，方便农产品运输。</p>
<p>（三）满意度情况。通过入户走访了解，受益群众对项目建设普遍认可。</p>
<p>四、存在的问题</p>
<p>（一）项目前期设计深度不够，施工中出现少量工程量变更。</p>
<p>（二）村级对建成道路的日常管护责任落实不到位。</p>
<p>五、改进措施</p>
<p>（一）加强项目前期勘察设计，提高预算编制准确性。</p>
<p>（二）将道路管护纳入村规民约，明确管护人员和经费来源。</p>
<p>六、自评结论</p>
<p>项目资金使用规范，建设任务全面完成，达到预期目标。按照项目支出绩效评价指标体系逐项评分，综合评分92.6分，评定为“优”。</p>
<p style="text-align:right">文昌市龙楼镇人民政府</p>
<p style="text-align:right">2021年4月15日</p>
</div>
</div>
<div class="share">分享到：微信 微博 | 【打印本页】 【关闭窗口】</div>
<div class="site-footer">
  <div class="links">
    <h3>友情链接</h3>
    <ul>
{links}
    </ul>
  </div>
  <div class="footer-nav"><a href="/about">关于本站</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a> | <a href="/privacy">隐私声明</a></div>
  <div class="footer-info">
    <p>主办单位：文昌市人民政府办公室　承办单位：文昌市大数据管理中心</p>
    <p>地址：海南省文昌市文城镇文建路　联系电话：0898-63222111</p>
    <p>网站标识码：4690050001　琼ICP备05000138号　琼公网安备46900502000104号</p>
    <p>政务服务便民热线：12345　建议使用1920×1080分辨率浏览本站</p>
  </div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- 5. zhongning (Markdown)
ZHONGNING_MD = """# 中宁县枸杞产业发展服务中心2019年度部门整体支出绩效自评报告

## 一、部门基本情况

中宁县枸杞产业发展服务中心是宁夏回族自治区中卫市中宁县人民政府直属公益一类事业单位，主要承担枸杞产业发展规划、技术推广、质量监测和品牌宣传等工作，内设综合办公室、技术推广科、质量监测科3个科室。

## 二、部门收支情况

2019年部门支出684.32万元，其中基本支出318.46万元（人员经费276.90万元、公用经费41.56万元），项目支出365.86万元。年初预算、全年预算和执行情况如下（单位：万元）：

| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
| --- | ---: | ---: | ---: | ---: |
| 年度资金总额 | 612.40 | 698.75 | 684.32 | 97.93% |
| 其中：财政拨款 | 612.40 | 655.15 | 640.72 | — |
| 上年结转 | — | 43.60 | 43.60 | — |

## 三、绩效目标完成情况

全年建成枸杞标准化种植基地5,200亩，开展枸杞栽培和病虫害绿色防控技术培训3,260人次；对县内枸杞鲜果和干果开展农药残留监测352批次；组织枸杞品牌推介活动4场。

各项绩效指标完成及评分情况如下：

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | ---: | ---: |
| 预算执行 | — | 预算执行率 | 100% | 97.93% | 10 | 9.79 |
| 产出指标 | 数量指标 | 标准化种植基地建设 | ≥5000亩 | 5200亩 | 15 | 15 |
| 产出指标 | 数量指标 | 技术培训 | ≥3000人次 | 3260人次 | 10 | 10 |
| 产出指标 | 质量指标 | 枸杞质量抽检合格率 | ≥98% | 96.5% | 10 | 7 |
| 产出指标 | 数量指标 | 农药残留监测 | ≥400批次 | 352批次 | 10 | 8.8 |
| 产出指标 | 数量指标 | 品牌推介活动 | ≥6场 | 4场 | 5 | 2 |
| 效益指标 | 经济效益指标 | 带动种植户增收 | ≥800元/户 | 640元/户 | 15 | 12 |
| 效益指标 | 社会效益指标 | 技术服务覆盖率 | ≥90% | 83.5% | 15 | 13.91 |
| 满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥90% | 81% | 10 | 9 |
| 总分 | | | | | 100 | 87.5 |

## 四、自评结论

按照自治区部门整体支出绩效评价办法，评价结果分为四个等次：90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为一般，60分以下为较差。经中心绩效自评小组评分，2019年度部门整体支出自评得分87.5分，评价等次为“优秀”。

## 五、存在的问题

1. 农药残留监测批次未达到年度目标，监测设备老化，检测能力不足。
2. 品牌推介活动数量偏少，线上推广渠道单一。

## 六、改进措施

1. 申请更新快速检测设备，与第三方检测机构合作扩大监测覆盖面。
2. 结合枸杞采摘节和各类展会，增加品牌推介活动场次。
3. 加强与电商平台合作，拓展枸杞线上销售和推广渠道。

中宁县枸杞产业发展服务中心
2020年3月30日
"""


# --------------------------------------------------------------------------- 6. shuicheng (PDF, two columns)
SHUICHENG_BLOCKS = [
    ("H", "一、项目基本情况"),
    ("P", "少数民族特色村寨保护与发展项目由六盘水市水城区民族宗教事务局负责实施，2024年在区内选取"
          "彝族、苗族聚居的特色村寨开展民居风貌改造、村寨步道修缮和民族文化活动场所建设，"
          "保护村寨传统风貌，发展乡村旅游。"),
    ("H", "二、项目资金安排及使用情况"),
    ("P", "2024年项目全年预算数186.00万元，其中中央财政少数民族发展资金120.00万元、省级财政资金"
          "40.00万元、区级财政配套资金30.00万元，实际到位资金186.00万元。"),
    ("P", "截至2024年12月31日，项目实际支出179.58万元，预算执行率96.55%，结余6.42万元，"
          "为民居风貌改造工程质保金，结转下年支付。资金实行专账核算，按工程进度拨付。"),
    ("H", "三、项目绩效目标完成情况"),
    ("P", "（一）产出情况。全年完成民居外立面风貌改造86户，修缮村寨步道2.4公里，建设民族文化"
          "活动广场2个；举办民族传统技艺培训班，培训刺绣、蜡染等技艺传承人120人次。"),
    ("P", "（二）效益情况。特色村寨人居环境明显改善，民族文化展示和乡村旅游接待能力提升，"
          "全年项目村寨接待游客3.6万人次，群众参与乡村旅游经营的积极性提高。"),
    ("P", "（三）满意度情况。通过发放问卷开展满意度调查，项目村群众对项目实施总体满意。"),
    ("H", "四、自评结论"),
    ("P", "对照项目绩效目标和评价指标逐项评分，少数民族特色村寨保护与发展项目自评得分95.2分，"
          "自评等级为优。扣分原因为部分改造工程质保金未支付，预算执行率未达到100%。"),
    ("H", "五、存在的问题"),
    ("P", "1.部分村寨改造户意愿不统一，施工协调时间较长。"),
    ("P", "2.村寨建成设施的后续管护机制还不健全。"),
    ("H", "六、改进措施"),
    ("P", "1.项目实施前充分征求群众意见，由村民议事会协商确定改造方案。"),
    ("P", "2.指导项目村制定设施管护制度，明确管护主体和责任。"),
]


def doc_shuicheng(path: Path) -> None:
    p = Pdf(path, size=10.5, margin=56)
    p.title("六盘水市水城区民族宗教事务局\n2024年度少数民族特色村寨保护与发展项目支出绩效自评报告", size=14)
    p.columns(SHUICHENG_BLOCKS)
    p.y -= 10
    p.right("六盘水市水城区民族宗教事务局", size=10.5)
    p.right("2025年3月18日", size=10.5)
    p.save()


# --------------------------------------------------------------------------- 7. cili (PDF, label：value pairs)
def doc_cili(path: Path) -> None:
    p = Pdf(path, size=10.5)
    p.center("慈利县财政局", size=12)
    p.title("关于慈利县科学技术协会2021年度\n部门整体支出绩效自评结果的公示", size=15)
    p.para("根据县财政局关于开展2021年度部门整体支出绩效自评工作的通知要求，慈利县科学技术协会完成了"
           "2021年度部门整体支出绩效自评，我局对其自评材料进行了复核。现将自评情况公示如下。")
    p.heading("一、部门（单位）基本概况")
    p.pairs("部门（单位）名称：慈利县科学技术协会", "预算编码：417032")
    p.pairs("人员编制：9人", "实有人数：8人")
    p.para("职能职责概述：组织开展群众性科学技术普及活动，推动全民科学素质提升；联系和服务全县科技工作者，"
           "组织开展农村实用技术培训和科技下乡活动。", indent=False)
    p.heading("二、部门（单位）收支情况（单位：万元）")
    p.pairs("年初预算：186.40万元", "年中追加：18.25万元")
    p.pairs("全年预算：204.65万元", "其中公共财政拨款：192.35万元")
    p.pairs("上年结转：12.30万元", "上年全年支出：183.92万元")
    p.pairs("全年支出：198.37万元", "执行率：96.93%")
    p.pairs("其中基本支出：142.16万元", "项目支出：56.21万元")
    p.pairs("人员经费：121.54万元", "公用经费：20.62万元")
    p.pairs("年末结转结余：6.28万元", "")
    p.heading("三、绩效目标完成情况")
    p.para("全年举办科普讲座48场，受众1.26万人次；开展科技下乡活动12次，培训农村实用技术人才860人次；"
           "新建科普示范基地3个，全县公民具备科学素质比例稳步提高。")
    p.heading("四、自评及复核结果")
    p.pairs("自评得分：91.5分", "自评等级：优")
    p.pairs("财政复核得分：88.0分", "复核等级：良")
    p.para("复核扣分原因：部分项目绩效目标未细化量化，科普活动效果缺少跟踪评价。", indent=False)
    p.heading("五、存在的问题")
    p.para("（一）绩效目标设置偏宽泛，部分指标难以量化考核。")
    p.para("（二）科普经费主要依靠财政拨款，社会资金参与较少。")
    p.heading("六、改进措施")
    p.para("（一）细化科普活动绩效指标，建立活动效果跟踪反馈机制。")
    p.para("（二）联合学会、企业开展科普活动，拓宽科普经费来源。")
    p.right("慈利县财政局")
    p.right("2022年6月20日")
    p.save()


# --------------------------------------------------------------------------- 8. mengzhou (TXT)
MENGZHOU_TXT = """孟州市西虢镇2020年度扶持壮大村级集体经济项目
绩效自评报告

一、项目概况
    扶持壮大村级集体经济项目由孟州市西虢镇人民政府组织实施，覆盖3个村。项目资金用于建设标准化厂房，建成后对外出租，租金收入归村集体所有，用于村内公益事业和集体经济发展。

二、项目资金情况
    项目资金情况如下（单位：万元）：

    批复预算：150.00              资金到位：150.00
    省级财政扶持资金：100.00      市级配套资金：50.00
    实际支付：142.86              资金执行率：95.24%
    结余：8.14                    结余原因：工程尾款未到支付期

三、项目绩效目标完成情况
    项目于2020年5月开工、11月竣工验收，建成标准化厂房1,200平方米，当年完成出租。项目带动3个村集体增收9.6万元，吸纳周边群众务工35人。

四、自评结论
    经镇项目自评小组对照绩效指标逐项评分，本项目自评得分为94分，评价等级为优。

五、存在的问题
    1.项目建设前期手续办理时间较长，开工时间推迟。
    2.村集体经营管理能力较弱，厂房出租后的日常管理有待加强。

六、改进措施
    1.提前开展项目选址和前期手续办理，确保按期开工。
    2.加强村干部经营管理培训，完善村集体资产管理制度。

孟州市西虢镇人民政府
2021年3月26日
"""


# --------------------------------------------------------------------------- 9. shawan (scanned PDF)
SHAWAN_LINES = [  # what the scanned page shows: (kind, cells); kind T title, L line, R table row
    ("T", ["项目支出绩效自评表"]),
    ("L", ["（2024年度）"]),
    ("R", ["项目名称", "重大动物疫病强制免疫补助"]),
    ("R", ["主管部门", "沙湾市农业农村局", "实施单位", "沙湾市畜牧兽医发展中心"]),
    ("R", ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
    ("R", ["年度资金总额", "86.00", "92.50", "90.62", "10", "97.97%", "9.80"]),
    ("R", ["其中：中央财政资金", "60.00", "66.50", "65.12", "—", "—", "—"]),
    ("R", ["地方资金", "26.00", "26.00", "25.50", "—", "—", "—"]),
    ("R", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
    ("R", ["产出指标", "数量指标", "强制免疫病种", "≥5种", "5种", "15", "15"]),
    ("R", ["产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", "95.6%", "20", "20"]),
    ("R", ["产出指标", "质量指标", "免疫抗体合格率", "≥70%", "82.4%", "20", "20"]),
    ("R", ["产出指标", "时效指标", "疫苗发放及时率", "100%", "100%", "10", "10"]),
    ("R", ["效益指标", "社会效益指标", "重大动物疫情发生", "0起", "0起", "10", "10"]),
    ("R", ["满意度指标", "满意度指标", "养殖户满意度", "≥90%", "93.5%", "15", "15"]),
    ("R", ["总分", "100", "99.80", "自评等级：优"]),
]
SHAWAN_TEXT = "\n".join(" ".join(cells) for _, cells in SHAWAN_LINES)


def _shawan_image():
    """The form printed and scanned back in at 200 dpi: grey paper, a seeded speckle, 1° skew."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    width, height = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(fonts.WQY_TTC), 28, index=0)
    title = ImageFont.truetype(str(fonts.WQY_TTC), 44, index=0)
    left, right = 130, width - 130
    y = 200
    draw.text((width // 2, y), SHAWAN_LINES[0][1][0], font=title, fill=20, anchor="mm")
    y += 70
    draw.text((width // 2, y), SHAWAN_LINES[1][1][0], font=font, fill=30, anchor="mm")
    y += 50
    row_h = 74
    seven = [270, 200, 270, 170, 170, 150, 164]
    seven = [w * (right - left) / sum(seven) for w in seven]
    for _kind, cells in SHAWAN_LINES[2:]:
        if len(cells) == 7:
            widths = seven
        elif len(cells) == 4 and cells[0] == "总分":
            widths = [sum(seven[:5]), seven[5], seven[6], 0]
        elif len(cells) == 4:
            widths = [seven[0], sum(seven[1:3]), seven[3], sum(seven[4:])]
        else:
            widths = [seven[0], sum(seven[1:])]
        x = left
        for cell, w in zip(cells, widths, strict=True):
            if w == 0:
                draw.text((left, y + row_h + 40), cell, font=font, fill=25)
                continue
            draw.rectangle([x, y, x + w, y + row_h], outline=40, width=2)
            draw.text((x + w / 2, y + row_h / 2), cell, font=font, fill=25, anchor="mm")
            x += w
        y += row_h
    draw.text((right - 420, height - 260), "填报人：（签字）", font=font, fill=40)
    rng = random.Random(2024)
    for _ in range(9000):  # speckle from the scanner glass
        px, py = rng.randrange(width), rng.randrange(height)
        draw.point((px, py), fill=rng.choice((170, 190, 210)))
    img = img.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.7))
    return img


def doc_shawan(path: Path) -> None:
    stamp = time.strptime("2025-03-28 16:05:00", "%Y-%m-%d %H:%M:%S")
    buffer = io.BytesIO()
    _shawan_image().save(buffer, "PDF", resolution=200, creationDate=stamp, modDate=stamp,
                         producer="Scanner PDF", title="")
    path.write_bytes(buffer.getvalue())


# --------------------------------------------------------------------------- 10. jinshan (PDF, 元 table)
JINSHAN_FUNDS = [
    ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "163,580,000.00", "186,423,715.36", "181,065,248.52", "10", "97.13%", "9.71"],
    ["其中：财政拨款", "163,580,000.00", "178,236,415.36", "173,104,012.40", E, E, E],
    ["上年结转", E, "8,187,300.00", "7,961,236.12", E, E, E],
]
JINSHAN_INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "社区事务受理服务中心办件量", "≥4.5万件", "4.86万件", "10", "10", ""],
    ["产出指标", "质量指标", "城市网格化案件结案率", "≥95%", "98.2%", "10", "10", ""],
    ["产出指标", "数量指标", "老旧小区综合改造", "≥6个", "5个", "10", "8.33",
     "受居民意见征询进度影响，1个小区改造方案未获得三分之二以上业主同意，顺延至2023年实施。"
     "下一步将提前开展意见征询，压实居委会和物业的责任，及早稳定改造方案。"],
    ["产出指标", "质量指标", "垃圾分类达标小区占比", "≥95%", "96.8%", "10", "10", ""],
    ["产出指标", "数量指标", "社区老年助餐点", "≥8个", "8个", "10", "10", ""],
    ["效益指标", "社会效益指标", "安全生产事故", "0起", "0起", "10", "10", ""],
    ["满意度指标", "满意度指标", "社区居民满意度", "≥90%", "91.6%", "15", "15", ""],
    ["满意度指标", "满意度指标", "社区群众安全感", "≥95%", "94.2%", "15", "14",
     "个别老旧小区技防设施老化，夜间照明不足，群众安全感评价偏低。下一步将结合老旧小区改造，"
     "更新监控探头和楼道照明，增加夜间巡逻频次。"],
    ["合计", "", "", "", "", "100", "98.04", ""],
]


def doc_jinshan(path: Path) -> None:
    p = Pdf(path, size=10.5, margin=54)
    p.title("上海市金山区石化街道办事处\n2022年度部门整体支出绩效自评报告", size=15)
    p.heading("一、部门基本情况")
    p.para("石化街道办事处是上海市金山区人民政府的派出机关，辖区内有居民区党组织和居委会，"
           "承担社区公共服务、公共管理和公共安全等职能。")
    p.heading("二、部门预算及执行情况")
    p.para("2022年度年初预算16,358.00万元，全年预算数18,642.37万元；本年支出18,106.52万元，"
           "其中基本支出9,736.85万元、项目支出8,369.67万元，预算执行率97.13%。资金明细见下表。")
    p.right("金额单位：元", size=9)
    p.table(JINSHAN_FUNDS, widths=[20, 22, 22, 22, 8, 11, 9], size=8.5, align="lrrrccc")
    p.heading("三、绩效指标完成情况")
    p.para("全年社区事务受理服务中心受理办件4.86万件，完成老旧小区综合改造5个，新建社区老年助餐点8个，"
           "城市网格化管理平台处置各类案件1.23万件。各项指标完成及评分情况见下表。")
    p.table(JINSHAN_INDICATORS, widths=[11, 12, 18, 11, 11, 7, 7, 33], size=8, align="lllccccl")
    p.heading("四、自评结论")
    p.para("经街道绩效自评工作小组评议，2022年度部门整体支出自评得分98.04分，评价等次为优。")
    p.heading("五、存在的问题")
    p.para("1.老旧小区改造前期意见征询周期长，个别项目未能按计划实施。")
    p.para("2.部分小区技防设施老化，群众安全感有待提高。")
    p.heading("六、改进措施")
    p.para("1.改进老旧小区改造意见征询方式，提前启动方案论证。")
    p.para("2.分批更新老旧小区技防设施，加强夜间巡逻。")
    p.right("上海市金山区石化街道办事处")
    p.right("2023年5月10日")
    p.save()


# --------------------------------------------------------------------------- 11. ledu (DOCX, 亿元 / （万元）)
def doc_ledu(path: Path) -> None:
    from tests.corpora.builder.office import centred_title

    d = STAMP.new_docx()
    centred_title(d, "海东市乐都区教育局2021年度部门整体支出绩效自评报告", 16)
    para(d, "一、部门概况", indent=False, bold=True)
    para(d, "海东市乐都区教育局负责全区教育事业发展规划、学前教育和义务教育管理、教师队伍建设和学生资助等工作，"
            "下属中小学和幼儿园共计86所。")
    para(d, "二、部门预算及执行情况", indent=False, bold=True)
    para(d, "2021年部门全年预算数5.36亿元，其中年初预算4.82亿元，年中追加0.54亿元。全年支出52,245.36万元，"
            "预算执行率97.47%，年末结转结余1,354.64万元。收支明细如下。")
    table(d, [
        ["收入项目", "年初预算（万元）", "全年预算（万元）"],
        ["合计", "48,200.00", "53,600.00"],
        ["一般公共预算财政拨款", "47,160.00", "51,356.80"],
        ["政府性基金预算财政拨款", E, "1,203.20"],
        ["上年结转", "1,040.00", "1,040.00"],
    ])
    para(d, "")
    table(d, [
        ["支出项目", "全年执行（万元）"],
        ["支出合计", "52,245.36"],
        ["基本支出", "38,616.42"],
        ["其中：工资福利支出", "33,218.65"],
        ["      商品和服务支出", "3,412.08"],
        ["      对个人和家庭的补助", "1,985.63"],
        ["项目支出", "13,628.94"],
    ])
    para(d, "三、绩效目标完成情况", indent=False, bold=True)
    para(d, "全年新建、改扩建校舍3.2万平方米，资助家庭经济困难学生1.86万人次，公开招聘教师126人，"
            "农村义务教育学生营养改善计划覆盖学生2.35万人。")
    para(d, "四、自评结论", indent=False, bold=True)
    para(d, "评价结果分为优秀（90分及以上）、良好（80—89分）、一般（60—79分）和较差（60分以下）四个等次。"
            "经局自评小组综合评价，2021年度部门整体支出综合得分78.5分，评价等次为“一般”。"
            "主要扣分原因为部分校舍建设项目进度滞后、绩效目标设置不够完整。")
    para(d, "五、存在的问题", indent=False, bold=True)
    para(d, "1、部分校舍建设项目前期工作推进缓慢，影响当年资金支出。")
    para(d, "2、绩效目标设置不够完整，效益指标偏少。")
    para(d, "3、学校财务人员多为兼职，预算管理水平有待提高。")
    para(d, "六、改进措施", indent=False, bold=True)
    para(d, "1、提前做好项目储备和前期工作，加快项目建设和资金支付进度。")
    para(d, "2、完善绩效目标体系，增加可衡量的效益指标。")
    para(d, "3、加强学校财务人员培训，逐步配齐专职财务人员。")
    STAMP.save_docx(d, path)


# --------------------------------------------------------------------------- 12. zhaoping (XLSX)
ZHAOPING_INDICATORS = [
    ("产出指标", "数量指标", "新建生态茶园", "≥2000亩", "1650亩", 15, 12.38, "部分地块流转未完成，下年续建"),
    ("产出指标", "数量指标", "低产茶园改造", "≥3000亩", "2760亩", 15, 13.8, "受干旱影响推迟改造"),
    ("产出指标", "质量指标", "茶叶加工厂清洁化改造", "≥5家", "5家", 10, 10, ""),
    ("产出指标", "数量指标", "茶农技术培训", "≥1500人次", "1620人次", 10, 10, ""),
    ("产出指标", "时效指标", "项目完成及时率", "100%", "85%", 10, 8, "部分改造任务延至次年春季"),
    ("效益指标", "经济效益指标", "带动茶农户均增收", "≥1500元", "1380元", 10, 9.2, "春茶价格下行"),
    ("效益指标", "社会效益指标", "茶叶品牌推介会", "≥3场", "2场", 10, 6.67, "1场推介会取消"),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "86%", 10, 9.56, ""),
]


def doc_zhaoping(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, width in zip("ABCDEFGHI", (12, 14, 20, 13, 13, 13, 8, 10, 24), strict=True):
        ws.column_dimensions[col].width = width
    num = "0.00"
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="I1", center=True, size=14)
    xl_put(ws, "A2", "（2025年度）", merge_to="I2", center=True, border=False)
    xl_put(ws, "A3", "项目名称", merge_to="B3")
    xl_put(ws, "C3", "茶产业高质量发展专项", merge_to="I3")
    xl_put(ws, "A4", "主管部门", merge_to="B4")
    xl_put(ws, "C4", "昭平县农业农村局", merge_to="E4")
    xl_put(ws, "F4", "实施单位")
    xl_put(ws, "G4", "昭平县茶叶发展服务中心", merge_to="I4")
    xl_put(ws, "A5", "项目资金", merge_to="B10")
    heads = ("", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分")
    for ref, head in zip("CDEFGHI", heads, strict=True):
        xl_put(ws, f"{ref}5", head, center=True)
    funds = [
        ("年度资金总额", 120.00, 168.00, 163.52, 10, "97.33%", 9.73),
        ("其中：自治区财政资金", None, 40.00, 38.50, None, None, None),
        ("      县级财政资金", 120.00, 120.00, 117.02, None, None, None),
        ("      上年结转资金", None, 8.00, 8.00, None, None, None),
    ]
    for r, (label, a, b, c, w, rate, s) in enumerate(funds, start=6):
        xl_put(ws, f"C{r}", label)
        for ref, v in ((f"D{r}", a), (f"E{r}", b), (f"F{r}", c)):
            xl_put(ws, ref, v if v is not None else E, fmt=num if v is not None else None)
        xl_put(ws, f"G{r}", w if w is not None else E)
        xl_put(ws, f"H{r}", rate if rate is not None else E)
        xl_put(ws, f"I{r}", s if s is not None else E)
    xl_put(ws, "C10", "说明", center=True)
    xl_put(ws, "D10", "全年执行数163.52万元，高于当年财政拨款160.00万元，差额由上年结转资金8.00万元安排，"
                      "未超预算。", merge_to="I10")
    xl_put(ws, "A11", "年度总体目标", merge_to="A12")
    xl_put(ws, "B11", "预期目标", merge_to="E11")
    xl_put(ws, "F11", "实际完成情况", merge_to="I11")
    xl_put(ws, "B12", "新建生态茶园2000亩以上，改造低产茶园3000亩以上，推动茶叶加工清洁化，带动茶农增收。", merge_to="E12")
    xl_put(ws, "F12", "新建生态茶园1650亩，改造低产茶园2760亩，完成5家茶叶加工厂清洁化改造，培训茶农1620人次。",
           merge_to="I12")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "", "分值", "得分", "偏差原因分析及改进措施")
    for ref, head in zip("ABCDEFGHI", heads, strict=True):
        if ref != "F":
            xl_put(ws, f"{ref}13", head, center=True)
    xl_put(ws, "E13", "实际完成值", merge_to="F13", center=True)
    r = 14
    for l1, l2, name, target, actual, w, s, note in ZHAOPING_INDICATORS:
        for ref, v in (("A", l1), ("B", l2), ("C", name), ("D", target), ("G", w), ("H", s), ("I", note)):
            xl_put(ws, f"{ref}{r}", v)
        xl_put(ws, f"E{r}", actual, merge_to=f"F{r}")
        r += 1
    from tests.corpora.builder.office_kit import merge_runs
    merge_runs(ws, "A", 14, [i[0] for i in ZHAOPING_INDICATORS])
    merge_runs(ws, "B", 14, [i[1] for i in ZHAOPING_INDICATORS])
    xl_put(ws, f"A{r}", "总分", merge_to=f"F{r}", center=True)
    xl_put(ws, f"G{r}", 100)
    xl_put(ws, f"H{r}", 89.34, fmt=num)
    xl_put(ws, f"I{r}", "良好")
    STAMP.save_xlsx(wb, path)


def main(argv: list[str] | None = None) -> None:
    builders = {
        "xiangyuan-xiadian-2022.pdf": doc_xiangyuan,
        "huinan-shuili-2021.xlsx": doc_huinan,
        "mianxian-shijianju-2023.docx": doc_mianxian,
        "wenchang-baoling-2020.html": lambda p: write_text(p, wenchang_html()),
        "zhongning-gouqi-2019.md": lambda p: write_text(p, ZHONGNING_MD),
        "shuicheng-minzong-2024.pdf": doc_shuicheng,
        "cili-kexie-2021.pdf": doc_cili,
        "mengzhou-xiguo-2020.txt": lambda p: write_text(p, MENGZHOU_TXT),
        "shawan-xumu-2024.pdf": doc_shawan,
        "jinshan-shihua-2022.pdf": doc_jinshan,
        "ledu-jiaoyu-2021.docx": doc_ledu,
        "zhaoping-chaye-2025.xlsx": doc_zhaoping,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
