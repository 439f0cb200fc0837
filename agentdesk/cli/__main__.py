"""``python -m agentdesk.cli``: the same as the ``agentdesk`` console script."""

import sys

from agentdesk.cli.main import main

sys.exit(main())
