"""Check this held-out batch's goldens against their documents and arithmetic (see tests/corpora/golden_check.py).

    .venv/bin/python tests/corpora/heldout3/check_goldens.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check_folder  # noqa: E402

PLANTED = {
    ("hengshui-gongan-2016", "sources = revenue"),
    ("dadong-renshe-2019", "initial + addition = adjusted"),
    ("shuimogou-shichang-2023", "project 特种设备安全监察经费 rate"),
}
# Documents whose project list is complete, so the projects must add up to 项目支出.
PROJECTS_COMPLETE = frozenset()

if __name__ == "__main__":
    sys.exit(check_folder(Path(__file__).resolve().parent, PLANTED, PROJECTS_COMPLETE))
