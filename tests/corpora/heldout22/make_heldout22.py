#!/usr/bin/env python3
"""Regenerate the heldout22 evaluation batch (10 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout22/make_heldout22.py [--out DIR]

Writes the PDF, DOCX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX is re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and TXT are UTF-8 without BOM, LF line ends.
This batch is about transfer payments and township funds: 中央/省级 区域绩效自评表 (one of them an
HTML page printing one cell per line), 衔接推进乡村振兴补助资金 reports of 乡镇 and 县 bureaus, a
专项债券 project, a 一事一议 奖补 report and a 村级公益事业 report; money that arrives through
下达 / 收到 / 拨付 / 到位 / 获得 / 安排 / 分配, funds by level and in combined shares (中央及省级,
央省), 支付进度, 到位率, 执行率, sub-project tables with 合计 rows, 万元 and 元. Four real
inconsistencies are planted; seven figures only look inconsistent.
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
from tests.corpora.builder.office_kit import OfficeStamp, para, table  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY22"
FIXED_DT = datetime.datetime(2026, 12, 7, 10, 30, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)


def pct(executed: str, budget: str) -> str:
    e, b = (Decimal(x.replace(",", "")) for x in (executed, budget))
    return f"{(e / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def total(rows, k: int) -> Decimal:
    return sum((Decimal(r[k].replace(",", "")) for r in rows), Decimal(0))


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
            else:
                raise ValueError(kind)


# =========================================================================== 1. fuping (E2: 合计 row)
FUPING_PROJECTS = [
    ("特色种养产业奖补", "1,240.00", "1,228.36"),
    ("农村饮水安全巩固提升", "860.00", "842.50"),
    ("脱贫村道路硬化", "1,350.00", "1,311.84"),
    ("雨露计划职业教育补助", "286.00", "286.00"),
    ("脱贫人口小额信贷贴息", "324.00", "318.62"),
    ("庭院经济及设施农业", "800.00", "715.26"),
]
FUPING_TOTAL_PAID = "4,712.58"  # the 合计 row as printed (= 累计支付); the rows add up to 4,702.58
FUPING_1 = [
    ("h", "一、资金下达情况"),
    ("p", "2022年我县共收到衔接推进乡村振兴补助资金4,860.00万元，其中中央衔接资金3,120.00万元、省级衔接资金"
          "1,050.00万元、市县两级衔接资金690.00万元。资金分三次下达，全部纳入县级衔接资金"
          "项目库管理。"),
    ("h", "二、资金到位和支付情况"),
    ("p", "截至2022年12月31日，实际到位资金4,860.00万元，资金到位率100%。全年累计支付4,712.58万元，支付进度"
          "96.97%，未支付的147.42万元为庭院经济项目尚未验收的尾款，已结转下年支付。"),
    ("p", "全年实施的全部项目6个，各项目资金分配和支付情况如下（单位：万元）："),
]
FUPING_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年扶持脱贫户发展特色种养1,862户，新建和改造农村饮水工程23处，硬化脱贫村道路41.6公里；资助雨露计划"
          "学生1,430人次，为2,186户脱贫户和监测户贴息；发展庭院经济户650户。脱贫人口人均纯收入较上年增长11.2%。"),
    ("h", "四、自评结论"),
    ("p", "经对照衔接资金绩效评价指标逐项打分，本项目自评得分94分，评价等级为“优”。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：1.部分项目前期准备不足，资金支付集中在下半年；2.个别产业项目联农带农机制不够紧密。"),
    ("p", "改进措施：1.提前做好项目储备和招投标；2.完善产业项目利益联结机制；3.加强资金支付进度调度。"),
]


def doc_fuping(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="Microsoft® Word 2016")
    p.title("阜平县乡村振兴局2022年度衔接推进乡村振兴\n补助资金绩效自评报告", size=15)
    p.blocks(FUPING_1)
    rows = [["序号", "项目名称", "分配资金", "支付金额", "支付进度"]]
    for k, (name, budget, paid) in enumerate(FUPING_PROJECTS, 1):
        rows.append([str(k), name, budget, paid, pct(paid, budget)])
    tb = total(FUPING_PROJECTS, 1)
    rows.append([("合计", 2), money(tb), FUPING_TOTAL_PAID, pct(FUPING_TOTAL_PAID, str(tb))])
    p.table(rows, widths=[8, 40, 18, 18, 16], size=10, align=["c", "l", "r", "r", "r"])
    p.blocks(FUPING_2)
    p.right("阜平县乡村振兴局")
    p.right("2023年3月15日")
    p.save()


# =========================================================================== 2. huichuan (E1: levels)
HUICHUAN = [
    ("h", "一、项目基本情况"),
    ("p", "会川镇辖行政村19个。2023年，县级分配我镇财政衔接推进乡村振兴补助资金，用于马铃薯和中药材产业配套、"
          "村组道路和人居环境整治项目，由镇农业农村综合服务中心组织实施，各村委会协助监督。"),
    ("h", "二、资金分配和使用情况"),
    ("p", "（一）资金分配。2023年县级分配我镇衔接资金共计1,286.00万元，其中：中央衔接资金812.00万元，省级衔接"
          "资金326.00万元，县级衔接资金138.00万元。"),
    ("p", "（二）资金到位。上述资金已由县财政全部拨付到位，实际到位资金1,286.00万元，到位率100%。"),
    ("p", "（三）资金支出。截至2023年12月31日，实际支出1,254.70万元，预算执行率97.57%，结余31.30万元为"
          "道路项目质量保证金。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年建设马铃薯贮藏窖32座，扶持中药材种植4,600亩；硬化村组道路18.5公里，改造农村户厕420座；"
          "项目带动脱贫户和监测户1,065户增收。受益群众满意度96.5%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分92分，等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分村组道路项目受雨季影响，工期推迟。（二）产业项目后续管护责任落实不够。"),
    ("h", "六、下一步措施"),
    ("p", "（一）合理安排施工工期；（二）明确项目资产管护主体；（三）加强项目资金公示公告。"),
]


def doc_huichuan(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11.5, margin=70, creator="WPS Writer")
    p.title("渭源县会川镇人民政府\n2023年度财政衔接资金项目绩效自评报告", size=15)
    p.blocks(HUICHUAN)
    p.right("渭源县会川镇人民政府")
    p.right("2024年2月26日")
    p.save()


# =========================================================================== 3. xingguo (T1: tranches)
XINGGUO = [
    ("h", "一、项目概况"),
    ("p", "兴国县城区雨污分流改造工程是我县2021年申报的地方政府专项债券项目，项目总投资28,600.00万元，主要"
          "建设城区雨水、污水管网并改造排水户接管，由兴国县住房和城乡建设局负责实施。"),
    ("h", "二、债券资金获得和使用情况"),
    ("p", "（一）资金获得。2021年本项目获得地方政府专项债券资金6,500.00万元，分两批发行：第一批3,800.00万元"
          "于5月发行，第二批2,700.00万元于9月发行，债券期限10年，票面利率3.38%。两批债券资金实际到位"
          "6,500.00万元。"),
    ("p", "（二）资金支出。截至2021年12月31日，债券资金累计支出6,382.15万元，支出进度98.19%，未支出的"
          "117.85万元为工程进度款，已结转下年。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建污水管网26.8公里、雨水管网19.4公里，完成排水户接管改造3,260户；城区污水集中收集率由"
          "71.5%提高到83.2%，城区易涝点由14处减少到3处。"),
    ("h", "四、自评结论"),
    ("p", "综合评价，本项目自评得分92分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：一是老城区道路狭窄，施工组织难度大；二是项目收益测算偏乐观。改进措施：一是分段封闭施工、"
          "错峰作业；二是按季度复核项目收益和还本付息资金来源。"),
]


def doc_xingguo(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=1, size=11, creator="Microsoft® Word 2019")
    p.title("兴国县城区雨污分流改造工程\n2021年度专项债券项目绩效自评报告", size=15)
    p.blocks(XINGGUO)
    p.right("兴国县住房和城乡建设局")
    p.right("2022年4月8日")
    p.save()


# =========================================================================== 4. suining (E3: rate)
SUINING = [
    ("h", "一、项目概况"),
    ("p", "村级公益事业建设一事一议财政奖补是改善农村生产生活条件的重要政策。2019年，我县按照“村民自愿、民主"
          "决策、财政奖补”的原则，对村内道路、小型水利、村容村貌等项目实施奖补，全县共实施奖补项目168个。"),
    ("h", "二、资金安排和使用情况"),
    ("p", "2019年全县安排一事一议财政奖补资金2,160.00万元，其中中央奖补资金620.00万元、省级奖补资金760.00"
          "万元、县级配套资金780.00万元。资金按项目进度拨付至各镇财政所。"),
    ("p", "截至2019年12月31日，全年实际支出2,046.18万元，预算执行率97.43%，结余113.82万元为未完成验收项目的"
          "奖补资金，已按规定结转。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年建成村内道路96.5公里，新建和维修小型水利设施212处，安装路灯1,840盏，整治村内沟塘63口；"
          "项目受益群众约18.6万人。"),
    ("h", "四、自评结论"),
    ("p", "经自评，本项目得分90.5分，等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分镇项目申报集中，实施进度不均衡。2.建后管护经费来源不稳定。"),
    ("h", "六、改进措施"),
    ("p", "1.实行项目分批申报、分批验收。2.探索建立村级公益设施管护基金。"),
]


def doc_suining(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, creator="WPS Writer")
    p.title("睢宁县财政局2019年度村级公益事业建设\n一事一议财政奖补项目绩效自评报告", size=15)
    p.blocks(SUINING)
    p.right("睢宁县财政局")
    p.right("2020年3月10日")
    p.save()


# =========================================================================== 5. hetian (T2: 元 table)
HETIAN_1 = [
    ("h", "一、项目基本情况"),
    ("p", "2020年，我镇在9个行政村实施村级公益事业建设项目，建设内容包括村内道路硬化、排水沟渠、公共照明和"
          "村民活动场所，项目由镇村建办组织实施。"),
    ("h", "二、项目资金情况"),
    ("p", "项目资金386.50万元，其中省级奖补资金210.00万元、县级配套资金176.50万元。截至2020年12月31日，"
          "实际支出379.64万元，其中道路硬化158.32万元、排水沟渠96.45万元、公共照明52.18万元、村民活动场所"
          "72.69万元，预算执行率98.23%，结余6.86万元。各类支出明细如下表。"),
]
HETIAN_TABLE = [
    ["支出类别", "金额（元）"],
    ["道路硬化", "1,583,186.00"],
    ["排水沟渠", "964,512.00"],
    ["公共照明", "521,764.00"],
    ["村民活动场所", "726,938.00"],
    ["合计", "3,796,400.00"],
]
HETIAN_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年硬化村内道路7.2公里，修建排水沟渠4.6公里，安装太阳能路灯286盏，新建和改造村民活动场所5处。"
          "受益群众满意度95.4%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分93分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：（一）个别村筹资筹劳积极性不高；（二）部分路灯建后管护不到位。"),
    ("p", "改进措施：（一）加强一事一议政策宣传；（二）落实路灯等设施的建后管护责任。"),
]


def doc_hetian(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("长汀县河田镇人民政府\n2020年度村级公益事业建设项目绩效自评报告", size=15)
    p.blocks(HETIAN_1)
    p.table(HETIAN_TABLE, widths=[60, 40], size=10, align=["l", "r"])
    p.blocks(HETIAN_2)
    p.right("长汀县河田镇人民政府")
    p.right("2021年3月2日")
    p.save()


# =========================================================================== 6. pingshun (form, consistent)
PINGSHUN_IND = [
    ["产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.25万亩", "20", "20"],
    ["产出指标", "质量指标", "项目验收合格率", "=100%", "100%", "15", "15"],
    ["产出指标", "时效指标", "当年项目完工率", "≥90%", "86%", "10", "8"],
    ["效益指标", "经济效益指标", "亩均粮食产能提升", "≥50公斤", "56公斤", "15", "15"],
    ["效益指标", "可持续影响指标", "工程设施管护制度", "健全", "健全", "15", "15"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "92.6%", "15", "15"],
]


def doc_pingshun(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10, margin=50, creator="Microsoft® Excel 2016")
    p.title("中央对地方转移支付区域绩效自评表", size=15)
    p.center("（2023年度）", size=10)
    w = [18, 14, 20, 16, 16, 8, 8]
    head = [["转移支付（项目）名称", ("农田建设补助资金", 6)],
            ["中央主管部门", ("农业农村部", 2), ("地方主管部门", 2), ("平顺县农业农村局", 2)]]
    p.table(head, widths=w, size=9, header_rows=0, align=["l"] * 7)
    funds = [[("资金情况（万元）", 2), ("", 1), "全年预算数（A）", "全年执行数（B）", ("执行率（B/A）", 2)],
             [("年度资金总额", 3), "1,840.00", "1,792.36", (pct("1792.36", "1840"), 2)],
             [("其中：中央财政资金", 3), "1,380.00", "1,380.00", (pct("1380", "1380"), 2)],
             [("地方资金", 3), "460.00", "412.36", (pct("412.36", "460"), 2)],
             [("其他资金", 3), "—", "—", ("—", 2)]]
    p.table(funds, widths=w, size=9, align=["l", "l", "l", "r", "r", "r", "r"])
    goal = [[("年度总体目标", 7)],
            [("预期目标", 3), ("实际完成情况", 4)],
            [("新建高标准农田1.2万亩以上，工程验收合格，农田灌排能力和粮食产能明显提升。", 3),
             ("新建高标准农田1.25万亩，新修田间道路18.6公里，新建蓄水池12座，配套节水灌溉面积2,300亩。", 4)]]
    p.table(goal, widths=w, size=9, align=["l"] * 7)
    ind = [["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "分值", "得分"]]
    ind += PINGSHUN_IND
    ind.append(["预算执行", "预算执行率", "预算执行率", "100%", pct("1792.36", "1840"), "10", "9.74"])
    ind.append([("总分", 5), "100", "97.74"])
    p.table(ind, widths=w, size=9, align=["l", "l", "l", "c", "c", "c", "c"])
    p.para("自评等级：优。说明：当年项目完工率未达到指标值，主要是2个片区受秋季连续降雨影响延期完工。",
           indent=False, size=9)
    p.right("填报单位：平顺县农业农村局　　填报日期：2024年3月20日", size=9)
    p.save()


# =========================================================================== 7. ziyang (HTML, one cell per line; T3 央省)
ZIYANG_IND = [
    ("产出指标", "数量指标", "支持产业发展项目数", "≥60个", "64个", "20", "20"),
    ("产出指标", "质量指标", "项目验收合格率", "≥95%", "98.4%", "10", "10"),
    ("产出指标", "时效指标", "项目按期完工率", "≥90%", "93.8%", "10", "10"),
    ("效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", "≥8%", "9.6%", "20", "20"),
    ("效益指标", "社会效益指标", "带动脱贫户和监测户户数", "≥3000户", "3286户", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "89.5%", "15", "13"),
]


def ziyang_html() -> str:
    cells = ["衔接推进乡村振兴补助资金区域绩效自评表", "（2024年度）",
             "转移支付（项目）名称", "衔接推进乡村振兴补助资金",
             "地方主管部门", "紫阳县农业农村局",
             "资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率",
             "年度资金总额", "6,420.00", "6,980.00", "6,857.42", pct("6857.42", "6980"),
             "其中：央省资金", "5,260.00", "5,760.00", "5,712.30", pct("5712.30", "5760"),
             "市县资金", "1,160.00", "1,220.00", "1,145.12", pct("1145.12", "1220"),
             "年度总体目标", "预期目标", "实际完成情况",
             "支持脱贫地区产业发展和小型公益性基础设施建设，巩固拓展脱贫攻坚成果。",
             "支持产业发展项目64个，实施小型公益性基础设施项目37个，带动脱贫户和监测户3286户增收。",
             "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    for row in ZIYANG_IND:
        cells += list(row)
    cells += ["预算执行", "预算执行率", "预算执行率", "100%", pct("6857.42", "6980"), "10", "9.82",
              "总分", "100", "97.82", "自评等级", "优"]
    body = "\n".join(f"<p>{c}</p>" for c in cells)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>紫阳县2024年度衔接推进乡村振兴补助资金区域绩效自评表</title>
</head>
<body>
<div class="head"><span>紫阳县人民政府</span> <a href="#">首页</a> <a href="#">信息公开</a> <a href="#">政务服务</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">绩效评价</a></div>
<h1>紫阳县2024年度衔接推进乡村振兴补助资金区域绩效自评表</h1>
<div class="info">发布时间：2025-04-18　　来源：县农业农村局　　浏览次数：<span>312</span></div>
<div class="content">
{body}
</div>
<div class="attach">附件：<a href="#">区域绩效自评表.xls</a></div>
<div class="footer">
<p>主办：紫阳县人民政府办公室　网站标识码：6109240003</p>
<p>陕ICP备13001234号</p>
</div>
</body>
</html>
"""


