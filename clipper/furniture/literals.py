"""The literals a pre-scan looks for: for some regular-expression phrases, folded literals one
of which every match holds (:func:`literal_hint`), and the folding that compares them
(:func:`fold`).  A line holding none of a phrase's literals cannot match it, and most lines
hold none: a substring test or one Aho-Corasick pass instead of trying every phrase."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Required literals shorter than this are not worth a pre-scan (2: CJK words, "隐私").
_HINT_MIN_CHARS = 2


# Characters that case-insensitive ``re`` matching treats as one letter but ``str.lower`` does
# not map together (CPython's ``re._casefix``: dotless i, long s, Greek symbol forms, final
# sigma, old Cyrillic forms...).  Applied after lowering; İ is lowered to i first, as ``re``
# does (``str.lower`` gives i + a combining dot).
_FOLD = str.maketrans({
    "ı": "i", "ſ": "s", "µ": "μ", "\u0345": "ι", "\u1fbe": "ι", "\u1fd3": "\u0390",
    "\u1fe3": "\u03b0", "ϐ": "β", "ϵ": "ε", "ϑ": "θ", "ϰ": "κ", "ϖ": "π", "ϱ": "ρ", "ς": "σ",
    "ϕ": "φ", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т", "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ",
    "ᲈ": "ꙋ", "ẛ": "ṡ", "ﬅ": "ﬆ",
})  # fmt: skip
# The letters and digits an Arabic-script table's phrase takes in any of their forms
# (:func:`clipper.furniture.keyboards.letter_forms`: ``ي`` and ``ی``, ``ك`` and ``ک``, ``أ`` and
# ``ا``, ``۴`` and ``٤`` and ``4``) as one, and the zero-width non-joiner and clipper's stand-in
# for it as the space a phrase takes for them: a class of such forms stays a literal of its
# phrase.  One character for one, so a folded line's spans are the line's.
_FOLD.update(str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06c1": "\u0647",
    "\u06c0": "\u0647", "\u0629": "\u0647", "\u0623": "\u0627", "\u0625": "\u0627",
    "\u0622": "\u0627", "\u0671": "\u0627", "\u200c": " ", "\u034f": " ",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
}))  # fmt: skip


# Those characters as a class: most texts hold none, and ``str.translate`` with a dictionary
# looks up every character (~35 µs per 1,000 characters), where a class scans in C.
_FOLD_CHARS = re.compile("[" + "".join(map(chr, _FOLD)) + "]")


def fold(text: str) -> str:
    """``text`` with every letter in one form per class of ``re.IGNORECASE`` matching: a
    phrase matching a span case-insensitively means the folded span equals the folded
    phrase (tests/test_furniture_languages.py checks this for every character of every
    consent literal against all of Unicode)."""
    if text.isascii():
        return text.lower()
    text = text.replace("İ", "i").lower()
    return text.translate(_FOLD) if _FOLD_CHARS.search(text) else text


# The hints found in this process, by (patterns, flags): :func:`literal_hint` finds each once,
# and :func:`remembered_hints` fills it from the cache folder.
_FOUND: dict[tuple[tuple[str, ...], int], tuple[str, ...] | None] = {}
# The keys asked for within :func:`remembered_hints` (None outside it).
_ASKED: set[tuple[tuple[str, ...], int]] | None = None


def literal_hint(patterns: Sequence[str], flags: re.RegexFlag) -> tuple[str, ...] | None:
    """Folded literals one of which every match of any of ``patterns`` contains, else None.

    Each literal is a run of plain characters that a phrase cannot match without (found in
    the parsed pattern).  Compared folded (:func:`fold`), a line holding a match holds its
    literal, so the pre-scan never rejects a line the phrase would match.  Found once per
    process for the same patterns and flags (see :func:`remembered_hints` for later ones).
    """
    key = (tuple(patterns), int(flags))
    if _ASKED is not None:
        _ASKED.add(key)
    if key in _FOUND:
        return _FOUND[key]
    hint = _FOUND[key] = _found_hint(patterns, flags)
    return hint


def _found_hint(patterns: Sequence[str], flags: re.RegexFlag) -> tuple[str, ...] | None:
    literals: set[str] = set()
    for pattern in patterns:
        try:
            found = _required_literals(_sre_parser().parse(pattern, flags))
        except Exception:  # the parser is CPython's and unversioned: then no pre-scan
            return None
        if found is None:
            return None
        literals |= found
    if not literals:
        return None
    return tuple(sorted({fold(literal) for literal in literals}))


@contextmanager
def remembered_hints() -> Iterator[None]:
    """Within it, :func:`literal_hint` answers from the hints an earlier process found, kept
    in the cache folder (:mod:`clipper.cachedir`: ``literal-hints-VERSION.json``, VERSION
    naming this Python and this module's source, whose parser and rules make them), and the
    hints asked for are kept there for the next, when one had to be found: every furniture
    table's ~1,270 phrases and unions cost ~0.4 s CPU to parse at each ``dedupe``'s start
    (:func:`clipper.furniture.compiled.matchers`), ~2 ms to read back (session 44).  Only a
    cache: a hint is keyed by its patterns and flags, and a file missing, damaged or of
    another shape is found again."""
    from clipper import cachedir

    global _ASKED
    name = f"literal-hints-{_hints_version()}.json"
    kept = cachedir.read_json(name)
    for entry in kept if isinstance(kept, list) else []:
        if _well_formed(entry):
            patterns, flags, hint = entry
            _FOUND.setdefault((tuple(patterns), flags), None if hint is None else tuple(hint))
    known = set(_FOUND)
    outer, _ASKED = _ASKED, set()
    asked = _ASKED
    try:
        yield
    finally:
        _ASKED = outer
        if outer is not None:  # within another: its keys too
            outer |= asked
    if not asked <= known:
        value = [[list(key[0]), key[1], _FOUND[key]] for key in sorted(asked)]
        cachedir.write_json(name, value, family="literal-hints-*.json")
    elif kept is not None:
        cachedir.drop_stale(cachedir.cache_dir() / name, "literal-hints-*.json")


def _well_formed(entry: Any) -> bool:
    """Whether ``entry`` of the hints' file is ``[patterns, flags, hint or None]``."""
    if not (isinstance(entry, list) and len(entry) == 3):
        return False
    patterns, flags, hint = entry
    return (
        isinstance(patterns, list)
        and all(isinstance(p, str) for p in patterns)
        and isinstance(flags, int)
        and (hint is None or (isinstance(hint, list) and all(isinstance(h, str) for h in hint)))
    )


def _hints_version() -> str:
    """This Python's version and this module's source, digested: what the hints depend on
    (the parser is CPython's, the folding its Unicode tables)."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def _sre_parser() -> Any:
    from re import _parser  # type: ignore[attr-defined]

    return _parser


def _required_literals(sequence: Any) -> set[str] | None:
    """Literals one of which every match of the parsed ``sequence`` contains, or None.

    Picks, among the sequence's literal runs and the groups, alternations and repeats (at
    least once) whose alternatives each have such literals, the option with the longest
    shortest literal.
    """
    from re import _constants as sre  # type: ignore[attr-defined]

    best: set[str] | None = None

    def consider(option: set[str] | None) -> None:
        nonlocal best
        if option and (best is None or min(map(len, option)) > min(map(len, best))):
            best = option

    run: list[str] = []
    for op, arg in [*list(sequence), (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.IN and (letter := _one_folded(arg, sre)) is not None:
            run.append(letter)  # a class of one letter's forms ("[یيى]")
            continue
        if len(run) >= _HINT_MIN_CHARS:
            consider({"".join(run)})
        run = []
        if op is sre.SUBPATTERN:
            consider(_required_literals(arg[-1]))
        elif op is sre.BRANCH:
            options = [_required_literals(alternative) for alternative in arg[1]]
            if all(options):
                consider(set().union(*options))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            consider(_required_literals(arg[2]))
    return best


def _one_folded(members: Any, sre: Any) -> str | None:
    """The one folded form (:func:`fold`) of a parsed class's ``members`` when each is a
    letter folding to it ("[یيى]", "[ \u200c]"), else None."""
    if not members or any(op is not sre.LITERAL for op, _ in members):
        return None
    folded = {fold(chr(code)) for _, code in members}
    return folded.pop() if len(folded) == 1 else None


class GatedSearch:
    """Whether any of some phrases (regular expressions) is found in a line, or matches all of
    it: what the search (the full match) of their alternation says, each phrase tried only on
    a line holding one of its literals (:func:`literal_hint` of the phrase alone, found with
    all the others in one overlapping Aho-Corasick pass over the folded line; a phrase
    without such literals is always tried).  An alternation of phrases opening with ``\\b``
    is tried at every position of the line (~1.3 µs a phrase and 100 characters: the ~110
    ``consent_weak`` phrases, ~450 µs a paragraph of 340 characters), where a phrase whose
    literal is absent cannot match."""

    def __init__(self, phrases: Sequence[str], flags: re.RegexFlag) -> None:
        from ahocorasick_rs import AhoCorasick

        # compiled on first need (:meth:`GatedSearch._pattern`): a phrase is tried only on a
        # line holding its literal, and most never are in a run (compiling every phrase of the
        # furniture tables up front was ~1.2 s CPU of every dedupe's start-up, newcomer 41)
        self._sources = list(phrases)
        self._flags = flags
        self._phrases: list[re.Pattern[str] | None] = [None] * len(phrases)
        self._always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for at, phrase in enumerate(phrases):
            hint = literal_hint([phrase], flags)
            if hint is None:
                self._always.append(at)
            else:
                for literal in hint:
                    by_literal.setdefault(literal, []).append(at)
        literals = sorted(by_literal)
        self._by_literal = [by_literal[literal] for literal in literals]
        self._finder = AhoCorasick(literals) if literals else None

    def search(self, line: str, folded: str | None = None) -> bool:
        """Whether one of the phrases is found in ``line`` (``folded``: its :func:`fold`, when
        the caller has it)."""
        return any(self._pattern(at).search(line) is not None for at in self._tried(line, folded))

    def fullmatch(self, line: str) -> bool:
        """Whether one of the phrases matches the whole of ``line``: what the alternation's
        ``fullmatch`` says."""
        return any(self._pattern(at).fullmatch(line) is not None for at in self._tried(line, None))

    def _pattern(self, at: int) -> re.Pattern[str]:
        """Phrase ``at``, compiled the first time it is tried."""
        pattern = self._phrases[at]
        if pattern is None:
            pattern = self._phrases[at] = re.compile(self._sources[at], self._flags)
        return pattern

    def _tried(self, line: str, folded: str | None) -> list[int]:
        """The phrases that may match ``line``, in their order."""
        if self._finder is None:
            return self._always
        found = self._finder.find_matches_as_indexes(
            fold(line) if folded is None else folded, overlapping=True
        )
        if not found:
            return self._always
        by_literal = self._by_literal
        return sorted({*self._always, *(at for lit, _, _ in found for at in by_literal[lit])})
