"""Serbian (and Montenegrin, Bosnian, Macedonian) in Cyrillic and in Latin letters: one text
(:mod:`clipper.digraphia`, migration 0095; newcomer 47a's finding).  A site's Cyrillic page and
its Latin twin are one cluster and exact copies; a Latin query finds the Cyrillic page and a
Cyrillic query the Latin one, ``dj`` finds ``đ``; a Croatian report of the event shares the
Serbian pages' story.  Russian, Ukrainian, Belarusian and Bulgarian keep their letters.  The
texts are invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import text

from clipper import digraphia, fingerprint, paragraphs, spelling
from clipper.archive import Archive, open_archive
from clipper.changes import compare_texts
from clipper.config import StoryConfig
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.snippets import snippet
from clipper.stories.vectors import Vector, language_salt, vectorize
from clipper.words import latin_variant, words
from tests.searchpages import hit_sites
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import _record, archived_at, run, upgraded

# A bridge over the Danube near Đerdap, in Serbian Cyrillic, and its Latin twin as a site
# publishes it under /lat/ (one letter for one)
CYRILLIC = (
    "Нови мост преко Дунава код Ђердапа биће завршен до јесени\n\n"
    "КЛАДОВО - Министарство грађевинарства саопштило је у уторак да ће нови друмски мост "
    "преко Дунава код Ђердапа бити завршен до јесени следеће године, а вредност радова "
    "процењена је на 184 милиона евра.\n\n"
    "Према речима државног секретара, извођач је већ поставио дванаест од укупно шеснаест "
    "стубова, а радници ће током зиме радити у две смене како би надокнадили кашњење због "
    "високог водостаја.\n\n"
    "Мост ће повезати Кладово са обалом у Румунији и скратити пут теретних возила за више од "
    "сто километара, што ће, како је навео, посебно користити пољопривредницима из источне "
    "Србије.\n\n"
    "Надзорни одбор ће до краја месеца примати примедбе грађана, а љубитељи ове деонице моћи "
    "ће да прате радове преко камере на џиновском екрану у центру Кладова."
)
LATIN = (
    "Novi most preko Dunava kod Đerdapa biće završen do jeseni\n\n"
    "KLADOVO - Ministarstvo građevinarstva saopštilo je u utorak da će novi drumski most "
    "preko Dunava kod Đerdapa biti završen do jeseni sledeće godine, a vrednost radova "
    "procenjena je na 184 miliona evra.\n\n"
    "Prema rečima državnog sekretara, izvođač je već postavio dvanaest od ukupno šesnaest "
    "stubova, a radnici će tokom zime raditi u dve smene kako bi nadoknadili kašnjenje zbog "
    "visokog vodostaja.\n\n"
    "Most će povezati Kladovo sa obalom u Rumuniji i skratiti put teretnih vozila za više od "
    "sto kilometara, što će, kako je naveo, posebno koristiti poljoprivrednicima iz istočne "
    "Srbije.\n\n"
    "Nadzorni odbor će do kraja meseca primati primedbe građana, a ljubitelji ove deonice moći "
    "će da prate radove preko kamere na džinovskom ekranu u centru Kladova."
)
# The same event as a Croatian outlet reports it (its own words, ijekavian)
CROATIAN = (
    "Srbija do jeseni dovršava novi most preko Dunava kod Đerdapa\n\n"
    "Srpsko ministarstvo građevinarstva objavilo je u utorak da će novi cestovni most preko "
    "Dunava kod Đerdapa biti dovršen do jeseni iduće godine, a vrijednost radova procijenjena "
    "je na 184 milijuna eura.\n\n"
    "Izvođač je postavio dvanaest od ukupno šesnaest stupova, a radnici će tijekom zime raditi "
    "u dvije smjene kako bi nadoknadili kašnjenje zbog visokog vodostaja Dunava.\n\n"
    "Most će povezati Kladovo s obalom u Rumunjskoj i skratiti put teretnih vozila za više od "
    "sto kilometara, prenose srpski mediji."
)
# Another event in Serbian Latin the same night (trams in Belgrade)
OTHER_SR = (
    "Beograd dobija dvadeset novih tramvaja na liniji dva\n\n"
    "BEOGRAD - Gradski sekretarijat za saobraćaj najavio je da će na liniji dva od februara "
    "saobraćati dvadeset novih niskopodnih tramvaja, nabavljenih iz gradskog budžeta.\n\n"
    "Putnici će na stajalištima moći da prate dolazak vozila na novim displejima, a stari "
    "tramvaji biće prebačeni na linije koje vode ka Novom Beogradu.\n\n"
    "Sekretar je rekao da će u martu biti raspisan i tender za obnovu koloseka u ulici "
    "Kneza Miloša, koja je zatvorena za saobraćaj od prošle jeseni."
)
# A Russian report of the same bridge: its own language, its own letters
RUSSIAN = (
    "Сербия к осени достроит новый мост через Дунай у Джердапа\n\n"
    "Министерство строительства Сербии сообщило во вторник, что новый автомобильный мост "
    "через Дунай у Джердапа будет достроен к осени следующего года, а стоимость работ "
    "оценивается в 184 миллиона евро.\n\n"
    "Подрядчик уже установил двенадцать из шестнадцати опор, а зимой рабочие будут трудиться "
    "в две смены, чтобы наверстать отставание из-за высокой воды."
)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        (CYRILLIC, LATIN),
        # every letter Serbian writes otherwise in each script
        ("Ђорђе, ћерка, џеп, љубав, њива, Јован", "Đorđe, ćerka, džep, ljubav, njiva, Jovan"),
        # Montenegrin's ś ź (с, з and a combining acute in Cyrillic)
        ("С\u0301утра у Подгорици, з\u0301еница", "Śutra u Podgorici, źenica"),
        # Macedonian (as cyrtranslit writes it: ѓ ǵ, ќ ḱ, ѕ dz)
        ("Владата во Скопје ѓубре ќерка ѕвезда", "Vladata vo Skopje ǵubre ḱerka dzvezda"),
    ],
)
def test_a_cyrillic_text_has_its_latin_twins_words(cyrillic: str, latin: str) -> None:
    assert words(cyrillic) == words(latin)
    assert latin_variant(cyrillic) and not latin_variant(latin)


@pytest.mark.parametrize(
    "other",
    [
        RUSSIAN,
        "Київ і Львів: уряд ухвалив бюджет",  # Ukrainian
        "Урад Беларусі зацвердзіў бюджэт",  # Belarusian
        "Правителството одобри бюджета за следващата година",  # Bulgarian
        "Тепловая электростанция в Якутске",  # Russian: э, я
    ],
)
def test_other_cyrillic_alphabets_keep_their_letters(other: str) -> None:
    """A text of another Cyrillic alphabet holds letters Serbian has not (``ы э ъ ь щ й я ю
    і ї є ў``): its lines stay Cyrillic; a line of it holding only letters Serbian shares
    is folded alike in every copy of it."""
    assert digraphia.latin_folded(other) == other
    assert not latin_variant(other)
    assert words("Путин в Белграде\nПутин прибыл") == ["putin", "v", "belgrade", "путин", "прибыл"]


def _one_night(tmp_path: Path, pages: list[tuple[str, str, str]], name: str = "n") -> Path:
    night = tmp_path / f"{name}.jsonl"
    night.write_text(
        "".join(
            _record(url, body, f"2026-12-01T{6 + i:02d}:00:00+00:00", lang=lang)
            for i, (url, body, lang) in enumerate(pages)
        ),
        encoding="utf-8",
    )
    return night


def test_the_twin_pages_are_one_cluster_of_exact_copies(db_url: str, tmp_path: Path) -> None:
    """The Cyrillic page, its Latin twin and a Latin copy of the Cyrillic one with its last
    paragraph cut are one cluster; ``show`` sees the twins as exact copies; the tram report
    and the Russian report of the bridge stay apart."""
    trimmed = LATIN.rsplit("\n\n", 1)[0]
    night = _one_night(
        tmp_path,
        [
            ("https://rts.example/cir/most-djerdap", CYRILLIC, "sr"),
            ("https://rts.example/lat/most-djerdap", LATIN, "sr"),
            ("https://portal.example/most", trimmed, "sr"),
            ("https://grad.example/tramvaji", OTHER_SR, "sr"),
            ("https://ria.example/most", RUSSIAN, "ru"),
        ],
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    rows = {url: (cluster, similarity) for url, cluster, similarity in _cluster_rows(db_url)}
    clusters = {url: cluster for url, (cluster, _) in rows.items()}
    cyrillic = clusters["https://rts.example/cir/most-djerdap"]
    assert clusters["https://rts.example/lat/most-djerdap"] == cyrillic
    assert clusters["https://portal.example/most"] == cyrillic
    assert len(set(clusters.values())) == 3
    assert rows["https://rts.example/lat/most-djerdap"][1] == 1.0
    title_a, _, body_a = CYRILLIC.partition("\n\n")
    title_b, _, body_b = LATIN.partition("\n\n")
    assert compare_texts(title_a, body_a, title_b, body_b).summary == ["exact copy"]


def test_an_archive_made_before_finds_the_twins_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the words of before (Serbian Cyrillic as written), set back to
    0094: after the upgrade its Cyrillic page has the new words' fingerprint, the Russian and
    the Latin pages keep theirs, a Latin query finds the Cyrillic page, and the Latin twin
    the next night joins its cluster."""
    monkeypatch.setattr(spelling, "latin_folded", lambda value: value)
    monkeypatch.setattr(fingerprint, "WORDS_SCHEME", "before-0095")
    paragraphs.forget()
    assert words("Србије") == ["србије"]
    night1 = _one_night(
        tmp_path,
        [
            ("https://rts.example/cir/most-djerdap", CYRILLIC, "sr"),
            ("https://grad.example/tramvaji", OTHER_SR, "sr"),
            ("https://ria.example/most", RUSSIAN, "ru"),
        ],
    )
    before = archived_at(db_url, night1, "0094")
    monkeypatch.undo()
    paragraphs.forget()

    after = upgraded(db_url, "0095")  # a user's next command
    assert (
        after["https://rts.example/cir/most-djerdap"]
        != before["https://rts.example/cir/most-djerdap"]
    )
    for url in ["https://grad.example/tramvaji", "https://ria.example/most"]:
        assert after[url] == before[url]
    archive = open_archive(db_url, create=False)
    try:
        assert hit_sites(archive, "građevinarstva") == ["rts.example"]
    finally:
        archive.close()
    night2 = _one_night(tmp_path, [("https://rts.example/lat/most-djerdap", LATIN, "sr")], "n2")
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    clusters = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert (
        clusters["https://rts.example/lat/most-djerdap"]
        == clusters["https://rts.example/cir/most-djerdap"]
    )


