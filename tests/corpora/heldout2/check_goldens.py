"""Check this held-out batch's goldens against their documents and arithmetic (see tests/corpora/golden_check.py).

    .venv/bin/python tests/corpora/heldout2/check_goldens.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check_folder  # noqa: E402
from make_heldout2 import PDF_SCAN_PAGE2  # noqa: E402

PLANTED = {
    ("bozhou-nongye-2023", "basic + project = total"),
    ("siping-shijian-2022", "indicator score <= weight: 食用农产品快速检测批次"),
    ("qiqihar-wenlv-2020", "grade matches the bands"),
}
# Documents whose project list is complete, so the projects must add up to 项目支出.
PROJECTS_COMPLETE = frozenset({"weibin-shuili-2019"})

if __name__ == "__main__":
    # The scanned page has pixels only (read by OCR at ingest): its builder's lines stand for its text.
    scanned = {"songshan-tuijun-2024": "".join(line for _, line in PDF_SCAN_PAGE2)}
    sys.exit(check_folder(Path(__file__).resolve().parent, PLANTED, PROJECTS_COMPLETE, scanned))
