"""Search folds the marks and letters Hindi, Persian and Urdu writers use for one another, and
every script's digits, on both backends (newcomer 19: ``खारिज`` did not find a page that wrote
``ख़ारिज``, ``2019`` none that wrote ``٢٠١٩`` or ``२०१९``).

Fixtures are invented pages, one per language, in the shape of test_search_languages.py's.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import regex

from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import index_as_before, write_article_pages

PAGES = {
    "hi-bridge.html": (
        "hi",
        "https://nagar-samachar.example/desh/pul-khabar",
        "नगर निगम ने पुल बंद करने की ख़बर को ख़ारिज किया",
        [
            "नगर निगम के प्रवक्ता ने सोमवार को कहा कि पुराने पुल को बंद करने की वायरल ख़बर ग़लत है।",
            "उन्होंने बताया कि मरम्मत का काम रात में होगा और यह जानकारी जरूरी है कि दिन में यातायात चलेगा।",
            "निगम हिन्दी और अंग्रेज़ी में सूचना जारी करेगा, ताकि माँ-बाप बच्चों को स्कूल भेज सकें।",
            "पुल पर लगी पुरानी मशीनें भी बदली जा रही हैं। वायरल वीडियो वर्ष २०१९ का है।",
        ],
    ),
    "fa-bridge.html": (
        "fa",
        "https://khabar-rooz.example/shahr/pol",
        "شهرداری خبر بسته شدن پل را تکذیب کرد",
        [
            "سخنگوی شهرداری روز دوشنبه گفت که خبر بسته شدن پل قدیمی درست نیست.",
            "به گفته او کار تعمیر پل در شب انجام می‌شود و رفت و آمد در روز ادامه دارد.",
            "شهرداری اطلاعیه را به زبان فارسی و انگلیسی منتشر خواهد کرد.",
            "تصویر منتشر شده مربوط به سال ٢٠١٧ است.",
        ],
    ),
    "ur-bridge.html": (
        "ur",
        "https://urdu-akhbar.example/shehar/pul",
        "بلدیہ نے پل بند ہونے کی خبر کی تردید کر دی",
        [
            "بلدیہ کے ترجمان نے پیر کو کہا کہ پرانے پل کو بند کرنے کی خبر درست نہیں ہے۔",
            "ترجمان کے مطابق مرمت کا کام رات کو ہوگا اور دن میں ٹریفک چلتی رہے گی۔",
            "بلدیہ یہ اطلاع اردو اور انگریزی میں جاری کرے گی۔ یہ ویڈیو ۲۰۱۸ کی ہے۔",
        ],
    ),
}


def _write(folder: Path) -> Path:
    return write_article_pages(folder, PAGES, "2026-11-29T09:00:00+00:00")


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    opened = open_archive(module_db_url)
    dedupe(opened, [str(_write(tmp_path_factory.mktemp("folding")))], Config(workers=1))
    yield opened
    opened.close()


HINDI = "nagar-samachar.example"
PERSIAN = "khabar-rooz.example"
URDU = "urdu-akhbar.example"


@pytest.mark.parametrize(
    ("query", "site"),
    [
        # Devanagari nukta: a query without it finds a text with it, and the reverse
        ("खारिज", HINDI),  # the text writes ख़ारिज
        ("खबर", HINDI),  # ख़बर
        ("गलत", HINDI),  # ग़लत
        ("अंग्रेजी", HINDI),  # अंग्रेज़ी
        ("ज़रूरी", HINDI),  # the text writes जरूरी
        ("\u0916\u093c\u093e\u0930\u093f\u091c", HINDI),  # ख + nukta, decomposed
        ("\u0959\u093e\u0930\u093f\u091c", HINDI),  # ख़ precomposed (U+0959)
        # candrabindu and न् as anusvara
        ("मां", HINDI),  # the text writes माँ
        ("हिंदी", HINDI),  # हिन्दी
        # Persian: Arabic yeh and kaf typed for ی and ک
        ("تكذيب", PERSIAN),  # the text writes تکذیب
        ("شهرداري", PERSIAN),  # شهرداری
        ("انگليسي", PERSIAN),
        # Urdu: heh goal typed as heh, yeh as Arabic yeh
        ("بلديه", URDU),  # بلدیہ
        ("ترجمان", URDU),
        # digits of every script are the same numbers (Lucene's DecimalDigitFilter)
        ("2019", HINDI),  # the text writes २०१९
        ("٢٠١٩", HINDI),  # Arabic-Indic digits for Devanagari ones
        ("2017", PERSIAN),  # ٢٠١٧
        ("2018", URDU),  # ۲۰۱۸ (Extended Arabic-Indic)
        ("۲۰۱۸", URDU),
    ],
)
def test_hindi_persian_and_urdu_spellings_find_each_other(
    query: str, site: str, archive: Archive
) -> None:
    assert [hit.site for hit in search(archive, query)] == [site], query


def test_urdu_yeh_barree_stays_its_own_letter(archive: Archive) -> None:
    """``ے`` is a letter of its own in Urdu (``کے``, ``کی`` are two words): not folded."""
    assert search(archive, "رہي") == []  # the text writes رہے
    assert [hit.site for hit in search(archive, "رہے")] == [URDU]


def _old_search_text(value: str) -> str:
    """The search text as clipper 0.x indexed these pages before migration 0033: NFKC words as
    written (these texts carry no case, accents or harakat to fold)."""
    return " ".join(regex.findall(r"[\p{L}\p{M}\p{N}]+", unicodedata.normalize("NFKC", value)))


def test_upgrade_reindexes_hindi_persian_and_urdu_pages(tmp_path: Path) -> None:
    """Migration 0033: an archive indexed before (nukta, candrabindu, Persian letters kept in
    the index) finds ``खारिज``, ``मां``, ``تكذيب`` and ``بلديه`` once opened."""
    db = tmp_path / "old.db"
    opened = open_archive(str(db))
    dedupe(opened, [str(_write(tmp_path / "pages"))], Config(workers=1))
    opened.close()
    index_as_before(db, _old_search_text, "0032")
    stale = open_archive(str(db))  # every command opens the archive this way: it upgrades
    try:
        for query, site in (("खारिज", HINDI), ("मां", HINDI), ("تكذيب", PERSIAN),
                            ("بلديه", URDU)):
            assert [hit.site for hit in search(stale, query)] == [site], query
    finally:
        stale.close()


def test_hindi_pages_are_stemmed_on_postgresql(archive: Archive) -> None:
    """PostgreSQL 15 and newer stem Hindi (its ``hindi`` configuration): ``मशीन`` finds the
    page that writes ``मशीनें`` (newcomer 19: Hindi pages were indexed ``simple`` although the
    server had ``hindi``)."""
    if archive.backend.name != "postgresql":
        pytest.skip("stemming is PostgreSQL's")
    assert [hit.site for hit in search(archive, "मशीन")] == [HINDI]
    assert [hit.site for hit in search(archive, "मशीनें")] == [HINDI]
    assert search(archive, "मशीनरी") == []


def test_a_configuration_the_server_lacks_is_simple() -> None:
    """PostgreSQL 14 has no ``hindi``: its Hindi pages are indexed ``simple``, as before."""
    from clipper.backends.postgresql import ALL_CONFIGS, config_for

    assert config_for("hi-IN") == "hindi"
    assert config_for("hi", set(ALL_CONFIGS) - {"hindi"}) == "simple"
    assert config_for("en", set(ALL_CONFIGS) - {"hindi"}) == "english"


def test_a_thai_number_is_a_number_not_characters_of_a_thai_run() -> None:
    """Thai is indexed as character bigrams; its digits fold to ASCII before the split, so a
    Thai year is the word ``2562``, as a query types it."""
    assert "2562" in search_text("ตลาดน้ำเปิดใหม่ปี๒๕๖๒").split()
    assert "1403" in search_text("سال ۱۴۰۳").split()
