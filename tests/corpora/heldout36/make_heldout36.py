#!/usr/bin/env python3
"""Regenerate the heldout36 evaluation batch (14 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout36/make_heldout36.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and Markdown documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf, and one
platypus table drawn on its canvas); the two scanned pages are rendered by pypdfium2, degraded by Pillow with
a fixed seed and stored as JPEGs; the DOCX and XLSX are re-zipped with a fixed entry date and fixed
core-property dates (tests/corpora/builder/office_kit); the HTML pages and the Markdown file are UTF-8 without
BOM with LF line ends.
The batch is a third realistic mixed bag shaped like the hidden test set, about the units that report and the
forms provinces prescribe: a hospital, a 卫生院, a 妇幼保健院, two schools, two 中心, two 站, a 所, a 事务所, two 馆
and a 队, in 县级市, 自治州, a 旗 of a 盟 and a 新区; a Guangdong-style 自评表 with 一级 subtotals, a Sichuan form with
a project code, a Hubei-style department form, an Anhui 绩效目标自评表, a Shandong form on a portal, a Ningxia
决策 / 管理 / 产出 / 效益 form and a Henan form with units in its cells. Five real inconsistencies are planted,
one per document and family; the traps look wrong and are right.
Every sentence and figure below is invented; place names are real.
"""
from __future__ import annotations

import datetime
import io
import os
import random
import sys
import tempfile
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts, office  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf, wrap  # noqa: E402
from tests.corpora.builder.forms import AnhuiTable, anhui_table  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.pdf import cell_style  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY36"
FIXED_DT = datetime.datetime(2027, 3, 3, 10, 15, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=6)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"

Merges = dict[tuple[int, int], tuple[int, int]]


# =========================================================================== helpers
def dec(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", "").replace("万元", ""))


def rate(executed: Any, budget: Any) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: Any, budget: Any) -> str:
    return f"{rate(executed, budget)}%"


def exec_score(executed: Any, budget: Any, weight: int = 10, places: str = "0.01") -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal(places), ROUND_HALF_UP))


