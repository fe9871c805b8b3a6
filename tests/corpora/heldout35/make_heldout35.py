#!/usr/bin/env python3
"""Regenerate the heldout35 evaluation batch (14 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout35/make_heldout35.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script (or into DIR). The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf); the one
scanned page is rendered by pypdfium2, degraded by Pillow with a fixed seed and stored as a JPEG; the
DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML pages are UTF-8 without BOM with LF line ends, the TXT
UTF-8 with CRLF (a Windows editor).
The batch is a second realistic mixed bag shaped like the hidden test set: 14 documents from the
provinces the earlier batches used least, units from a 乡, a 镇 and a 街道 to a 委 and a 厅, half
department-wide and half project reports or forms, in every format (one page scanned). Five real
inconsistencies are planted, one per document and family; 22 traps look wrong and are right.
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
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY35"
FIXED_DT = datetime.datetime(2027, 2, 17, 14, 30, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"
NO_LINE_START = "，。、；：！？）》”%"

Merges = dict[tuple[int, int], tuple[int, int]]


# =========================================================================== helpers
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


def wrap_cjk(text: str, font: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """The builder's wrap, then a closing punctuation mark that would start a line is pulled back."""
    lines = wrap(text, font, width, size, indent)
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in NO_LINE_START:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for k, line in enumerate(lines) if line or k == 0]


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `—N—` or none), wrapping
    that keeps closing punctuation on its line, right-aligned lines, a one-page grid with merged cells (ruled
    or borderless) and a ruled table whose header rows are repeated on the next page."""

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
                "em": f"—{self.page}—"}[self.footer_style]
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
        cell over the area. `ruled=False` draws no rule at all (a borderless table)."""
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

    def long_table(self, head: Sequence[Sequence[str]], rows: Sequence[Sequence[str]], widths: Sequence[float],
                   size: float = 9, align: Sequence[str] | None = None) -> int:
        """A ruled table that runs over page breaks at row boundaries, its header rows repeated on every
        page (Word's 重复标题行). Returns the number of pages it covers."""
        scale = self.cw / sum(widths)
        ws = [w * scale for w in widths]
        pad, lead = 3, size * 1.42

        def height(row: Sequence[str]) -> float:
            return max(lead + 2 * pad, *(len(wrap_cjk(t, self.font, w - 2 * pad, size)) * lead + 2 * pad
                                         for t, w in zip(row, ws, strict=True) if t))

        def draw(row: Sequence[str]) -> None:
            h = height(row)
            x = self.m
            for k, (t, w) in enumerate(zip(row, ws, strict=True)):
                lines = wrap_cjk(t, self.font, w - 2 * pad, size) if t else []
                self._cell(x, self.y, w, h, lines, size, lead, pad, align[k] if align else "l", True)
                x += w
            self.y -= h

        first_page = self.page
        head_h = sum(height(r) for r in head)
        if self.y - head_h - height(rows[0]) < self.bottom:
            self.new_page()
        for r in head:
            draw(r)
        for row in rows:
            if self.y - height(row) < self.bottom:
                self.new_page()
                for r in head:
                    draw(r)
            draw(row)
        self.y -= 10
        return self.page - first_page + 1


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
           footer: str) -> str:
    """A government portal page: top bar, navigation, breadcrumbs, title, publication line, article, tools,
    related links and footer (UTF-8, LF)."""
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    links = "\n".join(f'<li><a href="#">{t}</a></li>' for t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<title>{title}_{column}_{site}</title>
</head>
<body>
<div class="topbar"><span>欢迎访问{site}</span> <a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">简</a>|<a href="#">繁</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">走进县城</a></div>
<div class="position">当前位置：{crumb}</div>
<div class="detail">
<h1>{title}</h1>
<div class="info">{meta}</div>
<div class="content">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【收藏】</a></div>
</div>
<div class="related"><h3>相关链接</h3>
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
            out.append(f'<p style="text-align:right">{text}</p>')
        elif kind == "c":
            out.append(f'<p style="text-align:center">{text}</p>')
        else:
            out.append(f"<p>　　{text}</p>")
    return "\n".join(out)


# =========================================================================== 1. shangcheng (PDF, 3 pages; a table over the break)
SHANGCHENG_HEAD = "商城县卫生健康委员会2022年度部门整体支出绩效自评报告"
SHANGCHENG_PROJECTS = [  # 项目名称, 全年预算数, 执行数 (万元): the 8 主要 projects; the other 23 spent 135.79
    ("基本公共卫生服务项目", "1862.40", "1836.75"),
    ("基本药物制度补助", "612.00", "598.44"),
    ("计划生育家庭奖励扶助", "486.30", "486.24"),
    ("公立医院综合改革补助", "980.00", "942.16"),
    ("疫情防控经费", "1020.00", "968.77"),
    ("医疗卫生机构能力建设", "286.00", "272.80"),
    ("卫生健康综合监督执法", "64.50", "61.38"),
    ("妇幼健康服务", "48.60", "46.92"),
]
SHANGCHENG_PROJECT_TOTAL, SHANGCHENG_REST = "5349.25", "135.79"
SHANGCHENG_A = [
    ("h", "一、部门基本情况"),
    ("p", "（一）部门职能。商城县卫生健康委员会负责拟订全县卫生健康事业发展规划并组织实施，统筹全县医疗卫生资源配置，"
          "组织实施基本公共卫生服务和重大公共卫生服务项目，负责疾病预防控制、妇幼健康、计划生育服务管理和卫生健康"
          "综合监督等工作。"),
    ("p", "（二）机构和人员。委机关内设股室9个，下属县疾病预防控制中心、县卫生健康综合监督执法大队等二级单位6个，"
          "纳入本年度部门决算编报的单位共7个；年末实有在职人员246人，退休人员118人。"),
    ("p", "（三）年度主要任务。2022年围绕疫情防控、基本公共卫生服务、公立医院综合改革和基层医疗卫生服务能力提升等"
          "重点工作安排预算，推进紧密型县域医共体建设。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算安排情况。2022年部门年初预算6,842.60万元，年中追加1,186.25万元，全年预算8,028.85万元。按资金来源"
          "分，一般公共预算财政拨款7,436.85万元，政府性基金预算财政拨款300.00万元，上年结转292.00万元。"),
    ("p", "（二）预算执行情况。全年支出7,812.43万元，较上年的7,568.20万元增长3.23%，其中基本支出2,463.18万元（人员经费"
          "2,104.66万元、公用经费358.52万元），项目支出5,349.25万元。全年预算执行率97.30%，年末结转结余216.42万元，主要"
          "为年底下达的疫情防控资金，已按规定结转下年使用。"),
    ("p", "（三）项目支出情况。2022年本部门实施项目31个，项目支出5,349.25万元。表1列示预算额较大的8个主要项目，其余23个"
          "小额项目合计支出135.79万元，未逐项列示。"),
    ("c", "表1　2022年度主要项目支出执行情况（单位：万元）"),
]
SHANGCHENG_B = [
    ("h", "三、部门预算管理情况"),
    ("p", "（一）预算编制和执行。预算编制实行“二上二下”程序，项目支出全部编报绩效目标；对执行进度实行按月通报，对进度"
          "滞后的项目及时督办。"),
    ("p", "（二）资金管理。专项资金实行专账核算，基本公共卫生服务资金按照“先预拨、后结算”的方式拨付，年底根据考核结果"
          "清算。计划生育家庭奖励扶助按每人每年960元标准发放，全年扶助5,065人，资金通过惠民惠农财政补贴资金“一卡通”"
          "直接发放到人。"),
    ("p", "（三）资产和采购管理。严格执行政府采购制度，固定资产实行卡片管理，账实相符。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "年初确定的主要目标为家庭医生签约服务覆盖重点人群17万人以上、适龄儿童免疫规划疫苗接种率保持在95%以上。"),
    ("p", "（一）基本公共卫生服务。全年为辖区居民建立电子健康档案52.6万份，家庭医生签约服务重点人群18.6万人，为6.42万名"
          "65岁及以上老年人提供健康管理服务，适龄儿童免疫规划疫苗接种率达到98.6%，孕产妇系统管理率95.2%。"),
    ("p", "（二）基层服务能力。新建和改造标准化村卫生室24个，培训乡村医生860人次，县域内就诊率达到90.3%。"),
    ("p", "（三）疫情防控。累计开展核酸检测286.4万人次，设置便民采样点412个，完成新冠病毒疫苗加强免疫接种38.5万剂次。"),
    ("h", "五、自评结论"),
    ("p", "根据县财政局部门整体支出绩效评价指标体系，从预算管理、履职产出、履职效益和满意度四个方面逐项打分，本部门"
          "2022年度部门整体支出绩效自评得分95.2分，自评等级为优。"),
    ("h", "六、存在的问题"),
    ("p", "（一）部分项目年初预算编制不够精准，年中追加较多，预算调整幅度偏大。"),
    ("p", "（二）基层医疗卫生机构专业技术人员不足，部分村卫生室服务能力偏弱。"),
    ("h", "七、改进措施"),
    ("p", "（一）加强项目前期论证，提高年初预算的准确性，减少年中调整。"),
    ("p", "（二）通过定向培养和县管乡用充实基层卫生人才队伍，提升村卫生室服务能力。"),
    ("p", "（三）强化绩效自评结果应用，将自评结果作为下年度预算安排的重要依据。"),
]


def doc_shangcheng(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=12, margin=74, creator="Microsoft® Word 2019",
            header=SHANGCHENG_HEAD)
    p.title("商城县卫生健康委员会\n2022年度部门整体支出绩效自评报告", size=18)
    p.blocks(SHANGCHENG_A)
    head = [["序号", "项目名称", "全年预算数", "执行数", "执行率"]]
    rows = [[str(k), n, money(b), money(e), pct(e, b)] for k, (n, b, e) in enumerate(SHANGCHENG_PROJECTS, 1)]
    pages = p.long_table(head, rows, [8, 40, 18, 18, 16], size=10, align=["c", "l", "r", "r", "r"])
    p.blocks(SHANGCHENG_B)
    p.right("商城县卫生健康委员会")
    p.right("2023年4月26日")
    p.save()
    listed = sum(dec(e) for _, _, e in SHANGCHENG_PROJECTS)
    if p.page != 3 or pages != 2 or listed + dec(SHANGCHENG_REST) != dec(SHANGCHENG_PROJECT_TOTAL):
        raise ValueError(f"shangcheng: {p.page} pages, table over {pages}, {listed}")


# =========================================================================== 2. aohan (PDF, ruled form with merged cells; E4)
AOHAN_FUNDS = [  # 行, 年初预算数, 全年预算数, 全年执行数 (万元)
    ("年度资金总额", "500.00", "560.00", "548.24"),
    ("其中：当年财政拨款", "500.00", "500.00", "492.24"),
    ("上年结转资金", E, "60.00", "56.00"),
    ("其他资金", E, E, E),
]
AOHAN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "谷子良种推广面积", "≥4万亩", "4.2万亩", "10", "10", ""),
    ("产出指标", "数量指标", "建设标准化示范基地", "≥5个", "5个", "10", "10", ""),
    ("产出指标", "质量指标", "良种纯度", "≥98%", "98.5%", "10", "10", ""),
    ("产出指标", "时效指标", "良种发放完成时间", "2020年4月底前", "2020年5月上旬", "10", "8",
     "部分苏木乡镇春播推迟；下年提前组织招标"),
    ("产出指标", "成本指标", "良种补贴标准", "≤60元/亩", "60元/亩", "10", "10", ""),
    ("效益指标", "经济效益指标", "谷子亩均增产", "≥30公斤", "34公斤", "10", "10", ""),
    ("效益指标", "社会效益指标", "带动种植户", "≥3000户", "3260户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "订单收购机制", "持续运行", "基本建立", "10", "8", "订单企业偏少；引进加工企业"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.2%", "10", "10", ""),
]
AOHAN_TOTAL = "96.79"  # E4: the execution line 9.79 and the rows' 86 make 95.79
AOHAN_A = [
    ("h", "一、项目概况"),
    ("p", "谷子是我旗传统优势作物。为提高谷子良种覆盖率和种植效益，2020年旗农牧局实施谷子产业提质增效项目，统一采购"
          "发放谷子良种，建设标准化示范基地，推行“企业+合作社+农户”订单种植模式。项目由旗农业技术推广中心具体实施。"),
    ("h", "二、项目资金情况"),
    ("p", "项目年初预算500.00万元，全部为当年财政拨款；年内将上年结转资金60.00万元一并安排使用，全年预算数560.00万元。"
          "全年执行548.24万元，其中当年财政拨款492.24万元、上年结转资金56.00万元，预算执行率97.90%。执行资金中，良种补贴"
          "按每亩60元标准发放252.00万元，其余用于示范基地建设、技术培训和订单收购奖励。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年推广谷子良种4.2万亩，建设标准化示范基地5个，良种纯度98.5%；项目区谷子亩均增产34公斤，带动种植户3,260户，"
          "举办技术培训班18期，培训农牧民1,450人次。"),
    ("h", "四、自评结论"),
    ("p", "对照年初绩效目标逐项打分（见附表），项目自评得分96.79分，等级为优。"),
    ("h", "五、存在的问题及改进措施"),
    ("p", "1.良种采购招标时间偏晚，部分苏木乡镇良种发放晚于春播时间。下一步将提前启动采购程序。"),
    ("p", "2.订单收购企业数量少，农户议价能力弱。下一步将引进谷子深加工企业，扩大订单收购规模。"),
]


