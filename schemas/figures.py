"""Stated figures: an exact value with the rounding its writing implies."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# An OCR'd figure with a character less sure than this may be misread. On the scanned corpus
# (bench/bench_ocr.py) misreads such as `≥` read as `2` come out at 0.77-0.81 and most correct
# digits at 0.95 or more; a character the recogniser may have dropped beside a figure marks it too.
LOW_CONFIDENCE = 0.9


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
    # How sure OCR was of the figure's characters (its least sure one, 0-1); None when it was
    # not read by OCR. A rule that fails only through doubtful figures warns instead of erring.
    confidence: float | None = None

    @property
    def doubtful(self) -> bool:
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE

    @staticmethod
    def exact(value: Decimal, stated: str | None = None) -> Figure:
        return Figure(value, stated if stated is not None else str(value), Decimal(0))

    def negated(self) -> Figure:
        """The figure subtracted (a 调减 in a sum), with the same rounding."""
        return Figure(-self.value, "−" + self.stated, self.tolerance)


def ratio_tolerance(rate: Figure, numerator: Figure, denominator: Figure) -> Decimal:
    """How far a stated percent may be from numerator ÷ denominator when all are rounded as written.

    The one rounding rule for a rate against its two figures: the rules' checks and the extractors'
    choices between readings both ask it, so a reading the extractor keeps is one the rule lets pass.
    """
    if denominator.value == 0:
        return rate.tolerance
    computed = numerator.value / denominator.value * _HUNDRED
    relative = denominator.tolerance / abs(denominator.value)
    if numerator.value:
        relative += numerator.tolerance / abs(numerator.value)
    return rate.tolerance + abs(computed) * relative


_HUNDRED = Decimal(100)
