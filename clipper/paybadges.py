"""A subscription badge beside a headline or a byline ("SZ Plus", "F+", "Premium", "Abo",
"Exklusiv für Abonnenten"): a site's mark that the story is for subscribers, no part of the
headline nor of the writer's name.  A page's ``<h1>`` or byline element holding the badge's
``<span>`` gave it to the title ("SZ Plus Gebühren für Kindergärten sinken") or the author
("Anna Weber SZ Plus") (credits44, finding 4).

A badge is one of the ``badges`` lines of the furniture table of the page's language
(:func:`clipper.furniture.table_for`: German "Plus", "Abo", "Abonnenten", "Exklusiv für
Abonnenten", English "For subscribers"), or what every language's papers write: "Premium"
(:data:`_SHARED`) and a paper's subscription mark, one to three capitals and a plus sign or the
word "Plus" ("SZ Plus", "F+", "Z+", "FAZ+", "BILDplus": :data:`_MARK`).  Not a table's other
paywall lines, its account buttons: "Profil", "Login", "Registrieren", "Entrar", "Connexion"
open headlines ("Profil: Die Frau, die Berlin regiert", "Login: Warum Passwörter sterben"), and
one language's badge is another's word (German "Plus", French "plus").  It is cut where it
stands at the start or the end of a headline or a name, a mark beside a space, a table's line
only across a separator (":", "|", "·", a dash: "Premium: …", not "Premium Bonds rise" nor
French "Plus de 100 morts").  A headline
that is only a badge stays; a name that is only a badge is no name."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["without_badges", "without_name_badges"]

# A paper's subscription mark: "SZ Plus", "F+", "Z+", "FAZ+", "NZZ+", "BILDplus", "WELTplus"
# (more capitals, "ESPN+", "Disney Plus", are a service's name in a headline).
_MARK = r"[A-ZÄÖÜ]{1,3}\s?(?:\+|Plus|PLUS)|[A-ZÄÖÜ]{2,5}plus"
_SEPARATOR = r"\s*[:|·•–—-]\s+|\s+"
# How many words a badge holds at most ("Exklusiv für Abonnenten").
_BADGE_WORDS = 4


# The badge words every language's papers write (a loanword: "Premium" in German, English,
# French, Italian, Polish, Czech and Dutch papers).
_SHARED = (r"premium",)


@cache
def _table_badge(language: str | None) -> re.Pattern[str]:
    """The badges of ``language``'s furniture table and :data:`_SHARED`, as one pattern."""
    from clipper.furniture import table_for

    table = table_for(language)
    badges = (*_SHARED, *(table.badges if table is not None else ()))
    return re.compile(f"(?i:{'|'.join(f'(?:{p})' for p in badges)})")


_MARK_BADGE = re.compile(_MARK)
_SEPARATORS = ":|·•–—-"


def _is_badge(words: str, language: str | None, separated: bool = True) -> bool:
    """Whether ``words`` are a badge on a page of ``language``: a paper's mark (:data:`_MARK`),
    or, ``separated`` from the rest by a separator, a badge of the language's table or of every
    language ("Premium Bonds rise", "Plus de 100 morts" hold no badge)."""
    if _MARK_BADGE.fullmatch(words):
        return True
    return separated and _table_badge(language).fullmatch(words) is not None


def without_badges(text: str | None, language: str | None = None) -> str | None:
    """``text`` (a headline, or one name of a byline, of a page in ``language``: a code as
    clipper stores it, or None when unknown) without a subscription badge at its start or its
    end ("SZ Plus Gebühren sinken" → "Gebühren sinken", "F+ Gebühren sinken", "Premium:
    Gebühren sinken", "Gebühren sinken | Abonnenten" on a German page), the shortest badge
    there; ``text`` as it is when it holds none or nothing but one; None for None."""
    if not text:
        return text
    words = text.split()
    for n in range(1, min(_BADGE_WORDS, len(words) - 1) + 1):
        head, after = " ".join(words[:n]), words[n]
        separated = head[-1] in _SEPARATORS or after in tuple(_SEPARATORS)
        if _is_badge(head.rstrip(_SEPARATORS).strip(), language, separated) and (
            separated or len(head) > 2 or after[:1].isupper()  # "A+ for effort" is a grade
        ):
            words = words[n:]
            if words[0] in tuple(_SEPARATORS):
                words = words[1:]
            break
    for n in range(1, min(_BADGE_WORDS, len(words) - 1) + 1):
        tail, before = " ".join(words[-n:]), words[-n - 1]
        separated = tail[0] in _SEPARATORS or before in tuple(_SEPARATORS)
        if _is_badge(tail.lstrip(_SEPARATORS).strip(), language, separated):
            words = words[:-n]
            if words[-1] in tuple(_SEPARATORS):
                words = words[:-1]
            break
    return " ".join(words) or text


def without_name_badges(names: str | None, language: str | None = None) -> str | None:
    """``names`` (a page's byline, "A; B", on a page of ``language``) with each name's badge
    cut (:func:`without_badges`: "Anna Weber SZ Plus" → "Anna Weber") and a name that is only
    a badge dropped ("Anna Weber; Premium" → "Anna Weber"); None when none is left."""
    if not names:
        return names
    kept = [
        cut
        for part in names.split(";")
        if (name := part.strip())
        and not _is_badge(name, language)
        and (cut := without_badges(name, language))
    ]
    return "; ".join(kept) or None
