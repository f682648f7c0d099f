"""scripts/bootstrap.sh finds Qt's system libraries reliably (issue #14, set-up).

The old check, `ldconfig -p | grep -q LIB` under `set -o pipefail`, failed at random: grep
stops at the first match, ldconfig dies of SIGPIPE (status 141), and a present library was
reported missing (apt-get re-run as root; a false "missing" message stopping a normal user).
Here a fake `ldconfig` prints a cache far larger than a pipe's buffer with every library near
the top, which made the old check fail nearly every time; fake `apt-get`, `id` and `fc-list`
record what the function would do.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = [
    "libEGL.so.1",
    "libGL.so.1",
    "libxkbcommon.so.0",
    "libfontconfig.so.1",
    "libdbus-1.so.3",
    "libglib-2.0.so.0",
    "libxkbcommon-x11.so.0",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-shape.so.0",
    "libxcb-image.so.0",
    "libxcb-render-util.so.0",
    "libxcb-randr.so.0",
]


def _fake_tools(bin_dir: Path, present: list[str], uid: int) -> Path:
    bin_dir.mkdir()
    cache = bin_dir / "cache.txt"
    lines = [f"{len(present) + 1500} libs found in cache `/etc/ld.so.cache'"]
    lines += [f"\t{lib} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/{lib}" for lib in present]
    filler = "\tlibfiller{n}.so.1 (libc6,x86-64) => /usr/lib/libfiller{n}.so.1"
    lines += [filler.format(n=n) for n in range(1500)]  # ~100 kB: more than a pipe holds
    cache.write_text("\n".join(lines) + "\n")
    calls = bin_dir / "apt-calls.txt"
    tools = {
        "ldconfig": f'cat "{cache}"',
        "apt-get": f'echo "$@" >> "{calls}"',
        "fc-list": 'echo "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf: DejaVu Sans"',
        "id": f'if [ "$1" = "-u" ]; then echo {uid}; else /usr/bin/id "$@"; fi',
        "uname": "echo Linux",
        "sudo": "exit 1",  # a password would be needed: no sudo for us
    }
    for name, body in tools.items():
        path = bin_dir / name
        path.write_text(f"#!/bin/bash\n{body}\n")
        path.chmod(0o755)
    return calls


def _ensure(bin_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", "source scripts/bootstrap.sh && ensure_qt_libraries && echo done"],
        cwd=ROOT,
        env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("uid", [0, 1000])
def test_present_libraries_are_never_reported_missing(tmp_path: Path, uid: int) -> None:
    calls = _fake_tools(tmp_path / "bin", LIBRARIES, uid)
    for _ in range(6):
        result = _ensure(tmp_path / "bin")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "done"
        assert "needs these system packages" not in result.stderr
    assert not calls.exists()  # apt-get never run


def test_a_missing_library_is_installed_as_root(tmp_path: Path) -> None:
    present = [lib for lib in LIBRARIES if lib != "libxcb-cursor.so.0"]
    calls = _fake_tools(tmp_path / "bin", present, uid=0)
    result = _ensure(tmp_path / "bin")
    assert result.returncode == 0, result.stderr
    assert "install -y -qq libxcb-cursor0" in calls.read_text()


def test_a_normal_user_is_told_the_one_line_to_run(tmp_path: Path) -> None:
    present = [lib for lib in LIBRARIES if lib not in ("libEGL.so.1", "libxcb-cursor.so.0")]
    calls = _fake_tools(tmp_path / "bin", present, uid=1000)
    result = _ensure(tmp_path / "bin")
    assert result.returncode == 1
    assert "sudo apt-get install libegl1 libxcb-cursor0" in result.stderr
    assert not calls.exists()


def test_a_similar_name_does_not_count_as_the_library(tmp_path: Path) -> None:
    """`libGL.so.1` must not be found in `libGLX.so.1` or `libGL.so.1.7.0`."""
    present = [lib for lib in LIBRARIES if lib != "libGL.so.1"] + ["libGLX.so.1", "libGL.so.1.7.0"]
    calls = _fake_tools(tmp_path / "bin", present, uid=0)
    assert _ensure(tmp_path / "bin").returncode == 0
    assert "install -y -qq libgl1" in calls.read_text()
