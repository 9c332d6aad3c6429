"""Subjects the store does not key by territory and partner: partner groups, products, cities and ports.

"Trade with Belt and Road countries rose 12.9%" is not the province's total trade; "crude oil imports"
are not all imports; "Suifenhe's trade" is not Heilongjiang's. When such words stand between the
figure and the territory it would otherwise be read against, the subject is uncertain and the claim
is unverifiable against the store (never defaulted to the province's total).
"""

from __future__ import annotations

import re
from functools import lru_cache

PARTNER_GROUPS = (
    r"belt\s+and\s+road|\bBRI\b|\bB&R\b|一带一路|共建\S{0,6}国家|沿线国家|по(?:яс\w*|ясом)\s+и\s+пут\w*|",
    r"\bASEAN\b|东盟|东协|АСЕАН|\bEU\b|european\s+union|欧盟|евросоюз\w*|\bЕС\b|\bRCEP\b|",
    r"\bEAEU\b|ЕАЭС|欧亚经济联盟|\bSCO\b|ШОС|上合|\bBRICS\b|БРИКС|金砖|",
    r"central\s+asia|中亚|центральн\w+\s+ази\w*|africa|非洲|африк\w*|latin\s+america|拉美|латинск\w+\s+америк\w*|",
    r"neighbo(?:u)?ring\s+countries|周边国家|сосед\w+\s+стран\w*|northeast\s+asia(?:n)?\s+countries|东北亚国家",
    # Chinese names of more groups, and of Russian regions (a part of the partner, not all of Russia)
    r"|中蒙俄|经济走廊|独联体|中东欧|阿拉伯国家|海湾国家|拉丁美洲|RCEP成员国|远东地区|俄远东|滨海边疆区|阿穆尔州|哈巴罗夫斯克|犹太自治州|"
    r"外贝加尔|后贝加尔|布拉戈维申斯克|符拉迪沃斯托克|海参崴|萨哈林|伊尔库茨克|新西伯利亚",
)
# what a count is of (trains, containers, tonnes): narrower than trade in money, but a unit rather than a
# subject when parts and their total are compared (inbound trains are a part of all trains)
COUNTED = r"containers?|контейнер\w*|集装箱|\bTEU\b|标箱|trains?|поезд\w*|班列|tonnes|tons|тонн\w*|吨"
_COUNTED = re.compile(COUNTED, re.IGNORECASE)
PRODUCTS = (
    r"crude\s+oil|\boil\b|petroleum|нефт\w*|原油|石油|\bcoal\b|угл[яеь]\w*|уголь|煤炭?|natural\s+gas|"
    r"(?<!\w)газ\w*|天然气|timber|lumber|\bwood\b|\blogs\b|(?:\biron\s+|\bmetal\s+)?\bores?\b|лесоматериал\w*|древесин\w*|木材|"
    r"agricultural|сельскохозяйств\w*|农产品|\bgrain|зерн\w*|粮食|soy\w*|со[яи]\b|大豆|"
    r"electromechanical|机电|high-tech|高新技术|автомоб\w*|\bcars?\b|vehicles?|automobiles?|汽车|"
    r"seafood|水产|fertili[sz]er\w*|удобрени\w*|化肥|\bsteel\b|стал[ьи]\b(?!\s+(?:[а-яё]+(?:ее|ей|ше|же)\b|[а-яё]+ть(?:ся)?\b))|钢材|machinery|машин\w*|"
    r"electronics?|электроник\w*|电子产品|\b(?!(?:chinese|russian|mongolian|foreign|domestic|all|other|its|their)\b)[a-z-]+(?:\s+and\s+[a-z-]+)?\s+products\b|[\u4e00-\u9fff]{1,6}产品|"
    r"cross-border\s+e-commerce|跨境电商|электронн\w+\s+торговл\w*|processing\s+trade|加工贸易|"
    r"general\s+trade|一般贸易|border\s+trade|边境贸易|приграничн\w+\s+торговл\w*|"
    r"private\s+(?:enterprises|companies|firms)|民营企业|частн\w+\s+(?:предприят|компан)\w*|"
    r"state-owned|国有企业|foreign-invested|外商投资企业|small\s+and\s+medium|中小企业|мал\w+\s+и\s+средн\w+|"
    r"services?\s+trade|trade\s+in\s+services|服务贸易|服务进出口|торговл\w+\s+услуг\w*|\bports?\b|口岸|"
    r"成品油|液化天然气|铁矿|铜矿|矿产品|化工|纸浆|原木|锯材|海产品|海鲜|水果|蔬菜|果菜|服装|纺织|鞋类|家电|整车|商品车|"
    r"电力|肉类|玉米|小麦|油菜籽|电子商务|市场采购|边民互市|互市贸易|劳动密集型产品|钢铁|轮胎|"
    # Russian goods of the crossings and the Far East's exports: ore, timber, fish, crab, caviar
    r"(?<!\w)руд[аыеуо]\w*|железорудн\w*|лесн\w+\s+груз\w*|(?<!\w)лес(?:а|ом|у)?\b|рыб\w*|морепродукт\w*|краб\w*|"
    r"(?<!\w)икр[аыуе]\b|хлебн\w+\s+груз\w*|(?<!\w)сою\b|моллюск\w*|гребеш\w*|(?<!\w)сельд[ьи]\w*|"
    # timber by its kind, fish by its species, grains and oilseeds, power, LNG (by lemma)
    r"пиломатериал\w*|пиловочник\w*|(?<!\w)шпон\w*|(?<!\w)треск[аиуе]\w*|минта[йяюе]\w*|камбал\w*|"
    r"(?<!\w)СПГ\b|сжиженн\w+\s+природн\w+\s+газ\w*|ячмен\w*|(?<!\w)ов[её]с\b|(?<!\w)овс[аеу]\b|гречих\w*|гречк\w*|"
    r"пшениц\w*|кукуруз\w*|бобов\w*|рапс\w*|электроэнерги\w*|свинин\w*|"
    # foods by kind, in the three languages (a figure of one is never the trade's total)
    r"猪肉|禽肉|牛肉|羊肉|鸡肉|鸡爪|鸡翅|蜂蜜|冰淇淋|冰激凌|乳制品|奶粉|巧克力|糖果|植物油|食用油|葵花籽油|菜籽油|啤酒|"
    r"\bpork\b|\bbeef\b|poultry|chicken|\bhoney\b|ice\s+cream|\bdairy\b|chocolate|confectionery|"
    r"(?:vegetable|sunflower|rapeseed)\s+oil|\bbeer\b|мяс[аоу]\w*|говядин\w*|баранин\w*|птиц\w*|курин\w*|куриц\w*|"
    r"морожен\w*|(?<!\w)м[её]д(?:а|ом|у)?\b|шоколад\w*|кондитерск\w*|подсолнечн\w+\s+масл\w*|рапсов\w+\s+масл\w*|"
    r"(?<!\w)пив[оау]\b|молочн\w+\s+продук\w*|"
    r"пункт\w*\s+пропуска|" + COUNTED
)
CITIES = (
    r"harbin|suifenhe|manzhouli|heihe|erenhot|erlian\w*|dalian|hunchun|fuyuan|tongjiang|dongning|changchun|"
    r"shenyang|hohhot|baotou|yingkou|dandong|mudanjiang|jiamusi|daqing|qiqihar|yanbian|jinzhou|panjin|huludao|"
    r"哈尔滨|绥芬河|满洲里|黑河|二连浩特|大连|珲春|抚远|同江|东宁|长春|沈阳|呼和浩特|包头|营口|丹东|牡丹江|佳木斯|大庆|"
    r"齐齐哈尔|延边|харбин\w*|суйфэньх\w*|маньчжури\w*|хэйхэ|эрлянь\w*|далян\w*|хуньчун\w*|фуюан\w*|"
    r"тунцзян\w*|чанчун\w*|шэньян\w*|баотоу|инкоу|даньдун\w*|муданьцзян\w*|цзямусы|дацин\w*|"
    # the Russian side of the crossings and its border regions (the store keys neither)
    r"забайкальск\w*|благовещенск\w*|гродеково|махалино|краскино|нижнеленинско\w*|кани-курган\w*|джалинд\w*|"
    r"наушк\w*|кяхт\w*|камышов\w+|покровк\w*|"
    r"приморь\w*|приморск\w+\s+кра\w*|амурск\w+\s+област\w*|хабаровск\w*|владивосток\w*"
    # more border ports and cities of the four territories (吉林市 is the city, not the province)
    r"|漠河|逊克|饶河|密山|虎林|萝北|嘉荫|绥滨|鸡西|双鸭山|七台河|鹤岗|伊春|绥化|吉林市|四平|白城|松原|图们|集安|临江|"
    r"长白|圈河|和龙|延吉|锦州|鞍山|抚顺|本溪|盘锦|铁岭|葫芦岛|策克|甘其毛都|阿尔山|黑山头|室韦|满都拉|珠恩嘎达布其|"
    r"阿日哈沙特|海拉尔|呼伦贝尔|鄂尔多斯|赤峰|通辽|乌兰察布|扎赉诺尔"
)
# a group of crossings or ports in the plural: a total through them is the whole of each one named after it
PLACE_GROUPS = (
    r"(?:border|railway|rail|land)\s+crossings|\bcrossings\b|\bcheckpoints\b|\bports\b|"
    r"(?:погран)?переход(?:ы|ов|ам|ах)\b|пункт(?:ы|ов|ам|ах)\s+пропуска|各口岸|沿边口岸|口岸群|各港口"
)
# a customs district named after its city speaks for the province ("Harbin Customs", "哈尔滨海关")
_CUSTOMS_AFTER = re.compile(r"\s*(?:customs|海关|таможн\w*)", re.IGNORECASE)
_CUSTOMS_BEFORE = re.compile(r"таможн\w*\s*(?:город\w*\s+)?$", re.IGNORECASE)

