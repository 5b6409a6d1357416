"""`python -m migdesk`: the same as the `migdesk` command."""

import sys

from migdesk.cli import main

sys.exit(main())
