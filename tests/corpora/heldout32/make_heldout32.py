#!/usr/bin/env python3
"""Regenerate the heldout32 evaluation batch (11 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout32/make_heldout32.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML pages are UTF-8 without BOM with LF line ends, the
TXT UTF-8 without BOM with CRLF line ends.
The batch is about what a report says it achieved, how it scored itself and what it will do next:
achievement figures with measure words, in 万, as rates, in tables and in prose, beside targets,
last year's figures, ranks, money passed down, staff counts, dates and telephone numbers; scores
and grades stated every way (a score with 满分 beside it, a grade only, a score only in a form's
总分 row, a report's own scale, none at all); problems and next steps under many headings and
numberings. Four real inconsistencies are planted; ten figures only look inconsistent. Every
sentence and figure below is invented; place names are real.
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
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY32"
FIXED_DT = datetime.datetime(2027, 1, 15, 10, 0, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"

Merges = dict[tuple[int, int], tuple[int, int]]


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


def dec(x: str | Decimal) -> Decimal:
    return Decimal(str(x).replace(",", ""))


def rate(executed: str | Decimal, budget: str | Decimal) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: str | Decimal, budget: str | Decimal) -> str:
    return f"{rate(executed, budget)}%"


def exec_score(executed: str | Decimal, budget: str | Decimal, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: str | Decimal) -> str:
    return f"{dec(x):,.2f}"


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页` or none),
    wrapping that keeps closing punctuation on its line, a right-aligned line, a ruled grid with merged
    cells, and a borderless table (columns aligned, no rule at all)."""

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
            elif kind == "c":
                self.center(text, size=self.size - 0.5)
            elif kind == "r":
                self.right(text, size=self.size - 1)
            else:
                raise ValueError(kind)

    def _cell(self, x: float, top: float, w: float, h: float, lines: list[str], size: float, lead: float,
              pad: float, a: str, middle: bool, ruled: bool = True) -> None:
        c = self.c
        if ruled:
            c.setLineWidth(0.5)
            c.rect(x, top - h, w, h)
        y0 = top - pad - size
        if middle:
            y0 -= (h - 2 * pad - len(lines) * lead) / 2
        c.setFont(self.font, size)
        for n, line in enumerate(lines):
            yy = y0 - n * lead
            if a == "c":
                c.drawCentredString(x + w / 2, yy, line)
            elif a == "r":
                c.drawRightString(x + w - pad, yy, line)
            else:
                c.drawString(x + pad, yy, line)

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float], merges: Merges | None = None,
             size: float = 9, align: Sequence[str] | None = None, ruled: bool = True) -> None:
        """A table on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)} draws one
        cell over the area. `ruled=False` draws no rule at all (a borderless table)."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
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
            self.new_page()
        if self.y - sum(heights) < self.bottom - 1:
            raise ValueError("table does not fit on a page")
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        for r in range(len(rows)):
            for col in range(len(widths)):
                if (r, col) in covered:
                    continue
                rs, cs = span(r, col)
                x = self.m + sum(widths[:col])
                a = (align[col] if align else "l") if cs == 1 else "l"
                self._cell(x, tops[r], sum(widths[col:col + cs]), sum(heights[r:r + rs]), lines_of(r, col), size,
                           lead, pad, a, rs > 1, ruled)
        self.y -= sum(heights) + 10


def level_merges(indicators: Sequence[Sequence[str]], first: int, cols: Sequence[int] = (0, 1)) -> Merges:
    """Merge the 一级 / 二级 labels of the indicator rows (starting at row `first`) down their runs."""
    merges: Merges = {}
    for col in cols:
        k = 0
        while k < len(indicators):
            j = k
            while j + 1 < len(indicators) and indicators[j + 1][col] == indicators[k][col] and (
                    col == cols[0] or indicators[j + 1][cols[0]] == indicators[k][cols[0]]):
                j += 1
            if j > k:
                merges[(first + k, col)] = (j - k + 1, 1)
            k = j + 1
    return merges


def docx_merges(merges: Merges) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((r, c), (r + rs - 1, c + cs - 1)) for (r, c), (rs, cs) in sorted(merges.items())]


def portal(site: str, column: str, title: str, crumbs: Sequence[str], meta: str, body: str, footer: str,
           extra_head: str = "") -> str:
    """A government portal page: top bar, navigation, breadcrumbs, title, publication line, article,
    tools and footer (UTF-8, LF)."""
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
{extra_head}<title>{title}_{column}_{site}</title>
</head>
<body>
<div class="top"><span>{site}</span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a> <a href="#">登录</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">要闻动态</a> <a href="#">信息公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">您当前的位置：{crumb}</div>
<h1>{title}</h1>
<div class="meta">{meta}</div>
<div class="article">
{body}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【返回顶部】</a></div>
<div class="footer">
{footer}
</div>
</body>
</html>
"""


def paragraphs_html(blocks: Sequence[tuple[str, str]]) -> str:
    out = []
    for kind, text in blocks:
        if kind == "b":
            out.append(f"<p><strong>{text}</strong></p>")
        elif kind == "r":
            out.append(f'<p style="text-align:right">{text}</p>')
        else:
            out.append(f"<p>　　{text}</p>")
    return "\n".join(out)


