"""AgentDesk's data files, installed as the package ``agentdesk.resources``.

This folder stays at the top of the source tree; ``setup.py`` maps it into the package, and the
code finds it with ``importlib.resources`` (``agentdesk.installation``). ``i18n/*.qm`` are built
from the ``.ts`` sources by ``pyside6-lrelease`` when the package is built, never committed.
"""
