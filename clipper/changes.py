"""How one text of an article differs from another, paragraph by paragraph: what ``clipper
show`` says of each variant against its canonical ("trimmed (kept 3 of 9 paragraphs)",
"1 paragraph edited", "+2 paragraphs", "headline changed", "exact copy"), and of an earlier or
later text of the canonical's own page.

Paragraphs are compared whitespace- and case-blind and with the fingerprint's spelling
variants folded (:func:`clipper.spelling.folded`), first verbatim (as multisets), then the
leftovers paired as edits when difflib's ratio over their words is at least ``_EDITED_RATIO``
or one holds the other (``_EDITED_CONTAINED`` of the shorter one's words in difflib's matching
blocks).  :func:`paragraph_diff` shows two texts' differences as a unified diff
(:func:`difflib.unified_diff`), one paragraph a line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher, unified_diff

from clipper import graphemes, told
from clipper.corrections import is_editors_note, is_update_note
from clipper.scripts import UNSPACED, unvocalised, words_in
from clipper.sitenames import is_site_name
from clipper.spelling import accents_folded, folded
from clipper.textedges import is_dateline

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


def _paragraphs(body: str) -> list[str]:
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


def _key(paragraph: str) -> str:
    """``paragraph`` as paragraphs are compared: case-blind and with the spelling variants the
    fingerprint's words fold folded (:func:`clipper.spelling.folded`: a copy that writes
    ``е`` for ``ё``, a space for Persian's half-space or ``'`` for ``ʼ`` is an exact copy), and
    without Arabic harakat, Hebrew points and tatweels (:func:`clipper.scripts.unvocalised`), as
    the fingerprint's words and search leave them out: a copy vocalised or stretched for
    emphasis is "same text", not "3 paragraphs edited" (newcomer 27)."""
    return " ".join(unvocalised(folded(paragraph)).split())


# A space between two Arabic-script letters: Persian writes the half-space of a compound
# (سه‌شنبه, زاینده‌رود) as a zero-width non-joiner, a space or nothing, outlet by outlet.
_ARABIC_SCRIPT_SPACE = re.compile(
    "(?<=[\u0621-\u064a\u0671-\u06d3]) (?=[\u0621-\u064a\u0671-\u06d3])"
)


def _same(paragraph: str) -> str:
    """``paragraph`` as verbatim paragraphs are matched: :func:`_key` without the spaces
    between Arabic-script letters (a Persian compound's half-space typed as a space, or left
    out, is the same paragraph)."""
    key = _key(paragraph)
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
    ours = _paragraphs(canonical_text)
    theirs = _paragraphs(body)
    # Verbatim paragraphs first (as multisets, so a repeated paragraph counts twice).
    missing = Counter(_same(p) for p in ours)
    extra = Counter(_same(p) for p in theirs)
    common = missing & extra
    missing -= common
    extra -= common
    # Then pair the leftovers that are the same paragraph, edited: best pairs first.
    left = _take(ours, missing)
    right = _take(theirs, extra)
    right_words = [_words(_key(b)) for b in right]
    pairs = []
    for i, a in enumerate(left):
        a_words = _words(_key(a))
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
    ours, theirs = _paragraphs(canonical_text), _paragraphs(body)
    if [_key(p) for p in ours] == [_key(p) for p in theirs]:
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
        canonical_title, measured_text(canonical_text, least, share),
        title, measured_text(body, least, share),
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
    return [_same(p) for p in _paragraphs(text)] == [_same(p) for p in _paragraphs(other)]


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
                f'"{was}" → "{now}"' if was and now
                else told.gettext('added "%(words)s"', words=now) if now
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


def told_edits(said: list[str], changes: Changes) -> list[str]:
    """``said`` (what changed, as :func:`changed_since` or :func:`version_changes` tell it) with
    the words the edits changed after the paragraphs edited (:func:`marked_edits`): "1
    paragraph edited since: "4.2" → "5.1"" (newcomer 25's finding 7)."""
    marks = marked_edits(changes)
    if not marks:
        return said
    return [
        told.gettext("%(said)s: %(marks)s", said=s, marks=tuple(marks)) if " edited" in s else s
        for s in said
    ]


