#!/usr/bin/env python3
"""Regenerate the heldout23 evaluation batch (11 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout23/make_heldout23.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and TXT are UTF-8 without BOM, LF line ends.
This batch is about units beside and below the bureau (a county hospital, a 中心小学, a 疾控中心,
a 旗 党校, a 档案馆, a 妇联, a 人大常委会办公室, a 新区 公安分局, a 街道办事处, a 团县委, a 中学) and
precision at the edges: rates to 0, 1 and 2 decimals, 万元 to 2 and 4 decimals beside 元 tables,
parts that add up only after rounding, 100% for 99.996%, 约 shares, 收入 by source where 总收入 is far
above the appropriation, a stated grading scale with no score, a grade in words only, a score with
two decimals, a 权重 合计 of 100 beside the score. Four real inconsistencies are planted; eight
figures only look inconsistent.
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

FONT = "WQY23"
FIXED_DT = datetime.datetime(2026, 12, 9, 9, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=2)
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
            else:
                raise ValueError(kind)


# =========================================================================== 1. cehen (hospital; T5, T6)
CEHEN = [
    ("h", "一、单位基本情况"),
    ("p", "册亨县人民医院是县卫生健康局下属的二级综合医院，承担全县基本医疗、急诊急救、公共卫生和基层医疗机构"
          "业务指导等职能。医院编制床位420张，内设临床科室18个、医技科室7个，年末在职职工612人。"),
    ("h", "二、收入和支出情况"),
    ("p", "（一）财政拨款预算。2023年财政拨款年初预算2,846.50万元，年中追加1,153.50万元（主要为县级公立医院"
          "综合改革和重点专科建设补助），调整后财政拨款预算4,000.00万元。"),
    ("p", "（二）收入情况。2023年医院总收入31,862.47万元，其中：财政拨款收入4,000.00万元，占总收入的12.55%；"
          "事业收入27,336.81万元（其中医疗收入27,105.36万元）；其他收入525.66万元。\f"
          "财政拨款以外的收入主要来自医疗服务，不纳入本报告财政拨款预算执行率的计算。"),
    ("p", "（三）财政拨款支出情况。全年财政拨款支出3,962.18万元，其中基本支出2,418.36万元（人员经费2,105.72万元、"
          "公用经费312.64万元），项目支出1,543.82万元。财政拨款预算执行率99.05%，年末财政拨款结转37.82万元，"
          "为重点专科设备采购尾款。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年门急诊28.6万人次，出院患者2.14万人次，开展新技术新项目18项；建成胸痛中心和卒中中心，县域内"
          "就诊率达到90.3%。住院患者满意度95.2%。"),
    ("h", "四、自评结论"),
    ("p", "按照《册亨县卫生健康系统部门整体支出绩效评价办法》，满分100分，85分（含）以上为优，75分（含）至85分"
          "为良，60分（含）至75分为中，60分以下为差。经逐项打分，本单位2023年度自评得分87.6分，评价等级为"
          "“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）医疗收入增长放缓，设备购置对财政补助依赖较大。（二）部分绩效指标偏重工作量，质量指标不够细化。"),
    ("h", "六、改进措施"),
    ("p", "（一）加强成本核算，提高资金使用效益。（二）修订绩效指标体系，增加医疗质量和患者体验指标。"),
]


def doc_cehen(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=72,
            header="册亨县人民医院2023年度部门整体支出绩效自评报告", creator="Microsoft® Word 2016")
    p.title("黔西南布依族苗族自治州册亨县人民医院\n2023年度部门整体支出绩效自评报告", size=15)
    p.blocks(CEHEN)
    p.right("册亨县人民医院")
    p.right("2024年4月12日")
    p.save()


# =========================================================================== 2. chongyi (DOCX; E1, 92.35分)
CHONGYI_PROJECTS = [
    ("农村义务教育学生营养改善计划", "72.40", "71.86"),
    ("校舍维修改造", "52.00", "50.93"),
    ("教学设备购置", "34.50", "34.00"),
]


def doc_chongyi(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "崇义县铅厂镇中心小学", 16)
    office.centred_title(d, "2019年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、单位概况", indent=24)
    para(d, "崇义县铅厂镇中心小学是崇义县教育局下属的全额拨款事业单位，负责全镇小学阶段义务教育，下辖村小6所，"
            "2019年末在校学生1,286人，在职教职工98人。")
    office.bold_line(d, "二、预算收支情况", indent=24)
    para(d, "（一）预算安排。2019年年初预算1,126.40万元，年中追加86.25万元，调整后预算1,212.65万元。本年收入合计"
            "1,212.65万元，其中一般公共预算财政拨款收入1,186.65万元，上年结转26.00万元。")
    para(d, "（二）支出情况。全年支出1,189.37万元，其中基本支出1,032.58万元（人员经费948.62万元，公用经费82.76"
            "万元），项目支出156.79万元。预算执行率98.08%，年末结转结余23.28万元。")
    para(d, "（三）项目支出。全年实施项目3个，执行情况如下表（单位：万元）：")
    rows = [["项目名称", "调整后预算数", "执行数", "执行率"]]
    for name, budget, executed in CHONGYI_PROJECTS:
        rows.append([name, budget, executed, pct(executed, budget)])
    tb = sum(Decimal(r[1]) for r in CHONGYI_PROJECTS)
    te = sum(Decimal(r[2]) for r in CHONGYI_PROJECTS)
    rows.append(["合计", f"{tb:.2f}", f"{te:.2f}", pct(str(te), str(tb))])
    table(d, rows)
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展校本教研活动46次，维修改造校舍2,360平方米，购置教学设备186台（套）；学生体质健康达标率"
            "96.8%，家长满意度97.2%。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "对照部门整体支出绩效评价指标逐项评分，本单位2019年度自评得分92.35分，等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）村小公用经费不足，日常维修依赖项目资金。")
    para(d, "（二）绩效目标设定偏重数量，质量指标不够具体。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）合理安排公用经费，向村小倾斜。")
    para(d, "（二）细化教育教学质量类绩效指标。")
    para(d, "（三）加强项目资金支出进度管理。")
    office.aligned(d, "崇义县铅厂镇中心小学", "right")
    office.aligned(d, "2020年3月16日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 3. pizhou (XLSX; T7)
PIZHOU_IND = [
    ("产出指标", "数量指标", "法定传染病疫情网络直报单位覆盖数", "≥42家", "42家", 10, 10, ""),
    ("产出指标", "数量指标", "重点人群结核病筛查人数", "≥6000人", "6358人", 10, 10, ""),
    ("产出指标", "质量指标", "传染病疫情报告及时率", "≥95%", "99.2%", 10, 10, ""),
    ("产出指标", "质量指标", "艾滋病抗病毒治疗覆盖率", "≥90%", "88.6%", 10, 9, "个别患者失访，已联合乡镇卫生院追踪"),
    ("产出指标", "时效指标", "突发公共卫生事件规范处置率", "=100%", "100%", 10, 10, ""),
    ("效益指标", "社会效益指标", "甲乙类传染病报告发病率", "≤180/10万", "196/10万", 10, 8, "受诺如病毒聚集性疫情影响"),
    ("效益指标", "可持续影响指标", "传染病监测预警机制", "健全", "健全", 15, 15, ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "94.6%", 15, 14, ""),
]


def doc_pizhou(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", [12, 18, 26, 14, 14, 8, 10, 26], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "重大传染病防控", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "邳州市卫生健康委员会", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "邳州市疾病预防控制中心", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    funds = [("年度资金总额", 186, 214, 209.86, 10, pct("209.86", "214"), 9.81),
             ("其中：当年财政拨款", 186, 214, 209.86, E, E, E),
             ("上年结转资金", E, E, E, E, E, E),
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
    xl_put(ws, "B11", "做好法定传染病监测报告和重点传染病防控，及时规范处置突发公共卫生事件。", merge_to="D11")
    xl_put(ws, "E11", "全年筛查重点人群结核病6,358人，处置聚集性疫情14起，开展流行病学调查326例，"
                      "培训基层防疫人员1,120人次。", merge_to="H11")
    ws.row_dimensions[11].height = 48
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分",
                                       "偏差原因分析及改进措施"], strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    r = 13
    for row in PIZHOU_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FG")
        r += 1
    merge_runs(ws, "A", 13, [row[0] for row in PIZHOU_IND])
    merge_runs(ws, "B", 13, [row[1] for row in PIZHOU_IND])
    xl_put(ws, f"A{r}", "合计", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 95.81, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", None)
    xl_put(ws, f"A{r + 1}", "自评结论")
    xl_put(ws, f"B{r + 1}", "项目年度绩效目标基本完成，个别指标未达到年度指标值。自评得分95.81分，自评等级：优。",
           merge_to=f"H{r + 1}")
    xl_put(ws, f"A{r + 2}", "注：合计行的权重含项目资金执行率权重10。", merge_to=f"H{r + 2}", border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 4. arong (grade in words only; T3)
ARONG = [
    ("h", "一、部门基本情况"),
    ("p", "中共阿荣旗委党校是旗委直属事业单位，与旗行政学校合署办公，承担全旗党员领导干部和公务员培训、理论"
          "研究和决策咨询工作。核定编制22名，内设办公室、教务科、教研室3个股室。"),
    ("h", "二、预算收支情况"),
    ("p", "2021年年初预算486.30万元，年中追加32.70万元，全年预算519.00万元，均为一般公共预算财政拨款。全年支出"
          "510.62万元，其中基本支出402.18万元、项目支出108.44万元，预算执行率98.4%，结转结余8.38万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年举办各类主体班次24期，培训学员2,160人次；送教下基层38场，完成旗级课题6项，编印《理论参考》"
          "12期。学员对教学管理的满意度为97.5%。"),
    ("h", "四、自评结论"),
    ("p", "经对照部门整体支出绩效评价指标逐项分析，本单位2021年度部门整体支出绩效评价等级为“良”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：1.现场教学基地建设滞后；2.项目支出绩效目标细化不够。改进措施：1.统筹建设红色教育现场"
          "教学点；2.按培训班次细化绩效目标；3.加强预算执行进度监控。"),
]


def doc_arong(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("中共阿荣旗委党校\n2021年度部门整体支出绩效自评报告", size=15)
    p.blocks(ARONG)
    p.right("中共阿荣旗委党校")
    p.right("2022年3月28日")
    p.save()


# =========================================================================== 5. hengfeng (scale, no score; T2)
HENGFENG = [
    ("h", "一、部门基本情况"),
    ("p", "横峰县档案馆是县委办公室管理的公益一类事业单位，负责全县档案的接收、保管、利用和档案信息化建设，"
          "核定编制11名。"),
    ("h", "二、预算收支情况"),
    ("p", "2017年年初预算186.40万元，年中未作调整，全年预算186.40万元。全年支出186.3925万元，其中基本支出"
          "152.1863万元、项目支出34.2062万元，预算执行率100%，结余0.0075万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年接收进馆档案3,260卷，完成馆藏档案数字化扫描48.6万页；接待查档利用1,150人次，举办档案专题展览"
          "4次；库房温湿度达标率98.5%。"),
    ("h", "四、评价标准及结论"),
    ("p", "本次自评按照县财政局印发的部门整体支出绩效评价指标体系进行，满分100分，90分（含）以上为优，80分（含）"
          "至90分为良，60分（含）至80分为中，60分以下为差。自评材料已报县财政局，评价结果待县财政局复核后确定。"),
    ("h", "五、存在的问题"),
    ("p", "1.档案库房面积不足，部分档案存放条件较差。2.档案数字化专业人员缺乏。"),
    ("h", "六、改进措施"),
    ("p", "1.争取新建档案库房项目。2.通过政府购买服务推进档案数字化。"),
]


def doc_hengfeng(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=70, creator="Microsoft® Word 2010")
    p.title("横峰县档案馆2017年度部门整体支出\n绩效自评报告", size=15)
    p.blocks(HENGFENG)
    p.right("横峰县档案馆")
    p.right("2018年3月20日")
    p.save()


# =========================================================================== 6. ningshan (TXT; T3, T4)
NINGSHAN_TXT = """宁陕县妇女联合会2018年度部门整体支出绩效自评报告

