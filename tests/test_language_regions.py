"""A page of a language written in several countries that states no country is of its address's
country-code domain where the language is written there, else of its dateline's place where
the language is official there, else of none (an Athens desk's report, session 48: ``--region
GR``, ``CY``, ``RS`` kept no page of a Greek or a Serbian paper without ``dedupe --country`` for
each site, as Greek is Greece's and Cyprus's, Serbian Serbia's, Bosnia's and Montenegro's).
A page's own tag and its record's ``country`` come first, ``--country`` next, the address
then, the language's one country (``ko`` is South Korea's) after it, the dateline last; a
generic ``.tv`` names no country, nor does a dateline of English, French, Spanish, Portuguese
or Arabic (their wires file from every country).  A Tamil page on ``.com.sg`` is Singapore's (its
places' rule read ``.in`` and ``.lk`` alone), a Finnish one on ``.se`` Sweden's.
clipper.placeregion.page_region, clipper.declaredregion.address_region; invented pages and
sites, through ``clipper dedupe`` and ``--region`` on search, export and clusters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli

# (name, address, language, the text with its dateline, the country, or None)
_PAGES: list[tuple[str, str, str, str, str | None]] = [
    ("greek-gr", "https://www.kathimerini-demo.gr/politiki/ydrefsi", "el",
     "Ο δήμος της Θεσσαλονίκης ανακοίνωσε νέο πρόγραμμα ύδρευσης για τις ανατολικές συνοικίες, "
     "το οποίο θα ξεκινήσει τον Ιανουάριο. Οι κάτοικοι ζητούν να τελειώσουν γρήγορα τα έργα και "
     "να επισκευαστούν οι δρόμοι που θα ανοιχτούν για τους νέους αγωγούς.", "GR"),
    ("greek-cy", "https://www.philenews-demo.com.cy/eidiseis/limani", "el",
     "Η αρχή λιμένων ενέκρινε την επέκταση της προβλήτας στο λιμάνι της Λεμεσού, με έργα που "
     "θα διαρκέσουν δύο χρόνια. Οι ψαράδες της περιοχής ζητούν να μη διακοπεί η πρόσβαση στα "
     "σκάφη τους κατά τη διάρκεια των εργασιών στο παλιό λιμάνι.", "CY"),
    ("greek-dateline", "https://www.nea-demo.com/kosmos/agrotes", "el",
     "ΛΕΥΚΩΣΙΑ.- Οι αγρότες της Μεσαορίας ζητούν αποζημιώσεις για τις ζημιές από το χαλάζι της "
     "περασμένης εβδομάδας, που κατέστρεψε τις καλλιέργειες σιταριού και κριθαριού. Το υπουργείο "
     "γεωργίας υποσχέθηκε να στείλει γεωπόνους για την καταγραφή των ζημιών.", "CY"),
    ("serbian-rs", "https://www.rts-demo.rs/vesti/most", "sr",
     "Градска управа најавила је обнову старог моста преко Саве, која ће почети у марту и "
     "трајати две године. Возачи ће за то време користити обилазницу, а јавни превоз ће "
     "добити нове линије према Новом Београду и Земуну.", "RS"),
    ("serbian-ba", "https://www.glas-demo.ba/vijesti/bolnica", "sr",
     "Uprava bolnice u Banjaluci najavila je otvaranje novog odjeljenja za djecu do ljeta, "
     "nakon dvije godine radova. Roditelji traže da se obezbijedi i parking za posjetioce, "
     "jer je ulica ispred bolnice stalno zakrčena automobilima.", "BA"),
    # a Serbian paper's Latin page its crawler tagged Bosnian: Serbo-Croatian's standards are
    # one language's press for where it is written
    ("bosnian-rs", "https://www.b92-demo.rs/info/vesti/elektrana", "bs",
     "Termoelektrana kod Obrenovca dobiće nove filtere za prašinu do kraja sledeće godine, "
     "saopštila je uprava preduzeća. Meštani okolnih sela traže da se za to vreme redovno "
     "objavljuju merenja kvaliteta vazduha i da se očiste kanali pored deponije pepela.", "RS"),
    ("serbian-tv", "https://www.vesti-demo.tv/srbija/pijaca", "sr",
     "Gradska pijaca biće zatvorena tokom vikenda zbog radova na krovu i novih tezgi, "
     "saopštilo je javno preduzeće. Prodavci traže da im se za to vreme obezbedi privremeni "
     "prostor na parkingu kako ne bi izgubili kupce pred praznike.", None),
    ("german-at", "https://www.kurier-demo.at/chronik/strassenbahn", "de",
     "Die Verkehrsbetriebe verlängern die Straßenbahnlinie in den Süden der Stadt bis zum "
     "neuen Wohngebiet, teilte die Stadtregierung am Montag mit. Die Bauarbeiten beginnen im "
     "Frühjahr, Anrainer fordern einen besseren Lärmschutz entlang der Strecke.", "AT"),
    ("german-com", "https://www.nachrichten-demo.com/wirtschaft/baeckerei", "de",
     "Eine Bäckereikette schließt bis zum Sommer zwölf ihrer Filialen, weil Mehl und Strom "
     "teurer geworden sind, teilte das Unternehmen mit. Die Gewerkschaft fordert, dass die "
     "Beschäftigten in anderen Filialen weiterarbeiten können.", None),
    ("german-dateline", "https://www.nachrichten-demo.com/politik/wien-wohnbau", "de",
     "WIEN (APA) - Die Stadt will im kommenden Jahr dreitausend neue Gemeindewohnungen bauen "
     "lassen, kündigte der Wohnbaustadtrat an. Die Opposition kritisiert, dass die Mieten in "
     "den Neubauten zu hoch angesetzt seien und die Wartelisten weiter wachsen.", "AT"),
    ("german-abroad", "https://www.nachrichten-demo.com/ausland/moskau-metro", "de",
     "MOSKAU (dpa) - Die Stadtverwaltung hat eine neue Ringlinie der Metro eröffnet, die "
     "zwölf Außenbezirke miteinander verbindet. Pendler sparen nach Angaben der Verwaltung "
     "bis zu vierzig Minuten am Tag auf dem Weg zur Arbeit.", None),
    ("english-uk", "https://www.gazette-demo.co.uk/news/ferry", "en",
     "The island ferry will run a winter timetable from next week after the operator lost "
     "two crew members, the council said on Monday. Residents said they would need the early "
     "sailing to reach the hospital on the mainland for appointments.", "GB"),
    ("english-au", "https://www.herald-demo.com.au/news/bushfire-siren", "en",
     "The shire will install new bushfire sirens in four towns before the summer, after a "
     "review found that text alerts reached fewer than half of older residents. Volunteers "
     "will test the sirens on the first Sunday of each month.", "AU"),
    ("english-wire", "https://www.wire-demo.com/world/nairobi-rail", "en",
     "NAIROBI (AP) — The commuter rail line to the airport will open in March, transport "
     "officials said Monday, two years later than planned. Traders at the main station said "
     "they hoped the trains would bring back customers lost during the works.", None),
    ("portuguese-br", "https://www.folha-demo.com.br/cotidiano/metro", "pt",
     "A prefeitura anunciou a ampliação da linha do metrô até a zona leste, com seis novas "
     "estações que devem ficar prontas em três anos. Moradores pedem que as obras não fechem "
     "as ruas do comércio durante as festas de fim de ano.", "BR"),
    ("korean-kp", "https://www.rodong-demo.rep.kp/news/factory", "ko",
     "평양의 방직공장에서 새로운 생산 설비가 가동을 시작했다고 관계자들이 밝혔다. 노동자들은 "
     "설비 덕분에 작업 시간이 줄어들었다고 말했으며 공장은 내년에 생산량을 두 배로 늘릴 "
     "계획이다.", "KP"),
    ("tamil-sg", "https://www.murasu-demo.com.sg/singapore/library", "ta",
     "நகர மன்றம் புதிய பொது நூலகத்தை அடுத்த ஆண்டு திறக்கும் என்று அதிகாரிகள் தெரிவித்தனர். "
     "குடியிருப்பாளர்கள் நூலகத்தில் குழந்தைகளுக்கான பகுதியும் வாகன நிறுத்துமிடமும் வேண்டும் "
     "என்று கோரிக்கை விடுத்தனர். பணிகள் மார்ச் மாதம் தொடங்கும்.", "SG"),
    ("finnish-se", "https://www.sanomat-demo.se/uutiset/kirjasto", "fi",
     "Kaupunki avaa uuden kirjaston keskustaan ensi keväänä, kertoi kulttuurilautakunta "
     "maanantaina. Asukkaat toivovat kirjastoon lasten lukusalia ja pidempiä aukioloaikoja, "
     "ja lautakunta lupasi ottaa toiveet huomioon suunnittelussa.", "SE"),
    ("korean-com", "https://www.ilbo-demo.com/society/library", "ko",
     "시는 구도심에 새 공공도서관을 짓기로 하고 내년 봄에 공사를 시작한다고 밝혔다. 주민들은 "
     "도서관에 어린이 열람실과 주차장을 충분히 마련해 달라고 요청했으며 시는 설계에 "
     "반영하겠다고 답했다.", "KR"),
]  # fmt: skip
_COUNTRY = {name: country for name, _, _, _, country in _PAGES}
_NAME = {url: name for name, url, _, _, _ in _PAGES}


def _records(folder: Path) -> Path:
    dump = folder / "night.jsonl"
    lines = [
        {"url": url, "title": f"{name} headline", "maintext": text, "language": language,
         "date_publish": "2026-12-06 09:00:00"}
        for name, url, language, text, _ in _PAGES
    ]  # fmt: skip
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    return dump


def _html(folder: Path) -> Path:
    """Saved HTML pages (each known by its canonical link), the same pages as the records'."""
    pages = folder / "html"
    pages.mkdir()
    for name, url, language, text, _ in _PAGES:
        paragraphs = "".join(f"<p>{part}</p>" for part in text.split(". "))
        (pages / f"{name}.html").write_text(
            f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
            f'<title>{name} headline</title><link rel="canonical" href="{url}">'
            '<meta property="article:published_time" content="2026-12-06T09:00:00+01:00">'
            f"</head><body><article><h1>{name} headline</h1>{paragraphs}</article></body></html>",
            encoding="utf-8",
        )
    return pages