# =========================================================================== 1. yongjia (PDF, 3 pages; T1, T2)
YONGJIA_HEAD = "永嘉县市场监督管理局2021年度部门整体支出绩效自评报告"
YONGJIA_SPEND = [  # 项目, 金额 (万元): the spending split is written only in this table
    ("一、基本支出", "3015.62"), ("其中：人员经费", "2684.37"), ("　　　公用经费", "331.25"), ("二、项目支出", "1616.56"),
]
YONGJIA_TOTAL = "4632.18"
YONGJIA_A = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。永嘉县市场监督管理局负责全县市场主体登记注册和信用监管，承担食品、药品、特种设备和工业"
          "产品质量安全监督管理，组织查处价格、广告、不正当竞争和侵犯知识产权等违法行为，受理消费者投诉举报，推进"
          "质量强县和标准化建设。"),
    ("p", "（二）机构和人员。局机关内设科室14个，下设基层市场监管所21个和县食品药品检验检测中心，均纳入本部门预算"
          "编报范围。2021年末在职人员218人。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算安排。2021年部门年初批复预算4,286.50万元，年中追加523.80万元，调整后预算4,810.30万元。按资金"
          "来源分，一般公共预算财政拨款4,560.30万元，上年结转250.00万元。"),
    # T2: 12.36% is spending against last year's, not an execution rate (96.30% is 4,632.18 ÷ 4,810.30)
    ("p", "（二）预算执行。2021年全年支出4,632.18万元，预算执行率96.30%，年末结转结余178.12万元。全年支出较上年的"
          "4,122.62万元增加509.56万元，增长12.36%，主要是新增食品安全快检和智慧监管平台建设支出。支出结构见表1。"),
    ("c", "表1　2021年度支出结构"),
    ("r", "单位：万元"),
]
YONGJIA_B = [
    ("h", "三、部门预算管理情况"),
    ("p", "（一）预算编制和执行管理。预算编制坚持零基预算理念，项目支出全部编报绩效目标；年中追加资金均按程序报批，"
          "按季度通报各科室和基层所的支出进度，对进度滞后的项目及时督办。"),
    ("p", "（二）制度建设。全年修订完善财务报销、政府采购、合同管理和固定资产管理等内部管理制度8项，建立重点项目"
          "绩效运行监控台账，财务管理和资产管理总体规范。"),
    ("p", "（三）信息公开。按规定在县政府门户网站公开部门预算、决算和“三公”经费，公开内容完整、时间及时。"),
    ("h", "四、部门绩效目标"),
    ("p", "2021年部门整体绩效目标为：全年计划完成食品安全监督抽检3,000批次，抽检合格率力争达到97%以上；开展食品"
          "生产经营单位监督检查1.2万家次以上；消费者投诉举报按期办结率不低于98%；全年新增市场主体目标为1.1万户。"),
    ("h", "五、绩效目标完成情况"),
    ("p", "（一）市场安全监管。全年开展食品生产经营单位监督检查12,486家次，上年为11,352家次；完成食品安全监督抽检"
          "3,260批次，抽检合格率97.8%，较上年提高0.6个百分点；检验检测电梯、锅炉、压力容器等特种设备2,148台。"),
    ("p", "（二）执法办案。全年立案查处各类违法案件486件，结案472件，罚没款326.4万元，其中查办食品安全案件158件，"
          "移送公安机关涉嫌犯罪案件9件。"),
    ("p", "（三）服务发展。全年新增市场主体1.26万户，同比增长8.6%；通过12315平台受理消费者投诉举报5,862件，按期"
          "办结率99.6%，为消费者挽回经济损失约412万元。在全省市场监管系统“放心消费”创建工作考评中，我局位列全省"
          "第3名。"),
    ("h", "六、自评结论"),
    # T1: 满分100分 and the four blocks (10 + 50 + 30 + 10) are the weights; the score is 92.5
    ("p", "按照县财政局印发的部门整体支出绩效评价办法，本次自评从预算执行（10分）、产出（50分）、效益（30分）和"
          "满意度（10分）四个方面进行，满分100分。经逐项评分，扣分主要集中在预算执行和满意度两个方面。本部门2021"
          "年度部门整体支出绩效自评得分92.5分，等级为优。"),
    ("h", "七、存在的问题及原因分析"),
    ("p", "（一）预算执行进度不均衡。智慧监管平台建设项目招标时间较晚，资金支付集中在四季度，全年支出进度前低后高。"),
    ("p", "（二）基层执法力量不足。基层所人员年龄结构偏大，食品、特种设备等专业人员缺乏，检查覆盖的深度有待提高。"),
    ("p", "（三）满意度调查样本偏少。年度满意度调查主要依托线上问卷，农村和老年群体参与较少，结果的代表性不足。"),
    ("h", "八、下一步改进措施"),
    ("p", "（一）提前做好项目前期准备和采购计划，按月跟踪支出进度，力争均衡支出。"),
    ("p", "（二）通过公开招录和业务培训充实基层所专业力量，推行“双随机、一公开”与重点检查相结合。"),
    ("p", "（三）扩大满意度调查范围，采用线上线下相结合的方式，提高调查结果的代表性。"),
    ("l", "联系人：县市场监管局财务科　　联系电话：0577-67221536"),
]


def doc_yongjia(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=11.5, margin=70, creator="Microsoft® Word 2016",
            header=YONGJIA_HEAD)
    p.title("永嘉县市场监督管理局\n2021年度部门整体支出绩效自评报告", size=17)
    p.blocks(YONGJIA_A)
    total = dec(YONGJIA_TOTAL)
    rows = [["项目", "金额", "占本年支出比重"], ["本年支出合计", money(total), "100.00%"]]
    rows += [[name, money(v), pct(v, total)] for name, v in YONGJIA_SPEND]
    p.grid(rows, [40, 26, 26], size=10, align=["l", "r", "r"])
    p.blocks(YONGJIA_B)
    p.right("永嘉县市场监督管理局")
    p.right("2022年4月26日")
    p.save()
    if p.page != 3:
        raise ValueError(f"yongjia: {p.page} pages, not 3")