一、部门基本情况
宁陕县妇女联合会是县委领导下的群团组织，内设办公室、权益部、发展部，核定编制7名，实有人员7人。

二、预算收支情况
2018年部门预算收入126.80万元，其中年初预算108.50万元，调整追加18.30万元。
全年支出122.76万元，其中基本支出95.84万元，约占全年支出的78%；项目支出26.92万元。预算执行率为97%，结余4.04万元。

三、绩效目标完成情况
全年举办巾帼家政和电商培训12期，培训妇女860人次；组织农村妇女“两癌”免费检查约1,200人；走访慰问困难妇女儿童236户，接待妇女儿童维权来访48件。各类活动惠及妇女群众近3,000人次。

四、自评结论
经自评，本部门得分94分，评价等级为“优”。

五、存在的问题
1、项目经费规模小，培训覆盖面有限。
2、绩效指标以数量为主，效益指标不够充分。

六、改进措施
1、整合部门资源，扩大培训覆盖面。
2、完善效益和满意度指标。

宁陕县妇女联合会
2019年3月8日
"""


# =========================================================================== 7. wangqing (HTML; E3)
WANGQING_PARAS = [
    "一、部门基本情况",
    "汪清县人大常委会办公室是县人大常委会的办事机构，负责常委会会议、主任会议的会务保障和代表联络服务工作，"
    "内设秘书科、代表工作科、综合科，核定编制19名。",
    "二、预算收支情况",
    "（一）预算安排。2022年年初预算612.40万元，年中追加45.80万元，调整后预算658.20万元；本年收入为一般公共"
    "预算财政拨款收入658.20万元。",
    "（二）支出情况。全年支出649.35万元，其中基本支出553.59万元（人员经费482.16万元、公用经费71.43万元），"
    "项目支出95.76万元。预算执行率98.66%，年末结转8.85万元。",
    "三、绩效目标完成情况",
    "全年组织召开常委会会议9次，听取和审议专项工作报告16项，开展执法检查5次；交办代表建议112件，已全部"
    "办结答复。",
    "四、自评结论",
    "评分标准：满分100分，90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下"
    "为“差”。经自评，本单位2022年度部门整体支出绩效得分88.6分，评价等级为“优”。",
    "五、存在的问题",
    "（一）代表活动经费测算依据不够充分。（二）部分项目绩效目标设置不够量化。",
    "六、改进措施",
    "（一）按代表人数和活动频次测算经费。（二）细化项目绩效目标。（三）加强预算执行监控。",
]


def wangqing_html() -> str:
    body = "\n".join(f"<p>{t}</p>" for t in WANGQING_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="汪清县人民政府">
<title>汪清县人大常委会办公室2022年度部门整体支出绩效自评报告</title>
</head>
<body>
<div class="top"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">财政信息</a></div>
<table class="meta">
<tr><td>索引号：</td><td>11222424MB1763052K/2023-00118</td><td>发布机构：</td><td>汪清县人大常委会办公室</td></tr>
<tr><td>发布日期：</td><td>2023-05-19</td><td>主题分类：</td><td>财政预算、决算</td></tr>
</table>
<h1>汪清县人大常委会办公室2022年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2023-05-19 09:12　　浏览量：<span>245</span>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="article">
{body}
<p style="text-align:right">汪清县人大常委会办公室</p>
<p style="text-align:right">2023年4月26日</p>
</div>
<div class="footer">
<p>主办：汪清县人民政府办公室　网站标识码：2224240009</p>
<p>吉ICP备05002611号</p>
</div>
</body>
</html>
"""


