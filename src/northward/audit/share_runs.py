"""One reader of share lists in any word order: a run of percents in one sentence, each a member's share of one
whole, the members named before their percents ("Japan 31%, UK 29%, USA 17%", "Vladivostok 56.9%, Vostochny handled
23%, and Korsakov accounted for 8.4%", "Khabarovsk Territory (35% of the entire exports), Irkutsk Region (31%)",
"日本7%,韓國6%") or after them ("45.7% of loaded containers passed in import, 30.8% – in cabotage", "55%的游客的目的地为
A,36%到访B", "47,4% экспорта было осуществлено через A, 17% - через B"). Members of one whole share it: their
percents add up to at most 100% (within their rounding and hedges), to 100% when the last member is "the rest"
("其余2%为北京", "остальные – 0,9%"). A percent said of each of several members ("新加坡、新西蘭、馬來西亞各2%", "5%
each") counts once per member.

It replaced the one-by-one walkers of ``share_lists`` (Russian "доля A – x%, B – y%", Chinese "A占x%,B占y%") and of
``respective_shares`` (English "China took 38%, followed by Japan with 15%"), whose guards it keeps. The shares of the
two flows themselves ("Доля экспорта составила 71,2%, импорта - 28,8%", "Exports accounted for 61%, imports for 39%")
divide the turnover: 100% together.

Precision guard (shares of different wholes are never summed): the list needs a word for a share or its whole
("share", "accounted for", "of the total", "доля", "на долю", 占, 比重, "P% of", "P%的"; before the first member or
between members); the first percent ends no range or change ("from 17% to 49%"); only the first member may
name its whole ("of the entire exports"): a later one with its own ("Japan 20% of imports") ends the list; no two
flows of trade named (shares of exports and of imports), no period or figure between members (shares in two
years), no member told as a change (percentage points, growth), no whole of each member's own ("its", "своего",
各自), no "respectively" (read in ``respective_shares``), no share in a range or after "from".
"""

from __future__ import annotations

import itertools
import re

from .claims import Claim
from .clause_words import EACH_AFTER, EACH_BEFORE, RESPECTIVELY, REST, SUMMED_WORDS
from .context import flows_named, resolve
from .numbers import Quantity
from .period_words import find as periods_in
from .share_lists import OPEN_LIST, told_as_changes
from .text import Sentence

# between one member's percent and the next: a few words with a list joiner, no figure, no end of a clause chain
_GAP = re.compile(r"[^\d;；。!?！？]{1,90}")
_JOINER = re.compile(r"[,，、;；]|\s(?:and|while|whereas|и|а|а\s+также)\s|(?<=[)）])\s|[和及与與]")
# the whole named right after a percent ("of the total", "от общего объема", "общего объема", "的")
_OWN_WHOLE = re.compile(r"\s*(?:[)）]\s*)?(?:of\b|от\s|из\s|всего\b|всей\b|всех\b|общ\w+\s|的)", re.IGNORECASE)
# a word for a share or its whole before the first percent (in its clause) ...
_CUE_BEFORE = re.compile(
    r"\bshares?\b|account(?:ed|ing|s)?\s+for|\bmade\s+up\b|\btook\b|\bof\s+(?:the\s+)?(?:total|all|entire)\b|"
    r"^\W*(?:of|out\s+of)\s+(?:this|these|that|it|them)\b|"  # "Of this, 61% was crude oil, 22% coal": of the whole before
    r"дол[яиюейь]\w*|удельн\w+\s+вес\w*|приходи\w*|пришл\w*|занима\w*|занял\w*|структур\w*|"
    r"占|佔|比重|份额|份額|占比|佔比",
    re.IGNORECASE,
)
# ... or right after it ("45.7% of loaded containers", "55%的游客", "47,4% экспорта", "31% общего объема")
_CUE_AFTER = re.compile(
    r"\s*(?:[)）]\s*)?(?:of\s|от\s|(?:всего|всей|всех|общ\w+)\s|的|"
    r"[а-яё]{2,}(?:а|я|ов|ев|ей|и|ы|ых|их)\b)",  # a Russian noun in the genitive: "47,4% экспорта", "61% грузов"
    re.IGNORECASE,
)
# a whole of each member's own, a comparison, a change, a range: no members of one whole
_NOT_ONE_WHOLE = re.compile(
    r"\b(?:its|their|own)\b|сво\w+|各自|\bthan\b|\bчем\b|比上年|比去年|同比|环比|環比|\bfrom\b|\bот\s+\d|"
    r"\bp\.?p\b|percentage\s+points?|п\.\s*п|процентн\w+\s+пункт|个百分点|個百分點|"
    r"\bgrowth\b|\bрост\w*|прирост\w*|增长|增長|下降",
    re.IGNORECASE,
)
# the listed shares summed ("что составило 78%", "together 63%", "合计占65%"): that figure is their sum, no member
_SUMMED = re.compile(rf"{SUMMED_WORDS}|\bчто\s+состав|\b(?:which|that)\s+(?:is|was|makes?|made|comes?|came)\b|合计|合計|共占",
                     re.IGNORECASE)