# a terminal, stevedore or operator of a port, and the port itself: a terminal's figure is a part of its port's
# ("Оборот крупнейшего стивидора порта ВМТП … 414 тыс. TEU" within "Контейнерооборот порта Владивосток … 787 тыс. TEU")
TERMINALS = r"стивидор\w*|терминал\w*|\bterminals?\b|\bstevedor\w*|码头|作业区|港务公司"
PORT_WORDS = r"(?<!\w)порт(?:а|у|ом|е)?(?!\w)|\bport\b|(?<![香澳])港(?!澳|币)"
CAPACITY = r"мощност\w*|пропускн\w+\s+способност\w*|\bcapacity\b|能力"
# a part of the partner (a Russian region) or a crossing on its side: "trade with Primorye" is not trade
# with Russia, "через Забайкальск" not all of it
PARTNER_REGIONS = (
    r"far\s+east\w*|дальн\w+\s+восток\w*|дальневосточн\w*|远东|primor\w*|приморск\w+\s+кра\w*|приморь\w*|滨海边疆区|"
    r"amur\s+region|amur\s+oblast|амурск\w+\s+област\w*|阿穆尔州|khabarovsk|хабаровск\w*|哈巴罗夫斯克|"
    r"zabaikalsk\w*|zabaykalsk\w*|забайкал\w*|外贝加尔|后贝加尔斯克|sakhalin|сахалин\w*|萨哈林|siberia\w*|сибир\w*|西伯利亚|"
    r"jewish\s+autonomous|еврейск\w+\s+автономн\w*|犹太自治州|blagoveshchensk|благовещенск\w*|布拉戈维申斯克|"
    r"vladivostok|владивосток\w*|符拉迪沃斯托克|海参崴|grodekovo|гродеково|pogranichn\w*|пограничн\w+\s+(?:район|округ)\w*|"
    r"нижнеленинск\w*|kraskino|краскино|zarubino|зарубино|khasan|хасан\w*"
)
ZONES = (
    r"free[- ]trade\s+zones?|pilot\s+(?:free\s+trade\s+)?zones?|\bFTZs?\b|bonded\s+zones?|development\s+zones?|"
    r"自贸区|自由贸易试验区|综合保税区|保税区|开发区|片区|зон\w*\s+свободной\s+торговли|свободн\w+\s+экономическ\w+\s+зон\w*|"
    r"\bОЭЗ\b|\bСЭЗ\b|пилотн\w+\s+зон\w*"
)

