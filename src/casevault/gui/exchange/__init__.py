"""Exchange: export and import wizards, the inbox, transport folders, conflicts."""
