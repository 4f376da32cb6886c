"""Turn a :class:`~clipper.page.RawPage` into an :class:`~clipper.page.Article` or a
:class:`~clipper.page.Rejection`.

``clean_page(raw, config)`` never raises.  It runs inside worker processes.

HTML pages (``raw.kind == "html"``) go through :func:`clipper.htmlclean.clean_html`:
structural fixes of the tree (:mod:`clipper.htmlprune`), trafilatura with clipper's settings and
its retries (:mod:`clipper.extraction`), the news post-clean (:mod:`clipper.postclean`) and an
index guard; headline and declared publication date from the page's own metadata
(:mod:`clipper.htmlmeta`).

Text dumps (``raw.kind == "text"``) go through clipper's line cleaner,
:func:`clipper.textdump.clean_text_dump`.

Metadata precedence (documented choice): the page's own declared metadata wins for ``title``,
``author`` (what the publisher states in og:/JSON-LD/meta tags, while crawler titles are often
anchor texts or truncated); the crawler wins for ``url`` (where the page was actually fetched;
canonical links are sometimes wrong or point at templates), ``published`` (an explicit feed or
sitemap date beats htmldate's heuristic guess; stored with where it came from, declared or
guessed: :data:`clipper.page.DateSource`) and ``site`` (a stable key chosen by whoever set
up the crawl, which per-site template counting relies on).  Every field the winner lacks is
filled from the other side; ``site`` falls back to the fetched URL's host, then the host of
the page's own canonical URL, and only then to its declared site name (``og:site_name``, else
the JSON-LD publisher's name; never a guess from a title suffix or a copyright line; it is
spelt differently page by page, "STZ" / "Stuttgarter Zeitung", and would split one outlet in
two: outlet counts, ``--site``, site templates).
For text dumps the reader's ``title`` wins over the detected headline.

``Article.text`` is the body without the title: paragraphs joined by single newlines,
whitespace runs collapsed, Unicode NFC.  ``language`` is the primary subtag of the page's
declared language (``<html lang>``, ``Content-Language``, ``og:locale``, else the crawler's tag),
lower case, unless the text is beyond doubt in another; else the language of the text when
py3langid is sure; else None (:func:`clipper.language.believed_language`).

Rejection reasons:

- ``no-article``: trafilatura found no main text, or what it found is an index page (a teaser
  list, see :func:`clipper.htmlclean._looks_like_index`), or the page is a site's own page
  (privacy notice, terms of use, "about us": :func:`clipper.notices.site_page`);
- ``too-short``: fewer than ``config.min_article_words`` words left after cleaning (a brief
  down to ``config.min_prose_article_words`` with a headline and a sentence is an article), unless
  the text is all the page holds and not an error or notice (a *whole-page note*,
  :func:`clipper.htmlclean._not_a_whole_page_note`: a CMS's one-line brief, a correction,
  Readability's unit pages; the rejection of any other short text says why it is not one);
- ``error-page``: a short text titled and worded as an error or notice page (a soft 404, an
  archive's "Item cannot be found", a bot check: :func:`clipper.notices.error_page`), or a text
  too short for an article with an error or notice line or title (a saved 403 answer:
  :func:`clipper.notices.notice_line`);
- ``timeout``: extraction took longer than ``config.extraction_timeout_s`` (enforced with
  ``signal.setitimer(ITIMER_REAL)`` when running in the main thread, as worker processes do;
  elsewhere no guard is set);
- ``extraction-error``: an exception inside trafilatura/lxml (hostile HTML), or any other
  unexpected error while cleaning;
- ``not-text``: the body is binary or undecodable junk (NUL bytes, image/PDF/archive
  signatures, mostly control or replacement characters), or the cleaned text is mostly
  symbols (< 60 % letters, digits and spaces: markup or binary debris; :mod:`clipper.junk`),
  or holds no word (every run of letters longer than ``config.longest_word_chars``: a page of
  one 5,000-letter "word", :func:`clipper.junk.wordless`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice

from clipper import graphemes
from clipper.bylines import byline
from clipper.closingsite import drop_site_sign_off
from clipper.config import CleanConfig
from clipper.datelineclocks import on_dateline_clock, page_dateline_zones
from clipper.deadlines import Timeout
from clipper.declaredlanguage import language_tag
from clipper.declaredregion import declared_region
from clipper.docmeta import declared_author
from clipper.dumplines import normalise_line
from clipper.dumppaywall import stops_at_paywall
from clipper.extraction import TRAFILATURA_OPTIONS, extract_html, parse_html
from clipper.furniture.consent import consent_lines
from clipper.headerdates import Order, header_day, numeric_date
from clipper.htmlclean import clean_html
from clipper.junk import is_junk_bytes, is_junk_text
from clipper.language import OPENINGS_AHEAD, SAMPLE_CHARS, detect_language, detect_languages
from clipper.languageclocks import page_language_zones
from clipper.modifiedtimes import line_update
from clipper.page import DECLARED, GUESSED, UPDATED, Article, RawPage, Rejection
from clipper.paywalltrailer import cut_paywall_trailer
from clipper.placeregion import dateline_region
from clipper.postclean import is_prose
from clipper.read import site_from_url
from clipper.read.bulletins import item_title
from clipper.read.recorddates import reread_unread
from clipper.read.zones import written_in
from clipper.relativetimes import first_span_back, first_span_line, first_update_span_back
from clipper.scripts import count_words
from clipper.sitenames import site_keys, strip_site_segments
from clipper.sites import site_key
from clipper.textdump import clean_text_dump
from clipper.titlelabels import unlabelled
from clipper.verdict import (
    checked_update,
    clean_meta,
    finish,
    first_date,
    plausible_published,
    utc,
)

__all__ = [
    "TRAFILATURA_OPTIONS",
    "clean_page",
    "count_words",
    "extract_html",
    "identify_openings",
    "parse_html",
    "plausible_published",
]


# --------------------------------------------------------------------------- text dumps


def identify_openings(pages: Sequence[RawPage]) -> dict[str, str | None]:
    """The language of the opening of each text dump among ``pages`` that no crawler gave one
    (a ``str`` body; the first :data:`clipper.language.OPENINGS_AHEAD` such pages), by origin:
    what :func:`clean_page` reads the dump's dates and furniture as.  Identified together
    (:func:`clipper.language.detect_languages`), before the pages are cleaned one by one, which
    then find each answer in the identifier's memo: the same answers, read while its tables
    are in the CPU's caches (a worker calls this on each chunk: :func:`clipper.workers.prepare`)."""
    openings = {
        raw.origin: raw.body[:SAMPLE_CHARS]
        for raw in pages
        if raw.kind == "text" and not raw.language and isinstance(raw.body, str)
    }
    origins = list(openings)[:OPENINGS_AHEAD]
    return dict(zip(origins, detect_languages(openings[o] for o in origins), strict=True))


