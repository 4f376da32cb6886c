"""A masculine noun and a neuter noun of one stem are two words: Ukrainian ``міст``
("bridge") and ``місто`` ("city"), Russian ``мост``/``место`` spelled apart but ``мест``
(the neuter's plural genitive) a masculine base's shape, Polish ``most``/``miasto``'s
``miast``, Czech ``měst``.  A search for the masculine base does not find a page writing the
neuter's base form, nor the neuter's base a page writing only the masculine base's shape;
each still finds its own case forms, and a form both can take (``місті``, ``містом``) is
found by both (README Known limits).
Every page here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from tests.searchpages import hit_sites, stored_archive

LVIV = "lvivski-visti.example"
KHARKIV = "kharkivskyi-kurier.example"
DNIPRO = "dniprovska-hazeta.example"
ODESA = "odeskyi-vistnyk.example"
KRAKOW = "gazeta-krakowska.example"
TOMSK = "tomskie-novosti.example"
BRNO = "brnensky-denik.example"
PUBLISHED = "2026-12-06T10:00:00+02:00"
PAGES = {
    "lviv.html": (
        "uk",
        f"https://{LVIV}/novyny/mist",
        "Ремонт мосту на Шевченка",
        ["Новий міст через річку відкриють у травні, повідомили в управлінні доріг."],
    ),
    "kharkiv.html": (
        "uk",
        f"https://{KHARKIV}/novyny/misto",
        "Харків готується до зими",
        ["Місто закупило генератори для лікарень, повідомила міська рада у вівторок."],
    ),
    "dnipro.html": (
        "uk",
        f"https://{DNIPRO}/novyny/transport",
        "Транспорт у місті",
        ["Автобуси курсуватимуть містом до півночі, повідомили перевізники в понеділок."],
    ),
    "odesa.html": (
        "uk",
        f"https://{ODESA}/novyny/pavlo",
        "Павло Коваль очолив раду",
        ["Депутати проголосували за Павла Коваля, а Павлові Ковалю вручили мандат."],
    ),
    "krakow.html": (
        "pl",
        f"https://{KRAKOW}/wiadomosci/miasto",
        "Miasto kupi nowe tramwaje",
        ["Miasto podpisało umowę na dostawę tramwajów, poinformował rzecznik we wtorek."],
    ),
    "tomsk.html": (
        "ru",
        f"https://{TOMSK}/novosti/most",
        "Мост через Томь закроют",
        ["Мост закроют на ремонт в марте, сообщили в мэрии во вторник."],
    ),
    "brno.html": (
        "cs",
        f"https://{BRNO}/zpravy/mesto",
        "Brno opraví most",
        ["Město opraví most přes Svratku, uvedla radnice v pondělí."],
    ),
}
EXPECTED = [
    # the masculine base finds the bridge, not the city's base form ("Місто" in Kharkiv);
    # a form both words can take ("місті", "містом": "у місті", "листом") finds both
    ("міст", [DNIPRO, LVIV]),
    ("most", [BRNO]),
    # the neuter's base finds the city and its forms, not the bridge's base form
    ("місто", [DNIPRO, KHARKIV]),
    ("miasto", [KRAKOW]),
    ("město", [BRNO]),
    ("містом", [DNIPRO, KHARKIV, LVIV]),
    # a masculine name in -о keeps its case forms
    ("Павло", [ODESA]),
    # read in every keyed language: Ukrainian "мосту" is the bridge's too
    ("мост", [LVIV, TOMSK]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("neuter"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_masculine_and_a_neuter_of_one_stem_are_two_words(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query
