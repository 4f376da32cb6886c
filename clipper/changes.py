"""How one text of an article differs from another, paragraph by paragraph: what ``clipper
show`` says of each variant against its canonical ("trimmed (kept 3 of 9 paragraphs)",
"1 paragraph edited", "+2 paragraphs", "headline changed", "exact copy"), and of an earlier or
later text of the canonical's own page.

Paragraphs are compared whitespace- and case-blind and with the fingerprint's spelling
variants folded (:func:`clipper.spelling.folded`), first verbatim (as multisets), then the
leftovers paired as edits when difflib's ratio over their words is at least ``_EDITED_RATIO``
or one holds the other (``_EDITED_CONTAINED`` of the shorter one's words in difflib's matching
blocks).  :func:`paragraph_diff` shows two texts' differences as a unified diff
(:func:`difflib.unified_diff`), one paragraph a line.  How a version's changes are told to a
reader ("new lead", "earlier text of this page"): :mod:`clipper.versionchanges`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher, unified_diff

from clipper import told
from clipper.scripts import UNSPACED, unvocalised, words_in
from clipper.spelling import accents_folded, folded

# Two paragraphs this similar (difflib ratio over their words) are one paragraph, edited: a
# dateline put in front or a corrected figure should not count as "trimmed" plus "+1".
_EDITED_RATIO = 0.6
# A paragraph whose words are, this much, inside another (in order: difflib's matching blocks)
# is that paragraph, edited, however much was added: an update put in front of a paragraph
# ("Update, July 5: officials later said …") leaves the old words whole in a longer one.
_EDITED_CONTAINED = 0.8


@dataclass(frozen=True)
class Changes:
    """How a variant's text differs from its canonical's, paragraph by paragraph."""

    summary: list[str]  # e.g. ["headline changed", "trimmed (kept 3 of 9 paragraphs)"]
    canonical_paragraphs: int
    kept: int  # canonical paragraphs present in the variant, verbatim or edited
    edited: int  # of those, the ones present only with changes
    extra: int  # variant paragraphs not in the canonical
    # the edited pairs: (the canonical's paragraph, the variant's), in the canonical's order
    edits: tuple[tuple[str, str], ...] = ()

    @property
    def differences(self) -> int:
        """Paragraphs that differ: the canonical's missing from the variant, edited, and the
        variant's extra ones."""
        return self.canonical_paragraphs - self.kept + self.edited + self.extra


def text_paragraphs(body: str) -> list[str]:
    """``body``'s paragraphs as texts are compared: its non-blank lines, each with its runs of
    whitespace made one space."""
    return [" ".join(line.split()) for line in body.split("\n") if line.strip()]


# A word as paragraphs are compared: a character of a script written without spaces (Han, kana,
# Thai, Lao, Khmer, Myanmar: :data:`clipper.scripts.UNSPACED`), else a run of other non-space
# characters ("4.2", "million", "，").
_WORD = re.compile(f"[{UNSPACED}]|[^\\s{UNSPACED}]+")
_WORD_UNSPACED = re.compile(f"[{UNSPACED}]")


def _words(paragraph: str) -> list[str]:
    """``paragraph``'s words as :func:`_edit_score` pairs edits by (:data:`_WORD`): a Chinese or
    Japanese sentence is its characters, not one "word", so one figure changed inside it is
    an edit of the sentence, as in a spaced language, not a paragraph removed and another
    added (newcomer 25's finding 7)."""
    return _WORD.findall(paragraph)


