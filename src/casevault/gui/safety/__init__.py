"""Safety: unlock, lock, panic, duress, passphrases, recovery and first run."""
