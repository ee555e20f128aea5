"""``python -m eventcoder`` runs the command-line interface."""

import sys

from eventcoder.cli import main

sys.exit(main())
