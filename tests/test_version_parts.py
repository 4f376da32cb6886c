"""A part of a wire story (an excerpt under an intro line of its own, a brief) is filed with
its story when the story's longest page, the cluster's canonical, is a version of it edited
apart: the wire's re-issue with 8 % of its words changed and a sentence added.  The part
shares too few passages with that version to be a candidate of it (the edits break them), and
rule 2b does not file it through the wire's page, a version of the canonical whose words the
canonical may lack in just the part: so the part is verified against the versions of the
page it was cut from (clipper.versionpairs), and matches the canonical itself.

Every text here is invented (tests.test_copies.invented_paragraphs).
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from clipper.archive import Archive, open_archive
from clipper.cluster import Link, Rules
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.versionpairs import could_pair, is_part, is_version, version_pairs
from tests.conftest import snapshot
from tests.test_copies import clusters_by_name, invented_paragraphs, page, write

STORY = invented_paragraphs(3011, 30, sentences=3)
HEADLINE = "Harbour board approves dredging of the northern channel"


def edited(paragraphs: list[str], share: float, seed: int) -> list[str]:
    """``paragraphs`` with ``share`` of their words replaced by other invented words."""
    rng = random.Random(seed)
    swaps = invented_paragraphs(seed + 1, 8)
    fresh = " ".join(swaps).lower().replace(".", "").split()
    out = []
    for paragraph in paragraphs:
        words = paragraph.split()
        for i in range(len(words)):
            if rng.random() < share and not words[i].endswith("."):
                words[i] = rng.choice(fresh)
        out.append(" ".join(words))
    return out


def pages() -> dict[str, str]:
    reissue = edited(STORY, 0.08, 77)
    reissue[-1] += " " + invented_paragraphs(91, 1)[0]  # a few words longer: it walks first
    intro = invented_paragraphs(92, 1, sentences=1)[0]
    return {
        "wire.txt": page(HEADLINE, STORY),
        "reissue.txt": page(HEADLINE, reissue),
        "copy.txt": page(HEADLINE, edited(STORY, 0.01, 78)),
        "excerpt.txt": page(HEADLINE, [intro, *STORY[12:17]]),
        "later.txt": page(HEADLINE, [intro, *STORY[20:25]]),
    }


def run(folder: Path, names: list[str], batch_size: int = 1000) -> Archive:
    """One run over the pages ``names`` in that order (written under ``folder``'s parent, so
    that every archive of a test reads the same files) into ``folder/clipper.db``."""
    texts = pages()
    paths = [write(folder.parent / "dump", name, texts[name]) for name in names]
    folder.mkdir()
    archive = open_archive(str(folder / "clipper.db"))
    dedupe(archive, [str(p) for p in paths], Config(workers=1, batch_size=batch_size))
    return archive


def test_an_excerpt_joins_its_story_whose_canonical_is_an_edited_reissue(
    tmp_path: Path,
) -> None:
    archive = run(tmp_path / "all", sorted(pages()))
    cluster, canonical = clusters_by_name(archive)
    assert canonical[cluster["wire.txt"]] == "reissue.txt"  # the longest text walks first
    assert {cluster[name] for name in pages()} == {cluster["wire.txt"]}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_pages_in_any_order_and_batches_give_the_same_clusters(
    tmp_path: Path, seed: int
) -> None:
    names = sorted(pages())
    expected = snapshot(run(tmp_path / "all", names))
    order = list(itertools.permutations(names))[seed * 37 % 120]
    got = snapshot(run(tmp_path / f"order{seed}", list(order), batch_size=seed))
    assert got["clusters"] == expected["clusters"]


def test_a_holder_arriving_last_links_its_stored_part_and_version(tmp_path: Path) -> None:
    # the excerpt and the re-issue stored first (no match between them), the wire's page they
    # both match last, alone in its batch: the stored pair is verified then, and walked again
    names = ["excerpt.txt", "reissue.txt", "later.txt", "wire.txt"]
    archive = run(tmp_path / "one-by-one", names, batch_size=1)
    cluster, canonical = clusters_by_name(archive)
    assert {cluster[name] for name in names} == {cluster["wire.txt"]}
    assert canonical[cluster["wire.txt"]] == "reissue.txt"
    assert snapshot(archive)["clusters"] == snapshot(run(tmp_path / "at-once", names))["clusters"]


def link(other: int, jaccard: float, containment: float) -> Link:
    return Link(other, jaccard, containment, 0, True)


@pytest.mark.parametrize("rules", [Rules(), Rules(copy_jaccard=0.6, through_jaccard=0.9)])
def test_the_figures_alone_rule_out_no_part_and_no_version(rules: Rules) -> None:
    # clipper.verification reads the sizes and matches of a match's pages only when its
    # figures could make it a part's or a version's (could_pair): none that is one is left out
    figures = [i / 40 for i in range(41)]
    sizes = [1, 40, 199, 200, 250, 1180, 1200, 5000]
    for jaccard, containment in itertools.product(figures, figures):
        either = any(
            is_part(jaccard, containment, small, large, rules)
            or is_version(jaccard, containment, small, large, rules)
            for small, large in itertools.product(sizes, sizes)
        )
        if either:
            assert could_pair(jaccard, containment, rules), (jaccard, containment)
    # and most of a one-day batch's figures are neither: a full copy, a page covered in part
    assert not could_pair(0.95, 0.99, rules) and not could_pair(0.3, 0.5, rules)


def test_version_pairs_are_a_part_with_its_holders_versions_only() -> None:
    rules = Rules()
    sizes = {1: 1200, 2: 1180, 3: 250, 4: 1190, 5: 1185}
    # 2 the wire's page, 1 its re-issue (a version: covering each other whole, J 0.55), 3 an
    # excerpt of 2, 4 a near copy of 2 (J 0.9: shares its passages), 5 another version of 2
    # that already matches 3
    links = {
        1: [link(2, 0.55, 0.9)],
        2: [link(1, 0.55, 0.9), link(3, 0.2, 0.95), link(4, 0.9, 0.99), link(5, 0.6, 0.92)],
        3: [link(2, 0.2, 0.95), link(5, 0.2, 0.9)],
        4: [link(2, 0.9, 0.99)],
        5: [link(2, 0.6, 0.92), link(3, 0.2, 0.9)],
    }
    assert is_part(0.2, 0.95, 250, 1180, rules) and not is_part(0.55, 0.9, 1180, 1200, rules)
    assert is_version(0.55, 0.9, 1200, 1180, rules) and not is_version(0.9, 0.99, 1190, 1180,
                                                                        rules)
    # the new part~holder match 3~2: 3 with 1 (5 is matched already, 4 is no version)
    found = version_pairs([(3, 2, 0.2, 0.95)], links.__getitem__, sizes.__getitem__, rules)
    assert found == {(1, 3)}
    # the new version match 1~2: 2's parts with 1
    found = version_pairs([(2, 1, 0.55, 0.9)], links.__getitem__, sizes.__getitem__, rules)
    assert found == {(1, 3)}
    # a part that is only a part (3 covered at 0.7) is no path
    links[2][1] = link(3, 0.2, 0.7)
    links[3] = [link(2, 0.2, 0.7)]
    found = version_pairs([(3, 2, 0.2, 0.7)], links.__getitem__, sizes.__getitem__, rules)
    assert found == set()