_KINDS = (
    ("zone", re.compile(ZONES, re.IGNORECASE)),
    ("partner group", re.compile("".join(PARTNER_GROUPS), re.IGNORECASE)),
    ("product or trade channel", re.compile(PRODUCTS, re.IGNORECASE)),
    ("city or port", re.compile(CITIES, re.IGNORECASE)),
    ("region or crossing of the partner", re.compile(PARTNER_REGIONS, re.IGNORECASE)),
)


# a dateline names where the story was filed, not what it is about: "HARBIN, April 23 (Xinhua) --",
# "HOHHOT –", "ХАРБИН, 3 мая /Синьхуа/ --", "新华社哈尔滨4月23日电" (a city then a day and 电)
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:\w+\.?\s*\d{1,2}|\d{1,2}\s+\w+\.?)\s*)?(?:[(/][^)/]{0,20}[)/]\s*)?(?:--|–|—|-\s)", re.IGNORECASE
)
_DATELINE_ZH_AFTER = re.compile(r"\s*\d{1,2}月\d{1,2}日电")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the city at ``text[start:end]`` is the dateline of a news item."""
    if not text[:start].strip(" \t\"'«“(["):
        return bool(_DATELINE_AFTER.match(text, end))
    return bool(_DATELINE_ZH_AFTER.match(text, end))


# what a count of vehicles is of: "950 автомобилей: 500 грузовиков ...", "3.4万辆汽车"
_VEHICLES = re.compile(r"vehicles?|trucks?|cars?|автомобил\w*|грузовик\w*|машин\w*|транспорт\w*|车辆|汽车|货车|辆",
                       re.IGNORECASE)


# all the goods through a crossing, port or corridor, whatever their direction ("cargo traffic via the
# crossings made 20.2 mn tons", "the port handled 16.33 million tonnes of goods"): a count in tonnes,
# trains or TEU stated with these words and no flow is the total its inbound and outbound parts add up to
TRAFFIC = (
    r"\bcargo\b|\bfreight\b|\btraffic\b|throughput|\bhandled\b|\b(?:transported|carried)\b|"
    r"\b(?:went|passed)\s+through\b|\bvolume\s+of\s+goods\b|"
    # "через КПП проехало 3 548 грузовых составов": what went through a place, with no direction
    r"\bчерез\s[^.;:]{0,80}?(?:проехал\w*|прош(?:ло|ли|[её]л)\b|проследовал\w*)|"
    # 通行量 (trains through), 运量 / 货运量 / 过货量 (freight carried), 吞吐量 (throughput), 开行 (trains run)
    r"通行|运量|过货量|吞吐量|开行"
)
_TRAFFIC = re.compile(TRAFFIC, re.IGNORECASE)


def names_traffic(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a count's clause before it) names all the goods through a place (``TRAFFIC``)."""
    return bool(_TRAFFIC.search(text, lo, hi))


