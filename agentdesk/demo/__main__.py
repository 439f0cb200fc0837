"""``python -m agentdesk.demo``: the demo server without the main CLI."""

import sys

from agentdesk.demo.command import main

sys.exit(main())