_NAME = re.compile(r"[^\W\d_]{2,}|[\u4e00-\u9fff]")
# a whole named before a member's percent, or a part of the member before ("其中", "of which"): no member of the
# first one's whole (only the first member may name it, before its percent or right after it)
_WHOLE_NAMED = re.compile(
    r"占[^,，、;；]{0,20}的|佔[^,，、;；]{0,20}的|在[^,，、;；]{1,20}中|[总總]|全[体體部国國]|其中|"
    r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:total|all|entire|overall|whole)\b|\bof\s+which\b|\bincluding\b|"
    r"\b(?:в|от|из)\s+общ\w+|\bвсего\b|\bвсей\b|\bвсех\b|\bиз\s+(?:них|которых)\b|в\s+том\s+числе",
    re.IGNORECASE,
)
# a member named by a period, a change or a plan: the same share again, not a member ("годом ранее – 58%")
_OTHER_ITEM = re.compile(
    r"ранее|прошл\w*|аналогичн\w*|предыдущ\w*|\bгод\w*|\bмесяц\w*|квартал\w*|полугоди\w*|(?:при)?рост\w*|измен\w*|"
    r"увелич\w*|сниж\w*|сокращ\w*|план\w*|прогноз\w*|цел[ьи]\w*|против|\bearlier\b|\bprevious\b|\bprior\b|\blast\b|"
    r"\byears?\b|\bmonths?\b|\bquarters?\b|\bplan\w*|\btargets?\b|\bforecast\w*|上年|去年|同期|上月|计划|計劃|目标|目標",
    re.IGNORECASE,
)
# a member named by where its share is taken ("в экспорте – 58%", "in Kazakhstan 15%", "在出口中"): a whole of its own
_WHERE = re.compile(r"\s*(?:(?:в|во|на)\s+\S*[еи]\b|(?:in|on|at|among)\s|在)", re.IGNORECASE)
# a flow itself the member: "доля экспорта", "the share of exports", "exports accounted for", "出口占"
_FLOW_MEMBER = re.compile(
    r"(?:дол[яиюе]\w*|удельн\w+\s+вес\w*)\s+(?:экспорт|импорт)\w*|\bshares?\s+of\s+(?:the\s+)?(?:exports?|imports?)\b|"
    r"\b(?:exports?|imports?)\s+(?:accounted|made\s+up|took|held)\b|(?:出口|进口|進口)(?:占|佔)",
    re.IGNORECASE,
)
_TO_LEVEL = re.compile(r"(?:\bto|\bдо|\bfrom|\bс|\bот|\bbetween|[到至由从從~～])\s*$", re.IGNORECASE)
_SIGN_BEFORE = re.compile(r"[+\-−–]$")  # "(+35%)", "10-15%": a change or a range; a dash before a member's share has a space
_SIGNED = re.compile(r"\s*[+\-−–]")
_EACH_NAMES = re.compile(r"[^,，;；:：。.]*$")
_EACH_JOIN = re.compile(r"[、,，]|\s(?:and|и)\s|[和及与與]", re.IGNORECASE)
MIN_ITEMS = 2


def share_run_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> list[Claim]:
    """Share lists of one whole not already read by a narrower reader (their percents in no share list yet)."""
    taken = {(c.sentence_start, q.start) for c in claims if c.kind == "share_list" for q in c.roles.values()
             if q.extra.get("sentence_start") is None}
    summed = {(c.sentence_start, c.roles["total"].start) for c in claims if c.kind == "sum" and "total" in c.roles}
    out: list[Claim] = []
    for s in sentences:
        shares = [q for q in figures[s.index] if q.kind == "percent" and not q.tolerance and not _SIGNED.match(q.text)
                  and not _SIGN_BEFORE.search(s.text, max(0, q.start - 1), q.start) and (s.start, q.start) not in summed]
        for run in _runs(s.text, shares):
            if len(run) < MIN_ITEMS or any((s.start, q.start) in taken for q in run) or _respective(s.text, run):
                continue
            claim = _share_list(sentences, s, run)
            if claim is not None:
                out.append(claim)
    return out