def money(x: Any) -> str:
    return f"{dec(x):,.2f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `—N—`, `第N页` or none), wrapping
    that keeps closing punctuation on its line, right-aligned lines, a one-page grid with merged cells and a
    platypus flowable drawn on the canvas."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0,
                 creator: str = "WPS Writer", **layout: Any) -> None:
        self.footer_style = footer_style
        self.total = total
        super().__init__(path, fonts.zenhei(FONT), footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is None:
            return
        text = {"dash": f"- {self.page} -", "of": f"第 {self.page} 页 共 {self.total} 页",
                "em": f"—{self.page}—", "page": f"第{self.page}页"}[self.footer_style]
        c.setFont(self.font, 10)
        c.drawCentredString(self.W / 2, self.m - 24, text)

    def para(self, text: str, indent: bool = True, size: float | None = None) -> None:
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

    def blocks(self, blocks: Sequence[tuple[str, str]]) -> None:
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
        cell over the area."""
        merges = merges or {}
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.42
        covered = {(rr, cc) for (r, col), (rs, cs) in merges.items() for rr in range(r, r + rs)
                   for cc in range(col, col + cs) if (rr, cc) != (r, col)}

        def span(r: int, col: int) -> tuple[int, int]:
            return merges.get((r, col), (1, 1))

        def lines_of(r: int, col: int) -> list[str]:
            w = sum(ws[col:col + span(r, col)[1]])
            text = rows[r][col]
            return wrap_cjk(text, self.font, w - 2 * pad, size) if text else []

        heights = []
        for r in range(len(rows)):
            h = lead + 2 * pad
            for col in range(len(ws)):
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
            for col in range(len(ws)):
                if (r, col) in covered:
                    continue
                rs, cs = span(r, col)
                x = self.m + sum(ws[:col])
                a = (align[col] if align else "l") if cs == 1 else "l"
                self._cell(x, tops[r], sum(ws[col:col + cs]), sum(heights[r:r + rs]), lines_of(r, col), size,
                           lead, pad, a, rs > 1, ruled)
        self.y -= sum(heights) + 10

    def flow(self, flowable: Any) -> None:
        """A platypus flowable (a table) drawn on the canvas at the current line, on a new page if it does not fit."""
        _, h = flowable.wrap(self.cw, self.y - self.bottom)
        if self.y - h < self.bottom:
            self.new_page()
            _, h = flowable.wrap(self.cw, self.y - self.bottom)
        check(self.y - h >= self.bottom, "flowable does not fit on a page")
        flowable.drawOn(self.c, self.m, self.y - h)
        self.y -= h + 10


def level_merges(indicators: Sequence[Sequence[Any]], first: int, cols: Sequence[int] = (0, 1)) -> Merges:
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


def portal(site: str, column: str, title: str, crumbs: Sequence[str], meta: str, body: str, related: Sequence[str],
           footer: str, nav: Sequence[str]) -> str:
    """A government portal page: top bar, navigation, breadcrumbs, title, publication line, article, tools,
    related links and footer (UTF-8, LF)."""
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    links = "\n".join(f'<li><a href="#">{t}</a></li>' for t in related)
    navs = " ".join(f'<a href="#">{n}</a>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<title>{title}-{site}</title>
</head>
<body>
<div class="top"><span>{site}</span> <a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">English</a></div>
<div class="nav">{navs}</div>
<div class="crumb">您当前的位置：{crumb}</div>
<div class="article">
<h1>{title}</h1>
<div class="info">{meta}</div>
<div class="TRS_Editor">
{body}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【分享到】</a></div>
</div>
<div class="xgxx"><h3>相关信息</h3>
<ul>
{links}
</ul>
</div>
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
            out.append(f'<p style="text-align: right;">{text}</p>')
        elif kind == "c":
            out.append(f'<p style="text-align: center;">{text}</p>')
        elif kind == "t":
            out.append(text)
        else:
            out.append(f'<p style="text-indent: 2em;">{text}</p>')
    return "\n".join(out)


def html_table(rows: Sequence[Sequence[tuple[str, int, int]]]) -> str:
    """A ruled HTML table; each cell is (text, rowspan, colspan)."""
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse; width: 100%;">',
           "<tbody>"]
    for row in rows:
        cells = []
        for text, rs, cs in row:
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{span}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _scratch(build: Callable[[Path], None]) -> bytes:
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        build(Path(name))
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


def _scan(pdf_bytes: bytes, dpi: int, seed: int, skew: float, quality: int, paper: int = 234) -> bytes:
    """The printed page scanned back in (as heldout20 builds scans): rendered at `dpi`, grey paper, speckle and
    dust, a small skew, a mild blur, stored as a JPEG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    img = img.point(lambda v: 36 + (v * (paper - 36)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(5200):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    for _ in range(36):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((70, 100, 130)))
    img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=paper).filter(ImageFilter.GaussianBlur(0.55))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def _scanned_page(p: Pdf, jpeg: bytes, land: bool = False) -> None:
    """Finish the current page and add one full-page image with no text operator (a scanned page)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader

    p.new_page()
    size = landscape(A4) if land else A4
    p.c.setPageSize(size)
    p.c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=size[0], height=size[1])
    p.c.showPage()
    p.c.save()


# =========================================================================== 1. luoding (PDF; a Guangdong-style 自评表 with 一级 subtotals)
LUODING_FUNDS = ("400.00", "100.00", "486.35")  # 省级, 市级配套, 实际支出 (万元); the budget is 500.00
LUODING_FORM = [  # 一级指标, 二级指标, 分值, 自评得分, 扣分原因; a row named 小计 is the 一级 subtotal
    ("前期工作", "小计", "20", "19", ""),
    ("前期工作", "论证决策", "8", "8", ""),
    ("前期工作", "目标设置", "6", "5", "部分效益指标未细化量化"),
    ("前期工作", "保障措施", "6", "6", ""),
    ("实施过程", "小计", "20", "18.5", ""),
    ("实施过程", "资金管理", "12", "11.5", "上半年资金支付进度偏慢"),
    ("实施过程", "事项管理", "8", "7", "设备招标晚于计划时间"),
    ("目标实现", "小计", "60", "55.73", ""),
    ("目标实现", "经济性", "10", "9.73", "预算执行率97.27%"),
    ("目标实现", "效率性", "15", "14", "部分设备到货较晚"),
    ("目标实现", "效果性", "30", "27.5", "设备投入使用时间较短，效益未充分显现"),
    ("目标实现", "公平性", "5", "4.5", "基层医疗机构转诊协作有待加强"),
]
LUODING_TOTAL = "93.23"
LUODING_HEAD = [
    ("l", "项目名称：县级医院综合能力提升项目"),
    ("l", "项目主管部门：罗定市卫生健康局"),
    ("l", "项目实施单位：罗定市人民医院"),
    ("l", "填报人姓名：陈××　　　　联系电话：0766-3826***"),
    ("l", "填报日期：2024年3月28日"),
]
LUODING_BODY = [
    ("h", "一、基本情况"),
    ("p", "（一）项目基本情况。罗定市人民医院是本市规模最大的综合性公立医院，承担全市及周边乡镇的急诊急救、危重症救治"
          "和基层医疗技术指导任务。2023年医院实施县级医院综合能力提升项目，重点建设急诊急救中心，购置急诊急救设备，升级"
          "院前院内急救信息系统，并开展急诊医护人员培训。"),
    ("p", "（二）资金安排情况。项目资金共500.00万元，其中省级财政资金400.00万元，分两批下达：第一批300.00万元"
          "（粤财社〔2023〕27号），第二批100.00万元（粤财社〔2023〕164号）；市级配套资金100.00万元。医院另以自筹资金"
          "86.40万元用于急诊区域场地改造，不纳入本次财政资金绩效自评范围。"),
    ("p", "（三）绩效目标。项目年度绩效目标为：购置急诊急救设备不少于20台套，培训急诊科医护人员不少于300人次，全年急诊"
          "接诊量达到4.5万人次以上，急性心肌梗死患者入门至球囊扩张时间控制在90分钟以内，患者满意度达到90%以上。"),
    ("h", "二、绩效自评工作组织情况"),
    ("p", "医院成立由分管副院长任组长，财务科、医务科、设备科负责人为成员的绩效自评工作小组，对照项目绩效目标逐项收集"
          "合同、验收单、财务凭证和业务统计数据，按照省级财政资金绩效自评指标体系进行打分。"),
    ("h", "三、绩效自评结论"),
    ("p", f"项目自评得分{LUODING_TOTAL}分，自评等级为“优”。其中前期工作得19分，实施过程得18.5分，目标实现得55.73分"
          "（见附表）。自评结果分为优（90分以上，含90分）、良（75分至90分，含75分）、中（60分至75分，含60分）、差"
          "（60分以下）四个等级。"),
    ("h", "四、绩效指标分析"),
    ("p", "（一）前期工作。项目纳入市卫生健康事业发展规划和医院年度重点工作，立项依据充分，实施方案经院长办公会审议"
          "通过。绩效目标设置基本完整，但部分效益指标未细化量化，扣1分。"),
    ("p", "（二）实施过程。截至2023年12月31日，项目资金已全部到位，实际支出486.35万元，预算执行率97.27%，结余13.65万元"
          "为设备质保金，待质保期满后支付。实际支出中，购置急诊急救设备312.80万元，急救信息系统升级118.55万元，人员培训"
          "及其他支出55.00万元。资金实行专账核算，设备采购通过公开招标实施。因上半年资金支付进度偏慢扣0.5分，设备招标"
          "晚于计划时间扣1分。"),
    ("p", "（三）目标实现。全年购置急诊急救设备23台套，培训急诊科医护人员326人次；全年急诊接诊4.86万人次，开展急诊手术"
          "1,240台次，急性心肌梗死患者入门至球囊扩张平均时间缩短至68分钟，新增院前急救网络医院3家；患者满意度调查满意率"
          "为94.2%。因部分设备到货较晚、投入使用时间较短，效率性和效果性指标共扣3.5分。"),
    ("h", "五、存在的问题"),
    ("p", "（一）项目资金支付进度前慢后快，上半年支付比例偏低。"),
    ("p", "（二）部分设备到货安装时间晚于计划，效益发挥时间较短。"),
    ("h", "六、改进措施"),
    ("p", "（一）科学编制资金使用计划，按季度跟踪资金支付进度。"),
    ("p", "（二）提前开展设备采购需求论证和招标，压缩采购周期。"),
]


def luoding_rows() -> tuple[list[list[str]], Merges]:
    rows = [["一级指标", "二级指标", "分值", "自评得分", "扣分原因"]]
    rows += [list(r) for r in LUODING_FORM]
    rows.append(["合计", "", "100", LUODING_TOTAL, "自评等级：优"])
    merges = level_merges(LUODING_FORM, 1, cols=(0,))
    merges[(len(rows) - 1, 0)] = (1, 2)
    return rows, merges


def doc_luoding(path: Path) -> None:
    provincial, local, done = LUODING_FUNDS
    budget = dec(provincial) + dec(local)
    p = Pdf(path, footer_style="dash", size=11.5, margin=68, creator="Microsoft® Word 2019")
    p.title("2023年度省级财政资金项目绩效自评报告", size=17)
    p.blocks(LUODING_HEAD)
    p.space(6)
    p.blocks(LUODING_BODY)
    p.right("罗定市人民医院")
    p.right("2024年3月28日")
    p.new_page()
    p.center("附表", size=10.5)
    p.title("2023年度省级财政资金项目绩效自评表", size=14)
    p.center("项目名称：县级医院综合能力提升项目　　　实施单位：罗定市人民医院", size=10)
    rows, merges = luoding_rows()
    p.grid(rows, [16, 18, 10, 12, 44], merges, size=10, align=["c", "c", "c", "c", "l"])
    p.save()
    leaves = [r for r in LUODING_FORM if r[1] != "小计"]
    subtotals = {r[0]: (dec(r[2]), dec(r[3])) for r in LUODING_FORM if r[1] == "小计"}
    for block, (weight, score) in subtotals.items():
        mine = [r for r in leaves if r[0] == block]
        check(sum(dec(r[2]) for r in mine) == weight and sum(dec(r[3]) for r in mine) == score, f"luoding {block}")
    check(sum(s for _, s in subtotals.values()) == dec(LUODING_TOTAL), "luoding total")
    check(dec(exec_score(done, budget)) == dec("9.73") and p.page == 3, f"luoding {p.page} pages")


# =========================================================================== 2. shengzhou (DOCX; a Zhejiang 项目支出绩效自评表; E2)
SHENGZHOU_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "238.00", "268.00", "254.64"),
    ("其中：财政拨款", "238.00", "248.00", "236.84"),
    ("其他资金", E, "20.00", "17.80"),
]
SHENGZHOU_RATE = "96.08"  # E2: printed; 254.64 ÷ 268.00 = 95.01% (and 9.61 ÷ 10 = 96.10%)
SHENGZHOU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "复排传统剧目", "≥3部", "3部", "10", "10", ""),
    ("产出指标", "数量指标", "惠民演出场次", "≥120场", "136场", "10", "10", ""),
    ("产出指标", "数量指标", "培训青年演员", "≥40人", "42人", "10", "10", ""),
    ("产出指标", "质量指标", "演出安全责任事故", "0起", "0起", "5", "5", ""),
    ("产出指标", "时效指标", "年度演出计划完成时间", "2021年12月底前", "2021年12月", "5", "5", ""),
    ("产出指标", "成本指标", "场均演出补助", "≤1.2万元", "1.15万元", "10", "10", ""),
    ("效益指标", "社会效益指标", "观众人次", "≥10万人次", "11.6万人次", "15", "15", ""),
    ("效益指标", "可持续影响指标", "越剧进校园覆盖学校", "≥30所", "26所", "15", "12",
     "农村学校覆盖不足；下年制定农村学校巡演计划"),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "93.8%", "10", "10", ""),
]


def shengzhou_rows() -> tuple[list[list[str]], Merges, Decimal]:
    score = (dec(SHENGZHOU_RATE) * 10 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)  # on the printed rate
    total = score + sum(dec(r[6]) for r in SHENGZHOU_IND)
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    add(["项目名称", "越剧传承保护专项资金", "", "", "", "", "", "", ""], {1: (1, 8)})
    add(["主管部门", "嵊州市文化广电旅游局", "", "", "实施单位", "嵊州市越剧艺术保护传承中心", "", "", ""],
        {1: (1, 3), 5: (1, 4)})
    add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], {0: (4, 1), 7: (1, 2)})
    for k, (name, a, b, c) in enumerate(SHENGZHOU_FUNDS):
        tail = ["10", f"{SHENGZHOU_RATE}%", str(score)] if k == 0 else [E, E, E]
        add(["", name, a, b, c, *tail, ""], {7: (1, 2)})
    add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    add(["", "复排传统剧目3部以上，全年惠民演出120场以上，培训青年演员40人以上，观众达到10万人次以上。", "", "", "",
         "复排传统剧目3部，惠民演出136场，培训青年演员42人，观众11.6万人次。", "", "", ""], {1: (1, 4), 5: (1, 4)})
    first = len(rows)
    add(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for ind in SHENGZHOU_IND:
        add(["", *ind])
    merges[(first, 0)] = (len(SHENGZHOU_IND) + 1, 1)
    for (row, col), sp in level_merges(SHENGZHOU_IND, first + 1).items():
        merges[(row, col + 1)] = sp
    add(["总分", "", "", "", "", "", "100", f"{total:.2f}", ""], {0: (1, 6)})
    return rows, merges, total


def doc_shengzhou(path: Path) -> None:
    _, initial, adjusted, done = SHENGZHOU_FUNDS[0]
    rows, merges, total = shengzhou_rows()
    d = STAMP.new_docx()
    office.centred_title(d, "嵊州市越剧艺术保护传承中心", 18)
    office.centred_title(d, "2021年度越剧传承保护专项资金项目支出绩效自评报告", 15)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "嵊州是越剧的发源地。嵊州市越剧艺术保护传承中心是嵊州市文化广电旅游局所属的公益一类事业单位，承担越剧传统"
            "剧目挖掘整理、青年演员培养、越剧进校园和惠民演出等工作。越剧传承保护专项资金主要用于传统剧目复排、青年演员"
            "培训、送戏下乡和越剧进校园活动。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    # E2: 96.08% is no ratio of the report's figures; 254.64 ÷ 268.00 = 95.01%
    para(d, f"项目年初预算{initial}万元，全部为市财政拨款；年中追加30.00万元（其中市财政拨款10.00万元、演出收入等其他资金"
            f"20.00万元），全年预算数{adjusted}万元。全年执行{done}万元，其中财政拨款236.84万元、其他资金17.80万元，预算执行率"
            f"{SHENGZHOU_RATE}%，结余{dec(adjusted) - dec(done)}万元，主要为复排剧目服装道具的尾款。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年复排传统剧目3部，开展送戏下乡惠民演出98场、越剧进校园活动38场，合计演出136场，观众达到11.6万人次；举办"
            "青年演员培训班4期，培训青年演员42人。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, f"对照年度绩效目标逐项评分（见附表），项目自评得分{total:.2f}分，自评等级为优。")
    office.bold_line(d, "五、存在的问题和改进措施", indent=24)
    para(d, "（一）复排剧目服装道具采购周期较长，部分尾款跨年支付。下一步将提前启动采购，合理确定付款节点。")
    para(d, "（二）越剧进校园活动主要集中在城区学校，农村学校覆盖不足。下一步将制定农村学校巡演计划。")
    office.aligned(d, "嵊州市越剧艺术保护传承中心", "right")
    office.aligned(d, "2022年3月25日", "right")
    office.centred_title(d, "附表　项目支出绩效自评表", 13)
    office.centred_title(d, "（2021年度）", 11, bold=False)
    table(d, rows, docx_merges(merges))
    para(d, "填报单位（盖章）：嵊州市越剧艺术保护传承中心　　填报日期：2022年3月25日", indent=False)
    STAMP.save_docx(d, path)
    parts = [dec(r[3]) for r in SHENGZHOU_FUNDS[1:]]
    check(sum(parts) == dec(done) and total == Decimal("96.61") and rate(done, adjusted) == Decimal("95.01"),
          f"shengzhou {total}")


# =========================================================================== 3. huili (PDF: 2 text pages + a scanned Sichuan form)
HUILI_CODE = "51340222T000003561824"
HUILI_FUNDS = [  # 行, 年初预算, 调整后预算数, 预算执行数 (万元); zero rows print 0.00 and 0.00%, the last row is blank
    ("总额", "120.00", "145.00", "141.36"),
    ("其中：财政资金", "120.00", "145.00", "141.36"),
    ("财政专户管理资金", "0.00", "0.00", "0.00"),
    ("单位资金", "0.00", "0.00", "0.00"),
    ("其他资金", "", "", ""),
]
HUILI_IND = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 偏差原因
    ("产出指标", "数量指标", "深松整地作业面积", "≥", "4.5", "万亩", "4.52", "20", "20", ""),
    ("产出指标", "数量指标", "受补助作业主体", "≥", "350", "个", "368", "10", "10", ""),
    ("产出指标", "质量指标", "深松作业深度达标率", "≥", "95", "%", "96.8", "10", "10", ""),
    ("产出指标", "时效指标", "补助资金兑付及时率", "=", "100", "%", "100", "5", "5", ""),
    ("产出指标", "成本指标", "亩均作业补助标准", "≤", "30", "元", "30", "5", "5", ""),
    ("效益指标", "经济效益指标", "作物亩均增产", "≥", "30", "公斤", "36", "15", "15", ""),
    ("效益指标", "可持续影响指标", "土壤蓄水保墒能力", "定性", "提升", "/", "明显提升", "15", "14", "部分地块深松后未及时耙耱"),
    ("满意度指标", "服务对象满意度指标", "作业主体满意度", "≥", "90", "%", "93.5", "10", "9", "补助兑付周期偏长"),
]
HUILI_SCORE = "97.75"
HUILI_TEXT = [
    ("h", "一、项目基本情况"),
    ("p", "会理市地处凉山彝族自治州南部，是全州重要的烤烟和石榴产区。会理市农业机械化技术推广站是会理市农业农村局所属"
          "事业单位，负责全市农机化新技术推广、农机作业补助组织实施和农机安全技术指导。2022年推广站组织实施农机深松整地"
          "作业补助项目，对开展深松整地作业的农户、农民合作社和农机服务组织按作业面积给予补助。"),
    ("p", "项目年度绩效目标为：完成深松整地作业面积4.5万亩以上，深松作业深度达标率95%以上，受补助作业主体350个以上，"
          "作业主体满意度90%以上。"),
    ("h", "二、项目资金使用及管理情况"),
    ("p", "项目年初预算120.00万元，年中追加省级资金25.00万元，调整后预算145.00万元，其中中央财政资金90.00万元、省级财政"
          "资金55.00万元。全年支出141.36万元，预算执行率97.49%，结余3.64万元，已按规定收回市财政统筹使用。"),
    ("p", "作业补助按每亩30元标准兑付，全年兑付深松整地作业补助4.52万亩、135.60万元；其余资金用于作业远程监测服务和机手"
          "技术培训。补助资金实行“先作业、后补助”，作业面积经远程监测终端核定和乡镇公示无异议后，通过惠民惠农财政补贴"
          "资金“一卡通”兑付到作业主体账户。"),
    ("h", "三、项目绩效目标完成情况"),
    ("p", "全年完成深松整地作业4.52万亩，深松作业深度达标率96.8%，补助作业农户和服务组织368个，其中农民合作社和农机服务"
          "组织21个；举办机手培训班6期，培训机手310人次；项目区作物亩均增产36公斤。"),
    ("h", "四、自评结论"),
    ("p", f"经对照项目绩效目标逐项评分，项目自评得分{HUILI_SCORE}分，自评等级为优。部门预算项目支出绩效自评表见附件"
          "（盖章扫描件）。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分作业主体对远程监测终端操作不熟练，作业数据上传不及时，影响补助兑付进度。下一步将加强机手培训，缩短"
          "核定兑付周期。"),
    ("p", "（二）深松后部分地块未及时耙耱镇压，保墒效果打了折扣。下一步将推广深松联合整地作业。"),
]


def huili_rows() -> tuple[list[list[str]], Merges]:
    """The printed form, 11 columns (as Sichuan's A..K)."""
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    blank = [""] * 11
    add(["项目名称", "", f"{HUILI_CODE}-农机深松整地作业补助", *blank[3:]], {0: (1, 2), 2: (1, 9)})
    add(["主管部门", "", "会理市农业农村局", "", "", "", "实施单位（盖章）", "", "会理市农业机械化技术推广站", "", ""],
        {0: (1, 2), 2: (1, 4), 6: (1, 2), 8: (1, 3)})
    add(["项目预算执行情况（万元）（10分）", "", "", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
         "原因", ""], {0: (6, 1), 1: (1, 2), 9: (1, 2)})
    for k, (name, a, b, c) in enumerate(HUILI_FUNDS):
        if k == 0:
            tail = [pct(c, b), "10", exec_score(c, b)]
        elif a:
            tail = [pct(c, b) if dec(b) else "0.00%", "/", "/"]
        else:
            tail = ["", "/", "/"]
        add(["", name, "", a, b, c, *tail, "", ""], {1: (1, 2), 9: (1, 2)})
    add(["年度目标完成情况", "项目年度目标", "", "", "", "", "年度目标完成情况", "", "", "", ""], {0: (2, 1), 1: (1, 5), 6: (1, 5)})
    add(["", "完成深松整地作业面积4.5万亩以上，深松深度达标率95%以上，补助作业主体350个以上。", "", "", "", "",
         "完成深松整地作业4.52万亩，深松深度达标率96.8%，补助作业主体368个，项目区作物亩均增产36公斤。", "", "", "", ""],
        {1: (1, 5), 6: (1, 5)})
    first = len(rows)
    add(["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
         "偏差原因"])
    for ind in HUILI_IND:
        add(["", *ind])
    merges[(first, 0)] = (len(HUILI_IND) + 1, 1)
    for (row, col), sp in level_merges(HUILI_IND, first + 1).items():
        merges[(row, col + 1)] = sp
    add(["合计", "", "", "", "", "", "", "", "100", HUILI_SCORE, ""], {0: (1, 8)})
    add(["评价结论", "项目自评得分97.75分，自评等级为优。", *blank[2:]], {1: (1, 10)})
    return rows, merges


def _huili_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10, margin=40, land=True)
    p.bottom = 30
    p.title("部门预算项目支出绩效自评表", size=15)
    p.center("（2022年度）", size=10)
    rows, merges = huili_rows()
    p.grid(rows, [11, 9, 11, 15, 10, 9, 9, 10, 7, 7, 14], merges, size=8.5,
           align=["c", "c", "c", "l", "c", "c", "c", "c", "c", "c", "l"])
    p.para("填报人：沙××　　　　联系电话：0834-5621***　　　　填报日期：2023年3月20日", indent=False, size=9)
    p.save()


def doc_huili(path: Path) -> None:
    jpeg = _scan(_scratch(_huili_print), 200, 2022, 0.45, 76)
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="Microsoft® Word 2016")
    p.title("会理市农业机械化技术推广站2022年度\n农机深松整地作业补助项目支出绩效自评报告", size=16)
    p.blocks(HUILI_TEXT)
    p.right("会理市农业机械化技术推广站")
    p.right("2023年3月20日")
    check(p.page == 2, f"huili: {p.page} text pages")
    p.c.setProducer("Adobe Acrobat Pro DC 2020")
    _scanned_page(p, jpeg, land=True)
    _, initial, adjusted, done = HUILI_FUNDS[0]
    score = dec(exec_score(done, adjusted)) + sum(dec(r[8]) for r in HUILI_IND)
    check(score == dec(HUILI_SCORE) and sum(int(r[7]) for r in HUILI_IND) == 90
          and dec("45200") * 30 == dec("135.60") * 10000, f"huili {score}")


