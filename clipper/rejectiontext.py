"""Text for people: ``clipper rejections``'s list (one line per rejection, under its run or
the page asked for) and what a list that finds none says (the layout rules: :mod:`clipper.layout`;
the other query commands' layouts: :mod:`clipper.render`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from clipper.layout import count_line, plural, shown_time

if TYPE_CHECKING:
    from datetime import tzinfo

    from clipper.rejections import RejectionRow


def rejection_rows(
    run_id: int | None,
    found: Sequence[RejectionRow],
    more: bool = False,
    *,
    reasons: Sequence[str] = (),
    of: str | None = None,
    others: int = 0,
    zone: tzinfo | None = None,
    notes: Mapping[str, int] | None = None,
    newest: bool = False,
) -> str:
    """One line per rejection, ``origin: reason detail`` (as the dedupe summary's problems;
    ``origin (URL): …`` where the page had an address the line does not name otherwise, a WARC
    record's or a JSON record's: :func:`_unnamed_address`), under ``Run N:``, or, for the
    rejections of one page (``of``: its URL or origin, over every run when ``run_id`` is None)
    or of every run (``of`` and ``run_id`` None), ``run N: origin: reason detail``, each with
    when its reading was fetched, "(fetched 2026-11-05 21:30 UTC)" when known (in ``zone``,
    ``--tz``'s; None: UTC); ``more``: the limit cut the list.  Nothing found says what was
    asked: "no too-short rejections in run 3", and ``others``, the run's rejections of other
    reasons when some were asked for; ``newest``: the run is the newest because none was
    asked for, which nothing found says with the options that ask for another or every run
    ("no date-unread rejections in the last run, 2 (--run N for another run, --all-runs for
    every run)").  ``notes``: the notes on pages stored the list left out
    (:func:`clipper.rejections.kept_notes`), each counted on a last line with the command that
    lists them."""
    after = _kept_notes(run_id, notes or {})
    if not found:
        kinds = " or ".join(reasons)
        what = f"no {kinds + ' ' if kinds else ''}rejections"
        if of is not None:
            what += f" of {of}"
        if run_id is None:
            what += " in any run"
        elif newest:
            what += f" in the last run, {run_id} (--run N for another run, --all-runs for every run"
            if others:
                what += f"; {plural(others, 'other rejection')}: clipper rejections"
            what += ")"
        else:
            what += f" in run {run_id}"
            if others:
                what += f" ({plural(others, 'other rejection')}: clipper rejections --run {run_id})"
        return "\n".join([what + ".", *after])

    def fetched(row: RejectionRow) -> str:  # one page's: when each of its readings was fetched
        return f" (fetched {shown_time(row.fetched_at, zone)})" if of and row.fetched_at else ""

    def where(row: RejectionRow) -> str:  # the input, and the page's address where it has one
        return f"{row.origin} ({row.url})" if _unnamed_address(row, of) else row.origin

    if run_id is not None:
        lines = [f"Run {run_id}:" if of is None else f"Run {run_id}, rejections of {of}:"]
        lines += [
            f"  {where(row)}: {row.reason} {row.detail}".rstrip() + fetched(row) for row in found
        ]
    else:
        lines = [f"Rejections of {of}:" if of is not None else "Every run:"]
        lines += [
            f"  run {row.run_id}: {where(row)}: {row.reason} {row.detail}".rstrip() + fetched(row)
            for row in found
        ]
    if more:
        lines += ["", count_line(len(found), "rejection", "rejections", more)]
    if after:
        lines += ["", *after]
    return "\n".join(lines)


# What the notes on pages stored (clipper.page.KEPT_NOTES) are, as a list without --reason
# names them: they are not rejections, so it leaves them out.
_NOTES = {
    "date-unread": (
        "page stored without the date it gives",
        "pages stored without the date they give",
    ),
    "revisit-matched": (
        "WARC revisit record matched its page",
        "WARC revisit records matched their page",
    ),
}


def _kept_notes(run_id: int | None, notes: Mapping[str, int]) -> list[str]:
    """A line for each kind of note ``notes`` counts: "Not listed (not rejections): 5 pages
    stored without the date they give (clipper rejections --run 2 --reason date-unread)"."""
    scope = f"--run {run_id}" if run_id is not None else "--all-runs"
    lines = []
    for reason, (one, many) in _NOTES.items():
        count = notes.get(reason, 0)
        if count:
            lines.append(
                f"Not listed (not rejections): {count:,} {one if count == 1 else many} "
                f"(clipper rejections {scope} --reason {reason})"
            )
    return lines


def _unnamed_address(row: RejectionRow, of: str | None) -> bool:
    """Whether a rejection's line should name the page's address (``row.url``): it has one and
    neither its origin (a WARC record's ``crawl.warc.gz@23534``, a record's ``night.jsonl:8``),
    its detail ("HTTP 404: https://…", "301 http://… -> …") nor the list's heading (``of``,
    ``--url``'s) names it already, in any scheme or with a closing slash."""
    if not row.url:
        return False
    bare = re.escape(row.url.split("://", 1)[-1].rstrip("/").casefold())
    said = " ".join((row.origin, row.detail, of or "")).casefold()
    # the whole address, not the start of a longer one ("…/economia" in "…/economia/story")
    return re.search(rf"{bare}/?(?=$|[\s)\],;?#])", said) is None
