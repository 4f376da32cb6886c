"""Hausa dates and times as a Lagos desk's sites write them (newcomer 51a): "Litinin, 7 ga
Disamba 2026" and "7 ga Disamba 2026" (the day "of" the month) were counted ``date-unread``
where "7 Disamba 2026" was read; "ƙarfe 2:30 na rana" (at 2:30 in the daytime) was not read
at all.  The same kind in Swahili ("tarehe 7 Desemba 2026": the date) and Somali ("7-da
Diseembar 2026": the 7th; "2:30 GD", CLDR's PM, was taken for an unknown zone).  Every page,
name and sentence invented (``*.example`` sites)."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.hausadates import hausa_date
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in

_URL = "https://jarida-example.com/labarai/sabuwar-gada"
_HEADLINE = "Gwamnati za ta gina sabuwar gada a kan kogin garin"
_PARAGRAPHS = [
    "Gwamnatin jiha ta sanar a yau cewa za ta gina sabuwar gada a kan kogin da ya raba garin"
    " gida biyu, domin saukaka zirga-zirgar manoma da yan kasuwa.",
    "Kwamishinan ayyuka ya ce aikin zai dauki shekaru biyu kuma zai lakume naira biliyan uku,"
    " bisa kiyasin da injiniyoyin ma'aikatar suka yi.",
    "Mazauna yankin sun ce sun dade suna jiran wannan gada, kuma sun yi maraba da matakin da"
    " gwamnatin ta dauka a wannan karon.",
]


def _clean(top: str, lang: str = "ha") -> Article:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{_HEADLINE}'
        f"</title></head><body><article><h1>{_HEADLINE}</h1>{top}{body}</article></body></html>"
    ).encode()
    article = clean_page(
        RawPage(origin="t.html", kind="html", body=page, url=_URL, fetched_at="2026-12-08T06:00Z"),
        CleanConfig(),
    )
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("7 Disamba 2026", "2026-12-07"),  # read before
        ("Litinin, 7 ga Disamba 2026", "2026-12-07"),
        ("7 ga Disamba 2026", "2026-12-07"),
        ("7 ga watan Disamba, 2026", "2026-12-07"),
        ("Ranar Litinin, 7 ga watan Disamba, 2026", "2026-12-07"),
        ("ranar 7 ga Disamba, shekarar 2026", "2026-12-07"),
        ("Disamba 7, 2026", "2026-12-07"),
        ("1 ga Maris 2027", "2027-03-01"),
        # the time of day on a 12-hour clock with its part of the day after it
        ("7 ga Disamba 2026 karfe 2:30 na rana", "2026-12-07T14:30:00"),
        ("7 ga Disamba 2026, da ƙarfe 8:15 na safe", "2026-12-07T08:15:00"),
        ("Litinin, 7 ga Disamba 2026 ƙarfe 12 na rana", "2026-12-07T12:00:00"),
        ("7 ga Disamba 2026 ƙarfe 11:05 na rana", "2026-12-07T11:05:00"),
        ("7 ga Disamba 2026 ƙarfe 5 na yamma", "2026-12-07T17:00:00"),
        ("7 ga Disamba 2026 ƙarfe 9:40 na dare", "2026-12-07T21:40:00"),
        ("7 ga Disamba 2026 ƙarfe 14:30", "2026-12-07T14:30:00"),  # 24-hour: as written
        # night from 12 to 5 does not say which side of midnight: the day alone
        ("7 ga Disamba 2026 ƙarfe 2 na dare", "2026-12-07"),
    ],
)
def test_a_hausa_date_and_its_time_are_read(written: str, read: str) -> None:
    with written_in("ha", _URL):
        assert declared_date(written) == (read, None)
    # the month's name is Hausa's: read so on a page of no language too
    assert declared_date(written) == (read, None)


def test_the_rewrite_keeps_what_is_no_hausa_date_word() -> None:
    assert hausa_date("7 Disamba 2026 14:30") == "7 Disamba 2026 14:30"
    # "ga" not after a day's number, "ranar" with no day or weekday after it: words of a sentence
    assert hausa_date("Labari ga jama'a, 2026") == "Labari ga jama'a, 2026"
    assert hausa_date("Litinin, 7 ga Disamba 2026") == "Litinin, 7 Disamba 2026"


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ('<div class="date">Litinin, 7 ga Disamba 2026</div>', "2026-12-07"),
        ("<p>Litinin, 7 ga watan Disamba, 2026 ƙarfe 4:10 na yamma</p>", "2026-12-07T16:10:00"),
    ],
)
def test_a_hausa_page_s_date_is_its_publication_date(top: str, published: str) -> None:
    article = _clean(top)
    assert article.published == published
    assert article.date_unread is None


@pytest.mark.parametrize(
    ("language", "written", "read"),
    [
        # Swahili's "tarehe" (the date) before the day
        ("sw", "tarehe 7 Desemba 2026", "2026-12-07"),
        ("sw", "Jumatatu, tarehe 7 Desemba, 2026", "2026-12-07"),
        # Somali's day with its article, "-da" or "-ka"; its PM, CLDR's "GD", after the time
        ("so", "7-da Diseembar 2026", "2026-12-07"),
        ("so", "11-ka Oktoobar 2026", "2026-10-11"),
        ("so", "7 Diseembar 2026 2:30 GD", "2026-12-07T14:30:00"),
        ("so", "7 Diseembar 2026 9:15 GH", "2026-12-07T09:15:00"),
        # Hausa's PM as CLDR abbreviates it
        ("ha", "7 Disamba 2026 4:45 YM", "2026-12-07T16:45:00"),
    ],
)
def test_the_same_words_in_swahili_and_somali_dates_are_read(
    language: str, written: str, read: str
) -> None:
    with written_in(language, _URL):
        assert declared_date(written) == (read, None)


def test_an_unknown_zone_after_a_time_still_leaves_the_day_alone() -> None:
    # "GD" is Somali's PM, not a zone of an English date: the day alone, as before
    assert declared_date("7 December 2026 14:30 QQT") == ("2026-12-07", None)
    with written_in("so", _URL):
        assert declared_date("7 Diseembar 2026 14:30 QQT") == ("2026-12-07", None)
