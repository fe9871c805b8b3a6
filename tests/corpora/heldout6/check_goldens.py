"""Check the sixth held-out batch's goldens against their documents and against arithmetic.

    .venv/bin/python tests/corpora/heldout6/check_goldens.py

Reuses tests/corpora/golden_check.py. The two planted errors are listed in PLANTED; anything else
that does not add up is printed and makes the exit status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from golden_check import check_folder  # noqa: E402

PLANTED = {
    ("bengshan-chengguan-2022", "sources = revenue"),
    ("youxian-tuiyijunren-2024", "project 光荣院运行保障 rate"),
}
# The Dafeng Word table lists every project of the department (its 合计 row is 项目支出).
PROJECTS_COMPLETE: frozenset[str] = frozenset({"dafeng-ziranziyuan-2021"})

if __name__ == "__main__":
    sys.exit(check_folder(Path(__file__).resolve().parent, PLANTED, PROJECTS_COMPLETE))
