#!/usr/bin/env python3
"""Regenerate the heldout26 evaluation batch (10 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout26/make_heldout26.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and TXT are UTF-8 without BOM, LF line ends.
This batch is about money by source and by kind, at depth, in units with their own income
(hospitals, schools, 事业单位 with 事业收入 / 经营收入 / 其他收入 / 上级补助收入 beside 财政拨款 of
the three budgets), 上年结转 inside and outside the budget, spending by nature and by economic
class, 三公经费 with its parts, a form whose funds table gives each source its own 执行率, and
rates against 到位资金 or against the appropriation only.
Five real inconsistencies are planted; eight figures only look inconsistent.
Every sentence and figure below is invented; place names are real.
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
from tests.corpora.builder.office_kit import OfficeStamp, merge_runs, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY26"
FIXED_DT = datetime.datetime(2026, 12, 18, 9, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"


def pct(executed: str, budget: str) -> str:
    e, b = (Decimal(x.replace(",", "")) for x in (executed, budget))
    return f"{(e / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


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
            elif kind == "l":
                self.para(text, indent=False)
            else:
                raise ValueError(kind)


# =========================================================================== 1. zhenyuan (hospital; T1, T3)
ZHENYUAN = [
    ("h", "一、单位基本情况"),
    ("p", "镇远县人民医院是县卫生健康局所属的公益二类事业单位，承担全县常见病、多发病诊疗，急危重症救治，"
          "基层医疗卫生机构业务指导和突发公共卫生事件医疗救治等任务。医院设临床科室22个、医技科室8个，"
          "编制床位480张。"),
    ("h", "二、预算收支情况"),
    ("p", "（一）财政拨款预算。2023年医院年初财政拨款预算2,860.00万元，年中追加540.00万元，调整后财政拨款"
          "预算3,400.00万元，均为一般公共预算财政拨款，主要用于在职人员经费补助、公立医院综合改革补助、"
          "重点专科建设和医疗设备购置。"),
    ("p", "（二）收入情况。2023年医院本年收入合计36,482.56万元，其中：财政拨款收入3,400.00万元，占本年收入"
          "合计的9.32%；事业收入32,618.34万元，占89.41%；其他收入464.22万元，占1.27%，主要为进修培训、"
          "科研协作等收入。"),
    ("p", "（三）财政拨款支出情况。2023年财政拨款支出3,368.85万元，其中基本支出1,286.40万元，项目支出"
          "2,082.45万元。财政拨款预算执行率99.08%，年末财政拨款结转31.15万元。"),
    ("p", "需要说明的是，本报告所称预算执行率为财政拨款预算执行率，即财政拨款支出占调整后财政拨款预算的比例；"
          "医院以事业收入和其他收入安排的支出按医院财务制度核算，未纳入预算执行率计算。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成门急诊服务31.42万人次，出院患者1.86万人次，开展手术4,260台次；床位使用率88.6%，"
          "平均住院日7.4天，药品收入占比下降至27.3%。胸痛中心通过省级验收，新增县级重点专科2个。"),
    ("h", "四、自评结论"),
    ("p", "对照年初设定的部门整体支出绩效目标，经逐项评分，医院2023年度部门整体支出绩效自评得分92.4分，"
          "评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）医疗设备购置项目集中在下半年实施，资金支付进度前慢后快。（二）部分绩效指标与医院等级评审"
          "指标衔接不够，量化程度不高。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前做好设备采购论证和招标准备，按季度跟踪支付进度。（二）结合公立医院绩效考核指标修订"
          "部门绩效目标，提高指标的可衡量性。（三）加强财政拨款结转资金的清理和统筹使用。"),
]


def doc_zhenyuan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=80, creator="Microsoft® Word 2016",
            header="镇远县人民医院2023年度部门整体支出绩效自评报告")
    p.title("镇远县人民医院\n2023年度部门整体支出绩效自评报告", size=16)
    p.blocks(ZHENYUAN)
    p.right("镇远县人民医院")
    p.right("2024年3月15日")
    p.save()


# =========================================================================== 2. minxian (DOCX; T2 其中 inside 其中)
def doc_minxian(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "岷县妇幼保健院2019年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "岷县妇幼保健院是县卫生健康局所属的差额拨款事业单位，承担全县孕产妇保健、儿童保健、妇女病筛查和"
            "妇幼健康信息管理等工作，内设科室12个，开放床位60张。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, "2019年年初预算1,680.24万元，年中追加182.50万元，全年预算数1,862.74万元。")
    para(d, "本年收入合计1,862.74万元，其中：财政拨款收入1,310.00万元（其中：一般公共预算财政拨款1,246.00万元，"
            "政府性基金预算财政拨款64.00万元），事业收入552.74万元（其中：医疗收入518.36万元）。")
    para(d, "本年支出合计1,824.36万元，其中：基本支出1,402.18万元，项目支出422.18万元。基本支出按经济分类，"
            "工资福利支出1,186.52万元，商品和服务支出168.34万元，对个人和家庭的补助38.20万元，资本性支出"
            "9.12万元。")
    para(d, "全年预算执行率97.94%，年末结转结余38.38万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年孕产妇系统管理率95.6%，3岁以下儿童系统管理率93.8%；完成农村妇女两癌筛查3,860人，"
            "开展儿童保健服务1.24万人次，住院分娩1,426例，全年无孕产妇死亡。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "经对照部门整体支出绩效评价指标逐项评分，本单位2019年度自评得分91分，评价等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）专业技术人员不足，儿童保健门诊力量薄弱。")
    para(d, "（二）医疗收入增长较慢，自我发展能力有限。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）通过公开招聘和对口支援补充专业技术人员。")
    para(d, "（二）拓展妇幼特色专科服务，提高服务能力。")
    office.aligned(d, "岷县妇幼保健院", "right")
    office.aligned(d, "2020年4月9日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 3. yongxin (school; E2, T6)
YONGXIN = [
    ("h", "一、部门基本情况"),
    ("p", "永新县第二中学为县教育体育局所属全额拨款事业单位，是一所完全中学，设教学班48个。学校主要职责为"
          "实施初中和高中学历教育，开展教育教学研究和学生管理工作。"),
    ("h", "二、预算安排及收支情况"),
    ("p", "2021年学校年初预算3,862.40万元，年中追加286.60万元，加上年结转120.00万元，全年预算数4,269.00万元"
          "（含上年结转120.00万元），其中一般公共预算财政拨款3,962.40万元、事业收入186.60万元、上年结转"
          "120.00万元。"),
    ("p", "全年支出4,186.52万元，其中基本支出3,524.80万元（人员经费3,218.36万元，公用经费306.44万元），"
          "项目支出661.72万元。基本支出按经济分类为：工资福利支出2,986.24万元、商品和服务支出286.44万元、"
          "对个人和家庭的补助232.12万元、资本性支出10.00万元。"),
    ("p", "全年预算执行率98.07%，年末结转结余82.48万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年高考本科上线612人，本科上线率48.6%；中考全县前100名中我校学生31人；组织教师培训1,320人次，"
          "完成学生宿舍改造2栋，新增标准化理化生实验室3间。"),
    ("h", "四、自评结论"),
    ("p", "经自评，学校2021年度部门整体支出绩效得分93分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：1.项目支出进度不均衡，四季度支出偏多；2.绩效目标中效益指标偏少。改进措施：1.按月"
          "跟踪项目支出进度；2.增设反映教学质量的效益指标。"),
]


def doc_yongxin(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("永新县第二中学\n2021年度部门整体支出绩效自评报告", size=15)
    p.blocks(YONGXIN)
    p.right("永新县第二中学")
    p.right("2022年3月28日")
    p.save()


# =========================================================================== 4. jian (事业单位, 国有资本经营预算; E1)
JIAN = [
    ("h", "一、单位概况"),
    ("p", "集安市供水排水服务中心为市住房和城乡建设局所属公益一类事业单位，负责城区供水设施、排水管网和"
          "污水处理设施的运行维护及监督管理，内设科室6个。"),
    ("h", "二、收支预算执行情况"),
    ("p", "2018年年初预算2,186.72万元，年中追加300.00万元，全年预算2,486.72万元。"),
    ("p", "本年收入合计2,486.72万元，其中一般公共预算财政拨款收入1,208.30万元，政府性基金预算财政拨款收入"
          "642.00万元，国有资本经营预算财政拨款收入300.00万元，事业收入346.42万元。"),
    ("p", "本年支出合计2,436.18万元，其中基本支出862.46万元，项目支出1,573.72万元。预算执行率97.97%，"
          "年末结转结余50.54万元。"),
    ("h", "三、绩效目标实现情况"),
    ("p", "全年城区供水量486万立方米，处理污水312万立方米，改造老旧供水管网18.6公里，疏通排水管网42公里；"
          "出厂水水质合格率100%。"),
    ("h", "四、自评结论"),
    ("p", "本单位2018年度部门整体支出绩效自评得分91.5分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分老旧管网漏损率偏高，改造资金不足。（二）污水处理设施运行成本核算不够精细。"),
    ("h", "六、改进措施"),
    ("p", "（一）争取专项资金，分年度实施老旧管网改造。（二）建立污水处理运行成本台账，开展成本分析。"),
]


def doc_jian(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, creator="Microsoft® Word 2010")
    p.title("集安市供水排水服务中心\n2018年度部门整体支出绩效自评报告", size=15)
    p.blocks(JIAN)
    p.right("集安市供水排水服务中心")
    p.right("2019年3月20日")
    p.save()


# =========================================================================== 5. xianju (XLSX form; E3)
XIANJU_FUNDS = [  # label, 年初, 全年, 执行, stated rate
    ("年度资金总额", "480.00", "620.00", "603.48", None),
    ("其中：一般公共预算", "300.00", "360.00", "356.20", None),
    ("政府性基金", "100.00", "160.00", "150.28", "95.93%"),  # planted: 150.28 ÷ 160.00 = 93.93%
    ("上年结转资金", E, "40.00", "40.00", None),
    ("其他资金", "80.00", "60.00", "57.00", None),
]
XIANJU_IND = [
    ("产出指标", "数量指标", "购置医疗设备数量", "≥12台", "12台", 15, 15, ""),
    ("产出指标", "质量指标", "设备验收合格率", "=100%", "100%", 15, 15, ""),
    ("产出指标", "时效指标", "设备到货安装及时率", "≥95%", "96%", 10, 10, ""),
    ("产出指标", "成本指标", "设备采购成本控制", "≤全年预算数", "未超预算", 10, 10, ""),
    ("效益指标", "社会效益指标", "CT检查服务人次", "≥2万人次", "2.36万人次", 15, 15, ""),
    ("效益指标", "可持续影响指标", "设备开机率", "≥90%", "86.5%", 15, 13, "部分设备11月投入使用，全年开机时间不足"),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "94.2%", 10, 10, ""),
]


def doc_xianju(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    for col, w in zip("ABCDEFGH", [12, 20, 22, 14, 14, 8, 10, 28], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "医疗设备更新项目", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "仙居县卫生健康局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "仙居县中医院", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A10")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    for k, (label, initial, year, done, stated) in enumerate(XIANJU_FUNDS):
        r = 6 + k
        xl_put(ws, f"B{r}", label)
        for col, v in zip("CDE", (initial, year, done), strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        rate = stated or pct(done, year)
        if k == 0:
            score = float((Decimal(rate[:-1]) / 10).quantize(Decimal("0.01"), ROUND_HALF_UP))
            cells = (10, rate, score)
        else:
            cells = (E, rate, E)
        for col, v in zip("FGH", cells, strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=True)
    xl_put(ws, "A11", "年度总体目标", merge_to="A12")
    xl_put(ws, "B11", "预期目标", merge_to="D11", center=True)
    xl_put(ws, "E11", "实际完成情况", merge_to="H11", center=True)
    xl_put(ws, "B12", "更新CT、彩超等医疗设备，提升县级中医医院诊疗服务能力。", merge_to="D12")
    xl_put(ws, "E12", "购置CT、彩超等医疗设备12台，全部通过验收；全年开展CT检查2.36万人次，设备开机率86.5%。",
           merge_to="H12")
    ws.row_dimensions[12].height = 48
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"], strict=True):
        xl_put(ws, f"{col}13", head, center=True)
    r = 14
    for row in XIANJU_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FG")
        r += 1
    merge_runs(ws, "A", 14, [row[0] for row in XIANJU_IND])
    merge_runs(ws, "B", 14, [row[1] for row in XIANJU_IND])
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 97.73, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", "优", center=True)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 6. longhua (DOCX, 三公 table; E4)
LONGHUA_SANGONG = [
    ["项目", "金额（万元）"],
    ["“三公”经费合计", "6.82"],
    ["1.因公出国（境）费", "0.00"],
    ["2.公务用车购置及运行维护费", "4.36"],
    ["其中：公务用车购置费", "0.00"],
    ["公务用车运行维护费", "4.36"],
    ["3.公务接待费", "1.46"],
]


def doc_longhua(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "隆化县职业技术教育中心", 18)
    office.centred_title(d, "2020年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门概况", indent=24)
    para(d, "隆化县职业技术教育中心为县教育和体育局所属事业单位，开设现代农艺、机电技术、护理、计算机应用等"
            "专业，承担中等职业学历教育和农村劳动力转移培训任务。")
    office.bold_line(d, "二、部门预算及执行情况", indent=24)
    para(d, "（一）预算安排。2020年年初预算1,586.30万元，年中追加213.70万元，全年预算1,800.00万元。")
    para(d, "（二）收入情况。本年收入合计1,800.00万元，其中一般公共预算财政拨款收入1,612.40万元，事业收入"
            "187.60万元。")
    para(d, "（三）支出情况。本年支出1,763.28万元，其中基本支出1,318.66万元，项目支出444.62万元。预算执行率"
            "97.96%，年末结余36.72万元。")
    para(d, "（四）“三公”经费情况。2020年“三公”经费支出6.82万元，较年初预算7.50万元减少0.68万元，"
            "明细如下表：")
    table(d, LONGHUA_SANGONG)
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展农村劳动力转移培训1,260人次，毕业生就业率96.2%，学生获得职业技能等级证书684人；"
            "新建实训室2个。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "经自评，本单位2020年度部门整体支出绩效自评得分92分，评价等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.实训设备更新滞后，部分专业实训条件不足。")
    para(d, "2.校企合作深度不够，顶岗实习岗位不稳定。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.争取职业教育专项资金，分批更新实训设备。")
    para(d, "2.与县内企业签订合作协议，稳定实习岗位。")
    office.aligned(d, "隆化县职业技术教育中心", "right")
    office.aligned(d, "2021年3月31日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 7. xunyang (HTML portal; E5)
XUNYANG_PARAS = [
    "一、部门基本情况",
    "旬阳市融媒体中心为市委宣传部所属公益二类事业单位，承担全市新闻宣传、广播电视节目制作播出、新媒体"
    "平台运营和应急广播运行维护等职能，内设部室8个。",
    "二、预算收支情况",
    "2022年年初预算1,286.40万元，年中追加236.80万元，因项目调整调减48.60万元，调整后预算1,484.60万元。",
    "本年收入合计1,484.60万元，其中一般公共预算财政拨款收入1,196.60万元，经营收入288.00万元（主要为"
    "广告和技术服务收入）。",
    "本年支出合计1,452.38万元，其中基本支出968.14万元，项目支出484.24万元。预算执行率97.83%，年末结转"
    "结余32.22万元。",
    "三、绩效目标完成情况",
    "全年播发新闻稿件4,860条，制作短视频1,240条，新媒体平台新增粉丝18.6万人；应急广播终端在线率96.4%。",
    "四、自评结论",
    "经自评，本部门2022年度部门整体支出绩效自评得分91.2分，评价等级为“优”。",
    "五、存在的问题",
    "（一）经营收入来源单一，对广告收入依赖较大。（二）新媒体专业人才不足。",
    "六、改进措施",
    "（一）拓展技术服务和活动承办业务。（二）加强采编人员融媒体技能培训。",
]


def xunyang_html() -> str:
    body = "\n".join(f"<p>{t}</p>" for t in XUNYANG_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="旬阳市人民政府">
<title>旬阳市融媒体中心2022年度部门整体支出绩效自评报告</title>
</head>
<body>
<div class="top"><span>旬阳市人民政府网站</span> <a href="#">登录</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进旬阳</a></div>
<div class="crumb">您现在的位置：<a href="#">首页</a> » <a href="#">政务公开</a> » <a href="#">财政信息</a> » <a href="#">绩效评价</a></div>
<div class="meta">
<p>索引号：XY-RMT-2023-0017</p>
<p>发布机构：旬阳市融媒体中心</p>
<p>生成日期：2023-05-12</p>
<p>公开方式：主动公开</p>
</div>
<h1>旬阳市融媒体中心2022年度部门整体支出绩效自评报告</h1>
<div class="attr">发布时间：2023-05-15 来源：市融媒体中心 阅读次数：<span>237</span></div>
<div class="content">
{body}
<p style="text-align:right">旬阳市融媒体中心</p>
<p style="text-align:right">2023年5月10日</p>
</div>
<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="footer">
<p>主办：旬阳市人民政府办公室 网站标识码：6109280019</p>
<p>陕ICP备05001238号</p>
</div>
</body>
</html>
"""


