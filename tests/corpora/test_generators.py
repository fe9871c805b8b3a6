"""Every generator of test documents gives back, byte for byte, the files committed beside it.

The held-out batches and the samples are built by `tests/corpora/builder`; a change to the
builder that moves one byte would change a report id and could change what jixiao reads, so
each generator runs into a fresh folder and its output is compared with the committed files.
A reportlab, python-docx or openpyxl release that writes different bytes fails here too:
regenerate, check the scores are unchanged (tests/test_corpus.py), and commit the new files.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, in_ci
from tests.corpora.builder.fonts import WQY_TTC

GENERATORS = [REPO / "samples" / "make_binary_samples.py",
              *sorted((REPO / "tests" / "corpora").glob("heldout*/make_heldout*.py"))]


@pytest.mark.parametrize("script", GENERATORS, ids=lambda p: p.parent.name)
def test_regenerated_files_are_the_committed_ones(script: Path, tmp_path: Path) -> None:
    if not WQY_TTC.exists():
        message = f"needs the font {WQY_TTC} (Debian fonts-wqy-zenhei, installed by `make test`)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], capture_output=True, text=True,
                         check=False, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written, "the generator wrote nothing"
    differ = [name for name in written if (tmp_path / name).read_bytes() != (script.parent / name).read_bytes()]
    assert differ == [], f"regenerated files differ from the committed ones: {differ}"
