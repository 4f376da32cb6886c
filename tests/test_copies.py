"""Copies that share a run of text but not the opening (issue 11), on invented stories.

The kinds: rewrites that open with an intro line of their own and carry a run of paragraphs
from the middle of a wire story (field case ``contained-copies-new-opening``); a brief of a
story whose canonical now opens with an update paragraph and ends with an agency trailer;
copies with a few per cent of their words edited.  And what must stay apart: two different
reports that quote the same long statement.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from clipper.archive import Archive, open_archive
from clipper.candidates import shares_passages
from clipper.config import Config, FingerprintConfig, MatchConfig
from clipper.fingerprint import fingerprint_texts
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.models import Cluster, Page
from clipper.pipeline import dedupe
from tests.conftest import build, migrate, snapshot

SYLLABLES = ["ka", "lo", "mer", "tin", "sa", "vo", "ril", "den", "ba", "tor", "quin", "ash"]


def invented_paragraphs(seed: int, count: int, sentences: int = 2) -> list[str]:
    """Paragraphs of invented words (2 sentences of 12-20 words each by default)."""
    rng = random.Random(seed)
    vocab = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(900)]
    out = []
    for _ in range(count):
        text = []
        for _ in range(sentences):
            words = [rng.choice(vocab) for _ in range(rng.randint(12, 20))]
            text.append(" ".join(words).capitalize() + ".")
        out.append(" ".join(text))
    return out


def page(headline: str, paragraphs: list[str]) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def clusters_by_name(archive: Archive) -> tuple[dict[str, int], dict[int, str]]:
    """page file name → cluster id, and cluster id → its canonical's file name."""
    with archive.sessions() as session:
        rows = session.execute(select(Page.id, Page.origin, Page.cluster_id)).all()
        canonical = dict(session.execute(select(Cluster.id, Cluster.canonical_page_id)).all())
    name_of = {pid: Path(origin).name for pid, origin, _ in rows}
    return (
        {name_of[pid]: cid for pid, _, cid in rows if cid is not None},
        {cid: name_of[pid] for cid, pid in canonical.items()},
    )


WIRE = invented_paragraphs(11, 12)
INTROS = [
    "Residents of Quarrington said goodbye to a landmark on Saturday.",
    "It was the end of an era for the little harbour town this weekend.",
]


def rewrites(folder: Path) -> list[Path]:
    """8 rewrites: the local headline, intro line K, then wire paragraphs S+1 … S+N."""
    paths = []
    for start, count, intro in [(3, 4, 0), (3, 5, 1), (4, 4, 1), (4, 5, 0), (5, 4, 0),
                                (5, 5, 1), (6, 4, 0), (6, 5, 1)]:
        body = [INTROS[intro], *WIRE[start : start + count]]
        paths.append(write(folder, f"copies/rewrite-s{start}-n{count}-i{intro}.txt",
                           page("Quarrington pier: the last crossing", body)))
    return paths


def test_rewrites_with_their_own_opening_join_the_wire_story(tmp_path: Path) -> None:
    wire = write(tmp_path, "wire.txt", page("Quarrington pier closes after 140 years", WIRE))
    copies = rewrites(tmp_path)
    archive, summary = build(tmp_path / "all.db", [wire, tmp_path / "copies"])
    clusters, canonical = clusters_by_name(archive)
    archive.close()
    assert summary.new_clusters == 1
    assert len(set(clusters.values())) == 1 and len(clusters) == 9
    assert canonical[clusters["wire.txt"]] == "wire.txt"
    for n, copy in enumerate(copies):  # each on its own with the wire story, either order
        order = [wire, copy] if n % 2 else [copy, wire]
        archive, summary = build(tmp_path / f"pair-{n}.db", order)
        clusters, _ = clusters_by_name(archive)
        archive.close()
        assert summary.new_clusters == 1, copy.name
        assert clusters[copy.name] == clusters["wire.txt"]


