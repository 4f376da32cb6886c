"""The fingerprint's words fold what a keyboard varies: every script's digits to 0-9, Persian and
Urdu yeh, keheh and heh (``ی ک ہ ۀ``) to the Arabic letters an Arabic keyboard types
(``ي ك ه``), as search folds them; migration 0039 fingerprints an older archive's pages holding
them again.  Before, an Urdu wire text republished from an Arabic keyboard was no copy of it
(newcomer 22's finding 5), and a copy printing the numbers in other digits scored lower.

Every text here is invented: an Urdu report of a water-supply cut in Karachi, a Bengali one of a
bus crash in Dhaka.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from clipper import fingerprint
from clipper.archive import open_archive
from clipper.paragraphs import ByParagraph
from clipper.words import _sentence_word_counts, keyboard_variant, words
from tests.test_marked_words import OLD_WORD, _record, archived_at, run, upgraded

URDU = (
    "کراچی میں پانی کی فراہمی دو دن کے لیے بند\n\n"
    "واٹر کارپوریشن نے اعلان کیا ہے کہ مرکزی پائپ لائن کی مرمت کے باعث شہر کے بیشتر علاقوں میں "
    "جمعرات اور جمعہ کو پانی کی فراہمی معطل رہے گی۔ ترجمان کے مطابق مرمت کا کام 2026 کی سب سے "
    "بڑی بحالی مہم کا حصہ ہے اور اس پر 45 کروڑ روپے لاگت آئے گی۔\n\n"
    "شہریوں سے اپیل کی گئی ہے کہ وہ پانی ذخیرہ کر لیں اور ٹینکر سروس کے لیے ہیلپ لائن 1334 پر "
    "رابطہ کریں۔ حکام نے بتایا کہ ہسپتالوں کو ترجیحی بنیاد پر پانی فراہم کیا جائے گا۔"
)
URL = "https://khabar-wire.example/karachi/pani"
ARABIC_KEYBOARD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})
URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
BEFORE_0039 = "nfkc-casefold-no-ar-he-points-w+marks-cjk-chars"


def test_keyboard_variants_are_the_same_words() -> None:
    assert words(URDU.translate(ARABIC_KEYBOARD)) == words(URDU)
    assert words(URDU.translate(URDU_DIGITS)) == words(URDU)
    assert words("٢٠٢٦ २०२६ ২০২৬ ๒๕๖๙") == ["2026", "2026", "2026", "2569"]
    # Urdu's yeh barree is a letter of its own ("کے" and "کی" are two words)
    assert words("کے") != words("کی")
    assert keyboard_variant(URDU) and not keyboard_variant("Karachi water cut, 2026")


def _cluster_rows(db: str) -> list[tuple[str, int, float]]:
    archive = open_archive(db, create=False)
    try:
        with archive.engine.connect() as connection:
            return [
                (str(url), int(cluster), float(similarity))
                for url, cluster, similarity in connection.execute(
                    text("SELECT url, cluster_id, similarity FROM pages ORDER BY id")
                )
            ]
    finally:
        archive.close()


def one_exact_cluster(db_url: str, tmp_path: Path, original: str, copy: str, lang: str) -> None:
    """``original`` and ``copy`` (written in ``lang``) deduped with one worker as an hour apart
    records of two sites: one cluster, the copy at similarity 1.0."""
    night = tmp_path / "n.jsonl"
    night.write_text(
        _record("https://wire.example/a", original, "2026-12-01T06:00:00+00:00", lang=lang)
        + _record("https://copy.example/a", copy, "2026-12-01T07:00:00+00:00", lang=lang),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    rows = _cluster_rows(db_url)
    assert len({cluster for _, cluster, _ in rows}) == 1
    assert all(similarity == 1.0 for _, _, similarity in rows)


def test_an_urdu_copy_typed_on_an_arabic_keyboard_is_a_copy(db_url: str, tmp_path: Path) -> None:
    night = tmp_path / "n.jsonl"
    night.write_text(
        _record(URL, URDU, "2026-12-01T06:00:00+00:00", lang="ur")
        + _record("https://akhbar.example/pani", URDU.translate(ARABIC_KEYBOARD),
                  "2026-12-01T07:00:00+00:00", lang="ur")
        + _record("https://roznama.example/pani", URDU.translate(URDU_DIGITS),
                  "2026-12-01T08:00:00+00:00", lang="ur")
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    rows = _cluster_rows(db_url)
    assert len({cluster for _, cluster, _ in rows}) == 1
    assert all(similarity == 1.0 for _, _, similarity in rows)


# A Bengali wire report of a bus crash in Dhaka, its numbers in Latin digits (as agencies
# write them; papers print Bengali digits).
BUS = (
    "ঢাকায় বাস দুর্ঘটনায় আহত 23 জন\n\n"
    "রাজধানীর মিরপুর 10 নম্বর গোলচত্বরে শুক্রবার সকাল 7টা 45 মিনিটে দুটি বাসের সংঘর্ষে 23 জন "
    "যাত্রী আহত হয়েছেন। তাঁদের মধ্যে 4 জনের অবস্থা গুরুতর বলে জানিয়েছে পুলিশ।\n\n"
    "মিরপুর থানার ওসি জানান, আহতদের 3টি অ্যাম্বুলেন্সে করে ঢাকা মেডিকেল কলেজ হাসপাতালে নেওয়া "
    "হয়েছে। দুর্ঘটনার পর প্রায় 2 ঘণ্টা সড়কে যান চলাচল বন্ধ ছিল।\n\n"
    "পুলিশ দুটি বাসের চালককে আটক করেছে এবং ঘটনার তদন্তে 5 সদস্যের একটি কমিটি গঠন করা হয়েছে। "
    "কমিটিকে 7 দিনের মধ্যে প্রতিবেদন দিতে বলা হয়েছে।"
)
BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def test_a_trim_printing_the_numbers_in_other_digits_is_a_copy(
    db_url: str, tmp_path: Path
) -> None:
    # newcomer 22's finding 18: a paper's trim (headline and first paragraph) in Bengali
    # digits; each number broke five shingles of a text this short, so it was no copy
    trim = "\n\n".join(BUS.split("\n\n")[:2]).translate(BENGALI_DIGITS)
    night = tmp_path / "n.jsonl"
    night.write_text(
        _record("https://wire.example/bn/bus", BUS, "2026-12-01T06:00:00+00:00", lang="bn")
        + _record("https://kagoj.example/bus", trim, "2026-12-01T08:00:00+00:00", lang="bn")
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    assert len({cluster for _, cluster, _ in _cluster_rows(db_url)}) == 1


def _old_words(text_: str) -> list[str]:
    """The word rule of before migration 0039 (for texts without combining marks, as here)."""
    return OLD_WORD.findall(unicodedata.normalize("NFKC", text_).casefold())


@pytest.mark.parametrize(
    "backend_name",
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
    indirect=True,
)
def test_an_archive_made_before_finds_the_keyboard_copy_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the word rule of before (digits and letters as written), set back to
    0038: after the upgrade its Urdu page has the new rule's fingerprint and a copy typed on an
    Arabic keyboard joins its cluster; an English page is left as it was."""
    assert not any(unicodedata.combining(c) for c in URDU)  # its words are unmarked: OLD_WORD
    monkeypatch.setattr("clipper.words._words", _old_words)
    monkeypatch.setattr("clipper.words._words_by_paragraph", ByParagraph(_old_words))
    monkeypatch.setattr("clipper.words._sentence_word_counts_by_paragraph",
                        ByParagraph(_sentence_word_counts))
    monkeypatch.setattr(fingerprint, "WORDS_SCHEME", BEFORE_0039)
    english = (
        "The harbour board of Eskmouth approved a second ferry berth on Friday after two years "
        "of talks with the island's ferry company and its hauliers.\n\n"
        "Work on the berth starts in March and should take eighteen months, the board's chair "
        "told the council in a packed meeting at the town hall."
    )
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record(URL, URDU, "2026-12-01T06:00:00+00:00", lang="ur")
        + _record("https://esk.example/berth", english, "2026-12-01T06:00:00+00:00",
                  "Second ferry berth approved", "en")
    )
    before = archived_at(db_url, night1, "0038")
    monkeypatch.undo()

    after = upgraded(db_url, "0039")  # a user's next command
    assert after["https://esk.example/berth"] == before["https://esk.example/berth"]
    assert after[URL] != before[URL]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://akhbar.example/pani", URDU.translate(ARABIC_KEYBOARD),
                "2026-12-02T06:00:00+00:00", lang="ur")
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    urdu = [row for row in _cluster_rows(db_url) if row[0] != "https://esk.example/berth"]
    assert len({cluster for _, cluster, _ in urdu}) == 1 and urdu[1][2] == 1.0
