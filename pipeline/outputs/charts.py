"""Charts as inline SVG strings, drawn in Python so the HTML report needs no JavaScript library.

Each function takes plain typed records and returns one `<svg>` element; every text
that comes from a report goes through `esc` (labels, tooltips). Sizes are in SVG
user units; the SVG scales to its container (`width="100%"` with a viewBox).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

WIDTH = 760
LABEL_W = 230  # room for a department name on the left of horizontal bars
ROW_H = 22
TOP = 28
BOTTOM = 30
LABEL_PX = LABEL_W - 14  # a label longer than this is cut with …; the full text is in the tooltip

RED = "#c0392b"
AMBER = "#d98c1f"
BLUE = "#2f6db5"
TEAL = "#3a9d8f"
GREY = "#8a94a6"
PURPLE = "#7d4cb3"
SEVERITY_COLORS = {"error": RED, "warning": AMBER, "info": GREY}


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text_px(text: str, size: int = 12) -> float:
    """Rough drawn width: CJK characters are square, Latin ones a bit over half as wide."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.58 for ch in text)


def _short(label: str, max_px: float = LABEL_PX, size: int = 12) -> str:
    if _text_px(label, size) <= max_px:
        return label
    while label and _text_px(label + "…", size) > max_px:
        label = label[:-1]
    return label + "…"


def _svg(height: float, body: list[str], title: str, css_class: str, width: int = WIDTH) -> str:
    return (f'<svg class="chart {css_class}" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {width} {_num(height)}" width="{width}" aria-label="{esc(title)}">'
            f"<title>{esc(title)}</title>{''.join(body)}</svg>")


def _empty(title: str, css_class: str) -> str:
    return _svg(60, [f'<text x="{WIDTH / 2}" y="34" text-anchor="middle" fill="{GREY}">暂无数据 (no data)</text>'],
                title, css_class + " empty")


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal
    tooltip: str
    color: str = BLUE
    marker: Decimal | None = None  # a second value drawn as a tick (e.g. the stated rate)
    href: str | None = None  # in-page link, e.g. `#r-abc`


def hbar_chart(bars: Sequence[Bar], *, title: str, reference: Decimal | None = None, unit: str = "%",
               min_max: Decimal = Decimal(100), css_class: str = "hbar", width: int = WIDTH) -> str:
    """Horizontal bars, one per row, with an optional dashed reference line (e.g. 85%)."""
    if not bars:
        return _empty(title, css_class)
    top = float(max([min_max, *(b.value for b in bars), *(b.marker for b in bars if b.marker is not None)]))
    plot_w = width - LABEL_W - 60
    scale = plot_w / top if top > 0 else 0.0
    height = TOP + ROW_H * len(bars) + BOTTOM
    body: list[str] = []
    for tick in _ticks(top):
        x = LABEL_W + tick * scale
        body.append(f'<line x1="{_num(x)}" y1="{TOP - 6}" x2="{_num(x)}" y2="{height - BOTTOM}" stroke="#e3e7ee"/>'
                    f'<text x="{_num(x)}" y="{height - BOTTOM + 16}" font-size="11" text-anchor="middle" '
                    f'fill="{GREY}">{_num(tick)}{esc(unit)}</text>')
    for i, bar in enumerate(bars):
        y = TOP + i * ROW_H
        w = max(float(bar.value), 0.0) * scale
        end = max(w, float(bar.marker) * scale if bar.marker is not None else 0.0)  # value text clears the tick
        label = f'<text x="{LABEL_W - 8}" y="{y + 15}" font-size="12" text-anchor="end">{esc(_short(bar.label))}</text>'
        if bar.href:
            label = f'<a href="{esc(bar.href)}">{label}</a>'
        body.append(f'<g class="bar"><title>{esc(bar.tooltip)}</title>{label}'
                    f'<rect x="{LABEL_W}" y="{y + 4}" width="{_num(w)}" height="{ROW_H - 8}" fill="{bar.color}" rx="2"/>'
                    f'<text x="{_num(LABEL_W + end + 5)}" y="{y + 15}" font-size="11" fill="#333">'
                    f'{esc(f"{bar.value:.2f}")}</text>')
        if bar.marker is not None:
            mx = LABEL_W + float(bar.marker) * scale
            body.append(f'<line class="marker" x1="{_num(mx)}" y1="{y + 1}" x2="{_num(mx)}" y2="{y + ROW_H - 1}" '
                        f'stroke="#222" stroke-width="2"/>')
        body.append("</g>")
    if reference is not None:
        rx = LABEL_W + float(reference) * scale
        body.append(f'<line x1="{_num(rx)}" y1="{TOP - 8}" x2="{_num(rx)}" y2="{height - BOTTOM}" stroke="{RED}" '
                    f'stroke-dasharray="4 3"/><text x="{_num(rx + 3)}" y="{TOP - 12}" font-size="11" fill="{RED}">'
                    f'{esc(_num(float(reference)))}{esc(unit)}</text>')
    return _svg(height, body, title, css_class, width)


