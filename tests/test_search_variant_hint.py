"""A search that finds no canonical article but a copy's own headline says so (newcomer 28,
finding 9: an outlet's re-headlined wire story, "१२० गांव" in its headline alone, gave "No
matches." with nothing pointing at --variants).  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import build

BODY = "\n".join(
    f"Paragraph {i}: the Quillmere valley co-operative says its {i + 3} orchards lost most of "
    f"their pear blossom to the late frost, and growers expect a smaller harvest this autumn."
    for i in range(8)
)
TITLES = {
    "https://wireservice.example/frost": "Glenmorrow pear orchards lose their blossom",
    "https://valleyherald.example/frost": "Quillmere growers count Brindlewick frost losses",
}


def test_no_canonical_match_points_at_a_copy_s_headline(tmp_path: Path) -> None:
    dump = tmp_path / "night.jsonl"
    dump.write_text("".join(
        json.dumps({"url": url, "title": title, "maintext": BODY, "language": "en",
                    "date_publish": "2026-04-02 08:00:00"}) + "\n"
        for url, title in TITLES.items()
    ), encoding="utf-8")
    db = tmp_path / "a.db"
    build(db, [dump])[0].close()
    (cluster,) = [json.loads(line) for line in CliRunner().invoke(
        cli, ["clusters", "--db", str(db), "--json"]).stdout.splitlines()]
    assert cluster["size"] == 2
    # the word only the variant's headline holds
    word = "Brindlewick" if "Brindlewick" not in cluster["title"] else "Glenmorrow"
    plain = CliRunner().invoke(cli, ["search", "--db", str(db), word])
    assert plain.exit_code == 0 and plain.stdout.startswith("No matches.")
    assert "--variants searches every copy" in plain.stderr
    every = CliRunner().invoke(cli, ["search", "--db", str(db), "--variants", word])
    assert every.exit_code == 0 and "No matches." not in every.stdout and not every.stderr
    # a word no page holds: no such note
    none = CliRunner().invoke(cli, ["search", "--db", str(db), "Zephyrine"])
    assert none.stdout.startswith("No matches.") and not none.stderr
    helped = CliRunner().invoke(cli, ["search", "--help"]).stdout
    assert "--variants" in " ".join(helped.split()[:40])
