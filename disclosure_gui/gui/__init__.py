"""The window (PySide6 only). The top level is the window shell: start-up, the main window's wiring, actions and
menus, the start page, the status bar, settings, translations and message boxes. ``report``, ``register`` and
``district`` hold the parts of each concern; ``dialogs`` one module per dialog."""