# =========================================================================== 8. ganjiang (E2: rate)
GANJIANG = [
    ("h", "一、项目概况"),
    ("p", "社会治安防控体系建设项目是我局2025年度重点项目，主要建设智慧安防小区和高清视频监控点位，完善新区"
          "视频监控平台，提升社会治安整体防控能力。"),
    ("h", "二、项目资金情况"),
    ("p", "（一）预算安排。项目年初预算1,200.00万元，年中追加160.00万元，全年预算数1,360.00万元，均为新区财政"
          "资金。"),
    ("p", "（二）资金使用。截至2025年12月31日，项目实际支出1,313.54万元，其中视频监控点位建设682.30万元、"
          "智能门禁及感知设备412.86万元、平台运维218.38万元；预算执行率95.68%，结余46.46万元结转下年使用。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建高清视频监控点位1,260个，建成智慧安防小区48个，接入各类感知设备3,850台；新区刑事警情同比"
          "下降12.6%，群众安全感满意度96.3%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分91分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：（一）部分小区物业配合度不高，设备安装进度滞后；（二）平台数据共享不充分。改进措施："
          "（一）建立社区、物业、派出所协同推进机制；（二）推动视频资源与相关部门共享。"),
]


def doc_ganjiang(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, creator="Microsoft® Word 2019")
    p.title("赣江新区公安分局2025年度社会治安防控体系\n建设项目支出绩效自评报告", size=15)
    p.blocks(GANJIANG)
    p.right("赣江新区公安分局")
    p.right("2026年3月5日")
    p.save()