def is_counted(words: str, unit: str | None = None) -> bool:
    """Whether a narrower subject's words are what a count is of (trains, containers, tonnes; vehicles
    when the figure is a count of vehicles, never "cars" as a traded product of a yuan figure)."""
    words = words.strip()
    return bool(_COUNTED.fullmatch(words) or (unit == "vehicles" and _VEHICLES.fullmatch(words)))


# one place named by its kind, whether or not its name is known: "в порту Новороссийск", "the port of Vanino"
ONE_PLACE = re.compile(
    r"\bв\s+(?:морском\s+)?(?:порту|пункте\s+пропуска|терминале)\b|\b(?:port|terminal)\s+of\b|\bat\s+the\s+port\b", re.IGNORECASE
)


# a place named as the subject's neighbour: "граничащего с Амурской областью", "прилегающего к Приморскому краю",
# "bordering Russia's Amur Region", "与俄罗斯阿穆尔州接壤的", "毗邻俄罗斯滨海边疆区的"
_NEIGHBOUR_BEFORE = re.compile(
    r"(?:граничащ\w*|прилегающ\w*|сопредельн\w*)\s+(?:с|со|к)\s+(?:[^\W\d]+\s+){0,2}$|"
    r"\b(?:bordering(?:\s+on)?|adjacent\s+to|next\s+to)\s+(?:the\s+)?(?:[^\W\d]+['’]?s?\s+){0,2}$|毗邻\S{0,6}$",
    re.IGNORECASE,
)
_NEIGHBOUR_AFTER = re.compile(r"\S{0,4}(?:接壤|交界|相邻|毗邻)")


def neighbour(text: str, start: int, end: int) -> bool:
    """Is the place at ``text[start:end]`` named as the neighbour of the subject, not as the subject?"""
    return bool(_NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start) or _NEIGHBOUR_AFTER.match(text, end))


