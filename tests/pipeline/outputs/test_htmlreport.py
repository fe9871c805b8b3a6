"""The HTML report: self-contained, escaped, quoting sources; loaded in headless Chromium.

The browser test needs Debian's `chromium` (apt-get install -y chromium fonts-wqy-zenhei).
In CI (CI=true) its absence is a failure; locally the test is skipped. The screenshot it
takes is kept as test-artifacts/report.png.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.outputs.htmlreport import ReportSettings, script_hash, write_report

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
from compare_data import SMALL, XSS_DEPARTMENT, XSS_TITLE, report_rows, write_rows  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
ARTIFACTS = REPO / "test-artifacts"
SOURCE_TEXT = ("# 2022年度测试局部门整体支出绩效自评报告\n\n本年支出2691.33万元，其中基本支出2134.84万元，"
               "项目支出546.49万元。\n\n| 项目 | 预算数 | 执行数 |\n| --- | --- | --- |\n"
               "| 年度资金总额 | 2,700.00 | 2691.33 |\n")


def _ingest_source(tmp: Path, db: Path) -> None:
    """A report ingested through the pipeline, so its figures carry the context stored at ingest."""
    from pipeline.run import process_file
    from pipeline.storage.store import Store

    source = tmp / "quoted.md"
    source.write_text(SOURCE_TEXT, encoding="utf-8")
    with Store(db) as store:
        store.write(process_file(source))


XSS = report_rows(
    "9" * 64, title=XSS_TITLE, department=XSS_DEPARTMENT, fiscal_year=2022, self_score="91", grade="优",
    project_name='"><svg onload=alert(3)>', kind="project",
    items={"budget_adjusted": "1000000.00", "expenditure_total": "700000.00"},
    flags=(("score.<b>rule</b>", "error", "expenditure_total", "<b>粗体</b> & <i>斜体</i>"),),
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("html")
    db = write_rows(tmp / "r.duckdb", (*SMALL, XSS))
    _ingest_source(tmp, db)
    out = tmp / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def html(report: Path) -> str:
    return report.read_text(encoding="utf-8")


def test_report_text_is_escaped(html: str) -> None:
    assert "&lt;script&gt;document.body.setAttribute(" in html
    assert "<script>document" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;b&gt;粗体&lt;/b&gt; &amp; &lt;i&gt;斜体&lt;/i&gt;" in html
    assert len(re.findall(r"<script\b", html)) == 1  # the report's own, nothing else


def test_self_contained_and_locked_down(html: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert re.sub(r'xmlns="http://www\.w3\.org/2000/svg"', "", html).count("://") == 0
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    assert script and script_hash(script.group(1)) in html  # the CSP allows exactly this script
    assert "default-src 'none'" in html


def test_fonts_and_money_in_wan(html: str) -> None:
    assert '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "Microsoft YaHei"' in html
    assert ">2,731.93<" in html  # 27319300 yuan in the department table
    assert 'data-sort="27319300.00"' in html  # yuan kept for sorting


def test_charts_and_sections(html: str) -> None:
    doc = lxml.html.fromstring(html)
    charts = doc.xpath("//*[local-name()='svg' and contains(@class, 'chart')]")
    assert {c.get("class").split()[1] for c in charts} == {"rates", "scatter", "composition", "rules"}
    assert len(doc.xpath("//table[@id='dept-table']/tbody/tr")) == 7
    assert len(doc.xpath("//details[contains(@class, 'report')]")) == 7
    corner = doc.xpath("//*[local-name()='g' and contains(@class, 'flagged')]")
    assert len(corner) == 2  # 相城 (80%, 优) and the script-titled report (70%, 优)


def test_flags_quote_their_source_with_the_figure_marked(html: str) -> None:
    doc = lxml.html.fromstring(html)
    section = doc.xpath("//details[.//summary[contains(., '测试局')]]")[0]
    quotes = section.xpath(".//div[contains(@class, 'flag')]//blockquote")
    marked = {q.xpath("string(.//mark)") for q in quotes}
    assert {"2134.84万元", "546.49万元", "2691.33万元"} <= marked
    sentence = [q for q in quotes if q.xpath("string(.//mark)") == "2134.84万元"][0]
    assert "本年支出2691.33万元,其中基本支出" in sentence.text_content()  # the normalized text (NFKC)
    assert all("第 1 页" in q.text_content() for q in quotes)


def test_without_sources_the_stated_figure_and_page_are_shown(tmp_path: Path) -> None:
    db = write_rows(tmp_path / "r.duckdb", SMALL)
    out = write_report(db, tmp_path / "r.html", ReportSettings(quote_sources=False))
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    quotes = doc.xpath("//div[contains(@class, 'flag')]//blockquote")
    assert "第 1 页" in quotes[0].text_content() and quotes[0].xpath("string(.//mark)").endswith("万元")


def test_year_filter_and_empty_dataset(tmp_path: Path) -> None:
    db = write_rows(tmp_path / "r.duckdb", SMALL)
    one_year = write_report(db, tmp_path / "y.html", ReportSettings(year=2021)).read_text(encoding="utf-8")
    assert len(lxml.html.fromstring(one_year).xpath("//table[@id='dept-table']/tbody/tr")) == 1
    empty = write_rows(tmp_path / "e.duckdb", ())
    text = write_report(empty, tmp_path / "e.html").read_text(encoding="utf-8")
    assert "暂无数据" in text and "没有可读的报告" in text


# --- in a browser ------------------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is missing: apt-get install -y chromium fonts-wqy-zenhei", pytrace=False)
    pytest.skip("chromium is not installed (apt-get install -y chromium fonts-wqy-zenhei)")


def _run_chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    result = subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def _console_messages(stderr: str) -> list[str]:
    """What the page logged: console calls, uncaught errors, CSP refusals (Chromium logs them all as CONSOLE)."""
    return [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]


def test_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    url = report.resolve().as_uri() + "#sort=rate_computed:asc"
    dumped = _run_chromium(tmp_path, "--dump-dom", url)
    assert _console_messages(dumped.stderr) == []
    dom = lxml.html.fromstring(dumped.stdout)
    body = dom.xpath("//body")[0]
    assert body.get("data-pwned") is None  # nothing from a report ran
    assert "&lt;script&gt;document.body.setAttribute(" in dumped.stdout  # the title, shown as text
    assert XSS_TITLE in body.text_content() and XSS_DEPARTMENT in body.text_content()
    assert len(dom.xpath("//script")) == 1
    table = dom.xpath("//table[@id='dept-table']")[0]
    assert table.get("data-sortable") == "ready"  # the sorting script ran ...
    heads = table.xpath("./thead/tr/th")
    column = [h.get("data-key") for h in heads].index("rate_computed")
    assert heads[column].get("aria-sort") == "ascending"  # ... and applied the link's sort
    rates = [row.xpath("./td")[column].get("data-sort") for row in table.xpath("./tbody/tr")]
    known = [Decimal(r) for r in rates if r]
    assert known == sorted(known) and rates[len(known):] == [""] * (len(rates) - len(known))  # missing last
    assert len(dom.xpath("//*[local-name()='svg' and contains(@class, 'chart')]//*[local-name()='rect']")) > 10

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    taken = _run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,2000", report.resolve().as_uri())
    assert _console_messages(taken.stderr) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


# --- reviews, open flags and the validation results, in a browser ---------------------------------

@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small dataset validated (with Data Docs), one flag confirmed, one dismissed."""
    tmp = tmp_path_factory.mktemp("reviewed")
    db = str(write_rows(tmp / "r.duckdb", SMALL))
    runner = CliRunner()
    assert runner.invoke(app, ["validate", "--db", db, "--docs", str(tmp / "docs")]).exit_code in (0, 1)
    ids = [line.rsplit("#", 1)[-1] for line in runner.invoke(app, ["flags", "--db", db, "--severity", "error"],
                                                               env={"COLUMNS": "200"}).output.splitlines()
           if "#" in line]
    assert runner.invoke(app, ["review", ids[0], "--state", "confirmed", "--by", "张三", "--note", "核实",
                               "--db", db]).exit_code == 0
    assert runner.invoke(app, ["review", ids[1], "--state", "dismissed", "--by", "李四", "--db", db]).exit_code == 0
    out = tmp / "out" / "report.html"
    assert runner.invoke(app, ["report", "--db", db, "--out", str(out)]).exit_code == 0
    return out


