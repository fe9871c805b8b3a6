"""Stated figures: an exact value with the rounding its writing implies."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Figure:
    """A number as the report states it.

    `value` is in the stored unit (yuan for money, percent for rates, the
    measure word's unit otherwise); `stated` is the text as written; and
    `tolerance` is half a unit of the last written digit, in the stored unit
    (`2626.63万元` -> 50 yuan), so a report right to its own rounding passes.
    """

    value: Decimal
    stated: str
    tolerance: Decimal

    @staticmethod
    def exact(value: Decimal, stated: str | None = None) -> Figure:
        return Figure(value, stated if stated is not None else str(value), Decimal(0))

    def negated(self) -> Figure:
        """The figure subtracted (a 调减 in a sum), with the same rounding."""
        return Figure(-self.value, "−" + self.stated, self.tolerance)
