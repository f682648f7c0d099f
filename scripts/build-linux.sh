#!/usr/bin/env bash
# Build the self-contained Linux app with one command: dist/casevault/ (run dist/casevault/casevault).
#
#   bash scripts/build-linux.sh            # build
#   bash packaging/smoke-test.sh dist/casevault/casevault   # then prove it works
#
# Installs what the build needs when it may (root, or sudo without a password): binutils
# (PyInstaller reads shared libraries with objdump), DejaVu Sans (the bundled Cyrillic+Latin
# font) and the system libraries Qt needs. The Python side goes into its own virtual
# environment (.venv-build, or $CASEVAULT_BUILD_VENV), never the test one, so the build holds
# only the locked runtime + GUI + PyInstaller set. docs/packaging.md explains every choice.
set -euo pipefail
export CASEVAULT_VENV="${CASEVAULT_BUILD_VENV:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.venv-build}"
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

[ "$(uname -s)" = "Linux" ] || die "scripts/build-linux.sh builds on Linux; Windows and macOS use packaging/ci/build.yml."

ensure_build_packages() {
    local -a need=()
    command -v objdump >/dev/null 2>&1 || need+=(binutils)
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ -n "${CASEVAULT_FONT_DIR:-}" ] ||
        need+=(fonts-dejavu-core)
    # Libraries Qt's Wayland plugin links to (bundled, so the app also starts on Wayland).
    local pair cache
    cache="$(library_cache)"
    for pair in libwayland-cursor.so.0:libwayland-cursor0 libwayland-egl.so.1:libwayland-egl1; do
        cache_has "$cache" "${pair%%:*}" || need+=("${pair##*:}")
    done
    [ "${#need[@]}" -eq 0 ] && return 0
    apt_install required "the build (objdump from binutils; DejaVu Sans, or set CASEVAULT_FONT_DIR)" \
        "${need[@]}"
}

install_build_environment() {
    make_venv
    install_project build  # the hashed lock: runtime + GUI + the `build` group (scripts/lock.sh)
}

ensure_qt_libraries
ensure_build_packages
install_build_environment
cd "$REPO_ROOT"
# Reproducibility (docs/packaging.md): a fixed timestamp for everything that records one, a
# fixed hash seed, and a clean work folder so nothing from an earlier build is reused.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
export PYTHONHASHSEED=0
rm -rf build/pyinstaller dist/casevault
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/casevault.spec
say "built $(du -sh dist/casevault | cut -f1) in dist/casevault; run: dist/casevault/casevault"
