"""The Solar Hijri calendar's month names, as Iran and Afghanistan write them, and the clock a
time written beside them is on.

The two countries keep one calendar (jdatetime's arithmetic one: 1 Hamal is 1 Farvardin) under
two sets of names: Iran's Persian ones (فروردین ... اسفند), written in Iran and by the Persian
services that write for it (Radio Farda's «۱۶ آذر ۱۴۰۵ - ۷:۱۲ به وقت تهران», Tehran's time);
Afghanistan's, in Dari the zodiac's signs (حمل ثور جوزا ... حوت) and in Pashto its own (وری
غویی ... کب), written there only.  A time a page gives beside a date of Iran's names is Iran's
(Asia/Tehran, UTC+3:30), beside Afghanistan's names Afghanistan's (Asia/Kabul, UTC+4:30):
:func:`month_clock_time`.  Newcomer 49a: Tasnim's «۱۶ آذر ۱۴۰۵ - ۲۲:۰۵» on its ``.com``
address was on any clock and lost "who had it first" to the agency's ``.ir`` copy, and
TOLOnews' «۱۶ قوس ۱۴۰۵ - ۱۰:۱۵» was not read at all.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

__all__ = ["AFGHAN_MONTHS", "IRANIAN_MONTHS", "SOLAR_MONTHS", "month_clock_time", "month_country"]

# Iran's month names; "امرداد" the older spelling of Mordad.
IRANIAN_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
# Afghanistan's: Dari's (the signs of the zodiac: Hamal, Sawr, Jawza, Saratan, Asad, Sonbola,
# Mizan, Aqrab, Qaws, Jadi, Dalw, Hut) and Pashto's (Wray, Ghwayay, Ghbargolay, Changakh,
# Zmaray, Wagay, Tala, Laram, Lindai, Marghumay, Salwagha, Kab), with the spellings Pashto sites
# print ("غوایی", "وږى", "لیندی").
AFGHAN_MONTHS = {
    "حمل": 1, "ثور": 2, "جوزا": 3, "جوزاء": 3, "سرطان": 4, "اسد": 5, "سنبله": 6,
    "میزان": 7, "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
    "وری": 1, "غویی": 2, "غوایی": 2, "غبرگولی": 3, "چنگاښ": 4, "زمری": 5, "وږی": 6, "وږى": 6,
    "تله": 7, "لړم": 8, "لیندۍ": 9, "لیندی": 9, "مرغومی": 10, "سلواغه": 11, "کب": 12,
}  # fmt: skip
SOLAR_MONTHS = {**IRANIAN_MONTHS, **AFGHAN_MONTHS}

_CLOCKS = {"IR": "Asia/Tehran", "AF": "Asia/Kabul"}
# A time of day right after the date as :func:`clipper.numericdates.local_numeric_date` writes
# it ("2026-12-07 10:15"), and nothing after it but punctuation or the clock's own name ("به
# وقت تهران", at Tehran's time; "د کابل په وخت", at Kabul's): another word after it may be a
# zone or a half of the day, which the general readers read or leave.
_TIME_AFTER = re.compile(
    r"^(\d{4})-(\d\d)-(\d\d) ([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?"
    r"(?=[\s\-–—|,،.]*(?:\(?(?:به\s*وقت|د)\s*(?P<city>تهران|کابل)(?:\s*په\s*وخت)?\)?)?"
    r"[\s\-–—|,،.]*$)"
)
_CITIES = {"تهران": "IR", "کابل": "AF"}


def month_country(name: str) -> str:
    """The country of a month ``name``: "AF" for Afghanistan's (:data:`AFGHAN_MONTHS`), else
    "IR"."""
    return "AF" if name in AFGHAN_MONTHS else "IR"


def month_clock_time(rewritten: str, country: str, page_country: str | None) -> str:
    """``rewritten`` (a date as ISO 8601 and what followed it: "2026-12-07 10:15") with the
    offset ``country``'s clock (IR or AF: :func:`month_country`) keeps at that wall time after
    its time of day ("2026-12-07 10:15+04:30"), by the IANA database (Iran's summer time until
    2022 included); ``rewritten`` itself when no time follows the date, a word that may be a zone
    follows it, the clock it names is the other country's, or ``page_country`` names a country
    (whose clocks the page's address or its stated country puts its zoneless times on: an
    ``.ir`` page's time stays as written, on Iran's clocks)."""
    found = _TIME_AFTER.match(rewritten)
    if found is None or page_country is not None:
        return rewritten
    if found["city"] and _CITIES[found["city"]] != country:
        return rewritten
    year, month, day, hour, minute = (int(part) for part in found.groups()[:5])
    wall = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(_CLOCKS[country]))
    offset = wall.strftime("%z")  # what followed the time is punctuation or this clock's name
    return f"{found[0]}{offset[:3]}:{offset[3:]}"
