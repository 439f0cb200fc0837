"""How AgentDesk speaks HTTP: the session that talks (which servers it may talk to is
``server_urls.py``, which needs no HTTP library).

**Session.** urllib3 retries what it can see (connections, timeouts, 429/5xx statuses). Two
things it cannot do are handled elsewhere: a 200 whose body arrives broken (``transport``), and
telling a POST that may be repeated (it carries an ``Idempotency-Key``) from one that may not,
solved here by a twin adapter, because urllib3's ``Retry`` sees a request's method but never its
headers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Final

import requests
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from urllib3.util.retry import Retry

from agentdesk import __version__
from agentdesk.platform.deadline import WATCHED_POOLS

# --- the session ----------------------------------------------------------------------------

IDEMPOTENCY_KEY: Final = "Idempotency-Key"
DEFAULT_TIMEOUT: Final = (5.0, 30.0)
"""(connect, read) seconds for every call."""
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class AnswerLimits:
    """What one answer may cost before AgentDesk stops reading it (a hostile or broken server).

    A page of 500 demo conversations is about 1.5 MB of JSON; a deadline counts from the
    request to the answer's last byte, whatever the read timeout allows between two bytes.
    """

    deadline_s: float = 120.0
    """Seconds for one whole exchange: connecting, sending, headers and body."""
    max_bytes: int = 32 * 1024 * 1024
    """Bytes of one answer, on the wire and once decompressed (a gzip bomb stops here)."""


DEFAULT_LIMITS: Final = AnswerLimits()


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard AgentDesk tries before telling the user the server is unreachable or failing.

    Between attempts it sleeps ``min(backoff_max, backoff_factor * 2 ** (n - 1))`` plus up to
    ``backoff_jitter`` seconds (none before the first retry), or what ``Retry-After`` asks, capped
    at ``retry_after_max``. With the defaults a refused connection fails after about 3 s and a
    server answering 503 without ``Retry-After`` after about 23 s.
    """

    total: int = 6
    """Retries of any kind for one request."""
    connect: int = 3
    """Retries when no connection could be made (refused, DNS, connect timeout)."""
    read: int = 3
    """Retries when the request was sent but the answer never came (read timeout, dropped)."""
    backoff_factor: float = 0.5
    backoff_max: float = 8.0
    backoff_jitter: float = 0.5
    retry_after_max: float = 30.0
    answer_retries: int = 3
    """Extra attempts, for idempotent calls, when a 2xx body arrives truncated or is not JSON."""
    statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def urllib3_retry(self, *, allow_post: bool) -> Retry:
        """The urllib3 policy; ``allow_post`` only for requests carrying an Idempotency-Key."""
        return _CappedRetry(
            total=self.total,
            connect=self.connect,
            read=self.read,
            other=0,  # TLS failures and the like: retrying cannot help
            allowed_methods=frozenset({"GET", "POST"} if allow_post else {"GET"}),
            status_forcelist=self.statuses,
            backoff_factor=self.backoff_factor,
            backoff_max=self.backoff_max,
            backoff_jitter=self.backoff_jitter,
            respect_retry_after_header=True,
            raise_on_status=False,  # the client maps the last 429/5xx to a sentence
            raise_on_redirect=False,
            retry_after_cap=self.retry_after_max,
        )

    def answer_backoff(self, attempt: int) -> float:
        """Seconds to wait before re-asking after broken answer number ``attempt`` (1-based)."""
        delay = self.backoff_factor * 2.0 ** (attempt - 1)
        jitter = random.uniform(0, self.backoff_jitter) if self.backoff_jitter else 0.0
        return max(0.0, min(self.backoff_max, delay + jitter))


class _CappedRetry(Retry):
    """A urllib3 ``Retry`` that never sleeps longer than ``retry_after_cap`` for a Retry-After.

    urllib3's own cap defaults to six hours and only recent versions let it be set."""

    def __init__(self, *args: Any, retry_after_cap: float = 30.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after_cap = retry_after_cap

    def new(self, **kw: Any) -> _CappedRetry:
        kw.setdefault("retry_after_cap", self.retry_after_cap)
        return super().new(**kw)

    def parse_retry_after(self, retry_after: str) -> float:
        return min(float(super().parse_retry_after(retry_after)), self.retry_after_cap)


class IdempotencyAwareAdapter(HTTPAdapter):
    """Retries GETs always, and a POST only when it carries an ``Idempotency-Key`` header."""

    def __init__(self, policy: RetryPolicy) -> None:
        super().__init__(max_retries=policy.urllib3_retry(allow_post=False))
        self._keyed = _WatchedAdapter(max_retries=policy.urllib3_retry(allow_post=True))

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch(self)

    def send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        if request.method == "POST" and IDEMPOTENCY_KEY in request.headers:
            return self._keyed.send(request, *args, **kwargs)
        return super().send(request, *args, **kwargs)

    def close(self) -> None:
        self._keyed.close()
        super().close()


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch(self)


def _watch(adapter: HTTPAdapter) -> None:
    """Connections that a ``Deadline`` can cut (see ``agentdesk.platform.deadline``)."""
    adapter.poolmanager.pool_classes_by_scheme = dict(WATCHED_POOLS)


class BearerAuth(AuthBase):
    """Adds ``Authorization: Bearer …`` to a request; its repr never shows the token."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def build_session(policy: RetryPolicy | None = None) -> requests.Session:
    """A session whose adapters retry as ``policy`` says (``RetryPolicy()`` by default).

    TLS is verified by the caller passing ``verify=True``; requests then honours
    ``REQUESTS_CA_BUNDLE`` for an organisation's own certificate authority.
    """
    adapter = IdempotencyAwareAdapter(policy or RetryPolicy())
    session = requests.Session()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers.update({"User-Agent": f"AgentDesk/{__version__}", "Accept": "application/json"})
    return session
