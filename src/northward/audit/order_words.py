"""Words that put two figures in order, in English, Russian and Chinese: a comparative between them
("2.35 million tonnes, just below the 2.47 million of August", "опередив Туркмению (2,6 млрд куб. м)",
"高于"), a record and the record it beat ("a new record ... the previous maximum was 4.25"), and the
unit words the scanner leaves to the reader (barrels a day).

Each entry is a pattern matched on the few characters between or around figures; the logic that reads
them is language-neutral (``comparatives``, ``records``).
"""

from __future__ import annotations

import re

from .grammar import word_pattern as _c

# a comparative between two figures: group "up" (the first is the larger) or "down" (the first is the smaller);
# "more than", "over", "свыше", "超过" alone are hedges of the second figure, never read here
BETWEEN: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"(?:(?P<up>\babove|\bahead\s+of|\bhigher\s+than|\bgreater\s+than|\btopp(?:ed|ing)|\boutstrip\w*|\boutpac\w*|"
        # "3.1 billion kWh in 2023, down from 4.6 billion kWh in 2022": the first is the later level
        r"\bup\s+from|\ban?\s+(?:[a-z]+\s+)?(?:increase|rise|jump|surge|gain)\s+from|"
        # a rate said against another: "rose 17.9%, slowing from 34.6% in October", "faster than the 5% of 2023"
        r"\bfaster\s+than|\baccelerat(?:ing|ed)\s+from|\bquicken(?:ing|ed)\s+from)|"
        r"(?P<down>\bslow(?:ing|ed|er)\s+(?:from|than)|\bdecelerat(?:ing|ed)\s+from|\bbelow|\bbehind|\blower\s+than|\bshort\s+of|\btrail(?:s|ed|ing)(?:\s+only)?|\bdown\s+from|"
        r"\ban?\s+(?:[a-z]+\s+)?(?:decrease|decline|drop|fall)\s+from))"
    ),
    "ru": _c(
        # "$31,2 млрд, что превышает показатель за весь прошлый год ($30,5 млрд)": a verb said of the first figure
        r"(?:(?P<up>\bбольше,?\s+чем|\bвыше,?\s+чем|\bопереди\w*|\bобогна\w*|\bобгоня\w*|"
        r"(?<!\w)(?:что|это)\s+(?:\w+\s+)?(?:превыша\w*|превзош\w*)|\bбыстрее,?\s+чем|\bускори\w*\s+(?:с|со)\b)|"
        r"(?P<down>\bменьше,?\s+чем|\bниже,?\s+чем|\bуступа(?!ни)\w*|\bотста(?:[её]т\w*|ют\w*|вал\w*|л[аои]?\b|вая|вш\w*)|\bмедленнее,?\s+чем|"
        r"\bзамедли\w*\s+(?:с|со)\b))"
    ),
    "zh": _c(r"(?:(?P<up>高于|多于|领先于?)|(?P<down>低于|少于|不及|落后于|仅次于))"),
}
# right before the later of two levels a trend led to ("stood at 324 million in 2002, but soared to nearly 6 billion
# in 2013", "сократился до", "增至"): the trend word (the language's growth or decline verbs), then these
TREND_TO: dict[str, re.Pattern[str]] = {
    "en": _c(r"\bto\s+(?:a\s+|the\s+)?(?:record\s+|new\s+)?(?:high\s+of\s+|low\s+of\s+)?"
             r"(?:about|around|nearly|almost|some|roughly|over|more\s+than|just\s+over|just\s+under)?\s*$"),
    "ru": _c(r"(?<!\w)до\s+(?:почти|около|более|свыше|примерно|порядка)?\s*$"),
    "zh": _c(r"(?:至|到)\s*(?:近|约|超过|逾)?\s*$"),
}
# "not above", "не выше", "并不高于": a denied comparative says nothing of the order
DENIED: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$"),
    "ru": _c(r"(?<!\w)(?:не|ни)\s+$"),
    "zh": _c(r"(?:不|未|没有)$"),
}
# a figure called a record (in its clause, or "это новый рекорд" right after it)
RECORD: dict[str, re.Pattern[str]] = {
    "en": _c(r"\brecord\b|all-time\s+high|highest\s+ever"),
    "ru": _c(r"рекорд\w*|исторически\w*\s+максимум\w*"),
    "zh": _c(r"纪录|记录|历史新高|历史最高|创新高"),
}
BEST_DAY: dict[str, re.Pattern[str]] = {
    "en": _c(r"\brecord\b|all-time\s+high|highest|the\s+most\b|\bpeak\b"),
    "ru": _c(r"рекорд\w*|максим\w+|наибольш\w+|пиков\w*"),
    "zh": _c(r"纪录|记录|最高|最多|峰值|高峰|新高"),
}
# the record it beat: group-less, right before that record's figure or in its clause
PREVIOUS_RECORD: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:previous|prior|last|former|old)\s+(?:\w+\s+){0,2}?(?:record|high|peak)\b"),
    "ru": _c(r"(?:предыдущ|прежн|последн)\w*\s+(?:\w+\s+)?(?:рекорд|максимум|пик)\w*"),
    "zh": _c(r"(?:此前|之前|上一|原)(?:的)?(?:最高)?(?:纪录|记录)"),
}
# barrels (a day): the scanner gives them no unit; a figure followed by these words is in barrels
BARRELS = _c(r"^\s*(?:mn\s+|million\s+)?(?:barrels?\b|bbl\b|b/d\b|bpd\b|桶|баррел\w*)")

