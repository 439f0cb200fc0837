"""``agentdesk completion bash|zsh|fish``: the shell's completion script, on stdout.

argcomplete writes the scripts and answers them: at each Tab the shell runs ``agentdesk`` with
``_ARGCOMPLETE`` set, ``main()`` hands the live parser to argcomplete, and the candidates come
back. Completion is therefore generated from the parser itself, so a sub-command or an option
registered in its own module completes with no edit here. (shtab writes static scripts instead,
which start faster but know no fish; see docs/decisions.md.) ``packaging/build.sh`` installs the
three scripts where each shell looks for them.
"""

from __future__ import annotations

import argparse
import os
import sys

SHELLS = ("bash", "zsh", "fish")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    completion = commands.add_parser(
        "completion",
        help="print the shell completion script for bash, zsh or fish",
        description="Print the completion script for SHELL on stdout. Try it with "
        '`eval "$(agentdesk completion bash)"` (bash), `source <(agentdesk completion zsh)` '
        "(zsh) or `agentdesk completion fish | source` (fish); the packaged application "
        "installs all three.",
    )
    completion.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    completion.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from argcomplete.shell_integration import shellcode

    sys.stdout.write(shellcode(["agentdesk"], shell=args.shell))
    return 0


def complete_if_asked(parser: argparse.ArgumentParser) -> None:
    """When the shell asks for candidates (``_ARGCOMPLETE`` set), answer and exit; otherwise
    return at once, without importing argcomplete (every command would pay for it)."""
    if "_ARGCOMPLETE" not in os.environ:
        return
    import argcomplete

    argcomplete.autocomplete(parser)
