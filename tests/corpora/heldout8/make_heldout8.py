#!/usr/bin/env python3
"""Regenerate the heldout8 evaluation batch (16 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout8/make_heldout8.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML, TXT and MD documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability comes from tests/corpora/builder: reportlab runs in invariant mode;
DOCX/XLSX are re-zipped with a fixed entry date and fixed core-property dates;
text files are UTF-8 with LF line ends.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY8"
FIXED_DT = datetime.datetime(2025, 3, 1, 9, 0, 0)
ZIP_MODE = 0o644 << 16


def PDF(path: Path, **layout) -> CanvasPdf:  # noqa: N802 - reads as the document it makes
    return CanvasPdf(path, fonts.zenhei(FONT), **layout)


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
    office.set_core(d.core_properties, author="user", last_modified_by="user", created=FIXED_DT,
                    modified=FIXED_DT, last_printed=FIXED_DT, revision=3, title="")
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
    office.set_core(wb.properties, creator="user", lastModifiedBy="user", created=FIXED_DT, modified=FIXED_DT)
    office.save_xlsx(wb, path, FIXED_DT, external_attr=ZIP_MODE)


def xl_put(ws, ref, value, fmt=None, bold=False, merge_to=None, center=False, size=10):
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    cell.font = Font(name="宋体", size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else None)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    if merge_to:
        ws.merge_cells(f"{ref}:{merge_to}")
        first_col, first_row = ws[ref].column, ws[ref].row
        last = ws[merge_to]
        for row in ws.iter_rows(min_row=first_row, max_row=last.row, min_col=first_col, max_col=last.column):
            for c in row:
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)


# ===========================================================================
# 1. hezuo-nongye-2022.pdf  (甘肃 甘南藏族自治州 合作市; department; running
#    header; 项目支出 cut by the page 2/3 break with footer and header between;
#    a ruled table of three key projects; planted E5: the revenue sources
#    miss 收入合计 by 20.00万元)
# ===========================================================================
def doc_hezuo(path: Path) -> None:
    p = PDF(path, header="合作市农业农村局2022年度部门整体支出绩效自评报告")
    p.title("合作市农业农村局\n2022年度部门整体支出绩效自评报告")
    p.para("根据《合作市财政局关于开展2022年度预算绩效自评工作的通知》（合财绩〔2023〕3号）要求，我局组织"
           "计划财务股和各业务股室，对2022年度部门整体支出情况开展了绩效自评，现将有关情况报告如下。")
    p.heading("一、部门基本情况")
    p.heading("（一）部门职能")
    p.para("合作市农业农村局是甘肃省甘南藏族自治州合作市人民政府工作部门，主要负责全市农牧业发展规划、"
           "耕地和草原保护利用、动物疫病防控、农畜产品质量安全监管、农村改革和乡村振兴等工作，"
           "统筹推进高原特色农牧业发展。")
    p.heading("（二）机构和人员")
    p.para("局机关内设办公室、计划财务股、农村经济发展股、畜牧兽医股等7个股室，下属事业单位4个。"
           "2022年末编制人数86人，实有在职人员81人，退休人员37人。")
    p.heading("（三）年度主要任务")
    p.para("2022年我局围绕保障粮食安全、稳定牦牛藏羊产业、守住不发生区域性重大动物疫情底线三项重点，"
           "组织实施高标准农田建设、畜牧良种补贴、重大动物疫病强制免疫、农村人居环境整治等项目，"
           "推动农牧业提质增效和农牧民持续增收。")
    p.heading("二、部门预算及执行情况")
    p.heading("（一）预算安排")
    p.para("2022年我局年初预算2,846.30万元，年中根据上级项目资金下达情况追加预算412.58万元，"
           "调整后全年预算3,258.88万元。")
    p.heading("（二）收入情况")
    p.para("2022年度本年收入合计3,258.88万元，其中：一般公共预算财政拨款收入2,962.40万元，"
           "政府性基金预算财政拨款收入120.00万元，上年结转资金96.48万元，其他收入60.00万元。")
    p.heading("（三）支出情况")
    p.para("2022年度全年支出3,105.62万元，预算执行率95.30%，年末结转结余153.26万元。从支出结构看，"
           "基本支出1,486.27万元，其中人员经费1,302.15万元、公用经费184.12万元，主要用于保障机关"
           "和下属单位正常运转；项目支出1,6\f19.35万元，主要用于高标准农田建设、畜牧良种补贴、"
           "动物疫病防控、农村人居环境整治等方面。")
    p.heading("（四）项目支出情况")
    p.para("全年实施项目支出1,619.35万元，共涉及项目14个。重点项目执行情况如下表（单位：万元）：")
    p.table([
        ["项目名称", "全年预算数", "执行数", "执行率"],
        ["高标准农田建设项目", "860.00", "842.35", "97.95%"],
        ["牦牛藏羊良种补贴", "236.40", "236.40", "100.00%"],
        ["动物疫病强制免疫补助", "148.20", "139.61", "94.20%"],
    ], widths=[200, 90, 90, 80], style="grid", size=10, align=["l", "r", "r", "r"])
    p.heading("三、绩效目标完成情况")
    p.para("（一）耕地保护和粮食安全。全年新建高标准农田1.2万亩，完成耕地质量等级调查评价样点96个，"
           "项目区灌排条件和田间道路得到明显改善。")
    p.para("（二）畜牧业发展。为养殖户补贴良种牦牛种公牛420头、藏羊种公羊1,850只，完成牲畜口蹄疫等"
           "重大动物疫病免疫86.4万头次，全年未发生区域性重大动物疫情。")
    p.para("（三）农畜产品质量安全。全年抽检农畜产品520批次，抽检合格率99.6%；开展农资市场执法检查"
           "38次，出动执法人员260人次。")
    p.para("（四）乡村振兴和农村改革。实施村庄清洁行动，完成农村户厕改造1,126座，培训高素质农牧民"
           "32期、1,460人次。")
    p.heading("四、自评结论")
    p.para("按照部门整体支出绩效评价指标体系，经逐项对照打分，我局2022年度部门整体支出自评得分93.5分，"
           "自评等级为“优”。")
    p.heading("五、存在的问题")
    p.para("（一）部分上级项目资金下达较晚，支出集中在第四季度，影响了全年支出的均衡性。")
    p.para("（二）绩效目标设置仍偏重数量指标，效益类指标量化程度不高。")
    p.heading("六、改进措施")
    p.para("（一）提前做好项目储备和实施方案编制，资金下达后及时拨付。")
    p.para("（二）细化和量化绩效指标，提高效益指标的可衡量性。")
    p.para("（三）加强评价结果运用，将自评结果作为下年度预算安排的重要参考。")
    p.space(20)
    p.para("合作市农业农村局", indent=False)
    p.para("2023年4月18日", indent=False)
    p.save()


# ===========================================================================
# 2. helong-yiyuan-2023.pdf  (吉林 延边朝鲜族自治州 和龙市; a hospital under
#    the city health bureau; project; narrative pages and a fully ruled
#    central 项目支出绩效自评表 on its own page)
# ===========================================================================
def doc_helong(path: Path) -> None:
    p = PDF(path, size=10.5)
    p.title("和龙市人民医院2023年度医疗服务与保障能力提升\n补助资金项目支出绩效自评报告", size=15)
    p.heading("一、项目基本情况")
    p.para("（一）项目概况。为提升县域医疗服务能力，吉林省延边朝鲜族自治州和龙市人民医院2023年实施"
           "医疗服务与保障能力提升补助资金项目，重点用于购置医学影像、急诊急救等医疗设备，开展新技术"
           "新项目和专业技术人员进修培训。项目主管部门为和龙市卫生健康局。")
    p.para("（二）资金安排。项目年初预算500.00万元，年中追加80.00万元，全年预算数580.00万元。资金来源为"
           "中央财政补助资金380.00万元（吉财社〔2022〕1186号提前下达）、省级补助资金120.00万元、"
           "州市配套资金80.00万元。截至2023年12月31日，资金到位580.00万元。")
    p.para("（三）绩效目标。年度内购置医疗设备不少于12台套，开展新技术新项目不少于5项，门急诊服务量"
           "达到18万人次以上，患者满意度保持在较高水平。")
    p.heading("二、项目资金使用及管理情况")
    p.para("全年执行数563.18万元，预算执行率97.10%，结余16.82万元为设备尾款，将于2024年设备验收后支付。"
           "资金支出中，设备购置支出498.60万元，人员培训支出38.40万元，新技术引进支出26.18万元。")
    p.para("医院严格执行《和龙市人民医院专项资金管理办法》，实行专账核算、专款专用，设备采购全部通过"
           "政府采购程序实施。")
    p.heading("三、项目绩效目标完成情况")
    p.para("（一）产出。全年新购置DR、全自动生化分析仪等医疗设备14台套，全部通过验收；"
           "开展胸痛中心规范化救治、腹腔镜微创手术等新技术新项目6项；选派29名医护人员赴上级医院进修。")
    p.para("（二）效益。全年门急诊19.6万人次，同比增长7.4%；出院患者1.12万人次；县域内就诊率为88.5%，"
           "较上年提高2.1个百分点，因部分危重患者仍需转诊，未达到年度指标值。")
    p.para("（三）满意度。医院委托第三方开展问卷调查，患者满意度为93.2%。")
    p.heading("四、自评结论")
    p.para("根据项目支出绩效自评表（附后），本项目综合得分97.71分，等级为“优”。扣分原因为县域内就诊率"
           "未达到年度指标值，扣2分；预算执行率未达100%，扣0.29分。")
    p.heading("五、存在的问题及改进措施")
    p.para("（一）存在的问题：一是部分设备到货较晚，尾款未能在年内支付；二是专业技术人才短缺，"
           "新设备使用效率有待提高。")
    p.para("（二）改进措施：一是提前开展采购需求论证，合理安排采购时序；二是加大人才引进和培养力度；"
           "三是建立大型设备使用效益分析制度。")
    p.para("和龙市人民医院", indent=False)
    p.para("2024年3月6日", indent=False)
    p.new_page()
    p.para("附件", indent=False)
    p.center("项目支出绩效自评表", size=14)
    p.center("（2023年度）")
    w = [62, 66, 92, 62, 62, 30, 34, 78]
    rows = [
        ["项目名称", ("医疗服务与保障能力提升补助资金", 7)],
        ["主管部门", ("和龙市卫生健康局", 3), "实施单位", ("和龙市人民医院", 3)],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "500.00", "580.00", "563.18", "10", "97.10%", "9.71"],
        ["", "其中：当年财政拨款", "500.00", "580.00", "563.18", "—", "—", "—"],
        ["", "上年结转资金", "", "", "", "—", "—", "—"],
        ["", "其他资金", "", "", "", "—", "—", "—"],
        ["年度总体目标", ("预期目标", 3), ("实际完成情况", 4)],
        ["", ("购置医疗设备不少于12台套，开展新技术新项目不少于5项，门急诊服务量达到18万人次以上，"
              "患者满意度不低于90%。", 3),
         ("设备购置、新技术开展和门急诊服务量目标均已完成，县域内就诊率未达到年度指标值。", 4)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标（50分）", "数量指标", "购置医疗设备数量", "≥12台套", "14台套", "10", "10", ""],
        ["", "数量指标", "开展新技术新项目数", "≥5项", "6项", "10", "10", ""],
        ["", "质量指标", "设备验收合格率", "=100%", "100%", "10", "10", ""],
        ["", "时效指标", "设备采购完成时间", "2023年10月底前", "2023年9月", "10", "10", ""],
        ["", "成本指标", "单台套设备平均采购成本", "≤45万元", "35.61万元", "10", "10", ""],
        ["效益指标（30分）", "社会效益指标", "门急诊人次", "≥18万人次", "19.6万人次", "10", "10", ""],
        ["", "社会效益指标", "县域内就诊率", "≥90%", "88.5%", "10", "8", "部分危重患者需转诊上级医院，下一步加强重点专科建设"],
        ["", "可持续影响指标", "医疗服务能力", "持续提升", "持续提升", "10", "10", ""],
        ["满意度指标（10分）", "服务对象满意度指标", "患者满意度", "≥90%", "93.2%", "10", "10", ""],
        [("总分", 5), "100", "97.71", "自评等级：优"],
    ]
    p.table(rows, widths=w, style="grid", size=8)
    p.save()


# ===========================================================================
# 3. liandu-jiaotong-2020.pdf  (浙江 丽水市 莲都区; district bureau; project;
#    two BORDERLESS tables (columns aligned, no rules at all); spending on three
#    named road sections out of a list cut off by 等)
# ===========================================================================
def doc_liandu(path: Path) -> None:
    p = PDF(path, size=10.5)
    p.title("丽水市莲都区交通运输局\n2020年度农村公路养护工程项目绩效自评报告", size=15)
    p.heading("一、项目概况")
    p.para("农村公路养护工程是莲都区年度民生实事项目，由丽水市莲都区交通运输局组织实施，区公路养护中心"
           "具体承担日常养护作业。项目覆盖全区15个乡镇（街道）的县道、乡道和村道，主要内容为路面病害"
           "修补、边沟清理、安全防护设施完善和水毁抢修。")
    p.heading("二、资金投入和使用情况")
    p.para("2020年项目年初预算1,150.00万元，年度中未作调整。资金来源为省级交通运输发展补助资金"
           "400.00万元（浙财建〔2020〕27号）和区级财政资金750.00万元。全年实际支出1,128.46万元，"
           "预算执行率98.13%。")
    p.para("资金主要用于碧湖至大港头段、雅溪至黄村段、老竹至丽新段等线路的路面修补、边沟清理和安全"
           "设施完善，其中碧湖至大港头段支出186.30万元，雅溪至黄村段支出142.75万元，老竹至丽新段"
           "支出98.40万元。分资金来源的执行情况如下：")
    p.table([
        ["资金来源", "预算数（万元）", "支出数（万元）", "执行率"],
        ["省级补助资金", "400.00", "400.00", "100.00%"],
        ["区级财政资金", "750.00", "728.46", "97.13%"],
        ["合计", "1,150.00", "1,128.46", "98.13%"],
    ], widths=[150, 110, 110, 90], style="none", size=10, align=["l", "r", "r", "r"])
    p.heading("三、绩效目标完成情况")
    p.para("全年养护农村公路436.8公里，完成路面修补1.86万平方米，清理边沟310公里，更换和新增波形护栏"
           "4,250米，处治塌方37处；经年度路况检测，优良中等路比例达到84.6%，比上年提高3.2个百分点。"
           "绩效指标完成情况如下：")
    p.table([
        ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护农村公路里程", "≥420公里", "436.8公里", "15", "15"],
        ["产出指标", "质量指标", "优良中等路比例", "≥80%", "84.6%", "15", "15"],
        ["产出指标", "时效指标", "养护任务完成时间", "2020年12月底前", "2020年12月", "10", "10"],
        ["产出指标", "成本指标", "每公里养护成本", "≤2.8万元", "2.58万元", "10", "10"],
        ["效益指标", "社会效益", "农村公路列养率", "=100%", "100%", "10", "10"],
        ["效益指标", "可持续影响", "路况水平保持", "持续保持", "基本保持", "10", "8"],
        ["效益指标", "安全效益", "路域环境整治点位", "≥60处", "52处", "10", "7"],
        ["满意度指标", "满意度", "沿线群众满意度", "≥90%", "91.3%", "10", "10"],
        ["预算执行", "执行率", "预算执行率", "100%", "98.13%", "10", "9.81"],
        ["合计", "", "", "", "", "100", "94.81"],
    ], widths=[58, 58, 100, 80, 66, 32, 36], style="none", size=9)
    p.heading("四、自评结论")
    p.para("对照年初设定的绩效目标，本项目自评得分94.81分，评价等级为优。扣分原因：路域环境整治点位"
           "因汛期水毁抢修占用作业力量未全部完成；个别路段受重载车辆影响，路况有所下降。")
    p.heading("五、存在问题")
    p.para("1.养护资金按里程平均分配，与各线路实际交通量和病害程度匹配不够。")
    p.para("2.乡村道养护仍以人工为主，机械化作业水平不高。")
    p.heading("六、下一步措施")
    p.para("1.建立以路况检测结果为依据的养护资金分配机制。")
    p.para("2.推行农村公路养护市场化，提高机械化养护比例。")
    p.save()


# ===========================================================================
# 4. changji-linye-2022.pdf  (新疆 昌吉回族自治州 昌吉市; project, transfer
#    payment; running header without rule; 全年预算数 stated with the mid-year
#    addition in brackets, 年初预算 elsewhere; a 其中 that is one part only)
# ===========================================================================
def doc_changji(path: Path) -> None:
    p = PDF(path, header="昌吉市林业和草原局", header_rule=False, footer_first=False)
    p.title("昌吉市林业和草原局2022年度退化草原生态修复治理项目\n绩效自评报告", size=15)
    p.heading("一、基本情况")
    p.para("（一）项目名称：退化草原生态修复治理", indent=False)
    p.para("（二）实施单位：新疆维吾尔自治区昌吉回族自治州昌吉市林业和草原局", indent=False)
    p.para("（三）项目内容：在阿什里哈萨克民族乡、庙尔沟乡等草原退化区域实施围栏封育、补播改良和"
           "草原鼠虫害防治，恢复草原植被，提高草原生产能力。", indent=False)
    p.para("（四）资金安排：项目全年预算数为1,580.00万元（含年中追加的260.00万元），其中中央财政林业"
           "草原生态保护恢复资金1,100.00万元（新财农〔2022〕35号），自治区财政补助资金300.00万元，"
           "昌吉市本级配套资金180.00万元。", indent=False)
    p.heading("二、资金使用情况")
    p.para("该项目年初预算1,320.00万元。截至2022年12月31日，项目资金已全部拨付到项目实施单位，累计支付"
           "1,512.64万元，预算执行率95.74%，其中支付草籽和有机肥采购款416.80万元。年末结转67.36万元，"
           "为工程质保金，按合同约定于2023年支付。")
    p.para("项目资金实行国库集中支付，报账资料齐全，按工程进度和验收结果拨付，未发现挤占挪用问题。")
    p.heading("三、绩效目标完成情况")
    p.para("（一）产出。完成围栏封育86公里，补播改良退化草原3.2万亩，草原鼠虫害防治6万亩；项目于"
           "2022年10月底前全部完工，经自治州林草部门验收合格。")
    p.para("（二）效益。项目区草原综合植被盖度较实施前提高2.3个百分点，亩均鲜草产量提高18公斤；项目"
           "实施中带动周边农牧民务工640人次，增加劳务收入近186万元。")
    p.para("（三）满意度。对项目区168户农牧民开展问卷调查，满意度为95.2%。")
    p.heading("四、自评结论")
    p.para("经综合评价，本项目自评得分91.6分，自评结论为“优”。主要扣分原因是部分资金支付进度滞后于"
           "工程进度。")
    p.heading("五、存在问题")
    p.para("1.补播区域降水偏少，部分地块出苗率不均。")
    p.para("2.围栏后期管护责任落实不够，个别地段存在损毁。")
    p.heading("六、下一步工作")
    p.para("1.根据墒情适时补播，加强补播地块后期监测。")
    p.para("2.与乡镇、村签订管护协议，明确围栏管护责任。")
    p.space(16)
    p.para("昌吉市林业和草原局", indent=False)
    p.para("2023年3月20日", indent=False)
    p.save()


# ===========================================================================
# 5. bayanhaote-2021.docx  (内蒙古 阿拉善盟 阿拉善左旗; a TOWNSHIP government;
#    department; Word heading styles; grading bands and 权重合计100分 stated
#    (consistent with the score); a project table; planted E1: the economic
#    classes of basic spending miss 基本支出 by 12.00万元)
# ===========================================================================
def doc_bayanhaote(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = new_docx()
    office.centred_title(d, "阿拉善左旗巴彦浩特镇人民政府", 18)
    office.centred_title(d, "2021年度部门整体支出绩效自评报告", 18)
    d.add_heading("一、部门概况", level=1)
    para(d, "巴彦浩特镇是内蒙古自治区阿拉善盟阿拉善左旗人民政府所在地，辖12个社区和5个嘎查。镇政府内设"
            "党政综合办公室、经济发展办公室、社会事务办公室等7个办公室，2021年末实有在职人员94人，主要"
            "承担基层党建、社区治理、民生保障、人居环境整治和安全生产监管等职责。")
    d.add_heading("二、部门整体支出情况", level=1)
    d.add_heading("（一）预算情况", level=2)
    para(d, "2021年年初预算2,318.45万元，年度中追加预算526.30万元，全年预算2,844.75万元。")
    d.add_heading("（二）收入情况", level=2)
    para(d, "本年收入2,844.75万元，其中一般公共预算财政拨款收入2,694.75万元，上年结转150.00万元。")
    d.add_heading("（三）支出情况", level=2)
    para(d, "本年支出2,796.18万元，预算执行率98.29%，年末结转结余48.57万元。按支出性质分，基本支出"
            "1,642.90万元，其中人员经费1,388.52万元、公用经费254.38万元；项目支出1,153.28万元。按经济"
            "分类分，基本支出中工资福利支出1,206.34万元，商品和服务支出254.38万元，对个人和家庭的补助"
            "170.18万元。")
    d.add_heading("（四）主要项目支出", level=2)
    para(d, "2021年主要项目执行情况见下表（单位：万元）。")
    table(d, [
        ["项目名称", "全年预算数", "执行数", "执行率"],
        ["社区（嘎查）运转经费", "186.00", "186.00", "100.00%"],
        ["人居环境整治", "320.50", "298.64", "93.18%"],
        ["老旧小区改造配套", "210.00", "205.80", "98.00%"],
    ])
    d.add_heading("三、绩效目标完成情况", level=1)
    para(d, "（一）基层治理。全年调解各类矛盾纠纷214件，调解成功率98.1%；组织网格员开展入户走访"
            "1.6万户次，及时发现和处置安全隐患。")
    para(d, "（二）人居环境。完成全部社区和嘎查的环境综合整治，清运垃圾3,260吨，新建公共厕所8座，"
            "改造老旧小区6个、惠及居民1,920户。")
    para(d, "（三）民生保障。发放高龄津贴42.6万元，惠及老年人1,284人；新增城镇就业356人，开展"
            "技能培训11期。")
    d.add_heading("四、自评情况", level=1)
    d.add_heading("（一）评价方法", level=2)
    para(d, "本次自评采用部门整体支出绩效评价指标体系，设投入、过程、产出、效果4个一级指标，权重合计"
            "100分。评分结果按综合得分划分等级：90分（含）以上为“优”，80分（含）至90分为“良”，"
            "60分（含）至80分为“中”，60分以下为“差”。")
    d.add_heading("（二）评价结果", level=2)
    table(d, [
        ["一级指标", "分值", "得分"],
        ["投入", "20", "19.5"],
        ["过程", "30", "28.1"],
        ["产出", "30", "27.5"],
        ["效果", "20", "17.5"],
        ["合计", "100", "92.6"],
    ])
    para(d, "经评价，我镇2021年度部门整体支出自评得分92.6分，等级为“优”。")
    d.add_heading("五、存在的问题", level=1)
    para(d, "一是部分项目前期论证不充分，年中追加较多；二是人居环境整治项目受施工期短影响，年末仍有"
            "尾款未付；三是绩效指标以定性描述为主，难以准确衡量实施效果。")
    d.add_heading("六、改进措施", level=1)
    para(d, "（一）加强预算编制的科学性，减少年中追加。")
    para(d, "（二）合理安排施工计划，加快项目资金支付进度。")
    para(d, "（三）完善绩效指标体系，提高指标的量化水平。")
    for line in ("阿拉善左旗巴彦浩特镇人民政府", "2022年4月11日"):
        para(d, line, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    office.page_number_footer(d, complex_field=True)
    save_docx(d, path)


# ===========================================================================
# 6. dongtai-shiyan-2023.docx  (江苏 盐城市 东台市; a SCHOOL under the city
#    education bureau; project; bold paragraphs instead of heading styles;
#    an indicator table with the 一级指标 column merged; 其中 one part only)
# ===========================================================================
def doc_dongtai(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "东台市实验中学2023年度智慧校园建设项目支出绩效自评报告", 16)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "项目名称：智慧校园建设")
    para(d, "主管部门：东台市教育局        实施单位：东台市实验中学")
    para(d, "江苏省盐城市东台市实验中学现有教学班62个，在校学生2,940人。为推进教育信息化，学校2023年"
            "实施智慧校园建设项目，建设内容包括智慧教室改造、学生学习终端更新、校园网络升级和教师"
            "信息化应用培训。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "该项目年初预算280.00万元，年中经东台市教育局批准追加35.00万元，调整后预算315.00万元，"
            "资金来源为东台市本级财政拨款。实际到位资金315.00万元。全年支出302.40万元，其中设备购置"
            "支出218.60万元，预算执行率96.00%，结余资金12.60万元已按规定上缴财政。")
    office.bold_line(d, "三、项目绩效情况", indent=24)
    para(d, "全年完成12间智慧教室改造，更新学生学习终端426台，完成校园无线网络升级，覆盖教学楼5栋；"
            "组织教师信息化应用培训138人次。智慧课堂已覆盖全校95%的教学班，设备正常运行率97.5%。"
            "学期末问卷调查显示，师生满意度为94.2%。绩效指标完成情况见下表。")
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "智慧教室改造数量", "≥12间", "12间", "10", "10"],
        ["产出指标", "数量指标", "学生学习终端更新数量", "≥400台", "426台", "10", "10"],
        ["产出指标", "质量指标", "设备验收合格率", "100%", "100%", "10", "10"],
        ["产出指标", "时效指标", "项目完工时间", "2023年8月31日前", "2023年8月25日", "10", "10"],
        ["产出指标", "成本指标", "项目总成本", "≤315万元", "302.40万元", "10", "10"],
        ["效益指标", "社会效益指标", "智慧课堂覆盖教学班比例", "≥90%", "95%", "10", "10"],
        ["效益指标", "可持续影响指标", "设备正常运行率", "≥95%", "97.5%", "10", "10"],
        ["效益指标", "社会效益指标", "教师信息化培训人次", "≥150人次", "138人次", "10", "8"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "94.2%", "10", "10"],
        ["预算执行", "—", "预算执行率", "100%", "96.00%", "10", "9.6"],
        ["总分", "", "", "", "", "100", "97.6"],
    ]
    t = office.grid_table(d, rows)
    office.merge_column_runs(t, 0, 1, [r[0] for r in rows[1:]])
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "经自评，本项目得分97.6分，评价等级为优。教师信息化培训人次未达年度指标值，扣2分；预算"
            "未全部执行，扣0.4分。")
    office.bold_line(d, "五、存在的问题和改进措施", indent=24)
    para(d, "存在的问题：1.部分教师信息化应用能力不足，智慧教室功能未充分发挥；2.项目招标时间较长，"
            "设备到货后安装调试时间紧张。")
    para(d, "改进措施：1.分学科开展常态化应用培训，建立教师应用考核机制；2.提前启动政府采购程序，"
            "预留充足的安装调试时间。")
    office.aligned(d, "东台市实验中学", "right")
    office.aligned(d, "2024年2月26日", "right")
    save_docx(d, path)


# ===========================================================================
# 7. ningan-nongtui-2021.docx  (黑龙江 牡丹江市 宁安市; a 中心 under the city
#    agriculture bureau; project, transfer payment; 中央 / 市级 funds table with
#    全年预算数(A) / 全年执行数(B) / 执行率(B/A); 其中 parts that do add up;
#    NO score and NO grade: the conclusion only says 总体运行情况良好)
# ===========================================================================
def doc_ningan(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "宁安市农业技术推广中心", 18)
    office.centred_title(d, "2021年度黑土地保护利用项目绩效自评报告", 18)
    d.add_heading("一、项目基本情况", level=1)
    for line in ("项目名称：东北黑土地保护利用", "主管部门：宁安市农业农村局", "实施单位：宁安市农业技术推广中心"):
        para(d, line)
    para(d, "项目在黑龙江省牡丹江市宁安市渤海镇、石岩镇、卧龙朝鲜族乡等乡镇实施，以秸秆还田、增施"
            "有机肥、深松整地为主要技术措施，建设黑土地保护利用示范区，遏制黑土地退化。")
    d.add_heading("二、资金情况", level=1)
    para(d, "2021年上级下达中央财政农业资源及生态保护补助资金900.00万元（黑财指（农）〔2021〕312号），"
            "宁安市财政配套资金100.00万元，项目资金合计1,000.00万元，均已拨付到项目实施单位。截至"
            "2021年12月31日实际支出961.35万元，执行率96.14%。各类资金执行情况如下表（单位：万元）。")
    table(d, [
        ["资金来源", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        ["中央财政资金", "900.00", "869.35", "96.59%"],
        ["市级配套资金", "100.00", "92.00", "92.00%"],
        ["合计", "1,000.00", "961.35", "96.14%"],
    ])
    d.add_heading("三、绩效目标完成情况", level=1)
    para(d, "（一）完成黑土地保护利用示范面积10.2万亩，其中秸秆还田6.5万亩、增施有机肥面积2.4万亩、"
            "深松整地1.3万亩，共施用商品有机肥1.8万吨。")
    para(d, "（二）在示范区设置耕地质量监测点24个，秋季监测结果显示，示范区土壤有机质含量平均提高"
            "0.6克/千克。")
    para(d, "（三）举办技术培训班18期，培训农民1,200人次，发放技术资料3,500份。")
    d.add_heading("四、自评结论", level=1)
    para(d, "对照项目绩效目标，项目各项产出指标均已完成，资金使用规范，示范带动作用明显，项目总体"
            "运行情况良好。")
    d.add_heading("五、存在问题及改进措施", level=1)
    para(d, "（一）存在问题：一是有机肥价格上涨，部分合作社施用积极性下降；二是市级配套资金到位较晚，"
            "影响了部分作业补助的兑付。")
    para(d, "（二）改进措施：一是探索有机肥统一招标采购，降低采购成本；二是协调财政部门按进度拨付配套"
            "资金。")
    save_docx(d, path)


# ===========================================================================
# 8. youjiang-shijian-2020.docx  (广西 百色市 右江区; district bureau;
#    department; a full 部门整体支出绩效自评表 with merged cells; score 89.5 =
#    良 just under the 优 band; grade written 良好)
# ===========================================================================
def doc_youjiang(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "百色市右江区市场监督管理局", 18)
    office.centred_title(d, "2020年度部门整体支出绩效自评报告", 18)
    d.add_heading("一、部门基本情况", level=1)
    para(d, "百色市右江区市场监督管理局负责全区市场主体登记注册、食品安全监管、特种设备安全监察、"
            "计量标准化、价格监督检查和消费者权益保护等工作。局机关设13个股室，下设8个市场监督管理所。")
    d.add_heading("二、部门整体支出情况", level=1)
    para(d, "2020年度收入合计1,805.36万元，其中：财政拨款收入1,725.36万元，上年结转40.00万元，其他"
            "收入40.00万元。本年支出1,748.22万元，其中基本支出1,236.47万元，项目支出511.75万元。")
    para(d, "年初预算1,624.80万元，全年预算1,805.36万元，全年执行1,748.22万元，预算执行率96.83%。")
    d.add_heading("三、部门整体支出绩效情况", level=1)
    para(d, "全年检查食品生产经营户2,860户次，完成食品安全抽检1,286批次；立案查处各类违法案件126件，"
            "罚没款83.6万元；通过12315平台受理消费者投诉举报1,942件，为消费者挽回经济损失52.3万元；"
            "新登记各类市场主体3,412户。受新冠肺炎疫情影响，计量器具强制检定和特种设备检查未完成"
            "年度指标。")
    d.add_heading("四、自评结果", level=1)
    para(d, "根据《部门整体支出绩效自评表》（见附表），2020年度我局部门整体支出综合自评得分89.5分，"
            "自评等级为“良好”。")
    d.add_heading("五、存在问题", level=1)
    para(d, "1.基层市场监管所执法装备不足，快检能力偏弱。")
    para(d, "2.部分企业对年报公示重视不够，公示率偏低。")
    d.add_heading("六、改进措施", level=1)
    para(d, "1.统筹资金为基层所配备食品快检设备。")
    para(d, "2.加强年报公示政策宣传，对未年报企业依法列入经营异常名录。")
    para(d, "3.疫情缓解后集中开展计量器具和特种设备专项检查。")
    d.add_paragraph("附表")
    office.centred_title(d, "部门整体支出绩效自评表", 14)
    office.centred_title(d, "（2020年度）", 12, bold=False)
    rows = [
        ["部门名称", "百色市右江区市场监督管理局", "", "", "", "", "", ""],
        ["年度预算申请（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "1,624.80", "1,805.36", "1,748.22", "10", "96.83%", "9.68"],
        ["", "其中：当年财政拨款", "1,564.80", "1,725.36", "1,668.22", "—", "—", "—"],
        ["", "上年结转资金", "—", "40.00", "40.00", "—", "—", "—"],
        ["", "其他资金", "60.00", "40.00", "40.00", "—", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "完成食品安全抽检不少于1,200批次，市场主体年度新增不少于3,000户，不发生重大食品安全"
             "事故，投诉举报按时办结。", "", "",
         "食品安全抽检、市场主体登记和投诉举报处理目标全部完成，计量检定、特种设备检查和年报公示"
         "未达到年度目标。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
        ["产出指标", "数量指标", "食品安全抽检批次", "≥1200批次", "1286批次", "10", "10", ""],
        ["产出指标", "数量指标", "特种设备监督检查台次", "≥300台次", "240台次", "10", "8", "疫情期间部分企业停产"],
        ["产出指标", "质量指标", "抽检不合格产品核查处置率", "100%", "100%", "10", "10", ""],
        ["产出指标", "时效指标", "投诉举报按时办结率", "≥95%", "96.8%", "10", "10", ""],
        ["效益指标", "社会效益指标", "新登记市场主体户数", "≥3000户", "3412户", "10", "10", ""],
        ["效益指标", "社会效益指标", "重大食品安全事故", "0起", "0起", "10", "10", ""],
        ["效益指标", "社会效益指标", "计量器具强制检定数量", "≥5000台件", "3410台件", "10", "6.82", "受疫情影响检定工作推迟"],
        ["效益指标", "可持续影响指标", "企业年报公示率", "≥90%", "63%", "10", "7", "企业主体责任意识不强"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "72%", "10", "8", "基层执法力量不足"],
        ["总分", "", "", "", "", "100", "89.5", "良"],
    ]
    t = office.grid_table(d, rows)
    for a, b in (((0, 1), (0, 7)), ((1, 0), (5, 0)), ((6, 1), (6, 3)), ((6, 4), (6, 7)), ((7, 1), (7, 3)),
                 ((7, 4), (7, 7)), ((6, 0), (7, 0)), ((18, 0), (18, 4))):
        keep = t.cell(*a).text
        t.cell(*a).merge(t.cell(*b)).text = keep
    office.merge_column_runs(t, 0, 9, [r[0] for r in rows[9:18]])
    office.merge_column_runs(t, 1, 9, [r[1] for r in rows[9:18]])
    office.page_number_footer(d)
    save_docx(d, path)


# ===========================================================================
# 9. jiexiu-yian-2023.xlsx  (山西 晋中市 介休市; a township HEALTH CENTRE under
#    the city health bureau; bare central 项目支出绩效自评表 with merged cells;
#    amounts as numeric cells, one with four decimals (186.2150); 三级指标 cells
#    prefixed 指标1：/指标2：; planted E4: the indicator scores add up to 99.7,
#    one point more than the stated 总分 98.7)
# ===========================================================================
def doc_jiexiu(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    for col, width in zip("ABCDEFGH", (14, 16, 34, 14, 14, 8, 10, 26), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "附件2"
    xl_put(ws, "A2", "项目支出绩效自评表", bold=True, merge_to="H2", center=True, size=16)
    xl_put(ws, "A3", "（2023年度）", merge_to="H3", center=True)
    xl_put(ws, "A4", "项目名称", center=True)
    xl_put(ws, "B4", "基本公共卫生服务项目", merge_to="H4")
    xl_put(ws, "A5", "主管部门", center=True)
    xl_put(ws, "B5", "介休市卫生健康局", merge_to="D5")
    xl_put(ws, "E5", "实施单位", center=True)
    xl_put(ws, "F5", "介休市义安镇卫生院", merge_to="H5")
    xl_put(ws, "A6", "项目资金（万元）", merge_to="A9", center=True)
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                         strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    money = [("年度资金总额：", 168.42, 186.215, 186.215, 10, "100%", 10),
             ("其中：当年财政拨款", 168.42, 186.215, 186.215, "—", "100%", "—"),
             ("上年结转资金", None, None, None, "—", None, "—"),
             ("其他资金", None, None, None, "—", None, "—")]
    for r, (label, ini, adj, exe, w, rate, s) in enumerate(money, start=7):
        xl_put(ws, f"B{r}", label)
        xl_put(ws, f"C{r}", ini, fmt="0.00")
        xl_put(ws, f"D{r}", adj, fmt="0.0000")
        xl_put(ws, f"E{r}", exe, fmt="0.0000")
        xl_put(ws, f"F{r}", w, center=True)
        xl_put(ws, f"G{r}", rate, center=True)
        xl_put(ws, f"H{r}", s, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11", center=True)
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "按照国家基本公共卫生服务规范，为辖区常住居民提供建立居民健康档案、健康教育、预防接种、"
                      "儿童和孕产妇健康管理、老年人和慢性病患者健康管理等服务，提高居民健康水平。",
           merge_to="D11")
    xl_put(ws, "E11", "全年为辖区居民建立电子健康档案16,938份，规范管理高血压患者1,402人、2型糖尿病患者"
                      "431人，为65岁及以上老年人提供健康体检1,986人，开展健康教育讲座24次、健康咨询"
                      "活动12次。", merge_to="H11")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}12", head, center=True, bold=True)
    inds = [
        ("产出指标（50分）", "数量指标", "指标1：居民健康档案建档人数", "≥16,500人", "16,938人", 5, 5, ""),
        ("产出指标（50分）", "数量指标", "指标2：65岁及以上老年人健康管理人数", "≥2,100人", "1,986人", 5, 4.7,
         "部分老年人常年外出，下一步加强随访"),
        ("产出指标（50分）", "数量指标", "指标3：高血压患者规范管理人数", "≥1,350人", "1,402人", 5, 5, ""),
        ("产出指标（50分）", "数量指标", "指标4：2型糖尿病患者规范管理人数", "≥420人", "431人", 5, 5, ""),
        ("产出指标（50分）", "数量指标", "指标5：0-6岁儿童健康管理率", "≥90%", "92.4%", 5, 5, ""),
        ("产出指标（50分）", "数量指标", "指标6：孕产妇系统管理率", "≥90%", "91.2%", 5, 5, ""),
        ("产出指标（50分）", "质量指标", "指标1：电子健康档案规范化建档率", "≥90%", "93.5%", 5, 5, ""),
        ("产出指标（50分）", "质量指标", "指标2：适龄儿童国家免疫规划疫苗接种率", "≥90%", "97.8%", 5, 5, ""),
        ("产出指标（50分）", "时效指标", "指标1：传染病报告及时率", "=100%", "100%", 5, 5, ""),
        ("产出指标（50分）", "成本指标", "指标1：人均基本公共卫生服务补助标准", "=89元", "89元", 5, 5, ""),
        ("效益指标（30分）", "社会效益指标", "指标1：居民健康素养水平", "≥25%", "26.3%", 10, 10, ""),
        ("效益指标（30分）", "社会效益指标", "指标2：重点人群健康管理水平", "逐步提高", "有效提高", 10, 10, ""),
        ("效益指标（30分）", "可持续影响指标", "指标1：基层公共卫生服务长效运行", "长期", "长期", 10, 10, ""),
        ("满意度指标（10分）", "服务对象满意度指标", "指标1：服务对象满意度", "≥90%", "95.1%", 10, 10, ""),
    ]
    first = 13
    for r, row in enumerate(inds, start=first):
        for col, value in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "AFG")
    for col, idx in (("A", 0), ("B", 1)):
        labels = [row[idx] for row in inds]
        start = 0
        while start < len(labels):
            end = start
            while end + 1 < len(labels) and labels[end + 1] == labels[start]:
                end += 1
            if end > start:
                ws.merge_cells(f"{col}{first + start}:{col}{first + end}")
            start = end + 1
    last = first + len(inds)
    xl_put(ws, f"A{last}", "总分", merge_to=f"E{last}", center=True)
    xl_put(ws, f"F{last}", 100, center=True)
    xl_put(ws, f"G{last}", 98.7, fmt="0.0", center=True)
    xl_put(ws, f"H{last}", "自评等级：优")
    ws[f"A{last + 2}"] = "填报人：张**"
    ws[f"D{last + 2}"] = "联系电话：0354-7221356"
    ws[f"F{last + 2}"] = "填报日期：2024年3月12日"
    save_xlsx(wb, path)


# ===========================================================================
# 10. xichang-budongchan-2023.xlsx  (四川 凉山彝族自治州 西昌市; a 中心 under the
#     city natural-resources bureau; Sichuan 部门预算项目支出绩效自评表 with the
#     code-prefixed project name, 指标性质 | 指标值 | 度量单位 in separate cells,
#     权重 合计 100; no grade)
# ===========================================================================
def doc_xichang(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, width in zip("ABCDEFGHIJK", (12, 10, 12, 22, 8, 8, 8, 9, 7, 7, 18), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "A1", "部门预算项目支出绩效自评表（2023年度）", bold=True, merge_to="K1", center=True, size=14)
    xl_put(ws, "A2", "项目名称", center=True)
    xl_put(ws, "B2", "51340124T000008736452-不动产登记信息系统运维经费", merge_to="K2")
    xl_put(ws, "A3", "主管部门", center=True)
    xl_put(ws, "B3", "西昌市自然资源局", merge_to="E3")
    xl_put(ws, "F3", "实施单位（盖章）", merge_to="G3", center=True)
    xl_put(ws, "H3", "西昌市不动产登记中心", merge_to="K3")
    xl_put(ws, "A4", "项目基本情况", merge_to="A7", center=True)
    xl_put(ws, "B4", "1.项目年度目标完成情况", merge_to="K4")
    xl_put(ws, "B5", "项目年度目标", merge_to="F5", center=True)
    xl_put(ws, "G5", "年度目标完成情况", merge_to="K5", center=True)
    xl_put(ws, "B6", "保障不动产登记信息系统全年安全稳定运行，系统故障及时响应处置，一般登记业务在规定时限内"
                     "办结。", merge_to="F6")
    xl_put(ws, "G6", "全年开展系统巡检和运维服务12次，系统正常运行率99.2%，办理不动产登记业务4.26万件，一般"
                     "登记业务平均3个工作日办结。", merge_to="K6")
    xl_put(ws, "B7", "2.项目实施内容及过程概述", merge_to="C7")
    xl_put(ws, "D7", "通过政府采购确定运维服务单位，按季度开展系统巡检、数据备份和安全加固，年末组织验收。",
           merge_to="K7")
    xl_put(ws, "A8", "预算执行情况（10分）", merge_to="A13", center=True)
    xl_put(ws, "B8", "年度预算数（万元）", merge_to="C8", center=True)
    for col, head in zip("DEFGHI", ("年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"), strict=True):
        xl_put(ws, f"{col}8", head, center=True)
    xl_put(ws, "J8", "原因", merge_to="K8", center=True)
    money = [("总额", 48.0, 52.6, 51.83, "98.54%", 10, 9.85),
             ("其中：财政资金", 48.0, 52.6, 51.83, "98.54%", "/", "/"),
             ("财政专户管理资金", None, None, None, None, "/", "/"),
             ("单位资金", None, None, None, None, "/", "/"),
             ("其他资金", None, None, None, None, "/", "/")]
    for r, (label, ini, adj, exe, rate, w, s) in enumerate(money, start=9):
        xl_put(ws, f"B{r}", label, merge_to=f"C{r}")
        for col, v in zip("DEF", (ini, adj, exe), strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00")
        xl_put(ws, f"G{r}", rate, center=True)
        xl_put(ws, f"H{r}", w, center=True)
        xl_put(ws, f"I{r}", s, center=True)
    xl_put(ws, "J9", "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                     "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、"
                     "银行贷款等。年中追加用于系统安全等级保护测评。", merge_to="K13")
    xl_put(ws, "A14", "绩效指标（90分）", merge_to="A21", center=True)
    heads = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析")
    for col, head in zip("BCDEFGHIJK", heads, strict=True):
        xl_put(ws, f"{col}14", head, center=True)
    inds = [
        ("产出指标", "数量指标", "系统运维服务次数", "≥", "12", "次", "12", 20, 20, ""),
        ("产出指标", "质量指标", "系统正常运行率", "≥", "98", "%", "99.2", 20, 20, ""),
        ("产出指标", "时效指标", "故障响应时间", "≤", "2", "小时", "1.5", 15, 15, ""),
        ("效益指标", "社会效益指标", "不动产登记一般业务办结时限", "≤", "5", "工作日", "3", 15, 15, ""),
        ("效益指标", "可持续影响指标", "数据安全事件发生数", "=", "0", "起", "0", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥", "95", "%", "93.6", 10, 9.5,
         "高峰期窗口排队时间较长"),
    ]
    for r, row in enumerate(inds, start=15):
        for col, value in zip("BCDEFGHIJK", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col not in "DK")
    ws.merge_cells("B15:B17")
    ws.merge_cells("B18:B19")
    xl_put(ws, "B21", "合计", merge_to="H21", center=True)
    xl_put(ws, "I21", 100, center=True)
    xl_put(ws, "J21", 99.35, fmt="0.00", center=True)
    xl_put(ws, "K21", "")
    xl_put(ws, "A22", "评价结论", center=True)
    xl_put(ws, "B22", "项目自评总分99.35分。项目实施保障了不动产登记信息系统安全稳定运行，登记办理时限进一步"
                      "压缩，群众办事便利度提高。", merge_to="K22")
    xl_put(ws, "A23", "存在问题", center=True)
    xl_put(ws, "B23", "业务高峰期窗口排队时间较长，办事群众满意度未达到指标值。", merge_to="K23")
    xl_put(ws, "A24", "改进措施", center=True)
    xl_put(ws, "B24", "推行网上预约和“不见面”办理，高峰期增设临时窗口。", merge_to="K24")
    ws["A25"] = "项目负责人：李*明"
    ws["F25"] = "财务负责人：王*"
    save_xlsx(wb, path)


# ===========================================================================
# 11. yanshi-minzheng-2022.html  (河南 洛阳市 偃师区; district bureau;
#     department; a county-government page: header, breadcrumbs, the 索引号
#     block twice (table and plain line), view counter, share and print links,
#     a numbered related-links list, ICP footer; two projects in two
#     wordings; planted E2: 预算执行率为98.75% where 6,874.19 / 7,105.44 = 96.75%)
# ===========================================================================
YANSHI = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>偃师区民政局2022年度部门整体支出绩效自评报告_预算绩效_洛阳市偃师区人民政府</title>
<meta name="keywords" content="偃师区,民政局,绩效自评">
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="top-bar"><span>欢迎访问洛阳市偃师区人民政府门户网站！</span> <a href="/wza/">无障碍</a> | <a href="/old/">长者模式</a> | <a href="/m/">手机版</a></div>
<div class="header"><h2 class="site-name">洛阳市偃师区人民政府</h2>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjys/">走进偃师</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/fdzdgknr/yjxgk/">预算绩效</a></div>
<table class="xxgk-info">
<tr><th>索引号：</th><td>11410307MB1A37296P/2023-00126</td><th>主题分类：</th><td>民政、扶贫、救灾</td></tr>
<tr><th>发布机构：</th><td>偃师区民政局</td><th>发布日期：</th><td>2023-08-28</td></tr>
<tr><th>文　　号：</th><td></td><th>有 效 性：</th><td>有效</td></tr>
</table>
<div class="article">
<h1>偃师区民政局2022年度部门整体支出绩效自评报告</h1>
<div class="article-meta">索引号：11410307MB1A37296P/2023-00126　发布机构：偃师区民政局　发布日期：2023-08-28　浏览次数：417　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article-body">
<p>一、部门概况</p>
<p>偃师区民政局负责全区社会救助、养老服务、社会事务、婚姻登记、区划地名和慈善社工等工作，内设7个股室，下属区社会福利院、区救助管理站等4个事业单位。</p>
<p>二、部门整体支出情况</p>
<p>（一）预算安排。2022年年初预算6,238.70万元，年中追加866.74万元，调整后预算7,105.44万元。</p>
<p>（二）收入情况。收入合计7,105.44万元，其中：一般公共预算财政拨款收入6,925.44万元，上年结转180.00万元。</p>
<p>（三）支出情况。全年支出6,874.19万元，其中基本支出812.36万元（人员经费706.18万元，公用经费106.18万元），项目支出6,061.83万元。预算执行率为98.75%，年末结转结余231.25万元。</p>
<p>（四）重点项目执行情况。城乡居民最低生活保障资金全年预算数3,860.00万元，执行数3,812.46万元，完成预算的98.77%；特困人员救助供养资金预算数为1,120.00万元，执行数为1,098.30万元，预算执行率98.06%。</p>
<p>三、绩效目标实现情况</p>
<p>全年累计保障城乡低保对象1.86万人，按月足额发放低保金；救助供养特困人员2,146人，实施临时救助1,380人次；全区16家养老机构完成消防安全改造，新增养老床位240张；办理婚姻登记3,260对；城乡低保平均保障标准较上年提高6.3%。</p>
<p>四、自评结论</p>
<p>根据部门整体支出绩效评价指标体系，我局2022年度部门整体支出自评得分94.3分，等级为优。</p>
<p>五、存在问题</p>
<p>（一）低保对象动态管理仍有滞后，个别对象退出不及时。</p>
<p>（二）农村敬老院设施老化，专业护理人员不足。</p>
<p>六、改进措施</p>
<p>（一）依托大数据比对开展低保对象常态化核查。</p>
<p>（二）推进敬老院提质改造，引入社会力量参与运营。</p>
<p>（三）加强预算执行监控，提高资金使用效益。</p>
<p style="text-align:right">偃师区民政局<br>2023年8月25日</p>
</div>
<div class="article-tools"><span>分享到：</span><a class="share-wx" href="#">微信</a> <a class="share-wb" href="#">微博</a> <a class="share-qz" href="#">QQ空间</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ol>
<li><a href="/zwgk/t1.html">1. 偃师区民政局2023年部门预算公开</a> <span>2023-03-10</span></li>
<li><a href="/zwgk/t2.html">2. 偃师区民政局2021年度部门整体支出绩效自评报告</a> <span>2022-08-30</span></li>
<li><a href="/zwgk/t3.html">3. 偃师区2022年度区级部门决算公开目录</a> <span>2023-08-20</span></li>
<li><a href="/zwgk/t4.html">4. 关于提高2023年城乡低保和特困人员救助供养标准的通知</a> <span>2023-06-02</span></li>
</ol>
</div>
<div class="footer">
<p>主办：洛阳市偃师区人民政府办公室　承办：偃师区大数据中心</p>
<p>网站标识码：4103810015　<a href="https://beian.miit.gov.cn/">豫ICP备11023586号-2</a>　豫公网安备 41038102000217号</p>
<p>建议使用1366×768以上分辨率浏览本网站</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 12. gejiu-shuiwu-2024.html  (云南 红河哈尼族彝族自治州 个旧市; city bureau;
#     project; a Yunnan county-site page with 监督索引号; TRAP: the rate is
#     written truncated, 执行率99%, while 1,259.87 / 1,260.00 = 99.99%; a funds
#     table in 元 inside a 万元 report; no grade)
# ===========================================================================
GEJIU = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>个旧市水务局2024年度农村供水保障工程项目支出绩效自评报告 - 个旧市人民政府</title>
</head>
<body>
<div id="top"><a href="/">个旧市人民政府</a> | <a href="/zfxxgk/">政府信息公开</a> | <a href="/zfxxgk/zn/">信息公开指南</a> | <a href="/zfxxgk/nb/">信息公开年报</a></div>
<div id="position">您当前的位置：<a href="/">首页</a> &raquo; <a href="/zfxxgk/">政府信息公开</a> &raquo; <a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a> &raquo; 预算绩效</div>
<div id="info">
<ul>
<li>监督索引号：53250100800800000</li>
<li>索引号：11532501015168432T/2025-00057</li>
<li>发布机构：个旧市水务局</li>
<li>公开目录：预算绩效</li>
<li>发布日期：2025-05-16</li>
<li>文号：</li>
<li>浏览量：89</li>
</ul>
</div>
<div id="content">
<h1>个旧市水务局2024年度农村供水保障工程项目支出绩效自评报告</h1>
<p>一、项目概况</p>
<p>农村供水保障工程由红河哈尼族彝族自治州个旧市水务局组织实施，建设内容包括新建蓄水池、铺设供水管网、改造入户管道和配套水质净化消毒设施，覆盖鸡街镇、大屯街道、沙甸区等乡镇（街道）的部分行政村。</p>
<p>二、资金情况</p>
<p>2024年项目全年预算数1,260.00万元，其中中央水利发展资金800.00万元、省级补助资金300.00万元、市级配套资金160.00万元（云财农〔2024〕62号、红财农发〔2024〕18号）。全年实际支出1,259.87万元，执行率99%。各级资金下达和支付情况如下：</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>资金来源</th><th>下达金额（元）</th><th>支付金额（元）</th></tr>
<tr><td>中央水利发展资金</td><td>8,000,000.00</td><td>8,000,000.00</td></tr>
<tr><td>省级补助资金</td><td>3,000,000.00</td><td>3,000,000.00</td></tr>
<tr><td>市级配套资金</td><td>1,600,000.00</td><td>1,598,700.00</td></tr>
<tr><td>合计</td><td>12,600,000.00</td><td>12,598,700.00</td></tr>
</table>
<p>三、绩效目标完成情况</p>
<p>全年新建蓄水池12座，铺设供水管网46.8公里，改造入户管道1,860户，项目区受益人口2.3万余人；农村自来水普及率达到98.2%，较上年提高1.5个百分点，水质检测合格率保持稳定。</p>
<p>四、自评结论</p>
<p>经对照年初绩效目标逐项评分，本项目综合自评得分96分。</p>
<p>五、存在问题和改进措施</p>
<p>（一）存在问题：1.部分山区村组水源保障能力不足，旱季供水不稳定；2.工程建成后管护经费来源不稳定。</p>
<p>（二）改进措施：1.加快备用水源建设，推进规模化供水工程向山区延伸；2.落实“县级统管、乡镇监管、村级自管”的管护机制，合理核定水价。</p>
<p align="right">个旧市水务局<br>2025年5月12日</p>
</div>
<div id="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a>　<a href="#" onclick="window.print()">[打印]</a> <a href="#" onclick="window.close()">[关闭]</a></div>
<div id="related">
<p>相关文章：</p>
<p>1. 个旧市水务局2024年度部门整体支出绩效自评报告</p>
<p>2. 个旧市2024年农村供水工程维修养护项目实施方案</p>
<p>3. 个旧市水务局2025年部门预算公开</p>
</div>
<div id="foot">版权所有：个旧市人民政府办公室　网站标识码：5325010001　滇ICP备09003318号-1　滇公网安备 53250102000118号</div>
</body>
</html>
"""


