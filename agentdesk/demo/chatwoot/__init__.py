"""The demo platform in Chatwoot's shapes: the same seeded workspace, served the way Chatwoot's
Application API serves an agent (``agentdesk demo-server --platform chatwoot``)."""
