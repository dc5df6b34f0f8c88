"""``python -m beritanlp.cli ...``: the same as the ``beritanlp`` command."""

import sys

from beritanlp.cli import main

sys.exit(main())
