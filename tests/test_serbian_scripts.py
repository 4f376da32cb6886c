"""Serbian (and Montenegrin, Bosnian, Macedonian) in Cyrillic and in Latin letters, decided by
a page's language (:mod:`clipper.digraphia`, migration 0100; newcomer 47a's finding).  A
Serbian site's Cyrillic page and its Latin twin are one cluster and exact copies; a Latin query
finds the Cyrillic page and a Cyrillic query the Latin one, on Serbian-family pages only (a
Czech, Croatian or Polish page's Latin word is no Cyrillic query's); ``dj`` finds ``đ``; a
Croatian report of the event shares the Serbian pages' story.  A Russian, Ukrainian,
Belarusian or Bulgarian page keeps its letters everywhere, whatever letters a line of it holds
(session 47 decided it a line at a time: a Russian table's ``Гороскоп`` turned Latin).  The
texts are invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import text

from clipper import fingerprint, paragraphs, searchtext, verification
from clipper.archive import Archive, open_archive
from clipper.backends.sqlite import fts5_expression
from clipper.changes import compare_texts
from clipper.config import FingerprintConfig, StoryConfig
from clipper.digest.matching import Document, matches
from clipper.digraphia import PAGE, UZBEK_PAGE, latin_varies, matched_text, query_latin
from clipper.fingerprint import fingerprint_texts
from clipper.minhash import MinHasher
from clipper.searchquery import fts5_query, parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.snippets import snippet
from clipper.stories.termweights import weighed_in, word_weight
from clipper.stories.vectors import Vector, language_salt, vectorize
from clipper.words import words
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


# A Czech report of another bridge (Czech "most" is Serbian "мост" in Latin letters)
CZECH = (
    "Brno opraví most přes Svratku do konce léta\n\n"
    "Město opraví most přes Svratku do konce léta, uvedla radnice v pondělí. Oprava bude stát "
    "čtyřicet milionů korun a doprava bude vedena po objížďce přes sousední čtvrť."
)
# A Bulgarian report of a third bridge (its own alphabet; "мост" in its own letters)
BULGARIAN = (
    "Новият мост при Видин ще бъде ремонтиран през пролетта\n\n"
    "Агенцията за пътна инфраструктура съобщи, че ремонтът на моста при Видин ще започне "
    "през март и ще продължи два месеца, като движението ще бъде в една лента."
)
# Lines a Russian page holds in letters Serbian shares too, beside lines it does not
RUSSIAN_TABLE = "Гороскоп на неделю\nОвен\nТелец\nБлизнецы\nЮпитер в знаке Рака"


def _hasher() -> MinHasher:
    return MinHasher(FingerprintConfig())


@pytest.mark.parametrize(
    ("cyrillic", "latin", "language"),
    [
        (CYRILLIC, LATIN, "sr"),
        # every letter Serbian writes otherwise in each script
        ("Ђорђе, ћерка, џеп, љубав, њива, Јован", "Đorđe, ćerka, džep, ljubav, njiva, Jovan", "sr"),
        # Montenegrin's ś ź (с, з and a combining acute in Cyrillic)
        ("С\u0301утра у Подгорици, з\u0301еница", "Śutra u Podgorici, źenica", "me"),
        ("Влада Републике Српске", "Vlada Republike Srpske", "bs"),
        # Macedonian (as cyrtranslit writes it: ѓ ǵ, ќ ḱ, ѕ dz)
        ("Владата во Скопје ѓубре ќерка ѕвезда", "Vladata vo Skopje ǵubre ḱerka dzvezda", "mk"),
    ],
)
def test_a_cyrillic_page_has_its_latin_twins_shingles(
    cyrillic: str, latin: str, language: str
) -> None:
    a, b = fingerprint_texts([cyrillic, latin], _hasher(), [language, language])
    assert a is not None and b is not None
    assert a.content_hash == b.content_hash
    assert np.array_equal(a.shingles, b.shingles)
    assert words(matched_text(cyrillic, language)) == words(latin)
    assert latin_varies(cyrillic, language) and not latin_varies(latin, language)


@pytest.mark.parametrize(
    ("other", "language"),
    [
        (RUSSIAN, "ru"),
        (RUSSIAN_TABLE, "ru"),
        ("Путин в Белграде\nПутин прибыл", "ru"),
        ("Київ і Львів: уряд ухвалив бюджет", "uk"),
        ("Нова влада Києва", "uk"),  # every letter one Serbian has
        ("Урад Беларусі зацвердзіў бюджэт", "be"),
        (BULGARIAN, "bg"),
        ("Правителството одобри бюджета", "bg"),
        ("Гороскоп на неделя", "bg"),
        # a Serbian text on a page of no language, or one stored Russian: as written
        (CYRILLIC, None),
        (CYRILLIC, "ru"),
    ],
)
def test_a_page_of_another_language_keeps_its_letters(other: str, language: str | None) -> None:
    """The page's language decides, never a line's letters: a Russian, Ukrainian, Belarusian
    or Bulgarian page is fingerprinted, indexed and storied as written, lines of letters
    Serbian shares (``Гороскоп на неделю``, ``Нова влада Києва``'s) and all."""
    assert matched_text(other, language) == other
    assert not latin_varies(other, language)
    (printed,) = fingerprint_texts([other], _hasher(), [language])
    (plain,) = fingerprint_texts([other], _hasher())
    assert printed is not None and plain is not None
    assert printed.content_hash == plain.content_hash
    indexed = search_text(other, language)
    assert PAGE not in indexed.split()
    # its words stay Cyrillic in the index (folded as before: Ukrainian ї as і)
    assert all(not word.isascii() for word in indexed.split()[:3])


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
    shown = run(db_url, "show", str(cyrillic))
    assert shown.exit_code == 0
    (twin,) = [block for block in shown.output.split("\n\n") if "rts.example/lat/" in block]
    assert "exact copy" in twin and "headline changed" not in twin
    title_a, _, body_a = CYRILLIC.partition("\n\n")
    title_b, _, body_b = LATIN.partition("\n\n")
    # read as written (a page of no known language), they are two texts
    assert compare_texts(title_a, body_a, title_b, body_b).summary != ["exact copy"]


def test_an_archive_made_before_finds_the_twins_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the rule of before (a Serbian page's Cyrillic as written), set back
    to 0099: after the upgrade its Cyrillic page has the new fingerprint, the Russian and the
    Latin pages keep theirs, a Latin query finds the Cyrillic page, and the Latin twin the next
    night joins its cluster."""
    monkeypatch.setattr(fingerprint, "matched_text", lambda value, language: value)
    monkeypatch.setattr(verification, "matched_text", lambda value, language: value)
    monkeypatch.setattr(searchtext, "reads_latin", lambda language: False)
    monkeypatch.setattr(fingerprint, "WORDS_SCHEME", "before-0100")
    paragraphs.forget()
    night1 = _one_night(
        tmp_path,
        [
            ("https://rts.example/cir/most-djerdap", CYRILLIC, "sr"),
            ("https://grad.example/tramvaji", OTHER_SR, "sr"),
            ("https://ria.example/most", RUSSIAN, "ru"),
        ],
    )
    before = archived_at(db_url, night1, "0099")
    monkeypatch.undo()
    paragraphs.forget()

    after = upgraded(db_url, "0100")  # a user's next command
    assert (
        after["https://rts.example/cir/most-djerdap"]
        != before["https://rts.example/cir/most-djerdap"]
    )
    for url in ["https://grad.example/tramvaji", "https://ria.example/most"]:
        assert after[url] == before[url]
    archive = open_archive(db_url, create=False)
    try:
        assert hit_sites(archive, "građevinarstva") == ["rts.example"]
        assert hit_sites(archive, "трамваја") == ["grad.example"]
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
    """The Cyrillic page alone (no twin), the Croatian, Russian, Czech and Bulgarian reports,
    the tram report."""
    from clipper.config import Config
    from clipper.pipeline import dedupe

    night = _one_night(
        tmp_path_factory.mktemp("serbian"),
        [
            ("https://politika.example/most", CYRILLIC, "sr"),
            ("https://index.example/most", CROATIAN, "hr"),
            ("https://grad.example/tramvaji", OTHER_SR, "sr"),
            ("https://ria.example/most", RUSSIAN, "ru"),
            ("https://brno.example/most", CZECH, "cs"),
            ("https://bta.example/most", BULGARIAN, "bg"),
        ],
    )
    opened = open_archive(module_db_url)
    dedupe(opened, [str(night)], Config(workers=1))
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Latin finds the Serbian Cyrillic page and the Croatian one
        ("građevinarstva", ["politika.example", "index.example"]),
        ("gradjevinarstva", ["politika.example", "index.example"]),
        ('"Ministarstvo građevinarstva saopštilo"', ["politika.example"]),
        ('"ministarstvo gradjevinarstva"', ["politika.example", "index.example"]),
        # Cyrillic finds the Serbian pages, in either script, and the Croatian one (session 49:
        # a desk searching Serbian Cyrillic for a Croatian name expects the Croatian page)
        ("грађевинарства", ["politika.example", "index.example"]),
        ('"Министарство грађевинарства саопштило"', ["politika.example"]),
        ("трамваја", ["grad.example"]),
        # đ as dj, as d, as ђ
        ("Djerdapa", ["politika.example", "index.example"]),
        ("Derdapa", ["politika.example", "index.example"]),
        ("Ђердапа", ["politika.example", "index.example"]),
        # a Croatian word no Serbian page writes, typed in Cyrillic, and one of its case forms
        ("тијеком", ["index.example"]),
        ("милијуна", ["index.example"]),
        ("Румуњској", ["index.example"]),
        ("Румуњска", ["index.example"]),
        ("tramvaja", ["grad.example"]),
        # a word in Latin capitals finds the Cyrillic page
        ("KLADOVO", ["politika.example", "index.example"]),
        # "мост": the Russian and Bulgarian pages as written, the Serbian and Croatian ones in
        # Latin letters; no Czech "most"
        ("мост", ["bta.example", "index.example", "politika.example", "ria.example"]),
        ("most", ["brno.example", "index.example", "politika.example"]),
        ("мост AND Svratku", []),
        # a Russian or Bulgarian word is found in its own letters only
        ("Джердапа", ["ria.example"]),
        ("строительства", ["ria.example"]),
        ("stroitelstva", []),
        ("Видин", ["bta.example"]),
        ("Vidin", []),
    ],
)
def test_either_script_finds_both(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_a_cyrillic_query_is_sought_in_latin_only_where_serbian_pages_are() -> None:
    """An archive without a Serbian-family or Croatian page asks for no Latin letters
    (``Рига`` as before); one holding a Serbian page asks for them on the pages holding the
    mark only, keyed in Serbian; one holding a Croatian page, in Croatian too, never in
    Finnish.  (A query of no archive, a digest's, asks for Uzbek Latin letters on the pages
    holding Uzbek's mark only: clipper.digraphia.UZBEK_PAGE.)"""
    assert f'("riga" AND ("{PAGE}"))' not in fts5_query("Рига")
    assert f'("riga" AND ("{UZBEK_PAGE}"))' in fts5_query("Рига")
    assert "riga" not in fts5_expression(parse_query("Рига"), frozenset({"ru", "fi", "cs", "sl"}))
    held = fts5_expression(parse_query("Рига"), frozenset({"ru", "sr"}))
    assert f'("riga" AND ("{PAGE}"))' in held
    assert "\U000f0000fi" not in held and "\U000f0000hr" not in held
    croatian = fts5_expression(parse_query("Рига"), frozenset({"ru", "fi", "hr"}))
    assert f'("riga" AND ("{PAGE}"))' in croatian
    assert "\U000f0000fi" not in croatian and "\U000f0000hr" in croatian
    assert query_latin("Київ") is None and query_latin("Москва") == "Moskva"


def test_the_snippet_shows_the_page_in_its_own_script() -> None:
    for query in ("građevinarstva", "грађевинарства", "gradjevinarstva"):
        terms = [query_tokens(query, latin_pages=True)]
        shown = snippet(CYRILLIC, terms, ("[", "]"), language="sr")
        assert "[грађевинарства]" in shown, query
    terms = [query_tokens("грађевинарства", latin_pages=True)]
    shown = snippet(LATIN, terms, ("[", "]"), language="sr")
    assert "[građevinarstva]" in shown
    shown = snippet(CROATIAN, terms, ("[", "]"), language="hr")  # a Croatian page's too
    assert "[građevinarstva]" in shown
    # a Czech page's "most" is no "мост"
    terms = [query_tokens("мост", latin_pages=True), query_tokens("Svratku")]
    shown = snippet(CZECH, terms, ("[", "]"), language="cs")
    assert "[Svratku]" in shown and "[most]" not in shown


def test_a_serbian_page_is_indexed_in_latin_letters() -> None:
    # (then the words' case keys: clipper.caseforms)
    serbian = search_text("Ђердап и Србија", "sr")
    assert serbian.startswith("derdap i srbija djerdap i srbija ")
    assert PAGE in serbian.split()
    assert search_text("Ђердап и Србија", "ru") == "ђердап и србија"  # another language's page
    croatian = search_text("Đerdap", "hr")  # marked: a Cyrillic query is sought there too
    assert croatian.startswith("derdap djerdap ") and PAGE in croatian.split()
    for other in ("cs", "sl", "pl", "sk", None):
        assert PAGE not in search_text("most", other).split(), other
    # Vietnamese đ is typed d (the page's marked words' keys follow: clipper.tonemarks)
    vietnamese = search_text("Đà Nẵng", "vi")
    assert vietnamese.startswith("da nang") and "dj" not in vietnamese


def test_a_watchlist_follows_either_script() -> None:
    watch = parse_query('"Elektroprivreda Srbije" OR EPS')
    assert matches(watch, Document.of("Електропривреда Србије потписала уговор", None, "sr"))
    assert matches(watch, Document.of(None, "Уговор је потписао ЕПС", "sr"))
    assert not matches(watch, Document.of(None, "Уговор је потписао ЕПС", "ru"))
    bridge = parse_query("мост")
    assert matches(bridge, Document.of(None, LATIN, "sr"))
    assert matches(bridge, Document.of(None, BULGARIAN, "bg"))
    assert not matches(bridge, Document.of(None, CZECH, "cs"))
    assert matches(bridge, Document.of(None, CROATIAN, "hr"))


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


def test_croatian_is_weighed_by_the_serbo_croatian_list() -> None:
    """Croatian, whose function words stopwords-iso lists too, is weighed by wordfreq's
    Serbo-Croatian list as Serbian, Bosnian and Montenegrin are (decided before the
    function-word languages): "ministar" and "sporazum" weigh as the common words they are,
    not as unknown ones (8), and a Latin page tagged Croatian has the vector of the same page
    tagged Serbian."""
    for code in ("hr", "sr", "bs", "me", "cnr", "sr-Latn"):
        assert weighed_in(code, None) == ("sh",)
    for word in ("ministar", "sporazum", "vlada"):
        assert word_weight(word, "hr") == word_weight(word, "sr") < 4.0
    assert _cosine(_vector(LATIN, "hr"), _vector(LATIN, "sr")) > 0.99


def test_a_russian_or_bulgarian_vector_keeps_its_letters() -> None:
    """A Russian or Bulgarian page's story vector is read as written: the same vector as a
    page of its language whose words a Serbian reading would turn Latin."""
    for body, language in ((RUSSIAN_TABLE + "\n\n" + RUSSIAN, "ru"), (BULGARIAN, "bg")):
        vector = _vector(body, language)
        again = _vector(body, language)
        assert np.array_equal(vector.keys, again.keys)
        # the Serbian reading of the same text shares no term with it (another salt, and
        # another script)
        assert _cosine(vector, _vector(matched_text(body, "sr"), language)) < 0.5


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
    assert story_of["https://brno.example/most"] != story_of["https://politika.example/most"]