# =========================================================================== 2. jingxian (DOCX, 小计 rows; T8)
JINGXIAN_FUNDS = ("480", "462.62")  # 全年预算数, 实际支出 (万元)
JINGXIAN_IND = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分; a 小计 row closes each first-level block
    ("产出指标", "数量指标", "新建村内道路", "≥3.5公里", "3.8公里", "10", "10"),
    ("产出指标", "数量指标", "建设生活污水处理设施", "≥2座", "2座", "10", "10"),
    ("产出指标", "数量指标", "改造农户庭院", "≥120户", "126户", "10", "10"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "工程完工时间", "2016年11月底前", "2016年12月", "10", "8"),
    ("效益指标", "社会效益指标", "受益农户", "≥650户", "682户", "10", "10"),
    ("效益指标", "生态效益指标", "生活污水收集处理率", "≥80%", "76.5%", "10", "8.5"),
    ("效益指标", "可持续影响指标", "建后长效管护机制", "健全", "基本健全", "10", "9"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.2%", "10", "10"),
]


def jingxian_rows() -> tuple[list[list[str]], Merges, Decimal]:
    budget, done = JINGXIAN_FUNDS
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]
    rows = [head, ["预算执行", "预算执行率", "预算执行率", "100%", pct(done, budget), "10", exec_score(done, budget)]]
    merges: Merges = {}
    total = Decimal(exec_score(done, budget))
    for level in ("产出指标", "效益指标", "满意度指标"):
        block = [r for r in JINGXIAN_IND if r[0] == level]
        first = len(rows)
        rows += [list(r) for r in block]
        merges.update(level_merges(block, first))
        weights = sum(Decimal(r[5]) for r in block)
        scores = sum(Decimal(r[6]) for r in block)
        total += scores
        rows.append(["小计", "", "", "", "", f"{weights}", f"{scores}"])
        merges[(len(rows) - 1, 0)] = (1, 5)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}"])
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges, total


def doc_jingxian(path: Path) -> None:
    budget, done = JINGXIAN_FUNDS
    rows, merges, total = jingxian_rows()
    d = STAMP.new_docx()
    office.centred_title(d, "泾县榔桥镇人民政府", 18)
    office.centred_title(d, "2016年度美丽乡村中心村建设项目绩效自评报告", 15)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "2016年榔桥镇实施美丽乡村省级中心村建设项目，建设内容包括村内道路、生活污水处理设施、农户庭院改造、"
            "村庄亮化和绿化等，项目由镇人民政府组织实施，镇村建设办公室负责日常管理。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, f"项目全年预算数{money(budget)}万元，其中省级财政下达补助资金300.00万元，县级财政安排配套资金180.00万元，"
            f"实际到位资金{money(budget)}万元。镇财政所按工程进度和审计结算向施工单位拨付工程款，全年实际支出"
            f"{money(done)}万元，预算执行率{pct(done, budget)}，结余{money(dec(budget) - dec(done))}万元为工程质量保证金，"
            "按合同约定于质保期满后支付。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "项目新建村内道路3.8公里，建成生活污水处理设施2座，改造农户庭院126户，安装太阳能路灯86盏，完成村庄绿化"
            "1.2万平方米；项目受益农户682户、2,346人，中心村人居环境明显改善。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, f"按照项目绩效指标逐项评分（见下表），项目自评得分{total:.2f}分，评定等级为优。")
    office.centred_title(d, "项目绩效指标自评表", 12)
    table(d, rows, docx_merges(merges))
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（1）工程开工较晚，个别标段受雨季影响，未能在计划时间内完工。")
    para(d, "（2）部分农户生活污水接户管网尚未接通，污水收集处理率未达到目标值。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（1）提前完成设计和招标等前期工作，合理安排施工时段。")
    para(d, "（2）加快接户管网建设，落实村级管护人员，确保设施正常运行。")
    office.aligned(d, "泾县榔桥镇人民政府", "right")
    office.aligned(d, "2017年3月15日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 3. tengchong (portal page; no score, T3)
TENGCHONG = [
    ("b", "一、项目基本情况"),
    ("p", "为做好城乡居民基本健康服务，2017年市卫生和计划生育局组织全市18个乡镇卫生院和社区卫生服务中心，对辖区"
          "常住居民开展免费健康体检，重点覆盖65岁以上老年人、慢性病患者和建档立卡贫困人口，体检结果录入居民电子健康"
          "档案。"),
    ("b", "二、项目资金情况"),
    # T3: 98.00% is spending over the money that arrived (758.52 ÷ 774.00), named as such; the execution
    #     rate is 88.20% (758.52 ÷ 860.00); 到位 is 90.00% of the budget.
    ("p", "2017年项目全年预算数860.00万元，由市级财政安排。截至2017年12月31日，实际到位资金774.00万元，资金到位率"
          "90.00%；项目实际支出758.52万元，预算执行率88.20%。按到位资金计算，到位资金支出率为98.00%，已到位尚未"
          "支付的15.48万元为体检机构的质量保证金；尚未到位的86.00万元已申请在下年度拨付。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年完成城乡居民健康体检18.62万人次，比上年的15.86万人次增长17.4%；其中65岁以上老年人体检4.38万人，"
          "老年人健康体检覆盖率72.4%。通过体检新发现并转诊高血压患者2,846例、糖尿病患者1,062例，为体检居民更新"
          "电子健康档案18.6万份。"),
    ("p", "年度绩效目标为全年体检20万人次、老年人健康体检覆盖率达到75%，两项指标均未完全达到，主要是资金未全部"
          "到位，部分乡镇卫生院下半年体检工作推迟。"),
    ("b", "四、存在的问题"),
    ("p", "一是市级资金到位不及时，影响了部分乡镇体检工作的安排；二是山区群众居住分散，上门体检和组织集中体检的"
          "难度较大；三是体检结果的跟踪随访不够，部分发现的慢性病患者未及时纳入规范管理。"),
    ("b", "五、意见建议"),
    ("p", "一是建议财政部门按进度及时拨付项目资金，保障体检工作按计划开展；二是建议将体检与家庭医生签约服务结合，"
          "建立体检结果反馈和随访管理机制。"),
    ("r", "腾冲市卫生和计划生育局"),
    ("r", "2018年6月8日"),
]


def tengchong_html() -> str:
    return portal(
        "腾冲市人民政府", "绩效评价", "腾冲市卫生和计划生育局2017年城乡居民免费健康体检项目绩效自评报告",
        ["首页", "信息公开", "财政预决算", "绩效评价"],
        "发布时间：2018-06-12 16:05　来源：市卫生和计划生育局　浏览次数：276　字号：<a href=\"#\">大</a> "
        "<a href=\"#\">中</a> <a href=\"#\">小</a>",
        paragraphs_html(TENGCHONG),
        "<p>主办：腾冲市人民政府办公室　承办：腾冲市信息中心</p>\n"
        "<p>网站标识码：5305220001　滇ICP备05004122号　滇公网安备53052202000115号</p>")


# =========================================================================== 4. weixian (XLSX form; E4)
WEIXIAN_FUNDS = ("600", "650", "631.80")  # 年初, 全年, 执行; 当年财政拨款 600 / 600 / 586.20, 上年结转 — / 50 / 45.60
WEIXIAN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "配置分类垃圾桶", "≥6000个", "6240个", 10, 10, ""),
    ("产出指标", "数量指标", "购置垃圾转运车辆", "=12辆", "12辆", 10, 10, ""),
    ("产出指标", "质量指标", "村庄保洁覆盖率", "100%", "100%", 10, 10, ""),
    ("产出指标", "时效指标", "设备配置完成时间", "2020年9月底前", "2020年10月", 10, 8, "车辆招标延期；提前启动采购"),
    ("产出指标", "成本指标", "项目总成本", "≤650万元", "631.8万元", 10, 10, ""),
    ("效益指标", "社会效益指标", "生活垃圾无害化处理率", "≥90%", "91.6%", 15, 15, ""),
    ("效益指标", "生态效益指标", "村庄环境整治达标村", "≥300个", "286个", 15, 13, "部分村庄整治进度滞后；加强督导"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88.5%", 10, 9, "收运频次不足；增加收运频次"),
]
WEIXIAN_PRINTED_TOTAL = "95.72"  # E4: the 得分 add up to 9.72 + 85 = 94.72