def test_same_copies_in_any_order_and_batch_size_give_the_same_clusters(tmp_path: Path) -> None:
    wire = write(tmp_path, "wire.txt", page("Quarrington pier closes after 140 years", WIRE))
    files = [wire, *rewrites(tmp_path)]
    results = []
    for n, batch_size in enumerate([1000, 1, 3]):
        shuffled = list(files)
        random.Random(n).shuffle(shuffled)
        archive, _ = build(tmp_path / f"order-{n}.db", shuffled, batch_size=batch_size)
        clusters, canonical = clusters_by_name(archive)
        archive.close()
        groups = sorted(
            (canonical[cid], sorted(k for k, c in clusters.items() if c == cid))
            for cid in set(clusters.values())
        )
        results.append(groups)
    assert results[0] == results[1] == results[2]


def test_brief_joins_a_canonical_with_a_new_opening_and_a_trailer(tmp_path: Path) -> None:
    story = invented_paragraphs(23, 40)  # a long story: the brief is 5 % of it
    update = invented_paragraphs(24, 1, sentences=4)[0]
    trailer = "Copyright 2026 Harbor Wire. All rights reserved. Not to be redistributed."
    full = write(tmp_path, "full.txt", page("Tide barrier vote", [f"UPDATE: {update}", *story,
                                                                  trailer]))
    brief = write(tmp_path, "brief.txt", page("Tide barrier vote", story[:2]))
    other = write(tmp_path, "other.txt", page("Tide barrier vote", invented_paragraphs(25, 2)))
    archive, _ = build(tmp_path / "brief.db", [brief, other, full])
    clusters, canonical = clusters_by_name(archive)
    archive.close()
    assert clusters["brief.txt"] == clusters["full.txt"]
    assert canonical[clusters["full.txt"]] == "full.txt"
    assert clusters["other.txt"] != clusters["full.txt"]


def test_short_briefs_below_a_long_caption_join_their_story(tmp_path: Path) -> None:
    # A brief of one paragraph (30-36 words: no 40-word passage), while the full copy opens
    # with a long photo caption: the brief's first words sit ~50 words into it, too far for
    # the lead bands (its first 60 words); the opening keys find it.
    names = [71, 72, 73, 77]
    for n in names:
        story = invented_paragraphs(n, 16)
        caption = invented_paragraphs(n + 20, 1, sentences=3)[0] + " (Photo: Harbor Wire)"
        write(tmp_path, f"full-{n}.txt", page(f"Harbour story {n}", [caption, *story]))
        write(tmp_path, f"brief-{n}.txt", page(f"Harbour story {n}", story[:1]))
    archive, summary = build(tmp_path / "briefs.db", [tmp_path])
    clusters, canonical = clusters_by_name(archive)
    archive.close()
    assert summary.new_clusters == 4
    for n in names:
        assert clusters[f"brief-{n}.txt"] == clusters[f"full-{n}.txt"], n
        assert canonical[clusters[f"full-{n}.txt"]] == f"full-{n}.txt"


def test_a_header_two_stories_open_with_is_a_copy_of_neither(tmp_path: Path) -> None:
    header = ("By the Harbor Money desk, Tuesday 14 July 2026, 7:00 am. The correlation between "
              "tin and the harbour freight index has become clear in recent weeks, our analysts "
              "say.")
    for n in range(2):
        write(tmp_path, f"story-{n}.txt",
              page(f"Markets {n}", [header, *invented_paragraphs(91 + n, 12)]))
    write(tmp_path, "header-only.txt", page("Harbor Money", [header]))
    archive, _ = build(tmp_path / "header.db", [tmp_path])
    clusters, _ = clusters_by_name(archive)
    archive.close()
    assert len(set(clusters.values())) == 3


def test_a_brief_under_a_shared_header_joins_the_story_that_covers_it_whole(
    tmp_path: Path,
) -> None:
    # Two stories of one outlet open with the same desk header; a brief of the first is that
    # header and the first story's opening paragraph.  The second story holds the brief's
    # head (the header) but not the rest; only the first covers it whole, so it joins that.
    header = ("By the Harbor Money desk, Tuesday 14 July 2026, 7:00 am. The correlation between "
              "tin and the harbour freight index has become clear in recent weeks, our analysts "
              "say. Sign up for the morning markets letter and read every column of the desk "
              "before the bell.")
    stories = [invented_paragraphs(95 + n, 12) for n in range(2)]
    for n, story in enumerate(stories):
        write(tmp_path, f"story-{n}.txt", page("Harbor Money", [header, *story]))
    write(tmp_path, "brief-0.txt", page("Harbor Money", [header, stories[0][0]]))
    archive, _ = build(tmp_path / "header.db", [tmp_path])
    clusters, canonical = clusters_by_name(archive)
    archive.close()
    assert clusters["brief-0.txt"] == clusters["story-0.txt"]
    assert canonical[clusters["story-0.txt"]] == "story-0.txt"
    assert clusters["story-1.txt"] != clusters["story-0.txt"]


