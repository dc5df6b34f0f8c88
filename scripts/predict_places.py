#!/usr/bin/env python3
r"""Write place predictions for a facts JSONL file (pure gazetteer core, no spaCy).

Usage::

    python scripts/predict_places.py ../shared/data/facts/gov_dev.jsonl PRED.jsonl
    python ../shared/tools/score_facts.py ../shared/data/facts/gov_dev.jsonl PRED.jsonl

Each input line needs ``id``, ``title`` and ``text``; the article text is
``title + "\n\n" + text`` as in the article record. Output lines are
``{"id": ..., "places": [...]}``. Until the full pipeline is used this runs the gazetteer without
entity spans (no agency or person blocking beyond the gazetteer's own cues).
"""

from __future__ import annotations

import json
import sys

from beritanlp.entities.gazetteer import extract_places


def main(argv: list[str]) -> None:
    """Read facts JSONL, write one prediction line per article."""
    src, dst = argv[1], argv[2]
    with open(src, encoding="utf-8") as fh, open(dst, "w", encoding="utf-8") as out:
        for line in fh:
            row = json.loads(line)
            text = (row.get("title") or "").strip() + "\n\n" + (row.get("text") or "")
            out.write(json.dumps({"id": row["id"], "places": extract_places(text)},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
