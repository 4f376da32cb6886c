"""The archive's schema as SQLAlchemy 2 models.

The database is changed only by the Alembic migrations in ``migrations/``; these models must
describe the schema those migrations produce (a test compares them).  Times are ISO 8601 text
(UTC where clipper makes them), which sorts correctly and reads well in Datasette.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let SQLite batch migrations find and alter them (Alembic cookbook).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Meta(Base):
    """Facts about the archive itself, such as the fingerprint scheme its signatures use."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Run(Base):
    """One ``clipper dedupe`` invocation.  ``status``: running, completed, failed, interrupted
    (a run found still 'running' by a later run whose process is gone)."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[str] = mapped_column(String)
    finished_at: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    inputs: Mapped[str] = mapped_column(Text)  # JSON list of the paths given
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON run summary
    pid: Mapped[int | None] = mapped_column(Integer)


class Cluster(Base):
    """A set of pages carrying the same text; one of them is the canonical article."""

    __tablename__ = "clusters"
    # an id once given is never given again, a merged-away one included (migration 0071)
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", use_alter=True, ondelete="RESTRICT"), index=True
    )
    first_seen: Mapped[str | None] = mapped_column(String)
    last_seen: Mapped[str | None] = mapped_column(String)
    # ``size`` counts the cluster's rows of ``pages`` (every version of a page whose text it
    # carries), ``pages`` the distinct pages among them (by ``source_key``): what listings count
    # (migration 0027).
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    created_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    # The story (same event, other texts) this cluster belongs to: clipper.stories.
    story_id: Mapped[int | None] = mapped_column(
        ForeignKey("stories.id", use_alter=True, ondelete="SET NULL"), index=True
    )


class Page(Base):
    """One stored page: a canonical article or a variant of one.

    ``source_key`` is the URL, or the origin when the page has no URL; together with
    ``raw_hash`` (of the input exactly as read) it makes re-reading a dump a no-op.  ``version``
    numbers the distinct texts seen at one URL, oldest fetch first; 0 is a reading cut short
    whose text a version holds, kept as a fetch of it (clipper.versions.number_versions).
    """

    __tablename__ = "pages"
    __table_args__ = (
        UniqueConstraint("source_key", "raw_hash"),
        # A saved page or text dump without a URL is known by its path (its versions follow
        # the path), and its bytes found again under another path are the same page: the
        # pages without a URL by raw hash (partial: a URL's pages never need it).
        Index(
            "ix_pages_urlless_raw_hash",
            "raw_hash",
            sqlite_where=text("url IS NULL"),
            postgresql_where=text("url IS NULL"),
        ),
        # A WARC revisit record names the capture it repeats by its payload digest: the pages
        # read from WARC records by theirs (partial: other pages have none).  Migration 0029.
        Index(
            "ix_pages_payload_digest",
            "payload_digest",
            sqlite_where=text("payload_digest IS NOT NULL"),
            postgresql_where=text("payload_digest IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String)
    raw_hash: Mapped[str] = mapped_column(String(32))
    url: Mapped[str | None] = mapped_column(String, index=True)
    origin: Mapped[str] = mapped_column(String, index=True)  # clipper show path:LINE
    kind: Mapped[str] = mapped_column(String(8))
    site: Mapped[str | None] = mapped_column(String, index=True)
    # The site's registrable domain (clipper.sites.outlet_key): what every count of outlets
    # counts, so a publisher's sections and servers are one outlet.  Migration 0051.
    outlet: Mapped[str | None] = mapped_column(String, nullable=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String)
    published: Mapped[str | None] = mapped_column(String, index=True)
    fetched_at: Mapped[str | None] = mapped_column(String)  # the earliest reading's
    seen_at: Mapped[str] = mapped_column(String)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # JSON [[line number, line], ...] of site-template lines cut from ``text``: the text that
    # was fingerprinted is ``text`` with these put back (clipper.templates.restore_lines).
    template_lines: Mapped[str | None] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(32), index=True)
    shingle_count: Mapped[int] = mapped_column(Integer)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    similarity: Mapped[float | None] = mapped_column(Float)  # Jaccard to the canonical
    containment: Mapped[float | None] = mapped_column(Float)  # of the shorter in the longer
    is_exact_duplicate: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    # The URL of another site's page this page's <link rel=canonical> (or og:url) names: the
    # original a syndicated copy declares (clipper.read.provenance.declared_original); what
    # makes that page its cluster's canonical (clipper.cluster, rule 6).  Migration 0020.
    declared_original: Mapped[str | None] = mapped_column(String, nullable=True)
    # Where ``published`` came from: "declared" (a crawler's or record's date field, the
    # page's metadata) or "guessed" (found in its text or URL by a heuristic: htmldate's
    # search, a text dump's dateline); None when undated or stored before migration 0022
    # (unknown: ranked as a declared date).  Rule 6 of clipper.cluster ranks declared first.
    date_source: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # Why the reading stored was cut short (RawPage.partial: WARC-Truncated, a record or file
    # ending early), None for a whole reading: of two readings of one capture (URL and fetch
    # time) the whole one is the page's text (Store.renumber_versions).  Migration 0024.
    partial: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The latest fetch time of any reading of this page (``fetched_at`` is the earliest's): a
    # re-fetch of unchanged bytes or text moves it, and its cluster's ``last_seen`` with it
    # (clipper.sightings); None when no reading had a fetch time.  Migration 0025.
    last_fetched_at: Mapped[str | None] = mapped_column(String, nullable=True)
    # Whether ``fetched_at`` is a time its crawler wrote without a zone (news-please's
    # ``date_download``, the crawl machine's local clock): True, stored as written and read by
    # rule 6 as that wall time on any clock (clipper.pubwindows); False, written with a zone
    # (a WARC-Date, an epoch number) and stored in UTC; None when there is no fetch time, and
    # for pages stored before migration 0077 (unknown: read as UTC, as before).
    fetched_zoneless: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # The ``WARC-Payload-Digest`` of the WARC record the page was stored from (``sha1:BASE32``,
    # clipper.page.payload_digest), what a later revisit record of it names
    # (clipper.revisits); None for other inputs and pages stored before migration 0029.
    payload_digest: Mapped[str | None] = mapped_column(String, nullable=True)
    # Whether ``published`` is a time of day its source wrote without a time zone: True, stored
    # as written (the source's own clock, not UTC: shown "14:30 (no time zone given)"); False,
    # written with one and stored in UTC; None for a date, an undated page, and pages stored
    # before migration 0031 (unknown: shown as UTC, as before).  clipper.dates.zoneless_time.
    published_zoneless: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # The offset, in minutes east of UTC, a ``published`` time of day was written with (stored
    # in UTC: ``published_zoneless`` False), the page's own clock where its country is not
    # known (``export``'s ``published_local``: clipper.pubwindows.local_column); None for a
    # zoneless time, a date, an undated page and pages stored before migration 0108.
    # clipper.dates.declared_offset.
    published_offset: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The first and last UTC second (ISO 8601) a zoneless ``published`` can be on the clocks
    # of the country the page's address names (clipper.pubwindows.zoneless_bounds: India's
    # 10:00 is 04:30 UTC twice, Indonesia's 01:00 to 03:00 UTC), what ``--since``/``--until``
    # compare it with (clipper.searchfilters); None otherwise.  Migration 0057.
    published_from: Mapped[str | None] = mapped_column(String, nullable=True)
    published_to: Mapped[str | None] = mapped_column(String, nullable=True)
    # The country the page or its crawler states it is of (clipper.declaredregion: "es-MX",
    # a record's "country", an address's /mx/; ISO 3166), which narrows the clocks of a
    # zoneless time where the address names no country (clipper.sitezones.clock_country);
    # None when none is stated, two are, and for pages stored before migration 0059.
    region: Mapped[str | None] = mapped_column(String, nullable=True)
    # The time this version's "Updated" line gives (ISO 8601: with +00:00 when the line gave a
    # zone, stored in UTC; as written without one), when its publication date is an earlier
    # version's or is that update itself (``date_source`` "updated": clipper.page.UPDATED);
    # None otherwise and for pages stored before migration 0064 (clipper.newpages).
    updated: Mapped[str | None] = mapped_column(String, nullable=True)
    # The last run that changed what an export writes of this page after the run that stored
    # it (``run_id``): its cluster, similarity, canonical, story, story lead, version, dates,
    # headline or text (clipper.store.changed); None when none has.  ``export
    # --changed-since RUN`` is the pages with ``run_id`` or this above RUN.  Migration 0069.
    changed_run_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)


class PageCredit(Base):
    """What ``--author`` and ``--agency`` find a page by (:mod:`clipper.bylinekeys`): one row
    a key.  ``kind`` "author": a word of a person's name in the page's byline (``pages.author``
    split at ";", :func:`clipper.bylinekeys.name_words`), ``name_index`` that name's place in
    the byline, so the words of one query name are sought in one name; "agency": an agency the
    byline, the text's opening (a dateline's credit) or its closing credits, keyed by the
    agency's name (:func:`clipper.bylinekeys.agency_keys`: "(أ ف ب)" and "AFP" one key),
    ``name_index`` 0.  Written with the page, and again when its byline or text changes
    (:mod:`clipper.store.credits`); looked up by ``kind`` and ``key`` (the primary key), and
    a page's rows by ``ix_page_credits_page_id``.  Migration 0103."""

    __tablename__ = "page_credits"
    __table_args__ = (
        Index("ix_page_credits_page_id", "page_id"),
        {"sqlite_with_rowid": False},
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    name_index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class LshBand(Base):
    """The persistent LSH index: one row per (band key, page).  A nightly run looks up its new
    pages' band keys here instead of rebuilding an index over the whole archive."""

    __tablename__ = "lsh_bands"
    __table_args__ = {"sqlite_with_rowid": False}
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )


