"""The open report in the window: the document and its undo commands, the table model and view, the text
editor, the problems panel, the tab bar, the read-only banner and one widget per tab (``tabs``)."""
