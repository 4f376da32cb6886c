"""The date (and hour) a file's name gives: a recording's (``radio_andina_0800_2026-12-04.txt``,
``jt20h_20261203.srt``) or a wire client's text dump's (``efe_servicio_20261204_0932.txt``).

One reader for every input dated by its name: a broadcast transcript
(:func:`clipper.read.bulletins.broadcast_time`, its station's name from the words beside the
date: :func:`clipper.read.bulletins.broadcast_site`) and a plain text dump that dates itself
nowhere (:attr:`clipper.page.RawPage.named_date`, newcomer 33 finding 14).  A number that is no
whole calendar date gives nothing: an id (``article_20261399.txt``: no month 13;
``nota_20260231.txt``: no 31 February; ``story_202612045.txt``: nine digits), a year range
(``informe_2019-2026.txt``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

__all__ = ["NameDate", "file_name_date"]

# A file name's date: 2026-12-04, 2026_12_04, 2026.12.04, 20261204 (not inside a longer number).
_NAME_DATE = re.compile(
    r"(?<!\d)(20\d\d|19\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
# A file name's hour: _0700_, _13h_, jt20h, -20h30-.
_NAME_HOUR = re.compile(
    r"(?:(?:^|[_\-. ])([01]\d|2[0-3])([0-5]\d)|(?<!\d)([01]?\d|2[0-3])h([0-5]\d)?)(?=[_\-. ]|$)"
)


class NameDate(NamedTuple):
    """What a file's name says of its date: the ``day`` (``YYYY-MM-DD``), the ``hour``
    (``HH:MM``, no zone) when the name gives one beside it, else None, and the name's ``rest``
    (its stem with the date and every hour replaced by ``_``: "radio_andina_0800_2026-12-04" →
    "radio_andina___")."""

    day: str
    hour: str | None
    rest: str

    @property
    def iso(self) -> str:
        """The day with its hour, ISO 8601 without a zone (``2026-12-04T09:32``), else the day."""
        return f"{self.day}T{self.hour}" if self.hour else self.day


def file_name_date(name: str) -> NameDate | None:
    """The date the file ``name`` (a path's last part or a path; its extension is left out)
    gives: its first date written year, month, day (separated by ``-``, ``_``, ``.`` or not at
    all) that is a whole calendar date, its hour the first one beside it ("_0932", "13h",
    "20h30"); None when the name holds no such date (see the module)."""
    stem = Path(name).stem
    for match in _NAME_DATE.finditer(stem):
        year, month, day = (int(part) for part in match.groups())
        try:
            date(year, month, day)
        except ValueError:
            continue  # "20260231": no such day
        if _in_range(stem, match):
            continue
        rest = stem[: match.start()] + "_" + stem[match.end() :]
        hour = None
        if (named := _NAME_HOUR.search(rest)) is not None:
            hh = named.group(1) or named.group(3)
            hour = f"{int(hh):02d}:{named.group(2) or named.group(4) or '00'}"
        return NameDate(
            f"{year:04d}-{month:02d}-{day:02d}", hour, _NAME_HOUR.sub("_", rest)
        )
    return None


# A year beside the match, a dash or slash between (a range: "2019-2026", "2020/2021").
_RANGE_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[-_.]?\d\d[-_.]?\d\d)?[-/–]$")
_RANGE_AFTER = re.compile(r"^[-/–](?:19|20)\d\d(?:[-_.]?\d\d[-_.]?\d\d)?(?!\d)")


def _in_range(stem: str, match: re.Match[str]) -> bool:
    """Whether the date ``match`` found is one end of a range of dates or years
    ("20261201-20261231", "2025-20261204")."""
    return bool(
        _RANGE_BEFORE.search(stem[: match.start()]) or _RANGE_AFTER.match(stem[match.end() :])
    )
