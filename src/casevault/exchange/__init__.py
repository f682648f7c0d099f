"""Exchange: what travels between organisations (identity cards, bundles), checked before use."""