# =========================================================================== 4. hefeng (XLSX; a Hubei-style department form, 复核分 left blank)
HEFENG_FUNDS = [  # 行, 年初预算数, 全年预算数（A）, 全年执行数（B） (万元)
    ("年度资金总额", "186.40", "214.86", "208.02"),
    ("其中：一般公共预算财政拨款", "186.40", "198.86", "192.56"),
    ("上年结转", E, "16.00", "15.46"),
]
HEFENG_SPEND = [("基本支出", "142.35"), ("项目支出", "65.67")]
HEFENG_IND: list[tuple[Any, ...]] = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 自评分, 扣分原因 (None: the execution score)
    ("决策（15分）", "预算编制", "预算编制科学性", "/", "/", 5, 5, ""),
    ("决策（15分）", "绩效目标", "绩效目标合理性", "/", "/", 5, 4, "部分指标未量化"),
    ("决策（15分）", "绩效目标", "绩效指标明确性", "/", "/", 5, 4.5, "个别指标与年度任务对应不够"),
    ("过程（25分）", "预算执行", "预算执行率", "100%", "96.82%", 10, None, ""),
    ("过程（25分）", "预算执行", "结转结余控制", "/", "/", 5, 5, ""),
    ("过程（25分）", "预算管理", "管理制度健全性", "/", "/", 5, 5, ""),
    ("过程（25分）", "资产管理", "资产管理规范性", "/", "/", 5, 4, "部分新购图书未及时登记入账"),
    ("产出（35分）", "数量指标", "新增馆藏图书", "≥5000册", "5860册", 10, 10, ""),
    ("产出（35分）", "数量指标", "举办阅读推广活动", "≥40场", "46场", 10, 10, ""),
    ("产出（35分）", "质量指标", "年图书借阅量", "≥6万册次", "6.32万册次", 10, 10, ""),
    ("产出（35分）", "时效指标", "年免费开放天数", "≥300天", "306天", 5, 5, ""),
    ("效益（25分）", "社会效益", "读者到馆人次", "≥10万人次", "10.8万人次", 10, 10, ""),
    ("效益（25分）", "可持续影响", "流动图书服务点覆盖乡镇", "=9个", "9个", 5, 5, ""),
    ("效益（25分）", "满意度", "读者满意度", "≥90%", "94.6%", 10, 9, "少数读者反映新书更新偏慢"),
]


