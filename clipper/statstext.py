"""Text for people: ``clipper stats``'s facts, top sites and runs of the archive, and the counts
of a selection (``stats`` with a filter) (the layout rules: :mod:`clipper.layout`; the other
query commands' layouts: :mod:`clipper.render`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clipper.layout import MIN_WIDTH, WIDE, fit, shown_time, table
from clipper.localdays import local_day
from clipper.sites import readable

if TYPE_CHECKING:  # the command imports the module of its own rows
    from datetime import tzinfo

    from clipper.archivestats import Stats
    from clipper.selectionstats import SelectionCounts


def _pages_stored(pages: int, older_versions: int) -> str:
    """``20``, or ``20 (+3 older versions: 23 stored)``: the runs' "stored" and export's rows
    count every version, so both numbers are said."""
    if not older_versions:
        return f"{pages}"
    plural = "s" if older_versions != 1 else ""
    return f"{pages} (+{older_versions} older version{plural}: {pages + older_versions} stored)"


def _over_all_runs(inputs: int, rejections: int) -> str:
    """``3``, or ``3 (4 over all runs)`` when the runs rejected those inputs more often (a
    dump read twice counts twice in the runs' figure)."""
    return f"{inputs}" if rejections == inputs else f"{inputs} ({rejections} over all runs)"


def stats(found: Stats, width: int, archive: str = "", zone: tzinfo | None = None) -> str:
    """The archive's facts, top sites and runs; the first and last day of its pages and a
    run's start in ``zone`` (``--tz``; None: UTC), the STARTED header naming it when it is not
    UTC ("STARTED (WIB)")."""
    width = max(width, MIN_WIDTH)
    dates = (
        f"{local_day(found.first_date, zone)} … {local_day(found.last_date, zone)}"
        if found.first_date
        else "-"
    )
    skipped = _over_all_runs(found.skipped_inputs, found.rejections)
    facts = [
        ("pages", _pages_stored(found.pages, found.older_versions)),
        ("clusters (canonical articles)", f"{found.clusters}"),
        ("variants (other copies)", f"{found.variants}"),
        # the run summary's words (clipper.summarytext): a word-for-word copy is a variant
        # whose cleaned text is its canonical's; "duplicate" is a skip reason there
        (
            "word-for-word copies",
            f"{found.exact_duplicates} (of the variants: another outlet's unchanged copy)",
        ),
        ("clusters on 2+ pages", f"{found.multi_page_clusters} (largest: {found.largest_cluster})"),
        ("stories (same event)", f"{found.stories} ({found.multi_cluster_stories} of 2+ articles)"),
        ("sites", f"{found.sites} (+{found.pages_without_site} pages without a site)"),
        ("outlets", f"{found.outlets} (sites by registrable domain)"),
        ("skipped inputs", skipped),
        # each reason as the headline counts (an input once, however often read: a clean
        # archive and one recovered from a killed run give the same), the over-all-runs
        # figure beside it where it differs (newcomer 37, finding 5)
        *(
            (f"  {reason}", _over_all_runs(count, found.rejections_by_reason.get(reason, count)))
            for reason, count in found.skipped_by_reason.items()
        ),
        ("dates", dates),
    ]
    if found.size_bytes is not None:
        facts.append(("size on disk", f"{found.size_bytes / 1e6:,.1f} MB"))
    out = [fit(f"Archive {archive}", width)] if archive else []
    out += [fit(f"  {label:<30} {value}", width) for label, value in facts]
    if found.top_sites:
        out += ["", "Top sites"]
        out += table(
            ["SITE", "PAGES", "CLUSTERS"],
            [[readable(s.site), str(s.pages), str(s.clusters)] for s in found.top_sites],
            width,
            flex=0,
            right=(1, 2),
        )
    out += ["", f"Runs ({len(found.runs)} of {found.runs_total}, newest first)"]
    if found.runs:
        rows = []
        started = [shown_time(run.started_at, zone) for run in found.runs]
        for run, start in zip(found.runs, started, strict=True):
            counts = run.counts
            rows.append(
                [
                    str(run.run_id),
                    start[: 16 if width >= WIDE else 10],
                    run.status,
                    str(counts.get("pages_read", "-")),
                    str(counts.get("already_archived", "-")),
                    str(counts.get("stored", "-")),
                    str(counts.get("exact_duplicates", "-")),
                    str(counts.get("skipped_total", "-")),
                    " ".join(run.inputs),
                ]
            )
        # READ = KNOWN (already in the archive) + STORED + the skipped that were pages;
        # COPIES: the run summary's "word-for-word copies", said under the table (a DUPES
        # column was read as the skipped duplicates, newcomer 41)
        names = {time[17:] for time in started if len(time) > 16} - {"UTC"}
        named = f" ({'/'.join(sorted(names))})" if names and width >= WIDE else ""
        headers = [
            "RUN",
            f"STARTED{named}",
            "STATUS",
            "READ",
            "KNOWN",
            "STORED",
            "COPIES",
            "SKIPPED",
            "INPUTS",
        ]
        out += table(headers, rows, width, flex=8, right=(3, 4, 5, 6, 7), shrink=())
        legend = "COPIES: word-for-word copies among the stored, as dedupe's summary says"
        out += ["", fit(legend, width)]
    return "\n".join(out)


def selection_stats(found: SelectionCounts, width: int, what: str) -> str:
    """A selection's counts (``clipper stats`` with a filter): ``what`` names the selection
    ("watchlist Bank; 2026-12-01 – 2026-12-31"), then its counts, its first and last day and
    its outlets with most pages."""
    width = max(width, MIN_WIDTH)
    days = f"{found.first_day} … {found.last_day}" if found.first_day else "-"
    facts = [
        ("pages", _pages_stored(found.pages, found.older_versions)),
        ("articles (clusters)", f"{found.articles}"),
        ("stories (same event)", f"{found.stories}"),
        ("outlets", f"{found.outlets} (+{found.pages_without_site} pages without a site)"),
        ("dates", days),
    ]
    out = [fit(f"Selection: {what}", width)]
    out += [fit(f"  {label:<30} {value}", width) for label, value in facts]
    if found.top_outlets:
        out += ["", "Top outlets"]
        out += table(
            ["OUTLET", "PAGES", "ARTICLES"],
            [[readable(o.outlet), str(o.pages), str(o.articles)] for o in found.top_outlets],
            width,
            flex=0,
            right=(1, 2),
        )
    return "\n".join(out)
