"""Every figure has a source, every source is used, and the article's source list is complete."""

from __future__ import annotations

import re

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = {
    "article",
    "statistical_bulletin",
    "customs_release",
    "government_document",
    "news",
    "dataset",
    "web_page",
}
FIELDS = {
    "source_id",
    "kind",
    "title",
    "title_en",
    "publisher",
    "author",
    "url",
    "published",
    "accessed",
    "language",
    "licence",
    "citation",
    "doi",
    "cited_by",
    "ref",
    "note",
    "grade",
    "original_publisher",
    "retrieved_from",
    "_file",
}


def test_sources_are_well_formed(own_sources):
    for sid, s in own_sources.items():
        assert SOURCE_ID.match(sid), sid
        assert set(s) <= FIELDS, (sid, set(s) - FIELDS)
        assert s["kind"] in KINDS and s["title"], sid
        for key in ("published", "accessed"):
            assert s.get(key) is None or ISO.match(str(s[key])), (sid, key, s.get(key))
        assert s.get("language") in ("zh", "en", "ru", "ko", "de", "it"), sid


def test_every_observation_cites_a_known_source(observations, sources):
    bad = [(r["_where"], r["source_id"]) for r in observations if r["source_id"] not in sources]
    bad += [
        (r["_where"], r["primary_source_id"])
        for r in observations
        if r["primary_source_id"] and r["primary_source_id"] not in sources
    ]
    assert not bad, bad


def test_every_own_source_is_used(own_sources, observations):
    cited = {r["source_id"] for r in observations} | {r["primary_source_id"] for r in observations}
    unused = []
    for sid, s in own_sources.items():
        if sid in cited:
            continue
        # the article's listed sources and references are used through the article itself
        if s.get("cited_by") and s["cited_by"] in cited:
            continue
        unused.append(sid)
    assert not unused, unused


def test_statistics_sources_back_observations_directly(own_sources, observations):
    cited = {r["source_id"] for r in observations}
    stats = [sid for sid, s in own_sources.items() if s["_file"] == "statistics.yaml"]
    assert stats and set(stats) <= cited, set(stats) - cited


def test_article_lists_35_sources_and_6_references(own_sources):
    article = own_sources["larin2025"]
    assert article["doi"] == "10.20542/0131-2227-2025-69-12-109-121"
    for n in range(1, 36):
        s = own_sources[f"larin2025-s{n:02d}"]
        assert s["cited_by"] == "larin2025" and s["ref"] == f"source {n}"
        where = s.get("url") or s.get("retrieved_from")
        assert where.startswith("http") and s["accessed"] in ("2025-04-21", "2025-05-21", "2025-09-29"), n
    for n in range(1, 7):
        assert own_sources[f"larin2025-r{n}"]["ref"] == f"reference {n}"
    fn5 = own_sources["larin2025-fn5"]
    assert (fn5["kind"], fn5["ref"], fn5.get("url")) == ("dataset", "footnote 5", None)


def test_article_sources_accessed_dates_as_the_article_gives_them(own_sources):
    assert own_sources["larin2025-s01"]["accessed"] == "2025-09-29"
    assert own_sources["larin2025-s20"]["accessed"] == "2025-05-21"
    assert own_sources["larin2025-s30"]["published"] == "2025-01-23"


def test_article_figures_cite_the_article(article_rows):
    assert {r["source_id"] for r in article_rows} == {"larin2025"}
    # ranks and dollar values come from the UIBE report (source 30), results otherwise from customs statistics
    for r in article_rows:
        if r["indicator"] == "trade_rank":
            assert r["primary_source_id"] == "larin2025-s30", r["_where"]
