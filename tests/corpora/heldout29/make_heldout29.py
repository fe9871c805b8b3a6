#!/usr/bin/env python3
"""Regenerate the heldout29 evaluation batch (11 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout29/make_heldout29.py [--out DIR]

Writes the PDF, DOCX, XLSX, HTML and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
the DOCX and XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML is UTF-8 without BOM with LF line ends, the TXT
UTF-8 with a BOM and CRLF line ends (a Windows editor's save of text copied out of a PDF).
The batch is about a department's projects and indicators in depth: department-wide reports (and
a few project reports) that account for their projects one by one (a ruled table over a page
break, a borderless table, Word and Excel tables, numbered paragraphs, the 项目支出 sentence, a
table in 元) and score themselves in detail (indicator tables with 分值 or 权重, 扣分原因, first-level
blocks and subtotal rows, 合计 rows, deductions in prose). Five real inconsistencies are planted;
ten figures only look inconsistent. Every sentence and figure below is invented; place names are
real.
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

FONT = "WQY29"
FIXED_DT = datetime.datetime(2026, 12, 22, 9, 30, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"
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


def money(x: str) -> str:
    """`1860` -> `1,860.00`."""
    return f"{Decimal(x):,.2f}"


class Pdf(CanvasPdf):
    """CanvasPdf with a creator string, a footer style (`- N -`, `第 N 页 共 M 页`, `第N页`, or none),
    a right-aligned line, a ruled grid with merged cells on one page (heldout27's), and a ruled table
    that runs over page breaks repeating its header row."""

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

    def _cell(self, text: str, x: float, top: float, w: float, h: float, lines: list[str], size: float,
              lead: float, pad: float, a: str, middle: bool) -> None:
        c = self.c
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
             size: float = 9, align: Sequence[str] | None = None) -> None:
        """A ruled grid on one page: every row as long as `widths`; a merge {(r, c): (rowspan, colspan)}
        draws one cell over the area (the covered cells' text is ignored)."""
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
            raise ValueError("grid does not fit on the page")
        tops = [self.y - sum(heights[:r]) for r in range(len(rows))]
        for r in range(len(rows)):
            for col in range(len(widths)):
                if (r, col) in covered:
                    continue
                rs, cs = span(r, col)
                x = self.m + sum(widths[:col])
                a = (align[col] if align else "l") if cs == 1 else "l"
                self._cell(rows[r][col], x, tops[r], sum(widths[col:col + cs]), sum(heights[r:r + rs]),
                           lines_of(r, col), size, lead, pad, a, rs > 1)
        self.y -= sum(heights) + 10

    def paged_table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                    size: float = 9, align: Sequence[str] | None = None) -> list[int]:
        """A ruled table without merges that runs over page breaks, its header row drawn again at the
        top of each new page. Returns the page each body row landed on."""
        scale = self.cw / sum(widths)
        widths = [w * scale for w in widths]
        pad, lead = 3, size * 1.42

        def lines(row):
            return [wrap_cjk(t, self.font, w - 2 * pad, size) if t else [] for t, w in zip(row, widths, strict=True)]

        def height(row):
            return max(len(ls) for ls in lines(row)) * lead + 2 * pad

        def draw(row):
            h = height(row)
            for k, (text, ls) in enumerate(zip(row, lines(row), strict=True)):
                self._cell(text, self.m + sum(widths[:k]), self.y, widths[k], h, ls, size, lead, pad,
                           align[k] if align else "l", False)
            self.y -= h

        self.need(height(header) + height(rows[0]))
        draw(header)
        pages = []
        for row in rows:
            if self.y - height(row) < self.bottom:
                self.new_page()
                draw(header)
            draw(row)
            pages.append(self.page)
        self.y -= 10
        return pages


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


IND_HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "扣分原因"]
IND_WIDTHS = [11, 14, 20, 12, 12, 6, 7, 18]
BLOCK_WIDTHS = [15, 13, 19, 11, 12, 6, 7, 17]  # first-level labels carrying their points
IND_ALIGN = ["l", "l", "l", "c", "c", "c", "c", "l"]