# places in a ranking. ORDINALS: the words of a place, by their first letters; PLACE: a place said in words
# (group "ord", and "ord2" for a second place listed with it: "排第二及第三位", "на четвёртой и пятой строчках";
# group "group" for "closes the top five": the last place of that group)
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10,
    "тройк": 3, "пятерк": 5, "пятёрк": 5, "десятк": 10,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    "largest": 1, "biggest": 1, "top": 1, "leading": 1,
}
# one member's place: the ranked noun in the singular ("the leading suppliers" names no one place)
_RANKED_EN = (r"(?:partner|supplier|source|market|buyer|exporter|importer|destination|customer|(?:co-)?trader|brand|"
              r"carmaker|automaker|manufacturer|producer|spot|position|(?<!\bin\sthe\sfirst\s)place)\b")
_RANKED_RU = (r"(?:(?:партн[её]р|поставщик|импорт[её]р|экспорт[её]р|источник)(?:ом|а|у|е)?|покупател(?:ь|ем|я|ю)|"
              r"рын(?:ок|ком|ка|ке)|направлени(?:е|ем|я))(?!\w)")
_COUNT_AFTER = r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)\b)"  # "the top five suppliers"
_ORD_RU = r"перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят"
_ORD_ZH = r"[一二三四五六七八九十]|\d{1,2}"
_GROWTH_RU = r"(?:вырос|вырас|увелич|сократ|снизи|снижа|упал|пада|прибав|подорож|подешев)"
PLACE: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\b(?:ranked|came\s+in|placed|finished|took|claimed|secured|occupied)\s+(?:the\s+)?(?P<ord3>first|second|third|fourth|fifth|sixth)\b"
        r"(?![\s-]+(?:half|quarter|time|round|stage|phase|batch|step|day|week|month|year|two|three|four|five)\b)|"
        # "the largest volume of LNG was shipped to Japan": the most of a level (as наибольший объём), never of a growth
        r"(?P<lead>\bthe\s+most\s+popular\b|\bthe\s+(?:largest|biggest|greatest|highest)\s+(?:volume|share|number|"
        r"amount|quantity)s?\b(?!\s+(?:of\s+)?(?:growth|increase|rise|gain|decline|drop|fall|reduction)))|"
        # "The second place − Taiwan (17.4%), the third − South Korea": a bare ordinal then a dash and its member
        r"\bthe\s+(?P<ord4>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s*[–—−-]\s*[A-Z])|"
        r"\b(?:(?:number|no\.)\s*(?P<num>one|two|three|four|five|[1-5])\s+|"
        r"(?P<ord>largest|biggest|top|leading|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
        r"(?:[\s-]+(?:largest|biggest|most\s+important|main))?" + _COUNT_AFTER + r"[\s-]+)(?:[a-z-]+\s+){0,2}?" + _RANKED_EN
    ),
    "ru": _c(
        rf"(?<!\w)(?P<ord>{_ORD_RU})\w*\s+(?:и\s+(?P<ord2>{_ORD_RU})\w*\s+)?(?:мест|строчк|позици)\w*|"
        rf"(?<!\w)(?P<ord3>{_ORD_RU})\w*\s+(?:по\s+\w+\s+|крупнейш\w+\s+)?{_RANKED_RU}|"  # "вторым по величине поставщиком"
        rf"(?<!\w)(?P<ord4>{_ORD_RU})\w*\s+(?:ид[её]т|иду|следу\w+)(?!\w)|"  # "Второй идет Республика Корея – 2,1 тысячи тонн"
        rf"(?:(?P<group>тройк|пят[её]рк|десятк)\w*\s+(?:[\w-]+\s+){{0,3}}?(?:замыка|замкну)\w*|(?:замыка|замкну)\w*\s+"
        rf"(?P<group2>тройк|пят[её]рк|десятк)\w*)|"
        rf"(?P<lead>крупнейш\w*|главн\w+|(?:наиболее|сам\w+)\s+крупн\w+)\s+(?:[\w-]+\s+){{0,2}}?{_RANKED_RU}|(?P<lead2>\bлидер\w*|\bлидиру\w*|"
        # "больше всего экспортирует Китай", "наибольший объём пришёлся на": the most of a level, never of a growth
        rf"(?<!\w)больше\s+всего(?!\s+(?:\w+\s+)?{_GROWTH_RU})|(?<!\w)наибольш\w+\s+(?:объ[её]м|количеств|числ|дол)\w*)"
    ),
    "zh": _c(
        rf"(?:排名?|位居|位列|居|跌至|降至|升至)第(?P<ord>{_ORD_ZH})(?:(?:及|和|、)第(?P<ord2>{_ORD_ZH}))?(?:大|位|名)?|"
        rf"第(?P<ord3>{_ORD_ZH})(?:大|位|名)|"
        # "韩国位居第二…，日本第三，贸易额为3.58亿美元": a place right after a name, closed by a comma (never "第三季度",
        # nor "第一，…" opening a clause)
        rf"(?<=[\u4e00-\u9fff])(?<![，。；、：])第(?P<ord4>[二三四五六七八九十])(?=[,，])|(?<!从)(?P<lead>最大的?[\u4e00-\u9fff]{{0,4}}?(?:贸易伙伴|贸易国|进口国|进口来源国|供应国|"
        rf"供应商|来源国|来源地|出口国|市场|买家)|第一大|居首|榜首|首位|"
        # "来自中国的游客人数最多": the most of a level, never of a growth ("增长最多")
        r"(?<!增长)(?<!增加)(?<!减少)(?<!下降)(?<!上升)(?<!提高)(?<!增幅)(?<!降幅)(?<!增速)最多)"
    ),
}
# which ranking a place belongs to, by its noun: a place in one is never compared with a place in another ("the
# largest trading partner" and "the second largest export market"); a place without a noun ("на втором месте",
# "第三位", "ranked second") joins any
RANKINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("partner", _c(r"partner|партн[её]р|贸易伙伴|贸易国")),
    ("market", _c(r"market|buyer|destination|customer|importer|покупател|рын(?:ок|к)|направлени|импорт[её]р|市场|买家|目的地")),
    ("supplier", _c(r"supplier|source|exporter|поставщик|экспорт[её]р|источник|供应|来源|进口国|出口国")),
)
# a ranking of the world, not of the text's figures ("the world's largest oil exporter", "世界最大")
WORLD: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:world'?s?|global|one\s+of\s+the)\s+(?:\w+\s+)?$"),
    "ru": _c(r"(?:мир\w*|одн\w+\s+из)\s+(?:\w+\s+)?$"),
    "zh": _c(r"(?:世界|全球|之一)[\u4e00-\u9fff]{0,2}$"),
}
# the next places after the last one said, for the members named after the words ("На третьем месте ...
# Далее следуют Ирак, Бразилия и Оман"), or for the member before them ("沙特紧随其后")
NEXT: dict[str, re.Pattern[str]] = {
    "en": _c(r"\bfollowed\s+by\b"),
    "ru": _c(r"на\s+следующ\w+\s+(?:позици|мест|строчк)\w*|далее\s+(?:следу|ид)\w+|за\s+(?:ней|ним|ними)\s+следу\w+|"
             r"следом\s+ид\w+"),
    "zh": _c(r"紧随其后|其次是|其次为|其后是"),
}
# a ranking from the bottom ("The lowest rates were in Finland (0.5%), followed by Latvia"): its places ascend
LOWEST: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:lowest|smallest|fewest|least|weakest|slowest)\b"),
    "ru": _c(r"(?<!\w)(?:наименьш\w*|самы\w+\s+(?:низк|мал|слаб)\w*|меньше\s+всего|минимальн\w*)"),
    "zh": _c(r"最低|最少|最小|最慢|最弱"),
}
# "затем", "然后": the next place, once a ranking has begun ("Второй идет Корея – 2,1 тысячи тонн, затем Дания – 791 тонна")
THEN: dict[str, re.Pattern[str]] = {
    "ru": _c(r"(?<!\w)затем(?!\w)"),
    "zh": _c(r"然后是|再次是|再其次是"),
}
# the members listed after these words are above the place's member ("third after Indonesia and Australia",
# "уступая Тайваню, Мьянме ...", "仅次于") or below it ("опередив Туркмению и Австралию", "取代沙特")
ABOVE_LIST: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:after|behind|trailing)\b"),
    "ru": _c(r"(?<!\w)(?:после|уступа\w*|уступив|отста\w*\s+от|вслед\s+за)(?!\w)"),
    "zh": _c(r"仅次于|次于|落后于"),
}
BELOW_LIST: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:ahead\s+of|surpass\w*|overtak\w*|overtook|outstrip\w*|beating|replac\w+)\b"),
    "ru": _c(r"(?<!\w)(?:опереди\w*|обогна\w*|обош\w*|опережа\w*|потесни\w*|вытесни\w*)"),
    "zh": _c(r"超过|超越|取代|领先"),
}
# "that country" ("из этой страны", "该国"): the member named last before
THAT_COUNTRY = _c(r"\bthat\s+country\b|этой\s+стран\w*|эт(?:а|у)\s+стран\w*|该国")
# a series said to move one way step by step ("497万吨、329万吨、253万吨、200万吨,…逐步回落", "fell steadily:
# 5.1, 4.6 and 3.9 million tonnes"): group "up" (each figure above the one before) or "down"
STEADY: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"(?P<up>\b(?:rose|grew|increased|climbed)\s+(?:steadily|year\s+after\s+year|month\s+after\s+month|step\s+by\s+step)|"
        r"\bsteady\s+(?:rise|increase|growth|climb))|"
        r"(?P<down>\b(?:fell|declined|decreased|dropped)\s+(?:steadily|year\s+after\s+year|month\s+after\s+month|step\s+by\s+step)|"
        r"\bsteady\s+(?:decline|fall|decrease|drop))"
    ),
    "ru": _c(
        r"(?:последовательно|неуклонно|ежегодно|ежемесячно|год\s+от\s+года|из\s+месяца\s+в\s+месяц)\s+"
        r"(?:(?P<up>(?:растут|растет|рос\w*|увеличива\w+|увеличил\w*))|(?P<down>(?:снижа\w+|снизил\w*|сокраща\w+|сократил\w*|падал\w*)))"
    ),
    "zh": _c(r"(?:逐步|逐月|逐年|持续|逐季)(?:(?P<up>回升|上升|增长|递增|攀升)|(?P<down>回落|下降|下滑|递减|减少))"),
}
# what may stand between the figures of such a series: list marks, and the years or months they belong to
_UNIT_WORDS = (r"(?:(?:metric\s+)?(?:tonnes|tons)\b|t\b|吨|тонн\w*|т\b\.?|cubic\s+met(?:re|er)s|кубометр\w*|куб\.\s*м\b|立方米|"
               r"barrels?\b|桶|yuan\b|dollars\b|元|美元|долл\w*\.?|руб\w*\.?|辆|列|标箱|TEU\b)")
# (each is removed from the gap; nothing but spaces may be left)
SERIES_GAP = _c(rf"{_UNIT_WORDS}|[,，、;；]|\band\b|\bи\b|和|及|(?:\bin\s+)?(?:19|20)\d\d\s*(?:年|г\.?|года?)?")
