#!/usr/bin/env python3
"""Regenerate the heldout10 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout10/make_heldout10.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML, TXT and MD documents next to this script.
The goldens (NAME.golden.json) are hand-written and are NOT touched.
Byte stability comes from tests/corpora/builder: reportlab runs in invariant mode with
WenQuanYi Zen Hei embedded; DOCX/XLSX are re-zipped with a fixed entry date and fixed
core-property dates; text files are UTF-8 with LF line ends.
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

FONT = "WQY10"
FIXED_DT = datetime.datetime(2025, 7, 1, 9, 0, 0)
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
                    created=FIXED_DT, modified=FIXED_DT, last_printed=FIXED_DT, revision=3, title="")
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
# 1. weichang-siheyong-2020.pdf  (河北 承德市 围场满族蒙古族自治县; a township
#    health centre (中心卫生院) under the county health bureau; project; funds
#    by 中央 / 省级 / 县级; page 2 a FLATTENED indicator table (no rules at all);
#    planted E1: the 合计 row and the conclusion say 96.61, the rows add up to 97.61)
# ===========================================================================
def doc_weichang(path: Path) -> None:
    p = PDF(path, size=10.5)
    p.title("围场满族蒙古族自治县四合永镇中心卫生院\n2020年度基本公共卫生服务项目支出绩效自评报告", size=15)
    p.heading("一、项目基本情况")
    p.para("四合永镇中心卫生院是河北省承德市围场满族蒙古族自治县卫生健康局所属公益一类事业单位，"
           "承担全镇22个行政村常住居民的基本医疗和基本公共卫生服务，并对村卫生室开展业务指导。")
    p.para("2020年，县卫生健康局分两批下达我院基本公共卫生服务补助资金132.48万元，其中中央财政资金"
           "92.74万元、省级财政资金26.49万元、县级财政资金13.25万元，全年预算数132.48万元。截至"
           "2020年12月底，上述资金已全部拨付到位。")
    p.heading("二、资金使用情况")
    p.para("全年支出127.35万元，预算执行率96.13%，结转5.13万元用于次年一季度乡村医生考核补助。"
           "支出构成为：乡村医生公共卫生服务补助68.40万元，体检耗材及检验试剂费42.15万元，"
           "健康教育和宣传材料印制费9.86万元，其他日常公用支出6.94万元。")
    p.heading("三、绩效目标完成情况")
    p.para("全年为辖区居民建立电子健康档案2.86万份，规范化电子健康档案覆盖率达到84.6%；"
           "对65岁及以上老年人开展健康管理2,418人，管理高血压患者1,976人、2型糖尿病患者684人；"
           "举办健康教育讲座24次，发放宣传资料1.2万份；适龄儿童国家免疫规划疫苗接种率达到98.2%。")
    p.heading("四、自评结论")
    p.para("对照年初绩效目标，逐项核查指标完成情况（见附表），本项目自评得分96.61分，等级为“优”。"
           "扣分主要在于2型糖尿病患者规范管理率未达标和基层服务能力提升不够明显。")
    p.heading("五、存在的问题")
    p.para("1.村医队伍年龄偏大，部分村医对电子健康档案系统操作不熟练，随访记录更新不及时。")
    p.para("2.外出务工人员多，慢性病患者随访难以按季度落实。")
    p.heading("六、下一步改进措施")
    p.para("1.分片区组织村医开展信息系统和慢病随访操作培训。")
    p.para("2.利用春节等返乡时段集中开展慢病患者面对面随访和体检。")
    p.space(10)
    p.para("围场满族蒙古族自治县四合永镇中心卫生院", indent=False)
    p.para("2021年3月18日", indent=False)
    p.new_page()
    p.center("附表：基本公共卫生服务项目绩效指标完成情况", size=12)
    p.table([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["预算执行", "预算执行", "预算执行率", "100%", "96.13%", "10", "9.61"],
        ["产出指标", "数量指标", "居民电子健康档案建档数", "≥2.8万份", "2.86万份", "10", "10"],
        ["产出指标", "数量指标", "老年人健康管理人数", "≥2300人", "2418人", "10", "10"],
        ["产出指标", "质量指标", "高血压患者规范管理率", "≥60%", "63.5%", "10", "10"],
        ["产出指标", "质量指标", "2型糖尿病患者规范管理率", "≥60%", "58.2%", "10", "9"],
        ["产出指标", "时效指标", "资金拨付及时率", "100%", "100%", "10", "10"],
        ["效益指标", "社会效益", "免疫规划疫苗接种率", "≥90%", "98.2%", "15", "15"],
        ["效益指标", "可持续影响", "基层公卫服务能力", "逐步提升", "有所提升", "15", "14"],
        ["满意度指标", "服务对象满意度", "辖区居民满意度", "≥85%", "91.3%", "10", "10"],
        ["合计", "", "", "", "", "100", "96.61"],
    ], widths=[58, 74, 132, 62, 62, 32, 36], style="none", size=9)
    p.para("说明：2型糖尿病患者规范管理率未达到年度指标值，按完成比例扣1分；基层公卫服务能力提升"
           "幅度有限，扣1分。", indent=False, size=9)
    p.save()


# ===========================================================================
# 2. dingzhou-yingji-2022.pdf  (河北 定州市; county-level city bureau; department;
#    3 pages, running header + `- N -` footer; the 14-row indicator table runs over
#    the page break (no repeated header row); `权重合计100分` is no score;
#    a `结转结余率` row; planted E2: 人员经费 + 公用经费 miss 基本支出 by 10.00)
# ===========================================================================
def doc_dingzhou(path: Path) -> None:
    p = PDF(path, header="定州市应急管理局2022年度部门整体支出绩效自评报告", size=10.5)
    p.title("定州市应急管理局\n2022年度部门整体支出绩效自评报告", size=16)
    p.heading("一、部门概况")
    p.para("定州市应急管理局是河北省定州市人民政府工作部门，主要负责全市安全生产综合监督管理、"
           "应急预案体系建设、防汛抗旱和森林防火指挥协调、自然灾害救助等工作。局机关内设"
           "办公室、应急指挥科、安全生产执法大队等9个科室（队），2022年末编制人数46人。")
    p.heading("二、部门预算收支情况")
    p.heading("（一）预算安排")
    p.para("2022年我局年初预算数1,865.32万元，年中因安全生产专项整治和防汛物资储备追加预算412.60"
           "万元，全年预算数2,277.92万元。")
    p.heading("（二）收入情况")
    p.para("本年收入合计2,277.92万元，其中一般公共预算财政拨款2,155.72万元，上年结转122.20万元。")
    p.heading("（三）支出情况")
    p.para("本年支出合计2,198.46万元，预算执行率96.51%，年末结转结余79.46万元。其中：基本支出"
           "1,026.38万元，包括人员经费876.54万元、公用经费139.84万元；项目支出1,172.08万元，主要用于"
           "安全生产执法检查、应急物资储备、应急演练和培训、森林防火等。")
    p.heading("三、绩效目标完成情况")
    p.para("（一）安全生产监管。全年检查生产经营单位356家次，排查整改安全隐患1,248处，隐患整改率"
           "98.6%；依法立案查处安全生产违法行为43起。")
    p.para("（二）应急能力建设。修订完善各类应急预案17部，组织各类应急演练26场，培训企业主要负责人和"
           "安全管理人员1,386人次；新增储备防汛编织袋、救生衣等物资3.5万件。")
    p.para("（三）事故防控。全市发生生产安全事故7起，同比下降12.5%，未发生较大以上生产安全事故。")
    p.heading("四、自评情况")
    p.para("本次自评采用部门整体支出绩效评价指标体系，设置一级指标4个、二级指标9个、三级指标14个，"
           "权重合计100分。各项指标评分情况如下：")
    p.space(4)
    p.table([
        ["一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "分值", "得分"],
        ["投入", "预算编制", "预算编制准确率", "≥95%", "92.1%", "5", "4"],
        ["投入", "预算配置", "在职人员控制率", "≤100%", "95.7%", "5", "5"],
        ["投入", "预算配置", "“三公经费”变动率", "≤0", "-6.2%", "5", "5"],
        ["过程", "预算执行", "预算执行率", "100%", "96.51%", "10", "9.65"],
        ["过程", "预算执行", "结转结余率", "≤5%", "3.49%", "5", "5"],
        ["过程", "预算管理", "政府采购执行率", "100%", "100%", "5", "5"],
        ["过程", "资产管理", "固定资产利用率", "≥90%", "95%", "5", "5"],
        ["产出", "职责履行", "执法检查生产经营单位", "≥300家次", "356家次", "10", "10"],
        ["产出", "职责履行", "组织应急演练", "≥20场", "26场", "5", "5"],
        ["产出", "职责履行", "隐患整改率", "≥95%", "98.6%", "10", "10"],
        ["产出", "职责履行", "安全生产培训人数", "≥1500人次", "1386人次", "10", "9.24"],
        ["效果", "社会效益", "生产安全事故起数", "较上年下降", "下降12.5%", "10", "10"],
        ["效果", "社会效益", "较大以上生产安全事故", "0起", "0起", "5", "5"],
        ["效果", "满意度", "企业和群众满意度", "≥90%", "93.2%", "10", "10"],
        ["合计", "", "", "", "", "100", "97.89"],
    ], widths=[44, 62, 132, 66, 66, 36, 40], style="grid", size=9, align=["c", "c", "l", "c", "c", "c", "c"])
    p.heading("五、自评结论")
    p.para("经评价，2022年度我局部门整体支出绩效自评得分97.89分，评价等级为“优”。预算编制准确率"
           "偏低、安全生产培训人数未达到年度目标是主要扣分点。")
    p.heading("六、存在的问题")
    p.para("一是年初预算编制对防汛等季节性支出预计不足，年中追加较多；二是基层安全监管人员专业"
           "力量薄弱，执法检查质量有待提高；三是部分企业参训积极性不高，培训覆盖面不够。")
    p.heading("七、下一步工作计划")
    p.para("（一）结合往年支出规律科学编制年初预算，减少年中追加。")
    p.para("（二）通过政府购买服务引入安全生产专家，开展“专家+执法”联合检查，并推行线上线下"
           "相结合的培训方式，扩大培训覆盖面。")
    p.space(10)
    p.para("定州市应急管理局", indent=False)
    p.para("2023年4月25日", indent=False)
    p.save()


# ===========================================================================
# 3. xiwuqi-shuili-2019.pdf  (内蒙古 锡林郭勒盟 西乌珠穆沁旗 (盟 / 旗); bureau;
#    project (transfer payment); footer only; `累计支出56` | `- 1 -` |
#    `2.56万元` cut by the page break (the whole figure is stated before);
#    a first-level 决策 / 过程 / 产出 / 效益 table; planted E5: 中央 + 自治区 + 旗级
#    (596.00) exceed the budget of 586.00)
# ===========================================================================
def doc_xiwuqi(path: Path) -> None:
    p = PDF(path, size=11)
    p.title("西乌珠穆沁旗水利局2019年度农村牧区饮水安全\n巩固提升工程项目绩效自评报告", size=15)
    p.heading("一、项目概况")
    p.para("农村牧区饮水安全巩固提升工程是内蒙古自治区锡林郭勒盟西乌珠穆沁旗2019年重点民生工程，"
           "由西乌珠穆沁旗水利局组织实施，覆盖巴拉嘎尔高勒镇、浩勒图高勒镇等5个苏木镇的28个嘎查，"
           "主要建设内容为新打机电井、新建和改造供水管网、配套水质净化消毒设备。")
    p.heading("二、资金安排和到位情况")
    p.para("项目年初预算500.00万元，年中追加86.00万元，全年预算数586.00万元。资金来源为：中央水利"
           "发展资金420.00万元、自治区配套资金96.00万元、旗级配套资金80.00万元（锡财农〔2019〕"
           "163号）。截至2019年底，项目资金实际到位586.00万元。")
    p.heading("三、资金使用情况")
    p.para("截至2019年12月31日，项目累计支出562.56万元，预算执行率96.00%，结余23.44万元为工程质保金，"
           "待质保期满后支付。其中新建和改造供水管网支出318.40万元，机电井及配套设备支出156.30万元，"
           "水质检测和净化设备购置支出41.86万元，工程设计监理费46.00万元。")
    p.heading("四、项目绩效情况")
    p.para("全年新打机电井12眼，新建和改造供水管网46.8公里，配套水质净化消毒设备9套，受益农牧民"
           "1.26万人，其中建档立卡贫困人口862人。工程完工后，项目区集中供水率达到86.5%，自来水"
           "普及率达到82.3%，农牧民饮水难问题得到有效解决。")
    p.para("项目实行旗、苏木镇两级联合验收，工程质量全部合格。为加强建后管护，我局与各苏木镇签订"
           "管护责任书，明确嘎查管水员职责，全面落实“谁受益、谁管护”的原则。项目按计划于10月底前"
           "完成主体工程，资金支付严格执行国库集中支付制度，本项目累计支出56\f2.56万元，无挤占挪用"
           "情况。")
    p.heading("五、自评结论")
    p.para("按照项目决策、项目过程、项目产出、项目效益四个方面进行评分，各一级指标得分如下：")
    p.table([
        ["一级指标", "分值", "得分", "扣分说明"],
        ["项目决策", "20", "18.5", "部分嘎查用水需求测算不够细"],
        ["项目过程", "20", "19", "个别标段监理日志不完整"],
        ["项目产出", "40", "37", "2个嘎查管网延期完工"],
        ["项目效益", "20", "18", "管护经费来源不稳定"],
        ["合计", "100", "92.5", ""],
    ], widths=[100, 60, 60, 240], style="grid", size=10)
    p.para("综合评价，本项目自评得分92.5分，评价等级为“优”。")
    p.heading("六、存在的问题和改进措施")
    p.para("（一）存在的问题：一是牧区居住分散，管网延伸成本高；二是建后管护经费主要依靠收取水费，"
           "来源不稳定。")
    p.para("（二）改进措施：一是因地制宜推广分散式供水设施；二是积极争取旗财政安排维修养护资金，"
           "建立稳定的管护经费保障机制。")
    p.save()


# ===========================================================================
# 4. duyun-jiaotong-2021.pdf  (贵州 黔南州 都匀市; bureau; a BARE project form:
#    landscape, fully ruled 项目支出绩效自评表 with 年初 / 全年 / 执行 × 当年财政
#    拨款 / 上年结转 / 其他资金, a free-text 实际完成情况 cell, 9 indicators,
#    总分 97.17 优; grading bands in a note under the table (not the score))
# ===========================================================================
def doc_duyun(path: Path) -> None:
    p = PDF(path, land=True, footer=False, size=10, margin=48)
    p.center("项目支出绩效自评表", size=15)
    p.center("（2021年度）", size=10)
    p.table([
        [("项目名称", 2), ("农村公路日常养护", 6)],
        [("主管部门", 2), ("都匀市交通运输局", 2), ("实施单位", 1), ("都匀市交通运输局", 3)],
        [("项目资金（万元）", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [("年度资金总额", 2), "420.00", "468.50", "452.83", "10", "96.66%", "9.67"],
        [("其中：当年财政拨款", 2), "420.00", "448.50", "432.83", "—", "—", "—"],
        [("上年结转资金", 2), "—", "20.00", "20.00", "—", "—", "—"],
        [("其他资金", 2), "—", "—", "—", "—", "—", "—"],
        [("年度总体目标", 2), ("预期目标", 3), ("实际完成情况", 3)],
        [("", 2), ("完成全市农村公路日常养护任务，及时处治路面病害，保持路况稳定，优良中等路率不低于80%。", 3),
         ("全年完成农村公路日常养护里程612.4公里，处治路面病害1,860平方米，清理边沟386公里，修复"
          "安保设施24处，农村公路优良中等路率达到81.6%。", 3)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标（50分）", "数量指标", "日常养护里程", "≥600公里", "612.4公里", "15", "15", ""],
        ["产出指标（50分）", "数量指标", "路面病害处治面积", "≥1800平方米", "1860平方米", "10", "10", ""],
        ["产出指标（50分）", "质量指标", "优良中等路率", "≥80%", "81.6%", "10", "10", ""],
        ["产出指标（50分）", "时效指标", "病害处治及时率", "≥90%", "87.5%", "5", "4.5", "雨季塌方路段处治周期长"],
        ["产出指标（50分）", "成本指标", "每公里年均养护成本", "≤7500元", "7394元", "10", "10", ""],
        ["效益指标（30分）", "社会效益指标", "农村群众出行条件", "明显改善", "明显改善", "15", "15", ""],
        ["效益指标（30分）", "可持续影响指标", "养护长效机制", "逐步健全", "基本建立", "15", "13", "村级养护队伍不稳定"],
        ["满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.4%", "10", "10", ""],
        [("总分", 5), "100", "97.17", "优"],
    ], widths=[92, 92, 118, 78, 78, 44, 44, 150], style="grid", size=9)
    p.para("注：自评等级分为优（90分及以上）、良（80分（含）至90分）、中（60分（含）至80分）、"
           "差（60分以下）。", indent=False, size=9)
    p.para("填报单位（盖章）：都匀市交通运输局　　　　填报日期：2022年3月10日", indent=False, size=9)
    p.save()


# ===========================================================================
# 5. wafangdian-dongyi-2023.pdf  (辽宁 大连市 瓦房店市; a 中心 under the city
#    agriculture bureau; department; score and grade stated in the opening
#    summary, before any figure; TRAP: `预算执行率97%` for 453.16 / 467.25 =
#    96.98% (rounded to the digits written); a ruled table listing ALL 3 projects,
#    whose spending adds up to 项目支出)
# ===========================================================================
def doc_wafangdian(path: Path) -> None:
    p = PDF(path, size=10.5)
    p.title("瓦房店市动物疫病预防控制中心\n2023年度部门整体支出绩效自评报告", size=15)
    p.para("根据瓦房店市财政局关于开展2023年度预算绩效自评工作的通知要求，我中心对2023年度部门"
           "整体支出开展了自评。经自评，本中心2023年度部门整体支出绩效自评得分为93.6分。各项"
           "绩效目标基本完成，综合评定等级为优。具体情况如下：")
    p.heading("一、单位基本情况")
    p.para("瓦房店市动物疫病预防控制中心是辽宁省大连市瓦房店市农业农村局所属公益一类事业单位，"
           "承担全市动物疫病监测、免疫效果评价、疫情调查和病死畜禽无害化处理监管等职能，"
           "内设综合科、监测科、防疫科3个科室。")
    p.heading("二、部门收支情况")
    p.para("2023年年初预算批复数412.80万元，年中追加54.45万元，全年可用资金467.25万元。全年收入"
           "467.25万元，其中财政拨款收入451.25万元，上年结转16.00万元。")
    p.para("全年支出453.16万元，预算执行率97%，年末结转结余14.09万元。其中基本支出301.52万元"
           "（人员经费268.90万元，公用经费32.62万元）；项目支出151.64万元。本年实施项目3个，"
           "执行情况如下（单位：万元）：")
    p.table([
        ["项目名称", "全年预算数", "执行数", "执行率"],
        ["重大动物疫病强制免疫", "86.40", "84.95", "98.32%"],
        ["动物疫病监测与流行病学调查", "38.00", "36.27", "95.45%"],
        ["病死畜禽无害化处理监管", "30.42", "30.42", "100.00%"],
    ], widths=[200, 90, 90, 80], style="grid", size=10, align=["l", "r", "r", "r"])
    p.heading("三、绩效目标实现情况")
    p.para("（一）强制免疫。组织春秋两季集中免疫和月月补免，全年免疫各类畜禽326.8万头只，"
           "免疫抗体合格率保持在国家要求水平以上。")
    p.para("（二）监测预警。全年采集监测样品12,460份，开展流行病学调查86场次，全市未发生区域性"
           "重大动物疫情。")
    p.para("（三）无害化处理。监管收集处理病死畜禽4.2万头只，实现应收尽收。")
    p.para("（四）队伍建设。举办村级防疫员培训班8期，培训420人次。")
    p.heading("四、存在的问题")
    p.para("1、村级防疫员年龄结构老化，报酬偏低，队伍不够稳定。")
    p.para("2、部分规模养殖场自主免疫后的效果评价工作不够及时。")
    p.para("3、实验室检测设备老化，部分项目需送大连市检测。")
    p.heading("五、改进措施")
    p.para("1、积极争取提高村级防疫员补助标准，吸引年轻人员加入。")
    p.para("2、建立规模养殖场免疫效果抽检台账，按季度开展评价。")
    p.para("3、申请实验室设备更新资金，提升自主检测能力。")
    p.space(8)
    p.para("瓦房店市动物疫病预防控制中心", indent=False)
    p.para("2024年4月9日", indent=False)
    p.save()


# ===========================================================================
# 6. dali-xiaguanyizhong-2022.docx  (云南 大理白族自治州 大理市; a SCHOOL under
#    the city education bureau; department; Word heading styles, PAGE footer;
#    事业收入; four economic classes; a table of 3 key projects; planted E4:
#    88.6分 called 优 while the bands are stated in the same section)
# ===========================================================================
def doc_dali(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = new_docx()
    office.centred_title(d, "大理市下关第一中学", 18)
    office.centred_title(d, "2022年度部门整体支出绩效自评报告", 18)
    d.add_heading("一、学校基本情况", level=1)
    para(d, "大理市下关第一中学是云南省大理白族自治州大理市教育体育局所属的完全中学，2022年秋季学期"
            "有教学班58个、在校学生3,126人，在编教职工236人。学校预算为一级预算单位，无下属单位。")
    d.add_heading("二、预算执行情况", level=1)
    d.add_heading("（一）预算调整", level=2)
    para(d, "2022年学校年初预算4,312.56万元，年中因教师绩效工资调整和校园安全设施改造追加预算"
            "318.40万元，调整后预算4,630.96万元。")
    d.add_heading("（二）收入", level=2)
    para(d, "本年收入4,630.96万元，其中一般公共预算财政拨款收入4,038.96万元，事业收入420.00万元，"
            "上年结转172.00万元。")
    d.add_heading("（三）支出", level=2)
    para(d, "本年支出4,489.73万元，其中基本支出3,654.21万元，项目支出835.52万元；预算执行率96.95%，"
            "结转结余141.23万元。基本支出按经济分类：工资福利支出3,012.48万元，商品和服务支出"
            "486.35万元，对个人和家庭的补助155.38万元。")
    d.add_heading("（四）重点项目", level=2)
    para(d, "学校全年实施项目7个，资金量较大的3个项目执行情况如下（单位：万元）：")
    table(d, [
        ["项目名称", "调整后预算", "执行数", "执行率"],
        ["学生资助（国家助学金）", "186.00", "186.00", "100%"],
        ["校园安全设施改造", "240.00", "221.64", "92.35%"],
        ["教育信息化设备购置", "158.50", "152.30", "96.09%"],
    ])
    d.add_heading("三、绩效目标完成情况", level=1)
    para(d, "（一）教育教学质量。2022年高考本科上线率达到86.4%，学业水平考试合格率99.3%。")
    para(d, "（二）学生资助。落实国家助学金和学费减免政策，资助家庭经济困难学生1,032人次。")
    para(d, "（三）办学条件。新建标准化考场36间，更换教室护眼灯具680套，完成校园监控系统升级。")
    para(d, "（四）队伍建设。组织教师参加各级各类培训1,240人次。")
    d.add_heading("四、自评结论", level=1)
    para(d, "按照大理市部门整体支出绩效评价指标体系，评价结果分为四个等级：90分（含）以上为优，"
            "80分（含）至90分为良，60分（含）至80分为中，60分以下为差。经自评，学校2022年度部门"
            "整体支出绩效得分88.6分，自评等级为“优”。")
    d.add_heading("五、存在的问题", level=1)
    para(d, "（一）校园安全设施改造项目招标耗时较长，资金支付滞后。")
    para(d, "（二）部分绩效指标以工作量为主，反映教育质量的效果指标不够充分。")
    para(d, "（三）资产管理信息更新不及时，账实核对存在滞后。")
    d.add_heading("六、改进措施", level=1)
    para(d, "（一）提前做好项目前期准备，缩短采购周期。")
    para(d, "（二）完善绩效指标体系，增加质量和效益类指标。")
    para(d, "（三）每学期开展一次资产清查，及时更新资产卡片。")
    for line in ("大理市下关第一中学", "2023年5月16日"):
        para(d, line, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    office.page_number_footer(d)
    save_docx(d, path)


# ===========================================================================
# 7. yizheng-minzheng-2023.docx  (江苏 扬州市 仪征市; bureau; a BARE
#    部门整体支出绩效自评表 as a real Word table with merged cells: 按收入性质分
#    (一般公共预算 / 政府性基金 / 上年结转 / 其他资金), a free-text 实际完成情况
#    cell, 8 indicators + the execution line; consistent)
# ===========================================================================
def doc_yizheng(path: Path) -> None:
    d = new_docx()
    office.centred_title(d, "部门整体支出绩效自评表", 16)
    office.centred_title(d, "（2023年度）", 12, bold=False)
    e = "—"
    rows = [
        ["部门名称", "仪征市民政局", "", "", "", "", "", ""],
        ["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", "6,842.30", "7,316.85", "7,108.42", "10", "97.15%", "9.72"],
        ["按收入性质分", "一般公共预算", "6,842.30", "7,026.85", "6,818.42", e, e, e],
        ["按收入性质分", "政府性基金", e, "200.00", "200.00", e, e, e],
        ["按收入性质分", "上年结转", e, "90.00", "90.00", e, e, e],
        ["按收入性质分", "其他资金", e, e, e, e, e, e],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["年度总体目标",
         "保障城乡低保、特困供养等困难群众基本生活，按时足额发放各类救助补贴，推进居家养老服务站点建设。",
         "", "",
         "全年保障城乡低保对象6,218人，发放城乡低保金4,386.20万元；为特困人员提供集中和分散供养"
         "服务1,045人；发放困难残疾人生活补贴和重度残疾人护理补贴2.36万人次；新建村（社区）"
         "居家养老服务站点12个。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "城乡低保保障人数", "≥6000人", "6218人", "10", "10", ""],
        ["产出指标", "数量指标", "特困人员供养人数", "≥1000人", "1045人", "10", "10", ""],
        ["产出指标", "质量指标", "救助资金发放准确率", "100%", "100%", "10", "10", ""],
        ["产出指标", "时效指标", "救助资金按月发放率", "100%", "100%", "10", "10", ""],
        ["产出指标", "数量指标", "居家养老服务站点建设数", "≥12个", "12个", "10", "10", ""],
        ["效益指标", "社会效益指标", "困难群众基本生活保障水平", "稳步提高", "稳步提高", "15", "15", ""],
        ["效益指标", "可持续影响指标", "社会救助长效机制", "健全", "基本健全", "15", "13.5",
         "部分镇（街道）社会救助经办力量不足，下年通过购买服务补充"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "94.1%", "10", "10", ""],
        ["总分", "", "", "", "", "100", "98.22", "优"],
    ]
    merges = [((0, 1), (0, 7)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (6, 0)),
              ((7, 0), (8, 0)), ((7, 1), (7, 3)), ((7, 4), (7, 7)), ((8, 1), (8, 3)), ((8, 4), (8, 7)),
              ((10, 0), (14, 0)), ((15, 0), (16, 0)), ((18, 0), (18, 4))]
    table(d, rows, merges)
    para(d, "填报单位（盖章）：仪征市民政局　　联系人：王**　　填报日期：2024年3月22日", indent=False)
    save_docx(d, path)


# ===========================================================================
# 8. chongming-lvhua-2021.xlsx  (上海 崇明区; district bureau; a BARE Shanghai-
#    style 财政项目支出绩效自评表 in 元 on sheet 1 (adjusted budget BELOW the
#    initial one: reduced in the year; `>=` / `=` / `<=` operators; no grade);
#    sheet 2 填报说明 with the grading bands (not a grade of this project))
# ===========================================================================
def doc_chongming(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, width in zip("ABCDEFGH", (14, 16, 26, 18, 18, 18, 12, 26), strict=True):
        ws.column_dimensions[col].width = width
    xl_put(ws, "A1", "财政项目支出绩效自评表", bold=True, merge_to="H1", center=True, size=16)
    xl_put(ws, "A2", "（2021年度）", merge_to="H2", center=True)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", "主要道路绿化养护", merge_to="H3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", "上海市崇明区绿化和市容管理局", merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", "上海市崇明区绿化和市容管理局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（元）", merge_to="A9", center=True)
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                         strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    money = [("年度资金总额", 3860000, 3612400, 3526810.5, 10, "97.63%", 9.76),
             ("其中：当年财政拨款", 3860000, 3612400, 3526810.5, "—", "97.63%", "—"),
             ("上年结转资金", 0, 0, 0, "—", None, "—"),
             ("其他资金", 0, 0, 0, "—", None, "—")]
    for r, (label, ini, adj, exe, w, rate, s) in enumerate(money, start=6):
        xl_put(ws, f"B{r}", label)
        for col, v in (("C", ini), ("D", adj), ("E", exe)):
            xl_put(ws, f"{col}{r}", v, fmt="#,##0.00")
        xl_put(ws, f"F{r}", w, center=True)
        xl_put(ws, f"G{r}", rate, center=True)
        xl_put(ws, f"H{r}", s, fmt="0.00" if isinstance(s, float) else None, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11", center=True)
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "做好全区主要道路绿化日常养护，保持绿化设施完好，提升道路景观效果。", merge_to="D11")
    xl_put(ws, "E11", "完成全区主要道路绿化养护面积186.5万平方米，补植行道树1,240株，修剪绿篱38.6万平方米，"
                      "绿化设施完好率98.5%。年中根据区财政压减要求调减预算，养护标准未降低。", merge_to="H11")
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}12", head, center=True, bold=True)
    inds = [
        ("产出指标", "数量指标", "道路绿化养护面积", "=186.5万平方米", "186.5万平方米", 20, 20, ""),
        ("产出指标", "数量指标", "补植行道树数量", ">=1200株", "1240株", 10, 10, ""),
        ("产出指标", "质量指标", "绿化设施完好率", ">=98%", "98.5%", 10, 10, ""),
        ("产出指标", "时效指标", "养护作业按时完成率", "=100%", "96%", 10, 9.6,
         "7月受台风影响部分修剪作业顺延"),
        ("效益指标", "社会效益指标", "道路景观效果", "明显提升", "明显提升", 20, 20, ""),
        ("效益指标", "生态效益指标", "绿化病虫害发生率", "<=5%", "3.2%", 10, 10, ""),
        ("满意度指标", "服务对象满意度指标", "市民满意度", ">=90%", "88.5%", 10, 9,
         "部分路段养护作业占道影响通行，下年错峰作业"),
    ]
    first = 13
    for r, row in enumerate(inds, start=first):
        for col, value in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", value, fmt="0.0" if isinstance(value, float) else None,
                   center=col in "AFG")
    merge_runs(ws, "A", first, [row[0] for row in inds])
    merge_runs(ws, "B", first, [row[0] + row[1] for row in inds])
    last = first + len(inds)
    xl_put(ws, f"A{last}", "总分", merge_to=f"E{last}", center=True)
    xl_put(ws, f"F{last}", 100, center=True)
    xl_put(ws, f"G{last}", 98.36, fmt="0.00", center=True)
    xl_put(ws, f"H{last}", "")
    ws[f"A{last + 2}"] = "填报人：陆**　　联系电话：021-5969****　　填报日期：2022年2月25日"
    notes = wb.create_sheet("填报说明")
    notes.column_dimensions["A"].width = 90
    for r, line in enumerate((
        "填报说明",
        "1.项目资金以元为单位，保留两位小数。",
        "2.执行率=全年执行数÷全年预算数；预算执行率得分=分值×执行率。",
        "3.总分为预算执行率得分与各项绩效指标得分之和。",
        "4.自评结果分为四档：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
    ), start=1):
        notes[f"A{r}"] = line
    save_xlsx(wb, path)


# ===========================================================================
# 9. pudong-nongji-2023.html  (上海 浦东新区 (新区); a 中心 under the district
#    agriculture commission; project; score and grade in the opening summary;
#    中央 / 区级 funds; 结余…上缴区财政; an HTML indicator table with the
#    execution line as its first row; site chrome)
# ===========================================================================
PUDONG = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>上海市浦东新区农业技术推广中心2023年度绿色高质高效农业技术推广项目绩效自评报告 - 上海市浦东新区人民政府</title>
<meta name="SiteName" content="上海市浦东新区人民政府">
<meta name="ColumnName" content="财政预决算">
</head>
<body>
<div class="topbar"><span>上海市浦东新区人民政府</span> <a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">English</a> <a href="#">登录</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjpd/">走进浦东</a></div>
<div class="location">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; <a href="/zwgk/czxx/jxpj/">绩效评价</a></div>
<div class="xxgk">
<ul>
<li>索引号：SY0031015002023C00217</li>
<li>发布机构：上海市浦东新区农业农村委员会</li>
<li>发文日期：2024-05-21</li>
<li>主题分类：财政、金融、审计</li>
</ul>
</div>
<div class="article">
<h1>上海市浦东新区农业技术推广中心2023年度绿色高质高效农业技术推广项目绩效自评报告</h1>
<div class="info">发布时间：2024-05-21　　来源：区农业农村委　　访问量：1026　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
<p><b>项目名称：</b>绿色高质高效农业技术推广</p>
<p><b>项目单位：</b>上海市浦东新区农业技术推广中心</p>
<p><b>主管部门：</b>上海市浦东新区农业农村委员会</p>
<p>自评结论摘要：经对照年初绩效目标逐项核查，该项目综合得分97.85分，评价等级为“优”。项目示范任务全面完成，物化补贴发放进度和部分技术的推广深度尚有不足。</p>
<p><strong>一、项目概况</strong></p>
<p>项目围绕水稻、蔬菜两大主导产业，在全区建设绿色高质高效示范基地，集成推广节肥节药、水肥一体化等绿色生产技术，带动周边农户应用，促进农业减量增效。</p>
<p><strong>二、项目资金情况</strong></p>
<p>项目年初预算326.50万元，年中根据中央农业生产发展资金下达情况追加48.00万元，调整后预算374.50万元，其中中央农业生产发展资金86.00万元、区级财政资金288.50万元。</p>
<p>全年实际支出361.27万元，预算执行率96.47%，结余13.23万元已按规定上缴区财政。支出中示范基地物化补贴213.60万元，新品种新技术试验示范105.32万元，技术培训和田间观摩活动42.35万元。</p>
<p><strong>三、绩效目标完成情况</strong></p>
<p>全年建设水稻、蔬菜绿色高质高效示范基地15个，示范面积3.2万亩；推广水稻侧深施肥、蔬菜水肥一体化等主推技术12项；开展技术培训和田间观摩46场次，培训农民2,180人次；示范区化肥使用量较上年减少6.8%。</p>
<table class="zbb" border="1" cellspacing="0">
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因</th></tr>
<tr><td>预算执行</td><td>—</td><td>预算执行率</td><td>100%</td><td>96.47%</td><td>10</td><td>9.65</td><td></td></tr>
<tr><td rowspan="5">产出指标</td><td rowspan="3">数量指标</td><td>示范基地建设数量</td><td>≥15个</td><td>15个</td><td>10</td><td>10</td><td></td></tr>
<tr><td>示范推广面积</td><td>≥3万亩</td><td>3.2万亩</td><td>10</td><td>10</td><td></td></tr>
<tr><td>农民培训人次</td><td>≥2000人次</td><td>2180人次</td><td>10</td><td>10</td><td></td></tr>
<tr><td>质量指标</td><td>主推技术到位率</td><td>≥95%</td><td>96.5%</td><td>10</td><td>10</td><td></td></tr>
<tr><td>时效指标</td><td>物化补贴发放及时率</td><td>100%</td><td>92%</td><td>10</td><td>9.2</td><td>部分基地验收滞后</td></tr>
<tr><td rowspan="3">效益指标</td><td>经济效益指标</td><td>示范区亩均节本增效</td><td>≥100元</td><td>126元</td><td>10</td><td>10</td><td></td></tr>
<tr><td>生态效益指标</td><td>示范区化肥使用量减少</td><td>≥5%</td><td>6.8%</td><td>10</td><td>10</td><td></td></tr>
<tr><td>可持续影响指标</td><td>绿色生产技术应用</td><td>持续推广</td><td>持续推广</td><td>10</td><td>9</td><td>部分技术农户接受度不高</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>示范户满意度</td><td>≥90%</td><td>95.2%</td><td>10</td><td>10</td><td></td></tr>
<tr><td colspan="5">合计</td><td>100</td><td>97.85</td><td></td></tr>
</table>
<p><strong>四、存在的问题</strong></p>
<p>（一）物化补贴需待基地验收后拨付，部分基地验收资料准备不及时，影响补贴发放进度。</p>
<p>（二）蔬菜水肥一体化设备投入较高，小规模农户应用意愿不强。</p>
<p><strong>五、改进措施</strong></p>
<p>（一）提前告知验收要求，实行基地验收资料月度预审。</p>
<p>（二）探索设备共享和社会化服务模式，降低农户应用成本。</p>
<p style="text-align:right">上海市浦东新区农业技术推广中心<br>2024年5月</p>
</div>
</div>
<div class="tools"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a></p>
<p>主办：上海市浦东新区人民政府办公室　运行维护：上海市浦东新区大数据中心</p>
<p>网站标识码：3101150001　沪ICP备05001258号-1　沪公网安备31011502001217号</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 10. maerkang-zhujian-2021.html  (四川 阿坝藏族羌族自治州 马尔康市; bureau;
#     department; county-site chrome (索引号 table, 阅读次数, 打印 / 关闭, footer);
#     two projects, one at `95%` exactly; planted E3: 预算执行率为95.30% for
#     3,115.50 / 3,350.00 = 93.00%)
# ===========================================================================
MAERKANG = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>马尔康市住房和城乡建设局2021年度部门整体支出绩效自评报告-马尔康市人民政府</title>
</head>
<body>
<div class="head"><a href="/">马尔康市人民政府</a> <span>政府信息公开</span> <a href="#">无障碍</a></div>
<div class="menu"><a href="/">首页</a> | <a href="#">走进马尔康</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">政民互动</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">部门信息公开目录</a> &gt;&gt; <a href="#">市住房城乡建设局</a> &gt;&gt; 财政预决算</div>
<table class="xxgk_table">
<tr><th>索引号</th><td>115132010087654321/2022-00041</td><th>公开方式</th><td>主动公开</td></tr>
<tr><th>发布机构</th><td>马尔康市住房和城乡建设局</td><th>发布日期</th><td>2022年06月30日</td></tr>
<tr><th>标题</th><td colspan="3">马尔康市住房和城乡建设局2021年度部门整体支出绩效自评报告</td></tr>
</table>
<div class="detail">
<h2 class="title">马尔康市住房和城乡建设局2021年度部门整体支出绩效自评报告</h2>
<div class="source">来源：马尔康市住房和城乡建设局　　发布时间：2022-06-30 09:14　　阅读次数：417</div>
<div class="text">
<p>一、部门概况</p>
<p>马尔康市住房和城乡建设局是四川省阿坝藏族羌族自治州马尔康市人民政府工作部门，负责全市住房保障、城乡规划建设管理、建筑市场监管、村镇建设和城市基础设施建设等工作，内设办公室、规划建设股、住房保障股、村镇建设股等6个股室。</p>
<p>二、部门预算收支情况</p>
<p>1.预算情况。2021年年初预算2,146.58万元，年中追加1,203.42万元，全年预算数3,350.00万元。</p>
<p>2.收入情况。收入合计3,350.00万元，其中一般公共预算财政拨款2,386.00万元、政府性基金预算财政拨款850.00万元、上年结转114.00万元。</p>
<p>3.支出情况。支出合计3,115.50万元，其中基本支出642.18万元，项目支出2,473.32万元。预算执行率为95.30%，年末结转结余234.50万元。</p>
<p>4.重点项目。“城镇老旧小区改造”项目全年预算数为1,280.00万元，执行数为1,216.00万元，完成预算的95%；农村危房改造补助资金预算数为186.00万元，执行数为186.00万元，预算执行率100%。</p>
<p>三、绩效目标完成情况</p>
<p>全年完成城镇老旧小区改造6个，涉及居民1,128户；实施农村危房改造93户；开展建筑工地安全生产检查148次，下达整改通知书37份；新增城市绿地面积2.4万平方米。</p>
<p>四、自评结论</p>
<p>根据部门整体支出绩效评价指标逐项打分，我局2021年度部门整体支出自评得分91.5分，自评等级为优。</p>
<p>五、存在的问题</p>
<p>1.高原地区有效施工期短，老旧小区改造项目工期紧、资金支付集中在第四季度。</p>
<p>2.农村危房改造对象动态变化，年初绩效目标与实际需求存在偏差。</p>
<p>六、改进措施</p>
<p>1.提前完成设计、招标等前期工作，确保施工季一开始即全面开工。</p>
<p>2.加强与乡镇的信息共享，及时调整危房改造对象和绩效目标。</p>
<p style="text-align:right">马尔康市住房和城乡建设局<br>2022年6月28日</p>
</div>
</div>
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="link">相关文章：<a href="#">马尔康市住房和城乡建设局2022年部门预算</a> <a href="#">马尔康市住房和城乡建设局2020年度部门决算</a></div>
<div class="foot">
<p>主办单位：马尔康市人民政府办公室　承办单位：马尔康市融媒体中心</p>
<p>网站标识码：5132010002　蜀ICP备12004321号　川公网安备51320102000113号</p>
</div>
</body>
</html>
"""


