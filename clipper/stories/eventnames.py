"""Two articles of one day naming many of the same rare places and people report one event, even
when one opens with an anecdote.

A news report of a quake in Arequipa ("Sismo de magnitud 6,2 sacude Arequipa …", the IGP's
epicentre near Chivay, Caylloma, the injured, the districts of Yanque, Achoma and Maca) and a
feature of the same day ("'Salimos corriendo con los niños': vecinos del Colca relatan la noche
del terremoto", a mother in Yanque, the valley's families, the church, Defensa Civil's tents on
the road from Chivay to Arequipa) met at cosine 0.228 against the bar of 0.24 (newcomer 33,
F6): the feature's vector is mostly its own scene (the people it quotes, their words, "sismo"
against "terremoto"), though both leads give a third of the cosine and more (0.35 and 0.44,
the lead rule asks 0.15: :mod:`clipper.stories.leads` cut nothing here).  What pins the event is
what the two share: five names of places rare in their language (Arequipa, Colca, Caylloma,
Yanque, Chivay), each written as a name only.  Two reports of different events of one day
share a region's capital or a country's leaders, seldom five rare names.

So a story vector carries its *rare names* (:func:`rare_names`: the words it writes capitalised
and never in lower case, weighing ``StoryConfig.event_name_weight`` or more, at most zipf 4 in
their language's table: "Yanque" weighs 6.5, "Arequipa" 4.3, not "Perú" 3.0 or "Lima" 3.3), and two
clusters of one day sharing ``StoryConfig.event_names`` of them are linked, and join a story
holding one, at ``StoryConfig.event_similarity_share`` of the bar (:func:`named_bars`), when
those names give ``StoryConfig.event_name_share`` of their cosine (:func:`name_share`; the
quake's 0.48): on a day of one big story its names are everyone's (a summit's "Helsinki",
"Putin", "Mueller"), and two of its articles on other matters meet on them and little else
rare.  Every other rule still holds for such a pair: both leads must give their share of the
cosine, so what the lead rule parts (a company's releases on its name and time zone) stays
parted.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import StoryConfig
from clipper.stories.termvector import Vector
from clipper.stories.tokens import fold
from clipper.words import words

__all__ = [
    "name_share",
    "named_bars",
    "named_pairs",
    "rare_names",
    "recurring_word",
    "shared_names",
]


def rare_names(
    terms: Sequence[str],
    weights: npt.NDArray[np.float64],
    lowered: Collection[str],
    least: float,
    recurring: Collection[str] = (),
    forms: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """The ``terms`` (a vector's word terms, lower case, with their ``weights``: ``8 − zipf``)
    weighing ``least`` or more that the text never writes in lower case (its names: "Yanque",
    "Caylloma"; a sentence's first word of a rare verb is written lower case elsewhere, or
    weighs less); ``lowered``: the text's runs of ``\\w`` written with a lower-case first
    letter, lower-cased (:meth:`clipper.stories.instances.SentenceRuns.lowered`), each read as
    a term (:data:`clipper.stories.tokens.fold`: "aislados" is the term "aislado").  A word of
    a script without case (Arabic, Persian, Hebrew) is never written in lower case, and no
    capital marks it a name: it is one only when ``recurring`` holds it (the words its article
    names in most of its lines, :func:`clipper.stories.instances.recurring_names`, as
    :func:`clipper.words.words` spells them): every rare word of an Arabic item was a name,
    and local items of eight places linked at the names' lower bar (newcomer 37, finding 7).
    ``forms``: a stemmed term's forms as the text wrote them (stem → forms,
    :func:`clipper.stories.stems.stemmed`): a stem is no name when the text writes one of its
    forms in lower case (Russian "КТЖ повысит тарифы" over "повысит тарифы" in the text: the
    stem "повыс" of a headline's capital was a name, a company's subject, until session 51)."""
    forms = forms or {}
    return [
        term
        for term, weight in zip(terms, weights.tolist(), strict=True)
        if weight >= least
        and (term[0].upper() != term[0] or bool(recurring and recurring_word(term, recurring)))
        # a run has no apostrophe: fold reads as ``term`` itself or its plural, if any
        and not any(form in lowered and fold(form) == term for form in (term, term + "s"))
        and not any(form in lowered for form in forms.get(term, ()))
    ]


def shared_names(
    names: Sequence[npt.NDArray[np.uint32]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """How many rare names (``names``: each cluster's :attr:`Vector.names`, sorted) each pair
    (``first[i]``, ``second[i]``, positions in ``names``) shares."""
    keys, starts, stops = sortedsets.packed(names)
    return sortedsets.intersection_sizes(keys, starts, stops, first, second)


def name_share(first: Vector, second: Vector) -> float:
    """The share of the cosine of ``first`` and ``second`` (unit vectors) that the rare names
    both hold give (:attr:`Vector.names`): their products over all the shared terms' (0 for
    two vectors sharing no term)."""
    _, mine, theirs = np.intersect1d(
        first.keys, second.keys, assume_unique=True, return_indices=True
    )
    products = first.weights[mine].astype(np.float64) * second.weights[theirs]
    total = float(products.sum())
    if total <= 0.0:
        return 0.0
    named = np.isin(first.keys[mine], np.intersect1d(first.names, second.names))
    return float(products[named].sum()) / total


# Pairs :func:`named_pairs` codes at once.
_PAIRS_HELD = 1_024


def named_pairs(
    vectors: Sequence[Vector],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    share: float,
) -> npt.NDArray[np.bool_]:
    """Whether ``name_share(vectors[first[i]], vectors[second[i]]) >= share``, for every pair
    at once, the same answers: each pair's shared terms found by one sorted look-up (a pair's
    number and a key coded together, as :func:`clipper.sortedsets.intersection_sizes` does),
    their products and the named ones' summed per pair in key order.  Those sums are added in
    another order than :func:`name_share`'s ``np.sum`` (pairwise), so each may differ from it
    by at most ``(n - 1)`` units in the last place of the sum of its ``n`` products' magnitudes
    (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., §4.2): a pair whose
    share lies that close to ``share`` (or whose cosine does to 0) is answered by
    :func:`name_share` itself."""
    found = np.zeros(len(first), np.bool_)
    for lo in range(0, len(first), _PAIRS_HELD):
        hi = min(lo + _PAIRS_HELD, len(first))
        found[lo:hi] = _named_pairs(vectors, first[lo:hi], second[lo:hi], share)
    return found


def _named_pairs(
    vectors: Sequence[Vector],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    share: float,
) -> npt.NDArray[np.bool_]:
    mine, pair = sortedsets.coded([vectors[i].keys for i in first.tolist()])
    theirs, _ = sortedsets.coded([vectors[i].keys for i in second.tolist()])
    at_theirs = sortedsets.found(theirs, mine)
    shared = np.flatnonzero(at_theirs >= 0)  # positions in ``mine``, in key order a pair
    weights = np.concatenate([vectors[i].weights for i in first.tolist()] or [np.zeros(0)])
    other_weights = np.concatenate([vectors[i].weights for i in second.tolist()] or [np.zeros(0)])
    products = weights[shared].astype(np.float64) * other_weights[at_theirs[shared]]
    owner = pair[shared]
    # a shared term is a name both hold: its code among each end's names
    names, _ = sortedsets.coded([vectors[i].names for i in first.tolist()])
    other_names, _ = sortedsets.coded([vectors[i].names for i in second.tolist()])
    named = (sortedsets.found(names, mine[shared]) >= 0) & (
        sortedsets.found(other_names, mine[shared]) >= 0
    )
    n = len(first)
    total = np.bincount(owner, products, minlength=n)
    of_names = np.bincount(owner, np.where(named, products, 0.0), minlength=n)
    size = np.bincount(owner, minlength=n)
    # what another order of adding may change in each sum, with room for the division
    slack = (
        (size + 2) * np.finfo(np.float64).eps * np.bincount(owner, np.abs(products), minlength=n)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = of_names / total
        near = (np.abs(total) <= slack) | (
            np.abs(of_names - share * total) <= slack * (1.0 + share)
        )
    answer = np.where(total > 0.0, ratio >= share, share <= 0.0)  # as name_share's 0
    for at in np.flatnonzero(near).tolist():
        one, other = vectors[int(first[at])], vectors[int(second[at])]
        answer[at] = name_share(one, other) >= share
    return answer


def named_bars(
    bars: npt.NDArray[np.float64],
    gaps: npt.NDArray[np.int64],
    shared: npt.NDArray[np.int64],
    config: StoryConfig,
) -> npt.NDArray[np.float64]:
    """``bars`` (each pair's, for its gap in days ``gaps``) at
    ``config.event_similarity_share`` of themselves where the pair is of one day and shares
    ``config.event_names`` rare names or more (``shared``: :func:`shared_names`)."""
    named = (gaps == 0) & (shared >= config.event_names)
    return np.where(named, bars * config.event_similarity_share, bars)


def recurring_word(term: str, recurring: Collection[str]) -> bool:
    """Whether the word ``term`` is one of ``recurring`` (words as :func:`clipper.words.words`
    spells them)."""
    spelled = words(term)
    return len(spelled) == 1 and spelled[0] in recurring
