"""Headlines that differ only by marks the words' fold leaves out (newcomer 37, finding 6):
Catalan's punt volat ("col·legis" / "collegis"), Arabic harakat and tatweel.  ``show`` lists no
"headline:" for such a copy, and the cluster's title is the usual spelling whichever outlet's
page is shown (Arabic unvocalised, Catalan with its punt volat).  Invented texts and sites.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.headlines import Copy, choose_headline
from tests.test_agency_credit_spellings import AR_BODY, CA_BODY
from tests.test_wire_original_shown import _records

AR_MARKED = "الآلاف يتَظَاهَرَون في مدينة الزَّهْرَاء احتجاجـــا على الأسعار"
AR_PLAIN = "الآلاف يتظاهرون في مدينة الزهراء احتجاجا على الأسعار"
CA_DOTTED = "Educació destinarà 40 milions a reformar col·legis a la Catalunya Central"
CA_PLAIN = "Educació destinarà 40 milions a reformar collegis a la Catalunya Central"


@pytest.mark.parametrize(("other", "usual"), [(AR_MARKED, AR_PLAIN), (CA_PLAIN, CA_DOTTED)])
def test_the_clusters_title_is_the_usual_spelling_whichever_page_is_shown(
    other: str, usual: str
) -> None:
    """Main kept the canonical's spelling: the title changed with the outlet shown.  The
    spelling shown is the one the language writes: Arabic without harakat and tatweel, Catalan
    with its punt volat (``collegis`` is a copy's typo, not a plainer spelling)."""
    assert choose_headline(other, [Copy(usual, 300, "b")]) == usual
    assert choose_headline(usual, [Copy(other, 300, "b")]) == usual
    # two copies vocalised differently and none plain: one of them, in either order
    revocalised = other.replace("الزَّهْرَاء", "الزَهراء")
    if revocalised != other:
        one = choose_headline(other, [Copy(revocalised, 300, "b")])
        assert one == choose_headline(revocalised, [Copy(other, 300, "b")])


@pytest.mark.parametrize(
    ("marked", "plain", "body", "language"),
    [(AR_MARKED, AR_PLAIN, AR_BODY, "ar"), (CA_PLAIN, CA_DOTTED, CA_BODY, "ca")],
)
def test_show_lists_no_headline_that_differs_only_by_folded_marks(
    tmp_path: Path, marked: str, plain: str, body: list[str], language: str
) -> None:
    """A copy of the same text whose headline is the one shown but for harakat, tatweel or
    the punt volat: ``show`` says it is an exact copy and prints no "headline:" line for it.
    Main printed the copy's headline as a headline of its own."""
    text = "\n".join(body)
    folder = _records(tmp_path, "in", [
        {"url": "https://agencia-uno.example/a/1", "title": plain, "maintext": text,
         "date_publish": "2026-11-20T08:00:00+00:00", "language": language},
        {"url": "https://diari-dos.example/b/2", "title": marked, "maintext": text,
         "date_publish": "2026-11-20T09:00:00+00:00", "language": language},
    ])
    db = tmp_path / "a.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", str(db), str(folder)])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(cli, ["show", "page:1", "--db", str(db), "--no-text"],
                          env={"COLUMNS": "100"})
    assert shown.exit_code == 0, shown.output
    assert "2 pages" in shown.stdout, shown.stdout
    assert "diari-dos.example" in shown.stdout
    assert "headline:" not in shown.stdout, shown.stdout
