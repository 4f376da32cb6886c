"""trafilatura, called as clipper calls it: fixed, explicit options, a date search bounded by the
fetch time, and the retries with other settings for a page whose precision text falls short.

:data:`TRAFILATURA_OPTIONS`: ``favor_precision=True`` (news furniture is worse for deduplication
than a lost sentence), comments off, tables on (+0.007 F1 on the Zyte benchmark: tables carry
real body text on news pages), ``deduplicate=False`` (trafilatura's process-wide LRU cache would
make a page's text depend on which pages the same worker saw before), metadata on.  The
publication-date search never looks past the page's fetch time (a page is not published after it
was fetched), which also makes it independent of the day clipper runs.

A page whose precision text would be rejected (counted after the post-clean, which drops a
repeated headline) is extracted again with trafilatura's ``favor_recall`` settings before it is
given up, and the rejection says what those found; a short one (under
:data:`RECALL_RETRY_WORDS` words) on a page with much more paragraph text, with trafilatura's
default settings (:func:`extract_with_retry`).  A page that gave no article is read from the body
its scripts carry, as HTML or as text in its state JSON (:func:`from_embedded_body`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from clipper.deadlines import paused, running
from clipper.docmeta import document_metadata
from clipper.embedded import embedded_body_html, embedded_published
from clipper.page import RawPage
from clipper.postclean import is_prose
from clipper.scripts import SENTENCE_END, SENTENCE_INSIDE, count_words, unpunctuated_prose
from clipper.statebody import state_body

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


@functools.cache
def set_up_once() -> None:
    """The process's one-time set-up of what a page's extraction uses, done before the first
    page's deadline (``CleanConfig.extraction_timeout_s``) is armed, so the deadline counts the
    page's own work: the furniture tables' compiled patterns
    (:func:`clipper.furniture.compiled.matchers`), and htmldate's external date parser run
    outside a page's deadline (:func:`_dates_outside_deadlines`).  Results never depend on it:
    it only moves work (a forked worker inherits it from :func:`clipper.workers.warm_up`)."""
    from clipper.furniture.compiled import matchers

    matchers()
    _dates_outside_deadlines()


def _dates_outside_deadlines() -> None:
    """htmldate's external date parser (dateparser, for a date not in a form htmldate reads
    itself: a Spanish "Actualizado el 30 de noviembre de 2026") compiles a locale's patterns
    the first time the process tries that locale: every locale's (~1.4 s CPU, over 30 s wall
    at a load of 15-20) for a string no locale applies to, ~0.13-0.16 s for a Spanish or German
    date (the locales tried before its own).  Under a page's deadline the first such page of a
    worker, or of a test, was rejected ``timeout`` (session 29: tests/test_update_dates.py's
    first HTML case).  So each call of the parser htmldate keeps (its ``get_external_parser``,
    cached) runs outside the page's deadline (:func:`clipper.deadlines.paused`): the locales
    a date needs are set up when a page first needs them, and only those.  Until session 46
    the parser's first use read a string no locale applies to first, setting up every locale:
    ~1.25 s CPU a process more, where 2 of 200 Zyte and Fundus pages reach that parser at all
    and their dates read in a locale tried early.  Without a deadline (a text dump's date
    line, :mod:`clipper.dumpdates`) it runs as it is."""
    from htmldate.extractors import get_external_parser

    parser = get_external_parser()
    parse = parser.get_date_data

    def outside_deadline(*args: Any, **kwargs: Any) -> Any:
        if running():
            with paused():
                return parse(*args, **kwargs)
        return parse(*args, **kwargs)

    parser.get_date_data = outside_deadline


def date_params(fetched_at: str | None) -> dict[str, Any]:
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
    of faulty markup), or None; a fragment read as a page's body (:func:`load_page`)."""
    return load_page(body)[0]


def load_page(body: bytes | str) -> tuple[Any, bool]:
    """``(tree, fragment)``: the page parsed as trafilatura parses it, or None, and whether
    it was a fragment.

    A fragment (a Scrapy or CMS item's ``body_html``: ``<p>…</p>``, ``<div><p>…</p></div>``,
    no ``<html>``) is read as a page's body, ``<html><body>FRAGMENT</body></html>``:
    trafilatura's loader refuses a one-block fragment as "not valid HTML" and makes the root
    of a longer one its first block, not a document.  A page with its ``<html>`` (a document
    root, however far down its first bytes write it) is parsed as it is."""
    from trafilatura.utils import decode_file, load_html  # lazily: slow import, workers only

    _class_lookup_in_c()
    tree = load_html(body)
    if tree is not None and tree.tag == "html":
        return tree, False
    wrapped = load_html(f"<html><body>{decode_file(body)}</body></html>")
    return (wrapped, True) if wrapped is not None else (tree, False)