@pytest.mark.parametrize(
    ("before", "revision", "keys", "seed", "paragraphs"),
    [
        ("0005", "0006", "passage_keys", 51, 6),
        ("0007", "0008", "opening_keys", 52, 6),
        ("0010", "0011", "window_keys", 53, 1),  # a short page: 24-40 words
    ],
)
def test_upgrade_indexes_the_keys_of_pages_stored_before(
    tmp_path: Path, before: str, revision: str, keys: str, seed: int, paragraphs: int
) -> None:
    """Migrations 0006 (passages), 0008 (openings) and 0011 (brief windows) index the pages
    already stored."""
    db = tmp_path / "old.db"
    text = "\n".join(invented_paragraphs(seed, paragraphs))
    migrate(db, "upgrade", before)
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO runs (id, started_at, status, inputs, counts) "
                    "VALUES (1, '2026-01-01T00:00:00', 'completed', '[]', '{}')")
        con.execute(
            "INSERT INTO pages (id, source_key, raw_hash, origin, kind, seen_at, text, "
            "word_count, content_hash, shingle_count, signature, is_exact_duplicate, "
            "version, run_id) VALUES (1, 'k', 'r', 'a.txt', 'text', "
            "'2026-01-01T00:00:00', ?, 1, 'h', 1, x'00', 0, 1, 1)",
            (text,),
        )
    con.close()
    migrate(db, "upgrade", revision)
    expected = fingerprint_texts([text], MinHasher(FingerprintConfig()))[0]
    assert expected is not None and len(getattr(expected, keys)) > 3
    con = sqlite3.connect(db)
    stored = {k for (k,) in con.execute("SELECT key FROM lsh_bands WHERE page_id = 1")}
    con.close()
    assert stored == set(getattr(expected, keys).tolist())


def _candidate(page_id: int, text: str) -> Candidate:
    fingerprint = fingerprint_texts([text], MinHasher(FingerprintConfig()))[0]
    assert fingerprint is not None
    return Candidate(page_id, fingerprint.shingle_sequence, fingerprint.shingles, (page_id,),
                     fingerprint.passage_keys, fingerprint.opening_keys)


def test_only_pages_sharing_enough_passages_are_verified() -> None:
    story = invented_paragraphs(101, 14)
    other = invented_paragraphs(102, 14)
    wire = _candidate(1, "\n".join(story))
    rewrite = _candidate(2, "\n".join([INTROS[0], *story[6:11]]))
    brief = _candidate(3, story[0])
    reuses_a_paragraph = _candidate(4, "\n".join([*other[:6], *story[7:9], *other[6:]]))
    share = MatchConfig().passage_share
    for a, b in [(wire, rewrite), (wire, brief)]:
        assert shares_passages(a, b, share) and shares_passages(b, a, share)
    # it shares passages with the story (two paragraphs of it), but 2 of its ~20
    assert set(wire.passage_keys.tolist()) & set(reuses_a_paragraph.passage_keys.tolist())
    assert not shares_passages(wire, reuses_a_paragraph, share)
    assert not shares_passages(reuses_a_paragraph, wire, share)