# ===========================================================================
# 13. wanzhi-chengguan-2023.html  (安徽 芜湖市 湾沚区; district bureau;
#     department; an Anhui site with the 信息公开 table; 收入合计 with a 其中
#     naming ONE source (the other follows in the next sentence); an Anhui
#     部门整体支出绩效目标自评表 as an HTML table with rowspan/colspan and 分值
#     before the values)
# ===========================================================================
WANZHI = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>湾沚区城市管理局2023年度部门整体支出绩效自评报告-芜湖市湾沚区人民政府</title>
</head>
<body>
<div class="wza"><a href="#">无障碍浏览</a> <a href="#">繁體</a> <a href="#">移动版</a></div>
<div class="logo">芜湖市湾沚区人民政府 · 信息公开</div>
<div class="wz">您的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bm/">部门信息公开</a> &gt; <a href="/xxgk/bm/cgj/">区城市管理局</a> &gt; <a href="/xxgk/bm/cgj/czzj/">财政资金</a></div>
<table class="xxgk_table" border="1">
<tr><td>索引号：</td><td>11340221MB1571234K/202406-00012</td><td>信息分类：</td><td>财政预决算</td></tr>
<tr><td>发布机构：</td><td>湾沚区城市管理局</td><td>生成日期：</td><td>2024-06-14</td></tr>
<tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr>
<tr><td>名　　称：</td><td colspan="3">湾沚区城市管理局2023年度部门整体支出绩效自评报告</td></tr>
</table>
<div class="wztit">湾沚区城市管理局2023年度部门整体支出绩效自评报告</div>
<div class="wzinfo">发布时间：2024-06-14 10:18　来源：湾沚区城市管理局　阅读次数：235　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="wzcon">
<p>一、部门基本情况</p>
<p>湾沚区城市管理局负责全区市容环境卫生、市政设施维护、城市管理综合执法、数字化城市管理和生活垃圾分类等工作，城市管理投诉可拨打12319热线。</p>
<p>二、预算执行情况</p>
<p>2023年度收入合计4,386.52万元，其中财政拨款收入4,206.52万元。此外，上年结转资金180.00万元一并纳入本年预算安排。</p>
<p>全年预算数4,386.52万元，全年执行数4,290.17万元，执行率97.80%。其中基本支出1,126.40万元，项目支出3,163.77万元。</p>
<p>三、绩效目标完成情况</p>
<p>全年城区道路清扫保洁面积436万平方米，生活垃圾无害化处理6.8万吨；拆除违法建设3.2万平方米，整治占道经营1,460处，新增公共停车泊位820个；数字城管平台立案12,538件，结案12,200件。</p>
<p>四、自评结论</p>
<p>经自评，2023年度部门整体支出绩效得分96.78分，绩效等级为优。</p>
<p>五、存在问题</p>
<p>1.市政设施老化，维修需求大、维修及时率未达到目标。</p>
<p>2.群众对背街小巷环境卫生仍有意见，满意度有待提升。</p>
<p>六、改进措施</p>
<p>1.建立市政设施巡查养护台账，实行限时维修。</p>
<p>2.将背街小巷纳入精细化保洁范围，定期开展满意度回访。</p>
<p>附件：</p>
<table border="1" cellspacing="0" cellpadding="3" class="zpb">
<tr><td colspan="8" align="center"><b>部门整体支出绩效目标自评表</b><br>（2023年度）</td></tr>
<tr><td>部门名称</td><td colspan="7">湾沚区城市管理局</td></tr>
<tr><td rowspan="4">预算执行情况（万元）</td><td>资金来源</td><td>全年预算数（A）</td><td>全年执行数（B）</td><td>分值</td><td>执行率（B/A）</td><td colspan="2">得分</td></tr>
<tr><td>年度资金总额</td><td>4,386.52</td><td>4,290.17</td><td>10</td><td>97.80%</td><td colspan="2">9.78</td></tr>
<tr><td>其中：财政拨款</td><td>4,206.52</td><td>4,110.17</td><td>—</td><td>—</td><td colspan="2">—</td></tr>
<tr><td>上年结转</td><td>180.00</td><td>180.00</td><td>—</td><td>—</td><td colspan="2">—</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>全年实际值</td><td>得分</td><td>未完成原因分析</td></tr>
<tr><td rowspan="5">产出指标</td><td rowspan="2">数量指标</td><td>城区道路清扫保洁面积</td><td>10</td><td>≥420万平方米</td><td>436万平方米</td><td>10</td><td></td></tr>
<tr><td>生活垃圾无害化处理量</td><td>10</td><td>≥6.5万吨</td><td>6.8万吨</td><td>10</td><td></td></tr>
<tr><td rowspan="2">质量指标</td><td>城市生活垃圾无害化处理率</td><td>10</td><td>100%</td><td>100%</td><td>10</td><td></td></tr>
<tr><td>数字城管案件结案率</td><td>10</td><td>≥95%</td><td>97.3%</td><td>10</td><td></td></tr>
<tr><td>时效指标</td><td>市政设施维修及时率</td><td>10</td><td>≥95%</td><td>92%</td><td>9</td><td>设施老化，报修量大</td></tr>
<tr><td rowspan="3">效益指标</td><td>社会效益指标</td><td>市容环境投诉量同比下降</td><td>10</td><td>≥5%</td><td>8.2%</td><td>10</td><td></td></tr>
<tr><td>生态效益指标</td><td>道路机械化清扫率</td><td>10</td><td>≥80%</td><td>85%</td><td>10</td><td></td></tr>
<tr><td>可持续影响指标</td><td>城市管理长效机制</td><td>10</td><td>健全</td><td>健全</td><td>10</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>10</td><td>≥90%</td><td>88%</td><td>8</td><td>背街小巷保洁不到位</td></tr>
<tr><td colspan="3">总分</td><td>100</td><td colspan="2"></td><td>96.78</td><td>优</td></tr>
</table>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="xgwz"><b>相关文章</b>
<ul>
<li>1. 湾沚区城市管理局2024年部门预算</li>
<li>2. 湾沚区城市管理局2023年度部门决算</li>
<li>3. 湾沚区2023年生活垃圾分类工作方案</li>
</ul></div>
<div class="bottom">主办单位：芜湖市湾沚区人民政府办公室　网站标识码：3402210001　皖ICP备05002631号　皖公网安备 34022102000058号</div>
</body>
</html>
"""


# ===========================================================================
# 14. fengcheng-fangjian-2020.txt  (辽宁 丹东市 凤城市; a 检疫站 under the city
#     forestry bureau; bare central form as a document-sharing site publishes
#     the text of a .docx: site chrome, then ONE CELL PER LINE, empty cells as
#     empty lines, a "2、" page marker inside the table; a free-text 实际完成情况
#     cell with metrics; odd unit 百分比)
# ===========================================================================
def _fengcheng() -> str:
    head = [
        "凤城市森林病虫害防治检疫站2020年度项目支出绩效自评表.docx",
        "",
        "《凤城市森林病虫害防治检疫站2020年度项目支出绩效自评表.docx》由会员分享，可在线阅读，更多相关"
        "《凤城市森林病虫害防治检疫站2020年度项目支出绩效自评表.docx(3页珍藏版)》请在易知文库上搜索。",
        "",
        "1、附件1",
    ]
    cells = [
        "项目支出绩效自评表", "（2020年度）",
        "项目名称", "林业有害生物防治项目",
        "主管部门", "凤城市林业和草原局", "实施单位", "凤城市森林病虫害防治检疫站",
        "项目资金", "（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "85.00", "96.50", "93.85", "10", "97.25%", "9.73",
        "其中：当年财政拨款", "85.00", "96.50", "93.85", "—", "—", "—",
        "上年结转资金", "", "", "", "—", "—", "—",
        "其他资金", "", "", "", "—", "—", "—",
        "年度总体目标", "预期目标", "实际完成情况",
        "全年完成林业有害生物监测面积120万亩以上，防治作业面积5.5万亩以上，成灾率控制在3‰以下，"
        "严防松材线虫病传入。",
        "全年完成林业有害生物监测126万亩，防治美国白蛾、松毛虫等5.8万亩，布设诱捕器1,200套，"
        "成灾率1.8‰，无新发松材线虫病疫点。",
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施",
        "产出指标（50分）", "数量指标", "林业有害生物监测面积", "≥120万亩", "126万亩", "10", "10", "",
        "防治作业面积", "≥5.5万亩", "5.8万亩", "10", "10", "",
        "质量指标", "无公害防治率", "≥90百分比", "92", "10", "10", "",
        "时效指标", "防治作业完成时间", "2020年9月底前", "2020年9月", "10", "10", "",
        "2、成本指标", "亩均防治成本", "≤12元", "11.4元", "10", "10", "",
        "效益指标（30分）", "生态效益指标", "林业有害生物成灾率", "≤3‰", "1.8‰", "10", "10", "",
        "社会效益指标", "松材线虫病疫情发生情况", "无新发疫点", "无新发疫点", "10", "10", "",
        "可持续影响指标", "监测预报网络运行", "长期有效", "基本有效", "10", "9", "部分测报点设备老化，"
        "下一步申请资金更新",
        "满意度指标（10分）", "服务对象满意度指标", "林农满意度", "≥90%", "93%", "10", "10", "",
        "总分", "100", "98.73", "自评等级：优",
        "填报人：刘**", "联系电话：0415-8123456", "填报日期：2021年3月15日",
    ]
    tail = [
        "",
        "当前文档共3页，下载后继续阅读",
        "下载文档",
        "相关资源",
        "1. 林业有害生物防治检疫工作总结",
        "2. 2021年项目支出绩效自评表填报说明",
        "3. 森林防火项目绩效自评报告",
        "",
    ]
    return "\n".join(head + cells + tail)


# ===========================================================================
# 15. chishui-wenlv-2021.txt  (贵州 遵义市 赤水市; city bureau; a bare
#     部门整体支出绩效自评表 published by a document-sharing site as ONE LINE:
#     the .docx properties run into the cells, every cell separated by a space)
# ===========================================================================
def _chishui() -> str:
    cells = [
        "Administrator", "rxl2021", "1", "2021-04-07T01:12:00Z", "2022-02-18T08:40:00Z", "2022-03-09T02:41:17Z",
        "12.00", "2052-11.1.0.11294", "0", "0", "False", "False",
        "附件：", "部门整体支出绩效自评表", "（2021年度）", "部门名称", "赤水市文体广电旅游局",
        "年度预算申请", "（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "812.40", "936.75", "921.32", "10", "98.35%", "9.84",
        "其中：财政拨款", "782.40", "896.75", "881.32", "—", "—", "—",
        "上年结转", "—", "20.00", "20.00", "—", "—", "—",
        "其他资金", "30.00", "20.00", "20.00", "—", "—", "—",
        "年度总体目标", "预期目标", "实际完成情况",
        "推进公共文化服务均等化，全年送戏下乡不少于80场，公共文化场馆免费开放不少于300天，文旅市场"
        "平稳有序，旅游接待量稳步恢复。",
        "全年开展送戏下乡86场，举办各类群众文化活动212场次，接待游客486.3万人次，实现旅游综合收入"
        "52.6亿元，公共文化场馆全年免费开放312天。",
        "年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施",
        "产出指标", "数量指标", "送戏下乡场次", "≥80场", "86场", "10", "10",
        "公共文化场馆免费开放天数", "≥300天", "312天", "10", "10",
        "接待游客人次", "≥500万人次", "486.3万人次", "10", "9.73", "疫情反复影响客源",
        "质量指标", "文物安全事故发生数", "0起", "0起", "10", "10",
        "时效指标", "补助资金拨付及时率", "100%", "100%", "10", "10",
        "效益指标", "社会效益指标", "群众文化活动参与人次", "≥15万人次", "16.8万人次", "10", "10",
        "经济效益指标", "旅游综合收入", "≥50亿元", "52.6亿元", "10", "10",
        "可持续影响指标", "基层文化阵地长效运行", "持续运行", "持续运行", "10", "10",
        "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92.6%", "10", "10",
        "总分", "100", "99.57", "自评等级", "优",
    ]
    head = ("赤水市文体广电旅游局2021年度部门整体支出绩效自评表.doc - 文档之家\n"
            "首页 > 行业资料 > 文化旅游\n"
            "上传时间：2022-03-10 | 页数：2 | 浏览：56 | 下载：3\n")
    return head + " ".join(cells) + "\n"


# ===========================================================================
# 16. hanting-tuijun-2023.md  (山东 潍坊市 寒亭区; district bureau; department;
#     Markdown; 收入：…同比上年度增加… wording; a pipe table of first-level
#     scores; planted E3: 87.3分 graded “优” under its own stated bands, where
#     80–90 is 良)
# ===========================================================================
HANTING = """# 潍坊市寒亭区退役军人事务局2023年度部门整体支出绩效自评报告

