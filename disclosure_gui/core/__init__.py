"""The Qt-free core: format schema, report model, number parsing, rules, exchange file, PDF.

Nothing under ``disclosure_gui.core`` may import PySide6 (a test enforces it), so the command line,
the district office's batch checks and the tests run without a display.
"""
