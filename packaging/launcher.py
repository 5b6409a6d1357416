"""Entry script of the PyInstaller bundle: the same as the `migdesk` console script.

PyInstaller needs a script file. migdesk/__main__.py would do, but PyInstaller puts the
script's folder on its search path, and migdesk/ on the path would let `cli`, `paths`, ...
be found as top-level modules. This file sits outside the package instead.
"""

import sys

from migdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
