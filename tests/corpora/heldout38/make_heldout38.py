#!/usr/bin/env python3
"""Regenerate the heldout38 evaluation batch (13 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout38/make_heldout38.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and Markdown documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the one scanned
page is rendered by pypdfium2, degraded by Pillow with a fixed seed, stamped with a drawn seal and stored as a
JPEG; the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML pages and the Markdown file are UTF-8 without BOM, LF.
The batch is "first contact with real published text": funding verbs in every form (下达, 拨付, 支付, 批复,
安排, 到位, 落实, 统筹, 结转), money handed down to towns, money that arrived against money budgeted, tables
flattened in the text layer (borderless, cells as separate runs, wrapped cells, a total row, one running over a
page break), a form continued over a page break, portal chrome and running headers, narrative achievements
beside their look-alikes, and one scanned page. Five real inconsistencies are planted, one per document and
family; the traps look wrong and are right.
Every sentence and figure below is invented; place names are real.
"""
from __future__ import annotations

import datetime
import io
import math
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
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY38"
FIXED_DT = datetime.datetime(2027, 4, 8, 10, 20, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=3)
E = "—"
W = Decimal(10000)
NO_LINE_START = "，。、；：！？）》”%"

Cell = Any  # a str, or (str, colspan)


# =========================================================================== helpers
def dec(x: Any) -> Decimal:
    return Decimal(str(x).replace(",", "").replace("万元", "").replace("元", "").replace("%", ""))


