"""The PySide6 window; talks to the layers below only through agentdesk.services."""
