"""Regenerate the binary documents (DOCX, XLSX, two PDFs) of the second held-out set.

    .venv/bin/python tests/corpora/heldout2/make_heldout2.py [--out DIR]

The second held-out batch measures how jixiao generalizes to reports it was not
developed on (see README.md beside this file). Every figure is invented; each document
has a hand-checked `NAME.golden.json` beside it, so change a figure here and you must
change its golden. Planted inconsistency in this script: the DOCX indicator whose 得分
exceeds its 分值. Everything else it writes adds up.

The output is byte-stable (tests/corpora/builder: fixed ZIP and core-property dates,
reportlab in invariant mode) and the scanned page is drawn deterministically, so a re-run
leaves the files and their report ids unchanged.
"""

from __future__ import annotations

import io
import struct
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office, pdf  # noqa: E402
from tests.corpora.builder.runs import merged_runs  # noqa: E402

FIXED_TIME = datetime(2024, 10, 8, 9, 30, 0)

DOCX_NAME = "siping-shijian-2022.docx"
XLSX_NAME = "qijiang-shengtai-2020.xlsx"
PDF_DEPT_NAME = "weibin-shuili-2019.pdf"
PDF_SCAN_NAME = "songshan-tuijun-2024.pdf"


# --------------------------------------------------------------------------- DOCX
# Jilin project report with the central 10-column 项目支出绩效自评表. Planted error: the
# 快速检测 indicator scores 12 against a 分值 of 10 (the total 98.63 is the row sum).
DOCX_TITLE = "四平市市场监督管理局2022年度食品安全抽检监测经费项目支出绩效自评报告"
DOCX_PROJECT = "食品安全抽检监测经费"
DOCX_BODY = [
    (
        "P",
        "为落实食品安全“四个最严”要求，根据市财政局《关于开展2022年度市级项目支出绩效自评工作的通知》"
        "（四财绩〔2023〕3号），我局对食品安全抽检监测经费项目开展了绩效自评。自评工作由局计划财务科牵头，"
        "食品安全抽检监测科和市食品检验检测中心配合，采取核查账目、抽查检验报告和问卷调查相结合的方式进行。",
    ),
    ("H1", "一、项目概况"),
    ("H2", "（一）项目基本情况"),
    ("P", "项目名称：" + DOCX_PROJECT),
    ("P", "主管部门：四平市市场监督管理局；实施单位：四平市食品检验检测中心。"),
    (
        "P",
        "本项目为市本级常年性项目，资金主要用于食品安全监督抽检、风险监测、评价性抽检和食用农产品快速检测，"
        "以及抽检结果公布、不合格食品核查处置和相关宣传工作。",
    ),
    ("H2", "（二）项目绩效目标"),
    (
        "P",
        "年度绩效目标为：全年完成食品安全监督抽检不少于3000批次，开展食用农产品快速检测不少于1万批次，"
        "不合格食品核查处置率100%，抽检合格率不低于97%，群众食品安全满意度不低于90%。",
    ),
    ("H1", "二、项目资金使用及管理情况"),
    ("H2", "（一）资金安排和支出情况"),
    (
        "P",
        "2022年该项目年初预算安排320.00万元，全年预算数386.50万元，其中当年财政拨款350.00万元、上年结转资金"
        "36.50万元。截至2022年12月31日，项目实际支出372.18万元，预算执行率96.29%，结余14.32万元，"
        "为第四季度部分委托检验费用尚未结算。",
    ),
    (
        "P",
        "从支出内容看，委托检验费298.46万元，抽样及样品购置费41.20万元，快检试剂耗材采购费24.80万元，"
        "信息公布及宣传费7.72万元。",
    ),
    ("H2", "（二）资金管理情况"),
    (
        "P",
        "项目资金实行专账核算，委托检验服务通过公开招标确定承检机构，检验费按合同约定和检验报告数量分季度"
        "结算。全年未发现截留、挤占、挪用项目资金的情况。",
    ),
    ("H1", "三、项目绩效目标完成情况"),
    ("H2", "（一）产出情况"),
    (
        "P",
        "全年完成食品安全监督抽检3412批次，抽检范围覆盖粮食加工品、肉制品、乳制品、食用农产品等31大类食品；"
        "检出不合格样品57批次，全部完成核查处置，核查处置率100%。开展食用农产品快速检测12860批次，"
        "新建农贸市场快检室8个。全年在市局门户网站公布抽检信息24期，其中22期按时公布。",
    ),
    ("H2", "（二）效益情况"),
    (
        "P",
        "全年食品安全抽检合格率98.33%，依据抽检结果立案查处食品违法案件19件，罚没款63.5万元，全市未发生"
        "重大食品安全事故，食品安全风险隐患排查机制基本完善。",
    ),
    ("H2", "（三）满意度情况"),
    ("P", "委托第三方调查机构开展群众食品安全满意度调查，收回有效问卷1500份，群众食品安全满意度为92.3%。"),
    ("H1", "四、自评结论"),
    ("P", "根据项目支出绩效自评表逐项打分，本项目自评得分98.63分，自评等级为“优”。"),
    ("H1", "五、存在的问题及原因"),
    ("P", "（一）抽检信息公布不够及时。个别批次检验报告出具周期较长，全年有2期抽检信息未能按时公布。"),
    ("P", "（二）快检结果运用不足。农贸市场快检数据与监督抽检、日常检查衔接不够，问题线索转化率不高。"),
    ("H1", "六、下一步改进措施"),
    ("P", "（一）督促承检机构压缩检验周期，建立抽检信息公布台账，确保按期公布。"),
    ("P", "（二）搭建快检数据汇总平台，将快检不合格信息及时推送执法机构跟踪处置。"),
    ("P", "（三）科学制定抽检计划，加大高风险品种和薄弱环节抽检力度，提高问题发现率。"),
]
DOCX_SIGNATURE = ["四平市市场监督管理局", "2023年3月15日"]
DOCX_FUNDS = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ("年度资金总额", "320.00", "386.50", "372.18", "10", "96.29%", "9.63"),
    ("其中：当年财政拨款", "320.00", "350.00", "338.68", "—", "—", "—"),
    ("上年结转资金", "", "36.50", "33.50", "—", "—", "—"),
    ("其他资金", "", "", "", "—", "—", "—"),
]
DOCX_GOAL = (
    "全年完成食品安全监督抽检不少于3000批次，食用农产品快速检测不少于1万批次，不合格食品核查处置率100%，"
    "抽检合格率不低于97%，群众食品安全满意度不低于90%。"
)
DOCX_DONE = (
    "完成监督抽检3412批次，食用农产品快速检测12860批次，不合格食品核查处置率100%，抽检合格率98.33%，"
    "群众食品安全满意度92.3%。"
)
DOCX_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次", "3412批次", "15", "15", ""),
    (
        "产出指标",
        "数量指标",
        "食用农产品快速检测批次",
        "≥10000批次",
        "12860批次",
        "10",
        "12",
        "超额完成年度目标",
    ),
    ("产出指标", "质量指标", "不合格食品核查处置率", "100%", "100%", "10", "10", ""),
    (
        "产出指标",
        "时效指标",
        "抽检信息按时公布率",
        "≥95%",
        "91.67%",
        "5",
        "4",
        "个别批次检验周期长，公布滞后",
    ),
    ("产出指标", "成本指标", "单批次监督抽检平均检验费用", "≤1100元", "986元", "10", "10", ""),
    ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥97%", "98.33%", "15", "15", ""),
    (
        "效益指标",
        "可持续影响指标",
        "食品安全风险隐患排查机制",
        "持续完善",
        "基本完善",
        "15",
        "13",
        "快检数据运用不足",
    ),
    ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥90%", "92.3%", "10", "10", ""),
]
DOCX_TOTAL = ("100", "98.63", "优")


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    office.set_core(doc.core_properties, author="计划财务科", title=DOCX_TITLE)
    office.centred_title(doc, DOCX_TITLE, 16)
    for style, text in DOCX_BODY:
        if style == "H1":
            doc.add_heading(text, level=1)
        elif style == "H2":
            doc.add_heading(text, level=2)
        else:
            office.indented(doc, text)
    for line in DOCX_SIGNATURE:
        office.aligned(doc, line, "right")
    doc.add_page_break()
    doc.add_paragraph("附件")
    office.centred_title(doc, "项目支出绩效自评表", 14)
    office.aligned(doc, "（2022年度）", "center")
    _docx_central_table(doc)
    office.save_docx(doc, path, FIXED_TIME)


