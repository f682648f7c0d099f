#!/usr/bin/env bash
# Shared set-up for scripts/demo.sh and scripts/test.sh: find Python 3.11+, make .venv, install.
# Sourced, not run. Every missing prerequisite gets one line saying what to install.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CASEVAULT_VENV:-$REPO_ROOT/.venv}"

say() { printf 'casevault: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

PYTHON="$(find_python)" || die "Python 3.11 or newer is needed. Install it (Debian/Ubuntu: sudo apt install python3; macOS: brew install python@3.12) and run this again."
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null ||
    die "Python's venv module is missing. Install it (Debian/Ubuntu: sudo apt install python3-venv) and run this again."

# Qt needs a few system libraries that a bare Debian/Ubuntu lacks. Install them when we may
# (root, or sudo without a password); otherwise say exactly what to install.
ensure_qt_libraries() {
    [ "$(uname -s)" = "Linux" ] || return 0
    command -v ldconfig >/dev/null 2>&1 || return 0
    local -a need=()
    local pair lib pkg
    for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
        libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0 \
        libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0 \
        libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
        libxcb-shape.so.0:libxcb-shape0 libxcb-image.so.0:libxcb-image0 \
        libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0; do
        lib="${pair%%:*}"; pkg="${pair##*:}"
        ldconfig -p 2>/dev/null | grep -q "$lib" || need+=("$pkg")
    done
    if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n1)" ]; then
        need+=(fontconfig fonts-dejavu-core)
    fi
    [ "${#need[@]}" -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        say "Qt may need these system libraries: ${need[*]} (install them with your package manager)."
        return 0
    fi
    local -a sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo)
        else
            die "Qt needs these system packages: ${need[*]}. Install them with: sudo apt-get install ${need[*]}"
        fi
    fi
    say "installing system libraries Qt needs: ${need[*]}"
    "${sudo[@]}" apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null ||
        die "Could not install ${need[*]}. Install them with: sudo apt-get install ${need[*]}"
}

# The transport-folder integration test runs two real Syncthing instances on 127.0.0.1
# (tests/services/test_transport_syncthing.py; skipped, with the reason, where it is missing).
# Installed when we may (root, or sudo without a password); otherwise nothing happens.
ensure_syncthing() {
    command -v syncthing >/dev/null 2>&1 && return 0
    command -v apt-get >/dev/null 2>&1 || return 0
    local -a sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || return 0
        sudo=(sudo)
    fi
    say "installing syncthing (for the transport-folder integration test)"
    "${sudo[@]}" apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq syncthing >/dev/null ||
        say "could not install syncthing; its integration test will be skipped"
}

make_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating a virtual environment in .venv"
        "$PYTHON" -m venv "$VENV" || die "Could not create .venv (Debian/Ubuntu: sudo apt install python3-venv)."
    fi
    # Dependency groups (PEP 735) need pip 25.1 or newer.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
}

install_project() {
    # $@: extra pip arguments, e.g. --group test
    say "installing CaseVault and its dependencies (first run takes a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$REPO_ROOT[gui]" "$@"
}