@lru_cache(maxsize=4096)
def mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every partner group, product or city named in a sentence (a dateline's city
    is not one)."""
    out: list[tuple[int, int, str]] = []
    for kind, pat in _KINDS:
        for m in pat.finditer(text):
            if kind == "city or port" and (
                _CUSTOMS_AFTER.match(text, m.end()) or _CUSTOMS_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
                or is_dateline(text, m.start(), m.end())
            ):
                continue
            if neighbour(text, m.start(), m.end()):
                continue  # "граничащего с Амурской областью РФ китайского города Хэйхэ": the place beside the subject
            out.append((m.start(), m.end(), kind))
    return tuple(sorted(out))


# the word for a border port in general: a named port or city beside it says which one
_GENERIC_PORT = re.compile(r"口岸|ports?|пункт\w*\s+пропуска", re.IGNORECASE)


def first_subject(text: str, found: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """(kind, words) of the first of ``found`` (start, end, kind), but a city or port named among them before
    the general word for a port ("中蒙最大铁路口岸——二连浩特铁路口岸": 二连浩特), not that word."""
    if not found:
        return None
    start, end, kind = found[0]
    if _GENERIC_PORT.fullmatch(text[start:end]):
        city = next(((a, b) for a, b, k in found if k == "city or port"), None)
        if city is not None:
            return "city or port", text[city[0] : city[1]]
    return kind, text[start:end]


# a port, station or airport named with its kind word ("Порт Туапсе", "the port of Ust-Luga", "Vostochny port",
# Chinese names need no such word: ``mentions`` knows the ports): named places of any list, so two sentences about
# two of them are told apart
_NAMED_PORT = re.compile(
    r"(?:\b(?:порт|port|станци[яиюей]|station|аэропорт\w*|airport)(?:\s+of)?\s+(?P<a>[A-ZА-ЯЁ][\w-]+)|"
    r"(?P<b>[A-ZА-ЯЁ][\w-]+)\s+(?:port|station|airport)\b)",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"^(?:the|a|an|its|this|that|our|морск\w*|речн\w*|этот|данн\w*)$",
                         re.IGNORECASE)


def named_ports(text: str) -> set[str]:
    """The names of the ports, stations and airports a sentence names with their kind word, lower-cased."""
    out = set()
    for m in _NAMED_PORT.finditer(text):
        name = next(g for g in m.groups() if g)
        if not _NOT_A_NAME.match(name) and name[:1].isupper():
            out.add(name.lower())
    return out


def narrower_mention(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """(kind, words) of the first narrower subject between ``lo`` and ``hi`` (a port or city it names for
    the general word for a port), else of a city or port named before ``hi`` (even before its province:
    "Suifenhe, in Heilongjiang, ..."); None if there is none."""
    found = mentions(text)
    inside = [m for m in found if lo <= m[0] < hi]
    if inside:
        return first_subject(text, inside)
    for start, end, kind in found:
        if kind == "city or port" and start < hi:
            return kind, text[start:end]
    return None


_CITY_SUFFIX = re.compile(r"\s*(?:市|city\b)", re.IGNORECASE)


def cities_named_as_cities(text: str) -> set[str]:
    """Cities a text names with the word for a city after them ("牡丹江市", "Heihe city")."""
    return {text[a:b] for a, b, kind in mentions(text) if kind == "city or port" and _CITY_SUFFIX.match(text, b)}


def goods_named(text: str, lo: int, hi: int) -> str:
    """The product, trade channel or partner group ``text[lo:hi]`` names first (not a mere unit such as 吨, nor
    "the port" a text already named), in lower case, or '' (so it reads as a truth value too)."""
    return next(
        (text[start:end].casefold() for start, end, kind in mentions(text)
         if lo <= start < hi and kind in ("product or trade channel", "partner group") and not is_counted(text[start:end])
         and not _THE_PORT.fullmatch(text[start:end].strip())),  # nor "the port" a text already named
        "",
    )


def why_narrower(mention: tuple[str, str] | None) -> str:
    """The reason a narrower subject leaves a claim unverifiable ('' for none)."""
    return f"the subject is {mention[1]!r} (a {mention[0]} the store does not key)" if mention else ""


def same_subject(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Whether two narrower subjects are one: the same words, or two names of a zone (FTZ, pilot zone)."""
    if a is None or b is None:
        return a is b
    if {a[0], b[0]} == {"city or port", "product or trade channel"}:  # "Manzhouli ... the port handled ...":
        return bool(_THE_PORT.fullmatch((b if a[0] == "city or port" else a)[1].strip()))  # the port named before
    if a[0] == b[0] == "partner group" and _group_key(a[1]) is not None:
        return _group_key(a[1]) == _group_key(b[1])  # "the Belt and Road", "B&R countries": one group
    return a[1].casefold() == b[1].casefold() or a[0] == b[0] == "zone"


