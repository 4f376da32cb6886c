"""Turn a :class:`~clipper.page.RawPage` into an :class:`~clipper.page.Article` or a
:class:`~clipper.page.Rejection`.

``clean_page(raw, config)`` never raises.  It runs inside worker processes.

HTML pages (``raw.kind == "html"``) go through trafilatura's ``bare_extraction`` with fixed,
explicit options (:data:`TRAFILATURA_OPTIONS`): ``favor_precision=True`` (news furniture is worse
for deduplication than a lost sentence), comments off, tables on (+0.007 F1 on the Zyte
benchmark: tables carry real body text on news pages), ``deduplicate=False`` (trafilatura's
process-wide LRU cache would make a page's text depend on which pages the same worker saw before),
metadata on.  The publication-date search never looks past ``raw.fetched_at`` (a page is not
published after it was fetched), which also makes it independent of the day clipper runs.
Then the **news post-clean** (:mod:`clipper.postclean`) drops the furniture trafilatura lets
through: the headline repeated as the first line, newsletter lines, "Comments", advertisement
markers, copyright lines, teaser lines tagged "[VIDEO]"/"[INSIGHT]", and the furniture lines of
the language tables the text-dump cleaner uses (share and login prompts, "RELATED: …" teasers,
"Read More" / "Czytaj więcej" headings with their boxes' link titles).  An **index guard** rejects
teaser lists trafilatura takes for a main text.

Before extraction, inline link teasers ("Mehr zum Thema – <a>…</a>", "Read more: <a>…</a>") are
removed structurally, in every language, and section headings with permalinks or item links and
spans inside sentences are protected from the precision settings' link and class rules
(:mod:`clipper.htmlprune`).
A page whose precision text would be rejected (counted after the post-clean, which drops a
repeated headline) is extracted again with trafilatura's ``favor_recall`` settings before it is
given up, and the
rejection says what those found; a short one (under :data:`RECALL_RETRY_WORDS` words) on a page
with much more paragraph text, with trafilatura's default settings (:func:`_extract_with_retry`).
Headline and declared publication date come from the page's own metadata
(:mod:`clipper.htmlmeta`: JSON-LD article, og:title, an ``<h1>`` that is not the site's name,
``<title>`` without its site segments).

Text dumps (``raw.kind == "text"``) go through clipper's line cleaner,
:func:`clipper.textdump.clean_text_dump`.

Metadata precedence (documented choice): the page's own declared metadata wins for ``title``,
``author`` (what the publisher states in og:/JSON-LD/meta tags, while crawler titles are often
anchor texts or truncated); the crawler wins for ``url`` (where the page was actually fetched;
canonical links are sometimes wrong or point at templates), ``published`` (an explicit feed or
sitemap date beats htmldate's heuristic guess) and ``site`` (a stable key chosen by whoever set
up the crawl, which per-site template counting relies on).  Every field the winner lacks is
filled from the other side; ``site`` falls back to the fetched URL's host, then the host of
the page's own canonical URL, and only then to its declared site name (``og:site_name``, else
the JSON-LD publisher's name; never a guess from a title suffix or a copyright line; it is
spelt differently page by page, "STZ" / "Stuttgarter Zeitung", and would split one outlet in
two: outlet counts, ``--site``, site templates).
For text dumps the reader's ``title`` wins over the detected headline.

``Article.text`` is the body without the title: paragraphs joined by single newlines,
whitespace runs collapsed, Unicode NFC.  ``language`` is the primary subtag of the page's
declared language (``<html lang>``, ``Content-Language``, ``og:locale``), lower case, or None.

Rejection reasons:

- ``no-article``: trafilatura found no main text, or what it found is an index page (a teaser
  list, see :func:`_looks_like_index`);
- ``too-short``: fewer than ``config.min_article_words`` words left after cleaning (a brief
  down to ``config.min_prose_article_words`` with a headline and a sentence is an article), unless
  the text is all the page holds and not an error or notice (a *whole-page note*,
  :func:`_not_a_whole_page_note`: a CMS's one-line brief, a correction, Readability's unit pages;
  the rejection of any other short text says why it is not one);
- ``error-page``: a short text titled and worded as an error or notice page (a soft 404, an
  archive's "Item cannot be found", a bot check: :func:`clipper.notices.error_page`);
- ``timeout``: extraction took longer than ``config.extraction_timeout_s`` (enforced with
  ``signal.setitimer(ITIMER_REAL)`` when running in the main thread, as worker processes do;
  elsewhere no guard is set);
- ``extraction-error``: an exception inside trafilatura/lxml (hostile HTML), or any other
  unexpected error while cleaning;
- ``not-text``: the body is binary or undecodable junk (NUL bytes, image/PDF/archive
  signatures, mostly control or replacement characters), or the cleaned text is mostly
  symbols (< 60 % letters, digits and spaces: markup or binary debris).
"""

