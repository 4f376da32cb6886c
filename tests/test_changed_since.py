"""``clipper export --changed-since RUN`` and ``show`` of a merged cluster or story (newcomer
30, finding 3): a script keeping a copy of the archive through exports gets every row whose
exported values a later run changed, and an id merged into another says where it went.

Invented pages, two shapes: a wire text carried in two halves by two Danish papers (two
clusters, two stories) that the whole text read the next night joins (one cluster: the halves'
cluster and story merged away), and a German agency text first stored as a paper's shortened
copy whose longer original arrives later (the older page stops being canonical; its cluster's
canonical_url changes, no row of it is new).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from sqlalchemy import text

from clipper.archive import open_archive
from clipper.cli import cli
from tests.conftest import build, exported, migrate

HALF_ONE = [
    "Byrådet i Skovby vedtog tirsdag aften at bygge en ny cykelbro over havnen, efter tre års "
    "diskussion om prisen og placeringen tæt på den gamle færgeterminal.",
    "Broen skal koste omkring 140 millioner kroner og stå færdig i foråret 2029, oplyser "
    "teknisk udvalgs formand, Mette Kjærgaard, til Ritzau.",
    "– Det er en dag, vi har ventet på længe, og pendlerne fra øen får endelig en direkte vej "
    "til banegården, siger hun.",
    "Forslaget blev vedtaget med 19 stemmer mod 10 efter en lang debat, hvor flere partier "
    "ønskede at udskyde beslutningen til efter budgetforhandlingerne.",
]
HALF_TWO = [
    "Oppositionen kritiserer, at kommunen låner pengene, mens skolerne i de mindre byer "
    "mangler penge til nye tage og ventilation i klasselokalerne.",
    "Naboerne ved vandet frygter støj og trafik under byggeriet, som ifølge planen vil "
    "vare halvandet år og lukke en del af kajen for sejlbåde.",
    "Kommunen holder et borgermøde om projektet i januar på biblioteket, hvor rådgiverne "
    "viser tegningerne og svarer på spørgsmål om tidsplanen.",
    "Arbejdet går i udbud til sommer, og de første pæle kan tidligst rammes i bunden i "
    "efteråret, hvis ingen klager over miljøvurderingen.",
]
WIRE = [
    "Der Stadtrat von Talheim hat am Montagabend beschlossen, das alte Hallenbad am Marktplatz "
    "abzureißen und an derselben Stelle ein neues Familienbad zu bauen.",
    "Das Bad soll rund 24 Millionen Euro kosten und im Herbst 2028 öffnen, sagte "
    "Bürgermeisterin Annegret Vollmer der Deutschen Presse-Agentur.",
    "Die Schwimmvereine hatten seit Jahren über zu wenige Bahnen und kalte Umkleiden geklagt; "
    "im Sommer fiel die Heizung zum dritten Mal in Folge aus.",
    "Während der Bauzeit sollen die Schulklassen mit Bussen in das Bad der Nachbarstadt "
    "gefahren werden, die Kosten dafür trägt der Landkreis.",
    "Die Opposition im Rat kritisierte, dass die Stadt dafür neue Schulden aufnehmen muss, "
    "und forderte eine Bürgerbefragung vor dem ersten Spatenstich.",
    "Ein Förderantrag beim Land über acht Millionen Euro ist gestellt, eine Entscheidung "
    "wird im Frühjahr erwartet.",
]


def _record(url: str, title: str, paragraphs: list[str], published: str, lang: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "maintext": "\n\n".join(paragraphs),
         "date_publish": published, "language": lang},
        ensure_ascii=False,
    )


NIGHTS = {
    "n1": [
        _record("https://www.skovby-avis.dk/lokalt/cykelbro", "Skovby får en cykelbro",
                HALF_ONE, "2026-12-01T08:30:00Z", "da"),
        _record("https://www.fjordposten-test.dk/nyheder/kritik", "Oppositionen kritiserer lånet",
                HALF_TWO, "2026-12-01T09:10:00Z", "da"),
        _record("https://www.talheimer-bote.de/lokales/bad", "Neues Bad für Talheim",
                WIRE[:4], "2026-12-01T11:00:00Z", "de"),
    ],
    "n2": [
        _record("https://www.dagbladet-test.dk/indland/cykelbro-kritik",
                "Skovby bygger cykelbro – kritik fra oppositionen", HALF_ONE + HALF_TWO,
                "2026-12-01T10:00:00Z", "da"),
        _record("https://www.dpa-test.de/meldung/talheim-bad", "Talheim baut neues Familienbad",
                WIRE, "2026-12-01T07:00:00Z", "de"),
    ],
}


def run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _dumps(tmp_path: Path) -> Path:
    dumps = tmp_path / "dumps"
    for night, lines in NIGHTS.items():
        (dumps / night).mkdir(parents=True)
        (dumps / night / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dumps



def _values(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "changed_run"}


def _two_nights(tmp_path: Path) -> tuple[Path, dict[int, dict[str, Any]]]:
    dumps = _dumps(tmp_path)
    db = tmp_path / "a.db"
    archive, _ = build(db, [dumps / "n1"])
    archive.close()
    before = exported(db)
    archive, _ = build(db, [dumps / "n2"])
    archive.close()
    return db, before


def test_changed_since_gives_every_row_a_later_run_changed_and_only_those(
    tmp_path: Path,
) -> None:
    db, before = _two_nights(tmp_path)
    after = exported(db)
    changed = {
        pid
        for pid, row in after.items()
        if pid not in before or _values(row) != _values(before[pid])
    }
    since = exported(db, changed_since=1)
    assert set(since) == changed
    # the older pages whose cluster, canonical or story the second night moved are there:
    # both Danish halves (now copies in the whole text's cluster) and the German copy that
    # stopped being canonical
    older = {pid for pid in changed if pid in before}
    sites = {after[pid]["site"] for pid in older}
    assert {"skovby-avis.dk", "fjordposten-test.dk", "talheimer-bote.de"} <= sites
    assert all(after[pid]["changed_run"] == 2 for pid in changed)
    bote = next(pid for pid in before if before[pid]["site"] == "talheimer-bote.de")
    assert before[bote]["is_canonical"] and not after[bote]["is_canonical"]
    assert after[bote]["canonical_url"] == "https://www.dpa-test.de/meldung/talheim-bad"
    # nothing changed after the last run; every page since run 0
    assert exported(db, changed_since=2) == {}
    assert set(exported(db, changed_since=0)) == set(after)


def test_export_says_which_run_it_is_as_of_and_refuses_an_unknown_run(tmp_path: Path) -> None:
    db, _ = _two_nights(tmp_path)
    out = tmp_path / "all.csv"
    result = run(db, "export", "-o", str(out))
    assert result.exit_code == 0
    assert "(as of run 2: --changed-since 2 exports what changes after)" in result.stderr
    result = run(db, "export", "--changed-since", "1")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(exported(db, changed_since=1)) > 2
    result = run(db, "export", "--changed-since", "7")
    assert result.exit_code == 1 and "no run 7" in result.stderr


def test_show_of_a_merged_cluster_and_story_says_where_it_went(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path)
    db = tmp_path / "a.db"
    archive, _ = build(db, [dumps / "n1"])
    archive.close()
    first = exported(db)
    halves = {row["site"]: row for row in first.values() if row["language"] == "da"}
    two = halves["fjordposten-test.dk"]
    archive, _ = build(db, [dumps / "n2"])
    archive.close()
    now = exported(db)
    assert now[two["page_id"]]["cluster_id"] != two["cluster_id"]  # it moved
    gone, into = two["cluster_id"], now[two["page_id"]]["cluster_id"]
    result = run(db, "show", str(gone))
    assert result.exit_code == 5
    assert f"cluster {gone} was merged into cluster {into} in run 2" in result.stderr
    result = run(db, "show", str(gone), "--json")
    assert result.exit_code == 5
    document = json.loads(result.stdout)
    assert document["merged"] == {
        "kind": "cluster", "id": gone, "merged_into": [into], "run_id": 2, "then": None
    }
    # the half's story went into the whole text's story
    old_story, new_story = two["story_id"], now[two["page_id"]]["story_id"]
    assert old_story is not None and new_story is not None and old_story != new_story
    result = run(db, "show", f"story:{old_story}", "--json")
    assert result.exit_code == 5
    assert json.loads(result.stdout)["merged"]["merged_into"] == [new_story]
    assert f"story {old_story} was merged into story {new_story}" in result.stderr
    # an id never used is still "not in the archive", exit code 1
    result = run(db, "show", "999")
    assert result.exit_code == 1 and "no cluster 999" in result.stderr


def test_migration_marks_what_an_older_archive_kept(tmp_path: Path) -> None:
    db, _ = _two_nights(tmp_path)
    migrate(db, "downgrade", "0068")
    migrate(db, "upgrade", "head")
    archive = open_archive(str(db))
    try:
        with archive.engine.connect() as connection:
            marked = set(
                connection.execute(
                    text("SELECT id FROM pages WHERE changed_run_id IS NOT NULL")
                ).scalars()
            )
    finally:
        archive.close()
    since = exported(db, changed_since=1)
    # the German copy's cluster had a canonical change: its older page is marked again
    bote = next(pid for pid, row in since.items() if row["site"] == "talheimer-bote.de")
    assert bote in marked
