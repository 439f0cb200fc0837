"""The search service's tests (``test_search*``) run on both Whoosh paths, as tests/search do."""

from __future__ import annotations

import pytest

from tests.search.whoosh_paths import on_both_paths, whoosh_path

__all__ = ["whoosh_path"]  # a fixture (autouse; parametrized only in the search modules)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.module.__name__.rpartition(".")[2].startswith("test_search"):
        on_both_paths(metafunc)
