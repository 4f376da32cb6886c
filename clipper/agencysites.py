"""A news agency's own site: which credits a page's host names (rule 6 of
:mod:`clipper.canonical`: the credited agency's own page is the original of its copies).

An agency's copies credit it in their text ("Madrid, 25 nov (EFE).-", "Lisboa, 18 nov 2026
(Lusa) -", "WASHINGTON (AP) —": :func:`clipper.stories.sitetext.agency_credits`), and its own
page is the one on its own site.  A host names an agency when a word of its registrable
domain's name (the publisher's name, :func:`clipper.sites.outlet_key` without its suffix, and
each part of it between hyphens) is the agency's credit, case and accents aside (``efe.com``,
``lusa.pt``, ``efe-noticias.example``, ``agencia-lusa.example``, ``tass.ru``, ``ansa.it``;
``europapress.es`` for "Europa Press"), or when the domain is one of :data:`AGENCY_DOMAINS`,
agencies' sites whose name does not spell their credit (``apnews.com`` for "AP",
``xinhuanet.com`` for "Xinhua", ``yna.co.kr`` for "Yonhap").  A subdomain's labels are not
the publisher's name: ``afp.example-paper.com`` is a paper's page of an AFP feed.

Both halves are needed (:func:`clipper.canonical.settle`): an agency's site carrying another
agency's story (EFE's page of a Reuters report) is no original of it, and a paper whose name
holds an agency's credit is no agency's site unless its cluster's text credits that agency
(newcomer 35, finding 1: EFE's own page was shown as a trim of a Mexican rewrite that added a
local lead to EFE's text, and Lusa's as a copy of a portal's).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from clipper.sites import outlet_key, site_key
from clipper.spelling import accents_folded

__all__ = ["AGENCY_DOMAINS", "agency_key", "credited_site", "site_agency"]

# Agencies' own sites whose registrable domain does not spell the credit their copies print
# (domain → the credits, as agencies write them).  Data, not rules: add a line per agency.
AGENCY_DOMAINS: dict[str, tuple[str, ...]] = {
    "apnews.com": ("AP", "Associated Press", "The Associated Press"),
    "ap.org": ("AP", "Associated Press", "The Associated Press"),
    "reuters.com": ("Reuters",),
    "xinhuanet.com": ("Xinhua",),
    "news.cn": ("Xinhua",),
    "yna.co.kr": ("Yonhap",),
    "yonhapnewstv.co.kr": ("Yonhap",),
    "kyodonews.net": ("Kyodo", "Kyodo News"),
    "kyodonews.jp": ("Kyodo", "Kyodo News"),
    "antaranews.com": ("Antara",),
    "bernama.com": ("Bernama",),
    "jiji.com": ("Jiji", "Jiji Press"),
    "chinanews.com.cn": ("China News Service",),
    "chinanews.com": ("China News Service",),
    "people.com.cn": ("People's Daily",),
    "afpbb.com": ("AFP",),
    "ptinews.com": ("PTI",),
    "aninews.in": ("ANI",),
    "ianslive.in": ("IANS",),
    "uniindia.com": ("UNI",),
    "bssnews.net": ("BSS",),
    "aa.com.tr": ("AA", "Anadolu"),
    "aap.com.au": ("AAP",),
    "keystone-sda.ch": ("Keystone-SDA", "SDA", "ATS"),
    "agenzianova.com": ("Nova",),
    "ria.ru": ("RIA Novosti",),
    "telam.com.ar": ("Télam",),
    # Agência Brasil's site is its owner's, EBC's (agenciabrasil.ebc.com.br)
    "ebc.com.br": ("Agência Brasil",),
    "belganewsagency.eu": ("Belga",),
    "ukrinform.net": ("Ukrinform",),
    "ukrinform.ua": ("Ukrinform",),
    "ctk.cz": ("ČTK", "CTK"),
    "apa.at": ("APA",),
    "amna.gr": ("ANA-MPA",),
    # Iran's agencies whose domain adds "news" to their credit
    "tasnimnews.com": ("Tasnim",),
    "mehrnews.com": ("Mehr",),
    "farsnews.ir": ("Fars",),
    "iribnews.ir": ("IRIB",),
    "ilna.news": ("ILNA",),
    "pajhwok.com": ("Pajhwok",),
    # Interfax's regional services (newcomer 51b: interfax.kz was Interfax's own site alone)
    "interfax.kz": ("Interfax-Kazakhstan",),
    "interfax.com.ua": ("Interfax-Ukraine",),
}


def agency_key(credit: str) -> str:
    """A credit as hosts are compared with it: case-folded, accents left out
    (:func:`clipper.spelling.accents_folded`), without spaces and hyphens ("Europa Press" →
    ``europapress``, "Télam" → ``telam``, "ČTK" → ``ctk``)."""
    folded = accents_folded(credit.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


_DOMAIN_KEYS = {
    domain: frozenset(agency_key(credit) for credit in credits)
    for domain, credits in AGENCY_DOMAINS.items()
}


@lru_cache(maxsize=4096)
def _named(host: str) -> frozenset[str]:
    """The credit keys ``host``'s registrable domain names (see the module)."""
    domain = outlet_key(site_key(host)) or ""
    if not domain or "." not in domain:
        return frozenset()
    named = set(_DOMAIN_KEYS.get(domain, ()))
    name = domain.split(".", 1)[0]
    named.add(agency_key(name))
    named.update(agency_key(part) for part in name.split("-") if part)
    return frozenset(named)


def credited_site(host: str | None, credits: Iterable[str]) -> bool:
    """Whether ``host`` (a page's address's host) is the own site of an agency among
    ``credits`` (the credits a cluster's text prints: "EFE", "Lusa", "AP"): its registrable
    domain's name, or a part of it between hyphens, is one of them (:func:`agency_key`), or
    the domain is that agency's in :data:`AGENCY_DOMAINS`.  False for no host."""
    if not host:
        return False
    named = _named(host.casefold())
    return any((key := agency_key(credit)) and key in named for credit in credits)


# The shortest registrable name read as an agency's own site by its letters alone (:func:`site
# agency`): "tt.com", "pa.gov", "aa.com" are a paper's, a state's and an airline's, so a
# two-letter agency's site is listed in :data:`AGENCY_DOMAINS` ("aa.com.tr", "ap.org").
_SITE_NAME_LETTERS = 3


@lru_cache(maxsize=4096)
def site_agency(host: str | None) -> str | None:
    """The agency whose own site ``host`` (a page's address's host) is, as
    :func:`clipper.agencycredits.credited_agencies` names it: its registrable domain's in
    :data:`AGENCY_DOMAINS` ("apnews.com" → "AP"), or the domain's name whole when it is a listed
    agency's credit of :data:`_SITE_NAME_LETTERS` letters or more ("isna.ir" → "ISNA", "efe.com"
    → "EFE"; not "tt.com"); None for none.  An agency's own page names its writer alone, the
    agency being the site (:func:`clipper.bylines.without_site_names`): ``search --agency ISNA``
    finds it by this (newcomer 50a's note: isna.ir's own page was not found)."""
    from clipper.agencycredits import credited_agencies

    if not host:
        return None
    domain = outlet_key(site_key(host.casefold())) or ""
    if "." not in domain:
        return None
    for credit in AGENCY_DOMAINS.get(domain, ()):
        if agencies := credited_agencies(credit):
            return agencies[0]
    name = domain.split(".", 1)[0]
    if len(agency_key(name)) < _SITE_NAME_LETTERS:
        return None
    agencies = credited_agencies(name)
    return agencies[0] if len(agencies) == 1 else None
