"""A text dump's header naming its writer and its outlet with no label (clipper.dumpnames), in
any order and between any separator, in the languages the dump reader reads; and a site's host
alone on a header's line (newcomer 51b: "Иван Петров · Власть · 7 декабря 2026" gave its date
alone, "Иван Петров · 7 декабря 2026" took the writer for the site, a bare "vlast.kz" under the
headline named no site).  A header line is short, at the top, and made of fields that each read
as a date, a host, an outlet or a credited name: a sentence of the article is none.  Every
outlet, person and text is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from clipper.dumpfields import header_fields
from clipper.dumpnames import outlet_evidence, person_shaped, writer_and_outlet
from clipper.read.zones import written_in
from clipper.textdump import clean_text_dump
from tests.conftest import build, exported

FETCHED = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)

_RU_HEADLINE = "Горсовет Сарыбулака утвердил бюджет на будущий год"
_RU_BODY = (
    "Городской совет Сарыбулака утвердил бюджет на будущий год после долгих споров, сообщили "
    "в пресс-службе акимата в понедельник вечером.\n\n"
    "Депутаты отметили, что расходы на ремонт дорог вырастут на треть, а на освещение улиц "
    "выделено вдвое больше, чем в прошлом году.\n\nСледующее заседание пройдёт в январе.\n"
)
_EN_BODY = (
    "The town council of Port Elsworth approved next year's budget on Monday evening after a "
    "long debate, the council's press office said.\n\n"
    "Councillors said spending on road repairs would rise by a third, and twice as much as last "
    "year would go to street lighting.\n\nThe next session is due in January.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Зарина Ахметова · Степной вестник · 7 декабря 2026",
        "Степной вестник · Зарина Ахметова · 7 декабря 2026",
        "7 декабря 2026 | Зарина Ахметова | Степной вестник",
        "Зарина Ахметова — Степной вестник — 7 декабря 2026",
        "Зарина Ахметова • Степной вестник • 7 декабря 2026",
    ],
)
def test_a_writer_and_an_outlet_are_told_apart_in_any_order_and_separator(line: str) -> None:
    fields = header_fields(line)
    assert fields is not None
    assert (fields.author, fields.outlet, fields.published) == (
        "Зарина Ахметова",
        "Степной вестник",
        "2026-12-07",
    )
    cleaned = clean_text_dump(f"{_RU_HEADLINE}\n{line}\n\n{_RU_BODY}", latest=FETCHED)
    assert (cleaned.title, cleaned.author, cleaned.source, cleaned.published) == (
        _RU_HEADLINE,
        "Зарина Ахметова",
        "Степной вестник",
        "2026-12-07",
    )
    assert len(cleaned.paragraphs) == 3
    assert not any("Ахметова" in p for p in cleaned.paragraphs)


@pytest.mark.parametrize(
    ("line", "writer", "outlet", "language"),
    [
        ("Jane Holloway | Reuters | Dec 7, 2026", "Jane Holloway", "Reuters", "en"),
        ("Jane Holloway · The Harbour Post · December 7, 2026", "Jane Holloway",
         "The Harbour Post", "en"),
        ("Marie Tremblay | La Gazette du Port | 7 décembre 2026", "Marie Tremblay",
         "La Gazette du Port", "fr"),
        ("María Ortega | El Correo del Puerto | 7 de diciembre de 2026", "María Ortega",
         "El Correo del Puerto", "es"),
        ("Die Hafenzeitung | Anna Berghoff | 7. Dezember 2026", "Anna Berghoff",
         "Die Hafenzeitung", "de"),
        ("Зарина Ахметова · stepnoy-vestnik.kz · 7 декабря 2026", "Зарина Ахметова",
         "stepnoy-vestnik.kz", "ru"),
        ("Асқар Нұрланұлы · Дала Қазақстан · 7 желтоқсан 2026", "Асқар Нұрланұлы",
         "Дала Қазақстан", "kk"),
        ("Jasur Karimov · Daryo · 7 dekabr 2026", "Jasur Karimov", "Daryo", "uz"),
        ("Jasur Karimov | Sahro.uz | 07.12.2026", "Jasur Karimov", "Sahro.uz", "uz"),
    ],
)  # fmt: skip
def test_every_house_style_names_writer_and_outlet(
    line: str, writer: str, outlet: str, language: str
) -> None:
    with written_in(language, None, None):
        fields = header_fields(line)
    assert fields is not None
    assert (fields.author, fields.outlet) == (writer, outlet)
    assert fields.published == "2026-12-07"


@pytest.mark.parametrize(
    ("line", "writer", "outlet", "language"),
    [
        ("Муаллиф: Jasur Karimov | Sahro | 7 dekabr 2026", "Jasur Karimov", "Sahro", "uz"),
        ("Muallif: Jasur Karimov | Sahro | 7 dekabr 2026", "Jasur Karimov", "Sahro", "uz"),
        ("Авторы: Асқар Нұрланұлы | Дала | 7 желтоқсан 2026", "Асқар Нұрланұлы", "Дала", "kk"),
        ("Par Marie Tremblay | Gazette du Port | 7 décembre 2026", "Marie Tremblay",
         "Gazette du Port", "fr"),
        ("Por María Ortega | Correo del Puerto | 7 de diciembre de 2026", "María Ortega",
         "Correo del Puerto", "es"),
        ("بقلم أحمد سالم | صحيفة الميناء | 7 ديسمبر 2026", "أحمد سالم", "صحيفة الميناء", "ar"),
        # an outlet labelled, the writer unlabelled beside it
        ("Зарина Ахметова | Источник: Степной вестник | 7 декабря 2026", "Зарина Ахметова",
         "Степной вестник", "ru"),
    ],
)  # fmt: skip
def test_a_credited_or_labelled_writer_in_every_language(
    line: str, writer: str, outlet: str, language: str
) -> None:
    with written_in(language, None, None):
        fields = header_fields(line)
    assert fields is not None
    assert (fields.author, fields.outlet, fields.published) == (writer, outlet, "2026-12-07")


@pytest.mark.parametrize(
    "line",
    [
        # a person's name alone beside the date: a writer or a paper? never the site
        "Зарина Ахметова · 7 декабря 2026",
        # two names of a person's shape, neither an outlet by evidence
        "Anna Berghoff | Elsdorfer Bote | 7. Dezember 2026",
        # two names in a script without case
        "أحمد سالم | صحيفة الميناء | 7 ديسمبر 2026",
    ],
)
def test_names_whose_roles_are_not_known_give_neither(line: str) -> None:
    fields = header_fields(line)
    assert fields is not None  # the date is still read, and the line still cut
    assert (fields.author, fields.outlet) == (None, None)
    assert fields.published == "2026-12-07"


def test_the_dump_s_site_tells_its_outlet_from_its_writer() -> None:
    line = "Anna Berghoff | Elsdorfer Bote | 7. Dezember 2026"
    fields = header_fields(line, {"elsdorferbote"})
    assert fields is not None
    assert (fields.author, fields.outlet) == ("Anna Berghoff", "Elsdorfer Bote")


def test_an_outlet_holding_a_place_is_the_outlet_of_two_names_of_a_person_s_shape() -> None:
    assert writer_and_outlet(["Jane Holloway", "Kenya Courier"]) == (
        "Jane Holloway",
        "Kenya Courier",
    )
    assert writer_and_outlet(["Kenya Courier", "Jane Holloway"]) == (
        "Jane Holloway",
        "Kenya Courier",
    )


def test_person_shape_and_outlet_evidence() -> None:
    assert person_shaped("Jan de Vries")
    assert person_shaped("J. R. Holloway")
    assert person_shaped("Jean-Paul O'Neill")
    assert person_shaped("Зарина Ахметова")
    assert not person_shaped("BBC News")
    assert not person_shaped("Holloway")
    assert not person_shaped("أحمد سالم")
    assert not person_shaped("the harbour post")
    assert outlet_evidence("Reuters")
    assert outlet_evidence("vlast.kz")
    assert outlet_evidence("La Gazette du Port")
    assert not outlet_evidence("Jane Holloway")


@pytest.mark.parametrize(
    "line",
    [
        # sentences of an article, with separators: no header, whatever names they hold
        "Зарина Ахметова сказала | что бюджет утвердят в январе после долгих споров депутатов",
        "Jane Holloway said the council | Reuters reported | the budget rose on Monday",
        # names alone, no date, byline or source label: a photo's credit, no header
        "Jane Holloway | Reuters",
        "Зарина Ахметова · Степняк",
    ],
)
def test_a_sentence_or_names_alone_are_no_header(line: str) -> None:
    assert header_fields(line) is None


def test_a_header_line_below_the_text_s_top_is_text() -> None:
    """A line of names and a date in the article (past the header's lines) stays text."""
    late = "Jane Holloway | Reuters | Dec 7, 2026"
    text = f"Port Elsworth approves next year's budget\n\n{_EN_BODY}\n{late}\n\nMore to follow."
    cleaned = clean_text_dump(text, latest=FETCHED)
    assert cleaned.author is None and cleaned.source is None


@pytest.mark.parametrize(
    "head",
    [
        f"{_RU_HEADLINE}\nstepnoy-vestnik.kz\n7 декабря 2026, 13:05\n\n",
        f"{_RU_HEADLINE}\nstepnoy-vestnik.kz\n\n",
        f"{_RU_HEADLINE}\n\nwww.stepnoy-vestnik.kz\n\n",
    ],
)
def test_a_bare_host_under_the_headline_is_the_outlet(head: str) -> None:
    cleaned = clean_text_dump(head + _RU_BODY, latest=FETCHED)
    assert cleaned.title == _RU_HEADLINE
    assert cleaned.source in ("stepnoy-vestnik.kz", "www.stepnoy-vestnik.kz")
    assert len(cleaned.paragraphs) == 3
    assert not any("stepnoy" in p for p in cleaned.paragraphs)
    if "13:05" in head:
        assert cleaned.published == "2026-12-07T13:05:00"


def test_a_host_in_the_text_is_text() -> None:
    text = f"{_RU_HEADLINE}\n\n{_RU_BODY}\nstepnoy-vestnik.kz\n\nПодробности позже в этот день."
    cleaned = clean_text_dump(text, latest=FETCHED)
    assert cleaned.source is None


def test_a_dump_s_site_and_author_from_its_header_names(tmp_path: Path) -> None:
    dump = tmp_path / "budget.txt"
    dump.write_text(
        f"{_RU_HEADLINE}\nЗарина Ахметова · Степняк · 7 декабря 2026\n\n{_RU_BODY}",
        encoding="utf-8",
    )
    bare = tmp_path / "budget-host.txt"
    bare.write_text(
        "Горсовет Сарыбулака утвердил бюджет\nstepnoy-vestnik.kz\n7 декабря 2026, 13:05\n\n"
        + _RU_BODY.replace("Сарыбулака", "города"),
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump, bare])
    archive.close()
    rows = {Path(row["origin"]).name: row for row in exported(tmp_path / "a.db").values()}
    assert rows["budget.txt"]["author"] == "Зарина Ахметова"
    assert rows["budget.txt"]["site"] == "степняк"
    assert "Ахметова" not in rows["budget.txt"]["text"]
    assert rows["budget-host.txt"]["site"] == "stepnoy-vestnik.kz"
    assert "stepnoy" not in rows["budget-host.txt"]["text"]


