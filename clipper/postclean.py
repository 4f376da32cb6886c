"""The news post-clean: furniture lines trafilatura lets through, dropped from its text.

``post_clean(lines, title)`` takes trafilatura's normalised, non-empty lines of one page and
returns the lines to keep: the headline repeated among the first three lines goes, with the
lines before it (a kicker, a section name, a date, a teaser box) except the sentences right
above it (an "Update: ..." paragraph or a lede put above the headline is article text), and
so does every line one of :data:`POST_RULES` matches (newsletter prompts, "Comments", advertisement
markers, copyright lines, teaser lines tagged "[VIDEO]"/"[INSIGHT]"; "Click To Tweet" suffixes
are stripped).  Each rule is a regular expression matched against lines of at most
``max_words`` words; a ``starts_list`` rule also drops the "- item" lines that follow it.

A rule stays only if it does not lower F1 on the extraction sets it was not tuned on:
``bench/extraction.py`` prints each candidate rule's effect (:data:`CANDIDATE_RULES`) on all four
sets, and five rules tuned on the Zyte benchmark alone were measured out that way
(:data:`DROPPED_RULES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.furniture import matchers
from clipper.scripts import SENTENCE_END, count_words

__all__ = ["CANDIDATE_RULES", "DROPPED_RULES", "POST_RULES", "PostRule", "is_prose", "post_clean"]

_WORD = re.compile(r"\w+")


def is_prose(line: str) -> bool:
    """A sentence of an article: six words or more, ending like a sentence, and not a furniture
    prompt of a language table ("Already a subscriber? Log in.", a consent line)."""
    return (
        count_words(line) >= 6
        and SENTENCE_END.search(line) is not None
        and not matchers().is_furniture(line)
    )


@dataclass(frozen=True, slots=True)
class PostRule:
    """One news post-clean rule: a line the rule drops (``pattern`` matched with ``search``
    against lines of at most ``max_words`` words), or for ``strip`` rules a suffix removed."""

    name: str
    pattern: re.Pattern[str]
    max_words: int = 30
    strip: bool = False
    starts_list: bool = False  # the "- item" lines following a dropped line go too


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


CANDIDATE_RULES: tuple[PostRule, ...] = (
    PostRule(
        "read-more",
        _rx(
            r"^\[?(?:read more|read also|also read|read next|see more|see also|more|also"
            r"|related(?: posts?| stories| articles| content| coverage| links| reading)?"
            r"|recommended(?: reading)?|you (?:may|might) also like|don'?t miss|most read"
            r"|most popular|trending|top stories|more stories|latest(?: news)?)\b[\s:.…!|]*\]?$"
            r"|^\[?(?:read more|read also|also read|read next|see more|see also|related"
            r"|related (?:post|story|article|link)s?|recommended)\s*[:|]\s*\S.*"
            r"|^also on \w+\.\w+\b|^most read in [\w ]+$"
        ),
        max_words=30,
        starts_list=True,
    ),
    PostRule(
        "teaser-tags",
        re.compile(
            r"\[(?:INSIGHT|VIDEO|REACTION|WARNING|NEWS|PICS|PICTURES|POLL|REVEAL|LATEST"
            r"|UPDATE|LIVE)\]\s*\|?$"
        ),
        max_words=30,
    ),
    PostRule(
        "newsletter",
        _rx(
            r"^(?:sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:inbox|sign up"
            r"|subscribe)\b|^(?:get|receive) (?:the|our) .*\b(?:inbox|newsletters?)\b"
            r"|^\S+(?: \S+){0,3} newsletter$"
        ),
        max_words=40,
    ),
    PostRule(
        "social",
        _rx(
            r"\bfollow (?:us|him|her|them|me|@\w+|[\w.'’@ ]{1,60}?)"
            r" on (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok|threads)\b"
            r"|^follow\b.*\b(?:coverage|twitter|facebook|instagram)\b"
            r"|^like this (?:story|article)\?|^share (?:this (?:article|story|post|page)|on|via)\b"
            r"|^share$"
        ),
        max_words=40,
    ),
    PostRule(
        "comments",
        _rx(
            r"^(?:\d+ )?comments?$|^(?:view|show|leave|add|post|read) (?:a |the )?comments?$"
            r"|^tell us what you think\b"
        ),
        max_words=8,
    ),
    PostRule(
        "advertisement",
        _rx(
            r"^(?:advertisement|advertising|sponsored(?: content)?|ad"
            r"|(?:story|article) continues? below(?: advertisement)?)[\s.:]*$"
        ),
        max_words=6,
    ),
    PostRule(
        "wire-credits",
        _rx(
            r"^\(?(?:additional )?reporting by\b.*|\bcontributed (?:to )?(?:this|reporting)\b"
            r"[^.]*\.?\)?$|^(?:writing|editing) by\b.*"
        ),
        max_words=50,
    ),
    PostRule(
        # "© 2019 Associated Press. All Rights Reserved." is in the benchmark's bodies: only
        # the "copyright Site 2019" and reprint-notice forms go (the © form measured -0.0002).
        "copyright",
        _rx(r"^copyright\b.*|^this copy is for your personal, non-commercial use"),
        max_words=40,
    ),
    PostRule("click-here", _rx(r"\bclick here\b"), max_words=30),
    PostRule(
        "meta-lines",
        _rx(
            r"^(?:filed under|tags|tagged|topics|categories)\s*:.*|^tags$"
            r"|^\d+\s+min(?:ute)?s?\s+read$|^reading time:"
        ),
        max_words=20,
    ),
    PostRule("click-to-tweet", re.compile(r"\s*Click To Tweet$"), max_words=80, strip=True),
)

# Candidate rules measured out: they were tuned on Zyte, and their effect summed over the sets
# they were not tuned on (Fundus, Readability, newspaper4k's pages; bench/extraction.py, "rule
# effects") is negative: those sets' bodies keep "Related article: …", "Follow … on Twitter",
# "(Reporting by …; Editing by …)", "… click here." and "Topics: …" lines.  Lines of this kind
# that recur on a site's pages are still cut by the site-template stage (clipper/templates.py);
# linked "Read more: <a>…</a>" teasers by clipper.htmlprune.
DROPPED_RULES = frozenset({"read-more", "social", "wire-credits", "click-here", "meta-lines"})
POST_RULES: tuple[PostRule, ...] = tuple(
    r for r in CANDIDATE_RULES if r.name not in DROPPED_RULES
)

_LIST_LINE = re.compile(r"^[-–•*▪]\s")


def _title_key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def post_clean(
    lines: list[str],
    title: str | None,
    rules: tuple[PostRule, ...] = POST_RULES,
    drop_title: bool = True,
) -> list[str]:
    """Apply the news post-clean to trafilatura's (normalised, non-empty) lines.

    ``drop_title`` removes the headline when it is repeated among the first three lines (whole
    or as the part before a " | Site" / " - Site" suffix), and the lines before it, except the
    sentences (:func:`is_prose`) right above it: a kicker or a date above the headline goes, and
    so does a teaser box (a sentence, then its own short headline), while an update or editor's
    note paragraph, or a lede trafilatura put above the headline, stays."""
    start = 0
    out: list[str] = []
    if drop_title and title:
        tkey = _title_key(title)
        for i in range(min(3, len(lines))):
            lkey = _title_key(lines[i])
            if lkey and (lkey == tkey or (len(lkey) >= 20 and tkey.startswith(lkey))):
                j = i
                while j > 0 and is_prose(lines[j - 1]):
                    j -= 1
                out.extend(lines[j:i])
                start = i + 1
                break
    in_list = False
    for line in lines[start:]:
        n_words = line.count(" ") + 1
        if in_list and n_words <= 20 and _LIST_LINE.match(line):
            continue
        in_list = False
        dropped = False
        for rule in rules:
            if n_words > rule.max_words:
                continue
            if rule.strip:
                line = rule.pattern.sub("", line)
                continue
            if rule.pattern.search(line):
                dropped = True
                in_list = rule.starts_list
                break
        if not dropped and line:
            out.append(line)
    return out
