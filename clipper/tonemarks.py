"""Vietnamese words as their marks write them: a query word typed with its tone marks finds that
word on a Vietnamese page, not every word of its letters (``tỷ``, "billion", finds no ``công
ty``, "company"; ``Hà`` finds no ``Hạ Long``: newcomer 47b).

The index folds accents away (:func:`clipper.searchtext.fold`), so ``tỷ``, ``tý`` and ``ty``
are one index word, as ``café`` and ``cafe`` are: right for the languages whose readers type
accents or not at will, wrong for Vietnamese, whose six tones and vowel marks tell words apart
(``ty``, ``tỷ``; ``ha``, ``hà``, ``hạ``; ``da``, ``đa``, ``đà``).  A page stored in Vietnamese
(its language) holds after its words :data:`PAGE` and the key of each word written with a mark
(:func:`page_keys`: its letters with each mark as a digit, :func:`toned_key`), and a one-word
query typed with marks is sought on Vietnamese pages by its key alone, on any other page as
folded, as before (:attr:`clipper.searchterms.QueryTokens.toned`): a page of another language
writing ``café`` or ``Hà Nội`` is found as it was, a query typed without marks finds every
form.  Keys, not the words with their marks, because SQLite's index removes marks from what it
is given (its tokenizer's ``remove_diacritics 2``: :data:`clipper.backends.sqlite.FTS5_TOKENIZER`);
a digit is a word character to it."""

from __future__ import annotations

import unicodedata

from clipper.caseforms import MARK
from clipper.language import primary_language

# The language whose pages are keyed so
LANGUAGE = "vi"
# The index word every Vietnamese page holds (a key of no letters): a page without it is of
# another language, where a query typed with marks matches as folded
PAGE = f"{MARK}{LANGUAGE}"
# Vietnamese's marks (Unicode's combining forms, as NFD writes them) as the digits of a key:
# the five tones (grave huyền, hook above hỏi, tilde ngã, acute sắc, dot below nặng) and the
# vowels' breve (ă), circumflex (â ê ô) and horn (ơ ư); đ, a letter of its own, is d and 9.
_DIGITS = {
    "\u0300": "1",
    "\u0309": "2",
    "\u0303": "3",
    "\u0301": "4",
    "\u0323": "5",
    "\u0306": "6",
    "\u0302": "7",
    "\u031b": "8",
    "\u0111": "d9",
}


def toned_key(word: str) -> str | None:
    """The key of ``word`` (one word, as written) with its marks: its letters case-folded, each
    Vietnamese mark as its digit after the letter it is on (:data:`_DIGITS`): ``toned_key("Tỷ")``
    → ``"ty2"``, ``toned_key("Đà")`` → ``"d9a1"``; None for a word without such a mark, or with
    a mark Vietnamese does not write (``Brüssel``)."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", word).casefold())
    found: list[str] = []
    marked = False
    for char in decomposed:
        digit = _DIGITS.get(char)
        if digit is not None:
            found.append(digit)
            marked = True
        elif unicodedata.combining(char) or not char.isalnum():
            return None
        else:
            found.append(char)
    return "".join(found) if marked else None


def token(key: str) -> str:
    """The index word of the key ``key``: :data:`PAGE`, then the key."""
    return f"{PAGE}{key}"


def word_token(word: str) -> str:
    """The index word of ``word``'s key (:func:`token` of :func:`toned_key`), ``""`` for a
    word without Vietnamese marks."""
    key = toned_key(word)
    return token(key) if key else ""


def toned(language: str | None) -> bool:
    """Whether a page of the stored ``language`` tag is keyed so (Vietnamese)."""
    return primary_language(language) == LANGUAGE


def page_keys(words: list[str]) -> str:
    """The index words a Vietnamese page adds after its words, given its ``words`` as written
    (each a word of its text, in order): :data:`PAGE`, then the :func:`token` of each word
    written with a mark, each once, in the order they come."""
    keys = dict.fromkeys(key for word in dict.fromkeys(words) if (key := toned_key(word)))
    return " ".join([PAGE, *map(token, keys)])


def query_key(word: str, languages: frozenset[str] | None = None) -> str:
    """The index word a one-word query ``word`` (as typed) is sought by on a Vietnamese page
    when it is typed with Vietnamese marks (:func:`toned_key`), where ``languages`` (the
    archive's keyed languages, None for every one) holds Vietnamese; else ``""`` (sought as
    folded everywhere)."""
    if languages is not None and LANGUAGE not in languages:
        return ""
    return word_token(word)
