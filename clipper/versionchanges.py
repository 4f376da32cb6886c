"""How a page's text changed from one version to another, told for a reader: what ``clipper
show`` says of an earlier or later text of the canonical's own page (:func:`told_as_version`)
and of a copy taken before the original was updated (:func:`told_as_copy_of`); what ``show
--diff`` and the digest say a newer version changed (:func:`version_changes`: "new lead",
"correction added", "2 paragraphs added"; :func:`headline_change`); and the texts as two
versions or readings of one address are compared, without what changes with the capture alone
(:func:`as_compared`, :func:`capture_folded`).

The paragraphs are compared by :mod:`clipper.changes` (:func:`clipper.changes.compare_texts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper import graphemes, told
from clipper.changes import (
    Changes,
    compare_texts,
    marked_edits,
    paragraph_key,
    text_paragraphs,
)
from clipper.corrections import is_editors_note, is_update_note
from clipper.sitenames import is_site_name
from clipper.textedges import is_dateline


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
    headlines = {paragraph_key(t) for t in (title, other_title) if t}
    paragraphs = text_paragraphs(text)
    if paragraphs and paragraph_key(paragraphs[0]) in headlines:
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
    :func:`paragraph_key` makes it, without what one extraction keeps and another not (a caption, a
    byline line, a teaser: :func:`clipper.extractionlines.extraction_kept`), and whatever its
    paragraph breaks and spaces (a paragraph split in two, a Chinese sentence spaced at a
    break).  Two readings differing by those alone are one version."""
    from clipper.extractionlines import extraction_kept

    kept = extraction_kept(text_paragraphs(without_datelines(text_paragraphs(text))))
    return "".join("".join(paragraph_key(p).split()) for p in kept)


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
    old = text_paragraphs(old_text)
    new = text_paragraphs(new_text)
    old_keys = {paragraph_key(p) for p in old}
    added = [p for p in new if paragraph_key(p) not in old_keys]
    prose = [p for p in new if not is_editors_note(p)]
    # each added paragraph is told once: a new lead or a correction is not also "1 paragraph
    # added" (newcomer 21: "correction added; 1 paragraph added" for one note)
    named = 0
    # a new lead: a first paragraph the older text lacks, whether the older lead stands below
    # it or was dropped (a rewritten lead: newcomer 34 finding 9 read "2 paragraphs added; 1
    # paragraph removed" for one); the older lead edited into it is told as an edit, quoted
    edited_into = {paragraph_key(ours) for ours, _ in changes.edits}  # (the newer's, the older's)
    if prose and old and paragraph_key(prose[0]) not in old_keys | edited_into:
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
                "%(num)d paragraph edited",
                "%(num)d paragraphs edited",
                changes.edited,
                num=changes.edited,
            )
        )
    if changes.extra:
        said.append(
            told.ngettext(
                "%(num)d paragraph removed",
                "%(num)d paragraphs removed",
                changes.extra,
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