def doc_weixian(path: Path) -> None:
    import openpyxl

    initial, adjusted, done = WEIXIAN_FUNDS
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFGHI", [13, 16, 20, 13, 13, 13, 8, 10, 22], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2020年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "金额单位：万元", merge_to="I3", border=False)
    xl_put(ws, "A4", "项目名称", center=True, merge_to="B4")
    xl_put(ws, "C4", "农村生活垃圾治理项目", merge_to="I4")
    xl_put(ws, "A5", "主管部门", center=True, merge_to="B5")
    xl_put(ws, "C5", "威县住房和城乡建设局", merge_to="E5")
    xl_put(ws, "F5", "实施单位", center=True)
    xl_put(ws, "G5", "威县住房和城乡建设局", merge_to="I5")
    xl_put(ws, "A6", "项目资金（万元）", center=True, merge_to="A10")
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    xl_put(ws, "H6", "得分", center=True, merge_to="I6")
    lines = [
        ("年度资金总额", float(initial), float(adjusted), float(done), 10, pct(done, adjusted),
         float(exec_score(done, adjusted))),
        ("其中：当年财政拨款", float(initial), float(initial), 586.20, E, E, E),
        ("上年结转资金", E, 50.0, 45.60, E, E, E),
        ("其他资金", E, E, E, E, E, E),
    ]
    for r, line in enumerate(lines, 7):
        for col, v in zip("BCDEFGH", line, strict=True):
            fmt = "0.00" if isinstance(v, float) else None
            xl_put(ws, f"{col}{r}", v, fmt=fmt, center=col != "B", merge_to=f"I{r}" if col == "H" else None)
    xl_put(ws, "A11", "年度总体目标", center=True, merge_to="A12")
    xl_put(ws, "B11", "预期目标", center=True, merge_to="E11")
    xl_put(ws, "F11", "实际完成情况", center=True, merge_to="I11")
    xl_put(ws, "B12", "全县配置分类垃圾桶6,000个以上，购置垃圾转运车辆12辆，村庄保洁覆盖率100%，生活垃圾无害化处理率"
                      "达到90%以上。", merge_to="E12")
    xl_put(ws, "F12", "全年配置分类垃圾桶6,240个，购置垃圾转运车辆12辆，村庄保洁实现全覆盖；日均清运农村生活垃圾186吨，"
                      "无害化处理率91.6%。", merge_to="I12")
    ws.row_dimensions[12].height = 66
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    xl_put(ws, "A13", "绩效指标", center=True, merge_to=f"A{13 + len(WEIXIAN_IND)}")
    for col, head in zip("BCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}13", head, bold=True, center=True)
    for r, row in enumerate(WEIXIAN_IND, 14):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "EFGH")
    for col in "BC":  # 一级 / 二级 labels merged down their runs
        k, labels = 0, [(r[0], r[1]) if col == "C" else (r[0],) for r in WEIXIAN_IND]
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{k + 14}:{col}{j + 14}")
            k = j + 1
    end = 14 + len(WEIXIAN_IND)
    xl_put(ws, f"B{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(WEIXIAN_PRINTED_TOTAL), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "")
    xl_put(ws, f"A{end + 2}", "填报单位（盖章）：威县住房和城乡建设局　　填报人：刘××　　联系电话：0319-6123458　　"
                              "填报日期：2021年3月18日", merge_to=f"I{end + 2}", border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 5. wuchuan (PDF, ruled grid; E3)
WUCHUAN_FUNDS = ("2460", "2386.20")  # 全年预算数 = 实际到位; 实际支出 (万元)
WUCHUAN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "新建通组硬化路", "≥168公里", "172.6公里", "15", "15"),
    ("产出指标", "数量指标", "受益村民组", "≥420个", "436个", "10", "10"),
    ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "项目完工时间", "2018年12月底前", "2018年12月", "5", "5"),
    ("产出指标", "成本指标", "每公里补助标准", "≤15万元/公里", "13.8万元/公里", "10", "10"),
    ("效益指标", "社会效益指标", "30户以上村民组通硬化路比例", "100%", "98.6%", "15", "13.6"),
    ("效益指标", "可持续影响指标", "管护责任落实率", "≥95%", "92%", "15", "13"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95.4%", "10", "10"),
]
WUCHUAN_A = [
    ("h", "一、项目概况"),
    ("p", "为解决农村群众出行“最后一公里”问题，2018年我县实施农村通组公路建设项目，对30户以上具备条件的村民组建设"
          "通组硬化路。项目由县交通运输局组织实施，各镇（街道）负责征地协调和建成后的日常管护。"),
    ("h", "二、项目资金情况"),
    # E3: 1,380.00 + 620.00 + 450.00 = 2,450.00, 10.00 short of the 2,460.00 that 到位, the rate and the balance confirm
    ("p", "2018年项目资金全年预算数2,460.00万元，其中中央车购税资金下达1,380.00万元、省级财政下达620.00万元、县级"
          "财政安排450.00万元。项目资金已全部到位，实际到位资金2,460.00万元。截至2018年12月31日，项目实际支出"
          "2,386.20万元，预算执行率97.00%，结余73.80万元，为部分标段的工程质量保证金。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建通组硬化路172.6公里，受益村民组436个，惠及群众2.86万人；同步完成安全防护设施12.4公里、小型桥涵"
          "18座。项目建成后，沿线群众出行和农产品运输条件明显改善。"),
    ("h", "四、自评结论"),
]
WUCHUAN_B = [
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：一是个别村民组地形复杂，路基土石方量大，建设进度滞后于计划；二是部分通组路建成后管护责任"
          "未落实到人，路肩和边沟清理不及时。"),
    ("p", "改进措施：一是加强前期勘察设计，合理确定建设方案；二是将通组路纳入农村公路管护体系，落实镇村两级管护"
          "责任；三是加强对施工单位的监督检查，确保工程质量。"),
]


