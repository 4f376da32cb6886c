"""A page's author as clipper stores it: the names trafilatura reads (its ``normalize_authors``:
"By" dropped, names joined by "; "), with two faults of other languages' bylines mended.

- The word a byline opens with in other languages is no part of the name: trafilatura drops
  "By", "von", "from" ("Von Jemima Kelly"), but keeps "Autor Monika Bolliger" (SRF), "Par
  Jean Dupont", "Por Ana Pérez", "Door Jan de Vries", "Av Ola Nordmann", "Texto: …".  Such a
  word is dropped when two or more capitalised words follow it (a name), so a surname that
  is one of them ("Di Maria", "Par") stays.
- A name given twice, in two spellings of case ("Sauli giliard; Sauli Giliard": the page's
  meta tag and its JSON-LD), is one person: the first spelling with capitals is kept.

Seen by a media-studies reader on fundus pages (session 16); which names a page gives, and
which of its metadata says them, stays trafilatura's.
"""

from __future__ import annotations

import re

# The byline's opening word, in the languages clipper's furniture tables cover ("By" and
# "von" trafilatura drops itself), followed by a name of two or more capitalised words.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏ"
_LABEL = re.compile(
    r"^(?i:autor(?:in|en)?|auteur|autore|autora|author|par|por|door|av|af|di|przez|"
    r"text|texto|testo|tekst)\s*:?\s+"
    rf"(?=[{_CAPITAL}]\S*(?:\s+\S+)*\s+[{_CAPITAL}])"
)


def byline(names: str | None) -> str | None:
    """``names`` (trafilatura's: "A; B") with each name's opening label dropped and a name
    repeated in another case kept once, in order; None for None or when nothing is left."""
    if not names:
        return None
    kept: dict[str, str] = {}
    for name in names.split(";"):
        name = _LABEL.sub("", name.strip(), count=1).strip()
        if name:
            key = name.casefold()
            kept[key] = _better(kept[key], name) if key in kept else name
    return "; ".join(kept.values()) or None


def _better(first: str, second: str) -> str:
    """Of two spellings of one name, the one with more capitals (a proper name's)."""
    capitals = [sum(ch.isupper() for ch in s) for s in (first, second)]
    return second if capitals[1] > capitals[0] else first
