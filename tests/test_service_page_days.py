"""Another day's service page at one address is a page of its own, not a version (newcomer 37b,
F7): a paper's death notices at ``/carnet/avis-mortuaires`` ("Avis mortuaires du 4 décembre
2026", then "… du 5 décembre 2026", other names each day) were stored as "version 2 of 2" of
the day before's list.  The same day's list read again with one more name stays that day's
next version, and an updated article stays its page's next version.  The same in any read
order and whether the nights are read one a run or all in one.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.servicepages import service_address, service_day

NOTICES = "https://journal.example/carnet/avis-mortuaires"
ARTICLE = "https://journal.example/region/tram-carouge"

# Invented death notices, three a day, and a fourth name added to the 5th's list at noon.
DAY_4 = [
    "Madame Jeanne Morel, née Dufour, s'est endormie paisiblement dans sa 92e année. La "
    "cérémonie aura lieu lundi à 14 heures au temple de Carouge.",
    "Monsieur Pierre-André Vuille nous a quittés le 2 décembre. Ni fleurs ni couronnes, "
    "pensez à la Ligue contre le cancer.",
    "Madame Odette Schaller, ancienne institutrice de Vernier, est décédée entourée des "
    "siens. Un dernier adieu aura lieu dans l'intimité.",
]
DAY_5 = [
    "Monsieur Bernard Chappuis, horloger retraité, s'est éteint le 3 décembre à "
    "Plan-les-Ouates. L'office sera célébré mercredi à 10 heures en l'église Saint-Joseph.",
    "Madame Lucienne Favre, dite Lulu, a rejoint son époux. La famille remercie le personnel "
    "de l'EMS des Charmilles pour son dévouement.",
    "Monsieur Raymond Perrottet, membre fondateur de la fanfare de Lancy, est parti à 88 ans. "
    "Selon ses vœux, l'incinération a eu lieu dans l'intimité.",
]
DAY_5_NOON = [
    *DAY_5,
    "Madame Germaine Rochat, couturière à Onex pendant quarante ans, s'en est allée "
    "doucement. Les obsèques auront lieu vendredi à la chapelle des Rois.",
]
# An invented article, and its update the next night (one paragraph added).
TRAM = [
    "Les travaux du tram de Carouge prendront trois mois de plus que prévu, a annoncé jeudi "
    "le département des infrastructures, faute de rails livrés à temps.",
    "Les commerçants de la rue Ancienne demandent une aide cantonale pour compenser la baisse "
    "de fréquentation de leurs boutiques pendant le chantier.",
    "La ligne 12 reste déviée par le boulevard des Promenades jusqu'à la fin des travaux, "
    "avec des bus de remplacement toutes les dix minutes aux heures de pointe.",
]
TRAM_UPDATED = [
    *TRAM,
    "Le Conseil d'Etat a accepté vendredi matin d'ouvrir un fonds d'un million de francs "
    "pour les commerces touchés, a précisé son porte-parole.",
]


def _record(url: str, title: str, paragraphs: list[str], fetched: str) -> dict[str, str]:
    return {
        "url": url,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": fetched[:10],
        "fetched_at": fetched,
    }


NIGHT_1 = [
    _record(NOTICES, "Avis mortuaires du 4 décembre 2026", DAY_4, "2026-12-04T05:00:00Z"),
    _record(ARTICLE, "Tram de Carouge : trois mois de retard", TRAM, "2026-12-04T05:00:00Z"),
]
NIGHT_2 = [
    _record(NOTICES, "Avis mortuaires du 5 décembre 2026", DAY_5, "2026-12-05T05:00:00Z"),
    _record(ARTICLE, "Tram de Carouge : trois mois de retard", TRAM_UPDATED,
            "2026-12-05T05:00:00Z"),
    _record(NOTICES, "Avis mortuaires du 5 décembre 2026", DAY_5_NOON, "2026-12-05T12:00:00Z"),
]  # fmt: skip


def _write(folder: Path, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True)
    (folder / "records.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    return folder


def _dedupe(archive: Path, *folders: Path) -> None:
    done = CliRunner().invoke(
        cli, ["dedupe", "--db", str(archive), "--workers", "1", *map(str, folders)]
    )
    assert done.exit_code == 0, done.output


def _show(archive: Path, *args: str) -> tuple[int, str]:
    shown = CliRunner().invoke(cli, ["show", "--db", str(archive), *args])
    return shown.exit_code, shown.output


def _versions(archive: Path, page: str) -> list[tuple[str, int]]:
    """The versions ``show page:N --json`` names for ``page``: (headline, version), oldest
    first."""
    code, out = _show(archive, page, "--json")
    assert code == 0, out
    found = []
    for version in json.loads(out)["requested"]["versions"]:
        code, one = _show(archive, f"page:{version['page_id']}", "--json")
        assert code == 0, one
        found.append((json.loads(one)["requested"]["title"], version["version"]))
    return found


def _pages(archive: Path) -> dict[str, list[tuple[str, int]]]:
    """Each stored page's versions, by its newest headline and word count (what a user sees
    of the archive whatever the page ids)."""
    pages: dict[str, list[tuple[str, int]]] = {}
    for page_id in range(1, 20):
        code, out = _show(archive, f"page:{page_id}", "--json")
        if code != 0:
            break
        shown = json.loads(out)["requested"]
        pages[f"{shown['title']} ({shown['word_count']} words)"] = _versions(
            archive, f"page:{page_id}"
        )
    return pages


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("service-days")
    return _write(base / "2026-12-04", NIGHT_1), _write(base / "2026-12-05", NIGHT_2)


@pytest.fixture(scope="module")
def nightly(tmp_path_factory: pytest.TempPathFactory, nights: tuple[Path, Path]) -> Path:
    archive = tmp_path_factory.mktemp("nightly") / "a.db"
    _dedupe(archive, nights[0])
    _dedupe(archive, nights[1])
    return archive


def test_another_days_death_notices_are_no_version_of_the_day_befores(nightly: Path) -> None:
    code, out = _show(nightly, NOTICES, "--no-text")
    assert code == 0, out
    assert "Avis mortuaires du 5 décembre 2026" in out
    assert "of 3" not in out and "earlier: page:1 " not in out
    code, out = _show(nightly, "page:1", "--diff")  # the 4th's list: one version alone
    assert code != 0
    assert "has one version" in out
    assert _versions(nightly, "page:1") == [("Avis mortuaires du 4 décembre 2026", 1)]


def test_the_same_days_list_read_again_with_one_more_name_is_its_next_version(
    nightly: Path,
) -> None:
    assert _versions(nightly, NOTICES) == [
        ("Avis mortuaires du 5 décembre 2026", 1),
        ("Avis mortuaires du 5 décembre 2026", 2),
    ]
    code, out = _show(nightly, NOTICES, "--diff")
    assert code == 0, out
    assert "version 1 → version 2 (of 2); 1 paragraph added since" in out
    assert "+Madame Germaine Rochat" in out


def test_an_updated_article_stays_its_pages_next_version(nightly: Path) -> None:
    assert [version for _, version in _versions(nightly, ARTICLE)] == [1, 2]
    code, out = _show(nightly, ARTICLE, "--diff")
    assert code == 0, out
    assert "1 paragraph added since" in out


def test_the_same_pages_and_versions_in_any_order_and_in_one_run(
    tmp_path: Path, nights: tuple[Path, Path], nightly: Path
) -> None:
    expected = _pages(nightly)
    assert len(expected) == 5  # the 4th's list, the 5th's two versions, the article's two
    assert [versions for shown, versions in expected.items() if " du 4 " in shown] == [
        [("Avis mortuaires du 4 décembre 2026", 1)]
    ]
    backwards = tmp_path / "backwards.db"
    _dedupe(backwards, nights[1])
    _dedupe(backwards, nights[0])
    together = tmp_path / "together.db"
    _dedupe(together, *nights)
    assert _pages(backwards) == expected
    assert _pages(together) == expected
    for archive in (nightly, backwards, together):  # the address shows the latest day's list
        code, out = _show(archive, NOTICES, "--no-text")
        assert code == 0, out
        assert "Avis mortuaires du 5 décembre 2026" in out and "version 2 of 2" in out


@pytest.mark.parametrize(
    ("headline", "day"),
    [
        ("Avis mortuaires du 5 décembre 2026", "5 decembre 2026"),
        ("Avis mortuaires du 05 décembre 2026", "5 decembre 2026"),
        ("Lottozahlen vom 05.12.2026", "5 12 2026"),
        ("Horoscope de samedi", "samedi"),
        ("Météo du jour", None),  # names no particular day
        ("Wetter am Wochenende", None),
        ("Obituary: Jane Doe, harbour pilot", None),  # news, no service page
        ("Tram de Carouge : trois mois de retard", None),
    ],
)
def test_the_day_a_service_pages_headline_names(headline: str, day: str | None) -> None:
    assert service_day(headline) == day


def test_a_service_pages_address_is_its_days_after_the_sites_name_is_cut() -> None:
    titled = "Avis mortuaires du 5 décembre 2026 | Journal"
    assert service_address(NOTICES, titled, NOTICES, "journal.example") == (
        f"{NOTICES}#day=5 decembre 2026"
    )
    assert service_address(ARTICLE, "Tram de Carouge", ARTICLE, "journal.example") == ARTICLE
