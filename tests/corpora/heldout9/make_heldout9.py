#!/usr/bin/env python3
"""Regenerate the heldout9 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout9/make_heldout9.py [--out DIR]

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

FONT = "WQY9"
FIXED_DT = datetime.datetime(2025, 6, 2, 8, 30, 0)
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
    office.set_core(d.core_properties, author="Administrator", last_modified_by="Administrator",
                    created=FIXED_DT, modified=FIXED_DT, last_printed=FIXED_DT, revision=5, title="")
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
# 1. lichuan-nongye-2022.pdf  (湖北 恩施土家族苗族自治州 利川市; department;
#    running header + footer; 年初预算 cut by the page break (restated later);
#    a ruled table of 3 key projects out of 11; planted E1: basic + project
#    miss the total by 30.00万元)
# ===========================================================================
def doc_lichuan(path: Path) -> None:
    p = PDF(path, header="利川市农业农村局2022年度部门整体支出绩效自评报告")
    p.title("利川市农业农村局\n2022年度部门整体支出绩效自评报告")
    p.para("按照《利川市财政局关于做好2022年度市直部门预算绩效自评工作的通知》（利财绩发〔2023〕5号）"
           "安排，我局成立由分管财务的副局长任组长的自评工作专班，对照年初设定的部门整体绩效目标，"
           "逐项核对账务、项目资料和完成情况，形成本报告。")
    p.heading("一、部门基本情况")
    p.para("利川市农业农村局是湖北省恩施土家族苗族自治州利川市人民政府工作部门，负责全市种植业、"
           "畜牧业、渔业、农田建设、农产品质量安全和乡村振兴有关工作，内设综合股、计划财务股、"
           "种植业管理股等9个股室，所属事业单位6个。2022年末编制人数128人，实有在职人员119人。")
    p.para("2022年部门整体绩效目标为：稳定粮食播种面积，推进高标准农田建设，做强茶叶、莼菜、"
           "高山蔬菜等特色产业，守住不发生区域性重大动物疫情和农产品质量安全事件底线。")
    p.heading("二、部门预算及执行情况")
    p.heading("（一）预算调整情况")
    p.para("2022年我局部门年初批复预算为4,286.40万元。年度执行中，根据上级转移支付资金下达情况，"
           "先后两次追加预算，共计613.75万元，全年可用资金4,900.15万元。")
    p.heading("（二）收入情况")
    p.para("2022年本年收入合计4,900.15万元。其中：一般公共预算财政拨款收入4,312.55万元，政府性基金"
           "预算财政拨款收入350.00万元，上年结转资金187.60万元，其他收入50.00万元。")
    p.heading("（三）支出情况")
    p.para("2022年本年支出合计4,716.28万元，预算执行率96.25%，年末结转结余183.87万元。其中基本支出"
           "1,873.42万元（人员经费1,642.80万元，公用经费230.62万元），主要用于在职人员工资福利和"
           "机关日常运转；项目支出2,812.86万元，主要用于高标准农田建设、茶叶产业发展、动物疫病防控、"
           "农产品质量安全监测等。本年度我局年初预算4,2\f86.40万元已全部细化到具体项目和经济分类科目，"
           "无代编预算。")
    p.heading("（四）重点项目执行情况")
    p.para("全年实施项目11个，以下3个重点项目资金量较大（单位：万元）：")
    p.table([
        ["项目名称", "全年预算数", "执行数", "执行率"],
        ["高标准农田建设", "1,260.00", "1,248.36", "99.08%"],
        ["茶叶产业发展专项", "420.00", "405.90", "96.64%"],
        ["动物防疫补助", "186.50", "186.50", "100.00%"],
    ], widths=[190, 90, 90, 80], style="grid", size=10, align=["l", "r", "r", "r"])
    p.heading("三、部门整体绩效目标完成情况")
    p.para("（一）粮食生产和农田建设。全市粮食播种面积保持稳定，新建高标准农田2.3万亩，完成耕地"
           "土壤样品采集化验640个。")
    p.para("（二）特色产业发展。推广茶园绿色防控技术5.6万亩，新建标准化莼菜基地1,200亩，培育市级以上"
           "农业产业化龙头企业7家。")
    p.para("（三）动物防疫和质量安全。完成春秋两季重大动物疫病强制免疫186.4万头次；全年抽检农产品"
           "2,450批次，抽检合格率99.2%。")
    p.para("（四）农民培训。开展高素质农民培育和农村实用技术培训，培训1,280人次。")
    p.heading("四、自评结论")
    p.para("对照部门整体支出绩效评价指标逐项打分，我局2022年度部门整体支出绩效自评得分94.2分，"
           "自评等级为“优”。")
    p.heading("五、存在的问题")
    p.para("1.部分上级转移支付资金下达时间较晚，项目实施和资金支付集中在下半年。")
    p.para("2.个别项目绩效目标设置偏保守，未能充分体现资金投入的效果。")
    p.para("3.基层农技服务体系人员老化，项目跟踪管理力量不足。")
    p.heading("六、改进措施")
    p.para("1.提前谋划项目库建设，资金下达后及时启动实施。")
    p.para("2.科学设定绩效目标，强化绩效运行监控。")
    p.para("3.加强基层农技人员培训，充实项目管理力量。")
    p.space(16)
    p.para("利川市农业农村局", indent=False)
    p.para("2023年4月20日", indent=False)
    p.save()


# ===========================================================================
# 2. xinyang-jiedao-2023.pdf  (福建 厦门市 海沧区; a 街道办事处; department;
#    running header, three-line tables (no vertical rules); revenue by four
#    sources in a table; grading scale stated and TRAP: the score is exactly
#    90, which is 优 by that scale)
# ===========================================================================
def doc_xinyang(path: Path) -> None:
    p = PDF(path, header="厦门市海沧区新阳街道办事处", header_rule=False, size=10.5)
    p.title("厦门市海沧区新阳街道办事处\n2023年度部门整体支出绩效自评报告", size=16)
    p.heading("一、单位基本情况")
    p.para("新阳街道办事处是厦门市海沧区人民政府的派出机关，辖6个社区，内设党政综合办公室、"
           "社区建设办公室、经济发展办公室、社会事务办公室、综合治理办公室等机构。主要负责辖区"
           "党的建设、社区治理、公共服务、平安建设、安全生产和城市管理等工作。")
    p.heading("二、预算安排及收支情况")
    p.para("2023年街道年初预算6,532.18万元，年中根据区级安排的社区建设、老旧小区改造等资金追加"
           "1,245.60万元，全年预算数7,777.78万元。收入来源如下表（单位：万元）：")
    p.table([
        ["收入来源", "金额", "占比"],
        ["一般公共预算财政拨款", "6,890.34", "88.59%"],
        ["政府性基金预算财政拨款", "520.00", "6.69%"],
        ["上年结转", "267.44", "3.44%"],
        ["其他收入", "100.00", "1.29%"],
        ["收入合计", "7,777.78", "100%"],
    ], widths=[200, 110, 90], style="three", size=10, align=["l", "r", "r"])
    p.para("2023年支出合计7,530.26万元，其中基本支出3,185.47万元，项目支出4,344.79万元。基本支出按"
           "经济分类：工资福利支出2,406.90万元，商品和服务支出512.35万元，对个人和家庭的补助266.22"
           "万元。全年预算执行率96.82%，年末结转结余247.52万元，主要为跨年实施的老旧小区改造工程款。")
    p.heading("三、绩效目标完成情况")
    p.para("（一）社区治理。依托网格化服务管理平台，网格员全年巡查发现并处置各类问题3,862件，"
           "办结率99.4%；调处矛盾纠纷427起。")
    p.para("（二）安全生产。联合区应急、消防部门开展“三合一”场所和出租房消防安全检查1,145家次，"
           "督促整改隐患2,037处。")
    p.para("（三）民生服务。新增城镇就业1,320人，发放高龄老人补贴1,986人次；完成4个老旧小区改造，"
           "惠及居民2,160户。")
    p.heading("四、自评结论")
    p.para("本次自评按照区财政局印发的部门整体支出绩效评价指标体系开展，评价结果分为四个等级："
           "90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"
           "经综合评定，我街道2023年度部门整体支出自评得分为90分，评价等级为优。")
    p.heading("五、存在的问题及改进措施")
    p.para("存在的问题：一是部分项目预算编制不够精细，年中追加较多；二是老旧小区改造等工程类项目"
           "进度受居民协调影响，资金支付滞后。")
    p.para("改进措施：（一）提高预算编制的准确性，严控年中追加；（二）建立工程项目进度台账，按月"
           "调度支付进度；（三）加强绩效自评结果运用，与下年度预算安排挂钩。")
    p.space(12)
    p.para("厦门市海沧区新阳街道办事处", indent=False)
    p.para("2024年3月28日", indent=False)
    p.save()


# ===========================================================================
# 3. xingping-yiyuan-2021.pdf  (陕西 咸阳市 兴平市; a HOSPITAL under the city
#    health bureau; project; a fully ruled central 项目支出绩效自评表 on page
#    2; TRAP: 执行率99.9% is 1,249.52 / 1,250.00 = 99.96% cut to one decimal)
# ===========================================================================
def doc_xingping(path: Path) -> None:
    p = PDF(path, size=10.5)
    p.title("兴平市人民医院2021年度公立医院综合改革补助资金\n项目支出绩效自评报告", size=15)
    p.heading("一、项目基本情况")
    p.para("公立医院综合改革补助资金由兴平市卫生健康局下达，兴平市人民医院具体实施，主要用于"
           "医疗设备更新、医院信息化建设和医务人员能力提升，支持医院破除以药补医机制、建立"
           "现代医院管理制度。")
    p.para("项目年初预算1,000.00万元，年中追加250.00万元，全年预算数1,250.00万元。其中中央补助资金"
           "700.00万元、省级补助资金360.00万元、市级配套资金190.00万元（陕财办社〔2021〕48号）。"
           "截至年末，项目资金实际到位1,250.00万元。")
    p.heading("二、资金使用情况")
    p.para("2021年全年执行数1,249.52万元，执行率99.9%，结余0.48万元。其中设备购置支出826.40万元，"
           "信息化建设支出263.12万元，人才培养支出160.00万元。")
    p.heading("三、绩效目标完成情况")
    p.para("全年购置彩色多普勒超声诊断仪、血液透析机等医疗设备9台，开展远程会诊342例，开展新技术"
           "新项目12项。医院全年门急诊28.6万人次，出院患者2.15万人次，次均住院费用增幅控制在3.8%。"
           "县域内就诊率为88.6%，未达到年度指标值，主要原因是部分肿瘤患者仍选择到省级医院就诊。")
    p.heading("四、自评结论")
    p.para("根据项目支出绩效自评表，本项目自评得分98分，自评等级为优。")
    p.heading("五、存在问题及改进措施")
    p.para("（一）存在问题：1.县域内就诊率仍低于目标；2.信息化系统之间数据互联互通程度不高。")
    p.para("（二）改进措施：1.加强重点专科建设，提升肿瘤等疾病诊治能力；2.推进电子病历系统"
           "升级，实现院内数据共享。")
    p.new_page()
    p.center("项目支出绩效自评表", size=13)
    p.center("（2021年度）", size=10)
    p.table([
        [("项目名称", 2), ("公立医院综合改革补助资金", 6)],
        [("主管部门", 2), ("兴平市卫生健康局", 2), ("实施单位", 1), ("兴平市人民医院", 3)],
        [("项目资金（万元）", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [("年度资金总额", 2), "1,000.00", "1,250.00", "1,249.52", "10", "99.9%", "10"],
        [("其中：当年财政拨款", 2), "1,000.00", "1,250.00", "1,249.52", "—", "99.9%", "—"],
        [("上年结转资金", 2), "", "", "", "—", "", "—"],
        [("其他资金", 2), "", "", "", "—", "", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标（50分）", "数量指标", "新增医疗设备", "≥8台", "9台", "10", "10", ""],
        ["产出指标（50分）", "数量指标", "开展远程会诊", "≥300例", "342例", "10", "10", ""],
        ["产出指标（50分）", "质量指标", "设备验收合格率", "100%", "100%", "10", "10", ""],
        ["产出指标（50分）", "时效指标", "资金拨付及时率", "≥95%", "100%", "10", "10", ""],
        ["产出指标（50分）", "成本指标", "次均住院费用增幅", "≤5%", "3.8%", "10", "10", ""],
        ["效益指标（30分）", "社会效益指标", "县域内就诊率", "≥90%", "88.6%", "15", "13", "部分患者外转"],
        ["效益指标（30分）", "可持续影响指标", "公立医院运行机制", "持续完善", "持续完善", "15", "15", ""],
        ["满意度指标（10分）", "服务对象满意度指标", "患者满意度", "≥90%", "94.3%", "10", "10", ""],
        [("总分", 5), "100", "98", "优"],
    ], widths=[62, 62, 90, 58, 58, 32, 32, 58], style="grid", size=8.5)
    p.save()


# ===========================================================================
# 4. geermu-linye-2020.pdf  (青海 海西蒙古族藏族自治州 格尔木市; project,
#    transfer payment; a BORDERLESS funds table by level with row rates;
#    NO score and NO grade: the conclusion says only 总体实施情况较好)
# ===========================================================================
def doc_geermu(path: Path) -> None:
    p = PDF(path, size=10.5, footer_first=False)
    p.title("格尔木市林业和草原局\n2020年度天然林资源保护工程项目绩效自评报告", size=15)
    p.heading("一、绩效目标分解下达情况")
    p.para("青海省海西蒙古族藏族自治州格尔木市天然林资源保护工程区主要分布在唐古拉山镇、郭勒木德镇"
           "等地。2020年，省财政厅、省林业和草原局下达我市天然林资源保护工程资金386.00万元，其中"
           "中央财政资金326.00万元、省级资金60.00万元（青财农字〔2020〕312号），全部纳入本年度"
           "项目预算，全年预算数386.00万元。")
    p.heading("二、资金投入和使用情况")
    p.para("项目资金于2020年5月全部下达到位。截至2020年12月31日，累计支出378.74万元，年末结转"
           "7.26万元，为管护站点设备采购尾款。分资金来源执行情况如下：")
    p.table([
        ["资金来源", "下达金额（万元）", "支出金额（万元）", "执行率"],
        ["中央财政资金", "326.00", "318.74", "97.77%"],
        ["省级资金", "60.00", "60.00", "100.00%"],
        ["合计", "386.00", "378.74", "98.12%"],
    ], widths=[150, 110, 110, 90], style="none", size=10, align=["l", "r", "r", "r"])
    p.heading("三、绩效目标完成情况")
    p.para("全年落实天然林管护面积12.6万亩，聘用生态护林员85人，开展管护巡查2,340人次；开展森林"
           "草原防火宣传18场次，全年未发生森林火灾；依法查处破坏林草资源案件6起。")
    p.heading("四、自评结论")
    p.para("经对照年初设定的绩效目标逐项核查，本项目产出、效益指标基本完成，资金管理规范，"
           "总体实施情况较好。")
    p.heading("五、存在的问题和改进措施")
    p.para("（一）存在问题。一是管护区域地广人稀，巡护交通和通讯条件差；二是护林员年龄偏大，"
           "业务能力有待提高。")
    p.para("（二）改进措施。一是逐步配备巡护车辆和卫星通讯设备；二是每年组织护林员集中培训。")
    p.save()


# ===========================================================================
# 5. qingtongxia-yeshengzhen-2021.pdf  (宁夏 吴忠市 青铜峡市; a TOWNSHIP
#    government; project; 决策 / 过程 / 产出 / 效益 first-level table with
#    points; grading bands stated; 87.5 = 良, consistent)
# ===========================================================================
def doc_qingtongxia(path: Path) -> None:
    p = PDF(path, header="青铜峡市叶盛镇人民政府", size=10.5)
    p.title("青铜峡市叶盛镇人民政府2021年度村级公益事业\n一事一议财政奖补项目绩效自评报告", size=15)
    p.heading("一、项目概况")
    p.para("宁夏回族自治区吴忠市青铜峡市叶盛镇2021年实施村级公益事业一事一议财政奖补项目，涉及"
           "地三村、光明村、正闸村等7个行政村，建设内容为村组道路硬化、排水渠新建和太阳能路灯安装。")
    p.heading("二、项目资金情况")
    p.para("项目年初预算260.00万元，年中追加45.00万元，调整后预算305.00万元，实际到位资金305.00万元。"
           "截至2021年12月31日，已支付298.35万元，预算执行率97.82%，结转6.65万元为工程质保金。")
    p.heading("三、项目绩效情况")
    p.para("项目共硬化村组道路4.6公里，新建排水渠2.3公里，安装太阳能路灯120盏，直接受益群众1.1万人。"
           "工程全部通过镇村联合验收，质量合格。")
    p.heading("四、评价结论")
    p.para("本次自评从项目决策、项目过程、项目产出、项目效益四个方面进行，评价结果分为优（90分及"
           "以上）、良（80-89分）、中（60-79分）、差（60分以下）四个等级。各一级指标得分如下：")
    p.table([
        ["一级指标", "分值", "自评得分", "主要扣分原因"],
        ["项目决策", "20", "18", "绩效目标细化不足"],
        ["项目过程", "20", "17.5", "部分村验收资料归档不及时"],
        ["项目产出", "40", "34", "2个村排水渠完工延期"],
        ["项目效益", "20", "18", "长效管护机制不健全"],
        ["合计", "100", "87.5", ""],
    ], widths=[110, 60, 70, 220], style="grid", size=10)
    p.para("综上，本项目自评得分87.5分，评价等级为“良”。")
    p.heading("五、存在的问题")
    p.para("1.项目前期群众议事程序耗时较长，影响开工时间。")
    p.para("2.建成设施管护责任落实不到位。")
    p.heading("六、下一步工作")
    p.para("1.提前开展群众议事和项目公示，确保项目按期开工。")
    p.para("2.建立村级公益设施管护制度，落实管护经费和责任人。")
    p.save()


# ===========================================================================
# 6. jinggangshan-jiaoti-2022.docx  (江西 吉安市 井冈山市; department; Word
#    heading styles; 事业收入 as a source; a table of 3 key projects; findings
#    inline 一是…二是…三是; planted E5: 义务教育薄弱环节改善 states 96.40%
#    for 2,218.40 / 2,350.00 = 94.40%)
# ===========================================================================
def doc_jinggangshan(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = new_docx()
    office.centred_title(d, "井冈山市教育体育局", 18)
    office.centred_title(d, "2022年度部门整体支出绩效自评报告", 18)
    d.add_heading("一、部门基本情况", level=1)
    para(d, "井冈山市教育体育局是江西省吉安市井冈山市人民政府工作部门，负责全市学前教育、义务教育、"
            "普通高中教育、职业教育和体育事业的统筹管理。局机关内设办公室、计划财务股、基础教育股等"
            "8个股室，所属各级各类学校和体育场馆共41个。")
    d.add_heading("二、部门预算执行情况", level=1)
    d.add_heading("（一）预算批复和调整", level=2)
    para(d, "2022年部门预算批复数为18,642.35万元，年度中因教师绩效工资调整和上级专项资金下达，追加"
            "预算2,136.80万元，全年预算数20,779.15万元。")
    d.add_heading("（二）收入情况", level=2)
    para(d, "本年收入20,779.15万元，包括一般公共预算财政拨款收入19,862.15万元、上年结转617.00万元、"
            "事业收入300.00万元。")
    d.add_heading("（三）支出情况", level=2)
    para(d, "本年支出20,315.62万元，预算执行率97.77%，年末结转和结余463.53万元。其中：基本支出"
            "14,208.47万元，包括人员经费13,116.20万元、公用经费1,092.27万元；项目支出6,107.15万元。")
    d.add_heading("（四）重点项目执行情况", level=2)
    para(d, "全年部门项目支出涉及资助、校舍改造、安保、体育赛事等多个方面，其中三个重点项目执行"
            "情况如下（单位：万元）：")
    table(d, [
        ["项目名称", "全年预算数", "执行数", "执行率"],
        ["学生资助补助", "860.00", "852.60", "99.14%"],
        ["义务教育薄弱环节改善", "2,350.00", "2,218.40", "96.40%"],
        ["校园安保经费", "312.00", "312.00", "100.00%"],
    ])
    d.add_heading("三、绩效目标完成情况", level=1)
    para(d, "（一）教育保障。全年落实各类学生资助政策，资助学生12,460人次；义务教育巩固率达到99.6%。")
    para(d, "（二）办学条件。实施义务教育薄弱环节改善项目，新建和改建校舍1.86万平方米，为农村学校"
            "配备多媒体教学设备326套。")
    para(d, "（三）队伍建设。组织教师全员培训1,980人次，新招聘教师64名。")
    para(d, "（四）体育事业。承办全市性群众体育赛事15场，参与群众约2.4万人次。")
    d.add_heading("四、自评结论", level=1)
    para(d, "根据部门整体支出绩效评价指标体系，我局2022年度部门整体支出自评得分95.5分，评定等级"
            "为“优”。")
    d.add_heading("五、存在的问题", level=1)
    para(d, "一是部分项目资金下达较晚，年底集中支付压力大；二是校舍改造项目前期工作不够扎实，"
            "影响工程进度；三是绩效目标与预算编制衔接不够紧密。")
    d.add_heading("六、改进措施", level=1)
    para(d, "（一）加强项目前期谋划，提前完成设计和招标等准备工作。")
    para(d, "（二）建立资金支付进度通报制度，提高资金使用效率。")
    para(d, "（三）将绩效目标编制嵌入预算编制环节，做到同步申报、同步审核。")
    for line in ("井冈山市教育体育局", "2023年5月8日"):
        para(d, line, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    office.page_number_footer(d)
    save_docx(d, path)


# ===========================================================================
# 7. jishou-qianzhou-2023.docx  (湖南 湘西土家族苗族自治州 吉首市; a 街道办事处;
#    department; a Hunan form report: label / value cells, a funding grid
#    收入合计 | 上年结转 | 公共财政拨款 | 政府基金拨款 | 纳入专户… | 其他;
#    bold paragraphs instead of heading styles; planted E4: 84.5分 called 优,
#    with the bands stated)
# ===========================================================================
def doc_jishou(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "吉首市2023年度部门（单位）整体支出", 16)
    office.centred_title(d, "绩效评价自评报告", 16)
    for line in ("部门（单位）名称：吉首市乾州街道办事处", "预算编码：418027", "评价方式：部门（单位）绩效自评",
                 "报告日期：2024年03月26日"):
        para(d, line, indent=False)
    office.bold_line(d, "一、部门（单位）基本概况")
    table(d, [
        ["联系人", "彭**", "联络电话", "0743-82*****"],
        ["人员编制", "42", "实有人数", "39"],
        ["职能职责概述", "负责辖区党的建设、经济发展、社会治理、民生服务、城市管理和安全生产等工作。", "", ""],
    ], merges=(((2, 1), (2, 3)),))
    office.bold_line(d, "二、部门（单位）收支情况")
    para(d, "2023年年初预算2,880.00万元，年中追加预算385.40万元，全年预算3,265.40万元。本年收入"
            "情况如下表（单位：万元）：")
    table(d, [
        ["收入合计", "上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他"],
        ["3,265.40", "86.40", "2,979.00", "150.00", "—", "50.00"],
    ])
    para(d, "2023年支出3,148.62万元，其中基本支出1,426.35万元（人员经费1,205.10万元，公用经费"
            "221.25万元），项目支出1,722.27万元。全年预算执行率96.42%，结余116.78万元。")
    office.bold_line(d, "三、部门（单位）整体绩效目标完成情况")
    para(d, "1.城市治理。全年受理并办结城市网格化管理事件2,846件，拆除违法建设1.2万平方米。")
    para(d, "2.民生保障。发放城乡低保金412.60万元，开展禁毒宣传36场次，新增就业岗位580个。")
    para(d, "3.平安建设。排查化解矛盾纠纷318起，辖区未发生较大以上安全生产事故。")
    office.bold_line(d, "四、自评结论")
    para(d, "根据《吉首市部门整体支出绩效评价指标体系》，评分90分（含）以上为优，80分（含）至90分为良，"
            "60分（含）至80分为中，60分以下为差。经自评，我办2023年度部门整体支出绩效得分84.5分，"
            "自评等级为“优”。")
    office.bold_line(d, "五、存在的问题")
    para(d, "（一）预算编制不够精准，年中追加项目较多。")
    para(d, "（二）部分项目资金支付进度偏慢。")
    para(d, "（三）绩效自评工作人员业务能力有待提高。")
    office.bold_line(d, "六、改进措施")
    para(d, "（一）细化预算编制，提高年初预算到位率。")
    para(d, "（二）建立支付进度月报制度。")
    para(d, "（三）组织财务人员参加预算绩效管理培训。")
    save_docx(d, path)


# ===========================================================================
# 8. qionghai-jiaji-2023.xlsx  (海南 琼海市; a SCHOOL under the city education
#    bureau; bare Hainan 项目支出绩效自评表 in 元: a code prefix on the project
#    name, 资金总额 / 财政资金 / 单位资金 / 财政专户管理资金 rows with 0.00,
#    指标性质 | 年度指标值 | 度量单位 | 实际完成值 | 完成率; no grade; planted E3:
#    合计 98.87 while the scores add up to 99.87)
# ===========================================================================
def doc_qionghai(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, width in zip("ABCDEFGHIJK", (12, 12, 26, 8, 10, 8, 10, 9, 8, 8, 22), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="K1", center=True, size=14)
    xl_put(ws, "A2", "（2023年度）", merge_to="K2", center=True)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", "46900223T000000018426-家庭经济困难学生资助", merge_to="F3")
    xl_put(ws, "G3", "填报人", center=True)
    xl_put(ws, "H3", "王**", merge_to="I3")
    xl_put(ws, "J3", "联系方式", center=True)
    xl_put(ws, "K3", "0898-62******")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", "469002-琼海市教育局", merge_to="F4")
    xl_put(ws, "G4", "实施单位", center=True)
    xl_put(ws, "H4", "469002015-琼海市嘉积中学", merge_to="K4")
    heads = ("资金构成（元）", "", "", "年初预算数", "全年预算数", "执行数", "分值", "执行率（%）", "得分")
    for col, head in zip("ABCDEFGHI", heads, strict=True):
        if head:
            xl_put(ws, f"{col}5", head, center=True)
    ws.merge_cells("A5:C5")
    money = [("资金总额：", 1860000, 2145600, 2118366, 10, 98.73, 9.87),
             ("其中：财政资金：", 1860000, 2145600, 2118366, None, 98.73, None),
             ("单位资金：", 0, 0, 0, None, 0, None),
             ("财政专户管理资金：", 0, 0, 0, None, 0, None)]
    for r, (label, ini, adj, exe, w, rate, s) in enumerate(money, start=6):
        xl_put(ws, f"A{r}", label, merge_to=f"C{r}")
        for col, v in (("D", ini), ("E", adj), ("F", exe)):
            xl_put(ws, f"{col}{r}", v, fmt="#,##0.00")
        xl_put(ws, f"G{r}", w, fmt="0.00", center=True)
        xl_put(ws, f"H{r}", rate, center=True)
        xl_put(ws, f"I{r}", s, center=True)
    xl_put(ws, "A10", "年度目标", merge_to="E10", center=True)
    xl_put(ws, "F10", "年度目标完成情况", merge_to="K10", center=True)
    xl_put(ws, "A11", "按政策资助家庭经济困难学生，保障学生不因家庭经济困难失学。", merge_to="E11")
    xl_put(ws, "F11", "全年资助家庭经济困难学生648人次，发放国家助学金1,628,500元，免除学杂费489,866元，"
                      "未发生因家庭经济困难辍学情况。", merge_to="K11")
    heads = ("一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "完成率",
             "分值", "得分", "未完成原因分析")
    for col, head in zip("ABCDEFGHIJK", heads, strict=True):
        xl_put(ws, f"{col}12", head, center=True, bold=True)
    inds = [
        ("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥", 620, "人次", 648, "104.52%", 20, 20, ""),
        ("产出指标", "质量指标", "资助对象认定准确率", "＝", 100, "%", 100, "100.00%", 15, 15, ""),
        ("产出指标", "时效指标", "资助资金发放及时率", "≥", 95, "%", 100, "105.26%", 15, 15, ""),
        ("效益指标", "社会效益指标", "因经济困难辍学学生人数", "＝", 0, "人", 0, "100.00%", 20, 20, ""),
        ("效益指标", "可持续影响指标", "资助政策知晓率", "≥", 90, "%", 96.5, "107.22%", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥", 90, "%", 92.8, "103.11%", 10, 10, ""),
    ]
    first = 13
    for r, row in enumerate(inds, start=first):
        for col, value in zip("ABCDEFGHIJK", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "DEFGHIJ")
    merge_runs(ws, "A", first, [row[0] for row in inds])
    last = first + len(inds)
    xl_put(ws, f"A{last}", "合计", merge_to=f"H{last}", center=True)
    xl_put(ws, f"I{last}", 100, fmt="0.00", center=True)
    xl_put(ws, f"J{last}", 98.87, fmt="0.00", center=True)
    xl_put(ws, f"K{last}", "")
    save_xlsx(wb, path)


# ===========================================================================
# 9. shuangqiao-zhaoming-2021.xlsx  (重庆 双桥经济技术开发区; a 开发区 bureau;
#    bare central 项目支出绩效自评表 with merged cells (项目资金 label, 一级 /
#    二级 columns, 总分), first-level points in the 一级指标 labels,
#    a free-text 实际完成情况 cell with metrics; consistent)
# ===========================================================================
def doc_shuangqiao(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, width in zip("ABCDEFGH", (14, 14, 30, 16, 14, 8, 10, 24), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, merge_to="H1", center=True, size=16)
    xl_put(ws, "A2", "（2021年度）", merge_to="H2", center=True)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", "城市道路照明设施维护", merge_to="H3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", "重庆市双桥经济技术开发区建设管理局", merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", "重庆市双桥经济技术开发区建设管理局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9", center=True)
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                         strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    money = [("年度资金总额", 169.85, 182.35, 176.42, 10, "96.75%", 9.68),
             ("其中：当年财政拨款", 169.85, 182.35, 176.42, "—", "96.75%", "—"),
             ("上年结转资金", None, None, None, "—", None, "—"),
             ("其他资金", None, None, None, "—", None, "—")]
    for r, (label, ini, adj, exe, w, rate, s) in enumerate(money, start=6):
        xl_put(ws, f"B{r}", label)
        for col, v in (("C", ini), ("D", adj), ("E", exe)):
            xl_put(ws, f"{col}{r}", v, fmt="0.00")
        xl_put(ws, f"F{r}", w, center=True)
        xl_put(ws, f"G{r}", rate, center=True)
        xl_put(ws, f"H{r}", s, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11", center=True)
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "保障经开区主次干道路灯设施正常运行，主干道亮灯率不低于98%，故障及时修复。", merge_to="D11")
    xl_put(ws, "E11", "全年维护路灯3,286盏，更换LED灯具412套，处置故障工单1,057件，主干道亮灯率98.6%。",
           merge_to="H11")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}12", head, center=True, bold=True)
    inds = [
        ("产出指标（50分）", "数量指标", "路灯设施维护数量", "≥3200盏", "3286盏", 10, 10, ""),
        ("产出指标（50分）", "质量指标", "主干道亮灯率", "≥98%", "98.6%", 10, 10, ""),
        ("产出指标（50分）", "质量指标", "故障修复及时率", "≥95%", "96.2%", 10, 10, ""),
        ("产出指标（50分）", "时效指标", "维护任务完成时限", "2021年12月底前", "按期完成", 10, 10, ""),
        ("产出指标（50分）", "成本指标", "单盏年均维护成本", "≤550元", "536元", 10, 10, ""),
        ("效益指标（30分）", "社会效益指标", "夜间出行安全保障水平", "有效提升", "有效提升", 15, 14,
         "部分支路照明仍有盲区，下年纳入改造"),
        ("效益指标（30分）", "生态效益指标", "照明设施节能率", "≥10%", "11.3%", 15, 15, ""),
        ("满意度指标（10分）", "服务对象满意度指标", "市民满意度", "≥90%", "91.5%", 10, 10, ""),
    ]
    first = 13
    for r, row in enumerate(inds, start=first):
        for col, value in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", value, center=col in "AFG")
    merge_runs(ws, "A", first, [row[0] for row in inds])
    merge_runs(ws, "B", first, [row[0] + row[1] for row in inds])
    last = first + len(inds)
    xl_put(ws, f"A{last}", "总分", merge_to=f"E{last}", center=True)
    xl_put(ws, f"F{last}", 100, center=True)
    xl_put(ws, f"G{last}", 98.68, fmt="0.00", center=True)
    xl_put(ws, f"H{last}", "优")
    ws[f"A{last + 2}"] = "填报日期：2022年3月15日"
    save_xlsx(wb, path)


# ===========================================================================
# 10. ruyuan-weijian-2022.html  (广东 韶关市 乳源瑶族自治县 (自治县); county
#     bureau; department; a county-site page: 索引号 / 发布机构 / 生成日期 table,
#     breadcrumbs, 浏览次数, related links, footer; two projects in two
#     wordings; planted E2: 预算执行率97.40% for 10,415.38 / 10,998.65 = 94.70%)
# ===========================================================================
RUYUAN = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>乳源瑶族自治县卫生健康局2022年度部门整体支出绩效自评报告_乳源瑶族自治县人民政府门户网站</title>
<meta name="SiteName" content="乳源瑶族自治县人民政府门户网站">
<meta name="ColumnName" content="绩效信息">
</head>
<body>
<div class="header"><a href="/">乳源瑶族自治县人民政府门户网站</a> <span>无障碍浏览</span> <span>长者模式</span> <span>English</span></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjry/">走进乳源</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; 绩效信息</div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>11440232007041592X/2023-00186</td><td>分类：</td><td>财政预决算</td></tr>
<tr><td>发布机构：</td><td>乳源瑶族自治县卫生健康局</td><td>生成日期：</td><td>2023-06-27</td></tr>
<tr><td>名称：</td><td colspan="3">乳源瑶族自治县卫生健康局2022年度部门整体支出绩效自评报告</td></tr>
<tr><td>文号：</td><td></td><td>主题词：</td><td></td></tr>
</table>
<div class="article">
<h1>乳源瑶族自治县卫生健康局2022年度部门整体支出绩效自评报告</h1>
<div class="meta">发布日期：2023-06-27 16:42　来源：本网　浏览次数：238　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<p>根据县财政局关于开展2022年度部门整体支出绩效自评工作的部署，我局对2022年度部门整体支出情况开展了自评，现将有关情况报告如下：</p>
<p><strong>一、部门基本情况</strong></p>
<p>乳源瑶族自治县卫生健康局是广东省韶关市乳源瑶族自治县人民政府工作部门，负责全县医疗卫生、公共卫生、疾病预防控制、妇幼健康和人口家庭发展等工作，下属县人民医院、县中医院、县疾控中心和9家乡镇卫生院。</p>
<p><strong>二、部门整体支出情况</strong></p>
<p>（一）预算情况。2022年年初预算9,612.40万元，年度中追加1,386.25万元，调整后预算10,998.65万元。</p>
<p>（二）收入情况。本年收入10,998.65万元，其中一般公共预算财政拨款9,842.65万元，政府性基金预算财政拨款800.00万元，上年结转356.00万元。</p>
<p>（三）支出情况。本年支出10,415.38万元，其中基本支出2,365.12万元，项目支出8,050.26万元。预算执行率为97.40%，年末结转结余583.27万元。</p>
<p>（四）重点项目。“基本公共卫生服务项目”全年预算数为1,286.00万元，执行数为1,286.00万元，完成预算的100%；“家庭医生签约服务”项目预算数为236.50万元，执行数为218.72万元，预算执行率92.48%。</p>
<p><strong>三、绩效目标完成情况</strong></p>
<p>全年为城乡居民建立电子健康档案17.6万份，为65岁及以上老年人提供健康管理服务1.32万人，孕产妇系统管理率达93.6%；家庭医生签约4.86万人；组织医疗卫生人员下乡开展义诊活动46场次。</p>
<p><strong>四、自评结论</strong></p>
<p>经对照部门整体支出绩效评价指标逐项评分，我局2022年度部门整体支出自评得分92.6分，自评等级为优。</p>
<p><strong>五、存在问题</strong></p>
<p>（一）乡镇卫生院专业技术人员不足，基本公共卫生服务质量有待提高。</p>
<p>（二）家庭医生签约服务重签约、轻履约的问题仍然存在。</p>
<p>（三）部分项目资金支出进度偏慢。</p>
<p><strong>六、改进措施</strong></p>
<p>（一）通过县招乡用、定向培养等方式充实基层卫生人才队伍。</p>
<p>（二）完善家庭医生签约服务考核办法，把履约情况与经费拨付挂钩。</p>
<p>（三）加强预算执行监控，按月通报支出进度。</p>
<p style="text-align:right">乳源瑶族自治县卫生健康局<br>2023年6月20日</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#">【收藏】</a></div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="#">乳源瑶族自治县卫生健康局2023年部门预算</a></li>
<li><a href="#">乳源瑶族自治县卫生健康局2022年部门决算</a></li>
<li><a href="#">乳源瑶族自治县卫生健康局2021年度部门整体支出绩效自评报告</a></li>
</ul>
</div>
<div class="footer">
<p>主办：乳源瑶族自治县人民政府办公室　承办：乳源瑶族自治县政务服务数据管理局</p>
<p>网站标识码：4402320001　粤ICP备05085219号　粤公网安备 44023202000015号</p>
<p>建议使用1920×1080分辨率浏览本网站</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 11. dongli-shuiwu-2021.html  (天津 东丽区; district bureau; project
#     (transfer payment) in the 绩效目标分解下达 / 完成情况分析 layout;
#     中央 / 区级 funds, 支付率; NO score and NO grade: 总体完成情况
#     良好 is not a grade; 字号 / 扫一扫 / 网站声明 chrome)
# ===========================================================================
DONGLI = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>天津市东丽区农村供水管网更新改造工程项目2021年度绩效自评报告-天津市东丽区人民政府</title>
</head>
<body>
<div class="top">天津市东丽区人民政府 | <a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="path"><a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">绩效评价</a></div>
<div class="title">
<h2>天津市东丽区农村供水管网更新改造工程项目2021年度绩效自评报告</h2>
<p>发布时间：2022-05-19 10:26　　来源：天津市东丽区水务局</p>
<p>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></p>
</div>
<div class="content">
<p>天津市东丽区水务局农村供水管网更新改造工程项目2021年度绩效自评报告</p>
<p>一、绩效目标分解下达情况</p>
<p>2021年，东丽区农村供水管网更新改造工程项目全年预算数960.00万元，其中中央水利发展资金720.00万元、区级配套资金240.00万元（津财农〔2021〕27号）。项目由天津市东丽区水务局组织实施，涉及金钟街道、华明街道和东丽湖街道的14个村。</p>
<p>二、绩效目标完成情况分析</p>
<p>（一）资金投入情况分析。</p>
<p>项目资金已全部到位960.00万元。截至2021年12月31日，已拨付工程款952.30万元，支付率99.20%，剩余资金为工程质保金。</p>
<p>（二）总体绩效目标完成情况分析。</p>
<p>项目更新改造农村供水管网38.5公里，新建加压泵站2座，改造入户水表4,260块，受益人口约3.2万人，管网漏损率由改造前的18%下降至9.6%。</p>
<p>（三）绩效指标完成情况分析。</p>
<p>1.产出指标：数量、质量和时效指标均已完成。</p>
<p>2.效益指标：供水保证率和水质达标率明显提高。</p>
<p>3.满意度指标：受益群众满意度调查结果为95.2%。</p>
<p>综上，项目总体完成情况良好。</p>
<p>三、偏离绩效目标的原因和下一步改进措施</p>
<p>存在问题：1.部分村庄地下管线资料不全，施工中多次变更设计；2.工程建成后村级管护力量薄弱。</p>
<p>改进措施：1.加强前期勘察，完善地下管线资料；2.推行专业化管护，落实管护经费。</p>
<p>四、绩效自评结果拟应用和公开情况</p>
<p>自评结果将作为以后年度安排同类项目资金的重要参考，并按规定在区政府网站公开。</p>
</div>
<div class="share">扫一扫在手机打开当前页</div>
<div class="foot">
<p><a href="#">网站声明</a> | <a href="#">联系我们</a> | <a href="#">网站地图</a> | <a href="#">网站纠错</a></p>
<p>主办：天津市东丽区人民政府　承办：天津市东丽区人民政府办公室</p>
<p>网站标识码：1201100002　津ICP备17009684号-1</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 12. duilong-renshe-2021.txt  (西藏 拉萨市 堆龙德庆区; district bureau; a bare
#     部门整体支出绩效自评表 copied from a document-sharing site: one cell per
#     line ending in " |", rows of "||||", site chrome before and after)
# ===========================================================================
def _duilong() -> str:
    head = [
        "拉萨市堆龙德庆区人力资源和社会保障局2021年度部门整体支出绩效自评表 - 文档分享网",
        "首页 > 行业资料 > 财会税务 > 拉萨市堆龙德庆区人力资源和社会保障局2021年度部门整体支出绩效自评表(4页珍藏版)",
        "由会员 xz_doc2023 上传分享　　页数：4　　大小：86KB　　下载积分：5",
        "",
        "部门整体支出绩效自评表",
        "（2021年度）",
        "",
    ]
    cells = [
        ["部门名称", "拉萨市堆龙德庆区人力资源和社会保障局"],
        ["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", "1,526.30", "1,704.82", "1,662.56", "10", "97.52%", "9.75"],
        ["按收入性质分", "一般公共预算", "1,526.30", "1,654.82", "1,612.56", "—", "—", "—"],
        ["", "上年结转", "—", "50.00", "50.00", "—", "—", "—"],
        ["", "其他资金", "—", "—", "—", "—", "—", "—"],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", "全年城镇新增就业不少于1,800人，农牧民转移就业不少于6,000人次，社会保险待遇按时足额发放。",
         "全年城镇新增就业1,926人，实现农牧民转移就业6,418人次，开展职业技能培训1,135人次，"
         "追发拖欠农民工工资386.4万元，各项社会保险待遇按时足额发放。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标（50分）", "数量指标", "城镇新增就业人数", "≥1800人", "1926人", "10", "10", ""],
        ["", "数量指标", "农牧民转移就业人数", "≥6000人次", "6418人次", "10", "10", ""],
        ["", "数量指标", "职业技能培训人数", "≥1200人次", "1135人次", "10", "9.4", "部分培训受疫情影响延期"],
        ["", "质量指标", "高校毕业生就业率", "≥95%", "96.3%", "10", "10", ""],
        ["", "时效指标", "社保待遇按时足额发放率", "100%", "100%", "10", "10", ""],
        ["效益指标（30分）", "社会效益指标", "城镇登记失业率", "≤3%", "2.6%", "15", "15", ""],
        ["", "社会效益指标", "劳动保障监察举报投诉结案率", "≥95%", "97.1%", "15", "15", ""],
        ["满意度指标（10分）", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", "10", "10", ""],
        ["总分", "", "", "", "", "100", "99.15", "自评等级：优"],
    ]
    body = []
    for row in cells:
        body += [f"{c} |" for c in row]
        body.append("||||")
    tail = [
        "",
        "填报单位（盖章）：拉萨市堆龙德庆区人力资源和社会保障局　　填报日期：2022年4月6日",
        "",
        "下载文档到电脑，查找使用更方便",
        "5 积分",
        "还剩页未读，继续阅读",
        "相关资源：",
        "拉萨市堆龙德庆区人力资源和社会保障局2020年度部门整体支出绩效自评表",
        "2021年度部门整体支出绩效自评报告范文(通用9篇)",
        "本文档仅供参考，如有侵权请联系删除。",
    ]
    return "\n".join(head + body + tail) + "\n"


# ===========================================================================
# 13. miyun-jikong-2022.md  (北京 密云区; a 中心 under the district health
#     commission; project; Markdown with a pipe table; budget not adjusted in
#     the year; first-level points in the level-1 cells; consistent)
# ===========================================================================
MIYUN = """# 北京市密云区疾病预防控制中心2022年度免疫规划及重点传染病防控项目支出绩效自评报告