## 一、部门基本情况

寒亭区退役军人事务局内设办公室、优抚安置科、双拥褒扬科3个科室，下设区退役军人服务中心1个事业单位。2023年末编制18人，实有在职人员16人，主要负责全区退役军人思想政治、管理保障、优抚褒扬、就业创业服务和双拥工作。

## 二、部门收支情况

**（一）收入情况**

收入：1,325.05万元。同比上年度增加138.62万元，增长11.68%。其中：一般公共预算财政拨款收入1,325.05万元。全年预算数1,325.05万元，其中年初预算1,086.40万元，年中追加238.65万元。

**（二）支出情况**

支出：1,296.88万元。其中：人员经费支出402.15万元，公用经费支出66.08万元，项目支出828.65万元。基本支出合计468.23万元。全年预算执行率97.87%。

**（三）项目支出情况**

1. 重点优抚对象抚恤和生活补助：全年预算数486.20万元，执行数486.20万元，完成预算的100%。
2. 退役士兵自主就业一次性经济补助：预算数为215.00万元，执行数为206.40万元，预算执行率96.00%。

## 三、绩效目标完成情况

全年为3,620人次退役军人提供政策咨询和就业创业服务，走访慰问重点优抚对象和困难退役军人1,180户；举办退役军人专场招聘会6场，提供就业岗位920个，帮助312名退役军人实现就业；优抚对象抚恤补助资金按季足额发放。

