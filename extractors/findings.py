"""The report's own problems (存在的问题) and next steps (改进措施, 下一步工作).

Items are the section's sub-headings, else its numbered paragraphs, else its
`一是…二是…` enumeration, else its paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractors.registry import register
from schemas.facts import Extraction, Finding
from schemas.provenance import Provenance
from schemas.text import Section, SegmentedDocument
from schemas.text.headings import numbering_of

NAME = "findings"
# `偏离绩效目标的原因和下一步改进措施` (the project template): its problems are the deviations
PROBLEM_TITLE = re.compile(r"问题|不足|差距|偏离")
MEASURE_TITLE = re.compile(r"措施|建议|改进|下一步|整改|打算|思路|努力方向")
# Lines that close a report rather than list a measure: the unit's name, the date, attachments.
CLOSING_LINE = re.compile(
    r"^\s*(?:附件|附表|[\u4e00-\u9fff()]{2,40}(?:局|委员会|委|办公室|中心|政府|办事处)\s*$|"
    r"(?:20\d{2}|二〇[一二三四五六七八九〇]{2})\s*年[^。]{1,6}日\s*$|[^。,;]{2,40}(?:绩效自评表|评价表)\s*$)"
)
# `一是…二是…`, `第一,…第二,…`, `其一,…其二,…`, `①…②…`, `：1.…;2.…` (a digit, never a decimal), `(一)…;(二)…`
ENUMERATION = re.compile(
    r"(?:^|[;。,:：\n])\s*(?P<ord>[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,、]|其[一二三四五六七八九十][,、]|[①-⑳]"
    r"|[(（]?\d{1,2}[.、)）](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）])"
)


def enumerated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of `text[start:end]` by its enumeration marks (`一是…二是…`, `1.…2.…`): their spans, each up
    to the next mark; none when fewer than two marks stand there."""
    # (on the slice: its first mark opens it, with no delimiter before it inside the slice)
    marks = [start + m.start("ord") for m in ENUMERATION.finditer(text[start:end])]
    return list(zip(marks, marks[1:] + [end])) if len(marks) >= 2 else []


