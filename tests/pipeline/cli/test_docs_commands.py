"""Every `jixiao` command line of docs/review.md runs as written (on the samples) and exits 0.

The one flag id the page uses as an example (`3f2a9c1e`) stands for a real id of the dataset.
"""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from tests.conftest import REPO

EXAMPLE_ID = "3f2a9c1e"


MARKER = "<!-- run by tests/pipeline/cli/test_docs_commands.py -->\n"


def doc_commands(page: Path, marked_only: bool = False) -> list[str]:
    pattern = (re.escape(MARKER) if marked_only else "") + r"```sh\n(.*?)```"
    blocks = re.findall(pattern, page.read_text(encoding="utf-8"), re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("jixiao ")]


def test_the_review_page_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "samples").symlink_to(REPO / "samples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner(env={"COLUMNS": "100", "JIXIAO_REVIEWER": ""})
    assert runner.invoke(app, ["ingest", "samples/", "--no-progress"]).exit_code == 0
    flags = json.loads(runner.invoke(app, ["flags", "--json", "--severity", "error"]).stdout)
    real_id = flags[0]["flag_id"][:8]
    commands = doc_commands(REPO / "docs" / "review.md")
    assert len(commands) >= 12
    marked = doc_commands(REPO / "docs" / "compare.md", marked_only=True)
    marked += doc_commands(REPO / "docs" / "validation.md", marked_only=True)
    marked += doc_commands(REPO / "README.md", marked_only=True)
    assert len(marked) >= 8
    commands += marked
    for line in commands:
        args = [real_id if a == EXAMPLE_ID else a for a in shlex.split(line)[1:]]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (line, result.output)
        assert "Traceback" not in result.output
    assert (tmp_path / "out" / "report.html").is_file() and (tmp_path / "export" / "jixiao.xlsx").is_file()
    assert 'id="data-docs"' in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