def wuchuan_rows() -> tuple[list[list[str]], Merges, Decimal]:
    budget, done = WUCHUAN_FUNDS
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["预算执行", "预算执行率", "预算执行率", "100%", pct(done, budget), "10", exec_score(done, budget)]]
    first = len(rows)
    rows += [list(r) for r in WUCHUAN_IND]
    total = Decimal(exec_score(done, budget)) + sum(Decimal(r[6]) for r in WUCHUAN_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}"])
    merges = level_merges(WUCHUAN_IND, first)
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges, total


def doc_wuchuan(path: Path) -> None:
    rows, merges, total = wuchuan_rows()
    p = Pdf(path, footer_style="plain", size=11, margin=64, creator="WPS Writer")
    p.title("务川仡佬族苗族自治县交通运输局\n2018年农村通组公路建设项目支出绩效自评报告", size=15)
    p.blocks(WUCHUAN_A)
    p.para(f"对照项目绩效目标逐项评分（见表1），本项目自评绩效等级为“优”，分数为{total.normalize()}分。")
    p.center("表1　项目绩效指标完成情况", size=10.5)
    p.grid(rows, [10, 12, 22, 13, 13, 7, 8], merges, size=9, align=["c", "c", "l", "c", "c", "c", "c"])
    p.blocks(WUCHUAN_B)
    p.right("务川仡佬族苗族自治县交通运输局")
    p.right("2019年3月20日")
    p.save()


# =========================================================================== 6. yijun (TXT; E2)
YIJUN = """宜君县农业局2015年度部门整体支出绩效自评报告

一、部门基本情况
宜君县农业局主要负责全县种植业、畜牧业、农业技术推广、农产品质量安全监管和农村经营管理等工作，下设县农业技术推广中心、县畜牧兽医站等二级单位6个，年末在职人员132人。

二、部门预算及执行情况
2015年部门年初预算1,268.40万元，年中追加215.60万元，调整后预算1,484.00万元，其中一般公共预算财政拨款1,404.00万元、上年结转80.00万元。全年支出1,421.56万元，其中基本支出612.38万元（人员经费534.20万元、公用经费78.18万元），项目支出809.18万元。年末结转结余62.44万元，预算执行率96.79%。

三、绩效目标完成情况
年初确定的目标是推广全膜双垄沟播玉米12万亩、培训农民4,000人次。全年推广全膜双垄沟播玉米12.6万亩，实施测土配方施肥18.4万亩，新建矮砧密植苹果园3,860亩；培训新型职业农民和果农4,620人次；全县农产品质量安全例行监测合格率99.2%，全年未发生重大动物疫情。全县粮食总产量6.82万吨，同比增长4.3%。

四、自评情况
（一）自评得分
92.6分。
（二）自评等级
优。

五、存在的问题
1.项目资金下达较晚，部分农业技术推广项目集中在下半年实施，影响了实施效果。
2.基层农技人员数量不足、知识老化，技术服务难以覆盖到全部村组。

六、改进措施
1.积极争取资金提前下达，按农时季节合理安排项目实施进度。
2.加强基层农技人员培训，探索政府购买农技服务的方式。
3.强化项目资金监管，定期开展绩效跟踪，提高资金使用效益。

宜君县农业局
2016年4月12日
"""


