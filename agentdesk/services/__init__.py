"""Use cases shared by the CLI and the window: plain Python, typed results, no Qt."""
