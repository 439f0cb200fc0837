"""What a typed query means: words ANDed, quoted phrases, ids, and nothing that can fail."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.search.query_parser import MAX_ITEMS, IdLookup, ParsedQuery, parse_query

MALFORMED = [
    "AND OR NOT",
    "((",
    "*",
    "field:",
    '"',
    "\\",
    "ñ" * 300,
    'refund AND (invoice OR "late',
    "title:foo* -bar ~2 ^3 [a TO b] {}",
    "\x00\x1f\u200b\ufeff",
    "",
    "   ",
]


def test_words_are_folded_and_all_required() -> None:
    parsed = parse_query("Remboursement  CAFETIÈRE inès")
    assert parsed.words == ("remboursement", "cafetiere", "ines")
    assert parsed.phrases == ()


def test_quoted_text_is_a_phrase() -> None:
    parsed = parse_query('colis "étiquette de retour"')
    assert parsed.words == ("colis",)
    assert parsed.phrases == (("etiquette", "de", "retour"),)


@pytest.mark.parametrize("quoted", ["“code promo”", "«code promo»", "„code promo“", '"code promo"'])
def test_typographic_quotes_make_phrases_too(quoted: str) -> None:
    assert parse_query(quoted).phrases == (("code", "promo"),)


def test_a_lone_quote_is_ignored() -> None:
    assert parse_query('refund "late delivery') == ParsedQuery(words=("refund", "late", "delivery"))


def test_one_word_the_analyzer_splits_is_a_phrase_of_its_parts() -> None:
    assert parse_query("l'adresse").phrases == (("l", "adresse"),)
    assert parse_query("CMD-5012").phrases == (("cmd", "5012"),)
    assert parse_query("59.90").phrases == (("59", "90"),)


def test_search_syntax_is_plain_words() -> None:
    assert parse_query("AND OR NOT").words == ("and", "or", "not")
    assert parse_query("(( * \\").words == ()
    assert parse_query("field:").words == ("field",)


def test_repeated_words_count_once() -> None:
    assert parse_query("colis Colis COLIS").words == ("colis",)


def test_a_pasted_page_is_cut_to_a_bounded_query() -> None:
    parsed = parse_query(" ".join(f"word{n}" for n in range(500)))
    assert len(parsed.words) + len(parsed.phrases) == MAX_ITEMS


@pytest.mark.parametrize(
    ("text", "lookup"),
    [
        ("c-000123", IdLookup("c", "000123")),
        ("C-000123", IdLookup("c", "000123")),
        (" 000123 ", IdLookup(None, "000123")),
        ("123", IdLookup(None, "123")),
        ('"c-000123"', IdLookup("c", "000123")),
        ("c-000123 refund", None),
        ("CMD-5012x", None),
        ("refund", None),
    ],
)
def test_ids_are_recognised(text: str, lookup: IdLookup | None) -> None:
    assert parse_query(text).id_lookup == lookup


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_queries_parse(text: str) -> None:
    parsed = parse_query(text)
    assert all(word for word in parsed.words)
    assert all(len(phrase) >= 2 for phrase in parsed.phrases)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.sampled_from(MALFORMED),
        st.lists(st.sampled_from([*MALFORMED, "de", "la", '"', "c-1", "ñ", "-"])).map(" ".join),
    )
)
def test_any_text_parses_to_words_and_phrases(text: str) -> None:
    parsed = parse_query(text)
    assert len(parsed.words) + len(parsed.phrases) <= MAX_ITEMS
    for term in parsed.terms:
        assert term
        assert term == term.casefold()
        assert not any(c.isspace() for c in term)
