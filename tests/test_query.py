"""Reading the archive: ``clipper search``, ``show``, ``clusters``, ``stats`` (issue 4).

Most tests read one archive built from ``fixtures/`` (once per session) and compare with
``fixtures/expected.json``; a second small archive of crafted pages (built the same way) covers
what the fixtures do not: title weighting, languages, dates, non-ASCII text.  Datasette and
sqlite-utils are exercised with the real packages, and one test reads while a dedupe writes.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper import archivestats, browse, changes, clusterlist, layout, refs, versionchanges
from clipper.archive import Archive, open_archive
from clipper.backends.sqlite import fts5_expression
from clipper.cli import cli
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchquery import QueryError, fts5_query, parse_query
from clipper.urls import article_parts

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text())
PORT = EXPECTED["variant_groups"]["port-strike"]
BRIDGE = EXPECTED["variant_groups"]["rail-bridge"]
PORT_CANONICAL = EXPECTED["canonicals"]["port-strike"]
BRIDGE_CANONICAL = EXPECTED["canonicals"]["rail-bridge"]
METRO_BRIEF = "https://metro-ledger.example/business/port-strike-aldermouth-cranes-2025-03-11"
COASTAL = "https://coastal-courier.example/coast/2025/mar/11/port-aldermouth-standstill-crane-row"
DAILYHARBOR = (
    "https://dailyharbor.example/news/2025/03/11/aldermouth-dockworkers-strike-automated-cranes"
)


def _key(source_key: str) -> str:
    """Source keys as expected.json writes them (paths relative to fixtures/)."""
    for prefix in (str(FIXTURES) + "/", "fixtures/"):
        if source_key.startswith(prefix):
            return source_key[len(prefix) :]
    return source_key


def _sites(keys: list[str]) -> set[str]:
    return {urlsplit(k).hostname or "" for k in keys if "://" in k}


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "fixtures.db"
    archive = open_archive(str(path))
    try:
        dedupe(archive, [str(FIXTURES)], Config(workers=1))
    finally:
        archive.close()
    return path


@pytest.fixture()
def archive(archive_path: Path) -> Iterator[Archive]:
    opened = open_archive(str(archive_path), create=False)
    yield opened
    opened.close()


def _page_html(
    url: str, title: str, paragraphs: list[str], published: str, lang: str = "en"
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
</head><body><main><article><h1>{title}</h1>
{body}
</article></main></body></html>"""


def _filler(rng: random.Random, words: int) -> str:
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    out = []
    for _ in range(words):
        out.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))))
    return " ".join(out).capitalize() + "."


