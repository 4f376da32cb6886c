"""The language of a page that does not declare one (a text dump, a JSONL record without a
``language`` field, HTML without ``lang``), identified from its text with py3langid (Lui &
Baldwin's langid.py, a naive Bayes model over byte n-grams trained on 97 languages; here
restricted to the languages with an ISO 639-1 code, as clipper stores them).

Used for ``--lang`` filters and the story stage's per-language word weights: before, an
undeclared page was filtered out by every ``--lang`` and weighed as English.  The model loads
once per process, on the first page that needs it (about 1 s); a page costs about 0.2 ms (its
first :data:`SAMPLE_CHARS` characters).  Deterministic: a pure function of the text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Characters of a page's text the identifier reads: a few sentences tell the language.
SAMPLE_CHARS = 600
# Fewer characters than this say too little (a headline, a caption): no language.
MIN_CHARS = 40
# Normalised probability the identifier must give its best language (below it, on mixed or
# short texts, a wrong language would hide the page from a --lang filter that would find it).
MIN_CONFIDENCE = 0.9


# One language, two codes: Norwegian ("no", the macrolanguage: what py3langid names it and what
# many pages declare) is stored as Bokmål ("nb", what about nine in ten Norwegian texts are
# written in, and the language wordfreq's Norwegian word weights are for), so a `--lang nb`
# filter finds an identified page and `--lang no` a declared one.  Nynorsk ("nn") stays itself.
STORED_AS = {"no": "nb"}


def stored_language(code: str) -> str:
    """The code clipper stores and compares for the primary language subtag ``code`` (lower
    case): itself, or its stored form in :data:`STORED_AS`."""
    return STORED_AS.get(code, code)


def spellings(code: str) -> tuple[str, ...]:
    """Every code a page of the stored language ``code`` may carry in an archive: itself and
    the codes stored as it (pages stored before :data:`STORED_AS` keep "no")."""
    return (code, *sorted(k for k, v in STORED_AS.items() if v == code))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # ISO 639-1 languages only ("zh", not Wu Chinese's "wuu" for a Mandarin text)
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    return identifier


def unload() -> None:
    """Let go of the identifier's model in this process (about 95 MB resident: py3langid's
    arrays and its n-gram automaton); the next :func:`detect_language` loads it again.

    ``dedupe``'s main process loads the model only to hand it to the cleaning workers it
    forks (:func:`clipper.workers.warm_up`), which keep their inherited copy; the main process
    itself identifies no language, so it lets go of the model once they are started."""
    _identifier.cache_clear()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in (as stored:
    :func:`stored_language`), or None when it is shorter than :data:`MIN_CHARS` or the
    identifier is less sure than :data:`MIN_CONFIDENCE`."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    code, confidence = _identifier().classify(sample)
    return stored_language(str(code)) if confidence >= MIN_CONFIDENCE else None
