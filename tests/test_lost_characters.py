"""A text saved with replacement characters (UTF-8 read as Windows-1252 with
``errors="replace"``: every byte 0x81, 0x8D, 0x8F, 0x90, 0x9D becomes U+FFFD) is damaged text,
not binary junk: it is kept, its mojibake repaired around the marks, and counted "not UTF-8
(read, kept)" with how many characters were lost, in every script whose UTF-8 hits those bytes
(newcomer 45, finding 1: a Hindi record rejected as "not-text control characters").  Binary
bytes and control-character junk are still refused.  Records invented."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from clipper.junk import is_junk_text, is_undecoded_text, lost_characters
from tests.conftest import build

# One sentence a script, each holding letters whose UTF-8 holds a byte Windows-1252 lacks
TEXTS = {
    "hi": "मुंबई में बारिश से जनजीवन अस्त-व्यस्त हो गया है और लोकल ट्रेनें देरी से चल रही हैं। ",
    "mr": "मुंबईत मुसळधार पावसामुळे जनजीवन विस्कळीत झाले आहे आणि शाळांना सुट्टी जाहीर झाली. ",
    "ne": "उपत्यकामा सार्वजनिक यातायातको भाडा दश प्रतिशत बढ्यो र यात्रुहरूले विरोध गरे। ",
    "bn": "ঢাকায় ভারী বৃষ্টিতে জনজীবন বিপর্যস্ত, রাস্তায় জলাবদ্ধতা দেখা দিয়েছে। ",
    "ta": "சென்னையில் கனமழை காரணமாக பள்ளிகளுக்கு விடுமுறை அறிவிக்கப்பட்டுள்ளது. ",
    "th": "ฝนตกหนักในกรุงเทพฯ ทำให้การจราจรติดขัดอย่างมากตลอดทั้งวัน ",
    "ur": "کراچی میں شدید بارش سے نظام زندگی مفلوج ہو گیا ہے اور اسکول بند ہیں۔ ",
}


def damaged(text: str) -> str:
    """``text`` as a scraper that read its UTF-8 as Windows-1252 saved it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def _record(lang: str, text: str, title: str) -> str:
    return json.dumps(
        {
            "url": f"https://lost-{lang}.example/news/{lang}-rain",
            "title": title,
            "text": text,
            "published": "2026-12-06",
            "language": lang,
        },
        ensure_ascii=False,
    )


def test_damaged_records_in_every_script_are_kept_repaired_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    lines = []
    for lang, sentence in TEXTS.items():
        assert "\ufffd" in damaged(sentence), lang  # the shape this finding is about
        lines.append(_record(lang, damaged(sentence * 8), sentence.split()[0]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [path])
    try:
        rows = archive.engine.connect().exec_driver_sql("SELECT url, text FROM pages").all()
    finally:
        archive.close()
    assert summary.skipped_total == 0, summary.examples
    assert len(rows) == len(TEXTS)
    for url, text in rows:
        lang = url.rsplit("/", 1)[-1].split("-")[0]
        assert "à¤" not in text and "à¦" not in text and "à®" not in text  # repaired
        lost = text.count("\ufffd")
        assert lost > 0  # ftfy cannot tell which byte was lost: a mark each
        # the rest of the text is the original's: a mark stands for one lost letter
        stored, original = " ".join(text.split()), " ".join((TEXTS[lang] * 8).split())
        assert len(stored) == len(original), lang
        assert all(a in (b, "\ufffd") for a, b in zip(stored, original, strict=True)), lang
    assert summary.pages_redecoded == len(TEXTS)
    notes = [e["detail"] for e in summary.examples if e["reason"] == "not-utf8"]
    assert notes and all("characters lost before clipper read it" in n for n in notes)


def test_a_latin1_reading_is_repaired_whole(tmp_path: Path) -> None:
    """Latin-1 keeps every byte (C1 controls, not replacement marks): nothing lost."""
    path = tmp_path / "latin1.jsonl"
    text = TEXTS["hi"] * 8
    path.write_text(_record("hi", text.encode("utf-8").decode("latin-1"), "मुंबई") + "\n", "utf-8")
    archive, summary = build(tmp_path / "a.db", [path])
    try:
        (stored,) = archive.engine.connect().exec_driver_sql("SELECT text FROM pages").one()
    finally:
        archive.close()
    assert stored.replace("\n", " ").strip() == text.strip()
    notes = [e["detail"] for e in summary.examples if e["reason"] == "not-utf8"]
    assert notes and not any("lost" in n for n in notes)


@pytest.mark.parametrize("decoding", ["cp1252", "utf-8", "latin-1"])
def test_binary_bytes_saved_as_text_are_still_refused(tmp_path: Path, decoding: str) -> None:
    rng = random.Random(45)
    junk = bytes(rng.randrange(256) for _ in range(6000)).decode(decoding, errors="replace")
    path = tmp_path / "binary.jsonl"
    path.write_text(_record("hi", junk, "Upload") + "\n", encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    assert summary.stored == 0
    assert [e["reason"] for e in summary.examples] == ["not-text"]


def test_control_characters_are_junk_and_replacement_marks_are_lost_characters() -> None:
    text = damaged(TEXTS["ta"] * 20)
    assert not is_junk_text(text)
    assert is_junk_text("ab\x01\x02" * 100)
    assert lost_characters(text) == text.count("\ufffd") > 0.05 * len(text[:8192])
    assert lost_characters(text.encode("utf-8")) == lost_characters(text)
    # bytes clipper decodes itself in a code page that lacks them stay undecoded
    assert is_undecoded_text(text)
