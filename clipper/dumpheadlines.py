"""A text dump's headline: the title the reader gave checked (:func:`junk_title`), else one
guessed among the head zone's candidate lines (:func:`guess_title`): the dump's opening line
when a blank line sets it apart (:func:`set_apart`) or it runs into its text
(:func:`runs_into_text`), a headline the page repeats, else the candidate whose words recur
most in the body's opening; never a byline, credit, caption, prompt, date line or one-line menu
(:func:`_not_a_headline`) nor the writer's name (:func:`is_writer`).  The standfirst below an
opening headline goes back into the text (:func:`with_standfirst`).  Step 2 of
:mod:`clipper.textdump`'s line cleaner, which finds the head zone and its candidates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from clipper.captions import is_caption
from clipper.clocktimes import clock_time
from clipper.dumpdates import date_line_sized, dateline
from clipper.dumplines import (
    BYLINE,
    is_body_paragraph,
    is_furniture,
    line_key,
    normalise_line,
    word_count,
)
from clipper.linedates import line_date
from clipper.localdates import ascii_date_digits, local_date
from clipper.paperdatelines import paper_dateline
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.scripts import (
    SENTENCE_END,
    UNSPACED,
    caseless,
    count_words,
    has_mark,
    word_runs,
)
from clipper.sectionnames import SECTION_WORDS, fold_word
from clipper.textedges import is_dateline

# A head-zone line below a dump's opening headline, of at least this many words and not ending
# a sentence, is its standfirst (dek, summary), part of the article: kept in the text (the head
# zone's sentences need as many words to be kept, step 2).  Below a headline guessed further
# down a flattened page it is as often a teaser or a prompt: kept there, body F1 fell on every
# flattened set (fundus 0.7856 → 0.7832, newspaper 0.6133 → 0.6099, readability 0.8290 →
# 0.8282, ``bench/textdump_headlines.py``), so it is not.
STANDFIRST_MIN_WORDS = 8


def with_standfirst(
    kept: list[str],
    leads: list[int],
    title: str,
    candidates: list[str],
    placed: list[int],
    words: list[int],
    not_headlines: set[str],
) -> list[str]:
    """``kept`` (the head zone's kept lines, at line numbers ``leads``, then the body) with the
    standfirst lines below the guessed ``title`` put back in their place: the headline
    ``candidates`` (at line numbers ``placed``) after it, of :data:`STANDFIRST_MIN_WORDS` or
    more ``words``, neither a repeat of it nor shaped like a byline, credit, caption or date
    line.  A headline guess no longer drops the summary a page prints under it."""
    at = placed[candidates.index(title)]
    key = line_key(title)
    below = [
        (i, line)
        for line, i in zip(candidates, placed, strict=True)
        if i > at
        and words[i] >= STANDFIRST_MIN_WORDS
        and line not in not_headlines
        and line_key(line) != key
        and not _not_a_headline(line)
    ]
    if not below:
        return kept
    head = sorted([*zip(leads, kept, strict=False), *below])
    return [line for _, line in head] + kept[len(leads) :]


def is_writer(line: str, body: list[str]) -> bool:
    """Whether a head-zone ``line`` is a person's name that the ``body`` introduces as its
    writer in its last lines and not in its opening ("Robert Malley" above an essay ending
    "Robert Malley is president and CEO of ..."): a byline, not the headline."""
    if _NAME.fullmatch(line) is None:
        return False
    if _has_a_word(caseless(" ".join(body[:TITLE_BODY_LINES])), _title_words(line)):
        return False  # the opening is about this name: a subject, not the writer
    return any(k.startswith(line) and _BIO.match(k, len(line)) for k in body[-3:])


# A person's name: two to four capitalised words (name particles aside), nothing else.
_NAME = re.compile(r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|der|da|al|bin|le|la)){1,3}")
# What follows a writer's name in the note on the writer: "... is a professor", "..., a fellow"
_BIO = re.compile(r",? (?:is|was|has been|writes|covers|a|an)\b")


def guess_title(
    candidates: list[str],
    body: list[str],
    opening: str | None = None,
    opening_needs_word: bool = False,
) -> str | None:
    """The headline among the head zone's ``candidates`` (short lines before the body).

    The dump's ``opening`` line, when the dump opens with its headline (a blank line sets it
    apart: :func:`set_apart`; or it stands straight above its text: :func:`runs_into_text`)
    and it has
    :data:`OPENING_MIN_WORDS` or more words, is the headline unless the page repeats another:
    a headline need share no word with its body (an inflected language's "Łódź" over "w
    Łodzi", "Казань" over "Казани"; a standfirst sharing more words stands below it), except
    one straight above a standfirst (``opening_needs_word``: a site's name over a headline
    is a line over a line too).  Other
    candidates count only when they share a word with the ``body`` (a weather widget's "Enter
    City and State or Zip Code", "powered by Ask": no title beats a furniture title); none
    left: None.
    Of those, a headline the page repeats (its <title>, <h1>, share text; also under a kicker
    of up to three words: "Europe |Trump Meets Putin" over "Trump Meets Putin", which wins)
    wins, the first of the most repeated; else the one whose words recur most in the first
    ``TITLE_BODY_LINES`` body paragraphs (per square root of its own words, so a long menu line
    does not win by size), preferring 3+ words, then the later one (nearer the body).  Words:
    :func:`_title_words`.

    Measured on real pages flattened to text dumps (titles exact after case and punctuation
    folding, head zone 16 → 30 lines with it): fundus-news-pages (tuned on) 0.256 → 0.473,
    readability-test-pages (confirmation) 0.142 → 0.260; with the labels, prompts, captions
    and repeated headlines found on the wire-syndication texts (bench/wire_titles.py), 0.484
    → 0.496 and 0.260 → 0.268 (bench/textdump.py, both checkouts in one command).  The
    kicker repeat, captions below a credit, bylines' and writers' names and the teaser list
    of step 1 (kinds found on the wire-syndication texts: 13 of their headlines changed, each
    from junk to the headline or to none, zerohedge's sidebar teaser on 6): fundus 0.496 →
    0.500, readability 0.268 → 0.268, and on the headlines the pages declare, zyte 0.514 →
    0.508 (one "Opinion | ..." headline now without its kicker), newspaper 0.525 → 0.525;
    no-headline shares unchanged (``bench/textdump_titles.py``); body F1 unchanged to three
    places on fundus, newspaper and readability (``bench/textdump.py``).  The opening line:
    see ``bench/textdump_headlines.py`` and the README's figures.
    """
    candidates = [c for c in candidates if not _not_a_headline(c)]
    if not candidates:
        return None
    if opening in candidates and word_count(opening) < OPENING_MIN_WORDS:
        opening = None  # a kicker, section or site name over the headline ("World news")
    words_of = {c: set(_title_words(c)) for c in candidates}
    free = None if opening_needs_word else opening  # kept though it shares no word
    if body:
        # A word never spans a line break: the body's words are its lines' words.
        joined = "\n".join(body)
        folded = caseless(joined)
        if _UNSPACED_RUN.search(folded):
            everywhere = _title_word_set(joined)
            candidates = [c for c in candidates if c == free or words_of[c] & everywhere]
        else:
            candidates = [
                c for c in candidates if c == free or _has_a_word(folded, words_of[c])
            ]
        if not candidates:
            return None
    counts = Counter(line_key(c) for c in candidates)
    # a headline the page repeats under a kicker ("Europe |Trump Meets Putin" over the line
    # "Trump Meets Putin"): a repeat of it, and the line without the kicker is the headline
    for c in candidates:
        tail = _kicker_tail(c)
        if tail is not None and line_key(tail) in counts and line_key(tail) != line_key(c):
            counts[line_key(tail)] += 1
    most = max(counts.values())
    if most > 1:  # a headline the page repeats (its <title>, <h1>, share text): the first
        return next(c for c in candidates if counts[line_key(c)] == most)
    if opening in candidates:
        return opening
    scope = _title_word_set("\n".join(body[:TITLE_BODY_LINES]))

    def rank(item: tuple[int, str]) -> tuple[float, bool, int]:
        index, line = item
        own = words_of[line]
        shared = len(own & scope) / len(own) ** 0.5 if own else 0.0
        return shared, word_count(line) >= 3, index

    return max(enumerate(candidates), key=rank)[1]


TITLE_BODY_LINES = 3
# The dump's first line is its headline when it is a headline candidate of at least this many
# words; a shorter one is a kicker, section or site name over the headline ("World news").
OPENING_MIN_WORDS = 3
# ... and when a blank line sets it apart (right below it, or below a dateline or byline under
# it), as a scraper writes "headline, blank line, text".  Without that, a first line with the
# body within 3 lines below was taken too, and a record's or a flattened page's first line is
# its site's name or a share bar as often as its headline: 34 of the 680 wire-syndication
# records changed headline, nearly all to such lines ("The Boston Globe", "FacebookEmail
# Twitter Google+ LinkedIn Pinterest", "Sunday, Jul 15th 2018 5-Day Forecast"), and 9 of the
# 707 flattened pages of bench/textdump_titles.py lost theirs.  Straight above its text, it is
# the headline only as :func:`runs_into_text` says: fundus-news-pages' headlines written
# straight above their standfirsts and bodies (tuned on), right 230 → 247 of 258 (without the
# text right below a standfirst, a flattened page's masthead date line over a 9-word line was
# taken; with one paragraph below, a paywall prompt over its paragraph); 3 of the wire records
# changed, each from a video's or a subhead's title to the page's headline.


def runs_into_text(
    lines: list[str], words: list[int], first_body: int, below: str | None
) -> bool:
    """Whether the dump's first kept line ``lines[0]`` (``words`` each) stands straight above
    its text, no blank line between (a byline or dateline aside), as a scraper writes
    "headline, text": the line right below it in the dump (``below``, normalised:
    :func:`line_below`) is the next line kept, and it is the first of two body paragraphs
    (``first_body`` 1), or a standfirst (:func:`_is_standfirst`) with the body right below it,
    of :data:`STANDFIRST_MIN_WORDS` or more words and at least as many as the first line, or
    shorter than the first line (a headline over its summary or subhead, which shares more
    words with the body and was taken for the headline).  A furniture line dropped between
    ("Advertisement", "Scroll to top of page") or a short line below a shorter one (a site's
    name or a section over a headline: "Gold and Precious Metals") makes it no headline by
    position."""
    if len(lines) < 2 or below != lines[1]:
        return False
    if first_body == 1:
        # the text, not a lone prompt paragraph ("Keine vollständige Leseberechtigung" over
        # "Um alle Artikel ... lesen zu können, bestellen Sie ..."): two paragraphs
        return len(lines) > 2 and all(is_body_paragraph(lines[i], words[i]) for i in (1, 2))
    if first_body != 2 or not _is_standfirst(lines[1], words[1]):
        return False
    return words[1] < words[0] or words[1] >= max(STANDFIRST_MIN_WORDS, words[0])


def over_intro(lines: list[str], words: list[int], first_body: int, straight: bool) -> bool:
    """Whether the dump's first kept line ``lines[0]`` (``words`` each) is a headline over an
    intro line of the article's own: a headline's shape (:data:`OPENING_MIN_WORDS` or more
    words, no sentence end), ``straight`` above (no furniture line dropped between; a blank
    line may be), a whole short sentence below it (:data:`INTRO_MIN_WORDS` words or more, a
    statement, question or exclamation, not shaped like a byline, credit, caption, prompt or
    date line) and the body's first two paragraphs right below that (``first_body`` 2).  A
    local rewrite of a wire story under its own headline and one line of its own ("Cod ban
    agreed" over "Our reporter was at the harbour meeting.", "Campaigners turn to heritage
    listing" over "What happens next for Harbour Street?"): the headline is the title though
    it shares no word with the body, and the intro line is the text's first (copies35: both
    were lost, a question taken for the title, in contained34's probe of rewrites)."""
    if first_body != 2 or len(lines) < 4 or not straight:
        return False
    headline, intro = lines[0], lines[1]
    return (
        words[0] >= OPENING_MIN_WORDS
        and SENTENCE_END.search(headline) is None
        and words[1] >= INTRO_MIN_WORDS
        and SENTENCE_END.search(intro) is not None
        and not _not_a_headline(headline)
        and not _not_a_headline(intro)
        and not is_furniture(intro, words[1])
        and all(is_body_paragraph(lines[i], words[i]) for i in (2, 3))
    )


# An intro line under a dump's opening headline (:func:`over_intro`) is a sentence of at least
# this many words ("Our reporter was there.": a shorter line under a headline is a label, a
# kicker or a credit as often).
INTRO_MIN_WORDS = 4


def line_below(read: list[str], number: int, latest: datetime | None) -> str | None:
    """The line right below the dump's first line ``read[number]``, normalised, past a byline
    ("By Ann Reed") or a dateline under it (at most two); None at the dump's end."""
    for at, below in enumerate(read[number + 1 : number + 4]):
        line = normalise_line(below)
        n = word_count(line) if line else 0
        if line and n <= 12 and line.startswith("By ") and is_furniture(line, n):
            continue
        # a bare date right below the first line only: below a byline it is a masthead's
        # ("The Boston Globe" / "By …" / "July 16, 2018")
        if (
            line
            and date_line_sized(line)
            and _read_dateline(line, latest)
            and (at == 0 or dateline(line, latest) is not None or paper_dateline(line) is not None)
        ):
            continue
        return line
    return None


def _is_standfirst(line: str, n_words: int) -> bool:
    """A head-zone line shaped like a standfirst or subhead: two words or more, not ending a
    sentence except with a question or exclamation mark, not shaped like a byline, credit,
    caption, prompt or date line (:func:`_not_a_headline`)."""
    return (
        n_words >= 2
        and (SENTENCE_END.search(line) is None or line.endswith(("?", "!")))
        and not _not_a_headline(line)
    )


def set_apart(read: list[str], number: int, latest: datetime | None) -> bool:
    """Whether a blank line follows the dump's first line ``read[number]``, right below it or
    below a dateline read (a paper's too: :func:`_read_dateline`) or a furniture line (a
    byline) under it, or below a bare date line (:func:`header_date_line`) with the text or a
    standfirst next (:func:`_text_next`: a paper's name over its edition's date stands over
    the headline)."""
    if number + 1 >= len(read):
        return False
    below = normalise_line(read[number + 1])
    if not below:
        return True
    if number + 2 >= len(read) or read[number + 2].strip():
        return False
    n = word_count(below)
    if (
        date_line_sized(below)
        and dateline(below, latest) is None
        and paper_dateline(below) is None
        and header_date_line(below)
    ):
        # a headline over a bare date, or a paper's name over its edition's date ("The
        # Harbour Post" / "05.12.2026"), the headline below it: told by what comes next
        return _text_next(read, number + 2, word_count(normalise_line(read[number])))
    return is_furniture(below, n) or (date_line_sized(below) and _read_dateline(below, latest))


# How many lines below a bare date line under a dump's first line are looked at for its text
# (blank lines and a byline between).
_TEXT_NEXT_LINES = 4


def _text_next(read: list[str], start: int, first_words: int) -> bool:
    """Whether the first line from ``read[start]`` that is neither blank nor furniture (a
    byline) is what stands under a headline of ``first_words`` words: the text (a body
    paragraph or a sentence), or a standfirst or subhead (:func:`_is_standfirst`) shorter than
    the headline or of :data:`STANDFIRST_MIN_WORDS` words and as many as it, as
    :func:`runs_into_text` tells one; not a short line longer than the first, the headline
    under a paper's or a site's name."""
    for raw in read[start : start + _TEXT_NEXT_LINES]:
        line = normalise_line(raw)
        if not line:
            continue
        n = word_count(line)
        if is_furniture(line, n):
            continue
        if is_body_paragraph(line, n) or SENTENCE_END.search(line) is not None:
            return True
        return _is_standfirst(line, n) and (
            n < first_words or n >= max(STANDFIRST_MIN_WORDS, first_words)
        )
    return False


def _read_dateline(line: str, latest: datetime | None) -> bool:
    """Whether ``line`` is a dateline read (:func:`clipper.dumpdates.dateline`) or a header's
    date line (:func:`header_date_line`: "5 December 2026", "05.12.2026", "le 5 décembre
    2026", "2026年12月5日", "Le Soir, samedi 5 décembre 2026"), whose date is the dump's
    header's.  A headline over a bare date was no opening set apart (its date line was neither
    furniture nor a dateline read) and, sharing no word with its text, no title."""
    return dateline(line, latest) is not None or header_date_line(line)


def header_date_line(line: str) -> bool:
    """Whether ``line`` is a date line a dump's header writes above or below its headline: a
    numeric date alone (:func:`clipper.headerdates.numeric_date`: "05.12.2026", a weekday or a
    label before it), a date alone or after a weekday, a label or a site's name
    (:func:`clipper.linedates.line_date`: "5. Dezember 2026", "le 5 décembre 2026",
    "2026年12月5日"), a paper's date line (:func:`clipper.paperdatelines.paper_dateline`: "Le
    Soir, samedi 5 décembre 2026")."""
    from clipper.headerdates import numeric_date

    return numeric_date(line) or line_date(line) is not None or paper_dateline(line) is not None


def _kicker_tail(line: str) -> str | None:
    """``line`` after a kicker (:data:`_KICKER`), or None when it has none."""
    kicker = _KICKER.match(line)
    return line[kicker.end() :] if kicker is not None and kicker.end() < len(line) else None


# A section kicker before a headline: up to three words, then a bar, colon or dash.
_KICKER = re.compile(r"^[^\s|:–—-]+(?: [^\s|:–—-]+){0,2}\s*(?:\||:\s|\s[-–—]\s)\s*")

# Head-zone lines shaped like something else than a headline (checked on the wire-syndication texts,
# whose records carry no title: 84 guessed titles held a time, a year, "by", a prompt or a credit,
# and 72 of them were one of these): a byline ("By Ann Reed - The Daily - Monday, July 16, 2018",
# "by TDB - Jul 15, 2018 2:37 pm", "Authored by Jane Doe via Medium.com,"); a tweet's attribution
# ("— Jane Doe (@janedoe) July 16, 2018"); a photo credit ("AFP PHOTO / …", "…/AFP/Getty Images");
# an imperative prompt ("Subscribe to Breaking News emails", "Get breaking news alerts from X"); a
# share bar ("fbShare Tweet gShare Email"); a label ending with a colon ("AUDIE CORNISH, HOST:");
# and a date line: at most two words left once dates, times, days, months, time zones and
# "published"/"updated" are taken out ("6:30 am CDT, Monday, July 16, 2018", "Associated Press
# Monday, July 16, 2018").
_NOT_HEADLINE = re.compile(
    r"^(?:authored )?by\b[:\s]|^[—–-]\s|\(@\w+\)|getty images|\bphotos?\s*/"
    r"|/\s*(?:afp|ap|reuters|epa)\b"
    r"|\(ap photo|:$"
    r"|^(?:get|subscribe|sign up|download|follow|join)\b.*\b(?:alerts?|e-?mails?|newsletters?"
    r"|app|notifications?|podcasts?)\b"
    r"|(?:(?:share|tweet|e-?mail|print)\b.*){3}"
    # a widget's or a site's label, cut from the link it heads ("Yahoo View •", "Reuters India•",
    # "CBS News Videos •", "USA Today•", "Justin Caruso |"), or a section label said twice
    # ("World World": its link and its heading)
    r"|[•|]$|^[•|]|^(\w+) \1$"
    # a comment-policy or help prompt ("To find out more about Facebook commenting please read
    # the Conversation Guidelines and FAQs", "Please enable cookies to comment")
    r"|\bplease (?:read|see|note|click|enable|log|sign|refer)\b"
    r"|\bcomment(?:ing|s)?\b.*\b(?:guidelines|policy|faqs?)\b"
    # a byline with the writer's post ("Jane Roe | Senior Media Reporter"); a widget's own
    # line ("Enlarge this image", a weather box's "powered by Ask", "Enter City and State or
    # Zip Code")
    r"|\|\s*(?:\w+ ){0,2}(?:reporter|editor|correspondent|writer|contributor|columnist)$"
    r"|^(?:enlarge|expand) this (?:image|photo)$|^powered by\b|\bzip code$"
    # a video player's teaser, its clip's length after it ("Watch Trump and Putin speak ahead
    # of summit 04:45", "Remnick: Putin wants to 'throw US off balance' 08:28": CNN's
    # wire-syndication records without a title took them as their headline)
    r"|\s(?:\d{2}|\d{1,2}:\d{2}):\d{2}$",
    re.IGNORECASE,
)


_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?"
    r"|\b[ap]\.?m\.?\b|\b\d[\d:./,]*(?:[ap]m)?\b|\b(?:[A-Z]{1,2}[SDT]T|ET|UTC|GMT)\b"
    r"|\b(?:published|updated|posted|at|on|local|time)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def junk_title(title: str) -> bool:
    """Whether a title a scraper gave is no headline: a furniture line of the language tables
    ("Subscribe", "Print", a share bar), a byline, a time or date alone.  (Not the headline
    guess's caption and label shapes: 3 of Fundus's 258 headlines look like captions.)"""
    line = normalise_line(title)
    if not line or is_furniture(line, word_count(line)) or BYLINE.match(line):
        return True
    # a time or date alone ("8:00 AM ET", "12 Jan 2024"), not "2024 in review"
    letters = [ch for ch in _DATE_WORDS.sub(" ", line) if ch.isalpha()]
    return any(ch.isdigit() for ch in line) and len(letters) <= 4


# A one-line menu has this many section names or more, and nothing else.
MENU_LINE_WORDS = 4


def _menu_line(line: str) -> bool:
    """Whether ``line`` is a site's menu flattened to one line: :data:`MENU_LINE_WORDS` or more
    words, each capitalised and a section name (:data:`clipper.sectionnames.SECTION_WORDS`),
    no punctuation.  A Common Crawl WET record opens with one ("Home Local Schools Business
    Sports"), which was taken for the headline when it shared no word with the text (newcomer
    20)."""
    words = line.split()
    if len(words) < MENU_LINE_WORDS or not all(word[:1].isupper() for word in words):
        return False
    return all(fold_word(word) in SECTION_WORDS for word in words)


def _not_a_headline(line: str) -> bool:
    """A head-zone line shaped like a byline, credit, prompt, label, date line
    (:data:`_NOT_HEADLINE`), a photo caption (:func:`clipper.captions.is_caption`) or a menu
    on one line (:func:`_menu_line`), never a headline guess; nor a date written the local
    way, alone or after a label (:func:`_local_date_line`: "প্রকাশ: ৩০ নভেম্বর ২০২৬")."""
    if _shaped_not_a_headline(line):
        return True
    if not any(ch.isdigit() for ch in line):
        return False
    if (is_dateline(line) and line_date(line) is not None) or paper_dateline(line) is not None:
        # a date and its time with a zone named after it: "Actualizado el 3 de diciembre de
        # 2026 a las 21:40 (GMT-6)", "… às 16h30 (horário de Brasília)" (newcomer 28 finding 4:
        # kept as the text's first paragraph, a standfirst under the headline); a paper's date
        # line ("The Guardian, 5 December 2026, p. 3": newcomer 42)
        return True
    # its words besides a date's, an unspaced script's runs counted as words are
    # (clipper.scripts.count_words): "①さくらテクノロジー、医療機関向け端末を発売" is two runs of
    # letters and a headline, "令和8年12月4日" one run of two and a date (newcomer 38, F2: a CJK
    # headline holding a digit or an enclosed numeral of few commas was dropped as a date line)
    words = count_words(" ".join(_LETTERS.findall(_DATE_WORDS.sub(" ", line))))
    return words <= 2 or _local_date_line(line)


# A dump's head lines recur over a night (a wire's bylines and captions, a site's prompts and
# menus), each asked of by every headline guess: a line's shape kept, a function of the line
# alone (the dates, read by the page's language and country, are asked apart).
@line_memo(LINES_KEPT)
def _shaped_not_a_headline(line: str) -> bool:
    """Whether ``line`` is shaped like a byline, credit, prompt, label or date line
    (:data:`_NOT_HEADLINE`), a photo caption (:func:`clipper.captions.is_caption`) or a menu on
    one line (:func:`_menu_line`)."""
    return bool(_NOT_HEADLINE.search(line) or is_caption(line) or _menu_line(line))


# A label before a date ("Publicado:", "প্রকাশ:", "نشر في:"): a few words and a colon.
_DATE_LABEL = re.compile(r"^[^:：\d]{1,40}[:：]\s*")


def _local_date_line(line: str) -> bool:
    """Whether ``line`` is a date with a month word of another language and nothing else but
    a label before it (:func:`clipper.localdates.local_date`, digits of any script)."""
    value = ascii_date_digits(_DATE_LABEL.sub("", line, count=1))
    return local_date(clock_time(value)) is not None


def _title_words(line: str) -> list[str]:
    """Words of 4+ letters; a run of a script written without spaces (clipper.scripts) gives
    its character bigrams instead (a Chinese headline shares bigrams, not "words", with its
    body)."""
    return _title_terms(word_runs(caseless(line)))


def _title_word_set(text: str) -> set[str]:
    """``set(_title_words(text))``, each distinct word looked at once."""
    folded = caseless(text)
    distinct = set(word_runs(folded))
    if _UNSPACED_RUN.search(folded):
        return set(_title_terms(distinct))
    return {word for word in distinct if len(word) > 3 or not word.isascii()}


def _has_a_word(folded: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` (each a :func:`clipper.scripts.word_runs` word) is a whole
    word of ``folded``: what ``words & _title_word_set(folded)`` says for a text without a
    script written without spaces, from a substring search per word instead of every word of
    the text (a dump's body; 0.1 ms a one-day record)."""
    end_of = len(folded)
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if _starts_a_word(folded, at) and (
                end == end_of or not (_is_word_char(folded[end]) or has_mark(folded[end]))
            ):
                return True
            at = folded.find(word, at + 1)
    return False


def _starts_a_word(folded: str, at: int) -> bool:
    """Whether no word runs on into ``folded[at]`` from before: the character before is no
    word character, nor a combining mark that follows one (a word's marks; a mark after a
    space or a symbol belongs to no word)."""
    before = at - 1
    while before >= 0 and has_mark(folded[before]):
        before -= 1
    return before < 0 or not _is_word_char(folded[before])


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: a letter, digit or number, or "_"."""
    return char.isalnum() or char == "_"


def _title_terms(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if _UNSPACED_RUN.search(word):
            for run in _UNSPACED_RUN.findall(word):
                out += [run[i : i + 2] for i in range(max(len(run) - 1, 1))]
        elif len(word) > 3 or not word.isascii():
            out.append(word)
    return out


_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")
