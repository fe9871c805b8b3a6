"""Narrative achievement metrics: `检查企业22279家次`, `逾10000人次`, `处罚金额1203.2万元`.

A metric is a number with a measure word (data/measure_words.txt), money or a
percent, that states something achieved. Not metrics: dates, years, ordinals
(`第6网格`), names with numbers (`二十大`, `800M`, `10·22`, `3个第一时间`),
targets (`12000人以上`, `不低于90%`), shares of a budget (`占…的18.67%`) and
budget figures (those belong to budget_items), money standards (`每生每年1000元`),
and counts of projects that set an evaluation's scope. The subject is the noun
phrase right after the measure word when the number modifies one (`9起生产安全事故`,
by jieba POS tags), else the clause head before the number (`检查企业22279家次`),
else the verb after it (`逾10000人次参与`), else the tail of the previous clause.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.budget import PREVIOUS_YEAR, about_one_project, earlier_figure, opening_year
from extractors.labels import clause_head, label_before, names_others_income, verb_after, verb_object
from extractors.numbers import (
    MONEY_FIGURE,
    MONEY_UNIT,
    TARGET_AFTER,
    TRANCHE_HEAD,
    half_unit,
    is_money_standard,
    money,
    percent,
)
from extractors.registry import register
from extractors.vocab import (
    alternation,
    funding_verbs,
    government_tiers,
    measure_word_lookalikes,
    measure_words,
    money_words,
    rates_of_things,
    site_chrome_pattern,
    spending_classes,
    whole_count_measure_words,
)
from schemas.facts import Extraction, Metric
from schemas.figures import Figure
from schemas.provenance import Provenance
from schemas.text import SegmentedDocument
from schemas.text.nlp import pos_tags

NAME = "metrics"
QUALIFIERS = {"约": "约", "近": "近", "逾": "逾", "超过": "超", "超": "超", "余": "余", "多": "余"}
_BREAK = re.compile(r"[,;。:\n!?()“”]")
_SENTENCE_END = "。;\n"
_LEADING_FILLER = re.compile(
    r"^(?:[一二三四五六七八九十]+是|、|和|及|以及|与|其中|全年|全区|全市|全县|全省|本年|共计|累计|共|并|同时|此外|另外|目前|已|年内|当年|"
    r"截至\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?|\d{4}年(?:度)?)+"
)
_TRAILING_CONNECTOR = re.compile(r"(?:(?<![行作认成因])为|达到|达|是|共计|共|累计|合计|约|近|逾|超过|超|有|了|分别|总计|计)+$")
_NOT_BEFORE = re.compile(r"(?:第|[A-Za-z\d.·\-/〔\[#№×÷*])$")
_TARGET_BEFORE = re.compile(r"(?:≥|≤|>|<|=|不低于|不少于|不超过|不高于|控制在|低于|高于|率不足|度不足|未达到|力争|目标为|目标值|计划|预计"
                            r"|(?:控制|目标|计划)指标(?:值)?|(?:的|省定|市定|下达|既定|预期)目标)$")
# A figure of an earlier year stated for comparison: the year's words right before it (which year is
# earlier: `budget.earlier_figure`).
_EARLIER_YEAR_FIGURE_HEAD = re.compile(rf"(?:{PREVIOUS_YEAR.pattern}|(?<!\d)20\d{{2}}年度?(?:同期)?)(?:的|为|是|[:：])\s*$"
                                       rf"|(?:比|较|与|同){PREVIOUS_YEAR.pattern}\s*$")
# The year's plan a result is measured against (`完成年度计划24个的108.33%`); `全年完成任务12项` is a result.
_PLAN_HEAD = re.compile(r"(?:年度|年初|全年)(?:(?!完成|实现|超额|超过)[\u4e00-\u9fff]){0,4}?(?:目标|任务|计划)(?:数|量)?(?:为|是|\()?\s*$")
# `…为年度计划18公里的103.3%`: the share of the plan done, a result whatever the sentence says of the plan.
_SHARE_OF_PLAN_HEAD = re.compile(r"(?:计划|任务|目标)[^,，。;；%]{0,14}的$")
# `…任务1.2万亩的105%`: the figure a share is taken of, the plan, not a result.
_BASE_OF_A_SHARE_AFTER = re.compile(r"的\d+(?:\.\d+)?%")
# A figure that is a goal by the noun after it (`高于省定97%的目标`).
_GOAL_AFTER = re.compile(r"的(?:目标|目标值|要求)|(?:控制|考核)(?:指标|目标)")
# A clause that opens with last year (`上年全县完成品种改良3860亩`, `…，上年完成22个`).
_LAST_YEAR_CLAUSE = re.compile(rf"\s*(?:{PREVIOUS_YEAR.pattern})")
# The rest of the money after the parts named (`其余513.40万元为…`, `剩余资金…`).
_REMAINDER_HEAD = re.compile(r"(?:其余|剩余|余下)(?:资金|部分|经费)?[为是]?\s*$")
# A sentence that sets targets: its numbers are goals, not achievements.
_TARGET_SENTENCE = re.compile(r"目标(?:为|是|:)|目标值|计划(?:完成|实现|新增|建设)(?!率)"
                              r"|(?<!完成)(?:年初|原|年度|全年)计划(?!的|生育|完成|执行|内|外)"
                              r"|预期(?:目标|指标)|年初设定|任务数为|拟")
_MONEY_CHANGE_RATE = re.compile(
    rf"\d(?:{MONEY_UNIT})\s*[,，、]?\s*(?:同比|比上年|较上年)?(?:增长|下降|减少|增加|上升|降低|增幅为?|降幅为?)了?\s*$")
# `项目支出较上年增长8.62%`: how a budget figure grew, its wording right before the comparison.
_BUDGET_WORD_CHANGE = re.compile(r"(?:预算|决算|收入|项目支出|基本支出|部门支出|总支出|支出总额|财政拨款)(?:总额|合计|总计|数)?"
                                 r"(?:同比|较|比)[^,，。;；]{0,8}?"
                                 r"(?:增长|下降|增加|减少|上升|降低)了?\s*$")
_NOT_ACHIEVED_HEAD = re.compile(r"扣分原因|扣分|[(（]其中\s*$|剩余[^,，。;；]{0,20}为\s*$"
                                # `尚未到位的86.00万元`, `已到位尚未支付的15.48万元`: money not yet come or spent
                                r"|(?:尚未|未|没有)(?:到位|支付|拨付|使用|支出|下达|兑付)(?:的[\u4e00-\u9fff]{0,8}|资金)?\s*$"
                                # `县级资金因财力紧张到位206.00万元`: the money that came, a budget figure
                                r"|(?:资金|经费|款项)[^,，。;；\d]{0,10}?(?:到位|到账)\s*$"
                                # `结余863.52万元，主要是2个标段的工程款…`: what the money left over is for
                                r"|(?:结余|结转)[^。;；]{0,30}?(?:主要是|主要原因是|原因是|主要为|系|为)\s*$")
_BUDGET_WORD = re.compile(r"预算|决算|资金|经费|拨款|支出|收入")
# The sample a satisfaction survey asked (`随机抽取120户牧户开展问卷调查`, `对300户农户开展问卷调查`): how the
# survey was made, not a result.
_SAMPLED_HEAD = re.compile(r"(?:抽取|抽查|抽样|选取)了?$|[对向][\u4e00-\u9fff]{0,6}$")
_SURVEYED_AFTER = re.compile(r"[^,，。;；]{0,16}?(?:问卷|满意度|回访|测评|访谈)")
_SAMPLED_UNITS = ("户", "人", "名", "位", "家", "人次", "个", "所")  # (`对120个防汛责任单位开展问卷调查`)
# A step of a scoring rule (`每推迟10天扣1分`, `每降低1个百分点扣0.5分`, `得该指标分值的80%`).
_SCORING_RULE_HEAD = re.compile(r"每(?:推迟|延迟|滞后|超过|超出|降低|下降|减少|低于|高于|少|多|差)[\u4e00-\u9fff]{0,2}$"
                                r"|(?:分值|满分|得分)的$|扣$")
# The document counting its own parts (`本工作簿共4张工作表`, `本报告共…页`, `附表3张`).
_OWN_PARTS_HEAD = re.compile(r"(?:本工作簿|本表|本报告|本文件|本文档|附表|附件)[^,，。;；]{0,6}$")
_SHORTFALL = re.compile(r"(?:较|比)(?:年度|全年|年初|原定|既定)?(?:计划|目标|任务|预期)(?:数|值)?(?:少|减少|短缺|差)了?\s*$")
# A rounding difference the report explains (`分项之和与合计存在0.01万元尾差`): no money achieved.
_ROUNDING_DIFFERENCE_AFTER = re.compile(r"的?(?:尾差|舍入误差|四舍五入)")
_BUDGET_RATE_CHANGE = re.compile(r"(?:预算)?执行率[^。;；]{0,24}?(?:提高|提升|增加|增长|上升|下降|降低|减少)了?\s*$")


def _budget_growth(text: str, start: int) -> bool:
    change = _BUDGET_WORD_CHANGE.search(text, max(0, start - 24), start)
    if change is not None and not names_others_income(text[:change.start()]):
        return True  # (`农民人均可支配收入较上年增长8.2%` is the economy's, a result)
    window = max(0, start - 60)
    change = _MONEY_CHANGE_RATE.search(text, window, start)
    if change is None:
        return False
    # the money's wording the nearest before it: `实现旅游收入2.86亿元，同比增长12.4%` is the economy's
    words = list(_BUDGET_WORD.finditer(text, window, change.start()))
    return bool(words) and not names_others_income(text[:words[-1].end()])


PAGE_COUNTER = re.compile(r"(?:第\s*\d+\s*页\s*[/／]?\s*)?(?:总|全文)?共\s*\d+\s*页|页数\s*[:：]\s*\d+"
                          r"|\.(?:docx?|pdf|wps|xlsx?)\s*[(（]\s*\d+\s*页|已阅读\s*\d+\s*页|还剩\s*\d+\s*页")
# How often money was moved (`先后3次追加…经费`, `分2批下达`): the budget's history, not a result.
_TIMES = ("次", "批", "批次", "轮")
_MOVES_MONEY = ("budget_addition", "budget_reduction", "budget_adjusted", "funds_received")
_SHARE_HEAD = re.compile(r"占(?!比)[^,;。]{0,30}$")
# Money in tranches (`第一批3,800.00万元`) and the price of money (`票面利率3.38%`): how funds came, no result.
# Money handed out in a list (`下达至4个乡镇，具体是：下达A镇286.40万元；B镇241.60万元`), and the count of those
# it went to: allocations, not results.
_HAND_DOWN = r"(?:下达|分配|拨付|下拨)"
_ALLOCATION_LIST = re.compile(rf"{_HAND_DOWN}[^。\n]{{0,30}}?(?:具体是|具体为|分别为|分别是)")
_CHANGE_VERBS = r"(?:增加|减少|下降|增长|上升|节约|节省|降低|压减)"
_MONEY_CHANGE_HEAD = re.compile(rf"(?:较|比)[^，,。；;]{{0,24}}?{_CHANGE_VERBS}了?$")
# Rates of money, or of beds and seats: the words before say which (`data/rates_of_things.txt`).
_THINGS_RATES = frozenset(rates_of_things())
_MONEY_WORDS = re.compile(alternation(money_words()))
_TO_RECIPIENTS_HEAD = re.compile(rf"{_HAND_DOWN}(?:至|到|给)?$")
# Money the sentence says is outside the unit's budget (`不纳入本站部门预算`, `不列入本部门预算收支`).
# …or outside its income (`罚没收入386.20万元全额缴入县级国库，不列入本局收入`): the treasury's money; or
# outside what the report evaluates (`…资金50.00万元…单独核算，不纳入本项目自评范围`).
# `罚没款86.50万元已全额缴入国库`: money the unit collected for the treasury, no result of its spending.
_TO_THE_TREASURY = re.compile(r"(?:缴入|上缴|解缴|缴交)[\u4e00-\u9fff]{0,4}?国库")
# A later sentence of the paragraph putting the money before it outside: `这两笔资金由各自单位管理和核算，不在本项目
# 预算内`, `上述资金不属于本单位收支`.
_OUTSIDE_LATER = re.compile(r"(?:^|[。;])\s*(?:这|上述|以上|该|此)[\u4e00-\u9fff\d]{0,3}(?:笔|项)?(?:资金|款项|经费)"
                            r"[^。;\n]{0,30}?(?:不属于|不在|不纳入|未纳入|不列入|不计入)本?(?:单位|部门|项目|预算|收入|收支)")
_OUTSIDE_BUDGET = re.compile(r"(?:不|未|没有)(?:纳入|列入|计入|作为)[^。；;,，]{0,8}(?:预算|收入|自评范围|评价范围)")
# Where the work was done, not what was done: `在4个村寨修缮…`, `在6个乡镇的结余`.
_PLACES_AFTER = re.compile(r"(?:乡镇|乡|镇|村寨|村屯|行政村|村|社区|街道|县|区|市|片区|地区|学校|站点)")
# A whole the next count is a share of: `全县289个行政村中236个建有服务点` (289 is the county's, not a result).
_WHOLE_BEFORE = re.compile(r"(?:全|辖区)[县市区乡镇省州旗盟村]?(?:共有|共)?$")
_SHARE_OF_IT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:中|当中)[,，]?(?:已有|有|已)?\d|[\u4e00-\u9fff]{1,6}?每")
# A rate per place and time (`每村每月放映1场`): a standard of service, not a count done.
_PER_PER_HEAD = re.compile(r"每[\u4e00-\u9fff]{1,3}每[\u4e00-\u9fff]{1,4}$")
# A count set per head as a standard: `每村每月放映1场的标准` (`标准化` is another word).
_PER_HEAD = re.compile(r"每[\u4e00-\u9fff]{1,8}$")
_BY_STANDARD_HEAD = re.compile(r"按照?[^,;。，；]{0,30}$")
# ... the standard named after it, or the reckoning it is the terms of (`全年在校200天测算`).
_STANDARD_NOUN_AFTER = re.compile(r"的?标准(?!化)|\s*(?:测算|计算|核算|核定)")


# Money handed down to the governments below (`全年下达各市（地）和省直管县…补助资金38.26亿元`): theirs to spend,
# not the department's result (money paid to those it serves, `向村卫生室拨付`, is one).
_TO_LOWER_GOVERNMENTS = re.compile(rf"(?:{_HAND_DOWN}|转移支付)(?:给|至|到)?(?:各(?:市|县|区|乡|镇|地|州|盟|旗)|市县|县区|县市区|乡镇)"
                                   # `拨付各乡镇卫生院…`: a service unit the money pays, a result
                                   r"(?![\u4e00-\u9fff]{0,3}(?:卫生院|卫生室|医院|学校|中心|站|所|幼儿园|服务))")
# A money figure restated in another unit in its own brackets (`131202.80万元(约13.12亿元)`): the same money.
_RESTATED_MONEY = re.compile(rf"\d(?:{MONEY_UNIT})\s*[(（]\s*(?:约|合|折合|即)?$")
# The budget's size (`部门预算总规模1.36亿元`): a budget figure, whatever wording no item names.
_BUDGET_SIZE_HEAD = re.compile(r"(?:预算|资金|经费)总?规模[为是达:：]?$")
_PRICE_OF_MONEY_HEAD = re.compile(r"(?:利率|贴息率|费率|税率)[为是:：]?$")
# `管网漏损率由改造前的18%下降至9.6%`: the first figure is the baseline (no achievement), the
# second the level reached, whose subject is what stands before 由/从.
_CHANGE_TO = r"(?:下降|降低|减少|提高|提升|增加|增长|上升|缩短|压缩)(?:至|到|为)"
_BASELINE_AFTER = re.compile(rf"[^,;。\d]{{0,4}}{_CHANGE_TO}")  # matched at the figure's end
_FROM_BEFORE = re.compile(r"(?:由|从)[^,;。]{0,12}$")
_LEVEL_HEAD = re.compile(rf"^(?P<topic>[^,;。]{{2,30}}?)(?:由|从)[^,;。]{{0,20}}?{_CHANGE_TO}$")
# `…普及率达到98.2%,较上年提高1.5个百分点`: a change whose topic is the clause before; the base of
# the comparison goes (`X提高`), a 同比 / 环比 stays part of the wording.
_COMPARED_BASE = r"(?:较|比|相比)(?:上年|去年|上一年|上年度|上年同期|改造前|实施前|项目实施前|年初)?(?:同期)?"
_COMPARED_HEAD = re.compile(rf"^(?:{_COMPARED_BASE}|(?=同比|环比))")
_COMPARED_INSIDE = re.compile(r"(?:较|相比|比)(?:上年|去年|上一年|上年度|上年同期|改造前|实施前|项目实施前|年初)(?:同期)?"
                              r"(?=(?:提高|提升|增加|增长|上升|下降|降低|减少))")
_NOUN_FLAGS = ("n", "vn", "l", "j", "nz", "nr", "ns", "nt", "an", "i")
MAX_SUBJECT_CHARS = 24
# A number right after another and a range sign is a range's end (`0—6岁儿童`), not a count.
_RANGE_END = re.compile(r"\d\s*[—–\-~～至到]\s*$")
# Sections that describe the unit or the funds, where numbers are scope, not achievement.
# ... and the evaluation's own work (`二、评价工作开展情况`: `抽查了8家镇卫生院…，电话回访服务对象600人`): how the
# evaluation was made, not what the money achieved.
_DESCRIPTIVE = re.compile(r"概况|基本情况|主要职能|职能职责|机构设置|机构与人员|人员情况|资金来源|立项|项目内容"
                          r"|(?:评价|自评)工作(?:开展|组织|实施){0,2}(?:情况|过程)|(?:评价|自评)(?:的)?(?:组织实施|方法|方式|过程|依据)")
# Sections that account for money (`项目支出情况`, `资金使用情况`), not for what it achieved.
# Money said to be spent on something (`湿地修复工程支出862.40万元`) is an achievement wherever it stands.
_SPENDING_SUBJECT = re.compile(r"(?:支出|发放|拨付|兑付|使用)$")
# The report's problems and next steps: their figures are shortfalls and plans.
_FINDINGS_SECTION = re.compile(r"存在(?:的)?(?:主要)?问题|问题(?:和|及|与)|不足|改进(?:措施|意见|方向)|整改|下一步|工作(?:打算|思路|建议)")
# Counts of an evaluation's indicators or of the projects a budget funded: scope, not achievement.
_SCOPE_COUNT = re.compile(r"(?:一级|二级|三级|绩效|评价)指标$|^(?:设置)?指标$|^(?:上述|全年|共|本年)?(?:实施|涉及|安排|开展)?(?:的)?(?:重点|主要)?项目$|实施项目$")
_BUDGET_SECTION = re.compile(r"^(?!.*绩效).*(?:(?:收支|支出|预算)(?:安排|执行)?情况|资金(?:使用|安排|管理)|收入情况)")


@functools.lru_cache(maxsize=1)
def _figure_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(w) for w in measure_words())
    return re.compile(
        r"(?P<pre>约|近|逾|超过|超)?(?P<num>\d+(?:\.\d+)?)"
        r"(?:(?P<money>" + MONEY_UNIT + ")|(?P<pp>个百分点)|(?P<pct>%)|(?P<pm>‰)|(?P<mult>万|亿)?(?P<post>余|多)?(?P<unit>" + units + ")"
        # people counted by the noun that names them (`巩固提升了1.86万农村人口的饮水保障`): persons
        r"|(?P<people_mult>万|亿)?(?P<people>(?![年月日])(?:(?!\d)[\u4e00-\u9fff]){0,4}?人口))"
    )


PERSONS = "人"


@dataclass(frozen=True)
class MetricMatch:
    start: int
    end: int
    figure: Figure
    unit: str
    qualifier: str
    subject: str


# A rank among others, not a count (`全县前100名中我校学生31人`).
_RANK_BEFORE = re.compile(r"前$")
# A list's number glued to the count that opens its item, at a line's start (`7.21个司法所`).
LIST_NUMBER_BEFORE_COUNT = re.compile(r"(?m)(?<=^)[ \t]*\d{1,2}[.．](?=\d+(?!个百分点)"
                                      rf"{alternation(whole_count_measure_words())}(?![次\d]))")


def find_metrics(text: str) -> list[MetricMatch]:
    """Every achievement metric in a text (pure: offsets into `text`)."""
    out: list[MetricMatch] = []
    last_end = 0
    chrome = site_chrome_pattern()
    own_year = opening_year(text)
    counters = [c.span() for c in PAGE_COUNTER.finditer(text)]
    # `7.21个司法所…` opening a line: item 7 of a list, then 21 of them (a count has no decimals)
    text = LIST_NUMBER_BEFORE_COUNT.sub(lambda n: " " * len(n.group(0)), text)
    for m in _figure_pattern().finditer(text):
        if any(a <= m.start() < b for a, b in counters):
            continue  # `第1页 / 共27页`: a document site's page counter, wherever lines were joined
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if chrome.search(text, line_start, line_end if line_end >= 0 else len(text)):
            continue  # a counter or note of the page the report was published on
        match = _to_metric(text, m, last_end, own_year)
        if match is not None:
            out.append(match)
            last_end = m.end()
    return out


def _to_metric(text: str, m: re.Match[str], last_end: int, own_year: int | None) -> MetricMatch | None:
    start, end = m.start("num"), m.end()
    before = text[max(0, m.start() - 6):m.start()]
    after = text[end:end + 4]
    if _NOT_BEFORE.search(before) or _TARGET_BEFORE.search(before) or TARGET_AFTER.match(text[end:end + 6]):
        return None
    if m.group("unit") == "个" and re.match(r"^[第“\"]", after):
        return None
    if m.group("unit") in ("名", "位") and _RANK_BEFORE.search(text, max(0, m.start() - 1), m.start()):
        return None  # `全县前100名`: a rank among others, not a count
    if m.group("unit") and text.startswith(measure_word_lookalikes(), m.start("unit")):
        return None  # `2020人口普查`, `1 根据…`: the measure word begins another word
    if m.group("unit") in _TIMES and _money_moved(text, end):
        return None
    if (m.group("unit") and _STANDARD_NOUN_AFTER.match(text, end)
            and (_PER_HEAD.search(text, max(0, m.start() - 8), m.start())
                 or _BY_STANDARD_HEAD.search(text, max(0, m.start() - 30), m.start()))):
        return None  # `按每村每月放映1场的标准`, `按每生每天5元、全年在校200天测算`: a standard, not a count achieved
    if m.group("unit") == "个" and text[m.start() - 1:m.start()] == "在" and _PLACES_AFTER.match(text, end):
        return None  # `在4个村寨修缮鼓楼…`: the places the work was done in
    if m.group("unit") and _WHOLE_BEFORE.search(text, max(0, m.start() - 5), m.start()) and (
            _SHARE_OF_IT_AFTER.match(text, end) or (m.group("unit") == "个" and _PLACES_AFTER.match(text, end))):
        # `全县289个行政村中236个…`, `全县273个行政村每村…`: the whole a share or a standard is of; `辖区6个村…`:
        # the area's own places
        return None
    if m.group("unit") and _PER_PER_HEAD.search(text, max(0, m.start() - 10), m.start()):
        return None  # `每村每月放映1场`: how often, not how much
    if _SCORING_RULE_HEAD.search(text, max(0, m.start() - 8), m.start()):
        return None  # `每推迟10天扣1分`, `基本达到得该指标分值的80%`: a scoring rule's step, no result
    if m.group("unit") and _OWN_PARTS_HEAD.search(text, max(0, m.start() - 12), m.start()):
        return None  # `本工作簿共4张工作表`, `本报告附表3张`: the document's own parts
    if m.group("unit") in _SAMPLED_UNITS and _SURVEYED_AFTER.match(text, end) \
            and _SAMPLED_HEAD.search(text, max(0, m.start() - 8), m.start()):
        return None  # `随机抽取120户牧户开展问卷调查`: the survey's sample
    if _SHORTFALL.search(text, max(0, m.start() - 12), m.start()):
        return None  # `改造数量较计划少2个`, `较年度目标少4天`: what was not done
    if m.group("money") and _ROUNDING_DIFFERENCE_AFTER.match(text, end):
        return None
    if m.group("pp") and _BUDGET_RATE_CHANGE.search(text, max(0, m.start() - 40), m.start()):
        return None  # `预算执行率97.42%，较上年提高1.05个百分点`: the budget's rate, not a result
    if m.group("pct") and _budget_growth(text, m.start()):
        return None  # `预算较上年增加498.22万元，增长8.69%`: how much the budget grew, not a result
    if re.match(r"^[A-Za-z]", after) and m.group("unit") in ("米", "个"):
        return None
    sentence_start = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    if _RANGE_END.search(text[max(sentence_start, start - 8):start]):
        return None  # `0—6岁儿童`, `1—3月`: the end of a range that qualifies something
    if _NOT_ACHIEVED_HEAD.search(text, sentence_start, m.start()):
        return None  # `扣分原因是1个…未能完工`, `(其中1个尚在收尾)`, `剩余…为1个…的尾款`: not a result
    if m.group("money") and (is_money_standard(text, start, m.end(), sentence_start)
                             or TRANCHE_HEAD.search(text, max(sentence_start, start - 8), start)):
        return None
    if m.group("pct") and _PRICE_OF_MONEY_HEAD.search(text, max(sentence_start, start - 8), start):
        return None
    period_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    if m.group("money") and _ALLOCATION_LIST.search(text, period_start, start):
        return None
    if m.group("money") and _budget_item_changed(text[max(sentence_start, start - 30):start]):
        return None  # `与上年相比，调整后预算增加6083.45万元`: how a budget figure changed
    if m.group("money") and _MONEY_CHANGE_HEAD.search(text, max(sentence_start, start - 30), start):
        return None  # `较年初预算7.50万元减少0.68万元`: how a figure changed, not a result
    if _TO_RECIPIENTS_HEAD.search(text, max(sentence_start, start - 4), start):
        return None
    if m.group("money") and _TO_LOWER_GOVERNMENTS.search(text, sentence_start, start):
        return None
    if m.group("money") and _TO_THE_TREASURY.search(text, sentence_start, _sentence_end(text, end)):
        return None
    paragraph_end = text.find("\n", end)
    if m.group("money") and _OUTSIDE_LATER.search(text, _sentence_end(text, end), len(text) if paragraph_end < 0 else paragraph_end):
        return None  # money the paragraph then says is not the unit's
    if m.group("money") and _OUTSIDE_BUDGET.search(text, sentence_start, _sentence_end(text, end)):
        return None  # `…资金2.86亿元由项目业主单位直接拨付被征收人，不纳入本所部门预算`: another's money
    if m.group("money") and (_RESTATED_MONEY.search(text, max(sentence_start, start - 16), start)
                             or _BUDGET_SIZE_HEAD.search(text, max(sentence_start, start - 10), start)
                             or _allocated(text, m.start(), end)):
        return None  # `…(约13.12亿元)`, `预算总规模1.36亿元`, `批复下达我市三包经费2.46亿元`: budget money
    if m.group("money") or m.group("pct"):
        # `项目支出执行率(92.46%)`: a figure in brackets right after its wording is named by it
        label = label_before(text, m.start() - 1 if text[m.start() - 1:m.start()] == "(" else m.start())
        if label is not None and not (m.group("pct") and label.item is None and label.label in _THINGS_RATES
                                      and not _MONEY_WORDS.search(text, max(sentence_start, start - 12), start)):
            return None  # a budget figure or a money rate (`床位使用率88.6%` is no money's rate: a result)
        if m.group("money") and about_one_project(text[sentence_start:start]):
            return None
        if m.group("money") and earlier_figure(clause_head(text, m.start()), own_year):
            return None  # `比上年决算数1974.12万元增加126.42万元`: last year's money and the change from it
    earlier = _EARLIER_YEAR_FIGURE_HEAD.search(text, max(0, m.start() - 12), m.start())
    if earlier and earlier_figure(earlier.group(0), own_year):
        return None  # `上年为11352家次`, `比上年的15.86万人次增长…`, `2020年为…`: the figure compared with
    # `年度计划新建13处，实际建成12处`: the plan's figure, then the result
    since_plan = text[sentence_start:start]
    since_plan = since_plan[since_plan.rfind("实际"):] if "实际" in since_plan else since_plan
    share_of_plan = bool(m.group("pct")) and bool(_SHARE_OF_PLAN_HEAD.search(text, max(sentence_start, start - 20), start))
    if not share_of_plan and (_TARGET_SENTENCE.search(since_plan)
                              or _PLAN_HEAD.search(text, max(sentence_start, start - 8), start)):
        return None  # `完成年度任务8万平方米的107.5%`, `超过年度目标5000亩`: the plan it is measured against
    if not m.group("pct") and _BASE_OF_A_SHARE_AFTER.match(text, end):
        return None  # `完成年度造林任务1.2万亩的105%`: the base of the share after it
    if _GOAL_AFTER.match(text, end):
        return None  # `高于省定97%的目标`: the goal a result beat
    if _LAST_YEAR_CLAUSE.match(clause_head(text, m.start())):
        return None  # `上年全县完成品种改良3860亩`: last year's result, for comparison
    if m.group("money") and _REMAINDER_HEAD.search(text, max(sentence_start, start - 6), start):
        return None  # `其余513.40万元为…小额项目支出`: the rest of the money, no result
    if _BASELINE_AFTER.match(text, end) and _FROM_BEFORE.search(text, sentence_start, m.start()):
        return None
    head = _clause_head(text, m.start(), last_end)
    if m.group("money") and _source_share_head().match(head.strip()):
        return None
    if m.group("pct") and _SHARE_HEAD.search(text[sentence_start:start]):
        return None
    figure, unit = _figure(m)
    if figure is None:
        return None
    if _is_scope_count(text, m, sentence_start) or _reckoned_by_standard(text, m, sentence_start):
        return None
    qualifier = QUALIFIERS.get(m.group("pre") or "", "") or QUALIFIERS.get(m.group("post") or "", "")
    subject = m.group("people") or _subject(text, head, end, m.start())
    return MetricMatch(m.start(), end, figure, unit, qualifier, subject)


_CHANGE_VERB_END = re.compile(rf"{_CHANGE_VERBS}了?\s*$")


@functools.lru_cache(maxsize=1)
def _source_share_head() -> re.Pattern[str]:
    """Money named only by the tier whose it is (`其中上级资金179.25万元`, `县级配套80万元`): a source's share."""
    tiers = alternation(word for tier in government_tiers() for word in (*tier.words, "本"))
    return re.compile(rf"^(?:其中)?[:：]?\s*(?:{tiers})(?:级|本级)?(?:财政)?(?:补助|配套|衔接|转移支付)?(?:资金|拨款|补助|配套)?$")