# =========================================================================== 1. jiande (3 pages; T1, T2)
JIANDE_PROJECTS = [  # 项目名称, 资金来源, 全年预算数, 执行数
    ("高标准农田建设", "一般公共预算", "1860", "1842.36"),
    ("高标准农田建设", "政府性基金", "860", "838.50"),
    ("粮食生产功能区提标改造", "一般公共预算", "620", "611.24"),
    ("农村生活污水治理运维", "一般公共预算", "540", "526.80"),
    ("动物防疫及病死畜禽无害化处理", "一般公共预算", "386", "372.15"),
    ("农业产业化龙头企业扶持", "一般公共预算", "450", "436.20"),
    ("农村集体经济发展补助", "一般公共预算", "300", "300.00"),
    ("农产品质量安全检测", "一般公共预算", "264", "255.63"),
    ("美丽乡村精品村建设", "上年结转", "180", "142.90"),
]
JIANDE_IND = [  # 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 扣分原因
    ("产出指标", "数量指标", "新建高标准农田", "≥1.2万亩", "1.26万亩", "10", "10", ""),
    ("产出指标", "数量指标", "粮食生产功能区提标改造", "≥3000亩", "3150亩", "10", "10", ""),
    ("产出指标", "数量指标", "农村生活污水治理设施运维", "≥860处", "872处", "5", "5", ""),
    ("产出指标", "质量指标", "高标准农田建设验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", "98.6%", "5", "5", ""),
    ("产出指标", "时效指标", "项目完工及时率", "≥95%", "92%", "5", "3.5", "2个项目受汛期影响延期完工"),
    ("产出指标", "成本指标", "高标准农田亩均建设成本", "≤3000元", "2860元", "5", "5", ""),
    ("效益指标", "经济效益指标", "村集体经营性收入增长", "≥10%", "11.2%", "10", "10", ""),
    ("效益指标", "社会效益指标", "重大动物疫病发生", "=0起", "0起", "10", "10", ""),
    ("效益指标", "生态效益指标", "农村生活污水治理设施正常运行率", "≥90%", "88.5%", "10", "9",
     "部分站点设备老化，已列入次年改造计划"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93.2%", "10", "10", ""),
]
JIANDE_A = [
    ("h", "一、部门基本情况"),
    ("p", "建德市农业农村局主要负责全市农业农村经济发展、高标准农田建设、农村人居环境整治、动物防疫和农产品"
          "质量安全监管等工作。局机关内设科室12个，下属事业单位4个。"),
    ("p", "2021年部门整体绩效目标是：稳定粮食生产，推进高标准农田和粮食生产功能区建设；持续改善农村人居环境，"
          "做好农村生活污水治理设施运维；守住不发生区域性重大动物疫情和农产品质量安全事件的底线；发展壮大村级"
          "集体经济。"),
    ("h", "二、部门预算收支情况"),
    ("p", "（一）预算情况。2021年部门年初预算6,284.60万元，年中追加1,135.40万元，调整后预算7,420.00万元。"
          "其中，一般公共预算财政拨款6,380.00万元，政府性基金预算财政拨款860.00万元，上年结转180.00万元。"),
    ("p", "（二）支出情况。2021年本年支出7,268.15万元，其中基本支出1,942.37万元（人员经费1,688.52万元、公用"
          "经费253.85万元），项目支出5,325.78万元，主要用于高标准农田建设、农村人居环境整治、动物防疫和"
          "农业产业发展等方面。全年预算执行率97.95%，年末结转结余151.85万元。"),
    ("h", "三、项目支出情况"),
    ("p", "2021年我局共实施项目8个，全部纳入绩效自评。其中“高标准农田建设”项目同时使用一般公共预算和政府性"
          "基金两类资金，下表按资金来源分行列示。各项目预算执行情况如下（单位：万元）："),
]
JIANDE_B = [
    ("p", "美丽乡村精品村建设项目为上年结转项目，因部分村庄规划调整，执行进度偏慢，剩余资金结转下年继续使用；"
          "其余项目执行率均在96%以上。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "全年新建高标准农田1.26万亩，完成粮食生产功能区提标改造3,150亩，运维农村生活污水治理设施872处；抽检"
          "农产品样品2,640批次，扶持农业产业化龙头企业15家；全市未发生重大动物疫情。"),
    ("h", "五、自评结论"),
    ("p", "按照部门整体支出绩效自评指标体系逐项打分，预算执行得分9.80分，产出指标得分48.5分，效益指标得分29分，"
          "满意度指标得分10分，本部门2021年度部门整体支出绩效自评得分97.3分，等级为优。绩效指标自评情况见下表。"),
]
JIANDE_C = [
    ("h", "六、存在的问题"),
    ("p", "（一）个别项目前期准备不够充分，完工时间滞后于计划。"),
    ("p", "（二）上年结转项目推进较慢，资金使用效率有待提高。"),
    ("h", "七、改进措施"),
    ("p", "1.加强项目储备和前期论证，合理安排实施进度。"),
    ("p", "2.建立结转项目月调度机制，加快结转资金使用。"),
    ("p", "3.完善绩效指标体系，提高指标设置的针对性和可衡量性。"),
]


def jiande_indicator_rows() -> tuple[list[list[str]], Merges]:
    rows: list[list[str]] = [list(IND_HEAD)]
    rows.append(["预算执行", "预算执行率", "预算执行率", "100%", pct("7268.15", "7420.00"), "10",
                 exec_score("7268.15", "7420.00"), ""])
    merges: Merges = {}
    total_w, total_s = Decimal(10), Decimal(exec_score("7268.15", "7420.00"))
    for level in ("产出指标", "效益指标", "满意度指标"):
        block = [r for r in JIANDE_IND if r[0] == level]
        first = len(rows)
        rows += [list(r) for r in block]
        merges.update(level_merges(block, first))
        w = sum(Decimal(r[5]) for r in block)
        s = sum(Decimal(r[6]) for r in block)
        total_w += w
        total_s += s
        rows.append([f"{level}小计", "", "", "", "", str(w), str(s), ""])
        merges[(len(rows) - 1, 0)] = (1, 5)
    rows.append(["合计", "", "", "", "", str(total_w), f"{total_s:.2f}", ""])
    merges[(len(rows) - 1, 0)] = (1, 5)
    return rows, merges


def doc_jiande(path: Path) -> None:
    p = Pdf(path, footer_style="of", total=3, size=12, margin=72, creator="Microsoft® Word 2016",
            header="建德市农业农村局2021年度部门整体支出绩效自评报告")
    p.title("建德市农业农村局\n2021年度部门整体支出绩效自评报告", size=17)
    p.blocks(JIANDE_A)
    body = [[str(k), name, source, money(b), money(e), pct(e, b)]
            for k, (name, source, b, e) in enumerate(JIANDE_PROJECTS, start=1)]
    budget = sum(Decimal(r[2]) for r in JIANDE_PROJECTS)
    done = sum(Decimal(r[3]) for r in JIANDE_PROJECTS)
    body.append(["", "合计", "", money(str(budget)), money(str(done)), pct(str(done), str(budget))])
    pages = p.paged_table(["序号", "项目名称", "资金来源", "全年预算数", "执行数", "执行率"], body,
                          [6, 30, 14, 14, 14, 11], size=9.5, align=["c", "l", "c", "r", "r", "r"])
    if len(set(pages)) != 2:
        raise ValueError(f"jiande's project table is not split over two pages: {pages}")
    p.blocks(JIANDE_B)
    rows, merges = jiande_indicator_rows()
    p.new_page()
    p.grid(rows, IND_WIDTHS, merges, size=8.5, align=IND_ALIGN)
    p.blocks(JIANDE_C)
    p.right("建德市农业农村局")
    p.right("2022年4月18日")
    p.save()
    if p.page != 3:
        raise ValueError(f"jiande has {p.page} pages")


# =========================================================================== 2. lujiang (borderless table; T3, T7)
LUJIANG_PROJECTS = [  # 项目名称, 年初预算数, 调整后预算数, 执行数
    ("中小河流治理", "1200", "1450", "1426.80"),
    ("小型水库除险加固", "800", "960", "941.28"),
    ("农村饮水安全巩固提升", "620", "620", "604.50"),
    ("山洪灾害防治", "0", "380", "368.60"),
    ("河长制工作经费", "150", "150", "150.00"),
]
LUJIANG_A = [
    ("h", "一、部门概况"),
    ("p", "庐江县水利局负责全县水资源管理、水利工程建设与运行管理、防汛抗旱和农村水利等工作，内设股室9个，"
          "下属事业单位6个。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2018年部门年初预算4,862.30万元，年中追加1,237.70万元，全年预算6,100.00万元，其中一般公共预算财政"
          "拨款5,480.00万元、政府性基金预算财政拨款620.00万元。全年支出5,962.48万元，其中基本支出1,126.74万元，"
          "项目支出4,835.74万元；预算执行率97.75%，年末结转结余137.52万元。"),
    ("h", "三、主要项目执行情况"),
    ("p", "2018年我局共实施项目23个。现将其中5个主要项目的预算安排和执行情况列示如下："),
]
LUJIANG_B = [
    ("p", "上表中，山洪灾害防治项目为年中新增项目，年初未安排预算；中小河流治理和小型水库除险加固项目年中追加"
          "了配套资金。各项目执行率均按调整后预算数计算。上述5个主要项目以外，其余18个项目支出1,344.56万元。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "全年完成中小河流治理28.6公里，除险加固小型水库12座，巩固提升农村饮水工程36处，受益人口8.2万人；"
          "汛期未发生水利工程安全责任事故。"),
    ("h", "五、自评情况"),
    ("p", "根据部门整体支出绩效评价指标体系，从部门决策、部门管理、部门产出和部门效益四个方面进行自评：部门决策"
          "（15分）得14分，部门管理（25分）得24.2分，部门产出（35分）得34分，部门效益（25分）得23.5分，合计"
          "自评得分95.7分，等级为优。"),
    ("h", "六、存在的问题"),
    ("p", "1.部分项目前期工作不够扎实，年中预算调整较多。"),
    ("p", "2.个别项目绩效目标设置偏笼统，难以量化考核。"),
    ("h", "七、改进措施"),
    ("p", "1.提前做好项目储备和可行性论证，提高年初预算的完整性。"),
    ("p", "2.细化量化绩效目标，加强绩效运行监控。"),
    ("p", "3.强化项目资金管理，加快支出进度。"),
]


def doc_lujiang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=68, creator="WPS Writer")
    p.title("庐江县水利局2018年度部门整体支出绩效自评报告", size=16)
    p.blocks(LUJIANG_A)
    p.right("单位：万元", size=10)
    rows = [["项目名称", "年初预算数", "调整后预算数", "执行数", "执行率"]]
    rows += [[n, money(a), money(b), money(e), pct(e, b)] for n, a, b, e in LUJIANG_PROJECTS]
    sums = [sum(Decimal(r[k]) for r in LUJIANG_PROJECTS) for k in (1, 2, 3)]
    rows.append(["合计", *(money(str(s)) for s in sums), pct(str(sums[2]), str(sums[1]))])
    p.table(rows, [30, 16, 16, 16, 12], style="plain", size=10, align=["l", "r", "r", "r", "r"])
    p.blocks(LUJIANG_B)
    p.right("庐江县水利局")
    p.right("2019年4月9日")
    p.save()


