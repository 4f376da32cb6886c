"""How one text of an article differs from another, paragraph by paragraph: what ``clipper
show`` says of each variant against its canonical ("trimmed (kept 3 of 9 paragraphs)",
"1 paragraph edited", "+2 paragraphs", "headline changed", "exact copy"), and of an earlier or
later text of the canonical's own page.

Paragraphs are compared whitespace- and case-blind, first verbatim (as multisets), then the
leftovers paired as edits when difflib's ratio over their words is at least ``_EDITED_RATIO``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

# Two paragraphs this similar (difflib ratio over their words) are one paragraph, edited: a
# dateline put in front or a corrected figure should not count as "trimmed" plus "+1".
_EDITED_RATIO = 0.6


@dataclass(frozen=True)
class Changes:
    """How a variant's text differs from its canonical's, paragraph by paragraph."""

    summary: list[str]  # e.g. ["headline changed", "trimmed (kept 3 of 9 paragraphs)"]
    canonical_paragraphs: int
    kept: int  # canonical paragraphs present in the variant, verbatim or edited
    edited: int  # of those, the ones present only with changes
    extra: int  # variant paragraphs not in the canonical


def _paragraphs(body: str) -> list[str]:
    return [" ".join(line.split()) for line in body.split("\n") if line.strip()]


def _key(paragraph: str) -> str:
    return paragraph.casefold()


def _take(paragraphs: list[str], wanted: Counter[str]) -> list[str]:
    """The paragraphs counted in ``wanted``, in text order (consumes ``wanted``)."""
    taken = []
    for paragraph in paragraphs:
        if wanted[_key(paragraph)] > 0:
            wanted[_key(paragraph)] -= 1
            taken.append(paragraph)
    return taken


def compare_texts(
    canonical_title: str | None, canonical_text: str, title: str | None, body: str
) -> Changes:
    """Describe ``title``/``body`` relative to the canonical's (whitespace and case ignored)."""
    ours = _paragraphs(canonical_text)
    theirs = _paragraphs(body)
    # Verbatim paragraphs first (as multisets, so a repeated paragraph counts twice).
    missing = Counter(_key(p) for p in ours)
    extra = Counter(_key(p) for p in theirs)
    common = missing & extra
    missing -= common
    extra -= common
    # Then pair the leftovers that are the same paragraph, edited: best pairs first.
    left = _take(ours, missing)
    right = _take(theirs, extra)
    pairs = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            matcher = SequenceMatcher(None, a.split(), b.split(), autojunk=False)
            if matcher.real_quick_ratio() >= _EDITED_RATIO and matcher.quick_ratio() >= (
                _EDITED_RATIO
            ):
                ratio = matcher.ratio()
                if ratio >= _EDITED_RATIO:
                    pairs.append((ratio, i, j))
    used_left: set[int] = set()
    used_right: set[int] = set()
    for _ratio, i, j in sorted(pairs, reverse=True):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
    edited = len(used_left)
    n_missing = len(left) - edited
    n_extra = len(right) - edited
    kept = len(ours) - n_missing

    same_title = (
        " ".join((canonical_title or "").split()).casefold()
        == " ".join((title or "").split()).casefold()
    )
    same_text = [_key(p) for p in ours] == [_key(p) for p in theirs]
    summary: list[str] = []
    if same_text and same_title:
        summary.append("exact copy")
    else:
        if not same_title:
            summary.append("headline changed")
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
    return Changes(summary, len(ours), kept, edited, n_extra)


def told_as_version(changes: Changes, version: int | None, canonical_version: int) -> Changes:
    """``changes`` of another text of the canonical's own page (same URL, or same file when it
    has none: ``version`` given) told as what happened to the page: an earlier text is not a
    trimmed copy, the newer one grew from it."""
    if version is None or version == canonical_version:
        return changes
    if version > canonical_version:
        summary = [f"later text of this page (version {version})", *changes.summary]
        return replace(changes, summary=summary)
    since = [f"earlier text of this page (version {version} of {canonical_version})"]
    if "headline changed" in changes.summary:
        since.append("headline changed since")
    added = changes.canonical_paragraphs - changes.kept
    for count, what in ((added, "added"), (changes.edited, "edited"), (changes.extra, "removed")):
        if count:
            since.append(f"{count} paragraph{'s' if count != 1 else ''} {what} since")
    if len(since) == 1:
        since.append("same text since")
    return replace(changes, summary=since)
