"""A press release's closing boilerplate: its "About COMPANY" section and press-contact lines.

A company ends every release with the same paragraphs: "About Acme Corp: founded in 1962,
…", "À propos des Laboratoires Sérénité : …", "Über die Weißhaupt AG", then "Press contact:
…", "Contact presse : …", "Pressekontakt: …".  Sites carry a release word for word, so these
paragraphs are no site's template (:mod:`clipper.stories.sitetext` removes what a site
prints), yet two different releases of one company share them: a story vector leaves them
out (:func:`clipper.stories.sitetext.without_furniture`), or a company's results and its new
finance director are one story.  The stored text keeps them.

The section is found by its label opening a line among a text's last :data:`TAIL_LINES`
lines, in the languages clipper's desk reads (en, fr, de, es, it, nl, pl): an "about" label
followed by a name, then a colon or the end of a short heading line; a press-contact label
anywhere on a short line's start.  Everything from the first such line to the end is the
boilerplate (the contact follows the company's portrait, or precedes it).
"""

from __future__ import annotations

import re

__all__ = ["TAIL_LINES", "boilerplate_start"]

# How far from a text's end a release's "About …" or contact label is looked for (lines):
# a portrait, a contact block of a name, an e-mail and a phone, "Notes to editors".
TAIL_LINES = 8
# A heading line naming the company ("About Acme Corp", "Über die Weißhaupt AG") is short.
_HEADING_WORDS = 8

_ABOUT = (
    r"about|à propos (?:de la |de l['’]|des |du |de |d['’])|a propos (?:de la |de l['’]|des |"
    r"du |de |d['’])|über (?:die |den |das )?|acerca de(?:l| la| los| las)? |sobre (?:el |la )?|"
    r"informazioni su(?:l| la| lo| gli)? |a proposito di |chi è |over |o (?:firmie |spółce )?"
)
# "About Acme:", "À propos des Laboratoires Sérénité :", "Über die Weißhaupt AG" (a name: a
# capital letter, a digit or a quote after the label)
_ABOUT_LINE = re.compile(rf"\W*(?:{_ABOUT})\s*(?=(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž0-9\"«„“]))", re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"\W*(?:press|media|investor)\s+(?:contacts?|enquiries|inquiries|relations)\b"
    r"|\W*(?:contacts?\s+(?:presse|médias?|investisseurs)|relations\s+presse)\b"
    r"|\W*(?:presse|medien)(?:kontakte?|anfragen|stelle)\b|\W*kontakt\s+für\s+(?:die\s+)?presse"
    r"|\W*(?:contactos?\s+(?:de\s+)?(?:prensa|medios)|gabinete\s+de\s+prensa)\b"
    r"|\W*(?:contatt[oi]\s+(?:stampa|per\s+la\s+stampa)|ufficio\s+stampa)\b"
    r"|\W*(?:perscontact|persvoorlichting|persinformatie|noot\s+voor\s+de\s+redactie)\b"
    r"|\W*(?:kontakt\s+(?:dla\s+mediów|prasowy|dla\s+prasy)|biuro\s+prasowe)\b"
    r"|\W*notes?\s+to\s+editors\b",
    re.IGNORECASE,
)


def _about_line(line: str) -> bool:
    """Whether ``line`` opens a company's portrait: its label, a name, then a colon within
    the first words, or a short heading line with no sentence's end."""
    found = _ABOUT_LINE.match(line)
    if found is None:
        return False
    head = line[found.end() :]
    colon = head.find(":")
    if colon > 0 and head[:colon].count(" ") < _HEADING_WORDS:
        return True
    stripped = line.strip()
    return stripped.count(" ") < _HEADING_WORDS and not stripped.endswith((".", "!", "?"))


def boilerplate_start(lines: list[str]) -> int | None:
    """The index of the first of ``lines`` (a text's paragraphs, one a line) opening a press
    release's closing boilerplate among its last :data:`TAIL_LINES`, or None; never the
    first line (a text that is all boilerplate is left whole)."""
    for at in range(max(1, len(lines) - TAIL_LINES), len(lines)):
        line = lines[at]
        if line.count(" ") >= 80:
            continue  # a portrait is a paragraph, not an article's
        if _about_line(line) or _CONTACT_LINE.match(line):
            return at
    return None
