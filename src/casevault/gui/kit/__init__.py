"""The shared widget kit: forms, icons, colours, workers, file choosers and small widgets."""
