"""Chinese words of the claim grammar that other languages do not need: flows named from the partner's
side (俄对华出口 is China's import), fractions written with a slash (约占1/4).

The text is simplified before it is read (``extract.simplified``), so only simplified forms are listed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .numbers import Quantity

# The store keeps China's side: what a partner exports to China (俄罗斯对华出口, 向中国出口) is China's
# import, what it imports from China (自华进口, 从中国进口) is China's export.
PARTNER_EXPORT_TO_CHINA = r"(?:对华|对中国|向中国|向华)的?(?:出口|出售|供应|供货)"  # 的: "秘鲁对中国的出口额"
PARTNER_IMPORT_FROM_CHINA = r"(?:自华|从中国|自中国|从华)的?进口"

# "去、返程班列分别达29、20列": the outbound and return trains, 程 said once for both; the 去 is the outbound
# (export) name of a "respectively" list (返程 and 回程 are the return, an import)
OUTBOUND_ELIDED = r"去(?=\s*[、和与及]\s*[返回]程)"

# "进口均价为每立方米946.2元", "平均价格每吨520美元", "均价520美元/吨": an average price per unit of quantity;
# the unit is named before the price (每吨) or after it (/吨)
PRICE_WORD = re.compile(r"均价|平均价格?|平均单价|单价")
PRICE_PER_BEFORE = re.compile(rf"(?:{PRICE_WORD.pattern})[^\d,，;；。]{{0,6}}?每(?P<unit>吨|立方米|标箱|辆)\s*(?:约|近)?\s*$")
PRICE_PER_AFTER = re.compile(r"\s*(?:/|每)(?P<unit>吨|立方米|标箱|辆)")
PRICE_UNITS = {"吨": "t", "立方米": "m3", "标箱": "TEU", "辆": "vehicles"}
# a counting word right after a figure names what it counts ("日均装车18.53万车": wagons, not the tonnes before it)
COUNTER_AFTER = re.compile(r"[车車辆輛列次批架艘台件个個户戶家]")

# a change said before its amount, the amount a difference and not a level: "减少1.5万吨", "比上年提高4.1公斤/亩",
# "减3.1万吨", "增产10.9亿斤" (not "新增就业116.3万人", new jobs, a level of their own; not "提高到", a level)
# "比2021年多产42.8万吨", "少运了3万吨": more (less) of what a verb names, said as one word with it
MORE_LESS_OF = r"(?:产|运|销|收|出口|进口|接待|完成)"
CHANGE_BY = (rf"(?:减少|增加|下降|增长|提高|降低|上升|扩大|缩小|增产|减产|净增|(?:多|少){MORE_LESS_OF}?|"
             r"(?<![新净])增|(?<![增削扣])减)了?")

# "约占中俄贸易总量的1/4": a fraction written with a slash; small denominators only, so that dates
# ("3/19") and ratios of big numbers are not read as shares.
SLASH_FRACTION = re.compile(r"(?<![\d/.])(?P<num>[1-9])\s*/\s*(?P<den>[2-9]|10)(?![\d/.])")

# "国有企业进出口192亿元,增长20.7%,占39.8%": a share with nothing between 占 and its figure names no
# whole of its own; after a share that names one, it is of that same whole.
BARE_SHARE = re.compile(r"(?:^|[,，;；、])\s*(?:并|且|约)?\s*占\s*(?:约|近|超过|逾)?\s*$")

# "占同期全省进出口的61.1%": the share's whole is of the part's own period, never a total of another year
SAME_PERIOD_WHOLE = re.compile(r"同期")

# "…1639.7亿元,…占规模以上工业的88.9%": the words between 占 and 的 name the share's whole
SHARE_WHOLE_WORDS = re.compile(r"占(?:同期|同年|当年)?(?P<name>[^占的,，;；。、\d]{2,24})的\s*(?:约|近|超过|逾)?\s*$")
MIN_NAME = 4  # "全省" alone could be the province's exports or its trade: too short to find the whole by
# "果菜出口总贸易值": a whole named as a subject's total measure (the subject's words, 总, the measure)
WHOLE_OF_SUBJECT = re.compile(r"^(?P<head>[^总]{2,12})总(?P<measure>[^总]{2,6})$")
FLOW_WORD = re.compile(r"进出口|出口|进口")
# what may stand between a whole's name and its amount: "规模以上工业实现增加值1844.1亿元", "进出口总值为…"
NAME_TO_AMOUNT = re.compile(r"^[^\d,，;；。、]{0,10}$")

# China named as one side of a pair: 中俄贸易, 中蒙贸易, 俄中贸易 are China's trade with Russia, Mongolia
# (not the 中 of 其中俄罗斯…, "among them Russia")
CHINA_IN_PAIR = (r"(?<![其集])中(?=俄|蒙)", r"(?<=俄)中(?=贸易|双边|经贸)")

# "约占全国口岸通行总量的三成": 三成 is three tenths (30%); read only after 的/占 or a hedge, where it can
# only be a share ("一成不变", "成为", "完成" are words, not figures)
TENTHS = re.compile(r"(?<=[的占近约超逾])(?P<num>[一二两三四五六七八九])成(?![为了功本员果绩交立长都不])")

# "海關(guān)", "進(jìn)出口": some pages gloss characters with their pinyin in brackets, inside words; the
# gloss is read as absent (lower-case letters, tone marks allowed, right after a Chinese character)
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)")

# "全市口岸进出境货运量": the whole city, the one the text names as a city ("牡丹江市口岸…")
WHOLE_CITY = re.compile(r"全市|该市|本市")

# a share clause that begins with its own subject ("对俄出口占全省出口的50%") rather than with 占 ("…,占50%")
_SUBJECT_BEFORE_SHARE = re.compile(
    r"\s*(?:其中\s*[,，]?\s*)?(?P<subject>[^\d占,，;；。]*?[\u4e00-\u9fff][^\d占,，;；。]*?)(?:约|近|仅|已|则)?占"
)
_BARE_SUBJECT = re.compile(r"^\s*(?:并|且|约|共|合计|二者合计|两者合计|同比|分别)?\s*$")
# what may stand between a share and the amount that is its part, said after it: ",达200亿元", "，为…"
_PART_AFTER = re.compile(r"^\s*[,，]\s*(?:达到?|为|计|共计|金额为?|总额为?)\s*(?:约|近)?\s*$")
_CLAUSE_START = re.compile(r"[,，;；。]")


def own_subject_part(text: str, share: Quantity, qs: list[Quantity]) -> Quantity | bool | None:
    """The part of a share whose clause names its own subject before 占: the amount right after the share
    (",达200亿元"), else False (no part); None when the clause starts with 占 (the part is before it)."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, share.start)]
    cs = starts[-1] if starts else 0
    m = _SUBJECT_BEFORE_SHARE.match(text, cs, share.start)
    if m is None or _BARE_SUBJECT.match(m.group("subject")):
        return None
    if any(x.kind == "amount" and cs <= x.start < share.start for x in qs):
        return None
    after = next((x for x in qs if x.start >= share.end), None)
    if after is not None and after.kind == "amount" and after.currency and _PART_AFTER.match(text[share.end : after.start]):
        return after
    return False


