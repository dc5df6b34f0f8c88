"""Article records as pandas tables: one row per article, and one long table per fact kind.

>>> frames = beritanlp.to_dataframe("out.jsonl")      # or records / Article objects
>>> frames.articles                                    # id, title, date, error, counts, topic
>>> frames.officials.merge(frames.articles, left_on="article_id", right_on="id")
>>> frames.agency_summary()                          # one row per agency across the corpus

pandas is optional: ``pip install 'beritanlp[pandas]'``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beritanlp.lexicons.jsonl import iter_jsonl
from beritanlp.schema import FACT_LISTS

#: Fact kinds that get a long table (the lists components write), and the columns of each
#: (after ``article_id``), read from :mod:`beritanlp.schema`.
FACT_COLUMNS: dict[str, list[str]] = {
    fl.name: list(fl.columns) for fl in FACT_LISTS if fl.on_doc
}
_WITH_MENTIONS = tuple(fl.name for fl in FACT_LISTS if fl.on_doc and fl.has_mentions)
#: Columns of the article table.
ARTICLE_COLUMNS = (["id", "title", "date", "error", "warnings"]
                   + [f"n_{fl.name}" for fl in FACT_LISTS]
                   + ["topic", "topic_p"])


@dataclass
class ArticleFrames:
    """The tables :func:`to_dataframe` builds (also reachable as ``frames["officials"]``).

    Attributes
    ----------
    articles
        One row per article: id, title, date, error, warnings (joined with "; ", or None),
        fact counts and the top topic.
    officials, agencies, places, scores, dates
        One row per fact, keyed by ``article_id``; the record's fields as columns, plus
        ``n_mentions`` and ``first_mention`` (character offset) where the fact has mentions.
    """

    articles: Any
    officials: Any
    agencies: Any
    places: Any
    scores: Any
    dates: Any

    def __getitem__(self, name: str) -> Any:
        if name not in ("articles", *FACT_COLUMNS):
            raise KeyError(name)
        return getattr(self, name)

    def agency_summary(self) -> Any:
        """One row per agency of the corpus, most mentioned first.

        Agency records are grouped by :func:`agency_key` (the ``id``; the canonical name, else
        the name, when a record has none), so one agency written "Kemendagri" in one article
        and "Kementerian Dalam Negeri" in another is one row.

        Returns
        -------
        pandas.DataFrame
            Indexed by ``agency`` (the group key), with ``name`` (the knowledge base's canonical
            name where linked, else the name written most often), ``names`` (the distinct
            names written, sorted), ``articles`` (articles naming it) and ``mentions`` (all its
            mentions).
        """
        import pandas as pd

        table = self.agencies
        keys = [agency_key(row) for row in
                table[["id", "canonical", "name"]].to_dict("records")]
        rows = [
            (key, _display_name(group), sorted(set(group["name"].dropna())),
             group["article_id"].nunique(), int(group["n_mentions"].sum()))
            for key, group in table.assign(agency=keys).groupby("agency", sort=False,
                                                                  dropna=False)
        ]
        summary = pd.DataFrame(rows, columns=["agency", "name", "names", "articles", "mentions"])
        summary = summary.astype({"articles": "int64", "mentions": "int64"})
        summary = summary.sort_values(["mentions", "articles"], ascending=False, kind="stable")
        return summary.set_index("agency")


def agency_key(agency: Mapping[str, Any]) -> str | None:
    """What agency records are grouped by across a corpus (None when a record has none of them).

    The first that is set of ``id``, ``canonical`` and ``name``.
    """
    for field in ("id", "canonical", "name"):
        value = agency.get(field)
        if isinstance(value, str) and value:
            return value
    return None


def _display_name(group: Any) -> Any:
    """The canonical name of a group of agency rows, else the name written most often."""
    canonical = group["canonical"].dropna()
    if len(canonical):
        return canonical.iloc[0]
    names = Counter(group["name"].dropna())
    return names.most_common(1)[0][0] if names else None


def _records(records: Iterable[Any] | str | Path) -> Iterator[Mapping[str, Any]]:
    if isinstance(records, (str, Path)):
        with open(records, encoding="utf-8") as fh:
            for _, row in iter_jsonl(fh, records):
                yield row
        return
    for i, record in enumerate(records):
        if hasattr(record, "to_dict"):
            record = record.to_dict()
        elif isinstance(record, str):
            record = json.loads(record)
        if not isinstance(record, Mapping):
            raise TypeError(f"record {i}: expected a dict, an Article or a JSON string, got "
                            f"{type(record).__name__}")
        yield record


def to_dataframe(records: Iterable[Any] | str | Path) -> ArticleFrames:
    """Turn article records into pandas tables.

    Parameters
    ----------
    records
        Article records: dicts (``Article.to_dict()`` shape), :class:`beritanlp.Article`
        objects, JSON strings, or the path of a JSONL file written by ``beritanlp tag``.

    Returns
    -------
    ArticleFrames
        ``articles`` (one row per article) and the long tables ``officials``, ``agencies``,
        ``places``, ``scores`` and ``dates`` (one row per fact, ``article_id`` first).

    Raises
    ------
    ImportError
        When pandas is not installed.
    TypeError, ValueError
        For a record that is not a dict/Article/JSON, or a file line that is not JSON.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'beritanlp[pandas]'") from exc

    articles: list[list[Any]] = []
    facts: dict[str, list[list[Any]]] = {kind: [] for kind in FACT_COLUMNS}
    for record in _records(records):
        article_id = record.get("id")
        topics = record.get("topics") or {}
        top = max(topics.items(), key=lambda kv: kv[1]) if topics else (None, None)
        counts = [len(record.get(fl.name) or []) for fl in FACT_LISTS]
        warnings = "; ".join(record.get("warnings") or []) or None
        articles.append([article_id, record.get("title"), record.get("date"),
                         record.get("error"), warnings, *counts, *top])
        for kind, columns in FACT_COLUMNS.items():
            for fact in record.get(kind) or []:
                row = [article_id, *(fact.get(c) for c in columns)]
                if kind in _WITH_MENTIONS:
                    mentions = fact.get("mentions") or []
                    row += [len(mentions), mentions[0][0] if mentions else None]
                facts[kind].append(row)

    def frame(rows: list[list[Any]], columns: list[str]) -> Any:
        return pd.DataFrame(rows, columns=columns)

    tables = {
        kind: frame(rows, ["article_id", *FACT_COLUMNS[kind]]
                    + (["n_mentions", "first_mention"] if kind in _WITH_MENTIONS else []))
        for kind, rows in facts.items()
    }
    for kind, table_ in tables.items():
        if kind in _WITH_MENTIONS:
            # Typed even when empty, so .nlargest()/.sum() work on a corpus with no facts.
            table_["n_mentions"] = table_["n_mentions"].astype("int64")
            table_["first_mention"] = table_["first_mention"].astype("Int64")
    table = frame(articles, ARTICLE_COLUMNS)
    for col in ARTICLE_COLUMNS:
        if col.startswith("n_"):
            table[col] = table[col].astype("int64")
    return ArticleFrames(articles=table, **tables)


__all__ = ["ARTICLE_COLUMNS", "FACT_COLUMNS", "ArticleFrames", "agency_key", "to_dataframe"]
