"""Japanese kana folded to one script for search: a katakana letter to its hiragana letter
(``サザナミ`` → ``さざなみ``, ``ミライ`` → ``みらい``), so a reader who types a name in either
kana finds both, as outlets write a brand or a ship's name in hiragana or in katakana
(``さざなみ丸`` / ``サザナミ丸``; newcomer 38, finding 7).  Half-width katakana (``ｻｸﾗ``) is
full-width after NFKC (:func:`clipper.searchtext.fold`) and so folds too.

The table is Unicode's own pairing of the two blocks: each katakana letter U+30A1 ``ァ`` …
U+30F6 ``ヶ`` lies 0x60 after its hiragana letter U+3041 ``ぁ`` … U+3096 ``ゖ`` (the Unicode
Standard, section 18.1, "Hiragana and Katakana"; ICU's ``Katakana-Hiragana`` transliterator
maps them so), and the iteration marks ``ヽ ヾ`` are ``ゝ ゞ``.  Katakana with no hiragana
letter (``ヷ ヸ ヹ ヺ``, the small Ainu letters U+31F0-U+31FF) and the prolonged sound mark
``ー`` (written in both) stay as they are.  One character for one, so the spans a snippet marks
stay the page's own text.  Romaji is not read as kana (``Sakura`` does not find ``さくら``)."""

from __future__ import annotations

# katakana → hiragana, one character for one
_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)} | {
    0x30FD: 0x309D,
    0x30FE: 0x309E,
}


def hiragana(value: str) -> str:
    """``value`` (folded by :func:`clipper.searchtext.fold`: NFKC, so no half-width kana) with
    each katakana letter written as its hiragana letter (module docstring), as long as it was;
    other characters as they are.  ``hiragana("サザナミ丸")`` → ``"さざなみ丸"``."""
    return value.translate(_HIRAGANA)
