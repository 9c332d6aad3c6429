"""The unit of a table's rows said once in its header: "人口(万人) 总人口 3171.0 男性人口 1588.2 …", "国民经济核算(亿元) 地区
生产总值 13698.5 第一产业 3438.3 …", "Экспорт (млн долл. США) 2002 500,9 …". A bracket that holds nothing but a unit (with its
scale) gives that unit to the bare numbers written after it, up to the next such bracket or the end of the sentence, so
the rows add up like any amounts (their totals and breakdowns are read by ``complements``, ``sectors``, ``sums``).

Read only when the bracket's words are one amount's unit as ``numbers.scan`` reads "1<words>" (a currency or a counting
unit, its scale), and each number after it is written bare: no unit or percent of its own, not a year, and words (a
row's name) before it rather than another figure's sign, and the sentence is no table of cells ("| 806,7 | 761,6 |":
its columns are not rows of one total, so the sums of prose must not pair them); one already read in the header's unit
but not its scale ("货运量(万吨) 56031": 吨 read from before it) takes the scale.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Quantity, scan
from .table_rows import is_cell_table

_HEADER = re.compile(r"[(（]\s*([^()（）\d]{1,16}?)\s*[)）]")


def _unit(words: str, lang: str) -> Quantity | None:
    """The unit and scale ``words`` name ("万人", "亿元", "млн долл. США"), as the amount "1 <words>" would carry them."""
    for probe in (f"1{words}", f"1 {words}"):
        qs = scan(probe, lang)
        if len(qs) == 1 and qs[0].kind == "amount" and qs[0].currency and qs[0].end >= len(probe) - 1:
            return qs[0]
    return None


def header_units(text: str, qs: list[Quantity], lang: str) -> list[Quantity]:
    headers = [(m.end(), u) for m in _HEADER.finditer(text) if (u := _unit(m.group(1), lang)) is not None]
    if not headers or is_cell_table(text):  # a table of cells is read by its rows and columns (``table_rows``) only
        return qs
    out: list[Quantity] = []
    for q in qs:
        unit = next((u for end, u in reversed(headers) if end <= q.start), None)
        if unit is not None and q.currency in (None, unit.currency) and _bare(text, q):
            q = replace(q, value=q.value * unit.scale, scale=unit.scale, currency=unit.currency)
        out.append(q)
    return out


def _bare(text: str, q: Quantity) -> bool:
    if q.kind != "amount" or q.scaled:
        return False
    before = text[max(0, q.start - 1) : q.start]
    return bool(re.fullmatch(r"[\s\w]?", before)) and not re.match(r"\s*(?:%|‰|％|年|[-–—]\d)", text[q.end :])
