"""Error and notice pages: what a crawler saves when a site answers with an apology, not an article.

A "soft 404" (the site answers HTTP 200 with a "Page not found" page), an archive's "Item cannot
be found", a bot check or a "JavaScript required" page each hold a headline and a sentence or two,
enough for the brief rule of :func:`clipper.verdict.is_article_sized`, and every page of one site
holds the same text, so they cluster together as if they were one story.  :func:`error_page`
tells them from a short article by three signals together:

1. The page is *titled* as a notice: its ``<title>`` or headline, or one segment of it between
   the site separators ("Internet Archive: Error", "Page not found | The Gazette"), of at most
   :data:`NOTICE_TITLE_WORDS` words, is an error or notice
   (:meth:`clipper.furniture.compiled.Matchers.is_error_notice`, the ``errors`` phrases of every
   language table); or a heading line of the text, one before its first sentence of at most
   :data:`NOTICE_HEADING_WORDS` words, is one.  A site that answers every address with its
   error or "server busy" page under its own name as ``<title>`` ("ハーバータイムズ" over
   "ページが見つかりません", "港湾时报" over "服务器繁忙") keeps the notice's heading in the
   text, not as the headline (newcomer 26: such pages in ja, zh and ko were stored).
2. The text is short: under ``CleanConfig.max_error_page_words`` words.
3. The text *says* so: its notice lines (error phrases again, and the lines sending the
   reader elsewhere, ``error_help``: "Please use the search box or return to our home page")
   hold at least :data:`NOTICE_SHARE` of the words of its sentences
   (:func:`clipper.postclean.is_prose`), or it has no other sentence; at least one of them is
   an error phrase.

An expired or withdrawn story's notice is one ("This content is no longer available", "The
article you requested has expired", "Este contenido ya no está disponible … fue retirada de
nuestro sitio", "Este conteúdo não está mais disponível"): a site taking an agency's story down
after its licence ends answers HTTP 200 at the story's address with it, and every site of the
agency's copy says the same words.  Kept, it became the story's newest version and a
multi-outlet story of its own.

A brief headlined "Missing climber not found" whose text says once that the climber "could not
be found" keeps its other sentences (the search, the police, the weather), so it stays an
article.  Measured on the 714 pages of the four extraction sets and the 680 wire texts, not one
is an error page by this rule (at a share of 1/3 too); on ``crawler-warcs``, 10 of the Internet
Archive's 11 "Internet Archive: Error" pages are ("Item cannot be found"; the 11th holds only
its menu, and stays: nothing in its text says it is a notice).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from clipper import graphemes
from clipper.dumplines import is_body_paragraph, normalise_line
from clipper.furniture.compiled import matchers
from clipper.furniture.consent import consent_lines, is_consent_heading, is_consent_sentence
from clipper.postclean import is_prose
from clipper.quoting import quoted
from clipper.scripts import count_words
from clipper.sitenames import SEGMENT_SEP
from clipper.urls import site_page_address

# A notice title is short: "Page not found", "404 Not Found", "Access denied", "Oops! That
# page can't be found."; a headline reporting that something was not found is longer.
NOTICE_TITLE_WORDS = 6
# A heading line of the text (before its first sentence) counts as the notice's title up to
# this many words: "ただいまアクセスが集中しています" counts 8, "접속자가 많아 연결이 지연되고
# 있습니다" 5; a section label or kicker above an article's first sentence is shorter still,
# and the share of notice lines (NOTICE_SHARE) must hold as well.
NOTICE_HEADING_WORDS = 10
# The notice lines' share of the text's sentence words: an apology with a line or two of
# "go to the homepage" is a notice; a brief saying once that something could not be found has
# its story around that sentence.
NOTICE_SHARE = 1 / 2
# What separates a title's segments: the site separators of clipper.htmlmeta, and a colon
# ("Internet Archive: Error").
_SEGMENTS = re.compile(rf"{SEGMENT_SEP.pattern}|\s*:\s*")


def error_page(
    lines: Sequence[str], titles: Sequence[str | None], n_words: int, max_words: int
) -> str | None:
    """Why the text ``lines`` (cleaned paragraphs, ``n_words`` words) of a page titled
    ``titles`` (its headline and ``<title>``; None where absent) is an error or notice page
    rather than an article, or None when it is not one (see the module docstring;
    ``max_words``: ``CleanConfig.max_error_page_words``)."""
    if n_words >= max_words:
        return None
    m = matchers()
    title = next((t for t in titles if t and _notice_title(t)), None)
    title = title or _notice_heading(lines)
    if title is None:
        return None
    first: str | None = None
    said = prose = 0  # words of the notice lines, of the other sentences
    for line in lines:
        if m.is_error_notice(line):
            first = first or line
            said += count_words(line)
        elif m.is_error_help(line):  # "return to our home page": the notice's, not a story's
            said += count_words(line)
        elif is_prose(line):
            prose += count_words(line)
    if first is None or said < NOTICE_SHARE * (said + prose):
        return None
    title, first = graphemes.cut(title, 60), graphemes.cut(first, 60)
    return f"an error or notice page: title {quoted(title)}, text {quoted(first)}"


def consent_wall(
    lines: Sequence[str],
    article_sized: Callable[[list[str]], bool],
    titles: Sequence[str | None] = (),
) -> str | None:
    """ "a consent wall: 'We and our partners use cookies…'" when the text ``lines`` (cleaned
    paragraphs) is a cookie-consent wall rather than an article, else None.

    A crawler fetching from a country with consent laws is often answered, at the article's
    own address and under its canonical link, with the site's consent page: a heading ("It's
    your choice", "Wir brauchen Ihre Zustimmung"), three to five sentences of the site
    speaking about cookies, partners and personal data, and its buttons.  Kept, it became the
    article's newest version at that address (its text in ``show URL``, a "NEW" story in the
    digest).  The text is one when its consent banners
    (:func:`clipper.furniture.consent.consent_lines`) hold at least :data:`NOTICE_SHARE` of its
    words and what is left beside them is no article (``article_sized``:
    :func:`clipper.verdict.is_article_sized` with the page's headline); an article with a banner
    kept above or below it stays an article.  Under a consent dialog's heading (one of
    ``titles``, the headline and ``<title>``, is one:
    :func:`clipper.furniture.consent.is_consent_heading`, "Valoramos tu privacidad"), a
    framework's long sentence that does not name cookies counts as a banner line too
    (:func:`clipper.furniture.consent.is_consent_sentence`): IAB TCF's Spanish dialog, saved in
    place of the article by three sites, was stored and clustered as a 3-outlet story (newcomer
    20).  Beside a banner, a consent-or-pay wall's offer to read without advertising for a fee
    counts with it (:func:`_offer_lines`): the German wall's "Oder werbefrei lesen mit dem
    Pur-Abo … 1,99 € pro Woche" was stored as a brief (newcomer 29)."""
    words = [count_words(line) for line in lines]
    banner = consent_lines(lines, words)
    if any(title and is_consent_heading(title) for title in titles):
        banner |= {i for i, line in enumerate(lines) if is_consent_sentence(line, words[i])}
    if not banner:
        return None
    banner |= _offer_lines(lines, words)
    said = sum(words[i] for i in banner)
    if said < NOTICE_SHARE * sum(words):
        return None
    if article_sized([line for i, line in enumerate(lines) if i not in banner]):
        return None
    return f"a consent wall: {quoted(graphemes.cut(lines[min(banner)], 60))}"


