"""Whether a vault folder lies inside the system's temporary folder.

The vault layer is the one place that deals with temporary files (tests/test_project_rules.py);
this answers the one question other layers ask about them: the built app's self-test may only
run on a vault there (cli/self_test_guard.py). Symlinks are resolved on both sides, so a link in
the temporary folder that points at a real vault elsewhere is judged by where it points.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def inside_temporary_folder(path: Path) -> bool:
    """True if `path` (resolved) is strictly inside the system's temporary folder (resolved):
    the temporary folder itself does not count. Never raises for a path that does not exist."""
    temp_root = Path(tempfile.gettempdir()).resolve()
    return temp_root in path.resolve().parents
