"""A reading stored cut short whose text is whole nonetheless, and how ``show`` says it.

A page is stored *partial* when its reading stopped at something: a paywall box under its
text, a crawler's size limit, a file ending early (README "Partial texts").  Where the wall or
the cut came after the article's end, the text stored is all of the article, and a whole
reading of another outlet (or of the same page) holds the same paragraphs.  ``show`` then said
of one page "same text" (or "copy of version 1 of …'s story") and "read cut short: paywall"
together, two verdicts that cannot both hold (newcomer 49b: Tokyo Shimbun's page, whose
"members only" box sat under a whole wire story).  The partial mark stays (it is what the
reading met, and what keeps such a page from leading its cluster over a whole copy); what
``show`` says of it is :func:`cut_note`.

:func:`holds_whole_text` decides it on the stored texts' paragraphs as copies are compared
(:func:`clipper.changes.paragraph_key`: case, spacing and spelling variants aside): a partial
reading whose paragraphs open with every paragraph of a whole reading of its cluster, in
order.  A reading cut inside its last paragraph holds that paragraph's opening only, so it is
not whole: ``show`` keeps saying it is cut short, and says its text is the same "as far as it
goes" (:func:`cut_inside`), not "same text".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from clipper.changes import Changes, paragraph_key, text_paragraphs

__all__ = ["CUT_INSIDE", "cut_inside", "cut_note", "holds_whole_text"]

# What ``show`` says of a reading cut inside its last paragraph whose paragraphs are otherwise
# the ones it is compared with: the same text as far as it goes, not "same text".
CUT_INSIDE = "same text as far as it goes (it stops inside its last paragraph)"


def _keys(text: str) -> list[str]:
    return [paragraph_key(paragraph) for paragraph in text_paragraphs(text)]


def holds_whole_text(text: str, whole_texts: Iterable[str]) -> bool:
    """Whether ``text`` (a reading stored cut short) opens with all of one of ``whole_texts``
    (the texts of readings stored whole: not partial), paragraph for paragraph as copies are
    compared; False when ``whole_texts`` is empty or ``text`` has no paragraph."""
    ours = _keys(text)
    if not ours:
        return False
    for whole in whole_texts:
        theirs = _keys(whole)
        if theirs and ours[: len(theirs)] == theirs:
            return True
    return False


def cut_inside(changes: Changes) -> Changes:
    """``changes`` of a reading cut short whose last paragraph was the opening of one of the
    text it is compared with (:func:`clipper.changes.completed_cut` made it whole to compare
    it): "exact copy" and "same text" said as :data:`CUT_INSIDE`, the rest as it is."""
    said = [CUT_INSIDE if kind in ("exact copy", "same text") else kind for kind in changes.summary]
    return replace(changes, summary=list(dict.fromkeys(said)))


def cut_note(partial: str, text_whole: bool) -> str:
    """The line ``show`` prints of a reading stored cut short for ``partial`` (``pages
    .partial``): "read cut short: …", or, when its text is whole
    (:func:`holds_whole_text`), that the cut came after it."""
    if not text_whole:
        return f"read cut short: {partial}"
    return (
        f"marked cut short ({partial}) after its text, which is whole: a whole copy holds the "
        "same paragraphs"
    )
