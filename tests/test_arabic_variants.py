"""The fingerprint's words fold Arabic letter variants and leave tatweels out (migration 0040):
two outlets' copies of one Arabic report, one writing hamza on alef, alef maksura and teh
marbuta as the other does not and stretching its words with tatweels, are one text
(copies22's probe: such copies stayed apart from their original).

Every text here is invented: a port authority's decision on a new quay.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from clipper import fingerprint
from clipper.archive import open_archive
from clipper.config import Config
from clipper.paragraphs import ByParagraph
from clipper.pipeline import dedupe
from clipper.scripts import OPTIONAL_POINTS, arabic_folded, keyboard_folded
from clipper.words import _marked_word, _sentence_word_counts, words
from tests.test_marked_words import _record, archived_at, run, upgraded

QUAY = (
    "أقرت هيئة الميناء يوم الأحد مشروع إنشاء رصيف جديد لسفن الحاويات في مدينة الساحل، بعد "
    "أسابيع من النقاش مع شركات النقل والصيادين.\n\n"
    "وقال رئيس الهيئة إن الأعمال ستبدأ في شهر مارس وتستمر نحو عامين، وإن الرصيف الجديد سيضاعف "
    "قدرة الميناء على استقبال السفن الكبيرة.\n\n"
    "وأضاف أن كلفة المشروع تبلغ مئة وعشرين مليون دولار، تتحمل الهيئة أكثر من نصفها، ويأتي الباقي "
    "من قرض ميسر، مشيرا إلى أن الصيادين سيحصلون على مرسى بديل قبل بدء الحفر."
)


def respelt(body: str) -> str:
    """The copy of another outlet: bare alef for hamza on alef, yeh for alef maksura, heh for
    teh marbuta at a word's end, a Persian yeh and keheh here and there, and a tatweel
    stretching one word in four."""
    out = body.replace("أ", "ا").replace("إ", "ا").replace("ى", "ي")
    out = re.sub(r"ة\b", "ه", out)
    out = out.replace("في ", "فی ").replace("كلفة", "کلفه")
    nth = itertools.count()
    return re.sub(
        r"(?<!\S)(\w{2})(\w{2,})",
        lambda m: m.group(1) + "ـ" + m.group(2) if next(nth) % 4 == 0 else m.group(0),
        out,
    )


def test_arabic_letter_variants_and_tatweels_are_one_word() -> None:
    assert words("أعلن إلى مدرسة مشـــروع کتاب ایران") == words("اعلن الي مدرسه مشروع كتاب ايران")
    # hamza on waw and on yeh, and Urdu's yeh barree, are other letters; other scripts stay
    assert words("مؤتمر") != words("متمر") and words("کے") != words("كي")
    # (Latin letters lose their accents since 0076: clipper.spelling.accents_folded)
    assert words("Strømsnes Łódź") == ["stromsnes", "lodz"]
    assert words(respelt(QUAY)) == words(QUAY)


def test_a_respelt_arabic_copy_is_one_cluster_with_its_original(tmp_path: Path) -> None:
    night = tmp_path / "night.jsonl"
    night.write_text(
        _record("https://sahel.example/a", QUAY, "2026-12-01T06:00:00+00:00", "رصيف", "ar")
        + _record(
            "https://almarsa.example/b", respelt(QUAY), "2026-12-01T08:00:00+00:00", "رصيف", "ar"
        ),
        encoding="utf-8",
    )
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(night)], Config(workers=1))
        with archive.engine.connect() as connection:
            clusters = connection.execute(text("SELECT count(DISTINCT cluster_id) FROM pages"))
            assert clusters.scalar() == 1
    finally:
        archive.close()


_OLD_WORD = _marked_word()


def _old_words(text_: str) -> list[str]:
    """The word rule of before migration 0040: letter variants and tatweels as written."""
    normal = keyboard_folded(unicodedata.normalize("NFKC", text_).casefold())
    return _OLD_WORD.findall(OPTIONAL_POINTS.sub("", normal).replace("i\u0307", "i"))


def test_old_words_are_the_rule_of_before() -> None:
    plain = "رصيف جديد لسفن الحاويات في ميناء الساحل"
    assert _old_words(plain) == words(plain)  # no variant: the same words under both rules
    assert _old_words(QUAY) != words(QUAY) and _old_words(QUAY) != _old_words(respelt(QUAY))
    assert arabic_folded("plain text") == "plain text"


@pytest.mark.parametrize(
    "backend_name",
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
    indirect=True,
)
def test_an_archive_made_before_finds_a_respelt_copy_of_its_arabic_page_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the word rule of before, holding the respelt copy, set back to
    0039: after the upgrade that page has the new rule's fingerprint (the original's words),
    an English page is left as it was, and the original read the next night is its copy."""
    monkeypatch.setattr("clipper.words._words", _old_words)
    monkeypatch.setattr("clipper.words._words_by_paragraph", ByParagraph(_old_words))
    monkeypatch.setattr("clipper.words._sentence_word_counts_by_paragraph",
                        ByParagraph(_sentence_word_counts))
    monkeypatch.setattr(fingerprint, "WORDS_SCHEME",
                        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-w+marks-cjk-chars")
    english = (
        "The harbour board of Eskmouth approved a second ferry berth on Friday after two years "
        "of talks with the island's ferry company and its hauliers.\n\n"
        "Work on the berth starts in March and should take eighteen months, the board's chair "
        "told the council in a packed meeting at the town hall."
    )
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record("https://almarsa.example/b", respelt(QUAY), "2026-12-01T06:00:00+00:00",
                "رصيف", "ar")
        + _record("https://esk.example/berth", english, "2026-12-01T06:00:00+00:00", "Berth",
                  "en"),
        encoding="utf-8",
    )
    before = archived_at(db_url, night1, "0039")
    monkeypatch.undo()
    monkeypatch.setattr("clipper.backfill.CHUNK", 1)  # a page at a time: every chunk read

    after = upgraded(db_url, "0040")  # a user's next command
    assert after["https://esk.example/berth"] == before["https://esk.example/berth"]
    assert after["https://almarsa.example/b"] != before["https://almarsa.example/b"]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://sahel.example/a", QUAY, "2026-12-02T06:00:00+00:00", "رصيف", "ar"),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    archive = open_archive(db_url)
    try:
        with archive.engine.connect() as connection:
            clusters = connection.execute(
                text("SELECT count(DISTINCT cluster_id) FROM pages WHERE language = 'ar'")
            ).scalar()
    finally:
        archive.close()
    assert clusters == 1
