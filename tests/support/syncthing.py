"""Two real Syncthing instances on 127.0.0.1 for the transport-folder integration test.

Each instance has its own home (keys, config, database) under the test's tmp_path, its GUI/REST
API on a free 127.0.0.1 port with a random API key, and listens on tcp://127.0.0.1:<port> only.
Global and local discovery, relays, NAT traversal, usage and crash reporting and upgrades are
off: the two devices know each other by ID with explicit addresses, so nothing leaves the
machine. Processes are always stopped when the `running` context ends, even on failure.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYNCTHING = shutil.which("syncthing")
STARTUP_DEADLINE_S = 90.0


@dataclass
class Instance:
    """One Syncthing device: its home, identity, ports and (once started) its process."""

    name: str
    home: Path
    device_id: str = ""
    api_port: int = 0
    listen_port: int = 0
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def api(self, path: str) -> Any:
        """GET one REST endpoint (loopback only) and decode its JSON."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.api_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return json.loads(response.read())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(home: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),  # nothing of the person's own Syncthing is read or written
        "STNODEFAULTFOLDER": "1",
        "STNOUPGRADE": "1",
        "STNORESTART": "1",
    }


def make_instance(root: Path, name: str) -> Instance:
    """Generate keys and a config for a new device in `root/name`."""
    assert SYNCTHING is not None
    home = root / name
    home.mkdir(parents=True)
    done = subprocess.run(
        [SYNCTHING, "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        env=_environment(home),
        timeout=60,
        check=True,
    )
    found = re.search(r"Device ID:\s*([A-Z0-9-]{63})", done.stdout + done.stderr)
    assert found is not None, done.stdout + done.stderr
    return Instance(name, home, found.group(1), _free_port(), _free_port())


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


def configure(instance: Instance, peer: Instance, folders: Sequence[tuple[str, Path]]) -> None:
    """Write the instance's config: loopback only, nothing announced or relayed, `peer` known by
    ID at its explicit address, and each (folder id, local path) shared with it."""
    config_path = instance.home / "config.xml"
    tree = ET.parse(config_path)  # noqa: S314 - the file Syncthing just generated
    root = tree.getroot()
    for folder in root.findall("folder"):
        root.remove(folder)
    for device in root.findall("device"):
        if device.get("id") != instance.device_id:
            root.remove(device)
    for device in root.findall("device"):
        _set(device, "address", f"tcp://127.0.0.1:{instance.listen_port}")
    other = ET.SubElement(
        root, "device", {"id": peer.device_id, "name": peer.name, "compression": "metadata"}
    )
    ET.SubElement(other, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
    for folder_id, path in folders:
        path.mkdir(parents=True, exist_ok=True)
        (path / ".stfolder").mkdir(exist_ok=True)
        element = ET.Element(
            "folder",
            {
                "id": folder_id,
                "label": folder_id,
                "path": str(path),
                "type": "sendreceive",
                "rescanIntervalS": "2",
                "fsWatcherEnabled": "true",
                "fsWatcherDelayS": "1",
            },
        )
        for device_id in (instance.device_id, peer.device_id):
            ET.SubElement(element, "device", {"id": device_id})
        root.insert(0, element)
    gui = root.find("gui")
    assert gui is not None
    gui.set("tls", "false")
    _set(gui, "address", f"127.0.0.1:{instance.api_port}")
    _set(gui, "apikey", instance.api_key)
    options = root.find("options")
    assert options is not None
    for tag, value in (
        ("listenAddress", f"tcp://127.0.0.1:{instance.listen_port}"),
        ("globalAnnounceEnabled", "false"),
        ("localAnnounceEnabled", "false"),
        ("relaysEnabled", "false"),
        ("natEnabled", "false"),
        ("startBrowser", "false"),
        ("urAccepted", "-1"),
        ("crashReportingEnabled", "false"),
        ("autoUpgradeIntervalH", "0"),
    ):
        _set(options, tag, value)
    tree.write(config_path)


def wait_until(check: Callable[[], bool], what: str, deadline_s: float = 120.0) -> None:
    """Poll `check` until it holds; AssertionError naming `what` after a generous deadline."""
    until = time.monotonic() + deadline_s
    while not check():
        if time.monotonic() > until:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _connected(instance: Instance, peer: Instance) -> bool:
    try:
        connections = instance.api("/rest/system/connections")["connections"]
    except OSError:
        return False  # the REST API is not up yet
    return bool(connections.get(peer.device_id, {}).get("connected"))


@contextlib.contextmanager
def running(*instances: Instance) -> Iterator[None]:
    """Start every instance, wait until each is connected to the others; stop them all at the
    end (terminate, then kill), whatever happens."""
    assert SYNCTHING is not None
    try:
        for instance in instances:
            log = instance.log.open("wb")
            instance.process = subprocess.Popen(
                [
                    SYNCTHING,
                    "serve",
                    f"--home={instance.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_environment(instance.home),
            )
            log.close()
        for instance in instances:
            for peer in instances:
                if peer is not instance:
                    wait_until(
                        lambda i=instance, p=peer: _connected(i, p),
                        f"{instance.name} to connect to {peer.name}",
                        STARTUP_DEADLINE_S,
                    )
        yield
    finally:
        for instance in instances:
            if instance.process is None:
                continue
            instance.process.terminate()
            try:
                instance.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                instance.process.kill()
                instance.process.wait(timeout=15)


def logs(*instances: Instance) -> str:
    """The tail of each instance's log, for a failure message."""
    return "\n".join(
        f"--- {i.name}\n{i.log.read_text(errors='replace')[-3000:]}"
        for i in instances
        if i.log.exists()
    )
