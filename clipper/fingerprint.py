"""Normalise → shingle → MinHash, in batches.

Hash scheme (recorded in the archive's ``meta`` table; a run with other values is refused):

* normalisation: Unicode NFKC, casefold, Arabic harakat and Hebrew points (niqqud,
  cantillation) removed; words are runs of ``\\w`` characters and combining marks
  (:func:`words`: punctuation and whitespace vanish, a Hindi vowel sign stays in its word);
* shingles: runs of ``shingle_words`` consecutive words; a word hashes to ``zlib.crc32`` of its
  UTF-8 bytes, a shingle to ``Σ crc32(word_j) · M_j  mod 2^64`` folded to 32 bits
  (``h ^ h >> 32``), the ``M_j`` being the fixed odd constants below;
* MinHash: datasketch's ``affine32`` scheme with ``num_perm`` permutations drawn from ``seed``.
  Each shingle hash is pre-mixed with the MurmurHash3 finalizer and permuted as
  ``a_k · h + b_k  mod 2^32``; the signature keeps the minimum per permutation.
  :func:`signatures` computes exactly what ``datasketch.MinHash.update_batch`` computes (the
  tests check it bit for bit) but for a whole batch of documents at once in NumPy.

Stored signature layout: ``num_perm`` unsigned 32-bit integers, little-endian, permutation
``k`` at byte offset ``4k`` (512 bytes for 128 permutations); no header, because seed and scheme
are per-archive facts kept in ``meta``.

LSH band keys (:func:`index_keys`): band ``i`` covers permutations ``[i·r, (i+1)·r)`` exactly as
``datasketch.MinHashLSH(params=(b, r))`` cuts them; its key is a signed 64-bit integer mixing
``i`` and the band's ``r`` values, so one indexed integer column holds every band of every page.
A second, smaller band set is made the same way from the signature of the page's first
``lead_words`` words (its first ``lead_bands × lead_rows`` permutations) so that briefs find
the full story.

Passage keys (:func:`passage_keys`) find copies that share a run of the text but neither its
opening nor half of it: a brief under a story that now opens with an update paragraph, a
rewrite with its own intro line carrying paragraphs from the middle of a wire story.  The text
is cut into sentences; from every sentence a *passage* runs over the following sentences until
it holds ``passage_words`` words.  Each passage gets one key: a 2-row MinHash band (the first
``passage_rows`` permutations of the page's scheme) over the passage's shingles, so a passage
with a typo still keeps its key with probability ≈ J² (J ≈ 0.8 for one edited word in 40), and
two passages share a key only when they share most of ~40 words.  Sentences, not lines, so the
keys do not depend on how an input form breaks paragraphs; ≥ 40 words, so a recurring furniture
line (an agency copyright notice is ~20 words) never makes a passage on its own and the keys it
shares with other pages are the pages that carry the same text around it.  A page contributes
at most ``passage_max`` keys (its first passages): bounded by the page itself.

Opening keys (:func:`MinHasher.opening_keys`) find briefs too short for a passage: a brief is a
story's first one to three paragraphs (15-60 words once a site's furniture is cleaned away),
and it often sits a headline, a photo caption or a dateline below the full copy's first word,
so the lead bands (over the first ``lead_words`` words, Jaccard ≈ brief length ÷ lead length)
miss it.  From every sentence that starts within the first ``opening_words`` words, a short
passage runs to the first sentence end at least ``opening_passage_words`` words later, and gets
a key made like a passage key (its own salt): a brief shares the keys of its own sentences
with the story's opening wherever in that opening they sit.  At most ``opening_max`` a page.

Brief windows (:func:`MinHasher.brief_window_keys`): a short page (at most
``brief_window_words`` words) also gets, for every run of at least ``opening_passage_words``
of its words, the key an opening passage over those words would get.  A brief the cleaner
could only keep with its page's furniture run into the same line (a byline, a share bar, a
topics line) holds the full copy's first passage, but neither starts nor ends it where its
own sentences do; one of its windows is that passage, word for word, and so has its key.
They are indexed with the opening keys (``Fingerprint.opening_index_keys``); the pair rule
(``clipper.match.passage_shares``) still counts a page's own opening keys, so a short page
sharing one window with a story's opening is verified against it.

Verification reads its own sequence (:func:`match_view`): the text without its photo-caption
lines, and each shingle at its first position only.  Text repeated inside one page (a gallery's
caption over each photo, a pull quote, a line scraped twice) is one passage of it, not several,
and a caption is not the article's text: two different articles carrying one caption are not
copies, and a copy keeping the caption above its story is still its story's copy.  As the
longer page of a pair, a page still holds its captions' shingles, so a copy whose scraper ran a
caption into a line of its story (not a caption line, so kept) stays covered.  Keys and
signatures stay those of the whole text (what the archive's index holds).
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.captions import is_photo_caption
from clipper.config import FingerprintConfig
from clipper.furniture import Matchers, matchers
from clipper.page import digest
from clipper.paragraphs import LINES_KEPT, ByParagraph, line_memo
from clipper.scripts import OPTIONAL_POINTS, UNSPACED, has_mark, marks_class
from clipper.signoffs import run_in_sign_off, signs_off

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# datasketch is imported where a signature is made, not with this module: its package imports
# its LSH forest and ensemble, which import SciPy's integration routines (~0.4 s), and the
# commands that only read the archive (search, show, export) import this module through the
# store.

SCHEME = "affine32"
_NO_KEYS = np.empty(0, dtype=np.int64)
Signatures = npt.NDArray[np.uint32]

# Words are \w+ runs, except that the characters of scripts written without spaces (Han, kana,
# Thai, Lao, Khmer, Myanmar: clipper.scripts) are words on their own: a whole Japanese or Thai
# clause as one "word" would make every edit to it a different shingle.  A text holding a
# combining mark (any Indic script, Hebrew, Arabic, decomposed Latin NFKC leaves) takes the
# marks into its words (_marked_word, compiled on first use: clipper.scripts.marks_class).
_WORD = re.compile(rf"[{UNSPACED}]|[^\W{UNSPACED}]+")
# Odd 64-bit multipliers for word positions inside a shingle (digits of π and e, fixed forever:
# changing them changes every stored signature).
_POSITION_MULTIPLIERS = np.array(
    [
        0x243F6A8885A308D3,
        0x13198A2E03707345,
        0xA4093822299F31D1,
        0x082EFA98EC4E6C89,
        0x452821E638D01377,
        0xBE5466CF34E90C6D,
        0xC0AC29B7C97C50DD,
        0x3F84D5B5B5470917,
        0x9216D5D98979FB1B,
        0xB7E151628AED2A6B,
    ],
    dtype=np.uint64,
)
# Shingles of a batch are permuted this many at a time: 65,536 × 128 × 4 bytes = 32 MB of
# scratch, whatever the batch size.
_SHINGLE_CHUNK = 1 << 16
_BAND_SALT = np.uint64(0x9E3779B97F4A7C15)
_ROW_SALTS = [np.uint64((0x9E3779B97F4A7C15 * (row + 1)) & 0xFFFFFFFFFFFFFFFF) for row in range(64)]


# What ``meta`` records as ``fingerprint.words``; before migration 0034 it was
# "nfkc-casefold-w+-cjk-chars" (combining marks cut words apart).
WORDS_SCHEME = "nfkc-casefold-no-ar-he-points-w+marks-cjk-chars"


def scheme_description(config: FingerprintConfig) -> dict[str, str]:
    """What must match for two archives' signatures to be comparable."""
    return {
        "fingerprint.library": f"datasketch {version('datasketch')}",
        "fingerprint.scheme": SCHEME,
        "fingerprint.num_perm": str(config.num_perm),
        "fingerprint.seed": str(config.seed),
        "fingerprint.shingle_words": str(config.shingle_words),
        "fingerprint.words": WORDS_SCHEME,
        "fingerprint.word_hash": "crc32-poly64-fold32",
        "fingerprint.lsh_bands": str(config.lsh_bands),
        "fingerprint.lsh_rows": str(config.lsh_rows),
        "fingerprint.lead": f"{config.lead_words} words, {config.lead_bands}x{config.lead_rows}",
        "fingerprint.passages": (
            f"sentence passages of {config.passage_words} words, 1x{config.passage_rows}, "
            f"at most {config.passage_max}"
        ),
        "fingerprint.openings": (
            f"sentence passages of {config.opening_passage_words} words starting in the first "
            f"{config.opening_words}, 1x{config.passage_rows}, at most {config.opening_max}"
        ),
        "fingerprint.brief_windows": (
            f"pages of at most {config.brief_window_words} words: every run of at least "
            f"{config.opening_passage_words} words, keyed as an opening passage"
        ),
    }


