"""Crypto: the only package that imports `cryptography`. Standard constructions, none invented.

No `cryptography` (hazmat) type crosses this package's boundary: callers hold our own small
types (bytes, dataclasses) and get our own errors.
"""