@functools.cache
def _class_lookup_in_c() -> None:
    """Give the parser trafilatura's loader uses (``trafilatura.utils.HTML_PARSER``, an
    ``lxml.html.HTMLParser``) the element class lookup of ``lxml.html`` done in C: the same
    class for every element, node and tag (``HtmlElement``; ``FormElement``, ``InputElement``,
    ``SelectElement``, ``TextareaElement``, ``LabelElement`` by tag name, as
    ``lxml.html.HtmlElementClassLookup`` maps them; ``HtmlComment``,
    ``HtmlProcessingInstruction``, ``HtmlEntity``), without a call of that lookup's Python
    method each time an element of a parsed page gets its Python object (~7,800 times a page
    on the 439 Zyte and Fundus pages of ``bench/speed.py``: in trafilatura's extraction and
    clipper's passes over the tree, and in the copies trafilatura makes of it, which keep
    their document's parser).  Trees and results are the same; it only moves work into C.
    Once a process, on its first page (:func:`load_page`)."""
    from lxml import etree, html
    from trafilatura.utils import HTML_PARSER

    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=html.HtmlElement,
            comment=html.HtmlComment,
            pi=html.HtmlProcessingInstruction,
            entity=html.HtmlEntity,
        )
    )
    names = lookup.get_namespace(None)
    # lxml.html's own table: {"form": FormElement, "input": InputElement, ...}
    for tag, element_class in html.HtmlElementClassLookup._default_element_classes.items():
        names[tag] = element_class
    HTML_PARSER.set_element_class_lookup(lookup)


def extract_html(
    body: Any, url: str | None, fetched_at: str | None = None, **overrides: Any
) -> Any:
    """The trafilatura call clipper makes on page bytes, a string or a parsed tree (trafilatura
    copies a tree before it changes it): a ``trafilatura.settings.Document`` or None.
    ``overrides`` replace entries of :data:`TRAFILATURA_OPTIONS` (the recall retry)."""
    from trafilatura import bare_extraction  # imported lazily: slow import, workers only

    options = {**TRAFILATURA_OPTIONS, **overrides}
    return bare_extraction(body, url=url, date_extraction_params=date_params(fetched_at), **options)


def precision_extraction(
    tree: Any, url: str | None, fetched_at: str | None, find_date: bool = True
) -> Any:
    """What ``extract_html(tree, url, fetched_at)`` gives (the text with the precision settings
    and trafilatura's metadata), with only the metadata fields clipper reads
    (:func:`clipper.docmeta.document_metadata`: not categories, tags, licence and site name,
    ~6 ms a page; and no date search with ``find_date=False``, for a page whose date is known
    otherwise): the same document in every field clipper uses, or None where trafilatura
    discards the page (a metadata step raising ``TypeError``/``ValueError`` as well)."""
    try:
        metadata = document_metadata(tree, url, date_params(fetched_at), find_date)
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


def _paragraph_words(tree: Any) -> int:
    """The words of the page's ``<p>`` elements, counted as the extracted text's are
    (:func:`clipper.scripts.count_words`: a Chinese or Thai paragraph is not one word)."""
    return sum(count_words(p.text_content() or "") for p in tree.iter("p"))


def _has_paragraph(text: str, min_words: int) -> bool:
    """A line of ``min_words`` words holding a sentence (a full stop, question or exclamation
    mark before a space or at its end; in Thai or Lao, which write no full stop, a sentence's
    line, :func:`clipper.scripts.unpunctuated_prose`): prose, not a byline, share bar and tags
    that trafilatura's fallback flattened into one line with the headline."""
    return any(
        (n := count_words(line)) >= min_words
        and (SENTENCE_INSIDE.search(line) is not None or unpunctuated_prose(line, n))
        for line in text.splitlines()
    )


