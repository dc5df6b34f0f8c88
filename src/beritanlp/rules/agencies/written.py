"""The written forms of words the agency rules know, for recasing a headline in capitals."""

from __future__ import annotations

from collections.abc import Iterable

from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.rules.agencies.vocab import INSTITUTION_HEADS, REGION_ALIASES, REGIONAL_GOV

#: Region short forms this short are written in capitals ("DKI", "NTT").
_SHORT_REGION = 3


def written_forms(kb: AgencyKB, region_aliases: Iterable[str]) -> dict[str, str]:
    """Words of ``kb``'s terms by their lowercase, as the knowledge base writes them.

    One-word short forms first ("Bakamla", "KPK"; the first of several spellings), then the
    one-word heads the agency patterns write themselves ("DPRD", "KPUD", "Pemprov") and the
    region short forms they read ("Jaksel", "Rohul"), then the capitalised words of names
    ("Bea").

    Parameters
    ----------
    kb
        The agency knowledge base.
    region_aliases
        Written region short forms of the region-aliases table ("Jabar", "Rohul").

    Returns
    -------
    dict of str to str
        The written form of each known word, by its lowercase.
    """
    terms = list(kb.terms())
    forms: dict[str, str] = {}
    for term, kind, _ in terms:
        if kind == "acronym" and " " not in term:
            forms.setdefault(term.lower(), term)
    for head in (*INSTITUTION_HEADS, *REGIONAL_GOV):
        if " " not in head and head.isalpha():
            forms.setdefault(head.lower(), head)
    for alias in REGION_ALIASES:
        if alias.isalpha() and len(alias) > _SHORT_REGION:
            forms.setdefault(alias, alias.capitalize())
    for alias in region_aliases:
        forms.setdefault(alias.lower(), alias)
    for term, kind, _ in terms:
        if kind != "acronym":
            for word in term.split():
                if word[:1].isupper() and word[1:].islower() and word.isalpha():
                    forms.setdefault(word.lower(), word)
    return forms


__all__ = ["written_forms"]
