"""One conversation in the window: the transcript as bubbles with the query's matches, and its
details. ``pane.ConversationPane`` is what pages embed."""