def _clean_text(raw: RawPage, config: CleanConfig) -> Article | Rejection:
    body = raw.body
    if isinstance(body, bytes):
        if is_junk_bytes(body):
            return Rejection(raw.origin, "not-text", "binary content")
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return Rejection(raw.origin, "not-text", "not UTF-8")
    if is_junk_text(body):
        return Rejection(raw.origin, "not-text", "control characters")
    fetched = utc(raw.fetched_at) if raw.fetched_at else None
    # its dates read as its language's and country's (clipper.read.zones.written_in), as an
    # HTML page's and a record's date field are: Eritrea's Tigrinya month names are Gregorian,
    # "10:15 IST" on a Hindi or an .in dump is India's, "03/12/2026" on a Portuguese one day
    # first; a dump no crawler gave a language is of the one its opening reads as
    region = declared_region(
        None, [raw.language], raw.country, clean_meta(raw.url), raw.stated_country
    )
    # a header's "03/11/2026" read as the dump's folder writes its dates
    order: Order | None = "day" if raw.dump_order == "day" else "month" if raw.dump_order else None
    dump_language = raw.language or detect_language(body[:SAMPLE_CHARS])
    # else the place its dateline names ("Mumbai, Dec 6 (IANS)": "11:05 IST" is India's)
    dateline = None if region else dateline_region(dump_language, body[:SAMPLE_CHARS])
    placed = region or dateline
    with written_in(dump_language, raw.url, placed):
        cleaned = clean_text_dump(
            body,
            clean_meta(raw.title),
            fetched,
            declared_author(raw.author),
            _named(raw),
            order=order,
            sites=site_keys(raw.url, raw.site),
        )
        # a dump header's "Date: 03/11/2026" (clipper.read.textheader) as its folder's other
        # dumps write their dates, else, as "03/12/2026" in a feed of no language field, as
        # the text's language writes it
        reread = _folder_date(raw, order, fetched) or reread_unread(
            raw.published, raw.date_unread, raw.language
        )
    # a crawler's title with its site's name on it ("... | Miami Herald"), as <title> has
    title, _ = strip_site_segments(cleaned.title, site_keys(raw.url, raw.site))
    read = body.splitlines()
    # the crawler's date (a record's or the dump's header field), else the dump's own dateline
    # (an "Updated" line that is its only date: said so, clipper.page.UPDATED; then a span back
    # from the fetch the record wrote, "vor 2 Stunden", else the dump printed: a guess)
    published, date_source = first_date(
        (raw.published or reread, DECLARED),
        (cleaned.published, UPDATED if cleaned.updated else GUESSED),
        (raw.published_updated, UPDATED),
        (raw.published_relative, GUESSED),
    )
    # the dump's own "Aktualisiert vor 2 Stunden" under its headline, read back from its fetch
    # time: its update, and its date where it gives no other (as an "Updated" line's date)
    spanned_update = None
    if fetched is not None and cleaned.update_time is None:
        with written_in(dump_language, raw.url, placed):
            spanned_update = first_update_span_back(_opening(read), fetched)
    if published is None and fetched is not None:
        # the dump's own "vor 2 Stunden" under its headline, read back from its fetch time
        with written_in(dump_language, raw.url, placed):  # "igår kl. 14.30": the site's day
            published = first_span_back(_opening(read), fetched)
        date_source = GUESSED if published is not None else None
        if published is None and spanned_update is not None:
            published, date_source = spanned_update, UPDATED
    if published is None and raw.named_date is not None:
        # nothing in the dump dates it: its file name's date ("efe_servicio_20261204_0932.txt"),
        # a guess (newcomer 33, finding 14)
        published, date_source = raw.named_date, GUESSED
    # a paywall box's sentences run into the last paragraph (a record's text field)
    paragraphs, trailer_cut = cut_paywall_trailer(
        # the site's name alone as the last line ("Vanguard News Nigeria"): its sign-off
        drop_site_sign_off(cleaned.paragraphs, site_keys(raw.url, raw.site))
    )
    # a record's default language tag ("es_ES") its own time bears out, as an HTML page's is
    region = declared_region(
        None, [raw.language], raw.country, clean_meta(raw.url), raw.stated_country, published
    )
    # a zoneless time of a dump whose address, record and language name no clock: on the
    # clock of its dateline's place ("Mumbai, Dec 6 (IANS)": "11:05" is 05:35 UTC;
    # clipper.datelineclocks)
    clock = (
        page_dateline_zones(dump_language, raw.url, body[:SAMPLE_CHARS], region) if dateline else ()
    )
    published = on_dateline_clock(published, clock)
    article = finish(
        raw,
        config,
        paragraphs,
        read=read,
        title=title,
        # the crawler's field, else the dump's own "By …" line
        author=byline(declared_author(raw.author) or cleaned.author),
        published=published,
        date_source=date_source,
        url=clean_meta(raw.url),
        # (a press-review dump's paper, its header's date line names: "Le Soir, 5 décembre
        # 2026", stored as a record's source name is)
        site=clean_meta(raw.site) or site_from_url(raw.url) or site_key(cleaned.source),
        language=language_tag(raw.language),
        region=region,
        # a dump's first line stands where a page's <title> would ("404 Not Found"), even
        # when the headline guess passes it over; not a consent banner's heading
        title_tag=_dump_title_tag(read),
        whole_page=_broadcast_item(raw, paragraphs, config) if raw.broadcast else None,
    )
    if isinstance(article, Article):
        # the dump's "Updated" line; else the record's date field that was one
        article.updated = on_dateline_clock(
            cleaned.update_time or spanned_update or line_update(raw), clock
        )
        # the record's date_modified: its update where really later (clipper.verdict)
        article.modified = on_dateline_clock(raw.modified, clock)
        article.date_reread = reread is not None and published == reread
    if isinstance(article, Article) and raw.broadcast and article.title is None:
        # a bulletin's item has no headline: its first sentence (clipper.read.bulletins)
        article.title = item_title(article.text)
    if isinstance(article, Article) and article.published is None:
        # a date line dropped, its date not read; else the dump's own "for 2 timer siden" with
        # no fetch time to read it back from
        article.date_unread = cleaned.date_unread or first_span_line(_opening(read))
    if (
        isinstance(article, Article)
        and article.partial is None
        and (trailer_cut or stops_at_paywall(read))
    ):
        article.partial = "paywall"  # the text stops at a paywall's prompt, which is cut
    return article


