"""The field names a record's fields go by: the news-please, CC-News, Scrapy, trafilatura,
Zyte, NewsAPI, webz.io, Diffbot... names of each field clipper reads (the ``*_FIELDS`` tables,
first present wins), and :func:`field_name`, which maps a column header written in another
case, with blanks or in another language onto them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from clipper.read.headers import localized_field, updated_label

# JSONL field names, first match wins.  news-please writes maintext/date_publish/date_download/
# source_domain; the CC-News export on dataset hubs writes text/date/domain/description (empty
# strings for missing values); other crawlers and news APIs use the rest.  Unknown fields are
# ignored; a blank string counts as absent, so the next name is tried.
#
# Also read: trafilatura's own JSON output (``source`` is the URL, ``hostname`` /
# ``source-hostname`` the site), Zyte API and schema.org NewsArticle records (``articleBody``,
# ``headline``, ``datePublished``, ``inLanguage``), NewsAPI (``publishedAt``; ``source`` is an
# object whose ``name`` is the outlet), webz.io (``crawled``), Diffbot (``pageUrl``,
# ``siteName``, ``humanLanguage``).  An object with a ``name`` (a publisher, a NewsAPI source)
# stands for that name in a site field.
# A page's HTML: a crawler's whole page (``html``, ``raw_html``, Firecrawl's ``rawHtml``) or a
# Scrapy/CMS item's article body (``body_html``, ``article_html``, ``html_body``, ``text_html``,
# often a fragment: ``<div><p>…</p></div>``).  Written
# in camelCase too (``bodyHtml``): :func:`field_name` folds case, not words.  A field named for
# its HTML is read as HTML; ``body`` and ``content`` (TEXT_FIELDS) are HTML or text by what
# they hold (block-level markup).
HTML_FIELDS = (
    "html",
    "raw_html",
    "html_content",
    "content_html",
    "rawHtml",
    "body_html",
    "article_html",
    "html_body",
    "text_html",
    "page_html",
    "full_html",
    "bodyHtml",
    "articleHtml",
    "htmlBody",
    "contentHtml",
    "htmlContent",
    "pageHtml",
)
# Markdown (Firecrawl, Crawl4AI, Jina Reader): rendered to HTML (clipper.read.markdown).
# Crawl4AI's ``fit_markdown`` (the article its content filter kept) before its whole page's
# ``markdown``/``raw_markdown`` (menus, related stories, comments): its 0.4 results write both
# at the top, its later ones ``markdown`` as an object holding both
# (:func:`clipper.read.fieldvalues.value_of`); 0.4's ``markdown_v2`` is that object.  Empty when no
# filter ran: then the whole page is read.
MARKDOWN_FIELDS = ("fit_markdown", "markdown", "markdown_v2", "markdown_content", "raw_markdown")
TEXT_FIELDS = (
    "text",
    "maintext",
    "content",
    "article_text",
    "body",
    "full_text",
    "articleBody",
    "article_body",
    "bodyText",
    "body_text",
    "article_content",
    "text_content",
    "textContent",  # Readability.js
    "cleaned_text",  # goose3
    "plain_text",
    "main_text",
    "content_text",
    "story_text",
    "fullText",
    "articleText",
    "raw_text",  # trafilatura's JSON: its text without formatting, beside "text"
    # Fundus's Article.plaintext (its body's summary, section headlines and paragraphs joined
    # by blank lines), written by its to_json("plaintext", ...); its default to_json() writes
    # the "body" object instead (clipper.read.blocks)
    "plaintext",
    # paragraphs kept apart (a Scrapy spider's ``paragraphs``, ``article.paragraphs``), and a
    # CMS's blocks (Arc XP's ANS ``content_elements``: clipper.read.blocks)
    "paragraphs",
    "content_elements",
)

# A teaser (the page's meta description), not article text: never the body; a record with only
# a description is rejected, and the rejection says so.
DESCRIPTION_FIELDS = ("description", "summary", "excerpt", "meta_description")
# A lead (standfirst, dek, a CMS's "chapeau", "Vorspann", "entradilla", "sommario":
# clipper.read.headers): the paragraph a CMS keeps apart above the body, its page's first
# paragraph; read as the text's first paragraph when the body does not open with it
# (clipper.read.leads).  Unlike a description, no teaser: the page shows it above the text.
LEAD_FIELDS = ("lead", "standfirst", "dek", "lede", "lead_text", "leadText")
URL_FIELDS = (
    "url",
    "link",
    "canonical_url",
    "source_url",
    "pageUrl",
    "page_url",
    "webUrl",
    "web_url",
    "sourceURL",
    "ogUrl",
    "canonical_link",  # newspaper3k / newspaper4k's Article
    "warc_target_uri",  # a WARC header kept as a field (OSCAR's "warc-target-uri")
    # the address a headless-browser scraper asked for (crawlee's and Apify's request, a
    # Playwright script's sidecar); where it ended after redirects: publisher.RESOLVED_FIELDS
    "requestUrl",
    "request_url",
    # a schema.org NewsArticle written whole as a record: its page, as a URL or a node
    # reference {"@id": …} (clipper.read.fieldvalues.value_of)
    "mainEntityOfPage",
)
# A field that is the URL in one export (trafilatura's) and the outlet's name in others.
SOURCE_FIELD = "source"
FETCHED_FIELDS = (
    "fetched_at",
    "date_download",
    "scrape_time",
    "crawl_date",
    "date_crawled",
    "crawled",
    # GDELT's DOC API ("seendate": "20240601T100000Z"): when GDELT first saw the article, a
    # discovery's time as webz.io's "crawled" is, not the page's publication
    "seendate",
    "crawled_at",
    # Scrapy items' and other scrapers' names for when the page was fetched
    "scraped_at",
    "scrapedAt",
    "scraped",
    "scrape_date",
    "date_scraped",
    "crawl_time",
    "crawled_time",
    "crawledAt",
    "crawl_timestamp",
    "fetch_time",
    "fetch_date",
    "fetchedAt",
    "fetched",
    "date_fetched",
    "downloaded_at",
    "download_time",
    "download_date",
    "date_downloaded",
    "retrieved_at",
    "retrieved",
    "retrieval_date",
    "date_retrieved",
    "collected_at",
    # a headless-browser scraper's (Playwright, Puppeteer, crawlee; Apify's Website Content
    # Crawler's ``crawl.loadedTime``: recorddates.fetch_time)
    "loadedAt",
    "loadedTime",
    "loaded_at",
    "retrievedAt",
    "downloadedAt",
    "capturedAt",
    "captured_at",
    "savedAt",
    "saved_at",
    # C4's and RedPajama's (its "meta"): the Common Crawl capture's time, "2019-04-25T12:57:54Z"
    # (C4's dataset card: a crawl of the page, not its publication)
    "timestamp",
    "warc_date",  # the capture's time, a WARC header kept as a field (OSCAR's "warc-date")
)
# A publication time WordPress's REST API writes in UTC without saying so ("date_gmt"; its
# "date" is the site's local time): read before the other fields, as UTC.
UTC_PUBLISHED_FIELDS = ("date_gmt",)
PUBLISHED_FIELDS = (
    "date_publish",
    "published",
    "date",
    "published_at",
    "publish_date",
    "date_published",
    "datePublished",
    "publishedAt",
    "published_date",
    "publication_date",
    "publishing_date",  # Fundus's Article: str() of a datetime, "2024-03-06 09:15:00+01:00"
    "webPublicationDate",
    "publishedTime",
    "pubdate",
    "pub_date",
    # Event Registry (newsapi.ai): the publisher's time when given, else when it found the
    # article; its "date" (listed above) is that time's day only
    # (:func:`clipper.read.recorddates.publication_date`)
    "dateTimePub",
    "dateTime",
    # a scraper's or a desk's own column for when the article appeared ("Time", "pub_time":
    # read only where none of the names above is given; newcomer 26 finding 17)
    "published_time",
    "publish_time",
    "pub_time",
    "pubtime",
    "post_time",
    "posted_at",
    "time",
)

# When the page last changed, not when it was published: a record's or a header's update time
# (news-please's ``date_modified``, schema.org's ``dateModified``, a dump header's "Updated:",
# Jina Reader's, and every label :func:`clipper.read.headers.updated_label` knows:
# "Aktualisiert:", "수정:"): the page's date when no publication field dates it, as an update
# (date source "updated", :func:`clipper.read.recorddates.update_date`); beside a publication
# field, its update where really later (:func:`clipper.read.recorddates.modified_time`,
# :func:`clipper.modifiedtimes.modified_update`).
UPDATED_FIELDS = (
    "updated",
    "updated_at",
    "date_modified",
    "dateModified",
    "modified",
    "last_modified",
    "lastModified",
)

TITLE_FIELDS = ("title", "headline", "title_page", "title_rss", "webTitle")
LANGUAGE_FIELDS = (
    "language",
    "lang",
    "language_code",
    "locale",
    "inLanguage",
    "humanLanguage",
    "meta_lang",  # newspaper3k / newspaper4k
)
# A record's country (an ISO 3166 code: "MX"), which narrows the clocks of a time written
# without a zone where the address names none (clipper.declaredregion).
COUNTRY_FIELDS = ("country", "country_code", "countryCode")
SITE_FIELDS = (
    "source_domain",
    "publication",
    "domain",
    "publisher",
    "site",
    "sitename",
    "site_name",
    "siteName",
    "hostname",
    "source-hostname",
)

# Where a capture states how its HTML was encoded (the HTTP Content-Type, or the charset alone).
# A record's author: news-please and newspaper4k write ``authors`` (an array of names),
# Scrapy feeds and schema.org records ``author`` (a name, an object with a ``name``, or an
# array of either), Readability and the Guardian's API ``byline``, feeds' Dublin Core
# ``creator``.  Read as the names, joined by "; " (trafilatura's own spelling of several
# authors); a value of another shape is ignored, never the page's loss.
AUTHOR_FIELDS = ("authors", "author", "byline", "creator")

CHARSET_FIELDS = ("content_type", "content-type", "Content-Type", "charset", "encoding")


BODY_FIELDS = HTML_FIELDS + MARKDOWN_FIELDS + TEXT_FIELDS

_FIELD_NAMES = {
    name.lower(): name
    for table in (
        BODY_FIELDS,
        DESCRIPTION_FIELDS,
        LEAD_FIELDS,
        URL_FIELDS,
        (SOURCE_FIELD,),
        FETCHED_FIELDS,
        PUBLISHED_FIELDS,
        UTC_PUBLISHED_FIELDS,
        UPDATED_FIELDS,
        TITLE_FIELDS,
        LANGUAGE_FIELDS,
        COUNTRY_FIELDS,
        SITE_FIELDS,
        AUTHOR_FIELDS,
        CHARSET_FIELDS[:1],
    )
    for name in table
}


def known_field(name: str) -> bool:
    """Whether ``name`` (as :func:`field_name` gives it) is a field clipper reads other than
    the page's body: a title, URL, date, site, language, description, lead."""
    return name in _FIELD_NAMES.values() and name not in BODY_FIELDS


