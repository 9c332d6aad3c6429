"""Counts of enumerated points (``enumerations``): a count, a colon, then its points numbered in order."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def counted(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("a list said to be complete has "
                                                                                          "as many numbered")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("会议部署了三项任务:一是扩大对外开放;二是优化营商环境;三是发展口岸经济。会议还听取了其他汇报。", "zh", ("三项", "两项")),
        ("专家认为原因有两个,其一是需求回升,其二是运力增加。此外,价格也有所上涨。", "zh", None),
        ("Эксперты назвали три причины: во-первых, рост спроса, во-вторых, новые маршруты, в-третьих, курс рубля. "
         "Об этом сообщили в таможне.", "ru", ("три причины", "две причины")),
        ("The officials gave three reasons: first, demand recovered, second, new routes opened, and third, fees fell. "
         "The port expects more.", "en", ("three", "two")),
    ],
)
def test_as_many_numbered_points_as_their_count(text: str, lang: str, wrong: tuple[str, str] | None) -> None:
    assert counted(text, lang) == ["consistent"]
    if wrong is not None:
        assert counted(text.replace(*wrong, 1), lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a second run of points is another list
        ("原因有三个:一是需求回升;二是运力增加;三是价格上涨。下一步重点:一是扩大开放;二是优化服务;三是建设通道;四是培育产业。",
         "zh"),
        # the text cut inside the run, or ending in its last point
        ("原因有四个:一是需求回升;二是运力增加[...]。", "zh"),
        ("Эксперты назвали четыре причины: во-первых, рост спроса, во-вторых, новые маршруты", "ru"),
        # fewer points than the count: the prose goes on in other words
        ("大体上有四种类型:一是按计划生产的。二是按市场生产的。在这两大类之间,还有两类。一类是前者,另一类是后者。", "zh"),
        # points numbered another way after the run
        ("要注意三个问题:一是坚持原则;二是防止偏差;三是加强领导。第四,要总结经验。", "zh"),
    ],
)
def test_another_run_or_a_cut_text_gives_no_error(text: str, lang: str) -> None:
    assert "inconsistent" not in counted(text, lang)
