"""Names in Chinese, English and Russian find the same place."""

from __future__ import annotations

import pytest

from northward.errors import GeoError
from northward.geo import api
from northward.geo.names import aliases_for, language_of, normalise, pinyin


def test_normalise_and_languages():
    assert normalise("Zabaykal’sk") == normalise("zabaykal'sk") == "zabaykalsk"
    assert normalise("Маньчжурия") == normalise("МАНЬЧЖУРИЯ")
    assert normalise("Mǎnzhōulǐ") == "manzhouli" and normalise("滿洲里") == normalise("满洲里")
    assert language_of("满洲里") == "zh" and language_of("Маньчжурия") == "ru" and language_of("Heihe") == "en"
    assert pinyin("满洲里") == "manzhouli" and pinyin("Heihe") is None


def test_aliases_include_pinyin_and_dedupe():
    pairs = aliases_for("heihe", ["黑河", "Heihe", "Хэйхэ", "Heihe"])
    assert ("heihe", "id") in pairs and ("Хэйхэ", "ru") in pairs
    assert sum(1 for a, _ in pairs if normalise(a) == "heihe") == 1


@pytest.mark.parametrize("name", ["Маньчжурия", "Manzhouli", "满洲里", "manzhouli city", "满洲里市", "滿洲里", "Mǎnzhōulǐ"])
def test_three_languages_find_manzhouli(geo_store, name):
    assert api.resolve_place(geo_store, name) == "manzhouli"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Благовещенск", "blagoveshchensk"),
        ("海兰泡", "blagoveshchensk"),
        ("Суйфэньхэ", "suifenhe"),
        ("二连", "erenhot"),
        ("Большой Уссурийский", "heixiazi"),
        ("hunchun-rail", "hunchun-rail"),
    ],
)
def test_more_names(geo_store, name, expected):
    assert api.resolve_place(geo_store, name) == expected


def test_unknown_name_suggests(geo_store):
    with pytest.raises(GeoError) as info:
        api.resolve_place(geo_store, "Suifen")
    assert info.value.problem.code == "NW601" and "suifenhe" in info.value.hint
