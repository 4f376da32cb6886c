"""Words keep their combining marks (Unicode Mn, Mc, Me): Hindi vowel signs and viramas, and
the fingerprint leaves Arabic harakat and Hebrew points out; migration 0034 fingerprints an
older archive's marked pages again.  Python's ``re`` ``\\w`` matches no mark, so before this a
Hindi word was cut into its consonants: सुनीता and सुनिता were both "स", "न", "त".

Every text here is invented: a Hindi brief about a fake video and its correction, an Arabic
ministry denial written plain and vocalised.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Connection, text

from clipper import fingerprint, scripts
from clipper.archive import current_revision, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.paragraphs import ByParagraph
from clipper.pipeline import dedupe
from clipper.scripts import UNSPACED
from clipper.spelling import accents_folded, variants_folded
from clipper.words import _sentence_word_counts, marked, words

URL = "https://khabar.example/desh/farzi-video"
# "Sunita Singh arrested for spreading a fake video" and its correction of the name's spelling
# (सुनीता → सुनिता: only a vowel sign differs; both were the fragments "स", "न", "त").
HINDI = (
    "फ़र्ज़ी वीडियो फैलाने के आरोप में {name} सिंह गिरफ़्तार\n\n"
    "पुलिस ने सोमवार को सोशल मीडिया पर एक फ़र्ज़ी वीडियो फैलाने के आरोप में {name} सिंह को "
    "गिरफ़्तार किया। वीडियो में दावा किया गया था कि शहर के बड़े अस्पताल में दवाइयाँ ख़त्म हो "
    "गई हैं।\n\n"
    "अस्पताल के निदेशक ने बताया कि दवाइयों का भंडार अगले तीन महीनों के लिए पर्याप्त है और "
    "वीडियो दो साल पुराना है, जिसे नए दावे के साथ फिर से साझा किया गया।\n\n"
    "पुलिस अधीक्षक ने लोगों से अपील की कि वे बिना जाँच के कोई भी वीडियो आगे न भेजें और "
    "संदिग्ध सामग्री की सूचना हेल्पलाइन पर दें।"
)
RAM, RAMA = "सुनीता", "सुनिता"
# The same denial plain and vocalised (tashkeel): one text.
ARABIC = (
    "نفت وزارة الصحة مساء السبت صحة مقطع فيديو متداول على مواقع التواصل الاجتماعي يزعم نفاد "
    "لقاحات الأطفال من المراكز الصحية في العاصمة، مؤكدة أن المخزون يكفي لمدة ستة أشهر على "
    "الأقل.\n\nوقال المتحدث باسم الوزارة في بيان إن المقطع صور قبل ثلاث سنوات في مركز صحي "
    "أغلق لاحقا للصيانة، وإن نشره اليوم بتعليق جديد يهدف إلى إثارة القلق بين الأهالي."
)
# A copy with every word vocalised (a fatha after each letter but a word's last: not the
# words' real vowels, which a test of marks does not need), its opening properly.
VOCALISED = "نَفَتْ وِزارَةُ الصِّحَّةِ " + " ".join(
    "".join(ch + "\u064e" if ch.isalpha() and i < len(w) - 1 else ch for i, ch in enumerate(w))
    for w in ARABIC.removeprefix("نفت وزارة الصحة ").split(" ")
)
OLD_WORD = re.compile(rf"[{UNSPACED}]|[^\W{UNSPACED}]+")


def _old_words(text_: str) -> list[str]:
    """The word rule of before migration 0034."""
    return OLD_WORD.findall(unicodedata.normalize("NFKC", text_).casefold())


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "200"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _record(url: str, body: str, fetched: str, title: str | None = None, lang: str = "hi") -> str:
    return (
        json.dumps(
            {
                "url": url,
                "title": title or body.split("\n")[0],
                "text": body,
                "fetched_at": fetched,
                "language": lang,
            },
            ensure_ascii=False,
        )
        + "\n"
    )


# --- words ------------------------------------------------------------------------------------


def test_a_hindi_word_keeps_its_vowel_signs_and_viramas() -> None:
    assert words("चुनाव आयोग ने मिश्रा को नोटिस भेजा") == [
        "चुनाव",
        "आयोग",
        "ने",
        "मिश्रा",
        "को",
        "नोटिस",
        "भेजा",
    ]
    assert words(RAM) != words(RAMA)
    body = HINDI.format(name=RAM)
    assert len(words(body)) == len(body.split()) - body.count(" ।")
    assert scripts.word_runs("मिश्रा, ख़बर!") == ["मिश्रा", "ख़बर"]


def test_arabic_harakat_and_hebrew_points_leave_the_word_as_written_plain() -> None:
    assert words("نَفَتْ وِزارَةُ الصِّحَّةِ") == words("نفت وزارة الصحة")
    assert words("נַעֲרָה בֵּית־סֵפֶר") == ["נערה", "בית", "ספר"]  # maqaf parts two


def test_turkish_dotted_capital_i_reads_as_i() -> None:
    """casefold writes "İ" as "i" and a combining dot: "İzmir" was the words "i", "zmir"."""
    assert marked("İzmir'in Bornova ilçesinde")
    assert words("İzmir'in Bornova ilçesinde") == [
        "izmir", "in", "bornova", "ilcesinde"]  # (its ç as c since 0076)


@pytest.mark.parametrize(
    "sample",
    [
        "The harbour board's chair, Ane Holm, said 2,000 ferries_x ran — café naïve.",
        "Der Bürgermeister sagte: „Straße gesperrt“. Ελληνικά κείμενα. Русский текст.",
        "東京都は3日、新しい計画を発表した。ภาษาไทยไม่มีช่องว่าง 서울시는 발표했다",
    ],
)
def test_texts_without_marks_keep_their_words(sample: str) -> None:
    # (their spelling variants folded since 0044: 東 is 东, as clipper.spelling folds it; each
    # Hangul syllable a word since 0047; Latin and Greek accents left out since 0076)
    syllables = [
        part
        for word in _old_words(
            accents_folded(variants_folded(unicodedata.normalize("NFKC", sample).casefold()))
        )
        for part in (list(word) if re.fullmatch("[\uac00-\ud7a3]+", word) else [word])
    ]
    assert words(sample) == syllables


# --- a correction in Hindi -------------------------------------------------------------------


def test_a_hindi_correction_of_vowel_signs_alone_is_a_new_version(
    db_url: str, tmp_path: Path
) -> None:
    """सुनीता → सुनिता in the text (the headline kept), the next day: the page's version 2, with
    its own content hash, and ``show URL`` shows it, its word count the text's."""
    headline = "फ़र्ज़ी वीडियो फैलाने के आरोप में गिरफ़्तारी"
    for night, name, day in (("n1", RAM, "01"), ("n2", RAMA, "02")):
        (tmp_path / night).mkdir()
        (tmp_path / night / "a.jsonl").write_text(
            _record(URL, HINDI.format(name=name), f"2026-12-{day}T06:00:00+00:00", headline)
        )
        assert run(db_url, "dedupe", "--workers", "1", str(tmp_path / night)).exit_code == 0
    shown = run(db_url, "show", URL, "--no-text")
    assert "version 2 of 2, the newest" in shown.output, shown.output
    assert "fetched 2026-12-02" in shown.output.split("version 2 of 2")[0], shown.output
    archive = open_archive(db_url, create=False)
    try:
        with archive.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT version, content_hash, word_count, text FROM pages ORDER BY version")
            ).all()
    finally:
        archive.close()
    assert [row[0] for row in stored] == [1, 2]
    assert stored[0][1] != stored[1][1]
    assert f"{RAMA} सिंह" in stored[1][3]
    body = stored[1][3]
    assert stored[1][2] == len(body.split()) - body.count(" ।") + len(headline.split()) * (
        headline in body
    )