_LABEL_OPENER = re.compile(r"^\s*(?:其中\s*[,，:：]?\s*)?")  # "其中,进口占…": 其中 is no part of the subject


def restated_subject_part(text: str, share: Quantity, qs: list[Quantity]) -> Quantity | None:
    """The part of a share whose clause restates the subject of an amount said before it in the sentence:
    "出口578.5亿元,进口1428.1亿元,进口占全省进出口总值的71.2%", "铁路口岸完成1500万吨,…铁路口岸占75%". The words
    before 占 (at least two characters, after any 其中) must be named in the clause of exactly one earlier amount."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, share.start)]
    cs = starts[-1] if starts else 0
    m = _SUBJECT_BEFORE_SHARE.match(text, cs, share.start)
    if m is None or _BARE_SUBJECT.match(m.group("subject")):
        return None
    subject = _LABEL_OPENER.sub("", m.group("subject")).strip()
    if len(subject) < 2:
        return None
    named = re.compile(("(?<!进)" if subject.startswith("出口") else "") + re.escape(subject))  # not 进出口's 出口
    found = []
    for x in qs:
        if x.kind != "amount" or not x.currency or x.end > cs:
            continue
        opens = [c.end() for c in _CLAUSE_START.finditer(text, 0, x.start)]
        if named.search(text, opens[-1] if opens else 0, x.start):
            found.append(x)
    return found[0] if len(found) == 1 else None


_WHOLE_FLOW = re.compile(
    r"占(?:同期|同年|当年)?(?P<name>[^占,，;；。\d]{1,24}?)的?\s*(?:比重|份额)?(?:为|达)?\s*(?:约|近|超过|逾)?\s*$"
)
_TOTAL_WORDS = re.compile(r"进出口|贸易|外贸")


def share_whole_flow(text: str, share: Quantity) -> str | None:
    """The flow the words between 占 and a share name for its whole ("占全市出口的": export, "占全省外贸总值的":
    total); None when they name none or another territory's ("占俄出口总额的": Russia's own exports)."""
    m = _WHOLE_FLOW.search(text, max(0, share.start - 30), share.start)
    if m is None:
        return None
    name = m.group("name")
    if re.search(r"俄|蒙|全国|中国", name):
        return None  # the partner's or the country's own total, never a figure of this text's territory
    if _TOTAL_WORDS.search(name):
        return "total"
    flows = FLOW_WORD.findall(name)
    return {"出口": "export", "进口": "import"}.get(flows[-1]) if flows else None


# "共出口了16272吨鱼产品 … 其中大部分鱼产品(5000多吨)运往中国": most of a whole stated before, more than half of it
# (大部分, 大多数 are "the greater part", unlike the Russian "основная часть", which may be the largest share only)
MOST_OF = re.compile(r"(?P<of>其中\s*)?(?:绝大部分|大部分|绝大多数|大多数|过半数?|一半以上)(?P<goods>[^\d,，;；。()（）]{0,8})")

# "来自印尼、澳大利亚、越南的煤炭进口量占进口总量的比重分别为41.1%、22.0%、11.2%", "以上三国…占…分别为…": the
# shares of members listed (or counted) before 占, "respectively" after one whole: shares of that one whole
RESPECTIVE_SHARES = re.compile(
    r"(?P<names>[^,，;；。:：占]{2,60}?)占(?P<whole>[^,，;；。占、和与及]{1,24}?)(?:的)?(?:比重|份额|比例)?\s*分别(?:为|是|达|约为)?\s*$"
)
MEMBER_JOINER = re.compile(r"[、和与及]")
COUNTED_MEMBERS = re.compile(r"(?P<n>[两二三四五六七八九])个?(?:国家|国|省|市|港口|港|口岸|地区|企业|家)")
# a list of periods or of flows is no list of members of one whole ("出口、进口分别占…", "2009年和2010年分别占…")
NOT_MEMBERS = re.compile(r"\d|年|月|季度|出口|进口")
SHARE_JOINER = re.compile(r"\s*[、和与及,，]\s*")

# "6月14日至6月25日口岸连续11天…累计进口煤炭71.4万吨…日均进口6.49万吨": a count of days (never a date's 日, "25日") and
# an amount per day over them
DAY_COUNT = re.compile(
    r"(?:(?P<run>连续)|共|累计|历时|用时)?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?:天|昼夜)(?![内后前以])"
)

# "…2280万吨炼焦煤,…仅占中国进口炼焦煤的32.12%": a share whose whole is named (占…的) but not stated
SHARE_OF_NAMED = re.compile(r"占[^占,，;；。\d]{2,24}的\s*(?:约|近|仅)?\s*$")
EACH_DAY = re.compile(r"(?:单日|每天|每日)[^\d,，;；。]{0,8}$")  # "连续11天单日进口量破5万吨": each of the days

# a year-to-date total and the day it runs to ("截至9月7日,口岸今年出入境人员突破200万人次", "今年截至到5月6日15时"):
# the end day (its month and year when written), the words that make the span this year's, and those that may
# start it before January ("去年12月以来", "开通以来", "2019年以来")
TO_DATE = re.compile(r"截(?:至|止)(?:到|目前)?\s*(?:(?P<y>\d{4})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月)?\s*(?P<d>\d{1,2})\s*[日号]")
THIS_YEAR_SPAN = re.compile(r"今年|本年|年初|年内|1月1日|元旦")
SAME_SPAN_AFTER = re.compile(r"[^\d,，;；。]{0,6}[,，]?\s*(?:同比|较去年同期|比去年同期|较上年同期|比上年同期)")
EARLIER_START = re.compile(r"去年|上年|前年|往年|历年|(?<!今年)(?<!年初)(?<!本年)以来|"
                           r"\d{4}\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])")
# "5月4号迎来入境客流高峰,当日客流量达到6311人次": that (named) day's figure
THAT_DAY = re.compile(r"当日|当天")
# the direction of a crossing: entries, exits, or both (a count of one is no part of the other's average)
CROSSING = re.compile(r"出入境|入出境|进出境|入境|出境|进境")

# a plan or target and what was done against it ("计划完成货物吞吐量1.5亿吨", "全年目标为1000列", "原计划出口34万吨";
# never a forecast, 预计, nor 计划单列市, a city's rank, nor a gap to the plan, "比计划多开100列"): the words right
# before the figure; the completion percent ("完成全年计划的85.3%"); the figure said as actual ("实际出口37.69万吨");
# a plan said to be exceeded
PLAN_BEFORE = re.compile(
    r"(?<![按比较超])(?:计划(?!单列)|目标|任务)[^\d,，;；。预多少超增减比]{0,10}?(?:为|是|达到?)?\s*(?:约|近)?\s*$")
COMPLETION_BEFORE = re.compile(r"完成了?(?:全年|年度|本年度?|今年|年)?(?:计划|目标|任务)(?:任务)?的?\s*$")
ACTUAL_BEFORE = re.compile(r"实际[^\d,，;；。]{0,8}?\s*$")
OVERFULFILLED = re.compile(r"超额完成|超计划完成|超过(?:原|年度|全年)?计划|超出(?:原|年度|全年)?计划")
