"""One word, two spellings: an Uzbek page in Cyrillic (UzA) and its Latin twin (Kun.uz) are read
in the same Latin letters, decided by the page's stored language (clipper.digraphia
.uzbek_latin: fingerprint, search, story vector), and a Cyrillic query is sought in Uzbek Latin
letters on Uzbek pages only; a Kazakh or Kyrgyz word's plural before its case ending is keyed
off too (clipper.caserules.Rules.plural_suffixes: ``кеніш`` finds ``кеніштерінің``).  Session 52,
newcomer 51b.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.archive import Archive
from clipper.caseforms import base_key, query_keys, word_keys
from clipper.config import FingerprintConfig, StoryConfig
from clipper.digraphia import (
    PAGE,
    UZBEK_PAGE,
    latin_varies,
    matched_text,
    query_uzbek,
    uzbek_latin,
)
from clipper.fingerprint import fingerprint_texts
from clipper.minhash import MinHasher
from clipper.searchterms import query_tokens
from clipper.searchtext import fold, search_text
from clipper.snippets import snippet
from clipper.stories.vectors import Vector, vectorize
from tests.searchpages import hit_sites, stored_archive
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import _record, run

CYRILLIC = (
    "Навоий кон-металлургия комбинати Тошкентда янги цех очди\n\n"
    "Комбинат раҳбарияти маълум қилишича, янги цех йилига ўн икки минг тонна мис ишлаб "
    "чиқаради ва Ўзбекистон экспортини оширади.\n\n"
    "Лойиҳага Европа банклари қарз берган, қурилиш икки йил давом этган."
)
LATIN = (
    "Navoiy kon-metallurgiya kombinati Toshkentda yangi sex ochdi\n\n"
    "Kombinat rahbariyati maʼlum qilishicha, yangi sex yiliga oʻn ikki ming tonna mis ishlab "
    "chiqaradi va Oʻzbekiston eksportini oshiradi.\n\n"
    "Loyihaga Yevropa banklari qarz bergan, qurilish ikki yil davom etgan."
)
RUSSIAN = (
    "В Ташкенте открыли новый цех\n\n"
    "Новый цех комбината будет выпускать двенадцать тысяч тонн меди в год, сообщили в "
    "компании. Мост через реку построят позже."
)
OTHER_UZ = (
    "Samarqandda futbol stadioni taʼmirlandi\n\n"
    "Shahar jamoasi mavsumni yangilangan maydonda boshlaydi, muxlislar uchun oʻn besh "
    "mingta oʻrindiq qoʻyildi."
)


def _hasher() -> MinHasher:
    return MinHasher(FingerprintConfig())


@pytest.mark.parametrize("language", ["uz", "uz-Cyrl", "uz-Latn"])
def test_a_cyrillic_page_has_its_latin_twins_shingles(language: str) -> None:
    a, b = fingerprint_texts([CYRILLIC, LATIN], _hasher(), [language, language])
    assert a is not None and b is not None
    assert a.content_hash == b.content_hash
    assert np.array_equal(a.shingles, b.shingles)
    assert latin_varies(CYRILLIC, language) and not latin_varies(LATIN, language)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # the letters written otherwise: ш ч ў ғ қ ҳ, е as ye at a word's start, ц as s or ts,
        # ъ and ь, ё ю я
        ("Тошкент шаҳри", "Toshkent shahri"),
        ("Ўзбекистон Республикаси", "Oʻzbekiston Respublikasi"),
        ("Ғалла, қишлоқ, чорва", "Gʻalla, qishloq, chorva"),
        ("Европа, Елена, поезд", "Yevropa, Yelena, poyezd"),
        ("цех, концерн", "sex, kontsern"),
        ("эълон, ёшлар, юз, ярим", "eʼlon, yoshlar, yuz, yarim"),
        # the 2026 Latin alphabet in the 1995 one
        ("Toşkent şahri", "Toshkent shahri"),
        # a Latin text of the 1995 alphabet as it is
        ("Toshkent shahri", "Toshkent shahri"),
    ],
)
def test_uzbek_letters_in_latin(cyrillic: str, latin: str) -> None:
    assert uzbek_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("text", "language"),
    [(RUSSIAN, "ru"), ("Қарағанды облысында жаңа кеніш ашылды", "kk"), (CYRILLIC, None)],
)
def test_a_page_of_another_language_keeps_its_letters(text: str, language: str | None) -> None:
    """The page's language decides, never a line's letters: a Russian or Kazakh page (or one
    of no language) is read as written and holds no Uzbek mark."""
    assert matched_text(text, language) == text
    indexed = search_text(text, language).split()
    assert UZBEK_PAGE not in indexed
    assert all(not word.isascii() for word in indexed[:3])


def test_an_uzbek_page_is_indexed_in_latin_letters() -> None:
    cyrillic, latin = search_text(CYRILLIC, "uz-Cyrl").split(), search_text(LATIN, "uz").split()
    assert cyrillic == latin
    assert UZBEK_PAGE in latin and PAGE not in latin
    assert {"toshkentda", "ozbekiston", "\U000f0000uztoshkent"} <= set(latin)


def test_a_cyrillic_query_is_sought_in_uzbek_latin_on_uzbek_pages_only() -> None:
    assert query_uzbek("Тошкентда") == "Toshkentda"
    # another alphabet's letter: no Uzbek word; no Cyrillic: nothing to read
    assert query_uzbek("Қарағандыдағы кеніш") is None
    assert query_uzbek("Київ") is None
    assert query_uzbek("Toshkent") is None
    term = query_tokens("Тошкентда", case_languages=frozenset({"uz"}))
    assert term.uzbek == ("toshkentda",)
    assert "\U000f0000uztoshkent" in term.keys
    assert (("toshkentda",), ((UZBEK_PAGE,),)) in term.conditions
    # the apostrophe of oʻ and gʻ joined, as the page holds the word joined too
    assert query_tokens("Ўзбекистон", case_languages=frozenset({"uz"})).uzbek == ("ozbekiston",)
    # an archive without Uzbek pages: not sought
    assert query_tokens("Тошкент", case_languages=frozenset({"ru"})).uzbek == ()


def test_the_snippet_marks_the_cyrillic_page_s_word() -> None:
    term = query_tokens("Toshkentda", case_languages=frozenset({"uz"}))
    assert "[Тошкентда]" in snippet(CYRILLIC, [term], ("[", "]"), language="uz-Cyrl")
    cyrillic = query_tokens("Тошкентда", case_languages=frozenset({"uz"}))
    assert "[Toshkentda]" in snippet(LATIN, [cyrillic], ("[", "]"), language="uz")
    # on a Russian page its Uzbek letters mark nothing
    assert "[" not in snippet("Toshkentda mitingi", [cyrillic], ("[", "]"), language="en")


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


def _vector(body: str, language: str) -> Vector:
    title, _, rest = body.partition("\n\n")
    return vectorize(title, rest, language, StoryConfig())


def test_the_twins_have_one_story_vector() -> None:
    config = StoryConfig()
    cyrillic, latin = _vector(CYRILLIC, "uz-Cyrl"), _vector(LATIN, "uz")
    assert _cosine(cyrillic, latin) > 0.99
    assert _cosine(cyrillic, _vector(OTHER_UZ, "uz")) < config.min_similarity


def _one_night(tmp_path: Path, pages: list[tuple[str, str, str]]) -> Path:
    night = tmp_path / "n.jsonl"
    night.write_text(
        "".join(
            _record(url, body, f"2026-12-01T{6 + i:02d}:00:00+00:00", lang=lang)
            for i, (url, body, lang) in enumerate(pages)
        ),
        encoding="utf-8",
    )
    return night


def test_the_twin_pages_are_one_cluster(db_url: str, tmp_path: Path) -> None:
    """UzA's Cyrillic page and Kun.uz's Latin one are one cluster; the Russian report of the
    same plant stays apart."""
    night = _one_night(
        tmp_path,
        [
            ("https://uza.example/uz/oz/sex", CYRILLIC, "uz-Cyrl"),
            ("https://kun.example/news/sex", LATIN, "uz"),
            ("https://ria.example/ceh", RUSSIAN, "ru"),
        ],
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    clusters = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert clusters["https://uza.example/uz/oz/sex"] == clusters["https://kun.example/news/sex"]
    assert clusters["https://ria.example/ceh"] != clusters["https://uza.example/uz/oz/sex"]


TASHKENT_CYRL = "uza.example"
TASHKENT_LATN = "kun.example"
SAMARKAND = "daryo.example"
MOSCOW = "volga-vesti.example"
ASTANA = "dala-habar.example"
PRAGUE = "vltava-zpravy.example"
PUBLISHED = "2026-12-06T09:00:00+05:00"
PAGES = {
    "sex-cyrl.html": (
        "uz-Cyrl",
        f"https://{TASHKENT_CYRL}/iqtisodiyot/sex",
        CYRILLIC.partition("\n\n")[0],
        CYRILLIC.split("\n\n")[1:],
    ),
    "stadion.html": (
        "uz",
        f"https://{SAMARKAND}/sport/stadion",
        OTHER_UZ.partition("\n\n")[0],
        OTHER_UZ.split("\n\n")[1:],
    ),
    "ceh.html": (
        "ru",
        f"https://{MOSCOW}/ekonomika/ceh",
        RUSSIAN.partition("\n\n")[0],
        RUSSIAN.split("\n\n")[1:],
    ),
    "ken.html": (
        "kk",
        f"https://{ASTANA}/ekonomika/kenish",
        "Облыстағы мыс кеніштерінің қуаты артты",
        ["Компания заводтарының жаңа жабдығы биыл іске қосылады, деді өкіл."],
    ),
    "most.html": (
        "cs",
        f"https://{PRAGUE}/doprava/most",
        "Nový most přes Vltavu otevřou v létě",
        ["Stavba mostu trvala tři roky, uvedla radnice."],
    ),
}
EXPECTED = [
    # either script finds the Uzbek page, and its case forms
    ("Toshkent", [TASHKENT_CYRL]),
    ("Тошкент", [TASHKENT_CYRL]),
    ("Тошкентда", [TASHKENT_CYRL]),
    ('"kon-metallurgiya kombinati"', [TASHKENT_CYRL]),
    ('"кон-металлургия комбинати"', [TASHKENT_CYRL]),
    ("Oʻzbekiston", [TASHKENT_CYRL]),
    ("Ўзбекистон", [TASHKENT_CYRL]),
    ("Ozbekiston", [TASHKENT_CYRL]),
    # a Russian page's word is sought as written: "цех" finds the Russian page and the Uzbek
    # one's "sex" (UzA writes цех), "Ташкент" no Uzbek page
    ("цех", [MOSCOW, TASHKENT_CYRL]),
    ("Ташкенте", [MOSCOW]),
    # a Cyrillic query's Latin letters are no Czech page's: "мост" is the Russian page's
    ("мост", [MOSCOW]),
    ("most", [PRAGUE]),
    # Kazakh: a base form finds its plural's case forms
    ("кеніш", [ASTANA]),
    ("кениш", [ASTANA]),
    ("завод", [ASTANA]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("uzbek"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_either_script_finds_the_page(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("language", "base", "form"),
    [
        ("kk", "кеніш", "кеніштерінің"), ("kk", "кеніш", "кеніштердің"),
        ("kk", "кеніш", "кеніштерге"), ("kk", "завод", "заводтарының"),
        ("kk", "мектеп", "мектептерінде"), ("kk", "лидер", "лидерлердің"),
        ("ky", "завод", "заводдордун"), ("ky", "шаар", "шаарлардын"),
        ("kk", "станция", "станциялардың"),
    ],
)  # fmt: skip
def test_a_plural_s_case_form_shares_its_base_s_key(language: str, base: str, form: str) -> None:
    key = base_key(fold(base), language)
    assert key is not None and key in word_keys(fold(form), language), (key, form)
    # and the query typed as the case form is sought by it too
    assert f"\U000f0000{language}{key}" in query_keys(fold(form), frozenset({language}))


@pytest.mark.parametrize(
    ("word", "not_key"),
    # a word ending as a plural whose stem's last letter takes another, or whose stem would be
    # a key's fewest letters (a loan in -тор): no plural
    [("компьютерге", "компью"), ("доктордун", "док"), ("секторга", "сек"), ("Питерге", "пи")],
)
def test_a_word_ending_as_a_plural_after_a_letter_that_takes_another_is_kept(
    word: str, not_key: str
) -> None:
    assert not_key not in word_keys(fold(word), "kk")


def test_a_watchlist_follows_either_script() -> None:
    from clipper.digest.matching import Document, matches
    from clipper.searchquery import parse_query

    cyrillic = parse_query('"кон-металлургия комбинати" OR Тошкент')
    assert matches(cyrillic, Document.of(None, LATIN, "uz"))
    assert matches(cyrillic, Document.of(None, CYRILLIC, "uz-Cyrl"))
    latin = parse_query("Toshkentda")
    assert matches(latin, Document.of(None, CYRILLIC, "uz-Cyrl"))
    # a Russian page is read as written
    assert not matches(parse_query("Тошкент"), Document.of(None, "Toshkent shahri", "ru"))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0110: an archive indexed before (its pages' words as written) finds the
    Uzbek page in either script, and the Kazakh plural by its base form, once opened."""
    from tests.searchpages import upgraded_archive

    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, None), "0109"
    ) as upgraded:
        assert hit_sites(upgraded, "Toshkent") == [TASHKENT_CYRL]
        assert hit_sites(upgraded, "кеніш") == [ASTANA]
