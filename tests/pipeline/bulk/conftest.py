"""The `hooks` fixture: worker processes run the test hook module (tests/pipeline/bulk/helpers.py)."""
from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from tests.pipeline.bulk.helpers import HOOK_FN, HOOKS


@pytest.fixture()
def hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    hook_dir = tmp_path / "hooks"
    hook_dir.mkdir()
    (hook_dir / "jixiao_bulk_hooks.py").write_text(textwrap.dedent(HOOKS), encoding="utf-8")
    # Worker processes inherit the environment, so they import the hook module too.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(hook_dir), os.environ.get("PYTHONPATH")])))
    monkeypatch.syspath_prepend(str(hook_dir))
    return HOOK_FN