def test_a_day_of_pages_reusing_paragraphs_gives_the_same_clusters_over_any_nights(
    tmp_path: Path,
) -> None:
    # Issue 10's one-day shape on invented text: records built from runs of paragraphs of a
    # few source stories (sharing paragraphs without being copies), a third of them
    # re-published with a paragraph dropped, briefs and rewrites: one run, or three nights in
    # another order with small batches, must give the same clusters.
    rng = random.Random(5)
    sources = [invented_paragraphs(200 + k, 12) for k in range(5)]
    files: list[Path] = []
    copies: list[tuple[str, str]] = []
    for n in range(18):
        body: list[str] = []
        for source in rng.sample(sources, rng.randint(2, 3)):
            start = rng.randrange(0, 8)
            body += source[start : start + rng.randint(3, 5)]
        files.append(write(tmp_path / "day", f"record-{n}.txt", page(f"Record {n}", body)))
        if n % 3 == 0:
            dropped = [p for i, p in enumerate(body) if i != len(body) // 2]
            files.append(write(tmp_path / "day", f"copy-{n}.txt", page(f"Copy {n}", dropped)))
            copies.append((f"copy-{n}.txt", f"record-{n}.txt"))
        if n % 5 == 1:
            files.append(write(tmp_path / "day", f"brief-{n}.txt", page(f"Brief {n}", body[:1])))
        if n % 5 == 2:
            files.append(write(tmp_path / "day", f"rewrite-{n}.txt",
                               page(f"Rewrite {n}", [INTROS[n % 2], *body[2:6]])))
    archive, _ = build(tmp_path / "one.db", files)
    expected = snapshot(archive)["clusters"]
    clusters, _ = clusters_by_name(archive)
    archive.close()
    for copy, record in copies:
        assert clusters[copy] == clusters[record], copy
    assert len(set(clusters.values())) > 12  # records that only reuse paragraphs stay apart
    shuffled = list(files)
    random.Random(6).shuffle(shuffled)
    archive = open_archive(str(tmp_path / "nights.db"))
    for night in range(3):
        dedupe(archive, [str(p) for p in shuffled[night::3]], Config(workers=1, batch_size=4))
    assert snapshot(archive)["clusters"] == expected
    archive.close()


def _typos(paragraphs: list[str], share: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [p.split(" ") for p in paragraphs]
    total = sum(len(w) for w in words)
    for _ in range(round(total * share)):
        w = words[rng.randrange(len(words))]
        j = rng.randrange(len(w) - 1)
        w[j], w[j + 1] = w[j + 1], w[j]  # two words swapped
    return [" ".join(w) for w in words]


def test_copies_with_edited_words_match_and_quoting_articles_do_not() -> None:
    hasher = MinHasher(FingerprintConfig())
    story = invented_paragraphs(31, 14)
    quote = story[5:7]  # two paragraphs: a statement both reports quote in full
    texts = {
        "full": "\n".join(_typos(story, 0.02, 1)),
        "brief": "\n".join(_typos(story[:3], 0.03, 2)),  # both sides edited, differently
        "other-report": "\n".join([*invented_paragraphs(32, 6), *quote,
                                   *invented_paragraphs(33, 5)]),
        "story": "\n".join(story),
    }
    prints = fingerprint_texts(list(texts.values()), hasher)
    candidates = {
        name: Candidate(i, f.shingle_sequence, f.shingles, (-f.word_count, name))
        for i, (name, f) in enumerate(zip(texts, prints, strict=True))
        if f is not None
    }
    assert prints[3] is not None and prints[2] is not None
    # The quoting report shares a passage key with the story (it is a candidate) ...
    assert set(prints[3].passage_keys.tolist()) & set(prints[2].passage_keys.tolist())
    pairs = [("full", "brief"), ("story", "other-report"), ("story", "brief")]
    edges = verify([(candidates[a], candidates[b]) for a, b in pairs], MatchConfig())
    # ... but verification keeps it apart, while the edited brief is a copy of both.
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0), (1, 3)]
    assert all(e.jaccard < 0.5 for e in edges)  # found by coverage, not by Jaccard


def test_passage_keys_ignore_how_paragraphs_are_broken() -> None:
    hasher = MinHasher(FingerprintConfig())
    story = invented_paragraphs(41, 8)
    one_line, many_lines = fingerprint_texts(["  ".join(story), "\n\n".join(story)], hasher)
    assert one_line is not None and many_lines is not None
    assert len(many_lines.passage_keys) >= 8
    assert np.array_equal(one_line.passage_keys, many_lines.passage_keys)


