"""The score metrics table: known indices, surveys, audits and ratings (validated JSONL).

The packaged table is ``beritanlp/resources/score_metrics.jsonl``, one :class:`MetricRule` per
line with exactly the keys of :data:`RULE_KEYS`; :func:`read_metric_rules` validates a file of
that form (closed keys, types, unique ids) and names the line of any error.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from beritanlp.lexicons.jsonl import read_jsonl_lines

RESOURCE_NAME = "score_metrics.jsonl"
RULE_KEYS = {"id", "label", "acronym", "names", "issuers", "grades", "percent", "not_near"}


@dataclass(frozen=True)
class MetricRule:
    """One known index, survey, audit or rating.

    Attributes
    ----------
    id : str
        Stable identifier ("spi").
    label : str | None
        Output name to use whatever the article writes ("opini BPK"); ``None`` to use the acronym
        when the article uses it, else the name as written.
    acronym : str | None
        The acronym, matched case-sensitively ("SPI").
    names : tuple[str, ...]
        Long names, matched case-insensitively ("Survei Penilaian Integritas").
    issuers : tuple[str, ...]
        Bodies that issue the metric; never the subject of its scores ("KPK").
    grades : tuple[str, ...]
        Grade values the metric gives ("WTP", "A"); empty for numeric metrics.
    percent : bool
        Whether results are reported as percentages (then "78 persen" can be a score).
    not_near : tuple[str, ...]
        Words that, in the same sentence, show the acronym means something else ("IPK" next to
        "mahasiswa" is a grade point average; "TMP" next to "makam" is a cemetery).
    """

    id: str
    label: str | None
    acronym: str | None
    names: tuple[str, ...]
    issuers: tuple[str, ...]
    grades: tuple[str, ...]
    percent: bool
    not_near: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, row: dict[str, Any], where: str = "") -> MetricRule:
        """Validate one lexicon row (closed keys, types) and build the rule.

        Raises
        ------
        ValueError
            On unknown or missing keys or values of the wrong type.
        """
        if not isinstance(row, dict):
            raise ValueError(f"{where}: a metric rule must be an object, got {type(row).__name__}")
        keys = set(row)
        if keys != RULE_KEYS:
            extra, missing = sorted(keys - RULE_KEYS), sorted(RULE_KEYS - keys)
            raise ValueError(f"{where}: bad metric rule keys (unknown {extra}, missing {missing})")
        if not isinstance(row["id"], str) or not row["id"]:
            raise ValueError(f"{where}: 'id' must be a non-empty string")
        for key in ("label", "acronym"):
            if row[key] is not None and not (isinstance(row[key], str) and row[key]):
                raise ValueError(f"{where} ({row['id']}): {key!r} must be a string or null")
        for key in ("names", "issuers", "grades", "not_near"):
            if not isinstance(row[key], list) or not all(
                isinstance(x, str) and x for x in row[key]
            ):
                raise ValueError(f"{where} ({row['id']}): {key!r} must be a list of strings")
        if not isinstance(row["percent"], bool):
            raise ValueError(f"{where} ({row['id']}): 'percent' must be true or false")
        if row["acronym"] is None and not row["names"] and row["label"] is None:
            raise ValueError(f"{where} ({row['id']}): a rule needs an acronym, a name or a label")
        return cls(
            id=row["id"], label=row["label"], acronym=row["acronym"],
            names=tuple(row["names"]), issuers=tuple(row["issuers"]),
            grades=tuple(row["grades"]), percent=row["percent"],
            not_near=tuple(row["not_near"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The rule as a lexicon row (inverse of :meth:`from_dict`)."""
        return {"id": self.id, "label": self.label, "acronym": self.acronym,
                "names": list(self.names), "issuers": list(self.issuers),
                "grades": list(self.grades), "percent": self.percent,
                "not_near": list(self.not_near)}


def read_metric_rules(text: str, source: str = RESOURCE_NAME) -> list[MetricRule]:
    """Parse and validate a metric lexicon in JSONL form (one rule per line).

    Raises
    ------
    ValueError
        On invalid JSON, a malformed rule, or a duplicate id (naming the line).
    """
    rules: list[MetricRule] = []
    seen: set[str] = set()
    for number, row in read_jsonl_lines(text, source):
        where = f"{source}, line {number}"
        rule = MetricRule.from_dict(row, where)
        if rule.id in seen:
            raise ValueError(f"{where}: duplicate metric id {rule.id!r}")
        seen.add(rule.id)
        rules.append(rule)
    return rules


@cache
def load_metric_rules() -> tuple[MetricRule, ...]:
    """The packaged metric lexicon (read once)."""
    text = files("beritanlp.resources").joinpath(RESOURCE_NAME).read_text(encoding="utf-8")
    return tuple(read_metric_rules(text))


__all__ = ["RESOURCE_NAME", "RULE_KEYS", "MetricRule", "load_metric_rules", "read_metric_rules"]