def doc_hefeng(path: Path) -> None:
    import openpyxl

    _, initial, adjusted, done = HEFENG_FUNDS[0]
    fraction = float(dec(done)) / float(dec(adjusted))  # what a formula =E5/D5 caches
    exec_cell = fraction * 10  # =F5*10, shown through 0.00
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体支出绩效自评表"
    for col, w in zip("ABCDEFGHI", [14, 16, 20, 13, 13, 9, 9, 9, 24], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "部门（单位）整体支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2019年度）　　　　　　　　　　　　　　　　　　　金额单位：万元", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "部门（单位）名称", center=True)
    xl_put(ws, "B3", "鹤峰县图书馆", merge_to="D3")
    xl_put(ws, "E3", "主管部门", center=True)
    xl_put(ws, "F3", "鹤峰县文化和旅游局", merge_to="I3")
    xl_put(ws, "A4", "年度预算执行情况", center=True, merge_to="A9")
    for col, head in zip("BCDEF", ("", "年初预算数", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"), strict=True):
        xl_put(ws, f"{col}4", head, center=True)
    xl_put(ws, "G4", "备注", center=True, merge_to="I4")
    for r, (name, a, b, c) in enumerate(HEFENG_FUNDS, 5):
        xl_put(ws, f"B{r}", name)
        for col, v in zip("CDE", (a, b, c), strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(dec(v)), fmt=None if v == E else "0.00", center=True)
        xl_put(ws, f"F{r}", fraction if r == 5 else E, fmt="0.00%" if r == 5 else None, center=True)
        xl_put(ws, f"G{r}", "", merge_to=f"I{r}")
    for r, (name, v) in enumerate(HEFENG_SPEND, 8):
        xl_put(ws, f"B{r}", f"其中：{name}" if r == 8 else name)
        xl_put(ws, f"C{r}", E, center=True)
        xl_put(ws, f"D{r}", E, center=True)
        xl_put(ws, f"E{r}", float(dec(v)), fmt="0.00", center=True)
        xl_put(ws, f"F{r}", "", center=True)
        xl_put(ws, f"G{r}", "全年执行数按支出性质分" if r == 8 else "", merge_to=f"I{r}")
    xl_put(ws, "A10", "年度总体目标", center=True, merge_to="A11")
    xl_put(ws, "B10", "预期目标", center=True, merge_to="E10")
    xl_put(ws, "F10", "实际完成情况", center=True, merge_to="I10")
    xl_put(ws, "B11", "保障图书馆免费开放和正常运转，全年新增馆藏图书5,000册以上，举办阅读推广活动40场以上，读者到馆"
                      "10万人次以上。", merge_to="E11")
    xl_put(ws, "F11", "全年新增馆藏图书5,860册，举办阅读推广活动46场，图书借阅6.32万册次，免费开放306天，读者到馆10.8万"
                      "人次，在9个乡镇设立流动图书服务点。", merge_to="I11")
    ws.row_dimensions[11].height = 62
    for col, head in zip("ABCDEFGHI", ("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "自评分",
                                       "复核分", "扣分原因"), strict=True):
        xl_put(ws, f"{col}12", head, bold=True, center=True)
    total = 0.0
    for r, row in enumerate(HEFENG_IND, 13):
        for col, v in zip("ABCDEFGI", row, strict=True):
            value: Any = exec_cell if v is None else v
            xl_put(ws, f"{col}{r}", value, fmt="0.00" if col == "G" and row[6] is None else None, center=col in "DEFGH")
            if col == "G":
                total += float(value)
        xl_put(ws, f"H{r}", None, center=True)  # 复核分: left for the finance bureau, blank
    for col, key in (("A", 0), ("B", 1)):
        k = 0
        while k < len(HEFENG_IND):
            j = k
            while j + 1 < len(HEFENG_IND) and HEFENG_IND[j + 1][:key + 1] == HEFENG_IND[k][:key + 1]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{k + 13}:{col}{j + 13}")
            k = j + 1
    end = 13 + len(HEFENG_IND)
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"E{end}")
    xl_put(ws, f"F{end}", 100, center=True)
    xl_put(ws, f"G{end}", total, fmt="0.00", center=True)
    xl_put(ws, f"H{end}", None, center=True)
    xl_put(ws, f"I{end}", "自评等级：优")
    xl_put(ws, f"A{end + 1}", "填报单位（盖章）：鹤峰县图书馆　　填报人：向××　　联系电话：0718-5282***　　填报日期：2020年4月"
                            "22日", merge_to=f"I{end + 1}", border=False)
    STAMP.save_xlsx(wb, path)
    blocks: dict[str, int] = {}
    for row in HEFENG_IND:
        blocks[row[0]] = blocks.get(row[0], 0) + row[5]
    spent = sum(dec(v) for _, v in HEFENG_SPEND)
    check(f"{total:.2f}" == "96.18" and f"{fraction:.4f}" == "0.9682" and sum(blocks.values()) == 100
          and spent == dec(done) and dec("198.86") + dec("16.00") == dec(adjusted), f"hefeng {total}")


# =========================================================================== 5. jieshou (PDF; a school's Anhui 绩效目标自评表)
JIESHOU_FUNDS = [  # 资金来源, 全年预算数（A）, 全年执行数（B） (万元)
    ("年度资金总额", "298.60", "286.40"), ("其中：中央补助资金", "180.00", "180.00"),
    ("省级补助资金", "76.60", "73.54"), ("市级资金", "42.00", "32.86"),
]
JIESHOU_IND = [  # 一级, 二级, 三级, 分值, 年度指标值, 全年实际值, 得分, 未完成原因分析
    ("产出指标", "数量指标", "资助家庭经济困难学生", "15", "≥1200人", "1215人", "15", ""),
    ("产出指标", "数量指标", "免除学杂费学生", "10", "≥210人", "217人", "10", ""),
    ("产出指标", "质量指标", "资助对象认定准确率", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "资助资金发放及时率", "10", "100%", "96%", "9", "市级资金下达较晚，部分补助跨年发放"),
    ("产出指标", "成本指标", "国家助学金平均资助标准", "5", "=2000元/生·年", "2000元/生·年", "5", ""),
    ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "15", "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "资助政策知晓率", "15", "≥95%", "97.2%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受助学生满意度", "10", "≥90%", "95.3%", "10", ""),
]
JIESHOU_TOTAL = "98.59"
JIESHOU_TEXT = [
    ("h", "一、项目概况"),
    ("p", "界首市第一中学是界首市教育局直属的公办普通高中，现有教学班48个，在校学生2,612人。普通高中学生资助项目包括国家"
          "助学金和免除家庭经济困难学生学杂费两部分，资金由学校按学期申请、审核和发放，学生资助管理中心负责资助对象认定"
          "和资金发放的日常管理。"),
    ("h", "二、项目资金情况"),
    ("p", "2020年项目全年预算数298.60万元，其中中央补助资金180.00万元、省级补助资金76.60万元、市级资金42.00万元。全年执行"
          "286.40万元，预算执行率95.91%，结余12.20万元，为市级资金年底下达后尚未发放的秋季学期补助，已于2021年1月发放完毕。"),
    ("p", "执行资金中，国家助学金按平均每生每年2000元标准资助家庭经济困难学生1,215人，发放243.00万元；其余资金用于免除"
          "家庭经济困难学生学杂费。"),
    ("h", "三、项目绩效目标完成情况"),
    ("p", "全年资助家庭经济困难学生1,215人，免除学杂费学生217人，资助对象认定准确率100%；受助学生满意度95.3%，资助政策"
          "知晓率97.2%。"),
    ("h", "四、自评结论"),
    ("p", f"根据项目支出绩效目标自评表（见附件），项目自评得分{JIESHOU_TOTAL}分，自评等级为优。分资金来源看，中央补助资金执行率"
          "100.00%、省级补助资金执行率96.01%、市级资金执行率78.24%，项目整体执行率按全年执行数与全年预算数计算为95.91%。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "1.市级资金下达时间较晚，秋季学期部分补助未能在当年发放。下一步将主动对接市财政局，争取资金提前下达。"),
    ("p", "2.家庭经济困难学生认定仍依赖纸质证明材料，审核工作量大。下一步将利用学生资助管理信息系统开展数据比对。"),
]


def jieshou_spec() -> AnhuiTable:
    total_a, total_b = JIESHOU_FUNDS[0][1:]
    funds = []
    for k, (name, a, b) in enumerate(JIESHOU_FUNDS):
        funds.append((name, a, b, "10" if k == 0 else E, pct(b, a), exec_score(b, a) if k == 0 else E))
    return AnhuiTable(
        project="普通高中学生资助", department="界首市教育局", executor="界首市第一中学", funds=funds,
        goal="资助家庭经济困难学生1200人以上，免除家庭经济困难学生学杂费210人以上，资助资金及时足额发放。",
        done="资助家庭经济困难学生1,215人，发放国家助学金243.00万元；免除学杂费学生217人；市级资金年底下达，秋季学期"
             "部分补助于次年1月发放。",
        indicators=JIESHOU_IND, total=JIESHOU_TOTAL, widths=[44, 52, 80, 44, 64, 62, 44, 65])


def doc_jieshou(path: Path) -> None:
    p = Pdf(path, footer_style="em", size=12, margin=70, creator="WPS 文字")
    p.title("界首市第一中学2020年度普通高中学生资助\n项目支出绩效自评报告", size=16)
    p.blocks(JIESHOU_TEXT)
    p.right("界首市第一中学")
    p.right("2021年3月12日")
    p.new_page()
    p.para("附件", indent=False, size=11)
    p.title("项目支出绩效目标自评表", size=15)
    p.center("（2020年度）", size=10.5)
    spec = jieshou_spec()
    p.flow(anhui_table(spec, cell_style(p.font, 8.5)))
    p.para("自评等级：优", indent=False, size=10)
    p.para("填报单位（盖章）：界首市第一中学　　填报人：李××　　填报日期：2021年3月12日", indent=False, size=10)
    p.save()
    _, a, b = JIESHOU_FUNDS[0]
    parts_a = sum(dec(r[1]) for r in JIESHOU_FUNDS[1:])
    parts_b = sum(dec(r[2]) for r in JIESHOU_FUNDS[1:])
    score = dec(exec_score(b, a)) + sum(dec(r[6]) for r in JIESHOU_IND)
    check(parts_a == dec(a) and parts_b == dec(b) and score == dec(JIESHOU_TOTAL) and p.page == 2
          and sum(int(r[3]) for r in JIESHOU_IND) == 90, f"jieshou {score} {p.page}")


# =========================================================================== 6. gaomi (portal page; a 卫生院's Shandong-style form)
GAOMI_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "260.00", "277.68", "272.35"),
    ("其中：中央补助资金", "170.00", "180.50", "180.50"),
    ("省级补助资金", "52.00", "55.54", "54.10"),
    ("市级配套资金", "38.00", "41.64", "37.75"),
]
GAOMI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "91.7%", "10", "10", ""),
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥4000人", "4126人", "10", "10", ""),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥65百分比", "67.2", "10", "10", ""),
    ("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.9%", "10", "10", ""),
    ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", "5", "5", ""),
    ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "=89元", "89元", "5", "5", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", "≥25%", "24.6%", "15", "12.8", "农村老年人健康知识知晓不足；增加入户宣教"),
    ("效益指标", "可持续影响指标", "家庭医生签约服务重点人群", "≥1.1万人", "1.18万人", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.4%", "10", "10", ""),
]
GAOMI_TOTAL = "97.61"


