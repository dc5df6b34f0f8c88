#!/usr/bin/env python3
r"""Write predictions for a facts JSONL file, for ``score_facts.py``.

Usage::

    python scripts/predict_places.py ../shared/data/facts/gov_dev.jsonl PRED.jsonl
    python ../shared/tools/score_facts.py ../shared/data/facts/gov_dev.jsonl PRED.jsonl

By default the full pipeline runs (``beritanlp.analyze_many``) and every record is written as the
library writes it (places, agencies, dates ...). With ``--core`` only the pure gazetteer runs
(no spaCy, no agency or NER spans to block places inside names) and only ``places`` is written.
Each input line needs ``id``, ``title`` and ``text``; the article is ``title + "\n\n" + text``.
"""

from __future__ import annotations

import argparse
import json


def main() -> None:
    """Read facts JSONL, write one prediction line per article."""
    parser = argparse.ArgumentParser(description="Predict facts for score_facts.py")
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--core", action="store_true", help="pure gazetteer only (places)")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    with open(args.pred, "w", encoding="utf-8") as out:
        if args.core:
            from beritanlp.lexicons.regions import default_gazetteer
            from beritanlp.rules.places import extract_places

            gazetteer = default_gazetteer()

            for row in rows:
                text = (row.get("title") or "").strip() + "\n\n" + (row.get("text") or "")
                out.write(json.dumps({"id": row["id"], "places": extract_places(text, gazetteer)},
                                     ensure_ascii=False) + "\n")
            return
        import beritanlp

        items = [{"id": row["id"], "title": (row.get("title") or "").strip(),
                  "text": row.get("text") or ""} for row in rows]
        for article in beritanlp.analyze_many(items):
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
