"""Fuzz targets for everything CaseVault reads from outside (dev-only; not shipped).

`targets.py` holds one function per parser, each taking bytes; `strategies.py` builds structured
hostile inputs with hypothesis; `run.py` runs every target for a set time (`python -m fuzz.run`).
"""