def gaomi_form() -> str:
    _, initial, adjusted, done = GAOMI_FUNDS[0]
    rows: list[list[tuple[str, int, int]]] = [
        [("项目名称", 1, 2), ("基本公共卫生服务项目", 1, 7)],
        [("主管部门", 1, 2), ("高密市卫生健康局", 1, 3), ("实施单位", 1, 1), ("高密市柏城镇卫生院", 1, 3)],
        [("项目资金（万元）", 5, 1), ("", 1, 2), ("年初预算数", 1, 1), ("全年预算数", 1, 1), ("全年执行数", 1, 1),
         ("分值", 1, 1), ("执行率", 1, 1), ("得分", 1, 1)],
    ]
    for k, (name, a, b, c) in enumerate(GAOMI_FUNDS):
        tail = ["10", pct(c, b), exec_score(c, b)] if k == 0 else [E, E, E]
        rows.append([(name, 1, 2), (a, 1, 1), (b, 1, 1), (c, 1, 1)] + [(t, 1, 1) for t in tail])
    rows += [
        [("年度总体目标", 2, 1), ("预期目标", 1, 4), ("实际完成情况", 1, 4)],
        [("按人均89元标准为辖区常住居民提供12类国家基本公共卫生服务，电子健康档案建档率90%以上，65岁及以上老年人健康"
          "管理4,000人以上，适龄儿童免疫规划疫苗接种率95%以上。", 1, 4),
         ("建立规范化电子健康档案2.86万份，建档率91.7%；管理65岁及以上老年人4,126人；适龄儿童免疫规划疫苗接种率98.9%；"
          "家庭医生签约服务重点人群1.18万人。", 1, 4)],
        [("绩效指标", len(GAOMI_IND) + 1, 1), ("一级指标", 1, 1), ("二级指标", 1, 1), ("三级指标", 1, 1),
         ("年度指标值", 1, 1), ("实际完成值", 1, 1), ("分值", 1, 1), ("得分", 1, 1), ("偏差原因分析及改进措施", 1, 1)],
    ]
    spans = level_merges(GAOMI_IND, 0)
    covered = {(r + k, c) for (r, c), (rs, _) in spans.items() for k in range(1, rs)}
    for r, ind in enumerate(GAOMI_IND):
        row = []
        for col, v in enumerate(ind):
            if (r, col) in covered:
                continue
            row.append((v, spans.get((r, col), (1, 1))[0], 1))
        rows.append(row)
    rows.append([("总分", 1, 6), ("100", 1, 1), (GAOMI_TOTAL, 1, 1), ("自评等级：优", 1, 1)])
    return html_table(rows)


GAOMI = [
    ("b", "一、项目基本情况"),
    ("p", "柏城镇卫生院是高密市卫生健康局所属的一级甲等乡镇卫生院，承担辖区常住人口的基本医疗和国家基本公共卫生服务"
          "任务，下设村卫生室18个。2024年人均基本公共卫生服务经费补助标准为89元，按辖区常住人口3.12万人测算，全年项目"
          "资金277.68万元。"),
    ("b", "二、项目资金情况"),
    ("p", "项目年初预拨资金260.00万元，年终根据绩效考核结果追加清算资金17.68万元，全年预算数277.68万元，其中中央补助"
          "资金180.50万元、省级补助资金55.54万元、市级配套资金41.64万元，资金已全部到位。全年支出272.35万元，预算执行率"
          "98.08%，结余5.33万元，为村卫生室第四季度考核兑付尾款。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年为辖区居民建立规范化电子健康档案2.86万份，健康档案建档率91.7%；管理65岁及以上老年人4,126人、高血压患者"
          "3,218人、2型糖尿病患者1,046人；适龄儿童国家免疫规划疫苗接种率98.9%；开展健康教育讲座24次；家庭医生签约服务"
          "重点人群1.18万人。"),
    ("b", "四、自评结论"),
    ("p", f"对照年度绩效目标逐项评分，项目自评得分{GAOMI_TOTAL}分，自评等级为优。项目支出绩效自评表如下。"),
    ("c", "项目支出绩效自评表（2024年度）"),
    ("t", ""),  # the form
    ("b", "五、存在的问题"),
    ("p", "（一）村卫生室人员年龄偏大，信息化服务能力不足。"),
    ("p", "（二）老年人健康体检结果反馈不够及时。"),
    ("b", "六、改进措施"),
    ("p", "（一）加强乡村医生培训，推进村卫生室信息系统应用。"),
    ("p", "（二）优化老年人体检流程，及时向体检对象反馈体检结果。"),
    ("r", "高密市柏城镇卫生院"),
    ("r", "2025年4月15日"),
]


def gaomi_html() -> str:
    blocks = [(k, gaomi_form() if k == "t" else t) for k, t in GAOMI]
    _, initial, adjusted, done = GAOMI_FUNDS[0]
    for col in (1, 2, 3):
        check(sum(dec(r[col]) for r in GAOMI_FUNDS[1:]) == dec(GAOMI_FUNDS[0][col]), f"gaomi column {col}")
    score = dec(exec_score(done, adjusted)) + sum(dec(r[6]) for r in GAOMI_IND)
    check(score == dec(GAOMI_TOTAL) and dec(89) * 31200 == dec(adjusted) * 10000, f"gaomi {score}")
    return portal(
        "高密市人民政府", "预算绩效", "高密市柏城镇卫生院2024年度基本公共卫生服务项目绩效自评报告",
        ["首页", "政务公开", "财政信息", "预算绩效"],
        "发布日期：2025-04-18　　信息来源：柏城镇卫生院　　浏览次数：158　　【字号：大 中 小】",
        paragraphs_html(blocks),
        ["高密市柏城镇卫生院2024年度部门决算", "关于开展2024年度预算绩效自评工作的通知",
         "高密市2024年国家基本公共卫生服务项目资金分配结果公示"],
        "<p>主办单位：高密市人民政府办公室　　承办单位：高密市大数据中心</p>\n"
        "<p>网站标识码：3707850004　　鲁ICP备05026387号-1　　鲁公网安备37078502000213号</p>",
        ["首页", "政务公开", "政务服务", "互动交流", "走进高密"])


# =========================================================================== 7. xianghuang (portal page; a 旗's 工作站; E5)
XIANGHUANG = [
    ("b", "一、部门基本情况"),
    ("p", "镶黄旗草原工作站是镶黄旗农牧和科技局所属的公益一类事业单位，主要承担全旗草原资源监测、草原生态保护建设工程"
          "技术指导、草原鼠虫害防治和草原执法协助等工作。镶黄旗地处锡林郭勒盟西南部，天然草原面积占全旗土地总面积的九成"
          "以上。本站内设综合股、监测股、技术推广股3个股室，年末在职人员21人。"),
    ("b", "二、部门预算收支情况"),
    # E5: 168.40 + 52.60 − 12.00 = 209.00, 10.00 short of the 219.00 the sources, the rate and the balance confirm
    ("p", "2017年本站年初预算168.40万元，年中追加52.60万元，因草原监理车辆购置项目取消调减12.00万元，调整后预算219.00"
          "万元，其中一般公共预算财政拨款201.00万元、上年结转18.00万元。"),
    ("p", "全年支出212.36万元，其中基本支出118.42万元（人员经费102.15万元、公用经费16.27万元），项目支出93.94万元；预算"
          "执行率96.97%，年末结转结余6.64万元。"),
    ("p", "全旗草原生态保护补助奖励资金4,286.30万元由旗财政通过惠民惠农财政补贴资金“一卡通”直接兑付到户，本站只承担"
          "禁牧和草畜平衡核查工作，该项资金不纳入本站部门预算。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年完成草原监测样地126个，开展草原鼠害防治15.6万亩、虫害防治8.2万亩，指导人工种草1.8万亩；完成禁牧和草畜"
          "平衡核查牧户1,386户；配合查处草原违法案件17起。"),
    ("b", "四、自评结论"),
    ("p", "按照旗财政局部门整体支出绩效评价指标逐项评分，本站2017年度部门整体支出绩效自评得分93.2分，等级为优。"),
    ("b", "五、存在的问题"),
    ("p", "1.草原监测设备老化，部分监测数据仍靠人工采集。"),
    ("p", "2.年中预算调整较多，年初预算编制不够精准。"),
    ("b", "六、改进措施"),
    ("p", "1.逐步更新草原监测设备，推广遥感监测手段。"),
    ("p", "2.加强项目论证，提高年初预算编制的准确性。"),
    ("r", "镶黄旗草原工作站"),
    ("r", "2018年5月16日"),
]


def xianghuang_html() -> str:
    net = dec("168.40") + dec("52.60") - dec("12.00")
    check(net + 10 == dec("219.00") == dec("201.00") + dec("18.00") and rate("212.36", "219.00") == dec("96.97")
          and dec("118.42") + dec("93.94") == dec("212.36") and dec("102.15") + dec("16.27") == dec("118.42")
          and dec("219.00") - dec("212.36") == dec("6.64"), "xianghuang")
    return portal(
        "镶黄旗人民政府", "绩效评价", "镶黄旗草原工作站2017年度部门整体支出绩效自评报告",
        ["首页", "信息公开", "财政预决算", "绩效评价"],
        "发布时间：2018-05-22 09:40　　信息来源：旗草原工作站　　浏览次数：312　　【打印】",
        paragraphs_html(XIANGHUANG),
        ["镶黄旗草原工作站2017年度部门决算公开", "镶黄旗2017年度草原生态保护补助奖励政策落实情况"],
        "<p>主办：镶黄旗人民政府办公室　　地址：镶黄旗新宝拉格镇　　联系电话：0479-6212***</p>\n"
        "<p>网站标识码：1525280001　　蒙ICP备05003271号　　蒙公网安备15252802000107号</p>",
        ["首页", "走进镶黄", "信息公开", "政务服务", "政民互动"])


# =========================================================================== 8. jinpu (PDF; a 新区's 疾控中心, economic classes of the whole spending)
JINPU_CLASSES = [("工资福利支出", "1658.20"), ("商品和服务支出", "1284.66"), ("对个人和家庭的补助", "126.45"),
                 ("资本性支出", "543.14")]
