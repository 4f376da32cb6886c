"""Does a word find its plural, and a plural the word (clipper.pluralforms)?  Recall of invented
singular/plural pairs, wrong hits, index bytes a page and query p50/p95, for this tree and
another checkout in the same command.

Each pair is a query word (a singular or a plural: a common noun, an adjective, a people's
name), the other number's form and an invented sentence in its language holding that form: a
page of that sentence is sought by the query word (``communauté`` for "Trois communautés ont
signé l'entente."), as a watchlist seeks it.  The ``tune`` set is the one
:data:`clipper.pluralforms`' tables were checked on while they were written; the ``confirm``
set, other words of the same languages, was written with it, before the first run, and never
tuned on.  Decoys: pages writing a word the S-stemmer's rules are for (``news`` is no ``new``,
``Paris`` no ``pari``, ``James`` no ``Jame``, French ``fils``, ``temps``, ``pays``, Spanish
``crisis``, ``lunes``) and the same word on a page of another language; a hit on a page other
than the query's own pairs' is wrong unless that page writes the query word itself (accents
aside).

Pages and queries go through each tree's own ``search_text`` and query compiler, given the
languages of the pages as an archive notes them (``bench/search_case_forms.py``'s child, which
this script runs), into an in-memory FTS5 table of clipper's tokenizer.  Index bytes a page: the
first ``--fundus`` fundus pages of ``../shared/data`` in these languages (by clipper's language
identification; skipped without it), and the invented pages.

    python bench/search_plural_forms.py --against DIR [--rounds 5] [--fundus 400] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, fundus_pages, in_tree
from search_case_forms import _CHILD

PLURAL = {"en", "fr", "es", "pt", "it", "ca", "de", "nl"}

# (language, query word, the other number's form, sentence holding that form)
TUNE: list[tuple[str, str, str, str]] = [
    ("fr", "communauté", "communautés", "Trois communautés ont signé l'entente hier."),
    ("fr", "commandes", "commande", "La société a reçu une commande ferme de dix avions."),
    ("fr", "Innus", "Innu", "Le chef innu a salué la décision du tribunal."),
    ("fr", "journal", "journaux", "Les journaux régionaux perdent des lecteurs."),
    ("fr", "bureaux", "bureau", "Le bureau du premier ministre a réagi."),
    ("fr", "lieu", "lieux", "Les policiers ont bouclé les lieux pendant la nuit."),
    ("fr", "élus", "élu", "Chaque élu municipal devra déclarer ses dons."),
    ("en", "agency", "agencies", "Several agencies confirmed the outage on Monday."),
    ("en", "church", "churches", "Two churches were damaged by the storm."),
    ("en", "Innu", "Innus", "The Innus of the North Shore approved the deal."),
    ("en", "Israelis", "Israeli", "An Israeli delegation arrived in Cairo."),
    ("en", "hospitals", "hospital", "The hospital reopened its emergency ward."),
    ("en", "hero", "heroes", "The firefighters were hailed as heroes."),
    ("es", "ciudad", "ciudades", "Las ciudades del norte sufrieron apagones."),
    ("es", "padres", "padre", "El padre de la víctima habló con la prensa."),
    ("es", "luz", "luces", "Las luces del estadio se apagaron de repente."),
    ("es", "nación", "naciones", "Las naciones del grupo firmaron el acuerdo."),
    ("pt", "ação", "ações", "As ações da empresa subiram na bolsa."),
    ("pt", "nacional", "nacionais", "Os jornais nacionais destacaram a greve."),
    ("pt", "homem", "homens", "Dois homens foram detidos pela polícia."),
    ("pt", "mulheres", "mulher", "A mulher foi eleita prefeita da cidade."),
    ("it", "presidente", "presidenti", "I presidenti delle regioni si sono riuniti."),
    ("it", "banca", "banche", "Le banche hanno alzato i tassi."),
    ("it", "negozi", "negozio", "Il negozio ha chiuso dopo trent'anni."),
    ("ca", "banc", "bancs", "Els bancs han apujat els tipus d'interès."),
    ("ca", "plaça", "places", "Les places del centre eren plenes de gent."),
    ("ca", "processos", "procés", "El procés judicial va durar tres anys."),
    ("de", "Kind", "Kindern", "Den Kindern wurde ein neuer Spielplatz versprochen."),
    ("de", "Regierung", "Regierungen", "Beide Regierungen unterzeichneten den Vertrag."),
    ("de", "Häuser", "Haus", "Das Haus brannte vollständig nieder."),
    ("nl", "krant", "kranten", "De kranten berichtten uitvoerig over de staking."),
    ("nl", "ministers", "minister", "De minister trad gisteren af."),
    ("nl", "mogelijkheid", "mogelijkheden", "Er zijn weinig mogelijkheden voor overleg."),
]
CONFIRM: list[tuple[str, str, str, str]] = [
    ("fr", "hôpital", "hôpitaux", "Les hôpitaux manquent d'infirmières."),
    ("fr", "entreprises", "entreprise", "L'entreprise a annoncé cent licenciements."),
    ("fr", "jeu", "jeux", "Les jeux olympiques auront lieu l'été prochain."),
    ("fr", "avions", "avion", "Un avion a dû atterrir d'urgence à Québec."),
    ("en", "policy", "policies", "The new policies take effect in January."),
    ("en", "boxes", "box", "A box of documents was found in the attic."),
    ("en", "wind farms", "wind farm", "The wind farm will power forty thousand homes."),
    ("en", "menu", "menus", "Restaurants changed their menus after the recall."),
    ("es", "elecciones", "elección", "La elección se celebrará en marzo."),
    ("es", "calle", "calles", "Las calles del centro quedaron inundadas."),
    ("es", "mujer", "mujeres", "Miles de mujeres marcharon por la capital."),
    ("pt", "papel", "papéis", "Os papéis foram entregues ao juiz."),
    ("pt", "alemães", "alemão", "O ministro alemão visitou Lisboa."),
    ("it", "ospedali", "ospedale", "L'ospedale ha sospeso le visite."),
    ("it", "amico", "amici", "Gli amici della vittima hanno organizzato una veglia."),
    ("ca", "frase", "frases", "Les frases del discurs van ser molt comentades."),
    ("ca", "països", "país", "El país va votar diumenge."),
    ("de", "Wahl", "Wahlen", "Die Wahlen finden im Herbst statt."),
    ("de", "Mitglieder", "Mitglied", "Ein Mitglied des Vorstands trat zurück."),
    ("nl", "kabinet", "kabinetten", "Opeenvolgende kabinetten beloofden meer woningen."),
    ("nl", "boeken", "boek", "Het boek verscheen vorige week."),
]
SETS = (("tune", TUNE), ("confirm", CONFIRM))

# (language, query, sentence that must not be found: a look-alike word, or the query's word
# read in another language)
DECOYS: list[tuple[str, str, str]] = [
    ("en", "new", "The news broke shortly after midnight."),
    ("en", "Jame", "James Wilson will chair the committee."),
    ("en", "bu", "The bus was late again this morning."),
    ("en", "ga", "Gas prices rose for a third week."),
    ("en", "Texa", "Texas lawmakers passed the budget."),
    ("en", "economic", "She teaches economics at the university."),
    ("en", "mean", "The means of the study were not disclosed."),
    ("en", "analyse", "The analysis was published on Friday."),
    ("en", "basi", "On the basis of the report, the board resigned."),
    ("fr", "pari", "Le maire de Paris a présenté son budget."),
    ("fr", "fil", "Son fils a été témoin de l'accident."),
    ("fr", "temp", "Le temps sera doux cette semaine."),
    ("fr", "pay", "Le pays a voté dimanche."),
    ("fr", "moi", "Les prix ont grimpé ce mois."),
    ("fr", "cour", "Les cours reprendront lundi."),
    ("es", "crisi", "La crisis política se agravó."),
    ("es", "lune", "El lunes se reanudan las clases."),
    ("es", "Marte", "El martes llegó la delegación."),
    ("es", "Marco", "Marcos López ganó la alcaldía."),
    ("it", "paris", "Le squadre di Parigi hanno vinto."),
    ("de", "Pari", "Die Delegation reiste nach Paris."),
    # another language's page: the word's key is its page's language's only
    ("fr", "lune", "El lunes llegó la lluvia."),
    ("ca", "banc", "Il banco alimentare ha chiuso."),
    ("es", "pays", "Le pays a voté."),
]
# the decoy sentences' languages (the third-to-last: Spanish, the second-to-last: Italian,
# the last: French; the others their query's)
DECOY_LANGUAGES = [d[0] for d in DECOYS[:-3]] + ["es", "it", "fr"]


def _pages() -> list[tuple[str, str, str]]:
    """(id, language, text) of every invented page."""
    pages = [(f"{name}{n}", p[0], p[3]) for name, pairs in SETS for n, p in enumerate(pairs)]
    pages += [(f"decoy{n}", DECOY_LANGUAGES[n], d[2]) for n, d in enumerate(DECOYS)]
    return pages


def _bare(text: str) -> str:
    """``text`` case-folded without its accents."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def score(hits: dict[str, list[str]]) -> dict[str, object]:
    """Recall per set and language, and wrong hits, from each query's hit ids."""
    own: dict[str, set[str]] = {}
    for name, pairs in SETS:
        for n, pair in enumerate(pairs):
            own.setdefault(pair[1], set()).add(f"{name}{n}")
    figures: dict[str, object] = {}
    for name, pairs in SETS:
        by_language: dict[str, list[int]] = {}
        for n, pair in enumerate(pairs):
            tally = by_language.setdefault(pair[0], [0, 0])
            tally[1] += 1
            tally[0] += f"{name}{n}" in hits[pair[1]]
        figures[name] = by_language
        figures[name + "_missed"] = [
            f"{p[0]} {p[1]}>{p[2]}" for n, p in enumerate(pairs) if f"{name}{n}" not in hits[p[1]]
        ]
    written = {page_id: _bare(text) for page_id, _, text in _pages()}
    figures["wrong"] = sorted(
        f"{query}>{page}"
        for query, found in hits.items()
        for page in found
        if page not in own.get(query, ())
        and not re.search(rf"(?<!\w){re.escape(_bare(query))}(?!\w)", written[page])
    )
    return figures


