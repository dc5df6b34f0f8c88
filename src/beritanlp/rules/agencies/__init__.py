"""Agency mentions and records from text (pure; the knowledge base and regions passed in).

:func:`extract_agencies` is the entry point; :func:`find_acronym_hits` finds the knowledge base's
short forms in raw text; :mod:`~beritanlp.text.acronyms` finds acronym definitions.
"""

from beritanlp.rules.agencies.candidates import KBHit, Mention
from beritanlp.rules.agencies.extract import extract_agencies
from beritanlp.rules.agencies.index import AgencyIndex, find_acronym_hits
from beritanlp.rules.agencies.regions import RegionNames, region_key
from beritanlp.rules.agencies.vocab import INSTITUTION_HEADS
from beritanlp.text.acronyms import (
    AcronymDefinition,
    find_definitions,
    find_short_mentions,
)

__all__ = [
    "INSTITUTION_HEADS",
    "AcronymDefinition",
    "AgencyIndex",
    "KBHit",
    "Mention",
    "RegionNames",
    "extract_agencies",
    "find_acronym_hits",
    "find_definitions",
    "find_short_mentions",
    "region_key",
]