JINPU_TOTAL = "3612.45"
JINPU_A = [
    ("h", "一、部门基本情况"),
    ("p", "（一）主要职能。大连金普新区疾病预防控制中心是大连金普新区卫生健康局所属的公益一类事业单位，负责辖区传染病"
          "预防控制、免疫规划、慢性病监测、突发公共卫生事件应急处置、健康危害因素监测和卫生检验检测等工作，服务范围覆盖"
          "大连市金普新区全域。"),
    ("p", "（二）机构和人员。中心内设办公室、传染病防制科、免疫规划科、检验科等科室11个，年末在职人员96人。"),
    ("h", "二、部门收支情况"),
    ("p", "（一）预算安排。2025年中心年初预算3,286.50万元，年中追加412.30万元，调整后预算3,698.80万元。本年收入合计"
          "3,542.60万元，其中一般公共预算财政拨款收入3,318.80万元、事业收入223.80万元（卫生检验检测服务收入）；另有上年"
          "结转156.20万元，未计入本年收入合计。"),
    ("p", "（二）预算执行。全年支出3,612.45万元，其中基本支出1,986.32万元（人员经费1,712.48万元、公用经费273.84万元），"
          "项目支出1,626.13万元；预算执行率97.67%，年末结转结余86.35万元。"),
    ("p", "（三）支出经济分类。按经济分类，全年支出中工资福利支出1,658.20万元、商品和服务支出1,284.66万元、对个人和家庭"
          "的补助126.45万元、资本性支出543.14万元，资本性支出主要用于实验室检测设备购置，在项目支出中列支。"),
    ("c", "表1　2025年度支出经济分类情况（单位：万元）"),
]
JINPU_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年报告法定传染病1,862例，报告及时率100%；适龄儿童免疫规划疫苗接种率保持在98%以上，全年接种各类疫苗28.6万"
          "剂次；完成饮用水水质监测样品412份、公共场所健康危害因素监测326家；处置突发公共卫生事件4起；开展慢性病及危险"
          "因素监测调查2,480人。"),
    ("h", "四、自评结论"),
    ("p", "按照新区财政部门整体支出绩效评价指标体系，中心2025年度部门整体支出绩效自评得分94.6分，自评等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）实验室设备购置集中在第四季度，资本性支出进度偏慢。"),
    ("p", "（二）部分公共卫生监测项目绩效指标偏重工作量，反映健康结果的效益指标不足。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前开展设备采购需求论证，均衡全年支出进度。"),
    ("p", "（二）完善项目绩效指标，增加反映健康结果的效益指标。"),
]


def doc_jinpu(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=70, creator="Microsoft® Word 2021")
    p.title("大连金普新区疾病预防控制中心\n2025年度部门整体支出绩效自评报告", size=17)
    p.blocks(JINPU_A)
    total = dec(JINPU_TOTAL)
    rows = [["经济分类", "金额", "占全年支出比重"]]
    rows += [[name, money(v), pct(v, total)] for name, v in JINPU_CLASSES]
    rows.append(["合计", money(total), "100.00%"])
    p.table(rows, [46, 27, 27], style="three", size=10.5, align=["l", "r", "r"])
    p.blocks(JINPU_B)
    p.right("大连金普新区疾病预防控制中心")
    p.right("2026年3月27日")
    p.save()
    shares = sum(rate(v, total) for _, v in JINPU_CLASSES)
    check(sum(dec(v) for _, v in JINPU_CLASSES) == total and shares == 100 and p.page == 2
          and dec("3318.80") + dec("223.80") == dec("3542.60") and dec("3542.60") + dec("156.20") == dec("3698.80")
          and dec("1712.48") + dec("273.84") == dec("1986.32") and dec("1986.32") + dec("1626.13") == total
          and rate(total, "3698.80") == dec("97.67"), f"jinpu {p.page}")


# =========================================================================== 9. lingwu (PDF; a school's Ningxia 决策 / 管理 / 产出 / 效益 form; E4)
LINGWU_FUNDS = ("137.70", "137.70", "134.32")  # 年初预算数, 调整预算数（A）, 全年执行数（B） (万元)
LINGWU_IND = [  # 一级, 二级, 三级, 分值, 指标值（A）, 全年实际值（B）, 得分, 未完成原因分析及改进措施
    ("项目决策（10分）", "项目目标", "目标完整性", "4", "目标明确、内容细化", "目标明确", "4", ""),
    ("项目决策（10分）", "项目立项", "立项规范性", "3", "符合规定程序", "符合", "3", ""),
    ("项目决策（10分）", "资金分配", "分配合理性", "3", "按生均标准测算", "按标准测算", "3", ""),
    ("项目管理（25分）", "投入管理", "预算执行率", "10", "100%", "97.55%", "9.76", ""),
    ("项目管理（25分）", "财务管理", "财务管理制度有效性", "7", "制度健全、核算规范", "健全", "7", ""),
    ("项目管理（25分）", "项目实施", "资金使用合规性", "8", "合规", "个别票据不规范", "7", "个别报销票据要素不全，已整改"),
    ("项目产出（30分）", "数量指标", "保障学生人数", "10", "≥1600人", "1620人", "10", ""),
    ("项目产出（30分）", "质量指标", "公用经费开支范围合规率", "5", "100%", "100%", "5", ""),
    ("项目产出（30分）", "时效指标", "资金拨付及时率", "5", "100%", "100%", "5", ""),
    ("项目产出（30分）", "成本指标", "生均公用经费标准", "10", "=850元", "850元", "10", ""),
    ("项目效益（35分）", "社会效益指标", "学校正常运转保障", "15", "正常运转", "正常运转", "15", ""),
    ("项目效益（35分）", "可持续影响指标", "办学条件改善", "10", "持续改善", "有所改善", "8", "部分教学设备老化，下年申请专项更新"),
    ("项目效益（35分）", "服务对象满意度指标", "师生满意度", "10", "≥90%", "93.4%", "10", ""),
]
LINGWU_SCORE = "97.76"  # E4: printed in the header and the 总分 row; the rows' 得分 add up to 96.76


def lingwu_rows() -> tuple[list[list[str]], Merges]:
    initial, adjusted, done = LINGWU_FUNDS
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    add(["项目名称", "初中生均公用经费", "", "", "主管部门", "灵武市教育局", "", ""], {1: (1, 3), 5: (1, 3)})
    add(["实施单位", "灵武市第二中学", "", "", "自评得分", LINGWU_SCORE, "财政审核评分", ""], {1: (1, 3)})
    add(["项目资金（万元）", "", "年初预算数", "调整预算数（A）", "全年执行数（B）", "执行率（B/A）", "", ""],
        {0: (2, 1), 6: (1, 2)})
    add(["", "年度资金总额", initial, adjusted, done, pct(done, adjusted), "", ""], {6: (1, 2)})
    add(["年度总体目标", "年初设定目标", "", "", "全年实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 3), 4: (1, 4)})
    add(["", "按初中生均每年850元标准安排公用经费137.70万元，保障1,620名在校初中学生的教育教学和学校日常运转需要。",
         "", "", "全年执行公用经费134.32万元，保障在校初中学生1,620人，完成教学设备维修和校园绿化维护，学校各项工作正常"
         "运转。", "", "", ""], {1: (1, 3), 4: (1, 4)})
    first = len(rows)
    add(["一级指标", "二级指标", "三级指标", "分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施"])
    for ind in LINGWU_IND:
        add(list(ind))
    merges.update(level_merges(LINGWU_IND, first + 1, cols=(0,)))
    add(["总分", "", "", "100", "", "", LINGWU_SCORE, ""], {0: (1, 3), 4: (1, 2)})
    return rows, merges


def doc_lingwu(path: Path) -> None:
    initial, adjusted, done = LINGWU_FUNDS
    p = Pdf(path, footer_style=None, size=10.5, margin=44, creator="Microsoft® Excel® 2010")
    p.bottom = 36
    p.title("项目支出绩效自评表", size=16)
    p.center("（2016年度）", size=10.5)
    rows, merges = lingwu_rows()
    p.grid(rows, [14, 13, 17, 7, 14, 14, 8, 19], merges, size=8.5, align=["c", "c", "l", "c", "c", "c", "c", "l"])
    p.para("填报单位（盖章）：灵武市第二中学　　填报人：马××　　联系电话：0951-4032***　　填报日期：2017年3月10日",
           indent=False, size=9)
    p.save()
    scores = sum(dec(r[6]) for r in LINGWU_IND)
    blocks: dict[str, Decimal] = {}
    for r in LINGWU_IND:
        blocks[r[0]] = blocks.get(r[0], Decimal(0)) + dec(r[3])
    check(scores + 1 == dec(LINGWU_SCORE) and p.page == 1 and sum(blocks.values()) == 100
          and all(Decimal(k.split("（")[1].rstrip("分）")) == v for k, v in blocks.items())
          and dec(exec_score(done, adjusted)) == dec("9.76") and dec(850) * 1620 == dec(adjusted) * 10000,
          f"lingwu {scores} {p.page}")


# =========================================================================== 10. ruijin (PDF; a 博物馆; E1)
RUIJIN_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元): the three projects, the whole 项目支出
    ("免费开放运行经费", "50.00", "50.00"),
    ("馆藏文物保护修缮经费", "86.30", "83.62"),
    ("陈列展览提升经费", "32.00", "30.32"),
]
RUIJIN_A = [
    ("h", "一、部门基本情况"),
    ("p", "瑞金市博物馆是瑞金市文化广电新闻出版旅游局所属的公益一类事业单位，主要负责馆藏革命文物和历史文物的收藏、"
          "保护、研究和陈列展示，承担爱国主义教育基地的免费开放服务工作。馆内设办公室、保管部、陈列部、社教部4个部室，"
          "年末在职人员32人。"),
    ("h", "二、部门收支情况"),
    ("p", "2018年本馆年初预算286.50万元，年中追加95.30万元，调整后预算381.80万元，其中一般公共预算财政拨款361.80万元、"
          "其他收入20.00万元（文创产品销售收入）。"),
    ("p", "全年支出370.12万元，其中基本支出206.18万元（人员经费178.62万元、公用经费27.56万元），项目支出163.94万元，预算"
          "执行率96.94%，年末结转结余11.68万元。"),
    # E1: 168.40 + 24.36 + 10.42 = 203.18, 3.00 short of the 基本支出 206.18 that 人员 + 公用 and 基本 + 项目 confirm
    ("p", "基本支出按经济分类，工资福利支出168.40万元、商品和服务支出24.36万元、对个人和家庭的补助10.42万元。"),
    ("p", "全年实施项目3个，执行情况见表1。其中免费开放运行经费按每馆每年50万元的补助标准安排，全部用于展厅运行、讲解"
          "服务和社会教育活动。"),
    ("c", "表1　2018年度项目支出执行情况（单位：万元）"),
]
RUIJIN_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年免费开放312天，接待观众38.6万人次，其中未成年人9.2万人次；举办临时展览6个，开展“红色文化进校园”等社教"
          "活动52场；完成馆藏文物预防性保护修缮46件；新征集革命文物118件。"),
    ("h", "四、自评结论"),
    ("p", "本馆对照部门整体支出绩效评价指标，从预算执行、预算管理、履职产出和履职效益四个方面逐项打分，2018年度部门整体"
          "支出绩效自评得分94.2分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "1.文物保护修缮项目受专业修复力量限制，部分修缮工作延至下年。"),
    ("p", "2.文创产品开发不足，其他收入占比偏低。"),
    ("h", "六、改进措施"),
    ("p", "1.与省级文物保护机构开展合作，提高修缮工作效率。"),
    ("p", "2.加强文创产品研发，拓展文创产品销售渠道。"),
]


