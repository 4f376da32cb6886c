"""A text dump's date line with a label (newcomer 27, findings 6 and 11): a label no table knows
("Imechapishwa:", Swahili's "published") dates the dump as in a header; an Iranian agency's
news code before its "تاریخ خبر:" and a Solar Hijri date; the posting time before an "updated"
label on the same line; a dotted date of a two-digit year before its time.  Invented texts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clipper.page import Article
from clipper.textdump import clean_text_dump
from tests.test_other_calendars import _page

LATEST = datetime(2026, 11, 23, tzinfo=UTC)
_SW = (
    "Wakazi wa mtaa wa Likoni wamelazimika kuhama baada ya mvua kubwa kunyesha usiku mzima na"
    " kujaza maji katika nyumba zaidi ya mia mbili, kwa mujibu wa maafisa wa kaunti.\n\n"
    "Maafisa wa kaunti walisema magari ya kusafirisha maji yatapelekwa katika shule tatu"
    " zinazotumiwa kama makazi ya muda hadi mvua itakapopungua."
)
_FA = (
    "شهرداری شیراز اعلام کرد خط اتوبوس تندرو بلوار چمران از ابتدای هفته آینده با ده دستگاه"
    " اتوبوس برقی جدید به بهره‌برداری می‌رسد و زمان سفر شهروندان کوتاه‌تر می‌شود.\n\n"
    "معاون حمل‌ونقل شهرداری گفت ایستگاه‌های این خط مجهز به سامانه پرداخت الکترونیکی است."
)
_TR = (
    "Kentin kuzeyindeki sanayi bölgesinde sabah saatlerinde çıkan yangın, itfaiye ekiplerinin"
    " müdahalesiyle iki saat içinde kontrol altına alındı.\n\n"
    "Valilik açıklamasına göre yangında yaralanan olmadı, iki depo ise kullanılamaz hale geldi."
)


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        # a label no table knows, holding a date: the dump's date, as in a header
        ("Imechapishwa: Novemba 21, 2026", _SW, "2026-11-21"),
        ("An wallafa: 21 Nuwamba, 2026", _SW, "2026-11-21"),
        # an Iranian agency's news code and its date, in the Solar Hijri calendar
        ("کد خبر: ۴۴۱۲۳۰۹ | تاریخ خبر: ۳۰ آبان ۱۴۰۵", _FA, "2026-11-21"),
        # (its time on Iran's clock, its month names': clipper.solarmonths)
        ("تاریخ خبر: ۳۰ آبان ۱۴۰۵ - ۰۹:۴۰", _FA, "2026-11-21T09:40:00+03:30"),
        # the posting time, before the "updated" label on its line
        (
            "Yayınlanma: 21.11.2026 - 09:40 | Güncelleme: 21.11.2026 - 11:05",
            _TR,
            "2026-11-21T09:40:00",
        ),
    ],
)
def test_a_labelled_date_line_dates_the_dump_and_leaves_its_text(
    head: str, body: str, published: str
) -> None:
    cleaned = clean_text_dump(f"Kichwa cha habari cha mfano\n{head}\n\n{body}\n", latest=LATEST)
    assert (cleaned.published, cleaned.date_unread) == (published, None)
    assert head not in cleaned.paragraphs and not any(
        "خبر:" in p or p.startswith(head[:10]) for p in cleaned.paragraphs
    )


_AR = "\n\n".join(
    (
        "أعلنت بلدية المدينة إغلاق الكورنيش الشمالي أمام السيارات لمدة أسبوعين بسبب أعمال"
        " صيانة الجدار البحري الذي تضرر في العاصفة الأخيرة.",
        "وقال مدير إدارة الطرق إن فرق العمل ستعمل على مدار الساعة طوال فترة الأشغال.",
    )
)
_EN = (
    "The county closed the coastal road for two weeks on Saturday so crews can repair the sea"
    " wall that the last storm cracked in three places near the harbour.\n\n"
    "Buses will run on the inland road until the work ends, the roads office said."
)


@pytest.mark.parametrize(
    ("line", "body", "published"),
    [
        ("آخر تحديث: السبت 21 نوفمبر 2026 - 11:05", _AR, "2026-11-21T11:05:00"),
        ("تم التحديث في 21 نوفمبر 2026", _AR, "2026-11-21"),
        ("Updated: November 21, 2026", _EN, "2026-11-21"),
        ("Diperbarui: Sabtu, 21 November 2026 | 11:05 WIB", _SW, "2026-11-21T11:05:00+07:00"),
    ],
)
def test_an_updated_line_alone_dates_the_dump_by_its_update(
    line: str, body: str, published: str
) -> None:
    """A dump whose only date is its "Updated" line above the text is dated by that update (no
    later than its fetch), as an updated label in a dump's header is; it was counted among
    "dates not read" and the dump dated the day it was read."""
    cleaned = clean_text_dump(f"Kichwa cha habari cha mfano\n{line}\n\n{body}\n", latest=LATEST)
    assert (cleaned.published, cleaned.date_unread) == (published, None)
    assert line not in cleaned.paragraphs


@pytest.mark.parametrize(
    "head",
    [
        # another date beside it: which is the page's is not known
        ["الأحد 22 نوفمبر 2026", "آخر تحديث: السبت 21 نوفمبر 2026 - 11:05"],
        # an update after the fetch: a mistyped year
        ["آخر تحديث: السبت 21 نوفمبر 2027 - 11:05"],
    ],
)
def test_an_updated_line_beside_another_date_or_after_the_fetch_is_counted(
    head: list[str],
) -> None:
    lines = "\n".join(head)
    cleaned = clean_text_dump(f"إغلاق الكورنيش\n{lines}\n\n{_AR}\n", latest=LATEST)
    assert (cleaned.published, cleaned.date_unread) == (None, head[0])


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("21.11.26 | 09:40", "2026-11-21T09:40:00"),  # Israeli sites' two-digit year
        ("21.11.26, 09:40", "2026-11-21T09:40:00"),
    ],
)
def test_a_dotted_date_of_a_two_digit_year_keeps_its_time(dateline: str, published: str) -> None:
    article = _page(dateline)
    assert isinstance(article, Article)
    assert (article.published, article.date_source) == (published, "declared")


@pytest.mark.parametrize("written", ["21.11.26", "1.2.26 build", "31.11.26 | 09:40"])
def test_a_two_digit_year_without_its_time_or_day_stays_unread(written: str) -> None:
    from clipper.read.declareddates import declared_date

    assert declared_date(written) == (None, written)