def paragraph_key(paragraph: str) -> str:
    """``paragraph`` as paragraphs are compared: case-blind and with the spelling variants the
    fingerprint's words fold folded (:func:`clipper.spelling.folded`: a copy that writes
    ``е`` for ``ё``, a space for Persian's half-space or ``'`` for ``ʼ`` is an exact copy), and
    without Arabic harakat, Hebrew points and tatweels (:func:`clipper.scripts.unvocalised`), as
    the fingerprint's words and search leave them out: a copy vocalised or stretched for
    emphasis is "same text", not "3 paragraphs edited" (newcomer 27).  Quotation marks and
    apostrophes are read as spaces (:data:`_QUOTE_MARKS`): a copy writing Hebrew's gershayim
    ``״`` as ``"``, ``’`` as ``'``, ``„…“`` or ``« … »`` as ``"…"`` is the same text, its
    headline the same headline (newcomer 50a, finding 4: "headline changed; 5 paragraphs
    edited" at similarity 1.00)."""
    return " ".join(unvocalised(folded(paragraph)).translate(_QUOTE_MARKS).split())


# Quotation marks and apostrophes of every script, which copies of one text write their own way:
# ASCII's, the typographic ones (“ ” „ ‟ ‘ ’ ‚ ‛), guillemets (« » ‹ ›), Hebrew's geresh and
# gershayim (׳ ״), the prime and double prime typed for them (′ ″), the grave and acute accents
# typed for an apostrophe, the full-width forms, and Chinese and Japanese corner brackets.
# Each is read as a space: a guillemet's own spaces ("« oui »." against '"oui".') then count
# for nothing.
_QUOTE_MARKS = str.maketrans(dict.fromkeys("\"'“”„‟‘’‚‛«»‹›׳״′″`´＂＇「」『』", " "))


# A space between two Arabic-script letters: Persian writes the half-space of a compound
# (سه‌شنبه, زاینده‌رود) as a zero-width non-joiner, a space or nothing, outlet by outlet.
_ARABIC_SCRIPT_SPACE = re.compile(
    "(?<=[\u0621-\u064a\u0671-\u06d3]) (?=[\u0621-\u064a\u0671-\u06d3])"
)


def _same(paragraph: str) -> str:
    """``paragraph`` as verbatim paragraphs are matched: :func:`paragraph_key` without the spaces
    between Arabic-script letters (a Persian compound's half-space typed as a space, or left
    out, is the same paragraph)."""
    key = paragraph_key(paragraph)
    return _ARABIC_SCRIPT_SPACE.sub("", key) if not key.isascii() else key


def _take(paragraphs: list[str], wanted: Counter[str]) -> list[str]:
    """The paragraphs counted in ``wanted``, in text order (consumes ``wanted``)."""
    taken = []
    for paragraph in paragraphs:
        if wanted[_same(paragraph)] > 0:
            wanted[_same(paragraph)] -= 1
            taken.append(paragraph)
    return taken


def compare_texts(
    canonical_title: str | None, canonical_text: str, title: str | None, body: str
) -> Changes:
    """Describe ``title``/``body`` relative to the canonical's (whitespace and case ignored)."""
    ours = text_paragraphs(canonical_text)
    theirs = text_paragraphs(body)
    # Verbatim paragraphs first (as multisets, so a repeated paragraph counts twice).
    missing = Counter(_same(p) for p in ours)
    extra = Counter(_same(p) for p in theirs)
    common = missing & extra
    missing -= common
    extra -= common
    # Then pair the leftovers that are the same paragraph, edited: best pairs first.
    left = _take(ours, missing)
    right = _take(theirs, extra)
    right_words = [_words(paragraph_key(b)) for b in right]
    pairs = []
    for i, a in enumerate(left):
        a_words = _words(paragraph_key(a))
        for j, b_words in enumerate(right_words):
            score = _edit_score(a_words, b_words)
            if score is not None:
                pairs.append((score, i, j))
    used_left: set[int] = set()
    used_right: set[int] = set()
    edits: list[tuple[int, int]] = []
    for _ratio, i, j in sorted(pairs, reverse=True):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            edits.append((i, j))
    edited = len(used_left)
    n_missing = len(left) - edited
    n_extra = len(right) - edited
    kept = len(ours) - n_missing

    same_title = same_headline(canonical_title, title)
    same_text = [_same(p) for p in ours] == [_same(p) for p in theirs]
    summary: list[str] = []
    if same_text and same_title:
        summary.append("exact copy")
    else:
        if not same_title:
            summary.append(_headline_change(canonical_title, title))
        if n_missing:
            summary.append(f"trimmed (kept {kept} of {len(ours)} paragraphs)")
        if edited:
            summary.append(f"{edited} paragraph{'s' if edited != 1 else ''} edited")
        if n_extra:
            summary.append(f"+{n_extra} paragraph{'s' if n_extra != 1 else ''}")
        if same_text:
            summary.append("same text")
        elif not (n_missing or edited or n_extra):
            summary.append("paragraphs reordered or re-split")
    paired = tuple((left[i], right[j]) for i, j in sorted(edits))
    return Changes(summary, len(ours), kept, edited, n_extra, paired)