def rate(executed: Any, budget: Any) -> Decimal:
    return (dec(executed) / dec(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(executed: Any, budget: Any) -> str:
    return f"{rate(executed, budget)}%"


def exec_score(executed: Any, budget: Any, weight: int = 10) -> str:
    return str((rate(executed, budget) * weight / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def money(x: Any) -> str:
    return f"{dec(x):,.2f}"


def check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def not_half(executed: Any, budget: Any) -> bool:
    """A rate whose third decimal is not exactly 5 (no reader rounds it two ways)."""
    exact = dec(executed) / dec(budget) * 100
    return (exact * 1000) % 10 != 5 or exact.quantize(Decimal("0.001")) != exact


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style, a running header from a given page, wrapping that keeps
    closing punctuation on its line, right-aligned lines, and tables (ruled grid, three-line, or drawn without any
    rule, each cell its own text run) that break at row boundaries and record the page of every row."""

    def __init__(self, path: Path, footer_style: str | None = "dash", total: int = 0, creator: str = "WPS Writer",
                 header: str | None = None, header_from: int = 1, page_offset: int = 0, **layout: Any) -> None:
        self.footer_style = footer_style
        self.total = total
        self.header_from = header_from
        self.page_offset = page_offset
        self.row_pages: dict[str, list[int]] = {}
        super().__init__(path, fonts.zenhei(FONT), header=header, footer=footer_style is not None, **layout)
        self.c.setCreator(creator)
        self.c.setProducer(creator)

    def _furniture(self) -> None:
        c = self.c
        if self.header and self.page >= self.header_from:
            c.setFont(self.font, 9)
            c.drawCentredString(self.W / 2, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if self.footer_style is not None:
            n = self.page + self.page_offset
            text = {"dash": f"- {n} -", "of": f"第 {n} 页 共 {self.total} 页", "page": f"第 {n} 页",
                    "slash": f"{n}/{self.total}"}[self.footer_style]
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

    def table(self, rows: Sequence[Sequence[Cell]], widths: Sequence[float], style: str = "grid", size: float = 9,
              header_rows: int = 1, align: Sequence[str] | None = None, tag: str | None = None) -> None:
        """rows: lists of cells, a cell a str or (str, colspan); style `grid`, `three` or `plain` (no rule at all)."""
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.45
        c = self.c

        def cells_of(row: Sequence[Cell]) -> list[tuple[str, int, int, float]]:
            out, col = [], 0
            for cell in row:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                out.append((text, col, span, sum(ws[col:col + span])))
                col += span
            check(col == len(ws), f"row of {col} columns: {row}")
            return out

        def row_h(row: Sequence[Cell]) -> float:
            return max((len(wrap_cjk(t, self.font, w - 2 * pad, size)) if t else 1) * lead + 2 * pad
                       for t, _, _, w in cells_of(row))

        first = True
        for ri, row in enumerate(rows):
            h = row_h(row)
            if self.y - h < self.bottom:
                if style == "three" and not first:
                    c.setLineWidth(1.2)
                    c.line(self.m, self.y, self.m + self.cw, self.y)
                self.new_page()
                first = True
            if first and style == "three":
                c.setLineWidth(1.2)
                c.line(self.m, self.y, self.m + self.cw, self.y)
            first = False
            for text, col, span, w in cells_of(row):
                x = self.m + sum(ws[:col])
                if style == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h, w, h)
                lines = wrap_cjk(text, self.font, w - 2 * pad, size) if text else []
                c.setFont(self.font, size)
                a = align[col] if align and span == 1 else "l"
                for n, line in enumerate(lines):
                    yy = self.y - pad - size - n * lead
                    if a == "c":
                        c.drawCentredString(x + w / 2, yy, line)
                    elif a == "r":
                        c.drawRightString(x + w - pad, yy, line)
                    else:
                        c.drawString(x + pad, yy, line)
            self.y -= h
            if tag:
                self.row_pages.setdefault(tag, []).append(self.page)
            if style == "three" and ri == header_rows - 1:
                c.setLineWidth(0.6)
                c.line(self.m, self.y, self.m + self.cw, self.y)
        if style == "three":
            c.setLineWidth(1.2)
            c.line(self.m, self.y, self.m + self.cw, self.y)
        self.y -= 8


def _scratch(build: Callable[[Path], None]) -> bytes:
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        build(Path(name))
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


def _seal(text: str, diameter: int, seed: int) -> Any:
    """A round official seal (公章) as an RGB image on white: a ring, the unit's name along the upper arc, a
    five-pointed star; the ink a little uneven (heldout20's seal)."""
    from PIL import Image, ImageDraw, ImageFont

    red = (206, 48, 44)
    size = diameter + 8
    img = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(img)
    cx = cy = size / 2
    r = diameter / 2
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(6, diameter // 45))
    font = ImageFont.truetype(str(fonts.WQY_TTC), int(diameter * 0.135), index=0)
    n = len(text)
    spread = 230.0
    radius = r * 0.74
    for i, ch in enumerate(text):
        theta = 90 + spread / 2 - i * spread / (n - 1)
        glyph = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
        ImageDraw.Draw(glyph).text((font.size, font.size), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(theta - 90, resample=Image.Resampling.BICUBIC)
        x = cx + radius * math.cos(math.radians(theta)) - glyph.size[0] / 2
        y = cy - radius * math.sin(math.radians(theta)) - glyph.size[1] / 2
        img.paste(Image.new("RGB", glyph.size, red), (int(round(x)), int(round(y))), glyph)
    star_r = r * 0.30
    points = []
    for k in range(10):
        rad = star_r if k % 2 == 0 else star_r * 0.40
        ang = math.radians(90 + k * 36)
        points.append((cx + rad * math.cos(ang), cy + r * 0.02 - rad * math.sin(ang)))
    draw.polygon(points, fill=red)
    rng = random.Random(seed)
    pixels = img.load()
    assert pixels is not None
    for _ in range(diameter * diameter // 9):
        x, y = rng.randrange(size), rng.randrange(size)
        if pixels[x, y] != (255, 255, 255):
            pixels[x, y] = (236, 150, 146)
    return img


def _scan(pdf_bytes: bytes, dpi: int, seed: int, skew: float, quality: int, seal_text: str,
          seal_at: tuple[float, float], paper: int = 234) -> bytes:
    """A printed page scanned back in (heldout20's scanner): rendered at `dpi`, grey paper, speckle and dust, the
    unit's seal printed over the signature (multiply), a small skew and blur, stored as a JPEG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    img = img.point(lambda v: 34 + (v * (paper - 34)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(w * h // 700):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    for _ in range(40):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((70, 100, 130)))
    rgb = img.convert("RGB")
    seal = _seal(seal_text, int(w * 0.2), seed).rotate(-12, resample=Image.Resampling.BICUBIC, fillcolor="white")
    x, y = int(seal_at[0] * dpi / 72 - seal.size[0] / 2), int(seal_at[1] * dpi / 72 - seal.size[1] / 2)
    region = rgb.crop((x, y, x + seal.size[0], y + seal.size[1]))
    rgb.paste(ImageChops.multiply(region, seal), (x, y))
    rgb = rgb.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(paper, paper, paper))
    rgb = rgb.filter(ImageFilter.GaussianBlur(0.55))
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def _image_page(c: Any, jpeg: bytes) -> None:
    """One image-only page: the JPEG drawn over the whole A4 page, no text operator."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    c.setPageSize(A4)
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
    c.showPage()


def level_runs(labels: Sequence[str]) -> list[str]:
    """A merged column as a flattened form prints it: the label on the first row of its run, blank below."""
    return [v if k == 0 or labels[k - 1] != v else "" for k, v in enumerate(labels)]


def sum_money(values: Sequence[Any]) -> Decimal:
    return sum((dec(v) for v in values), Decimal(0))


# =========================================================================== 1. fangshan (PDF; a borderless table over a page break; E1)
FANGSHAN_UNIT = "北京市房山区退役军人事务局"
FANGSHAN_TITLE = f"{FANGSHAN_UNIT}2021年度部门整体支出绩效自评报告"
FANGSHAN_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元): all six projects, the whole 项目支出
    ("优抚对象抚恤和生活补助", "3,286.40", "3,262.18"),
    ("退役士兵安置及自主就业一次性经济补助", "1,208.00", "1,186.50"),
    ("军队离退休干部服务管理经费", "412.60", "398.24"),
    ("烈士纪念设施维修保护", "356.00", "318.65"),
    ("退役军人服务站运转补助", "286.00", "279.36"),
    ("双拥共建及走访慰问经费", "226.00", "205.00"),
]
FANGSHAN_WIDTHS = [7, 30, 16, 16, 12]
FANGSHAN_A = [
    ("h", "一、部门基本情况"),
    ("p", "北京市房山区退役军人事务局是区政府工作部门，内设办公室、思想政治和权益维护科、移交安置和就业创业科、优抚"
          "褒扬科、拥军优属科，下属区退役军人服务中心和区军队离退休干部休养所。2021年末实有人员86人，其中行政人员23人、"
          "事业人员63人。"),
    ("p", "我局主要承担全区退役军人思想政治和权益维护、移交安置和就业创业、优抚对象抚恤补助发放、烈士褒扬纪念、军队"
          "离退休干部服务管理以及双拥工作的组织协调等职责。"),
    ("p", "2021年部门整体绩效目标为：按时足额发放优抚对象抚恤和生活补助；接收安置退役士兵300人以上，一次性经济补助"
          "及时足额发放；组织退役军人适应性培训和职业技能培训1,000人次以上；新建标准化村（社区）退役军人服务站50个；"
          "做好烈士纪念设施日常管护和维修，全面落实走访慰问制度。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算安排和资金到位情况。2021年区财政局批复我局年初预算6,218.40万元。年度执行中，市级下达的退役士兵"
          "安置补助和优抚对象补助资金经区财政转列我局预算，区级另行安排双拥共建经费，全年追加预算1,126.60万元，调整后"
          "预算7,345.00万元，全部为一般公共预算财政拨款，资金均已按用款计划拨付到位。"),
    ("p", "（二）预算执行情况。全年支出7,146.28万元，其中基本支出1,486.35万元（人员经费1,268.47万元、公用经费217.88"
          "万元），项目支出5,649.93万元。全年预算执行率97.29%，年末结转结余198.72万元，主要是烈士纪念设施维修项目按合同"
          "留存的质量保证金和12月下旬到账的走访慰问资金。"),
    ("p", "（三）项目支出情况。本年度我局共实施6个项目，各项目预算和执行情况见表1。"),
    ("c", "表1  2021年度项目支出执行情况"),
    ("r", "单位：万元"),
]
FANGSHAN_B = [
    ("p", "表1合计栏的执行率为6个项目合计的执行率，部门整体预算执行率按全部支出与调整后预算计算。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "（一）优抚保障。全年按时足额发放各类优抚对象抚恤和生活补助，惠及优抚对象4,286人。按照本市统一部署，自8月"
          "起将在乡老复员军人定期生活补助标准提高到每人每月1,680元，提标资金由市级下达、区级配套落实。"),
    ("p", "（二）移交安置和就业创业。接收安置退役士兵312人，其中安排工作42人、自主就业270人，一次性经济补助全部在报到"
          "后3个月内发放。组织适应性培训和职业技能培训1,046人次，上年为862人次；举办退役军人专场招聘会6场，提供岗位"
          "2,300余个，418人达成就业意向。"),
    ("p", "（三）褒扬纪念。完成3处烈士纪念设施维修，集中迁葬零散烈士墓27座；清明节期间组织祭扫活动，烈士陵园接待祭扫"
          "群众3.6万人次。"),
    ("p", "（四）服务保障和双拥。年内新建成标准化村（社区）退役军人服务站58个，完成年度计划50个的116%；走访慰问驻区"
          "部队和重点优抚对象1,580户次。房山区在本市双拥模范城（区）考评中位列第3名。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面进行自评，2021年度部门"
          "整体支出自评得分94.6分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分项目预算编制不够精准，烈士纪念设施维修保护项目因设计变更执行率仅为89.51%。"),
    ("p", "（二）绩效目标设置偏重数量指标，反映服务质量和退役军人获得感的指标较少。"),
    ("h", "六、改进措施"),
    ("p", "（一）加强项目前期论证，合理测算工程类项目预算，按工程进度拨付资金。"),
    ("p", "（二）完善绩效指标体系，增加服务对象满意度等质量和效益指标。"),
]


def fangshan_rows() -> list[list[str]]:
    rows = [["序号", "项目名称", "全年预算数", "执行数", "执行率"]]
    for k, (name, budget, done) in enumerate(FANGSHAN_PROJECTS, 1):
        rows.append([str(k), name, budget, done, pct(done, budget)])
    budget = sum_money([b for _, b, _ in FANGSHAN_PROJECTS])
    done = sum_money([d for _, _, d in FANGSHAN_PROJECTS])
    rows.append(["", "合计", money(budget), money(done), pct(done, budget)])
    return rows


def doc_fangshan(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, header=FANGSHAN_TITLE, header_from=2, size=12, margin=62,
            creator="Microsoft® Word 2016")
    p.title(f"{FANGSHAN_UNIT}\n2021年度部门整体支出绩效自评报告", size=17)
    p.blocks(FANGSHAN_A)
    p.table(fangshan_rows(), FANGSHAN_WIDTHS, style="plain", size=10.5, align=["c", "l", "r", "r", "r"],
            tag="table1")
    p.blocks(FANGSHAN_B)
    p.right(FANGSHAN_UNIT, size=11)
    p.right("2022年3月18日", size=11)
    p.save()
    spent = sum_money([d for _, _, d in FANGSHAN_PROJECTS])
    pages = p.row_pages["table1"]
    check(spent == dec("5649.93") and dec("1486.35") + spent == dec("7146.28") - 10
          and dec("1268.47") + dec("217.88") == dec("1486.35") and dec("6218.40") + dec("1126.60") == dec("7345.00")
          and rate("7146.28", "7345.00") == dec("97.29") and dec("7345.00") - dec("7146.28") == dec("198.72")
          and pages[0] == 1 and pages[-1] == 2 and p.page == 2 and 42 + 270 == 312, f"fangshan {pages} {p.page}")




# =========================================================================== 3. fujin (PDF; two text pages and a scanned form page)
FUJIN_UNIT = "富锦市市场监督管理局"
FUJIN_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元); 全年预算数 is the year's available money, carry-over included
    ("年度资金总额", "1,862.30", "2,163.00", "2,098.46"),
    ("其中：当年财政拨款", "1,862.30", "2,077.00", "2,018.52"),
    ("上年结转资金", E, "86.00", "79.94"),
    ("其他资金", E, E, E),
]
FUJIN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "新登记市场主体", "≥2000户", "2386户", "10", "10"),
    ("产出指标", "数量指标", "食品安全监督抽检", "≥1500批次", "1620批次", "10", "10"),
    ("产出指标", "质量指标", "食品抽检合格率", "≥97%", "98.6%", "10", "10"),
    ("产出指标", "时效指标", "投诉举报按时办结率", "≥95%", "93.8%", "10", "8"),
    ("产出指标", "成本指标", "公用经费控制数", "≤230万元", "223.54万元", "10", "10"),
    ("效益指标", "社会效益指标", "为消费者挽回经济损失", "≥100万元", "126.5万元", "15", "15"),
    ("效益指标", "可持续影响指标", "智慧监管平台应用水平", "持续提升", "有所提升", "15", "13"),
    ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "92.4%", "10", "10"),
]
FUJIN_SIGN = "填报单位（盖章）：富锦市市场监督管理局　　　填报日期：2020年4月20日"
FUJIN_TEXT = [
    ("h", "一、部门基本情况"),
    ("p", "2019年，按照机构改革方案，原工商、质监、食品药品监管等部门的职责整合，组建富锦市市场监督管理局。局机关内设"
          "13个股室，下设12个市场监督管理所和1个综合执法大队，年末实有人员168人。"),
    ("p", "我局主要负责全市市场主体登记注册、市场秩序监管、食品药品和特种设备安全监管、产品质量和计量标准化管理以及"
          "消费者权益保护等工作。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2019年市财政局批复我局年初预算1,862.30万元。年度执行中，市财政根据机构改革后人员划转和食品安全抽检任务追加"
          "预算214.70万元，加上上年结转86.00万元，全年可用资金2,163.00万元，其中当年财政拨款2,077.00万元、上年结转资金"
          "86.00万元。"),
    ("p", "全年支出2,098.46万元，其中基本支出1,326.18万元（人员经费1,102.64万元、公用经费223.54万元），项目支出772.28"
          "万元。预算执行率按全年可用资金计算为97.02%，年末结转结余64.54万元。"),
    ("p", "全年查处案件罚没款412.36万元，已全部缴入国库，不作为本局收入。"),
    ("h", "三、履职成效"),
    ("p", "（一）商事制度改革持续深化。全年新登记各类市场主体2,386户，企业开办、变更登记全部实现网上办理。"),
    ("p", "（二）市场监管更加有效。开展“双随机、一公开”抽查1,248家次；完成食品安全监督抽检1,620批次，抽检合格率98.6%，"
          "高于省定97%的目标；立案查处各类违法案件216件，上年为188件。"),
    ("p", "（三）消费环境不断改善。受理消费者投诉举报1,834件，为消费者挽回经济损失126.5万元；检定计量器具9,860台件。"),
    ("h", "四、自评结论"),
    ("p", "根据部门整体支出绩效自评指标，结合预算执行和履职成效进行自评（评分情况见附件），2019年度部门整体支出绩效"
          "自评得分95.7分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）机构改革后基层市场监管所办案装备经费保障不足，部分所仍使用原有执法车辆。"),
    ("p", "（二）投诉举报按时办结率未达到目标，个别复杂投诉跨部门协调用时较长。"),
    ("h", "六、改进措施"),
    ("p", "（一）统筹安排基层所装备经费，逐步更新执法车辆和快检设备。"),
    ("p", "（二）完善投诉举报分办转办机制，建立复杂投诉限时会商制度。"),
]


def fujin_rows() -> list[list[Cell]]:
    """The printed 部门整体支出绩效自评表: seven columns, merged cells printed once."""
    rows: list[list[Cell]] = [
        ["部门名称", (FUJIN_UNIT, 6)],
        ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    total_b, total_c = FUJIN_FUNDS[0][2], FUJIN_FUNDS[0][3]
    for k, (name, a, b, c) in enumerate(FUJIN_FUNDS):
        tail = ["10", pct(total_c, total_b), exec_score(total_c, total_b)] if k == 0 else [E, E, E]
        rows.append([name, a, b, c, *tail])
    rows.append(["年度总体目标", ("预期目标：落实市场监管各项职责，新登记市场主体2000户以上，食品安全监督抽检1500批次以上，"
                                "抽检合格率不低于97%。", 3),
                 ("实际完成情况：新登记市场主体2386户，食品安全监督抽检1620批次，合格率98.6%，立案查处违法案件216件。", 3)])
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    ones, twos = level_runs([r[0] for r in FUJIN_IND]), level_runs([r[1] for r in FUJIN_IND])
    for ind, one, two in zip(FUJIN_IND, ones, twos, strict=True):
        rows.append([one, two, *ind[2:]])
    rows.append([("总分", 5), "100", f"{fujin_total()}"])
    rows.append([("自评等级：优", 7)])
    return rows


def fujin_total() -> Decimal:
    return dec(exec_score(FUJIN_FUNDS[0][3], FUJIN_FUNDS[0][2])) + sum(dec(r[6]) for r in FUJIN_IND)


FUJIN_SEAL_AT: list[float] = []  # where the signature line was printed (x, y from the top, points)


def _fujin_form(path: Path) -> None:
    p = Pdf(path, footer_style="dash", page_offset=2, size=11, margin=56)
    p.para("附件", indent=False, size=11)
    p.title("部门整体支出绩效自评表", size=15)
    p.center("（2019年度）", size=10.5)
    p.table(fujin_rows(), [15, 13, 17, 13, 13, 10, 10], style="grid", size=9, header_rows=0,
            align=["l", "c", "l", "c", "c", "c", "c"])
    FUJIN_SEAL_AT[:] = [p.m + 150, p.H - p.y + 8]
    p.para(FUJIN_SIGN, indent=False, size=10)
    check(p.page == 1, "fujin form on one page")
    p.save()


def doc_fujin(path: Path) -> None:
    jpeg = _scan(_scratch(_fujin_form), 170, 2019, 0.45, 70, FUJIN_UNIT, (FUJIN_SEAL_AT[0], FUJIN_SEAL_AT[1]))
    p = Pdf(path, footer_style="dash", size=12, margin=66, creator="WPS Writer")
    p.title(f"{FUJIN_UNIT}\n2019年度部门整体支出绩效自评报告", size=17)
    p.blocks(FUJIN_TEXT)
    p.right(FUJIN_UNIT, size=11)
    p.right("2020年4月20日", size=11)
    check(p.page == 2, f"fujin text on two pages, not {p.page}")
    p.new_page()  # the last text page's footer; the scanned form follows with none of its own
    p.c.setProducer("Adobe Acrobat Pro DC (Scanned by MFP)")
    _image_page(p.c, jpeg)
    p.c.save()
    total, year, carry = FUJIN_FUNDS[0], FUJIN_FUNDS[1], FUJIN_FUNDS[2]
    check(dec(year[2]) + dec(carry[2]) == dec(total[2]) and dec(year[3]) + dec(carry[3]) == dec(total[3])
          and dec("1862.30") + dec("214.70") == dec(year[2]) and rate(total[3], total[2]) == dec("97.02")
          and rate(total[3], year[2]) == dec("101.03") and dec("1102.64") + dec("223.54") == dec("1326.18")
          and dec("1326.18") + dec("772.28") == dec(total[3]) and dec(total[2]) - dec(total[3]) == dec("64.54")
          and fujin_total() == dec("95.70") and sum(int(r[5]) for r in FUJIN_IND) == 90, "fujin")



# =========================================================================== 4. xinhua (DOCX; a Word funds table; E3)
XINHUA_UNIT = "新化县残疾人联合会"
XINHUA_FUNDS = [  # 资金来源, 年初预算, 调整后预算, 实际支出 (万元)
    ("合计", "1,126.80", "1,495.20", "1,452.66"),
    ("一般公共预算财政拨款", "1,126.80", "1,395.20", "1,356.48"),
    ("政府性基金预算财政拨款", E, "100.00", "96.18"),
]
XINHUA_PARTS = [("预算决策", "15", "13"), ("预算管理", "25", "22"), ("履职产出", "35", "30.5"), ("履职效益", "25", "21")]
XINHUA_TEXT = [
    ("b", "一、部门概况"),
    ("p", "新化县残疾人联合会（以下简称县残联）是全县残疾人事业的管理和服务机构，内设办公室、康复宣文股、教育就业股和"
          "维权股，下属县残疾人就业服务所和县残疾人康复中心，2017年末在职人员32人。全县持证残疾人3.86万人。"),
    ("b", "二、部门预算收支情况"),
    ("p", "2017年县财政批复我会年初预算1,126.80万元。年度执行中，省、市下达残疾人康复、托养服务和就业扶持补助资金，县"
          "财政统筹安排后追加预算368.40万元，调整后预算1,495.20万元。按资金来源分，一般公共预算财政拨款1,395.20万元，"
          "政府性基金预算财政拨款100.00万元（中央专项彩票公益金）。"),
    ("p", "全年支出1,452.66万元，其中基本支出318.42万元，项目支出1,134.24万元；预算执行率97.15%，年末结转结余42.54万元。"
          "收支情况见表1。"),
    ("t", "表1　2017年度收支情况（单位：万元）"),
    ("table", ""),
    ("p", "项目支出主要用于残疾人康复救助、托养服务、就业培训和家庭无障碍改造。其中，残疾人家庭无障碍改造按每户1,500元"
          "的标准补助，县残联将补助资金48.00万元拨付各乡镇，由乡镇组织施工并验收；其余项目资金用于康复救助、托养服务和"
          "就业培训。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "（一）康复服务。为186名残疾儿童提供康复救助，为残疾人适配辅助器具1,240件。"),
    ("p", "（二）托养和无障碍。全县320户贫困残疾人家庭完成无障碍改造，超过省下达300户的任务；为580名残疾人提供居家托养"
          "服务。"),
    ("p", "（三）教育就业。举办残疾人实用技术和职业技能培训班12期，培训残疾人460人，其中138人实现就业或自主创业；资助"
          "残疾学生和残疾人家庭子女入学214人，资助标准为每人每年1,000元。"),
    ("b", "四、自评结论"),
    ("p", "按照县财政局印发的部门整体支出绩效评价指标体系，自评满分100分，其中预算决策15分、预算管理25分、履职产出35分、"
          "履职效益25分。经自评，预算决策得13分、预算管理得22分、履职产出得30.5分、履职效益得21分，合计自评得分86.5分。"),
    ("p", "按照县财政局规定，自评得分90分及以上为优秀，80—89分为良好，60—79分为合格，60分以下为不合格。本会2017年度"
          "部门整体支出绩效自评等级为优秀。"),
    ("b", "五、存在的问题"),
    ("p", "（一）残疾人托养服务资金年中追加，下达较晚，部分资金年末形成结转。"),
    ("p", "（二）乡镇无障碍改造验收资料报送不及时，影响补助资金拨付进度。"),
    ("b", "六、改进措施"),
    ("p", "（一）加强与县财政局的沟通，争取补助资金尽早下达，加快支出进度。"),
    ("p", "（二）建立无障碍改造项目月报制度，督促乡镇按时验收报账。"),
]


def doc_xinhua(path: Path) -> None:
    from docx.shared import Pt

    d = STAMP.new_docx()
    office.centred_title(d, f"{XINHUA_UNIT}2017年度", 16)
    office.centred_title(d, "部门整体支出绩效自评报告", 16)
    for kind, text in XINHUA_TEXT:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        elif kind == "t":
            office.aligned(d, text, "center")
        elif kind == "table":
            grid = table(d, [["资金来源", "年初预算", "调整后预算", "实际支出"], *[list(r) for r in XINHUA_FUNDS]])
            for row in grid.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = Pt(10.5)
        else:
            para(d, text)
    office.aligned(d, XINHUA_UNIT, "right")
    office.aligned(d, "2018年3月26日", "right")
    office.page_number_footer(d)
    STAMP.save_docx(d, path)
    score = sum(dec(s) for _, _, s in XINHUA_PARTS)
    total, general, fund = XINHUA_FUNDS
    check(score == dec("86.5") and sum(int(w) for _, w, _ in XINHUA_PARTS) == 100
          and all(dec(s) <= dec(w) for _, w, s in XINHUA_PARTS)
          and dec(general[2]) + dec(fund[2]) == dec(total[2]) and dec(general[3]) + dec(fund[3]) == dec(total[3])
          and dec(total[1]) + dec("368.40") == dec(total[2]) and dec("318.42") + dec("1134.24") == dec(total[3])
          and rate(total[3], total[2]) == dec("97.15") and dec(total[2]) - dec(total[3]) == dec("42.54")
          and 320 * 1500 == dec("48.00") * W, "xinhua")


# =========================================================================== 11. mabian (DOCX; a Sichuan form in 元 as a Word table)
MABIAN_UNIT = "马边彝族自治县茶叶产业发展中心"
MABIAN_CODE = "51113321R000000018264-茶园提质增效项目"
MABIAN_FUNDS = [  # 行, 年初预算, 调整后预算数, 预算执行数 (元); blank cells are left blank
    ("总额", "1,200,000.00", "1,500,000.00", "1,462,380.00"),
    ("财政资金", "1,200,000.00", "1,500,000.00", "1,462,380.00"),
    ("财政专户管理资金", "", "", ""),
    ("单位资金", "", "", ""),
    ("其他资金", "", "", ""),
]
MABIAN_IND = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 偏差原因
    ("产出指标", "数量指标", "改造提升低产茶园", "≥", "5000", "亩", "5120", "15", "15", ""),
    ("产出指标", "数量指标", "培训茶农", "≥", "800", "人次", "826", "10", "10", ""),
    ("产出指标", "质量指标", "改造茶园验收合格率", "≥", "95", "%", "97.5", "10", "10", ""),
    ("产出指标", "时效指标", "项目完成时间", "≤", "11", "月", "12", "10", "8", "受持续降雨影响，修剪施肥延后"),
    ("产出指标", "成本指标", "每亩补助标准", "=", "280", "元", "280", "5", "5", ""),
    ("效益指标", "经济效益指标", "茶农亩均增收", "≥", "500", "元", "560", "15", "15", ""),
    ("效益指标", "可持续影响指标", "茶园管护长效机制", "定性", "持续有效", "/", "基本建立", "15", "14", "部分村管护责任未落实到户"),
    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥", "90", "%", "93.6", "10", "10", ""),
]
MABIAN_TEXT = [
    ("b", "一、项目概况"),
    ("p", "茶园提质增效项目通过低产茶园改造、茶园标准化管护和茶农技术培训，提高茶叶单产和品质，带动茶农增收。项目主管"
          "部门为县农业局，实施单位为县茶叶产业发展中心。"),
    ("b", "二、项目资金安排及执行情况"),
    ("p", "2018年项目年初预算安排县级财政资金120.00万元，年中省级财政追加下达茶产业发展补助资金30.00万元，调整后预算"
          "150.00万元，全部为财政资金。截至2018年12月31日，项目实际支付146.238万元，预算执行率97.49%，结转3.762万元。"),
    ("p", "资金使用上，按每亩280元的标准对5,120亩改造茶园给予补助，支付补助资金143.36万元；其余2.878万元用于茶农技术"
          "培训。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年改造提升低产茶园5,120亩，超过年度目标5,000亩；举办茶叶种植管护培训班16期，培训茶农826人次；改造茶园验收"
          "合格率97.5%；受益茶农2,340户，茶农亩均增收560元。"),
    ("b", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评（详见附表），项目自评得分96.75分，等级为优。"),
    ("b", "五、存在的问题"),
    ("p", "（一）受持续降雨影响，部分茶园修剪施肥延后，项目完成时间晚于计划。"),
    ("p", "（二）部分村茶园管护责任尚未落实到户，长效管护机制有待完善。"),
    ("b", "六、改进措施"),
    ("p", "（一）根据茶叶生产季节合理安排实施进度，提前做好物资采购。"),
    ("p", "（二）推行茶园管护责任到户，将管护情况与下年度补助挂钩。"),
]


def mabian_score() -> str:
    _, _, budget, done = MABIAN_FUNDS[0]
    return exec_score(done, budget)


def mabian_total() -> Decimal:
    return dec(mabian_score()) + sum(dec(r[8]) for r in MABIAN_IND)


def mabian_rows() -> tuple[list[list[str]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """The Sichuan 部门预算项目支出绩效自评表, eleven columns, as one Word table."""
    _, _, budget, done = MABIAN_FUNDS[0]
    rows: list[list[str]] = [
        ["项目名称", "", MABIAN_CODE, "", "", "", "", "", "", "", ""],
        ["主管部门", "", "马边彝族自治县农业局", "", "", "", "实施单位", "", MABIAN_UNIT, "", ""],
        ["预算执行情况（元）（10分）", "", "", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", ""],
    ]
    merges = [((0, 0), (0, 1)), ((0, 2), (0, 10)), ((1, 0), (1, 1)), ((1, 2), (1, 5)), ((1, 6), (1, 7)),
              ((1, 8), (1, 10)), ((2, 1), (2, 2)), ((2, 9), (2, 10))]
    first = len(rows)
    for k, (name, a, b, c) in enumerate(MABIAN_FUNDS):
        tail = [pct(done, budget), "10", mabian_score(), "", ""] if k == 0 else ["", "/", "/", "", ""]
        merges += [((len(rows), 1), (len(rows), 2)), ((len(rows), 9), (len(rows), 10))]
        rows.append(["", name, "", a, b, c, *tail])
    merges.append(((first - 1, 0), (len(rows) - 1, 0)))
    goal = "改造提升低产茶园5000亩以上，培训茶农800人次以上，改造茶园验收合格率95%以上，茶农亩均增收500元以上。"
    done_text = "改造提升低产茶园5120亩，培训茶农826人次，验收合格率97.5%，受益茶农2340户，亩均增收560元。"
    merges += [((len(rows), 0), (len(rows) + 1, 0)), ((len(rows), 1), (len(rows), 5)), ((len(rows), 6), (len(rows), 10)),
               ((len(rows) + 1, 1), (len(rows) + 1, 5)), ((len(rows) + 1, 6), (len(rows) + 1, 10))]
    rows.append(["年度总体目标", "预期目标", "", "", "", "", "实际完成情况", "", "", "", ""])
    rows.append(["", goal, "", "", "", "", done_text, "", "", "", ""])
    head = len(rows)
    rows.append(["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                 "偏差原因"])
    for ind in MABIAN_IND:
        rows.append(["", *ind])
    merges.append(((head, 0), (len(rows) - 1, 0)))
    for col in (0, 1):
        k = 0
        while k < len(MABIAN_IND):
            j = k
            while j + 1 < len(MABIAN_IND) and MABIAN_IND[j + 1][:col + 1] == MABIAN_IND[k][:col + 1]:
                j += 1
            if j > k:
                merges.append(((head + 1 + k, col + 1), (head + 1 + j, col + 1)))
            k = j + 1
    merges.append(((len(rows), 0), (len(rows), 7)))
    rows.append(["总分", "", "", "", "", "", "", "", "100", f"{mabian_total()}", "自评等级：优"])
    return rows, merges


def doc_mabian(path: Path) -> None:
    from docx.shared import Pt

    d = STAMP.new_docx()
    office.centred_title(d, f"{MABIAN_UNIT}2018年度", 16)
    office.centred_title(d, "茶园提质增效项目绩效自评报告", 16)
    for kind, text in MABIAN_TEXT:
        if kind == "b":
            office.bold_line(d, text, indent=24)
        else:
            para(d, text)
    office.aligned(d, MABIAN_UNIT, "right")
    office.aligned(d, "2019年3月12日", "right")
    para(d, "附表", indent=False)
    office.centred_title(d, "部门预算项目支出绩效自评表", 14)
    office.centred_title(d, "（2018年度）", 11, bold=False)
    rows, merges = mabian_rows()
    grid = table(d, rows, merges)
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    para(d, "填报人：沙××　　填报日期：2019年3月12日", indent=False)
    office.page_number_footer(d, complex_field=True)
    STAMP.save_docx(d, path)
    _, a, b, c = MABIAN_FUNDS[0]
    check(dec(a) + 300000 == dec(b) and rate(c, b) == dec("97.49") and dec(b) - dec(c) == dec("3.762") * W
          and 5120 * 280 + dec("2.878") * W == dec(c) and dec("143.36") * W == 5120 * 280
          and sum(int(r[7]) for r in MABIAN_IND) == 90 and mabian_total() == dec("96.75"), "mabian")


# =========================================================================== 5. xinbin (XLSX; the national project form)
XINBIN_UNIT = "新宾满族自治县统计局"
XINBIN_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "86.00", "112.40", "108.26"),
    ("其中：当年财政拨款", "86.00", "98.00", "94.86"),
    ("上年结转资金", E, "14.40", "13.40"),
    ("其他资金", E, E, E),
]
XINBIN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "完成普查登记农户", "≥3.2万户", "3.38万户", 10, 10, ""),
    ("产出指标", "数量指标", "选聘普查员和普查指导员", "≥900人", "946人", 10, 10, ""),
    ("产出指标", "质量指标", "事后质量抽查差错率", "≤1%", "0.6%", 10, 10, ""),
    ("产出指标", "时效指标", "现场登记完成时间", "2017年1月15日前", "2017年1月12日", 10, 10, ""),
    ("产出指标", "成本指标", "普查员劳务补助标准", "≤80元/天", "80元/天", 10, 10, ""),
    ("效益指标", "社会效益指标", "普查数据通过上级验收", "通过", "通过", 15, 15, ""),
    ("效益指标", "可持续影响指标", "普查资料开发利用", "形成分析报告≥5篇", "4篇", 15, 13, "部分专题分析报告转入下年完成"),
    ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%", "92.5%", 10, 10, ""),
]
XINBIN_GOAL = ("按照国家统一部署完成第三次全国农业普查现场登记和数据处理，普查登记农户3.2万户以上，事后质量抽查差错率"
               "不超过1%，普查数据通过上级验收。")
XINBIN_DONE = ("全县完成3.38万户农户、412个规模农业经营户和186个农业经营单位的普查登记；选聘普查员和普查指导员946人，"
               "县级统筹安排乡镇普查工作经费并按登记户数拨付各乡镇；事后质量抽查差错率0.6%，普查数据通过省级验收。")


def doc_xinbin(path: Path) -> None:
    import openpyxl

    _, initial, budget, done = XINBIN_FUNDS[0]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for col, w in zip("ABCDEFGHI", [12, 14, 16, 22, 14, 14, 8, 8, 22], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "（2016年度）", center=True, merge_to="I2", border=False)
    xl_put(ws, "A3", "项目名称", center=True)
    xl_put(ws, "B3", "第三次全国农业普查经费", merge_to="I3")
    xl_put(ws, "A4", "主管部门", center=True)
    xl_put(ws, "B4", XINBIN_UNIT, merge_to="D4")
    xl_put(ws, "E4", "实施单位", center=True)
    xl_put(ws, "F4", XINBIN_UNIT, merge_to="I4")
    xl_put(ws, "A5", "项目资金（万元）", center=True, merge_to="A9")
    for col, head in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), strict=True):
        xl_put(ws, f"{col}5", head, center=True)
    xl_put(ws, "I5", "")
    for r, (name, a, b, c) in enumerate(XINBIN_FUNDS, 6):
        xl_put(ws, f"B{r}", name)
        for col, v in zip("CDE", (a, b, c), strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(dec(v)), fmt=None if v == E else "#,##0.00", center=True)
        if r == 6:
            xl_put(ws, "F6", 10, center=True)
            xl_put(ws, "G6", float(dec(done) / dec(budget)), fmt="0.00%", center=True)
            xl_put(ws, "H6", float(exec_score(done, budget)), fmt="0.00", center=True)
        else:
            for col in "FGH":
                xl_put(ws, f"{col}{r}", E, center=True)
        xl_put(ws, f"I{r}", "")
    xl_put(ws, "A10", "年度总体目标", center=True, merge_to="A11")
    xl_put(ws, "B10", "预期目标", center=True, merge_to="E10")
    xl_put(ws, "F10", "实际完成情况", center=True, merge_to="I10")
    xl_put(ws, "B11", XINBIN_GOAL, merge_to="E11")
    xl_put(ws, "F11", XINBIN_DONE, merge_to="I11")
    ws.row_dimensions[11].height = 78
    first = 12
    xl_put(ws, f"A{first}", "绩效指标", center=True, merge_to=f"A{first + len(XINBIN_IND)}")
    for col, head in zip("BCDEFGHI", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施"), strict=True):
        xl_put(ws, f"{col}{first}", head, center=True)
    for r, row in enumerate(XINBIN_IND, first + 1):
        for col, v in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "EFGH")
    for col, key in (("B", 0), ("C", 1)):
        k = 0
        while k < len(XINBIN_IND):
            j = k
            while j + 1 < len(XINBIN_IND) and XINBIN_IND[j + 1][:key + 1] == XINBIN_IND[k][:key + 1]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{first + 1 + k}:{col}{first + 1 + j}")
            k = j + 1
    end = first + 1 + len(XINBIN_IND)
    total = dec(exec_score(done, budget)) + sum(dec(r[6]) for r in XINBIN_IND)
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(total), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "自评等级：优")
    xl_put(ws, f"A{end + 1}", f"填报单位（盖章）：{XINBIN_UNIT}　　填报人：赵××　　填报日期：2017年5月12日",
           merge_to=f"I{end + 1}", border=False)
    STAMP.save_xlsx(wb, path)
    rows = [[dec(v) if v != E else Decimal(0) for v in r[1:]] for r in XINBIN_FUNDS]
    check(all(rows[1][k] + rows[2][k] == rows[0][k] for k in range(3)) and rate(done, budget) == dec("96.32")
          and total == dec("97.63") and sum(r[5] for r in XINBIN_IND) == 90, "xinbin")



# =========================================================================== 6. yongtai (PDF; the form runs over a page break; E4)
YONGTAI_UNIT = "永泰县司法局"
YONGTAI_PROJECT = "法律援助和人民调解经费"
YONGTAI_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "168.00", "192.00", "185.36"),
    ("其中：当年财政拨款", "168.00", "192.00", "185.36"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
YONGTAI_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "办理法律援助案件", "≥600件", "655件", "10", "10", ""),
    ("产出指标", "数量指标", "调解矛盾纠纷", "≥3000件", "3126件", "10", "10", ""),
    ("产出指标", "数量指标", "开展人民调解员培训", "≥4期", "4期", "5", "5", ""),
    ("产出指标", "质量指标", "调解成功率", "≥95%", "98.7%", "10", "10", ""),
    ("产出指标", "质量指标", "法律援助案件质量评查合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "办案补贴支付及时率", "≥95%", "91%", "5", "3", "部分案件结案材料报送滞后，推行网上报送"),
    ("产出指标", "成本指标", "法律援助案件平均办案补贴", "≤1500元/件", "1200元/件", "5", "5", ""),
    ("效益指标", "社会效益指标", "为当事人挽回经济损失", "≥2000万元", "2860万元", "15", "15", ""),
    ("效益指标", "可持续影响指标", "基层调解组织规范化建设", "持续提升", "有所提升", "15", "13", "乡镇之间进展不均衡，加强督导"),
    ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "96.2%", "10", "10", ""),
]
YONGTAI_SCORE = "96.65"  # E4: printed in the text and the 总分 row; 9.65 + the rows' 86 = 95.65
YONGTAI_TEXT = [
    ("h", "一、项目基本情况"),
    ("p", "法律援助和人民调解经费用于保障全县法律援助案件办理、人民调解员以案定补、调解员业务培训和法治宣传等工作。"
          "项目由县司法局组织实施，县法律援助中心和各乡镇司法所具体承办。"),
    ("p", "项目年度绩效目标为：办理法律援助案件600件以上，调解矛盾纠纷3,000件以上，调解成功率95%以上，受援人满意度"
          "90%以上。"),
    ("h", "二、项目资金情况"),
    ("p", "2024年县财政在年初预算中安排项目资金168.00万元。7月，省级财政下达法律援助补助资金24.00万元，县财政局据此追加"
          "我局项目预算24.00万元，调整后预算192.00万元，其中省级资金24.00万元、县级资金168.00万元，均已拨付到位。"),
    ("p", "全年支出185.36万元，预算执行率96.54%，结余6.64万元已由县财政收回统筹使用。其中支付法律援助律师办案补贴78.60"
          "万元、人民调解员以案定补补贴62.52万元，其余用于调解员培训、法治宣传和案件质量评查。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年办理法律援助案件655件，上年为588件，其中民事案件412件、刑事案件243件。组织各级人民调解组织调解矛盾纠纷"
          "3,126件，调解成功3,085件，调解成功率98.7%。举办人民调解员培训班4期，培训调解员620人次。通过法律援助和人民调解"
          "为当事人挽回经济损失2,860万元。受援人满意度抽样调查满意率为96.2%。"),
    ("h", "四、自评结论"),
    ("p", f"对照项目绩效目标逐项自评（见附件），项目自评得分{YONGTAI_SCORE}分，自评等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分法律援助案件结案材料报送滞后，影响办案补贴及时支付。下一步将推行结案材料网上报送，按月审核支付。"),
    ("p", "（二）乡镇调解组织规范化建设进展不均衡。下一步将加大培训和督导力度，推动各乡镇调解委员会达标。"),
]
YONGTAI_WIDTHS = [12, 12, 19, 13, 13, 7, 9, 18]