@pytest.mark.parametrize("share", [0.005, 0.03])
def test_edited_full_copies_match_the_original(share: float) -> None:
    hasher = MinHasher(FingerprintConfig())
    story = invented_paragraphs(61, 10)
    texts = ["\n".join(story), "\n".join(_typos(story, share, 7))]
    a, b = fingerprint_texts(texts, hasher)
    assert a is not None and b is not None
    edges = verify(
        [(Candidate(0, a.shingle_sequence, a.shingles, (0,)),
          Candidate(1, b.shingle_sequence, b.shingles, (1,)))],
        MatchConfig(),
    )
    assert len(edges) == 1


def test_brief_followed_by_leftover_furniture_is_still_a_brief() -> None:
    hasher = MinHasher(FingerprintConfig())
    story = invented_paragraphs(71, 12)
    leftovers = invented_paragraphs(72, 2)  # other stories' headlines the cleaner left
    update = invented_paragraphs(73, 1, sentences=3)[0]
    texts = {
        "full": "\n".join([update, *story]),  # the canonical opens with an update
        "brief": "\n".join([*story[:2], *leftovers]),
        # the same leftovers after two paragraphs from the middle: not an opening, not a copy
        "middle": "\n".join([*story[6:8], *leftovers]),
    }
    prints = fingerprint_texts(list(texts.values()), hasher)
    candidates = [
        Candidate(i, f.shingle_sequence, f.shingles, (i,))
        for i, f in enumerate(prints)
        if f is not None
    ]
    edges = verify([(candidates[0], candidates[1]), (candidates[0], candidates[2])], MatchConfig())
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0)]
    assert edges[0].containment < MatchConfig().containment_threshold  # whole page: not enough


def test_a_brief_run_into_one_line_with_its_page_furniture_finds_its_story(
    tmp_path: Path,
) -> None:
    # The story opens with its scraper's headline and "Updated" line run into one sentence.
    # The cleaner kept a short brief of it only with its page's byline, share bar and topics
    # line, all on one line: the brief has no sentence of its own starting where the story's
    # first passage starts, but one of its brief windows is that passage
    # (FingerprintConfig.brief_window_words), and verification takes it as a brief
    # (MatchConfig.brief_furniture_words).
    opening = ["Tide barrier vote delayed as engineers seek one more winter of readings on the "
               "harbour wall Updated 6:10 am, Tuesday, July 14, 2026."]
    story = invented_paragraphs(131, 14)
    write(tmp_path, "story.txt", page("Harbour vote", [*opening, *story]))
    line = f"By Harbor staff · 2026-07-14 Share on Facebook {' '.join(opening)} Topics: News"
    write(tmp_path, "brief.txt", "Harbour vote\n\n" + line + "\n")
    archive, _ = build(tmp_path / "windows.db", [tmp_path])
    clusters, canonical = clusters_by_name(archive)
    archive.close()
    assert clusters["brief.txt"] == clusters["story.txt"]
    assert canonical[clusters["story.txt"]] == "story.txt"


def test_a_roundup_is_not_the_canonical_of_the_articles_it_carries(tmp_path: Path) -> None:
    # A "news in brief" page carrying four standalone articles one after another (each under
    # its own headline), published on its own too by three of them, and the roundup copied
    # on another site; beside it a long story with its brief, a trimmed copy and a rewrite of
    # its middle.  The standalone articles stay their own canonicals (the roundup is a
    # compilation, not a longer copy of any), the roundup's copy joins the roundup, and the
    # long story stays the canonical of its brief, trimmed copy and rewrite.  Any order,
    # batch size or split over nights gives the same clusters.
    items = [(f"Item {k}: {invented_paragraphs(300 + k, 1)[0][:40]}",
              invented_paragraphs(310 + k, 5)) for k in range(4)]
    roundup = ["News in brief", ""]
    for headline, paragraphs in items:
        roundup += [headline, "", *(p + "\n" for p in paragraphs)]
    story = invented_paragraphs(320, 16)
    files = [
        write(tmp_path / "in", "roundup.txt", "\n".join(roundup)),
        write(tmp_path / "in", "roundup-copy.txt", "\n".join(roundup) + "\nMore news below.\n"),
        *(write(tmp_path / "in", f"article-{k}.txt", page(*items[k])) for k in (0, 1, 2)),
        write(tmp_path / "in", "story.txt", page("The long story", story)),
        write(tmp_path / "in", "story-brief.txt", page("The long story", story[:2])),
        write(tmp_path / "in", "story-trimmed.txt", page("The long story", story[:13])),
        write(tmp_path / "in", "story-rewrite.txt",
              page("A local view", [INTROS[0], *story[8:12]])),
    ]
    archive, _ = build(tmp_path / "one.db", files)
    clusters, canonical = clusters_by_name(archive)
    expected = snapshot(archive)["clusters"]
    archive.close()
    for k in (0, 1, 2):
        assert canonical[clusters[f"article-{k}.txt"]] == f"article-{k}.txt"
    assert clusters["roundup-copy.txt"] == clusters["roundup.txt"]
    for copy in ("story-brief.txt", "story-trimmed.txt", "story-rewrite.txt"):
        assert canonical[clusters[copy]] == "story.txt", copy
    shuffled = list(files)
    random.Random(3).shuffle(shuffled)
    archive = open_archive(str(tmp_path / "nights.db"))
    for night in range(3):
        dedupe(archive, [str(p) for p in shuffled[night::3]], Config(workers=1, batch_size=2))
    assert snapshot(archive)["clusters"] == expected
    archive.close()