@pytest.fixture(scope="session")
def crafted_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six unrelated pages: ZEPHYR in one title and, three times, in another's body; a German
    page mentioning Zürich and 東京; publication dates one day apart."""
    root = tmp_path_factory.mktemp("crafted")
    rng = random.Random(4)
    pages = [
        ("alpha", "Zephyr turbines approved for the northern ridge", [], "en"),
        ("beta", "Council budget vote delayed again", ["Zephyr"] * 3, "en"),
        (
            "gamma",
            "Straßenbahn nach Zürich fährt wieder",
            ["Die Linie fährt wieder nach Zürich und bald auch zur Partnerstadt 東京 Expo."],
            "de",
        ),
        ("delta", "Harbour crane maintenance finished", [], "en"),
        ("epsilon", "Library extends its opening hours", [], "en"),
        ("zeta", "New ferry timetable for the islands", [], "en"),
    ]
    for day, (slug, title, extra, lang) in enumerate(pages, start=1):
        paragraphs = [_filler(rng, 30) for _ in range(3)]
        for n, words in enumerate(extra):
            paragraphs[n % 3] += " " + words
        html = _page_html(
            f"https://{slug}.example/news/{slug}",
            title,
            paragraphs,
            f"2025-05-0{day}T10:00:00+00:00",
            lang,
        )
        (root / f"{slug}.html").write_text(html, encoding="utf-8")
    path = root / "crafted.db"
    archive = open_archive(str(path))
    try:
        summary = dedupe(archive, [str(root)], Config(workers=1))
    finally:
        archive.close()
    assert summary.stored == len(pages), summary.as_dict()
    return path


@pytest.fixture()
def crafted(crafted_path: Path) -> Iterator[Archive]:
    opened = open_archive(str(crafted_path), create=False)
    yield opened
    opened.close()


def invoke(*args: str, width: int = 100) -> Any:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": str(width), "NO_COLOR": "1"})
    return result


# --- the query language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("strike", '"strike"'),
        ("port strike", '("port" AND "strike")'),
        ('"three-day strike"', '"three day strike"'),  # words as the index splits them
        ("“curly quotes”", '"curly quotes"'),
        ("strik*", '"strik" *'),
        ('"three-day stri"*', '"three day stri" *'),
        ('"hydrogen vess*"', '"hydrogen vess" *'),  # the star typed inside the quotes
        ('"hydrogen vess* "', '"hydrogen vess" *'),
        ("crane OR bridge", '("crane" OR "bridge")'),
        ("strike NOT picket", '("strike" NOT "picket")'),
        ("strike AND NOT picket", '("strike" NOT "picket")'),
        # FTS5 precedence (NOT > AND > OR), made explicit with parentheses.
        ("a b OR c NOT d", '(("a" AND "b") OR ("c" NOT "d"))'),
        ("(crane OR bridge) strike", '(("crane" OR "bridge") AND "strike")'),
        # Lower-case operators are words, as in FTS5.
        ("rock and roll", '(("rock" AND "and") AND "roll")'),
        ("not", '"not"'),
        ('"NOT"', '"not"'),  # folded like the index's words
        # a word holding ä ö ü is sought in its two-letter spelling too (clipper.umlauts)
        ("Zürich ﬁne １２", '((("zurich" OR "zuerich") AND "fine") AND "12")'),
        # Chinese, Japanese, Korean: a word is the phrase of its bigrams; one character a prefix.
        ("三号线", '"三号 号线"'),
        ("地铁", '"地铁"'),
        ("站", '"站" *'),
        # 東 is traditional Chinese for 东: folded (clipper.hanfold), the index holds the same
        ('"Partnerstadt 東京"', '"partnerstadt 东京"'),
        # Punctuation-only words are separators; punctuation inside a word splits it.
        ("strike - update", '("strike" AND "update")'),
        ("chapter:strike", '"chapter strike"'),
        ("NEAR(a b)", '("near" AND ("a" AND "b"))'),
        ('say"hi"', '("say" AND "hi")'),
        # FTS5 would end a string at NUL; SQLite cannot take a lone surrogate.
        ("0\x00", '"0"'),
        ("a\ud800b", '("a" AND "b")'),
    ],
)
def test_queries_become_quoted_fts5_expressions(query: str, expected: str) -> None:
    # quoting and operators, on an archive holding no page of a language with case forms: a
    # word's keys, each one more way the term matches (clipper.caseforms), are
    # tests/test_search_case_forms.py's and test_search_case_languages.py's
    assert fts5_expression(parse_query(query), frozenset()) == expected


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        # other engines' syntax, which would search something else without a word
        ("put*in", "'*' at character 4 must end a word"),
        ("title:strike", "'title': at character 1: clipper search has no fields"),
        ("- ; --", "empty query"),
        ("(strike", "'(' at character 1 is never closed"),
        ("strike)", "')' at character 7 has no matching '('"),
        ("(strike))", "no matching '('"),
        ("((a) OR b", "never closed"),
        ("NOT", "NOT needs a term on each side"),
        ("NOT picket", "NOT needs a term on each side"),
        ("strike NOT", "NOT needs a term on each side"),
        ("strike OR NOT picket", "NOT needs a term on each side"),
        ("strike AND NOT", "NOT needs a term on each side"),
        ("strike AND", "AND at character 8"),
        ("OR strike", "OR at character 1"),
        ("strike OR", "has none after it"),
        ("a AND OR b", "AND"),
        ('"unclosed phrase', "unclosed quote at character 1"),
        ('""', "no words"),
        ('" ; "', "no words"),
        ("*", "'*' at character 1 must end a word"),
        ('"hyd* vessel"', "'*' at character 5 is inside a phrase: only its last word"),
        ('"*"', "no words"),
        ("a ()", "empty parentheses"),
        ("(" * 40 + "a" + ")" * 40, "nested more than"),
        (" ".join(["w"] * 100), "too many words"),
    ],
)
def test_malformed_queries_name_the_problem(query: str, problem: str) -> None:
    with pytest.raises(QueryError, match=re.escape(problem)):
        parse_query(query)


QUERY_PIECES = [
    *"ab ()\"*-:^;'\\%_.,\t“”",
    *["AND", "OR", "NOT", " AND ", " OR ", " NOT ", "strike", "Zürich", "東京", "NEAR"],
    *["\u0301", "\x00", "\ud800", "\x1b"],
]


def _outside_strings(expression: str) -> str:
    return re.sub(r'"(?:[^"]|"")*"', "S", expression)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.lists(st.sampled_from(QUERY_PIECES), max_size=24).map("".join),
        st.text(max_size=30),
    )
)
def test_any_input_is_a_clear_error_or_a_query_fts5_runs(archive: Archive, raw: str) -> None:
    try:
        expression = fts5_query(raw)
    except QueryError:
        return
    # Outside quoted strings only whitelisted syntax remains: user text is always quoted.
    assert re.fullmatch(r"[S()*\sANDORT]*", _outside_strings(expression)), expression
    assert set(re.findall(r"[A-Z]+", _outside_strings(expression))) <= {"S", "AND", "OR", "NOT"}
    with sqlite3.connect(str(archive.path)) as connection:
        connection.execute(
            "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ?", (expression,)
        ).fetchone()
    search(archive, raw)  # and the whole search path raises nothing either


# --- search ----------------------------------------------------------------------------------


def test_search_lists_each_story_once_by_its_canonical(archive: Archive) -> None:
    hits = search(archive, "Aldermouth dockworkers")
    urls = [hit.url for hit in hits]
    assert PORT_CANONICAL in urls
    assert not set(urls) & (set(PORT) - {PORT_CANONICAL}), "variants listed as separate hits"
    assert all(hit.is_canonical for hit in hits)
    hit = hits[urls.index(PORT_CANONICAL)]
    assert hit.outlets == len(_sites(PORT))  # distinct sites; dailyharbor's 2 versions count 1
    assert hit.pages == len(PORT)  # pages: the second version of dailyharbor's URL counts once
    assert hit.title and "dockworkers" in hit.title.lower()
    assert hit.date and hit.date.startswith("2025-03-11")


def test_snippets_mark_the_matches(archive: Archive) -> None:
    (hit,) = search(archive, '"emergency legislation"', limit=5)
    assert "[emergency legislation]" in hit.snippet.lower()  # a phrase is marked whole
    (custom,) = search(archive, '"emergency legislation"', marks=("<<", ">>"))
    assert "<<emergency legislation>>" in custom.snippet.lower()


def test_title_matches_rank_above_body_matches(crafted: Archive) -> None:
    hits = search(crafted, "zephyr")
    assert [hit.url for hit in hits] == [
        "https://alpha.example/news/alpha",  # once, in the title
        "https://beta.example/news/beta",  # three times, in the body
    ]


def test_prefix_phrase_and_boolean_queries(archive: Archive) -> None:
    def urls(query: str) -> set[str | None]:
        return {hit.url for hit in search(archive, query)}

    assert PORT_CANONICAL in urls("dockwork*")
    assert PORT_CANONICAL in urls('"remote-controlled cran"*')
    assert urls("saltmarsh OR dockworkers") >= {PORT_CANONICAL, BRIDGE_CANONICAL}
    assert BRIDGE_CANONICAL in urls("aldermouth") and BRIDGE_CANONICAL not in urls(
        "aldermouth NOT saltmarsh"
    )
    assert urls("(saltmarsh OR dockworkers) AND corrosion") == {BRIDGE_CANONICAL}
    assert urls('"walked off the job"') >= {PORT_CANONICAL}
    assert urls('"job the off walked"') == set()  # a phrase keeps its word order


def test_sql_looking_and_non_ascii_queries_are_just_words(
    archive: Archive, archive_path: Path, crafted: Archive
) -> None:
    before = sqlite3.connect(archive_path).execute("SELECT count(*) FROM pages").fetchone()
    assert search(archive, "'; DROP TABLE pages; --") == []
    assert search(archive, "x' OR '1'='1") == []
    result = invoke("search", "--db", str(archive_path), "'; DROP TABLE pages; --")
    assert result.exit_code == 0 and "No matches." in result.output
    after = sqlite3.connect(archive_path).execute("SELECT count(*) FROM pages").fetchone()
    assert before == after
    # Accents are folded both ways; CJK words are searchable.
    german = "https://gamma.example/news/gamma"
    for query in (
        "Zürich",
        "zurich",
        "ZÜRICH",
        "東京",
        '"Partnerstadt 東京"',
        "strassenbahn OR zürich",
    ):
        assert [hit.url for hit in search(crafted, query)] == [german], query
    assert "[東京]" in search(crafted, "東京")[0].snippet
    # The fixtures' cp1252 text dump: "fête" is found as "fete".
    (fete,) = search(archive, "fete")
    assert "[fête]" in fete.snippet


def test_variants_searches_every_copy(archive: Archive) -> None:
    hits = search(archive, "dockworkers", variants=True, limit=50)
    port_cluster = {hit.cluster_id for hit in hits if hit.url == PORT_CANONICAL}
    copies = [hit for hit in hits if hit.cluster_id in port_cluster]
    assert {_key(hit.url or "") for hit in copies if hit.url} >= set(PORT) - {
        "text/harbor-strike-dump.txt"
    }
    assert sum(hit.is_canonical for hit in copies) == 1


def test_site_filter_keeps_stories_the_site_carried(archive: Archive) -> None:
    # dailyharbor.example carried the port strike, whose canonical is another site's page.
    canonical = search(archive, "dockworkers", sites=["dailyharbor.example"])
    assert [hit.url for hit in canonical] == [PORT_CANONICAL]
    assert search(archive, "dockworkers", sites=["https://www.DailyHarbor.example/x"]) == canonical
    own = search(archive, "dockworkers", sites=["dailyharbor.example"], variants=True)
    assert own and {hit.site for hit in own} == {"dailyharbor.example"}
    assert search(archive, "dockworkers", sites=["nowhere.example"]) == []


def test_date_filters_use_publication_date_inclusive(archive: Archive, crafted: Archive) -> None:
    bridge_only = {hit.url for hit in search(archive, "aldermouth", until="2025-03-10")}
    assert BRIDGE_CANONICAL in bridge_only and PORT_CANONICAL not in bridge_only
    port_only = {hit.url for hit in search(archive, "aldermouth", since="2025-03-11")}
    assert PORT_CANONICAL in port_only and BRIDGE_CANONICAL not in port_only
    # --until DAY keeps the whole of DAY; pages without any date drop out.
    one_day = search(archive, "aldermouth", since="2025-03-11", until="2025-03-11")
    assert PORT_CANONICAL in {hit.url for hit in one_day}
    assert all(hit.date and hit.date.startswith("2025-03-11") for hit in one_day)
    # Crafted pages are published on 2025-05-01, -02, …: zephyr is on days 1 and 2.
    assert [h.url for h in search(crafted, "zephyr", since="2025-05-02")] == [
        "https://beta.example/news/beta"
    ]
    with pytest.raises(QueryError, match="not a date"):
        search(archive, "strike", since="last tuesday")
    with pytest.raises(QueryError, match="after --until"):
        search(archive, "strike", since="2025-03-12", until="2025-03-11")


def test_language_filter(crafted: Archive) -> None:
    assert [h.url for h in search(crafted, "zürich OR zephyr", languages=["de"])] == [
        "https://gamma.example/news/gamma"
    ]
    # Stored languages are primary subtags: en-GB asks for English.
    english = {h.url for h in search(crafted, "zürich OR zephyr", languages=["en-GB"])}
    assert english == {"https://alpha.example/news/alpha", "https://beta.example/news/beta"}
    with pytest.raises(QueryError, match="not a language code"):
        search(crafted, "zephyr", languages=["english; --"])


def test_a_language_in_iso_639_2_or_3_is_the_stored_language(
    crafted: Archive, crafted_path: Path
) -> None:
    """``--lang deu``/``ger`` (library catalogues' ISO 639-2) and ``eng`` ask for de and en
    pages; a code that names no language (``zz``, private use ``qaa``, ``und``) is refused
    with one message and exit 2, by search and export alike (newcomer 13: they answered "No
    matches" and 0 rows, exit 0)."""
    db = str(crafted_path)
    german = ["https://gamma.example/news/gamma"]
    for code in ("deu", "ger", "DE-at"):
        assert [h.url for h in search(crafted, "zürich OR zephyr", languages=[code])] == german
        exported = invoke("export", "--db", db, "--lang", code)
        assert exported.exit_code == 0, exported.output
        assert [json.loads(line)["url"] for line in exported.stdout.splitlines()] == german
    english = invoke("search", "--db", db, "--json", "--lang", "eng", "zephyr")
    assert len(english.stdout.splitlines()) == 2, english.output
    for code in ("zz", "qaa", "und", "x-foo"):
        for command in (["search", "zephyr"], ["export"]):
            result = invoke(*command, "--db", db, "--lang", code)
            assert result.exit_code == 2, result.output
            assert f"--lang {code!r} is not a language code" in result.output


def test_limit(archive: Archive) -> None:
    assert len(search(archive, "aldermouth", limit=2)) == 2
    assert len(search(archive, "aldermouth", limit=100)) > 2


def test_search_cli_table_and_json(archive_path: Path) -> None:
    result = invoke("search", "--db", str(archive_path), "aldermouth", width=72)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["ID", "DATE", "OUTLETS", "SITE", "TITLE"]
    assert all(layout.cell_width(line) <= 72 for line in lines), result.output
    assert "…" in result.output  # long titles are cut to fit
    assert re.search(r"\[aldermouth\]", result.output, re.IGNORECASE)  # no ANSI when piped

    result = invoke("search", "--db", str(archive_path), "--json", "--limit", "3", "aldermouth")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert set(records[0]) == {
        "page_id", "cluster_id", "story_id", "is_canonical", "title", "site", "date", "url",
        "outlets", "pages", "score", "snippet", "date_zoneless", "date_source", "partial",
        "window_page_id", "window_site", "window_date", "window_zoneless",
    }  # fmt: skip
    assert [r["score"] for r in records] == sorted(r["score"] for r in records)
    # Several words without shell quotes are one query.
    joined = invoke("search", "--db", str(archive_path), "--json", "emergency", "legislation")
    assert [json.loads(x)["url"] for x in joined.output.splitlines()] == [PORT_CANONICAL]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["(strike"], "unbalanced parentheses"),
        (["NOT", "strike"], "NOT needs a term on each side"),
        (["strike AND"], "AND needs a term on each side"),
        (['"strike'], "unclosed quote"),
        (["--since", "last tuesday", "strike"], "not a date"),
    ],
)
def test_search_cli_reports_bad_queries_without_a_traceback(
    archive_path: Path, args: list[str], message: str
) -> None:
    result = invoke("search", "--db", str(archive_path), *args)
    assert result.exit_code == 2  # bad usage, as click's own option errors
    assert "Error: " in result.output and message in result.output
    assert "Traceback" not in result.output and "sqlite" not in result.output.lower()
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash


