"""Generate a realistic benchmark corpus of performance self-evaluation reports.

    .venv/bin/python bench/make_corpus.py OUT_DIR [--n 340] [--seed 7] [--jobs 2]

18 files in 20 are PDFs of 8-12 pages (306 of the default 340): dense Chinese
narrative with budget sentences, achievement metrics, problems and next steps,
and a ruled 绩效自评表 table, in both fonts government PDFs use (the
non-embedded CID font STSong-Light and the embedded TrueType WenQuanYi Zen Hei,
Debian package fonts-wqy-zenhei). The rest are DOCX, HTML and Markdown, plus
three broken files (a truncated PDF, an empty file, random bytes named .pdf).
Wordings vary in the families of ../shared/REAL_WORLD.md.
Deterministic for a seed. Not a test fixture: a load generator.
"""
from __future__ import annotations

import argparse
import html
import os
import random
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

WQY_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

PROVINCES = (("广东省", "广州市", ("海珠区", "天河区", "白云区")), ("四川省", "成都市", ("武侯区", "锦江区")),
             ("湖北省", "武汉市", ("江岸区", "洪山区")), ("浙江省", "杭州市", ("西湖区", "余杭区")),
             ("安徽省", "合肥市", ("蜀山区", "包河区")), ("湖南省", "益阳市", ("赫山区", "资阳区")),
             ("云南省", "昆明市", ("五华区", "盘龙区")), ("上海市", "上海市", ("徐汇区", "浦东新区")))
DEPARTMENTS = (("应急管理局", "安全生产", "检查企业", "家次"), ("教育局", "义务教育", "培训教师", "人次"),
               ("卫生健康局", "公共卫生", "免费婚检", "人"), ("民政局", "社会救助", "发放救助金", "户"),
               ("文化广电旅游体育局", "公共文化", "送戏下乡", "场"), ("交通运输局", "公路养护", "养护里程", "公里"),
               ("人力资源和社会保障局", "就业创业", "新增就业", "人"), ("司法局", "法律援助", "办理法律援助案件", "件"),
               ("农业农村局", "乡村振兴", "建设高标准农田", "亩"), ("生态环境局", "污染防治", "开展执法检查", "次"))
PROJECTS = ("信息化建设", "专项业务经费", "设备购置", "基层能力提升", "宣传培训", "运行维护", "课题研究")
FILLER = ("坚持以人民为中心的发展思想", "认真贯彻落实上级决策部署", "进一步健全内部控制制度",
          "强化预算绩效管理主体责任", "着力提升公共服务质量和水平", "严格执行政府采购相关规定",
          "推动各项工作取得明显成效", "加强资金使用全过程监管", "扎实开展调查研究", "建立健全长效工作机制",
          "围绕年度重点任务抓落实", "持续优化营商环境", "统筹发展和安全", "加强干部队伍建设")