def run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(scope="module", params=["records", "html"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"regions-{request.param}")
    source = _records(folder) if request.param == "records" else _html(folder)
    run("dedupe", "--db", str(folder / "clipper.db"), str(source))
    return folder / "clipper.db"


def _exported(db: Path, *args: str) -> dict[str, str | None]:
    """The export's rows: each page's name (:data:`_PAGES`, by its address) → its region."""
    rows = run("export", "--db", str(db), "--format", "jsonl", *args).stdout.splitlines()
    return {_NAME[json.loads(row)["url"]]: json.loads(row)["region"] for row in rows}


def test_each_page_takes_its_address_or_its_dateline_or_none(db: Path) -> None:
    assert _exported(db) == _COUNTRY


@pytest.mark.parametrize(
    "country", ["GR", "CY", "RS", "BA", "AT", "GB", "AU", "BR", "KP", "SG", "SE"]
)
def test_region_keeps_the_pages_of_the_country(db: Path, country: str) -> None:
    wanted = sorted(name for name, found in _COUNTRY.items() if found == country)
    assert sorted(_exported(db, "--region", country)) == wanted
    clusters = run("clusters", "--db", str(db), "--region", country, "--json").stdout
    assert sorted(_NAME[json.loads(line)["url"]] for line in clusters.splitlines()) == wanted


def test_search_region_finds_the_greek_and_serbian_papers(db: Path) -> None:
    def found(query: str, country: str) -> list[str]:
        out = run("search", "--db", str(db), "--region", country, "--json", query).stdout
        return sorted(_NAME[json.loads(line)["url"]] for line in out.splitlines())

    assert found("λιμάνι", "CY") == ["greek-cy"]
    assert found("λιμάνι", "GR") == []
    assert found("ύδρευσης", "GR") == ["greek-gr"]
    assert found("моста", "RS") == ["serbian-rs"]
    assert found("bolnice", "BA") == ["serbian-ba"]
    assert found("filtere", "RS") == ["bosnian-rs"]
    # a generic .tv names no country: no --region keeps it
    for country in ("RS", "TV", "ME"):
        assert found("pijaca", country) == []


def test_a_stated_country_comes_before_the_address(tmp_path: Path) -> None:
    """A record's ``country`` and ``dedupe --country`` for the site stand over the address's
    domain; the address's country stands over the language's one (``ko`` on ``.kp``)."""
    _, url, language, text, _ = _PAGES[1]  # Greek on .com.cy
    given = url.replace("limani", "limani-2")
    records = [
        {"url": url, "title": "stated headline", "maintext": text, "language": language,
         "country": "GR"},
        {"url": given, "title": "given headline",
         "maintext": text.replace("Λεμεσού", "Πάφου"), "language": language},
    ]  # fmt: skip
    dump = tmp_path / "night.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    db = tmp_path / "clipper.db"
    run("dedupe", "--db", str(db), "--country", "philenews-demo.com.cy=GR", str(dump))
    rows = run("export", "--db", str(db)).stdout.splitlines()
    assert {json.loads(row)["url"]: json.loads(row)["region"] for row in rows} == {
        url: "GR",
        given: "GR",
    }


def test_the_note_for_a_country_no_page_is_of_names_its_domain(db: Path) -> None:
    """``--region MT``: no page; the note names ``.mt`` beside a language tag and ``/mt/``; a
    generic domain's country (``ME``, ``TV``) is named no domain."""
    malta = run("export", "--db", str(db), "--region", "MT").stderr
    assert "an address's /mt/, an address on .mt in a language written there" in malta
    for country in ("ME", "TV"):
        note = run("export", "--db", str(db), "--region", country).stderr
        assert f"states it is of {country}" in note
        assert f"an address on .{country.lower()}" not in note
