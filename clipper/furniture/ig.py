"""Igbo page furniture (see :mod:`clipper.furniture`).

Phrases of Nigerian Igbo news pages (the international broadcasters' Igbo services, the papers'
Igbo pages) as they print them: "Gụọ kwa" (read also), "Akụkọ ndị ọzọ" (other stories), "Kesaa"
(share), "Soro anyị na Facebook" (follow us), "Ebe foto si, …" (a photo's source), cookie
notices ("kuki").  The under-dotted vowels (ị ọ ụ) are written with their dots or without
(:func:`_forms`).  Left out where no one form is settled: paywall wording (none meters).
"""

import re
import unicodedata

from clipper.furniture import NETWORKS, Table, credited

_MARKS = "\u0300\u0301\u0304\u0323"


def _forms(*phrases: str) -> str:
    """An alternation of ``phrases`` (written with their under-dots) as sites print them, with
    the dots and without; NFC, each form a literal of its own (the pre-scans read it)."""
    forms: dict[str, None] = {}
    for phrase in phrases:
        plain = "".join(c for c in unicodedata.normalize("NFD", phrase) if c not in _MARKS)
        for form in (phrase, unicodedata.normalize("NFC", plain)):
            forms[re.escape(unicodedata.normalize("NFC", form))] = None
    return "(?:" + "|".join(forms) + ")"


TABLE = Table(
    language="ig",
    # "Site n'aka …" (from the hand of) before the names
    bylines=(_forms("site n'aka", "site n’aka"),),
    byline_roles=(_forms("onye nta akụkọ", "onye odee"),),
    byline_staff=(_forms("onye nta akụkọ anyị", "ndị nta akụkọ anyị"),),
    skip=(_forms("gaa n'ọdịnaya", "gaa na ọdịnaya", "mafee gaa n'ọdịnaya"),),
    share=(
        _forms("kesaa", "kesaa akụkọ a", "kekọrịta") + rf"(?: na {NETWORKS})?",
        _forms("detuo njikọ", "detuo link"),
    ),
    promo=(_forms("soro anyị", "soro anyị ka") + rf" na {NETWORKS}",),
    paywall=(_forms("banye", "pụọ", "debanye aha"),),
    ads=(_forms("mgbasa ozi", "mgbasa ọkwa"),),
    credits=(
        credited(_forms("foto", "onyonyo", "ebe foto si")),
        # the broadcasters' "Ebe foto si, Getty Images": a comma after the label
        credited(_forms("ebe foto si"), r"\s*,\s*"),
    ),
    related=(
        _forms("gụọ kwa", "gụkwuo", "gụọ ọzọ", "gụọ nke a kwa"),
        _forms("akụkọ ndị ọzọ", "akụkọ ndị metụtara nke a", "akụkọ metụtara", "akụkọ ọhụrụ"),
    ),
    consent_terms=(r"\bkuki\b", r"\bcookies?\b"),
    consent_weak=(r"\b" + _forms("nzuzo") + r"\b", r"\b" + _forms("nkwenye") + r"\b"),
    consent_context=(
        r"\b" + _forms("anyị na-eji", "weebụsaịtị anyị", "saịtị anyị", "gị") + r"\b",
        r"\b" + _forms("nabata", "jụ", "ntọala", "pịa") + r"\b",
    ),
    consent_buttons=(
        _forms("nabata ha niile", "nabata", "jụ ha niile", "ntọala kuki"),
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        _forms("aghọtara m", "ọ dị mma", "ekwenyere m"),
    ),
    dateline=(r"\b" + _forms("e bipụtara", "ebipụtara") + r"\b",),
    updated=(_forms("e melitere", "emelitere"),),
    errors=(
        r"\b" + _forms("ahụghị peeji a", "achọtaghị peeji a", "peeji adịghị", "njehie") + r"\b",
        # a soft 404's body sentence: the page sought, removed or moved
        _forms("peeji ị na-achọ", "peeji ị chọrọ", "ewepụla ya", "ebugharịla ya"),
    ),
    rights=(_forms("ikike niile echekwabara", "echekwabara ikike niile"),),
    site_pages=(_forms("iwu nzuzo", "gbasara anyị", "kpọtụrụ anyị", "usoro ojiji"),),
    source_labels=("Isi mmalite",),
)
