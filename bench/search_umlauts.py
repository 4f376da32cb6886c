"""How search meets umlauts typed as two letters (clipper.umlauts): misses and wrong hits over
word lists built at run time from the pinned ``wordfreq`` package (nothing committed).

Misses: for each of a language's ``TOP`` most frequent words holding ``ä ö ü ø å`` (German:
the set the rule was built on; Danish, Norwegian, Swedish, Finnish: a confirm set), a page of
that word in that language is sought by the word spelled ``ae oe ue oe aa`` (``Bruessel`` for
``Brüssel``), and a page of the spelling by the word itself; each not found is a miss.  Since
the spellings are indexed on German and Luxembourgish pages only
(:data:`clipper.umlauts.SPELLING_LANGUAGES`), the Nordic pages' count is what that leaves out
(a Swedish page's ``Malmö`` is not found by ``Malmoe``; by ``Malmo`` it is).

Wrong hits: a page (in the language of the first list holding the word) holding a word with
one of the letters, found by a query for another word
of the languages' ``TOP`` lists (English, German, French, Dutch, Spanish, Italian and the four
above) that a reader types meaning itself: ``Poet`` finding ``Pöt``.  Counted for clipper's
rule (a word's letter spelled out, never back), and, for comparison, for the other rule a
search engine uses (Lucene's GermanNormalizationFilter: every ``ae oe ue`` folded to ``a o
u``), under which ``Poet`` finds ``Pot`` and ``Michael`` ``Michal``.

    python bench/search_umlauts.py [--clipper DIR]
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

import wordfreq

# --clipper DIR: the search of another checkout (main's, to compare)
sys.path.insert(
    0,
    sys.argv[sys.argv.index("--clipper") + 1]
    if "--clipper" in sys.argv
    else str(Path(__file__).resolve().parent.parent),
)

from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchtext import fold

TOP = 30_000
BUILT_ON = ["de"]
CONFIRM = ["da", "nb", "sv", "fi"]
NO_LETTERS = ["en", "fr", "es", "it", "nl"]
OTHERS = ["en", "de", "fr", "nl", "es", "it", "da", "nb", "sv", "fi"]
SPELLINGS = {"ä": "ae", "ö": "oe", "ü": "ue"}
LETTER = re.compile("[äöü]")
WORD = re.compile(r"[^\W\d_]{3,}")


def words(language: str) -> list[str]:
    """The language's ``TOP`` most frequent words of three letters or more."""
    return [w for w in wordfreq.top_n_list(language, TOP, wordlist="best") if WORD.fullmatch(w)]


def document(text: str, language: str) -> Document:
    """A page of ``text`` in ``language`` (a checkout before pages had their language read
    for search: without it)."""
    if "language" in inspect.signature(Document.of).parameters:
        return Document.of(None, text, language)
    return Document.of(None, text)


def spelled(word: str) -> str:
    return "".join(SPELLINGS.get(c, c) for c in word)


def misses(languages: list[str]) -> tuple[int, int, list[str]]:
    """(cases, misses, a few missed) for the umlaut words of ``languages``."""
    cases = missed = 0
    notes: list[str] = []
    for language in languages:
        for word in words(language):
            if not LETTER.search(word):
                continue
            typed = spelled(word)
            for page, query in ((word, typed), (typed, word)):
                cases += 1
                if not matches(parse_query(query), document(f"xx {page} yy", language)):
                    missed += 1
                    if len(notes) < 6:
                        notes.append(f"{query}->{page}")
    return cases, missed, notes


def wrong_hits() -> tuple[int, list[str], int, list[str]]:
    """(wrong hits, those whose query word is of a language without the letters, Lucene-rule
    wrong hits, a few) over the ``OTHERS`` lists.  An upper bound: a plain word that is the
    umlaut word's own spelling (``aalborg``, ``mueller``, ``natuerlich``) or a cognate
    (Danish ``læser``, folded ``laeser``, Swedish ``läser``) counts too."""
    vocabulary = {w for language in OTHERS for w in words(language)}
    plain = {fold(w) for w in vocabulary if not LETTER.search(w)}
    # each umlaut word with the first language (of OTHERS) whose list holds it: its page's
    umlaut: dict[str, str] = {}
    for language in OTHERS:
        for w in words(language):
            if LETTER.search(w):
                umlaut.setdefault(w, language)
    without = {fold(w) for language in NO_LETTERS for w in words(language)}
    # clipper's rule: the plain word (as a query) equals an umlaut word's spelling and finds it
    ours = sorted(
        f"{spelled(w)}->{w}" for w in umlaut
        if fold(spelled(w)) in plain
        and matches(parse_query(spelled(w)), document(f"xx {w} yy", umlaut[w]))
    )
    foreign = [case for case in ours if fold(case.split("->")[0]) in without]
    # Lucene's: every ae/oe/ue folded, so two plain words meet
    lucene_fold = {p: re.sub("(?<=[aou])e", "", p) for p in plain}
    by_fold: dict[str, list[str]] = {}
    for p, f in lucene_fold.items():
        by_fold.setdefault(f, []).append(p)
    lucene = sorted(
        f"{p}->{q}" for p, f in lucene_fold.items() if f != p for q in by_fold[f] if q != p
    )
    return len(ours), foreign, len(lucene), lucene[:8]


def main() -> None:
    for label, languages in (("built on", BUILT_ON), ("confirm", CONFIRM)):
        cases, missed, notes = misses(languages)
        print(f"{label} {'+'.join(languages)}: {cases} cases, {missed} misses  {notes}")
    ours, ours_notes, lucene, lucene_notes = wrong_hits()
    print(f"wrong hits (plain word finds an umlaut word): {ours}, of them by a word of "
          f"{'/'.join(NO_LETTERS)}: {len(ours_notes)}  {ours_notes}")
    print(f"wrong hits under ae/oe/ue folding (Lucene's rule): {lucene}  {lucene_notes}")


if __name__ == "__main__":
    main()
