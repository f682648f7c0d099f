"""Partners and our own organisation: identity cards, keys and laptops."""