## 四、自评结论

本次自评从决策、过程、产出、效益四个方面设置指标，各一级指标权重及得分如下：

| 一级指标 | 权重 | 自评得分 |
| --- | --- | --- |
| 决策 | 15 | 14 |
| 过程 | 25 | 22.8 |
| 产出 | 35 | 31.5 |
| 效益 | 25 | 19 |
| 合计 | 100 | 87.3 |

评分标准：90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差。经自评，本局2023年度部门整体支出绩效得分为87.3分，评价等级为“优”。

## 五、存在的问题

1. 部分项目绩效目标设置不够细化，效益指标难以量化。
2. 退役军人就业培训与用人单位需求衔接不够紧密。
3. 预算执行进度前慢后快，上半年支出偏低。

## 六、改进措施

1. 结合年度重点任务细化绩效指标，增加可量化的效益指标。
2. 开展订单式、定向式技能培训，提高培训后就业率。
3. 按月监控预算执行进度，对进度滞后项目及时督办。

潍坊市寒亭区退役军人事务局

2024年4月2日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "hezuo-nongye-2022.pdf": doc_hezuo,
        "helong-yiyuan-2023.pdf": doc_helong,
        "liandu-jiaotong-2020.pdf": doc_liandu,
        "changji-linye-2022.pdf": doc_changji,
        "bayanhaote-2021.docx": doc_bayanhaote,
        "dongtai-shiyan-2023.docx": doc_dongtai,
        "ningan-nongtui-2021.docx": doc_ningan,
        "youjiang-shijian-2020.docx": doc_youjiang,
        "jiexiu-yian-2023.xlsx": doc_jiexiu,
        "xichang-budongchan-2023.xlsx": doc_xichang,
        "yanshi-minzheng-2022.html": lambda p: write_text(p, YANSHI),
        "gejiu-shuiwu-2024.html": lambda p: write_text(p, GEJIU),
        "wanzhi-chengguan-2023.html": lambda p: write_text(p, WANZHI),
        "fengcheng-fangjian-2020.txt": lambda p: write_text(p, _fengcheng()),
        "chishui-wenlv-2021.txt": lambda p: write_text(p, _chishui()),
        "hanting-tuijun-2023.md": lambda p: write_text(p, HANTING),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
