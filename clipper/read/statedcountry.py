"""The country a user states for what a dump's pages do not (``dedupe --country``): the dump's
(``--country ES``) or a site's (``--country radio-aragon.example=ES``), for every page read,
whatever it came in (a WARC record, a saved page in a folder, a record of JSON Lines): the one
place every reader's pages pass (:func:`clipper.read.read_pages`), so a crawl with no
metadata beside its pages has the same way to say it as a records' ``country`` field or
``--field country=pais``.

A page's own statements come first (a language tag naming a country, a record's country, an
address's edition, a default tag the page bears out: :func:`clipper.declaredregion.
declared_region`); the stated country stands where they name none, before the one country a
declared language is written in.  A site's country is its own and its subdomains' (as
``--site`` takes them: :func:`clipper.sites.within`), and beats the dump's.  A Spanish radio's
``lang="es-ES"`` page on a ``.example`` address with a zoneless "09:50" had no country and a
26-hour window (newcomer 39b, finding 3): with ``--country radio-aragon.example=ES`` it is
Spain's, its "09:50" on Spain's clocks, and ``--region ES`` finds it.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.sites import site_key, within

__all__ = ["stated_country"]


def stated_country(
    url: str | None, site: str | None, countries: Sequence[tuple[str | None, str]]
) -> str | None:
    """The country ``countries`` (``dedupe --country``'s ``(site or None, ISO 3166 code)``
    pairs, :attr:`clipper.config.ReadLimits.countries`) states for a page of address ``url``
    and site ``site`` (a record's site field, where it has no address): the first pair naming
    its site or a site it is a subdomain of, else the first naming no site (the dump's), else
    None."""
    if not countries:
        return None
    keys = {key for key in (site_key(url), site_key(site)) if key}
    for wanted, country in countries:
        if wanted is not None and any(within(key, wanted) for key in keys):
            return country
    return next((country for wanted, country in countries if wanted is None), None)