def yongtai_rows() -> list[list[Cell]]:
    _, initial, budget, done = YONGTAI_FUNDS[0]
    rows: list[list[Cell]] = [
        ["项目名称", (YONGTAI_PROJECT, 7)],
        ["主管部门", (YONGTAI_UNIT, 3), "实施单位", (YONGTAI_UNIT, 3)],
        [("项目资金（万元）", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for k, (name, a, b, c) in enumerate(YONGTAI_FUNDS):
        tail = ["10", pct(done, budget), exec_score(done, budget)] if k == 0 else [E, E, E]
        rows.append([(name, 2), a, b, c, *tail])
    rows.append(["年度总体目标", ("预期目标：办理法律援助案件600件以上，调解矛盾纠纷3000件以上，调解成功率95%以上，受援人"
                                "满意度90%以上。", 3),
                 ("实际完成情况：办理法律援助案件655件，调解矛盾纠纷3126件，调解成功率98.7%，受援人满意度96.2%。", 4)])
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ones, twos = level_runs([r[0] for r in YONGTAI_IND]), level_runs([r[1] for r in YONGTAI_IND])
    for ind, one, two in zip(YONGTAI_IND, ones, twos, strict=True):
        rows.append([one, two, *ind[2:]])
    rows.append([("总分", 5), "100", YONGTAI_SCORE, "自评等级：优"])
    return rows


def doc_yongtai(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=64, creator="WPS Writer")
    p.title(f"{YONGTAI_UNIT}2024年度{YONGTAI_PROJECT}\n项目支出绩效自评报告", size=17)
    p.blocks(YONGTAI_TEXT)
    p.right(YONGTAI_UNIT, size=11)
    p.right("2025年3月14日", size=11)
    p.space(10)
    p.para("附件", indent=False, size=12)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2024年度）", size=10.5)
    p.table(yongtai_rows(), YONGTAI_WIDTHS, style="grid", size=11, header_rows=0,
            align=["c", "c", "l", "c", "c", "c", "c", "l"], tag="form")
    p.para(f"填报单位（盖章）：{YONGTAI_UNIT}　　填报人：林××　　填报日期：2025年3月14日", indent=False, size=10)
    p.save()
    _, a, b, c = YONGTAI_FUNDS[0]
    rows_score = dec(exec_score(c, b)) + sum(dec(r[6]) for r in YONGTAI_IND)
    pages = p.row_pages["form"]
    first_ind = 9  # row index of the first indicator row
    check(rows_score + 1 == dec(YONGTAI_SCORE) and sum(int(r[5]) for r in YONGTAI_IND) == 90
          and dec(a) + 24 == dec(b) and rate(c, b) == dec("96.54") and dec(b) - dec(c) == dec("6.64")
          and 655 * 1200 == dec("78.60") * W and 412 + 243 == 655
          and p.page == 3 and pages[0] == 2 and pages[first_ind] == 2 and pages[-1] == 3 and pages.count(3) >= 2,
          f"yongtai {rows_score} {p.page} {pages}")


# =========================================================================== 7. suichuan (PDF; transfers handed down, arrived vs budgeted)
SUICHUAN_UNIT = "遂川县乡村振兴局"
SUICHUAN_PROJECT = "衔接推进乡村振兴补助资金"
SUICHUAN_LEVELS = [  # 资金来源, 全年预算数（A）, 实际到位资金, 全年执行数（B） (万元)
    ("中央财政资金", "4,260.00", "4,260.00", "4,198.36"),
    ("省级财政资金", "1,180.00", "1,180.00", "1,142.60"),
    ("县级财政资金", "560.00", "520.00", "505.76"),
]
SUICHUAN_TEXT_A = [
    ("h", "一、项目概况"),
    ("p", "衔接推进乡村振兴补助资金主要用于巩固拓展脱贫攻坚成果和衔接推进乡村振兴，重点支持联农带农富农产业发展、小型"
          "公益性基础设施建设、就业帮扶和雨露计划等。资金由县乡村振兴局会同县财政局统筹安排，按项目计划下达23个乡镇（场）"
          "和有关行业部门组织实施。"),
    ("p", "年度绩效目标为：实施衔接资金项目180个以上，用于产业发展的资金占比不低于55%，雨露计划资助脱贫家庭学生2,000"
          "人次以上，项目带动脱贫户和监测户1.2万户以上增收。"),
    ("h", "二、资金下达、到位和使用情况"),
    ("p", "2022年全县衔接推进乡村振兴补助资金全年预算6,000.00万元，其中中央财政资金4,260.00万元，分两批下达（提前下达"
          "3,200.00万元，第二批1,060.00万元），省级财政资金1,180.00万元，县级财政安排560.00万元。"),
    ("p", "截至12月31日，中央和省级资金全部到位，县级资金受财力影响到位520.00万元，实际到位资金5,960.00万元，资金到位率"
          "99.33%。县财政已拨付至乡镇和项目实施单位5,921.60万元，乡镇和实施单位实际支付5,846.72万元，预算执行率按实际"
          "支付数计算为97.45%；年末结转153.28万元（含未到位的县级资金40.00万元），结转下年继续用于衔接项目。"),
    ("p", "分资金来源的执行情况见表1。"),
    ("c", "表1  2022年度衔接推进乡村振兴补助资金执行情况（单位：万元）"),
]
SUICHUAN_TEXT_B = [
    ("p", "从资金投向看，用于产业发展3,672.00万元，占已支付资金的62.80%，高于不低于55%的要求；其余用于小型公益性基础"
          "设施、就业帮扶和雨露计划。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年实施衔接资金项目186个，其中产业发展项目112个、基础设施项目61个、就业帮扶和其他项目13个。新建和改造产业路"
          "42.6公里，建设农产品冷链仓储设施18处；雨露计划资助脱贫家庭学生2,180人次，资助标准为每生每学期1,500元；项目"
          "带动脱贫户和监测户1.26万户增收。全县脱贫人口人均纯收入达到13,286元，上年为11,634元。"),
    ("h", "四、自评结论"),
    ("p", "对照年度绩效目标，从资金投入、资金管理、产出和效益四个方面自评，2022年度衔接推进乡村振兴补助资金绩效自评得分"
          "93.6分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）县级资金受财力影响未足额到位，部分项目支付进度偏慢。"),
    ("p", "（二）个别产业项目联农带农机制不够紧密，带动效果有待提升。"),
    ("h", "六、改进措施"),
    ("p", "（一）积极筹措县级资金，按项目进度及时拨付，加快乡镇支付。"),
    ("p", "（二）完善产业项目利益联结机制，将带动脱贫户增收情况作为项目验收的重要内容。"),
]


def suichuan_rows() -> list[list[str]]:
    rows = [["资金来源", "全年预算数（A）", "实际到位资金", "全年执行数（B）", "执行率（B/A）"]]
    for name, a, got, b in SUICHUAN_LEVELS:
        rows.append([name, a, got, b, pct(b, a)])
    sums = [sum_money([r[k] for r in SUICHUAN_LEVELS]) for k in (1, 2, 3)]
    rows.append(["合计", *(money(v) for v in sums), pct(sums[2], sums[0])])
    return rows


def doc_suichuan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=66, creator="Microsoft® Word 2019")
    p.title(f"{SUICHUAN_UNIT}2022年度{SUICHUAN_PROJECT}\n绩效自评报告", size=17)
    p.blocks(SUICHUAN_TEXT_A)
    p.table(suichuan_rows(), [22, 20, 18, 20, 16], style="grid", size=10.5, align=["l", "r", "r", "r", "r"])
    p.blocks(SUICHUAN_TEXT_B)
    p.right(SUICHUAN_UNIT, size=11)
    p.right("2023年3月10日", size=11)
    p.save()
    budget, got, done = (sum_money([r[k] for r in SUICHUAN_LEVELS]) for k in (1, 2, 3))
    check(budget == dec("6000.00") and got == dec("5960.00") and done == dec("5846.72")
          and rate(done, budget) == dec("97.45") and rate(got, budget) == dec("99.33") and budget - done == dec("153.28")
          and dec("3200.00") + dec("1060.00") == dec("4260.00") and rate("3672.00", done) == dec("62.80")
          and 112 + 61 + 13 == 186 and done < dec("5921.60") < got and p.page == 2, f"suichuan {p.page}")


# =========================================================================== 9. zigui (PDF; money handed down to towns, a borderless table)
ZIGUI_UNIT = "秭归县柑橘产业发展中心"
ZIGUI_TOWNS = [  # 乡镇, 计划改良面积（亩）, 验收面积（亩）; 每亩800元: 下达 on the plan, 兑付 on the accepted area
    ("郭家坝镇", 1200, 1176),
    ("归州镇", 900, 884),
    ("屈原镇", 800, 786),
    ("水田坝乡", 700, 682),
    ("泄滩乡", 500, 490),
    ("沙镇溪镇", 400, 380),
]
ZIGUI_HEADER = f"{ZIGUI_UNIT}2025年度项目支出绩效自评报告"
ZIGUI_TEXT_A = [
    ("h", "一、项目基本情况"),
    ("p", "为加快脐橙品种结构调整，提高早熟和晚熟品种比例，县柑橘产业发展中心2025年组织实施脐橙品种改良补助项目，对高接"
          "换种和改植优良品种的农户按验收面积给予补助，补助标准为每亩800元。项目主管部门为县农业农村局。"),
    ("p", "项目年度目标为：完成脐橙品种改良4,500亩，改良后嫁接成活率90%以上，受益农户1,800户以上。"),
    ("h", "二、资金安排、下达和使用情况"),
    ("p", "省级财政下达脐橙品种改良补助资金300.00万元，县级财政配套安排60.00万元，项目全年预算360.00万元，实际到位资金"
          "360.00万元。县财政按各乡镇计划改良面积将资金下达各乡镇，乡镇组织验收后按实际验收面积兑付到户。全年兑付补助"
          "资金351.84万元，预算执行率97.73%；部分农户改良面积未通过验收，结余8.16万元由县财政收回统筹使用。"),
    ("p", "各乡镇资金下达和兑付情况见表1。"),
    ("c", "表1  各乡镇脐橙品种改良补助资金下达和兑付情况"),
]
ZIGUI_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成脐橙品种改良4,398亩，完成计划的97.7%；改良品种以早熟和晚熟品种为主，嫁接成活率达到94.5%；受益农户"
          "1,926户。上年全县完成品种改良3,860亩。预计改良园3年后进入丰产期，届时亩均可增收1,200元左右。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标，从资金管理、产出和效益三个方面自评，项目自评得分95.8分，自评等级为优。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）部分乡镇验收进度偏慢，补助资金兑付集中在年底。下一步将实行分批验收、分批兑付。"),
    ("p", "（二）少数农户嫁接后管护不到位，成活率偏低。下一步将组织技术人员开展跟踪指导。"),
]


