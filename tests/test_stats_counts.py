"""``clipper stats`` gives the counts a methods section cites (newcomer 35, finding 7): the
stories (``clipper stories``' count, without listing them) and the skipped inputs by reason,
each input once as the headline counts it (newcomer 37, finding 5: an archive recovered from a
killed run, read again, must give a clean archive's figures), the runs' own figure beside.

Fixtures: invented news records (a repeated line, an empty body, a line cut mid-JSON).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import build
from tests.test_region_filter import _RECORDS


def test_stats_counts_stories_and_rejections_by_reason(tmp_path: Path) -> None:
    empty = {**_RECORDS[0], "url": "https://diario-ribatejo.example/vazio", "maintext": ""}
    lines = [json.dumps(record, ensure_ascii=False) for record in (*_RECORDS, empty)]
    dump = tmp_path / "night.jsonl"
    dump.write_text("\n".join([*lines, lines[0], '{"url": "https://x.example/cut", "ti']) + "\n")
    for _ in range(2):  # the same dump twice: its rejections twice, as "over all runs" counts
        archive, _ = build(tmp_path / "clipper.db", [dump])
        archive.close()
    db = str(tmp_path / "clipper.db")
    document = json.loads(CliRunner().invoke(cli, ["stats", "--db", db, "--json"]).stdout)
    stories = CliRunner().invoke(cli, ["stories", "--db", db, "--json"]).stdout.splitlines()
    assert document["stories"] == len(stories) == 4
    assert document["multi_cluster_stories"] == 0
    by_reason = document["rejections_by_reason"]
    assert by_reason["no-body"] == 2 and by_reason["bad-json"] == 2
    assert by_reason["duplicate"] == 1  # the second run's copy of that line is "already archived"
    assert sum(by_reason.values()) == document["rejections"]
    # each input once a reason, as the headline "skipped inputs" counts them
    assert document["skipped_by_reason"] == {"bad-json": 1, "duplicate": 1, "no-body": 1}
    assert sum(document["skipped_by_reason"].values()) == document["skipped_inputs"] == 3
    shown = CliRunner().invoke(cli, ["stats", "--db", db]).stdout
    assert "  stories (same event)           4 (0 of 2+ articles)\n" in shown
    # the lines under the headline add up to it, the runs' figure beside where it differs
    assert "  skipped inputs                 3 (5 over all runs)\n" in shown
    assert "    bad-json                     1 (2 over all runs)\n" in shown
    assert "    no-body                      1 (2 over all runs)\n" in shown
    assert "    duplicate                    1\n" in shown