# =========================================================================== 7. kuandian (PDF, borderless table; T4, T10)
KUANDIAN_TABLE = [  # 项目, 金额 (万元): the exact figures; the text gives them to one decimal
    ("年初预算", "2846.72"), ("年中追加", "1153.28"), ("调整后预算", "4000.00"),
    ("其中：一般公共预算财政拨款", "3120.00"), ("　　　政府性基金预算财政拨款", "680.00"), ("　　　上年结转", "200.00"),
    ("本年支出", "3862.46"), ("其中：基本支出", "1286.44"), ("　　　项目支出", "2576.02"),
    ("年末结转结余", "137.54"),
]
KUANDIAN_A = [
    ("h", "一、部门基本情况"),
    ("p", "宽甸满族自治县水利局负责全县水资源管理、水利工程建设与运行管理、防汛抗旱、河湖管理、农村饮水安全和水土"
          "保持等工作。局机关内设股室8个，下属事业单位3个，年末在职人员64人。"),
    ("h", "二、预算收支情况"),
    # T10: one decimal; 1,286.4 + 2,576.0 = 3,862.4 beside 3,862.5, while the table's exact figures add up
    ("p", "2019年部门年初预算2,846.7万元，年中追加1,153.3万元，调整后预算4,000.0万元；全年支出3,862.5万元，其中基本"
          "支出1,286.4万元、项目支出2,576.0万元，预算执行率96.56%。以上金额保留一位小数，精确数据见表1。"),
    ("c", "表1　2019年度部门预算收支情况表（单位：万元）"),
]
KUANDIAN_B = [
    # T4: a list of the main uses ending in 等: 1,260.00 + 642.50 + 318.60 = 2,221.10 of 2,576.02
    ("p", "项目支出主要用于河道治理、水毁工程修复和农村饮水工程维修养护等方面，其中河道治理1,260.00万元、水毁工程"
          "修复642.50万元、农村饮水工程维修养护318.60万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "年初计划治理中小河流35公里。全年完成中小河流治理38.6公里，修复水毁堤防和护岸26处，维修养护农村饮水工程"
          "142处，巩固提升了1.86万农村人口的饮水保障水平；新增水土流失综合治理面积32.4平方公里；各级河长累计巡河"
          "1.28万人次。在全市河长制年度考核中，我县排名第2位。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标逐项打分，本部门2019年度评价分90.6分，自评等级为优秀。"),
    ("h", "五、问题与不足"),
    ("p", "1、部分水毁修复工程汛后才能施工，资金支付滞后，年末仍有结转。"),
    ("p", "2、农村饮水工程点多面广，日常维修养护经费保障不足。"),
    ("h", "六、改进方向"),
    ("p", "1、提前谋划水毁修复项目，汛期结束后及时组织施工和验收。"),
    ("p", "2、建立农村饮水工程维修养护基金，落实工程管护主体和责任。"),
]


def doc_kuandian(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=66, creator="Microsoft® Word 2010")
    p.title("宽甸满族自治县水利局\n2019年度部门整体支出绩效自评报告", size=16)
    p.blocks(KUANDIAN_A)
    rows = [["项目", "金额", ""]] + [[k, money(v), ""] for k, v in KUANDIAN_TABLE]
    rows.append(["预算执行率", pct(KUANDIAN_TABLE[6][1], KUANDIAN_TABLE[2][1]), ""])
    p.grid(rows, [46, 24, 30], size=10, align=["l", "r", "l"], ruled=False)
    p.blocks(KUANDIAN_B)
    p.right("宽甸满族自治县水利局")
    p.right("2020年4月28日")
    p.save()


