"""The datelines session 46 left in the text (datelines47): a paper's own dateline of a place
alone ("HELSINKI —", "NEW DELHI:", "ΑΘΗΝΑ.-", "BEOGRAD –"), a network's crediting itself
("Washington (CNN) —", "(CNN) -", "LONDON (BBC) -", "DOHA (Al Jazeera) –"), an agency's whose date
is written in words ("नयी दिल्ली, छह दिसंबर (भाषा)"), a credit with no dash and no place before
it ("(AFP) La …"), a staff dateline naming its reporter after the place ("De notre correspondant
à Dakar, Jean Dupont").  Each is cut, a copy keeping it and one leaving it off store one text;
a notice naming a person in capitals, a label, a headline in capitals, a ticker stay.  A
dateline under a headline, a date line and an "Updated" line names the page's country and
clock.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.agencydatelines import opening_credit, self_credit
from clipper.datelineclocks import dateline_zones
from clipper.placedatelines import known_place, place_dateline
from clipper.placeregion import dateline_lines, dateline_region
from clipper.read.zones import written_in
from clipper.reportdatelines import drop_report_dateline
from clipper.staffdatelines import staff_dateline
from tests.conftest import build, exported

# A report's two paragraphs in each language (a ferry line's winter timetable)
REPORTS = {
    "en": (
        "The ferry operator said on Monday it would run two extra crossings a day through the "
        "winter after bookings rose by a third since the summer.",
        "The new timetable starts next week and keeps the night service on weekends only.",
    ),
    "fi": (
        "Lauttayhtiö kertoi maanantaina lisäävänsä talveksi kaksi vuoroa päivässä, koska varaukset "
        "ovat kasvaneet kesästä kolmanneksella.",
        "Uusi aikataulu tulee voimaan ensi viikolla, ja yövuoro ajetaan vain viikonloppuisin.",
    ),
    "el": (
        "Η ναυτιλιακή εταιρεία ανακοίνωσε τη Δευτέρα ότι θα προσθέσει δύο δρομολόγια την ημέρα "
        "τον χειμώνα, καθώς οι κρατήσεις αυξήθηκαν κατά ένα τρίτο.",
        "Το νέο πρόγραμμα ξεκινά την επόμενη εβδομάδα και το νυχτερινό δρομολόγιο μένει μόνο τα "
        "Σαββατοκύριακα.",
    ),
    "sr": (
        "Brodarska kompanija saopštila je u ponedeljak da će tokom zime uvesti dve dodatne linije "
        "dnevno jer su rezervacije porasle za trećinu.",
        "Novi red vožnje počinje sledeće nedelje, a noćna linija saobraća samo vikendom.",
    ),
    "de": (
        "Die Reederei kündigte am Montag an, im Winter täglich zwei zusätzliche Fahrten "
        "anzubieten, weil die Buchungen seit dem Sommer um ein Drittel gestiegen seien.",
        "Der neue Fahrplan gilt ab kommender Woche, die Nachtfahrt gibt es nur am Wochenende.",
    ),
    "fr": (
        "La compagnie de ferries a annoncé lundi qu'elle ajouterait deux traversées par jour cet "
        "hiver, les réservations ayant augmenté d'un tiers depuis l'été.",
        "Le nouvel horaire entre en vigueur la semaine prochaine et la traversée de nuit ne sera "
        "assurée que le week-end.",
    ),
    "es": (
        "La naviera anunció el lunes que añadirá dos travesías diarias durante el invierno porque "
        "las reservas han crecido un tercio desde el verano.",
        "El nuevo horario empieza la semana próxima y el servicio nocturno solo funcionará los "
        "fines de semana.",
    ),
    "ru": (
        "Паромная компания сообщила в понедельник, что зимой добавит два рейса в день, поскольку "
        "число бронирований выросло на треть с лета.",
        "Новое расписание начнёт действовать на следующей неделе, ночной рейс будет только по "
        "выходным.",
    ),
    "tr": (
        "Feribot şirketi pazartesi günü yaptığı açıklamada rezervasyonlar yazdan bu yana üçte bir "
        "arttığı için kışın günde iki sefer ekleyeceğini bildirdi.",
        "Yeni tarife gelecek hafta başlıyor ve gece seferi yalnızca hafta sonları yapılacak.",
    ),
    "hi": (
        "नौका कंपनी ने सोमवार को कहा कि वह सर्दियों में रोज़ दो अतिरिक्त फेरे चलाएगी क्योंकि गर्मियों "
        "से बुकिंग एक तिहाई बढ़ गई है।",
        "नई समय सारणी अगले सप्ताह से लागू होगी और रात की सेवा केवल सप्ताहांत पर चलेगी।",
    ),
}

# (language, top-level domain, a paper's dateline of a place alone)
PLACE_DATELINES = [
    ("en", "com", "HELSINKI — "),
    ("en", "com", "NEW DELHI: "),
    ("en", "com", "KYIV, Ukraine — "),
    ("en", "com", "WASHINGTON—"),  # no zone's city, a dateline's all the same
    ("en", "com", "DENVER, Colo. — "),  # its state abbreviated
    ("en", "in", "Chennai: "),
    ("fi", "fi", "HELSINKI – "),
    ("el", "gr", "ΑΘΗΝΑ.- "),  # capitals without their accents: "Αθήνα"
    ("sr", "rs", "BEOGRAD – "),  # Serbian in Latin letters
    ("sr", "rs", "БЕОГРАД – "),
    ("de", "de", "MOSKAU – "),
    ("fr", "fr", "Bruxelles — "),
    ("es", "es", "MADRID.- "),
    ("ru", "ru", "МОСКВА — "),
    ("tr", "com.tr", "İSTANBUL – "),
]

# (language, top-level domain, a network's or a paper's own credit in its dateline)
NETWORK_DATELINES = [
    ("en", "com", "Washington (CNN) — "),
    ("en", "com", "Washington (CNN)"),  # glued to the text by the page's markup
    ("en", "com", "(CNN) - "),
    ("en", "co.uk", "LONDON (BBC) - "),
    ("en", "com", "DOHA (Al Jazeera) – "),
    ("en", "jp", "TOKYO (NHK) - "),
    ("en", "com", "NASHVILLE, Tenn. (WKRN) — "),
    ("es", "com", "MIAMI (CNN Español) — "),
]

# (language, top-level domain, an agency's dateline this session cuts, the author stored)
AGENCY_DATELINES = [
    ("hi", "in", "नयी दिल्ली, छह दिसंबर (भाषा) ", "भाषा"),  # its date in words
    ("fr", "fr", "Dakar, quatre décembre (AFP) - ", "AFP"),
    ("fr", "fr", "(AFP) ", "AFP"),  # no dash, no place
    ("de", "de", "(dpa) ", "dpa"),
    ("en", "com", "(Reuters) ", "Reuters"),
    ("es", "es", "(EFE) ", "EFE"),
]

# (language, top-level domain, a staff dateline naming its reporter, the reporter)
REPORTER_DATELINES = [
    ("fr", "fr", "De notre correspondant à Dakar, Jean Dupont — ", "Jean Dupont"),
    ("en", "co.uk", "From our correspondent in Delhi, Jane Roe — ", "Jane Roe"),
    ("de", "de", "Von unserem Korrespondenten in Moskau, Hans Meier: ", "Hans Meier"),
    ("es", "es", "De nuestro corresponsal en Bogotá, Ana de la Cruz.- ", "Ana de la Cruz"),
]


def _html(folder: Path, name: str, language: str, url: str, paragraphs: tuple[str, ...],
          author: str | None = None) -> Path:  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = f'<meta name="author" content="{author}">' if author else ""
    path = folder / name
    path.write_text(
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Timetable</title>{meta}'
        f'<link rel="canonical" href="{url}"></head><body><article>'
        f"<h1>Timetable</h1><p>2026-12-07 09:30</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def _record(folder: Path, name: str, language: str, url: str,
            paragraphs: tuple[str, ...]) -> Path:  # fmt: skip
    record = {
        "url": url,
        "title": "Timetable",
        "published": "2026-12-07T09:30:00",
        "language": language,
        "text": "\n".join(paragraphs),
    }
    path = folder / name
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _stored(folder: Path, *paths: Path) -> list[dict]:
    archive, _summary = build(folder / "clipper.db", list(paths))
    archive.close()
    return list(exported(folder / "clipper.db").values())


def _page(folder: Path, kind: str, language: str, tld: str, paragraphs: tuple[str, ...]) -> dict:
    url = f"https://www.ferry-news.{tld}/a/1"
    if kind == "html":
        path = _html(folder, "page.html", language, url, paragraphs)
    else:
        path = _record(folder, "records.jsonl", language, url, paragraphs)
    [page] = _stored(folder, path)
    return page


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline"), PLACE_DATELINES)
def test_a_papers_dateline_of_a_place_alone_is_cut_and_credits_no_one(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str
) -> None:
    report = REPORTS[language]
    page = _page(tmp_path, kind, language, tld, (dateline + report[0], report[1]))
    assert page["text"].split("\n") == list(report)
    assert page["author"] is None


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline"), NETWORK_DATELINES)
def test_a_networks_own_credit_is_cut_and_credits_no_agency(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str
) -> None:
    report = REPORTS[language]
    page = _page(tmp_path, kind, language, tld, (dateline + report[0], report[1]))
    assert page["text"].split("\n") == list(report)
    assert page["author"] is None


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline", "author"), AGENCY_DATELINES)
def test_an_agencys_dateline_of_a_worded_date_or_no_place_is_cut_and_credits_it(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str, author: str
) -> None:
    report = REPORTS[language]
    page = _page(tmp_path, kind, language, tld, (dateline + report[0], report[1]))
    assert page["text"].split("\n") == list(report)
    assert page["author"] == author


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline", "reporter"), REPORTER_DATELINES)
def test_a_staff_dateline_naming_its_reporter_is_cut_and_names_the_author(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str, reporter: str
) -> None:
    report = REPORTS[language]
    page = _page(tmp_path, kind, language, tld, (dateline + report[0], report[1]))
    assert page["text"].split("\n") == list(report)
    assert page["author"] == reporter


def test_a_reporter_dateline_on_its_own_line_goes(tmp_path: Path) -> None:
    page = _page(tmp_path, "record", "fr", "fr",
                 ("De notre correspondant à Dakar, Jean Dupont", *REPORTS["fr"]))  # fmt: skip
    assert page["text"].split("\n") == list(REPORTS["fr"])
    assert page["author"] == "Jean Dupont"


def test_a_reporter_dateline_leaves_the_pages_own_writer(tmp_path: Path) -> None:
    path = _html(tmp_path, "page.html", "fr", "https://www.ferry-news.fr/a/1",
                 ("De notre correspondant à Dakar, Jean Dupont — " + REPORTS["fr"][0],
                  REPORTS["fr"][1]), author="Claire Martin")  # fmt: skip
    [page] = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(REPORTS["fr"])
    assert page["author"] == "Claire Martin"


@pytest.mark.parametrize(
    ("language", "dateline"),
    [("en", "HELSINKI — "), ("en", "Washington (CNN) — "), ("el", "ΑΘΗΝΑ.- "),
     ("hi", "नयी दिल्ली, छह दिसंबर (भाषा) "), ("fr", "(AFP) ")],
)  # fmt: skip
def test_copies_with_and_without_the_dateline_store_one_text(
    tmp_path: Path, language: str, dateline: str
) -> None:
    report = REPORTS[language]
    with_it = _record(tmp_path, "a.jsonl", language, "https://www.ferry-news.example/a/1",
                      (dateline + report[0], report[1]))  # fmt: skip
    without = _record(tmp_path, "b.jsonl", language, "https://www.ferry-mirror.example/b/2",
                      report)  # fmt: skip
    pages = _stored(tmp_path, with_it, without)
    assert len(pages) == 2
    assert {page["text"] for page in pages} == {"\n".join(report)}


@pytest.mark.parametrize(
    "paragraph",
    [
        # a notice naming a person in capitals, labels, a headline in capitals
        "MARIA BRITO — The family announces with sorrow the passing of our beloved mother, "
        "grandmother and friend on Sunday.",
        "BREAKING — The ferry operator said on Monday it would run two extra crossings a day.",
        "UPDATE: The ferry operator said on Monday it would run two extra crossings a day.",
        "EXCLUSIVE — The ferry operator said on Monday it would run two extra crossings a day.",
        "PARIS — THE CITY OF LIGHT GETS READY FOR THE LONGEST NIGHT OF THE WHOLE YEAR",
        # a title under a place and a colon: no paragraph of prose after it
        "Kyiv: What we know about the night's strikes",
        # a surname that is an Antarctic station's, a US county seat's zone
        "DAVIS — The family announces with sorrow the passing of our beloved father on Sunday.",
        "KNOX — The family announces with sorrow the passing of our beloved father on Sunday.",
        "STANLEY — The family announces with sorrow the passing of our beloved father Sunday.",
        # a holiday that is an island's zone
        "CHRISTMAS — The town lights its tree on Friday evening with a concert in the square.",
        # a country in capitals is a kicker, no dateline
        "UKRAINE: The ferry operator said on Monday it would run two extra crossings a day.",
        # a ticker, an agency named in a sentence, a caption's name run in
        "Apple (AAPL) The company raised its forecast after strong phone sales this quarter.",
        "Workday (WDAY) — The company raised its forecast after strong sales this quarter.",
        "The Senate (AP) said on Thursday that the vote would be delayed until next week.",
        "Carl Bernstein (AP) The reporter said the archive would open next year to all.",
        # a place and a date with no credit: a press release's dateline, no place alone
        "MELBOURNE, 3 December 2026 -- Harbourline Energy Ltd today named a new chief financial "
        "officer from February.",
        # a place in a sentence, no dash or colon after it
        "Helsinki said on Monday it would run two extra crossings a day through the winter.",
        # a staff dateline's place and a country after it is no reporter
        "From our correspondent in Lagos, Nigeria The ferry operator said on Monday.",
    ],
)
def test_what_is_no_dateline_stays(paragraph: str) -> None:
    with written_in("en", None, None):
        lines, cut = drop_report_dateline([paragraph, REPORTS["en"][1]])
    assert cut is None
    assert lines == [paragraph, REPORTS["en"][1]]


def test_a_place_alone_reads_its_place_and_where_the_text_starts() -> None:
    paragraph = "KYIV, Ukraine — " + REPORTS["en"][0]
    found = place_dateline(paragraph, "en")
    assert found is not None
    assert (found.place, paragraph[found.end :]) == ("KYIV", REPORTS["en"][0])
    # a known place in any case and accents, of the page's language or English
    assert known_place("ΑΘΗΝΑ", "el") and known_place("Αθήνα", "el")
    assert known_place("BEOGRAD", "sr") and known_place("Београд", "sr")
    assert not known_place("ΑΘΗΝΑ", "en")  # an English page's places are English's
    assert not known_place("MARIA BRITO", "en")


def test_a_networks_credit_is_no_agencys() -> None:
    assert self_credit("CNN") and self_credit("Al Jazeera") and self_credit("WKRN")
    assert not self_credit("AAPL") and not self_credit("Estimation")
    found = opening_credit("LONDON (BBC) - " + REPORTS["en"][0])
    assert found is not None and found.network and found.agency == "BBC"
    agency = opening_credit("LONDON (Reuters) - " + REPORTS["en"][0])
    assert agency is not None and not agency.network


def test_a_staff_dateline_names_its_reporter_only_after_a_preposition() -> None:
    found = staff_dateline("De notre correspondant à Dakar, Jean Dupont")
    assert found is not None and (found.place, found.reporter) == ("Dakar", "Jean Dupont")
    plain = staff_dateline("Staff Reporter, Karachi: " + REPORTS["en"][0])
    assert plain is not None and plain.reporter is None
    # a designation and a comma, then a place and a name: no shape of a staff dateline
    assert staff_dateline("Staff Reporter, Karachi, Jane Doe: " + REPORTS["en"][0]) is None


_HEAD = ("Ferries add winter crossings", "Monday 7 December 2026", "Updated 2 hours ago")


def test_a_dateline_below_a_head_names_the_pages_country_and_clock() -> None:
    text = "\n".join((*_HEAD, "HELSINKI — " + REPORTS["en"][0], REPORTS["en"][1]))
    assert dateline_region("en", text) == "FI"
    assert dateline_zones("en", text) == ("Europe/Helsinki",)
    # a kicker above the headline too: the fifth line
    kicked = "\n".join(("TRANSPORT", *_HEAD, "ΑΘΗΝΑ.- " + REPORTS["el"][0]))
    assert dateline_region("el", kicked) == "GR"


def test_a_dateline_is_read_no_further_than_the_head() -> None:
    # below a paragraph of prose: a place the text names, not its dateline
    below_prose = "\n".join((_HEAD[0], REPORTS["en"][0], "x", "HELSINKI — " + REPORTS["en"][1]))
    assert dateline_region("en", below_prose) is None
    # below six lines of a head: out of reach
    deep = "\n".join(("A", "B", "C", "D", "E", "F", "HELSINKI — " + REPORTS["en"][0]))
    assert len(dateline_lines(deep)) == 6
    assert dateline_region("en", deep) is None
