"""Which way up a scanned page is: quarter turns from the lines' shape, up or down from the recogniser."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("rapidocr_onnxruntime")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from pipeline.reading.ocr.engine import detect, load_engine  # noqa: E402
from pipeline.reading.ocr.orientation import upright_turns  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
LINES = ["某县水利局2022年度项目支出绩效自评报告", "本项目年初预算数为860.00万元，全年预算数为920.00万元，",
         "全年执行数为874.32万元，预算执行率为95.03%。", "全年新建农村饮水工程12处，受益人口8600人。"]


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    """An upright page of text lines, with a label stacked one character under the other at its left."""
    if not FONT.exists():
        pytest.skip(f"needs the font {FONT} (Debian fonts-wqy-zenhei)")
    image = Image.new("RGB", (1190, 900), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 30)
    for k, line in enumerate(LINES):
        draw.text((160, 120 + 90 * k), line, fill="black", font=font)
    for k, ch in enumerate("绩效指标"):
        draw.text((60, 120 + 40 * k), ch, fill="black", font=font)
    return np.asarray(image)[:, :, ::-1].copy()  # BGR, as the OCR stage works


@pytest.mark.parametrize("k", [0, 1, 2, 3])
def test_the_quarter_turns_that_put_the_page_upright(page: np.ndarray, k: int) -> None:
    engine = load_engine(1)
    turned = np.ascontiguousarray(np.rot90(page, k))
    found = detect(engine, turned)
    assert found is not None
    assert upright_turns(engine, turned, found) == (4 - k) % 4


def test_nothing_detected_is_upright(page: np.ndarray) -> None:
    assert upright_turns(load_engine(1), page, []) == 0