def zigui_rows() -> list[list[str]]:
    rows = [["乡镇", "计划改良面积（亩）", "下达资金（万元）", "验收面积（亩）", "兑付资金（万元）"]]
    for town, plan, done in ZIGUI_TOWNS:
        rows.append([town, f"{plan:,}", money(Decimal(plan) * 800 / W), f"{done:,}", money(Decimal(done) * 800 / W)])
    plan, done = sum(t[1] for t in ZIGUI_TOWNS), sum(t[2] for t in ZIGUI_TOWNS)
    rows.append(["合计", f"{plan:,}", money(Decimal(plan) * 800 / W), f"{done:,}", money(Decimal(done) * 800 / W)])
    return rows


def doc_zigui(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, header=ZIGUI_HEADER, size=12, margin=66, creator="WPS Writer")
    p.title(f"{ZIGUI_UNIT}2025年度脐橙品种改良补助\n项目支出绩效自评报告", size=17)
    p.blocks(ZIGUI_TEXT_A)
    p.table(zigui_rows(), [18, 13, 13, 13, 13], style="plain", size=10.5, align=["l", "r", "r", "r", "r"], tag="towns")
    p.blocks(ZIGUI_TEXT_B)
    p.right(ZIGUI_UNIT, size=11)
    p.right("2026年2月27日", size=11)
    p.save()
    plan, done = sum(t[1] for t in ZIGUI_TOWNS), sum(t[2] for t in ZIGUI_TOWNS)
    check(plan == 4500 and done == 4398 and Decimal(plan) * 800 == dec("360.00") * W
          and Decimal(done) * 800 == dec("351.84") * W and rate("351.84", "360.00") == dec("97.73")
          and dec("300.00") + dec("60.00") == dec("360.00") and p.page == 2, f"zigui {p.page}")