def _runs(text: str, shares: list[Quantity]) -> list[list[Quantity]]:
    """Maximal runs of percents each joined to the one before by a list item's words; a member naming its own whole
    after its percent ends the run before it (unless it is the first)."""
    runs: list[list[Quantity]] = []
    for q in shares:
        if runs and _joined(text, runs[-1], q):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


# the whole the first member's percent is of, in English: "Japan accounted for 57.5% of sales of LNG from the
# Sakhalin-2 project in 2023, South Korea ...": up to the comma that ends it
_FIRST_WHOLE = re.compile(r"\s+of\s+(?P<words>[^,;:.()]{2,70}?)(?=,)", re.IGNORECASE)
# the figures a whole's words may hold: its year, a number in a name ("Sakhalin-2", "ESPO-1")
_WHOLE_FIGURES = re.compile(r"\b(?:19|20)\d\d\b|(?<=[^\W\d])-\d+\b")
# a later member's whole, told again: "South Korea accounted for 16.2% of sales"
_LATER_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?P<words>[^\W\d][^,;:.()\d]{1,40}?)(?=[,;.]|\s+and\s|\s*$)", re.IGNORECASE)


def _names_period(words: str) -> bool:
    return bool(periods_in(words) or _YEAR.search(words))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# a verb in the words after "of": a clause of its own, not the name of a whole
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|should|shall|can|could|may|might|"
                          r"must|\w+ed)\b", re.IGNORECASE)


def _first_whole(text: str, share: Quantity) -> re.Match[str] | None:
    """The words of the whole right after the first member's percent (English "of ..."), when no figure but its
    year or a number in a name stands in them."""
    m = _FIRST_WHOLE.match(text, share.end)
    if m is None or re.search(r"\d", _WHOLE_FIGURES.sub("", m.group("words"))) or _CLAUSE_VERB.search(m.group("words")):
        return None  # "36% of soybeans are processed in the region, but … bring this figure to 70%": a clause, no whole
    return m


def _same_whole(text: str, first: Quantity, later: Quantity) -> bool:
    """Does a later member's percent name again the first one's whole ("57.5% of sales of LNG …, 16.2% of
    sales")? Its words are the first words of the first's whole."""
    fw, lw = _first_whole(text, first), _LATER_WHOLE.match(text, later.end)
    if fw is None or lw is None:
        return False
    first_words = re.sub(r"^the\s+", "", fw.group("words").lower()).split()
    later_words = lw.group("words").lower().split()
    return 0 < len(later_words) <= len(first_words) and first_words[: len(later_words)] == later_words


def _joined(text: str, run: list[Quantity], q: Quantity) -> bool:
    a = run[-1]
    gap = text[a.end : q.start]
    whole = _first_whole(text, a) if len(run) == 1 else None
    if whole is not None and whole.end() < q.start:  # the first member's whole, its year said once for the list
        gap = text[whole.end() : q.start]
        if _TO_LEVEL.search(gap):
            return False  # "…, and should reach 70%": the level a change goes to, not a member
    elif len(run) > 1 and _same_whole(text, run[0], a):
        gap = text[_LATER_WHOLE.match(text, a.end).end() : q.start]  # type: ignore[union-attr]
    if not _GAP.fullmatch(gap) or not _JOINER.search(gap) or _NOT_ONE_WHOLE.search(gap) or _SUMMED.search(gap) \
            or periods_in(gap):
        return False
    joiner = _JOINER.search(gap)
    if joiner is not None and _WHOLE_NAMED.search(gap, joiner.end() if len(run) == 1 else 0):
        return False  # the next member names a whole ("占总农户的60%", "в общем объеме"): maybe another one
    return len(run) == 1 or not _OWN_WHOLE.match(text, a.end) or _same_whole(text, run[0], a)


