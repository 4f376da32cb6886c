"""A page whose only date is an "Updated" line (newcomer 28 finding 4): dated by that update in
an HTML page and in a text dump alike, with the date source "updated" (published by then at
the latest, not its publication time), shown so; a publication line beside it still wins.
Invented pages and texts."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.page import Article
from clipper.showtext import dated
from tests.test_other_calendars import _cleaned

_ES = (
    "La Cámara de Diputados aprobó este lunes una reforma que obliga a las embotelladoras de"
    " refrescos a pagar una cuota por cada litro extraído de los pozos del valle central.",
    "La comisión de recursos hidráulicos estimó que la cuota reunirá cerca de dos mil millones"
    " de pesos al año, destinados a plantas de tratamiento municipales.",
    "La oposición anunció que presentará un recurso ante la Suprema Corte antes de fin de mes.",
)
_HI = (
    "गंडक नदी का जलस्तर बढ़ने से पश्चिमी चंपारण के चौदह गांवों में पानी घुस गया है और प्रशासन ने"
    " राहत शिविर खोलने का आदेश दिया है।",
    "जिलाधिकारी ने बताया कि नावों की संख्या बढ़ाई गई है और सभी प्रभावित परिवारों को सूखा राशन दिया"
    " जा रहा है।",
    "मौसम विभाग ने अगले दो दिन तक भारी बारिश की चेतावनी जारी की है।",
)
_EN = (
    "The harbour authority closed the northern pier on Monday after divers found cracks in"
    " three of its concrete pillars during a routine inspection of the old structure.",
    "Ferries will dock at the southern terminal until engineers finish their report, which is"
    " expected before the end of next week, a spokeswoman said.",
    "Fishing boats may still use the inner basin, the authority added.",
)
_PT = (
    "A Câmara Municipal aprovou nesta segunda-feira o projeto que cria faixas exclusivas para"
    " ônibus em seis avenidas da zona norte, com obras previstas para o início do ano.",
    "Segundo a secretaria de mobilidade, o tempo de viagem deve cair em até vinte minutos nos"
    " horários de pico para quem usa as linhas da região.",
    "Comerciantes pediram mais vagas de carga e descarga nas ruas transversais.",
)


def _html(line: str, body: tuple[str, ...], lang: str, url: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Nota</title></head><body>"
        f"<article><h1>Una nota de prueba para la fecha</h1>"
        f"<div class='meta'><span class='date'>{line}</span></div>{paragraphs}"
        "</article></body></html>"
    )
    return _cleaned("html", page, url)


def _dump(line: str, body: tuple[str, ...], url: str) -> Article:
    text = "\n\n".join(body)
    return _cleaned("text", f"Una nota de prueba para la fecha\n{line}\n\n{text}\n", url)


_UPDATED = [
    # (the line, its body, the page's language, its address, the update as stored)
    (
        "Actualizado el 30 de noviembre de 2026 a las 21:40 (GMT-6)",
        _ES,
        "es",
        "https://diario-bajio.example/nacional/cuota-agua",
        "2026-12-01T03:40:00",
    ),
    (
        "अपडेटेड: ३० नवंबर २०२६, १८:३० IST",
        _HI,
        "hi",
        "https://khabar-desh.example.in/bihar/gandak-baadh",
        "2026-11-30T13:00:00",
    ),
    (
        "Updated: November 30, 2026 4:45 PM EST",
        _EN,
        "en",
        "https://harbour-news.example/local/pier-closed",
        "2026-11-30T21:45:00",
    ),
]


@pytest.mark.parametrize(("line", "body", "lang", "url", "stored"), _UPDATED)
def test_an_html_page_whose_only_date_is_its_update_is_dated_by_it(
    line: str, body: tuple[str, ...], lang: str, url: str, stored: str
) -> None:
    """It was stored undated, counted "is an update's, not the publication's"."""
    from clipper.newpages import publication_time

    article = _html(line, body, lang, url)
    assert (publication_time(article.published), article.date_source) == (stored, "updated")
    assert article.date_unread is None


@pytest.mark.parametrize(("line", "body", "lang", "url", "stored"), _UPDATED)
def test_a_dump_whose_only_date_is_its_update_says_so(
    line: str, body: tuple[str, ...], lang: str, url: str, stored: str
) -> None:
    """A dump was dated by its update as by a publication line ("guessed"), and the Spanish
    line's long date ("… a las 21:40 (GMT-6)") was no update line at all."""
    from clipper.newpages import publication_time

    article = _dump(line, body, url)
    assert (publication_time(article.published), article.date_source) == (stored, "updated")
    assert not any(p.startswith(line[:12]) for p in article.text.split("\n"))


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_publication_line_beside_the_update_wins(kind: str) -> None:
    line = "Publicado: 30/11/2026 09:10 | Actualizado: 30/11/2026 11:20"
    url = "https://diario-bajio.example/nacional/cuota-agua-2"
    article = _html(line, _ES, "es", url) if kind == "html" else _dump(line, _ES, url)
    assert article.published is not None and article.published.startswith("2026-11-30T09:10")
    assert article.date_source != "updated"