# =========================================================================== 12. yongdeng (PDF; achievements beside their look-alikes)
YONGDENG_UNIT = "永登县审计局"
YONGDENG_TYPES = [("基本支出", "612.18", "598.45"), ("项目支出", "86.82", "82.82")]  # 支出类型, 调整后预算, 实际支出 (万元)
YONGDENG_TEXT_A = [
    ("h", "一、部门概况"),
    ("p", "永登县审计局内设办公室、财政金融审计股、经济责任审计股、固定资产投资审计股和综合法规股，下属县审计服务中心，"
          "2022年末实有人员31人。主要职责是依法对县级预算执行、其他财政收支以及国有资金、国有资产和领导干部履行经济责任"
          "情况进行审计监督。"),
    ("h", "二、预算收支情况"),
    ("p", "2022年县财政批复我局年初预算642.80万元，年中追加审计业务经费和人员经费56.20万元，调整后预算699.00万元，全部"
          "为一般公共预算财政拨款，已按用款计划全部拨付到位。全年支出681.27万元，预算执行率97.46%，年末结余17.73万元。"
          "分支出类型的执行情况见表1。"),
    ("c", "表1  2022年度预算执行情况（单位：万元）"),
]
YONGDENG_TEXT_B = [
    ("p", "项目支出主要为审计业务经费，用于聘请中介机构参与政府投资项目审计、审计人员业务培训和审计信息化建设。"),
    ("h", "三、履职成效"),
    ("p", "全年完成审计项目26个，完成年度计划24个的108.33%，上年完成22个。审计资金总额18.6亿元，查出违规金额1,386.42"
          "万元、管理不规范金额4,210.60万元，促进增收节支和挽回损失826.50万元；向纪检监察机关移送问题线索7件；提出审计"
          "建议126条，被采纳118条。"),
    ("p", "完成政府投资项目结算审计43项，送审金额3.28亿元，审减金额2,146.30万元，审减率6.54%。在全市审计机关年度目标"
          "责任考核中位列第2名。"),
    ("h", "四、自评结论"),
    ("p", "对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面自评，2022年度部门整体支出"
          "绩效自评得分93.6分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）审计业务经费中聘请中介机构费用按审计进度结算，年末形成结余。"),
    ("p", "（二）审计整改跟踪机制有待完善，个别问题整改不到位。"),
    ("h", "六、改进措施"),
    ("p", "（一）合理编制审计业务经费预算，按季度结算中介机构费用。"),
    ("p", "（二）建立审计整改台账，实行整改销号管理。"),
]


