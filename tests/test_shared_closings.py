"""Pages that share only a closing block are no copies (newcomer 31's finding F-A).

A site group prints the same closing paragraphs under every short local story, and a company
ends each release with the same portrait and forward-looking statements (here without an
"About" heading that :mod:`clipper.pressreleases` would know): four different stories of 30-40
words above ~70 shared words were one cluster at Jaccard 0.5-0.6.  Each page opens with text
of its own and the two share only what follows (``clipper.pairrules.shared_closing``), so they
are two articles; a wire story's copy under a new lead of its own, and copies that share
their opening, stay copies.  Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_wire_signoffs import _clusters, _record

CLOSINGS = {
    "en": (
        "Residents who want to weigh in can attend the next public session or send written "
        "comments to the clerk's office, which posts its agendas online a week before.\n\n"
        "The matter has drawn interest from several neighborhood associations, and a number of "
        "speakers asked officials to schedule one more hearing before anything is final.\n\n"
        "A spokesperson said more information would be shared over the coming weeks as the "
        "process continues."
    ),
    "es": (
        "Los vecinos que deseen opinar pueden asistir a la próxima sesión pública o enviar sus "
        "comentarios por escrito a la secretaría, que publica el orden del día con antelación.\n\n"
        "El asunto ha despertado el interés de varias asociaciones de vecinos, y algunos "
        "oradores pidieron a las autoridades una nueva audiencia antes de cualquier decisión.\n\n"
        "Un portavoz indicó que se dará más información en las próximas semanas a medida que "
        "avance el proceso."
    ),
}
LEADS = {
    "en": [
        "The county planning board on Tuesday put off a decision on a 40-acre solar farm east "
        "of Millbrook after farmers crowded the meeting room to complain about lost cropland.",
        "Dunmore school trustees voted 5-2 to move elementary dismissal to 3:10 p.m. next fall "
        "so that buses can run one route instead of two, saving about $400,000 a year.",
        "A gas leak near the Harlan Street bridge forced crews to close four blocks and "
        "evacuate a day care center for three hours on Wednesday afternoon, fire officials said.",
        "The regional transit board approved two express buses between Carver Park and the "
        "airport, with service starting in March and fares matching the regular routes.",
    ],
    "es": [
        "El pleno municipal de Villaseca aplazó el martes la votación sobre un parque solar de "
        "40 hectáreas después de que los agricultores llenaran la sala para quejarse.",
        "El consejo escolar de Ribera aprobó por cinco votos a dos adelantar la salida de los "
        "colegios a las tres de la tarde para ahorrar una ruta de autobús al día.",
        "Una fuga de gas junto al puente de la calle Mayor obligó a los bomberos a cortar cuatro "
        "manzanas y a desalojar una guardería durante tres horas el miércoles por la tarde.",
    ],
}
RELEASE_TAIL = (
    "Harrowgate Foods makes frozen and chilled meals in 9 plants across 4 countries and employs "
    "about 6,200 people. Its brands are sold by grocers, convenience stores and food service "
    "distributors throughout North America and northern Europe.\n\n"
    "Cautionary statement. This release contains statements about future expectations, plans "
    "and prospects that involve risks and uncertainties, including ingredient prices, labour "
    "costs, competition and regulation, which could cause actual results to differ materially. "
    "Harrowgate Foods undertakes no obligation to update these statements.\n\n"
    "SOURCE Harrowgate Foods"
)
RELEASES = [
    "DAYTON, Ohio, Nov. 4, 2026 -- Harrowgate Foods today named Priya Lindqvist chief "
    "financial officer, effective Jan. 1, succeeding a finance chief who retires after eleven "
    "years with the company.",
    "DAYTON, Ohio, Dec. 1, 2026 -- Harrowgate Foods today opened a frozen meals plant in "
    "Lorain County that will employ about 240 people when it reaches full output next summer.",
    "DAYTON, Ohio, Dec. 3, 2026 -- Harrowgate Foods said today that it will present at an "
    "investor conference in New York next week and webcast the talk on its investor website.",
]
WIRE = [
    "SPRINGFIELD (Wire) - The state's largest teachers union and the governor's office reached "
    "a tentative agreement on Thursday that would raise starting salaries to $48,000 and cap "
    "class sizes in kindergarten through third grade at 22 students.",
    "The deal, reached after nine days of talks, still needs approval from the union's 61,000 "
    "members and from the legislature, which must find about $310 million to pay for it.",
    "Union president Carla Mendes said members would vote online over two weeks starting Dec. "
    "14. She called the agreement the best offer teachers had seen in more than a decade.",
    "Governor Alan Treadwell said the raises would be phased in over three years and that "
    "districts with the lowest pay would receive the largest share of the new state money.",
    "Republican leaders in the Senate said they had not seen the details and questioned "
    "whether the state could afford the cost while property tax relief was still pending.",
    "The last statewide teachers contract expired in June. Teachers have worked under its "
    "terms since then, and several districts had reported shortages of substitute teachers.",
]
NEW_LEAD = (
    "MILLBROOK (WMBK) - Teachers at Millbrook's three elementary schools could see their first "
    "real raise in years under the statewide deal announced Thursday."
)


def test_stories_under_one_closing_block_are_no_copies(tmp_path: Path) -> None:
    """Each story its own cluster with the copy of it another site carries, in English and
    Spanish."""
    records = "".join(
        _record(f"https://{site}.example/{site}-{language}{n}",
                f"{lead}\n\n{CLOSINGS[language]}", language)
        for language, leads in LEADS.items()
        for n, lead in enumerate(leads)
        for site in ("metro-a", "metro-b")
    )  # fmt: skip
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == sum(len(leads) for leads in LEADS.values()), clusters
    for language, leads in LEADS.items():
        for n in range(len(leads)):
            assert clusters[f"metro-a-{language}{n}"] == clusters[f"metro-b-{language}{n}"]


def test_releases_under_one_unheaded_portrait_are_no_copies(tmp_path: Path) -> None:
    records = "".join(
        _record(f"https://newswire.example/release-{n}", f"{lead}\n\n{RELEASE_TAIL}", "en")
        for n, lead in enumerate(RELEASES)
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == len(RELEASES), clusters


def test_a_copy_under_a_new_lead_and_copies_sharing_their_opening_stay_copies(
    tmp_path: Path,
) -> None:
    """A station's lead over the wire's body (the wire's lead dropped), and a copy adding the
    site group's closing block under the whole story, are the wire's copies."""
    story = "\n\n".join(WIRE)
    records = (
        _record("https://wire.example/teachers", story, "en")
        + _record("https://wmbk.example/teachers", "\n\n".join([NEW_LEAD, *WIRE[1:]]), "en")
        + _record("https://metro-a.example/teachers", f"{story}\n\n{CLOSINGS['en']}", "en")
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == 1, clusters