def aohan_form() -> tuple[list[list[str]], Merges]:
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    _, initial, adjusted, done = AOHAN_FUNDS[0]
    add(["项目名称", "谷子产业提质增效项目", "", "", "", "", "", "", ""], {1: (1, 8)})
    add(["主管部门", "敖汉旗农牧局", "", "", "实施单位", "敖汉旗农业技术推广中心", "", "", ""], {1: (1, 3), 5: (1, 4)})
    add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], {0: (5, 1), 7: (1, 2)})
    for k, (name, a, b, c) in enumerate(AOHAN_FUNDS):
        score = ["10", pct(c, b), exec_score(c, b)] if k == 0 else [E, E, E]
        add(["", name, a, b, c, *score, ""], {7: (1, 2)})
    add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    add(["", "推广谷子良种4万亩以上，建设标准化示范基地5个，项目区谷子亩均增产30公斤以上，带动种植户3000户以上。", "", "",
         "", "推广谷子良种4.2万亩，建设示范基地5个，亩均增产34公斤，带动种植户3260户。", "", "", ""],
        {1: (1, 4), 5: (1, 4)})
    first = len(rows)
    add(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for ind in AOHAN_IND:
        add(["", *ind])
    merges[(first, 0)] = (len(AOHAN_IND) + 1, 1)
    for (row, col), sp in level_merges(AOHAN_IND, first + 1).items():
        merges[(row, col + 1)] = sp
    add(["总分", "", "", "", "", "", "100", AOHAN_TOTAL, ""], {0: (1, 6)})
    return rows, merges


def doc_aohan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=64, creator="WPS Writer")
    p.title("敖汉旗农牧局\n2020年度谷子产业提质增效项目支出绩效自评报告", size=15)
    p.blocks(AOHAN_A)
    p.right("敖汉旗农牧局")
    p.right("2021年3月19日")
    p.new_page()
    p.center("附表", size=10)
    p.title("项目支出绩效自评表", size=14)
    p.center("（2020年度）", size=10)
    rows, merges = aohan_form()
    p.grid(rows, [11, 11, 12, 15, 12, 11, 8, 8, 18], merges, size=8.5,
           align=["c", "c", "c", "l", "c", "c", "c", "c", "l"])
    p.para("填报单位（盖章）：敖汉旗农牧局　　填报日期：2021年3月19日", indent=False, size=9.5)
    p.save()
    _, _, adjusted, done = AOHAN_FUNDS[0]
    scores = dec(exec_score(done, adjusted)) + sum(dec(r[6]) for r in AOHAN_IND)
    if p.page != 2 or scores + 1 != dec(AOHAN_TOTAL):
        raise ValueError(f"aohan: {p.page} pages, scores {scores}")