def held_share(whole_text: str, text: str) -> float:
    """The share (0-1) of ``text``'s words that stand in paragraphs of ``whole_text``
    (whitespace- and case-blind, each paragraph of it used once), its last paragraph also when
    it opens one of them (a text cut mid-paragraph): how much of a reading cut short (a
    paywall's stub, a capture ending early) is a part of a whole reading.  Words are counted as
    a length rule counts them (:func:`clipper.scripts.words_in`: a Chinese or Thai paragraph is
    not one word for its lack of spaces).  0.0 for an empty ``text``."""
    ours = [_key(p) for p in _paragraphs(text)]
    total = sum(map(words_in, ours))
    if not total:
        return 0.0
    whole = [_key(p) for p in _paragraphs(whole_text)]
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
    as :func:`_key` folds them; its last word maybe cut), it is replaced by that paragraph, so
    that a download cut in its third paragraph is told "trimmed (kept 3 of 7 paragraphs)", not
    "1 paragraph edited" of the paragraph it stopped in (newcomer 34, finding 2).  ``text``
    itself otherwise."""
    ours = _paragraphs(text)
    if not ours:
        return text
    last = _key(ours[-1])
    for paragraph in _paragraphs(whole_text):
        if len(_key(paragraph)) > len(last) and _key(paragraph).startswith(last):
            return "\n".join([*ours[:-1], paragraph])
    return text


def opens(whole_text: str, text: str) -> bool:
    """Whether ``text`` is the opening of ``whole_text``, whatever their paragraph breaks and
    spaces (case-blind, spelling variants folded as :func:`_key` folds them), its last word
    maybe cut short: a feed's excerpt of a page ("… close the ferry la"), whose one paragraph
    runs across the page's first two (:func:`held_share` asks for whole paragraphs), or a
    capture ending mid-sentence.  False for an empty ``text`` or one as long as the whole."""
    ours = "".join(_key(p).replace(" ", "") for p in _paragraphs(text))
    whole = "".join(_key(p).replace(" ", "") for p in _paragraphs(whole_text))
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
        return head + _paragraphs(body)

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


def told_as_version(
    changes: Changes, version: int | None, canonical_version: int, cut_short: bool = True
) -> Changes:
    """``changes`` of another text of the canonical's own page (same URL, or same file when it
    has none: ``version`` given) told as what happened to the page: an earlier text is not a
    trimmed copy, the newer one grew from it.  A reading that is no version (``version`` 0) is
    a fetch cut short, else (``cut_short`` False) a shorter reading of a version's capture."""
    if version is None or version == canonical_version:
        return changes
    if version == 0:  # clipper.versions.number_versions: a part of a version's text
        said = (
            "a fetch of this page cut short: not a version"
            if cut_short
            else "a shorter reading of this page's capture: not a version"
        )
        return replace(changes, summary=[said])
    if version > canonical_version:
        summary = [f"later text of this page (version {version})", *changes.summary]
        return replace(changes, summary=summary)
    since = [f"earlier text of this page (version {version} of {canonical_version})"]
    return replace(changes, summary=since + told_edits(changed_since(changes), changes))


def told_as_copy_of(
    changes: Changes, earlier: Sequence[tuple[int, Changes]], whose: str
) -> Changes:
    """``changes`` of another address's copy against the canonical (its newest version),
    told against an earlier version of the canonical's page when fewer paragraphs differ
    than from the newest (:attr:`Changes.differences`; ``earlier``: (version number, the
    copy's changes against that version), any order; the most recent of equal ones) and the
    copy either holds all of that version's paragraphs (verbatim or edited: nothing trimmed
    from it) or carries more of that version's text than of the newest's (fewer paragraphs
    of its own or edited against it: an old lead the update replaced, newcomer 34's reprint
    of paragraphs 1-5 of version 1): a copy taken before the original was updated is not a
    trimmed one with a paragraph of its own, while a brief of an opening no version changed
    stays trimmed.  ``whose``: the canonical's site.  ["copy of version 1 of apnews.com's
    story"], then what differs from that version ("1 paragraph edited", "trimmed (kept 5 of
    6 paragraphs)"); ``changes`` itself when no earlier version fits better."""
    own = changes.edited + changes.extra  # the copy's paragraphs the newest lacks verbatim
    whole = [
        item
        for item in earlier
        if item[1].kept == item[1].canonical_paragraphs or item[1].edited + item[1].extra < own
    ]
    best = min(whole, key=lambda item: (item[1].differences, -item[0]), default=None)
    if best is None or best[1].differences >= changes.differences:
        return changes
    version, against = best
    rest = [said for said in against.summary if said not in ("exact copy", "same text")]
    return replace(against, summary=[f"copy of version {version} of {whose}'s story", *rest])