@dataclass(slots=True)
class Fingerprint:
    """Everything matching needs to know about one text."""

    word_count: int
    content_hash: str  # of the normalised word sequence: equal for exact duplicates
    shingles: npt.NDArray[np.uint32]  # sorted, distinct
    signature: Signatures
    lead_signature: Signatures  # of the opening words; first lead_bands × lead_rows values
    # Shingle hash at every word position (len = word_count - shingle_words + 1, at least 1):
    # what verification needs to know which words a shared shingle covers.
    shingle_sequence: npt.NDArray[np.uint32]
    # What verification reads (match_view): captions left out, repeats counted once
    match: MatchView
    passage_keys: npt.NDArray[np.int64]  # distinct, sorted; see passage_keys()
    opening_keys: npt.NDArray[np.int64]  # distinct, sorted; see opening_keys()
    # distinct, sorted, none of them in opening_keys; see brief_window_keys()
    window_keys: npt.NDArray[np.int64] = field(default_factory=lambda: _NO_KEYS)

    def opening_index_keys(self) -> npt.NDArray[np.int64]:
        """What the index holds for the page under the opening kind: its opening keys and
        its brief windows, distinct and sorted."""
        if not len(self.window_keys):
            return self.opening_keys
        return sortedsets.union(self.opening_keys, self.window_keys)


