"""Scripts written without spaces between words, and how clipper counts words in any script.

Most scripts separate words with spaces, so a word is a whitespace token.  Chinese, Japanese
(Han, hiragana, katakana), Thai, Lao, Khmer and Myanmar do not: a whole clause is one token, so
a 300-word Thai article would count as a dozen "words" and be rejected as too short, a
Japanese edit would change a whole clause's shingle, and a word inside a clause could not be
found.  Every stage that counts or splits words takes these scripts from here:

- :func:`count_words` (cleaning's length rules, link-list pruning): a run of such a script
  counts ``ceil(characters / chars-per-word)`` words;
- :data:`UNSPACED` (a character-class body) for the fingerprint's words (each character is a
  word of its own there), headline matching (character pairs) and search (character bigrams,
  in :mod:`clipper.searchtext`, which holds the same scripts as Unicode script classes).

Characters per word are meant to keep a page's count at or below its real word count, so the
length rules never pass a shorter text than they would in English: Chinese words average
1.5-1.7 characters in the segmented corpora of the SIGHAN bakeoffs (Japanese somewhat more):
2.  Thai, Lao, Khmer and Myanmar words are several letters, and their vowel and tone marks are
code points of their own: 4 code points, a chosen figure, not one measured on a segmented
corpus.
"""

from __future__ import annotations

import re

__all__ = [
    "HAN_KANA",
    "SENTENCE_END",
    "SENTENCE_INSIDE",
    "SOUTHEAST_ASIAN",
    "UNSPACED",
    "count_words",
]

# Han (CJK ideographs, extension A, compatibility), hiragana, katakana (with its phonetic
# extensions and half-width forms).  Hangul separates words with spaces.
HAN_KANA = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# Thai, Lao, Myanmar, Khmer (their blocks, marks and digits included; Khmer symbols, Myanmar
# extensions A to C).
SOUTHEAST_ASIAN = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
    "\ua9e0-\ua9ff\uaa60-\uaa7f\U000116d0-\U000116ff"
)
UNSPACED = HAN_KANA + SOUTHEAST_ASIAN
# A line ends a sentence: final punctuation (Latin, CJK, Devanagari, Arabic), then maybe closing
# quotes or brackets (searched at a line's end by cleaning's sentence rules).
SENTENCE_END = re.compile(r"[.!?…。！？।؟][\"'”’»」』)\]]*$")
# A sentence ends somewhere in a text: the same punctuation before a space or the text's end, or
# the full-width marks of Chinese and Japanese anywhere (no space follows them).
SENTENCE_INSIDE = re.compile(r"[.!?…।؟][\"'”’»」』)\]]*(?:\s|$)|[。！？]")

HAN_KANA_CHARS_PER_WORD = 2
SOUTHEAST_ASIAN_CHARS_PER_WORD = 4

_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")
_HAN_KANA_CHAR = re.compile(f"[{HAN_KANA}]")
_WORD_CHAR = re.compile(r"\w")


def count_words(text: str) -> int:
    """Words in ``text``: whitespace tokens holding a word character, and each run of an
    unspaced script as ``ceil(characters / chars-per-word)`` words (2 for Han/kana, 4 for
    Thai, Lao, Khmer, Myanmar; a run mixing them by its Han/kana share).  Punctuation between
    the runs ("：", "、") is not a word.  ASCII text is counted by ``str.split`` alone."""
    if text.isascii():
        return len(text.split())
    runs = _UNSPACED_RUN.findall(text)
    if not runs:
        return len(text.split())
    spaced = sum(1 for token in _UNSPACED_RUN.sub(" ", text).split() if _WORD_CHAR.search(token))
    return spaced + sum(_run_words(run) for run in runs)


def _run_words(run: str) -> int:
    han_kana = len(_HAN_KANA_CHAR.findall(run))
    other = len(run) - han_kana
    return -(-han_kana // HAN_KANA_CHARS_PER_WORD) + -(-other // SOUTHEAST_ASIAN_CHARS_PER_WORD)
