"""The calendar a digest writes its dates in: the one its readers keep (newcomer 49a: the
Persian digest's dates were Gregorian).

* **Persian** (the ``fa`` catalog): the Solar Hijri calendar, the official one of Iran and of
  Afghanistan, Persian's two countries (Dari's too).  A day is converted by jdatetime (the
  arithmetic calendar Iran's almanacs follow, which clipper already reads Persian dates with:
  :mod:`clipper.numericdates`), the day the digest shows in its zone (``--tz``) taken as it
  is, and written year/month/day with the digest's digits, "1405/09/16 06:00 UTC" for
  2026-12-07 06:00 UTC: slashes, as Persian writes a date in figures, so it is never read as
  a Gregorian date in ISO form.
* Every other catalog writes Gregorian dates, as ISO 8601 days ("2026-12-07").  Thai readers
  count years in the Buddhist era (2569 for 2026), but no well-kept library within the
  project's reach writes it: Babel formats the Gregorian calendar only; ICU does (its
  ``th_TH@calendar=buddhist``), through PyICU, which builds against the system's ICU and so
  cannot be installed from PyPI alone; PyThaiNLP's ``thai_strftime`` carries a whole language
  toolkit for one year's offset.  (README, Known limits.)

JSON and Atom's machine dates stay ISO 8601: they are read by programs, not people.
"""

from __future__ import annotations

import gettext
import re
from datetime import date

__all__ = ["SOLAR_HIJRI", "readers_dates"]

# The catalogs whose readers keep the Solar Hijri calendar (a catalog's ``Language`` header).
SOLAR_HIJRI = frozenset({"fa"})
# A day as the digest writes a time (clipper.layout.shown_time), or a day alone.
_DAY = re.compile(r"(?<![\d/-])(\d{4})-(\d{2})-(\d{2})(?![\d/-])")


def _solar_hijri(found: re.Match[str]) -> str:
    import jdatetime  # loaded for a Persian digest only

    day = date(int(found[1]), int(found[2]), int(found[3]))
    return str(jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d"))


def readers_dates(shown: str, speech: gettext.NullTranslations) -> str:
    """``shown`` (a time or a day as the digest writes it: "2026-12-07 06:00 UTC",
    "2026-12-07", in the reader's zone) with each ISO day in the calendar ``speech``'s
    readers keep (its catalog's ``Language`` header: :data:`SOLAR_HIJRI`); ``shown`` itself
    for a catalog writing Gregorian dates, English's included.  Raises nothing: a string
    holding no day is returned as it is."""
    language = speech.info().get("language") if hasattr(speech, "info") else None
    if language not in SOLAR_HIJRI:
        return shown
    return _DAY.sub(_solar_hijri, shown)
