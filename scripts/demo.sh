#!/usr/bin/env bash
# Set up .venv, create a demo vault of synthetic cases in .demo-vault/ (once), and start
# CaseVault on it, already unlocked.
#   bash scripts/demo.sh          # as above; if the demo vault was destroyed (panic) or
#                                 # damaged, offers to make a new one
#   bash scripts/demo.sh --new    # throw the demo vault away and make a new one
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_qt_libraries
make_venv
install_project gui
cd "$REPO_ROOT"
DEMO_VAULT="$REPO_ROOT/.demo-vault"
# The demo vault's published passphrase (synthetic/demo.py); it opens nothing else.
export CASEVAULT_PASSPHRASE=demo-passphrase
casevault() { "$VENV/bin/casevault" --vault "$DEMO_VAULT" "$@"; }

make_demo_vault() {
    # Only ever .demo-vault/ in this checkout: synthetic cases, nothing of value.
    rm -rf "$DEMO_VAULT"
    casevault demo --cases 500
}

if [ "${1:-}" = "--new" ]; then
    make_demo_vault
elif [ ! -e "$DEMO_VAULT" ]; then
    make_demo_vault
elif ! casevault check >/dev/null 2>&1; then
    # Destroyed by panic or the duress passphrase, damaged, or half-made: say so, and offer a
    # new one rather than start on a vault that cannot open.
    say "the demo vault in .demo-vault/ cannot be opened (destroyed by a panic, or damaged)."
    if [ -t 0 ]; then
        read -r -p "casevault: make a new demo vault? [Y/n] " answer
        case "$answer" in
            [nN]*) die "left as it is. To make a new one later: bash scripts/demo.sh --new" ;;
        esac
        make_demo_vault
    else
        die "to make a new one: bash scripts/demo.sh --new"
    fi
fi
say "demo vault passphrase: demo-passphrase (the app opens unlocked; Ctrl+L locks)"
# --demo opens the app unlocked, and only on a demo vault (casevault/synthetic/demo.py).
exec "$VENV/bin/casevault" --vault "$DEMO_VAULT" start --demo
