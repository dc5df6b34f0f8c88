"""Pretraining the NER's own tok2vec on raw news (spaCy's characters objective).

``spacy pretrain`` cannot reach this tok2vec: the NER owns it (no listener, so the component can
be sourced alone), and the component's ``tok2vec`` reference is the tok2vec *plus* the parser's
input projection, whose output the pretraining objectives do not accept. This module runs the
same objective (``spacy.PretrainCharacters.v1``: predict the first and last ``n_characters`` of
each word from its context vector) on the inner tok2vec and saves its weights;
``beritanlp.ner_load_tok2vec.v1``, an ``[initialize.after_init]`` callback, loads them into the
NER before training.

Command: ``python scripts/ner_pretrain.py CONFIG TEXTS.jsonl OUT.bin [--max-words N]`` where
``TEXTS.jsonl`` holds ``{"text": ...}`` lines (``python scripts/ner_vectors.py ARTICLES DIR
--pretrain-jsonl`` writes them from CLICK-ID).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.util import registry
from thinc.api import Model

from beritanlp.lexicons.jsonl import iter_jsonl


def inner_tok2vec(nlp: Language, component: str = "ner") -> Model[Any, Any]:
    """The tok2vec inside a transition-based component (without the parser's projection)."""
    ref = nlp.get_pipe(component).model.get_ref("tok2vec")  # type: ignore[attr-defined]
    layer: Model[Any, Any] = ref.layers[0] if ref.layers else ref
    return layer


def iter_texts(path: str | Path) -> Iterator[str]:
    """The ``text`` of each JSON line of ``path``.

    Raises
    ------
    beritanlp.lexicons.jsonl.JSONLineError
        For a line that is not valid JSON (the message names the file and the line).
    """
    with open(path, encoding="utf-8") as handle:
        for _, row in iter_jsonl(handle, path):
            yield row["text"]


def pretrain_tok2vec(
    config_path: str | Path,
    texts_path: str | Path,
    out_path: str | Path,
    max_words: int = 0,
    batch_words: int = 3000,
    seed: int = 0,
    log: Callable[[str], None] = print,
) -> Path:
    """Pretrain the NER's tok2vec with the characters objective and save its weights.

    Parameters
    ----------
    config_path
        The NER training config (its ``components.ner.model.tok2vec`` is what is trained).
    texts_path
        ``{"text": ...}`` lines, read once in order.
    out_path
        Where the tok2vec's weights (thinc bytes) are written.
    max_words
        Stop after this many tokens (0: the whole file).
    batch_words
        Tokens per update.
    seed
        Random seed (thinc and numpy).

    Returns
    -------
    Path
        ``out_path``.
    """
    from spacy import util
    from spacy.training.pretrain import make_update
    from thinc.api import Adam, fix_random_seed

    fix_random_seed(seed)
    config = util.load_config(config_path, interpolate=False)
    nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
    tok2vec = inner_tok2vec(nlp)
    create = registry.architectures.get("spacy.PretrainCharacters.v1")(
        maxout_pieces=3, hidden_size=300, n_characters=4
    )
    model = create(nlp.vocab, tok2vec)
    model.initialize(X=[nlp.make_doc("Contoh kalimat untuk bentuk model")])
    optimizer = Adam(learn_rate=0.001, L2=0.01, grad_clip=1.0, use_averages=True)
    objective = model.attrs["loss"]
    words, batch, start = 0, [], time.perf_counter()
    for text in iter_texts(texts_path):
        batch.append(nlp.make_doc(text))
        if sum(len(d) for d in batch) < batch_words:
            continue
        loss = make_update(model, batch, optimizer, objective)
        words += sum(len(d) for d in batch)
        batch = []
        if words // 100_000 != (words - batch_words) // 100_000:
            rate = words / (time.perf_counter() - start)
            log(f"{words:>10,} words  loss {loss:10.2f}  {rate:,.0f} words/s")
        if max_words and words >= max_words:
            break
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with model.use_params(optimizer.averages):
        out.write_bytes(tok2vec.to_bytes())
    log(f"{words:,} words; tok2vec weights written to {out}")
    return out


@registry.callbacks("beritanlp.ner_load_tok2vec.v1")
def create_load_tok2vec(path: str | None = None) -> Callable[[Language], Language]:
    """``[initialize.after_init]`` callback: load pretrained weights into the NER's tok2vec.

    ``path = null`` does nothing, so the config can keep the callback with pretraining off.
    """

    def load(nlp: Language) -> Language:
        if path:
            inner_tok2vec(nlp).from_bytes(Path(path).read_bytes())
        return nlp

    return load
