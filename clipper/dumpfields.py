"""A text dump's header line of fields: the byline, the outlet, the date, the update and the
source label a flattened page writes on one line under its headline, read field by field.

"By Wang Xiaoli | China Daily | Updated: 2026-12-06 17:45", "Par Léa Martin · Le Soir · 5
décembre 2026", "2026-12-06 14:30:00 来源：证券时报网", "Kaynak: AA - 06.12.2026 14:30": the
fields stand between ``|``, ``·``, ``•``, `` / `` or `` - `` (:data:`_SEPARATOR`), and a
labelled field may follow another with a blank alone ("… 14:30:00 来源：…").  Each field is one
of:

* a **byline**: "By NAME" in any language the byline tables read ("Von …", "Par …":
  :func:`clipper.bylinelines.byline_line`), or an author label ("作者：…", "Autor: …"): the
  author is NAME alone;
* a **source label** and its outlet, in every language clipper reads header labels in
  ("Source:", "来源：", "來源：", "出處：", "Kaynak:", "Источник:", "Джерело:", "Nguồn:",
  "Sumber:", "Quelle:", "Fuente:", "Fonte:", "Źródło:", "Zdroj:", "المصدر:", "منبع:", "출처:",
  "出典：": :func:`clipper.read.fieldnames.field_name`, whose tables the header blocks of
  :mod:`clipper.read.textheader` read too), or a site label ("Outlet:", "Medium:");
* an **update**: an "Updated:" label (:func:`clipper.read.headers.updated_label`, or a table's
  "updated" line: :func:`clipper.dumpdates.update_line`) with a date;
* a **date**: a field :func:`clipper.linedates.line_date` reads (a label of a date, "Published:",
  "发布时间：", too), or one that looks like a date it does not read ("06/12/2026", its order
  unsettled: :func:`clipper.dumpdates.date_looking`), given as written (``unread``): the dump
  reads it in its folder's order, else counts it unread (newcomer 51a: "By Kweku Mensah, Accra |
  Daily Graphic | 07/12/2026" left the dump undated and uncounted);
* an **outlet** unlabelled: a short name of at most :data:`OUTLET_WORDS` words, no digit, no
  sentence's end ("China Daily"), or the site's host name ("vlast.kz", "24.kg");
* another label's field ("Editor: …", "Rubrique: …"), passed over.

A line is such a header only when it has two fields or more (or one labelled source), at least
one of them a byline, a date, an update or a source label, and every field is one of the
above: a prose line with a pipe in it ("Sales rose 5% | the board met on Friday and agreed
to …") is none.  :func:`header_fields` gives the fields; :func:`clipper.textdump.
clean_text_dump` reads them in a dump's first lines and drops the line (a header's, no text).
Newcomer 48b: the China Daily line's byline became the site ("by wang xiaoli"), the whole line
the author, and its 17:45 update was lost; the Securities Times line's "来源：" named no site.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass

from clipper.bylinelines import byline_line
from clipper.dumpdates import date_looking, update_line
from clipper.dumpnames import writer_and_outlet
from clipper.headerdates import numeric_date
from clipper.linedates import line_date
from clipper.monthnames import month_readings
from clipper.read.fieldnames import field_name
from clipper.read.headers import updated_label
from clipper.scripts import SENTENCE_END, marks_class, words_in

# Between two fields: a bar, a middle dot or a bullet (blanks around them or none), a slash or a
# dash with blanks around it ("Reuters / 6 Dec 2026"; "2026-12-06" and "and/or" keep theirs).
_SEPARATOR = re.compile(r"\s*[|｜·•]\s*|\s+[/／]\s+|\s+[-–—]\s+")


# A label and its colon (":" or the full-width "："), as a header's key is written: at most three
# words of letters (their combining marks too), at the field's start or after a blank.
@functools.cache
def _label() -> re.Pattern[str]:
    word = rf"[^\W\d_](?:[^\W\d_]|[{marks_class()}])*"
    return re.compile(rf"(?:^|(?<=\s))(?P<label>{word}(?: {word}){{0,2}})\s*[:：]\s*")


# An unlabelled field is an outlet's name from at most this many words ("South China Morning
# Post", "The Straits Times"); a longer one is a sentence's part.
OUTLET_WORDS = 5
# A header line of fields has at most this many words (a byline, an outlet, a date and an
# update take 20 at most); a longer line is prose.
FIELDS_LINE_WORDS = 30
# The fields a label may name (clipper.read.fieldnames): the outlet, the author, the dates.
_OUTLET_FIELDS = frozenset({"source", "site"})
_DATE_FIELDS = frozenset({"date", "published", "date_publish"})


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """What a header line of fields gives, each None when it gives none: ``author`` (a
    byline's NAME), ``outlet`` (a source label's value, else the one unlabelled name: "China
    Daily"), ``published`` (ISO 8601, as :func:`clipper.linedates.line_date` reads the date
    field: a time without its zone as written), ``updated`` (the "Updated:" field's, as
    read), ``unread`` (a field that looks like a date the reader does not read, its day and
    month either way: "07/12/2026", as written; only where no other field gives a date)."""

    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    updated: str | None = None
    unread: str | None = None


def header_fields(line: str, sites: Collection[str] = ()) -> HeaderFields | None:
    """The fields of ``line`` (normalised: :func:`clipper.dumplines.normalise_line`) when it is
    a header line of fields (see the module docstring), else None.  ``sites``: the keys of the
    dump's site's names (:func:`clipper.sitenames.site_keys`), by which an unlabelled name is
    known for its outlet (:func:`clipper.dumpnames.writer_and_outlet`)."""
    if words_in(line) > FIELDS_LINE_WORDS:
        return None
    fields = [part for piece in _SEPARATOR.split(line) for part in _labelled(piece.strip())]
    fields = [field for field in fields if field]
    author = outlet = published = updated = None
    names: list[str] = []
    evidence = False
    labelled_source = False
    unread_date: str | None = None
    for field in fields:
        label = _label().match(field)
        name = field_name(label["label"]) if label else None
        value = field[label.end() :].strip() if label else field
        if label and value and name in _OUTLET_FIELDS:
            if words_in(value) > OUTLET_WORDS + 3:
                return None
            outlet = outlet or value
            evidence = labelled_source = True
        elif label and value and name == "author":
            # the byline reader's names ("Penulis: A, B" is "A; B"), else the value whole
            author = author or byline_line(field) or value
            evidence = True
        elif label and value and (updated_label(label["label"]) or update_line(field)):
            when = line_date(field)
            if when is None:
                return None
            updated = updated or when
            evidence = True
        elif (when := line_date(field)) is not None and (
            not label or name in _DATE_FIELDS or _dated_label(field, label)
        ):
            if update_line(field):
                updated = updated or when
            else:
                published = published or when
            evidence = True
        elif (by := byline_line(field)) is not None and words_in(field) <= OUTLET_WORDS + 2:
            author = author or by
            evidence = True
        elif not label and date_looking(field):
            evidence = True  # "06/12/2026": a date whose order nothing settles, not read here
            unread_date = unread_date or field
        elif label:
            continue  # "Editor: Budi", "Rubrique: Bruxelles": a label clipper does not read
        elif " " not in field and month_readings(field):
            continue  # "Août - 05/08/2026": a month's name alone, no outlet
        elif _outlet_shaped(field):
            names.append(field)
        else:
            return None  # a sentence's part: the line is prose
    if not evidence or (len(fields) < 2 and not labelled_source):
        return None
    if unread_date and (published or updated):
        # "Zuerst veröffentlicht am …, 1. Dezember … | Zuletzt aktualisiert am …": one date
        # read and another not; the whole line is the date reader's (clipper.dumpdates), which
        # reads the publication the fields would lose and take the update for
        return None
    if names:
        # "Иван Петров · Власть · 7 декабря 2026": which unlabelled name is the writer's and
        # which the outlet's (clipper.dumpnames)
        author, outlet = writer_and_outlet(names, author, outlet, sites)
    return HeaderFields(
        author=author, outlet=outlet, published=published, updated=updated, unread=unread_date
    )


def header_dates(line: str) -> list[str]:
    """The numeric date fields of ``line`` when it is a header line of fields
    (:func:`header_fields`), as written ("By Kweku Mensah | Daily Graphic | 20/11/2026" gives
    "20/11/2026"), read or not: for the day order a folder's dumps settle
    (:func:`clipper.read.dumporder.folder_order`); [] for any other line."""
    if header_fields(line) is None:
        return []
    return [piece.strip() for piece in _SEPARATOR.split(line) if numeric_date(piece.strip())]


def _labelled(piece: str) -> list[str]:
    """``piece`` cut before each label of a field clipper reads after a blank ("2026-12-06
    14:30:00 来源：证券时报网" → the date, then "来源：证券时报网")."""
    cuts = [
        found.start()
        for found in _label().finditer(piece)
        if found.start() > 0 and _known_label(found["label"])
    ]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b].strip() for a, b in itertools.pairwise(bounds)]