# =========================================================================== 8. jiangsu (PDF, 2 pages; T5)
JIANGSU_HEAD = "江苏省司法厅2023年度部门整体支出绩效自评报告"
JIANGSU_SPLIT = [("人员经费", "7638.26"), ("公用经费", "1826.00"), ("项目支出", "38772.26")]
JIANGSU_TOTAL = "48236.52"
JIANGSU_ADJUSTED = "49862.38"
JIANGSU_A = [
    ("h", "一、部门概况"),
    ("p", "江苏省司法厅是省政府组成部门，负责全省法治建设的统筹协调，承担行政立法、规范性文件合法性审核和行政执法"
          "协调监督工作，推进公共法律服务体系建设，指导人民调解、法律援助、公证、律师和社区矫正等工作。"),
    ("p", "厅机关内设处室22个。纳入2023年度部门预算编报范围的单位共8个，包括厅本级和7个所属事业单位。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2023年部门年初批复预算46,148.78万元，年中追加3,713.60万元，调整后预算49,862.38万元，其中一般公共预算财政"
          "拨款47,262.38万元、上年结转2,600.00万元。"),
    ("p", f"全年支出48,236.52万元，其中基本支出9,464.26万元（人员经费7,638.26万元、公用经费1,826.00万元），项目支出"
          f"38,772.26万元；预算执行率{pct(JIANGSU_TOTAL, JIANGSU_ADJUSTED)}，年末结转结余"
          f"{money(dec(JIANGSU_ADJUSTED) - dec(JIANGSU_TOTAL))}万元。此外，按规定下达各设区市法律援助和人民调解补助资金"
          "1.86亿元，列入对下转移支付，不在本部门支出中反映。支出构成见表1。"),
    ("c", "表1　2023年度部门支出构成"),
]
JIANGSU_B = [
    ("l", "注：比重按四舍五入保留两位小数，各分项比重之和与合计可能存在尾差。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "年度绩效目标为：全省办理法律援助案件8万件以上，人民调解成功率保持在95%以上，公共法律服务热线接通率不低于"
          "95%。"),
    ("p", "全年全省法律援助机构办理法律援助案件8.64万件，提供法律咨询126.3万人次；各级人民调解组织调解矛盾纠纷"
          "62.8万件，调解成功率98.6%；12348公共法律服务热线接听来电42.6万人次，群众满意率99.1%；组织培训人民调解员"
          "3.2万人次。"),
    ("h", "四、自评结论"),
    ("p", "按照省财政厅部门整体支出绩效评价指标体系，从预算管理、资产管理、履职效能和社会效应等方面逐项打分，本部门"
          "2023年度部门整体支出综合评分为88分，评价等级“良”。按照评价办法，综合评分90分（含）以上为优，80分（含）"
          "至90分为良，60分（含）至80分为中，60分以下为差。扣分主要在预算执行未达到序时进度要求、部分项目绩效目标"
          "不够细化两个方面。"),
    ("h", "五、主要问题"),
    ("p", "1.部分信息化项目采购和验收周期长，资金支付集中在年底，预算执行进度不够均衡。"),
    ("p", "2.个别项目绩效指标以定性描述为主，量化指标偏少，难以准确衡量资金使用效果。"),
    ("h", "六、有关建议"),
    ("p", "1.建议将支出进度纳入处室和所属单位年度考核，对执行偏慢的项目实行月度通报。"),
    ("p", "2.建议在编制下年度预算时细化量化绩效指标，提高指标的可衡量性。"),
    ("p", "3.建议加强对设区市补助资金使用情况的跟踪问效，推动评价结果与资金分配挂钩。"),
]


def doc_jiangsu(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=72, creator="Microsoft® Word 2019", header=JIANGSU_HEAD)
    p.title("江苏省司法厅\n2023年度部门整体支出绩效自评报告", size=17)
    p.blocks(JIANGSU_A)
    total = dec(JIANGSU_TOTAL)
    rows = [["项目", "金额（万元）", "占本年支出比重"]]
    rows += [[k, money(v), pct(v, total)] for k, v in JIANGSU_SPLIT]
    rows.append(["合计", money(total), "100.00%"])  # T5: the rounded shares add up to 100.01%
    p.grid(rows, [36, 28, 28], size=10, align=["l", "r", "r"])
    p.blocks(JIANGSU_B)
    p.right("江苏省司法厅")
    p.right("2024年5月17日")
    p.save()
    if p.page != 2:
        raise ValueError(f"jiangsu: {p.page} pages, not 2")


# =========================================================================== 9. yingshan (portal page; E1)
YINGSHAN = [
    ("b", "一、项目概况"),
    ("p", "茶叶是我县农业主导产业。2022年茶叶产业发展项目支持新建标准化茶园、低产茶园改造、茶叶加工升级和品牌宣传"
          "推介，由县农业农村局组织实施，各乡镇配合做好实施主体申报和验收工作。"),
    ("b", "二、项目资金投入和使用情况"),
    ("p", "2022年项目全年预算数500.00万元，其中省级财政下达300.00万元、县级财政安排200.00万元，资金均已拨付到位。"
          "全年实际支出486.50万元，其中按每亩1,000元标准向实施主体兑付新建茶园补助320.00万元；预算执行率97.30%，"
          "结余13.50万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年新建标准化茶园3,200亩，改造低产茶园1.5万亩，扶持茶叶加工企业技术改造12家；带动茶农4,860户，户均增收"
          "2,180元。全县茶叶产量1.26万吨，同比增长6.8%；举办茶事推介活动12场。“英山云雾茶”区域公用品牌价值在全省"
          "茶叶区域公用品牌评价中位列第3名。"),
    ("b", "四、自评结论"),
    # E1: 86.5 is 良 on the scale the report prints; graded 优
    ("p", "项目组对照年初设定的绩效目标逐项打分，本项目综合评分为86.5分，评价等级“优”。评价等级按综合评分确定：90分"
          "（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"),
    ("b", "五、发现的问题"),
    ("p", "①部分新建茶园受夏季高温干旱影响，幼苗成活率偏低，需要补植。"),
    ("p", "②茶叶加工企业规模偏小，品牌宣传的合力不足。"),
    ("b", "六、整改方向"),
    ("p", "①组织技术人员开展抗旱保苗指导，督促实施主体在秋冬季完成补植。"),
    ("p", "②引导加工企业联合发展，统一使用区域公用品牌。"),
    ("p", "③加强项目验收和资金兑付管理，确保补助资金足额发放到实施主体。"),
    ("r", "英山县农业农村局"),
    ("r", "2023年5月12日"),
]


def yingshan_html() -> str:
    return portal(
        "英山县人民政府", "预算绩效", "英山县农业农村局2022年度茶叶产业发展项目支出绩效自评报告",
        ["首页", "信息公开", "法定主动公开内容", "财政信息", "预算绩效"],
        "发布时间：2023-05-18　信息来源：县农业农村局　浏览次数：412　【<a href=\"#\">打印本页</a>】",
        paragraphs_html(YINGSHAN),
        "<p>主办单位：英山县人民政府办公室　承办单位：英山县融媒体中心</p>\n"
        "<p>网站标识码：4211240007　鄂ICP备05003327号　鄂公网安备42112402000103号</p>\n"
        "<p>联系电话：0713-7012345</p>")


