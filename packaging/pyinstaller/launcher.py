"""Entry point of the built (frozen) CaseVault: the CLI, and the desktop app when started
with no arguments (a double-click on the icon, the desktop entry, the macOS .app).

`casevault start` is what opens the app from a terminal; a double-click passes no arguments,
so it means the same. Everything else is the ordinary command line (`casevault --help`).
"""

import sys

from casevault.cli.main import main

if len(sys.argv) == 1:
    sys.argv.append("start")
main()