# --- search -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """The Cyrillic page alone (no twin), the Croatian and Russian reports, the tram report."""
    from clipper.config import Config
    from clipper.pipeline import dedupe

    night = _one_night(
        tmp_path_factory.mktemp("serbian"),
        [
            ("https://politika.example/most", CYRILLIC, "sr"),
            ("https://index.example/most", CROATIAN, "hr"),
            ("https://grad.example/tramvaji", OTHER_SR, "sr"),
            ("https://ria.example/most", RUSSIAN, "ru"),
        ],
    )
    opened = open_archive(module_db_url)
    dedupe(opened, [str(night)], Config(workers=1))
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Latin finds the Cyrillic page, Cyrillic the Latin ones
        ("građevinarstva", ["politika.example", "index.example"]),
        ("gradjevinarstva", ["politika.example", "index.example"]),
        ("грађевинарства", ["politika.example", "index.example"]),
        ('"Ministarstvo građevinarstva saopštilo"', ["politika.example"]),
        ('"Министарство грађевинарства саопштило"', ["politika.example"]),
        ('"ministarstvo gradjevinarstva"', ["politika.example", "index.example"]),
        # đ as dj, as d, as ђ
        ("Djerdapa", ["politika.example", "index.example"]),
        ("Derdapa", ["politika.example", "index.example"]),
        ("Ђердапа", ["politika.example", "index.example"]),
        ("tramvaja", ["grad.example"]),
        # a word in Latin capitals finds the Cyrillic page
        ("KLADOVO", ["politika.example", "index.example"]),
        ("трамваја", ["grad.example"]),
        # a Russian word is found in its own letters only
        ("Джердапа", ["ria.example"]),
        ("строительства", ["ria.example"]),
    ],
)
def test_either_script_finds_both(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_the_snippet_shows_the_page_in_its_own_script() -> None:
    for query in ("građevinarstva", "грађевинарства", "gradjevinarstva"):
        shown = snippet(CYRILLIC, [query_tokens(query)], ("[", "]"), language="sr")
        assert "[грађевинарства]" in shown, query
    shown = snippet(LATIN, [query_tokens("грађевинарства")], ("[", "]"), language="sr")
    assert "[građevinarstva]" in shown


def test_a_serbian_page_is_indexed_in_latin_letters() -> None:
    # (then the words' case keys: clipper.caseforms)
    assert search_text("Ђердап и Србија", "sr").startswith("derdap i srbija djerdap i srbija ")
    assert search_text("Ђердап и Србија", "ru") == "ђердап и србија"  # another language's page
    assert search_text("Đerdap", "hr").startswith("derdap djerdap ")
    assert search_text("Đà Nẵng", "vi") == "da nang"  # Vietnamese đ is typed d


def test_a_watchlist_follows_either_script() -> None:
    watch = parse_query('"Elektroprivreda Srbije" OR EPS')
    assert matches(watch, Document.of("Електропривреда Србије потписала уговор", None, "sr"))
    assert matches(watch, Document.of(None, "Уговор је потписао ЕПС", "sr"))
    assert not matches(watch, Document.of(None, "Уговор је потписао ЕПС", "ru"))


# --- stories ----------------------------------------------------------------------------------


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


def _vector(body: str, language: str) -> Vector:
    title, _, rest = body.partition("\n\n")
    return vectorize(title, rest, language, StoryConfig())


def test_one_story_language_for_serbo_croatian() -> None:
    """Croatian, Serbian, Bosnian and Montenegrin share one term space; the Cyrillic page and
    its Latin twin have one vector; the Croatian report is over the story bar, the tram report
    and the Russian report of the bridge are not."""
    assert len({language_salt(code) for code in ("sr", "hr", "bs", "me", "sr-Latn")}) == 1
    assert language_salt("sr") != language_salt("ru") != language_salt("mk")
    config = StoryConfig()
    cyrillic, latin = _vector(CYRILLIC, "sr"), _vector(LATIN, "sr")
    assert _cosine(cyrillic, latin) > 0.99
    assert _cosine(cyrillic, _vector(CROATIAN, "hr")) >= config.min_similarity
    assert _cosine(_vector(LATIN, "bs"), _vector(CROATIAN, "hr")) >= config.min_similarity
    assert _cosine(cyrillic, _vector(OTHER_SR, "sr")) < config.min_similarity
    assert _cosine(cyrillic, _vector(RUSSIAN, "ru")) == 0.0


def test_the_croatian_report_joins_the_serbian_story(archive: Archive) -> None:
    with archive.engine.connect() as connection:
        story_of = {
            url: story
            for url, story in connection.execute(
                text("SELECT p.url, c.story_id FROM pages p JOIN clusters c ON c.id = p.cluster_id")
            )
        }
    assert story_of["https://index.example/most"] == story_of["https://politika.example/most"]
    assert story_of["https://ria.example/most"] != story_of["https://politika.example/most"]
    assert story_of["https://grad.example/tramvaji"] != story_of["https://politika.example/most"]
