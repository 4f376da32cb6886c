"""Dates written in a script's own digits are read (session 20: a text dump's dateline
"نُشر في ١٢ مارس ٢٠٢٦" or "प्रकाशित: १२ मार्च २०२६" gave no date, though the same line in ASCII
digits did; and a header's "١٢/٠٣/٢٠٢٦" was read month first, as 3 December).  Digits of every
script are read as ASCII ones; a numeric date in a script's own digits is day first, as its
writers write it (``clipper.localdates.ascii_date_digits``).  Fixtures are invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.localdates import ascii_date_digits
from clipper.models import Page
from clipper.read.declareddates import declared_date
from clipper.textdump import clean_text_dump
from tests.conftest import build

FETCHED = datetime(2026, 11, 30, 8, tzinfo=UTC)

AR_BODY = [
    "صوّت مجلس الميناء يوم الخميس على إعادة بناء الرصيف الشمالي قبل الشتاء المقبل، بعد أن "
    "ترك إعصار في أكتوبر جزأين منه غير صالحين لرسو العبّارة.",
    "وسيبدأ العمل في يناير، وستستخدم العبّارة الرصيف الجنوبي حتى ينتهي، بحسب المجلس.",
]
HI_BODY = [
    "बंदरगाह बोर्ड ने गुरुवार को अगली सर्दी से पहले उत्तरी घाट को दोबारा बनाने का फ़ैसला किया, "
    "क्योंकि अक्टूबर के तूफ़ान के बाद उसके दो हिस्से नौका के लिए असुरक्षित हो गए थे।",
    "काम जनवरी में शुरू होगा और तब तक नौका दक्षिणी घाट से चलेगी, बोर्ड ने कहा।",
]


@pytest.mark.parametrize(
    ("headline", "dateline", "body", "published"),
    [
        ("إعادة بناء الرصيف الشمالي", "نُشر في ١٢ مارس ٢٠٢٦", AR_BODY, "2026-03-12"),
        ("إعادة بناء الرصيف الشمالي", "نشر في ١٢ مارس ٢٠٢٦، ١٠:٣٠", AR_BODY,
         "2026-03-12T10:30:00"),
        ("إعادة بناء الرصيف الشمالي", "نشر بتاريخ: ١٢/٠٣/٢٠٢٦", AR_BODY, "2026-03-12"),
        ("إعادة بناء الرصيف الشمالي", "تاريخ النشر: ٠٢/١١/٢٠٢٦", AR_BODY, "2026-11-02"),
        ("उत्तरी घाट दोबारा बनेगा", "प्रकाशित: १२ मार्च २०२६", HI_BODY, "2026-03-12"),
        ("उत्तरी घाट दोबारा बनेगा", "प्रकाशित: ०२/११/२०२६ १०:३०", HI_BODY,
         "2026-11-02T10:30:00"),
        # the same lines in ASCII digits, as before
        ("إعادة بناء الرصيف الشمالي", "نشر في 12 مارس 2026", AR_BODY, "2026-03-12"),
        ("उत्तरी घाट दोबारा बनेगा", "प्रकाशित: 12 मार्च 2026", HI_BODY, "2026-03-12"),
        # in ASCII digits, after an Arabic label: day first, as an Arabic page writes them
        # (the label's language reads the line: clipper.linedates.label_language)
        ("إعادة بناء الرصيف الشمالي", "نشر بتاريخ: 12/03/2026", AR_BODY, "2026-03-12"),
        # never after the page was fetched
        ("उत्तरी घाट दोबारा बनेगा", "प्रकाशित: १२ मार्च २०६२", HI_BODY, None),
    ],
)
def test_a_dateline_in_native_digits_dates_the_dump(
    headline: str, dateline: str, body: list[str], published: str | None
) -> None:
    text = "\n".join([headline, dateline, *body])
    assert clean_text_dump(text, latest=FETCHED).published == published


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("١٢ مارس ٢٠٢٦", "2026-03-12"),
        ("١٢/٠٣/٢٠٢٦", "2026-03-12"),  # was read month first: 2026-12-03
        ("१२-०३-२०२६", "2026-03-12"),
        ("০২/১১/২০২৬", "2026-11-02"),  # Bengali digits
        ("٢٠٢٦-٠٣-١٢T١٠:٣٠:٠٠Z", "2026-03-12T10:30:00Z"),
        ("๑๒/๐๓/๒๕๖๙", "2026-03-12"),  # Thai digits, a Buddhist Era year (was 2569-12-03)
        ("12/03/2026", None),  # ASCII digits: which is the month? unread, as before
        ("１２/０３/２０２６", None),  # full-width digits decide no order
        ("١٣/١٣/٢٠٢٦", None),  # no 13th month
    ],
)
def test_a_header_date_in_native_digits_is_read_day_first(written: str, read: str | None) -> None:
    assert declared_date(written)[0] == read


def test_ascii_date_digits_keeps_every_character_in_place() -> None:
    assert ascii_date_digits("نُشر في ١٢ مارس ٢٠٢٦") == "نُشر في 12 مارس 2026"
    assert ascii_date_digits("प्रकाशित: १२/०३/२०२६ १०:३०") == "प्रकाशित: 2026-03-12 10:30"
    assert ascii_date_digits("Published 03/04/2026") == "Published 03/04/2026"


def test_text_dumps_dated_in_native_digits_store_their_dates(tmp_path: Path) -> None:
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "ar.txt").write_text(
        "\n".join(["إعادة بناء الرصيف الشمالي", "نُشر في ٢٧ نوفمبر ٢٠٢٦", *AR_BODY * 3]),
        encoding="utf-8",
    )
    (dump / "hi.txt").write_text(
        "\n".join(["उत्तरी घाट दोबारा बनेगा", "प्रकाशित: २६/११/२०२६", *HI_BODY * 3]),
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        dates = sorted(str(d) for (d,) in session.execute(select(Page.published)).all())
    assert dates == ["2026-11-26", "2026-11-27"]


THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
               "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


@pytest.mark.parametrize("month", range(1, 13))
def test_every_thai_month_abbreviation_is_its_month(month: int) -> None:
    """dateparser strips Thai vowel signs (combining marks) before it matches a month, so
    "มี.ค." (March) was read as "ม.ค." (January) and "มิ.ย." (June) as another month."""
    written = f"12 {THAI_MONTHS[month - 1]} 2569 14:30 น."
    assert declared_date(written)[0] == f"2026-{month:02d}-12T14:30:00"
    assert declared_date(f"๑๒ {THAI_MONTHS[month - 1]} ๒๕๖๙")[0] == f"2026-{month:02d}-12"