# ===========================================================================
# 11. lipu-nongye-2024.txt  (广西 桂林市 荔浦市; bureau; department; plain text
#     saved from Word: headings as lines, a TAB-separated project table; no
#     budget_addition stated; TRAP: `预算执行率99.8%` for 4,122.86 / 4,128.65 =
#     99.86% (truncated, not rounded); findings （一） / 1.)
# ===========================================================================
LIPU = """荔浦市农业农村局2024年度部门整体支出绩效自评报告

一、部门基本情况
荔浦市农业农村局是广西壮族自治区桂林市荔浦市人民政府工作部门，负责全市农业农村经济发展、乡村产业、农田建设、农产品质量安全监管等工作，下设农业技术推广中心等5个二层单位。

二、部门整体支出情况
（一）预算情况
2024年度我局年初预算3,560.40万元，全年预算数4,128.65万元。资金来源为财政拨款收入4,046.65万元，其他收入82.00万元。

（二）支出情况
全年支出4,122.86万元，预算执行率99.8%，年末结余5.79万元。其中基本支出1,086.42万元，项目支出3,036.44万元。

（三）主要项目执行情况（单位：万元）
项目名称\t全年预算数\t执行数\t执行率
荔浦芋产业发展\t860.00\t858.30\t99.80%
耕地地力保护补贴\t1,426.35\t1,426.35\t100.00%
农田水利设施维修\t312.00\t309.84\t99.31%

三、部门整体绩效目标完成情况
全市荔浦芋种植面积稳定在6.8万亩；发放耕地地力保护补贴，惠及农户5.62万户；维修灌溉渠道42.6公里；开展农业技术培训58期，培训农民3,460人次；全市农产品质量安全例行监测合格率99.1%。

四、自评结论
对照部门整体支出绩效评价指标体系逐项评分，我局2024年度部门整体支出绩效自评得分为96分，评价等级为“优”。

五、存在的问题
（一）部分项目绩效目标设置偏重产出数量，效益指标量化不够。
（二）荔浦芋产业链延伸不足，精深加工项目带动作用有限。
（三）基层农技推广人员老化，服务能力与产业需求不匹配。

六、下一步工作打算
1.完善项目绩效目标，增加可量化的效益指标。
2.加强农技人员定向培养和业务培训，提升基层服务能力。

荔浦市农业农村局
2025年3月31日
"""