def doc_ruijin(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=11.5, margin=72, creator="WPS 文字")
    p.title("瑞金市博物馆\n2018年度部门整体支出绩效自评报告", size=17)
    p.blocks(RUIJIN_A)
    rows = [["序号", "项目名称", "全年预算数", "执行数", "执行率"]]
    rows += [[str(k), n, money(b), money(e), pct(e, b)] for k, (n, b, e) in enumerate(RUIJIN_PROJECTS, 1)]
    budget = sum(dec(b) for _, b, _ in RUIJIN_PROJECTS)
    spent = sum(dec(e) for _, _, e in RUIJIN_PROJECTS)
    rows.append(["", "合计", money(budget), money(spent), pct(spent, budget)])
    p.grid(rows, [8, 42, 17, 17, 16], size=10, align=["c", "l", "r", "r", "r"])
    p.blocks(RUIJIN_B)
    p.right("瑞金市博物馆")
    p.right("2019年4月10日")
    p.save()
    classes = dec("168.40") + dec("24.36") + dec("10.42")
    check(spent == dec("163.94") and classes + 3 == dec("206.18") == dec("178.62") + dec("27.56")
          and dec("206.18") + spent == dec("370.12") and rate("370.12", "381.80") == dec("96.94") and p.page == 2,
          f"ruijin {p.page}")


# =========================================================================== 11. guanghe (Markdown; a 妇幼保健院; E3)
GUANGHE_INCOME = [("财政拨款收入", "846.50"), ("事业收入", "1639.80")]
GUANGHE_BLOCKS = [("决策", "15", "13"), ("过程", "25", "22.4"), ("产出", "35", "30"), ("效益", "25", "21")]


def guanghe_md() -> str:
    income = sum(dec(v) for _, v in GUANGHE_INCOME)
    lines = [f"| {n} | {money(v)} | {pct(v, income)} |" for n, v in GUANGHE_INCOME]
    blocks = [f"| {n} | {w} | {s} |" for n, w, s in GUANGHE_BLOCKS]
    score = sum(dec(s) for _, _, s in GUANGHE_BLOCKS)
    check(income == dec("2486.30") and sum(rate(v, income) for _, v in GUANGHE_INCOME) == 100
          and score == dec("86.4") and rate("2418.72", "2486.30") == dec("97.28")
          and dec("1986.54") + dec("432.18") == dec("2418.72"), f"guanghe {score}")
    nl = "\n"
    # E3: 86.4 is 良 on the scale the report prints (80分（含）至90分为良), graded 优
    return f"""# 广河县妇幼保健院2015年度部门整体支出绩效自评报告

## 一、部门基本情况

广河县妇幼保健院是广河县卫生健康局所属的差额拨款事业单位，为二级妇幼保健机构，承担全县孕产妇和儿童保健、妇女病普查、出生缺陷综合防治和妇幼健康信息管理等工作。广河县隶属临夏回族自治州，本院负责指导全县各乡镇卫生院的妇幼保健业务。年末在职职工138人，开放床位80张。

## 二、部门收支情况

2015年本院年初预算2,320.00万元，年中追加166.30万元，全年预算2,486.30万元。

本年收入合计2,486.30万元，构成如下：

| 收入项目 | 金额（万元） | 占本年收入合计 |
| --- | ---: | ---: |
{nl.join(lines)}
| 合计 | {money(income)} | 100.00% |

财政拨款收入仅占本年收入合计的34.05%，本院运转主要依靠医疗服务等事业收入。全年支出2,418.72万元，其中基本支出1,986.54万元、项目支出432.18万元，预算执行率97.28%，年末结转结余67.58万元。

## 三、绩效目标完成情况

- 全年门诊诊疗6.82万人次，住院分娩1,946例；
- 孕产妇系统管理率94.6%，3岁以下儿童系统管理率93.2%；
- 完成农村妇女“两癌”免费筛查1.2万人，新生儿疾病筛查率98.7%；
- 全县婴儿死亡率降至3.8‰。

## 四、自评结论

本院按照县财政局部门整体支出绩效评价指标体系，从决策、过程、产出、效益四个方面进行自评，各部分得分如下：

| 一级指标 | 分值 | 自评得分 |
| --- | ---: | ---: |
{nl.join(blocks)}
| 合计 | 100 | {score} |

评价结果分为四个等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。本院2015年度部门整体支出绩效自评得分{score}分，评价等级为优。

## 五、存在的问题

1. 医疗服务收入受就诊人数波动影响较大，收入预算编制不够精准。
2. 部分乡镇妇幼保健人员业务能力不足，基层随访质量不高。

## 六、改进措施

1. 加强收入预测分析，提高收入预算编制的准确性。
2. 开展乡镇妇幼保健人员轮训，提升随访服务质量。

广河县妇幼保健院

2016年4月6日
"""


# =========================================================================== 12. fuding (DOCX; an 执法大队, its own grading scale)
FUDING_TABLE = [  # 资金来源, 年初预算, 调整后预算, 实际支出 (万元)
    ("合计", "412.60", "499.00", "481.36"),
    ("一般公共预算财政拨款", "412.60", "472.00", "455.36"),
    ("上年结转", E, "27.00", "26.00"),
]
FUDING_PARTS = [("预算执行", "20", "18"), ("预算管理", "20", "16.5"), ("履职产出", "30", "24"), ("履职效益", "30", "20")]


def doc_fuding(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "福鼎市海洋与渔业执法大队", 18)
    office.centred_title(d, "2015年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、基本情况", indent=24)
    para(d, "福鼎市海洋与渔业执法大队是福鼎市海洋与渔业局所属的参照公务员法管理事业单位，负责全市海域和内陆水域渔业执法、"
            "海洋环境保护执法和渔船安全生产监督检查等工作，下设执法中队4个，配备执法船艇6艘，年末在职人员58人。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, "2015年本大队年初预算412.60万元，年中追加86.40万元，调整后预算499.00万元。全年支出481.36万元，其中基本支出"
            "326.18万元、项目支出155.18万元，预算执行率96.46%，年末结转结余17.64万元。分资金来源的预算和支出情况见表1。")
    office.centred_title(d, "表1　2015年度分资金来源预算及支出情况（单位：万元）", 11, bold=False)
    table(d, [["资金来源", "年初预算", "调整后预算", "实际支出"]] + [list(r) for r in FUDING_TABLE])
    para(d, "全年查处各类渔业违法案件86起，依法收缴罚没款123.60万元，已全部缴入国库，不作为本大队收入。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年开展海上巡航执法126航次，检查渔船1,842艘次，清理取缔“三无”船舶27艘；配合开展海上搜救12次，救助遇险"
            "渔民35人。")
    office.bold_line(d, "四、自评结论", indent=24)
    parts = "、".join(f"{n}（{w}分）" for n, w, _ in FUDING_PARTS)
    got = "、".join(f"{s}分" for _, _, s in FUDING_PARTS)
    score = sum(dec(s) for _, _, s in FUDING_PARTS)
    para(d, f"按照市财政局部门整体支出绩效评价办法，本大队从{parts}四个方面进行自评，分别得{got}，合计自评得分{score}分。"
            "评价等级标准为：90分（含）以上为优，75分（含）至90分为良，60分（含）至75分为中，60分以下为差。本大队自评等级"
            "为良。扣分主要是渔船安全检查覆盖率和执法船艇出勤率未达到年度目标。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "（一）执法船艇老化，维修费用高，出勤率偏低。")
    para(d, "（二）渔船安全检查覆盖率未达到年度目标。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "（一）申请更新执法船艇，加强船艇日常维护保养。")
    para(d, "（二）与乡镇和渔港管理单位联合开展渔船安全检查。")
    office.aligned(d, "福鼎市海洋与渔业执法大队", "right")
    office.aligned(d, "2016年3月18日", "right")
    STAMP.save_docx(d, path)
    for col in (1, 2, 3):
        check(sum(dec(r[col]) for r in FUDING_TABLE[1:] if r[col] != E) == dec(FUDING_TABLE[0][col]), f"fuding {col}")
    check(score == dec("78.5") and dec("326.18") + dec("155.18") == dec("481.36")
          and rate("481.36", "499.00") == dec("96.46"), f"fuding {score}")


# =========================================================================== 13. fuquan (PDF: text pages + a scanned 自评表; a 事务所)
FUQUAN_FUNDS = ("168.20", "196.70", "189.64")  # 年初预算数, 全年预算数, 全年执行数 (万元)
FUQUAN_IND: list[tuple[str, ...]] = [  # 一级, 二级, 三级, 分值, 自评得分, 扣分说明 (execution score computed)
    ("投入（15分）", "目标设定", "绩效目标合理性", "5", "5", ""),
    ("投入（15分）", "预算配置", "在职人员控制率", "5", "5", ""),
    ("投入（15分）", "预算配置", "“三公经费”变动率", "5", "5", ""),
    ("过程（25分）", "预算执行", "预算执行率", "10", "", ""),
    ("过程（25分）", "预算执行", "结转结余率", "5", "4.5", "年末结转结余7.06万元"),
    ("过程（25分）", "预算管理", "管理制度健全性", "5", "5", ""),
    ("过程（25分）", "资产管理", "资产管理安全性", "5", "5", ""),
    ("产出（30分）", "职责履行", "征收项目完成率", "10", "10", ""),
    ("产出（30分）", "职责履行", "征收档案归档率", "10", "10", ""),
    ("产出（30分）", "职责履行", "信访事项办结率", "10", "9", "2件信访事项跨年办理"),
    ("效果（30分）", "社会效益", "被征收群众满意度", "10", "9", "个别被征收户对补偿进度不满意"),
    ("效果（30分）", "社会效益", "征收工作安全稳定", "10", "10", ""),
    ("效果（30分）", "可持续影响", "长效管理机制健全性", "10", "9", "征收档案数字化程度不高"),
]
FUQUAN_SCORE = "96.14"
FUQUAN_TEXT = [
    ("h", "一、部门基本情况"),
    ("p", "福泉市房屋征收事务所是福泉市住房和城乡建设局所属的公益一类事业单位，承担全市国有土地上房屋征收与补偿的具体"
          "实施、征收档案管理和征收政策咨询等工作。福泉市是黔南布依族苗族自治州代管的县级市。本所内设综合股、征收实施股、"
          "档案股3个股室，年末在职人员19人。"),
    ("h", "二、部门收支情况"),
    ("p", "2017年本所年初预算168.20万元，年中追加28.50万元，全年预算196.70万元，全部为一般公共预算财政拨款。全年支出"
          "189.64万元，其中基本支出142.36万元、项目支出47.28万元，预算执行率96.41%，年末结转结余7.06万元。"),
    ("p", "全年实施房屋征收项目5个，征收补偿资金2.86亿元由项目业主单位按征收补偿协议直接拨付被征收人，不纳入本所部门"
          "预算。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成房屋征收项目5个，签订征收补偿协议312户，完成征收面积4.26万平方米；征收档案归档率100%；受理征收政策"
          "咨询和信访事项146件，办结率98.6%；全年未发生因征收引发的群体性事件。"),
    ("h", "四、自评结论"),
    ("p", f"对照部门整体支出绩效评价指标逐项评分（见附件，盖章扫描件），本所2017年度部门整体支出绩效自评得分{FUQUAN_SCORE}分，"
          "自评等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分征收项目补偿方案调整，项目支出进度滞后。下一步将加强与项目业主单位的沟通，合理安排工作经费。"),
    ("p", "（二）征收档案数字化程度不高。下一步将推进征收档案电子化管理。"),
]


def fuquan_rows() -> tuple[list[list[str]], list[list[str]], Merges]:
    initial, adjusted, done = FUQUAN_FUNDS
    funds = [["年初预算数", "全年预算数", "全年执行数", "执行率"], [initial, adjusted, done, pct(done, adjusted)]]
    rows = [["一级指标", "二级指标", "三级指标", "分值", "自评得分", "扣分说明"]]
    rows += [[a, b, c, w, s or exec_score(done, adjusted), n] for a, b, c, w, s, n in FUQUAN_IND]
    rows.append(["总分", "", "", "100", FUQUAN_SCORE, "自评等级：优"])
    merges = level_merges(FUQUAN_IND, 1)
    merges[(len(rows) - 1, 0)] = (1, 3)
    return funds, rows, merges


def _fuquan_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10.5, margin=56)
    p.title("部门整体支出绩效自评表", size=16)
    p.center("（2017年度）", size=10.5)
    p.para("单位名称：福泉市房屋征收事务所　　　　　　　　　　　　　金额单位：万元", indent=False, size=10)
    funds, rows, merges = fuquan_rows()
    p.grid(funds, [25, 25, 25, 25], size=10, align=["c", "c", "c", "c"])
    p.grid(rows, [17, 15, 24, 9, 11, 24], merges, size=9.5, align=["c", "c", "l", "c", "c", "l"])
    p.para("单位负责人：罗××　　　　填报人：吴××　　　　填报日期：2018年4月9日", indent=False, size=10)
    p.save()


def doc_fuquan(path: Path) -> None:
    jpeg = _scan(_scratch(_fuquan_print), 200, 2017, -0.6, 72, paper=228)
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="WPS Writer")
    p.title("福泉市房屋征收事务所\n2017年度部门整体支出绩效自评报告", size=17)
    p.blocks(FUQUAN_TEXT)
    p.right("福泉市房屋征收事务所")
    p.right("2018年4月9日")
    check(p.page == 1, f"fuquan: {p.page} text pages")
    p.c.setProducer("Kodak Capture Pro")
    _scanned_page(p, jpeg)
    initial, adjusted, done = FUQUAN_FUNDS
    score = dec(exec_score(done, adjusted)) + sum(dec(r[4]) for r in FUQUAN_IND if r[4])
    check(score == dec(FUQUAN_SCORE) and sum(int(r[3]) for r in FUQUAN_IND) == 100
          and dec("142.36") + dec("47.28") == dec(done) and dec(initial) + dec("28.50") == dec(adjusted), f"fuquan {score}")


