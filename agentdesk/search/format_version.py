"""The version of the index format this AgentDesk writes and reads.

Kept apart from ``fields`` (the schema itself, which needs Whoosh) so that the manifest alone
can be checked against it without importing Whoosh: a command with nothing to index (a sync
that brought nothing new) asks only that.
"""

from __future__ import annotations

from agentdesk.search.analysis import ANALYZER_VERSION

FIELDS_VERSION = 2
"""Bumped when the fields change (``agentdesk.search.fields``)."""

SCHEMA_VERSION = f"{FIELDS_VERSION}.{ANALYZER_VERSION}"
"""Written in the manifest; an index with another version is rebuilt (fields or analyzer
changed)."""
