"""trafilatura's own XML output (``trafilatura --xml``) is read as a page (newcomer 23, finding 2):
its url, title, date, site and author from the ``<doc>`` attributes, its text from ``<main>``,
readers' comments left out.  The page is invented; the XML is what trafilatura writes."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from tests.conftest import build
from tests.test_read_feeds import PARAS, _body, _read

HTML = (
    '<html lang="de"><head><title>Fernwärme wird teurer</title>'
    '<meta name="author" content="Jana Ostrowski">'
    '<meta property="article:published_time" content="2026-12-03T09:00:00+01:00">'
    '<meta property="og:site_name" content="Lindenauer Anzeiger"></head><body><article>'
    "<h1>Fernwärme wird teurer</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAS)
    + "<ul><li>Grundpreis: plus 9 Prozent</li><li>Arbeitspreis: plus 12 Prozent</li></ul>"
    '</article><div class="comments"><p>Leser: Skandal!</p></div></body></html>'
)


def test_trafilaturas_xml_is_a_page_with_its_metadata_and_text(tmp_path: Path) -> None:
    xml = trafilatura.extract(
        HTML,
        url="https://www.lindenauer-anzeiger.example/lokales/fernwaerme-123",
        output_format="xml",
        with_metadata=True,
    )
    assert xml is not None and xml.lstrip().startswith("<doc")
    (tmp_path / "fernwaerme.xml").write_text(xml)
    (tmp_path / "broken.xml").write_text(xml[: len(xml) // 2])
    pages, rejected = _read(tmp_path)
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [("broken.xml", "bad-record")]
    assert "not well-formed" in rejected[0].detail
    (page,) = pages
    assert (page.url, page.title, page.author, page.site) == (
        "https://www.lindenauer-anzeiger.example/lokales/fernwaerme-123",
        "Fernwärme wird teurer",
        "Jana Ostrowski",
        "lindenauer-anzeiger.example",
    )
    assert (page.published or "")[:10] == "2026-12-03"
    text = _body(page)
    assert all(p in text for p in PARAS)
    assert "Arbeitspreis: plus 12 Prozent" in text and "Skandal" not in text
    _, summary = build(tmp_path / "a.db", [tmp_path / "fernwaerme.xml"])
    assert summary.stored == 1