def yongdeng_rows() -> list[list[str]]:
    rows = [["支出类型", "调整后预算", "实际支出", "执行率"]]
    for name, b, d in YONGDENG_TYPES:
        rows.append([name, b, d, pct(d, b)])
    b, d = sum_money([t[1] for t in YONGDENG_TYPES]), sum_money([t[2] for t in YONGDENG_TYPES])
    rows.append(["合计", money(b), money(d), pct(d, b)])
    return rows


def doc_yongdeng(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=66, creator="WPS Writer")
    p.title(f"{YONGDENG_UNIT}2022年度部门整体支出绩效自评报告", size=17)
    p.blocks(YONGDENG_TEXT_A)
    p.table(yongdeng_rows(), [22, 18, 18, 14], style="three", size=10.5, align=["l", "r", "r", "r"])
    p.blocks(YONGDENG_TEXT_B)
    p.right(YONGDENG_UNIT, size=11)
    p.right("2023年3月28日", size=11)
    p.save()
    b, d = sum_money([t[1] for t in YONGDENG_TYPES]), sum_money([t[2] for t in YONGDENG_TYPES])
    check(b == dec("699.00") == dec("642.80") + dec("56.20") and d == dec("681.27") and rate(d, b) == dec("97.46")
          and b - d == dec("17.73") and rate(26, 24) == dec("108.33") and rate("2146.30", "32800") == dec("6.54")
          and p.page == 2, f"yongdeng {p.page}")


# =========================================================================== 13. xinglong (PDF; last year's allocation carried over)
XINGLONG_UNIT = "兴隆县商务局"
XINGLONG_PROJECT = "电子商务进农村综合示范项目"
XINGLONG_USES = [  # 支出方向, 支出金额 (万元): the whole 1,236.58
    ("县级电子商务公共服务中心建设运营", "286.40"),
    ("乡村电子商务服务站点建设", "342.80"),
    ("农村物流配送体系建设", "318.60"),
    ("电商人才培训", "126.38"),
    ("农产品品牌培育和网销推广", "162.40"),
]
XINGLONG_TEXT_A = [
    ("h", "一、项目基本情况"),
    ("p", "2017年我县被确定为电子商务进农村综合示范县。项目重点建设县级电子商务公共服务中心、乡村电子商务服务站点和农村"
          "物流配送体系，开展电商人才培训和农产品品牌培育，推动农产品上行和工业品下乡。"),
    ("p", "项目年度绩效目标为：建成乡镇电子商务服务站18个以上，村级服务点覆盖50%以上的行政村，开展电商培训4,000人次以上。"),
    ("h", "二、资金安排和使用情况"),
    ("p", "2017年，中央财政下达我县电子商务进农村综合示范专项资金1,500.00万元，当年支付410.60万元，结转2018年1,089.40"
          "万元。2018年县本级一般公共预算安排配套资金200.00万元，加上上年结转资金，全年可用资金1,289.40万元。"),
    ("p", "2018年项目支出1,236.58万元，预算执行率95.90%（按全年可用资金计算），年末结余52.82万元结转2019年使用。截至"
          "2018年末，中央专项资金累计支付1,456.92万元，累计支付率97.13%。资金使用方向见表1。"),
    ("c", "表1  2018年度项目资金使用情况（单位：万元）"),
]
XINGLONG_TEXT_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "建成并运营县级电子商务公共服务中心，建成乡镇电子商务服务站20个；全县289个行政村中236个建有村级服务点，覆盖率"
          "81.7%；开展电商培训86期，培训4,860人次。2018年全县农村网络零售额3.62亿元，上年为2.56亿元。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标逐项自评，2018年度电子商务进农村综合示范项目绩效自评得分92.5分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分村级服务点业务量小，持续运营能力不足。"),
    ("p", "（二）农村物流配送成本偏高，快递进村覆盖不均衡。"),
    ("h", "六、改进措施"),
    ("p", "（一）整合村级服务点与便民超市、邮政网点资源，提高服务点运营效益。"),
    ("p", "（二）推进快递物流共同配送，降低农村物流成本。"),
]