def _docx_central_table(doc) -> None:
    """The central 10-column template; merges first, text after (python-docx joins merged texts)."""
    n_ind = len(DOCX_INDICATORS)
    first_ind = 10
    total_row = first_ind + n_ind
    table = doc.add_table(rows=total_row + 1, cols=10)
    table.style = "Table Grid"
    cell = table.cell
    texts: dict[tuple[int, int], str] = {}

    def span(r0: int, c0: int, r1: int, c1: int, text: str) -> None:
        if (r0, c0) != (r1, c1):
            cell(r0, c0).merge(cell(r1, c1))
        texts[(r0, c0)] = text

    span(0, 0, 0, 1, "项目名称")
    span(0, 2, 0, 9, DOCX_PROJECT)
    span(1, 0, 1, 1, "主管部门")
    span(1, 2, 1, 5, "四平市市场监督管理局")
    texts[(1, 6)] = "实施单位"
    span(1, 7, 1, 9, "四平市食品检验检测中心")
    span(2, 0, 6, 0, "项目资金（万元）")
    span(2, 1, 2, 3, "")
    for c, head in zip(
        range(4, 10), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True
    ):
        texts[(2, c)] = head
    for offset, (label, *values) in enumerate(DOCX_FUNDS):
        row = 3 + offset
        span(row, 1, row, 3, label)
        for c, value in zip(range(4, 10), values, strict=True):
            texts[(row, c)] = value
    span(7, 0, 8, 0, "年度总体目标")
    span(7, 1, 7, 5, "预期目标")
    span(7, 6, 7, 9, "实际完成情况")
    span(8, 1, 8, 5, DOCX_GOAL)
    span(8, 6, 8, 9, DOCX_DONE)
    span(9, 0, total_row - 1, 0, "绩效指标")
    for c, head in zip(
        range(1, 8),
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        strict=True,
    ):
        texts[(9, c)] = head
    span(9, 8, 9, 9, "偏差原因分析及改进措施")
    for offset, values in enumerate(DOCX_INDICATORS):
        row = first_ind + offset
        for c, value in zip(range(1, 8), values[:7], strict=True):
            texts[(row, c)] = value
        span(row, 8, row, 9, values[7])
    for col in (1, 2):
        labels = [v[col - 1] for v in DOCX_INDICATORS]
        for start, end in merged_runs(labels):
            span(first_ind + start, col, first_ind + end, col, labels[start])
    span(total_row, 0, total_row, 5, "总分")
    texts[(total_row, 6)], texts[(total_row, 7)] = DOCX_TOTAL[0], DOCX_TOTAL[1]
    span(total_row, 8, total_row, 9, DOCX_TOTAL[2])
    for (r, c), text in texts.items():
        cell(r, c).text = text


