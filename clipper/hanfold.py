"""Chinese characters folded to one script for search: a traditional character to its
simplified form (``臺灣`` → ``台湾``, ``經濟`` → ``经济``), so a reader who types either finds
both, as a Mainland, a Taiwanese and a Hong Kong outlet write one wire story.

The table is OpenCC's traditional → simplified conversion (``t2s``, the OpenCC project's
character dictionaries, through its ``opencc`` package), never a table of clipper's own.
Folding is per character, not per phrase: OpenCC's phrase dictionaries choose a character by
its neighbours (``乾隆`` keeps ``乾``, ``乾燥`` becomes ``干燥``), but a search text is compared
piece by piece (a query's bigram must fold as that bigram does inside any clause: see
:mod:`clipper.searchtext`), so each character folds alone, to OpenCC's choice for it in
isolation (``乾`` → ``干``: a search for ``乾隆`` still finds ``乾隆``, and also ``干隆``).  One
character for one, so the spans a snippet marks stay.  A character both scripts share, kana and
Hangul fold to themselves; a Japanese kanji in its older form (``國``, ``學``) folds as the
Chinese one does, a Japanese simplified form with no Chinese traditional entry (``経``, ``広``)
stays; a Japanese text and its query fold alike either way.

The fingerprint's words and the story vectors (:func:`mainland_text`) fold a Chinese text
whole, phrases too: a Taiwanese outlet's repost of a Mainland report writes the same words in
its own vocabulary (``軟體``/``软件``, ``網路``/``网络``, ``資訊``/``信息``, ``影片``/``视频``,
``使用者``/``用户``), which the character fold leaves apart (``軟體`` → ``软体``), so the two were
not copies and a story's terms changed with the script of the page shown (newcomer 26's
finding 3).  A text is read in OpenCC's Traditional (``s2t``), then to the Mainland's
Simplified with Taiwan's phrases (``tw2sp``), then character by character as above: a Mainland,
a Taiwanese and a Hong Kong spelling of one sentence fold to one text (a Mainland ``传送`` as
Taiwan's ``傳送`` does, to ``发送``: both sides of a comparison fold alike).  A text holding kana
(Japanese) folds by character only: Taiwan's vocabulary is no Japanese word's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# kana (hiragana, katakana, their phonetic extensions and half-width forms): a Japanese text
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


@lru_cache(maxsize=1)
def _converter() -> Any:
    """OpenCC's traditional → simplified converter, loaded on the first Han character (a
    query command without one never imports it)."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _phrase_converters() -> tuple[Any, Any]:
    """OpenCC's Simplified → Traditional and Traditional (Taiwan) → Simplified with Taiwan's
    phrases (``s2t``, ``tw2sp``), loaded on the first Chinese text."""
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("tw2sp")


@lru_cache(maxsize=1 << 16)
def simplified(char: str) -> str:
    """``char`` (one character, already folded by :func:`clipper.searchtext.fold`) as OpenCC
    simplifies it alone; itself when OpenCC leaves it or gives other than one character."""
    converted = str(_converter().convert(char))
    return converted if len(converted) == 1 else char


@lru_cache(maxsize=1 << 16)
def traditional(char: str) -> str:
    """``char`` (one character) as OpenCC's ``s2t`` writes it alone in Traditional; itself
    when OpenCC leaves it or gives other than one character (``经`` → ``經``, ``台`` → ``臺``)."""
    converted = str(_phrase_converters()[0].convert(char))
    return converted if len(converted) == 1 else char


def simplified_text(value: str) -> str:
    """``value`` with each of its characters :func:`simplified` (one for one)."""
    return "".join(simplified(char) for char in value)


def mainland_text(value: str) -> str:
    """``value`` (a text holding a Han character) in the Mainland's Simplified characters and
    vocabulary, whatever script and region it was written in (module docstring: OpenCC's
    ``s2t`` then ``tw2sp``, then :func:`simplified_text`); a text holding kana only
    :func:`simplified_text`.  Not one for one: ``部落格`` (3) becomes ``博客`` (2), so for words
    and terms, never for spans of the text.  ~0.5 ms a 1,000-character text."""
    if _KANA.search(value) is not None:
        return simplified_text(value)
    to_traditional, to_mainland = _phrase_converters()
    return simplified_text(str(to_mainland.convert(to_traditional.convert(value))))
