"""``clipper show`` of an address a crawl read as an HTTP redirect (a newsletter's tracking link,
a short link) shows the page it leads to when that page is stored, saying so on stderr
(newcomer 36: ``show 'https://…/r/98231?utm_source=newsletter'`` exited 1 naming the target
without showing it); a redirect to an address not stored, and a redirect loop, still say why
and exit 1.  The crawl and its pages are invented."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.cli import cli

SITE = "https://valley-courier.example"
ARTICLE = f"{SITE}/business/foundry-recall"
BODY = (
    "<html lang='en'><head><title>Foundry recalls two thousand valves</title></head><body>"
    "<article><h1>Foundry recalls two thousand valves</h1>"
    + "".join(
        f"<p>{text}</p>"
        for text in [
            "The Marlow Street foundry recalled two thousand water valves on Tuesday after "
            "inspectors found hairline cracks in a batch cast during the October heatwave.",
            "The company said no valve had failed in service and that replacements would be "
            "fitted free of charge by the end of January in every affected district.",
            "Council engineers will check the valves installed in the new housing estate "
            "north of the river first, because those pipes carry the highest pressure.",
        ]
    )
    + "</article></body></html>"
)


def _crawl(path: Path, redirects: list[tuple[str, str]]) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url, location in redirects:
            http = StatusAndHeaders(
                "302 Found", [("Location", location)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(b""),
                                          http_headers=http)
            )
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(ARTICLE, "response",
                                      payload=io.BytesIO(BODY.encode()), http_headers=http)
        )
    return path


def _show(tmp_path: Path, crawl: Path, ref: str) -> tuple[int, str, str]:
    db = tmp_path / "archive.db"
    runner = CliRunner()
    done = runner.invoke(cli, ["dedupe", "--db", str(db), str(crawl)])
    assert done.exit_code == 0, done.output
    shown = runner.invoke(cli, ["show", "--db", str(db), ref])
    return shown.exit_code, shown.stdout, shown.stderr


def test_a_tracking_link_shows_the_page_it_leads_to(tmp_path: Path) -> None:
    short = f"{SITE}/r/98231?utm_source=newsletter&utm_medium=email"
    crawl = _crawl(tmp_path / "crawl.warc", [(short, ARTICLE)])
    code, out, err = _show(tmp_path, crawl, short)
    assert code == 0, err
    assert "Foundry recalls two thousand valves" in out
    assert f"redirects to {ARTICLE} (302, read by run 1): showing it" in err


def test_a_chain_of_redirects_is_followed(tmp_path: Path) -> None:
    first, second = f"{SITE}/s/ab12", f"{SITE}/track?id=7"
    crawl = _crawl(tmp_path / "crawl.warc", [(first, second), (second, ARTICLE)])
    code, out, err = _show(tmp_path, crawl, first)
    assert code == 0, err
    assert "Foundry recalls two thousand valves" in out
    assert err.count("showing it") == 2


def test_a_redirect_to_a_page_not_stored_and_a_loop_say_why(tmp_path: Path) -> None:
    away = f"{SITE}/r/1"
    (tmp_path / "a").mkdir()
    crawl = _crawl(tmp_path / "a" / "away.warc", [(away, f"{SITE}/never-fetched")])
    code, _, err = _show(tmp_path / "a", crawl, away)
    assert code == 1
    assert f"rejected by run 1 (warc-redirect: 302 {away} -> {SITE}/never-fetched)" in err
    one, two = f"{SITE}/loop/1", f"{SITE}/loop/2"
    (tmp_path / "b").mkdir()
    crawl = _crawl(tmp_path / "b" / "loop.warc", [(one, two), (two, one)])
    code, _, err = _show(tmp_path / "b", crawl, one)
    assert code == 1
    assert "more than 5 redirects" in err