# --------------------------------------------------------------------------- XLSX
# Chongqing 部门整体绩效自评表 variant (a 序号 column, the unit line in the title block,
# float32 noise in numeric cells shown through number formats). Consistent.
XLSX_TITLE = "重庆市綦江区生态环境局2020年度部门整体绩效自评表"
XLSX_DEPARTMENT = "重庆市綦江区生态环境局"
XLSX_BUDGET = (3126.48, 3958.09, 3812.26, 96.32, 10, 9.63)  # 年初, 全年(调整), 执行, 执行率, 权重, 得分
XLSX_TOTAL = 98.08
XLSX_GOAL = (
    "全区空气质量优良天数比例不低于85%，PM2.5年均浓度不高于38微克/立方米，地表水国控断面水质达标率100%，"
    "全年开展生态环境执法检查企业不少于600家次，环境信访投诉办结率不低于98%，群众对生态环境满意度不低于85%。"
)
XLSX_GOAL_ADJ = "执法检查企业调整为不少于650家次，其余目标同年初绩效目标。"
XLSX_DONE = (
    "全年空气质量优良天数比例88.5%，PM2.5年均浓度35微克/立方米，地表水国控断面水质达标率100%；开展生态环境"
    "执法检查企业628家次，查处环境违法案件42件，处罚款386.5万元；环境信访投诉办结率99.2%；危险废物"
    "规范化管理抽查合格率92%，土壤污染重点监管单位自行监测完成率93%；群众对生态环境满意度87.6%。"
)
# 指标名称, 计量单位, 指标性质, 年初指标值, 调整指标值, 全年完成值, 得分系数(%), 指标权重, 指标得分, 是否核心指标
XLSX_INDICATORS = [
    ("空气质量优良天数比例", "%", "定量指标", "≥85%", "≥85%", 88.5, 100, 15, 15, "是"),
    ("PM2.5年均浓度", "微克/立方米", "定量指标", "≤38", "≤38", 35, 100, 10, 10, "是"),
    ("地表水国控断面水质达标率", "%", "定量指标", "=100%", "=100%", "100%", 100, 10, 10, "是"),
    ("生态环境执法检查企业家次", "家次", "定量指标", "≥600", "≥650", 628, 96.62, 10, 9.66, "否"),
    ("环境信访投诉办结率", "%", "定量指标", "≥98%", "≥98%", "99.2%", 100, 5, 5, "否"),
    ("危险废物规范化管理抽查合格率", "%", "定量指标", "≥90%", "≥90%", "92%", 100, 10, 10, "否"),
    ("土壤污染重点监管单位自行监测完成率", "%", "定量指标", "≥95%", "≥95%", "93%", 97.89, 10, 9.79, "是"),
    ("突发环境事件应急处置", None, "定性指标", "及时有效", "及时有效", "及时有效", 100, 5, 5, "否"),
    ("生态环境宣传教育覆盖面", None, "定性指标", "明显扩大", "明显扩大", "有所扩大", 80, 5, 4, "否"),
    ("群众对生态环境满意度", "%", "定量指标", "≥85%", "≥85%", "87.6%", 100, 10, 10, "是"),
]


