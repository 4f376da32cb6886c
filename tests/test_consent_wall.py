"""A cookie-consent wall a crawler was served at an article's address is an error-page, not
an article (clipper.notices.consent_wall); an article with a consent banner kept beside it
stays an article.  Fixtures invented."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from clipper.models import Page, Rejected
from tests.conftest import build

URL = "https://bayherald.example/2026/05/ferry-route"
WALL = (
    "<html><head><title>Bay Herald</title></head><body><h1>Your privacy, your choice</h1>"
    "<p>We and our partners use cookies and similar technologies to store and access"
    " information on your device, to personalise content and ads and to measure our traffic.</p>"
    "<p>You can change your choices at any time in the privacy settings at the foot of every"
    " page, or read our cookie policy to find out more.</p>"
    "<p>By clicking Accept all you agree to the use of cookies by us and our partners.</p>"
    "<p>Accept all</p><p>Manage options</p></body></html>"
)
ARTICLE = "".join(
    f"<p>{s} The harbour board will vote on the plan at its meeting next month.</p>"
    for s in (
        "The ferry company plans a new night route across the bay.",
        "Residents have asked for a later crossing for several years.",
        "The first estimate puts the cost at two million a year.",
    )
)


def _night(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    (path / "crawl.jsonl").write_text(json.dumps({"url": URL, "html": html}) + "\n")
    return path


def test_a_consent_wall_is_no_version_of_the_article(tmp_path: Path) -> None:
    article = (
        "<html><head><title>Night ferry planned</title></head><body><article>"
        f"<h1>Night ferry planned</h1>{ARTICLE}</article></body></html>"
    )
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n1", article)])
    archive.close()
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n2", WALL)])
    with archive.sessions() as session:
        assert session.scalars(select(Page.title)).all() == ["Night ferry planned"]
        reasons = session.execute(select(Rejected.reason, Rejected.detail)).all()
    archive.close()
    assert [r for r, d in reasons if "consent wall" in (d or "")] == ["error-page"]


def test_an_article_with_a_banner_stays(tmp_path: Path) -> None:
    banner = (
        "<p>We use cookies to improve your experience on our site.</p>"
        "<p>Accept all</p><p>Manage options</p>"
    )
    page = (
        "<html><head><title>Night ferry planned</title></head><body><article>"
        f"<h1>Night ferry planned</h1>{banner}{ARTICLE}</article></body></html>"
    )
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n1", page)])
    with archive.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Page)) == 1
    archive.close()