# =========================================================================== 3. kelan (PDF, borderless table; E1)
KELAN_TABLE = [  # 项目, 2019年, 2018年 (万元)
    ("年初预算", "1624.50", "1512.30"), ("年中追加", "386.30", "242.60"), ("调整后预算", "2010.80", "1754.90"),
    ("本年收入合计", "1846.80", "1620.90"), ("其中：一般公共预算财政拨款收入", "1512.40", "1378.50"),
    ("　　　政府性基金预算财政拨款收入", "286.00", "204.00"), ("　　　其他收入", "38.40", "38.40"),
    ("上年结转", "164.00", "134.00"), ("本年支出合计", "1952.36", "1590.90"), ("其中：基本支出", "862.14", "810.46"),
    ("　　　项目支出", "1090.22", "780.44"), ("年末结转结余", "58.44", "164.00"),
]
KELAN_A = [
    ("h", "一、部门基本情况"),
    ("p", "岢岚县自然资源局负责全县自然资源调查监测评价、国土空间规划、耕地保护、不动产统一登记、矿产资源管理和林草"
          "资源保护等工作。局机关内设股室11个，下设不动产登记中心、自然资源综合行政执法队等事业单位4个，年末在职人员"
          "88人。"),
    ("h", "二、部门收支情况"),
    # E1: 1,512.40 + 286.00 + 38.40 = 1,836.80, 10.00 short of the 1,846.80 that the carry-over and the share confirm
    ("p", "2019年部门年初预算1,624.50万元，年中追加386.30万元，调整后预算2,010.80万元。本年收入合计1,846.80万元，其中一般"
          "公共预算财政拨款收入1,512.40万元，占本年收入合计的81.89%；政府性基金预算财政拨款收入286.00万元；其他收入38.40"
          "万元。另有上年结转164.00万元，与本年收入合计共同构成全年可用资金。"),
    ("p", "全年支出1,952.36万元，其中基本支出862.14万元、项目支出1,090.22万元，预算执行率97.09%，年末结转结余58.44万元。"
          "2019年与2018年收支对比见下表。"),
    ("c", "2019年与2018年部门收支对比（单位：万元）"),
]
KELAN_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年完成第三次全国国土调查县级初始调查图斑核查2.86万个，办理不动产登记业务6,420件，新增耕地126.5公顷；完成"
          "营造林3.2万亩，查处自然资源违法案件27起，结案率96.3%。"),
    ("h", "四、自评结论"),
    ("p", "依据县财政局印发的部门整体支出绩效评价办法，本部门2019年度部门整体支出绩效自评得分91.5分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "1.年中追加资金占比较大，部分项目年初预算编制不够细化。"),
    ("p", "2.国土调查等项目技术力量不足，主要依靠购买服务完成。"),
    ("h", "六、改进措施"),
    ("p", "1.加强项目储备，提高年初预算编制的完整性和准确性。"),
    ("p", "2.加强专业技术人员培训，逐步提高自主完成调查监测工作的能力。"),
]


def doc_kelan(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11.5, margin=70, creator="Microsoft Office Word 2007")
    p.title("岢岚县自然资源局\n2019年度部门整体支出绩效自评报告", size=16)
    p.blocks(KELAN_A)
    rows = [["项目", "2019年", "2018年"]] + [[k, money(a), money(b)] for k, a, b in KELAN_TABLE]
    rows.append(["预算执行率", pct(KELAN_TABLE[8][1], KELAN_TABLE[2][1]), pct(KELAN_TABLE[8][2], KELAN_TABLE[2][2])])
    p.grid(rows, [50, 25, 25], size=10.5, align=["l", "r", "r"], ruled=False)
    p.blocks(KELAN_B)
    p.right("岢岚县自然资源局")
    p.right("2020年4月16日")
    p.save()


# =========================================================================== 4. jinzhai (PDF, landscape bare form)
JINZHAI_FUNDS = [  # 资金来源, 全年预算数（A）, 全年执行数（B） (万元)
    ("年度资金总额", "1286.00", "1241.36"), ("其中：中央补助资金", "820.00", "806.52"),
    ("省级补助资金", "326.00", "312.84"), ("县级资金", "140.00", "122.00"),
]
JINZHAI_IND = [  # 一级, 二级, 三级, 分值, 年度指标值, 全年实际值, 得分, 未完成原因分析
    ("产出指标", "数量指标", "新建改扩建公办幼儿园", "10", "=6所", "6所", "10", ""),
    ("产出指标", "数量指标", "补助普惠性民办幼儿园", "10", "≥12所", "12所", "10", ""),
    ("产出指标", "质量指标", "园舍建设工程验收合格率", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", "10", "2021年8月底前", "2021年8月", "10", ""),
    ("产出指标", "成本指标", "普惠性民办园生均公用经费补助标准", "10", "=600元/生·年", "600元/生·年", "10", ""),
    ("效益指标", "社会效益指标", "学前三年毛入园率", "15", "≥92%", "93.4%", "15", ""),
    ("效益指标", "可持续影响指标", "普惠性幼儿园覆盖率", "15", "≥85%", "86.2%", "14",
     "部分民办园普惠性认定尚未完成，将加快认定进度"),
    ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "10", "≥90%", "95.1%", "10", ""),
]
JINZHAI_TOTAL = "99"  # the execution line 10 (≥95% earns full marks, as the form says) + the rows' 89


