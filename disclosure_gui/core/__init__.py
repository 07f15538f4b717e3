"""The Qt-free core: the report format (``format``), the checks (``checks``), importing published reports
(``importers``), publishing (``publish``), the request register (``register``) and the district office's work
(``district``); ``outputs`` writes every file and ``errors`` holds the one error base a user sees.

Nothing under ``disclosure_gui.core`` may import PySide6 (a test enforces it), so the command line,
the district office's batch checks and the tests run without a display.
"""
