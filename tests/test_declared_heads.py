"""A page's declared language and tags are read from the meta tags that name a declaration
(Content-Language, og:locale, language, DC.language), found wherever they stand in a long head,
in either attribute order and any case; a script's own "language" field or a commented-out tag
declares nothing.  The search is narrowed to the tags holding a declaration's name: its matches
must be the whole head's.  Heads invented."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.declaredlanguage import (
    _LANG_META,
    _TAG_META,
    _meta_matches,
    declared_language,
    declared_tag,
    declared_tags,
)

_STYLE = "<style>" + "".join(f".c{i}{{margin:{i}px}}" for i in range(4000)) + "</style>"
_SCRIPT = (
    '<script>window.cfg={"language":"fr","locale":"fr_FR","meta":"<b>x</b>",'
    + ",".join(f'"k{i}":{i}' for i in range(3000))
    + "};</script>"
)


def _head(*tags: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset=utf-8>"
        + _STYLE
        + "".join(f'<meta name="twitter:x{i}" content="y{i}">' for i in range(200))
        + _SCRIPT
        + "".join(tags)
        + "</head><body>"
    ).encode("utf-8")


def test_a_declaration_after_100_kb_of_styles_and_scripts_is_read() -> None:
    head = _head('<meta property="og:locale" content="pt_BR">')
    assert len(head) > 100_000
    assert declared_language(head) == "pt"
    assert declared_tags(head) == ["pt_BR"]
    assert declared_tag(head) == "pt_BR"


def test_either_attribute_order_and_any_case_are_read() -> None:
    head = _head(
        '<META CONTENT="es-MX" NAME="Language">', '<meta content="de_AT" property="og:locale">'
    )
    assert declared_tags(head) == ["es-MX", "de_AT"]
    assert declared_language(head) == "es"


def test_a_scripts_language_field_and_a_commented_tag_declare_nothing() -> None:
    head = _head('<!-- <meta http-equiv="Content-Language" content="en"> -->')
    assert declared_language(head) is None
    assert declared_tags(head) == []
    # the same tag outside the comment declares
    assert declared_language(_head('<meta http-equiv="Content-Language" content="en">')) == "en"


_PARTS = [
    "<meta ", "<META ", "name=", "NAME = ", "property=", "http-equiv=", "content=", "CONTENT =",
    '"', "'", " ", ">", "<", "language", "Content-Language", "og:locale", "dc.language",
    "DC.Language", "en", "pt-BR", "es_MX", "zh-Hant-TW", "xx", "utf-8", "<html lang=", "/>",
    '<meta content="<meta name=language content=de>">', "\n", "lang", "x" * 200,
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=40).map("".join))
def test_the_tags_searched_give_every_match_of_the_whole_head(text: str) -> None:
    head = text.encode("utf-8")
    for pattern in (_LANG_META, _TAG_META):
        assert [m.span() + m.groups() for m in _meta_matches(pattern, head)] == [
            m.span() + m.groups() for m in pattern.finditer(head)
        ]


def test_many_pages_heads_are_read_alike_by_the_narrowed_search() -> None:
    rng = random.Random(39)
    for _ in range(200):
        tags = [rng.choice(_PARTS) for _ in range(rng.randint(5, 60))]
        head = _head(*tags)
        for pattern in (_LANG_META, _TAG_META):
            assert [m.span() for m in _meta_matches(pattern, head)] == [
                m.span() for m in pattern.finditer(head)
            ]