def half_spaced(changes: Changes, canonical_text: str, body: str) -> Changes:
    """``changes`` of ``body`` against ``canonical_text`` (:func:`compare_texts`'s), with
    "same text" for "exact copy" and "half-spaces typed otherwise" after it when the two texts
    are one only once the spaces between Arabic-script letters are read alike (:func:`_same`:
    a Persian or Urdu compound's half-space typed as a space, "حمل ونقل" for "حمل‌ونقل"; one
    left out is one word to both): the fingerprint's words read such a space as a word break
    but for Persian's affixes (:func:`clipper.scripts.persian_affixes_joined`), so the copy's
    similarity is under 1.00 (newcomer 39, finding 6: "similarity 0.66 · exact copy").  Other
    changes as they are."""
    if not ({"exact copy", "same text"} & set(changes.summary)):
        return changes
    ours, theirs = text_paragraphs(canonical_text), text_paragraphs(body)
    if [paragraph_key(p) for p in ours] == [paragraph_key(p) for p in theirs]:
        return changes
    said = ["same text" if kind == "exact copy" else kind for kind in changes.summary]
    return replace(changes, summary=[*dict.fromkeys(said), HALF_SPACED])


# What :func:`half_spaced` says of a copy whose half-spaces are typed otherwise.
HALF_SPACED = "half-spaces typed otherwise"


def measured_changes(
    canonical_title: str | None,
    canonical_text: str,
    title: str | None,
    body: str,
    least: int,
    share: float,
) -> Changes:
    """:func:`compare_texts` of the lines a copy's similarity is measured on
    (:func:`clipper.measuredlines.measured_text` of each text, with ``least`` and ``share``:
    ``FingerprintConfig.caption_body_words``/``caption_body_share``), so that what ``show``
    says of a copy agrees with its similarity: a copy without the wire's sign-off line, a
    release's closing portrait or a photo caption is not "trimmed" at similarity 1.00.  When
    the texts differ only there, "closing lines differ" is said after what the measured lines
    say ("same text" for "exact copy")."""
    from clipper.measuredlines import measured_text

    measured = compare_texts(
        canonical_title,
        measured_text(canonical_text, least, share),
        title,
        measured_text(body, least, share),
    )
    if _same_paragraphs(canonical_text, body) or not (
        _same_paragraphs(
            measured_text(canonical_text, least, share), measured_text(body, least, share)
        )
    ):
        return measured
    said = ["same text" if kind == "exact copy" else kind for kind in measured.summary]
    return replace(measured, summary=[*dict.fromkeys(said), "closing lines differ"])


def _same_paragraphs(text: str, other: str) -> bool:
    return [_same(p) for p in text_paragraphs(text)] == [_same(p) for p in text_paragraphs(other)]


# The words an edit changed are told (:func:`marked_edits`) while each span is at most this many
# words on either side and there are at most this many spans: a figure, a name, a few words; a
# paragraph rewritten is "edited" alone.
_MARKED_SPAN_WORDS = 6
_MARKED_SPANS = 3


