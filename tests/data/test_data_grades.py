"""Source authority: every shipped source has a grade, and no official grade rests on a mirror."""

from __future__ import annotations

from urllib.parse import urlparse

from northward.core.vocabulary import GRADES

# Hosts whose pages are the issuing bodies' own (or another official body's): an official_* grade must
# be read on one of these. gov.cn covers every ministry, province and city site under it.
OFFICIAL_DOMAINS = ("gov.cn", "stats.gov.cn", "customs.gov.cn", "mofcom.gov.cn", "ndrc.gov.cn",
                    "scio.gov.cn", "yidaiyilu.gov.cn", "gojilin.gov.cn")
# Official texts read outside those hosts, each with the reason it may keep an official grade.
JUSTIFIED = {
    "larin2025-s28": "People's Daily Online (jl.people.com.cn) prints the Jilin transport plan in full; "
                     "state media, not a mirror, and the source the article cites",
    "ce-2023-03-17-nm-gdp-2022": "中国经济网 (Economic Daily, state media) carries the full text of the "
                                 "Inner Mongolia 2022 bulletin from 内蒙古日报",
}
# Hosts the issue names as content farms: nothing hosted there may be graded above unverified/secondary.
MIRRORS = ("86zyqen.icu", "duomi32.cn", "sharepointconcepts.com", "dy.1ku.cc")


def _host(url: str | None) -> str:
    return (urlparse(url).hostname or "") if url else ""


def _official_host(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS)


def test_every_source_has_a_known_grade(sources):
    bad = {sid: s.get("grade") for sid, s in sources.items() if s.get("grade") not in GRADES}
    assert not bad, bad


def test_no_official_grade_is_hosted_on_a_mirror(sources):
    bad = []
    for sid, s in sources.items():
        if not str(s["grade"]).startswith("official"):
            continue
        hosts = {_host(s.get("url")), _host(s.get("retrieved_from"))} - {""}
        on_official_site = hosts and not s.get("retrieved_from") and all(_official_host(h) for h in hosts)
        if not on_official_site and sid not in JUSTIFIED:
            bad.append((sid, sorted(hosts)))
    assert not bad, bad
    assert set(JUSTIFIED) <= {sid for sid, s in sources.items() if str(s["grade"]).startswith("official")}


def test_bulletins_and_customs_releases_are_official(sources):
    bad = [sid for sid, s in sources.items()
           if s["kind"] in ("statistical_bulletin", "customs_release") and not str(s["grade"]).startswith("official")]
    assert not bad, bad


def test_named_content_farms_are_retrieval_addresses_never_official(sources):
    hits = {sid: s for sid, s in sources.items()
            if any(_host(s.get(k)).endswith(m) for k in ("url", "retrieved_from") for m in MIRRORS)}
    assert len(hits) == len(MIRRORS), sorted(hits)
    for sid, s in hits.items():
        assert s["grade"] in ("secondary", "unverified_copy"), sid
        assert s.get("retrieved_from") and not any(_host(s.get("url")).endswith(m) for m in MIRRORS), sid


def test_copies_naming_an_original_say_whose(sources):
    """A copy on a mirror is either unverified or names the publisher of its original."""
    for sid, s in sources.items():
        if s.get("retrieved_from") and s["grade"] != "unverified_copy":
            assert s.get("original_publisher"), sid


def test_grades_of_known_sources(sources):
    assert sources["nmgtj-2024-01-19-nm-gdp-2023"]["grade"] == "official_original"
    assert sources["larin2025-s12"]["grade"] == "official_original"  # Harbin customs' own site
    assert sources["askci-2022-03-18-hlj-2021"]["grade"] == "secondary"
    assert sources["askci-2022-03-18-hlj-2021"]["kind"] == "web_page"
    assert sources["geo-xinhua-ecommerce-2023"]["original_publisher"].startswith("Xinhua")
    assert sources["1kucc-jl-gdp-2024"]["grade"] == "unverified_copy"
    assert sources["larin2025"]["grade"] == "secondary"


def _problems(tmp_path, text: str) -> list[str]:
    from northward.errors import ProblemList
    from northward.ingest.seed_files import load_sources

    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "x.yaml").write_text(text, encoding="utf-8")
    problems = ProblemList()
    load_sources(tmp_path, problems)
    return [f"{p.code} {p.line} {p.message}" for p in problems.problems]


def test_loader_rejects_an_unknown_grade_with_the_nearest(tmp_path):
    out = _problems(tmp_path, "- source_id: a\n  kind: news\n  title: t\n  grade: reputable_medai\n")
    assert len(out) == 1 and out[0].startswith("NW243 1") and "reputable_media" in out[0]


def test_loader_rejects_an_official_grade_on_a_copy(tmp_path):
    out = _problems(tmp_path, "- source_id: a\n  kind: news\n  title: t\n  grade: official_copy\n"
                              "  retrieved_from: http://86zyqen.icu/1.html\n")
    assert len(out) == 1 and out[0].startswith("NW244 1")


def test_loader_rejects_a_bulletin_read_on_a_mirror(tmp_path):
    out = _problems(tmp_path, "- source_id: ok\n  kind: news\n  title: t\n  grade: secondary\n"
                              "- source_id: b\n  kind: statistical_bulletin\n  title: t\n  grade: secondary\n")
    assert len(out) == 1 and out[0].startswith("NW245 5")


def test_loader_carries_the_three_fields(tmp_path):
    from northward.errors import ProblemList
    from northward.ingest.seed_files import load_sources

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "x.yaml").write_text(
        "- source_id: a\n  kind: news\n  title: t\n  grade: secondary\n  original_publisher: Xinhua\n"
        "  retrieved_from: http://copy.example/1\n", encoding="utf-8")
    rows = load_sources(tmp_path, ProblemList())
    assert (rows[0]["grade"], rows[0]["original_publisher"], rows[0]["retrieved_from"]) == (
        "secondary", "Xinhua", "http://copy.example/1")
