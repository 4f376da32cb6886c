"""What ``show`` says of a copy agrees with its similarity (newcomer 39, finding 6: "similarity
0.66 · exact copy").  A Persian copy typed on an Arabic keyboard with its half-spaces as
spaces ("حمل ونقل" for "حمل‌ونقل", "کیانی پور" for "کیانی‌پور") is the same text to the
paragraph comparison, which reads the spaces between Arabic-script letters alike, but not to
the fingerprint, whose words take such a space for a word break (but for Persian's affixes
می, ها, تر): its similarity is under 1.00, and ``show`` now says why: "same text; half-spaces
typed otherwise".  A copy differing only by vowel marks, tatweel or niqqud is an exact copy
at 1.00, as before.  Texts invented."""

from __future__ import annotations

import json
from pathlib import Path

from clipper import browse
from clipper.changes import HALF_SPACED, compare_texts, half_spaced
from tests.conftest import build

PARAGRAPHS = [
    "معاون حمل‌ونقل شهرداری اعلام کرد سه ایستگاه جدید خط هفت مترو از روز شنبه هفته آینده به "
    "روی مسافران باز می‌شود و فاصله حرکت قطارها در ساعات اوج به شش دقیقه می‌رسد.",
    "محمدرضا کیانی‌پور در نشست خبری گفت با بهره‌برداری از این ایستگاه‌ها روزانه حدود ۸۵ هزار "
    "مسافر به جمع استفاده‌کنندگان خط هفت اضافه خواهند شد و بار ترافیکی بزرگراه‌ها کم می‌شود.",
    "وی افزود عملیات ساخت این ایستگاه‌ها بیش از چهار سال طول کشیده و تجهیزات تهویه و "
    "پله‌های برقی هفته گذشته آزمایش نهایی را پشت سر گذاشته‌اند.",
    "ساکنان محله‌های اطراف سال‌ها برای تکمیل این پروژه انتظار کشیده‌اند و شورای شهر بارها بر "
    "لزوم تسریع در بهره‌برداری از آن تأکید کرده بود.",
]
TITLE = "بازگشایی سه ایستگاه جدید خط هفت مترو"


def _spaced(text: str) -> str:
    """``text`` as a writer on an Arabic keyboard types it: half-spaces as spaces, Persian yeh
    and keheh as the Arabic letters."""
    return text.replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك")


def test_show_says_why_a_half_spaced_copy_s_similarity_is_under_one(tmp_path: Path) -> None:
    dump = tmp_path / "fa.jsonl"
    records = [
        {"url": "https://payam.example/metro-7", "title": TITLE, "language": "fa",
         "published": "2026-12-04T07:00:00Z", "text": "\n\n".join(PARAGRAPHS)},
        {"url": "https://khabar.example/metro-7", "title": _spaced(TITLE), "language": "fa",
         "published": "2026-12-04T08:00:00Z", "text": _spaced("\n\n".join(PARAGRAPHS))},
    ]  # fmt: skip
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    archive, _ = build(tmp_path / "a.db", [dump])
    try:
        shown = browse.show(archive, "https://payam.example/metro-7")
    finally:
        archive.close()
    (copy,) = shown.variants
    assert copy.similarity is not None and copy.similarity < 1
    assert copy.changes.summary == ["same text", HALF_SPACED]


def test_a_copy_differing_by_vowel_marks_is_an_exact_copy_at_one(tmp_path: Path) -> None:
    text = (
        "أعلنت هيئة الميناء اليوم عن إطلاق مشروع محطة الحاويات الرابعة بتكلفة تبلغ 2.4 مليار "
        "درهم، على أن تبدأ أعمال الإنشاء في الربع الأول من العام المقبل وتكتمل خلال ثلاثين شهرا."
        "\n\nوقال المدير العام للهيئة إن المحطة الجديدة سترفع الطاقة الاستيعابية للميناء وستوفر "
        "نحو 1800 فرصة عمل مباشرة للمواطنين والمقيمين في المنطقة."
    )
    vocalised = text.replace("أعلنت", "أَعْلَنَتْ").replace("الميناء", "المـيـنـاء")
    dump = tmp_path / "ar.jsonl"
    records = [
        {"url": "https://sahil.example/port", "title": "الميناء يعلن محطة رابعة",
         "language": "ar", "published": "2026-12-04T07:00:00Z", "text": text},
        {"url": "https://sada.example/port", "title": "الميناء يعلن محطة رابعة",
         "language": "ar", "published": "2026-12-04T08:00:00Z", "text": vocalised},
    ]  # fmt: skip
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    archive, _ = build(tmp_path / "a.db", [dump])
    try:
        shown = browse.show(archive, "https://sahil.example/port")
    finally:
        archive.close()
    (copy,) = shown.variants
    assert copy.similarity == 1.0
    assert copy.changes.summary == ["exact copy"]


def test_only_a_copy_the_same_but_for_half_spaces_is_told_so() -> None:
    text = "\n".join(PARAGRAPHS)
    # the same text: nothing to explain
    same = compare_texts(TITLE, text, TITLE, text)
    assert half_spaced(same, text, text).summary == ["exact copy"]
    # a trimmed copy with half-spaces typed otherwise is told trimmed, as before
    trimmed_body = _spaced("\n".join(PARAGRAPHS[:3]))
    trimmed = compare_texts(TITLE, text, TITLE, trimmed_body)
    assert half_spaced(trimmed, text, trimmed_body).summary == trimmed.summary
    # half-spaces left out rather than spaced: one word to the fingerprint too, an exact copy
    joined = text.replace("\u200c", "")
    told = half_spaced(compare_texts(TITLE, text, TITLE, joined), text, joined)
    assert told.summary == ["exact copy"]