INDICATORS = (("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
              ("产出指标", "成本指标"), ("效益指标", "社会效益指标"), ("效益指标", "可持续影响指标"),
              ("满意度指标", "服务对象满意度指标"))


@dataclass(frozen=True)
class Report:
    title: str
    department: str
    year: int
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    table: tuple[tuple[str, ...], ...]


def money(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


def wan(value: float, rng: random.Random) -> str:
    """万元 figures written the ways reports write them (thousands separators sometimes)."""
    return f"{value:,.2f}" if rng.random() < 0.3 and value >= 1000 else f"{value:.2f}"


def budget_sentences(rng: random.Random, year: int) -> list[str]:
    initial = money(rng, 300, 30000)
    addition = money(rng, 0, initial * 0.3)
    adjusted = round(initial + addition, 2)
    spent = round(adjusted * rng.uniform(0.82, 1.0), 2)
    basic = round(spent * rng.uniform(0.4, 0.7), 2)
    project = round(spent - basic, 2)
    rate = spent / adjusted * 100
    forms = [
        f"{year}年部门年初预算为{wan(initial, rng)}万元，经预算调整，本年收入预算为{wan(adjusted, rng)}万元。",
        f"{year}年预算收入{wan(adjusted, rng)}万元，其中年初预算{wan(initial, rng)}万元，调整追加{wan(addition, rng)}万元。",
        f"全年预算数{wan(adjusted, rng)}万元，实际到位资金{wan(adjusted, rng)}万元，资金到位率100%。",
    ]
    spend = [
        f"{year}年度支出{wan(spent, rng)}万元，其中：基本支出{wan(basic, rng)}万元，项目支出{wan(project, rng)}万元。",
        f"支出{wan(spent, rng)}万元。其中：人员经费支出{wan(basic * 0.8, rng)}万元，公用经费支出"
        f"{wan(basic * 0.2, rng)}万元，项目支出{wan(project, rng)}万元。",
    ]
    rates = [f"预算执行率为{rate:.2f}%。", f"执行率{rate:.2f}%。", f"完成预算的{rate:.2f}%。"]
    return [rng.choice(forms), rng.choice(spend), rng.choice(rates)]


def filler_paragraph(rng: random.Random, topic: str, sentences: int) -> str:
    parts = [f"{rng.choice(FILLER)}，{rng.choice(FILLER)}，围绕{topic}工作{rng.choice(FILLER)}。"
             for _ in range(sentences)]
    return "".join(parts)


def make_report(rng: random.Random, index: int, pages: int) -> Report:
    province, city, counties = rng.choice(PROVINCES)
    county = rng.choice(counties)
    dept_name, topic, action, unit = rng.choice(DEPARTMENTS)
    department = f"{city}{county}{dept_name}"
    year = rng.choice((2019, 2020, 2021, 2022, 2023))
    kind = rng.choice(("部门整体支出绩效自评报告", "部门整体支出绩效自评报告", "项目支出绩效自评报告"))
    project = rng.choice(PROJECTS)
    title = f"{department}{year}年度{project + kind if kind.startswith('项目') else kind}"
    score = round(rng.uniform(78, 99), 1)
    grade = "优" if score >= 90 else "良"
    metrics = [f"全年{action}{rng.randint(20, 20000)}{unit}，完成年度任务的{rng.uniform(95, 180):.2f}%。",
               f"{topic}覆盖率达到{rng.uniform(85, 100):.1f}%，同比提高{rng.uniform(0.5, 9):.2f}个百分点。",
               f"开展{topic}专项培训{rng.randint(3, 60)}场次，培训{rng.randint(100, 9000)}人次。"]
    # About 1,050 characters fill one A4 page at 12 pt and a filler sentence has about 45; the
    # narrative (six sections, the table on its own last page) is sized to the page count.
    filler_per_section = max(1, (pages - 1) * 1050 // (6 * 45))
    sections = (
        ("一、部门（项目）基本情况", (f"{department}主要负责本区{topic}工作。" + filler_paragraph(rng, topic, filler_per_section),)),
        ("二、预算编制及执行情况", (*budget_sentences(rng, year), filler_paragraph(rng, topic, filler_per_section))),
        ("三、绩效目标实现情况", (*metrics, filler_paragraph(rng, topic, filler_per_section))),
        ("四、自评结论", (f"经自评，{year}年度绩效自评得分为{score}分，等级为“{grade}”。",
                       filler_paragraph(rng, topic, filler_per_section))),
        ("五、存在的问题", ("（一）预算编制的科学性有待提高。" + filler_paragraph(rng, topic, filler_per_section // 2),
                       "（二）绩效目标设置不够细化。" + filler_paragraph(rng, topic, filler_per_section // 2))),
        ("六、下一步改进措施", ("（一）加强预算绩效管理。" + filler_paragraph(rng, topic, filler_per_section),)),
    )
    rows: list[tuple[str, ...]] = [("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")]
    total = 0.0
    for level1, level2 in INDICATORS:
        weight = 10.0 if level1 != "产出指标" else 12.5
        got = weight if rng.random() < 0.8 else weight - 1
        total += got
        target = rng.randint(10, 500)
        rows.append((level1, level2, f"{topic}{level2[:2]}", f"≥{target}{unit}", f"{target + rng.randint(0, 50)}{unit}",
                     f"{weight:g}", f"{got:g}"))
    rows.append(("总分", "", "", "", "", "100", f"{total + 10:g}"))
    return Report(title, department, year, sections, tuple(rows))


def write_pdf(report: Report, path: Path, font: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if font == "ttf":
        if not WQY_PATH.exists():
            raise FileNotFoundError(f"{WQY_PATH} missing: apt-get install -y fonts-wqy-zenhei")
        if "WQY" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("WQY", str(WQY_PATH), subfontIndex=0))
        name = "WQY"
    else:
        if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        name = "STSong-Light"
    body = ParagraphStyle("body", fontName=name, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    heading = ParagraphStyle("heading", parent=body, fontSize=14, leading=24, firstLineIndent=0)
    title = ParagraphStyle("title", parent=body, fontSize=18, leading=28, alignment=1, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=name, fontSize=9, leading=12, wordWrap="CJK")
    story = [Paragraph(report.title, title), Spacer(1, 12)]
    for head, paragraphs in report.sections:
        story.append(Paragraph(head, heading))
        story += [Paragraph(p, body) for p in paragraphs]
    story += [PageBreak(), Paragraph(f"{report.year}年度绩效自评表", heading)]
    table = Table([[Paragraph(c, cell) for c in row] for row in report.table], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(table)

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(name, 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")

    SimpleDocTemplate(str(path), pagesize=A4, title=report.title).build(story, onFirstPage=footer, onLaterPages=footer)


def write_docx(report: Report, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(report.title, level=1)
    for head, paragraphs in report.sections:
        document.add_heading(head, level=2)
        for p in paragraphs:
            document.add_paragraph(p)
    table = document.add_table(rows=len(report.table), cols=len(report.table[0]))
    for r, row in enumerate(report.table):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(path))


def write_html(report: Report, path: Path) -> None:
    out = [f"<html><head><meta charset='utf-8'><title>{html.escape(report.title)}</title></head><body>",
           "<div class='meta'>索引号：000000/2023-00001　发布机构：" + html.escape(report.department) + "</div>",
           f"<h1>{html.escape(report.title)}</h1>"]
    for head, paragraphs in report.sections:
        out.append(f"<h2>{html.escape(head)}</h2>")
        out += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    out.append("<table border='1'>")
    out += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in report.table]
    out.append("</table></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def write_md(report: Report, path: Path) -> None:
    out = [f"# {report.title}", ""]
    for head, paragraphs in report.sections:
        out += [f"## {head}", "", *[p + "\n" for p in paragraphs]]
    out += ["| " + " | ".join(row) + " |" for row in report.table[:1]]
    out.append("|" + "---|" * len(report.table[0]))
    out += ["| " + " | ".join(row) + " |" for row in report.table[1:]]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def plan(n: int) -> list[tuple[int, str]]:
    """(index, kind) for every file: 18 in 20 PDF, then DOCX, then HTML or MD in turn."""
    kinds = []
    for i in range(n):
        slot = i % 20
        kinds.append((i, "pdf" if slot < 18 else "docx" if slot == 18 else ("html", "md")[(i // 20) % 2]))
    return kinds


def build_one(args: tuple[int, str, int, str]) -> str:
    index, kind, seed, out = args
    rng = random.Random(seed * 100_003 + index)
    pages = rng.choice((8, 9, 10, 10, 10, 11, 12))
    report = make_report(rng, index, pages)
    stem = Path(out) / f"{index:05d}-{report.department}-{report.year}"
    if kind == "pdf":
        write_pdf(report, stem.with_suffix(".pdf"), "ttf" if rng.random() < 0.5 else "cid")
    elif kind == "docx":
        write_docx(report, stem.with_suffix(".docx"))
    elif kind == "html":
        write_html(report, stem.with_suffix(".html"))
    else:
        write_md(report, stem.with_suffix(".md"))
    return kind


def write_broken(out: Path, seed: int) -> None:
    rng = random.Random(seed)
    pdfs = sorted(out.glob("*.pdf"))
    if pdfs:
        data = pdfs[0].read_bytes()
        (out / "broken-truncated.pdf").write_bytes(data[: len(data) // 3])
    (out / "broken-empty.pdf").write_bytes(b"")
    (out / "broken-random.pdf").write_bytes(rng.randbytes(50_000))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=340, help="reports to generate (plus 3 broken files)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = [(i, kind, args.seed, str(args.out)) for i, kind in plan(args.n)]
    counts: dict[str, int] = {}
    with ProcessPoolExecutor(args.jobs) as pool:
        for kind in pool.map(build_one, work, chunksize=4):
            counts[kind] = counts.get(kind, 0) + 1
    write_broken(args.out, args.seed)
    print(f"{args.out}: {counts} + 3 broken files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
