#!/usr/bin/env python3
"""Regenerate the heldout28 evaluation batch (10 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout28/make_heldout28.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and Markdown documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML and Markdown are UTF-8 without BOM, LF line ends.
The batch is about the national standard forms (部门整体支出绩效自评表, 项目支出绩效自评表: 年初预算数 /
全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, 按收入性质分 / 按支出性质分, 年度总体目标, indicator rows
and a 总分 row), appended to a narrative or published alone, by departments of prefecture-level cities
and of two provincial-level governments: four office-exported PDFs (a narrative with the form on its
last page, a ruled form split over two pages with its header row repeated, a ruled bare form, a
project narrative), two Word files with Word tables, a two-sheet workbook, two portal pages (one
whose form is an HTML table with rowspan / colspan) and a Markdown paste. Five real inconsistencies
are planted; eight figures only look inconsistent. Every sentence and figure below is invented;
place names are real.
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

FONT = "WQY28"
FIXED_DT = datetime.datetime(2026, 12, 21, 10, 15, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"
IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
FUND_HEAD = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]

NO_LINE_START = "，。、；：！？）》”%"

Merges = dict[tuple[int, int], tuple[int, int]]


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


def exec_score(executed: str, budget: str, weight: int = 10) -> str:
    rate = Decimal(pct(executed, budget)[:-1])
    return str((rate * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页`, or none),
    a right-aligned line and a ruled grid with merged cells (heldout27's)."""

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

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], merges: Merges | None = None,
             size: float = 9, align: Sequence[str] | None = None) -> None:
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
        if self.y - sum(heights) < self.bottom - 1:
            raise ValueError("grid does not fit on the page")
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


