"""The levels of government a budget figure's money comes from, by who granted it or what follows it
(helpers of `extractors.budget`).

A figure is a level's share when the tier that added or granted it is its clause's subject (`省财政厅…下达项目资金
480.00万元`, `年中省级财政追加…30.00万元`), or when the words after it say so (`…180.00万元，全部由县级财政安排`).
"""
from __future__ import annotations

import functools
import re

from extractors.budget_totals import LEVEL_CODES
from extractors.labels import label_before
from extractors.vocab import alternation, government_tiers
from schemas.facts import BudgetItem

# A figure's source named after it, closing its clause: `…180.00万元，全部由县级财政安排。`, `…42.00万元，由县级
# 财政安排，` (承担, 负担, 拨付); never `由中央财政承担30万元` (a part of it).
_LEVEL_AFTER = re.compile(r"^[,，]?\s*(?:全部|均|全额)?由(?P<level>[\u4e00-\u9fff]{1,6}?)(?:财政)?(?:安排|承担|负担|拨付|解决)"
                          r"(?:资金)?(?=[,，。；;]|$)")


@functools.lru_cache(maxsize=1)
def _adding_tier() -> re.Pattern[str]:
    """A tier of government right before an adding verb (`省级财政追加`, `市财政调增`), or naming the money
    the clause ends with (`年初预算安排县级财政资金`)."""
    words = alternation(word for tier in government_tiers() for word in tier.words if word != "上级")
    return re.compile(rf"(?P<tier>{words})级?(?:财政)?(?:(?P<verb>追加|调增)|资金$|财政资金$)")


def adding_level(head: str) -> str | None:
    """The funds level of the tier that added (or gave) the money the clause names, if it names one. The
    local finance adding to a budget (`县财政追加预算8,736.50万元`) is the authority over the budget, not
    where the money came from (the central and provincial funds it passed on, often)."""
    found = list(_adding_tier().finditer(head))
    if not found:
        return None
    level = _level_of(found[-1].group("tier"))
    return None if found[-1].group("verb") and level == "funds_local" else level


@functools.lru_cache(maxsize=1)
def _granting_tier() -> re.Pattern[str]:
    """A tier as the subject of its clause, granting the money the clause names: an upper tier by any of its
    organs (`省财政厅`, `省农牧厅`, `中央财政`), a local one only by its finance (`县财政安排`): a county's
    bureau passing money on (`县农业农村局下达`) grants nothing of its own."""
    tiers = government_tiers()
    upper = alternation(w for t in tiers if t.bare_names_payer for w in t.words if w != "上级")
    local = alternation(w for t in tiers if not t.bare_names_payer for w in t.words)
    return re.compile(rf"^(?:20\d{{2}}年度?)?(?:由)?(?:(?P<upper>{upper})级?(?:财政)?(?:[\u4e00-\u9fff]{{0,4}}?(?:厅|局|部|委))?"
                      rf"|(?P<local>{local})级?财政(?:局)?)[^,，。;；]{{0,30}}?(?:下达|拨付|拨入|安排|补助|投入)")


def granting_level(head: str, local: bool, any_wording: bool) -> str | None:
    """The funds level of the tier granting the clause's money, when its wording does not say whose money it
    is or `any_wording` (a project's funds); the local finance's only with `local` (a project's own funds: a
    department's budget from its finance is no level's share)."""
    found = _granting_tier().match(head)
    if found is None or (found.group("local") and not local) or not any_wording:
        return None
    return _level_of(found.group("upper") or found.group("local"))


def _level_of(tier: str) -> str | None:
    """The funds level a tier's words name (`县级` / `县` -> funds_local, `中央` -> funds_central)."""
    for words in (tier + "资金", tier + "级资金"):
        label = label_before(words, len(words))
        if label is not None and label.item in LEVEL_CODES:
            return label.item
    return None


def level_after(text: str, end: int) -> str | None:
    """The funds level a figure is wholly from, when the words right after it say so."""
    m = _LEVEL_AFTER.match(text[end:end + 24])
    if m is None:
        return None
    return _level_of(m.group("level"))


def where_only(items: list[BudgetItem], whole_from_a_level: list[BudgetItem]) -> list[BudgetItem]:
    """A figure said to come wholly from one level is that level's share when other levels give theirs
    (`年初数180.00万元，全部由县级财政安排`, then 中央 and 省级 下达); alone it says only where the money
    came from (`全年预算数860.00万元，由市级财政安排`), as `均为县级财政资金` does."""
    others = [b for b in items if b.item in LEVEL_CODES and all(b is not w for w in whole_from_a_level)]
    if others or not whole_from_a_level:
        return items
    return [b for b in items if all(b is not w for w in whole_from_a_level)]
