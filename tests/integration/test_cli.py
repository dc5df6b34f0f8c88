"""The ``beritanlp`` command line: every command's help, exit codes, and the summary."""

from __future__ import annotations

import dataclasses

import pytest

from beritanlp import schema
from beritanlp.cli import format_summary, main

RECORD = {
    "id": "a", "title": "Judul", "date": "2024-06-03", "error": None,
    "officials": [{"name": "Budi Santoso", "position": "Bupati", "jurisdiction": "Kabupaten Gowa",
                   "mentions": [[0, 4], [20, 24]]}],
    "agencies": [{"name": "Komisi Pemberantasan Korupsi", "acronym": "KPK", "id": "kpk",
                  "mentions": [[30, 33]]}],
    "places": [{"name": "Kabupaten Gowa", "type": "kabupaten", "code": "73.06",
                "province": "Sulawesi Selatan", "mentions": []}],
    "scores": [{"metric": "SPI", "value": 74.21, "kind": "index", "subject": "Kabupaten Gowa",
                "year": 2024}],
    "dates": [{"text": "Senin (3/6/2024)", "value": "2024-06-03"}],
    "entities": [{"text": "KPK"}, {"text": "Gowa"}],
    "topics": {"politik": 0.7, "ekonomi": 0.2, "olahraga": 0.05, "hiburan": 0.05},
}

SUMMARY = """\
Title:   Judul
Date:    2024-06-03

Officials (1)
  - Budi Santoso | Bupati | Kabupaten Gowa (2 mentions)

Agencies (1)
  - Komisi Pemberantasan Korupsi (KPK) [1 mentions]

Places (1)
  - Kabupaten Gowa | kabupaten | 73.06 | Sulawesi Selatan

Scores (1)
  - SPI = 74.21 (index) subject: Kabupaten Gowa, year: 2024

Dates (1)
  - Senin (3/6/2024) -> 2024-06-03

Topics (3)
  - politik: 0.70
  - ekonomi: 0.20
  - olahraga: 0.05

Entities: 2 (use --json for the full record)"""


def test_summary_text():
    assert format_summary(RECORD) == SUMMARY
    empty = format_summary({"error": "boom"})
    assert "Error:   boom" in empty and "Officials (0)\n  (none)" in empty


def test_summary_reads_the_fact_lists_from_the_schema(monkeypatch):
    @dataclasses.dataclass
    class Budget(schema.Fact):
        item: str | None = None
        amount: float | None = None
        mentions: schema.Mentions = dataclasses.field(default_factory=list)
        extra: dict = dataclasses.field(default_factory=dict, repr=False)

    lists = (*schema.FACT_LISTS, schema.FactList("budgets", Budget, "Budgets"))
    monkeypatch.setattr(schema, "FACT_LISTS", lists)
    record = {**RECORD, "budgets": [{"item": "jalan", "amount": 2.5, "mentions": [[1, 2]]}]}
    text = format_summary(record)
    assert "\n\nBudgets (1)\n  - jalan | 2.5\n" in text
    for fact_list in schema.FACT_LISTS:
        heading = f"{fact_list.title} (" if fact_list.on_doc else f"{fact_list.title}: "
        assert heading in text, fact_list.name


@pytest.mark.parametrize("command", [[], ["analyze"], ["stem"], ["tag"], ["train"],
                                     ["train", "ner"], ["train", "topics"], ["evaluate"],
                                     ["evaluate", "stem"], ["evaluate", "facts"],
                                     ["evaluate", "ner"], ["evaluate", "topics"]])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("usage: beritanlp")


@pytest.mark.parametrize("command", [[], ["train"], ["evaluate"]])
def test_a_command_without_its_subcommand_prints_help_and_exits_2(command, capsys):
    assert main(command) == 2
    assert "usage: beritanlp" in capsys.readouterr().out


def test_analyze_without_input_is_a_clear_error():
    with pytest.raises(SystemExit, match="give a FILE"):
        main(["analyze"])


def test_analyze_the_example(capsys):
    assert main(["analyze", "--example"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Title:   ") and "\nOfficials (" in out and "\nEntities: " in out