# =========================================================================== the standard form, as rows
def level_merges(indicators: Sequence[Sequence[str]], first: int) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (starting at row `first`) down their runs."""
    merges: Merges = {}
    for col in (0, 1):
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and indicators[j + 1][col] == indicators[k][col] and (
                    col == 0 or indicators[j + 1][0] == indicators[k][0]):
                j += 1
            if j > k:
                merges[(first + k, col)] = (j - k + 1, 1)
            k = j + 1
    return merges


def standard_form(head: list[list[str]], head_merges: Merges, funds_label: str,
                  funds: Sequence[Sequence[str]], expect: str, actual: str,
                  indicators: Sequence[Sequence[str]], total: Sequence[str]) -> tuple[list[list[str]], Merges]:
    """The central template as 8 columns: head rows, the funds block (label merged down), 年度总体目标
    (预期目标 / 实际完成情况), the indicator header and rows (一级 / 二级 merged), the 总分 row."""
    rows = [list(r) for r in head]
    merges = dict(head_merges)
    f0 = len(rows)
    rows.append([funds_label, ""] + FUND_HEAD)
    rows += [["", *r] for r in funds]
    merges[(f0, 0)] = (len(funds) + 1, 1)
    g0 = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    rows.append(["", expect, "", "", actual, "", "", ""])
    merges.update({(g0, 0): (2, 1), (g0, 1): (1, 3), (g0, 4): (1, 4), (g0 + 1, 1): (1, 3), (g0 + 1, 4): (1, 4)})
    rows.append(list(IND_HEAD))
    i0 = len(rows)
    rows += [list(r) for r in indicators]
    merges.update(level_merges(indicators, i0))
    rows.append(["总分", "", "", "", "", *total])
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


FORM_WIDTHS = [11, 13, 17, 11, 11, 6, 8, 16]
FORM_ALIGN = ["l", "l", "l", "c", "c", "c", "c", "l"]


# =========================================================================== 1. hebi (narrative + form on page 3; T4, T5)
HEBI_IND = [
    ("产出指标", "数量指标", "重点行业企业执法检查", "≥1200家次", "1286家次", "15", "15", ""),
    ("产出指标", "数量指标", "农村生活污水治理村", "≥45个", "48个", "10", "10", ""),
    ("产出指标", "质量指标", "环境信访件按期办结率", "≥95%", "97.2%", "10", "10", ""),
    ("产出指标", "时效指标", "监测数据按时报送率", "=100%", "100%", "10", "10", ""),
    ("效益指标", "生态效益指标", "空气质量优良天数", "≥240天", "236天", "15", "13.5",
     "受不利气象条件影响未达目标，将加强重污染天气应对"),
    ("效益指标", "生态效益指标", "地表水国省控断面达标率", "=100%", "100%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "生态环境保护长效机制", "健全", "健全", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥85%", "88.6%", "10", "10", ""),
]
HEBI = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。鹤壁市生态环境局负责全市生态环境保护的统一监督管理，组织开展大气、水、土壤污染"
          "防治，承担生态环境监测、执法和突发生态环境事件应急处置工作，指导各县区生态环境分局开展工作。"),
    ("p", "（二）机构设置。局机关内设科室11个，下属事业单位3个，派出机构5个。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算情况。2023年部门年初预算4,126.50万元，年中追加612.30万元，全年预算4,738.80万元。全年预算"
          "中，一般公共预算财政拨款4,218.80万元，政府性基金预算财政拨款400.00万元，上年结转120.00万元。"),
    ("p", "（二）支出情况。2023年本年支出4,652.37万元，较上年支出4,318.65万元增加333.72万元，增长7.73%，主要是"
          "大气污染防治项目支出增加。本年支出中，基本支出1,836.42万元（人员经费1,582.16万元、公用经费254.26"
          "万元），项目支出2,815.95万元，主要用于大气污染防治、水污染防治、生态环境监测能力建设和执法装备"
          "购置等方面。"),
    ("p", "（三）预算执行。全年预算执行率98.18%，年末结转结余86.43万元，主要为跨年实施的监测站点改造项目"
          "尾款。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "（一）产出情况。全年开展重点行业企业执法检查1,286家次，建成农村生活污水治理村48个，办理群众环境"
          "信访件612件，按期办结率97.2%；各类监测数据均按时报送。"),
    ("p", "（二）效益情况。全市空气质量优良天数236天，受不利气象条件影响，较年度目标少4天；地表水国省控断面"
          "水质全部达标，土壤环境风险得到有效管控。"),
    ("p", "（三）满意度情况。通过委托第三方开展问卷调查，公众对生态环境的满意度为88.6%。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效自评表逐项评分，年度资金执行得分9.82分，绩效指标得分88.5分，本部门2023年度"
          "部门整体支出绩效自评得分98.32分，等级为优。自评表见附件。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分项目资金下达较晚，支出进度前慢后快。"),
    ("p", "（二）空气质量改善成效受气象条件影响较大，个别指标未达预期。"),
    ("h", "六、改进措施"),
    ("p", "1.加快项目前期工作和资金拨付进度，均衡支出。"),
    ("p", "2.加强重污染天气应对和区域联防联控。"),
    ("p", "3.进一步细化绩效指标，提高指标的可衡量性。"),
]


def doc_hebi(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=12, margin=80, creator="Microsoft® Word 2016")
    p.title("鹤壁市生态环境局\n2023年度部门整体支出绩效自评报告", size=17)
    p.blocks(HEBI)
    p.para("附件：鹤壁市生态环境局2023年度部门整体支出绩效自评表", indent=False)
    p.right("鹤壁市生态环境局")
    p.right("2024年3月28日")
    p.new_page()
    p.m, p.cw = 46, p.W - 92
    p.title("部门整体支出绩效自评表", size=15)
    p.center("（2023年度）", size=10)
    funds = [
        ["年度资金总额", "4,126.50", "4,738.80", "4,652.37", "10", pct("4652.37", "4738.80"),
         exec_score("4652.37", "4738.80")],
        ["按收入性质分：一般公共预算", "3,726.50", "4,218.80", "4,138.21", E, E, E],
        ["政府性基金", "400.00", "400.00", "394.16", E, E, E],
        ["上年结转", E, "120.00", "120.00", E, E, E],
        ["其他资金", E, E, E, E, E, E],
        ["按支出性质分：基本支出", E, E, "1,836.42", E, E, E],
        ["项目支出", E, E, "2,815.95", E, E, E],
    ]
    rows, merges = standard_form(
        [["部门（单位）名称", "鹤壁市生态环境局", "", "", "", "", "", ""]], {(0, 1): (1, 7)},
        "年度预算申请（万元）", funds,
        "深入打好蓝天、碧水、净土保卫战，加强生态环境执法监管和监测能力建设，持续改善全市生态环境质量。",
        "全年开展重点行业执法检查，推进农村生活污水治理，地表水国省控断面全部达标，空气质量总体稳定，"
        "生态环境监测和执法能力进一步提升。",
        HEBI_IND, ["100", "98.32", "优"])
    p.grid(rows, FORM_WIDTHS, merges, size=8.5, align=FORM_ALIGN)
    p.save()
    if p.page != 3:
        raise ValueError(f"hebi has {p.page} pages")


# =========================================================================== 2. hunan (form over two pages; E4, T7)
HUNAN_IND = [
    ("产出指标", "数量指标", "维护自动雨量站", "≥1800个", "1826个", "10", "10", ""),
    ("产出指标", "数量指标", "维护自动水位站", "≥420个", "431个", "10", "10", ""),
    ("产出指标", "数量指标", "维护县级监测预警平台", "≥110个", "114个", "10", "10", ""),
    ("产出指标", "质量指标", "监测站点数据畅通率", "≥95%", "96.8%", "10", "10", ""),
    ("产出指标", "时效指标", "汛前维护完成时间", "4月底前", "4月下旬完成", "5", "5", ""),
    ("产出指标", "成本指标", "单站年均维护成本", "≤1.2万元", "1.08万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "预警信息发布及时率", "=100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "因山洪灾害死亡人数", "=0人", "0人", "10", "10", ""),
    ("效益指标", "可持续影响指标", "监测预警系统持续运行", "长期", "长期运行", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "88.4%", "10", "9",
     "部分偏远山区群众对预警信息接收渠道不熟悉，将加强宣传"),
]
HUNAN_SPLIT = 6  # indicator rows on page 1


def doc_hunan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=10, margin=46, creator="Microsoft® Excel 2016")
    p.title("项目支出绩效自评表", size=15)
    p.center("（2021年度）", size=10)
    funds = [
        ["年度资金总额", "1,850.00", "2,100.00", "2,043.72", "10", pct("2043.72", "2100.00"),
         exec_score("2043.72", "2100.00")],
        ["其中：中央财政资金", "1,200.00", "1,200.00", "1,186.40", E, E, E],
        ["省级财政资金", "650.00", "750.00", "707.32", E, E, E],
        ["上年结转资金", E, "150.00", "150.00", E, E, E],
        ["其他资金", E, E, E, E, E, E],
    ]
    head = [["项目名称", "山洪灾害防治非工程措施运行维护项目", "", "", "", "", "", ""],
            ["主管部门", "湖南省水利厅", "", "", "实施单位", "湖南省水旱灾害防御事务中心", "", ""]]
    rows, merges = standard_form(
        head, {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3)}, "项目资金（万元）", funds,
        "做好全省山洪灾害监测预警系统运行维护，保障自动雨量站、水位站和县级监测预警平台汛期正常运行，"
        "及时发布预警信息，最大限度减少人员伤亡。",
        "完成自动雨量站1826个、自动水位站431个和县级监测预警平台114个的运行维护，汛期站点数据畅通率"
        "96.8%，全年未发生因山洪灾害造成的人员死亡。",
        HUNAN_IND, ["100", "93.73", "优"])
    cut = len(rows) - 1 - len(HUNAN_IND) + HUNAN_SPLIT  # first indicator row of page 2
    first = {k: v for k, v in merges.items() if k[0] < cut}
    p.grid(rows[:cut], FORM_WIDTHS, level_merges_cut(first, cut), size=9, align=FORM_ALIGN)
    p.new_page()
    second = [list(IND_HEAD)] + rows[cut:]
    tail = {(r - cut + 1, c): v for (r, c), v in merges.items() if r >= cut}
    tail.update(level_merges(HUNAN_IND[HUNAN_SPLIT:], 1))
    p.grid(second, FORM_WIDTHS, tail, size=9, align=FORM_ALIGN)
    p.para("填报单位（盖章）：湖南省水旱灾害防御事务中心　　填报人：刘××　　填报日期：2022年4月15日",
           indent=False, size=9)
    p.save()


def level_merges_cut(merges: Merges, cut: int) -> Merges:
    """Merges of the rows before `cut`, a merge that runs past the cut ending at it (the page break)."""
    return {(r, c): (min(rs, cut - r), cs) for (r, c), (rs, cs) in merges.items()}


# =========================================================================== 3. dongying (bare department form; E1)
DONGYING_IND = [
    ("产出指标", "数量指标", "农村公路提档升级里程", "≥180公里", "186公里", "15", "15", ""),
    ("产出指标", "数量指标", "新改建桥梁", "≥12座", "12座", "10", "10", ""),
    ("产出指标", "质量指标", "交通工程交工验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "重点工程按期完工率", "≥95%", "92%", "10", "8", "两个项目受征地影响延期，已督促加快进度"),
    ("产出指标", "成本指标", "农村公路提档升级单位成本", "≤85万元/公里", "82.6万元/公里", "5", "5", ""),
    ("效益指标", "社会效益指标", "新开通城乡公交线路", "≥8条", "8条", "15", "15", ""),
    ("效益指标", "可持续影响指标", "农村公路优良中等路率", "≥88%", "86.3%", "15", "14.5", "部分路段养护不及时，已纳入次年养护计划"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.8%", "10", "10", ""),
]


def doc_dongying(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10, margin=46, creator="WPS 表格")
    p.title("部门整体支出绩效自评表", size=15)
    p.center("（2022年度）", size=10)
    funds = [
        ["年度资金总额", "8,620.00", "9,480.60", "9,236.84", "10", pct("9236.84", "9480.60"),
         exec_score("9236.84", "9480.60")],
        ["按收入性质分：一般公共预算", "7,620.00", "8,180.60", "7,986.84", E, E, E],
        ["政府性基金", "1,000.00", "1,000.00", "950.00", E, E, E],
        ["上年结转", E, "300.00", "300.00", E, E, E],
        ["其他资金", E, E, E, E, E, E],
        ["按支出性质分：基本支出", E, E, "2,364.52", E, E, E],
        ["项目支出", E, E, "6,862.32", E, E, E],
    ]
    rows, merges = standard_form(
        [["部门（单位）名称", "东营市交通运输局", "", "", "", "", "", ""]], {(0, 1): (1, 7)},
        "年度预算申请（万元）", funds,
        "推进“四好农村路”建设，实施农村公路提档升级和危桥改造，优化城乡公交线网，提升交通运输服务保障"
        "能力。",
        "完成农村公路提档升级186公里，新改建桥梁12座，新开通城乡公交线路8条，交通运输服务保障能力进一步"
        "提升。",
        DONGYING_IND, ["100", "97.24", "优"])
    p.grid(rows, FORM_WIDTHS, merges, size=8.5, align=FORM_ALIGN)
    p.para("填报单位（盖章）：东营市交通运输局　　填报日期：2023年4月6日", indent=False, size=9)
    p.save()


# =========================================================================== 4. xinjiang (portal page, HTML table form; T1, T3)
XINJIANG_IND = [
    ("产出指标", "数量指标", "动物疫病监测采样", "≥18万份", "18.6万份", "15", "15", ""),
    ("产出指标", "数量指标", "培训基层防疫员", "≥3000人次", "3420人次", "10", "10", ""),
    ("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", "95.6%", "15", "15", ""),
    ("产出指标", "时效指标", "疫情报告及时率", "=100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "=0次", "0次", "15", "15", ""),
    ("效益指标", "可持续影响指标", "动物防疫体系运行", "稳定", "基本稳定", "10", "9", "部分县级动物疫病预防控制机构人员不足"),
    ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥92%", "91.2%", "15", "14", "偏远牧区服务覆盖不足"),
]
XINJIANG_PARAS = [
    ("b", "一、部门基本情况"),
    ("p", "自治区畜牧兽医局主要负责全区畜牧业和兽医事业发展，组织实施重大动物疫病防控、动物卫生监督、"
          "畜禽良种繁育和畜产品质量安全监管等工作。机关内设处室9个，直属事业单位6个。"),
    ("b", "二、部门预算收支情况"),
    ("p", "2020年部门年初预算12,460.00万元，年中追加826.50万元，全年预算13,286.50万元；全年执行13,012.34万元，"
          "预算执行率97.94%。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年组织开展动物疫病监测采样18.6万份，培训基层防疫员3,420人次，应免畜禽免疫密度95.6%，建设标准化"
          "规模养殖场62个，全区未发生区域性重大动物疫情。"),
    ("b", "四、自评结论"),
    ("p", "经自评，本部门2020年度部门整体支出绩效自评得分97.79分，等级为优。部门整体支出绩效自评表如下。"),
]
XINJIANG_FUNDS = [  # label, 年初, 全年, 执行
    ("年度资金总额", "12,460.00", "13,286.50", "13,012.34"),
    ("按收入性质分：一般公共预算", "10,960.00", "11,786.50", "11,512.34"),
    ("政府性基金", E, E, E),
    ("上年结转", "1,500.00", "1,500.00", "1,500.00"),
    ("其他资金", E, E, E),
    ("按支出性质分：基本支出", E, E, "3,286.12"),
    ("项目支出", E, E, "9,726.22"),
]
XINJIANG_TAIL = [
    ("b", "五、存在的问题"),
    ("p", "（一）基层动物防疫队伍力量薄弱，专业技术人员不足。"),
    ("p", "（二）部分项目绩效目标设置不够细化，个别指标难以量化考核。"),
    ("b", "六、改进措施"),
    ("p", "（一）加强基层防疫员培训和队伍建设。"),
    ("p", "（二）规范绩效目标编制，提高指标的针对性和可衡量性。"),
]


def xinjiang_table() -> str:
    out = ['<table class="form" border="1" cellspacing="0" cellpadding="4">',
           "<caption>部门整体支出绩效自评表（2020年度）</caption>",
           '<tr><td>部门（单位）名称</td><td colspan="7">新疆维吾尔自治区畜牧兽医局</td></tr>',
           f'<tr><td rowspan="{len(XINJIANG_FUNDS) + 1}">年度预算申请（万元）</td><td></td>'
           + "".join(f"<td>{h}</td>" for h in FUND_HEAD) + "</tr>"]
    for k, (label, initial, year, done) in enumerate(XINJIANG_FUNDS):
        tail = [10, pct(done, year), exec_score(done, year)] if k == 0 else [E, E, E]
        out.append("<tr>" + "".join(f"<td>{v}</td>" for v in (label, initial, year, done, *tail)) + "</tr>")
    out.append('<tr><td rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="4">实际完成情况</td></tr>')
    out.append('<tr><td colspan="3">做好重大动物疫病强制免疫和监测，健全基层动物防疫体系，保障畜牧业生产安全和'
               '畜产品质量安全。</td><td colspan="4">完成年度强制免疫和监测任务，全区未发生区域性重大动物疫情，'
               '基层动物防疫能力有所提升。</td></tr>')
    out.append("<tr>" + "".join(f"<td>{h}</td>" for h in IND_HEAD) + "</tr>")
    merges = level_merges(XINJIANG_IND, 0)
    covered = {(rr, c) for (r, c), (rs, _) in merges.items() for rr in range(r + 1, r + rs)}
    for r, row in enumerate(XINJIANG_IND):
        cells = []
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            rs = merges.get((r, c), (1, 1))[0]
            cells.append(f'<td rowspan="{rs}">{v}</td>' if rs > 1 else f"<td>{v}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append('<tr><td colspan="5">总分</td><td>100</td><td>97.79</td><td>优</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def xinjiang_html() -> str:
    def body(paras):
        return "\n".join(f"<p><strong>{t}</strong></p>" if k == "b" else f"<p>　　{t}</p>" for k, t in paras)

    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="新疆维吾尔自治区畜牧兽医局">
<meta name="ColumnName" content="财政预决算">
<title>新疆维吾尔自治区畜牧兽医局2020年度部门整体支出绩效自评报告-财政预决算</title>
</head>
<body>
<div class="topbar">新疆维吾尔自治区畜牧兽医局 | <a href="#">无障碍浏览</a> | <a href="#">ئۇيغۇرچە</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">机构概况</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="location">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政预决算</a></div>
<table class="meta">
<tr><td>索引号：</td><td>XJXM-2021-00047</td><td>发文机关：</td><td>新疆维吾尔自治区畜牧兽医局</td></tr>
<tr><td>成文日期：</td><td>2021-05-20</td><td>发布日期：</td><td>2021-05-26</td></tr>
</table>
<h1>新疆维吾尔自治区畜牧兽医局2020年度部门整体支出绩效自评报告</h1>
<div class="info">来源：计划财务处　　浏览量：<span>233</span>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="article">
{body(XINJIANG_PARAS)}
{xinjiang_table()}
{body(XINJIANG_TAIL)}
<p style="text-align:right">新疆维吾尔自治区畜牧兽医局</p>
<p style="text-align:right">2021年5月20日</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="footer">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办单位：新疆维吾尔自治区畜牧兽医局　网站标识码：6500000061</p>
<p>新ICP备05002347号-1</p>
</div>
</body>
</html>
"""