def changed_since(changes: Changes, named: int = 0) -> list[str]:
    """``changes`` of an earlier text measured against a later one (the later as the
    canonical) told as what happened since: ["headline changed since", "1 paragraph edited
    since", "2 paragraphs added since", ...], or ["same text since"].  ``named``: added
    paragraphs the caller has already told the reader of (a correction, a new lead), left out
    of the count of those added."""
    since = []
    # the earlier text measured against the later: its "no headline" is one added since
    for now, then in (
        ("headline changed", "headline changed since"),
        ("no headline", "headline added since"),
        ("headline added", "headline dropped since"),
    ):
        if now in changes.summary:
            since.append(then)
    added = _added(changes, named)
    for count, what in ((added, "added"), (changes.edited, "edited"), (changes.extra, "removed")):
        if count:
            since.append(f"{count} paragraph{'s' if count != 1 else ''} {what} since")
    return since or ["same text since"]


def _added(changes: Changes, named: int) -> int:
    """Paragraphs the later text added (the canonical's that the earlier one lacks), less the
    ``named`` ones a caller tells apart (a new lead, a correction)."""
    return max(changes.canonical_paragraphs - changes.kept - named, 0)


def headline_change(old_title: str | None, new_title: str | None) -> str:
    """'headline changed: "A" → "B"' (whitespace runs made one space; "(none)" for a missing
    headline): what ``show --diff`` and the digest say of a version whose headline moved."""

    def said(title: str | None) -> str:
        spaced = " ".join((title or "").split())
        return f'"{spaced}"' if spaced else told.gettext("(none)")

    return told.gettext(
        "headline changed: %(old)s → %(new)s", old=said(old_title), new=said(new_title)
    )


def as_compared(
    title: str | None, text: str, other_title: str | None, sites: set[str]
) -> tuple[str | None, str]:
    """A version's headline and text as two versions of one page are compared, leaving out what
    changes with how the page was captured, not with what the outlet wrote: a headline that is
    only the site's name (:func:`clipper.sitenames.is_site_name` of ``sites``, keys of
    :func:`clipper.sitenames.site_keys`: a saved page's ``<title>``) is taken as the other
    version's (``other_title``), the headline standing as the text's first paragraph is left
    out, and so are the datelines, a wire's opening any paragraph (:func:`without_datelines`
    with ``every``: an update's new lead put above "MADRID, 4 dic (EFE).- El Fondo …" leaves
    the dateline opening the second paragraph, which was the first, and that paragraph is
    unchanged, as ``show --diff``'s lines show it; newcomer 33, F12: it was told "1 paragraph
    edited: added "MADRID, 4 dic (EFE).-"" and the lead above it "1 paragraph added")."""
    if title and sites and is_site_name(title, sites):
        title = other_title
    headlines = {_key(t) for t in (title, other_title) if t}
    paragraphs = _paragraphs(text)
    if paragraphs and _key(paragraphs[0]) in headlines:
        paragraphs = paragraphs[1:]
    return title, without_datelines(paragraphs, every=True)


def without_datelines(paragraphs: list[str], every: bool = False) -> str:
    """``paragraphs`` (whitespace runs made one space) as one text without the datelines a
    capture adds or leaves out: a paragraph that is only a dateline (:func:`is_dateline`) and
    a wire's dateline opening the first paragraph ("MADRID, 3 dic (EFE).- ", "BRASÍLIA — ":
    :func:`clipper.stories.sitetext.without_dateline`; an AMP copy or a reader view drops the
    span it stands in), or (``every``) opening any paragraph, as two versions of a page are
    compared: a paragraph moved down by a new lead keeps its dateline."""
    from clipper.stories.sitetext import without_dateline

    kept = [p for p in paragraphs if not is_dateline(p)]
    for at in range(len(kept) if every else min(len(kept), 1)):
        # an "EDITOR'S NOTE — …" above the story is a note, not a place in capitals
        if not is_editors_note(kept[at]):
            kept[at] = without_dateline(kept[at]) or kept[at]
    return "\n".join(kept)


def capture_folded(text: str) -> str:
    """``text`` as two readings of one address are told apart (:mod:`clipper.newpages`):
    without its datelines (:func:`without_datelines`), case-blind, each paragraph as
    :func:`_key` makes it, without what one extraction keeps and another not (a caption, a
    byline line, a teaser: :func:`clipper.extractionlines.extraction_kept`), and whatever its
    paragraph breaks and spaces (a paragraph split in two, a Chinese sentence spaced at a
    break).  Two readings differing by those alone are one version."""
    from clipper.extractionlines import extraction_kept

    kept = extraction_kept(_paragraphs(without_datelines(_paragraphs(text))))
    return "".join("".join(_key(p).split()) for p in kept)


