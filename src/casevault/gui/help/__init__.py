"""Help: the About box and the short guide F1 opens for each screen."""