# =========================================================================== 8. wuxiang (TXT; T7 结转 outside 本年收入合计)
WUXIANG_TXT = """武乡县疾病预防控制中心2025年度部门整体支出绩效自评报告

一、部门基本情况
武乡县疾病预防控制中心为县卫生健康和体育局所属公益一类事业单位，承担全县传染病防控、免疫规划、慢性病监测、卫生检验和健康教育等工作，内设科室9个。

二、部门收支情况
2025年本年收入合计1,246.58万元，其中一般公共预算财政拨款收入1,036.48万元、上级补助收入126.00万元、事业收入84.10万元；年初结转和结余68.42万元，未计入本年收入合计。加上年初结转和结余，全年预算数1,315.00万元。
本年支出合计1,284.72万元，其中基本支出826.30万元，项目支出458.42万元。全年预算执行率97.70%，年末结转和结余30.28万元。

三、绩效目标完成情况
全年完成免疫规划疫苗接种4.26万剂次，法定传染病报告及时率100%，监测饮用水水样186份，开展健康教育讲座64场。

四、自评结论
经自评，本中心2025年度部门整体支出绩效自评得分93.6分，评价等级为“优”。

五、存在的问题
1、检验检测设备老化，部分项目需外送检测。
2、基层公共卫生人员业务能力有待提高。

六、改进措施
1、分年度更新检验检测设备。
2、开展基层公共卫生人员轮训。

武乡县疾病预防控制中心
2026年3月18日
"""