def _budget_item_changed(head: str) -> bool:
    """The words before a money figure are a budget item's wording and a change (`本年支出增加`)."""
    change = _CHANGE_VERB_END.search(head)
    if change is None:
        return False
    label = label_before(head[:change.start()], change.start())
    return label is not None and label.item is not None


def _allocated(text: str, start: int, end: int) -> bool:
    """Money a verb allocated (`批复下达…经费`, `中央拨付…资金`, `…资金105万元已全部到位`), not money
    paid out to those it serves (`向村卫生室拨付…资金`, `发放…补助资金`: a result)."""
    moved = verb_object(text, start) or verb_after(text, end)
    return moved is not None and moved.item != "expenditure_total"


def _money_moved(text: str, end: int) -> bool:
    after = text[end:end + 6]
    return after.startswith(("拨付", "调整")) or any(
        after.startswith(verb) for verb, code in funding_verbs() if code in _MOVES_MONEY)


# `对全部31个项目开展绩效自评`, `“优”的项目22个`, `为2个研发项目未通过…的结余`: counts of projects that set
# the scope of an evaluation or explain the money, not things achieved.
_SCOPE_SENTENCE = re.compile(r"自评|(?<!影响)评价|选取|抽取|纳入|结余|结转|暂缓|[优良中差][”\"]?的项目")  # (环境影响评价 is a service)