def xinglong_rows() -> list[list[str]]:
    total = sum_money([v for _, v in XINGLONG_USES])
    rows = [["支出方向", "支出金额", "占比"]]
    for name, v in XINGLONG_USES:
        rows.append([name, v, pct(v, total)])
    rows.append(["合计", money(total), "100.00%"])
    return rows


def doc_xinglong(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=2, size=12, margin=66, creator="Microsoft® Word 2010")
    p.title(f"{XINGLONG_UNIT}2018年度{XINGLONG_PROJECT}\n绩效自评报告", size=17)
    p.blocks(XINGLONG_TEXT_A)
    p.table(xinglong_rows(), [40, 16, 14], style="three", size=10.5, align=["l", "r", "r"])
    p.blocks(XINGLONG_TEXT_B)
    p.right(XINGLONG_UNIT, size=11)
    p.right("2019年3月15日", size=11)
    p.save()
    total = sum_money([v for _, v in XINGLONG_USES])
    shares = sum(rate(v, total) for _, v in XINGLONG_USES)
    check(total == dec("1236.58") and dec("1089.40") + dec("200.00") == dec("1289.40") and shares == dec("99.99")
          and rate(total, "1289.40") == dec("95.90") and dec("1289.40") - total == dec("52.82")
          and dec("1500.00") - dec("410.60") == dec("1089.40") and rate("1456.92", "1500.00") == dec("97.13")
          and rate(236, 289) == dec("81.66") and p.page == 2, f"xinglong {p.page} {shares}")


# =========================================================================== 8. pingyin (Markdown saved from a portal; E5)
PINGYIN_UNIT = "平阴县综合行政执法局"
PINGYIN_FUNDS = [  # 资金来源, 调整后预算, 实际支出 (万元)
    ("一般公共预算财政拨款", "2,836.00", "2,760.36"),
    ("政府性基金预算财政拨款", "164.00", "157.00"),
]


def pingyin_md() -> str:
    b, d = sum_money([r[1] for r in PINGYIN_FUNDS]), sum_money([r[2] for r in PINGYIN_FUNDS])
    rows = "\n".join(f"| {n} | {x} | {y} |" for n, x, y in PINGYIN_FUNDS)
    check(dec("2486.20") + dec("642.50") - dec("118.70") == b + 10 and b == dec("3000.00") and d == dec("2917.36")
          and rate(d, b) == dec("97.25") and not_half(d, b) and b - d == dec("82.64")
          and dec("1386.25") + dec("242.15") == dec("1628.40") and dec("1628.40") + dec("1288.96") == d, "pingyin")
    return f"""[首页](#) > [信息公开](#) > [财政资金](#) > [绩效评价](#)

# {PINGYIN_UNIT}2020年度部门整体支出绩效自评报告

发布日期：2021-06-22　　来源：县综合行政执法局　　浏览次数：418

## 一、部门基本情况

{PINGYIN_UNIT}负责全县城市管理领域相对集中行政处罚权的行使，承担市容环境卫生、市政设施、园林绿化和违法建设治理等方面的执法和管理工作。局机关内设7个科室，下设县环境卫生服务中心和4个执法中队，2020年末实有人员236人。

## 二、预算收支情况

2020年县财政批复我局年初预算2,486.20万元，年中因城区环卫保洁范围扩大和违法建设治理任务增加追加预算642.50万元，因部分环卫设备购置改由县政府采购中心集中采购调减118.70万元，调整后预算3,000.00万元，其中一般公共预算财政拨款2,836.00万元、政府性基金预算财政拨款164.00万元。

全年支出2,917.36万元，其中基本支出1,628.40万元（人员经费1,386.25万元、公用经费242.15万元），项目支出1,288.96万元；预算执行率97.25%，年末结转结余82.64万元。分资金来源的执行情况如下（单位：万元）：

| 资金来源 | 调整后预算 | 实际支出 |
| --- | ---: | ---: |
{rows}
| 合计 | {money(b)} | {money(d)} |

全年罚没收入386.20万元，按规定全额缴入县级国库，不列入本局收入。

## 三、绩效目标完成情况

全年拆除违法建设8.6万平方米，完成年度任务8万平方米的107.5%；立案查处各类违法案件1,215件；查处渣土车违规运输326起；城区生活垃圾清运量9.8万吨。在全市城市管理综合考核中位列第2名。

## 四、自评结论

对照部门整体支出绩效评价指标体系，从预算执行、预算管理、履职产出和履职效益四个方面自评，我局2020年度部门整体支出绩效自评得分92.4分，等级为优。

## 五、存在的问题

1. 环卫设备购置计划调整，年初预算编制不够精准。
2. 执法车辆和执法记录设备老化，影响执法效率。

## 六、改进措施

1. 加强预算编制前的调研论证，提高年初预算的准确性。
2. 统筹安排执法装备更新资金，逐步更新执法车辆和记录设备。

{PINGYIN_UNIT}

2021年6月18日

---

【[打印本页](#)】　【[关闭窗口](#)】

上一篇：[{PINGYIN_UNIT}2020年度部门决算公开](#)　　下一篇：[平阴县2020年度城市管理工作总结](#)
"""


# =========================================================================== portal pages (HTML)
def _p(text: str, style: str = "text-indent: 2em;") -> str:
    return f'<p style="{style}">{text}</p>'


def _h(text: str) -> str:
    return f'<p style="text-indent: 2em;"><strong>{text}</strong></p>'


def html_table(rows: Sequence[Sequence[Cell]], klass: str) -> str:
    """A bordered HTML table; a cell is a str or (str, colspan, rowspan); None marks a cell covered by a rowspan."""
    out = [f'<table class="{klass}" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">',
           "<tbody>"]
    for row in rows:
        cells = []
        for cell in row:
            if cell is None:
                continue
            text, cs, rs = (cell + (1,) * (3 - len(cell))) if isinstance(cell, tuple) else (cell, 1, 1)
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


