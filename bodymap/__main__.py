"""`python -m bodymap` runs the same command as `bodymap`."""

import sys

from bodymap.cli import main

sys.exit(main())
