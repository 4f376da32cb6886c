"""Dates written in Chinese and Japanese numerals read as their digits: ``二〇二六年十二月五日``
is ``2026年12月5日``, ``令和八年十二月五日`` ``令和8年12月5日``, ``民國一一五年十二月五日``
``民國115年12月5日``, ``十二月廿五日`` ``12月25日``, ``午後三時二十分`` ``午後3時20分``
(newcomer 39, F3: a Tokyo PR agency's releases and Chinese pages dated so were left undated,
while the same dates in digits were read).

A numeral is written one of two ways (the Japanese Industrial Standard's and the Chinese
national standard GB/T 15835's "numbers in Chinese characters"): digit by digit, a year above
all (``二〇二六``, ``二零二六``, ``一一五``), or with the multipliers ``十 百 千`` (``十二``,
``二十五``, ``二千零二十六``, ``一百一十五``), ``廿`` and ``卅`` for twenty and thirty in a
day (``廿五日``).  Only a date's numerals are rewritten: a month and a day (``十二月五日``, the
day closed by ``日``, ``号`` or ``號``), a year before them, and an hour and minute after them
(``三時二十分``, ``三点二十分``), so that words holding numerals stay as written
(``一日も早く`` "as soon as possible", ``十日町市`` the city, ``三月`` alone).  The readers then
read the digits as they read any date (:func:`clipper.localdates.ascii_date_digits` calls
:func:`digit_dates` first).  No library of the project's dependencies converts these (cn2an
does, for any Chinese number; a date's numerals are this small table)."""

from __future__ import annotations

import re

# Digits, and the multipliers of a numeral written with them.
_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
_TENS = {"廿": 20, "卅": 30}
_NUMERAL = "[〇零○一二两兩三四五六七八九十百千廿卅]"
# A date's numbers, in numerals or digits (at least one in numerals: :func:`digit_dates`):
# a year (any era's name before it stays), a month and a day, then a day part and a time.
_PART = rf"(?:{_NUMERAL}{{1,6}}|[0-9０-９]{{1,4}})"
_DATE = re.compile(
    rf"(?:(?P<year>{_PART}|元)\s*年\s*)?(?P<month>{_PART})\s*月\s*(?P<day>{_PART})\s*[日号號]"
    rf"(?:(?P<gap>\s*(?:\([^)]{{1,3}}\)|（[^）]{{1,3}}）)?\s*(?:午前|午後|上午|下午|中午|晚上|凌晨"
    rf"|早上|夜)?\s*)(?P<hour>{_PART})\s*(?P<clock>[時时点點])(?:\s*(?P<minute>{_PART})\s*分)?)?"
)
_ANY_NUMERAL = re.compile(_NUMERAL)


def numeral_value(numeral: str) -> int | None:
    """The number ``numeral`` writes in Chinese or Japanese numerals (module docstring), or None
    when it is no numeral: ``"二〇二六"`` → 2026, ``"十二"`` → 12, ``"二十五"`` → 25,
    ``"二千零二十六"`` → 2026, ``"廿五"`` → 25; ASCII or full-width digits as they are."""
    if numeral.isdigit():
        return int(numeral)
    if not any(c in _MULTIPLIERS or c in _TENS for c in numeral):
        if not all(c in _DIGITS for c in numeral):
            return None
        return int("".join(str(_DIGITS[c]) for c in numeral))
    total, current, last = 0, None, 10_000
    for char in numeral:
        if _DIGITS.get(char) == 0 and current is None:
            continue  # a zero holding a place: "二千零二十六"
        if char in _DIGITS:
            if current is not None:
                return None  # two digits side by side inside a multiplied numeral
            current = _DIGITS[char]
        elif char in _MULTIPLIERS and _MULTIPLIERS[char] < last:  # "十十" is no numeral
            total += (1 if current is None else current) * _MULTIPLIERS[char]
            current, last = None, _MULTIPLIERS[char]
        elif char in _TENS and current is None:
            total += _TENS[char]
        else:
            return None
    return total + (current or 0)


def _written(found: re.Match[str]) -> str:
    text = found.group(0)
    if _ANY_NUMERAL.search(text) is None:
        return text
    pieces: list[str] = []
    at = found.start()
    for name in ("year", "month", "day", "hour", "minute"):
        start, end = found.span(name)
        if start < 0:
            continue
        value = found.group(name)
        number = value if value == "元" else numeral_value(value)
        if number is None:
            return text
        pieces.append(text[at - found.start() : start - found.start()] + str(number))
        at = end
    return "".join(pieces) + text[at - found.start() :]


def digit_dates(value: str) -> str:
    """``value`` with each date written in Chinese or Japanese numerals written in digits
    (module docstring), its other characters as they are; ``value`` itself when it holds none
    (no ``月`` beside a numeral: most text)."""
    if "月" not in value or _ANY_NUMERAL.search(value) is None:
        return value
    return _DATE.sub(_written, value)