def _f32(x: float) -> float:
    """The value as a float32 read back into a double: the noise real exports carry (96.31999969482422)."""
    return struct.unpack("f", struct.pack("f", x))[0]


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体绩效自评表(2020)"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")

    put = office.SheetWriter(ws, wrap).put

    put("A1", XLSX_TITLE, "L1")
    ws["A1"].font = Font(size=15, bold=True)
    put("A2", "填报日期：2021年3月22日", "F2", align=left)
    put("G2", "金额单位：万元", "L2", align=Alignment(horizontal="right"))
    put("A3", "主管部门", "B3")
    put("C3", XLSX_DEPARTMENT, "E3")
    put("F3", "财政处室")
    put("G3", "经济建设科", "H3")
    put("I3", "自评总分(分)", "J3")
    put("K3", _f32(XLSX_TOTAL), "L3", fmt="0.00")
    put("A4", "部门联系人", "B4")
    put("C4", "陈**", "E4")
    put("F4", "联系电话")
    put("G4", "023-4866****", "L4")
    put("A5", "部门预算执行情况（万元）", "A6")
    put("B5", "年初预算数", "C5")
    put("D5", "全年(调整)预算数", "E5")
    put("F5", "全年执行数", "G5")
    put("H5", "执行率(%)")
    put("I5", "执行率权重")
    put("J5", "执行率得分(分)", "L5")
    initial, adjusted, executed, rate, weight, score = XLSX_BUDGET
    put("B6", _f32(initial), "C6", fmt="#,##0.00")
    put("D6", _f32(adjusted), "E6", fmt="#,##0.00")
    put("F6", _f32(executed), "G6", fmt="#,##0.00")
    put("H6", _f32(rate), fmt="0.00")
    put("I6", weight, fmt="0")
    put("J6", _f32(score), "L6", fmt="0.00")
    put("A7", "当年绩效目标", "A8")
    put("B7", "年初绩效目标", "E7")
    put("F7", "全年(调整)绩效目标", "H7")
    put("I7", "全年目标实际完成情况", "L7")
    put("B8", XLSX_GOAL, "E8", align=left)
    put("F8", XLSX_GOAL_ADJ, "H8", align=left)
    put("I8", XLSX_DONE, "L8", align=left)
    ws.row_dimensions[8].height = 150
    first = 9
    last = first + len(XLSX_INDICATORS)
    put(f"A{first}", "绩效指标", f"A{last}")
    heads = [
        "序号",
        "指标名称",
        "计量单位",
        "指标性质",
        "年初指标值",
        "调整指标值",
        "全年完成值",
        "得分系数(%)",
        "指标权重(分)",
        "指标得分(分)",
        "是否核心指标",
    ]
    for col, head in zip("BCDEFGHIJKL", heads, strict=True):
        put(f"{col}{first}", head)
    for offset, values in enumerate(XLSX_INDICATORS):
        row = first + 1 + offset
        name, unit, kind, target0, target1, actual, coef, weight_i, score_i, core = values
        put(f"B{row}", offset + 1)
        put(f"C{row}", name)
        if unit:
            put(f"D{row}", unit)
        put(f"E{row}", kind)
        put(f"F{row}", target0)
        put(f"G{row}", target1)
        if isinstance(actual, float):
            put(f"H{row}", _f32(actual), fmt="0.0")
        else:
            put(f"H{row}", actual)
        put(f"I{row}", _f32(coef) if isinstance(coef, float) else coef, fmt="0.00")
        put(f"J{row}", weight_i, fmt="0")
        put(f"K{row}", _f32(score_i) if isinstance(score_i, float) else score_i, fmt="0.00")
        put(f"L{row}", core)
    note = last + 1
    put(
        f"A{note}",
        "说明：1.定量指标得分系数=全年完成值÷调整指标值×100%（反向指标取倒数），最高为100%；定性指标按完成程度分档"
        "确定得分系数。2.自评总分=执行率得分+各项指标得分之和。",
        f"L{note}",
        align=left,
    )
    ws.row_dimensions[note].height = 36
    for row in ws.iter_rows(min_row=3, max_row=last):
        for c in row:
            c.border = border
    for col, width in zip("ABCDEFGHIJKL", [10, 6, 26, 12, 10, 11, 11, 11, 10, 10, 10, 10], strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "重庆市预算绩效管理系统"
    office.save_xlsx(wb, path, FIXED_TIME)


# --------------------------------------------------------------------------- PDF (department)
# Shaanxi department-wide report, 4 pages, a ruled table of the department's projects.
# Consistent: the project rows add up to 项目支出 and every rate is executed ÷ budget.
PDF_DEPT_TITLE = "宝鸡市渭滨区水利局2019年度部门整体支出绩效自评报告"
PDF_DEPT_HEADER = "渭滨区水利局部门整体支出绩效自评报告（2019年度）"
PDF_DEPT_BODY = [
    (
        "P",
        "根据宝鸡市渭滨区财政局《关于开展2019年度部门整体支出绩效自评工作的通知》（渭财发〔2020〕9号）要求，"
        "我局组织局机关各股室和下属事业单位，对照部门整体支出绩效评价指标体系，通过查阅资料、核对账目、实地"
        "查看和问卷调查等方式，对2019年度部门整体支出情况进行了自评。现将自评情况报告如下。",
    ),
    ("H", "一、部门基本情况"),
    ("H", "（一）主要职能"),
    (
        "P",
        "渭滨区水利局是区政府主管全区水行政工作的工作部门，主要负责全区水资源的统一管理和保护，组织实施水利"
        "工程建设与运行管理，承担河道管理、防汛抗旱、农村饮水安全、水土保持和农田水利等工作，并承担区河长制"
        "办公室日常工作。",
    ),
    ("H", "（二）机构设置及人员情况"),
    (
        "P",
        "局机关内设办公室、水政水资源股、工程建设管理股、农村水利股4个股室，下属区水利工作队、区水土保持工作"
        "站、区河道管理站3个事业单位。2019年末编制人数58人，实有在职人员54人，离退休人员31人。",
    ),
    ("H", "（三）部门整体绩效目标"),
    (
        "P",
        "2019年度部门整体绩效目标为：完成清姜河渭滨段中小河流治理不少于12公里，巩固提升农村饮水安全工程20处"
        "以上，治理水土流失面积不少于18平方公里，实现河长巡河全覆盖，汛期不发生因洪涝灾害造成的人员伤亡，"
        "群众满意度达到90%以上。",
    ),
    ("H", "二、部门预算收支情况"),
    ("H", "（一）预算安排情况"),
    (
        "P",
        "2019年度我局批复年初预算2,541.40万元，年中追加预算544.32万元，调整后全年预算数为3,085.72万元。全年预算中，"
        "一般公共预算财政拨款2,695.72万元，政府性基金预算拨款300.00万元，上年结转资金90.00万元。",
    ),
    ("H", "（二）预算执行情况"),
    (
        "P",
        "2019年度部门实际支出2,972.15万元，其中：基本支出1,046.83万元，包括人员经费912.37万元、日常公用经费134.46万元；"
        "项目支出金额合计为1,925.32万元。全年预算执行率96.32%，年末结转结余113.57万元，主要是水利工程运行管护项目中部分"
        "维修工程年底完工，尚未办理竣工结算。",
    ),
    ("H", "（三）项目支出情况"),
    (
        "P",
        "2019年我局共实施项目6个，涉及防洪治理、农村饮水、水土保持、山洪灾害防治、河长制和工程管护等方面，"
        "各项目预算及执行情况如下表。",
    ),
    ("TABLE", ""),
    ("NOTE", "注：执行率=全年执行数÷全年预算数×100%。"),
    ("H", "（四）资金管理情况"),
    (
        "P",
        "我局严格执行《宝鸡市渭滨区水利局财务管理制度》和项目资金管理办法，项目资金实行专账核算、专款专用，"
        "工程类项目按合同约定和工程进度拨付资金，大额资金支付实行集体研究。严格控制“三公”经费支出，公务接待、"
        "公务用车运行维护等支出均控制在预算之内。全年未发现截留、挤占、挪用项目资金的情况。",
    ),
    ("H", "三、部门绩效目标完成情况"),
    ("H", "（一）产出情况"),
    (
        "P",
        "一是防洪能力持续提升。完成清姜河渭滨段中小河流治理12.6公里，新建加固堤防8.4公里，治理河段防洪标准达到"
        "20年一遇。二是农村饮水安全巩固提升。完成23处农村供水工程提质改造，新建改造供水管网46.5公里，受益人口"
        "3.2万人。三是水土保持和山洪灾害防治扎实推进。完成水土流失综合治理面积18.3平方公里，维护山洪灾害自动监测"
        "站点58处，汛期发布预警信息136条。四是河长制全面落实。区、镇、村三级河长累计巡河4,862人次，清理河道垃圾"
        "1,260吨，拆除河道违法建筑17处。五是工程运行管护持续加强。全年维修加固小型水库2座、塘坝11处，完成农田灌溉"
        "渠道清淤32.5公里。",
    ),
    ("H", "（二）效益情况"),
    (
        "P",
        "通过项目实施，全区农村自来水普及率达到96.8%，较上年提高2.3个百分点，新增恢复灌溉面积1.6万亩；全年未发生因洪涝灾害造成人员伤亡"
        "的事件，清姜河、塔稍河等主要河道出境断面水质稳定达到Ⅱ类标准，河道面貌明显改善。",
    ),
    ("H", "（三）满意度情况"),
    ("P", "我局在项目受益村组随机发放满意度调查问卷400份，收回有效问卷392份，群众综合满意度为94.1%。"),
    ("H", "四、自评结论"),
    (
        "P",
        "按照部门整体支出绩效评价指标体系逐项打分，我局2019年度部门整体支出绩效自评得分93.4分，自评等级为“优秀”。"
        "扣分原因主要是个别项目预算执行率偏低、部分绩效指标设置不够细化。",
    ),
    (
        "P",
        "分项看，投入类指标得18.5分（满分20分），过程类指标得23.6分（满分25分），产出类指标得29.3分（满分"
        "30分），效果类指标得22.0分（满分25分）。",
    ),
    ("H", "五、存在的问题"),
    (
        "P",
        "（一）项目前期工作不够充分。水利工程运行管护项目年中追加资金较多，部分维修工程开工较晚，全年执行率仅为"
        "82.92%。",
    ),
    (
        "P",
        "（二）绩效目标设置不够细化。个别项目的绩效目标以定性描述为主，量化指标偏少，影响了自评结果的准确性。",
    ),
    ("H", "六、改进措施"),
    ("P", "（一）加强项目前期论证和储备，提前做好工程设计和招标准备，加快项目实施和资金支付进度。"),
    ("P", "（二）完善绩效目标管理，细化量化各项目的产出和效益指标，做到目标可衡量、可考核。"),
    ("P", "（三）强化自评结果应用，将自评结果作为以后年度预算安排的重要依据。"),
    ("SIGN", "宝鸡市渭滨区水利局"),
    ("SIGN", "2020年4月10日"),
]
PDF_DEPT_PROJECTS = [  # 项目名称, 年初预算数, 全年预算数, 全年执行数, 执行率
    ("清姜河中小河流治理", "600.00", "820.00", "806.45", "98.35%"),
    ("农村饮水安全巩固提升", "380.00", "452.60", "431.18", "95.27%"),
    ("水土保持综合治理", "260.00", "260.00", "248.30", "95.50%"),
    ("山洪灾害防治运行维护", "96.00", "118.50", "118.50", "100.00%"),
    ("河长制工作经费", "85.00", "85.00", "80.75", "95.00%"),
    ("水利工程运行管护", "120.00", "289.62", "240.14", "82.92%"),
]


def _layout(font: str, margins: tuple[float, float, float]) -> pdf.LineLayout:
    """This batch breaks lines anywhere, figures included (`1,2` / `86.45`), on 26-point lines."""
    return pdf.a4_layout(font, size=13, leading=26, margins=margins, keep_figures=False)


def build_pdf_dept(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    font = fonts.zenhei()
    layout = _layout(font, margins=(24, 22, 25))
    layout.paragraph(PDF_DEPT_TITLE, size=16, leading=30, indent_chars=0, align="center")
    layout.skip(6)
    for kind, text in PDF_DEPT_BODY:
        if kind == "TABLE":
            layout.paragraph(
                "表1  2019年度项目支出预算执行情况表", size=10.5, leading=18, indent_chars=0, align="center"
            )
            layout.paragraph("单位：万元", size=9, leading=14, indent_chars=0, align="right")
            rows = [["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
            rows += [list(r) for r in PDF_DEPT_PROJECTS]
            table = Table(rows, colWidths=[150, 72, 72, 72, 66], rowHeights=20)
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), font, 10.5),
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                        ("ALIGN", (0, 0), (0, 0), "CENTER"),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ]
                )
            )
            layout.flowable(table, gap=4)
        elif kind == "NOTE":
            layout.paragraph(text, size=9, leading=18, indent_chars=0)
        elif kind == "H":
            layout.paragraph(
                text, indent_chars=0 if text.startswith(("一", "二", "三", "四", "五", "六")) else 2
            )
        elif kind == "SIGN":
            layout.paragraph(text, indent_chars=0, align="right")
        else:
            layout.paragraph(text)
    furniture = pdf.running(font, lambda n, m: f"第{n}页 共{m}页", header=PDF_DEPT_HEADER)
    pdf.render(path, layout, PDF_DEPT_TITLE, "渭滨区水利局", furniture)


