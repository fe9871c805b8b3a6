"""Regenerate the binary sample reports (DOCX, XLSX, PDF) of this folder.

    .venv/bin/python samples/make_binary_samples.py [--out DIR]

The reports are written for jixiao's demo and tests; their figures are invented
but consistent (every stated sum and rate adds up), and each has a hand-written
`NAME.golden.json` beside it. Change a figure here and you must change its golden.

The output is byte-stable: the shared document builder of the test corpora
(tests/corpora/builder) gives ZIP entries and Office core properties a fixed timestamp
and runs reportlab in invariant mode, so a re-run leaves `git status` clean and report
ids (sha256 of the bytes) unchanged.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, forms, office, pdf  # noqa: E402

FIXED_TIME = datetime(2024, 5, 6, 9, 30, 0)

DOCX_NAME = "linyi-gongwei-2023.docx"
XLSX_NAME = "sichuan-yaojian-2024.xlsx"
PDF_NAME = "huangshan-fanghuo-2020.pdf"


# --------------------------------------------------------------------------- DOCX
DOCX_TITLE = "临沂市卫生健康委员会2023年度基本公共卫生服务补助资金项目支出绩效自评报告"

# (style, text); style "H1"/"H2" are Word headings, "P" a body paragraph,
# "TABLE:funds" / "TABLE:management" mark where a table goes.
DOCX_BODY = [
    ("P", "按照省财政厅、省卫生健康委关于开展2023年度转移支付资金绩效自评工作的通知要求，我委会同市财政局，"
          "对2023年度全市基本公共卫生服务补助资金的分配、使用、管理和绩效目标完成情况进行了自评。现将有关情况报告如下。"),
    ("H1", "一、项目基本情况"),
    ("H2", "（一）项目概况"),
    ("P", "基本公共卫生服务项目由政府出资、基层医疗卫生机构免费向城乡居民提供，包括居民健康档案管理、健康教育、"
          "预防接种、老年人健康管理、慢性病患者健康管理等12类服务。补助资金由中央、省、市县三级财政共同负担，"
          "由市卫生健康委会同市财政局按服务数量和质量考核结果分配到各县区。"),
    ("H2", "（二）资金安排情况"),
    ("P", "2023年全市基本公共卫生服务补助资金全年预算数12,856.40万元。其中：中央财政资金8,426.00万元"
          "（鲁财社指〔2022〕98号提前下达、鲁财社指〔2023〕41号追加下达），省级资金2,518.70万元"
          "（鲁财社指〔2023〕17号），市县配套资金1,911.70万元。全年人均补助标准为89元。"),
    ("H2", "（三）绩效目标"),
    ("P", "年度主要绩效目标为：居民电子健康档案建档率不低于90%，老年人健康管理率不低于62%，"
          "高血压和糖尿病患者规范管理率均不低于62%，服务对象满意度达到85%以上。"),
    ("H1", "二、资金使用及管理情况"),
    ("H2", "（一）资金到位及执行情况"),
    ("P", "各级补助资金已全部下达，实际到位资金12,856.40万元。截至2023年12月31日，全年执行数12,604.27万元，"
          "预算执行率98.04%，结转结余252.13万元，主要是年末考核后拨付的绩效奖补资金，已按规定结转下年使用。"
          "分级次执行情况如下表。"),
    ("TABLE:funds", ""),
    ("H2", "（二）资金管理情况"),
    ("P", "补助资金实行“先预拨、后结算”的拨付方式，县区在年度考核结束后据实清算。我委按季度对县区资金拨付进度"
          "进行调度，全年未发现截留、挤占、挪用补助资金的情况。"),
    ("TABLE:management", ""),
    ("H1", "三、绩效目标完成情况"),
    ("H2", "（一）产出指标完成情况"),
    ("P", "全市累计建立居民电子健康档案986.4万份，电子健康档案建档率91.3%；为112.6万名65岁及以上老年人提供"
          "健康管理服务；规范管理高血压患者63.8万人、2型糖尿病患者24.1万人；0-6岁儿童健康管理率93.6%，"
          "孕产妇系统管理率95.8%。"),
    ("P", "全年开展健康教育讲座4,860场，培训基层医务人员超1.2万人次，向村卫生室拨付基本公共卫生服务补助资金"
          "5,128.36万元，保障了村级服务的正常开展。"),
    ("H2", "（二）效益指标完成情况"),
    ("P", "居民主要健康指标持续改善，重点人群健康管理的连续性明显增强，全市人均预期寿命达到79.6岁。"),
    ("H2", "（三）满意度指标完成情况"),
    ("P", "委托第三方机构开展抽样调查，服务对象满意度为92.7%。"),
    ("H1", "四、自评结论"),
    ("P", "对照转移支付资金绩效自评指标逐项评价，本项目自评绩效等级为“优”，分数为95.2分。扣分的主要原因是"
          "部分县区资金拨付进度偏慢，年末形成一定结转。"),
    ("H1", "五、存在的问题"),
    ("P", "（一）资金拨付进度不均衡。个别县区上半年拨付比例偏低，影响村级服务的开展进度。"),
    ("P", "（二）服务质量有待提高。部分电子健康档案信息更新不及时，存在“建而不用”的情况。"),
    ("P", "（三）基层服务能力不足。村医队伍年龄结构偏大，信息化操作能力较弱。"),
    ("H1", "六、下一步改进措施"),
    ("P", "（一）加快资金拨付。督促县区在资金下达后及时预拨，按季度通报拨付进度。"),
    ("P", "（二）提升服务质量。推进电子健康档案向居民开放，加强档案动态更新和使用。"),
    ("P", "（三）加强队伍建设。分层分类开展基层医务人员培训，提高服务能力和信息化水平。"),
]
DOCX_FUNDS_TABLE = [
    ["资金来源", "全年预算数(A)\n（万元）", "全年执行数(B)\n（万元）", "预算执行率\n(B/A×100%)"],
    ["年度资金总额", "12,856.40", "12,604.27", "98.04%"],
    ["其中：中央财政资金", "8,426.00", "8,301.62", "—"],
    ["省级资金", "2,518.70", "2,463.18", "—"],
    ["市县资金", "1,911.70", "1,839.47", "—"],
]
DOCX_MANAGEMENT_TABLE = [
    ["资金管理情况", "资金是否及时足额下达", "是"],
    ["资金管理情况", "是否按规定用途使用", "是"],
    ["资金管理情况", "是否存在截留、挤占、挪用", "否"],
    ["资金管理情况", "是否建立绩效考核机制", "是"],
]
DOCX_SIGNATURE = ["临沂市卫生健康委员会", "2024年4月12日"]


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    office.set_core(doc.core_properties, author="市卫生健康委规划财务科", title=DOCX_TITLE)
    office.centred_title(doc, DOCX_TITLE, 18)
    for style, text in DOCX_BODY:
        if style == "TABLE:funds":
            office.grid_table(doc, DOCX_FUNDS_TABLE)
            doc.add_paragraph()
        elif style == "TABLE:management":
            table = office.grid_table(doc, DOCX_MANAGEMENT_TABLE)
            last = len(DOCX_MANAGEMENT_TABLE) - 1
            table.cell(0, 0).merge(table.cell(last, 0)).text = DOCX_MANAGEMENT_TABLE[0][0]
            doc.add_paragraph()
        elif style == "H1":
            doc.add_heading(text, level=1)
        elif style == "H2":
            doc.add_heading(text, level=2)
        else:
            office.indented(doc, text)
    for line in DOCX_SIGNATURE:
        office.aligned(doc, line, "right")
    office.page_number_footer(doc)  # "- N -" with a live PAGE field, as Word documents carry it
    office.save_docx(doc, path, FIXED_TIME)


# --------------------------------------------------------------------------- XLSX
XLSX_PROJECT = "51000024R000000036718-药品抽检监测经费"
XLSX_DEPARTMENT = "四川省药品监督管理局"
# label, 年初预算, 调整后预算数, 预算执行数 (元; None = blank cell)
XLSX_FUNDS = [
    ("总额", 3270000, 3506400, 3430837.6),
    ("财政资金", 3150000, 3386400, 3332187.6),
    ("财政专户管理资金", None, None, None),
    ("单位资金", 120000, 120000, 98650),
    ("其他资金", None, None, None),
]
XLSX_RATE, XLSX_RATE_WEIGHT, XLSX_RATE_SCORE = 0.9785, 10, 9.79
XLSX_GOAL = ("完成药品抽检不少于6000批次、医疗器械抽检不少于1200批次，检验报告按时出具率不低于95%，"
             "及时控制抽检发现的问题产品风险，监管对象满意度不低于85%。")
XLSX_DONE = ("全年完成药品抽检6286批次、医疗器械抽检1235批次，抽检任务完成率100%，检验报告按时出具率93.5%；"
             "对抽检发现的不合格产品全部依法处置，风险控制率100%；抽检数据共享率96.4%，监管对象满意度91.3%。")
# 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 偏差原因
XLSX_INDICATORS = [
    ("产出指标", "数量指标", "药品抽检批次", "≥", "6000", "批次", "6286", 15, 15, ""),
    ("产出指标", "数量指标", "医疗器械抽检批次", "≥", "1200", "批次", "1235", 10, 10, ""),
    ("产出指标", "质量指标", "抽检任务完成率", "＝", "100", "%", "100", 10, 10, ""),
    ("产出指标", "时效指标", "检验报告按时出具率", "≥", "95", "%", "93.5", 10, 9,
     "部分进口试剂到货延迟，检验周期延长"),
    ("产出指标", "成本指标", "单批次平均检验成本", "≤", "560", "元/批次", "456.17", 10, 10, ""),
    ("效益指标", "社会效益指标", "问题产品风险控制率", "＝", "100", "%", "100", 15, 15, ""),
    ("效益指标", "可持续影响指标", "抽检数据纳入监管平台共享率", "≥", "90", "%", "96.4", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "监管对象满意度", "≥", "85", "%", "91.3", 10, 10, ""),
]
XLSX_TOTAL = 98.79


def build_xlsx(path: Path) -> None:
    sheet = forms.SichuanSheet(
        sheet_title="项目支出绩效自评表", title_size=16, year_line="（2024年度）", funds_label="预算执行情况（元）\n(10分)",
        project=XLSX_PROJECT, department=XLSX_DEPARTMENT, funds=XLSX_FUNDS, rate=XLSX_RATE, rate_format="0.00%",
        rate_weight=XLSX_RATE_WEIGHT, rate_score=XLSX_RATE_SCORE, rate_reason="部分检验试剂集中采购价格下降形成结余",
        goal=XLSX_GOAL, done=XLSX_DONE, goal_height=90, indicators=XLSX_INDICATORS, total=XLSX_TOTAL,
        filer_line="填报单位：四川省药品监督管理局（规划财务处）　　填报日期：2025年3月20日",
        widths=[10, 10, 12, 22, 8, 14, 14, 14, 8, 8, 22], creator="预算一体化系统",
    )
    office.save_xlsx(forms.sichuan_workbook(sheet), path, FIXED_TIME)


# --------------------------------------------------------------------------- PDF
PDF_TITLE = "黄山市黄山区林业局2020年度森林防火能力提升工程项目支出绩效自评报告"
PDF_BODY = [
    ("P", "根据区财政局《关于开展2020年度区级项目支出绩效自评工作的通知》（黄区财农〔2020〕12号）要求，"
          "我局对2020年度森林防火能力提升工程项目开展了绩效自评，现将自评情况报告如下。"),
    ("H", "一、项目基本情况"),
    ("H", "（一）项目概况"),
    ("P", "黄山区林区面积大、山高坡陡，春秋两季森林防火形势严峻。为落实“十三五”森林防火规划，提升森林火灾"
          "综合防控能力，我局实施森林防火能力提升工程，主要建设内容包括新建森林防火隔离带、购置扑火机具设备、"
          "建设森林防火视频监控点和开展扑火队伍培训演练，同时在林区公布12119森林火警电话，畅通火情报告渠道。"),
    ("H", "（二）资金安排情况"),
    ("P", "项目年初预算420.00万元，加上年结转资金66.00万元，全年预算数为486.00万元，其中当年财政拨款420.00万元，"
          "上年结转资金66.00万元。"),
    ("H", "（三）绩效目标"),
    ("P", "年度绩效目标为：新建森林防火隔离带不少于35公里，购置扑火机具设备不少于260台，开展扑火队伍培训演练"
          "不少于10次，森林火灾受害率控制在0.9‰以内，森林防火预警监测覆盖率达到90%以上，林区群众满意度不低于90%。"),
    ("H", "二、项目资金使用及管理情况"),
    ("P", "截至2020年12月31日，项目全年执行数461.52万元，执行率94.96%，结转结余24.48万元。其中，防火隔离带建设"
          "支出198.40万元，扑火机具购置支出156.32万元，视频监控点建设支出78.60万元，培训演练支出28.20万元。"
          "项目资金实行国库集中支付，严格按合同约定和验收结果支付，专款专用。"),
    ("H", "三、项目绩效目标完成情况"),
    ("H", "（一）产出情况"),
    ("P", "全年新建森林防火隔离带36.2公里，购置风力灭火机、高压水泵等扑火机具268台，建成森林防火视频监控点18个，"
          "组织专业和半专业扑火队伍培训演练12次，培训扑火队员逾450人次。受供货厂家产能影响，设备采购于11月25日"
          "完成，较计划时间有所推迟。"),
    ("H", "（二）效益情况"),
    ("P", "项目实施后，全区森林火灾综合防控能力明显增强，全年森林火灾受害率为0.12‰，森林防火预警监测覆盖率达到"
          "92.4%。各乡镇在重点时段开展入户宣传约1.6万户，群众防火意识进一步提高。"),
    ("H", "（三）满意度情况"),
    ("P", "通过发放调查问卷了解林区群众评价，群众满意度为93%。"),
    ("H", "四、自评结论"),
    ("H", "（一）自评得分"),
    ("P", "96.5分。"),
    ("H", "（二）评价结论"),
    ("P", "根据评分标准，本项目自评结论为“优”。扣分的主要原因是预算执行率未达到100%，设备采购完成时间滞后于计划。"),
    ("H", "五、存在的问题"),
    ("P", "一是项目前期准备不够充分，设备采购招标启动偏晚，导致采购完成时间推迟。"),
    ("P", "二是资金支出进度不够均衡，防火隔离带建设款项集中在年底结算。"),
    ("H", "六、改进措施"),
    ("P", "一是提前谋划项目实施方案，在预算批复后尽早启动政府采购程序。"),
    ("P", "二是加强项目实施过程管理，按月跟踪工程和采购进度，均衡资金支付。"),
    ("P", "三是建立防火设施设备管护制度，确保扑火机具和监控设施长期发挥效益。"),
    ("SIGN", "黄山市黄山区林业局"),
    ("SIGN", "2021年3月15日"),
]
PDF_FUNDS = [
    ["年度资金总额", "486.00", "461.52", "10", "94.96%", "9.5"],
    ["其中：当年财政拨款", "420.00", "398.72", "—", "—", "—"],
    ["上年结转资金", "66.00", "62.80", "—", "—", "—"],
    ["其他资金", "—", "—", "—", "—", "—"],
]
PDF_GOAL = ("新建森林防火隔离带不少于35公里，购置扑火机具设备不少于260台，开展培训演练不少于10次，"
            "森林火灾受害率控制在0.9‰以内。")
PDF_DONE = ("新建隔离带36.2公里，购置扑火机具268台，培训演练12次，森林火灾受害率0.12‰；"
            "设备采购完成时间有所推迟。")
# 一级, 二级, 三级, 分值, 年度指标值, 全年实际值, 得分, 未完成原因分析
PDF_INDICATORS = [
    ("产出指标", "数量指标", "新建森林防火隔离带", "10", "≥35公里", "36.2公里", "10", ""),
    ("产出指标", "数量指标", "购置扑火机具设备", "10", "≥260台", "268台", "10", ""),
    ("产出指标", "数量指标", "扑火队伍培训演练", "10", "≥10次", "12次", "10", ""),
    ("产出指标", "质量指标", "防火隔离带验收合格率", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "设备采购完成时间", "10", "2020年10月底前", "2020年11月25日", "7",
     "厂家产能不足，供货延迟"),
    ("效益指标", "生态效益指标", "森林火灾受害率", "15", "≤0.9‰", "0.12‰", "15", ""),
    ("效益指标", "可持续影响指标", "森林防火预警监测覆盖率", "15", "≥90%", "92.4%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "10", "≥90%", "93%", "10", ""),
]
PDF_TOTAL = "96.5"


def build_pdf(path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    font = fonts.zenhei_or_stsong()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, firstLineIndent=0, spaceBefore=4)
    title = ParagraphStyle("title", parent=body, fontSize=17, leading=26, alignment=TA_CENTER, firstLineIndent=0)
    sign = ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK", alignment=TA_CENTER)

    def running(canvas, doc) -> None:
        width, height = pdf.A4
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 14 * pdf.MM, PDF_TITLE)
        canvas.line(20 * pdf.MM, height - 16 * pdf.MM, width - 20 * pdf.MM, height - 16 * pdf.MM)
        canvas.setFont(font, 11)
        canvas.drawCentredString(width / 2, 12 * pdf.MM, f"- {doc.page} -")
        canvas.restoreState()

    table = forms.AnhuiTable(
        project="森林防火能力提升工程", department="黄山市黄山区林业局", executor="黄山市黄山区林业局",
        funds=PDF_FUNDS, goal=PDF_GOAL, done=PDF_DONE, indicators=PDF_INDICATORS, total=PDF_TOTAL,
        widths=[50, 58, 84, 46, 64, 64, 34, 66],
    )
    story = [Paragraph(PDF_TITLE, title), Spacer(1, 8)]
    for kind, text in PDF_BODY:
        story.append(Paragraph(text, {"H": head, "SIGN": sign}.get(kind, body)))
    story += [PageBreak(), Paragraph("项目支出绩效目标自评表", title),
              Paragraph("（2020年度）", ParagraphStyle("sub", parent=title, fontSize=12, leading=18)),
              Spacer(1, 6), forms.anhui_table(table, cell)]
    pdf.story_pdf(path, story, PDF_TITLE, "黄山区林业局", margins=(24, 22, 22, 22), on_page=running)


def main(argv: list[str] | None = None) -> None:
    cli.main(HERE, {DOCX_NAME: build_docx, XLSX_NAME: build_xlsx, PDF_NAME: build_pdf}, __doc__, argv)


if __name__ == "__main__":
    main()