def test_a_roundup_quoting_a_wire_brief_leaves_it_in_its_storys_cluster(tmp_path: Path) -> None:
    # Newcomer 14's night, invented: a wire story, a trimmed re-headlined copy of it, its
    # 2-paragraph brief, two other stories, and an evening roundup: an intro line, then
    # "SUMMIT: " and the brief's two paragraphs, then two paragraphs of each other story.
    # Beside them a local rewrite of the story's middle (a contained copy with a new opening)
    # and a local article that opens with the brief's text and goes on with its own.  The
    # brief stays with its story (without the roundup it does; with it, it was a cluster of
    # its own), the roundup stays its own and carries the brief, the rewrite joins the story,
    # the local article stays its own: in one run, the roundup a night before or after, or
    # batch by batch in a shuffled order.
    from clipper import browse

    story = invented_paragraphs(700, 14)
    music, census = invented_paragraphs(710, 12), invented_paragraphs(720, 10)
    roundup = ["Evening roundup: the summit, music, the census", "",
               "Here is what you need to know this evening.", "",
               "SUMMIT: " + story[0], "", story[1], "",
               "MUSIC: " + music[0], "", music[1], "",
               "CENSUS: " + census[0], "", census[1], "", "That is all for tonight.", ""]
    folder = tmp_path / "in"
    files = {
        "story.txt": page("Leaders lower hopes for the lakeside summit", story),
        "story-trimmed.txt": page("Summit hopes fade before the talks", story[:10]),
        "brief.txt": page("In brief: summit hopes lowered", story[:2]),
        "music.txt": page("A streaming service copies its rivals", music),
        "census.txt": page("Census files show a plan for the maps", census),
        "rewrite.txt": page("A local view of the summit", [INTROS[1], *story[6:10]]),
        "local.txt": page("Lakeside prepares for the summit",
                          [*story[:2], *invented_paragraphs(730, 8)]),
    }
    paths = {name: write(folder, name, text) for name, text in files.items()}
    paths["roundup.txt"] = write(folder, "roundup.txt", "\n".join(roundup))
    archive, _ = build(tmp_path / "one.db", list(paths.values()))
    clusters, canonical = clusters_by_name(archive)
    expected = snapshot(archive)["clusters"]
    shown = browse.show(archive, str(clusters["roundup.txt"]))
    archive.close()
    for name in ("brief.txt", "story-trimmed.txt", "rewrite.txt"):
        assert canonical[clusters[name]] == "story.txt", name
    for name in ("roundup.txt", "music.txt", "census.txt", "local.txt"):
        assert canonical[clusters[name]] == name, name
    assert [r.cluster_id for r in shown.carries] == [clusters["brief.txt"]]
    others = [p for name, p in paths.items() if name != "roundup.txt"]
    roundup_night = [paths["roundup.txt"]]
    for n, nights in enumerate([(roundup_night, others), (others, roundup_night)]):
        archive = open_archive(str(tmp_path / f"nights-{n}.db"))
        for night in nights:
            dedupe(archive, [str(p) for p in night], Config(workers=1))
        assert snapshot(archive)["clusters"] == expected, n
        archive.close()
    shuffled = list(paths.values())
    random.Random(5).shuffle(shuffled)
    archive, _ = build(tmp_path / "batches.db", shuffled, batch_size=2)
    assert snapshot(archive)["clusters"] == expected
    archive.close()


