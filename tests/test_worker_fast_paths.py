"""The cleaning workers' per-record fast paths give what the straightforward code gave, bit for
bit, on varied inputs (several languages and scripts): the batch's word-hash memo and the lead
shingles taken from the whole text's (clipper.fingerprint), story terms classified by one map
(clipper.stories.tokens.terms), the cached template line keys (clipper.templates), and the
language identifier's table in row order (clipper.language)."""

from __future__ import annotations

import zlib
from collections import Counter

import numpy as np
from datasketch import MinHash

from clipper.config import FingerprintConfig
from clipper.fingerprint import fingerprint_texts
from clipper.language import identify, stored_language
from clipper.minhash import MinHasher
from clipper.shingles import WordHashes, shingle_hashes, shingle_sequence
from clipper.stories.tokens import NAME_JOINERS, _classify, _split, _terms, terms
from clipper.templates import _candidate, line_key, short_line_keys
from clipper.words import words

# Invented lines in several languages and scripts, with names, numbers, hyphens, apostrophes,
# curly quotes, furniture lines, captions and repeats.
LINES = [
    "Harbor Council Approves New Ferry Schedule",
    "The harbor council voted on Tuesday to add two early ferry crossings, answering "
    "commuters who said the first boat left too late for the morning shift at 6.45 a.m.",
    "Mayor Ana-Luísa O’Hara said the $3,200,000 plan “won’t raise fares” in 2025.",
    "Share this article",
    "Read also: Bridge repairs delayed",
    "(AP Photo/Jane Roe)",
    "Der Stadtrat von Köln beschloss am Dienstag eine neue Fährverbindung über den Rhein.",
    "Straße, STRASSE und Maßnahmen: Ｆｕｌｌｗｉｄｔｈ ﬁne print.",
    "東京都は火曜日、新しいフェリーの時刻表を発表した。港湾局によると、運航は来月から始まる。",
    "有轨电车试运行将于下月开始，市政府表示票价不变。",
    "รถไฟฟ้าสายใหม่จะเปิดให้บริการในเดือนหน้า กรุงเทพมหานครกล่าว",
    "وافق مجلس المدينة يوم الثلاثاء على جدول جديد للعبارات في الميناء.",
    "Городской совет Казани одобрил новое расписание паромов во вторник.",
    "Ο δήμαρχος της Αθήνας ΣΊΣΥΦΟΣ είπε ότι το σχέδιο κοστίζει 3,5 εκατ. ευρώ.",
    "नगर परिषद ने मंगलवार को नई नौका समय सारणी को मंज़ूरी दी।",
    "New York City Council Member Jane Doe-Smith and U.S. Sen. John O'Neil met.",
    "Skip to content",
    "Photo: Harbor Wire",
    "1. First item",
    "",
]


def _texts() -> list[str]:
    """Texts of 1 to many lines, short and long (shorter and longer than the lead), in order
    and shuffled, some repeated."""
    rng = np.random.default_rng(16)
    texts = ["\n".join(LINES), LINES[0], LINES[8], LINES[9], "short", "", "…", LINES[1] * 5]
    for _ in range(40):
        picked = rng.choice(len(LINES), size=int(rng.integers(1, 12)), replace=True)
        texts.append("\n".join(LINES[i] for i in picked))
    return texts + texts[:5]


def _crc32_sequence(word_list: list[str], shingle_words: int) -> np.ndarray:
    """shingle_sequence as written before the memo: a crc32 call per word."""
    from clipper.shingles import _POSITION_MULTIPLIERS

    if not word_list:
        return np.empty(0, dtype=np.uint32)
    hashes = np.array(
        [zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in word_list], dtype=np.uint64
    )
    width = min(shingle_words, len(word_list))
    count = len(word_list) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for position in range(width):
        combined += hashes[position : position + count] * _POSITION_MULTIPLIERS[position]
    return (combined ^ (combined >> np.uint64(32))).astype(np.uint32)


def test_shingle_sequences_with_a_shared_memo_equal_a_crc32_per_word() -> None:
    memo = WordHashes()
    for width in (1, 3, 5):
        for text in _texts():
            word_list = words(text)
            expected = _crc32_sequence(word_list, width)
            assert np.array_equal(shingle_sequence(word_list, width, memo), expected)
            assert np.array_equal(shingle_sequence(word_list, width), expected)
    assert memo["東"] == zlib.crc32("東".encode())


