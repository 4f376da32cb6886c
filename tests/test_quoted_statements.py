"""A statement quoted under two reports is weaker evidence of one story or one text than the
reporters' own sentences (``clipper.statements``; newcomer 24, finding 17; copies24's
negatives in ``bench/copy_kinds.py``), on invented reports in several languages.

* Two briefs on different arrivals (Lanzarote, Ceuta) each followed by one agency statement
  are two stories; two reports of one event quoting one statement stay one story.
* A short story opening with a statement another page quotes is not that page's brief; a brief
  that opens with the statement and goes on with the reporter's lead still is.
* Police appeals of one template about two collisions of one day are two clusters; a copy of
  one day with a timestamp and a comment count of its own stays its original's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from clipper.config import FingerprintConfig, MatchConfig, StoryConfig
from clipper.fingerprint import fingerprint_texts
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.statements import quoted_text, statement_spans, statement_word_spans
from clipper.stories import termvector
from clipper.stories.termvector import (
    Vector,
    own_cleared,
    own_similarities,
    own_similarity,
    own_unit,
)
from clipper.stories.vectors import vectorize
from clipper.words import words
from tests.storyevents import night_stories
from tests.test_daily_reports import _clusters, _record

# ---------------------------------------------------------------- statements, several languages


@pytest.mark.parametrize(
    ("line", "statement"),
    [
        ('"We will rebuild every bridge the river took before the first snow falls," the '
         "regional governor said on Tuesday.",
         '"We will rebuild every bridge the river took before the first snow falls," the '
         "regional governor said on Tuesday."),
        ("El portavoz recordó que «la ruta sigue siendo una de las más peligrosas del mundo», "
         "según un comunicado.",
         "El portavoz recordó que «la ruta sigue siendo una de las más peligrosas del mundo», "
         "según un comunicado."),
        # ß folds to ss: the spans stay those of the line as written
        ("Die Straßenmeisterei teilte mit. Der Bürgermeister sagte: „Wir werden die Schule bis "
         "zum Sommer wieder öffnen.“ Dann verließ er den Saal.",
         "Der Bürgermeister sagte: „Wir werden die Schule bis zum Sommer wieder öffnen.“"),
        ("« Nous ne fermerons aucune ligne avant la fin de l'hiver prochain », a déclaré la "
         "ministre.",
         "« Nous ne fermerons aucune ligne avant la fin de l'hiver prochain », a déclaré la "
         "ministre."),
        ('"Os trabalhos na ponte devem terminar antes do fim de março", afirmou o secretário.',
         '"Os trabalhos na ponte devem terminar antes do fim de março", afirmou o secretário.'),
    ],
)
def test_a_quoted_statement_takes_its_attribution(line: str, statement: str) -> None:
    assert [line[s:e] for s, e in statement_spans(line)] == [statement]


def test_short_or_unattributed_quotes_are_no_statements() -> None:
    # a scare-quoted name, a quoted title of five words, a long quote no one is said to say
    assert statement_spans('Operation "Safe Harbour" began on Monday.') == []
    assert statement_spans('The council renamed it "The Old Mill Quarter" in May.') == []
    assert statement_spans(
        'The banner read "no more closures in our valley towns this winter" in red letters.'
    ) == []
    # a quote left open runs to its line's end (the next paragraph goes on quoting)
    text = '"The river rose faster than any model we had, and we lost the east bank," she said.'
    own, quoted = quoted_text(f"The dam held overnight.\n{text}\nRepairs start Monday.")
    assert quoted == text and "dam held" in own and "Repairs start" in own


def test_statement_word_spans_are_words_of_the_whole_text() -> None:
    text = (
        "The dam held overnight.\n\n"
        '"The river rose faster than any model we had," the engineer said.\n'
        "Repairs start on Monday."
    )
    found = words(text)
    start, end = statement_word_spans(text)
    assert " ".join(found[start:end]) == (
        "the river rose faster than any model we had the engineer said"
    )
    assert found[:start] == ["the", "dam", "held", "overnight"]


# ---------------------------------------------------------------- stories

AGENCY = (
    "«La ruta atlántica hacia Canarias sigue siendo una de las más peligrosas del mundo y "
    "pedimos a los Estados que refuercen el salvamento marítimo y las vías legales y seguras "
    "para quienes huyen de la violencia y la persecución», señaló la portavoz de la Agencia "
    "Mediterránea para los Refugiados en un comunicado."
)
LANZAROTE = (
    "Llegan dos pateras a Lanzarote con 97 personas",
    "Dos pateras con 97 personas a bordo, entre ellas once mujeres y cuatro menores, llegaron "
    "este miércoles al puerto de Arrecife, en Lanzarote, tras ser interceptadas por Salvamento "
    "Marítimo a unas doce millas de la costa.\n\n" + AGENCY,
)
CEUTA = (
    "Una cuarentena de jóvenes entra a nado en Ceuta",
    "Unos cuarenta jóvenes alcanzaron a nado la playa del Tarajal, en Ceuta, aprovechando la "
    "niebla de la madrugada, y la Guardia Civil atendió a varios de ellos por hipotermia.\n\n"
    + AGENCY,
)
LANZAROTE_AGAIN = (
    "Salvamento Marítimo rescata a 97 personas de dos pateras cerca de Lanzarote",
    "Salvamento Marítimo rescató este miércoles a 97 personas que viajaban en dos pateras a "
    "unas doce millas de Lanzarote; once mujeres y cuatro menores fueron atendidos por Cruz "
    "Roja en el muelle de Arrecife.\n\n" + AGENCY,
)


def _brief(site: str, path: str, title: str, text: str) -> dict[str, str]:
    return {
        "url": f"https://{site}/{path}", "title": title, "text": text, "language": "es",
        "published": "2026-12-03T10:00:00+00:00",
    }  # fmt: skip


def test_two_briefs_on_different_arrivals_quoting_one_statement_are_two_stories(
    tmp_path: Path,
) -> None:
    stories = night_stories(
        tmp_path,
        [
            _brief("diariodelsur.example", "lanzarote", *LANZAROTE),
            _brief("elfaro-ceuta.example", "ceuta", *CEUTA),
            _brief("canarias-hoy.example", "rescate", *LANZAROTE_AGAIN),
        ],
    )
    lanzarote = stories["https://diariodelsur.example/lanzarote"]
    assert stories["https://elfaro-ceuta.example/ceuta"] != lanzarote
    # the other outlet's report of the Lanzarote arrival quoting the statement stays its story
    assert stories["https://canarias-hoy.example/rescate"] == lanzarote


def test_the_link_must_stand_on_the_reporters_own_words() -> None:
    config = StoryConfig()
    lanzarote, ceuta, again = (
        vectorize(title, text, "es", config) for title, text in (LANZAROTE, CEUTA, LANZAROTE_AGAIN)
    )
    assert len(lanzarote.quoted) == len(lanzarote.keys)
    ceuta_own = own_similarity(lanzarote, ceuta)
    again_own = own_similarity(lanzarote, again)
    assert ceuta_own is not None and again_own is not None
    bar = config.own_similarity_share * config.min_similarity
    assert ceuta_own < bar <= again_own
    assert own_similarity(ceuta, lanzarote) == ceuta_own
    # a vector quoting nothing has no shares, and its bytes read back as they were
    plain = vectorize("Llegan dos pateras", LANZAROTE[1].split("\n\n")[0], "es", config)
    assert not len(plain.quoted) and own_similarity(plain, plain) is None
    back = Vector.from_bytes(lanzarote.to_bytes())
    assert (back.quoted == lanzarote.quoted).all() and (back.keys == lanzarote.keys).all()
    assert not len(Vector.from_bytes(plain.to_bytes()).quoted)


def test_own_similarities_of_many_pairs_are_own_similarity_to_the_last_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the story stage sums a night's links at once (own_similarities): each pair's number
    # must be own_similarity's, bit for bit, whichever end is longer and however the pairs
    # are cut into look-ups, or a link would flip on a tie with its bar
    config = StoryConfig()
    reports = [
        vectorize(title, text, "es", config) for title, text in (LANZAROTE, CEUTA, LANZAROTE_AGAIN)
    ]
    rng = np.random.default_rng(7)
    invented = []
    for n in (0, 1, 3, 40, 250, 251):
        keys = np.sort(rng.choice(2_000, n, replace=False)).astype(np.uint32)
        weights = rng.random(n).astype(np.float32)
        invented.append(Vector(keys, weights, quoted=rng.integers(0, 256, n).astype(np.uint8)))
    vectors = [v for v in reports + invented if own_unit(v) is not None]
    assert len(vectors) >= 7
    units = [unit[0] for v in vectors if (unit := own_unit(v)) is not None]
    pairs = np.array([(a, b) for a in range(len(vectors)) for b in range(len(vectors))])
    monkeypatch.setattr(termvector, "_LOOKUPS_HELD", 60)  # several look-ups
    found = own_similarities([v.keys for v in vectors], units, pairs[:, 0], pairs[:, 1])
    expected = [own_similarity(vectors[a], vectors[b]) for a, b in pairs.tolist()]
    assert [float(x).hex() for x in found] == [float(x or 0.0).hex() for x in expected]
    assert found[1] > 0.0  # the two reports share terms
    # the stage asks only whether each clears its bar (own_cleared, summed without a Python
    # call a pair): the same answers at any bar, at each pair's own number and the next float
    # above it included (where summing in another order could tip it)
    exact = np.array([x or 0.0 for x in expected])
    for bars in (np.full(len(pairs), 0.18), np.zeros(len(pairs)), exact,
                 np.nextafter(exact, np.inf)):  # fmt: skip
        cleared = own_cleared([v.keys for v in vectors], units, pairs[:, 0], pairs[:, 1], bars)
        assert cleared.tolist() == (exact >= bars).tolist()


# ---------------------------------------------------------------- copies

STATEMENT = (
    '"The safety of our passengers and crews comes before any commercial consideration, and '
    "we will work with the investigators wherever their inquiry leads, however long it "
    'takes," the ferry operator\'s chief executive said in a statement.'
)
FERRY = (
    "A ferry carrying 212 passengers struck the harbour wall at Port Ellery on Sunday evening, "
    "injuring eleven people, two of them seriously, the coastguard said.\n\n"
    f"{STATEMENT}\n\n"
    "Investigators from the marine accident branch arrived on Monday morning and the vessel "
    "will stay in port until they have finished their first inspection of the hull.\n\n"
    "Passengers described a loud bang and a sudden lurch as the ship came in to berth, and "
    "several said crew members had helped children and older travellers off the car deck.\n\n"
    "The operator has cancelled its evening sailings to the islands until Wednesday."
)
OPENS_WITH_STATEMENT = (
    f"{STATEMENT}\n\n"
    "The company's shares fell sharply in early trading after it confirmed that a second "
    "vessel had been withdrawn for checks on its steering gear.\n\n"
    "Analysts at two banks said the withdrawal would cost the operator its busiest weeks."
)
BRIEF = (
    f"{STATEMENT}\n\n"
    "A ferry carrying 212 passengers struck the harbour wall at Port Ellery on Sunday evening, "
    "injuring eleven people, two of them seriously, the coastguard said."
)


def _matched(texts: dict[str, str]) -> set[tuple[str, str]]:
    """The pairs of ``texts`` verification matches, each page read as a run reads it
    (``fingerprint.match_view``: its statements included)."""
    prints = fingerprint_texts(list(texts.values()), MinHasher(FingerprintConfig()))
    found = {
        name: Candidate.of(at, f.match, (-f.word_count, name))
        for at, (name, f) in enumerate(zip(texts, prints, strict=True))
        if f is not None
    }
    names = {c.page_id: name for name, c in found.items()}
    pairs = [(found[a], found[b]) for a in found for b in found if a < b]
    return {
        tuple(sorted((names[e.page_id], names[e.better_page_id])))  # type: ignore[misc]
        for e in verify(pairs, MatchConfig())
    }


def test_a_story_opening_with_a_statement_another_quotes_is_not_its_brief() -> None:
    assert _matched({"ferry": FERRY, "shares": OPENS_WITH_STATEMENT}) == set()


def test_a_brief_opening_with_the_statement_and_sharing_the_lead_is_still_a_copy() -> None:
    assert _matched({"ferry": FERRY, "brief": BRIEF}) == {("brief", "ferry")}


def _appeal(age: int, person: str, injury: str, road: str, time: str, ref: str) -> str:
    return (
        f"Kessington police are appealing for witnesses after a {age}-year-old {person} was "
        f"taken to Pellham General with {injury} injuries following a collision on the {road} "
        f"near Marlow Cross at around {time} on Thursday. The van involved stopped at the "
        "scene. The road was closed for four hours while collision investigators worked. "
        f"Anyone who saw what happened is asked to call 101 quoting reference {ref}."
    )


def _aviso(edad: int, herido: str, via: str, hora: str, km: int) -> str:
    return (
        f"La Guardia Civil busca testigos del accidente ocurrido a las {hora} de este jueves en "
        f"la {via}, a la altura del kilómetro {km}, cerca de Valdemora, en el que un {herido} "
        f"de {edad} años resultó herido grave. El conductor de la furgoneta implicada se detuvo "
        "en el lugar. La carretera estuvo cortada durante cuatro horas mientras los agentes "
        "investigaban. Quien vio lo ocurrido puede llamar al 062."
    )


def test_two_appeals_of_one_template_on_one_day_are_two_clusters(tmp_path: Path) -> None:
    day = "2026-11-22"
    records = [
        _record("rivertoday.example", "a", day, _appeal(64, "woman", "serious", "B890",
                                                        "8.12am", "264 of 6 June"), "en"),
        _record("summitreport.example", "b", day, _appeal(17, "cyclist", "head", "A852",
                                                          "7.13pm", "109 of 11 April"), "en"),
        _record("diario-norte.example", "c", day, _aviso(71, "ciclista", "N-432", "7.40", 18),
                "es"),
        _record("diario-sur.example", "d", day, _aviso(23, "peatón", "A-66", "21.15", 241),
                "es"),
    ]  # fmt: skip
    clusters = _clusters(tmp_path, records)
    assert len(set(clusters.values())) == 4, clusters


def test_a_same_day_copy_with_figures_of_its_own_around_the_text_is_a_copy(
    tmp_path: Path,
) -> None:
    """A copy under its site's timestamp and over its comment count (figures the original
    does not state, outside the text they share), the same day: one cluster."""
    day = "2026-11-22"
    text = _appeal(64, "woman", "serious", "B890", "8.12am", "264 of 6 June")
    framed = f"Updated 22/11/2026 14:35 GMT\n{text}\n17 comments, 3 shares"
    clusters = _clusters(
        tmp_path,
        [
            _record("rivertoday.example", "a", day, text, "en"),
            _record("eastender.example", "a", day, framed, "en"),
        ],
    )
    assert len(set(clusters.values())) == 1, clusters


def test_candidates_carry_their_statements_to_the_workers() -> None:
    from clipper.sentpages import SentPages
    from clipper.verification import Kept

    (ferry,) = fingerprint_texts([FERRY], MinHasher(FingerprintConfig()))
    assert ferry is not None and ferry.match.quoted == statement_word_spans(FERRY)
    full = Candidate.of(0, ferry.match, (-ferry.word_count, "ferry"))
    assert full.quoted and Kept.of(full).candidate().quoted == full.quoted
    assert SentPages.of([full]).pages()[0][1].quoted == full.quoted
