from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner(env={"COLUMNS": "250"})
REPORT = (
    "2022年度某县交通运输局部门整体支出绩效自评报告\n"
    "本年支出110.00万元,其中基本支出60.00万元,项目支出40.00万元。自评得分78分,等级为“优”。\n"
)


def test_ingest_show_flags(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "d.duckdb")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--no-progress", "--no-validate"])
    assert result.exit_code == 1, result.output  # one file failed, after all were tried
    assert "失败" in result.output and "成功" in result.output  # Chinese by default
    english = runner.invoke(app, ["--lang", "en", "ingest", str(tmp_path / "in"), "--db", db, "--no-progress",
                                  "--no-validate"])
    assert "already ingested" in english.output and "skipped" in english.output
    shown = runner.invoke(app, ["show", "a.md", "--db", db])
    assert shown.exit_code == 0 and "expenditure_basic" in shown.output
    flags = runner.invoke(app, ["flags", "--db", db, "--severity", "error"])
    assert "expenditure.parts_sum" in flags.output and "score.grade_band" in flags.output


def test_rules_are_listed() -> None:
    result = runner.invoke(app, ["rules"])
    assert "execution_rate.stated_vs_computed" in result.output


def test_the_cli_defaults_copied_to_keep_imports_light_match_their_sources() -> None:
    from pipeline.bulk.writer import DEFAULT_BATCH_REPORTS
    from pipeline.cli.ingest import DEFAULT_COMMIT_REPORTS, DEFAULT_DB
    from pipeline.storage.store import DEFAULT_DB as STORE_DEFAULT_DB

    assert (DEFAULT_DB, DEFAULT_COMMIT_REPORTS) == (STORE_DEFAULT_DB, DEFAULT_BATCH_REPORTS)


def test_ingest_with_ocr_off_leaves_a_scan_needs_ocr(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
    import build_pdf
    from scans import ScanStyle, scanned_pdf

    (tmp_path / "in").mkdir()
    scan = scanned_pdf(build_pdf.simple_pdf(["某县2022年度项目支出绩效自评报告", "全年执行数874.32万元。"], "ttf"), ScanStyle(dpi=100))
    (tmp_path / "in" / "scan.pdf").write_bytes(scan)
    db = str(tmp_path / "d.duckdb")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--no-progress", "--no-validate",
                                 "--ocr", "off", "--workers", "1"])
    assert "需 OCR" in result.output, result.output  # the summary's status row, in the default language
    import duckdb

    (error,) = duckdb.connect(db, read_only=True).execute("SELECT error FROM reports").fetchone()
    assert "--ocr off" in error
    bad = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--ocr", "sometimes"])
    assert bad.exit_code != 0
