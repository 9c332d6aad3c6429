"""The header of a China Customs download: which columns it has, in which order, in which currency.

Columns come and go with the query (数据年月 is absent from single-period downloads, the order follows
the chosen sort), so the layout is read from the header, never assumed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from .problems import ImportOptionError, LayoutProblem

# header text (Chinese, English, and variants other tools write) → canonical field
ALIASES: dict[str, str] = {
    "数据年月": "yearmonth", "date of data": "yearmonth", "统计年月": "yearmonth",
    "统计年份": "year", "year": "year",
    "商品编码": "hs", "commodity code": "hs", "hs编码": "hs",
    "商品名称": "hs_name", "commodity": "hs_name",
    "贸易伙伴编码": "partner", "trading partner code": "partner", "国别编码": "partner",
    "贸易伙伴名称": "partner_name", "trading partner": "partner_name", "国别名称": "partner_name",
    "贸易方式编码": "mode", "customs regime code": "mode", "trade mode code": "mode",
    "贸易方式名称": "mode_name", "customs regime": "mode_name", "trade mode": "mode_name",
    "注册地编码": "region", "收发货人注册地编码": "region",
    "locations of importers and exporters code": "region",
    "注册地名称": "region_name", "收发货人注册地名称": "region_name",
    "locations of importers and exporters": "region_name",
    "第一数量": "qty1", "第一法定数量": "qty1", "统计数量": "qty1", "quantity": "qty1",
    "第一计量单位": "unit1", "第一法定计量单位": "unit1", "计量单位": "unit1", "unit": "unit1",
    "第二数量": "qty2", "第二法定数量": "qty2", "supplementary quantity": "qty2",
    "supplimentary quantity": "qty2",
    "第二计量单位": "unit2", "第二法定计量单位": "unit2", "supplementary unit": "unit2",
    "supplimentary unit": "unit2",
}
# value column header → currency
VALUE_HEADERS: dict[str, str] = {
    "人民币": "CNY", "人民币元": "CNY", "金额_人民币": "CNY", "renminbi yuan": "CNY", "rmb": "CNY",
    "cny": "CNY", "美元": "USD", "金额_美元": "USD", "美元值": "USD", "us dollar": "USD", "usd": "USD",
}
AMBIGUOUS_VALUE = {"金额", "value", "amount"}


@dataclass(frozen=True)
class CustomsLayout:
    """Canonical name of each column in file order ('' for the empty one a trailing comma makes)."""

    names: tuple[str, ...]
    headers: tuple[str, ...]
    currency: str

    def has(self, field: str) -> bool:
        return field in self.names

    def header_of(self, field: str) -> str:
        return self.headers[self.names.index(field)]

    def signature(self) -> str:
        return "|".join(self.names) + "#" + self.currency


def _key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").strip().split()).lower()


def parse_header(line: str, file: str, currency: str | None = None) -> CustomsLayout:
    """Read the header line; raise naming the unknown or missing column and the fix."""
    try:
        headers = next(csv.reader(io.StringIO(line)))
    except (StopIteration, csv.Error) as exc:
        raise LayoutProblem("the first line is not a CSV header", file=file, line=1,
                            hint="the customs download starts with its header row") from exc
    names: list[str] = []
    found_currency: str | None = None
    for i, raw in enumerate(headers):
        key = _key(raw)
        if not key:
            if i != len(headers) - 1:
                raise LayoutProblem(f"column {i + 1} has no name", file=file, line=1, column=str(i + 1),
                                    hint="only the last column (after the trailing comma) may be empty")
            names.append("")
        elif key in ALIASES:
            names.append(ALIASES[key])
        elif key in VALUE_HEADERS or key in AMBIGUOUS_VALUE:
            names.append("value")
            found_currency = VALUE_HEADERS.get(key)
        else:
            raise LayoutProblem(f"unknown column {raw.strip()!r}", file=file, line=1, column=raw.strip(),
                                hint="expected customs headers such as 商品编码, 贸易伙伴编码, 人民币 or 美元 "
                                     "(or their English forms); is this a customs download?")
    dupes = {n for n in names if n and names.count(n) > 1}
    if dupes:
        raise LayoutProblem(f"columns repeated: {', '.join(sorted(dupes))}", file=file, line=1,
                            hint="a download has each column once")
    if "value" not in names:
        raise LayoutProblem("no value column (人民币, 美元, Renminbi Yuan or US dollar)", file=file, line=1,
                            column="value", hint="download the file with a value column")
    if currency and found_currency and currency != found_currency:
        raise ImportOptionError(f"--currency {currency} contradicts the value column "
                                f"{headers[names.index('value')].strip()!r} ({found_currency})", file=file,
                                line=1, hint="drop --currency: the header says the currency")
    final = currency or found_currency
    if final is None:
        raise ImportOptionError(f"the value column {headers[names.index('value')].strip()!r} does not say "
                                "the currency", file=file, line=1, column="value",
                                hint="pass --currency CNY or --currency USD")
    return CustomsLayout(tuple(names), tuple(h.strip() for h in headers), final)
