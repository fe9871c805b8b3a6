"""First-level indicator scores stated in prose: `决策类指标15分得13.5分，过程类指标20分得17.2分…`,
`部门决策(15分)得14分，部门管理(25分)得24.2分…`.

A report without an indicator table may give each class of indicators its points and the score it
got in a sentence. Each is a first-level indicator row (`level_row`), with its weight and score.
The class names are the usual first-level ones (决策, 过程, 产出, 效益 …), with or without 类.
"""
from __future__ import annotations

import re

from extractors.registry import register
from extractors.table_values import parse_points
from schemas.facts import Extraction, Indicator
from schemas.text import SegmentedDocument

NAME = "narrative_indicators"
LEVEL_SCORE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<name>(?:决策|过程|产出|效益|效果|满意度|成本|管理|投入|履职)类?指标"
    # `部门决策(15分)得14分`: the unit's own dimension, its points in brackets
    r"|(?:部门|项目)(?:决策|过程|产出|效益|效果|管理|投入|履职))"
    r"(?:[(（](?:权重|分值|满分)?(?P<bracketed>\d{1,3}(?:\.\d)?)分[)）]|(?:权重|分值|满分|共)?(?P<weight>\d{1,3}(?:\.\d)?)分)"
    r"\s*[,，]?\s*(?:实际)?(?:得分为?|得|实得|自评得分为?)(?P<score>\d{1,3}(?:\.\d{1,2})?)分")
MIN_CLASSES = 2  # one class alone may be a sentence about that class, not the report's scores


@register(NAME, produces=("indicators",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    found = []
    for m in LEVEL_SCORE.finditer(doc.text):
        weight, score = parse_points(m.group("weight") or m.group("bracketed")), parse_points(m.group("score"))
        if weight is None or score is None:
            continue
        found.append(Indicator(name=m.group("name"), provenance=doc.provenance(m.start(), m.end(), NAME),
                               weight=weight, score=score, level_row=True))
    return Extraction(indicators=tuple(found) if len(found) >= MIN_CLASSES else ())