def test_upgrade_gives_stored_matches_the_offsets_verification_gives(tmp_path: Path) -> None:
    """Migration 0013 computes ``matches.offset_words`` of the matches stored before it (a
    roundup's compilation rule reads them) as verification computes them for new ones."""
    wire = write(tmp_path / "in", "wire.txt", page("Quarrington pier closes", WIRE))
    rewrites(tmp_path / "in")
    write(tmp_path / "in", "brief.txt", page("Quarrington pier closes", WIRE[:2]))
    db = tmp_path / "a.db"
    archive, _ = build(db, [wire.parent])
    archive.close()
    con = sqlite3.connect(db)
    verified = sorted(con.execute("SELECT page_id, better_page_id, offset_words FROM matches"))
    con.close()
    assert len(verified) >= 9 and {o for _, _, o in verified} >= {0}
    assert max(o for _, _, o in verified) > MatchConfig().brief_max_offset
    migrate(db, "downgrade", "0012")
    migrate(db, "upgrade", "head")
    con = sqlite3.connect(db)
    upgraded = sorted(con.execute("SELECT page_id, better_page_id, offset_words FROM matches"))
    con.close()
    assert upgraded == verified


def test_show_names_the_roundup_carrying_an_article_and_what_a_roundup_carries(
    tmp_path: Path,
) -> None:
    """Kept apart by cluster rule 5, an article and the roundup carrying it still point at
    each other in ``show``: "Also carried inside" and "Carries"."""
    from clipper import browse, showtext

    items = [(f"Item {k}: {invented_paragraphs(400 + k, 1)[0][:40]}",
              invented_paragraphs(410 + k, 5)) for k in range(3)]
    roundup = ["News in brief", ""]
    for headline, paragraphs in items:
        roundup += [headline, "", *(p + "\n" for p in paragraphs)]
    files = [
        write(tmp_path / "in", "roundup.txt", "\n".join(roundup)),
        *(write(tmp_path / "in", f"article-{k}.txt", page(*items[k])) for k in (0, 1, 2)),
        # another outlet's copy of the first article, trimmed: one more page, not one more
        # article
        write(tmp_path / "in", "article-0-copy.txt", page(items[0][0], items[0][1][:4])),
    ]
    archive, _ = build(tmp_path / "a.db", files)
    clusters, _ = clusters_by_name(archive)
    article = browse.show(archive, str(clusters["article-1.txt"]))
    whole = browse.show(archive, str(clusters["roundup.txt"]))
    archive.close()
    assert [r.cluster_id for r in article.carried_in] == [clusters["roundup.txt"]]
    assert article.carries == [] and whole.carried_in == []
    assert {r.cluster_id for r in whole.carries} == {
        clusters[f"article-{k}.txt"] for k in (0, 1, 2)
    }
    shown = showtext.cluster(article, 100, with_text=False)
    assert "Also carried inside 1 other article:" in shown
    assert f"cluster {clusters['roundup.txt']}" in shown
    assert clusters["article-0-copy.txt"] == clusters["article-0.txt"]
    assert len(whole.carries) == 4  # pages
    shown = showtext.cluster(whole, 100, with_text=False)
    assert "Carries 3 other articles:" in shown
    assert shown.count(f"cluster {clusters['article-0.txt']}") == 1
    assert "and 1 other page" in shown


# A gallery's photo caption (AP's "In this ... file photo" shape, invented; its credit without
# brackets, so the cleaner keeps it): it sums up one story, and pages of two different stories
# carry it above their text.
CAPTION = (
    "In this March 3, 2024 file photo, singer Mara Velde performs at the Harbor Music Awards in "
    "Portland. Tunewave's chief executive says the company rolled out its new conduct policy "
    "the wrong way. This month the streaming service said it would drop her songs and those of "
    "two other artists from its playlists, citing its rules on hateful conduct. Photo by Jon "
    "Doe/Harbor Wire"
)
SUBSCRIBE = (
    "Help us deliver journalism that matters to our harbour. Our reporting takes time, effort "
    "and hard work to produce. If you read and enjoy it, please consider subscribing today."
)


