#!/usr/bin/env python3
"""Regenerate the heldout24 evaluation batch (10 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout24/make_heldout24.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and TXT are UTF-8 without BOM, LF line ends.
This batch is about the report inside another document (an official letter with 文号 and
addressees, a 部门决算 page with its 预算绩效情况说明, a bureau's 绩效自评工作情况总结 that carries its
own figures, a report that is 附件2 after a cover note, a form behind a cover sheet, a text copied
from a document-sharing site) and about lists that must add up (其中, 分别为, 具体是, 包括, numbered
lists, semicolon lists of recipients) beside lists that are partial (主要用于…等, 其中重点).
Four real inconsistencies are planted; seven figures only look inconsistent.
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
from tests.corpora.builder.office_kit import OfficeStamp, merge_runs, para, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY24"
FIXED_DT = datetime.datetime(2026, 12, 11, 14, 20, 0)
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
            elif kind == "l":  # a line flush left, no indent (an addressee line)
                self.para(text, indent=False)
            else:
                raise ValueError(kind)


# =========================================================================== 1. yanchi (letter; T1, 具体是 list)
YANCHI = [
    ("l", "盐池县财政局、盐池县乡村振兴局："),
    ("p", "按照县财政局关于开展2021年度项目支出绩效自评工作的通知要求，我局对2021年度滩羊产业发展项目开展了"
          "绩效自评，现将自评情况报告如下。"),
    ("h", "一、项目概况"),
    ("p", "项目名称：滩羊产业发展项目。项目由我局畜牧股组织实施，主要用于滩羊种公羊补栏、标准化羊棚建设和"
          "养殖技术培训，推动滩羊产业提质增效。"),
    ("h", "二、项目资金情况"),
    ("p", "项目年初预算600.00万元，年中追加260.00万元，全年预算860.00万元，其中自治区级资金500.00万元、县级"
          "资金360.00万元。资金已全部下达至4个乡镇，具体是：下达花马池镇286.40万元；大水坑镇241.60万元；"
          "惠安堡镇198.00万元；高沙窝镇134.00万元。"),
    ("p", "截至2021年12月31日，项目实际支出842.37万元，预算执行率97.95%，结余17.63万元，已按规定收回县财政。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年补栏滩羊种公羊1,260只，新建标准化羊棚86座，带动养殖户2,140户增收；滩羊出栏率达到92.6%，"
          "养殖户满意度95.4%。"),
    ("h", "四、自评结论"),
    ("p", "经对照项目绩效目标逐项评分，本项目自评得分93分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分乡镇羊棚建设进度偏慢，资金支付集中在四季度。（二）养殖户技术培训的跟踪服务不够。"),
    ("h", "六、改进措施"),
    ("p", "（一）建立项目进度月调度制度。（二）组织技术人员分片包户开展跟踪指导。"),
    ("p", "特此函告。"),
]


def doc_yanchi(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("盐池县农业农村局", size=20)
    p.right("盐农函〔2022〕21号")
    p.title("盐池县农业农村局关于报送2021年度滩羊产业发展\n项目绩效自评报告的函", size=15)
    p.blocks(YANCHI)
    p.right("盐池县农业农村局")
    p.right("2022年3月22日")
    p.save()


# =========================================================================== 2. menyuan (决算 page, HTML; T2)
MENYUAN_PARAS = [
    "第一部分 部门概况",
    "门源回族自治县林业和草原局负责全县林业和草原资源保护、生态修复、森林草原防火和自然保护地管理等工作，"
    "内设股室5个，所属单位2个（县林业工作站、县草原工作站）。",
    "第二部分 2023年度部门决算情况说明",
    "一、收入支出决算总体情况说明",
    "2023年度收入总计2,486.35万元，其中：一般公共预算财政拨款收入2,312.35万元，政府性基金预算财政拨款收入"
    "126.00万元，其他收入48.00万元。支出总计2,438.62万元，其中：基本支出796.44万元，项目支出1,642.18万元。"
    "年末结转和结余47.73万元。",
    "二、“三公”经费财政拨款支出决算情况说明",
    "2023年度“三公”经费财政拨款支出12.36万元，其中公务用车运行维护费10.86万元、公务接待费1.50万元，"
    "未发生因公出国（境）费用。",
    "三、其他重要事项的情况说明",
    "2023年度政府采购支出总额186.20万元，均为货物类采购。",
    "四、名词解释（略）",
    "五、预算绩效情况说明",
    "（一）预算绩效管理工作开展情况。根据县财政局要求，我局组织对2023年度项目支出和部门整体支出开展了"
    "绩效自评，自评结果已报县财政局。",
    "（二）项目支出绩效自评结果。我局2023年对12个项目开展了绩效自评，涉及资金1,286.40万元，占项目支出"
    "的78.33%。其中，自评结果为“优”的9个，“良”的2个，“中”的1个。其余项目为当年新下达的生态护林员"
    "补助等资金，按上级要求另行评价。",
    "（三）部门整体支出绩效自评结果。2023年度全年预算数2,486.35万元，全年执行数2,438.62万元，预算执行率"
    "98.08%。全年完成营造林3.2万亩，修复退化草原12.6万亩，聘用生态管护员1,024名。部门整体支出绩效自评"
    "得分94.2分，评价等级为“优”。",
]


def menyuan_html() -> str:
    body = "\n".join(f"<p>{t}</p>" for t in MENYUAN_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="门源回族自治县人民政府">
<title>门源回族自治县林业和草原局2023年度部门决算</title>
</head>
<body>
<div class="topbar"><span>欢迎访问门源回族自治县人民政府网站</span> <a href="#">无障碍浏览</a> <a href="#">繁体</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进门源</a> <a href="#">政务公开</a> <a href="#">办事服务</a> <a href="#">政民互动</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政预决算</a> &gt; <a href="#">部门决算</a></div>
<table class="info">
<tr><th>索引号：</th><td>MY-LCJ-2024-0031</td><th>信息分类：</th><td>部门决算</td></tr>
<tr><th>发布机构：</th><td>门源回族自治县林业和草原局</td><th>成文日期：</th><td>2024-08-26</td></tr>
<tr><th>名　　称：</th><td colspan="3">门源回族自治县林业和草原局2023年度部门决算</td></tr>
</table>
<h1>门源回族自治县林业和草原局2023年度部门决算</h1>
<div class="attr">发布时间：2024-08-28　来源：县林业和草原局　浏览次数：<span>163</span>　【<a href="#">字体：大 中 小</a>】</div>
<div class="content">
{body}
<p>附件：门源回族自治县林业和草原局2023年度部门决算公开表（略）</p>
</div>
<div class="share"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="footer">
<p>主办单位：门源回族自治县人民政府办公室　网站标识码：6322210004</p>
<p>青ICP备08000417号-2</p>
</div>
</body>
</html>
"""