def test_a_vocalised_and_a_plain_arabic_copy_are_one_cluster(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        _record("https://sahafa.example/a", ARABIC, "2026-12-01T06:00:00+00:00", "نفي")
        + _record("https://almasdar.example/b", VOCALISED, "2026-12-01T07:00:00+00:00", "نفي")
    )
    assert run(db_url, "dedupe", "--workers", "1", str(tmp_path / "a.jsonl")).exit_code == 0
    archive = open_archive(db_url, create=False)
    try:
        with archive.engine.connect() as connection:
            clusters = connection.execute(text("SELECT count(DISTINCT cluster_id) FROM pages"))
            assert clusters.scalar() == 1
    finally:
        archive.close()


# --- migration 0034 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "backend_name",
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
    indirect=True,
)
def test_an_archive_made_before_finds_a_copy_of_its_hindi_page_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made by clipper with the word rule of before (consonant fragments), set back
    to the revision before 0034: after the upgrade its Hindi page has the new rule's
    fingerprint, and the same text from another outlet is its copy (one cluster, not two), an
    English page is left as it was."""
    # the word rule of before, in every reader of it (the per-paragraph readings afresh)
    monkeypatch.setattr("clipper.words._words", _old_words)
    monkeypatch.setattr("clipper.words._words_by_paragraph", ByParagraph(_old_words))
    monkeypatch.setattr("clipper.words._sentence_word_counts_by_paragraph",
                        ByParagraph(_sentence_word_counts))
    monkeypatch.setattr(fingerprint, "WORDS_SCHEME", "nfkc-casefold-w+-cjk-chars")
    english = (
        "The harbour board of Eskmouth approved a second ferry berth on Friday after two years "
        "of talks with the island's ferry company and its hauliers.\n\n"
        "Work on the berth starts in March and should take eighteen months, the board's chair, "
        "Ane Holm, told the council in a packed meeting at the town hall.\n\n"
        "The ferry company welcomed the decision and said it would add two crossings a day."
    )
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record(URL, HINDI.format(name=RAM), "2026-12-01T06:00:00+00:00")
        + _record(
            "https://esk.example/berth",
            english,
            "2026-12-01T06:00:00+00:00",
            "Second ferry berth approved",
            "en",
        )
    )
    archive = open_archive(db_url)
    try:
        dedupe(archive, [str(night1)], Config(workers=1))
        with archive.engine.begin() as connection:
            before = _hashes(connection)
            connection.execute(
                text("UPDATE alembic_version SET version_num = :v"), {"v": _previous_revision()}
            )
    finally:
        archive.close()
    monkeypatch.undo()

    archive = open_archive(db_url)  # a user's next command: upgraded
    try:
        assert (current_revision(archive) or "") >= "0034"  # 0034 and whatever came after it
        with archive.engine.connect() as connection:
            after = _hashes(connection)
            words, body = connection.execute(
                text("SELECT word_count, text FROM pages WHERE url = :u"), {"u": URL}
            ).one()
            recorded = connection.execute(
                text("SELECT value FROM meta WHERE key = 'fingerprint.words'")
            ).scalar()
        assert after["https://esk.example/berth"] == before["https://esk.example/berth"]
        assert after[URL] != before[URL]
        assert words == len(body.split()) - body.count(" ।") == 94  # 188 before
        assert recorded == fingerprint.WORDS_SCHEME
        night2 = tmp_path / "n2.jsonl"
        copy = HINDI.format(name=RAM) + "\n\nएजेंसी"
        night2.write_text(
            _record("https://samachar.example/video", copy, "2026-12-02T06:00:00+00:00")
        )
        dedupe(archive, [str(night2)], Config(workers=1))
        with archive.engine.connect() as connection:
            clusters = connection.execute(
                text(
                    "SELECT count(DISTINCT cluster_id) FROM pages WHERE url <> 'https://esk.example/berth'"
                )
            ).scalar()
        assert clusters == 1
    finally:
        archive.close()


def _hashes(connection: Connection) -> dict[str, str]:
    rows = connection.execute(text("SELECT url, content_hash FROM pages"))
    return {str(url): str(content_hash) for url, content_hash in rows}


def archived_at(db_url: str, night: Path, revision: str) -> dict[str, str]:
    """An archive made by the clipper of before (the caller patches its rule): ``night``
    deduped with one worker into a new archive at ``db_url``, then set back to schema
    ``revision``.  Returns each page's content hash by URL."""
    archive = open_archive(db_url)
    try:
        dedupe(archive, [str(night)], Config(workers=1))
        with archive.engine.begin() as connection:
            hashes = _hashes(connection)
            connection.execute(
                text("UPDATE alembic_version SET version_num = :v"), {"v": revision}
            )
    finally:
        archive.close()
    return hashes


