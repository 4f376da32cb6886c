"""One organisation's acronym in another language: a query for ``ECOWAS`` finds the French
pages writing ``CEDEAO`` (newcomer 32 finding 16: a francophone Africa desk's watchlist on
ECOWAS missed every French report of it, and one on CEDEAO every English wire story).

An international body has an official acronym in each of its working languages: the UN's six
(UN, ONU, ООН, 联合国...), the African Union's four, ECOWAS's three, the EU's 24.  News in each
language writes its own.  :data:`EQUIVALENTS` holds, for the bodies and terms news reports most,
the acronyms their own sites and their members' official texts use in the languages clipper's
readers search most (English, French, Spanish, Portuguese, German, Italian, Dutch, Russian):
sources are each body's own name in its official languages (its site's language versions) and
the EU's Interinstitutional Style Guide for the EU's own bodies.

Each entry is written in the query language (:mod:`clipper.searchquery`): a plain acronym is
sought as any word is (``CEDEAO``, ``OTAN``: no language writes them otherwise); one written
``=UA`` is sought with its capitals (:mod:`clipper.casematch`), since its letters are a word of
some language too (French ``au`` and ``un``, English ``who`` and ``bad``, Italian ``nato``,
Swedish ``sida``, the given name ``Pam``).

A query word is expanded (by :func:`clipper.searchquery.parse_query`) only as typed in capitals and
as a whole word, exactly as an entry writes it (``ECOWAS``, ``AfDB``): ``nato`` (Italian "born"),
``au`` (French "to the") and a phrase (``"NATO"``) are sought alone.  The word itself is sought as
typed, beside its equivalents: ``NATO`` is ``NATO OR OTAN OR НАТО``.
"""

from __future__ import annotations

from functools import cache

__all__ = ["EQUIVALENTS", "equivalents"]

#: Acronyms of one body or term, each group in the query language (``=`` for capitals only).
EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    # United Nations (en, fr/es/pt/it ONU, de UNO, nl VN, ru ООН); un, uno, eu, who, nato, vat,
    # aids, sida are words of French, Spanish and Italian, Portuguese, English, Italian, English,
    # English, Swedish: capitals only
    ("=UN", "ONU", "=UNO", "=VN", "ООН"),
    ("=NATO", "OTAN", "НАТО"),
    ("=EU", "UE", "ЕС"),
    # Economic Community of West African States / Communauté économique des États de
    # l'Afrique de l'Ouest / Comunidade Económica dos Estados da África Ocidental
    ("ECOWAS", "CEDEAO"),
    # African Union / Union africaine (au and ua are words: capitals only)
    ("=AU", "=UA"),
    ("=WHO", "OMS", "=ВОЗ"),
    ("IMF", "FMI", "IWF", "МВФ"),
    ("WTO", "OMC", "ВТО"),
    ("ECB", "BCE", "EZB", "ЕЦБ"),
    ("OECD", "OCDE", "OESO", "OCSE", "ОЭСР"),
    ("IAEA", "AIEA", "IAEO", "МАГАТЭ"),
    ("UNHCR", "HCR", "ACNUR"),
    ("WFP", "=PAM", "ВПП"),
    ("ILO", "OIT", "IAO", "=МОТ"),
    ("OPEC", "OPEP", "ОПЕК"),
    ("ICJ", "CIJ", "IGH"),
    ("ICRC", "CICR", "IKRK", "МККК"),
    ("OSCE", "OSZE", "ОБСЕ"),
    ("IPCC", "GIEC"),
    ("ASEAN", "ANASE", "АСЕАН"),
    ("EFTA", "AELE"),
    # West African Economic and Monetary Union / Union économique et monétaire ouest-africaine
    ("WAEMU", "UEMOA"),
    # Economic Community of Central African States / Communauté économique des États de
    # l'Afrique centrale
    ("ECCAS", "CEEAC"),
    # African Development Bank / Banque africaine de développement (bad: capitals only)
    ("AfDB", "=BAD"),
    # Democratic Republic of the Congo / République démocratique du Congo
    ("DRC", "RDC", "=DRK"),
    # terms a report names in its own language's letters
    ("NGO", "ONG", "NRO", "НКО"),
    ("GDP", "PIB", "BIP", "ВВП"),
    ("=VAT", "TVA", "IVA"),
    ("=AIDS", "=SIDA", "СПИД"),
    ("HIV", "VIH", "ВИЧ"),
)


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Each acronym as written (without its ``=``) → its group's entries."""
    found: dict[str, tuple[str, ...]] = {}
    for group in EQUIVALENTS:
        for entry in group:
            found[entry.removeprefix("=")] = group
    return found


def equivalents(word: str) -> tuple[tuple[str, bool], ...]:
    """The other acronyms of ``word`` (a query word as typed) as ``(acronym, exact)`` pairs,
    ``exact`` when it is sought with its capitals only; ``()`` when ``word`` is no acronym of
    :data:`EQUIVALENTS` as written there (case and all)."""
    group = _groups().get(word, ())
    return tuple(
        (entry.removeprefix("="), entry.startswith("="))
        for entry in group
        if entry.removeprefix("=") != word
    )
