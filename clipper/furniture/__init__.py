"""Page furniture in many languages: one phrase table per language, compiled into matchers.

A text dump keeps a page's furniture as lines of their own, in the page's language: skip links
("Skip to content", "Zum Inhalt springen"), share bars ("Artikel teilen"), paywall and login
prompts ("Already a subscriber? Log in"), "read also" / "more on this" headings and inline
teasers ("Lesen Sie auch: <headline>"), and cookie-consent banners (a heading, sentences, button
labels).  Each language's phrases live in its own module (``clipper/furniture/<code>.py``, one
:class:`Table` named ``TABLE``); :data:`TABLES` holds them all, and the matchers below are the
union over every table, so a dump needs no language detection (a page of one language carries
the furniture of one language, and a phrase only counts when it fills a whole short line, or, for
consent, together with the other signals of a banner).

Fields of a table are regular-expression fragments, matched case-insensitively:

- ``skip``, ``share``, ``paywall``, ``ads``: a whole line that is one of these is furniture
  (trailing ``.:!…`` allowed); ``ads`` are advertisement markers ("Anzeige", "Publicité");
- ``truncated``: a whole line saying the rest of the article is for subscribers ("Il vous reste
  57.09% de cet article à lire. La suite est réservée aux abonnés.", "The rest of this article
  is for subscribers only"): furniture like ``paywall``, and near the end of a page's text the
  mark of a page the paywall cut short (:func:`clipper.htmlclean.clean_html` marks it partial,
  "paywall");
- ``promo``: a whole line promoting the site's social accounts or newsletter ("Follow us on
  Facebook and X", "Jetzt zum Newsletter anmelden"): furniture of a text dump and, recurring
  on a site's pages, of its template (:mod:`clipper.templates`), but kept in an HTML page's
  text, where the extraction sets' reference texts keep it (six such lines in Zyte,
  newspaper4k and Readability: "Follow NBC Latino on Facebook, Twitter and Instagram.");
- ``credits``: a photo's credit standing as a line of its own between paragraphs ("Photo: Jane
  Doe/Reuters", "(Photo by X/Getty Images)", "Foto: dpa", "Bild: Keystone", "Crédit photo : AFP",
  "圖／記者王小明攝"): a label, a separator and a credit of at most 80 characters holding no
  sentence (:func:`credited`), a whole line; dropped from an HTML page's text by the news
  post-clean (:func:`clipper.postclean.drop_furniture_lines`), not (yet) from a text dump's,
  whose benchmarks were not run with it; a credit inside a sentence stays;
- ``labels``: a content type's name standing alone on a line over the text ("Article",
  "Článek"), and ``reading_time``: a reading-time line ("5 min read", "Tempo de leitura: 4 min",
  "3 Minuten Lesezeit": the phrase, with or without a number of minutes before or after it,
  :data:`READING_MINUTES`); whole lines, like ``skip``;
- ``notices``: what a site says to its reader about the reader's browser ("You are using a
  browser version with limited support"), subscription or device ("Tu suscripción se está
  usando en otro dispositivo"), about supporting the site ("Support independent journalism",
  "Jetzt unterstützen") or following it on a messaging channel ("Folge … auf WhatsApp",
  "…をフォロー"), searched anywhere in a line (:func:`clipper.postclean.drop_furniture_lines`
  drops such a line of at most ``NOTICE_MAX_WORDS`` words whole);
- ``rights``: a reservation of rights ("All rights reserved", "Alle Rechte vorbehalten",
  "جميع الحقوق محفوظة"): a line of at most :data:`RIGHTS_MAX_WORDS` words holding one, or a
  copyright notice opening with ``©``, ``(c)`` or "Copyright" and naming a year, is a page's
  footer line (:meth:`Matchers.is_rights`): furniture of a text dump (an HTML page's footer is
  left out by extraction, and the extraction sets' reference texts keep "© 2019 Associated
  Press. All Rights Reserved." under a story: :mod:`clipper.postclean` keeps that form);
- ``related``: headings of "read also" / "more on this" boxes.  As a whole line the heading starts
  a box of link titles; followed by a separator (``:``, dash, ``|``, ``»``, ``】``) and text it
  is an inline teaser line ("Mehr zum Thema – <headline>");
- ``consent_terms``: words only a consent banner uses next to the site speaking (cookie,
  Cookies, Kekse...), searched anywhere in a line;
- ``consent_weak``: words a banner shares with news (privacy, personal data, consent);
- ``consent_context``: the site speaking to its reader: first its voice ("we use", "this
  site", "your"), then what it asks (accept, reject, settings, by clicking);
- ``consent_buttons``: whole-line labels of banner buttons ("Accept all", "Manage options");
- ``dateline``: words saying a short line gives the page's publication date ("Published",
  "Veröffentlicht am", "publié le"), searched anywhere in the line: a text dump's dateline
  (:mod:`clipper.textdump`, step 6).  Not "Updated" / "Stand:": on the readability pages those
  dates were years after publication;
- ``updated``: words saying a line gives the page's last change ("Updated", "Stand",
  "Aktualisiert am", "Mis à jour le").  A line that is nothing but one of these or a
  ``dateline`` phrase and a date or time ("Stand: 22.04.2024, 06:00 Uhr", "Published May 7,
  2025", "Last updated 6 hours ago", "Veröffentlicht/Aktualisiert: vor 1 Stunde") is the page's
  timestamp, furniture of a text dump and of an HTML page's text (:meth:`Matchers.is_timestamp`;
  the text dump reads its publication date before dropping it);
- ``more_links``: a teaser's link label ending its blurb, with what must stand before it (a
  space after a headline: "… Full Article"; a sentence's end: "…retreat. Read more",
  "…schreibt er. Weiterlesen", "…en 2024. Lire la suite"): a whole line that is a headline or a
  sentence or two and one of these is a teaser of another article, furniture like ``skip``
  (lines of up to 40 words, as the other whole-line phrases);
- ``errors``: words of an error or notice page ("Page not found", "Zugriff verweigert", "Just a
  moment...", "Enable JavaScript"), searched anywhere in the headline or a line of a page that
  holds nothing else (:func:`clipper.clean`'s whole-page notes); an HTTP error status
  (400-451, 500-511) standing alone counts in every language (:data:`HTTP_ERROR_STATUS`);
- ``site_pages``: the names of a site's own pages, not news: its privacy notice, cookie
  policy, terms of use, legal notice or imprint, "about us", contact and advertising pages
  ("Aviso de privacidad", "Política de privacidade", "Datenschutzerklärung", "Impressum",
  "Quiénes somos", "Contact us"), as a whole segment of a page's headline or ``<title>``
  (:meth:`Matchers.is_site_page_name`; :func:`clipper.notices.site_page` wants a second
  signal beside it).  A chain's sister sites carry the same such page, which clustered as
  a widely "syndicated" story.
- ``error_help``: where an error or notice page sends its reader instead ("return to our home
  page", "use our search", "Volte para a página inicial"): never a notice by itself, but on a
  page titled and worded as one (:func:`clipper.notices.error_page`) its lines count with the
  notice's (an expired story's notice says one sentence of apology and two of where to go).

Consent banners are found as blocks by :func:`consent_lines`; the rule is in its docstring.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ahocorasick_rs import AhoCorasick

from clipper.paragraphs import LINES_KEPT, line_memo

__all__ = [
    "CREDIT_NAME",
    "HTTP_ERROR_STATUS",
    "NETWORKS",
    "READING_MINUTES",
    "TABLES",
    "Matchers",
    "Table",
    "consent_lines",
    "credited",
    "fold",
    "is_consent_heading",
    "is_consent_sentence",
    "literal_hint",
    "matchers",
    "offer",
]


# The social networks a "follow us on ..." line names, one or several ("Facebook, X and
# Instagram"): for the tables' share phrases.
_NETWORK = (
    r"(?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp"
    r"|telegram|mastodon|flipboard|google news|xing)"
)
NETWORKS = rf"{_NETWORK}(?:\s*(?:,|&|\||and|or|und|oder|et|ou|y|o|e|en|of)\s*{_NETWORK})*"


# A copyright notice is a footer line up to this many words ("Copyright 2026 The Associated
# Press. All rights reserved. This material may not be published, broadcast, rewritten or
# redistributed.": 20).
RIGHTS_MAX_WORDS = 30
# A notice opening with the copyright sign or word and naming a year ("© 2026 dpa", "(c) 2025
# Example Media", "Copyright © 2026 Eastvale Gazette").
_COPYRIGHT_OPENING = re.compile(
    r"\W{0,3}(?:(?:©|\(c\)|℗)[^\n]{0,40}?|copyright\s*(?:©|\(c\))?\s*)"
    r"(?<!\d)(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
# A reservation of rights ends its line, or stands in a notice with the copyright sign or word
# ("The company said all rights reserved under the contract…" is a sentence).
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|℗|copyright", re.IGNORECASE)


# A photo's credit after its label ("Photo: Jane Doe/Reuters", "Foto: dpa", "圖／記者王小明攝"):
# up to 80 characters ending no sentence inside (an initial's full stop allowed: "J. Doe"; so is
# a web address's, a full stop with a letter right after it: "Foto: Kompas.com/Dian Erika").
CREDIT_NAME = r"(?:[^.!?。！？\n]|(?<![^\W\d_]{2})\.|\.(?=[^\W\d_])){1,80}"


def credited(label: str, separator: str = r"\s*[:：=／/|]\s*") -> str:
    """A ``credits`` phrase: a photo-credit label (a regular-expression fragment), a separator
    (colon, equals sign, slash), the credit (:data:`CREDIT_NAME`), in brackets or not."""
    return rf"[(\[（【/]?(?:{label}){separator}{CREDIT_NAME}[)\]）】]?"


# A price as a subscription offer states it ("0,99 €", "$1", "R$ 1,90", "1 zł", "99 руб."): an
# amount with a currency sign or word before or after it.
PRICE = (
    r"(?:[$€£¥₺₽₴]|r\$|us\$|rp\.?)\s?\d+(?:[.,]\d+)*"
    r"|\d+(?:[.,]\d+)*\s?(?:[$€£¥₺₽₴]|euros?|eur|zł|zl|kč|руб\w*\.?|грн\.?|tl|lira|đồng|vnđ)"
)


def offer(verbs: str, now: str, alone: bool = True) -> str:
    """A ``paywall`` phrase: a subscription prompt, one of ``verbs`` with a word for "now"
    (``now``: "Subscribe now", "Assine agora"; not when ``alone`` is false) or a price within
    a few words after it ("Suscríbete por 1 € el primer mes", "Abonnez-vous pour 1 € le
    premier mois"), a whole line like every such phrase."""
    priced = rf"(?:{verbs})(?:\s+(?:{now}))?(?:\s+\S+){{0,3}}?\s+(?:{PRICE})(?:\s+\S+){{0,5}}"
    return rf"{priced}|(?:{verbs})\s+(?:{now})" if alone else priced


def prompted(question: str, log_in: str, now: str, *phrases: str) -> tuple[str, ...]:
    """``truncated`` phrases as a paywall box writes them on one line: each after an optional
    word for "now" or "here" (``now``: "Jetzt weiterlesen mit SZ Plus", "Hier weiterlesen
    mit …"), and the whole after an optional "already a subscriber? Log in." (``question``,
    ``log_in``: "Sie haben bereits ein Abo? Hier anmelden. Jetzt weiterlesen mit …"); the
    prompt's other order ("Jetzt weiterlesen mit NordPlus – Sie haben bereits ein Abo?") is
    the phrase's own trailing ``.*``."""
    ask = rf"(?:(?:{question})\s*\?\s*(?:(?:{log_in})\s*[.!]?\s*)?(?:[–—|-]\s*)?)?"
    return tuple(rf"{ask}(?:(?:{now})\s+)?(?:{phrase})" for phrase in phrases)


@dataclass(frozen=True, slots=True)
class Table:
    """The furniture phrases of one language (ISO 639-1 ``language``); see the module doc."""

    language: str
    skip: tuple[str, ...] = ()
    share: tuple[str, ...] = ()
    promo: tuple[str, ...] = ()
    paywall: tuple[str, ...] = ()
    truncated: tuple[str, ...] = ()
    ads: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    reading_time: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    consent_terms: tuple[str, ...] = ()
    consent_weak: tuple[str, ...] = ()
    consent_context: tuple[str, ...] = ()
    consent_buttons: tuple[str, ...] = ()
    dateline: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    more_links: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    error_help: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    site_pages: tuple[str, ...] = ()


def _load() -> dict[str, Table]:
    from clipper.furniture import (
        ar,
        cs,
        da,
        de,
        el,
        en,
        es,
        fi,
        fr,
        he,
        hi,
        id_,
        is_,
        it,
        ja,
        ko,
        lt,
        nl,
        no,
        pl,
        pt,
        ru,
        sv,
        th,
        tr,
        uk,
        vi,
        zh,
    )

    modules = [ar, cs, da, de, el, en, es, fi, fr, he, hi, id_, is_, it, ja, ko, lt, nl, no, pl]
    modules += [pt, ru, sv, th, tr, uk, vi, zh]
    return {m.TABLE.language: m.TABLE for m in modules}


# An HTTP error status as error pages show it in any language ("404", "Error 403", "HTTP 503"):
# a number of its own, not part of a larger one, a decimal or a date.
HTTP_ERROR_STATUS = r"(?<![\w.,:/-])(?:4[0-2]\d|431|451|50\d|51[01])(?![\w.,:/-])"

# A number of minutes as reading-time lines give it ("5 min", "ca. 3 Minuten", "4-6 mins.",
# "3 分", "5 мин."), before or after a reading-time phrase.
READING_MINUTES = (
    r"(?:(?:ca\.|approx\.|~)\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute|uten|utes|utos|uti|ut|uty"
    r"|utter|uter)?s?|mins?|dk|dakika|мин(?:ут[ыа]?)?|分(?:钟|鐘)?|분)\.?"
)
# Separators between an inline teaser's heading and its headline.
_TEASER_SEP = r"(?:\s*[:：|>»–—-]+|\s*[】\]])"
# A list bullet before a whole-line phrase (trafilatura writes a list item as "- item": a share
# bar or a login link written as a list).
_BULLET = r"(?:[-–•]\s+)?"
# Trailing punctuation a whole-line phrase may carry.
_TRAIL = r"\s*[.:：!…]*"
# A timestamp line's date or time after its label ("22.04.2024, 06:00 Uhr", "Monday, Dec. 29
# 2014, 8:57 PM EST", "vor 1 Stunde", "21 hours ago"): a digit within the first four words,
# and after it at most TIMESTAMP_AFTER_WORDS words without one ("Uhr", "PM EDT", "hours ago";
# "Lesedauer: 4 Minuten" glued on), so "Published in 2019, the report found that…" is no
# timestamp.
_TIMESTAMP_REST = re.compile(r"\s*[:：]?\s*(?:[^\W\d_]{1,12}\.?,?\s+){0,3}\d.*")
_LETTER_WORD = re.compile(r"(?<!\S)[^\W\d_]+[.,]?(?!\S)")
TIMESTAMP_AFTER_WORDS = 3
TIMESTAMP_MAX_WORDS = 14


def _alternation(parts: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in parts)


@dataclass(frozen=True, slots=True, eq=False)
class Matchers:
    """The compiled union of some tables (see :func:`matchers`).  Compared and hashed as
    itself (a cache keyed by it: ``clipper.dumplines.is_furniture``)."""

    line: re.Pattern[str]  # fullmatch: skip links, share bars, paywall/login prompts
    truncated: re.Pattern[str]  # fullmatch: "the rest of this article is for subscribers"
    promo: re.Pattern[str]  # fullmatch: social-account and newsletter promotions
    related: re.Pattern[str]  # fullmatch: a "read also" / "more on this" heading
    teaser: re.Pattern[str]  # fullmatch: heading + separator + headline on one line
    consent_term: re.Pattern[str]  # search
    consent_weak: re.Pattern[str]  # search
    consent_context: re.Pattern[str]  # search
    consent_button: re.Pattern[str]  # fullmatch
    dateline: re.Pattern[str]  # search: "Published", "Veröffentlicht am"
    error: re.Pattern[str]  # search: "Page not found", "Access denied", "404"
    notice: re.Pattern[str] | None = None  # search: a site's notice to its reader
    error_help: re.Pattern[str] | None = None  # search: "return to our home page"
    timestamp: re.Pattern[str] | None = None  # match: "Stand", "Updated", "Published" (a label)
    credit: re.Pattern[str] | None = None  # fullmatch: a photo's credit
    rights: re.Pattern[str] | None = None  # search: a reservation of rights
    ad: re.Pattern[str] | None = None  # fullmatch: an advertisement marker ("Anzeige")
    site_page: re.Pattern[str] | None = None  # fullmatch: "Privacy policy", "Impressum"
    # Literals (folded: :func:`fold`) one of which every consent_term or consent_weak match
    # contains (None when some phrase has no such literal).  A line without one cannot be a
    # consent line, and most lines of a dump are not: a few substring tests instead of two
    # regex scans trying every language's phrases at every position (7 of 11 s a 1,000 text
    # records, bench/oneday.py).
    consent_hint: tuple[str, ...] | None = None
    # The same literals as one Aho-Corasick automaton (ahocorasick_rs): which of them a whole
    # page holds, in one pass over it (:func:`consent_lines`).
    consent_hint_finder: AhoCorasick | None = None
    # Literals one of which every ``line`` match holds, and every ``related`` or ``teaser`` match
    # (:meth:`hinted`): trying the 23 tables' phrases on a line costs 30-70 µs, and most lines
    # hold none of their literals (the HTML post-clean, 3 ms a page: bench/extraction_time.py).
    line_hint: tuple[str, ...] | None = None
    line_hint_finder: AhoCorasick | None = None
    related_hint: tuple[str, ...] | None = None
    related_hint_finder: AhoCorasick | None = None
    notice_hint: tuple[str, ...] | None = None
    notice_hint_finder: AhoCorasick | None = None
    # search: the site's voice and what it asks, apart (each table's first ``consent_context``
    # phrase, and the others): a consent framework's long sentence has both
    consent_voice: re.Pattern[str] | None = None
    consent_ask: re.Pattern[str] | None = None

    def is_furniture(self, line: str) -> bool:
        """A whole line that is a skip link, a share bar, a paywall/login prompt or a teaser."""
        return bool(self.line.fullmatch(line) or self.teaser.fullmatch(line))

    def is_ad(self, line: str) -> bool:
        """A whole line that is one of the tables' advertisement markers (``ads``: "Anzeige",
        "Publicité", "Reklama"; a list bullet before it and trailing ``.:!…`` allowed)."""
        return self.ad is not None and self.ad.fullmatch(line) is not None

    def says_rest_is_paywalled(self, line: str) -> bool:
        """A whole line saying the rest of the article is for subscribers only (the tables'
        ``truncated``; a list bullet before it allowed)."""
        return self.truncated.fullmatch(line) is not None

    def hinted(self, lines: Sequence[str]) -> tuple[set[str] | None, set[str] | None]:
        """The ``lines`` that may be furniture lines (:attr:`line`) and those that may be
        "read also" headings or inline teasers (:attr:`related`, :attr:`teaser`): the lines
        holding a required literal of those phrases (folded, :func:`fold`); None when there is
        no pre-scan (a phrase without such a literal).  A line not returned cannot match."""
        return (
            _hinted(self.line_hint, self.line_hint_finder, lines),
            _hinted(self.related_hint, self.related_hint_finder, lines),
        )

    def notice_lines(self, lines: Sequence[str]) -> set[str] | None:
        """The ``lines`` that may hold a site's notice to its reader (:attr:`notice`: a
        literal of its phrases in them, folded); None when there is no pre-scan."""
        return _hinted(self.notice_hint, self.notice_hint_finder, lines)

    def is_site_notice(self, line: str) -> bool:
        """A line holding a site's notice to its reader (its browser, subscription, a support
        or follow appeal: the tables' ``notices``)."""
        return self.notice is not None and self.notice.search(line) is not None

    def is_photo_credit(self, line: str) -> bool:
        """A whole line that is a photo's credit ("Photo: Jane Doe/Reuters", "Foto: dpa": the
        tables' ``credits``; a list bullet before it allowed)."""
        return self.credit is not None and self.credit.fullmatch(line) is not None

    def is_rights(self, line: str) -> bool:
        """A line of at most :data:`RIGHTS_MAX_WORDS` words that is a copyright notice: it
        holds a reservation of rights of the tables' ``rights`` ("© 2026 Eastvale Gazette. All
        rights reserved.", "Todos los derechos reservados."), or opens with ``©``, ``(c)``,
        ``℗`` or "Copyright" and names a year ("Copyright 2026 The Associated Press", "©
        2026 dpa")."""
        if line.count(" ") >= RIGHTS_MAX_WORDS:
            return False
        if _COPYRIGHT_OPENING.match(line):
            return True
        if self.rights is None or (found := self.rights.search(line)) is None:
            return False
        return _COPYRIGHT_MARK.search(line) is not None or not any(
            char.isalnum() for char in line[found.end() :]
        )

    def is_timestamp(self, line: str) -> bool:
        """A whole line that is only the page's timestamp: a ``dateline`` or ``updated`` label
        (two joined by a slash allowed: "Veröffentlicht/Aktualisiert:") and a date or time, of
        at most :data:`TIMESTAMP_MAX_WORDS` words ("Stand: 22.04.2024, 06:00 Uhr", "Last
        updated Monday, Dec. 29 2014, 8:57 PM EST", "Publié le 30/04/2024 - 16:00"; see
        :data:`_TIMESTAMP_REST`).  A sentence opening with such a word ("Published in 2019, the
        report found…") is none."""
        if self.timestamp is None or line.count(" ") >= TIMESTAMP_MAX_WORDS:
            return False
        label = self.timestamp.match(line)
        if label is None:
            return False
        rest = line[label.end() :]
        if _TIMESTAMP_REST.fullmatch(rest) is None:
            return False
        digit = next(i for i, ch in enumerate(rest) if ch.isdigit())
        return len(_LETTER_WORD.findall(rest[digit:])) <= TIMESTAMP_AFTER_WORDS

    def is_error_notice(self, line: str) -> bool:
        """A line saying the page is an error or a notice (not found, forbidden, a bot check,
        JavaScript required) rather than content."""
        return self.error.search(line) is not None

    def is_site_page_name(self, name: str) -> bool:
        """Whether ``name`` (a headline or one segment of a ``<title>``) is the name of a
        site's own page, not news: its privacy notice, terms of use, imprint, "about us" or
        contact page (the tables' ``site_pages``; trailing ``.:!…`` allowed).  "Meta changes
        its privacy policy" is none: the name must be the whole of it."""
        return self.site_page is not None and self.site_page.fullmatch(name.strip()) is not None
    def is_error_help(self, line: str) -> bool:
        """A line sending the reader of an error or notice page elsewhere ("Return to our home
        page", "Use our search"): no notice by itself."""
        return self.error_help is not None and self.error_help.search(line) is not None

    def is_related_heading(self, line: str) -> bool:
        return self.related.fullmatch(line) is not None


def compile_tables(tables: Sequence[Table]) -> Matchers:
    """Compile the union of ``tables``; every pattern is case-insensitive."""

    def field(name: str) -> list[str]:
        return [p for t in tables for p in getattr(t, name)]

    flags = re.IGNORECASE
    reading = [
        f"(?:{READING_MINUTES}\\s*)?(?:{p})(?:\\s*[:：]?\\s*{READING_MINUTES})?"
        for p in field("reading_time")
    ]
    whole = field("skip") + field("share") + field("paywall") + field("truncated")
    whole += field("ads") + field("labels")
    # a teaser's blurb (a headline, or sentences ending with a full stop) and its link label
    whole += [rf"[^\n]{{1,400}}?(?:{p})" for p in field("more_links")]
    line = _alternation(whole + reading)
    related = _alternation(field("related"))
    hint = literal_hint(field("consent_terms") + field("consent_weak"), flags)
    line_hint = literal_hint(whole + reading, flags)
    related_hint = literal_hint(field("related"), flags)
    notice_hint = literal_hint(field("notices"), flags)
    voice = [t.consent_context[0] for t in tables if t.consent_context]
    ask = [p for t in tables for p in t.consent_context[1:]]
    return Matchers(
        line=re.compile(f"{_BULLET}(?:{line}){_TRAIL}", flags),
        truncated=re.compile(f"{_BULLET}(?:{_alternation(field('truncated'))}){_TRAIL}", flags),
        promo=re.compile(f"(?:{_alternation(field('promo'))}){_TRAIL}", flags),
        related=re.compile(f"[【\\[]?(?:{related})[】\\]]?{_TRAIL}", flags),
        teaser=re.compile(f"[【\\[]?(?:{related}){_TEASER_SEP}\\s*\\S.*", flags),
        consent_term=re.compile(_alternation(field("consent_terms")), flags),
        consent_weak=re.compile(_alternation(field("consent_weak")), flags),
        consent_context=re.compile(_alternation(field("consent_context")), flags),
        consent_voice=re.compile(_alternation(voice), flags) if voice else None,
        consent_ask=re.compile(_alternation(ask), flags) if ask else None,
        consent_button=re.compile(f"(?:{_alternation(field('consent_buttons'))}){_TRAIL}", flags),
        dateline=re.compile(_alternation(field("dateline")), flags),
        error=re.compile(_alternation([HTTP_ERROR_STATUS, *field("errors")]), flags),
        notice=re.compile(_alternation(field("notices")), flags) if field("notices") else None,
        error_help=(
            re.compile(_alternation(field("error_help")), flags) if field("error_help") else None
        ),
        timestamp=(
            re.compile(f"{_BULLET}(?:{stamp})(?:\\s*/\\s*(?:{stamp}))?(?![^\\W\\d_])", flags)
            if (stamp := _alternation(field("dateline") + field("updated")))
            else None
        ),
        credit=(
            re.compile(f"{_BULLET}(?:{_alternation(field('credits'))}){_TRAIL}", flags)
            if field("credits")
            else None
        ),
        rights=re.compile(_alternation(field("rights")), flags) if field("rights") else None,
        ad=(
            re.compile(f"{_BULLET}(?:{_alternation(field('ads'))}){_TRAIL}", flags)
            if field("ads")
            else None
        ),
        site_page=(
            re.compile(f"(?:{_alternation(field('site_pages'))}){_TRAIL}", flags)
            if field("site_pages")
            else None
        ),
        consent_hint=hint,
        consent_hint_finder=AhoCorasick(hint) if hint else None,
        line_hint=line_hint,
        line_hint_finder=AhoCorasick(line_hint) if line_hint else None,
        related_hint=related_hint,
        related_hint_finder=AhoCorasick(related_hint) if related_hint else None,
        notice_hint=notice_hint,
        notice_hint_finder=AhoCorasick(notice_hint) if notice_hint else None,
    )


TABLES: dict[str, Table] = _load()
_ALL: Matchers | None = None


def matchers() -> Matchers:
    """The matchers of every table in :data:`TABLES` (compiled once per process)."""
    global _ALL
    if _ALL is None:
        _ALL = compile_tables(list(TABLES.values()))
    return _ALL


# Required literals shorter than this are not worth a pre-scan (2: CJK words, "隐私").
_HINT_MIN_CHARS = 2


# Characters that case-insensitive ``re`` matching treats as one letter but ``str.lower`` does
# not map together (CPython's ``re._casefix``: dotless i, long s, Greek symbol forms, final
# sigma, old Cyrillic forms...).  Applied after lowering; İ is lowered to i first, as ``re``
# does (``str.lower`` gives i + a combining dot).
_FOLD = str.maketrans({
    "ı": "i", "ſ": "s", "µ": "μ", "\u0345": "ι", "\u1fbe": "ι", "\u1fd3": "\u0390",
    "\u1fe3": "\u03b0", "ϐ": "β", "ϵ": "ε", "ϑ": "θ", "ϰ": "κ", "ϖ": "π", "ϱ": "ρ", "ς": "σ",
    "ϕ": "φ", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т", "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ",
    "ᲈ": "ꙋ", "ẛ": "ṡ", "ﬅ": "ﬆ",
})


# Those characters as a class: most texts hold none, and ``str.translate`` with a dictionary
# looks up every character (~35 µs per 1,000 characters), where a class scans in C.
_FOLD_CHARS = re.compile("[" + "".join(map(chr, _FOLD)) + "]")


def fold(text: str) -> str:
    """``text`` with every letter in one form per class of ``re.IGNORECASE`` matching: a
    phrase matching a span case-insensitively means the folded span equals the folded
    phrase (tests/test_furniture_languages.py checks this for every character of every
    consent literal against all of Unicode)."""
    if text.isascii():
        return text.lower()
    text = text.replace("İ", "i").lower()
    return text.translate(_FOLD) if _FOLD_CHARS.search(text) else text


def literal_hint(patterns: Sequence[str], flags: re.RegexFlag) -> tuple[str, ...] | None:
    """Folded literals one of which every match of any of ``patterns`` contains, else None.

    Each literal is a run of plain characters that a phrase cannot match without (found in
    the parsed pattern).  Compared folded (:func:`fold`), a line holding a match holds its
    literal, so the pre-scan never rejects a line the phrase would match.
    """
    literals: set[str] = set()
    for pattern in patterns:
        try:
            found = _required_literals(_sre_parser().parse(pattern, flags))
        except Exception:  # the parser is CPython's and unversioned: then no pre-scan
            return None
        if found is None:
            return None
        literals |= found
    if not literals:
        return None
    return tuple(sorted({fold(literal) for literal in literals}))


def _sre_parser() -> Any:
    from re import _parser  # type: ignore[attr-defined]

    return _parser


def _required_literals(sequence: Any) -> set[str] | None:
    """Literals one of which every match of the parsed ``sequence`` contains, or None.

    Picks, among the sequence's literal runs and the groups, alternations and repeats (at
    least once) whose alternatives each have such literals, the option with the longest
    shortest literal.
    """
    from re import _constants as sre  # type: ignore[attr-defined]

    best: set[str] | None = None

    def consider(option: set[str] | None) -> None:
        nonlocal best
        if option and (best is None or min(map(len, option)) > min(map(len, best))):
            best = option

    run: list[str] = []
    for op, arg in [*list(sequence), (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) >= _HINT_MIN_CHARS:
            consider({"".join(run)})
        run = []
        if op is sre.SUBPATTERN:
            consider(_required_literals(arg[-1]))
        elif op is sre.BRANCH:
            options = [_required_literals(alternative) for alternative in arg[1]]
            if all(options):
                consider(set().union(*options))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            consider(_required_literals(arg[2]))
    return best


# A consent line this short needs no site-speak to count (a banner heading or button).
_CONSENT_SHORT_WORDS = 8
_CONSENT_SHORT_CHARS = 60
# A long line counts only with site-speak and up to this many words (a banner sentence).
_CONSENT_MAX_WORDS = 60
# ...or up to this many when it names cookies *and* personal data or consent, in the site's
# voice *and* asking something (``Matchers.consent_voice``, ``consent_ask``): the one long
# sentence of a consent framework's wall ("If you click Accept all, we and our partners,
# including 239 who are part of the IAB Transparency & Consent Framework, will also store
# and/or access information on a device (in other words, use cookies) and use … personal
# data …", 70 words: Yahoo's; newcomer 17).
_CONSENT_LONG_MAX_WORDS = 120


def _is_consent_line(m: Matchers, line: str, n_words: int) -> bool:
    if m.consent_hint is not None:
        folded = fold(line)
        if not any(literal in folded for literal in m.consent_hint):
            return False
    short = n_words <= _CONSENT_SHORT_WORDS and len(line) <= _CONSENT_SHORT_CHARS
    if m.consent_term.search(line):
        if short:
            return True
        if n_words > _CONSENT_LONG_MAX_WORDS or m.consent_context.search(line) is None:
            return False
        return n_words <= _CONSENT_MAX_WORDS or _framework_sentence(m, line)
    if m.consent_weak.search(line):
        return n_words <= _CONSENT_MAX_WORDS and m.consent_context.search(line) is not None
    return False


def _framework_sentence(m: Matchers, line: str) -> bool:
    """A consent framework's long sentence (the caller found cookies named in it): it names
    personal data or consent too, in the site's voice, asking the reader something ("If you
    click Accept all, we and our partners … personal data …")."""
    return (
        m.consent_weak.search(line) is not None
        and m.consent_voice is not None
        and m.consent_voice.search(line) is not None
        and m.consent_ask is not None
        and m.consent_ask.search(line) is not None
    )


def is_consent_heading(title: str, m: Matchers | None = None) -> bool:
    """Whether ``title`` (a page's headline or ``<title>``) is a consent dialog's heading, a
    short consent line ("Valoramos tu privacidad", "We value your privacy", "Wir brauchen
    Ihre Zustimmung": at most 8 words and 60 characters naming cookies, or privacy, personal
    data or consent in the site's voice)."""
    m = m or matchers()
    n_words = len(title.split())
    return (
        n_words <= _CONSENT_SHORT_WORDS
        and len(title) <= _CONSENT_SHORT_CHARS
        and _is_consent_line(m, title, n_words)
    )


def is_consent_sentence(line: str, n_words: int, m: Matchers | None = None) -> bool:
    """Whether ``line`` (``n_words`` words) is a consent framework's long sentence that does
    not name cookies: up to 120 words naming personal data or consent in the site's voice,
    asking the reader something (IAB TCF's Spanish "Con su permiso, nosotros y nuestros socios
    podemos utilizar datos de localización … Puede hacer clic para otorgar su consentimiento",
    64 words).  Read as a banner line only under a consent heading
    (:func:`clipper.notices.consent_wall`): a news paragraph about consent may say as much."""
    m = m or matchers()
    return (
        n_words <= _CONSENT_LONG_MAX_WORDS
        and m.consent_context.search(line) is not None
        and _framework_sentence(m, line)
    )


def _hinted(
    hint: tuple[str, ...] | None, finder: AhoCorasick | None, lines: Sequence[str]
) -> set[str] | None:
    """The ``lines`` holding one of the folded literals ``hint`` (``finder``, their automaton,
    run over each folded line); None without a hint."""
    if hint is None or finder is None:
        return None
    return {line for line in lines if finder.find_matches_as_indexes(fold(line))}


@line_memo(LINES_KEPT)
def _consent_kind(line: str, n_words: int, m: Matchers) -> int:
    """What a line of ``n_words`` words is to :func:`consent_lines`, by the tables ``m`` (a
    kept answer belongs to them): 2 a consent line, 1 a button, 0 neither.  Kept a line at a
    time (:func:`clipper.paragraphs.line_memo`): a dump's lines recur over a night, and
    :func:`consent_lines` reads each line of a text three times as it is cleaned (the line
    cleaner, the title tag's lines, the consent wall's check); a line holding no literal of
    ``m.consent_hint`` (one Aho-Corasick pass, ``m.consent_hint_finder``) is no consent line
    (a substring test per literal and line cost ~0.2 ms a one-day text record)."""
    finder = m.consent_hint_finder
    if (
        finder is None or finder.find_matches_as_indexes(fold(line))
    ) and _is_consent_line(m, line, n_words):
        return 2
    if n_words <= _CONSENT_SHORT_WORDS and m.consent_button.fullmatch(line):
        return 1
    return 0


def consent_lines(
    lines: Sequence[str], words: Sequence[int], m: Matchers | None = None
) -> set[int]:
    """Indices of the lines that form cookie-consent banners.

    A *consent line* names cookies (``consent_terms``) and is short (a heading or a button:
    ≤ 8 words and ≤ 60 characters) or has the site speaking to its reader
    (``consent_context``: up to 60 words; up to 120 when it also names personal data or
    consent, ``consent_weak``, in the site's voice asking something, as a consent framework's
    long sentence does); or it uses a word a banner shares with news (``consent_weak``: privacy,
    consent) together with that site-speak.  A *button* is a whole-line label of
    ``consent_buttons``.  A banner is a run of consecutive consent lines and buttons holding at
    least one consent line; it is dropped when it has two lines or more, or when it opens or ends
    the text.  A single sentence about cookies inside an article stays.

    ``lines`` are normalised lines, ``words`` their word counts (same length).
    """
    m = m or matchers()
    n = len(lines)
    # 2 consent line, 1 button, 0 neither
    kinds = [_consent_kind(line, n_words, m) for line, n_words in zip(lines, words, strict=True)]
    drop: set[int] = set()
    i = 0
    while i < n:
        if not kinds[i]:
            i += 1
            continue
        j = i
        while j < n and kinds[j]:
            j += 1
        if any(k == 2 for k in kinds[i:j]) and (j - i >= 2 or i == 0 or j == n):
            drop.update(range(i, j))
        i = j
    return drop
