"""The search query language: a user's query (``clipper search``, ``export --query``, digest
watchlists) parsed into a tree of terms and AND/OR/NOT, refused with a :class:`QueryError`
that says what to change.

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
- ``"exact phrase"`` – the words in this order (straight or curly double quotes, or
  guillemets: « … », » … «, ‹ … ›).
- ``strik*`` / ``"three-day stri"*`` (or ``"three-day stri*"``) – prefix: words starting with
  the last word given.
- ``=Total`` / ``="Royal Dutch Shell"`` / ``=Total*`` – exact case: the name as written, capital
  included, in an article's text and not as a sentence's first word (:mod:`clipper.casematch`):
  ``=Total`` finds the oil company, not "the total cost".  The index finds the pages holding
  the words in any case; only those pages' stored texts are read and checked.
- ``ECOWAS``, ``OTAN`` – an international body's acronym typed in capitals finds its acronyms
  in other languages too: ``ECOWAS OR CEDEAO``, ``OTAN OR =NATO OR НАТО``
  (:mod:`clipper.acronyms`); quoted (``"ECOWAS"``) or typed in lower case it is sought alone.
- ``a b`` – both (an implicit AND); ``a AND b``, ``a OR b``, ``a NOT b``, ``a AND NOT b``.
- ``( … )`` – grouping.  Precedence without parentheses is FTS5's: NOT, then AND, then OR.
- Operators are the upper-case words AND, OR and NOT.  Written in lower case (``not``) or in
  quotes (``"NOT"``) they are ordinary words.
- The syntax's characters typed in their compatibility forms (NFKC) are read as their ASCII
  forms, as a Japanese, Chinese or Korean keyboard in full-width mode types them: ``ＯＲ``,
  ``ＡＮＤ``, ``ＮＯＴ`` are operators, ``＂…＂`` a phrase, ``（ … ）`` a group, ``＊`` a prefix,
  ``＝`` exact case (:func:`_syntax_forms`); a full-width word that is none (``ＮＨＫ``) is the
  word ``NHK``.
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
from dataclasses import dataclass
from typing import Literal

from clipper.acronyms import equivalents
from clipper.quoting import quoted

# The query words' folding (clipper.searchtext: ~40 ms of patterns and tables at import) and the
# FTS5 writer are imported by the functions that use them: show, stats and the digest import
# this module for QueryError and pay neither.

# Guards against pathological input (a recursive parser and FTS5 both pay per level / term).
MAX_TERMS = 64
MAX_DEPTH = 16


# Phrase quotes: straight, curly and low double quotes, and guillemets either way round
# (French « … », German and Swiss » … «, single ‹ … ›): a query pasted from a document
_QUOTES = '"“”„«»‹›'
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
# A leading minus as office software and input methods type it: hyphen-minus, hyphen,
# non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign, the small and
# full-width forms (Word's autocorrect makes " -word" " –word"; a Japanese IME types "－")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
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
    from clipper.searchterms import query_tokens

    return bool(query_tokens(value).tokens)


# The characters of the syntax: what a character whose NFKC form is one of these is read as
_SYNTAX = frozenset('()*="')


def _syntax_forms(query: str) -> str:
    """``query`` with each character whose NFKC form is one character of the syntax
    (:data:`_SYNTAX`: a full-width ``（ ） ＊ ＝ ＂`` as a Japanese, Chinese or Korean keyboard in
    full-width mode types them, a small form ``﹙ ﹚ ﹡``, a vertical form ``︵ ︶``) written as
    that ASCII character, the rest as typed: one character for one, so an error's position is
    the character the user typed."""
    if query.isascii():
        return query
    return "".join(
        folded
        if not char.isascii() and (folded := unicodedata.normalize("NFKC", char)) in _SYNTAX
        else char
        for char in query
    )


def _operator(word: str) -> TokenKind | None:
    """The operator ``word`` is (AND, OR, NOT, in capitals, or their full-width forms
    ``ＡＮＤ`` ``ＯＲ`` ``ＮＯＴ``, read by NFKC), else None."""
    if word in _OPERATORS:
        return _OPERATORS[word]
    if word.isascii():
        return None
    return _OPERATORS.get(unicodedata.normalize("NFKC", word))


def tokenize(query: str) -> list[Token]:
    """Split ``query`` into words, phrases, operators and parentheses; the syntax's characters
    and operators typed in compatibility forms (full-width ``ＯＲ``, ``（``, ``＂``, ``＊``,
    ``＝``) are read as their ASCII forms (:func:`_syntax_forms`, :func:`_operator`)."""
    # Control characters and lone surrogates separate words: FTS5 ends a string at NUL, and a
    # surrogate cannot be encoded for SQLite at all.
    query = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in query)
    query = _syntax_forms(query)
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
            end = next(
                (j for j in range(i + 1, n) if query[j] in _QUOTES and not _is_gershayim(query, j)),
                -1,
            )
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
        elif (amount_end := _spaced_amount(query, i)) is not None:
            # "Rs 1,200", "5 km", "$ 5 million": an amount typed with spaces is one term
            exact = exact_at == i - 1
            tokens.append(Token("term", i + 1, query[i:amount_end], phrase=True, exact=exact))
            i = amount_end
        else:
            start = i
            while (
                i < n
                and not query[i].isspace()
                and (query[i] not in "()" + _QUOTES or _is_gershayim(query, i))
            ):
                i += 1
            word = query[start:i]
            _refuse_minus(query, start, i, word)
            if (operator := _operator(word)) is not None:
                tokens.append(Token(operator, start + 1, word))
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
                    f"{quoted(stem.split(':', 1)[0])}: at character {start + 1}: clipper search "
                    "has no fields; a word is looked for in titles and texts alike (use --site, "
                    "--lang, --since for the rest)"
                )
            exact = exact_at == start - 1
            tokens.append(Token("term", start + 1, stem, prefix=stem != word, exact=exact))
    return _affixes_grouped(tokens)


def _spaced_amount(query: str, at: int) -> int | None:
    """Where an amount typed with a space in it (``Rs 1,200``, ``5 km``, ``20 per cent``,
    ``€3,5 Mrd.``: :func:`clipper.searchamounts.amounts`) that starts at ``at`` ends, when it
    ends a word of ``query``; else None.  Such an amount is one term, sought as its words in a
    row and by its key (:attr:`clipper.searchterms.QueryTokens.conditions`), not as words
    anywhere: ``Rs 1,200`` finds ``₹1,200`` and no page holding "Rs" and "1,200" apart."""
    if not any(char.isdigit() for char in query[at : at + 40]):
        return None
    from clipper.searchamounts import amounts

    found = amounts(query[at:])
    if not found or found[0][0] != 0:
        return None
    end = at + found[0][1]
    spaced = any(char.isspace() for char in query[at:end])
    ends_word = end == len(query) or query[end].isspace() or query[end] == ")"
    return end if spaced and ends_word else None


def _affixes_grouped(tokens: list[Token]) -> list[Token]:
    """``tokens`` with two words typed apart where Persian writes a half-space (``می شود``,
    ``کتاب ها``: :func:`clipper.scripts.persian_affixes_half_spaced`) sought as typed or as
    the word they make: ``(می شود OR "می شود")``, whose phrase also finds ``میشود``
    (:func:`clipper.searchterms.half_spaced_ways`), as a page writing the word without the
    half-space has it.  Other tokens as they are."""
    from clipper.scripts import persian_affixes_half_spaced

    grouped: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if (
            after is not None
            and token.kind == after.kind == "term"
            and not (token.phrase or token.prefix or token.exact)
            and not (after.phrase or after.exact)
            and not token.text.isascii()
        ):
            pair = f"{token.text} {after.text}"
            if persian_affixes_half_spaced(pair) != pair:
                grouped += [
                    Token("lparen", token.position),
                    token,
                    after,
                    Token("or", after.position, "OR"),
                    Token("term", token.position, pair, after.prefix, phrase=True),
                    Token("rparen", after.position),
                ]
                at += 2
                continue
        grouped.append(token)
        at += 1
    return grouped


def _is_gershayim(query: str, at: int) -> bool:
    """Whether the ``"`` at ``at`` stands between two Hebrew letters: the gershayim of an
    abbreviation as keyboards type it (``צה"ל``, ``ארה"ב``), part of the word, not a quote
    (the index reads it as the text's ``״`` is read, a word break: ``צה ל``)."""
    return (
        query[at] == '"'
        and 0 < at < len(query) - 1
        and _HEBREW_LETTER.match(query[at - 1]) is not None
        and _HEBREW_LETTER.match(query[at + 1]) is not None
    )


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
    if not word or word[0] not in _DASHES or (start > 0 and not query[start - 1].isspace()):
        return
    rest = word.lstrip(_DASHES)
    if _has_words(rest.rstrip("*")):
        shown = left_out = word
    elif not rest and end < len(query) and query[end] in _QUOTES:
        shown = word + '"…"'  # -"a phrase"
        phrase = _PHRASE.match(query, end)
        left_out = phrase.group() if phrase is not None else '"…"'
    else:
        return  # punctuation only ("--"): a separator, as in the index
    left_out = left_out.lstrip(_DASHES)
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
_DASH = re.escape(_DASHES)
_MINUS_TERM = re.compile(rf"(?:^|(?<=\s))[{_DASH}]+(?=[^\s{_DASH}])")
_PHRASE = re.compile(rf"[{_QUOTES}][^{_QUOTES}]*[{_QUOTES}]\**")
# "NOT crane", 'NOT "night market"*': a term _MINUS_TERM's rewriting put first
_LEADING_NOT = re.compile(rf"NOT (?:[{_QUOTES}][^{_QUOTES}]*[{_QUOTES}]\**|\S+)")


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
    "Not", full-width "ｏｒ"): operators are upper case only.  For a hint when nothing
    matched."""
    try:
        tokens = tokenize(query)
    except QueryError:
        return []
    words = {t.text for t in tokens if t.kind == "term" and not t.phrase}
    return sorted(
        word for word in words if unicodedata.normalize("NFKC", word).upper() in _OPERATORS
    )


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
            return _with_equivalents(Term(token.text, token.prefix, token.phrase, token.exact))
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


def _with_equivalents(term: Term) -> Node:
    """``term``, or where it is an acronym typed as :data:`clipper.acronyms.EQUIVALENTS` writes
    it (a whole word, not a phrase, prefix or ``=`` term), ``term OR`` its other languages'
    acronyms (``ECOWAS`` → ``ECOWAS OR CEDEAO``; ``UA`` → ``UA OR =AU``)."""
    if term.phrase or term.prefix or term.exact:
        return term
    node: Node = term
    for acronym, exact in equivalents(term.text):
        node = BinaryOp("OR", node, Term(acronym, exact=exact))
    return node


def _missing_operand(operator: Token, *, before: bool) -> QueryError:
    # the operator's ASCII name, as typed or typed full-width ("ＮＯＴ": _operator)
    word = operator.kind.upper() if operator.kind in ("and", "or", "not") else operator.text
    where = f"{operator.text or word} at character {operator.position}"
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
    from clipper.backends.sqlite import fts5_expression

    return fts5_expression(parse_query(query))


def has_exact(node: Node) -> bool:
    """Whether the query holds an exact-case term (``=Total``)."""
    if isinstance(node, Term):
        return node.exact
    return has_exact(node.left) or has_exact(node.right)


def relaxed(node: Node) -> Node:
    """What the full-text index can look for: exact-case terms as their folded words, and
    ``a NOT b`` as ``a`` where ``b`` holds one (the index cannot leave out only the capitalised
    "Total").  Matches every page the query matches, and more; :func:`clipper.search.exact_matches`
    keeps the right ones."""
    if isinstance(node, Term):
        return Term(node.text, node.prefix, node.phrase) if node.exact else node
    if node.op == "NOT" and has_exact(node.right):
        return relaxed(node.left)
    return BinaryOp(node.op, relaxed(node.left), relaxed(node.right))
