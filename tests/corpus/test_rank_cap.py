"""The ranking cap: the hits are the best by BM25 among the paragraphs considered, filters widen the window."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from northward.corpus.db import CorpusDB
from northward.corpus.extract import Extracted
from northward.corpus.importer import put_document
from northward.corpus.registry import DocMeta
from northward.corpus.search import search_paragraphs


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusDB]:
    home = tmp_path_factory.mktemp("cap")
    rng = random.Random(7)
    words = ["深化改革", "推进", "开放", "农业", "建设", "口岸", "发展", "经济"]
    with CorpusDB(home) as d:
        for i in range(60):
            paras = ["".join(rng.choice(words) for _ in range(rng.randint(3, 12))) + "。" for _ in range(5)]
            meta = DocMeta(doc_id=f"d{i:02d}", title=f"文件{i}", territory="CN-HL" if i < 6 else "CN-JL",
                           doc_type="plan", published=str(1990 + i // 2))
            with d.transaction():
                put_document(d, meta, Extracted("\n".join(paras), "txt", "utf-8"), "test")
    opened = CorpusDB(home)
    yield opened
    opened.close()


def _all_ranked(db: CorpusDB, query: str, **filters: object) -> list[tuple[int, str, int, float]]:
    hits = search_paragraphs(db, query, limit=10_000, rank_cap=None, **filters)
    pids = {(r["doc_id"], r["seq"]): r["pid"] for r in db.rows("SELECT pid, doc_id, seq FROM paragraph")}
    return [(pids[(h.doc_id, h.paragraph)], h.doc_id, h.paragraph, h.score) for h in hits]


def test_capped_hits_are_the_best_of_the_window(db: CorpusDB) -> None:
    everything = _all_ranked(db, "改革")
    assert len(everything) > 100
    cap = 40
    window = set(sorted(pid for pid, *_ in everything)[-cap:])  # the most recently added matches
    expected = [(doc, seq) for pid, doc, seq, _ in everything if pid in window][:10]
    stats: dict[str, object] = {}
    got = search_paragraphs(db, "改革", limit=10, rank_cap=cap, stats=stats)
    assert [(h.doc_id, h.paragraph) for h in got] == expected
    assert stats["ranked_window"] == cap
    scores = [h.score for h in got]
    assert scores == sorted(scores, reverse=True)


def test_no_cap_when_few_matches(db: CorpusDB) -> None:
    stats: dict[str, object] = {}
    exact = search_paragraphs(db, "改革", limit=10, rank_cap=None)
    assert [h.doc_id for h in search_paragraphs(db, "改革", limit=10, rank_cap=100_000, stats=stats)] == [
        h.doc_id for h in exact]
    assert stats["ranked_window"] is None


def test_filters_widen_the_window_until_enough_hits(db: CorpusDB) -> None:
    # CN-HL holds only the six oldest documents: outside a window of the 40 newest matches
    everything = _all_ranked(db, "改革", territory="CN-HL")
    assert len(everything) >= 5
    stats: dict[str, object] = {}
    got = search_paragraphs(db, "改革", territory="CN-HL", limit=5, rank_cap=40, stats=stats)
    assert len(got) == 5 and {h.territory for h in got} == {"CN-HL"}
    assert stats["ranked_window"] is None or stats["ranked_window"] > 40
    window = stats["ranked_window"]
    if window is None:  # widened to every match: the exact answer
        assert [(h.doc_id, h.paragraph) for h in got] == [(d, s) for _, d, s, _ in everything[:5]]
    year = search_paragraphs(db, "改革", year="2010..2019", limit=5, rank_cap=40)
    assert year and all(h.published and 2010 <= int(h.published) <= 2019 for h in year)
    assert search_paragraphs(db, "改革", territory="RU", limit=5, rank_cap=40) == []
