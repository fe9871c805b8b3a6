#!/usr/bin/env python3
"""Regenerate the heldout21 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout21/make_heldout21.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
DOCX/XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and TXT are UTF-8 without BOM, LF line ends.
This batch is about a report's own arithmetic at depth: revenue by source with the 上年结转
outside 本年收入合计, spending by nature (基本 = 人员 + 公用; 项目) and by function (功能分类) and by
economic class, funds by level, 年初 + 追加 − 调减, project tables with a 合计 row, and the
wordings real reports use for the same figures (预算批复数, 调整预算数, 全年可支配资金, 支出决算数,
实际支出数, 资金到位率 beside 预算执行率, 支付进度, 元 tables beside 万元 text, 亿元, full-width
digits). Five real inconsistencies are planted; ten figures only look inconsistent.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY21"
FIXED_DT = datetime.datetime(2026, 12, 21, 14, 20, 0)
STAMP = OfficeStamp(FIXED_DT, author="user", revision=4)
E = "—"


def pct(executed: str, budget: str) -> str:
    e, b = (Decimal(x.replace(",", "")) for x in (executed, budget))
    return f"{(e / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页`, or none)
    and a right-aligned line."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", **layout):
        self.footer_style = footer_style
        self.total = total
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self):
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is None:
            return
        text = {"dash": f"- {self.page} -", "of": f"第 {self.page} 页 共 {self.total} 页",
                "plain": f"第{self.page}页"}[self.footer_style]
        c.setFont(self.font, 10)
        c.drawCentredString(self.W / 2, self.m - 24, text)

    def right(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8

    def blocks(self, blocks) -> None:
        for kind, text in blocks:
            if kind == "h":
                self.heading(text)
            elif kind == "p":
                self.para(text)
            elif kind == "c":
                self.para(text, indent=False, size=10)
            else:
                raise ValueError(kind)


# =========================================================================== 1. sihui (E1; T1)
SIHUI = [
    ("h", "一、部门基本情况"),
    ("p", "四会市教育局主管全市教育工作，负责学前教育、义务教育、普通高中教育和职业教育的统筹规划与管理，"
          "统筹教师队伍建设和教育经费管理，指导学校安全和教育督导工作。纳入2022年度部门决算编制范围的单位共"
          "58个，包括局机关和所属中小学、幼儿园及教育服务机构，年末在职教职工4,126人。"),
    ("h", "二、收入与预算情况"),
    ("p", "（一）预算批复与调整。2022年部门年初预算批复数68,452.36万元；年度执行中追加5,236.84万元，主要为"
          "校舍维修改造、学生资助和教师培训资金，调整预算数73,689.20万元。"),
    ("p", "（二）收入情况。2022年本年收入合计72,218.70万元，其中：一般公共预算财政拨款收入64,385.20万元，"
          "政府性基金预算财政拨款收入2,460.00万元，事业收入5,373.50万元。另有上年结转1,470.50万元未计入本年"
          "收入合计，与本年收入合计共同构成调整预算数。"),
    ("h", "三、支出情况"),
    ("p", "2022年支出决算数72,896.45万元，高于本年收入合计，差额由上年结转资金弥补。按支出性质分：基本支出"
          "51,238.62万元，其中人员经费46,915.37万元、公用经费4,313.25万元；项目支出21,657.83万元。"),
    ("p", "全年预算执行率98.92%，年末结转结余792.75万元，主要为跨年度实施的校舍维修工程尾款。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "全年新增公办学位2,340个，完成12所学校校舍维修改造；发放各类学生资助资金1,862.40万元，惠及学生"
          "2.36万人次；组织教师全员培训4,980人次；农村义务教育学生营养改善计划覆盖学生1.15万人。全市学前教育"
          "毛入园率98.6%，九年义务教育巩固率99.2%，群众对教育工作的满意度为94.3%。"),
    ("h", "五、自评结论"),
    ("p", "经对照部门整体支出绩效评价指标体系逐项打分，我局2022年度部门整体支出绩效自评得分93.5分，等级为“优”。"),
    ("h", "六、存在的问题"),
    ("p", "（一）年中追加资金较多，年初预算的完整性还需提高。"),
    ("p", "（二）部分校舍维修项目开工较晚，资金支付集中在第四季度。"),
    ("h", "七、改进措施"),
    ("p", "（一）把可预见的维修改造和资助资金足额编入年初预算。"),
    ("p", "（二）提前完成项目设计和招投标，按季度督办支付进度。"),
    ("p", "（三）把自评结果作为下一年度安排项目预算的依据。"),
]


def doc_sihui(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="Microsoft® Word 2019")
    p.title("四会市教育局2022年度\n部门整体支出绩效自评报告", size=16)
    p.blocks(SIHUI)
    p.right("四会市教育局")
    p.right("2023年5月12日")
    p.save()


# =========================================================================== 2. zhungeer (T4; T8)
ZHUNGEER_1 = [
    ("h", "一、部门概况"),
    ("p", "准格尔旗卫生健康委员会负责全旗卫生健康事业的规划和管理，统筹医疗卫生资源配置，组织实施基本公共卫生"
          "服务、疾病预防控制、妇幼健康和卫生监督工作。下属旗人民医院、蒙医医院、疾病预防控制中心等二级预算单位"
          "9个。"),
    ("h", "二、预算收支情况"),
    ("p", "（一）预算情况。2021年年初预算18,620.40万元，年中追加预算3,105.60万元，全年预算21,726.00万元。全年"
          "预算中，一般公共预算财政拨款20,486.00万元，事业收入1,240.00万元。"),
    ("p", "（二）按支出性质反映的支出。2021年全年支出21,208.74万元，其中基本支出6,845.30万元（人员经费5,932.16"
          "万元、公用经费913.14万元），项目支出14,363.44万元。基本支出按经济分类：工资福利支出5,412.08万元，"
          "商品和服务支出913.14万元，对个人和家庭的补助520.08万元。"),
    ("p", "（三）按功能分类反映的支出。全年支出21,208.74万元按功能分类为：卫生健康支出19,864.52万元，社会保障"
          "和就业支出826.40万元，住房保障支出517.82万元。同一笔支出既按性质也按功能分类，两种口径的合计均为"
          "全年支出。"),
    ("p", "（四）执行情况。全年预算执行率97.62%，年末结转结余517.26万元。"),
]
ZHUNGEER_TABLE = [
    ["功能分类科目", "支出决算数（万元）", "占全年支出比重"],
    ["卫生健康支出", "19,864.52", "93.66%"],
    ["社会保障和就业支出", "826.40", "3.90%"],
    ["住房保障支出", "517.82", "2.44%"],
    ["合计", "21,208.74", "100.00%"],
]
ZHUNGEER_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全旗居民电子健康档案建档率达到92.4%，0—6岁儿童健康管理率95.8%，完成免费孕前优生健康检查1,386对；"
          "开展卫生监督检查3,215户次，查处卫生违法案件37件；新建嘎查村卫生室标准化建设项目14个，培训基层卫生"
          "人员2,460人次。全旗孕产妇死亡率为零，群众满意度为93.2%。"),
    ("h", "四、自评结论"),
    ("p", "按部门整体支出绩效评价指标体系打分，自评得分94.6分，等级为“优”。扣分情况：预算编制扣1.5分（年中追加"
          "占比偏高），预算执行扣2.4分（上半年执行偏慢），产出指标扣1.5分（部分卫生室建设滞后）。"),
    ("h", "五、存在的问题"),
    ("p", "一是项目预算编制不够细化，年中调整较多；二是部分嘎查村卫生室建设进度滞后；三是基层卫生人员流动性大。"),
    ("h", "六、下一步改进措施"),
    ("p", "一是细化项目预算和绩效目标；二是按月调度卫生室建设进度；三是完善基层卫生人员待遇保障机制。"),
]


def doc_zhungeer(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11, creator="WPS Writer")
    p.title("准格尔旗卫生健康委员会\n2021年度部门整体支出绩效自评报告", size=16)
    p.blocks(ZHUNGEER_1)
    p.para("表1　2021年度支出按功能分类情况", indent=False, size=10)
    p.table(ZHUNGEER_TABLE, widths=[40, 30, 30], size=10, align=["l", "r", "r"])
    p.blocks(ZHUNGEER_2)
    p.right("准格尔旗卫生健康委员会")
    p.right("2022年4月20日")
    p.save()


# =========================================================================== 3. youxian (E2)
YOUXIAN = [
    ("h", "一、项目概况"),
    ("p", "油茶是我县的特色优势产业。2020年，我局在全县8个乡镇实施油茶低产林改造项目，主要内容为垦复抚育、"
          "补植补造、修枝整形和配方施肥，由局油茶产业发展办公室组织实施，乡镇林业站负责技术指导和检查验收。"),
    ("h", "二、项目资金情况"),
    ("p", "（一）资金安排。项目全年预算数860.00万元，其中中央财政资金500.00万元、省级财政资金240.00万元、县级"
          "配套资金110.00万元。"),
    ("p", "（二）资金到位。截至2020年12月31日，项目资金已全部到位，实际到位资金860.00万元，资金到位率100%。"),
    ("p", "（三）资金使用。全年实际支出842.36万元，预算执行率97.95%，结余17.64万元为尚未验收的补植补造尾款，"
          "已结转下年支付。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成油茶低产林改造2.4万亩，其中垦复抚育1.65万亩、补植补造0.75万亩；发放有机肥1,860吨，举办"
          "技术培训班26期，培训林农2,140人次。改造林分亩产鲜果提高到380公斤，带动农户增收约1,260万元。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分91分，评价等级为“优”。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：1.部分改造地块立地条件差，补植成活率不高；2.后期管护投入不足。"),
    ("p", "改进措施：1.改造前开展立地条件调查，优选适宜地块；2.引导经营主体落实后续管护责任；3.加强验收管理。"),
]


def doc_youxian(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11.5, margin=70, creator="Microsoft® Word 2010")
    p.title("攸县林业局\n2020年度油茶低产林改造项目支出绩效自评报告", size=15)
    p.blocks(YOUXIAN)
    p.right("攸县林业局")
    p.right("2021年3月18日")
    p.save()


# =========================================================================== 4. mile (T3: 元 table)
MILE_1 = [
    ("h", "一、项目基本情况"),
    ("p", "为做好森林草原防灭火工作，2019年我局实施森林草原防火项目，主要用于防火物资购置、生态护林员巡护补助"
          "和防火宣传培训，项目由局森林草原防火办公室具体实施。"),
    ("h", "二、项目资金投入和使用情况"),
    ("p", "项目全年预算326.00万元，其中中央资金180.00万元、省级资金96.00万元、市级资金50.00万元，资金已全部"
          "到位。截至2019年12月31日，实际支出数318.57万元，其中防火物资购置125.44万元、护林员巡护补助138.63"
          "万元、防火宣传及培训54.51万元，预算执行率97.72%，结余7.43万元已按规定收回。支出明细见下表。"),
]
MILE_TABLE = [
    ["支出内容", "支出金额（元）"],
    ["防火物资购置", "1,254,386.00"],
    ["护林员巡护补助", "1,386,256.00"],
    ["防火宣传及培训", "545,058.00"],
    ["合计", "3,185,700.00"],
]
MILE_2 = [
    ("h", "三、项目绩效情况"),
    ("p", "全年购置风力灭火机120台、防火服600套，配备生态护林员312名，巡护里程4.8万公里；开展防火宣传进村"
          "入户活动86场，发放宣传资料2.6万份。全年发生森林火灾1起，受害森林面积0.8公顷，森林火灾受害率控制在"
          "0.9‰以内。"),
    ("h", "四、自评结论"),
    ("p", "经自评，本项目得分95.5分，等级为“优”。"),
    ("h", "五、存在的问题及下一步工作"),
    ("p", "（一）偏远山区防火通信覆盖不足。（二）护林员年龄偏大，扑救技能有待提高。"),
    ("p", "下一步：（一）分批建设防火通信基站；（二）每年组织护林员集中培训和实战演练。"),
]


def doc_mile(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, creator="WPS Writer")
    p.title("弥勒市林业和草原局\n2019年度森林草原防火项目支出绩效自评报告", size=15)
    p.blocks(MILE_1)
    p.table(MILE_TABLE, widths=[60, 40], size=10, align=["l", "r"])
    p.blocks(MILE_2)
    p.right("弥勒市林业和草原局")
    p.right("2020年2月26日")
    p.save()


# =========================================================================== 5. qionglai (T5 selection; T9 亿元)
QIONGLAI_PROJECTS = [
    ("老旧小区改造", "3,860.00", "3,812.45"),
    ("城镇保障性安居工程", "2,140.00", "2,096.30"),
    ("农村危房改造", "680.00", "672.18"),
    ("城市燃气管网安全改造", "1,250.00", "1,186.90"),
    ("建筑工地扬尘治理", "356.00", "348.72"),
]
QIONGLAI_1 = [
    ("h", "一、部门基本情况"),
    ("p", "邛崃市住房和城乡建设局负责全市住房保障、城乡建设、建筑市场和工程质量安全监管、城镇燃气和物业管理等"
          "工作，内设股室10个，下属事业单位4个。"),
    ("h", "二、部门资金情况"),
    ("p", "（一）预算安排。2023年年初预算11,236.50万元，年中追加2,563.50万元，全年可支配资金1.38亿元。可支配"
          "资金中，一般公共预算财政拨款9,650.00万元，政府性基金预算财政拨款3,780.00万元，经营收入70.00万元，"
          "上年结转300.00万元。"),
    ("p", "（二）支出情况。2023年支出决算数13,452.68万元，其中基本支出3,126.40万元（人员经费2,684.22万元，公用"
          "经费442.18万元），项目支出10,326.28万元。预算执行率97.48%，年末结转结余347.32万元。"),
    ("p", "（三）主要项目支出。项目支出中金额较大的主要项目如下："),
]
QIONGLAI_2 = [
    ("p", "上述5个主要项目以外，项目支出还包括物业管理指导、建筑市场监管、城建档案管理等其他项目。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成老旧小区改造46个、惠及居民5,280户；新开工保障性租赁住房620套；改造农村危房148户；更新改造"
          "城市燃气老旧管网36.5公里；开展建筑施工安全检查1,268项次，整改安全隐患2,134处。全年未发生较大及以上"
          "建筑施工安全事故。"),
    ("h", "四、自评结论"),
    ("p", "经逐项评分，我局2023年度部门整体支出绩效自评得分92.8分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分项目前期工作不充分，开工后调整设计方案。2.政府性基金项目资金到位较晚。"),
    ("h", "六、改进措施"),
    ("p", "1.强化项目储备和前期论证。2.加强与财政部门沟通，按进度申请拨付资金。"),
]


def doc_qionglai(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, header="邛崃市住房和城乡建设局2023年度部门整体支出绩效自评报告",
            creator="Microsoft® Word 2016")
    p.title("邛崃市住房和城乡建设局\n2023年度部门整体支出绩效自评报告", size=15)
    p.blocks(QIONGLAI_1)
    rows = [["序号", "项目名称", "预算数（万元）", "执行数（万元）", "执行率"]]
    for k, (name, budget, executed) in enumerate(QIONGLAI_PROJECTS, 1):
        rows.append([str(k), name, budget, executed, pct(executed, budget)])
    tb = sum(Decimal(b.replace(",", "")) for _, b, _ in QIONGLAI_PROJECTS)
    te = sum(Decimal(e.replace(",", "")) for _, _, e in QIONGLAI_PROJECTS)
    rows.append([("合计", 2), money(tb), money(te), pct(str(te), str(tb))])
    p.table(rows, widths=[8, 40, 18, 18, 14], size=10, align=["c", "l", "r", "r", "r"])
    p.blocks(QIONGLAI_2)
    p.right("邛崃市住房和城乡建设局")
    p.right("2024年3月29日")
    p.save()


# =========================================================================== 6. qitai (T2: rate against 到位资金)
QITAI = [
    ("h", "一、项目概况"),
    ("p", "为提高农业灌溉水利用效率，2024年我局实施农田灌溉渠道防渗改造项目，在4个乡镇改造斗渠、农渠并配套"
          "建设分水闸和量水设施。"),
    ("h", "二、资金投入和使用情况"),
    ("p", "项目全年预算1,250.00万元，其中中央财政资金800.00万元、自治区财政资金300.00万元、县级配套资金150.00"
          "万元。截至2024年12月31日，中央和自治区资金全部到位，县级配套资金到位50.00万元，实际到位资金1,150.00"
          "万元，资金到位率92.00%。"),
    ("p", "全年实际支出1,128.60万元。按实际到位资金计算，预算执行率为98.14%；未到位的县级配套资金100.00万元"
          "已列入2025年县级预算。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成渠道防渗改造62.4公里，新建分水闸145座、量水设施86处；改善灌溉面积5.2万亩，渠系水利用系数"
          "由0.56提高到0.63，亩均节水约42立方米。"),
]
QITAI_IND = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "渠道防渗改造长度", "≥60公里", "62.4公里", "20", "20"],
    ["产出指标", "数量指标", "新建分水闸", "≥140座", "145座", "10", "10"],
    ["产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "10", "10"],
    ["产出指标", "时效指标", "工程完工及时率", "≥95%", "90%", "10", "8"],
    ["效益指标", "经济效益指标", "改善灌溉面积", "≥5万亩", "5.2万亩", "15", "15"],
    ["效益指标", "生态效益指标", "渠系水利用系数", "≥0.6", "0.63", "15", "15"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "94.5%", "10", "10"],
    ["预算执行", "预算执行率", "预算执行率", "100%", "98.14%", "10", "9.81"],
    ["合计", "", "", "", "", "100", "97.81"],
]
QITAI_2 = [
    ("h", "四、自评结论"),
    ("p", "本项目自评得分97.81分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "（一）存在的问题。县级配套资金未能全部到位，部分渠段完工时间推迟。"),
    ("p", "（二）改进措施。一是提前落实县级配套资金；二是合理安排冬春施工期；三是建立渠道运行管护制度。"),
]


def doc_qitai(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11, creator="WPS Writer")
    p.title("奇台县水利局\n2024年度农田灌溉渠道防渗改造项目支出绩效自评报告", size=15)
    p.blocks(QITAI)
    p.para("表1　绩效指标完成情况", indent=False, size=10)
    p.table(QITAI_IND, widths=[13, 20, 24, 13, 13, 8, 9], style="three", size=9,
            align=["l", "l", "l", "c", "c", "c", "c"])
    p.blocks(QITAI_2)
    p.right("奇台县水利局")
    p.right("2025年2月28日")
    p.save()


# =========================================================================== 7. rongxian (T7: rate above 100%)
RONGXIAN = [
    ("h", "一、项目基本情况"),
    ("p", "特困人员救助供养是兜底保障困难群众基本生活的重要制度。2018年，我局对全县分散供养和集中供养的特困人员"
          "发放基本生活费和照料护理费，并保障县社会福利中心和乡镇敬老院的运转。"),
    ("h", "二、项目资金情况"),
    ("p", "2018年项目全年预算数1,086.00万元。另有上年结转资金46.20万元，为2017年12月下达的供养资金，在2018年"
          "一季度发放。"),
    ("p", "全年实际支出1,118.34万元（含上年结转资金支出46.20万元），预算执行率102.98%。执行率超过100%，是因为"
          "实际支出包含了上年结转资金的支出，而全年预算数只含本年安排的资金。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年累计救助供养特困人员2,318人，其中集中供养412人、分散供养1,906人；特困人员基本生活标准提高到每人"
          "每月420元；乡镇敬老院入住率提高到78.5%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分93分，评价等级为“优”。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：一是部分乡镇敬老院设施陈旧；二是护理人员专业化程度不高。改进措施：一是争取资金改造敬老院"
          "设施；二是开展护理人员培训。"),
]


def doc_rongxian(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="Microsoft® Word 2007")
    p.title("容县民政局2018年度特困人员救助供养\n项目支出绩效自评报告", size=15)
    p.blocks(RONGXIAN)
    p.right("容县民政局")
    p.right("2019年3月5日")
    p.save()


# =========================================================================== 8. zhijiang (DOCX; E3)
ZHIJIANG_PROJECTS = [
    ("中小河流治理工程", "2,150.00", "2,118.36"),
    ("农村饮水安全维修养护", "986.00", "972.40"),
    ("水库除险加固", "1,420.00", "1,386.52"),
    ("河湖长制工作经费", "368.00", "360.18"),
    ("农田水利设施建设", "1,286.00", "1,254.62"),
    ("水土保持综合治理", "610.00", "553.56"),
]
ZHIJIANG_TOTAL_EXECUTED = "6,655.64"  # the 合计 row as printed: 项目支出; the rows add up to 6,645.64


def doc_zhijiang(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "枝江市水利和湖泊局", 16)
    office.centred_title(d, "2021年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "枝江市水利和湖泊局负责全市水资源管理、水利工程建设与运行管理、河湖管理保护、农村水利和水土保持等"
            "工作，内设机构8个，下属事业单位6个。")
    office.bold_line(d, "二、预算收支情况", indent=24)
    para(d, "2021年部门年初预算6,842.30万元，年中追加1,357.70万元，调整后预算8,200.00万元。调整后预算中，一般"
            "公共预算财政拨款5,986.00万元，政府性基金预算财政拨款2,034.00万元，上年结转180.00万元。")
    para(d, "2021年全年支出8,012.46万元，其中基本支出1,356.82万元（人员经费1,168.40万元、公用经费188.42万元），"
            "项目支出6,655.64万元。预算执行率97.71%，年末结转结余187.54万元。")
    office.bold_line(d, "三、项目支出情况", indent=24)
    para(d, "2021年我局实施项目6个，全部项目的预算和执行情况如下表（单位：万元）。")
    rows = [["序号", "项目名称", "调整后预算数", "执行数", "执行率"]]
    for k, (name, budget, executed) in enumerate(ZHIJIANG_PROJECTS, 1):
        rows.append([str(k), name, budget, executed, pct(executed, budget)])
    tb = sum(Decimal(b.replace(",", "")) for _, b, _ in ZHIJIANG_PROJECTS)
    rows.append(["合计", "", money(tb), ZHIJIANG_TOTAL_EXECUTED, pct(ZHIJIANG_TOTAL_EXECUTED, str(tb))])
    table(d, rows, merges=[((len(rows) - 1, 0), (len(rows) - 1, 1))])
    office.bold_line(d, "四、绩效目标完成情况", indent=24)
    para(d, "全年完成中小河流综合治理12.6公里，除险加固小型水库9座，维修农村饮水工程32处，新建和改造灌溉渠道"
            "18.4公里；治理水土流失面积8.5平方公里。全市河湖长巡河4,860人次，农村自来水普及率达到98.5%。")
    office.bold_line(d, "五、自评结论", indent=24)
    para(d, "对照评价指标体系逐项评分，我局2021年度部门整体支出绩效自评得分92.3分，等级为“优”。")
    office.bold_line(d, "六、存在的问题", indent=24)
    para(d, "（一）水土保持项目受季节影响，当年执行率偏低。")
    para(d, "（二）部分工程竣工决算办理不及时。")
    office.bold_line(d, "七、改进措施", indent=24)
    para(d, "（一）合理安排施工时序，加快项目执行。")
    para(d, "（二）督促参建单位及时办理竣工结算和决算。")
    office.aligned(d, "枝江市水利和湖泊局", "right")
    office.aligned(d, "2022年4月15日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 9. ningguo (DOCX; T6: negative adjustment)
NINGGUO_IND = [
    ("产出指标", "数量指标", "补贴性职业技能培训人次", "20", "≥3000人次", "3268人次", "20", ""),
    ("产出指标", "数量指标", "取得职业资格或技能等级证书人数", "10", "≥2000人", "2146人", "10", ""),
    ("产出指标", "质量指标", "培训合格率", "10", "≥90%", "93.5%", "10", ""),
    ("产出指标", "时效指标", "补贴资金发放及时率", "10", "=100%", "100%", "10", ""),
    ("产出指标", "成本指标", "人均培训补贴", "10", "≤1500元", "1290元", "10", ""),
    ("效益指标", "社会效益指标", "培训后就业率", "15", "≥60%", "56.8%", "13.2", "部分学员培训后继续升学或自主创业，未计入就业"),
    ("满意度指标", "服务对象满意度指标", "受训人员满意度", "15", "≥90%", "95.2%", "15", ""),
]


def doc_ningguo(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "宁国市人力资源和社会保障局2025年度", 16)
    office.centred_title(d, "职业技能提升行动项目支出绩效自评报告", 16)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "为提升劳动者就业技能，我局2025年继续实施职业技能提升行动，面向城乡劳动者、企业职工和高校毕业生开展"
            "补贴性职业技能培训，按规定发放培训补贴和技能评价补贴。")
    office.bold_line(d, "二、资金情况", indent=24)
    para(d, "项目年初预算批复数486.30万元，年中预算调整-56.30万元（因部分培训计划改由企业自主实施），调整预算数"
            "430.00万元。全年实际支出数421.83万元，预算执行率98.10%，结余8.17万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展补贴性职业技能培训3,268人次，其中企业职工1,426人次、城乡劳动者1,842人次，培训合格率93.5%；"
            "2,146人取得职业资格或技能等级证书。绩效目标自评表如下。")
    funds = [["项目资金（万元）", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
             ["年度资金总额", "430.00", "421.83", "10", "98.10%", "9.81"]]
    table(d, funds)
    para(d, "", indent=False)
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因和改进措施"]]
    rows += [list(r) for r in NINGGUO_IND]
    rows.append(["合计", "", "", "90", "", "", "88.2", ""])
    table(d, rows, merges=[((len(rows) - 1, 0), (len(rows) - 1, 2))])
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "项目绩效目标基本完成，培训后就业率未达到年度指标值。预算执行得分9.81分，绩效指标得分88.2分，项目"
            "自评得分98.01分，自评等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.部分培训项目与本地产业用工需求衔接不够紧密。")
    para(d, "2.培训后就业跟踪服务不到位。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.根据重点企业用工需求动态调整培训目录。")
    para(d, "2.建立学员培训后就业回访制度。")
    office.aligned(d, "宁国市人力资源和社会保障局", "right")
    office.aligned(d, "2026年2月10日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 10. gongyi (XLSX; E4)
GONGYI_IND = [
    ("产出指标", "数量指标", "路灯维修更换数量", "≥1200盏", "1286盏", 15, 15, ""),
    ("产出指标", "数量指标", "照明线路维护长度", "≥85公里", "88.6公里", 10, 10, ""),
    ("产出指标", "质量指标", "路灯亮灯率", "≥98%", "98.7%", 15, 15, ""),
    ("产出指标", "时效指标", "故障修复时限", "≤24小时", "18小时", 10, 10, ""),
    ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥95%", "96.2%", 15, 15, ""),
    ("效益指标", "可持续影响指标", "维护管理制度", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "88.4%", 15, 13, "部分背街小巷照明不足，已列入下年度计划"),
]


def doc_gongyi(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", [12, 18, 22, 14, 14, 8, 10, 24], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2022年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "城区道路照明设施维护", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "巩义市城市管理局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "巩义市城市管理局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    funds = [("年度资金总额", 620, 680, 658.24, 10, "98.60%", 9.86),
             ("其中：当年财政拨款", 620, 620, 604.36, E, E, E),
             ("上年结转资金", E, 60, 53.88, E, E, E),
             ("其他资金", E, E, E, E, E, E)]
    for k, row in enumerate(funds):
        r = 6 + k
        xl_put(ws, f"B{r}", row[0])
        for col, v in zip("CDE", row[1:4], strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        for col, v in zip("FGH", row[4:7], strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "完成城区路灯及照明线路日常维护，及时修复故障，保持主次干道路灯完好。", merge_to="D11")
    xl_put(ws, "E11", "全年维修更换路灯1,286盏，维护照明线路88.6公里，更换老旧配电箱42台，处理群众报修1,035件。",
           merge_to="H11")
    ws.row_dimensions[11].height = 48
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"], strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    r = 13
    for row in GONGYI_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FG")
        r += 1
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 97.86, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", None)
    xl_put(ws, f"A{r + 1}", "自评结论")
    xl_put(ws, f"B{r + 1}", "项目年度目标基本完成，市民满意度未达到目标值。自评得分97.86分，自评等级：优。",
           merge_to=f"H{r + 1}")
    xl_put(ws, f"A{r + 2}", "注：总分含项目资金执行率分值10分。", merge_to=f"H{r + 2}", border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 11. lanling (HTML; E5)
LANLING_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="兰陵县人民政府">
<meta name="ArticleTitle" content="兰陵县司法局2023年度部门整体支出绩效自评报告">
<title>兰陵县司法局2023年度部门整体支出绩效自评报告</title>
</head>
<body>
<div class="top"><span>兰陵县人民政府</span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进兰陵</a></div>
<div class="crumb">您所在的位置：<a href="#">首页</a> » <a href="#">政府信息公开</a> » <a href="#">部门信息公开</a> » <a href="#">县司法局</a> » <a href="#">预算决算</a></div>
<div class="meta">
<p>索引号：11371324MB28612345/2024-00117　　发布机构：县司法局　　发布日期：2024-08-16</p>
<p>主题分类：财政资金　　有效性：有效</p>
</div>
<div class="article">
<h1>兰陵县司法局2023年度部门整体支出绩效自评报告</h1>
<div class="info">来源：县司法局　　点击数：<span>486</span>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="content">
<p>一、部门基本情况</p>
<p>兰陵县司法局负责全县法治建设的统筹协调、行政立法审查、行政执法协调监督、普法依法治理、人民调解、社区矫正、公共法律服务和法律援助等工作。局机关内设股室7个，下设司法所17个。</p>
<p>二、部门预算及执行情况</p>
<p>（一）预算调整情况。2023年部门年初预算2,486.20万元；年中追加预算368.50万元，主要用于公共法律服务体系建设和法律援助；调减预算45.30万元，为压减的一般性支出；调整后全年预算2,819.40万元。</p>
<p>（二）资金来源。调整后全年预算中，一般公共预算财政拨款2,709.40万元，其他收入30.00万元，上年结转80.00万元。</p>
<p>（三）支出情况。2023年全年支出2,746.85万元，其中基本支出1,624.50万元（人员经费1,402.36万元、公用经费222.14万元），项目支出1,122.35万元。全年预算执行率97.43%，年末结转结余72.55万元。</p>
<p>三、绩效目标完成情况</p>
<p>全年办理法律援助案件1,126件，为受援人挽回经济损失约860万元；各级人民调解组织调解矛盾纠纷5,482件，调解成功率98.2%；在册社区矫正对象无脱管漏管，开展“八五”普法宣传活动326场，受教育群众12.6万人次；建成村（居）公共法律服务工作室706个。</p>
<p>四、自评结论</p>
<p>对照部门整体支出绩效评价指标体系，我局2023年度自评得分95.2分，自评等级为“优”。</p>
<p>五、存在的问题</p>
<p>（一）年中预算调整较多，预算编制的精准度不高。</p>
<p>（二）基层司法所人员力量不足。</p>
<p>六、下一步改进措施</p>
<p>（一）提高预算编制质量，减少年中追加和调减。</p>
<p>（二）通过政府购买服务充实基层法律服务力量。</p>
<p>（三）加强项目绩效运行监控。</p>
<p style="text-align:right">兰陵县司法局</p>
<p style="text-align:right">2024年8月10日</p>
</div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办：兰陵县人民政府办公室　网站标识码：3713240009</p>
<p>鲁ICP备05031257号　鲁公网安备37132402000115号</p>
</div>
</body>
</html>
"""


