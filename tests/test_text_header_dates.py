"""A text dump's header line holding the page's date or headline in the labels sites of
Spanish, Portuguese, Hindi, Bengali, Urdu, Arabic and Indonesian print (newcomer 22, findings
6 and 7): "Publicado:", "प्रकाशित:", "প্রকাশ:", "شائع:", "نشر في:", "Diterbitkan:" gave no
date and were dropped with the block, unseen; Bengali's "শিরোনাম:" (headline) was dropped too,
and a date line below a blank line became the page's headline.  Now such a line is read; a
line of a label clipper does not know that holds a date is read as the date, or counted as a
date not read; a date line is never a headline.  Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.textdump import clean_text_dump
from tests.test_header_labels import URL, _page


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (f"Título: Kellwick draga su puerto\nURL: {URL}\nPublicado: 3 de diciembre de 2026",
         "2026-12-03"),
        (f"Título: Kellwick draga su puerto\nURL: {URL}\n"
         "Publicado: 3 de diciembre de 2026, 14:05 hrs.", "2026-12-03T14:05:00"),
        (f"Título: Kellwick draga seu porto\nURL: {URL}\nPublicado em: 3 de dezembro de 2026",
         "2026-12-03"),
        (f"शीर्षक: केलविक बंदरगाह की खुदाई\nURL: {URL}\nप्रकाशित: ३ दिसंबर २०२६", "2026-12-03"),
        (f"शीर्षक: केलविक बंदरगाह की खुदाई\nURL: {URL}\nप्रकाशित तिथि: 2026-12-03", "2026-12-03"),
        (f"শিরোনাম: কেলউইক বন্দরে খনন\nURL: {URL}\nপ্রকাশ: ৩ ডিসেম্বর ২০২৬", "2026-12-03"),
        (f"শিরোনাম: কেলউইক বন্দরে খনন\nURL: {URL}\nপ্রকাশিত: ৩ ডিসেম্বর ২০২৬, ১৪:০৫",
         "2026-12-03T14:05:00"),
        (f"عنوان: کیلوک بندرگاہ کی کھدائی\nURL: {URL}\nشائع: ۳ دسمبر ۲۰۲۶", "2026-12-03"),
        (f"عنوان: کیلوک بندرگاہ کی کھدائی\nURL: {URL}\nتاریخ: 3 دسمبر 2026", "2026-12-03"),
        (f"العنوان: حفر ميناء كيلويك\nURL: {URL}\nنشر في: 3 ديسمبر 2026", "2026-12-03"),
        (f"Judul: Pengerukan pelabuhan Kellwick\nURL: {URL}\nDiterbitkan: 3 Desember 2026",
         "2026-12-03"),
    ],
)  # fmt: skip
def test_a_published_label_in_a_dumps_header_dates_it(
    tmp_path: Path, header: str, published: str
) -> None:
    page = _page(tmp_path, header)
    assert page.published == published
    assert page.date_unread is None
    assert page.url == URL and page.title is not None and page.title.split()[0] not in header[:3]


def test_a_bengali_headline_label_gives_the_title(tmp_path: Path) -> None:
    page = _page(tmp_path, f"শিরোনাম: কেলউইক বন্দরে খনন শুরু হচ্ছে\nURL: {URL}")
    assert page.title == "কেলউইক বন্দরে খনন শুরু হচ্ছে"
    # a blank line between the address and the date line: still the header's
    page = _page(tmp_path, f"শিরোনাম: কেলউইক বন্দরে খনন শুরু হচ্ছে\nURL: {URL}\n\nপ্রকাশ: ৩ ডিসেম্বর ২০২৬")
    assert (page.title, page.published) == ("কেলউইক বন্দরে খনন শুরু হচ্ছে", "2026-12-03")
    assert "প্রকাশ" not in str(page.body)


@pytest.mark.parametrize(
    ("line", "published", "unread"),
    [
        # a label no table knows (Swahili "published"), holding a date: read, or counted
        ("Imechapishwa: 2026-12-03", "2026-12-03", None),
        ("Imechapishwa: 3 Desemba 2026", "2026-12-03", None),  # Swahili's months: read
        ("Imechapishwa: 31 Novemba 2026", None, "31 Novemba 2026"),  # no such day: counted
        # no date in it: dropped with the block as before
        ("Kategoria: Bandari na uvuvi", None, None),
        ("Kitambulisho: 88213", None, None),
    ],
)
def test_an_unknown_label_holding_a_date_is_never_lost(
    tmp_path: Path, line: str, published: str | None, unread: str | None
) -> None:
    page = _page(tmp_path, f"Title: Kellwick dredges its basin\nURL: {URL}\n{line}")
    assert (page.published, page.date_unread) == (published, unread)
    assert line.split(":")[0] not in str(page.body)


def test_a_known_date_label_beats_an_unknown_one(tmp_path: Path) -> None:
    page = _page(
        tmp_path, f"Title: Kellwick\nImechapishwa: 2026-12-01\nDate: 2026-12-03\nURL: {URL}"
    )
    assert page.published == "2026-12-03"


BN_BODY = (
    "কেলউইক, ৩ ডিসেম্বর (বার্তা সংস্থা) - কেলউইক বন্দর কর্তৃপক্ষ বুধবার উত্তর অববাহিকা "
    "খননের সিদ্ধান্ত নিয়েছে, কারণ শরতের বন্যায় জমা "
    "পলির জন্য ভাটার সময় মাছ ধরার নৌকাগুলো বন্দর ছেড়ে যেতে পারছে না।\n\n"
    "খননের কাজ জানুয়ারিতে শুরু হবে এবং প্রায় চল্লিশ হাজার ঘনমিটার পলি সরানো হবে বলে কর্তৃপক্ষ জানিয়েছে।"
)


@pytest.mark.parametrize(
    "date_line",
    ["প্রকাশ: ৩ ডিসেম্বর ২০২৬", "প্রকাশিত: ৩ ডিসেম্বর ২০২৬, ১৪:০৫", "৩ ডিসেম্বর ২০২৬",
     "হালনাগাদ সময়: ৩ ডিসেম্বর ২০২৬"],
)  # fmt: skip
def test_a_date_line_is_never_the_headline(date_line: str) -> None:
    cleaned = clean_text_dump(f"{date_line}\n\n{BN_BODY}\n")
    assert cleaned.title is None or ("২০২৬" not in cleaned.title and "2026" not in cleaned.title)
