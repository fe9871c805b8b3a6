#!/usr/bin/env python3
"""Regenerate the heldout27 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout27/make_heldout27.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and TXT are UTF-8 without BOM, LF line ends.
This batch is a realistic mixed bag, as an unseen test set would be: twelve documents from twelve
regions, fiscal years 2016 to 2025, six department-wide reports and six project reports or forms;
six office-exported PDFs (one over several pages under a running header and footer, one a ruled
绩效自评表, one in 元), two Word files (one with its funds and indicator tables as Word tables), a
项目支出绩效自评表 workbook with merged cells, two portal pages with their chrome, and a text pasted
from a document-sharing site. Five real inconsistencies are planted; nine figures only look
inconsistent. Every sentence and figure below is invented; place names are real.
"""
from __future__ import annotations

import datetime
import sys
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, merge_runs, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY27"
FIXED_DT = datetime.datetime(2026, 12, 20, 9, 40, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"


NO_LINE_START = "，。、；：！？）》”%"


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back to
    the end of the line before (word processors let it hang into the margin)."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


def pct(executed: str, budget: str) -> str:
    e, b = (Decimal(x.replace(",", "")) for x in (executed, budget))
    return f"{(e / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页`, or none),
    a right-aligned line and a ruled grid with merged cells."""

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

    def para(self, text, indent=True, size=None):
        size = size or self.size
        lead = size * 1.75
        ind = 2 * size if indent else 0
        for n, line in enumerate(wrap_cjk(text, self.font, self.cw, size, ind)):
            self.need(lead)
            self.c.setFont(self.font, size)
            self.c.drawString(self.m + (ind if n == 0 else 0), self.y - size, line)
            self.y -= lead
        self.y -= 2

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

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float],
             merges: dict[tuple[int, int], tuple[int, int]] | None = None, size: float = 9,
             align: Sequence[str] | None = None) -> None:
        """A ruled grid on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)}
        draws one cell over the area (the covered cells' text is ignored)."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead, c = 3, size * 1.42, self.c
        covered = {(rr, cc) for (r, col), (rs, cs) in merges.items() for rr in range(r, r + rs)
                   for cc in range(col, col + cs) if (rr, cc) != (r, col)}

        def span(r, col):
            return merges.get((r, col), (1, 1))

        def lines_of(r, col):
            w = sum(widths[col:col + span(r, col)[1]])
            text = rows[r][col]
            return wrap_cjk(text, self.font, w - 2 * pad, size) if text else []

        heights = []
        for r in range(len(rows)):
            h = lead + 2 * pad
            for col in range(len(widths)):
                if (r, col) in covered or span(r, col)[0] > 1:
                    continue
                h = max(h, len(lines_of(r, col)) * lead + 2 * pad)
            heights.append(h)
        for (r, col), (rs, _cs) in merges.items():
            need = len(lines_of(r, col)) * lead + 2 * pad
            have = sum(heights[r:r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        for r in range(len(rows)):
            for col in range(len(widths)):
                if (r, col) in covered:
                    continue
                rs, cs = span(r, col)
                x = self.m + sum(widths[:col])
                w = sum(widths[col:col + cs])
                h = sum(heights[r:r + rs])
                c.setLineWidth(0.5)
                c.rect(x, tops[r] - h, w, h)
                lines = lines_of(r, col)
                y0 = tops[r] - pad - size
                if rs > 1:
                    y0 -= (h - 2 * pad - len(lines) * lead) / 2
                a = (align[col] if align else "l") if cs == 1 else "l"
                c.setFont(self.font, size)
                for n, line in enumerate(lines):
                    yy = y0 - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
        self.y -= sum(heights) + 10


# =========================================================================== 1. yanqing (3-page PDF; T2, T4)
YANQING_HEADER = "延庆区园林绿化局2023年度部门整体支出绩效自评报告"
YANQING = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。延庆区园林绿化局负责全区造林绿化、森林资源保护管理、平原生态林养护、森林防火和"
          "林业有害生物防治、野生动植物保护、城市园林绿化和古树名木保护等工作，指导乡镇林业站和国有林场"
          "开展林业生产经营。"),
    ("p", "（二）机构和人员。局机关内设科室9个，下属事业单位4个，纳入2023年度部门预算编报的单位共5个。"),
    ("p", "（三）总体情况。2023年，我局部门预算资金约1.2亿元，重点保障平原生态林养护、森林防火、野生动物"
          "疫源疫病监测和城市绿化景观提升等任务，全年各项工作按计划推进。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算安排。2023年部门年初预算10,862.40万元，年中追加1,124.00万元，调整后预算11,986.40万元。"
          "调整后预算中，一般公共预算财政拨款10,486.40万元，政府性基金预算财政拨款1,200.00万元，上年结转"
          "300.00万元。"),
    ("p", "（二）支出情况。2023年本年支出11,742.18万元，其中：基本支出3,126.54万元，包括人员经费2,784.30万元、"
          "公用经费342.24万元；项目支出8,615.64万元，主要用于生态林养护、森林防火、有害生物防治、城市绿化"
          "景观提升和古树名木保护等方面。"),
    ("p", "（三）预算执行。全年预算执行率97.96%，年末结转结余244.22万元，主要为跨年实施的绿化景观提升工程"
          "尾款。"),
    ("h", "三、重点项目实施情况"),
    ("p", "项目支出主要包括：平原生态林养护项目，全年预算数4,320.00万元，执行数4,286.50万元，预算执行率"
          "99.22%；森林防火项目，全年预算数1,210.00万元，执行数1,186.20万元，预算执行率98.03%；野生动物疫源"
          "疫病监测项目，全年预算数186.00万元，执行数178.40万元，预算执行率95.91%等。"),
    ("p", "1.平原生态林养护。按照分级分类养护标准，落实养护主体责任，开展浇水、修剪、病虫害防治和林下"
          "环境整治，全年完成平原生态林养护12.6万亩，林木保存率保持在较高水平。"),
    ("p", "2.森林防火。坚持“预防为主、积极消灭”的方针，加强重点时段、重点部位巡查值守，全年组织森林防火"
          "巡查4,260人次，新建防火检查站3处，开展扑火实战演练16次。"),
    ("p", "3.野生动物疫源疫病监测。在重点区域设置监测点18个，落实日报告和零报告制度，全年未发生野生动物"
          "重大疫情。"),
    ("p", "4.造林绿化。结合新一轮百万亩造林绿化行动，新增造林2,380亩，完成城市绿化景观提升节点12处。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "（一）产出目标。全年完成平原生态林养护、森林防火、野生动物疫源疫病监测、造林绿化等年度任务，"
          "产出指标均已完成。"),
    ("p", "（二）效益目标。全区生态环境持续改善，森林资源总量稳步增长，园林绿化对城市品质提升的作用"
          "进一步显现，全年未发生重大森林火灾和重大林业有害生物灾害。"),
    ("p", "（三）满意度。通过问卷调查，服务对象对园林绿化工作的满意度为95.6%。"),
    ("h", "五、自评结论"),
    ("p", "按照部门整体支出绩效评价指标体系逐项评分，我局2023年度部门整体支出绩效自评得分94.6分，等级为"
          "“优”。"),
    ("h", "六、存在的问题"),
    ("p", "（一）部分绿化景观提升项目前期手续办理时间较长，资金支付集中在下半年。"),
    ("p", "（二）平原生态林养护考核结果与养护资金拨付挂钩不够紧密。"),
    ("p", "（三）部分绩效指标设置偏重产出，效益指标量化程度不高。"),
    ("h", "七、改进措施"),
    ("p", "1.提前开展项目前期工作，做到资金安排与项目进度相匹配。"),
    ("p", "2.完善养护考核办法，按考核结果分档拨付养护资金。"),
    ("p", "3.细化效益类绩效指标，提高指标的可衡量性。"),
]


def doc_yanqing(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=12, margin=84, creator="Microsoft® Word 2016",
            header=YANQING_HEADER)
    p.title("延庆区园林绿化局\n2023年度部门整体支出绩效自评报告", size=17)
    p.blocks(YANQING)
    p.right("延庆区园林绿化局")
    p.right("2024年4月12日")
    p.save()


# =========================================================================== 2. qushui (ruled form; E4)
QUSHUI_IND = [
    ("产出指标", "数量指标", "建设藏鸡养殖示范点", "≥6个", "6个", "10", "10", ""),
    ("产出指标", "数量指标", "发放藏鸡雏鸡", "≥3万羽", "3.2万羽", "10", "10", ""),
    ("产出指标", "质量指标", "雏鸡成活率", "≥85%", "88.6%", "10", "10", ""),
    ("产出指标", "时效指标", "项目完成及时率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "成本指标", "示范点补助标准", "≤30万元/个", "28.5万元/个", "10", "10", ""),
    ("效益指标", "经济效益指标", "带动农牧户户均增收", "≥1500元", "1620元", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动农牧户户数", "≥420户", "398户", "10", "8", "部分农牧户劳动力不足，中途退出"),
    ("效益指标", "可持续影响指标", "示范点持续运营率", "≥90%", "100%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "≥90%", "95.2%", "10", "10", ""),
]


def doc_qushui(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10, margin=46, creator="Microsoft® Excel 2016")
    p.title("项目支出绩效自评表", size=15)
    p.center("（2019年度）", size=10)
    rows = [
        ["项目名称", "藏鸡养殖示范项目", "", "", "", "", "", ""],
        ["主管部门", "曲水县农业农村局", "", "", "实施单位", "曲水县农业农村局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "180.00", "220.00", "216.48", "10", pct("216.48", "220.00"), "9.84"],
        ["", "其中：当年财政拨款", "180.00", "220.00", "216.48", E, E, E],
        ["", "上年结转资金", E, E, E, E, E, E],
        ["", "其他资金", E, E, E, E, E, E],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "在全县建设藏鸡养殖示范点，发放优质藏鸡雏鸡，带动农牧户发展庭院养殖，增加家庭经营收入。", "", "",
         "建成藏鸡养殖示范点6个，发放雏鸡3.2万羽，雏鸡成活率88.6%，带动农牧户398户，户均增收1620元。", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    rows += [list(r) for r in QUSHUI_IND]
    rows.append(["总分", "", "", "", "", "100", "98.84", "优"])
    first = 10
    merges = {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (5, 1), (7, 0): (2, 1),
              (7, 1): (1, 3), (7, 4): (1, 4), (8, 1): (1, 3), (8, 4): (1, 4),
              (len(rows) - 1, 0): (1, 5)}
    for col in (0, 1):
        k = 0
        while k < len(QUSHUI_IND):
            j = k
            while j + 1 < len(QUSHUI_IND) and QUSHUI_IND[j + 1][col] == QUSHUI_IND[k][col]:
                j += 1
            if j > k:
                merges[(first + k, col)] = (j - k + 1, 1)
            k = j + 1
    p.grid(rows, [11, 13, 17, 11, 11, 6, 8, 16], merges, size=8.5,
           align=["l", "l", "l", "c", "c", "c", "c", "l"])
    p.para("填报单位：曲水县农业农村局　　填报日期：2020年3月16日", indent=False, size=9)
    p.save()


# =========================================================================== 3. qingpu (HTML portal; E1)
QINGPU_PARAS = [
    ("b", "一、部门基本情况"),
    ("p", "青浦区体育局负责全区体育事业发展规划，组织实施全民健身计划，指导和管理群众体育、竞技体育和"
          "体育产业工作，负责公共体育设施的规划建设和监督管理。局机关内设科室6个，下属事业单位3个。"),
    ("b", "二、部门预算收支情况"),
    ("p", "（一）预算情况。2021年年初预算3,062.80万元，年中追加186.00万元，调整后预算3,248.80万元，资金来源"
          "为一般公共预算财政拨款3,108.80万元、上年结转140.00万元。"),
    ("p", "（二）支出情况。本年支出合计3,186.52万元，其中基本支出2,012.36万元（人员经费1,726.48万元、公用经费"
          "285.88万元），项目支出1,164.16万元。"),
    ("p", "（三）执行情况。全年预算执行率98.08%，年末结转结余62.28万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年举办全民健身赛事活动126场，参与群众8.6万人次；新建改建市民健身步道12.4公里，更新益智健身苑点"
          "28个；完成国民体质监测3,260人，体质达标率93.2%。"),
    ("b", "四、自评结论"),
    ("p", "经自评，本部门2021年度部门整体支出绩效自评得分92.8分，评价等级为“优”。"),
    ("b", "五、存在的问题"),
    ("p", "一是部分健身设施建成后日常管护责任落实不到位；二是体育赛事活动的绩效指标以数量为主，群众参与"
          "效果的量化不足。"),
    ("b", "六、下一步改进措施"),
    ("p", "（一）建立健身设施管护台账，明确街镇管护责任。"),
    ("p", "（二）增设赛事活动参与度和满意度指标，开展第三方满意度调查。"),
]


def qingpu_html() -> str:
    body = "\n".join(f"<p><strong>{t}</strong></p>" if k == "b" else f"<p>　　{t}</p>" for k, t in QINGPU_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="青浦区人民政府">
<meta name="ColumnName" content="预决算公开">
<title>青浦区体育局2021年度部门整体支出绩效自评报告_预决算公开_青浦区人民政府</title>
</head>
<body>
<div class="top">青浦区人民政府 <a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">要闻动态</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">首页 &gt; 政务公开 &gt; 财政资金 &gt; 预决算公开 &gt; 正文</div>
<table class="info">
<tr><td>索 引 号：</td><td>QP-TY-2022-0031</td><td>主题分类：</td><td>财政、审计</td></tr>
<tr><td>发布机构：</td><td>青浦区体育局</td><td>发布日期：</td><td>2022-06-20</td></tr>
<tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr>
</table>
<h1>青浦区体育局2021年度部门整体支出绩效自评报告</h1>
<div class="attr">来源：区体育局　　点击数：<span>412</span>　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="content">
{body}
<p style="text-align:right">青浦区体育局</p>
<p style="text-align:right">2022年6月15日</p>
</div>
<div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办：青浦区人民政府办公室　网站标识码：3101180002</p>
<p>沪ICP备10214371号</p>
</div>
</body>
</html>
"""


# =========================================================================== 4. shizhu (XLSX form)
SHIZHU_FUNDS = [  # label, 年初, 全年, 执行
    ("年度资金总额", "260.00", "300.00", "291.36"),
    ("其中：当年财政拨款", "260.00", "280.00", "271.36"),
    ("上年结转资金", E, "20.00", "20.00"),
    ("其他资金", E, E, E),
]
SHIZHU_IND = [
    ("产出指标", "数量指标", "新建森林防火通道", "≥25公里", "26.4公里", 15, 15, ""),
    ("产出指标", "数量指标", "购置扑火机具", "≥120台套", "118台套", 10, 9.5, "部分机具次年1月到货"),
    ("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", 10, 10, ""),
    ("产出指标", "时效指标", "项目完工时间", "11月底前", "按期完工", 10, 10, ""),
    ("产出指标", "成本指标", "防火通道建设成本", "≤8万元/公里", "7.6万元/公里", 5, 5, ""),
    ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 15, 15, ""),
    ("效益指标", "生态效益指标", "森林资源安全保障", "有效保障", "有效保障", 10, 10, ""),
    ("效益指标", "可持续影响指标", "防火设施使用年限", "≥10年", "10年", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.5%", 10, 10, ""),
]


def doc_shizhu(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", [12, 20, 22, 14, 14, 8, 10, 26], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "森林防火能力提升项目", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "石柱土家族自治县林业局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "石柱土家族自治县林业局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    for k, (label, initial, year, done) in enumerate(SHIZHU_FUNDS):
        r = 6 + k
        xl_put(ws, f"B{r}", label)
        for col, v in zip("CDE", (initial, year, done), strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        if k == 0:
            rate = pct(done, year)
            score = float((Decimal(rate[:-1]) / 10).quantize(Decimal("0.01"), ROUND_HALF_UP))
            cells = (10, rate, score)
        else:
            cells = (E, E, E)
        for col, v in zip("FGH", cells, strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "新建森林防火通道，购置扑火机具，提升重点林区森林火灾预防和早期处置能力。", merge_to="D11")
    xl_put(ws, "E11", "新建森林防火通道26.4公里，购置扑火机具118台套，全年未发生重大森林火灾。", merge_to="H11")
    ws.row_dimensions[11].height = 45
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"], strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    r = 13
    for row in SHIZHU_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FG")
        r += 1
    merge_runs(ws, "A", 13, [row[0] for row in SHIZHU_IND])
    merge_runs(ws, "B", 13, [row[1] for row in SHIZHU_IND])
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 99.21, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", "优", center=True)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 5. luotian (own scale; T5)
LUOTIAN = [
    ("h", "一、部门概况"),
    ("p", "罗田县水利和湖泊局主要负责全县水资源管理、水利工程建设与运行管理、农村饮水安全、水土保持、"
          "河湖长制日常工作和防汛抗旱等工作。局机关内设股室8个，下属事业单位5个。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2018年部门年初预算2,468.30万元，年中追加531.70万元，全年预算3,000.00万元。本年收入合计3,000.00万元，"
          "其中一般公共预算财政拨款收入2,286.00万元，政府性基金预算财政拨款收入654.00万元，其他收入60.00万元。"),
    ("p", "本年支出2,934.60万元，其中基本支出786.42万元，项目支出2,148.18万元。基本支出中，工资福利支出"
          "652.36万元，商品和服务支出98.54万元，对个人和家庭的补助35.52万元。预算执行率97.82%，年末结转结余"
          "65.40万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成病险水库除险加固4座，治理水土流失面积32.6平方公里，新建改造农村供水管网86公里，巩固提升"
          "农村饮水受益人口4.2万人；落实河湖长巡河巡湖1,860人次。"),
    ("h", "四、自评结论"),
    ("p", "根据县财政局评价办法，评价结果分为四个等级：85分（含）以上为优，75分（含）至85分为良，60分（含）至"
          "75分为中，60分以下为差。经逐项评分，我局2018年度部门整体支出绩效自评得分87.5分，等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "1、部分水利工程项目前期工作滞后，影响资金支付进度。"),
    ("p", "2、小型水利工程管护经费不足，长效管护机制有待健全。"),
    ("h", "六、改进措施"),
    ("p", "1、提前谋划项目储备，加快前期手续办理。"),
    ("p", "2、积极争取管护经费，推行小型水利工程物业化管护。"),
]


def doc_luotian(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("罗田县水利和湖泊局\n2018年度部门整体支出绩效自评报告", size=15)
    p.blocks(LUOTIAN)
    p.right("罗田县水利和湖泊局")
    p.right("2019年4月8日")
    p.save()


# =========================================================================== 6. chengmai (到位资金; scale only; T3, T9)
CHENGMAI = [
    ("h", "一、项目概况"),
    ("p", "冬季瓜菜生产基地建设项目由县农业局组织实施，在全县冬季瓜菜主产区建设标准化生产基地，配套田间"
          "灌溉设施，开展种植技术培训，提高冬季瓜菜产量和品质。"),
    ("h", "二、项目资金情况"),
    ("p", "项目全年预算数480.00万元，其中中央财政资金200.00万元、省级财政资金180.00万元、县级配套资金100.00"
          "万元。截至2016年12月31日，中央和省级资金已全部下达到位，县级配套资金到位40.00万元，实际到位资金"
          "420.00万元，尚有60.00万元未到位。"),
    ("p", "项目全年实际支出411.18万元。由于县级配套资金未足额到位，项目预算执行率按实际到位资金计算，为"
          "97.90%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年建设冬季瓜菜标准化生产基地1.5万亩，铺设田间灌溉管网42公里，培训瓜菜种植户1,260人次，带动农户"
          "2,380户，基地亩均增收860元。"),
    ("h", "四、自评结论"),
    ("p", "评价结果分为优（90分及以上）、良（80—89分）、中（60—79分）、差（60分以下）四个等级。经对照项目绩效"
          "评价指标逐项自评，本项目绩效等级评定为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（1）县级配套资金到位不及时，影响项目建设进度。（2）部分基地灌溉设施管护责任不明确。"),
    ("h", "六、改进措施"),
    ("p", "（1）将县级配套资金纳入年初预算足额安排。（2）落实村集体和种植大户的设施管护责任。"),
]


def doc_chengmai(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=11, creator="Microsoft® Word 2010")
    p.title("澄迈县农业局2016年度冬季瓜菜生产基地建设项目\n绩效自评报告", size=15)
    p.blocks(CHENGMAI)
    p.right("澄迈县农业局")
    p.right("2017年3月2日")
    p.save()


# =========================================================================== 7. zijin (stated rate; E2)
ZIJIN = [
    ("h", "一、项目基本情况"),
    ("p", "义务教育薄弱环节改善与能力提升项目由县教育局组织实施，用于改善农村薄弱学校校舍和运动场地条件，"
          "配齐课桌椅等基本教学设施设备，推动县域义务教育均衡发展。"),
    ("h", "二、项目资金安排及使用情况"),
    ("p", "2020年，上级下达项目资金1,260.00万元，其中中央资金860.00万元、省级资金400.00万元；县财政安排配套"
          "资金140.00万元。项目全年预算1,400.00万元，实际到位资金1,400.00万元，资金到位率100%。"),
    ("p", "截至2020年12月31日，项目实际支出1,352.26万元，年末结余47.74万元，预算执行率98.59%。结余资金为工程"
          "质量保证金，待质保期满后支付。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年改造薄弱学校校舍2.36万平方米，新建学校运动场8个，购置课桌椅4,200套，项目惠及学生1.86万人。"),
    ("h", "四、自评结论"),
    ("p", "经自评，本项目自评得分91分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分工程招标时间较长，开工时间推迟。"),
    ("p", "2.项目学校对新建设施的日常维护重视不够。"),
    ("h", "六、改进措施"),
    ("p", "1.提前做好项目设计和招标准备工作。"),
    ("p", "2.督促项目学校建立设施设备管理维护制度。"),
]


def doc_zijin(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("紫金县教育局2020年度义务教育薄弱环节改善与能力提升项目\n绩效自评报告", size=14)
    p.blocks(ZIJIN)
    p.right("紫金县教育局")
    p.right("2021年3月19日")
    p.save()


# =========================================================================== 8. jingyuan (DOCX; E3)
def doc_jingyuan(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "泾源县卫生和计划生育局", 18)
    office.centred_title(d, "2017年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "泾源县卫生和计划生育局负责全县医疗卫生、公共卫生、计划生育和基层卫生服务体系建设的统筹管理，"
            "下属县级医疗卫生单位4个、乡镇卫生院7个。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, "2017年部门年初预算4,286.70万元，年中追加713.30万元，全年预算5,000.00万元，其中一般公共预算财政拨款"
            "4,862.00万元，上年结转138.00万元。")
    para(d, "全年支出4,912.50万元，其中基本支出1,268.34万元（人员经费1,092.16万元，公用经费176.18万元），项目支出"
            "3,644.16万元。预算执行率98.25%，年末结转结余87.50万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年家庭医生签约服务2.36万人，孕产妇住院分娩率99.6%，免费为65岁以上老年人健康体检4,860人，"
            "培训乡村医生320人次。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "评价等级分为优（90分以上，含90分）、良（80—90分）、中（60—80分）、差（60分以下）。经自评，"
            "决策类指标15分得13.5分，过程类指标20分得17.2分，产出类指标40分得32.5分，效益类指标25分得21分，"
            "自评得分84.2分，评价等级为“优”。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "一是基层卫生人才短缺，乡镇卫生院服务能力不强；二是部分项目资金下达较晚，年底支出集中。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "一是实施基层卫生人才定向培养，提高服务能力；二是加快项目资金分配下达；三是加强绩效运行监控。")
    office.aligned(d, "泾源县卫生和计划生育局", "right")
    office.aligned(d, "2018年3月26日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 9. pingyi (DOCX with Word tables; T1)
PINGYI_FILES = [
    ["资金来源", "文件文号", "金额（元）"],
    ["中央衔接推进乡村振兴补助资金", "县财指〔2022〕12号", "1,234,567.00"],
    ["省级补助资金", "县财指〔2022〕27号", "782,681.00"],
    ["县级配套资金", "县财指〔2022〕41号", "482,752.00"],
    ["合计", "", "2,500,000.00"],
]
PINGYI_IND = [
    ("产出指标", "数量指标", "新建金银花标准化种植基地", "≥3000亩", "3200亩", "15", "15", ""),
    ("产出指标", "数量指标", "建设烘干加工设施", "≥5处", "5处", "10", "10", ""),
    ("产出指标", "质量指标", "种苗成活率", "≥90%", "93.5%", "10", "10", ""),
    ("产出指标", "时效指标", "项目完成及时率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "成本指标", "亩均建设成本", "≤600元", "585元", "5", "5", ""),
    ("效益指标", "经济效益指标", "带动种植户增收", "≥2000元/户", "2150元/户", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动脱贫户和监测户", "≥300户", "286户", "10", "8", "部分农户种植意愿不强"),
    ("效益指标", "可持续影响指标", "基地持续发挥效益年限", "≥5年", "5年", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "94%", "10", "10", ""),
]


def doc_pingyi(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "平邑县农业农村局2022年度金银花产业提升项目", 16)
    office.centred_title(d, "绩效自评报告", 16)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "金银花产业提升项目由县农业农村局组织实施，建设金银花标准化种植基地和产地烘干加工设施，"
            "推广绿色种植技术，带动脱贫户和监测户发展金银花产业增收。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "2022年项目全年预算250.00万元，其中中央衔接推进乡村振兴补助资金123.46万元、省级补助资金78.27万元、"
            "县级配套资金48.28万元，资金下达文件见表1。")
    para(d, "表1　项目资金下达情况", indent=False)
    table(d, PINGYI_FILES)
    para(d, "全年实际支出246.35万元，预算执行率98.54%，结余3.65万元。项目资金执行情况见表2。")
    para(d, "表2　项目资金执行情况", indent=False)
    funds = [
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "250.00", "250.00", "246.35", "10", pct("246.35", "250.00"), "9.85"],
        ["其中：财政拨款", "250.00", "250.00", "246.35", E, E, E],
        ["上年结转资金", E, E, E, E, E, E],
        ["其他资金", E, E, E, E, E, E],
    ]
    table(d, funds)
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年新建金银花标准化种植基地3,200亩，建设烘干加工设施5处，带动脱贫户和监测户286户。各项绩效指标"
            "完成情况见表3。")
    para(d, "表3　绩效指标完成情况", indent=False)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    rows += [list(r) for r in PINGYI_IND]
    rows.append(["总分", "", "", "", "", "100", "97.85", ""])
    merges = []
    for col in (0, 1):
        k = 0
        while k < len(PINGYI_IND):
            j = k
            while j + 1 < len(PINGYI_IND) and PINGYI_IND[j + 1][col] == PINGYI_IND[k][col]:
                j += 1
            if j > k:
                merges.append(((1 + k, col), (1 + j, col)))
            k = j + 1
    merges.append(((len(rows) - 1, 0), (len(rows) - 1, 4)))
    table(d, rows, merges)
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "本项目自评得分97.85分，自评等级为优。")
    office.bold_line(d, "五、存在的问题及改进措施", indent=24)
    para(d, "问题：1.部分农户对标准化种植技术掌握不够；2.烘干设施季节性闲置。")
    para(d, "措施：1.组织技术人员开展田间指导；2.探索烘干设施多品种共享使用。")
    office.aligned(d, "平邑县农业农村局", "right")
    office.aligned(d, "2023年2月20日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 10. linyun (HTML portal; T8)
LINYUN_PARAS = [
    ("b", "一、项目基本情况"),
    ("p", "小型水库除险加固项目由县水利局组织实施，对存在安全隐患的小型水库进行坝体防渗加固、溢洪道改造和"
          "管理设施完善，消除水库安全隐患，恢复水库灌溉和防洪功能。"),
    ("b", "二、项目资金使用情况"),
    ("p", "2025年项目全年预算数620.00万元，其中中央补助资金380.00万元、自治区补助资金160.00万元、县级配套资金"
          "80.00万元，资金均已拨付到位。全年实际支出604.52万元，预算执行率97.50%，结余15.48万元。"),
    ("p", "其中，坝体防渗加固子项目预算260.00万元，已支出256.10万元，执行率98.50%。"),
    ("b", "三、项目绩效目标完成情况"),
    ("p", "全年完成小型水库除险加固4座，新建防汛道路3.6公里，恢复灌溉面积0.86万亩，水库下游1.3万人的防洪安全"
          "得到保障。"),
    ("b", "四、自评结果"),
    ("p", "项目自评得分为95.5分，评定等级为“优”。"),
    ("b", "五、存在的问题"),
    ("p", "1.个别水库施工受雨季影响，工期有所延后。"),
    ("p", "2.水库运行管护人员专业能力不足。"),
    ("b", "六、下一步措施"),
    ("p", "（一）合理安排施工时序，避开主汛期施工。"),
    ("p", "（二）开展水库管护人员业务培训。"),
]


def linyun_html() -> str:
    body = "\n".join(f"<p><b>{t}</b></p>" if k == "b" else f"<p>{t}</p>" for k, t in LINYUN_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="凌云县人民政府门户网站">
<title>凌云县水利局2025年度小型水库除险加固项目绩效自评报告 - 凌云县人民政府门户网站</title>
</head>
<body>
<div class="head"><span>凌云县人民政府门户网站</span> <a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">无障碍阅读</a></div>
<div class="menu"><a href="#">首页</a> <a href="#">信息公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">魅力凌云</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">财政预决算</a> &gt; <a href="#">绩效评价</a></div>
<h2>凌云县水利局2025年度小型水库除险加固项目绩效自评报告</h2>
<div class="panel">信息来源：凌云县水利局　　发布时间：2026-03-27 10:12　　浏览次数：<span>86</span>　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article">
{body}
<p align="right">凌云县水利局</p>
<p align="right">2026年3月25日</p>
</div>
<div class="print"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></div>
<div class="bottom">
<p>版权所有：凌云县人民政府办公室　网站标识码：4510270006</p>
<p>桂ICP备13003615号　桂公网安备45102702000031号</p>
</div>
</body>
</html>
"""


# =========================================================================== 11. jingde (TXT from a sharing site; E5)
JINGDE_TXT = """旌德县文化旅游体育局2020年度部门整体支出绩效自评报告.docx
（6页）
本文档由用户上传，仅供学习参考。下载积分：10　　浏览：328次　　上传时间：2021-09-14
文档简介：部门整体支出绩效自评报告范文，可编辑

旌德县文化旅游体育局2020年度部门整体支出绩效自评报告

一、部门基本情况
旌德县文化旅游体育局负责全县文化事业、文化产业、旅游业和体育事业发展，承担公共文化服务体系建设、文物保护、旅游市场监管和全民健身等工作，局机关内设股室7个，下属事业单位4个。

二、部门预算收支情况
2020年部门年初预算1,862.50万元，年中追加248.60万元，因部分活动取消调减36.40万元，调整后预算2,084.70万元。调整后预算中，一般公共预算财政拨款1,904.70万元，政府性基金预算财政拨款120.00万元，上年结转60.00万元。
全年支出2,041.26万元，其中基本支出1,126.48万元，项目支出914.78万元。预算执行率97.92%，年末结转结余43.44万元。

三、绩效目标完成情况
全年开展送戏进村136场，公共图书馆接待读者8.6万人次，举办全民健身活动42场；全县接待游客186.5万人次。

四、自评结论
经自评，本单位2020年度部门整体支出绩效自评得分93分，等级为优。

五、存在的问题
1.部分文化活动受疫情影响取消或延期，预算调整较多。
2.基层文化设施利用率不高。

六、改进措施
（1）科学编制年度预算，减少年中调整。
（2）推动基层文化设施免费开放和错时开放。
（3）加强项目绩效跟踪管理。

旌德县文化旅游体育局
2021年3月30日

相关文档
部门整体支出绩效自评报告模板（通用8篇）
文化旅游体育局年度工作总结
猜你喜欢
项目支出绩效自评表填写说明
"""


# =========================================================================== 12. midu (PDF in 元; T6, T7)
MIDU = [
    ("h", "一、部门基本情况"),
    ("p", "弥渡县市场监督管理局负责全县市场主体登记注册、食品药品安全监管、特种设备安全监察、产品质量"
          "监督、知识产权保护和消费者权益保护等工作，局机关内设股室10个，下设基层市场监管所8个。"),
    ("h", "二、部门收支情况"),
    ("p", "（一）预算安排。2022年年初预算19,862,340.00元，年中追加2,137,660.00元，全年预算22,000,000.00元。"),
    ("p", "（二）收入情况。本年收入合计22,000,000.00元，全部为一般公共预算财政拨款收入，较上年收入"
          "20,846,512.36元增加1,153,487.64元，增长5.53%。"),
    ("p", "（三）支出情况。本年支出合计21,563,418.52元，其中基本支出15,286,430.16元，项目支出6,276,988.36元。"
          "基本支出中，工资福利支出13,012,864.20元，商品和服务支出1,926,342.58元，对个人和家庭的补助"
          "347,223.38元。"),
    ("p", "（四）预算执行。全年预算执行率98.02%，年末结转结余436,581.48元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年检查各类市场主体6,842户次，完成食品安全抽检1,260批次，受理消费者投诉举报846件，新增市场主体"
          "2,316户。"),
    ("h", "四、自评结论"),
    ("p", "按照部门整体支出绩效评价指标体系（总分100分）逐项自评，本部门2022年度自评得分93.5分，等级为“优”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）基层监管所执法装备不足。（二）食品快检能力有待提升。"),
    ("h", "六、改进措施"),
    ("p", "（一）分年度配备基层执法装备。（二）推进食品快检室标准化建设。"),
]


def doc_midu(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=1, size=11, creator="Microsoft® Word 2019")
    p.title("弥渡县市场监督管理局\n2022年度部门整体支出绩效自评报告", size=15)
    p.blocks(MIDU)
    p.right("弥渡县市场监督管理局")
    p.right("2023年3月10日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "yanqing-yuanlin-2023.pdf": doc_yanqing,
        "qushui-zangji-2019.pdf": doc_qushui,
        "qingpu-tiyu-2021.html": lambda p: write_text(p, qingpu_html()),
        "shizhu-fanghuo-2024.xlsx": doc_shizhu,
        "luotian-shuili-2018.pdf": doc_luotian,
        "chengmai-guacai-2016.pdf": doc_chengmai,
        "zijin-jiaoyu-2020.pdf": doc_zijin,
        "jingyuan-weiji-2017.docx": doc_jingyuan,
        "pingyi-jinyinhua-2022.docx": doc_pingyi,
        "linyun-shuiku-2025.html": lambda p: write_text(p, linyun_html()),
        "jingde-wenlv-2020.txt": lambda p: write_text(p, JINGDE_TXT),
        "midu-shijian-2022.pdf": doc_midu,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
