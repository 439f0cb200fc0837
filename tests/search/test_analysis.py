"""The analyzer: what a text becomes, the same way when indexing, querying and highlighting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import fields

from agentdesk.search import analysis
from agentdesk.search.analysis import (
    COMMON_WORDS,
    MAX_TERM_CHARS,
    fold,
    gram,
    phrase_items,
    tokenize,
    words_of,
)
from agentdesk.search.fields import (
    PART_GAP,
    FoldingTokenizer,
    IdentifierField,
    WordsField,
    term_positions,
)


def terms(text: str) -> list[str]:
    return [token.term for token in tokenize(text)]


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Remboursement", "remboursement"),
        ("cafetière", "cafetiere"),
        ("Inès", "ines"),
        ("INÈS", "ines"),
        ("Ine\u0301s", "ines"),  # decomposed accent
        ("Straße", "strasse"),
        ("Œuvre", "oeuvre"),
        ("Ibáñez", "ibanez"),
        ("Begoña", "begona"),
        ("Gaëlle", "gaelle"),
        ("Søren", "soren"),
        ("Łódź", "lodz"),
        ("𝕊𝕆𝕊", "sos"),  # a compatibility capital: folded after decomposing too
        ("ﬁn", "fin"),
    ],
)
def test_case_and_accents_fold_to_one_term(written: str, typed: str) -> None:
    assert terms(written) == [typed]
    assert terms(typed) == [typed]


def test_apostrophes_separate_words() -> None:
    assert terms("l'adresse") == ["l", "adresse"]
    assert terms("l’adresse") == ["l", "adresse"]
    assert terms("O'Connor") == ["o", "connor"]


def test_hyphenated_words_give_their_parts_and_the_joined_word() -> None:
    tokens = tokenize("commande CMD-5012 par e-mail")
    assert [(t.term, t.position, t.joined) for t in tokens] == [
        ("commande", 0, False),
        ("cmd5012", 1, True),
        ("cmd", 1, False),
        ("5012", 2, False),
        ("par", 3, False),
        ("email", 4, True),
        ("e", 4, False),
        ("mail", 5, False),
    ]
    text = "commande CMD-5012 par e-mail"
    spans = {t.term: text[t.start : t.end] for t in tokens}
    assert spans["cmd5012"] == "CMD-5012"
    assert spans["5012"] == "5012"
    assert spans["email"] == "e-mail"


def test_punctuation_and_underscores_separate_and_numbers_stay() -> None:
    assert terms("59,90 € — IMG_4521.jpg (refund)!") == ["59", "90", "img", "4521", "jpg", "refund"]


def test_character_offsets_point_at_the_text_as_written() -> None:
    text = "Bonjour Inès, votre cafetière ?"
    assert [text[t.start : t.end] for t in tokenize(text)] == [
        "Bonjour",
        "Inès",
        "votre",
        "cafetière",
    ]


def test_very_long_words_are_cut_the_same_way_on_both_sides() -> None:
    word = "ñ" * 300
    assert terms(word) == ["n" * MAX_TERM_CHARS]
    assert fold(word) == "n" * MAX_TERM_CHARS


def test_no_stemming_and_no_stop_words() -> None:
    assert terms("remboursé remboursement la de") == ["rembourse", "remboursement", "la", "de"]


def test_common_grams_pair_a_common_word_with_its_neighbours() -> None:
    assert "de" in COMMON_WORDS
    assert gram("etiquette", "de") == "etiquette de"
    assert gram("code", "promo") is None


def test_phrase_items_cover_every_word_at_its_place() -> None:
    assert phrase_items(["etiquette", "de", "retour"]) == (
        ("etiquette de", 0),
        ("de retour", 1),
    )
    assert phrase_items(["code", "promo"]) == (("code", 0), ("promo", 1))
    assert phrase_items(["l", "adresse"]) == (("l adresse", 0),)
    assert phrase_items(["envoye", "par", "e", "mail"]) == (
        ("envoye par", 0),
        ("par e", 1),
        ("mail", 3),
    )


@given(st.lists(st.sampled_from(["de", "la", "code", "promo", "retour", "the", "a"]), min_size=2))
def test_phrase_items_always_cover_all_words(words: list[str]) -> None:
    covered: set[int] = set()
    for term, offset in phrase_items(words):
        parts = term.split(" ")
        assert parts == words[offset : offset + len(parts)]
        covered.update(range(offset, offset + len(parts)))
    assert covered == set(range(len(words)))


def test_words_of_a_query_word_are_its_parts() -> None:
    assert words_of("CMD-5012") == ["cmd", "5012"]
    assert words_of("l'adresse") == ["l", "adresse"]
    assert words_of("((*))") == []


def test_the_whoosh_analyzer_tokenizes_exactly_like_scan() -> None:
    text = "Bonjour Inès, l'étiquette CMD-5012 est partie."
    whoosh_tokens = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in FoldingTokenizer()(text, positions=True, chars=True)
    ]
    assert whoosh_tokens == [(t.term, t.position, t.start, t.end) for t in tokenize(text)]


def test_indexed_positions_are_the_analyzers_with_grams_and_gaps_between_parts() -> None:
    postings = {
        term.decode(): positions
        for term, _freq, _weight, encoded in WordsField().index(
            ["Je veux l'étiquette de retour", "CMD-5012"]
        )
        for positions in [WordsField().format.decode_positions(encoded)]
    }
    assert postings["etiquette"] == [3]
    assert postings["etiquette de"] == [3]
    assert postings["de retour"] == [4]
    assert postings["l etiquette"] == [2]
    assert "veux l" in postings  # "l" is common
    second = 6 + PART_GAP  # six words, then the gap before the second text
    assert postings["cmd"] == postings["cmd5012"] == [second]
    assert postings["5012"] == [second + 1]
    assert "retour cmd" not in postings  # no pair across two parts


def _positions_by_scan(texts: list[str]) -> dict[str, list[int]]:
    """The rule of ``term_positions`` written the long way, token by token with ``scan``: the
    reference its fast paths must equal."""
    from agentdesk.search.analysis import scan  # noqa: PLC0415
    from agentdesk.search.postings import MAX_POSITION  # noqa: PLC0415

    positions: dict[str, list[int]] = {}
    base = 0
    for text in texts:
        last = -1
        previous: str | None = None
        for term, position, _start, _end, joined in scan(text):
            at = base + position
            if at > MAX_POSITION:
                break
            positions.setdefault(term, []).append(at)
            if joined:
                continue
            if previous is not None:
                pair = gram(previous, term)
                if pair is not None:
                    positions.setdefault(pair, []).append(at - 1)
            previous, last = term, position
        base += last + 1 + PART_GAP
    return positions


_PIECES = st.sampled_from(
    [" ", "-", "\u2010", "\u2011", "'", "_", ".", "de", "la", "the", "Inès", "E", "mail",
     "CMD", "5012", "Straße", "İ", "ı", "\u0301", "①", "x²", "œuvre", "a" * 70, "\u200b"]
)  # fmt: skip


@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=4))
def test_term_positions_equal_scanning_token_by_token(texts: list[str]) -> None:
    assert dict(term_positions(texts)) == _positions_by_scan(texts)


def test_term_positions_of_a_hyphenated_word_and_a_word_alike() -> None:
    found = term_positions(["envoyé par e-mail", "email de l'E-Mail"])
    assert found["email"] == [2, 104, 107]
    assert found["par e"] == [1]


def test_remembered_folds_are_the_folds_and_are_forgotten_when_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analysis, "FOLDED_CACHE_SIZE", 3)
    monkeypatch.setattr(analysis, "_FOLDED", analysis._FoldedWords())
    text = "Inès Ibáñez Begoña Gaëlle Søren Inès CMD-Ø12"
    assert words_of(text) == ["ines", "ibanez", "begona", "gaelle", "soren", "ines", "cmd", "o12"]
    assert len(analysis._FOLDED) <= 3
    assert words_of(text) == [fold(word) for word in text.replace("-", " ").split()]


@given(
    st.one_of(
        st.text(st.characters(blacklist_categories=("Cs",))),
        st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=3)),
    ),
    st.sampled_from([1.0, 2.5]),
)
def test_an_identifier_indexes_as_whooshs_own_id_field(value: object, boost: float) -> None:
    ours = IdentifierField(unique=True, sortable=True, field_boost=boost)
    whoosh = fields.ID(unique=True, sortable=True, field_boost=boost)
    assert list(ours.index(value)) == list(whoosh.index(value))
    assert list(ours.index(value, mode="index")) == list(whoosh.index(value, mode="index"))
    assert ours.to_column_value("c-1") == whoosh.to_column_value("c-1")
