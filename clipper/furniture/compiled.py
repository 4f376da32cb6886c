"""The furniture tables compiled into matchers: :class:`Matchers`, the union of some tables'
phrases as regular expressions with their literal pre-scans, and :func:`matchers`, every
table's (see :mod:`clipper.furniture` for what each field matches)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick

from clipper.furniture import (
    CHANNEL_HANDLE,
    HTTP_ERROR_STATUS,
    LINE_TABLES,
    READING_MINUTES,
    TABLES,
    Table,
)
from clipper.furniture.consentonly import CONSENT_TABLES
from clipper.furniture.literals import GatedSearch, fold, literal_hint, remembered_hints

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

# The outlet a reservation of rights names after it ("Все права защищены. Интерфакс-Казахстан",
# "Barcha huquqlar himoyalangan — Daryo.uz": newcomer 51b): a separator and one to four words,
# no sentence in them, a full stop or none after them.
_OUTLET_AFTER = re.compile(
    r"\s*[.,:;|—–-]?\s*([\w«»\"'’&.-]+(?:[ \t]+[\w«»\"'’&.-]+){0,3}?)[.!]?\s*"
)

_QUOTES = "«»\"'’“”"


def _names_outlet(rest: str) -> bool:
    """Whether ``rest`` (what follows a reservation of rights) is only an outlet's name: one to
    four words, a name in quotes ("«Дала жаршысы»") or each word opening with a capital or a
    digit ("Интерфакс-Казахстан", "24.kg"), so a sentence ("Суд отклонил иск") is none."""
    found = _OUTLET_AFTER.fullmatch(rest)
    if found is None:
        return False
    name = found.group(1)
    if name[0] in _QUOTES and name[-1] in _QUOTES:
        return True
    return all(word[0].isupper() or word[0].isdigit() for word in name.split())


# Where a line's sentences part: a sentence's end (French writes a space before "?") and a space.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?؟。！？])\s+")
# Separators between an inline teaser's heading and its headline.
_TEASER_SEP = r"(?:\s*[:：|>»–—-]+|\s*[】\]])"
# A list bullet before a whole-line phrase (trafilatura writes a list item as "- item": a share
# bar or a login link written as a list).
_BULLET = r"(?:[-–•]\s+)?"
# Trailing punctuation a whole-line phrase may carry.
_TRAIL = r"\s*[.:：!…]*"
# A bracketed part ending a line: a caption's credit, "(Ảnh: Minh Anh)", "[Foto: dpa]".
_BRACKETED_TAIL = re.compile(r"[(\[（【][^()\[\]（）【】]{1,90}[)\]）】]\s*$")
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
    # search: a consent framework's purpose as its tools name it (``consent_purposes``)
    consent_purpose: re.Pattern[str] | None
    consent_weak: re.Pattern[str]  # search
    consent_context: re.Pattern[str]  # search
    consent_button: re.Pattern[str]  # fullmatch
    dateline: re.Pattern[str]  # search: "Published", "Veröffentlicht am"
    error: re.Pattern[str]  # search: "Page not found", "Access denied", "404"
    notice: re.Pattern[str] | None = None  # search: a site's notice to its reader
    error_help: re.Pattern[str] | None = None  # search: "return to our home page"
    timestamp: re.Pattern[str] | None = None  # match: "Stand", "Updated", "Published" (a label)
    updated: re.Pattern[str] | None = None  # search: "Updated", "Atualizado em", "Stand"
    # search: an update in brackets whose label closes it, group "date" its date as written
    # ("（2026年12月6日 21時05分更新）": Japanese writes the label after the time)
    updated_after: re.Pattern[str] | None = None
    credit: re.Pattern[str] | None = None  # fullmatch: a photo's credit
    rights: re.Pattern[str] | None = None  # search: a reservation of rights
    ad: re.Pattern[str] | None = None  # fullmatch: an advertisement marker ("Anzeige")
    site_page: re.Pattern[str] | None = None  # fullmatch: "Privacy policy", "Impressum"
    tag_label: re.Pattern[str] | None = None  # fullmatch: "Tags:", "- Filed under:"
    # Literals (folded: :func:`fold`) one of which every consent_term or consent_weak match
    # contains (None when some phrase has no such literal).  A line without one cannot be a
    # consent line, and most lines of a dump are not: a few substring tests instead of two
    # regex scans trying every language's phrases at every position (7 of 11 s a 1,000 text
    # records, bench/oneday.py).
    consent_hint: tuple[str, ...] | None = None
    # The same literals as one Aho-Corasick automaton (ahocorasick_rs): which of them a whole
    # page holds, in one pass over it (:func:`clipper.furniture.consent.consent_lines`).
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
    # The same for ``rights`` and ``truncated`` (:meth:`is_rights`, :meth:`says_rest_is_paywalled`,
    # asked of every line a text's matching view and the text-dump cleaner read): the tables'
    # phrases tried at every position were 3.4 % and 1.7 % of a worker's time on one-day text
    # records (py-spy, 2026-12-03); a line holding none of their literals cannot match.
    rights_hint_finder: AhoCorasick | None = None
    truncated_hint_finder: AhoCorasick | None = None
    # search: the site's voice and what it asks, apart (each table's first ``consent_context``
    # phrase, and the others): a consent framework's long sentence has both
    consent_voice: re.Pattern[str] | None = None
    consent_ask: re.Pattern[str] | None = None
    # each table's consent words (``consent_terms`` and ``consent_weak``), its voice and its
    # language: the site speaks when one language's voice stands beside that language's
    # consent words in a line of that language (Dutch "u", English "we" are Croatian and
    # Polish prepositions: "u utorak", "we wtorek"; "cookie" is a consent word of every table)
    consent_voices: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = ()
    # search: an ad-free reading offered for a fee, a consent-or-pay wall's other half
    consent_pay: re.Pattern[str] | None = None
    # match at a sentence's start: a wall's call to subscribe, log in or register
    wall_call: re.Pattern[str] | None = None
    # ``consent_term`` and ``consent_weak`` searched a phrase at a time, each only on a line
    # holding one of its literals (:class:`GatedSearch`: the same answer): a paragraph holding
    # a literal of either ("free", "purpose") was searched for both at every position, ~0.7 ms
    consent_term_gate: GatedSearch | None = None
    consent_weak_gate: GatedSearch | None = None
    # ``notice`` so too (a line holding a literal of one of the ~70 notices, " quest" of
    # "request", " est", "support ", was searched for all of them at every position: ~330 µs)
    notice_gate: GatedSearch | None = None
    # ``line`` so too, whole lines (:meth:`is_line_furniture`): a short line holding a literal
    # of one of its ~490 phrases ("read ", "share") was tried for all of them, ~43 µs a line
    line_gate: GatedSearch | None = None
    # ``promo`` so too, whole lines (:meth:`is_promotion`: asked of every short line of an HTML
    # page's text as of a dump's)
    promo_gate: GatedSearch | None = None

    def is_line_furniture(self, line: str) -> bool:
        """Whether the whole of ``line`` is one of the :attr:`line` phrases (``line.fullmatch``,
        its phrases tried only where their literals are: :attr:`line_gate`), or a wall's
        paragraph of sentences (:meth:`_wall_paragraph`)."""
        if self.line_gate is not None:
            if self.line_gate.fullmatch(line):
                return True
        elif self.line.fullmatch(line) is not None:
            return True
        return self._wall_paragraph(line)

    def is_furniture(self, line: str) -> bool:
        """A whole line that is a skip link, a share bar, a paywall/login prompt or a teaser."""
        return bool(self.is_line_furniture(line) or self.teaser.fullmatch(line))

    def is_promotion(self, line: str) -> bool:
        """A whole line promoting the site's accounts, newsletter or app (the tables' ``promo``:
        "Siga o Jornal do Sado no Google Notícias", "Recevez notre newsletter quotidienne."),
        or sentences each of which is one or a site's notice to its reader ("Receba as notícias
        no seu e-mail. Subscreva a nossa newsletter.", "Cet article vous a été utile ?
        Abonnez-vous à notre newsletter."; newcomer 39b, finding 2), or, after an offer, a
        whole furniture line (:meth:`is_line_furniture`: "Recevez notre newsletter quotidienne.
        Inscrivez-vous gratuitement."; newcomer 42); its phrases tried only where their
        literals are (:attr:`promo_gate`)."""
        if self._promo(line):
            return True
        sentences = _SENTENCE_BREAK.split(line)
        if len(sentences) < 2:
            return False
        # a sign-up button's words after the offer ("Recevez notre newsletter quotidienne.
        # Inscrivez-vous gratuitement.": newcomer 42, finding 5) count after an offer only
        # (a wall's "Abonnez-vous maintenant. Recevez …" stays a call to subscribe: wallblocks)
        promoted = False
        for sentence in sentences:
            if self._promo(sentence):
                promoted = True
            elif not (
                self.is_site_notice(sentence) or (promoted and self.is_line_furniture(sentence))
            ):
                return False
        return True

    def _promo(self, line: str) -> bool:
        if self.promo_gate is not None:
            return self.promo_gate.fullmatch(line)
        return self.promo.fullmatch(line) is not None

    def is_ad(self, line: str) -> bool:
        """A whole line that is one of the tables' advertisement markers (``ads``: "Anzeige",
        "Publicité", "Reklama"; a list bullet before it and trailing ``.:!…`` allowed)."""
        return self.ad is not None and self.ad.fullmatch(line) is not None

    def may_say_rest_is_paywalled(self, text: str) -> bool:
        """Whether ``text`` holds a literal of the ``truncated`` phrases (their pre-scan, as
        :meth:`says_rest_is_paywalled` runs it): where it holds none, neither it nor any part
        of it says the rest is for subscribers.  A part's fold is that part of the text's fold
        (:func:`clipper.furniture.literals.fold` folds letter by letter), so the literals a
        part holds are among the text's."""
        return self.truncated_hint_finder is None or bool(
            self.truncated_hint_finder.find_matches_as_indexes(fold(text))
        )

    def says_rest_is_paywalled(self, line: str) -> bool:
        """A whole line saying the rest of the article is for subscribers only (the tables'
        ``truncated``; a list bullet before it allowed), or a wall's paragraph of sentences
        holding such a statement (:meth:`_wall_paragraph`: "Contenido exclusivo para
        suscriptores. Suscríbete para continuar leyendo.")."""
        if self.truncated_hint_finder is not None and not (
            self.truncated_hint_finder.find_matches_as_indexes(fold(line))
        ):
            return False
        if self.truncated.fullmatch(line) is not None:
            return True
        return _SENTENCE_BREAK.search(line) is not None and self._wall_sentences(line)

    def _wall_paragraph(self, line: str) -> bool:
        """Whether ``line`` is a wall's paragraph of two sentences or more: each a statement
        that the rest is for subscribers (``truncated``), or a label or call of the wall
        (a whole-line :attr:`line` phrase: "Contenido exclusivo para suscriptores",
        "Subscriber-only content", "¿Ya eres suscriptor?"; or :meth:`calls_to_subscribe`),
        and one of them a statement.  A label sentence opening the line before the statement
        ("Contenido exclusivo para suscriptores. Suscríbete para continuar leyendo.") left the
        line unmatched, the tables' phrases matching whole lines from their start: kept as the
        text's last paragraph, the page not partial (newcomer 41).  A sentence of the article
        ("El diario perdió el 20% de sus suscriptores.") is neither, and leaves the line alone.
        Only a line holding a sentence break and a literal of the ``truncated`` phrases is
        split."""
        if _SENTENCE_BREAK.search(line) is None or (
            self.truncated_hint_finder is not None
            and not self.truncated_hint_finder.find_matches_as_indexes(fold(line))
        ):
            return False
        return self._wall_sentences(line)

    def _wall_sentences(self, line: str) -> bool:
        """:meth:`_wall_paragraph` past its pre-scan.  Each sentence is asked first whether it
        is furniture at all (the statements are :attr:`line` phrases too), its phrases tried
        where their literals are: the ``truncated`` alternation tried whole on an article's
        sentence costs ~250 µs, the gated phrases ~10 µs."""
        said = False
        for sentence in _SENTENCE_BREAK.split(line):
            if not (self.is_line_furniture(sentence) or self.calls_to_subscribe(sentence)):
                return False
            said = said or self.truncated.fullmatch(sentence) is not None
        return said

    def calls_to_subscribe(self, sentence: str) -> bool:
        """Whether ``sentence`` opens with a wall's call to subscribe, log in or register (the
        tables' ``wall_calls``: "Subscribe today for…", "Assine hoje e…", "Déjà abonné ?")."""
        return self.wall_call is not None and self.wall_call.match(sentence) is not None

    def hinted(self, lines: Sequence[str]) -> tuple[set[str] | None, set[str] | None]:
        """The ``lines`` that may be furniture lines (:attr:`line`) and those that may be
        "read also" headings or inline teasers (:attr:`related`, :attr:`teaser`): the lines
        holding a required literal of those phrases (folded, :func:`fold`); None when there is
        no pre-scan (a phrase without such a literal).  A line not returned cannot match.
        Each line is folded once for both."""
        folded = list(map(fold, lines))
        return (
            _hinted(self.line_hint, self.line_hint_finder, lines, folded),
            _hinted(self.related_hint, self.related_hint_finder, lines, folded),
        )

    def notice_lines(self, lines: Sequence[str]) -> set[str] | None:
        """The ``lines`` that may hold a site's notice to its reader (:attr:`notice`: a
        literal of its phrases in them, folded); None when there is no pre-scan."""
        return _hinted(self.notice_hint, self.notice_hint_finder, lines)

    def is_site_notice(self, line: str) -> bool:
        """A line holding a site's notice to its reader (its browser, subscription, a support
        or follow appeal: the tables' ``notices``)."""
        if self.notice_gate is not None:
            return self.notice_gate.search(line)
        return self.notice is not None and self.notice.search(line) is not None

    def is_photo_credit(self, line: str) -> bool:
        """A whole line that is a photo's credit ("Photo: Jane Doe/Reuters", "Foto: dpa": the
        tables' ``credits``; a list bullet before it allowed)."""
        return self.credit is not None and self.credit.fullmatch(line) is not None

    def is_captioned(self, line: str) -> bool:
        """A picture's caption set as a paragraph: a sentence or two ending with the picture's
        credit in brackets ("Đoàn tàu thử nghiệm tại nhà ga trung tâm. (Ảnh: Minh Anh)", "The
        barge by the breakwater (Photo: Lena Dahl)"; the tables' ``credits``, bracketed)."""
        if self.credit is None:
            return False
        tail = _BRACKETED_TAIL.search(line)
        return (
            tail is not None
            and tail.start() > 0
            and self.credit.fullmatch(tail.group().rstrip()) is not None
        )

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
        if self.rights is None:
            return False
        if self.rights_hint_finder is not None and not (
            self.rights_hint_finder.find_matches_as_indexes(fold(line))
        ):
            return False
        # the last reservation in the line: "Tüm hakları saklıdır. İzinsiz kopyalanamaz."
        reservations = list(self.rights.finditer(line))
        if not reservations:
            return False
        found = reservations[-1]
        return (
            _COPYRIGHT_MARK.search(line) is not None
            or not any(char.isalnum() for char in line[found.end() :])
            or _names_outlet(line[found.end() :])
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

    def is_tag_label(self, line: str) -> bool:
        """Whether the whole of ``line`` is a tag list's label, alone ("Tags:", "- Filed
        under:", "Schlagwörter", "- Etiketler :"; the tables' ``tag_labels``, a list bullet
        before and ``.:!…`` after allowed); "Tags: eu, housing" is none (its tags with it)."""
        return self.tag_label is not None and self.tag_label.fullmatch(line.strip()) is not None

    def is_error_help(self, line: str) -> bool:
        """A line sending the reader of an error or notice page elsewhere ("Return to our home
        page", "Use our search"): no notice by itself."""
        return self.error_help is not None and self.error_help.search(line) is not None

    def is_related_heading(self, line: str) -> bool:
        """Whether the whole of ``line`` is a "read also" heading (``related.fullmatch``),
        tried only on a line holding one of its literals (folded: :attr:`related_hint_finder`,
        the same answer): a page's ~65 short leaf texts asked by
        :func:`clipper.htmlprune.drop_read_also_boxes` cost 4.3 µs each through the
        alternation, 0.9 µs gated (the 439 Zyte and Fundus pages of ``bench/speed.py``)."""
        finder = self.related_hint_finder
        if finder is not None and not finder.find_matches_as_indexes(fold(line)):
            return False
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
    whole += field("ads") + field("labels") + field("tools")
    # a teaser's blurb (a headline, or sentences ending with a full stop) and its link label
    whole += [rf"[^\n]{{1,400}}?(?:{p})" for p in field("more_links")]
    line = _alternation(whole + reading)
    # each phrase alone, between the bullet and the trail the whole alternation has
    line_gate = GatedSearch([f"{_BULLET}(?:{p}){_TRAIL}" for p in whole + reading], flags)
    related = _alternation(field("related"))
    hint = literal_hint(
        field("consent_terms") + field("consent_weak") + field("consent_purposes"), flags
    )
    line_hint = literal_hint(whole + reading, flags)
    related_hint = literal_hint(field("related"), flags)
    notice_hint = literal_hint(field("notices"), flags)
    rights_hint = literal_hint(field("rights"), flags)
    truncated_hint = literal_hint(field("truncated"), flags)
    voice = [t.consent_context[0] for t in tables if t.consent_context]
    ask = [p for t in tables for p in t.consent_context[1:]]
    # each phrase alone, as the alternation searches it
    term_gate = GatedSearch([f"(?:{p})" for p in field("consent_terms")], flags)
    weak_gate = GatedSearch([f"(?:{p})" for p in field("consent_weak")], flags)
    notices = field("notices")
    notice_gate = GatedSearch([f"(?:{p})" for p in notices], flags) if notices else None
    # a channel's handle alone, a promotion in every language (:data:`CHANNEL_HANDLE`)
    promos = [*field("promo"), CHANNEL_HANDLE]
    promo_gate = GatedSearch([f"(?:{p}){_TRAIL}" for p in promos], flags) if promos else None
    return Matchers(
        line=re.compile(f"{_BULLET}(?:{line}){_TRAIL}", flags),
        truncated=re.compile(f"{_BULLET}(?:{_alternation(field('truncated'))}){_TRAIL}", flags),
        promo=re.compile(f"(?:{_alternation(promos)}){_TRAIL}", flags),
        related=re.compile(f"[【\\[]?(?:{related})[】\\]]?{_TRAIL}", flags),
        teaser=re.compile(f"[【\\[]?(?:{related}){_TEASER_SEP}\\s*\\S.*", flags),
        consent_term=re.compile(_alternation(field("consent_terms")), flags),
        consent_purpose=(
            re.compile(_alternation(field("consent_purposes")), flags)
            if field("consent_purposes")
            else None
        ),
        consent_weak=re.compile(_alternation(field("consent_weak")), flags),
        consent_context=re.compile(_alternation(field("consent_context")), flags),
        consent_voice=re.compile(_alternation(voice), flags) if voice else None,
        consent_ask=re.compile(_alternation(ask), flags) if ask else None,
        consent_voices=tuple(
            (
                re.compile(_alternation(t.consent_terms + t.consent_weak), flags),
                re.compile(t.consent_context[0], flags),
                t.language,
            )
            for t in tables
            if t.consent_context and (t.consent_terms or t.consent_weak)
        ),
        consent_button=re.compile(f"(?:{_alternation(field('consent_buttons'))}){_TRAIL}", flags),
        wall_call=(
            re.compile(_alternation(field("wall_calls")), flags) if field("wall_calls") else None
        ),
        consent_pay=(
            re.compile(_alternation(field("consent_pay")), flags) if field("consent_pay") else None
        ),
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
        updated=(
            re.compile(f"(?<![^\\W\\d_])(?:{_alternation(field('updated'))})(?![^\\W\\d_])", flags)
            if field("updated")
            else None
        ),
        updated_after=(
            re.compile(
                f"[(（]\\s*(?P<date>[^()（）]*?\\d[^()（）]*?)\\s*(?:{_alternation(field('updated'))})"
                "\\s*[)）]",
                flags,
            )
            if field("updated")
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
        tag_label=(
            re.compile(f"{_BULLET}(?:{_alternation(field('tag_labels'))}){_TRAIL}", flags)
            if field("tag_labels")
            else None
        ),
        consent_hint=hint,
        consent_term_gate=term_gate,
        consent_weak_gate=weak_gate,
        notice_gate=notice_gate,
        line_gate=line_gate,
        promo_gate=promo_gate,
        consent_hint_finder=AhoCorasick(hint) if hint else None,
        line_hint=line_hint,
        line_hint_finder=AhoCorasick(line_hint) if line_hint else None,
        related_hint=related_hint,
        related_hint_finder=AhoCorasick(related_hint) if related_hint else None,
        notice_hint=notice_hint,
        notice_hint_finder=AhoCorasick(notice_hint) if notice_hint else None,
        rights_hint_finder=AhoCorasick(rights_hint) if rights_hint else None,
        truncated_hint_finder=AhoCorasick(truncated_hint) if truncated_hint else None,
    )


_ALL: Matchers | None = None


def matchers() -> Matchers:
    """The matchers of every table in :data:`TABLES`, of the line tables
    (:data:`clipper.furniture.LINE_TABLES`) and the consent phrases of the languages without
    either (:data:`clipper.furniture.consentonly.CONSENT_TABLES`), compiled once per
    process; their literals read back from the cache folder where an earlier process kept
    them (:func:`clipper.furniture.literals.remembered_hints`)."""
    global _ALL
    if _ALL is None:
        with remembered_hints():
            _ALL = compile_tables([*TABLES.values(), *LINE_TABLES, *CONSENT_TABLES])
    return _ALL


def _hinted(
    hint: tuple[str, ...] | None,
    finder: AhoCorasick | None,
    lines: Sequence[str],
    folded: Sequence[str] | None = None,
) -> set[str] | None:
    """The ``lines`` holding one of the folded literals ``hint`` (``finder``, their automaton,
    run over each folded line: ``folded``, the lines' :func:`fold` where the caller has them);
    None without a hint."""
    if hint is None or finder is None:
        return None
    find = finder.find_matches_as_indexes
    if folded is None:
        return {line for line in lines if find(fold(line))}
    return {line for line, folded_line in zip(lines, folded, strict=True) if find(folded_line)}