def jinzhai_form() -> tuple[list[list[str]], Merges]:
    rows: list[list[str]] = []
    merges: Merges = {}

    def add(row: list[str], spans: dict[int, tuple[int, int]] | None = None) -> None:
        for col, sp in (spans or {}).items():
            merges[(len(rows), col)] = sp
        rows.append(row)

    add(["项目名称", "学前教育发展专项", "", "", "", "", "", "", ""], {1: (1, 8)})
    add(["主管部门", "金寨县教育局", "", "", "实施单位", "金寨县教育局", "", "", ""], {1: (1, 3), 5: (1, 4)})
    add(["项目资金（万元）", "资金来源", "", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", ""],
        {0: (5, 1), 1: (1, 2), 7: (1, 2)})
    for k, (name, a, b) in enumerate(JINZHAI_FUNDS):
        tail = ["10", pct(b, a), "10"] if k == 0 else [E, pct(b, a), E]
        add(["", name, "", money(a), money(b), *tail, ""], {1: (1, 2), 7: (1, 2)})
    add(["年度总体目标", "年初设定目标", "", "", "", "全年实际完成情况", "", "", ""], {0: (2, 1), 1: (1, 4), 5: (1, 4)})
    add(["", "新建改扩建公办幼儿园6所，补助普惠性民办幼儿园12所，学前三年毛入园率达到92%以上。", "", "", "",
         "新建改扩建公办幼儿园6所，新增学前教育学位1620个；补助普惠性民办幼儿园12所；学前三年毛入园率93.4%。",
         "", "", ""], {1: (1, 4), 5: (1, 4)})
    first = len(rows)
    add(["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因分析"])
    for ind in JINZHAI_IND:
        add(["", *ind])
    merges[(first, 0)] = (len(JINZHAI_IND) + 1, 1)
    for (row, col), sp in level_merges(JINZHAI_IND, first + 1).items():
        merges[(row, col + 1)] = sp
    add(["总分", "", "", "", "100", "自评得分", JINZHAI_TOTAL, "自评等级：优", ""], {0: (1, 4), 7: (1, 2)})
    return rows, merges


def doc_jinzhai(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=10.5, margin=36, land=True, creator="Microsoft® Excel® 2016")
    p.bottom = 24
    p.title("项目支出绩效目标自评表", size=15)
    p.center("（2021年度）", size=10.5)
    rows, merges = jinzhai_form()
    p.grid(rows, [11, 10, 12, 22, 9, 13, 13, 9, 22], merges, size=8.5,
           align=["c", "c", "c", "l", "c", "c", "c", "c", "l"])
    p.para("注：1.预算执行率达到95%（含）以上的得满分，95%以下的按执行率乘以分值计算得分。2.自评等级：90分（含）以上为优，"
           "80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", indent=False, size=8.5)
    p.para("填报单位（盖章）：金寨县教育局　　填报人：汪××　　联系电话：0564-7321***　　填报日期：2022年4月8日",
           indent=False, size=9)
    p.save()
    scores = 10 + sum(dec(r[6]) for r in JINZHAI_IND)
    if p.page != 1 or scores != dec(JINZHAI_TOTAL) or rate(JINZHAI_FUNDS[0][2], JINZHAI_FUNDS[0][1]) < 95:
        raise ValueError(f"jinzhai: {p.page} pages, scores {scores}")


# =========================================================================== 5. jianchuan (PDF, 2 text pages + a scanned form)
JIANCHUAN_FUNDS = [  # 资金来源, 全年预算数（A）, 全年执行数（B） (元): the text's 万元 figures exactly
    ("年度资金总额", "3865000.00", "3721800.00"), ("其中：中央财政资金", "2600000.00", "2516432.18"),
    ("省级财政资金", "865000.00", "812367.82"), ("县级财政资金", "400000.00", "393000.00"),
]
JIANCHUAN_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
    ("产出指标", "数量指标", "中药材种植示范基地面积", "≥3000亩", "3120亩", "10", "10", ""),
    ("产出指标", "数量指标", "培训种植户", "≥800人次", "846人次", "10", "10", ""),
    ("产出指标", "质量指标", "种苗成活率", "≥90%", "91.6%", "10", "10", ""),
    ("产出指标", "时效指标", "种苗采购发放完成时间", "2023年4月底前", "2023年5月", "5", "4", "供应商交货延迟"),
    ("产出指标", "成本指标", "亩均种苗补助", "≤1000元", "980元", "5", "5", ""),
    ("效益指标", "经济效益指标", "带动种植户户均增收", "≥2000元", "2180元", "15", "15", ""),
    ("效益指标", "社会效益指标", "带动脱贫户和监测户", "≥300户", "326户", "10", "10", ""),
    ("效益指标", "可持续影响指标", "示范基地辐射带动面积", "≥1万亩", "1.06万亩", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.8%", "10", "9", "技术指导不够及时"),
]
JIANCHUAN_SCORE = "97.63"
JIANCHUAN_A = [
    ("h", "一、项目基本情况"),
    ("p", "剑川县海拔较高，适宜木香、重楼、当归等中药材生长。2023年县农业农村局实施中药材种植示范基地建设项目，在5个"
          "乡镇建设种植示范基地，统一采购发放种苗，组织开展种植技术培训，带动周边农户发展中药材种植。"),
    ("p", "项目年度绩效目标为：建设中药材种植示范基地3,000亩以上，培训种植户800人次以上，种苗成活率达到90%以上，带动"
          "种植户户均增收2,000元以上，种植户满意度达到90%以上。"),
    ("p", "项目组织实施方面，县农业农村局成立项目领导小组，制定实施方案，明确各乡镇和技术推广单位的职责分工；示范基地"
          "由专业合作社或种植大户承担，与县农业农村局签订实施协议，按照“先建后补”的方式组织实施。种苗采购、技术培训和"
          "检查验收由县农业技术推广中心负责，乡镇农业综合服务中心负责组织农户和日常督导。"),
    ("h", "二、项目资金使用及管理情况"),
    ("p", "项目全年预算数386.50万元，其中中央财政资金260.00万元、省级财政资金86.50万元、县级财政资金40.00万元，资金已"
          "全部到位。全年支出372.18万元，预算执行率96.29%，结余14.32万元，为部分种苗款的质保金，待质保期满后支付。"),
    ("p", "项目资金实行报账制管理，种苗采购通过公开招标确定供应商，补助资金经乡镇初审、县级复核和公示后兑付。"),
    ("h", "三、项目绩效目标完成情况"),
    ("p", "全年建设中药材种植示范基地3,120亩，培训种植户846人次，种苗成活率91.6%；带动种植户户均增收2,180元，带动"
          "脱贫户和监测户326户，示范基地辐射带动全县种植中药材1.06万亩。"),
    ("p", "项目实施过程中，县农业农村局组织技术人员开展田间管理巡回指导，建立示范基地台账，对种苗发放、栽种和成活情况"
          "逐地块登记，年底组织乡镇和专业技术人员对各示范基地进行验收，验收结果在项目所在村公示。"),
    ("h", "四、自评结论"),
    ("p", "对照项目绩效目标，经逐项评分，项目自评得分97.63分，自评等级为优。项目支出绩效自评表见附件（盖章扫描件，"
          "金额单位为元）。"),
    ("h", "五、存在的问题和改进措施"),
    ("p", "（一）种苗供应商交货延迟，种苗发放晚于计划时间。下一步将提前开展采购，并在合同中明确交货时限。"),
    ("p", "（二）部分示范基地技术指导不够及时。下一步将组建技术服务小组，实行包片指导。"),
]


def jianchuan_rows() -> list[list[str]]:
    rows = [["项目名称", "中药材种植示范基地建设项目", "", "", "", "", "", ""],
            ["主管部门", "剑川县农业农村局", "", "", "实施单位", "剑川县农业农村局", "", ""],
            ["资金来源", "", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", "分值", "得分", ""]]
    for k, (name, a, b) in enumerate(JIANCHUAN_FUNDS):
        tail = ["10", exec_score(b, a)] if k == 0 else [E, E]
        rows.append([name, "", money(a), money(b), pct(b, a), *tail, ""])
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    rows += [list(r) for r in JIANCHUAN_IND]
    rows.append(["总分", "", "", "", "", "100", JIANCHUAN_SCORE, ""])
    return rows


JIANCHUAN_MERGES: Merges = {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), **{(r, 0): (1, 2) for r in range(2, 7)},
                            (8 + len(JIANCHUAN_IND), 0): (1, 5)}


def _jianchuan_print(path: Path) -> None:
    p = Pdf(path, footer_style=None, size=11, margin=52)
    p.title("项目支出绩效自评表", size=16)
    p.center("（2023年度）　　　　　　　　　　　　　　　金额单位：元", size=10)
    p.grid(jianchuan_rows(), [13, 13, 19, 16, 15, 9, 9, 14], JIANCHUAN_MERGES, size=9,
           align=["c", "c", "l", "c", "c", "c", "c", "l"])
    p.para("填报单位（盖章）：剑川县农业农村局　　　　填报日期：2024年3月22日", indent=False, size=10)
    p.save()


def _scratch(build: Callable[[Path], None]) -> bytes:
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        build(Path(name))
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


def _scan(pdf_bytes: bytes, dpi: int, seed: int, skew: float, quality: int) -> bytes:
    """The printed page scanned back in: rendered at `dpi`, grey paper, speckle, a small skew, a mild blur, JPEG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    img = img.point(lambda v: 36 + (v * (234 - 36)) // 255)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(6000):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.choice((120, 150, 175, 200)))
    for _ in range(40):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2, 2, 3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice((70, 100, 130)))
    img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=236).filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, optimize=False, progressive=False)
    return buffer.getvalue()


def doc_jianchuan(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    jpeg = _scan(_scratch(_jianchuan_print), 200, 2023, -0.55, 74)
    p = Pdf(path, footer_style="dash", size=12, margin=72, creator="Microsoft® Word 2016")
    p.title("剑川县农业农村局2023年度中药材种植示范基地\n建设项目支出绩效自评报告", size=16)
    p.blocks(JIANCHUAN_A)
    p.right("剑川县农业农村局")
    p.right("2024年3月22日")
    if p.page != 2:
        raise ValueError(f"jianchuan: {p.page} text pages")
    p.new_page()  # the last text page's furniture; the scanned form follows with none
    p.c.setProducer("Adobe Acrobat Pro DC 2020")
    p.c.setPageSize(A4)
    p.c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
    p.c.showPage()
    p.c.save()
    scores = dec(exec_score(JIANCHUAN_FUNDS[0][2], JIANCHUAN_FUNDS[0][1])) + sum(dec(r[6]) for r in JIANCHUAN_IND)
    if scores != dec(JIANCHUAN_SCORE):
        raise ValueError(scores)


# =========================================================================== 6. leishan (PDF, a 镇's report)
LEISHAN = [
    ("h", "一、基本情况"),
    ("p", "西江镇位于雷山县东北部，辖16个行政村、1个社区，是全县旅游服务和农村人居环境整治的重点镇。镇政府内设党政"
          "办公室、经济发展办公室、社会事务办公室等综合办事机构6个，下设农业服务中心、文化服务中心等事业站所5个，"
          "年末在职人员72人。"),
    ("h", "二、部门收支情况"),
    ("p", "2018年我镇年初预算868.20万元，年中追加214.60万元，全年预算1,082.80万元，全部为一般公共预算财政拨款。全年支出"
          "1,046.52万元，其中基本支出592.36万元（人员经费508.14万元、公用经费84.22万元），项目支出454.16万元；预算执行率"
          "96.65%，年末结转结余36.28万元。"),
    ("p", "项目支出主要用于村级组织运转、农村人居环境整治和旅游服务管理等方面，其中村级组织运转经费按每村每年5万元的"
          "标准安排，全镇16个村共80.00万元。"),
    ("h", "三、主要工作成效"),
    ("p", "全年改造农村户厕312户，清运农村生活垃圾2,460吨，整治村寨消防隐患186处；配合开展旅游市场秩序整治，接待游客"
          "咨询和投诉处理1,380件；调处矛盾纠纷68起，调处成功率97.1%；发放各类惠民补贴资金涉及农户3,862户。"),
    ("h", "四、自评结论"),
    ("p", "本次自评满分100分，其中预算管理25分、履职产出35分、履职效益30分、满意度10分。经自评，预算管理得23分、履职产出"
          "得33.5分、履职效益得27分、满意度得9分，合计自评得分92.5分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）年中追加资金到位较晚，部分项目支出集中在第四季度。"),
    ("p", "（二）村级财务报账不够规范，个别票据要素不全。"),
    ("h", "六、改进措施"),
    ("p", "（一）提前谋划年度项目，均衡支出进度。"),
    ("p", "（二）加强村级报账员培训，严格票据审核。"),
]


def doc_leishan(path: Path) -> None:
    p = Pdf(path, footer_style="em", size=12, margin=72, creator="WPS Writer")
    p.title("雷山县西江镇人民政府\n2018年度部门整体支出绩效自评报告", size=16)
    p.blocks(LEISHAN)
    p.right("雷山县西江镇人民政府")
    p.right("2019年3月28日")
    p.save()
    if p.page != 2:
        raise ValueError(f"leishan: {p.page} pages")


# =========================================================================== 7. antu (PDF, three-line table)
ANTU_FUNDS = ("612.40", "598.36")  # 全年预算数, 实际支出 (万元), all 中央
ANTU_IND = [  # 一级, 二级, 三级, 指标值, 完成值, 分值, 得分
    ("产出指标", "数量指标", "森林管护面积", "≥122万亩", "122.48万亩", "15", "15"),
    ("产出指标", "数量指标", "聘用专职护林员", "≥260人", "268人", "10", "10"),
    ("产出指标", "质量指标", "森林火灾受害率", "≤0.9‰", "0.12‰", "10", "10"),
    ("产出指标", "时效指标", "管护费兑付及时率", "100%", "100%", "10", "10"),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥90%", "90.6%", "15", "15"),
    ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰", "1.8‰", "10", "10"),
    ("效益指标", "社会效益指标", "林区治安案件查处率", "≥95%", "97.2%", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "91.3%", "10", "8"),
]
ANTU_A = [
    ("h", "一、项目概况"),
    ("p", "天然林资源保护工程森林管护项目通过聘用专职护林员、划分管护责任区，对全县国有林地开展日常巡护、森林防火和"
          "林业有害生物监测，管护费按季度兑付。"),
    ("h", "二、项目资金情况"),
    ("p", "2016年项目全年预算数612.40万元，全部为中央财政天然林资源保护工程补助资金，按每亩每年5元的管护费标准，用于"
          "全县122.48万亩国有林地的管护。全年实际支出598.36万元，预算执行率97.71%，结余14.04万元。2015年该项目执行率为"
          "98.92%，本年下降1.21个百分点，主要是个别管护站护林员岗位年中空缺。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年管护国有林地122.48万亩，聘用专职护林员268人，巡护里程达到12.6万公里；全年发生森林火灾1起，森林火灾受害率"
          "0.12‰；林业有害生物成灾率1.8‰，全县森林覆盖率达到90.6%。"),
    ("h", "四、自评结论"),
    ("p", "项目绩效指标完成情况及得分见表1，项目自评得分97.77分，等级为优。"),
    ("c", "表1　项目绩效指标完成情况"),
]
ANTU_B = [
    ("h", "五、存在的问题"),
    ("p", "1.护林员年龄结构偏大，巡护设备配备不足。"),
    ("p", "2.林区群众对管护政策的知晓度还不够高。"),
    ("h", "六、改进措施"),
    ("p", "1.逐步补充年轻护林员，配备巡护终端和无人机。"),
    ("p", "2.加强政策宣传，引导林区群众参与森林管护。"),
]


def doc_antu(path: Path) -> None:
    budget, done = ANTU_FUNDS
    p = Pdf(path, footer_style="dash", size=11.5, margin=68, creator="WPS Writer")
    p.title("安图县林业局\n2016年度天然林资源保护工程森林管护项目绩效自评报告", size=15)
    p.blocks(ANTU_A)
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"],
            ["预算执行", "预算执行率", "预算执行率", "100%", pct(done, budget), "10", exec_score(done, budget)]]
    rows += [list(r) for r in ANTU_IND]
    total = dec(exec_score(done, budget)) + sum(dec(r[6]) for r in ANTU_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}"])
    p.table(rows, [12, 17, 21, 13, 13, 8, 8], style="three", size=9.5, align=["c", "c", "l", "c", "c", "c", "c"])
    p.blocks(ANTU_B)
    p.right("安图县林业局")
    p.right("2017年3月30日")
    p.save()
    if total != Decimal("97.77"):
        raise ValueError(total)


# =========================================================================== 8. heilongjiang (PDF, a 厅; 亿元 text, transfers)
HLJ_TABLE = [  # 项目, 金额 (万元)
    ("年初预算", "42816.30"), ("年中追加", "3214.50"), ("调整后预算", "46030.80"), ("本年收入合计", "44850.80"),
    ("其中：一般公共预算财政拨款", "44230.80"), ("　　　事业收入", "620.00"), ("上年结转", "1180.00"),
    ("本年支出合计", "44862.57"), ("其中：基本支出", "12486.33"), ("　　　项目支出", "32376.24"),
    ("年末结转结余", "1168.23"),
]
HLJ_A = [
    ("h", "一、部门基本情况"),
    ("p", "黑龙江省民政厅负责拟订全省民政事业发展规划和政策，统筹推进社会救助、养老服务、儿童福利、社会组织管理、"
          "区划地名、婚姻和殡葬管理等工作。厅机关内设处室16个，纳入部门预算编报范围的单位共9个，包括厅本级和8个直属"
          "事业单位。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）本部门预算。2024年部门年初预算4.28亿元，年中追加0.32亿元，调整后预算4.60亿元。本年收入合计4.49亿元，"
          "其中一般公共预算财政拨款4.42亿元、事业收入0.06亿元；另有上年结转0.12亿元，不计入本年收入合计。全年支出"
          "4.49亿元，其中基本支出1.25亿元、项目支出3.24亿元，预算执行率97.46%，年末结转结余0.12亿元。文中金额按亿元"
          "保留两位小数，执行率按表1万元数据计算。"),
    ("p", "（二）对下转移支付。全年下达各市（地）和省直管县困难群众救助补助资金38.26亿元、养老服务体系建设补助资金"
          "4.12亿元。上述资金由市县民政部门安排使用，不列入本部门预算收支，其绩效另行评价。"),
    ("c", "表1　2024年度部门预算收支情况（单位：万元）"),
]
HLJ_B = [
    ("h", "三、绩效目标完成情况"),
    ("p", "全年保障城乡低保对象62.4万人、特困人员11.8万人，实施临时救助9.36万人次；新增养老机构床位2,860张，改造提升"
          "街道（乡镇）区域养老服务中心84个；登记、年检社会组织1,426家；办理婚姻登记18.6万对，全省节地生态安葬率达到"
          "41.2%。"),
    ("h", "四、自评结论"),
    ("p", "根据省财政厅部门整体支出绩效评价指标体系，本部门2024年度部门整体支出绩效自评得分93.5分，等级为优。"),
    ("h", "五、存在的问题"),
    ("p", "（一）部分直属单位项目预算执行进度前慢后快。"),
    ("p", "（二）养老服务设施建设项目绩效目标量化程度不高。"),
    ("h", "六、改进措施"),
    ("p", "（一）建立直属单位支出进度月调度机制。"),
    ("p", "（二）细化养老服务类项目的产出和效益指标。"),
]


def doc_heilongjiang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=12, margin=74, creator="Microsoft® Word 2016")
    p.title("黑龙江省民政厅\n2024年度部门整体支出绩效自评报告", size=17)
    p.blocks(HLJ_A)
    rows = [["项目", "金额"]] + [[k, money(v)] for k, v in HLJ_TABLE]
    rows.append(["预算执行率", pct(HLJ_TABLE[7][1], HLJ_TABLE[2][1])])
    p.grid(rows, [62, 38], size=10.5, align=["l", "r"])
    p.blocks(HLJ_B)
    p.right("黑龙江省民政厅")
    p.right("2025年5月14日")
    p.save()
    if p.page != 2:
        raise ValueError(f"heilongjiang: {p.page} pages")


# =========================================================================== 9. longyou (DOCX, a 街道; 调减, a Word table)
LONGYOU_TABLE = [  # 资金来源, 年初预算, 调整后预算, 实际支出 (万元)
    ("合计", "2386.40", "2753.00", "2668.74"), ("一般公共预算财政拨款", "2386.40", "2613.00", "2536.24"),
    ("上年结转", E, "140.00", "132.50"),
]


def doc_longyou(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "龙游县东华街道办事处", 18)
    office.centred_title(d, "2025年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "东华街道办事处负责辖区党的建设、城市管理、社区治理、民生服务、平安建设和经济发展服务等工作，辖9个社区和"
            "7个行政村，内设党政办公室、社会事务办公室、城市管理办公室等机构8个，年末在职人员86人。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    # 年初 + 追加 − 调减 = 调整后: 2,386.40 + 512.80 − 146.20 = 2,753.00
    para(d, "2025年年初预算2,386.40万元，年中追加512.80万元，因老旧小区改造项目移交县住建部门实施调减146.20万元，调整后"
            "预算2,753.00万元，其中一般公共预算财政拨款2,613.00万元、上年结转140.00万元。")
    para(d, "全年支出2,668.74万元，其中基本支出1,236.52万元、项目支出1,432.22万元；预算执行率96.94%，年末结转结余84.26万元。"
            "全年支出相当于年初预算的111.83%，主要是年中追加了防汛救灾和未来社区建设经费。分资金来源的预算和支出情况见表1。")
    office.centred_title(d, "表1　2025年度分资金来源预算及支出情况（单位：万元）", 11, bold=False)
    table(d, [["资金来源", "年初预算", "调整后预算", "实际支出"]]
          + [[n, a if a == E else money(a), money(b), money(c)] for n, a, b, c in LONGYOU_TABLE])
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年完成城镇老旧小区综合整治5个，新增停车泊位420个；开展“城市眼·云共治”问题处置1.26万件，处置率98.7%；"
            "新增城镇就业612人；为辖区1,846名80周岁以上老年人发放高龄津贴；调解矛盾纠纷312件。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "按照县财政局部门整体支出绩效评价指标体系逐项评分，本街道2025年度部门整体支出绩效自评得分94.2分，等级为优。")
    office.bold_line(d, "五、存在的问题和改进措施", indent=24)
    para(d, "（一）项目实施主体年中调整，年初预算与实际执行差异较大。下一步将与县级部门提前对接，明确项目实施主体。")
    para(d, "（二）部分社区服务项目绩效目标偏重数量。下一步将增加服务质量和群众满意度方面的指标。")
    office.aligned(d, "龙游县东华街道办事处", "right")
    office.aligned(d, "2026年3月31日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 10. foping (DOCX, Word indicator table; E2)
FOPING_FUNDS = ("486.00", "462.38", "96.14")  # 全年预算数, 实际支出 (万元), the rate as printed (E2: 462.38 ÷ 486.00 = 95.14%)
FOPING_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "养护农村公路里程", "≥420公里", "428.6公里", "10", "10"),
    ("产出指标", "数量指标", "修复水毁路段", "≥12处", "14处", "10", "10"),
    ("产出指标", "质量指标", "农村公路优良中等路率", "≥75%", "78.2%", "10", "10"),
    ("产出指标", "时效指标", "水毁路段修复完成时限", "汛后2个月内", "汛后2个月内", "10", "10"),
    ("产出指标", "成本指标", "每公里年均养护成本", "≤1.1万元", "1.08万元", "10", "10"),
    ("效益指标", "社会效益指标", "农村公路安全通行保障率", "≥95%", "96.3%", "15", "15"),
    ("效益指标", "可持续影响指标", "养护长效机制", "健全", "基本健全", "15", "13"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.5%", "10", "10"),
]


def foping_rows() -> tuple[list[list[str]], Merges, Decimal]:
    _, _, stated = FOPING_FUNDS
    score = (dec(stated) * 10 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)  # scored on the printed rate
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["预算执行", "预算执行率", "预算执行率", "100%", f"{stated}%", "10", str(score)]]
    first = len(rows)
    rows += [list(r) for r in FOPING_IND]
    total = score + sum(dec(r[6]) for r in FOPING_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}"])
    merges = level_merges(FOPING_IND, first)
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges, total


def doc_foping(path: Path) -> None:
    budget, done, stated = FOPING_FUNDS
    rows, merges, total = foping_rows()
    d = STAMP.new_docx()
    office.centred_title(d, "佛坪县交通运输局", 18)
    office.centred_title(d, "2020年度农村公路养护项目支出绩效自评报告", 15)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "农村公路养护项目用于全县县道、乡道和村道的日常养护、水毁修复和安全隐患整治，由县交通运输局组织实施，各镇"
            "人民政府负责辖区村道的日常巡查。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    # E2: 96.14% is no ratio of the report's figures; 462.38 ÷ 486.00 = 95.14%
    para(d, f"项目全年预算数{money(budget)}万元，其中省级补助资金300.00万元、县级财政资金186.00万元。截至2020年12月31日，"
            f"项目实际支出{money(done)}万元，预算执行率{stated}%，结余{money(dec(budget) - dec(done))}万元，为部分水毁修复"
            "工程的质保金。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年养护农村公路428.6公里，修复水毁路段14处，整治安全隐患点36处，全县农村公路优良中等路率达到78.2%；"
            "落实村道专管员52名。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, f"对照项目绩效目标逐项评分（见下表），项目自评得分{total:.2f}分，等级为优。")
    office.centred_title(d, "项目绩效指标自评表", 12)
    table(d, rows, docx_merges(merges))
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.村级养护力量薄弱，部分村道日常养护不到位。")
    para(d, "2.水毁修复工程质保金按合同约定在下年支付，影响当年执行率。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.落实村道专管员报酬，加强日常巡查考核。")
    para(d, "2.合理确定工程款支付节点，加快资金支付进度。")
    office.aligned(d, "佛坪县交通运输局", "right")
    office.aligned(d, "2021年4月12日", "right")
    STAMP.save_docx(d, path)
    if total != Decimal("97.61"):
        raise ValueError(total)


# =========================================================================== 11. pingjiang (XLSX, a 乡's department form)
PINGJIANG_FUNDS = ("846.30", "1968.42", "1912.06")  # 年初预算数, 全年预算数, 全年执行数 (万元)
PINGJIANG_INCOME = [("一般公共预算", "1316.42"), ("政府性基金拨款", "112.00"), ("纳入专户管理的非税收入拨款", ""),
                    ("其他资金", "540.00")]  # add up to the 全年预算数
PINGJIANG_SPEND = [("基本支出", "884.26"), ("项目支出", "1027.80")]  # add up to the 全年执行数
PINGJIANG_IND = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标（50分）", "数量指标", "农村人居环境整治村", "=9个", "9个", 10, 10, ""),
    ("产出指标（50分）", "数量指标", "维修村组道路", "≥12公里", "12.6公里", 10, 10, ""),
    ("产出指标（50分）", "质量指标", "民生资金发放准确率", "100%", "100%", 10, 10, ""),
    ("产出指标（50分）", "时效指标", "重点项目按期完成率", "≥95%", "92%", 10, 8, "个别项目受雨季影响；合理安排工期"),
    ("产出指标（50分）", "成本指标", "“三公”经费支出", "≤上年", "低于上年", 10, 10, ""),
    ("效益指标（30分）", "社会效益指标", "群众安全感", "≥95%", "96.8%", 15, 15, ""),
    ("效益指标（30分）", "可持续影响指标", "村级集体经济收入5万元以上村占比", "≥80%", "77.8%", 15, 13,
     "个别村产业基础薄弱；培育村级特色产业"),
    ("满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", "93.2%", 10, 10, ""),
]


def doc_pingjiang(path: Path) -> None:
    import openpyxl

    initial, adjusted, done = PINGJIANG_FUNDS
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    for col, w in zip("ABCDEFGHI", [12, 14, 26, 13, 13, 12, 8, 10, 26], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "2022年度部门整体支出绩效自评表", bold=True, size=14, center=True, merge_to="I1", border=False)
    xl_put(ws, "A2", "预算部门、单位名称", center=True, merge_to="B2")
    xl_put(ws, "C2", "平江县木金乡人民政府", merge_to="I2")
    xl_put(ws, "A3", "年度预算申请（万元）", center=True, merge_to="A7")
    for col, head in zip("BCDEFG", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"), strict=True):
        xl_put(ws, f"{col}3", head, center=True)
    xl_put(ws, "H3", "自评得分", center=True, merge_to="I3")
    xl_put(ws, "B4", "年度资金总额", center=True)
    for col, v in zip("CDE", (initial, adjusted, done), strict=True):
        xl_put(ws, f"{col}4", float(v), fmt="0.00", center=True)
    xl_put(ws, "F4", 10, center=True)
    xl_put(ws, "G4", pct(done, adjusted), center=True)
    xl_put(ws, "H4", float(exec_score(done, adjusted)), fmt="0.00", center=True, merge_to="I4")
    # one row: income by source (全年预算数 basis) on the left, spending by type (全年执行数 basis) on the right
    xl_put(ws, "B5", f"按收入性质分：{money(adjusted)}", merge_to="D5")
    xl_put(ws, "E5", f"按支出性质分：{money(done)}", merge_to="I5")
    left = [f"其中：{n}：{money(v) if v else ''}" if k == 0 else f"{n}：{money(v) if v else ''}"
            for k, (n, v) in enumerate(PINGJIANG_INCOME)]
    right = [f"其中：{n}：{money(v)}" if k == 0 else f"{n}：{money(v)}" for k, (n, v) in enumerate(PINGJIANG_SPEND)]
    xl_put(ws, "B6", "\n".join(left[:2]), merge_to="D6")
    xl_put(ws, "E6", "\n".join(right), merge_to="I6")
    xl_put(ws, "B7", "\n".join(left[2:]), merge_to="D7")
    xl_put(ws, "E7", "", merge_to="I7")
    ws.row_dimensions[6].height = 32
    ws.row_dimensions[7].height = 32
    xl_put(ws, "A8", "年度总体目标", center=True, merge_to="A9")
    xl_put(ws, "B8", "预期目标", center=True, merge_to="E8")
    xl_put(ws, "F8", "实际完成情况", center=True, merge_to="I8")
    xl_put(ws, "B9", "保障乡政府机构正常运转；完成9个村农村人居环境整治，维修村组道路12公里以上；民生资金足额准确发放。",
           merge_to="E9")
    xl_put(ws, "F9", "完成9个村农村人居环境整治，维修村组道路12.6公里，发放民生补助资金涉及1,286户；全乡未发生较大以上安全"
                     "事故。", merge_to="I9")
    ws.row_dimensions[9].height = 60
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    xl_put(ws, "A10", "年度绩效指标", center=True, merge_to=f"A{10 + len(PINGJIANG_IND)}")
    for col, head in zip("BCDEFGHI", heads, strict=True):
        xl_put(ws, f"{col}10", head, bold=True, center=True)
    for r, row in enumerate(PINGJIANG_IND, 11):
        for letter, value in zip("BCDEFGHI", row, strict=True):
            xl_put(ws, f"{letter}{r}", value, center=letter in "EFGH")
    for col, key in (("B", 0), ("C", 1)):
        k = 0
        while k < len(PINGJIANG_IND):
            j = k
            while j + 1 < len(PINGJIANG_IND) and PINGJIANG_IND[j + 1][:key + 1] == PINGJIANG_IND[k][:key + 1]:
                j += 1
            if j > k:
                ws.merge_cells(f"{col}{k + 11}:{col}{j + 11}")
            k = j + 1
    end = 11 + len(PINGJIANG_IND)
    score = dec(exec_score(done, adjusted)) + sum(Decimal(r[6]) for r in PINGJIANG_IND)
    xl_put(ws, f"A{end}", "总分", center=True, merge_to=f"F{end}")
    xl_put(ws, f"G{end}", 100, center=True)
    xl_put(ws, f"H{end}", float(score), fmt="0.00", center=True)
    xl_put(ws, f"I{end}", "自评等级：优")
    xl_put(ws, f"A{end + 1}", "填报人：李××　　联系电话：0730-6412***　　填报日期：2023年4月20日", merge_to=f"I{end + 1}",
           border=False)
    STAMP.save_xlsx(wb, path)
    income = sum(dec(v) for _, v in PINGJIANG_INCOME if v)
    spend = sum(dec(v) for _, v in PINGJIANG_SPEND)
    if score != Decimal("95.71") or income != dec(adjusted) or spend != dec(done):
        raise ValueError((score, income, spend))


# =========================================================================== 12. qiemo (portal page; E3)
QIEMO = [
    ("c", "（2017年度）"),
    ("b", "一、部门基本情况"),
    ("p", "且末县教育局负责全县学前教育、义务教育、高中阶段教育和职业教育的统筹管理，指导学校教育教学和教师队伍建设，"
          "落实各项学生资助政策。局机关内设股室8个，管理各级各类学校38所，年末教职工2,146人。"),
    ("b", "二、部门预算收支情况"),
    ("p", "2017年部门年初预算28,416.30万元，年中追加3,862.40万元，调整后预算32,278.70万元，其中一般公共预算财政拨款"
          "30,878.70万元、上年结转1,400.00万元。全年支出31,426.18万元，其中基本支出22,184.62万元、项目支出9,241.56万元；"
          "预算执行率97.36%，年末结转结余852.52万元。"),
    ("p", "义务教育阶段学校公用经费按小学每生每年650元、初中每生每年850元的标准核定，由县教育局按学期拨付到校，纳入本"
          "部门项目支出核算。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年学前三年毛入园率达到96.2%，九年义务教育巩固率达到98.4%；完成3所学校的校舍维修改造，新建塑胶运动场2块；"
          "组织教师全员培训2,860人次；发放各类学生资助资金惠及学生1.12万人次。"),
    ("b", "四、自评结论"),
    # E3: 83.6 is 良 on the scale the page prints (85分以上为优)
    ("p", "按照县财政局绩效评价办法，评价结果分为四个等级：85分（含）以上为优，70分（含）至85分为良，60分（含）至70分为中，"
          "60分以下为差。经自评，本部门2017年度部门整体支出绩效自评得分83.6分，评价等级为优。"),
    ("b", "五、存在的问题"),
    ("p", "1.部分学校校舍维修项目前期准备不足，开工时间推迟。"),
    ("p", "2.项目绩效目标设置偏重产出数量，效益指标不够具体。"),
    ("b", "六、改进措施"),
    ("p", "1.提前做好项目前期准备，加快项目实施进度。"),
    ("p", "2.完善绩效目标设置，增加可衡量的效益指标。"),
    ("r", "且末县教育局"),
    ("r", "2018年4月18日"),
]


def qiemo_html() -> str:
    return portal(
        "且末县人民政府", "预算绩效", "且末县教育局2017年度部门整体支出绩效自评报告",
        ["首页", "政务公开", "财政资金", "预算绩效"],
        "发布时间：2018-04-25 17:06　来源：县教育局　作者：财务室　浏览次数：426　【字体：大 中 小】",
        paragraphs_html(QIEMO),
        ["且末县教育局2017年度部门决算公开", "且末县2017年义务教育薄弱学校改造项目绩效自评报告",
         "关于开展2017年度预算绩效自评工作的通知"],
        "<p>主办：且末县人民政府办公室　承办：且末县融媒体中心</p>\n"
        "<p>网站标识码：6528250001　新ICP备05002913号-1　新公网安备65282502000118号</p>")


# =========================================================================== 13. kangbao (portal page; 到位 and 支付率)
KANGBAO = [
    ("b", "一、项目基本情况"),
    ("p", "为解决部分村庄饮水水质不达标、供水保证率低的问题，2015年县水务局实施农村饮水安全巩固提升工程，新建和改造"
          "集中供水工程，更新老化管网，工程涉及7个乡镇。"),
    ("b", "二、项目资金情况"),
    ("p", "项目全年预算数1,480.00万元，其中中央财政资金960.00万元、省级财政资金380.00万元、县级配套资金140.00万元。中央和"
          "省级资金已全部到位，县级配套资金受县级财力影响到位60.00万元，实际到位资金1,400.00万元。"),
    ("p", "截至2015年12月31日，项目实际支出1,296.40万元，预算执行率87.59%，资金支付率（实际支出占到位资金的比例）92.60%，"
          "年末结余183.60万元，其中未到位的县级配套资金80.00万元已列入下年预算。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年新建集中供水工程8处，改造供水工程15处，铺设和更新供水管网46.5公里；工程受益人口2.36万人，农村集中供水率"
          "达到86.4%，供水水质达标率95.6%。"),
    ("b", "四、自评结论"),
    ("p", "按照项目支出绩效评价指标逐项评分，本项目自评得分88分，评价等级为良。扣分主要是县级配套资金未足额到位、部分"
          "工程未按期完工。"),
    ("b", "五、存在的问题"),
    ("p", "（一）县级配套资金到位不足，影响工程进度款支付。"),
    ("p", "（二）部分工程建成后管护责任不够明确。"),
    ("b", "六、下一步改进措施"),
    ("p", "（一）积极争取上级资金，落实县级配套资金。"),
    ("p", "（二）建立县、乡、村三级管护责任制。"),
    ("r", "康保县水务局"),
    ("r", "2016年3月10日"),
]


def kangbao_html() -> str:
    return portal(
        "康保县人民政府", "绩效评价", "康保县水务局2015年度农村饮水安全巩固提升工程项目绩效自评报告",
        ["首页", "信息公开", "财政信息", "绩效评价"],
        "发布日期：2016-03-15　信息来源：县水务局　浏览次数：217　【打印】",
        paragraphs_html(KANGBAO),
        ["康保县水务局2015年部门决算", "康保县2015年农田水利设施建设项目绩效自评报告"],
        "<p>主办单位：康保县人民政府办公室　地址：康保县康保镇　联系电话：0313-5522***</p>\n"
        "<p>网站标识码：1307230002　冀ICP备05017462号　冀公网安备13072302000106号</p>")


# =========================================================================== 14. xuyi (TXT, CRLF; E5)
XUYI_IND = [  # 一级, 二级, 三级, 指标值, 完成值, 分值, 得分
    ("预算执行", "预算执行率", "预算执行率", "100%", "97.11%", "10", "9.71"),
    ("产出指标", "数量指标", "稻虾共作基地建设面积", "≥1.2万亩", "1.2万亩", "15", "15"),
    ("产出指标", "质量指标", "基地工程验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "补助资金兑付时间", "2024年11月底前", "2024年12月", "10", "8"),
    ("产出指标", "成本指标", "亩均建设补助", "≤300元", "300元", "10", "10"),
    ("效益指标", "经济效益指标", "基地亩均增收", "≥1500元", "1620元", "15", "15"),
    ("效益指标", "生态效益指标", "化肥施用量减少", "≥10%", "12.4%", "10", "10"),
    ("效益指标", "可持续影响指标", "新型经营主体带动", "≥20家", "23家", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", "93.5%", "10", "10"),
]


def xuyi_txt() -> str:
    def cell(text: str, width: int) -> str:
        pad = width - sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
        return text + " " * max(2, pad)

    lines = [cell(h, w) for h, w in zip(("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"),
                                        (12, 22, 24, 16, 12, 6, 6), strict=True)]
    table_lines = ["".join(lines).rstrip()]
    for row in XUYI_IND:
        table_lines.append("".join(cell(v, w) for v, w in zip(row, (12, 22, 24, 16, 12, 6, 6), strict=True)).rstrip())
    total = sum(dec(r[6]) for r in XUYI_IND)
    table_lines.append(cell("合计", 96) + cell("100", 6) + f"{total:.2f}")
    table = "\n".join(table_lines)
    return f"""盱眙县农业农村局2024年度稻虾共作产业发展项目支出绩效自评报告

一、项目基本情况
稻虾共作是我县农业主导产业之一。2024年县农业农村局实施稻虾共作产业发展项目，对新建和提升改造的稻虾共作基地给予建设补助，支持经营主体开展绿色种养技术示范，项目由各镇（街道）组织申报，县农业农村局组织验收后兑付补助资金。

二、项目资金情况
项目年初预算620.00万元，年中追加180.00万元，因部分基地建设内容调整调减45.00万元，调整后预算765.00万元，其中中央财政资金400.00万元、省级财政资金250.00万元、县级财政资金115.00万元。
全年实际支出742.86万元，预算执行率97.11%，结余22.14万元。其中基地建设补助按每亩300元标准兑付，全年补助面积1.2万亩，兑付补助资金360.00万元；其余资金用于技术示范、品牌推广和检测服务。

三、绩效目标完成情况
全年建成稻虾共作基地1.2万亩，带动新型经营主体23家；基地亩均增收1,620元，化肥施用量减少12.4%；举办绿色种养技术培训班12期，培训1,080人次。

四、自评结论
项目绩效指标完成情况见表1，项目自评得分{total:.2f}分，自评等级为优。

表1  项目绩效指标完成情况
{table}

五、存在的问题
1.部分基地补助资金兑付时间晚于计划。
2.个别经营主体技术力量不足，种养效益不稳定。

六、改进措施
1.简化验收程序，加快补助资金兑付。
2.加强技术指导，推广标准化种养模式。

盱眙县农业农村局
2025年3月18日
"""


def main(argv: list[str] | None = None) -> None:
    builders: dict[str, Callable[[Path], None]] = {
        "shangcheng-weijian-2022.pdf": doc_shangcheng,
        "aohan-nongmu-2020.pdf": doc_aohan,
        "kelan-ziran-2019.pdf": doc_kelan,
        "jinzhai-jiaoyu-2021.pdf": doc_jinzhai,
        "jianchuan-nongye-2023.pdf": doc_jianchuan,
        "leishan-xijiang-2018.pdf": doc_leishan,
        "antu-linye-2016.pdf": doc_antu,
        "heilongjiang-minzheng-2024.pdf": doc_heilongjiang,
        "longyou-donghua-2025.docx": doc_longyou,
        "foping-jiaotong-2020.docx": doc_foping,
        "pingjiang-mujin-2022.xlsx": doc_pingjiang,
        "qiemo-jiaoyu-2017.html": lambda p: write_text(p, qiemo_html()),
        "kangbao-shuiwu-2015.html": lambda p: write_text(p, kangbao_html()),
        "xuyi-nongye-2024.txt": lambda p: write_text(p, xuyi_txt(), newline="\r\n"),
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
