"""One reader of share lists in any word order (``share_runs``): members of one whole, their shares at most 100%
together, 100% when the last is "the rest"; shares of different wholes never summed."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def lists(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "share_list"]


@pytest.mark.parametrize(
    ("text", "lang", "old", "new"),
    [
        # members before their shares, each with its own verb
        ("The share of the port of Dalian in the region's grain shipments was 41.2%, Yingkou handled 27%, and "
         "Jinzhou accounted for 11.5%.", "en", "27%", "67%"),
        # the first bracket names the whole
        ("The largest suppliers are Hubei Province (41% of all rice shipped to Tomsk), Hunan (22%), Jiangxi (15%), "
         "and Anhui (eight percent).", "en", "22%", "52%"),
        # shares first, the members after them
        ("Of all the cargo unloaded, 62.5% was coal, 21.4% – ore and 9.3% – grain.", "en", "21.4%", "41.4%"),
        ("Основными покупателями угля были Индия, на долю которой в 2021 году приходилось 38% всего экспорта, а также "
         "Турция - 22%, Вьетнам - 14%, Египет - 7%.", "ru", "22%", "62%"),
        ("61,2% грузов области было перевезено через порт Ванино, 24% - через Находку, 9,1 % - через Посьет.", "ru",
         "24%", "44%"),
        ("62%的中国游客的目的地为莫斯科,27%到访圣彼得堡,8%到访喀山。", "zh", "27%", "47%"),
        ("在出口总量中的比重为:韩国31%,日本24%,越南、泰国、印度各9%。", "zh", "24%", "54%"),
    ],
)
def test_shares_of_one_whole_fit_within_it(text: str, lang: str, old: str, new: str) -> None:
    assert lists(text, lang) == ["consistent"]
    assert lists(text.replace(old, new), lang) == ["inconsistent"]


def test_a_share_said_of_each_member_counts_per_member() -> None:
    text = "在出口总量中的比重为:韩国41%,日本24%,越南、泰国、印度各9%。"  # 41 + 24 + 27 = 92
    assert lists(text, "zh") == ["consistent"]
    assert lists(text.replace("各9%", "各19%"), "zh") == ["inconsistent"]  # 41 + 24 + 57 = 122, not 41 + 24 + 19


def test_a_list_closed_by_the_rest_adds_up_to_100() -> None:
    text = "2023年10月,订单中三亚的比重为91%,其余9%为广州。"
    assert lists(text, "zh") == ["consistent"]
    assert lists(text.replace("其余9%", "其余7%"), "zh") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # exports and imports: two wholes
        ("China's share in the region's exports was 58%, while imports from China amounted to 71%.", "en"),
        # each member's share of its own whole
        ("Japan's share of its own rice market is 90%, Korea's 85%.", "en"),
        # a share in two years, a change in points
        ("The share of coal was 64% in 2019 and 71% in 2022.", "en"),
        ("Доля угля выросла до 64%, доля руды - на 45%.", "ru"),
        # the same share in another period, or in another whole; changes in brackets
        ("The share of timber in the port's cargo was 64%, a year earlier - 58%.", "en"),
        ("Доля угля в грузообороте порта составила 64%, в экспорте – 58%.", "ru"),
        ("Main goods of the trade with Korea: timber (+35%), coal (+40%), fish (+52%).", "en"),
        # a later member names a whole of its own, or is a part of the one before
        ("国营商业已占零售总额的70%左右，在批发总额中的比重已占85%。", "zh"),
        ("入股农户已占全部农户的85%以上，其中参加合作社的农户占总农户的40%。", "zh"),
        # the listed shares' sum said after them
        ("47% грузов прошло через Забайкальск, 31% - через Наушки, что составило 78% всего объема.", "ru"),
    ],
)
def test_shares_of_different_wholes_are_not_summed(text: str, lang: str) -> None:
    assert "inconsistent" not in lists(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "good", "bad"),
    [
        ("全市三次产业结构比例为4.1:41.7:{x}。", "zh", "54.2", "57.2"),
        ("全縣三次產業結構由12.0∶38.5∶{x}調整為11.2∶37.9∶50.9。", "zh", "49.5", "52.5"),
        ("Структура экономики района: 6,3:40,1:{x}.", "ru", "53,6", "56,6"),
    ],
)
def test_a_structure_ratio_of_three_sectors_adds_up_to_100(text: str, lang: str, good: str, bad: str) -> None:
    assert "inconsistent" not in lists(text.format(x=good), lang)
    assert "inconsistent" in lists(text.format(x=bad), lang)