def test_review_states_open_counts_and_validation_in_headless_chromium(reviewed: Path, tmp_path: Path) -> None:
    dumped = _run_chromium(tmp_path, "--dump-dom", reviewed.resolve().as_uri() + "#review=open")
    assert _console_messages(dumped.stderr) == []
    dom = lxml.html.fromstring(dumped.stdout)
    assert dom.xpath("//select[@id='review-filter']")[0].get("data-ready") == "ready"  # the filter script ran
    confirmed = dom.xpath("//div[contains(@class, 'flag') and @data-review='confirmed']")
    dismissed = dom.xpath("//div[contains(@class, 'flag') and @data-review='dismissed']")
    open_flags = dom.xpath("//div[contains(@class, 'flag') and @data-review='unreviewed']")
    assert len(confirmed) == 1 and len(dismissed) == 1 and open_flags
    assert "已确认" in confirmed[0].text_content() and "张三" in confirmed[0].text_content()
    assert confirmed[0].get("hidden") is not None and dismissed[0].get("hidden") is not None  # #review=open
    assert all(f.get("hidden") is None for f in open_flags)
    by_dept = dom.xpath("//table[@id='open-by-department']/tbody/tr")
    counts = {r.xpath("./td")[0].text_content(): int(r.get("data-open")) for r in by_dept}
    assert sum(counts.values()) == len([f for f in open_flags if "warning" in f.get("class") or "error" in f.get("class")])
    heads = [h.get("data-key") for h in dom.xpath("//table[@id='dept-table']/thead/tr/th")]
    assert "n_open" in heads
    assert dom.xpath("//table[@id='validation-suites']/tbody/tr")  # the validation results, in the page
    docs = dom.xpath("//a[@id='data-docs']")[0].get("href")
    assert not docs.startswith(("http", "//")) and (reviewed.parent / docs).resolve().is_file()
    assert dom.xpath("//table[@id='unreadable']/tbody/tr")  # the failed file of the small dataset


def test_report_in_english(reviewed: Path, tmp_path: Path) -> None:
    db = reviewed.parent.parent / "r.duckdb"
    out = tmp_path / "en.html"
    assert CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(out), "--lang", "en"]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert 'lang="en"' in text and "Departments compared" in text and "confirmed" in text
    assert "部门对比" not in text
