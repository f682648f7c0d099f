"""Synthetic, invented case data for the demo vault, tests and benchmarks. Deterministic by seed.

Every name, unit, place and note here is made up from small word lists; no real person's data.
"""