**主管部门：** 北京市密云区卫生健康委员会
**实施单位：** 北京市密云区疾病预防控制中心

## 一、项目基本情况

免疫规划及重点传染病防控项目是北京市密云区疾病预防控制中心的常年性项目，主要用于国家免疫规划疫苗接种管理、冷链系统运行维护、传染病监测报告和聚集性疫情处置。

## 二、项目资金情况

2022年项目年初预算486.20万元，年度中未作调整。全年支出472.68万元，预算执行率97.22%，结余13.52万元按规定收回财政。

## 三、绩效目标完成情况

全年指导全区接种单位接种各类疫苗12.86万剂次，处置传染病聚集性疫情21起，培训预防接种人员320人次，开展疫苗接种和传染病防治健康宣传活动48场。绩效指标完成情况如下：

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标（50分） | 数量指标 | 适龄儿童免疫规划疫苗接种率 | ≥95% | 98.7% | 15 | 15 |
| 产出指标（50分） | 质量指标 | 冷链温度监测覆盖率 | 100% | 100% | 10 | 10 |
| 产出指标（50分） | 时效指标 | 传染病疫情报告及时率 | ≥99% | 99.8% | 15 | 15 |
| 产出指标（50分） | 质量指标 | 疑似预防接种异常反应处置率 | 100% | 100% | 10 | 10 |
| 效益指标（30分） | 社会效益指标 | 甲乙类传染病报告发病率 | 较上年下降 | 下降4.2% | 15 | 15 |
| 效益指标（30分） | 可持续影响指标 | 聚集性疫情处置 | 及时有效 | 及时有效 | 15 | 15 |
| 满意度指标（10分） | 服务对象满意度指标 | 接种对象家长满意度 | ≥90% | 95.4% | 10 | 10 |
| 预算执行率（10分） | — | 预算执行率 | 100% | 97.22% | 10 | 9.72 |
| 总分 | | | | | 100 | 99.72 |

