"""Dates written out in the languages the language identifier names that dateparser has no
locale for, read on a page or record of that language by CLDR's month names and the order of
its long and medium date patterns: Tajik "7 декабр 2026", Turkmen "7 dekabr 2026", Tatar "7
декабрь, 2026 ел", Javanese "7 Desember 2026", isiXhosa "Disemba 7, 2026" (newcomer 49a: a
Tajik page's "7 декабри соли 2026" and "7 декабри 2026, соати 14:30" were left unread and in
its text).  Of the 15 such languages (an, ba, ht, jv, ku, la, oc, sa, st, tg, tk, tt, vo, wa,
xh) the table holds 12: CLDR writes Haitian's and Walloon's months "M12", and Sanskrit's
with a mark no name of letters is made of ("दिसंबरमासः"); dateparser reads the other
identified languages' (:mod:`clipper.monthnames`), Uzbek, Kyrgyz, Azerbaijani and Kazakh among
them.

A date is the day, the month's name (CLDR's wide or abbreviated, format or stand-alone, case
aside) and the year in the order the language's CLDR patterns write them (day, month, year;
month, day, year; or year, month, day), with CLDR's literal words of the pattern ("ел", "de",
"die") or none between, then a time of day "14:30" after it at most one word away.  Beyond
CLDR, a language's own way of joining the words (:data:`_JOINED`): Tajik writes the izafat,
"-и", on a month and on the words "сол" ('year') and "соат" ('hour') before the year and the
time ("7 декабри соли 2026, соати 14:30").

A table, made by ``python -m clipper.cldrmonths --write`` from babel's CLDR (babel 2.19), read
at import with no library loaded.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from clipper.madetables import END, begin, write_or_print

__all__ = ["cldr_date", "cldr_languages"]

# --- made by python -m clipper.cldrmonths --write: do not edit by hand ---
# fmt: off
_MONTHS: dict[str, tuple[str, str]] = {
    "an": (
        "chi chinero|feb febrero|mar marzo|abr abril|may mayo|chn chunyo|chl chuliol|"
        "ago agosto|set setiembre|oct octubre|nov noviembre|avi aviento",
        "de:dmy",
    ),
    "ba": (
        "ғин ғинуар|фев февраль|мар март|апр апрель|май|июн июнь|июл июль|авг август|"
        "сент сентябрь|окт октябрь|нояб ноябрь|дек декабрь",
        ":dmy",
    ),
    "jv": (
        "jan januari|feb februari|mar maret|apr april|mei|jun juni|jul juli|agt agustus|"
        "sep september|okt oktober|nov november|des desember",
        ":dmy",
    ),
    "ku": (
        "rbn rêbendan|sbt sibat|adar adr|nsn nîsan|gln gulan|hezîran hzr|trm tîrmeh|tbx tebax|"
        "îln îlon|cot cotmeh|mijdar mjd|berfanbar brf",
        "an:dmy",
    ),
    "la": (
        "ian ianuarii ianuarius|feb februarii februarius|mar martii martius|apr aprilis|"
        "mai maii maius|iun iunii iunius|iul iulii iulius|aug augusti augustus|"
        "sep september septembris|oct october octobris|nov november novembris|"
        "dec december decembris",
        "die:dmy",
    ),
    "oc": (
        "gen genièr|feb febrièr|març|abr abril|mai|junh|jul julhet|ago agost|set setembre|"
        "oct octòbre|nov novembre|dec decembre",
        "de:dmy",
    ),
    "st": (
        "phe pherekgong|hlakola kol|hlakubele hlb|mme mmesa|mot motsheanong|jan phupjane|"
        "phupu upu|pha phato|leo lwetse|mph mphalane|pudungwana pun|tsh tshitwe",
        ":ymd",
    ),
    "tg": (
        "янв январ|фев феврал|мар март|апр апрел|май|июн|июл|авг август|сен сентябр|окт октябр|"
        "ноя ноябр|дек декабр",
        ":dmy",
    ),
    "tk": (
        "ýan ýanwar|few fewral|mar mart|apr aprel|maý|iýun|iýul|awg awgust|sen sentýabr|"
        "okt oktýabr|noý noýabr|dek dekabr",
        ":dmy",
    ),
    "tt": (
        "гыйн гыйнвар|фев февраль|мар март|апр апрель|май|июнь|июль|авг август|сент сентябрь|"
        "окт октябрь|нояб ноябрь|дек декабрь",
        "ел:dmy",
    ),
    "vo": (
        "yan yanul|feb febul|mäz mäzul|prilul prl|may mayul|yun yunul|yul yulul|gst gustul|"
        "set setul|tob tobul ton|nov novul|dek dekul",
        ":ymd",
    ),
    "xh": (
        "jan janyuwari|feb februwari|mat matshi|epr epreli|mey meyi|jun juni|jul julayi|"
        "aga agasti|sep sept septemba|okt okthoba okthobha|nov novemba|dis disemba",
        ":mdy",
    ),
}
# fmt: on
# --- end of the table ---

# A language's words joining a date beyond CLDR's patterns (a language's grammar, not CLDR's
# data): the suffix its month takes before what follows, and the words that may stand before
# the year and before the time.  Tajik's izafat "-и" links a noun to what follows it: "декабри
# соли 2026" ('December of the year 2026'), "соати 14:30" ('at the hour 14:30').
_JOINED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "tg": ("и", ("соли", "сол"), ("соати", "соат")),
}
# A time of day after the date: "14:30", "14.30".
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?!\d)"


def cldr_languages() -> frozenset[str]:
    """The languages whose dates :func:`cldr_date` reads (codes as clipper stores them)."""
    return frozenset(_MONTHS)


def cldr_date(text: str, language: str | None) -> str | None:
    """The date ``text`` (a date line, a record's date field; digits ASCII) gives in
    ``language`` (a page's or record's, its primary subtag) when that is one of
    :func:`cldr_languages`: ISO 8601, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:00`` (no zone) when
    a time of day follows it; None when it holds no whole date of the language's months, when
    the day is not in the month, or for another language."""
    code = (language or "").split("-")[0].lower()
    if code not in _MONTHS:
        return None
    pattern, numbers = _reader(code)
    found = pattern.search(text)
    if found is None:
        return None
    month = numbers[found["month"].casefold().rstrip(".")]
    try:
        day = date(int(found["year"]), month, int(found["day"]))
    except ValueError:
        return None
    if found["hour"] is None:
        return day.isoformat()
    return f"{day.isoformat()}T{int(found['hour']):02d}:{found['minute']}:00"


@functools.cache
def _reader(code: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of ``code``'s dates (:func:`cldr_date`) and each month name's number."""
    names, order = _MONTHS[code]
    numbers: dict[str, int] = {}
    for month, forms in enumerate(names.split("|"), start=1):
        for form in forms.split():
            numbers.setdefault(form, month)
    suffix, before_year, before_time = _JOINED.get(code, ("", (), ()))
    literals, _, order = order.partition(":")
    gap = r"[\s,.\-]*(?:(?:" + "|".join(map(re.escape, literals.split())) + r")[\s,.]*)?"
    if not literals:
        gap = r"[\s,.\-]*"
    month_name = (
        r"(?P<month>"
        + "|".join(map(re.escape, sorted(numbers, key=len, reverse=True)))
        + r")\.?"
        + (f"(?:{re.escape(suffix)})?" if suffix else "")
        + r"(?![^\W\d_])"
    )
    parts = {
        "d": r"(?<!\d)(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)(?:-\w{1,4})?",
        "m": month_name,
        "y": (
            (r"(?:(?:" + "|".join(map(re.escape, before_year)) + r")\s+)?" if before_year else "")
            + r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)"
        ),
    }
    written = gap.join(parts[key] for key in order)
    word = r"(?:[^\W\d_]+\s+)?"
    if before_time:
        word = r"(?:(?:" + "|".join(map(re.escape, before_time)) + r")\s+|[^\W\d_]+\s+)?"
    clock = rf"(?:[\s,.\-|]*{word}{_CLOCK})?"
    return re.compile(written + gap + clock, re.IGNORECASE), numbers


