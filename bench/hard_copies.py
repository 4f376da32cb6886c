"""Copies a sub-editor makes harder than ``bench/newsroom_copies.py``'s, in English, German,
French and Spanish, on invented texts: pairwise precision and recall by kind.

    python bench/hard_copies.py [--seed N ...] [--bases N] [--workers N] [--misses]

Tune on ``--seed 1``, confirm on ``--seed 2``.  Each seed builds a JSON Lines dump under
``bench/.work/hard_copies/seed-N/`` and runs clipper ``dedupe`` on it (default config), as
``bench/copy_kinds.py`` does (``copy_kinds.run_seeds``).

Each story (English: ``copy_kinds_texts.english_story``; German and French:
``copy_kinds_texts.foreign_story``; Spanish: :data:`ES`'s frames, through the same function)
is a wire's page (``original``, the label its story) with a ``full`` copy, and one of these
copies in turn (German, French and Spanish kinds are prefixed ``de-`` ``fr-`` ``es-``):

* ``leadtrim``: a new lead of the site's own in place of the wire's first paragraph AND the
  tail trimmed (the wire's paragraphs 2 to 55-70 % of the story);
* ``localfig``: a local figure added to each paragraph (a sentence of the site's own with a
  count of its town: "In Pellham alone, 212 households are on the list.");
* ``digitround``: every count of two digits of the story rounded to one digit the way a
  sub-editor writes it: "nearly 20" for "17", "more than 10" for "13", "a dozen" for "12",
  "about half" for "49 percent" ("knapp 20", "ein Dutzend", "rund die Hälfte"; "près de 20",
  "une douzaine", "la moitié"; "casi 20", "una docena", "la mitad"); the wire's story carries
  a paragraph of such figures (:data:`COUNTS`) so that each page has at least three;
* ``titlerepeat`` (English): a house style naming a person by title at every mention: the
  wire's "Senator Hiram Ostrander" and "Ostrander" as "Sen. Hiram Ostrander, D-Vt." and
  "Sen. Ostrander" (a mayor, a judge ... by their title alone, a senator or a governor also
  with party and state at the first mention).

Printed: pages, pairs, P/R overall; per kind the recall of the same-label pairs involving a
page of that kind and the false pairs (two labels in one cluster) involving one.  Precision:
every story is a label of its own, so a page joining another story is a false pair; the
negatives that must stay apart (template instances, notices, two reports of one event) are
``bench/copy_kinds.py``'s and ``bench/stories.py``'s.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import copy_kinds_texts as tx
from copy_kinds import WIRE, Adder, Page, run_seeds

EN_KINDS = ("leadtrim", "localfig", "digitround", "titlerepeat")
FOREIGN_KINDS = ("leadtrim", "localfig", "digitround")
LANGS = ("de", "fr", "es")

# Spanish reports, in the shape of copy_kinds_texts' tables (no {month}: foreign_story fills
# it with a number for a language it has no month names of)
ES = {
    "orgs": ["el ayuntamiento de Tordesillas", "la confederación hidrográfica",
             "la autoridad portuaria", "la asociación de vecinos", "la diputación provincial",
             "el consorcio de transportes", "la cofradía de pescadores"],
    "places": ["Tordesillas", "Béjar", "Villanueva de la Serena", "Cangas de Onís",
               "Alcañiz", "Medina Sidonia", "Ponferrada"],
    "subjects": ["el cierre del embarcadero", "la ampliación del tranvía",
                 "la subida de la tasa del agua", "la nueva depuradora",
                 "la reforma de la esclusa", "el traslado del mercado de abastos",
                 "el parque eólico marino"],
    "names": ["Nuria Castaño", "Íñigo Beltrán", "Rocío Villaseñor", "Ramón Ibáñez",
              "Lucía Escudero", "Fermín Ochoa", "Begoña Lázaro"],
    "roles": ["la alcaldesa", "el portavoz", "el gerente", "la presidenta", "el concejal"],
    "reasons": ["el aumento de los costes", "una sentencia judicial", "la falta de personal",
                "las protestas vecinales", "un informe técnico", "la falta de fondos"],
    "groups": ["vecinos", "viajeros", "agricultores", "padres", "comerciantes", "pescadores",
               "jubilados"],
    "frames": [
        "{Org} ha {verb} el {day} en {place} {subject}, debido a {reason}.",
        "La decisión llegó tras {n1} horas de debate, con {n2} votos a favor y {n3} en contra.",
        "«Por {reason} no podíamos esperar más», dijo {role1}, {name1}.",
        "Según {org2}, unos {big} {group} de {place} se ven afectados directamente.",
        "El coste se estima en {money} millones de euros, un {n1} % más de lo previsto.",
        "{name2} prometió responder a las inquietudes de los {group} antes de fin de año.",
        "En {place2}, un proyecto parecido se abandonó en {year} por {reason}.",
        "Por la tarde, decenas de {group} se concentraron ante el ayuntamiento para protestar "
        "contra {subject}.",
        "Un nuevo informe se presentará en las próximas semanas, según fuentes de {org2}.",
        "Los críticos dudan, ante {reason}, de que la obra vaya a compensar el gasto.",
        "{name1} subrayó que se intentará reducir al mínimo las molestias para los {group}.",
        "El año pasado se presentaron {big} reclamaciones, la mayoría por {reason}.",
    ],
    "verbs": ["aprobado", "paralizado", "aplazado", "autorizado", "rechazado"],
    "days": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}
tx.LANG_TABLES.setdefault("es", ES)

# the wire's paragraph of counts a digitround copy rounds to one digit: {a} 11-19 (not 12),
# {b} 12, {c} 46-54 (a share in per cent)
COUNTS = {
    "en": "Of the {a} sites inspected in the spring, {b} failed at least one safety check, and "
          "{c} percent of the residents asked said nobody had told them about the findings.",
    "de": "Von den {a} im Frühjahr geprüften Anlagen fielen {b} bei mindestens einer "
          "Sicherheitsprüfung durch, und {c} Prozent der befragten Anwohner sagten, niemand "
          "habe sie über die Ergebnisse informiert.",
    "fr": "Sur les {a} sites inspectés au printemps, {b} ont échoué à au moins un contrôle de "
          "sécurité, et {c} % des habitants interrogés disent que personne ne les a informés "
          "des résultats.",
    "es": "De las {a} instalaciones revisadas en primavera, {b} suspendieron al menos una "
          "inspección de seguridad, y el {c} % de los vecinos consultados dijo que nadie les "
          "había informado de los resultados.",
}
# one-digit roundings: (about / nearly / more than) N0, a dozen, (about) half of N %
NEARLY = {"en": "nearly", "de": "knapp", "fr": "près de", "es": "casi"}
MORE_THAN = {"en": "more than", "de": "mehr als", "fr": "plus de", "es": "más de"}
DOZEN = {"en": "a dozen", "de": "ein Dutzend", "fr": "une douzaine", "es": "una docena"}
# "N percent" / "N Prozent" / "N %" (Spanish "el N %", "un N %") of 45-55 as about half
PERCENT = {
    "en": (re.compile(r"\b(\d{2}) percent"), "about half"),
    "de": (re.compile(r"\b(\d{2}) Prozent"), "rund die Hälfte"),
    "fr": (re.compile(r"\b(\d{2}) %"), "la moitié"),
    "es": (re.compile(r"\b(?:el |un )?(\d{2}) %"), "la mitad"),
}
# a count of two digits standing alone (not part of a year, an amount or a larger figure)
_TWO_DIGITS = re.compile(r"(?<![\d.,])\d{2}(?![\d.,%]|\s?(?:percent|Prozent|%))")

# local sentences a site adds to each paragraph: {n} {m} counts, {place} the story's town
LOCAL = {
    "en": ["In {place} alone, {n} households are on the list.",
           "Locally, {n} of the {m} businesses on the high street have signed the letter.",
           "The town's own figures show {n} complaints this year, up from {m}.",
           "{place} council has set aside {m},000 pounds for the work.",
           "Some {n} people attended a meeting about it in {place} last month.",
           "Our readers' survey found {n} of {m} respondents opposed.",
           "The nearest station, {n} minutes away, sees {m} trains a day."],
    "de": ["Allein in {place} stehen {n} Haushalte auf der Liste.",
           "Vor Ort haben {n} der {m} Geschäfte in der Innenstadt den Brief unterschrieben.",
           "Die Stadt zählt in diesem Jahr {n} Beschwerden, nach {m} im Vorjahr.",
           "{place} hat dafür {m}.000 Euro zurückgelegt.",
           "Rund {n} Menschen kamen im vergangenen Monat zu einer Versammlung in {place}.",
           "In unserer Leserumfrage waren {n} von {m} Befragten dagegen.",
           "Der nächste Bahnhof liegt {n} Minuten entfernt, dort halten {m} Züge am Tag."],
    "fr": ["À {place}, {n} foyers figurent déjà sur la liste.",
           "Sur place, {n} des {m} commerces du centre ont signé la lettre.",
           "La commune a compté {n} plaintes cette année, contre {m} l'an dernier.",
           "{place} a mis de côté {m} 000 euros pour les travaux.",
           "Quelque {n} personnes ont assisté à une réunion à {place} le mois dernier.",
           "Dans notre sondage, {n} lecteurs sur {m} se disent opposés.",
           "La gare la plus proche, à {n} minutes, voit passer {m} trains par jour."],
    "es": ["Solo en {place} hay {n} hogares en la lista.",
           "En la zona, {n} de los {m} comercios del centro han firmado la carta.",
           "El municipio ha recibido {n} quejas este año, frente a {m} el anterior.",
           "{place} ha reservado {m}.000 euros para las obras.",
           "Unas {n} personas acudieron a una reunión en {place} el mes pasado.",
           "En nuestra encuesta, {n} de cada {m} lectores se oponen.",
           "La estación más cercana, a {n} minutos, recibe {m} trenes al día."],
}
# a site's own lead, in place of the wire's first paragraph
LEADS = {
    "en": ["What happens next in {place} is anyone's guess after a day of meetings that left "
           "more questions than answers, and the people most affected say they were the last "
           "to hear about it.",
           "Residents of {place} woke up to the news on the radio. By lunchtime the phones at "
           "the town hall had not stopped ringing, and by the evening a protest was planned."],
    "de": ["Was in {place} nun passiert, weiß nach einem Tag voller Sitzungen niemand so "
           "genau, und die Betroffenen sagen, sie hätten es als Letzte erfahren.",
           "Die Menschen in {place} erfuhren es morgens aus dem Radio. Mittags stand das "
           "Telefon im Rathaus nicht mehr still, am Abend war ein Protest angemeldet."],
    "fr": ["Personne ne sait vraiment ce qui va se passer à {place} après une journée de "
           "réunions, et les premiers concernés disent avoir été les derniers informés.",
           "Les habitants de {place} l'ont appris le matin à la radio. À midi, le standard de "
           "la mairie était saturé, et le soir une manifestation était annoncée."],
    "es": ["Nadie sabe muy bien qué pasará ahora en {place} tras un día de reuniones, y los "
           "más afectados dicen que fueron los últimos en enterarse.",
           "Los vecinos de {place} se enteraron por la radio a primera hora. A mediodía el "
           "teléfono del ayuntamiento no paraba de sonar y por la noche ya había una protesta "
           "convocada."],
}
# a house style's title at every mention (titlerepeat): the wire's title word as written
# there, its abbreviation, and the party and state a senator or governor is given
SHORT_TITLES = {"Senator": "Sen.", "Governor": "Gov.", "Professor": "Prof.",
                "Captain": "Capt.", "Inspector": "Insp.", "Commissioner": "Commr."}
PARTIES = ["D-Vt.", "R-Neb.", "D-Ore.", "R-Ind.", "D-Mass.", "R-Kan."]


def lead_trim(paras: list[str], lang: str, rng: random.Random, place: str) -> list[str]:
    """A lead of the site's own in place of ``paras[0]``, then ``paras[1:]`` trimmed to the
    first 55-70 % of the story."""
    keep = max(3, round(len(paras) * rng.uniform(0.55, 0.7)))
    return [rng.choice(LEADS[lang]).format(place=place), *paras[1:keep]]


def local_figures(paras: list[str], lang: str, rng: random.Random, place: str) -> list[str]:
    """Each paragraph with a sentence of local figures after it (:data:`LOCAL`)."""
    local = rng.sample(LOCAL[lang], len(LOCAL[lang]))
    out = []
    for i, para in enumerate(paras):
        sentence = local[i % len(local)].format(
            place=place, n=rng.randint(3, 97), m=rng.randint(101, 480)
        )
        out.append(f"{para} {sentence}")
    return out


def _one_digit(match: re.Match[str], lang: str) -> str:
    value = int(match[0])
    if value == 12:
        return DOZEN[lang]
    tens = round(value / 10) * 10
    if tens == value:
        return match[0]
    return f"{NEARLY[lang]} {tens}" if tens > value else f"{MORE_THAN[lang]} {tens}"


def digit_round(paras: list[str], lang: str) -> list[str]:
    """Every two-digit count rounded to one digit, a share of 45-55 % as half (the module
    docstring); a year, an amount and a larger figure are left as written."""
    pattern, half = PERCENT[lang]
    out = []
    for para in paras:
        para = pattern.sub(lambda m: half if 45 <= int(m[1]) <= 55 else m[0], para)
        para = _TWO_DIGITS.sub(lambda m: _one_digit(m, lang), para)
        out.append(para)
    return out


def title_repeat(story: tx.Story, rng: random.Random) -> list[str]:
    """``story``'s people named by title at every mention: the first mention's title
    abbreviated (a senator's and a governor's with a party and a state after the name), each
    later mention by surname given the title."""
    out = []
    seen: set[str] = set()
    people = [(title[0], first, last) for title, first, last in story.names]
    parties = {last: rng.choice(PARTIES) for _, _, last in people}
    for para in story.paras:
        for title, first, last in people:
            short = SHORT_TITLES.get(title, title)
            full = f"{title} {first} {last}"
            suffix = f", {parties[last]}," if title in ("Senator", "Governor") else ""

            def first_mention(match: re.Match[str], short: str = short, last: str = last,
                              first: str = first, suffix: str = suffix) -> str:
                if last in seen:
                    return f"{short} {last}"
                seen.add(last)
                return f"{short} {first} {last}{suffix}"

            para = re.sub(re.escape(full), first_mention, para)
            para = re.sub(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b",
                          f"{short} {last}", para)
        out.append(para.replace(",,", ","))
    return out


def _counts(lang: str, rng: random.Random) -> str:
    return COUNTS[lang].format(
        a=rng.choice([11, 13, 14, 16, 17, 18, 19]), b=12, c=rng.choice([46, 47, 48, 49, 51, 52])
    )


def _with_counts(story: tx.Story, lang: str, rng: random.Random) -> list[str]:
    """The story's paragraphs with the paragraph of counts (:data:`COUNTS`) third."""
    return [*story.paras[:2], _counts(lang, rng), *story.paras[2:]]


