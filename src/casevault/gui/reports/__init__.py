"""Reports: dashboard, dossiers, statistics, the audit log and the vault check."""