def test_read_commands_do_not_create_an_archive(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    for command in (["search", "x"], ["show", "1"], ["clusters"], ["stats"]):
        result = invoke(command[0], "--db", str(missing), *command[1:])
        assert result.exit_code == 1 and "no archive" in result.output
    assert not missing.exists()


# --- show ------------------------------------------------------------------------------------


def _cluster_id(archive: Archive, url: str) -> int:
    cluster_id, _page = browse.resolve(archive, url)
    return cluster_id


def test_show_lists_canonical_and_every_copy(archive: Archive) -> None:
    story = browse.show(archive, str(_cluster_id(archive, PORT_CANONICAL)))
    # the earliest published full copy (cluster rule 6): The Daily Harbor's, whose other
    # version is a variant; the longest, the update published last, is one too
    assert story.canonical.url == PORT_CANONICAL
    assert "Update:" not in story.canonical.text
    copies = {_key(v.url or v.origin) for v in story.variants}
    assert copies == set(PORT)
    # every other row, dailyharbor's URL twice (2 versions); its size counts that page once
    assert len(story.variants) == story.size == len(PORT)
    update = next(v for v in story.variants if "valley-sentinel" in (v.url or ""))
    assert "+1 paragraph" in update.changes.summary
    assert story.outlets == len(_sites(PORT))
    # a time given without a zone, on no known clock, is listed by its page's fetch (its
    # first sighting: clipper.seentimes.first_sighting), the others by their time
    dated = [v.date for v in story.variants if v.date and not v.date_zoneless]
    assert dated == sorted(dated), "copies are listed earliest first"
    assert all(v.similarity is not None and 0 < v.similarity <= 1 for v in story.variants)


def test_show_says_what_differs(archive: Archive) -> None:
    story = browse.show(archive, PORT_CANONICAL)
    paragraphs = story.canonical.text.count("\n") + 1
    by_url: dict[str, list[browse.Variant]] = {}
    for variant in story.variants:
        by_url.setdefault(variant.url or variant.origin, []).append(variant)
    brief = by_url[METRO_BRIEF][0].changes
    assert brief.summary == [f"trimmed (kept 3 of {paragraphs} paragraphs)"]
    assert (brief.kept, brief.canonical_paragraphs) == (3, paragraphs)
    assert "headline changed" in by_url[COASTAL][0].changes.summary
    assert all("headline changed" not in v.changes.summary for v in by_url[METRO_BRIEF])
    # The Daily Harbor's later edit is the canonical; its first text lacks a paragraph.
    versions = by_url[DAILYHARBOR]
    assert [v.version for v in versions] == [1]
    assert "1 paragraph added since" in versions[0].changes.summary
    # The rail bridge story: the same words everywhere.
    bridge = browse.show(archive, BRIDGE_CANONICAL)
    assert bridge.canonical.url == BRIDGE_CANONICAL
    assert [v.changes.summary for v in bridge.variants] == [["exact copy"]] * (len(BRIDGE) - 1)


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("A one.\nB two.\nC three.", ["exact copy"]),
        ("a   ONE.\nB two.\nC three.", ["exact copy"]),
        ("A one.", ["trimmed (kept 1 of 3 paragraphs)"]),
        ("A one.\nB two.\nC three.\nD four.", ["+1 paragraph"]),
        (
            "DATELINE — A one is the first paragraph of this story.\nB two.\nC three.",
            ["1 paragraph edited"],
        ),
        ("C three.\nA one.\nB two.", ["paragraphs reordered or re-split"]),
        ("X new.\nY new.", ["trimmed (kept 0 of 3 paragraphs)", "+2 paragraphs"]),
    ],
)
def test_compare_texts(variant: str, expected: list[str]) -> None:
    canonical = "A one is the first paragraph of this story.\nB two.\nC three."
    canonical = canonical if "DATELINE" in variant else "A one.\nB two.\nC three."
    assert changes.compare_texts("T", canonical, "T", variant).summary == expected
    retitled = changes.compare_texts("T", canonical, "Other", canonical).summary
    assert retitled == ["headline changed", "same text"]
    # a text record carries no title: that is not a headline it changed
    untitled = changes.compare_texts("T", canonical, None, canonical).summary
    assert untitled == ["no headline", "same text"]
    assert changes.compare_texts(None, canonical, "T", canonical).summary == [
        "headline added",
        "same text",
    ]


