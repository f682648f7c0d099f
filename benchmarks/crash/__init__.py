"""The crash-safety kill harness: real write workloads in a child process, killed with SIGKILL.

`python -m benchmarks.crash` runs the full set (>= 500 kill points) and writes its figures to
docs/hardening.md; tests/vault/test_crash_safety.py runs a small random sample in CI. It lives
under benchmarks/ (not src/) so that it never ships in the wheel, is linted with the other
development code, and can reuse the benchmark organisations (benchmarks/orgs.py).
"""
