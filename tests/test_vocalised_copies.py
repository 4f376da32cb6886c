"""A copy that differs from its canonical only by Arabic tatweels (kashida) and harakat, or by
Hebrew points, is the same text to the paragraph comparison (``show``'s "same text", not "3
paragraphs edited"), to the comparison of two versions and readings of one page, and its
headline is the same headline: as the fingerprint's words and search read it (newcomer 27's
finding 7: "similarity 1.00" beside "3 paragraphs edited").  Invented texts."""

from __future__ import annotations

import pytest

from clipper.changes import compare_texts
from clipper.headlines import headline_key
from clipper.versionchanges import capture_folded, version_changes
from clipper.words import words

ARABIC_TITLE = "انقطاع الكهرباء عن ثلاث قرى بعد عاصفة رملية"
ARABIC = [
    "أعلنت شركة الكهرباء صباح اليوم انقطاع التيار عن ثلاث قرى في الجنوب بعد عاصفة رملية قوية "
    "أسقطت عدداً من الأعمدة.",
    "وقال مدير الشركة إن الفرق الفنية بدأت العمل على إصلاح الخطوط وإن التيار سيعود خلال يومين.",
    "ودعت الشركة السكان إلى الابتعاد عن الأسلاك المتدلية والإبلاغ عنها فوراً.",
]
# the same, as a site that stretches words for emphasis and vocalises some of them prints it
ARABIC_STRETCHED_TITLE = "انقطـاع الكَهْرَبَاء عن ثلاث قـرى بعد عاصفة رمليّة"
ARABIC_STRETCHED = [
    "أعلنت شركة الكهربـاء صباح اليوم انقطاعَ التيار عن ثلاث قُرى في الجنوب بعد عاصفة رملية "
    "قويّة أسقطت عدداً من الأعمدة.",
    "وقال مديـر الشركة إنّ الفرق الفنية بدأت العمل على إصلاح الخطوط وإنّ التيار سيعود خلال "
    "يومين.",
    "ودعـت الشركة السكانَ إلى الابتعاد عن الأسلاك المتدلية والإبلاغ عنها فوراً.",
]
HEBREW_TITLE = "הפסקת חשמל בשלושה כפרים אחרי סערת חול"
HEBREW = [
    "חברת החשמל הודיעה הבוקר על הפסקת חשמל בשלושה כפרים בדרום אחרי סערת חול שהפילה עמודים.",
    "מנהל החברה אמר כי הצוותים החלו לתקן את הקווים וכי החשמל יחזור בתוך יומיים.",
]
# pointed (niqqud) as a children's or a religious site prints it
HEBREW_POINTED_TITLE = "הַפְסָקַת חַשְׁמַל בִּשְׁלוֹשָׁה כְּפָרִים אַחֲרֵי סְעָרַת חוֹל"
HEBREW_POINTED = [
    "חברת החשמל הוֹדִיעָה הבוקר על הפסקת חשמל בשלושה כפרים בדרום אחרי סערת חול שהפילה עמודים.",
    "מנהל החברה אָמַר כי הצוותים החלו לתקן את הקווים וכי הַחַשְׁמַל יחזור בתוך יומיים.",
]

CASES = [
    (ARABIC_TITLE, ARABIC, ARABIC_STRETCHED_TITLE, ARABIC_STRETCHED),
    (HEBREW_TITLE, HEBREW, HEBREW_POINTED_TITLE, HEBREW_POINTED),
]


@pytest.mark.parametrize(("title", "text", "copy_title", "copy_text"), CASES)
def test_a_vocalised_or_stretched_copy_is_the_same_text(
    title: str, text: list[str], copy_title: str, copy_text: list[str]
) -> None:
    # what matching reads: the same words (the premise: similarity 1.00)
    assert words("\n".join(copy_text)) == words("\n".join(text))
    changes = compare_texts(title, "\n".join(text), copy_title, "\n".join(copy_text))
    assert changes.summary == ["exact copy"]
    assert changes.edited == 0 and changes.differences == 0
    assert headline_key(copy_title) == headline_key(title)


@pytest.mark.parametrize(("title", "text", "copy_title", "copy_text"), CASES)
def test_a_vocalised_reading_of_a_page_is_no_new_version(
    title: str, text: list[str], copy_title: str, copy_text: list[str]
) -> None:
    assert capture_folded("\n".join(copy_text)) == capture_folded("\n".join(text))
    said = version_changes(title, "\n".join(text), copy_title, "\n".join(copy_text))
    assert said == ["same text"]


def test_a_real_edit_among_vocalised_paragraphs_is_still_told() -> None:
    edited = [*ARABIC_STRETCHED[:2], "ودعت الشركة السكان إلى الابتعاد عن الأسلاك والإبلاغ عن "
              "الأعطال عبر الرقم المجاني."]  # fmt: skip
    changes = compare_texts(ARABIC_TITLE, "\n".join(ARABIC), ARABIC_TITLE, "\n".join(edited))
    assert changes.edited == 1 and changes.summary == ["1 paragraph edited"]
