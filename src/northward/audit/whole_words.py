"""The words of the whole a share is "of", read the same way wherever they are written: "of Mongolia's total
exports", "of China's trade volume with Russia", "of the nation's import-export volume with Russia" — the flow
as one token (export, import, trade), China's names ("China's", "the nation's", "national") as one, fillers
("the", "total", "volume") dropped, up to the period or the next clause."""

from __future__ import annotations

import re

# the whole right after a share: "68 percent of Mongolia's total exports", "61% от товарооборота"
_OF_WHOLE = re.compile(r"\s*(?:of|от)\s+(?P<whole>[^,;.()\d]{3,80})", re.IGNORECASE)
# where the whole's words end: the period, another adjunct or another share after it
_ADJUNCT = re.compile(r"\s(?:during|for|over|since|between|at|by|as|through|last|this|compared|year|month|and|за|в|и)\b|"
                      # "in the period", "in July", not "investment in Russia"
                      r"\sin\s+(?=[a-z\d]|(?:January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\b)")
_FLOW_TOKENS = (
    ("trade", re.compile(r"import[- ]and[- ]export|export[- ]and[- ]import|imports?[- ]exports?|exports?[- ]imports?|"
                         r"foreign\s+trade|\btrade\b|turnover|товарооборот\w*|внешн\w+\s+торговл\w*", re.IGNORECASE)),
    ("export", re.compile(r"\bexports?\b|экспорт\w*", re.IGNORECASE)),
    ("import", re.compile(r"\bimports?\b|импорт\w*", re.IGNORECASE)),
)
_CHINA = re.compile(r"\b(?:china|the\s+nation|the\s+country|national|nationwide)(?:['’]s)?(?=\s|$)", re.IGNORECASE)
# a whole that is a plan or a target ("占规划总投资的65.5%", "72% of the planned investment", "от плановых
# объёмов"): never an amount stated as done before it, only one its own words also call planned
PLANNED = re.compile(r"规划|计划(?!单列)|目标|\bplann?ed\b|\btargets?\b|\bplan\b|план\w*|запланирован\w*|целев\w*", re.IGNORECASE)
_FILLER = re.compile(r"\b(?:the|total|overall|volume|value|goods|its|all)\b|['’]s\b", re.IGNORECASE)


def whole_words(sentence: str, share_end: int) -> tuple[str, str] | None:
    """(flow token, the whole's other words normalised) of the whole named right after a share, or None when no
    "of" follows it or its words name no flow of trade nor any other measure."""
    m = _OF_WHOLE.match(sentence, share_end)
    if m is None:
        return None
    words = _ADJUNCT.split(m.group("whole"), maxsplit=1)[0]
    flow = ""
    for token, pat in _FLOW_TOKENS:
        found = pat.search(words)
        if found is not None:
            flow, words = token, words[: found.start()] + " " + words[found.end() :]
            break
    words = _FILLER.sub(" ", _CHINA.sub(" china ", words)).casefold()
    rest = " ".join(words.split())
    return (flow, rest) if rest or flow else None
