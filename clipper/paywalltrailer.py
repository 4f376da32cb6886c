"""A paywall's trailer run into a text's last paragraph: "… in der Nacht geeinigt. Lesen Sie
den vollständigen Artikel mit Z+. Jetzt 4 Wochen kostenlos testen. Sie sind bereits
Abonnent? Hier anmelden."

A scraper's record gives a teaser's text as one field: the story's first paragraph and, on the
same line, the paywall box's sentences (a crawler's text extraction joins the box to the
paragraph above it).  As lines of their own, the line cleaner drops those sentences
(:mod:`clipper.furniture`'s ``paywall`` and ``truncated`` phrases) and the page is stored
partial, "paywall" (:func:`clipper.dumppaywall.stops_at_paywall`); run into the paragraph, they
were kept as the article's text and the teaser stored as a whole copy of the wire story
(newcomer 29, finding 5).  :func:`cut_paywall_trailer` cuts them from the text's last line
when they are all prompts and one says the rest is for subscribers, in every language whose
table has such phrases.
"""

from __future__ import annotations

import re

from clipper.furniture.compiled import matchers

# Where a sentence ends inside a line: . ! ? … and the Arabic and Devanagari stops (a closing
# quote or bracket may follow) before a space, or a CJK stop.
_SENTENCE_END = re.compile(r"[.!?…؟।][\"'”’»)\]]?\s+|[。！？]\s*")


def cut_paywall_trailer(lines: list[str]) -> tuple[list[str], bool]:
    """``lines`` (a text's cleaned paragraphs) with the paywall trailer cut from the last one,
    and whether one was: the last line's closing sentences when each is a paywall or login
    prompt or other whole-line furniture
    (:meth:`clipper.furniture.compiled.Matchers.is_furniture`: "Jetzt 4 Wochen kostenlos
    testen.", "Sie sind bereits Abonnent?", "Hier anmelden.") and one of them says the rest of
    the article is for subscribers
    (:meth:`~clipper.furniture.compiled.Matchers.says_rest_is_paywalled`: "Lesen Sie den
    vollständigen Artikel mit Z+.", "Subscribe to continue reading.").  A sentence of the
    story before them stays, as written; a last line that is all prompts is left to the line
    cleaner, which drops a whole prompt line, and so is a last line of one sentence."""
    if not lines:
        return lines, False
    last = lines[-1]
    # a stop before a lowercase word ends no sentence: an abbreviation's ("1 kr. den første
    # måned", "ca. 3 uger")
    starts = [
        0,
        *(
            end.end()
            for end in _SENTENCE_END.finditer(last)
            if end.end() < len(last) and not last[end.end()].islower()
        ),
    ]
    if len(starts) < 2:
        return lines, False
    m = matchers()
    keep, said = len(starts), False
    while keep > 0:
        sentence = last[starts[keep - 1] : starts[keep] if keep < len(starts) else None].strip()
        if m.says_rest_is_paywalled(sentence):
            said = True
        elif not m.is_furniture(sentence):
            break
        keep -= 1
    if not said or keep == 0:
        return lines, False
    return [*lines[:-1], last[: starts[keep]].rstrip()], True
