"""Numbers as a person writes them, the same through every door."""

import pytest

from northward import humanize as h


@pytest.mark.parametrize(("value", "unit", "text"), [
    (334.1e9, "CNY", "334.1 bn yuan"),
    (297.83e9, "CNY", "297.83 bn yuan"),
    (1.19e6, "persons", "1.19 m people"),
    (2.401e11, "USD", "240.1 bn US$"),
    (90.6234, "percent", "90.6%"),
    (0.1 + 0.2, "percent", "0.3%"),
    (3.486, "times", "×3.49"),
    (1.0, "rank", "rank 1"),
    (12_345.0, "tonnes", "12,345 tonnes"),
    (None, "CNY", "—"),
    (float("nan"), "CNY", "—"),
])
def test_amounts(value, unit, text):
    assert h.amount(value, unit) == text


def test_no_scientific_notation_or_noise():
    for v in (1.07e10, 5e28, 1e-7, 123456789.123456):
        assert "e+" not in h.scaled(v) and "e-" not in h.number(v)
    assert h.percent(5e28, signed=True) == "over +1,000,000%"
    assert h.percent(-12.34, signed=True) == "-12.3%"
    assert h.percent(12.34, signed=True) == "+12.3%"