def fingerprint_texts(texts: Sequence[str], hasher: MinHasher) -> list[Fingerprint | None]:
    """Fingerprints of many texts at once (None for a text without a single word)."""
    config = hasher.config
    word_lists = [words(text) for text in texts]
    present = [i for i, word_list in enumerate(word_lists) if word_list]
    # each distinct word of the batch hashed once (of the ~560 words of a one-day record, 85 %
    # are repeats within a chunk of 50 such records)
    hashes = WordHashes()
    sequences = [shingle_sequence(word_lists[i], config.shingle_words, hashes) for i in present]
    distinct = [np.unique(sequence, return_index=True) for sequence in sequences]
    shingles = [values for values, _ in distinct]
    matched = [
        match_view(texts[i], config, sequences[row], distinct[row], hashes)
        for row, i in enumerate(present)
    ]
    signatures = hasher.signatures(shingles)
    lead_perms = config.lead_bands * config.lead_rows
    leads = hasher.signatures(
        [
            sortedsets.distinct(_lead_sequence(word_lists[i], sequences[row], config, hashes))
            for row, i in enumerate(present)
        ]
    )[:, :lead_perms]
    result: list[Fingerprint | None] = [None] * len(texts)
    for row, i in enumerate(present):
        passage_keys, opening_keys = hasher.text_keys(texts[i], sequences[row], len(word_lists[i]))
        windows = hasher.brief_window_keys(sequences[row], len(word_lists[i]))
        result[i] = Fingerprint(
            word_count=len(word_lists[i]),
            content_hash=digest(" ".join(word_lists[i])),
            shingles=shingles[row],
            signature=signatures[row],
            lead_signature=leads[row],
            shingle_sequence=sequences[row],
            match=matched[row],
            passage_keys=passage_keys,
            opening_keys=opening_keys,
            window_keys=np.setdiff1d(windows, opening_keys, assume_unique=True),
        )
    return result


def _lead_sequence(
    word_list: Sequence[str],
    sequence: npt.NDArray[np.uint32],
    config: FingerprintConfig,
    hashes: WordHashes,
) -> npt.NDArray[np.uint32]:
    """:func:`shingle_sequence` of the first ``lead_words`` words of ``word_list``, whose whole
    sequence is ``sequence``: its head (the shingles wholly inside the lead) when the lead
    holds a whole shingle, else computed."""
    lead, width = config.lead_words, config.shingle_words
    if len(word_list) <= lead:
        return sequence
    if lead >= width:
        return sequence[: lead - width + 1]
    return shingle_sequence(word_list[:lead], width, hashes)


# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) or the CJK full
# stops, before whitespace; a line break always ends one.  Each match is a sentence break and
# holds no word character (the punctuation it takes belongs to no word), so the words between
# two matches are one sentence's.  Every match starts with one of its few characters, which
# the regex engine finds by a scan: 0.04 ms a one-day record, where the same breaks written as
# look-behinds (``(?<=[.!?])\s+|...``), tried at every character, cost 0.15 ms.
_SENTENCE_BREAK = re.compile(r"[.!?。！？][\"'”’)\]]?\s+|\n\s*|[。！？](?=\S)")