# A wall's prompt is a sentence or three ("You've reached your limit of free articles this
# month. Create a free account or subscribe to keep reading. Subscribers get unlimited
# access …"), as the paywall check reads it (clipper.dumppaywall.stops_at_paywall's 60 words).
WALL_PROMPT_MAX_WORDS = 60


# A wall's statement may open with a few words of its own before the tables' phrase: "O acesso
# a | este conteúdo é exclusivo para assinantes", "Access to | this article is for subscribers
# only", "L'accés a | aquest contingut…", "إن الوصول إلى | هذا المحتوى…" (newcomer 37 finding
# 3: anchored at the line's start, the phrase missed the Portuguese one, stored every night).
WALL_LEAD_WORDS = 4
# Where a line's sentences part: a sentence's end and a space.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?؟。！？])\s+")


def wall_sentence(sentence: str) -> bool:
    """Whether ``sentence`` says the text is for subscribers or registered readers only (the
    tables' ``truncated`` phrases, :meth:`clipper.furniture.compiled.Matchers.
    says_rest_is_paywalled`), from its start or after at most :data:`WALL_LEAD_WORDS` words
    of its own ("O acesso a este conteúdo é exclusivo para assinantes.")."""
    m = matchers()
    words = sentence.split()
    # each start tried is a part of the sentence as its words are joined: one pre-scan of the
    # whole tells where none can match (most sentences; ~2.8 tries a sentence on the HTML pages
    # of bench/speed.py, each folding and scanning its part again)
    if not words or not m.may_say_rest_is_paywalled(" ".join(words)):
        return False
    return any(
        m.says_rest_is_paywalled(" ".join(words[k:]))
        for k in range(min(WALL_LEAD_WORDS + 1, len(words)))
    )


