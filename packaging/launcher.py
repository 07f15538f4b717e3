"""Entry point of the frozen bundle (both executables): the same as the `disclosure-gui` command."""

import sys

from disclosure_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
