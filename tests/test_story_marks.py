"""Story terms of Indic text are its words (session 20: ``[^\\W\\d_]+`` holds no combining mark,
so story vectors cut ``किराया`` into ``क र य`` and every Indic word at its vowel signs and
viramas: terms of consonant pieces, unknown to the word-frequency tables and so weighted as the
rarest words).  Story vector version 6: archives recompute their stories at their next run.

Fixtures are invented reports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from clipper.cli import cli
from clipper.config import StoryConfig
from clipper.stories.storage import scheme
from clipper.stories.tokens import terms
from clipper.stories.vectors import VECTOR_VERSION, Vector, vectorize

PATNA = (
    "पटना में गंगा पुल पर ट्रक पलटा, तीन घायल",
    "पटना के गांधी सेतु पर मंगलवार सुबह एक ट्रक पलट गया जिसमें तीन लोग घायल हो गए। पुलिस ने "
    "बताया कि ट्रक में सीमेंट लदा था।\n\nघायलों को पटना मेडिकल कॉलेज अस्पताल में भर्ती कराया "
    "गया है। पुल पर दो घंटे तक जाम लगा रहा।",
)
PATNA_2 = (
    "गांधी सेतु पर सीमेंट लदा ट्रक पलटा",
    "मंगलवार सुबह गांधी सेतु पर सीमेंट से लदा एक ट्रक पलट गया। हादसे में तीन लोग घायल हुए "
    "जिन्हें पटना मेडिकल कॉलेज अस्पताल ले जाया गया।\n\nपुलिस के अनुसार पुल पर करीब दो घंटे "
    "जाम रहा।",
)
KANPUR = (
    "कानपुर में किसान मेले का उद्घाटन",
    "कानपुर के कृषि विश्वविद्यालय में बुधवार को तीन दिन के किसान मेले का उद्घाटन हुआ। मेले में "
    "नई किस्मों के बीज और सिंचाई के उपकरण दिखाए गए।\n\nकुलपति ने कहा कि मेले में दस हजार "
    "किसानों के आने की उम्मीद है।",
)


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


def test_indic_story_terms_are_whole_words() -> None:
    assert terms("कानपुर में किसान मेले का उद्घाटन") == [
        "कानपुर", "में", "किसान", "मेले", "का", "उद्घाटन"
    ]
    assert terms("கட்டணம் பத்து ரூபாய்") == ["கட்டணம்", "பத்து", "ரூபாய்"]
    assert terms("ভাড়া দশ টাকা থাকবে") == ["ভাড়া", "দশ", "টাকা", "থাকবে"]
    # a word written with a decomposed accent is the word written with a composed one
    assert terms("Zu\u0308rich") == terms("Zürich") == ["zürich"]


def test_vocalised_and_plain_arabic_give_one_vector() -> None:
    """Harakat are optional: a vocalised copy has the plain copy's terms (as its fingerprint
    words do), not words of its own."""
    config = StoryConfig()
    plain = vectorize("الوزير يدشن خط العبارات", "دشن الوزير خط العبارات الجديد في الميناء.",
                      "ar", config)
    vocalised = vectorize("الوزير يُدشّن خطّ العبّارات",
                          "دشّن الوزير خطّ العبّارات الجديد في المِيناء.", "ar", config)
    assert _cosine(plain, vocalised) > 0.999


def test_hindi_reports_of_one_event_link_and_an_unrelated_one_does_not() -> None:
    config = StoryConfig()
    patna, patna_2, kanpur = (vectorize(*report, "hi", config)
                              for report in (PATNA, PATNA_2, KANPUR))
    assert _cosine(patna, patna_2) >= config.min_similarity
    assert _cosine(patna, kanpur) < config.min_similarity
    assert _cosine(patna_2, kanpur) < config.min_similarity


def _night(path: Path, reports: list[tuple[str, tuple[str, str]]]) -> str:
    path.write_text(
        "".join(
            json.dumps({"url": url, "language": "hi", "title": title, "text": text,
                        "published": "2026-12-01T08:00:00Z"}, ensure_ascii=False) + "\n"
            for url, (title, text) in reports
        ),
        encoding="utf-8",
    )
    return str(path)


def _stories(db: str) -> dict[str, int]:
    result = CliRunner().invoke(cli, ["export", "--db", db])
    assert result.exit_code == 0, result.output
    return {json.loads(line)["url"]: json.loads(line)["story_id"]
            for line in result.stdout.splitlines()}


def test_an_archive_of_version_5_vectors_recomputes_them_at_its_next_run(tmp_path: Path) -> None:
    """The vector version is part of the recorded story scheme: an archive whose stories were
    made with version 5 (terms of consonant pieces) has every stored vector made again, and
    its stories with them, at its next run."""
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    first = _night(tmp_path / "n1.jsonl", [("https://bihar-khabar.example/patna-truck", PATNA),
                                           ("https://kanpur-samachar.example/mela", KANPUR)])
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", first]).exit_code == 0
    con = sqlite3.connect(db)
    with con:  # as version 5 left it: its scheme recorded, its vectors of other terms
        con.execute("UPDATE meta SET value = replace(value, ?, '\"version\": \"5\"') "
                    "WHERE key = 'story_scheme'", (f'"version": "{VECTOR_VERSION}"',))
        con.execute("UPDATE story_vectors SET terms = ?", (b"",))
    con.close()
    second = _night(tmp_path / "n2.jsonl", [("https://patna-live.example/setu", PATNA_2)])
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", second]).exit_code == 0
    con = sqlite3.connect(db)
    try:
        stored = dict(con.execute(
            "SELECT p.url, v.terms FROM story_vectors AS v JOIN pages AS p ON p.id = v.page_id"
        ))
        (recorded,) = con.execute("SELECT value FROM meta WHERE key = 'story_scheme'").fetchone()
    finally:
        con.close()
    config = StoryConfig()
    assert recorded == scheme(config) and f'"version": "{VECTOR_VERSION}"' in recorded
    url = "https://kanpur-samachar.example/mela"
    assert stored[url] == vectorize(*KANPUR, "hi", config, url=url).to_bytes()
    story = _stories(db)
    assert story["https://bihar-khabar.example/patna-truck"] == story[
        "https://patna-live.example/setu"] != story[url]
