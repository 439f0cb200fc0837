"""The Whoosh index of closed conversations (issue 5)."""