def test_changed_since_tells_headlines_added_and_dropped() -> None:
    """An earlier version measured against the later one: an untitled earlier text is a
    headline added since, a titled earlier one of an untitled later text a headline dropped."""
    text = "A one.\nB two."
    added = versionchanges.changed_since(changes.compare_texts("T", text, None, text))
    dropped = versionchanges.changed_since(changes.compare_texts(None, text, "T", text))
    retitled = versionchanges.changed_since(changes.compare_texts("T", text, "U", text))
    assert (added, dropped, retitled) == (
        ["headline added since"],
        ["headline dropped since"],
        ["headline changed since"],
    )


def test_show_finds_a_story_by_url_page_id_or_dump_path(archive: Archive) -> None:
    port = _cluster_id(archive, PORT_CANONICAL)
    by_url = browse.show(archive, METRO_BRIEF)
    assert by_url.cluster_id == port and by_url.requested_page_id is not None
    by_page = browse.show(archive, f"page:{by_url.requested_page_id}")
    assert by_page.cluster_id == port
    assert browse.show(archive, METRO_BRIEF + "/").cluster_id == port  # trailing slash
    # a link pasted from a newsletter or a social site, with tracking parameters and a fragment
    pasted = METRO_BRIEF + "?utm_source=newsletter&utm_medium=email&fbclid=IwAR0x#comments"
    assert browse.show(archive, pasted).requested_page_id == by_url.requested_page_id
    # the same link as a browser shows it: the other scheme, www. added, the host capitalised
    parts = urlsplit(METRO_BRIEF)
    scheme = "http" if parts.scheme == "https" else "https"
    for spelling in (
        urlunsplit(parts._replace(scheme=scheme)),
        urlunsplit(parts._replace(netloc="www." + parts.netloc.upper())) + "?utm_source=x",
    ):
        assert browse.show(archive, spelling).requested_page_id == by_url.requested_page_id
    # copied without its scheme, from an address bar that hides it
    bare = parts.netloc + parts.path
    assert browse.show(archive, bare).requested_page_id == by_url.requested_page_id
    assert browse.show(archive, "www." + bare).requested_page_id == by_url.requested_page_id
    assert not refs.HOST_FIRST.match("dumps/wire.jsonl:15")
    # a path with non-ASCII letters, as the page's canonical link held it or as a browser
    # copies it (percent-encoded), finds the page either way
    assert refs.url_spellings("https://x.example/f%C3%BCrs")[:3] == [
        "https://x.example/f%C3%BCrs", "https://x.example/f%C3%BCrs/", "https://x.example/fürs"]
    assert "https://x.example/f%C3%BCrs" in refs.url_spellings("https://x.example/fürs")
    with pytest.raises(browse.NotFound):  # the path is never re-cased
        browse.show(archive, urlunsplit(parts._replace(path=parts.path.upper())))
    with pytest.raises(browse.NotFound):  # a parameter that picks another page is kept
        browse.show(archive, METRO_BRIEF + "?page=2")
    dump = next(v for v in by_url.variants if v.url is None)
    assert browse.show(archive, dump.origin).cluster_id == port
    # the dump's path typed relative to where the user stands
    relative = os.path.relpath(dump.origin)
    assert browse.show(archive, relative).cluster_id == port
    with pytest.raises(browse.NotFound, match="no cluster 99999"):
        browse.show(archive, "99999")
    with pytest.raises(browse.NotFound, match="no page with URL"):
        browse.show(archive, "https://nowhere.example/story")