def _fundus(limit: int) -> list[tuple[str, str]]:
    """(language, title + body) of the first ``limit`` fundus pages in these languages."""
    if not SHARED_DATA.exists() or limit <= 0:
        return []
    return [(lang, f"{title}\n{body}") for lang, title, body in fundus_pages(PLURAL)][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fundus", type=int, default=400, help="fundus pages for index size")
    parser.add_argument("--show", action="store_true", help="list each miss and wrong hit")
    args = parser.parse_args()
    queries = sorted({p[1] for _, pairs in SETS for p in pairs} | {d[1] for d in DECOYS})
    here = str(Path(__file__).resolve().parent.parent)
    fundus = _fundus(args.fundus)
    job = {"pages": _pages(), "queries": queries, "rounds": args.rounds, "fundus": fundus}
    for name, tree in (("against", args.against), ("this tree", here)):
        result = in_tree(tree, _CHILD, job)
        figures = score(result["hits"])
        print(f"{name} ({tree}):")
        for set_name, _ in SETS:
            by_language = figures[set_name]
            assert isinstance(by_language, dict)
            found = sum(v[0] for v in by_language.values())
            total = sum(v[1] for v in by_language.values())
            detail = " ".join(f"{k} {v[0]}/{v[1]}" for k, v in by_language.items())
            print(f"  {set_name}: {found}/{total} pairs found ({detail})")
            if args.show:
                print("    missed:", ", ".join(map(str, figures[set_name + "_missed"])))  # type: ignore[call-overload]
        wrong = figures["wrong"]
        assert isinstance(wrong, list)
        print(
            f"  wrong hits: {len(wrong)} over {len(queries)} queries"
            + (f" ({', '.join(wrong)})" if args.show else "")
        )
        spent = result["spent"]
        p50, p95 = spent[len(spent) // 2], spent[int(len(spent) * 0.95)]
        line = f"  query p50 {p50:.0f} us, p95 {p95:.0f} us"
        line += f"; index bytes/page: invented {result['invented_bytes']:.0f}"
        if "fundus_bytes" in result:
            line += (
                f", fundus {result['fundus_bytes']:.0f} ({len(fundus)} pages,"
                f" {result['fundus_words']:.0f} index words a page),"
                f" search text {result['fundus_ms']:.2f} ms CPU a page"
            )
        print(line)


if __name__ == "__main__":
    main()
