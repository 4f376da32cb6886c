"""``clipper rejections`` lists a run's rejections in the order a user reads the input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli


def test_rejections_are_listed_by_file_then_line_number(tmp_path: Path) -> None:
    """Reading problems (bad JSON) are recorded before a batch's cleaning problems (too
    short), and line 10 sorts before line 9 as text: neither shows in the listing."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    short = {"url": "https://gazette.example/brief-{}", "title": "Brief", "text": "Too short."}
    lines = [
        "{not json" if n % 3 == 0 else json.dumps({**short, "url": short["url"].format(n)})
        for n in range(1, 13)
    ]
    (dumps / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (dumps / "b.jsonl").write_text("{not json\n", encoding="utf-8")
    db = str(tmp_path / "clipper.db")
    runner = CliRunner()
    stored = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dumps)])
    assert stored.exit_code == 0, stored.output
    listed = runner.invoke(cli, ["rejections", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    origins = [json.loads(line)["origin"] for line in listed.stdout.splitlines()]
    reasons = {json.loads(line)["reason"] for line in listed.stdout.splitlines()}
    assert reasons == {"bad-json", "too-short"}
    assert [o.replace(str(dumps), "dumps") for o in origins] == [
        *(f"dumps/a.jsonl:{n}" for n in range(1, 13)),
        "dumps/b.jsonl:1",
    ]
    first = runner.invoke(cli, ["rejections", "--db", db, "--json", "--limit", "2"])
    assert [json.loads(line)["origin"] for line in first.stdout.splitlines()] == origins[:2]
