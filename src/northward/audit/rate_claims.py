"""The claim a rate was read in, and whether that rate is the plain change between levels: the rates a whole's
growth is recomputed from (``sum_growth``, ``flows_growth``, ``rate_between``) are each some claim's ``change`` (or a
multiple's ``factor`` read as a rate); an average annual or a real rate (``growth_concepts``) never adds up with
levels, so a group with one abstains."""

from __future__ import annotations

import re

from .claims import Claim
from .growth_concepts import claim_concept
from .numbers import Quantity


def claim_of(q: Quantity, claims: list[Claim]) -> Claim | None:
    """The claim whose ``change`` or ``factor`` is the rate ``q`` (``q.extra["sentence_start"]`` its sentence)."""
    at = q.extra.get("sentence_start")
    return next((c for c in claims if (at is None or c.sentence_start == at)
                 and any(r.start == q.start for k, r in c.roles.items() if k in ("change", "factor"))), None)


# "up by 27.5 percent annually" said of one year: the word alone, not "average annual" nor 年均 nor среднегодовой
_YEAR_WORD_ONLY = re.compile(r"annually|per\s+annum|(?:a|per|each)\s+year", re.IGNORECASE)


def plain_rate(c: Claim) -> bool:
    """Is the claim's rate the plain (nominal, total) change: neither an average annual rate nor a real one? A rate
    said "annually" of one named year or a part of it and no span ("in 2017, up by 27.5 percent annually", "in
    January - September 2024 ... (+3.8% annually)") is the change on the year before: an average over one year is the
    change itself."""
    concept = claim_concept(c)
    if concept.plain or concept.real:
        return concept.plain
    one_year = c.context.year is not None and not c.context.start_years  # a year, or a part of one (January-September)
    return one_year and _YEAR_WORD_ONLY.fullmatch(concept.words.strip()) is not None