_QUOTES = re.compile(r"[“”\"‘’]")  # a class named in quotes (`“三公”经费`) is the class
_GRADE_BUCKET_BEFORE = re.compile(r"[优良中差][”\"]?(?:等级)?的$")
_GRADED_UNITS = re.compile(r"项目|自评结果|评价结果|自评等级|评价等级")


def _is_scope_count(text: str, m: re.Match[str], sentence_start: int) -> bool:
    if m.group("unit") not in ("个", "项"):
        return False
    if _GRADE_BUCKET_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        # `23个项目中，自评等级为“优”的19个，“良”的4个`: projects counted by grade
        return bool(_GRADED_UNITS.search(text, text.rfind("。", 0, m.start()) + 1, m.start()))
    around = text[max(sentence_start, m.start() - 12):m.end() + 8]
    sentence_end = _sentence_end(text, m.end())
    return "项目" in around and bool(_SCOPE_SENTENCE.search(text[sentence_start:sentence_end]))


def _sentence_end(text: str, at: int) -> int:
    return min((i for i in (text.find(c, at) for c in _SENTENCE_END) if i >= 0), default=len(text))


def _reckoned_by_standard(text: str, m: re.Match[str], sentence_start: int) -> bool:
    """A count the sentence's money standard multiplies into an amount of the same clause (`按每村每年5万元的标准
    安排，全镇16个村共80.00万元`: 5万元 × 16 = 80.00万元): what the money was reckoned on, no result. The amount
    stays what the money came to."""
    if m.group("mult") or not m.group("unit"):
        return False
    if m.group("unit") in _SAMPLED_UNITS and _RECIPIENT_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return False  # `按每户2,800元标准向138户移民兑付…`: the people paid, a result, however the money was reckoned
    end = _sentence_end(text, m.end())
    standards: list[Figure] = []
    amounts: list[tuple[re.Match[str], Figure]] = []
    for f in MONEY_FIGURE.finditer(text, sentence_start, end):
        figure = money(f.group("num"), f.group("unit"), f.group(0))
        if figure is None:
            continue
        if is_money_standard(text, f.start(), f.end(), sentence_start):
            standards.append(figure)
        else:
            amounts.append((f, figure))
    count = Decimal(m.group("num"))
    # the count and the amount in one clause (`16个村共80.00万元`); `完成造林1200亩，发放补助1.2万元` is two results
    return any(abs(s.value * count - a.value) <= a.tolerance
               and not _CLAUSE_BREAK.search(text, min(m.end(), f.end()), max(m.start(), f.start()))
               for s in standards for f, a in amounts)


