"""A stated figure: exact value, the text as written, the rounding the writing implies."""
from __future__ import annotations

from decimal import Decimal

from schemas.figures import Figure, ratio_tolerance


def test_an_exact_figure_has_no_tolerance_and_states_its_value_unless_told() -> None:
    assert Figure.exact(Decimal("12.50")) == Figure(Decimal("12.50"), "12.50", Decimal(0))
    assert Figure.exact(Decimal(0), stated="").stated == ""


def test_negated_keeps_the_rounding() -> None:
    figure = Figure(Decimal("450000.00"), "45.00万元", Decimal(50))
    assert figure.negated() == Figure(Decimal("-450000.00"), "−45.00万元", Decimal(50))
    assert figure.negated().negated().value == figure.value


def test_ratio_tolerance_grows_with_the_rounding_of_its_terms() -> None:
    rate = Figure(Decimal("96.36"), "96.36%", Decimal("0.005"))
    exact = Figure.exact(Decimal(1759.45)), Figure.exact(Decimal(1826))
    assert ratio_tolerance(rate, *exact) == Decimal("0.005")
    loose = ratio_tolerance(rate, Figure(Decimal(17594500), "1759.45万元", Decimal(50)),
                            Figure(Decimal(18260000), "1826.00万元", Decimal(50)))
    assert Decimal("0.005") < loose < Decimal("0.006")
    assert ratio_tolerance(rate, Figure(Decimal(10000), "1.00万元", Decimal(50)), Figure.exact(Decimal(0))) == Decimal("0.005")


def test_ratio_tolerance_adds_each_terms_relative_rounding_to_the_rates() -> None:
    rate = Figure(Decimal(50), "50%", Decimal("0.5"))
    # 100 ÷ 200 = 50%: 1/100 of the numerator and 2/200 of the denominator may be rounding, 2% of 50.
    assert ratio_tolerance(rate, Figure(Decimal(100), "100", Decimal(1)), Figure(Decimal(200), "200", Decimal(2))) == Decimal("1.5")
    # a negative numerator (a 调减) counts by its size
    assert ratio_tolerance(rate, Figure(Decimal(-100), "-100", Decimal(1)), Figure(Decimal(200), "200", Decimal(2))) == Decimal("1.5")
    assert ratio_tolerance(rate, Figure(Decimal(100), "100", Decimal(1)), Figure(Decimal(-200), "-200", Decimal(2))) == Decimal("1.5")
    # nothing over the denominator: 0% is off by the rate's rounding alone
    assert ratio_tolerance(rate, Figure(Decimal(0), "0", Decimal(1)), Figure(Decimal(200), "200", Decimal(2))) == Decimal("0.5")