# =========================================================================== 3. jinghong (DOCX, Word tables; E2, T4)
JINGHONG_PROJECTS = [  # 项目名称, 全年预算数, 执行数, 执行率 as printed, 项目自评得分
    ("义务教育学校公用经费保障", "2380", "2380.00", None, "98"),
    ("学生资助补助", "1265", "1248.36", None, "96"),
    ("校舍维修改造", "1120", "1072.58", "97.58%", "90"),  # E2: 1,072.58 ÷ 1,120.00 = 95.77%
    ("学前教育发展", "680", "668.45", None, "95"),
    ("全民健身及体育赛事", "420", "405.16", None, "92"),
    ("教师培训", "500", "477.70", None, "94"),
]
JINGHONG_IND = [
    ("产出指标", "数量指标", "资助家庭经济困难学生", "≥8000人次", "8426人次", "10", "10", ""),
    ("产出指标", "数量指标", "校舍维修改造面积", "≥2.5万平方米", "2.38万平方米", "10", "9",
     "2所学校维修工程受雨季影响延至次年完工"),
    ("产出指标", "质量指标", "义务教育巩固率", "≥99%", "99.3%", "10", "10", ""),
    ("产出指标", "时效指标", "资助资金按时发放率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "成本指标", "小学生均公用经费", "≥720元", "720元", "10", "10", ""),
    ("效益指标", "社会效益指标", "学前教育毛入园率", "≥90%", "91.6%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "教师培训覆盖率", "≥95%", "92.4%", "15", "13.5", "部分培训项目下半年才启动，覆盖面不足"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "94.5%", "10", "10", ""),
]


def doc_jinghong(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "景洪市教育体育局", 18)
    office.centred_title(d, "2023年度部门整体支出绩效自评报告", 16)
    office.bold_line(d, "一、部门基本情况", indent=24)
    para(d, "景洪市教育体育局负责全市各级各类教育和体育事业的统筹管理，内设股室11个，所属学校及事业单位68个。")
    office.bold_line(d, "二、部门预算收支情况", indent=24)
    para(d, "2023年部门年初预算18,642.50万元，年中追加2,357.50万元，调整后预算21,000.00万元，其中一般公共预算财政"
            "拨款20,150.00万元，上年结转850.00万元。")
    para(d, "本年支出20,538.60万元，其中基本支出14,286.35万元（人员经费13,604.21万元，公用经费682.14万元），项目"
            "支出6,252.25万元。预算执行率97.80%，年末结转结余461.40万元。")
    office.bold_line(d, "三、项目支出及项目自评情况", indent=24)
    para(d, "2023年我局共实施项目6个，全部开展了项目支出绩效自评，各项目预算执行及自评得分如下表（单位：万元）：")
    rows = [["序号", "项目名称", "全年预算数", "执行数", "执行率", "项目自评得分"]]
    for k, (name, b, e, shown, score) in enumerate(JINGHONG_PROJECTS, start=1):
        rows.append([str(k), name, money(b), money(e), shown or pct(e, b), score])
    budget = sum(Decimal(r[1]) for r in JINGHONG_PROJECTS)
    done = sum(Decimal(r[2]) for r in JINGHONG_PROJECTS)
    rows.append(["合计", "", money(str(budget)), money(str(done)), pct(str(done), str(budget)), E])
    table(d, rows, [((len(rows) - 1, 0), (len(rows) - 1, 1))])
    para(d, "各项目自评得分为项目支出绩效自评的结果，部门整体自评得分按部门整体支出绩效指标另行计算。")
    office.bold_line(d, "四、绩效目标完成情况", indent=24)
    para(d, "全年资助家庭经济困难学生8,426人次，维修改造校舍2.38万平方米，举办全民健身赛事46场，培训教师3,260人次；"
            "义务教育巩固率99.3%，学前教育毛入园率91.6%。")
    office.bold_line(d, "五、部门整体自评结论", indent=24)
    para(d, "对照部门整体支出绩效指标逐项评分（见下表），本部门2023年度自评得分97.28分，等级为优。")
    ind = [list(IND_HEAD),
           ["预算执行", "预算执行率", "预算执行率", "100%", pct("20538.60", "21000.00"), "10",
            exec_score("20538.60", "21000.00"), ""]]
    ind += [list(r) for r in JINGHONG_IND]
    total = Decimal(exec_score("20538.60", "21000.00")) + sum(Decimal(r[6]) for r in JINGHONG_IND)
    ind.append(["合计", "", "", "", "", "100", f"{total:.2f}", ""])
    merges = level_merges(JINGHONG_IND, 2)
    merges[(len(ind) - 1, 0)] = (1, 5)
    table(d, ind, docx_merges(merges))
    office.bold_line(d, "六、存在的问题", indent=24)
    para(d, "（一）校舍维修改造项目受雨季影响，部分工程进度滞后，执行率低于其他项目。")
    para(d, "（二）教师培训项目启动较晚，培训覆盖面未达到年度目标。")
    office.bold_line(d, "七、改进措施", indent=24)
    para(d, "（一）合理安排维修工期，避开雨季集中施工。")
    para(d, "（二）提早制定年度培训计划，分期分批组织实施。")
    office.aligned(d, "景洪市教育体育局", "right")
    office.aligned(d, "2024年3月20日", "right")
    STAMP.save_docx(d, path)


# =========================================================================== 4. fengning (portal page, numbered projects; E1)
FENGNING_PROJECTS = [  # 项目名称, 全年预算, 实际支出, tail
    ("公共文化服务体系建设项目", "520", "508.36", "，主要用于乡镇综合文化站和村级文化活动室设备购置、送戏下乡等。"),
    ("文物保护修缮项目", "460", "447.12", "，主要用于县级文物保护单位修缮。"),
    ("旅游宣传推介项目", "300", "295.80", "。"),
    ("广播电视村村通运维项目", "200", "188.80", "，结余资金为设备采购招标节约。"),
]


def fengning_paras() -> list[tuple[str, str]]:
    paras = [
        ("b", "一、部门基本情况"),
        ("p", "丰宁满族自治县文化广电和旅游局于2019年3月组建，负责全县文化事业、广播电视、文物保护和旅游产业发展"
              "工作，内设股室7个，下属事业单位5个。"),
        ("b", "二、部门预算收支情况"),
        ("p", "2019年部门年初预算2,146.80万元，年中追加353.20万元，全年预算2,500.00万元，全部为一般公共预算财政拨款。"
              "本年支出2,436.50万元，其中基本支出986.42万元，项目支出1,450.08万元。预算执行率97.46%，年末结转结余"
              "63.50万元。"),
        ("b", "三、项目支出情况"),
        ("p", "2019年我局共实施项目4个，逐项说明如下："),
    ]
    for k, (name, b, e, tail) in enumerate(FENGNING_PROJECTS, start=1):
        paras.append(("p", f"{k}.{name}：全年预算{money(b)}万元，实际支出{money(e)}万元，执行率{pct(e, b)}{tail}"))
    paras += [
        ("b", "四、绩效目标完成情况"),
        ("p", "全年组织送戏下乡160场，修缮县级文物保护单位5处，举办旅游推介会6场，全县接待游客286.5万人次；广播电视"
              "综合人口覆盖率99.2%。"),
        ("b", "五、自评结论"),
        ("p", "经对照部门整体支出绩效评价指标体系逐项自评，本部门2019年度自评得分94.5分，等级为优。"),
        ("b", "六、存在的问题"),
        ("p", "（一）机构改革当年职能划转较多，部分项目预算编制不够细化。"),
        ("p", "（二）基层文化设施使用率不高，文化活动吸引力有待提升。"),
        ("b", "七、改进措施"),
        ("p", "1.细化项目预算编制，提高预算的准确性。"),
        ("p", "2.丰富基层文化活动内容，提升文化设施使用效益。"),
    ]
    return paras


def fengning_html() -> str:
    body = "\n".join(f"<p><strong>{t}</strong></p>" if k == "b" else f"<p>　　{t}</p>" for k, t in fengning_paras())
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="丰宁满族自治县人民政府">
<meta name="ColumnName" content="部门预决算">
<title>丰宁满族自治县文化广电和旅游局2019年度部门整体支出绩效自评报告_部门预决算_丰宁满族自治县人民政府</title>
</head>
<body>
<div class="top"><span>丰宁满族自治县人民政府</span> <a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进丰宁</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">部门预决算</a></div>
<div class="xxgk">
<p>索引号：FN-WGL-2020-0012　　信息分类：部门预决算</p>
<p>发布机构：丰宁满族自治县文化广电和旅游局　　发布日期：2020-05-29</p>
</div>
<h1>丰宁满族自治县文化广电和旅游局2019年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2020-05-29 10:42　　浏览次数：<span>318</span>　　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
{body}
<p style="text-align:right">丰宁满族自治县文化广电和旅游局</p>
<p style="text-align:right">2020年5月26日</p>
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="footer">
<p>主办：丰宁满族自治县人民政府办公室　网站标识码：1308260001</p>
<p>冀ICP备10206713号　冀公网安备13082602000105号</p>
</div>
</body>
</html>
"""


# =========================================================================== 5. longkou (XLSX; T5)
LONGKOU_PROJECTS = [  # 项目名称, 资金来源, 全年预算数, 执行数, 备注
    ("基本公共卫生服务补助", "一般公共预算", "1680", "1672.40", ""),
    ("家庭医生签约服务", "一般公共预算", "520", "508.60", ""),
    ("疾病预防控制", "一般公共预算", "860", "842.50", ""),
    ("乡镇卫生院设备更新", "一般公共预算、上年结转", "600", "624.80", "执行数含上年结转资金支出24.80万元"),
    ("卫生健康信息化建设", "一般公共预算", "480", "466.30", ""),
    ("计划生育家庭奖励扶助", "一般公共预算", "410", "410.00", ""),
    ("公立医院综合改革补助", "一般公共预算", "275", "261.66", ""),
]
LONGKOU_IND = [
    ("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥4.2万人", "4.36万人", 10, 10, ""),
    ("产出指标", "数量指标", "家庭医生签约人数", "≥18万人", "18.5万人", 10, 10, ""),
    ("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.2%", 10, 10, ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", "=100%", "100%", 10, 10, ""),
    ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "91.3%", 15, 15, ""),
    ("效益指标", "社会效益指标", "院前急救平均反应时间", "≤12分钟", "12.6分钟", 10, 8.5, "部分偏远镇街急救站点覆盖不足"),
    ("效益指标", "可持续影响指标", "基层医疗卫生机构标准化达标率", "≥95%", "96%", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "92.8%", 15, 15, ""),
]


def doc_longkou(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    for col, w in zip("ABCDEFGH", [12, 26, 20, 14, 14, 10, 10, 26], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "龙口市卫生健康局2024年度部门整体支出绩效自评表", bold=True, size=14, center=True,
           merge_to="H1", border=False)
    xl_put(ws, "A2", "填报单位：龙口市卫生健康局　　　　金额单位：万元", merge_to="H2", border=False)
    xl_put(ws, "A3", "一、部门预算执行情况", bold=True, merge_to="H3")
    cells = [("A4", "年初预算数"), ("B4", 8264.0), ("C4", "调整后预算数"), ("D4", 9180.0),
             ("E4", "其中：一般公共预算财政拨款"), ("F4", 8780.0), ("G4", "上年结转"), ("H4", 400.0),
             ("A5", "本年支出"), ("B5", 8972.46), ("C5", "其中：基本支出"), ("D5", 4186.2),
             ("E5", "项目支出"), ("F5", 4786.26), ("G5", "预算执行率"), ("H5", pct("8972.46", "9180.00")),
             ("A6", "年末结转结余"), ("B6", 207.54)]
    for ref, v in cells:
        xl_put(ws, ref, v, fmt="#,##0.00" if isinstance(v, float) else None)
    xl_put(ws, "C6", "", merge_to="H6")
    xl_put(ws, "A7", "二、项目支出绩效情况", bold=True, merge_to="H7")
    for col, head in zip("ABCDEFG", ["序号", "项目名称", "资金来源", "全年预算数", "执行数", "执行率", "备注"],
                         strict=True):
        xl_put(ws, f"{col}8", head, center=True, merge_to="H8" if col == "G" else None)
    r = 9
    for k, (name, source, b, e, note) in enumerate(LONGKOU_PROJECTS, start=1):
        xl_put(ws, f"A{r}", k, center=True)
        xl_put(ws, f"B{r}", name)
        xl_put(ws, f"C{r}", source)
        xl_put(ws, f"D{r}", float(b), fmt="#,##0.00")
        xl_put(ws, f"E{r}", float(e), fmt="#,##0.00")
        xl_put(ws, f"F{r}", pct(e, b), center=True)
        xl_put(ws, f"G{r}", note, merge_to=f"H{r}")
        r += 1
    budget = sum(Decimal(p[2]) for p in LONGKOU_PROJECTS)
    done = sum(Decimal(p[3]) for p in LONGKOU_PROJECTS)
    xl_put(ws, f"A{r}", "合计", center=True, merge_to=f"C{r}")
    xl_put(ws, f"D{r}", float(budget), fmt="#,##0.00")
    xl_put(ws, f"E{r}", float(done), fmt="#,##0.00")
    xl_put(ws, f"F{r}", pct(str(done), str(budget)), center=True)
    xl_put(ws, f"G{r}", "", merge_to=f"H{r}")
    r += 1
    xl_put(ws, f"A{r}", "三、部门整体绩效指标完成情况", bold=True, merge_to=f"H{r}")
    r += 1
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因"]
    for col, head in zip("ABCDEFGH", heads, strict=True):
        xl_put(ws, f"{col}{r}", head, center=True)
    r += 1
    first = r
    rows = [("预算执行", "预算执行率", "预算执行率", "≥95%", pct("8972.46", "9180.00"), 10,
             float(exec_score("8972.46", "9180.00")), ""), *LONGKOU_IND]
    for row in rows:
        for col, v in zip("ABCDEFGH", row, strict=True):
            fmt = "0.00" if isinstance(v, float) and col == "G" and v * 10 % 1 else None
            xl_put(ws, f"{col}{r}", v, fmt=fmt, center=col in "FG")
        r += 1
    merge_runs(ws, "A", first, [row[0] for row in rows])
    merge_runs(ws, "B", first, [row[1] for row in rows])
    total = sum(Decimal(str(row[6])) for row in rows)
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", float(total), fmt="0.00", center=True)
    xl_put(ws, f"H{r}", "自评等级：优", center=True)
    r += 1
    xl_put(ws, f"A{r}", "年度总体目标完成情况")
    xl_put(ws, f"B{r}", "全年为4.36万名65岁以上老年人提供健康管理服务，家庭医生签约服务18.5万人，院前急救出车1.26万次，"
                        "完成14家乡镇卫生院设备更新，群众就医获得感进一步增强。", merge_to=f"H{r}")
    ws.row_dimensions[r].height = 45
    r += 1
    xl_put(ws, f"A{r}", "单位负责人：王××　　财务负责人：李××　　填报日期：2025年3月14日", merge_to=f"H{r}", border=False)
    STAMP.save_xlsx(wb, path)


# =========================================================================== 6. luding (project PDF, block grid; E3)
LUDING_IND = [  # 一级 (with its printed points), 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差原因
    ("产出指标（50分）", "数量指标", "新建标准化茶园", "≥2000亩", "2080亩", "10", "10", ""),
    ("产出指标（50分）", "数量指标", "改造低产茶园", "≥1500亩", "1420亩", "10", "9", "部分地块土壤改良滞后，剩余80亩次年完成"),
    ("产出指标（50分）", "质量指标", "茶苗成活率", "≥90%", "92.5%", "10", "10", ""),
    ("产出指标（50分）", "时效指标", "项目完工时间", "11月底前", "11月25日完工", "5", "5", ""),
    ("产出指标（50分）", "成本指标", "标准化茶园亩均补助", "≤1200元", "1150元", "10", "10", ""),
    ("效益指标（30分）", "经济效益指标", "参与农户户均增收", "≥2000元", "2150元", "10", "10", ""),
    ("效益指标（30分）", "社会效益指标", "带动脱贫户参与", "≥300户", "312户", "10", "10", ""),
    ("效益指标（30分）", "可持续影响指标", "茶叶加工企业稳定运营", "≥3家", "3家", "10", "10", ""),
    ("满意度指标（10分）", "服务对象满意度指标", "受益茶农满意度", "≥90%", "93%", "10", "10", ""),
]
LUDING = [
    ("h", "一、项目概况"),
    ("p", "茶叶产业提质增效项目由泸定县农业农村局组织实施，通过新建标准化茶园、改造低产茶园和扶持茶叶加工企业，"
          "带动茶农特别是脱贫户增收。"),
    ("h", "二、项目资金情况"),
    ("p", "2020年项目全年预算数360.00万元，其中中央财政专项扶贫资金240.00万元、省级财政资金80.00万元、县级配套资金"
          "40.00万元，实际到位资金360.00万元。全年支出351.72万元，预算执行率97.70%，结余8.28万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年新建标准化茶园2,080亩，改造低产茶园1,420亩，茶苗成活率92.5%；扶持茶叶加工企业3家，带动脱贫户312户"
          "参与茶园建设和管护，参与农户户均增收2,150元。"),
    ("h", "四、自评结论"),
    ("p", "按照项目绩效指标体系逐项自评（见下表），本项目自评得分93.77分，等级为优。"),
]
LUDING_TAIL = [
    ("h", "五、存在的问题"),
    ("p", "一是部分低产茶园改造地块土壤改良滞后，改造任务未全部完成；二是茶叶加工企业规模偏小，带动能力仍然偏弱。"),
    ("h", "六、改进措施"),
    ("p", "一是提前开展土壤改良，确保剩余改造任务按期完成；二是引导加工企业开展技术改造；三是加强茶园管护技术培训。"),
]


def doc_luding(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=11, margin=64, creator="WPS Writer")
    p.title("泸定县农业农村局\n2020年度茶叶产业提质增效项目绩效自评报告", size=16)
    p.blocks(LUDING)
    rows = [list(IND_HEAD[:7]) + ["偏差原因"],
            ["预算执行（10分）", "预算执行率", "预算执行率", "100%", pct("351.72", "360.00"), "10",
             exec_score("351.72", "360.00"), ""]]
    rows += [list(r) for r in LUDING_IND]
    total = Decimal(exec_score("351.72", "360.00")) + sum(Decimal(r[6]) for r in LUDING_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}", ""])
    merges = level_merges(LUDING_IND, 2)
    merges[(len(rows) - 1, 0)] = (1, 5)
    p.grid(rows, BLOCK_WIDTHS, merges, size=8.5, align=IND_ALIGN)
    p.blocks(LUDING_TAIL)
    p.right("泸定县农业农村局")
    p.right("2021年3月26日")
    p.save()


# =========================================================================== 7. libo (TXT copied out of a PDF; T6)
LIBO = [
    "荔波县林业局2017年度部门整体支出绩效自评报告",
    "一、部门基本情况",
    "荔波县林业局负责全县林业资源保护、造林绿化、森林防火和林业有害生物防治等工作，内设股室8个，下属林业站、"
    "林场等事业单位11个。",
    "二、部门预算收支情况",
    "2017年部门年初预算1,528.40万元，年中追加371.60万元，全年预算1,900.00万元，其中一般公共预算财政拨款"
    "1,780.00万元，上年结转120.00万元。全年支出1,856.62万元，其中基本支出624.38万元；项目支出1,232.24万元，"
    "主要用于天然林保护工程（预算420.00万元，支出416.50万元，执行率99.17%）、退耕还林补助（预算380.00万元，"
    "支出372.60万元，执行率98.05%）、森林防火（预算160.00万元，支出151.36万元，执行率94.60%）等项目。全年"
    "预算执行率97.72%，年末结转结余43.38万元。",
    "三、绩效目标完成情况",
    "全年管护天然林42.6万亩，兑现退耕还林补助涉及农户3,860户，开展森林防火巡查1,520人次，全年未发生重大森林"
    "火灾。",
    "四、自评结论",
    "经自评，本部门2017年度部门整体支出绩效自评得分88.5分，评价等级为良。扣分的主要原因是森林防火项目执行率"
    "偏低、部分绩效指标设置不够细化。",
    "五、存在的问题",
    "1.森林防火项目物资采购进度偏慢，预算执行率偏低。",
    "2.部分项目绩效目标不够细化，难以量化考核。",
    "六、下一步改进措施",
    "1.提前启动防火物资采购，加快项目支出进度。",
    "2.规范绩效目标编制，提高绩效指标的可衡量性。",
    "荔波县林业局",
    "2018年4月12日",
]
LIBO_WIDTH = 38
LIBO_PAGE_LINES = 24


def pdf_copy_lines(paragraphs: Sequence[str], width: int) -> list[str]:
    """Hard line breaks every `width` characters, as text copied out of a PDF keeps them; a run of
    digits, letters and their punctuation is never cut (it moves to the next line whole), and a
    closing punctuation mark stays at the end of its line."""
    out = []
    for text in paragraphs:
        line = ""
        k = 0
        while k < len(text):
            j = k
            while j < len(text) and (text[j].isascii() and (text[j].isalnum() or text[j] in ".,%")):
                j += 1
            token = text[k:j] if j > k else text[k]
            if len(line) + len(token) > width and line and token not in NO_LINE_START:
                out.append(line)
                line = ""
            line += token
            k += len(token)
        out.append(line)
    return out


def libo_txt() -> str:
    lines = pdf_copy_lines(LIBO, LIBO_WIDTH)
    out: list[str] = []
    for n in range(0, len(lines), LIBO_PAGE_LINES):
        out += lines[n:n + LIBO_PAGE_LINES]
        out += ["", f"- {n // LIBO_PAGE_LINES + 1} -", ""]
    return "\ufeff" + "\n".join(out)


# =========================================================================== 8. fugu (DOCX project, 权重 table; E4, T8)
FUGU_IND = [  # 一级, 二级, 三级, 指标值, 完成值, 权重, 得分, 未完成原因分析
    ("产出指标", "数量指标", "城市低保保障人数", "≥2600人", "2648人", "15", "15", ""),
    ("产出指标", "数量指标", "农村低保保障人数", "≥9800人", "9752人", "15", "14.5", "动态调整中退出人数多于预期"),
    ("产出指标", "质量指标", "低保资金发放准确率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "低保金按月发放率", "=100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", "=100%", "100%", "15", "15", ""),
    ("效益指标", "可持续影响指标", "低保动态管理机制", "健全", "健全", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", "91.5%", "15", "15", ""),
]
FUGU_TOTAL = "98.40"  # E4: the rows' 得分 add up to 9.90 + 89.5 = 99.40


def doc_fugu(path: Path) -> None:
    d = STAMP.new_docx()
    office.centred_title(d, "府谷县民政局", 18)
    office.centred_title(d, "2022年度城乡居民最低生活保障资金项目绩效自评报告", 15)
    office.bold_line(d, "一、项目基本情况", indent=24)
    para(d, "城乡居民最低生活保障资金项目由府谷县民政局组织实施，按月向符合条件的城乡低保对象发放低保金，保障"
            "困难群众基本生活。")
    office.bold_line(d, "二、项目资金情况", indent=24)
    para(d, "2022年项目年初预算2,860.00万元，年中追加340.00万元，调整后预算3,200.00万元，其中中央资金1,920.00万元、"
            "省级资金960.00万元、县级资金320.00万元。全年支出3,168.32万元，预算执行率99.01%，结余31.68万元。")
    office.bold_line(d, "三、绩效目标完成情况", indent=24)
    para(d, "全年保障城市低保对象2,648人、农村低保对象9,752人，低保金均按月足额发放；农村低保保障人数因动态调整中"
            "退出人数较多，略低于年度目标。")
    office.bold_line(d, "四、自评结论", indent=24)
    para(d, "按照项目支出绩效自评表逐项评分，本项目自评得分98.4分，等级为优。")
    office.bold_line(d, "五、存在的问题", indent=24)
    para(d, "1.低保对象家庭经济状况核对手段有限，动态管理工作量大。")
    para(d, "2.乡镇经办人员业务能力参差不齐。")
    office.bold_line(d, "六、改进措施", indent=24)
    para(d, "1.推进跨部门信息共享，提高家庭经济状况核对效率。")
    para(d, "2.加强乡镇经办人员业务培训。")
    office.aligned(d, "府谷县民政局", "right")
    office.aligned(d, "2023年3月8日", "right")
    para(d, "附表：项目支出绩效自评表（2022年度）", indent=False, bold=True)
    rows = [["项目名称", "城乡居民最低生活保障资金项目", "", "", "", "", "", "", ""],
            ["主管部门", "府谷县民政局", "", "", "实施单位", "府谷县民政局", "", "", ""],
            ["预算执行情况（10分）", "资金类别", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
            ["", "总额", "2,860.00", "3,200.00", "3,168.32", pct("3168.32", "3200.00"), "10",
             exec_score("3168.32", "3200.00"), ""],
            ["", "其中：财政资金", "2,860.00", "3,200.00", "3,168.32", pct("3168.32", "3200.00"), "/", "/", ""],
            ["", "其他资金", E, E, E, E, "/", "/", ""],
            ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分", "未完成原因分析"]]
    i0 = len(rows)
    rows += [["", *r] for r in FUGU_IND]
    rows.append(["合计", "", "", "", "", "", "100", FUGU_TOTAL, ""])
    rows.append(["评价结论", "项目资金按月足额发放，困难群众基本生活得到保障，自评等级为优。", "", "", "", "", "", "", ""])
    merges: Merges = {(0, 1): (1, 8), (1, 1): (1, 3), (1, 5): (1, 4), (2, 0): (4, 1), (6, 0): (len(FUGU_IND) + 1, 1)}
    for (r, c), v in level_merges([r[:2] for r in FUGU_IND], i0).items():
        merges[(r, c + 1)] = v
    merges[(len(rows) - 2, 0)] = (1, 6)
    merges[(len(rows) - 1, 1)] = (1, 8)
    table(d, rows, docx_merges(merges))
    STAMP.save_docx(d, path)


# =========================================================================== 9. huadian (portal page, HTML table; T9)
HUADIAN_IND = [
    ("预算执行", "预算执行率", "预算执行率", "100%", pct("468.48", "480.00"), "10", exec_score("468.48", "480.00"),
     "执行率未达100%"),
    ("产出指标", "数量指标", "完成森林抚育面积", "≥4.8万亩", "4.65万亩", "15", "14.5", "部分林班雨季无法进场作业"),
    ("产出指标", "质量指标", "抚育作业检查验收合格率", "≥95%", "96.2%", "10", "10", ""),
    ("产出指标", "时效指标", "抚育作业完成时间", "10月底前", "11月上旬完成", "10", "9", "秋季降雨偏多，作业延后"),
    ("产出指标", "成本指标", "亩均抚育补贴", "≤100元", "100元", "5", "5", ""),
    ("效益指标", "生态效益指标", "抚育林分郁闭度提高", "≥0.05", "0.06", "15", "15", ""),
    ("效益指标", "社会效益指标", "带动林区群众务工", "≥1.2万人次", "1.26万人次", "10", "10", ""),
    ("效益指标", "可持续影响指标", "抚育成果管护", "长效", "长效", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "92%", "15", "15", ""),
]


def huadian_table() -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">',
           "<tr>" + "".join(f"<th>{h}</th>" for h in IND_HEAD) + "</tr>"]
    merges = level_merges(HUADIAN_IND, 0)
    covered = {(rr, c) for (r, c), (rs, _) in merges.items() for rr in range(r + 1, r + rs)}
    for r, row in enumerate(HUADIAN_IND):
        cells = []
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            rs = merges.get((r, c), (1, 1))[0]
            cells.append(f'<td rowspan="{rs}">{v}</td>' if rs > 1 else f"<td>{v}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    total = sum(Decimal(r[6]) for r in HUADIAN_IND)
    out.append(f'<tr><td colspan="5">合计</td><td>100</td><td>{total:.2f}</td><td></td></tr>')
    out.append("</table>")
    return "\n".join(out)


HUADIAN_A = [
    ("b", "一、项目基本情况"),
    ("p", "森林抚育补贴项目由桦甸市林业局组织实施，对国有林场和集体林区的中幼龄林开展抚育作业，提高森林质量。"),
    ("b", "二、项目资金情况"),
    ("p", "2025年项目全年预算数480.00万元，全部为中央财政森林抚育补贴资金，已全部拨付到位。全年实际支出468.48万元，"
          "预算执行率97.60%，结余11.52万元。"),
    ("b", "三、绩效目标完成情况"),
    ("p", "全年完成森林抚育4.65万亩，抚育作业检查验收合格率96.2%，带动林区群众务工1.26万人次。"),
    ("b", "四、绩效自评情况"),
    ("p", "本项目绩效指标及自评得分情况见下表。"),
]
HUADIAN_B = [
    ("p", "经自评，本项目得分98.26分，等级为优。扣分情况：预算执行率指标扣0.24分；完成森林抚育面积指标因部分林班雨季"
          "无法进场作业，扣0.5分；抚育作业完成时间指标因秋季降雨偏多延后完成，扣1分；合计扣1.74分。"),
    ("b", "五、存在的问题"),
    ("p", "1.抚育作业受天气影响较大，作业进度不均衡。"),
    ("p", "2.部分作业单位技术力量薄弱。"),
    ("b", "六、改进措施"),
    ("p", "1.科学安排作业时序，抢抓有利天气组织作业。"),
    ("p", "2.加强作业单位技术培训和质量检查。"),
]


def huadian_html() -> str:
    def body(paras):
        return "\n".join(f"<p><b>{t}</b></p>" if k == "b" else f"<p>{t}</p>" for k, t in paras)

    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>桦甸市林业局2025年度森林抚育补贴项目绩效自评报告</title>
</head>
<body>
<div id="header"><div class="logo">桦甸市人民政府</div><div class="search"><input type="text" value="请输入关键字"> <a href="#">搜索</a></div></div>
<div id="menu"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">政民互动</a> | <a href="#">魅力桦甸</a></div>
<div id="path">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">预算绩效</a></div>
<table class="attr">
<tr><td>索引号：</td><td>11220282MB0D12345Q/2026-00018</td><td>主题分类：</td><td>财政、审计</td></tr>
<tr><td>发布机构：</td><td>桦甸市林业局</td><td>发布日期：</td><td>2026-04-22</td></tr>
</table>
<h2>桦甸市林业局2025年度森林抚育补贴项目绩效自评报告</h2>
<div class="count">点击量：<span>64</span></div>
<div id="zoom">
{body(HUADIAN_A)}
{huadian_table()}
{body(HUADIAN_B)}
<p align="right">桦甸市林业局</p>
<p align="right">2026年4月20日</p>
</div>
<div id="footer">
<p>桦甸市人民政府主办　网站标识码：2202820004</p>
<p>吉ICP备05001863号-1</p>
</div>
</body>
</html>
"""


# =========================================================================== 10. fuyuan (1-page project PDF; E5)
FUYUAN_IND = [
    ("产出指标", "数量指标", "维修养护农村供水工程", "≥45处", "41处", "15", "12", "4处工程因冬季冻土推迟至次年"),
    ("产出指标", "质量指标", "维修工程验收合格率", "=100%", "100%", "10", "10", ""),
    ("产出指标", "时效指标", "维修养护完成时间", "10月底前", "11月中旬", "10", "7", "受工程推迟影响"),
    ("产出指标", "成本指标", "单处平均维修费用", "≤3.5万元", "3.45万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "农村供水保障率", "≥95%", "93.6%", "20", "17", "部分工程未按期完工"),
    ("效益指标", "可持续影响指标", "工程长效运行", "长期", "长期", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "87%", "20", "16", "维修期间临时停水影响群众用水"),
]
FUYUAN = [
    ("h", "一、项目概况"),
    ("p", "农村供水工程维修养护项目由抚远市水务局组织实施，对全市农村集中供水工程的水源井、管网和净化消毒设施进行"
          "维修养护，保障农村居民饮水安全。"),
    ("h", "二、资金情况"),
    ("p", "2023年项目全年预算数150.00万元，其中省级资金90.00万元、市级资金60.00万元。全年支出141.36万元，预算执行率"
          "94.24%，结余8.64万元，主要是4处工程推迟至次年实施。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "全年维修养护农村供水工程41处，受益人口2.3万人，农村供水保障率93.6%。"),
    ("h", "四、自评结论"),
    ("p", "评价等级分为优（90分及以上）、良（80分至89.99分）、中（60分至79.99分）、差（60分以下）。按照项目绩效指标"
          "逐项自评（见下表），本项目自评得分86.42分，评价等级为优。"),
]
FUYUAN_TAIL = [
    ("h", "五、存在的问题和改进措施"),
    ("p", "存在的问题：一是冬季冻土期长，维修施工窗口期短；二是部分工程设施老化严重，维修难度大。"),
    ("p", "改进措施：一是提前谋划年度维修计划，抢抓施工窗口期；二是逐步推进老旧工程更新改造。"),
]


def doc_fuyuan(path: Path) -> None:
    p = Pdf(path, footer_style="plain", size=10.5, margin=54, creator="Microsoft® Word 2010")
    p.title("抚远市水务局2023年度农村供水工程维修养护项目绩效自评报告", size=14)
    p.blocks(FUYUAN)
    rows = [list(IND_HEAD[:7]) + ["偏差原因"],
            ["预算执行", "预算执行率", "预算执行率", "100%", pct("141.36", "150.00"), "10",
             exec_score("141.36", "150.00"), ""]]
    rows += [list(r) for r in FUYUAN_IND]
    total = Decimal(exec_score("141.36", "150.00")) + sum(Decimal(r[6]) for r in FUYUAN_IND)
    rows.append(["合计", "", "", "", "", "100", f"{total:.2f}", ""])
    merges = level_merges(FUYUAN_IND, 2)
    merges[(len(rows) - 1, 0)] = (1, 5)
    p.grid(rows, IND_WIDTHS, merges, size=8, align=IND_ALIGN)
    p.blocks(FUYUAN_TAIL)
    p.right("抚远市水务局　2024年3月29日")
    p.save()
    if p.page != 1:
        raise ValueError(f"fuyuan has {p.page} pages")


# =========================================================================== 11. shanghang (PDF, project table in 元; T10)
SHANGHANG_PROJECTS = [  # 项目名称, 全年预算数 (元), 执行数 (元)
    ("农村公路提升改造", "19000000", "18623454"),
    ("危桥改造", "10000000", "9864356"),
    ("农村公路养护", "6600000", "6374890"),
]
SHANGHANG_A = [
    ("h", "一、部门基本情况"),
    ("p", "上杭县交通运输局负责全县公路、水路交通建设和运输管理工作，内设股室7个，下属事业单位3个。"),
    ("h", "二、部门预算收支情况"),
    ("p", "2022年部门年初预算4,126.80万元，年中追加1,073.20万元，调整后预算5,200.00万元，其中一般公共预算财政拨款"
          "4,200.00万元、政府性基金预算财政拨款800.00万元、上年结转200.00万元。本年支出5,068.39万元，其中基本支出"
          "1,582.12万元，项目支出3,486.27万元；预算执行率97.47%，年末结转结余131.61万元。"),
    ("h", "三、项目支出情况"),
    ("p", "2022年我局共实施农村公路提升改造、危桥改造和农村公路养护3个项目，分别支出1,862.35万元、986.44万元和"
          "637.49万元。各项目预算执行明细见下表。"),
]
SHANGHANG_B = [
    ("h", "四、绩效目标完成情况"),
    ("p", "全年完成农村公路提升改造46.8公里，改造危桥9座，养护农村公路1,286公里，农村公路优良中等路率达到86.5%。"),
    ("h", "五、自评结论"),
    ("p", "经自评，本部门2022年度部门整体支出绩效自评得分96.5分，等级为优。"),
    ("h", "六、存在的问题"),
    ("p", "（一）部分农村公路提升改造项目征地拆迁协调难度大，影响施工进度。"),
    ("p", "（二）农村公路养护资金需求大，县级财力保障压力较大。"),
    ("h", "七、改进措施"),
    ("p", "（一）提前做好项目征地拆迁协调工作。"),
    ("p", "（二）积极争取上级补助资金，建立稳定的养护资金保障机制。"),
]


def doc_shanghang(path: Path) -> None:
    p = Pdf(path, footer_style="dash", size=10.5, margin=60, creator="WPS Writer")
    p.title("上杭县交通运输局\n2022年度部门整体支出绩效自评报告", size=16)
    p.blocks(SHANGHANG_A)
    p.right("单位：元", size=10)
    rows = [["项目名称", "全年预算数", "执行数", "执行率"]]
    rows += [[n, money(b), money(e), pct(e, b)] for n, b, e in SHANGHANG_PROJECTS]
    b = sum(Decimal(r[1]) for r in SHANGHANG_PROJECTS)
    e = sum(Decimal(r[2]) for r in SHANGHANG_PROJECTS)
    rows.append(["合计", money(str(b)), money(str(e)), pct(str(e), str(b))])
    p.table(rows, [30, 22, 22, 14], style="grid", size=10, align=["l", "r", "r", "r"])
    p.blocks(SHANGHANG_B)
    p.right("上杭县交通运输局")
    p.right("2023年4月6日")
    p.save()


def main(argv: list[str] | None = None) -> None:
    builders = {
        "jiande-nongye-2021.pdf": doc_jiande,
        "lujiang-shuili-2018.pdf": doc_lujiang,
        "jinghong-jiaoyu-2023.docx": doc_jinghong,
        "fengning-wenlv-2019.html": lambda p: write_text(p, fengning_html()),
        "longkou-weijian-2024.xlsx": doc_longkou,
        "luding-chaye-2020.pdf": doc_luding,
        "libo-linye-2017.txt": lambda p: write_text(p, libo_txt(), newline="\r\n"),
        "fugu-dibao-2022.docx": doc_fugu,
        "huadian-fuyu-2025.html": lambda p: write_text(p, huadian_html()),
        "fuyuan-gongshui-2023.pdf": doc_fuyuan,
        "shanghang-jiaotong-2022.pdf": doc_shanghang,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
