"""Logging to a rotating file in the data folder, with secrets scrubbed as a last line of defence.

Code never logs a token on purpose; the filter catches the accidents (a URL or header echoed in
an exception text) so that a log file can be attached to a bug report safely.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from agentdesk.services.paths import make_private

_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)(\"?(?:access_token|token|password)\"?\s*[:=]\s*\"?)[^\s\",}]+"),
)


def scrub(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1[redacted]", text)
    return text


class SecretScrubber(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        return True


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that cannot be written (full disk, removed folder) must not print a traceback
    under every line the user sees: say it once on stderr, then stop logging to the file."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if not getattr(self, "_failed", False):
            self._failed = True
            print(
                f"AgentDesk cannot write its log file {self.baseFilename}; going on without it.",
                file=sys.stderr,
            )
        logging.getLogger().removeHandler(self)


def configure_logging(log_file: Path, *, debug: bool = False) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_agentdesk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # urllib3 logs full URLs at DEBUG; they never carry the token, but keep the file readable.
    logging.getLogger("urllib3").setLevel(logging.INFO if debug else logging.WARNING)
    # Alembic announces its SQLite context at INFO on every open of the store.
    logging.getLogger("alembic").setLevel(logging.INFO if debug else logging.WARNING)
    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = QuietRotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        make_private(log_file)
    except OSError as error:
        # A read-only data folder, or logs/ that is not a folder: the command still runs.
        print(
            f"AgentDesk cannot write its log file {log_file} "
            f"({error.strerror or error}); going on without it.",
            file=sys.stderr,
        )
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SecretScrubber())
    handler._agentdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
