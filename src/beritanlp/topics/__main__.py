"""``python -m beritanlp.topics train|evaluate ...``."""

import sys

from beritanlp.topics.commands import main

sys.exit(main())
