"""A story vector as the stage holds and stores it (:class:`Vector`, made by
:func:`clipper.stories.vectors.vectorize`), and the similarity of two vectors over their
reporters' own words (:func:`own_similarity`, :mod:`clipper.statements`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np
import numpy.typing as npt

from clipper import sortedsets

__all__ = [
    "NO_BITS",
    "NO_SHARES",
    "Vector",
    "own_cleared",
    "own_similarities",
    "own_similarity",
    "own_unit",
    "term_shares",
]

_NONE: npt.NDArray[np.uint32] = np.empty(0, dtype=np.uint32)
NO_SHARES: npt.NDArray[np.uint8] = np.empty(0, dtype=np.uint8)
NO_BITS: npt.NDArray[np.uint8] = np.empty(0, dtype=np.uint8)
# a term's quoted share is kept in a byte: 255 all quoted
QUOTED_SCALE = 255.0


@dataclass(frozen=True, slots=True)
class Vector:
    """Sorted uint32 term hashes and their float32 weights (unit L2 norm); for the template
    rule (:mod:`clipper.stories.templated`), the sorted keys of the article's long sentences
    and of the figures it states (uint32, none by default); and, when the article quotes a
    statement (:mod:`clipper.statements`), the share of each term's weight that its quoted
    statements give (uint8, 0-255 for 0-1, one a term; none when it quotes none); and the
    share its lead (headline and opening) gives (``lead``, alike: :mod:`clipper.stories.leads`;
    none: every term counts as the lead's); and, when its headline or first sentence names a
    date, each such line's frame and fill keys (``frames``, uint32, two a line) and the sorted
    keys of those lines' terms (``framed``): :mod:`clipper.stories.series`; its headline's and
    sentences' frame, fill, frame head and frame tail keys (``lines``, uint32, four a line, at
    most 8) and, one a term, which of those lines hold it (``line_bits``, uint8, bit ``i``
    line ``i``; none without lines): :mod:`clipper.stories.instances`; the sorted keys of
    its rare names (``names``): :mod:`clipper.stories.eventnames`; and, one a term, the number
    of the one passage past its lead that holds it (``passages``, uint8, 1-255; 0 for a term of
    the lead or of two passages; none: no term has one): :mod:`clipper.stories.passages`."""

    keys: npt.NDArray[np.uint32]
    weights: npt.NDArray[np.float32]
    sentences: npt.NDArray[np.uint32] = field(default_factory=lambda: _NONE)
    figures: npt.NDArray[np.uint32] = field(default_factory=lambda: _NONE)
    quoted: npt.NDArray[np.uint8] = field(default_factory=lambda: NO_SHARES)
    lead: npt.NDArray[np.uint8] = field(default_factory=lambda: NO_SHARES)
    frames: npt.NDArray[np.uint32] = field(default_factory=lambda: _NONE)
    framed: npt.NDArray[np.uint32] = field(default_factory=lambda: _NONE)
    lines: npt.NDArray[np.uint32] = field(default_factory=lambda: _NONE)
    line_bits: npt.NDArray[np.uint8] = field(default_factory=lambda: NO_BITS)
    names: npt.NDArray[np.uint32] = field(default_factory=lambda: _NONE)
    passages: npt.NDArray[np.uint8] = field(default_factory=lambda: NO_SHARES)

    def to_bytes(self) -> bytes:
        """Ten little-endian uint32 counts (terms, sentences, figures, quoted shares, lead
        shares, frame keys, framed term keys, line keys, line bits, passages), then the keys,
        the weights, the sentence keys and the figure keys, the quoted shares and the lead
        shares (none or one byte a term each), the frame keys, the framed term keys, the line
        keys, the line bits and the passages (none or one byte a term each) and the names'
        places among the keys (uint16, the rest).  The shares, the line bits and the passages
        are stored sparse (:func:`_sparse`: most terms have none; a lead share is 0 or 255 but
        for two terms of one hash).  Vector version 44 on; an archive stored with another
        version recomputes its vectors."""
        counts = np.array(
            [len(self.keys), len(self.sentences), len(self.figures), len(self.quoted),
             len(self.lead), len(self.frames), len(self.framed), len(self.lines),
             len(self.line_bits), len(self.passages)], "<u4",
        )  # fmt: skip
        return b"".join((
            counts.tobytes(),
            self.keys.astype("<u4").tobytes(),
            self.weights.astype("<f4").tobytes(),
            self.sentences.astype("<u4").tobytes(),
            self.figures.astype("<u4").tobytes(),
            _sparse(self.quoted),
            _sparse(self.lead),
            self.frames.astype("<u4").tobytes(),
            self.framed.astype("<u4").tobytes(),
            self.lines.astype("<u4").tobytes(),
            _sparse(self.line_bits),
            _sparse(self.passages),
            np.searchsorted(self.keys, self.names).astype("<u2").tobytes(),
        ))  # fmt: skip

    @classmethod
    def from_bytes(cls, data: bytes) -> Vector:
        terms, sentences, figures, quoted, lead, frames, framed, lines, bits, passages = (
            np.frombuffer(data[:40], dtype="<u4").tolist()
        )
        at = 40

        def keys(count: int) -> npt.NDArray[np.uint32]:
            nonlocal at
            if not count:
                return _NONE
            at += 4 * count
            return np.frombuffer(data, "<u4", count, at - 4 * count).astype(np.uint32)

        def sparse(count: int) -> npt.NDArray[np.uint8]:
            nonlocal at
            if not count:
                return NO_SHARES
            held = np.unpackbits(np.frombuffer(data, np.uint8, (count + 7) // 8, at), count=count)
            at += (count + 7) // 8
            out = np.zeros(count, np.uint8)
            held_at = np.flatnonzero(held)
            out[held_at] = np.frombuffer(data, np.uint8, len(held_at), at)
            at += len(held_at)
            return out

        term_keys = keys(terms)
        weights = np.frombuffer(data, "<f4", terms, at).astype(np.float32)
        at += 4 * terms
        parts = (keys(sentences), keys(figures), sparse(quoted), sparse(lead), keys(frames),
                 keys(framed), keys(lines), sparse(bits))  # fmt: skip
        held = sparse(passages)
        names = np.frombuffer(data, "<u2", offset=at)
        return cls(term_keys, weights, *parts, term_keys[names] if len(names) else _NONE, held)

    def own_weights(self) -> npt.NDArray[np.float64]:
        """The weights less what quoted statements give them (not normalised)."""
        weights = self.weights.astype(np.float64)
        if not len(self.quoted):
            return weights
        return weights * (1.0 - self.quoted.astype(np.float64) / QUOTED_SCALE)


def _sparse(shares: npt.NDArray[np.uint8]) -> bytes:
    """A byte a term stored for the terms that have one: a bitmap of those terms (``numpy
    .packbits``, a bit a term) and their bytes, in order; none for none."""
    if not len(shares):
        return b""
    held = shares != 0
    return np.packbits(held).tobytes() + shares[held].astype(np.uint8).tobytes()


def own_unit(vector: Vector) -> tuple[npt.NDArray[np.float64], float] | None:
    """``vector``'s weights less their quoted shares (:meth:`Vector.own_weights`), to unit
    length, and how much its quoted statements can take from a cosine with any unit vector
    (the norm of what they give it: Cauchy-Schwarz); None when it quotes no statement."""
    if not len(vector.quoted):
        return None
    own = vector.own_weights()
    norm = float(np.sqrt(np.dot(own, own)))
    quoted = vector.weights.astype(np.float64) - own
    return (own / norm if norm > 0.0 else own), float(np.sqrt(np.dot(quoted, quoted)))


def own_similarity(
    first: Vector,
    second: Vector,
    units: tuple[
        tuple[npt.NDArray[np.float64], float] | None, tuple[npt.NDArray[np.float64], float] | None
    ]
    | None = None,
) -> float | None:
    """The cosine of two vectors over their reporters' own words: each term's weight less its
    quoted share (:meth:`Vector.own_weights`), the two at unit length; None when neither
    quotes a statement (their cosine is that one).  ``units``: the two's :func:`own_unit`,
    when known.  Summed over the shared terms in ascending key order, so symmetric in the two
    to the last bit."""
    one, other = units if units is not None else (own_unit(first), own_unit(second))
    if one is None and other is None:
        return None
    keys, weights = first.keys, one[0] if one is not None else first.weights.astype(np.float64)
    other_keys = second.keys
    other_weights = other[0] if other is not None else second.weights.astype(np.float64)
    if len(keys) > len(other_keys):  # the shorter searched in the longer
        keys, weights, other_keys, other_weights = other_keys, other_weights, keys, weights
    if not len(keys) or not len(other_keys):
        return 0.0
    at = np.searchsorted(other_keys, keys)
    at[at == len(other_keys)] = 0
    shared = other_keys[at] == keys
    # the shared terms' products in ascending key order (each product the same either way
    # round), summed in that order whichever vector came first
    return float(np.dot(weights[shared], other_weights[at[shared]]))


# Shared-term look-ups :func:`own_similarities` makes at once (~50 bytes each in its arrays:
# ~10 MB).
_LOOKUPS_HELD = 200_000


def own_similarities(
    keys: Sequence[npt.NDArray[np.uint32]],
    units: Sequence[npt.NDArray[np.float64]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """:func:`own_similarity` of each pair of vectors (``first[i]``, ``second[i]``: positions
    in ``keys`` and ``units``) that both quote a statement, as float64: vector ``j`` given by
    its sorted term hashes ``keys[j]`` and its :func:`own_unit` weights ``units[j]``.

    The same numbers, to the last bit: each pair's shared terms are found at once for many
    pairs (:func:`_shared_weights`), and each pair's products are summed by the same
    ``np.dot`` over the shared terms' weights in ascending key order as
    :func:`own_similarity` sums them; a pair looked up one at a time cost a search and four
    array copies in Python (a fifth of the story stage's CPU on 10k one-day records)."""
    out = np.zeros(len(first), np.float64)
    dot = np.dot
    for lo, hi, owner, mine, theirs in _shared_weights(keys, units, first, second):
        bounds = np.r_[0, np.cumsum(np.bincount(owner, minlength=hi - lo))].tolist()
        for i in range(hi - lo):
            out[lo + i] = dot(mine[bounds[i] : bounds[i + 1]], theirs[bounds[i] : bounds[i + 1]])
    return out


def own_cleared(
    keys: Sequence[npt.NDArray[np.uint32]],
    units: Sequence[npt.NDArray[np.float64]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    bars: npt.NDArray[np.float64],
) -> npt.NDArray[np.bool_]:
    """Whether each pair's :func:`own_similarities` (the same arguments) is at least
    ``bars[i]``, the same answers without a Python call a pair.  Pairs are taken a *hub* at a
    time (the end met in more of them, as :func:`clipper.stories.scoring.linked` does): the
    hub's weights spread over a scratch array numbered by term, each partner's terms gather
    their products, and each pair's are summed together (``np.bincount``).  That is another
    order of adding than ``np.dot``'s, so each sum may differ from it by a few units in the
    last place for each product (the weights are not negative: Higham, *Accuracy and
    Stability of Numerical Algorithms*, 2nd ed., §4.2); a pair whose sum lies that close to
    its bar is summed by :func:`own_similarities` itself.  A look-up of every pair's terms
    among every vector's (``own_similarities``' way) cost a search in the call's whole
    vocabulary a term."""
    cleared = np.zeros(len(first), np.bool_)
    if not len(first):
        return cleared
    flat, start, stop = sortedsets.packed(keys)
    weights = np.concatenate(units) if len(units) else np.zeros(0, np.float64)
    # each term's number among the call's distinct terms
    _, columns = np.unique(flat, return_inverse=True)
    scratch = np.zeros(int(columns.max(initial=-1)) + 1)
    met = np.bincount(np.concatenate([first, second]), minlength=len(keys))
    swap = met[second] > met[first]
    hub, other = np.where(swap, second, first), np.where(swap, first, second)
    order = np.argsort(hub, kind="stable")
    sums = np.zeros(len(first))
    terms = np.zeros(len(first), np.int64)
    hubs, starts = np.unique(hub[order], return_index=True)
    stops = np.r_[starts[1:], len(order)]
    for h, lo, hi in zip(hubs.tolist(), starts.tolist(), stops.tolist(), strict=True):
        span = slice(int(start[h]), int(stop[h]))
        scratch[columns[span]] = weights[span]
        pairs = order[lo:hi]
        at, owner = sortedsets.spans(start[other[pairs]], stop[other[pairs]])
        products = weights[at] * scratch[columns[at]]
        sums[pairs] = np.bincount(owner, products, minlength=hi - lo)
        terms[pairs] = np.bincount(owner, products != 0.0, minlength=hi - lo)
        scratch[columns[span]] = 0.0
    cleared[:] = sums >= bars
    slack = 4.0 * (terms + 16) * np.finfo(np.float64).eps * np.maximum(sums, bars)
    near = np.flatnonzero(np.abs(sums - bars) <= slack)
    if len(near):
        cleared[near] = own_similarities(keys, units, first[near], second[near]) >= bars[near]
    return cleared


def _shared_weights(
    keys: Sequence[npt.NDArray[np.uint32]],
    units: Sequence[npt.NDArray[np.float64]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
) -> Iterator[tuple[int, int, npt.NDArray[np.int64], npt.NDArray[np.float64],
                    npt.NDArray[np.float64]]]:  # fmt: skip
    """The shared terms of pairs ``lo:hi`` of (``first[i]``, ``second[i]``), ``_LOOKUPS_HELD``
    keys at a time: (lo, hi, the pair of each shared term less ``lo``, its weight in the
    pair's shorter vector, in its longer), each pair's terms in ascending key order.  Every
    key of the pair's shorter vector is coded with the longer's position (``j << 32 | key``)
    and looked up among every vector's keys coded alike, sorted."""
    if not len(first):
        return
    flat, start, stop = sortedsets.packed(keys)
    lengths = stop - start
    weights = np.concatenate(units) if len(units) else np.zeros(0, np.float64)
    # every vector's keys coded with its position: sorted, since each vector's keys are
    coded = np.repeat(np.arange(len(keys), dtype=np.uint64), lengths) << np.uint64(32)
    coded |= flat.astype(np.uint64)
    if not len(coded):
        return
    # the shorter vector's keys are looked up in the longer's (the shared terms and their
    # ascending order are the same either way round)
    swap = lengths[first] > lengths[second]
    short, long = np.where(swap, second, first), np.where(swap, first, second)
    held = np.cumsum(lengths[short])
    lo = 0
    while lo < len(first):
        hi = int(np.searchsorted(held, held[lo] + _LOOKUPS_HELD, "right"))
        hi = min(max(hi, lo + 1), len(first))
        at, owner = sortedsets.spans(start[short[lo:hi]], stop[short[lo:hi]])
        wanted = (long[lo:hi].astype(np.uint64)[owner] << np.uint64(32)) | flat[at].astype(
            np.uint64
        )
        place = np.minimum(np.searchsorted(coded, wanted), len(coded) - 1)
        hit = coded[place] == wanted
        yield lo, hi, owner[hit], weights[at[hit]], weights[place[hit]]
        lo = hi


def term_shares(
    part: Counter[str] | None,
    counts: Counter[str],
    contribution: npt.NDArray[np.float64],
    slot: npt.NDArray[np.intp],
    unique: int,
    kept: npt.NDArray[np.intp],
) -> npt.NDArray[np.uint8]:
    """The share of each kept term's weight that comes from a part of the article, ``part``
    (its quoted statements, its lead: a term's count there over its count, summed with its
    weight where two terms share a hash), as :attr:`Vector.quoted` or :attr:`Vector.lead`
    bytes; none when the part gives nothing."""
    if not part:
        return NO_SHARES
    # min(part's count, count) / count, a term at a time in C (the same float64 quotients)
    count = np.fromiter(counts.values(), np.float64, len(counts))
    given_count = np.fromiter(map(part.get, counts, repeat(0)), np.float64, len(counts))
    share = np.minimum(given_count, count) / count
    whole = np.bincount(slot, weights=contribution, minlength=unique)[kept]
    given = np.bincount(slot, weights=contribution * share, minlength=unique)[kept]
    out = np.divide(given, whole, out=np.zeros_like(whole), where=whole > 0)
    if not out.any():
        return NO_SHARES
    return np.rint(np.clip(out, 0.0, 1.0) * QUOTED_SCALE).astype(np.uint8)
