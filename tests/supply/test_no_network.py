"""No network, ever: the CLI and the app make no network call (issue #16).

Three layers of proof:

* the source: no module of casevault imports a network library (the allow-list is empty);
* every Python process: the CLI's workflows (the command walk runs every command, `init`,
  `case add/edit`, evaluations, `export`, `import` of a partner's real bundle, `sync`, `panic`,
  `check` among them) and the app's (first-run
  wizard, unlock, the case list, editing a case, the export wizard, locking, the lock screen
  as a fresh process) run with tests/supply/netguard/sitecustomize.py, an audit hook that
  refuses and records every socket call, DNS lookup and URL opening;
* the native code: Qt is C++, invisible to Python's audit hooks, so the app's run is also
  traced with strace (when installed) and fails on any connect, bind or send on an Internet,
  packet or netlink socket. Local Unix sockets (the C library asking nscd for a user name, a
  D-Bus session bus) are not network and are allowed.

The workflows are the suite's own tests, re-run in a child pytest under the guard: they
assert that each step really happened, so a workflow that silently stopped early fails them.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "casevault"
GUARD = Path(__file__).resolve().parent / "netguard"

NETWORK_MODULES = (
    "socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "urllib3", "ftplib",
    "smtplib", "imaplib", "poplib", "xmlrpc", "socketserver", "asyncio", "webbrowser",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets", "PySide6.QtHttpServer", "PySide6.QtNetworkAuth",
)  # fmt: skip
# (module, import) pairs allowed, with the reason.
ALLOWED: dict[tuple[str, str], str] = {
    (
        "gui/safety/relaunch.py",
        "socket",
    ): "socket.socketpair() only: a local pipe that wakes Qt's event "
    "loop when a signal (lock, panic) arrives; it has no address and reaches no network",
}

CLI_WORKFLOWS = ("tests/cli/test_command_walk.py",)
APP_WORKFLOWS = (
    "tests/gui/safety/test_first_run.py::test_wizard_creates_vault_and_opens_workspace",
    "tests/gui/test_main_window.py::test_unlock_then_list_shows_cases",
    "tests/gui/test_main_window.py::test_ctrl_l_locks",
    "tests/gui/cases/test_case_editor.py::test_edit_stored_case_and_add_timeline_event",
    "tests/gui/exchange/test_export_wizard.py::test_preview_consent_override_and_file",
    "tests/gui/safety/test_relaunch.py",
)
# strace lines of a call on a socket that can reach beyond this machine.
NETWORK_SYSCALL = re.compile(
    r"\b(connect|bind|sendto|sendmsg)\(\d+, .*sa_family=AF_(INET6?|PACKET|NETLINK)\b"
)


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _is_network(module: str) -> bool:
    return any(module == bad or module.startswith(bad + ".") for bad in NETWORK_MODULES)


def test_no_module_imports_a_network_library() -> None:
    offenders = sorted(
        f"{path.relative_to(SRC)}: {module}"
        for path in SRC.rglob("*.py")
        for module in _imported_modules(path)
        if _is_network(module) and (path.relative_to(SRC).as_posix(), module) not in ALLOWED
    )
    assert offenders == []


def test_the_allowed_socket_use_is_a_local_pair_only() -> None:
    attributes = set(
        re.findall(r"\bsocket\.(\w+)", (SRC / "gui" / "safety" / "relaunch.py").read_text())
    )
    assert attributes == {"socketpair"}


def test_the_import_scan_sees_a_network_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import socket\nfrom urllib.request import urlopen\nfrom .x import y\n")
    assert {m for m in _imported_modules(sample) if _is_network(m)} == {"socket", "urllib.request"}


def _guarded_env(log: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(GUARD), *filter(None, [os.environ.get("PYTHONPATH", "")])]
    )
    env["CASEVAULT_NETGUARD_LOG"] = str(log)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _run_guarded(
    tests: tuple[str, ...], log: Path, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [
        *(prefix or []),
        sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-p", "no:xdist",
        *tests,
    ]  # fmt: skip
    return subprocess.run(
        command,
        cwd=ROOT,
        env=_guarded_env(log),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _refusals(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_the_guard_refuses_and_records_every_kind_of_attempt(tmp_path: Path) -> None:
    """The guard is what the two workflow tests rely on: prove it catches each kind of call,
    including one whose error is swallowed by the code that made it."""
    log = tmp_path / "network.log"
    attempt = (
        "import socket, urllib.request\n"
        "def swallow(call):\n"
        "    try:\n"
        "        call()\n"
        "    except OSError:\n"
        "        pass\n"
        "swallow(lambda: socket.getaddrinfo('example.org', 443))\n"
        "swallow(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM))\n"
        "swallow(lambda: urllib.request.urlopen('http://192.0.2.1/', timeout=1))\n"
        "a, b = socket.socketpair()\n"  # a local pipe between processes is allowed
        "a.sendall(b'x'); assert b.recv(1) == b'x'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", attempt],
        env=_guarded_env(log),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    events = [line.split()[1] for line in _refusals(log)]
    assert events == ["socket.getaddrinfo", "socket.__new__", "urllib.Request"]


@pytest.mark.slow
def test_cli_workflows_make_no_network_call(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    result = _run_guarded(CLI_WORKFLOWS, log)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "passed" in result.stdout
    assert _refusals(log) == []


@pytest.mark.slow
@pytest.mark.gui
def test_app_workflows_make_no_network_call(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    log = tmp_path / "network.log"
    trace = tmp_path / "strace.log"
    strace = shutil.which("strace")
    prefix = (
        [strace, "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg", "-o", str(trace)]
        if strace
        else None
    )
    result = _run_guarded(APP_WORKFLOWS, log, prefix)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "passed" in result.stdout
    assert _refusals(log) == []
    if strace:
        calls = [line for line in trace.read_text().splitlines() if NETWORK_SYSCALL.search(line)]
        assert calls == []


def test_the_trace_sees_a_native_connection(tmp_path: Path) -> None:
    """The strace half of the app test would catch a connection made below Python."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    trace = tmp_path / "strace.log"
    attempt = (
        "import socket\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "s.sendto(b'x', ('127.0.0.1', 9))\n"
    )
    subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg", "-o", str(trace),
         sys.executable, "-c", attempt],
        capture_output=True,
        timeout=60,
        check=True,
    )  # fmt: skip
    assert any(NETWORK_SYSCALL.search(line) for line in trace.read_text().splitlines())
