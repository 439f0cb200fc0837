"""Every search test twice: through the Whoosh internals (``agentdesk.search.whoosh_access``)
and through the public-API fallback that AgentDesk takes when the internals' self-check fails.

The fixture sets ``AGENTDESK_WHOOSH_PUBLIC_API`` for a whole module (module scope: the modules
build one index each, and hypothesis refuses function-scoped fixtures), so subprocesses the
tests start take the same path.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentdesk.search.whoosh_access import PUBLIC_API_ENV, internals_in_use

PATHS = ("internals", "public-api")


@pytest.fixture(autouse=True, scope="module")
def whoosh_path(request: pytest.FixtureRequest) -> Iterator[str]:
    path: str = getattr(request, "param", PATHS[0])
    with pytest.MonkeyPatch.context() as patch:
        if path == "public-api":
            patch.setenv(PUBLIC_API_ENV, "1")
        else:
            patch.delenv(PUBLIC_API_ENV, raising=False)
        assert internals_in_use() == (path == "internals"), "the self-check failed"
        yield path


def on_both_paths(metafunc: pytest.Metafunc) -> None:
    """For ``pytest_generate_tests``: run the test on each path."""
    if "whoosh_path" in metafunc.fixturenames:
        metafunc.parametrize("whoosh_path", PATHS, indirect=True, scope="module")
