"""Projects named with amounts: `“执法综合业务费”项目全年预算数为80.17万元，执行数为80.17万元，完成预算的100%`.

A project mention is a quoted name followed closely by 项目 (or an unquoted
`X项目全年预算数`); its figures are the money and rates in the rest of that
clause group, up to the sentence end or the next project mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.labels import clause_head
from extractors.numbers import MONEY_UNIT, money, percent
from extractors.registry import register
from extractors.reportkind import detect_report_kind
from schemas.facts import Extraction, Project, ReportKind
from schemas.text import SegmentedDocument

NAME = "projects"
# A name a sentence gives as its own short form (`(以下简称“州数据中心”)实施项目…`) is the unit, not a project.
QUOTED = re.compile(r"(?<!简称)(?<!简称为)(?<!称为)“(?P<name>[^”\n]{2,60})”(?P<between>[^,。;“\n]{0,16}?)项目")
# A quoted name its budget follows at once: `“城乡低保资金”全年预算数为4,120.00万元`.
QUOTED_BUDGET = re.compile(r"“(?P<name>[^”\n]{2,60})”(?=(?:全年|年初|调整后)?(?:预算数|预算|安排资金))")
UNQUOTED = re.compile(
    r"(?:^|[,;。:\n])(?:(?P<name>[\u4e00-\u9fff]{2,30}?)项目|(?P<fund>[\u4e00-\u9fff]{2,30}?(?:经费|专项资金|补助资金|补贴资金)"
    # a fund named for what it pays (`城乡居民最低生活保障资金`), never money named by its source
    r"|(?!本|该|项目|财政|部门|单位|上级|中央|省|市|县|区|本级|年度|全年|其他)[\u4e00-\u9fff]{4,28}资金))"
    r"(?=(?:(?<=项目)[,，])?(?:全年|年度)?(?:预算数|预算资金|预算))"
)
# A numbered heading naming a project, its figures in the next sentence: `1.基本公共卫生服务项目。该项目全年预算数…`
HEADED = re.compile(r"(?:^|\n)[ ]*(?:\d{1,2}\s*[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*"
                    r"(?P<name>[^,:;。\n“”]{2,40}?(?:项目|工程))(?=。\s*(?:该|本|此)(?:项目|工程))")
# A numbered item naming a project, then its figures: `1.工业企业技术改造奖补资金,预算数为860.00万元`.
# A line that opens with a name and a colon, then its budget: `优抚对象抚恤和生活补助:全年预算4826.50万元,…`
NAMED_LINE = re.compile(r"(?:^|\n)[ ]*(?P<name>[^,:;。\n“”\d()]{2,30}?)\s*:(?=\s*(?:全年|年初|调整后)?(?:预算|安排))")
# A line that opens with a name glued to its budget, in a list of uses:
# `农村公路安全生命防护工程全年预算1,260.00万元,支出1,221.38万元,执行率96.93%;`
LINE_LED = re.compile(r"(?:^|\n)[ ]*(?P<name>[\u4e00-\u9fff]{4,30}?)(?=(?:全年|年初|调整后)?预算数?(?:为)?\d)")
# Names of the reporter or the year, never a project's (`我局部门全年预算…`, `本年度预算…`).
NOT_A_LISTED_NAME = re.compile(r"部门|单位|我局|本局|本年|全年|年度|当年|年初|调整|^(?:该|本|此)?项目")
# `农村公路养护工程(预算420万元,完成410万元,执行率97.6%)`
# A use named without such an ending, its brackets giving both budget and spending: `…主要用于…、森林防火(预算
# 160.00万元,支出151.36万元,执行率94.60%)等项目`. The list's verb (`主要用于`) opens no name.
BRACKETED = re.compile(r"(?:^|[,;。:\n、]|(?:主要)?用于|包括)(?!(?:主要)?用于|包括)"
                       r"(?:(?P<name>[\u4e00-\u9fff]{2,30}(?:工程|项目|经费|资金|补助|专项))\((?=[^)]{0,6}(?:预算|安排))"
                       r"|(?P<use>[\u4e00-\u9fff]{2,30})\((?=[^)]{0,6}预算[^)]{0,30}(?:支出|执行)))")
# `项目名称:城乡低保资金;预算金额:3210万元;实际支出:…`
LABELLED = re.compile(r"项目名称\s*[:：]\s*(?P<name>[^;；,，。:：\n]{2,40}?)\s*[;；,，](?=[^。\n]{0,12}(?:预算|安排|资金))")
ENUMERATED = re.compile(
    r"(?:^|\n)[ ]*(?:\d{1,2}\s*[.、]|[(]\d{1,2}[)]|[①-⑳])\s*(?P<name>[^,:;。\n“”]{2,40}?)\s*[,:]"
    r"(?=[^。\n]{0,10}(?:预算|安排|资金|执行|支出))"
)
# The same list run on inside a sentence: `全年实施项目3个：1.法律援助经费，预算98.00万元…；2.人民调解…`.
ENUMERATED_INLINE = re.compile(
    r"(?<=[:：;；])\s*(?:\d{1,2}\s*[.、]|[(]\d{1,2}[)]|[①-⑳])\s*(?P<name>[\u4e00-\u9fff][^,:;。\n“”]{1,39}?)\s*[,:]"
    r"(?=[^。\n]{0,10}(?:预算|安排|资金|执行|支出))"
)
PROJECT_NAME_END = re.compile(r"(?:项目|经费|资金|补助|补贴|工程|专项|建设|费)$")
# `县财政据此追加项目预算26.45万元`: what stands before 项目 ends in the verb that moved money, a clause, no name.
_ENDS_IN_A_GRANTING_VERB = re.compile(r"(?:追加|调增|调减|核减|追减|下达|批复|拨付)$")
NOT_A_PROJECT_NAME = re.compile(r"情况|预算|执行|收入|支出|资金来源|总体|整体|基本(?!公共)|总额|合计|小计|批复|财政局|财政厅")
FIGURE = re.compile(
    rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?:(?P<unit>{MONEY_UNIT})|(?P<pct>%)"
    r"|(?P<bare>(?<=率\d)|(?<=率\d\d)|(?<=率\d\d\d)|(?<=率\d\d\.\d)|(?<=率\d\d\.\d\d))(?=[,;。\n]))"
)
END = re.compile(r"[。;\n]")
# A mention that ends its clause at once (`(一)“森林防火”项目。`): a paragraph's heading.
HEADING_END = re.compile(r"\s*[。:：]")
_LINE_OPENING = re.compile(r"(?:^|\n)\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.]\s*)?[“\"]?$")
END_LINE = re.compile(r"[。\n]")
BUDGET_WORDS = re.compile(r"(?:预算数|预算|预算金额|安排资金|安排|涉及资金|资金|批复|下达|总投资|计划投资)$")
EXECUTED_WORDS = re.compile(r"(?:执行数|实际支出|已支出|支出|使用资金|使用|拨付|兑付|发放|支付|执行|完成投资|完成)[\u4e00-\u9fff]{0,4}?(?:资金)?$")
ADJUSTED_WORDS = re.compile(r"(?:调整后预算|调整后|全年预算数|全年预算|调整预算数|调整预算)$")
RATE_WORDS = re.compile(r"(?:完成预算的|执行率|预算完成率|预算执行率|完成率|发放率|支付率|兑付率|执行进度|支出进度)$")
FUND_SOURCES = ("政府性基金", "一般公共预算", "国有资本经营", "专项债券", "中央", "省级")
_CONNECTORS = re.compile(r"(?:为|是|达到|达|共计|共|约|已于本年度|本年度|全年)+$")


@dataclass(frozen=True)
class Mention:
    """A project named in the text: where its name stands and how far its figures run."""

    start: int
    end: int  # end of the name (and 项目)
    limit: int  # the figures that follow up to here are the project's
    name: str
    between: str  # words between the name and 项目 (`1个政府性基金预算`)


def find_mentions(doc: SegmentedDocument) -> list[Mention]:
    text = doc.text
    # (start, end of name, name, words before 项目, where its figures stop)
    found: list[tuple[int, int, str, str, re.Pattern[str]]] = [
        (m.start(), m.end(), m.group("name"), m.group("between"), END) for m in QUOTED.finditer(text)]
    found += [(m.start(), m.end(), m.group("name"), "", END) for m in QUOTED_BUDGET.finditer(text)]
    for m in UNQUOTED.finditer(text):
        group = "name" if m.group("name") else "fund"
        if not NOT_A_PROJECT_NAME.search(m.group(group)) and not _ENDS_IN_A_GRANTING_VERB.search(m.group(group)):
            # `X项目预算48.00万元`: 项目预算 is the budget's noun; `X项目全年预算…`: 项目 ends the name
            after = m.end() + (1 if text.startswith((",", "，"), m.end()) else 0)
            # `X子项目预算`: 子项目 names what it is, the budget's noun is 预算
            keeps = text.startswith(("全年", "年度"), after) or m.group(group).endswith("子")
            name = m.group(group) + ("项目" if group == "name" and keeps else "")
            found.append((m.start(group), m.end(), name, "", END))
    for pattern in (ENUMERATED, ENUMERATED_INLINE, NAMED_LINE, HEADED):
        found += [(m.start("name"), m.end("name"), m.group("name"), "", END) for m in pattern.finditer(text)
                  if _is_project_item(doc, m)]
    found += [(m.start("name"), m.end("name"), m.group("name"), "", END) for m in LINE_LED.finditer(text)
              if not NOT_A_LISTED_NAME.search(m.group("name")) and _is_project_item(doc, m)]
    for m in BRACKETED.finditer(text):
        group = "name" if m.group("name") else "use"
        if not NOT_A_PROJECT_NAME.search(m.group(group)):
            found.append((m.start(group), m.end(group), m.group(group), "", END))
    if detect_report_kind(doc) is not ReportKind.PROJECT:  # a project report's 项目名称 is the report's own
        # a labelled line (`项目名称:…;预算金额:…;实际支出:…`) runs to the sentence end, past its semicolons
        found += [(m.start("name"), m.end(), m.group("name"), "", END_LINE) for m in LABELLED.finditer(text)]
    found.sort(key=lambda f: (f[0], f[1]))
    mentions = []
    for i, (start, end, name, between, until) in enumerate(found):
        if HEADING_END.match(text, end) and _opens_line(text, start):
            until = END_LINE  # `(一)“森林防火”项目。` heads a paragraph: its figures follow in it
            end = HEADING_END.match(text, end).end()  # type: ignore[union-attr]
        stop = until.search(text, end)
        limit = stop.start() if stop else len(text)
        if i + 1 < len(found):
            limit = min(limit, found[i + 1][0])
        mentions.append(Mention(start, end, limit, name.strip(), between))
    return mentions


def _opens_line(text: str, start: int) -> bool:
    """The mention starts its line, after a numbering at most."""
    return bool(_LINE_OPENING.search(text[max(0, start - 8):start + 1 if text[start:start + 1] == "“" else start]))


def _is_project_item(doc: SegmentedDocument, m: re.Match[str]) -> bool:
    """`1.工业企业技术改造奖补资金,预算数为860.00万元…` under a projects heading, named like a fund,
    or followed by both a budget and a spending figure (`X:预算数为…,执行数为…`)."""
    name = m.group("name")
    if NOT_A_PROJECT_NAME.search(name):
        return False
    section = doc.section_at(m.start())
    in_projects_section = section is not None and any("项目" in title for title in section.path)
    line_end = doc.text.find("\n", m.end())
    rest = doc.text[m.end(): len(doc.text) if line_end < 0 else line_end]
    budget_and_spending = bool(re.search(r"预算|安排", rest)) and bool(re.search(r"执行数|支出|执行率|完成", rest))
    return in_projects_section or bool(PROJECT_NAME_END.search(name)) or budget_and_spending


@register(NAME, produces=("projects",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    text = doc.text
    projects: list[Project] = []
    for mention in find_mentions(doc):
        start, end, limit, name, between = mention.start, mention.end, mention.limit, mention.name, mention.between
        budget = executed = rate = None
        for f in FIGURE.finditer(text, end, limit):
            head = _CONNECTORS.sub("", clause_head(text, f.start()))
            if f.group("pct") is not None or f.group("bare") is not None:
                if rate is None and RATE_WORDS.search(head):
                    rate = percent(f.group("num"), f.group(0))
                continue
            figure = money(f.group("num"), f.group("unit"), f.group(0))
            if figure is None:
                continue
            if EXECUTED_WORDS.search(head) and executed is None:
                executed = figure
            elif ADJUSTED_WORDS.search(head):
                budget = figure  # the adjusted budget is the project's budget, over a 年初 one stated first
            elif BUDGET_WORDS.search(head) and budget is None:
                budget = figure
        if budget is None and executed is None:
            continue
        projects.append(Project(
            name=_name_as_listed(text, name.strip()), provenance=doc.provenance(start, limit, NAME),
            budget=budget, executed=executed, execution_rate=rate,
            fund_source=_fund_source(between + text[end:limit]),
        ))
    return Extraction(projects=tuple(projects))


def _name_as_listed(text: str, name: str) -> str:
    """`1.食品安全监督抽检项目：…` named `食品安全监督抽检` where the report lists it with its amount
    (`其中食品安全监督抽检412.86万元`): 项目 is the heading's word, not part of the name."""
    if not name.endswith("项目") or len(name) < 4:
        return name
    bare = name[:-2]
    return bare if re.search(re.escape(bare) + r"\s*\d", text) else name


def _fund_source(text: str) -> str | None:
    for source in FUND_SOURCES:
        if source in text[:30]:
            return source
    return None


