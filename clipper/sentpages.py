"""What a verification worker is sent and does with it: :class:`SentPages`, the pages its pairs
name packed into a few arrays, :class:`SentKept`, the stored pages among them as the run's
candidate cache keeps them, and :func:`verify_chunk`, which verifies the pairs on them
(:mod:`clipper.workers` sends the chunks)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.diskbytes import read_at
from clipper.keptpages import Kept, KeptPages
from clipper.match import Candidate, Edge, verify
from clipper.matchview import MatchView


# The pages a verification worker is sent: each page's id, fingerprint.MatchView and rank.
# Its distinct shingles are ``np.unique`` of the sequence, as ``fingerprint`` makes them: sent,
# they doubled what a batch pickles (on a one-day night the main process's largest transient:
# +99 MB for the last batch of 10k records, growing with the day's pairs); the passage and
# opening keys serve only the choice of pairs, made before.
@dataclass(frozen=True, slots=True)
class SentPages:
    """Pages for a verification worker, their views' arrays packed one after another: one
    array of each kind a chunk, not up to three a page (each pickled and loaded on its own:
    ~20 µs a page, the main process's pickling thread ~7 % of its time on 10k one-day
    records).  A length of -1: the view has None there.  :meth:`pages` gives back views that
    are slices of the packed arrays, equal to those sent, dtypes included."""

    ids: list[int]
    ranks: list[tuple[object, ...]]
    sequences: npt.NDArray[np.uint32]
    sequence_lengths: npt.NDArray[np.int64]
    positions: npt.NDArray[np.int64]
    position_lengths: npt.NDArray[np.int64]
    held: npt.NDArray[np.uint32]
    held_lengths: npt.NDArray[np.int64]
    figures: npt.NDArray[np.uint32]
    figure_lengths: npt.NDArray[np.int64]
    fills: npt.NDArray[np.uint32]
    fill_lengths: npt.NDArray[np.int64]
    roundings: npt.NDArray[np.uint32]
    rounding_lengths: npt.NDArray[np.int64]
    # each view's (lead_words, quoted)
    leads: list[tuple[tuple[int, ...], tuple[int, ...]]]

    @classmethod
    def of(cls, candidates: Sequence[Candidate]) -> SentPages:
        views = [c.view for c in candidates]
        sequences, sequence_lengths = _packed([v.sequence for v in views], np.uint32)
        positions, position_lengths = _packed([v.positions for v in views], np.int64)
        held, held_lengths = _packed([v.held for v in views], np.uint32)
        figures, figure_lengths = _packed([v.figures for v in views], np.uint32)
        fills, fill_lengths = _packed([v.fills for v in views], np.uint32)
        roundings, rounding_lengths = _packed([v.roundings for v in views], np.uint32)
        return cls(
            [c.page_id for c in candidates], [c.rank for c in candidates],
            sequences, sequence_lengths, positions, position_lengths, held, held_lengths,
            figures, figure_lengths, fills, fill_lengths, roundings, rounding_lengths,
            [(v.lead_words, v.quoted) for v in views],
        )

    def pages(self) -> list[tuple[int, MatchView, tuple[object, ...]]]:
        """(page id, view, rank) of each page, in the order given."""
        sequences = _unpacked(self.sequences, self.sequence_lengths)
        positions = _unpacked(self.positions, self.position_lengths)
        held = _unpacked(self.held, self.held_lengths)
        figures = _unpacked(self.figures, self.figure_lengths)
        fills = _unpacked(self.fills, self.fill_lengths)
        roundings = _unpacked(self.roundings, self.rounding_lengths)
        return [
            (
                page_id,
                MatchView(
                    sequence, where, whole, None, said, lead[0], lead[1], filled, rounded
                ),
                rank,
            )
            for page_id, rank, sequence, where, whole, said, filled, rounded, lead in zip(
                self.ids, self.ranks, sequences, positions, held, figures, fills, roundings,
                self.leads, strict=True,
            )
        ]


def _packed(
    arrays: Sequence[npt.NDArray[Any] | None], dtype: type[np.generic]
) -> tuple[npt.NDArray[Any], npt.NDArray[np.int64]]:
    """``arrays`` one after another, and each one's length (-1 for None)."""
    present = [a for a in arrays if a is not None]
    lengths = np.fromiter((-1 if a is None else len(a) for a in arrays), np.int64, len(arrays))
    if not present:
        return np.empty(0, dtype), lengths
    return np.concatenate(present), lengths


