"""A Canadian desk's bylines and The Canadian Press's closing line (newcomer 52a): a desk's
title or an agency written after a name without brackets, the agency's "first published" line,
and Québecor's Agence QMI.  Fixture text invented here."""

from __future__ import annotations

import pytest

from clipper.agencycredits import credited_agencies
from clipper.bylines import byline, spelled
from clipper.closingcredits import closing_credits, without_closing_credits


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("Jane Smith Parliamentary Bureau", "Jane Smith"),
        ("Jane Smith Aerospace Reporter", "Jane Smith"),
        ("Jane Smith Ottawa Bureau Chief", "Jane Smith"),
        ("Jane Smith Staff Writer", "Jane Smith"),
        ("Jane Smith Columnist", "Jane Smith"),
        ("Jane Smith Foreign Correspondent", "Jane Smith"),
        ("Marie Tremblay Correspondant parlementaire", "Marie Tremblay"),
        ("Marie Tremblay Collaboration spéciale", "Marie Tremblay"),
        ("Marie Tremblay Bureau de Québec", "Marie Tremblay"),
        ("Pierre Lavoie The Canadian Press", "Pierre Lavoie; The Canadian Press"),
        ("Pierre Lavoie La Presse Canadienne", "Pierre Lavoie; La Presse Canadienne"),
        ("La Presse canadienne à Montréal", "La Presse canadienne"),
        ("Jane Smith; Parliamentary Bureau", "Jane Smith"),
    ],
)
def test_a_title_or_agency_after_a_name_is_no_part_of_it(field: str, author: str) -> None:
    assert byline(spelled(field)) == author


@pytest.mark.parametrize(
    "field", ["Jane Smith", "Marie-Claude Bouchard", "Anne Bureau", "Jean Dupont Tremblay"]
)
def test_a_name_without_a_title_stays_whole(field: str) -> None:
    assert byline(spelled(field)) == field


@pytest.mark.parametrize(
    "closing",
    [
        "This report by The Canadian Press was first published Dec. 7, 2026.",
        "Ce texte a été publié initialement par La Presse Canadienne le 7 décembre 2026.",
    ],
)
def test_the_first_published_line_is_a_closing_credit(closing: str) -> None:
    text = f"The utility said the rates would rise.\n\nCustomers have until spring.\n\n{closing}"
    assert closing_credits(text) == {"CP"}
    assert without_closing_credits(text, 400).rstrip() == (
        "The utility said the rates would rise.\n\nCustomers have until spring."
    )


@pytest.mark.parametrize(
    "closing",
    [
        "This report by The Canadian Press was first published Dec. 7, 2026.",
        "Ce texte a été publié initialement par La Presse Canadienne le 7 décembre 2026.",
    ],
)
def test_the_first_published_line_run_into_the_last_paragraph_is_cut(closing: str) -> None:
    text = f"The utility said the rates would rise.\n\nCustomers have until spring. {closing}"
    assert closing_credits(text) == {"CP"}
    assert without_closing_credits(text, 400).rstrip() == (
        "The utility said the rates would rise.\n\nCustomers have until spring."
    )


def test_a_sentence_about_a_first_publication_credits_nothing() -> None:
    text = "The novel was first published in 1998 by a small Toronto house."
    assert closing_credits(text) == frozenset()


@pytest.mark.parametrize("credit", ["Agence QMI", "QMI"])
def test_quebecors_agency_is_credited(credit: str) -> None:
    assert credited_agencies(credit) == ("QMI",)


def test_cleaning_drops_the_first_published_line_of_twelve_words() -> None:
    from clipper.closings import drop_closing_lines

    lines = [
        "The utility said the rates would rise in April across the province.",
        "This report by The Canadian Press was first published Dec. 7, 2026.",
    ]
    assert drop_closing_lines(lines) == (lines[:1], None)
    french = "Ce texte a été publié initialement par La Presse Canadienne le 7 décembre 2026."
    assert drop_closing_lines([lines[0], french]) == (lines[:1], None)
    # the same words about a book, no agency's credit: the text's
    book = "This story by Alice Munro was first published in 1977."
    assert drop_closing_lines([lines[0], book]) == ([lines[0], book], None)
