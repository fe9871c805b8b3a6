"""The rewritings of bench/metamorphic.py keep a report's facts, and its command runs as docs/accuracy.md gives it."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("metamorphic", REPO / "bench" / "metamorphic.py")
assert _spec is not None and _spec.loader is not None
meta = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("metamorphic", meta)
_spec.loader.exec_module(meta)

PROSE = ("2023年部门年初预算1,862.40万元，年中追加预算415.60万元，调整后预算2,278.00万元，全年支出2,225.35万元，"
         "预算执行率97.69%。全年检查企业22279家次，查处违法案件316件，群众满意度达到95.2%，各项目标均已完成。")
TABLE = "项目名称    年初预算数    全年执行数\n农村公路养护    2,450.00    2,616.37"


def test_prose_is_rewritten_and_tables_are_left_whole() -> None:
    text = f"{PROSE}\n{TABLE}\n| 指标 | 分值 |"
    for name, rewrite in meta.REWRITINGS.items():
        out = rewrite(text)
        assert TABLE in out and (name == "site_chrome" or out.endswith("| 指标 | 分值 |")), name


def test_each_rewriting_keeps_the_figures() -> None:
    assert "１８６２．" not in meta.full_width_digits(PROSE) and "１,８６２.４０万元" in meta.full_width_digits(PROSE)
    assert "22,279家次" in meta.thousands_separators(PROSE)
    assert "1862.40万元" in meta.no_thousands_separators(PROSE)
    assert "18,624,000.00元" in meta.yuan_not_wan(PROSE) and "97.69%" in meta.yuan_not_wan(PROSE)
    assert "预算执行率 97.69%。" in meta.spaced_figures(PROSE) and "预算 1,862.40 万元" in meta.spaced_figures(PROSE)
    assert "万元,年中追加" in meta.ascii_punctuation(PROSE)
    wrapped = meta.hard_wrap(PROSE).split("\n")
    assert len(wrapped) > 2 and "".join(wrapped) == PROSE and all(len(line) <= meta.WRAP_WIDTH for line in wrapped)


def test_the_portal_s_page_goes_around_the_report() -> None:
    out = meta.site_chrome("某局2023年度部门整体支出绩效自评报告\n" + PROSE)
    head, _, rest = out.partition("某局2023年度部门整体支出绩效自评报告\n")
    assert head.startswith("首页 > ") and "发布时间：2024-" in head  # published the year after
    assert rest.startswith(PROSE) and "上一篇：2022年度" in rest and "ICP备" in rest


def test_money_a_wrap_cut_is_left_as_written() -> None:
    cut = f"{PROSE[:30]}调整后预算5,578.\n72万元，全年支出{PROSE[30:]}"
    assert "\n72万元" in meta.yuan_not_wan(cut)
    assert "１８６２．４０万元" in meta.yuan_not_wan("年初预算１８６２．４０万元，执行率为百分之九十。")


def test_pdftotext_pages_break_between_prose_lines_with_a_footer_and_the_title() -> None:
    text = "某局2023年度部门整体支出绩效自评报告\n" + "\n".join([PROSE] * 12)
    pages = meta.pdftotext_pages(text).split("\f")
    assert len(pages) >= 2
    assert pages[0].rstrip("\n").endswith("- 1 -") and pages[1].startswith("某局2023年度部门整体支出绩效自评报告\n")


def test_the_command_runs(tmp_path: Path) -> None:
    from tests.bench.test_mutants import METAMORPHIC_COMMAND  # the command docs/testing.md shows

    args = METAMORPHIC_COMMAND.split()[1:]
    done = subprocess.run([sys.executable, *args, "--keep", str(tmp_path)], cwd=REPO, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].endswith("text documents with goldens")
    assert lines[1].startswith("identity") and lines[2].startswith("hard_wrap") and "flags P=1.000 R=1.000" in lines[2]
    assert (tmp_path / "hard_wrap" / "samples").is_dir()


def test_a_markdown_report_set_as_a_pdf_reads_back_with_its_table(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from metamorphic_pdf import write_pdf

    from pipeline.reading.read import read_path

    text = ("# 某局2024年度项目支出绩效自评报告\n\n## 一、项目基本情况\n\n" + PROSE + "\n\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 满意度指标 | 服务对象满意度指标 | 游客满意度 | ≥90% | 91.6% | 10 | 10 | |\n")
    write_pdf(text, tmp_path / "report.pdf")
    document = read_path(tmp_path / "report.pdf")
    (table,) = [t for page in document.pages for t in page.tables]
    grid = [[(c or "").replace("\n", "") for c in row] for row in table.grid()]
    assert grid[0][:7] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    assert grid[1][:7] == ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "91.6%", "10", "10"]
    assert "预算执行率97.69%" in "".join(page.text for page in document.pages).replace("\n", "")


def test_the_accuracy_page_shows_the_command_run_here() -> None:
    import re

    from tests.bench.test_mutants import METAMORPHIC_COMMAND

    page = (REPO / "docs" / "accuracy.md").read_text(encoding="utf-8")
    lines = [line.split("  #")[0].strip() for block in re.findall(r"```sh\n(.*?)```", page, re.S)
             for line in block.splitlines() if line.strip()]
    assert lines == [METAMORPHIC_COMMAND]
