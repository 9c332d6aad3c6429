"""The claim grammar's words in English, Russian and Chinese: from/to, growth and decline, shares.

Each entry is a regular expression matched against the few characters between or around figures;
the extractor (``extract.py``) is language-neutral and reads these tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One language's connecting words, as compiled patterns."""

    from_before: re.Pattern[str]  # just before the first figure of "from A to B"
    to_between: re.Pattern[str]  # the whole text between A and B
    up: re.Pattern[str]  # growth verbs near a percent or multiple
    down: re.Pattern[str]  # decline verbs
    share_before: re.Pattern[str]  # just before a share's percent ("accounting for")
    share_after: re.Pattern[str]  # just after a share's percent ("of the province's total")
    currency_gap: re.Pattern[str]  # between an amount and its conversion ("(about", "（约合")
    multiple_plus_one: re.Pattern[str]  # "增长3倍" means ×4 by the Chinese convention
    # just before a percent that is the level of a ratio, never a change ("a net margin of", "рентабельность составила",
    # "净利润率达"): a profit margin, an unemployment or utilisation rate, a level of urbanisation
    level_rate: re.Pattern[str] = re.compile(r"^$a")


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p, re.IGNORECASE)


word_pattern = _c  # a language's words as a case-insensitive pattern (for the modules that plug words in)


EN = Words(
    # "between 16.5 and 19 Mt" is a range (guidance, an estimate), never a change from one level to the other
    from_before=_c(r"\bfrom\s*(?:a\s+|the\s+)?(?:level\s+of\s+|mark\s+of\s+)?$"),
    to_between=_c(r"^\s*(?:in\s+\d{4}\s+)?(?:to|and|up\s+to)\s+(?:a\s+|the\s+)?(?:record\s+|new\s+)?(?:high\s+of\s+)?$"),
    up=_c(
        r"increas|\brose\b|\brise|\bgrew|\bgrow|growth|\bup\b|surg|jump|climb|expand|gain|higher|boost|"
        r"soar|doubl|tripl|quadrupl|\badd"
    ),
    down=_c(
        r"decreas|declin|\bfell|\bfall|dropp|\bdrop|\bdown\b|shr[ai]nk|contract|lower|reduc|slump|"
        r"plung|halv|\bcut\b|\bslid"
    ),
    share_before=_c(
        r"(?:account(?:ed|ing|s)?\s+for|making\s+up|made\s+up|makes\s+up|represent(?:ed|ing|s)?|"
        r"comprising|constitut(?:ed|ing|es)|share\s+(?:of\s+[^,;]{0,60}?\s+)?(?:was|reached|rose\s+to|"
        r"grew\s+to|stood\s+at|of)|equal\s+to|accounting\s+for\s+(?:about|nearly|over)?)\s*$"
    ),
    share_after=_c(r"^\s*(?:of\b|share\b)"),
    level_rate=_c(r"\b(?:(?:profit|net|gross|operating|EBITDA)\s+margin|margin|unemployment\s+rate|jobless\s+rate|"
                  r"utili[sz]ation\s+rate|occupancy\s+rate|load\s+factor)\s*(?:of|was|is|at|stood\s+at|reached|hit)?\s*"
                  r"(?:about|around|nearly|almost)?\s*$|"
                  # "the dollar's share fell below 50 per cent": a level passing a mark, never a change by it
                  r"\b(?:fell|falls?|falling|dropped|drops?|dipped|slipped|sank|rose|rises?|climbed|went|moved|crept)\s+"
                  r"(?:below|under|above|over|past|beyond)\s+(?:the\s+)?$"),
    currency_gap=_c(
        r"^\s*(?:\(|\[|,)\s*(?:or\s+)?(?:about|around|approximately|roughly|some|nearly|almost|"
        r"over|more than|~|≈)?\s*$"
    ),
    multiple_plus_one=_c(r"^$a"),
)

RU = Words(
    from_before=_c(r"(?:\bс|\bот)\s*(?:уровня\s+)?(?:в\s+)?$"),
    # "с 5088 человек в декабре 2013 года до 4617": the first end's unit and period words may stand before "до"
    # "с 3,42 - до 3,19 млн тонн": a dash may stand before "до"
    to_between=_c(r"^\s*(?:юаней\s+|долл\w*\.?\s+)?(?:[-–—]\s*)?(?:до|по)\s+$|^\s*(?:[^\W\d][\w.]*\s+){1,5}(?:[-–—]\s*)?до\s+$"),
    up=_c(
        r"увелич|вырос|выросл|рост|прирост|повыс|подня|выше|возрос|нарасти|удвои|утрои|вдвое|втрое|"
        r"превыс|превыш|\bплюс\b|\bбольше\b(?!\s*$)"  # "на 23,4% больше"; "больше 5%" right before a figure is a hedge
    ),
    down=_c(r"сократ|сниз|снижен|упал|паден|уменьш|ниже|опусти|сокращ|\bминус\b|\bменьше\b(?!\s*$)"),
    share_before=_c(
        r"(?:составив|составил\w*|что\s+составляет|что\s+составило|доля\s+[^,;]{0,60}?"
        r"(?:составила|достигла|выросла\s+до|увеличилась\s+до|—|-)|на\s+долю\s+[^,;]{0,60}?"
        r"(?:пришл\w+|приходится|приходилось)|это\s+|или)\s*(?:около|почти|более|свыше)?\s*$"
    ),
    share_after=_c(r"^\s*(?:от\b|всего\b|всей\b|всех\b|общего\b|общей\b|внешне|товарооборота|(?:всего\s+)?объема)"),
    level_rate=_c(r"(?:рентабельност\w*|маржинальност\w*|безработиц\w*|загрузк\w*|загруженност\w*)\s*"
                  r"(?:составил\w*|достиг\w*|был\w*|[—–-])?\s*(?:около|почти)?\s*$"),
    # "/около 255 млрд долларов США/": Xinhua's Russian service brackets with slashes
    currency_gap=_c(r"^\s*(?:\(|\[|,|/)\s*(?:около|примерно|почти|более|свыше|~|≈)?\s*$"),
    multiple_plus_one=_c(r"^$a"),
)

