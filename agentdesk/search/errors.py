"""What can go wrong with the index, as sentences, and what the services do about it.

``IndexUnavailableError`` is not shown as a failure: a search without an index answers from
SQLite what it can and says that the index is incomplete, and the next start (or ``agentdesk
reindex``) rebuilds it. Disk errors while writing the index are ``SearchIndexError``
sentences, like the store's.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from agentdesk.errors import AgentDeskError, ErrorKind


class IndexProblem(StrEnum):
    MISSING = "missing"
    DAMAGED = "damaged"
    OUTDATED = "outdated"


class SearchIndexError(AgentDeskError):
    """The index could not be written (disk full, no permission...)."""

    default_kind = ErrorKind.SEARCH_INDEX


class IndexBusyError(SearchIndexError):
    default_kind = ErrorKind.SEARCH_INDEX_BUSY

    def __init__(self) -> None:
        super().__init__(
            "The search index is being updated by another AgentDesk; try again in a moment."
        )


class IndexUnavailableError(SearchIndexError):
    """The current index cannot answer: there is none, it is damaged, or it was built by
    another version of AgentDesk. ``reason`` says which file or check failed."""

    def __init__(self, problem: IndexProblem, reason: str) -> None:
        sentences = {
            IndexProblem.MISSING: "There is no search index yet",
            IndexProblem.DAMAGED: "The search index is damaged",
            IndexProblem.OUTDATED: "The search index was built by another version of AgentDesk",
        }
        super().__init__(
            f"{sentences[problem]} ({reason}); AgentDesk rebuilds it at the next start, or "
            "run `agentdesk reindex`.",
            details=reason,
        )
        self.problem = problem
        self.reason = reason


@contextmanager
def index_write_errors(folder: Path) -> Iterator[None]:
    """``OSError`` while writing the index becomes a ``SearchIndexError`` sentence."""
    try:
        yield
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            sentence = (
                f"The disk holding the search index ({folder}) is full; free some space and "
                "run `agentdesk reindex`."
            )
        elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            sentence = (
                f"AgentDesk may not write its search index in {folder}; check the permissions "
                "of the data folder."
            )
        else:
            sentence = (
                f"AgentDesk could not write its search index in {folder} "
                f"({error.strerror or error}); run `agentdesk reindex`."
            )
        raise SearchIndexError(sentence, details=str(error)) from error


_PROGRAMMING_ERRORS = (AttributeError, NameError, ImportError, AssertionError)
"""Errors that damaged bytes cannot cause outside Whoosh. (``TypeError`` is not one: a damaged
positions value of the wrong length makes our own ``memoryview.cast`` raise it.)"""


def is_our_bug(error: BaseException) -> bool:
    """A programming error raised outside Whoosh's code: a bug of AgentDesk's, which must be
    reported as one (and not hidden by rebuilding an index that is fine). Whoosh meeting a
    damaged file raises from inside its own modules, whatever the type."""
    if not isinstance(error, _PROGRAMMING_ERRORS):
        return False
    innermost = error.__traceback__
    if innermost is None:
        return True
    while innermost.tb_next is not None:
        innermost = innermost.tb_next
    module = innermost.tb_frame.f_globals.get("__name__", "")
    return not (module == "whoosh" or module.startswith("whoosh."))