# =========================================================================== 14. dengzhou (PDF; a 所's Henan form: units in the cells, a bare rate)
DENGZHOU_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数
    ("年度资金总额", "320.00万元", "352.80万元", "340.26万元"),
    ("其中：当年财政拨款", "320.00万元", "352.80万元", "340.26万元"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
DENGZHOU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥1200公里", "1286.4公里", "15", "15", "/"),
    ("产出指标", "数量指标", "修复水毁路段", "≥15处", "17处", "10", "10", "/"),
    ("产出指标", "质量指标", "养护路段优良中等路率", "≥80%", "81.6%", "10", "10", "/"),
    ("产出指标", "时效指标", "水毁修复完成时间", "2019年11月底前", "2019年12月", "10", "8.5", "水毁修复资金下达较晚"),
    ("产出指标", "成本指标", "每公里日常养护成本", "≤1500元", "1420元", "5", "5", "/"),
    ("效益指标", "社会效益指标", "农村公路安全通行保障", "有效保障", "有效保障", "15", "15", "/"),
    ("效益指标", "可持续影响指标", "村道养护长效机制", "建立", "基本建立", "15", "14", "村道养护主要依靠乡镇，考核机制待完善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.7%", "10", "10", "/"),
]
DENGZHOU_SCORE = "97.1"
DENGZHOU_TEXT = [
    ("h", "一、项目基本情况"),
    ("p", "邓州市农村公路管理所是邓州市交通运输局所属事业单位，负责全市县道、乡道和村道的养护管理和路政巡查。2019年"
          "管理所实施农村公路养护工程项目，对纳入养护计划的农村公路开展日常养护、路面病害处治和安全设施完善，并对汛期"
          "水毁路段进行修复。"),
    ("h", "二、项目资金情况"),
    ("p", "项目年初预算320.00万元，年中追加水毁修复资金32.80万元，全年预算数352.80万元，其中省级补助资金210.00万元、"
          "市级资金142.80万元。全年支出340.26万元，预算执行率96.45%，结余12.54万元为水毁修复工程质保金。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成农村公路日常养护1,286.4公里，处治路面病害2.38万平方米，修复水毁路段17处，增设波形护栏6.2公里；全市"
          "农村公路优良中等路率达到81.6%。"),
    ("h", "四、自评结论"),
    ("p", f"对照项目绩效目标逐项评分（见附表），项目自评得分{DENGZHOU_SCORE}分，自评等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）水毁修复资金下达较晚，部分修复工程延至年底完工。"),
    ("p", "（二）村道养护主要依靠乡镇，养护质量参差不齐。"),
    ("h", "六、改进措施"),
    ("p", "（一）建立水毁修复应急资金快速拨付机制。"),
    ("p", "（二）将村道养护纳入乡镇年度目标考核。"),
]


def dengzhou_rows() -> tuple[list[list[str]], Merges]:
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    _, a, b, c = DENGZHOU_FUNDS[0]
    add(["项目名称", "农村公路养护工程", "", "", "", "", "", "", ""], {1: (1, 8)})
    add(["主管部门", "邓州市交通运输局", "", "", "实施单位", "邓州市农村公路管理所", "", "", ""], {1: (1, 3), 5: (1, 4)})
    add(["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分", ""], {0: (5, 1), 7: (1, 2)})
    for k, (name, x, y, z) in enumerate(DENGZHOU_FUNDS):
        tail = ["10", str(rate(c, b)), exec_score(c, b, places="0.1")] if k == 0 else [E, E, E]
        add(["", name, x, y, z, *tail, ""], {7: (1, 2)})
    add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    add(["", "完成农村公路日常养护1200公里以上，修复水毁路段15处以上，养护路段优良中等路率达到80%以上。", "", "", "",
         "完成日常养护1,286.4公里，修复水毁路段17处，增设波形护栏6.2公里，优良中等路率81.6%。", "", "", ""],
        {1: (1, 4), 5: (1, 4)})
    first = len(rows)
    add(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for ind in DENGZHOU_IND:
        add(["", *ind])
    merges[(first, 0)] = (len(DENGZHOU_IND) + 1, 1)
    for (row, col), sp in level_merges(DENGZHOU_IND, first + 1).items():
        merges[(row, col + 1)] = sp
    add(["总分", "", "", "", "", "", "100", DENGZHOU_SCORE, "自评等级：优"], {0: (1, 6)})
    return rows, merges


def doc_dengzhou(path: Path) -> None:
    p = Pdf(path, footer_style="page", size=12, margin=72, creator="Microsoft Office Word 2007")
    p.title("邓州市农村公路管理所2019年度农村公路养护工程\n项目支出绩效自评报告", size=16)
    p.blocks(DENGZHOU_TEXT)
    p.right("邓州市农村公路管理所")
    p.right("2020年3月26日")
    p.new_page()
    p.center("附表", size=10.5)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2019年度）", size=10.5)
    rows, merges = dengzhou_rows()
    p.grid(rows, [10, 12, 13, 16, 13, 11, 8, 8, 16], merges, size=8.5, align=["c", "c", "c", "l", "c", "c", "c", "c", "l"])
    p.para("填报单位（盖章）：邓州市农村公路管理所　　填报日期：2020年3月26日", indent=False, size=9.5)
    p.save()
    _, a, b, c = DENGZHOU_FUNDS[0]
    score = dec(exec_score(c, b, places="0.1")) + sum(dec(r[6]) for r in DENGZHOU_IND)
    check(score == dec(DENGZHOU_SCORE) and exec_score(c, b) == "9.65" and p.page == 2
          and sum(int(r[5]) for r in DENGZHOU_IND) == 90 and dec("210.00") + dec("142.80") == dec(b), f"dengzhou {score}")


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "luoding-renmin-2023.pdf": doc_luoding,
        "shengzhou-yueju-2021.docx": doc_shengzhou,
        "huili-nongji-2022.pdf": doc_huili,
        "hefeng-tushuguan-2019.xlsx": doc_hefeng,
        "jieshou-yizhong-2020.pdf": doc_jieshou,
        "gaomi-baicheng-2024.html": lambda p: write_text(p, gaomi_html()),
        "xianghuang-caoyuan-2017.html": lambda p: write_text(p, xianghuang_html()),
        "jinpu-jikong-2025.pdf": doc_jinpu,
        "lingwu-erzhong-2016.pdf": doc_lingwu,
        "ruijin-bowuguan-2018.pdf": doc_ruijin,
        "guanghe-fuyou-2015.md": lambda p: write_text(p, guanghe_md()),
        "fuding-yuzheng-2015.docx": doc_fuding,
        "fuquan-zhengshou-2017.pdf": doc_fuquan,
        "dengzhou-gonglu-2019.pdf": doc_dengzhou,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
