#!/usr/bin/env bash
# Refresh the translations of the `casevault` command line (docs/i18n.md):
#   1. extract every text of src/casevault/cli (`_()`, `N_()`, command and option help)
#      into src/casevault/locale/casevault.pot;
#   2. merge it into each src/casevault/locale/<lang>/LC_MESSAGES/casevault.po
#      (new texts get an empty msgstr; texts gone from the code are dropped);
#   3. compile each .po to casevault.mo (committed: a fresh clone needs no build step);
#   4. list every text that still needs a translator, by msgid and source file.
# Run it again after filling in the .po, and commit the .pot, .po and .mo together.
# Safe to run any number of times: unchanged catalogs stay byte for byte the same.
# Options: --check  exit 1 if any text is untranslated, fuzzy or has wrong {placeholders}.
# Uses $CASEVAULT_VENV (default .venv); installs the locked dev set (babel included) only if missing.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
if ! "$VENV/bin/python" -c 'import babel, click, pydantic' >/dev/null 2>&1; then
    make_venv
    install_project dev
fi
cd "$REPO_ROOT"
exec "$VENV/bin/python" scripts/translations.py "$@"
