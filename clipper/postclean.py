"""The news post-clean: furniture lines trafilatura lets through, dropped from its text.

``post_clean(lines, title)`` takes trafilatura's normalised, non-empty lines of one page and
returns the lines to keep: the headline repeated among the first three lines goes, with the
lines before it (a kicker, a section name, a date, a teaser box) except the sentences right
above it (an "Update: ..." paragraph or a lede put above the headline is article text), and
so does every line one of :data:`POST_RULES` matches (newsletter prompts, "Comments", advertisement
markers, copyright lines, teaser lines tagged "[VIDEO]"/"[INSIGHT]"; "Click To Tweet" suffixes
are stripped).  Each rule is a regular expression matched against lines of at most
``max_words`` words; a ``starts_list`` rule also drops the "- item" lines that follow it.

Then the **furniture lines** of the language tables (:mod:`clipper.furniture`, the phrases the
text-dump cleaner uses; :func:`drop_furniture_lines`): a line that is nothing but a skip link, a
share bar, a paywall or login prompt, an advertisement marker ("Article content",
"分享让更多人看到"), a content type's label ("Článek") or a reading-time line ("Tempo de leitura: 4
min", "5 min read"), or a photo's credit ("Photo: Jane Doe/Reuters", "Foto: dpa",
"圖／記者王小明攝"); a paragraph of at most :data:`NOTICE_MAX_WORDS` words holding a site's notice
to its reader (about the reader's browser or subscription, an appeal to support the site or follow
it on a messaging channel, a prompt to follow a topic or an author: "You are using a browser version
with limited support for CSS…", "Tu suscripción se está usando en otro dispositivo", "Folge … auf
WhatsApp", "Follow this topic", "『カテゴリーをフォロー』すると…"), wherever it stands and however
often; a line promoting the site's accounts, newsletter or app (the tables' ``promo``, whole or
sentence by sentence: "Siga o Diário de Lisboa no Instagram e receba as notícias no WhatsApp.",
"Recevez notre newsletter quotidienne.": :meth:`clipper.furniture.compiled.Matchers.is_promotion`);
a list bullet alone on its line (an empty list item's mark); or an inline teaser that is a "read
also" label and a headline ("RELATED: Ferry fares rise", "Lesen Sie auch: …", not ending with a full
stop); and a "read also" / "more on this" heading ("Read More", "Czytaj więcej", "Auch interessant",
"You may also like:") with the link titles its box lists right after it (lines of at most
:data:`BOX_ITEM_WORDS` words that end no sentence and introduce nothing, i.e. not ending with ":"),
when there are at least :data:`BOX_MIN_ITEMS` of them or they run to the end of the text. A single
short line after the heading is kept: it is a section's own subheading as often as a link title.
Every dropped line is a whole paragraph of trafilatura's text that holds no sentence of the body.
Measured with ``bench/extraction.py`` (tuned on Zyte and Readability, confirmed on Fundus and
newspaper4k): Zyte 0.9735 -> 0.9738, Readability 0.9150 -> 0.9151, Fundus 0.9550 -> 0.9552,
newspaper4k 0.8241 -> 0.8247 (its truths keep a few "RELATED:" headings but none of their link
lists).

Also dropped there (newcomer 16, finding 6): a line that is only the page's **timestamp**
("Stand: 22.04.2024, 06:00 Uhr", "Uppdaterad 15.59 | Publicerad 14.14":
:meth:`clipper.furniture.compiled.Matchers.is_timestamp`), a teaser blurb ending with its link's
label ("… Full Article", the tables' ``more_links``), and the heading of a **box of promotion
bullets** (:data:`PROMO_BOX_BULLETS` or more list items right below it that are all furniture:
AP's "What to know about the 2024 Election" over "- Today's news: Follow live updates…").  After
extraction, a line that is only the page's **byline**, naming its own author
(:func:`drop_byline_lines`, called by :func:`clipper.htmlclean.clean_html` once the author is
known: "Von Nina Magoley").  Measured with ``bench/extraction.py --reuse`` (2026-12-03,
tuned on Fundus, the newcomer's pages, with the "read also" boxes of
:func:`clipper.htmlprune.drop_read_also_boxes`): Fundus 0.9598 -> 0.9603 (11 pages better, none
worse), Zyte 0.9740 -> 0.9741 (one "Updated at 1:23 p.m." line), newspaper4k 0.8189 -> 0.8195
(Reuters' "Trending On Reuters" box on two pages; one "Updated August 02, 2014." its truth
keeps), Readability unchanged.

Last, runs of **teaser cards** (:mod:`clipper.cards`): three or more short headlines each with a
time or date label ("Ferry fares rise" / "Taiwan · 2 hours ago"), or two or more paragraphs opening
with a kicker in capitals and cut off mid-sentence ("RISK REMAINS: An official said that…"),
inside or after the article.  Measured with ``bench/extraction.py --reuse`` (2026-12-02
22:48-22:52 against main at 22:18-22:29): the credit lines Zyte 0.9741 -> 0.9740 (its truths
keep three of four), Fundus six pages better (+0.001 to +0.015 each), newspaper4k 0.8190 ->
0.8189 (its truths keep two of three), Readability unchanged; the card runs fire on one page,
Taipei Times' kicker teasers on Fundus (0.652 -> 0.982 with its credit line; the shape was
taken from that page), and on none of the other 711 (the time-labelled form on none).

From extract23's probe (public extraction-bug threads rebuilt with invented text, 2026-12-03):
a picture's **caption ending with its credit in brackets** ("… nhà ga trung tâm. (Ảnh: Minh
Anh)", trafilatura #616: :meth:`clipper.furniture.compiled.Matchers.is_captioned`), a
**copyright notice between two paragraphs** (:func:`drop_inner_rights`; the one under the
story stays, as the sets' reference texts keep it) and the **headline printed twice** over the
text (both copies go).  Per-page ``clean_page`` over the four sets with the bench's metric
against main ``6f89c7e``: one Fundus page better (Börsen-Zeitung's twice-printed headline,
0.969 -> 0.972), every other page's text unchanged.

The page's **tag list** ending the text, its label alone on a line ("- Filed under:", "-
Etiketler :") over its tags, goes (:func:`clipper.textedges.drop_closing_tags`, extract46):
newspaper4k 0.82001 -> 0.82023 with the date-alone lines of :mod:`clipper.textedges`, Fundus
0.96451 -> 0.96453, Zyte and Readability unchanged (``bench/extraction.py --reuse``).

A rule stays only if it does not lower F1 on the extraction sets it was not tuned on:
``bench/extraction.py`` prints each candidate rule's effect (:data:`CANDIDATE_RULES`) on all four
sets, and five rules tuned on the Zyte benchmark alone were measured out that way
(:data:`DROPPED_RULES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clipper.bylinelines import names_the_author
from clipper.cards import drop_card_runs
from clipper.furniture.compiled import RIGHTS_MAX_WORDS, matchers
from clipper.furniture.literals import fold, literal_hint
from clipper.relativetimes import drop_ticker_stamps
from clipper.scripts import SENTENCE_END, caseless, count_words, unpunctuated_prose, word_runs
from clipper.signoffs import agency_trailer
from clipper.textedges import drop_closing_label, drop_closing_tags, drop_edge_consent

__all__ = [
    "BOX_ITEM_WORDS",
    "BOX_MIN_ITEMS",
    "CANDIDATE_RULES",
    "DROPPED_RULES",
    "NOTICE_MAX_WORDS",
    "POST_RULES",
    "PROMO_BOX_BULLETS",
    "PostRule",
    "drop_byline_lines",
    "drop_furniture_lines",
    "drop_inner_rights",
    "is_ad_marker",
    "is_prose",
    "post_clean",
]



def is_prose(line: str) -> bool:
    """A sentence of an article: six words or more, ending like a sentence (a Thai or Lao line,
    which has no full stop: as long as a paragraph, :func:`clipper.scripts.unpunctuated_prose`),
    and not a furniture prompt of a language table ("Already a subscriber? Log in.", a consent
    line)."""
    n_words = count_words(line)
    return (
        n_words >= 6
        and (SENTENCE_END.search(line) is not None or unpunctuated_prose(line, n_words))
        and not matchers().is_furniture(line)
    )


@dataclass(frozen=True, slots=True)
class PostRule:
    """One news post-clean rule: a line the rule drops (``pattern`` matched with ``search``
    against lines of at most ``max_words`` words), or for ``strip`` rules a suffix removed."""

    name: str
    pattern: re.Pattern[str]
    max_words: int = 30
    strip: bool = False
    starts_list: bool = False  # the "- item" lines following a dropped line go too
    # Folded literals one of which every match holds (clipper.furniture.literals.literal_hint): a
    # line holding none is not searched (the newsletter rule's search cost 60 µs a line).
    hint: tuple[str, ...] | None = field(init=False, default=None, compare=False)

    def __post_init__(self) -> None:
        hint = literal_hint([self.pattern.pattern], re.RegexFlag(self.pattern.flags))
        object.__setattr__(self, "hint", hint)

    def may_match(self, folded: str) -> bool:
        """Whether a line, folded (:func:`clipper.furniture.literals.fold`), can match at all."""
        return self.hint is None or any(literal in folded for literal in self.hint)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


CANDIDATE_RULES: tuple[PostRule, ...] = (
    PostRule(
        "read-more",
        _rx(
            r"^\[?(?:read more|read also|also read|read next|see more|see also|more|also"
            r"|related(?: posts?| stories| articles| content| coverage| links| reading)?"
            r"|recommended(?: reading)?|you (?:may|might) also like|don'?t miss|most read"
            r"|most popular|trending|top stories|more stories|latest(?: news)?)\b[\s:.…!|]*\]?$"
            r"|^\[?(?:read more|read also|also read|read next|see more|see also|related"
            r"|related (?:post|story|article|link)s?|recommended)\s*[:|]\s*\S.*"
            r"|^also on \w+\.\w+\b|^most read in [\w ]+$"
        ),
        max_words=30,
        starts_list=True,
    ),
    PostRule(
        "teaser-tags",
        re.compile(
            r"\[(?:INSIGHT|VIDEO|REACTION|WARNING|NEWS|PICS|PICTURES|POLL|REVEAL|LATEST"
            r"|UPDATE|LIVE)\]\s*\|?$"
        ),
        max_words=30,
    ),
    PostRule(
        "newsletter",
        _rx(
            r"^(?:sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:inbox|sign up"
            r"|subscribe)\b|^(?:get|receive) (?:the|our) .*\b(?:inbox|newsletters?)\b"
            r"|^\S+(?: \S+){0,3} newsletter$"
        ),
        max_words=40,
    ),
    PostRule(
        "social",
        _rx(
            r"\bfollow (?:us|him|her|them|me|@\w+|[\w.'’@ ]{1,60}?)"
            r" on (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok|threads)\b"
            r"|^follow\b.*\b(?:coverage|twitter|facebook|instagram)\b"
            r"|^like this (?:story|article)\?|^share (?:this (?:article|story|post|page)|on|via)\b"
            r"|^share$"
        ),
        max_words=40,
    ),
    PostRule(
        "comments",
        _rx(
            r"^(?:\d+ )?comments?$|^(?:view|show|leave|add|post|read) (?:a |the )?comments?$"
            r"|^tell us what you think\b"
        ),
        max_words=8,
    ),
    PostRule(
        "advertisement",
        _rx(
            r"^(?:advertisement|advertising|sponsored(?: content)?|ad"
            r"|(?:story|article) continues? below(?: advertisement)?)[\s.:]*$"
        ),
        max_words=6,
    ),
    PostRule(
        "wire-credits",
        _rx(
            r"^\(?(?:additional )?reporting by\b.*|\bcontributed (?:to )?(?:this|reporting)\b"
            r"[^.]*\.?\)?$|^(?:writing|editing) by\b.*"
        ),
        max_words=50,
    ),
    PostRule(
        # "© 2019 Associated Press. All Rights Reserved." is in the benchmark's bodies: only
        # the "copyright Site 2019" and reprint-notice forms go (the © form measured -0.0002).
        "copyright",
        _rx(r"^copyright\b.*|^this copy is for your personal, non-commercial use"),
        max_words=40,
    ),
    PostRule("click-here", _rx(r"\bclick here\b"), max_words=30),
    PostRule(
        "meta-lines",
        _rx(
            r"^(?:filed under|tags|tagged|topics|categories)\s*:.*|^tags$"
            r"|^\d+\s+min(?:ute)?s?\s+read$|^reading time:"
        ),
        max_words=20,
    ),
    PostRule("click-to-tweet", re.compile(r"\s*Click To Tweet$"), max_words=80, strip=True),
)

# Candidate rules measured out: they were tuned on Zyte, and their effect summed over the sets
# they were not tuned on (Fundus, Readability, newspaper4k's pages; bench/extraction.py, "rule
# effects") is negative: those sets' bodies keep "Related article: …", "Follow … on Twitter",
# "(Reporting by …; Editing by …)", "… click here." and "Topics: …" lines.  Lines of this kind
# that recur on a site's pages are still cut by the site-template stage (clipper/templates.py);
# linked "Read more: <a>…</a>" teasers by clipper.htmlprune.
DROPPED_RULES = frozenset({"read-more", "social", "wire-credits", "click-here", "meta-lines"})
POST_RULES: tuple[PostRule, ...] = tuple(
    r for r in CANDIDATE_RULES if r.name not in DROPPED_RULES
)

_LIST_LINE = re.compile(r"^[-–•*▪]\s")
_AD_RULE = next(rule for rule in POST_RULES if rule.name == "advertisement")


def is_ad_marker(line: str) -> bool:
    """A line that only marks an advertisement's slot: the news post-clean's English markers
    ("Advertisement", "Story continues below advertisement") or a language table's ``ads``
    ("Anzeige", "Publicité", "Reklama": :meth:`clipper.furniture.compiled.Matchers.is_ad`)."""
    if count_words(line) <= _AD_RULE.max_words and _AD_RULE.pattern.search(line):
        return True
    return matchers().is_ad(line)


# Where the repeated headline is looked for: the first three lines that hold a letter, among
# this many.
_HEADLINE_SEARCH = 6
_LETTER = re.compile(r"[^\W\d_]")


def _title_key(text: str) -> str:
    return " ".join(word_runs(caseless(text)))


# A whole-line furniture phrase or inline teaser is looked for in lines up to this long (paywall
# prompts run long); a "read also" heading is at most RELATED_HEADING_WORDS words.
FURNITURE_MAX_WORDS = 40
# A site's notice to its reader (the tables' ``notices``) runs to a few sentences in one
# paragraph (nature.com's browser notice: 47 words); a longer paragraph is the article's.
NOTICE_MAX_WORDS = 60
RELATED_HEADING_WORDS = 12
# A link title in a "read also" box: a headline-sized line that ends no sentence (the text-dump
# cleaner's limit, clipper.textdump step 4).
BOX_ITEM_WORDS = 20
# The titles after a heading are the box's when there are this many (or they end the text): one
# short line after "Auch interessant" was a section subheading on Fundus (WAZ) and Readability
# (bug-1255978); with 1, 2 or 3 the four sets score the same but for newspaper4k (+0.0001 at 3).
BOX_MIN_ITEMS = 2


# A heading over this many list items that are all furniture (promotion bullets: "What to know
# about the 2024 Election" over "- Today’s news: Follow live updates…", "- We want to hear from
# you: …", AP News) goes with them.
PROMO_BOX_BULLETS = 2
_DIGIT = re.compile(r"\d")
_CLOSING_BRACKETS = (")", "]", "）", "】")
# A list bullet with nothing after it: an empty list item's mark, or what is left of an item
# whose prompt went ("-" over each follow prompt of tokyo-np.co.jp, newcomer 17).
_LONE_BULLET = re.compile(r"[-–•]")


def _is_box_heading(line: str) -> bool:
    """A heading: a short line that ends no sentence, is no list item and introduces nothing."""
    return (
        count_words(line) <= RELATED_HEADING_WORDS
        and SENTENCE_END.search(line) is None
        and not line.endswith((":", "："))
        and not _LIST_LINE.match(line)
    )


def drop_byline_lines(lines: list[str], author: str | None) -> list[str]:
    """``lines`` without the lines that are only the page's byline: an opening word and names,
    every one of them among the page's ``author`` ("Von Nina Magoley" on a page by "Nina
    Magoley; WDR": :func:`clipper.bylinelines.names_the_author`), or the author's name alone as
    stored, case aside (``<span class="auteur">Awa Ndiaye</span>``, which trafilatura keeps as
    a paragraph: :mod:`clipper.bylineclasses`).  A byline naming someone else (a guest
    column's, a quoted book's) stays, and so does every sentence."""
    if not author:
        return lines
    alone = author.casefold()
    return [
        line
        for line in lines
        if line.strip().casefold() != alone and not names_the_author(line, author)
    ]


def _is_box_item(line: str) -> bool:
    return (
        count_words(line) <= BOX_ITEM_WORDS
        and SENTENCE_END.search(line) is None
        and not line.endswith((":", "："))
    )


# What an agency's trailer line opens with (a cheap test before :func:`agency_trailer`).
_TRAILER_OPENINGS = frozenset("([©(dDا（")


def drop_furniture_lines(lines: list[str]) -> list[str]:
    """``lines`` without the furniture lines of the language tables and "read also" boxes (see the
    module docstring); a line holding a sentence of the body is never one of them."""
    m = matchers()
    # the lines that may match at all (a literal of the phrases in them): most hold none
    may_be_line, may_be_related = m.hinted(lines)
    may_be_notice = m.notice_lines(lines)
    kept: list[str] = []
    # the bullets dropped right below the last line kept (a promotion box's)
    bullets_below = 0
    for line in lines:
        if _LONE_BULLET.fullmatch(line):
            continue
        n_words = count_words(line)  # once: each rule below asks
        if (
            (may_be_notice is None or line in may_be_notice)
            and n_words <= NOTICE_MAX_WORDS
            and m.is_site_notice(line)
        ) or (
            (may_be_line is None or line in may_be_line)
            and n_words <= FURNITURE_MAX_WORDS
            and m.is_line_furniture(line)
        ) or (
            # the site's accounts, newsletter or app offered: "Siga o Diário de Lisboa no
            # Instagram e receba as notícias no WhatsApp." (newcomer 39b, finding 2)
            n_words <= FURNITURE_MAX_WORDS and m.is_promotion(line)
        ) or (
            (may_be_related is None or line in may_be_related)
            and n_words <= FURNITURE_MAX_WORDS
            and not line.endswith(".")
            and m.teaser.fullmatch(line)
        ) or (
            n_words <= FURNITURE_MAX_WORDS
            and (
                m.is_photo_credit(line)
                or (_DIGIT.search(line) and m.is_timestamp(line))
                # a picture's caption ending with its credit in brackets (trafilatura #616)
                or (line.endswith(_CLOSING_BRACKETS) and m.is_captioned(line))
            )
        ) or (
            # a news agency's trailer: "(APA/dpa/red)", "© dpa-infocom, dpa:261203-99-123456/3"
            line[:1] in _TRAILER_OPENINGS and agency_trailer(line)
        ):
            from clipper.notices import after_wall  # it reads this module's is_prose

            if (rest := after_wall(line)) is not None:
                # a wall's statement opening the article's paragraph: the article after it
                bullets_below = 0
                kept.append(rest)
                continue
            if _LIST_LINE.match(line):
                bullets_below += 1
                if bullets_below == PROMO_BOX_BULLETS and kept and _is_box_heading(kept[-1]):
                    kept.pop()  # the heading of a box of promotion bullets
            continue
        bullets_below = 0
        kept.append(line)
    out: list[str] = []
    i, n = 0, len(kept)
    while i < n:
        line = kept[i]
        if (
            (may_be_related is None or line in may_be_related)
            and count_words(line) <= RELATED_HEADING_WORDS
            and m.related.fullmatch(line)
        ):
            j = i + 1
            while j < n and _is_box_item(kept[j]):
                j += 1
            i = j if j - i - 1 >= BOX_MIN_ITEMS or j == n else i + 1
            continue
        out.append(line)
        i += 1
    return out


def drop_inner_rights(lines: list[str]) -> list[str]:
    """``lines`` without the copyright notices standing alone between two sentences of the body
    (:func:`is_prose` right above and right below): "Riproduzione riservata © Copyright …" or
    "무단전재 및 재배포 금지" between two paragraphs is a box's, a picture's or an embed's notice,
    no line of the article.  A notice here holds a reservation of rights of the language tables
    (``rights``; :meth:`clipper.furniture.compiled.Matchers.is_rights`); a "© Name 1975" line is a
    picture's credit, which the extraction sets' reference texts keep, and so is the notice under
    the story ("© 2019 Associated Press. All Rights Reserved. …", Zyte's two Korean "저작권자 ⓒ …
    무단전재 및 재배포금지") and an RFC's boilerplate notice, two lines long."""
    m = matchers()
    if m.rights is None:
        return lines
    inner = {
        i
        for i in range(1, len(lines) - 1)
        if lines[i].count(" ") < RIGHTS_MAX_WORDS
        and m.is_rights(lines[i])
        and m.rights.search(lines[i])
        and is_prose(lines[i - 1])
        and is_prose(lines[i + 1])
        and not m.is_rights(lines[i - 1])
        and not m.is_rights(lines[i + 1])
    }
    return [line for i, line in enumerate(lines) if i not in inner] if inner else lines


def post_clean(
    lines: list[str],
    title: str | None,
    rules: tuple[PostRule, ...] = POST_RULES,
    drop_title: bool = True,
    furniture: bool = True,
) -> list[str]:
    """Apply the news post-clean to trafilatura's (normalised, non-empty) lines.

    ``drop_title`` removes the headline (and its repeats right below it) when it is repeated
    among the first three lines that hold a letter (a lone dash or a date line does not count;
    whole, as the part before a " | Site" / " - Site" suffix, or without a kicker before a
    colon: "Kenia: Nairobi von unten" over "Nairobi von unten"), and the lines before it,
    except the sentences (:func:`is_prose`) right above it: a kicker or a date above the
    headline goes, and so does a teaser box (a sentence, then its own short headline), while an
    update or editor's note paragraph, or a lede trafilatura put above the headline, stays.
    ``furniture`` drops the language tables' furniture lines and "read also" boxes
    (:func:`drop_furniture_lines`) and a copyright notice between two paragraphs
    (:func:`drop_inner_rights`)."""
    start = 0
    out: list[str] = []
    if drop_title and title:
        tkey = _title_key(title)
        # the headline without a kicker before a colon ("Kenia: Nairobi von unten")
        headline = _title_key(title.split(": ", 1)[1]) if ": " in title else tkey
        # lines without a letter (a lone dash, a date) do not count among the first three
        worded = [i for i, line in enumerate(lines[:_HEADLINE_SEARCH]) if _LETTER.search(line)]
        for i in worded[:3]:
            lkey = _title_key(lines[i])
            if lkey and (
                lkey in (tkey, headline) or (len(lkey) >= 20 and tkey.startswith(lkey))
            ):
                j = i
                while j > 0 and is_prose(lines[j - 1]):
                    j -= 1
                out.extend(lines[j:i])
                start = i + 1
                # the headline again right below it (an <h1> over the same words as an <h2>, a
                # desktop headline over a mobile one): no line of the text either
                while start < len(lines) and lines[start] == lines[i]:
                    start += 1
                break
    in_list = False
    for line in lines[start:]:
        n_words = line.count(" ") + 1
        if in_list and n_words <= 20 and _LIST_LINE.match(line):
            continue
        in_list = False
        dropped = False
        folded = fold(line)
        for rule in rules:
            if n_words > rule.max_words or not rule.may_match(folded):
                continue
            if rule.strip:
                stripped = rule.pattern.sub("", line)
                if stripped != line:
                    line, folded = stripped, fold(stripped)
                continue
            if rule.pattern.search(line):
                dropped = True
                in_list = rule.starts_list
                break
        if not dropped and line:
            out.append(line)
    if not furniture:
        return out
    kept = drop_card_runs(drop_inner_rights(drop_edge_consent(drop_furniture_lines(out))))
    # a live ticker's "vor 5 Min." (after the cards, whose labels they are too); the page's tag
    # list ending the text; a "WATCH:" ending the text over a video it does not hold
    return drop_closing_label(drop_closing_tags(drop_ticker_stamps(kept)))