_CLAUSE_BREAK = re.compile(r"[,，;；。]")
_RECIPIENT_BEFORE = re.compile(r"[向为给]$")


def _figure(m: re.Match[str]) -> tuple[Figure | None, str]:
    num = m.group("num")
    stated = m.group(0)
    if m.group("money"):
        return money(num, m.group("money"), stated), "元"
    if m.group("pct"):
        return percent(num, stated), "%"
    if m.group("pp"):
        return percent(num, stated), "百分点"
    if m.group("pm"):
        return percent(num, stated), "‰"
    mult = m.group("mult") or m.group("people_mult")
    factor = Decimal(10000) if mult == "万" else Decimal(100000000) if mult == "亿" else Decimal(1)
    value = Decimal(num) * factor
    return Figure(value, stated, half_unit(num) * factor), PERSONS if m.group("people") else m.group("unit")


def _clause_head(text: str, start: int, last_end: int) -> str:
    window_start = max(0, start - 60, last_end)
    window = text[window_start:start]
    cut = max((b.end() for b in _BREAK.finditer(window)), default=0)
    return window[cut:]


def _clean(head: str) -> str:
    head = _LEADING_FILLER.sub("", head)
    head = _TRAILING_CONNECTOR.sub("", head)
    return head.strip()


def _subject(text: str, head: str, end: int, start: int) -> str:
    """What was counted: `9起生产安全事故` (the noun after), `检查企业22279家次` (the head before)."""
    following = _following_noun_phrase(text[end:end + 20])
    if following:
        return following
    cleaned = _clean(head)
    clause_start = max((b.end() for b in _BREAK.finditer(text, max(0, start - 60), start)), default=max(0, start - 60))
    level = _LEVEL_HEAD.match(cleaned)
    if level and _clean(level.group("topic")):
        return _clean(level.group("topic"))[-MAX_SUBJECT_CHARS:]
    compared = _COMPARED_HEAD.match(cleaned)
    if compared and clause_start > 0 and text[clause_start - 1] in ",，":
        previous_clause = _BREAK.split(text[max(0, clause_start - 40):clause_start - 1])[-1]
        topic = _clean(re.split(r"\d", previous_clause)[0])  # `接待游客5.86万人次`: 接待游客
        if topic:
            return (topic + cleaned[compared.end():])[-MAX_SUBJECT_CHARS:]
    cleaned = _COMPARED_INSIDE.sub("", cleaned)  # `城乡低保平均保障标准较上年提高`: X提高
    if cleaned:
        # `检查企业` (a noun) or `带动就业`, `较上年提高` (the counted action itself)
        return cleaned[-MAX_SUBJECT_CHARS:]
    use = _USE_AFTER.match(text, end)
    if use:
        return use.group("use")[:MAX_SUBJECT_CHARS]  # `其中：30万元用于基建工程项目审计`: what the money paid for
    verb = re.match(r"[\u4e00-\u9fff]{1,4}", text[end:end + 6])
    if verb and pos_tags(verb.group(0))[0][1].startswith("v"):
        return pos_tags(verb.group(0))[0][0]  # `逾10000人次参与`
    previous = text[max(0, start - len(head) - 30):start - len(head)]
    parts = [p for p in _BREAK.split(previous) if p and p.strip()]
    return (_clean(parts[-1]) if parts else "")[-MAX_SUBJECT_CHARS:]