# =========================================================================== 9. pingnan (project; T8 rate against 到位资金)
PINGNAN = [
    ("h", "一、项目基本情况"),
    ("p", "项目名称：高优茶园改造提升项目。项目由县农业局组织实施，在全县茶叶主产区开展低产茶园改造、"
          "茶园机耕路修建和茶叶初制加工示范点建设，提高茶叶品质和茶农收入。"),
    ("h", "二、项目资金情况"),
    ("p", "项目全年预算数650.00万元，其中中央财政资金300.00万元、省级财政资金200.00万元、县级配套资金"
          "150.00万元。截至2017年12月31日，中央和省级资金已全部到位，县级配套资金到位90.00万元，实际到位"
          "资金590.00万元，资金到位率90.77%。"),
    ("p", "全年实际支出576.84万元。因县级配套资金尚有60.00万元未到位，本项目预算执行率按实际到位资金计算，"
          "为97.77%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年改造低产茶园1.2万亩，修建茶园机耕路38公里，新建茶叶初制加工示范点6个，培训茶农860人次；"
          "项目区茶农亩均增收420元。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分90分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）县级配套资金到位不及时。（二）部分茶农茶园管护技术掌握不够。"),
    ("h", "六、改进措施"),
    ("p", "（一）将县级配套资金纳入年初预算足额安排。（二）组织技术人员开展跟踪指导。"),
]


