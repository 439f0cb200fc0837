"""Matched ranges and snippets: the words as written, exactly where the index matched them."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.domain.search_records import MessageText, SearchableConversation, TextRange
from agentdesk.search.highlight import (
    MatchRule,
    excerpt,
    first_snippet,
    highlight,
    match_ranges,
    snippet,
)
from agentdesk.search.query_parser import parse_query


def rule(text: str) -> MatchRule:
    return MatchRule.of(parse_query(text))


def marked(text: str, query: str) -> list[str]:
    return [text[r.start : r.end] for r in match_ranges(text, rule(query))]


def test_a_folded_query_marks_the_word_as_written() -> None:
    assert marked("Ma cafetière fuit. CAFETIÈRE neuve ?", "cafetiere") == [
        "cafetière",
        "CAFETIÈRE",
    ]
    assert marked("Bonjour Inès", "ines") == ["Inès"]


def test_a_phrase_marks_its_whole_span_and_only_where_it_is_a_phrase() -> None:
    text = "L'étiquette de retour est là ; le retour de l'étiquette aussi."
    assert marked(text, '"étiquette de retour"') == ["étiquette de retour"]


def test_an_order_number_is_marked_whole() -> None:
    assert marked("Commande CMD-5012 et CMD-5013.", "CMD-5012") == ["CMD-5012"]
    assert marked("Commande CMD-5012.", "5012") == ["5012"]
    assert marked("Envoyé par e-mail.", "email") == ["e-mail"]


def test_words_and_phrases_together_and_no_rule_no_marks() -> None:
    text = "Le code promo BIENVENUE10 pour la commande"
    assert marked(text, 'commande "code promo"') == ["code promo", "commande"]
    assert match_ranges(text, MatchRule()) == ()


def _conversation(**changes: object) -> SearchableConversation:
    at = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    values: dict[str, object] = {
        "id": "c-000001",
        "closed_at": at,
        "updated_at": at,
        "channel": "chat",
        "contact_name": "Inès Martin",
        "category": "billing",
        "tags": ("refund", "double-charge"),
        "csat": 4,
        "nps": 9,
        "closing_note": "Remboursement émis pour la commande CMD-5012 (59,90 €).",
        "messages": (
            MessageText("m-1", "Bonjour, j'ai été débité deux fois <b>!</b>"),
            MessageText("m-2", "Bonjour Inès, je regarde votre commande."),
        ),
    }
    values.update(changes)
    return SearchableConversation(**values)  # type: ignore[arg-type]


def test_highlights_cover_every_message_the_note_the_contact_and_tags() -> None:
    found = highlight(_conversation(), rule("ines remboursement charge"))
    assert dict(found.messages) == {"m-2": (TextRange(8, 12),)}
    assert found.closing_note == (TextRange(0, 13),)
    assert found.contact_name == (TextRange(0, 4),)
    assert dict(found.tags) == {1: (TextRange(7, 13),)}


def test_the_snippet_is_around_the_first_match_escaped_and_marked() -> None:
    conversation = _conversation()
    assert snippet(conversation, highlight(conversation, rule("regarde"))) == (
        "Bonjour Inès, je <mark>regarde</mark> votre commande."
    )
    assert snippet(conversation, highlight(conversation, rule("débité"))) == (
        "Bonjour, j'ai été <mark>débité</mark> deux fois &lt;b&gt;!&lt;/b&gt;"
    )


def test_without_a_match_the_snippet_is_the_first_words() -> None:
    conversation = _conversation()
    assert snippet(conversation, highlight(conversation, MatchRule())).startswith("Bonjour, j'ai")


def test_a_long_text_is_cut_around_the_match_with_ellipses() -> None:
    text = ("mot " * 100) + "cafetière " + ("suite " * 100)
    found = match_ranges(text, rule("cafetiere"))
    cut = excerpt(text, found)
    assert cut.startswith("…")
    assert cut.endswith("…")
    assert "<mark>cafetière</mark>" in cut
    assert len(cut) < 200


_WORDS = ("Café", "cafe", "CAFÉ", "commande", "CMD-5012", "5012", "de", "retour", "Inès", "e-mail")
_TEXTS = st.lists(st.sampled_from((*_WORDS, " ", ", ", "'", "<b>", "\n")), max_size=12).map("".join)


@given(
    messages=st.lists(_TEXTS, max_size=5),
    note=st.none() | _TEXTS,
    contact=_TEXTS,
    tags=st.lists(_TEXTS, max_size=3),
    query=st.lists(st.sampled_from((*_WORDS, '"de retour"', '"cafe commande"')), max_size=3),
)
def test_the_lists_cheap_snippet_is_the_snippet_of_every_highlight(
    messages: list[str], note: str | None, contact: str, tags: list[str], query: list[str]
) -> None:
    """The closed list marks its excerpts with ``first_snippet``: the very snippet ``highlight``
    and ``snippet`` give (the same words marked, the same text chosen)."""
    conversation = _conversation(
        messages=tuple(MessageText(f"m-{i}", text) for i, text in enumerate(messages)),
        closing_note=note,
        contact_name=contact,
        tags=tuple(tags),
    )
    found = rule(" ".join(query))
    assert first_snippet(conversation, found) == snippet(
        conversation, highlight(conversation, found)
    )