def _unpacked(
    packed: npt.NDArray[Any], lengths: npt.NDArray[np.int64]
) -> list[npt.NDArray[Any] | None]:
    ends = np.cumsum(np.maximum(lengths, 0)).tolist()
    return [
        None if n < 0 else packed[end - n : end]
        for n, end in zip(lengths.tolist(), ends, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class SentKept:
    """Stored pages for a verification worker as the run's candidate cache keeps them
    (:class:`clipper.keptpages.Kept`'s bytes), decoded in the worker: where they are in the
    cache's file (:attr:`fd`, :attr:`places`) for a worker forked while the file was open,
    which reads them itself, else the bytes, one after another (:attr:`raw`).

    Why.  On a one-day night a batch's pairs reach most of the night's earlier pages (the last
    batch of 10k records: ~7,600, nearly all in the cache).  Decoded into candidates in the
    main process and packed again (:class:`SentPages`), each cost ~0.3 ms of main-process CPU,
    the verification hand-over growing with the night (0.10 -> 0.79 CPU s per 1,000 records
    from the first to the last batch of ``bench/oneday.py --sizes 10000``, stored candidates
    0.015 -> 0.29).  The candidates are the ones the main process would have decoded
    (:meth:`clipper.keptpages.Kept.candidate`)."""

    ids: list[int]
    # each page's Kept.to_bytes(), one after another, and their lengths in bytes (empty when
    # the worker reads them)
    raw: bytes
    lengths: npt.NDArray[np.int64]
    # the cache's file descriptor and each page's (offset, length) in it, or -1 and None
    fd: int = -1
    places: npt.NDArray[np.int64] | None = None

    @classmethod
    def of(cls, kept: KeptPages, page_ids: Sequence[int], forked: bool = False) -> SentKept:
        """The pages ``page_ids`` of ``kept`` (each in it: KeyError otherwise); ``forked``:
        for a worker forked while the cache's file was open (it is sent where they are)."""
        if forked:
            places = kept.places(list(page_ids))
            return cls(list(page_ids), b"", places[:, 1].copy(), kept.fileno(), places)
        raws = [kept.raw(page_id) for page_id in page_ids]
        return cls(
            list(page_ids), b"".join(raws),
            np.fromiter(map(len, raws), np.int64, len(raws)),
        )

    def candidates(self) -> list[Candidate]:
        """The pages' candidates, in the order given."""
        if self.places is not None:
            raws = read_at(self.fd, self.places)
        else:
            ends = np.cumsum(self.lengths).tolist()
            raws = [
                self.raw[end - n : end]
                for n, end in zip(self.lengths.tolist(), ends, strict=True)
            ]
        return [
            Kept.from_bytes(page_id, raw).candidate()
            for page_id, raw in zip(self.ids, raws, strict=True)
        ]


def verify_chunk(
    chunk: tuple[npt.NDArray[np.int64], SentPages, SentKept | None],
    config: MatchConfig,
    shingle_words: int,
) -> list[Edge]:
    """:func:`clipper.match.verify` of some pairs of page ids, given each page once (packed, or
    as the candidate cache keeps it)."""
    pairs, sent, kept = chunk
    candidates = {
        page_id: Candidate.of(page_id, view, rank) for page_id, view, rank in sent.pages()
    }
    if kept is not None:
        candidates.update((c.page_id, c) for c in kept.candidates())
    rows = np.asarray(pairs, dtype=np.int64).reshape(-1, 2).tolist()
    return verify(((candidates[a], candidates[b]) for a, b in rows), config, shingle_words)
