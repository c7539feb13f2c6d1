"""``python -m folkemode`` runs the command line."""

import sys

from folkemode.cli import main

if __name__ == "__main__":
    sys.exit(main())
