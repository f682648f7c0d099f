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

# The ldconfig cache, read once (empty when it cannot be read). Match names in it in bash:
# `ldconfig -p | grep -q` under pipefail fails at random (grep exits at the first match,
# ldconfig dies of SIGPIPE, status 141). ldconfig lives in /sbin, not on a user's PATH.
library_cache() {
    local ldconfig
    ldconfig="$(PATH="$PATH:/sbin:/usr/sbin" command -v ldconfig 2>/dev/null)" || return 0
    "$ldconfig" -p 2>/dev/null || true
}

# Whether the cache text $1 lists library $2 (lines read "\tlibEGL.so.1 (libc6,x86-64) => ...").
cache_has() { [[ "$1" == *$'\t'"$2 "* ]]; }

# apt_install required|optional "what for" PACKAGE...: install when we may (root, or sudo
# without a password). `required` stops with the exact command to run when we may not or it
# fails; `optional` goes on quietly when we may not and says so when it fails.
apt_install() {
    local mode="$1" purpose="$2"
    shift 2
    local -a sudo=()
    if ! command -v apt-get >/dev/null 2>&1; then
        [ "$mode" = optional ] && return 0
        die "$purpose needs these packages: $*. Install them with your package manager."
    fi
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo)
        else
            [ "$mode" = optional ] && return 0
            die "$purpose needs these system packages: $*. Install them with: sudo apt-get install $*"
        fi
    fi
    say "installing for $purpose: $*"
    "${sudo[@]}" apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null && return 0
    [ "$mode" = optional ] && { say "could not install $* ($purpose will be skipped)"; return 0; }
    die "Could not install $*. Install them with: sudo apt-get install $*"
}

# Qt needs a few system libraries that a bare Debian/Ubuntu lacks. Install them when we may
# (root, or sudo without a password); otherwise say exactly what to install.
ensure_qt_libraries() {
    [ "$(uname -s)" = "Linux" ] || return 0
    local cache
    cache="$(library_cache)"
    [ -n "$cache" ] || return 0  # no readable cache: we cannot tell, so do not guess
    local -a need=()
    local pair lib pkg
    for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
        libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0 \
        libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0 \
        libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
        libxcb-shape.so.0:libxcb-shape0 libxcb-image.so.0:libxcb-image0 \
        libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0; do
        lib="${pair%%:*}"; pkg="${pair##*:}"
        cache_has "$cache" "$lib" || need+=("$pkg")
    done
    local fonts
    fonts="$(fc-list 2>/dev/null || true)"
    [ -n "$fonts" ] || need+=(fontconfig fonts-dejavu-core)
    [ "${#need[@]}" -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        say "Qt may need these system libraries: ${need[*]} (install them with your package manager)."
        return 0
    fi
    apt_install required "the desktop app (Qt)" "${need[@]}"
}

# The transport-folder integration test runs two real Syncthing instances on 127.0.0.1
# (tests/services/test_transport_syncthing.py; skipped, with the reason, where it is missing).
# Installed when we may (root, or sudo without a password); otherwise nothing happens.
ensure_syncthing() {
    command -v syncthing >/dev/null 2>&1 && return 0
    apt_install optional "the transport-folder integration test" syncthing
}

# Every dependency comes from the lock (requirements/<kind>.txt, made by scripts/lock.sh): exact
# versions, each file checked against its SHA-256, nothing resolved at install time. Kinds, each
# holding the one before: runtime (CLI only), gui (the app), dev (tests, lint, translations);
# and apart: cli-test (runtime and the Qt-free test tools), build, fuzz.
lock_file() { printf '%s/requirements/%s.txt' "$REPO_ROOT" "$1"; }
lock_rank() { case "$1" in runtime) echo 1 ;; gui) echo 2 ;; dev) echo 3 ;; *) echo 0 ;; esac; }
lock_digest() { "$PYTHON" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$1"; }

make_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating a virtual environment in .venv"
        "$PYTHON" -m venv "$VENV" || die "Could not create .venv (Debian/Ubuntu: sudo apt install python3-venv)."
    fi
}

install_project() {
    # $1: which lock to install (runtime, gui or dev). The venv records what it holds in
    # .casevault-lock; if that is older than the lock, the venv is made again from nothing, so it
    # holds exactly the locked set (no stray package from an earlier, unlocked install).
    local kind="${1:-gui}" stamp="$VENV/.casevault-lock" have_kind="" have_digest=""
    if [ -f "$stamp" ]; then
        read -r have_kind have_digest <"$stamp" || true
    fi
    # A venv that already holds more (dev when the demo wants gui) keeps it, so running the
    # demo after the tests does not reinstall back and forth.
    if [ "$(lock_rank "$kind")" -gt 0 ] && [ "$(lock_rank "$have_kind")" -gt "$(lock_rank "$kind")" ]; then
        kind="$have_kind"
    fi
    local lock digest
    lock="$(lock_file "$kind")"
    [ -f "$lock" ] || die "requirements/$kind.txt is missing: run bash scripts/lock.sh"
    digest="$(lock_digest "$lock")"
    if [ "$have_kind" = "$kind" ] && [ "$have_digest" = "$digest" ]; then
        return 0
    fi
    local earlier=""
    if [ -e "$stamp" ] || compgen -G "$VENV/lib/python3*/site-packages/*casevault*" >/dev/null; then
        earlier=yes  # a venv from an older lock, or from before the lock existed
    fi
    if [ -n "$earlier" ]; then
        say "the locked set of dependencies changed: making .venv again"
        rm -rf "$VENV"
        make_venv
    fi
    say "installing CaseVault and its pinned dependencies (first run takes a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --require-hashes --no-deps --only-binary=:all: -r "$lock" ||
        die "Could not install the pinned dependencies (requirements/$kind.txt). Check the network and run this again."
    # The project itself from this folder; its build backend (hatchling) came from the lock.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --no-deps --no-build-isolation --no-index -e "$REPO_ROOT" ||
        die "Could not install CaseVault from $REPO_ROOT."
    printf '%s %s\n' "$kind" "$digest" >"$stamp"
}