@register(NAME, produces=("findings",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    findings: list[Finding] = []
    taken: list[Section] = []
    for section in doc.sections:
        kind = _kind(section.title)
        if kind is None or any(t.start <= section.start < t.end for t in taken):
            continue
        subs = [s for s in doc.sections if s.start > section.start and s.end <= section.end and s.level > section.level]
        if kind == "both":
            if not subs:  # `存在的问题：一是…` / `改进措施：一是…` paragraphs under one heading
                taken.append(section)
                findings.extend(_labelled_paragraphs(doc, section))
            elif not any(_is_label_heading(s.title) for s in subs):
                # `（一）…不足。（二）…` / `下一步：（一）…`: numbered items, the measures after their label
                taken.append(section)
                findings.extend(_labelled_paragraphs(doc, section, carry="problem"))
            continue  # otherwise its sub-sections are classified on their own
        taken.append(section)
        findings.extend(_items(doc, section, subs, kind))
    stated = {f.kind for f in findings}
    findings.extend(f for f in _form_rows(doc) if f.kind not in stated)
    return Extraction(findings=tuple(findings))


# A form's row labelled with what it holds (`存在问题 | 1.…2.…`, `改进措施 | …`): its text is the items.
MAX_ROW_LABEL_CHARS = 12
MIN_ROW_TEXT_CHARS = 8


def _form_rows(doc: SegmentedDocument) -> list[Finding]:
    """Problems and measures a form states in its own rows, for the kinds the text does not state."""
    out: list[Finding] = []
    ordinals = {"problem": 0, "measure": 0}
    for page in doc.document.pages:
        for index, table in enumerate(page.tables):
            origins = table.origin_grid()
            for r, row in enumerate(table.grid()):
                texts = [(c, (t or "").strip()) for c, t in enumerate(row) if (t or "").strip()]
                if len(texts) < 2 or len(texts[0][1]) > MAX_ROW_LABEL_CHARS:
                    continue
                kind = _kind(texts[0][1])
                body = next(((c, t) for c, t in texts[1:] if t != texts[0][1] and len(t) >= MIN_ROW_TEXT_CHARS), None)
                if kind not in ("problem", "measure") or body is None:
                    continue
                col, text = body
                spans = enumerated(text, 0, len(text)) or [(0, len(text))]
                origin = origins[r][col] or (r, col)
                for s, e in spans:
                    item = text[s:e].strip().rstrip(";；,，")
                    if item:
                        ordinals[kind] += 1
                        out.append(Finding(kind, ordinals[kind], item, Provenance(
                            page=page.number, extractor=NAME, evidence=item[:40], table=index, row=origin[0],
                            col=origin[1], location=table.location)))
    return out


# `其他需要说明的问题`: a catch-all section, not the report's problems.
# A heading's label followed, on the same line, by its items.
RUN_IN_LABEL = re.compile(r"[^:：。\n]{1,16}[:：。](?=[ \t]*[^\s:：。])")
NOT_FINDINGS_TITLE = re.compile(r"其他需要说明|需要说明的|其他说明|问题整改情况|整改落实情况")


def _labelled_paragraphs(doc: SegmentedDocument, section: Section, carry: str | None = None) -> list[Finding]:
    """Items of paragraphs that open with what they are: `存在的问题：一是…；二是…`.

    With `carry` (a section of both whose items are numbered: `（一）…不足。（二）…` then
    `下一步：（一）…`), a paragraph without a label continues the kind of the last label, `carry`
    before the first; the heading's own line and the closing lines are no items.
    """
    text = doc.text
    lead_pattern = _LEAD if carry is None else _LEAD_WITH_COLON
    if carry is not None:
        heading_end = text.find("\n", section.start)
        section = section if heading_end < 0 else replace(section, start=heading_end + 1)
    out: list[Finding] = []
    ordinals = {"problem": 0, "measure": 0}
    kind = carry
    heading_end = text.find("\n", section.start)
    for start, body in _labelled_pieces(text, section):
        if CLOSING_LINE.match(body):
            continue
        lead = lead_pattern.match(body)
        labelled = _kind(lead.group(0)) if lead else None
        offset = 0
        if lead is not None and labelled in ("problem", "measure"):
            kind, offset = labelled, len(lead.group(0))
        elif carry is None and kind is None and start > heading_end >= 0 and _problems_first(section.title):
            kind = "problem"  # `存在的问题及下一步打算` / `部分项目资金下达较晚…。下一步,…`: the problem comes first
        elif carry is None or kind is None:
            continue
        spans = enumerated(body, offset, len(body)) or [(offset, len(body))]
        for s, e in spans:
            item = body[s:e].strip().rstrip(";,")
            if item:
                ordinals[kind] += 1
                out.append(Finding(kind, ordinals[kind], item, doc.provenance(start + s, start + e, NAME)))
    return out


# What a paragraph opens with to say what it is: `存在的问题：`, `改进措施。`, `下一步，`; in a section
# of numbered items only a label with its colon (`（一）扑救技能不足。` is an item, not a label).
_LEAD = re.compile(r"^(?:[^:：。,]{1,12}[:：。]|下一步(?:工作|打算)?[,，])")
_LEAD_WITH_COLON = re.compile(r"^(?:[^:：。,]{1,12}[:：]|下一步(?:工作|打算)?[,，])")


# A label opening a piece of a line: `…滞后。改进措施:一是…` holds two labelled paragraphs.
# `…二是…。下一步,一是…`: 下一步 opens the next steps without a colon.
_INNER_LABEL = re.compile(r"(?<=[。;])(?:[^:：。,;]{1,12}[:：]|下一步(?:工作|打算)?[,，])")


def _labelled_pieces(text: str, section: Section) -> list[tuple[int, str]]:
    """The section's lines, each cut again where a problem or measure label opens inside it."""
    pieces = []
    for line in re.finditer(r"[^\n]+", text[section.start:section.end]):
        start, body = section.start + line.start(), line.group(0)
        cuts = [m.start() for m in _INNER_LABEL.finditer(body) if _kind(m.group(0)) in ("problem", "measure")]
        for a, b in zip([0, *cuts], [*cuts, len(body)]):
            pieces.append((start + a, body[a:b]))
    return pieces


# A sub-heading this short that names problems or measures labels a part (`（一）存在的问题`); a longer
# one is an item of its own (`（一）偏远山区防火通信覆盖不足`).
MAX_LABEL_CHARS = 10


def _is_label_heading(title: str) -> bool:
    core = re.sub(r"^\S{0,4}?[、.)）]", "", title).strip("。:： ")
    return len(core) <= MAX_LABEL_CHARS and _kind(core) in ("problem", "measure", "both")


def _problems_first(title: str) -> bool:
    """A heading of both that names the problems before the measures."""
    problem, measure = PROBLEM_TITLE.search(title), MEASURE_TITLE.search(title)
    return problem is not None and measure is not None and problem.start() < measure.start()


def _kind(title: str) -> str | None:
    core = re.sub(r"^\S{0,4}?[、.)]", "", title)
    if NOT_FINDINGS_TITLE.search(core):
        return None
    problem = bool(PROBLEM_TITLE.search(core))
    measure = bool(MEASURE_TITLE.search(core))
    if problem and measure:
        return "both"
    return "problem" if problem else "measure" if measure else None


def _items(doc: SegmentedDocument, section: Section, subs: list[Section], kind: str) -> list[Finding]:
    text = doc.text
    body_start = text.find("\n", section.start)
    body_start = section.end if body_start < 0 else body_start + 1
    run_in = RUN_IN_LABEL.match(text, section.start)
    if run_in and run_in.end() < body_start:
        body_start = run_in.end()  # a run-in heading: `(一)存在问题。一是…;二是…` on one line
    spans: list[tuple[int, int]] = []
    direct = [s for s in subs if s.level == min(x.level for x in subs)] if subs else []
    body = text[body_start:section.end]
    lines = [(m.start() + body_start, m.end() + body_start) for m in re.finditer(r"[^\n]+", body)]
    # the report closes at its signature, date or first annex: what follows is no item (an annexed form's lines)
    closing = next((k for k, ln in enumerate(lines) if CLOSING_LINE.match(text[ln[0]:ln[1]])), len(lines))
    lines = lines[:closing]
    numbered = [ln for ln in lines if numbering_of(text[ln[0]:ln[1]])]
    if direct and len(direct) >= len(numbered):
        spans = [(s.start, s.end) for s in direct]
    else:
        # (a one-sentence item can look like a heading; the numbered lines are the items then)
        if len(numbered) >= 2:
            spans = numbered
        else:
            spans = enumerated(text, body_start, section.end)
            if not spans:
                spans = lines
    if len(spans) == 1:
        # one line holding them all (`1.强化…。2.加强…`): its enumeration parts the items
        spans = enumerated(text, *spans[0]) or spans
    out = []
    for ordinal, (s, e) in enumerate(spans, start=1):
        item = text[s:e].strip().rstrip(";,")
        if item:
            out.append(Finding(kind, ordinal, item, doc.provenance(s, e, NAME)))
    return out
