"""A stated figure: exact value, the text as written, the rounding the writing implies."""
from __future__ import annotations

from decimal import Decimal

from schemas.figures import Figure


def test_an_exact_figure_has_no_tolerance_and_states_its_value_unless_told() -> None:
    assert Figure.exact(Decimal("12.50")) == Figure(Decimal("12.50"), "12.50", Decimal(0))
    assert Figure.exact(Decimal(0), stated="").stated == ""


def test_negated_keeps_the_rounding() -> None:
    figure = Figure(Decimal("450000.00"), "45.00万元", Decimal(50))
    assert figure.negated() == Figure(Decimal("-450000.00"), "−45.00万元", Decimal(50))
    assert figure.negated().negated().value == figure.value
