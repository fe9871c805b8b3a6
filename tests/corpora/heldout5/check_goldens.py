"""Check the fifth held-out batch's goldens against their documents and against arithmetic.

    .venv/bin/python tests/corpora/heldout5/check_goldens.py

Reuses tests/corpora/golden_check.py. The two planted errors are listed in PLANTED; anything else
that does not add up is printed and makes the exit status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from golden_check import check_folder  # noqa: E402

PLANTED = {
    ("jinan-weijian-2019", "economic classes = basic"),
    ("xiqing-nongye-2023", "indicator scores = self_score"),
}
# No document of this batch lists all its projects.
PROJECTS_COMPLETE: frozenset[str] = frozenset()

if __name__ == "__main__":
    sys.exit(check_folder(Path(__file__).resolve().parent, PLANTED, PROJECTS_COMPLETE))
