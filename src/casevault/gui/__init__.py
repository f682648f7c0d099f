"""The desktop app (PySide6): Qt models, views and dialogs over casevault.services only."""