# the names of one partner group in the three languages (each pattern one group)
_GROUP_NAMES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"belt\s+and\s+road|BRI|B&R|一带一路|共建\S{0,6}国家|沿线国家|по(?:яс\w*|ясом)\s+и\s+пут\w*",
        r"ASEAN|东盟|东协|АСЕАН",  # 东协 (東協): ASEAN in Taiwan's usage
        r"EU|european\s+union|欧盟|евросоюз\w*|ЕС",
        r"EAEU|ЕАЭС|欧亚经济联盟",
        r"SCO|ШОС|上合",
        r"BRICS|БРИКС|金砖",
    )
)


def same_goods(a: str, b: str) -> bool:
    """Whether two names of what figures are of (``goods_named``) are one: the same words, or two names of
    one partner group ("belt and road", "b&r")."""
    return a.casefold() == b.casefold() or (_group_key(a) is not None and _group_key(a) == _group_key(b))


def _group_key(words: str) -> int | None:
    """Which partner group ``words`` name (an index into ``_GROUP_NAMES``), or None."""
    return next((i for i, p in enumerate(_GROUP_NAMES) if p.fullmatch(words.strip())), None)


# a company or group ("大连港集团", "the Port of Dalian Group", "группа «Аэрофлот»"): its figures are not the place's
COMPANY = re.compile(
    r"集团|公司|\b(?:group|company|corporation|holding)\b|(?<!\w)(?:групп[аыеу]|компани\w+|холдинг\w*|корпораци\w+)",
    re.IGNORECASE,
)
_THE_PORT = re.compile(r"port", re.IGNORECASE)  # "the port" after a named one (口岸 beside a name: mentions)


# a figure of another measure in a text about trade ("actual foreign investment amounted to ...")
_OTHER_MEASURE = re.compile(
    r"invest\w*|\bFDI\b|инвестиц\w*|投资|利用外资|retail|розничн\w*|消费品零售|\bGDP\b|\bGRP\b|ВВП|ВРП|生产总值|"
    r"foreign\s+capital|иностранн\w+\s+капитал\w*|revenue|доход\w*|收入|budget|бюджет\w*|财政|output|产值|freight|грузооборот\w*|货运量|passengers?|пассажир\w*|旅客|"
    # a rate of quantities, not of value: "exports in volume terms rose 5%", "в натуральном выражении", "按数量计"
    # jobs and workers: "新增就业53.84万人" and "外出务工农村劳动力1154.2万人" are persons counted of two measures
    r"就业|务工|劳动力|失业|\bemploy\w*|\bjobs?\b|\blabou?r\s+force|\bworkforce|занят\w*|трудоустро\w*|безработ\w*|"
    r"рабочих\s+мест|"
    r"in\s+(?:volume|physical|real\s+volume)\s+terms|by\s+volume\b|в\s+(?:натуральн|физическ)\w+\s+(?:выражени|объ[её]м)\w*|"
    r"按数量计|数量上",
    re.IGNORECASE,
)


def other_measure(text: str, lo: int, hi: int) -> str:
    """Why the figure's clause is about another measure than trade ('' if it is not)."""
    m = _OTHER_MEASURE.search(text, lo, hi)
    return f"the figure measures {m.group(0)!r}, not trade" if m else ""


def measure_word(text: str, lo: int, hi: int) -> str:
    """The other measure than trade that ``text[lo:hi]`` names, by the first letters of its word ('' for none):
    "investment" and "инвестиции" are told apart from trade, not from each other's spelling."""
    m = _OTHER_MEASURE.search(text, lo, hi)
    return m.group(0).lower()[:4] if m else ""