# =========================================================================== 10. liannan (DOCX; T6, T9)
def doc_liannan(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "连南瑶族自治县应急管理局", 18)
    office.centred_title(d, "2025年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "连南瑶族自治县应急管理局负责全县应急管理、安全生产综合监督管理、防灾减灾救灾和森林防灭火等工作。局机关"
            "内设股室6个，下设县应急救援指挥中心；年末在编人员35人。24小时值班电话：0763-8661110。")
    office.bold_line(d, "二、预算收支情况", indent=24)
    # T9: 114.61% is spending over the 年初 budget, named so; the execution rate is 97.12% of the adjusted budget
    para(d, "2025年部门年初预算1,186.40万元，年中追加213.60万元，调整后预算1,400.00万元，全部为一般公共预算财政拨款。"
            "全年支出1,359.68万元，其中基本支出742.36万元、项目支出617.32万元。全年支出完成年初预算的114.61%，完成"
            "调整后预算的97.12%，即预算执行率为97.12%；年末结转结余40.32万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展安全生产执法检查2,368家次，排查一般安全隐患1,846处，整改率98.9%；组织各类应急演练46场，开展安全"
            "生产和防灾减灾培训6,420人次。全年发生生产安全事故6起，较上年的8起下降25%，未发生较大及以上事故；森林火灾"
            "受害率控制在0.3‰以内。")
    office.bold_line(d, "四、自评结论", indent=24)
    # T6: on the bureau's own scale 87.5 is 优 (on the usual bands it would be 良)
    para(d, "按照本局制定的部门整体支出绩效自评办法，从预算执行、产出、效益和满意度四个方面逐项评分，本局2025年度部门"
            "整体支出绩效自评得分87.5分，等级为优。本局评价等级标准为：85分（含）以上为优，75分（含）至85分为良，60分"
            "（含）至75分为中，60分以下为差。")
    office.bold_line(d, "五、存在问题及原因", indent=24)
    para(d, "（一）乡镇应急管理力量薄弱。各镇应急管理办公室多为兼职人员，专业执法能力不足。")
    para(d, "（二）部分项目年中追加，资金下达时间晚，全年支出进度前慢后快。")
    office.bold_line(d, "六、下一步工作计划", indent=24)
    para(d, "（一）推动乡镇应急管理办公室配齐专职人员，组织执法人员轮训。")
    para(d, "（二）提前谋划年度项目，尽量在年初预算中足额安排。")
    para(d, "（三）加强预算执行监控，每月通报支出进度。")
    office.aligned(d, "连南瑶族自治县应急管理局", "right")
    office.aligned(d, "2026年3月6日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 11. longde (PDF, 2014; T7)
LONGDE = [
    ("h", "一、基本情况"),
    ("p", "观庄乡位于隆德县东部，辖8个行政村，总人口1.36万人。乡政府设党政办公室、经济发展办公室、社会事务办公室等"
          "内设机构5个，下设乡财政所、农业综合服务中心等站所4个，在职人员42人。"),
    ("h", "二、预算收支情况"),
    ("p", "2014年我乡年初预算486.20万元，年中追加93.80万元，调整后预算580.00万元，全部为一般公共预算财政拨款。全年"
          "支出566.82万元，其中基本支出402.16万元、项目支出164.66万元，预算执行率97.73%，年末结转结余13.18万元。"),
    ("h", "三、主要工作成效"),
    ("p", "全年完成人工造林2,600亩，新修高标准梯田1,200亩；硬化村组道路8.6公里；完成农村危房改造126户；新型农村合作"
          "医疗参合率98.2%；组织劳务输出3,860人，实现劳务收入4,280万元。"),
    ("h", "四、自评结论"),
    # T7: a grade and no score; 满分100分 and the scale's 90分 are not the score
    ("p", "按照县财政局制定的部门整体支出绩效评价指标体系，满分100分，总分90分（含）以上为优秀、75分（含）至90分为良好、"
          "60分（含）至75分为合格、60分以下为不合格。经自评，我乡2014年度部门整体支出绩效自评结果为优秀。"),
    ("h", "五、存在的问题及下一步打算"),
    ("p", "部分项目资金下达较晚，梯田和道路工程集中在秋冬季施工，年末仍有少量资金结转。下一步，我乡将提前做好项目"
          "规划和前期准备，资金到位后及时组织施工，加快支出进度。"),
]


def doc_longde(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="Microsoft Office Word 2007")
    p.title("隆德县观庄乡人民政府\n2014年度部门整体支出绩效自评报告", size=16)
    p.blocks(LONGDE)
    p.right("隆德县观庄乡人民政府")
    p.right("2015年3月25日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "yongjia-shijian-2021.pdf": doc_yongjia,
        "jingxian-langqiao-2016.docx": doc_jingxian,
        "tengchong-weiji-2017.html": lambda p: write_text(p, tengchong_html()),
        "weixian-zhujian-2020.xlsx": doc_weixian,
        "wuchuan-jiaotong-2018.pdf": doc_wuchuan,
        "yijun-nongye-2015.txt": lambda p: write_text(p, YIJUN, newline="\r\n"),
        "kuandian-shuili-2019.pdf": doc_kuandian,
        "jiangsu-sifa-2023.pdf": doc_jiangsu,
        "yingshan-nongye-2022.html": lambda p: write_text(p, yingshan_html()),
        "liannan-yingji-2025.docx": doc_liannan,
        "longde-guanzhuang-2014.pdf": doc_longde,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
