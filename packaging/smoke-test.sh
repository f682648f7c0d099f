#!/usr/bin/env bash
# Smoke test of a BUILT CaseVault (not the source tree): run it the way a user would, offscreen.
#
#   bash packaging/smoke-test.sh dist/casevault/casevault                       # Linux
#   bash packaging/smoke-test.sh dist/CaseVault.app/Contents/MacOS/casevault    # macOS
#   bash packaging/smoke-test.sh dist/CaseVault/casevault.exe                   # Windows (Git Bash)
#
# 1. The built tree holds what the app needs (Qt platform plugins incl. offscreen and xcb, the
#    SVG plugins, compiled translations for the app and the CLI, migrations, forms, icons, the
#    font on Linux) and nothing it must not: no vault or case data, no demo vault, no virtual
#    environment, no tests, no Qt settings file, no unused Qt module (WebEngine, Quick/QML, 3D,
#    Multimedia).
# 2. The built CLI: --version, init (Argon2id at its floor) on a fresh vault in a temp folder.
# 3. The built desktop app, offscreen, in Russian: `start --self-test` unlocks through the real
#    unlock screen, fills and saves the real case form, locks with the real Lock action, exits 0
#    (src/casevault/gui/safety/self_test.py; refused on any vault but a new one in the temp folder).
# 4. The built CLI again: `case add`, then `case list` shows both cases (the app's and the CLI's),
#    and the CLI's Russian catalogue is used.
# 5. Nothing was written outside the temp folder's vault but Qt's settings file and
#    fontconfig's cache under the (temporary) home, and nothing inside the built tree changed.
# Exits non-zero with a line saying what failed.
set -euo pipefail

