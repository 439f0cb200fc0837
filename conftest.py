"""Top-level pytest set-up that must run before anything imports Qt or touches real folders."""

import os

# Without a display Qt aborts the whole process; offscreen renders fonts and grabs fine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test read or write the developer's real data, settings or keyring.
os.environ.pop("AGENTDESK_TOKEN", None)
os.environ.pop("AGENTDESK_SERVER", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