_CURRENCY_TERMS = (
    (
        "CNY",
        re.compile(r"yuan[- ]denominated|\bin\s+(?:yuan|renminbi|RMB)(?:\s+terms)?\b|[以按]人民币计|в\s+юанях|в\s+юаневом",
                   re.IGNORECASE),
    ),
    (
        "USD",
        re.compile(r"dollar[- ]denominated|\bin\s+(?:US\s+|U\.S\.\s+)?dollars?(?:\s+terms)?\b|[以按]美元计|в\s+долларах|"
                   r"в\s+долларовом", re.IGNORECASE),
    ),
    (  # "exports in rubles grew 5%": the store keeps no rate in rubles, so no stored rate is this one
        "RUB",
        re.compile(r"r[ou]ble[- ]denominated|\bin\s+r[ou]bles?(?:\s+terms)?\b|[以按]卢布计|в\s+рублях|в\s+рублев\w+",
                   re.IGNORECASE),
    ),
)


def currency_terms(text: str) -> str | None:
    """The currency a sentence says its figures are stated in ("in yuan terms"), or None."""
    found = [code for code, pat in _CURRENCY_TERMS if pat.search(text)]
    return found[0] if len(found) == 1 else None


# kinds of a good, by family: (the good, its kinds, how many kinds make all of it when they are disjoint, 0 when they
# overlap). "焦煤" (coking coal) is a kind of "煤炭" (coal): an amount of it is within the amount of the good of the same
# place, flow and months; amounts of disjoint kinds (大豆 and 玉米 of 粮食) add up to no more than it, and to all of it when
# they are all its kinds (蔬菜 and 水果 of 果菜); overlapping ones (硬煤 and 烟煤) are each within it.
DISJOINT = 99  # disjoint kinds, more than a text lists: never all of the good
GOODS_KINDS: tuple[tuple[str, str, int], ...] = (
    (r"煤炭?|\bcoal\b|угл[яеь]\w*|уголь",
     r"炼焦煤|焦煤|动力煤|褐煤|硬煤|无烟煤|烟煤|喷吹煤|(?:coking|thermal|steam|hard|brown|bituminous)\s+coal|lignite|anthracite|"
     r"коксующ\w+\s+угл\w*|"
     r"энергетическ\w+\s+угл\w*", 0),
    (r"石油|\boil\b|нефт[ьи]", r"原油|成品油|crude(?:\s+oil)?|сыр(?:ая|ой)\s+нефт\w*", 0),
    (r"木材|timber|лесоматериал\w*|древесин\w*", r"原木|锯材|板材|\blogs\b|sawn\s+timber|lumber|пиломатериал\w*|кругляк\w*",
     0),
    (r"粮食|\bgrain", r"大豆|玉米|小麦|稻谷|soybeans?|\bcorn\b|maize|wheat|пшениц\w*|кукуруз\w*|ячмен\w*", DISJOINT),
    (r"果菜|果蔬|水果蔬菜|蔬菜水果|蔬果|fruits?\s+and\s+vegetables|плодоовощн\w*",
     r"蔬菜|水果|vegetables|fruits?|овощ\w*|фрукт\w*", 2),
)
# all the goods of a place and period: a part of any good is within them ("口岸单月完成贸易122.65万吨", "货运量")
ALL_GOODS = r"货运量|过货量|贸易量|进出口货物|货物|(?<![\u4e00-\u9fff])贸易|完成贸易|运量|cargo|freight|грузооборот\w*|груз\w*"
# a good's total from every partner: its partners' amounts are within it ("China's coal imports from all sources",
# "煤炭进口总量")
ALL_PARTNERS = (r"from\s+all\s+(?:sources|countries|suppliers)|\btotal\b|\boverall\b|总量|总计|共计|合计|总进口|总出口|进口总|"
                r"出口总|全部|对外|自全球|всего|в\s+целом|совокупн\w*")  # 对外: "对外石油采购", from abroad
