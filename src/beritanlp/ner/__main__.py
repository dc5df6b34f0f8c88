"""``python -m beritanlp.ner train|evaluate ...`` (the same as ``beritanlp train/evaluate ner``)."""

from beritanlp.ner.commands import main

raise SystemExit(main())