def gallery_pages(folder: Path) -> None:
    """``ceo``: the caption three times in one line over a trimmed copy of the chief
    executive's story and the site's subscription prompt; ``ceo-copy``: that story in full on
    another site; ``backtrack``: a different story, under the same caption (twice, a gallery's
    "less" and "more")."""
    ceo = invented_paragraphs(141, 7)
    ceo[0] = "Tunewave's chief executive says the company rolled out its new conduct policy " + (
        "the wrong way. " + ceo[0]
    )
    title = "Tunewave chief says conduct policy was rolled out wrongly"
    write(folder, "ceo.txt", page(title, [" ".join([CAPTION] * 3), "PORTLAND", *ceo[:4],
                                          SUBSCRIBE]))
    write(folder, "ceo-copy.txt", page(title, ["PORTLAND — " + ceo[0], *ceo[1:]]))
    write(folder, "backtrack.txt", page(
        "Tunewave backtracks on conduct policy after criticism",
        [CAPTION + " less", CAPTION[:160] + " ... more", *invented_paragraphs(142, 12)],
    ))


def test_a_caption_two_stories_carry_makes_them_no_copies_and_splits_no_copy(
    tmp_path: Path,
) -> None:
    # newcomer 12, problem 2: the caption (three times in a line: counted three times) made
    # most of the trimmed page's opening, which the other story holds at its top, so the page
    # was a brief of the other story; and it sat 165 words above the story in the page, too
    # deep for a brief of its own story's full copy.  Verification reads a page without its
    # caption lines and each repeated shingle once.
    gallery_pages(tmp_path)
    archive, _ = build(tmp_path / "gallery.db", [tmp_path])
    clusters, _ = clusters_by_name(archive)
    archive.close()
    assert clusters["ceo.txt"] == clusters["ceo-copy.txt"]
    assert clusters["backtrack.txt"] != clusters["ceo.txt"]


def test_a_line_scraped_three_times_counts_once() -> None:
    # A short line (not a caption) the scraper kept three times above a copy's text: its
    # words count once, so the copy is still covered by its story (100 of its 116 words; the
    # line three times: 100 of 148).
    story = invented_paragraphs(151, 12)
    line = "Crowds gathered at the old pier on Saturday to watch the last ferry leave for good."
    body = " ".join(" ".join(story[:5]).split()[:100])
    scraped = "\n".join([line, line, line, body])
    [edge] = verify([(_match_candidate(1, "\n".join(story)), _match_candidate(2, scraped))],
                    MatchConfig())
    assert edge.page_id == 2 and edge.containment >= 0.8
    once = fingerprint_texts([scraped], MinHasher(FingerprintConfig()))[0]
    assert once is not None
    assert len(once.match.sequence) == len(np.unique(once.shingle_sequence)) < once.word_count - 30


def test_a_caption_run_into_a_short_copy_is_still_covered_by_its_story(tmp_path: Path) -> None:
    # A short copy whose scraper ran the caption and the story's first paragraph into one line
    # (a caption-shaped line: the copy has no other, so it is read whole) is still covered by
    # the story, which carries the caption on a line of its own (left out of its sequence, but
    # still held by it).
    story = invented_paragraphs(161, 10)
    write(tmp_path, "story.txt", page("Harbour gallery", [*story[:2], CAPTION, *story[2:]]))
    write(tmp_path, "short.txt", page("Harbour gallery", [CAPTION + " " + story[0]]))
    archive, _ = build(tmp_path / "short.db", [tmp_path])
    clusters, _ = clusters_by_name(archive)
    archive.close()
    assert clusters["short.txt"] == clusters["story.txt"]


def _match_candidate(page_id: int, text: str) -> Candidate:
    """A page as the pipeline verifies it (``fingerprint.match_view``)."""
    fingerprint = fingerprint_texts([text], MinHasher(FingerprintConfig()))[0]
    assert fingerprint is not None
    return Candidate.of(
        page_id, fingerprint.match, (-fingerprint.word_count, page_id)
    )
