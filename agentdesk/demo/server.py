"""``DemoServer``: the embedded demo platform on a local port, in a background thread."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from agentdesk.demo.api import DemoApi
from agentdesk.demo.chatwoot.api import ChatwootDemoApi
from agentdesk.demo.chatwoot.handler import ChatwootRequestHandler
from agentdesk.demo.faults import FaultInjector, FaultPlan
from agentdesk.demo.handler import THREAD_PREFIX, Api, DemoHTTPServer, DemoRequestHandler
from agentdesk.demo.state import PlatformState
from agentdesk.demo.workspace import Workspace


def running_clock(anchor: datetime | None) -> Callable[[], datetime]:
    """The real time, or — for a workspace generated at ``anchor`` — time running on from it,
    so deadlines that were still to come when the data was made stay that way at first."""
    if anchor is None:
        return lambda: datetime.now(UTC)
    origin = time.monotonic()
    return lambda: anchor + timedelta(seconds=time.monotonic() - origin)


class DemoServer:
    """Serves ``workspace`` as Platform API v1 (or, ``platform="chatwoot"``, in Chatwoot's
    shapes) on ``host`` only (never all interfaces).

    ``port=0`` takes a free port; ``token=None`` issues a random one (``.token``); ``clock``
    decides reopen deadlines and change stamps (default: ``running_clock(workspace.now)``).
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        faults: FaultPlan | None = None,
        clock: Callable[[], datetime] | None = None,
        platform: str = "v1",
    ) -> None:
        self.workspace = workspace
        self.host = host
        self.token = token if token is not None else secrets.token_urlsafe(24)
        self.faults = FaultInjector(faults)
        self.clock = clock or running_clock(workspace.now)
        self._state = PlatformState(workspace, self.clock)
        self.platform = platform
        self._api: Api
        self._handler: type[DemoRequestHandler]
        if platform == "chatwoot":
            self._api = ChatwootDemoApi(self._state, self.token)
            self._handler = ChatwootRequestHandler
        elif platform == "v1":
            self._api, self._handler = DemoApi(self._state, self.token), DemoRequestHandler
        else:
            raise ValueError(f"the demo serves v1 or chatwoot, not {platform!r}")
        self._requested_port = port
        self._stopping = threading.Event()
        self._httpd: DemoHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        """Bind, serve in a daemon thread, and return the base URL."""
        if self._httpd is not None:
            raise RuntimeError("this demo server is already started")
        self._stopping.clear()
        httpd = DemoHTTPServer(
            (self.host, self._requested_port),
            self._api,
            self.faults,
            self._stopping,
            self._handler,
        )
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{THREAD_PREFIX}-server-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Stop serving, hang up on every client and wait for every thread; idempotent."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._stopping.set()
        httpd.shutdown()
        thread.join()
        httpd.close_all()
        httpd.server_close()
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        if self._httpd is None:
            self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the demo server is not started")
        return int(self._httpd.server_address[1])

    @property
    def address(self) -> tuple[str, int]:
        """The address the listening socket is actually bound to."""
        if self._httpd is None:
            raise RuntimeError("the demo server is not started")
        host, port = self._httpd.socket.getsockname()[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def requests(self) -> int:
        """How many requests fault injection has counted (all but the token ones by default)."""
        return self.faults.requests

    def conversation(self, conversation_id: str) -> dict[str, Any] | None:
        """The conversation as the server would serve it now (no faults)."""
        return self._state.get(conversation_id)

    def touch(self, conversation_id: str, **changes: Any) -> dict[str, Any]:
        """Change a conversation and stamp its ``updated_at`` now, as the platform would when
        something happens to it (``touch(id, status="closed")`` closes a paused one). Raises
        ``KeyError`` for an unknown id. See ``PlatformState.touch`` for the details."""
        return self._state.touch(conversation_id, **changes)

    def snapshot(self, status: str) -> list[dict[str, Any]]:
        """Every conversation of ``status`` as served now, in ``(updated_at, id)`` order."""
        return self._state.snapshot(str(status))
