#!/usr/bin/env bash
# Set up .venv, create a demo vault of synthetic cases in .demo-vault/ (once), and start CaseVault.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_qt_libraries
make_venv
install_project
cd "$REPO_ROOT"
DEMO_VAULT="$REPO_ROOT/.demo-vault"
if [ ! -f "$DEMO_VAULT/keyslots.json" ]; then
    "$VENV/bin/casevault" --vault "$DEMO_VAULT" demo --cases 500
fi
say "demo vault passphrase: demo-passphrase"
CASEVAULT_PASSPHRASE=demo-passphrase exec "$VENV/bin/casevault" --vault "$DEMO_VAULT" start