def body_field(name: str) -> bool:
    """Whether ``name`` (as :func:`field_name` gives it) holds a page's body (text, HTML)."""
    return name in BODY_FIELDS


# Every key read as a field or a wrapper of fields: a record holding only these needs no renaming.
KNOWN_NAMES = (
    frozenset(_FIELD_NAMES.values()) | set(CHARSET_FIELDS) | {"metadata", "_source", "fields"}
)


def body_field_names() -> tuple[str, ...]:
    """The field names a record's page may come from (HTML, Markdown, text)."""
    return BODY_FIELDS


@functools.lru_cache(maxsize=4096)
def field_name(header: str, language: str | None = None) -> str:
    """The field name clipper reads for a column header written in another case or full-width,
    with blanks around it or for underscores ("Title", " URL ", "ＴＩＭＥ", "Date_Publish",
    "Published At"), or in another language or a tool's spelling ("Überschrift", "contenu",
    "Full Text": :mod:`clipper.read.headers`; a label of the page's last change, "Last
    Updated", "Aktualisiert", "更新日時", is ``updated``), else the header as written.
    ``language`` (ISO 639-1, the page's; None when not known) decides a label naming another
    field in some languages (:func:`clipper.read.headers.localized_field`: German "Rubrik" is
    no title; the header as written then)."""
    name = header.strip()
    lower = unicodedata.normalize("NFKC", name).lower()  # a full-width "ＵＲＬ" too
    return (
        _FIELD_NAMES.get(lower)
        or _FIELD_NAMES.get(re.sub(r"[\s-]+", "_", lower))
        or localized_field(name, language)
        or (UPDATED_FIELDS[0] if updated_label(name) else None)
        or name
    )


def _loose(name: str) -> str:
    """A name as :func:`named_key` compares it after an exact match failed: compatibility
    forms folded (a full-width "ＵＲＬ", a no-break or ideographic space), case folded,
    blanks around it and runs of blanks inside as one."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def named_key(keys: Iterable[object], field: str) -> str | None:
    """The key of ``keys`` (a record's keys, a table's header) that ``dedupe --field
    NAME=FIELD``'s ``field`` names: the one written exactly so, else the first equal to it in
    another case or with other blanks ("Body Text" names " body text", "本文" "本文 "); None
    when no key is."""
    names = [key for key in keys if isinstance(key, str)]
    if field in names:
        return field
    wanted = _loose(field)
    return next((name for name in names if _loose(name) == wanted), None)
