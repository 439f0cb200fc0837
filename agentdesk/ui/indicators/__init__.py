"""The "How am I doing?" page, its evolution chart and the compact today window.

Import the widgets from their modules (``page``, ``chart``, ``today``): this package imports
nothing itself, so that the window loads pyqtgraph only when it builds the page.
"""
