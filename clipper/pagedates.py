"""The publication date an article page declares in its own markup (for
:func:`clipper.htmlmeta.page_meta`).

The JSON-LD article object's ``datePublished`` (an article is also looked for as a page's
``mainEntity``: ``{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", ...}}``, for the date
only; a fact-check's ``ClaimReview`` dates the page too), else the first of the meta tags
``article:published_time``, ``datePublished``, ``pubdate``, ``publishdate``, ``date``,
``DC.date.issued``, ``dcterms.issued``, ``sailthru.date``, ``parsely-pub-date``, Korean CMSs'
``og:regDate`` (a compact "20261129081500", read as a wall time without zone),
``dd:published_time`` and last Dublin Core's plain ``DC.date``/``dcterms.date`` (names compared
without case and punctuation: "article:published:time", "article_published_time"), else the
schema.org microdata ``itemprop="datePublished"`` anywhere in the page (``<meta content>`` or
``<time datetime>``), else a microformat's ``<time class="published" datetime=…>`` (hAtom
``published``, h-entry ``dt-published``); neither counts inside a link (a teaser's date); else, for
a video's or a podcast's page, its JSON-LD media object's ``datePublished`` or ``uploadDate``; else
the article's own ``<time datetime>`` (:func:`article_time`: BBC's, many WordPress themes' and
Next.js news sites' only mark of the time; one moment, or none); else
a date segment of the page's ``<title>`` ("… | DW | 28.04.2023", day first when written with dots).
A date-only value ("2024-03-05") counts: a declared date beats any date guessed from the URL or the
text.  An Iranian CMS's Solar Hijri value ("1405-09-08T10:30:00+03:30") is read as its Gregorian day
(:func:`clipper.numericdates.solar_hijri_iso`); another year before 1900 is no date.
Values are returned as written (ISO 8601, validated with :func:`datetime.fromisoformat`), but for a
time without an offset, which takes the offset of another of the page's own times (a meta tag, a
JSON-LD ``date*`` value, microdata, a ``<time datetime>``) giving the same wall time to the minute
with one (:func:`clipper.dates.offset_of_twin`: n-tv's and AFP's JSON-LD "2024-08-05 20:59:59.0"
beside their ``date`` meta or ``og:updated_time``), so a declared time of day is kept. Fundus
(``bench/extraction.py``): dates 0.981 -> 0.988 (a Telegraph page took a 2019 "first published"
meta instead of its microdata date; DW's undated page a teaser's date instead of its title's), and
of its 246 pages whose expected date has a time of day, 242 keep it (235 before; the others give it
only in a script's data layer or in text, or are dated on another day).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from clipper.dates import placeholder_date
from clipper.jsonld import types_of

# JSON-LD objects whose datePublished is the page's: articles, and a fact-check's review.
DATED_TYPE = re.compile(r"article|posting|report|story|blog|claimreview", re.IGNORECASE)
# JSON-LD objects of a page that is a video or a recording (schema.org's uploadDate).
_MEDIA_TYPE = re.compile(r"videoobject|audioobject|podcastepisode|clip", re.IGNORECASE)
_DATE_META = tuple(
    re.sub(r"[^a-z0-9]", "", name)
    for name in (
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date.issued",
        "dcterms.issued",
        "sailthru.date",
        "parsely-pub-date",
        # Korean CMSs: ndsoft's "og:regDate" (a compact wall time, "20261129081500": the
        # CMS of most Korean local papers' "articleView.html?idxno=" pages), Daum's
        "og:regdate",
        "dd:published_time",
        # Dublin Core's plain date (after the named ones: a page may also give "issued"),
        # which scholarly and public-body CMSs write as the publication day (newspaper#967:
        # it was the day htmldate guessed, labelled a guess, beside "Received"/"Accepted"
        # dates in the text); "dc.date.created" is a draft's day, not read
        "dc.date",
        "dcterms.date",
    )
)
# A compact timestamp, YYYYMMDDhhmm[ss] ("20261129081500"): a wall time of no stated zone.
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?")
# Declared dates in the page's body: schema.org microdata, then a microformat's <time> (hAtom's
# "published", h-entry's "dt-published"); not inside a link (a teaser's own date).
_MICRODATA_DATE = ".//*[@itemprop='datePublished'][not(ancestor::a)]"
_MICROFORMAT_DATE = (
    ".//time[@datetime][contains(concat(' ', normalize-space(@class), ' '), ' published ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' dt-published ')]"
    "[not(ancestor::a)]"
)


def valid_date(value: Any) -> str | None:
    """``value`` (a declared date: a meta tag's, a JSON-LD ``date*`` value) as ISO 8601 when it
    reads as a date (a compact "20261129081500", a crawler's forms: :func:`_record_form`), None
    for anything else or a stand-in for no date (:func:`clipper.dates.placeholder_date`)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) < 8 or len(value) > 40:
        return None
    if compact := _COMPACT.fullmatch(value):
        value = "{}-{}-{}T{}:{}:{}".format(*compact.groups(default="00"))
    if placeholder_date(value):  # a year before 1900: an Iranian CMS's Solar Hijri one?
        from clipper.numericdates import solar_hijri_iso  # clipper.read (its zones) is heavy

        value = solar_hijri_iso(value) or value  # "1405-09-08T10:30:00+03:30"
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        value = _record_form(value)
        if value is None:
            return None
    return None if placeholder_date(value) else value  # then the page's next source


def _record_form(value: str) -> str | None:
    """``value`` read as a crawler's date field is
    (:func:`clipper.read.declareddates.declared_date`:
    RFC 2822 "Sat, 29 Nov 2026 08:28:00 +0530", epoch seconds "1764385080", a script's own
    digits "٢٠٢٦-١١-٢٨T١٠:٠٠:٠٠+٠٣:٠٠", a date written out), as ISO 8601 with its time and zone;
    None when that reader leaves it unread (a zone it does not know, "IST")."""
    from clipper.read.declareddates import declared_date as record_date  # clipper.read is heavy

    return record_date(value)[0]


def declared_date(
    tree: Any, article: dict[str, Any] | None, jsonld: list[dict[str, Any]], metas: dict[str, str]
) -> str | None:
    """The publication date the page declares (see the module docstring), as written."""
    if article is not None and (date := valid_date(article.get("datePublished"))):
        return date
    # A WebPage's mainEntity counts for the date only: its headline is often the SEO one, not
    # the page's (Fundus: Merkur's "… sät Zweifel" for "… lässt Zweifel aufkommen").
    entities = [e for o in jsonld if isinstance(e := o.get("mainEntity"), dict)]
    for obj in [*jsonld, *entities]:
        if DATED_TYPE.search(types_of(obj)) and (date := valid_date(obj.get("datePublished"))):
            return date
    by_key = {re.sub(r"[^a-z0-9]", "", name): value for name, value in reversed(metas.items())}
    for name in _DATE_META:
        if date := valid_date(by_key.get(name)):
            return date
    for xpath in (_MICRODATA_DATE, _MICROFORMAT_DATE):
        for el in tree.xpath(xpath):
            if date := valid_date(el.get("content") or el.get("datetime")):
                return date
    # a video's or a podcast's page declares its date on its media object: last, so that an
    # article's own date always comes first and an embedded clip's never stands in for it
    for obj in jsonld:
        if _MEDIA_TYPE.search(types_of(obj)):
            for key in ("datePublished", "uploadDate"):
                if date := valid_date(obj.get(key)):
                    return date
    return article_time(tree)


def _article_scope(tree: Any) -> Any | None:
    """The element holding the page's article: the innermost ``<article>`` (else ``<main>``)
    around the page's first ``<h1>``, else the page's only ``<article>``, else its only
    ``<main>``; None when none is (a listing of ``<article>`` teasers, no markup)."""
    for h1 in tree.iter("h1"):
        scope = next((a for a in h1.iterancestors("article")), None)
        scope = scope if scope is not None else next(h1.iterancestors("main"), None)
        if scope is not None:
            return scope
        break
    for tag in ("article", "main"):
        found = list(tree.iter(tag))
        if len(found) == 1:
            return found[0]
        if found:
            return None  # several: which one is the page's is not known
    return None


def _instant(value: str) -> tuple[str, str]:
    """``(kind, key)`` of a ``<time datetime>`` value: ``("day", "YYYY-MM-DD")`` for a day,
    ``("time", ISO)`` for a timestamp (with an offset: its UTC instant, so "…15:40Z" and
    "…19:10+03:30" are one time; without: its wall time as written)."""
    if len(value) <= 10:
        return "day", value
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return "time", when.isoformat(timespec="seconds")


def article_time(tree: Any) -> str | None:
    """The publication time the article's own ``<time datetime>`` gives (BBC's, many WordPress
    themes' and Next.js news sites' only mark of it), as written, when nothing else declares a
    date: the ``<time>`` elements of the article's element (:func:`_article_scope`) whose
    ``datetime`` is ISO 8601 (:data:`_ARTICLE_TIME`), not in a link, a navigation, an aside, a
    footer, a list, a form, a nested ``<article>`` (teasers), comments, and not marked as the
    update (``updated``, ``modified``, ``dateModified``).  When they name one time (the same
    instant in any offset; days that are its day as written), the first timestamp, else the
    day; when they name several, None: which is the publication (and not an update, an
    event's time, a live blog's entry) is not known, and htmldate then guesses the day."""
    scope = _article_scope(tree)
    if scope is None:
        return None
    values: list[str] = []
    for el in scope.iter("time"):
        raw = (el.get("datetime") or "").strip()
        if not _ARTICLE_TIME.match(raw) or _UPDATE_MARK.search(
            " ".join((el.get("class") or "", el.get("itemprop") or "", el.get("id") or ""))
        ):
            continue
        if any(
            a.tag in _NOT_ARTICLE_TIME
            or _COMMENTS.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in _ancestors_within(el, scope)
        ):
            continue
        if (date := valid_date(raw)) is not None:
            values.append(date)
    try:
        kinds = {_instant(v) for v in values}
    except ValueError:
        return None
    times = [v for v in values if len(v) > 10]
    days = {key for kind, key in kinds if kind == "day"}
    if len({key for kind, key in kinds if kind == "time"}) > 1:
        return None
    if times:
        return times[0] if days <= {times[0][:10]} else None
    return next(iter(days)) if len(days) == 1 else None


def _ancestors_within(el: Any, scope: Any) -> Iterator[Any]:
    """The elements around ``el`` up to ``scope`` (not ``scope`` itself)."""
    for a in el.iterancestors():
        if a is scope:
            return
        yield a


# A <time datetime> read as the article's: an ISO 8601 day, or day and time ("2026-12-06",
# "2026-12-06T15:40:00.000Z", "2026-12-06 19:10"); a year-month, a duration, a time alone not.
_ARTICLE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ]\d{2}:\d{2})")
# What a <time> inside is not the article's own: a teaser's link, the site's navigation, a
# sidebar, the page's footer, a list (of teasers, of related stories), a form, a teaser's
# <article> nested in the article's (comments: _COMMENTS).
_NOT_ARTICLE_TIME = frozenset({"a", "nav", "aside", "footer", "ul", "ol", "li", "form", "article"})
_COMMENTS = re.compile(r"comment|disqus|replies", re.IGNORECASE)  # not "responsive"
# A <time> marked as the article's update (clipper.modifiedtimes reads hAtom's "updated"):
# class, itemprop or id naming an update or a modification.
_UPDATE_MARK = re.compile(r"updat|modif|edited|aktualis|actualiz|mise-a-jour|maj\b", re.IGNORECASE)


