"""A table written in rows of cells: "Оборот | 806,7 | 761,6 | … | Экспорт (фоб) | 388,4 | 382,6 | … | Импорт (сиф) | 418,3 |
379,0 | …". A row is a name cell then its number cells; when one row names total trade, one exports and one imports, and
the three have as many numbers, each column's exports and imports add up to its total (one ``sum`` claim a column).

Read only in a sentence cut into cells by "|"; a row's name is a cell with words and no digit (a year row, "1992 г.",
is a header), its numbers the cells that hold one number each, up to the next name; each of the three flows is named by
exactly one row (``context.flows_named`` of its name, one flow only, or a bare total's name: "Оборот", "Total", "合计")
and the rows are equally long.
"""

from __future__ import annotations

import re

from .claims import Claim
from .clause_words import TOTAL_ROW
from .context import flows_named, resolve
from .numbers import Quantity
from .text import Sentence

_CELL = re.compile(r"[^|]+")
_NAME = re.compile(r"[^\W\d_]{3,}")


CELLS = 6  # cell bars that make a sentence a table


def is_cell_table(text: str) -> bool:
    return text.count("|") >= CELLS


def table_row_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        if not is_cell_table(s.text):
            continue
        rows = _rows(s.text, figures[s.index])
        by_flow: dict[str, list[list[Quantity]]] = {}
        for name, values in rows:
            flows = flows_named(name) or ({"total"} if TOTAL_ROW.match(re.sub(r"\s*\(.*\)$", "", name)) else set())
            if len(flows) == 1 and values:
                by_flow.setdefault(flows.pop(), []).append(values)
        lines = [by_flow.get(f, []) for f in ("total", "export", "import")]
        if any(len(x) != 1 for x in lines) or len({len(x[0]) for x in lines}) != 1:
            continue
        (total,), (export,), (imp,) = lines
        for t, e, i in zip(total, export, imp, strict=True):
            out.append(Claim("sum", {"total": t, "export": e, "import": i}, s.text, s.start, s.lang,
                             resolve(sentences, s, t.start), note="a table's column: exports and imports add up to trade"))
    return out


def _rows(text: str, qs: list[Quantity]) -> list[tuple[str, list[Quantity]]]:
    """(name, numbers) of each row; a number cell holds exactly one amount and nothing else but spaces and signs."""
    rows: list[tuple[str, list[Quantity]]] = []
    for cell in _CELL.finditer(text):
        words = cell.group(0).strip()
        inside = [q for q in qs if cell.start() <= q.start < cell.end()]
        if _NAME.search(words) and not re.search(r"\d", words):
            rows.append((words, []))
        elif rows and len(inside) == 1 and inside[0].kind == "amount" and re.fullmatch(r"[-−–]?\s*[\d\s.,]+", words):
            rows[-1][1].append(inside[0])
        elif words:
            rows.append(("", []))  # a cell of another kind ends the row
    return rows
