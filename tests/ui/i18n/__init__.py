"""The window's translations: the dictionaries per language and the tool that writes them into
``resources/i18n/agentdesk_<lang>.ts`` (``./run i18n``, see docs/ui.md "Translations")."""
