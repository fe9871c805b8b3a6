"""Regenerate the binary documents (DOCX, XLSX, PDF) of the held-out evaluation set.

    .venv/bin/python tests/corpora/heldout/make_heldout.py [--out DIR]

The held-out set measures how jixiao generalizes to reports it was not developed on
(see README.md beside this file). Every figure is invented; each document has a
hand-checked `NAME.golden.json` beside it, so change a figure here and you must change
its golden. Three of the documents carry planted inconsistencies on purpose (the
docx 支付率, the xlsx 总分, the pdf 年度资金总额 row); everything else adds up.

The output is byte-stable (tests/corpora/builder: fixed ZIP and core-property dates,
reportlab in invariant mode), so a re-run leaves the files, and the report ids derived
from their sha256, unchanged.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, forms, office, pdf  # noqa: E402

FIXED_TIME = datetime(2024, 9, 2, 8, 0, 0)

DOCX_NAME = "zhoukou-canlian-2018.docx"
XLSX_NAME = "sichuan-dangan-2022.xlsx"
PDF_NAME = "yongqiao-chengguan-2017.pdf"


# --------------------------------------------------------------------------- DOCX
# Henan-style transfer-payment project report. Planted error: the 资金支付率 98.47%
# equals no ratio of the figures (executed / budget is 96.36%).
DOCX_TITLE = "周口市残疾人联合会2018年度残疾人事业发展补助资金项目支出绩效自评报告"
DOCX_BODY = [
    ("P", "按照省财政厅、省残联关于做好2018年度中央和省级转移支付资金绩效自评工作的要求，市残联会同市财政局，"
          "对全市2018年度残疾人事业发展补助资金的下达、使用、管理和绩效目标实现情况进行了全面自评，"
          "现将自评情况报告如下。"),
    ("H1", "一、项目基本情况"),
    ("P", "项目名称：残疾人事业发展补助资金"),
    ("P", "主管部门：周口市残疾人联合会　　实施单位：各县（市、区）残疾人联合会"),
    ("P", "残疾人事业发展补助资金是中央和省级财政为支持地方发展残疾人康复、职业培训、托养服务和无障碍环境建设"
          "等事业安排的转移支付资金。资金由市残联会同市财政局按因素法分配到各县（市、区），由县级残联组织实施，"
          "市残联负责业务指导和监督检查。"),
    ("P", "年初设定的绩效目标为：为不少于6500名残疾人提供基本康复服务，完成800户贫困重度残疾人家庭无障碍改造，"
          "开展残疾人职业技能培训不少于1200人，辅助器具适配合格率不低于95%，残疾儿童康复救助覆盖率不低于90%，"
          "受助残疾人满意度达到90%以上。"),
    ("H1", "二、资金投入和使用情况"),
    ("H2", "（一）资金下达情况"),
    ("P", "2018年，全市残疾人事业发展补助资金指标金额是1,826.00万元，实际拨付金额是1,826.00万元。其中：中央财政资金"
          "1,156.00万元（豫财社〔2018〕46号、豫财社〔2018〕97号），省级资金428.00万元（豫财社〔2018〕112号），"
          "市县配套资金242.00万元。"),
    ("H2", "（二）资金支出情况"),
    ("P", "截至2018年12月31日，全市累计支出补助资金1,759.45万元，资金支付率为98.47%，结余66.55万元，"
          "主要是部分县区无障碍改造工程年底完工、尚未完成结算。分级次预算执行情况见下表。"),
    ("TABLE:funds", ""),
    ("P", "从支出方向看，康复服务支出642.30万元，贫困重度残疾人家庭无障碍改造支出487.20万元，职业技能培训支出"
          "214.85万元，辅助器具适配支出256.60万元，托养服务补贴支出158.50万元。"),
    ("H2", "（三）资金管理情况"),
    ("P", "市残联严格执行残疾人事业发展补助资金管理办法，资金实行专账核算、专款专用。各县区对康复、培训和托养"
          "补贴对象实行“县审核、乡公示”，无障碍改造实行入户评估、改造验收和档案管理制度，全年未发现截留、"
          "挤占、挪用资金的问题。"),
    ("H1", "三、绩效目标完成情况"),
    ("H2", "（一）产出指标"),
    ("P", "全年为6,832名残疾人提供基本康复服务，其中为1,025名0-6岁残疾儿童实施康复救助；完成812户贫困重度"
          "残疾人家庭无障碍改造；开展残疾人职业技能培训1,146人，扶持286名残疾人实现创业就业；为残疾人适配"
          "各类辅助器具3,418件，适配合格率97.2%。受培训机构调整影响，职业技能培训人数未达到年度目标。"),
    ("H2", "（二）效益指标"),
    ("P", "残疾儿童康复救助覆盖率达到91.6%，托养服务惠及智力、精神和重度肢体残疾人415人，残疾人基本公共服务"
          "体系逐步完善。"),
    ("H2", "（三）满意度指标"),
    ("P", "市残联组织各县区抽样回访受助残疾人及其家属380名，满意度为94.5%。"),
    ("TABLE:indicators", ""),
    ("H1", "四、自评结论"),
    ("P", "经综合评定，该项目自评结果为95分，等级为“优”。扣分原因：一是职业技能培训人数未完成年度目标；"
          "二是部分县区补助资金拨付不够及时。"),
    ("H1", "五、存在的问题"),
    ("P", "（一）资金拨付进度不均衡。个别县区财政资金到位后未及时拨付到项目实施单位，影响了项目进度。"),
    ("P", "（二）职业培训针对性不强。培训项目与残疾人就业需求结合不够紧密，部分学员参训积极性不高。"),
    ("H1", "六、改进措施"),
    ("P", "（一）建立资金拨付进度月报制度，对拨付滞后的县区进行通报和督办。"),
    ("P", "（二）根据残疾人就业意愿和市场需求设置培训项目，推行订单式培训。"),
    ("P", "（三）加强绩效运行监控，将自评结果作为下一年度资金分配的重要因素。"),
]
DOCX_FUNDS_TABLE = [
    ["资金来源", "全年预算数(A)\n（万元）", "全年执行数(B)\n（万元）", "预算执行率\n(B/A×100%)"],
    ["年度资金总额", "1,826.00", "1,759.45", "96.36%"],
    ["其中：中央财政资金", "1,156.00", "1,118.62", "96.77%"],
    ["省级资金", "428.00", "409.35", "95.64%"],
    ["市县资金", "242.00", "231.48", "95.65%"],
]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析
DOCX_INDICATORS = [
    ("产出指标", "数量指标", "残疾人康复服务人数", "≥6500人", "6832人", "10", "10", ""),
    ("产出指标", "数量指标", "贫困重度残疾人家庭无障碍改造户数", "≥800户", "812户", "10", "10", ""),
    ("产出指标", "数量指标", "残疾人职业技能培训人数", "≥1200人", "1146人", "10", "9", "培训机构调整，开班推迟"),
    ("产出指标", "质量指标", "辅助器具适配合格率", "≥95%", "97.2%", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "93%", "10", "8", "个别县区拨付滞后"),
    ("效益指标", "社会效益指标", "残疾儿童康复救助覆盖率", "≥90%", "91.6%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "残疾人基本公共服务体系", "持续完善", "逐步完善", "15", "13", "托养服务供给仍不足"),
    ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%", "94.5%", "20", "20", ""),
]
DOCX_SIGNATURE = ["周口市残疾人联合会", "2019年3月28日"]


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    office.set_core(doc.core_properties, author="市残联计划财务科", title=DOCX_TITLE)
    office.centred_title(doc, DOCX_TITLE, 16)
    indicator_rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    indicator_rows += [list(row) for row in DOCX_INDICATORS]
    indicator_rows.append(["总分", "", "", "", "", "100", "95", ""])
    for style, text in DOCX_BODY:
        if style == "TABLE:funds":
            office.grid_table(doc, DOCX_FUNDS_TABLE)
            doc.add_paragraph()
        elif style == "TABLE:indicators":
            office.aligned(doc, "残疾人事业发展补助资金绩效目标自评表", "center")
            _indicator_table(doc, indicator_rows)
            doc.add_paragraph()
        elif style == "H1":
            doc.add_heading(text, level=1)
        elif style == "H2":
            doc.add_heading(text, level=2)
        else:
            office.indented(doc, text)
    for line in DOCX_SIGNATURE:
        office.aligned(doc, line, "right")
    office.save_docx(doc, path, FIXED_TIME)


def _indicator_table(doc, rows: list[list[str]]) -> None:
    """Repeated 一级/二级 labels merged vertically and the 总分 row merged across, as printed tables do."""
    table = office.grid_table(doc, rows)
    body = rows[1:-1]
    for col in (0, 1):
        office.merge_column_runs(table, col, 1, [row[col] for row in body])
    last = len(rows) - 1
    table.cell(last, 0).merge(table.cell(last, 4)).text = "总分"


# --------------------------------------------------------------------------- XLSX
# Sichuan 部门预算项目支出绩效自评表 in 元. Planted error: the indicator scores
# (9.77 + 88 = 97.77) are one point short of the stated 总分 98.77.
XLSX_PROJECT = "51000022R000000027315-馆藏档案数字化加工经费"
XLSX_DEPARTMENT = "四川省档案馆"
XLSX_FUNDS = [  # label, 年初预算, 调整后预算数, 预算执行数 (元; None = blank cell)
    ("总额", 2860000, 3120000, 3046712.5),
    ("财政资金", 2760000, 3020000, 2951212.5),
    ("财政专户管理资金", None, None, None),
    ("单位资金", 100000, 100000, 95500),
    ("其他资金", None, None, None),
]
XLSX_RATE, XLSX_RATE_WEIGHT, XLSX_RATE_SCORE = "97.65%", 10, 9.77
XLSX_GOAL = ("完成馆藏纸质档案数字化加工不少于320万页、音像档案数字化不少于1500小时，数字化成果质检合格率不低于99%，"
             "数字档案在线查阅利用不少于5万人次，档案利用者满意度不低于90%。")
XLSX_DONE = ("全年完成馆藏纸质档案数字化加工328.6万页、音像档案数字化1526小时，成果质检合格率99.6%；受外包服务商"
             "人员调整影响，加工任务按期完成率92%；数字档案在线查阅利用58732人次，档案利用者满意度95.2%。")
XLSX_INDICATORS = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 偏差原因
    ("产出指标", "数量指标", "纸质档案数字化加工页数", "≥", "320", "万页", "328.6", 20, 20, ""),
    ("产出指标", "数量指标", "音像档案数字化时长", "≥", "1500", "小时", "1526", 10, 10, ""),
    ("产出指标", "质量指标", "数字化成果质检合格率", "≥", "99", "%", "99.6", 15, 15, ""),
    ("产出指标", "时效指标", "加工任务按期完成率", "＝", "100", "%", "92", 10, 8, "外包服务商人员调整，部分批次延期交付"),
    ("产出指标", "成本指标", "单页加工成本", "≤", "0.85", "元/页", "0.82", 5, 5, ""),
    ("效益指标", "社会效益指标", "数字档案在线查阅利用人次", "≥", "50000", "人次", "58732", 15, 15, ""),
    ("效益指标", "可持续影响指标", "数字化成果长期保存", "定性", "长期安全保存", "", "安全保存", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥", "90", "%", "95.2", 10, 10, ""),
]
XLSX_TOTAL = 98.77


def build_xlsx(path: Path) -> None:
    sheet = forms.SichuanSheet(
        sheet_title="绩效自评表", title_size=15, year_line="（2022年度）", funds_label="预算执行情况\n（元）\n(10分)",
        project=XLSX_PROJECT, department=XLSX_DEPARTMENT, funds=XLSX_FUNDS, rate=XLSX_RATE, rate_format=None,
        rate_weight=XLSX_RATE_WEIGHT, rate_score=XLSX_RATE_SCORE, rate_reason="部分音像档案数字化批次延至次年验收付款",
        goal=XLSX_GOAL, done=XLSX_DONE, goal_height=96, indicators=XLSX_INDICATORS, total=XLSX_TOTAL,
        filer_line="填报单位：四川省档案馆（办公室）　　联系人：王某　　填报日期：2023年3月9日",
        widths=[10, 10, 12, 24, 8, 14, 14, 14, 8, 8, 24], creator="四川省预算管理一体化系统",
    )
    office.save_xlsx(forms.sichuan_workbook(sheet), path, FIXED_TIME)


# --------------------------------------------------------------------------- PDF
# Anhui 绩效目标自评表 after two pages of narrative. Planted error: the funds table's
# 年度资金总额 row is all zeros while its 其中 rows carry the amounts.
PDF_TITLE = "宿州市埇桥区城市管理局2017年度城区环卫保洁市场化运营项目支出绩效自评报告"
PDF_BODY = [
    ("P", "根据区财政局《关于开展2017年度项目支出绩效自评工作的通知》（埇财绩〔2018〕4号）要求，我局对城区环卫"
          "保洁市场化运营项目开展了绩效自评。自评工作由局分管负责同志牵头，财务股、环卫管理股和各片区环卫所共同"
          "参与，采取资料核查、现场抽查和问卷调查相结合的方式进行，现将自评情况报告如下。"),
    ("H", "一、项目基本情况"),
    ("H", "（一）项目概况"),
    ("P", "为提高城区环境卫生作业水平，我区自2017年3月1日起将城区主次干道清扫保洁、生活垃圾清运和公厕保洁管理"
          "以政府购买服务方式交由专业公司承担，作业范围覆盖城区6个街道办事处。项目由局环卫管理股负责日常监管，"
          "各片区环卫所按月对作业质量进行考核，考核结果与服务费拨付挂钩。"),
    ("H", "（二）项目资金安排"),
    ("P", "项目年初预算安排1,486.00万元，加上年结转资金64.20万元，全年预算数1,550.20万元，其中当年财政拨款"
          "1,486.00万元，上年结转资金64.20万元，资金全部纳入区级财政预算管理。"),
    ("H", "（三）项目绩效目标"),
    ("P", "年度绩效目标为：城区道路机械化清扫保洁面积不少于520万平方米，日均清运生活垃圾不少于380吨，46座公厕"
          "全部实行市场化保洁，道路保洁考核达标率不低于95%，生活垃圾日产日清，无害化处理率不低于95%，"
          "市民满意度不低于85%。"),
    ("H", "二、项目资金使用及管理情况"),
    ("P", "截至2017年12月31日，项目支出1,510.98万元，预算执行率97.47%，结转结余39.22万元，为第四季度考核扣款"
          "形成的结余。从支出构成看，道路清扫保洁服务费986.40万元，生活垃圾清运服务费318.26万元，公厕保洁"
          "管理费124.72万元，环卫设施维护费81.60万元。"),
    ("P", "项目资金实行专账核算，服务费按月考核、按季拨付，考核扣款按合同约定从当季服务费中扣除。项目实施过程中"
          "严格执行政府采购程序，未发现截留、挤占、挪用资金的情况。"),
    ("H", "三、项目绩效目标完成情况"),
    ("H", "（一）产出情况"),
    ("P", "全年城区道路机械化清扫保洁面积达到536万平方米，日均清运生活垃圾396吨，46座公厕全部实行市场化保洁。"
          "作业公司共配备洗扫车、高压冲洗车等环卫作业车辆62台，聘用环卫作业人员680余名。全年道路保洁考核达标率"
          "93.8%，未达到年度目标，主要是1月、12月雨雪天气较多，部分背街小巷保洁不及时；生活垃圾日产日清率100%。"),
    ("H", "（二）效益情况"),
    ("P", "城区主次干道和背街小巷保洁实现全天候作业，城区环境卫生面貌明显改善，在全市城市管理季度考评中我区多次"
          "位列前两名。全年生活垃圾无害化处理率达到98.6%。实行市场化运营后，环卫作业人均保洁面积较上年提高约18%，"
          "长效管理机制已基本建立，考核办法有待进一步完善。"),
    ("H", "（三）满意度情况"),
    ("P", "12月中旬，我局在城区各街道随机发放调查问卷600份，收回有效问卷583份，市民对城区环境卫生的满意度为91.2%。"),
    ("H", "四、自评结论"),
    ("P", "根据项目支出绩效目标自评表逐项评分，项目自评分：96.75分，自评等级：优。扣分的主要原因是道路保洁考核"
          "达标率未达到年度目标，市场化运营长效管理机制还不够健全。"),
    ("H", "五、存在的问题"),
    ("P", "（一）作业质量不够均衡。主干道保洁质量较好，背街小巷和城乡结合部保洁频次偏低，雨雪天气应急保洁能力不足。"),
    ("P", "（二）考核机制有待完善。现行考核办法以人工检查为主，考核指标和扣分标准不够细化。"),
    ("H", "六、改进措施"),
    ("P", "（一）督促作业公司增加背街小巷保洁频次，配齐雨雪天气应急保洁设备和人员。"),
    ("P", "（二）修订环卫作业考核办法，细化考核指标，引入视频监控等信息化手段。"),
    ("P", "（三）加强资金支付管理，按考核结果及时足额拨付服务费，提高预算执行率。"),
    ("SIGN", "宿州市埇桥区城市管理局"),
    ("SIGN", "2018年3月26日"),
]
PDF_FUNDS = [  # label, 全年预算数(A), 全年执行数(B), 分值, 执行率(B/A), 得分
    ["年度资金总额", "0.00", "0.00", "10", "97.47%", "9.75"],
    ["其中：当年财政拨款", "1,486.00", "1,452.38", "—", "—", "—"],
    ["上年结转资金", "64.20", "58.60", "—", "—", "—"],
    ["其他资金", "", "", "—", "—", "—"],
]
PDF_GOAL = ("道路机械化清扫保洁面积不少于520万平方米，日均清运生活垃圾不少于380吨，46座公厕实行市场化保洁，"
            "道路保洁考核达标率不低于95%，市民满意度不低于85%。")
PDF_DONE = ("机械化清扫保洁面积536万平方米，日均清运生活垃圾396吨，46座公厕全部市场化保洁，"
            "道路保洁考核达标率93.8%，市民满意度91.2%。")
PDF_INDICATORS = [  # 一级, 二级, 三级, 分值, 年度指标值, 全年实际值, 得分, 未完成原因
    ("产出指标", "数量指标", "城区道路机械化清扫保洁面积", "10", "≥520万平方米", "536万平方米", "10", ""),
    ("产出指标", "数量指标", "日均清运生活垃圾", "10", "≥380吨", "396吨", "10", ""),
    ("产出指标", "数量指标", "市场化保洁公厕数量", "10", "=46座", "46座", "10", ""),
    ("产出指标", "质量指标", "道路保洁考核达标率", "10", "≥95%", "93.8%", "9", "雨雪天气背街小巷保洁不及时"),
    ("产出指标", "时效指标", "生活垃圾日产日清率", "10", "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "城区环境卫生状况", "10", "明显改善", "明显改善", "10", ""),
    ("效益指标", "生态效益指标", "生活垃圾无害化处理率", "10", "≥95%", "98.6%", "10", ""),
    ("效益指标", "可持续影响指标", "环卫作业市场化长效机制", "10", "建立健全", "基本建立", "8", "考核办法尚需完善"),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "10", "≥85%", "91.2%", "10", ""),
]
PDF_TOTAL = "96.75"


def build_pdf(path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    font = fonts.zenhei_or_stsong()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, firstLineIndent=0, spaceBefore=4)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=25, alignment=TA_CENTER, firstLineIndent=0)
    sign = ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10.5, wordWrap="CJK", alignment=TA_CENTER)

    def running(canvas, doc) -> None:
        width, height = pdf.A4
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 13 * pdf.MM, "埇桥区城市管理局项目支出绩效自评报告")
        canvas.line(20 * pdf.MM, height - 15 * pdf.MM, width - 20 * pdf.MM, height - 15 * pdf.MM)
        canvas.setFont(font, 11)
        canvas.drawCentredString(width / 2, 11 * pdf.MM, f"- {doc.page} -")
        canvas.restoreState()

    table = forms.AnhuiTable(
        project="城区环卫保洁市场化运营", department="宿州市埇桥区城市管理局", executor="埇桥区环境卫生管理所",
        funds=PDF_FUNDS, goal=PDF_GOAL, done=PDF_DONE, indicators=PDF_INDICATORS, total=PDF_TOTAL,
        widths=[48, 56, 78, 48, 66, 64, 34, 66],
    )
    story = [Paragraph(PDF_TITLE, title), Spacer(1, 8)]
    for kind, text in PDF_BODY:
        story.append(Paragraph(text, {"H": head, "SIGN": sign}.get(kind, body)))
    story += [PageBreak(), Paragraph("附件：项目支出绩效目标自评表", head),
              Paragraph("（2017年度）", ParagraphStyle("sub", parent=title, fontSize=12, leading=18)),
              Spacer(1, 6), forms.anhui_table(table, cell)]
    pdf.story_pdf(path, story, PDF_TITLE, "埇桥区城市管理局", margins=(22, 20, 24, 24), on_page=running)


def main(argv: list[str] | None = None) -> None:
    cli.main(HERE, {DOCX_NAME: build_docx, XLSX_NAME: build_xlsx, PDF_NAME: build_pdf}, __doc__, argv)


if __name__ == "__main__":
    main()