from __future__ import annotations

import re
import signal
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any

from clipper.config import CleanConfig
from clipper.dates import placeholder_date
from clipper.docmeta import document_metadata
from clipper.embedded import embedded_body_html
from clipper.furniture import consent_lines, matchers
from clipper.htmlmeta import (
    PageMeta,
    is_site_name,
    page_meta,
    site_keys,
    strip_site_segments,
)
from clipper.htmlprune import (
    drop_hidden_elements,
    drop_link_teasers,
    keep_inline_words,
    read_prose_divs_as_paragraphs,
    unwrap_heading_anchors,
    unwrap_linked_paragraphs,
    unwrap_section_heading_links,
)
from clipper.language import detect_language, stored_language
from clipper.notices import error_page
from clipper.page import Article, RawPage, Rejection
from clipper.postclean import is_prose, post_clean
from clipper.read import site_from_url
from clipper.read.provenance import declared_original
from clipper.scripts import SENTENCE_INSIDE, count_words
from clipper.textdump import clean_text_dump, normalise_line

__all__ = [
    "TRAFILATURA_OPTIONS",
    "clean_page",
    "count_words",
    "extract_html",
    "parse_html",
]

# The exact trafilatura call clipper makes (bench/extraction.py scores the same call alone).
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "with_metadata": True,
}

_WORD = re.compile(r"\w+")


