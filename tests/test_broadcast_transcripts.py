"""Broadcast transcripts as input (newcomer 32 findings 4 and 6): a radio bulletin's items are
pages of their own, each joining its own story; subtitles (.srt, .vtt) are read; a transcript
of one story stays whole; timestamps, sound cues, idents and speaker labels leave the text;
the broadcast's date is read from its header or file name; bad subtitle files are counted.

Every fixture here is invented: an English harbour town's radio bulletin and the local
paper's stories on its items, a German, a French and a Spanish programme.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from clipper.cli import cli
from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.bulletins import broadcast_time
from clipper.read.transcripts import transcript_shaped

FERRY = (
    "In Portmere, ferry crews walked out at dawn over a pay offer of three percent, "
    "stranding hundreds of commuters on both sides of the estuary. The union says talks with "
    "the operator broke down late last night and no new meeting has been set."
)
FERRY_REPORT = (
    "The queue at the terminal stretched past the car park by seven o'clock, and the operator "
    "has laid on buses over the bridge, a trip that takes an hour longer."
)
RESERVOIR = (
    "In other news, the county council has approved a new reservoir at Hollin Moor that will "
    "supply forty thousand homes from 2029. Councillors voted nine to four after a three-hour "
    "debate about the farmland that will be lost under the water."
)
CRICKET = (
    "Eastford won the regional cricket final at Saltcote by six wickets on Sunday, their "
    "first title in eleven years, with the captain Priya Nair unbeaten on eighty-two."
)

BULLETIN = f"""Harbour FM - Evening News 6pm - 23 November 2026 - transcript