def _sentences(line: str) -> list[str]:
    return [part for part in _SENTENCE_BREAK.split(line) if part]


# The article's text after a wall's sentences is a paragraph of it, a text dump's body
# paragraph (clipper.dumplines.is_body_paragraph: a sentence of this many words): a wall's
# pitch after its calls is shorter ("Subscribers get unlimited access to riverton.example.",
# 7 words; tests/test_registration_walls.py).
WALL_REST_MIN_WORDS = 15


def after_wall(line: str) -> str | None:
    """The article's text in ``line`` (normalised) after the wall's sentences opening it, or
    None when it holds none (a wall alone, its calls to subscribe, log in or register, a
    furniture sentence) or opens with no wall's statement.  A wall's statement opening a
    paragraph that runs into the article ("Tylko dla subskrybentów. Rada Miasta przyjęła we
    wtorek budżet …", "This article is for subscribers only. The city council approved …")
    made the whole line furniture (the tables' phrases end in ``.*``, a wall's calls after
    its statement): the article's first paragraph was dropped with it (session 37 note item
    7).  The wall's sentences are its statements (:func:`wall_sentence`), the calls after
    them (the tables' ``wall_calls``) and furniture sentences ("Zaloguj się."); the rest,
    from the first sentence that is none of them, is the article's when it is a paragraph of
    :data:`WALL_REST_MIN_WORDS` words or more (:func:`clipper.dumplines.is_body_paragraph`)."""
    starts = [0, *(found.end() for found in _SENTENCE_BREAK.finditer(line))]
    if len(starts) < 2 or not wall_sentence(line[: starts[1]].strip()):
        return None
    m = matchers()
    for at, end in zip(starts[1:], [*starts[2:], len(line)], strict=True):
        sentence = line[at:end].strip()
        if (
            wall_sentence(sentence)
            or (count_words(sentence) <= WALL_PROMPT_MAX_WORDS and m.calls_to_subscribe(sentence))
            or m.is_furniture(sentence)
        ):
            continue
        rest = line[at:]
        return rest if is_body_paragraph(rest, count_words(rest), WALL_REST_MIN_WORDS) else None
    return None


