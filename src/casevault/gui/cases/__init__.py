"""Cases: the list, the editor and its form, timeline and attachments."""
