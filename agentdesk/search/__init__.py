"""The Whoosh index of closed conversations: one document per conversation, no text stored.

``index.SearchIndex`` is the entry point (search, update, rebuild, check); ``analysis`` the one
analyzer (index, queries, highlights); ``query_parser`` what a typed query means; ``highlight``
the ranges and snippets. Imports nothing of the store: the services hand it plain values
(``agentdesk.domain.search_records``). See ``docs/search.md``.
"""
