#!/usr/bin/env python3
"""Regenerate the heldout33 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout33/make_heldout33.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and MD documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML pages and the MD file are UTF-8 without BOM with LF
line ends.
The batch is a realistic mixed bag dense with arithmetic that looks wrong but is right: totals in
万元 whose parts in 元 add up only within rounding, a rate over the adjusted budget beside the
initial one, 本年收入合计 without the 上年结转 the sources list, partial and nested 其中 lists,
年初 + 追加 − 调减, funds received below the budget with the reason, sections out of 15, 20 or 40
points, first-level weights above second-level rows, a grade on the report's own scale, a rate
to one decimal, last year's figures beside this year's, 亿元 in the text beside 万元 in a table.
Five real inconsistencies are planted. Every sentence and figure below is invented; place names
are real.
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

FONT = "WQY33"
FIXED_DT = datetime.datetime(2027, 1, 20, 10, 0, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=2)
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



# =========================================================================== 1. fujian (PDF, 4 pages; 亿元 text, 上年 column)
FUJIAN_HEAD = "福建省水利厅2022年度部门整体支出绩效自评报告"
FUJIAN_TABLE = [  # 项目, 2022年, 2021年 (万元): the exact figures; the text gives them in 亿元
    ("年初预算", "52386.40", "48912.60"), ("年中追加", "6213.85", "3604.20"), ("调整后预算", "58600.25", "52516.80"),
    ("本年收入合计", "56840.25", "50936.80"), ("其中：一般公共预算财政拨款", "51260.25", "46118.30"),
    ("　　　政府性基金预算财政拨款", "3400.00", "2900.00"), ("　　　事业收入", "2180.00", "1918.50"),
    ("上年结转", "1760.00", "1580.00"),
    ("本年支出合计", "57126.38", "50756.80"), ("其中：基本支出", "14382.56", "13602.14"),
    ("　　　　其中：人员经费", "11906.34", "11254.80"), ("　　　　　　　公用经费", "2476.22", "2347.34"),
    ("　　　项目支出", "42743.82", "37154.66"), ("年末结转结余", "1473.87", "1760.00"),
]
FUJIAN_A = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。福建省水利厅负责保障全省水资源的合理开发利用，组织编制水利发展规划并监督实施，指导水利设施、"
          "水域及其岸线的管理与保护，组织实施重点水利工程建设与运行管理，承担水旱灾害防御的有关工作，指导农村水利、"
          "农村供水和水土保持工作，负责水利行业监督和水政监察。"),
    ("p", "（二）机构和预算单位。厅机关内设处室15个。纳入2022年度部门预算编报范围的单位共7个，包括厅本级和6个所属"
          "事业单位，年末在职人员486人。"),
    ("p", "（三）年度工作任务。2022年部门围绕水旱灾害防御、水利工程建设、河湖管理保护和农村供水保障四个方面安排"
          "预算，重点保障中小河流治理、病险水库除险加固、农村供水规模化建设和水土流失综合治理等项目。"),
    ("h", "二、部门预算收支情况"),
    # 亿元 in the text, the exact 万元 figures only in 表1
    ("p", "（一）预算安排。2022年部门年初预算5.24亿元，年中追加0.62亿元，调整后预算5.86亿元。本年收入合计5.68亿元，"
          "其中一般公共预算财政拨款5.13亿元、政府性基金预算财政拨款0.34亿元、事业收入0.22亿元；另有上年结转0.18亿元，"
          "与本年收入合计一并构成本年可用资金。"),
    ("p", "（二）预算执行。全年支出5.71亿元，其中基本支出1.44亿元、项目支出4.27亿元；预算执行率97.48%，年末结转结余"
          "0.15亿元。以上金额按亿元保留两位小数，精确数据以表1为准，执行率按表1数据计算。"),
    ("c", "表1　2022年度部门收支情况（单位：万元）"),
]
FUJIAN_B = [
    ("p", "与上年相比，调整后预算增加6,083.45万元，本年支出增加6,369.58万元，主要是中小河流治理和农村供水项目"
          "投入增加。"),
    ("h", "三、部门预算管理情况"),
    ("p", "（一）预算编制。预算编制坚持“先有项目再安排预算”，项目支出全部入库管理并设置绩效目标，年初预算到位后"
          "及时分解下达到各处室和所属单位。"),
    ("p", "（二）执行监控。建立支出进度月通报制度，对执行进度慢于序时进度的项目约谈责任处室；对年中追加的水毁修复"
          "资金开辟绿色通道，缩短审批时限。"),
    ("p", "（三）资产和采购管理。全年完成政府采购项目的公开招标和竞争性谈判，固定资产账实相符；按规定公开部门预算、"
          "决算和“三公”经费信息。"),
    ("p", "（四）绩效管理。年初对纳入预算的项目逐一审核绩效目标，年中组织开展绩效运行监控，对偏离目标的项目及时"
          "督促整改；年末组织所属单位开展绩效自评，并对重点项目开展抽查复核，自评结果在厅门户网站公开。"),
    ("p", "（五）内部控制。修订完善预算管理、收支管理、政府采购、资产管理和合同管理等内部控制制度，明确各环节的"
          "岗位职责和审批权限，重大支出事项实行集体决策，全年未发现违规使用资金的情况。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "年初确定的主要目标为治理中小河流180公里、完成病险水库除险加固40座、全省水土保持率达到92%以上。"),
    ("p", "（一）水利工程建设。全年完成中小河流治理186.4公里，实施病险水库除险加固42座，新增和改善灌溉面积12.6万亩。"),
    ("p", "（二）农村供水保障。新建和改造农村供水工程318处，提升了38.2万农村人口的供水保障水平，农村自来水普及率"
          "达到95.3%。"),
    ("p", "（三）水土保持和河湖管理。新增水土流失综合治理面积412平方公里，全省水土保持率达到92.6%，较上年提高"
          "0.4个百分点；组织各级河湖长巡河巡湖26.8万人次，清理整治河湖“四乱”问题1,236个。"),
    ("p", "（四）水旱灾害防御。汛前组织开展水库、水闸和堤防安全检查，落实小型水库防汛“三个责任人”，完善山洪灾害"
          "监测预警设施；汛期实行领导带班和专家值守制度，及时发布水情预警，全年未发生水库垮坝和重大人员伤亡事件。"),
    ("h", "五、自评结论"),
    ("p", "依据省财政厅印发的部门整体支出绩效评价指标体系，从预算编制、预算执行、资产管理、履职产出和履职效益五个"
          "方面逐项评分，本部门2022年度部门整体支出绩效自评得分94.3分，等级为优。"),
    ("h", "六、存在的问题"),
    ("p", "（一）部分工程项目前期工作深度不足，设计变更较多，影响了资金支付进度。"),
    ("p", "（二）所属事业单位绩效目标设置偏重产出数量，效益类指标不够具体。"),
    ("p", "（三）个别水毁修复项目资金下达较晚，年末形成结转。"),
    ("h", "七、改进措施"),
    ("p", "（一）加强项目储备和前期论证，提高初步设计质量，减少实施过程中的设计变更。"),
    ("p", "（二）完善所属单位绩效目标审核，增加可量化的效益和满意度指标。"),
    ("p", "（三）汛后及时组织水毁修复项目申报，推动资金早下达、早使用。"),
]


def doc_fujian(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=4, size=12.5, margin=78, creator="Microsoft® Word 2016", header=FUJIAN_HEAD)
    p.title("福建省水利厅\n2022年度部门整体支出绩效自评报告", size=18)
    p.blocks(FUJIAN_A)
    rows = [["项目", "2022年", "2021年"]] + [[k, money(a), money(b)] for k, a, b in FUJIAN_TABLE]
    rows.append(["预算执行率", pct(FUJIAN_TABLE[8][1], FUJIAN_TABLE[2][1]), pct(FUJIAN_TABLE[8][2], FUJIAN_TABLE[2][2])])
    p.grid(rows, [48, 26, 26], size=10, align=["l", "r", "r"])
    p.blocks(FUJIAN_B)
    p.right("福建省水利厅")
    p.right("2023年5月22日")
    p.save()
    if p.page != 4:
        raise ValueError(f"fujian: {p.page} pages, not 4")


# =========================================================================== 2. pingshan (PDF, ruled form; 一级/二级 weights)
PINGSHAN_FUNDS = [  # 年初预算, 调整后预算数, 预算执行数 (万元)
    ("总额", "320.00", "380.00", "369.36"), ("财政资金", "320.00", "380.00", "369.36"),
]
PINGSHAN_IND = [  # 一级（分）, 二级（分）, 三级, 指标值, 完成值, 权重, 得分
    ("产出指标（50分）", "数量指标（20分）", "新建茵红李基地", "≥2000亩", "2150亩", "10", "10"),
    ("产出指标（50分）", "数量指标（20分）", "改造老果园", "≥800亩", "860亩", "10", "10"),
    ("产出指标（50分）", "质量指标（15分）", "苗木栽植成活率", "≥90%", "92.5%", "15", "15"),
    ("产出指标（50分）", "时效指标（5分）", "栽植完成时间", "2019年4月底前", "2019年4月", "5", "5"),
    ("产出指标（50分）", "成本指标（10分）", "亩均建园补助", "≤1500元", "1500元", "10", "10"),
    ("效益指标（30分）", "经济效益指标（10分）", "带动农户户均增收", "≥1000元", "1260元", "10", "10"),
    ("效益指标（30分）", "社会效益指标（10分）", "带动农户", "≥600户", "640户", "10", "10"),
    ("效益指标（30分）", "可持续影响指标（10分）", "建后管护机制", "健全", "基本健全", "10", "8"),
    ("满意度指标（10分）", "服务对象满意度指标（10分）", "农户满意度", "≥90%", "93.6%", "10", "10"),
]
PINGSHAN_A = [
    ("h", "一、项目基本情况"),
    ("p", "茵红李是我县重点发展的特色水果。2019年县农业农村局实施茵红李产业基地建设项目，对新建基地和老果园改造按"
          "面积给予建园补助，由各乡镇组织申报，县农业农村局组织验收后兑付。"),
    ("h", "二、项目资金情况"),
    ("p", "2019年项目年初预算320.00万元，年中县财政追加60.00万元，调整后预算380.00万元，全部为财政资金。全年预算执行数"
          "369.36万元，预算执行率97.20%，结余10.64万元。执行数相当于年初预算的115.43%，超出年初预算的部分由年中追加"
          "资金安排。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建茵红李基地2,150亩，改造老果园860亩，苗木栽植成活率92.5%；项目带动农户640户，户均增收1,260元。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项评分（见附表），预算执行情况权重10分，绩效指标权重90分。项目自评得分97.72分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "1.部分新建基地土壤改良不到位，个别地块苗木长势偏弱。"),
    ("p", "2.建后管护主要依靠农户自管，管护标准不统一。"),
    ("h", "六、改进措施"),
    ("p", "1.组织技术人员开展土壤改良和栽培管理指导，对长势偏弱的地块及时补植。"),
    ("p", "2.推行“合作社+农户”管护模式，制定统一的管护标准并纳入验收。"),
]


def pingshan_rows() -> tuple[list[list[str]], Merges, Decimal]:
    _, initial, adjusted, done = PINGSHAN_FUNDS[0]
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"]]
    first = len(rows)
    rows += [list(r) for r in PINGSHAN_IND]
    total = Decimal(exec_score(done, adjusted)) + sum(Decimal(r[6]) for r in PINGSHAN_IND)
    rows.append(["合计（含预算执行10分）", "", "", "", "", "100", f"{total:.2f}"])
    merges = level_merges(PINGSHAN_IND, first)
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges, total


def doc_pingshan(path: Path) -> None:
    rows, merges, total = pingshan_rows()
    p = Pdf(path, footer_style="dash", size=11, margin=62, creator="WPS Writer")
    p.title("屏山县农业农村局\n2019年度茵红李产业基地建设项目支出绩效自评报告", size=15)
    p.blocks(PINGSHAN_A)
    p.right("屏山县农业农村局")
    p.right("2020年4月10日")
    p.new_page()
    p.center("附表　屏山县2019年度项目支出绩效自评表", size=12)
    p.para("项目名称：茵红李产业基地建设项目　　主管部门：屏山县农业农村局　　金额单位：万元", indent=False, size=9.5)
    funds = [["预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"]]
    for k, (name, a, b, c) in enumerate(PINGSHAN_FUNDS):
        funds.append([name, a, b, c, pct(c, b), "10" if k == 0 else "/", exec_score(c, b) if k == 0 else "/"])
    p.grid(funds, [20, 13, 14, 13, 13, 8, 9], size=9, align=["l", "c", "c", "c", "c", "c", "c"])
    p.center("绩效指标（90分）", size=10)
    p.grid(rows, [17, 19, 19, 14, 12, 7, 7], merges, size=8.5, align=["c", "c", "l", "c", "c", "c", "c"])
    p.save()
    if abs(total - Decimal("97.72")) > 0:
        raise ValueError(total)


# =========================================================================== 3. changjiang (PDF, table over a page break)
CHANGJIANG_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "新建集中供水工程", "≥6处", "6处", "10", "10"),
    ("产出指标", "数量指标", "改造供水管网", "≥42公里", "43.6公里", "10", "10"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "工程完工时间", "2024年11月底前", "2024年12月", "10", "8"),
    ("产出指标", "成本指标", "工程建设成本", "≤1260万元", "1068.4万元", "10", "10"),
    ("效益指标", "社会效益指标", "受益农村人口", "≥2.8万人", "2.96万人", "15", "15"),
    ("效益指标", "可持续影响指标", "农村自来水普及率", "≥90%", "91.2%", "15", "13"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.4%", "10", "10"),
]
CHANGJIANG_FUNDS = ("1260.00", "1100.00", "1068.40")  # 全年预算数, 实际到位, 实际支出 (万元)
CHANGJIANG_A = [
    ("h", "一、项目概况"),
    ("p", "为解决部分乡镇农村供水水量不足、水质不稳定的问题，2024年县水务局实施农村供水保障工程，新建集中供水工程，"
          "改造老旧供水管网，推进城乡供水一体化。项目由县水务局组织实施，各乡镇配合做好管线用地协调。"),
    ("h", "二、项目资金情况"),
    # funds received below the budget, with the reason; the rate to one decimal (1,068.40 ÷ 1,260.00 = 84.79%)
    ("p", "2024年项目全年预算数1,260.00万元，其中中央水利发展资金780.00万元、省级财政资金320.00万元、县级配套资金160.00"
          "万元。截至2024年12月31日，中央和省级资金已全部拨付到位；县级配套资金因县级财力紧张暂未到位，已列入下年度"
          "预算安排，实际到位资金1,100.00万元。项目实际支出1,068.40万元，预算执行率84.8%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建集中供水工程6处，改造供水管网43.6公里，工程验收合格率100%；项目受益农村人口2.96万人，全县农村"
          "自来水普及率达到91.2%。因县级配套资金未到位，部分管网工程的进度款延后支付，工程完工时间比计划推迟一个月。"),
    ("h", "四、自评结论"),
    ("p", "对照年初设定的绩效目标，项目组逐项评分（见表1），项目自评得分94.48分，等级为优。"),
    ("p", "项目绩效指标的年度指标值与完成情况如下，其中预算执行率按实际支出占全年预算数的比例计算，分值10分。"
          "因县级配套资金未到位，预算执行率指标按实际执行率计分。"),
    ("c", "表1　项目绩效指标完成情况"),
]
CHANGJIANG_B = [
    ("h", "五、存在的问题"),
    ("p", "（一）县级配套资金未能按计划到位，影响了工程进度款的支付。"),
    ("p", "（二）部分新建工程的水质检测设备配置不足，日常水质监测频次偏低。"),
    ("h", "六、改进措施"),
    ("p", "（一）积极向县财政争取，将未到位的配套资金在下年度预算中优先安排。"),
    ("p", "（二）为新建集中供水工程配齐水质检测设备，落实日常检测制度。"),
]


def doc_changjiang(path: Path) -> None:
    budget, _received, done = CHANGJIANG_FUNDS
    p = Pdf(path, footer_style="plain", size=11.5, margin=66, creator="WPS Writer")
    p.title("昌江黎族自治县水务局\n2024年农村供水保障工程项目绩效自评报告", size=16)
    p.blocks(CHANGJIANG_A)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["预算执行", "预算执行率", "预算执行率", "100%", "84.8%", "10", exec_score(done, budget)]]
    rows += [list(r) for r in CHANGJIANG_IND]
    total = Decimal(exec_score(done, budget)) + sum(Decimal(r[6]) for r in CHANGJIANG_IND)
    rows.append([("合计", 5), "100", f"{total:.2f}"])
    p.table(rows, [10, 13, 20, 15, 14, 7, 7], style="grid", size=9.5, align=["c", "c", "l", "c", "c", "c", "c"])
    p.blocks(CHANGJIANG_B)
    p.right("昌江黎族自治县水务局")
    p.right("2025年3月28日")
    p.save()
    if total != Decimal("94.48") or p.page != 2:
        raise ValueError(f"changjiang: {total}, {p.page} pages")


# =========================================================================== 4. tancheng (PDF, borderless table in 元)
TANCHENG_CLASSES = [  # 经济分类, 金额 (元): add up to 15,382,721.26, the text's 1,538.27万元 rounded
    ("工资福利支出", "12046382.57"), ("商品和服务支出", "2187645.28"), ("对个人和家庭的补助", "1148693.41"),
]
TANCHENG_A = [
    ("h", "一、部门基本情况"),
    ("p", "郯城县人力资源和社会保障局负责全县就业创业、社会保险、人才开发、劳动关系和劳动保障监察等工作，下设县"
          "公共就业和人才服务中心、县劳动人事争议仲裁院等二级单位5个，年末在职人员96人。"),
    ("h", "二、预算收支情况"),
    ("p", "2016年部门年初预算2,468.30万元，年中追加312.50万元，调整后预算2,780.80万元，其中一般公共预算财政拨款"
          "2,580.80万元、上年结转200.00万元。全年支出2,714.46万元，其中基本支出1,538.27万元（人员经费1,319.51万元、"
          "公用经费218.76万元），项目支出1,176.19万元；预算执行率97.61%，年末结转结余66.34万元。"),
    ("p", "基本支出按经济分类的明细见表1。表1金额以元为单位，正文金额以万元为单位并保留两位小数。"),
    ("c", "表1　2016年度基本支出经济分类明细（单位：元）"),
]
TANCHENG_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "年初确定的目标为城镇新增就业6,000人、开展职业技能培训3,000人次。全年实现城镇新增就业6,842人，失业人员"
          "再就业1,936人；开展职业技能培训3,260人次；劳动保障监察案件结案率98.6%，为312名农民工追回被拖欠工资1,486万元。"),
    ("h", "四、自评结论"),
    ("p", "按照县财政局制定的部门整体支出绩效评价指标逐项打分，本部门2016年度综合评分93分，评价等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "1.就业创业补贴申报材料多、审核环节多，部分补贴发放周期偏长。"),
    ("p", "2.乡镇劳动保障所人员少，基层就业服务能力不足。"),
    ("h", "六、改进措施"),
    ("p", "1.简化补贴申报材料，推行网上申报和部门间数据比对。"),
    ("p", "2.通过业务培训和购买服务充实基层就业服务力量。"),
]


def doc_tancheng(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=70, creator="Microsoft Office Word 2007")
    p.title("郯城县人力资源和社会保障局\n2016年度部门整体支出绩效自评报告", size=16)
    p.blocks(TANCHENG_A)
    rows = [["经济分类", "金额", ""]] + [[k, money(v), ""] for k, v in TANCHENG_CLASSES]
    p.grid(rows, [44, 28, 28], size=10.5, align=["l", "r", "l"], ruled=False)
    p.blocks(TANCHENG_B)
    p.right("郯城县人力资源和社会保障局")
    p.right("2017年4月20日")
    p.save()


# =========================================================================== 5. ehu (PDF, 镇; E1)
EHU = [
    ("h", "一、基本情况"),
    ("p", "鹅湖镇位于铅山县北部，辖11个行政村和1个社区。镇政府内设党政综合办公室、经济发展办公室、社会事务办公室"
          "等机构6个，下设财政所、农业综合服务站等站所5个，年末在职人员58人。"),
    ("h", "二、预算收支情况"),
    # E1: 438.62 + 293.56 = 732.18, 10.00 short of the 742.18 that the rate and the balance confirm
    ("p", "2017年我镇年初预算612.40万元，年中追加148.60万元，调整后预算761.00万元，全部为一般公共预算财政拨款。全年"
          "支出742.18万元，其中基本支出438.62万元（人员经费372.40万元、公用经费66.22万元），项目支出293.56万元；预算"
          "执行率97.53%，年末结转结余18.82万元。"),
    ("p", "项目支出重点用于农村人居环境整治、防汛抗旱和村级组织运转等方面，其中农村人居环境整治112.30万元、防汛抗旱"
          "46.80万元。"),
    ("h", "三、主要工作成效"),
    ("p", "全年完成12个村庄的环境整治，清运农村生活垃圾1,860吨，新建和改造农村公厕14座；修复水毁道路6.8公里、"
          "山塘9座；全镇农村低保、特困人员救助资金按月足额发放。"),
    ("h", "四、自评结论"),
    ("p", "本次自评满分100分，其中预算管理20分、履职产出40分、履职效益30分、社会满意度10分。经自评，预算管理得17.5分、"
          "履职产出得38分、履职效益得27.5分、社会满意度得9分，自评得分92分，等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：一是年中追加资金下达较晚，部分项目集中在四季度支出；二是村级财务人员业务水平参差不齐，"
          "报账资料不够规范。"),
    ("p", "改进措施：一是提前谋划年度项目，按季度均衡安排支出；二是定期组织村级报账员培训，规范报账资料。"),
]


def doc_ehu(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=70, creator="Microsoft Office Word 2007")
    p.title("铅山县鹅湖镇人民政府\n2017年度部门整体支出绩效自评报告", size=16)
    p.blocks(EHU)
    p.right("铅山县鹅湖镇人民政府")
    p.right("2018年3月30日")
    p.save()


# =========================================================================== 6. milin (PDF, 三线表; E3)
MILIN_IND = [  # 一级指标, 二级指标, 分值, 得分
    ("决策", "项目立项", "5", "5"), ("决策", "绩效目标", "5", "4"), ("决策", "资金投入", "5", "5"),
    ("过程", "资金管理", "10", "9"), ("过程", "组织实施", "10", "9.5"),
    ("产出", "产出数量", "15", "15"), ("产出", "产出质量", "10", "9"), ("产出", "产出时效", "5", "4"),
    ("产出", "产出成本", "10", "7.1"),
    ("效益", "社会效益", "10", "9"), ("效益", "生态效益", "10", "8"), ("效益", "满意度", "5", "4"),
]
MILIN_A = [
    ("h", "一、项目概况"),
    ("p", "生态护林员补助项目从建档立卡贫困人口中选聘生态护林员，承担林地和草原的日常巡护、火情报告和有害生物"
          "监测等任务，按月发放劳务补助，带动护林员家庭稳定增收。"),
    ("h", "二、项目资金情况"),
    ("p", "2020年项目全年预算数604.80万元，全部为中央财政资金，按每人每年3,500元的标准，用于全县1,728名生态护林员"
          "的劳务补助。中央资金已全部拨付到位。全年实际支出595.10万元，预算执行率98.40%，结余9.70万元，为年内解聘"
          "人员的剩余补助，已按规定收回。2019年该项目预算数581.00万元、支出576.20万元，执行率99.17%。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年聘用生态护林员1,728名，管护林地和草原182.6万亩；护林员累计巡护4.6万人次，发现并报告火情隐患126处，"
          "制止乱砍滥伐和非法放牧等行为38起，全年未发生森林草原火灾。"),
    ("h", "四、自评结论"),
    ("p", "按照项目支出绩效评价指标体系，从决策、过程、产出和效益四个方面评分（见表1）。决策类指标满分15分，得14分；"
          "过程类指标满分20分，得18.5分；产出类指标满分40分，得35.1分；效益类指标满分25分，得21分。"),
    # E3: 88.6 is 良 on the scale the report prints
    ("p", "本项目综合得分88.6分，评价等级为“优”。评价等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）"
          "至80分为中，60分以下为差。该项目上年自评得分91.2分，等级为优。"),
    ("c", "表1　项目绩效评价得分情况"),
]
MILIN_B = [
    ("h", "五、存在的问题"),
    ("p", "1.部分护林员年龄偏大，巡护能力不足，巡护记录不够规范。"),
    ("p", "2.护林员考核结果与补助发放挂钩不够紧密。"),
    ("h", "六、改进措施"),
    ("p", "1.开展护林员业务培训，推广使用巡护终端记录巡护轨迹。"),
    ("p", "2.完善月度考核办法，将考核结果作为补助发放和续聘的依据。"),
]


def doc_milin(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=68, creator="WPS Writer")
    p.title("米林县林业和草原局\n2020年度生态护林员补助项目支出绩效自评报告", size=15)
    p.blocks(MILIN_A)
    rows = [["一级指标", "二级指标", "分值", "得分"]] + [list(r) for r in MILIN_IND]
    weights = sum(Decimal(r[2]) for r in MILIN_IND)
    scores = sum(Decimal(r[3]) for r in MILIN_IND)
    rows.append(["合计", "", f"{weights}", f"{scores}"])
    p.table(rows, [20, 30, 15, 15], style="three", size=9.5, align=["c", "c", "c", "c"])
    p.blocks(MILIN_B)
    p.right("米林县林业和草原局")
    p.right("2021年4月15日")
    p.save()
    if (weights, scores) != (Decimal(100), Decimal("88.6")):
        raise ValueError((weights, scores))


# =========================================================================== 7. kuimen (DOCX, 街道; E5)
def doc_kuimen(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "奉节县夔门街道办事处", 18)
    office.centred_title(d, "2021年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "夔门街道办事处负责辖区党的建设、经济发展服务、社区治理、民生保障、平安建设和城市管理等工作，辖8个社区和"
            "3个村，内设综合办公室、党建工作办公室、经济发展办公室等机构7个，年末在职人员64人。")
    office.bold_line(d, "二、预算收支情况", indent=24)
    # E5: 1,846.20 + 326.40 − 58.70 = 2,113.90, 10.00 short of the 2,123.90 the sources, rate and balance confirm
    para(d, "2021年年初预算1,846.20万元，年中追加326.40万元，因部分项目由县级部门统一实施调减58.70万元，调整后预算"
            "2,123.90万元，其中一般公共预算财政拨款1,983.90万元、上年结转140.00万元。")
    # a part of a part in one 其中 list: 人员经费 sits inside 基本支出
    para(d, "全年支出2,068.35万元，其中基本支出1,124.62万元、人员经费962.18万元、项目支出943.73万元（基本支出中公用经费"
            "162.44万元）；预算执行率97.38%，年末结转结余55.55万元。全年支出相当于年初预算的112.03%，主要是年中追加了"
            "老旧小区改造配套和疫情防控经费。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年完成老旧小区改造12个，惠及居民2,860户；新增城镇就业486人；调解矛盾纠纷236件，调解成功率98.3%；"
            "开展城市管理集中整治行动24次，清理占道经营1,120处。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "按照县财政局部门整体支出绩效评价指标体系逐项评分，本街道2021年度部门整体支出绩效自评得分91.5分，等级为优。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）年中追加和调减的项目较多，年初预算的准确性有待提高。")
    para(d, "（二）社区工作者队伍流动性大，社区服务经费使用效益不够高。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）加强与县级部门的沟通，提前明确项目实施主体，提高年初预算的准确性。")
    para(d, "（二）落实社区工作者薪酬待遇，加强社区服务项目的绩效跟踪。")
    office.aligned(d, "奉节县夔门街道办事处", "right")
    office.aligned(d, "2022年4月8日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 8. pinggu (DOCX, Word table; 调减, own scale)
PINGGU_FUNDS = ("3148.50", "3082.74")  # 调整后预算, 实际支出 (万元)
PINGGU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "养护平原造林面积", "≥6.5万亩", "6.62万亩", "10", "10"),
    ("产出指标", "数量指标", "补植补造苗木", "≥3万株", "3.26万株", "10", "10"),
    ("产出指标", "质量指标", "林木保存率", "≥95%", "93.8%", "10", "8"),
    ("产出指标", "时效指标", "养护作业按期完成率", "100%", "96%", "10", "8"),
    ("产出指标", "成本指标", "亩均养护成本", "≤480元", "466元", "10", "10"),
    ("效益指标", "生态效益指标", "新增森林覆盖率", "≥0.3个百分点", "0.28个百分点", "15", "11"),
    ("效益指标", "社会效益指标", "带动本地农民就业", "≥1500人", "1620人", "15", "12"),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "88.4%", "10", "8"),
]


def pinggu_rows() -> tuple[list[list[str]], Merges, Decimal]:
    budget, done = PINGGU_FUNDS
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["预算执行", "预算执行率", "预算执行率", "100%", pct(done, budget), "10", exec_score(done, budget)]]
    first = len(rows)
    rows += [list(r) for r in PINGGU_IND]
    total = Decimal(exec_score(done, budget)) + sum(Decimal(r[6]) for r in PINGGU_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}"])
    merges = level_merges(PINGGU_IND, first)
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges, total


def doc_pinggu(path: Path) -> None:
    budget, done = PINGGU_FUNDS
    rows, merges, total = pinggu_rows()
    d = STAMP.new_docx()
    office.centred_title(d, "北京市平谷区园林绿化局", 18)
    office.centred_title(d, "2016年度平原造林工程养护项目绩效自评报告", 15)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "平原造林工程养护项目对全区已建成的平原造林地块开展浇水、修剪、病虫害防治、补植补造和防火巡查等养护作业，"
            "由区园林绿化局组织实施，各乡镇林业站负责日常监督。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    # 年初 + 追加 − 调减 = 调整后: 2,860.00 + 415.00 − 126.50 = 3,148.50
    para(d, f"项目年初预算2,860.00万元，年中追加415.00万元，因部分地块移交乡镇管护调减预算126.50万元，调整后预算"
            f"{money(budget)}万元。全年实际支出{money(done)}万元，预算执行率{pct(done, budget)}，结余"
            f"{money(dec(budget) - dec(done))}万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年养护平原造林6.62万亩，补植补造苗木3.26万株，林木保存率93.8%；养护作业带动本地农民就业1,620人。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, f"按照项目绩效指标逐项评分（见下表），项目自评得分{total:.2f}分。按照区财政局印发的项目支出绩效评价办法，"
            "85分（含）以上为优，70分（含）至85分为良，60分（含）至70分为中，60分以下为差，本项目评价等级为优。")
    office.centred_title(d, "项目绩效指标自评表", 12)
    table(d, rows, docx_merges(merges))
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.部分地块土壤瘠薄，林木保存率未达到目标值。")
    para(d, "2.养护作业受夏季连续降雨影响，个别标段未能按期完成。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.对保存率低的地块开展土壤改良，选用适生树种补植。")
    para(d, "2.合理安排养护作业计划，加强对养护单位的考核。")
    office.aligned(d, "北京市平谷区园林绿化局", "right")
    office.aligned(d, "2017年3月24日", "right")
    STAMP.save_docx(d, path)
    if total != Decimal("86.79"):
        raise ValueError(total)


# =========================================================================== 9. wuqing (portal page; E2)
WUQING = [
    ("b", "一、部门基本情况"),
    ("p", "天津市武清区发展和改革委员会负责拟订并组织实施全区国民经济和社会发展规划，统筹推进重点项目建设，承担"
          "固定资产投资项目审批、核准和备案，负责价格管理和节能审查等工作。委机关内设科室12个，下设区价格认证中心"
          "等事业单位2个，年末在职人员78人。"),
    ("b", "二、预算收支情况"),
    # E2: 97.34% is no ratio of these figures; 1,542.26 ÷ 1,600.80 = 96.34%
    ("p", "2018年部门年初预算1,386.50万元，年中追加214.30万元，调整后预算1,600.80万元，其中一般公共预算财政拨款"
          "1,520.80万元、上年结转80.00万元。全年支出1,542.26万元，其中基本支出896.48万元、项目支出645.78万元，比上年"
          "的1,488.90万元增长3.58%；全年支出完成年初预算的111.23%，预算执行率97.34%，年末结转结余58.54万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年审批、核准和备案固定资产投资项目268个，推动42个市、区重点项目开工建设；完成价格认定1,216件，开展"
          "重要民生商品价格监测4,680次；完成固定资产投资项目节能审查36个。"),
    ("b", "四、自评结论"),
    ("p", "按照区财政局部门整体支出绩效评价指标体系，本部门2018年度部门整体支出绩效自评得分90.5分，等级为优。"),
    ("b", "五、存在的问题"),
    ("p", "一是部分项目支出进度前慢后快，四季度支出占比偏高；二是个别项目绩效目标设置不够细化。"),
    ("b", "六、改进措施"),
    ("p", "一是按月跟踪项目支出进度；二是细化量化绩效指标；三是加强绩效自评结果在预算安排中的应用。"),
    ("r", "天津市武清区发展和改革委员会"),
    ("r", "2019年5月16日"),
]


def wuqing_html() -> str:
    return portal(
        "天津市武清区人民政府", "预算绩效", "天津市武清区发展和改革委员会2018年度部门整体支出绩效自评报告",
        ["首页", "政务公开", "财政预决算", "部门预决算"],
        "发布时间：2019-05-20 09:32　来源：区发展改革委　浏览次数：358",
        paragraphs_html(WUQING),
        "<p>主办：天津市武清区人民政府办公室</p>\n"
        "<p>网站标识码：1200000014　津ICP备05003866号　津公网安备12011402000266号</p>")


# =========================================================================== 10. hualong (XLSX form; E4)
HUALONG_FUNDS = ("1120.00", "1186.40", "1143.46")  # 年初, 全年, 执行; 当年财政拨款 1,120.00 / 1,120.00 / 1,082.50,
#                                                   上年结转 — / 66.40 / 60.96; the rate printed to one decimal
HUALONG_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.6%", 10, 10, ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥1.2万人", "1.26万人", 10, 10, ""),
    ("产出指标", "数量指标", "高血压患者规范管理率", "≥65%", "66.8%", 5, 5, ""),  # E4: the weights add up to 95
    ("产出指标", "质量指标", "儿童健康管理率", "≥90%", "91.5%", 10, 10, ""),
    ("产出指标", "时效指标", "项目资金拨付及时率", "100%", "100%", 10, 10, ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", "≥26%", "27.4%", 15, 15, ""),
    ("效益指标", "可持续影响指标", "基层医疗卫生机构服务能力", "持续提升", "有所提升", 15, 12,
     "乡村医生队伍不稳定；加强乡村医生培训"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "86.2%", 10, 10, ""),
]


def doc_hualong(path: Path) -> None:
    import openpyxl

    initial, adjusted, done = HUALONG_FUNDS
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    for col, w in zip("ABCDEFGHI", [13, 16, 26, 13, 13, 13, 8, 10, 24], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2023年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "金额单位：万元", merge_to="I3", border=False)
    xl_put(ws, "A4", "项目名称", center=True, merge_to="B4")
    xl_put(ws, "C4", "基本公共卫生服务项目", merge_to="I4")
    xl_put(ws, "A5", "主管部门", center=True, merge_to="B5")
    xl_put(ws, "C5", "化隆回族自治县卫生健康局", merge_to="E5")
    xl_put(ws, "F5", "实施单位", center=True)
    xl_put(ws, "G5", "化隆回族自治县卫生健康局", merge_to="I5")
    xl_put(ws, "A6", "项目资金（万元）", center=True, merge_to="A10")
    for col, head in zip("BCDEFG", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"), strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    xl_put(ws, "H6", "得分", center=True, merge_to="I6")
    shown = f"{rate(done, adjusted).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"  # 96.38 printed as 96.4%
    lines = [
        ("年度资金总额", float(initial), float(adjusted), float(done), 10, shown, float(exec_score(done, adjusted))),
        ("其中：当年财政拨款", float(initial), float(initial), 1082.50, E, E, E),
        ("上年结转资金", E, 66.40, 60.96, E, E, E),
        ("其他资金", E, E, E, E, E, E),
    ]
    for r, line in enumerate(lines, 7):
        for col, v in zip("BCDEFGH", line, strict=True):
            fmt = "0.00" if isinstance(v, float) else None
            xl_put(ws, f"{col}{r}", v, fmt=fmt, center=col != "B", merge_to=f"I{r}" if col == "H" else None)
    xl_put(ws, "A11", "年度总体目标", center=True, merge_to="A12")
    xl_put(ws, "B11", "预期目标", center=True, merge_to="E11")
    xl_put(ws, "F11", "实际完成情况", center=True, merge_to="I11")
    xl_put(ws, "B12", "为辖区常住居民免费提供基本公共卫生服务，居民电子健康档案建档率达到90%以上，65岁及以上老年人"
                      "健康管理1.2万人以上，居民健康素养水平达到26%以上。", merge_to="E12")
    xl_put(ws, "F12", "全年居民电子健康档案建档率92.6%，较上年的90.8%提高1.8个百分点；为1.26万名65岁及以上老年人提供"
                      "健康管理服务；居民健康素养水平27.4%。", merge_to="I12")
    ws.row_dimensions[12].height = 70
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    xl_put(ws, "A13", "绩效指标", center=True, merge_to=f"A{13 + len(HUALONG_IND)}")
    for col, head in zip("BCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}13", head, bold=True, center=True)
    for r, row in enumerate(HUALONG_IND, 14):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "EFGH")
    for col in "BC":
        k, labels = 0, [(r[0], r[1]) if col == "C" else (r[0],) for r in HUALONG_IND]
        while k < len(labels):
            j = k
            while j + 1 < len(labels) and labels[j + 1] == labels[k]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{k + 14}:{col}{j + 14}")
            k = j + 1
    end = 14 + len(HUALONG_IND)
    score = Decimal(exec_score(done, adjusted)) + sum(Decimal(r[6]) for r in HUALONG_IND)
    xl_put(ws, f"B{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(score), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "")
    xl_put(ws, f"A{end + 2}", "填报单位（盖章）：化隆回族自治县卫生健康局　　填报人：马××　　联系电话：0972-8712306　　"
                              "填报日期：2024年3月12日", merge_to=f"I{end + 2}", border=False)
    STAMP.save_xlsx(wb, path)
    if score != Decimal("91.64"):
        raise ValueError(score)


# =========================================================================== 11. rongshui (portal page; funds short)
RONGSHUI = [
    ("b", "一、项目基本情况"),
    ("p", "油茶是我县重要的木本油料和林农增收产业。2015年县林业局实施油茶低产林改造项目，通过垦复、施肥、修剪和补植"
          "良种苗木，提高现有油茶林的产量，项目区涉及8个乡镇。"),
    ("b", "二、项目资金情况"),
    # funds received below the budget, with the reason; a part of a part among the spending parts
    ("p", "项目全年预算数450.00万元，其中中央财政补助300.00万元、自治区财政补助100.00万元、县级配套资金50.00万元。"
          "中央和自治区资金已全部到位，县级配套资金因县财政困难到位30.00万元，实际到位资金430.00万元。全年实际支出"
          "418.60万元，其中改造补助386.20万元、技术培训和检查验收32.40万元，改造补助中直接兑付农户的劳务补助142.60万元；"
          "预算执行率93.02%。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年完成油茶低产林改造1.2万亩，受益农户2,360户；举办油茶丰产栽培技术培训班26期，培训林农3,400人次。"),
    ("b", "四、自评结论"),
    ("p", "经项目组自评，本项目自评得分90分，评价等级为优（90分及以上为优）。"),
    ("b", "五、存在的问题"),
    ("p", "1.县级配套资金到位不足，部分乡镇的检查验收工作推迟。"),
    ("p", "2.部分农户管护意识不强，改造后的油茶林后续管护跟不上。"),
    ("b", "六、下一步工作"),
    ("p", "1.积极争取上级资金支持，落实县级配套资金。"),
    ("p", "2.推广“公司+合作社+农户”模式，建立改造后油茶林的长效管护机制。"),
    ("r", "融水苗族自治县林业局"),
    ("r", "2016年3月18日"),
]


def rongshui_html() -> str:
    return portal(
        "融水苗族自治县人民政府", "绩效评价", "融水苗族自治县林业局2015年油茶低产林改造项目绩效自评报告",
        ["首页", "政务公开", "财政信息", "绩效评价"],
        "发布时间：2016-03-25 10:16　来源：县林业局　浏览次数：193",
        paragraphs_html(RONGSHUI),
        "<p>主办：融水苗族自治县人民政府办公室　承办：融水苗族自治县信息中心</p>\n"
        "<p>网站标识码：4502250001　桂ICP备05003421号</p>")


# =========================================================================== 12. jiading (MD; 元 project table)
JIADING_PROJECTS = [  # 项目名称, 预算数 (元), 执行数 (元): the executed add up to 147,444,825.35,
    #                   the text's 项目支出14,744.48万元 rounded
    ("养老服务补贴项目", "62000000.00", "61236418.52"),
    ("社会救助项目", "58300000.00", "57982364.17"),
    ("社区治理和社会组织培育项目", "18600000.00", "17945206.40"),
    ("殡葬和婚姻登记服务项目", "12340000.00", "10280836.26"),
]


def jiading_md() -> str:
    def yuan(x: str) -> str:
        return money(x)

    project_rows = "\n".join(f"| {n} | {yuan(b)} | {yuan(e)} | {pct(e, b)} |" for n, b, e in JIADING_PROJECTS)
    return f"""# 上海市嘉定区民政局2025年度部门整体支出绩效自评报告