class _Timeout(BaseException):
    """Raised by the SIGALRM handler; a BaseException so that ``except Exception`` inside
    trafilatura cannot swallow it."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`_Timeout` in this thread after ``seconds`` (main thread only)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _alarm(signum: int, frame: FrameType | None) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- junk detection

_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _is_junk_bytes(body: bytes) -> bool:
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM: NULs are expected
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _is_junk_text(text: str) -> bool:
    sample = text[:8192]
    if _CONTROL.search(sample) is None:
        return False
    return len(_CONTROL.findall(sample)) > 0.05 * len(sample)


# --------------------------------------------------------------------------- HTML


_ARTICLE_TYPES = re.compile(r"article|posting|blog|report|story|news", re.IGNORECASE)


def _looks_like_index(lines: list[str], pagetype: str | None) -> bool:
    """A list of teasers rather than an article.  All of: the page does not declare itself an
    article (og:type / JSON-LD type), trafilatura kept at least 8 paragraphs, none of them a
    prose paragraph of 40 words or more, fewer than a quarter of them starting in lower case
    (the mark of hard-wrapped prose: an RFC, a <pre> article), and one short line (≤ 4 words:
    "Read more", "Continue reading", a date) repeats at least 3 times, the mark of a teaser
    list.  Lists of bare headlines usually fail trafilatura's own link-density checks (→ no
    text at all).  Fires on none of the 712 pages of the four extraction sets."""
    if pagetype and _ARTICLE_TYPES.search(pagetype):
        return False
    if len(lines) < 8:
        return False
    # Hard-wrapped prose (RFC text, <pre> articles): many lines continue a sentence.
    if sum(1 for line in lines if line[:1].islower()) >= 0.25 * len(lines):
        return False
    counts: Counter[str] = Counter()
    for line in lines:
        n = line.count(" ") + 1
        if n >= 40:
            return False
        if n <= 4:
            counts[line.casefold()] += 1
    return bool(counts) and max(counts.values()) >= 3


# A page's declared language: <html lang>, then a meta tag naming it (Content-Language,
# og:locale "de_DE", <meta name="language">, Dublin Core's DC.language), attributes in either
# order.  The code ends at anything but a letter: "de_DE", "de-AT".
_CODE = rb"([A-Za-z]{2,3})(?![A-Za-z])"
_LANG_HTML = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*" + _CODE, re.IGNORECASE)
_LANG_NAMES = (
    rb"(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale"
    rb"|name\s*=\s*[\"']?(?:language|content-language|dc\.language))[\"'\s]"
)
_LANG_META = re.compile(
    rb"<meta\b[^>]*?" + _LANG_NAMES + rb"[^>]*?content\s*=\s*[\"']?\s*" + _CODE
    + rb"|<meta\b[^>]*?content\s*=\s*[\"']?\s*" + _CODE + rb"[-_A-Za-z]*[\"']?[^>]*?"
    + _LANG_NAMES,
    re.IGNORECASE,
)


def _declared_language(head: bytes) -> str | None:
    """The language a page declares (see above), as a known ISO 639 code: a header's
    "Content-Language: utf-8" (a charset where a language belongs) declares none."""
    for pattern in (_LANG_HTML, _LANG_META):
        for m in pattern.finditer(head):
            code = known_language((m.group(1) or m.group(2)).decode("ascii"))
            if code:
                return code
    return None


def known_language(code: str) -> str | None:
    """``code`` (an ISO 639-1 or -3 code, any case) as clipper stores a language: the shortest
    code of a language in the IANA registry (``eng``/``deu`` → ``en``/``de``, ``iw`` → ``he``;
    the ``langcodes`` package; Norwegian ``no`` as ``nb``:
    :func:`clipper.language.stored_language`), else None ("utf", "xx", "und")."""
    import langcodes

    code = code.strip().lower()
    if not code or not langcodes.tag_is_valid(code):
        return None
    primary = langcodes.standardize_tag(code).split("-")[0]
    return None if primary in ("und", "mul", "zxx") else stored_language(primary)


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def _language_tag(value: str | None) -> str | None:
    """The primary subtag, lower case, of a language tag a crawler gave (``en-GB`` → ``en``,
    ``pt_BR`` → ``pt``); None for anything else (a language's name, an empty string)."""
    if not value:
        return None
    m = _LANGUAGE_TAG.fullmatch(value.strip())
    return known_language(m.group(1)) if m else None


def _date_params(fetched_at: str | None) -> dict[str, Any]:
    max_date = None
    if fetched_at:
        try:
            max_date = datetime.fromisoformat(fetched_at.strip().replace("Z", "+00:00"))
        except ValueError:
            max_date = None
    day = (max_date or datetime.now().astimezone()).strftime("%Y-%m-%d")
    return {"original_date": True, "extensive_search": True, "max_date": day}


def parse_html(body: bytes | str) -> Any:
    """The page parsed as trafilatura parses it (its ``load_html``: charset detection, repair
    of faulty markup), or None."""
    from trafilatura.utils import load_html  # imported lazily: slow import, workers only

    return load_html(body)


def extract_html(
    body: Any, url: str | None, fetched_at: str | None = None, **overrides: Any
) -> Any:
    """The trafilatura call clipper makes on page bytes, a string or a parsed tree (trafilatura
    copies a tree before it changes it): a ``trafilatura.settings.Document`` or None.
    ``overrides`` replace entries of :data:`TRAFILATURA_OPTIONS` (the recall retry)."""
    from trafilatura import bare_extraction  # imported lazily: slow import, workers only

    options = {**TRAFILATURA_OPTIONS, **overrides}
    return bare_extraction(
        body, url=url, date_extraction_params=_date_params(fetched_at), **options
    )


def _precision_extraction(
    tree: Any, url: str | None, fetched_at: str | None, find_date: bool = True
) -> Any:
    """What ``extract_html(tree, url, fetched_at)`` gives (the text with the precision settings
    and trafilatura's metadata), with only the metadata fields clipper reads
    (:func:`clipper.docmeta.document_metadata`: not categories, tags, licence and site name,
    ~6 ms a page; and no date search with ``find_date=False``, for a page whose date is known
    otherwise): the same document in every field clipper uses, or None where trafilatura
    discards the page (a metadata step raising ``TypeError``/``ValueError`` as well)."""
    try:
        metadata = document_metadata(tree, url, _date_params(fetched_at), find_date)
    except (TypeError, ValueError):
        return None
    # as bare_extraction hands the extractor its URL: the crawler's, else the page's own
    doc = extract_html(tree, url or metadata.url, fetched_at, with_metadata=False)
    if doc is None:
        return None
    for slot in metadata.__slots__:
        value = getattr(metadata, slot, None)
        if value is not None and getattr(doc, slot, None) is None:
            setattr(doc, slot, value)
    return doc


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_line(value)
    return value or None


def _text_lines(text: str) -> list[str]:
    """trafilatura's text as normalised, non-empty lines."""
    return [ln for ln in map(normalise_line, text.splitlines()) if ln]


def _paragraph_words(tree: Any) -> int:
    return sum(len((p.text_content() or "").split()) for p in tree.iter("p"))


def _has_paragraph(text: str, min_words: int) -> bool:
    """A line of ``min_words`` words holding a sentence (a full stop, question or exclamation
    mark before a space or at its end): prose, not a byline, share bar and tags that
    trafilatura's fallback flattened into one line with the headline."""
    return any(
        count_words(line) >= min_words and SENTENCE_INSIDE.search(line) is not None
        for line in text.splitlines()
    )




@dataclass(frozen=True, slots=True)
class _Measure:
    """What the post-clean leaves of one extracted text: its words, and whether it is
    article-sized (:func:`_is_article_sized`, with the page's headline)."""

    words: int
    article_sized: bool
    paragraphs: int


@dataclass(frozen=True, slots=True)
class _Extraction:
    """What the extraction of one page gave: trafilatura's document (None when it found nothing),
    the settings that produced its text, and what a retry found when its text was not taken
    (for the rejection message)."""

    doc: Any
    settings: str
    untaken_retry: str | None = None


def _extract_with_retry(
    tree: Any,
    url: str | None,
    fetched_at: str | None,
    min_words: int,
    measure: Callable[[str], _Measure],
    doc: Any,
) -> _Extraction:
    """trafilatura with clipper's precision settings; then, for a page that would be rejected (fewer
    than ``min_words`` words left after the post-clean, as ``measure`` counts them), trafilatura's
    ``favor_recall`` settings; for a kept page whose text is short (under RECALL_RETRY_WORDS words)
    and whose ``<p>`` elements hold RECALL_GAIN times as many words (on the four extraction sets
    that skips 75 of 104 such retries and none whose text was taken), trafilatura's default
    settings.  A retry's text replaces the precision text when it has RECALL_GAIN times the words,
    or is article-sized where the precision text was not, and has one paragraph of
    RETRY_PARAGRAPH_WORDS words holding a sentence (trafilatura's fallback can flatten a stub's
    headline, byline, share bar and tags into one long line); or, for a *brief*, when the precision
    text is not article-sized (:func:`_is_article_sized`) and the retry's is, in at most
    BRIEF_MAX_PARAGRAPHS paragraphs with a sentence that is not a furniture prompt, and with more
    words (a 20-word report under a headline is an article; a login wall, a link list or a list of
    one-line teasers is not).  For would-be rejections the recall settings rescued as many pages as
    default-then-recall (Readability's "qq" only by recall) at one extraction instead of two.
    Counting the words the post-clean keeps, not trafilatura's, means a page whose text is mostly
    its repeated headline still gets the recall settings before it is rejected.  ``doc`` is the
    precision extraction (made by the caller, which takes the headline from it)."""
    text = doc.text if doc is not None and doc.text else ""
    first = measure(text) if text else _NOTHING
    words = first.words
    if words < min_words:
        name, overrides = "recall", {"favor_precision": False, "favor_recall": True}
    elif words < RECALL_RETRY_WORDS and _paragraph_words(tree) >= RECALL_GAIN * words:
        name, overrides = "default", {"favor_precision": False}
    else:
        return _Extraction(doc, "precision")
    retry = extract_html(tree, url, fetched_at, with_metadata=False, **overrides)
    retry_text = retry.text if retry is not None and retry.text else ""
    second = measure(retry_text) if retry_text else _NOTHING
    retry_words = second.words
    if (
        _has_paragraph(retry_text, RETRY_PARAGRAPH_WORDS)
        and (retry_words > RECALL_GAIN * max(words, 1) or words < min_words <= retry_words)
    ) or (
        # A brief: the precision text is not an article, the retry's is (a headline and a
        # sentence that is not a furniture prompt, in a few paragraphs), with more words.
        not first.article_sized
        and second.article_sized
        and second.paragraphs <= BRIEF_MAX_PARAGRAPHS
        and retry_words > words
        and any(is_prose(line) for line in retry_text.splitlines())
    ):
        if doc is not None:
            doc.text = retry_text
        else:
            doc = retry
        return _Extraction(doc, name)
    return _Extraction(doc, "precision", f"{name} settings found {retry_words} words")


# A precision text shorter than this is extracted again with recall settings, and replaced when
# the retry finds more than RECALL_GAIN times as many words.  Chosen on the tuned sets (Zyte,
# Readability) among 50-300 words and 1.5-3×: 150 and 200 words tie there, 150 retries fewer
# pages.  Confirming sets (bench/extraction.py): Fundus and newspaper4k's pages gain as well.
RECALL_RETRY_WORDS = 150
RECALL_GAIN = 3.0
# A retry's text is taken only if one paragraph has this many words: on an index page the
# recall settings find the list of one-line teasers that the precision settings left out.
RETRY_PARAGRAPH_WORDS = 20
_NOTHING = _Measure(0, False, 0)
# A brief has few paragraphs: a retry text of more short ones is a list of teasers.
BRIEF_MAX_PARAGRAPHS = 5


def _from_embedded_body(
    tree: Any, raw: RawPage, measure: Callable[[str], _Measure]
) -> _Extraction | None:
    """For a page that gave no article: the body its scripts carry as HTML
    (:mod:`clipper.embedded`), extracted with the precision settings, when that is an article."""
    body = embedded_body_html(tree)
    if body is None:
        return None
    doc = extract_html(
        f"<html><body><article>{body}</article></body></html>",
        raw.url,
        raw.fetched_at,
        with_metadata=False,
    )
    if doc is None or not doc.text or not measure(doc.text).article_sized:
        return None
    return _Extraction(doc, "script-body precision")


def _clean_html(raw: RawPage, config: CleanConfig) -> Article | Rejection:
    body = raw.body
    head = (body if isinstance(body, bytes) else body.encode("utf-8", "replace"))[:65536]
    if isinstance(body, bytes) and _is_junk_bytes(body):
        return Rejection(raw.origin, "not-text", "binary content")
    if isinstance(body, str) and _is_junk_text(body):
        return Rejection(raw.origin, "not-text", "control characters")
    if b"<" not in head:
        return Rejection(raw.origin, "not-text", "no markup")
    try:
        with _deadline(config.extraction_timeout_s):
            tree = parse_html(body)
            if tree is None:
                return Rejection(raw.origin, "no-article", "no HTML tree could be parsed")
            meta = page_meta(tree, raw.url)
            drop_hidden_elements(tree)
            drop_link_teasers(tree)
            unwrap_heading_anchors(tree)
            keep_inline_words(tree)
            unwrap_section_heading_links(tree)
            read_prose_divs_as_paragraphs(tree)
            unwrap_linked_paragraphs(tree)
            # The headline does not depend on the text: it is known before the retry, which
            # counts the words the post-clean (dropping a repeated headline) leaves.
            # trafilatura's date (htmldate's search) is the last resort: the crawler's date
            # or one the page declares comes first (``published`` below)
            first = _precision_extraction(
                tree,
                raw.url,
                raw.fetched_at,
                find_date=not (_clean_meta(raw.published) or meta.published),
            )
            title = (
                meta.title
                or _strip_site_suffix(_clean_meta(first.title) if first is not None else None, meta)
                or meta.title_tag
                or _clean_meta(raw.title)
            )
            if not title or is_site_name(title, meta.site_names):
                title = meta.subhead or title

            # text -> (its lines, its post-cleaned lines) and their measure, made once per text
            # (the precision text is measured by the retry and again below)
            split: dict[str, tuple[list[str], list[str]]] = {}
            measured: dict[str, _Measure] = {}

            def measure(text: str) -> _Measure:
                if text in measured:
                    return measured[text]
                lines = _text_lines(text)
                kept = post_clean(lines, title)
                split[text] = (lines, kept)
                n_words = count_words("\n".join(kept))
                measured[text] = _Measure(
                    n_words, _is_article_sized(n_words, kept, title, config), len(kept)
                )
                return measured[text]

            got = _extract_with_retry(
                tree, raw.url, raw.fetched_at, config.min_article_words, measure, first
            )
            text = got.doc.text if got.doc is not None and got.doc.text else ""
            if not text or not measure(text).article_sized:
                embedded = _from_embedded_body(tree, raw, measure)
                if embedded is not None and got.doc is not None:
                    # the page's own metadata (author, date, type) stays
                    got.doc.text = embedded.doc.text
                    got = _Extraction(got.doc, embedded.settings)
                elif embedded is not None:
                    got = embedded
    except _Timeout:
        return Rejection(raw.origin, "timeout", f"> {config.extraction_timeout_s:g}s")
    except Exception as exc:
        return Rejection(raw.origin, "extraction-error", f"{type(exc).__name__}: {exc}"[:200])
    doc = got.doc
    if doc is None or not doc.text:
        return Rejection(
            raw.origin,
            "no-article",
            "no main text with precision or recall settings"
            + (f"; title {title!r}" if title else "; no title"),
        )
    lines, kept = split.get(doc.text) or (_text_lines(doc.text), None)
    if _looks_like_index(lines, _clean_meta(doc.pagetype)):
        return Rejection(
            raw.origin,
            "no-article",
            f"index page: teaser list ({len(lines)} short paragraphs, no prose)",
        )
    extracted, lines = lines, kept if kept is not None else post_clean(lines, title)
    return _finish(
        raw,
        config,
        lines,
        read=extracted,
        title=title,
        author=_clean_meta(doc.author),
        published=_clean_meta(raw.published) or meta.published or _clean_meta(doc.date),
        url=_clean_meta(raw.url) or _clean_meta(doc.url),
        site=_clean_meta(raw.site)
        or site_from_url(raw.url)
        or _clean_meta(doc.hostname)
        # a declared name only: trafilatura's sitename also guesses from a <title> suffix or
        # a copyright line ("人民网版权所有", "weight loss up to 10 kg. reviews")
        or meta.site_name,
        language=_declared_language(head) or _language_tag(raw.language),
        declared_original=declared_original(head, _clean_meta(raw.url) or _clean_meta(doc.url)),
        extracted_with=f"{got.settings} settings"
        + (f" ({got.untaken_retry}, not taken)" if got.untaken_retry else ""),
        whole_page=lambda: _not_a_whole_page_note(tree, extracted, lines, title, meta.title_tag),
        title_tag=meta.title_tag,
    )


def _strip_site_suffix(title: str | None, meta: PageMeta) -> str | None:
    """trafilatura's title without its " | Site" / " - Site" segments (see
    :func:`clipper.htmlmeta.strip_site_segments`); None when it is the site's name."""
    stripped, _ = strip_site_segments(title, meta.site_names)
    if stripped and is_site_name(stripped, meta.site_names):
        return None
    return stripped


# --------------------------------------------------------------------------- text dumps


def _clean_text(raw: RawPage, config: CleanConfig) -> Article | Rejection:
    body = raw.body
    if isinstance(body, bytes):
        if _is_junk_bytes(body):
            return Rejection(raw.origin, "not-text", "binary content")
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return Rejection(raw.origin, "not-text", "not UTF-8")
    if _is_junk_text(body):
        return Rejection(raw.origin, "not-text", "control characters")
    fetched = _utc(raw.fetched_at) if raw.fetched_at else None
    cleaned = clean_text_dump(body, _clean_meta(raw.title), fetched)
    # a crawler's title with its site's name on it ("... | Miami Herald"), as <title> has
    title, _ = strip_site_segments(cleaned.title, site_keys(raw.url, raw.site))
    read = body.splitlines()
    return _finish(
        raw,
        config,
        cleaned.paragraphs,
        read=read,
        title=title,
        author=cleaned.author,
        # the crawler's date, else the dump's own dateline
        published=_clean_meta(raw.published) or cleaned.published,
        url=_clean_meta(raw.url),
        site=_clean_meta(raw.site) or site_from_url(raw.url),
        language=_language_tag(raw.language),
        # a dump's first line stands where a page's <title> would ("404 Not Found"), even
        # when the headline guess passes it over
        title_tag=next((line for line in read if line.strip()), None),
    )


# --------------------------------------------------------------------------- shared


def _finish(
    raw: RawPage,
    config: CleanConfig,
    lines: list[str],
    *,
    title: str | None,
    author: str | None,
    published: str | None,
    url: str | None,
    site: str | None,
    language: str | None,
    declared_original: str | None = None,
    extracted_with: str | None = None,
    read: list[str] | None = None,
    whole_page: Callable[[], str | None] | None = None,
    title_tag: str | None = None,
) -> Article | Rejection:
    """The article, or its rejection.  A text too short for an article is kept when
    ``whole_page`` (given for HTML) says it is a whole-page note (returns None); otherwise
    the rejection says why it is not one.  A short text titled and worded as an error or
    notice (``title`` or the HTML ``title_tag``; :func:`clipper.notices.error_page`) is an
    ``error-page``."""
    published, date_ignored = plausible_published(published, raw.fetched_at)
    text = "\n".join(lines)
    if not text.isascii():  # NFC is the identity on ASCII
        text = unicodedata.normalize("NFC", text)
    if raw.kind == "html" and _mostly_symbols(text[:4096]):
        return Rejection(raw.origin, "not-text", "mostly symbols: markup or binary debris")
    n_words = count_words(text)
    not_a_note = None
    if not _is_article_sized(n_words, lines, title, config) and (
        whole_page is None or (not_a_note := whole_page()) is not None
    ):
        prose = sum(1 for ln in lines if is_prose(ln))
        return Rejection(
            raw.origin,
            "too-short",
            _words_found(read, n_words, raw.kind, config.min_article_words)
            + f" in {len(lines)} paragraphs "
            f"({prose} of them sentences), {'title ' + repr(title[:80]) if title else 'no title'}"
            + (f"; extracted with {extracted_with}" if extracted_with else "")
            + _lines_cut(read, lines, title)
            + (f"; not a whole-page note: {not_a_note}" if not_a_note else ""),
        )
    if notice := error_page(lines, (title, title_tag), n_words, config.max_error_page_words):
        return Rejection(raw.origin, "error-page", notice)
    return Article(
        origin=raw.origin,
        kind=raw.kind,
        text=text,
        raw_hash=raw.raw_hash,
        url=url,
        site=site,
        title=unicodedata.normalize("NFC", title) if title else None,
        author=author,
        published=published,
        fetched_at=raw.fetched_at,
        language=language or detect_language(text),
        record_key=raw.record_key,
        declared_original=declared_original,
        date_ignored=date_ignored,
    )


def _words_found(read: list[str] | None, n_words: int, kind: str, needed: int) -> str:
    """"63 words read, 0 left after cleaning (< 25)" ("extracted" for HTML) when cleaning cut
    words, else "0 words < 25"."""
    found = count_words("\n".join(read)) if read else 0
    if found <= n_words:
        return f"{n_words} words < {needed}"
    verb = "extracted" if kind == "html" else "read"
    return f"{found} words {verb}, {n_words} left after cleaning (< {needed})"


def _lines_cut(read: list[str] | None, kept: list[str], title: str | None, shown: int = 3) -> str:
    """"; cut 'Share this article', 'Photo: …'": the first ``shown`` lines cleaning dropped
    (the headline, taken out of the text, aside), each cut to 60 characters."""
    left = {" ".join(line.split()) for line in [*kept, title or ""]}
    cut = [" ".join(line.split()) for line in read or ()]
    cut = [line for line in cut if line and line not in left]
    if not cut:
        return ""
    said = ", ".join(repr(line if len(line) <= 60 else line[:59] + "…") for line in cut[:shown])
    more = f" and {len(cut) - shown} more" if len(cut) > shown else ""
    return f"; cut {said}{more}"


# A date-only publication date is the publisher's local day: up to 14 hours ahead of UTC
# (Kiribati), so a page fetched at 23:00 UTC can honestly be dated the next day.
_DATE_SLACK = timedelta(days=1)


def plausible_published(
    published: str | None, fetched_at: str | None, now: datetime | None = None
) -> tuple[str | None, str | None]:
    """``(published, None)``, or ``(None, published)`` when the date is impossible: later than
    the page was fetched (else than ``now``, the time of cleaning, UTC) by more than a day, or
    a stand-in for no date (:func:`clipper.dates.placeholder_date`: ``0001-01-01``).

    A placeholder or mistyped date ("2099-01-01", "2062" for "2026") would otherwise sort the
    page first in every listing and rank it as a late copy when canonicals are picked; the page
    is kept without it and the run counts it.  Dates that cannot be compared pass unchanged.
    """
    if not published:
        return published, None
    if placeholder_date(published):
        return None, published
    limit = _utc(fetched_at) if fetched_at else None
    if limit is None:
        limit = now or datetime.now(UTC)
    when = _utc(published)
    if when is None or when <= limit + _DATE_SLACK:
        return published, None
    return None, published


def _utc(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _is_article_sized(
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


# A whole-page note's text holds at least this share of the words a reader sees on the page
# (the rest: a headline trafilatura leaves out, an image caption, a stray label).
WHOLE_PAGE_SHARE = 0.9
# Elements whose text no reader sees as the page's content.
_UNSEEN = (
    "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
    " or ancestor::head or ancestor::select"
)
_SEEN_TEXT = f"//body//text()[not({_UNSEEN})]"


def _not_a_whole_page_note(
    tree: Any, read: list[str], kept: list[str], title: str | None, title_tag: str | None
) -> str | None:
    """None when the short text ``kept`` is a *whole-page note*, else why it is not one (for the
    rejection).

    A page that holds nothing but a short text (no navigation, no furniture, no other
    content: a CMS's brief, a one-paragraph notice, a page of a few lines) is that text,
    however short, unless it is an error or notice page.  All of: the extracted text
    ``read`` (plus the headline) holds at least :data:`WHOLE_PAGE_SHARE` of the words of the
    page's visible body text; at most half of those words are link texts (a list of links is
    navigation); the post-clean cut nothing but the repeated headline (a login or paywall
    prompt, a share bar); and no line, the headline or the ``<title>`` is an error or notice
    (:meth:`clipper.furniture.Matchers.is_error_notice`: "Page not found", "403", "Zugriff
    verweigert", "Just a moment...", "Enable JavaScript").  A short text on a page with
    anything else around it stays a rejection: there the short text is what the extractor
    found of a page, not the page.  ``tree`` is the parsed page (lxml)."""
    if not kept:
        return "nothing left after cleaning"
    m = matchers()
    for line in (*kept, title or "", title_tag or ""):
        if line and m.is_error_notice(line):
            return f"an error or notice page ({line[:60]!r})"
    words = _WORD.findall(" ".join(kept).casefold())
    if 2 * len(set(words)) < len(words):
        return "the same few words repeated (debris, not a note)"
    headline = count_words(title) if title else 0
    cut = count_words("\n".join(read)) - count_words("\n".join(kept))
    if cut > headline:
        return f"cleaning cut {cut} words of it"
    seen = count_words(" ".join(tree.xpath(_SEEN_TEXT)))
    text = count_words("\n".join(read)) + headline
    if text < WHOLE_PAGE_SHARE * seen:
        return f"the page holds {seen} words"
    linked = sum(
        count_words(a.text_content() or "")
        for a in tree.iter("a")
        if not (a.get("href") or "#").strip().lower().startswith(("#", "javascript:"))
    )
    if 2 * linked > seen:
        return f"{linked} of its {seen} words are links"
    return None


def _mostly_symbols(sample: str) -> bool:
    """Whether over 40 % of ``sample`` is neither word characters nor whitespace."""
    words = sum(map(len, _WORD.findall(sample)))
    spaces = sample.count(" ") + sample.count("\n")
    return len(sample) - words - spaces > 0.4 * len(sample)


_CLEANERS: dict[str, Callable[[RawPage, CleanConfig], Article | Rejection]] = {
    "html": _clean_html,
    "text": _clean_text,
}


def clean_page(raw: RawPage, config: CleanConfig) -> Article | Rejection:
    """Clean one page; never raises (see the module docstring for the rejection reasons)."""
    cleaner = _CLEANERS.get(raw.kind)
    if cleaner is None:
        return Rejection(raw.origin, "not-text", f"unknown kind {raw.kind!r}")
    try:
        return cleaner(raw, config)
    except _Timeout:
        return Rejection(raw.origin, "timeout", f"> {config.extraction_timeout_s:g}s")
    except Exception as exc:  # never crash a worker on one page
        return Rejection(raw.origin, "extraction-error", f"{type(exc).__name__}: {exc}"[:200])
