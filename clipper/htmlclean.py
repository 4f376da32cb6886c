"""The HTML path of cleaning (``raw.kind == "html"``): a page's bytes to its article or its
rejection.

Junk bodies are rejected first (:mod:`clipper.junk`).  Before extraction, inline link teasers
("Mehr zum Thema – <a>…</a>", "Read more: <a>…</a>") are removed structurally, in every language,
and section headings with permalinks or item links and spans inside sentences are protected from
the precision settings' link and class rules (:mod:`clipper.htmlprune`).  Then trafilatura with
clipper's settings and retries (:mod:`clipper.extraction`), the **news post-clean**
(:mod:`clipper.postclean`), which drops the furniture trafilatura lets through: the headline
repeated as the first line, newsletter lines, "Comments", advertisement markers, copyright lines,
teaser lines tagged "[VIDEO]"/"[INSIGHT]", and the furniture lines of the language tables the
text-dump cleaner uses (share and login prompts, "RELATED: …" teasers, "Read More" / "Czytaj
więcej" headings with their boxes' link titles).  An **index guard** rejects teaser lists
trafilatura takes for a main text (:func:`_looks_like_index`).  A short text that is all the page
holds is kept as a *whole-page note* (:func:`_not_a_whole_page_note`).
Headline and declared publication date come from the page's own metadata
(:mod:`clipper.htmlmeta`: JSON-LD article, og:title, an ``<h1>`` that is not the site's name,
``<title>`` without its site segments, kept whole where what follows its dash goes on with the
headline: :func:`clipper.htmlmeta.continued_in`), a section's name ("News") being none
(:func:`clipper.sectionnames.section_label`); footnote markers are read in brackets, apart
from their word (:mod:`clipper.footnotes`); the language from its declaration
(:mod:`clipper.declaredlanguage`), unless the text is beyond doubt in another
(:func:`clipper.language.believed_language`).  Extraction runs under a deadline
(:func:`clipper.deadlines.deadline`).
A text that stops at a paywall ("Il vous reste 57% de cet article à lire…") is stored as partial,
"paywall" (:func:`_paywall_cut`), as is one over a wall in a box of its own that the extraction
leaves out (:func:`clipper.wallblocks.wall_after_text`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from typing import Any

from clipper import graphemes
from clipper.attrbodies import read_attribute_bodies
from clipper.bylinelines import head_byline, opening_byline, shown_byline
from clipper.bylines import byline
from clipper.closings import drop_closing_lines
from clipper.closingsite import drop_site_sign_off
from clipper.config import DATELINE_REGION_LINES, CleanConfig
from clipper.datelineclocks import on_dateline_clock, page_dateline_zones
from clipper.deadlines import Timeout, deadline
from clipper.declaredlanguage import declared_language, declared_tag, language_tag
from clipper.declaredregion import declared_region
from clipper.docmeta import declared_author
from clipper.dumpdates import date_looking
from clipper.dumplines import normalise_line
from clipper.extraction import (
    RECALL_RETRY_WORDS,
    Extraction,
    Measure,
    extract_html,
    extract_with_retry,
    from_embedded_body,
    load_page,
    precision_extraction,
    set_up_once,
)
from clipper.footnotes import bracket_footnote_markers
from clipper.furniture.compiled import matchers
from clipper.furnitureheadings import furniture_heading
from clipper.galleries import gallery_of, gallery_text
from clipper.htmlblocks import read_prose_divs_as_paragraphs, unwrap_layout_tables
from clipper.htmldatelines import (
    last_date,
    page_head_lines,
    passed_month,
    text_date,
    text_update,
    unread_dateline,
)
from clipper.htmlinline import (
    keep_inline_words,
    keep_words_after_empty_inline,
    read_ruby_as_base_text,
)
from clipper.htmllinks import (
    unlink_list_sentences,
    unwrap_heading_anchors,
    unwrap_linked_paragraphs,
    unwrap_section_heading_links,
)
from clipper.htmlmeta import PageMeta, continued_in, dated_in, holds_as_segment, page_meta
from clipper.htmlprune import drop_hidden_elements, drop_link_teasers, drop_read_also_boxes
from clipper.joiners import protect_joiners, protect_text, restore_joiners
from clipper.junk import is_junk_bytes, is_junk_text
from clipper.language import detect_language
from clipper.leftout import read_cell_lists_as_paragraphs, restore_left_out
from clipper.liveblog import keep_entry_times
from clipper.modifiedtimes import line_update
from clipper.notices import ARTICLE_TYPES
from clipper.page import DECLARED, GUESSED, Article, RawPage, Rejection
from clipper.paywalltrailer import cut_paywall_trailer
from clipper.placeregion import dateline_region
from clipper.postclean import drop_byline_lines, is_ad_marker, post_clean
from clipper.quoting import quoted
from clipper.read import site_from_url
from clipper.read.provenance import declared_original, mirror_place, self_declared_url
from clipper.read.recorddates import reread_unread
from clipper.read.sniffing import page_head
from clipper.read.zones import placed_in, written_in
from clipper.reportdatelines import drop_report_dateline, with_credit
from clipper.scripts import count_words, word_runs
from clipper.sectionnames import section_label
from clipper.segmentbreaks import join_unspaced_line_breaks
from clipper.sitenames import is_site_name, site_keys, strip_site_segments
from clipper.splitbody import (
    MIN_OPENED_DECLARED_WORDS,
    DeclaredBody,
    body_container,
    cut_short,
    declared_body,
    restore_split_body,
    taken_blocks,
    whole_declared_body,
)
from clipper.statebody import state_body
from clipper.teaserlists import stamped_teasers
from clipper.textedges import drop_closing_datelines, drop_opening_datelines
from clipper.urls import is_listing_address
from clipper.verdict import clean_meta, finish, first_date, is_article_sized
from clipper.visibility import settle_visibility
from clipper.wallblocks import wall_after_text
from clipper.wirebylines import drop_wire_bylines

# A paragraph of this many words is an article's prose, not a teaser's summary.
PROSE_PARAGRAPH_WORDS = 40
# At a front page's or a listing's address (clipper.urls.is_listing_address), this many lines
# without prose are its teasers (newcomer 20: a CC-News home page of 5 teasers, stored as an
# article, became a copy of a tag page and titled a wire story's story "Portada"; a home page
# of which extraction kept one 26-word teaser was stored too).
LISTING_MIN_TEASERS = 1


def _looks_like_index(lines: list[str], pagetype: str | None, url: str | None = None) -> bool:
    """A list of teasers rather than an article.  All of: the page does not declare itself an
    article (og:type / JSON-LD type), trafilatura kept at least 8 paragraphs, none of them a
    prose paragraph of 40 words or more, fewer than a quarter of them starting in lower case
    (the mark of hard-wrapped prose: an RFC, a <pre> article), and one short line (≤ 4 words:
    "Read more", "Continue reading", a date) repeats at least 3 times, the mark of a teaser
    list; date-only lines count as one line however their dates differ (a teaser's date under
    each summary, "7 August 2025" … "24 Jul 2025": trafilatura#811's index page, stored as an
    article before; :func:`clipper.dumpdates.date_looking`).  An advertisement marker is no
    such mark (:func:`clipper.postclean.is_ad_marker`): news sites of one-sentence paragraphs
    (~20-30 words each) put "Advertisement" or "Story continues below advertisement" between
    every few of them, and such an article is no teaser list.  Lists of bare headlines usually
    fail trafilatura's own link-density checks (→ no text at all).  Fires on none of the 712
    pages of the four extraction sets.

    At a front page's or a listing's address (``url``: :func:`clipper.urls.is_listing_address`,
    "https://site.mx/", "/tag/lluvias/?page=2") the address is the mark: lines without a
    prose paragraph are teasers.  None of the 439 Zyte and Fundus pages has such an address."""
    if _declared_article(pagetype):
        return False
    if is_listing_address(url) and _teasers_only(lines):
        return True
    if len(lines) < 8:
        return False
    # Hard-wrapped prose (RFC text, <pre> articles): many lines continue a sentence.
    if sum(1 for line in lines if line[:1].islower()) >= 0.25 * len(lines):
        return False
    counts: Counter[str] = Counter()
    for line in lines:
        n = line.count(" ") + 1
        if n >= PROSE_PARAGRAPH_WORDS:
            return False
        if n <= 4 and not is_ad_marker(line):
            # each teaser's own date under it ("7 August 2025", "24 Jul 2025") marks the list
            # as one repeated "Read more" does: the dates differ, their form does not
            counts[_DATE_FORM if date_looking(line) else line.casefold()] += 1
    return bool(counts) and max(counts.values()) >= 3


def _declared_article(pagetype: str | None) -> bool:
    """Whether the page declares itself an article (og:type / JSON-LD type)."""
    return bool(pagetype and ARTICLE_TYPES.search(pagetype))


# The key of every date-only short line in :func:`_looks_like_index`'s count.
_DATE_FORM = "\x00date"


def _teasers_only(lines: list[str]) -> bool:
    """At least :data:`LISTING_MIN_TEASERS` lines, and not one prose paragraph of
    :data:`PROSE_PARAGRAPH_WORDS` words or every line an item of a list (trafilatura's "- "):
    a front page's or tag page's teasers (a summary of a sentence or two under each headline,
    a list's items when the site sets them as one; a story's lead paragraph as its summary
    can be longer), not an article's paragraphs."""
    if len(lines) < LISTING_MIN_TEASERS:
        return False
    return all(line.startswith("- ") for line in lines) or all(
        line.count(" ") + 1 < PROSE_PARAGRAPH_WORDS for line in lines
    )


def _fragment_text(html: str, raw: RawPage) -> str | None:
    """The text of a piece of the page (a body container's cousin) with clipper's settings."""
    doc = extract_html(html, raw.url, raw.fetched_at, with_metadata=False)
    return doc.text if doc is not None else None


def _text_lines(text: str) -> list[str]:
    """trafilatura's text as normalised, non-empty lines."""
    return [ln for ln in map(normalise_line, text.splitlines()) if ln]


def clean_html(raw: RawPage, config: CleanConfig) -> Article | Rejection:
    body = raw.body
    head = page_head(body if isinstance(body, bytes) else body.encode("utf-8", "replace"))
    if isinstance(body, bytes) and is_junk_bytes(body):
        return Rejection(raw.origin, "not-text", "binary content")
    if isinstance(body, str) and is_junk_text(body):
        return Rejection(raw.origin, "not-text", "control characters")
    if b"<" not in head:
        return Rejection(raw.origin, "not-text", "no markup")
    # its dates read as its language writes them (clipper.read.zones.written_in, as a record's
    # are): a Persian page's Solar Hijri ones, a Vietnamese one's day first, a zone abbreviation
    # several zones share; and its country's where it states one (<html lang="ti-ET">: a
    # Tigray paper's Ethiopian calendar)
    # the page's whole language tag, its region saying how it writes its dates of numbers
    # ("en-US": month first), as a record's language field does
    region = declared_region(
        head, [raw.language], raw.country, clean_meta(raw.url), raw.stated_country
    )
    tag = declared_tag(head) or (raw.language if language_tag(raw.language) else None)
    with written_in(tag, raw.url, region):
        return _clean_page(raw, config, head, region)


# The extracted lines a dateline may open (a headline, a date line, an "Updated" line or a
# byline above the text's first paragraph), as clipper.placeregion.dateline_lines reads them.
_DATELINE_LINES = DATELINE_REGION_LINES


def _dates_in(
    lines_in: str | None, url: str | None, region: str | None, placed: str | None
) -> AbstractContextManager[None]:
    """Where a page's text dates are read: as ``lines_in`` writes them (the language its lines
    read as, for a page stating none), its country ``region`` (stated), else ``placed`` (its
    dateline's)."""
    if lines_in:
        return written_in(lines_in, url, region or placed)
    return placed_in(placed) if placed else nullcontext()


def _clean_page(
    raw: RawPage, config: CleanConfig, head: bytes, region: str | None
) -> Article | Rejection:
    body = raw.body
    set_up_once()  # the process's set-up, outside the page's deadline
    # "03/12/2026" in a record of no language field: read as the page's <html lang> writes it
    reread = reread_unread(raw.published, raw.date_unread, raw.language)
    try:
        with deadline(config.extraction_timeout_s):
            tree, fragment = load_page(body)
            if tree is None:
                return Rejection(raw.origin, "no-article", "no HTML tree could be parsed")
            join_unspaced_line_breaks(tree)  # "涉及居\n民一万" is one word, as a browser shows it
            meta = page_meta(tree, raw.url, raw.site)
            # a Persian "می‌شود", a Bengali "র‍্যাব": trafilatura drops the joiners inside words
            joined = protect_joiners(tree)
            drop_hidden_elements(tree)
            # "(opens in a new window)" out of sentences, the story's rest behind "Read more" in
            settle_visibility(tree)
            read_attribute_bodies(tree)  # a story's rest in a data- attribute
            keep_entry_times(tree)  # a live blog's "21:12" beside each entry
            unwrap_layout_tables(tree)
            read_cell_lists_as_paragraphs(tree)  # the precision settings empty a list's cell
            read_ruby_as_base_text(tree)
            bracket_footnote_markers(tree)  # "gales.<sup>1</sup>" read "gales.[1]", not "gales.1"
            drop_link_teasers(tree)
            drop_read_also_boxes(tree)
            unlink_list_sentences(tree)
            unwrap_heading_anchors(tree)
            keep_inline_words(tree)
            keep_words_after_empty_inline(tree)  # "<b></b>words": the precision settings drop both
            unwrap_section_heading_links(tree)
            read_prose_divs_as_paragraphs(tree)
            unwrap_linked_paragraphs(tree)
            # The headline does not depend on the text: it is known before the retry, which
            # counts the words the post-clean (dropping a repeated headline) leaves.
            # trafilatura's date (htmldate's search) is the last resort: the crawler's date
            # or one the page declares comes first (``published`` below)
            first = precision_extraction(
                tree,
                raw.url,
                raw.fetched_at,
                find_date=not (clean_meta(raw.published) or reread or meta.published),
            )
            # trafilatura's title, unless it took a menu's or a comment section's heading
            traf_title = clean_meta(first.title) if first is not None else None
            if furniture_heading(tree, traf_title):
                traf_title = None
            # the first that is a headline: a section's name ("News", "Wirtschaft") is none
            # (clipper.sectionnames.section_label), the page's first heading stands instead
            title = next(
                (
                    candidate
                    for candidate in (
                        meta.title,
                        _strip_site_suffix(traf_title, meta),
                        meta.title_tag,
                        clean_meta(raw.title),
                    )
                    if candidate and not section_label(candidate, raw.url)
                ),
                None,
            )
            if (not title or is_site_name(title, meta.site_names)) and not section_label(
                meta.subhead, raw.url
            ):
                title = meta.subhead or title
            if title and not title.isascii():
                # composed as the text's lines are (clipper.dumplines.normalise_line): a page
                # in windows-1258 or typed "Unicode tổ hợp" writes its tone marks apart
                title = unicodedata.normalize("NFC", title)
            if joined:
                title = protect_text(title)  # compared with the text's lines, written so

            # text -> (its lines, its post-cleaned lines) and their measure, made once per text
            # (the precision text is measured by the retry and again below)
            split: dict[str, tuple[list[str], list[str]]] = {}
            measured: dict[str, Measure] = {}

            def measure(text: str) -> Measure:
                if text in measured:
                    return measured[text]
                lines = _text_lines(text)
                kept = post_clean(lines, title)
                split[text] = (lines, kept)
                n_words = count_words("\n".join(kept))
                measured[text] = Measure(
                    n_words, is_article_sized(n_words, kept, title, config), len(kept)
                )
                return measured[text]

            # the precision text, before a retry's text takes its document's place
            intro = first.text if first is not None and first.text else ""
            got = extract_with_retry(
                tree, raw.url, raw.fetched_at, config.min_article_words, measure, first
            )
            # a photo gallery whose intro alone is too short: its captions are its paragraphs.
            # Read only then (~0.8 ms a page, one walk of the tree by XPath): the extraction
            # left the tree as it was (trafilatura and htmldate change copies of it), so its
            # <figcaption>s are still there
            gallery = None if intro and measure(intro).article_sized else gallery_of(tree)
            shown = (
                gallery_text(
                    gallery,
                    intro,
                    got.doc.text if got.doc is not None and got.doc.text else "",
                    lambda text: measure(text).article_sized,
                )
                if gallery is not None
                else None
            )
            if shown is not None:
                got = Extraction(_doc_for(first, got), "precision and gallery-caption")
                got.doc.text = shown
            elif got.doc is not None and got.doc.text:
                # the page's blocks whose text trafilatura kept and the element they are in,
                # found once for both
                read_lines = _text_lines(got.doc.text)
                taken: dict[Any, int] | None = taken_blocks(tree, read_lines)
                container = body_container(tree, taken) if taken is not None else None
                # a body split over same-kind containers: trafilatura kept the first only
                restored = restore_split_body(
                    tree, got.doc.text, lambda html: _fragment_text(html, raw), taken, container
                )
                if restored is not None:
                    got.doc.text = "\n".join(restored.lines)
                    read_lines, taken, container = restored.lines, None, None
                # a lede apart above the body's container, a list between kept paragraphs
                put_back = restore_left_out(tree, read_lines, taken, container)
                if put_back is not None:
                    got.doc.text = "\n".join(put_back)
            text = got.doc.text if got.doc is not None and got.doc.text else ""
            if not text or not measure(text).article_sized:
                embedded = from_embedded_body(tree, raw, measure)
                if embedded is not None and got.doc is not None:
                    # the page's own metadata (author, date, type) stays
                    got.doc.text = embedded.doc.text
                    got = Extraction(got.doc, embedded.settings, published=embedded.published)
                elif embedded is not None:
                    got = embedded
    except Timeout:
        return Rejection(raw.origin, "timeout", f"> {config.extraction_timeout_s:g}s")
    except Exception as exc:
        said = graphemes.cut(f"{type(exc).__name__}: {exc}", 200)
        return Rejection(raw.origin, "extraction-error", said)
    doc = got.doc
    if doc is None or not doc.text:
        return Rejection(
            raw.origin,
            "no-article",
            "no main text with precision or recall settings"
            + (f"; title {quoted(title)}" if title else "; no title"),
        )
    lines, kept = split.get(doc.text) or (_text_lines(doc.text), None)
    # the address it was fetched from, else (a saved file) the page's own canonical link: a
    # canonical naming the front page is a known misconfiguration of article pages, so only
    # where nothing else says where the page was (the text must read as teasers either way;
    # none of the 714 extraction-set pages has a listing's canonical)
    # and where neither is, the place a mirror's folders give the saved file (a host folder
    # without a public suffix gives no address, but its index.html is still a front page)
    place = raw.url or self_declared_url(head) or mirror_place(raw.origin)
    if _looks_like_index(lines, clean_meta(doc.pagetype), place):
        return Rejection(
            raw.origin,
            "no-article",
            f"index page: teaser list ({len(lines)} teasers: short paragraphs or list items)",
        )
    if not _declared_article(clean_meta(doc.pagetype)) and (
        teasers := stamped_teasers(lines, title)
    ):
        # headlines each with its date stamp after it ("… 12/04 10:12": clipper.teaserlists)
        return Rejection(
            raw.origin,
            "no-article",
            f"index page: teaser list ({teasers} teasers: headlines each with its date)",
        )
    extracted, lines = lines, kept if kept is not None else post_clean(lines, title)
    settings = f"{got.settings} settings"
    # a teaser (a paywall's, a script-loaded page's) of the article body its JSON-LD declares
    declared = declared_body(tree)  # read once: the teaser's rule here, partial's below
    whole = whole_declared_body(declared, lines, lambda html: _fragment_text(html, raw))
    if whole is not None:
        extracted, lines = whole, post_clean(whole, title)
        settings = "the page's declared article body (JSON-LD articleBody)"
    elif count_words("\n".join(lines)) < RECALL_RETRY_WORDS:
        # a teaser whose whole body the page carries as text in its state JSON only (a
        # Next.js paywall's first paragraph over __NEXT_DATA__): read by the same rule
        # (a short article's too: whole_declared_body holds it to the teaser's test)
        state = state_body(tree, MIN_OPENED_DECLARED_WORDS)
        whole = (
            whole_declared_body(
                DeclaredBody(state.html, state.words),
                lines,
                lambda html: _fragment_text(html, raw),
            )
            if state is not None
            else None
        )
        if whole is not None:
            extracted, lines = whole, post_clean(whole, title)
            settings = "the page's state JSON body (a teaser on the page)"
    # the page's own metadata, else the crawler's field (as for the headline)
    author = byline(clean_meta(doc.author) or declared_author(raw.author))
    # a line that is only the page's byline ("Von Nina Magoley" under the standfirst)
    lines = drop_byline_lines(lines, author)
    # a desk's or an agency's sign-off ending the text ("김도윤 기자 kim@…", "Kaynak: AA"): the
    # name it gives is the author a page that names none has
    lines, signed = drop_closing_lines(lines)
    # the site's name alone as the last line ("Vanguard News Nigeria"): its sign-off
    lines = drop_site_sign_off(lines, set(meta.site_names) | site_keys(raw.url, raw.site))
    # a Chinese or Korean report's byline and dateline opening it ("(서울=연합뉴스) 박지훈 기자 =",
    # "本报记者 李明 报道") or closing its first or last paragraph ("（記者 陳大文／台北報導）"):
    # its reporter is the author before the agency a notice below names
    lines, wired = drop_wire_bylines(lines)
    author = author or byline(wired) or byline(signed)
    # an agency's dateline naming no reporter ("WASHINGTON (AP) —", "【ワシントン＝共同】",
    # "(서울=연합뉴스)") or a place alone ("【ソウル】"): cut in every language, its agency
    # credited after the page's writer, once its byline is read below (its day is read below
    # from the text as extracted)
    lines, dateline = drop_report_dateline(
        lines, set(meta.site_names) | site_keys(raw.url, raw.site)
    )
    # a byline and a dateline at the text's top (a print page's): the page's, not its text
    top = head_byline(lines, title)
    if top is not None:
        lines = top.rest
        author = author or byline(top.author)
    # a byline line alone at the text's top of a page naming no author ("By Rosa Quintal,
    # Transport Correspondent"): the page's, not its text, its names the author; a designation
    # ("By Staff Reporter", "በሪፖርተር ዘጋቢ") or an agency's name alone ("AFP") on any page.
    # Another writer's byline on a page naming its author stays (a guest's, a quoted book's:
    # drop_byline_lines)
    opening = opening_byline(lines, title) if top is None else None
    if opening is not None and (author is None or not opening.names or opening.credit):
        lines = opening.rest
        author = author or byline(opening.names)
    # the dateline's agency after the writer its byline names, as a text dump's is ("خبرنگار:
    # علی رضایی" over "تهران- ایسنا-" is "علی رضایی; ایسنا", "By Jane Roe" over "LONDON
    # (Reuters) -" "Jane Roe; Reuters"): credited before the byline was read, the agency was
    # the author and the byline a writer's other than the page's (newcomer 49a)
    author = with_credit(author, dateline)
    # a dateline standing as the first paragraph: the page's date, read below from the
    # extracted text, not a paragraph (one capture prints it, another not: two versions)
    lines = drop_closing_datelines(drop_opening_datelines(lines))
    # a paywall box's sentences run into the last paragraph (clipper.paywalltrailer)
    lines, trailer_cut = cut_paywall_trailer(lines)
    undeclared = not (declared_language(head) or language_tag(raw.language))
    if reread is None and raw.date_unread is not None and undeclared:
        # "04/12/2026 06:30" in a record of no language field whose body is HTML stating none
        # (a CMS export's row: newcomer 37b, finding 3): read as its headline and text read
        # as, as a text record's date field is (clipper.clean)
        text_language = detect_language("\n".join([title or "", *extracted]))
        with written_in(text_language, raw.url, region) if text_language else nullcontext():
            reread = reread_unread(raw.published, raw.date_unread, raw.language)
    # the crawler's date, else the page's own metadata (both declared), else htmldate's search
    # of its URL, its dated elements and its text (guessed: clipper.page.DateSource)
    published, date_source = first_date(
        (raw.published or reread, DECLARED),
        (meta.published, DECLARED),
        # a text read from the page's script payload: the date that payload gives
        (got.published, DECLARED),
    )
    # a page stating no language shows its date lines in the one its text reads as: their
    # month names read in it ("4 Disember 2026" under a Malay headline), as a text dump's are
    # (clipper.clean); identified only for a page its metadata does not date
    lines_in = detect_language("\n".join(extracted)) if undeclared and published is None else None
    # a page stating no country: the one of the place its dateline names ("NEW DELHI, Dec 6
    # (PTI) -": its "14:30 IST" is India's; clipper.placeregion.dateline_region)
    placed = (
        None
        if region
        else dateline_region(
            declared_language(head) or raw.language, "\n".join(extracted[:_DATELINE_LINES])
        )
    )
    if published is None:
        # the posting time under its headline, a dateline, htmldate's search
        with _dates_in(lines_in, raw.url, region, placed):
            published, date_source = text_date(
                extracted, tree, raw, doc.date, region, address=place
            )
        if top is not None and date_source != DECLARED:
            # the dateline beside the byline at the text's top, found in the text: a guess,
            # unless it is a posting stamp with its time, which text_date read as declared on
            # the page's clock ("۱۵ آذر ۱۴۰۵ - ۲۱:۳۰" above ISNA's "خبرنگار: …" was a guess,
            # zoneless, once its byline was read: session 49)
            published, date_source = top.published, GUESSED
    if published is None:
        # the record's "Updated" line, its "il y a 3 heures", the page's own "vor 2 Stunden"
        with _dates_in(lines_in, raw.url, region, placed):
            published, date_source = last_date(extracted, tree, raw)
    if author is None:
        # the byline where the page shows its date ("By Rosa Quintal · 2 hours ago" in a <p
        # class=meta> under its headline, which extraction leaves out)
        author = byline(shown_byline(page_head_lines(extracted, tree)))
    # a publishing system's default tag ("es-ES") the page's own time bears out: its offset
    # Spain's (clipper.declaredregion.borne_out), known once the page is dated
    region = declared_region(
        head, [raw.language], raw.country, clean_meta(raw.url), raw.stated_country, published
    )
    # a zoneless time of a page whose address, tags and language name no clock: on the clock
    # of its dateline's place ("NEW DELHI, Dec 6 (PTI) -": "14:30" is 09:00 UTC, as "14:30
    # IST" is; clipper.datelineclocks)
    clock = (
        page_dateline_zones(
            declared_language(head) or raw.language,
            raw.url,
            "\n".join(extracted[:_DATELINE_LINES]),
            region,
        )
        if placed
        else ()
    )
    published = on_dateline_clock(published, clock)
    result = finish(
        raw,
        config,
        lines,
        read=extracted,
        title=title,
        author=author,
        published=published,
        date_source=date_source,
        # the reader's URL (clipper.read: the address, or the page's own canonical link)
        url=clean_meta(raw.url),
        site=clean_meta(raw.site)
        or site_from_url(raw.url)
        # a declared name only: trafilatura's sitename also guesses from a <title> suffix or
        # a copyright line ("人民网版权所有", "weight loss up to 10 kg. reviews")
        or meta.site_name,
        # the names the page's metadata gives its site (og:site_name, its <title>'s segment)
        site_names=meta.site_names,
        language=declared_language(head) or language_tag(raw.language),
        region=region,
        declared_original=declared_original(head, clean_meta(raw.url)),
        extracted_with=settings
        + (f" ({got.untaken_retry}, not taken)" if got.untaken_retry else ""),
        # a fragment (a record's body_html) is not all its page held: no whole-page note; a
        # brief is an article by the brief rules a text record's is (clipper.verdict)
        whole_page=(lambda: FRAGMENT_NOTE)
        if fragment
        else lambda: _not_a_whole_page_note(tree, extracted, lines, title),
        title_tag=meta.title_tag,
        pagetype=clean_meta(doc.pagetype),
    )
    if isinstance(result, Rejection) and result.reason == "too-short" and gallery is not None:
        # a gallery of bare labels ("Photo 3 of 12"), or captions too short: say so
        caption_words = count_words("\n".join(post_clean(list(gallery.captions), None)))
        result = replace(result, detail=f"{gallery.note(caption_words)}; {result.detail}")
    if isinstance(result, Article):
        # the "Updated" line under its headline, with the offset of the page's own time of
        # that minute where its line gives none; else the record's date field that was one
        with _dates_in(lines_in, raw.url, region, placed):
            update = text_update(extracted, tree, raw)
        result.updated = on_dateline_clock(
            meta.with_twin_offset(update) if update else line_update(raw), clock
        )
        # the time its metadata or record says it last changed: its update where it shows
        # none and that is really later (clipper.verdict.checked_update)
        result.modified = on_dateline_clock(raw.modified or meta.modified, clock)
        result.date_reread = reread is not None and published == reread
    if isinstance(result, Article) and result.published is None:
        # a date the page gives that clipper does not read: counted by the run
        with _dates_in(lines_in, raw.url, region, placed):
            unread, too_late = (
                (meta.date_unread, False)
                if meta.date_unread
                else unread_dateline(extracted, tree, raw, region)
            )
        if too_late:
            result.date_ignored = unread
        else:
            result.date_unread = unread
        if unread is None:
            # htmldate's first of the month its address names with no day: passed over
            # (newcomer 41, finding 2: "/2026/12/politica/slug" stored as 2026-12-01, uncounted)
            result.date_month = passed_month(doc.date, tree, raw, place)
    if isinstance(result, Article) and joined:
        result.text = restore_joiners(result.text) or result.text
        result.title, result.author = restore_joiners(result.title), restore_joiners(result.author)
    if isinstance(result, Article) and result.partial is None:
        # the wall's statement ending the text, else standing in a box of its own below it,
        # which the extraction left out (clipper.wallblocks)
        if (
            trailer_cut
            or _paywall_cut(extracted)
            or wall_after_text(tree, result.text.splitlines())
        ):
            result.partial = "paywall"
        else:
            # a body cut short of what the page declares (clipper.splitbody)
            result.partial = cut_short(declared, count_words(result.text))
    return result


def _doc_for(first: Any, got: Extraction) -> Any:
    """The trafilatura document a gallery's text goes in: the precision settings' (its
    metadata), else the retry's, else a new one (neither found a text)."""
    if first is not None:
        return first
    if got.doc is not None:
        return got.doc
    from trafilatura.settings import Document  # imported lazily, as clipper.extraction does

    return Document()


# A paywall's "the rest of this article is for subscribers" line stands at the end of what the
# page shows; among the text's last lines there may still be a share bar or a newsletter box.
PAYWALL_LINE_FROM_END = 3


def _paywall_cut(read: list[str]) -> bool:
    """Whether the page's text stops at a paywall: one of the last :data:`PAYWALL_LINE_FROM_END`
    lines that trafilatura read (``read``) says the rest of the article is for subscribers
    (the language tables' ``truncated`` phrases, :mod:`clipper.furniture`; the post-clean drops
    that line).  Such a page is stored as partial ("paywall"), as a capture cut short is; not
    for a wall's statement running into the article's paragraph, which the post-clean keeps
    (:func:`clipper.notices.after_wall`)."""
    from clipper.notices import after_wall  # it reads the post-clean, which reads this module

    m = matchers()
    return any(
        m.says_rest_is_paywalled(line) and after_wall(normalise_line(line)) is None
        for line in read[-PAYWALL_LINE_FROM_END:]
    )


def _strip_site_suffix(title: str | None, meta: PageMeta) -> str | None:
    """trafilatura's title without its " | Site" / " - Site" segments (see
    :func:`clipper.sitenames.strip_site_segments`); None when it is the site's name."""
    stripped, _ = strip_site_segments(title, meta.site_names)
    if stripped and is_site_name(stripped, meta.site_names):
        return None
    if (
        stripped
        and meta.title_tag
        and (continued_in(meta.title_tag, stripped) or dated_in(meta.title_tag, stripped))
    ):
        # trafilatura cuts a <title> at its first " – " whatever follows; "Council's plan –
        # what it means" names no site on either side: the dash is the headline's own, as is
        # the edition's date after it ("Weekly review – 5 December")
        return meta.title_tag
    if stripped and meta.title_tag and holds_as_segment(stripped, meta.title_tag):
        # "Local » Headline" of "Site » Local » Headline": the <title> cut to the page's own
        # heading (PageMeta.title_tag) is the headline, the section's name is not
        return meta.title_tag
    return stripped


# Why a short text of an HTML fragment is no whole-page note: the page around it is unknown.
FRAGMENT_NOTE = "an HTML fragment (a record's body), not a whole page"

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
    tree: Any, read: list[str], kept: list[str], title: str | None
) -> str | None:
    """None when the short text ``kept`` is a *whole-page note*, else why it is not one (for the
    rejection).

    A page that holds nothing but a short text (no navigation, no furniture, no other
    content: a CMS's brief, a one-paragraph notice, a page of a few lines) is that text,
    however short, unless it is an error or notice page.  All of: the extracted text
    ``read`` (plus the headline) holds at least :data:`WHOLE_PAGE_SHARE` of the words of the
    page's visible body text; at most half of those words are link texts (a list of links is
    navigation); the post-clean cut nothing but the repeated headline (a login or paywall
    prompt, a share bar).  A short text with an error or notice line, headline or ``<title>``
    ("Page not found", "403", "Zugriff verweigert", "Just a moment...", "Enable JavaScript")
    never gets here: it is an ``error-page`` (:func:`clipper.verdict.finish`).  A short text
    on a page with anything else around it stays a rejection: there the short text is what
    the extractor found of a page, not the page.  ``tree`` is the parsed page (lxml)."""
    if not kept:
        return "nothing left after cleaning"
    words = word_runs(" ".join(kept).casefold())
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
