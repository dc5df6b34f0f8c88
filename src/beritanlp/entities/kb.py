"""Old import path of the agency knowledge base, kept only for ``entities.officials``.

The table lives in :mod:`beritanlp.lexicons.agencies`. Delete this module once officials reads
the knowledge base from the pipeline's :class:`beritanlp.lexicons.Lexicons` (issue 14).
"""

from beritanlp.lexicons.agencies import AgencyKB, AgencyRecord, load_agency_kb

__all__ = ["AgencyKB", "AgencyRecord", "load_agency_kb"]
