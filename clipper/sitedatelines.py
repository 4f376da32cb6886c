"""A site's own credit in its dateline, before or after the place or alone, as Indonesia's sites
write it: "TRIBUNNEWS.COM, JAKARTA - …", "Liputan6.com, Jakarta - …", "SURYA.co.id, SURABAYA -
…", "REPUBLIKA.CO.ID, JAKARTA -- …", "KONTAN.CO.ID - JAKARTA. …", "JAKARTA, KOMPAS.com - …",
"VIVA.co.id – …", "DETIKNEWS, Jakarta - …" (and Vietnam's "VOV.VN - …").  A copy of the report
on another site (an aggregator, a sister paper) keeps it, so the copy's first line held the
credit of the site it came from, a search hit's snippet opened with it, and its place was not
read.  It is cut from the text as a staff dateline is
(:func:`clipper.reportdatelines.drop_report_dateline`) and credits no one: a site is no agency,
as a network crediting itself is none (:data:`clipper.agencydatelines.SELF_CREDITS`); its place
names the page's country as a staff dateline's does (:func:`clipper.staffdatelines.
staff_dateline` reads it: :func:`clipper.placeregion.dateline_region`).

Cutting it must not cut a report's own first words, so a site's dateline is all of:

1. a site's credit: a web address (:func:`site_address`: a name, a dot and a public suffix the
   public suffix list knows, any case: "TRIBUNNEWS.COM", "VIVA.co.id", "TEMPO.CO"; "U.S." and
   "St.Louis" are none); or, before a comma and a place clipper knows
   (:func:`clipper.placedatelines.known_place`), a name of one word in capitals ("DETIKNEWS");
2. its place before or after it, after a comma (a spaced dash after the site too: "KONTAN.CO.ID
   - JAKARTA."), one to four words capitalised or in capitals (:data:`clipper.placedatelines.
   PLACE`), or none ("VIVA.co.id –");
3. then a dash (spaced; an em or en dash unspaced too), ".-", a colon, or a full stop after a
   place, over prose (:func:`clipper.placedatelines.reads_as_prose`: ten words at least, one in
   small letters; the text opening with a capital, a figure or a quote).

Alone, with no place, the site is written as a site's dateline is: its name in capitals
("VOV.VN", "KOMPAS.COM", "VIVA.co.id") or, on an Indonesian or Vietnamese page, its suffix a
country's ("Tuoitre.vn"); a company named by its address ("Amazon.com — The retailer said …",
"Booking.com – The travel site …": capitalised, a generic suffix; "Amazon.de — Der Händler …",
"Amazon.co.uk — …": a country's suffix on a page of a press that writes no site's bare
credit) is no site's dateline and stays (newcomer 48a, datelines49, newcomer 49a); so does a
site written so ("PanARMENIAN.Net - …", a Zyte benchmark page whose expected text keeps it).

So a sentence naming a site ("TRIBUNNEWS.COM reported that …", "Liputan6.com - yang …") and a
title ("VIVA.co.id: Berita Terkini") stay.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from clipper.placedatelines import DATELINE_END, PLACE, TEXT_START, known_place, reads_as_prose

__all__ = ["SiteDateline", "site_address", "site_dateline"]

# A web address as a dateline writes it: a name of letters, digits and hyphens, then labels
# after dots ("Liputan6.com", "SURYA.co.id", "REPUBLIKA.CO.ID"); whether its last labels are a
# public suffix is :func:`site_address`'s.
_ADDRESS = r"[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)+"
# A site's name in capitals standing for its address ("DETIKNEWS", "INILAHCOM"): one word.
_CAPITALS = r"\p{Lu}[\p{Lu}\d]{2,}"
# A place's dateline end, or a full stop and a space after a place ("KONTAN.CO.ID - JAKARTA.").
_END = rf"(?:{DATELINE_END}|[ \t]*\.[ \t]+)"
# The text's first letter: a capital, a letter of a script without case, a figure, a quote.
_TEXT = TEXT_START
# The three shapes: the site and its place after a comma or a spaced dash; a place and the site
# after a comma; the site alone.
_SITE_FIRST = regex.compile(
    rf"[ \t]*(?P<site>{_ADDRESS}|{_CAPITALS})(?:,[ \t]*|[ \t]+[-–—][ \t]+)"
    rf"(?P<place>{PLACE}){_END}{_TEXT}",
    regex.V0,
)
_PLACE_FIRST = regex.compile(
    rf"[ \t]*(?P<place>{PLACE}),[ \t]*(?P<site>{_ADDRESS}){DATELINE_END}{_TEXT}", regex.V0
)
_ALONE = regex.compile(rf"[ \t]*(?P<site>{_ADDRESS}){DATELINE_END}{_TEXT}", regex.V0)


class SiteDateline(NamedTuple):
    """A site's dateline opening a paragraph: ``end``, the offset of the text after it; the
    ``site`` as written ("TRIBUNNEWS.COM"); the ``place`` as written ("JAKARTA"), None for a
    site's credit alone."""

    end: int
    site: str
    place: str | None = None