## 一、部门基本情况

上海市嘉定区民政局负责全区养老服务、社会救助、社区治理、社会组织管理、殡葬管理和婚姻登记等工作。局机关内设科室9个，下属事业单位4个，年末在职人员132人。

## 二、预算收支情况

2025年部门年初预算18,642.30万元，年中追加1,226.70万元，调整后预算19,869.00万元，其中一般公共预算财政拨款18,969.00万元、上年结转900.00万元。全年支出19,426.85万元，预算执行率97.77%，年末结转结余442.15万元。支出构成见表1。

表1　2025年度支出构成（单位：万元）

| 项目 | 金额 |
| --- | ---: |
| 本年支出合计 | 19,426.85 |
| 一、基本支出 | 4,682.37 |
| 其中：人员经费 | 3,916.52 |
| 　　　公用经费 | 765.85 |
| 二、项目支出 | 14,744.48 |

项目支出全部用于以下四个项目，明细见表2。

表2　2025年度项目支出明细（单位：元）

| 项目名称 | 预算数 | 执行数 | 执行率 |
| --- | ---: | ---: | ---: |
{project_rows}

注：表1金额以万元为单位并保留两位小数，表2金额以元为单位。

## 三、绩效目标完成情况

全年为1.86万名老年人发放养老服务补贴，新建社区长者食堂8家、综合为老服务中心2家；全区城乡低保对象月均4,126人，临时救助1,284人次；培育孵化社区社会组织36家；办理婚姻登记6,820对，节地生态安葬率达到72.5%。