def _copy(kind: str, paras: list[str], lang: str, rng: random.Random, story: tx.Story
          ) -> list[str]:
    if kind == "leadtrim":
        return lead_trim(paras, lang, rng, story.place)
    if kind == "localfig":
        return local_figures(paras, lang, rng, story.place)
    if kind == "digitround":
        return digit_round(paras, lang)
    return title_repeat(story, rng)


def build(seed: int, n_en: int, n_foreign: int = 9) -> list[Page]:
    rng = random.Random(seed)
    pages: list[Page] = []
    add = Adder(pages, rng)
    for i in range(n_en):
        story = tx.english_story(rng)
        kind = EN_KINDS[i % len(EN_KINDS)]
        label, day = f"en{i}", 1 + i % 27
        paras = _with_counts(story, "en", rng) if kind == "digitround" else story.paras
        story = tx.Story(story.title, paras, "en", story.place, story.names, story.subject)
        add(label, "original", story.title, paras, day, 6, where=WIRE)
        add(label, "full", story.title, [f"{story.place.upper()} (Wire) - {paras[0]}",
                                         *paras[1:]], day, 7)
        add(label, kind, story.title, _copy(kind, paras, "en", rng, story), day, 10)
    for lang in LANGS:
        for i in range(n_foreign):
            story = tx.foreign_story(rng, lang)
            kind = FOREIGN_KINDS[i % len(FOREIGN_KINDS)]
            label, day = f"{lang}{i}", 2 + i
            paras = _with_counts(story, lang, rng) if kind == "digitround" else story.paras
            add(label, "original", story.title, paras, day, 6, lang, WIRE)
            add(label, "full", story.title, paras, day, 7, lang)
            add(label, f"{lang}-{kind}", story.title, _copy(kind, paras, lang, rng, story),
                day, 10, lang)
    return pages


def main() -> None:
    run_seeds("hard_copies", "hard copies", (__doc__ or "").split("\n")[0], build, 40)


if __name__ == "__main__":
    main()
