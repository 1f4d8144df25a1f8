"""Entry script for the frozen app (PyInstaller needs a file, not a console-script)."""

import sys

from vodmonitor.app import main

sys.exit(main())
