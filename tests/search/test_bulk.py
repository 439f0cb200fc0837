"""A bulk build's word postings (``bulk.TextPostings``) against the one rule of what a document
indexes (``fields.term_positions``): the same terms, documents and positions, in the codec's
order, whichever texts are remembered, forgotten or cut."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.search import bulk, fields
from agentdesk.search.bulk import TextPostings
from agentdesk.search.fields import encode_positions, term_positions
from tests.search.conftest import demo_records, searchable

Documents = list[list[str]]
Postings = list[tuple[bytes, list[int], list[bytes]]]

_PIECES = st.sampled_from(
    [" ", "-", "\u2010", "'", "_", ".", "de", "la", "the", "Inès", "E", "mail", "CMD",
     "5012", "Straße", "ı", "\u0301", "œuvre", "a" * 70]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=10).map("".join)


@st.composite
def _documents(draw: st.DrawFn) -> Documents:
    """Documents whose parts are often the same texts (as support conversations' are)."""
    texts = draw(st.lists(_TEXTS, min_size=1, max_size=6))
    part = st.one_of(st.sampled_from(texts), _TEXTS)
    return draw(st.lists(st.lists(part, max_size=5), max_size=12))


def _by_rule(documents: Documents) -> Postings:
    """What ``term_positions`` says each document indexes, grouped by term as a codec wants."""
    by_term: dict[str, list[tuple[int, bytes]]] = {}
    for docnum, texts in enumerate(documents):
        for term, positions in term_positions(texts).items():
            by_term.setdefault(term, []).append((docnum, encode_positions(positions)))
    return [
        (term.encode("utf-8"), [d for d, _ in found], [v for _, v in found])
        for term, found in sorted(by_term.items())
    ]


def _bulk(documents: Documents) -> Postings:
    postings = TextPostings()
    for texts in documents:
        postings.add(texts)
    assert postings.documents == len(documents)
    return list(postings.sorted_terms())


@contextmanager
def _fresh_vocabulary() -> Iterator[pytest.MonkeyPatch]:
    """Nothing remembered of any text, as in a new process; and a monkeypatch for the example."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(bulk, "_vocabulary", bulk.Vocabulary())
        yield patched


@settings(max_examples=150, deadline=None)
@given(st.lists(_documents(), min_size=1, max_size=3))
def test_bulk_postings_are_the_rule_s_postings(segments: list[Documents]) -> None:
    """Several segments one after the other share what they remember of each text."""
    with _fresh_vocabulary():
        for documents in segments:
            assert _bulk(documents) == _by_rule(documents)


@settings(max_examples=60, deadline=None)
@given(st.lists(_documents(), min_size=1, max_size=3))
def test_forgetting_texts_and_terms_changes_nothing(segments: list[Documents]) -> None:
    with _fresh_vocabulary() as patched:
        patched.setattr(bulk, "PARTS_REMEMBERED", 2)
        patched.setattr(bulk, "TERMS_KEPT", 3)
        for documents in segments:
            assert _bulk(documents) == _by_rule(documents)


@settings(max_examples=60, deadline=None)
@given(_documents(), st.integers(0, 12))
def test_positions_past_the_last_are_cut_as_the_rule_cuts_them(
    documents: Documents, last: int
) -> None:
    with _fresh_vocabulary() as patched:
        patched.setattr(bulk, "MAX_POSITION", last)
        patched.setattr(fields, "MAX_POSITION", last)
        assert _bulk(documents) == _by_rule(documents)


def test_a_segment_without_words_has_no_postings() -> None:
    with _fresh_vocabulary():
        assert _bulk([]) == []
        assert _bulk([[], ["", " - "], ["..."]]) == []


def test_a_repeated_text_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[str] = []
    index_terms = bulk.index_terms

    def counted(text: str) -> tuple[list[str], list[tuple[str, int]]]:
        analysed.append(text)
        return index_terms(text)

    monkeypatch.setattr(bulk, "index_terms", counted)
    documents = [["Merci, je patiente.", f"Commande {n}"] for n in range(5)]
    with _fresh_vocabulary():
        assert _bulk(documents) == _by_rule(documents)
    assert analysed.count("Merci, je patiente.") == 1


def test_a_build_lets_what_it_remembered_go(tmp_path: Path, whoosh_path: str) -> None:
    """A window's rebuild runs in the window's process: the texts and terms it remembered
    (tens of MB on a big store) must not stay there after it."""
    from agentdesk.search.writing import write_generation  # noqa: PLC0415

    records = [searchable(r) for r in demo_records(40)]
    with _fresh_vocabulary():
        assert write_generation(tmp_path, [records], None, None) == len(records)
        assert not bulk._vocabulary.numbers
        assert not bulk._vocabulary.parts
