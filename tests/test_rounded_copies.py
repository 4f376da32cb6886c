"""A sub-editor's copy that rounds its source's figures is the source's copy; two reports of
one template that differ in figures of the same precision stay two (``clipper.roundings``).

A local site or a tabloid runs the wire's story with every figure rounded: "more than 12,000"
for "12,478", "45 million" for "45.3 million", "3.5 per cent" for "3.52 per cent".  Each rounded
figure is one the wire does not state, so the rules that keep a week's report from the next
week's (``clipper.pairrules.two_reports``, ``clipper.templatefills.two_instances``) split such a
copy from its story (``bench/newsroom_copies.py`` kind ``roundsub``: recall 0.25).  A rounded
figure keeps the leading digits of the figure it stands for, fewer of them, and lies within
a unit of its last digit; another week's figure is written as precisely as this week's.
Every text is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.roundings import rounded_forms
from tests.test_wire_signoffs import _clusters

# (language, the wire's story with its figures, the fills of the wire, of the rounded copy,
# and of another week's report of the same template)
STORIES = {
    "en": (
        "Harbour authority reports record freight year",
        "PORT ELLEN (Wire) - The Port Ellen harbour authority handled {boxes} containers in "
        "the year to March, it said on Tuesday, the most since the terminal opened in 1994.\n\n"
        "Freight revenue rose to {revenue} million pounds, up {share} per cent on the year "
        "before, while the number of cruise calls fell to {calls}.\n\n"
        "The authority said it had spent {spend} million pounds on two new cranes and a "
        "widened channel, and that dredging would resume in the autumn.\n\n"
        "Chief executive Moira Galbraith said the terminal now employed {staff} people, and "
        "that a further {jobs} jobs would follow once the cold store was finished.\n\n"
        "Hauliers have complained about queues at the gate, where lorries waited an average "
        "of {wait} minutes last month, and the authority said a second lane would open soon.",
        {"boxes": "412,736", "revenue": "45.3", "share": "3.52", "calls": "187",
         "spend": "18.6", "staff": "1,284", "jobs": "245", "wait": "38"},
        {"boxes": "more than 412,000", "revenue": "45", "share": "3.5", "calls": "nearly 190",
         "spend": "19", "staff": "almost 1,300", "jobs": "250", "wait": "38"},
        {"boxes": "398,215", "revenue": "41.7", "share": "2.86", "calls": "203",
         "spend": "11.2", "staff": "1,251", "jobs": "180", "wait": "44"},
    ),
    "de": (
        "Hafen meldet Rekordjahr beim Umschlag",
        "Emden – Der Hafen Emden hat im vergangenen Geschäftsjahr {boxes} Container "
        "umgeschlagen, teilte die Hafengesellschaft am Dienstag mit, so viele wie nie seit "
        "der Eröffnung des Terminals.\n\n"
        "Die Erlöse aus dem Frachtgeschäft stiegen auf {revenue} Millionen Euro, ein Plus von "
        "{share} Prozent, während die Zahl der Kreuzfahrtanläufe auf {calls} sank.\n\n"
        "Die Gesellschaft investierte nach eigenen Angaben {spend} Millionen Euro in zwei neue "
        "Kräne und eine verbreiterte Fahrrinne; die Baggerarbeiten gehen im Herbst weiter.\n\n"
        "Geschäftsführerin Imke Harmsen sagte, am Terminal arbeiteten inzwischen {staff} "
        "Menschen, weitere {jobs} Stellen kämen hinzu, sobald das Kühlhaus fertig sei.\n\n"
        "Spediteure klagen über Staus an der Einfahrt, wo Lastwagen im vergangenen Monat im "
        "Schnitt {wait} Minuten warteten; eine zweite Spur soll bald öffnen.",
        {"boxes": "412.736", "revenue": "45,3", "share": "3,52", "calls": "187",
         "spend": "18,6", "staff": "1.284", "jobs": "245", "wait": "38"},
        {"boxes": "mehr als 412.000", "revenue": "45", "share": "3,5", "calls": "knapp 190",
         "spend": "19", "staff": "rund 1.300", "jobs": "250", "wait": "38"},
        {"boxes": "398.215", "revenue": "41,7", "share": "2,86", "calls": "203",
         "spend": "11,2", "staff": "1.251", "jobs": "180", "wait": "44"},
    ),
    "fr": (
        "Le port de Lorient annonce une année record",
        "Lorient – Le port de Lorient a traité {boxes} conteneurs au cours de l'exercice, a "
        "annoncé mardi la société d'exploitation, un record depuis l'ouverture du terminal.\n\n"
        "Les recettes du fret ont atteint {revenue} millions d'euros, en hausse de {share} %, "
        "tandis que le nombre d'escales de croisière est tombé à {calls}.\n\n"
        "La société dit avoir investi {spend} millions d'euros dans deux nouvelles grues et un "
        "chenal élargi, et le dragage reprendra à l'automne.\n\n"
        "Sa directrice, Gwenaëlle Le Floch, a indiqué que le terminal employait désormais "
        "{staff} personnes et que {jobs} emplois suivraient une fois l'entrepôt frigorifique "
        "achevé.\n\n"
        "Les transporteurs se plaignent des files d'attente à l'entrée, où les camions ont "
        "attendu en moyenne {wait} minutes le mois dernier ; une deuxième voie doit ouvrir.",
        {"boxes": "412 736", "revenue": "45,3", "share": "3,52", "calls": "187",
         "spend": "18,6", "staff": "1 284", "jobs": "245", "wait": "38"},
        {"boxes": "plus de 412 000", "revenue": "45", "share": "3,5", "calls": "près de 190",
         "spend": "19", "staff": "environ 1 300", "jobs": "250", "wait": "38"},
        {"boxes": "398 215", "revenue": "41,7", "share": "2,86", "calls": "203",
         "spend": "11,2", "staff": "1 251", "jobs": "180", "wait": "44"},
    ),
}


def _record(url: str, title: str, body: str, lang: str, published: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "text": body, "published": published, "language": lang},
        ensure_ascii=False,
    ) + "\n"  # fmt: skip


def _pages(lang: str, copy_day: str) -> list[str]:
    title, body, wire, rounded, other = STORIES[lang]
    return [
        _record("https://wire.example/story", title, body.format(**wire), lang,
                "2026-11-10T06:00:00+00:00"),
        _record("https://tabloid.example/rounded", title, body.format(**rounded), lang,
                f"{copy_day}T09:30:00+00:00"),
        _record("https://wire.example/last-year", title, body.format(**other), lang,
                "2026-11-10T06:05:00+00:00"),
    ]  # fmt: skip


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("copy_day", ["2026-11-10", "2026-11-11"])
@pytest.mark.parametrize("order", [1, -1])
def test_a_copy_rounding_every_figure_is_its_story_s_copy(
    lang: str, copy_day: str, order: int, tmp_path: Path
) -> None:
    """The rounded copy (of the day, or of the next: both rules that tell reports apart) is
    in the wire story's cluster, in either input order; the same template filled with
    another year's figures, each as precise as the wire's, stays a cluster of its own."""
    records = "".join(_pages(lang, copy_day)[::order])
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert clusters["rounded"] == clusters["story"], clusters
    assert clusters["last-year"] != clusters["story"], clusters


def test_a_rounded_figure_keeps_the_leading_digits_of_the_figure_it_stands_for() -> None:
    """What a figure rounds to: fewer significant digits, within a unit of the last one kept,
    two digits at least or a round thousand; no year, time, date, nor a count rounded to one
    digit ("nearly 20" for "17", a score's "20" for "21")."""
    assert {"412.000", "412000", "413.000", "412.700", "410.000"} <= set(
        rounded_forms("412,736", 2)
    )
    assert {"12.500", "12.000", "13.000", "12.480"} <= set(rounded_forms("12,478", 2))
    assert "20.000" not in rounded_forms("12,478", 2)
    assert {"45", "46"} == set(rounded_forms("45.3", 2))
    assert {"3.5", "3.6"} == set(rounded_forms("3,52", 2))
    assert "5.000" in rounded_forms("5.573", 2)
    assert "1.300" in rounded_forms("1 284", 2)
    for figure in ("17", "21", "98", "2026", "12:30", "26/11/2026", "3.4", "0"):
        assert rounded_forms(figure, 2) == [], figure
    assert rounded_forms("17", 1) == ["10", "20"]