def version_changes(
    old_title: str | None,
    old_text: str,
    new_title: str | None,
    new_text: str,
    sites: set[str] | None = None,
    lead_chars: int = 0,
) -> list[str]:
    """What a page's newer version changed since the older one, for a reader: the headline
    (:func:`headline_change`), "new lead" (a first paragraph the older text did not have,
    the older one's first kept below it or dropped, not edited into it; an editor's note put
    above it is no new lead; with
    ``lead_chars``, what it says: 'new lead: "…"', cut at a word to that many characters),
    "correction added" (an added paragraph that is an editor's note or a correction,
    :func:`clipper.corrections.is_editors_note`), "update note added" (one that tells only of
    an update, :func:`clipper.corrections.is_update_note`), then the paragraph counts of
    :func:`changed_since` ("1 paragraph added", "3 paragraphs removed" for a trimmed text);
    ["same text"] when nothing moved (whitespace and case aside).  Both are first taken as
    :func:`as_compared` makes them (``sites``: keys of the page's site names): a capture's
    site-name headline, headline paragraph or dateline is no change."""
    old_title, old_text = as_compared(old_title, old_text, new_title, sites or set())
    new_title, new_text = as_compared(new_title, new_text, old_title, sites or set())
    changes = compare_texts(new_title, new_text, old_title, old_text)
    said: list[str] = []
    if any(s.startswith("headline") for s in changed_since(changes)):
        said.append(headline_change(old_title, new_title))
    old = _paragraphs(old_text)
    new = _paragraphs(new_text)
    old_keys = {_key(p) for p in old}
    added = [p for p in new if _key(p) not in old_keys]
    prose = [p for p in new if not is_editors_note(p)]
    # each added paragraph is told once: a new lead or a correction is not also "1 paragraph
    # added" (newcomer 21: "correction added; 1 paragraph added" for one note)
    named = 0
    # a new lead: a first paragraph the older text lacks, whether the older lead stands below
    # it or was dropped (a rewritten lead: newcomer 34 finding 9 read "2 paragraphs added; 1
    # paragraph removed" for one); the older lead edited into it is told as an edit, quoted
    edited_into = {_key(ours) for ours, _ in changes.edits}  # (the newer's, the older's)
    if prose and old and _key(prose[0]) not in old_keys | edited_into:
        said.append(
            told.gettext('new lead: "%(lead)s"', lead=_clipped(prose[0], lead_chars))
            if lead_chars
            else told.gettext("new lead")
        )
        named += 1
    notes = [p for p in added if is_editors_note(p)]
    # an update note is no correction (newcomer 31 F-N: AP's "This story has been updated to
    # add comment from …" was told "correction added", an error the paper never owned to)
    updates = sum(1 for p in notes if is_update_note(p))
    fixes = len(notes) - updates
    if fixes == 1:
        said.append(told.gettext("correction added"))
    elif fixes:
        said.append(
            told.ngettext("%(num)d correction added", "%(num)d corrections added", fixes, num=fixes)
        )
    if updates == 1:
        said.append(told.gettext("update note added"))
    elif updates:
        said.append(
            told.ngettext(
                "%(num)d update note added", "%(num)d update notes added", updates, num=updates
            )
        )
    named += len(notes)
    said += told_edits(_paragraphs_changed(changes, named), changes)
    return said or [told.gettext("same text")]


def _paragraphs_changed(changes: Changes, named: int) -> list[str]:
    """The paragraph counts of :func:`changed_since` as a newer version's changes are told
    ("2 paragraphs added", "1 paragraph edited", "3 paragraphs removed"), each a
    :class:`clipper.told.Told` a digest says in its reader's language."""
    added = _added(changes, named)
    said: list[str] = []
    if added:
        said.append(
            told.ngettext("%(num)d paragraph added", "%(num)d paragraphs added", added, num=added)
        )
    if changes.edited:
        said.append(
            told.ngettext(
                "%(num)d paragraph edited", "%(num)d paragraphs edited", changes.edited,
                num=changes.edited,
            )
        )
    if changes.extra:
        said.append(
            told.ngettext(
                "%(num)d paragraph removed", "%(num)d paragraphs removed", changes.extra,
                num=changes.extra,
            )
        )
    return said


def _clipped(paragraph: str, chars: int) -> str:
    """``paragraph`` cut at a word to at most ``chars`` characters, "…" after a cut (a
    paragraph of a script written without spaces cut at a character as read:
    :func:`clipper.graphemes.cut`)."""
    if len(paragraph) <= chars:
        return paragraph
    start = graphemes.cut(paragraph, chars)
    spaced = start.rsplit(" ", 1)[0] if " " in start[chars // 2 :] else start
    return spaced.rstrip(" ,،;؛:") + " …"
