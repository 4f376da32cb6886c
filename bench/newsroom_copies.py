"""Copies a real newsroom makes that neither ``bench/copy_kinds.py`` nor
``bench/syndication_corpus.py`` makes, on invented texts (``bench/copy_kinds_texts.py``'s
stories): pairwise precision and recall by kind.

    python bench/newsroom_copies.py [--seed N ...] [--bases N] [--workers N] [--misses]

Tune on ``--seed 1``, confirm on ``--seed 2``.  Each seed builds a JSONL dump of text records
under ``bench/.work/newsroom_copies/seed-N/`` (url, site, title, published, language, text),
runs clipper ``dedupe`` on it into a fresh archive (default config) and reads the clusters
back by URL (``copy_kinds.run_clipper``, ``copy_kinds.score``).

Each English story (``copy_kinds_texts.english_story``) is a wire's page (``original``, the
label its story) with a ``full`` copy under a dateline, and one of these copies, in turn:

* ``version``: the wire story updated three times through the day, each site carrying another
  version: version 1 (the first flash: the lede, the figures of the morning), version 2 (the
  figures of noon, a paragraph of reaction added), version 3 (a new lede, a further paragraph);
  the wire's own page is version 4 (figures changed again, a closing paragraph); three sites
  carry versions 1, 2 and 3 (the copy_kinds ``reissue`` is one re-issue at the wire);
* ``roundsub``: every paragraph lightly sub-edited for a tabloid: numbers rounded ("37,412"
  as "more than 37,000", "17" as "nearly 20", "45.3 million" as "45 million"), names cut to
  the surname at every mention ("Dr Amelia Hartley" as "Hartley"), "said" as "told
  reporters" (copy_kinds' ``subedit`` spells numbers out and adds Mr/Ms: no rounding);
* ``merged``: a site's report merging two wire stories: the story's first 60 % of paragraphs,
  then "Separately, " and the first half of the next story; labelled with the story it opens
  with (its headline's), the other story's pages must stay apart from it;
* ``halfquotes``: a bilingual outlet's copy, the quoted statements in its first half given in
  Spanish (the speakers' words as said), the second half as the wire;
* ``reaction``: the wire story whole, then a local reaction section as long as 0.8-1.2 times
  the story (residents, a councillor, a business owner; copy_kinds' ``related`` appends other
  stories' teasers, 40 %).

German and French stories (``copy_kinds_texts.foreign_story``) get the ``version`` and
``reaction`` kinds too (``de-version``, ``fr-reaction`` ...), with paragraphs of their own
language.

Printed: pages, pairs, P/R overall; per kind the recall of the same-label pairs involving a
page of that kind and the false pairs (two labels in one cluster) involving one.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import copy_kinds_texts as tx
from copy_kinds import WIRE, Adder, Page, run_seeds

EN_KINDS = ("version", "roundsub", "merged", "halfquotes", "reaction")
FOREIGN_KINDS = ("version", "reaction")

# copy_kinds_texts.QUOTES as a Spanish-speaking councillor or resident said them
SPANISH_QUOTES = {
    "we were promised answers months ago and we are still waiting for them":
        "nos prometieron respuestas hace meses y todavía las estamos esperando",
    "nobody wants to close a service that families rely on every single week":
        "nadie quiere cerrar un servicio del que dependen las familias cada semana",
    "the figures we were shown last spring were simply wrong":
        "las cifras que nos enseñaron la primavera pasada estaban sencillamente mal",
    "this town has been patient for long enough and the patience has run out":
        "este pueblo ha tenido paciencia durante demasiado tiempo y ya se ha agotado",
    "every extra month of delay adds to the bill that taxpayers will pick up":
        "cada mes más de retraso aumenta la factura que pagarán los contribuyentes",
    "we will go to court if that is what it takes to be heard":
        "iremos a los tribunales si hace falta para que nos escuchen",
    "the engineers were clear that the old system would not survive another season":
        "los ingenieros dejaron claro que el sistema viejo no aguantaría otra temporada",
    "I would rather be honest about the cost now than apologise for it later":
        "prefiero ser sincero ahora sobre el coste que pedir perdón más tarde",
    "there is no version of this plan that pleases everyone":
        "no hay ninguna versión de este plan que guste a todo el mundo",
    "our members voted by a wide margin and the message could not be clearer":
        "nuestros socios votaron por amplia mayoría y el mensaje no podría ser más claro",
    "the money exists, it has just been spent on the wrong things":
        "el dinero existe, solo que se ha gastado en lo que no debía",
    "we expect to publish the full report before the end of the year":
        "esperamos publicar el informe completo antes de que acabe el año",
}

# paragraphs a wire adds as a story develops: {n}, {big}, {org}, {place}, {group}, {day}
UPDATES = {
    "en": [
        "By early afternoon the number of {group} affected had risen to {big}, {org} said in "
        "an updated statement, and officials expected it to climb further before the evening.",
        "{Org} later confirmed that {n} more meetings had been arranged with {group} in "
        "{place}, the first of them on {day}, after complaints that nobody had been consulted.",
        "Reaction came quickly from {place}, where {group} said they had learned of the "
        "decision from the radio rather than from the council, and demanded a public meeting.",
        "A spokesperson for {org} said late on {day} that no further changes were planned for "
        "now, but that the figures would be checked again over the coming {n} weeks.",
        "The opposition said it would table an urgent question, calling the handling of the "
        "announcement confused and asking why {group} in {place} had not been warned earlier.",
    ],
    "de": [
        "Bis zum frühen Nachmittag stieg die Zahl der Betroffenen nach Angaben von {org} auf "
        "{big}, und die Behörden rechneten mit einem weiteren Anstieg bis zum Abend.",
        "{Org} bestätigte später, dass mit den Anwohnern in {place} {n} weitere Termine "
        "vereinbart worden seien, nachdem sich viele über fehlende Beteiligung beschwert hatten.",
        "In {place} meldeten sich rasch die ersten Stimmen: Viele hätten aus dem Radio von der "
        "Entscheidung erfahren und nicht von der Gemeinde, hieß es, und sie forderten eine "
        "Bürgerversammlung.",
        "Ein Sprecher von {org} sagte am späten Abend, weitere Änderungen seien vorerst nicht "
        "geplant, die Zahlen würden in den kommenden {n} Wochen aber noch einmal geprüft.",
        "Die Opposition kündigte eine dringliche Anfrage an und sprach von einer verworrenen "
        "Ankündigung, über die man die Betroffenen in {place} viel zu spät informiert habe.",
    ],
    "fr": [
        "En début d'après-midi, le nombre de personnes concernées est passé à {big}, selon un "
        "communiqué actualisé de {org}, et les autorités s'attendaient à une nouvelle hausse.",
        "{Org} a confirmé plus tard que {n} nouvelles réunions avaient été prévues avec les "
        "habitants de {place}, après des plaintes sur l'absence de concertation.",
        "Les réactions n'ont pas tardé à {place}, où des habitants ont dit avoir appris la "
        "décision à la radio plutôt que par la mairie, et ont réclamé une réunion publique.",
        "Un porte-parole de {org} a indiqué en soirée qu'aucun autre changement n'était prévu "
        "pour l'instant, mais que les chiffres seraient revus dans les {n} prochaines semaines.",
        "L'opposition a annoncé une question urgente, jugeant l'annonce confuse et demandant "
        "pourquoi les habitants de {place} n'avaient pas été prévenus plus tôt.",
    ],
}

# a local reaction section's paragraphs: {name}, {place}, {job}, {n}, {group}, {day}
REACTIONS = {
    "en": [
        "{name}, who has run a {job} in {place} for {n} years, said the news had caught "
        "everyone off guard. \"People came in all morning asking what it means for them, and "
        "honestly I could not tell them,\" {name_last} said.",
        "At the school gates on {day}, parents were divided. Some said the change was "
        "overdue; others worried about the extra {n} minutes it would add to their journeys "
        "and asked why nobody had written to them.",
        "Councillor {name}, whose ward covers the east of {place}, said she would raise the "
        "matter at the next full council meeting and had already received dozens of e-mails "
        "from {group} who felt they had been ignored.",
        "The local chamber of commerce said members had reported a drop in trade of around {n} "
        "per cent since the plans were first announced, and warned that small shops could not "
        "absorb another year of uncertainty.",
        "{name}, a retired teacher who has lived in {place} all her life, said she remembered "
        "a similar row in the 1990s. \"We were told then it would all be sorted within a year. "
        "Here we are,\" she said.",
        "Younger residents were more relaxed. A group of students outside the library said "
        "they had barely heard of the plan and cared more about bus fares, which have gone up "
        "{n} times in three years.",
        "The parish priest said the church hall would stay open in the evenings for anyone "
        "who wanted to talk the changes over, and that volunteers would help older residents "
        "fill in the forms.",
        "A petition started by {name} on {day} had gathered more than {big} signatures by the "
        "evening, with many signers leaving comments about the way the decision was taken.",
    ],
    "de": [
        "{name}, der seit {n} Jahren eine {job} in {place} betreibt, sagte, die Nachricht habe "
        "alle überrascht. Den ganzen Vormittag hätten Kunden gefragt, was das für sie bedeute.",
        "Vor der Schule waren die Eltern am {day} geteilter Meinung. Manche hielten die "
        "Änderung für überfällig, andere fürchteten {n} Minuten mehr auf dem Schulweg.",
        "Gemeinderätin {name} kündigte an, das Thema in der nächsten Sitzung anzusprechen; sie "
        "habe bereits Dutzende Zuschriften von Bürgern erhalten, die sich übergangen fühlten.",
        "Der örtliche Gewerbeverein berichtete von Umsatzeinbußen von rund {n} Prozent, seit "
        "die Pläne bekannt wurden, und warnte, kleine Läden hielten ein weiteres Jahr der "
        "Unsicherheit nicht durch.",
        "{name}, eine pensionierte Lehrerin, die ihr ganzes Leben in {place} verbracht hat, "
        "erinnerte an einen ähnlichen Streit in den Neunzigerjahren, der nie gelöst worden sei.",
        "Jüngere Einwohner sahen es gelassener. Eine Gruppe Studenten vor der Bibliothek sagte, "
        "ihnen seien die Busfahrpreise wichtiger, die in drei Jahren {n} Mal gestiegen seien.",
        "Der Pfarrer bot an, den Gemeindesaal abends für Gespräche zu öffnen; Ehrenamtliche "
        "wollten älteren Bewohnern beim Ausfüllen der Formulare helfen.",
        "Eine Unterschriftenliste, die {name} am {day} begonnen hatte, zählte am Abend bereits "
        "mehr als {big} Unterschriften.",
    ],
    "fr": [
        "{name}, qui tient une {job} à {place} depuis {n} ans, a raconté que la nouvelle avait "
        "surpris tout le monde. Toute la matinée, des clients sont venus demander ce que cela "
        "changeait pour eux.",
        "Devant l'école, {day}, les parents étaient partagés. Certains jugeaient le changement "
        "attendu depuis longtemps, d'autres craignaient {n} minutes de trajet en plus.",
        "La conseillère municipale {name} a promis de porter le sujet au prochain conseil; elle "
        "dit avoir reçu des dizaines de messages d'habitants qui se sentent ignorés.",
        "L'association des commerçants évoque une baisse du chiffre d'affaires d'environ {n} % "
        "depuis l'annonce des projets et prévient que les petites boutiques ne tiendront pas "
        "une année de plus dans l'incertitude.",
        "{name}, institutrice à la retraite qui a passé toute sa vie à {place}, se souvient "
        "d'une querelle semblable dans les années 1990, jamais vraiment réglée.",
        "Les plus jeunes semblaient plus détendus. Des étudiants devant la médiathèque disaient "
        "se soucier davantage du prix du bus, augmenté {n} fois en trois ans.",
        "Le curé a proposé d'ouvrir la salle paroissiale le soir pour en parler, et des "
        "bénévoles aideront les plus âgés à remplir les formulaires.",
        "Une pétition lancée par {name} {day} avait recueilli plus de {big} signatures dans la "
        "soirée.",
    ],
}
REACTION_HEADS = {
    "en": "How {place} reacted",
    "de": "So reagiert {place}",
    "fr": "Les réactions à {place}",
}
JOBS = {
    "en": ["bakery", "hardware shop", "café", "newsagent's", "hair salon"],
    "de": ["Bäckerei", "Buchhandlung", "Metzgerei", "Apotheke", "Gärtnerei"],
    "fr": ["boulangerie", "librairie", "pharmacie", "épicerie", "fleuristerie"],
}
LOCAL_NAMES = {
    "en": ["Maureen Tilley", "Gareth Pugh", "Sandra Okafor", "Dennis Whitlow", "Priya Raman"],
    "de": ["Renate Kössler", "Jürgen Haberl", "Sabine Ostrowski", "Manfred Lind", "Elif Demir"],
    "fr": ["Martine Giraud", "Yannick Le Goff", "Sophie Benali", "Gérard Moulin", "Inès Faure"],
}
DAYS = {
    "en": tx.DAYS,
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
}
# who the wire's updates quote (its stories' own bodies are named in their frames)
ORG = {"en": "the council", "de": "der Gemeinde", "fr": "la mairie"}
SEPARATELY = {"en": "Separately, ", "de": "Unterdessen ", "fr": "Par ailleurs, "}


# a count of two digits or more ("37,412", "17"); a figure of a report ("45.3" too)
_COUNT = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.,])\d{2,}(?![\d.,])")
_FIGURE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+|(?<![\d.,])\d+\.\d+|(?<![\d.,])\d{2,}(?![\d.,])"
)


def _numbers(text: str, rng: random.Random, bump: float) -> str:
    """``text`` with each figure of two or more digits changed by up to ``bump`` of itself
    (a later version's count)."""

    def change(match: re.Match[str]) -> str:
        digits = match[0].replace(",", "")
        value = int(digits)
        new = max(2, value + max(1, round(value * rng.uniform(0.05, bump))))
        return f"{new:,}" if "," in match[0] else str(new)

    return _COUNT.sub(change, text)


def _fill(template: str, lang: str, rng: random.Random, place: str, org: str) -> str:
    name = rng.choice(LOCAL_NAMES[lang])
    return template.format(
        name=name,
        name_last=name.split()[-1],
        place=place,
        org=org,
        Org=org[:1].upper() + org[1:],
        job=rng.choice(JOBS[lang]),
        n=rng.randint(3, 19),
        big=f"{rng.randint(2, 9)},{rng.randint(100, 999)}" if lang == "en"
        else f"{rng.randint(2, 9)}.{rng.randint(100, 999)}",
        group=rng.choice(tx.GROUPS),
        day=rng.choice(DAYS[lang]),
    )


def versions(paras: list[str], lang: str, rng: random.Random, place: str, org: str
             ) -> list[list[str]]:
    """Versions 1-4 of a wire story through the day (the module docstring): each the one
    before with its figures changed and paragraphs added, version 3 under a new lede."""
    updates = rng.sample(UPDATES[lang], 3)
    v1 = paras[: max(4, len(paras) - 2)]
    v2 = [_numbers(p, rng, 0.4) for p in v1[:2]] + v1[2:] + [
        _fill(updates[0], lang, rng, place, org)
    ]
    lede = _fill(updates[1], lang, rng, place, org)
    v3 = [lede, *v2, *paras[len(v1) :]]
    v4 = [_numbers(v3[0], rng, 0.3), *v3[1:], _fill(updates[2], lang, rng, place, org)]
    return [v1, v2, v3, v4]


_NAME_TITLE = re.compile(
    r"\b(?:" + "|".join(re.escape(t[0]) for t in tx.TITLES) + r") ([A-Z][a-z]+) ([A-Z][\w'-]+)"
)


def _round(match: re.Match[str]) -> str:
    text = match[0]
    if "," in text:
        value = int(text.replace(",", ""))
        return f"more than {value // 1000:,},000"
    if "." in text:
        return str(round(float(text)))
    value = int(text)
    if value < 10:
        return text
    rounded = round(value / 10) * 10
    return f"nearly {rounded}" if rounded > value else f"more than {rounded}" if rounded < value \
        else text


def round_sub(story: tx.Story) -> list[str]:
    """Every paragraph sub-edited (the module docstring): figures rounded, names cut to the
    surname, "said" as "told reporters"."""
    out = []
    for para in story.paras:
        edited = _NAME_TITLE.sub(lambda m: m[2], para)
        edited = _FIGURE.sub(_round, edited)
        edited = re.sub(r"\bsaid\b(?! in a statement)", "told reporters", edited)
        out.append(edited)
    return out


def half_quotes(paras: list[str]) -> list[str]:
    """The quoted statements of the first half of ``paras`` in Spanish."""
    half = len(paras) // 2
    out = []
    for i, para in enumerate(paras):
        if i < half:
            for english, spanish in SPANISH_QUOTES.items():
                para = para.replace(english, spanish)
                para = para.replace(english[:1].upper() + english[1:],
                                    spanish[:1].upper() + spanish[1:])
        out.append(para)
    return out


def reaction(paras: list[str], lang: str, rng: random.Random, place: str, org: str
             ) -> list[str]:
    """The story whole, then a local reaction section 0.8-1.2 times its length."""
    words = sum(len(p.split()) for p in paras)
    want = words * rng.uniform(0.8, 1.2)
    section = [REACTION_HEADS[lang].format(place=place)]
    got = 0
    templates = rng.sample(REACTIONS[lang], len(REACTIONS[lang]))
    for template in templates:
        if got >= want:
            break
        para = _fill(template, lang, rng, place, org)
        section.append(para)
        got += len(para.split())
    return [*paras, *section]


def build(seed: int, n_en: int, n_foreign: int = 4) -> list[Page]:
    rng = random.Random(seed)
    pages: list[Page] = []
    add = Adder(pages, rng)

    stories = [tx.english_story(rng) for _ in range(n_en)]
    for i, story in enumerate(stories):
        label, day = f"en{i}", 1 + i % 27
        kind = EN_KINDS[i % len(EN_KINDS)]
        org = ORG["en"]
        dateline = f"{story.place.upper()} (Wire) - "
        if kind == "version":
            v1, v2, v3, v4 = versions(story.paras, "en", rng, story.place, org)
            add(label, "original", story.title, v4, day, 18, where=WIRE)
            add(label, "full", story.title, [dateline + v4[0], *v4[1:]], day, 19)
            for hour, version in ((9, v1), (12, v2), (15, v3)):
                add(label, "version", story.title, version, day, hour)
            continue
        add(label, "original", story.title, story.paras, day, 6, where=WIRE)
        add(label, "full", story.title, [dateline + story.paras[0], *story.paras[1:]], day, 7)
        if kind == "roundsub":
            add(label, kind, story.title, round_sub(story), day, 9)
        elif kind == "merged":
            other = stories[(i + 1) % len(stories)]
            mine = story.paras[: max(2, round(len(story.paras) * 0.6))]
            theirs = other.paras[: max(2, len(other.paras) // 2)]
            add(label, kind, story.title,
                [*mine, SEPARATELY["en"] + theirs[0][:1].lower() + theirs[0][1:], *theirs[1:]],
                day, 10)
        elif kind == "halfquotes":
            add(label, kind, story.title, half_quotes(story.paras), day, 11)
        elif kind == "reaction":
            add(label, kind, story.title, reaction(story.paras, "en", rng, story.place, org),
                day, 12)
    for lang in ("de", "fr"):
        for i in range(n_foreign):
            story = tx.foreign_story(rng, lang)
            label, day = f"{lang}{i}", 3 + i
            kind = FOREIGN_KINDS[i % len(FOREIGN_KINDS)]
            org = ORG[lang]
            if kind == "version":
                v1, v2, v3, v4 = versions(story.paras, lang, rng, story.place, org)
                add(label, "original", story.title, v4, day, 18, lang, WIRE)
                add(label, "full", story.title, v4, day, 19, lang)
                for hour, version in ((9, v1), (12, v2), (15, v3)):
                    add(label, f"{lang}-version", story.title, version, day, hour, lang)
            else:
                add(label, "original", story.title, story.paras, day, 6, lang, WIRE)
                add(label, "full", story.title, story.paras, day, 7, lang)
                add(label, f"{lang}-reaction", story.title,
                    reaction(story.paras, lang, rng, story.place, org), day, 12, lang)
    return pages


def main() -> None:
    run_seeds("newsroom_copies", "newsroom copies", (__doc__ or "").split("\n")[0], build, 40)


if __name__ == "__main__":
    main()
