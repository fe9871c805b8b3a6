"""Projects named with amounts: `“执法综合业务费”项目全年预算数为80.17万元，执行数为80.17万元，完成预算的100%`.

A project mention is a quoted name followed closely by 项目 (or an unquoted
`X项目全年预算数`); its figures are the money and rates in the rest of that
clause group, up to the sentence end or the next project mention.
"""
from __future__ import annotations

import re

from extractors.labels import clause_head
from extractors.numbers import money, percent
from extractors.registry import register
from schemas.facts import Extraction, Project
from schemas.text import SegmentedDocument

NAME = "projects"
QUOTED = re.compile(r"“(?P<name>[^”\n]{2,60})”(?P<between>[^,。;“\n]{0,16}?)项目")
UNQUOTED = re.compile(r"(?:^|[,;。:\n])(?P<name>[\u4e00-\u9fff]{2,30}?)项目(?=(?:全年|年度)?(?:预算数|预算资金|预算))")
FIGURE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?:(?P<unit>亿元|万元|千元|元)|(?P<pct>%))")
END = re.compile(r"[。;\n]")
BUDGET_WORDS = re.compile(r"(?:预算数|预算|安排资金|涉及资金|资金|批复|下达|总投资|计划投资)$")
EXECUTED_WORDS = re.compile(r"(?:执行数|实际支出|已支出|支出|使用资金|使用|拨付|执行|完成投资)$")
RATE_WORDS = re.compile(r"(?:完成预算的|执行率|预算完成率|预算执行率|完成率)$")
FUND_SOURCES = ("政府性基金", "一般公共预算", "国有资本经营", "专项债券", "中央", "省级")
_CONNECTORS = re.compile(r"(?:为|是|达到|达|共计|共|约|已于本年度|本年度|全年)+$")


@register(NAME, produces=("projects",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    text = doc.text
    mentions = sorted(
        [(m.start(), m.end(), m.group("name"), m.group("between") if "between" in m.groupdict() else "")
         for m in QUOTED.finditer(text)]
        + [(m.start("name"), m.end(), m.group("name"), "") for m in UNQUOTED.finditer(text)],
    )
    projects: list[Project] = []
    for i, (start, end, name, between) in enumerate(mentions):
        stop = END.search(text, end)
        limit = stop.start() if stop else len(text)
        if i + 1 < len(mentions):
            limit = min(limit, mentions[i + 1][0])
        budget = executed = rate = None
        for f in FIGURE.finditer(text, end, limit):
            head = _CONNECTORS.sub("", clause_head(text, f.start()))
            if f.group("pct"):
                if rate is None and RATE_WORDS.search(head):
                    rate = percent(f.group("num"), f.group(0))
                continue
            figure = money(f.group("num"), f.group("unit"), f.group(0))
            if figure is None:
                continue
            if EXECUTED_WORDS.search(head) and executed is None:
                executed = figure
            elif BUDGET_WORDS.search(head) and budget is None:
                budget = figure
        if budget is None and executed is None:
            continue
        projects.append(Project(
            name=name.strip(), provenance=doc.provenance(start, limit, NAME),
            budget=budget, executed=executed, execution_rate=rate,
            fund_source=_fund_source(between + text[end:limit]),
        ))
    return Extraction(projects=tuple(projects))


def _fund_source(text: str) -> str | None:
    for source in FUND_SOURCES:
        if source in text[:30]:
            return source
    return None


