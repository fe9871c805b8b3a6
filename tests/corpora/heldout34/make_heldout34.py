#!/usr/bin/env python3
"""Regenerate the heldout34 evaluation batch (12 documents, none of them a PDF) byte-stably.

    .venv/bin/python tests/corpora/heldout34/make_heldout34.py [--out DIR]

Writes the DOCX, XLSX, HTML, TXT and Markdown documents next to this script (or into DIR). The
goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability: the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property
dates (tests/corpora/builder/office_kit, office.stable_zip); the two workbooks whose cells hold
formulas get their cached values written into the sheet XML before the re-zip; the text files are
written with tests/corpora/builder/text.write_text in the encoding and line end each one names.
The batch is about the formats other than PDF as offices and portals really produce them: Word
tables with merged and nested cells, headers, footers, text boxes and layout tables, Word's own list
numbering and runs split inside words and figures; workbooks with merged cells, spacer rows and
columns, number formats, a figure typed as text, a hidden row of old figures, a unit only in the
title cell, two sheets and formulas with cached values; portal pages with rowspan / colspan tables
and their chrome, a GB2312-declared page that needs GBK, Word-exported HTML whose figures are cut by
<span> tags; a GB18030 text file with CRLF lines and a table drawn with spaces, and a Markdown copy.
Four real inconsistencies are planted; the other traps only look inconsistent. Every sentence and
figure below is invented; place names are real.
"""
from __future__ import annotations

import datetime
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, office  # noqa: E402
from tests.corpora.builder.office_kit import ZIP_MODE, OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FIXED_DT = datetime.datetime(2027, 2, 3, 9, 30, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def dec(x: str | Decimal) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def rate(executed: str | Decimal, budget: str | Decimal) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: str | Decimal, budget: str | Decimal) -> str:
    return f"{rate(executed, budget)}%"


def exec_score(executed: str | Decimal, budget: str | Decimal, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: str | Decimal) -> str:
    return f"{dec(x):,.2f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


# --------------------------------------------------------------------------- Word helpers
def runs_para(document, pieces: Sequence[str], indent: bool = True, bold: bool = False):
    """A paragraph written as the given runs, each its own <w:r> (Word splits runs at edits, proofing
    marks and language changes, inside words and figures alike). Digit runs carry their own fonts."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(24)
    for piece in pieces:
        run = paragraph.add_run(piece)
        run.bold = bold or None
        if re.fullmatch(r"[\d.,%]+", piece):
            fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:ascii"), "Times New Roman")
            fonts.set(qn("w:hAnsi"), "Times New Roman")
    return paragraph


def add_numbering(document, formats: Sequence[tuple[str, str]]) -> list[int]:
    """Add one list definition per (numFmt, lvlText) and one w:num each (restarting at 1); return the
    numIds. The numbers a list shows come from these definitions, never from the paragraph's text."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{W_NS}}}num")
    ids = []
    for k, (fmt, text) in enumerate(formats):
        abstract_id, num_id = 80 + k, 80 + k
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="480"/></w:pPr></w:lvl></w:abstractNum>')
        first_num.addprevious(abstract)
        num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        numbering.append(num)
        ids.append(num_id)
    return ids


def numbered(paragraph, num_id: int) -> None:
    """Attach a paragraph to list `num_id` (level 0)."""
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def text_box(paragraph, lines: Sequence[str], box_id: int, width_cm: float = 15.0, height_cm: float = 2.2) -> None:
    """An inline text box as Word writes it: a DrawingML shape (wps) with a VML fallback, both holding the
    same paragraphs (a reader that takes every w:t of the file sees the text twice)."""
    from docx.oxml import parse_xml

    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{t}</w:t></w:r></w:p>'
                   for t in lines)
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{box_id}" name="文本框 {box_id}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:rect style="width:{width_cm}cm;height:{height_cm}cm" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


# --------------------------------------------------------------------------- Excel helpers
def save_xlsx_with_cache(workbook, path: Path, cached: dict[str, dict[str, str]]) -> None:
    """Save a workbook whose formula cells get the values Excel last calculated (`cached`: sheet file ->
    cell -> value); openpyxl writes an empty <v/> for a formula, Excel writes the result."""
    office.set_core(workbook.properties, creator=STAMP.author, lastModifiedBy=STAMP.author,
                    created=STAMP.when, modified=STAMP.when)
    buffer = io.BytesIO()
    workbook.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            for ref, value in cached.get(info.filename, {}).items():
                pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?'.encode())
                payload, n = pattern.subn(lambda m, v=value: m.group(1) + m.group(2) + f"<v>{v}</v>".encode(), payload)
                check(n == 1, f"{path.name}: formula cell {ref} not found")
            dst.writestr(info, payload)
    path.write_bytes(office.stable_zip(out.getvalue(), STAMP.when, ZIP_MODE))