# =========================================================================== 3. chabuchaer (工作情况总结; E2, T3)
CHABUCHAER = [
    ("p", "按照县财政局关于开展2022年度预算绩效自评工作的通知要求，我局组织机关各股室和所属学校、幼儿园开展了"
          "部门整体支出和项目支出绩效自评，现将有关情况总结如下。"),
    ("h", "一、自评工作开展情况"),
    ("p", "（一）加强组织领导。局党组召开专题会议部署自评工作，成立由分管领导任组长的自评工作小组，计划财务股"
          "具体负责，各项目责任股室和学校分工配合。"),
    ("p", "（二）明确自评范围。纳入本次自评的有局机关和所属学校、幼儿园共21个预算单位，项目支出绩效自评项目23个，"
          "实现了部门预算项目自评全覆盖。"),
    ("p", "（三）规范自评程序。各单位对照年初设定的绩效目标，逐项填报绩效自评表，说明偏差原因，计划财务股"
          "组织对自评材料进行了审核。"),
    ("p", "（四）自评结果。23个项目中，自评等级为“优”的19个，“良”的4个，无“中”和“差”等级项目。"),
    ("h", "二、部门整体支出情况"),
    ("p", "（一）预算调整情况。2022年年初预算18,624.50万元，年中追加1,386.20万元，因学生人数变化调减215.40万元，"
          "调整后预算19,805.30万元，其中一般公共预算财政拨款19,205.30万元、上年结转600.00万元。"),
    ("p", "（二）支出情况。全年支出19,512.86万元，其中：基本支出15,286.74万元（其中：人员经费14,102.36万元，"
          "公用经费1,184.38万元），项目支出4,226.12万元。预算执行率98.52%，年末结转结余292.44万元。"),
    ("h", "三、部门整体绩效目标完成情况"),
    ("p", "全县义务教育巩固率99.6%，学前三年毛入园率98.2%；全年改造校舍1.86万平方米，培训教师2,360人次，"
          "发放各类学生资助资金惠及学生8,426人次。"),
    ("h", "四、自评结论"),
    ("p", "经对照部门整体支出绩效评价指标逐项打分，我局2022年度部门整体支出绩效自评得分95.6分，评价等级为"
          "“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分学校绩效目标设置偏重数量，质量和效益指标不够具体。"),
    ("p", "（二）个别项目资金支付进度前慢后快，四季度支出占比偏高。"),
    ("h", "六、下一步工作"),
    ("p", "（一）组织绩效目标编制培训，提高指标设置质量。"),
    ("p", "（二）按月通报项目支出进度，督促各单位均衡支出。"),
    ("p", "（三）将自评结果作为下年度预算安排的重要依据。"),
]