def _sentence_passages(
    sentence_words: Sequence[int], word_count: int, length: int, starts_before: int, most: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Word spans ``[first_i, last_i)`` of the passages of a document: each runs from a
    sentence start before ``starts_before`` to the first sentence end at least ``length`` words
    later; the first ``most`` of them.  None when the sentences do not add up to
    ``word_count`` words or the document is shorter than ``length``."""
    if sum(sentence_words) != word_count or word_count < length:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    starts = np.cumsum([0, *sentence_words[:-1]])
    ends_at = np.cumsum(sentence_words)
    stop = np.searchsorted(ends_at, starts + length, side="left")
    keep = (stop < len(ends_at)) & (starts < starts_before)
    return starts[keep][:most], ends_at[stop[keep]][:most]


def sentence_word_counts(text: str) -> list[int]:
    """Words (as :func:`words` counts them) in each sentence of ``text``, in order; sentences
    without a word are left out.  A night's repeated paragraphs are read once
    (:mod:`clipper.paragraphs`: a line break always ends a sentence)."""
    return _sentence_word_counts_by_paragraph(text)


def _sentence_word_counts(text: str) -> list[int]:
    """:func:`sentence_word_counts`, reading the whole of ``text``."""
    counts: list[int] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        count = len(_words(text[start : match.start()]))
        if count:
            counts.append(count)
        start = match.end()
    count = len(_words(text[start:]))
    if count:
        counts.append(count)
    return counts


def marked(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds a combining mark: only such a text has other
    :func:`words` than the rule before migration 0034 (``\\w`` runs) gave it."""
    return has_mark(unicodedata.normalize("NFKC", text).casefold())


def words(text: str) -> list[str]:
    """The normalised word sequence of ``text``: what fingerprints and content hashes see.

    NFKC, casefold; a word is a run of ``\\w`` characters and combining marks (Hindi "मिश्रा"
    is one word: Python's ``\\w`` alone cut it into "म", "श", "र"), Arabic harakat and Hebrew
    points left out (:data:`clipper.scripts.OPTIONAL_POINTS`), casefold's "i̇" of Turkish "İ"
    read "i"; each character of a script written without spaces is a word of its own.  A
    night's repeated paragraphs are read once (:mod:`clipper.paragraphs`: NFKC composes
    nothing across a line break, case folding and the points' removal look at one character,
    and a word starts with a word character, so none runs across a line break)."""
    return _words_by_paragraph(text)


def _words(text: str) -> list[str]:
    """:func:`words`, reading the whole of ``text``; one without a combining mark is split by
    ``_WORD`` alone."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    if not has_mark(normal):
        return _WORD.findall(normal)
    # casefold writes Turkish "İ" as "i" + combining dot above: "İstanbul" reads "istanbul"
    return _marked_word().findall(OPTIONAL_POINTS.sub("", normal).replace("i\u0307", "i"))


@functools.cache
def _marked_word() -> re.Pattern[str]:
    # a word starts with a word character: a mark after a space, a symbol or an emoji (its
    # variation selector U+FE0F is one) belongs to no word, as before
    letter = rf"[^\W{UNSPACED}]"
    return re.compile(rf"[{UNSPACED}]|{letter}(?:{letter}|[{marks_class(UNSPACED)}])*")


_words_by_paragraph = ByParagraph(_words)
_sentence_word_counts_by_paragraph = ByParagraph(_sentence_word_counts)


def shingle_hashes(word_list: Sequence[str], shingle_words: int) -> npt.NDArray[np.uint32]:
    """Distinct 32-bit hashes of the word shingles of one document, sorted.

    A document shorter than one shingle is a single shingle of all its words.
    """
    return sortedsets.distinct(shingle_sequence(word_list, shingle_words))


def shingle_sequence(
    word_list: Sequence[str], shingle_words: int, hashes: WordHashes | None = None
) -> npt.NDArray[np.uint32]:
    """The 32-bit hash of the shingle starting at each word position (repeats kept).

    ``hashes``: a :class:`WordHashes` shared by the calls of one batch, so that a word the
    batch repeats is hashed once."""
    if shingle_words > len(_POSITION_MULTIPLIERS):
        raise ValueError(f"shingle_words must be at most {len(_POSITION_MULTIPLIERS)}")
    if not word_list:
        return np.empty(0, dtype=np.uint32)
    word_hashes = np.fromiter(
        map((WordHashes() if hashes is None else hashes).__getitem__, word_list),
        dtype=np.uint64,
        count=len(word_list),
    )
    width = min(shingle_words, len(word_list))
    count = len(word_list) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for position in range(width):
        combined += word_hashes[position : position + count] * _POSITION_MULTIPLIERS[position]
    return (combined ^ (combined >> np.uint64(32))).astype(np.uint32)


class WordHashes(dict[str, int]):
    """Word → ``zlib.crc32`` of its UTF-8 bytes (the scheme's word hash), each word computed
    on its first look-up: a per-batch memo, so a batch's word hashes cost one C-level dict
    look-up a word, not three Python calls."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        return value


class MatchView(NamedTuple):
    """What verification reads of a page (``match.Candidate``): :func:`match_view`."""

    # shingle hashes, the text's caption lines left out, each shingle at its first position
    sequence: npt.NDArray[np.uint32]
    # where each starts, in words of the whole text; None: 0, 1, 2 … (nothing left out)
    positions: npt.NDArray[np.int64] | None
    # the distinct shingles the page holds as the longer page of a pair, when more than its
    # sequence's (its captions'), sorted; None: its sequence's
    held: npt.NDArray[np.uint32] | None
    # the sequence's distinct shingles, sorted, when known (None: np.unique of it)
    shingles: npt.NDArray[np.uint32] | None = None


def match_view(
    text: str,
    config: FingerprintConfig,
    sequence: npt.NDArray[np.uint32] | None = None,
    distinct: tuple[npt.NDArray[np.uint32], npt.NDArray[np.intp]] | None = None,
    hashes: WordHashes | None = None,
) -> MatchView:
    """The page as verification reads it: the :func:`shingle_sequence` of ``text`` without
    its sign-off lines (:func:`clipper.signoffs.signs_off`, a copyright notice of the
    language tables: :meth:`clipper.furniture.Matchers.is_rights`) when the rest holds a
    shingle, and without its photo-caption lines too (:func:`body_words`) when the rest holds
    ``caption_body_share`` of its distinct shingles (not a gallery), each shingle at its
    first position only (:func:`first_positions`), with where each starts in the text; when
    lines were left out, also the shingles of the text as written (``held``: a caption a
    copy's scraper ran into a line of its story, so kept there, is still covered).
    ``sequence``: the whole text's shingle sequence, and ``distinct`` its
    ``np.unique(…, return_index=True)``, when the caller has them; ``hashes``: the batch's
    :class:`WordHashes`."""
    if sequence is None:
        sequence = shingle_sequence(words(text), config.shingle_words, hashes)
    shingles, own, at = first_positions(sequence, distinct)
    whole = MatchView(own, None if len(own) == len(sequence) else at, None, shingles)
    unsigned, body = body_words(text, config.caption_body_words, config.shingle_words)
    if unsigned is None and body is None:
        return whole
    base = (
        first_positions(shingle_sequence(unsigned[0], config.shingle_words, hashes))
        if unsigned is not None
        else (shingles, own, at)
    )
    if body is not None:
        view = first_positions(shingle_sequence(body[0], config.shingle_words, hashes))
        if len(view[1]) >= config.caption_body_share * len(base[1]):
            # a caption line's shingles stay held (a copy that ran it into its story's line
            # is still covered); a sign-off's are in no part of the page two pages share
            kept_shingles, kept, kept_at = view
            held = sortedsets.union(base[0], kept_shingles)
            return MatchView(kept, body[1][kept_at], held, kept_shingles)
        # mostly captions: a gallery, whose captions stay
    if unsigned is None:
        return whole
    kept_shingles, kept, kept_at = base
    return MatchView(kept, unsigned[1][kept_at], None, kept_shingles)


_Kept = tuple[list[str], npt.NDArray[np.int64]]


def body_words(text: str, least: int, shortest: int = 1) -> tuple[_Kept | None, _Kept | None]:
    """What verification may read of ``text``, as its :func:`words` with the index of each
    among the words of the whole text: (its lines but its sign-off lines, :func:`_line_marks`,
    and a sign-off run into a line's end, :func:`clipper.signoffs.run_in_sign_off`, when the
    rest holds at least ``shortest`` words, else None; that but its photo captions too,
    ``clipper.captions.is_photo_caption``, when it holds at least ``least`` words, else
    None).  (None, None): the whole text counts (no such line, a gallery of captions alone,
    a notice alone)."""
    lines = text.split("\n")
    tables = matchers()
    marks = [_line_marks(line, tables) for line in lines]
    captions = [caption for caption, _ in marks]
    # how many of each line's words are not a sign-off (None: all)
    unsigned_words = [unsigned for _, unsigned in marks]
    signed = any(n is not None for n in unsigned_words)
    if not any(captions) and not signed:
        return None, None
    per_line = [words(line) for line in lines]
    counts = [len(line) for line in per_line]
    starts = np.cumsum(counts) - np.asarray(counts, dtype=np.int64)
    if signed and sum(n if k is None else k for n, k in zip(counts, unsigned_words,
                                                            strict=True)) < shortest:
        unsigned_words, signed = [None] * len(lines), False

    def keep(with_captions: bool) -> _Kept:
        body: list[str] = []
        where = [np.empty(0, dtype=np.int64)]
        for line, caption, kept, start, n in zip(
            per_line, captions, unsigned_words, starts.tolist(), counts, strict=True
        ):
            if caption and not with_captions:
                continue
            n = n if kept is None else kept
            body.extend(line[:n])
            where.append(np.arange(start, start + n, dtype=np.int64))
        return body, np.concatenate(where)

    unsigned = keep(True) if signed else None
    body = None
    if any(c and k != 0 for c, k in zip(captions, unsigned_words, strict=True)):
        body = keep(False)
        if len(body[0]) < least:
            body = None
    return unsigned, body


@line_memo(LINES_KEPT)
def _line_marks(line: str, tables: Matchers) -> tuple[bool, int | None]:
    """What :func:`body_words` reads of one line (for the furniture ``tables`` in use: a kept
    answer belongs to them): whether it is a photo caption, and how many of its words are not
    a sign-off (0: the line is one, a line a wire or a desk signs with or a copyright notice,
    the same under every text it sends, so no part of a text two pages share; the words
    before a sign-off run into its end; None: all).  A night's lines recur (wire paragraphs,
    a site's furniture), so each is read once a process (:func:`clipper.paragraphs.line_memo`):
    the copyright notice's look-up alone cost ~25 µs a short line (its tables' phrases in 20
    languages, searched without case)."""
    caption = is_photo_caption(" ".join(line.split()))
    if signs_off(line) or tables.is_rights(line.strip()):
        return caption, 0
    at = run_in_sign_off(line)
    return caption, None if at is None else len(words(line[:at]))


def first_positions(
    sequence: npt.NDArray[np.uint32],
    distinct: tuple[npt.NDArray[np.uint32], npt.NDArray[np.intp]] | None = None,
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """``(shingles, sequence, positions)``: the distinct shingles of ``sequence``, sorted, and
    ``sequence`` with each shingle at its first position only, in order, with those
    positions: a run of text repeated inside one page counts once (its length, and its words
    as shared text).  ``distinct``: ``np.unique(sequence, return_index=True)``, when known."""
    shingles, first = np.unique(sequence, return_index=True) if distinct is None else distinct
    at = np.sort(first).astype(np.int64)
    return shingles, sequence[at], at


class MinHasher:
    """Computes datasketch-compatible MinHash signatures for many documents at once."""

    def __init__(self, config: FingerprintConfig) -> None:
        self.config = config
        from datasketch import MinHash

        reference = MinHash(num_perm=config.num_perm, seed=config.seed, scheme=SCHEME)
        a, b = reference.permutations
        self._a = np.asarray(a, dtype=np.uint32)
        self._b = np.asarray(b, dtype=np.uint32)

    def signatures(self, documents: Sequence[npt.NDArray[np.uint32]]) -> Signatures:
        """One row of ``num_perm`` uint32 per document (shingle-hash arrays, each non-empty)."""
        result = np.empty((len(documents), self.config.num_perm), dtype=np.uint32)
        # Sized to the input: a whole _SHINGLE_CHUNK (32 MB) costs ~2 ms to map and touch,
        # which a worker's chunk of two HTML pages would pay for a few thousand shingles.
        needed = min(_SHINGLE_CHUNK, sum(len(doc) for doc in documents))
        scratch = np.empty((self.config.num_perm, needed), dtype=np.uint32)
        start = 0
        while start < len(documents):
            # Take whole documents until the chunk holds _SHINGLE_CHUNK shingles.
            stop, total = start, 0
            while stop < len(documents) and (stop == start or total < _SHINGLE_CHUNK):
                total += len(documents[stop])
                stop += 1
            chunk = documents[start:stop]
            if any(len(doc) == 0 for doc in chunk):
                raise ValueError("cannot fingerprint a document without shingles")
            hashes = _fmix32(np.concatenate(chunk))
            if total > scratch.shape[1]:
                scratch = np.empty((self.config.num_perm, total), dtype=np.uint32)
            # Permutations × shingles keeps each permutation's row contiguous, which makes the
            # per-document min-reduction an order of magnitude faster than shingles × perms.
            permuted = scratch[:, :total]
            np.multiply(self._a[:, None], hashes[None, :], out=permuted)
            permuted += self._b[:, None]  # uint32 wrap-around is the modulo 2^32
            offsets = np.cumsum([0] + [len(doc) for doc in chunk[:-1]])
            result[start:stop] = np.minimum.reduceat(permuted, offsets, axis=1).T
            start = stop
        return result

    def text_keys(
        self, text: str, sequence: npt.NDArray[np.uint32], word_count: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(passage keys, opening keys) of ``text``, whose :func:`shingle_sequence` is
        ``sequence`` over ``word_count`` words."""
        sentences = sentence_word_counts(text)
        return (
            self.passage_keys(sequence, sentences, word_count),
            self.opening_keys(sequence, sentences, word_count),
        )

    def passage_keys(
        self, sequence: npt.NDArray[np.uint32], sentence_words: Sequence[int], word_count: int
    ) -> npt.NDArray[np.int64]:
        """Distinct passage keys of one document (see the module docstring).

        ``sequence`` is the document's :func:`shingle_sequence`, ``sentence_words`` its
        :func:`sentence_word_counts`; a document whose sentences do not add up to
        ``word_count`` words (which :func:`words` would only produce on exotic input) and a
        document shorter than one passage have no passage keys.
        """
        config = self.config
        first, last = _sentence_passages(
            sentence_words, word_count, config.passage_words, word_count, config.passage_max
        )
        return self._passage_band_keys(sequence, first, last, index=2)

    def opening_keys(
        self, sequence: npt.NDArray[np.uint32], sentence_words: Sequence[int], word_count: int
    ) -> npt.NDArray[np.int64]:
        """Distinct *opening* passage keys of one document (see the module docstring).

        Short passages (``opening_passage_words`` words, to a sentence end) from every
        sentence that starts within the first ``opening_words`` words, at most
        ``opening_max`` of them; same arguments as :meth:`passage_keys`.
        """
        config = self.config
        first, last = _sentence_passages(
            sentence_words,
            word_count,
            config.opening_passage_words,
            config.opening_words,
            config.opening_max,
        )
        return self._passage_band_keys(sequence, first, last, index=3)

    def brief_window_keys(
        self, sequence: npt.NDArray[np.uint32], word_count: int
    ) -> npt.NDArray[np.int64]:
        """Distinct keys of every run of at least ``opening_passage_words`` words of a page of
        at most ``brief_window_words`` words, each made as an opening passage's key over the
        same words (see the module docstring); none for a longer page.  ``sequence`` is the
        page's :func:`shingle_sequence` over ``word_count`` words."""
        config = self.config
        length = config.opening_passage_words
        if word_count > config.brief_window_words or word_count < length:
            return np.empty(0, dtype=np.int64)
        first, last = np.triu_indices(word_count + 1, length)
        return self._passage_band_keys(sequence, first.astype(np.int64), last.astype(np.int64), 3)

    def _passage_band_keys(
        self,
        sequence: npt.NDArray[np.uint32],
        first: npt.NDArray[np.int64],
        last: npt.NDArray[np.int64],
        index: int,
    ) -> npt.NDArray[np.int64]:
        """One ``passage_rows``-row band key per passage ``[first_i, last_i)`` (word
        positions) of a document with shingle sequence ``sequence``, distinct and sorted."""
        config = self.config
        width = config.shingle_words
        if not len(first):
            return np.empty(0, dtype=np.int64)
        # Shingles wholly inside the passage start at first .. last - width.
        lo, hi = first, np.maximum(last - width + 1, first + 1)
        rows = config.passage_rows
        hashes = _fmix32(sequence)
        permuted = self._a[:rows, None] * hashes[None, :] + self._b[:rows, None]
        bounds = np.empty(2 * len(lo), dtype=np.int64)
        bounds[0::2], bounds[1::2] = lo, np.minimum(hi, len(sequence))
        if bounds[-1] == len(sequence):
            permuted = np.hstack([permuted, np.zeros((rows, 1), dtype=np.uint32)])
        minima = np.minimum.reduceat(permuted, bounds, axis=1)[:, 0::2].T
        keys = band_keys(np.ascontiguousarray(minima), 1, rows, index=index)
        return sortedsets.distinct(keys)

    def lean_minhash(self, signature: Signatures) -> LeanMinHash:
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.config.seed, hashvalues=signature, scheme=SCHEME)


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before permuting."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def band_keys(
    signatures: Signatures, bands: int, rows: int, index: int = 0
) -> npt.NDArray[np.int64]:
    """``(n, bands)`` signed 64-bit keys, one per LSH band of each signature.

    ``index`` tells independent band sets apart (0: full text, 1: lead) so their keys never
    collide in the shared table.
    """
    n = signatures.shape[0]
    banded = signatures[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    band_index = np.arange(bands, dtype=np.uint64) + np.uint64(1 + 1024 * index)
    keys = np.broadcast_to(band_index * _BAND_SALT, (n, bands)).copy()
    for row in range(rows):
        keys ^= banded[:, :, row] + _ROW_SALTS[row]
        keys *= np.uint64(0xFF51AFD7ED558CCD)
        keys ^= keys >> np.uint64(33)
    return keys.view(np.int64)


def index_keys(
    signatures: Signatures, lead_signatures: Signatures, config: FingerprintConfig
) -> npt.NDArray[np.int64]:
    """All LSH keys stored for each page: the full-text bands, then the lead bands."""
    return np.hstack(
        [
            band_keys(signatures, config.lsh_bands, config.lsh_rows, 0),
            band_keys(lead_signatures, config.lead_bands, config.lead_rows, 1),
        ]
    )


def signature_to_bytes(signature: Signatures) -> bytes:
    return np.asarray(signature, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> Signatures:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def similarity(
    shingles_a: npt.NDArray[np.uint32], shingles_b: npt.NDArray[np.uint32]
) -> tuple[float, float]:
    """Exact (Jaccard, containment of the smaller set in the larger) of two shingle sets.

    Candidates are verified exactly rather than on signatures: at the low Jaccard of a brief
    (≈0.2) a 128-permutation estimate errs by ±0.035, and containment derived from it by ±17%.
    """
    small, large = sorted((shingles_a, shingles_b), key=len)
    common = int(np.count_nonzero(shingle_hits(small, large))) if len(large) else 0
    smaller = min(len(shingles_a), len(shingles_b))
    union = len(shingles_a) + len(shingles_b) - common
    return (common / union if union else 1.0), (common / smaller if smaller else 1.0)


def coverage(
    sequence: npt.NDArray[np.uint32],
    other_shingles: npt.NDArray[np.uint32],
    shingle_words: int,
    head: float = 1.0,
) -> float:
    """Share of one document's words that lie inside a shingle the other document also has.

    ``sequence`` is the first document's :func:`shingle_sequence`, ``other_shingles`` the
    second's sorted distinct shingles; with ``head`` < 1 only the first ``head`` share of the
    first document's words counts.  This is containment measured on words rather than on
    shingles: one edited word breaks the ``shingle_words`` shingles around it, which lowers
    shingle containment by ``shingle_words`` shingles but word coverage by one word, so a copy
    with 3 % of its words edited keeps a coverage ≈ 0.97 where its shingle containment falls to
    ≈ 0.85.  Independently written reports of one event share names and phrases, rarely five
    words in a row: at most 0.47 on same-story-pairs (shingle containment 0.35), 0.49 over the
    first 60 % of the shorter report.
    """
    return hits_coverage(shingle_hits(sequence, other_shingles), shingle_words, head)


def shingle_hits(
    sequence: npt.NDArray[np.uint32], other_shingles: npt.NDArray[np.uint32]
) -> npt.NDArray[np.bool_]:
    """For each entry of ``sequence``, whether the sorted distinct ``other_shingles`` hold it:
    a binary search per entry, no sort of either side."""
    if not len(other_shingles):
        return np.zeros(len(sequence), dtype=np.bool_)
    at = np.minimum(np.searchsorted(other_shingles, sequence), len(other_shingles) - 1)
    return np.asarray(other_shingles[at] == sequence)


def hits_coverage(hit: npt.NDArray[np.bool_], shingle_words: int, head: float = 1.0) -> float:
    """:func:`coverage` from :func:`shingle_hits` of the first document's sequence (so that
    verification computes the hits of a pair once for its coverage, head and offset)."""
    if not len(hit):
        return 0.0
    width = shingle_words if len(hit) > 1 else 1
    covered = np.convolve(hit.astype(np.int32), np.ones(width, dtype=np.int32))
    if head < 1.0:
        covered = covered[: max(1, int(np.ceil(head * len(covered))))]
    return float(np.count_nonzero(covered)) / len(covered)
