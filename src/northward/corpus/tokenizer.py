"""The jieba word tokenizer for the FTS5 index, with the glossary's domain words added.

Documents and queries are both segmented in jieba's precise mode (no HMM, so results do not
depend on unseen-word guesses). For indexing, dictionary sub-words of a long word (黑龙江 in
黑龙江省, 经济 in 中蒙俄经济走廊) are emitted *colocated* with it, so a search for the
shorter word still finds the longer one without shifting the positions phrases rely on.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import apsw
import apsw.fts5

TOKENIZER_NAME = "northward_jieba"

_lock = threading.Lock()
_cache: dict[str, Any] = {}


def words_digest(words: Iterable[str]) -> str:
    """A short fingerprint of the domain-word list (the index must be rebuilt when it changes)."""
    return hashlib.sha256("\n".join(sorted(set(words))).encode()).hexdigest()[:16]


def jieba_tokenizer(cache_dir: Path, domain_words: Iterable[str]) -> Any:
    """A jieba.Tokenizer with its cache under ``cache_dir`` and the domain words added.

    Memoised per word list for the process: the dictionary takes a second or two to load, and the
    cache folder only decides where jieba keeps its prefix-dictionary file.
    """
    words = sorted({w for w in domain_words if w})
    key = words_digest(words)
    with _lock:
        tok = _cache.get(key)
        if tok is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            cache_dir.mkdir(parents=True, exist_ok=True)
            tok = jieba.Tokenizer()
            tok.tmp_dir = str(cache_dir)
            tok.initialize()
            for w in words:
                tok.add_word(w)
            _cache[key] = tok
    return tok


def _is_wordlike(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def segment(tok: Any, text: str, *, subwords: bool) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, tokens) for each word of ``text``; tokens[1:] are colocated sub-words."""
    freq = tok.FREQ
    for word, start, end in tok.tokenize(text, mode="default", HMM=False):
        if not _is_wordlike(word):
            continue
        low = word.lower()
        if not subwords or len(word) <= 2:
            yield start, end, (low,)
            continue
        subs: list[str] = []
        for n in (2, 3):
            if len(word) <= n:
                continue
            for i in range(len(word) - n + 1):
                gram = word[i : i + n]
                if freq.get(gram) and gram not in subs:
                    subs.append(gram.lower())
        yield start, end, (low, *subs)


def query_words(tok: Any, text: str) -> list[str]:
    """The words FTS5 will look up for ``text`` (precise mode, as the query side sees them)."""
    return [t[0] for _, _, t in segment(tok, text, subwords=False)]


def register(con: apsw.Connection, tok: Any) -> None:
    """Register the tokenizer on an APSW connection under TOKENIZER_NAME."""

    @apsw.fts5.StringTokenizer
    def factory(_con: apsw.Connection, _args: list[str]) -> Any:
        def tokenize(text: str, flags: int, _locale: str | None) -> Iterator[tuple[Any, ...]]:
            is_query = bool(flags & apsw.FTS5_TOKENIZE_QUERY)
            for start, end, tokens in segment(tok, text, subwords=not is_query):
                yield (start, end, *tokens)

        return tokenize

    con.register_fts5_tokenizer(TOKENIZER_NAME, factory)  # type: ignore[arg-type]