def _respective(text: str, run: list[Quantity]) -> bool:
    """A list of percents read "respectively" (``respective_shares``): "respectively" after them, or a bare run of
    percents after 分别 (no member named between them: its members, or its wholes, are named before)."""
    if RESPECTIVELY.search(text, run[0].start):
        return True
    bare = any(not _NAME.search(_JOINER.sub(" ", text[a.end : b.start])) for a, b in itertools.pairwise(run))
    return bool(RESPECTIVELY.search(text, 0, run[0].start)) and bare


def _share_list(sentences: list[Sentence], s: Sentence, run: list[Quantity]) -> Claim | None:
    text = s.text
    first, last = run[0], run[-1]
    lead = text[max(0, text.rfind("。", 0, first.start) + 1, text.rfind(";", 0, first.start) + 1,
                    text.rfind("；", 0, first.start) + 1) : first.start]
    cue = _CUE_BEFORE.search(lead) or _CUE_AFTER.match(text, first.end) or _CUE_BEFORE.search(text, first.end, last.start)
    if not cue or _TO_LEVEL.search(lead):
        return None  # no word for a share; or the first percent ends a range or a change ("from 17% to 49%")
    whole = _first_whole(text, first)
    if whole is not None and _names_period(whole.group(0)) and _names_period(text[whole.end() :]):
        return None  # "30% of exports in 2022, … 25% in 2023": shares of two periods
    if _OWN_WHOLE.match(text, last.end) and not _same_whole(text, first, last):
        run = run[:-1]  # the last member names a whole of its own ("Japan 20% of imports"): maybe another one
        if len(run) < MIN_ITEMS:
            return None
        first, last = run[0], run[-1]
    names = _names(text, run)
    split = _flows_split(lead, names)
    if not split and (_NOT_ONE_WHOLE.search(lead[-60:]) or len(flows_named(" ".join([lead[-60:], *names])) - {"total"}) > 1
                      or (flows_named(lead[-60:]) and any(flows_named(x) for x in names))):
        return None  # "China's share in exports was 47%, while imports amounted to 62%": two wholes
    if any(_OTHER_ITEM.search(x) or _WHERE.match(x) for x in names):
        return None  # "61%, годом ранее – 58%", "в экспорте – 58%": the share in another period or whole, or its change
    if told_as_changes(s, run):
        return None
    roles: dict[str, Quantity] = {}
    for q in run:
        n = _each_count(text, q)
        if n == 0:
            return None
        for _ in range(n):
            roles[f"share{len(roles) + 1}"] = q
    closed = split or _rest_before(text[run[-2].end : last.start])
    return Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, first.start),
                 note="" if closed else OPEN_LIST)


def _flows_split(lead: str, names: list[str]) -> bool:
    """"Доля экспорта составила 71,2%, импорта - 28,8%", "Exports accounted for 61%, imports for 39%": the shares of
    the two flows themselves (the share word right before the first, no whole named for the second) divide the
    turnover."""
    return len(names) == 1 and bool(_FLOW_MEMBER.search(lead[-40:])) and not _WHERE.match(names[0]) \
        and flows_named(lead[-40:]) | flows_named(names[0]) == {"export", "import"} and len(flows_named(names[0])) == 1


def _names(text: str, run: list[Quantity]) -> list[str]:
    """The words before each later percent that name its member (or its whole): each gap's words after its last
    joiner (words right after a percent name the member before: "45.7% passed in import, 20.2% – in export")."""
    parts = []
    for a, b in itertools.pairwise(run):
        gap = text[a.end : b.start]
        joins = list(_JOINER.finditer(gap))
        parts.append(gap[joins[-1].end() :] if joins else gap)
    return parts


def _rest_before(gap: str) -> bool:
    """Is the last member "the rest" ("其余城市共占", "остальные –", "and others")? Its name follows the last joiner."""
    joins = list(_JOINER.finditer(gap))
    name = gap[joins[-1].end() :] if joins else gap
    return len(name.strip()) <= 25 and bool(REST.search(name))


def _each_count(text: str, q: Quantity) -> int:
    """How many members a percent is said of: 1, or the count of the names before "each"/各 (0 when unsure)."""
    before = EACH_BEFORE.search(text[max(0, q.start - 30) : q.start])
    if before is None and not EACH_AFTER.match(text, q.end):
        return 1
    names_end = q.start - len(before.group(0)) if before is not None else q.start
    names = _EACH_NAMES.search(text[max(0, names_end - 60) : names_end])
    if names is None:
        return 0
    members = [x for x in _EACH_JOIN.split(names.group(0)) if x and x.strip()]
    return len(members) if len(members) >= 2 else 0