def test_an_update_s_date_is_shown_as_one() -> None:
    shown = dated("2026-11-30T13:00:00", "updated")
    assert shown == "2026-11-30 13:00 UTC (updated; published by then)"
    assert dated("2026-11-30T13:00:00", "guessed") == "2026-11-30 13:00 UTC (guessed)"


def _set_up_when_armed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Whether the process's set-up (:func:`clipper.extraction.set_up_once`) was done (1) or
    not (0) each time a page's extraction deadline is armed, from now on (the set-up undone)."""
    from clipper import htmlclean
    from clipper.extraction import set_up_once

    armed: list[int] = []
    real = htmlclean.deadline

    def spy(seconds: float) -> Any:
        armed.append(set_up_once.cache_info().currsize)
        return real(seconds)

    monkeypatch.setattr(htmlclean, "deadline", spy)
    set_up_once.cache_clear()
    return armed


def test_the_pages_deadline_is_armed_after_the_process_set_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The extraction deadline counts the page's own work: the process's one-time set-up
    (the furniture tables, htmldate's dateparser locales: ~2-3 s CPU, over 30 s wall at a load
    of 20) is done before it is armed (session 29: this file's first HTML case, the first
    Spanish page of its process, was rejected ``timeout`` under load)."""
    armed = _set_up_when_armed(monkeypatch)
    line, body, lang, url, _ = _UPDATED[0]
    assert isinstance(_html(line, body, lang, url), Article)
    assert armed == [1]


def _date_parser_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each string htmldate's external parser (dateparser) is given from now on, with whether
    a deadline's timer was running then; the process's set-up undone, the parser new and
    htmldate's memo of dates read emptied."""
    import signal

    from dateparser import DateDataParser
    from htmldate.extractors import get_external_parser, try_date_expr

    from clipper.extraction import set_up_once

    calls: list[tuple[str, bool]] = []
    real = DateDataParser.get_date_data

    def spy(self: Any, date_string: str, *args: Any, **kwargs: Any) -> Any:
        if self is get_external_parser():  # not clipper's own date readers' parsers
            calls.append((date_string, signal.getitimer(signal.ITIMER_REAL)[0] > 0))
        return real(self, date_string, *args, **kwargs)

    monkeypatch.setattr(DateDataParser, "get_date_data", spy)
    get_external_parser.cache_clear()
    try_date_expr.cache_clear()  # htmldate's memo of the strings read before
    set_up_once.cache_clear()
    return calls


def test_the_date_parser_reads_outside_the_pages_deadline_setting_up_only_its_locales(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """dateparser compiles a locale's patterns the first time a process tries it (every
    locale's, ~1.4 s CPU and over 30 s wall at a load of 20, for a string none applies to):
    each call of htmldate's parser runs with the page's deadline timer stopped, so the page is
    dated as it would be and the deadline counts its own work only; and nothing reads a string
    no locale applies to to set up every locale (session 46: ~1.25 s CPU a process that the
    pages' own dates did not need).  A page whose date htmldate reads itself (a
    ``published_time`` meta) calls no parser: a one-page ``dedupe`` used to pay a set-up in
    each cleaning worker (session 44)."""
    from clipper.newpages import publication_time

    calls = _date_parser_calls(monkeypatch)
    meta = _cleaned(
        "html",
        "<html lang='en'><head><title>Pier</title>"
        "<meta property='article:published_time' content='2026-11-30T08:00:00Z'></head><body>"
        "<article><h1>The northern pier is closed</h1>"
        + "".join(f"<p>{p}</p>" for p in _EN)
        + "</article></body></html>",
        "https://harbour-news.example/local/pier-shut",
    )
    assert meta.published is not None and meta.published.startswith("2026-11-30T08:00")
    assert calls == []
    # a text dump's date line, read under no deadline, sets up the locales it tries only
    dump = _dump(
        "Publicado em 30 de novembro de 2026 às 10h30", _PT, "https://folha-norte.example/onibus"
    )
    assert dump.published is not None and dump.published.startswith("2026-11-30")
    assert calls and not any(armed for _, armed in calls)
    del calls[:]
    line, body, lang, url, stored = _UPDATED[0]
    for _ in range(2):
        article = _html(line, body, lang, url)
        assert (publication_time(article.published), article.date_source) == (stored, "updated")
    # each call under the page's deadline, its timer stopped: none armed
    assert calls and not any(armed for _, armed in calls)
    # the parser read the page's own date line only, no string that sets up every locale
    assert all(s in line for s, _ in calls)