# =========================================================================== 9. licheng (T1: rounding, 元 table)
LICHENG_1 = [
    ("h", "一、项目基本情况"),
    ("p", "老旧小区微改造项目由街道城建办组织实施，2020年对辖区6个老旧小区的道路排水、外立面、公共照明和"
          "绿化空间进行改造提升。"),
    ("h", "二、项目资金情况"),
    ("p", "2020年项目预算资金390.0000万元，全部为区级财政资金。截至2020年12月31日，实际支出383.5350万元，"
          "其中道路及排水改造152.86万元、外立面及屋面修缮116.44万元、公共照明及安防49.38万元、绿化及公共"
          "空间64.85万元，预算执行率98.34%，结余6.4650万元。支出明细如下表。"),
]
LICHENG_TABLE = [
    ["支出类别", "金额（元）"],
    ["道路及排水改造", "1,528,637.00"],
    ["外立面及屋面修缮", "1,164,382.00"],
    ["公共照明及安防", "493,815.00"],
    ["绿化及公共空间", "648,516.00"],
    ["合计", "3,835,350.00"],
]
LICHENG_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成6个小区改造，惠及居民1,420户；改造雨污管网3.2公里，新增和更换路灯168盏，新增绿化面积"
          "2,650平方米。居民满意度95.6%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分93分，评价等级为“优”。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "存在的问题：（一）居民意见征集时间较长，开工时间推迟；（二）改造后的长效管护机制尚未建立。"),
    ("p", "改进措施：（一）提前开展入户调查和方案公示；（二）引入物业服务，落实管护责任。"),
]