# --------------------------------------------------------------------------- PDF (scanned page)
# Inner Mongolia project report: text page, an image-only page (a printed page scanned
# back in, no text layer), text page. Status partial; the figures that can be read add up.
PDF_SCAN_TITLE = "赤峰市松山区退役军人事务局2024年度优抚对象抚恤补助资金项目支出绩效自评报告"
PDF_SCAN_PAGE1 = [
    (
        "P",
        "按照松山区财政局关于开展2024年度项目支出绩效自评工作的统一部署，我局对优抚对象抚恤补助资金的使用管理和"
        "绩效目标完成情况进行了自评，现将有关情况报告如下。",
    ),
    ("H", "一、项目基本情况"),
    (
        "P",
        "优抚对象抚恤补助资金用于按标准向辖区内残疾军人、烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人、"
        "带病回乡退伍军人和参战参试退役人员等重点优抚对象按月发放抚恤补助，资金由中央、自治区和区本级共同承担。"
        "项目主管部门和实施单位均为松山区退役军人事务局。",
    ),
    ("H", "二、项目资金情况"),
    (
        "P",
        "2024年项目全年预算数1,486.35万元，其中中央财政资金1,102.60万元、自治区资金231.45万元、区本级资金"
        "152.30万元，实际到位资金1,486.35万元，资金到位率100%。截至2024年12月31日，项目实际支出1,471.18万元，"
        "预算执行率98.98%，年末结余15.17万元，主要为部分优抚对象年内去世后停发的抚恤补助。",
    ),
    (
        "P",
        "资金管理方面，我局严格执行《军人抚恤优待条例》和自治区优抚对象抚恤补助资金管理办法，抚恤补助资金通过"
        "惠民惠农财政补贴资金“一卡通”系统直接发放到优抚对象个人账户，实行专账核算、专款专用。",
    ),
]
PDF_SCAN_PAGE2 = [  # what the scanned page shows (as pixels only): H heading, P paragraph start, C continued line
    ("H", "三、项目绩效目标完成情况"),
    ("H", "（一）产出情况"),
    ("P", "全年按月足额发放重点优抚对象抚恤补助，共保障优抚对象2867人，"),
    ("C", "其中残疾军人412人、“三属”人员186人、在乡复员军人和带病回乡"),
    ("C", "退伍军人1034人、参战参试退役人员1235人。全年新增认定优抚对象"),
    ("C", "57人，办理抚恤关系转移43件，抚恤补助发放准确率100%。"),
    ("H", "（二）效益情况"),
    ("P", "优抚对象生活水平稳步提高，抚恤补助标准按规定及时调整到位，"),
    ("C", "未发生因抚恤补助发放引发的信访事件。"),
    ("H", "（三）满意度情况"),
    ("P", "随机电话回访优抚对象320人，满意度为97.5%。"),
]
PDF_SCAN_PAGE3 = [
    ("H", "四、自评结论"),
    (
        "P",
        "根据项目支出绩效自评表逐项评分，优抚对象抚恤补助资金项目自评得分96.2分，等级为“优”。扣分原因是个别优抚"
        "对象身份变化后停发不够及时。",
    ),
    ("H", "五、存在的问题"),
    ("P", "1.优抚对象信息动态管理不够及时，个别对象身份变化信息更新滞后，影响停发、补发的及时性。"),
    ("P", "2.资金发放与数据比对工作量大，基层退役军人服务站工作力量相对不足。"),
    ("H", "六、改进措施"),
    ("P", "1.建立与民政、公安、医保等部门的数据共享比对机制，每季度开展一次优抚对象信息核查。"),
    ("P", "2.加强基层退役军人服务站人员业务培训，提高抚恤补助审核发放效率。"),
    ("SIGN", "赤峰市松山区退役军人事务局"),
    ("SIGN", "2025年3月20日"),
]