def test_show_finds_an_article_by_its_amp_renditions_address(archive: Archive) -> None:
    """The link Google News or a social share hands a reader is often the article's AMP
    rendition, which clipper stores as the article (its canonical link) or rejects as its
    duplicate: `show` of that link finds the article (newcomer 21: "no page with URL …/amp")."""
    article = browse.show(archive, METRO_BRIEF).requested_page_id
    parts = urlsplit(METRO_BRIEF)
    for amp in (
        METRO_BRIEF.rstrip("/") + "/amp",
        METRO_BRIEF.rstrip("/") + "/amp/",
        METRO_BRIEF + ("&" if parts.query else "?") + "amp=1",
        urlunsplit(parts._replace(netloc="amp." + parts.netloc)),
    ):
        assert browse.show(archive, amp).requested_page_id == article, amp
    assert article_parts(urlsplit("https://x.example/a/story.amp.html")) == urlsplit(
        "https://x.example/a/story.html"
    )
    for not_amp in ("https://x.example/a/lamp", "https://x.example/amp-news/a", "https://x.example/a"):
        assert article_parts(urlsplit(not_amp)) is None, not_amp


def test_show_names_where_a_page_without_an_address_was_read(tmp_path: Path) -> None:
    """A record with a site but no URL (a feed's text export): `show` names its dump line,
    which the site alone does not (newcomer 12: neither URL nor origin was shown)."""
    sentence = ("harbour pilots agreed a new night roster with the port after talks that ran "
                "into the early hours of Tuesday morning at the authority's offices")
    words = sentence.split()
    body = "\n\n".join(" ".join(words[i:] + words[:i]) + "." for i in range(0, 30, 3))
    dump = tmp_path / "feed.jsonl"
    dump.write_text(json.dumps({"site": "harbour-news.example", "title": "Pilots agree roster",
                                "text": body}) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert invoke("dedupe", "--db", str(db), "--workers", "1", str(dump)).exit_code == 0
    shown = invoke("show", "--db", str(db), "--no-text", "page:1")
    assert shown.exit_code == 0, shown.output
    assert "harbour-news.example" in shown.output and f"{dump}:1" in shown.output


def test_show_cli(archive: Archive, archive_path: Path) -> None:
    port = str(_cluster_id(archive, PORT_CANONICAL))
    result = invoke("show", "--db", str(archive_path), port, width=80)
    assert result.exit_code == 0, result.output
    assert PORT_CANONICAL in result.output and METRO_BRIEF in result.output
    assert "trimmed (kept 3 of" in result.output and "+1 paragraph" in result.output
    # times are the archive's, in UTC, and say so
    assert re.search(r"first seen \d{4}-\d\d-\d\d \d\d:\d\d UTC", result.output)
    urls = {line.strip() for line in result.output.splitlines() if "://" in line}
    assert all(layout.cell_width(line) <= 80 for line in result.output.splitlines()
               if line.strip() not in urls)  # fmt: skip

    result = invoke("show", "--db", str(archive_path), "--json", port)
    document = json.loads(result.output)
    assert document["canonical"]["url"] == PORT_CANONICAL and document["canonical"]["text"]
    assert len(document["variants"]) == document["size"]  # + the canonical's older version
    assert {"summary", "kept", "edited", "extra"} <= set(document["variants"][0]["changes"])
    no_text = json.loads(
        invoke("show", "--db", str(archive_path), "--json", "--no-text", port).output
    )
    assert "text" not in no_text["canonical"]

    missing = invoke("show", "--db", str(archive_path), "https://nowhere.example/x")
    assert missing.exit_code == 1 and "no page with URL" in missing.output


# --- clusters --------------------------------------------------------------------------------


def test_clusters_by_size(archive: Archive) -> None:
    rows = clusterlist.clusters(archive)
    expected_clusters = len(EXPECTED["variant_groups"]) + len(EXPECTED["singletons"])
    assert len(rows) == expected_clusters
    assert [r.size for r in rows] == sorted((r.size for r in rows), reverse=True)
    assert rows[0].url == PORT_CANONICAL and rows[0].size == len(PORT)  # versions count once
    assert rows[0].outlets == len(_sites(PORT))
    assert rows[0].first_seen and rows[0].last_seen and rows[0].first_seen <= rows[0].last_seen
    multi = clusterlist.clusters(archive, min_size=2)
    assert {r.url for r in multi} == {PORT_CANONICAL, BRIDGE_CANONICAL}
    assert len(clusterlist.clusters(archive, limit=3)) == 3


def test_clusters_filters_and_recent_order(archive: Archive) -> None:
    recent = clusterlist.clusters(archive, sort="recent")
    seen = [r.last_seen or "" for r in recent]
    assert seen == sorted(seen, reverse=True)
    portwatch = clusterlist.clusters(archive, sites=["portwatch.example"])
    assert [r.site for r in portwatch] == ["portwatch.example"]
    # A site that only carried copies still lists the story.
    assert {r.url for r in clusterlist.clusters(archive, sites=["coastal-courier.example"])} == {
        PORT_CANONICAL
    }
    assert clusterlist.clusters(archive, since="2999-01-01") == []
    assert len(clusterlist.clusters(archive, since="2000-01-01")) == len(recent)


def test_clusters_between_two_days_are_those_with_a_page_seen_between_them(
    tmp_path: Path,
) -> None:
    """A cluster whose pages were seen on the 7th and the 10th is no cluster of the 9th
    (newcomer 13: ``--since D --until D`` listed clusters whose pages merely spanned D), as
    ``stories`` does for reports."""
    rng = random.Random(9)
    text, other = _filler(rng, 160), _filler(rng, 160)
    records = [
        {"url": "https://ferrypost.example/a", "title": "Ferry fares", "maintext": text,
         "date_download": "2025-06-07T08:00:00"},
        {"url": "https://quaynews.example/a", "title": "Ferry fares", "maintext": text,
         "date_download": "2025-06-10T08:00:00"},
        {"url": "https://quaynews.example/b", "title": "Pier works", "maintext": other,
         "date_download": "2025-06-09T08:00:00"},
    ]
    dump = tmp_path / "in.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    archive = open_archive(str(tmp_path / "c.db"))
    try:
        dedupe(archive, [str(dump)], Config(workers=1))

        def titles(since: str | None, until: str | None) -> set[str | None]:
            return {r.title for r in clusterlist.clusters(archive, since=since, until=until)}

        assert titles("2025-06-09", "2025-06-09") == {"Pier works"}
        assert titles("2025-06-10", "2025-06-10") == {"Ferry fares"}
        assert titles("2025-06-06", "2025-06-12") == {"Ferry fares", "Pier works"}
        assert titles("2025-06-09", None) == {"Ferry fares", "Pier works"}  # one bound: as before
        assert titles(None, "2025-06-08") == {"Ferry fares"}
    finally:
        archive.close()


def test_a_site_filter_takes_the_site_s_subdomains(tmp_path: Path, db_url: str) -> None:
    """``--site harbourdaily.example`` finds the pages of ``politics.harbourdaily.example`` in
    search, export and clusters (newcomer 13: ``--site people.com.cn`` found nothing of
    ``politics.people.com.cn``); a subdomain asked for is only itself, and a look-alike host
    (``notharbourdaily.example``) or a site's name is no subdomain."""
    rng = random.Random(13)
    records = [
        {"url": f"https://{host}/{n}", "title": f"Quay report {n}", "maintext": _filler(rng, 120)}
        for n, host in enumerate(
            ["politics.harbourdaily.example", "harbourdaily.example", "notharbourdaily.example"]
        )
    ] + [{"site": "Harbour Daily Weekly", "title": "Quay report 3", "maintext": _filler(rng, 120)}]
    dump = tmp_path / "in.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = db_url  # the distinct-site walk is a recursive CTE both backends run
    archive = open_archive(db)
    try:
        dedupe(archive, [str(dump)], Config(workers=1))
    finally:
        archive.close()
    family = ["https://harbourdaily.example/1", "https://politics.harbourdaily.example/0"]
    politics = ["https://politics.harbourdaily.example/0"]
    for site, urls in (("harbourdaily.example", family), ("politics.harbourdaily.example",
                                                          politics)):
        hits = invoke("search", "--db", str(db), "--json", "--site", site, "quay")
        assert sorted(json.loads(line)["url"] for line in hits.stdout.splitlines()) == urls
        rows = invoke("export", "--db", str(db), "--site", site, "--site", "nowhere.example")
        assert sorted(json.loads(line)["url"] for line in rows.stdout.splitlines()) == urls
        listed = invoke("clusters", "--db", str(db), "--json", "--site", site)
        assert sorted(json.loads(line)["url"] for line in listed.stdout.splitlines()) == urls
    named = invoke("export", "--db", str(db), "--site", "Harbour Daily Weekly")
    assert [json.loads(line)["title"] for line in named.stdout.splitlines()] == ["Quay report 3"]


def test_clusters_cli(archive_path: Path) -> None:
    result = invoke("clusters", "--db", str(archive_path), width=64)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["ID", "PAGES", "OUTLETS"]
    assert all(layout.cell_width(line) <= 64 for line in lines)
    assert "…" in result.output
    result = invoke("clusters", "--db", str(archive_path), "--json", "--min-size", "2")
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["url"] for r in records] == [PORT_CANONICAL, BRIDGE_CANONICAL]
    assert set(records[0]) >= {"cluster_id", "size", "outlets", "first_seen", "last_seen", "title"}
    bad = invoke("clusters", "--db", str(archive_path), "--since", "soon")
    assert bad.exit_code == 2 and "not a date" in bad.output


