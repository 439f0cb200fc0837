"""Top-level pytest set-up that must run before anything imports Qt or touches real folders."""

import os
import tempfile

# Without a display Qt aborts the whole process; offscreen renders fonts and grabs fine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test read or write the developer's real data, settings or keyring.
os.environ.pop("AGENTDESK_TOKEN", None)
os.environ.pop("AGENTDESK_SERVER", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# Hypothesis keeps its example database in the working directory by default: keep the clone clean.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY",
    os.path.join(tempfile.gettempdir(), "agentdesk-hypothesis"),
)