# =========================================================================== 12. shangzhi (TXT; T10 full-width digits)
SHANGZHI_TXT = """尚志市退役军人事务局2024年度部门整体支出绩效自评报告

一、部门基本情况
尚志市退役军人事务局负责全市退役军人思想政治、管理保障、移交安置、就业创业扶持、优抚褒扬和权益维护等工作，内设股室6个，下属事业单位2个，分别为退役军人服务中心和烈士陵园管理所。

二、部门预算收支情况
（一）预算情况。２０２４年部门年初预算１８６２．４０万元，年中追加预算４１５．６０万元，调整后预算２２７８．００万元。调整后预算中，一般公共预算财政拨款２２１８．００万元，上年结转６０．００万元。
（二）支出情况。2024年全年实际支出数2,236.53万元，其中基本支出642.18万元（人员经费553.26万元、公用经费88.92万元），项目支出1,594.35万元。全年资金支付进度98.18%，年末结转结余41.47万元。

三、绩效目标完成情况
全年发放各类优抚对象抚恤和生活补助资金1,186.40万元，惠及优抚对象3,126人；走访慰问退役军人和其他优抚对象4,860人次；组织退役军人适应性培训和技能培训612人次，帮助实现就业386人；完成烈士纪念设施维修5处。退役军人对服务保障工作的满意度为97.6 %。

四、自评结论
经对照评价指标逐项评分，我局2024年度部门整体支出绩效自评得分94.1分，评价等级为“优”。

五、存在的问题
1、部分优抚资金发放集中在年末，支付进度不均衡。
2、退役军人就业创业扶持项目的绩效指标偏少。

六、改进措施
1、按季度发放优抚资金，均衡支付进度。
2、完善就业创业扶持项目的绩效指标。
3、加强预算执行动态监控。

尚志市退役军人事务局
2025年3月20日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "sihui-jiaoyu-2022.pdf": doc_sihui,
        "zhungeer-weijian-2021.pdf": doc_zhungeer,
        "youxian-linye-2020.pdf": doc_youxian,
        "mile-linye-2019.pdf": doc_mile,
        "qionglai-zhujian-2023.pdf": doc_qionglai,
        "qitai-shuili-2024.pdf": doc_qitai,
        "rongxian-minzheng-2018.pdf": doc_rongxian,
        "zhijiang-shuili-2021.docx": doc_zhijiang,
        "ningguo-renshe-2025.docx": doc_ningguo,
        "gongyi-chengguan-2022.xlsx": doc_gongyi,
        "lanling-sifa-2023.html": lambda p: write_text(p, LANLING_HTML),
        "shangzhi-tuijun-2024.txt": lambda p: write_text(p, SHANGZHI_TXT),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