def doc_pingnan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("屏南县农业局2017年度高优茶园改造提升项目\n绩效自评报告", size=15)
    p.blocks(PINGNAN)
    p.right("屏南县农业局")
    p.right("2018年2月26日")
    p.save()


# =========================================================================== 10. lianshui (元 table; T4, T5)
LIANSHUI_1 = [
    ("h", "一、项目概况"),
    ("p", "项目名称：胸痛中心和卒中中心建设项目。项目由县卫生健康委员会主管、涟水县人民医院实施，建设胸痛"
          "中心和卒中中心，配置介入诊疗和急救转运设备，缩短急性心脑血管疾病患者救治时间。"),
    ("h", "二、项目资金情况"),
    ("p", "2022年项目全年预算数400.00万元，其中中央补助资金186.44万元、省级补助资金121.53万元、县级配套资金"
          "92.04万元，各级资金明细见下表。"),
]
LIANSHUI_TABLE = [
    ["资金来源", "文号", "金额（元）"],
    ["中央补助资金", "淮财社〔2022〕18号", "1,864,350.00"],
    ["省级补助资金", "淮财社〔2022〕26号", "1,215,280.00"],
    ["县级配套资金", "涟财社〔2022〕9号", "920,370.00"],
    ["合计", "", "4,000,000.00"],
]
LIANSHUI_2 = [
    ("p", "截至2022年12月31日，项目实际支出392.16万元，预算执行率98.04%，结余7.84万元。资金主要用于购置"
          "数字减影血管造影设备268.00万元、急救转运设备46.50万元等。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年救治急性心肌梗死患者186例，平均门球时间缩短至68分钟；开展急性脑梗死静脉溶栓92例；胸痛中心"
          "通过国家级认证。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分94分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1.介入专业人员梯队尚不完善。2.院前急救与院内救治信息共享不够顺畅。"),
    ("h", "六、改进措施"),
    ("p", "1.选派医师到上级医院进修介入技术。2.推进院前急救信息系统与医院信息系统对接。"),
]


def doc_lianshui(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=1, size=11, creator="Microsoft® Word 2019")
    p.title("涟水县卫生健康委员会2022年度胸痛中心和卒中中心\n建设项目绩效自评报告", size=15)
    p.blocks(LIANSHUI_1)
    p.table(LIANSHUI_TABLE, widths=[34, 36, 30], size=10, align=["l", "l", "r"])
    p.blocks(LIANSHUI_2)
    p.right("涟水县卫生健康委员会")
    p.right("2023年3月6日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "zhenyuan-renmin-2023.pdf": doc_zhenyuan,
        "minxian-fuyou-2019.docx": doc_minxian,
        "yongxin-erzhong-2021.pdf": doc_yongxin,
        "jian-gongpaishui-2018.pdf": doc_jian,
        "xianju-zhongyi-2024.xlsx": doc_xianju,
        "longhua-zhijiao-2020.docx": doc_longhua,
        "xunyang-rongmeiti-2022.html": lambda p: write_text(p, xunyang_html()),
        "wuxiang-jikong-2025.txt": lambda p: write_text(p, WUXIANG_TXT),
        "pingnan-chaye-2017.pdf": doc_pingnan,
        "lianshui-xiongtong-2022.pdf": doc_lianshui,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
