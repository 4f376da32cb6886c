"""A page that holds nothing but a site's boilerplate (its menu, a subscription pitch naming
the paper, a cookie notice and a footer) is no article: rejected, saying why, not stored as a
20-word brief with its copy (session 35's row 49, a public report's shape: two such pages of
one site were stored, the second an exact copy of the first).  The pitch is furniture
wherever it stands ("Subscribe to the Eastvale Echo for unlimited access …"), and an
article's text under it is kept whole.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

PITCH = (
    "Subscribe to the Eastvale Echo for unlimited access to local news, sport and what's on "
    "across the valley."
)


def _boilerplate(menu: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Eastvale Echo</title></head>"
        f"<body><nav>{menu}</nav><p>{PITCH}</p>"
        "<p>We use cookies to improve your experience. By continuing to browse you agree to "
        "our use of cookies and our privacy policy.</p><footer><p>© 2026 Eastvale Echo. All "
        "rights reserved. Contact us | Advertise | Terms | Privacy</p></footer></body></html>"
    )


MENU = "<a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a>"
PAGES = [_boilerplate(MENU), _boilerplate(MENU + " <a href='/weather'>Weather</a>")]


def test_a_page_of_boilerplate_is_rejected_with_a_reason() -> None:
    for html in PAGES:
        got = clean_page(
            RawPage(origin="p.html", kind="html", body=html.encode(), url=None), CleanConfig()
        )
        assert isinstance(got, Rejection), got
        assert got.reason in {"error-page", "too-short", "no-article"}
        assert got.detail


def test_two_boilerplate_pages_store_nothing(tmp_path: Path) -> None:
    paths = []
    for n, html in enumerate(PAGES):
        path = tmp_path / f"{n}.html"
        path.write_text(html, "utf-8")
        paths.append(str(path))
    db = str(tmp_path / "a.db")
    ran = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", *paths])
    assert ran.exit_code == 0, ran.output
    out = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    assert out.output.strip() == ""
    why = CliRunner().invoke(cli, ["rejections", "--db", db, "--json"])
    assert why.exit_code == 0, why.output
    rejected = [json.loads(line) for line in why.output.splitlines()]
    assert len(rejected) == 2, why.output


def test_the_pitch_goes_from_an_article() -> None:
    paragraphs = [
        "The Eastvale leisure centre will reopen its pool on Saturday after a refit that took "
        "eight months and cost one and a half million pounds, the district council said.",
        "Swimmers will find new changing rooms, a learner pool for children and longer opening "
        "hours on weekday evenings.",
    ]
    body = f"<p>{paragraphs[0]}</p><p>{PITCH}</p><p>{paragraphs[1]}</p>"
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Pool to reopen after "
        f"refit | Eastvale Echo</title></head><body><article>{body}</article></body></html>"
    )
    got = clean_page(
        RawPage(
            origin="p.html",
            kind="html",
            body=html.encode(),
            url="https://eastvale-echo.example/2026/12/pool",
        ),
        CleanConfig(),
    )
    assert isinstance(got, Article), got
    assert got.text == "\n".join(paragraphs)