# =========================================================================== 5. yingtan (DOCX narrative + Word form; T2)
YINGTAN_IND = [
    ("产出指标", "数量指标", "定点医药机构现场检查", "≥400家次", "412家次", "15", "15", ""),
    ("产出指标", "数量指标", "异地就医直接结算", "≥3万人次", "3.6万人次", "10", "10", ""),
    ("产出指标", "质量指标", "医保经办业务差错率", "≤1%", "0.6%", "10", "10", ""),
    ("产出指标", "时效指标", "医疗费用报销办结时限", "≤20个工作日", "15个工作日", "10", "10", ""),
    ("效益指标", "社会效益指标", "基本医疗保险参保率", "≥97%", "97.3%", "20", "20", ""),
    ("效益指标", "可持续影响指标", "医保基金运行", "收支平衡", "收支平衡、略有结余", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "87.5%", "15", "12",
     "部分群众对异地就医备案流程不熟悉，将加强政策宣传"),
]


def doc_yingtan(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "鹰潭市医疗保障局", 18)
    office.centred_title(d, "2019年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "鹰潭市医疗保障局于2019年组建，负责全市城镇职工和城乡居民基本医疗保险、生育保险、医疗救助等"
            "医疗保障制度的组织实施和医保基金监督管理，内设科室6个，下属事业单位2个。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, "2019年部门年初预算1,186.00万元，年中追加114.00万元，全年预算1,300.00万元，全部为一般公共预算财政"
            "拨款。")
    para(d, "本年支出1,268.47万元，其中基本支出865.24万元，项目支出403.24万元（因四舍五入，分项之和与合计存在"
            "0.01万元尾差）。全年预算执行率97.57%，年末结转结余31.53万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展定点医药机构现场检查412家次，查处违规定点医药机构86家，办理异地就医直接结算3.6万人次，"
            "全市基本医疗保险参保率97.3%，医保基金收支平衡、略有结余。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "经对照部门整体支出绩效自评表逐项评分，本部门2019年度自评得分96.76分，自评等级为优。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.机构组建当年人员和职能划转尚在磨合，部分项目支出进度偏慢。")
    para(d, "2.医保基金监管专业力量不足，智能监控手段有待完善。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.加快项目实施和资金支付进度。")
    para(d, "2.推进医保智能监控系统建设，充实基金监管力量。")
    office.aligned(d, "鹰潭市医疗保障局", "right")
    office.aligned(d, "2020年4月10日", "right")
    para(d, "附表：部门整体支出绩效自评表", indent=False, bold=True)
    funds = [
        ["年度资金总额", "1,186.00", "1,300.00", "1,268.47", "10", pct("1268.47", "1300.00"),
         exec_score("1268.47", "1300.00")],
        ["按收入性质分：一般公共预算", "1,186.00", "1,300.00", "1,268.47", E, E, E],
        ["其他资金", E, E, E, E, E, E],
        ["按支出性质分：基本支出", E, E, "865.24", E, E, E],
        ["项目支出", E, E, "403.24", E, E, E],
    ]
    rows, merges = standard_form(
        [["部门（单位）名称", "鹰潭市医疗保障局", "", "", "", "", "", ""]], {(0, 1): (1, 7)},
        "年度预算申请（万元）", funds,
        "完成医疗保障机构组建，落实基本医疗保险待遇，加强医保基金监督管理，提升医保经办服务水平。",
        "机构组建到位，基本医疗保险待遇全面落实，打击欺诈骗保专项行动深入开展，医保经办服务水平有所提升。",
        YINGTAN_IND, ["100", "96.76", "优"])
    table(d, rows, docx_merges(merges))
    STAMP.save_docx(d, path)


# =========================================================================== 6. putian (DOCX project report + Word form; E5)
PUTIAN_IND = [
    ("产出指标", "数量指标", "惠民演出场次", "≥200场", "216场", "15", "15", ""),
    ("产出指标", "数量指标", "送戏下乡场次", "≥120场", "136场", "10", "10", ""),
    ("产出指标", "质量指标", "演出节目审核通过率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "演出计划完成时间", "12月底前", "12月中旬完成", "5", "5", ""),
    ("产出指标", "成本指标", "单场演出补助标准", "≤1.5万元", "1.4万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "观众人次", "≥12万人次", "12.8万人次", "15", "15", ""),
    ("效益指标", "可持续影响指标", "参与演出的基层文艺团体", "≥30个", "26个", "15", "12",
     "部分民营剧团演出资质年审未通过，次年扩大团体征集范围"),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "88.5%", "15", "13.5", "部分演出场地音响条件较差"),
]


def doc_putian(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "莆田市文化和旅游局2025年度", 16)
    office.centred_title(d, "公共文化惠民演出项目绩效自评报告", 16)
    office.bold_line(d, "一、项目概况", indent=24)
    para(d, "公共文化惠民演出项目由市文化和旅游局组织实施，通过政府购买服务方式，组织专业院团和基层文艺团体"
            "开展惠民演出和送戏下乡活动，丰富群众精神文化生活。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "2025年项目年初预算300.00万元，年中追加20.00万元，全年预算320.00万元。全年实际支出312.84万元，"
            "预算执行率97.76%，结余7.16万元，为年末演出场次的尾款。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年组织惠民演出216场，其中送戏下乡136场，观众12.8万人次；参与演出的基层文艺团体26个，较目标少4个。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "按照项目支出绩效自评表逐项评分，本项目自评得分95.28分，自评等级为优。")
    office.bold_line(d, "五、存在的问题和改进措施", indent=24)
    para(d, "（一）存在的问题：一是基层文艺团体参与不足；二是部分乡村演出场地设施简陋。")
    para(d, "（二）改进措施：一是扩大演出团体征集范围；二是协调乡镇改善演出场地条件；三是建立观众评价反馈机制。")
    office.aligned(d, "莆田市文化和旅游局", "right")
    office.aligned(d, "2026年2月26日", "right")
    para(d, "附表：项目支出绩效自评表", indent=False, bold=True)
    funds = [
        ["年度资金总额", "300.00", "320.00", "312.84", "10", pct("312.84", "320.00"), exec_score("312.84", "320.00")],
        ["其中：财政拨款", "300.00", "330.00", "312.84", E, E, E],
        ["上年结转资金", E, E, E, E, E, E],
        ["其他资金", E, E, E, E, E, E],
    ]
    head = [["项目名称", "公共文化惠民演出项目", "", "", "", "", "", ""],
            ["主管部门", "莆田市文化和旅游局", "", "", "实施单位", "莆田市文化和旅游局", "", ""]]
    rows, merges = standard_form(
        head, {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3)}, "项目资金（万元）", funds,
        "组织惠民演出和送戏下乡活动，提高公共文化服务覆盖面和群众参与度。",
        "完成年度惠民演出和送戏下乡任务，观众人次超过年度目标，群众文化获得感有所增强。",
        PUTIAN_IND, ["100", "95.28", "优"])
    table(d, rows, docx_merges(merges))
    STAMP.save_docx(d, path)


# =========================================================================== 7. jiayuguan (XLSX, two sheets; E3)
JIAYUGUAN_IND = [
    ("产出指标", "数量指标", "新建日光温室", "≥120座", "108座", 15, 13.5, "部分地块土地平整滞后，12座顺延至次年"),
    ("产出指标", "数量指标", "配套节水灌溉面积", "≥800亩", "760亩", 10, 9.5, "与温室建设同步调整"),
    ("产出指标", "质量指标", "温室建设验收合格率", "=100%", "96.3%", 10, 8, "4座温室整改后通过验收"),
    ("产出指标", "时效指标", "项目完工时间", "10月底前", "11月中旬完工", 10, 7, "受疫情影响，建材进场推迟"),
    ("产出指标", "成本指标", "单座温室建设成本", "≤3.5万元", "3.42万元", 5, 5, ""),
    ("效益指标", "经济效益指标", "带动农户亩均增收", "≥3500元", "2680元", 15, 11.49, "温室投产时间晚于计划"),
    ("效益指标", "可持续影响指标", "温室设施使用年限", "≥15年", "15年", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "86.2%", 15, 14.37, "部分农户对温室交付时间不满意"),
]
JIAYUGUAN_FUNDS = [  # label, 年初, 全年, 执行
    ("年度资金总额", "420.00", "480.00", "436.80"),
    ("其中：当年财政拨款", "420.00", "480.00", "436.80"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]


def doc_jiayuguan(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGH", [12, 20, 22, 14, 14, 8, 10, 28], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2020年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "项目名称")
    xl_put(ws, "B3", "戈壁生态农业设施建设项目", merge_to="H3")
    xl_put(ws, "A4", "主管部门")
    xl_put(ws, "B4", "嘉峪关市农业农村局", merge_to="C4")
    xl_put(ws, "D4", "实施单位")
    xl_put(ws, "E4", "嘉峪关市农业农村局", merge_to="H4")
    xl_put(ws, "A5", "项目资金（万元）", merge_to="A9")
    for col, head in zip("BCDEFGH", ["", *FUND_HEAD], strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    for k, (label, initial, year, done) in enumerate(JIAYUGUAN_FUNDS):
        r = 6 + k
        xl_put(ws, f"B{r}", label)
        for col, v in zip("CDE", (initial, year, done), strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        cells = (10, pct(done, year), float(exec_score(done, year))) if k == 0 else (E, E, E)
        for col, v in zip("FGH", cells, strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=True)
    xl_put(ws, "A10", "年度总体目标", merge_to="A11")
    xl_put(ws, "B10", "预期目标", merge_to="D10", center=True)
    xl_put(ws, "E10", "实际完成情况", merge_to="H10", center=True)
    xl_put(ws, "B11", "在戈壁荒滩新建日光温室，配套节水灌溉设施，发展设施农业，带动农户增收。", merge_to="D11")
    xl_put(ws, "E11", "新建日光温室108座，配套节水灌溉面积760亩，带动农户亩均增收2680元。", merge_to="H11")
    ws.row_dimensions[11].height = 45
    for col, head in zip("ABCDEFGH", IND_HEAD, strict=True):
        xl_put(ws, f"{col}12", head, center=True)
    r = 13
    for row in JIAYUGUAN_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) and col == "G" and v * 10 % 1 else None,
                   center=col in "FG")
        r += 1
    merge_runs(ws, "A", 13, [row[0] for row in JIAYUGUAN_IND])
    merge_runs(ws, "B", 13, [row[1] for row in JIAYUGUAN_IND])
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 87.96, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", "优", center=True)
    xl_put(ws, f"A{r + 1}", "注：自评等级划分为优（90分（含）以上）、良（80分（含）—90分）、中（60分（含）—80分）、"
                            "差（60分以下）。", merge_to=f"H{r + 1}", border=False)
    xl_put(ws, f"A{r + 2}", "填报单位：嘉峪关市农业农村局　　填报日期：2021年3月22日", merge_to=f"H{r + 2}", border=False)
    notes = wb.create_sheet("填报说明")
    notes.column_dimensions["A"].width = 90
    for k, line in enumerate([
        "填报说明",
        "一、项目资金按万元填列，保留两位小数。",
        "二、预算执行率得分按执行率乘以分值计算，最高不超过分值。",
        "三、绩效指标未完成的，应在偏差原因分析及改进措施栏说明原因。",
        "四、自评表经单位负责人审核后报市财政局。",
    ], start=1):
        notes[f"A{k}"] = line
    STAMP.save_xlsx(wb, path)


# =========================================================================== 8. zigong (portal page, narrative; E2)
ZIGONG_PARAS = [
    ("b", "一、部门基本情况"),
    ("p", "自贡市商务局负责全市内外贸易、招商引资、对外经济合作和电子商务发展等工作，局机关内设科室8个，"
          "下属事业单位2个。"),
    ("b", "二、部门预算收支情况"),
    ("p", "（一）预算情况。2024年部门年初预算2,386.40万元，年中追加213.60万元，调整后预算2,600.00万元，其中"
          "一般公共预算财政拨款2,480.00万元，上年结转120.00万元。"),
    ("p", "（二）支出情况。2024年本年支出2,538.22万元。其中：基本支出1,126.35万元，包括人员经费956.18万元、"
          "公用经费170.17万元；项目支出1,411.87万元，主要用于招商引资、消费促进和电子商务发展。"),
    ("p", "（三）预算执行情况。全年预算执行率98.62%，年末结转结余61.78万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年举办招商推介活动18场，新增限额以上商贸企业126家，培训电商从业人员2,360人次，开展消费促进活动"
          "42场。"),
    ("b", "四、自评结论"),
    ("p", "根据部门整体支出绩效评价指标体系，经逐项自评，我局2024年度部门整体支出绩效自评得分92.5分，等级为"
          "“优”。"),
    ("b", "五、存在的问题"),
    ("p", "（一）部分项目资金拨付较晚，支出进度不均衡。"),
    ("p", "（二）招商引资项目落地转化率有待提高。"),
    ("b", "六、改进措施"),
    ("p", "1.加强预算执行监控，按月通报支出进度。"),
    ("p", "2.建立招商项目跟踪服务机制，推动签约项目落地。"),
]


def zigong_html() -> str:
    body = "\n".join(f"<p><b>{t}</b></p>" if k == "b" else f"<p>{t}</p>" for k, t in ZIGONG_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="自贡市商务局">
<title>自贡市商务局2024年度部门整体支出绩效自评报告 - 自贡市商务局</title>
</head>
<body>
<div class="header"><span>自贡市商务局</span> <a href="#">简</a>|<a href="#">繁</a> <a href="#">无障碍</a> <a href="#">关怀版</a></div>
<div class="menu"><a href="#">首页</a> <a href="#">商务动态</a> <a href="#">政府信息公开</a> <a href="#">办事服务</a> <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">法定主动公开内容</a> &gt;&gt; <a href="#">财政信息</a></div>
<div class="infobox">
<span>索引号：11510300MB1544872X/2025-00063</span>
<span>发布机构：自贡市商务局</span>
<span>生成日期：2025-06-18</span>
<span>主题分类：财政信息</span>
</div>
<h2>自贡市商务局2024年度部门整体支出绩效自评报告</h2>
<div class="attr">发布时间：2025-06-18 16:20　　来源：自贡市商务局　　阅读次数：<span>157</span></div>
<div class="content">
{body}
<p align="right">自贡市商务局</p>
<p align="right">2025年6月12日</p>
</div>
<div class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印</a></div>
<div class="footer">
<p>主办：自贡市商务局　网站标识码：5103000052</p>
<p>蜀ICP备12018273号-2　川公网安备51030202000118号</p>
</div>
</body>
</html>
"""


# =========================================================================== 9. wuhai (Markdown paste; T8)
WUHAI_IND = [
    ("产出指标", "数量指标", "荒山造林面积", "≥5000亩", "5260亩", "20", "20", ""),
    ("产出指标", "质量指标", "造林成活率", "≥85%", "82.4%", "15", "13.5", "春季持续干旱，已安排秋季补植"),
    ("产出指标", "时效指标", "造林任务完成时间", "11月底前", "按期完成", "10", "10", ""),
    ("产出指标", "成本指标", "亩均造林成本", "≤1100元", "1085元", "5", "5", ""),
    ("效益指标", "生态效益指标", "新增绿化覆盖面积", "≥300公顷", "351公顷", "15", "15", ""),
    ("效益指标", "可持续影响指标", "管护责任落实率", "=100%", "100%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "87%", "15", "12", "部分区域灌溉设施尚未配套"),
]


def wuhai_md() -> str:
    def row(cells):
        return "| " + " | ".join(cells) + " |"

    funds = [
        ["年度资金总额", "600.00", "600.00", "586.30", "10", pct("586.30", "600.00"), exec_score("586.30", "600.00")],
        ["其中：财政拨款", "600.00", "600.00", "586.30", E, E, E],
        ["其他资金", E, E, E, E, E, E],
    ]
    lines = [
        "# 乌海市林业和草原局2021年度城市周边荒山绿化项目绩效自评报告",
        "",
        "乌海林草　2022-03-18 09:30　阅读 1024",
        "",
        "## 一、项目基本情况",
        "",
        "城市周边荒山绿化项目由市林业和草原局组织实施，在城市周边荒山荒坡开展人工造林，配套滴灌设施，"
        "改善城市周边生态环境。",
        "",
        "## 二、项目资金使用情况",
        "",
        "2021年项目年初预算600.00万元，全年未作调整，全年预算600.00万元。全年实际支出"
        "586.30万元，预算执行率97.72%，结余13.70万元。",
        "",
        "| 项目资金（万元） | " + " | ".join(FUND_HEAD) + " |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *[row(r) for r in funds],
        "",
        "## 三、绩效目标完成情况",
        "",
        "全年完成荒山造林5,260亩，造林成活率82.4%，新增绿化覆盖面积351公顷，落实管护人员46名。",
        "",
        "| " + " | ".join(IND_HEAD) + " |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        *[row(list(r)) for r in WUHAI_IND],
        row(["总分", "", "", "", "", "100", "95.27", ""]),
        "",
        "## 四、自评结论",
        "",
        "本项目2021年度自评得分95.27分，等级为优，较上年度自评得分（91.50分）提高3.77分。",
        "",
        "## 五、存在的问题",
        "",
        "1. 春季干旱少雨，部分地块造林成活率偏低。",
        "2. 部分新造林地灌溉设施配套滞后。",
        "",
        "## 六、改进措施",
        "",
        "1. 做好秋季补植补造，加强抚育管护。",
        "2. 加快滴灌设施配套建设。",
        "",
        "乌海市林业和草原局",
        "",
        "2022年3月15日",
        "",
        "---",
        "",
        "阅读原文　　分享　　收藏　　在看",
        "",
    ]
    return "\n".join(lines)


# =========================================================================== 10. yangquan (project narrative PDF; T6)
YANGQUAN = [
    ("h", "一、项目基本情况"),
    ("p", "学生资助补助资金项目由市教育局统筹实施，用于落实普通高中国家助学金、中等职业教育国家助学金和"
          "免学费补助、学前教育幼儿资助等政策，保障家庭经济困难学生顺利入学、完成学业。"),
    ("h", "二、项目资金情况"),
    ("p", "2022年项目全年预算数1,268.00万元，其中中央资金760.80万元、省级资金380.40万元、市级资金126.80万元，"
          "实际到位资金1,268.00万元。全年实际支出1,236.54万元，预算执行率97.52%，结余31.46万元，为秋季学期"
          "资助名单复核后的结余资金。"),
    ("p", "按资助类别分，普通高中国家助学金支出542.30万元，占项目支出的43.86%；中等职业教育国家助学金和免学费"
          "补助支出468.64万元，占37.90%；学前教育幼儿资助支出225.60万元，占18.24%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年资助普通高中家庭经济困难学生6,820人次，中等职业学校学生5,460人次，学前教育幼儿3,150人次；资助"
          "资金通过“一卡通”发放，发放准确率100%。"),
    ("h", "四、自评结论"),
    ("p", "经对照项目绩效目标逐项自评，本项目2022年度自评得分96分，评价等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "一是家庭经济困难学生认定依据仍以申报材料为主，精准度有待提高；二是个别学校资助档案管理不够规范。"),
    ("h", "六、改进措施"),
    ("p", "（一）推进与民政、乡村振兴等部门的数据比对，提高认定精准度。"),
    ("p", "（二）开展资助档案专项检查，规范档案管理。"),
    ("p", "（三）加强资助政策宣传，做到应助尽助。"),
]


def doc_yangquan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, creator="WPS Writer")
    p.title("阳泉市教育局2022年度学生资助补助资金项目\n绩效自评报告", size=15)
    p.blocks(YANGQUAN)
    p.right("阳泉市教育局")
    p.right("2023年3月17日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "hebi-shengtai-2023.pdf": doc_hebi,
        "hunan-shanhong-2021.pdf": doc_hunan,
        "dongying-jiaotong-2022.pdf": doc_dongying,
        "xinjiang-xumu-2020.html": lambda p: write_text(p, xinjiang_html()),
        "yingtan-yibao-2019.docx": doc_yingtan,
        "putian-wenlv-2025.docx": doc_putian,
        "jiayuguan-nongye-2020.xlsx": doc_jiayuguan,
        "zigong-shangwu-2024.html": lambda p: write_text(p, zigong_html()),
        "wuhai-lincao-2021.md": lambda p: write_text(p, wuhai_md()),
        "yangquan-zizhu-2022.pdf": doc_yangquan,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
