"""Copy kinds real syndication makes that ``bench/syndication_corpus.py`` does not make hard,
on invented texts (``bench/copy_kinds_texts.py``), and the negatives that must stay apart:
pairwise precision and recall by kind.

    python bench/copy_kinds.py [--seed N ...] [--bases N] [--workers N] [--misses]

Tune on ``--seed 1`` (what session 24's rules were written on), confirm on ``--seed 2``.
Each seed builds a JSONL dump of text records under ``bench/.work/copy_kinds/seed-N/``
(url, site, title, published, language, text), runs clipper ``dedupe`` on it into a fresh
archive (default config) and reads the clusters back by URL.

Copies (the wire's page, label = its story, and copies on other sites):

* ``full``: the wire text under a dateline;
* ``introtrim``: the site's own 45-70-word intro paragraph above the first 40-60 % of the
  story;
* ``reorder``: the paragraphs below the lede in another order;
* ``page1`` / ``page2``: the story split over two pages ("Continued on page 2");
* ``subedit``: every sentence lightly edited by a sub-editor's house style: numbers up to
  twenty spelled out (and "Five" written 5), a title dropped for Mr/Ms at a second mention,
  "percent" as "per cent", "said in a statement" as "said", quotes re-punctuated « » „ “;
* ``related``: the copy with a "Related coverage" block of other stories' headlines and
  openings appended, 40 % of the page;
* ``liveblog``: a live page of 6-9 short entries holding the story whole as one entry;
* ``ko-spacing``: a Korean copy with 20-35 % of its spaces dropped; ``tr-ascii``: a Turkish
  copy typed in ASCII (ı ş ğ ö ü ç â as i s g o u c a); ``de-ss``: a German copy in Swiss
  style (ß as ss, „ “ as « »); each language also has a ``full`` copy.

Re-issues (``reissue_copies``, their own random stream, so the pages above are as before):
8 long wire stories (three reports' paragraphs, 800-1,000 words), each with its ``full`` copy,
the wire's ``reissue`` (6-8 % of the words replaced, a sentence added: the longest page,
which walks first) and two parts of the wire's own page that the re-issue's edits keep from
sharing its passages: an ``excerpt`` (an intro line of its own above 4-5 paragraphs from the
middle) and a ``brief`` (the first 2-3 paragraphs).

Negatives (each page a label of its own but for one verbatim reprint, kind ``reprint``, so
they count in recall too): ``quote`` (two stories quoting one 50-word statement, some short),
``background`` (two stories carrying one 60-word background paragraph), ``template`` (police
appeals of one template about different collisions, five on one day and two the next),
``correction`` (a correction notice alone, naming a story of the set), ``closing`` (short
local stories under one site group's closing paragraphs, in English, German and Spanish, and
one company's releases above a portrait and forward-looking statements with no "About"
heading: ``closing_kinds``, their own random stream, after every other page).

Copies without accents (``accent_copies``, their own random stream, after every other page):
French, Vietnamese and German reports of one template each (6 a language, two a day), each
with its ``full`` copy and a copy without its accents (``fr-ascii``, ``vi-ascii``,
``de-ascii``: NFKD, combining marks dropped, as an ASCII-writing site prints it), the German
ones also with ``ä ö ü`` written ``ae oe ue`` (``de-ue``).

Template instances (``template_kinds``, their own random stream, after every other page): one
template (a dividend or quarterly release in English, German, French and Spanish, the weekly
jobless claims, a city's gas prices) filled for three periods, each ``instance`` a label of
its own (negatives of one another) with its ``pickup`` (a disclaimer line on top, a
boilerplate paragraph cut), a ``corrected`` copy (one figure fixed) and an ``updated`` copy (a
paragraph of new figures added), which must stay its copies.

Notices (``notice_kinds``, their own random stream, after every other page): one site's
death notices and job offers (a template each: French nécrologie and appel à candidatures,
English deaths and vacancy, Spanish esquela), each filled for 4 people or posts of one week,
each ``notice`` a label of its own (negatives of one another: the people, places, posts, ages
and references differ, the week's funeral days and deadline alike) with its ``mirror`` (another
site's copy under a byline line of its own) and its ``namefix`` (a third site's copy with two
letters of the person's last name or the post's title transposed: one of the two misspelt it),
which must stay its copies.

Notices naming their person above the formula only (``above_notice_kinds``, their own random
stream, after every other page): one site's English, Spanish and Portuguese death notices
whose first line names the person ("Faleceu Albertina Amaral Godinho, viúva.") above one
week's formula, its day, hours, chapel ("Capela 3") and cemetery the same for all (stories34):
each ``abovenotice`` a label of its own with its ``mirror`` and ``namefix`` as above.

Preposition edits (``preposition_copies``, their own random stream, after every other page):
6 French reports (``tx.foreign_story``), each ``fr-wire`` with its ``prepedit`` copy, where a
sub-editor wrote other prepositions in every place ``tx.FR_PREPOSITION_EDITS`` names ("aux
inquiétudes des" as "à l'inquiétude de ces", "devant" as "face à", "selon" as "d'après"):
words ("de", "des", "à", "d'") that CLDR's names of some language hold, which must stay copies.

Copies under a new lead (``closing_kinds``): ``newlead``, the wire's story (7-12 paragraphs)
with its first paragraph replaced by a station's lead; ``shortlead``, the same on a
3-4-paragraph story, where the lead is a third of the page (README, Known limits).

Printed: pages, pairs, P/R overall; per kind the recall of the same-label pairs involving a
page of that kind and the false pairs (two labels in one cluster) involving one.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import copy_kinds_texts as tx
from _common import Run, figure, fmt, fresh_dir, progress, table

WIRE = "wirewire.example"
SITES = [
    f"{name}.example"
    for name in (
        "northcourier",
        "valleytimes",
        "baypost",
        "metrodaily",
        "citywire",
        "harbourherald",
        "ridgegazette",
        "eastender",
        "plainsnews",
        "coastline",
        "uplandvoice",
        "rivertoday",
        "lakesidejournal",
        "summitreport",
        "midlandsfeed",
        "capitalbrief",
    )
]
EN_KINDS = ("introtrim", "reorder", "split", "subedit", "related", "liveblog")
LANG_KINDS = {"ko": "ko-spacing", "tr": "tr-ascii", "de": "de-ss"}
NEGATIVE_KINDS = (
    "quote", "background", "template", "correction", "closing", "instance", "notice",
    "abovenotice",
)


@dataclass
class Page:
    url: str
    site: str
    title: str
    paras: list[str]
    published: str
    lang: str
    label: str
    kind: str

    def record(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "published": self.published,
            "language": self.lang,
            "text": "\n\n".join(self.paras),
        }


# --------------------------------------------------------------------------- copy kinds


def sentences(para: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", para) if s]


def intro_trim(story: tx.Story, rng: random.Random) -> list[str]:
    intro = rng.choice(tx.INTROS).format(
        place=story.place,
        subject=story.subject,
        day=rng.choice(tx.DAYS),
        venue=rng.choice(tx.VENUES),
        group=rng.choice(tx.GROUPS),
        Group=rng.choice(tx.GROUPS).title(),
        mood=rng.choice(tx.MOODS),
        venue_owner="the council",
        n=rng.randint(3, 12),
    )
    keep = max(2, round(len(story.paras) * rng.uniform(0.4, 0.6)))
    return [intro, *story.paras[:keep]]


def reorder(paras: list[str], rng: random.Random) -> list[str]:
    rest = paras[1:]
    while len(rest) > 1 and rest == paras[1:]:
        rng.shuffle(rest)
    return paras[:1] + rest


_SPELLED = {str(i): w for i, w in enumerate(tx.NUM_WORDS)}
_DIGITS = {w.capitalize(): str(i) for i, w in enumerate(tx.NUM_WORDS) if i > 1}


def subedit(story: tx.Story, rng: random.Random) -> list[str]:
    """Every sentence edited at least once in a house style (the module docstring)."""
    honorific = {last: ("Ms" if rng.random() < 0.5 else "Mr") for _, _, last in story.names}
    seen: set[str] = set()
    quote = rng.choice((("«", "»"), ("„", "“"), ("“", "”")))
    out = []
    for para in story.paras:
        edited = []
        for s in sentences(para):
            before = s
            s = re.sub(r"(?<![\d.,])\b(1[0-9]|20|[2-9])\b(?![,.]\d)", lambda m: _SPELLED[m[1]], s)
            s = re.sub(r"^(" + "|".join(_DIGITS) + r")\b", lambda m: _DIGITS[m[1]], s)
            s = s.replace(" percent", " per cent").replace("said in a statement", "said")
            for (title, _), first, last in story.names:
                full, hon = f"{title} {first} {last}", honorific[last]
                if full in s:
                    if full in seen:
                        s = s.replace(full, f"{hon} {last}")
                    seen.add(full)
                elif re.search(rf"\b{last}\b", s):
                    s = re.sub(rf"(?<!{first} )(?<!{hon} )\b{last}\b", f"{hon} {last}", s)
            s = re.sub(r"\"([^\"]+)\"", lambda m: quote[0] + m[1] + quote[1], s)
            if s.replace(quote[0], '"').replace(quote[1], '"') == before:
                for old, new in (
                    (" about ", " around "),
                    (" and ", " as well as "),
                    (" the ", " this "),
                    (" on ", " on "),
                ):
                    if old in s:
                        s = s.replace(old, new, 1)
                        break
            edited.append(s)
        out.append(" ".join(edited))
    return out


def related(story: tx.Story, others: list[tx.Story], rng: random.Random) -> list[str]:
    words = sum(len(p.split()) for p in story.paras)
    block: list[str] = [rng.choice(tx.RELATED_HEADS)]
    got = 0
    for other in rng.sample(others, len(others)):
        if got >= 0.67 * words:
            break
        teaser = f"{other.title}. {sentences(other.paras[0])[0]}"
        block.append(teaser)
        got += len(teaser.split())
    return [*story.paras, *block]


def liveblog(story: tx.Story, rng: random.Random, hour: int) -> list[str]:
    n = rng.randint(6, 9)
    at = rng.randint(1, n - 2)
    out: list[str] = []
    for i in range(n):
        t = f"{hour + (n - i) // 3:02d}:{rng.randint(0, 59):02d}"
        if i == at:
            out.append(f"{t} - {story.title}")
            out.extend(story.paras)
            continue
        out.append(
            rng.choice(tx.LIVE_ENTRIES).format(
                t=t,
                place=story.place,
                thing=rng.choice(("debris", "fallen tree", "stalled lorry")),
                group=rng.choice(tx.GROUPS),
                org=rng.choice(tx.ORGS),
                n=rng.randint(5, 40),
                mood=rng.choice(tx.MOODS),
            )
        )
    return out


_TR_ASCII = str.maketrans("ıİşŞğĞöÖüÜçÇâÂîÎûÛ", "iIsSgGoOuUcCaAiIuU")


def language_copy(kind: str, paras: list[str], rng: random.Random) -> list[str]:
    if kind == "ko-spacing":
        share = rng.uniform(0.2, 0.35)
        return [
            re.sub(
                r"(?<=[\uac00-\ud7a3]) (?=[\uac00-\ud7a3])",
                lambda m: "" if rng.random() < share else " ",
                p,
            )
            for p in paras
        ]
    if kind == "tr-ascii":
        return [p.translate(_TR_ASCII) for p in paras]
    if kind == "de-ss":
        return [p.replace("ß", "ss").replace("„", "«").replace("“", "»") for p in paras]
    raise ValueError(kind)


# --------------------------------------------------------------------------- the dump


class Adder:
    """Adds a generated page to ``pages``: on ``where`` or the next of :data:`SITES` in turn,
    published on 2026-11-``day`` at ``hour`` (a seeded minute), labelled by its story and
    kind.  Shared by this bench's and ``bench/newsroom_copies.py``'s generators."""

    def __init__(self, pages: list[Page], rng: random.Random) -> None:
        self.pages, self.rng, self.site_at = pages, rng, 0

    def site(self) -> str:
        self.site_at += 1
        return SITES[self.site_at % len(SITES)]

    def __call__(
        self,
        label: str,
        kind: str,
        title: str,
        paras: list[str],
        day: int,
        hour: int,
        lang: str = "en",
        where: str | None = None,
    ) -> None:
        host = where or self.site()
        self.pages.append(
            Page(
                f"https://{host}/{label}/{kind}-{len(self.pages)}",
                host,
                title,
                paras,
                f"2026-11-{day:02d}T{hour:02d}:{self.rng.randint(0, 59):02d}:00+00:00",
                lang,
                label,
                kind,
            )
        )


def build(seed: int, n_en: int) -> list[Page]:
    rng = random.Random(seed)
    pages: list[Page] = []
    add = Adder(pages, rng)

    stories = [tx.english_story(rng) for _ in range(n_en)]
    kinds = iter(EN_KINDS * n_en)
    for i, story in enumerate(stories):
        label, day = f"en{i}", 1 + i % 27
        add(label, "original", story.title, story.paras, day, 6, where=WIRE)
        add(
            label,
            "full",
            story.title,
            [f"{story.place.upper()} (Wire) - {story.paras[0]}", *story.paras[1:]],
            day,
            7,
        )
        for _ in range(1):
            kind = next(kinds)
            if kind == "introtrim":
                add(label, kind, story.title, intro_trim(story, rng), day, 8)
            elif kind == "reorder":
                add(label, kind, story.title, reorder(story.paras, rng), day, 9)
            elif kind == "split":
                half = len(story.paras) // 2
                add(
                    label,
                    "page1",
                    story.title,
                    [*story.paras[:half], "Continued on page 2"],
                    day,
                    9,
                )
                add(label, "page2", f"{story.title} (page 2)", story.paras[half:], day, 9)
            elif kind == "subedit":
                add(label, kind, story.title, subedit(story, rng), day, 10)
            elif kind == "related":
                others = [s for s in stories if s is not story]
                add(label, kind, story.title, related(story, others, rng), day, 11)
            elif kind == "liveblog":
                add(label, kind, f"Live: {story.place} updates", liveblog(story, rng, 9), day, 12)
    for lang, kind in LANG_KINDS.items():
        for i in range(4):
            story = tx.foreign_story(rng, lang)
            label, day = f"{lang}{i}", 3 + i
            add(label, "original", story.title, story.paras, day, 5, lang, WIRE)
            add(label, "full", story.title, story.paras, day, 6, lang)
            add(
                label,
                kind,
                language_copy(kind, [story.title], rng)[0],
                language_copy(kind, story.paras, rng),
                day,
                7,
                lang,
            )
    negatives(rng, stories, add)
    reissue_copies(random.Random(seed * 7919 + 1), add)
    closing_kinds(random.Random(seed * 7919 + 2), add)
    template_kinds(random.Random(seed * 7919 + 3), add)
    accent_copies(random.Random(seed * 7919 + 4), add)
    notice_kinds(random.Random(seed * 7919 + 5), add)
    preposition_copies(random.Random(seed * 7919 + 6), add)
    above_notice_kinds(random.Random(seed * 7919 + 7), add)
    return pages


def preposition_copies(rng: random.Random, add: Any, n: int = 6) -> None:
    """``n`` French reports (labels ``frp0`` …, two a day, negatives of one another and of
    the accent kinds' French reports), each an ``fr-wire`` page with its ``prepedit`` copy
    (:data:`tx.FR_PREPOSITION_EDITS` applied wherever they occur).  Their own random stream,
    after every other page: the pages above are as before."""
    for i in range(n):
        story = tx.foreign_story(rng, "fr")
        label, day = f"frp{i}", 24 + i // 2
        edited = []
        for para in story.paras:
            for old, new in tx.FR_PREPOSITION_EDITS:
                para = para.replace(old, new)
            edited.append(para)
        add(label, "fr-wire", story.title, story.paras, day, 5, "fr", WIRE)
        add(label, "prepedit", story.title, edited, day, 7, "fr")


def notice_kinds(rng: random.Random, add: Any) -> None:
    """One site's notices of one week (``tx.NOTICE_TEMPLATES``: death notices and job offers
    in French, English and Spanish), each filled for 4 people or posts: kind ``notice``,
    labels ``nt0`` ... (negatives of one another), each with a ``mirror`` (a byline line of
    another site on top) and a ``namefix`` (the notice with two letters of its person's last
    name, or its post's title, transposed: one of the two misspelt it), which must stay its
    copies.  Their own random stream, after every other page: the pages above are as
    before."""
    n = 0
    for t, (lang, title, body, byline) in enumerate(tx.NOTICE_TEMPLATES):
        firsts, lasts = tx.NOTICE_NAMES[lang]
        host = f"notices{t}-{lang}.example"
        people = rng.sample(range(len(firsts)), 4)
        places = rng.sample(tx.NOTICE_PLACES[lang], 8)
        posts = rng.sample(tx.NOTICE_POSTS.get(lang, [""] * 4), 4)
        for k in range(4):
            fill = {"first": firsts[people[k]], "last": rng.choice(lasts),
                    "kinlast": rng.choice(lasts), "town": places[2 * k],
                    "place": places[2 * k + 1], "d": 1 + k + rng.randint(0, 2),
                    "age": rng.randint(52, 97), "ref": f"{rng.randint(10, 99)}{k}",
                    "years": rng.randint(3, 7), "post": posts[k],
                    "title": rng.choice(tx.NOTICE_TITLES[lang]),
                    "role": rng.choice(tx.NOTICE_ROLES.get(lang, [""]))}  # fmt: skip
            label, day = f"nt{n}", 1 + k
            paras = [p.format(**fill).replace("  ", " ") for p in body]
            heading = f"{title}: {fill['first']} {fill['last']}" if "{first}" in "".join(body) \
                else f"{title}: {fill['post']}"
            add(label, "notice", heading, paras, day, 8, lang, host)
            add(label, "mirror", heading, [byline, *paras], day, 12, lang)
            slot = "last" if "{last}" in "".join(body) else "post"
            word = str(fill[slot])
            typo = {**fill, slot: word[:-3] + word[-2] + word[-3] + word[-1]}
            add(label, "namefix", heading, [p.format(**typo).replace("  ", " ") for p in body],
                day, 10, lang)
            n += 1


def above_notice_kinds(rng: random.Random, add: Any) -> None:
    """One site's notices naming their person above the formula only
    (``tx.ABOVE_NOTICE_TEMPLATES``: English, Spanish and Portuguese; the title and the first
    line name the deceased, the rest is one week's formula, its day, hours, chapel and
    cemetery the same for every notice), each filled for 4 people: kind ``abovenotice``,
    labels ``an0`` ... (negatives of one another), each with a ``mirror`` (a byline line of
    another site on top) and a ``namefix`` (two letters of the last name transposed), which
    must stay its copies.  Their own random stream, after every other page."""
    n = 0
    for t, (lang, title, first_line, body, byline) in enumerate(tx.ABOVE_NOTICE_TEMPLATES):
        firsts, lasts = tx.ABOVE_NOTICE_NAMES[lang]
        host = f"above{t}-{lang}.example"
        people = rng.sample(range(len(firsts)), 4)
        for k in range(4):
            fill = {"first": firsts[people[k]], "last": rng.choice(lasts),
                    "born": rng.choice(lasts), "title": rng.choice(["Don", "Doña"]),
                    "role": rng.choice(tx.ABOVE_NOTICE_ROLES[lang])}  # fmt: skip
            label, day = f"an{n}", 2
            heading = f"{title}: {fill['first']} {fill['last']}"
            paras = [first_line.format(**fill), *body]
            add(label, "abovenotice", heading, paras, day, 8 + k, lang, host)
            add(label, "mirror", heading, [byline, *paras], day, 12, lang)
            word = str(fill["last"])
            typo = {**fill, "last": word[:-3] + word[-2] + word[-3] + word[-1]}
            add(label, "namefix", heading, [first_line.format(**typo), *body], day, 14, lang)
            n += 1


def template_kinds(rng: random.Random, add: Any) -> None:
    """One template filled for three periods (``tx.TEMPLATES``: a dividend or quarterly
    release in four languages, the weekly jobless claims, a city's gas prices): each instance
    (kind ``instance``, label ``ti0`` ...: the instances of one template are negatives of one
    another) with a site's ``pickup`` (a disclaimer line on top, the last boilerplate
    paragraph cut), a ``corrected`` copy (one figure fixed) and an ``updated`` copy (a
    paragraph of new figures added below the body), which must stay its copies.  Their own
    random stream, after every other page: the pages above are as before."""
    n = 0
    for lang, title, body, tail, alike in tx.TEMPLATES:
        months, weekdays = tx.MONTH_NAMES[lang], tx.WEEKDAY_NAMES.get(lang, tx.DAYS)
        host = f"ir.{title.split()[0].lower()}.example"

        def figures() -> dict[str, Any]:
            return {"a": rng.randint(1, 9), "n": rng.randint(12, 99), "p": rng.randint(20, 240),
                    "y": rng.randint(1, 7), "c": rng.randint(10, 99),
                    "c2": rng.randint(10, 99), "c3": rng.randint(10, 99)}

        same = {k: v for k, v in figures().items() if k in alike}
        for k, first in enumerate(rng.sample(range(12), 3)):
            fill = {"m1": months[first], "m2": months[(first + 1) % 12],
                    "d1": rng.randint(1, 28), "d2": rng.randint(1, 28),
                    "d3": rng.randint(1, 28), "w": rng.choice(weekdays), **figures(), **same}
            label, day = f"ti{n}", 1 + 9 * k
            paras = [p.format(**fill) for p in body]
            add(label, "instance", title, [*paras, *tail], day, 7, lang, host)
            head = tx.PICKUP_HEADS[lang]
            add(label, "pickup", f"{title}: {fill['m1']}", [head, *paras, *(tail[:-1] or tail)],
                day, 9, lang)
            # one figure fixed: a date's day (a record or payment date), else a price
            slot = next(k for k in ("d3", "d2", "c") if "{" + k + "}" in "".join(body))
            fixed = {**fill, slot: fill[slot] % 28 + 1}
            add(label, "corrected", title, [*(p.format(**fixed) for p in body), *tail], day, 10,
                lang)
            update = tx.UPDATE_PARAS[lang].format(**{**figures(), "w": fill["w"]})
            add(label, "updated", title, [*paras, update, *tail], day, 11, lang)
            n += 1


def closing_kinds(rng: random.Random, add: Any) -> None:
    """Pages sharing a closing block (kind ``closing``, negatives: each page a label of its
    own and its ``reprint``) and the copies under a new lead that must stay copies (kinds
    ``newlead`` and ``shortlead``), labels ``cl0`` ... and ``nl0`` ...  Their own random
    stream, after every other page: the pages above are as before."""
    n = 0

    def alone(title: str, paras: list[str], lang: str, day: int, hour: int) -> None:
        nonlocal n
        add(f"cl{n}", "closing", title, paras, day, hour, lang)
        add(f"cl{n}", "reprint", title, paras, day, hour + 1, lang)
        n += 1

    # a site group's closing paragraphs under different short local stories (25-35 words)
    for lang, lines in {**tx.CLOSING_LEADS, "es": tx.ES_LEADS}.items():
        for i, lead in enumerate(lines):
            alone(f"{lang} local {i + 1}", [lead, *tx.CLOSING_BLOCKS[lang]], lang, 14, 8 + i)
    # one company's releases about different events: a one-paragraph announcement above the
    # same portrait, forward-looking statements and source line, no "About" heading
    company = {"company": "Northwind Logistics Corp.", "depots": rng.randint(120, 300),
               "countries": rng.randint(8, 20), "staff": f"{rng.randint(11, 40)},000"}
    tail = [para.format(**company) for para in tx.RELEASE_BOILERPLATE]
    for i, lead in enumerate(tx.RELEASE_LEADS):
        fill = {**company, "city": rng.choice(tx.PLACES).upper(), "month": tx.MONTHS[9 + i % 3],
                "month2": tx.MONTHS[i % 3], "d": rng.randint(1, 28),
                "person": " ".join((rng.choice(tx.FIRSTS), rng.choice(tx.LASTS))),
                "place": rng.choice(tx.PLACES), "n": rng.randint(80, 400)}
        alone(f"Northwind Logistics release {i + 1}", [lead.format(**fill), *tail], "en",
              15 + i, 9)
    # copies under a new lead of their own: the wire's story with its first paragraph
    # replaced, a long story (7-12 paragraphs) and a short one (3-4)
    for i in range(8):
        kind = "newlead" if i < 5 else "shortlead"
        story = tx.english_story(rng, None if kind == "newlead" else 6)
        label, day = f"nl{i}", 2 + i
        add(label, "original", story.title, story.paras, day, 6, where=WIRE)
        add(label, "full", story.title, story.paras, day, 7)
        fill = {"PLACE": story.place.upper(), "place": story.place, "subject": story.subject,
                "day": rng.choice(tx.DAYS), "group": rng.choice(tx.GROUPS),
                "mood": rng.choice(tx.MOODS)}
        lead = rng.choice(tx.NEW_LEADS).format(**fill)
        add(label, kind, story.title, [lead, *story.paras[1:]], day, 8)


def reissue_copies(rng: random.Random, add: Any, n: int = 8) -> None:
    """The re-issue kinds (the module docstring), labels ``ri0`` ..."""
    for i in range(n):
        parts = [tx.english_story(rng, 18) for _ in range(3)]
        story, paras = parts[0], [p for part in parts for p in part.paras]
        label, day = f"ri{i}", 1 + i % 27
        add(label, "original", story.title, paras, day, 6, where=WIRE)
        add(label, "full", story.title, [f"{story.place.upper()} (Wire) - {paras[0]}",
                                          *paras[1:]], day, 7)
        spare = " ".join(tx.english_story(rng, 6).paras).replace(".", "").split()
        share = rng.uniform(0.06, 0.08)
        edited = [
            " ".join(rng.choice(spare) if rng.random() < share else w for w in p.split())
            for p in paras
        ]
        edited[-1] += " " + sentences(tx.english_story(rng).paras[0])[0]
        add(label, "reissue", story.title, edited, day, 8)
        intro = sentences(tx.english_story(rng).paras[0])[0]
        start = rng.randint(len(paras) // 3, len(paras) // 2)
        add(label, "excerpt", story.title, [intro, *paras[start : start + rng.randint(4, 5)]],
            day, 9)
        add(label, "brief", story.title, paras[: rng.randint(2, 3)], day, 10)


def stripped(text: str) -> str:
    """``text`` as a site or scraper writing ASCII prints it: each letter without its accents
    (NFKD, combining marks dropped; ``đ`` as ``d``)."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return plain.replace("đ", "d").replace("Đ", "D")


_UE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def accent_copies(rng: random.Random, add: Any, n: int = 6) -> None:
    """The accent kinds (newcomer 32's finding 10): ``n`` French, Vietnamese and German
    reports of one template each (labels ``fra0``, ``via0``, ``dea0`` …, two a day: reports of
    one language are negatives of one another), each with its ``full`` copy and its copy
    without accents (``fr-ascii``, ``vi-ascii``, ``de-ascii``: :func:`stripped`); the German
    ones also with umlauts written ``ae oe ue`` (``de-ue``)."""
    for lang in ("fr", "vi", "de"):
        for i in range(n):
            story = tx.foreign_story(rng, lang)
            label, day = f"{lang}a{i}", 20 + i // 2
            add(label, "original", story.title, story.paras, day, 5, lang, WIRE)
            add(label, "full", story.title, story.paras, day, 6, lang)
            add(label, f"{lang}-ascii", stripped(story.title), [stripped(p) for p in story.paras],
                day, 7, lang)
            if lang == "de":
                add(label, "de-ue", story.title.translate(_UE),
                    [p.translate(_UE) for p in story.paras], day, 8, lang)


def negatives(rng: random.Random, stories: list[tx.Story], add: Any) -> None:
    n = 0

    def pair(kind: str, title: str, paras: list[str], day: int, hour: int) -> None:
        nonlocal n
        n += 1
        add(f"neg{n}", kind, title, paras, day, hour)
        add(f"neg{n}", "reprint", title, paras, day, hour + 1)

    for shared, kind in ((tx.SHARED_QUOTES, "quote"), (tx.SHARED_BACKGROUND, "background")):
        for text in shared:
            for j in range(2):
                story = tx.english_story(rng, rng.choice((3, 4, 9)))
                paras = [*story.paras[:1], text, *story.paras[1:]] if j else [text, *story.paras]
                pair(kind, story.title, paras, 20, 8 + j)
    for j in range(7):
        fill = {
            "force": rng.choice(("Kessington", "Dunmere", "Vossberg")),
            "age": rng.randint(17, 88),
            "person": rng.choice(("man", "woman", "cyclist", "pedestrian")),
            "hospital": rng.choice(
                ("St Aurel's Hospital", "Pellham General", "Fennick Royal Infirmary")
            ),
            "injury": rng.choice(("serious", "life-threatening", "minor", "head")),
            "road": f"{rng.choice('ABM')}{rng.randint(1, 999)}",
            "place": rng.choice(tx.PLACES),
            "time": f"{rng.randint(1, 11)}.{rng.randint(10, 59)}{rng.choice(('am', 'pm'))}",
            "day": rng.choice(tx.DAYS),
            "vehicle": rng.choice(("van", "lorry", "taxi", "bus")),
            "hours": rng.randint(2, 9),
            "phone": rng.choice(("101", "999")),
            "ref": f"{rng.randint(100, 999)} of {rng.randint(1, 28)} {rng.choice(tx.MONTHS)}",
        }
        pair(
            "template",
            f"Appeal after {fill['road']} collision near {fill['place']}",
            [tx.TEMPLATE_REPORT.format(**fill)],
            21 + (j >= 5),
            9 + j,
        )
    for story in rng.sample(stories, 4):
        wrong = f"misstated the number of people affected by {story.subject} in {story.place}"
        right = sentences(rng.choice(story.paras))[0]
        text = tx.CORRECTION.format(day=rng.choice(tx.DAYS), wrong=wrong, right=right)
        pair("correction", f"Correction: {story.title}", [text], 22, 10)


# --------------------------------------------------------------------------- run and score


def run_clipper(records: Path, db: Path, workers: int) -> dict[str, str]:
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.export import records as exported
    from clipper.pipeline import dedupe

    archive = open_archive(str(db))
    summary = dedupe(archive, [str(records)], Config(workers=workers))
    progress(
        f"  clipper: {summary.stored} stored, skipped {summary.skipped}, {summary.seconds:.1f}s"
    )
    out = {row["url"]: f"c{row['cluster_id']}" for row in exported(archive) if row["url"]}
    archive.close()
    return out


def score(pages: list[Page], cluster: dict[str, str]) -> dict[str, Any]:
    """Pairwise P/R, and per kind the same-label pairs involving it found together and the
    false pairs involving it."""
    got = [cluster.get(p.url, f"missing:{p.url}") for p in pages]
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false: Counter[str] = Counter()
    tp = fp = fn = 0
    false_pairs = []
    for a in range(len(pages)):
        for b in range(a + 1, len(pages)):
            same, together = pages[a].label == pages[b].label, got[a] == got[b]
            kinds = {pages[a].kind, pages[b].kind}
            if same:
                tp += together
                fn += not together
                for k in kinds:
                    total[k] += 1
                    hit[k] += together
            elif together:
                fp += 1
                for k in kinds:
                    false[k] += 1
                false_pairs.append((pages[a].url, pages[b].url))
    rows = {
        k: {
            "pairs": total[k],
            "recall": hit[k] / total[k] if total[k] else None,
            "false_pairs": false[k],
        }
        for k in sorted(set(total) | set(false))
    }
    return {
        "pages": len(pages),
        "missing": sum(1 for g in got if g.startswith("missing:")),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "true_pairs": tp + fn,
        "false_pairs": fp,
        "by_kind": rows,
        "false_pair_urls": false_pairs[:40],
    }


def misses(pages: list[Page], cluster: dict[str, str]) -> list[str]:
    """Each copy not in its original's cluster, by URL."""
    original = {p.label: cluster.get(p.url) for p in pages if p.kind in ("original",)}
    return [
        f"{p.kind:12} {p.url}"
        for p in pages
        if p.label in original and cluster.get(p.url) != original[p.label]
    ]


def run_seeds(
    name: str, label: str, description: str, build: Callable[[int, int], list[Page]],
    bases: int,
) -> None:
    """The command of a copy-kinds bench (this one's and ``bench/newsroom_copies.py``'s):
    for each ``--seed``, ``build(seed, --bases)``'s pages as JSON Lines, clipper on them, the
    pair precision and recall by kind printed (``--misses``: each copy missed, each false pair)
    and written to ``bench/results/NAME.json`` as figures named "LABEL seed N …"."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--bases", type=int, default=bases, help="English stories a seed")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--misses", action="store_true", help="print each copy missed")
    args = parser.parse_args()
    run = Run(name)
    results: dict[str, Any] = {}
    for seed in args.seed:
        folder = fresh_dir(f"{name}/seed-{seed}")
        pages = build(seed, args.bases)
        records = folder / "records.jsonl"
        with open(records, "w", encoding="utf-8") as fh:
            for page in pages:
                fh.write(json.dumps(page.record(), ensure_ascii=False) + "\n")
        progress(f"seed {seed}: {len(pages)} pages under {folder}")
        cluster = run_clipper(records, folder / "archive.db", args.workers)
        result = score(pages, cluster)
        results[str(seed)] = result
        print(
            f"\nseed {seed}: {result['pages']} pages, {result['true_pairs']} same-label pairs, "
            f"P {fmt(result['precision'])} R {fmt(result['recall'])}, "
            f"false pairs {result['false_pairs']}, missing {result['missing']}"
        )
        print(
            table(
                [
                    [k, v["pairs"], fmt(v["recall"]), v["false_pairs"]]
                    for k, v in result["by_kind"].items()
                ],
                ["kind", "same-label pairs", "recall", "false pairs"],
            )
        )
        if args.misses:
            for line in misses(pages, cluster):
                print("  missed", line)
            for a, b in result["false_pair_urls"]:
                print("  false ", a, b)
        run.add(
            figure(f"{label} seed {seed} precision", result["precision"]),
            figure(f"{label} seed {seed} recall", result["recall"]),
        )
    run.data["results"] = results
    run.write()


def main() -> None:
    run_seeds("copy_kinds", "copy kinds", (__doc__ or "").split("\n")[0], build, 48)


if __name__ == "__main__":
    main()