# --- stats -----------------------------------------------------------------------------------


def test_stats(archive: Archive) -> None:
    summary = archivestats.stats(archive)
    groups = EXPECTED["variant_groups"]
    assert summary.clusters == len(groups) + len(EXPECTED["singletons"])
    # pages count addresses: dailyharbor's second version of the strike is an older version
    assert summary.pages == sum(len(g) for g in groups.values()) + len(EXPECTED["singletons"])
    assert summary.older_versions == 1
    assert summary.variants == summary.pages - summary.clusters
    assert summary.multi_page_clusters == len(groups)
    assert summary.largest_cluster == len(PORT)
    assert 0 < summary.exact_duplicates < summary.variants
    assert [s.pages for s in summary.top_sites] == sorted(
        (s.pages for s in summary.top_sites), reverse=True
    )
    assert summary.top_sites[0].pages >= 2
    (run,) = summary.runs
    assert run.status == "completed"
    assert run.counts["stored"] == summary.pages + summary.older_versions
    assert summary.rejections == run.counts["skipped_total"]


def test_stats_cli(archive_path: Path) -> None:
    result = invoke("stats", "--db", str(archive_path), width=70)
    assert result.exit_code == 0, result.output
    assert all(layout.cell_width(line) <= 70 for line in result.output.splitlines())
    assert "completed" in result.output and "Top sites" in result.output
    document = json.loads(invoke("stats", "--db", str(archive_path), "--json").output)
    # a run's row adds up on screen: READ = KNOWN + STORED + the skipped that were pages
    wide = invoke("stats", "--db", str(archive_path), width=160).output.splitlines()
    header = next(line for line in wide if line.startswith("RUN"))
    assert header.split()[3:6] == ["READ", "KNOWN", "STORED"]
    counts = document["runs"][0]["counts"]
    row = next(line for line in wide if line.split()[:1] == [str(document["runs"][0]["run_id"])])
    cells = row.split()
    status = cells.index(document["runs"][0]["status"])
    assert [int(v) for v in cells[status + 1 : status + 4]] == [
        counts["pages_read"], counts["already_archived"], counts["stored"]]
    assert document["runs"][0]["status"] == "completed"
    assert {"pages", "clusters", "exact_duplicates", "top_sites", "runs"} <= set(document)


# --- terminal layout -------------------------------------------------------------------------


def test_matches_are_bold_only_on_a_colour_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert layout.match_marks(True) == ("\x1b[1m", "\x1b[0m")
    assert layout.match_marks(False) == ("[", "]")  # pipes and files
    monkeypatch.setenv("NO_COLOR", "1")
    assert layout.match_marks(True) == ("[", "]")


def test_fit_counts_terminal_cells() -> None:
    assert layout.fit("東京東京東京", 7) == "東京東…"
    assert layout.cell_width(layout.fit("東京東京東京", 7)) <= 7
    assert layout.fit("short", 10) == "short"
    assert layout.fit("a long title here", 8) == "a long…"


# --- tools people already have ---------------------------------------------------------------


def test_sqlite_utils_finds_and_uses_the_full_text_index(archive_path: Path) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = sqlite_utils.Database(str(archive_path))
    assert db["pages"].detect_fts() == "pages_fts"
    rows = list(db["pages"].search("saltmarsh", columns=["url"]))
    assert {row["url"] for row in rows} == set(BRIDGE)
    db.close()


