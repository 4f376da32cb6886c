"""Yoruba page furniture (see :mod:`clipper.furniture`).

Phrases of Nigerian Yoruba news sites (the international broadcasters' Yoruba services,
Alaroye, the papers' Yoruba pages) as they print them: "Ẹ tún lè ka" (you can also read), "Ka
èyí náà" (read this too), "Àwọn ìròyìn mìíràn" (other stories), "Oríṣun àwòrán, …" (a photo's
source), share lines, cookie notices ("kúkì").  The broadcasters write every tone mark and
under-dot, the papers often none: each phrase is written in the three forms
(:func:`_forms`).  Left out where no one form is settled: paywall wording (none meters).
"""

import re
import unicodedata

from clipper.furniture import NETWORKS, Table, credited

# Tone marks (grave, acute, macron) and the under-dot, as NFD writes them.
_TONES = "\u0300\u0301\u0304"
_DOT = "\u0323"


def _forms(*phrases: str) -> str:
    """An alternation of ``phrases`` (written with their tone marks and under-dots) as sites
    print them: with every mark, with the under-dots alone (ẹ, ọ, ṣ), and with none; NFC, as
    clipper compares text, each form a literal of its own (the pre-scans read it)."""
    forms: dict[str, None] = {}
    for phrase in phrases:
        nfd = unicodedata.normalize("NFD", phrase)
        dotted = "".join(c for c in nfd if c not in _TONES)
        plain = "".join(c for c in dotted if c != _DOT)
        for form in (nfd, dotted, plain):
            forms[re.escape(unicodedata.normalize("NFC", form))] = None
    return "(?:" + "|".join(forms) + ")"


TABLE = Table(
    language="yo",
    # "Láti ọwọ́ …" (from the hand of) before the names (newcomer 46, finding 3)
    bylines=("l[aá]ti [oọ]w[oọ]\u0301?",),
    byline_roles=("ak[oọ]\u0300?r[oò]\u0300?y[iì]\u0300?n",),
    byline_staff=("ak[oọ]\u0300?r[oò]\u0300?y[iì]\u0300?n wa",),
    skip=(_forms("fò kọjá sí àkóónú", "lọ sí àkóónú"),),
    share=(
        _forms("pín", "pín ìròyìn yìí", "pín èyí") + rf"(?: (?:s[ií]|lor[ií]) {NETWORKS})?",
        _forms("da àsopọ̀ kọ", "ṣe ẹ̀dà àsopọ̀"),
    ),
    promo=(_forms("ẹ tẹ̀lé wa", "tẹ̀lé wa") + rf" (?:l[oó]r[ií]|n[ií]) {NETWORKS}",),
    # written with their marks only: "Wole" is a name, "Jade" another
    paywall=(r"wọlé|forúkọ sílẹ̀",),
    ads=(_forms("ìpolówó", "ìpolówó ọjà"),),
    credits=(
        credited(_forms("àwòrán", "fọ́tò", "oríṣun àwòrán", "orísun àwòrán")),
        # the broadcasters' "Oríṣun àwòrán, Getty Images": a comma after the label
        credited(_forms("oríṣun àwòrán", "orísun àwòrán"), r"\s*,\s*"),
    ),
    related=(
        _forms("ẹ tún lè ka", "ka èyí náà", "ka síwájú", "ẹ ka èyí náà"),
        _forms(
            "àwọn ìròyìn mìíràn",
            "àwọn ìròyìn míì",
            "ìròyìn tó jọmọ́",
            "ìròyìn mìíràn",
            "ìròyìn tuntun",
        ),
    ),
    consent_terms=(_forms("kúkì"), r"\bcookies?\b"),
    consent_weak=(_forms("àṣírí"), _forms("ìfọwọ́sí")),
    consent_context=(
        r"\b" + _forms("a ń lò", "a máa ń lò", "ìkànnì wa", "tiyín", "tìrẹ") + r"\b",
        r"\b" + _forms("gbà", "ètò", "kọ̀ wọ́n") + r"\b",
    ),
    consent_buttons=(
        _forms("gba gbogbo rẹ̀", "gbà gbogbo", "mo gbà", "kọ̀ ọ́", "ètò kúkì"),
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        _forms("ó yé mi", "ó dáa", "ó ti yé mi"),
    ),
    dateline=(_forms("a tẹ̀ ẹ́ jáde", "ọjọ́ tí a tẹ̀ ẹ́ jáde"),),
    updated=(_forms("a ṣe àtúnṣe", "àtúnṣe tó kẹ́yìn"),),
    errors=(
        _forms("a kò rí ojú ewé yìí", "a kò rí ojú ewé náà", "ojú ewé kò sí"),
        # a soft 404's body sentence: the page sought, removed or moved
        _forms("ojú ewé tí ẹ ń wá", "ojú ewé tí o ń wá", "ó ṣeé ṣe kí wọ́n ti yọ ọ́"),
    ),
    rights=(_forms("gbogbo ẹ̀tọ́ wà ní ìpamọ́", "gbogbo ẹ̀tọ́ ni a pa mọ́"),),
    site_pages=(_forms("ìlànà àṣírí", "nípa wa", "kàn sí wa", "àwọn òfin ìlò"),),
    source_labels=("Orísun",),
)