_USE_AFTER = re.compile(r"\s*(?:主要|全部|均|已)?用于(?:支付|购买|购置)?(?P<use>[\u4e00-\u9fff“”]{2,40}?)(?:等|方面|工作|支出)?(?=[,，;；。、\n]|$)")


def _following_noun_phrase(text: str) -> str:
    """The noun phrase the number modifies, when one follows the measure word directly."""
    tags = pos_tags(re.split(r"[,;。:\n、]", text, maxsplit=1)[0])
    words: list[str] = []
    seen_noun = False
    for i, (word, flag) in enumerate(tags):
        is_noun = flag.startswith(_NOUN_FLAGS)
        after_number = i > 0 and tags[i - 1][1][:1] in ("m", "q")  # `65岁及以上老年人`
        joins = flag == "c" and i + 1 < len(tags) and (
            (seen_noun and tags[i + 1][1].startswith(_NOUN_FLAGS)) or after_number)
        leading_modifier = flag == "a" and not seen_noun  # `特困人员`: 特困 modifies the noun to come
        if is_noun or joins or leading_modifier or flag[:1] in ("m", "q", "f", "b", "x") or flag == "eng":
            words.append(word)
            seen_noun = seen_noun or is_noun
            continue
        break
    while words and not pos_tags(words[-1])[0][1].startswith(_NOUN_FLAGS):
        words.pop()
    return "".join(words) if seen_noun else ""


