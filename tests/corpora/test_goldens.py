"""Every held-out batch's goldens hold against their documents: each value occurs in the text and
the figures add up, except the batch's planted errors (its `check_goldens.py`)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

CHECKS = sorted((REPO / "tests" / "corpora").glob("heldout*/check_goldens.py"))


@pytest.mark.parametrize("script", CHECKS, ids=lambda p: p.parent.name)
def test_goldens_agree_with_their_documents(script: Path) -> None:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False, env=env,
                         cwd=REPO)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