## 四、自评结论

本项目自评得分99.72分，评价等级为“优”。扣分原因为部分冷链设备采购节约资金形成结余，预算执行率未达到100%。

## 五、存在问题

1. 部分社区卫生服务中心接种门诊人员流动性大，业务能力不稳定。
2. 传染病监测信息系统与医疗机构系统对接不够顺畅。

## 六、改进措施

1. 建立接种人员定期轮训和考核制度。
2. 推进监测信息系统与医疗机构系统数据直报对接。

北京市密云区疾病预防控制中心
2023年4月12日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "lichuan-nongye-2022.pdf": doc_lichuan,
        "xinyang-jiedao-2023.pdf": doc_xinyang,
        "xingping-yiyuan-2021.pdf": doc_xingping,
        "geermu-linye-2020.pdf": doc_geermu,
        "qingtongxia-yeshengzhen-2021.pdf": doc_qingtongxia,
        "jinggangshan-jiaoti-2022.docx": doc_jinggangshan,
        "jishou-qianzhou-2023.docx": doc_jishou,
        "qionghai-jiaji-2023.xlsx": doc_qionghai,
        "shuangqiao-zhaoming-2021.xlsx": doc_shuangqiao,
        "ruyuan-weijian-2022.html": lambda p: write_text(p, RUYUAN),
        "dongli-shuiwu-2021.html": lambda p: write_text(p, DONGLI),
        "duilong-renshe-2021.txt": lambda p: write_text(p, _duilong()),
        "miyun-jikong-2022.md": lambda p: write_text(p, MIYUN),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