# --------------------------------------------------------------------------- HTML helpers
def portal(charset: str, site: str, column: str, title: str, crumbs: Sequence[str], meta: str, body: str,
           footer: str, related: Sequence[str] = ()) -> str:
    """A government portal page: top bar, navigation, breadcrumbs, title, publication line, article,
    tools, related links and footer."""
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    links = "".join(f'<li><a href="#">{r}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="{charset}">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<title>{title}-{site}</title>
</head>
<body>
<div class="topbar"><span>{site}</span> <a href="#">无障碍浏览</a> <a href="#">繁体版</a> <a href="#">手机版</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">走进{site[:-4] if site.endswith("人民政府") else site}</a></div>
<div class="position">您现在的位置：{crumb}</div>
<div class="content">
<h2 class="title">{title}</h2>
<div class="info">{meta}</div>
<div class="article">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关阅读</h3><ul>{links}</ul></div>
</div>
<div class="footer">
{footer}
</div>
</body>
</html>
"""


def html_table(rows: Sequence[Sequence[tuple[str, int, int]]]) -> str:
    """Rows of (text, rowspan, colspan) cells; cells covered by a span are simply not written."""
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">']
    for row in rows:
        cells = []
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(width - display_width(text), 0)
    return space + text if right else text + space


# =========================================================================== 1. tiane (DOCX, merged + nested table)
TIANE_SOURCES = [  # label, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("一般公共预算", "2268.30", "2626.50", "2548.12"),
    ("政府性基金", "200.00", "500.00", "470.62"),
]
TIANE_SPLIT = [("基本支出", "1126.48"), ("其中：人员经费", "986.30"), ("　　　公用经费", "140.18"), ("项目支出", "1892.26")]


def doc_tiane(path: Path) -> None:
    cols = list(zip(*[s[1:] for s in TIANE_SOURCES]))
    initial, adjusted, done = (sum(dec(x) for x in c) for c in cols)
    basic, personnel, public, project = (dec(v) for _, v in TIANE_SPLIT)
    check(basic + project == done and personnel + public == basic, "tiane split")
    d = STAMP.new_docx()
    office.centred_title(d, "天峨县交通运输局", 18)
    office.centred_title(d, "2019年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门概况", indent=24)
    para(d, "天峨县交通运输局主管全县公路、水路交通运输行业，负责农村公路建设和养护管理、道路运输和水路运输市场"
            "监管、交通运输安全生产监督等工作。局机关内设股室5个，下属县公路管理所、县道路运输管理所和县地方海事处"
            "3个二级单位，本报告反映局本级及3个二级单位的整体支出。2019年末在职在编人员96人。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, f"2019年部门年初预算{money(initial)}万元，年中追加{money(adjusted - initial)}万元，全年预算"
            "按资金来源和支出结构列示如下表。")
    office.centred_title(d, "表1　2019年度部门预算收支情况", 12, bold=False)
    office.aligned(d, "单位：万元", "right")
    rows = [["资金来源", "", "年初预算数", "全年预算数", "全年执行数"],
            ["合计", "", money(initial), money(adjusted), money(done)]]
    rows += [["财政拨款", label, money(a), money(b), money(c)] for label, a, b, c in TIANE_SOURCES]
    rows += [["其他资金", "", E, E, E], ["支出结构", "", "", "", ""]]
    merges = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (4, 1)), ((5, 1), (5, 4))]
    grid = table(d, rows, merges)
    holder = grid.cell(5, 1)  # the spending split: a table nested in the merged cell
    holder.paragraphs[0].text = "全年执行数按支出性质分："
    inner = holder.add_table(rows=2, cols=len(TIANE_SPLIT))
    inner.style = "Table Grid"
    for c, (label, value) in enumerate(TIANE_SPLIT):
        inner.cell(0, c).text = label.strip("　")
        inner.cell(1, c).text = money(value)
    para(d, f"全年支出{money(done)}万元，预算执行率{pct(done, adjusted)}，年末结转结余{money(adjusted - done)}万元，"
            "主要为跨年度实施的农村公路安全生命防护工程尾款。")
    office.bold_line(d, "三、部门绩效目标完成情况", indent=24)
    para(d, "（一）公路养护。全年完成县乡道路日常养护里程1,186公里，实施危桥改造6座，处治公路水毁点73处，县道优良"
            "路率达到82.6%。")
    para(d, "（二）农村公路建设。新改建通村硬化路42.6公里，完成农村公路安全生命防护工程58.3公里，全县建制村通客车率"
            "保持100%。")
    para(d, "（三）运输监管。全年检查道路运输企业和客运站点412家次，查处违法违规运输行为86起，水上交通未发生等级"
            "以上安全事故。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "对照部门整体支出绩效评价指标逐项评分，本局2019年度部门整体支出绩效自评得分94分，评价等级为优。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）年中追加的政府性基金下达较晚，部分工程当年未能完工结算。")
    para(d, "（二）农村公路点多线长，养护资金标准偏低，部分村道养护不够及时。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）提前做好项目前期工作，资金下达后及时组织实施和结算。")
    para(d, "（二）推行“路长制”，落实乡镇和村级养护责任，提高养护资金使用效益。")
    office.aligned(d, "天峨县交通运输局", "right")
    office.aligned(d, "2020年4月10日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 2. baoshan (DOCX, header, text box, layout table)
BAOSHAN = ("1720.00", "140.00", "1786.42")  # 年初预算, 调整追加, 实际支出 (万元)


def doc_baoshan(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    initial, added, done = (dec(x) for x in BAOSHAN)
    budget = initial + added
    d = STAMP.new_docx()
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "上海市宝山区绿化和市容管理局　　2022年预算绩效信息公开"  # the year the material is published
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    office.page_number_footer(d, complex_field=True)
    section.footer.add_paragraph("宝山区绿化和市容管理局财务审计科编制").alignment = WD_ALIGN_PARAGRAPH.CENTER
    office.centred_title(d, "2021年度城市绿地养护项目绩效自评报告", 16)
    layout = d.add_table(rows=2, cols=2)  # no style: a borderless table used only to set the lines out
    for (r, c), text in {(0, 0): "项目名称：城市绿地养护项目", (0, 1): "主管部门：上海市宝山区绿化和市容管理局",
                         (1, 0): "实施单位：宝山区绿化管理所", (1, 1): "评价方式：单位自评"}.items():
        layout.cell(r, c).text = text
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "城市绿地养护项目用于区管公园绿地、道路绿化和街头绿地的日常养护，内容包括草坪修剪、乔灌木整形修剪、"
            "病虫害防治、补植补种和绿地保洁等，由宝山区绿化管理所通过政府购买服务委托专业养护单位实施。")
    office.bold_line(d, "二、项目资金使用情况", indent=24)
    para(d, f"2021年项目年初预算{money(initial)}万元，年中因新增移交绿地调整追加{money(added)}万元，全年预算数"
            f"{money(budget)}万元，全部为区级财政资金。全年实际支出{money(done)}万元，预算执行率{pct(done, budget)}，"
            f"结余{money(budget - done)}万元，系年底考核扣减的养护费。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年养护区管绿地486.3万平方米，整形修剪行道树3.26万株，补植乔木1,280株、灌木2.4万平方米；开展养护质量"
            "检查48次，检查合格率96.8%；受理市民绿化类投诉412件，全部按期办结。")
    office.bold_line(d, "四、综合评价结论", indent=24)
    box = d.add_paragraph()
    box.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text_box(box, ["按照项目支出绩效评价指标体系逐项打分，", "本项目2021年度自评得分88.5分，自评等级为良。"], box_id=1)
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.新移交绿地的养护标准尚未统一，部分区域养护质量不稳定。")
    para(d, "2.养护考核以人工巡查为主，问题发现和整改跟踪不够及时。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.制定新移交绿地养护技术规范，纳入养护合同考核条款。")
    para(d, "2.推进绿地养护数字化巡查，建立问题发现、派单和复核闭环。")
    sign = d.add_table(rows=1, cols=2)  # the signature block laid out by a borderless table
    sign.cell(0, 0).text = "填报单位：上海市宝山区绿化和市容管理局"
    sign.cell(0, 1).text = "填报日期：2022年3月18日"
    STAMP.save_docx(d, path)


# =========================================================================== 3. jinghai (DOCX, numbering, split runs; E3)
JINGHAI = {"initial": "1186.50", "added": "142.30", "general": "1268.80", "carry": "60.00",
          "done": "1286.40", "basic": "742.18", "project": "544.22"}


def doc_jinghai(path: Path) -> None:
    f = {k: dec(v) for k, v in JINGHAI.items()}
    adjusted = f["initial"] + f["added"]
    check(f["general"] + f["carry"] == adjusted and f["basic"] + f["project"] == f["done"], "jinghai sums")
    check(rate(f["done"], adjusted) == Decimal("96.81"), "jinghai rate")
    d = STAMP.new_docx()
    chapter, problems, measures, works = add_numbering(
        d, [("chineseCounting", "%1、"), ("chineseCounting", "（%1）"), ("chineseCounting", "（%1）"),
            ("decimal", "%1.")])
    office.centred_title(d, "天津市静海区民政局", 18)
    office.centred_title(d, "2023年度部门整体支出绩效自评报告", 16)

    def heading(text: str) -> None:
        numbered(office.bold_line(d, text), chapter)

    heading("部门基本情况")
    runs_para(d, ["静海区民", "政局负责全区社会救助、养老服务、儿童福利、社会事务、区划地名和社会组织登记管理等"
                  "工作，内设科室9个，下属区社会福利院、区救助管理站等事业单位4个。"])
    heading("部门预算收支情况")
    runs_para(d, ["2023年部门年初预算", "1,1", "86.50", "万元，年中追加", "142.30", "万元，调整后预算",
                  money(adjusted), "万元，其中一般公共预算财政拨款", "1,268.80", "万元、上年结转", "60.00", "万元。"])
    runs_para(d, ["全年支出", "1,2", "86.40", "万元，其中基本支出", "742", ".18", "万元、项目支出", "544.22",
                  "万元；预算执", "行率", "96", ".81%", "，年末结转结余", money(adjusted - f["done"]), "万元。"])
    heading("绩效目标完成情况")
    items = [
        ["全年保障城乡低保对象", "3,426", "人、特困供养人员", "612", "人，发放低保金和特困供养金均按月足额到位。"],
        ["实施临时救助", "1,268", "人次，救助管理站救助流浪乞讨人员", "94", "人次。"],
        ["为", "2,046", "名经济困难老年人发放养老服务补贴，新建社区老年人日间照料中心", "6", "个。"],
        ["办理婚姻登记", "4,812", "对，婚姻登记合格率", "100%", "。"],
    ]
    for pieces in items:
        numbered(runs_para(d, pieces), works)
    heading("自评结论")
    runs_para(d, ["按照区财政局部门整体支出绩效评价指标体系，从预算执行、产出、效益和满意度四个方面逐项评分，本局"
                  "2023年度部门整体支出绩效自评得分", "87", ".6", "分，等级为优。评价等级划分为：", "90",
                  "分（含）以上为优，", "80", "分（含）至", "90", "分为良，", "60", "分（含）至", "80", "分为中，",
                  "60", "分以下为差。"])
    heading("存在的问题")
    numbered(runs_para(d, ["部分救助对象动态管理不够及时，个别家庭收入变化后未能及时调整保障标准。"]), problems)
    numbered(runs_para(d, ["社区养老服务设施运营能力不足，部分日间照料中心利用率偏低。"]), problems)
    heading("改进措施")
    numbered(runs_para(d, ["完善救助对象信息比对机制，按季度开展动态复核。"]), measures)
    numbered(runs_para(d, ["引入专业机构运营社区养老服务设施，提高利用率。"]), measures)
    numbered(runs_para(d, ["加强预算执行监控，提前谋划年中追加项目的实施。"]), measures)
    office.aligned(d, "天津市静海区民政局", "right")
    office.aligned(d, "2024年4月2日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 4. shouning (DOCX, a bare form)
SHOUNING_FUNDS = ("386.40", "412.60", "405.18")  # 年初, 全年, 执行; 当年 386.40 / 386.40 / 381.22, 上年结转 — / 26.20 / 23.96
SHOUNING_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "兑付补偿面积", "≥46万亩", "46.8万亩", "15", "15", ""),
    ("产出指标", "数量指标", "聘用生态护林员", "≥180名", "186名", "10", "10", ""),
    ("产出指标", "质量指标", "补偿资金兑付准确率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "补偿资金兑付时间", "2016年10月底前", "2016年11月", "5", "4", "林权变更核实耗时较长；提前开展面积核实"),
    ("产出指标", "成本指标", "补偿标准", "=22元/亩", "22元/亩", "10", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥77%", "77.3%", "15", "15", ""),
    ("效益指标", "社会效益指标", "林农补偿收入", "稳步增加", "有所增加", "15", "13", "补偿标准偏低；争取提高补偿标准"),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93.5%", "10", "10", ""),
]


def shouning_total() -> Decimal:
    initial, adjusted, done = SHOUNING_FUNDS
    return dec(exec_score(done, adjusted)) + sum(dec(r[6]) for r in SHOUNING_IND)


def doc_shouning(path: Path) -> None:
    from docx.shared import Pt

    initial, adjusted, done = SHOUNING_FUNDS
    check(dec("381.22") + dec("23.96") == dec(done) and dec("386.40") + dec("26.20") == dec(adjusted), "shouning")
    check(sum(dec(r[5]) for r in SHOUNING_IND) == 90, "shouning weights")
    d = STAMP.new_docx()
    office.centred_title(d, "项目支出绩效自评表", 16)
    office.centred_title(d, "（2016年度）", 12, bold=False)
    rows = [
        ["项目名称", "生态公益林补偿项目", "", "", "", "", "", ""],
        ["主管部门", "寿宁县林业局", "", "", "实施单位", "寿宁县林业局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", money(initial), money(adjusted), money(done), "10", pct(done, adjusted),
         exec_score(done, adjusted)],
        ["项目资金（万元）", "其中：当年财政拨款", "386.40", "386.40", "381.22", E, E, E],
        ["项目资金（万元）", "上年结转资金", E, "26.20", "23.96", E, E, E],
        ["项目资金（万元）", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["年度总体目标",
         "按每亩22元标准兑付全县46万亩以上省级以上生态公益林补偿资金，聘用生态护林员180名以上，森林覆盖率稳定在77%以上。",
         "", "",
         "全年兑付生态公益林补偿面积46.8万亩，涉及林农1.12万户；聘用生态护林员186名，巡护森林火情隐患等问题"
         "214起；森林覆盖率77.3%。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    first = len(rows)
    rows += [list(r) for r in SHOUNING_IND]
    rows.append(["总分", "", "", "", "", "100", f"{shouning_total():.2f}", "优"])
    merges = [((0, 1), (0, 7)), ((1, 1), (1, 3)), ((1, 5), (1, 7)), ((2, 0), (6, 0)), ((7, 0), (8, 0)),
              ((7, 1), (7, 3)), ((7, 4), (7, 7)), ((8, 1), (8, 3)), ((8, 4), (8, 7)),
              ((len(rows) - 1, 0), (len(rows) - 1, 4))]
    for col in (0, 1):  # 一级 / 二级 merged down their runs
        k = 0
        while k < len(SHOUNING_IND):
            j = k
            while j + 1 < len(SHOUNING_IND) and SHOUNING_IND[j + 1][:col + 1] == SHOUNING_IND[k][:col + 1]:
                j += 1
            if j > k:
                merges.append(((first + k, col), (first + j, col)))
            k = j + 1
    grid = table(d, rows, merges)
    for row in grid.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    para(d, "填报单位（盖章）：寿宁县林业局　　填报人：叶××　　联系电话：0593-5522316　　填报日期：2017年3月20日",
         indent=False)
    STAMP.save_docx(d, path)


# =========================================================================== 5. yanbian (XLSX, Sichuan form; hidden row, text figure)
YANBIAN_LINES = [  # label, 年初预算, 调整后预算数, 预算执行数 (万元); the 财政资金 执行数 is typed as text
    ("其中：财政资金", 500.0, 560.0, "544.32"),
    ("财政专户管理资金", "/", "/", "/"),
    ("单位资金", 20.0, 26.0, 24.30),
    ("其他资金", "/", "/", "/"),
]
YANBIAN_HIDDEN = ("总额（6月监控数）", 520.0, 560.0, 312.48, "55.80%")  # an old monitoring row, hidden
YANBIAN_IND = [  # 一级, 二级, 三级, 指标值, 完成值, 权重, 得分, 未完成原因分析
    ("产出指标", "数量指标", "新建集中供水工程", "≥12处", "12处", 15, 15, ""),
    ("产出指标", "数量指标", "铺设供水管网", "≥46公里", "48.6公里", 10, 10, ""),
    ("产出指标", "质量指标", "水质达标率", "≥95%", "96.4%", 10, 10, ""),
    ("产出指标", "时效指标", "工程完工及时率", "100%", "91.7%", 10, 8, "1处工程因地质原因延期；加强前期勘察"),
    ("产出指标", "成本指标", "工程投资控制", "≤586万元", "568.62万元", 5, 5, ""),
    ("效益指标", "社会效益指标", "巩固提升供水人口", "≥1.8万人", "1.92万人", 20, 20, ""),
    ("效益指标", "可持续影响指标", "工程管护制度健全性", "健全", "基本健全", 10, 9, "村级管水员培训不足；开展集中培训"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", 10, 10, ""),
]


def doc_yanbian(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    initial = sum(x[1] for x in YANBIAN_LINES if not isinstance(x[1], str))
    adjusted = sum(x[2] for x in YANBIAN_LINES if not isinstance(x[2], str))
    done = dec("544.32") + dec("24.30")
    check((initial, adjusted, done) == (520.0, 586.0, dec("568.62")), "yanbian sums")
    ratio = float(done) / adjusted  # stored as Excel computed it; the sheet shows it through 0.00%
    score = dec(exec_score(done, dec(adjusted)))
    total = score + sum(dec(r[6]) for r in YANBIAN_IND)
    check(sum(r[5] for r in YANBIAN_IND) == 90, "yanbian weights")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.column_dimensions["A"].width = 2.5  # a blank spacer column
    for col, w in zip("BCDEFGHIJ", [12, 16, 18, 12, 12, 12, 10, 8, 20], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "B1", "部门预算项目支出绩效自评表（2022年度）　　　　　　　　单位：万元", bold=True, size=13, center=True,
           merge_to="J1", border=False)
    # row 2 is a blank spacer row
    xl_put(ws, "B3", "项目名称", center=True, merge_to="C3")
    xl_put(ws, "D3", "51042222T000004386127-农村供水保障工程项目", merge_to="J3")
    xl_put(ws, "B4", "主管部门", center=True, merge_to="C4")
    xl_put(ws, "D4", "盐边县水利局", merge_to="F4")
    xl_put(ws, "G4", "实施单位", center=True)
    xl_put(ws, "H4", "盐边县水利局", merge_to="J4")
    xl_put(ws, "B5", "预算执行情况（10分）", center=True, merge_to="B11")
    heads = ["", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]
    for col, head in zip("CDEFGHIJ", heads, strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    line = ["总额", initial, adjusted, float(done), ratio, 10, float(score), ""]
    for col, v in zip("CDEFGHIJ", line, strict=True):
        fmt = "#,##0.00" if col in "DEF" else "0.00%" if col == "G" else "0.00" if col == "I" else None
        xl_put(ws, f"{col}6", v, fmt=fmt, center=col != "C")
    for col, v in zip("CDEFGHIJ", YANBIAN_HIDDEN + ("", "", ""), strict=True):
        xl_put(ws, f"{col}7", v, fmt="#,##0.00" if isinstance(v, float) else None, center=col != "C")
    ws.row_dimensions[7].hidden = True
    for r, (label, a, b, c) in enumerate(YANBIAN_LINES, 8):
        for col, v in zip("CDEFGHIJ", (label, a, b, c, "/", "/", "/", ""), strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="#,##0.00" if isinstance(v, float) else None, center=col != "C")
    ws["F8"].quotePrefix = True  # typed as '544.32: a figure stored as text
    ws["F8"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    # row 12 is a blank spacer row
    xl_put(ws, "B13", "年度目标完成情况", center=True, merge_to="B14")
    xl_put(ws, "C13", "年度目标", center=True, merge_to="F13")
    xl_put(ws, "G13", "实际完成情况", center=True, merge_to="J13")
    xl_put(ws, "C14", "新建集中供水工程12处，铺设供水管网46公里以上，巩固提升1.8万农村人口供水保障水平。", merge_to="F14")
    xl_put(ws, "G14", "建成集中供水工程12处，铺设供水管网48.6公里，新增蓄水池容积3,200立方米，巩固提升1.92万农村人口"
                      "供水保障水平。", merge_to="J14")
    ws.row_dimensions[14].height = 60
    xl_put(ws, "B16", "绩效指标（90分）", center=True, merge_to=f"B{16 + len(YANBIAN_IND)}")
    for col, head in zip("CDEFGHIJ", ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分",
                                      "未完成原因分析"], strict=True):
        xl_put(ws, f"{col}16", head, bold=True, center=True)
    for r, row in enumerate(YANBIAN_IND, 17):
        for col, v in zip("CDEFGHIJ", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FGHI")
    for col, key in (("C", 1), ("D", 2)):
        labels = [r[:key] for r in YANBIAN_IND]
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{k + 17}:{col}{j + 17}")
            k = j + 1
    end = 17 + len(YANBIAN_IND)
    xl_put(ws, f"B{end}", "合计", center=True, merge_to=f"G{end}")
    xl_put(ws, f"H{end}", 100, center=True)
    xl_put(ws, f"I{end}", float(total), fmt="0.00", center=True)
    xl_put(ws, f"J{end}", "")
    xl_put(ws, f"B{end + 1}", "评价结论", center=True)
    xl_put(ws, f"C{end + 1}", f"项目自评得分{total}分，自评等级为优。", merge_to=f"J{end + 1}")
    xl_put(ws, f"B{end + 2}", "存在问题", center=True)
    xl_put(ws, f"C{end + 2}", "1.个别工程前期地质勘察不充分，施工中变更设计导致工期延误。2.村级管水员业务能力参差不齐。",
           merge_to=f"J{end + 2}")
    xl_put(ws, f"B{end + 3}", "改进措施", center=True)
    xl_put(ws, f"C{end + 3}", "1.加强项目前期勘察设计审查。2.每年组织村级管水员集中培训。3.落实工程管护经费。",
           merge_to=f"J{end + 3}")
    xl_put(ws, f"B{end + 4}", "项目负责人：罗××　　财务负责人：杨××　　填报日期：2023年3月10日", merge_to=f"J{end + 4}",
           border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 6. mengyin (XLSX, two sheets, formulas)
MENGYIN_LINES = [  # label, 年初, 全年, 执行 (万元)
    ("其中：当年财政拨款", 300.0, 340.0, 328.12),
    ("上年结转资金", E, 20.0, 20.0),
    ("其他资金", E, E, E),
]
MENGYIN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "建设蔬菜标准化示范基地", "≥3500亩", "3600亩", 10, 10, ""),
    ("产出指标", "数量指标", "培训新型职业农民", "≥2400人次", "2460人次", 10, 10, ""),
    ("产出指标", "质量指标", "蔬菜农残抽检合格率", "≥98%", "98.6%", 10, 10, ""),
    ("产出指标", "时效指标", "基地建设完成时间", "2018年10月底前", "2018年10月", 10, 10, ""),
    ("产出指标", "成本指标", "每亩补助标准", "≤800元", "800元", 10, 10, ""),
    ("效益指标", "经济效益指标", "示范基地亩均增收", "≥1500元", "1420元", 15, 13.5, "部分基地受秋季连阴雨影响；推广避雨栽培"),
    ("效益指标", "可持续影响指标", "化肥使用量", "同比减少≥3%", "减少4.6%", 15, 15, ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "88%", 10, 8, "技术服务覆盖不足；增加田间指导次数"),
]


def doc_mengyin(path: Path) -> None:
    import openpyxl

    ind = MENGYIN_IND
    initial = 300.0
    adjusted, done = 360.0, dec("348.12")
    check(dec("328.12") + dec("20.00") == done, "mengyin sources")
    score = dec(exec_score(done, dec(adjusted)))
    weights = sum(r[5] for r in ind)
    points = sum(dec(str(r[6])) for r in ind)
    total = score + points
    check(weights == 90, "mengyin weights")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGH", [14, 20, 13, 13, 13, 8, 10, 10], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2018年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "单位：万元", merge_to="H3", border=False)
    xl_put(ws, "A4", "项目名称")
    xl_put(ws, "B4", "蔬菜产业提质增效项目", merge_to="H4")
    xl_put(ws, "A5", "主管部门")
    xl_put(ws, "B5", "蒙阴县农业局", merge_to="D5")
    xl_put(ws, "E5", "实施单位")
    xl_put(ws, "F5", "蒙阴县农业局", merge_to="H5")
    xl_put(ws, "A6", "项目资金", center=True, merge_to="A10")
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    xl_put(ws, "B7", "年度资金总额")
    xl_put(ws, "C7", initial, fmt="#,##0.00", center=True)
    xl_put(ws, "D7", "=SUM(D8:D10)", fmt="#,##0.00", center=True)
    xl_put(ws, "E7", "=SUM(E8:E10)", fmt="#,##0.00", center=True)
    xl_put(ws, "F7", 10, center=True)
    xl_put(ws, "G7", "=E7/D7", fmt="0.00%", center=True)
    xl_put(ws, "H7", "=ROUND(F7*G7,2)", fmt="0.00", center=True)
    for r, (label, a, b, c) in enumerate(MENGYIN_LINES, 8):
        for col, v in zip("BCDEFGH", (label, a, b, c, E, E, E), strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="#,##0.00" if isinstance(v, float) else None, center=col != "B")
    xl_put(ws, "A11", "年度总体目标", center=True, merge_to="A12")
    xl_put(ws, "B11", "预期目标", center=True, merge_to="D11")
    xl_put(ws, "E11", "实际完成情况", center=True, merge_to="H11")
    xl_put(ws, "B12", "建设蔬菜标准化示范基地3,500亩以上，培训新型职业农民2,400人次以上，蔬菜农残抽检合格率98%以上。",
           merge_to="D12")
    xl_put(ws, "E12", "建成蔬菜标准化示范基地3,600亩，带动周边发展设施蔬菜1.15万亩；培训新型职业农民2,460人次；蔬菜"
                      "农残抽检合格率98.6%，化肥使用量同比减少4.6%。", merge_to="H12")
    ws.row_dimensions[12].height = 66
    xl_put(ws, "A13", "绩效指标", center=True)
    xl_put(ws, "B13", "详见“绩效指标”工作表", merge_to="E13")
    xl_put(ws, "F13", f"='绩效指标'!F{2 + len(ind)}", center=True)
    xl_put(ws, "G13", f"='绩效指标'!G{2 + len(ind)}", fmt="0.00", center=True)
    xl_put(ws, "H13", "")
    xl_put(ws, "A14", "总分", center=True, merge_to="E14")
    xl_put(ws, "F14", "=F7+F13", center=True)
    xl_put(ws, "G14", "=H7+G13", fmt="0.00", center=True)
    xl_put(ws, "H14", "优", center=True)
    xl_put(ws, "A16", "填报单位：蒙阴县农业局　　联系人：公××　　联系电话：0539-4271563　　填报日期：2019年3月25日",
           merge_to="H16", border=False)

    wi = wb.create_sheet("绩效指标")
    for col, w in zip("ABCDEFGH", [12, 18, 24, 14, 12, 8, 8, 32], strict=True):
        wi.column_dimensions[col].width = w
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施"], strict=True):
        xl_put(wi, f"{col}1", head, bold=True, center=True)
    for r, row in enumerate(ind, 2):
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(wi, f"{col}{r}", v, center=col in "DEFG")
    end = 2 + len(ind)
    for col, key in (("A", 1), ("B", 2)):
        labels = [r[:key] for r in ind]
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                wi.merge_cells(f"{col}{k + 2}:{col}{j + 2}")
            k = j + 1
    xl_put(wi, f"A{end}", "合计", center=True, merge_to=f"E{end}")
    xl_put(wi, f"F{end}", f"=SUM(F2:F{end - 1})", center=True)
    xl_put(wi, f"G{end}", f"=SUM(G2:G{end - 1})", fmt="0.00", center=True)
    xl_put(wi, f"H{end}", "")
    cached = {
        "xl/worksheets/sheet1.xml": {
            "D7": f"{adjusted:g}", "E7": f"{done}", "G7": repr(float(done) / adjusted), "H7": f"{score}",
            "F13": f"{weights}", "G13": f"{points}", "F14": f"{weights + 10}", "G14": f"{total}"},
        "xl/worksheets/sheet2.xml": {f"F{end}": f"{weights}", f"G{end}": f"{points}"},
    }
    save_xlsx_with_cache(wb, path, cached)


# =========================================================================== 7. qinghai (XLSX, department form; E4)
QINGHAI_SOURCES = [  # 按收入性质分: label, 年初, 全年, 执行 (万元)
    ("一般公共预算财政拨款", "36642.50", "38886.30", "37856.24"),
    ("政府性基金预算财政拨款", "2000.00", "2400.00", "2270.60"),
]
QINGHAI_NATURE = [("基本支出", "6486.52"), ("项目支出", "33640.32")]  # 按支出性质分, 全年执行数 only
QINGHAI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "城乡低保保障人数", "≥18万人", "18.46万人", 10, 10),
    ("产出指标", "数量指标", "特困人员救助供养人数", "≥2.2万人", "2.31万人", 10, 10),
    ("产出指标", "质量指标", "低保资金发放准确率", "100%", "99.6%", 10, 9),
    ("产出指标", "时效指标", "救助资金按月发放率", "100%", "100%", 10, 10),
    ("产出指标", "成本指标", "部门预算支出控制", "≤41286.30万元", "40126.84万元", 10, 10),
    ("效益指标", "社会效益指标", "困难群众基本生活保障", "有效保障", "有效保障", 15, 15),
    ("效益指标", "可持续影响指标", "社会救助信息化水平", "持续提升", "基本实现", 15, 13),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "92.8%", 10, 10),
]
QINGHAI_PRINTED_TOTAL = "97.72"  # E4: 9.72 + 87 = 96.72 under a 总分 of 97.72


def doc_qinghai(path: Path) -> None:
    import openpyxl

    cols = list(zip(*[s[1:] for s in QINGHAI_SOURCES]))
    initial, adjusted, done = (sum(dec(x) for x in c) for c in cols)
    check(sum(dec(v) for _, v in QINGHAI_NATURE) == done, "qinghai nature")
    score = dec(exec_score(done, adjusted))
    check(score + sum(dec(r[6]) for r in QINGHAI_IND) + 1 == dec(QINGHAI_PRINTED_TOTAL), "qinghai E4")
    check(sum(r[5] for r in QINGHAI_IND) == 90, "qinghai weights")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体支出自评表"
    for col, w in zip("ABCDEFGH", [14, 22, 16, 16, 16, 8, 10, 10], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "部门整体支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "部门名称", center=True)
    xl_put(ws, "B3", "青海省民政厅", merge_to="H3")
    xl_put(ws, "A4", "年度预算情况（万元）", center=True, merge_to=f"A{7 + len(QINGHAI_SOURCES) + len(QINGHAI_NATURE)}")
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), strict=True):
        xl_put(ws, f"{col}4", head, center=True)
    line = ["年度资金总额", float(initial), float(adjusted), float(done), 10, pct(done, adjusted), float(score)]
    for col, v in zip("BCDEFGH", line, strict=True):
        xl_put(ws, f"{col}5", v, fmt="#,##0.00" if col in "CDE" else "0.00" if col == "H" else None, center=col != "B")
    xl_put(ws, "B6", "按收入性质分", merge_to="H6")
    r = 7
    for label, a, b, c in QINGHAI_SOURCES:
        for col, v in zip("BCDEFGH", (label, float(dec(a)), float(dec(b)), float(dec(c)), E, E, E), strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="#,##0.00" if isinstance(v, float) else None, center=col != "B")
        r += 1
    xl_put(ws, f"B{r}", "按支出性质分", merge_to=f"H{r}")
    r += 1
    for label, c in QINGHAI_NATURE:
        for col, v in zip("BCDEFGH", (label, E, E, float(dec(c)), E, E, E), strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="#,##0.00" if isinstance(v, float) else None, center=col != "B")
        r += 1
    xl_put(ws, f"A{r}", "年度总体目标", center=True, merge_to=f"A{r + 1}")
    xl_put(ws, f"B{r}", "预期目标", center=True, merge_to=f"D{r}")
    xl_put(ws, f"E{r}", "实际完成情况", center=True, merge_to=f"H{r}")
    xl_put(ws, f"B{r + 1}", "保障全省18万以上城乡低保对象和2.2万以上特困人员基本生活，救助资金按月足额发放，推进社会救助"
                            "信息化建设。", merge_to=f"D{r + 1}")
    xl_put(ws, f"E{r + 1}", "全年保障城乡低保对象18.46万人、特困人员2.31万人，实施临时救助3.62万人次；新建和改造县级"
                            "养老服务中心14个；社会救助信息系统覆盖全部县（市、区）。", merge_to=f"H{r + 1}")
    ws.row_dimensions[r + 1].height = 66
    r += 2
    xl_put(ws, f"A{r}", "绩效指标", center=True, merge_to=f"A{r + len(QINGHAI_IND)}")
    for col, head in zip("BCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                         strict=True):
        xl_put(ws, f"{col}{r}", head, bold=True, center=True)
    first = r + 1
    for k, row in enumerate(QINGHAI_IND):
        for col, v in zip("BCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{first + k}", v, center=col in "EFGH")
    for col, key in (("B", 1), ("C", 2)):
        labels = [x[:key] for x in QINGHAI_IND]
        k = 0
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{first + k}:{col}{first + j}")
            k = j + 1
    end = first + len(QINGHAI_IND)
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(dec(QINGHAI_PRINTED_TOTAL)), fmt="0.00", center=True)
    xl_put(ws, f"A{end + 1}", "自评等级", center=True, merge_to=f"F{end + 1}")
    xl_put(ws, f"G{end + 1}", "优", center=True, merge_to=f"H{end + 1}")
    xl_put(ws, f"A{end + 2}", "填报单位：青海省民政厅规划财务处　　填报日期：2025年3月28日", merge_to=f"H{end + 2}",
           border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 8. xiushan (HTML, rowspan / colspan)
XIUSHAN_SOURCES = [("一般公共预算财政拨款", "8224.30", "8886.70", "8642.18"), ("上年结转", "400.00", "600.00", "573.28")]
XIUSHAN_SPLIT = ("3126.84", "6088.62")  # 基本支出, 项目支出 (prose)


def xiushan_html() -> str:
    cols = list(zip(*[s[1:] for s in XIUSHAN_SOURCES]))
    initial, adjusted, done = (sum(dec(x) for x in c) for c in cols)
    basic, project = (dec(x) for x in XIUSHAN_SPLIT)
    check(basic + project == done, "xiushan split")
    grid = html_table([
        [("项目", 2, 2), ("预算数", 1, 2), ("全年执行数", 2, 1), ("执行率", 2, 1)],
        [("年初预算数", 1, 1), ("调整后预算数", 1, 1)],
        [("合计", 1, 2), (money(initial), 1, 1), (money(adjusted), 1, 1), (money(done), 1, 1), (pct(done, adjusted), 1, 1)],
        [("资金来源", 2, 1)] + [(XIUSHAN_SOURCES[0][0], 1, 1)] + [(money(x), 1, 1) for x in XIUSHAN_SOURCES[0][1:]]
        + [(E, 1, 1)],
        [(XIUSHAN_SOURCES[1][0], 1, 1)] + [(money(x), 1, 1) for x in XIUSHAN_SOURCES[1][1:]] + [(E, 1, 1)],
    ])
    body = "\n".join([
        "<p><strong>一、部门基本情况</strong></p>",
        "<p>　　秀山土家族苗族自治县卫生健康委员会负责全县卫生健康事业发展规划、疾病预防控制、基层卫生、妇幼健康、"
        "人口监测和计划生育服务管理等工作。委机关内设科室11个，纳入本部门预算的所属单位28个。</p>",
        "<p><strong>二、部门预算收支情况</strong></p>",
        f"<p>　　2020年部门年初预算{money(initial)}万元，年中追加{money(adjusted - initial)}万元，调整后预算"
        f"{money(adjusted)}万元。全年支出{money(done)}万元，其中基本支出{money(basic)}万元、项目支出{money(project)}"
        f"万元；年末结转结余{money(adjusted - done)}万元。收支情况见下表（单位：万元）。</p>",
        grid,
        "<p><strong>三、绩效目标完成情况</strong></p>",
        "<p>　　全年家庭医生签约服务12.6万人，重点人群签约率68.4%；65岁以上老年人健康管理3.86万人；适龄儿童国家免疫"
        "规划疫苗接种率98.7%；孕产妇系统管理率95.2%；完成乡镇卫生院标准化建设9个。全年报告法定传染病发病率较上年"
        "下降6.3%。</p>",
        "<p><strong>四、自评结论</strong></p>",
        "<p>　　经对照部门整体支出绩效评价指标体系自评，本部门2020年度部门整体支出绩效自评得分91.5分，等级为优。</p>",
        "<p><strong>五、存在的问题及改进措施</strong></p>",
        "<p>　　（一）存在的问题。一是基层医疗卫生人才短缺，部分村卫生室服务能力不足；二是部分项目资金下达较晚，"
        "支出进度不均衡。</p>",
        "<p>　　（二）改进措施。一是落实乡村医生定向培养和县聘乡用政策；二是加强项目前期储备，按月调度支出进度；"
        "三是强化绩效运行监控结果应用。</p>",
        '<p style="text-align:right">秀山土家族苗族自治县卫生健康委员会</p>',
        '<p style="text-align:right">2021年5月20日</p>',
    ])
    return portal(
        "utf-8", "秀山土家族苗族自治县人民政府", "部门预决算",
        "秀山土家族苗族自治县卫生健康委员会2020年度部门整体支出绩效自评报告",
        ["首页", "政务公开", "法定主动公开内容", "预算/决算", "部门预决算"],
        "发布时间：2021-05-24 15:32　来源：县卫生健康委　浏览次数：1,286　字体：[<a href=\"#\">大</a> "
        "<a href=\"#\">中</a> <a href=\"#\">小</a>]",
        body,
        "<p>主办：秀山土家族苗族自治县人民政府办公室　承办：秀山土家族苗族自治县大数据发展局</p>\n"
        "<p>网站标识码：5002410001　渝ICP备12003861号-1　渝公网安备50024102000112号</p>",
        related=["秀山土家族苗族自治县卫生健康委员会2021年部门预算", "秀山土家族苗族自治县卫生健康委员会2019年度部门决算"])


# =========================================================================== 9. baoting (HTML in GBK, declared gb2312; E2)
BAOTING = {"budget": "1260.00", "central": "720.00", "provincial": "380.00", "local": "160.00", "done": "1186.92"}
BAOTING_STATED_RATE = "95.20"  # E2: 1,186.92 ÷ 1,260.00 = 94.20%


def baoting_html() -> str:
    b = {k: dec(v) for k, v in BAOTING.items()}
    check(b["central"] + b["provincial"] + b["local"] == b["budget"], "baoting levels")
    check(rate(b["done"], b["budget"]) == Decimal("94.20"), "baoting rate")
    body = "\n".join([
        "<p><b>一、项目基本情况</b></p>",
        "<p>　　2017年县教育局实施农村义务教育薄弱学校改造项目，对全县14所农村中小学的校舍、运动场和附属设施进行维修"
        "改造，并为乡村学校配置课桌椅、学生床铺和教学仪器设备。</p>",
        "<p><b>二、项目资金安排和使用情况</b></p>",
        f"<p>　　项目全年预算数{money(b['budget'])}万元，其中中央补助资金{money(b['central'])}万元、省级补助资金"
        f"{money(b['provincial'])}万元、县级配套资金{money(b['local'])}万元，资金已全部拨付到位。截至2017年12月31日，"
        f"项目实际支出{money(b['done'])}万元，预算执行率{BAOTING_STATED_RATE}%，结余{money(b['budget'] - b['done'])}"
        "万元为工程质量保证金。</p>",
        "<p><b>三、绩效目标完成情况</b></p>",
        "<p>　　全年完成校舍维修改造1.26万平方米，新建塑胶运动场3个；为乡村学校配置课桌椅2,400套、学生床铺860张；"
        "项目惠及学生6,820人。项目工程验收合格率100%。</p>",
        "<p><b>四、自评结论</b></p>",
        "<p>　　对照项目绩效目标逐项评分，本项目2017年度自评得分92分，自评等级为优。</p>",
        "<p><b>五、存在的问题</b></p>",
        "<p>　　1.部分学校改造工程开工较晚，工程款支付集中在年底。</p>",
        "<p>　　2.个别学校新配置的设备使用培训不到位。</p>",
        "<p><b>六、整改措施</b></p>",
        "<p>　　1.提前完成项目设计和招标工作，按工程进度及时支付。</p>",
        "<p>　　2.组织学校管理人员和教师开展设备使用培训。</p>",
        '<p align="right">保亭黎族苗族自治县教育局</p>',
        '<p align="right">2018年4月16日</p>',
    ])
    return portal(
        "gb2312", "保亭黎族苗族自治县人民政府", "财政预决算",
        "保亭黎族苗族自治县教育局2017年农村义务教育薄弱学校改造项目绩效自评报告",
        ["首页", "政务公开", "财政预决算"],
        "发布时间：2018-04-20　来源：县教育局　作者：王喆　浏览次数：342",
        body,
        "<p>主办单位：保亭黎族苗族自治县人民政府办公室</p>\n"
        "<p>网站标识码：4600000028　琼ICP备05000726号　琼公网安备46902902000021号</p>")


# =========================================================================== 10. qiongjie (HTML, Word export, <span> figures)
QIONGJIE = {"initial": "486.30", "added": "128.50", "basic": "412.38", "project": "185.88"}


def qiongjie_html() -> str:
    f = {k: dec(v) for k, v in QIONGJIE.items()}
    adjusted, done = f["initial"] + f["added"], f["basic"] + f["project"]
    check((adjusted, done) == (dec("614.80"), dec("598.26")), "qiongjie sums")
    check(rate(done, adjusted) == Decimal("97.31"), "qiongjie rate")
    s = '<span style="font-family:仿宋_GB2312;font-size:16pt">'
    n = '<span lang="EN-US" style="font-family:仿宋_GB2312;font-size:16pt">'

    def p(*parts: str, heading: bool = False) -> str:
        style = "text-indent:32pt;line-height:28pt" if not heading else "line-height:28pt"
        inner = "".join(parts)
        return f'<p class="MsoNormal" style="{style}">{inner}</p>'

    def t(text: str) -> str:
        return f"{s}{text}</span>"

    def num(*pieces: str) -> str:
        return "".join(f"{n}{x}</span>" for x in pieces)

    body = "\n".join([
        p('<b><span style="font-family:黑体;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;一、部门基本情况</span></b>', heading=True),
        p(t("　　琼结县下水乡人民政府辖"), num("6"), t("个行政村，承担全乡经济发展、农牧业生产、基础设施建设、社会事业和"
                                          "基层治理等职责。乡政府内设综合办公室、经济发展办公室等机构，在职干部职工"),
          num("48"), t("人。")),
        p('<b><span style="font-family:黑体;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;二、预算收支情况</span></b>', heading=True),
        p(t("　　2025年我乡年初预算"), num("4", "86.30"), t("&nbsp;万元，年中追加"), num("128", ".50"),
          t("&nbsp;万元，调整后预算"), num("614.8", "0"), t("&nbsp;万元，全部为一般公共预算财政拨款。全年支出"),
          num("598.", "26"), t("&nbsp;万元，其中基本支出"), num("41", "2.38"), t("&nbsp;万元、项目支出"),
          num("185.88"), t("&nbsp;万元；预算执行率"), num("9", "7.31"), t("%，年末结转结余"), num("16.54"),
          t("&nbsp;万元。")),
        p('<b><span style="font-family:黑体;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;三、绩效目标完成情况</span></b>',
          heading=True),
        p(t("　　全年完成青稞种植"), num("1.3"), t("万亩，青稞良种覆盖率"), num("96.5"), t("%；新建和维修农田灌溉渠道"),
          num("8.4"), t("公里；完成农牧民技能培训"), num("326"), t("人次，组织农牧民转移就业"), num("1,0", "42"),
          t("人次，实现劳务收入"), num("862"), t("万元；开展人居环境整治"), num("24"), t("次。")),
        p('<b><span style="font-family:黑体;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;四、自评结论</span></b>', heading=True),
        p(t("　　按照县财政局部门整体支出绩效评价指标体系逐项自评，我乡2025年度部门整体支出绩效自评得分"), num("93"),
          t("分，等级为优。")),
        p('<b><span style="font-family:黑体;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;五、存在的问题</span></b>', heading=True),
        p(t("　　（一）乡级财务人员少，预算编制的精细化程度不高。")),
        p(t("　　（二）部分基础设施项目受高海拔施工期短的影响，年底集中支付。")),
        p('<b><span style="font-family:黑体;font-size:16pt">&nbsp;&nbsp;&nbsp;&nbsp;六、改进措施</span></b>', heading=True),
        p(t("　　（一）加强财务人员业务培训，细化预算编制。")),
        p(t("　　（二）合理安排施工计划，抓住施工黄金期加快项目建设和支付进度。")),
        '<p class="MsoNormal" align="right" style="text-align:right">' + t("琼结县下水乡人民政府") + "</p>",
        '<p class="MsoNormal" align="right" style="text-align:right">' + t("2026年3月16日") + "</p>",
    ])
    return portal(
        "utf-8", "琼结县人民政府", "乡镇信息公开", "琼结县下水乡人民政府2025年度部门整体支出绩效自评报告",
        ["首页", "政务公开", "乡镇信息公开", "下水乡"],
        "发布时间：2026-03-20 10:12　来源：下水乡人民政府　浏览次数：57",
        body,
        "<p>主办：琼结县人民政府办公室</p>\n<p>网站标识码：5405250001　藏ICP备16000198号-2　藏公网安备54052502000016号</p>")


# =========================================================================== 11. shunyi (TXT, GB18030, CRLF, space table; E1)
SHUNYI_ROWS = [  # label, 上年支出数, 年初预算数, 调整后预算数, 本年支出数 (万元)
    ("支出合计", "6386.72", "6248.60", "7026.80", "6812.46"),
    ("  基本支出", "1902.14", E, E, "1986.24"),
    ("    其中：人员经费", "1638.40", E, E, "1712.58"),
    ("          公用经费", "263.74", E, E, "273.66"),
    ("  项目支出", "4484.58", E, E, "4816.22"),
]


def shunyi_text() -> str:
    widths = [26, 12, 12, 14, 12]
    heads = ["项    目", "上年支出数", "年初预算数", "调整后预算数", "本年支出数"]
    rule = "-" * sum(widths)
    lines = [
        "北京市顺义区水务局",
        "2015年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "    顺义区水务局负责全区水资源管理、供水排水、河道管理、防汛抗旱、水土保持和农村水利建设等工作，内设科室",
        "10个，所属事业单位6个，纳入本报告的为局本级及所属全部单位。年末在职人员268人。",
        "",
        "二、预算收支情况",
        "    2015年部门年初预算6,248.60万元，年中追加778.20万元，调整后预算7,026.80万元，其中一般公共预算财政拨款",
        "6,426.80万元、政府性基金预算财政拨款600.00万元。全年支出6,812.46万元，预算执行率96.95%，年末结转结余",
        "214.34万元。收支明细见表1（上年支出数为2014年决算数，仅作对比）。",
        "",
        "                         表1  2015年度部门收支情况表",
        pad("单位：万元", sum(widths), right=True),
        rule,
        "".join(pad(h, w, right=k > 0) for k, (h, w) in enumerate(zip(heads, widths, strict=True))),
        rule,
    ]
    for row in SHUNYI_ROWS:
        lines.append("".join(pad(money(v) if v != E else E, w, right=k > 0) if k else pad(v, w)
                             for k, (v, w) in enumerate(zip(row, widths, strict=True))).rstrip())
    lines += [
        rule,
        "",
        "三、绩效目标完成情况",
        "    全年完成潮白河、箭杆河等重点河道治理12.6公里，清理河道垃圾和障碍物3.2万立方米；新建和改造农村供水管网",
        "46.8公里，解决1.36万农村人口饮水安全问题；完成小型农田水利工程28处，新增节水灌溉面积1.8万亩；城镇污水",
        "处理率达到86.5%。",
        "",
        "四、自评结论",
        "    按照区财政局部门整体支出绩效评价办法，本局2015年度部门整体支出绩效自评得分90.5分，等级为优。",
        "",
        "五、存在的问题",
        "    1.部分水利工程前期手续办理时间长，当年开工晚，资金结转较多。",
        "    2.农村供水设施管护主体责任落实不到位，个别村存在跑冒滴漏现象。",
        "",
        "六、改进措施",
        "    1.提前开展项目储备和前期工作，加快审批手续办理。",
        "    2.落实农村供水设施管护责任和经费，建立长效管护机制。",
        "",
        "                                                      北京市顺义区水务局",
        "                                                         2016年4月18日",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== 12. dangchang (Markdown)
DANGCHANG = {"central": "500.00", "provincial": "200.00", "local": "120.00", "done": "796.54"}
DANGCHANG_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "中药材标准化种植基地", "≥2万亩", "2.16万亩", "15", "15"),
    ("产出指标", "数量指标", "建设产地初加工厂", "≥4个", "4个", "10", "10"),
    ("产出指标", "质量指标", "种苗抽检合格率", "≥95%", "96.8%", "10", "10"),
    ("产出指标", "时效指标", "补助资金兑付时间", "2024年11月底前", "2024年12月", "5", "4"),
    ("产出指标", "成本指标", "每亩种植补助", "≤300元", "300元", "10", "10"),
    ("效益指标", "经济效益指标", "带动种植户户均增收", "≥2000元", "2360元", "15", "15"),
    ("效益指标", "可持续影响指标", "中药材产业链完善程度", "逐步完善", "基本完善", "15", "13"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.6%", "10", "10"),
]


def dangchang_md() -> str:
    f = {k: dec(v) for k, v in DANGCHANG.items()}
    budget = f["central"] + f["provincial"] + f["local"]
    done = f["done"]
    check(rate(done, budget) == Decimal("97.14"), "dangchang rate")
    score = exec_score(done, budget)
    total = dec(score) + sum(dec(r[6]) for r in DANGCHANG_IND)
    check(sum(dec(r[5]) for r in DANGCHANG_IND) == 90, "dangchang weights")
    ind_rows = "\n".join(f"| {' | '.join(r)} |" for r in DANGCHANG_IND)
    return f"""# 宕昌县农业农村局2024年度中药材产业发展项目绩效自评报告

> 来源：宕昌县农业农村局　整理：县财政局绩效股

## 一、项目概况

中药材产业是宕昌县的主导产业。2024年县农业农村局实施中药材产业发展项目，支持当归、党参、黄芪等道地药材标准化
种植基地和产地初加工厂建设，对规模种植主体按亩给予补助。

## 二、项目资金情况

项目全年预算数**{money(budget)}万元**，其中中央财政衔接推进乡村振兴补助资金{money(f['central'])}万元、省级财政资金
{money(f['provincial'])}万元、县级财政资金{money(f['local'])}万元，资金已全部到位。全年实际支出{money(done)}万元，
结余{money(budget - done)}万元，预算执行率**{pct(done, budget)}**[^1]。

| 项目 | 金额（万元） |
| --- | ---: |
| 全年预算数 | {money(budget)} |
| 实际到位资金 | {money(budget)} |
| 全年执行数 | {money(done)} |
| 结余 | {money(budget - done)} |

[^1]: 预算执行率＝全年执行数÷全年预算数×100%。

## 三、绩效目标完成情况

### （一）产出

全年建成中药材标准化种植基地2.16万亩，建设产地初加工厂4个，新增中药材烘干能力1,500吨；种苗抽检合格率96.8%。

### （二）效益

项目带动3,680户种植户参与中药材标准化种植，户均增收2,360元；中药材初加工率较上年提高5.2个百分点。

## 四、绩效指标自评情况

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | ---: | ---: |
| 预算执行 | 预算执行率 | 预算执行率 | 100% | {pct(done, budget)} | 10 | {score} |
{ind_rows}
| **合计** | | | | | **100** | **{total:.2f}** |

经逐项评分，本项目自评得分{total:.2f}分，自评等级为优。

## 五、存在的问题

1. 补助资金兑付涉及面积核查，兑付时间比计划推迟。
2. 初加工企业规模偏小，产业链延伸不足。

## 六、改进措施

1. 提前开展种植面积核查，缩短补助兑付周期。
2. 引进培育中药材精深加工企业，延伸产业链条。
3. 加强项目绩效运行监控，及时纠正执行偏差。

宕昌县农业农村局
2025年3月26日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "tiane-jiaotong-2019.docx": doc_tiane,
        "baoshan-lvhua-2021.docx": doc_baoshan,
        "jinghai-minzheng-2023.docx": doc_jinghai,
        "shouning-linye-2016.docx": doc_shouning,
        "yanbian-shuili-2022.xlsx": doc_yanbian,
        "mengyin-nongye-2018.xlsx": doc_mengyin,
        "qinghai-minzheng-2024.xlsx": doc_qinghai,
        "xiushan-weijian-2020.html": lambda p: write_text(p, xiushan_html()),
        "baoting-jiaoyu-2017.html": lambda p: write_text(p, baoting_html(), encoding="gbk"),
        "qiongjie-xiashui-2025.html": lambda p: write_text(p, qiongjie_html()),
        "shunyi-shuiwu-2015.txt": lambda p: write_text(p, shunyi_text(), encoding="gb18030", newline="\r\n"),
        "dangchang-nongye-2024.md": lambda p: write_text(p, dangchang_md()),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
