"""The dev report in PDF, DOCX and HTML (rendered here) yields the facts of its Markdown form."""
from __future__ import annotations

import html
import io
import re
import sys
from pathlib import Path

import pytest

from pipeline.reading.read import read_bytes
from pipeline.run import process_document
from schemas.facts import ReportFacts
from tests.conftest import shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import build_pdf  # noqa: E402

HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")


def source_lines() -> list[str]:
    text = (shared_dir() / "corpus" / "dev" / "haizhu-emergency-2022.md").read_text(encoding="utf-8")
    lines = []
    for raw in text.splitlines():
        line = re.sub(r"^#+\s*|\*\*", "", raw).strip()
        if line:
            lines.append(line)
    return lines


def as_pdf(lines: list[str]) -> bytes:
    writer = build_pdf.PdfWriter(build_pdf.font_named("ttf"), header=lines[0])
    writer.title(lines[0])
    for line in lines[1:]:
        if HEADING.match(line) and len(line) < 30:
            writer.heading(line)
        else:
            writer.paragraph(line)
    return writer.finish()


def as_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(lines[0], level=0)
    for line in lines[1:]:
        if HEADING.match(line) and len(line) < 30:
            document.add_heading(line, level=1 if "、" in line[:4] else 2)
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_html(lines: list[str]) -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
        f"{html.escape(lines[0])}_海珠区人民政府门户网站</title></head><body>"
        "<div class='nav'><a>首页</a><a>政务公开</a></div>"
        "<div class='xxgk'>索引号：11440105/2023-001 发布机构：海珠区应急管理局 发布日期：2023-05-01</div>"
        f"<div id='zoom'><h1>{html.escape(lines[0])}</h1>{body}</div>"
        "<div class='foot'>主办单位：海珠区人民政府办公室</div></body></html>"
    )
    return page.encode("utf-8")


def facts_of(data: bytes, name: str) -> ReportFacts:
    outcome = process_document(read_bytes(data, name))
    assert outcome.facts is not None, outcome.error
    return outcome.facts


def summary(facts: ReportFacts) -> dict[str, object]:
    meta = facts.meta
    return {
        "meta": (meta.department, meta.city, meta.county, meta.fiscal_year, meta.report_kind, meta.self_score, meta.grade),
        "budget": sorted((b.item, str(b.basis), b.value) for b in facts.budget_items),
        "projects": sorted((p.name, p.budget.value if p.budget else None) for p in facts.projects),
        "metrics": sorted((m.value, m.unit) for m in facts.metrics),
        "flags": sorted((f.rule, f.severity.value) for f in facts.flags),
        "findings": sorted((f.kind, f.ordinal) for f in facts.findings),
    }


@pytest.fixture(scope="module")
def markdown() -> dict[str, object]:
    path = shared_dir() / "corpus" / "dev" / "haizhu-emergency-2022.md"
    return summary(facts_of(path.read_bytes(), path.name))


@pytest.mark.parametrize("render, name", [(as_pdf, "haizhu.pdf"), (as_docx, "haizhu.docx"), (as_html, "haizhu.html")])
def test_same_facts_in_every_format(markdown, render, name) -> None:  # type: ignore[no-untyped-def]
    rendered = summary(facts_of(render(source_lines()), name))
    for key in markdown:
        assert rendered[key] == markdown[key], key
