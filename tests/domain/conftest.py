"""Keeps Hypothesis from writing into the work tree.

Left alone, Hypothesis keeps its example database and caches in ``.hypothesis/`` at the
repository root; pytest's collection then warns about that folder (``norecursedirs`` in
pyproject.toml replaces pytest's default ignores) and warnings fail the run, so every run after
the first would error. Its home goes to the system's temporary folder instead.
"""

import tempfile
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "agentdesk-hypothesis")