def doc_licheng(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("鲤城区开元街道办事处\n2020年度老旧小区微改造项目绩效自评报告", size=15)
    p.blocks(LICHENG_1)
    p.table(LICHENG_TABLE, widths=[60, 40], size=10, align=["l", "r"])
    p.blocks(LICHENG_2)
    p.right("鲤城区开元街道办事处")
    p.right("2021年2月24日")
    p.save()


# =========================================================================== 10. wuyang (DOCX; E4 weights)
WUYANG_IND = [
    ("产出指标", "数量指标", "开展主题团日及宣讲活动", "≥40场", "46场", "15", "15"),
    ("产出指标", "数量指标", "关爱帮扶困难青少年", "≥300人", "326人", "15", "15"),
    ("产出指标", "质量指标", "活动参与率", "≥90%", "93.5%", "10", "10"),
    ("产出指标", "时效指标", "资金支付及时率", "≥95%", "100%", "10", "10"),
    ("效益指标", "社会效益指标", "覆盖青少年人次", "≥1.8万人次", "1.62万人次", "20", "18"),
    ("效益指标", "可持续影响指标", "青年志愿服务机制", "健全", "健全", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92.4%", "8", "8"),
]


def doc_wuyang(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "共青团舞阳县委员会2022年度", 16)
    office.centred_title(d, "青少年思想引领及关爱服务项目绩效自评报告", 16)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "青少年思想引领及关爱服务项目由团县委组织实施，主要开展主题团日、青年宣讲、困难青少年关爱帮扶和"
            "青年志愿服务活动。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "项目年初预算42.00万元，年中追加6.00万元，全年预算48.00万元，均为县级财政资金。全年实际支出46.85万元，"
            "预算执行率97.60%，结余1.15万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展主题团日及宣讲活动46场，关爱帮扶困难青少年326人，招募青年志愿者580名，活动覆盖青少年1.62万"
            "人次。绩效指标完成情况如下表：")
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    rows += [list(r) for r in WUYANG_IND]
    rows.append(["预算执行", "预算执行率", "预算执行率", "100%", "97.60%", "10", "9.76"])
    rows.append(["合计", "", "", "", "", "100", "95.76"])
    table(d, rows, merges=[((len(rows) - 1, 0), (len(rows) - 1, 4))])
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "本项目自评得分95.76分，等级为“优”。覆盖青少年人次未达到年度指标值，主要是部分活动改为线上开展。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）活动经费分散，品牌项目不够突出。")
    para(d, "（二）志愿服务激励措施不足。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）集中资金打造青少年服务品牌活动。")
    para(d, "（二）完善青年志愿者激励和保障机制。")
    office.aligned(d, "共青团舞阳县委员会", "right")
    office.aligned(d, "2023年3月10日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 11. rucheng (T8: rate against 到位资金)
RUCHENG = [
    ("h", "一、项目概况"),
    ("p", "学生宿舍改造项目是汝城县第一中学2024年实施的普通高中办学条件改善项目，主要改造学生宿舍楼3栋并"
          "配套建设淋浴和热水设施，由县教育局监督、学校组织实施。"),
    ("h", "二、项目资金情况"),
    ("p", "（一）资金安排。项目全年预算数860.00万元，其中中央资金520.00万元、省级资金200.00万元、县级资金"
          "140.00万元。"),
    ("p", "（二）资金到位。中央和省级资金已全部到位，县级资金到位80.00万元，实际到位资金800.00万元，资金到位率"
          "93.02%。"),
    ("p", "（三）资金支出。全年实际支出786.88万元。因县级资金未全部到位，按实际到位资金计算，预算执行率为98.36%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年改造学生宿舍1.26万平方米，新增床位960个，建成淋浴间36间；宿舍安全隐患整改率100%，师生满意度"
          "96.1%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分92分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1.县级配套资金到位不及时，影响工程款支付。2.项目前期设计变更较多。"),
    ("h", "六、改进措施"),
    ("p", "1.积极争取县级资金按进度拨付。2.加强项目前期论证，减少设计变更。"),
]


def doc_rucheng(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="Microsoft® Word 2016")
    p.title("汝城县第一中学2024年度学生宿舍改造项目\n绩效自评报告", size=15)
    p.blocks(RUCHENG)
    p.right("汝城县第一中学")
    p.right("2025年3月18日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "cehen-renmin-2023.pdf": doc_cehen,
        "chongyi-qianchang-2019.docx": doc_chongyi,
        "pizhou-jikong-2024.xlsx": doc_pizhou,
        "arong-dangxiao-2021.pdf": doc_arong,
        "hengfeng-danganguan-2017.pdf": doc_hengfeng,
        "ningshan-fulian-2018.txt": lambda p: write_text(p, NINGSHAN_TXT),
        "wangqing-renda-2022.html": lambda p: write_text(p, wangqing_html()),
        "ganjiang-gongan-2025.pdf": doc_ganjiang,
        "licheng-kaiyuan-2020.pdf": doc_licheng,
        "wuyang-tuanwei-2022.docx": doc_wuyang,
        "rucheng-yizhong-2024.pdf": doc_rucheng,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
