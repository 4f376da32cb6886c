"""Which languages the language identifier names have their month names read in a date:
every language :func:`clipper.langmodel.languages` can give a page that has a dateparser
locale, or whose months CLDR names when it has none (:mod:`clipper.cldrmonths`), each
month's date written as CLDR writes it in that language (babel's ``full``,
``long`` and ``medium`` date formats: "Jumaat, 4 Disember 2026", "4 Disember 2026", "4 Dis
2026"; "2026年12月4日"; "04.12.2026") and read as a record's date field of that language is
(:func:`clipper.read.declareddates.declared_date` within
:func:`clipper.read.zones.written_in`: month names, and numeric dates in the language's order).

    python bench/date_languages.py [--json] [--collisions]

Printed: per language, how many of its 36 dates (12 months × 3 formats) are read as the right
day, and the first few that are not; then the languages reading none ("missing"), some
("partial") and every one.  No data is read: a measurement of the readers alone (~30 s, most
of it dateparser's and babel's locales loading).

``--collisions`` prints instead the words that mean different things in two of the languages
dates are read in (:func:`clipper.monthnames.month_collisions`: a month name that is another
month, or a weekday, in another language: "listopada" hr month 10, pl month 11), those naming
two months first: a page's own language reads them, a page of none leaves them unread.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


FORMS = ("full", "long", "medium")


def measure() -> dict[str, dict[str, Any]]:
    from babel.dates import format_date
    from dateparser.data import languages_info

    from clipper.cldrmonths import cldr_languages
    from clipper.langmodel import languages
    from clipper.language import stored_language
    from clipper.read.declareddates import declared_date
    from clipper.read.zones import written_in

    located = set(languages_info.language_order)
    found: dict[str, dict[str, object]] = {}
    for code in sorted({stored_language(c) for c in languages()}):
        if code not in located and code not in cldr_languages():
            continue
        read, unread = 0, []
        for month in range(1, 13):
            day = date(2026, month, 4)
            for form in FORMS:
                try:
                    written = format_date(day, form, locale=code)
                except (ValueError, LookupError):
                    continue
                with written_in(code, None):
                    read_as = declared_date(written)[0]
                if read_as is not None and read_as[:10] == day.isoformat():
                    read += 1
                else:
                    unread.append(written)
        by = "dateparser" if code in located else "cldr"
        found[code] = {"read": read, "unread": unread[:4], "by": by}
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the measurement as JSON")
    parser.add_argument(
        "--collisions",
        action="store_true",
        help="print the month and weekday words two languages read differently",
    )
    args = parser.parse_args()
    if args.collisions:
        return _print_collisions(args.json)
    found = measure()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    for code, row in found.items():
        print(f"{code:4} {row['read']:2}/{12 * len(FORMS)}  {'; '.join(map(str, row['unread']))}")
    none = [c for c, r in found.items() if r["read"] == 0]
    some = [c for c, r in found.items() if 0 < int(str(r["read"])) < 36]
    every = [c for c, r in found.items() if r["read"] == 36]
    by_cldr = [c for c, r in found.items() if r["by"] == "cldr"]
    print(
        f"\n{len(found) - len(by_cldr)} languages with a dateparser locale, {len(by_cldr)} "
        f"read by CLDR's months (clipper.cldrmonths): {' '.join(by_cldr)}"
    )
    print(f"missing ({len(none)}): {' '.join(none)}")
    print(f"partial ({len(some)}): {' '.join(some)}")
    print(f"every month read ({len(every)}): {' '.join(every)}")
    return 0


def _print_collisions(as_json: bool) -> int:
    from clipper.monthnames import month_collisions

    table = month_collisions()
    if as_json:
        print(json.dumps(table, ensure_ascii=False, indent=1))
        return 0

    def months(readings: dict[str, str]) -> set[str]:
        return {m for found in readings.values() for m in found.split(", ") if m.startswith("m")}

    two = {word: r for word, r in table.items() if len(months(r)) > 1}
    for word, readings in [*two.items(), *((w, r) for w, r in table.items() if w not in two)]:
        print(f"{word:12} {'; '.join(f'{code} {found}' for code, found in readings.items())}")
    print(f"\n{len(table)} words read differently, {len(two)} of them as two months")
    return 0


if __name__ == "__main__":
    sys.exit(main())