def metrics_from_text(text: str, page: int | None, section: str, extractor: str = NAME) -> list[Metric]:
    """Metrics of a free-text cell or paragraph that is not part of the document's text."""
    from schemas.text.normalize import normalize_text
    from schemas.text.textmap import TextMap

    text = normalize_text(TextMap.identity(text), "txt").text
    return [
        Metric(subject=mm.subject, figure=mm.figure, unit=mm.unit, qualifier=mm.qualifier, section=section,
               provenance=Provenance(page=page, extractor=extractor, evidence=text[mm.start:mm.end]))
        for mm in find_metrics(text)
    ]


@register(NAME, produces=("metrics",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    metrics = []
    for mm in find_metrics(doc.text):
        section = doc.section_at(mm.start)
        if mm.unit == "元" and (mm.subject.endswith(spending_classes())
                                or _QUOTES.sub("", doc.text[max(0, mm.start - 16):mm.start]).endswith(spending_classes())):
            continue  # `卫生健康支出19,864.52万元`, `“三公”经费支出6.82万元`: accounted for, not achieved
        spent = mm.unit == "元" and bool(_SPENDING_SUBJECT.search(mm.subject))
        if section is not None and (_under_targets(section.path) or (_is_descriptive(section.path) and not spent)):
            continue
        if section is not None and _BUDGET_SECTION.search(section.title) and "项目" in mm.subject and mm.unit == "个":
            continue  # `共实施项目6个` under 项目支出情况: the budget's scope
        if section is not None and any(_FINDINGS_SECTION.search(title) for title in section.path):
            continue  # `全县只有8名持证师资` under 存在的问题: a shortfall, not an achievement
        if mm.unit in ("个", "项") and _SCOPE_COUNT.search(mm.subject):
            continue  # `设置一级指标4个`, `全年实施项目7个`: the evaluation's or the budget's scope
        metrics.append(Metric(
            subject=mm.subject, figure=mm.figure, unit=mm.unit, qualifier=mm.qualifier,
            section=section.path_text if section else "", provenance=doc.provenance(mm.start, mm.end, NAME),
        ))
    return Extraction(metrics=tuple(metrics))


def _is_descriptive(path: tuple[str, ...]) -> bool:
    return any(_DESCRIPTIVE.search(title) and not re.search(r"完成|成效|绩效情况|实现", title) for title in path)


def _under_targets(path: tuple[str, ...]) -> bool:
    """The nearest heading that speaks of targets or of results decides (`年度总体目标 / 实际完成情况`
    holds results; `绩效目标分解下达情况 / (一)中央下达资金和绩效目标情况` targets)."""
    for title in reversed(path):
        if re.search(r"完成|实现|成效", title):
            return False
        if _is_target_section(title):
            return True
    return False


def _is_target_section(title: str) -> bool:
    """`年度绩效目标`, `绩效目标分解下达情况` (a transfer payment's targets as handed down) and
    `项目资金分解下达情况` (its allocations), not `绩效目标完成情况`."""
    if re.search(r"完成|实现|成效", title):
        return False
    if "分解下达" in title:
        return True
    if "目标" not in title:
        return False
    return "情况" not in title or bool(re.search(r"分解|下达|设定|申报", title))