def walled(lines: Sequence[str]) -> str | None:
    """:func:`wall_note` when the text ``lines`` (cleaned paragraphs of a text under
    ``CleanConfig.max_error_page_words`` words) is a subscription or registration wall in
    place of the article: its first sentence is a wall's statement (:func:`wall_sentence`)
    and the wall's sentences hold at least :data:`NOTICE_SHARE` of its words ("O acesso a
    este conteúdo é exclusivo para assinantes. Assine já e leia sem limites.": 15 of 15);
    else None.  The wall's sentences are its statements and its prompts, a sentence of at
    most :data:`WALL_PROMPT_MAX_WORDS` words opening with a call to subscribe, log in or
    register (the tables' ``wall_calls``,
    :meth:`clipper.furniture.compiled.Matchers.calls_to_subscribe`): "… reservado aos
    assinantes. Assine hoje e apoie o jornalismo independente da sua região por apenas 1,90 €
    por mês." passed while its statement alone was under half its words.  An article's
    opening above a wall ("O Governo aprovou hoje… Este conteúdo é exclusivo para
    assinantes.") has a first sentence of its own: kept, stored partial.  Asked of a text
    long enough for a brief too: the wall's 15 words under its title ("Exclusivo para
    assinantes") passed for one (newcomer 37 finding 3)."""
    sentences = [s for line in lines for s in _sentences(normalise_line(line))]
    if not sentences or not wall_sentence(sentences[0]):
        return None
    m = matchers()
    said = sum(
        count_words(s)
        for s in sentences
        if wall_sentence(s) or (count_words(s) <= WALL_PROMPT_MAX_WORDS and m.calls_to_subscribe(s))
    )
    if said < NOTICE_SHARE * sum(count_words(s) for s in sentences):
        return None
    return wall_note(sentences[0])


def wall_prompt(read: Sequence[str]) -> str | None:
    """The first line of ``read`` (the dump's lines, or those trafilatura extracted) that is
    a paywall's or a registration wall's prompt, a line of at most
    :data:`WALL_PROMPT_MAX_WORDS` words saying the rest is for subscribers or registered
    readers (the tables' ``truncated``: "Sign up to continue reading", "Jetzt kostenlos
    registrieren und weiterlesen", "Créez un compte gratuit pour continuer"), in one of its
    sentences, after a few words of its own at most (:func:`wall_sentence`), normalised; None
    when there is none.

    Asked of a text too short for an article (:func:`clipper.verdict.finish`): with a
    sentence under its headline it is an article's opening over a wall, kept and stored
    partial (``paywall``; newcomer 31's F-U: a 14-word opening over "You've reached your
    limit of free articles … Create a free account or subscribe to keep reading" and "Create
    account | Subscribe | Log in"); with none, the wall served in place of the article, an
    ``error-page`` (:func:`wall_note`)."""
    for raw in read:
        line = normalise_line(raw)
        if (
            line
            and count_words(line) <= WALL_PROMPT_MAX_WORDS
            and any(wall_sentence(sentence) for sentence in _sentences(line))
        ):
            return line
    return None


def wall_note(prompt: str) -> str:
    """Why a text with no sentence left above a wall's ``prompt`` (:func:`wall_prompt`) is no
    article: "a paywall or registration wall with no article above it: 'Create a free account
    to keep reading.'"."""
    shown = quoted(graphemes.cut(prompt, 60))
    return f"a paywall or registration wall with no article above it: {shown}"


# A consent-or-pay wall's offer is a sentence or three ("Werbefreies Abo: alle Artikel ohne
# Werbetracking für 3,49 € im Monat. Jetzt abonnieren. Schon Abonnent? Hier einloggen."), as a
# banner line is (clipper.furniture.consent's 60 words).
OFFER_MAX_WORDS = 60


