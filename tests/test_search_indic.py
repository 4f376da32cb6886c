"""Indic words are whole words in the full-text index, on both backends (session 20: SQLite
FTS5's ``unicode61`` tokenizer split the search text at every vowel sign and virama, categories
Mn and Mc, so ``किर`` found a page that wrote ``किराया``, ``दान`` one that wrote ``दिन``, and a
Tamil word was its consonant fragments).  The pages' FTS5 table keeps marks inside words
(``categories 'L* N* Co M*'``, the word characters of :mod:`clipper.searchtext`); migration
0035 builds it again.

Fixtures are invented pages in the shape of test_search_languages.py's: Hindi, Bengali, Tamil,
Telugu and Marathi.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import write_article_pages

PAGES = {
    "hi-bus.html": (
        "hi",
        "https://nagar-vaani.example/shahar/bijli-bus",
        "शहर में नई बिजली बस सेवा अगले महीने से",
        [
            "नगर निगम ने सोमवार को घोषणा की कि शहर में नई बिजली बस सेवा अगले महीने शुरू होगी।",
            "परिवहन विभाग के अधिकारी ने बताया कि किराया दस रुपये रहेगा और छात्रों को छूट मिलेगी।",
            "बसें हर दिन सुबह छह बजे से रात ग्यारह बजे तक चलेंगी। यह ख़बर माँ-बाप के लिए राहत है।",
        ],
    ),
    "bn-bus.html": (
        "bn",
        "https://nagar-barta.example/shohor/bidyut-bus",
        "শহরে নতুন বৈদ্যুতিক বাস পরিষেবা চালু হবে",
        [
            "পৌরসভা সোমবার জানিয়েছে যে আগামী মাস থেকে শহরে নতুন বৈদ্যুতিক বাস পরিষেবা চালু হবে।",
            "পরিবহন দপ্তরের এক কর্মকর্তা বলেন, ভাড়া দশ টাকা থাকবে এবং ছাত্রছাত্রীরা ছাড় পাবে।",
            "বাসগুলো প্রতিদিন সকাল ছয়টা থেকে রাত এগারোটা পর্যন্ত চলবে।",
        ],
    ),
    "ta-bus.html": (
        "ta",
        "https://nagara-seithi.example/nagaram/min-perundhu",
        "நகரில் புதிய மின்சார பேருந்து சேவை தொடக்கம்",
        [
            "மாநகராட்சி திங்கள்கிழமை அறிவித்தது: அடுத்த மாதம் முதல் புதிய மின்சார பேருந்து சேவை தொடங்கும்.",
            "போக்குவரத்து அதிகாரி கூறுகையில், கட்டணம் பத்து ரூபாய் ஆகும் என்றும் "
            "மாணவர்களுக்கு சலுகை உண்டு என்றும் தெரிவித்தார்.",
            "பேருந்துகள் தினமும் காலை ஆறு மணி முதல் இரவு பதினொரு மணி வரை இயங்கும்.",
        ],
    ),
    "te-bus.html": (
        "te",
        "https://nagara-varta.example/nagaram/vidyut-bus",
        "నగరంలో కొత్త విద్యుత్ బస్సు సేవ ప్రారంభం",
        [
            "నగర పాలక సంస్థ సోమవారం ప్రకటించింది: వచ్చే నెల నుంచి కొత్త విద్యుత్ బస్సు సేవ ప్రారంభమవుతుంది.",
            "రవాణా శాఖ అధికారి మాట్లాడుతూ ఛార్జీ పది రూపాయలు ఉంటుందని, విద్యార్థులకు రాయితీ ఉంటుందని చెప్పారు.",
            "బస్సులు ప్రతిరోజూ ఉదయం ఆరు గంటల నుంచి రాత్రి పదకొండు గంటల వరకు నడుస్తాయి.",
        ],
    ),
    "mr-bus.html": (
        "mr",
        "https://shahar-vrutta.example/shahar/vidyut-bus",
        "शहरात नवी विद्युत बस सेवा सुरू होणार",
        [
            "महानगरपालिकेने सोमवारी जाहीर केले की पुढील महिन्यापासून शहरात नवी विद्युत बस सेवा सुरू होईल.",
            "परिवहन विभागाच्या अधिकाऱ्यांनी सांगितले की तिकीट दहा रुपये असेल आणि विद्यार्थ्यांना सवलत मिळेल.",
            "बसगाड्या रोज सकाळी सहा वाजल्यापासून रात्री अकरा वाजेपर्यंत धावतील.",
        ],
    ),
}

HINDI = "nagar-vaani.example"
BENGALI = "nagar-barta.example"
TAMIL = "nagara-seithi.example"
TELUGU = "nagara-varta.example"
MARATHI = "shahar-vrutta.example"


def _write(folder: Path) -> Path:
    return write_article_pages(folder, PAGES, "2026-11-30T08:00:00+00:00")


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    opened = open_archive(module_db_url)
    dedupe(opened, [str(_write(tmp_path_factory.mktemp("indic")))], Config(workers=1))
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("query", "sites"),
    [
        # whole words, with their vowel signs, viramas and anusvaras
        ("किराया", [HINDI]),
        ("परिवहन", [HINDI, MARATHI]),  # one word in Hindi and Marathi
        ("পরিষেবা", [BENGALI]),
        ("ছাত্রছাত্রীরা", [BENGALI]),
        ("பேருந்து", [TAMIL]),
        ("கட்டணம்", [TAMIL]),
        ("ప్రకటించింది", [TELUGU]),
        ("విద్యుత్", [TELUGU]),
        ("महानगरपालिकेने", [MARATHI]),
        ("विद्युत", [MARATHI]),
        # phrases, and words in another order
        ('"नई बिजली बस"', [HINDI]),
        ('"बिजली नई बस"', []),
        ('"বৈদ্যুতিক বাস পরিষেবা"', [BENGALI]),
        ('"மின்சார பேருந்து சேவை"', [TAMIL]),
        ('"కొత్త విద్యుత్ బస్సు"', [TELUGU]),
        ('"नवी विद्युत बस"', [MARATHI]),
        # the optional marks the README promises to fold still fold
        ("खबर", [HINDI]),  # the text writes ख़बर
        ("मां", [HINDI]),  # माँ
    ],
)
def test_indic_words_and_phrases_are_found(
    query: str, sites: list[str], archive: Archive
) -> None:
    assert sorted(str(hit.site) for hit in search(archive, query)) == sorted(sites), query


@pytest.mark.parametrize(
    "query",
    [
        "दान",  # दिन's consonants with another vowel sign ("donation", not "day")
        "পর",  # the letters before the vowel sign of পরিষেবা and পরিবহন
        "ছাত্র",  # the first half of ছাত্রছাত্রীরা, cut at a vowel sign
        "கட",  # கட்டணம் cut at its first virama
        "ప్రకట",  # ప్రకటించింది cut at a vowel sign
        "నగరం",  # నగరంలో cut: the anusvara is no word end
        # महानगरपालिकेने cut at a vowel sign (without its case ending, महानगरपालिक, it is the
        # word's own key, which finds it: clipper.caseforms, migration 0089)
        "महानगरपा",
    ],
)
def test_a_piece_of_an_indic_word_finds_nothing(query: str, archive: Archive) -> None:
    """A piece of a word cut at a vowel sign or virama is no word of the page (before, the
    index held those pieces as words and every such query found the page)."""
    assert search(archive, query) == [], query


def test_the_index_holds_whole_indic_words(tmp_path: Path) -> None:
    """SQLite's index holds the search text's words as they are, marks inside (fts5vocab)."""
    db = tmp_path / "a.db"
    opened = open_archive(str(db))
    try:
        dedupe(opened, [str(_write(tmp_path / "pages"))], Config(workers=1))
    finally:
        opened.close()
    con = sqlite3.connect(db)
    try:
        con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, pages_fts, row)")
        terms = {term for (term,) in con.execute("SELECT term FROM temp.vocab")}
        words = set()
        for title, body, language in con.execute("SELECT title, text, language FROM pages"):
            words |= set(search_text(title, language).split())
            words |= set(search_text(body, language).split())
    finally:
        con.close()
    assert terms == words
    assert {"किराया", "পরিষেবা", "கட்டணம்", "ప్రకటించింది", "महानगरपालिकेने"} <= terms


def test_upgrade_builds_the_index_again_with_marks_in_words(tmp_path: Path) -> None:
    """Migration 0035: an archive whose FTS5 table split words at their marks (the tokenizer
    of 0002, as every archive before it had) finds whole words only once opened."""
    db = tmp_path / "old.db"
    opened = open_archive(str(db))
    dedupe(opened, [str(_write(tmp_path / "pages"))], Config(workers=1))
    opened.close()
    con = sqlite3.connect(db)
    with con:
        con.execute("DROP TABLE pages_fts")
        con.execute(
            "CREATE VIRTUAL TABLE [pages_fts] USING FTS5 ([title], [text], content=[pages], "
            "content_rowid=[id], tokenize='unicode61 remove_diacritics 2')"
        )
        con.executemany(
            "INSERT INTO pages_fts (rowid, title, text) VALUES (?, ?, ?)",
            [
                (page_id, search_text(title), search_text(body))
                for page_id, title, body in con.execute("SELECT id, title, text FROM pages")
            ],
        )
        con.execute("UPDATE alembic_version SET version_num = '0034'")
    con.close()
    stale = open_archive(str(db))
    try:
        assert search(stale, "दान") == []  # with the old table: found दिन
        assert search(stale, "கட") == []
        assert [hit.site for hit in search(stale, "किराया")] == [HINDI]
        assert [hit.site for hit in search(stale, "கட்டணம்")] == [TAMIL]
    finally:
        stale.close()
    con = sqlite3.connect(db)
    try:
        (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'pages_fts'").fetchone()
        (pages,) = con.execute("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'किराया'")\
            .fetchone()
    finally:
        con.close()
    assert "M*" in sql and pages == 1


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("قال\u06da", "قال"),  # a Quranic pause mark at the end of a word
        ("السلام\u0656", "السلام"),  # an extended Arabic vowel mark (subscript alef)
        ("be\u1dc4tter", "better"),  # a combining accent of the Supplement block
        ("\u0431\u0433\u0483", "\u0431\u0433"),  # Cyrillic titlo (Church Slavonic)
    ],
)
def test_optional_marks_outside_the_main_blocks_fold(written: str, typed: str) -> None:
    """Words whose only difference is an optional mark (an accent, a Quranic sign, a titlo) are
    one word: before 0035 SQLite dropped those marks by splitting at them; folding does now."""
    assert search_text(written) == search_text(typed)
    assert search_text(typed).split(" ")[0] == typed  # (then السلام's stem, سلام)


def test_indic_vowel_signs_and_viramas_are_never_folded() -> None:
    """राम and रमा, दिन and दान, கட்டணம் and கடணம are other words: their marks stay."""
    assert len({search_text(w) for w in ("राम", "रमा", "दिन", "दान", "कर")}) == 5
    assert search_text("கட்டணம்") == "கட்டணம்"