def _opening(read: list[str]) -> Iterator[str]:
    """A dump's first :data:`_OPENING_LINES` lines that are not blank, normalised, where its
    own relative stamps stand (:mod:`clipper.relativetimes`)."""
    return islice((normalise_line(line) for line in read if line.strip()), _OPENING_LINES)


def _folder_date(raw: RawPage, order: Order | None, fetched: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the numeric date a dump's header field gave and reading left unread
    (:attr:`RawPage.date_unread`: "Date: 03/11/2026", day and month either way), read in the
    ``order`` its folder's other dumps settle (:func:`clipper.headerdates.header_day`), as
    a header date line without a label is; None without an order, a reading, or such a date."""
    unread = raw.date_unread
    if raw.published is not None or unread is None or order is None or not numeric_date(unread):
        return None
    return header_day(unread, order, fetched)


def _named(raw: RawPage) -> datetime | None:
    """The date ``raw``'s file name gives (:attr:`RawPage.named_date`) as an aware time, UTC
    taken for the zone it does not give (a yearless dateline's year is all it serves), or None."""
    if raw.named_date is None:
        return None
    return datetime.fromisoformat(raw.named_date).replace(tzinfo=UTC)


def _broadcast_item(
    raw: RawPage, paragraphs: list[str], config: CleanConfig
) -> Callable[[], str | None]:
    """Whether a short item of a broadcast (``raw.broadcast``: clipper.read.bulletins) is a
    whole story all the same: a bulletin's item has no headline, and its news is often told
    in one sentence ("Au Mali, la junte et Barrick ont signé un accord…", 21 words), as a
    titled brief's is; so from ``config.min_prose_article_words`` words with a sentence it
    is one (None), else the reason it is not, its one threshold (the rejection says only
    this: :func:`clipper.verdict.finish`)."""

    def judged() -> str | None:
        words = count_words("\n".join(paragraphs))
        least = config.min_prose_article_words
        if words >= least and any(is_prose(p) for p in paragraphs):
            return None
        why = f"under the {least} an item needs" if words < least else "none of them a sentence"
        return f"a broadcast's item ({raw.broadcast}) of {words} words, {why}"

    return judged


# A dump's first lines, read for a cookie-consent banner that opens it (:func:`_dump_title_tag`).
_OPENING_LINES = 12


def _dump_title_tag(read: list[str]) -> str | None:
    """A text dump's first line, which stands where a page's ``<title>`` would ("404 Not
    Found" makes the dump an error page), or None when it opens a cookie-consent banner
    (:func:`clipper.furniture.consent.consent_lines` of the first lines): a banner's heading,
    "Política de Cookies", "Cookie Policy", names the site's cookie page, not the page (read as
    its title, the article was rejected as the site's own page,
    :func:`clipper.notices.site_page`)."""
    opening = list(islice((line for line in read if line.strip()), _OPENING_LINES))
    if not opening:
        return None
    lines = [normalise_line(line) for line in opening]
    if 0 in consent_lines(lines, [count_words(line) for line in lines]):
        return None
    return opening[0]


_CLEANERS: dict[str, Callable[[RawPage, CleanConfig], Article | Rejection]] = {
    "html": clean_html,
    "text": _clean_text,
}


def clean_page(raw: RawPage, config: CleanConfig) -> Article | Rejection:
    """Clean one page; never raises (see the module docstring for the rejection reasons)."""
    cleaner = _CLEANERS.get(raw.kind)
    if cleaner is None:
        return Rejection(raw.origin, "not-text", f"unknown kind {raw.kind!r}")
    try:
        result = cleaner(raw, config)
    except Timeout:
        return Rejection(raw.origin, "timeout", f"> {config.extraction_timeout_s:g}s")
    except Exception as exc:  # never crash a worker on one page
        said = graphemes.cut(f"{type(exc).__name__}: {exc}", 200)
        return Rejection(raw.origin, "extraction-error", said)
    if isinstance(result, Article):
        # "UPDATED: …", "BREAKING: …", "EN DIRECT - …": the site's label, no word of the
        # headline, by the page's language (clipper.titlelabels)
        result.title = unlabelled(result.title, result.language)
        # an update after the fetch or before the publication, on every kind of page
        checked_update(result, raw, config)
        _on_language_clock(result)
    return result


def _on_language_clock(article: Article) -> None:
    """``article``'s zoneless times (published, updated, modified) on the one clock every country
    writing its language keeps, where its address and the country it states name none
    (:func:`clipper.languageclocks.page_language_zones`: a Chinese record of ``sohu.com``, a
    Chinese dump of no address, "2026-12-06 16:10": 08:10 UTC), as a dateline's place's clock
    places them (:func:`clipper.datelineclocks.on_dateline_clock`); its language as stored
    (declared, else identified).  After the dates' checks against the fetch, which read a
    zoneless time on every clock: placed before them, an update 17 hours after the fetch passed
    as a zoned time's day of slack where the same page on a ``.de`` address was refused."""
    zones = page_language_zones(article.language, article.url, article.region)
    if zones:
        article.published = on_dateline_clock(article.published, zones)
        article.updated = on_dateline_clock(article.updated, zones)
        article.modified = on_dateline_clock(article.modified, zones)
