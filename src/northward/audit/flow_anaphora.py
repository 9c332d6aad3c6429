"""A flow named by a pronoun: "…из них импорт - 9 %. Он составил 203 млн. долларов" — the amount of a sentence whose
subject is a pronoun ("он", "она", "it", "它") and that names no flow of its own is of the flow the sentence before
named last (exports or imports; a total is left to its own words)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbers import Quantity
from .text import Sentence

_PRONOUN = re.compile(r"^\W*(?:он|она|оно|it|它)(?=\s|[^\w])", re.IGNORECASE)


def pronoun_flow(sentences: list[Sentence], s: Sentence, q: Quantity,
                 flow_named_last: Callable[[str, int, int], str | None]) -> str | None:
    """``flow_named_last(text, lo, hi)``: the flow the words in ``text[lo:hi]`` name last (the sum check's words)."""
    if s.index == 0 or not _PRONOUN.match(s.text) or flow_named_last(s.text, 0, q.start) is not None:
        return None
    if re.search(r"[;；]", s.text[: q.start]):
        return None  # the pronoun is the subject of another clause
    prev = sentences[s.index - 1]
    flow = flow_named_last(prev.text, 0, len(prev.text))
    return flow if flow in ("export", "import") else None