def marked_edits(changes: Changes) -> list[str]:
    """The words the edits of ``changes`` changed, from the variant's to the canonical's
    (``'"4.2" → "5.1"'``, ``'"Reed" → "Reid"'``, ``'added "two"'``, ``'dropped "not"'``), when they
    are few (:data:`_MARKED_SPANS` spans of at most :data:`_MARKED_SPAN_WORDS` words); [] when
    there are none or more.  Words as :func:`_words` cuts them: a figure changed inside a
    Chinese or Japanese sentence is marked as in a spaced language."""
    spans: list[str] = []
    for ours, theirs in changes.edits:
        a, b = _words(theirs), _words(ours)
        for i1, i2, j1, j2 in _changed_spans(a, b):
            if max(i2 - i1, j2 - j1) > _MARKED_SPAN_WORDS or len(spans) == _MARKED_SPANS:
                return []
            was, now = _joined(a[i1:i2]), _joined(b[j1:j2])
            spans.append(
                f'"{was}" → "{now}"'
                if was and now
                else told.gettext('added "%(words)s"', words=now)
                if now
                else told.gettext('dropped "%(words)s"', words=was)
            )
    return spans


def _changed_spans(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """difflib's changed spans from words ``a`` to ``b`` (``(i1, i2, j1, j2)``), two of them
    one span when a single word stands between them: "4億2000万円" → "5億1000万円" is one
    figure changed, not "4" → "5" and "2000" → "1000"."""
    spans: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= 1 and j1 - spans[-1][3] <= 1:
            spans[-1] = (spans[-1][0], i2, spans[-1][2], j2)
        else:
            spans.append((i1, i2, j1, j2))
    return spans


def _joined(words: list[str]) -> str:
    """``words`` (:func:`_words`) as the text spells them: a space between two words unless
    one of them is a character of an unspaced script."""
    out = ""
    for word in words:
        unspaced = _WORD_UNSPACED.match(word) or (out and _WORD_UNSPACED.match(out[-1]))
        out += word if not out or unspaced else " " + word
    return out


def held_share(whole_text: str, text: str) -> float:
    """The share (0-1) of ``text``'s words that stand in paragraphs of ``whole_text``
    (whitespace- and case-blind, each paragraph of it used once), its last paragraph also when
    it opens one of them (a text cut mid-paragraph): how much of a reading cut short (a
    paywall's stub, a capture ending early) is a part of a whole reading.  Words are counted as
    a length rule counts them (:func:`clipper.scripts.words_in`: a Chinese or Thai paragraph is
    not one word for its lack of spaces).  0.0 for an empty ``text``."""
    ours = [paragraph_key(p) for p in text_paragraphs(text)]
    total = sum(map(words_in, ours))
    if not total:
        return 0.0
    whole = [paragraph_key(p) for p in text_paragraphs(whole_text)]
    left = Counter(whole)
    held = 0
    for at, paragraph in enumerate(ours):
        if left[paragraph] > 0:
            left[paragraph] -= 1
            held += words_in(paragraph)
        elif at == len(ours) - 1 and any(w.startswith(paragraph) for w in whole):
            held += words_in(paragraph)
    return held / total


def completed_cut(whole_text: str, text: str) -> str:
    """``text``, a reading cut short, with its last paragraph made whole: when that paragraph is
    the opening of a longer paragraph of ``whole_text`` (case-blind, spelling variants folded
    as :func:`paragraph_key` folds them; its last word maybe cut), it is replaced by that
    paragraph, so that a download cut in its third paragraph is told "trimmed (kept 3 of 7
    paragraphs)", not "1 paragraph edited" of the paragraph it stopped in (newcomer 34, finding
    2).  ``text`` itself otherwise."""
    ours = text_paragraphs(text)
    if not ours:
        return text
    last = paragraph_key(ours[-1])
    for paragraph in text_paragraphs(whole_text):
        if len(paragraph_key(paragraph)) > len(last) and paragraph_key(paragraph).startswith(last):
            return "\n".join([*ours[:-1], paragraph])
    return text


def opens(whole_text: str, text: str) -> bool:
    """Whether ``text`` is the opening of ``whole_text``, whatever their paragraph breaks and
    spaces (case-blind, spelling variants folded as :func:`paragraph_key` folds them), its last word
    maybe cut short: a feed's excerpt of a page ("… close the ferry la"), whose one paragraph
    runs across the page's first two (:func:`held_share` asks for whole paragraphs), or a
    capture ending mid-sentence.  False for an empty ``text`` or one as long as the whole."""
    ours = "".join(paragraph_key(p).replace(" ", "") for p in text_paragraphs(text))
    whole = "".join(paragraph_key(p).replace(" ", "") for p in text_paragraphs(whole_text))
    return bool(ours) and len(ours) < len(whole) and whole.startswith(ours)


def same_headline(one: str | None, other: str | None) -> bool:
    """Whether two headlines are one, as texts are one text to versions and copies: case,
    whitespace and spelling variants aside (:func:`_same`), and accents
    (:func:`clipper.spelling.accents_folded`, the fingerprint's fold since migration 0076: a
    copy that writes "accao" for "acção" is the same text).  A copy whose headline differs
    from the canonical's by its accents alone is no re-headlined copy (newcomer 35, F6)."""
    return accents_folded(_same(one or "")) == accents_folded(_same(other or ""))


def _headline_change(canonical_title: str | None, title: str | None) -> str:
    """How a copy's headline differs from the canonical's: "no headline" (an untitled copy,
    such as a text record), "headline added" (a title the untitled canonical lacks), else
    "headline changed"."""
    if not (title or "").strip():
        return "no headline"
    if not (canonical_title or "").strip():
        return "headline added"
    return "headline changed"


def _edit_score(a: list[str], b: list[str]) -> float | None:
    """How surely words ``a`` and ``b`` are one paragraph, edited: difflib's ratio when at least
    ``_EDITED_RATIO``, or the share of the shorter one's words inside the longer when at least
    ``_EDITED_CONTAINED``, whichever is higher; None when neither (the cheap upper bounds of
    both, from the lengths and the multiset of words, are tried first)."""
    if not a or not b:
        return None
    shorter = min(len(a), len(b))
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    bound = matcher.quick_ratio()  # 2 × shared words (as multisets) / (len a + len b)
    shared_bound = bound * (len(a) + len(b)) / 2
    if bound < _EDITED_RATIO and shared_bound < _EDITED_CONTAINED * shorter:
        return None
    shared = sum(block.size for block in matcher.get_matching_blocks())
    ratio = 2 * shared / (len(a) + len(b))
    contained = shared / shorter
    scores = [ratio] if ratio >= _EDITED_RATIO else []
    if contained >= _EDITED_CONTAINED:
        scores.append(contained)
    return max(scores, default=None)


def paragraph_diff(
    old_title: str | None,
    old_text: str,
    new_title: str | None,
    new_text: str,
    *,
    old_label: str,
    new_label: str,
    context: int = 1,
) -> list[str]:
    """The unified diff (:func:`difflib.unified_diff`, ``context`` paragraphs around each
    change) from ``old_text`` to ``new_text``, one paragraph a line (whitespace runs made one
    space), the headline first as ``# HEADLINE``; lines without line ends, ``[]`` when the two
    are the same.  ``old_label``/``new_label`` name them in the ``---``/``+++`` lines."""

    def lines(title: str | None, body: str) -> list[str]:
        head = [f"# {' '.join(title.split())}"] if title and title.strip() else []
        return head + text_paragraphs(body)

    return list(
        unified_diff(
            lines(old_title, old_text),
            lines(new_title, new_text),
            fromfile=old_label,
            tofile=new_label,
            n=context,
            lineterm="",
        )
    )
