"""CaseVault benchmarks: ratios against baselines measured in the same run (see run.py)."""
