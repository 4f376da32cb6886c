"""Cookie-consent banners found as blocks of lines (:func:`consent_lines`; the rule is in its
docstring), a consent dialog's heading and a consent framework's long sentence, by the
tables' ``consent_*`` phrases (:mod:`clipper.furniture`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from clipper.furniture.compiled import Matchers, matchers
from clipper.furniture.literals import fold
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.scripts import words_in

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


def _names_cookies(m: Matchers, line: str, folded: str | None = None) -> bool:
    """Whether ``line`` holds a ``consent_terms`` phrase (``folded``: its fold, if known)."""
    if m.consent_term_gate is not None:
        return m.consent_term_gate.search(line, folded)
    return m.consent_term.search(line) is not None


def _names_data(m: Matchers, line: str, folded: str | None = None) -> bool:
    """Whether ``line`` holds a ``consent_weak`` phrase (``folded``: its fold, if known)."""
    if m.consent_weak_gate is not None:
        return m.consent_weak_gate.search(line, folded)
    return m.consent_weak.search(line) is not None


def _is_consent_line(m: Matchers, line: str, n_words: int) -> bool:
    folded = fold(line)
    if m.consent_hint is not None and not any(literal in folded for literal in m.consent_hint):
        return False
    if (
        m.consent_purpose is not None
        and n_words <= _CONSENT_LONG_MAX_WORDS
        and m.consent_purpose.search(line) is not None
    ):
        # a consent tool's purposes list ("Purposes: … Store and/or access information on a
        # device"): the framework's own words, in no voice (newcomer 32)
        return True
    short = n_words <= _CONSENT_SHORT_WORDS and len(line) <= _CONSENT_SHORT_CHARS
    if _names_cookies(m, line, folded):
        if short:
            return True
        if n_words > _CONSENT_LONG_MAX_WORDS or not _site_speaks(m, line, short):
            return False
        return n_words <= _CONSENT_MAX_WORDS or _framework_sentence(m, line)
    if _names_data(m, line, folded):
        return n_words <= _CONSENT_MAX_WORDS and _site_speaks(m, line, short)
    return False


# A line ending as a sentence does (a reporter's too): its site-speak must be the site's voice.
_SENTENCE_ENDS = re.compile(r"[.!?。！？][\"'”’»)\]]*\s*$")


def _site_speaks(m: Matchers, line: str, short: bool) -> bool:
    """Whether ``line`` is in the site's voice, "we", "our", "you", "this site" (a table's
    first ``consent_context`` phrase), beside that table's consent words
    (``Matchers.consent_voices``: Dutch "u" and English "we" are Croatian and Polish
    prepositions), in a line of that language (:func:`_in_line_language`).  What a banner asks
    ("accept", "partners", "by clicking") is not enough without it: a report says as much in
    the reporter's voice ("sites that ask readers to accept cookies or pay for an ad-free
    subscription", "muss der Verarbeitung durch 200 Partner zustimmen"), and its opening
    paragraphs were cut as a banner, or the whole report rejected as a consent wall
    (newcomer 29's guard fixtures in de, fr, es, sv, fi and el).  Only of a line that ends as
    a sentence and is longer than a heading (``short``: 8 words, 60 characters): a footer's
    "Datenschutz Impressum AGB Einwilligungen widerrufen" or a dialog's "Manage consent"
    speaks by what it asks (the site's voice alone cost fundus dumps 0.0010 F1 on
    ``bench/textdump.py``), or by a voice beside its own language's consent words (a
    heading is too short to tell its language)."""
    if not m.consent_voices:
        return m.consent_context.search(line) is not None
    if short or _SENTENCE_ENDS.search(line) is None:
        # a heading, a button, a footer's or a dialog's row of links: what it asks will do,
        # or a voice beside its own language's consent words (too few words to tell the
        # line's language: "Sejm zajmie się ochroną prywatności we wtorek" is no English "we")
        asks = m.consent_ask is not None and m.consent_ask.search(line) is not None
        return asks or bool(_speaking(m, line))
    return _in_line_language(line, _speaking(m, line))


def _speaking(m: Matchers, line: str) -> list[str]:
    """The languages whose voice ``line`` holds beside that language's consent words."""
    return [
        language
        for words, voice, language in m.consent_voices
        if voice.search(line) is not None and words.search(line) is not None
    ]


def _in_line_language(line: str, languages: Sequence[str]) -> bool:
    """Whether ``line`` is written in one of ``languages`` (the tables whose voice it holds), as
    the language identifier reads it (:func:`clipper.language.detect_language`), or one of its
    kin (:func:`clipper.language.kin`: Bokmål for a Norwegian table, Czech for a Slovak one,
    Bokmål for a Danish one, Russian for a Belarusian one: the identifier reads a short line of
    one as the other, and a Slovak banner read as Czech lost its Slovak voice); any of them when
    the identifier is unsure. A voice of short function words belongs to its language: English
    and Dutch "we" is Polish "we" ("we wtorek": on Tuesday), Polish "my" English "my", Dutch "u"
    Croatian "u"; "cookie" is a consent word of every table, so a Polish report naming "pliki
    cookie" on Tuesday held English "we" beside English consent words. Asked only of a sentence
    longer than a heading that holds a table's consent words and voice (the identifier reads a
    line in about 0.2 ms)."""
    if not languages:
        return False
    from clipper.language import detect_language, kin, stored_language

    code = detect_language(line)
    if code is None:
        return True
    return any(stored_language(language) in kin(code) for language in languages)


