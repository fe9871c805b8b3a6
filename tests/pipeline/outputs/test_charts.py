"""The inline SVG charts: well-formed, escaped, and drawing what they are given."""
from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree

import pytest

from pipeline.outputs.charts import RED, Bar, Point, Stack, hbar_chart, scatter_chart, stacked_chart

SVG = "{http://www.w3.org/2000/svg}"
EVIL = "<script>alert(1)</script>局\"'&"


def _parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)  # raises on anything not well-formed XML


def _texts(root: ElementTree.Element) -> list[str]:
    return ["".join(e.itertext()) for e in root.iter(f"{SVG}text")]


CHARTS = {
    "hbar": lambda label: hbar_chart([Bar(label, Decimal("80.5"), label, marker=Decimal("85"), href="#r-x")],
                                     title=label, reference=Decimal(85)),
    "scatter": lambda label: scatter_chart([Point(Decimal(80), Decimal(95), label, label, flagged=True)],
                                           title=label, corner_x=Decimal(85), corner_y=Decimal(90),
                                           corner_label=label, x_label=label, y_label=label),
    "stacked": lambda label: stacked_chart([Stack(label, (Decimal(70), Decimal(30)), label)], title=label,
                                           segments=((label, "#000"), ("项目支出", "#111")), total=Decimal(100)),
}


@pytest.mark.parametrize("kind", sorted(CHARTS))
def test_charts_are_wellformed_and_escape_text(kind: str) -> None:
    svg = CHARTS[kind](EVIL)
    assert "<script>" not in svg
    root = _parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == EVIL  # the full text survives, as text
    assert not list(root.iter(f"{SVG}script"))


@pytest.mark.parametrize("chart", [
    lambda: hbar_chart([], title="t"),
    lambda: scatter_chart([], title="t", corner_x=Decimal(85), corner_y=Decimal(90), corner_label="c",
                          x_label="x", y_label="y"),
    lambda: stacked_chart([], title="t", segments=(("a", "#000"),)),
])
def test_empty_charts_say_so(chart) -> None:
    assert any("暂无数据" in t for t in _texts(_parse(chart())))


def test_hbar_draws_one_bar_per_row_with_reference_line() -> None:
    bars = [Bar(f"部门{i}", Decimal(60 + 10 * i), "") for i in range(4)]
    root = _parse(hbar_chart(bars, title="t", reference=Decimal(85)))
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    assert len(widths) == 4 and widths == sorted(widths)
    assert "85%" in _texts(root)
    assert "60.00" in _texts(root) and "90.00" in _texts(root)


def test_long_labels_are_cut_but_kept_in_the_tooltip() -> None:
    label = "广州市海珠区应急管理局下属某某事业单位 · 某某项目 · 2022"
    root = _parse(hbar_chart([Bar(label, Decimal(90), label)], title="t"))
    drawn = [t for t in _texts(root) if t.startswith("广州")]
    assert drawn and drawn[0].endswith("…") and len(drawn[0]) < len(label)
    assert label in ["".join(e.itertext()) for e in root.iter(f"{SVG}title")]


def test_scatter_marks_the_corner_points() -> None:
    points = [Point(Decimal(80), Decimal(95), "优低", "", flagged=True), Point(Decimal(98), Decimal(96), "好", "")]
    root = _parse(scatter_chart(points, title="t", corner_x=Decimal(85), corner_y=Decimal(90), corner_label="角",
                                x_label="x", y_label="y"))
    fills = [c.get("fill") for c in root.iter(f"{SVG}circle")]
    assert sorted(fills) == sorted([RED, "#2f6db5"])
    assert "优低" in _texts(root) and "好" not in _texts(root)  # only corner points are labelled
    corner = next(r for r in root.iter(f"{SVG}rect") if r.get("class") == "corner")
    assert float(corner.get("width")) > 0 and float(corner.get("height")) > 0


def test_stacked_segments_add_up_to_the_axis() -> None:
    root = _parse(stacked_chart([Stack("甲", (Decimal(75), Decimal(25)), "")], title="t",
                                segments=(("基本", "#0a0"), ("项目", "#00a")), total=Decimal(100)))
    bars = [r for r in root.iter(f"{SVG}rect") if float(r.get("height")) > 12]
    assert [r.get("fill") for r in bars] == ["#0a0", "#00a"]
    assert float(bars[0].get("width")) == pytest.approx(3 * float(bars[1].get("width")))


@pytest.mark.parametrize(("top", "expected"), [
    (1, [0, 1]), (5, [0, 2, 4]), (11, [0, 5, 10]), (100, [0, 25, 50, 75, 100]), (260, [0, 100, 200]), (0, [0]),
])
def test_ticks(top: float, expected: list[float]) -> None:
    from pipeline.outputs.charts import _ticks

    assert _ticks(top) == expected
