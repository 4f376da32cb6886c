"""A news agency's credit opening a Persian, Dari, Arabic or Urdu report: a reporting formula
("به گزارش خبرگزاری ایرنا، …", "به نقل از ایسنا، …", "وفقا لوكالة أنباء الإمارات (وام)، …",
"نقلا عن قنا، …", "ذكرت وكالة الأنباء الكويتية (كونا) أن …", "اے پی پی کے مطابق …") and a
dateline of a place and the agency between dashes ("تهران- ایرنا- …", "خوزستان - ایسنا - …").

The press of Iran, Afghanistan, the Gulf and Pakistan opens a report it reprints with the
agency's formula where Latin-script papers print the agency's dateline ("WASHINGTON (AP) —"),
and the agency's own page opens with its dateline between dashes.  Both are cut from the text
as a dateline in parentheses is (:func:`clipper.reportdatelines.drop_report_dateline`: the
copies keep the same first words) and the agency stays known as the page's author (rule 6 of
:mod:`clipper.canonical` then shows the agency's own page, :func:`clipper.originals.
agencies_own`).  A formula is a sentence's clause: "به گزارش ایرنا، شرکت … گفت" keeps
"شرکت … گفت".  Newcomer 49a: a republisher's copy was shown over IRNA's and ISNA's own pages.

A credit is read only when it names a known agency (:func:`clipper.agencycredits.
credited_agencies`, any keyboard: ی/ي, ک/ك, a half-space or a space), alone or after the word
for an agency ("خبرگزاری", "وكالة", "وكالة أنباء") or for its reporter or desk ("خبرنگار
اقتصادی ایرنا"), a parenthesised abbreviation after its name or not; so "به گزارش بانک مرکزی،
تورم …" (a central bank's report) and "حسب الخطة، …" stay whole.  Of a chain ("به گزارش
خبرگزاری تسنیم به نقل از ایسنا،": Tasnim quoting ISNA) the agency quoted last is the credit:
the one whose report it is.  A formula without its comma ("به گزارش ایرنا شرکت …") is not
read: where its clause ends is a guess.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from clipper.agencycredits import credited_agencies

__all__ = [
    "OpeningCredit", "dash_dateline", "formula_credit", "opening_credit", "opening_formula",
]  # fmt: skip

# Letters of the Arabic script (Persian's, Urdu's and Pashto's among them), a half-space (ZWNJ)
# and the Arabic tatweel inside a word.
_LETTER = r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"
_WORD = rf"{_LETTER}[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c]*"
_SPACE = r"[ \t\u00a0\u200c]"
# The clause's end: a comma (Arabic's "،" or a Latin one), then the text.
_COMMA = r"[ \t]*[،,][ \t]*"
# The formulas (their head: the words before the agency's name).  Persian and Dari: "according
# to the report of", "quoting", "based on the report of"; Arabic: "according to", "quoting",
# "as reported by" and "the agency X reported / said that"; either keyboard's letters.
_HEADS = (
    rf"به{_SPACE}*گزارش",
    rf"بنا{_SPACE}*به{_SPACE}+گزارش",
    rf"بنابر{_SPACE}+گزارش",
    rf"به{_SPACE}+نقل{_SPACE}+از",
    r"وفق[اً]?ً?[ \t]+ل(?:ـ)?",
    r"نقل[اً]?ً?[ \t]+عن",
    r"(?:ب)?حسب(?:ما[ \t]+(?:ذكرت|أفادت|افادت|أوردت|اوردت))?",
)
_HEAD = re.compile(rf"[ \t]*(?:{'|'.join(_HEADS)})[ \t]*")
# "the agency X reported that …": the head, the agency, then "that" ("أن", "إن") or a comma.
_REPORTED = re.compile(
    r"[ \t]*(?:ذكرت|أفادت|افادت|أوردت|اوردت|قالت|أعلنت|اعلنت)[ \t]+(?P<credit>[^،,\n]{2,60}?)"
    r"(?:[ \t]+(?:أن|أنّ|ان|إن|إنّ)[ \t]+|[ \t]*[،,][ \t]*)"
)
# Urdu's "according to X": "اے پی پی کے مطابق، …" (a comma after it or not: the words end it).
_URDU = re.compile(rf"[ \t]*(?P<credit>[^،,\n]{{2,60}}?)[ \t]+[کك]ے[ \t]+مطابق(?:{_COMMA}|[ \t]+)")
# The span from a formula's head to its comma: at most this many characters.
_SPAN_CHARS = 80
# "quoting" inside a chain of credits ("به گزارش خبرگزاری تسنیم به نقل از ایسنا").
_QUOTING = re.compile(rf"{_SPACE}+(?:به{_SPACE}+نقل{_SPACE}+از|نقل[اً]?ً?[ \t]+عن){_SPACE}+")
# The words naming an agency or its reporter before its name: "news agency" (Persian, Arabic,
# Urdu), "the agency", "(the) news", "the site", "the reporter", "the desk" of it.
_AGENCY_WORDS = frozenset(
    w.replace("ي", "ی").replace("ك", "ک")
    for w in (
        "خبرگزاری", "خبرگزاري", "وكالة", "وکالة", "الوكالة", "وكالت", "أنباء", "انباء",
        "الأنباء", "الانباء", "خبر", "رساں", "ادارے", "ادارہ", "سرکاری", "پایگاه", "خبری", "سایت",
    )
)  # fmt: skip
_REPORTER_WORDS = frozenset(("خبرنگار", "گروه", "مراسل", "مراسلة", "مندوب"))
# Desk words after a reporter's ("خبرنگار اقتصادی ایرنا"): at most this many.
_DESK_WORDS = 3
# A parenthesis closing the credit: the agency's abbreviation after its name ("(وام)").
_PAREN = re.compile(r"\s*\((?P<inner>[^()]{1,20})\)\s*$")
# Agencies whose credit only a report's closing reads elsewhere (clipper.agencycredits'
# CLOSING_SPELLINGS) that a formula's place reads too: the Associated Press of Pakistan ("اے پی
# پی کے مطابق"); not PTI's Urdu letters, which there name the party far more often.
_FORMULA_CLOSING = frozenset({"APP"})
# Prose after the credit: at least this many words.
_MIN_WORDS = 4
# A dateline between dashes: a place of one to three words, a dash, the agency, a dash
# ("تهران- ایرنا- ", "خوزستان - ایسنا - "; a hyphen or an en or em dash).
_DASH_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*[-–—][ \t]*"
    rf"(?P<credit>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*[-–—][ \t]*"
)


class OpeningCredit(NamedTuple):
    """A credit opening a paragraph: ``end``, the offset of the text after it; ``agency``,
    the credited agency as written ("ایسنا", "وام")."""

    end: int
    agency: str


def _keyed(word: str) -> str:
    return word.replace("ي", "ی").replace("ك", "ک").replace("\u200c", "")


def formula_credit(span: str) -> str | None:
    """The agency ``span`` (the words between a formula's head and its comma) credits, as
    written: a known agency's credit (:func:`clipper.agencycredits.credited_agencies`) alone or
    after the words for an agency ("خبرگزاری ایرنا", "وكالة الأنباء القطرية (قنا)") or its
    reporter and desk ("خبرنگار اقتصادی ایرنا"); of a chain, the agency quoted last ("خبرگزاری
    تسنیم به نقل از ایسنا" → "ایسنا"); None when it names none ("بانک مرکزی")."""
    for segment in reversed(_QUOTING.split(span.strip())):
        if (agency := _agency(segment.strip())) is not None:
            return agency
    return None


def _agency(segment: str) -> str | None:
    if (paren := _PAREN.search(segment)) is not None:
        inner = paren["inner"].strip()
        if _credited(inner):
            return inner
        segment = segment[: paren.start()]
    words = segment.split()
    for at in range(len(words)):
        name = " ".join(words[at:])
        if not _credited(name):
            continue
        before = [_keyed(word) for word in words[:at]]
        if all(word in _AGENCY_WORDS for word in before):
            return name
        if before and before[0] in _REPORTER_WORDS and len(before) <= 1 + _DESK_WORDS:
            return name
    return None


def _credited(name: str) -> bool:
    return bool(credited_agencies(name)) or any(
        agency in _FORMULA_CLOSING for agency in credited_agencies(name, closing=True)
    )


def _prose(rest: str) -> bool:
    return len(rest.split()) >= _MIN_WORDS


def opening_formula(paragraph: str) -> OpeningCredit | None:
    """The reporting formula crediting a known agency that ``paragraph`` opens with, and the
    offset of the text after it (see the module): "به گزارش خبرگزاری ایرنا، شرکت …" → (the
    offset of "شرکت", "ایرنا"); None for none, for a formula naming no agency ("به گزارش بانک
    مرکزی، …") or for no prose after it."""
    if (head := _HEAD.match(paragraph)) is not None:
        comma = re.compile(_COMMA).search(paragraph, head.end(), head.end() + _SPAN_CHARS)
        if comma is not None and (agency := formula_credit(paragraph[head.end() : comma.start()])):
            return _opening(paragraph, comma.end(), agency)
    for shape in (_REPORTED, _URDU):
        found = shape.match(paragraph)
        if found is not None and (agency := formula_credit(found["credit"])):
            return _opening(paragraph, found.end(), agency)
    return None


def _opening(paragraph: str, end: int, agency: str) -> OpeningCredit | None:
    return OpeningCredit(end, agency) if _prose(paragraph[end:]) else None


def dash_dateline(paragraph: str) -> OpeningCredit | None:
    """The dateline of a place and a known agency between dashes that ``paragraph`` opens with
    ("تهران- ایرنا- شرکت …" → (the offset of "شرکت", "ایرنا")), in the Arabic script; None for
    none, for a credit no agency's ("تهران- بازار- …") or for no prose after it."""
    found = _DASH_DATELINE.match(paragraph)
    if found is None or not credited_agencies(found["credit"]):
        return None
    return _opening(paragraph, found.end(), found["credit"].strip())


def opening_credit(paragraph: str) -> OpeningCredit | None:
    """:func:`dash_dateline` or :func:`opening_formula` of ``paragraph``, the first found; None
    for a paragraph without a letter of the Arabic script in its first characters."""
    if not re.match(rf"[ \t]*{_LETTER}", paragraph):
        return None
    return dash_dateline(paragraph) or opening_formula(paragraph)
