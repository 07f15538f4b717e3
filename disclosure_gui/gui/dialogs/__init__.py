"""The window's dialogs, one module each, and the file choosers they share."""