# ===========================================================================
# 12. gaoping-wenlv-2024.md  (山西 晋城市 高平市; bureau; project; Markdown;
#     score and grade in the header block, far from the figures; grading
#     bands stated; 省级 / 市本级 funds; TRAP: `预算执行率98.4%` for 275.41 /
#     280.00 = 98.36% (rounded to the digits written); pipe table with the
#     execution line as the last row)
# ===========================================================================
GAOPING = """# 高平市文化和旅游局2024年度不可移动文物保护修缮项目支出绩效自评报告

**项目名称：** 不可移动文物保护修缮
**项目单位：** 高平市文化和旅游局
**自评得分：** 97.34分　**自评等级：** 优

## 一、项目基本情况

山西省晋城市高平市现存各级文物保护单位数量多、分布散，木结构古建筑占比高。2024年，高平市文化和旅游局实施不可移动文物保护修缮项目，对开化寺、定林寺等4处文物保护单位进行修缮，并配套安装安防和消防设施。

## 二、项目资金情况

项目年初预算280.00万元，年度中未作调整，资金来源为省级文物保护专项资金160.00万元、高平市本级财政资金120.00万元。全年支出275.41万元，预算执行率98.4%，结余4.59万元。

## 三、绩效目标完成情况

全年完成4处文物保护单位的修缮，安装安防监控和消防设施点位32个；全市文物开放点全年接待游客5.86万人次，较上年增长18.2%。

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 修缮文物保护单位数量 | 4处 | 4处 | 10 | 10 | |
| 产出指标 | 数量指标 | 安防消防设施安装点位 | ≥30个 | 32个 | 10 | 10 | |
| 产出指标 | 质量指标 | 修缮工程验收合格率 | 100% | 100% | 15 | 15 | |
| 产出指标 | 时效指标 | 工程按期完工率 | 100% | 75% | 10 | 7.5 | 1处工程受雨季影响延期 |
| 产出指标 | 成本指标 | 工程造价控制率 | ≤100% | 97.2% | 5 | 5 | |
| 效益指标 | 社会效益指标 | 文物开放点接待游客 | ≥5万人次 | 5.86万人次 | 15 | 15 | |
| 效益指标 | 可持续影响指标 | 文物本体安全状况 | 持续改善 | 持续改善 | 15 | 15 | |
| 满意度指标 | 服务对象满意度指标 | 游客满意度 | ≥90% | 91.6% | 10 | 10 | |
| 预算执行 | — | 预算执行率 | 100% | 98.4% | 10 | 9.84 | |

## 四、自评结论

按照项目支出绩效自评评分办法（90分及以上为优，80分至89.99分为良，60分至79.99分为中，60分以下为差），本项目各项指标得分合计见上表，扣分点为1处修缮工程延期完工和预算执行率未达到100%。

## 五、存在问题

1. 古建筑修缮专业施工队伍少，工程进度受制于工匠数量。
2. 部分文物点位置偏远，日常巡查和安防值守力量不足。

## 六、改进措施

1. 提前开展修缮方案审批和招标，合理安排雨季前后的施工内容。
2. 推行文物保护员制度，发动村民参与日常看护。

高平市文化和旅游局
2025年4月15日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "weichang-siheyong-2020.pdf": doc_weichang,
        "dingzhou-yingji-2022.pdf": doc_dingzhou,
        "xiwuqi-shuili-2019.pdf": doc_xiwuqi,
        "duyun-jiaotong-2021.pdf": doc_duyun,
        "wafangdian-dongyi-2023.pdf": doc_wafangdian,
        "dali-xiaguanyizhong-2022.docx": doc_dali,
        "yizheng-minzheng-2023.docx": doc_yizheng,
        "chongming-lvhua-2021.xlsx": doc_chongming,
        "pudong-nongji-2023.html": lambda p: write_text(p, PUDONG),
        "maerkang-zhujian-2021.html": lambda p: write_text(p, MAERKANG),
        "lipu-nongye-2024.txt": lambda p: write_text(p, LIPU),
        "gaoping-wenlv-2024.md": lambda p: write_text(p, GAOPING),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