EXE="${1:?usage: smoke-test.sh PATH-TO-BUILT-casevault-EXECUTABLE}"
[ -x "$EXE" ] || { echo "smoke-test: $EXE is not an executable" >&2; exit 1; }
EXE="$(cd "$(dirname "$EXE")" && pwd)/$(basename "$EXE")"
case "$EXE" in
    */Contents/MacOS/*) TREE="$(cd "$(dirname "$EXE")/.." && pwd)" ;;  # the .app's Contents
    *) TREE="$(dirname "$EXE")" ;;
esac
OS="$(uname -s)"

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
step() { echo "smoke-test: $*" >&2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Paths handed to the app: Windows programs need C:\... paths, Git Bash gives /c/... ones.
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else printf '%s' "$1"; fi; }

# --- 1. the built tree ------------------------------------------------------------------------
step "checking the built tree $TREE"
listing="$WORK/tree.txt"
(cd "$TREE" && find . -print | sort) >"$listing"
need() { grep -Eq "$1" "$listing" || fail "the build lacks $2"; }
deny() {
    local hit
    hit="$(grep -E "$1" "$listing" | head -n 3 || true)"
    [ -z "$hit" ] || fail "the build must not contain $2: $hit"
}
need '/platforms/(lib)?qoffscreen\.(so|dylib|dll)$' "Qt's offscreen platform plugin"
case "$OS" in
    Linux) need '/platforms/libqxcb\.so$' "Qt's X11 (xcb) platform plugin"
        need '/casevault/_ui/fonts/DejaVuSans\.ttf$' "the bundled DejaVu Sans font" ;;
    Darwin) need '/platforms/libqcocoa\.dylib$' "Qt's macOS platform plugin" ;;
    *) need '/platforms/qwindows\.dll$' "Qt's Windows platform plugin" ;;
esac
need '/imageformats/(lib)?qsvg\.(so|dylib|dll)$' "the SVG image plugin (icons)"
need '/casevault/_ui/translations/casevault_ru\.qm$' "the app's compiled Russian translation"
need '/casevault/locale/ru/LC_MESSAGES/casevault\.mo$' "the CLI's compiled Russian catalogue"
need '/casevault/_migrations/0001_[^/]*\.sql$' "the vault migrations"
need '/casevault/_ui/forms/unlock\.ui$' "the Designer forms"
need '/casevault/_ui/icons/lock\.svg$' "the icons"
deny '(^|/)(vault\.db|keyslots\.json|vault\.lock|unlock_attempts\.json|vault\.rekey\.db)$' "a vault"
deny '(^|/)\.demo-vault(/|$)' "the demo vault"
deny '(^|/)\.venv[^/]*(/|$)|/site-packages(/|$)|/pyvenv\.cfg$' "a virtual environment"
deny '(^|/)(tests|\.git|\.pytest_cache|\.hypothesis)(/|$)|/conftest\.py$' "tests or a checkout"
deny '(^|/)(CaseVault\.conf|QtProject\.conf|Trolltech\.conf|ui\.ini)$' "a Qt settings file"
deny 'WebEngine|Qt6?Quick|Qt6?Qml|Qt6?3D|Qt6?Multimedia|Qt6?Designer|/qml/' "an unused Qt module"
deny '\.(po|pot|ts)$' "translation sources (only compiled catalogues ship)"
if [ "$OS" = "Linux" ] && command -v ldd >/dev/null 2>&1; then
    # Every platform plugin finds its libraries inside the bundle or on any desktop Linux.
    qtlib="$(dirname "$(grep -E '/libQt6Core\.so' "$listing" | grep -v '^\./libQt6Core' | head -n1)")"
    missing="$(cd "$TREE" && LD_LIBRARY_PATH="$TREE/_internal:$TREE/${qtlib#./}" \
        ldd $(grep -E '/platforms/libq(xcb|offscreen|wayland)\.so$' "$listing") 2>/dev/null |
        grep 'not found' || true)"
    [ -z "$missing" ] || fail "a Qt platform plugin misses a library: $missing"
fi
before="$(cd "$TREE" && find . -type f -exec cksum {} + | sort | cksum)"

# --- 2. the CLI: a fresh vault -------------------------------------------------------------------
# A home and a temp folder of our own: whatever the app writes lands there, where step 5 sees it.
HOME_DIR="$WORK/home" TMP_DIR="$WORK/tmp"
mkdir -p "$HOME_DIR" "$TMP_DIR"
export HOME="$(native "$HOME_DIR")" USERPROFILE="$(native "$HOME_DIR")"
export TMPDIR="$(native "$TMP_DIR")" TEMP="$(native "$TMP_DIR")" TMP="$(native "$TMP_DIR")"
export XDG_CONFIG_HOME="$HOME_DIR/.config" XDG_CACHE_HOME="$HOME_DIR/.cache" XDG_DATA_HOME="$HOME_DIR/.local/share"
export APPDATA="$(native "$HOME_DIR/AppData/Roaming")" LOCALAPPDATA="$(native "$HOME_DIR/AppData/Local")"
unset CASEVAULT_PASSPHRASE CASEVAULT_VAULT 2>/dev/null || true
VAULT="$(native "$TMP_DIR/vault")"  # the self-test runs only on a vault in the temp folder
PASS="$WORK/passphrase.txt"
printf 'a throwaway passphrase for the smoke test only\n' >"$PASS"
PASS="$(native "$PASS")"
cv() { "$EXE" --vault "$VAULT" --passphrase-file "$PASS" "$@"; }

step "casevault --version"
version="$("$EXE" --version)" || fail "--version exited $?"
[[ "$version" == casevault,\ version\ * ]] || fail "--version printed: $version"
step "init (Argon2id at its floor)"
cv init --org-name "Smoke Test Organisation" --kdf-floor >"$WORK/init.txt" || fail "init exited $?"

# --- 3. the desktop app, offscreen ---------------------------------------------------------------
step "the desktop app: unlock, new case, save, lock (offscreen, in Russian)"
rc=0
QT_QPA_PLATFORM=offscreen CASEVAULT_LANG=ru cv start --self-test || rc=$?
[ "$rc" -eq 0 ] || fail "the app's self-test exited $rc"

# --- 4. the CLI reads what the app wrote ---------------------------------------------------------
step "case add, case list"
cv case add --surname "Тестов" --latin-surname "Testov" --country KZ >/dev/null || fail "case add exited $?"
cv case list >"$WORK/list.txt" || fail "case list exited $?"
grep -q "Проверкин" "$WORK/list.txt" || fail "the case saved by the app is not listed"
grep -q "Тестов" "$WORK/list.txt" || fail "the case added by the CLI is not listed"
LANGUAGE=ru LC_ALL=C.UTF-8 "$EXE" --help >"$WORK/help-ru.txt" || fail "--help in Russian exited $?"
LANGUAGE=en LC_ALL=C.UTF-8 "$EXE" --help >"$WORK/help-en.txt" || fail "--help exited $?"
! cmp -s "$WORK/help-en.txt" "$WORK/help-ru.txt" || fail "the CLI's Russian catalogue was not used"

# --- 5. nothing written where it must not be -----------------------------------------------------
step "checking what was written"
after="$(cd "$TREE" && find . -type f -exec cksum {} + | sort | cksum)"
[ "$before" = "$after" ] || fail "running the app changed files inside the built tree"
stray="$(cd "$HOME_DIR" && find . -type f | grep -Ev '^\./\.config/CaseVault/CaseVault\.conf$|^\./\.cache/fontconfig/|^\./AppData/Roaming/CaseVault/CaseVault\.ini$|^\./Library/Preferences/org\.casevault\.CaseVault\.plist$|^\./Library/Preferences/com\.casevault\.CaseVault\.plist$' || true)"
[ -z "$stray" ] || fail "the app wrote outside the vault: $stray"
leftover="$(find "$TMP_DIR" -mindepth 1 -maxdepth 1 ! -name vault | head -n 3)"
[ -z "$leftover" ] || fail "the app left files in the temp folder: $leftover"
echo "smoke-test: passed ($(du -sh "$TREE" | cut -f1) built tree)"
