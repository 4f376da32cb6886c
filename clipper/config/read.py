"""How inputs are read: the config object's ``read`` section.

Part of the config object (:class:`clipper.config.Config`); the figures quoted come from the
measurements described in the README ("How the defaults were chosen"), the commands that
reproduce them live in ``bench/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    """How inputs are read: guards against hostile or broken input (exceeding one rejects the
    page, never the run), and a scraper's own names for the fields clipper reads."""

    # Largest page body kept (bytes after decompression).  Real article pages are under 2 MB;
    # 20 MB leaves room for inlined images while keeping one page's cleaning bounded.
    max_page_bytes: int = 20 * 1024 * 1024
    # Largest decompressed size read from one .gz file: a gzip bomb stops here, not in RAM.
    max_decompressed_bytes: int = 2 * 1024 * 1024 * 1024
    # WARC records split across files (clipper.read.warcsegments) waiting at once for their
    # continuation records, each holding up to max_page_bytes.  A crawler splits only the
    # record its file size limit falls in, and writes the rest at the start of its next file:
    # one waits per file boundary; 16 leaves room for files read out of their crawl's order
    # while bounding the memory held (16 x 20 MB).
    max_waiting_segments: int = 16
    # Longest JSONL line read (bytes); longer lines are rejected without being held whole.
    max_line_bytes: int = 64 * 1024 * 1024
    # A record's own field names for fields clipper reads, (clipper's name, the record's):
    # ``dedupe --field url=url_noticia``.  A spider writing its own names left pages without
    # an address or a date, which no table of names can foresee (newcomer 24 finding 15).
    field_names: tuple[tuple[str, str], ...] = ()
    # The country a user states for the pages that state none, (a site or None for every page,
    # an ISO 3166 code): ``dedupe --country ES``, ``--country radio-aragon.example=ES``.  A
    # crawl's WARC or a folder of saved pages carries no country field to add one to, as a
    # record's ``country`` is (newcomer 39b, finding 3: clipper.read.statedcountry).
    countries: tuple[tuple[str | None, str], ...] = ()