ZH = Words(
    from_before=_c(r"(?:从|由)\s*$"),
    to_between=_c(r"^\s*(?:元|美元|万?吨|人次|人|辆|列|标箱|立方米|千瓦时|卢布|美元|港元)?\s*(?:(?:增长|增加|提高|上升|下降|减少|回落|降低|扩大|缩小|降|增|升|跌|达)(?:到|至)|到|至)\s*$"),
    # 微升, 回升, 攀升, 微涨: a rise said with 升 or 涨 (never 升至/降为 alone, "to" a level)
    up=_c(r"增长|增加|上升|提高|上涨|扩大|增幅|翻|增|微升|回升|攀升|微涨|上扬"),
    down=_c(r"下降|减少|下滑|回落|降低|降幅|减|微降|下跌|微跌"),
    share_before=_c(r"(?:占\S{0,40}?(?:的|比重为|比重|份额为)?|占比|比重为|比重达|份额为)\s*(?:约|近|超过)?\s*$"),
    share_after=_c(r"^\s*$a"),
    level_rate=_c(r"(?:利润率|毛利率|净利率|负债率|失业率|利用率|使用率|覆盖率|城镇化率|自给率|入住率|上座率|准点率|合格率|"
                  r"普及率|渗透率|占有率)\s*(?:为|达|达到|是|约为|仅为|保持在)?\s*(?:约|近|超过)?\s*$"),
    # （约合人民币…亿元）, "(按当前汇率折合22.5亿美元)": the rate named before the conversion word
    currency_gap=_c(r"^\s*(?:\(|（|,|，)\s*(?:按[^\d()（）,，]{0,8}汇率(?:计算)?\s*[,，]?\s*)?(?:约合|约|折合|合)?\s*(?:人民币|美元)?\s*$"),
    # 增长近3倍, 比B多3倍
    multiple_plus_one=_c(r"(?:增长|增加|扩大|提高|上升|(?<!差不)多出?)了?\s*(?:将近|接近|近|约|超过|逾|达到|达)?\s*$"),
)

WORDS = {"en": EN, "ru": RU, "zh": ZH}


def words(lang: str) -> Words:
    return WORDS.get(lang, EN)


# "rose to B from A" (the later level first): the words before B and between B and A, per language
TO_FROM: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "en": (
        # "to just below $5 a tonne from $9.15": a hedge before the level, a unit after it
        _c(r"\b(?:to|reaching|hitting|reached|totall?ed|amounted\s+to|stood\s+at)\s+(?:a\s+|the\s+)?(?:record\s+|new\s+)?(?:high\s+of\s+)?"
           r"(?:(?:just\s+)?(?:below|under|over|above)\s+|about\s+|around\s+|nearly\s+|almost\s+)?$"),
        _c(r"^\s*(?:(?:a|per)\s+(?:tonne|ton|barrel|unit|head)\s+)?(?:in\s+\d{4}\s*)?,?\s*(?:(?:up|down)\s+)?from\s+"
           r"(?:a\s+|the\s+)?(?:level\s+of\s+)?$"),
    ),
    # "упали в четыре раза, до $51,2 тысячи с $211 тысячи", "выросли до 5,1 млн т с 3,2 млн т"
    "ru": (
        _c(r"\bдо\s*(?:(?:почти|около|более|свыше)\s+)?$"),
        _c(r"^\s*(?:тонн\w*\s+|юан\w*\s+|долл\w*\.?\s+|руб\w*\.?\s+)?с\s*(?:уровня\s+)?$"),
    ),
}


# "Если в 2022 году ... 17 автомобилей, то в 2023-м – уже 2567": two levels set against each other, the first the
# earlier; the words before the first (in its clause) and between the two, per language
IF_THEN: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "ru": (_c(r"(?<!\w)если(?!\w)[^,;.!?\d]{0,60}$"), _c(r"^[^\d;.!?]{0,30},\s*то(?!\w)[^\d;.!?]{0,40}$")),
}


# a share's whole named further on in its clause, its amount right after these words ("accounting for 13.6
# percent of the province's total foreign trade of 150.4 billion yuan"), per language
WHOLE_AMOUNT_BEFORE: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:of|at|worth|totall?ing|valued\s+at)\s+(?:about|around|nearly|some|over|more\s+than|almost)?\s*$"),
}
WHOLE_FAR = 80  # characters from a share to such a named whole's amount (40 for a whole right after "of")
