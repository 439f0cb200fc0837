"""The transcript scenes of ``tests.ui.screenshots``: ``transcript-{light,dark}``.

The pane as the closed-conversations page embeds it, at the window's size, over the synced demo
workspace: a French conversation found by ``etiquette livraison`` typed without accents (so
``étiquette`` shows the folding), the second match current, the details beside it with the
transactions the demo admin shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from agentdesk.services.context import AppContext
from agentdesk.services.conversation import conversation_details
from agentdesk.ui.app import build_ui_context, dispose
from agentdesk.ui.conversation.pane import ConversationPane
from tests.conftest import DEMO_NOW

if TYPE_CHECKING:
    from tests.ui.screenshot_scenes import SceneRunner

QUERY = "etiquette livraison"
NAMES = ("transcript-light", "transcript-dark")


def _chosen(ctx: AppContext) -> str:
    """Among the first conversations (by id) rated, with a closing note and transactions, the one
    where the query matches most often, both words marked."""
    store = ctx.store()
    best: tuple[int, str] | None = None
    for conversation_id in sorted(store.all_conversation_ids())[:600]:
        details = conversation_details(store, conversation_id, QUERY)
        marked = {
            details.messages[m.message].text[m.range.start : m.range.end].lower()
            for m in details.matches
            if m.message is not None
        }
        if len(marked) < len(QUERY.split()) or not details.closing_note or details.csat is None:
            continue
        if details.transactions and (best is None or len(details.matches) > best[0]):
            best = (len(details.matches), conversation_id)
    if best is None:
        raise LookupError(f"no demo conversation matches {QUERY!r} well enough to photograph")
    return best[1]


def conversation_scenes(runner: SceneRunner, app: QApplication, ctx: AppContext) -> None:
    from tests.ui.screenshot_scenes import WINDOW_SIZE, wait_until  # noqa: PLC0415

    if not runner.want(*NAMES):
        return
    ui = build_ui_context(ctx, app, clock=lambda: DEMO_NOW)
    pane = ConversationPane(ui)
    pane.resize(*WINDOW_SIZE)
    pane.show()
    shown: list[str] = []
    pane.loaded.connect(shown.append)
    pane.show_conversation(_chosen(ctx), QUERY)
    wait_until(lambda: bool(shown))
    pane.next_match()
    for mode in ("light", "dark"):
        ui.theme.set_mode(mode)
        runner.save(f"transcript-{mode}", pane)
    ui.theme.set_mode("light")
    pane.close()
    pane.deleteLater()
    dispose(ui)
