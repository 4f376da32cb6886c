"""What cleaning gives for a page's cleaned lines: an :class:`~clipper.page.Article`, or a
:class:`~clipper.page.Rejection` saying why (``too-short`` with the lines cleaning cut,
``error-page``, ``not-text``), and the checks both cleaning paths share: an article's size, an
implausible publication date, a metadata value as stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from clipper import graphemes
from clipper.agencycredits import credited_agencies
from clipper.bylines import site_name, without_site_names
from clipper.closingcredits import cut_credits
from clipper.config import CleanConfig, MatchConfig
from clipper.dates import placeholder_date
from clipper.dumplines import normalise_line, without_direction_marks
from clipper.excerpts import EXCERPT, excerpt_of, without_feed_footer
from clipper.furniture.consent import consent_lines
from clipper.junk import mostly_symbols, wordless
from clipper.language import believed_language
from clipper.modifiedtimes import modified_update
from clipper.notices import (
    consent_wall,
    error_page,
    notice_line,
    site_page,
    wall_note,
    wall_prompt,
    walled,
)
from clipper.page import Article, DateSource, RawPage, Rejection
from clipper.paybadges import without_badges, without_name_badges
from clipper.placeregion import page_region
from clipper.postclean import is_prose
from clipper.pubwindows import after_fetch, before_on_one_clock, fetch_bound
from clipper.quoting import quoted
from clipper.scripts import count_words
from clipper.sitenames import site_keys
from clipper.sitezones import host_of


def clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_line(value)
    return value or None


def first_date(
    *found: tuple[str | None, DateSource],
) -> tuple[str | None, DateSource | None]:
    """The first of the ``(date, where it came from)`` pairs whose date is given (a metadata
    value, :func:`clean_meta`), with its source; ``(None, None)`` when none is."""
    for value, source in found:
        if date := clean_meta(value):
            return date, source
    return None, None


def finish(
    raw: RawPage,
    config: CleanConfig,
    lines: list[str],
    *,
    title: str | None,
    author: str | None,
    published: str | None,
    date_source: DateSource | None,
    url: str | None,
    site: str | None,
    language: str | None,
    region: str | None = None,
    declared_original: str | None = None,
    extracted_with: str | None = None,
    read: list[str] | None = None,
    whole_page: Callable[[], str | None] | None = None,
    title_tag: str | None = None,
    pagetype: str | None = None,
    site_names: set[str] | None = None,
) -> Article | Rejection:
    """The article, or its rejection.  A text too short for an article is kept when
    ``whole_page`` (given for HTML) says it is a whole-page note (returns None); otherwise
    the rejection says why it is not one.  A short text titled and worded as an error or
    notice (``title`` or the HTML ``title_tag``; :func:`clipper.notices.error_page`) is an
    ``error-page``, and so is a text too short for an article with an error or notice line,
    headline or ``<title>`` (:func:`clipper.notices.notice_line`: a 403 page's "Forbidden",
    never a whole-page note), or whose lines as ``read`` (before cleaning) were a consent
    wall (:func:`clipper.notices.consent_wall`: the post-clean cut its banners) or a paywall
    or registration wall with no sentence left above its prompt
    (:func:`clipper.notices.wall_prompt`), not ``too-short``; with a sentence under the
    headline above that prompt the text is an article's opening, kept however short.  A
    site's own page (its privacy notice, terms of use, "about us":
    :func:`clipper.notices.site_page`, by ``raw.url``, ``title``, ``title_tag`` and
    the HTML ``pagetype``) is ``no-article``.  ``date_source`` says where
    ``published`` came from (:data:`clipper.page.DateSource`; None with no date); a date dropped as
    implausible takes it along.  The article's language is ``language`` (the page's or its
    crawler's declaration) unless the text is beyond doubt in another
    (:func:`clipper.language.believed_language`); ``region`` the country the page states it is
    of (:func:`clipper.declaredregion.declared_region`), else its address's or its dateline's
    where its language is written there (:func:`clipper.placeregion.page_region`; an Urdu,
    Bengali or Tamil page's places too).  A feed's footer
    note under the text goes, and a feed's excerpt of a page is the excerpt without its
    ellipsis, stored cut short (``partial`` "excerpt": :mod:`clipper.excerpts`).  The title,
    text and author are stored without directional formatting characters
    (:data:`clipper.dumplines.DIRECTION_MARKS`), and without the site's own name beside another
    (:func:`clipper.bylines.without_site_names`; the site by the keys ``site_names`` a page's
    metadata gives, :func:`clipper.sitenames.site_keys` of its ``url`` and ``site`` too)."""
    excerpt = excerpt_of(lines, config.excerpt_max_words)
    lines = excerpt if excerpt is not None else without_feed_footer(lines)[0]
    published, date_ignored = plausible_published(
        published, raw.fetched_at, read_by(raw), host=host_of(url), region=region
    )
    if published is None:
        date_source = None
    text = "\n".join(lines)
    if not text.isascii():  # NFC is the identity on ASCII
        # an HTML page's text comes from trafilatura, not the line cleaner: no direction marks
        text = unicodedata.normalize("NFC", without_direction_marks(text))
    believed = believed_language(language, text, config)
    if title:
        # a subscription badge beside the headline ("SZ Plus", "F+": clipper.paybadges), the
        # badges of the page's language
        title = without_badges(without_direction_marks(title).strip(), believed) or None
    if raw.kind == "html" and mostly_symbols(text[:4096]):
        return Rejection(raw.origin, "not-text", "mostly symbols: markup or binary debris")
    if (no_word := wordless(text, config.longest_word_chars)) is not None:
        return Rejection(raw.origin, "not-text", no_word)
    own_page = site_page(raw.url or url, (title, title_tag), pagetype)
    if own_page is not None:
        return Rejection(raw.origin, "no-article", own_page)
    n_words = count_words(text)
    not_a_note = None
    notice = error_page(lines, (title, title_tag), n_words, config.max_error_page_words)
    if notice is None and n_words < config.max_error_page_words:
        # a subscription or registration wall in place of the article, long enough for a brief
        notice = walled(lines)
    sized = is_article_sized(n_words, lines, title, config)

    def article_sized(rest: list[str]) -> bool:
        return is_article_sized(count_words("\n".join(rest)), rest, title, config)

    prompt = wall_prompt(read) if read and not sized else None
    if prompt is not None and title and any(is_prose(line) for line in lines):
        sized = True  # an article's opening over a wall's prompt: kept, stored partial

    if not sized and (
        notice := notice
        or notice_line([*lines, title, title_tag])
        # a consent wall whose banners the post-clean cut: what was read says so (a dump's
        # blank lines between its paragraphs part no banner)
        or (consent_wall(_filled(read), article_sized, (title, title_tag)) if read else None)
        # a paywall or registration wall in place of the article: its prompt was cut
        or (wall_note(prompt) if prompt is not None else None)
    ):
        return Rejection(raw.origin, "error-page", notice)
    if not sized and (whole_page is None or (not_a_note := whole_page()) is not None):
        if raw.broadcast and not_a_note:
            # a broadcast's item is judged by its own rule alone: one threshold, not an
            # article's 25 words and then the item's 15 (newcomer 33)
            return Rejection(raw.origin, "too-short", not_a_note + _lines_cut(read, lines, title))
        prose = sum(1 for ln in lines if is_prose(ln))
        return Rejection(
            raw.origin,
            "too-short",
            _words_found(read, n_words, raw.kind, config.min_article_words)
            + f" in {len(lines)} paragraphs ({prose} of them sentences), "
            + (f"title {quoted(graphemes.cut(title, 80))}" if title else "no title")
            + (f"; extracted with {extracted_with}" if extracted_with else "")
            + _lines_cut(read, lines, title)
            + (f"; not a whole-page note: {not_a_note}" if not_a_note else ""),
        )
    if notice:
        return Rejection(raw.origin, "error-page", notice)
    wall = consent_wall(lines, article_sized, (title, title_tag))
    if wall is None and read and n_words < config.min_article_words:
        # a brief left where the post-clean cut a consent-or-pay wall's banner: its offer
        wall = consent_wall(_filled(read), article_sized, (title, title_tag))
    if wall:
        return Rejection(raw.origin, "error-page", wall)
    cut: tuple[str, ...] = ()
    if read:
        # an agency's credit line under the text that cleaning cut ("Джерело: Укрінформ",
        # "Źródło: PAP", "(PAP)"): an author of the page, after the people it names ("Jan
        # Nowak; PAP"), so the credit reaches rule 6 of clipper.canonical as a dateline's does
        # (newcomer 40, finding 5; a page naming its writer lost it, left open in session 41)
        cut = cut_credits(read, lines, MatchConfig.credit_closing_chars)
    # the site's own name beside an agency or a writer its byline names ("Le Quotidien avec
    # AFP"): no person; nor a subscription badge beside a name ("Anna Weber SZ Plus":
    # clipper.paybadges)
    sites = (site_names or set()) | site_keys(url or raw.url, site)
    author = without_site_names(author, sites)
    author = without_name_badges(author, believed)
    # the agencies of the closing credit line cleaning cut after them, credits beside the
    # byline: a byline that is the site's own name stays ("Salzburger Nachrichten" over
    # "(Quelle: APA/sda/dpa)" is "Salzburger Nachrichten; APA; sda; dpa", not the agencies
    # alone: credits52, Fundus), an agency whose own site it is is none (ISNA on isna.ir)
    author = _with_cut_credits(author, tuple(c for c in cut if not site_name(c, sites)))
    return Article(
        origin=raw.origin,
        kind=raw.kind,
        text=text,
        raw_hash=raw.raw_hash,
        url=url,
        site=site,
        title=unicodedata.normalize("NFC", title) if title else None,
        author=without_direction_marks(author) if author else None,
        published=published,
        date_source=date_source,
        fetched_at=raw.fetched_at,
        saved_at=raw.saved_at,
        language=believed,
        # stated, else its address's or its dateline's where its language is written there,
        # an Urdu, Bengali or Tamil page's places' (clipper.placeregion; its dateline's place
        # read from the text as read too: cleaning cut the dateline)
        region=region or page_region(believed, url, text, "\n".join(read[:20]) if read else None),
        record_key=raw.record_key,
        declared_original=declared_original,
        date_ignored=date_ignored,
        partial=None if excerpt is None else EXCERPT,
    )


def _with_cut_credits(author: str | None, credits: tuple[str, ...]) -> str | None:
    """``author`` (a page's names, "A; B", or None) with the agencies a cut closing credit line
    names (``credits``, as written) after them, but those its names credit already in any
    spelling (:func:`clipper.agencycredits.credited_agencies`): "Jan Nowak" and ("PAP",) →
    "Jan Nowak; PAP"; "PAP" and ("PAP",) → "PAP"; "Reuters" and ("رويترز",) → "Reuters"."""
    names = [name.strip() for name in (author or "").split(";") if name.strip()]
    known = {agency for name in names for agency in credited_agencies(name, closing=True)}
    for credit in credits:
        agencies = set(credited_agencies(credit, closing=True))
        if not agencies <= known or not agencies:
            names.append(credit)
            known |= agencies
    return "; ".join(names) or None


def _filled(lines: list[str]) -> list[str]:
    """``lines`` without the blank ones."""
    return [ln for ln in lines if ln.strip()]


def _words_found(read: list[str] | None, n_words: int, kind: str, needed: int) -> str:
    """ "63 words read, 0 left after cleaning (< 25)" ("extracted" for HTML) when cleaning cut
    words, else "0 words < 25"."""
    found = count_words("\n".join(read)) if read else 0
    if found <= n_words:
        return f"{n_words} words < {needed}"
    verb = "extracted" if kind == "html" else "read"
    return f"{found} words {verb}, {n_words} left after cleaning (< {needed})"


def _lines_cut(read: list[str] | None, kept: list[str], title: str | None, shown: int = 3) -> str:
    """ "; cut 'Share this article', 'Photo: …'": the first ``shown`` lines cleaning dropped
    (the headline, taken out of the text, aside), each cut to 60 characters."""
    left = {" ".join(line.split()) for line in [*kept, title or ""]}
    cut = [" ".join(line.split()) for line in read or ()]
    cut = [line for line in cut if line and line not in left]
    if not cut:
        return ""
    said = ", ".join(
        repr(line if len(line) <= 60 else graphemes.cut(line, 59) + "…") for line in cut[:shown]
    )
    more = f" and {len(cut) - shown} more" if len(cut) > shown else ""
    return f"; cut {said}{more}"


# A publication time written with its zone may be this much later than the fetch: a site that
# labels its local time UTC, or gives a wrong offset, writes it up to 14 hours late, and its
# day is still most likely right.  A date alone or a time without its zone has no such slack:
# it is read at its earliest on its country's clocks, else UTC+14's (a page fetched at 23:00
# UTC can honestly be dated the next day: Kiribati is 14 hours ahead; a Brussels page fetched
# at 23:30 UTC, its "06/12 à 00h10" is 23:10 UTC), and a fetch time written without a zone
# (news-please's ``date_download``, its machine's wall time) at its latest, UTC-12's
# (:func:`clipper.pubwindows.fetch_bound`).  dates43: a day after every fetch was allowed, so
# a Belgian page's "06/12/26 à 09h30" fetched at 22:30 UTC on the 5th was kept.
_DATE_SLACK = timedelta(days=1)
# A publication time may be this much later than the run reading the page started (clipper's
# own clock): a site that labels its local time UTC (or gives a wrong offset) writes a time up
# to 14 hours late (UTC+14), and its day is still most likely right; a date later than that
# cannot be the page's, whatever its zone.
_RUN_SLACK = timedelta(hours=14)


def _limit(published: str, fetched_at: str | None, now: datetime | None) -> datetime:
    """The latest moment (aware, UTC) a page's publication date ``published`` (ISO 8601) can
    name: the start of the run reading it (``now``; None: the clock's now) with
    :data:`_RUN_SLACK`, or its fetch (``fetched_at``, ISO 8601: at its latest when written
    without a zone, :func:`clipper.pubwindows.fetch_bound`), with :data:`_DATE_SLACK` for a
    time written with its zone, when that is earlier."""
    limit = (now or datetime.now(UTC)) + _RUN_SLACK
    if not fetched_at:
        return limit
    try:
        wall = datetime.fromisoformat(fetched_at.strip().replace("Z", "+00:00")).tzinfo is None
        fetched = fetch_bound(fetched_at, wall).replace(tzinfo=UTC)
        zoned = len(published.strip()) > 10 and (
            datetime.fromisoformat(published.strip().replace("Z", "+00:00")).tzinfo is not None
        )
    except ValueError:
        return limit
    return min(limit, fetched + _DATE_SLACK if zoned else fetched)


def plausible_published(
    published: str | None,
    fetched_at: str | None,
    now: datetime | None = None,
    host: str | None = None,
    region: str | None = None,
) -> tuple[str | None, str | None]:
    """``(published, None)``, or ``(None, published)`` when the date is impossible: later, on
    every clock of the country ``host``'s address names, else of the one the page states
    (``region``), else UTC+14 (:func:`clipper.pubwindows.after_fetch`: a time written without
    a zone or a date alone read at its earliest), than 14 hours after the run reading the page
    started (``now``, aware: :attr:`clipper.page.RawPage.read_by`; None: the clock's now; a
    local time labelled UTC is that late at most) or than its fetch, a time written with its
    zone than a day after it (:func:`_limit`); or a
    stand-in for no date (:func:`clipper.dates.placeholder_date`: ``0001-01-01``).

    One rule for every kind of input (HTML, records, text dumps) and every run: a page dated
    after the run that read it is kept undated and counted (``date-unread``), never dated by
    another day in its place (newcomer 40, finding 10: dates a few hours after the run were
    kept, a day after were dropped, and one page was "2026-12-01 guessed" from its future
    date line's "12.2026").  A placeholder or mistyped date ("2099-01-01", "2062" for
    "2026") would otherwise sort the page first in every listing and rank it as a late copy
    when canonicals are picked.  Dates that cannot be compared pass unchanged.
    """
    if not published:
        return published, None
    if placeholder_date(published):
        return None, published
    limit = _limit(published, fetched_at, now)
    if utc(published) is None or not after_fetch(published, limit, host, region):
        return published, None
    return None, published


def plausible_update(
    updated: str | None,
    published: str | None,
    fetched_at: str | None,
    now: datetime | None = None,
    host: str | None = None,
    region: str | None = None,
) -> tuple[str | None, str | None]:
    """``(updated, None)``, or ``(None, updated)`` when the page's update time ``updated`` (ISO
    8601 as read) is impossible: after its fetch or the run by the publication date's rule
    (:func:`plausible_published`, the same clocks ``host`` and ``region`` name), or surely
    before its publication date ``published`` (:func:`clipper.pubwindows.
    before_on_one_clock`: "5 dec. 2026 kl. 14.30 (uppdaterad 4 dec. …)", a typo or another
    page's line).  Dates43 left updates unchecked: "Uppdaterad 6 dec. 2026 kl. 08.00" on a page
    fetched at 15:00 UTC on the 5th was kept (dates44)."""
    kept, ignored = plausible_published(updated, fetched_at, now, host, region)
    if kept is None:
        return None, ignored
    if updated and published and before_on_one_clock(updated, published, host, region):
        return None, updated
    return updated, None


def checked_update(article: Article, raw: RawPage, config: CleanConfig) -> None:
    """``article``'s update time (:attr:`~clipper.page.Article.updated`) kept only when
    :func:`plausible_update` allows it, else moved to
    :attr:`~clipper.page.Article.update_ignored` for the run to count; one that is the
    publication date already refused (an "Updated" line dating the page,
    :attr:`~clipper.page.Article.date_ignored`) is not counted twice.  A page that shows no
    update takes the modification time its metadata or record declares
    (:attr:`~clipper.page.Article.modified`) where it is really later than its publication
    and no stamp of its fetch (:func:`clipper.modifiedtimes.modified_update`, ``config``'s
    ``update_after_seconds`` and ``fetch_stamp_seconds``); else none, and nothing counted."""
    if not article.updated and article.modified:
        article.updated = modified_update(
            article.modified,
            article.published,
            raw.fetched_at,
            host_of(article.url or raw.url),
            article.region,
            config.update_after_seconds,
            config.fetch_stamp_seconds,
        )
    if not article.updated:
        return
    kept, ignored = plausible_update(
        article.updated,
        article.published,
        raw.fetched_at,
        read_by(raw),
        host_of(article.url or raw.url),
        article.region,
    )
    article.updated = kept
    if ignored is not None and ignored != article.date_ignored:
        article.update_ignored = ignored


def read_by(raw: RawPage) -> datetime | None:
    """When the run reading ``raw`` started (:attr:`clipper.page.RawPage.read_by`), aware UTC;
    None outside a run."""
    return utc(raw.read_by) if raw.read_by else None


def year_only(guessed: str | None) -> bool:
    """Whether htmldate's search may have given a year, not a day: a guessed date of January
    1st, as ``YYYY-01-01`` without a time.  When its search finds no day, htmldate falls back
    to a copyright year ("© 2019"), then to any year on the page (an image path's ``/2010/``),
    each as January 1st (``htmldate.core.search_page``); such a date put a page years before
    its day, first in every listing and last in every ``--since``.  On the four labelled sets
    (``bench/extraction.py``'s pages) 10 pages got a guessed January 1st: 9 a year only (a
    copyright line, an image path), and mashable.com1, published on 1 January 2010, which its
    markup says (:func:`clipper.docmeta.markup_date` tells the two apart)."""
    return guessed is not None and len(guessed) == 10 and guessed[4:] == "-01-01"


# A year and a month opening an address's path segment, as two segments or one joined by a
# dash, and the segment after them: "/2026/04/92713", "/2026/12/politica/slug",
# "/politica/2026/12/lei.html", "/2026-12/slug", "/2026-12-lei.html"; the month ends there, at a
# word after a dash, or with the path ("/2026/12/" was read as January, its "1", and October to
# December went unseen: newcomer 41, finding 2); a day after it is "/2026/12/05", "/2026-12-05".
_YEAR_MONTH_SEGMENTS = re.compile(
    r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?:(?=[?#]|$)|/([^/?#]*)|(?=[-_.](?!\d)))"
)


def month_only(guessed: str | None, address: str | None) -> bool:
    """Whether htmldate's search may have given a month, not a day: a guessed first of the
    month, ``YYYY-MM-01`` without a time, whose page's ``address`` names that year and month
    as path segments with no day after them ("/2026/04/92713", an article number;
    "/2026/04/ferry-landing").  When its search finds no whole date, htmldate reads a year and
    a month anywhere in the page's HTML (the page's own canonical link) as the month's first
    day (``htmldate.core.search_page``'s two components): the shape of newspaper#884, a story
    of 25 April dated 9 April from its address.  A page's markup giving that day
    (:func:`clipper.docmeta.markup_date`) still dates it."""
    if guessed is None or len(guessed) != 10 or guessed[8:] != "01" or not address:
        return False
    return guessed[:7] in address_months(address)


def address_months(address: str | None) -> set[str]:
    """The years and months (``YYYY-MM``) ``address`` names as path segments with no day after
    them (:data:`_YEAR_MONTH_SEGMENTS`: "/2026/12/politica/slug", "/2026/04/92713"; not
    "/2026/12/05/slug"); empty for none."""
    months = set()
    for year, month, after in _YEAR_MONTH_SEGMENTS.findall(address or ""):
        day = re.match(r"\d{1,2}(?=$|[-_.])", after or "")
        if day is None or int(day[0]) > 31:
            months.add(f"{year}-{int(month):02d}")
    return months


def utc(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def is_article_sized(
    n_words: int, lines: list[str], title: str | None, config: CleanConfig
) -> bool:
    """``config.min_article_words`` words make an article; a shorter text down to
    ``config.min_prose_article_words`` is one when it has a headline and a sentence (a brief:
    "Police closed the A12 at Hatfield on Monday after a lorry fire."), not when it is labels,
    buttons, a list of links, or prompts (a login or paywall line of a language table, a
    cookie-consent banner: :mod:`clipper.furniture`)."""
    if n_words >= config.min_article_words:
        return True
    if n_words < config.min_prose_article_words or not title:
        return False
    banner = consent_lines(lines, [count_words(ln) for ln in lines])
    return any(is_prose(ln) for i, ln in enumerate(lines) if i not in banner)