class LshBandRecent(Base):
    """The LSH index's recent part: the band keys of the pages stored since the last merge.

    Band keys are hashes, so a night's keys would land all over the big ``lsh_bands`` B-tree
    (one dirty page per key at every commit).  New keys go here, a small B-tree; when it holds
    ``Config.band_merge_fraction`` of the archive's pages (and at least
    ``Config.band_merge_min_pages``) it is merged into ``lsh_bands`` in key order and emptied
    (``clipper.store.Store.insert_bands``).  Look-ups read both."""

    __tablename__ = "lsh_bands_recent"
    __table_args__ = {"sqlite_with_rowid": False}
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )


class Match(Base):
    """A verified near-duplicate pair: ``page_id`` is close enough to the better-ranked
    ``better_page_id`` to be its variant.  Clusters are recomputed from these edges."""

    __tablename__ = "matches"
    __table_args__ = (
        Index("ix_matches_better_page_id", "better_page_id"),
        {"sqlite_with_rowid": False},
    )
    page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    better_page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    jaccard: Mapped[float] = mapped_column(Float)
    containment: Mapped[float] = mapped_column(Float)
    # where the longer page holds the shorter's first shared shingle, in words (match.Edge):
    # what tells a compilation from a longer copy (clipper.cluster, rule 5)
    offset_words: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # how many words of the shorter page's own lie above the text the longer holds (match.Edge):
    # what tells a rewrite's run of a story from a roundup's item (clipper.compilations)
    lead_words: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CanonicalChange(Base):
    """A cluster whose canonical article was replaced by a better version."""

    __tablename__ = "canonical_changes"
    # A run's changes, and one cluster's change in a run (Store._record_change): a seek each
    __table_args__ = (Index("ix_canonical_changes_run_id_cluster_id", "run_id", "cluster_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    previous_page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    new_page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    changed_at: Mapped[str] = mapped_column(String)


class Merge(Base):
    """A cluster or story that a run deleted because its members moved to others (a recluster
    joined its pages to another cluster, a story update its clusters to another story): where
    ``members`` of its members (a cluster's pages, a story's clusters) went, one row a
    destination (clipper.store.changed), so ``show`` of the old id can say where it went.
    ``kind`` is "cluster" or "story".  Migration 0069."""

    __tablename__ = "merges"
    __table_args__ = (Index("ix_merges_kind_old_id", "kind", "old_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    old_id: Mapped[int] = mapped_column(Integer)
    new_id: Mapped[int] = mapped_column(Integer)
    members: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))


class SiteLine(Base):
    """How many distinct pages of a site carried a short line: the site-template detector.

    ``sources``: while the line is on fewer than ``CleanConfig.template_min_pages`` pages, the
    JSON list (sorted) of those pages' ``source_key``; NULL once it reaches that count.  The
    night it does, the stored pages listed are cut again (:mod:`clipper.templates`), so a page's
    stored text does not depend on whether it arrived before or after the line became template.
    """

    __tablename__ = "site_lines"
    __table_args__ = {"sqlite_with_rowid": False}
    site: Mapped[str] = mapped_column(String, primary_key=True)
    line_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    pages: Mapped[int] = mapped_column(Integer)
    sources: Mapped[str | None] = mapped_column(Text)


class Rejected(Base):
    """An input or page that yielded no article, kept so a user can find and fix it."""

    __tablename__ = "rejections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    origin: Mapped[str] = mapped_column(String, index=True)
    reason: Mapped[str] = mapped_column(String, index=True)
    detail: Mapped[str] = mapped_column(Text)
    # The page's URL key (clipper.urls.url_key) when a page with a URL was rejected: what
    # ``clipper show URL`` and ``clipper rejections --url`` look up (migration 0018).
    url: Mapped[str | None] = mapped_column(String, index=True)
    # When the rejected reading was fetched (ISO 8601 in UTC, as ``pages.fetched_at``): what
    # ``clipper show URL`` tells of a later fetch it did not store (an expired story's notice).
    # None when its input gave no fetch time, for inputs that are no page, and for rows stored
    # before migration 0038.
    fetched_at: Mapped[str | None] = mapped_column(String, nullable=True)


class PendingRevisit(Base):
    """A WARC revisit record whose original capture no run had read yet (migration 0030): kept
    so that the run that reads the original later moves its page's last fetch all the same
    (:mod:`clipper.revisits`).  The record's fields as read, and ``address``, the URL key of
    the capture it names (``WARC-Refers-To-Target-URI``, else ``WARC-Target-URI``)."""

    __tablename__ = "pending_revisits"
    __table_args__ = (
        Index(
            "ix_pending_revisits_payload_digest",
            "payload_digest",
            sqlite_where=text("payload_digest IS NOT NULL"),
            postgresql_where=text("payload_digest IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    origin: Mapped[str] = mapped_column(String, index=True)
    url: Mapped[str | None] = mapped_column(String, nullable=True)
    address: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    fetched_at: Mapped[str] = mapped_column(String)
    refers_to_url: Mapped[str | None] = mapped_column(String, nullable=True)
    refers_to_date: Mapped[str | None] = mapped_column(String, nullable=True)
    payload_digest: Mapped[str | None] = mapped_column(String, nullable=True)


class Story(Base):
    """Clusters that report the same event in different words (clipper.stories).

    ``size`` counts clusters, ``pages`` their pages (distinct pages: a page's versions count once,
    migration 0027), ``outlets`` the distinct outlets among them (``pages.outlet``, migration 0051);
    ``first_day``/``last_day`` are the first and last event days (publication, else fetch, else
    seen date) of its pages, a copy's too (migration 0029), ``first_seen``/``last_seen`` the
    clusters' crawl times.  ``lead_page_id`` is the
    canonical article of the story's largest cluster, whose title is ``title``.
    """

    __tablename__ = "stories"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never given twice (migration 0071)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    lead_page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    first_day: Mapped[str] = mapped_column(String, index=True)
    last_day: Mapped[str] = mapped_column(String, index=True)
    first_seen: Mapped[str | None] = mapped_column(String)
    last_seen: Mapped[str | None] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    outlets: Mapped[int] = mapped_column(Integer)
    created_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    updated_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))


class StoryVector(Base):
    """A cluster's story vector: the weighted terms of its canonical article (``page_id``) as of
    the last story update, and the story it was put in.  Not linked to ``clusters`` by a foreign
    key on purpose: a row outliving its cluster (merged away by a recluster) tells the next
    update which story lost a member."""

    __tablename__ = "story_vectors"
    cluster_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    page_id: Mapped[int] = mapped_column(Integer, index=True)
    story_id: Mapped[int | None] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(String(10), index=True)  # YYYY-MM-DD
    terms: Mapped[bytes] = mapped_column(LargeBinary)  # uint32 term hashes + float32 weights


class StoryLink(Base):
    """A cluster's story links: the clusters the story stage links it to (their stored
    vectors' cosine clears the bar for their gap, among the candidate pairs:
    clipper.stories.linking and clipper.stories.scoring), as sorted int64 ids, little-endian;
    no row: none.  Exactly the links among the clusters of ``story_vectors``
    (clipper.stories.stored_links), so a run
    scores only what it changed; one row a cluster, so a night's writes follow its clusters,
    not their links (a one-topic day links each cluster with a hundred others)."""

    __tablename__ = "story_links"
    cluster_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    linked: Mapped[bytes] = mapped_column(LargeBinary)


class Watchlist(Base):
    """A saved search (clipper.digest.watchlists): ``query`` in clipper's search language,
    ``sites`` and ``languages`` JSON lists (empty: any) limiting the stories it follows."""

    __tablename__ = "watchlists"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    query: Mapped[str] = mapped_column(Text)
    sites: Mapped[str] = mapped_column(Text)
    languages: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)


class Digest(Base):
    """A digest written with the default window (clipper.digest.window): ``selection`` names
    the watchlists and query it covered; the next digest of that selection starts at ``until``.
    ``runs_done`` is the highest run id below which every run had ended when the digest read
    the archive (migration 0027): the next digest takes the runs after it, so a run that ended
    in the very second the digest was read is in one digest, not two (NULL for a digest
    recorded before: its next one goes by ``until``)."""

    __tablename__ = "digests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    selection: Mapped[str] = mapped_column(String, index=True)
    since: Mapped[str] = mapped_column(String)
    until: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String)
    stories: Mapped[int] = mapped_column(Integer)
    runs_done: Mapped[int | None] = mapped_column(Integer)