# =========================================================================== 8. yinjiang (DOCX; E4)
def doc_yinjiang(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "印江土家族苗族自治县农业农村局", 16)
    office.centred_title(d, "2025年度财政衔接推进乡村振兴补助资金绩效自评报告", 16)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "2025年，我局统筹使用财政衔接推进乡村振兴补助资金，重点支持茶叶、食用菌等特色产业发展，补齐脱贫村"
            "基础设施短板，并对脱贫人口和监测对象开展就业帮扶。")
    office.bold_line(d, "二、资金安排和使用情况", indent=24)
    para(d, "（一）预算调整。2025年年初预算安排衔接资金2,380.00万元；年中追加（第二批下达）642.50万元；因2个项目"
            "调整收回调减86.20万元；调整后预算2,946.30万元。")
    para(d, "（二）资金来源。调整后预算中，中央资金1,860.00万元、省级资金726.30万元、县级资金360.00万元，详见"
            "下表。")
    rows = [["资金来源", "金额（万元）"], ["中央资金", "1,860.00"], ["省级资金", "726.30"],
            ["县级资金", "360.00"], ["合计", "2,946.30"]]
    table(d, rows)
    para(d, "（三）资金支出。全年实际支出2,871.65万元，预算执行率97.47%，年末结转74.65万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年新建和改造茶园3,200亩，建设食用菌大棚46个；新建产业路12.4公里、灌溉管网8.6公里；开发乡村公益性"
            "岗位520个，为1,380名脱贫劳动力发放一次性交通补助。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "对照绩效目标逐项评价，本项目自评得分93.5分，自评等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）年中追加和调减项目较多，年初预算精准度不够。")
    para(d, "（二）部分产业项目联农带农效益有待提升。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）做实项目库，提高年初预算到项目的比例。")
    para(d, "（二）强化产业项目利益联结机制。")
    office.aligned(d, "印江土家族苗族自治县农业农村局", "right")
    office.aligned(d, "2026年3月18日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 9. tongyu (TXT; T4 到位, T5 中央及省级)
TONGYU_TXT = """通榆县乡村振兴局2021年度财政衔接推进乡村振兴补助资金绩效自评报告

一、项目基本情况
2021年是巩固拓展脱贫攻坚成果同乡村振兴有效衔接的第一年。我县将财政衔接推进乡村振兴补助资金主要用于庭院经济、光伏收益分配、农村基础设施和脱贫人口就业帮扶。

二、资金安排和到位情况
2021年全县安排财政衔接推进乡村振兴补助资金5,630.00万元，其中中央及省级衔接资金4,870.00万元，县级衔接资金760.00万元。
截至2021年12月31日，中央及省级资金全部到位，县级资金到位520.00万元，实际到位资金5,390.00万元，资金到位率95.74%。未到位的县级资金240.00万元已列入2022年县级预算。

三、资金使用情况
全年累计支出5,268.46万元。按实际到位资金计算，资金执行率为97.75%。

四、绩效目标完成情况
全年扶持发展庭院经济4,860户，分配光伏收益设置公益岗位1,260个，新建农村道路23.5公里；为脱贫人口提供就业培训2,150人次。项目区群众满意度为96.8%。

五、自评结论
本项目自评得分95分，评价等级为“优”。

六、存在的问题
1、县级衔接资金未能足额到位。
2、庭院经济产品销售渠道较窄。

七、改进措施
1、提前将县级衔接资金列入年初预算。
2、搭建线上线下销售平台。
3、加强项目资产后续管护。

通榆县乡村振兴局
2022年3月25日
"""


# =========================================================================== 10. yizhang (T6 主要项目; T7 上年结转)
YIZHANG_PROJECTS = [
    ("县道提质改造工程", "860.00", "842.36"),
    ("通自然村硬化路", "720.00", "706.20"),
    ("农村公路安防设施", "415.00", "409.85"),
    ("危旧桥梁改造", "380.00", "372.16"),
    ("农村公路养护", "326.00", "326.00"),
]
YIZHANG_1 = [
    ("h", "一、项目概况"),
    ("p", "车辆购置税收入补助地方资金是支持农村公路建设的中央转移支付资金。2022年，我局用于县道提质改造、"
          "通自然村硬化路、农村公路安防设施和危旧桥梁改造等项目。"),
    ("h", "二、资金情况"),
    ("p", "（一）资金下达。2022年本项目全年预算数3,260.00万元，其中中央车购税资金2,180.00万元，省级资金"
          "760.00万元，县级配套资金320.00万元。另有上年结转资金185.00万元，为2021年12月下达的桥梁改造资金。"),
    ("p", "（二）资金支出。全年实际支出3,398.72万元（含上年结转资金支出185.00万元），预算执行率104.26%。执行率"
          "超过100%，是因为实际支出包含上年结转资金的支出，而全年预算数只含本年下达的资金。"),
    ("p", "（三）主要项目支出。其中金额较大的主要项目如下（单位：万元）："),
]
YIZHANG_2 = [
    ("p", "除上述主要项目外，其余资金用于农村客运站点维修和公路建设管理等。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成县道提质改造28.6公里，新建通自然村硬化路46.2公里，实施安防工程152公里，改造危旧桥梁9座；"
          "全县农村公路优良中等路率达到86.5%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分91.5分，评价等级为“优”。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：部分桥梁改造项目前期审批时间长，跨年度实施。改进措施：提前开展项目前期工作，"
          "加快审批和建设进度。"),
]


def doc_yizhang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, header="宜章县交通运输局2022年度项目支出绩效自评报告",
            creator="Microsoft® Word 2010")
    p.title("宜章县交通运输局2022年度车辆购置税收入\n补助地方资金项目支出绩效自评报告", size=15)
    p.blocks(YIZHANG_1)
    rows = [["序号", "项目名称", "下达资金", "实际支出", "执行率"]]
    for k, (name, budget, executed) in enumerate(YIZHANG_PROJECTS, 1):
        rows.append([str(k), name, budget, executed, pct(executed, budget)])
    tb, te = total(YIZHANG_PROJECTS, 1), total(YIZHANG_PROJECTS, 2)
    rows.append([("合计", 2), money(tb), money(te), pct(str(te), str(tb))])
    p.table(rows, widths=[8, 40, 18, 18, 16], size=10, align=["c", "l", "r", "r", "r"])
    p.blocks(YIZHANG_2)
    p.right("宜章县交通运输局")
    p.right("2023年4月6日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "fuping-xiangcun-2022.pdf": doc_fuping,
        "huichuan-xianjie-2023.pdf": doc_huichuan,
        "xingguo-zhaiquan-2021.pdf": doc_xingguo,
        "suining-yishiyiyi-2019.pdf": doc_suining,
        "hetian-gongyi-2020.pdf": doc_hetian,
        "pingshun-quyu-2023.pdf": doc_pingshun,
        "ziyang-quyu-2024.html": lambda p: write_text(p, ziyang_html()),
        "yinjiang-xianjie-2025.docx": doc_yinjiang,
        "tongyu-xianjie-2021.txt": lambda p: write_text(p, TONGYU_TXT),
        "yizhang-jiaotong-2022.pdf": doc_yizhang,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