@lru_cache(maxsize=4096)
def site_address(name: str) -> bool:
    """Whether ``name`` (a word as written) is a web address whose last labels are a public
    suffix (the public suffix list, via ``tld``: "TRIBUNNEWS.COM", "VIVA.co.id", "TEMPO.CO",
    "Liputan6.com"); not "U.S.", "St.Louis", "D.C." nor a name without a dot."""
    if "." not in name or regex.fullmatch(_ADDRESS, name) is None:
        return False
    from tld import get_fld  # the public suffix list, loaded at the first call (~10 ms)

    return get_fld(name.casefold(), fix_protocol=True, fail_silently=True) is not None


# The languages whose press writes a site's bare credit before a report, its name not in
# capitals: Indonesia's and Vietnam's ("Tuoitre.vn - …", the sites of datelines48's and 49's
# sets).  Elsewhere a capitalised name with a country's suffix before a dash is a company
# named by its online shop or service ("Amazon.de — Der Händler …", "Allegro.pl – Serwis …",
# "Amazon.co.uk — The retailer …"; newcomer 49a), not a site's dateline.
_SITE_CREDIT_LANGUAGES = frozenset({"id", "vi"})


def _site_written(site: str, language: str | None) -> bool:
    """Whether ``site`` (a web address opening a paragraph alone, before a dash, on a page in
    ``language``) is written as a site's dateline is, not as a company's name: its name in
    capitals ("VOV.VN", "TEMPO.CO", "KOMPAS.COM", "VIVA.co.id"), or, on a page of a language
    whose press writes a site's credit so (:data:`_SITE_CREDIT_LANGUAGES`), a country's suffix
    after it ("Tuoitre.vn"); "Amazon.com", "Booking.com" (a name capitalised, a generic
    suffix) and, elsewhere, "Amazon.de" (a country's) are companies."""
    name, _, suffix = site.rpartition(".")
    if name.split(".")[0].isupper():
        return True
    return len(suffix) == 2 and suffix.isalpha() and language in _SITE_CREDIT_LANGUAGES


def site_dateline(paragraph: str, language: str | None = None) -> SiteDateline | None:
    """The site's dateline ``paragraph`` opens with, in a page of ``language`` (ISO 639-1;
    None: the page's as read, :func:`clipper.numericdates.page_language`), by the module's
    three rules; None when it opens with none.  ``paragraph``: one paragraph of a report."""
    head = paragraph[:1]
    if not head or not (head.isalnum() or head in " \t"):
        return None
    for pattern in (_SITE_FIRST, _PLACE_FIRST, _ALONE):
        found = pattern.match(paragraph)
        if found is None or not reads_as_prose(paragraph[found.end() :]):
            continue
        site = found["site"]
        place = found.groupdict().get("place")
        if pattern is _ALONE:
            if language is None:
                from clipper.numericdates import page_language

                language = page_language()
            if not _site_written(site, language):
                continue  # "Amazon.com — The retailer said …": a company named by its address
        if site_address(site):
            return SiteDateline(found.end(), site, place)
        if place is not None and pattern is _SITE_FIRST and "," in found.group(0):
            if language is None:
                from clipper.numericdates import page_language

                language = page_language()
            if known_place(place, language) and not known_place(site, language):
                return SiteDateline(found.end(), site, place)  # "DETIKNEWS, Jakarta -"
    return None