[Music]
You're listening to Harbour FM, news on the hour.
ANCHOR: Good evening, here are the headlines.
00:00:09
ANCHOR: {FERRY}
00:00:41
REPORTER: {FERRY_REPORT}
(Applause)
[Jingle]
00:01:20
ANCHOR: {RESERVOIR}
00:02:02 ANCHOR: {CRICKET}
[Music]
Stay with us, more after the break.
"""

# the local paper's stories on the same three events, each longer than the bulletin's item
STORIES = {
    "ferry": (
        "Ferry crews strike over pay, stranding commuters",
        f"{FERRY} {FERRY_REPORT} Passengers were told to expect the same on Tuesday. The "
        "operator said it regretted the disruption and called the offer fair.",
    ),
    "reservoir": (
        "Hollin Moor reservoir approved by county council",
        f"{RESERVOIR.removeprefix('In other news, ')} The water company will start work next "
        "spring. Farmers at Hollin Moor said they would appeal against the decision.",
    ),
    "cricket": (
        "Eastford win regional cricket final",
        f"{CRICKET} Saltcote had been bowled out for 181 after choosing to bat first. The "
        "club will play in the national finals at Lord's in the summer.",
    ),
}


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def dedupe(db: str, *paths: Path) -> dict:
    result = run(db, "dedupe", "--workers", "1", "--json", *map(str, paths))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def exported(db: str) -> list[dict]:
    result = run(db, "export", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def read(*paths: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages(paths, ReadLimits(), rejected.append))
    return pages, rejected


def write_dump(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bulletin = folder / "harbourfm_news_1800_2026-11-23.txt"
    bulletin.write_text(BULLETIN, encoding="utf-8")
    feed = folder / "portmere_gazette.jsonl"
    feed.write_text(
        "".join(
            json.dumps({
                "url": f"https://portmeregazette.example/news/{key}",
                "title": title,
                "text": text,
                "date_publish": "2026-11-23 17:30:00",
            }) + "\n"
            for key, (title, text) in STORIES.items()
        ),
        encoding="utf-8",
    )
    return bulletin, feed


def test_a_bulletins_items_are_pages_of_their_own_without_cues_idents_or_labels(
    tmp_path: Path,
) -> None:
    bulletin, _ = write_dump(tmp_path)
    pages, rejected = read(bulletin)
    assert rejected == []
    assert [p.origin for p in pages] == [
        f"{bulletin}, item {n} of the bulletin" for n in (1, 2, 3)
    ]
    ferry, reservoir, cricket = (p.body for p in pages)
    # the reporter's turn goes on with the anchor's story; the greeting is no item
    assert ferry == f"{FERRY}\n{FERRY_REPORT}"
    assert reservoir == RESERVOIR
    assert cricket == CRICKET
    for page in pages:
        assert isinstance(page.body, str)
        for furniture in ("[Music]", "[Jingle]", "(Applause)", "00:0", "ANCHOR", "REPORTER",
                          "listening to", "Stay with us", "headlines"):
            assert furniture not in page.body
        # the header's date and hour; the header names the programme and the item
        assert page.published == "2026-11-23T18:00"
        assert page.broadcast is not None and page.broadcast.startswith("Harbour FM")
    assert pages[1].broadcast is not None and pages[1].broadcast.endswith("item 2 of 3")


def test_each_item_joins_its_own_story_and_a_rerun_adds_nothing(
    db_url: str, tmp_path: Path
) -> None:
    bulletin, _ = write_dump(tmp_path / "night")
    summary = dedupe(db_url, tmp_path / "night")
    assert summary["stored"] == 6, summary
    rows = exported(db_url)
    story_of_url = {row["url"]: row["story_id"] for row in rows if row["url"]}
    story_of_item = {row["origin"]: row["story_id"] for row in rows if not row["url"]}
    for number, key in enumerate(STORIES, start=1):
        item = f"{bulletin}, item {number} of the bulletin"
        assert story_of_item[item] == story_of_url[f"https://portmeregazette.example/news/{key}"]
    assert len(set(story_of_item.values())) == 3  # no item in another item's story
    again = dedupe(db_url, tmp_path / "night")
    assert again["stored"] == 0, again
    assert len(exported(db_url)) == 6


def test_the_same_night_in_another_order_gives_the_same_clusters(
    tmp_path: Path,
) -> None:
    bulletin, feed = write_dump(tmp_path / "night")

    def clusters(db: str, *paths: Path) -> set[frozenset[str]]:
        dedupe(db, *paths)
        groups: dict[int, set[str]] = {}
        for row in exported(db):
            groups.setdefault(row["cluster_id"], set()).add(row["url"] or row["origin"])
        return {frozenset(group) for group in groups.values()}

    forward = clusters(f"sqlite:///{tmp_path / 'a.db'}", bulletin, feed)
    backward = clusters(f"sqlite:///{tmp_path / 'b.db'}", feed, bulletin)
    assert forward == backward
    # each item with its paper's story, none with another's
    assert any(
        f"{bulletin}, item 2 of the bulletin" in group
        and "https://portmeregazette.example/news/reservoir" in group
        for group in forward
    )


def test_a_transcript_of_one_story_is_kept_whole(tmp_path: Path) -> None:
    path = tmp_path / "interview.txt"
    path.write_text(
        "[Music]\n"
        "00:00:02 ANCHOR: The harbour authority has agreed to dredge the Portmere channel "
        "after two cargo ships ran aground there this autumn.\n"
        "00:00:15 REPORTER: In Portmere, the harbour master told me the work starts in "
        "January and will take about six weeks, with the channel closed at night.\n"
        "00:00:40 ANCHOR: Who pays for it?\n"
        "00:00:43 REPORTER: The authority itself, about two million pounds, though it hopes "
        "the shipping lines will share the cost over the next five years.\n"
        "[Music]\n",
        encoding="utf-8",
    )
    pages, rejected = read(path)
    assert rejected == []
    assert [p.origin for p in pages] == [str(path)]
    assert "dredge" in str(pages[0].body) and "five years" in str(pages[0].body)
    assert "Who pays for it?" in str(pages[0].body)
    for furniture in ("[Music]", "00:00", "ANCHOR", "REPORTER"):
        assert furniture not in str(pages[0].body)


def test_a_german_bulletin_is_split_and_dated_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "elbwelle.txt"
    path.write_text(
        "Radio Elbwelle - Nachrichten 12 Uhr - 4. Dezember 2026\n"
        "[Musik]\n"
        "Sie hören Radio Elbwelle.\n"
        "SPRECHERIN: Der Hamburger Senat hat den Bau einer neuen Elbbrücke bei Wilhelmsburg "
        "beschlossen. Die Kosten liegen bei rund 400 Millionen Euro.\n"
        "(Applaus)\n"
        "SPRECHERIN: Der HSV hat sein Heimspiel gegen Hannover mit zwei zu eins gewonnen und "
        "ist damit Tabellenführer der zweiten Liga.\n"
        "[Musik]\n",
        encoding="utf-8",
    )
    pages, rejected = read(path)
    assert rejected == []
    assert len(pages) == 2
    assert str(pages[0].body).startswith("Der Hamburger Senat")
    assert "Applaus" not in str(pages[0].body)
    assert str(pages[1].body).startswith("Der HSV")
    assert {p.published for p in pages} == {"2026-12-04T12:00"}


def test_subtitles_are_read_as_the_programmes_items(tmp_path: Path) -> None:
    srt = tmp_path / "tele_jt20h_2026-12-03.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\n[Générique]\n\n"
        "2\n00:00:05,000 --> 00:00:09,000\n"
        "PRÉSENTATEUR : Bonsoir, bienvenue dans votre journal.\n\n"
        "3\n00:00:10,000 --> 00:00:18,000\nÀ la une, les boulangers de Lyon ont manifesté devant\n"
        "la préfecture contre la hausse du prix de l'électricité.\n\n"
        "4\n00:00:19,000 --> 00:00:27,000\nIls demandent un tarif réglementé pour les artisans,\n"
        "comme celui des particuliers, dès le mois prochain.\n\n"
        "5\n00:00:28,000 --> 00:00:36,000\n(Applaudissements)\n"
        "Au Portugal, les pompiers ont maîtrisé l'incendie qui menaçait la forêt de Sintra "
        "depuis trois jours.\n",
        encoding="utf-8",
    )
    vtt = tmp_path / "noticias_2026-12-05.vtt"
    vtt.write_text(
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:03.000\n[Música]\n\n"
        "00:00:03.500 --> 00:00:09.000\n<v Presentadora>En Bolivia, el gobierno ha decretado "
        "tres días de duelo nacional por las inundaciones de Cochabamba.\n\n"
        "00:00:09.500 --> 00:00:15.000\nLas lluvias han dejado doce muertos y más de dos mil "
        "familias sin hogar, según la defensa civil.\n\n"
        "00:00:25.000 --> 00:00:32.000\nEl Real Madrid ha fichado al delantero uruguayo Martín "
        "Sosa por cuarenta millones de euros hasta 2031.\n",
        encoding="utf-8",
    )
    pages, rejected = read(srt, vtt)
    assert rejected == []
    bodies = [str(p.body) for p in pages]
    assert bodies[0] == (
        "À la une, les boulangers de Lyon ont manifesté devant la préfecture contre la hausse du "
        "prix de l'électricité. Ils demandent un tarif réglementé pour les artisans, comme celui "
        "des particuliers, dès le mois prochain."
    )
    assert bodies[1].startswith("Au Portugal, les pompiers")  # a place opener after a sentence
    assert bodies[2].startswith("En Bolivia, el gobierno") and "defensa civil." in bodies[2]
    assert bodies[3].startswith("El Real Madrid")  # ten seconds of silence before it
    for body in bodies:
        assert "-->" not in body and "Música" not in body and "Presentadora" not in body
        assert "Applaudissements" not in body and "Bonsoir" not in body
    # subtitles have no header: their file names date them, a guess (clipper.clean)
    assert [p.published for p in pages] == [None] * 4
    assert [p.named_date for p in pages] == ["2026-12-03T20:00"] * 2 + ["2026-12-05"] * 2
    assert pages[3].origin == f"{vtt}, item 2 of the bulletin"


def test_bad_subtitle_files_are_counted_with_a_message(db_url: str, tmp_path: Path) -> None:
    dump = tmp_path / "tv"
    dump.mkdir()
    (dump / "empty.srt").write_bytes(b"")
    (dump / "blank.vtt").write_text("\n\n", encoding="utf-8")
    (dump / "notes.srt").write_text("call the station back about the missing files\n",
                                    encoding="utf-8")
    (dump / "header_only.vtt").write_text("WEBVTT\n\n", encoding="utf-8")
    _, rejected = read(dump)
    reasons = {Path(r.origin).name: (r.reason, r.detail) for r in rejected}
    assert reasons["empty.srt"][0] == "empty"
    assert reasons["blank.vtt"][0] == "empty"
    assert reasons["notes.srt"][0] == "bad-subtitles"
    assert "webvtt-py" in reasons["notes.srt"][1]
    assert reasons["header_only.vtt"] == ("bad-subtitles", "no subtitle cue holds any text")
    result = run(db_url, "dedupe", "--workers", "1", str(dump))
    assert "bad-subtitles" in result.output


def test_what_is_not_a_transcript_stays_a_text_dump(tmp_path: Path) -> None:
    interview = (
        "SPIEGEL: Mr Weber, why did you resign?\n\n"
        "WEBER: Because the board no longer listened to the engineers.\n\n"
        "SPIEGEL: Do you regret it?\n\nWEBER: No.\n"
    )
    liveblog = (
        "Storm Ada live: trains cancelled across the north\n"
        "10:32 Police say the A1 is closed at Morpeth.\n"
        "10:47 Northern has cancelled all trains north of York.\n"
        "11:05 [Photo] Flooding in Hexham market square.\n"
    )
    # a media column quoting a TV show's transcript under paragraphs of its own: read as a
    # transcript, its own text would go as the transcript's header
    column = (
        "Morning show glosses over the harbour strike\n"
        "By A. Writer | November 23, 2026 9:05 AM\n"
        "The breakfast programme on Channel 9 spent less than two minutes on the ferry strike "
        "on Monday, and most of that on the weather at the terminal.\n"
        "Its host opened with the queues and then moved on to a celebrity wedding, as the "
        "excerpts below show.\n"
        "The union's side of the dispute was not heard once in the whole programme.\n"
        "What follows is the broadcaster's own transcript of the segment.\n\n"
        "07:12:05 AM Eastern [1 minute 10 seconds]\n"
        "HOST: The queues at the ferry terminal stretched past the car park this morning.\n"
        "07:13:15 AM Eastern [20 seconds]\n"
        "HOST: And now, a wedding that has everyone talking.\n"
        "GUEST: It really was the event of the year.\n"
    )
    assert not transcript_shaped(interview)
    assert not transcript_shaped(liveblog)
    assert not transcript_shaped(column)
    for name, text in (("interview", interview), ("liveblog", liveblog), ("column", column)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        pages, rejected = read(tmp_path / f"{name}.txt")
        assert rejected == []
        # one page, its text whole: its clock times and turns are the article's
        assert [(p.origin, p.body, p.broadcast) for p in pages] == [
            (str(tmp_path / f"{name}.txt"), text, None)
        ]
    assert transcript_shaped(BULLETIN)
    # a scraper's header over it does not hide it (nor is its "URL:" a speaker)
    assert transcript_shaped(
        "URL: https://harbourfm.example/news/1800\nTitle: Evening News\n\n" + BULLETIN
    )


def test_subtitles_saved_as_text_are_read_as_subtitles(tmp_path: Path) -> None:
    cues = (
        "1\n00:00:01,000 --> 00:00:04,000\n[Music]\n\n"
        "2\n00:00:05,000 --> 00:00:12,000\n"
        "The county council approved a new reservoir at Hollin Moor tonight,\n"
        "to supply forty thousand homes from 2029.\n\n"
        "3\n00:00:20,000 --> 00:00:28,000\n"
        "Eastford won the regional cricket final at Saltcote by six wickets.\n"
    )
    (tmp_path / "evening.srt").write_text(cues, encoding="utf-8")
    (tmp_path / "evening.txt").write_text(cues, encoding="utf-8")
    (tmp_path / "late.txt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n"
        "<v Anchor>The harbour authority will dredge the Portmere channel in January.\n",
        encoding="utf-8",
    )
    pages, rejected = read(tmp_path)
    assert rejected == []
    by_file: dict[str, list[str]] = {}
    for page in pages:
        by_file.setdefault(Path(page.origin.split(",")[0]).name, []).append(str(page.body))
    # the same two items, the cue numbers and timings no text, the 8 s of silence a seam
    assert by_file["evening.txt"] == by_file["evening.srt"] == [
        "The county council approved a new reservoir at Hollin Moor tonight, to supply forty "
        "thousand homes from 2029.",
        "Eastford won the regional cricket final at Saltcote by six wickets.",
    ]
    assert by_file["late.txt"] == [
        "The harbour authority will dredge the Portmere channel in January."
    ]


def test_a_scrapers_header_over_a_transcript_names_and_dates_it(tmp_path: Path) -> None:
    bulletin = tmp_path / "bulletin.txt"
    bulletin.write_text(
        "URL: https://harbourfm.example/news/evening\nTitle: Harbour FM Evening News\n"
        "Date: 2026-11-23\n\n" + BULLETIN.split("\n", 1)[1],
        encoding="utf-8",
    )
    story = tmp_path / "dredging.txt"
    story.write_text(
        "URL: https://harbourfm.example/news/dredging\nTitle: Dredging the channel\n\n"
        "[Music]\n"
        "00:00:02 ANCHOR: The harbour authority has agreed to dredge the Portmere channel "
        "after two cargo ships ran aground there this autumn.\n"
        "00:00:15 REPORTER: The harbour master told me the work starts in January and will "
        "take about six weeks, with the channel closed at night.\n",
        encoding="utf-8",
    )
    pages, rejected = read(bulletin, story)
    assert rejected == []
    items = [p for p in pages if p.origin.startswith(str(bulletin))]
    assert [str(p.body) for p in items] == [f"{FERRY}\n{FERRY_REPORT}", RESERVOIR, CRICKET]
    for page in items:
        assert "harbourfm.example" not in str(page.body) and "URL" not in str(page.body)
        assert page.url is None  # one address for three pages would make them versions
        assert page.published == "2026-11-23"
        assert page.broadcast is not None and page.broadcast.startswith("Harbour FM Evening")
    (whole,) = [p for p in pages if p.origin == str(story)]
    assert whole.url == "https://harbourfm.example/news/dredging"
    assert whole.broadcast == "Dredging the channel"
    assert str(whole.body).startswith("The harbour authority has agreed")


def test_the_broadcast_time_comes_from_the_header_else_the_file_name() -> None:
    assert broadcast_time(["RFI Afrique - Journal de 7h00 - 4 décembre 2026"], "x.txt") == (
        "2026-12-04T07:00"
    )
    assert broadcast_time([], "rfi_journal_0700_2026-12-04.txt") == "2026-12-04T07:00"
    assert broadcast_time([], "zikfm_journal_13h_2026-12-03.txt") == "2026-12-03T13:00"
    assert broadcast_time([], "news_20261204.srt") == "2026-12-04"
    assert broadcast_time(["Morning show"], "show.txt") is None


def test_the_silence_between_subtitle_cues_is_measured_to_the_millisecond(
    tmp_path: Path,
) -> None:
    path = tmp_path / "night.vtt"
    path.write_text(
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:09.900\n"
        "The county council has approved the new reservoir at Hollin Moor tonight.\n\n"
        # 3.2 s later: a pause within the story (whole seconds, 13 - 9, would make it 4)
        "00:00:13.100 --> 00:00:17.950\n"
        "Councillors voted nine to four after a long debate about the farmland.\n\n"
        # 4.05 s later: the next story
        "00:00:22.000 --> 00:00:28.000\n"
        "Eastford won the regional cricket final at Saltcote by six wickets on Sunday.\n",
        encoding="utf-8",
    )
    pages, rejected = read(path)
    assert rejected == []
    assert [str(p.body) for p in pages] == [
        "The county council has approved the new reservoir at Hollin Moor tonight. "
        "Councillors voted nine to four after a long debate about the farmland.",
        "Eastford won the regional cricket final at Saltcote by six wickets on Sunday.",
    ]
