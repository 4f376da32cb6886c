"""Azerbaijani, Turkmen, Uzbek, Kazakh, Kyrgyz, Georgian and Armenian: a word typed plainly
finds the page writing its letters (``Gence`` and ``Ganca`` for ``Gəncə``, ``Ozbekiston`` for
``Oʻzbekiston``, ``Караганды`` for ``Қарағанды``: clipper.plainletters), a base form its case
forms (``şəbəkə`` → ``şəbəkəsinin``, ``მილსადენი`` → ``მილსადენის``, ``ավիաուղի`` →
``ավիաուղիները``: clipper.caseforms), and a long query word's stem reaches no shorter word
(``Türkiye`` is no ``Türk``, ``Gəncə`` no ``gənc``, "young") (newcomer 48a; migration 0098),
on SQLite and PostgreSQL alike.  Turkish, Russian, Ukrainian and English pages keep their
words.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import base_key, case_stems, query_keys, word_keys
from clipper.plainletters import joined_query, page_spelled
from clipper.searchterms import query_tokens
from clipper.searchtext import fold, search_text
from clipper.snippets import snippet
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

BAKU = "xezer-xeber.example"
BAKU_SPORT = "idman-dunyasi.example"
ISTANBUL = "bogaz-gazetesi.example"
ISTANBUL_AIR = "hava-haber.example"
TASHKENT = "yangi-kun.example"
ASTANA = "dala-habar.example"
TBILISI = "mtkvari-news.example"
YEREVAN = "ararat-lur.example"
MOSCOW = "volga-vesti.example"
KYIV = "dnipro-visti.example"
LONDON = "city-ledger.example"
PUBLISHED = "2026-12-06T09:00:00+04:00"
PAGES = {
    "kabel.html": (
        "az",
        f"https://{BAKU}/iqtisadiyyat/kabel",
        "Rabitə şirkəti Gəncə xəttinə sərmayə qoyur",
        [
            "Xəzər Rabitə şirkəti fiber şəbəkəsinin Gəncə və Şəki şəhərlərinə çatdırılmasına "
            "başlayır, abunəçilər üçün tariflər dəyişməyəcək.",
            "Şirkətin sözçüsü bildirib ki, layihə Türkiyənin bir podratçısı ilə birgə həyata "
            "keçiriləcək.",
        ],
    ),
    "idman.html": (
        "az",
        f"https://{BAKU_SPORT}/idman/gencler",
        "Gənc üzgüçülər yarışda medal qazanıb",
        ["Gənc idmançılar Bakı çempionatında üç qızıl medal qazanıblar."],
    ),
    "bakim.html": (
        "tr",
        f"https://{ISTANBUL}/ekonomi/bakim",
        "Türkiye'nin en büyük bakım merkezi açılıyor",
        [
            "Havalimanındaki yeni merkez Türkiye genelinde 900 teknisyen istihdam edecek, "
            "bakanlığın açıklamasına göre inşaat mart ayında başlayacak."
        ],
    ),
    "filo.html": (
        "tr",
        f"https://{ISTANBUL_AIR}/havacilik/filo",
        "Türk hava şirketi filosunu büyütüyor",
        ["Türk hava şirketi on iki yeni uçak siparişi verdi."],
    ),
    "paxta.html": (
        "uz",
        f"https://{TASHKENT}/iqtisod/paxta",
        "Oʻzbekiston paxta eksportini oshirdi",
        [
            "Oʻzbekiston bozori bu yil Fargʻona vodiysidagi fermerlar uchun qulay boʻldi, "
            "hukumatga yangi taklif kiritildi."
        ],
    ),
    "ken.html": (
        "kk",
        f"https://{ASTANA}/ekonomika/ken",
        "Қарағанды облысында жаңа кеніш ашылды",
        ["Кеніштің қуаты жылына 30 мың тонна мысқа жетеді, деді компанияның өкілі."],
    ),
    "gazi.html": (
        "ka",
        f"https://{TBILISI}/ekonomika/gazi",
        "მილსადენის გაფართოება იწყება",
        [
            "კომპანიამ განაცხადა, რომ მილსადენის სიმძლავრე გაიზრდება და საქართველოს "
            "ბიუჯეტი მეტ შემოსავალს მიიღებს."
        ],
    ),
    "chvert.html": (
        "hy",
        f"https://{YEREVAN}/tntesutyun/chvert",
        "Նոր չվերթներ Երևանից",
        ["Երկու ավիաուղիները հայտարարել են, որ Հայաստանի օդանավակայանից կավելացնեն չվերթները։"],
    ),
    "ugol.html": (
        "ru",
        f"https://{MOSCOW}/ekonomika/ugol",
        "В Караганде открыли угольный разрез",
        ["Компания из Караганды вложила в разрез два миллиарда рублей."],
    ),
    "mist.html": (
        "uk",
        f"https://{KYIV}/misto/mist",
        "У Києві відкрили новий міст",
        ["Міст через Дніпро збудували за два роки, кажуть у міській раді."],
    ),
    "ledger.html": (
        "en",
        f"https://{LONDON}/people/oneill",
        "O'Neill joins the board",
        ["Mary O'Neill, formerly of the harbour trust, joins the board in January."],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # Azerbaijani's ə typed e or a (and the words around it: a phrase too)
    ("Gəncə", [BAKU]),
    ("Gence", [BAKU]),
    ("Ganca", [BAKU]),
    ('"Ganca va Saki"', [BAKU]),
    ('"Gence ve Seki"', [BAKU]),
    ("sebeke*", [BAKU]),
    ("abuneciler", [BAKU]),
    ("abunacilar", [BAKU]),
    ("abunecilar", [BAKU]),
    # a base form finds its case forms; Türkiye is no Türk, Gəncə no gənc
    ("şəbəkə", [BAKU]),
    ("Türkiyə", [BAKU, ISTANBUL]),
    ("Türkiye", [BAKU, ISTANBUL]),
    ("Türk", [ISTANBUL_AIR]),
    # (the page's "Gəncə" may be "gənc" with a dative's ə, as a table of endings reads it)
    ("gənc", [BAKU, BAKU_SPORT]),
    ("bakanlık", [ISTANBUL]),
    # Uzbek's oʻ gʻ typed without the apostrophe, and the reverse
    ("Ozbekiston", [TASHKENT]),
    ("O'zbekiston", [TASHKENT]),
    ("Oʻzbekistonda", [TASHKENT]),
    ("Fargona", [TASHKENT]),
    ("hukumat", [TASHKENT]),
    # Kazakh's letters typed on a Russian keyboard; a Russian page's own forms
    ("Караганды", [ASTANA, MOSCOW]),
    ("Қарағанды", [ASTANA, MOSCOW]),
    ("кениш", [ASTANA]),
    ("компания", [ASTANA, MOSCOW]),
    # Georgian and Armenian base forms
    ("მილსადენი", [TBILISI]),
    ("საქართველო", [TBILISI]),
    ("ბიუჯეტი", [TBILISI]),
    ("ավիաուղի", [YEREVAN]),
    ("Հայաստան", [YEREVAN]),
    ("Երևան", [YEREVAN]),
    # a Ukrainian page's і is its own letter; an English O'Neill two words
    ("міст", [KYIV]),
    ("мист", []),
    ("Neill", [LONDON]),
    ("oneill", []),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("caucasus"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_word_typed_plainly_or_as_a_base_form_finds_its_page(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("letters", "typed"),
    [
        ("Gəncə", "gence"), ("ƏLİYEV", "eliyev"), ("Қарағанды", "караганды"),
        ("Өскемен", "оскемен"), ("Ұлытау", "улытау"), ("Түркістан", "туркістан"),
        ("Һәм", "хам"), ("Ҳукумат", "хукумат"), ("Ўзбекистон", "узбекистон"),
        # already folded before: Turkmen, Romanian (cedilla and comma), Vietnamese, Kazakh Latin
        ("Aşgabatdaky ýaňy žurnal", "asgabatdaky yany zurnal"), ("Timișoara", "timisoara"),
        ("Ţară şi ţară", "tara si tara"), ("Đà Nẵng", "da nang"),
        ("Qazaqstan Ūlttyq", "qazaqstan ulttyq"),
        # Ukrainian's і is no Kazakh one: kept
        ("Міст", "міст"),
    ],
)  # fmt: skip
def test_letters_typed_plainly_fold_as_typed(letters: str, typed: str) -> None:
    assert fold(letters) == typed


def test_a_page_s_plain_spellings_are_its_language_s() -> None:
    assert page_spelled("Gəncə və Şəki", "az") == "Ganca va Şaki"
    assert page_spelled("Oʻzbekiston va Fargʻona", "uz") == "Ozbekiston va Fargona"
    assert page_spelled("O‘zbekiston", "uz-Latn") == "Ozbekiston"
    # another language's page, or nothing to spell
    assert page_spelled("Gəncə", "tr") is None
    assert page_spelled("O'Neill", "en") is None
    assert page_spelled("Bakı", "az") is None


def test_an_uzbek_query_is_joined_only_where_uzbek_pages_are() -> None:
    assert joined_query(fold("Oʻzbekistonda")) == "ozbekistonda"
    assert joined_query(fold("O‘zbekiston"), frozenset({"uz"})) == "ozbekiston"
    assert joined_query(fold("Oʻzbekiston"), frozenset({"tr", "ru"})) is None
    assert joined_query(fold("Toshkent")) is None
    query = query_tokens("Oʻzbekistonda", case_languages=frozenset({"uz"}))
    assert query.stemmed == ("ozbekistonda",)
    assert "\U000f0000uzozbekiston" in query.keys


@pytest.mark.parametrize(
    ("language", "base", "form"),
    [
        ("az", "şəbəkə", "şəbəkəsinin"), ("az", "şəbəkə", "şəbəkəsinə"),
        ("az", "Türkiyə", "Türkiyənin"), ("az", "Gəncə", "Gəncədə"), ("az", "bank", "bankın"),
        ("az", "şəhər", "şəhərlərdə"), ("tk", "Türkmenistan", "Türkmenistanyň"),
        ("tk", "Aşgabat", "Aşgabatda"), ("uz", "Toshkent", "Toshkentda"),
        ("uz", "bozor", "bozorlarda"), ("kk", "Алматы", "Алматыда"),
        ("kk", "облыс", "облысында"), ("kk", "кеніш", "кенішке"), ("ky", "Бишкек", "Бишкекте"),
        ("ka", "მილსადენი", "მილსადენის"), ("ka", "საქართველო", "საქართველოს"),
        ("ka", "თბილისი", "თბილისში"), ("ka", "ბათუმი", "ბათუმიდან"),
        ("ka", "ბანკი", "ბანკებმა"), ("hy", "ավիաուղի", "ավիաուղիները"),
        ("hy", "Երևան", "Երևանում"), ("hy", "Հայաստան", "Հայաստանի"),
        ("hy", "կառավարություն", "կառավարության"), ("hy", "դպրոց", "դպրոցներից"),
        ("tr", "hastane", "hastaneye"), ("tr", "Ordu", "ordunun"),
        ("tr", "bakanlık", "bakanlığında"), ("tr", "valilik", "valiliğe"),
    ],
)  # fmt: skip
def test_a_base_form_and_its_case_form_share_a_key(language: str, base: str, form: str) -> None:
    key = base_key(fold(base), language)
    assert key is not None and key in word_keys(fold(form), language), (key, form)


@pytest.mark.parametrize(
    ("language", "query", "other"),
    [
        ("tr", "Türkiye", "Türk"), ("az", "Türkiyə", "Türk"), ("az", "Gəncə", "gənc"),
        ("tr", "Antalya", "Antal"), ("tr", "Türkiyenin", "Türk"), ("az", "Gəncədə", "gənc"),
    ],
)  # fmt: skip
def test_a_long_query_word_reaches_no_shorter_word(language: str, query: str, other: str) -> None:
    """The stem a query word is cut to keeps the vowel that is its own (Türkiye-nin, Gəncə-də):
    no key of the query is a key of the shorter word."""
    keys = {key[3:] for key in query_keys(fold(query), frozenset({language}))}
    assert keys.isdisjoint(word_keys(fold(other), language)), keys


def test_a_buffer_follows_a_vowel() -> None:
    assert case_stems("antalya", "tr") == ()
    assert case_stems("sebekesinin", "az") == (("sebeke", "sinin"), ("sebekes", "inin"))


def test_kazakh_i_is_typed_plainly_in_kazakh_keys_only() -> None:
    assert "\U000f0000kkкениш" in search_text("Кеніш ашылды", "kk").split()
    assert "кениш" not in search_text("Кеніш ашылды", "uk")


def test_other_languages_pages_keep_their_words() -> None:
    """A Turkish, Russian or English page gets no plain spelling of another language."""
    assert search_text("Türk hava şirketi", "tr").split()[:3] == ["turk", "hava", "sirketi"]
    assert "ganca" not in search_text("Gəncə", "tr").split()
    assert search_text("Компания из Караганды", "ru").split()[:3] == ["компания", "из", "караганды"]
    assert "oneill" not in search_text("Mary O'Neill", "en").split()


def test_the_snippet_marks_a_georgian_case_form() -> None:
    text = "კომპანიამ განაცხადა, რომ მილსადენის სიმძლავრე გაიზრდება."
    query = query_tokens("მილსადენი", case_languages=frozenset({"ka"}))
    assert "[მილსადენის]" in snippet(text, [query], ("[", "]"), language="ka")


@pytest.mark.parametrize(
    ("query", "prefix", "marked"),
    [
        ("Ganca", False, "[Gəncə]"),
        ("sabaka", True, "[şəbəkəsinin]"),
        ("Ganca va Saki", False, "[Gəncə və Şəki]"),
    ],
)
def test_the_snippet_marks_a_word_typed_plainly(query: str, prefix: bool, marked: str) -> None:
    """An Azerbaijani page's word found by its plain spelling is marked as written; ``a`` for
    ``ə`` is an Azerbaijani page's only (``e`` for it is every page's: folding)."""
    text = "Şirkət fiber şəbəkəsinin Gəncə və Şəki şəhərlərinə çatdırılmasına başlayır."
    term = query_tokens(query, prefix=prefix, case_languages=frozenset({"az"}))
    assert marked in snippet(text, [term], ("[", "]"), language="az")
    assert "[" not in snippet(text, [term], ("[", "]"), language="tr")
    plain = query_tokens("Gence", case_languages=frozenset({"az"}))
    assert "[Gəncə]" in snippet(text, [plain], ("[", "]"), language="tr")


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0098: an archive indexed before finds the plain spellings and case forms
    once opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "en"), "0097"
    ) as upgraded:
        assert hit_sites(upgraded, "Ganca") == [BAKU]
        assert hit_sites(upgraded, "მილსადენი") == [TBILISI]
