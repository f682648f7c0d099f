"""Vault: every byte on disk. SQLCipher database, keyslot file, lock file, repositories.

Nothing outside this package opens a file in a vault directory.
"""
