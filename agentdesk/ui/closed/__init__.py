"""The "Where is that conversation?" page: search as you type, filters, the list, export."""