def unflattened(retry: str, text: str) -> str:
    """The recall or default settings' text ``retry`` with each line that ran a line of the
    precision ``text`` into the page's furniture cut back to that line: a one-paragraph brief's
    page read by trafilatura's fallback as one line of its headline, date, photo credit,
    paragraph and share bar ("Incendio forestal en Valparaíso 2026-12-01 Foto: AgenciaSur
    QUITO (AgenciaSur) - Un incendio … heridos. Facebook X WhatsApp", newcomer 22, finding 13),
    where the precision settings had found the paragraph alone.  A line of the precision text
    counts when it is prose (:func:`clipper.postclean.is_prose`: a sentence of six words or
    more), and is run in when what stands before it in the retry's line does not end a
    sentence, or what follows it holds none (a paragraph that goes on with sentences of its
    own is the article's, and stays)."""
    own = {" ".join(line.split()) for line in text.splitlines() if is_prose(line)}
    if not own:
        return retry
    lines = retry.splitlines()
    for number, line in enumerate(lines):
        folded = " ".join(line.split())
        for paragraph in own:
            at = folded.find(paragraph) if paragraph != folded else -1
            if at < 0:
                continue
            before = folded[:at].strip()
            after = folded[at + len(paragraph) :].strip()
            if (before and SENTENCE_END.search(before) is None) or (
                after and SENTENCE_INSIDE.search(after) is None
            ):
                lines[number] = paragraph
                break
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Measure:
    """What the post-clean leaves of one extracted text: its words, and whether it is
    article-sized (:func:`clipper.verdict.is_article_sized`, with the page's headline)."""

    words: int
    article_sized: bool
    paragraphs: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extraction of one page gave: trafilatura's document (None when it found nothing),
    the settings that produced its text, and what a retry found when its text was not taken
    (for the rejection message)."""

    doc: Any
    settings: str
    untaken_retry: str | None = None
    # the publication date the script payload gives, for a text read from it (from_embedded_body)
    published: str | None = None


def extract_with_retry(
    tree: Any,
    url: str | None,
    fetched_at: str | None,
    min_words: int,
    measure: Callable[[str], Measure],
    doc: Any,
) -> Extraction:
    """trafilatura with clipper's precision settings; then, for a page that would be rejected (fewer
    than ``min_words`` words left after the post-clean, as ``measure`` counts them), trafilatura's
    ``favor_recall`` settings; for a kept page whose text is short (under RECALL_RETRY_WORDS words)
    and whose ``<p>`` elements hold RECALL_GAIN times as many words (on the four extraction sets
    that skips 75 of 104 such retries and none whose text was taken), trafilatura's default
    settings.  A retry's text replaces the precision text when it has RECALL_GAIN times the words,
    or is article-sized where the precision text was not, and has one paragraph of
    RETRY_PARAGRAPH_WORDS words holding a sentence (trafilatura's fallback can flatten a stub's
    headline, byline, share bar and tags into one long line); or, for a *brief*, when the precision
    text is not article-sized (:func:`clipper.verdict.is_article_sized`) and the retry's is, in at
    most BRIEF_MAX_PARAGRAPHS paragraphs with a sentence that is not a furniture prompt, and with
    more words (a 20-word report under a headline is an article; a login wall, a link list or a list
    of one-line teasers is not).  For would-be rejections the recall settings rescued as many
    pages as default-then-recall (Readability's "qq" only by recall) at one extraction instead of
    two.
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
        return Extraction(doc, "precision")
    retry = extract_html(tree, url, fetched_at, with_metadata=False, **overrides)
    retry_text = unflattened(retry.text, text) if retry is not None and retry.text else ""
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
        return Extraction(doc, name)
    return Extraction(doc, "precision", f"{name} settings found {retry_words} words")


# A precision text shorter than this is extracted again with recall settings, and replaced when
# the retry finds more than RECALL_GAIN times as many words.  Chosen on the tuned sets (Zyte,
# Readability) among 50-300 words and 1.5-3×: 150 and 200 words tie there, 150 retries fewer
# pages.  Confirming sets (bench/extraction.py): Fundus and newspaper4k's pages gain as well.
RECALL_RETRY_WORDS = 150
RECALL_GAIN = 3.0
# A retry's text is taken only if one paragraph has this many words: on an index page the
# recall settings find the list of one-line teasers that the precision settings left out.
RETRY_PARAGRAPH_WORDS = 20
_NOTHING = Measure(0, False, 0)
# A brief has few paragraphs: a retry text of more short ones is a list of teasers.
BRIEF_MAX_PARAGRAPHS = 5


def from_embedded_body(
    tree: Any, raw: RawPage, measure: Callable[[str], Measure]
) -> Extraction | None:
    """For a page that gave no article: the body its scripts carry as HTML
    (:mod:`clipper.embedded`), else as text in its framework's state JSON
    (:mod:`clipper.statebody`), extracted with the precision settings, when that is an article;
    with the publication date the payload gives (:func:`clipper.embedded.embedded_published`,
    :attr:`clipper.statebody.StateBody.published`)."""
    body = embedded_body_html(tree)
    if body is not None:
        got = _script_body(body, raw, measure, "script-body precision")
        if got is not None:
            return Extraction(got.doc, got.settings, published=embedded_published(tree))
    state = state_body(tree)
    if state is None:
        return None
    got = _script_body(state.html, raw, measure, "state-body precision")
    return Extraction(got.doc, got.settings, published=state.published) if got else None


def _script_body(
    body: str, raw: RawPage, measure: Callable[[str], Measure], settings: str
) -> Extraction | None:
    doc = extract_html(
        f"<html><body><article>{body}</article></body></html>",
        raw.url,
        raw.fetched_at,
        with_metadata=False,
    )
    if doc is None or not doc.text or not measure(doc.text).article_sized:
        return None
    return Extraction(doc, settings)