def _ticks(top: float) -> list[float]:
    """Axis ticks from 0: quarters for a percent axis, else a 1-2-5 step giving about four ticks."""
    if top <= 0:
        return [0.0]
    if 50 <= top <= 150:
        step = 25.0
    else:
        raw = top / 4
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
        step = max(step, 1.0) if top >= 1 else step  # counts: whole numbers
    ticks, t = [], 0.0
    while t <= top + 1e-9:
        ticks.append(t)
        t += step
    return ticks


@dataclass(frozen=True)
class Point:
    x: Decimal  # execution rate, percent
    y: Decimal  # self-score
    label: str
    tooltip: str
    flagged: bool = False  # in the highlighted corner
    href: str | None = None


def scatter_chart(points: Sequence[Point], *, title: str, corner_x: Decimal, corner_y: Decimal,
                  corner_label: str, x_label: str, y_label: str) -> str:
    """Self-score (y) against execution rate (x); the weak-rate/high-score corner is shaded red."""
    if not points:
        return _empty(title, "scatter")
    height, left, right, top, bottom = 420.0, 60.0, 30.0, 20.0, 50.0
    x_max = max(110.0, *(float(p.x) for p in points))
    x_min = min(50.0, *(float(p.x) for p in points))
    y_min = min(60.0, *(float(p.y) for p in points))
    y_max = max(100.0, *(float(p.y) for p in points))
    pw, ph = WIDTH - left - right, height - top - bottom

    def sx(v: float) -> float:
        return left + (v - x_min) / (x_max - x_min) * pw

    def sy(v: float) -> float:
        return top + (y_max - v) / (y_max - y_min) * ph

    body = [f'<rect class="corner" x="{_num(sx(x_min))}" y="{_num(sy(y_max))}" '
            f'width="{_num(sx(float(corner_x)) - sx(x_min))}" height="{_num(sy(float(corner_y)) - sy(y_max))}" '
            f'fill="{RED}" fill-opacity="0.10" stroke="{RED}" stroke-dasharray="4 3"/>'
            f'<text x="{_num(sx(x_min) + 6)}" y="{_num(sy(y_max) + 16)}" font-size="12" fill="{RED}">'
            f'{esc(corner_label)}</text>']
    for tick in range(int(x_min // 10 * 10), int(x_max) + 1, 10):
        if tick < x_min:
            continue
        body.append(f'<line x1="{_num(sx(tick))}" y1="{top}" x2="{_num(sx(tick))}" y2="{top + ph}" stroke="#eef1f5"/>'
                    f'<text x="{_num(sx(tick))}" y="{_num(top + ph + 16)}" font-size="11" text-anchor="middle" '
                    f'fill="{GREY}">{tick}%</text>')
    for tick in range(int(y_min // 10 * 10), int(y_max) + 1, 10):
        if tick < y_min:
            continue
        body.append(f'<line x1="{left}" y1="{_num(sy(tick))}" x2="{left + pw}" y2="{_num(sy(tick))}" stroke="#eef1f5"/>'
                    f'<text x="{left - 6}" y="{_num(sy(tick) + 4)}" font-size="11" text-anchor="end" '
                    f'fill="{GREY}">{tick}</text>')
    body.append(f'<text x="{_num(left + pw / 2)}" y="{height - 10}" font-size="12" text-anchor="middle">'
                f'{esc(x_label)}</text><text x="14" y="{_num(top + ph / 2)}" font-size="12" text-anchor="middle" '
                f'transform="rotate(-90 14 {_num(top + ph / 2)})">{esc(y_label)}</text>')
    for p in sorted(points, key=lambda p: p.flagged):  # flagged points drawn last, on top
        cx, cy = sx(float(p.x)), sy(float(p.y))
        dot = (f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{6 if p.flagged else 4.5}" '
               f'fill="{RED if p.flagged else BLUE}" fill-opacity="0.8" stroke="#fff"/>')
        if p.flagged:
            dot += (f'<text x="{_num(cx + 8)}" y="{_num(cy + 4)}" font-size="11" fill="{RED}">'
                    f'{esc(_short(p.label, 200, 11))}</text>')
        if p.href:
            dot = f'<a href="{esc(p.href)}">{dot}</a>'
        body.append(f'<g class="point{" flagged" if p.flagged else ""}"><title>{esc(p.tooltip)}</title>{dot}</g>')
    return _svg(height, body, title, "scatter")


@dataclass(frozen=True)
class Stack:
    label: str
    parts: tuple[Decimal, ...]  # one value per segment, same order as the chart's segment names
    tooltip: str
    href: str | None = None


def stacked_chart(stacks: Sequence[Stack], *, title: str, segments: Sequence[tuple[str, str]],
                  total: Decimal | None = None, unit: str = "", css_class: str = "stacked") -> str:
    """Horizontal stacked bars; `segments` are (name, color). `total` fixes the axis (100 for shares)."""
    if not stacks:
        return _empty(title, css_class)
    top = float(total if total is not None else max(sum(s.parts, Decimal(0)) for s in stacks)) or 1.0
    plot_w = WIDTH - LABEL_W - 60
    scale = plot_w / top
    height = TOP + ROW_H * len(stacks) + BOTTOM
    body = []
    x = LABEL_W
    for name, color in segments:  # legend
        body.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{color}"/>'
                    f'<text x="{x + 16}" y="16" font-size="12">{esc(name)}</text>')
        x += 24 + 13 * len(name)
    for tick in _ticks(top):
        tx = LABEL_W + tick * scale
        body.append(f'<line x1="{_num(tx)}" y1="{TOP}" x2="{_num(tx)}" y2="{height - BOTTOM}" stroke="#e3e7ee"/>'
                    f'<text x="{_num(tx)}" y="{height - BOTTOM + 16}" font-size="11" text-anchor="middle" '
                    f'fill="{GREY}">{_num(tick)}{esc(unit)}</text>')
    for i, stack in enumerate(stacks):
        y = TOP + i * ROW_H
        label = f'<text x="{LABEL_W - 8}" y="{y + 15}" font-size="12" text-anchor="end">{esc(_short(stack.label))}</text>'
        if stack.href:
            label = f'<a href="{esc(stack.href)}">{label}</a>'
        body.append(f'<g class="stack"><title>{esc(stack.tooltip)}</title>{label}')
        x0 = float(LABEL_W)
        for value, (_, color) in zip(stack.parts, segments, strict=False):
            w = max(float(value), 0.0) * scale
            if w > 0:
                body.append(f'<rect x="{_num(x0)}" y="{y + 4}" width="{_num(w)}" height="{ROW_H - 8}" fill="{color}"/>')
                if w > 34:
                    body.append(f'<text x="{_num(x0 + w / 2)}" y="{y + 15}" font-size="10" text-anchor="middle" '
                                f'fill="#fff">{esc(_num(float(value)))}</text>')
            x0 += w
        body.append("</g>")
    return _svg(height, body, title, css_class)