def _framework_sentence(m: Matchers, line: str) -> bool:
    """A consent framework's long sentence (the caller found cookies named in it): it names
    personal data or consent too, in the site's voice, asking the reader something ("If you
    click Accept all, we and our partners … personal data …"): the voice of the line's own
    language (:func:`_in_line_language`)."""
    return (
        _names_data(m, line)
        and m.consent_voice is not None
        and m.consent_voice.search(line) is not None
        and m.consent_ask is not None
        and m.consent_ask.search(line) is not None
        and _in_line_language(
            line,
            [language for _, voice, language in m.consent_voices if voice.search(line)],
        )
    )


def is_consent_heading(title: str, m: Matchers | None = None) -> bool:
    """Whether ``title`` (a page's headline or ``<title>``) is a consent dialog's heading, a
    short consent line ("Valoramos tu privacidad", "We value your privacy", "Wir brauchen
    Ihre Zustimmung": at most 8 words (:func:`clipper.scripts.words_in`: a Chinese headline of
    30 characters is 15 words, not one) and 60 characters naming cookies, or privacy, personal
    data or consent in the site's voice)."""
    m = m or matchers()
    n_words = words_in(title)  # a Chinese or Thai line is not one word
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


def _banner_aside(m: Matchers, line: str, n_words: int) -> bool:
    """Whether ``line`` (``n_words`` words), standing between two lines of a banner, is one of
    its sentences that names neither cookies nor consent: the site speaking to its reader of
    what it may do ("Du kan altid ændre dit valg under Indstillinger nederst på siden", "You
    can change your choice at any time under Settings"), a voice and what a banner asks
    (``consent_context``) in up to 60 words.  Between two such lines a reporter's sentence is
    no aside: a report's sentences about cookies are not banner lines (their voice is the
    reporter's), so no report has its paragraphs on both sides of one."""
    return (
        n_words <= _CONSENT_MAX_WORDS
        and m.consent_ask is not None
        and m.consent_ask.search(line) is not None
        and m.consent_voice is not None
        and m.consent_voice.search(line) is not None
    )


def _carries_on(above: str, line: str) -> bool:
    """Whether ``line`` is the rest of the sentence ``above`` begins: ``above`` ends in no
    sentence's end and ``line`` opens with a lower-case letter (a banner's sentence broken by
    the dump's line wrap: "Utilizamos cookies … con sus preferencias" / "mediante el análisis
    de sus hábitos de navegación.")."""
    if not above or not line or _SENTENCE_ENDS.search(above) is not None:
        return False
    first = line.lstrip("\"'“‘«(")[:1]
    return first.isalpha() and first.islower()


def _join_split_sentences(
    lines: Sequence[str], words: Sequence[int], kinds: list[int], m: Matchers
) -> None:
    """Mark as consent lines (``kinds`` 2) both halves of a sentence broken over two lines
    (:func:`_carries_on`) when the sentence read whole is a consent line: a half alone may
    name cookies and no voice, or the voice and no cookies, and the half left behind stayed
    as the text's first line (fieldprobe35: a Spanish banner's sentence wrapped before
    "mediante el análisis de sus hábitos de navegación.").  A reporter's sentence broken so
    stays as its halves were: read whole it is in the reporter's voice."""
    for i in range(1, len(lines)):
        if kinds[i] == 2 and kinds[i - 1] == 2:
            continue
        if not (kinds[i] == 2 or kinds[i - 1] == 2) or not _carries_on(lines[i - 1], lines[i]):
            continue
        joined = f"{lines[i - 1]} {lines[i]}"
        if _is_consent_line(m, joined, words[i - 1] + words[i]):
            kinds[i - 1] = kinds[i] = 2


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
    ``consent_buttons``; a line between two of these in the site's voice asking what a banner
    asks (:func:`_banner_aside`: "You can change your choice under Settings") counts as one.  A
    banner is a run of consecutive consent lines and buttons holding at least one consent line;
    it is dropped when it has two lines or more, or when it opens or ends the text.  A single
    sentence about cookies inside an article stays.  A sentence broken over two lines (the
    second opening in lower case) is read whole (:func:`_join_split_sentences`).

    ``lines`` are normalised lines, ``words`` their word counts (same length).
    """
    m = m or matchers()
    n = len(lines)
    # 2 consent line, 1 button, 0 neither
    kinds = [_consent_kind(line, n_words, m) for line, n_words in zip(lines, words, strict=True)]
    _join_split_sentences(lines, words, kinds, m)
    for i in range(1, n - 1):
        if not kinds[i] and kinds[i - 1] and kinds[i + 1] and _banner_aside(m, lines[i], words[i]):
            kinds[i] = 1
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
