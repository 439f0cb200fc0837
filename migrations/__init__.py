"""The Alembic environment, installed as the package ``agentdesk.migrations``.

It stays at the top of the source tree; ``setup.py`` maps it into the package, and
``agentdesk.store.migrate`` finds it with ``importlib.resources``.
"""
