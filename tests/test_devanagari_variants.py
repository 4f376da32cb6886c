"""The fingerprint's words fold Devanagari spellings as search folds them: the nukta left out,
candrabindu and ``न्`` as anusvara (migration 0041).  Before, a Hindi re-fetch whose only change
was the nukta (CMSs and font-era text drop or add it) was a new version with every paragraph
"edited" (newcomer 22's finding 30).  The texts are invented: a Hindi report of a flood."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from clipper.words import devanagari_variant, words
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import _record, run

FLOOD = (
    "ज़िले में बाढ़ से सड़कें बंद\n\n"
    "ज़िला प्रशासन ने बताया कि लगातार बारिश के कारण नदी का जलस्तर बढ़ गया है और कई गाँवों की "
    "सड़कें पानी में डूब गई हैं। राहत दल नावों से लोगों को सुरक्षित स्थानों पर पहुँचा रहे हैं।\n\n"
    "हिन्दी माध्यम के स्कूल दो दिन बंद रहेंगे और ज़िलाधिकारी ने लोगों से नदी के किनारे न जाने की "
    "अपील की है।"
)
HEADLINE = FLOOD.split("\n")[0]
URL = "https://khabar.example/baadh"


def _without_nukta(text: str) -> str:
    return unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", text).translate({0x093C: None})
    )


def test_devanagari_spellings_are_the_same_words() -> None:
    assert _without_nukta(FLOOD) != FLOOD
    assert words(_without_nukta(FLOOD)) == words(FLOOD)
    assert words("हिन्दी माँ") == words("हिंदी मां")
    assert words("ऩ ऱ") == words("न र")
    assert devanagari_variant(FLOOD) and not devanagari_variant("बारिश के कारण")


def refetched_rows(
    db_url: str, tmp_path: Path, url: str, bodies: tuple[str, str], headline: str, lang: str
) -> list[tuple[str, int, float]]:
    """The archive's (url, cluster, similarity) rows after ``url`` was read on two nights, with
    ``bodies[0]`` and then ``bodies[1]`` (a re-fetch: one row when it is the page read again)."""
    for night, (day, body) in enumerate(zip(("01", "02"), bodies, strict=True)):
        path = tmp_path / f"n{night}.jsonl"
        path.write_text(
            _record(url, body, f"2026-12-{day}T06:00:00+00:00", headline, lang), encoding="utf-8"
        )
        assert run(db_url, "dedupe", "--workers", "1", str(path)).exit_code == 0
    return _cluster_rows(db_url)


def test_a_refetch_changing_only_nuktas_is_no_new_version(db_url: str, tmp_path: Path) -> None:
    bodies = (FLOOD, _without_nukta(FLOOD))
    # the page read again, no version 2
    assert len(refetched_rows(db_url, tmp_path, URL, bodies, HEADLINE, "hi")) == 1
