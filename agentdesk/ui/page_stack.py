"""The window's pages, each made when it is first needed, the others after the first answer.

Making the closed and paused pages imports the search index, the export and the transcript
(about a third of a window start, issue 15), and an agent opening AgentDesk looks at one page
first. So the stack holds an empty stand-in per page; a page is made when it is shown or asked
for (``window.pages["closed"]``), and ``build_rest`` makes the others one per turn of the event
loop, which the window starts once the first page has put its answer on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QStackedWidget, QWidget

from agentdesk.ui.pages import PageSpec

PageMaker = Callable[[PageSpec], QWidget]
Built = Callable[[PageSpec, QWidget], None]

OTHER_PAGES_AFTER_MS = 2000
"""The other pages are made at the latest this long after the window starts."""


class PageStack(Mapping[str, QWidget]):
    """Key → page, made on first access; iterating gives every key, made or not."""

    def __init__(
        self, stack: QStackedWidget, specs: Sequence[PageSpec], make: PageMaker, built: Built
    ) -> None:
        self._stack = stack
        self._specs = {spec.key: spec for spec in specs}
        self._keys = [spec.key for spec in specs]
        self._made: dict[str, QWidget] = {}
        self._stand_ins: dict[str, QWidget] = {}
        self._make, self._built = make, built
        for key in self._keys:
            stand_in = self._stand_ins[key] = QWidget(stack)
            stand_in.setObjectName(f"standIn_{key}")
            stack.addWidget(stand_in)

    def __getitem__(self, key: str) -> QWidget:
        return self.make(key)

    def make(self, key: str) -> QWidget:
        """The page, made now if it was not yet."""
        page = self._made.get(key)
        if page is None:
            if key not in self._specs:
                raise KeyError(key)
            page = self._build(key)
        return page

    def __contains__(self, key: object) -> bool:
        """Whether the window has the page, made or not (``Mapping``'s would make it)."""
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def made(self) -> list[QWidget]:
        """The pages made so far (closing them must not make the others)."""
        return list(self._made.values())

    def make_rest_after_first_answer(self, closed: Callable[[], bool]) -> None:
        """Once the page shown has put its first answer on screen (its ``PageSpec.ready``
        signal; at the latest after ``OTHER_PAGES_AFTER_MS``), make the others with
        ``build_rest`` — unless ``closed()`` says the window has closed meanwhile."""
        key = self._keys[self._stack.currentIndex()] if self._keys else None
        if key is None:
            return
        spec = self._specs[key]
        ready = getattr(self.make(key), spec.ready, None) if spec.ready else None

        def go() -> None:
            if not closed():  # after this event: the answer's own paint goes first
                QTimer.singleShot(0, self._stack, self.build_rest)

        if isinstance(ready, SignalInstance):
            ready.connect(go, Qt.ConnectionType.SingleShotConnection)
            QTimer.singleShot(OTHER_PAGES_AFTER_MS, self._stack, go)
        else:
            QTimer.singleShot(0, self._stack, go)

    def build_rest(self) -> None:
        """Make the next page not made yet, then the next on the following turn of the event
        loop, so that input and paints are served between two pages."""
        for key in self._keys:
            if key not in self._made:
                self._build(key)
                QTimer.singleShot(0, self._stack, self.build_rest)
                return

    def _build(self, key: str) -> QWidget:
        spec = self._specs[key]
        index = self._keys.index(key)
        page = self._make(spec)
        self._made[key] = page
        stand_in = self._stand_ins.pop(key)
        was_current = self._stack.currentIndex() == index
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self._stack.setCurrentIndex(index)
        self._built(spec, page)
        return page