def _known_label(label: str) -> bool:
    """Whether ``label`` names an outlet, an author, a date or an update."""
    name = field_name(label)
    return (
        name in _OUTLET_FIELDS or name == "author" or name in _DATE_FIELDS or updated_label(label)
    )


def _dated_label(field: str, label: re.Match[str]) -> bool:
    """Whether a field of a label no table names holds its date right after the label, and
    nothing else but it ("Publié: 5 décembre 2026")."""
    return line_date(field[label.end() :]) is not None


# A site's host name standing for its outlet ("vlast.kz", "24.kg", "www.kursiv.media",
# "газета.рф"): labels of letters, digits and hyphens, the last of two letters or more.
_HOST_NAME = re.compile(r"(?:www\.)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,24}", re.IGNORECASE)


def _outlet_shaped(field: str) -> bool:
    """Whether an unlabelled ``field`` may be an outlet's name: a site's host name
    (:data:`_HOST_NAME`: "vlast.kz", "24.kg"; newcomer 51b: "vlast.kz | 7 декабря 2026, 13:05 |
    Автор: Иван Петров" was read as no header at all), or :data:`OUTLET_WORDS` words at most,
    no digit, no sentence's end, a capital or a letter of a script without case first."""
    if host_name(field):
        return True
    if words_in(field) > OUTLET_WORDS or any(c.isdigit() for c in field):
        return False
    if SENTENCE_END.search(field) is not None:
        return False
    first = next((c for c in field if c.isalpha()), "")
    return bool(first) and (first.isupper() or not first.islower())


def host_name(field: str) -> bool:
    """Whether ``field`` is a site's host name alone (:data:`_HOST_NAME`: "vlast.kz", "24.kg",
    "www.kursiv.media", "газета.рф")."""
    return _HOST_NAME.fullmatch(field) is not None