def doc_chabuchaer(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=76, creator="Microsoft® Word 2016",
            header="察布查尔锡伯自治县教育局2022年度部门绩效自评工作情况总结")
    p.title("察布查尔锡伯自治县教育局\n2022年度部门绩效自评工作情况总结", size=16)
    p.blocks(CHABUCHAER)
    p.right("察布查尔锡伯自治县教育局")
    p.right("2023年4月7日")
    p.save()


# =========================================================================== 4. tunchang (DOCX, 附件2; E3)
TUNCHANG_PARTS = [
    ("乡镇卫生院及村卫生室基本公共卫生服务补助", "1,086.40"),
    ("家庭医生签约服务补助", "214.36"),
    ("重点人群健康体检", "131.80"),
]


def doc_tunchang(path: Path) -> None:
    from docx.shared import Pt

    d = STAMP.new_docx()
    office.centred_title(d, "屯昌县卫生健康委员会", 20)
    office.aligned(d, "屯卫健报〔2021〕35号", "center")
    office.centred_title(d, "屯昌县卫生健康委员会关于报送2020年度基本公共卫生服务项目绩效自评材料的报告", 15)
    para(d, "县财政局：", indent=False)
    para(d, "根据县财政局关于做好2020年度项目支出绩效自评工作的通知要求，我委对2020年度基本公共卫生服务项目"
            "开展了绩效自评，现将自评材料报上，请审核。")
    para(d, "附件：1.2020年度基本公共卫生服务项目绩效自评表（另报）")
    para(d, "2.2020年度基本公共卫生服务项目绩效自评报告", indent=False).paragraph_format.left_indent = Pt(72)
    office.aligned(d, "屯昌县卫生健康委员会", "right")
    office.aligned(d, "2021年3月26日", "right")
    d.add_page_break()
    para(d, "附件2", indent=False)
    office.centred_title(d, "2020年度基本公共卫生服务项目绩效自评报告", 16)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "项目名称：基本公共卫生服务项目。项目由县卫生健康委员会组织，各乡镇卫生院、社区卫生服务中心和村卫生室"
            "具体实施，为城乡居民免费提供健康档案管理、预防接种、慢性病患者健康管理等基本公共卫生服务。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "2020年项目全年预算数1,468.00万元，其中中央补助资金1,012.00万元、省级补助资金310.00万元、县级配套"
            "资金146.00万元，资金已全部到位。全年实际支出1,432.56万元，具体如下：")
    for k, (name, amount) in enumerate(TUNCHANG_PARTS, 1):
        end = "。" if k == len(TUNCHANG_PARTS) else "；"
        para(d, f"{k}.{name}{amount}万元{end}")
    para(d, "项目预算执行率97.95%，结余35.44万元，已结转下年继续用于基本公共卫生服务。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年为65岁及以上老年人健康体检1.86万人次，规范管理高血压患者1.12万人，家庭医生签约服务6.8万人；"
            "居民电子健康档案建档率93.4%。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "经自评，本项目自评得分91分，评价等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）村医队伍老龄化，随访服务质量参差不齐。")
    para(d, "（二）家庭医生签约后的履约服务不够到位。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）加强村医培训和绩效考核。")
    para(d, "（二）完善家庭医生签约服务激励机制。")
    office.aligned(d, "屯昌县卫生健康委员会", "right")
    office.aligned(d, "2021年3月26日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 5. huanren (XLSX, cover + form; E4)
HUANREN_IND = [
    ("产出指标", "数量指标", "举办群众文化活动", "≥120场", "136场", 15, 15, ""),
    ("产出指标", "数量指标", "送戏下乡场次", "≥60场", "64场", 10, 10, ""),
    ("产出指标", "质量指标", "乡镇综合文化站达标率", "≥95%", "91.7%", 10, 9, "1个乡镇文化站正在改造，尚未验收"),
    ("产出指标", "时效指标", "活动按计划完成率", "=100%", "100%", 10, 10, ""),
    ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥8万人次", "7.42万人次", 15, 12, "受景区提升改造影响，部分活动延期"),
    ("效益指标", "可持续影响指标", "基层文化设施运行机制", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.6%", 20, 20, ""),
]
HUANREN_STATED_TOTAL = 96.70  # the 总分 row and the text; the rows (86 + 9.70) add up to 95.70


def doc_huanren(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 44
    xl_put(cover, "A2", "2024年度项目支出绩效自评表", bold=True, size=18, center=True, merge_to="B2", border=False)
    cover.row_dimensions[2].height = 40
    rows = [("项目名称", "公共文化服务体系建设"), ("主管部门", "桓仁满族自治县文化旅游和广播电视局"),
            ("实施单位", "桓仁满族自治县文化旅游和广播电视局"), ("填报日期", "2025年3月14日")]
    for k, (label, value) in enumerate(rows):
        xl_put(cover, f"A{5 + k}", label, size=12, border=False)
        xl_put(cover, f"B{5 + k}", value, size=12, border=False)
    ws = wb.create_sheet("自评表")
    for col, w in zip("ABCDEFGH", [12, 18, 24, 14, 14, 8, 10, 28], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "公共文化服务体系建设", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "桓仁满族自治县文化旅游和广播电视局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "桓仁满族自治县文化旅游和广播电视局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    funds = [("年度资金总额", 80, 96, 93.12, 10, pct("93.12", "96"), 9.70),
             ("其中：当年财政拨款", 80, 96, 93.12, E, E, E),
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
    xl_put(ws, "B11", "完善县乡村三级公共文化服务网络，常态化开展群众文化活动和送戏下乡。", merge_to="D11")
    xl_put(ws, "E11", "全年举办群众文化活动136场，送戏下乡64场，参与群众7.42万人次，新建农家书屋示范点8个。",
           merge_to="H11")
    ws.row_dimensions[11].height = 48
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"], strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    r = 13
    for row in HUANREN_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FG")
        r += 1
    merge_runs(ws, "A", 13, [row[0] for row in HUANREN_IND])
    merge_runs(ws, "B", 13, [row[1] for row in HUANREN_IND])
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", HUANREN_STATED_TOTAL, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", None)
    xl_put(ws, f"A{r + 1}", "自评结论")
    xl_put(ws, f"B{r + 1}", "项目年度绩效目标基本完成，2项指标未达到年度指标值。自评得分96.70分，自评等级：优。",
           merge_to=f"H{r + 1}")
    STAMP.save_xlsx(wb, path)


# =========================================================================== 6. yilan (T4: 元 table, 万元 text)
YILAN_1 = [
    ("h", "一、项目基本情况"),
    ("p", "项目名称：农村危房改造项目。项目由县住房和城乡建设局组织实施，对农村低收入群体等重点对象的危房进行"
          "改造，保障农村困难群众住房安全。"),
    ("h", "二、项目资金情况"),
    ("p", "2019年项目全年预算数380.00万元，其中中央补助资金286.00万元、省级补助资金94.00万元。截至2019年12月31日，"
          "项目实际支出372.58万元，预算执行率98.05%，结余7.42万元。支出明细见下表。"),
]
YILAN_TABLE = [
    ["支出类别", "金额（元）"],
    ["四类重点对象危房改造补助", "1,986,400.00"],
    ["其他农户危房改造补助", "1,124,600.00"],
    ["农房抗震改造加固", "438,216.00"],
    ["质量安全巡查及技术指导", "176,600.00"],
    ["合计", "3,725,816.00"],
]
YILAN_2 = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成农村危房改造312户，其中四类重点对象246户；竣工验收合格率100%，农户满意度96.8%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分94分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分农户自筹能力弱，开工时间推迟。2.改造后的农房安全动态监测不够及时。"),
    ("h", "六、改进措施"),
    ("p", "1.对特困户采取统建方式兜底改造。2.建立农房安全常态化巡查机制。"),
]


def doc_yilan(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, creator="Microsoft® Word 2010")
    p.title("依兰县住房和城乡建设局\n2019年度农村危房改造项目绩效自评报告", size=15)
    p.blocks(YILAN_1)
    p.table(YILAN_TABLE, widths=[60, 40], size=10, align=["l", "r"])
    p.blocks(YILAN_2)
    p.right("依兰县住房和城乡建设局")
    p.right("2020年2月28日")
    p.save()


# =========================================================================== 7. ninghe (分别为; T5 主要用于…等)
NINGHE = [
    ("h", "一、部门基本情况"),
    ("p", "宁河区市场监督管理局负责全区市场主体登记、食品安全、特种设备安全、产品质量和知识产权等监督管理"
          "工作，内设科室14个，下设市场监管所9个。"),
    ("h", "二、预算收支情况"),
    ("p", "2018年年初预算2,986.48万元，加上年结转140.00万元，全年预算数3,126.48万元。本年收入合计3,126.48万元，"
          "分别为一般公共预算财政拨款收入2,986.48万元、上年结转140.00万元。"),
    ("p", "全年支出3,058.62万元，分别为基本支出2,446.32万元、项目支出612.30万元。项目支出主要用于食品安全抽检"
          "186.40万元、特种设备安全监管92.60万元、执法装备购置134.50万元等。预算执行率97.83%，年末结转结余"
          "67.86万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成食品安全抽检3,860批次，检查特种设备使用单位1,240家次，办结投诉举报2,186件；食品抽检合格率"
          "98.7%。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标，本部门自评得分92.5分，评价等级为“优”。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：1.基层监管所执法装备配备不均衡；2.部分项目绩效目标量化不足。改进措施：1.按监管任务量"
          "配置执法装备；2.细化项目绩效指标；3.加强预算执行动态监控。"),
]


def doc_ninghe(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("宁河区市场监督管理局\n2018年度部门整体支出绩效自评报告", size=15)
    p.blocks(NINGHE)
    p.right("宁河区市场监督管理局")
    p.right("2019年4月2日")
    p.save()


# =========================================================================== 8. fengkai (TXT from a sharing site; E1)
FENGKAI_TXT = """封开县水务局2025年度部门整体支出绩效自评报告.docx
上传人：shui****26　　上传时间：2026-04-18　　文档页数：4　　下载积分：5
本文档由用户上传，仅供学习交流，如有侵权请联系网站删除。

封开县水务局2025年度部门整体支出绩效自评报告

一、部门基本情况
封开县水务局负责全县水资源管理、水利工程建设与运行管理、农村供水保障和水旱灾害防御等工作，内设股室6个，下属事业单位3个。

二、预算收支情况
2025年年初预算2,218.60万元，年中追加146.20万元，全年预算2,364.80万元。本年收入合计2,364.80万元，包括一般公共预算财政拨款收入2,108.60万元、政府性基金预算财政拨款收入186.00万元、上年结转60.20万元。
全年支出2,296.45万元，其中基本支出1,024.37万元、项目支出1,272.08万元，预算执行率97.11%，年末结转结余68.35万元。

- 第1页 共4页 -

三、绩效目标完成情况
全年完成中小河流治理12.6公里，新建和改造农村供水工程18处，完成水库除险加固4座；农村自来水普及率达到98.3%。

四、自评结论
经自评，本部门2025年度部门整体支出绩效得分90.5分，评价等级为“优”。

五、存在的问题
1、部分水利工程前期工作深度不够，影响项目实施进度。
2、小型水利工程管护经费不足。

六、改进措施
1、加强项目储备和前期论证。
2、落实小型水利工程管护主体和经费。
3、加强预算执行进度监控。

封开县水务局
2026年3月20日

- 第2页 共4页 -
（以上为文档预览内容，完整文档请下载后查看）
"""


# =========================================================================== 9. yuli (T6: rate against 到位资金)
YULI = [
    ("h", "一、项目概况"),
    ("p", "项目名称：高效节水灌溉项目。项目由县水利局组织实施，在项目区新建首部泵站和输配水管网，推广滴灌技术，"
          "提高农业用水效率。"),
    ("h", "二、项目资金情况"),
    ("p", "（一）资金安排。项目全年预算数1,200.00万元，包括中央资金800.00万元、自治区资金300.00万元、县级资金"
          "100.00万元。"),
    ("p", "（二）资金到位。截至2024年12月31日，中央和自治区资金已全部到位，县级资金到位50.00万元，实际到位资金"
          "1,150.00万元，资金到位率95.83%。"),
    ("p", "（三）资金支出。全年实际支出1,128.37万元。由于县级资金未全部到位，按实际到位资金计算，预算执行率为"
          "98.12%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新增高效节水灌溉面积2.4万亩，铺设输配水管道186公里，新建首部泵站12座；项目区亩均节水120立方米，"
          "受益农户满意度94.5%。"),
    ("h", "四、自评结论"),
    ("p", "本项目自评得分93.5分，评价等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）县级配套资金到位滞后，影响工程款支付。（二）部分农户滴灌设备维护意识不强。"),
    ("h", "六、改进措施"),
    ("p", "（一）积极争取县级资金按进度拨付。（二）建立用水户协会，落实管网日常维护责任。"),
]


def doc_yuli(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=1, size=11, creator="Microsoft® Word 2019")
    p.title("尉犁县水利局2024年度高效节水灌溉项目\n绩效自评报告", size=15)
    p.blocks(YULI)
    p.right("尉犁县水利局")
    p.right("2025年3月11日")
    p.save()


# =========================================================================== 10. lingao (numbered projects; T7 其中重点)
LINGAO_PROJECTS = [
    ("法律援助经费", "98.00", "96.52"),
    ("人民调解以案定补经费", "86.40", "84.90"),
    ("社区矫正工作经费", "93.00", "93.00"),
]


def lingao_blocks():
    listed = "".join(
        f"{k}.{name}，预算{budget}万元，支出{executed}万元，执行率{pct(executed, budget)}{'。' if k == 3 else '；'}"
        for k, (name, budget, executed) in enumerate(LINGAO_PROJECTS, 1))
    return [
        ("h", "一、部门基本情况"),
        ("p", "临高县司法局负责全县法治宣传、人民调解、法律援助、社区矫正和公共法律服务体系建设等工作，内设股室"
              "7个，下设司法所10个。"),
        ("h", "二、预算收支情况"),
        ("p", "2022年年初预算1,036.80万元，年中追加128.40万元，调整后预算1,165.20万元，均为一般公共预算财政拨款。"),
        ("p", "全年支出1,142.66万元，其中基本支出868.24万元，项目支出274.42万元。预算执行率98.07%，年末结余22.54万元。"),
        ("p", "项目支出274.42万元，其中重点保障法律援助案件补贴68.40万元、人民调解员以案定补补贴52.30万元。全年实施"
              "项目3个：" + listed),
        ("h", "三、绩效目标完成情况"),
        ("p", "全年办理法律援助案件426件，调解矛盾纠纷1,860件，调解成功率98.6%；开展法治宣传活动132场。"),
        ("h", "四、自评结论"),
        ("p", "经自评，本部门2022年度部门整体支出绩效得分88分，评价等级为“良”。"),
        ("h", "五、存在的问题"),
        ("p", "（一）司法所人员力量薄弱，部分所仅有1名工作人员。（二）项目绩效目标的效益指标不够量化。"),
        ("h", "六、改进措施"),
        ("p", "（一）通过政府购买服务充实基层司法辅助力量。（二）完善效益指标，提高目标的可衡量性。"),
    ]


def doc_lingao(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("临高县司法局\n2022年度部门整体支出绩效自评报告", size=15)
    p.blocks(lingao_blocks())
    p.right("临高县司法局")
    p.right("2023年3月30日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "yanchi-tanyang-2021.pdf": doc_yanchi,
        "menyuan-juesuan-2023.html": lambda p: write_text(p, menyuan_html()),
        "chabuchaer-jiaoyu-2022.pdf": doc_chabuchaer,
        "tunchang-gongwei-2020.docx": doc_tunchang,
        "huanren-wenlv-2024.xlsx": doc_huanren,
        "yilan-weifang-2019.pdf": doc_yilan,
        "ninghe-shijian-2018.pdf": doc_ninghe,
        "fengkai-shuiwu-2025.txt": lambda p: write_text(p, FENGKAI_TXT),
        "yuli-jieshui-2024.pdf": doc_yuli,
        "lingao-sifa-2022.pdf": doc_lingao,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
