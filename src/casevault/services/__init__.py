"""Services: the one API that both the GUI and the CLI call.

Every mutating call is one transaction that also appends one audit entry.
"""
