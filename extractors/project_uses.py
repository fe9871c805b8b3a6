"""Projects named only in the list of what the project money went to.

`项目支出1,433.39万元。项目支出主要包括：文化惠民工程386.40万元、旅游公路沿线环境整治512.75万元、
文物保护单位修缮218.60万元等。` names three projects and what each spent, and nothing else does. Each
item of such a list (after 项目支出 and its marker, 其中 / 主要包括 / 主要用于) is a project with that
amount: spent when the list breaks down spending, its budget when it breaks down a budget. A
project a heading describes too is merged with it by name (`pipeline.extraction.resolve`).
"""
from __future__ import annotations

import re

from extractors.numbers import MONEY_UNIT, money
from extractors.registry import register
from schemas.facts import Extraction, Project
from schemas.text import SegmentedDocument

NAME = "project_uses"
# `项目支出1,433.39万元。项目支出主要包括：`, `项目支出2,635.17万元，其中`, `项目预算…，主要用于`
LIST_OPENING = re.compile(
    rf"项目(?P<kind>支出|预算)(?:\d+(?:\.\d+)?(?:{MONEY_UNIT})[,，。]\s*(?:项目(?:支出|预算))?)?"
    r"\s*(?:其中|主要包括|主要用于|包括|主要为)\s*[:：]?")
ITEM = re.compile(rf"(?P<name>[\u4e00-\u9fff“”]{{2,24}}?)\s*(?P<num>\d+(?:\.\d+)?)(?P<unit>{MONEY_UNIT})")
SEPARATOR = re.compile(r"\s*[、,，;；]\s*|\s*(?:和|及)\s*")
# Names that are kinds of spending or sources of money, never a project.
NOT_A_NAME = re.compile(r"基本支出|项目支出|人员经费|公用经费|财政拨款|上年结转|中央|省级|市级|县级|其他资金|合计|总计")
MIN_ITEMS = 2
HIGHLIGHTS = re.compile(r"\s*(?:重点|主要|优先)")


@register(NAME, produces=("projects",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    text = doc.text
    projects: list[Project] = []
    for opening in LIST_OPENING.finditer(text):
        if HIGHLIGHTS.match(text, opening.end()):
            continue  # `其中重点保障A…、B…`: the uses it singles out, not its projects
        items = _items(text, opening.end())
        if len(items) < MIN_ITEMS:
            continue
        spent = opening.group("kind") == "支出"
        for name, m in items:
            figure = money(m.group("num"), m.group("unit"), m.group(0))
            if figure is None:
                continue
            where = doc.provenance(m.start("name"), m.end(), NAME)
            projects.append(Project(name=name, provenance=where, budget=None if spent else figure,
                                    executed=figure if spent else None))
    return Extraction(projects=tuple(projects))


def _items(text: str, start: int) -> list[tuple[str, re.Match[str]]]:
    """The list's items from `start`: name and amount, one after another, up to the sentence's end."""
    out: list[tuple[str, re.Match[str]]] = []
    at = start
    while True:
        m = ITEM.match(text, at)
        if m is None:
            break
        name = m.group("name").strip("“”").removesuffix("项目")  # `古建筑修缮项目118.35万元`: as a table names it
        if NOT_A_NAME.search(name):
            return []  # a breakdown by kind or source, not by project
        out.append((name, m))
        sep = SEPARATOR.match(text, m.end())
        if sep is None or not sep.group(0):
            break
        at = sep.end()
    return out