def upgraded(db_url: str, revision: str) -> dict[str, str]:
    """A user's next command on that archive (the rule of now): the archive is upgraded to
    ``revision`` or a later one and records the fingerprint's word rule of now.  Returns each
    page's content hash by URL."""
    archive = open_archive(db_url)
    try:
        assert (current_revision(archive) or "") >= revision
        with archive.engine.connect() as connection:
            hashes = _hashes(connection)
            recorded = connection.execute(
                text("SELECT value FROM meta WHERE key = 'fingerprint.words'")
            ).scalar()
    finally:
        archive.close()
    assert recorded == fingerprint.WORDS_SCHEME
    return hashes


def _previous_revision() -> str:
    from alembic.script import ScriptDirectory

    from clipper.archive import _alembic_config

    revision = ScriptDirectory.from_config(_alembic_config()).get_revision("0034")
    assert revision is not None and isinstance(revision.down_revision, str)
    return revision.down_revision


def test_an_ascii_text_has_the_words_of_its_fold() -> None:
    """An ASCII text's words are read without the fold's calls (lower-cased: NFKC and the
    other folds leave ASCII as it is): the same words as the fold gives, every ASCII
    character included."""
    from clipper import spelling, words

    ascii_texts = [
        "".join(map(chr, range(128))),
        "The U.S. Army's 3rd Brigade, 1,200 troops -- READ MORE: ISTANBUL_2025 x2",
        "Straße",  # not ASCII: the fold's path, for contrast
    ]
    for written in ascii_texts:
        assert words._words(written) == words._WORD.findall(spelling.folded(written))
