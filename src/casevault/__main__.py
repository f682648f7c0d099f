"""`python -m casevault` runs the command-line interface."""

from casevault.cli.main import main

main()
