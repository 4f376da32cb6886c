"""Text for people: what ``clipper dedupe`` prints when a run ends, its counts, skips by reason
and first problems (the layouts of the query commands: :mod:`clipper.render`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clipper.layout import plural
from clipper.page import FILE_NOT_PAGES, WARC_NOT_PAGES
from clipper.quoting import quoted

if TYPE_CHECKING:
    from clipper.summary import RunSummary


def _skipped_parts(summary: RunSummary) -> str:
    """ " (12 of the pages read, 42 inputs that held no page, 1 damaged or cut-short record)"
    when a run skipped more than pages: the pages read add up to already archived + stored +
    the first part; a damaged record (a WARC's corrupt record, a file cut short inside a
    record) is no input that held no page: the pages around it were read."""
    pages = summary.skipped_pages
    inputs = summary.inputs_without_page
    damaged = summary.damaged_parts
    if not inputs and not damaged:
        return ""
    parts = [f"{pages} of the pages read"] if pages else []
    if inputs:
        parts.append(plural(inputs, "input that held no page", "inputs that held no page"))
    if damaged:
        parts.append(plural(damaged, "damaged or cut-short record"))
    return f" ({', '.join(parts)})"


# What a skip reason counts where its name alone may be read as something else: a `duplicate`
# is no copy of another outlet's (those are stored, "word-for-word copies").
_SKIP_NOTES = {"duplicate": " (one page read twice in this run's inputs: stored once)"}


def run_summary(summary: RunSummary) -> str:
    """What ``clipper dedupe`` did: the run's counts, skips by reason, the first problems."""
    # A run that found no page did not do its job, whatever its status: the cron job fails
    # (exit code 4) and the first line must not say "completed" above the error.
    status = (
        "read nothing"
        if summary.pages_read == 0 and summary.status == "completed"
        else (summary.status)
    )
    # a dry run's run is rolled back; one whose archive was discarded (it read nothing into an
    # archive it made) was never kept: "No run"
    run = (
        "Dry run"
        if summary.dry_run
        else "No run"
        if summary.run_id is None
        else f"Run {summary.run_id}"
    )
    lines = [
        f"{run}: "
        f"{status} in {summary.seconds:.1f}s"
        + (
            f" ({summary.wall_seconds:.1f}s with clipper's start-up)"
            if summary.wall_seconds is not None
            else ""
        )
        + (
            f"; it first waited {summary.lock_wait_seconds:.1f}s for another dedupe run on "
            "the archive to finish"
            if summary.lock_wait_seconds >= 1
            else ""
        ),
        # each line says what it counts (newcomer 40: "exact duplicates 6 / copies in them 6 /
        # skipped 1 duplicate" were hard to tell apart); the stored split three ways below it
        f"  pages read               {summary.pages_read:>7}",
        f"  already in the archive   {summary.already_archived:>7} (stored by an earlier run,"
        " unchanged)",
        f"  stored                   {summary.stored:>7} (the three lines below)",
        f"    starting a new cluster {summary.new_clusters:>7} (a copy of no page stored)",
        f"    copies joining those   {summary.copies_in_new_clusters:>7}",
        f"    joining earlier ones   {summary.joined_existing:>7} (clusters of earlier runs:"
        " copies, versions)",
        f"  word-for-word copies     {summary.exact_duplicates:>7} (of the stored: another"
        " outlet's unchanged copy)",
        f"  page shown changed       {summary.canonical_changes:>7} (clusters of earlier runs)",
        *(
            [
                f"  earlier pages moved      {summary.moved_pages:>7} (to another cluster: "
                f"clipper export --changed-since {summary.run_id - 1})"
            ]
            if summary.moved_pages and summary.run_id
            else []
        ),
        f"  skipped                  {summary.skipped_total:>7}" + _skipped_parts(summary),
    ]
    lines += [
        f"    {reason:<22} {count:>7}" + _SKIP_NOTES.get(reason, "")
        for reason, count in sorted(summary.skipped.items())
    ]
    for label, reasons in (
        ("WARC records, not pages", WARC_NOT_PAGES),
        ("files, not pages", FILE_NOT_PAGES),
    ):
        counts = {r: n for r, n in summary.not_pages.items() if r in reasons}
        if counts:
            kinds = ", ".join(
                f"{reason} {count}"
                for reason, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            )
            lines.append(f"  {label:<24} {sum(counts.values()):>7} ({kinds})")
    if archives := summary.not_pages.get("clipper-archive"):
        lines.append(f"  clipper archives, unread {archives:>7} (another archive in the dump)")
    if summary.revisits_matched:
        lines.append(
            f"  revisits of known pages  {summary.revisits_matched:>7} "
            "(re-fetches of unchanged pages: their last fetched moved)"
        )
    if summary.revisits_unmatched:
        lines.append(
            f"  revisits not matched     {summary.revisits_unmatched:>7} "
            "(their original capture is in no dump this archive read: nothing moved yet)"
        )
    if summary.revisits_matched_later:
        lines.append(
            f"  earlier revisits matched {summary.revisits_matched_later:>7} "
            "(read by earlier runs before tonight's original: last fetched moved)"
        )
    if summary.partial_pages:
        lines.append(f"  partial pages (kept)     {summary.partial_pages:>7}")
    if summary.pages_redecoded:
        lines.append(f"  not UTF-8 (read, kept)   {summary.pages_redecoded:>7}")
    if summary.headers_unread:
        lines.append(f"  front matter not YAML    {summary.headers_unread:>7} (read in part, kept)")
    if summary.dates_unread:
        lines.append(f"  dates not read (kept)    {summary.dates_unread:>7}")
    if summary.fields_unread:
        lines.append(f"  fields not read (kept)   {summary.fields_unread:>7} (an address or date?)")
    if summary.metadata_unread:
        lines.append(
            f"  no scraper metadata      {summary.metadata_unread:>7} (kept: no manifest row, "
            "bad sidecar)"
        )
    for named in summary.fields_named_unheld:
        lines.append(
            f"  --field {named}: no record of {summary.records_named} read holds "
            f"{quoted(named.split('=', 1)[1])}: check its spelling"
        )
    if summary.examples:
        from clipper.summary import input_order

        # The first of each kind of problem, then the next ones, ten in all, listed in the
        # order the run read them (newcomer 24, finding 21: a file's line 6 before its line 4)
        firsts: dict[str, dict[str, str]] = {}
        for e in summary.examples:
            firsts.setdefault(e["reason"], e)
        chosen = [*firsts.values(), *(e for e in summary.examples if e not in firsts.values())]
        shown = sorted(chosen[:10], key=lambda e: input_order(e["origin"])) + chosen[10:]
        lines.append("  first problems:")
        lines += [f"    {e['origin']}: {e['reason']} {e['detail']}".rstrip() for e in shown[:10]]
        if summary.skipped_total > min(len(shown), 10) and summary.dry_run:
            lines.append("  (a dry run keeps none of them: run without --dry-run to list all)")
        elif summary.skipped_total > min(len(shown), 10) and summary.run_id is not None:
            lines.append(f"  (every one: clipper rejections --run {summary.run_id})")
    return "\n".join(lines)
