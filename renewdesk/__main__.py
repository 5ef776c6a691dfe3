"""Allow ``python -m renewdesk``."""

import sys

from renewdesk.cli import main

sys.exit(main())
