"""A snippet marks what search matched in a word that mixes scripts (newcomer 49b): a Hangul
word with Latin letters and a particle (``SK하이닉스는``, ``HBM을``), a Japanese word of Latin
letters and a kanji suffix (``iPhone用``, ``Apple社``, full-width ``Ａｐｐｌｅ社``), whether the
query types the whole word or its Latin part, and deep in a long text (the plain-ASCII first
look, :func:`clipper.snippets._first_ascii_hit`, must not skip a Latin part inside such a
word).

Fixtures: invented Korean and Japanese sentences.
"""

from __future__ import annotations

import pytest

from clipper.searchterms import query_tokens
from clipper.snippets import snippet

_KO = (
    "청주 공단 소식이다. " * 40
    + "업계에 따르면 SK하이닉스는 새 HBM을 두 배로 늘린다. LG에너지솔루션의 공장도 짓는다."
)
_JA = (
    "部品メーカーは七日、発表した。" * 30
    + "新しいiPhone用の小型電池と、Ａｐｐｌｅ社向けの出荷を始める。"
)


@pytest.mark.parametrize(
    ("text", "language", "query", "marked"),
    [
        (_KO, "ko", "SK하이닉스는", "[SK하이닉스는]"),
        (_KO, "ko", "SK하이닉스", "[SK하이닉스]는"),
        (_KO, "ko", "HBM을", "[HBM을]"),
        (_KO, "ko", "HBM", "[HBM]을"),
        (_KO, "ko", "hbm", "[HBM]을"),
        (_KO, "ko", "LG에너지솔루션의", "[LG에너지솔루션의]"),
        (_KO, "ko", "LG에너지솔루션", "[LG에너지솔루션]의"),
        (_JA, "ja", "iPhone用", "[iPhone用]の"),
        (_JA, "ja", "iPhone", "[iPhone]用"),
        (_JA, "ja", "iphone*", "[iPhone]用"),
        (_JA, "ja", "Apple社", "[Ａｐｐｌｅ社]向け"),
        (_JA, "ja", "Apple", "[Ａｐｐｌｅ]社"),
    ],
)
def test_a_mixed_script_word_is_marked(text: str, language: str, query: str, marked: str) -> None:
    shown = snippet(text, [query_tokens(query)], ("[", "]"), chars=80, language=language)
    assert marked in shown
    assert shown.count("[") == 1
