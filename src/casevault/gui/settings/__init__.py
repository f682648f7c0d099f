"""Settings the app remembers between runs and the screens that change them."""