def test_fingerprints_equal_the_per_text_computation_and_datasketch() -> None:
    for config in (
        FingerprintConfig(),
        FingerprintConfig(lead_words=3, shingle_words=5),
        FingerprintConfig(lead_words=12),
    ):
        hasher = MinHasher(config)
        texts = _texts()
        lead_perms = config.lead_bands * config.lead_rows
        for text, fingerprint in zip(texts, fingerprint_texts(texts, hasher), strict=True):
            word_list = words(text)
            if not word_list:
                assert fingerprint is None
                continue
            assert fingerprint is not None
            sequence = _crc32_sequence(word_list, config.shingle_words)
            assert np.array_equal(fingerprint.shingle_sequence, sequence)
            lead = shingle_hashes(word_list[: config.lead_words], config.shingle_words)
            reference = MinHash(
                num_perm=config.num_perm, seed=config.seed, scheme="affine32", hashfunc=lambda x: x
            )
            reference.update_batch(lead.tolist())
            assert np.array_equal(
                fingerprint.lead_signature, reference.hashvalues[:lead_perms].astype(np.uint32)
            )
            reference = MinHash(
                num_perm=config.num_perm, seed=config.seed, scheme="affine32", hashfunc=lambda x: x
            )
            reference.update_batch(np.unique(sequence).tolist())
            assert np.array_equal(fingerprint.signature, reference.hashvalues)


def _terms_one_token_at_a_time(text: str) -> list[str]:
    """terms() as written before the map: the token loop by index."""
    out: list[str] = []
    name: list[str] = []
    parts = _split(text)  # the tokens and separators terms() reads (marks kept in words)
    for i in range(1, len(parts), 2):
        if name and parts[i - 1] and parts[i - 1] != " ":
            if len(name) >= 2:
                out.append("n:" + " ".join(name))
            name.clear()
        term, folded = _classify(parts[i])
        if folded is not None:
            name.append(folded)
        elif name:
            if len(name) >= 2:
                out.append("n:" + " ".join(name))
            name.clear()
        if term is not None:
            if isinstance(term, str):
                out.append(term)
            else:
                out.extend(term)
    if len(name) >= 2:
        out.append("n:" + " ".join(name))
    return out


def test_story_terms_equal_the_token_loop() -> None:
    """The map reads the terms the token loop read; names joined by a connecting word ("Der
    Stadtrat von Köln" in a text of no stated language) are what terms() adds to them."""
    for text in [*_texts(), "Jane Doe", "Jane  Doe", "Jane\nDoe Smith", "iPhone发布 Apple Inc"]:
        loop = _terms_one_token_at_a_time(text)
        assert _terms(text, join=False) == loop
        added = Counter(terms(text))
        added.subtract(loop)
        assert all(count >= 0 for count in added.values()), text
        for term in +added:
            assert term.startswith("n:") and NAME_JOINERS & set(term[2:].split()), (term, text)
    assert "n:mayor ana-luísa o'hara" in terms(LINES[2])


def test_cached_template_line_keys_equal_the_checks_line_by_line() -> None:
    for max_words in (3, 12):
        for text in _texts():
            expected = {line_key(line) for line in text.split("\n") if _candidate(line, max_words)}
            assert short_line_keys(text, max_words) == expected
            assert short_line_keys(text, max_words) == expected  # the cached answers
    assert line_key("Share this article") in short_line_keys("\n".join(LINES), 12)


def test_language_identifier_table_is_in_row_order_with_the_same_scores() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from clipper.language import _identifier

    assert _identifier().nb_ptc.flags.c_contiguous  # the layout that makes scoring fast
    # the library's own layout after the same restriction: the same language and probability,
    # bit for bit
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages([code for code in reference.labels if len(code) == 2])
    assert not reference.nb_ptc.flags.c_contiguous
    samples = [line for line in LINES if len(line) > 20] + _texts()[:10] + ["\n".join(LINES)]
    for sample in samples:
        code, probability = reference.classify(sample)
        assert identify(sample) == (stored_language(str(code)), float(probability))
