"""``python -m cgrconsole``."""

import sys

from cgrconsole.cli import main

sys.exit(main())
