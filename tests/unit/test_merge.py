import spacy
from spacy.tokens import Span

from beritanlp.components.merge import merge_spans


def _doc():
    return spacy.blank("id")("Komisi Pemberantasan Korupsi di Jakarta Pusat")


def test_linked_span_beats_longer_unlinked():
    doc = _doc()
    model = [Span(doc, 0, 4, label="ORG")]
    rule = [Span(doc, 0, 3, label="ORG", kb_id="kpk")]
    out = merge_spans(model, rule)
    assert [(s.start, s.end, s.kb_id_) for s in out] == [(0, 3, "kpk")]


def test_longest_linked_wins_and_disjoint_spans_are_added():
    doc = _doc()
    existing = [Span(doc, 4, 5, label="LOC", kb_id="31.71")]
    new = [Span(doc, 4, 6, label="LOC", kb_id="31.73"), Span(doc, 0, 3, label="ORG", kb_id="kpk")]
    out = merge_spans(existing, new)
    assert [(s.start, s.end, s.kb_id_) for s in out] == [(0, 3, "kpk"), (4, 6, "31.73")]


def test_tie_keeps_existing():
    doc = _doc()
    out = merge_spans([Span(doc, 4, 5, label="LOC")], [Span(doc, 4, 5, label="GPE")])
    assert [s.label_ for s in out] == ["LOC"]