## 四、自评结论

对照部门整体支出绩效评价指标逐项评分，本部门2025年度部门整体支出绩效自评得分95.6分，等级为优。

## 五、存在的问题

1. 部分养老服务设施建设项目受选址影响，开工时间推迟。
2. 社区社会组织专业化水平不高，承接政府购买服务的能力不足。
3. 殡葬和婚姻登记服务项目的执行率偏低。

## 六、改进措施

1. 提前做好养老服务设施选址和前期手续办理。
2. 加强社区社会组织培育和评估，提升专业服务能力。

上海市嘉定区民政局

2026年4月15日
"""


def main(argv: list[str] | None = None) -> None:
    builders = {
        "fujian-shuili-2022.pdf": doc_fujian,
        "pingshan-nongye-2019.pdf": doc_pingshan,
        "changjiang-shuiwu-2024.pdf": doc_changjiang,
        "tancheng-renshe-2016.pdf": doc_tancheng,
        "ehu-zhen-2017.pdf": doc_ehu,
        "milin-linye-2020.pdf": doc_milin,
        "kuimen-jiedao-2021.docx": doc_kuimen,
        "pinggu-yuanlin-2016.docx": doc_pinggu,
        "wuqing-fagai-2018.html": lambda p: write_text(p, wuqing_html()),
        "hualong-weijian-2023.xlsx": doc_hualong,
        "rongshui-linye-2015.html": lambda p: write_text(p, rongshui_html()),
        "jiading-minzheng-2025.md": lambda p: write_text(p, jiading_md()),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
