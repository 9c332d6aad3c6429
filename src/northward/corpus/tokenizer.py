"""The jieba word tokenizer for the FTS5 index, with the glossary's domain words added.

Documents and queries are both segmented in jieba's precise mode (no HMM, so results do not
depend on unseen-word guesses), with the glossary's terms added so that context never splits
them. In the index:

- a glossary term is emitted as the words jieba would cut it into *without* the glossary
  (中蒙俄经济走廊 → 中/蒙/俄/经济/走廊, at consecutive positions), with the whole term, and any
  glossary term nested in it (跨境电子商务 in 跨境电子商务综合试验区), *colocated* on the
  position where it starts;
- any other long word gets its dictionary sub-words colocated (黑龙江 in 黑龙江省).

A query that is exactly one glossary term looks up the whole-term token (one posting list: fast);
in any longer query glossary terms are expanded into their inner words, so phrases line up with
the consecutive positions of the index (经济走廊 finds 中蒙俄经济走廊; 对俄 贸易 finds 对俄贸易).
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


SCHEME = "glossary-inner-v2"  # change when segment() changes: the index is then rebuilt


def words_digest(words: Iterable[str]) -> str:
    """A short fingerprint of the domain words and the scheme (the index is rebuilt when it changes)."""
    return hashlib.sha256("\n".join([SCHEME, *sorted(set(words))]).encode()).hexdigest()[:16]


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
            # how each glossary term is cut without the glossary: the positions it takes in the index
            inner = {w: tuple(t for t in tok.cut(w, HMM=False) if _is_wordlike(t)) for w in words}
            for w in words:
                tok.add_word(w)
            tok.northward_inner = inner
            _cache[key] = tok
    return tok


def _is_wordlike(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def segment(tok: Any, text: str, *, subwords: bool) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, tokens) per position of ``text``; tokens[1:] are colocated on that position.

    ``subwords=True`` is the index side; ``False`` the query side (see the module docstring).
    """
    inner: dict[str, tuple[str, ...]] = getattr(tok, "northward_inner", {})
    freq = tok.FREQ
    words = [(w, a, b) for w, a, b in tok.tokenize(text, mode="default", HMM=False) if _is_wordlike(w)]
    for word, start, end in words:
        low = word.lower()
        parts = inner.get(word)
        if parts is not None and len(parts) > 1:
            if not subwords and len(words) == 1:
                yield start, end, (low,)  # the whole term: its own token in the index
                continue
            yield from _expand(word, parts, start, (inner, freq) if subwords else None)
            continue
        yield start, end, (low, *(_subwords(freq, word) if subwords else ()))


def _subwords(freq: dict[str, int], word: str) -> list[str]:
    """Dictionary words of two or three characters inside a longer word (黑龙江 in 黑龙江省)."""
    subs: list[str] = []
    for n in (2, 3):
        for i in range(len(word) - n + 1 if len(word) > n else 0):
            gram = word[i : i + n]
            if freq.get(gram) and gram.lower() not in subs:
                subs.append(gram.lower())
    return subs


def _expand(
    word: str,
    parts: tuple[str, ...],
    start: int,
    index_side: tuple[dict[str, tuple[str, ...]], dict[str, int]] | None,
) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """A glossary term as its inner words; on the index side, with the glossary terms it contains."""
    pos = start
    offsets = []
    for part in parts:
        at = word.find(part, pos - start)
        a = start + (at if at >= 0 else pos - start)
        offsets.append((a, a + len(part)))
        pos = a + len(part)
    for i, (part, (a, b)) in enumerate(zip(parts, offsets, strict=True)):
        colocated: list[str] = []
        if index_side is not None:
            inner, freq = index_side
            for j in range(len(parts), i + 1, -1):
                nested = "".join(parts[i:j])
                if nested in inner and nested.lower() not in colocated:
                    colocated.append(nested.lower())
            colocated += [s for s in _subwords(freq, part) if s not in colocated]
        yield a, b, (part.lower(), *colocated)


def query_words(tok: Any, text: str) -> list[str]:
    """The words FTS5 will look up for ``text`` (precise mode, as the query side sees them)."""
    return [t[0] for _, _, t in segment(tok, text, subwords=False)]


_recent: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]] = {}
_RECENT_MAX = 4096


def indexed(tok: Any, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The index side's segmentation of ``text``, kept for the texts indexed last.

    A document's paragraphs are segmented once for the index and read again, from here, by the
    word-boundary concept counts written right after.
    """
    key = (id(tok), text)
    with _lock:
        hit = _recent.get(key)
    if hit is not None:
        return hit
    out = list(segment(tok, text, subwords=True))
    with _lock:
        if len(_recent) >= _RECENT_MAX:
            _recent.clear()
        _recent[key] = out
    return out


def register(con: apsw.Connection, tok: Any) -> None:
    """Register the tokenizer on an APSW connection under TOKENIZER_NAME."""

    @apsw.fts5.StringTokenizer
    def factory(_con: apsw.Connection, _args: list[str]) -> Any:
        def tokenize(text: str, flags: int, _locale: str | None) -> Iterator[tuple[Any, ...]]:
            is_query = bool(flags & apsw.FTS5_TOKENIZE_QUERY)
            positions = segment(tok, text, subwords=False) if is_query else iter(indexed(tok, text))
            for start, end, tokens in positions:
                yield (start, end, *tokens)

        return tokenize

    con.register_fts5_tokenizer(TOKENIZER_NAME, factory)  # type: ignore[arg-type]


def boundaries(tok: Any, text: str) -> frozenset[int]:
    """The offsets of ``text`` where a word starts or ends, as the index segments it.

    A word's dictionary sub-words count too (黑河 is a word in 黑河市), so a term is found where
    the index would find it: 对俄 in 对俄贸易, but not in 对俄国人民 (对/俄国/人民).
    """
    freq = tok.FREQ
    out: set[int] = set()
    # the index side's positions: the same words as the query side's, which differs only for a
    # text that is one glossary term (kept whole there)
    for start, end, _ in indexed(tok, text):
        out.update((start, end))
        if end - start > 2:
            for n in (2, 3):
                for i in range(end - start - n + 1):
                    if freq.get(text[start + i : start + i + n]):
                        out.update((start + i, start + i + n))
    return frozenset(out)


def occurrences(text: str, forms: tuple[str, ...], bounds: frozenset[int]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of any of ``forms`` on word boundaries; longer forms win a tie."""
    spans: list[tuple[int, int]] = []
    for form in forms:
        if not form:
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if at in bounds and end in bounds:
                spans.append((at, end))
            at = text.find(form, at + 1)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple[int, int]] = []
    for start, end in spans:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end))
    return chosen