@pytest.mark.parametrize(
    ("label", "language_body"),
    [
        ("Автор:", _RU_BODY),
        ("Авторы:", _RU_BODY),
        ("Muallif:", _RU_BODY),
    ],
)
def test_a_labelled_writer_s_line_of_fields_is_no_header_block(
    tmp_path: Path, label: str, language_body: str
) -> None:
    """ "Автор: Зарина Ахметова | Степняк | 7 декабря 2026" under the headline is a header
    line of fields, read field by field: the author is the name alone, the outlet the site,
    the date read (newcomer 51b: read as a block's author, "Иван Петров; Власть", undated)."""
    from clipper.read.textheader import split_header

    line = f"{label} Зарина Ахметова | Степняк | 7 декабря 2026"
    text = f"{_RU_HEADLINE}\n{line}\n\n{language_body}"
    fields, _ = split_header(text)
    assert fields == {}
    dump = tmp_path / "budget.txt"
    dump.write_text(text, encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert (row["title"], row["author"], row["site"], row["published"]) == (
        _RU_HEADLINE,
        "Зарина Ахметова",
        "степняк",
        "2026-12-07",
    )
    assert "Степняк" not in row["text"]


def test_a_press_review_block_still_reads_its_author_label() -> None:
    from clipper.read.textheader import split_header

    fields, rest = split_header(
        f"{_RU_HEADLINE}\nИсточник: Степняк\nДата: 07.12.2026\nАвтор: Зарина Ахметова\n\n"
        + _RU_BODY
    )
    assert fields.get("author") == "Зарина Ахметова"
    assert rest.lstrip().startswith("Городской совет")
