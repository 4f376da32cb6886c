"""``clipper search``: full-text search over the archive's canonical articles.

The user's query is parsed here into a tree, and the archive's backend (clipper.backends)
writes it back out in its own syntax: an FTS5 MATCH expression on SQLite, in which every word or
phrase is a double-quoted FTS5 string and the only bare words are the operators it emits; a
``to_tsquery`` expression of quoted lexemes on PostgreSQL.  User text therefore never reaches a
query syntax raw (a stray ``-``, ``:`` or ``^`` cannot become a column filter or a syntax error)
and never reaches SQL at all: the expression is a bound parameter.  Query words are folded and
split exactly as the index's search text is (clipper.searchtext), so both backends find the same
words, Chinese, Japanese and Korean words inside sentences included.

Query syntax (see :func:`parse_query`):

- ``word`` – a word, matched case- and accent-insensitively (``zurich`` finds "Zürich"), after
  NFKC folding (``ﬁne`` finds "fine", ``１２`` finds "12"); on PostgreSQL also stemmed in the
  page's language (``strikes`` finds "strike" in English pages).
- ``地铁``, ``図書館`` – a Chinese, Japanese or Korean word, found inside a sentence.
- ``"exact phrase"`` – the words in this order (straight or curly double quotes).
- ``strik*`` / ``"three-day stri"*`` (or ``"three-day stri*"``) – prefix: words starting with
  the last word given.
- ``=Total`` / ``="Royal Dutch Shell"`` / ``=Total*`` – exact case: the name as written, capital
  included, in an article's text and not as a sentence's first word (:mod:`clipper.casematch`):
  ``=Total`` finds the oil company, not "the total cost".  The index finds the pages holding
  the words in any case; only those pages' stored texts are read and checked.
- ``a b`` – both (an implicit AND); ``a AND b``, ``a OR b``, ``a NOT b``, ``a AND NOT b``.
- ``( … )`` – grouping.  Precedence without parentheses is FTS5's: NOT, then AND, then OR.
- Operators are the upper-case words AND, OR and NOT.  Written in lower case (``not``) or in
  quotes (``"NOT"``) they are ordinary words.
- NOT is "this but not that": it needs a term on each side.  A lone NOT, a leading NOT
  (``NOT picket``) or ``a OR NOT b`` is an error, because FTS5 cannot list "everything except";
  the message says how to write it instead.
- There are no column filters or NEAR groups: ``title:strike`` is the two words "title strike"
  (punctuation inside a word splits it, as in the index), ``NEAR`` is a word.
- Words made only of punctuation (``-``, ``;``, ``--``) are separators and are dropped, as the
  index itself drops them.  An empty phrase ``""`` is an error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, text

from clipper.archive import Archive
from clipper.backends import Backend
from clipper.backends.sqlite import fts5_expression
from clipper.dates import DateError, day_start, parse_when, zoned
from clipper.declaredlanguage import known_language
from clipper.headlines import cluster_headlines
from clipper.language import spellings
from clipper.searchtext import QueryTokens, query_tokens, snippet
from clipper.sites import is_host, site_key, site_spellings

DEFAULT_LIMIT = 20
# Default snippet markers: plain characters, so JSON and pipes need no HTML or ANSI handling.
MARKS = ("[", "]")
# Guards against pathological input (a recursive parser and FTS5 both pay per level / term).
MAX_TERMS = 64
MAX_DEPTH = 16
_SNIPPET_TOKENS = 14
_QUOTES = '"“”„'
TokenKind = Literal["term", "and", "or", "not", "lparen", "rparen"]
_OPERATORS: dict[str, TokenKind] = {"AND": "and", "OR": "or", "NOT": "not"}


class QueryError(ValueError):
    """A search query or filter that cannot be run; the message says what to change."""


# --- parsing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: TokenKind
    position: int  # 1-based character, for error messages
    text: str = ""
    prefix: bool = False
    phrase: bool = False
    exact: bool = False


@dataclass(frozen=True)
class Term:
    """A word or phrase; ``exact``: written ``=Total``, matched with its capitals
    (:mod:`clipper.casematch`)."""

    text: str
    prefix: bool = False
    phrase: bool = False
    exact: bool = False


@dataclass(frozen=True)
class BinaryOp:
    op: Literal["AND", "OR", "NOT"]
    left: Node
    right: Node


Node = Term | BinaryOp


# "title:putin", "site:bbc.com": a field filter of other search engines' syntax
_FIELD_PREFIX = re.compile(r"^(?:title|text|body|site|url|author|lang|language|date):\S", re.I)


def _has_words(value: str) -> bool:
    return bool(query_tokens(value).tokens)


def tokenize(query: str) -> list[Token]:
    """Split ``query`` into words, phrases, operators and parentheses."""
    # Control characters and lone surrogates separate words: FTS5 ends a string at NUL, and a
    # surrogate cannot be encoded for SQLite at all.
    query = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in query)
    tokens: list[Token] = []
    i, n = 0, len(query)
    exact_at = -2  # where the last '=' of an exact-case term was
    while i < n:
        char = query[i]
        if char.isspace():
            i += 1
        elif char in "()":
            tokens.append(Token("lparen" if char == "(" else "rparen", i + 1))
            i += 1
        elif char == "=" and i + 1 < n and (query[i + 1] in _QUOTES or _starts_word(query, i + 1)):
            # =Total, ="Royal Dutch Shell": the name as written, with its capitals
            if i > 0 and not query[i - 1].isspace() and query[i - 1] not in "(":
                raise QueryError(
                    f"'=' at character {i + 1} must start a word or phrase, as in =Total"
                )
            exact_at = i
            i += 1
        elif char in _QUOTES:
            opening = i
            end = next((j for j in range(i + 1, n) if query[j] in _QUOTES), -1)
            if end < 0:
                raise QueryError(f'unclosed quote at character {i + 1}: add a closing "')
            phrase = query[i + 1 : end]
            if not _has_words(phrase):
                raise QueryError(f"the phrase at character {i + 1} has no words to search for")
            i = end + 1
            prefix = i < n and query[i] == "*"
            while i < n and query[i] == "*":
                i += 1
            # "hydrogen vess*": the star typed inside the quotes ends the last word, as after them
            inside = phrase.rstrip()
            if inside.endswith("*"):
                phrase, prefix = inside.rstrip("*"), True
            if "*" in phrase:
                star = opening + 2 + phrase.index("*")
                raise QueryError(
                    f"'*' at character {star} is inside a phrase: only its last word can be a "
                    'prefix, as in "three-day stri*"'
                )
            exact = exact_at == opening - 1
            tokens.append(Token("term", opening + 1, phrase, prefix, phrase=True, exact=exact))
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in "()" + _QUOTES:
                i += 1
            word = query[start:i]
            _refuse_minus(query, start, i, word)
            if word in _OPERATORS:
                tokens.append(Token(_OPERATORS[word], start + 1, word))
                continue
            stem = word.rstrip("*")
            if not _has_words(stem):
                if stem != word:
                    raise QueryError(f"'*' at character {start + 1} must end a word, as in strik*")
                continue  # punctuation only: a separator, as in the index
            if "*" in stem:
                # "put*in" would search the phrase "put in": say what * does instead
                star = start + stem.index("*") + 1
                raise QueryError(
                    f"'*' at character {star} must end a word (strik* finds strike, strikes); "
                    "it stands for no letters inside one"
                )
            if _FIELD_PREFIX.match(stem):
                raise QueryError(
                    f"{stem.split(':', 1)[0]!r}: at character {start + 1}: clipper search has no "
                    "fields; a word is looked for in titles and texts alike (use --site, --lang, "
                    "--since for the rest)"
                )
            exact = exact_at == start - 1
            tokens.append(Token("term", start + 1, stem, prefix=stem != word, exact=exact))
    return tokens


def _starts_word(query: str, at: int) -> bool:
    """Whether a word with letters or digits starts at ``at`` (after a ``=``)."""
    end = at
    while end < len(query) and not query[end].isspace() and query[end] not in "()" + _QUOTES:
        end += 1
    return _has_words(query[at:end].rstrip("*"))


def _refuse_minus(query: str, start: int, end: int, word: str) -> None:
    """A leading "-" (web search engines' "leave this word out") is refused, not read as
    punctuation: ``strike -crane`` would otherwise find the pages *with* "crane".  The message
    shows the user's own query written with NOT (:func:`_with_not`)."""
    if not word.startswith("-") or (start > 0 and not query[start - 1].isspace()):
        return
    rest = word.lstrip("-")
    if _has_words(rest.rstrip("*")):
        shown = left_out = word
    elif not rest and end < len(query) and query[end] in _QUOTES:
        shown = word + '"…"'  # -"a phrase"
        phrase = _PHRASE.match(query, end)
        left_out = phrase.group() if phrase is not None else '"…"'
    else:
        return  # punctuation only ("--"): a separator, as in the index
    left_out = left_out.lstrip("-")
    message = f"{shown} at character {start + 1}: a leading '-' does not leave words out; "
    rewritten = _with_not(query)
    if rewritten is None:
        message += f"write NOT between two terms, as in: strike NOT {left_out}"
    elif rewritten.startswith("NOT "):
        message += (
            "clipper cannot search for every page except those with a word: give the words the "
            f"pages must hold first, then NOT, as in: WORDS NOT {left_out}"
        )
    else:
        message += f"write NOT, as in: {rewritten}"
    raise QueryError(message)


# A word or phrase left out web-search style: "-crane", "--crane*", '-"night market"'
_MINUS_TERM = re.compile(r"(?:^|(?<=\s))-+(?=[^\s\-])")
_PHRASE = re.compile(r'["“”„][^"“”„]*["“”„]\**')
# "NOT crane", 'NOT "night market"*': a term _MINUS_TERM's rewriting put first
_LEADING_NOT = re.compile(r'NOT (?:["“”„][^"“”„]*["“”„]\**|\S+)')


def _with_not(query: str) -> str | None:
    """``query`` with each web-search "-word" written "NOT word", the words to keep first
    ("-crane strike" -> "strike NOT crane"); starts with "NOT" when there is no word to keep;
    None when the rewriting is no query clipper runs ("a OR -b")."""
    rewritten = _MINUS_TERM.sub("NOT ", query.strip())
    leading: list[str] = []
    while (match := _LEADING_NOT.match(rewritten)) is not None:
        leading.append(match.group())
        rewritten = rewritten[match.end() :].lstrip()
    if not rewritten:
        return " ".join(leading)
    rewritten = " ".join([rewritten, *leading])
    try:
        parse_query(rewritten)
    except QueryError:
        return None
    return rewritten


def lowercase_operators(query: str) -> list[str]:
    """The words of ``query`` that look like operators but are searched as words ("or",
    "Not"): operators are upper case only.  For a hint when nothing matched."""
    try:
        tokens = tokenize(query)
    except QueryError:
        return []
    words = {t.text for t in tokens if t.kind == "term" and not t.phrase}
    return sorted(word for word in words if word.upper() in _OPERATORS)


class _Parser:
    """Recursive descent over the grammar::

    query := or ; or := and ("OR" and)* ; and := not (["AND"] not | "AND" "NOT" primary)* ;
    not := primary ("NOT" primary)* ; primary := TERM | "(" or ")"
    """

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            raise QueryError("empty query: give at least one word to search for")
        node = self.parse_or()
        token = self.peek()
        if token is not None:
            # parse_or stops only at ')' or the end, so this is a ')' without its '('.
            raise QueryError(
                f"unbalanced parentheses: ')' at character {token.position} has no matching '('"
            )
        return node

    def parse_or(self) -> Node:
        node = self.parse_and()
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            self._operand_after(token)
            node = BinaryOp("OR", node, self.parse_and())
        return node

    def parse_and(self) -> Node:
        node = self.parse_not()
        while (token := self.peek()) is not None:
            if token.kind == "and":
                self.take()
                following = self.peek()
                if following is not None and following.kind == "not":
                    # "a AND NOT b" is how people write FTS5's "a NOT b".
                    self.take()
                    self._operand_after(following)
                    node = BinaryOp("NOT", node, self.parse_primary())
                    continue
                self._operand_after(token)
                node = BinaryOp("AND", node, self.parse_not())
            elif token.kind in ("term", "lparen"):
                node = BinaryOp("AND", node, self.parse_not())  # juxtaposition
            else:
                break
        return node

    def parse_not(self) -> Node:
        node = self.parse_primary()
        while (token := self.peek()) is not None and token.kind == "not":
            self.take()
            self._operand_after(token)
            node = BinaryOp("NOT", node, self.parse_primary())
        return node

    def parse_primary(self) -> Node:
        token = self.peek()
        if token is None:  # callers check operands first; kept as a guard
            raise QueryError("the query ends where a word was expected")
        if token.kind == "term":
            self.take()
            return Term(token.text, token.prefix, token.phrase, token.exact)
        if token.kind == "lparen":
            self.take()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError(f"parentheses nested more than {MAX_DEPTH} deep")
            inner = self.peek()
            if inner is not None and inner.kind == "rparen":
                raise QueryError(f"empty parentheses at character {token.position}")
            if inner is None:
                raise QueryError(
                    f"unbalanced parentheses: '(' at character {token.position} is never closed"
                )
            node = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise QueryError(
                    f"unbalanced parentheses: '(' at character {token.position} is never closed"
                )
            self.take()
            self.depth -= 1
            return node
        if token.kind == "rparen":
            raise QueryError(
                f"unbalanced parentheses: ')' at character {token.position} has no matching '('"
            )
        raise _missing_operand(token, before=True)

    def _operand_after(self, operator: Token) -> None:
        """Fail with a clear message unless a term or '(' follows ``operator``."""
        token = self.peek()
        if token is not None and token.kind == "not":
            raise _missing_operand(token, before=True)  # "a OR NOT b": explain NOT's rule
        if token is None or token.kind not in ("term", "lparen"):
            raise _missing_operand(operator, before=False)


def _missing_operand(operator: Token, *, before: bool) -> QueryError:
    word = operator.text or operator.kind.upper()
    where = f"{word} at character {operator.position}"
    if word == "NOT":
        return QueryError(
            f"{where}: NOT needs a term on each side, as in: strike NOT picket "
            "(searching for everything except a word is not supported; "
            'to search for the word itself write it in lower case or quotes: "not")'
        )
    side = "before" if before else "after"
    return QueryError(
        f"{where}: {word} needs a term on each side but has none {side} it "
        f'(to search for the word itself write it in lower case or quotes: "{word.lower()}")'
    )


def parse_query(query: str) -> Node:
    """Parse a user query into a tree of terms and AND/OR/NOT; raise QueryError if malformed."""
    tokens = tokenize(query)
    terms = sum(1 for token in tokens if token.kind == "term")
    if terms > MAX_TERMS:
        raise QueryError(f"too many words in the query ({terms}; at most {MAX_TERMS})")
    return _Parser(tokens).parse()


def fts5_query(query: str) -> str:
    """User query → FTS5 MATCH expression (raises QueryError); see clipper.backends.sqlite."""
    return fts5_expression(parse_query(query))


def has_exact(node: Node) -> bool:
    """Whether the query holds an exact-case term (``=Total``)."""
    if isinstance(node, Term):
        return node.exact
    return has_exact(node.left) or has_exact(node.right)


def relaxed(node: Node) -> Node:
    """What the full-text index can look for: exact-case terms as their folded words, and
    ``a NOT b`` as ``a`` where ``b`` holds one (the index cannot leave out only the capitalised
    "Total").  Matches every page the query matches, and more; :func:`exact_matches` keeps
    the right ones."""
    if isinstance(node, Term):
        return Term(node.text, node.prefix, node.phrase) if node.exact else node
    if node.op == "NOT" and has_exact(node.right):
        return relaxed(node.left)
    return BinaryOp(node.op, relaxed(node.left), relaxed(node.right))


def exact_matches(
    connection: Connection, backend: Backend, node: Node, ids: Sequence[int]
) -> set[int]:
    """Those of the pages ``ids`` (candidates the index found for :func:`relaxed`) that match
    ``node``: each exact-case term checked on the page's stored text
    (:func:`clipper.casematch.occurs`), each other term by the index (``backend.match_filter``,
    restricted to ``ids``), and the operators as sets.  Reads the texts of ``ids`` once, and
    runs one index look-up a distinct other term."""
    from clipper.casematch import occurs

    if not ids:
        return set()
    texts = {
        row.id: row.text
        for row in connection.execute(
            text("SELECT id, text FROM pages WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(ids)},
        )
    }
    found: dict[Term, set[int]] = {}

    def matching(part: Node) -> set[int]:
        if isinstance(part, BinaryOp):
            left = matching(part.left)
            if part.op == "AND":
                return left & matching(part.right)
            if part.op == "OR":
                return left | matching(part.right)
            return left - matching(part.right)
        if part not in found:
            if part.exact:
                found[part] = {
                    page for page, body in texts.items() if occurs(body, part.text, part.prefix)
                }
            else:
                clause, values = backend.match_filter(part, "term")
                query = text(
                    f"SELECT p.id FROM pages AS p WHERE p.id IN :ids AND {clause.format(id='p.id')}"
                ).bindparams(bindparam("ids", expanding=True))
                found[part] = set(connection.scalars(query, {**values, "ids": list(texts)}))
        return found[part]

    return matching(node)


def match_clause(archive: Archive, node: Node, name: str) -> tuple[str, dict[str, Any]]:
    """Every page matching ``node``, unranked and unlimited (``clipper export --query`` and
    ``--watch``): ``backend.match_filter``'s ``{id} IN (…)`` fragment and parameters; with an
    exact-case term, the pages the index finds for :func:`relaxed` are checked
    (:func:`exact_matches`, a batch at a time) and the fragment lists those that pass."""
    from clipper.config import EXACT_CASE_BATCH

    backend = archive.backend
    if not has_exact(node):
        return backend.match_filter(node, name)
    clause, values = backend.match_filter(relaxed(node), name)
    kept: list[int] = []
    with archive.engine.connect() as connection:
        candidates = list(
            connection.scalars(
                text(f"SELECT p.id FROM pages AS p WHERE {clause.format(id='p.id')} ORDER BY p.id"),
                values,
            )
        )
        for start in range(0, len(candidates), EXACT_CASE_BATCH):
            batch = candidates[start : start + EXACT_CASE_BATCH]
            kept.extend(sorted(exact_matches(connection, backend, node, batch)))
    # page ids are integers the archive gave: written into the SQL, not user text
    listed = ", ".join(str(int(page_id)) for page_id in kept)
    return (f"{{id}} IN ({listed})" if kept else "1 = 0"), {}


def positive_terms(node: Node) -> list[QueryTokens]:
    """The terms a match contains (not those after NOT), as index words: what snippets mark."""
    if isinstance(node, Term):
        return [query_tokens(node.text, node.prefix)]
    if node.op == "NOT":
        return positive_terms(node.left)
    return positive_terms(node.left) + positive_terms(node.right)


# --- filters ---------------------------------------------------------------------------------


def date_bounds(
    since: str | None,
    until: str | None,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    *,
    days: bool = False,
) -> tuple[str | None, str | None]:
    """``--since``/``--until`` → (inclusive lower, exclusive upper) ISO strings.

    Each is a date, a date-time or a span back from ``now`` (``7d``; see :mod:`clipper.dates`),
    ``today``, ``yesterday`` and dates being days of ``zone`` (``--tz``; None: UTC).
    Both ends are inclusive for the user: ``--until 2025-03-11`` keeps the whole of that day.
    Stored dates are ISO strings (a date, or a date-time in UTC), which compare as text: a
    whole day is its date (``2025-03-11``) when it starts at midnight UTC (in UTC, or with
    ``days``: the bounds a stored date, a day, is compared with), else the UTC time it starts
    at in ``zone`` (``2025-03-10T17:00:00`` in Asia/Jakarta).
    Raises :class:`QueryError` for a value that is neither, or a ``since`` after ``until``.
    """

    def day(value: date) -> str:
        start = day_start(value, None if days else zone)
        if start == datetime.combine(value, datetime.min.time()):
            return value.isoformat()  # a day of UTC: its date, as a stored date is written
        return start.isoformat(timespec="seconds")

    lower = upper = None
    try:
        if since:
            start, has_time = parse_when(since, "--since", now, zone)
            lower = start.isoformat(timespec="seconds") if has_time else day(start.date())
        if until:
            end, has_time = parse_when(until, "--until", now, zone)
            if end.date() == date.max:
                upper = None  # the last day there is: no upper bound
            elif has_time:
                upper = (end + timedelta(seconds=1)).isoformat(timespec="seconds")
            else:
                upper = day(end.date() + timedelta(days=1))
    except DateError as error:
        raise QueryError(str(error)) from None
    if lower and upper and lower >= upper:
        raise QueryError(f"--since {since} is after --until {until}")
    return lower, upper


def normalise_site(site: str) -> str:
    """``https://www.Daily-Harbor.example/x`` → ``daily-harbor.example``, ``DerStandard`` →
    ``derstandard``: the spelling the archive stores (:func:`clipper.sites.site_key`)."""
    value = site_key(site)
    if not value:
        raise QueryError(f"--site {site!r} is not a site name (e.g. dailyharbor.example)")
    return value


def normalise_lang(lang: str) -> str:
    """``en-GB`` → ``en``, ``deu``/``ger`` → ``de``, ``jpn`` → ``ja``, ``no`` → ``nb``: the code
    the archive stores for a page's language (:func:`clipper.declaredlanguage.known_language`,
    as a page's declared language is read: an ISO 639-1 code where the language has one, any
    ISO 639-2/3 code or BCP 47 tag accepted).  Raises :class:`QueryError` for a code that names
    no language (``zz``, ``english``, ``und``, private use)."""
    value = known_language(lang.replace("_", "-"))
    if value is None:
        raise QueryError(
            f"--lang {lang!r} is not a language code (ISO 639: e.g. en, de or deu, ja or jpn, "
            "pt-BR)"
        )
    return value


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def date_filters(
    since: str | None,
    until: str | None,
    params: dict[str, Any],
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> list[str]:
    """``--since``/``--until`` (:func:`date_bounds`, days of ``zone``) → constant SQL fragments
    over ``p``, a ``pages`` row: its publication date, falling back to the fetch date, then to
    when clipper stored the page (an undated text dump is found by the night it arrived); the
    bounds are put in ``params`` as ``since``/``until``.  Where a day of ``zone`` does not
    start at midnight UTC, a stored date (a day) is compared with the days
    (``since_day``/``until_day``), a stored time with the times the days start at.
    Raises :class:`QueryError`."""
    lower, upper = date_bounds(since, until, now, zone)
    lower_day, upper_day = date_bounds(since, until, now, zone, days=True)
    when = "coalesce(p.published, p.fetched_at, p.seen_at)"
    clauses = []
    for name, bound, by_day, test in (
        ("since", lower, lower_day, ">="), ("until", upper, upper_day, "<")
    ):
        if not bound:
            continue
        params[name] = bound
        if by_day == bound:
            clauses.append(f"{when} {test} :{name}")
        else:
            params[f"{name}_day"] = by_day
            clauses.append(
                f"CASE WHEN length({when}) = 10 THEN {when} {test} :{name}_day "
                f"ELSE {when} {test} :{name} END"
            )
    return clauses


def language_filter(languages: Sequence[str], params: dict[str, Any], name: str = "lang") -> str:
    """A constant SQL fragment over ``p`` keeping pages in any of ``languages`` (``--lang``),
    compared as primary subtags (``en-GB`` and ``en`` both keep ``en`` pages); the values go
    into ``params`` under names starting with ``name``.  Raises :class:`QueryError`."""
    tests = []
    wanted = sorted({code for lang in languages for code in spellings(normalise_lang(lang))})
    for number, lang in enumerate(wanted):
        key = f"{name}{number}"
        params[key], params[key + "_prefix"] = lang, _like_escape(lang) + "-%"
        tests.append(
            f"lower(p.language) = :{key} OR lower(p.language) LIKE :{key}_prefix ESCAPE '\\'"
        )
    return "(" + " OR ".join(tests) + ")"


# The archive's distinct sites, one index seek each (a loose index scan over pages.site: its
# cost follows the number of sites, not of pages), as a recursive CTE SQLite and PostgreSQL run.
_KNOWN_SITES = (
    "WITH RECURSIVE known(site) AS (SELECT min(site) FROM pages UNION ALL "
    "SELECT (SELECT min(n.site) FROM pages AS n WHERE n.site > known.site) FROM known "
    "WHERE known.site IS NOT NULL) "
)


def stored_sites(sites: Sequence[str], params: dict[str, Any], name: str = "site") -> str:
    """A constant SQL list or subquery, to follow ``IN``, of the stored sites that are one of
    ``sites`` (:func:`normalise_site`) or a subdomain of one: ``people.com.cn`` takes
    ``politics.people.com.cn`` (:func:`clipper.sites.within`); a site's name (no dot:
    ``derstandard``) only itself.  Values go into ``params`` under names starting with
    ``name``.  With a host given, the archive's distinct sites are walked (one index seek a
    site).  Raises :class:`QueryError`."""
    keys, subdomains = [], []
    wanted = {spelling for site in sites for spelling in site_spellings(normalise_site(site))}
    for number, site in enumerate(sorted(wanted)):
        key = f"{name}{number}"
        keys.append(f":{key}")
        params[key] = site
        if is_host(site):
            params[key + "_sub"] = "%." + _like_escape(site)
            subdomains.append(f"known.site LIKE :{key}_sub ESCAPE '\\'")
    listed = ", ".join(keys)
    if not subdomains:
        return f"({listed})"
    tests = " OR ".join([f"known.site IN ({listed})", *subdomains])
    return f"({_KNOWN_SITES}SELECT known.site FROM known WHERE {tests})"


def site_filter(
    sites: Sequence[str], params: dict[str, Any], *, variants: bool, name: str = "site"
) -> str:
    """A constant SQL fragment, ``{id}`` standing for a page id, keeping (``variants``) the
    pages of any of ``sites`` or their subdomains (:func:`stored_sites`), else the canonical
    articles of the clusters one of them carried (any page of the cluster: ``clipper search``
    without ``--variants``).  The normalised sites go into ``params`` under names starting
    with ``name``.  Raises :class:`QueryError`."""
    listed = stored_sites(sites, params, name)
    if variants:
        return f"{{id}} IN (SELECT s.id FROM pages AS s WHERE s.site IN {listed})"
    return (
        "{id} IN (SELECT c.canonical_page_id FROM clusters AS c "
        f"JOIN pages AS s ON s.cluster_id = c.id WHERE s.site IN {listed})"
    )


# --- searching -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One search result.  ``date`` is the publication date, else the fetch date; ``outlets``
    counts the distinct known sites in the page's cluster (pages without a site, such as
    plain-text dumps, are not counted); ``pages`` is the cluster's size; ``score`` is the
    backend's rank, lower is better (FTS5's bm25; minus PostgreSQL's ts_rank); ``snippet``
    marks matches with the caller's markers."""

    page_id: int
    cluster_id: int | None
    story_id: int | None
    is_canonical: bool
    title: str | None
    site: str | None
    date: str | None
    url: str | None
    outlets: int
    pages: int
    score: float
    snippet: str
    # ``date`` is a publication time its source wrote without a time zone, stored as written
    # (``pages.published_zoneless``): not UTC
    date_zoneless: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, ``date`` with its zone (:func:`clipper.dates.zoned`),
        but a zoneless one as written (no offset made up for it)."""
        return {**asdict(self), "date": self.date if self.date_zoneless else zoned(self.date)}


_EVERY = 2**31 - 1  # a LIMIT both databases take for "no limit"


def _passing(
    connection: Connection, backend: Backend, tree: Node, ranking: Sequence[Any], limit: int
) -> list[Any]:
    """The first ``limit`` rows of ``ranking`` whose pages match ``tree`` exactly
    (:func:`exact_matches`), checked :data:`clipper.config.EXACT_CASE_BATCH` pages at a time."""
    from clipper.config import EXACT_CASE_BATCH

    kept: list[Any] = []
    for start in range(0, len(ranking), EXACT_CASE_BATCH):
        batch = ranking[start : start + EXACT_CASE_BATCH]
        passing = exact_matches(connection, backend, tree, [row.id for row in batch])
        kept.extend(row for row in batch if row.id in passing)
        if len(kept) >= limit:
            break
    return kept[:limit]


def search(
    archive: Archive,
    query: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    variants: bool = False,
    limit: int = DEFAULT_LIMIT,
    marks: tuple[str, str] = MARKS,
    zone: tzinfo | None = None,
) -> list[Hit]:
    """The best ``limit`` matches for ``query``, best first.

    Without ``variants`` only canonical articles are searched and ``site`` keeps the stories
    that site carried (any page of the cluster); with ``variants`` every page is searched and
    ``site`` is the page's own.  ``since``/``until`` filter on the publication date, falling
    back to the fetch date, then to when clipper stored the page (as ``clipper stories``
    dates a story), so an undated text dump is found by the night it arrived; their days are
    days of ``zone`` (``--tz``; None: UTC: :func:`date_filters`).
    ``lang`` compares primary language subtags (``en-GB`` and ``en`` both keep ``en`` pages).
    """
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    tree = parse_query(query)
    backend = archive.backend
    exact = has_exact(tree)
    # with an exact-case term, every page the index finds is ranked, and checked best first
    # (clipper.casematch) until ``limit`` of them pass
    params: dict[str, Any] = {
        **backend.match_params(relaxed(tree)),
        "limit": _EVERY if exact else limit,
    }
    # Every fragment below is a constant; user values travel only as bound parameters.
    # ``{id}`` is the matched page's id in the backend's ranking query.
    id_filters: list[str] = []
    if site:
        id_filters.append(site_filter([site], params, variants=variants))
    elif not variants:
        id_filters.append("{id} IN (SELECT c.canonical_page_id FROM clusters AS c)")
    page_filters = date_filters(since, until, params, zone=zone)
    if lang:
        page_filters.append(language_filter([lang], params))
    # Ranking first, decoration after: the snippet and the outlet count cost more than the
    # rank, and are only computed for the hits shown.
    ranked = text(backend.ranked_sql(id_filters, page_filters))
    details = text(
        "SELECT p.id, p.cluster_id, c.story_id, p.title, c.canonical_page_id, p.site, p.url, "
        "p.text, "
        "coalesce(p.published, p.fetched_at) AS date, p.published_zoneless, "
        "CASE WHEN c.canonical_page_id = p.id THEN 1 ELSE 0 END AS is_canonical, "
        "coalesce(c.pages, 1) AS pages, "
        "(SELECT count(DISTINCT v.site) FROM pages AS v WHERE v.cluster_id = p.cluster_id) "
        "AS outlets "
        "FROM pages AS p LEFT JOIN clusters AS c ON c.id = p.cluster_id WHERE p.id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    terms = positive_terms(tree)
    hits: list[Hit] = []
    with archive.engine.connect() as connection:
        ranking = connection.execute(ranked, params).all()
        if exact:
            ranking = _passing(connection, backend, tree, ranking, limit)
        # One look-up for every hit shown (not one query per hit), put back in rank order.
        by_id = {
            row.id: row
            for row in connection.execute(details, {"ids": [r.id for r in ranking]})
        } if ranking else {}
        # a canonical shows its cluster's headline, and so does a copy without a title
        heads = cluster_headlines(
            connection,
            (
                f.canonical_page_id
                for f in by_id.values()
                if f.canonical_page_id is not None and (f.is_canonical or not f.title)
            ),
        )
        for row in ranking:
            found = by_id[row.id]
            hits.append(
                Hit(
                    page_id=found.id,
                    cluster_id=found.cluster_id,
                    story_id=found.story_id,
                    is_canonical=bool(found.is_canonical),
                    title=(
                        found.title
                        if found.title and not found.is_canonical
                        else heads.get(found.canonical_page_id, found.title)
                    ),
                    site=found.site,
                    date=found.date,
                    url=found.url,
                    outlets=found.outlets,
                    pages=found.pages,
                    score=round(float(row.score), 4) + 0.0,  # never -0.0
                    snippet=" ".join(
                        snippet(found.text or "", terms, marks, width=_SNIPPET_TOKENS).split()
                    ),
                    date_zoneless=bool(found.published_zoneless),
                )
            )
    return hits