def _offer_lines(lines: Sequence[str], words: Sequence[int]) -> set[int]:
    """Indices of the ``lines`` (``words`` their word counts) of at most
    :data:`OFFER_MAX_WORDS` words offering to read without advertising or tracking (the tables'
    ``consent_pay``: "werbefrei", "Pur-Abo", "Contentpass", "ad-free", "sans publicité",
    "senza pubblicità", "bez reklam"): the pay half of a consent-or-pay wall, asked of a text
    that holds a consent banner (a report naming such offers keeps its other paragraphs, an
    article beside them)."""
    pay = matchers().consent_pay
    if pay is None:
        return set()
    return {
        i
        for i, line in enumerate(lines)
        if words[i] <= OFFER_MAX_WORDS and pay.search(line) is not None
    }


def notice_line(texts: Sequence[str | None]) -> str | None:
    """ "an error or notice page ('HTTP Error 403. …')" when one of ``texts`` (a short text's
    lines, its headline, its ``<title>``; None where absent) is an error or notice phrase
    (:meth:`clipper.furniture.compiled.Matchers.is_error_notice`), else None.  Looser than
    :func:`error_page`, for a text already too short for an article: why it is no article,
    not whether an article-sized text is one."""
    m = matchers()
    line = next((text for text in texts if text and m.is_error_notice(text)), None)
    return None if line is None else f"an error or notice page ({quoted(graphemes.cut(line, 60))})"


# A page type (og:type, JSON-LD @type, as trafilatura reads it) that declares an article.
ARTICLE_TYPES = re.compile(r"article|posting|blog|report|story|news", re.IGNORECASE)


def site_page(url: str | None, titles: Sequence[str | None], pagetype: str | None) -> str | None:
    """Why the page fetched from ``url``, titled ``titles`` (its headline and ``<title>``;
    None where absent), is a site's own page rather than news, or None.

    A chain's sister sites carry the same privacy notice, terms of use, imprint, "about us"
    and contact pages, their site's name aside: stored, they cluster as the most widely
    "syndicated" story (newcomer 20: one "Aviso de privacidad" from three sites was a
    3-outlet cluster and its own story).  Two signals: the address's last path segment names
    such a page (:func:`clipper.urls.site_page_address`: ``/aviso-de-privacidad/``,
    ``/datenschutz``, ``/about-us/``), and the headline or a whole segment of the
    ``<title>`` between site separators is such a name in one of the furniture tables'
    languages (:meth:`clipper.furniture.compiled.Matchers.is_site_page_name`: "Aviso de privacidad |
    Noticias del Norte").  Both, or one on a page that does not declare itself an article
    (``pagetype``: og:type or JSON-LD, :data:`ARTICLE_TYPES`).  A news story about a privacy
    policy ("Meta changes its privacy policy", ``/2024/05/meta-changes-…/``) has neither."""
    m = matchers()
    named = next(
        (
            segment
            for title in titles
            if title
            for segment in (title, *SEGMENT_SEP.split(title))
            if segment and m.is_site_page_name(segment)
        ),
        None,
    )
    slug = site_page_address(url)
    if named is None and slug is None:
        return None
    if (named is None or slug is None) and pagetype and ARTICLE_TYPES.search(pagetype):
        return None
    said = [f"title {quoted(graphemes.cut(named.strip(), 60))}"] if named is not None else []
    said += [f"address …/{slug}"] if slug is not None else []
    return f"site page, not news: {', '.join(said)}"


def _notice_heading(lines: Sequence[str]) -> str | None:
    """The first heading line of ``lines`` (one before the text's first sentence,
    :func:`clipper.postclean.is_prose`) of at most :data:`NOTICE_HEADING_WORDS` words that is
    an error or notice phrase, else None."""
    m = matchers()
    for line in lines:
        if is_prose(line):
            return None
        if count_words(line) <= NOTICE_HEADING_WORDS and m.is_error_notice(line):
            return line
    return None


def _notice_title(title: str) -> bool:
    m = matchers()
    return any(
        0 < count_words(segment) <= NOTICE_TITLE_WORDS and m.is_error_notice(segment)
        for segment in (title, *_SEGMENTS.split(title))
    )
