"""Polls about an election still to come: the year closing the election's name dates no poll.

"Dalam survei Pilkada Kota X 2020, A unggul 13 persen" (in an article of 2019): the poll is run
before the election its name gives the year of, and its result is of the poll's own time. Only an
election after the article's year is read so: a poll about this year's or a past election
("survei Pilkada X 2018" in 2019) keeps that year, and a tally of an election's votes ("peraih
suara terbanyak di Pemilu 2029") is no poll. The elections' short names are the ``elections``
rows of ``lexicons/data/event_heads.txt``. Pure: the text and the offsets are passed in.
"""

from __future__ import annotations

import re

from beritanlp.lexicons.words import tagged_words

#: A year closing an election's name ("Pilkada Kota X 2020", "Pemilu 2024"): the ``elections``
#: rows of ``event_heads.txt`` and capitalised words up to the year. Searched right before it.
ELECTION_NAME_END = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(
        tagged_words("event_heads", "elections"), key=len, reverse=True)))
    + r")(?:[ \t]+[A-Z0-9][\w-]*){0,4}[ \t]+$")
#: A poll's metric: a survey's name or a poll measure ("survei Pilkada X", "elektabilitas").
POLL_METRIC = re.compile(r"\b(?:survei|survey|jajak|polling|elektabilitas|popularitas"
                         r"|akseptabilitas|keterpilihan)\b", re.IGNORECASE)
#: How far before a year (characters) the election's name it closes is searched.
ELECTION_REACH = 60


def poll_ahead(text: str, metric: str, year: int, at: int, article_year: int | None) -> bool:
    """Whether ``year``, written at ``at``, names an election to come that a poll is about.

    Parameters
    ----------
    text : str
        The article.
    metric : str
        The name of the metric of the score ("survei Pilkada Kota X", "elektabilitas").
    year : int
        The year's value.
    at : int
        Where the year is written.
    article_year : int or None
        The article's year (``None``: unknown, and no year is read as one to come).

    Returns
    -------
    bool
        True when ``metric`` is a poll's, ``year`` is after ``article_year`` and closes an
        election's name ("survei Pilkada Kota X 2020" in 2019).
    """
    return article_year is not None and year > article_year \
        and POLL_METRIC.search(metric) is not None \
        and ELECTION_NAME_END.search(text, max(0, at - ELECTION_REACH), at) is not None