def test_datasette_finds_the_full_text_index(archive_path: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")

    async def check() -> None:
        ds = datasette_app.Datasette([str(archive_path)])
        name = archive_path.stem
        assert await ds.databases[name].fts_table("pages") == "pages_fts"
        response = await ds.client.get(
            f"/{name}/pages.json?_search=saltmarsh&_shape=array&_col=url"
        )
        assert response.status_code == 200, response.text
        assert {row["url"] for row in response.json()} == set(BRIDGE)
        page = await ds.client.get(f"/{name}/pages")
        assert page.status_code == 200 and 'name="_search"' in page.text  # the search box

    asyncio.run(check())


# --- reading while a dedupe writes -----------------------------------------------------------


def _write_corpus(path: Path, records: int) -> None:
    rng = random.Random(11)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    vocab = sorted({"".join(rng.choice(syllables) for _ in range(3)) for _ in range(3000)})
    with path.open("w", encoding="utf-8") as out:
        for n in range(records):
            paragraphs = [
                " ".join(rng.choice(vocab) for _ in range(30)).capitalize() + "." for _ in range(4)
            ]
            record = {
                "url": f"https://site{n % 40}.example/story/{n}",
                "title": f"Quarry story {n} " + " ".join(rng.sample(vocab, 5)),
                "maintext": "\n".join(paragraphs),
                "date_publish": f"2025-04-{1 + n % 28:02d} 10:00:00",
            }
            out.write(json.dumps(record) + "\n")


def test_search_works_while_dedupe_writes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, 1500)
    db = tmp_path / "busy.db"
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    writer = subprocess.Popen(
        [sys.executable, "-m", "clipper.cli", "dedupe", "--db", str(db), "--workers", "1",
         "--batch-size", "50", str(corpus)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        # Wait until the writer has created and migrated the archive (its run row exists):
        # opening it earlier would make this reader run the migrations too.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and writer.poll() is None:
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as probe:
                    if probe.execute("SELECT count(*) FROM pages").fetchone()[0] > 0:
                        break
            except sqlite3.Error:
                pass
            time.sleep(0.05)
        reader = open_archive(str(db), create=False)
        counts: list[int] = []
        during = 0
        try:
            while writer.poll() is None:
                hits = search(reader, "quarry", limit=5)
                counts.append(archivestats.stats(reader, runs=1).pages)
                clusterlist.clusters(reader, sort="recent", limit=5)
                assert hits, "stored pages are searchable while the run goes on"
                if writer.poll() is None:
                    during += 1
            final = search(reader, '"quarry story 1499"')
        finally:
            reader.close()
        _out, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    assert during >= 3, "the writer finished before the reads could overlap it"
    assert counts == sorted(counts) and counts[0] < 1500, counts[:5]
    assert [hit.url for hit in final][:1] == ["https://site19.example/story/1499"]


def test_show_story_and_search_by_story(tmp_path: Path) -> None:
    """The wire story and the independent reports of the same strike are one story."""
    from clipper.pipeline import dedupe
    from tests.conftest import FIXTURES

    db = tmp_path / "s.db"
    archive = open_archive(str(db))
    dedupe(archive, [str(FIXTURES)], Config(workers=1))
    archive.close()
    runner = CliRunner()
    hits = [
        json.loads(line)
        for line in runner.invoke(
            cli, ["search", "--db", str(db), "--json", "Aldermouth"]
        ).stdout.splitlines()
    ]
    strike = next(h for h in hits if "dockworkers walk out" in (h["title"] or ""))
    assert strike["story_id"] is not None
    shown = runner.invoke(cli, ["show", "--db", str(db), "--json", f"story:{strike['story_id']}"])
    assert shown.exit_code == 0, shown.output
    detail = json.loads(shown.stdout)
    assert strike["cluster_id"] in [c["cluster_id"] for c in detail["clusters"]]
    assert len(detail["clusters"]) >= 2  # other articles on the same event, not copies
    # the story object is a line of `stories --json` (story_id too), as the help says
    listed = runner.invoke(cli, ["stories", "--db", str(db), "--json", "--limit", "1000"])
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert detail["story"] == next(s for s in lines if s["story_id"] == strike["story_id"])
    grouped = runner.invoke(cli, ["search", "--db", str(db), "--by-story", "Aldermouth"])
    assert f"story {strike['story_id']}" in grouped.stdout
    missing = runner.invoke(cli, ["show", "--db", str(db), "story:99999"])
    assert missing.exit_code == 1 and "no story 99999" in missing.output
    bad = runner.invoke(cli, ["show", "--db", str(db), "story:x"])
    assert bad.exit_code == 2 and "story:NUMBER" in bad.output
    bad_page = runner.invoke(cli, ["show", "--db", str(db), "page:abc"])
    assert bad_page.exit_code == 2 and "page:NUMBER" in bad_page.output


def test_a_site_named_by_a_record_is_found_however_the_user_types_it(tmp_path: Path) -> None:
    """CC-News/news-please records name the site in a publisher or domain field ("Tideland
    Post", "Harbour-Herald.example/news"): search --site, clusters --site and site-limited
    watchlists find their pages typed as any page showed them, in any case."""
    paragraphs = [
        f"The invented Tideland ferry {topic} was discussed at length by the harbour council on "
        f"Monday, and members said the {topic} would be reviewed again before the summer season "
        "began in earnest along the whole of the estuary coast."
        for topic in ("timetable", "fare rise", "slipway repair", "night crossing", "car deck")
    ]
    records = [
        {"title": "Tideland ferry timetable under review", "publisher": "TidelandPost",
         "text": "\n\n".join(paragraphs), "date_publish": "2026-11-28"},
        {"title": "Estuary council weighs up new lighthouse keepers", "domain":
         "Harbour-Herald.example/news", "date_publish": "2026-11-28",
         "text": "\n\n".join(
             f"Two lighthouse keepers may return to the {rock} rock, the estuary council heard "
             f"on Tuesday; automation of the {rock} light had saved money but left the channel "
             "without anyone to report a ship in trouble after dark, members were told."
             for rock in ("Skerry", "Mewstone", "Black Nab", "Longship", "Old Man"))},
    ]
    dump = tmp_path / "night.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)]).exit_code == 0
    for typed, title in [
        ("TidelandPost", "Tideland ferry"),
        ("tidelandpost", "Tideland ferry"),
        ("harbour-herald.example", "lighthouse"),
        ("https://www.Harbour-Herald.example/news/2026/keepers", "lighthouse"),
    ]:
        found = runner.invoke(cli, ["search", "--db", db, "--site", typed, "--json", "council"])
        assert found.exit_code == 0, found.output
        titles = [json.loads(line)["title"] for line in found.stdout.splitlines()]
        assert len(titles) == 1 and title in titles[0], (typed, titles)
    assert runner.invoke(
        cli, ["watch", "add", "ferries", "--db", db, "--site", "TidelandPost", "council"]
    ).exit_code == 0
    digest = runner.invoke(
        cli, ["digest", "--db", db, "--since", "5000w", "--no-record", "--format", "text"]
    )
    assert digest.exit_code == 0, digest.output
    assert "Tideland ferry timetable" in digest.output


def test_an_untitled_canonical_is_listed_under_its_copies_headline(tmp_path: Path) -> None:
    """The canonical is the most complete text, not always a titled one (an untitled record
    carrying the whole wire story its titled copies trimmed): clusters, show and search name
    the cluster by the longest titled page of it, not "(untitled)"."""
    paragraphs = [
        f"Paragraph {i}: the invented port of Castlemere reopened lock {i} on Monday after "
        f"{i * 3} weeks of repairs, letting {i * 41} barges through before nightfall."
        for i in range(1, 9)
    ]
    records = [
        {"text": "\n".join(paragraphs), "url": "https://wire.example/locks"},  # no title
        {
            "text": "\n".join(paragraphs[:6]),
            "url": "https://river.example/locks",
            "title": "Castlemere locks reopen after repairs",
        },
    ]
    dump = tmp_path / "feed.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "a.db"
    assert invoke("dedupe", "--db", str(db), "--workers", "1", str(dump)).exit_code == 0
    listed = [
        json.loads(line)
        for line in invoke("clusters", "--db", str(db), "--json").stdout.splitlines()
    ]
    assert [c["title"] for c in listed] == ["Castlemere locks reopen after repairs"]
    shown = json.loads(invoke("show", "1", "--db", str(db), "--json").stdout)
    assert shown["canonical"]["url"] == "https://wire.example/locks"
    assert shown["canonical"]["title"] == "Castlemere locks reopen after repairs"
    found = invoke("search", "--db", str(db), "--json", "barges").stdout
    hits = [json.loads(line) for line in found.splitlines()]
    assert [h["title"] for h in hits] == ["Castlemere locks reopen after repairs"]


def test_today_and_yesterday_are_whole_utc_days() -> None:
    from datetime import datetime

    from clipper.dates import parse_when
    from clipper.searchfilters import date_bounds

    now = datetime(2026, 12, 1, 0, 30)  # just after midnight UTC
    assert parse_when("Yesterday", "--since", now) == (datetime(2026, 11, 30), False)
    assert parse_when("today", "--since", now) == (datetime(2026, 12, 1), False)
    assert date_bounds("yesterday", "yesterday", now) == ("2026-11-30", "2026-12-01")
    assert date_bounds("today", None, now) == ("2026-12-01", None)
    with pytest.raises(QueryError, match="today, yesterday"):
        date_bounds("tomorrow", None, now)


def test_search_score_of_a_word_every_page_holds_is_not_minus_zero(tmp_path: Path) -> None:
    """bm25 gives a word that every page holds a rank of zero, which FTS5 returns as -0.0:
    the JSON says 0.0, as a reader's tooling expects."""
    db = tmp_path / "a.db"
    texts = (
        "The harbour ferry will run every half hour from May, the operator said, after "
        "passenger numbers doubled over the winter and queues reached the car park.",
        "Volunteers at the harbour library will open its doors on Sundays, starting next "
        "month, so that families who work during the week can borrow books together.",
        "A choir from the harbour primary school won a national prize on Saturday with a "
        "programme of sea shanties its pupils had learned from their grandparents.",
    )
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(f"Harbour news {n}\n{text}\n")
    assert invoke("dedupe", "--db", str(db), *(str(tmp_path / f"{n}.txt") for n in range(3)))
    found = invoke("search", "--db", str(db), "--json", "harbour")
    assert found.exit_code == 0, found.output
    scores = [json.loads(line)["score"] for line in found.stdout.splitlines()]
    assert len(scores) == 3
    assert all(math.copysign(1.0, s) == 1.0 for s in scores if s == 0), found.stdout


def test_a_cluster_is_headed_by_the_title_its_copies_agree_on(tmp_path: Path) -> None:
    """A canonical's own headline that no copy shares gives way to the one its copies agree
    on (a guessed first line, "Guest Commentary: ..."), in every place a cluster is named:
    clusters, show, search, stories, digest; whatever order the records came in."""
    paragraphs = [
        f"Paragraph {i}: the invented port of Castlemere reopened lock {i} on Monday after "
        f"{i * 3} weeks of repairs, letting {i * 41} barges through before nightfall."
        for i in range(1, 9)
    ]
    agreed = "Castlemere locks reopen after repairs"
    records = [
        {
            "text": "\n".join(paragraphs),
            "url": "https://wire.example/locks",
            "title": "Guest Commentary: the council lost because of its conduct",
            "date_publish": "2026-11-30T07:00:00",  # the original: the canonical
        },
        *(
            {
                "text": "\n".join(paragraphs[:6]),
                "url": f"https://river{n}.example/locks",
                "title": agreed if n else agreed.upper() + "!",  # case and punctuation aside
                "date_publish": "2026-11-30T08:00:00",
            }
            for n in range(3)
        ),
    ]
    for order, shuffled in enumerate((records, records[::-1])):
        dump = tmp_path / f"feed{order}.jsonl"
        dump.write_text("".join(json.dumps(r) + "\n" for r in shuffled))
        db = str(tmp_path / f"a{order}.db")
        assert invoke("dedupe", "--db", db, "--workers", "1", str(dump)).exit_code == 0
        listed = _json_lines("clusters", "--db", db, "--json")
        assert [c["title"] for c in listed] == [agreed]
        cluster = str(listed[0]["cluster_id"])
        shown = json.loads(invoke("show", cluster, "--db", db, "--json").stdout)
        assert shown["canonical"]["url"] == "https://wire.example/locks"
        assert shown["canonical"]["title"] == agreed
        hits = _json_lines("search", "--db", db, "--json", "barges")
        assert [h["title"] for h in hits] == [agreed]
        stories = _json_lines("stories", "--db", db, "--json")
        assert [s["title"] for s in stories] == [agreed]
        digest = invoke(
            "digest", "--db", db, "--since", "5000w", "--no-record", "--format", "text"
        )
        assert digest.exit_code == 0, digest.output
        assert agreed in digest.output and "Guest Commentary" not in digest.output


def _json_lines(*args: str) -> list[Any]:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_show_finds_a_file_named_in_the_other_unicode_form(tmp_path: Path) -> None:
    """A dump copied from a Mac keeps its file names decomposed ("o" + a combining diaeresis);
    the same name typed in a Linux shell is composed: `show` finds the page by either, and the
    other way round (newcomer 21: "no page with URL or origin" for a name that prints alike)."""
    import unicodedata

    sentence = ("the home side held a draw in the last minute after the visitors had led for "
                "most of the second half in front of a full stand on a cold evening")
    words = sentence.split()
    body = "\n\n".join(" ".join(words[i:] + words[:i]) + "." for i in range(0, 30, 3))
    forms: list[tuple[Literal["NFC", "NFD"], Literal["NFC", "NFD"]]] = [
        ("NFD", "NFC"), ("NFC", "NFD")
    ]
    for form, other in forms:
        folder = tmp_path / form / unicodedata.normalize(form, "Presseschau München")
        folder.mkdir(parents=True)
        name = unicodedata.normalize(form, "Hölzle Spielbericht.txt")
        (folder / name).write_text(f"Hölzle rettet den Punkt\n\n{body}\n", encoding="utf-8")
        db = tmp_path / form / "a.db"
        assert invoke("dedupe", "--db", str(db), "--workers", "1", str(folder)).exit_code == 0
        typed = unicodedata.normalize(other, str(folder / name))
        assert typed != str(folder / name)
        shown = invoke("show", "--db", str(db), "--no-text", typed)
        assert shown.exit_code == 0, shown.output
        assert "Hölzle rettet den Punkt" in unicodedata.normalize("NFC", shown.output)
    # a folder made on Linux (composed), a file copied into it from a Mac (decomposed)
    folder = tmp_path / "mixed" / unicodedata.normalize("NFC", "Presseschau München")
    folder.mkdir(parents=True)
    name = unicodedata.normalize("NFD", "Hölzle Spielbericht.txt")
    (folder / name).write_text(f"Hölzle rettet den Punkt\n\n{body}\n", encoding="utf-8")
    db = tmp_path / "mixed" / "a.db"
    assert invoke("dedupe", "--db", str(db), "--workers", "1", str(folder)).exit_code == 0
    for form, _ in forms:
        typed = unicodedata.normalize(form, str(folder / name))
        shown = invoke("show", "--db", str(db), "--no-text", typed)
        assert shown.exit_code == 0, (form, shown.output)