# countries the store keys no trade with, as the members of a ranking ("the largest supplier, Saudi Arabia",
# "на втором месте Катар", "第三大供应国是安哥拉"); the partners the store keys are in ``context.PARTNERS``
OTHER_COUNTRIES: dict[str, tuple[str, ...]] = {
    "RU": ("(?<!\\w)рф(?!\\w)",),  # more names of the store's partners (the two tuples are joined)
    "US": ("американск\\w*",),
    "SA": ("saudi", "саудовск\\w*\\s+арави\\w*", "沙特"),
    "AO": ("angola", "ангол\\w*", "安哥拉"),
    "IQ": ("iraq", "ирак\\w*", "伊拉克"),
    "IR": ("iran", "иран\\w*", "伊朗"),
    "BR": ("brazil", "бразили\\w*", "巴西"),
    "OM": ("oman", "оман\\w*", "阿曼"),
    "KW": ("kuwait", "кувейт\\w*", "科威特"),
    "AE": ("united arab emirates", "\\buae\\b", "оаэ", "объединенн\\w+\\s+араб\\w*", "阿联酋"),
    "QA": ("qatar", "катар\\w*", "卡塔尔"),
    "MY": ("malaysia", "малайзи\\w*", "马来西亚"),
    "ID": ("indonesia", "индонези\\w*", "印度尼西亚", "印尼"),
    "AU": ("australia", "австрали\\w*", "澳大利亚", "澳洲"),
    "TM": ("turkmenistan", "туркмени\\w*", "土库曼斯坦"),
    "FI": ("finland", "финлянди\\w*", "芬兰"),
    "SE": ("sweden", "швеци\\w*", "瑞典"),
    "NO": ("norway", "норвеги\\w*", "挪威"),
    "MX": ("mexico", "мексик\\w*", "墨西哥"),
    "BE": ("belgium", "бельги\\w*", "比利时"),
    "GB": ("britain", "united kingdom", "британи\\w*", "великобритани\\w*", "英国"),
    "CL": ("chile", "чили\\b", "智利"),
    "CA": ("canada", "канад\\w*", "加拿大"),
    "AR": ("argentin", "аргентин\\w*", "阿根廷"),
    "TW": ("taiwan", "тайван\\w*", "台湾"),
    "MM": ("myanmar", "мьянм\\w*", "缅甸"),
    "HK": ("hong\\s+kong", "гонконг\\w*", "香港"),
    "TH": ("thailand", "таиланд\\w*", "泰国"),
    "NG": ("nigeria", "нигери\\w*", "尼日利亚"),
    "DK": ("denmark", "дани[яиюей]\\b", "丹麦"),
    "NL": ("netherlands", "нидерланд\\w*", "голланди\\w*", "荷兰"),
    "PH": ("philippines", "филиппин\\w*", "菲律宾"),
    "SG": ("singapore", "сингапур\\w*", "新加坡"),
    "CO": ("colombia", "колумби\\w*", "哥伦比亚"),
    "ZA": ("south africa", "юар\\b", "南非"),
    "NZ": ("new zealand", "нов\\w+\\s+зеланди\\w*", "新西兰"),
    "UA": ("ukrain", "украин\\w*", "乌克兰"),
    "FR": ("france", "франци\\w*", "法国"),
    "EU": ("european union", "\\beu\\b", "(?<![а-яё])ес(?![а-яё])", "евросоюз\\w*", "欧盟"),
    # "North Korea" before "Korea": of two names at one place the one that starts first is taken
    "KP": ("north\\s+korea", "\\bdprk\\b", "кндр", "северн\\w+\\s+коре\\w*", "朝鲜(?!族|半岛)"),
    "KR": ("(?<!north )korea", "(?<![а-яё])коре[яиюей](?![а-яё])"),  # "Корея", "Республика Корея": the South
    "ES": ("spain", "испани\\w*", "西班牙"),
    "PT": ("portugal", "португали\\w*", "葡萄牙"),
    "IT": ("italy", "итали\\w*", "意大利"),
    "PL": ("poland", "польш\\w*", "波兰"),
    # China as a partner (a ranking's member) only where the words make it one: an origin ("tourists from China"),
    # or a list's member with its figure in brackets or after a dash ("в Китай – 37,5 тыс. т"); never the reporting
    # country ("Китай импортировал 180 млн т") nor the destination a ranking of suppliers is of ("поставщиков в Китай")
    "CN": ("from\\s+china\\b", "china(?=\\s*\\()", "(?<![а-яё])из\\s+(?:китая|кнр)(?![а-яё])",
           "(?<![а-яё])(?:китай|кнр)(?=\\s*\\()", "(?:来自|从)中国", "中国(?=\\s*[(（])",
           "(?<![а-яё])(?:в\\s+)?(?:китай|кнр)(?=\\s*[–—]\\s*\\d)", "china(?=\\s*[–—:]\\s*\\$?\\d)"),
}