# =========================================================================== 2. yangpu (HTML, a Shanghai district portal; E2)
YANGPU_UNIT = "上海市杨浦区医疗保障局"
YANGPU_TITLE = "杨浦区医疗保障局2023年度医疗救助资金绩效自评报告"
YANGPU_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "3,600.00", "4,200.00", "4,012.56"),
    ("其中：当年财政拨款", "3,600.00", "4,200.00", "4,012.56"),
    ("上年结转资金", E, E, E),
    ("其他资金", E, E, E),
]
YANGPU_PARTS = [("资助参保", "1,286.40"), ("门诊救助", "842.36"), ("住院救助", "1,883.80")]  # the whole 4,012.56
YANGPU_RATE = "96.18"  # E2: printed; 4,012.56 ÷ 4,200.00 = 95.54%
YANGPU_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "资助困难群众参保人数", "≥26000人", "26480人", "15", "15", ""),
    ("产出指标", "数量指标", "住院救助人次", "≥9000人次", "9846人次", "10", "10", ""),
    ("产出指标", "质量指标", "“一站式”结算定点医疗机构覆盖率", "100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "资助参保费用划拨及时率", "100%", "100%", "5", "5", ""),
    ("产出指标", "成本指标", "重特大疾病年度救助限额", "≤8万元/人", "8万元/人", "10", "10", ""),
    ("效益指标", "社会效益指标", "救助对象住院费用个人负担比例", "≤15%", "12.6%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "医疗救助信息共享机制", "持续完善", "基本建立", "15", "13",
     "部门间数据交换频次不足，下年实现按月比对"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95.3%", "10", "10", ""),
]


def yangpu_score() -> str:
    return str((dec(YANGPU_RATE) * 10 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def yangpu_total() -> Decimal:
    return dec(yangpu_score()) + sum(dec(r[6]) for r in YANGPU_IND)


def yangpu_form() -> str:
    rows: list[list[Any]] = [
        [("项目名称", 2), ("医疗救助资金", 7)],
        [("主管部门", 2), (YANGPU_UNIT, 3), "实施单位", (YANGPU_UNIT, 3)],
        [("项目资金<br>（万元）", 1, 5), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", ("得分", 2)],
    ]
    for k, (name, a, b, c) in enumerate(YANGPU_FUNDS):
        tail: list[Any] = (["10", f"{YANGPU_RATE}%", (yangpu_score(), 2)] if k == 0 else [E, E, (E, 2)])
        rows.append([None, name, a, b, c, *tail])
    rows.append([("年度总体目标", 1, 2), ("预期目标", 4), ("实际完成情况", 4)])
    rows.append([None, ("资助符合条件的困难群众参加城乡居民医保，对救助对象经基本医保、大病保险报销后的政策范围内个人"
                        "负担费用给予门诊和住院救助，住院费用个人负担比例控制在15%以内。", 4),
                 ("资助26,480名困难群众参保，实施门诊救助58,612人次、住院救助9,846人次，救助对象住院费用个人负担比例"
                  "降至12.6%，全年支付救助资金4,012.56万元。", 4)])
    n = len(YANGPU_IND)
    rows.append([("绩效指标", 1, n + 1), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施"])
    labels1 = [r[0] for r in YANGPU_IND]
    for k, ind in enumerate(YANGPU_IND):
        row: list[Any] = [None]
        if k == 0 or labels1[k - 1] != ind[0]:
            row.append((ind[0], 1, labels1.count(ind[0])))
        else:
            row.append(None)
        row += list(ind[1:])
        rows.append(row)
    rows.append([("总分", 7), "100", f"{yangpu_total()}", "自评等级：优"])
    return html_table(rows, "zpb")


def yangpu_body() -> str:
    a, budget, done = YANGPU_FUNDS[0][1:]
    parts = "、".join(f"{name}{v}万元" for name, v in YANGPU_PARTS)
    paras = [
        _h("一、项目基本情况"),
        _p("医疗救助资金用于对本区低保对象、特困供养人员、低收入家庭成员等困难群众参加城乡居民基本医疗保险的个人缴费给予"
           "资助，并对其经基本医保、大病保险报销后政策范围内个人负担的医疗费用给予门诊和住院救助。项目由上海市杨浦区医疗"
           "保障局（以下简称区医保局）组织实施，区民政局、区财政局按职责配合。"),
        _h("二、项目资金安排及使用情况"),
        _p(f"2023年项目年初预算{a}万元，年中根据市级补助资金下达情况和救助需求追加预算600.00万元，全年预算{budget}万元，"
           f"资金已全部到位。全年实际支付救助资金{done}万元，其中{parts}；预算执行率{YANGPU_RATE}%，年末结余"
           f"{money(dec(budget) - dec(done))}万元，按规定结转下年继续用于医疗救助。"),
        _h("三、绩效目标完成情况"),
        _p("（一）产出情况。全年资助26,480名困难群众参加城乡居民医保；实施门诊救助58,612人次、住院救助9,846人次，住院"
           "救助人次上年为8,912人次。医疗救助“一站式”结算覆盖全区46家定点医疗机构。"),
        _p("（二）效益情况。救助对象政策范围内住院费用个人负担比例经救助后降至12.6%；重特大疾病年度救助限额为每人8万元，"
           "全年未发生因病致贫返贫情况。抽样调查显示救助对象满意度为95.3%。"),
        _h("四、自评情况"),
        _p(f"对照年初设定的绩效目标逐项自评，项目综合自评得分{yangpu_total()}分，评价等级为优。项目支出绩效自评表如下："),
        _p("项目支出绩效自评表（2023年度）", "text-align: center;"),
        yangpu_form(),
        _h("五、存在的问题及改进措施"),
        _p("（一）存在的问题"),
        _p("1. 部分救助对象身份信息在部门间更新不及时，个别对象资助参保存在时间差。"),
        _p("2. 年度救助资金需求测算偏宽，年末形成结余。"),
        _p("（二）改进措施"),
        _p("1. 加强与区民政局的数据比对，实现救助对象身份信息按月更新。"),
        _p("2. 结合历年救助支出数据科学测算预算，提高资金使用效率。"),
        _p(YANGPU_UNIT, "text-align: right;"),
        _p("2024年5月10日", "text-align: right;"),
    ]
    check(sum_money([v for _, v in YANGPU_PARTS]) == dec(done) and dec(a) + 600 == dec(budget)
          and rate(done, budget) == dec("95.54") and dec(YANGPU_RATE) != rate(done, budget)
          and sum(int(r[5]) for r in YANGPU_IND) == 90 and yangpu_total() == dec("97.62"), "yangpu")
    return "\n".join(paras)


def yangpu_html() -> str:
    nav = " ".join(f'<a href="#">{n}</a>' for n in ("首页", "政务公开", "政务服务", "互动交流", "走进杨浦", "专题专栏"))
    related = "\n".join(f'<li><a href="#">{t}</a></li>' for t in (
        "杨浦区医疗保障局2023年度部门决算", "2023年度杨浦区医疗救助工作情况", "关于做好2024年度区级预算绩效自评工作的通知"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="上海杨浦">
<meta name="ColumnName" content="预算绩效">
<meta name="ArticleTitle" content="{YANGPU_TITLE}">
<meta name="PubDate" content="2024-05-16 09:30">
<title>{YANGPU_TITLE}-上海杨浦</title>
</head>
<body>
<div class="top"><a href="#">简体</a> | <a href="#">繁體</a> | <a href="#">English</a> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">登录</a></div>
<div class="header"><div class="logo">上海杨浦</div><form class="search"><input type="text" value="请输入关键字"><button type="button">搜索</button></form></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">预算绩效</a></div>
<div class="article">
<h1>{YANGPU_TITLE}</h1>
<div class="info">发布时间：2024-05-16 09:30　来源：区医保局　浏览次数：1306　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{yangpu_body()}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3>
<ul>
{related}
</ul>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：上海市杨浦区人民政府办公室　承办：上海市杨浦区大数据中心</p>
<p>沪ICP备10016526号-3　沪公网安备31011002002816号　网站标识码：3101100005</p>
</div>
</body>
</html>
"""


# =========================================================================== 10. dabu (HTML, a county portal of 2016 with an 索引号 block)
DABU_UNIT = "大埔县公安局"
DABU_TITLE = f"{DABU_UNIT}2015年度部门整体支出绩效自评报告"
DABU_PROJECTS = [  # 项目名称, 预算数, 执行数 (万元): the three main projects, part of the 项目支出
    ("办案（业务）经费", "620.00", "604.38"),
    ("公安信息化建设", "486.00", "452.16"),
    ("交通安全设施维护", "312.00", "306.40"),
]
DABU_ECON = [("工资福利支出", "4,862.30"), ("商品和服务支出", "812.45"), ("对个人和家庭的补助", "161.38")]


def dabu_body() -> str:
    rows: list[list[Any]] = [["项目名称", "预算数（万元）", "执行数（万元）", "执行率"]]
    for name, b, d in DABU_PROJECTS:
        rows.append([name, b, d, pct(d, b)])
    tb, td = sum_money([b for _, b, _ in DABU_PROJECTS]), sum_money([d for _, _, d in DABU_PROJECTS])
    rows.append(["合计", money(tb), money(td), pct(td, tb)])
    rest = dec("1876.34") - td
    econ = "、".join(f"{n}{v}万元" for n, v in DABU_ECON)
    paras = [
        _h("一、部门基本情况"),
        _p("大埔县公安局是县政府主管全县公安工作的职能部门，内设指挥中心、政治处、警务督察大队、刑事侦查大队、治安管理"
           "大队、交通警察大队等机构，下辖派出所16个。2015年末实有民警386人，另有辅警214人。"),
        _h("二、部门预算收支情况"),
        _p("2015年县财政批复我局年初预算6,842.60万元，年中因警力补充和信息化建设追加预算1,024.30万元，调整后预算"
           "7,866.90万元。全年收入7,866.90万元，其中一般公共预算财政拨款7,646.90万元、其他收入220.00万元。"),
        _p("全年支出7,712.48万元，其中基本支出5,836.14万元、项目支出1,876.34万元，预算执行率98.04%，年末结转结余154.42"
           f"万元。基本支出中，{econ}（分项金额按元四舍五入至万元两位小数，合计存在尾差）。"),
        _p("全年罚没收入1,236.80万元，已按规定全额缴入县级国库，不列入本局收入。"),
        _p(f"项目支出中，办案（业务）经费等3个主要项目的执行情况见下表，其余{money(rest)}万元为禁毒、消防监督等小额项目"
           "支出。"),
        html_table(rows, "xm"),
        _h("三、绩效目标完成情况"),
        _p("全年刑事案件立案1,126起，上年为1,289起；破获刑事案件684起，抓获犯罪嫌疑人512名；查处治安案件2,318宗。全县"
           "道路交通事故死亡人数控制在市下达的控制指标以内。户政窗口办理户籍业务3.4万笔，受理居民身份证申领2.1万张。"
           "我局在全市公安机关年度绩效考核中排名第1名。"),
        _h("四、自评结论"),
        _p("对照部门整体支出绩效评价指标，从预算配置、预算执行、预算管理和绩效目标完成情况等方面自评，我局2015年度部门"
           "整体支出自评得分95.5分，评价等级为优。"),
        _h("五、存在的问题"),
        _p("1. 公安信息化建设项目受设备招标进度影响，执行率偏低。"),
        _p("2. 部分派出所办公用房和执法装备经费保障不足。"),
        _h("六、改进措施"),
        _p("1. 提前做好信息化建设项目采购计划，按合同进度及时支付。"),
        _p("2. 积极争取财政支持，逐步改善基层所队执法办案条件。"),
        _p(DABU_UNIT, "text-align: right;"),
        _p("2016年6月20日", "text-align: right;"),
    ]
    econ_sum = sum_money([v for _, v in DABU_ECON])
    check(dec("6842.60") + dec("1024.30") == dec("7866.90") == dec("7646.90") + dec("220.00")
          and dec("5836.14") + dec("1876.34") == dec("7712.48") and rate("7712.48", "7866.90") == dec("98.04")
          and dec("7866.90") - dec("7712.48") == dec("154.42") and econ_sum == dec("5836.13") and rest > 0, "dabu")
    return "\n".join(paras)


def dabu_html() -> str:
    meta = html_table([
        ["索引号：", "MB2C43816/2016-00037", "分类：", "财政信息"],
        ["发布机构：", DABU_UNIT, "发文日期：", "2016-06-28"],
        ["名称：", DABU_TITLE, "", ""],
        ["文号：", "", "有效性：", "有效"],
    ], "xxgk")
    related = "\n".join(f'<li><a href="#">{t}</a></li>' for t in (
        "大埔县公安局2015年部门决算公开", "大埔县公安局2016年部门预算公开", "大埔县财政局关于开展2015年度部门整体支出绩效自评的通知"))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{DABU_TITLE} - 大埔县人民政府门户网站</title>
</head>
<body>
<div class="top">大埔县人民政府门户网站 <a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">网站导航</a></div>
<div class="nav"><a href="#">首页</a> | <a href="#">走进大埔</a> | <a href="#">政务公开</a> | <a href="#">网上办事</a> | <a href="#">公众互动</a> | <a href="#">专题专栏</a></div>
<div class="weizhi">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">部门信息</a> &gt;&gt; <a href="#">县公安局</a></div>
{meta}
<div class="article">
<h1>{DABU_TITLE}</h1>
<div class="info">发布时间：2016-06-28 16:05　　来源：县公安局　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　浏览次数：2134</div>
<div class="content">
{dabu_body()}
</div>
<div class="tools"><a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3>
<ul>
{related}
</ul>
</div>
<div class="foot">
<p>版权所有：大埔县人民政府　主办：大埔县人民政府办公室　承办：大埔县信息中心</p>
<p>粤ICP备05083642号　粤公网安备44142202000103号　网站标识码：4414220001</p>
</div>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "fangshan-tuijun-2021.pdf": doc_fangshan,
        "yangpu-yibao-2023.html": lambda p: write_text(p, yangpu_html()),
        "fujin-shichang-2019.pdf": doc_fujin,
        "xinhua-canlian-2017.docx": doc_xinhua,
        "xinbin-tongji-2016.xlsx": doc_xinbin,
        "yongtai-sifa-2024.pdf": doc_yongtai,
        "suichuan-xiangcun-2022.pdf": doc_suichuan,
        "pingyin-zhifa-2020.md": lambda p: write_text(p, pingyin_md()),
        "zigui-ganju-2025.pdf": doc_zigui,
        "dabu-gongan-2015.html": lambda p: write_text(p, dabu_html()),
        "mabian-chaye-2018.docx": doc_mabian,
        "yongdeng-shenji-2022.pdf": doc_yongdeng,
        "xinglong-shangwu-2018.pdf": doc_xinglong,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