# A declared ISO date of a year of the Hijri calendars' range, which no Gregorian date of a page
# has (a Solar Hijri one left unread: not on an Iranian page; a lunar Hijri one).
_HIJRI_RANGE_DATE = re.compile(r"\s*1[34]\d\d-\d{2}-\d{2}(?:[T\s]|$)")


def unread_declared(article: dict[str, Any] | None, metas: dict[str, str]) -> str | None:
    """For a page :func:`declared_date` leaves undated: the first date it declares (its JSON-LD
    article's ``datePublished``, a date meta tag) in a year of the Hijri range (1300-1499)
    that was not read, as written, for the run to count (newcomer 23 finding 9: such a page
    was stored undated, its date taken for a stand-in for none, and nothing said)."""
    by_key = {re.sub(r"[^a-z0-9]", "", name): value for name, value in metas.items()}
    values = [article.get("datePublished") if article else None]
    values += [by_key.get(name) for name in _DATE_META]
    return next(
        (v.strip() for v in values if isinstance(v, str) and _HIJRI_RANGE_DATE.match(v)), None
    )


def page_times(tree: Any, jsonld: list[dict[str, Any]], metas: dict[str, str]) -> Iterator[str]:
    """Every time the page gives of itself, for :func:`clipper.dates.offset_of_twin`: its meta
    tags' values (``date``, ``last-modified``, ``og:updated_time``...), its JSON-LD objects'
    (and their ``mainEntity``'s) ``date*`` values, its microdata's and ``<time>`` elements'.
    Lazy: read only for a declared time without an offset."""
    yield from metas.values()
    for obj in jsonld:
        for node in (obj, obj.get("mainEntity")):
            if isinstance(node, dict):
                yield from (
                    v for k, v in node.items() if k.startswith("date") and isinstance(v, str)
                )
    for el in tree.xpath(".//*[starts-with(@itemprop, 'date')] | .//time[@datetime]"):
        yield el.get("content") or el.get("datetime") or ""


# A day the page's own <title> ends with ("Headline | Europe | DW | 28.04.2023"): day, month and
# year separated by dots (the day-first order of every language that writes dots), or ISO.
_TITLE_DATE_DOTS = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_TITLE_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def title_date(segment: str) -> str | None:
    """``YYYY-MM-DD`` when a ``<title>`` segment is a date written dd.mm.yyyy or ISO, else None
    (a page without a declared date: its teasers' dates mislead htmldate, Fundus' DW page)."""
    if m := _TITLE_DATE_DOTS.match(segment):
        day, month, year = (int(g) for g in m.groups())
    elif m := _TITLE_DATE_ISO.match(segment):
        year, month, day = (int(g) for g in m.groups())
    else:
        return None
    try:
        return datetime(year, month, day).strftime("%Y-%m-%d")
    except ValueError:
        return None
