"""Small HTML building blocks the report's sections share: tables, cells, number formats."""

from __future__ import annotations

import html
from collections.abc import Sequence

GAP = "no confirmed figure"


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def gap_cell(reason: str = GAP, detail: str = "") -> str:
    """A table cell saying a figure is missing (and, on hover, why)."""
    title = f' title="{esc(detail)}"' if detail else ""
    return f'<td class="gap"{title}>{esc(reason)}</td>'


def num_cell(text: str, title: str = "") -> str:
    tip = f' title="{esc(title)}"' if title else ""
    return f'<td class="num"{tip}>{esc(text)}</td>'


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, caption: str = "",
               css_class: str = "data", header_rows: Sequence[str] = ()) -> str:
    """A table from pre-rendered ``<td>`` cells; ``header_rows`` are extra raw ``<tr>`` lines on top."""
    head = "".join(header_rows) + "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>"
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return f'<table class="{css_class}">{cap}<thead>{head}</thead><tbody>{body}</tbody></table>'


def text_cell(value: object) -> str:
    return f"<td>{esc(value)}</td>"


def fmt_number(value: float, decimals: int = 1) -> str:
    return f"{value:,.{decimals}f}"


def fmt_billions(value: float, unit: str) -> str:
    """A base-unit money value as billions ("10.7 bn CNY")."""
    return f"{value / 1e9:,.1f} bn {unit}"
