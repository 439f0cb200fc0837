"""The PyInstaller application's entry point: the same ``main()`` as the ``agentdesk`` script."""

import multiprocessing
import sys

from agentdesk.cli.main import main

if __name__ == "__main__":
    # A frozen program that a library may run in a child process must say so first.
    multiprocessing.freeze_support()
    sys.exit(main())
