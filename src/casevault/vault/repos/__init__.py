"""Repositories: plain functions, named with verbs, that read and write one kind of record.

Each takes an open connection inside a transaction owned by the caller (services).
"""
