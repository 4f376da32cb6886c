"""clipper's line cleaner for text dumps (pages a scraper already flattened to text).

A text dump keeps the page's furniture as lines of their own: "Skip to content", the headline
(often several alternative headlines, some repeated), share/subscribe/advertisement lines, photo
credits, "Synopsis" / "Key Takeaways" boxes, and trailers ("Read also:", "Latest", "Related
content" followed by link titles, numbered SEO blurbs).  :func:`clean_text_dump` removes them in a
few linear passes over the lines:

0. a dump hard-wrapped at a fixed width (``lynx -dump``, ``w3m -dump``, html2text) has each
   paragraph joined back into one line, and lynx's link references dropped
   (:func:`clipper.reflow.unwrap`);
1. normalise every line (Unicode NFC, whitespace runs → one space) and drop furniture lines: one
   precompiled alternation matched only against short lines (navigation, share, advertisement,
   icon names, relative times, bare dates, photo credits, bylines; a byline glued to the end of
   a paragraph is cut from it and becomes the author), then the per-language tables
   of :mod:`clipper.furniture` (skip links, share bars, paywall and login prompts, inline "read
   also" teasers, photo credits, copyright notices ("© 2026 X. All rights reserved."),
   timestamp lines: "Stand: 22.04.2024, 06:00 Uhr", in every language of the tables; a credit
   written "Photo by X" stays, :data:`clipper.dumplines._CREDIT_BY`), and the page's own byline
   lines in any of their languages ("Von Nina Magoley", "Par Denis Loctier":
   :func:`clipper.bylinelines.byline_line`, naming the crawler's author or else the first byline
   line's; a teaser's byline of another writer stays); then **consent banners**: runs of
   cookie-consent lines and button labels (:func:`clipper.furniture.consent.consent_lines`), so
   neither a banner's heading becomes the title nor its long sentences pass for the first paragraph;
   and **menus**: runs of 5 or more lines of at most 4 words, none ending a sentence (a site's
   section names, in any language); and a **teaser list** heading the page: two or more
   blurbs below dated bylines before the first 30-word line, with the lines above them (a
   sidebar of other articles repeated on every page of a site); these blocks, the repeated
   headline of step 2 and the boxes of step 3 are told by their shape in
   :mod:`clipper.dumpblocks`;
2. **head zone** (the headline guess: :mod:`clipper.dumpheadlines`): the short lines before
   the first body paragraph (≥ 15 words ending a sentence,
   or ≥ 30 words) are the headline block.  Headline candidates are its short lines that do not
   end a sentence; the title is ``title`` if the reader supplied one, else the one the page
   repeats, else the dump's first line when the dump opens with its headline (a candidate of
   3+ words a blank line sets apart: it need share no word with the body, "Łódź" over "w
   Łodzi"; or one straight above the first paragraph, or above a standfirst when it shares a
   word with the body: :func:`runs_into_text`), else the candidate whose words recur most in the
   body's opening, and none when no candidate shares a word with the body
   (:func:`clipper.dumpheadlines.guess_title`); the standfirst below a dump's opening headline stays
   in the text (:func:`with_standfirst`).  Never a guess: the line right below a photo credit alone
   (a caption), a byline's name (the masthead "The New York Times" over "By THE NEW YORK
   TIMES"), or the writer's name the last lines introduce (:func:`is_writer`).  The head zone is
   dropped except real lead sentences (≥ 8 words ending with a period, not list items); every
   later verbatim repeat of a headline candidate is dropped;
3. **boxes**: "Synopsis", "Key Takeaways", "Highlights", "Story highlights"... headings and the
   list items that follow them are dropped (a summary of the article, not the article);
4. **trailers**: a heading like "Read also:", "Latest", "Related content", "More from X", "Most
   read", "Mehr zum Thema", "Lire aussi" (the ``related`` phrases of every language table; one
   opening a short heading over link titles too, "Další články k tématu":
   :func:`clipper.dumpblocks.related_heading`) drops itself and the link titles that follow it
   (lines of ≤ 20 words that do not end a sentence), so a "Related" box inside the article
   costs no body line; a line repeated back to back (gallery captions) is kept once;
5. **list blurbs**: a run of ≥ 2 numbered items ending the text that no line ending with ":"
   introduces is an SEO blurb list, not the article, and is dropped; so are a desk's or an
   agency's sign-offs among the text's last lines ("김도윤 기자 kim@…", "Kaynak: AA", "Автор:
   Ирина Соколова": :func:`clipper.closings.drop_closing_lines`), the name one gives the author
   when none is known, and a date line ending the text ("04/12/2026 12:15":
   :func:`clipper.textedges.drop_closing_datelines`);
6. **dateline**: the publication date is the first date in a short line (≤ 14 words) of the
   first :data:`DATELINE_LINES` that says it gives one ("Published 4 March 2025", "Veröffentlicht
   am 13. Mai 2026 um 15:44": the ``dateline`` words of every language table), read by
   htmldate's date-expression parser (the one trafilatura's date search uses; month names of
   many languages), never later than the fetch; "03/04/2025" (which is the month?) never.  A
   bare date line is not enough: on the fundus dumps those were as often the site's "today" or
   a related article's date as the page's (8 of 17 wrong), and "Updated"/"Stand:" lines were
   years late on readability's (2 of 2 wrong); publication lines: 21 of 21 right on fundus
   (tuned), 2 of 2 on readability (``bench/textdump.py``).  But for the dump's header's: an
   old scraper's dump opening with its headline and a date line, its body right below, is
   dated by that line (:mod:`clipper.headerdates`, :func:`header_date`).  A header's line of
   fields ("By Wang Xiaoli | China Daily | Updated: 2026-12-06 17:45", "2026-12-06 14:30:00
   来源：证券时报网": :mod:`clipper.dumpfields`; its writer and outlet named with no label,
   "Иван Петров · Власть · 7 декабря 2026", told apart by :mod:`clipper.dumpnames`) gives the
   author, the outlet, the date and the update, and is dropped; so is a site's host alone on a
   header's line below the first ("vlast.kz"), the outlet.  Without a date an undated dump
   takes the day it was read.

Everything is general (line length, sentence endings, repetition) except the short phrase
lists of step 1, 3 and 4 and the language tables.  Cost is a few regex matches per short line
and one consent search per line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from clipper import dumpheadlines
from clipper.agencydatelines import dateline_date, yearless_dateline
from clipper.bylinelines import BYLINE_LINE_WORDS, byline_line, names_the_author
from clipper.closings import drop_closing_lines
from clipper.config import DUMP_HEADER_LINES
from clipper.dumpblocks import (
    BOX_HEADING,
    DATED_BYLINE,
    LIST_ITEM,
    RELATED_TITLE_WORDS,
    in_box,
    menu_runs,
    related_heading,
    repeated_head,
    teaser_list,
)
from clipper.dumpcaptions import caption_lines, credit_above
from clipper.dumpdates import (
    DATELINE_LINES,
    date_line_sized,
    dateline,
    first_update_time,
    lede_date,
)
from clipper.dumpfields import HeaderFields, header_fields, host_name
from clipper.dumpheadlines import (
    header_date_line,
    is_writer,
    junk_title,
    line_below,
    over_intro,
    runs_into_text,
    with_standfirst,
)
from clipper.dumplines import (
    agency_caption,
    is_body_paragraph,
    is_furniture,
    is_photo_line,
    line_key,
    normalise_line,
    sign_off_shaped,
    word_count,
)
from clipper.furniture.compiled import matchers
from clipper.furniture.consent import consent_lines
from clipper.headdates import head_date
from clipper.headerdates import Order, header_date, header_day
from clipper.linedates import line_date, possible_day
from clipper.notices import after_wall
from clipper.reflow import unwrap
from clipper.reportdatelines import drop_report_dateline, with_credit
from clipper.scripts import (
    SENTENCE_END,
    caseless,
)
from clipper.staffdatelines import staff_dateline
from clipper.textedges import drop_closing_datelines, is_dateline
from clipper.wirebylines import drop_wire_bylines

_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")


# A byline a flattened page glued to the end of a paragraph (a standfirst, then "By Name"):
# the sentence end, then "By" and up to five capitalised names.
_TRAILING_BYLINE = re.compile(
    r"(?<=[.!?][\"'”’»)])\s+By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$"
    r"|(?<=[.!?])\s+By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$"
)


@dataclass(slots=True)
class CleanedText:
    title: str | None
    paragraphs: list[str]
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD from the dateline (step 6), with its time if given
    # A date line the cleaner dropped when it found no date (step 6): counted as a date not read
    date_unread: str | None = None
    # Whether ``published`` is the time of an "Updated" line, the only date the dump gives:
    # the dump was published then at the latest (date source "updated", clipper.page.DateSource)
    updated: bool = False
    # The time the dump's "Updated" line gives (its own line, or after its posting time on its
    # dateline: clipper.dumpdates.first_update_time), whatever dates the dump; else None
    update_time: str | None = None
    # The paper its header's date line names ("Le Soir, samedi 5 décembre 2026":
    # clipper.paperdatelines), when the dump's text does not name it (a place's name, not a
    # paper's: "Bruxelles, 5 décembre 2026" over a text about Brussels); else the outlet its
    # header's line of fields names ("By Wang Xiaoli | China Daily | …", "来源：证券时报网":
    # clipper.dumpfields); else None
    source: str | None = None


# The head zone (headline block) is looked for in this many lines: a flattened page's menus
# and widgets can run long before the first body paragraph.  16 → 30 measured on real pages
# flattened to text dumps (bench/textdump.py, all tables): body F1 fundus (tuned) 0.780 →
# 0.785, newspaper 0.603 → 0.613, readability 0.828 → 0.829 (confirmation); 60 gained
# little more and lost body recall on readability.
HEAD_ZONE_LINES = 30
# A sentence in the head zone is the article's lead, kept, from this many words (step 2); from
# LEAD_MIN_WORDS_TITLED in a text the reader gave a headline for (a record's article text,
# whose short opening sentence is no furniture: probe 19, 8 of 8 such records lost it).  Two
# words, not three: a language that builds words of endings says it in two ("Yaralanan
# olmadı.", "Kimse yaralanmadı.", "부상자는 없었다.": probe 20, 4 of 5 Turkish records lost it).
LEAD_MIN_WORDS = 8
LEAD_MIN_WORDS_TITLED = 2


def clean_text_dump(
    text: str,
    title: str | None = None,
    latest: datetime | None = None,
    author: str | None = None,
    named: datetime | None = None,
    order: Order | None = None,
    sites: Collection[str] = (),
) -> CleanedText:
    """Clean one text dump; ``title`` is the reader-supplied title (kept when given, unless it
    is a page's furniture, a byline or a date line rather than a headline: a scraper's title
    field holding "Subscribe", "Print", "A A" or "8:00 AM ET"; then one is guessed as for an
    untitled dump); ``latest``: no dateline is read as later than this (the fetch time;
    default now, UTC); ``author``: the crawler's author names ("A; B"), whose byline lines
    are the page's own (without, the first byline line's names are).  A byline line in any of
    the tables' languages ("Von Nina Magoley", :func:`clipper.bylinelines.byline_line`) is dropped
    when it names only the page's own author: a teaser list's bylines of other writers stay
    (readability's reference texts keep them).  ``named``: the date the dump's file name gives
    (:attr:`clipper.page.RawPage.named_date`), the year of an agency's dateline written without
    one ("MADRID, 4 dic (EFE).-") when ``latest`` is None (no fetch time).  ``order``: the day
    order the dump's folder settles (:func:`clipper.read.dumporder.folder_order`), by which a
    header date line whose day and month may be either is read (:func:`header_date`).
    ``sites``: the keys of the names of the dump's site (its address's, a record's site field:
    :func:`clipper.sitenames.site_keys`), by which the paper's own name in brackets opening its
    text is read as its credit ("【大紀元】": :func:`clipper.reportdatelines.own_credit`)."""
    if title and junk_title(title):
        title = None
    given = title  # a headline the reader gave: the dump's first lines are then no header
    # a lead sentence kept from the head zone: 8 words in a flattened page's head (bylines,
    # datelines, prompts), 2 in a text whose headline the reader gave (a crawler's article
    # text opening with a short sentence: "No one was injured.", "Yaralanan olmadı.")
    lead_words = LEAD_MIN_WORDS_TITLED if title else LEAD_MIN_WORDS
    own = author  # whose byline lines are the page's own
    author = None
    published: str | None = None
    lines: list[str] = []
    words: list[int] = []
    # head-zone evidence against a headline guess: the names of the page's bylines ("By THE
    # NEW YORK TIMES": a masthead line above is the publisher, not the headline) and the lines
    # right below a photo credit (a caption: "Chad Ehlers | Stone | Getty Images" over
    # "Helsinki, Finland")
    names: set[str] = set()
    credited: list[bool] = []
    below_credit = False
    # lines right below a dated byline ("by TDB - Jul 15, 2018 2:37 pm"): a teaser's blurb, or
    # the article's first line (:func:`teaser_list`)
    blurbs: list[bool] = []
    below_byline = False
    # a short line closing with a bare agency credit right below a body paragraph, a sentence
    # ("The talks resume on Tuesday. (AFP)"), ``held``: the story's sign-off if it is its last
    # line (:func:`clipper.dumpcaptions.caption_lines`), otherwise a photo's caption; and
    # whether the line kept last is a body paragraph, and a photo's line stands below the line
    # kept last
    held: list[bool] = []
    beside_photo: set[int] = set()
    after_body = just_signed = False
    # the dump's first line, when the cleaner keeps it, and whether a blank line sets it
    # apart: where a text dump puts its headline (:func:`clipper.dumpheadlines.guess_title`)
    opening: str | None = None
    set_apart = False
    below_opening: str | None = None  # the line right below it, normalised
    # short lines dropped as furniture that may be date lines: (lines kept before, line)
    dropped: list[tuple[int, str]] = []
    head_dates: list[str] = []  # the lines a dateline is looked for in (an update's too)
    # the dump's header (clipper.headerdates): its first short non-empty lines above the body,
    # and where its first body paragraph stands among its non-empty lines
    header: list[str] = []
    position = 0
    body_at: int | None = None
    first = True
    under_opening = False  # the line is the next one below the opening line kept
    # a header's line of fields (clipper.dumpfields), and the number of lines kept above it
    header_line: HeaderFields | None = None
    header_at = 0
    host: str | None = None  # a host name alone on a header's line ("vlast.kz")
    # a Chinese or Korean report's byline and dateline (as in an HTML page's text), before a
    # first line ending with its bracket reads as a photo's caption
    read, wired = drop_wire_bylines(unwrap(text.splitlines()))
    for number, raw_line in enumerate(read):
        line = normalise_line(raw_line)
        if not line:
            continue
        opens, first = first, False
        if opens:
            set_apart = dumpheadlines.set_apart(read, number, latest)
            below_opening = line_below(read, number, latest)
        n = word_count(line)
        position += 1
        below_body, after_body = after_body, False
        if just_signed and is_photo_line(line, n):
            beside_photo.add(len(lines) - 1)  # a photo's line below it: the line is a caption
        just_signed = False
        if (
            body_at is None
            and position <= DUMP_HEADER_LINES
            and (fields := header_fields(line, sites)) is not None
        ):
            # "By Wang Xiaoli | China Daily | Updated: 2026-12-06 17:45", "2026-12-06
            # 14:30:00 来源：证券时报网": a header's line of fields, read field by field
            # (clipper.dumpfields), no text; the line below opens the dump if this did.  Read
            # once the lines above the article are known: a sidebar's teaser's dated byline
            # ("by Tideland Desk - Nov 26, 2026 2:37 pm") is another article's
            first, under_opening = opens, False
            if header_line is None:
                header_line, header_at = fields, len(lines)
            below_byline = n <= 14 and DATED_BYLINE.match(line) is not None
            below_credit = False
            continue
        if body_at is None and not opens and position <= DUMP_HEADER_LINES and host_name(line):
            # "vlast.kz" alone under the headline: the site's host, the outlet, no text
            host = host or line
            continue
        sized = number < DATELINE_LINES and date_line_sized(line)
        if sized:
            head_dates.append(line)
            if published is None:
                published = dateline(line, latest)
        caption, blurb = below_credit, below_byline
        below_byline = n <= 14 and DATED_BYLINE.match(line) is not None
        below_credit = credit_above(line, n)
        furniture = is_furniture(line, n, captions=False)
        sign_off = False
        if not furniture and agency_caption(line, n):
            sign_off = below_body and sign_off_shaped(line)
            furniture = not sign_off  # a caption
        if furniture and (rest := after_wall(line)) is not None:
            # "Tylko dla subskrybentów. Rada Miasta przyjęła …": the article after the wall
            line, n, furniture = rest, word_count(rest), False
        if body_at is None and not furniture and is_body_paragraph(line, n):
            body_at = position - 1
        if body_at is None and position <= DUMP_HEADER_LINES and sized:
            header.append(line)
        if (opens or under_opening) and sized and not furniture and header_date_line(line):
            # the date above the headline ("Le Soir, samedi 5 décembre 2026", "Samedi 5
            # décembre 2026"): a header's, no text; the line below opens the dump.  Or right
            # below it ("Ferry service resumes after storm" / "05.12.2026"): a header's too,
            # the headline then stands over its text
            first = opens
            under_opening = False
            if published is None:
                dropped.append((len(lines), line))
            continue
        under_opening = False
        if furniture:
            if published is None and sized:
                dropped.append((len(lines), line))
            if n <= 12 and line.startswith("By "):
                author = author or line[3:].strip() or None
                names.add(line_key(line[3:]))
            elif n <= BYLINE_LINE_WORDS and (name := byline_line(line)) is not None:
                # a byline line a table drops ("Reporter: Dian Pratiwi | Editor: …"): its names
                own = own or name
                if names_the_author(line, own):
                    author = author or name
                    names.add(line_key(name))
            continue
        if n <= BYLINE_LINE_WORDS and (name := byline_line(line)) is not None:
            # "Von Nina Magoley", "Par Denis Loctier": the page's own byline, in its language
            own = own or name
            if names_the_author(line, own):
                author = author or name
                names.add(line_key(name))
                continue
        # (a normalised line's only whitespace is single spaces: no " By ", no byline)
        if n > 12 and " By " in line and (glued := _TRAILING_BYLINE.search(line)) is not None:
            # "… It should not be taken in again. By Jane Doe": the paragraph, and its author
            author = author or glued.group(1) or glued.group(2)
            line = line[: glued.start()]
            n = word_count(line)
        if opens:
            opening = line
            under_opening = True
        lines.append(line)
        words.append(n)
        credited.append(caption)
        blurbs.append(blurb)
        held.append(sign_off)
        after_body, just_signed = is_body_paragraph(line, n), sign_off
    banner = consent_lines(lines, words) | menu_runs(lines, words)
    banner |= caption_lines(lines, words, held) | beside_photo
    if banner:
        lines = [line for i, line in enumerate(lines) if i not in banner]
        words = [n for i, n in enumerate(words) if i not in banner]
        credited = [c for i, c in enumerate(credited) if i not in banner]
        blurbs = [b for i, b in enumerate(blurbs) if i not in banner]
    if teasers := teaser_list(words, blurbs, HEAD_ZONE_LINES):
        del lines[:teasers], words[:teasers], credited[:teasers]
        if header_at < teasers:
            header_line = None  # a teaser's byline and time, another article's
    outlet = field_update = field_unread = None
    if header_line is not None:
        if header_line.author is not None and author is None:
            author = header_line.author
            names.add(line_key(author))
        outlet, field_update = header_line.outlet, header_line.updated
        field_unread = header_line.unread
        if header_line.published is not None and possible_day(header_line.published, latest):
            published = header_line.published  # the header's, before a later line's
    outlet = outlet or host
    if opening is not None and (not lines or lines[0] != opening):
        opening = None  # a banner, menu or teaser list, not a headline

    # 2. head zone: lines before the first body paragraph (within HEAD_ZONE_LINES lines).
    # A line the page's first lines say twice is its headline however long (a question of 15
    # words looks like a paragraph).
    repeated = repeated_head(lines, words)
    first_body = next(
        (
            i
            for i in range(min(len(lines), HEAD_ZONE_LINES))
            if i not in repeated
            and is_body_paragraph(lines[i], words[i])
            and not _date_line(lines[i])
        ),
        None,
    )
    if first_body is None:
        first_body = (
            1
            if lines
            and words[0] <= 30
            and (not SENTENCE_END.search(lines[0]) or _date_line(lines[0]))
            else 0
        )
    # a headline straight above its text, no blank line between
    # (:func:`clipper.dumpheadlines.runs_into_text`):
    # the opening, if it also shares a word with the body
    # a headline over an intro line of the article's own, the body below it
    # (:func:`clipper.dumpheadlines.over_intro`): the title, and the intro kept
    intro = opening is not None and over_intro(
        lines, words, first_body, set_apart or (len(lines) > 1 and below_opening == lines[1])
    )
    tight = (
        not set_apart
        and opening is not None
        and (intro or runs_into_text(lines, words, first_body, below_opening))
    )
    if not set_apart and not tight:
        # a first line the text runs on from: a scraped page's site name, skip link, share
        # bar or prompt ("The Boston Globe", "Abo kaufen E-Paper lesen") as often as not
        opening = None
    candidates: list[str] = []
    placed: list[int] = []  # each candidate's line number
    not_headlines: set[str] = set()  # a caption below its credit, a byline's name
    kept: list[str] = []
    kept_words: list[int] = []
    leads: list[int] = []  # the line numbers of the head zone's lines kept
    staff_reporter = None  # the reporter a staff dateline alone on a head's line names
    for i in range(first_body):
        line = lines[i]
        ends_sentence = SENTENCE_END.search(line) is not None and not _date_line(line)
        if (staffed := staff_dateline(line)) is not None and not line[staffed.end :].strip():
            # "De notre correspondant à Dakar, Jean Dupont" on its own line: no headline; its
            # reporter the author of a dump naming none (clipper.staffdatelines)
            staff_reporter = staff_reporter or staffed.reporter
            continue
        if intro and i == 1:
            kept.append(line)
            kept_words.append(words[i])
            leads.append(i)
        elif i in repeated or not ends_sentence or line.endswith("?") or line.endswith("!"):
            if words[i] >= 2 and not LIST_ITEM.match(line) and not BOX_HEADING.fullmatch(line):
                candidates.append(line)
                placed.append(i)
                if credited[i] or line_key(line) in names:
                    not_headlines.add(line)
        elif words[i] >= lead_words and not LIST_ITEM.match(line) and not in_box(lines, i):
            kept.append(line)
            kept_words.append(words[i])
            leads.append(i)
    # verbatim repeats (case aside) of any headline candidate or of the title
    head_lines = {caseless(c) for c in candidates}
    if title:
        head_lines.add(caseless(normalise_line(title)))

    # 3 + 4. boxes and trailers after the head zone; repeated headlines.
    i = first_body
    n_lines = len(lines)
    related = matchers().related
    while i < n_lines:
        line, n = lines[i], words[i]
        if n <= 12 and (related_heading(lines, words, i, related) or BOX_HEADING.fullmatch(line)):
            is_box = BOX_HEADING.fullmatch(line) is not None
            j = i + 1
            while j < n_lines:
                if is_box:
                    if not (LIST_ITEM.match(lines[j]) or BOX_HEADING.fullmatch(lines[j])):
                        break
                elif words[j] > RELATED_TITLE_WORDS or SENTENCE_END.search(lines[j]):
                    break  # not a link title: the article (or a new paragraph) goes on
                j += 1
            i = j
            continue
        if (n <= 40 and head_lines and caseless(line) in head_lines) or (kept and line == kept[-1]):
            i += 1  # a repeated headline, or a line repeated back to back (gallery captions)
            continue
        kept.append(line)
        kept_words.append(n)
        i += 1

    # 5. numbered blurb list ending the text, introduced by nothing.
    end = len(kept)
    start = end
    while start > 0 and _NUMBERED_ITEM.match(kept[start - 1]):
        start -= 1
    if end - start >= 2 and (start == 0 or not kept[start - 1].endswith(":")):
        del kept[start:]
    kept, signed = drop_closing_lines(kept)
    signed = wired or signed
    # an agency's dateline naming no reporter, or a place alone ("WASHINGTON (AP) —",
    # "【ワシントン＝共同】", "【ソウル】"): cut, as from an HTML page's text, its agency credited
    kept, cut_dateline = drop_report_dateline(kept, sites)
    # a date line ending the text below its last sentence: the page's, not a paragraph (as in
    # an HTML page's text; not read as the date: a bare date line is not enough, step 6)
    kept = drop_closing_datelines(kept)
    author = with_credit(author or signed or staff_reporter, cut_dateline)
    if not title and candidates:
        title = dumpheadlines.guess_title(
            [c for c in candidates if c not in not_headlines and not is_writer(c, kept)],
            kept,
            opening,
            opening_needs_word=tight and first_body > 1 and not intro,
        )
        if title is not None and title == opening:
            kept = with_standfirst(kept, leads, title, candidates, placed, words, not_headlines)
    date_unread, updated = None, False
    if field_update is not None and not possible_day(field_update, latest):
        field_update = None
    if published is None and field_update is not None:
        # an "Updated:" field the only date the header gives: the dump's, at the latest
        published, updated = field_update, True
    if published is None and field_unread is not None:
        # "By Kweku Mensah, Accra | Daily Graphic | 07/12/2026": the header's numeric date in
        # the order its folder's dumps settle, else by the page's language and country
        # (clipper.headerdates.header_day); else unread, and counted (newcomer 51a)
        published = header_day(field_unread, order, latest)
    if published is None:
        head = [*dropped, *((i, lines[i]) for i in range(first_body) if i not in leads)]
        published, date_unread, updated = head_date(head, first_body, latest)
        date_unread = date_unread or field_unread
    source = None
    if given is None and body_at is not None and body_at <= DUMP_HEADER_LINES:
        # the header an old scraper or a press-review tool writes: headline and date (the
        # paper's name before it), then the body
        day, source = header_date(header, order, latest)
        published = published or day
        if source is not None and _names(kept, title, source):
            source = None  # "Bruxelles, 5 décembre 2026" over a text about Brussels: a place
    if published is None and date_unread is None and kept:
        # a press release's lede dateline, else a news agency's ("Dakar, 4 déc (APS) - …"),
        # without a year of the fetch's, else of the file name's date
        lede = cut_dateline.paragraph if cut_dateline is not None else kept[0]
        published = lede_date(lede, latest) or dateline_date(lede, latest or named)
        if published is None and latest is None and named is None:
            # "NAIROBI, Kenya, Dec. 6 (Xinhua) --" in a dump of no fetch time or dated file
            # name: no year to take, so counted, not guessed (the run's date is none of its)
            date_unread = yearless_dateline(lede)
    return CleanedText(
        title=title,
        paragraphs=kept,
        author=author,
        published=published,
        date_unread=date_unread if published is None else None,
        updated=updated,
        update_time=field_update or first_update_time(head_dates, latest),
        # the paper a header's date line names, else the outlet of its line of fields
        source=source or outlet,
    )


def _names(kept: list[str], title: str | None, name: str) -> bool:
    """Whether the dump's text (its ``kept`` lines and its ``title``) names ``name``, a whole
    word or words, case aside."""
    named = re.compile(rf"(?<!\w){re.escape(caseless(name))}(?!\w)")
    return any(named.search(caseless(line)) for line in ([title] if title else []) + kept)


def _date_line(line: str) -> bool:
    """Whether ``line`` is only a date line the head zone reads (:func:`clipper.textedges.
    is_dateline` and :func:`clipper.linedates.line_date`), though it counts many words or ends
    with a dot: Thai's "วันที่ 4 ธันวาคม 2569 เวลา 10:30 น." (its "น." is "o'clock"), a Chinese
    stamp with its credit, "2026年12月4日 10:30 来源：…"."""
    return is_dateline(line) and line_date(line) is not None
