"""Central Asian clocks named in words and North American zone words are the moment they name
(newcomer 51b, an Almaty desk: "14:30 по времени Астаны", "по ташкентскому времени", "ALMT"
kept their day alone where "(GMT+5)" was read; a Montreal desk: "à 14 h 30 HNE", "16 h 05
(heure de l'Est)", "heure du Pacifique" likewise).  The names are CLDR's (metazones, exemplar
cities: :mod:`clipper.read.cldrzones`) beside Russian's adjectives; a zone whose offset changed
(Kazakhstan's UTC+6 to UTC+5 on 1 March 2024, Eastern time's seasons) is read at the date.
Every line invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.linedates import line_date
from clipper.madetables import END, begin
from clipper.read import cldrzones
from clipper.read.cldrzones import _source
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in

_CENTRAL_ASIA = [
    ("7 декабря 2026, 14:30 по времени Астаны", "2026-12-07T14:30:00+05:00"),
    ("7 декабря 2026, 14:30 по астанинскому времени", "2026-12-07T14:30:00+05:00"),
    ("7 декабря 2026, 14:30 по времени Нур-Султана", "2026-12-07T14:30:00+05:00"),
    ("7 декабря 2026, 14:30 по ташкентскому времени", "2026-12-07T14:30:00+05:00"),
    ("7 декабря 2026, 14:30 по бишкекскому времени", "2026-12-07T14:30:00+06:00"),
    ("7 декабря 2026, 14:30 (по времени Алматы)", "2026-12-07T14:30:00+05:00"),
    ("7 декабря 2026, 14:30 ALMT", "2026-12-07T14:30:00+05:00"),
    # before 1 March 2024 Kazakhstan's capitals kept UTC+6
    ("7 декабря 2023, 14:30 ALMT", "2023-12-07T14:30:00+06:00"),
    ("7 декабря 2023, 14:30 по алматинскому времени", "2023-12-07T14:30:00+06:00"),
    # read before, unchanged
    ("7 декабря 2026, 14:30 по московскому времени", "2026-12-07T14:30:00+03:00"),
    ("7 декабря 2026, 14:30 (GMT+5)", "2026-12-07T14:30:00+05:00"),
    # CLDR's cities in Kazakh, Kyrgyz and Uzbek, with the frames their papers write
    ("7 желтоқсан 2026, 14:30 Алматы уақыты бойынша", "2026-12-07T14:30:00+05:00"),
    ("7 желтоқсан 2026, 14:30 Астана уақытымен", "2026-12-07T14:30:00+05:00"),
    ("7 декабрь 2026, 14:30 Бишкек убактысы менен", "2026-12-07T14:30:00+06:00"),
    ("7-dekabr 2026, 14:30 Toshkent vaqti bilan", "2026-12-07T14:30:00+05:00"),
    ("7-dekabr 2026, 14:30 (Oʻzbekiston vaqti)", "2026-12-07T14:30:00+05:00"),
    # Russia's regions: an hour ahead from 2011 to 2014
    ("7 December 2012 14:30 YEKT", "2012-12-07T14:30:00+06:00"),
    ("7 December 2026 14:30 YEKT", "2026-12-07T14:30:00+05:00"),
]


@pytest.mark.parametrize(("line", "moment"), _CENTRAL_ASIA)
def test_a_central_asian_clock_gives_the_moment(line: str, moment: str) -> None:
    # Kazakh's and Uzbek's month names are read on their own pages (clipper.monthnames)
    language = "kk" if "желтоқсан" in line else "uz" if "dekabr" in line else "ru"
    with written_in(language, "https://novosti-example.com/a/1"):
        assert declared_date(line) == (moment, None)
        assert line_date(line) == moment


_NORTH_AMERICA = [
    ("7 décembre 2026 à 14 h 30 HNE", "2026-12-07T14:30:00-05:00"),
    ("7 juillet 2026 à 14 h 30 HAE", "2026-07-07T14:30:00-04:00"),
    # the generic names by the season of the date: Eastern time is UTC-5 in December, -4 in July
    ("7 décembre 2026, 16 h 05 (heure de l'Est)", "2026-12-07T16:05:00-05:00"),
    ("7 juillet 2026, 16 h 05 (heure de l’Est)", "2026-07-07T16:05:00-04:00"),
    ("7 décembre 2026 à 14 h 30 HE", "2026-12-07T14:30:00-05:00"),
    ("7 décembre 2026 à 14 h 30 heure du Pacifique", "2026-12-07T14:30:00-08:00"),
    ("7 décembre 2026 à 14 h 30 (heure de l'Atlantique)", "2026-12-07T14:30:00-04:00"),
    ("7 décembre 2026 à 14 h 30 heure normale des Rocheuses", "2026-12-07T14:30:00-07:00"),
    ("December 7, 2026 4:05 p.m. Eastern Time", "2026-12-07T16:05:00-05:00"),
    ("July 7, 2026 4:05 p.m. (Eastern Time)", "2026-07-07T16:05:00-04:00"),
    ("December 7, 2026 4:05 p.m. NT", "2026-12-07T16:05:00-03:30"),
    # read before, unchanged
    ("December 7, 2026 4:05 p.m. ET", "2026-12-07T16:05:00-05:00"),
    ("July 7, 2026 4:05 p.m. EDT", "2026-07-07T16:05:00-04:00"),
]


@pytest.mark.parametrize(("line", "moment"), _NORTH_AMERICA)
def test_a_north_american_zone_word_gives_the_moment(line: str, moment: str) -> None:
    language = "en" if line[0] in "DJ" else "fr"
    with written_in(f"{language}-CA", "https://nouvelles-example.ca/a/1"):
        assert declared_date(line) == (moment, None)
        assert line_date(line) == moment


def test_canada_s_two_letter_abbreviations_are_read_on_its_pages_only() -> None:
    line = "7. Dezember 2026 14:30 HE"
    with written_in("de", "https://nachrichten-example.de/a/1"):
        assert declared_date(line) == ("2026-12-07", None)  # the day, no time of an unknown zone
    with written_in("fr", "https://nouvelles-example.ca/a/1"):
        assert declared_date("7 décembre 2026 14:30 HE") == ("2026-12-07T14:30:00-05:00", None)


def test_the_table_is_cldr_s_and_fresh() -> None:
    assert cldrzones.ABBREVIATIONS["HNE"] == -5.0
    assert cldrzones.NAMES["heure de l’Est"] == "America/Toronto"
    assert cldrzones.NAMES["Алматы уақыты"] == "Asia/Almaty"
    written = Path(cldrzones.__file__).read_text(encoding="utf-8")
    marker = begin("clipper.read.cldrzones")
    assert marker + written.partition(marker)[2].partition(END)[0] + END == _source()
