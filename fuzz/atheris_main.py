"""atheris (libFuzzer, coverage-guided) over one target: `python -m fuzz.atheris_main NAME
[-libfuzzer-options]`. Only the project's errors may escape a target; anything else is a crash
that libFuzzer reports with the input that caused it.
"""

from __future__ import annotations

import sys

import atheris

from fuzz.targets import TARGETS, keys, run_one

atheris.instrument_all()  # every loaded Python function: coverage guidance reaches casevault


def main() -> None:
    name = sys.argv.pop(1)
    target = TARGETS[name]
    keys()

    def one_input(data: bytes) -> None:
        run_one(target, data)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