def _scanned_page():
    """A grey, slightly skewed raster of a printed page: deterministic pixels, no text layer."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.utils import ImageReader

    width, height = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (width, height), 236)
    draw = ImageDraw.Draw(img)
    body = ImageFont.truetype(str(fonts.WQY_TTC), 34, index=0)
    y = 190
    for kind, line in PDF_SCAN_PAGE2:
        draw.text((218 if kind == "P" else 150, y), line, font=body, fill=28)
        y += 74 if kind == "H" else 68
    draw.text((560, 1620), "- 2 -", font=body, fill=40)
    for k in range(0, height, 7):  # faint scanner banding
        draw.line([(0, k), (width, k)], fill=232 if k % 3 else 238)
    img = img.rotate(0.6, resample=Image.Resampling.BICUBIC, fillcolor=250).filter(
        ImageFilter.GaussianBlur(0.6)
    )
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=False)
    buffer.seek(0)
    return ImageReader(buffer)


def build_pdf_scan(path: Path) -> None:
    font = fonts.zenhei()
    layout = _layout(font, margins=(26, 24, 26))
    layout.paragraph(PDF_SCAN_TITLE, size=16, leading=28, indent_chars=0, align="center")
    layout.skip(8)
    styles = {"H": pdf.Block(indent_chars=0), "SIGN": pdf.Block(indent_chars=0, align="right"), "P": pdf.Block()}
    pdf.lay_blocks(layout, PDF_SCAN_PAGE1, styles, {})
    layout.image_page(_scanned_page())
    pdf.lay_blocks(layout, PDF_SCAN_PAGE3, styles, {})
    pdf.render(path, layout, PDF_SCAN_TITLE, "松山区退役军人事务局", pdf.running(font, lambda n, m: f"- {n} -"))


def main(argv: list[str] | None = None) -> None:
    builders = {
        DOCX_NAME: build_docx,
        XLSX_NAME: build_xlsx,
        PDF_DEPT_NAME: build_pdf_dept,
        PDF_SCAN_NAME: build_pdf_scan,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