_BEGIN = begin("clipper.cldrmonths")


def _table() -> dict[str, tuple[str, str]]:
    """Each language of the identifier's without a dateparser locale whose months CLDR names:
    its month names (casefolded, a month's forms apart by spaces, the months by "|") and its
    date patterns' literal words and order ("ел:dmy")."""
    import babel
    from babel.dates import tokenize_pattern
    from dateparser.data.languages_info import language_order

    from clipper.langmodel import languages
    from clipper.language import stored_language

    located = set(language_order)
    table: dict[str, tuple[str, str]] = {}
    for code in sorted(set(map(stored_language, languages())) - located):
        try:
            locale = babel.Locale.parse(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        forms = []
        for month in range(1, 13):
            names = {
                locale.months[context][width][month].casefold().rstrip(".")
                for context in ("format", "stand-alone")
                for width in ("wide", "abbreviated")
            }
            # a name of one word (Aragonese' "d’aviento" is "aviento" after its article), not
            # CLDR's stand-in "M12"
            names = {name.split("’")[-1].split("'")[-1] for name in names}
            forms.append(" ".join(sorted(n for n in names if len(n) >= 3 and n.isalpha())))
        if not all(forms):
            continue
        order = ""
        literals: set[str] = set()
        for width in ("long", "medium"):
            for kind, value in tokenize_pattern(locale.date_formats[width].pattern):
                if kind == "field" and value[0] in "dMy" and value[0].lower() not in order:
                    order += value[0].lower()
                elif kind == "chars":
                    literals.update(w for w in re.findall(r"[^\W\d_]+", str(value)) if len(w) > 1)
        if sorted(order) != ["d", "m", "y"]:
            continue
        table[code] = ("|".join(forms), " ".join(sorted(literals)) + ":" + order)
    return table


def _source() -> str:
    out = [_BEGIN, "# fmt: off\n", "_MONTHS: dict[str, tuple[str, str]] = {\n"]
    for code, (names, order) in _table().items():
        out.append(f'    "{code}": (\n')
        line = ""
        for part in names.split("|"):
            piece = part + "|"
            if len(line) + len(piece) > 86:
                out.append(f'        "{line}"\n')
                line = ""
            line += piece
        out.append(f'        "{line.rstrip("|")}",\n')
        out.append(f'        "{order}",\n    ),\n')
    out.append("}\n# fmt: on\n")
    out.append(END)
    return "".join(out)


if __name__ == "__main__":
    write_or_print(__file__, _BEGIN, _source())
